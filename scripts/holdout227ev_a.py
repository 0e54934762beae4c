"""holdout227 events, part A: the Halvorsen Pharma process via the agency Bridgeway Search, and around it."""

EVENTS = [
    # Agency casual meeting; the client is only "a global pharma company in Tokyo".
    dict(
        kind="agency-google",
        uid="5q1k7v0d2m8j3r6t9b4c@google.com",
        interview=0,
        trap="agency-casual-mendan-employer-unnamed",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251007T100000Z
DTEND:20251007T104500Z
DTSTAMP:20251002T023115Z
ORGANIZER;CN=Misaki Ono:mailto:m.ono@bridgeway-search.jp
UID:5q1k7v0d2m8j3r6t9b4c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Misaki Ono;X-NUM-GUESTS=0:mailto:m.ono@bridgeway-search.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251002T023114Z
DESCRIPTION:渡辺様\n\nBridgeway Searchの小野です。先日はご返信ありがとうござい
 ました。\nまずはカジュアルにお話しできればと思います（選考ではございませんので、
 お気軽にご参加ください）。\n\nご紹介予定のポジション：\n・外資系グローバル製薬
 会社（東京・日本橋）Demand Planning Manager\n　※社名は面談時に口頭でお伝えしま
 す\n\nDear Watanabe-san\, this is a casual meeting to hear about your career
 \, not a screening.\n\nJoin with Google Meet: https://meet.google.com/wkd-ff
 qp-xzr\nJoin by phone: (JP) +81 3-4545-1297 PIN: 381 227 904#
LAST-MODIFIED:20251002T023115Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【Bridgeway】カジュアル面談 / Casual meeting - 渡辺 健二 様
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # 1st interview at the client, forwarded by the agency consultant from Outlook.
    dict(
        kind="agency-outlook",
        uid="040000008200E00074C5B7101A82E00800000000B0C1E9A3F21DDC01000000000000000010000000A1D44E6B2F1C8C4BA7E3",
        interview=1,
        company="Halvorsen Pharma",
        role="Demand Planning Manager",
        stage="recruiter_screen",
        interviewers="松田 恵子",
        trap="agency-forwarded-ichiji-mensetsu-hr",
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
ORGANIZER;CN="Ono, Misaki":mailto:m.ono@bridgeway-search.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=ja-JP:渡辺様\n\n一次面接の日程が確定いたしましたのでご案内いた
 します。\n\n企業名：Halvorsen Pharma K.K.（ハルヴォルセン製薬）\nポジション：Dem
 and Planning Manager\n面接官：人事部 HR Manager 松田 恵子 様\n形式：対面（約60分）
 \n場所：東京都中央区日本橋本町2-3-11 日本橋ライフサイエンスビル 14F 受付\n持ち物：
 履歴書・職務経歴書（日本語）、英文レジュメ\n\n面接前日に15分ほどお電話で事前対策を
 させてください。\nご不明点があれば小野（080-4471-2290）までご連絡ください。\n\nBr
 idgeway Search Japan K.K.\nHealthcare & Life Sciences Division\n小野 美咲
UID:040000008200E00074C5B7101A82E00800000000B0C1E9A3F21DDC01000000000000000
 010000000A1D44E6B2F1C8C4BA7E3
SUMMARY;LANGUAGE=ja-JP:【一次面接】Halvorsen Pharma K.K. 様 / 渡辺 健二 様
DTSTART;TZID=Tokyo Standard Time:20251106T150000
DTEND;TZID=Tokyo Standard Time:20251106T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251031T081204Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:日本橋ライフサイエンスビル 14F
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # 2nd interview with the hiring manager in English, Teams, sent by the company's HR.
    dict(
        kind="outlook-teams",
        uid="040000008200E00074C5B7101A82E00800000000D4A27F1C6A2EDC01000000000000000010000000F07B1C55E2A1D34D9C6E",
        interview=1,
        company="Halvorsen Pharma",
        role="Demand Planning Manager",
        stage="hiring_manager",
        interviewers="markus.schneider@halvorsen-pharma.com",
        trap="outlook-teams-second-interview-hiring-manager",
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
ORGANIZER;CN="Matsuda, Keiko":mailto:keiko.matsuda@halvorsen-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Schneider
 , Markus":mailto:markus.schneider@halvorsen-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=m.ono@brid
 geway-search.jp:mailto:m.ono@bridgeway-search.jp
DESCRIPTION;LANGUAGE=en-US:Dear Watanabe-san\,\n\nThank you for your time l
 ast week. As discussed with Ms. Ono\, we would like to invite you to the 2
 nd interview with Markus Schneider\, Head of Supply Chain Japan. The conve
 rsation will be held in English (approx. 60 min).\n\nMarkus would like to
  discuss your S&OP experience and how you would structure demand review f
 or ~1\,200 SKUs across hospital and retail channels.\n\nBest regards\,\nKei
 ko Matsuda\nHR Business Partner\, Halvorsen Pharma K.K.\n\n_______________
 _________________________________________________________________\nMicros
 oft Teams meeting\nJoin on your computer\, mobile app or room device\nClick
  here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3am
 eeting_ZTk1YjI4NzctNmFjNC00@thread.v2/0?context=%7b%22Tid%22%3a%22c1d7%22
 %7d>\nMeeting ID: 413 922 857 640\nPasscode: yB7hQ2\nDownload Teams | Join
  on the web\nOr call in (audio only)\n+81 3-4578-1108\,\,582014733#   Japa
 n\, Tokyo\nPhone Conference ID: 582 014 733#\n___________________________
 _____________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000D4A27F1C6A2EDC01000000000000000
 010000000F07B1C55E2A1D34D9C6E
SUMMARY;LANGUAGE=en-US:2nd Interview: Kenji Watanabe / Demand Planning Mana
 ger
DTSTART;TZID=Tokyo Standard Time:20251120T170000
DTEND;TZID=Tokyo Standard Time:20251120T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251113T052240Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:
X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:keiko.matsuda@halvorsen-pharma.c
 om\;gruu\;opaque=app:conf:focus:id:Q8T2
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Microsoft Teams Meeting"\,"LocationA
 nnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # Thank-you reminder the user typed after the 2nd interview.
    dict(
        kind="iphone-typed",
        uid="7C1E0B7A-3F44-4D2B-9E51-2A8D6C0F19B3",
        interview=0,
        trap="thank-you-note-reminder",
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
CREATED:20251120T091517Z
DTEND;TZID=Asia/Tokyo:20251120T214500
DTSTAMP:20251120T091531Z
DTSTART;TZID=Asia/Tokyo:20251120T213000
LAST-MODIFIED:20251120T091531Z
SEQUENCE:0
SUMMARY:thank you mail → Markus S. (Halvorsen)
DESCRIPTION:mention 1200 SKU demand review idea + hospital channel forecast
 \ncc Ono-san
TRANSP:TRANSPARENT
UID:7C1E0B7A-3F44-4D2B-9E51-2A8D6C0F19B3
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0S
UID:0E9C4F2A-6B1D-4C77-8A03-5D2E7F1B9C44
X-WR-ALARMUID:0E9C4F2A-6B1D-4C77-8A03-5D2E7F1B9C44
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    # Prep block before the final.
    dict(
        kind="google-typed",
        uid="3hv9ttq0l2k4b7mn1c5e8r0s6a@google.com",
        interview=0,
        trap="prep-block-before-final",
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
DTSTART:20251208T113000Z
DTEND:20251208T133000Z
DTSTAMP:20260201T040211Z
UID:3hv9ttq0l2k4b7mn1c5e8r0s6a@google.com
CREATED:20251205T122944Z
DESCRIPTION:saishuu mensetsu prep\n- why leave Alpenmilch (honest\, no bad
 mouthing)\n- S&OP maturity story: fcst accuracy 58%→71% MAPE\n- DC consolida
 tion Chiba/Kobe numbers\n- Qs for Erik: APAC role scope\, launch planning
 \n- 5 STAR stories\, rehearse 2x in English
LAST-MODIFIED:20251205T123301Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prep – Halvorsen final
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Final with the country director; assistant sends on his behalf; board room as resource.
    dict(
        kind="outlook-room",
        uid="040000008200E00074C5B7101A82E008000000005E9B3D02E43ADC010000000000000000100000006C0F2A9DB4E33A4F8D21",
        interview=1,
        company="Halvorsen Pharma",
        role="Demand Planning Manager",
        stage="final",
        interviewers="erik.lindahl@halvorsen-pharma.com",
        trap="outlook-sent-by-assistant-saishuu-mensetsu",
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
ORGANIZER;CN="Lindahl, Erik";SENT-BY="mailto:yumi.sakai@halvorsen-pharma.co
 m":mailto:erik.lindahl@halvorsen-pharma.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Matsuda, Kei
 ko":mailto:keiko.matsuda@halvorsen-pharma.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;
 CN="TKY-NHB-21F-Boardroom (10)":mailto:tky-nhb-21f-boardroom@halvorsen-pha
 rma.com
DESCRIPTION;LANGUAGE=en-US:Watanabe-san\,\n\nOn behalf of Erik Lindahl\, Co
 untry President Japan\, I am pleased to confirm your final interview (最終
 面接).\nPlease come to the 21st floor reception 10 minutes before. Keiko M
 atsuda (HR) will meet you at reception and take you to the room.\n\nKind r
 egards\,\nYumi Sakai\nExecutive Assistant to the Country President\n
UID:040000008200E00074C5B7101A82E008000000005E9B3D02E43ADC01000000000000000
 0100000006C0F2A9DB4E33A4F8D21
SUMMARY;LANGUAGE=en-US:Final Interview – Mr. Kenji Watanabe (DP Manager)
DTSTART;TZID=Tokyo Standard Time:20251209T100000
DTEND;TZID=Tokyo Standard Time:20251209T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251201T014455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-NHB-21F-Boardroom (10)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2118734201
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Offer meeting, arranged through the agency.
    dict(
        kind="agency-outlook",
        uid="040000008200E00074C5B7101A82E00800000000A7F34C11B94FDC01000000000000000010000000B33E8D0AC4F1E24FA915",
        interview=0,
        trap="offer-mendan-not-interview",
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
ORGANIZER;CN="Ono, Misaki":mailto:m.ono@bridgeway-search.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Matsuda, Keik
 o":mailto:keiko.matsuda@halvorsen-pharma.com
DESCRIPTION;LANGUAGE=ja-JP:渡辺様\n\nこの度は内定、誠におめでとうございます。\nオ
 ファー面談の日程をご案内いたします。選考ではございません。条件（年収・入社日・
 リロケーション等）のご説明と、渡辺様からのご質問にお答えする場です。\n\nOffer d
 iscussion with Halvorsen HR (Matsuda-san). Offer letter will be shared on s
 creen.\n\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nm
 E4ZmI2@thread.v2/0\n\n小野
UID:040000008200E00074C5B7101A82E00800000000A7F34C11B94FDC01000000000000000
 010000000B33E8D0AC4F1E24FA915
SUMMARY;LANGUAGE=ja-JP:オファー面談（Halvorsen Pharma K.K.）
DTSTART;TZID=Tokyo Standard Time:20251219T183000
DTEND;TZID=Tokyo Standard Time:20251219T193000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251216T072200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Pre-employment medical check.
    dict(
        kind="google-typed",
        uid="0pe4kq7m2n9v1x3s5h8j6b0c2d@google.com",
        interview=0,
        trap="pre-employment-medical-kenkoushindan",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Kenji
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART;TZID=Asia/Tokyo:20260114T083000
DTEND;TZID=Asia/Tokyo:20260114T100000
DTSTAMP:20260201T040211Z
UID:0pe4kq7m2n9v1x3s5h8j6b0c2d@google.com
CREATED:20260106T110210Z
DESCRIPTION:雇入時健康診断 (Halvorsen入社前)\n絶食 from 21:00 the day before!
 \n検査: 血液\, 胸部X線\, 心電図\nbring: 保険証\, 受診票\, 問診票\nresult → HR
  Matsuda-san by 1/30
LAST-MODIFIED:20260106T110342Z
LOCATION:丸の内トラストクリニック 3F
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:入社前健康診断
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Exit interview at the current employer, after resigning.
    dict(
        kind="outlook-internal",
        uid="040000008200E00074C5B7101A82E00800000000E17C9A25D85FDC0100000000000000001000000044D9E6A10B5F7A41B2C0",
        interview=0,
        trap="own-exit-interview-current-employer",
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
DESCRIPTION;LANGUAGE=en-US:Hi Kenji\,\n\nAs part of your offboarding\, I'd
 like to hold a short exit interview. Your feedback is confidential and h
 elps us improve. We will also go through return of PC\, security card and
  the 退職手続き documents (年金手帳\, 源泉徴収票).\n\nRie Hoshino\nHR\, Alpenm
 ilch Japan K.K.
UID:040000008200E00074C5B7101A82E00800000000E17C9A25D85FDC01000000000000000
 01000000044D9E6A10B5F7A41B2C0
SUMMARY;LANGUAGE=en-US:Exit interview – Kenji Watanabe
DTSTART;TZID=Tokyo Standard Time:20260123T160000
DTEND;TZID=Tokyo Standard Time:20260123T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260116T020910Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:TKY-8F-Small MR 3
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
]
