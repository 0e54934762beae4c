"""holdout152 negatives: the user on the hiring side at the Hotel Seeblick (part 2)."""

from holdout152ev_ics import ev

EVENTS = [
    ev(
        "hiring-committee",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK06DC0100000000000000001000000066FF",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Entscheid Besetzung Assistant Revenue Manager. Unterlagen: Sho
 rtlist (2)\, Fallstudien-Auswertung\, Lohnvorschlag. Owner's Rep nimmt per
  Teams teil.\n
DTEND;TZID="W. Europe Standard Time":20261106T170000
DTSTAMP:20261102T080000Z
DTSTART;TZID="W. Europe Standard Time":20261106T161500
LOCATION:Büro GM / Microsoft Teams
ORGANIZER;CN="Fehr Andreas";SENT-BY="mailto:assistant.gm@seeblick-zuerich.c
 h":mailto:a.fehr@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
ATTENDEE;CN="Egli Sabine";ROLE=REQ-PARTICIPANT:mailto:s.egli@seeblick-zuer
 ich.ch
ATTENDEE;CN="Hofstetter Urs (Owner Rep)";ROLE=OPT-PARTICIPANT:mailto:urs.h
 ofstetter@seeblick-holding.ch
SUMMARY;LANGUAGE=de-ch:Hiring Committee – Assistant Revenue Manager
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK06DC01000000000000000010
 00000066FF
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-hiring-committee",
    ),
    ev(
        "shadowing",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK07DC0100000000000000001000000077AB",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Hoi Chiara\, wie im Jahresgespräch abgemacht: du sitzt bei zwe
 i Interviews als Beobachterin dabei (Interviewführung nach STAR\, Beurteil
 ung). Kandidatin: Reservation Agent 80%.\nSabine\n
DTEND;TZID="W. Europe Standard Time":20261111T100000
DTSTAMP:20261105T091000Z
DTSTART;TZID="W. Europe Standard Time":20261111T090000
LOCATION:HR-Büro
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=OPT-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
SUMMARY;LANGUAGE=de-ch:Shadowing Interview Reservation Agent (Beobachtung)
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK07DC01000000000000000010
 00000077AB
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-shadowing-hr-interview",
    ),
    ev(
        "teams-candidate",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK08DC0100000000000000001000000088CD",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Dear Ms Ferri\,\n\nThank you for your application. Please find
  below the link for your interview with Ms Chiara Romano (Revenue Manager)
  and myself.\n\nKind regards\nSabine Egli\nHR Manager\, Hotel Seeblick Zür
 ich\n\n_______________________________________________\nMicrosoft Teams m
 eeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg1
 \nMeeting ID: 355 190 662 81  Passcode: Kq8z3s\n
DTEND;TZID="W. Europe Standard Time":20261029T113000
DTSTAMP:20261024T083000Z
DTSTART;TZID="W. Europe Standard Time":20261029T104500
LOCATION:Microsoft Teams Meeting
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
ATTENDEE;CN="giulia.ferri@libero.it";RSVP=TRUE:mailto:giulia.ferri@libero.i
 t
ATTENDEE;CN="Romano Chiara";RSVP=TRUE:mailto:c.romano@seeblick-zuerich.ch
SUMMARY;LANGUAGE=en-us:Interview Giulia Ferri – Revenue Analyst | Hotel See
 blick
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK08DC01000000000000000010
 00000088CD
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-teams-remote-candidate-english",
    ),
    ev(
        "interview-kit",
        "7k6j5h4g3f2d@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Europe/Zurich
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261012T160000
DTEND;TZID=Europe/Zurich:20261012T170000
DTSTAMP:20261009T150000Z
UID:7k6j5h4g3f2d@google.com
DESCRIPTION:Interviewleitfaden + Fallstudie Revenue Analyst finalisieren (
 Datensatz anonymisieren!\, Bewertungsraster 1-5\, Fragen zu Forecast/Over
 booking). An Sabine schicken.
SUMMARY:Interviewleitfaden RA vorbereiten
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-interview-kit-prep",
    ),
    ev(
        "panel-chair",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK09DC0100000000000000001000000099EF",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Panel: Chiara (Lead)\, Luca (FO)\, Sabine (HR). Kandidat: Herr
  Petrović (via Gastro Personal). Fragenkatalog im Teams-Ordner "Rekrutierun
 g 2026".\n
DTEND;TZID="W. Europe Standard Time":20261104T103000
DTSTAMP:20261030T120000Z
DTSTART;TZID="W. Europe Standard Time":20261104T093000
LOCATION:Sitzungszimmer Uetliberg (2. OG)
ORGANIZER;CN="Romano Chiara":mailto:c.romano@seeblick-zuerich.ch
ATTENDEE;CN="Bernasconi Luca";ROLE=REQ-PARTICIPANT:mailto:l.bernasconi@see
 blick-zuerich.ch
ATTENDEE;CN="Egli Sabine";ROLE=REQ-PARTICIPANT:mailto:s.egli@seeblick-zuer
 ich.ch
ATTENDEE;CUTYPE=RESOURCE;CN="SZ Uetliberg";ROLE=NON-PARTICIPANT:mailto:sz.u
 etliberg@seeblick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:Panel Night Auditor – 2. Runde
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK09DC01000000000000000010
 00000099EF
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-panel-chair",
    ),
    ev(
        "recurring-lernende",
        "040000008200E00074C5B7101A82E00800000000SEEBLICK10DC01000000000000000010000000A0A0",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ W. Europe Standard Time%%
BEGIN:VEVENT
DESCRIPTION:Bewerbungsgespräche Lehrstellen 2027 (Hotel-Kommunikationsfach
 frau/-mann EFZ und Kauffrau/Kaufmann HGT). Jeweils 2 Jugendliche mit Elte
 rnteil. Chiara übernimmt Teil "Reservation & Revenue".\nMartina\n
DTEND;TZID="W. Europe Standard Time":20261104T160000
DTSTAMP:20261015T090000Z
DTSTART;TZID="W. Europe Standard Time":20261104T140000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=WE
LOCATION:Schulungsraum UG
ORGANIZER;CN="Zürcher Martina":mailto:m.zuercher@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
SEQUENCE:0
SUMMARY;LANGUAGE=de-ch:Bewerbungsgespräche Lernende 2027
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK10DC01000000000000000010
 000000A0A0
END:VEVENT
BEGIN:VEVENT
DESCRIPTION:Verschoben wegen Berufsschau – heute nur 1 Gespräch.\n
DTEND;TZID="W. Europe Standard Time":20261119T090000
DTSTAMP:20261110T080000Z
DTSTART;TZID="W. Europe Standard Time":20261119T080000
RECURRENCE-ID;TZID="W. Europe Standard Time":20261118T140000
LOCATION:Schulungsraum UG
ORGANIZER;CN="Zürcher Martina":mailto:m.zuercher@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
SEQUENCE:1
SUMMARY;LANGUAGE=de-ch:Bewerbungsgespräche Lernende 2027 (verschoben)
UID:040000008200E00074C5B7101A82E00800000000SEEBLICK10DC01000000000000000010
 000000A0A0
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-recurring-lernende-with-override",
    ),
    ev(
        "assessment-day",
        "seeblick-talents-ac-2026@seeblick-zuerich.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DESCRIPTION:Assessment Day Management Trainee Programm 2027: 8 Kandidierend
 e (EHL/SHL/HF). Du bist Assessorin für Gruppenübung und Case "Yield". Bri
 efing 8:00\, Kalibrierung 17:00.\n
DTEND;VALUE=DATE:20261121
DTSTAMP:20261028T100000Z
DTSTART;VALUE=DATE:20261120
LOCATION:Bankettsaal Seeblick
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
ATTENDEE;CN="Romano Chiara";ROLE=REQ-PARTICIPANT:mailto:c.romano@seeblick-z
 uerich.ch
ATTENDEE;CN="Fehr Andreas";ROLE=REQ-PARTICIPANT:mailto:a.fehr@seeblick-zue
 rich.ch
SUMMARY;LANGUAGE=de-ch:Assessment Day Seeblick Talents
UID:seeblick-talents-ac-2026@seeblick-zuerich.ch
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR""",
        trap="user-as-interviewer-assessment-centre-assessor",
    ),
    ev(
        "referenz-einholen",
        "CD12EF34-5678-4ABC-9DEF-0123456789AB",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
BEGIN:VEVENT
UID:CD12EF34-5678-4ABC-9DEF-0123456789AB
DTSTAMP:20261031T081500Z
DTSTART;TZID=Europe/Zurich:20261102T113000
DTEND;TZID=Europe/Zurich:20261102T114500
SUMMARY:Referenz A. Ostojic – Hr. Kraus IHG Stuttgart anrufen
DESCRIPTION:+49 711 2020 455. Fragen: Zuverlässigkeit\, Excel\, Teamfähig
 keit\, Wiedereinstellung ja/nein?
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-reference-check-caller-names-employer",
    ),
    ev(
        "entretien-stage",
        "3q4w5e6r7t8y@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;TZID=Europe/Zurich:20261016T170000
DTEND;TZID=Europe/Zurich:20261016T173000
DTSTAMP:20261012T080000Z
ORGANIZER;CN=Chiara Romano:mailto:c.romano@seeblick-zuerich.ch
UID:3q4w5e6r7t8y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chlo
 é Perrin;X-NUM-GUESTS=0:mailto:chloe.perrin@students.ehl.ch
DESCRIPTION:Bonjour Chloé\, voici le lien pour notre entretien pour le sta
 ge Revenue Management (6 mois\, dès mars 2027). À vendredi !\nChiara Roman
 o – Hotel Seeblick Zürich\nhttps://meet.google.com/fsd-ywqn-ovb
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entretien stage RM – Chloé Perrin (EHL)
TRANSP:OPAQUE
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-french-entretien-stage",
    ),
    ev(
        "career-fair-booth",
        "ehl-cf-2026-seeblick-stand@seeblick-zuerich.ch",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
DESCRIPTION:Stand Nr. 42. Team: Sabine\, Chiara\, Luca. Mitnehmen: Roll-up
 \, Flyer Praktika\, iPad für Kurzinterviews/CV-Erfassung. Speed-Interviews
  ab 13:00 im Raum B12.\n
DTEND;TZID=Europe/Zurich:20261118T170000
DTSTAMP:20261020T090000Z
DTSTART;TZID=Europe/Zurich:20261118T083000
LOCATION:EHL Campus Lausanne\, Route de Berne 301
ORGANIZER;CN="Egli Sabine":mailto:s.egli@seeblick-zuerich.ch
SUMMARY;LANGUAGE=de-ch:EHL Career Forum – Stand Hotel Seeblick
UID:ehl-cf-2026-seeblick-stand@seeblick-zuerich.ch
END:VEVENT
%%TZ Europe/Zurich%%
END:VCALENDAR""",
        trap="user-as-interviewer-career-fair-booth-speed-interviews",
    ),
]
