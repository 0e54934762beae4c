"""holdout138: the user's own interviews, part A (US/UK remote-first companies, ATS and scheduler shapes)."""

from __future__ import annotations

from holdout138ev_common import Ev, meet_en, zoom_en

A = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT"
ME = (
    f"{A};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=santiago.restrepo.dev@gmail.com;X-NUM-GUESTS=0:"
    "mailto:santiago.restrepo.dev@gmail.com"
)

EVENTS: list[Ev] = []

EVENTS.append(Ev(
    "greenhouse-en",
    rf"""
BEGIN:VEVENT
DTSTART:20250311T150000Z
DTEND:20250311T153000Z
DTSTAMP:20250306T201512Z
ORGANIZER;CN=Maddie Kowalski:mailto:maddie.kowalski@lumenpath.io
UID:4m2kq8v1s0c7h3rj5t9dbn6lfa@google.com
{ME}
{A};PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Maddie Kowalski;X-NUM-GUESTS=0:mailto:maddie.kowalski@lumenpath.io
X-GOOGLE-CONFERENCE:https://meet.google.com/xbq-ruvt-kmp
CREATED:20250306T201510Z
DESCRIPTION:Hi Santiago\,\n\nThanks for your interest in the Senior Software Engineer\, Payments role at Lumenpath!
  This is a 30-minute intro call with me to talk about your background\, what you're looking for\, and how we work
  (fully remote\, async-first).\n\nNo preparation needed.\n\nBest\,\nMaddie\nTalent Partner\,
  Lumenpath\n\n{meet_en("xbq-ruvt-kmp")}
LAST-MODIFIED:20250306T201512Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Santiago Restrepo <> Lumenpath | Recruiter Screen
TRANSP:OPAQUE
END:VEVENT
""",
    "4m2kq8v1s0c7h3rj5t9dbn6lfa@google.com", 1, "Lumenpath", "Senior Software Engineer, Payments",
    "recruiter_screen", "maddie.kowalski@lumenpath.io", "greenhouse-recruiter-en",
))

EVENTS.append(Ev(
    "greenhouse-live-coding-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250320T110000
DTEND;TZID=America/New_York:20250320T121500
DTSTAMP:20250314T171102Z
ORGANIZER;CN=Lumenpath Recruiting:mailto:recruiting-scheduling@lumenpath.io
UID:1o9f5c3e2x8p0w6y4n7g@google.com
{ME}
{A};PARTSTAT=ACCEPTED;CN=Dev Patel;X-NUM-GUESTS=0:mailto:dev.patel@lumenpath.io
{A};PARTSTAT=ACCEPTED;CN=Hannah Cho;X-NUM-GUESTS=0:mailto:hannah.cho@lumenpath.io
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tyler
  Brooks;X-NUM-GUESTS=0:mailto:tyler.brooks@lumenpath.io
X-GOOGLE-CONFERENCE:https://meet.google.com/hwe-pfoa-zzt
DESCRIPTION:Hi Santiago\,\n\nYour technical interview for Senior Software Engineer\, Payments is
  confirmed.\n\nSchedule (Eastern Time):\n11:00 - 12:15  Live Coding - Dev Patel & Hannah Cho\n\nYou'll pair in
  CoderPad (link shared at the start). Use any language you're comfortable with - most candidates pick Python\,
  TypeScript or Go.\n\nTyler Brooks (Recruiting Coordinator) is included for logistics only and will drop off after
  introductions.\n\nIf you need to reschedule\, reply to this email.\n\n{meet_en("hwe-pfoa-zzt", "552 019 384#")}
LOCATION:https://meet.google.com/hwe-pfoa-zzt
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Santiago Restrepo - Live Coding (Lumenpath)
TRANSP:OPAQUE
END:VEVENT
""",
    "1o9f5c3e2x8p0w6y4n7g@google.com", 1, "Lumenpath", "Senior Software Engineer, Payments", "technical",
    "dev.patel@lumenpath.io;hannah.cho@lumenpath.io", "greenhouse-coordinator-optional-en", tzs=("ny",),
))

EVENTS.append(Ev(
    "lever-hm-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250402T090000
DTEND;TZID=America/Los_Angeles:20250402T094500
DTSTAMP:20250328T223009Z
ORGANIZER;CN=Rachel Nguyen:mailto:rachel@northstack.dev
UID:lever-interview-8b1c3e0d-44a7-4f5e-9d21-0c6a7e5b93f1
{ME}
{A};PARTSTAT=ACCEPTED;CN=Omar Haddad:mailto:omar@northstack.dev
DESCRIPTION:Interview with Northstack\n\nCandidate: Santiago Restrepo Gómez\nPosition: Tech Lead\, Platform (Remote
  - Americas)\nInterview: Hiring Manager Conversation\nInterviewer: Omar Haddad\, Director of
  Engineering\n\n{zoom_en("842 3319 0576", "Qm9ZbEtKdWh4")}\n\nScheduled via Lever
LOCATION:https://us06web.zoom.us/j/84233190576?pwd=Qm9ZbEtKdWh4
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Santiago Restrepo Gómez & Omar Haddad - Tech Lead\, Platform
END:VEVENT
""",
    "lever-interview-8b1c3e0d-44a7-4f5e-9d21-0c6a7e5b93f1", 1, "Northstack", "Tech Lead, Platform",
    "hiring_manager", "omar@northstack.dev", "lever-hm-en", prodid="-//Lever//Lever Interview Scheduler//EN",
    tzs=("la",),
))

