"""holdout227 events, part K: coffee chats, unnamed-employer recruiters, family and personal life, work trips."""

EVENTS = [
    # Informational coffee with an ex-colleague.
    dict(
        kind="iphone-typed",
        uid="D04E8B2F-7A13-4C6D-95E0-1B8A3F2C7D64",
        interview=0,
        trap="informational-coffee-ex-colleague",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
DTSTART:19510909T000000
TZNAME:JST
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250920T130244Z
DTEND;TZID=Asia/Tokyo:20250924T083000
DTSTAMP:20250920T130301Z
DTSTART;TZID=Asia/Tokyo:20250924T074500
LAST-MODIFIED:20250920T130301Z
LOCATION:Starbucks 丸の内北口
SEQUENCE:0
SUMMARY:coffee w/ Mika (ex-Alpen\, now Tallis Foods)
DESCRIPTION:ask: how is Tallis SCM team\, do they use IBP\, WLB\, would she
  refer me if something opens? (no opening now)
TRANSP:OPAQUE
UID:D04E8B2F-7A13-4C6D-95E0-1B8A3F2C7D64
END:VEVENT
END:VCALENDAR
""",
    ),
    # Company-direct casual meeting that says it is not part of selection.
    dict(
        kind="google-invite",
        uid="5tm9c2k6x0q3v8n1j5b4r7s0hf@google.com",
        interview=0,
        trap="company-casual-mendan-not-selection",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250912T093000Z
DTEND:20250912T100000Z
DTSTAMP:20250908T043000Z
ORGANIZER;CN=Vireo Foods Japan 採用担当:mailto:talent-jp@vireofoods.com
UID:5tm9c2k6x0q3v8n1j5b4r7s0hf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20250908T042900Z
DESCRIPTION:渡辺様\n\nLinkedInでのスカウトにご返信いただきありがとうございます。
 \n本カジュアル面談は選考ではございません。現在SCM部門でのポジションは未定ですが、
 当社の事業やチームについてご紹介し、ざっくばらんに情報交換できればと思います。
 履歴書のご準備は不要です。\n\nGoogle Meet: https://meet.google.com/pfd-wqxz-nu
 k
LAST-MODIFIED:20250908T043000Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vireo Foods カジュアル面談（情報交換）
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Headhunter intro call, no employer named.
    dict(
        kind="outlook-external",
        uid="040000008200E00074C5B7101A82E00800000000D6A4071829ABDC0100000000000000001000000001AB23CD45EF67A8B9C0",
        interview=0,
        trap="headhunter-intro-no-employer",
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
ORGANIZER;CN="Whitaker, James":mailto:james.whitaker@harbourline-recruitme
 nt.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=en-US:Hi Kenji\,\n\nGreat to connect on LinkedIn. Let'
 s have an initial call so I can understand your background and what you'
 re looking for. I'm currently working on several confidential Supply Cha
 in / Demand Planning mandates with FMCG and healthcare clients in Tokyo a
 nd can share more once I know you better.\n\nJames Whitaker\nSenior Consu
 ltant – Supply Chain & Procurement\, Harbourline Recruitment Japan
UID:040000008200E00074C5B7101A82E00800000000D6A4071829ABDC01000000000000000
 01000000001AB23CD45EF67A8B9C0
SUMMARY;LANGUAGE=en-US:Kenji Watanabe / James Whitaker – intro call
DTSTART;TZID=Tokyo Standard Time:20250915T120000
DTEND;TZID=Tokyo Standard Time:20250915T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T070000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone (+81 90-3314-4418)
END:VEVENT
END:VCALENDAR
""",
    ),
    # Agency registration meeting (登録面談), no employer.
    dict(
        kind="agency-google",
        uid="7vq3k9m0x6c2n8j4b1t5r9s3ha@google.com",
        interview=0,
        trap="agency-touroku-mendan-registration",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250908T103000Z
DTEND:20250908T113000Z
DTSTAMP:20250903T080000Z
ORGANIZER;CN=林 大輔 (Skyline Career):mailto:d.hayashi@skyline-career.co.jp
UID:7vq3k9m0x6c2n8j4b1t5r9s3ha@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20250903T075900Z
DESCRIPTION:渡辺様\n\nSkyline Careerへのご登録ありがとうございます。\n登録面談（
 オンライン・約60分）にて、これまでのご経歴とご希望条件を伺い、非公開求人を含め
 てご紹介させていただきます。英語力確認のため一部英語で質問させていただきます。\n
 \nZoom: https://us06web.zoom.us/j/82214407719
LAST-MODIFIED:20250908T080000Z
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【Skyline Career】登録面談 渡辺様
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Daughter's sports day, all day.
    dict(
        kind="google-typed",
        uid="4bh7p1m5x9q2v6n3k0c8t4r1sg@google.com",
        interview=0,
        trap="family-undoukai-all-day",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Family
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251011
DTEND;VALUE=DATE:20251012
DTSTAMP:20260201T040211Z
UID:4bh7p1m5x9q2v6n3k0c8t4r1sg@google.com
CREATED:20250901T110000Z
DESCRIPTION:Hana 運動会 🏃‍♀️ 場所取り 6:30!! レジャーシート\, 弁当\, 水筒\, 帽子\n
 雨天時 10/13
LAST-MODIFIED:20250901T110000Z
LOCATION:杉並区立第三小学校
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:運動会 (Hana)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    # Parent-teacher meeting (個人面談) at school.
    dict(
        kind="iphone-typed",
        uid="6A2C9E04-B3F1-4D87-8E5A-0F7D1C3B9A28",
        interview=0,
        trap="school-kojin-mendan-parent-teacher",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251101T093012Z
DTEND:20251204T162000
DTSTAMP:20251101T093040Z
DTSTART:20251204T160000
LAST-MODIFIED:20251101T093040Z
LOCATION:3年2組 教室
SEQUENCE:0
SUMMARY:個人面談 (Hana 担任 山下先生)
DESCRIPTION:20分. 早退 15:00. 聞くこと: 算数\, 友達関係
TRANSP:OPAQUE
UID:6A2C9E04-B3F1-4D87-8E5A-0F7D1C3B9A28
END:VEVENT
END:VCALENDAR
""",
    ),
    # Dentist.
    dict(
        kind="iphone-typed",
        uid="B19F3D5E-2A7C-4E60-9D84-C6B0E1F2A375",
        interview=0,
        trap="personal-dentist",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
DTSTART:19510909T000000
TZNAME:JST
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250927T020000Z
DTEND;TZID=Asia/Tokyo:20251004T103000
DTSTAMP:20250927T020011Z
DTSTART;TZID=Asia/Tokyo:20251004T100000
LAST-MODIFIED:20250927T020011Z
LOCATION:さくら歯科クリニック 荻窪
SEQUENCE:0
SUMMARY:歯医者 (クリーニング)
TRANSP:OPAQUE
UID:B19F3D5E-2A7C-4E60-9D84-C6B0E1F2A375
END:VEVENT
END:VCALENDAR
""",
    ),
    # Ward office paperwork.
    dict(
        kind="google-typed",
        uid="8cj1q4m7x0v3n6k9b2t5r8s1hb@google.com",
        interview=0,
        trap="kuyakusho-paperwork",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kenji.watanabe.scm@gmail.com
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART:20251206T003000Z
DTEND:20251206T013000Z
DTSTAMP:20260201T040211Z
UID:8cj1q4m7x0v3n6k9b2t5r8s1hb@google.com
CREATED:20251129T120000Z
DESCRIPTION:kuyakusho: 児童手当 現況届 + マイナンバーカード更新. 土曜開庁 (9-12 only)
 . bring 通知カード\, 印鑑
LAST-MODIFIED:20251129T120000Z
LOCATION:杉並区役所 1F
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:区役所
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Futsal team, weekly.
    dict(
        kind="google-typed",
        uid="0fk5m8q1x4v7n2j6c9b3t0r5sf@google.com",
        interview=0,
        trap="weekly-futsal-team",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kenji.watanabe.scm@gmail.com
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
X-LIC-LOCATION:Asia/Tokyo
BEGIN:STANDARD
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
TZNAME:JST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Asia/Tokyo:20250403T200000
DTEND;TZID=Asia/Tokyo:20250403T220000
RRULE:FREQ=WEEKLY;BYDAY=TH
DTSTAMP:20260201T040211Z
UID:0fk5m8q1x4v7n2j6c9b3t0r5sf@google.com
CREATED:20250330T100000Z
DESCRIPTION:FC Ogikubo Old Boys. コート代 ¥1\,000 PayPay to 松本
LAST-MODIFIED:20250330T100000Z
LOCATION:フットサルステージ 高円寺
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:futsal
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Team drinks.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000E7B51829304BDC0100000000000000001000000012BC34DE56FA78B9C0D1",
        interview=0,
        trap="team-nomikai",
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
ORGANIZER;CN="Yoshida, Mai":mailto:mai.yoshida@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tanaka, Sho"
 :mailto:sho.tanaka@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:SCM部 上期お疲れさま会 🍻 会費 5\,000円（当日現金）
 \n2次会は自由参加
UID:040000008200E00074C5B7101A82E00800000000E7B51829304BDC01000000000000000
 01000000012BC34DE56FA78B9C0D1
SUMMARY;LANGUAGE=ja-JP:SCM 飲み会（上期打ち上げ）
DTSTART;TZID=Tokyo Standard Time:20251003T190000
DTEND;TZID=Tokyo Standard Time:20251003T210000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250919T030000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:鳥貴族 神田西口店
END:VEVENT
END:VCALENDAR
""",
    ),
    # Bank appointment (住宅ローン 面談).
    dict(
        kind="bank-booking",
        uid="rsv-20251108-0931-77218@bank-reserve.example.jp",
        interview=0,
        trap="bank-jutaku-loan-mendan",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//MUFG-like Bank//Web Reservation//JA
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Asia/Tokyo
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:rsv-20251108-0931-77218@bank-reserve.example.jp
DTSTAMP:20251101T023100Z
DTSTART;TZID=Asia/Tokyo:20251108T100000
DTEND;TZID=Asia/Tokyo:20251108T110000
SUMMARY:住宅ローン ご相談（来店予約）
LOCATION:荻窪支店 ローンプラザ
DESCRIPTION:ご予約番号：77218\nご相談内容：住宅ローン借り換え\n担当者と面談形式で
 ご相談を承ります。源泉徴収票、借入中ローンの返済予定表をお持ちください。
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # DC visit, business trip.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000F8C6293A415BDC0100000000000000001000000023CD45EF67AB89C0D1E2",
        interview=0,
        trap="dc-site-visit-kobe",
        ics=r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
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
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Kobe DC visit – cycle count check\, chilled zon
 e capacity for Q4 peak\, meet site manager Okamoto-san. Shinkansen 7:00 f
 rom Tokyo.
UID:040000008200E00074C5B7101A82E00800000000F8C6293A415BDC01000000000000000
 01000000023CD45EF67AB89C0D1E2
SUMMARY;LANGUAGE=en-US:Business trip: Kobe DC visit
DTSTART;TZID=Tokyo Standard Time:20251104T100000
DTEND;TZID=Tokyo Standard Time:20251104T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251020T010000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Kobe DC (Rokko Island)
END:VEVENT
END:VCALENDAR
""",
    ),
    # HQ supply review with Switzerland, Europe/Zurich.
    dict(
        kind="outlook-zurich",
        uid="040000008200E00074C5B7101A82E0080000000009D73A4B526BDC0100000000000000001000000034DE56FA78BC90D1E2F3",
        interview=0,
        trap="hq-supply-review-other-zone",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Meier, Lukas":mailto:lukas.meier@alpenmilch.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Stefa
 n":mailto:stefan.huber@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=de-CH:APAC supply review with Global Supply Planning:
  allocation of infant formula from Konolfingen plant\, MOQ for Japan-spe
 cific SKUs\, Q1 production slots.
UID:040000008200E00074C5B7101A82E0080000000009D73A4B526BDC01000000000000000
 01000000034DE56FA78BC90D1E2F3
SUMMARY;LANGUAGE=de-CH:Supply Review APAC – Japan allocation
DTSTART;TZID=W. Europe Standard Time:20251112T090000
DTEND;TZID=W. Europe Standard Time:20251112T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251103T130000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=de-CH:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    # Annual company health check.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000001AE84B5C637BDC0100000000000000001000000045EF67AB89CD01E2F3A4",
        interview=0,
        trap="annual-company-health-check",
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
ORGANIZER;CN="Hoshino, Rie":mailto:rie.hoshino@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:2025年度 定期健康診断のご案内です。前日21時以降は絶食
 でお願いします。問診票は事前に記入してください。
UID:040000008200E00074C5B7101A82E008000000001AE84B5C637BDC01000000000000000
 01000000045EF67AB89CD01E2F3A4
SUMMARY;LANGUAGE=ja-JP:定期健康診断（渡辺さん）
DTSTART;TZID=Tokyo Standard Time:20250922T090000
DTEND;TZID=Tokyo Standard Time:20250922T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250801T000000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:日本橋健診センター 5F
END:VEVENT
END:VCALENDAR
""",
    ),
]
