# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part g: negatives - the trade's look-alikes and interview-shaped non-interviews."""

EVENTS = [
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000088AA99BB00CCDB0100000000000000001000000088AA99BB00CC11DD22EE33FF44005566",
        "label": (0, "", "", "", "", "supplier-interview-vendor-qualification"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Vincent Huang:mailto:vincent.huang@huamei-gloves.cn
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lim, Grace (QA)":mailto:grace.lim@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Supplier interview as part of new vendor qualification (nitrile exam gloves\, 3 SKUs). Agenda: company overview\, capacity & lead time\, ISO 13485 / CE cert status\, HSA listing support\, pricing validity\, Incoterms (FOB Xiamen vs CIF SG). Grace to cover QMS questionnaire.\n\nMicrosoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHVhbWVp@thread.v2/0>\nMeeting ID: 412 009 883 271  Passcode: gL7q2V
UID:040000008200E00074C5B7101A82E0080000000088AA99BB00CCDB0100000000000000001000000088AA99BB00CC11DD22EE33FF44005566
SUMMARY;LANGUAGE=en-SG:Supplier Interview - Huamei Gloves (NVQ)
DTSTART;TZID=Singapore Standard Time:20250114T150000
DTEND;TZID=Singapore Standard Time:20250114T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250109T080101Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000099BB00CC11DDDB0100000000000000001000000099BB00CC11DD22EE33FF4400556677",
        "label": (0, "", "", "", "", "supplier-audit-multi-day-all-day"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Lim, Grace (QA)":mailto:grace.lim@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:On-site supplier audit - PT Medika Sarana Utama\, Batamindo Industrial Park. Day 1: opening meeting\, document review\, interviews with production & QC staff. Day 2: warehouse\, sterilisation validation records\, closing meeting. Ferry 7.40am HarbourFront. Bring passport + safety shoes.
UID:040000008200E00074C5B7101A82E0080000000099BB00CC11DDDB0100000000000000001000000099BB00CC11DD22EE33FF4400556677
SUMMARY;LANGUAGE=en-SG:Supplier Audit - PT Medika Sarana (Batam)
DTSTART;VALUE=DATE:20250211
DTEND;VALUE=DATE:20250213
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250120T051200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Batamindo Industrial Park\, Muka Kuning\, Batam
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "0pq5r8t1v3x6z9b2d4f7h0k3mn@google.com",
        "label": (0, "", "", "", "", "supplier-quarterly-business-review"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T020000Z
DTEND:20250306T033000Z
DTSTAMP:20250224T063355Z
ORGANIZER;CN=Andreas Keller:mailto:andreas.keller@aldenmark-medical.com
UID:0pq5r8t1v3x6z9b2d4f7h0k3mn@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Andreas Keller;X-NUM-GUESTS=0:mailto:andreas.keller@aldenmark-medical.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=daniel.tan@meridianmedsupply.com.sg;X-NUM-GUESTS=0:mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION:Q1 QBR Aldenmark x Meridian\n- FY24 volume vs commitment (infusion sets)\n- backorders Jan-Feb + recovery plan\n- 2025 price adjustment proposal (+4.5%)\n- rebate tiers / consignment at NUH & TTSH\n\nJoin with Google Meet: https://meet.google.com/aqt-bvmk-ksd
LOCATION:Meridian MedSupply\, 2 Changi South Lane (L5 Boardroom)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aldenmark / Meridian QBR Q1-2025
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000AACC11DD22EEDB01000000000000000010000000AACC11DD22EE33FF440055667788AA",
        "label": (0, "", "", "", "", "recurring-s-and-op-with-moved-occurrence"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Wong, Jessica (Demand Planning)":mailto:jessica.wong@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Rajan, Suresh":mailto:suresh.rajan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Weekly S&OP - demand review\, supply constraints\, SLOB\, expiry risk (<6 mths)\, hospital tender pipeline.
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=SU
UID:040000008200E00074C5B7101A82E00800000000AACC11DD22EEDB01000000000000000010000000AACC11DD22EE33FF440055667788AA
SUMMARY;LANGUAGE=en-SG:Weekly S&OP (SG/MY)
DTSTART;TZID=Singapore Standard Time:20250106T093000
DTEND;TZID=Singapore Standard Time:20250106T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250102T020022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Wong, Jessica (Demand Planning)":mailto:jessica.wong@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
RECURRENCE-ID;TZID=Singapore Standard Time:20250203T093000
UID:040000008200E00074C5B7101A82E00800000000AACC11DD22EEDB01000000000000000010000000AACC11DD22EE33FF440055667788AA
SUMMARY;LANGUAGE=en-SG:Weekly S&OP (SG/MY) - moved\, post-CNY
DTSTART;TZID=Singapore Standard Time:20250204T140000
DTEND;TZID=Singapore Standard Time:20250204T150000
DTSTAMP:20250130T010000Z
SEQUENCE:1
LOCATION;LANGUAGE=en-SG:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000BBDD22EE33FFDB01000000000000000010000000BBDD22EE33FF4400556677889900BB",
        "label": (0, "", "", "", "", "tender-clarification-interviews-with-bidders"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Koh, Kenneth (CFO)":mailto:kenneth.koh@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lim, Grace (QA)":mailto:grace.lim@meridianmedsupply.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="MMS-L5-Boardroom":mailto:mms-l5-boardroom@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:RFP MMS/2025/011 - 3PL cold chain (2-8C) SG & JB\nShortlisted bidder clarification interviews - 45 min each\, fixed question set\, evaluation panel scores on the TEC sheet:\n 9.00 ColdLink Logistics\n10.00 Sino-Pacific Cold Chain\n11.00 YCH Healthcare\nNo commercial discussion in the room. Panel to sign conflict of interest declaration first.
UID:040000008200E00074C5B7101A82E00800000000BBDD22EE33FFDB01000000000000000010000000BBDD22EE33FF4400556677889900BB
SUMMARY;LANGUAGE=en-SG:TEC - bidder interviews (3PL cold chain RFP)
DTSTART;TZID=Singapore Standard Time:20250226T090000
DTEND;TZID=Singapore Standard Time:20250226T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T044001Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L5-Boardroom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "3hs8n2v0c6q1k9m4t7r5a0f2lb@google.com",
        "label": (0, "", "", "", "", "mock-interview-with-executive-coach"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250224T120000Z
DTEND:20250224T133000Z
DTSTAMP:20250220T091200Z
ORGANIZER;CN=Serene Lau:mailto:serene@pivotcareercoaching.sg
UID:3hs8n2v0c6q1k9m4t7r5a0f2lb@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Serene Lau;X-NUM-GUESTS=0:mailto:serene@pivotcareercoaching.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Session 3 of 4 - full mock panel interview for your Halvorsen final. I'll play the CFO and a hostile VP Ops. We'll record and review together. Have your 3 STAR stories + 30/60/90 ready.\n\nJoin with Google Meet: https://meet.google.com/pcm-xnqv-rwt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview (panel) - Daniel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom",
        "uid": "ZOOMWEB94411230017-20250213T110000Z@zoom.us",
        "label": (0, "", "", "", "", "webinar-about-executive-interviews"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250205T032211Z
DTSTART:20250213T110000Z
DTEND:20250213T123000Z
SUMMARY:CIPS Singapore Branch Webinar: Landing Your Next Procurement Leadership Role - Interviews\, Assessment Centres & Negotiating Your Offer
UID:ZOOMWEB94411230017-20250213T110000Z@zoom.us
DESCRIPTION:Hi Daniel Tan\,\n\nThank you for registering for "CIPS Singapore Branch Webinar: Landing Your Next Procurement Leadership Role". Panellists from Korn-style search firms and two CPOs will share what they look for at final-round interviews.\n\nPlease submit any questions to: sgbranch@cips.org\n\nDate Time: Feb 13\, 2025 07:00 PM Singapore\n\nJoin from PC\, Mac\, iPad\, or Android: https://cips.zoom.us/w/94411230017?tk=Xb8k\nWebinar ID: 944 1123 0017\n\nYou can cancel your registration at any time.
LOCATION:https://cips.zoom.us/w/94411230017
ORGANIZER;CN=CIPS Singapore Branch:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000CCEE33FF4400DB01000000000000000010000000CCEE33FF44005566778899AABBCC",
        "label": (0, "", "", "", "", "press-interview-business-newspaper"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Ng, Sharmaine (Corp Comms)":mailto:sharmaine.ng@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Joyce Lim (The Business Times):mailto:joycelim@sph.com.sg
DESCRIPTION;LANGUAGE=en-SG:Media interview - The Business Times feature on medical supply chains after the Red Sea disruptions. Joyce will ask about freight costs\, buffer stock and nearshoring to Malaysia/Vietnam. Key messages doc in the Corp Comms folder - please stick to it and avoid naming suppliers. Photographer may come along.
UID:040000008200E00074C5B7101A82E00800000000CCEE33FF4400DB01000000000000000010000000CCEE33FF44005566778899AABBCC
SUMMARY;LANGUAGE=en-SG:Media interview - BT (Joyce Lim) - Daniel
DTSTART;TZID=Singapore Standard Time:20250120T150000
DTEND;TZID=Singapore Standard Time:20250120T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250114T071500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MMS-L5-Boardroom
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "5jt0b4x8k1p3r6v9c2m7q0h5zd@google.com",
        "label": (0, "", "", "", "", "podcast-guest-recording"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250227T110000Z
DTEND:20250227T120000Z
DTSTAMP:20250214T102233Z
ORGANIZER;CN=Arjun Das:mailto:arjun@procurementpulse.asia
UID:5jt0b4x8k1p3r6v9c2m7q0h5zd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION:Procurement Pulse Asia - Ep. 58 guest interview\nTopic: "Buying for hospitals: what medtech distributors know that manufacturers don't"\nRecording on Riverside: https://riverside.fm/studio/procurement-pulse\nPlease use headphones + a wired connection. ~40 min recording\, 15 min buffer.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast recording - Procurement Pulse (guest: Daniel Tan)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly",
        "uid": "b17e0c42-58d9-4f3a-9e61-0d2c8a4f7b15@calendly.com",
        "fold": False,
        "label": (0, "", "", "", "", "user-research-interview-paid-participant"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:b17e0c42-58d9-4f3a-9e61-0d2c8a4f7b15@calendly.com
DTSTAMP:20250129T023300Z
DTSTART:20250204T070000Z
DTEND:20250204T074500Z
SUMMARY:Daniel Tan and Hazel Wong
DESCRIPTION:Event Name: Research interview - procurement leaders APAC (45 min)\n\nThanks for agreeing to take part in our user research on supplier risk tools. This is not a sales call. You will receive a USD 100 gift card as a thank-you.\n\nLocation: Zoom (link sent separately)\n\nPowered by Calendly.com
ORGANIZER;CN=Hazel Wong:mailto:hazel.wong@supplyrisk.ai
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed",
        "uid": "9A0B1C2D-3E4F-4051-8263-748596A7B8C9",
        "fold": False,
        "label": (0, "", "", "", "", "government-household-survey-interview-at-home"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:9A0B1C2D-3E4F-4051-8263-748596A7B8C9
DTSTAMP:20250208T041200Z
DTSTART;TZID=Asia/Singapore:20250215T100000
DTEND;TZID=Asia/Singapore:20250215T110000
SUMMARY:SingStat survey interviewer coming (Household Expenditure Survey)
LOCATION:home
DESCRIPTION:Mdm Rosli from DOS\, staff card no. on letter. pls keep utility bills + NETS receipts ready. Mei to be home also
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000DDFF44005511DB01000000000000000010000000DDFF4400551166778899AABBCCDDEE",
        "label": (0, "", "", "", "", "own-year-end-performance-appraisal"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lau, Michael (MD)":mailto:michael.lau@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:FY2024 performance review - KPIs (savings 4.1% vs 5% target\, OTIF\, supplier consolidation)\, 360 feedback\, development plan & FY25 goals. Please complete your self-assessment in SuccessFactors PM before the session.
UID:040000008200E00074C5B7101A82E00800000000DDFF44005511DB01000000000000000010000000DDFF4400551166778899AABBCCDDEE
SUMMARY;LANGUAGE=en-SG:FY24 Performance Review - Daniel Tan
DTSTART;TZID=Singapore Standard Time:20250116T160000
DTEND;TZID=Singapore Standard Time:20250116T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250106T030000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:MD's office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000EE005511662DB01000000000000000010000000EE00551166227788990AABBCCDDEEFF",
        "label": (0, "", "", "", "", "own-stay-interview-with-hr-at-current-employer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Seah, Wendy (HR Director)":mailto:wendy.seah@meridianmedsupply.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Daniel":mailto:daniel.tan@meridianmedsupply.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\, as part of our retention programme for key talent we are doing stay interviews with all heads of function this quarter. Informal chat - what keeps you at Meridian\, what might make you leave\, what we can do better. Strictly confidential. Wendy
UID:040000008200E00074C5B7101A82E00800000000EE005511662DB01000000000000000010000000EE00551166227788990AABBCCDDEEFF
SUMMARY;LANGUAGE=en-SG:Stay interview - Daniel
DTSTART;TZID=Singapore Standard Time:20250310T110000
DTEND;TZID=Singapore Standard Time:20250310T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250303T011100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:HR room L2
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "iphone",
        "uid": "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
        "fold": False,
        "label": (0, "", "", "", "", "informational-kopi-with-industry-contact"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
DTSTAMP:20250115T122200Z
DTSTART:20250118T093000
DTEND:20250118T103000
SUMMARY:kopi w Benjamin Goh (ex-Medtronic\, now Zuellig)
LOCATION:Tiong Bahru Bakery
DESCRIPTION:pick his brain re which MNCs building APAC procurement hubs this yr + how he moved to director. not a job thing - he's not hiring. bring business card
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "8ka3m0q6t9w2c5f8h1j4n7r0vx@google.com",
        "label": (0, "", "", "", "", "careers-fair-visit-as-job-seeker"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART:20250308T020000Z
DTEND:20250308T060000Z
DTSTAMP:20250301T101010Z
UID:8ka3m0q6t9w2c5f8h1j4n7r0vx@google.com
DESCRIPTION:Workforce Singapore - Careers Connect PMET Career Fair. 40+ employers incl healthcare & logistics. On-the-spot interviews with some employers (bring 10 CVs). Register QR at entrance.
LOCATION:Suntec Singapore Convention Centre\, Hall 401-402
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PMET Career Fair @ Suntec
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000FF11662277DB0100000000000000001000000000FF1166227733889900AABBCCDDEEFF01",
        "label": (0, "", "", "", "", "reference-check-call-user-is-referee"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Yap, Denise":mailto:denise.yap@hays.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nThank you for agreeing to be a referee for Jasmine Koh\, who reported to you at Meridian MedSupply (2019-2023). The call takes around 15 minutes and covers her role\, strengths\, areas for development and whether you would rehire her. I will call you on your mobile.\n\nKind regards\,\nDenise Yap\nHays Singapore
UID:040000008200E00074C5B7101A82E00800000000FF11662277DB0100000000000000001000000000FF1166227733889900AABBCCDDEEFF01
SUMMARY;LANGUAGE=en-SG:Reference check - Jasmine Koh (Hays)
DTSTART;TZID=Singapore Standard Time:20250219T124500
DTEND;TZID=Singapore Standard Time:20250219T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T064501Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:Phone
END:VEVENT
END:VCALENDAR
""",
    },
]