EVENTS.append(Ev(
    "ashby-xwr-floating-en",
    r"""
BEGIN:VEVENT
DTSTART:20250325T100000
DTEND:20250325T110000
DTSTAMP:20250319T140233Z
ORGANIZER;CN=Ledgerline Talent:mailto:no-reply@ashbyhq.com
UID:ashby-7c0b2a44-6ef8-4b12-a3f4-35e9f0c1d2aa@ashbyhq.com
ATTENDEE;CN=Santiago Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:
 santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Ifeoma Okafor;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ifeoma.okafor@ledgerline.com
ATTENDEE;CN=Bram de Wit;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:bram.dewit@ledgerline.com
DESCRIPTION:System Design Interview\n\nRole: Senior Backend Engineer (LATAM Remote)\nDuration: 60
  minutes\nInterviewers: Ifeoma Okafor (Staff Engineer)\, Bram de Wit (Engineering Manager)\n\nWe'll work through
  designing a ledger-backed payouts service together in Excalidraw. We care more about trade-offs than a perfect
  diagram.\n\nJoin Zoom: https://ledgerline.zoom.us/j/93318204417\n\nNeed to reschedule?
  https://app.ashbyhq.com/candidate/reschedule/7c0b2a44
LOCATION:Zoom
STATUS:CONFIRMED
SUMMARY:Ledgerline - System Design Interview (Santiago Restrepo)
END:VEVENT
""",
    "ashby-7c0b2a44-6ef8-4b12-a3f4-35e9f0c1d2aa@ashbyhq.com", 1, "Ledgerline", "Senior Backend Engineer (LATAM Remote)",
    "technical", "ifeoma.okafor@ledgerline.com;bram.dewit@ledgerline.com", "ashby-xwr-floating-en",
    prodid="-//Ashby//Ashby Calendar//EN", cal_extra=("X-WR-TIMEZONE:America/Bogota",),
))

