# ruff: noqa: W291
"""holdout243 events, part e: more ATS, a founder on free mail (written blind)."""

EVENTS = [
    {
        "kind": "teamtailor-invite",
        "uid": "tt-interview-d2f0a6b1-3c4e-4f5a-8b9c-0d1e2f3a4b5c@teamtailor.com",
        "is_interview": 1,
        "company": "Adler Schaub Partner mbB",
        "role": "Manager IT-Audit SAP (m/w/d)",
        "stage": "",
        "interviewers": "f.schaub@adler-schaub.de;nina.koerber@adler-schaub.de",
        "trap": "teamtailor-audit-firm-permanent",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-d2f0a6b1-3c4e-4f5a-8b9c-0d1e2f3a4b5c@teamtailor.com
DTSTAMP:20250407T114500Z
DTSTART:20250415T120000Z
DTEND:20250415T130000Z
SUMMARY:Interview mit Adler Schaub Partner – Manager IT-Audit SAP (m/w/d)
ORGANIZER;CN=Nina Körber:mailto:nina.koerber@adler-schaub.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Dr. Florian Schaub;ROLE=REQ-PARTICIPANT:mailto:f.schaub@adler-s
 chaub.de
LOCATION:Adler Schaub Partner\, Mainzer Landstraße 61\, Frankfurt oder Team
 s
DESCRIPTION:Hallo Herr Kern\,\n\nwir freuen uns auf das Gespräch mit Ihnen 
 und Dr. Florian Schaub (Partner\, Wirtschaftsprüfer). Gern vor Ort\, bei B
 edarf per Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_QWR
 s%40thread.v2/0\n\nNina Körber\nRecruiting & Employer Branding\n\nSent wit
 h Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gmail-invite",
        "uid": "6fc9s1hqa8l2j0e3m5r7k4d9ub@google.com",
        "is_interview": 1,
        "company": "Quantivo Technologies GmbH",
        "role": "",
        "stage": "",
        "interviewers": "jonas.quandt.privat@gmail.com",
        "trap": "founder-free-mail-casual-intro",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250422T190000
DTEND;TZID=Europe/Berlin:20250422T194500
DTSTAMP:20250419T210455Z
ORGANIZER;CN=Jonas Quandt:mailto:jonas.quandt.privat@gmail.com
UID:6fc9s1hqa8l2j0e3m5r7k4d9ub@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Quandt;X-NUM-GUESTS=0:mailto:jonas.quandt.privat@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=m.kern@kern-consulting.de;X-NUM-GUESTS=0:mailto:m.kern@kern-consul
 ting.de
DESCRIPTION:Hi Matthias\, schön dass es klappt! Wie am Telefon gesagt: wir 
 (Quantivo\, 40 Leute\, Series B) stellen gerade von DATEV auf S/4HANA Publi
 c Cloud um und ich suche jemanden\, der das fachlich verantwortet – als Fre
 elancer für 6 Monate oder gern auch danach fest als Head of Finance System
 s. Lass uns abends in Ruhe quatschen\, ich will v.a. verstehen\, wie du so 
 ein Projekt aufsetzen würdest und was du kostest :)\nJonas\n\n-::~:~::~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Googl
 e Meet: https://meet.google.com/qnt-jvxo-mkr\n\n-::~:~::~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250419T210455Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Matthias <> Jonas (Quantivo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-invite",
        "uid": "greenhouse-interview-88412093-2025@greenhouse.io",
        "is_interview": 1,
        "company": "Mainlicht Medien GmbH",
        "role": "Product Owner SAP Finance (m/w/d)",
        "stage": "technical",
        "interviewers": "svenja.ott@mainlicht.de;kai.dornbusch@mainlicht.de",
        "trap": "greenhouse-utc-product-owner-backlog-exercise",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88412093-2025@greenhouse.io
DTSTAMP:20250423T150000Z
DTSTART:20250429T123000Z
DTEND:20250429T133000Z
SUMMARY:Interview: Matthias Kern for Product Owner SAP Finance (m/w/d) – Ba
 cklog Exercise
ORGANIZER;CN=Mainlicht Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Svenja Ott;ROLE=REQ-PARTICIPANT:mailto:svenja.ott@mainlicht.de
ATTENDEE;CN=Kai Dornbusch;ROLE=REQ-PARTICIPANT:mailto:kai.dornbusch@mainlic
 ht.de
LOCATION:https://meet.google.com/mlm-pozq-fin
DESCRIPTION:Hallo Matthias\,\n\nhier die Details zu deinem nächsten Interv
 iew bei Mainlicht:\n\n14:30 – 15:30 Backlog Exercise mit Svenja Ott (Hea
 d of Finance Tech) und Kai Dornbusch (Engineering Manager Billing)\n\nWir 
 geben dir zu Beginn ein paar User Stories aus der Rechteabrechnung und sch
 auen gemeinsam\, wie du sie schneidest und priorisierst. Keine Vorbereitun
 g nötig.\n\nBis bald\,\nTalent Team Mainlicht
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters-invite",
        "uid": "SR-int-3744192-kinzigkunststoff@smartrecruiters.com",
        "is_interview": 1,
        "company": "Kinzig Kunststofftechnik GmbH",
        "role": "Teamleiter SAP FI/CO (m/w/d)",
        "stage": "hiring_manager",
        "interviewers": "ralf.unger@kinzig-kt.de",
        "trap": "smartrecruiters-teamleiter-permanent-video",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:SR-int-3744192-kinzigkunststoff@smartrecruiters.com
DTSTAMP:20250428T080000Z
DTSTART;TZID=Europe/Berlin:20250505T150000
DTEND;TZID=Europe/Berlin:20250505T160000
SUMMARY:Kinzig Kunststofftechnik GmbH: Interview – Teamleiter SAP FI/CO (m/
 w/d)
ORGANIZER;CN=Kinzig Kunststofftechnik GmbH:mailto:noreply@smartrecruiters.c
 om
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Ralf Unger;ROLE=REQ-PARTICIPANT:mailto:ralf.unger@kinzig-kt.de
LOCATION:Video Interview (Microsoft Teams)
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nIhr Interview wurde bestätigt.\nS
 telle: Teamleiter SAP FI/CO (m/w/d)\, Gelnhausen\nInterviewer: Ralf Unger
 \, Leiter Finanzen\n\nLink: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_S2luemln%40thread.v2/0\n\nSie können den Termin über Ihr Bewerber
 portal ändern.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-invite",
        "uid": "ml-3b5e8c1d-9a24-4f77-b0c6-e12d4a7f9310",
        "is_interview": 1,
        "company": "Gutenberg Versand GmbH",
        "role": "Senior SAP FI/CO Consultant – E-Commerce",
        "stage": "onsite",
        "interviewers": "lukas.ferber@gutenberg-versand.de;mara.stein@gutenberg-versand.de;Timo Braun",
        "trap": "modernloop-onsite-loop-three-slots",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:ml-3b5e8c1d-9a24-4f77-b0c6-e12d4a7f9310
DTSTAMP:20250506T110000Z
DTSTART;TZID=Europe/Berlin:20250513T100000
DTEND;TZID=Europe/Berlin:20250513T130000
SUMMARY:Onsite Interview – Matthias Kern – Senior SAP FI/CO Consultant – E-
 Commerce
ORGANIZER;CN=Gutenberg Versand Recruiting:mailto:interviews@gutenberg-versa
 nd.de
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Gutenberg Versand\, Hechtsheimer Str. 2\, 55131 Mainz – Empfang Hau
 s C
DESCRIPTION:Hi Matthias\,\n\nhere is your onsite agenda:\n\n10:00–10:45  
 Lukas Ferber (Director Finance) – lukas.ferber@gutenberg-versand.de\n10:4
 5–11:30  Mara Stein (Payments & Marketplace Accounting) – mara.stein@gute
 nberg-versand.de\n11:45–12:45  Timo Braun (SAP Platform Team) – Live-Syst
 em: Zahlungseingang Marktplätze\, Clearing\n\nSchedule managed with Modern
 Loop. Questions? Reply to interviews@gutenberg-versand.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-invite",
        "uid": "softgarden-appointment-2211985",
        "is_interview": 1,
        "company": "Hochtaunus Immobilien AG",
        "role": "Leiter Rechnungswesen / SAP (m/w/d)",
        "stage": "",
        "interviewers": "Dr. Hella Brandauer",
        "trap": "softgarden-interview-only-names-in-body",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden e-recruiting GmbH//softgarden//DE
METHOD:REQUEST
@@VTZ berlin@@
BEGIN:VEVENT
UID:softgarden-appointment-2211985
DTSTAMP:20250502T093000Z
DTSTART;TZID=Europe/Berlin:20250509T110000
DTEND;TZID=Europe/Berlin:20250509T120000
SUMMARY:Ihr Termin bei der Hochtaunus Immobilien AG
ORGANIZER;CN=Hochtaunus Immobilien AG:mailto:jobs@hochtaunus-immobilien.so
 ftgarden.io
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
LOCATION:Louisenstraße 120\, 61348 Bad Homburg v. d. Höhe
DESCRIPTION:Sehr geehrter Herr Kern\,\n\nvielen Dank\, dass Sie sich einen 
 Termin für ein persönliches Gespräch zur Position "Leiter Rechnungswesen / 
 SAP (m/w/d)" ausgewählt haben. Sie sprechen mit Frau Dr. Hella Brandauer (
 Vorstand Finanzen).\n\nMit freundlichen Grüßen\nPersonalabteilung
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-invite",
        "uid": "ashby-interview-event-0f7a2d94-1c3b-4e8f-9a6d-5b2c1e0f8d37",
        "is_interview": 1,
        "company": "Vantara Energy Trading GmbH",
        "role": "Senior SAP FICO Consultant (Energy Trading)",
        "stage": "technical",
        "interviewers": "oskar.lindholm@vantara-energy.com",
        "trap": "ashby-english-technical-deep-dive-utc",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0f7a2d94-1c3b-4e8f-9a6d-5b2c1e0f8d37
DTSTAMP:20250512T154500Z
DTSTART:20250520T093000Z
DTEND:20250520T103000Z
SUMMARY:Technical Deep Dive – Senior SAP FICO Consultant (Energy Trading) –
  Matthias Kern
ORGANIZER;CN=Vantara Recruiting:mailto:recruiting@vantara-energy.com
ATTENDEE;CN=Matthias Kern;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:m.kern@kern
 -consulting.de
ATTENDEE;CN=Oskar Lindholm;ROLE=REQ-PARTICIPANT:mailto:oskar.lindholm@vanta
 ra-energy.com
LOCATION:Google Meet – https://meet.google.com/vte-ksyq-dpd
DESCRIPTION:Hi Matthias\,\n\nThanks for making time for our technical dee
 p dive with Oskar Lindholm (Lead Architect Trading & Settlement). Expect 
 questions on settlement of physical/financial deals\, hedge accounting\, 
 and intercompany between trading entities. The interview is held in Engl
 ish.\n\nBest\,\nVantara Recruiting\n\nPowered by Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
