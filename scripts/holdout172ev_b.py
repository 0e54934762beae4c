"""holdout172 events, part b: Tandem Ridge, Fluxbank, Nordlicht and Pflegeleicht (raw iCalendar text)."""

from holdout172ev_tz import AMSTERDAM, BERLIN, LOS_ANGELES, W_EUROPE

_TANDEM_DESC = r"""DESCRIPTION:Hi Katrin\,\n\nYou're confirmed for your Hiring Manager Interv
 iew with Marcus Webb (VP Engineering) for the Director of Engineering\, EMEA
  role.\n\nMarcus will dig into how you'd stand up our first European engin
 eering hub (remote-first\, ~25 engineers by year end) and how you partner
  with product.\n\nZoom: https://tandemridge.zoom.us/j/84120937715?pwd=YnJ0c
 0VxT2ZlM2hR\nMeeting ID: 841 2093 7715\nPasscode: 551904\n\nScheduled with
  Ashby · Need a different time? https://app.ashbyhq.com/candidate/resched
 ule/3c9f01de
"""

EVENTS = [
    dict(
        kind="ashby-hm",
        uid="ashby-3c9f01de-7b4e-4a51-9c0e-2d8f5ab61e07",
        is_interview=1,
        company="Tandem Ridge",
        role="Director of Engineering, EMEA",
        stage="hiring_manager",
        interviewers=["marcus@tandemridge.com"],
        trap="ashby-los-angeles-zone-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LOS_ANGELES + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260219T080000
DTEND;TZID=America/Los_Angeles:20260219T084500
DTSTAMP:20260212T232010Z
ORGANIZER;CN=Jess Alvarez:mailto:jess@tandemridge.com
UID:ashby-3c9f01de-7b4e-4a51-9c0e-2d8f5ab61e07
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Katrin Vogt;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Webb;X-NUM-GUESTS=0:mailto:marcus@tandemridge.com
""" + _TANDEM_DESC + r"""LOCATION:https://tandemridge.zoom.us/j/84120937715?pwd=YnJ0c0VxT2ZlM2hR
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katrin Vogt <> Tandem Ridge: Hiring Manager Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-hm-moved",
        uid="ashby-3c9f01de-7b4e-4a51-9c0e-2d8f5ab61e07",
        is_interview=1,
        company="Tandem Ridge",
        role="Director of Engineering, EMEA",
        stage="hiring_manager",
        interviewers=["marcus@tandemridge.com"],
        trap="ashby-rescheduled-same-uid-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LOS_ANGELES + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260224T083000
DTEND;TZID=America/Los_Angeles:20260224T091500
DTSTAMP:20260218T190544Z
ORGANIZER;CN=Jess Alvarez:mailto:jess@tandemridge.com
UID:ashby-3c9f01de-7b4e-4a51-9c0e-2d8f5ab61e07
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Katrin Vogt;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Webb;X-NUM-GUESTS=0:mailto:marcus@tandemridge.com
""" + _TANDEM_DESC + r"""LOCATION:https://tandemridge.zoom.us/j/84120937715?pwd=YnJ0c0VxT2ZlM2hR
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Updated: Katrin Vogt <> Tandem Ridge: Hiring Manager Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="search-briefing",
        uid="040000008200E00074C5B7101A82E00800000000A1B7C4E9DD9ADC01000000000000000"
        "010000000C5E21F0B9A7D3E48B1A55C2E0F67D9A4",
        is_interview=1,
        company="Fluxbank",
        role="VP Engineering",
        stage="recruiter_screen",
        interviewers=["oliver.strand@caldersearch.com"],
        trap="exec-search-partner-call-assistant-books-client-named",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Strand, Oliver";SENT-BY="mailto:hannah.pike@caldersearch.com"
 :mailto:oliver.strand@caldersearch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Katrin Vog
 t:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=en-GB:Dear Katrin\,\n\nOliver has asked me to set up
  a call with you to discuss the VP Engineering mandate we are running for F
 luxbank (Amsterdam). Oliver will walk you through the brief and would lik
 e to understand your experience in more depth before presenting you to the
  client.\n\nOliver will call you on the mobile number you shared. Please l
 et me know if the time doesn't suit.\n\nKind regards\,\nHannah Pike\nExecu
 tive Assistant to Oliver Strand\, Partner\nCalder Search | Keizersgracht 3
 12\, 1016 EZ Amsterdam
UID:040000008200E00074C5B7101A82E00800000000A1B7C4E9DD9ADC0100000000000000
 0010000000C5E21F0B9A7D3E48B1A55C2E0F67D9A4
SUMMARY;LANGUAGE=en-GB:Oliver Strand / Katrin Vogt - Fluxbank VP Engineerin
 g
DTSTART;TZID=W. Europe Standard Time:20260213T083000
DTEND;TZID=W. Europe Standard Time:20260213T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260209T162233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Oliver to call Katrin (+49 176 22845190)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="client-cto",
        uid="2v9d0h4q1m7s3c5n8k6b0x2f1p@google.com",
        is_interview=1,
        company="Fluxbank",
        role="VP Engineering",
        stage="hiring_manager",
        interviewers=["ruben.degraaf@fluxbank.nl"],
        trap="client-cto-meeting-arranged-by-search-firm",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20260226T170000
DTEND;TZID=Europe/Amsterdam:20260226T180000
DTSTAMP:20260220T101500Z
ORGANIZER;CN=Ruben de Graaf:mailto:ruben.degraaf@fluxbank.nl
UID:2v9d0h4q1m7s3c5n8k6b0x2f1p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ruben de Graaf;X-NUM-GUESTS=0:mailto:ruben.degraaf@fluxbank.nl
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=katrin.vogt@posteo.de;X-NUM-GUESTS=0:mailto:katrin.vogt@posteo.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Oliver Strand;X-NUM-GUESTS=0:mailto:oliver.strand@caldersearch.com
DESCRIPTION:Katrin\, looking forward to meeting you - Oliver has told me a
  lot. Let's use the hour to talk about what we're building at Fluxbank an
 d what the VP Engineering role would look like. (Oliver cc'd for visibilit
 y\, no need to join.)\n\nRuben\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google
 .com/ybe-rkqa-fzt\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Katrin / Ruben (Fluxbank)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-telefonat",
        uid="040000008200E00074C5B7101A82E0080000000044D2E1B8A59EDC01000000000000000"
        "0100000003F9E0C7A12B54D4F8A9E7B6C3D2E1F00",
        is_interview=1,
        company="Nordlicht Versicherung",
        role="Bereichsleitung IT-Plattform & Cloud",
        stage="recruiter_screen",
        interviewers=["c.hartmann@hartmann-partner.de"],
        trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartmann, Dr. Claudia";SENT-BY="mailto:office@hartmann-partne
 r.de":mailto:c.hartmann@hartmann-partner.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=katrin.vog
 t@posteo.de:mailto:katrin.vogt@posteo.de
DESCRIPTION;LANGUAGE=de-DE:Sehr geehrte Frau Vogt\,\n\nim Auftrag von Frau
  Dr. Hartmann bestätige ich Ihnen gerne das vertrauliche Telefonat zur Po
 sition „Bereichsleitung IT-Plattform & Cloud“ bei unserer Mandantin\, d
 er Nordlicht Versicherung AG in Hamburg.\n\nFrau Dr. Hartmann wird Sie zum
  vereinbarten Zeitpunkt unter Ihrer Mobilnummer anrufen. Für das Gespräch
  sind ca. 45 Minuten vorgesehen.\n\nMit freundlichen Grüßen\nSabine Wolt
 ers\nAssistenz | Hartmann & Partner Executive Search\nNeuer Wall 54\, 2035
 4 Hamburg
UID:040000008200E00074C5B7101A82E0080000000044D2E1B8A59EDC0100000000000000
 00100000003F9E0C7A12B54D4F8A9E7B6C3D2E1F00
SUMMARY;LANGUAGE=de-DE:Telefonat Dr. Hartmann / Frau Vogt (vertraulich)
DTSTART;TZID=W. Europe Standard Time:20260217T180000
DTEND;TZID=W. Europe Standard Time:20260217T184500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260212T112904Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-DE:Telefon
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="typed-hamburg",
        uid="8C1F3E2A-5B7D-4E90-A6C4-1D2E3F4A5B6C",
        is_interview=1,
        company="Nordlicht Versicherung",
        role="",
        stage="hiring_manager",
        interviewers=["Dr. Feddersen"],
        trap="phone-typed-floating-client-cio-meeting",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20260302T194410Z
DTEND:20260309T130000
DTSTAMP:20260302T194424Z
DTSTART:20260309T113000
LAST-MODIFIED:20260302T194424Z
LOCATION:Nordlicht\, Überseering 30\, HH
SEQUENCE:0
SUMMARY:HH: Nordlicht – Dr. Feddersen (CIO)
DESCRIPTION:Hartmann holt mich am Empfang ab. ICE 7:28 ab Hbf\, zurück 16:
 01. Fragen: Budget Cloud-Migration? Wie viele Dienstleister? Warum ist Vo
 rgänger weg??
TRANSP:OPAQUE
UID:8C1F3E2A-5B7D-4E90-A6C4-1D2E3F4A5B6C
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT2H
UID:D3E1AF77-2C1B-4E8A-9F3B-77A0C5E1B2D4
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-kennenlernen",
        uid="personio-interview-48817203@pflegeleicht.jobs.personio.de",
        is_interview=1,
        company="Pflegeleicht",
        role="Head of Engineering (m/w/d)",
        stage="recruiter_screen",
        interviewers=["nina.baumann@pflegeleicht.de"],
        trap="personio-kennenlernen-german",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-48817203@pflegeleicht.jobs.personio.de
DTSTAMP:20260202T141037Z
DTSTART;TZID=Europe/Berlin:20260205T090000
DTEND;TZID=Europe/Berlin:20260205T093000
SUMMARY:Kennenlernen Pflegeleicht x Katrin Vogt
ORGANIZER;CN=Nina Baumann:mailto:nina.baumann@pflegeleicht.de
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin.vogt@
 posteo.de
ATTENDEE;CN=Nina Baumann;ROLE=CHAIR:mailto:nina.baumann@pflegeleicht.de
LOCATION:Google Meet: https://meet.google.com/hsn-xvbo-qwe
DESCRIPTION:Hallo Katrin\,\n\nschön\, dass es klappt! In unserem 30-minüti
 gen Kennenlernen möchte ich dir Pflegeleicht und die Rolle Head of Engin
 eering (m/w/d) vorstellen und mehr über deine Erfahrungen und Erwartungen
  erfahren.\n\nLink: https://meet.google.com/hsn-xvbo-qwe\n\nViele Grüße\nN
 ina Baumann\nTalent Acquisition\n\n--\nDiese Einladung wurde über Personio
  versendet.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-fallstudie",
        uid="personio-interview-48817977@pflegeleicht.jobs.personio.de",
        is_interview=1,
        company="Pflegeleicht",
        role="Head of Engineering (m/w/d)",
        stage="technical",
        interviewers=["jan.ostermann@pflegeleicht.de", "aylin.koc@pflegeleicht.de"],
        trap="personio-fallstudie-case-presentation",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
""" + BERLIN + r"""BEGIN:VEVENT
UID:personio-interview-48817977@pflegeleicht.jobs.personio.de
DTSTAMP:20260213T101122Z
DTSTART;TZID=Europe/Berlin:20260223T130000
DTEND;TZID=Europe/Berlin:20260223T143000
SUMMARY:Fallstudie & Fachgespräch – Head of Engineering (m/w/d)
ORGANIZER;CN=Nina Baumann:mailto:nina.baumann@pflegeleicht.de
ATTENDEE;CN=Katrin Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:katrin.vogt@
 posteo.de
ATTENDEE;CN=Jan Ostermann;ROLE=REQ-PARTICIPANT:mailto:jan.ostermann@pflegel
 eicht.de
ATTENDEE;CN=Aylin Koç;ROLE=REQ-PARTICIPANT:mailto:aylin.koc@pflegeleicht.de
LOCATION:Pflegeleicht GmbH\, Schlesische Str. 27\, 10997 Berlin
DESCRIPTION:Hallo Katrin\,\n\nwie besprochen bekommst du die Fallstudie (
 „Unsere Plattform in 18 Monaten“) zwei Tage vorher per Mail. Bitte bere
 ite eine kurze Präsentation (max. 20 Min.) vor\; danach sprecht ihr mit J
 an Ostermann (CTO) und Aylin Koç (Staff Engineer) über deine Lösung und
  technische Fragen.\n\nViele Grüße\nNina\n\n--\nDiese Einladung wurde über
  Personio versendet.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
