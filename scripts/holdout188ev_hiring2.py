"""The user on the hiring side at Tidewater Games, part 2 (holdout188, written blind)."""

from holdout188ev_tz import VAN_GOOGLE

EVENTS = [
    dict(
        kind="qa-practical",
        uid="2vb6md0ha9kq4ts1ce8rn7ol3f@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-supervises-qa-practical-test",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250122T130000
DTEND;TZID=America/Vancouver:20250122T160000
DTSTAMP:20250117T215500Z
ORGANIZER;CN=Dario Esposito:mailto:desposito@tidewatergames.ca
UID:2vb6md0ha9kq4ts1ce8rn7ol3f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dario
  Esposito;X-NUM-GUESTS=0:mailto:desposito@tidewatergames.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=VAN-3-QA
  Lab;X-NUM-GUESTS=0:mailto:c_tidewater3qalab@resource.calendar.google.com
DESCRIPTION:QA Tester (contract) practical: 3 candidates (J. Mills\, H. Kar
 imi\, L. Baptiste) get the Driftline 0.9.4 build with 12 seeded bugs\, 2 h
 rs to log in Jira sandbox. Seo-yeon + Dario proctor and grade against the
  rubric. Dev kits on benches 4-6.
LOCATION:VAN-3-QA Lab
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:QA practical - bug hunt (3 candidates)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="training",
        uid="9ak3ep7tb1mr5cs0hv2qd8nl6w@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-structured-interviewing-training",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250115T100000
DTEND;TZID=America/Vancouver:20250115T113000
DTSTAMP:20250108T170000Z
ORGANIZER;CN=Kelsey Fraser:mailto:kfraser@tidewatergames.ca
UID:9ak3ep7tb1mr5cs0hv2qd8nl6w@google.com
ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;
 CN=interview-panelists@tidewatergames.ca;X-NUM-GUESTS=0:mailto:interview-p
 anelists@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
DESCRIPTION:Required before you sit on any 2025 panel. We'll cover writing
  good questions\, scorecard attributes\, avoiding bias and how to run a deb
 rief in Greenhouse.\n\nJoin with Google Meet: https://meet.google.com/kfo-
 wqzb-hyr
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interviewer training: structured interviews + scorecards
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-interview",
        uid="gh-int-30041122-5561930@greenhouse.io",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-greenhouse-phone-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-int-30041122-5561930@greenhouse.io
DTSTAMP:20250210T010000Z
DTSTART;TZID=America/Vancouver:20250213T103000
DTEND;TZID=America/Vancouver:20250213T110000
SUMMARY:Tidewater Games - Phone Interview (Associate Producer)
DESCRIPTION:Bea Santos - Associate Producer\nInterview: Phone Interview (30
  min)\nInterviewers: Seo-yeon Park\nCandidate phone: +1 778-555-0193\n\nIn
 terview Kit: https://app.greenhouse.io/guides/30041122/people/88145012\nSc
 orecard: https://app.greenhouse.io/scorecards/30041122/new?person=88145012
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=ACCEPTED:mailto:spark@tidewatergames.ca
ATTENDEE;CN=Bea Santos;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bea.santos.qa
 @gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="take-home-review",
        uid="6rt0cw4ye8kb2mq7ha1dz5ns9j@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-grades-candidate-case-study",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250219T150000
DTEND;TZID=America/Vancouver:20250219T163000
DTSTAMP:20250218T200000Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:6rt0cw4ye8kb2mq7ha1dz5ns9j@google.com
DESCRIPTION:AP case study submissions (Noor\, Marcus): production plan for
  6-wk DLC sprint. Use the rubric v2 in the hiring drive\, enter in GH take-
 home scorecard.
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Review AP case studies (2)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="sell-call",
        uid="8kz1vf5ob3ht7me0cr9qa2ld6s@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-offer-sell-call-with-candidate",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250224T163000
DTEND;TZID=America/Vancouver:20250224T170000
DTSTAMP:20250221T190011Z
ORGANIZER;CN=Kelsey Fraser:mailto:kfraser@tidewatergames.ca
UID:8kz1vf5ob3ht7me0cr9qa2ld6s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Priya
  Raman;X-NUM-GUESTS=0:mailto:priya.raman.prod@gmail.com
DESCRIPTION:Priya has the verbal offer (AP). She's weighing us against a mo
 bile studio - Seo-yeon to talk through the Driftline roadmap\, mentorship
  plan and how we handle crunch. Kelsey joins for comp questions only.\n\nJo
 in with Google Meet: https://meet.google.com/tqv-cpxm-wea
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Priya R. <> Seo-yeon - chat about the AP offer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="career-day",
        uid="bcit-gamedev-career-day-2025-tidewater@bcit.ca",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-hosts-campus-recruiting-booth",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//BCIT//Events//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:bcit-gamedev-career-day-2025-tidewater@bcit.ca
DTSTAMP:20250203T180000Z
DTSTART:20250306T180000Z
DTEND:20250307T000000Z
SUMMARY:BCIT Game Dev Career Day - Employer booth #14 (Tidewater Games)
DESCRIPTION:Employer check-in 9:30am\, Town Square\, Burnaby campus. Booth
  #14: Tidewater Games (Seo-yeon Park\, Owen Tran). Students will visit boot
 hs for quick chats and portfolio reviews\; on-the-spot screening interview
 s for co-op roles are held in SW1-2010 from 1pm.
LOCATION:BCIT Burnaby Campus\, Town Square
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="coop-interviews",
        uid="sfu-myexperience-interviews-77310-spark",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-coop-student-interview-block",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Simon Fraser University//myExperience Co-op//EN
VERSION:2.0
METHOD:PUBLISH
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:sfu-myexperience-interviews-77310-spark
DTSTAMP:20250310T220000Z
DTSTART;TZID=America/Vancouver:20250314T090000
DTEND;TZID=America/Vancouver:20250314T113000
SUMMARY:SFU Co-op Interviews - Production Intern (Summer 2025) - Tidewater
  Games
DESCRIPTION:Employer: Tidewater Games\nPosting: 77310 Production Intern (Su
 mmer 2025)\nInterview schedule (30 min each\, Zoom):\n09:00 Ethan Liu\n09:
 30 Simran Gill\n10:00 (break)\n10:30 Jae-won Cho\n11:00 Maya Okonkwo\nInte
 rviewer: Seo-yeon Park\n\nPlease submit rankings in myExperience by Mar 18
 .
LOCATION:Zoom (links per student in myExperience)
ORGANIZER;CN=SFU Co-op Employer Relations:mailto:coop-employers@sfu.ca
ATTENDEE;CN=Seo-yeon Park;RSVP=FALSE:mailto:spark@tidewatergames.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="ref-check",
        uid="0cw8mj2rb6ft4va9ke1oh3ns7q@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-calls-candidate-reference",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250220T093000
DTEND;TZID=America/Vancouver:20250220T100000
DTSTAMP:20250219T050000Z
ORGANIZER;CN=Seo-yeon Park:mailto:spark@tidewatergames.ca
UID:0cw8mj2rb6ft4va9ke1oh3ns7q@google.com
DESCRIPTION:Priya's ref #1 - Jen Ortiz (her EP at Lumen Mobile). 604-555-01
 78. Qs in the ref check template: scheduling\, stakeholder mgmt\, would yo
 u rehire?
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ref check Priya R -> call Jen Ortiz
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="interview-updated",
        uid="gh-int-30041122-5598822@greenhouse.io",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-rescheduled-interviewer-invite",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
UID:gh-int-30041122-5598822@greenhouse.io
DTSTAMP:20250304T170500Z
DTSTART;TZID=America/Vancouver:20250307T110000
DTEND;TZID=America/Vancouver:20250307T120000
SUMMARY:Updated: Interview with Ola Nowak (Senior QA Lead) - Leadership
DESCRIPTION:Ola Nowak - Senior QA Lead\nInterview: Leadership & Process (60
  min)\nInterviewers: Seo-yeon Park\, Dario Esposito\nTime changed from Thu
  10:00 to Fri 11:00 at the candidate's request.\n\nInterview Kit: https://
 app.greenhouse.io/guides/30052210/people/88199031\nCandidate will join: ht
 tps://meet.google.com/mxp-druo-vki
LOCATION:https://meet.google.com/mxp-druo-vki
ORGANIZER;CN=Tidewater Recruiting:mailto:recruiting@tidewatergames.ca
ATTENDEE;CN=Seo-yeon Park;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:spark@tide
 watergames.ca
ATTENDEE;CN=Dario Esposito;PARTSTAT=ACCEPTED:mailto:desposito@tidewatergame
 s.ca
STATUS:CONFIRMED
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vo-auditions",
        uid="3pn9dx1ka5tg7wb0me4rc2ls8v@google.com",
        is_interview=0, company="", role="", stage="", interviewers="",
        trap="user-as-interviewer-voice-actor-auditions",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + VAN_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20250312T130000
DTEND;TZID=America/Vancouver:20250312T170000
DTSTAMP:20250305T210000Z
ORGANIZER;CN=Nadia Brooks:mailto:nbrooks@tidewatergames.ca
UID:3pn9dx1ka5tg7wb0me4rc2ls8v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Seo-ye
 on Park;X-NUM-GUESTS=0:mailto:spark@tidewatergames.ca
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Nadia
  Brooks;X-NUM-GUESTS=0:mailto:nbrooks@tidewatergames.ca
DESCRIPTION:Driftline DLC callbacks - Mara + Capt. Reyes. 8 actors via Lark
  Talent\, 20 min slots\, live direction. Seo-yeon/Nadia pick top 2 per rol
 e for the director.\nStudio: Sound Kitchen\, 1530 W 6th.
LOCATION:Sound Kitchen\, 1530 W 6th Ave
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VO callbacks - Driftline DLC
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
