"""holdout227 events, part I: more of the user on the HIRING side (interns, shadowing, references, tests)."""

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
    # Group discussion observer for the summer internship selection.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000F60718293A4BDC01000000000000000010000000E4F5A6B7C8D9E0F1A2B3",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-gd-observer-intern-selection",
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
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ota, Shinji"
 :mailto:shinji.ota@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:2027卒 冬季インターン選考 グループディスカッション\n
 評価者（オブザーバー）としてご参加ください。学生6名×2グループ。テーマ：「新商品
 の需要予測をどう立てるか」\n評価シートは当日配布します。発言はせず観察のみでお願い
 します。\n\n人事 星野
UID:040000008200E00074C5B7101A82E00800000000F60718293A4BDC01000000000000000
 010000000E4F5A6B7C8D9E0F1A2B3
SUMMARY;LANGUAGE=ja-JP:【インターン選考】GD評価者 ご依頼
DTSTART;TZID=Tokyo Standard Time:20251105T130000
DTEND;TZID=Tokyo Standard Time:20251105T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251027T042010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:TKY-9F-Eiger (20)
END:VEVENT
END:VCALENDAR
""",
    ),
    # Shadowing a structured interview as new interviewer.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000000718293A4B5BDC01000000000000000010000000F5A6B7C8D9E0F1A2B3C4",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-shadowing-structured-interview",
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
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ota, Shinji"
 :mailto:shinji.ota@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Kenji\, as part of the interviewer certificatio
 n please shadow Shinji's interview for the Logistics Coordinator opening
 . Silent observer\, then 15 min calibration on how he scored the competen
 cy questions.
UID:040000008200E00074C5B7101A82E008000000000718293A4B5BDC01000000000000000
 010000000F5A6B7C8D9E0F1A2B3C4
SUMMARY;LANGUAGE=en-US:Shadow: Logistics Coordinator interview + calibrat
 ion
DTSTART;TZID=Tokyo Standard Time:20250912T100000
DTEND;TZID=Tokyo Standard Time:20250912T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250908T020511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-8F-Small MR 1
END:VEVENT
END:VCALENDAR
""",
    ),
    # Work-sample test he supervises for a candidate.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000182A3B4C5D6BDC01000000000000000010000000A6B7C8D9E0F1A2B3C4D5",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-supervises-excel-work-sample",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kobayashi, M
 ayu":mailto:mayu.kobayashi@alpenmilch.co.jp
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TKY-8F-Small MR 3":mailt
 o:tky-8f-smallmr3@alpenmilch.co.jp
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Loan PC JP-LT-0417":mail
 to:jp-lt-0417@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=ja-JP:候補者 伊藤 陽翔 さん 実技試験（Excel：発注点・安全在
 庫計算）60分。渡辺が試験監督、終了後に採点。\nloan PC にデータ入れておく (sample_s
 ellout_12m.xlsx)
UID:040000008200E00074C5B7101A82E00800000000182A3B4C5D6BDC01000000000000000
 010000000A6B7C8D9E0F1A2B3C4D5
SUMMARY;LANGUAGE=ja-JP:実技試験 監督（伊藤さん）
DTSTART;TZID=Tokyo Standard Time:20251021T100000
DTEND;TZID=Tokyo Standard Time:20251021T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251016T075033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:TKY-8F-Small MR 3
END:VEVENT
END:VCALENDAR
""",
    ),
    # Reference call he makes about the chosen candidate.
    dict(
        kind="iphone-typed",
        uid="8F0D2A6B-5C1E-4B93-A7D8-E2C4F6091B3A",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-reference-check-on-candidate",
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
CREATED:20251013T022210Z
DTEND;TZID=Asia/Tokyo:20251016T123000
DTSTAMP:20251013T022231Z
DTSTART;TZID=Asia/Tokyo:20251016T120000
LAST-MODIFIED:20251013T022231Z
SEQUENCE:0
SUMMARY:ref check call – Fujita-san's ex boss (Kaneko-san)
DESCRIPTION:tel 03-5512-8830. Qs from HR template: reliability\, teamwork\,
  reason for leaving\, rehire?
TRANSP:OPAQUE
UID:8F0D2A6B-5C1E-4B93-A7D8-E2C4F6091B3A
END:VEVENT
END:VCALENDAR
""",
    ),
    # Rescheduled candidate interview, SEQUENCE 1, he is organiser.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000293B4C5D6E7BDC01000000000000000010000000B7C8D9E0F1A2B3C4D5E6",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-rescheduled-candidate-slot",
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
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=nakamura.t
 akumi@icloud.com:mailto:nakamura.takumi@icloud.com
DESCRIPTION;LANGUAGE=ja-JP:【日程変更】候補者様のご都合により、一次面接を下記に
 変更します。\n中村 拓海 様 / ジュニア需給プランナー\n変更前：9/29（月）11:00\n変更
 後：9/30（火）17:30
UID:040000008200E00074C5B7101A82E00800000000293B4C5D6E7BDC01000000000000000
 010000000B7C8D9E0F1A2B3C4D5E6
