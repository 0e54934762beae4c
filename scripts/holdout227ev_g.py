"""holdout227 events, part G: the last of the user's own interviews."""

EVENTS = [
    # All-day assessment centre.
    dict(
        kind="allday",
        uid="pinecrest-ac-2025-11-19-kwatanabe@pinecrestbrands.com",
        interview=1,
        company="Pinecrest",
        role="Supply Chain Manager (Graduate-to-Manager Track)",
        stage="onsite",
        interviewers="",
        trap="all-day-assessment-centre",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Pinecrest Brands//Talent Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:pinecrest-ac-2025-11-19-kwatanabe@pinecrestbrands.com
DTSTAMP:20251107T050000Z
DTSTART;VALUE=DATE:20251119
DTEND;VALUE=DATE:20251120
SUMMARY:Pinecrest Assessment Centre – Supply Chain Manager
ORGANIZER;CN=Pinecrest Japan Talent:mailto:talent.japan@pinecrestbrands.com
ATTENDEE;CN=Kenji Watanabe;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
LOCATION:Pinecrest Japan\, Shinjuku Park Tower 40F
DESCRIPTION:Dear Kenji\,\n\nCongratulations on progressing to our Assessme
 nt Centre. The day runs 9:30–17:00 and includes:\n• Group exercise (S&OP
  simulation with 5 other candidates)\n• In-tray exercise\n• Competency in
 terview with two senior managers\n• Closing session\n\nLunch provided. Bu
 siness attire.\n\nPinecrest Japan Talent Team
STATUS:CONFIRMED
TRANSP:OPAQUE
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Osaka employer, in-person in Osaka, Japanese HR invite from Outlook.
    dict(
        kind="outlook-osaka",
        uid="040000008200E00074C5B7101A82E0080000000061D2E8F3A04CDC01000000000000000010000000B1C0F9E2D4A7864C5E93",
        interview=1,
        company="Eberhardt Foods",
        role="S&OPマネージャー",
        stage="hiring_manager",
        interviewers="ryota.fukuda@eberhardt-foods.co.jp;anna.keller@eberhardt-foods.com",
        trap="osaka-onsite-niji-mensetsu-outlook",
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
ORGANIZER;CN="上野 彩":mailto:aya.ueno@eberhardt-foods.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="福田 亮太":mai
 lto:ryota.fukuda@eberhardt-foods.co.jp
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Keller, Anna"
 :mailto:anna.keller@eberhardt-foods.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="OSA-Um
 eda-8F-会議室B":mailto:osa-umeda-8f-b@eberhardt-foods.co.jp
DESCRIPTION;LANGUAGE=ja-JP:渡辺様\n\n二次面接のご案内です。大阪本社にお越しく
 ださい。\n面接官：サプライチェーン本部 本部長 福田、Anna Keller（Global S&OP
  Lead、ドイツ本社よりオンライン参加）\n新幹線代は後日精算いたします。\n\n人事部
  上野
UID:040000008200E00074C5B7101A82E0080000000061D2E8F3A04CDC01000000000000000
 010000000B1C0F9E2D4A7864C5E93
SUMMARY;LANGUAGE=ja-JP:二次面接（S&OPマネージャー）渡辺 健二 様
DTSTART;TZID=Tokyo Standard Time:20251113T140000
DTEND;TZID=Tokyo Standard Time:20251113T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T015512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:OSA-Umeda-8F-会議室B
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    # Agency forwards the client's 1st interview; employer written in katakana too.
    dict(
        kind="agency-google",
        uid="2r7hb0x4m9q1s6k3v8n5c0j2fd@google.com",
        interview=1,
        company="Thorsby Medical",
        role="Demand Planning Manager",
        stage="",
        interviewers="",
        trap="agency-1ji-mensetsu-client-named-no-interviewer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251017T090000Z
DTEND:20251017T100000Z
DTSTAMP:20251010T082330Z
ORGANIZER;CN=林 大輔 (Skyline Career):mailto:d.hayashi@skyline-career.co.jp
UID:2r7hb0x4m9q1s6k3v8n5c0j2fd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251010T082328Z
DESCRIPTION:渡辺様\n\nソーズビー・メディカル（Thorsby Medical Japan）様の1次面接
 が確定しました。\n面接官は当日ご案内とのことです（人事＋現場マネージャーの2名予
 定）。\n場所：品川シーズンテラス 11F 受付（来社）\n\n前日に電話で面接対策をしまし
 ょう。\nSkyline Career 林
LAST-MODIFIED:20251010T082330Z
LOCATION:品川シーズンテラス 11F
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:【1次面接】ソーズビー・メディカル様
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Online assessment window (Excel test), a selection step.
    dict(
        kind="assessment",
        uid="tg-assessment-brightline-91c3f0a2@testgorilla.com",
        interview=1,
        company="Brightline Retail",
        role="Inventory & Demand Planning Manager",
        stage="technical",
        interviewers="",
        trap="online-excel-assessment-timed",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//TestGorilla//Assessment Invite//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:tg-assessment-brightline-91c3f0a2@testgorilla.com
DTSTAMP:20250929T040012Z
DTSTART:20251004T010000Z
DTEND:20251004T021500Z
SUMMARY:Brightline Retail Asia – Online Assessment (Excel & Forecasting)
ORGANIZER;CN=Brightline Retail Asia via TestGorilla:mailto:no-reply@testgo
 rilla.com
LOCATION:https://app.testgorilla.com/s/9k2mf01q
DESCRIPTION:Hi Kenji\,\n\nBrightline Retail Asia has invited you to comple
 te an online assessment for the Inventory & Demand Planning Manager posit
 ion as the next step in the selection process.\nTests: Microsoft Excel (a
 dvanced)\, Forecasting fundamentals\, Numerical reasoning. Total time ~60
  min\, webcam snapshots enabled.\nYou selected this time slot. Deadline: 5
  October 2025.\n\nStart: https://app.testgorilla.com/s/9k2mf01q
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # In-person panel with room resource.
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E00800000000A3B8C1D2E953DC01000000000000000010000000F2E7A0B1C3D44A4B9E12",
        interview=1,
        company="Ashgrove Beverages",
        role="Supply Chain Manager – Demand & Inventory",
        stage="onsite",
        interviewers="n.tsuji@ashgrovebev.com;liam.oconnor@ashgrovebev.com;k.maeda@ashgrovebev.com",
        trap="outlook-onsite-panel-room-resource",
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
ORGANIZER;CN="Recruiting JP (Ashgrove)";SENT-BY="mailto:eri.nakano@ashgrove
 bev.com":mailto:recruiting.jp@ashgrovebev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Wata
 nabe:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Tsuji, Naoki"
 :mailto:n.tsuji@ashgrovebev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="O'Connor, Lia
 m":mailto:liam.oconnor@ashgrovebev.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Maeda, Kana"
 :mailto:k.maeda@ashgrovebev.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="JP-Shib
 uya-Scramble-27F-Room 2701 (8) [VC]":mailto:jp-shibuya-2701@ashgrovebev.c
 om
DESCRIPTION;LANGUAGE=en-US:Dear Kenji\,\n\nWe're pleased to invite you to
  a panel interview at our Shibuya office.\nPanel: Naoki Tsuji (Supply Cha
 in Director)\, Liam O'Connor (Finance Director)\, Kana Maeda (Sales Operat
 ions Manager).\nPlease bring one example of an S&OP deck you've run (sanit
 ised).\n\nEri Nakano\nRecruiting Coordinator
UID:040000008200E00074C5B7101A82E00800000000A3B8C1D2E953DC01000000000000000
 010000000F2E7A0B1C3D44A4B9E12
SUMMARY;LANGUAGE=en-US:Panel Interview – Kenji Watanabe – SCM Demand & Inv
 entory
DTSTART;TZID=Tokyo Standard Time:20251120T100000
DTEND;TZID=Tokyo Standard Time:20251120T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251112T020533Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:JP-Shibuya-Scramble-27F-Room 2701 (8) [VC]
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    # Workday, video interview, no stage named.
    dict(
        kind="workday",
        uid="WD-INT-greyfield-0c4e7b2a91f35d68",
        interview=1,
        company="Greyfield Consumer",
        role="Demand Planning Manager, Japan",
        stage="",
        interviewers="j.kimura@greyfield.com",
        trap="workday-interview-no-stage",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-greyfield-0c4e7b2a91f35d68
DTSTAMP:20251021T232001Z
DTSTART:20251027T010000Z
DTEND:20251027T014500Z
SUMMARY:Interview - Demand Planning Manager\, Japan (JR-118220)
ORGANIZER;CN=Greyfield Careers:mailto:greyfield@myworkday.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kenji.wat
 anabe.scm@gmail.com
ATTENDEE;CN=Junko Kimura;ROLE=REQ-PARTICIPANT:mailto:j.kimura@greyfield.c
 om
LOCATION:Zoom
DESCRIPTION:Interview with Junko Kimura for Demand Planning Manager\, Japa
 n (JR-118220).\nZoom: https://greyfield.zoom.us/j/91822041733\n\nTo make c
 hanges\, sign in to your Workday candidate account.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Swedish employer, Europe/Stockholm zone, Teams.
    dict(
        kind="outlook-stockholm",
        uid="040000008200E00074C5B7101A82E00800000000C7D9E0F1A265DC01000000000000000010000000D3B4A5C6E7F8094A1B2C",
        interview=1,
        company="Norrbacka Packaging",
        role="Supply Chain Manager Japan",
        stage="hiring_manager",
        interviewers="erik.sandstrom@norrbacka.se",
        trap="w-europe-standard-time-video-interview",
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
ORGANIZER;CN=Erik Sandström:mailto:erik.sandstrom@norrbacka.se
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=sv-SE:Hi Kenji\,\n\nThanks for the good first talk wi
 th our HR. I'm the hiring manager for the Japan SCM role – let's meet on
  Teams. 08:00 Stockholm time should be 16:00 for you.\n\nMed vänliga häls
 ningar / Best regards\nErik Sandström\nVP Supply Chain\, Norrbacka Packagi
 ng AB\n\n________________________________________________________________
 ________________\nMicrosoft Teams-möte\nAnslut på datorn\, i mobilappen e
 ller på rumsenheten\nKlicka här för att ansluta till mötet\nMötes-ID: 338
  104 772 915\nLösenord: Rw4tK9
UID:040000008200E00074C5B7101A82E00800000000C7D9E0F1A265DC01000000000000000
 010000000D3B4A5C6E7F8094A1B2C
SUMMARY;LANGUAGE=sv-SE:Kenji Watanabe / Erik Sandström – SCM Japan
DTSTART;TZID=W. Europe Standard Time:20251204T080000
DTEND;TZID=W. Europe Standard Time:20251204T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251127T153012Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=sv-SE:Microsoft Teams-möte
END:VEVENT
END:VCALENDAR
""",
    ),
    # In-house recruiter via LinkedIn, phone screen, Google invite.
    dict(
        kind="google-invite",
        uid="8bq1x5m0v3k7n2j9c6t4r8s1hd@google.com",
        interview=1,
        company="Tavira Medical",
        role="Demand Planning Manager",
        stage="recruiter_screen",
        interviewers="r.kobayashi@taviramedical.com",
        trap="linkedin-inhouse-recruiter-phone-screen",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250930T033000Z
DTEND:20250930T040000Z
DTSTAMP:20250925T090112Z
ORGANIZER;CN=Rina Kobayashi:mailto:r.kobayashi@taviramedical.com
UID:8bq1x5m0v3k7n2j9c6t4r8s1hd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rina Kobayashi;X-NUM-GUESTS=0:mailto:r.kobayashi@taviramedical.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20250925T090110Z
DESCRIPTION:Hi Kenji\, as discussed on LinkedIn – phone screen for Demand
  Planning Manager (Tavira Medical Japan). I will call your mobile.\n\nRina
  Kobayashi | Talent Acquisition Japan
LAST-MODIFIED:20250925T090112Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Phone screen: Kenji Watanabe – Tavira Medical
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Montclair: 1st interview, Teams, Osaka-based.
    dict(
        kind="outlook-teams",
        uid="040000008200E00074C5B7101A82E00800000000E4F5A6B7C843DC01000000000000000010000000A0B1C2D3E4F5064768A9",
        interview=1,
        company="Montclair Biologics",
        role="Supply Chain Manager（大阪）",
        stage="recruiter_screen",
        interviewers="yoko.hirano@montclairbio.com",
        trap="teams-ichiji-mensetsu-osaka-role",
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
ORGANIZER;CN="Hirano, Yoko":mailto:yoko.hirano@montclairbio.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION;LANGUAGE=ja-JP:渡辺様\n\n一次面接（人事面接）をTeamsにて実施させてい
 ただきます。面接官は人事の平野が務めます。\nポジションは大阪（北浜）勤務となりま
 す。\n\nMicrosoft Teams ミーティング\nhttps://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_TW9udGNs@thread.v2/0\n会議 ID: 402 118 556 019\nパスコード: xQ
 8mZ3
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C843DC01000000000000000
 010000000A0B1C2D3E4F5064768A9
SUMMARY;LANGUAGE=ja-JP:一次面接 渡辺健二様（SCM大阪）
DTSTART;TZID=Tokyo Standard Time:20251106T120000
DTEND;TZID=Tokyo Standard Time:20251106T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251030T050200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
END:VEVENT
END:VCALENDAR
""",
    ),
    # Montclair final, user's typed entry in Japanese with the 面接 word only.
    dict(
        kind="iphone-typed",
        uid="F2A6C04D-8E1B-47C9-B3D5-61E0F9A8C2B7",
        interview=1,
        company="Montclair Biologics",
        role="",
        stage="final",
        interviewers="",
        trap="typed-saishuu-osaka-kitahama",
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
CREATED:20251118T110245Z
DTEND;TZID=Asia/Tokyo:20251128T120000
DTSTAMP:20251118T110302Z
DTSTART;TZID=Asia/Tokyo:20251128T110000
LAST-MODIFIED:20251118T110302Z
LOCATION:Montclair 北浜オフィス
SEQUENCE:0
SUMMARY:Montclair 最終面接 (大阪)
DESCRIPTION:GM Japan. 新幹線 往復 self → 後で精算
TRANSP:OPAQUE
UID:F2A6C04D-8E1B-47C9-B3D5-61E0F9A8C2B7
END:VEVENT
END:VCALENDAR
""",
    ),
    # Kestrel: Zoom invite from the hiring manager, Zoom's own format, UTC.
    dict(
        kind="zoom",
        uid="ZOOM97412280016@zoom.us",
        interview=1,
        company="Kestrel Home Care",
        role="Demand & Supply Planning Manager",
        stage="hiring_manager",
        interviewers="mei.chen@kestrelhomecare.com",
        trap="zoom-native-invite-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTAMP:20251106T081744Z
DTSTART:20251112T023000Z
DTEND:20251112T033000Z
SUMMARY:Interview: Kenji Watanabe – Demand & Supply Planning Manager
UID:ZOOM97412280016@zoom.us
DESCRIPTION:Mei Chen is inviting you to a scheduled Zoom meeting.\n\nKestr
 el Home Care Japan – hiring manager interview (Mei Chen\, Head of Supply C
 hain North Asia).\n\nJoin Zoom Meeting\nhttps://kestrel.zoom.us/j/97412280
 016?pwd=bU1kR0F\n\nMeeting ID: 974 1228 0016\nPasscode: 771203\n\n---\n\nDia
 l by your location\n• +81 3 4578 1488 Japan\n• +65 3158 7288 Singapore\n
LOCATION:https://kestrel.zoom.us/j/97412280016?pwd=bU1kR0F
ORGANIZER;CN=Mei Chen:mailto:mei.chen@kestrelhomecare.com
ATTENDEE;CN=kenji.watanabe.scm@gmail.com;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTI
 CIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    # Ostrander: Webex technical interview with a planning analytics lead.
    dict(
        kind="webex",
        uid="8a41c7e03d5f4b29@webex.com",
        interview=1,
        company="Ostrander Instruments",
        role="Demand Planning Manager (APAC)",
        stage="technical",
        interviewers="paul.mercer@ostrander.com",
        trap="webex-technical-sap-ibp-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems\, Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8a41c7e03d5f4b29@webex.com
DTSTAMP:20251110T015522Z
DTSTART:20251117T070000Z
DTEND:20251117T080000Z
SUMMARY:Technical interview (SAP IBP / statistical forecasting) – Kenji Wa
 tanabe
ORGANIZER;CN=Paul Mercer:mailto:paul.mercer@ostrander.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:kenji.wat
 anabe.scm@gmail.com
LOCATION:Webex
DESCRIPTION:Kenji\, this round covers hands-on planning systems: SAP IBP
  configuration\, forecast models (Croston\, ETS)\, and how you would set
  up safety stock for 3\,000 service SKUs. I'll share a screen with sampl
 e data.\nPaul Mercer\, Planning Systems Lead\, Ostrander Instruments\n\n--
 Join meeting--\nhttps://ostrander.webex.com/ostrander/j.php?MTID=mb7f2e9
 \nMeeting number: 2519 553 0184\nJoin by phone +81-3-6368-6588 Japan Toll
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
