"""holdout227 events, part E: interviews from scheduling tools and ATSs (one per employer)."""

EVENTS = [
    # iCIMS interview invitation.
    dict(
        kind="icims",
        uid="icims-INT-2025-118834-pembrook",
        interview=1,
        company="Pembrook Medical",
        role="Demand Planning Manager - Japan",
        stage="hiring_manager",
        interviewers="s.okada@pembrookmed.com",
        trap="icims-interview-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:icims-INT-2025-118834-pembrook
DTSTAMP:20251021T004912Z
DTSTART;TZID=Tokyo Standard Time:20251028T130000
DTEND;TZID=Tokyo Standard Time:20251028T140000
SUMMARY:Interview Confirmation – Demand Planning Manager - Japan (2025-118
 834)
ORGANIZER;CN=Pembrook Medical Talent Acquisition:mailto:pembrook-talent@ic
 ims.com
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=Satoshi Okada;RSVP=FALSE:mailto:s.okada@pembrookmed.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Kenji\,\n\nThis confirms your interview for Demand Planni
 ng Manager - Japan (Job ID 2025-118834).\n\nInterviewer: Satoshi Okada\, Su
 pply Chain Director Japan (Hiring Manager)\nFormat: Microsoft Teams video
 \, 60 minutes\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameetin
 g_Pmb118834@thread.v2/0\n\nThis is an automated message from iCIMS. Plea
 se do not reply.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # GoodTime panel.
    dict(
        kind="goodtime",
        uid="goodtime-7e41c0a9b3d25f86-vantor",
        interview=1,
        company="Vantor Health",
        role="Senior Manager, Supply & Demand Planning",
        stage="onsite",
        interviewers="aiko.shima@vantorhealth.com;r.patel@vantorhealth.com;jun.ogura@vantorhealth.com",
        trap="goodtime-panel-loop-three-interviewers",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goodtime-7e41c0a9b3d25f86-vantor
DTSTAMP:20251029T222130Z
DTSTART:20251106T020000Z
DTEND:20251106T050000Z
SUMMARY:Vantor Health | Panel Interviews | Kenji Watanabe
ORGANIZER;CN=Vantor Health Recruiting:mailto:scheduling@goodtime.io
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kenji.wat
 anabe.scm@gmail.com
LOCATION:Vantor Health Japan\, Tokyo Midtown Yaesu 30F
DESCRIPTION:Hi Kenji\, please find your interview itinerary below (Asia/To
 kyo).\n\n11:00-11:50  Aiko Shima (aiko.shima@vantorhealth.com) – Senior Ma
 nager\, Supply Planning\n12:00-12:50  Rahul Patel (r.patel@vantorhealth.co
 m) – APAC Demand Planning Lead\n13:00-13:50  Jun Ogura (jun.ogura@vantorh
 ealth.com) – Head of Commercial Operations\n\nPlease check in at the 30F r
 eception with photo ID. Lunch is not provided – sorry about the timing!\n
 \nScheduling by GoodTime on behalf of Vantor Health Recruiting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # ModernLoop technical / case exercise.
    dict(
        kind="modernloop",
        uid="ml-evt-19f3a6c2-halcyon-0e7d",
        interview=1,
        company="Halcyon Pet Nutrition",
        role="Demand Planner – Japan & Korea",
        stage="technical",
        interviewers="olivia.grant@halcyonpet.com",
        trap="modernloop-forecasting-case-exercise",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ml-evt-19f3a6c2-halcyon-0e7d
DTSTAMP:20251111T191204Z
DTSTART:20251114T010000Z
DTEND:20251114T021500Z
SUMMARY:Forecasting Case Exercise – Kenji Watanabe (Halcyon Pet Nutrition)
ORGANIZER;CN=Halcyon Talent Team:mailto:talent@halcyonpet.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.wa
 tanabe.scm@gmail.com
ATTENDEE;CN=Olivia Grant;PARTSTAT=ACCEPTED:mailto:olivia.grant@halcyonpet
 .com
LOCATION:Zoom https://halcyonpet.zoom.us/j/97120344018
DESCRIPTION:Kenji\, in this 75-minute session you will work through a shor
 t forecasting case live with Olivia Grant (Demand Planning Manager\, APAC)
 . You will receive a dataset (24 months of weekly sell-in for 12 SKUs\, p
 romo flags) 10 minutes before the start. Excel or Google Sheets is fine.\n
 \nThis interview was scheduled with ModernLoop.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Agency consultant's Calendly screening about a NAMED employer.
    dict(
        kind="calendly",
        uid="b2c94e7a-1f0d-4a3e-8c65-d70e19f8a243@calendly.com",
        interview=1,
        company="Elmstead Foods",
        role="Supply Chain Manager",
        stage="recruiter_screen",
        interviewers="tom.ashworth@meridian-talent.jp",
        trap="agency-calendly-screen-named-client",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b2c94e7a-1f0d-4a3e-8c65-d70e19f8a243@calendly.com
DTSTAMP:20250911T031508Z
DTSTART:20250916T100000Z
DTEND:20250916T103000Z
SUMMARY:Kenji Watanabe and Tom Ashworth – Elmstead Foods SCM screening cal
 l
ORGANIZER;CN=Tom Ashworth:mailto:tom.ashworth@meridian-talent.jp
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FAL
 SE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Phone call – Tom will call +81 90-3314-4418
DESCRIPTION:Event Name: Elmstead Foods SCM screening call\n\nThis is the f
 irst screening step for the Supply Chain Manager role at Elmstead Foods Ja
 pan (retained search). I'll go through your CV against the client's brie
 f and then submit you to their HR.\n\nQuestions:\nCurrent package (base +
  bonus)?\n8.5M + ~15%\n\nNeed to make changes to this event?\nCancel: https:
 //calendly.com/cancellations/b2c94e7a\nReschedule: https://calendly.com/r
 eschedulings/b2c94e7a\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Cal.com booking with a logistics-tech head of operations.
    dict(
        kind="calcom",
        uid="cal-8WqZ1rT4kLmN7pXv2YbC@Cal.com",
        interview=1,
        company="Loopwise",
        role="Head of Customer Supply Chain, Japan",
        stage="hiring_manager",
        interviewers="ines.fonseca@loopwise.io",
        trap="calcom-booking-head-of-ops",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-8WqZ1rT4kLmN7pXv2YbC@Cal.com
DTSTAMP:20251103T080211Z
DTSTART:20251107T090000Z
DTEND:20251107T094500Z
SUMMARY:Interview: Head of Customer Supply Chain (JP) between Inês Fonseca
  and Kenji Watanabe
ORGANIZER;CN=Inês Fonseca:mailto:ines.fonseca@loopwise.io
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRU
 E:mailto:kenji.watanabe.scm@gmail.com
LOCATION:https://app.cal.com/video/8WqZ1rT4kLmN7pXv2YbC
DESCRIPTION:What: Interview: Head of Customer Supply Chain (JP)\nInvitee T
 ime Zone: Asia/Tokyo\nWho:\nInês Fonseca - Organizer (COO\, Loopwise)\nKen
 ji Watanabe\nWhere: Cal Video\n\nAdditional notes: Hi Kenji – let's talk a
 bout building Loopwise's planning practice for Japanese FMCG customers.\n\n
 Need to make a change? https://app.cal.com/booking/8WqZ1rT4kLmN7pXv2YbC
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Microsoft Bookings page of the employer's HR.
    dict(
        kind="ms-bookings",
        uid="040000008200E00074C5B7101A82E00807E90B0C1E5A3F21DDC01000000000000000010000000C41F8E2A93D7E44B",
        interview=1,
        company="Castellan Paints",
        role="Demand Planning Manager",
        stage="recruiter_screen",
        interviewers="Hana Yoshioka",
        trap="microsoft-bookings-hr-interview-slot",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Castellan Paints Japan Recruitment:mailto:CastellanJPRecruitme
 nt@castellanpaints.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Wata
 nabe:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed.\n\nService: First int
 erview – Demand Planning Manager (45 min)\nStaff: Hana Yoshioka\nCustomer
  notes: Mobile 090-3314-4418\n\nJoin your appointment: https://teams.micro
 soft.com/l/meetup-join/19%3ameeting_Y2FzdGVs@thread.v2/0\n\nManage booking:
  https://outlook.office365.com/owa/calendar/CastellanJPRecruitment@castel
 lanpaints.onmicrosoft.com/bookings/\n
UID:040000008200E00074C5B7101A82E00807E90B0C1E5A3F21DDC01000000000000000010
 000000C41F8E2A93D7E44B
SUMMARY;LANGUAGE=en-US:First interview – Demand Planning Manager (45 min)
DTSTART;TZID=Tokyo Standard Time:20251017T120000
DTEND;TZID=Tokyo Standard Time:20251017T124500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T221702Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # HERP (Japanese ATS), video interview.
    dict(
        kind="herp",
        uid="herp-hire-interview-0b6c2f91e4a5@herp.cloud",
        interview=1,
        company="Mercato Japan",
        role="サプライチェーンマネージャー",
        stage="hiring_manager",
        interviewers="taro.miyazaki@mercato.jp",
        trap="herp-mensetsu-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//HERP Inc.//HERP Hire//JA
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:herp-hire-interview-0b6c2f91e4a5@herp.cloud
DTSTAMP:20251104T060318Z
DTSTART:20251112T100000Z
DTEND:20251112T110000Z
SUMMARY:面接：渡辺 健二 様 × 宮崎（サプライチェーンマネージャー）
ORGANIZER;CN=メルカート・ジャパン合同会社 採用チーム:mailto:recruit@mercato.jp
ATTENDEE;CN=渡辺 健二;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=宮崎 太郎;PARTSTAT=ACCEPTED:mailto:taro.miyazaki@mercato.jp
LOCATION:Google Meet
DESCRIPTION:渡辺様\n\nメルカート・ジャパンの採用チームです。\n配属予定部署の責任者
 （ロジスティクス本部長 宮崎）との面接をお願いいたします。\n\nGoogle Meet: https:/
 /meet.google.com/nvb-qdsr-wxe\n\n※本予定はHERPより送信されています
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Spir (Japanese scheduling tool), casual in wording but a selection interview.
    dict(
        kind="spir",
        uid="spir-event-3a9d07c4e1b2@spirinc.com",
        interview=1,
        company="Bellweather Apparel",
        role="Merchandise Planning & Supply Manager",
        stage="recruiter_screen",
        interviewers="m.sugimoto@bellweather.jp",
        trap="spir-booked-first-interview-japanese",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Spir Inc.//Spir//JA
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:spir-event-3a9d07c4e1b2@spirinc.com
DTSTAMP:20250919T041122Z
DTSTART;TZID=Asia/Tokyo:20250926T183000
DTEND;TZID=Asia/Tokyo:20250926T193000
SUMMARY:Bellweather Apparel 一次面接（渡辺様）
ORGANIZER;CN=杉本 麻衣:mailto:m.sugimoto@bellweather.jp
ATTENDEE;CN=渡辺 健二;PARTSTAT=ACCEPTED:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=杉本 麻衣;PARTSTAT=ACCEPTED:mailto:m.sugimoto@bellweather.jp
LOCATION:Zoom
DESCRIPTION:Spirで日程調整が完了しました。\n\nタイトル：Bellweather Apparel 一次
 面接\n面接官：杉本（人事）\nポジション：Merchandise Planning & Supply Manager\n
 Zoom：https://us02web.zoom.us/j/85510294471\n\n変更はこちら：https://app.spiri
 nc.com/e/3a9d07c4e1b2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