SUMMARY;LANGUAGE=ja-JP:【変更】一次面接 中村様（JDP）
DTSTART;TZID=Tokyo Standard Time:20250930T173000
DTEND;TZID=Tokyo Standard Time:20250930T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250926T013355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=ja-JP:TKY-8F-Small MR 2
END:VEVENT
END:VCALENDAR
""",
    ),
    # Casual meeting he hosts for a candidate (company side).
    dict(
        kind="outlook-external",
        uid="040000008200E00074C5B7101A82E008000000003A4C5D6E7F8BDC01000000000000000010000000C8D9E0F1A2B3C4D5E6F7",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-hosts-casual-mendan-for-candidate",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Watanabe, Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=yui.mats
 ui.scm@gmail.com:mailto:yui.matsui.scm@gmail.com
DESCRIPTION;LANGUAGE=ja-JP:松井様\n\nカジュアル面談のお時間をいただきありがとう
 ございます。選考ではありませんので、Alpenmilchの需給チームの仕事内容やS&OPの進め
 方について、気軽にご質問ください。\n\n渡辺（SCM部）
UID:040000008200E00074C5B7101A82E008000000003A4C5D6E7F8BDC01000000000000000
 010000000C8D9E0F1A2B3C4D5E6F7
SUMMARY;LANGUAGE=ja-JP:カジュアル面談 松井様 × Alpenmilch SCM
DTSTART;TZID=Tokyo Standard Time:20250919T190000
DTEND;TZID=Tokyo Standard Time:20250919T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250916T100212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
END:VEVENT
END:VCALENDAR
""",
    ),
    # Country director's final interview; he sits in as future line manager.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000004B5D6E7F809BDC01000000000000000010000000D9E0F1A2B3C4D5E6F708",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-sits-in-saishuu-mensetsu",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _TST + r"""
BEGIN:VEVENT
ORGANIZER;CN="Weber, Andreas";SENT-BY="mailto:naomi.ikeda@alpenmilch.co.jp":m
 ailto:andreas.weber@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Watanabe
 , Kenji":mailto:kenji.watanabe@alpenmilch.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Huber, Stefa
 n":mailto:stefan.huber@alpenmilch.co.jp
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="TKY-10F-Executive MR":ma
 ilto:tky-10f-exec@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Final interview with Ms. Emi Fujita (JDP\, req
  30412). Andreas (Country Manager) leads\; Stefan and Kenji join as futur
 e line managers. 30 min.\n\nNaomi Ikeda\, Executive Assistant
UID:040000008200E00074C5B7101A82E008000000004B5D6E7F809BDC01000000000000000
 010000000D9E0F1A2B3C4D5E6F708
SUMMARY;LANGUAGE=en-US:最終面接 – Fujita Emi (Junior Demand Planner)
DTSTART;TZID=Tokyo Standard Time:20251014T110000
DTEND;TZID=Tokyo Standard Time:20251014T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251009T014401Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-10F-Executive MR
END:VEVENT
END:VCALENDAR
""",
    ),
    # SuccessFactors feedback task as a calendar reminder.
    dict(
        kind="successfactors",
        uid="SF-FEEDBACK-ALPENMILCH-JP-30412-KWATANABE-02",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-scorecard-due-reminder",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:SF-FEEDBACK-ALPENMILCH-JP-30412-KWATANABE-02
DTSTAMP:20251008T071500Z
DTSTART:20251009T000000Z
DTEND:20251009T001500Z
SUMMARY:Action required: Submit interview assessment – Ryo Yamamoto (Junio
 r Demand Planner)
ORGANIZER;CN=Alpenmilch Recruiting:mailto:alpenmilch@successfactors.eu
ATTENDEE;CN=Kenji Watanabe:mailto:kenji.watanabe@alpenmilch.co.jp
DESCRIPTION:Your interview assessment for candidate Ryo Yamamoto is overdu
 e. Please rate each competency (1–5) and give an overall recommendation
  in Interview Central.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Review of a candidate's take-home case before the panel, typed.
    dict(
        kind="google-typed",
        uid="2f7kq0m4x8v1n5j3c9b6t2r0sa@google.com",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-reviews-candidate-case",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kenji.watanabe.scm@gmail.com
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART:20251007T120000Z
DTEND:20251007T130000Z
DTSTAMP:20260201T040211Z
UID:2f7kq0m4x8v1n5j3c9b6t2r0sa@google.com
CREATED:20251006T140100Z
DESCRIPTION:(work) read Yamamoto-san's case submission before tomorrow's p
 anel\, note 3 questions. file in Teams > 採用_需給プランナー
LAST-MODIFIED:20251006T140100Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:JDP candidate case review
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Interviewer training run by HR (not an interview for him, hiring side).
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E008000000005C6E7F809A1BDC01000000000000000010000000E0F1A2B3C4D5E6F70819",
        interview=0,
        hiring_side=True,
        trap="user-as-interviewer-interviewer-training",
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
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ota, Shi
 nji":mailto:shinji.ota@alpenmilch.co.jp
DESCRIPTION;LANGUAGE=en-US:Mandatory for all new interviewers in the JDP a
 nd intern hiring: structured interviewing\, bias awareness\, what you may
  not ask (family\, religion\, 本籍)\, how to use the 評価シート.
UID:040000008200E00074C5B7101A82E008000000005C6E7F809A1BDC01000000000000000
 010000000E0F1A2B3C4D5E6F70819
SUMMARY;LANGUAGE=en-US:面接官トレーニング / Interviewer training
DTSTART;TZID=Tokyo Standard Time:20250910T140000
DTEND;TZID=Tokyo Standard Time:20250910T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250901T050000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-9F-Eiger (20)
END:VEVENT
END:VCALENDAR
""",
    ),
]
