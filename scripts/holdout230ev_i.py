"""holdout230 events, part I: the football calendar (recruiting, media, staff) and family life."""

from holdout230ev_tz import ev

EVENTS = [
    ev("official-visit", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260123T160000
DTEND;TZID=America/Chicago:20260125T120000
DTSTAMP:20260115T180000Z
ORGANIZER;CN=Jenna Ortiz:mailto:jenna.ortiz@wpsu.edu
UID:1q4w7e0r3t6y9u2i5o8p1a4s7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
DESCRIPTION:OV – Jaylen Carter (DT\, Midland Legacy '26) + mom Tasha and s
 tepdad. Marcus = host coach. Fri: hotel check-in\, dinner at Rain. Sat: fa
 cility\, academic mtg\, position mtg w/ Marcus\, meet w/ Coach H at 3:30\,
  player host Obi. Sun: breakfast at HC house.
LOCATION:WPSU Football Complex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OV: J. Carter (DT) + parents
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "1q4w7e0r3t6y9u2i5o8p1a4s7d@google.com", 0, trap="recruiting-official-visit-prospect-and-parents"),

    ev("in-home", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
@@TZ chicago-apple@@
BEGIN:VEVENT
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
DTSTAMP:20260105T230000Z
DTSTART;TZID=America/Chicago:20260107T190000
DTEND;TZID=America/Chicago:20260107T203000
SUMMARY:In-home - DeShawn Pratt (Odessa)
LOCATION:2214 Dixie Blvd\, Odessa TX
DESCRIPTION:w/ Coach H. grandma makes the decisions. bring academic plan +
  NIL overview from collective. DON'T be late
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9", 0, trap="recruiting-in-home-visit", eol="\n"),

    ev("media-availability", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Braddock, Tom";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.braddock@wpsu.edu
DESCRIPTION:Spring practice media availability – assistant coaches. 10 min
  each at the podium\, then 1-on-1 interviews with TV (KLBK\, KCBD) in the
  hallway. Brooke will pull you if it runs long.
DTEND;TZID="Central Standard Time":20260324T124500
DTSTAMP:20260319T170000Z
DTSTART;TZID="Central Standard Time":20260324T120000
LOCATION:Media Room\, Football Complex
ORGANIZER;CN="Alcott, Brooke":mailto:brooke.alcott@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Media Availability – Asst. Coaches (Braddock\, Dale)
UID:040000008200E00074C5B7101A82E0080000000010F2A3B4C5D6DC01000000000000000010000000A1A2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000010F2A3B4C5D6DC01000000000000000010000000A1A2", 0,
        trap="media-availability-reporters-interview-user"),

    ev("staff-meeting", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Braddock, Tom";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.braddock@wpsu.edu
ATTENDEE;CN="Perrin, Kyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.perrin@wpsu.edu
DESCRIPTION:Full staff. Recruiting board\, portal updates\, calendar.
DTEND;TZID="Central Standard Time":20260105T080000
DTSTAMP:20251230T150000Z
DTSTART;TZID="Central Standard Time":20260105T070000
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260427T120000Z
LOCATION:HC conference room
ORGANIZER;CN="Hollings, Rick":mailto:rick.hollings@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Staff Meeting
UID:040000008200E00074C5B7101A82E0080000000020A3B4C5D6E7DC01000000000000000010000000A3A4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Braddock, Tom";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:tom.braddock@wpsu.edu
ATTENDEE;CN="Perrin, Kyle";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kyle.perrin@wpsu.edu
DESCRIPTION:Moved – Monday is the compliance seminar. Portal window clos
 es Friday.
DTEND;TZID="Central Standard Time":20260203T080000
DTSTAMP:20260128T150000Z
DTSTART;TZID="Central Standard Time":20260203T070000
RECURRENCE-ID;TZID="Central Standard Time":20260202T070000
LOCATION:HC conference room
ORGANIZER;CN="Hollings, Rick":mailto:rick.hollings@wpsu.edu
SEQUENCE:1
SUMMARY;LANGUAGE=en-US:Staff Meeting
UID:040000008200E00074C5B7101A82E0080000000020A3B4C5D6E7DC01000000000000000010000000A3A4
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000020A3B4C5D6E7DC01000000000000000010000000A3A4", 0,
        trap="recurring-staff-meeting-with-override"),

    ev("compliance", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Annual football compliance seminar: recruiting calendar (dead/
 quiet/contact periods)\, official vs. unofficial visits\, NIL & collective
  contact rules\, transfer portal tampering. Sign-in sheet required. Recrui
 ting certification test opens after the session.
DTEND;TZID="Central Standard Time":20260202T110000
DTSTAMP:20260120T150000Z
DTSTART;TZID="Central Standard Time":20260202T090000
LOCATION:Team Meeting Room
ORGANIZER;CN="Kim, Laura":mailto:laura.kim@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Compliance Seminar – Football Staff
UID:040000008200E00074C5B7101A82E0080000000030B4C5D6E7F8DC01000000000000000010000000A5A6
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000030B4C5D6E7F8DC01000000000000000010000000A5A6", 0,
        trap="compliance-seminar"),

    ev("t-ball", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260321T090000
DTEND;TZID=America/Chicago:20260321T103000
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=SA
DTSTAMP:20260301T160000Z
UID:4f7g0h3j6k9l2z5x8c1v4b7n0m@google.com
DESCRIPTION:twins - Mudcats. snack wk 3 is us. Eli needs new glove
LOCATION:Berl Huffman Complex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:T-ball (Mudcats)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "4f7g0h3j6k9l2z5x8c1v4b7n0m@google.com", 0, trap="personal-kids-t-ball-recurring"),

    ev("dentist", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260107T150000Z
DTEND:20260107T160000Z
DTSTAMP:20251215T160000Z
UID:8c1v4b7n0m3q6w9e2r5t8y1u4i@google.com
DESCRIPTION:Your appointment with Dr. Hale at South Plains Family Dentistr
 y is confirmed. Cleaning + exam. Reply C to confirm.
LOCATION:South Plains Family Dentistry\, 82nd St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dentist - cleaning
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "8c1v4b7n0m3q6w9e2r5t8y1u4i@google.com", 0, trap="personal-dentist-utc"),

    ev("church", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.1//EN
@@TZ chicago-apple@@
BEGIN:VEVENT
UID:0D1E2F3A-4B5C-4D6E-8F9A-0B1C2D3E4F5A
DTSTAMP:20250901T120000Z
DTSTART;TZID=America/Chicago:20250907T103000
DTEND;TZID=America/Chicago:20250907T120000
RRULE:FREQ=WEEKLY;BYDAY=SU
SUMMARY:Church
LOCATION:Indiana Ave Baptist
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "0D1E2F3A-4B5C-4D6E-8F9A-0B1C2D3E4F5A", 0, trap="personal-church-weekly", eol="\n"),

    ev("oil-change", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
BEGIN:VEVENT
UID:6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D
DTSTAMP:20260108T020000Z
DTSTART:20260110T073000
DTEND:20260110T083000
SUMMARY:oil change - F150
LOCATION:Take 5\, Slide Rd
DESCRIPTION:+ rotate tires. check the TPMS light
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "6A7B8C9D-0E1F-4A2B-9C3D-4E5F6A7B8C9D", 0, trap="personal-truck-oil-change-floating", eol="\n"),

    ev("wedding", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260411
DTEND;VALUE=DATE:20260412
DTSTAMP:20251105T160000Z
UID:2u5i8o1p4a7s0d3f6g9h2j5k8l@google.com
DESCRIPTION:Travis + Kate. ceremony 4pm\, reception Gruene Hall. I'm a gro
 omsman - rehearsal dinner Fri 6pm. book hotel in New Braunfels
LOCATION:Gruene\, TX
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Travis & Kate wedding
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "2u5i8o1p4a7s0d3f6g9h2j5k8l@google.com", 0, trap="personal-friends-wedding-all-day"),

    ev("annual-review", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Annual staff evaluation – 2025 season. Please complete your se
 lf-evaluation in Workday beforehand (position group results\, recruiting
  classes\, player development/APR\, goals for 2026).
DTEND;TZID="Central Standard Time":20260128T110000
DTSTAMP:20260120T140000Z
DTSTART;TZID="Central Standard Time":20260128T103000
LOCATION:HC office
ORGANIZER;CN="Hollings, Rick":mailto:rick.hollings@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Annual Evaluation – M. Dale
UID:040000008200E00074C5B7101A82E0080000000040C5D6E7F8A9DC01000000000000000010000000A7A8
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000040C5D6E7F8A9DC01000000000000000010000000A7A8", 0,
        trap="own-annual-evaluation-current-employer"),

    ev("stay-interview", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ central-win@@
BEGIN:VEVENT
ATTENDEE;CN="Dale, Marcus";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marcus.dale@wpsu.edu
ATTENDEE;CN="Hollings, Rick";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:rick.hollings@wpsu.edu
DESCRIPTION:Marcus\, I'd like to sit down and talk about your future here –
  what it would take to keep you on staff\, title\, the 2026 pool. Confid
 ential.\n\nScott
DTEND;TZID="Central Standard Time":20251223T150000
DTSTAMP:20251219T220000Z
DTSTART;TZID="Central Standard Time":20251223T140000
LOCATION:AD suite\, Athletics Admin
ORGANIZER;CN="Danforth, Scott":mailto:scott.danforth@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:Stay interview – Coach Dale
UID:040000008200E00074C5B7101A82E0080000000050D6E7F8A9B0DC01000000000000000010000000A9AA
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000050D6E7F8A9B0DC01000000000000000010000000A9AA", 0,
        trap="stay-interview-retention-current-employer"),

    ev("player-exits", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251204T080000
DTEND;TZID=America/Chicago:20251204T120000
DTSTAMP:20251201T030000Z
UID:7o0p3a6s9d2f5g8h1j4k7l0z3x@google.com
DESCRIPTION:DL exit interviews - 15 min each. 8:00 Obi\, 8:15 Harris\, 8:3
 0 Tuimavave\, 8:45 Ruiz\, 9:00 Carter\, ... portal intentions\, grades\,
  offseason weight goals
LOCATION:DL meeting room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DL exit interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "7o0p3a6s9d2f5g8h1j4k7l0z3x@google.com", 0, trap="end-of-season-player-exit-interviews"),

    ev("signing-day", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251203
DTEND;VALUE=DATE:20251206
DTSTAMP:20251101T120000Z
UID:3x6c9v2b5n8m1q4w7e0r3t6y9u@google.com
DESCRIPTION:Early signing period. War room 6am Wed. Carter\, Pratt\, Velasq
 uez on the board. social graphics at 7.
LOCATION:War room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:EARLY SIGNING PERIOD
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""", "3x6c9v2b5n8m1q4w7e0r3t6y9u@google.com", 0, trap="signing-period-all-day-multi"),

    ev("spring-practice", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ chicago@@
BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260317T150000
DTEND;TZID=America/Chicago:20260317T180000
DTSTAMP:20260310T120000Z
ORGANIZER;CN=Kyle Perrin:mailto:kyle.perrin@wpsu.edu
UID:9e2r5t8y1u4i7o0p3a6s9d2f5g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marcus Dale;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
DESCRIPTION:Practice #4 (shells). Install: Dime pkg + sim pressures. 7-on-7
  + 9-on-7 periods. Walk-through 2:15 indoor. Film 6:30.
LOCATION:Indoor / Practice Field 2
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Spring Practice #4 – shells
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "9e2r5t8y1u4i7o0p3a6s9d2f5g@google.com", 0, trap="spring-practice-install-7-on-7"),

    ev("pro-day", r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ central-win@@
BEGIN:VEVENT
DESCRIPTION:WPSU Pro Day. Scouts from 24 NFL clubs + CFL/UFL checked in. P
 osition coaches run drills for their guys – Marcus: DL bag/hoop drills a
 fter testing. Scout lunch 12:30.
DTEND;TZID="Central Standard Time":20260325T140000
DTSTAMP:20260301T120000Z
DTSTART;TZID="Central Standard Time":20260325T080000
LOCATION:Indoor Practice Facility
ORGANIZER;CN="Perrin, Kyle":mailto:kyle.perrin@wpsu.edu
SEQUENCE:0
SUMMARY;LANGUAGE=en-US:WPSU Pro Day
UID:040000008200E00074C5B7101A82E0080000000060E7F8A9B0C1DC01000000000000000010000000ABAC
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""", "040000008200E00074C5B7101A82E0080000000060E7F8A9B0C1DC01000000000000000010000000ABAC", 0,
        trap="pro-day-nfl-scouts-evaluate-players"),

    ev("nil-meeting", r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260116T200000Z
DTEND:20260116T210000Z
DTSTAMP:20260112T160000Z
ORGANIZER;CN=Plains Pride Collective:mailto:info@plainspridecollective.com
UID:5s8d1f4g7h0j3k6l9z2x5c8v1b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRU
 E;CN=marcus.dale@wpsu.edu;X-NUM-GUESTS=0:mailto:marcus.dale@wpsu.edu
DESCRIPTION:NIL roster budget check-in: DL room allocations for 2026\, ret
 ention targets\, appearance schedule for the Lubbock car dealer deal.
LOCATION:https://meet.google.com/ppc-nilr-dlx
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NIL – DL retention / 2026 budget
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", "5s8d1f4g7h0j3k6l9z2x5c8v1b@google.com", 0, trap="nil-collective-meeting"),

    ev("parent-teacher", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
@@TZ chicago-apple@@
BEGIN:VEVENT
UID:1B2C3D4E-5F6A-4B7C-8D9E-0F1A2B3C4D5E
DTSTAMP:20260209T020000Z
DTSTART;TZID=America/Chicago:20260212T161500
DTEND;TZID=America/Chicago:20260212T164500
SUMMARY:Parent-teacher conf - twins (Ms. Alvarado)
LOCATION:Wolffarth Elementary
DESCRIPTION:both kids. Kara meeting me there
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""", "1B2C3D4E-5F6A-4B7C-8D9E-0F1A2B3C4D5E", 0, trap="personal-parent-teacher-conference", eol="\n"),
]
