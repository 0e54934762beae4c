# ruff: noqa: E501, W291
"""holdout243 events, part h: more of the user on the hiring side (written blind)."""

EVENTS = [
    {
        "kind": "bookings-staff",
        "hiring": True,
        "uid": "AAMkADQ5NmE2ZjM0LWI4MWQtNDYxZS04ZTQ2LTU1ZjE4YzI0OTNiNQBGAAAAAAC7",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-bookings-staff-member",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN=RME Externe Ressourcen:mailto:ExterneRessourcen@rheinmainenerg
 ie.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Neue Buchung\n\nDienst: Technisches Interview –
  SAP FI Freelancer (45 Min.)\nMitarbeiter: Matthias Kern (extern)\nKunde: 
 Jakob Lindqvist\nE-Mail: jakob@lindqvist-sap.se\nTelefon: +46 70 551 2290
 \n\nKundennotiz: Erfahrung FI-AA\, Migration Cockpit\, verfügbar ab 05/20
 25\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Qm9v
 a2luZ3M%40thread.v2/0
UID:AAMkADQ5NmE2ZjM0LWI4MWQtNDYxZS04ZTQ2LTU1ZjE4YzI0OTNiNQBGAAAAAAC7
SUMMARY;LANGUAGE=de-DE:Technisches Interview – SAP FI Freelancer: Jakob Lind
 qvist
DTSTART;TZID=W. Europe Standard Time:20250411T100000
DTEND;TZID=W. Europe Standard Time:20250411T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadowing",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000C0DEC0DE1234DB01000000000000000010000000ACE0ACE0ACE0ACE0BEEFBEEFBEEFBEEF",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-shadowing-cutover-manager-interview",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Roeder, Frank":mailto:frank.roeder@rheinmain-energie.de
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Seibert, Cla
 udia (HR)":mailto:claudia.seibert@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Matthias\, du kannst gern als Zuhörer dabei sein
  (Kamera aus\, keine Fragen) – du hast den Cutover bei uns am besten im Bl
 ick und ich hätte danach gern deine Einschätzung. Bewerber: Interne Stelle
  "Cutover- und Release-Manager SAP (w/m/d)"\, Hr. Dietz.\n
UID:040000008200E00074C5B7101A82E00800000000C0DEC0DE1234DB01000000000000000010000000ACE0ACE0ACE0ACE0BEEFBEEFBEEFBEEF
SUMMARY;LANGUAGE=de-DE:VG Cutover-/Release-Manager SAP – Hr. Dietz (Hospit
 ation M. Kern)
DTSTART;TZID=W. Europe Standard Time:20250429T140000
DTEND;TZID=W. Europe Standard Time:20250429T150000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250424T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "review-block",
        "hiring": True,
        "uid": "20250502T062011Z-88-kern@thunderbird",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-reviewing-candidate-coding-task",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
@@VTZ berlin@@
BEGIN:VEVENT
CREATED:20250502T062011Z
LAST-MODIFIED:20250502T062011Z
DTSTAMP:20250502T062011Z
UID:20250502T062011Z-88-kern@thunderbird
SUMMARY:Probeaufgabe Petrova durchsehen + Feedback an Stefan
CATEGORIES:RME
DTSTART;TZID=Europe/Berlin:20250505T080000
DTEND;TZID=Europe/Berlin:20250505T090000
DESCRIPTION:Abgabe liegt im SharePoint (Ordner Freelancer\\Petrova). Check
 : Ableitungsregeln CO-PA\, Abstimmung FI/CO\, Doku. Max. 1 Std. abrechnen!
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-day",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000BEAD5EED0001DB01000000000000000010000000FACEFACE0000111122223333FACEFACE",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-supervising-working-student-trial-day",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Seibert, Claudia (HR)":mailto:claudia.seibert@rheinmain-energi
 e.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Stefa
 n":mailto:stefan.wendt@rheinmain-energie.de
DESCRIPTION;LANGUAGE=de-DE:Schnuppertag der Bewerberin Werkstudentin Contr
 olling (Fr. Okafor\, Goethe-Uni\, 5. Sem. BWL). Vormittag Projektraum S/4 
 mit Hr. Kern (Einblick Hypercare-Ticketbearbeitung\, kleine Übungsaufgabe 
 Kostenstellenauswertung)\, nachmittags Controlling bei Hr. Wendt. Kurzes 
 Feedback an HR bis Freitag.\n
UID:040000008200E00074C5B7101A82E00800000000BEAD5EED0001DB01000000000000000010000000FACEFACE0000111122223333FACEFACE
SUMMARY;LANGUAGE=de-DE:Schnuppertag Fr. Okafor (Werkstudentin Controlling)
DTSTART;TZID=W. Europe Standard Time:20250508T090000
DTEND;TZID=W. Europe Standard Time:20250508T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250430T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Projektraum S/4 (RME Zentrale\, 2.14)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "allday-reminder",
        "hiring": True,
        "uid": "7rq3m1kd0c9sv5x2n8b4h6t0yp@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-feedback-to-agency-on-candidate",
        "eol": "\n",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Matthias
X-WR-TIMEZONE:Europe/Berlin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250321
DTEND;VALUE=DATE:20250322
DTSTAMP:20250603T071200Z
UID:7rq3m1kd0c9sv5x2n8b4h6t0yp@google.com
CREATED:20250320T160100Z
DESCRIPTION:Hr. Hübner wartet auf Rückmeldung zu PV-1180 – Fachteil ok\, K
 ommunikation holprig\, Satz zu hoch. Vorher mit Katrin abstimmen!
LAST-MODIFIED:20250320T160100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FB an Proventa zu Kandidat PV-1180
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gmail-invite",
        "hiring": True,
        "uid": "1v8k2m5q9r3t7x0z4b6d8f1h3j@google.com",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-candidate-free-mail-follow-up-questions",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250328T170000
DTEND;TZID=Europe/Berlin:20250328T173000
DTSTAMP:20250326T200000Z
ORGANIZER;CN=Alina Petrova:mailto:alina.petrova.sap@gmail.com
UID:1v8k2m5q9r3t7x0z4b6d8f1h3j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=matthias.kern.ext@rheinmain-energie.de;X-NUM-GUESTS=0:mailto:matthi
 as.kern.ext@rheinmain-energie.de
DESCRIPTION:Hallo Herr Kern\, wie nach unserem Gespräch angeboten hier ein 
 kurzer Termin für meine offenen Rückfragen zum Projekt (Teamgröße\, Remot
 e-Anteil\, Tools) bevor ich mein finales Angebot an Frau Dr. Albers schick
 e. Viele Grüße\, Alina Petrova\n\nJoin with Google Meet: https://meet.goog
 le.com/apv-qmzx-tre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rückfragen Projekt RheinMain Energie – A. Petrova / M. Kern
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "vendor-round",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000AB01AB02AB03DB0100000000000000001000000031415926535897932384626433832795",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-offshore-vendor-profile-interviews",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Rao, Prakash":mailto:prakash.rao@tatvik-solutions.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kern, Matt
 hias (extern)":mailto:matthias.kern.ext@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wendt, Stefa
 n":mailto:stefan.wendt@rheinmain-energie.de
DESCRIPTION;LANGUAGE=en-US:Dear Stefan\, dear Matthias\,\n\nas discussed in 
 the AMS kick-off\, please find the slot to interview the three proposed r
 esources for the CO support desk (2x Senior\, 1x Lead\, offshore Pune). 20 m
 in per profile. CVs attached.\n\nRegards\nPrakash Rao\nDelivery Manager\, 
 Tatvik Solutions\n\nJoin Microsoft Teams Meeting: https://teams.microsoft.c
 om/l/meetup-join/19%3ameeting_VGF0dmlr%40thread.v2/0\n
UID:040000008200E00074C5B7101A82E00800000000AB01AB02AB03DB0100000000000000001000000031415926535897932384626433832795
SUMMARY;LANGUAGE=en-US:Profile interviews – AMS CO resources (Tatvik)
DTSTART;TZID=W. Europe Standard Time:20250520T090000
DTEND;TZID=W. Europe Standard Time:20250520T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250515T060000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successor-talk",
        "hiring": True,
        "uid": "040000008200E00074C5B7101A82E00800000000FEEDBEEF0042DB0100000000000000001000000027182818284590452353602874713527",
        "is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": "",
        "trap": "user-as-interviewer-interviews-own-successor",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@VTZ wes@@
BEGIN:VEVENT
ORGANIZER;CN="Kern, Matthias (extern)":mailto:matthias.kern.ext@rheinmain-e
 nergie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Albers, Dr. K
 atrin":mailto:katrin.albers@rheinmain-energie.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ralf Bauman
 n:mailto:r.baumann@baumann-sapberatung.de
DESCRIPTION;LANGUAGE=de-DE:Hallo Herr Baumann\,\n\nwie mit Frau Dr. Albers 
 besprochen\, möchten wir Sie als möglichen Nachfolger für meine Rolle ab 0
 1.07. kennenlernen. Ich würde gern über Ihre FI/CO-Erfahrung in Versorgun
 gsunternehmen (IS-U/FI-CA-Integration\, Netzanlagen) sprechen und Ihnen d
 en Stand der Hypercare zeigen.\n\nViele Grüße\nMatthias Kern\n
UID:040000008200E00074C5B7101A82E00800000000FEEDBEEF0042DB0100000000000000001000000027182818284590452353602874713527
SUMMARY;LANGUAGE=de-DE:Gespräch Nachfolge FI/CO-Beratung – Hr. Baumann
DTSTART;TZID=W. Europe Standard Time:20250527T150000
DTEND;TZID=W. Europe Standard Time:20250527T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250521T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
