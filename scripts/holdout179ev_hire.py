# ruff: noqa: E501
"""holdout179: negatives with the user on the HIRING side at Straits Freight."""

from holdout179ev_tz import ev

NEG = ("", "", "", "")

EVENTS = [
    ev(
        "sf-interviewer-invite", "SF-STF-REC-3310-INT-0007", 0, *NEG,
        "user-as-interviewer-successfactors-interviewer-invite",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:REQUEST
@@SG@@
BEGIN:VEVENT
UID:SF-STF-REC-3310-INT-0007
DTSTAMP:20250303T020000Z
DTSTART;TZID=Asia/Singapore:20250305T100000
DTEND;TZID=Asia/Singapore:20250305T110000
SUMMARY:Interview: Nur Aisyah binte Rahim - SOC Analyst (L2) - Req 3310
DESCRIPTION:You have been added as an interviewer.\nCandidate: Nur Aisyah
  binte Rahim\nRequisition: 3310 SOC Analyst (L2)\nInterview kit and resume:
  https://performancemanager.successfactors.eu/sf/recruiting?reqId=3310\nPl
 ease submit your rating in Interview Central within 24 hours.
ORGANIZER;CN=Straits Freight Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Tan Wei Jie;RSVP=TRUE:mailto:weijie.tan@straitsfreight.com.sg
LOCATION:SF HQ 6-02 / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "panel-room-resource", "040000008200E00074C5B7101A82E00800000000112233445566DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00", 0, *NEG,
        "user-as-interviewer-outlook-panel-chair",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koh, Benjamin":mailto:Benjamin.Koh@straitsfreight.com.sg
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="SF-HQ-L6-Harbour (6)":mailto:SF-HQ-L6-Harbour@straitsfreight.com.sg
DESCRIPTION;LANGUAGE=en-US:Hi Wei Jie\, Ben\,\n\nPanel for the SOC L1 open
 ing. Wei Jie to chair. CV and scoring sheet attached - please return sheet
 s to me after.\n\nCandidate: Ravi Kumar (ext.)\n\nThanks\nRachel\n
UID:040000008200E00074C5B7101A82E00800000000112233445566DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-US:Panel - SOC Analyst L1 - Ravi Kumar
DTSTART;TZID=Singapore Standard Time:20250312T143000
DTEND;TZID=Singapore Standard Time:20250312T153000
DTSTAMP:20250307T050000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SF-HQ-L6-Harbour (6)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "takehome-review", "1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9", 0, *NEG,
        "user-as-interviewer-take-home-review-block",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9
DTSTAMP:20250306T010000Z
DTSTART:20250307T060000Z
DTEND:20250307T073000Z
SUMMARY:Review take-homes (DFIR exercise) x3
DESCRIPTION:Jun Hao\, Farhan\, Cheryl L. Use rubric v2. Check timeline acc
 uracy + whether they found the persistence (sched task). Send scores to R
 achel by Mon.
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hiring-debrief", "040000008200E00074C5B7101A82E00800000000223344556677DB01000000000000000010000000D0D0CAFED0D0CAFED0D0CAFED0D0CAFE", 0, *NEG,
        "user-as-interviewer-debrief-after-panels",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Koh, Benjamin":mailto:Benjamin.Koh@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
DESCRIPTION;LANGUAGE=en-US:Debrief on the 3 L2 candidates from this week.
  Bring your scores. Aim to decide on 1 offer + 1 reserve.\n
UID:040000008200E00074C5B7101A82E00800000000223344556677DB01000000000000000010000000D0D0CAFED0D0CAFED0D0CAFED0D0CAFE
SUMMARY;LANGUAGE=en-US:L2 hiring - debrief
DTSTART;TZID=Singapore Standard Time:20250314T170000
DTEND;TZID=Singapore Standard Time:20250314T173000
DTSTAMP:20250310T020000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hiring-committee", "SFHC-2025-Q1-req4471@straitsfreight.com.sg", 0, *NEG,
        "user-as-interviewer-hiring-committee-req",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
BEGIN:VEVENT
UID:SFHC-2025-Q1-req4471@straitsfreight.com.sg
DTSTAMP:20250317T010000Z
DTSTART:20250320T020000Z
DTEND:20250320T030000Z
SUMMARY:Hiring Committee - Req 4471 Security Engineer (Cloud)
DESCRIPTION:Agenda: 1) shortlist review (5 profiles) 2) panel composition
  3) salary band vs market 4) timeline. Wei Jie to present technical asses
 sment results.
