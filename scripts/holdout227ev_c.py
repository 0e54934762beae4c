"""holdout227 events, part C: Aurelia (Greenhouse), Dalmont (Osaka), Ferrow (Lever), Corvina (HRMOS)."""

EVENTS = [
    # Greenhouse recruiter screen; the coordinator organises, the recruiter is named in the body.
    dict(
        kind="greenhouse",
        uid="greenhouse-interview-63310982002-aurelia",
        interview=1,
        company="Aurelia Nutrition",
        role="Senior Demand Planner",
        stage="recruiter_screen",
        interviewers="Natsuki Mori",
        trap="greenhouse-coordinator-organizer-recruiter-in-body",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-63310982002-aurelia
DTSTAMP:20250910T073012Z
DTSTART:20250917T053000Z
DTEND:20250917T060000Z
SUMMARY:Kenji Watanabe - Recruiter Phone Screen (Senior Demand Planner)
ORGANIZER;CN=Aurelia Nutrition Recruiting Coordination:mailto:recruiting-c
 oordination@aurelianutrition.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Phone – Natsuki will call you at +81 90-XXXX-4418
DESCRIPTION:Hi Kenji\,\n\nThanks for your interest in the Senior Demand Pl
 anner role at Aurelia Nutrition Japan G.K.! You're scheduled for a 30-min
 ute phone screen with Natsuki Mori (Senior Recruiter\, APAC). She will cal
 l you on the number you provided.\n\nTime: Wednesday\, September 17\, 2025
  2:30 PM – 3:00 PM JST\n\nIf this time no longer works\, reply to this e
 mail and we'll find another slot.\n\nBest\,\nRiko Shimizu\nRecruiting Coor
 dinator\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Greenhouse virtual onsite: three back-to-back sessions.
    dict(
        kind="greenhouse",
        uid="greenhouse-interview-63311547002-aurelia",
        interview=1,
        company="Aurelia Nutrition",
        role="Senior Demand Planner",
        stage="onsite",
        interviewers="Sophie Laurent;Takeshi Inoue;Grace Lim",
        trap="greenhouse-virtual-onsite-schedule-in-body",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:greenhouse-interview-63311547002-aurelia
DTSTAMP:20250926T021455Z
DTSTART:20251003T010000Z
DTEND:20251003T041500Z
SUMMARY:Virtual Onsite: Kenji Watanabe for Senior Demand Planner
ORGANIZER;CN=Riko Shimizu:mailto:riko.shimizu@aurelianutrition.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Zoom – https://aurelia.zoom.us/j/96640128833
DESCRIPTION:Hi Kenji\,\n\nHere is your virtual onsite schedule (JST):\n\n1
 0:00 – 11:00  Sophie Laurent\, Head of Demand Planning APAC – forecasting
  & S&OP\n11:00 – 11:05  Break\n11:05 – 12:05  Takeshi Inoue\, Supply Man
 ager Japan – DC & MOQ scenario exercise (Excel\, shared screen)\n12:15 –
  13:15  Grace Lim\, Commercial Director Japan – stakeholder management\n\n
 All sessions use the same Zoom link: https://aurelia.zoom.us/j/96640128833
 \nPasscode: 418822\n\nGood luck!\nRiko (Recruiting Coordinator)\n\nPowered b
 y Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Dalmont 1st interview, Osaka, HR + department; Japanese Google invite.
    dict(
        kind="google-invite",
        uid="6kqs0p2bvj8n1e4lm9c3t7ha5r@google.com",
        interview=1,
        company="Dalmont Animal Health",
        role="需給計画マネージャー（Demand & Supply Planning Manager）",
        stage="",
        interviewers="y.kitagawa@dalmont.co.jp;h.nishimura@dalmont.co.jp",
        trap="japanese-ichiji-mensetsu-osaka-video",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251008T080000Z
DTEND:20251008T090000Z
DTSTAMP:20251001T051022Z
ORGANIZER;CN=北川 由香:mailto:y.kitagawa@dalmont.co.jp
UID:6kqs0p2bvj8n1e4lm9c3t7ha5r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=北川 由香;X-NUM-GUESTS=0:mailto:y.kitagawa@dalmont.co.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=西村 浩之;X-NUM-GUESTS=0:mailto:h.nishimura@dalmont.co.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251001T051020Z
DESCRIPTION:渡辺 健二 様\n\nダルモン・アニマルヘルス株式会社 人事部の北川です。\n
 需給計画マネージャー職の一次面接を下記にてお願いいたします。\n\n日時：10月8日
 （水）17:00〜18:00\n面接官：人事部 北川、SCM部 部長 西村\n形式：Google Meet（
 カメラオンでお願いします）\n\n当社は大阪本社のため、二次以降は大阪での対面面接
 となる予定です。交通費は当社規定により支給いたします。\n\nよろしくお願いいたし
 ます。\n\nGoogle Meet に参加: https://meet.google.com/dzr-kpto-bhm
LAST-MODIFIED:20251001T051022Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【一次面接】渡辺様／需給計画マネージャー
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Dalmont final in Osaka, user typed entry with shinkansen notes.
    dict(
        kind="iphone-typed",
        uid="9D21F6C8-4A0B-4E37-BB5C-3E8F71A26D04",
        interview=1,
        company="Dalmont Animal Health",
        role="",
        stage="final",
        interviewers="西村部長",
        trap="typed-saishuu-mensetsu-osaka-trip",
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
CREATED:20251022T124508Z
DTEND;TZID=Asia/Tokyo:20251030T150000
DTSTAMP:20251022T125011Z
DTSTART;TZID=Asia/Tokyo:20251030T133000
LAST-MODIFIED:20251022T125011Z
LOCATION:ダルモン 大阪本社 中之島フェスティバルタワー 29F
SEQUENCE:0
SUMMARY:最終面接 ダルモン（大阪）
DESCRIPTION:のぞみ 9:33 東京→12:03 新大阪 (5号車 12E)\n社長+西村部長\n有給申
 請済み\, 領収書もらう (交通費精算)
TRANSP:OPAQUE
UID:9D21F6C8-4A0B-4E37-BB5C-3E8F71A26D04
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:5F1A9E0C-2B3D-4A6F-9C8E-7D1B0A2E3F45
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # Lever phone screen, first sent.
    dict(
        kind="lever",
        uid="lever-interview-b71f03c2-9e4a-4d16-8f55-2c0a61d7e390",
        interview=1,
        company="Ferrow Beauty",
        role="Supply Planning Manager, Japan",
        stage="recruiter_screen",
        interviewers="hannah.cole@ferrowbeauty.com",
        trap="lever-phone-screen-later-cancelled",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-b71f03c2-9e4a-4d16-8f55-2c0a61d7e390
SEQUENCE:0
DTSTAMP:20250915T231109Z
DTSTART:20250922T003000Z
DTEND:20250922T010000Z
SUMMARY:Phone Screen: Kenji Watanabe <> Hannah Cole (Ferrow Beauty)
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@ferrowbeauty.com
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:kenji.wa
 tanabe.scm@gmail.com
ATTENDEE;CN=Hannah Cole;PARTSTAT=ACCEPTED:mailto:hannah.cole@ferrowbeauty.c
 om
LOCATION:Phone call (Hannah will dial +81 90 3314 4418)
DESCRIPTION:Hi Kenji\, looking forward to speaking about the Supply Planni
 ng Manager\, Japan role. I'm calling from Sydney so please note the time
  is 9:30 AM Tokyo. – Hannah\n\nScheduled via Lever
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    # Lever cancellation of a later interview (METHOD:CANCEL).
    dict(
        kind="lever-cancel",
        uid="lever-interview-4e0a9d17-c2b8-4f63-a5e1-98d3b70c6f24",
        interview=1,
        company="Ferrow Beauty",
        role="Supply Planning Manager, Japan",
        stage="hiring_manager",
        interviewers="ben.whitlock@ferrowbeauty.com",
        trap="lever-method-cancel-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:CANCEL
BEGIN:VEVENT
UID:lever-interview-4e0a9d17-c2b8-4f63-a5e1-98d3b70c6f24
SEQUENCE:1
DTSTAMP:20251001T220455Z
DTSTART:20251006T230000Z
DTEND:20251007T000000Z
SUMMARY:Canceled: Interview - Kenji Watanabe / Ben Whitlock (Hiring Manage
 r)
ORGANIZER;CN=Hannah Cole:mailto:hannah.cole@ferrowbeauty.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION:mailto:kenji.watanabe.scm
 @gmail.com
ATTENDEE;CN=Ben Whitlock;PARTSTAT=ACCEPTED:mailto:ben.whitlock@ferrowbeaut
 y.com
LOCATION:Google Meet
DESCRIPTION:Hi Kenji\, unfortunately the role has been put on hold after a
  regional reorganisation\, so I've had to cancel your interview with Ben.
  I'm really sorry about this and will reach out if it reopens. – Hannah
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
""",
    ),
    # HRMOS (Japanese ATS) 1st interview.
    dict(
        kind="hrmos",
        uid="hrmos-ats-interview-20251014-7721934@hrmos.co",
        interview=1,
        company="Corvina Beverages",
        role="SCMマネージャー（需要予測・S&OP）",
        stage="recruiter_screen",
        interviewers="r.takeda@corvina.co.jp",
        trap="hrmos-japanese-ats-ichiji",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HRMOS//HRMOS ATS//JA
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
UID:hrmos-ats-interview-20251014-7721934@hrmos.co
DTSTAMP:20251007T020030Z
DTSTART;TZID=Asia/Tokyo:20251014T190000
DTEND;TZID=Asia/Tokyo:20251014T200000
SUMMARY:【コルヴィナ・ビバレッジズ】一次面接のご案内（渡辺 健二 様）
ORGANIZER;CN=コルヴィナ・ビバレッジズ 採用担当:mailto:recruit@corvina.co.jp
ATTENDEE;CN=渡辺 健二;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe
 .scm@gmail.com
ATTENDEE;CN=武田 亮;PARTSTAT=ACCEPTED:mailto:r.takeda@corvina.co.jp
LOCATION:Zoom（URLは本文をご確認ください）
DESCRIPTION:渡辺 健二 様\n\nこの度はコルヴィナ・ビバレッジズ株式会社の求人にご応
 募いただき、誠にありがとうございます。\n一次面接を以下の通り実施いたします。\n\n
 ■日時：2025年10月14日（火）19:00〜20:00\n■面接官：人事部 採用チーム 武田\n■形
 式：Zoom\nhttps://us06web.zoom.us/j/84471203396?pwd=cGhNQk5x\n■所要時間：約60
 分\n\n当日は職務経歴についてお伺いします。\nご都合が悪くなった場合は、マイページ
 よりご連絡ください。\n\n※本メールはHRMOS採用より自動送信されています。
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Corvina 2nd round: the user's desktop entry with a floating time.
    dict(
        kind="desktop-typed",
        uid="20251024T091244-corvina2@kenji-macbook.local",
        interview=1,
        company="Corvina Beverages",
        role="",
        stage="",
        interviewers="",
        trap="floating-time-typed-romaji-niji",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251024T091244Z
UID:20251024T091244-corvina2@kenji-macbook.local
DTEND:20251031T110000
SUMMARY:Corvina niji mensetsu
DTSTART:20251031T100000
DTSTAMP:20251024T091251Z
LOCATION:Corvina 神谷町オフィス
DESCRIPTION:2次. 多分 SCM部長 + 営業の人. 対面. スーツ?\n→ Takeda-san: business c
 asual OK
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
