"""holdout231 events, part D: Munich and German employers (German and English)."""

from holdout231ev_tz import BERLIN, W_EUROPE_STD

EVENTS = [
    {
        "kind": "personio-invite", "uid": "personio-interview-5b7e0a1f-2c9d-4e83-b6a4-d1f0e2c3b4a5", "iv": 1,
        "company": "Orbitalwerk", "role": "Senior Avionics Systems Engineer (m/w/d)", "stage": "recruiter_screen",
        "who": ["lena.hofbauer@orbitalwerk.space"], "trap": "personio-german-kennenlerngespraech",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-5b7e0a1f-2c9d-4e83-b6a4-d1f0e2c3b4a5
DTSTAMP:20250407T094512Z
DTSTART;TZID=Europe/Berlin:20250411T100000
DTEND;TZID=Europe/Berlin:20250411T103000
SUMMARY:Kennenlerngespräch - Senior Avionics Systems Engineer (m/w/d)
ORGANIZER;CN=Lena Hofbauer:mailto:lena.hofbauer@orbitalwerk.space
ATTENDEE;CN=Rebecca Howell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSV
 P=TRUE:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;CN=Lena Hofbauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:l
 ena.hofbauer@orbitalwerk.space
LOCATION:Google Meet
DESCRIPTION:Hallo Rebecca\,\n\nvielen Dank für deine Bewerbung bei Orbital
 werk! Ich freue mich auf ein erstes Kennenlernen (ca. 30 Minuten). Gerne
  auch auf Englisch - wie es dir lieber ist.\n\nhttps://meet.google.com/kgw
 -pqbr-tze\n\nViele Grüße\nLena Hofbauer\nPeople & Culture\, Orbitalwerk
  GmbH\, Ottobrunn
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-zoom", "uid": "greenhouse-interview-4410917003-8827731003", "iv": 1,
        "company": "Orbitalwerk", "role": "Senior Avionics Systems Engineer", "stage": "technical",
        "who": ["felix.brandl@orbitalwerk.space", "ana.petrovic@orbitalwerk.space"],
        "trap": "greenhouse-technical-deep-dive-zoom",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-4410917003-8827731003
DTSTAMP:20250422T121418Z
DTSTART:20250429T130000Z
DTEND:20250429T143000Z
SUMMARY:Technical Deep Dive: Rebecca Howell (Senior Avionics Systems Engin
 eer)
ORGANIZER;CN=Orbitalwerk Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca
 .howell.eng@outlook.com
ATTENDEE;CN=Felix Brandl;PARTSTAT=ACCEPTED:mailto:felix.brandl@orbitalwerk
 .space
ATTENDEE;CN=Ana Petrovic;PARTSTAT=ACCEPTED:mailto:ana.petrovic@orbitalwerk
 .space
LOCATION:https://orbitalwerk.zoom.us/j/91822047713
DESCRIPTION:Hi Rebecca\,\n\nThanks for making time! In this 90-minute ses
 sion Felix (Head of Avionics) and Ana (Lead FPGA/Electronics) will walk t
 hrough an avionics architecture for a 150 kg smallsat bus with you - red
 undancy\, radiation\, OBC/PCDU interfaces\, ECSS-E-ST-40/Q-ST-80 tailoring
  vs. what you know from DO-178C.\n\nZoom: https://orbitalwerk.zoom.us/j/91
 822047713?pwd=TTBLa1ZqR0\nMeeting ID: 918 2204 7713\n\nLena (People & Cu
 lture)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-onsite", "uid": "greenhouse-interview-4410917003-8829955003", "iv": 1,
        "company": "Orbitalwerk", "role": "", "stage": "final",
        "who": ["max.seitz@orbitalwerk.space", "katrin.vogl@orbitalwerk.space"],
        "trap": "greenhouse-final-with-founders-munich",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:greenhouse-interview-4410917003-8829955003
DTSTAMP:20250513T080117Z
DTSTART;TZID=Europe/Berlin:20250523T103000
DTEND;TZID=Europe/Berlin:20250523T150000
SUMMARY:Final Round (on-site Ottobrunn) - Rebecca Howell
ORGANIZER;CN=Orbitalwerk Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca
 .howell.eng@outlook.com
ATTENDEE;CN=Max Seitz;PARTSTAT=ACCEPTED:mailto:max.seitz@orbitalwerk.space
ATTENDEE;CN=Katrin Vogl;PARTSTAT=ACCEPTED:mailto:katrin.vogl@orbitalwerk.s
 pace
ATTENDEE;CN=Lena Hofbauer;PARTSTAT=ACCEPTED;ROLE=OPT-PARTICIPANT:mailto:le
 na.hofbauer@orbitalwerk.space
LOCATION:Orbitalwerk GmbH\, Willy-Messerschmitt-Str. 1\, 85521 Ottobrunn
DESCRIPTION:Agenda\n10:30 Welcome & cleanroom/lab tour (Lena)\n11:00 Prese
 ntation: your 30/60/90 for the avionics team\n12:00 Lunch\n13:00 Max Seit
 z (CEO) & Katrin Vogl (CTO)\n14:15 Wrap-up\n\nWe'll cover your flight and
  hotel - send receipts to Lena. Flights from Bristol via AMS/FRA are fine.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-meet", "uid": "greenhouse-interview-5120384002-9102276002", "iv": 1,
        "company": "Isar Aerospace", "role": "Lead Engineer Avionics Qualification", "stage": "recruiter_screen",
        "who": ["sophia.reindl@isaraerospace.com"], "trap": "greenhouse-recruiter-call-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250508T080000Z
DTEND:20250508T083000Z
DTSTAMP:20250502T140321Z
ORGANIZER;CN=Sophia Reindl:mailto:sophia.reindl@isaraerospace.com
UID:greenhouse-interview-5120384002-9102276002
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sophi
 a Reindl;X-NUM-GUESTS=0:mailto:sophia.reindl@isaraerospace.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Rebecca Howell;X-NUM-GUESTS=0:mailto:rebecca.howell.eng@outlook.co
 m
DESCRIPTION:Recruiter Call\nCandidate: Rebecca Howell\nJob: Lead Engineer
  Avionics Qualification\n\nJoin with Google Meet: https://meet.google.com/
 bhx-rpzm-wwe\nJoin by phone: (DE) +49 30 300195062 PIN: 712 448 905#\n\nI
 nvitation from Google Calendar
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rebecca Howell // Isar Aerospace - Recruiter Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "uid": ("040000008200E00074C5B7101A82E008000000004C71B2E81FC3DB01000000000000000010000000"
                "2B9E6F7A0C144F3D8B5A7C16E0D93F21"),
        "iv": 1, "company": "Isar Aerospace", "role": "",
        "stage": "hiring_manager", "who": ["thomas.gruber@isaraerospace.com"],
        "trap": "outlook-w-europe-time-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Gruber, Thomas":mailto:thomas.gruber@isaraerospace.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reindl,
  Sophia":mailto:sophia.reindl@isaraerospace.com
DESCRIPTION;LANGUAGE=en-US:Hi Rebecca\, Sophia passed on your details - le
 t's talk about the qualification lead role (environmental test\, EMC\, r
 adiation\, qual vs. acceptance for Spectrum avionics boxes). Sophia is op
 tional on this one.\n\nThomas Gruber\nHead of Avionics\n\n______________
 __________________________________\nMicrosoft Teams meeting\nJoin: https:
 //teams.microsoft.com/l/meetup-join/19%3ameeting_ZTgxNjA3@thread.v2/0\nM
 eeting ID: 391 002 557 183  Passcode: pW6dX2\n
