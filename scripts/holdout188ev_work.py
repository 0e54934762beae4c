"""Everyday work at Tidewater Games that looks like interviewing and is not (holdout188, written blind)."""

from holdout188ev_tz import LA_GOOGLE, PST_OUTLOOK, VAN_GOOGLE

EVENTS = [
    dict(
        kind="playtest",
        uid="5ly8ck2ta0fm6bq3vd9rh1ne7o@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="external-playtest-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250125T100000
DTEND;TZID=America/Vancouver:20250125T140000
DTSTAMP:20250120T174400Z
ORGANIZER;CN=Ines Carvalho:mailto:icarvalho@tidewatergames.ca
UID:5ly8ck2ta0fm6bq3vd9rh1ne7o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=GROUP;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=driftli
 ne-leads@tidewatergames.ca;X-NUM-GUESTS=0:mailto:driftline-leads@tidewater
 games.ca
DESCRIPTION:12 external players (recruited via PlaytestCloud + local list).
  Build: DLC 0.3 RC2. Observation room has the one-way mirror feed - please
  don't talk to players during sessions. NDA at check-in.
LOCATION:VAN-2-Usability Lab
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Playtest #14 - Driftline DLC (external)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="player-interviews",
        uid="9fe2ra6tk0mc4vb8od1hs3lq7n@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="post-playtest-player-interviews-uxr",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250127T100000
DTEND;TZID=America/Vancouver:20250127T120000
DTSTAMP:20250124T003300Z
ORGANIZER;CN=Ines Carvalho:mailto:icarvalho@tidewatergames.ca
UID:9fe2ra6tk0mc4vb8od1hs3lq7n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
DESCRIPTION:Follow-up player interviews from Playtest #14 (4 x 25 min\, rem
 ote via Lookback). Semi-structured script in the UXR folder. Observers: ca
 meras off\, questions in the Slack thread only.\nhttps://app.lookback.io/o
 bserve/tw-pt14
LOCATION:Lookback
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Player interviews - PT14 follow-ups (observe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="milestone-review",
        uid=(
            "040000008200E00074C5B7101A82E0080000000077BB88CC996ADB0100000000000000001000000012ABCDEF34"
            "56789012ABCDEF34567890"
        ),
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="publisher-milestone-review-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Hartley, Graham";SENT-BY="mailto:ops-coord@halcyonpub.com":ma
 ilto:graham.hartley@halcyonpub.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Park, Seo
 -yeon":mailto:spark@tidewatergames.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski,
  Marta":mailto:mkowalski@tidewatergames.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Adebayo, Funmi":mailto:
 funmi.adebayo@halcyonpub.com
DESCRIPTION;LANGUAGE=en-US:M7 deliverables review per Schedule B of the dev
 elopment agreement: content-complete build\, cert pre-check report\, updat
 ed burn-down. Approval of M7 triggers payment. Please send the build 48h i
 n advance.\n\nMicrosoft Teams meeting: https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_M2Ex
UID:040000008200E00074C5B7101A82E0080000000077BB88CC996ADB01000000000000000
 01000000012ABCDEF3456789012ABCDEF34567890
SUMMARY;LANGUAGE=en-US:Driftline DLC - M7 Milestone Review (Halcyon / Tidew
 ater)
DTSTART;TZID=Pacific Standard Time:20250220T130000
DTEND;TZID=Pacific Standard Time:20250220T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="podcast",
        uid="riverside-rec-4e1b9c70-save-point-ep118",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="podcast-interview-about-crunch",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-4e1b9c70-save-point-ep118
DTSTAMP:20250130T200000Z
DTSTART:20250205T010000Z
DTEND:20250205T020000Z
SUMMARY:Save Point podcast - recording w/ Seo-yeon Park (crunch episode)
DESCRIPTION:Hi Seo-yeon! Thanks for coming on Save Point. We'll chat about
  crunch\, how Driftline shipped without mandatory overtime\, and what produ
 cers can actually change. ~50 min interview + 10 min tech check. Headphone
 s please!\n\nJoin the studio: https://riverside.fm/studio/save-point?t=ab1
 2cd\n\n- Leo & Amara
ORGANIZER;CN=Leo Marsh:mailto:leo@savepointpod.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:spark@tidewatergames.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="talk-rehearsal",
        uid="2ob7he0vk4ra8tc1md6qf3ln9w@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="gdc-talk-dry-run",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250311T160000
DTEND;TZID=America/Vancouver:20250311T170000
DTSTAMP:20250306T190000Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:2ob7he0vk4ra8tc1md6qf3ln9w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marta
  Kowalski;X-NUM-GUESTS=0:mailto:mkowalski@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess A
 lbright;X-NUM-GUESTS=0:mailto:jalbright@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
DESCRIPTION:Full run of my GDC talk with timer (30 min + fake Q&A). Be brut
 al on the slides with the overtime data - PR (Jess) needs to sign off on t
 hose.
LOCATION:VAN-4-Lighthouse (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:GDC dry run - "Shipping Without Crunch"
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gdc-session",
        uid="gdc25-session-1022871@schedule.gdconf.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="conference-speaker-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Informa//GDC Schedule Builder//EN
VERSION:2.0
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:gdc25-session-1022871@schedule.gdconf.com
DTSTAMP:20250301T000000Z
DTSTART;TZID=America/Los_Angeles:20250319T140000
DTEND;TZID=America/Los_Angeles:20250319T143000
SUMMARY:Shipping Without Crunch: A Producer's Toolkit (Speaker: Seo-yeon Pa
 rk)
DESCRIPTION:Production Track. Speaker check-in at the Speaker Ready Room (M
 oscone West\, 2nd floor) 30 minutes before your session.
LOCATION:Room 2010\, West Hall\, Moscone Center
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="performance-review",
        uid="4gp0ct8ym2kd6rf1vb9ha3ns7e@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="own-annual-performance-review",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250123T150000
DTEND;TZID=America/Vancouver:20250123T160000
DTSTAMP:20250114T220000Z
ORGANIZER;CN=Marta Kowalski:mailto:mkowalski@tidewatergames.ca
UID:4gp0ct8ym2kd6rf1vb9ha3ns7e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
DESCRIPTION:2024 year-end review. Please finish your self-assessment in Lat
 tice by Tuesday. We'll cover ratings\, the lead producer promo case and 20
 25 goals.
LOCATION:Marta's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Seo-yeon / Marta - 2024 performance conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="stay-interview",
        uid="8mv3qa1te5kc9hd0rb6ol2sf4x@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="own-stay-interview-with-hr",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250304T110000
DTEND;TZID=America/Vancouver:20250304T113000
DTSTAMP:20250226T170000Z
ORGANIZER;CN=Ruby Chen:mailto:rchen@tidewatergames.ca
UID:8mv3qa1te5kc9hd0rb6ol2sf4x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
DESCRIPTION:Hi Seo-yeon - we're doing stay interviews with all leads this q
 uarter. Totally informal: what keeps you here\, what might make you leave\
 , what we could do better. Not connected to performance reviews.
LOCATION:VAN-3-Small Talk (2)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stay interview - Seo-yeon Park
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="press",
        uid="1sd5lb9ha3wk7tq0cn4re8mv2g@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="press-interview-with-pr-minder",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250403T090000
DTEND;TZID=America/Vancouver:20250403T093000
DTSTAMP:20250328T210000Z
ORGANIZER;CN=Jess Albright:mailto:jalbright@tidewatergames.ca
UID:1sd5lb9ha3wk7tq0cn4re8mv2g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Nguyen;X-NUM-GUESTS=0:mailto:tnguyen@gamespotlight.net
DESCRIPTION:Press interview for the DLC reveal - Tyler (Game Spotlight). Em
 bargo until Apr 10\, 9am PT. Talking points doc in PR drive. No dates\, no
  pricing. I'll sit in.\n\nJoin with Google Meet: https://meet.google.com/d
 bw-ucxk-ejq
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Game Spotlight interview - Driftline DLC (Seo-yeon + Jess)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="research-session",
        uid="userinterviews-session-5591283@userinterviews.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="tool-vendor-user-research-participant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//User Interviews//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:userinterviews-session-5591283@userinterviews.com
DTSTAMP:20250208T150000Z
DTSTART:20250212T230000Z
DTEND:20250213T000000Z
SUMMARY:Research Session: How game producers plan milestones (60 min)
DESCRIPTION:You're confirmed for a 1:1 research interview with the product
  team at Codecks. Incentive: $100 USD via Tremendous after the session.\n\n
 Zoom: https://us02web.zoom.us/j/87120034981\n\nNeed to reschedule? https:/
 /www.userinterviews.com/participant/sessions
ORGANIZER;CN=User Interviews:mailto:scheduling@userinterviews.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vendor-pitch",
        uid=(
            "040000008200E00074C5B7101A82E00800000000AB12CD34EF6ADB0100000000000000001000000055AA66BB77"
            "CC88DD99EE00FF11223344"
        ),
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="co-dev-vendor-pitch",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + PST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Dasgupta, Anik":mailto:anik.dasgupta@lumenoutsourcing.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=spark@tide
 watergames.ca:mailto:spark@tidewatergames.ca
DESCRIPTION;LANGUAGE=en-US:Thanks for shortlisting Lumen for the Driftline
  2 environment art co-dev. We'll present our team\, pipeline\, two case stu
 dies and a sample schedule\, then take your questions.\n\nMicrosoft Teams
  meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmRl
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF6ADB01000000000000000
 01000000055AA66BB77CC88DD99EE00FF11223344
SUMMARY;LANGUAGE=en-US:Lumen x Tidewater - co-dev capabilities presentation
DTSTART;TZID=Pacific Standard Time:20250226T090000
DTEND;TZID=Pacific Standard Time:20250226T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sprint-planning",
        uid="6kb2mf8re0tv4ha1qc9ol5ns3d@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="sprint-planning-internal",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250203T100000
DTEND;TZID=America/Vancouver:20250203T113000
DTSTAMP:20250130T180000Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:6kb2mf8re0tv4ha1qc9ol5ns3d@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=driftli
 ne-leads@tidewatergames.ca;X-NUM-GUESTS=0:mailto:driftline-leads@tidewater
 games.ca
DESCRIPTION:Sprint 42 planning. Carry-over from S41\, cert blockers first.
  Bring capacity (PTO!) numbers.
LOCATION:VAN-4-Lighthouse (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Driftline - Sprint 42 planning
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