EVENTS.append(Ev(
    "smartrecruiters-en",
    r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250408T170000
DTEND;TZID=Europe/Madrid:20250408T180000
DTSTAMP:20250401T081544Z
ORGANIZER;CN=Núria Puig (via SmartRecruiters):mailto:nuria.puig@vantoratravel.com
UID:SR-INT-3f7d9a10b2@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Santiago Restrepo
  Gómez:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi Ferrer:mailto:jordi.ferrer@vantoratravel.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lucía Serrano:mailto:lucia.serrano@vantoratravel.com
DESCRIPTION:Dear Santiago\,\n\nThank you for confirming your availability. Please find below the details of your
  Technical Interview for the position Senior Software Developer - Booking Platform (Remote LATAM) at Vantora
  Travel.\n\nInterviewers: Jordi Ferrer\, Lucía Serrano\nDuration: 60 min\nLocation: Microsoft Teams (link
  below)\n\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_YTg5%40thread.v2/0\n\nKind regards\,\nNúria
  Puig\nTalent Acquisition - Vantora Travel\n\nThis invitation was sent via SmartRecruiters.
LOCATION:Microsoft Teams Meeting
SUMMARY:Technical Interview - Senior Software Developer - Booking Platform
END:VEVENT
""",
    "SR-INT-3f7d9a10b2@smartrecruiters.com", 1, "Vantora Travel", "Senior Software Developer - Booking Platform",
    "technical", "jordi.ferrer@vantoratravel.com;lucia.serrano@vantoratravel.com", "smartrecruiters-en",
    prodid="-//SmartRecruiters//Interview Scheduler//EN", tzs=("madrid",),
))

EVENTS.append(Ev(
    "workable-takehome-review-en",
    r"""
BEGIN:VEVENT
UID:workable-evt-55120934-quillstone
DTSTAMP:20250402T150000Z
DTSTART;TZID=America/Chicago:20250409T130000
DTEND;TZID=America/Chicago:20250409T140000
SUMMARY:Quillstone: Take-home walkthrough with Santiago Restrepo
ORGANIZER;CN=Quillstone Hiring Team:mailto:quillstone@jobs.workablemail.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Marcus Bell;PARTSTAT=ACCEPTED:mailto:marcus@quillstone.app
ATTENDEE;CN=Priscila Alves;PARTSTAT=ACCEPTED:mailto:priscila@quillstone.app
DESCRIPTION:Hi Santiago\,\n\nThanks for submitting the take-home! In this session you'll walk Marcus and Priscila
  through your solution\, then extend it live for ~20 minutes.\n\nPosition: Senior Full-Stack Engineer\nFormat:
  Google Meet\nhttps://meet.google.com/qsn-tkvd-ewb\n\nPowered by Workable
LOCATION:https://meet.google.com/qsn-tkvd-ewb
STATUS:CONFIRMED
END:VEVENT
""",
    "workable-evt-55120934-quillstone", 1, "Quillstone", "Senior Full-Stack Engineer", "technical",
    "marcus@quillstone.app;priscila@quillstone.app", "workable-takehome-en", prodid="-//Workable//Calendar//EN",
    tzs=("chicago",),
))

EVENTS.append(Ev(
    "icims-phone-screen-en",
    r"""
BEGIN:VEVENT
UID:iCIMS-Interview-2025-0417-88231
DTSTAMP:20250410T191200Z
DTSTART:20250417T143000Z
DTEND:20250417T150000Z
ORGANIZER;CN="Lopez, Daniela":mailto:daniela.lopez@orbitalpayroll.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Santiago Restrepo:mailto:santiago.restrepo.dev@gmail.com
SUMMARY:Phone Screen - Software Engineer III (Req 88231) - Orbital Payroll
LOCATION:Phone - Daniela will call +57 300 555 0147
DESCRIPTION:Candidate: Santiago Restrepo\nRequisition: 88231 - Software Engineer III\, Payroll Tax
  Engine\nInterview Type: Phone Screen\nInterviewer: Daniela Lopez\, Technical Recruiter\n\nDaniela will call you
  at the number on your application. Please be in a quiet place.\n\nThis message was generated by iCIMS on behalf
  of Orbital Payroll\, Inc.
STATUS:CONFIRMED
END:VEVENT
""",
    "iCIMS-Interview-2025-0417-88231", 1, "Orbital Payroll", "Software Engineer III, Payroll Tax Engine",
    "recruiter_screen", "daniela.lopez@orbitalpayroll.com", "icims-phone-screen-en",
    prodid="-//iCIMS//Interview Scheduling//EN",
))

EVENTS.append(Ev(
    "goodtime-virtual-onsite-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250424T100000
DTEND;TZID=America/New_York:20250424T140000
DTSTAMP:20250418T154501Z
ORGANIZER;CN=Sablewave Interviews:mailto:interviews@sablewave.com
UID:gt-1d6b0f5e7a9c4e21b3f8@goodtime.io
{ME}
{A};PARTSTAT=ACCEPTED;CN=Keisha Thompson:mailto:keisha.thompson@sablewave.com
{A};PARTSTAT=ACCEPTED;CN=Lars Eriksen:mailto:lars.eriksen@sablewave.com
{A};PARTSTAT=ACCEPTED;CN=Ana Beatriz Souza:mailto:anabeatriz.souza@sablewave.com
{A};PARTSTAT=ACCEPTED;CN=Chris Walden:mailto:chris.walden@sablewave.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jess Romero:mailto:jess.romero@sablewave.com
DESCRIPTION:Hi Santiago\,\n\nHere is your Virtual Onsite for Senior Software Engineer\, Data Platform. All times
  Eastern.\n\n10:00-10:45  Coding - Keisha Thompson\n10:50-11:50  System Design - Lars Eriksen\n11:50-12:20
   Break\n12:20-13:05  Behavioral / Values - Ana Beatriz Souza\n13:10-14:00  Hiring Manager - Chris Walden\n\nYour
  coordinator\, Jess Romero\, will be in the Zoom lobby for the first 5 minutes and available on text at +1
  646-555-0190.\n\n{zoom_en("915 2044 7781", "SWxkZ2R0c1ZX")}\n\nScheduled with GoodTime
LOCATION:Zoom (see description)
STATUS:CONFIRMED
SUMMARY:Virtual Onsite: Santiago Restrepo - Senior Software Engineer\, Data Platform
END:VEVENT
""",
    "gt-1d6b0f5e7a9c4e21b3f8@goodtime.io", 1, "Sablewave", "Senior Software Engineer, Data Platform", "onsite",
    "keisha.thompson@sablewave.com;lars.eriksen@sablewave.com;anabeatriz.souza@sablewave.com;chris.walden@sablewave.com",
    "goodtime-loop-coordinator-en", prodid="-//GoodTime//GoodTime Scheduler//EN", tzs=("ny",),
))

