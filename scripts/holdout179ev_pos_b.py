"""holdout179: the user's own interviews, part B (vendors, Sydney, US, agencies, a founder)."""

from holdout179ev_tz import ev

EVENTS = [
    ev(
        "lever-screen", "lever-nimbusware-0c1e7f2a-screen", 1, "Nimbusware",
        "Detection Engineering Manager, APAC (Remote)", "recruiter_screen", "hana.sato@nimbusware.com",
        "lever-intro-call-remote-role",
        r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-nimbusware-0c1e7f2a-screen
DTSTAMP:20250219T052231Z
DTSTART:20250221T060000Z
DTEND:20250221T063000Z
SUMMARY:Intro call: Wei Jie Tan & Hana (Nimbusware)
DESCRIPTION:Hi Wei Jie\, thanks for applying to Detection Engineering Mana
 ger\, APAC (Remote). This is a 30-min intro with Hana Sato from our Talen
 t team to learn about your background and share more about the role.\n\nZ
 oom: https://nimbusware.zoom.us/j/91244077182\n\nNeed to reschedule? http
 s://hire.lever.co/interviews/reschedule/0c1e7f2a
ORGANIZER;CN=Hana Sato:mailto:hana.sato@nimbusware.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Hana Sato;PARTSTAT=ACCEPTED:mailto:hana.sato@nimbusware.com
LOCATION:https://nimbusware.zoom.us/j/91244077182
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "ashby-screen-sydney", "ashby-kestrel-5d7a-91b3-screen", 1, "Kestrel Security",
        "Security Engineering Manager", "recruiter_screen", "olivia.grant@kestrelsec.com.au",
        "ashby-sydney-zone-talent-partner-chat",
        r"""
BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@SYD@@
BEGIN:VEVENT
UID:ashby-kestrel-5d7a-91b3-screen
DTSTAMP:20250304T223015Z
DTSTART;TZID=Australia/Sydney:20250310T130000
DTEND;TZID=Australia/Sydney:20250310T133000
SUMMARY:Kestrel Security - Talent Partner Chat (Wei Jie Tan)
DESCRIPTION:Role: Security Engineering Manager (Sydney or remote APAC)\nIn
 terviewer: Olivia Grant\, Talent Partner\n\nJoin Google Meet: https://mee
 t.google.com/bcd-efgh-ijk\n\nThis interview was scheduled via Ashby. Times
  are shown in AEDT (Sydney). For you that's 10:00 AM Singapore time.
ORGANIZER;CN=Kestrel Security Recruiting:mailto:recruiting@kestrelsec.com.au
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Olivia Grant:mailto:olivia.grant@kestrelsec.com.au
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "virtual-onsite", "ashby-kestrel-5d7a-91b3-loop", 1, "Kestrel Security",
        "Security Engineering Manager", "onsite",
        "sam.whitfield@kestrelsec.com.au;priya.n@kestrelsec.com.au;ben.lowe@kestrelsec.com.au",
        "virtual-onsite-loop-aus-eastern-windows-zone",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@AUS_E@@
BEGIN:VEVENT
UID:ashby-kestrel-5d7a-91b3-loop
DTSTAMP:20250313T041800Z
DTSTART;TZID="AUS Eastern Standard Time":20250319T120000
DTEND;TZID="AUS Eastern Standard Time":20250319T153000
SUMMARY:Virtual onsite - Wei Jie Tan (SEM)
DESCRIPTION:Schedule (AEDT):\n12:00 Leadership & people mgmt - Sam Whitfie
 ld (CTO)\n13:00 Detection engineering deep-dive - Priya Natarajan\n14:00 b
 reak\n14:30 Incident response scenario - Ben Lowe\n\nSame Teams link for a
 ll sessions.\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting
 _KSTRL%40thread.v2/0\n
ORGANIZER;CN="Grant, Olivia":mailto:olivia.grant@kestrelsec.com.au
ATTENDEE;CN=weijie.tan.sec@gmail.com;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN="Whitfield, Sam":mailto:Sam.Whitfield@kestrelsec.com.au
ATTENDEE;CN="Natarajan, Priya":mailto:priya.n@kestrelsec.com.au
ATTENDEE;CN="Lowe, Ben":mailto:ben.lowe@kestrelsec.com.au
LOCATION:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "teamtailor-technical", "tt-ironbark-3391-intv-2", 1, "Ironbark Cyber",
        "Principal Threat Hunter", "technical", "nick.haddad@ironbarkcyber.com.au",
        "teamtailor-threat-hunt-practical",
        r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-ironbark-3391-intv-2
DTSTAMP:20250411T002000Z
DTSTART:20250415T230000Z
DTEND:20250416T000000Z
SUMMARY:Ironbark Cyber: Hunt exercise with Nick
DESCRIPTION:G'day Wei Jie\,\n\nNext up is a live hunt exercise with Nick H
 addad (Head of Threat Hunting). You'll get a sample of EDR telemetry and w
 ork through it together - thinking out loud is more important than findin
 g everything.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_IRNBRK%40thread.v2/0\n\nCheers\,\nIronbark Cyber Talent (s
 ent via Teamtailor)
ORGANIZER;CN=Ironbark Cyber:mailto:noreply@teamtailor-mail.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Nick Haddad:mailto:nick.haddad@ironbarkcyber.com.au
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "goodtime-panel", "goodtime-vbl-8f3e21-panel", 1, "Vantablack Labs",
        "Manager, Threat Detection Engineering", "onsite",
        "r.castillo@vantablacklabs.com;emma.liu@vantablacklabs.com;t.nguyen@vantablacklabs.com",
        "goodtime-panel-la-zone-late-night-sg",
        r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime//EN
VERSION:2.0
METHOD:REQUEST
@@LA@@
BEGIN:VEVENT
UID:goodtime-vbl-8f3e21-panel
DTSTAMP:20250401T181500Z
DTSTART;TZID=America/Los_Angeles:20250403T160000
DTEND;TZID=America/Los_Angeles:20250403T190000
SUMMARY:Vantablack Labs Interview Loop - Wei Jie Tan
DESCRIPTION:Your interview schedule (Pacific Time):\n4:00-5:00 PM Rosa Cas
 tillo - Detection strategy\n5:00-6:00 PM Emma Liu - Cross-functional colla
 boration\n6:00-7:00 PM Thanh Nguyen - Technical: detection-as-code\n\nZoom
 : https://vantablacklabs.zoom.us/j/97011223344\n\nScheduled with GoodTime
 . Coordinator: Kelsey Mart (kelsey@vantablacklabs.com)
ORGANIZER;CN=Vantablack Labs Recruiting:mailto:interviews@goodtime.io
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Rosa Castillo:mailto:r.castillo@vantablacklabs.com
ATTENDEE;CN=Emma Liu:mailto:emma.liu@vantablacklabs.com
ATTENDEE;CN=Thanh Nguyen:mailto:t.nguyen@vantablacklabs.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "cancelled-hm", "modernloop-vbl-hm-2c77d0", 1, "Vantablack Labs",
        "Manager, Threat Detection Engineering", "hiring_manager", "derek.olsen@vantablacklabs.com",
        "cancelled-interview-method-cancel",
        r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:modernloop-vbl-hm-2c77d0
DTSTAMP:20250409T201200Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART:20250411T000000Z
DTEND:20250411T004500Z
SUMMARY:Cancelled: Wei Jie Tan / Derek Olsen - Hiring Manager
DESCRIPTION:This interview has been cancelled. Derek had a conflict\; our
  coordinator will send new times shortly.\n\nRole: Manager\, Threat Detect
 ion Engineering
ORGANIZER;CN=Vantablack Labs via ModernLoop:mailto:scheduling@modernloop.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Derek Olsen:mailto:derek.olsen@vantablacklabs.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "modernloop-technical", "modernloop-palisade-a19b-tech1", 1, "Palisade Networks",
        "Staff Detection Engineer", "technical", "arjun.mehta@palisadenetworks.com",
        "modernloop-live-sigma-rule-exercise",
        r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:modernloop-palisade-a19b-tech1
DTSTAMP:20250226T190000Z
DTSTART:20250228T010000Z
DTEND:20250228T020000Z
SUMMARY:Palisade Networks | Technical Interview | Wei Jie Tan
DESCRIPTION:Interviewer: Arjun Mehta\nFocus: writing and tuning detections
  (Sigma\, YARA)\, false-positive reduction.\nGoogle Meet: https://meet.goo
 gle.com/pln-xwrq-hzd\nTime zone: Pacific (5:00 PM PST Thu)
ORGANIZER;CN=Palisade Recruiting:mailto:scheduling@modernloop.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Arjun Mehta:mailto:arjun.mehta@palisadenetworks.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "agency-client-screen", "pagewell-3f99a1c0@google.com", 1, "Sunda Energy",
        "Cyber Security Manager (OT/IT SOC)", "recruiter_screen", "melissa.chan@pagewell.com.sg",
        "agency-recruiter-screen-for-named-client",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250218T070000Z
DTEND:20250218T073000Z
DTSTAMP:20250217T081000Z
ORGANIZER;CN=Melissa Chan:mailto:melissa.chan@pagewell.com.sg
UID:pagewell-3f99a1c0@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=weijie.tan.sec@gmail.com;X-NUM-GUESTS=0:mailto:weijie.tan.sec@gmai
 l.com
DESCRIPTION:Hi Wei Jie\, as discussed on LinkedIn - quick screening call f
 or the Cyber Security Manager (OT/IT SOC) role with my client Sunda Energy
  before I submit your profile. Will cover your OT exposure\, notice period
  and expected package. I'll call you on your mobile.\n\nMelissa Chan | Seni
 or Consultant\, Technology | Pagewell Recruitment
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pagewell x Wei Jie - Sunda Energy screening
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "agency-client-in-body", "WK-BKG-2025-03-11-0931", 1, "Marina Insurance",
        "Head of Security Operations", "recruiter_screen", "jonathan.yeo@walterskane.com",
        "agency-bookings-client-named-only-in-description",
        r"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN=Walters Kane Technology Bookings:mailto:WKTechBookings@walterskane.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jonathan Yeo:mailto:Jonathan.Yeo@walterskane.com
DESCRIPTION;LANGUAGE=en-US:Booking details\nService: Candidate consultatio
 n (30 min)\nStaff: Jonathan Yeo\n\nNotes from Jonathan: We'll run through
  the Head of Security Operations brief from Marina Insurance (reporting to
  Group CISO\, team of 14\, hybrid at Raffles Place) and do a competency scre
 en before I shortlist you to them.\n\nJoin Microsoft Teams meeting: https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_WK0931%40thread.v2/0\n
UID:WK-BKG-2025-03-11-0931
SUMMARY;LANGUAGE=en-US:Candidate consultation with Jonathan Yeo
DTSTART;TZID=Singapore Standard Time:20250311T093000
DTEND;TZID=Singapore Standard Time:20250311T100000
DTSTAMP:20250307T102233Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "headhunter-call", "crestmont-2025-kp-call-01", 1, "KopiPay",
        "Deputy CISO", "recruiter_screen", "geraldine.foo@crestmontsearch.com",
        "headhunter-confidential-search-employer-in-body",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.83//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:crestmont-2025-kp-call-01
DTSTAMP:20250402T011512Z
DTSTART:20250404T040000Z
DTEND:20250404T044500Z
SUMMARY:Confidential - Deputy CISO search (call)
DESCRIPTION:Wei Jie\, thank you for taking the call. As mentioned\, the cli
 ent is KopiPay (MAS-licensed major payment institution). This is the first
  assessment conversation on my side for their Deputy CISO mandate - backg
 round\, leadership\, MAS TRM exposure and motivations. If it goes well I'l
 l present you to their CTO next week.\nPlease keep this confidential.\n\nG
 eraldine Foo\nPartner\, Crestmont Search\n+65 6221 0090
ORGANIZER;CN=Geraldine Foo:mailto:geraldine.foo@crestmontsearch.com
ATTENDEE;CN=Wei Jie Tan;RSVP=TRUE:mailto:weijie.tan.sec@gmail.com
LOCATION:Call - Geraldine will dial +65 9XXX 4471
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "founder-gmail", "1j8s5m0x3qk2b9@google.com", 1, "Sentrylake",
        "Head of Security", "hiring_manager", "kenji.watanabe.sg@gmail.com",
        "founder-on-free-mail-chat-about-head-of-security",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250416T020000Z
DTEND:20250416T030000Z
DTSTAMP:20250412T140330Z
ORGANIZER;CN=Kenji Watanabe:mailto:kenji.watanabe.sg@gmail.com
UID:1j8s5m0x3qk2b9@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kenji
  Watanabe:mailto:kenji.watanabe.sg@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
DESCRIPTION:Hey Wei Jie - Kenji here (co-founder\, Sentrylake). Thanks for
  replying. Would love to meet properly about the Head of Security role - I'
 ll walk you through what we're building and want to hear how you'd set up
  security from zero. My shout for coffee.
LOCATION:Common Man Coffee Roasters\, 22 Martin Rd\, Singapore 239058
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sentrylake x Wei Jie - Head of Security
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
