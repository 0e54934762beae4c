"""holdout227 events, part H: the user on the HIRING side at Alpenmilch Japan (junior planner hire and more)."""

_TST = r"""BEGIN:VTIMEZONE
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
END:VTIMEZONE"""

EVENTS = [
    # HR invites him as interviewer, candidate named, Teams.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E0080000000091A2B3C4D52ADC01000000000000000010000000E1F2A3B4C5D6E7F80911",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-hr-invites-him-to-ichiji",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Kobayashi, Mayu":mailto:mayu.kobayashi@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:渡辺さん\n\nジュニア需給プランナー（中途）の一次面接
 に面接官としてご参加をお願いします。\n候補者：佐藤 優希 さん（現職：国内食品メー
 カー 物流部 3年）\n履歴書・職務経歴書はTeamsの「採用_需給プランナー」フォルダに
 格納しています。\n面接後、評価シートを当日中にご提出ください。\n\n人事 小林
UID:040000008200E00074C5B7101A82E0080000000091A2B3C4D52ADC01000000000000000
 010000000E1F2A3B4C5D6E7F80911
SUMMARY;LANGUAGE=ja-JP:【一次面接】ジュニア需給プランナー 佐藤様
DTSTART;TZID=Tokyo Standard Time:20250917T160000
DTEND;TZID=Tokyo Standard Time:20250917T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T002211Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:TKY-8F-Small MR 2; Microsoft Teams 会議
END:VEVENT
END:VCALENDAR
""",
    ),
    # Evaluation sheet reminder he typed on his work Outlook.
    dict(
        kind="outlook-task",
        uid="040000008200E00074C5B7101A82E0080000000033C4D5E6F72ADC0100000000000000001000000012AB34CD56EF7890A1B2",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-hyouka-sheet-deadline",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + _TST + r"""
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250917T081002Z
DESCRIPTION:佐藤さん: Excel◎ SQLなし. 英語 TOEIC 780 but speaking 弱い. SA
 P経験なし → OJTで可?\n総合 B+ / 二次推薦
DTEND;TZID=Tokyo Standard Time:20250917T181500
DTSTAMP:20250917T081002Z
DTSTART;TZID=Tokyo Standard Time:20250917T174500
LAST-MODIFIED:20250917T081002Z
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=ja:面接評価シート記入・提出（佐藤さん）
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F72ADC0100000000000000001000000012AB34CD56EF7890A1B2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    # SuccessFactors interview scheduling, him as interviewer (English).
    dict(
        kind="successfactors",
        uid="SF-INTERVIEW-ALPENMILCH-JP-30412-0007",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-successfactors-interviewer-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTERVIEW-ALPENMILCH-JP-30412-0007
DTSTAMP:20250918T015501Z
DTSTART:20250925T050000Z
DTEND:20250925T060000Z
SUMMARY:Interview: Junior Demand Planner (30412) - Candidate: Emi Fujita
ORGANIZER;CN=Alpenmilch Recruiting:mailto:alpenmilch@successfactors.eu
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kenji.wa
 tanabe@alpenmilch.co.jp
ATTENDEE;CN=Mayu Kobayashi;ROLE=REQ-PARTICIPANT:mailto:mayu.kobayashi@alp
 enmilch.co.jp
LOCATION:TKY-8F-Small MR 2
DESCRIPTION:Dear Interviewer\,\n\nYou have been scheduled to interview Emi
  Fujita for Requisition 30412 – Junior Demand Planner (Tokyo).\nPlease re
 view the candidate's resume and the interview guide in Interview Central
  and submit your rating within 24 hours.\n\nAlpenmilch Group Talent Acqui
 sition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Debrief with HR after first interviews.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E52BDC01000000000000000010000000F0E1D2C3B4A5968778695",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-candidate-debrief",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Kobayashi, Mayu":mailto:mayu.kobayashi@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Stefa
 n":mailto:stefan.huber@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Quick sync on the 4 candidates for Junior Deman
 d Planner after 1st round (Sato\, Fujita\, Yamamoto\, Nakamura). Please b
 ring your evaluation sheets. Decide who goes to 2nd round with Stefan.
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E52BDC01000000000000000
 010000000F0E1D2C3B4A5968778695
SUMMARY;LANGUAGE=en-US:JDP hiring – 1st round debrief
DTSTART;TZID=Tokyo Standard Time:20251001T113000
DTEND;TZID=Tokyo Standard Time:20251001T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T080011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    # 2nd-round panel: he sits on it with his manager.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000B2C3D4E5F63BDC010000000000000000100000000A1B2C3D4E5F60718293",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-niji-panel-with-manager",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Kobayashi, Mayu":mailto:mayu.kobayashi@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Stefa
 n":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TKY-9F-Matterhorn (6)":m
 ailto:tky-9f-matterhorn@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:2nd interview – panel: Stefan Huber (SC Directo
 r)\, Kenji Watanabe (Senior SC Analyst). Candidate: Mr. Ryo Yamamoto. Eng
 lish part 15 min. Case: simple forecast from 12 months of sell-out data.
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F63BDC01000000000000000
 0100000000A1B2C3D4E5F60718293
SUMMARY;LANGUAGE=en-US:二次面接 / 2nd interview – Junior Demand Planner (Y
 amamoto-san)
DTSTART;TZID=Tokyo Standard Time:20251008T150000
DTEND;TZID=Tokyo Standard Time:20251008T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251002T011203Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-9F-Matterhorn (6)
END:VEVENT
END:VCALENDAR
""",
    ),
    # Agency sends a candidate's interview date to him (he is the client).
    dict(
        kind="agency-google",
        uid="1kd8m3p0x5v2q7n9j4c6b1t0rs@google.com",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-agency-sends-candidate",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250929T020000Z
DTEND:20250929T030000Z
DTSTAMP:20250922T063044Z
ORGANIZER;CN=Daichi Mori (Pioneer Staffing):mailto:d.mori@pioneer-staffin
 g.jp
UID:1kd8m3p0x5v2q7n9j4c6b1t0rs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe@alpenmilch.co.jp;X-NUM-GUESTS=0:mailto:kenji.watan
 abe@alpenmilch.co.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=mayu.kobayashi@alpenmilch.co.jp;X-NUM-GUESTS=0:mailto:mayu.kobayas
 hi@alpenmilch.co.jp
CREATED:20250922T063042Z
DESCRIPTION:アルペンミルヒ・ジャパン株式会社\n小林様、渡辺様\n\nいつもお世話に
 なっております。Pioneer Staffingの森です。\nご推薦中の中村 拓海 様（29歳、現職：
 3PL企業 在庫管理）の一次面接日程が確定いたしましたのでご連絡いたします。\n推薦状
 ・職務経歴書は別途メールにてお送りしております。\n\nご評価のほど、よろしくお願
 い申し上げます。
LAST-MODIFIED:20250922T063044Z
LOCATION:御社 8F 受付
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【面接確定】中村 拓海様 一次面接（ジュニア需給プランナー）
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Candidate's accepted REPLY to his invite.
    dict(
        kind="reply",
        uid="040000008200E00074C5B7101A82E00800000000C3D4E5F6073BDC01000000000000000010000000B1C2D3E4F5A6B7C8D9E0",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-candidate-accepted-reply",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20251009T010000Z
DTEND:20251009T020000Z
DTSTAMP:20251003T121514Z
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6073BDC01000000000000000
 010000000B1C2D3E4F5A6B7C8D9E0
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=藤田
 恵美;X-NUM-GUESTS=0:mailto:emi.fujita.0715@gmail.com
COMMENT:承知いたしました。当日はどうぞよろしくお願いいたします。藤田
CREATED:20251003T121450Z
LAST-MODIFIED:20251003T121514Z
LOCATION:TKY-9F-Matterhorn (6)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: 二次面接 – Junior Demand Planner（藤田様）
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # He invites a candidate on free mail directly (Outlook, from work).
    dict(
        kind="outlook-external",
        uid="040000008200E00074C5B7101A82E00800000000D4E5F607183BDC01000000000000000010000000C2D3E4F5A6B7C8D9E0F1",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-invites-candidate-yahoo",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ogawa_shoh
 ei88@yahoo.co.jp:mailto:ogawa_shohei88@yahoo.co.jp
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kobayash
 i, Mayu":mailto:mayu.kobayashi@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:小川様\n\nアルペンミルヒ・ジャパン SCM部の渡辺です。
 先日はご応募ありがとうございました。\n面接をオンラインで実施させていただきます。
 30分ほど現職でのご経験をお聞かせください。\n\nMicrosoft Teams 会議に参加:\nhttps
 ://teams.microsoft.com/l/meetup-join/19%3ameeting_QWxwZW5t@thread.v2/0\n\n渡辺
 健二\nAlpenmilch Japan K.K. | Supply Chain Management
UID:040000008200E00074C5B7101A82E00800000000D4E5F607183BDC01000000000000000
 010000000C2D3E4F5A6B7C8D9E0F1
SUMMARY;LANGUAGE=ja-JP:面接（ジュニア需給プランナー）小川様 / Alpenmilch Japan
DTSTART;TZID=Tokyo Standard Time:20251010T180000
DTEND;TZID=Tokyo Standard Time:20251010T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T093011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
END:VEVENT
END:VCALENDAR
""",
    ),
    # His own notes on a candidate, typed.
    dict(
        kind="iphone-typed",
        uid="3B7E1D9A-0C42-4F85-A6E3-9D1B5C8F2E60",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-typed-notes-on-candidate",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251009T040911Z
DTEND;VALUE=DATE:20251010
DTSTAMP:20251009T041005Z
DTSTART;VALUE=DATE:20251009
LAST-MODIFIED:20251009T041005Z
SEQUENCE:0
SUMMARY:Fujita-san memo (niji)
DESCRIPTION:strong: Excel/pivot\, calm\, good Qs about S&OP\nweak: no SAP\,
  english ok-ish\nStefan liked her. my vote: hire. tell Kobayashi-san by
  Fri
TRANSP:TRANSPARENT
UID:3B7E1D9A-0C42-4F85-A6E3-9D1B5C8F2E60
END:VEVENT
END:VCALENDAR
""",
    ),
    # Microsoft Bookings: he is the staff member that candidates book.
    dict(
        kind="ms-bookings",
        uid="040000008200E00074C5B7101A82E00807E90A0F2B6C7D8E9DC0100000000000000001000000031A2B3C4D5E6F708",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-bookings-host-staff",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN=Alpenmilch Japan Careers:mailto:AlpenmilchJapanCareers@alpen
 milch.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Junior Demand Planner –
  online interview (30 min)\nStaff: Kenji Watanabe\nCustomer: Haruto Ito\n
 Customer email: haruto.ito.work@outlook.jp\nCustomer phone: 080-2219-5567
 \n\nJoin Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_Qm9va2lu@thread.v2/0\n
UID:040000008200E00074C5B7101A82E00807E90A0F2B6C7D8E9DC0100000000000000001
 000000031A2B3C4D5E6F708
SUMMARY;LANGUAGE=en-US:Junior Demand Planner – online interview (30 min)
  with Haruto Ito
DTSTART;TZID=Tokyo Standard Time:20251014T170000
DTEND;TZID=Tokyo Standard Time:20251014T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251011T034512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    # Hiring decision meeting.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000E5F60718293BDC01000000000000000010000000D3E4F5A6B7C8D9E0F1A2",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-hiring-decision",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefan":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kobayashi, M
 ayu":mailto:mayu.kobayashi@alpenmilch.co.jp
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Brunner,
  Katrin":mailto:katrin.brunner@alpenmilch.com
DESCRIPTION;LANGUAGE=en-US:Final decision on JDP (req 30412): Fujita vs. Y
 amamoto. Katrin (APAC HR) joins for the salary band / offer approval. Ple
 ase have your scorecards in SuccessFactors completed before.
UID:040000008200E00074C5B7101A82E00800000000E5F60718293BDC01000000000000000
 010000000D3E4F5A6B7C8D9E0F1A2
SUMMARY;LANGUAGE=en-US:JDP – hiring decision & offer approval
DTSTART;TZID=Tokyo Standard Time:20251015T090000
DTEND;TZID=Tokyo Standard Time:20251015T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251010T062200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
]
