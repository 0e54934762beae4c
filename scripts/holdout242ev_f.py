"""holdout242 events, part F: more Canterbury and Tasmanian farms, agri-businesses, agritech."""

EVENTS = [
    {
        "kind": "teamtailor-video",
        "uid": "teamtailor-interview-0c5e8b21-7a4d-4f93-8e16-d2a9b7c3f450",
        "interview": 1,
        "company": "Selwyn Dairy Partners",
        "role": "Farm Manager – Darfield",
        "stage": "hiring_manager",
        "who": "olivia@selwyndairy.co.nz",
        "trap": "teamtailor-video-interview-farm-lp",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-0c5e8b21-7a4d-4f93-8e16-d2a9b7c3f450
DTSTAMP:20250107T020400Z
DTSTART:20250113T003000Z
DTEND:20250113T013000Z
SUMMARY:Interview with Selwyn Dairy Partners – Farm Manager – Darfield
DESCRIPTION:Hi Liam!\n\nYou have been booked for a video interview with Oli
 via Rennie (Operations Manager).\n\nJoin the meeting: https://meet.teamtai
 lor.com/selwyndairy/ab12-cd34\n\nSee you there!\nSelwyn Dairy Partners
ORGANIZER;CN=Selwyn Dairy Partners:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Olivia Rennie;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:oli
 via@selwyndairy.co.nz
LOCATION:Teamtailor video meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-phone",
        "uid": "wkbl-41e0a9c2-6d3b-4c8f-b2e7-90f1a3c5d7e9@workable.com",
        "interview": 1,
        "company": "Waihao Farming",
        "role": "Dairy Farm Manager (Waimate)",
        "stage": "",
        "who": "andy@waihaofarming.co.nz",
        "trap": "workable-phone-call-no-stage",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:wkbl-41e0a9c2-6d3b-4c8f-b2e7-90f1a3c5d7e9@workable.com
DTSTAMP:20241209T220015Z
DTSTART:20241211T070000Z
DTEND:20241211T073000Z
SUMMARY:Phone call: Liam Te Huia for Dairy Farm Manager (Waimate)
DESCRIPTION:Andy McCaw (Owner) will call Liam Te Huia on +64274481902.\n\nW
 aihao Farming Ltd via Workable
LOCATION:Phone call
ORGANIZER;CN=Andy McCaw:mailto:andy@waihaofarming.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Andy McCaw;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:andy@w
 aihaofarming.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "farm-interview",
        "uid": "3C2B1A09-F8E7-46D5-C4B3-A29180706F5E",
        "interview": 1,
        "company": "Kaikōura Coast Dairies",
        "role": "",
        "stage": "onsite",
        "who": "Shane Tipene",
        "trap": "desktop-typed-interview-at-farm-abbreviated",
        "eol": "lf",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 14.5//EN
CALSCALE:GREGORIAN
@TZ_NZ_APPLE@
BEGIN:VEVENT
CREATED:20241120T083314Z
DTSTAMP:20241120T083340Z
DTSTART;TZID=Pacific/Auckland:20241128T110000
DTEND;TZID=Pacific/Auckland:20241128T130000
SUMMARY:KCD interview @ farm (Shane T)
LOCATION:Inland Road\, Kaikōura
DESCRIPTION:Kaikoura Coast Dairies - mgr job 650 cows. Shane Tipene (ops)
  interviewing. Drive down Wed\, stay w cuz in Kaikōura. Bring CV printout
 + refs.
SEQUENCE:0
UID:3C2B1A09-F8E7-46D5-C4B3-A29180706F5E
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "tas-phone",
        "uid": "7h6g5f4d3s2a1q0w9e8r7t6y5u@google.com",
        "interview": 1,
        "company": "Ringarooma Dairy Co",
        "role": "Farm Manager",
        "stage": "recruiter_screen",
        "who": "kylie@ringaroomadairy.com.au",
        "trap": "google-x-wr-timezone-hobart-export",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Liam job hunt
X-WR-TIMEZONE:Australia/Hobart
@TZ_HOBART@
BEGIN:VEVENT
DTSTART;TZID=Australia/Hobart:20250407T090000
DTEND;TZID=Australia/Hobart:20250407T093000
DTSTAMP:20250501T082211Z
UID:7h6g5f4d3s2a1q0w9e8r7t6y5u@google.com
CREATED:20250402T071103Z
DESCRIPTION:Kylie (office/HR\, Ringarooma Dairy Co) phoning re Farm Manage
 r ad on Seek. 9am their time = 11am NZ.
LAST-MODIFIED:20250402T071103Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ringarooma Dairy – phone screen w Kylie
TRANSP:OPAQUE
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=kylie
 @ringaroomadairy.com.au;X-NUM-GUESTS=0:mailto:kylie@ringaroomadairy.com.a
 u
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "second-round",
        "uid": "8j7h6g5f4d3s2a1q0w9e8r7t6y@google.com",
        "interview": 1,
        "company": "Ringarooma Dairy Co",
        "role": "Farm Manager",
        "stage": "hiring_manager",
        "who": "brett@ringaroomadairy.com.au;kylie@ringaroomadairy.com.au",
        "trap": "second-round-owner-meet-link-hobart",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_HOBART@
BEGIN:VEVENT
DTSTART;TZID=Australia/Hobart:20250415T190000
DTEND;TZID=Australia/Hobart:20250415T200000
DTSTAMP:20250409T230002Z
ORGANIZER;CN=Brett Dazeley:mailto:brett@ringaroomadairy.com.au
UID:8j7h6g5f4d3s2a1q0w9e8r7t6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brett
  Dazeley;X-NUM-GUESTS=0:mailto:brett@ringaroomadairy.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Kylie
  Dazeley;X-NUM-GUESTS=0:mailto:kylie@ringaroomadairy.com.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=liam.tehuia.farm@xtra.co.nz;X-NUM-GUESTS=0:mailto:liam.tehuia.farm
 @xtra.co.nz
DESCRIPTION:Liam\, Kylie said the phone chat went well. 2nd round with me a
 nd Kylie after milking\, 7pm our time. Want to hear how you'd handle our s
 pring – we calve 800 in 9 weeks.\n\nBrett\n\nJoin with Google Meet: https
 ://meet.google.com/bvc-xnmq-wer
LOCATION:https://meet.google.com/bvc-xnmq-wer
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ringarooma – 2nd round – Liam Te Huia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-interview",
        "uid": "gtm-618-774-221-20250122@goto.com",
        "interview": 1,
        "company": "Rangitata Dairies",
        "role": "Farm Manager",
        "stage": "hiring_manager",
        "who": "phil.burrows@rangitatadairies.co.nz",
        "trap": "goto-meeting-interview-dial-in",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gtm-618-774-221-20250122@goto.com
DTSTAMP:20250117T035511Z
DTSTART:20250121T230000Z
DTEND:20250122T000000Z
SUMMARY:Rangitata Dairies – Farm Manager interview
DESCRIPTION:Interview for the Farm Manager role at Rangitata Dairies (Peel F
 orest Road unit). With Phil Burrows (Managing Director).\n\nPlease join my
  meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com
 /618774221\n\nYou can also dial in using your phone.\nNew Zealand: +64 9 2
 80 6302\nAccess Code: 618-774-221\n\nNew to GoTo Meeting? Get the app now
  and be ready when your first meeting starts: https://meet.goto.com/instal
 l
LOCATION:https://meet.goto.com/618774221
ORGANIZER;CN=Phil Burrows:mailto:phil.burrows@rangitatadairies.co.nz
ATTENDEE;CN=liam.tehuia.farm@xtra.co.nz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS
 -ACTION;RSVP=TRUE:mailto:liam.tehuia.farm@xtra.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goodtime-interview",
        "uid": "goodtime-evt-5b9f2c7e10a34d8e@goodtime.io",
        "interview": 1,
        "company": "Fieldmaster Nutrition",
        "role": "Regional Operations Manager – Upper North Island",
        "stage": "hiring_manager",
        "who": "greg.whyte@fieldmaster.co.nz",
        "trap": "goodtime-hiring-manager-feed-company",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-evt-5b9f2c7e10a34d8e@goodtime.io
DTSTAMP:20250407T000145Z
DTSTART:20250414T220000Z
DTEND:20250414T230000Z
SUMMARY:Fieldmaster Nutrition | Hiring Manager Interview | Liam Te Huia
DESCRIPTION:Candidate: Liam Te Huia\nPosition: Regional Operations Manager
  – Upper North Island\nInterview: Hiring Manager Interview (60 min)\nInter
 viewer: Greg Whyte\, GM Operations NZ\n\nZoom: https://fieldmaster.zoom.us
 /j/97733104582\n\nScheduled by GoodTime on behalf of Fieldmaster Nutrition
  Talent Acquisition.
LOCATION:https://fieldmaster.zoom.us/j/97733104582
ORGANIZER;CN=Fieldmaster Talent:mailto:talent@fieldmaster.co.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Greg Whyte;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:greg.w
 hyte@fieldmaster.co.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ashby-founder",
        "uid": "ashby-interview-schedule-7e41d0b2-c9a8-4f57-a3e6-1b2c3d4e5f60",
        "interview": 1,
        "company": "Milkbot",
        "role": "Farm Success Lead",
        "stage": "hiring_manager",
        "who": "sam@milkbot.nz;aaron.kumar@milkbot.nz",
        "trap": "ashby-agritech-founder-interview",
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-interview-schedule-7e41d0b2-c9a8-4f57-a3e6-1b2c3d4e5f60
DTSTAMP:20250205T193012Z
DTSTART:20250210T010000Z
DTEND:20250210T020000Z
SUMMARY:Liam Te Huia <> Milkbot: Founder Interview
DESCRIPTION:Hi Liam\,\n\nYou're scheduled for a Founder Interview for the
  Farm Success Lead role at Milkbot.\n\nInterviewers:\n- Sam Whitcombe (Co-
 founder & CEO)\n- Aaron Kumar (Co-founder & CTO)\n\nGoogle Meet: https://m
 eet.google.com/ofw-zrtp-hyk\n\nWe'd love you to bring a story of a time t
 ech on a farm went badly\, and why.\n\nPowered by Ashby
LOCATION:https://meet.google.com/ofw-zrtp-hyk
ORGANIZER;CN=Milkbot Recruiting:mailto:recruiting@milkbot.nz
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Sam Whitcombe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sam
 @milkbot.nz
ATTENDEE;CN=Aaron Kumar;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:aaron
 .kumar@milkbot.nz
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB01"
            "0000000000000000100000001F2E3D4C5B6A79880716253443526170"
        ),
        "interview": 1,
        "company": "Southern Cross Agri Finance",
        "role": "Dairy Farm Performance Manager (NZ)",
        "stage": "",
        "who": "l.fitzgerald@scagri.com.au",
        "trap": "webex-outlook-aus-eastern-zone-no-stage",
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Fitzgerald, Leanne":mailto:l.fitzgerald@scagri.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=liam.tehui
 a.farm@xtra.co.nz:mailto:liam.tehuia.farm@xtra.co.nz
DESCRIPTION;LANGUAGE=en-AU:Hi Liam\, as per our emails – discussion re the
  Dairy Farm Performance Manager (NZ) role. I'm based in Sydney.\n\n-- Do
  not delete or change any of the following text. --\n\nJoin Webex meeting
 \nhttps://scagri.webex.com/scagri/j.php?MTID=m7d1c0a9b8e\nMeeting number
 (access code): 2651 441 0098\nMeeting password: Farm2025\n\nJoin by phone
 \n+61-2-9338-2221 Australia Toll\n
UID:040000008200E00074C5B7101A82E00800000000F9E8D7C6B5A4DB010000000000000000
 100000001F2E3D4C5B6A79880716253443526170
SUMMARY;LANGUAGE=en-AU:Discussion – Dairy Farm Performance Manager (NZ)
DTSTART;TZID=AUS Eastern Standard Time:20250513T080000
DTEND;TZID=AUS Eastern Standard Time:20250513T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250506T220109Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Webex
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-screen",
        "uid": "icims-2288-screen-20250225@verdant.icims.com",
        "interview": 1,
        "company": "Verdant Animal Health",
        "role": "Livestock Operations Manager",
        "stage": "recruiter_screen",
        "who": "priya.nair@verdantah.com",
        "trap": "icims-recruiter-screen-animal-health",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-2288-screen-20250225@verdant.icims.com
DTSTAMP:20250225T031100Z
DTSTART:20250227T210000Z
DTEND:20250227T213000Z
SUMMARY:Recruiter Screen – Livestock Operations Manager (2288) – Te Huia\,
  Liam
DESCRIPTION:Priya Nair (Talent Acquisition\, APAC) will call you.\nReq: 22
 88 Livestock Operations Manager – Hamilton\, NZ\n\nVerdant Animal Health T
 alent Acquisition
LOCATION:Phone
ORGANIZER;CN=Verdant Talent Acquisition:mailto:ta-noreply@verdant.icims.com
ATTENDEE;CN=Te Huia\, Liam;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Priya Nair;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:priya.
 nair@verdantah.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-loop",
        "uid": "ml-loop-3e9a7c15-b0d2-4f68-91ae-6c5d4b3a2f10@modernloop.io",
        "interview": 1,
        "company": "Verdant Animal Health",
        "role": "Livestock Operations Manager",
        "stage": "onsite",
        "who": "mark.oduya@verdantah.com;claire.beaumont@verdantah.com",
        "trap": "modernloop-onsite-loop-site-tour",
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@TZ_NZ_GOOGLE@
BEGIN:VEVENT
UID:ml-loop-3e9a7c15-b0d2-4f68-91ae-6c5d4b3a2f10@modernloop.io
DTSTAMP:20250311T201544Z
DTSTART;TZID=Pacific/Auckland:20250319T090000
DTEND;TZID=Pacific/Auckland:20250319T120000
SUMMARY:Liam Te Huia – Onsite – Livestock Operations Manager
DESCRIPTION:Your onsite at the Verdant research farm\, Tauwhare Road:\n\n09
 :00–09:45 Mark Oduya\, Site Director\n09:45–10:30 Claire Beaumont\, Anima
 l Welfare & Compliance Lead\n10:30–12:00 Site tour (calf unit\, trial her
 d\, effluent system) with Mark\n\nPPE provided. Please bring photo ID for
  the biosecurity sign-in.\n\nScheduled with ModernLoop
LOCATION:Verdant Research Farm\, 640 Tauwhare Road\, Hamilton
ORGANIZER;CN=Verdant Recruiting Coordinator:mailto:coordinator@verdantah.c
 om
ATTENDEE;CN=Liam Te Huia;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TR
 UE:mailto:liam.tehuia.farm@xtra.co.nz
ATTENDEE;CN=Mark Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:mark.o
 duya@verdantah.com
ATTENDEE;CN=Claire Beaumont;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:c
 laire.beaumont@verdantah.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
