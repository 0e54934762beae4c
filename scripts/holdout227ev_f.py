"""holdout227 events, part F: more of the user's own interviews (typed, agencies, video tools, time forms)."""

EVENTS = [
    # In-house recruiter, Google Calendar appointment booking page.
    dict(
        kind="google-booking",
        uid="0a7fk2m5q8s1v4x7z0c3e6h9jl@google.com",
        interview=1,
        company="Quorra Diagnostics",
        role="Supply Chain Planning Manager",
        stage="recruiter_screen",
        interviewers="emily.tran@quorradx.com",
        trap="google-appointment-schedule-recruiter",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250919T003000Z
DTEND:20250919T010000Z
DTSTAMP:20250915T120144Z
ORGANIZER;CN=Emily Tran:mailto:emily.tran@quorradx.com
UID:0a7fk2m5q8s1v4x7z0c3e6h9jl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Emily Tran;X-NUM-GUESTS=0:mailto:emily.tran@quorradx.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kenji Watanabe;X-NUM-GUESTS=0:mailto:kenji.watanabe.scm@gmail.com
CREATED:20250915T120143Z
DESCRIPTION:Booked by\nKenji Watanabe\nkenji.watanabe.scm@gmail.com\n\nQuo
 rra Diagnostics – Intro call with Talent Acquisition (30 min). We'll cov
 er the Supply Chain Planning Manager role\, your background and next step
 s in the process.\n\nJoin with Google Meet: https://meet.google.com/ykc-tw
 ns-pdo\n\nReschedule or cancel: https://calendar.google.com/calendar/appoi
 ntments/schedules/AcZssZ0q
LAST-MODIFIED:20250915T120144Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quorra TA intro call (Kenji Watanabe)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # jobcan (Japanese ATS), in-person interview.
    dict(
        kind="jobcan",
        uid="jobcan-ats-2025-0443981@ats.jobcan.jp",
        interview=1,
        company="Rheinfeld Pharma",
        role="需給管理マネージャー",
        stage="",
        interviewers="",
        trap="jobcan-japanese-mensetsu-no-named-interviewer",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Jobcan//Jobcan ATS//JA
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:jobcan-ats-2025-0443981@ats.jobcan.jp
DTSTAMP:20251016T090801Z
DTSTART:20251023T010000Z
DTEND:20251023T020000Z
SUMMARY:ラインフェルド製薬株式会社 面接のご案内
ORGANIZER;CN=ラインフェルド製薬 採用担当:mailto:saiyo@rheinfeld-pharma.co.jp
ATTENDEE;CN=渡辺 健二:mailto:kenji.watanabe.scm@gmail.com
LOCATION:ラインフェルド製薬 本社（東京都港区芝浦3-1-1）
DESCRIPTION:渡辺 健二 様\n\nこの度は弊社の「需給管理マネージャー」にご応募いただ
 き誠にありがとうございます。\n書類選考の結果、ぜひ面接にお越しいただきたく、ご
 案内申し上げます。\n\n日時：10月23日（木）10:00〜11:00\n場所：本社 7階 受付\n
 持ち物：筆記用具\n\n※当日は面接に加え、簡単な筆記試験（約20分）がございます。
 \n\nジョブカン採用管理より送信
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # GoTo Meeting, hiring manager in the US.
    dict(
        kind="gotomeeting",
        uid="goto-meeting-512-884-301-calloway",
        interview=1,
        company="Calloway Medical",
        role="Supply Chain Manager, Japan",
        stage="hiring_manager",
        interviewers="mark.dunleavy@callowaymedical.com",
        trap="gotomeeting-us-zone-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Chicago
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
TZNAME:CDT
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:goto-meeting-512-884-301-calloway
DTSTAMP:20251008T201512Z
DTSTART;TZID=America/Chicago:20251014T190000
DTEND;TZID=America/Chicago:20251014T200000
SUMMARY:Kenji Watanabe - SCM Japan - conversation w/ Mark Dunleavy
ORGANIZER;CN=Mark Dunleavy:mailto:mark.dunleavy@callowaymedical.com
ATTENDEE;CN=kenji.watanabe.scm@gmail.com;RSVP=TRUE:mailto:kenji.watanabe.
 scm@gmail.com
LOCATION:GoTo Meeting
DESCRIPTION:Kenji - as mentioned by our recruiter\, I'd like to do the hir
 ing manager interview for the Supply Chain Manager\, Japan role this week.
  7pm Chicago = 9am Wednesday Tokyo.\n\nMark\n\nPlease join my meeting from
  your computer\, tablet or smartphone.\nhttps://meet.goto.com/512884301\n\n
 You can also dial in using your phone.\nAccess Code: 512-884-301\nJapan: +8
 1 3 4510 7112\nUnited States: +1 (872) 240-3212
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Phone screen with dial-in only; organiser writes UTC.
    dict(
        kind="phone-dialin",
        uid="20251002T051144Z-westmere-ps-0042@westmeredairy.com.au",
        interview=1,
        company="Westmere Dairy",
        role="Demand Planning Manager – North Asia",
        stage="recruiter_screen",
        interviewers="claire.mcbride@westmeredairy.com.au",
        trap="phone-dial-in-screen-australia",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20251002T051144Z-westmere-ps-0042@westmeredairy.com.au
DTSTAMP:20251002T051144Z
DTSTART:20251008T000000Z
DTEND:20251008T003000Z
SUMMARY:Phone screen - Kenji Watanabe (DPM North Asia)
ORGANIZER;CN="McBride, Claire":mailto:claire.mcbride@westmeredairy.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=kenji.watanabe.scm@gmail.com:mai
 lto:kenji.watanabe.scm@gmail.com
LOCATION:Dial-in: +61 2 8017 5500 / Japan toll free 0066-33-830143\, PIN 7
 70 412 09#
DESCRIPTION:Hi Kenji\,\n\nAs agreed\, a 30-min phone screen for the Deman
 d Planning Manager – North Asia role (based Tokyo\, covering Japan\, Korea
  and Taiwan dairy ingredients). Please dial in at 9:00am Tokyo / 11:00am
  Melbourne.\n\nKind regards\,\nClaire McBride\nPeople & Culture\, Westmere
  Dairy
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Google Meet invite from an in-house recruiter, bilingual.
    dict(
        kind="google-invite",
        uid="4ufj0c8m2r6tk1w3n5b7e9h0qs@google.com",
        interview=1,
        company="Tidewater Foods",
        role="Demand Planning Manager",
        stage="recruiter_screen",
        interviewers="saki.endo@tidewaterfoods.com",
        trap="google-meet-bilingual-mensetsu",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251020T040000Z
DTEND:20251020T043000Z
DTSTAMP:20251015T072209Z
ORGANIZER;CN=Saki Endo:mailto:saki.endo@tidewaterfoods.com
UID:4ufj0c8m2r6tk1w3n5b7e9h0qs@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Saki Endo;X-NUM-GUESTS=0:mailto:saki.endo@tidewaterfoods.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251015T072207Z
DESCRIPTION:渡辺さん\n\n先日はLinkedInでのご返信ありがとうございました。Tidewat
 er FoodsのTalent Acquisitionの遠藤です。\nDemand Planning Managerポジションの
 面談（選考の一環です）をお昼休みの30分でお願いできれば幸いです。\n\nThis is th
 e first step of our selection process (screening by TA).\n\nJoin with Google
  Meet: https://meet.google.com/ujx-hqbo-zrv
LAST-MODIFIED:20251015T072209Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tidewater Foods – 面談 (Kenji Watanabe / Saki Endo)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Terse phone entry, English abbreviations.
    dict(
        kind="iphone-typed",
        uid="C57A9E13-0B2F-4D68-A1C4-8E6F3D20B7A9",
        interview=1,
        company="Brightwater Pharma",
        role="",
        stage="",
        interviewers="",
        trap="terse-typed-ichiji-romaji",
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
CREATED:20250925T221904Z
DTEND;TZID=Asia/Tokyo:20251003T193000
DTSTAMP:20250925T221911Z
DTSTART;TZID=Asia/Tokyo:20251003T183000
LAST-MODIFIED:20250925T221911Z
LOCATION:Otemachi
SEQUENCE:0
SUMMARY:ichiji mensetsu - Brightwater
DESCRIPTION:Otemachi One 24F. leave office 18:00 latest
TRANSP:OPAQUE
UID:C57A9E13-0B2F-4D68-A1C4-8E6F3D20B7A9
END:VEVENT
END:VCALENDAR
""",
    ),
    # Japanese-script typed entry.
    dict(
        kind="google-typed",
        uid="7cq2jv9m1k4e0t8b3s6n5p2hx0@google.com",
        interview=1,
        company="Vandel Pharma",
        role="",
        stage="final",
        interviewers="",
        trap="katakana-company-saishuu-typed",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:kenji.watanabe.scm@gmail.com
X-WR-TIMEZONE:Asia/Tokyo
BEGIN:VEVENT
DTSTART:20251125T050000Z
DTEND:20251125T060000Z
DTSTAMP:20260201T040211Z
UID:7cq2jv9m1k4e0t8b3s6n5p2hx0@google.com
CREATED:20251118T131020Z
DESCRIPTION:代表取締役 + アジア太平洋SCM統括 (オンライン参加)\n午後半休
LAST-MODIFIED:20251118T131020Z
LOCATION:ヴァンデル製薬 東京本社 (京橋)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ヴァンデル製薬 最終面接
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Headhunter invite; the employer is only in the body.
    dict(
        kind="headhunter",
        uid="040000008200E00074C5B7101A82E00800000000F8C13A7E2B61DC01000000000000000010000000A9E4D0C3B72F1E4A6D58",
        interview=1,
        company="Ravensworth Consumer",
        role="Head of Demand Planning",
        stage="hiring_manager",
        interviewers="claire.dubois@ravensworth.com",
        trap="headhunter-invite-employer-only-in-body",
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
ORGANIZER;CN="Kurosawa, Ken":mailto:ken.kurosawa@summitline-exec.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=claire.dubois@
 ravensworth.com:mailto:claire.dubois@ravensworth.com
DESCRIPTION;LANGUAGE=en-US:Watanabe-san\,\n\nAs promised\, here is the invi
 tation for your meeting with my client. To recap in confidence: the client
  is Ravensworth Consumer Japan K.K.\, the position is Head of Demand Plan
 ning (reporting to the Supply Chain VP North Asia\, Claire Dubois\, who wi
 ll interview you).\n\nPlease keep the client's name confidential.\n\nTeams
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_UmF2ZW5z@thread.v
 2/0\n\nBest regards\,\nKen Kurosawa\nPartner\, Summitline Executive Search
UID:040000008200E00074C5B7101A82E00800000000F8C13A7E2B61DC01000000000000000
 010000000A9E4D0C3B72F1E4A6D58
SUMMARY;LANGUAGE=en-US:Meeting: Watanabe-san / C. Dubois (confidential)
DTSTART;TZID=Tokyo Standard Time:20251029T080000
DTEND;TZID=Tokyo Standard Time:20251029T090000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251023T110455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    # A founder on free mail invites him to an interview.
    dict(
        kind="founder-gmail",
        uid="6d0n3q8x1v5k9m2j7c4b0r6tpe@google.com",
        interview=1,
        company="Hakobu Labs",
        role="Head of Supply Chain",
        stage="hiring_manager",
        interviewers="aoi.fujisawa.hb@gmail.com",
        trap="startup-founder-free-mail-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251101T010000Z
DTEND:20251101T020000Z
DTSTAMP:20251028T143321Z
ORGANIZER;CN=Aoi Fujisawa:mailto:aoi.fujisawa.hb@gmail.com
UID:6d0n3q8x1v5k9m2j7c4b0r6tpe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Aoi Fujisawa;X-NUM-GUESTS=0:mailto:aoi.fujisawa.hb@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
CREATED:20251028T143320Z
DESCRIPTION:Kenji-san\, thanks for agreeing to talk on a Saturday! This is
  a proper interview for the Head of Supply Chain role at Hakobu Labs (we a
 re 14 people\, seed-funded\, cold-chain for D2C food). Our company domain
  isn't set up yet so please reply to this gmail.\nAoi (CEO/co-founder)
LAST-MODIFIED:20251028T143321Z
LOCATION:Blue Bottle Coffee 清澄白河
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Hakobu Labs interview – Kenji x Aoi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Google export with X-WR-TIMEZONE; interview confirmation copied by the user.
    dict(
        kind="google-export",
        uid="5sg2b8n0k6q4r1m9v3j7d5t0ce@google.com",
        interview=1,
        company="Solberg Nutrition",
        role="Demand Planner Lead",
        stage="hiring_manager",
        interviewers="Ingrid Solheim",
        trap="x-wr-timezone-export-copied-invite",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Job search
X-WR-TIMEZONE:Asia/Tokyo
X-WR-CALDESC:転職活動
BEGIN:VEVENT
DTSTART:20251111T083000Z
DTEND:20251111T093000Z
DTSTAMP:20260201T040211Z
UID:5sg2b8n0k6q4r1m9v3j7d5t0ce@google.com
CREATED:20251105T002200Z
DESCRIPTION:Interview with Ingrid Solheim (Supply Chain Director APAC\, hir
 ing mgr). Teams link in mail from Solberg HR (Yuko).\nRole: Demand Planner
  Lead\nprep: Norway HQ\, fish oil supply risk\, MOQ from Ålesund plant
LAST-MODIFIED:20251105T002200Z
LOCATION:Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Solberg Nutrition - interview (HM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
