# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part H: work at Meridian Trust Bank that is not hiring (vendors, RFP, CAB, audits, press,
conference) and the look-alikes of interviews in her job search (mock, webinar, fair, coffee, reference)."""

N = dict(interview=0, company="", role="", stage="", interviewers="")

EVENTS = [
    dict(
        N,
        kind="vendor-presentation",
        uid="040000008200E00074C5B7101A82E0080000000012ABCD34EF56DC0100000000000000001000000078901234ABCDEF5678901234ABCDEF56",
        trap="vendor-sd-wan-presentation",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Chukwu, Emeka (Sterling Netlink)":mailto:emeka.chukwu@sterlingnetlink.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Okeke, Femi (Network Operations)":mailto:femi.okeke@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Good day Ngozi\,\n\nAs agreed\, our team will 
 present the SD-WAN solution for the branch network (240 branches) with a 
 live demo of zero-touch provisioning and the orchestrator. Our OEM SE fro
 m Dubai will join remotely.\n\nBest regards\,\nEmeka Chukwu\nAccount Mana
 ger – Financial Services
UID:040000008200E00074C5B7101A82E0080000000012ABCD34EF56DC01000000000000000010
 00000078901234ABCDEF5678901234ABCDEF56
SUMMARY;LANGUAGE=en-US:Sterling Netlink – SD-WAN presentation to Meridian Trust Bank
DTSTART;TZID=W. Central Africa Standard Time:20250918T110000
DTEND;TZID=W. Central Africa Standard Time:20250918T123000
DTSTAMP:20250912T093000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ-VI 7th Floor Conference Room B
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="vendor-interview",
        uid="040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC010000000000000000100000001122AABB3344CCDD5566EEFF7788A0B0",
        trap="rfp-vendor-interview-managed-dc",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Procurement\, Strategic Sourcing":mailto:strategic.sourcing@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ibrahim, Sadiq (Data Centre Ops)":mailto:sadiq.ibrahim@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:RFP MTB/IT/2025/017 – Managed Data Centre & Co-
 location Services\n\nShortlisted bidder interview: Rack Centre Solutions 
 Ltd. Each bidder has 45 mins to present and 45 mins of questions from the
  evaluation committee. Evaluation committee members should use the scorin
 g sheet (technical 70 / commercial 30). Bidders must not be given any inf
 ormation on competing bids.
UID:040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC0100000000000000001
 00000001122AABB3344CCDD5566EEFF7788A0B0
SUMMARY;LANGUAGE=en-US:RFP 017 – Vendor Interview (Bidder 2)
DTSTART;TZID=W. Central Africa Standard Time:20251009T100000
DTEND;TZID=W. Central Africa Standard Time:20251009T113000
DTSTAMP:20251003T120000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Procurement Meeting Room\, 3rd Floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="cab-recurring",
        uid="040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DB01000000000000000010000000CAB1CAB2CAB3CAB4CAB5CAB6CAB7CAB8",
        trap="cab-weekly-recurring-with-moved-instance",
        ics=r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Lawal, Rasheed (IT Service Management)":mailto:rasheed.lawal@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Weekly Change Advisory Board. Change owners to 
 attend for their RFCs. Emergency changes reviewed retrospectively. Freez
 e calendar applies from 15 Dec.
RRULE:FREQ=WEEKLY;BYDAY=TU;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DB0100000000000000001
 0000000CAB1CAB2CAB3CAB4CAB5CAB6CAB7CAB8
SUMMARY;LANGUAGE=en-US:CAB – weekly
DTSTART;TZID=W. Central Africa Standard Time:20250107T150000
DTEND;TZID=W. Central Africa Standard Time:20250107T160000
DTSTAMP:20250103T080000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Teams / Conf Room A
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Lawal, Rasheed (IT Service Management)":mailto:rasheed.lawal@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Moved to Wednesday this week – CBN examiners in
  Conf Room A on Tuesday. Core banking upgrade RFC-25-1187 for approval.
RECURRENCE-ID;TZID=W. Central Africa Standard Time:20251021T150000
UID:040000008200E00074C5B7101A82E00800000000CAB0CAB0CAB0DB0100000000000000001
 0000000CAB1CAB2CAB3CAB4CAB5CAB6CAB7CAB8
SUMMARY;LANGUAGE=en-US:CAB – weekly (moved)
DTSTART;TZID=W. Central Africa Standard Time:20251022T150000
DTEND;TZID=W. Central Africa Standard Time:20251022T163000
DTSTAMP:20251017T080000Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="regulator-exam",
        uid="cbn-rbs-it-2025-entry@meridiantrustbank.ng",
        trap="central-bank-it-examination-entry-meeting",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
UID:cbn-rbs-it-2025-entry@meridiantrustbank.ng
DTSTAMP:20251015T100000Z
DTSTART;TZID="W. Central Africa Standard Time":20251021T093000
DTEND;TZID="W. Central Africa Standard Time":20251021T113000
SUMMARY:CBN Risk-Based IT Examination 2025 – Entry Meeting
ORGANIZER;CN="Compliance & Regulatory Reporting":mailto:compliance@meridiantrustbank.ng
ATTENDEE;CN="Adeyemi, Ngozi";ROLE=REQ-PARTICIPANT:mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;CN="Ogundele, Tayo (CISO)";ROLE=REQ-PARTICIPANT:mailto:tayo.ogundele@meridiantrustbank.ng
DESCRIPTION:Entry meeting with the CBN examination team. Process owners s
 hould be available for walkthroughs and interviews with the examiners th
 roughout the two-week fieldwork. Document request list (DRL) responses d
 ue by 24 Oct.
LOCATION:HQ-VI 7th Floor Conference Room A
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="audit-interview",
        uid="iso27001-surv-2025-ngozi@meridiantrustbank.ng",
        trap="iso-auditor-interviews-process-owner",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
UID:iso27001-surv-2025-ngozi@meridiantrustbank.ng
DTSTAMP:20251024T080000Z
DTSTART;TZID="W. Central Africa Standard Time":20251029T140000
DTEND;TZID="W. Central Africa Standard Time":20251029T150000
SUMMARY:ISO 27001 surveillance audit – interview: Head\, IT Infrastructure (A.8 / A.5.30)
ORGANIZER;CN="Information Security Office":mailto:iso@meridiantrustbank.ng
ATTENDEE;CN="Adeyemi, Ngozi";ROLE=REQ-PARTICIPANT:mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;CN="Mensah, Kofi (Lead Auditor\, Certis Assurance)";ROLE=REQ-PARTICIPANT:mailto:kofi.mensah@certisassurance.com
DESCRIPTION:Auditor interview with the control owner: capacity management
 \, backup\, ICT readiness for business continuity. Have evidence of the l
 ast DR test and backup restore logs ready.
LOCATION:ISO war room\, 6th floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="conference-panel",
        uid="ats2025-panel-cloud-banking-speaker-04@africatechsummit.com",
        trap="tech-conference-panel-speaker",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Sched.com//Africa Tech Summit Lagos 2025//EN
@@TZ:Africa/Lagos@@
BEGIN:VEVENT
UID:ats2025-panel-cloud-banking-speaker-04@africatechsummit.com
DTSTAMP:20251025T120000Z
DTSTART;TZID=Africa/Lagos:20251106T143000
DTEND;TZID=Africa/Lagos:20251106T151500
SUMMARY:PANEL: Cloud in Regulated Banking – What the Regulator Actually Wants
LOCATION:Main Stage\, Eko Hotel & Suites\, Victoria Island
DESCRIPTION:Moderator: Zainab Usman (TechCabal)\nPanellists: Ngozi Adeyemi
  (Head of IT Infrastructure\, Meridian Trust Bank)\, Olamide Ogun (AWS)\, 
 Chidi Eze (CBN – observer)\n\nSpeakers please be in the green room 30 min
 s before.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="press-interview",
        uid="tolu-businessday-interview-1019@gmail.com",
        trap="journalist-interviews-user-for-article",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251023T100000Z
DTEND:20251023T104000Z
DTSTAMP:20251019T172010Z
ORGANIZER;CN=Tolu Ogunleye:mailto:tolu.ogunleye.bd@gmail.com
UID:tolu-businessday-interview-1019@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=n.adeyemi@meridiantrustbank.ng;X-NUM-GUESTS=0:mailto:n.adeyemi@meridia
 ntrustbank.ng
DESCRIPTION:Interview for BusinessDay's Tech & Finance pages – how Nigeri
 an banks are moving workloads to cloud under the CBN guidelines. Corp Com
 ms (Mrs Ayeni) has cleared it. On the record unless you say otherwise. ~3
 0 mins.\n\nJoin with Google Meet: https://meet.google.com/qes-vbuj-nfo
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BusinessDay interview – Ngozi Adeyemi (Meridian Trust Bank)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="podcast",
        uid="riverside-rec-8812-techher@riverside.fm",
        trap="podcast-guest-recording",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-8812-techher@riverside.fm
DTSTAMP:20251020T091500Z
DTSTART:20251101T110000Z
DTEND:20251101T120000Z
SUMMARY:TechHer Naija Podcast – Episode 58 recording with Ngozi Adeyemi
ORGANIZER;CN=Kemi Alade (TechHer Naija):mailto:hello@techhernaija.com
ATTENDEE;CN=Ngozi Adeyemi;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:https://riverside.fm/studio/techher-naija?t=8812
DESCRIPTION:Hi Ngozi! Topic: "From NOC engineer to head of infrastructure
 " – your career story\, being a woman in infra\, advice for young enginee
 rs. We'll interview you for about 45 mins. Please use headphones and a wi
 red connection if you can.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="research-interview",
        uid="ui-study-cfo-4410-ngozi@userinterviews.com",
        trap="vendor-ux-research-interview-gift-card",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//User Interviews//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ui-study-cfo-4410-ngozi@userinterviews.com
DTSTAMP:20251104T151122Z
DTSTART:20251112T160000Z
DTEND:20251112T164500Z
SUMMARY:Research session: Infrastructure leaders – observability tooling (study #4410)
ORGANIZER;CN=User Interviews:mailto:scheduling@userinterviews.com
ATTENDEE;CN=Ngozi Adeyemi;RSVP=TRUE:mailto:ngozi.adeyemi.it@gmail.com
ATTENDEE;CN=Researcher – Rowan Ellis:mailto:rowan.ellis@observa.io
LOCATION:Zoom (link in the session reminder)
DESCRIPTION:Thanks for participating! You'll speak with a researcher for 
 45 minutes about how your team monitors hybrid infrastructure. Incentive: 
 $150 gift card\, sent within 5 business days. This is not a sales call.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="mock-interview",
        uid="0e5b9c17-2a8d-4f63-b1e4-7c9a3d2f6e80@cal.com",
        trap="mock-system-design-interview-with-coach",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0e5b9c17-2a8d-4f63-b1e4-7c9a3d2f6e80@cal.com
DTSTAMP:20250926T100210Z
DTSTART:20250929T170000Z
DTEND:20250929T180000Z
SUMMARY:Mock interview (system design) – Ngozi Adeyemi with Kemi Oduya
ORGANIZER;CN=Kemi Oduya:mailto:kemi@oduyacoaching.co.uk
ATTENDEE;CN=Ngozi Adeyemi;PARTSTAT=ACCEPTED:mailto:ngozi.adeyemi.it@gmail.com
LOCATION:https://app.cal.com/video/0e5b9c17
DESCRIPTION:What: Mock interview – system design (60 min)\nPractice round
  before your Paylode system design interview. I'll play the interviewer\, 
 then 15 mins feedback.\nPaid: £90 (package session 2 of 4)
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="webinar",
        uid="zoomwebinar-87120045513-ngozi@zoom.us",
        trap="webinar-nhs-values-based-interview-tips",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
@@TZ:Europe/London@@
BEGIN:VEVENT
DTSTAMP:20251008T140000Z
DTSTART;TZID=Europe/London:20251014T180000
DTEND;TZID=Europe/London:20251014T193000
SUMMARY:Webinar: Cracking NHS Values-Based Interviews for International Applicants
UID:zoomwebinar-87120045513-ngozi@zoom.us
DESCRIPTION:Thank you for registering for "Cracking NHS Values-Based Inte
 rviews for International Applicants" hosted by Global Health Careers UK.\n
 \nPlease submit any questions to: info@globalhealthcareers.uk\n\nJoin from
  a PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/87120045513?tk=
 r8Xq\nWebinar ID: 871 2004 5513
LOCATION:https://us06web.zoom.us/w/87120045513
ORGANIZER;CN=Global Health Careers UK:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="careers-fair",
        uid="vfairs-cjf2025-att-331908@vfairs.com",
        trap="virtual-canada-careers-fair-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//vFairs//Virtual Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:vfairs-cjf2025-att-331908@vfairs.com
DTSTAMP:20251001T101010Z
DTSTART;VALUE=DATE:20251018
DTEND;VALUE=DATE:20251019
SUMMARY:Canada Tech & Finance Virtual Job Fair 2025
DESCRIPTION:Visit employer booths\, join live chats with recruiters from 6
 0+ Canadian employers\, attend the "Newcomer Interview Success" seminar a
 t 11:00 ET. Your login: ngozi.adeyemi.it@gmail.com\n\nhttps://canadajobfa
 ir.vfairs.com/en/
LOCATION:Online
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        N,
        kind="coffee-chat",
        uid="9r1k3m5o7q0s2u4w6y8a0c2e4g@google.com",
        trap="informational-coffee-ex-colleague-at-uk-bank",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250920T090000Z
DTEND:20250920T093000Z
DTSTAMP:20250917T211300Z
ORGANIZER;CN=Dapo Fashola:mailto:dapo.fashola@gmail.com
UID:9r1k3m5o7q0s2u4w6y8a0c2e4g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=ngozi.
 adeyemi.it@gmail.com;X-NUM-GUESTS=0:mailto:ngozi.adeyemi.it@gmail.com
DESCRIPTION:Virtual coffee ☕ – happy to tell you how I found the move to 
 London and what infra leadership roles look like at UK banks. No agenda!
 \n\nJoin with Google Meet: https://meet.google.com/ehx-rrpw-kzt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee – Dapo / Ngozi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
