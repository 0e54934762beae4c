"""Personal life and job-search look-alikes that are not interviews (holdout188, written blind)."""

from holdout188ev_tz import LA_GOOGLE, SEOUL, VAN_GOOGLE

EVENTS = [
    dict(
        kind="korean-class",
        uid="0pq4ha8md2kt6vc1rb9en3ls7y@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="child-korean-class-recurring-with-override",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250111T100000
DTEND;TZID=America/Vancouver:20250111T120000
RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20250614T170000Z
DTSTAMP:20250105T040000Z
ORGANIZER;CN=Seo-yeon Park:mailto:seoyeon.park.dev@gmail.com
UID:0pq4ha8md2kt6vc1rb9en3ls7y@google.com
DESCRIPTION:밴쿠버 한국학교 - 하은 2반. 간식 당번 2/8
LOCATION:Vancouver Korean School\, 3200 E 54th Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:하은 한국어 수업
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250215T130000
DTEND;TZID=America/Vancouver:20250215T150000
DTSTAMP:20250210T050000Z
ORGANIZER;CN=Seo-yeon Park:mailto:seoyeon.park.dev@gmail.com
UID:0pq4ha8md2kt6vc1rb9en3ls7y@google.com
RECURRENCE-ID;TZID=America/Vancouver:20250215T100000
DESCRIPTION:설날 행사 - 오후로 변경! 한복 입고 오기
LOCATION:Vancouver Korean School\, 3200 E 54th Ave
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:하은 한국어 수업 (설날 행사)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dentist",
        uid="2fk9vb5rd1mt7he0ca4qo8ns6l@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="dentist-google-export-x-wr-timezone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Seo-yeon (personal)
X-WR-TIMEZONE:America/Vancouver
BEGIN:VEVENT
DTSTART:20250131T164500Z
DTEND:20250131T174500Z
DTSTAMP:20250401T031500Z
UID:2fk9vb5rd1mt7he0ca4qo8ns6l@google.com
CREATED:20241203T191200Z
DESCRIPTION:Dr. Lam - cleaning + check the cracked filling (lower left). Ar
 rive 10 min early. 604-555-0133
LAST-MODIFIED:20250102T001100Z
LOCATION:Cambie Village Dental\, 3340 Cambie St\, Vancouver
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dentist
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="consulate",
        uid="E5B2C8A1-4D7F-4A0E-9B3C-6F1D2E8A7C90",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="brother-visa-interview-at-consulate",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250226T081500
DTEND;TZID=America/Vancouver:20250226T100000
DTSTAMP:20250212T061000Z
SUMMARY:Min-jun visa interview @ US consulate - drive him
DESCRIPTION:1075 W Pender. DS-160 confirmation + appt letter + passport\, N
 O bags/phones inside - wait at JJ Bean across the street. 민준 - 서류 다시 확인!!
LOCATION:US Consulate General Vancouver\, 1075 W Pender St
UID:E5B2C8A1-4D7F-4A0E-9B3C-6F1D2E8A7C90
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="family-call",
        uid="8wd1ka5rt9mc3hb7vq0on2ls6e@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="family-video-call-seoul-zone",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + SEOUL + r"""BEGIN:VEVENT
DTSTART;TZID=Asia/Seoul:20250129T110000
DTEND;TZID=Asia/Seoul:20250129T120000
DTSTAMP:20250120T100000Z
ORGANIZER;CN=박민준:mailto:minjun.park88@naver.com
UID:8wd1ka5rt9mc3hb7vq0on2ls6e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=seoyeo
 n.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@gmail.com
DESCRIPTION:설날 영상통화 - 엄마 아빠 할머니. 하은이 세배 연습시키기 ㅎㅎ\nhttps://meet.google.com/h
 mv-sjtr-pwb
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:설날 가족 영상통화
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="parent-teacher",
        uid="schoolcash-conf-33810-park@vsb.bc.ca",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="parent-teacher-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Vancouver School Board//Conference Manager//EN
VERSION:2.0
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:schoolcash-conf-33810-park@vsb.bc.ca
DTSTAMP:20250305T200000Z
DTSTART;TZID=America/Vancouver:20250320T154000
DTEND;TZID=America/Vancouver:20250320T155500
SUMMARY:Parent-Teacher Interview: Ha-eun Park (Div. 7) with Ms. Okada
DESCRIPTION:Your parent-teacher interview at Sir William Van Horne Elementa
 ry has been booked. Room 112. Please be on time - interviews are 15 minute
 s.
LOCATION:Van Horne Elementary\, Room 112
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bank",
        uid="rbc-appt-NB77310994@rbc.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="bank-mortgage-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RBC Royal Bank//Appointment Booking//EN
VERSION:2.0
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:rbc-appt-NB77310994@rbc.com
DTSTAMP:20250302T180000Z
DTSTART;TZID=America/Vancouver:20250308T110000
DTEND;TZID=America/Vancouver:20250308T120000
SUMMARY:Appointment with RBC: Mortgage renewal
DESCRIPTION:Advisor: Daniel Yoon\, Mortgage Specialist\nBranch: Main & 33rd
 \nPlease bring: recent pay stub or employment letter\, property tax notice
 .\nTo reschedule call 1-800-769-2511.
LOCATION:RBC Royal Bank\, 4395 Main St\, Vancouver
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="webinar",
        uid="zoomwebinar-89011277430-reg-3355@zoom.us",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="webinar-about-producer-interviews",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTAMP:20250110T180000Z
DTSTART;TZID=America/Vancouver:20250116T180000
DTEND;TZID=America/Vancouver:20250116T193000
SUMMARY:Women in Games Vancouver: Nailing the Senior Producer Interview (pa
 nel + Q&A)
UID:zoomwebinar-89011277430-reg-3355@zoom.us
DESCRIPTION:Hi Seo-yeon Park\,\n\nThank you for registering for "Nailing th
 e Senior Producer Interview". Panelists from three Vancouver studios share
  what they look for in producer loops\, case studies and take-homes.\n\nJo
 in from a PC\, Mac\, iPad\, or Android: https://us06web.zoom.us/w/89011277
 430?tk=Qm9vdA\nWebinar ID: 890 1127 7430
LOCATION:https://us06web.zoom.us/w/89011277430
ORGANIZER;CN=Women in Games Vancouver:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coffee",
        uid="4rb8nd2hv6kq0tm3ce7ao1ls5f@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="informational-coffee-with-ex-colleague",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250118T100000
DTEND;TZID=America/Vancouver:20250118T110000
DTSTAMP:20250114T030000Z
ORGANIZER;CN=Seo-yeon Park:mailto:seoyeon.park.dev@gmail.com
UID:4rb8nd2hv6kq0tm3ce7ao1ls5f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ravi M
 enon;X-NUM-GUESTS=0:mailto:ravi.menon.dev@gmail.com
DESCRIPTION:pick Ravi's brain on the Seattle studios (he moved to Bellevue
  last yr) - which ones actually sponsor TN\, comp bands\, who's crunchy. no
 t job-specific\, just catching up
LOCATION:Revolver Coffee\, 325 Cambie St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:coffee w/ Ravi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="career-pavilion",
        uid="F2A9C3D0-1E5B-4C8A-A7D6-3B0E9F4C2A18",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="conference-career-fair-all-day",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//Mac OS X 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250320
DTEND;VALUE=DATE:20250321
DTSTAMP:20250310T050000Z
SUMMARY:GDC Career Pavilion (walk around\, bring 10 CVs)
DESCRIPTION:Moscone North hall. Booths to hit: Rainier Forge\, Sunset Merid
 ian (say hi to Tasha)\, Quarterstaff. Portfolio review sessions 1-4pm.
LOCATION:Moscone Center North\, San Francisco
UID:F2A9C3D0-1E5B-4C8A-A7D6-3B0E9F4C2A18
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-call",
        uid="gh-refcheck-55190223-77120@greenhouse.io",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + LA_GOOGLE + r"""BEGIN:VEVENT
UID:gh-refcheck-55190223-77120@greenhouse.io
DTSTAMP:20250303T190000Z
DTSTART;TZID=America/Los_Angeles:20250305T090000
DTEND;TZID=America/Los_Angeles:20250305T092000
SUMMARY:Reference call: Tom Becker (Lead Producer candidate) - Blue Heron G
 ames
DESCRIPTION:Hi Seo-yeon\, thank you for agreeing to be a reference for Tom
  Becker\, who listed you as his former manager at Tidewater. 20 minutes\, I
 'll call you at 604-555-0147.\n\nAudrey Kline\, Talent Acquisition\, Blue
  Heron Games
ORGANIZER;CN=Audrey Kline:mailto:audrey.kline@blueherongames.com
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coaching",
        uid="d7e9f1a3-b5c7-4d9e-8f0a-1b3c5d7e9f02@calendly.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="career-coach-offer-negotiation-session",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:d7e9f1a3-b5c7-4d9e-8f0a-1b3c5d7e9f02@calendly.com
DTSTAMP:20250312T010000Z
DTSTART;TZID=America/Vancouver:20250315T093000
DTEND;TZID=America/Vancouver:20250315T101500
SUMMARY:Offer Strategy Session (45 min) between Dana Whitcombe and Seo-yeon
  Park
DESCRIPTION:Event Name: Offer Strategy Session (45 min)\n\nPlease share any
 thing that will help prepare for our meeting.: two offers likely (LA publi
 sher + Vancouver studio)\, want to compare total comp incl. relocation + U
 SD/CAD\n\nLocation: https://us02web.zoom.us/j/84422190377\n\nPowered by Ca
 lendly.com
ORGANIZER;CN=Dana Whitcombe:mailto:dana@levelledcareers.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED:mailto:seoyeon.park.dev@gmail.c
 om
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="passport",
        uid="servicecanada-appt-PP-4471920@servicecanada.gc.ca",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="government-passport-appointment",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Service Canada//Appointment//EN
VERSION:2.0
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:servicecanada-appt-PP-4471920@servicecanada.gc.ca
DTSTAMP:20250220T170000Z
DTSTART;TZID=America/Vancouver:20250404T093000
DTEND;TZID=America/Vancouver:20250404T100000
SUMMARY:Service Canada appointment - Passport (child) / Passeport (enfant)
DESCRIPTION:Confirmation: PP-4471920. Bring the completed PPTC 155 form\, p
 roof of citizenship\, 2 photos and the child's previous passport. / Apport
 ez le formulaire PPTC 155 rempli.
LOCATION:Vancouver Passport Office\, 300 W Georgia St
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-chat",
        uid="hubspot-meeting-4412907731@hubspot.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="headhunter-market-chat-no-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hubspot-meeting-4412907731@hubspot.com
DTSTAMP:20250219T220000Z
DTSTART:20250224T200000Z
DTEND:20250224T203000Z
SUMMARY:Seo-yeon Park and Priyanka Rao - Career conversation
DESCRIPTION:Hi Seo-yeon\, looking forward to a general catch-up on the West
  Coast games market\, where comp is heading for senior production and what
  you're looking for next. I'll keep you in mind for upcoming searches.\n\n
 Priyanka Rao\nPrincipal\, Quest Talent (Games & Interactive)\n\nZoom: http
 s://questtalent.zoom.us/j/97700113422
ORGANIZER;CN=Priyanka Rao:mailto:priyanka@questtalent.co
ATTENDEE;CN=Seo-yeon Park;RSVP=TRUE:mailto:seoyeon.park.dev@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
