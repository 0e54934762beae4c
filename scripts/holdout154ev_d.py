"""holdout154 events, part D: Buenos Aires tech companies (Lever, Ashby, Workable, Teamtailor, Calendly, free mail)."""

EVENTS = [
    {
        "kind": "lever-hm",
        "is_interview": 1,
        "company": "Lumbre Software",
        "role": "Abogado/a Corporativo/a In-house",
        "stage": "hiring_manager",
        "interviewers": "paula.gentile@lumbre.io",
        "trap": "lever-google-invite-head-of-legal-spanish",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T140000Z
DTEND:20250306T144500Z
DTSTAMP:20250228T190301Z
ORGANIZER;CN=Paula Gentile:mailto:paula.gentile@lumbre.io
UID:7jf2n0hq8v3k6dl1ct5pbom9ra@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paula
  Gentile;X-NUM-GUESTS=0:mailto:paula.gentile@lumbre.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lucas Fernández;X-NUM-GUESTS=0:mailto:lucasfernandez.abog@yahoo.c
 om.ar
DESCRIPTION:Entrevista para Abogado/a Corporativo/a In-house\n\nLucas\, so
 y Paula\, Head of Legal de Lumbre. Charlamos 45' sobre tu experiencia en
  societario\, contratos SaaS y cómo trabajarías con los equipos de produc
 to.\n\n---\nScheduled via Lever\n\nUnirse con Google Meet: https://meet.go
 ogle.com/ruv-bxka-pnd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucas Fernández y Paula Gentile - Lumbre
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-screen",
        "is_interview": 1,
        "company": "Aconcagua Cloud",
        "role": "Legal Counsel, LATAM",
        "stage": "recruiter_screen",
        "interviewers": "priya.raman@aconcagua.cloud",
        "trap": "ashby-english-recruiter-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-0f6c3e71-9a2b-4d58-b8e0-2c91a7d4f365
DTSTAMP:20250304T002211Z
DTSTART:20250307T153000Z
DTEND:20250307T160000Z
SUMMARY:Recruiter Screen: Lucas Fernández <> Priya Raman (Aconcagua Cloud)
ORGANIZER;CN=Aconcagua Cloud Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@aconcagua.clo
 ud
DESCRIPTION:Hi Lucas\, looking forward to chatting about the Legal Counsel
 \, LATAM role! This is a 30 min intro with Priya from our Talent team.\n\n
 Zoom: https://aconcagua.zoom.us/j/84411920231\n\nNeed to reschedule? http
 s://app.ashbyhq.com/interview-reschedule/0f6c3e71
LOCATION:https://aconcagua.zoom.us/j/84411920231
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-onsite",
        "is_interview": 1,
        "company": "Aconcagua Cloud",
        "role": "Legal Counsel, LATAM",
        "stage": "onsite",
        "interviewers": "dana.whitfield@aconcagua.cloud;rodrigo.pe@aconcagua.cloud;lea.martins@aconcagua.cloud",
        "trap": "ashby-onsite-loop-in-person-buenos-aires",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-event-b7d1a402-55e0-4c8f-9e12-6f3a0d8c21b9
DTSTAMP:20250314T171844Z
DTSTART:20250321T130000Z
DTEND:20250321T163000Z
SUMMARY:Onsite - Legal Counsel\, LATAM - Lucas Fernández
ORGANIZER;CN=Aconcagua Cloud Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:lucasfe
 rnandez.abog@yahoo.com.ar
DESCRIPTION:Your onsite at our Buenos Aires hub (Av. del Libertador 7208\,
  9th floor). Agenda (ART):\n10:00 Dana Whitfield\, General Counsel (dana.
 whitfield@aconcagua.cloud) - values & scope\n11:00 Rodrigo Pe\, Commercia
 l Counsel (rodrigo.pe@aconcagua.cloud) - contract redline exercise\n12:00
  Lunch with the team (not an interview!)\n12:45 Léa Martins\, Privacy Lea
 d (lea.martins@aconcagua.cloud) - data protection deep dive\n\nAsk for Tom
 ás at reception.
LOCATION:Aconcagua Cloud - Av. del Libertador 7208\, Piso 9\, CABA
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-video",
        "is_interview": 1,
        "company": "Pampa Data",
        "role": "Legal & Compliance Manager",
        "stage": "",
        "interviewers": "sebastian.arce@pampadata.com",
        "trap": "workable-video-call-unclear-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-9d1f4e27b8@workable.com
DTSTAMP:20250226T120012Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250303T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20250303T164500
SUMMARY:Video call: Legal & Compliance Manager - Pampa Data
ORGANIZER;CN=Sebastián Arce (via Workable):mailto:sebastian.arce@pampadat
 a.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Sebastián Arce:mailto:sebastian.arce@pampadata.com
DESCRIPTION:Hi Lucas\,\n\nSebastián Arce from Pampa Data has invited you t
 o a video call for the Legal & Compliance Manager job.\n\nJoin: https://m
 eet.google.com/pdm-hcyw-aeq\n\nBest regards\,\nPampa Data Hiring Team\n\n
 Powered by Workable
LOCATION:https://meet.google.com/pdm-hcyw-aeq
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-charla",
        "is_interview": 1,
        "company": "Vidriera Digital",
        "role": "Legal Counsel Commercial",
        "stage": "recruiter_screen",
        "interviewers": "mica.benitez@vidrieradigital.com",
        "trap": "teamtailor-charla-with-people-team",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-1187734-a6f2@teamtailor.com
DTSTAMP:20250225T145511Z
DTSTART:20250227T170000Z
DTEND:20250227T173000Z
SUMMARY:Charla con Vidriera Digital 🛍️ - Legal Counsel Commercial
ORGANIZER;CN=Mica Benítez:mailto:mica.benitez@vidrieradigital.com
ATTENDEE;CN=Lucas Fernández;RSVP=TRUE:mailto:lucasfernandez.abog@yahoo.com
 .ar
ATTENDEE;CN=Mica Benítez:mailto:mica.benitez@vidrieradigital.com
DESCRIPTION:¡Hola Lucas! 👋 Qué bueno que te postulaste. Esta primera char
 la es para conocernos: te contamos sobre Vidriera y el equipo de Legales y
  vos nos contás de vos. Sin preparación especial 😉\n\nLink: https://meet
 .google.com/vdg-ksnt-pqe\n\nMica - People Team
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-booking",
        "is_interview": 1,
        "company": "Rapibox",
        "role": "Abogado/a Laboral y Contratos",
        "stage": "recruiter_screen",
        "interviewers": "agustina@rapibox.com.ar",
        "trap": "calendly-user-booked-recruiter-slot",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-b3e9c1a7-7f20-4d5b-9a8e-0c4d2e6f1b73
DTSTAMP:20250312T023355Z
DTSTART:20250313T133000Z
DTEND:20250313T135000Z
SUMMARY:Entrevista inicial Rapibox (20 min) between Agustina Luna and Lucas
  Fernández
ORGANIZER;CN=Agustina Luna:mailto:agustina@rapibox.com.ar
ATTENDEE;CN=Lucas Fernández;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucasfer
 nandez.abog@yahoo.com.ar
DESCRIPTION:Event Name: Entrevista inicial Rapibox (20 min)\n\nLocation: T
 his is a Google Meet web conference.\nhttps://meet.google.com/rbx-mqta-nj
 e\n\nPlease share anything that will help prepare for our meeting.:\nPost
 ulación a Abogado/a Laboral y Contratos (búsqueda en LinkedIn)\n\nNeed to
  make changes to this event?\nCancel: https://calendly.com/cancellations/
 b3e9c1a7\nReschedule: https://calendly.com/reschedulings/b3e9c1a7\n\nPowe
 red by Calendly.com
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "founder-gmail",
        "is_interview": 1,
        "company": "Bichito Games",
        "role": "",
        "stage": "",
        "interviewers": "nico.bichito@gmail.com",
        "trap": "founder-free-mail-charla-informal-is-a-job-talk",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250321T213000Z
DTEND:20250321T223000Z
DTSTAMP:20250319T231002Z
ORGANIZER;CN=Nicolás Otero:mailto:nico.bichito@gmail.com
UID:4km9b2tc7q0v3sh1pg8ajl6denr@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lucasfernandez.abog@yahoo.com.ar;X-NUM-GUESTS=0:mailto:lucasfernan
 dez.abog@yahoo.com.ar
DESCRIPTION:Lucas! Gracias por responder. Como te conté\, cerramos la seri
 e A y necesitamos a alguien que se ocupe de todo lo legal (somos 60\, sin
  abogado interno). Te cuento la idea del puesto y vemos si te copa. Lo ha
 cemos en el bar de Gorriti y Fitz Roy o por Meet\, como prefieras.\nNico
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lucas / Nico - Bichito (birra o meet)
LOCATION:Gorriti y Fitz Roy / https://meet.google.com/bch-ywnq-eaa
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