EVENTS.append(Ev(
    "modernloop-final-en",
    rf"""
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20250430T080000
DTEND;TZID=America/Los_Angeles:20250430T090000
DTSTAMP:20250425T003012Z
ORGANIZER;CN=Cobaltmetrics Recruiting:mailto:recruiting@cobaltmetrics.ai
UID:modernloop_9e2c41_f0a7b3@modernloop.io
{ME}
{A};PARTSTAT=ACCEPTED;CN=Gwen Alvarado:mailto:gwen@cobaltmetrics.ai
{A};PARTSTAT=TENTATIVE;CN=Sid Raman:mailto:sid@cobaltmetrics.ai
DESCRIPTION:Final Round - Tech Lead\, Integrations\n\nYou'll meet Gwen Alvarado (CTO) and Sid Raman (VP Product).
  This is a conversation about leadership\, how you grow a team\, and the integrations
  roadmap.\n\n{meet_en("cmx-hrfq-ojt", "604 771 209#")}\n\nScheduled with ModernLoop. Questions?
  recruiting@cobaltmetrics.ai
LOCATION:https://meet.google.com/cmx-hrfq-ojt
STATUS:CONFIRMED
SUMMARY:Final Round: Santiago Restrepo <> Cobaltmetrics
END:VEVENT
""",
    "modernloop_9e2c41_f0a7b3@modernloop.io", 1, "Cobaltmetrics", "Tech Lead, Integrations", "final",
    "gwen@cobaltmetrics.ai;sid@cobaltmetrics.ai", "modernloop-final-en", prodid="-//ModernLoop//Scheduler//EN",
    tzs=("la",),
))

EVENTS.append(Ev(
    "calcom-intro-en",
    r"""
BEGIN:VEVENT
UID:kS7pQ2rW9xYt4LmN8cVb3a
DTSTAMP:20250312T190455Z
DTSTART:20250318T190000Z
DTEND:20250318T192500Z
SUMMARY:Intro call between Brightwire Labs and Santiago Restrepo
ORGANIZER;CN=Noor Abbasi:mailto:noor@brightwirelabs.com
ATTENDEE;CN=Santiago Restrepo;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:santiago.restrepo.dev@gmail.com
ATTENDEE;CN=Noor Abbasi;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:noor@brightwirelabs.com
DESCRIPTION:What: Intro call between Brightwire Labs and Santiago Restrepo\nInvitee time zone:
  America/Bogota\nWho:\nNoor Abbasi - Organizer\nnoor@brightwirelabs.com\nSantiago
  Restrepo\nsantiago.restrepo.dev@gmail.com\nWhere: Cal Video
  https://app.cal.com/video/kS7pQ2rW9xYt4LmN8cVb3a\nDescription: 25 minutes with our Head of Talent to talk about
  the Senior Developer (Node/TypeScript) opening and your experience.\n\nNeed to make a change? Cancel or
  reschedule: https://app.cal.com/booking/kS7pQ2rW9xYt4LmN8cVb3a
LOCATION:https://app.cal.com/video/kS7pQ2rW9xYt4LmN8cVb3a
STATUS:CONFIRMED
END:VEVENT
""",
    "kS7pQ2rW9xYt4LmN8cVb3a", 1, "Brightwire Labs", "Senior Developer (Node/TypeScript)", "recruiter_screen",
    "noor@brightwirelabs.com", "calcom-intro-en", prodid="-//Cal.com Inc.//Cal.com Event//EN",
))
