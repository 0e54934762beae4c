"""holdout227 events, part J: work life and interview look-alikes (press, research, appraisal, coaching)."""

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
    # Monthly S&OP, recurring, with one moved occurrence (RECURRENCE-ID).
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000706A1B2C3D9AD901000000000000000010000000AB12CD34EF56A7B8C9D0",
        interview=0,
        trap="recurring-sop-meeting-with-override",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefan":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Ke
 nji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tanaka, Sho"
 :mailto:sho.tanaka@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Yoshida, Ma
 i":mailto:mai.yoshida@alpenmilch.co.jp
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TKY-9F-Matterhorn (6)":m
 ailto:tky-9f-matterhorn@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Monthly S&OP Executive review. Agenda: demand r
 eview (Kenji)\, supply review / MOQ issues\, inventory & DC capacity\, fi
 nancial reconciliation\, decisions.\nPre-read in Teams by WD-3.
RRULE:FREQ=MONTHLY;BYDAY=3TH;COUNT=12
UID:040000008200E00074C5B7101A82E00800000000706A1B2C3D9AD901000000000000000
 010000000AB12CD34EF56A7B8C9D0
SUMMARY;LANGUAGE=en-US:S&OP Executive Meeting (monthly)
DTSTART;TZID=Tokyo Standard Time:20250515T130000
DTEND;TZID=Tokyo Standard Time:20250515T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250428T010000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-9F-Matterhorn (6)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefan":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Ke
 nji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Moved by one day because of the APAC budget cal
 l on Thursday.
RECURRENCE-ID;TZID=Tokyo Standard Time:20251016T130000
UID:040000008200E00074C5B7101A82E00800000000706A1B2C3D9AD901000000000000000
 010000000AB12CD34EF56A7B8C9D0
