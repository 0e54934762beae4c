# ruff: noqa: E501, W291
"""holdout251 events, part C: the user's own interviews (rescheduled, cancelled, UTC, Webex, exports, DGC list)."""
from holdout251ev_zones import (
                                APPLE,
                                GCAL,
                                OUTLOOK,
                                THUNDERBIRD,
                                TZ_EASTERN_WIN,
                                TZ_TORONTO,
                                esc,
                                ev,
                                gfooter,
                                teams,
                                zoom,
)

ME_W = "marcolivier.chen@northlightpictures.ca"
ME_P = "mo.chen.prod@gmail.com"

EVENTS = []

# C1 rescheduled Zoom interview, SEQUENCE 3
d = ("RESCHEDULED (our showrunner's flight moved). Same link.\n\nInterview for Production Manager - 'Wolf Lake' "
     "season 1 with Pinecone Pictures producers Harriet Osei and Bruno Castellanos.\n\n" + zoom("872 1140 5583", "UGluZWNvbmU"))
EVENTS.append(ev("zoom-rescheduled-sequence-3", "pinecone-wolflake-pm-mchen@pinecone.pictures",
f"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:pinecone-wolflake-pm-mchen@pinecone.pictures
SEQUENCE:3
DTSTAMP:20260416T184000Z
DTSTART;TZID=America/Toronto:20260422T150000
DTEND;TZID=America/Toronto:20260422T154500
SUMMARY:RESCHEDULED: Wolf Lake - PM interview (Marc-Olivier Chen)
ORGANIZER;CN=Harriet Osei:mailto:harriet@pinecone.pictures
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Bruno Castellanos;PARTSTAT=ACCEPTED:mailto:bruno@pinecone.pictures
ATTENDEE;CN=Harriet Osei;PARTSTAT=ACCEPTED:mailto:harriet@pinecone.pictures
LOCATION:https://us06web.zoom.us/j/87211405583
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Pinecone Pictures", "Production Manager", "hiring_manager",
"harriet@pinecone.pictures;bruno@pinecone.pictures", "rescheduled-sequence-3-uppercase-prefix"))

# C2 cancelled Outlook interview, STATUS:CANCELLED
d = ("Hi Marc-Olivier, unfortunately the project has been pushed to 2027 and we're pausing the PM search. "
     "I'm sorry for the short notice - we'll reach out when it's back on.\n\nJoanna")
