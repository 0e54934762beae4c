"""holdout229 events, part 10: the user's private life and post-offer appointments.

Raw iCalendar text, written blind. None of these is the user's own job interview.
"""

from holdout229ev_common import VTZ_BERLIN, VTZ_BERLIN_APPLE

NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "2C3D4E5F-6071-4283-94A5-B6C7D8E9F0A1",
        "trap": "son-einschulung-allday",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250601T100000Z
DTEND;VALUE=DATE:20250819
DTSTAMP:20250601T100003Z
DTSTART;VALUE=DATE:20250818
LAST-MODIFIED:20250601T100003Z
LOCATION:Grundschule Metternich
SEQUENCE:0
SUMMARY:Einschulung Ben 🎒
DESCRIPTION:9:00 Gottesdienst\, 10:00 Feier Turnhalle\, Schultüte!! Oma + O
 pa kommen\, Tisch beim Italiener 13 Uhr
TRANSP:TRANSPARENT
UID:2C3D4E5F-6071-4283-94A5-B6C7D8E9F0A1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "doctolib",
        "uid": "doctolib-appointment-118273645@doctolib.de",
        "trap": "hausarzt-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Doctolib//Doctolib//DE
METHOD:PUBLISH
""" + VTZ_BERLIN + r"""BEGIN:VEVENT
UID:doctolib-appointment-118273645@doctolib.de
DTSTAMP:20250310T200000Z
DTSTART;TZID=Europe/Berlin:20250321T074500
DTEND;TZID=Europe/Berlin:20250321T080000
SUMMARY:Termin bei Dr. med. Petra Kunz – Allgemeinmedizin
LOCATION:Praxis Dr. Kunz\, Trierer Str. 112\, 56072 Koblenz
DESCRIPTION:Terminart: Gesundheits-Check-up\nBitte bringen Sie Ihre Versic
 hertenkarte mit. Hinweis: Als Soldat bitte Überweisung des Truppenarztes b
 eachten.\n\nTermin verwalten: https://www.doctolib.de/appointments/118273645
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "buergeramt",
        "uid": "tevis-koblenz-4477120@termine.koblenz.de",
        "trap": "buergeramt-official-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TEVIS//Terminvereinbarung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:tevis-koblenz-4477120@termine.koblenz.de
DTSTAMP:20250402T091200Z
DTSTART:20250411T123000
DTEND:20250411T124500
SUMMARY:Bürgeramt Koblenz – Reisepass beantragen
LOCATION:Bürgeramt Koblenz\, Bahnhofstraße 47
DESCRIPTION:Vorgangsnummer: KO-4477120\nAnliegen: Reisepass (1 Person)\nBi
 tte biometrisches Passfoto und alten Pass mitbringen.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-series",
        "uid": "3D4E5F60-7182-4394-A5B6-C7D8E9F0A1B2",
        "trap": "running-club-weekly-series-override",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.2//EN
CALSCALE:GREGORIAN
""" + VTZ_BERLIN_APPLE + r"""BEGIN:VEVENT
CREATED:20250108T190000Z
DTEND;TZID=Europe/Berlin:20250109T200000
DTSTAMP:20250108T190004Z
DTSTART;TZID=Europe/Berlin:20250109T184500
LOCATION:Deutsches Eck\, Koblenz
RRULE:FREQ=WEEKLY;BYDAY=TH
SEQUENCE:0
SUMMARY:Lauftreff LG Rhein-Mosel
DESCRIPTION:Do-Gruppe\, 10-12 km\, Stirnlampe im Winter
TRANSP:OPAQUE
UID:3D4E5F60-7182-4394-A5B6-C7D8E9F0A1B2
END:VEVENT
BEGIN:VEVENT
CREATED:20250108T190000Z
DTEND;TZID=Europe/Berlin:20250410T203000
DTSTAMP:20250401T070000Z
DTSTART;TZID=Europe/Berlin:20250410T190000
LOCATION:Stadion Oberwerth
RECURRENCE-ID;TZID=Europe/Berlin:20250410T184500
SEQUENCE:1
SUMMARY:Lauftreff LG Rhein-Mosel – Bahntraining
TRANSP:OPAQUE
UID:3D4E5F60-7182-4394-A5B6-C7D8E9F0A1B2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "google-allday",
        "uid": "5fk2ma9dq7lr1vc3ws8hn0eb6t@google.com",
        "trap": "weinfest-private-allday",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familie Schreiber
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250829
DTEND;VALUE=DATE:20250901
DTSTAMP:20250720T140000Z
UID:5fk2ma9dq7lr1vc3ws8hn0eb6t@google.com
CREATED:20250720T140000Z
DESCRIPTION:Moselweinwoche / Weinfest Winningen – Sa mit Becker + Hoffmanns\,
  Zug zurück 23:14
LOCATION:Winningen (Mosel)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Weinfest Winningen
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "iphone-entry",
        "uid": "iphone-7E8F9A0B-1C2D-4E3F-8051-627384950A1B",
        "trap": "contract-signing-after-offer",
        "eol": "\n",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.0//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250812T180000Z
DTEND:20250820T170000
DTSTAMP:20250812T180002Z
DTSTART:20250820T160000
LAST-MODIFIED:20250812T180002Z
LOCATION:Stabilus\, Personalabteilung
SEQUENCE:0
SUMMARY:Vertrag unterschreiben Stabilus + Onboarding-Infos
DESCRIPTION:Start 01.11. (nach DZE + Urlaub)\, Firmenwagen klären\, BFD-Ant
 rag Eingliederung mitnehmen
TRANSP:OPAQUE
UID:iphone-7E8F9A0B-1C2D-4E3F-8051-627384950A1B
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **NEG,
        "kind": "pearson-vue",
        "uid": "pearsonvue-appt-77120934-pmp@pearsonvue.com",
        "trap": "certification-exam-pmp",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pearson VUE//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:pearsonvue-appt-77120934-pmp@pearsonvue.com
DTSTAMP:20250402T180000Z
DTSTART:20250426T070000Z
DTEND:20250426T110000Z
SUMMARY:PMI Project Management Professional (PMP) Exam – Test Center
LOCATION:Pearson Professional Centers-Frankfurt\, Mainzer Landstr. 50\, 60
 325 Frankfurt am Main
DESCRIPTION:Registration ID: 77120934\nPlease arrive 30 minutes early with
  two forms of valid ID. Exam duration: 230 minutes.
END:VEVENT
END:VCALENDAR
""",
    },
]