UID:040000008200E00074C5B7101A82E008000000004C71B2E81FC3DB010000000000000
 000100000002B9E6F7A0C144F3D8B5A7C16E0D93F21
SUMMARY;LANGUAGE=en-US:Rebecca Howell / Thomas Gruber - Lead Avionics Qual
DTSTART;TZID=W. Europe Standard Time:20250520T160000
DTEND;TZID=W. Europe Standard Time:20250520T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250512T114401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-vorstellung",
        "uid": ("040000008200E00074C5B7101A82E00800000000A2F91C6D08B6DB01000000000000000010000000"
                "57D0E3C9A1F24B6E9C0844D7B2E1A9F0"),
        "iv": 1, "company": "Hensoldt", "role": "Principal Systems Engineer Airborne Radar (m/w/d)", "stage": "",
        "who": ["markus.eder@hensoldt.net", "julia.stadler@hensoldt.net"],
        "trap": "german-vorstellungsgespraech-outlook",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Stadler, Julia":mailto:julia.stadler@hensoldt.net
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rebecca.h
 owell.eng@outlook.com:mailto:rebecca.howell.eng@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Eder, Ma
 rkus":mailto:markus.eder@hensoldt.net
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Dr. Howell\,\n\nvielen Dank f
 ür Ihre Bewerbung als Principal Systems Engineer Airborne Radar (m/w/d) a
 m Standort Taufkirchen. Gerne möchten wir Sie zu einem ersten Vorstellung
 sgespräch per MS Teams einladen. Teilnehmer: Herr Markus Eder (Teamleite
 r Systems Engineering) und ich.\n\nDas Gespräch kann auf Englisch geführ
 t werden.\n\nMit freundlichen Grüßen\nJulia Stadler\nTalent Acquisition\n
 \nMicrosoft Teams-Besprechung\nhttps://teams.microsoft.com/l/meetup-join/
 19%3ameeting_YTU3ZGI4@thread.v2/0\nBesprechungs-ID: 366 410 229 851  Kenn
 code: Hx4mR7\n