EVENTS.append(ev("outlook-canceled-interview", "040000008200E00074C5B7101A82E00800000000B3D9E0F4A1BADC01000000000000000010000000E7C9",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:CANCEL
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Kowalczyk, Joanna":mailto:jkowalczyk@bellwethercontent.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000B3D9E0F4A1BADC01000000000000000010000000E7C9
SUMMARY;LANGUAGE=en-US:Canceled: Interview - Production Manager (Bellwether Content)
DTSTART;TZID=Eastern Standard Time:20260402T143000
DTEND;TZID=Eastern Standard Time:20260402T151500
DTSTAMP:20260331T210044Z
STATUS:CANCELLED
PRIORITY:1
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Bellwether Content\\, 60 Atlantic Ave
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
""", 1, "Bellwether Content", "Production Manager", "", "jkowalczyk@bellwethercontent.com",
"cancelled-interview-still-positive"))

# C3 Google METHOD:CANCEL of a PM interview
d = ("This event has been cancelled.\n\nTandem North - PM interview w/ Ines + Callum\n\nSorry MO - we went "
     "with someone from our last show. Will keep you in mind for the spring." + gfooter())
EVENTS.append(ev("google-method-cancel", "3f8q1m5v0k7s2h9d4t6n1c3lbz@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:CANCEL
BEGIN:VEVENT
DTSTART:20260318T190000Z
DTEND:20260318T194500Z
DTSTAMP:20260316T141012Z
ORGANIZER;CN=Ines Moreau:mailto:ines@tandemnorth.ca
UID:3f8q1m5v0k7s2h9d4t6n1c3lbz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Callum Reid;X-NUM-GUESTS=0:mailto:callum@tandemnorth.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:
SEQUENCE:2
STATUS:CANCELLED
SUMMARY:Tandem North - PM interview w/ Ines + Callum
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Tandem North Productions", "PM", "", "ines@tandemnorth.ca;callum@tandemnorth.ca",
"google-method-cancel-rejection-text"))

# C4 Vancouver company phone screen in UTC, Google invite
d = ("Quick phone screen for the Production Manager role on our unscripted slate (based in Vancouver, "
     "remote prep possible). I'll call you. - Wen Li, Production Executive, Vireo Pictures" + gfooter())
EVENTS.append(ev("google-utc-vancouver-screen", "6k2v9q0m4s1h8d3t7c5n2b0lrx@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260325T230000Z
DTEND:20260325T233000Z
DTSTAMP:20260322T004501Z
ORGANIZER;CN=Wen Li:mailto:wen.li@vireopictures.com
UID:6k2v9q0m4s1h8d3t7c5n2b0lrx@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Wen Li;X-NUM-GUESTS=0:mailto:wen.li@vireopictures.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vireo / MO Chen - phone screen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Vireo Pictures", "Production Manager", "recruiter_screen", "wen.li@vireopictures.com",
"utc-evening-west-coast-screen"))

# C5 final interview, Outlook, CN last-first, with a hiring coordinator SENT-BY
d = ("Marc-Olivier,\n\nCongratulations on making it to the final round for In-house Production Manager. You'll "
     "meet our CEO Patrick Nyambura and COO Hélène Marchand.\n\nWarm regards,\nTasha (on behalf of Patrick)")
EVENTS.append(ev("outlook-final-ceo-sent-by", "040000008200E00074C5B7101A82E00800000000D5F0C8A92CBCDC01000000000000000010000000AF03",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Nyambura, Patrick";SENT-BY="mailto:tasha.bell@driftwoodmedia.ca":mailto:patrick.nyambura@driftwoodmedia.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chen, Marc-Olivier":mailto:{ME_P}
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Marchand, Hélène":mailto:helene.marchand@driftwoodmedia.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="DM - Screening Room":mailto:screeningroom@driftwoodmedia.ca
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000D5F0C8A92CBCDC01000000000000000010000000AF03
SUMMARY;LANGUAGE=en-US:Final Interview | In-house Production Manager
DTSTART;TZID=Eastern Standard Time:20260512T093000
DTEND;TZID=Eastern Standard Time:20260512T103000
DTSTAMP:20260505T164021Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:DM - Screening Room
END:VEVENT
END:VCALENDAR
""", 1, "Driftwood Media", "In-house Production Manager", "final",
"patrick.nyambura@driftwoodmedia.ca;helene.marchand@driftwoodmedia.ca", "final-sent-by-assistant-room"))

# C6 Webex hiring manager interview
d = ("Hollow Reed Entertainment invites you to a Webex meeting.\n\nInterview: Production Manager (Scripted)\n"
     "Host: Yolanda Brooks\n\nJoin meeting: https://hollowreed.webex.com/hollowreed/j.php?MTID=m4f2c1e0d9b8a7\n"
     "Meeting number (access code): 2631 448 0972\nMeeting password: PMint26\n\nJoin by phone\n+1-416-555-0155 "
     "Canada Toll\nAccess code: 2631 448 0972")
