"""holdout227 events, part B: Kessler & Moor, Lindqvist (Singapore), Marchetti, Brenner."""

EVENTS = [
    # Workday invitation, 1st interview with HR.
    dict(
        kind="workday",
        uid="WD-INT-kesslermoor-8f2c1a90e7b34d1f",
        interview=1,
        company="Kessler & Moor",
        role="Supply Chain Manager – Demand Planning",
        stage="recruiter_screen",
        interviewers="aya.fujimoto@kesslermoor.com",
        trap="workday-first-interview-hr",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Calendar//EN
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
UID:WD-INT-kesslermoor-8f2c1a90e7b34d1f
DTSTAMP:20250916T062311Z
DTSTART;TZID=Asia/Tokyo:20250924T110000
DTEND;TZID=Asia/Tokyo:20250924T120000
SUMMARY:Interview Invitation: Supply Chain Manager – Demand Planning (R-20
 931)
ORGANIZER;CN=Kessler & Moor Talent Acquisition:mailto:kesslermoor@myworkd
 ay.com
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;CN=Aya Fujimoto;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Aya.
 Fujimoto@kesslermoor.com
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Kenji\,\n\nThank you for applying to Kessler & Moor Consu
 mer Health. We are pleased to invite you to a first interview for the pos
 ition Supply Chain Manager – Demand Planning (R-20931)\, Tokyo.\n\nIntervi
 ewer: Aya Fujimoto\, Talent Acquisition Partner Japan\nDuration: 60 minute
 s\nLanguage: Japanese and English\n\nJoin Microsoft Teams: https://teams.m
 icrosoft.com/l/meetup-join/19%3ameeting_KmYzM2Ew@thread.v2/0\n\nIf you nee
 d to reschedule\, please use the link in your candidate home in Workday.\n
 \nKessler & Moor Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # SPI web test the user blocked out; a selection step on its own.
    dict(
        kind="iphone-typed",
        uid="A84D2C1E-9B77-4F10-83E6-5C2D0A9F7E21",
        interview=1,
        company="Kessler & Moor",
        role="",
        stage="technical",
        interviewers="",
        trap="spi-web-test-selection-step-typed",
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
CREATED:20250929T113402Z
DTEND;TZID=Asia/Tokyo:20251001T220000
DTSTAMP:20250929T113455Z
DTSTART;TZID=Asia/Tokyo:20251001T203000
LAST-MODIFIED:20250929T113455Z
SEQUENCE:0
SUMMARY:K&M SPI webテスト (締切10/2 23:59)
DESCRIPTION:適性検査 WEBテスティング 言語・非言語・性格 ~65min\nID/PW in Workda
 y mail 9/29\ncalculator + scratch paper\, quiet room\, wired LAN
TRANSP:OPAQUE
UID:A84D2C1E-9B77-4F10-83E6-5C2D0A9F7E21
END:VEVENT
END:VCALENDAR
""",
    ),
    # Case presentation with a panel.
    dict(
        kind="outlook-panel",
        uid="040000008200E00074C5B7101A82E00800000000F1B2A7C3D640DC01000000000000000010000000D9A1E60B44C5F847B318",
        interview=1,
        company="Kessler & Moor",
        role="Supply Chain Manager – Demand Planning",
        stage="technical",
        interviewers="daniel.okafor@kesslermoor.com;hiroshi.kondo@kesslermoor.com",
        trap="case-presentation-panel-sop",
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
ORGANIZER;CN="Fujimoto, Aya":mailto:aya.fujimoto@kesslermoor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kenji Wata
 nabe:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Okafor, Danie
 l":mailto:daniel.okafor@kesslermoor.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN="Kondo, Hiros
 hi":mailto:hiroshi.kondo@kesslermoor.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="JP-TOK-Akasaka
 -12F-Fuji":mailto:jp-tok-akasaka-12f-fuji@kesslermoor.com
DESCRIPTION;LANGUAGE=en-US:Dear Kenji\,\n\nFollowing your SPI results we w
 ould like to invite you to the case presentation round.\n\nCase: 'Launch o
 f a new OTC cough syrup – 40 SKUs\, 2 DCs\, MOQ constraints from the Malay
 sian plant'. Please prepare max. 10 slides on your S&OP proposal (20 min)
 \, followed by 40 min Q&A with:\n- Daniel Okafor\, Director Supply Chain A
 PAC (hiring manager)\n- Hiroshi Kondo\, Senior Manager Demand Planning\n\n
 Case materials are attached. Please send your slides to me by the day be
 fore 17:00.\n\nAya Fujimoto\nTalent Acquisition
UID:040000008200E00074C5B7101A82E00800000000F1B2A7C3D640DC01000000000000000
 010000000D9A1E60B44C5F847B318
SUMMARY;LANGUAGE=en-US:Case Presentation | Kenji Watanabe | SCM – Demand P
 lanning
DTSTART;TZID=Tokyo Standard Time:20251016T140000
DTEND;TZID=Tokyo Standard Time:20251016T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251008T031702Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Akasaka Intercity AIR 12F – Fuji
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # Singapore: recruiter screen on Zoom, Asia/Singapore.
    dict(
        kind="zoom",
        uid="ZOOM89234417765@zoom.us",
        interview=1,
        company="Lindqvist Logistics",
        role="Regional Demand Planning Lead, APAC",
        stage="recruiter_screen",
        interviewers="priya.raman@lindqvist-logistics.com",
        trap="singapore-zoom-recruiter-screen",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Asia/Singapore
LAST-MODIFIED:20230407T050750Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Singapore
X-LIC-LOCATION:Asia/Singapore
BEGIN:STANDARD
TZNAME:+08
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250919T024110Z
DTSTART;TZID=Asia/Singapore:20250925T160000
DTEND;TZID=Asia/Singapore:20250925T163000
SUMMARY:Kenji Watanabe <> Lindqvist Logistics | Initial Conversation
UID:ZOOM89234417765@zoom.us
TZID:Asia/Singapore
DESCRIPTION:Hi Kenji\,\n\nLooking forward to our chat about the Regional
  Demand Planning Lead\, APAC role based in Singapore. This first call is
  with me (Talent Acquisition) – 30 min on your background\, relocation a
 nd expectations.\n\nPriya Raman\nTalent Acquisition Lead APAC\n\nPriya Ram
 an is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttp
 s://lindqvist.zoom.us/j/89234417765?pwd=Qk9xZ1lWb3N0TnBm\n\nMeeting ID: 8
 92 3441 7765\nPasscode: 552190\n\n---\n\nOne tap mobile\n+6531651065\,\,89
 234417765#\,\,\,\,*552190# Singapore\n
LOCATION:https://lindqvist.zoom.us/j/89234417765?pwd=Qk9xZ1lWb3N0TnBm
ORGANIZER;CN=Priya Raman:mailto:priya.raman@lindqvist-logistics.com
ATTENDEE;CN=kenji.watanabe.scm@gmail.com;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTI
 CIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.watanabe.scm@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    # Singapore: hiring manager via Outlook with Singapore Standard Time.
    dict(
        kind="outlook-zoom",
        uid="040000008200E00074C5B7101A82E00800000000C2E9B15FA83BDC01000000000000000010000000E6D7F0223A9B1C4C8E70",
        interview=1,
        company="Lindqvist Logistics",
        role="Regional Demand Planning Lead, APAC",
        stage="hiring_manager",
        interviewers="tan.weiming@lindqvist-logistics.com",
        trap="singapore-standard-time-hiring-manager",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Singapore Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Tan, Wei Ming":mailto:tan.weiming@lindqvist-logistics.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=kenji.wata
 nabe.scm@gmail.com:mailto:kenji.watanabe.scm@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Raman, Pr
 iya":mailto:priya.raman@lindqvist-logistics.com
DESCRIPTION;LANGUAGE=en-US:Hi Kenji\,\n\nPriya passed on good notes from y
 our chat. I'd like to go deeper on how you run demand reviews and your ex
 perience with multi-country DC networks. Please note time is SGT (1 hour
  behind Tokyo).\n\nCheers\,\nWei Ming\nVP Supply Chain Planning\, APAC\n\n
 Join Zoom Meeting https://lindqvist.zoom.us/j/81120934556\nMeeting ID: 811
  2093 4556\n
UID:040000008200E00074C5B7101A82E00800000000C2E9B15FA83BDC01000000000000000
 010000000E6D7F0223A9B1C4C8E70
SUMMARY;LANGUAGE=en-US:Kenji / Wei Ming – Regional DP Lead
DTSTART;TZID=Singapore Standard Time:20251009T170000
DTEND;TZID=Singapore Standard Time:20251009T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251001T095512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    # SmartRecruiters 1st interview, rescheduled (same UID, SEQUENCE 2).
    dict(
        kind="smartrecruiters",
        uid="sr-interview-5f0e2c8a-61b4-4b9e-a7d3-0c9f11e24b6a",
        interview=1,
        company="Marchetti Foods",
        role="Demand & Supply Planning Manager",
        stage="recruiter_screen",
        interviewers="chiara.bellini@marchettifoods.com",
        trap="smartrecruiters-rescheduled-sequence-2",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-5f0e2c8a-61b4-4b9e-a7d3-0c9f11e24b6a
SEQUENCE:2
DTSTAMP:20251003T010544Z
DTSTART:20251007T020000Z
DTEND:20251007T024500Z
SUMMARY:UPDATED: Interview with Marchetti Foods Japan - Demand & Supply Pla
 nning Manager
ORGANIZER;CN=Marchetti Foods Careers:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Kenji Watanabe;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:kenji.wa
 tanabe.scm@gmail.com
ATTENDEE;CN=Chiara Bellini;PARTSTAT=ACCEPTED:mailto:chiara.bellini@marche
 ttifoods.com
DESCRIPTION:Hello Kenji\,\n\nYour interview has been moved to a new time a
 t the request of the interviewer. We apologise for any inconvenience.\n\n
 New time: Tuesday\, 7 October 2025\, 11:00–11:45 (Asia/Tokyo)\nPrevious t
 ime: Monday\, 6 October 2025\, 14:00 (Asia/Tokyo)\n\nInterviewer: Chiara B
 ellini\, HR Manager Japan & Korea\nFormat: Google Meet – meet.google.com/
 pwa-ruxc-hne\n\nBest regards\,\nMarchetti Foods Japan – Recruiting Team
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    # Marchetti 2nd round, the user's own phone entry with a typo.
    dict(
        kind="iphone-typed",
        uid="E3B0F7A2-1C5D-4E8A-96F1-7D42C0B8A913",
        interview=1,
        company="Marchetti Foods",
        role="",
        stage="hiring_manager",
        interviewers="Luca Ferraro",
        trap="typed-niji-mensetsu-typo",
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
CREATED:20251014T002611Z
DTEND;TZID=Asia/Tokyo:20251021T193000
DTSTAMP:20251014T002640Z
DTSTART;TZID=Asia/Tokyo:20251021T183000
LAST-MODIFIED:20251014T002640Z
LOCATION:Marchetti Tokyo office\, Ebisu Garden Place Tower 18F
SEQUENCE:0
SUMMARY:Marcheti 2nd mensetsu w/ Luca Ferraro (SC Director)
DESCRIPTION:english. he was at Barilla-type co before. ask about Italy pl
 ant lead times / MOQ for JP private label
TRANSP:OPAQUE
UID:E3B0F7A2-1C5D-4E8A-96F1-7D42C0B8A913
END:VEVENT
END:VCALENDAR
""",
    ),
    # Brenner: German Personio invite, first talk.
    dict(
        kind="personio",
        uid="personio-interview-31877245-brenner",
        interview=1,
        company="Brenner Hausgeräte",
        role="Supply Chain Manager Japan (m/w/d)",
        stage="recruiter_screen",
        interviewers="j.hartmann@brenner-hausgeraete.de",
        trap="personio-german-erstgespraech",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:personio-interview-31877245-brenner
DTSTAMP:20250923T124402Z
DTSTART;TZID=Europe/Berlin:20250930T093000
DTEND;TZID=Europe/Berlin:20250930T101500
SUMMARY:Erstgespräch: Supply Chain Manager Japan (m/w/d) – Kenji Watanabe
ORGANIZER;CN=Julia Hartmann:mailto:j.hartmann@brenner-hausgeraete.de
ATTENDEE;CN=Kenji Watanabe;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP
 =TRUE:mailto:kenji.watanabe.scm@gmail.com
DESCRIPTION:Hallo Herr Watanabe\,\n\nvielen Dank für Ihre Bewerbung als Su
 pply Chain Manager Japan (m/w/d). Gerne möchten wir Sie zu einem ersten K
 ennenlernen per Video einladen. Das Gespräch führe ich (Julia Hartmann\, T
 alent Acquisition) auf Englisch.\n\nBitte beachten Sie: 09:30 Uhr MESZ = 1
 6:30 Uhr in Tokio.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_YjBmNTc2@thread.v2/0\n\nViele Grüße\nJulia Hartmann\nB
 renner Hausgeräte GmbH · Stuttgart\n\nDiese Einladung wurde über Personio v
 ersendet.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    # Brenner: second talk with the business, Google invite from the German HQ (UTC).
    dict(
        kind="google-invite",
        uid="2b8rl5ps7c0qhd3mu4kn9e1v6f@google.com",
        interview=1,
        company="Brenner Hausgeräte",
        role="Supply Chain Manager Japan (m/w/d)",
        stage="hiring_manager",
        interviewers="t.vogel@brenner-hausgeraete.de;s.aoki@brenner-japan.co.jp",
        trap="german-zweitgespraech-fachbereich",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251013T070000Z
DTEND:20251013T080000Z
DTSTAMP:20251006T140812Z
ORGANIZER;CN=Thomas Vogel:mailto:t.vogel@brenner-hausgeraete.de
UID:2b8rl5ps7c0qhd3mu4kn9e1v6f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Thomas Vogel;X-NUM-GUESTS=0:mailto:t.vogel@brenner-hausgeraete.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Shun Aoki;X-NUM-GUESTS=0:mailto:s.aoki@brenner-japan.co.jp
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=kenji.watanabe.scm@gmail.com;X-NUM-GUESTS=0:mailto:kenji.watanabe.s
 cm@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Julia Hartmann;X-NUM-GUESTS=0:mailto:j.hartmann@brenner-hausgeraete.de
CREATED:20251006T140810Z
DESCRIPTION:Zweitgespräch mit dem Fachbereich – Supply Chain Manager Japan
 \n\nTeilnehmer: Thomas Vogel (Head of Global Supply Planning\, Stuttgart)\
 , Shun Aoki (Managing Director Brenner Japan)\nSprache: Englisch\nDauer: 6
 0 Min.\n\nJulia nimmt optional teil (nur Organisation).\n\n-::~:~::~:~:~:~
 :~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: https://meet.google.com/x
 ob-qwen-tyd\n\nLearn more about Meet at: https://support.google.com/a/user
 s/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20251006T140812Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Kenji Watanabe – SCM Japan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