ORGANIZER;CN="Ho, Daniel (CIO)":mailto:Daniel.Ho@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
LOCATION:CIO office
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "candidate-reply-accepted", "SF-STF-REC-3311-INT-0002", 0, *NEG,
        "user-as-interviewer-candidate-gmail-reply-accepted",
        r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250318T020000Z
DTEND:20250318T030000Z
DTSTAMP:20250315T114000Z
ORGANIZER;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
UID:SF-STF-REC-3311-INT-0002
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=jh.lim
 .sec@gmail.com:mailto:jh.lim.sec@gmail.com
SEQUENCE:0
SUMMARY:Accepted: Technical interview - SOC Analyst (L1) @ Straits Freight
REQUEST-STATUS:2.0;Success
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "agency-candidate-intro", "WK-CAND-PRES-883102", 0, *NEG,
        "user-as-interviewer-agency-presents-candidate",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WK-CAND-PRES-883102
DTSTAMP:20250224T020000Z
DTSTART:20250226T013000Z
DTEND:20250226T020000Z
SUMMARY:Walters Kane / Straits Freight - candidate shortlist call (Threat H
 unter)
DESCRIPTION:Hi Wei Jie\, as promised I'd like to walk you through the 3 pr
 ofiles for your Threat Hunter role - Marcus Lee is the standout (ex-Big 4
  IR). Happy to line up interviews this week.\nJonathan Yeo\, Walters Kane
ORGANIZER;CN=Jonathan Yeo:mailto:jonathan.yeo@walterskane.com
ATTENDEE;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
LOCATION:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "calendly-user-host", "calendly-sf-wjt-77de01c4", 0, *NEG,
        "user-as-interviewer-calendly-host-candidate-booked",
        r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-sf-wjt-77de01c4
DTSTAMP:20250319T140000Z
DTSTART:20250321T030000Z
DTEND:20250321T033000Z
SUMMARY:New Event: Farhan Ismail - 30 Minute Technical Chat
DESCRIPTION:Invitee: Farhan Ismail\nInvitee Email: farhan.ismail97@hotmail
 .com\nEvent Type: 30 Minute Technical Chat (Straits Freight SOC)\n\nQuest
 ions:\nRole you applied for: SOC Analyst L2\n\nView event in Calendly: htt
 ps://calendly.com/app/scheduled_events/user/me
