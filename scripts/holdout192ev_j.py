# ruff: noqa: W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part J: the London fintech via Ashby (intro, system design, values interview, final)."""

EVENTS = [
    dict(
        kind="ashby-intro",
        uid="ashby-int-01J9Q4M7ZB2V8K3D5T6XHNR0WC",
        interview=1,
        company="Paylode",
        role="Cloud Platform Lead",
        stage="recruiter_screen",
        interviewers="tom.aldridge@paylode.com",
        trap="ashby-intro-call-google-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250917T150000
DTEND;TZID=Europe/London:20250917T153000
DTSTAMP:20250915T101802Z
ORGANIZER;CN=Paylode Recruiting:mailto:recruiting@paylode.com
UID:ashby-int-01J9Q4M7ZB2V8K3D5T6XHNR0WC
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Al
 dridge;X-NUM-GUESTS=0:mailto:tom.aldridge@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/kpx-ufdn-qre
DESCRIPTION:Hi Ngozi\, looking forward to chatting! This is a 30 minute in
 tro call with Tom from our Talent team to learn more about your background
  and tell you more about Paylode and the Cloud Platform Lead role.\n\nPowe
 red by Ashby\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin
  with Google Meet: https://meet.google.com/kpx-ufdn-qre\nOr dial: (GB) +44
  20 3957 1946 PIN: 602 118 443#\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi <> Paylode | Intro Call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-system-design",
        uid="ashby-int-01JA2F8RNC6W1Y7QG0M3SBKD4E",
        interview=1,
        company="Paylode",
        role="Cloud Platform Lead",
        stage="technical",
        interviewers="rahul.mehta@paylode.com;eleanor.vance@paylode.com",
        trap="ashby-system-design-round",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251001T140000
DTEND;TZID=Europe/London:20251001T151500
DTSTAMP:20250925T163340Z
ORGANIZER;CN=Paylode Recruiting:mailto:recruiting@paylode.com
UID:ashby-int-01JA2F8RNC6W1Y7QG0M3SBKD4E
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rahul 
 Mehta;X-NUM-GUESTS=0:mailto:rahul.mehta@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Eleano
 r Vance;X-NUM-GUESTS=0:mailto:eleanor.vance@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:System Design (75 min)\n\nYou'll work through the design of a 
 multi-region platform for our card-issuing services with Rahul (Staff Eng
 ineer\, Platform) and Eleanor (Engineering Manager\, SRE). We'll use Excal
 idraw – no need to prepare anything\, but do have a stable connection.\n\n
 Powered by Ashby\n\nJoin with Google Meet: https://meet.google.com/bvr-mmk
 t-zsa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi <> Paylode | System Design
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-values",
        uid="ashby-int-01JA2F8RNC6W1Y7QG0M3SBKD5H",
        interview=1,
        company="Paylode",
        role="Cloud Platform Lead",
        stage="",
        interviewers="grace.otieno@paylode.com",
        trap="ashby-values-interview-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20251001T160000
DTEND;TZID=Europe/London:20251001T164500
DTSTAMP:20250925T163341Z
ORGANIZER;CN=Paylode Recruiting:mailto:recruiting@paylode.com
UID:ashby-int-01JA2F8RNC6W1Y7QG0M3SBKD5H
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Grace 
 Otieno;X-NUM-GUESTS=0:mailto:grace.otieno@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Values Interview (45 min)\n\nA conversation with Grace (Head o
 f Customer Operations) about how you work: ownership\, candour\, and build
 ing for customers who are underserved by traditional banks. Expect "tell m
 e about a time" questions.\n\nPowered by Ashby\n\nJoin with Google Meet: ht
 tps://meet.google.com/hdq-aaxw-puz
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi <> Paylode | Values Interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ashby-final",
        uid="ashby-int-01JB0T5XKQ9D2M4HV7PCE8FZ1A",
        interview=1,
        company="Paylode",
        role="Cloud Platform Lead",
        stage="final",
        interviewers="marcus@paylode.com;j.osei@paylode.com",
        trap="ashby-final-founder-and-vp",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251010T110000Z
DTEND:20251010T120000Z
DTSTAMP:20251006T093015Z
ORGANIZER;CN=Paylode Recruiting:mailto:recruiting@paylode.com
UID:ashby-int-01JB0T5XKQ9D2M4HV7PCE8FZ1A
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus
  Feld;X-NUM-GUESTS=0:mailto:marcus@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonath
 an Osei;X-NUM-GUESTS=0:mailto:J.Osei@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paylod
 e Recruiting;X-NUM-GUESTS=0:mailto:recruiting@paylode.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ngozi.adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@g
 mail.com
DESCRIPTION:Final round (60 min) with Marcus (CTO & co-founder) and Jonath
 an (VP Engineering). This is the last step in our process – we aim to get
  back to you within 48 hours.\n\nPowered by Ashby\n\nJoin with Google Meet
 : https://meet.google.com/swe-jtne-bkc
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ngozi Adeyemi <> Paylode | Final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
