"""Kelp Forest Interactive process plus the user's own prep around it (holdout188, written blind)."""

from holdout188ev_tz import VAN_GOOGLE

EVENTS = [
    dict(
        kind="greenhouse-screen",
        uid="gh-int-48213377-7710245@greenhouse.io",
        is_interview=1,
        company="Kelp Forest Interactive",
        role="Senior Producer",
        stage="recruiter_screen",
        interviewers="alana.whitford@kelpforest.games",
        trap="greenhouse-recruiter-screen-meet",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-int-48213377-7710245@greenhouse.io
DTSTAMP:20250110T221504Z
DTSTART;TZID=America/Vancouver:20250116T100000
DTEND;TZID=America/Vancouver:20250116T103000
SUMMARY:Seo-yeon Park <> Kelp Forest Interactive - Recruiter Conversation
DESCRIPTION:Hi Seo-yeon\,\n\nThanks for your interest in the Senior Produc
 er role at Kelp Forest Interactive! This is a 30 minute conversation with
 Alana from our Talent team to talk about your background\, what you're lo
 oking for and the team on Project Kraken.\n\nJoin with Google Meet: https:
 //meet.google.com/qpd-xrwu-kfe\nJoin by phone: +1 604-704-2231 PIN: 81
 4 227 903#\n\nNeed to reschedule? Reply to this email and we'll find anot
 her time.\n\nPowered by Greenhouse
LOCATION:Google Meet (link in description)
ORGANIZER;CN=Alana Whitford:mailto:alana.whitford@kelpforest.games
ATTENDEE;CN=Alana Whitford;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:al
 ana.whitford@kelpforest.games
ATTENDEE;CN=Seo-yeon Park;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=T
 RUE:mailto:seoyeon.park.dev@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="case-study",
        uid="gh-takehome-48213377-aa91@greenhouse.io",
        is_interview=1,
        company="Kelp Forest Interactive",
        role="Senior Producer",
        stage="technical",
        interviewers="",
        trap="take-home-producer-case-study-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Take Home Test//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:gh-takehome-48213377-aa91@greenhouse.io
DTSTAMP:20250120T171122Z
DTSTART;VALUE=DATE:20250122
DTEND;VALUE=DATE:20250125
SUMMARY:Kelp Forest Interactive: Producer Case Study (due Fri 24 Jan\, 5pm
  PT)
DESCRIPTION:Your take-home test has been sent. You'll find the brief (Proje
 ct Kraken vertical slice - scope cut + milestone plan) at the link below.
  Please spend no more than 4 hours on it and submit via the link before
  the deadline. Our panel will review it and you'll walk us through it in
  the next round.\n\nSubmit here: https://app.greenhouse.io/tests/2f7a1c0e
 98b44\n\nQuestions? alana.whitford@kelpforest.games
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-loop",
        uid="gh-loop-48213377-7731904@greenhouse.io",
        is_interview=1,
        company="Kelp Forest Interactive",
        role="Senior Producer",
        stage="onsite",
        interviewers="marcus.oyelaran@kelpforest.games;lise.bergeron@kelpforest.games;tomasz.wilk@kelpforest.games",
        trap="greenhouse-loop-ep-and-creative-director",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-loop-48213377-7731904@greenhouse.io
DTSTAMP:20250129T003318Z
DTSTART;TZID=America/Vancouver:20250204T130000
DTEND;TZID=America/Vancouver:20250204T160000
SUMMARY:Kelp Forest Interactive - Onsite (Senior Producer)
DESCRIPTION:Hi Seo-yeon\,\n\nHere's your schedule for Tuesday. Please check
  in at reception on the 3rd floor\, 1090 Homer St. We'll have coffee read
 y.\n\n1:00 - 1:45  Case study walkthrough - Marcus Oyelaran (Executive Pr
 oducer) & Tomasz Wilk (Engineering Director)\n1:45 - 2:30  Creative partn
 ership - Lise Bergeron (Creative Director)\n2:30 - 2:45  Break\n2:45 - 3:
 30  Production & team leadership - Marcus Oyelaran\n3:30 - 4:00  Q&A + wr
 ap-up with Alana (Talent)\n\nIf anything comes up\, call me at 604-555-01
 82.\n\nAlana
LOCATION:Kelp Forest Interactive\, 1090 Homer St\, Vancouver\, BC
ORGANIZER;CN=Alana Whitford:mailto:alana.whitford@kelpforest.games
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
ATTENDEE;CN=Marcus Oyelaran;PARTSTAT=ACCEPTED:mailto:marcus.oyelaran@kelpfo
 rest.games
ATTENDEE;CN=Lise Bergeron;PARTSTAT=ACCEPTED:mailto:lise.bergeron@kelpforest
 .games
ATTENDEE;CN=Tomasz Wilk;PARTSTAT=TENTATIVE:mailto:tomasz.wilk@kelpforest.ga
 mes
ATTENDEE;CN=Alana Whitford;PARTSTAT=ACCEPTED:mailto:alana.whitford@kelpfore
 st.games
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="onsite-moved",
        uid="gh-loop-48213377-7731904@greenhouse.io",
        is_interview=1,
        company="Kelp Forest Interactive",
        role="Senior Producer",
        stage="onsite",
        interviewers="marcus.oyelaran@kelpforest.games;lise.bergeron@kelpforest.games;tomasz.wilk@kelpforest.games",
        trap="rescheduled-loop-higher-sequence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-loop-48213377-7731904@greenhouse.io
DTSTAMP:20250131T190442Z
DTSTART;TZID=America/Vancouver:20250206T123000
DTEND;TZID=America/Vancouver:20250206T153000
SUMMARY:Updated: Kelp Forest Interactive - Onsite (Senior Producer)
DESCRIPTION:Hi Seo-yeon - as discussed\, Lise is at a milestone review on
  Tuesday so we've moved your onsite to Thursday 12:30. Same lineup\, same
  place (3rd floor\, 1090 Homer St). Lunch is on us before the case study
  walkthrough.\n\n12:30 - 1:15  Case study walkthrough - Marcus & Tomasz\n
 1:15 - 2:00  Creative partnership - Lise\n2:00 - 2:45  Production & team l
 eadership - Marcus\n2:45 - 3:30  Wrap-up with Alana\n\nThanks for your fl
 exibility!
LOCATION:Kelp Forest Interactive\, 1090 Homer St\, Vancouver\, BC
ORGANIZER;CN=Alana Whitford:mailto:alana.whitford@kelpforest.games
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:seoyeon.pa
 rk.dev@gmail.com
ATTENDEE;CN=Marcus Oyelaran;PARTSTAT=ACCEPTED:mailto:marcus.oyelaran@kelpfo
 rest.games
ATTENDEE;CN=Lise Bergeron;PARTSTAT=ACCEPTED:mailto:lise.bergeron@kelpforest
 .games
ATTENDEE;CN=Tomasz Wilk;PARTSTAT=ACCEPTED:mailto:tomasz.wilk@kelpforest.gam
 es
ATTENDEE;CN=Alana Whitford;PARTSTAT=ACCEPTED:mailto:alana.whitford@kelpfore
 st.games
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="studio-head",
        uid="5k2vq0n8c1m7o3dj1ahf6e9r4b@google.com",
        is_interview=1,
        company="Kelp Forest Interactive",
        role="Senior Producer",
        stage="final",
        interviewers="dev.khatri@kelpforest.games",
        trap="final-with-studio-head-sent-by-ea",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250213T160000
DTEND;TZID=America/Vancouver:20250213T164500
DTSTAMP:20250210T183012Z
ORGANIZER;CN=Bianca Sousa:mailto:bianca.sousa@kelpforest.games
UID:5k2vq0n8c1m7o3dj1ahf6e9r4b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Kh
 atri;X-NUM-GUESTS=0:mailto:dev.khatri@kelpforest.games
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=seoyeon.park.dev@gmail.com;X-NUM-GUESTS=0:mailto:seoyeon.park.dev@
 gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Bianca
  Sousa;X-NUM-GUESTS=0:mailto:bianca.sousa@kelpforest.games
CREATED:20250210T183012Z
DESCRIPTION:Final conversation for the Senior Producer position. Dev would
  like to spend 45 min with you on studio culture and how you'd run Kraken
 's road to alpha.\n\nDev's office\, 4th floor. If you're remote that day:
 \nhttps://meet.google.com/hvz-tqaa-mrp\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:
 ~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: h
 ttps://meet.google.com/hvz-tqaa-mrp\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LAST-MODIFIED:20250210T183012Z
LOCATION:Kelp Forest - Dev's office (4F)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Seo-yeon Park / Dev Khatri
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="prep-block",
        uid="1C7E0B5A-33F2-4B9D-8E6A-2D5F0C8B9E41",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="prep-block-typed-on-phone",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250203T061201Z
DTEND:20250205T210000
DTSTAMP:20250203T061207Z
DTSTART:20250205T190000
LAST-MODIFIED:20250203T061207Z
SEQUENCE:0
SUMMARY:prep kelp thurs - deck run thru\, STAR stories\, qs for Lise
DESCRIPTION:- scope cut slide: say WHY we cut co-op\n- crunch answer (Drif
 tline ship story)\n- ask Lise re: how CD + EP split greenlight calls\n- c
 omp range?? 150-165 base
TRANSP:OPAQUE
UID:1C7E0B5A-33F2-4B9D-8E6A-2D5F0C8B9E41
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reminder",
        uid="B0E4A7F2-9C1D-4E3B-A6D8-71F5E2C0D9A3",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="thank-you-notes-reminder",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.2.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250206T170000
DTEND:20250206T171500
DTSTAMP:20250206T232950Z
SUMMARY:ty emails!! marcus / lise / tomasz / alana
DESCRIPTION:mention the milestone-gate thing Marcus liked. Lise - send the
  GDC talk link
UID:B0E4A7F2-9C1D-4E3B-A6D8-71F5E2C0D9A3
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="mock-loop",
        uid="a1f3c9d4-6e2b-4b7a-9d0e-5c8f2e71b3a6@calendly.com",
        is_interview=0,
        company="",
        role="",
        stage="",
        interviewers="",
        trap="mock-interview-with-career-coach",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:a1f3c9d4-6e2b-4b7a-9d0e-5c8f2e71b3a6@calendly.com
DTSTAMP:20250127T040011Z
DTSTART;TZID=America/Vancouver:20250201T093000
DTEND;TZID=America/Vancouver:20250201T103000
SUMMARY:Mock Loop (60 min) between Dana Whitcombe and Seo-yeon Park
DESCRIPTION:Event Name: Mock Loop (60 min)\n\nLocation: This is a Zoom web
  conference.\nhttps://us02web.zoom.us/j/84422190377?pwd=Vm9nUkFIdGVzVE1Q\n
 \nPlease share anything that will help prepare for our meeting.: Senior
  producer onsite next week at a Vancouver studio (EP + CD + case study
  walkthrough). Want to practice the crunch/overtime question and the
  'tell me about a project that slipped' one.\n\nNeed to make changes to
  this event?\nCancel: https://calendly.com/cancellations/a1f3c9d4\nResche
 dule: https://calendly.com/reschedulings/a1f3c9d4\n\nPowered by Calendly.c
 om
LOCATION:Zoom
ORGANIZER;CN=Dana Whitcombe:mailto:dana@levelledcareers.com
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED:mailto:seoyeon.park.dev@gmail.c
 om
ATTENDEE;CN=Dana Whitcombe;PARTSTAT=ACCEPTED:mailto:dana@levelledcareers.co
 m
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
