"""Studios from abroad opening in Montréal and a Montréal final (holdout188, written blind)."""

from holdout188ev_tz import TOR_GOOGLE

EVENTS = [
    dict(
        kind="teamtailor-hm",
        uid="tt-interview-3421990@teamtailor.com",
        is_interview=1,
        company="Polar Lantern",
        role="Production Director, Montréal",
        stage="hiring_manager",
        interviewers="johan.bergstrom@polarlantern.se",
        trap="teamtailor-swedish-studio-hiring-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-interview-3421990@teamtailor.com
DTSTAMP:20250317T081245Z
DTSTART:20250320T150000Z
DTEND:20250320T160000Z
SUMMARY:Interview with hiring manager - Production Director\, Montréal | Po
 lar Lantern
DESCRIPTION:Hi Seo-yeon\,\n\nJohan Bergström (COO) would like to meet you t
 o discuss the Production Director role for our new Montréal studio. This i
 s 16:00 Stockholm / 11:00 Montréal / 08:00 Vancouver - sorry for the early
  start!\n\nVideo meeting: https://app.teamtailor.com/meetings/m/c41be9d2\n
 \nBest regards\,\nElsa Nyström\, Recruiter
ORGANIZER;CN=Elsa Nyström:mailto:elsa.nystrom@polarlantern.se
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
ATTENDEE;CN=Johan Bergström:mailto:johan.bergstrom@polarlantern.se
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gem-screen",
        uid="gem-sched-a7e3d91c42f0@gem.com",
        is_interview=1,
        company="Rivet Rabbit",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="devon@rivetrabbit.com",
        trap="gem-scheduling-recruiter-call",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Gem//Gem Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
UID:gem-sched-a7e3d91c42f0@gem.com
DTSTAMP:20250401T140011Z
DTSTART;TZID=America/Toronto:20250403T150000
DTEND;TZID=America/Toronto:20250403T153000
SUMMARY:Seo-yeon Park <> Devon (Rivet Rabbit)
DESCRIPTION:Recruiter call - Senior Producer\nGoogle Meet: https://meet.goo
 gle.com/gxa-pqzt-ewm\n\nScheduled with Gem
ORGANIZER;CN=Devon Achebe:mailto:devon@rivetrabbit.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-call",
        uid="6bq1tz9ka0c4e7rm2jv5dl8xs3@google.com",
        is_interview=1,
        company="Quill & Anchor Games",
        role="Senior Producer",
        stage="final",
        interviewers="ariane.leduc@quillandanchor.ca",
        trap="google-final-with-studio-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TOR_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20250408T130000
DTEND;TZID=America/Toronto:20250408T140000
DTSTAMP:20250403T202201Z
ORGANIZER;CN=Ariane Leduc:mailto:ariane.leduc@quillandanchor.ca
UID:6bq1tz9ka0c4e7rm2jv5dl8xs3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ariane
  Leduc;X-NUM-GUESTS=0:mailto:ariane.leduc@quillandanchor.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
DESCRIPTION:Last step for the Senior Producer role - a conversation with me
  (Studio Director). After this we'll make our decision within the week.\n\
 nJoin with Google Meet: https://meet.google.com/rde-kfbm-hvi
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quill & Anchor - final interview (Seo-yeon Park)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