SUMMARY;LANGUAGE=en-US:S&OP Executive Meeting (monthly) – moved to Fri
DTSTART;TZID=Tokyo Standard Time:20251017T130000
DTEND;TZID=Tokyo Standard Time:20251017T150000
DTSTAMP:20251009T023015Z
SEQUENCE:1
LOCATION;LANGUAGE=en-US:TKY-9F-Matterhorn (6)
END:VEVENT
END:VCALENDAR
""",
    ),
    # Biweekly 1on1 with his manager.
    dict(
        kind="outlook-recurring",
        uid="040000008200E00074C5B7101A82E00800000000815B2C3D4E1BD901000000000000000010000000BC23DE45FA67B8C9D0E1",
        interview=0,
        trap="recurring-1on1-with-manager",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Huber, Stefan":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Watanabe, Ke
 nji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:
RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU
UID:040000008200E00074C5B7101A82E00800000000815B2C3D4E1BD901000000000000000
 010000000BC23DE45FA67B8C9D0E1
SUMMARY;LANGUAGE=en-US:1on1 Stefan / Kenji
DTSTART;TZID=Tokyo Standard Time:20250107T093000
DTEND;TZID=Tokyo Standard Time:20250107T100000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20241220T030000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Stefan's office / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    # Vendor meeting with the 3PL.
    dict(
        kind="outlook-external",
        uid="040000008200E00074C5B7101A82E008000000009260C3D4E5F2BDC01000000000000000010000000CD34EF56AB78C9D0E1F2",
        interview=0,
        trap="vendor-3pl-dc-review",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=t-ikeda@keiyo
 -logi.co.jp:mailto:t-ikeda@keiyo-logi.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tanaka, Sho"
 :mailto:sho.tanaka@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:京葉ロジ様 月次定例\n・9月 出荷実績・誤出荷率\n・市川D
 C 年末繰り上げ出荷の庫内キャパ\n・チルド帯 保管料改定のご相談\n・新SKU 12品の
 マスタ登録スケジュール
UID:040000008200E00074C5B7101A82E008000000009260C3D4E5F2BDC01000000000000000
 010000000CD34EF56AB78C9D0E1F2
SUMMARY;LANGUAGE=ja-JP:京葉ロジ様 定例（市川DC）
DTSTART;TZID=Tokyo Standard Time:20251009T140000
DTEND;TZID=Tokyo Standard Time:20251009T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250930T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:京葉ロジスティクス 市川DC 2F 会議室
END:VEVENT
END:VCALENDAR
""",
    ),
    # Industry magazine interviews him (press).
    dict(
        kind="outlook-external",
        uid="040000008200E00074C5B7101A82E00800000000A371D4E5F603BDC01000000000000000010000000DE45FA67BC89D0E1F2A3",
        interview=0,
        trap="trade-magazine-shuzai-interview",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Sugiyama, Hiroko":mailto:hiroko.sugiyama@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=editor@logis
 tics-today.jp:mailto:editor@logistics-today.jp
DESCRIPTION;LANGUAGE=ja-JP:月刊ロジスティクス・トゥデイ誌 取材（インタビュー）\n
 テーマ：「外資系食品メーカーのS&OP定着への取り組み」\n記者：北村様、カメラマン1
 名（写真撮影あり）\n掲載前に広報で原稿チェックします。数字（在庫日数・予測精度）は
 事前に広報と擦り合わせをお願いします。\n\n広報 杉山
UID:040000008200E00074C5B7101A82E00800000000A371D4E5F603BDC01000000000000000
 010000000DE45FA67BC89D0E1F2A3
SUMMARY;LANGUAGE=ja-JP:【取材】ロジスティクス・トゥデイ誌 インタビュー（渡辺さん）
DTSTART;TZID=Tokyo Standard Time:20251029T150000
DTEND;TZID=Tokyo Standard Time:20251029T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251017T020202Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:TKY-9F-Eiger (20)
END:VEVENT
END:VCALENDAR
""",
    ),
    # Podcast recording as a guest.
    dict(
        kind="google-invite",
        uid="9rj2c5m8x1q4v7n0k3b6t9s2hp@google.com",
        interview=0,
        trap="podcast-guest-recording",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251025T010000Z
DTEND:20251025T020000Z
DTSTAMP:20251016T113000Z
ORGANIZER;CN=Supply Chain Tokyo Podcast:mailto:hosts@scm-tokyo-podcast.com
UID:9rj2c5m8x1q4v7n0k3b6t9s2hp@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251016T112950Z
DESCRIPTION:Guest interview recording – Episode 48: "Demand planning with
  short shelf life products". Host: Alex Morita. Riverside.fm link: https:/
 /riverside.fm/studio/scm-tokyo-ep48\nPlease use headphones + wired mic if
  possible. ~45 min talk + 10 min setup.
LAST-MODIFIED:20251016T113000Z
LOCATION:Riverside.fm (online)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Podcast interview recording – SCM Tokyo Ep.48
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # User research interview for a planning SaaS vendor.
    dict(
        kind="calendly",
        uid="e41a7c93-5b2d-4f08-9a6c-3d7e1b0f8c52@calendly.com",
        interview=0,
        trap="ux-research-user-interview-gift-card",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:e41a7c93-5b2d-4f08-9a6c-3d7e1b0f8c52@calendly.com
DTSTAMP:20250924T020000Z
DTSTART:20250926T060000Z
DTEND:20250926T064500Z
SUMMARY:Kenji Watanabe and Planwise Research – Customer interview (45 min)
ORGANIZER;CN=Planwise Research:mailto:research@planwise.ai
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=ACCEPTED:mailto:kenji.watanabe.scm@gm
 ail.com
LOCATION:Zoom – link sent separately
DESCRIPTION:Event Name: Customer interview (45 min)\n\nThanks for joining o
 ur research study on how demand planners use forecasting tools. This is
  not a sales call. You'll receive a ¥10\,000 Amazon gift card after the
  session. The session will be recorded for internal research only.\n\nPo
 wered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Paid expert-network consultation.
    dict(
        kind="outlook-expert",
        uid="expertcall-JP-5521870-kwatanabe@thirdbridge-like.example",
        interview=0,
        trap="expert-network-paid-consultation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:expertcall-JP-5521870-kwatanabe@thirdbridge-like.example
DTSTAMP:20251020T091500Z
DTSTART:20251022T110000Z
DTEND:20251022T120000Z
SUMMARY:Expert call: Japan chilled dairy distribution (Project #5521870)
ORGANIZER;CN=Keystone Expert Network – Scheduling:mailto:scheduling@keysto
 ne-experts.com
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Dial-in: +81 3 4520 9911\, code 5521870#
DESCRIPTION:Thank you for agreeing to consult. Client: an investment firm.
  Topic: cold-chain 3PL market in Japan. Compensation: USD 350/hour. Pleas
 e do not share confidential information of your current employer. Compli
 ance tutorial must be completed beforehand.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # His own year-end appraisal.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000B482E5F6071BDC01000000000000000010000000EF56AB78CD90E1F2A3B4",
        interview=0,
        trap="own-appraisal-hyouka-mendan",
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
DESCRIPTION;LANGUAGE=en-US:Mid-year review (中間評価面談). Please complete y
 our self-assessment in SuccessFactors Performance & Goals first.
UID:040000008200E00074C5B7101A82E00800000000B482E5F6071BDC01000000000000000
 010000000EF56AB78CD90E1F2A3B4
SUMMARY;LANGUAGE=en-US:評価面談 – Kenji (mid-year review)
DTSTART;TZID=Tokyo Standard Time:20250926T150000
DTEND;TZID=Tokyo Standard Time:20250926T160000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250912T000000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-8F-Small MR 1
END:VEVENT
END:VCALENDAR
""",
    ),
    # Internal career discussion with HR.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000C593F607182BDC01000000000000000010000000FA67BC89DE01F2A3B4C5",
        interview=0,
        trap="internal-career-mendan-hr",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Hoshino, Rie":mailto:rie.hoshino@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:年1回のキャリア面談です。今後のキャリア希望（社内公募
 ・海外赴任希望等）についてお話を伺います。