UID:040000008200E00074C5B7101A82E00800000000A2F91C6D08B6DB010000000000000
 0001000000057D0E3C9A1F24B6E9C0844D7B2E1A9F0
SUMMARY;LANGUAGE=de-DE:Vorstellungsgespräch Frau Dr. Howell - Principal SE
  Airborne Radar
DTSTART;TZID=W. Europe Standard Time:20250416T140000
DTEND;TZID=W. Europe Standard Time:20250416T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250408T074512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-invite", "uid": "sg-termin-20250603-hensoldt-77120@softgarden.io", "iv": 1,
        "company": "Hensoldt", "role": "Principal Systems Engineer Airborne Radar (m/w/d)", "stage": "final",
        "who": ["Markus Eder", "Dr. Andrea Kaltenbach"], "trap": "softgarden-zweitgespraech-vor-ort",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//e-recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sg-termin-20250603-hensoldt-77120@softgarden.io
DTSTAMP:20250521T101500Z
DTSTART;TZID=Europe/Berlin:20250603T090000
DTEND;TZID=Europe/Berlin:20250603T130000
SUMMARY:Zweitgespräch vor Ort - Principal Systems Engineer Airborne Radar
  (m/w/d)
ORGANIZER;CN=HENSOLDT Karriere:mailto:noreply@softgarden.io
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
LOCATION:HENSOLDT Sensors GmbH\, Willy-Messerschmitt-Str. 3\, 82024 Taufk
 irchen - Empfang Geb. 1
DESCRIPTION:Sehr geehrte Frau Dr. Howell\,\n\nwir freuen uns\, Sie zum Zwe
 itgespräch in Taufkirchen begrüßen zu dürfen.\n\nAblauf: Fachgespräch mi
 t Markus Eder und Dr. Andrea Kaltenbach (Bereichsleiterin Radar Systems)
 \, anschließend Rundgang durch das Integrationslabor.\n\nBitte bringen Si
 e Ihren Reisepass mit (Sicherheitsbereich). Reisekosten werden nach Bele
 g erstattet.\n\nIhr HENSOLDT Recruiting-Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dvinci-video", "uid": "dvinci-ohb-iv-31177-b2@ohb.dvinci-hr.com", "iv": 1,
        "company": "OHB", "role": "Systems Engineer Avionik / Datenhandling (w/m/d)", "stage": "hiring_manager",
        "who": ["Sebastian Wörle"], "trap": "dvinci-german-video-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//d.vinci//d.vinci HR-Systems//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:dvinci-ohb-iv-31177-b2@ohb.dvinci-hr.com
DTSTAMP:20250527T131000Z
DTSTART:20250602T070000Z
DTEND:20250602T080000Z
SUMMARY:OHB System AG: Video-Interview Systems Engineer Avionik / Datenhan
 dling (w/m/d)
LOCATION:Microsoft Teams (Link folgt per E-Mail)
DESCRIPTION:Guten Tag Frau Howell\,\n\nhiermit bestätigen wir Ihren Termin
  für ein Video-Interview mit Herrn Sebastian Wörle (Abteilungsleiter Avio
 nik\, Oberpfaffenhofen).\n\nBei Rückfragen wenden Sie sich bitte an karr
 iere@ohb.de.\n\nOHB System AG - Personalabteilung
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-meet", "uid": "ashby-interview-schedule-6f3b0d92-1e7a-4c5b-8f2d-a09e3c1b7d64", "iv": 1,
        "company": "Helsing", "role": "Principal Engineer, Avionics Integration", "stage": "technical",
        "who": ["jakob.lindner@helsing.ai", "priya.kapoor@helsing.ai"], "trap": "ashby-system-design-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-6f3b0d92-1e7a-4c5b-8f2d-a09e3c1b7d64