ORGANIZER;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
ATTENDEE;CN=Farhan Ismail:mailto:farhan.ismail97@hotmail.com
LOCATION:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "bookings-staff", "AAMkADStraitsFreightBookings0325L1", 0, *NEG,
        "user-as-interviewer-bookings-staff-assigned",
        r"""
BEGIN:VCALENDAR
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
METHOD:REQUEST
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN=SF Cyber Hiring:mailto:SFCyberHiring@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Cheryl Lau:mailto:cheryl.lau.cy@gmail.com
DESCRIPTION;LANGUAGE=en-US:New booking\nService: Technical interview - SOC
  (45 min)\nCustomer: Cheryl Lau\nStaff: Tan Wei Jie\nCustomer notes: Poly
  grad\, currently NOC at a telco.\n
UID:AAMkADStraitsFreightBookings0325L1
SUMMARY;LANGUAGE=en-US:Technical interview - SOC - Cheryl Lau
DTSTART;TZID=Singapore Standard Time:20250327T100000
DTEND;TZID=Singapore Standard Time:20250327T104500
DTSTAMP:20250320T080000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "shadow-interviewer", "a2f9c1e0-shadow-0401@straitsfreight.com.sg", 0, *NEG,
        "user-as-interviewer-new-lead-shadows-user",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a2f9c1e0-shadow-0401@straitsfreight.com.sg
DTSTAMP:20250328T010000Z
DTSTART:20250401T060000Z
DTEND:20250401T070000Z
SUMMARY:Kelvin to shadow - L1 interview (Siti N.)
DESCRIPTION:Kelvin sits in as observer for interviewer training. He doesn'
 t score this one. Debrief 15 min after.
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN="Ong, Kelvin":mailto:Kelvin.Ong@straitsfreight.com.sg
LOCATION:SF-HQ-L6-Jetty (4)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "scorecard-reminder", "SF-STF-REC-3310-FB-0007", 0, *NEG,
        "user-as-interviewer-feedback-due-task",
        r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Management//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-STF-REC-3310-FB-0007
DTSTAMP:20250305T040000Z
DTSTART;VALUE=DATE:20250306
DTEND;VALUE=DATE:20250307
SUMMARY:Action required: Interview feedback - Nur Aisyah binte Rahim (3310)
DESCRIPTION:Your interview assessment for this candidate is outstanding. P
 lease complete the form in Interview Central.
ORGANIZER;CN=Straits Freight Talent Acquisition:mailto:noreply@successfactors.eu
ATTENDEE;CN=Tan Wei Jie:mailto:weijie.tan@straitsfreight.com.sg
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "trial-shift-supervise", "C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F", 0, *NEG,
        "user-as-interviewer-candidate-trial-shift-in-soc",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:C3D4E5F6-A7B8-4C9D-8E0F-1A2B3C4D5E6F
DTSTAMP:20250402T010000Z
DTSTART:20250403T010000Z
DTEND:20250403T050000Z
SUMMARY:Daniel Ong - SOC floor half-day (practical)
DESCRIPTION:Final L2 candidate. Sits with B-shift\, triage live queue with
  Ben (read-only acct requested from IAM). I observe 10-12\, check his tick
 et notes. Visitor pass at L1.
LOCATION:SOC\, L5
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "intern-interviews", "040000008200E00074C5B7101A82E008000000004455667788AADB0100000000000000001000000012ABCDEF12ABCDEF12ABCDEF12ABCDEF", 0, *NEG,
        "user-as-interviewer-poly-internship-interviews",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
DESCRIPTION;LANGUAGE=en-US:Back-to-back 20 min slots\, 6 students from the
  poly cyber diplomas. Question bank in the Teams channel.\n
UID:040000008200E00074C5B7101A82E008000000004455667788AADB0100000000000000001000000012ABCDEF12ABCDEF12ABCDEF12ABCDEF
SUMMARY;LANGUAGE=en-US:Internship selection (Cyber) - Jul intake
DTSTART;TZID=Singapore Standard Time:20250407T140000
DTEND;TZID=Singapore Standard Time:20250407T163000
DTSTAMP:20250401T010000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:SF-HQ-L6-Harbour (6)
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "hackerrank-review", "9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A", 0, *NEG,
        "user-as-interviewer-review-hackerrank-submissions",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
BEGIN:VEVENT
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
DTSTAMP:20250321T010000Z
DTSTART:20250324T013000Z
DTEND:20250324T023000Z
SUMMARY:HackerRank results - Sec Eng (Cloud) shortlist
DESCRIPTION:go thru 5 reports\, flag plagiarism alerts. cutoff 65%.
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "candidate-reference-check", "D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6", 0, *NEG,
        "user-as-interviewer-reference-check-on-candidate",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:D1E2F3A4-B5C6-4D7E-8F90-A1B2C3D4E5F6
DTSTAMP:20250326T100000Z
DTSTART:20250327T080000
DTEND:20250327T081500
SUMMARY:Ref chk - Daniel Ong's ex-mgr (Eugene\, +65 8123 xxxx)
DESCRIPTION:ask: on-call reliability\, writing\, why left
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "chinese-typed-mianshi", "7E6D5C4B-3A29-4817-B6A5-948372615F0E", 0, *NEG,
        "user-as-interviewer-chinese-typed-candidate-interview",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.4//EN
BEGIN:VEVENT
UID:7E6D5C4B-3A29-4817-B6A5-948372615F0E
DTSTAMP:20250330T120000Z
DTSTART:20250402T100000
DTEND:20250402T110000
SUMMARY:面试 候选人 张嘉欣 (SOC L2)
DESCRIPTION:我面她。问 Splunk + 事件响应流程。HR Rachel 会带她上来
LOCATION:L6 Harbour rm
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "typed-cand-screen", "4C3B2A19-0817-4F6E-9D5C-4B3A29180706", 0, *NEG,
        "user-as-interviewer-typed-phone-screen-of-candidate",
        r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.3//EN
BEGIN:VEVENT
UID:4C3B2A19-0817-4F6E-9D5C-4B3A29180706
DTSTAMP:20250220T093000Z
DTSTART:20250221T090000Z
DTEND:20250221T093000Z
SUMMARY:Cand phone scrn - Jun Hao (L1)
DESCRIPTION:i call him. 9123 4xxx. check shift work ok\, nights
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "internal-transfer-interview", "040000008200E00074C5B7101A82E008000000005566778899BBDB0100000000000000001000000034CDEF0134CDEF0134CDEF0134CDEF01", 0, *NEG,
        "user-as-interviewer-internal-transfer-candidate",
        r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@SST@@
BEGIN:VEVENT
ORGANIZER;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Siti Nurhaliza Binte Osman":mailto:Siti.Osman@straitsfreight.com.sg
DESCRIPTION;LANGUAGE=en-US:Hi Siti\, following your internal application
  for the Security Engineer role\, let's have a technical discussion. Please
  be ready to talk through a recent incident you handled from the IT servi
 ce desk side.\n
UID:040000008200E00074C5B7101A82E008000000005566778899BBDB0100000000000000001000000034CDEF0134CDEF0134CDEF0134CDEF01
SUMMARY;LANGUAGE=en-US:Internal application - Security Engineer - technical discussion
DTSTART;TZID=Singapore Standard Time:20250409T150000
DTEND;TZID=Singapore Standard Time:20250409T154500
DTSTAMP:20250403T020000Z
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "campus-booth", "SF-CAMPUS-20250315-poly", 0, *NEG,
        "user-as-interviewer-career-fair-booth-on-the-spot-chats",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-CAMPUS-20250315-poly
DTSTAMP:20250301T020000Z
DTSTART:20250315T013000Z
DTEND:20250315T060000Z
SUMMARY:Straits Freight booth - Poly Career Fair (cyber roles)
DESCRIPTION:Wei Jie + Kelvin manning the booth. On-the-spot chats with gra
 duating students for SOC trainee posts\; collect CVs\, note top 5 for for
 mal interviews.
ORGANIZER;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
ATTENDEE;CN="Ong, Kelvin":mailto:Kelvin.Ong@straitsfreight.com.sg
LOCATION:Polytechnic Convention Hall
END:VEVENT
END:VCALENDAR
""",
    ),
    ev(
        "offer-discussion-hrbp", "SF-OFFER-L2-20250318@straitsfreight.com.sg", 0, *NEG,
        "user-as-interviewer-offer-approval-for-candidate",
        r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-OFFER-L2-20250318@straitsfreight.com.sg
DTSTAMP:20250317T020000Z
DTSTART:20250318T073000Z
DTEND:20250318T080000Z
SUMMARY:Offer - Nur Aisyah (SOC L2) - package check
DESCRIPTION:Confirm band\, shift allowance and start date before Rachel ca
 lls her.
ORGANIZER;CN="Lee, Rachel (HR)":mailto:Rachel.Lee@straitsfreight.com.sg
ATTENDEE;CN="Tan, Wei Jie":mailto:WeiJie.Tan@straitsfreight.com.sg
LOCATION:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
]
