# ruff: noqa: E501
"""holdout179: negatives from the user's working week (SOC, audits, vendors, press, teaching)."""

from holdout179ev_tz import ev

NEG = ("", "", "", "")

EVENTS = [
    ev(
        "forensic-interview", "040000008200E00074C5B7101A82E00800000000667788990011DB0100000000000000001000000056EF012356EF012356EF012356EF0123", 0, *NEG,
        "forensic-interview-of-staff-in-investigation",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yusof, Hakim (ER)":mailto:Hakim.Yusof@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Chew, Amanda (Legal)":mailto:Amanda.Chew@straitsfreight.com.sg
DESCRIPTION;LANGUAGE=en-US:PRIVILEGED & CONFIDENTIAL - INC-2291\nInterview
  with warehouse supervisor re USB exfil at Tuas DC. ER to lead\, WJ on tec
 hnical questions (device timeline\, shared creds). Record with consent. Do
  not forward.\n
UID:040000008200E00074C5B7101A82E00800000000667788990011DB0100000000000000001000000056EF012356EF012356EF012356EF0123
SUMMARY;LANGUAGE=en-US:INC-2291 - interview (Tuas DC staff)
DTSTART;TZID=Singapore Standard Time:20250313T100000
DTEND;TZID=Singapore Standard Time:20250313T113000
DTSTAMP:20250311T030000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tuas DC - Admin Blk MR2
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "post-incident-review", "PIR-INC2287-20250227@straitsfreight.com.sg", 0, *NEG,
        "post-incident-review-blameless",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:PIR-INC2287-20250227@straitsfreight.com.sg
DTSTAMP:20250225T010000Z
DTSTART:20250227T060000Z
DTEND:20250227T070000Z
SUMMARY:PIR - INC-2287 BEC / mailbox compromise (blameless)
DESCRIPTION:Timeline walk-through\, detection gaps\, actions. Finance rep
  to join for the payment-hold part.
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN="Koh, Benjamin":mailto:Benjamin.Koh@straitsfreight.com.sg
ATTENDEE;CN="Ho, Daniel (CIO)":mailto:Daniel.Ho@straitsfreight.com.sg
LOCATION:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "tabletop-exercise", "TTX-RANSOM-2025Q1@straitsfreight.com.sg", 0, *NEG,
        "ransomware-tabletop-with-execs",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TTX-RANSOM-2025Q1@straitsfreight.com.sg
DTSTAMP:20250220T010000Z
DTSTART:20250307T010000Z
DTEND:20250307T040000Z
SUMMARY:Tabletop exercise - ransomware on WMS (ExCo)
DESCRIPTION:Facilitated by Aegis Infosec. Injects prepared by SOC. Scenari
 o: WMS encrypted during CNY peak. Decision points: pay/no pay\, customer c
 omms\, PDPC notification.
ORGANIZER;CN="Ho, Daniel (CIO)":mailto:Daniel.Ho@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:Boardroom L8
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "vendor-demo", "vendor-logharbor-demo-0219@logharbor.com", 0, *NEG,
        "vendor-soar-demo",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:vendor-logharbor-demo-0219@logharbor.com
DTSTAMP:20250214T010000Z
DTSTART:20250219T020000Z
DTEND:20250219T030000Z
SUMMARY:LogHarbor x Straits Freight - SOAR demo + POC scoping
ORGANIZER;CN=Amir Hassan:mailto:amir.hassan@logharbor.com
ATTENDEE;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
ATTENDEE;CN=Benjamin Koh:mailto:benjamin.koh@straitsfreight.com.sg
DESCRIPTION:Live demo of playbooks (phishing triage\, EDR isolation)\, then
  POC success criteria.\nZoom: https://logharbor.zoom.us/j/94455667788
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "audit-interview", "ISO27001-SA-2025-0410-AM@certbody.sg", 0, *NEG,
        "iso-audit-interview-of-user-as-auditee",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ISO27001-SA-2025-0410-AM@certbody.sg
DTSTAMP:20250401T010000Z
DTSTART:20250410T013000Z
DTEND:20250410T030000Z
SUMMARY:ISO 27001 surveillance audit - interview: A.5.24-5.28 incident mgmt
DESCRIPTION:Auditor interview with SOC lead. Evidence: IR plan\, last 2 PI
 Rs\, log retention config\, on-call roster. Auditor: Mr Chandran (lead aud
 itor).
ORGANIZER;CN="Wee, Patricia (GRC)":mailto:Patricia.Wee@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:SF HQ 6-02
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "shift-handover-recurring", "soc-handover-weekly-7a1b@straitsfreight.com.sg", 0, *NEG,
        "recurring-soc-handover-with-override",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@SG@@
BEGIN:VEVENT
UID:soc-handover-weekly-7a1b@straitsfreight.com.sg
DTSTAMP:20250101T010000Z
DTSTART;TZID=Asia/Singapore:20250106T083000
DTEND;TZID=Asia/Singapore:20250106T090000
RRULE:FREQ=WEEKLY;BYDAY=MO
SUMMARY:SOC weekly handover / queue review
DESCRIPTION:A/B/C shift leads. Open cases\, tuning requests\, roster.
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:SOC L5
END:VEVENT
BEGIN:VEVENT
UID:soc-handover-weekly-7a1b@straitsfreight.com.sg
RECURRENCE-ID;TZID=Asia/Singapore:20250317T083000
DTSTAMP:20250314T010000Z
DTSTART;TZID=Asia/Singapore:20250317T100000
DTEND;TZID=Asia/Singapore:20250317T103000
SUMMARY:SOC weekly handover / queue review (moved - WJ out AM)
DESCRIPTION:A/B/C shift leads. Open cases\, tuning requests\, roster.
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:SOC L5
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "vendor-risk-interview", "tprm-fwd-2025-0321@straitsfreight.com.sg", 0, *NEG,
        "third-party-risk-assessment-interview-of-vendor",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:tprm-fwd-2025-0321@straitsfreight.com.sg
DTSTAMP:20250318T010000Z
DTSTART:20250321T070000Z
DTEND:20250321T080000Z
SUMMARY:TPRM - security assessment interview w/ FreightWorks (TMS vendor)
DESCRIPTION:Walk through their SIG Lite answers\, pen test report\, SOC 2
  exceptions. Their CISO + our procurement.
ORGANIZER;CN="Wee, Patricia (GRC)":mailto:Patricia.Wee@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN=Greg Tan:mailto:greg.tan@freightworks.com
LOCATION:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "stay-interview", "HR-STAY-2025-WJT@straitsfreight.com.sg", 0, *NEG,
        "own-stay-interview-with-hr-at-current-job",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:HR-STAY-2025-WJT@straitsfreight.com.sg
DTSTAMP:20250324T010000Z
DTSTART:20250328T070000Z
DTEND:20250328T073000Z
SUMMARY:Stay interview - Wei Jie
DESCRIPTION:Hi Wei Jie\, part of our retention programme for key talent. In
 formal chat on what keeps you here and what we could do better. Nothing t
 o prepare.\nRachel
ORGANIZER;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:L8 pantry meeting pod
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "mid-year-review", "HR-PERF-MY25-WJT@straitsfreight.com.sg", 0, *NEG,
        "own-performance-appraisal-with-cio",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:HR-PERF-MY25-WJT@straitsfreight.com.sg
DTSTAMP:20250402T010000Z
DTSTART:20250415T060000Z
DTEND:20250415T070000Z
SUMMARY:FY24 appraisal discussion - Wei Jie / Daniel
DESCRIPTION:Self-assessment in SuccessFactors due 11 Apr.
ORGANIZER;CN="Ho, Daniel (CIO)":mailto:Daniel.Ho@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:CIO office
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "press-interview", "corpcomms-press-0312@straitsfreight.com.sg", 0, *NEG,
        "press-interview-with-journalist",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:corpcomms-press-0312@straitsfreight.com.sg
DTSTAMP:20250305T010000Z
DTSTART:20250312T030000Z
DTEND:20250312T033000Z
SUMMARY:Media interview - Tech Asia Daily (supply chain phishing)
DESCRIPTION:Reporter: Nicole Chia. On record\, no incident specifics. Corp
 Comms (Vanessa) will sit in. Key messages doc attached.
ORGANIZER;CN="Lim, Vanessa (CorpComms)":mailto:Vanessa.Lim@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN=Nicole Chia:mailto:nicole.chia@techasiadaily.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "podcast-recording", "riverside-soctalk-ep42-wjt", 0, *NEG,
        "podcast-guest-recording",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-soctalk-ep42-wjt
DTSTAMP:20250310T010000Z
DTSTART:20250319T110000Z
DTEND:20250319T120000Z
SUMMARY:SOC Talk Asia - Ep 42 recording (guest: Wei Jie Tan)
DESCRIPTION:Topic: building a 24x7 SOC on a mid-size budget. Riverside st
 udio link: https://riverside.fm/studio/soc-talk-asia\nHeadphones please!
ORGANIZER;CN=Aaron Lee:mailto:aaron@soctalk.asia
ATTENDEE;CN=weijie.tan.sec@gmail.com:mailto:weijie.tan.sec@gmail.com
LOCATION:Riverside.fm
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "research-interview", "calendly-nus-socstudy-31ab", 0, *NEG,
        "academic-research-interview-participant",
        r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-nus-socstudy-31ab
DTSTAMP:20250226T010000Z
DTSTART:20250304T110000Z
DTEND:20250304T120000Z
SUMMARY:Research Interview: SOC analyst fatigue study between Dr Mei Chen
  and Wei Jie Tan
DESCRIPTION:Event Name: Research Interview (60 min)\nThank you for agreei
 ng to participate. This semi-structured interview is part of an IRB-appro
 ved study on alert fatigue in security operations centres. You will recei
 ve a S$50 voucher.\nZoom: https://nus-sg.zoom.us/j/83344556677\nPowered by
  Calendly.com
ORGANIZER;CN=Dr Mei Chen:mailto:mei.chen@nus.edu.sg
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
LOCATION:Zoom
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "customer-research", "ux-edr-vendor-ri-882@sentrixa.com", 0, *NEG,
        "vendor-user-research-customer-interview",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ux-edr-vendor-ri-882@sentrixa.com
DTSTAMP:20250404T010000Z
DTSTART:20250409T080000Z
DTEND:20250409T084500Z
SUMMARY:Sentrixa customer interview - investigation UI feedback
DESCRIPTION:Hi Wei Jie\, thanks for joining our product research session.
  We'll show prototype screens of the new investigation graph and ask how y
 our analysts work. 45 min\, recorded for internal use only.\nGoogle Meet:
  https://meet.google.com/snx-uxr-882
ORGANIZER;CN=Jess Park (UX Research):mailto:jess.park@sentrixa.com
ATTENDEE;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "webinar-interview-tips", "zoomwebinar-isc2sg-88123456789", 0, *NEG,
        "webinar-about-acing-security-manager-interviews",
        r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:zoomwebinar-isc2sg-88123456789
DTSTAMP:20250301T010000Z
DTSTART:20250306T110000Z
DTEND:20250306T123000Z
SUMMARY:Webinar: Landing your first Security Manager role - interview pan
 el secrets
DESCRIPTION:Hi Wei Jie Tan\,\nThank you for registering for "Landing your
  first Security Manager role - interview panel secrets" (ISC2 Singapore Ch
 apter members' evening).\nPanellists share how hiring panels assess securi
 ty leaders\, with a live mock Q&A.\nJoin from PC\, Mac\, iPad: https://us0
 2web.zoom.us/w/88123456789?tk=abc\nWebinar ID: 881 2345 6789
ORGANIZER;CN=ISC2 Singapore Chapter:mailto:no-reply@zoom.us
ATTENDEE;CN=Wei Jie Tan:mailto:weijie.tan.sec@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "weekend-class-recurring", "polyCET-cyberintprep-2025S1@poly.edu.sg", 0, *NEG,
        "user-teaches-interview-prep-course-recurring-override",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:Asia/Singapore
@@SG@@
BEGIN:VEVENT
UID:polyCET-cyberintprep-2025S1@poly.edu.sg
DTSTAMP:20250110T010000Z
DTSTART;TZID=Asia/Singapore:20250222T090000
DTEND;TZID=Asia/Singapore:20250222T120000
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=SA
SUMMARY:CET class - Cyber Interviews Prep (teach)
DESCRIPTION:SkillsFuture module. Wk plan: CV\, behavioural\, technical Qs
  (SOC/IR)\, mock panels in class. Rm T12-04.
LOCATION:Polytechnic Blk T12\, Rm 04
END:VEVENT
BEGIN:VEVENT
UID:polyCET-cyberintprep-2025S1@poly.edu.sg
RECURRENCE-ID;TZID=Asia/Singapore:20250322T090000
DTSTAMP:20250315T010000Z
DTSTART;TZID=Asia/Singapore:20250322T140000
DTEND;TZID=Asia/Singapore:20250322T170000
SUMMARY:CET class - Cyber Interviews Prep (teach) - PM slot\, mock panels
DESCRIPTION:Moved to afternoon (morning at NexCore). Students do mock pane
 l interviews in pairs\, I play hiring manager.
LOCATION:Polytechnic Blk T12\, Rm 04
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "isac-call", "csisac-monthly-0320@logistics-isac.sg", 0, *NEG,
        "sector-isac-threat-sharing-call",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:csisac-monthly-0320@logistics-isac.sg
DTSTAMP:20250310T010000Z
DTSTART:20250320T080000Z
DTEND:20250320T090000Z
SUMMARY:Logistics ISAC - monthly threat sharing (TLP:AMBER)
DESCRIPTION:Members only. Topics: QR phishing targeting drivers\, Qakbot r
 esurgence.
ORGANIZER;CN=Logistics ISAC Secretariat:mailto:secretariat@logistics-isac.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:Webex
END:VEVENT
END:VCALENDAR
""",
    ),
]
