# ruff: noqa: E501
"""holdout179: the user's own interviews, part E (consulting, public sector, exchange, Chinese)."""

from holdout179ev_tz import ev

EVENTS = [
    ev(
        "case-interview", "SF-KLA-REC-2025-5521-CASE", 1, "Kerr & Lim Advisory",
        "Director, Cyber Threat Management", "technical", "ivan.kerr@kerrlim.com.sg",
        "consulting-cyber-case-study-with-partner",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:SF-KLA-REC-2025-5521-CASE
DTSTAMP:20250226T050000Z
DTSTART;TZID=Asia/Singapore:20250303T100000
DTEND;TZID=Asia/Singapore:20250303T113000
SUMMARY:Kerr & Lim Advisory - Case Study Session (Cyber)
DESCRIPTION:Dear Wei Jie\,\nYou will be given a client case (a regional re
 tailer after a ransomware incident) 20 minutes before the session and pres
 ent your recommendations to Ivan Kerr\, Partner\, Cyber Risk. Director\,
  Cyber Threat Management (Job ID 5521).\nVenue: One Raffles Quay\, North To
 wer\, Level 18.
ORGANIZER;CN=Kerr & Lim Careers:mailto:noreply@successfactors.com
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Ivan Kerr:mailto:ivan.kerr@kerrlim.com.sg
LOCATION:One Raffles Quay\, North Tower\, Level 18
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "assessment-centre", "nexcore-ac-20250322-b2", 1, "NexCore Systems",
        "Senior Manager, Security Operations Centre", "onsite", "",
        "assessment-centre-half-day-group-exercise",
        r"""
BEGIN:VCALENDAR
PRODID:-//NexCore Systems//Recruitment//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-TIMEZONE:Asia/Singapore
@@SG@@
BEGIN:VEVENT
UID:nexcore-ac-20250322-b2
DTSTAMP:20250314T080000Z
DTSTART;TZID=Asia/Singapore:20250322T083000
DTEND;TZID=Asia/Singapore:20250322T130000
SUMMARY:NexCore Assessment Centre - Batch 2 (SOC leadership roles)
DESCRIPTION:Programme: 08:30 registration\; 09:00 group incident simulati
 on\; 10:30 written brief\; 11:30 competency-based interview with assessors
 \; 12:30 end.\nPosition: Senior Manager\, Security Operations Centre\nVen
 ue: NexCore Hub\, 5 Ang Mo Kio Street 62\, Learning Centre L3.
ORGANIZER;CN=NexCore Talent Acquisition:mailto:ta@nexcore.com.sg
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
LOCATION:NexCore Hub\, 5 Ang Mo Kio Street 62
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "final-outlook-ciso", "040000008200E00074C5B7101A82E008000000003344556677889900AA0000000000000010000000ABCDEF0123456789ABCDEF0123456789", 1,
        "Ocean Lyra Lines", "Head of Cyber Security Operations", "final",
        "bjorn.larsen@oceanlyra.com;michelle.sim@oceanlyra.com",
        "outlook-final-round-sent-by-assistant",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Larsen, Bjorn";SENT-BY="mailto:Cheryl.Tan@oceanlyra.com":mailto:Bjorn.Larsen@oceanlyra.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sim, Michelle (HR)":mailto:Michelle.Sim@oceanlyra.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Cheryl":mailto:Cheryl.Tan@oceanlyra.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="SIN-HQ-40F-Boardroom":mailto:SIN-HQ-40F-Boardroom@oceanlyra.com
DESCRIPTION;LANGUAGE=en-US:Dear Wei Jie\,\n\nBjorn would like to meet you
  for the final round\, together with Michelle from HR. Please report to Lev
 el 40 reception.\n\nKind regards\,\nCheryl Tan\nEA to Group CIO\n
UID:040000008200E00074C5B7101A82E008000000003344556677889900AA0000000000000010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=en-US:Final round - Head of Cyber Security Operations
DTSTART;TZID=Singapore Standard Time:20250402T110000
DTEND;TZID=Singapore Standard Time:20250402T120000
DTSTAMP:20250327T031000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SIN-HQ-40F-Boardroom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "taleo-video-screen", "TALEO-EQA-INT-60221-VS", 1, "Equatorial Airways",
        "Manager, Cyber Threat Intelligence & Detection", "recruiter_screen", "",
        "taleo-one-way-video-screen",
        r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TALEO-EQA-INT-60221-VS
DTSTAMP:20250307T010000Z
DTSTART:20250310T000000Z
DTEND:20250310T003000Z
SUMMARY:Equatorial Airways - Video Screening
DESCRIPTION:Dear Wei Jie Tan\,\nThank you for applying for Manager\, Cyber
  Threat Intelligence & Detection (60221). The first stage is a recorded vi
 deo screening of 5 questions. The link is active from the start time for
  72 hours.\nhttps://equatorial.hirevue.com/interviews/x7Yt2Q
ORGANIZER;CN=Equatorial Airways Careers:mailto:careers@equatorial.taleo.net
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "public-panel", "NHC-CAREERS-PNL-0411-0077", 1, "Northstar Health",
        "Deputy Director (Cyber Defence)", "onsite", "Prof Andrew Seah;Ms Lydia Chong;Mr Ng Kok Wah",
        "public-healthcare-panel-interview-portal",
        r"""
BEGIN:VCALENDAR
PRODID:-//Northstar Health Cluster//Careers//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:NHC-CAREERS-PNL-0411-0077
DTSTAMP:20250404T060000Z
DTSTART:20250411T013000Z
DTEND:20250411T023000Z
SUMMARY:Interview - Deputy Director (Cyber Defence)
DESCRIPTION:Interview panel: Prof Andrew Seah (Group CIO)\, Ms Lydia Chong
  (Chief Information Security Officer)\, Mr Ng Kok Wah (HR)\nVenue: Northsta
 r Health HQ\, 1 Jalan Tan Tock Seng\, Blk 3 Level 2 Meeting Room A\nPlease
  arrive 15 minutes early and bring your NRIC.
ORGANIZER;CN=Northstar Health Careers:mailto:careers-noreply@northstarhealth.sg
ATTENDEE;CN=TAN WEI JIE:mailto:weijie.tan.sec@gmail.com
LOCATION:Northstar Health HQ\, Blk 3 Level 2
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "workday-technical", "WD-MEX-INT-000331987-T", 1, "Merlion Exchange",
        "Vice President, Security Monitoring", "technical", "ong.siew.ling@merlionexchange.com",
        "workday-technical-interview-exchange",
        r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:WD-MEX-INT-000331987-T
DTSTAMP:20250219T030000Z
DTSTART;TZID=Asia/Singapore:20250224T150000
DTEND;TZID=Asia/Singapore:20250224T160000
SUMMARY:Merlion Exchange: Technical Interview - Vice President\, Security
  Monitoring
DESCRIPTION:Interviewer: Ong Siew Ling\, Head of Security Monitoring\nMicro
 soft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_MEX3319%40thread.v2/0\nMeeting ID: 331 987 004 12 Passcode: Mx4p9K
ORGANIZER;CN=Merlion Exchange Careers:mailto:merlionexchange@myworkday.com
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Ong Siew Ling:mailto:Ong.Siew.Ling@merlionexchange.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-second-mex", "B7A3C2D1-0E9F-4B8A-9C7D-6E5F4A3B2C1D", 1, "Merlion Exchange",
        "", "", "", "phone-typed-mex-round-2-no-names",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:B7A3C2D1-0E9F-4B8A-9C7D-6E5F4A3B2C1D
DTSTAMP:20250301T051100Z
DTSTART:20250304T060000Z
DTEND:20250304T070000Z
SUMMARY:MEX rd 2
LOCATION:2 Shenton Way
DESCRIPTION:F2F. 3 ppl from CISO office
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "calcom-cto-chat", "calcom-kepler-8b21f-intro", 1, "Kepler Digital Assets",
        "Head of Security Operations", "hiring_manager", "ravi.menon@keplerdigital.io",
        "cal-com-cto-intro-crypto",
        r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-kepler-8b21f-intro
DTSTAMP:20250321T090000Z
DTSTART:20250324T060000Z
DTEND:20250324T064500Z
SUMMARY:Head of SecOps - 45 min between Ravi Menon and Wei Jie Tan
DESCRIPTION:What: Head of SecOps - 45 min\nInvitee time zone: Asia/Singapo
 re\nWho:\n- Ravi Menon - Organizer (CTO\, Kepler Digital Assets)\n- Wei Jie
  Tan\nWhere: Cal Video https://app.cal.com/video/8b21f\nAdditional notes:
  referred by Daniel Koh. Will go through custody security and 24x7 monitor
 ing.
ORGANIZER;CN=Ravi Menon:mailto:ravi.menon@keplerdigital.io
ATTENDEE;CN=Wei Jie Tan;PARTSTAT=ACCEPTED:mailto:weijie.tan.sec@gmail.com
LOCATION:https://app.cal.com/video/8b21f
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "greenhouse-hm-la", "gh-edgeward-5012233-hm", 1, "Edgeward",
        "Engineering Manager, Detection & Response (APAC)", "hiring_manager", "j.alvarez@edgeward.com",
        "greenhouse-hm-la-zone-webex",
        r"""
BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
@@LA@@
BEGIN:VEVENT
UID:gh-edgeward-5012233-hm
DTSTAMP:20250227T200000Z
DTSTART;TZID=America/Los_Angeles:20250303T180000
DTEND;TZID=America/Los_Angeles:20250303T184500
SUMMARY:Edgeward - Hiring Manager Interview
DESCRIPTION:Role: Engineering Manager\, Detection & Response (APAC)\nInterv
 iewer: Javier Alvarez\nWebex: https://edgeward.webex.com/meet/j.alvarez\n
ORGANIZER;CN=Edgeward Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=Javier Alvarez:mailto:J.Alvarez@edgeward.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "chinese-lark", "lark-hx-7f2c90a1e4-0001", 1, "Huaxing Cloud",
        "安全运营经理（新加坡）", "", "zhou.lei@huaxingcloud.com",
        "chinese-lark-mianshi-invite",
        r"""
BEGIN:VCALENDAR
PRODID:-//Lark//Lark Calendar//ZH
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:lark-hx-7f2c90a1e4-0001
DTSTAMP:20250312T020000Z
DTSTART;TZID=Asia/Singapore:20250314T100000
DTEND;TZID=Asia/Singapore:20250314T110000
SUMMARY:【华星云】面试邀请 - 安全运营经理（新加坡）
DESCRIPTION:陈伟杰您好，\n\n感谢您投递华星云新加坡的安全运营经理职位。面试官：周磊（安全中心负责人
 ）。\n面试形式：飞书视频会议\n会议链接：https://vc.larksuite.com/j/7
 f2c90a1e4\n\n如需改期请回复此邮件。\n华星云 人才招聘
ORGANIZER;CN=华星云招聘:mailto:hr@huaxingcloud.com
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
ATTENDEE;CN=周磊:mailto:zhou.lei@huaxingcloud.com
LOCATION:飞书视频会议
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "practical-day", "bdl-practical-20250414@bukitdefence.sg", 1, "Bukit Defence Labs",
        "Threat Detection Lead", "technical", "",
        "all-day-practical-assessment-day",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250414
DTEND;VALUE=DATE:20250415
DTSTAMP:20250328T100000Z
ORGANIZER;CN=Bukit Defence Labs Hiring:mailto:hiring@bukitdefence.sg
UID:bdl-practical-20250414@bukitdefence.sg
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=weijie
 .tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
DESCRIPTION:Practical day for the Threat Detection Lead role. You'll work
  in our lab from 9am to 5pm on a simulated intrusion: triage\, scoping\, de
 tections\, and a 20-min readout to the team at 4.30pm. Lunch provided. Bri
 ng your own laptop (we provide a jump host).
LOCATION:Bukit Defence Labs\, 71 Science Park Drive
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BDL practical day (Threat Detection Lead)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