EVENTS.append(ev("webex-hiring-manager", "4f2c1e0d9b8a7-webex-hollowreed-20260407",
f"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex//EN
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
UID:4f2c1e0d9b8a7-webex-hollowreed-20260407
DTSTAMP:20260401T170000Z
DTSTART;TZID=America/Toronto:20260407T130000
DTEND;TZID=America/Toronto:20260407T134500
SUMMARY:Interview: Production Manager (Scripted)
ORGANIZER;CN=Yolanda Brooks:mailto:ybrooks@hollowreed.tv
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
LOCATION:https://hollowreed.webex.com/hollowreed/j.php?MTID=m4f2c1e0d9b8a7
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Hollow Reed Entertainment", "Production Manager (Scripted)", "hiring_manager", "ybrooks@hollowreed.tv",
"webex-host-is-interviewer-company-in-body"))

# C7 Workday studio screen with interviewer as attendee, floating? no: UTC
d = ("Interview Details\nCandidate: Marc-Olivier Chen\nJob Requisition: JR-2291 Studio Production Manager\n"
     "Interview Type: Recruiter Screen\nInterviewer(s): Simone Achterberg\n\nIronbridge Studios")
EVENTS.append(ev("workday-studio-recruiter-screen", "WD-INT-a0b1c2d3e4f5a6b7c8d9@ironbridge.myworkday.com",
f"""BEGIN:VCALENDAR
PRODID:-//Workday\\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-a0b1c2d3e4f5a6b7c8d9@ironbridge.myworkday.com
DTSTAMP:20260313T120000Z
DTSTART:20260319T151500Z
DTEND:20260319T154500Z
SUMMARY:Interview: Studio Production Manager (JR-2291)
ORGANIZER;CN=Ironbridge Studios Talent:mailto:ironbridge@myworkday.com
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Simone Achterberg;PARTSTAT=ACCEPTED:mailto:simone.achterberg@ironbridgestudios.ca
LOCATION:Microsoft Teams
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Ironbridge Studios", "Studio Production Manager", "recruiter_screen",
"simone.achterberg@ironbridgestudios.ca", "workday-recruiter-screen-attendee"))

# C8 DGC-list referral, UPM interview, Thunderbird invite from producer
d = ("Got your name off the DGC Ontario availability list. We need a UPM for a 22-day indie feature in "
     "Niagara, prep from July 6. Can you come by for an interview? - Priyanka Sethi, Producer, Larkspur Films")
EVENTS.append(ev("thunderbird-dgc-list-upm", "b8c0e2d4-6f1a-4b3c-9d5e-7a8b9c0d1e2f",
f"""BEGIN:VCALENDAR
{THUNDERBIRD}
VERSION:2.0
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260424T154100Z
LAST-MODIFIED:20260424T154230Z
DTSTAMP:20260424T154230Z
UID:b8c0e2d4-6f1a-4b3c-9d5e-7a8b9c0d1e2f
SUMMARY:UPM - Larkspur - 'Orchard Light'
ORGANIZER;CN=Priyanka Sethi:mailto:priyanka@larkspurfilms.ca
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:{ME_P}
DTSTART;TZID=America/Toronto:20260429T140000
DTEND;TZID=America/Toronto:20260429T150000
LOCATION:Larkspur Films\\, 1185 Eglinton Ave E
DESCRIPTION:{esc(d)}
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Larkspur Films", "UPM", "hiring_manager", "priyanka@larkspurfilms.ca", "dgc-list-referral-upm-no-interview-in-summary"))

# C9 terse iPhone note, no attendees
EVENTS.append(ev("ios-terse-cobalt-sky", "5D7E9A1B-3C2F-4E6D-8B0A-1F2E3D4C5B6A",
f"""BEGIN:VCALENDAR
VERSION:2.0
{APPLE}
CALSCALE:GREGORIAN
{TZ_TORONTO}BEGIN:VEVENT
CREATED:20260504T120300Z
UID:5D7E9A1B-3C2F-4E6D-8B0A-1F2E3D4C5B6A
DTEND;TZID=America/Toronto:20260507T150000
SUMMARY:Cobalt Sky int. 2pm - ask abt prep wks + office PA budget
DTSTART;TZID=America/Toronto:20260507T140000
DTSTAMP:20260504T120341Z
LOCATION:zoom (link in email from Adaeze)
SEQUENCE:0
DESCRIPTION:prod mgr\\, kids series. Adaeze Okonjo EP
END:VEVENT
END:VCALENDAR
""", 1, "Cobalt Sky Productions", "prod mgr", "", "Adaeze Okonjo", "terse-int-abbreviation-office-pa-mention"))

# C10 Thunderbird floating local time, hand typed
EVENTS.append(ev("thunderbird-floating-interview", "e3a1c5f7-9b2d-4d6f-8a0c-2e4f6a8b0c1d",
f"""BEGIN:VCALENDAR
{THUNDERBIRD}
VERSION:2.0
BEGIN:VEVENT
CREATED:20260305T034500Z
LAST-MODIFIED:20260305T034512Z
DTSTAMP:20260305T034512Z
UID:e3a1c5f7-9b2d-4d6f-8a0c-2e4f6a8b0c1d
SUMMARY:Interview Thornbury Pictures (PM\\, feature) - Gwen Aldridge
DTSTART:20260310T113000
DTEND:20260310T123000
LOCATION:Thornbury Pictures 45 Sherbourne St
DESCRIPTION:Gwen = producer. 2nd floor. Bring DGC card + ref list.
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;VALUE=DURATION:-PT45M
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VEVENT
END:VCALENDAR
""", 1, "Thornbury Pictures", "PM, feature", "hiring_manager", "Gwen Aldridge", "thunderbird-floating-hand-typed"))

# C11 Greenhouse trade test (Movie Magic scheduling)
d = ("Hi Marc-Olivier,\n\nYour next step is a live Production Scheduling Exercise for the Production Manager role. "
     "Please have Movie Magic Scheduling (or your scheduling tool of choice) open. Interviewer: Oksana Petrenko, "
     "Line Producer.\n\nGoogle Meet: https://meet.google.com/bqd-rnyx-zte\n\nPowered by Greenhouse")
EVENTS.append(ev("greenhouse-scheduling-test", "gh-2d3e4f50-6a7b-4c8d-9e0f-1a2b3c4d5e6f@kitestringmedia.com",
f"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-2d3e4f50-6a7b-4c8d-9e0f-1a2b3c4d5e6f@kitestringmedia.com
DTSTAMP:20260408T150000Z
DTSTART:20260414T140000Z
DTEND:20260414T153000Z
SUMMARY:Production Scheduling Exercise - Kitestring Media
ORGANIZER;CN=Kitestring Media Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Marc-Olivier Chen;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_P}
ATTENDEE;CN=Oksana Petrenko;PARTSTAT=ACCEPTED:mailto:opetrenko@kitestringmedia.com
LOCATION:https://meet.google.com/bqd-rnyx-zte
DESCRIPTION:{esc(d)}
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""", 1, "Kitestring Media", "Production Manager", "technical", "opetrenko@kitestringmedia.com",
"greenhouse-scheduling-exercise-no-interview-word"))

# C12 recruitment agency screen naming the client
d = ("Hi Marc-Olivier,\n\nThanks for your interest in the Production Manager - Remote Broadcast role with our client "
     "Halcyon Broadcast Services. This first call is with me to confirm your experience with OB trucks and "
     "union crews before I submit you.\n\nDeepa Venkatesan\nApex Media Recruitment\n\n"
     + teams("266 019 448 302", "Ap3xMr", "220 118 904"))
EVENTS.append(ev("teams-agency-screen-client", "040000008200E00074C5B7101A82E00800000000A2C4E6F81D3EDC01000000000000000010000000C0D1",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Venkatesan, Deepa":mailto:deepa.v@apexmediarecruitment.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-US:{esc(d)}
UID:040000008200E00074C5B7101A82E00800000000A2C4E6F81D3EDC01000000000000000010000000C0D1
SUMMARY;LANGUAGE=en-US:Apex Media Recruitment - Screening call - PM Remote Broadcast (Halcyon)
DTSTART;TZID=Eastern Standard Time:20260504T110000
DTEND;TZID=Eastern Standard Time:20260504T113000
DTSTAMP:20260429T133000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""", 1, "Halcyon Broadcast Services", "Production Manager - Remote Broadcast", "recruiter_screen",
"deepa.v@apexmediarecruitment.com", "agency-screen-client-in-parentheses"))

# C13 crew interview with line producer, Google, production domain
d = ("Hi Marc-Olivier, it's Ruairi (LP). Got your avail - let's meet about PM on 'Copper Coast'. "
     "Half hour, production office." + gfooter())
EVENTS.append(ev("google-lp-crew-interview", "2b7t0m5q9v3s6h1d8k4n0c2lpy@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260506T083000
DTEND;TZID=America/Toronto:20260506T090000
DTSTAMP:20260501T233000Z
ORGANIZER;CN=Ruairi Flanagan:mailto:ruairi@wildryeproductions.com
UID:2b7t0m5q9v3s6h1d8k4n0c2lpy@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ruairi Flanagan;X-NUM-GUESTS=0:mailto:ruairi@wildryeproductions.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Copper Coast prod office\\, 629 Eastern Ave\\, Door 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Copper Coast: PM crew interview - M-O Chen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Wildrye Productions", "PM", "hiring_manager", "ruairi@wildryeproductions.com",
"crew-interview-line-producer"))

# C14 meet and greet with showrunner, same production
d = ("Showrunner meet & greet for PM candidates. 15 min each. Yours is 4:15.\n- Copper Coast office" + gfooter())
EVENTS.append(ev("google-showrunner-meet-greet-slot", "8h3q6m0v2k9s5d1t4c7n3b2lqa@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260512T161500
DTEND;TZID=America/Toronto:20260512T163000
DTSTAMP:20260508T190000Z
ORGANIZER;CN=Copper Coast Office:mailto:office@wildryeproductions.com
UID:8h3q6m0v2k9s5d1t4c7n3b2lqa@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maeve Castillo;X-NUM-GUESTS=0:mailto:maeve@wildryeproductions.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
DESCRIPTION:{esc(d)}
LOCATION:Copper Coast prod office\\, 629 Eastern Ave\\, Door 3
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet & greet - Maeve (showrunner) / PM candidate M-O Chen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Wildrye Productions", "PM", "final", "maeve@wildryeproductions.com", "meet-greet-candidate-word-user-is-candidate"))

# C15 Webex-free Zoom from studio facility, hiring manager, with Outlook X-ALT-DESC
d = ("Marc-Olivier,\n\nThanks for applying for Stage & Production Services Manager. Let's talk about how you'd "
     "coordinate incoming productions across our four stages.\n\nIgor Lindahl\nGM, Saltmarsh Studios\n\n"
     + zoom("889 6620 0174", "U2FsdG1hcnNo"))
EVENTS.append(ev("zoom-studio-facility-gm", "saltmarsh-spsm-0421-mchen@saltmarshstudios.ca",
f"""BEGIN:VCALENDAR
{OUTLOOK}
VERSION:2.0
METHOD:REQUEST
{TZ_EASTERN_WIN}BEGIN:VEVENT
ORGANIZER;CN="Lindahl, Igor":mailto:igor@saltmarshstudios.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marc-Olivier Chen:mailto:{ME_P}
DESCRIPTION;LANGUAGE=en-CA:{esc(d)}
X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Marc-Olivier\\,</p><p>Thanks for applying for Stage &amp; Production Services Manager.</p><p>Igor Lindahl<br>GM\\, Saltmarsh Studios</p></body></html>
UID:saltmarsh-spsm-0421-mchen@saltmarshstudios.ca
SUMMARY;LANGUAGE=en-CA:Marc-Olivier Chen / Igor Lindahl
DTSTART;TZID=Eastern Standard Time:20260421T093000
DTEND;TZID=Eastern Standard Time:20260421T101500
DTSTAMP:20260416T144500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-CA:Zoom
END:VEVENT
END:VCALENDAR
""", 1, "Saltmarsh Studios", "Stage & Production Services Manager", "hiring_manager", "igor@saltmarshstudios.ca",
"names-only-summary-role-in-body"))

# C16 unscripted company screen via Google Meet
d = ("Intro call for Production Manager, Unscripted. I'm the talent lead at Glasshouse. 30 mins.\nKeisha" + gfooter("wmz-qpho-yxe"))
EVENTS.append(ev("google-unscripted-intro-call", "5n0t3q8v1m6s9h2d7k4c1b5lpw@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260401T153000Z
DTEND:20260401T160000Z
DTSTAMP:20260327T171500Z
ORGANIZER;CN=Keisha Mbeki:mailto:keisha@glasshouseunscripted.com
UID:5n0t3q8v1m6s9h2d7k4c1b5lpw@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Keisha Mbeki;X-NUM-GUESTS=0:mailto:keisha@glasshouseunscripted.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
X-GOOGLE-CONFERENCE:https://meet.google.com/wmz-qpho-yxe
DESCRIPTION:{esc(d)}
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Glasshouse Unscripted <> Marc-Olivier Chen (intro)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Glasshouse Unscripted", "Production Manager, Unscripted", "recruiter_screen", "keisha@glasshouseunscripted.com",
"intro-call-talent-lead"))

# C17 second round, Google Calendar personal export (X-WR-CALNAME)
EVENTS.append(ev("google-export-second-round", "0v7m2q5k9s3h6d1t8c4n0b7lpe@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:mo.chen.prod@gmail.com
X-WR-TIMEZONE:America/Toronto
{TZ_TORONTO}BEGIN:VEVENT
DTSTART;TZID=America/Toronto:20260410T100000
DTEND;TZID=America/Toronto:20260410T110000
DTSTAMP:20260501T120000Z
ORGANIZER;CN=Keisha Mbeki:mailto:keisha@glasshouseunscripted.com
UID:0v7m2q5k9s3h6d1t8c4n0b7lpe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Adeyinka;X-NUM-GUESTS=0:mailto:ben@glasshouseunscripted.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=mo.chen.prod@gmail.com;X-NUM-GUESTS=0:mailto:{ME_P}
CREATED:20260402T141000Z
DESCRIPTION:2nd round with Ben Adeyinka (Head of Production). Case: 10-day competition shoot\\, 3 cameras\\, hotel block.
LAST-MODIFIED:20260402T141200Z
LOCATION:Glasshouse\\, 33 Mowat Ave\\, Liberty Village
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Glasshouse - 2nd round w/ Head of Production
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Glasshouse Unscripted", "", "hiring_manager", "ben@glasshouseunscripted.com",
"google-export-calname-second-round"))

# C18 personal Google export, feature company, hand-entered by user with guest
EVENTS.append(ev("google-export-hand-entered", "1c9e4a7d3f0b@google.com",
f"""BEGIN:VCALENDAR
{GCAL}
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:MO - job hunt
X-WR-TIMEZONE:America/Toronto
X-WR-CALDESC:
BEGIN:VEVENT
DTSTART:20260422T173000Z
DTEND:20260422T183000Z
DTSTAMP:20260501T120000Z
UID:1c9e4a7d3f0b@google.com
CREATED:20260417T020000Z
DESCRIPTION:Moonrise Features - producer Ellis Varga. PM for 'Cold Open' (feature\\, Aug shoot). They saw me on the DGC list. 
LAST-MODIFIED:20260417T020100Z
LOCATION:Moonrise Features\\, 110 Spadina Ave #602
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Moonrise - PM mtg w/ Ellis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""", 1, "Moonrise Features", "PM", "hiring_manager", "Ellis Varga", "job-hunt-calendar-mtg-word"))
