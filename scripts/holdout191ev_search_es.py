"""holdout191: Valentina's own interviews with employers in Madrid (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "workday",
        "uid": "WD-INT-7c1e0a92-5b44-4d0b-9a61-2f0c7be3d118",
        "interview": 1,
        "company": "Telefónica",
        "role": "Senior Analyst FP&A",
        "stage": "recruiter_screen",
        "interviewers": "irene.castrillo@telefonica.com",
        "trap": "workday-teams-first-call-madrid",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:WD-INT-7c1e0a92-5b44-4d0b-9a61-2f0c7be3d118
DTSTAMP:20250226T141502Z
DTSTART;TZID=Europe/Madrid:20250304T160000
DTEND;TZID=Europe/Madrid:20250304T163000
SUMMARY:Telefónica | Entrevista – Senior Analyst FP&A (R-0048817)
LOCATION:Microsoft Teams
DESCRIPTION:Hola Valentina\,\n\nTe confirmamos la primera conversación del
  proceso de selección para la posición Senior Analyst FP&A (R-0048817) en
  Telefónica S.A.\, Distrito Telefónica\, Madrid.\n\nEntrevistadora: Irene
 Castrillo – Talent Acquisition Partner\nDuración: 30 minutos\nEnlace Team
 s: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTc4YjMtZGQ
 1Ni00%40thread.v2/0\nId. de la reunión: 381 224 907 315\nCódigo de acceso
 : Xb7kQ2\n\nLa hora indicada es la hora peninsular española (CET).\n\nPu
 edes consultar el estado de tu candidatura en nuestro portal de empleo.\n
 \nEste mensaje se ha generado automáticamente. Por favor\, no respondas a
  esta dirección.
ORGANIZER;CN=Telefónica Talent Acquisition:mailto:telefonica@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina
  Gómez Restrepo:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Irene Castrillo:mailto:
 irene.castrillo@telefonica.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000D0A6F3D2E58ADB01000000000000000010000000B71E4C93A0D1F94E8C2B",
        "interview": 1,
        "company": "Telefónica",
        "role": "Senior Analyst FP&A",
        "stage": "hiring_manager",
        "interviewers": "jorge.martinsanz@telefonica.com",
        "trap": "outlook-romance-zone-gerente-fpa",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Martín Sanz, Jorge";SENT-BY="mailto:beatriz.olmo@telefonica
 .com":mailto:jorge.martinsanz@telefonica.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=valentina
 .gomezr@outlook.com:mailto:valentina.gomezr@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Castril
 lo, Irene":mailto:irene.castrillo@telefonica.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Valentina\,\n\nPor indicación de Jo
 rge Martín Sanz (Gerente de FP&A – Dirección de Planificación Financiera)
 \, le envío convocatoria para la entrevista con el gerente del área.\n\nIr
 ene queda en copia opcional por si quiere conectarse.\n\nUn saludo\,\nBea
 triz Olmo\nAsistente de Dirección\n\n____________________________________
 ____________________________________________\nReunión de Microsoft Teams\n
 Únase a través de su equipo\, aplicación móvil o dispositivo de sala\nHag
 a clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_ZTQ4MmJhY2EtNzE1%40thread.v2/0?context=%7b%22Tid%22%3a
 %22b1f0%22%7d>\nId. de la reunión: 312 557 204 118\nCódigo de acceso: 4Lh
 Z9p\nDescargar Teams<https://www.microsoft.com/microsoft-teams/download-a
 pp> | Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-m
 eeting>\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000D0A6F3D2E58ADB01000000000000000
 010000000B71E4C93A0D1F94E8C2B
SUMMARY;LANGUAGE=es-ES:Entrevista con el gerente de FP&A – Valentina Góme
 z
DTSTART;TZID=Romance Standard Time:20250312T170000
DTEND;TZID=Romance Standard Time:20250312T174500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T101944Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Reunión de Microsoft Teams"\,"Locat
 ionAnnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":
 ""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone",
        "uid": "5E0C2D1B-8F3A-4B7E-9C26-A1D4F07B93E2",
        "interview": 1,
        "company": "Telefónica",
        "role": "",
        "stage": "final",
        "interviewers": "Ana Belén Ortiz",
        "trap": "typed-phone-final-director-financiero",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Europe/Madrid
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
DTSTART:19810329T020000
TZNAME:CEST
TZOFFSETTO:+0200
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
DTSTART:19961027T030000
TZNAME:CET
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250320T002211Z
UID:5E0C2D1B-8F3A-4B7E-9C26-A1D4F07B93E2
DTEND;TZID=Europe/Madrid:20250327T170000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Telefonica final!! Ana Belén Ortiz (Dir. Planif. Financiera)
LAST-MODIFIED:20250320T002518Z
DTSTAMP:20250320T002518Z
DTSTART;TZID=Europe/Madrid:20250327T160000
DESCRIPTION:ultima ronda. 10am hora bogota\nlink llega x mail de Beatriz
 \npreguntar: ciclo de forecast\, equipo (cuantos)\, relocation\, fecha
  incorporacion\nllevar numeros del caso de Jorge
SEQUENCE:0
BEGIN:VALARM
X-WR-ALARMUID:9A1E6C0B-3D7F-4E21-B5A8-0C7E2F19D4B6
UID:9A1E6C0B-3D7F-4E21-B5A8-0C7E2F19D4B6
TRIGGER:-PT1H
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "3k9v1q0s7b2m4nq8c6t0e5hj2a@google.com",
        "interview": 1,
        "company": "Cabify",
        "role": "Senior Analyst, FP&A",
        "stage": "recruiter_screen",
        "interviewers": "paula.serrano@cabify.com",
        "trap": "greenhouse-google-meet-utc-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T150000Z
DTEND:20250305T153000Z
DTSTAMP:20250228T092211Z
ORGANIZER;CN=Paula Serrano:mailto:paula.serrano@cabify.com
UID:3k9v1q0s7b2m4nq8c6t0e5hj2a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paula Serrano;X-NUM-GUESTS=0:mailto:paula.serrano@cabify.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=valentina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gome
 zr@outlook.com
X-GOOGLE-CONFERENCE:https://meet.google.com/pkv-ruyq-zta
CREATED:20250228T092209Z
DESCRIPTION:Hi Valentina\, looking forward to our chat about the Senior An
 alyst\, FP&A role in our Finance team in Madrid! We'll go through your bac
 kground\, what you're looking for and the next steps of the process.\n\nP
 aula – Talent Acquisition\, Cabify\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: ht
 tps://meet.google.com/pkv-ruyq-zta\nOr dial: (ES) +34 910 49 88 14 PIN: 7
 31 442 906#\nMore phone numbers: https://tel.meet/pkv-ruyq-zta?pin=731442
 906\n\nLearn more about Meet at: https://support.google.com/a/users/answe
 r/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250228T092210Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valentina Gómez Restrepo <> Cabify | Intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse",
        "uid": "gh-interview-88412093-4471@greenhouse.io",
        "interview": 1,
        "company": "Cabify",
        "role": "Senior Analyst, FP&A",
        "stage": "technical",
        "interviewers": "lucia.benavente@cabify.com;marcos.ydigoras@cabify.com",
        "trap": "greenhouse-case-study-presentation-panel",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-88412093-4471@greenhouse.io
DTSTAMP:20250311T111403Z
DTSTART:20250318T140000Z
DTEND:20250318T150000Z
SUMMARY:Case Study Presentation: Valentina Gómez Restrepo - Senior Analyst
 \, FP&A
DESCRIPTION:Hi Valentina\,\n\nThanks again for sending your case. In this
  session you will present your analysis of the ride-hailing unit economics
  case (20 min) followed by Q&A with the team (40 min).\n\nInterviewers:\n-
  Lucía Benavente\, Head of FP&A\n- Marcos Ydígoras\, Finance Manager\, Bus
 iness Performance\n\nGoogle Meet: https://meet.google.com/xsd-njqa-bwe\n\n
 Please share your slides 30 minutes before the call.\n\nBest\,\nPaula
LOCATION:https://meet.google.com/xsd-njqa-bwe
ORGANIZER;CN=Paula Serrano:mailto:paula.serrano@cabify.com
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-A
 CTION;RSVP=TRUE:mailto:valentina.gomezr@outlook.com
ATTENDEE;CN=Lucía Benavente;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 lucia.benavente@cabify.com
ATTENDEE;CN=Marcos Ydígoras;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 marcos.ydigoras@cabify.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "0e51a0a2-2c1f-4b7b-8d8a-7e2a1f6c3b90",
        "interview": 1,
        "company": "Cabify",
        "role": "",
        "stage": "hiring_manager",
        "interviewers": "Nacho",
        "trap": "typed-floating-abbrev-hm-cfo-delegate",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook for Android 4.2505//EN
BEGIN:VEVENT
UID:0e51a0a2-2c1f-4b7b-8d8a-7e2a1f6c3b90
DTSTAMP:20250324T230155Z
DTSTART:20250326T100000
DTEND:20250326T104500
SUMMARY:cabify - ronda c/ Nacho (VP finance)
DESCRIPTION:10am bogota / 16h madrid. meet link en el correo de paula. ya
  vieron el caso\, ahora es fit + expectativas. NO hablar de salario todavía
END:VEVENT
END:VCALENDAR
""",
    },
]
