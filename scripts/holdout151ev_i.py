"""holdout151 events, part i: interview look-alikes in Samuel's calendar (written blind)."""

from holdout151ev_tz import GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "mock-coach",
        "zoom-mtg-81732045516-coach@zoom.us",
        r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20261019T201500Z
DTSTART:20261024T083000Z
DTEND:20261024T100000Z
SUMMARY:Mock final interview - Network Rail (Route Director) - Samuel
UID:zoom-mtg-81732045516-coach@zoom.us
DESCRIPTION:Helen Ashdown is inviting you to a scheduled Zoom meeting.\n\nS
 amuel - we'll run it as Jonathan Marsh would: 45 mins in role\, then 30 m
 ins feedback on your STAR answers and the leadership stories. Session 4 o
 f your 6-session package.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/
 j/81732045516?pwd=Q2h3ZmR0\nMeeting ID: 817 3204 5516\nPasscode: 284611
LOCATION:https://us06web.zoom.us/j/81732045516?pwd=Q2h3ZmR0
ORGANIZER;CN=Helen Ashdown:mailto:helen@ashdowncareercoaching.co.uk
END:VEVENT
END:VCALENDAR
""",
        trap="mock-interview-with-paid-coach-names-real-employer",
    ),
    E(
        "webinar",
        "on24-event-4417720-registrant-99120388@on24.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-event-4417720-registrant-99120388@on24.com
DTSTAMP:20260909T110000Z
DTSTART:20260917T120000Z
DTEND:20260917T130000Z
SUMMARY:ICE Learning webinar: Competency-based interviews for senior engine
 ers - what panels really look for
DESCRIPTION:Thank you for registering. Speakers: a panel of hiring director
 s from client and contractor organisations will share how they structure
  interviews and score answers. Join: https://event.on24.com/wcc/r/4417720
 /A1B2C3D4\n\nCPD: 1 hour
LOCATION:Online
ORGANIZER;CN=ICE Learning:mailto:events@ice.org.uk
END:VEVENT
END:VCALENDAR
""",
        trap="webinar-about-interviewing",
    ),
    E(
        "careers-fair",
        "eventbrite-ticket-1029384756-4481@eventbrite.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-ticket-1029384756-4481@eventbrite.com
DTSTAMP:20260920T183000Z
DTSTART:20261008T090000Z
DTEND:20261008T160000Z
SUMMARY:Infrastructure Careers Expo 2026 - Visitor
LOCATION:ExCeL London\, Royal Victoria Dock\, 1 Western Gateway\, London E1
 6 1XL
DESCRIPTION:Your ticket for Infrastructure Careers Expo 2026. Meet 80+ empl
 oyers incl. Network Rail\, HS2\, Tideway and Tier 1 contractors\, CV clin
 ics and on-the-spot chats with recruiters. Order #1029384756.
ORGANIZER;CN=Infrastructure Careers Expo:mailto:noreply@order.eventbrite.co
 m
END:VEVENT
END:VCALENDAR
""",
        trap="careers-fair-visitor-ticket-names-employers",
    ),
    E(
        "press-interview",
        "040000008200E00074C5B7101A82E0080000000056E7F8A9B0C1DC0100000000000000001000000012121212343434345656565678787878",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Kaur, Simran":mailto:simran.kaur@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jess Lomax:mai
 lto:jess.lomax@newcivilengineer.com
DESCRIPTION;LANGUAGE=en-GB:Samuel - NCE want 20 mins on the A13 Lodge Aven
 ue flyover demolition weekend for their 'Project focus' piece. Key messag
 es attached. Please don't comment on programme or cost. I'll be on the ca
 ll.\n\nSimran (Comms)\n
UID:040000008200E00074C5B7101A82E0080000000056E7F8A9B0C1DC010000000000000000
 1000000012121212343434345656565678787878
SUMMARY;LANGUAGE=en-GB:Media interview - New Civil Engineer - A13 flyover
DTSTART;TZID=GMT Standard Time:20261002T113000
DTEND;TZID=GMT Standard Time:20261002T115000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260929T103000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
        trap="press-interview-trade-magazine",
    ),
    E(
        "podcast",
        "riverside-rec-8f2a11c4@riverside.fm",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Riverside//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-8f2a11c4@riverside.fm
DTSTAMP:20261014T160000Z
DTSTART:20261029T190000Z
DTEND:20261029T200000Z
SUMMARY:Recording: The Kerb Line podcast - guest Samuel Mensah
LOCATION:https://riverside.fm/studio/the-kerb-line?t=8f2a11c4
DESCRIPTION:Hi Samuel\, thanks for coming on! We'll chat about your path fr
 om site engineer in Kumasi to PM on London's roads\, and your advice for
  young engineers. Use headphones\, Chrome\, quiet room. Episode out in Dec.
 \n\nMarcus & Leanne
ORGANIZER;CN=The Kerb Line:mailto:hello@thekerbline.co.uk
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
END:VEVENT
END:VCALENDAR
""",
        trap="podcast-guest-recording",
    ),
    E(
        "research-interview",
        "3fq8n1w6c2m9k5v0rb7xt4hp1@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260929T140000Z
DTEND:20260929T150000Z
DTSTAMP:20260921T111111Z
ORGANIZER;CN=Tomasz Zielinski:mailto:t.zielinski@ucl.ac.uk
UID:3fq8n1w6c2m9k5v0rb7xt4hp1@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=samuel.mensah@kingsbridge-civils.co.uk;X-NUM-GUESTS=0:mailto:samue
 l.mensah@kingsbridge-civils.co.uk
DESCRIPTION:Dear Samuel\, thank you for agreeing to take part in our resear
 ch on digital twin adoption by highways contractors. The semi-structured
  interview will last up to 60 minutes and will be recorded (consent form a
 ttached). UCL ethics ref 24731/002.\n\nJoin Teams: https://teams.microsof
 t.com/l/meetup-join/19%3ameeting_dWNs%40thread.v2/0
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UCL research interview - digital twins in highways (S. Mensah)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="academic-research-interview-participant",
    ),
    E(
        "survey-interview",
        "ipsos-appt-ICE-SOTN-2026-0188@ipsos.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ipsos//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:ipsos-appt-ICE-SOTN-2026-0188@ipsos.com
DTSTAMP:20261102T093000Z
DTSTART:20261110T124500Z
DTEND:20261110T131500Z
SUMMARY:Telephone interview - ICE State of the Nation member survey (Ipsos)
DESCRIPTION:Thank you for agreeing to a follow-up telephone interview for t
 he ICE State of the Nation 2026 study on infrastructure skills. An Ipsos
  interviewer will call you on 07700 914662. All answers are confidential.
ORGANIZER;CN=Ipsos UK:mailto:ice-research@ipsos.com
END:VEVENT
END:VCALENDAR
""",
        trap="survey-telephone-interview",
    ),
    E(
        "appraisal",
        "040000008200E00074C5B7101A82E0080000000067F8A9B0C1D2DC010000000000000000100000009A9A9A9ABCBCBCBCDEDEDEDEF0F0F0F0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Holt, Simon":mailto:simon.holt@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Sam - your annual review. Please complete the se
 lf-assessment in Cascade beforehand. We'll cover objectives\, the A13 out
 turn\, your development plan and next year.\n\nSimon\n
UID:040000008200E00074C5B7101A82E0080000000067F8A9B0C1D2DC010000000000000000
 100000009A9A9A9ABCBCBCBCDEDEDEDEF0F0F0F0
SUMMARY;LANGUAGE=en-GB:Annual Review 2026 - Samuel Mensah / Simon Holt
DTSTART;TZID=GMT Standard Time:20261013T160000
DTEND;TZID=GMT Standard Time:20261013T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260930T080800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:KC-Dartford-Meeting Room 2 (4)
END:VEVENT
END:VCALENDAR
""",
        trap="own-annual-review-current-employer",
    ),
    E(
        "exit-interview",
        "040000008200E00074C5B7101A82E0080000000078A9B0C1D2E3DC0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Dunne, Clare":mailto:clare.dunne@kingsbridge-civils.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mensah, S
 amuel":mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\, as part of your leaving process I'd
  like to hold a confidential exit interview. It's about 30 mins and your
  feedback is anonymised in our reporting. We can also run through final p
 ay\, car return and your company phone.\n\nClare Dunne\nHR Business Partn
 er\n
UID:040000008200E00074C5B7101A82E0080000000078A9B0C1D2E3DC010000000000000000
 1000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=en-GB:Exit Interview - Samuel Mensah
DTSTART;TZID=GMT Standard Time:20270115T140000
DTEND;TZID=GMT Standard Time:20270115T143000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20261123T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
END:VEVENT
END:VCALENDAR
""",
        trap="own-exit-interview-current-employer",
    ),
    E(
        "coffee-info",
        "8c1m4x7q0v2n5k9pt3wb6hs8d@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260918T080000
DTEND;TZID=Europe/London:20260918T084500
DTSTAMP:20260914T190000Z
ORGANIZER;CN=Samuel Mensah:mailto:sam.mensah.ce@btinternet.com
UID:8c1m4x7q0v2n5k9pt3wb6hs8d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priti Shah;X-NUM-GUESTS=0:mailto:priti.shah@networkrail.co.uk
DESCRIPTION:Pick Priti's brains - how she made the jump from Costain to cli
 ent side at NR\, what sponsors actually do all day\, is CP7 funding solid?
  My shout.
LOCATION:Pret\, Kings Cross station
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Priti
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="informational-coffee-with-contact-at-target-employer",
    ),
    E(
        "reference-call",
        "040000008200E00074C5B7101A82E0080000000089B0C1D2E3F4DC010000000000000000100000002468ACE013579BDF2468ACE013579BDF",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Greene, Abigail":mailto:abigail.greene@hs2.org.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=samuel.men
 sah@kingsbridge-civils.co.uk:mailto:samuel.mensah@kingsbridge-civils.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Samuel\, thank you for agreeing to provide
  a reference for Jamie Clarke\, who has been offered the role of Senior E
 ngineer with HS2 Ltd. The call will take around 15 minutes and covers his
  dates of employment\, responsibilities and conduct while he reported to y
 ou.\n\nAbigail Greene\nPre-Employment Screening\, HS2 Ltd\n
UID:040000008200E00074C5B7101A82E0080000000089B0C1D2E3F4DC010000000000000000
 100000002468ACE013579BDF2468ACE013579BDF
SUMMARY;LANGUAGE=en-GB:Reference - Jamie Clarke
DTSTART;TZID=GMT Standard Time:20261020T090000
DTEND;TZID=GMT Standard Time:20261020T091500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261015T140000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
        trap="reference-call-user-is-referee-at-target-employer",
    ),
]
