"""holdout145 events, part a: Berlin fintech and marketplace processes (own interviews)."""

from holdout145ev_tz import ev

EVENTS = [
    ev(
        "intro-call",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250204T090000Z
DTEND:20250204T093000Z
DTSTAMP:20250130T141203Z
ORGANIZER;CN=Clara Jensen:mailto:clara.jensen@n26.com
UID:6r1k2d0m7v0h4b8nq3f5s9t2lc@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clara Jensen;X-NUM-GUESTS=0:mailto:clara.jensen@n26.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
X-GOOGLE-CONFERENCE:https://meet.google.com/xqe-fkbp-tam
CREATED:20250130T141202Z
DESCRIPTION:Hi Lea\,\n\nthanks again for your application for the Lead Pro
 duct Designer (Banking Core) role. This first call is a 30 min chat with m
 e from Talent Acquisition: your background\, what you're looking for\, sal
 ary expectations and the next steps of our process.\n\nTalk soon\,\nClara\n
 \n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~
 ::-\nJoin with Google Meet: https://meet.google.com/xqe-fkbp-tam\nOr dial:
  (DE) +49 30 300195021 PIN: 918 422 107#\n\nLearn more about Meet at: https
 ://support.google.com/a/users/answer/9282720\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250130T141202Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Intro call: Lea Vogt <> N26 (Lead Product Designer)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6r1k2d0m7v0h4b8nq3f5s9t2lc@google.com",
        yes=1, company="N26", role="Lead Product Designer", stage="recruiter_screen",
        who="clara.jensen@n26.com", trap="google-meet-talent-intro-en",
    ),
    ev(
        "design-challenge",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:gh-interview-4409183-2025021914@greenhouse.io
DTSTAMP:20250212T101544Z
DTSTART;TZID=Europe/Berlin:20250219T140000
DTEND;TZID=Europe/Berlin:20250219T153000
SUMMARY:Lea Vogt - Design Challenge Presentation (Lead Product Designer)
ORGANIZER;CN=Greenhouse Scheduling:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Jonas Albrecht;ROLE=REQ-PARTICIPANT:mailto:jonas.albrecht@n26.com
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@n26.com
ATTENDEE;CN=Felix Marquardt;ROLE=REQ-PARTICIPANT:mailto:felix.marquardt@n26.com
ATTENDEE;CN=Clara Jensen;ROLE=OPT-PARTICIPANT:mailto:clara.jensen@n26.com
LOCATION:Google Meet - https://meet.google.com/dwm-ruxa-pqe
DESCRIPTION:Hi Lea\,\n\nYou're invited to present your design challenge to
 the team. Please plan for ~30 minutes of presentation followed by 45 minut
 es of Q&A and 15 minutes for your questions.\n\nYour interviewers:\n- Jona
 s Albrecht\, Director of Design\n- Priya Raman\, Staff Product Designer\n-
 Felix Marquardt\, Product Lead Banking Core\n\nClara will join the first f
 ew minutes to make sure the tech works.\n\nPowered by Greenhouse
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-4409183-2025021914@greenhouse.io",
        yes=1, company="N26", role="Lead Product Designer", stage="technical",
        who="jonas.albrecht@n26.com;priya.raman@n26.com;felix.marquardt@n26.com",
        trap="greenhouse-design-challenge-panel-recruiter-optional",
    ),
    ev(
        "final-vp",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250305T160000Z
DTEND:20250305T164500Z
DTSTAMP:20250226T083011Z
ORGANIZER;CN=Clara Jensen:mailto:clara.jensen@n26.com
UID:0pq8b2lk4c6s1m3u5r7t9v0x2z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Clara Jensen;X-NUM-GUESTS=0:mailto:clara.jensen@n26.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marta Kowalczyk;X-NUM-GUESTS=0:mailto:marta.kowalczyk@n26.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lea.vogt.design@mailbox.org;X-NUM-GUESTS=0:mailto:lea.vogt.design@
 mailbox.org
DESCRIPTION:Final step 🎉 Lea meets Marta (VP Design). No prep needed beyon
 d what you already shared – expect a conversation about leadership\, team
  rituals and how you grow designers.\n\nClara is added only to keep track
  of the slot and won't join.\n\nJoin with Google Meet: https://meet.google.
 com/ore-qjzs-kfd
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lea Vogt / Marta K. – final conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0pq8b2lk4c6s1m3u5r7t9v0x2z@google.com",
        yes=1, company="N26", role="", stage="final",
        who="marta.kowalczyk@n26.com", trap="final-company-only-in-email-domain",
    ),
    ev(
        "workday-hm",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Workday Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-EVENT-3-118827465@myworkday.com
DTSTAMP:20250206T121500Z
DTSTART:20250213T100000Z
DTEND:20250213T104500Z
SUMMARY:Interview: Design Manager - Customer Experience (R0045821) - Lea Vogt
ORGANIZER;CN=Zalando Talent Acquisition:mailto:zalando@myworkday.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Benedikt Hollstein;PARTSTAT=ACCEPTED:mailto:benedikt.hollstein@zalando.de
LOCATION:Microsoft Teams
DESCRIPTION:Dear Lea\,\n\nWe are pleased to confirm your interview for the
  position Design Manager - Customer Experience (R0045821).\n\nInterview typ
 e: Hiring Manager Interview\nInterviewer: Benedikt Hollstein (Head of Desig
 n\, Customer Experience)\nDuration: 45 minutes\n\nMicrosoft Teams meeting\n
 Join on your computer\, mobile app or room device\nhttps://teams.microsoft
 .com/l/meetup-join/19%3ameeting_ZTk3YjNiOWQtYjI0ZS00@thread.v2/0\nMeeting
  ID: 352 118 904 771\nPasscode: 7xR2aB\n\nBest regards\,\nZalando Talent Acq
 uisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-EVENT-3-118827465@myworkday.com",
        yes=1, company="Zalando", role="Design Manager - Customer Experience", stage="hiring_manager",
        who="benedikt.hollstein@zalando.de", trap="workday-teams-hiring-manager",
    ),
    ev(
        "portfolio-onsite",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250227T130000
DTEND;TZID=Europe/Berlin:20250227T163000
DTSTAMP:20250219T160244Z
ORGANIZER;CN=Ines Oduya:mailto:ines.oduya@zalando.de
UID:3fc9kq1e0bd0t6hbi2v6g4hnq3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ines O
 duya:mailto:ines.oduya@zalando.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Benedi
 kt Hollstein:mailto:benedikt.hollstein@zalando.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Sanna
  Lindqvist:mailto:sanna.lindqvist@zalando.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tobias
  Reuter:mailto:tobias.reuter@zalando.de
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=BER-VG1-
 4.12 Spree (10):mailto:c_188d3kq8f0@resource.calendar.google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Lea Vogt:mailto:lea.vogt.design@mailbox.org
DESCRIPTION:Hi Lea\,\n\nhere's the agenda for your on-site at our Valeska-G
 ert-Straße office:\n13:00 Welcome (Ines\, Recruiting)\n13:15 Portfolio pres
 entation (Benedikt\, Sanna)\n14:30 Break\n14:45 Collaboration with Product
  (Tobias\, Sr. PM)\n15:45 Q&A with the design managers (Sanna)\n\nPlease reg
 ister at the reception on the ground floor with your ID.\n\nIines
LOCATION:Zalando SE\, Valeska-Gert-Straße 5\, 10243 Berlin
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:On-site: Portfolio Presentation – Lea Vogt (Design Manager CX)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3fc9kq1e0bd0t6hbi2v6g4hnq3@google.com",
        yes=1, company="Zalando", role="Design Manager CX", stage="onsite",
        who="benedikt.hollstein@zalando.de;sanna.lindqvist@zalando.de;tobias.reuter@zalando.de",
        trap="onsite-agenda-recruiter-welcome-room-resource",
    ),
    ev(
        "whiteboard",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:STANDARD
DTSTART:19701025T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:sr-7f3b2e91-0c8d-4a66-9d1e-5b2a8c07e114
SEQUENCE:0
DTSTAMP:20250217T093012Z
DTSTART;TZID=Europe/Berlin:20250224T110000
DTEND;TZID=Europe/Berlin:20250224T123000
SUMMARY:Delivery Hero | Lead UX Designer (Talabat Product) | Whiteboard Ses
 sion
ORGANIZER;CN="Delivery Hero Careers":mailto:notifications@smartrecruiters.com
ATTENDEE;CN="Lea Vogt";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN="Omar Haddad";ROLE=REQ-PARTICIPANT:mailto:omar.haddad@deliveryhero.com
ATTENDEE;CN="Katrin Beil";ROLE=REQ-PARTICIPANT:mailto:katrin.beil@deliveryhero.com
LOCATION:Zoom: https://deliveryhero.zoom.us/j/86612004517?pwd=Q2hyZkN
DESCRIPTION:Interview details\n\nCandidate: Lea Vogt\nPosition: Lead UX Des
 igner (Talabat Product)\nStep: Whiteboard Session (90 min)\nInterviewers: O
 mar Haddad\, Katrin Beil\n\nWe'll share a problem statement at the start\;
  please have Miro or FigJam ready to sketch. No preparation required.\n\nMee
 ting ID: 866 1200 4517\nPasscode: 402918\nOne tap mobile: +493056795800\,\,8
 6612004517#
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "sr-7f3b2e91-0c8d-4a66-9d1e-5b2a8c07e114",
        yes=1, company="Delivery Hero", role="Lead UX Designer (Talabat Product)", stage="technical",
        who="omar.haddad@deliveryhero.com;katrin.beil@deliveryhero.com", trap="smartrecruiters-whiteboard-zoom",
    ),
    ev(
        "craft-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ashby-iv-0b7e5e22-3f4c-4a0d-a7f1-99b2d1c3e0a8@ashbyhq.com
DTSTAMP:20250218T170405Z
DTSTART:20250225T150000Z
DTEND:20250225T160000Z
SUMMARY:Lea Vogt <> Trade Republic: Craft Interview (Design Lead)
ORGANIZER;CN=Trade Republic Recruiting:mailto:no-reply@ashbyhq.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Niklas Brandes;PARTSTAT=ACCEPTED:mailto:niklas.brandes@traderepublic.com
ATTENDEE;CN=Yuki Tanabe;PARTSTAT=ACCEPTED:mailto:yuki.tanabe@traderepublic.com
LOCATION:https://meet.google.com/ksv-tfwy-hzn
DESCRIPTION:Hi Lea\,\n\nIn the craft interview you'll walk Niklas and Yuki
  through one project end-to-end and go deep on interaction details\, syste
 ms thinking and quality bar.\n\nNeed to reschedule? Use this link: https://
 app.ashbyhq.com/candidate/reschedule/0b7e5e22\n\n—\nScheduled with Ashby
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "ashby-iv-0b7e5e22-3f4c-4a0d-a7f1-99b2d1c3e0a8@ashbyhq.com",
        yes=1, company="Trade Republic", role="Design Lead", stage="technical",
        who="niklas.brandes@traderepublic.com;yuki.tanabe@traderepublic.com", trap="ashby-craft-interview-utc",
    ),
    ev(
        "phone-note",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@TZ_APPLE_BERLIN@@
BEGIN:VEVENT
CREATED:20250307T071522Z
DTEND;TZID=Europe/Berlin:20250312T180000
DTSTAMP:20250307T071530Z
DTSTART;TZID=Europe/Berlin:20250312T171500
LAST-MODIFIED:20250307T071530Z
SEQUENCE:0
SUMMARY:Trade Rep final 🤞 w/ Christian (CPO)
DESCRIPTION:link kommt per mail\nfragen: team size\, design ops\, remote?
UID:5C1E8A7B-2F7D-4B4F-9C61-0E2B0D3F8A11
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
UID:7D2C0B1A-3E4F-4A5B-8C9D-0E1F2A3B4C5D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
        "5C1E8A7B-2F7D-4B4F-9C61-0E2B0D3F8A11",
        yes=1, company="Trade Republic", role="", stage="final",
        who="Christian", trap="self-typed-abbreviated-company-emoji",
    ),
    ev(
        "hm-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ_LONDON@@
BEGIN:VEVENT
UID:gh-interview-5520971-2025022012@greenhouse.io
DTSTAMP:20250214T112030Z
DTSTART;TZID=Europe/London:20250220T120000
DTEND;TZID=Europe/London:20250220T124500
SUMMARY:SumUp | Product Design Lead (Merchant Payments) | Hiring Manager In
 terview
ORGANIZER;CN=Hannah Pike:mailto:hannah.pike@sumup.com
ATTENDEE;CN=Lea Vogt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Rafael Mendes;ROLE=REQ-PARTICIPANT:mailto:rafael.mendes@sumup.com
LOCATION:https://sumup.zoom.us/j/94711820433
DESCRIPTION:Hi Lea\,\n\nYour interview with Rafael Mendes (Head of Design\,
  Merchant Payments) is confirmed for 12:00 London time (13:00 Berlin).\n\n
 Hannah Pike | Talent Coordinator\, SumUp
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "gh-interview-5520971-2025022012@greenhouse.io",
        yes=1, company="SumUp", role="Product Design Lead (Merchant Payments)", stage="hiring_manager",
        who="rafael.mendes@sumup.com", trap="london-zone-coordinator-organizer",
    ),
    ev(
        "recruiter-call",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-31877203@personio.de
DTSTAMP:20250203T154411Z
DTSTART;TZID=Europe/Berlin:20250210T093000
DTEND;TZID=Europe/Berlin:20250210T100000
SUMMARY:Telefoninterview Lead Product Designer (m/w/d) - Lea Vogt
ORGANIZER;CN=Personio Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Verena Schuster:mailto:verena.schuster@personio.de
LOCATION:Telefon – wir rufen dich unter +49 176 2284 1930 an
DESCRIPTION:Hallo Lea\,\n\nvielen Dank für deine Bewerbung als Lead Product
  Designer (m/w/d) in München. Verena aus unserem Talent-Team ruft dich zum
  vereinbarten Termin an. Plane 30 Minuten ein.\n\nViele Grüße\nDein Person
 io Talent Acquisition Team
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-31877203@personio.de",
        yes=1, company="Personio", role="Lead Product Designer (m/w/d)", stage="recruiter_screen",
        who="verena.schuster@personio.de", trap="ats-is-also-the-employer-personio",
    ),
    ev(
        "portfolio-praesentation",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
@@TZ_BERLIN@@
BEGIN:VEVENT
UID:personio-event-32019944@personio.de
DTSTAMP:20250220T081900Z
DTSTART;TZID=Europe/Berlin:20250304T100000
DTEND;TZID=Europe/Berlin:20250304T120000
SUMMARY:Portfolio-Präsentation – Lead Product Designer (m/w/d)
ORGANIZER;CN=Personio Recruiting:mailto:recruiting-noreply@personio.de
ATTENDEE;CN=Lea Vogt;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Dominik Weiß:mailto:dominik.weiss@personio.de
ATTENDEE;CN=Ayşe Korkmaz:mailto:ayse.korkmaz@personio.de
ATTENDEE;CN=Lukas Pfeiffer:mailto:lukas.pfeiffer@personio.de
LOCATION:Personio HQ\, Seidlstraße 3\, 80335 München – Raum "Oktoberfest"
DESCRIPTION:Hallo Lea\,\n\nwir freuen uns\, dich in München zu begrüßen! In
  der Portfolio-Präsentation stellst du 2 Projekte vor (ca. 40 Min)\, danac
 h Fragen von Dominik (Director Product Design)\, Ayşe (Principal Designer)
  und Lukas (Group PM).\n\nDie Reisekosten übernehmen wir – bitte Belege an
  Verena schicken.\n\nBis bald!
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "personio-event-32019944@personio.de",
        yes=1, company="Personio", role="Lead Product Designer (m/w/d)", stage="onsite",
        who="dominik.weiss@personio.de;ayse.korkmaz@personio.de;lukas.pfeiffer@personio.de",
        trap="portfolio-praesentation-munich-onsite-de",
    ),
    ev(
        "phone-screen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-2f8c1d6e-90ab-4c1b-b5a7-3e2d1f0c9b8a
DTSTAMP:20250205T130000Z
DTSTART:20250211T140000Z
DTEND:20250211T143000Z
SUMMARY:Lea Vogt - Celonis - Design Manager\, Process Intelligence - Phone
  Screen
ORGANIZER;CN=Marie-Luise Haas:mailto:m.haas@celonis.com
ATTENDEE;CN=Lea Vogt;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lea.vogt.design@mailbox.org
ATTENDEE;CN=Marie-Luise Haas;PARTSTAT=ACCEPTED:mailto:m.haas@celonis.com
LOCATION:Phone call (Marie-Luise will call +49 176 22841930)
DESCRIPTION:Phone screen with Marie-Luise Haas\, Senior Talent Partner.\n\n
 This invitation was sent via Lever.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "lever-interview-2f8c1d6e-90ab-4c1b-b5a7-3e2d1f0c9b8a",
        yes=1, company="Celonis", role="Design Manager, Process Intelligence", stage="recruiter_screen",
        who="m.haas@celonis.com", trap="lever-phone-screen-recruiter-organizer",
    ),
    ev(
        "handnotiz",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250221T192233Z
LAST-MODIFIED:20250221T192301Z
DTSTAMP:20250221T192301Z
UID:b8f0a3d2-5c1e-4f7a-9e2b-6d4c8a1f3e07
SUMMARY:Int. Celonis 2. Runde w/ Dir. Design
DTSTART:20250227T110000
DTEND:20250227T120000
DESCRIPTION:Stefan? Nachname checken. Case: process mining dashboard\,
  leadership fragen. Teams link in mail v. Marie-Luise
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "b8f0a3d2-5c1e-4f7a-9e2b-6d4c8a1f3e07",
        yes=1, company="Celonis", role="", stage="hiring_manager",
        who="Stefan", trap="self-typed-floating-time-abbrev-int", eol="\n",
    ),
]
