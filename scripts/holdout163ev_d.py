# ruff: noqa: E501  (raw iCalendar text, kept as the sending tools write it)
"""holdout163 events, part d: Daniel's own interviews (KL, HK, Sydney, more tools)."""

EVENTS = [
    {
        "kind": "typed",
        "uid": "C7E0D1A2-5B6F-4E3A-9C8D-0F1E2D3C4B5A",
        "fold": False,
        "label": (1, "Medora Healthcare", "", "onsite",
                  "Puan Noraini;Mr Lim", "user-typed-floating-second-round-with-site-visit"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C7E0D1A2-5B6F-4E3A-9C8D-0F1E2D3C4B5A
DTSTAMP:20250220T151233Z
CREATED:20250220T151233Z
DTSTART:20250227T100000
DTEND:20250227T150000
SUMMARY:2nd rd Medora KL + warehse visit
LOCATION:Medora HQ\, Bangsar South / DC Shah Alam
DESCRIPTION:7.15 flight SQ104 frm changi\, grab from KLIA. meet Puan Noraini (HR) & Mr Lim (COO) 10am. after lunch walk the DC at shah alam w Mr Lim. return flight 6.40pm. claim ticket frm them
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000E9A4B3C2D186DB0100000000000000001000000077D3E2F1A0B9C8D7E6F5A4B3C2D1E0F9",
        "label": (1, "Huaxin Medical", "采购总监（亚太区）", "recruiter_screen",
                  "chen.jiaxin@huaxinmed.com.hk", "outlook-china-standard-time-chinese-mianshi"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:China Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=陈嘉欣 Cherry Chen:mailto:chen.jiaxin@huaxinmed.com.hk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=zh-HK:谭先生您好，\n\n感谢您应聘华信医疗器械（香港）有限公司 采购总监（亚太区）一职。现诚邀您参加第一轮视频面试，由人力资源部陈嘉欣负责，时长约30分钟，可用普通话或英语进行。\n\n如时间不便，请回复本邮件。\n\nDear Mr Tan\, please find the Teams link below for your first-round interview.\n\n________________________________________________________________________________\nMicrosoft Teams 会议\n在计算机、移动应用或会议室设备上加入\n单击此处加入会议<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SHVheGlu@thread.v2/0>\n会议 ID: 259 331 807 462\n密码: 4Hq8Zt\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E9A4B3C2D186DB0100000000000000001000000077D3E2F1A0B9C8D7E6F5A4B3C2D1E0F9
SUMMARY;LANGUAGE=zh-HK:面试：采购总监（亚太区）- 谭伟明 Daniel Tan
DTSTART;TZID=China Standard Time:20250304T100000
DTEND;TZID=China Standard Time:20250304T103000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T023005Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=zh-HK:Microsoft Teams 会议
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google",
        "uid": "2dc9f0k7v3h1q8m6a4t2r5n0lz@google.com",
        "label": (1, "Marisco Foods", "Head of Procurement, APAC", "hiring_manager",
                  "james.fairbairn@mariscofoods.com", "google-meet-fmcg-hiring-manager"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250128T010000Z
DTEND:20250128T014500Z
DTSTAMP:20250123T084501Z
ORGANIZER;CN=Cheryl Tan:mailto:cheryl.tan@mariscofoods.com
UID:2dc9f0k7v3h1q8m6a4t2r5n0lz@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=James Fairbairn;X-NUM-GUESTS=0:mailto:james.fairbairn@mariscofoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg;X-NUM-GUESTS=0:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Cheryl Tan;X-NUM-GUESTS=0:mailto:cheryl.tan@mariscofoods.com
DESCRIPTION:Interview for Head of Procurement\, APAC with James Fairbairn (Chief Procurement Officer\, Asia & Middle East).\n\nScheduled by Cheryl Tan\, Talent Acquisition Coordinator - I won't be on the call. Happy CNY in advance!\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/gfm-wkzr-yvu\nOr dial: (SG) +65 6714 8906 PIN: 507 221 934#\nMore phone numbers: https://tel.meet/gfm-wkzr-yvu?pin=5072219340\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Daniel Tan <> James Fairbairn (Marisco)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gotomeeting",
        "uid": "goto-7158-3302-917-20250204@goto.com",
        "label": (1, "Delacroix Instruments", "Regional Sourcing Director", "recruiter_screen",
                  "sophie.lambert@delacroix-instruments.com", "goto-meeting-screen-dial-in"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Singapore@@
BEGIN:VEVENT
UID:goto-7158-3302-917-20250204@goto.com
DTSTAMP:20250131T101100Z
DTSTART;TZID=Asia/Singapore:20250204T170000
DTEND;TZID=Asia/Singapore:20250204T173000
SUMMARY:Delacroix Instruments - first conversation - Regional Sourcing Director
DESCRIPTION:Sophie Lambert (Talent Acquisition\, Delacroix Instruments) would like to have a first conversation about the Regional Sourcing Director role.\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/715833029\n\nYou can also dial in using your phone.\nSingapore: +65 3158 4410\nAccess Code: 715-833-029\n\nNew to GoTo Meeting? Get the app now and be ready when your first meeting starts: https://meet.goto.com/install
LOCATION:GoTo Meeting
ORGANIZER;CN=Sophie Lambert:mailto:sophie.lambert@delacroix-instruments.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E0080000000055B2C1D0E97FDB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00",
        "label": (1, "Ferrum Healthcare", "Head of Procurement, SEA", "recruiter_screen",
                  "jaslyn.goh@robertwalters.com.sg", "agency-prescreen-client-named-in-subject"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Jaslyn Goh":mailto:jaslyn.goh@robertwalters.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
DESCRIPTION;LANGUAGE=en-SG:Hi Daniel\,\n\nAs discussed\, a Teams call to go through the Ferrum Healthcare opportunity (Head of Procurement\, SEA - 6 hospitals across SG/MY/VN) and to do our formal registration interview. Please have your NRIC handy for the PDPA consent form.\n\nThanks\,\nJaslyn Goh | Principal Consultant\, Supply Chain & Procurement\nRobert Walters Singapore | EA Licence 91C2918\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Um9iV2Fs@thread.v2/0>\nMeeting ID: 381 774 260 995\nPasscode: 3nXc7P\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E0080000000055B2C1D0E97FDB01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00
SUMMARY;LANGUAGE=en-SG:RW | Daniel Tan - Ferrum Healthcare HoP SEA
DTSTART;TZID=Singapore Standard Time:20250207T123000
DTEND;TZID=Singapore Standard Time:20250207T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250205T090112Z
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
        "uid": "040000008200E00074C5B7101A82E00800000000A8C0D3E2F284DB01000000000000000010000000A9B8C7D6E5F40312213243546576879A",
        "label": (1, "Ferrum Healthcare", "Head of Procurement, SEA", "hiring_manager",
                  "suresh.pillai@ferrumhealthcare.com", "outlook-client-interview-after-agency-screen"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Pillai, Suresh":mailto:suresh.pillai@ferrumhealthcare.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Jaslyn Goh":mailto:jaslyn.goh@robertwalters.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="FHC-NOV-07-Meeting Rm Jasmine":mailto:rm.jasmine.nov07@ferrumhealthcare.com
DESCRIPTION;LANGUAGE=en-SG:Dear Daniel\,\n\nThank you for your interest via Robert Walters (Jaslyn copied for info). I look forward to meeting you at our Novena office to discuss the Head of Procurement\, SEA role.\n\nBest regards\,\nSuresh Pillai\nChief Operating Officer\, Ferrum Healthcare
UID:040000008200E00074C5B7101A82E00800000000A8C0D3E2F284DB01000000000000000010000000A9B8C7D6E5F40312213243546576879A
SUMMARY;LANGUAGE=en-SG:Ferrum Healthcare - Head of Procurement SEA - Daniel Tan
DTSTART;TZID=Singapore Standard Time:20250217T150000
DTEND;TZID=Singapore Standard Time:20250217T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250211T032233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-SG:FHC-NOV-07-Meeting Rm Jasmine
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jobadder",
        "uid": "ja-interview-99312-447-harbourside@jobadder.com",
        "label": (1, "Bayside Health Alliance", "Procurement & Supply Chain Director", "",
                  "tom.gallagher@baysidehealth.org.au", "jobadder-sydney-agency-client-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//JobAdder//JobAdder Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Australia/Sydney@@
BEGIN:VEVENT
UID:ja-interview-99312-447-harbourside@jobadder.com
DTSTAMP:20250303T044502Z
DTSTART;TZID=Australia/Sydney:20250312T110000
DTEND;TZID=Australia/Sydney:20250312T120000
SUMMARY:Interview - Daniel Tan - Procurement & Supply Chain Director - Bayside Health Alliance
DESCRIPTION:Hi Daniel\,\n\nYour interview with Bayside Health Alliance is confirmed.\n\nInterviewer: Tom Gallagher\, Executive Director Corporate Services\nFormat: Video (Teams link to follow from Bayside)\nTime: 11:00am AEDT (8:00am Singapore)\n\nGood luck - call me on 0412 556 301 if anything comes up.\n\nLiam Doherty\nHarbourside Talent | Sydney
LOCATION:Video call (Teams)
ORGANIZER;CN=Liam Doherty:mailto:liam@harboursidetalent.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tom Gallagher:mailto:tom.gallagher@baysidehealth.org.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E008000000007D3A2B1C0F85DB010000000000000000100000001122334455667788990AABBCCDDEEFF0",
        "label": (1, "Hollis Pharma", "Head of Indirect Procurement APAC", "",
                  "victoria.chang@hollispharma.com;ben.harper@hollispharma.com", "outlook-teams-second-round-no-stage-word"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Chang, Victoria":mailto:victoria.chang@hollispharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Harper, Ben":mailto:ben.harper@hollispharma.com
DESCRIPTION;LANGUAGE=en-US:Daniel - thanks for your time last week. Ben and I would like to continue the conversation on the Head of Indirect Procurement APAC role (2nd round).\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_SG9sbGlz@thread.v2/0>\nMeeting ID: 290 447 813 520\nPasscode: Vw6p2J\nDownload Teams | Join on the web\nJoin with a video conferencing device\nteams@vc.hollispharma.com\nVideo Conference ID: 118 224 719 2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E008000000007D3A2B1C0F85DB010000000000000000100000001122334455667788990AABBCCDDEEFF0
SUMMARY;LANGUAGE=en-US:Daniel Tan - Hollis - follow up
DTSTART;TZID=Singapore Standard Time:20250313T173000
DTEND;TZID=Singapore Standard Time:20250313T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T100544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom",
        "uid": "calcom-9Xw2bP7kQm4Rt8vL3nY6",
        "fold": False,
        "label": (1, "Sentinel Medical", "Procurement Director", "hiring_manager",
                  "wenhui@sentinelmedical.sg", "cal-com-booking-ceo-intro"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-9Xw2bP7kQm4Rt8vL3nY6
DTSTAMP:20250114T120211Z
DTSTART:20250116T090000Z
DTEND:20250116T093000Z
SUMMARY:Procurement Director intro between Lim Wen Hui and Daniel Tan
DESCRIPTION:What: Procurement Director intro\nInvitee Time Zone: Asia/Singapore\nWho:\n- Lim Wen Hui - Organizer\n  wenhui@sentinelmedical.sg\n- Daniel Tan\n  danieltan.wm@yahoo.com.sg\nWhere: https://app.cal.com/video/9Xw2bP7kQm4Rt8vL3nY6\nAdditional notes: Referred by Kelvin from Meridian alumni chat\n\nNeed to reschedule or cancel? https://app.cal.com/booking/9Xw2bP7kQm4Rt8vL3nY6
LOCATION:https://app.cal.com/video/9Xw2bP7kQm4Rt8vL3nY6
ORGANIZER;CN=Lim Wen Hui:mailto:wenhui@sentinelmedical.sg
ATTENDEE;PARTSTAT=ACCEPTED;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zohorecruit",
        "uid": "zr-interview-551204000001237011@zohorecruit.com",
        "label": (1, "Castellan Healthcare Logistics", "Head of Procurement", "recruiter_screen",
                  "kavitha.r@castellanlogistics.com.my", "zoho-recruit-kuala-lumpur-zoom-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Zoho Corporation//Zoho Recruit//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Kuala_Lumpur@@
BEGIN:VEVENT
UID:zr-interview-551204000001237011@zohorecruit.com
DTSTAMP:20250110T030144Z
DTSTART;TZID=Asia/Kuala_Lumpur:20250115T150000
DTEND;TZID=Asia/Kuala_Lumpur:20250115T153000
SUMMARY:Interview Scheduled: Head of Procurement - Daniel Tan Wei Ming
DESCRIPTION:Interview Name: Initial Screening\nPosting Title: Head of Procurement\nInterviewer: Kavitha Ramasamy (Talent Acquisition Manager)\nVenue: Zoom - https://us06web.zoom.us/j/83300912745?pwd=Q2FzdGVs\nMeeting ID: 833 0091 2745 / Passcode: 112233\n\nRegards\,\nCastellan Healthcare Logistics Sdn Bhd\nLot 12\, Jalan Sungai Buloh\, Shah Alam
LOCATION:Zoom
ORGANIZER;CN=Castellan HR:mailto:hr@castellanlogistics.com.my
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan Wei Ming:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Kavitha Ramasamy:mailto:kavitha.r@castellanlogistics.com.my
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday",
        "uid": "WD-INT-e41b7c09d2a84f3bb6c1a0f9e8d7c6b5",
        "label": (1, "Eastwind Healthcare", "Head of Group Procurement", "final",
                  "patrick.leung@eastwindhealth.com.hk", "workday-hong-kong-zone-final-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Asia/Hong_Kong@@
BEGIN:VEVENT
UID:WD-INT-e41b7c09d2a84f3bb6c1a0f9e8d7c6b5
DTSTAMP:20250320T081901Z
DTSTART;TZID=Asia/Hong_Kong:20250327T143000
DTEND;TZID=Asia/Hong_Kong:20250327T153000
SUMMARY:Final Interview - Head of Group Procurement (R-004512)
DESCRIPTION:Candidate: Daniel Tan\nJob Requisition: R-004512 Head of Group Procurement\nInterview Type: Final Interview (in person)\nInterviewer(s): Patrick Leung - Group Chief Executive\nLocation: 28/F\, Eastwind Tower\, 38 Gloucester Road\, Wan Chai\, Hong Kong\n\nPlease arrive 10 minutes early and bring your HKID or passport.
LOCATION:28/F Eastwind Tower\, 38 Gloucester Road\, Wan Chai
ORGANIZER;CN=Eastwind Healthcare Talent Acquisition:mailto:eastwindhealth@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Patrick Leung:mailto:patrick.leung@eastwindhealth.com.hk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "livehire",
        "uid": "livehire-int-7f2a91c3-0b54-4e8d-a6f0-3c9d1e2b4a57",
        "label": (1, "Quayside Medical", "Supply Chain Director", "hiring_manager",
                  "fiona.mcleod@quaysidemedical.com.au", "livehire-sydney-hiring-manager-video"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//LiveHire//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:Australia/Sydney@@
BEGIN:VEVENT
UID:livehire-int-7f2a91c3-0b54-4e8d-a6f0-3c9d1e2b4a57
DTSTAMP:20250213T010203Z
DTSTART;TZID=Australia/Sydney:20250218T140000
DTEND;TZID=Australia/Sydney:20250218T150000
SUMMARY:Quayside Medical: Interview for Supply Chain Director
DESCRIPTION:G'day Daniel\,\n\nYou've been invited to interview with Fiona McLeod (Chief Operating Officer) for the Supply Chain Director role based in Macquarie Park\, NSW. Sponsorship is available for the right candidate.\n\nVideo link: https://quaysidemedical.zoom.us/j/85566127734\n\nPlease note: 2:00pm AEDT is 11:00am in Singapore.\n\nQuayside Medical Talent Team via LiveHire
LOCATION:Zoom
ORGANIZER;CN=Quayside Medical via LiveHire:mailto:notifications@livehire.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Fiona McLeod:mailto:fiona.mcleod@quaysidemedical.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "oracle",
        "uid": "ORC-IRC-300000412877651-SCHED-3",
        "label": (1, "Greystone Healthcare", "Director, Procurement Asia", "onsite",
                  "anand.menon@greystonehc.com;lisa.tan@greystonehc.com;marco.bianchi@greystonehc.com",
                  "oracle-recruiting-cloud-panel-in-person"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Oracle Corporation//Oracle Recruiting Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ORC-IRC-300000412877651-SCHED-3
DTSTAMP:20250305T061500Z
DTSTART:20250312T020000Z
DTEND:20250312T040000Z
SUMMARY:Interview: Director\, Procurement Asia - Panel
DESCRIPTION:Dear Daniel Tan\,\n\nYou are scheduled for a panel interview for Director\, Procurement Asia (Requisition 25000931).\n\nParticipants:\nAnand Menon - Chief Supply Chain Officer\nLisa Tan - HR Business Partner\nMarco Bianchi - VP Finance Asia\n\nAddress: Greystone Healthcare\, 1 Fusionopolis Way\, #11-09 Connexis North\, Singapore 138632\n\nGreystone Healthcare Talent Acquisition
LOCATION:1 Fusionopolis Way\, #11-09 Connexis North
ORGANIZER;CN=Greystone Careers:mailto:careers-noreply@greystonehc.fa.oraclecloud.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Daniel Tan:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Anand Menon:mailto:anand.menon@greystonehc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Lisa Tan:mailto:lisa.tan@greystonehc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Marco Bianchi:mailto:marco.bianchi@greystonehc.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "google-export",
        "uid": "7rt4m1c9q2k0v8h3n6a5b1e0ps@google.com",
        "label": (1, "Tessaro Medical", "", "hiring_manager",
                  "Sam Whitfield", "google-export-x-wr-timezone-own-entry"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:danieltan.wm@yahoo.com.sg
X-WR-TIMEZONE:Asia/Singapore
BEGIN:VEVENT
DTSTART:20250225T000000Z
DTEND:20250225T010000Z
DTSTAMP:20250401T021500Z
UID:7rt4m1c9q2k0v8h3n6a5b1e0ps@google.com
CREATED:20250219T140233Z
DESCRIPTION:Tessaro - Cat Dir\, Sydney hub. HM = Sam Whitfield (GM ANZ). Sam will ring my mobile. 11am Sydney = 8am here.
LAST-MODIFIED:20250219T140233Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tessaro call w Sam W (HM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000E2B7C4A9D98CDB0100000000000000001000000057AF3C91B2D04E6F8A7B6C5D4E3F2A1B",
        "label": (1, "Kestrel BioSciences", "Category Director, Direct Materials APJ", "final",
                  "arvind.krishnan@kestrelbio.com;jean-marc.roux@kestrelbio.com",
                  "outlook-final-meet-site-head-after-workday-rounds"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:Singapore Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Krishnan, Arvind":mailto:arvind.krishnan@kestrelbio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danieltan.wm@yahoo.com.sg:mailto:danieltan.wm@yahoo.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Roux, Jean-Marc":mailto:jean-marc.roux@kestrelbio.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SG-TUAS-Admin-MR2":mailto:sg-tuas-admin-mr2@kestrelbio.com
DESCRIPTION;LANGUAGE=en-US:Hi Daniel\,\n\nAs the last step\, please come out to Tuas to meet Jean-Marc (President APJ\, visiting from Tokyo) and me. We'll finish with a short walk of the fill-finish line - covered shoes please\, no jewellery.\n\nVisitor parking at Gate 2. Grace will send you the security form.\n\nArvind
UID:040000008200E00074C5B7101A82E00800000000E2B7C4A9D98CDB0100000000000000001000000057AF3C91B2D04E6F8A7B6C5D4E3F2A1B
SUMMARY;LANGUAGE=en-US:Daniel Tan - meet Jean-Marc + site walk
DTSTART;TZID=Singapore Standard Time:20250306T130000
DTEND;TZID=Singapore Standard Time:20250306T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T094433Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Kestrel Tuas site\, 21 Tuas South Ave 6 - SG-TUAS-Admin-MR2
END:VEVENT
END:VCALENDAR
""",
    },
]
