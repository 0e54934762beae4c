"""holdout195 raw events, part c: Cloudflare, Robinhood, Tessellate, Quillstack, H-E-B, Microsoft, TI."""

EVENTS = [
    {
        "kind": "recruiter-call",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250911T203000Z
DTEND:20250911T210000Z
DTSTAMP:20250905T165540Z
ORGANIZER;CN=Greenhouse Scheduler:mailto:no-reply@us.greenhouse-mail.io
UID:gh-1y8x5wq0z7c3v2b9n4m6k1j0h8@greenhouse.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tara Bo
 wen;X-NUM-GUESTS=0:mailto:tbowen@cloudflare.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ethan C
 aldwell;X-NUM-GUESTS=0:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Software Engineer\, New Grad (Austin\, TX) - Recruiter Phone Sc
 reen\n\nTara will call you at +1 (512) 555-0147. If anything changes just r
 eply to Tara directly.\n\nPowered by Greenhouse
LOCATION:Phone call - Tara will call you
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone Screen: Ethan Caldwell / Cloudflare
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("gh-1y8x5wq0z7c3v2b9n4m6k1j0h8@greenhouse.io", 1, "Cloudflare",
                    "Software Engineer, New Grad (Austin, TX)", "recruiter_screen", "tbowen@cloudflare.com",
                    "greenhouse-phone-screen-noreply-organizer")],
    },
    {
        "kind": "goodtime-onsite",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoodTime.io//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:DAYLIGHT
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:gt-evt-c41e8d02-77a9-4f13-8a5c-93b0e6d2f117
DTSTAMP:20250926T154401Z
DTSTART;TZID=America/Chicago:20251006T093000
DTEND;TZID=America/Chicago:20251006T133000
SUMMARY:Cloudflare Interview Loop - Ethan Caldwell
ORGANIZER;CN=Cloudflare Recruiting Coordinator:mailto:recruiting-coordinators@cloudflare.com
ATTENDEE;CN=Ethan Caldwell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Zane Whitmore;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:zwhitmore@cloudflare.com
ATTENDEE;CN=Olu Adebayo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oadebayo@cloudflare.com
ATTENDEE;CN=Mei Tanaka;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mtanaka@cloudflare.com
ATTENDEE;CN=Grant Pollard;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:gpollard@cloudflare.com
ATTENDEE;CN=Tara Bowen;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tbowen@cloudflare.com
ATTENDEE;CUTYPE=ROOM;CN=AUS-3-Barton Springs;ROLE=NON-PARTICIPANT:mailto:aus-3-barton-springs@resource.cloudflare.com
DESCRIPTION:Welcome to Cloudflare Austin (Domain Tower 2\, 3rd floor)! Your
  loop: Coding (Zane)\, Debugging (Olu)\, Systems / Networking fundamentals
  (Mei)\, Hiring Manager conversation (Grant). Tara will meet you in the lob
 by at 9:20.\n\n-- Scheduled with GoodTime
LOCATION:Cloudflare Austin - AUS-3-Barton Springs
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("gt-evt-c41e8d02-77a9-4f13-8a5c-93b0e6d2f117", 1, "Cloudflare", "", "onsite",
                    "zwhitmore@cloudflare.com;oadebayo@cloudflare.com;mtanaka@cloudflare.com;gpollard@cloudflare.com",
                    "goodtime-in-person-loop-recruiter-optional-room")],
    },
    {
        "kind": "cancelled-loop",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:ml_01J9ZP4H8C2Q7R0Y5W3T6M9KEF@modernloop.io
SEQUENCE:1
DTSTAMP:20251030T164012Z
DTSTART:20251105T170000Z
DTEND:20251105T200000Z
SUMMARY:Canceled: Robinhood Final Round - Ethan Caldwell (Software Engineer
 \, New Grad)
ORGANIZER;CN=Robinhood Recruiting:mailto:recruiting-scheduling@robinhood.com
ATTENDEE;CN=Ethan Caldwell:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Victor Salinas:mailto:victor.salinas@robinhood.com
ATTENDEE;CN=Ashley Gutierrez:mailto:ashley.gutierrez@robinhood.com
ATTENDEE;CN=Noor Haddad:mailto:noor.haddad@robinhood.com
ATTENDEE;CN=Peter Lindgren:mailto:peter.lindgren@robinhood.com
DESCRIPTION:This interview has been canceled. Your recruiter will follow up
  with next steps.\n\nScheduled with ModernLoop
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("ml_01J9ZP4H8C2Q7R0Y5W3T6M9KEF@modernloop.io", 1, "Robinhood", "Software Engineer, New Grad",
                    "final",
                    "victor.salinas@robinhood.com;ashley.gutierrez@robinhood.com;noor.haddad@robinhood.com;"
                    "peter.lindgren@robinhood.com",
                    "modernloop-method-cancel-final-round")],
    },
    {
        "kind": "founder-calendly",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:d7f3a2b1-40c8-4e61-9f0d-2a6b5c8e1f93@calendly.com
DTSTAMP:20251015T024411Z
DTSTART:20251018T150000Z
DTEND:20251018T160000Z
SUMMARY:Coffee ☕ - Ethan Caldwell and Priya Natarajan
ORGANIZER;CN=Priya Natarajan:mailto:priya.natarajan.sf@gmail.com
ATTENDEE;CN=Ethan Caldwell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ethan.cald
 well.dev@gmail.com
ATTENDEE;CN=Priya Natarajan;ROLE=REQ-PARTICIPANT:mailto:priya.natarajan.sf@g
 mail.com
DESCRIPTION:Event Name: Coffee ☕\n\nLocation: Houndstooth Coffee\, 401 Con
 gress Ave\, Austin\n\nPlease share anything that will help prepare for our
  meeting.: Hey Priya - Ethan from the HackTX sponsor booth. Excited to hea
 r more about the founding engineer role at Tessellate! I can bring the rep
 o from my compilers project.\n\nNeed to make changes to this event?\nCance
 l: https://calendly.com/cancellations/d7f3a2b1\nReschedule: https://calend
 ly.com/reschedulings/d7f3a2b1\n\nPowered by Calendly.com
LOCATION:Houndstooth Coffee\, 401 Congress Ave\, Austin
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("d7f3a2b1-40c8-4e61-9f0d-2a6b5c8e1f93@calendly.com", 1, "Tessellate", "founding engineer",
                    "hiring_manager", "priya.natarajan.sf@gmail.com", "founder-free-mail-coffee-about-role")],
    },
    {
        "kind": "calcom-technical",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:4xWq9bNz2mTk8hYv3rCp6s@Cal.com
DTSTAMP:20251021T004455Z
DTSTART:20251024T183000Z
DTEND:20251024T193000Z
SUMMARY:Pairing session between Quillstack and Ethan Caldwell
DESCRIPTION:What: Pairing session\nInvitee Time Zone: America/Chicago\nWho
 :\n- Dmitri Volkov - Organizer\n  dmitri@quillstack.dev\n- Ethan Caldwell\
 n  ethan.caldwell.dev@gmail.com\nWhere: Cal Video\nDescription\n60 min liv
 e coding in our actual codebase (TypeScript). Role: Software Engineer (New
  Grad).\n\nNeed to make a change? Cancel or reschedule: https://cal.com/bo
 oking/4xWq9bNz2mTk8hYv3rCp6s
LOCATION:https://app.cal.com/video/4xWq9bNz2mTk8hYv3rCp6s
ORGANIZER;CN=Dmitri Volkov:mailto:dmitri@quillstack.dev
ATTENDEE;RSVP=TRUE;PARTSTAT=ACCEPTED;CN=Ethan Caldwell:mailto:ethan.caldwel
 l.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("4xWq9bNz2mTk8hYv3rCp6s@Cal.com", 1, "Quillstack", "Software Engineer (New Grad)", "technical",
                    "dmitri@quillstack.dev", "calcom-pairing-session-no-interview-word")],
    },
    {
        "kind": "bookings",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=H-E-B Digital Campus Recruiting:mailto:HEBDigitalCampus@heb.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ethan Cald
 well:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Software E
 ngineer I (Campus) - Technical Conversation\nStaff: Ravi Subramanian\nDurat
 ion: 45 minutes\n\nJoin your appointment: Microsoft Teams meeting\n\nIf you
  need to cancel or reschedule\, use Manage booking in the confirmation ema
 il.\n\nH-E-B Digital | 3rd Street & Congress\, Austin
UID:040000008200E00074C5B7101A82E00800000000E05A31C0F8B4DC01000000000000000
 01000000034F8D6C5B0A1C24E8AE1D3B2C7F9A611
SUMMARY;LANGUAGE=en-US:Software Engineer I (Campus) - Technical Conversatio
 n with Ravi Subramanian
DTSTART;TZID=Central Standard Time:20251002T143000
DTEND;TZID=Central Standard Time:20251002T151500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250927T002201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-BOOKINGS:TRUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000E05A31C0F8B4DC0100000000000000001000000034F8D6C5B0A1C24E8A"
                    "E1D3B2C7F9A611", 1, "H-E-B", "Software Engineer I (Campus)", "technical", "Ravi Subramanian",
                    "ms-bookings-staff-name-only")],
    },
    {
        "kind": "outlook-final",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Ortiz, Camila (ZENITH TALENT)";SENT-BY="mailto:v-camortiz@mic
 rosoft.com":mailto:v-camortiz@microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ethan Cald
 well:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jiang Wei:m
 ailto:weijiang@microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca Hol
 t:mailto:rebholt@microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Samuel Addo
 :mailto:saaddo@microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia Ferra
 ri:mailto:luferrar@microsoft.com
DESCRIPTION;LANGUAGE=en-US:Hi Ethan\,\n\nPlease find below your Final Round
  schedule for Software Engineer (University Graduate) - Azure Core. Each i
 nterview is 45 min with a 15 min break; the last one is with the hiring ma
 nager (AA).\n\n10:00 Jiang Wei\n11:00 Rebecca Holt\n12:00 Samuel Addo\n1:00
  Lucia Ferrari (AA)\n\nCamila Ortiz | Recruiting Coordinator (Zenith Talent
  for Microsoft)\n________________________________________________________
 ________________________\nMicrosoft Teams Need help?\nJoin the meeting now
 \nMeeting ID: 239 552 118 044\nPasscode: vR3Xn8\n_________________________
 _______________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000004093E7A10E3ADC01000000000000000
 010000000B7E1C6B59A0D0F4CB6D0A39E12F4C801
SUMMARY;LANGUAGE=en-US:Microsoft Final Round Interviews - Ethan Caldwell
DTSTART;TZID=Pacific Standard Time:20251022T100000
DTEND;TZID=Pacific Standard Time:20251022T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251013T211906Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E008000000004093E7A10E3ADC0100000000000000001000000"
                    "0B7E1C6B59A0D0F4CB6D0A39E12F4C801", 1, "Microsoft",
                    "Software Engineer (University Graduate) - Azure Core", "final",
                    "weijiang@microsoft.com;rebholt@microsoft.com;saaddo@microsoft.com;luferrar@microsoft.com",
                    "outlook-vendor-coordinator-sent-by-final-round")],
    },
    {
        "kind": "teams-first-round",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-CALNAME:Ethan C (personal)
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART:20250930T170000Z
DTEND:20250930T174500Z
DTSTAMP:20250924T033012Z
UID:6ohj3qk9a2rmsft1stround0930@google.com
SUMMARY:MSFT 1st round (teams) 🤞
DESCRIPTION:copied from their email: "Technical Screen - Software Engineer
  (University Graduate)"\ninterviewer: Daniel Kowalski\, Azure Networking\n
 teams link in outlook invite they sent to school email
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("6ohj3qk9a2rmsft1stround0930@google.com", 1, "Microsoft", "Software Engineer (University Graduate)",
                    "technical", "Daniel Kowalski", "typed-copy-of-invite-abbrev-company")],
    },
    {
        "kind": "outlook-onsite-room",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Kaplan, Mitchell";SENT-BY="mailto:r-delgado@ti.com":mailto:m-
 kaplan@ti.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ethan.cald
 well@utexas.edu:mailto:ethan.caldwell@utexas.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sharma, Pr
 iyanka":mailto:p-sharma7@ti.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Le, Thanh"
 :mailto:thanh.le@ti.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DAL SC 2-104 (8)
 ":mailto:DALSC2-104@ti.com
DESCRIPTION;LANGUAGE=en-US:Ethan\,\n\nConfirming your on-site interview for
  Embedded Software Engineer - Graduate. Rosa will meet you at the Building
  SC lobby\, 12500 TI Blvd\, Dallas. Interviews with Mitchell\, Priyanka and
  Thanh\, lunch with the team after.\n\nRosa Delgado on behalf of Mitchell Ka
 plan\n
UID:040000008200E00074C5B7101A82E00800000000D0CC0B3F7A3ADC01000000000000000
 0100000005C17A0E9B4F2D54AA0E6C9C2B1D8E3F4
SUMMARY;LANGUAGE=en-US:TI On-site Interview - Ethan Caldwell
DTSTART;TZID=Central Standard Time:20251110T090000
DTEND;TZID=Central Standard Time:20251110T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T150044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DAL SC 2-104 (8)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000D0CC0B3F7A3ADC01000000000000000"
                    "0100000005C17A0E9B4F2D54AA0E6C9C2B1D8E3F4", 1, "Texas Instruments",
                    "Embedded Software Engineer - Graduate", "onsite",
                    "m-kaplan@ti.com;p-sharma7@ti.com;thanh.le@ti.com",
                    "outlook-sent-by-assistant-room-resource-school-mail")],
    },
]
