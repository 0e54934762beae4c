# ruff: noqa: E501
"""holdout197 events: Leiden (Janssen, Pharming, Batavia, Halix) and Pfizer Grange Castle."""

from holdout197ev_tz import AMSTERDAM, DUBLIN

EVENTS: list[dict] = []

EVENTS.append(dict(
    kind="workday-video",
    uid="WD-INTERVIEW-jnj-EVT-0002210934-3@myworkday.com",
    is_interview=1, company="Janssen", role="Senior Engineer MSAT Upstream", stage="recruiter_screen",
    interviewers="evanderlinden@its.jnj.com",
    trap="workday-jnj-screen-amsterdam-tz",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-jnj-EVT-0002210934-3@myworkday.com
DTSTAMP:20250319T101212Z
DTSTART;TZID=Europe/Amsterdam:20250326T110000
DTEND;TZID=Europe/Amsterdam:20250326T113000
SUMMARY:Johnson & Johnson Interview – Senior Engineer MSAT Upstream – R-004417
ORGANIZER;CN=Johnson & Johnson Recruiting:mailto:jnj@myworkday.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Eline van der Linden;PARTSTAT=ACCEPTED:mailto:evanderlinden@its.jnj.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Cian\,\n\nThank you for your interest in Janssen Biologics
  B.V.\, part of Johnson & Johnson Innovative Medicine\, Leiden.\n\nRecruiter
  screen with Eline van der Linden\, 30 min\, Teams (link below).\nhttps://te
 ams.microsoft.com/l/meetup-join/19%3ameeting_NjEyOTk@thread.v2/0\n\nTimes s
 hown in Amsterdam time (CET).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="dutch-onsite",
    uid="1hv8tq0pk3n2r7c5dmf9a6s4eo@google.com",
    is_interview=1, company="Janssen", role="Senior Engineer MSAT Upstream", stage="onsite",
    interviewers="jbakker@its.jnj.com;svisser2@its.jnj.com",
    trap="dutch-kennismaking-and-rondleiding-onsite",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Amsterdam:20250429T093000
DTEND;TZID=Europe/Amsterdam:20250429T133000
DTSTAMP:20250414T082030Z
ORGANIZER;CN=Eline van der Linden:mailto:evanderlinden@its.jnj.com
UID:1hv8tq0pk3n2r7c5dmf9a6s4eo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=cian.osullivan.eng@gmail.com;X-NUM-GUESTS=0:mailto:cian.osullivan.e
 ng@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Joost Bakker;X-NUM-GUESTS=0:mailto:jbakker@its.jnj.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sanne Visser;X-NUM-GUESTS=0:mailto:svisser2@its.jnj.com
DESCRIPTION:Beste Cian\,<br><br>Hierbij de uitnodiging voor het gesprek op l
 ocatie in Leiden (Einsteinweg 101). Programma:<br>09:30 kennismakingsgesprek
  met Joost Bakker (Manager MSAT USP)<br>10:30 technisch gesprek met Sanne Vi
 sser (Principal Scientist)<br>11:30 rondleiding door de fabriek<br>12:30 lun
 ch met het team<br><br>Het gesprek is in het Engels. Neem een geldig identit
 eitsbewijs mee.<br><br>Met vriendelijke groet\,<br>Eline
LOCATION:Janssen Biologics\, Einsteinweg 101\, 2333 CB Leiden
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Gesprek op locatie Leiden – Cian O'Sullivan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="recruitee-invite",
    uid="recruitee-interview-event-9912345-pharming@recruitee.com",
    is_interview=1, company="Pharming", role="Process Engineer DSP", stage="",
    interviewers="m.dejong@pharming.com",
    trap="recruitee-dutch-ats-video",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Recruitee//Recruitee Calendar//EN
METHOD:REQUEST
""" + AMSTERDAM + r"""BEGIN:VEVENT
UID:recruitee-interview-event-9912345-pharming@recruitee.com
DTSTAMP:20250404T143000Z
DTSTART;TZID=Europe/Amsterdam:20250411T150000
DTEND;TZID=Europe/Amsterdam:20250411T154500
SUMMARY:Pharming | Process Engineer DSP | Cian O'Sullivan
ORGANIZER;CN=Pharming Careers:mailto:pharming@recruitee.com
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Marloes de Jong:mailto:m.dejong@pharming.com
LOCATION:https://pharming.zoom.us/j/84419027731?pwd=Rk9xNmlD
DESCRIPTION:Hi Cian\, looking forward to speaking with you about the Proce
 ss Engineer DSP role in Leiden. Marloes de Jong (Manager Downstream Process
 ing)\n\nZoom: https://pharming.zoom.us/j/84419027731?pwd=Rk9xNmlD\nMeeting
  ID: 844 1902 7731 / Passcode: 551902\n\nSent via Recruitee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="workable-call",
    uid="workable-ev-5c1f0d8e9b-batavia-interview@workable.com",
    is_interview=1, company="Batavia Biosciences", role="Senior Scientist / Engineer Process Development", stage="technical",
    interviewers="a.kuijpers@bataviabiosciences.com;r.hendriks@bataviabiosciences.com",
    trap="workable-technical-case-leiden-utc",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-ev-5c1f0d8e9b-batavia-interview@workable.com
DTSTAMP:20250409T110107Z
DTSTART:20250417T120000Z
DTEND:20250417T131500Z
SUMMARY:Technical interview: Senior Scientist / Engineer Process Development – Cian O'Sullivan
ORGANIZER;CN=Anouk Kuijpers (via Workable):mailto:notifications@workablemail.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Anouk Kuijpers;PARTSTAT=ACCEPTED:mailto:a.kuijpers@bataviabiosciences.com
ATTENDEE;CN=Ruben Hendriks;PARTSTAT=ACCEPTED:mailto:r.hendriks@bataviabiosciences.com
LOCATION:Google Meet
DESCRIPTION:Hi Cian\,\n\nThe second interview will be a technical session (
 75 min): we'll send a short case (viral vaccine USP scale-up from 50 L to 1
 000 L SUB) 24h in advance. Please prepare 3-4 slides.\n\nJoin: https://meet
 .google.com/kdn-fzqu-abo\n\nBatavia Biosciences\, Zernikedreef 16\, Leiden
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="teamtailor-screen",
    uid="teamtailor-interview-2f9a7c71-halix-01@teamtailor.com",
    is_interview=1, company="Halix", role="Lead Process Engineer", stage="recruiter_screen",
    interviewers="lotte@halix.nl",
    trap="teamtailor-first-call-floating-no-tz",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-2f9a7c71-halix-01@teamtailor.com
DTSTAMP:20250303T084500Z
DTSTART:20250307T140000Z
DTEND:20250307T143000Z
SUMMARY:Halix – intro call: Lead Process Engineer
ORGANIZER;CN=Lotte Smit:mailto:lotte@halix.nl
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
LOCATION:Microsoft Teams
DESCRIPTION:Hi Cian! Thanks for applying to Halix. Let's have a first call
  (30 min) about you\, the role and life at a Leiden CDMO. Join via Teams: ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_Hlx01@thread.v2/0\n\nL
 otte – Talent & People\, Halix\n\nScheduled with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="teamtailor-interview",
    uid="teamtailor-interview-88be02d4-halix-02@teamtailor.com",
    is_interview=1, company="Halix", role="Lead Process Engineer", stage="hiring_manager",
    interviewers="wouter.dekker@halix.nl;lotte@halix.nl",
    trap="teamtailor-second-interview-cet-summer",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-interview-88be02d4-halix-02@teamtailor.com
DTSTAMP:20250320T091102Z
DTSTART:20250403T080000Z
DTEND:20250403T090000Z
SUMMARY:Halix – interview with Wouter (Head of Manufacturing Science)
ORGANIZER;CN=Lotte Smit:mailto:lotte@halix.nl
ATTENDEE;CN=Cian O'Sullivan;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Wouter Dekker:mailto:wouter.dekker@halix.nl
LOCATION:Microsoft Teams
DESCRIPTION:Hi Cian\, next step for the Lead Process Engineer role: 60 min
  with Wouter Dekker (your future manager) and me. Expect questions about tec
 h transfers into a multi-product facility and how you'd set up a process mo
 nitoring programme.\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting
 _Hlx02@thread.v2/0\n\nScheduled with Teamtailor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="workday-teams",
    uid="WD-INTERVIEW-pfizer-EVT-0007718820-1@myworkday.com",
    is_interview=1, company="Pfizer", role="Senior Process Engineer – Drug Substance", stage="hiring_manager",
    interviewers="brian.kehoe@pfizer.com",
    trap="workday-pfizer-hiring-manager-teams-dublin-tz",
    ics=r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + DUBLIN + r"""BEGIN:VEVENT
UID:WD-INTERVIEW-pfizer-EVT-0007718820-1@myworkday.com
DTSTAMP:20250306T161522Z
DTSTART;TZID=Europe/Dublin:20250312T163000
DTEND;TZID=Europe/Dublin:20250312T171500
SUMMARY:Interview Confirmation: Senior Process Engineer – Drug Substance (4930112)
ORGANIZER;CN=Pfizer Talent Acquisition:mailto:pfizer@myworkday.com
ATTENDEE;CN=Cian O'Sullivan;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:cian.osullivan.eng@gmail.com
ATTENDEE;CN=Brian Kehoe;PARTSTAT=ACCEPTED:mailto:brian.kehoe@pfizer.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Hi Cian\,\n\nYour interview for Senior Process Engineer – Drug S
 ubstance (Grange Castle) is confirmed.\nInterviewer: Brian Kehoe\, MSAT Man
 ager\nType: Hiring Manager Interview (45 min)\n\nJoin: https://teams.micros
 oft.com/l/meetup-join/19%3ameeting_Pfz7718@thread.v2/0\nDial in: +353 1 695
  0711\,\,880 114 226#\n\nBest of luck!\nPfizer Talent Acquisition
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""))

EVENTS.append(dict(
    kind="typed-second-round",
    uid="6C1D0F4E-8A2B-4E13-B9D1-5A7F3C2E9D04",
    is_interview=1, company="Pfizer", role="", stage="",
    interviewers="Brian;Orla",
    trap="self-typed-terse-second-round-names-only",
    ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250318T093501Z
DTEND;TZID=Europe/Dublin:20250326T113000
DTSTAMP:20250318T093544Z
DTSTART;TZID=Europe/Dublin:20250326T100000
LAST-MODIFIED:20250318T093544Z
LOCATION:Teams
SEQUENCE:0
SUMMARY:Pfizer GC 2nd rnd
DESCRIPTION:Brian + Orla (QA). comp based – STAR!! have the PPQ deviation st
 ory + the SUB leak one. book half day
TRANSP:OPAQUE
UID:6C1D0F4E-8A2B-4E13-B9D1-5A7F3C2E9D04
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:C0A1B2D3-4E5F-4061-8A9B-0C1D2E3F4A5B
END:VALARM
END:VEVENT
END:VCALENDAR
"""))
