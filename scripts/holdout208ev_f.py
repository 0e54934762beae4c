"""holdout208 events, part F: more of the user on the hiring side at Desert Vista USD (written blind)."""

from holdout208ev_common import PHX, WIN_USMST, neg

EVENTS = [
    neg(
        "meet-and-greet",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250428T152000
DTEND;TZID=America/Phoenix:20250428T160000
DTSTAMP:20250421T183349Z
ORGANIZER;CN=Marisol Vega:mailto:mvega@dvusd.org
UID:3a5s7d9f1g3h5j7k9l1z3x5c7v@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kiona Benally;X-NUM-GUESTS=0:mailto:kbenall2@asu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Dr. Gail Serrano;X-NUM-GUESTS=0:mailto:gail.serrano@asu.edu
DESCRIPTION:ASU student teaching placement for Fall 25 - meet & greet befo
 re I agree to be her mentor teacher. Want to hear her philosophy\, see a
  lesson plan sample\, talk expectations. (Dr. Serrano = her univ. supervi
 sor\, optional.)
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Meet & greet - ASU student teacher candidate (K. Benally)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3a5s7d9f1g3h5j7k9l1z3x5c7v@google.com",
        "user-as-interviewer-student-teacher-placement-screen",
    ),
    neg(
        "scoring-block",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250408T131500
DTEND;TZID=America/Phoenix:20250408T140500
DTSTAMP:20250407T140210Z
UID:5b7n9m1q3w5e7r9t1y3u5i7o9p@google.com
CREATED:20250407T140210Z
DESCRIPTION:Score the written performance task for the 5 screened 7th sci
  applicants (lesson plan + data reflection). Use the district rubric\, en
 ter in Frontline before Thurs panel.
LAST-MODIFIED:20250407T140210Z
LOCATION:Rm 214 (prep)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Score applicant performance tasks (prep period)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5b7n9m1q3w5e7r9t1y3u5i7o9p@google.com",
        "user-as-interviewer-scoring-applicant-performance-tasks",
    ),
    neg(
        "reference-check",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250418T123000
DTEND;TZID=America/Phoenix:20250418T125000
DTSTAMP:20250416T221019Z
UID:7c9v1b3n5m7q9w1e3r5t7y9u1i@google.com
CREATED:20250416T221019Z
DESCRIPTION:Calling Mr. Ostrowski (principal\, Sunnyslope ES) - reference f
 or Jordan Okafor. Use HR ref check form\, Qs 1-8. (602) 555-0131
LAST-MODIFIED:20250416T221019Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ref check - Okafor
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "7c9v1b3n5m7q9w1e3r5t7y9u1i@google.com",
        "user-as-interviewer-calls-candidates-reference",
    ),
    neg(
        "entrevista-candidata",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250501T151500
DTEND;TZID=America/Phoenix:20250501T160000
DTSTAMP:20250425T192017Z
ORGANIZER;CN=Ray Lopez:mailto:rlopez@dvusd.org
UID:9v1b3n5m7q9w1e3r5t7y9u1i3o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ximena Ruiz;X-NUM-GUESTS=0:mailto:ximena.ruiz.mx@hotmail.com
DESCRIPTION:Entrevista con candidata para maestra de ciencias del programa
  dual (6.º grado). Marisol\, ¿puedes hacer la parte en español (preguntas
  7-10) y evaluar su nivel académico en ciencias? Ximena viene de Hermosil
 lo\, tiene visa J-1 pendiente.
LOCATION:MRMS-Conference Room (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista - maestra de ciencias bilingüe (X. Ruiz)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "9v1b3n5m7q9w1e3r5t7y9u1i3o@google.com",
        "user-as-interviewer-spanish-dual-language-candidate",
    ),
    neg(
        "hiring-fair",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250301T083000
DTEND;TZID=America/Phoenix:20250301T130000
DTSTAMP:20250210T170551Z
ORGANIZER;CN=DVUSD Human Resources:mailto:hr@dvusd.org
UID:2n4m6q8w0e2r4t6y8u0i2o4p6a@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Thank you for volunteering at the DVUSD Spring Teacher Hiring Fa
 ir! You are assigned to the Mesquite Ridge MS table with Dr. Hughes. Prin
 cipals may make contingent offers on site. Please conduct on-the-spot in
 terviews using the short form and send strong candidates to the HR table
 .\n\nBreakfast for staff at 8:00 in the cafeteria.
LOCATION:Desert Vista High School - Main Gym
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DVUSD Teacher Hiring Fair - MRMS table
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2n4m6q8w0e2r4t6y8u0i2o4p6a@google.com",
        "user-as-interviewer-staffs-district-hiring-fair",
    ),
    neg(
        "classified-interviews",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250212T143000
DTEND;TZID=America/Phoenix:20250212T153000
DTSTAMP:20250206T165108Z
ORGANIZER;CN=Ray Lopez:mailto:rlopez@dvusd.org
UID:4p6a8s0d2f4g6h8j0k2l4z6x8c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ray Lopez;X-NUM-GUESTS=0:mailto:rlopez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Classified posting - Science Lab Assistant (part-time\, 19 hrs)
 . 3 applicants\, 20 min each. You know what the lab prep needs - can you
  ask the chemical storage / safety questions?
LOCATION:AP office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lab Assistant (classified) interviews
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4p6a8s0d2f4g6h8j0k2l4z6x8c@google.com",
        "user-as-interviewer-classified-lab-aide",
    ),
    neg(
        "ratings-due",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250410
DTEND;VALUE=DATE:20250411
DTSTAMP:20250409T234455Z
UID:6x8c0v2b4n6m8q0w2e4r6t8y0u@google.com
CREATED:20250409T234455Z
DESCRIPTION:Enter interview ratings in Frontline for Okafor / Treviño / Whi
 tehorse (Hiring > My Interviews). Tamika needs them by EOD for the referen
 ce stage.
LAST-MODIFIED:20250409T234455Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:DUE: Frontline interview ratings - 7th sci
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "6x8c0v2b4n6m8q0w2e4r6t8y0u@google.com",
        "user-as-interviewer-all-day-feedback-due",
    ),
    neg(
        "virtual-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Shaw, Tamika":mailto:tshaw@dvusd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vega, Marisol":mailto:mvega@dvusd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hughes, Andrea":mailto:ahughes@dvusd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcus Bell:mailto:marcus.bell.teach@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Virtual interview - Science Teacher (Gr. 6)\, Mesq
 uite Ridge. Candidate is relocating from Illinois (Naperville 203)\; Teams
  only. Panel: Dr. Hughes\, M. Vega.\n_____________________________________
 ___________________________________________\nMicrosoft Teams meeting\nJoi
 n: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzE3NmQ\nMeeting
  ID: 291 557 803 410  Passcode: Lr4sD8\n______________________________________
 __________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C4B5A6978896DB01000000000000000010000000ACE0BDF1ACE0BDF1ACE0BDF1ACE0BDF1
SUMMARY;LANGUAGE=en-US:Virtual Interview - Gr 6 Science - M. Bell (IL)
DTSTART;TZID=US Mountain Standard Time:20250429T160000
DTEND;TZID=US Mountain Standard Time:20250429T164000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T213107Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000C4B5A6978896DB01000000000000000010000000ACE0BDF1ACE0BDF1ACE0BDF1ACE0BDF1",
        "user-as-interviewer-teams-panelist-out-of-state-candidate",
    ),
    neg(
        "stakeholder-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250514T153000
DTEND;TZID=America/Phoenix:20250514T180000
DTSTAMP:20250506T164420Z
ORGANIZER;CN=Dr. Curtis Langford:mailto:clangford@dvusd.org
UID:8y0u2i4o6p8a0s2d4f6g8h0j2k@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Paula Nez;X-NUM-GUESTS=0:mailto:pnez@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Greg Tillman (SCC parent);X-NUM-GUESTS=0:mailto:gtillman71@gmail.com
DESCRIPTION:Principal selection - Mesquite Ridge MS (Dr. Hughes retiring J
 une 2025). You have been selected as a teacher representative on the stak
 eholder interview panel. Three finalists\, 45 minutes each. Confidential
 ity agreement and question protocol will be provided at the start. Please
  do not discuss candidates outside the panel.
LOCATION:District Office - Board Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Principal Selection - Stakeholder Panel (MRMS)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8y0u2i4o6p8a0s2d4f6g8h0j2k@google.com",
        "user-as-interviewer-principal-selection-stakeholder-panel",
    ),
    neg(
        "interview-block",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250403T150000
DTEND;TZID=America/Phoenix:20250403T163000
RRULE:FREQ=WEEKLY;UNTIL=20250516T065959Z;BYDAY=TH
DTSTAMP:20250328T170012Z
UID:0i2o4p6a8s0d2f4g6h8j0k2l4z@google.com
CREATED:20250328T170012Z
DESCRIPTION:Hold for science candidate interviews (hiring season). Tamika
  books candidates into this slot through Frontline.
LAST-MODIFIED:20250328T170012Z
LOCATION:MRMS-Conference Room (8)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview block - sci hiring
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250415T150000
DTEND;TZID=America/Phoenix:20250415T163000
DTSTAMP:20250411T150633Z
UID:0i2o4p6a8s0d2f4g6h8j0k2l4z@google.com
RECURRENCE-ID;TZID=America/Phoenix:20250417T150000
CREATED:20250328T170012Z
DESCRIPTION:Moved to Tuesday this week - Thursday is 8th grade science fai
 r setup.
LAST-MODIFIED:20250411T150633Z
LOCATION:MRMS-Conference Room (8)
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Interview block - sci hiring
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0i2o4p6a8s0d2f4g6h8j0k2l4z@google.com",
        "user-as-interviewer-recurring-hold-with-override",
    ),
    neg(
        "co-teach-trial",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250506T075000
DTEND;TZID=America/Phoenix:20250506T123000
DTSTAMP:20250430T190211Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:2k4l6z8x0c2v4b6n8m0q2w4e6r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Mateo Domínguez;X-NUM-GUESTS=0:mailto:mateo.dominguez.az@gmail.com
DESCRIPTION:Mateo (finalist for 8th PS) will spend the morning in Marisol'
 s room: co-teach P1-P2\, lead P3 on his own\, lunch with the science team.
  Marisol - please complete the observation form and send to me by Wed. Vi
 sitor badge at front office.
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Working day - M. Domínguez in Rm 214
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2k4l6z8x0c2v4b6n8m0q2w4e6r@google.com",
        "user-as-interviewer-supervises-candidate-trial-morning",
    ),
]