UID:040000008200E00074C5B7101A82E00800000000C593F607182BDC01000000000000000
 010000000FA67BC89DE01F2A3B4C5
SUMMARY;LANGUAGE=ja-JP:キャリア面談（人事）
DTSTART;TZID=Tokyo Standard Time:20250918T110000
DTEND;TZID=Tokyo Standard Time:20250918T114500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250904T010000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:TKY-8F-Small MR 1
END:VEVENT
END:VCALENDAR
""",
    ),
    # Mock interview with a career coach.
    dict(
        kind="zoom",
        uid="ZOOM83301957720@zoom.us",
        interview=0,
        trap="mock-interview-english-coach",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251010T120000Z
DTSTART:20251018T010000Z
DTEND:20251018T023000Z
SUMMARY:Mock interview (English) – Kenji / Coach Sarah
UID:ZOOM83301957720@zoom.us
DESCRIPTION:Sarah Whitfield is inviting you to a scheduled Zoom meeting.\n\n
 Session 3 of 5 (Executive English Interview Coaching package). Today: fu
 ll mock of a final-round interview with a country director\, recorded\, th
 en feedback on STAR answers and salary negotiation phrases.\n\nJoin Zoom M
 eeting\nhttps://us05web.zoom.us/j/83301957720\nMeeting ID: 833 0195 7720
LOCATION:https://us05web.zoom.us/j/83301957720
ORGANIZER;CN=Sarah Whitfield:mailto:sarah@whitfield-coaching.com
ATTENDEE;CN=kenji.watanabe.scm@gmail.com;RSVP=TRUE:mailto:kenji.watanabe.s
 cm@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    # Agency webinar on English interviews at foreign companies.
    dict(
        kind="webinar",
        uid="webinar-8812-2025-09-11@bridgeway-search.jp",
        interview=0,
        trap="agency-webinar-gaishikei-mensetsu-taisaku",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ON24//Webcast//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-8812-2025-09-11@bridgeway-search.jp
DTSTAMP:20251028T030000Z
DTSTART:20250911T110000Z
DTEND:20250911T120000Z
SUMMARY:【無料ウェビナー】外資系企業の英語面接 完全対策 – Bridgeway Search
ORGANIZER;CN=Bridgeway Search Events:mailto:events@bridgeway-search.jp
LOCATION:Online (ON24)
DESCRIPTION:外資系企業の一次面接〜最終面接でよく聞かれる質問と回答例、英文レジ
 ュメの書き方、オファー面談での年収交渉のコツをコンサルタントが解説します。\nAudi
 ence link: https://event.on24.com/wcc/r/8812/BW
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Career fair, all day.
    dict(
        kind="allday",
        uid="bilingual-career-fair-tokyo-2025-11-15@careerfair.example",
        interview=0,
        trap="bilingual-career-fair-all-day",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//CareerBridge Events//Ticketing//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bilingual-career-fair-tokyo-2025-11-15@careerfair.example
DTSTAMP:20251101T000000Z
DTSTART;VALUE=DATE:20251115
DTEND;VALUE=DATE:20251116
SUMMARY:Bilingual Career Fair Tokyo 2025 (visitor registration)
LOCATION:東京国際フォーラム ホールE
DESCRIPTION:Thank you for registering. 80+ foreign-affiliated companies. On
 -the-spot interviews are possible at some booths – bring 10 copies of yo
 ur English CV. Your QR code: CBF-25-77310
STATUS:CONFIRMED
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Reference call where he is the referee for an ex-colleague.
    dict(
        kind="google-invite",
        uid="3nw8k1q5v9x2m6j0c4b7t3r8sd@google.com",
        interview=0,
        trap="reference-call-user-is-referee",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251028T090000Z
DTEND:20251028T092000Z
DTSTAMP:20251024T051500Z
ORGANIZER;CN=Grace Liu:mailto:grace.liu@orchard-people.com
UID:3nw8k1q5v9x2m6j0c4b7t3r8sd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251024T051400Z
DESCRIPTION:Hi Kenji\, thank you for agreeing to be a referee for Lisa Bra
 ndt (your former colleague at Alpenmilch Japan). The reference check take
 s ~15 minutes; I'll ask about her role\, strengths and development areas.
 \nI'll call you on your mobile.\nGrace Liu\, Orchard People Consulting (on
  behalf of our client)
LAST-MODIFIED:20251024T051500Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reference check call – Lisa Brandt (referee: Kenji Watanabe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
