# ruff: noqa: E501
"""holdout175: the user on the hiring side at Harlan & Reece, part 2."""
from holdout175ev_tz import ev

EVENTS = [
    ev("hiring-committee", "hr-ibd-hc-fy26-q4@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-analyst-hiring-committee", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:hr-ibd-hc-fy26-q4@harlanreece.com
DTSTAMP:20251103T150000Z
DTSTART;TZID="Eastern Standard Time":20251110T171500
DTEND;TZID="Eastern Standard Time":20251110T181500
SUMMARY:IBD Lateral Analyst/Associate - Hiring Committee
ORGANIZER;CN="Kowalski\, Anna":mailto:akowalski@harlanreece.com
ATTENDEE;CN="Feld\, Richard":mailto:rfeld@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;CN="Brandt\, Sylvia":mailto:sbrandt@harlanreece.com
DESCRIPTION:Agenda: (1) Marcus Bell - Associate - feedback from 4 interviewers\, decision\; (2) Javed Khan - Analyst 2 - agency candidate\, decision on superday\; (3) pipeline for Q1. Feedback must be in Workday before the meeting.
LOCATION:NY 33 Small Conf / Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("shadow-interview", "9e8d7c6b-shadow-ksato@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-shadowing-a-vp-interview", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:9e8d7c6b-shadow-ksato@harlanreece.com
DTSTAMP:20250902T140000Z
DTSTART;TZID="Eastern Standard Time":20250905T140000
DTEND;TZID="Eastern Standard Time":20250905T143000
SUMMARY:FW: SA First Round - Ken Sato / shadow: D. Okafor
ORGANIZER;CN="Sato\, Ken":mailto:ksato@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel";ROLE=OPT-PARTICIPANT:mailto:dokafor@harlanreece.com
DESCRIPTION:Dan - sit in on this one before you run your own first rounds next week. Just observe\, I'll do the questions\, we can compare scores after. -Ken
LOCATION:Zoom (link in original invite)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("feedback-task", "WD-TASK-IFB-5510932@myworkday.com",
       0, "", "", "", "", "user-as-interviewer-workday-interview-feedback-task", r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-IFB-5510932@myworkday.com
DTSTAMP:20251015T230000Z
DTSTART;VALUE=DATE:20251016
DTEND;VALUE=DATE:20251017
SUMMARY:Interview Feedback due: Marcus Bell - R-IBD-1044 Associate\, M&A
ORGANIZER;CN=Harlan & Reece Workday:mailto:harlanreece@myworkday.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:Inbox task: Give Interview Feedback\nCandidate: Marcus Bell\nJob Requisition: R-IBD-1044 Associate\, M&A (Lateral)\nRating scale: 1 (Strong No) - 5 (Strong Yes)\n\nComplete in Workday > Inbox.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("on-campus-rounds", "hr-campus-ross-fr-2025@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-on-campus-first-rounds-travel", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:hr-campus-ross-fr-2025@harlanreece.com
DTSTAMP:20250901T120000Z
DTSTART;TZID=America/New_York:20250916T083000
DTEND;TZID=America/New_York:20250916T170000
SUMMARY:Michigan Ross - on-campus first rounds (H&R team: Okafor\, Patel\, Greene)
ORGANIZER;CN="Campus Recruiting - Americas":mailto:campusrecruiting@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;CN="Patel\, Anjali":mailto:apatel@harlanreece.com
ATTENDEE;CN="Greene\, Tyler":mailto:tgreene@harlanreece.com
DESCRIPTION:Ross Career Services\, Interview Suites 2-4. 16 x 30-min first rounds per interviewer pair. Flight DL 2611 LGA-DTW Mon 7pm\, Graduate Ann Arbor hotel. Yello evaluations on your phone between slots.
LOCATION:Ross School of Business\, 701 Tappan Ave\, Ann Arbor\, MI
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("test-proctor", "c5d4e3f2-modeltest-proctor@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-proctoring-candidate-modeling-test", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251022T090000
DTEND;TZID=America/New_York:20251022T120000
DTSTAMP:20251017T121212Z
ORGANIZER;CN=Anna Kowalski:mailto:akowalski@harlanreece.com
UID:c5d4e3f2-modeltest-proctor@harlanreece.com
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:Lateral analyst modeling test - 2 candidates in 32C. Dan to hand out the case pack at 9\, collect the files at 12\, and grade against the answer key by Friday. Laptops from IT.
LOCATION:NY 32C
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Modeling test - proctor (lateral analysts)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("final-panel", "040000008200E00074C5B7101A82E00800000000FEFE3434DDC01000000000000000010000000PANELMB20251029",
       0, "", "", "", "", "user-as-interviewer-sits-on-lateral-final-panel", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Feld, Richard";SENT-BY="mailto:jtorres@harlanreece.com":mailto:rfeld@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Okafor, Daniel":mailto:dokafor@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Brandt, Sylvia":mailto:sbrandt@harlanreece.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Marcus Bell":mailto:marcus.bell@outlook.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="NY 34 Hudson":mailto:ny34hudson@harlanreece.com
DESCRIPTION;LANGUAGE=en-US:Final round panel for the lateral Associate seat. Richard will lead\, Sylvia on fit\, Dan to run the case (Project Falcon sanitized).\n\nJen Torres\nAssistant to Richard Feld\n
UID:040000008200E00074C5B7101A82E00800000000FEFE3434DDC01000000000000000010000000PANELMB20251029
SUMMARY;LANGUAGE=en-US:Final Round - Marcus Bell (Feld / Brandt / Okafor)
DTSTART;TZID=Eastern Standard Time:20251029T160000
DTEND;TZID=Eastern Standard Time:20251029T170000
DTSTAMP:20251024T131500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:NY 34 Hudson
END:VEVENT
END:VCALENDAR
"""),
    ev("interviewer-training", "hr-lrn-structured-int-0826@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-interviewer-certification-training", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:hr-lrn-structured-int-0826@harlanreece.com
DTSTAMP:20250812T150000Z
DTSTART;TZID="Eastern Standard Time":20250826T120000
DTEND;TZID="Eastern Standard Time":20250826T130000
SUMMARY:Required: Interviewer Certification - Structured Interviewing & Fair Hiring (Campus season)
ORGANIZER;CN="HR Learning":mailto:hrlearning@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
DESCRIPTION:All associates and VPs interviewing Summer Analyst candidates this season must complete certification before their first interview. Topics: behavioral questions\, the scoring rubric\, what you cannot ask\, documenting feedback. Lunch provided.
LOCATION:NY 3rd Fl Training Room / Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("info-session", "hr-campus-columbia-info-0909@harlanreece.com",
       0, "", "", "", "", "user-as-interviewer-staffing-campus-info-session", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:hr-campus-columbia-info-0909@harlanreece.com
DTSTAMP:20250825T120000Z
DTSTART;TZID=America/New_York:20250909T183000
DTEND;TZID=America/New_York:20250909T203000
SUMMARY:Columbia Info Session + Networking - H&R reps
ORGANIZER;CN="Mendez\, Lauren":mailto:lmendez@harlanreece.com
ATTENDEE;CN="Okafor\, Daniel":mailto:dokafor@harlanreece.com
DESCRIPTION:Please arrive 6:15 to set up. 20-min presentation (Richard)\, then networking - you will be at the M&A table. Collect names of standouts on the card and drop them in the campus tracker tonight - they get flagged for first rounds.
LOCATION:Columbia Lerner Hall\, Satow Room
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("case-judging", "b1a2c3d4-insightweek-judges",
       0, "", "", "", "", "user-as-interviewer-judging-insight-week-case", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20260305T140000
DTEND;TZID=America/New_York:20260305T170000
DTSTAMP:20260220T154511Z
ORGANIZER;CN=Lauren Mendez:mailto:lmendez@harlanreece.com
UID:b1a2c3d4-insightweek-judges
ATTENDEE;CN=Daniel Okafor:mailto:dokafor@harlanreece.com
DESCRIPTION:Sophomore Insight Week - final case presentations. 6 teams x 20 min. Judges score on the sheet (analysis / recommendation / presence)\; top performers get fast-tracked to 2027 SA superday.
LOCATION:NY 2nd Fl Auditorium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Insight Week - case judging panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("recruiting-dinner", "7A6B5C4D-stern-dinner",
       0, "", "", "", "", "user-as-interviewer-sell-dinner-with-offered-students", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
@@TZ America/New_York@@
BEGIN:VEVENT
UID:7A6B5C4D-stern-dinner
DTSTAMP:20250924T010101Z
DTSTART;TZID=America/New_York:20250930T190000
DTEND;TZID=America/New_York:20250930T213000
SUMMARY:Sell dinner - SA offer holders @ Del Frisco's
DESCRIPTION:4 offered kids still deciding vs Evercore/PJT. Me + Ken + Anjali. Corp card\, Lauren has the list. Close Sophie + Andre
LOCATION:Del Frisco's\, 1221 6th Ave
END:VEVENT
END:VCALENDAR
"""),
]
