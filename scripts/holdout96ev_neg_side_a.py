"""holdout96 negatives, part A: Ciara on the hiring side at Threads Ireland (Henry Street store)."""

from __future__ import annotations

from holdout96ev_ics import DUBLIN, GOOGLE, OUTLOOK, WIN_GMT, WORK, Ev, cal, esc, neg

_TH = "Threads Henry Street\\, 41 Henry Street\\, Dublin 1"


def events() -> list[Ev]:
    out: list[Ev] = []

    d = esc("""Hi Ciara,

Confirming the group interview session for Christmas temporary Sales Assistants in your store.
12 candidates confirmed (list attached). Format: 15 min welcome, group task (visual display challenge),
then 5 min one-to-ones. Please have one supervisor with you to help assess. Score sheets are in the
Recruitment folder on SharePoint.

Thanks,
Nicola
Threads Ireland People Team""")
    out.append(neg("outlook-group-interview", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Hegarty, Nicola":mailto:nicola.hegarty@threads-ireland.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN="Farrell, Jason";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:jason.farrell@threads-ireland.ie
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E0080000000012E4B6D8F0A2DC0100000000000000001000000077AA88BB99CC00DD
SUMMARY;LANGUAGE=en-IE:Group interview - Christmas Sales Assistants - Henry St
DTSTART;TZID="GMT Standard Time":20251015T090000
DTEND;TZID="GMT Standard Time":20251015T113000
DTSTAMP:20251006T100000Z
LOCATION;LANGUAGE=en-IE:Henry St - staff room (2nd floor)
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-group-interview-en"))

    d = esc("""Hi Emma,

Thanks for coming in on Saturday. As discussed, please come in for a 3 hour paid trial shift on the shop
floor. Wear black and ask for me at the tills.

Ciara Doyle
Store Manager, Threads Henry Street""")
    out.append(neg("trial-shift-candidate", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Doyle, Ciara":mailto:{WORK}
ATTENDEE;CN="emmawalsh.2003@gmail.com";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:emmawalsh.2003@gmail.com
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000A4F5E6D7C8B9DC01000000000000000010000000A0B1C2D3E4F5A6B7
SUMMARY;LANGUAGE=en-IE:Trial shift: Emma Walsh (Sales Assistant)
DTSTART;TZID="GMT Standard Time":20251021T120000
DTEND;TZID="GMT Standard Time":20251021T150000
DTSTAMP:20251019T190000Z
LOCATION;LANGUAGE=en-IE:{_TH}
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-trial-shift-freemail-candidate-en"))

    d = esc("""Hi Ciara,

You interviewed Jamie Byrne for Assistant Store Manager - Henry Street yesterday. Please submit your
scorecard so the hiring team can make a decision.

Submit scorecard: https://app.teamtailor.com/companies/threads-ireland/jobs/3318/candidates/88121/scorecard

Teamtailor · Threads Ireland""")
    out.append(neg("scorecard-reminder", cal("-//Teamtailor//Teamtailor Calendar//EN", f"""
BEGIN:VEVENT
UID:teamtailor-scorecard-reminder-88121-3318
DTSTAMP:20251008T070000Z
DTSTART:20251008T150000Z
DTEND:20251008T151500Z
SUMMARY:Reminder: submit your scorecard for Jamie Byrne - Assistant Store Manager
ORGANIZER;CN=Threads Ireland Careers:mailto:notifications@teamtailor.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT:mailto:{WORK}
DESCRIPTION:{d}
END:VEVENT
"""), "user-as-interviewer-scorecard-en"))

    out.append(neg("debrief", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Hegarty, Nicola":mailto:nicola.hegarty@threads-ireland.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN="Kenny, Aidan";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aidan.kenny@threads-ireland.ie
DESCRIPTION;LANGUAGE=en-IE:Quick debrief on the three Assistant Manager candidates - bring your notes and scores.
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC0100000000000000001000000012ABCDEF34567890
SUMMARY;LANGUAGE=en-IE:Debrief - Assistant Manager interviews (Henry St)
DTSTART;TZID="GMT Standard Time":20251009T160000
DTEND;TZID="GMT Standard Time":20251009T163000
DTSTAMP:20251007T090000Z
LOCATION;LANGUAGE=en-IE:Microsoft Teams Meeting
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-debrief-en"))

    out.append(neg("handtyped-kit-review", cal(GOOGLE, """
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251104T083000
DTEND;TZID=Europe/Dublin:20251104T090000
DTSTAMP:20251103T212000Z
UID:3fa8c1mv7s2qj0dk5e9bnr4o6t@google.com
DESCRIPTION:read CVs + interview kit before 10am VM interviews. questions on window changes + budget
SUMMARY:Review interview kit - Visual Merchandiser
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,), method="PUBLISH"), "user-as-interviewer-kit-handtyped-en"))

    d = esc("""Hello Ciara,

You have been scheduled to interview a candidate.

Candidate: Tomás Ruane
Job Requisition: R-1187 Store Manager - Cork (Patrick Street)
Interview type: Panel - Operations
Panel: Ciara Doyle, Aidan Kenny
Please submit feedback in Workday within 24 hours.""")
    out.append(neg("workday-panelist", cal("-//Workday Inc//Workday Recruiting//EN", f"""
BEGIN:VEVENT
UID:wd-interview-threads-r1187-tomas-ruane
DTSTAMP:20251027T090000Z
DTSTART;TZID=Europe/Dublin:20251103T140000
DTEND;TZID=Europe/Dublin:20251103T150000
SUMMARY:Interview - Store Manager - Cork (Patrick Street) - Tomás Ruane
ORGANIZER;CN=Threads Ireland Recruiting:mailto:threadsireland@myworkday.com
ATTENDEE;CN=Ciara Doyle;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
ATTENDEE;CN=Aidan Kenny;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:aidan.kenny@threads-ireland.ie
DESCRIPTION:{d}
LOCATION:Microsoft Teams
END:VEVENT
""", tz=(DUBLIN,)), "user-as-interviewer-workday-panel-en"))

    d = esc("""A new event has been scheduled.

Event Type: Sales Assistant - quick phone chat
Invitee: Jade Kenny
Invitee Email: jadekenny99@gmail.com
Location: Ciara will call you
Questions: Availability? Weekends + Thursday late nights

Powered by Calendly.com""")
    out.append(neg("calendly-host", cal("-//Calendly//Calendly//EN", f"""
BEGIN:VEVENT
UID:71a4c9e2-3b58-4d06-a1f7-8e2c5d0b9f36@calendly.com
DTSTAMP:20251012T201500Z
DTSTART:20251014T101500Z
DTEND:20251014T103000Z
SUMMARY:Jade Kenny and Ciara Doyle
ORGANIZER;CN=Ciara Doyle:mailto:{WORK}
ATTENDEE;CN=Jade Kenny;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:jadekenny99@gmail.com
DESCRIPTION:{d}
STATUS:CONFIRMED
END:VEVENT
"""), "user-as-interviewer-calendly-host-en"))

    d = esc("""Hi Ciara,

As discussed, please find below interview details for my candidate Mark Delaney for your Assistant Store
Manager vacancy at Henry Street. His CV is attached - he's currently a supervisor at a department store
and has great stockroom experience.

Candidate: Mark Delaney
Position: Assistant Store Manager, Threads Henry Street
Interviewer: Ciara Doyle

Seán McGrath | Retail Recruit Ireland""")
    out.append(neg("agency-sends-candidate", cal(OUTLOOK, f"""
BEGIN:VEVENT
ORGANIZER;CN="Seán McGrath":mailto:sean.mcgrath@retailrecruit.ie
ATTENDEE;CN="Doyle, Ciara";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}
DESCRIPTION;LANGUAGE=en-IE:{d}
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DC01000000000000000010000000FF00EE11DD22CC33
SUMMARY;LANGUAGE=en-IE:Candidate interview: Mark Delaney - Assistant Store Manager (Retail Recruit)
DTSTART;TZID="GMT Standard Time":20251030T113000
DTEND;TZID="GMT Standard Time":20251030T123000
DTSTAMP:20251024T150000Z
LOCATION;LANGUAGE=en-IE:{_TH}
SEQUENCE:0
END:VEVENT
""", tz=(WIN_GMT,)), "user-as-interviewer-agency-candidate-en"))

    d = esc("""Ciara - come and sit in on the Store Manager interviews for Dundrum with me. Good experience for you
before you run your own panels. Just observe and take notes; I'll lead.
Aidan""")
    out.append(neg("shadowing", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250924T100000
DTEND;TZID=Europe/Dublin:20250924T130000
DTSTAMP:20250919T080000Z
ORGANIZER;CN=Aidan Kenny:mailto:aidan.kenny@threads-ireland.ie
UID:5pe2hk7qa0cn3v9mb1t8gdo4ls@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{WORK}
DESCRIPTION:{d}
LOCATION:Threads Dundrum - office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Shadowing: Store Manager interviews (Dundrum) - Ciara observing
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "user-as-interviewer-shadowing-en"))

    d = esc("""Interview: Rachel O'Brien for Department Supervisor (Henry Street)

Interviewers: Ciara Doyle
Candidate: Rachel O'Brien
Interview kit: https://app.greenhouse.io/guides/20931/people/7710042?application_id=9931182

Focus attributes: team leadership, customer service, cash handling.""")
    out.append(neg("greenhouse-interviewer", cal(GOOGLE, f"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20251002T140000
DTEND;TZID=Europe/Dublin:20251002T144500
DTSTAMP:20250929T104000Z
ORGANIZER;CN=Nicola Hegarty:mailto:nicola.hegarty@threads-ireland.ie
UID:0ha6p3kt9s1nr4m8fjb2qe7vcd@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ciara Doyle;X-NUM-GUESTS=0:mailto:{WORK}
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rachel O'Brien;\
X-NUM-GUESTS=0:mailto:rachelobrien.ie@outlook.com
DESCRIPTION:{d}
LOCATION:{_TH}
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Rachel O'Brien for Department Supervisor
TRANSP:OPAQUE
END:VEVENT
""", tz=(DUBLIN,)), "user-as-interviewer-greenhouse-kit-en"))
    return out