DTSTAMP:20250603T092233Z
DTSTART:20250612T120000Z
DTEND:20250612T131500Z
SUMMARY:Helsing | System Design Interview - Rebecca Howell
ORGANIZER;CN=Helsing Talent:mailto:talent@helsing.ai
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
ATTENDEE;CN=Jakob Lindner;PARTSTAT=ACCEPTED:mailto:jakob.lindner@helsing.ai
ATTENDEE;CN=Priya Kapoor;PARTSTAT=ACCEPTED:mailto:priya.kapoor@helsing.ai
LOCATION:https://meet.google.com/ruw-dmtc-xkn
DESCRIPTION:Position: Principal Engineer\, Avionics Integration (Munich)\n
 Interview: System Design (75 min)\nInterviewers: Jakob Lindner\, Priya Ka
 poor\n\nYou'll design the integration and verification approach for an a
 utonomy payload on a third-party airframe - interfaces\, DAL\, certificat
 ion basis\, HIL. Whiteboard tool will be shared in the call.\n\nScheduled
  with Ashby
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "join-invite", "uid": "join-com-iv-8a31c2d4e5f6-qs@join.com", "iv": 1,
        "company": "Quantum Systems", "role": "Head of Avionics (m/w/d)", "stage": "",
        "who": ["florian.huber@quantum-systems.com"], "trap": "join-com-german-interview-invite",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JOIN Solutions AG//JOIN//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:join-com-iv-8a31c2d4e5f6-qs@join.com
DTSTAMP:20250605T110000Z
DTSTART:20250617T090000Z
DTEND:20250617T100000Z
SUMMARY:Interview bei Quantum Systems - Head of Avionics (m/w/d)
ORGANIZER;CN=Florian Huber:mailto:florian.huber@quantum-systems.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
LOCATION:Microsoft Teams
DESCRIPTION:Hallo Rebecca\,\n\ndanke für dein Interesse an Quantum System
 s! Florian Huber (VP Engineering) möchte dich gerne kennenlernen - gerne
  auf Englisch.\n\nTeams-Link: https://teams.microsoft.com/l/meetup-join/19
 %3ameeting_MzQ1NmFh@thread.v2/0\n\nGesendet über JOIN
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "softgarden-interview", "uid": "sg-termin-20250610-mtu-50218@softgarden.io", "iv": 1,
        "company": "MTU Aero Engines", "role": "Engineering Manager Engine Control Systems (m/w/d)",
        "stage": "technical", "who": ["Dr. Stefan Pichler", "Carina Mayr"], "trap": "softgarden-fachinterview-munich",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//softgarden//e-recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:sg-termin-20250610-mtu-50218@softgarden.io
DTSTAMP:20250530T073000Z
DTSTART;TZID=Europe/Berlin:20250610T140000
DTEND;TZID=Europe/Berlin:20250610T153000
SUMMARY:Fachinterview: Engineering Manager Engine Control Systems (m/w/d)
ORGANIZER;CN=MTU Aero Engines Recruiting:mailto:noreply@softgarden.io
ATTENDEE;CN=Rebecca Howell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rebecca.
 howell.eng@outlook.com
LOCATION:Online (Microsoft Teams)
DESCRIPTION:Liebe Frau Howell\,\n\nIhr Fachinterview findet mit Dr. Stefa
 n Pichler (Leiter Regelungssysteme) und Carina Mayr (HR Business Partner
 ) statt. Schwerpunkt: FADEC-Software nach DO-178C\, Zertifizierung EASA
  CS-E\, Führungserfahrung.\n\nDen Einwahllink erhalten Sie am Vortag.\n\nI
 hr MTU Recruiting-Team\, München
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gmail-invite", "uid": "1ncu8s0j6o2ra4v7dqk3h9bf5e@google.com", "iv": 1,
        "company": "Lumenkraft", "role": "Head of Avionics", "stage": "hiring_manager",
        "who": ["jonas.brandt.muc@gmail.com"], "trap": "founder-on-free-mail-first-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250522T170000Z
DTEND:20250522T174500Z
DTSTAMP:20250519T212045Z
ORGANIZER;CN=Jonas Brandt:mailto:jonas.brandt.muc@gmail.com
UID:1ncu8s0j6o2ra4v7dqk3h9bf5e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Brandt;X-NUM-GUESTS=0:mailto:jonas.brandt.muc@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
DESCRIPTION:Hi Rebecca\, sorry for the Gmail - our domain is still being s
 et up (we only incorporated in March). This is the first proper interview
  for the Head of Avionics role at Lumenkraft: I'll tell you what we are b
 uilding (optical inter-satellite terminals)\, and I want to hear how you'
 d stand up an avionics team from zero. Evening slot as I'm in Munich. - J
 onas\n\nJoin with Google Meet: https://meet.google.com/ayq-kmzo-pfd
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rebecca / Jonas - Lumenkraft Head of Avionics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
