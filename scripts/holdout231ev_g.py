"""holdout231 events, part G: the user on the HIRING side at Severn Aerostructures (all negatives)."""

from holdout231ev_tz import GMT_STD

_N = {"iv": 0, "company": "", "role": "", "stage": "", "who": [], "hiring": True}


def _ol(uid: str, body: str) -> str:
    """Wrap an Outlook VEVENT body (already folded) the way Exchange writes a meeting request."""
    return ("BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\n" + GMT_STD
            + "BEGIN:VEVENT\n" + body.lstrip("\n") + "UID:" + uid + "\nCLASS:PUBLIC\nPRIORITY:5\nTRANSP:OPAQUE\n"
            "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\nEND:VEVENT\nEND:VCALENDAR\n")


EVENTS = [
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010001",
        "trap": "user-as-interviewer-grad-assessment-centre-assessor",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010001", r"""
ORGANIZER;CN="Early Careers (Severn Aero)":mailto:earlycareers@severnaero.c
 o.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kw
 ame":mailto:kwame.osei@severnaero.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAT-B2-Severn
  Suite (40)":mailto:pat-b2-severnsuite@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Thank you for volunteering as an assessor for
  the 2025 Graduate Assessment Centre (Systems\, Avionics\, Stress).\n\n08:
 30 Assessor briefing (mandatory)\n09:15 Group exercise - you are observi
 ng Group B (candidates 7-12)\n11:00 Technical interviews - Room 2.04\, 3
  x 40 min\n14:30 Presentations\n16:00 Wash-up and scoring\n\nCandidate pa
 cks and scoring guides are in the AC Teams channel. Please do not take p
 acks off site.\n
SUMMARY;LANGUAGE=en-GB:Graduate Assessment Centre - ASSESSOR (Grp B + tec
 h interviews)
DTSTART;TZID=GMT Standard Time:20250410T083000
DTEND;TZID=GMT Standard Time:20250410T170000
DTSTAMP:20250318T112033Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PAT-B2-Severn Suite (40)
"""),
    },
    {
        **_N, "kind": "workday-task", "uid": "WD-TASK-scoresheet-JR4471-rhowell@severnaero.myworkday.com",
        "trap": "user-as-interviewer-workday-scoresheet-task",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-scoresheet-JR4471-rhowell@severnaero.myworkday.com
DTSTAMP:20250410T173000Z
DTSTART;VALUE=DATE:20250414
DTEND;VALUE=DATE:20250415
SUMMARY:Due: Interview Scoresheet - Graduate Systems Engineer (JR-4471) -
  3 candidates
DESCRIPTION:You have 3 interview scoresheets awaiting completion in Workda
 y for Graduate Systems Engineer (JR-4471). Go to My Tasks > Interview Fee
 dback. Scores must be submitted before the calibration meeting.
ORGANIZER;CN=Severn Aerostructures Workday:mailto:severnaero@myworkday.com
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "workday-panel", "uid": "WD-INT-3e7c2a19f0b84d55a6e1c9b0d2f3a4e5@myworkday.com",
        "trap": "user-as-interviewer-workday-panel-candidate-free-mail",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-3e7c2a19f0b84d55a6e1c9b0d2f3a4e5@myworkday.com
DTSTAMP:20250422T090012Z
DTSTART:20250430T093000Z
DTEND:20250430T110000Z
SUMMARY:Interview: Tom Rahman - Senior V&V Engineer (R-10233)
ORGANIZER;CN=Severn Aerostructures:mailto:severnaero@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Kwame Ose
 i:mailto:kwame.osei@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tom Rahman:mailto:tom.r
 ahman87@gmail.com
LOCATION:PAT-B1-Meeting Room 1.12 / Teams
DESCRIPTION:Candidate: Tom Rahman\nJob Requisition: R-10233 Senior V&V Eng
 ineer\nInterview Type: Panel (technical + competency)\nInterviewers: Rebe
 cca Howell\, Kwame Osei\n\nOpen the interview kit and candidate CV in Wo
 rkday: Home > Interviews.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010004",
        "trap": "user-as-interviewer-assessment-centre-wash-up",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010004", r"""
ORGANIZER;CN="Patel, Nisha":mailto:nisha.patel@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kw
 ame":mailto:kwame.osei@severnaero.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Early Ca
 reers (Severn Aero)":mailto:earlycareers@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Calibration of Grad AC scores before offers go
  out. Bring your scoresheets - we have 9 offers for 24 candidates.\n
SUMMARY;LANGUAGE=en-GB:Grad AC wash-up / calibration
DTSTART;TZID=GMT Standard Time:20250415T140000
DTEND;TZID=GMT Standard Time:20250415T153000
DTSTAMP:20250411T081500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Teams
"""),
    },
    {
        **_N, "kind": "candidate-reply", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010005",
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250508T130000Z
DTEND:20250508T141500Z
DTSTAMP:20250502T184411Z
ORGANIZER;CN=Howell\, Rebecca:mailto:rebecca.howell@severnaero.co.uk
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010005
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Chlo
 e Winter;X-NUM-GUESTS=0:mailto:chloe.winter.eng@gmail.com
SEQUENCE:0
SUMMARY:Accepted: Technical interview - Systems Engineer (Avionics) - Chl
 oe Winter
REQUEST-STATUS:2.0;Success
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "agency-candidate", "uid": "AAMkAGI1ZTBhNmMxLTk0MzAtNDA4Yy05ZWQwLTM1MzFkNjI3ZjhiZQBGAAAAAAD9",
        "trap": "user-as-interviewer-agency-sends-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkAGI1ZTBhNmMxLTk0MzAtNDA4Yy05ZWQwLTM1MzFkNjI3ZjhiZQBGAAAAAAD9
DTSTAMP:20250424T102000Z
DTSTART;TZID=GMT Standard Time:20250429T160000
DTEND;TZID=GMT Standard Time:20250429T163000
SUMMARY:Candidate call: Joseph Okafor - DO-178C V&V contractor (Brunel Tal
 ent)
ORGANIZER;CN="Greg Hollis (Brunel Talent)":mailto:greg.hollis@bruneltalent
 .co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Howell, Rebecca":mailto:rebecc
 a.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Joseph Okafor:mailto:j.okafor.c
 onsulting@outlook.com
DESCRIPTION:Hi Rebecca\, as discussed - Joseph is available from 2 June\,
  outside IR35\, SC held (expires 2027). 8 yrs DO-178C Level A/B test on FC
 C and FADEC programmes\, LDRA and VectorCAST. CV attached to my email. 30
  min call so you can sound him out before a formal interview.\n\nGreg\n
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "phone-note", "uid": "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9", "lf": True,
        "trap": "user-as-interviewer-own-notes-on-candidate",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250410T124401Z
DTSTART:20250410T113000
DTEND:20250410T121000
SUMMARY:grad int 2 - Priya S.
DESCRIPTION:good FMEA example (brake ctrl uni project)\, weak on DO-254 /
  HW-SW integration. asked good q about HIL rig. comms 4/5\, tech 3/5. hire
  - yes for Systems\, not Avionics. put in Workday tonight
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "bookings-host", "uid": "3c7d9e1f-5a2b-4c8d-9e0f-1a2b3c4d5e6f@severnaero.co.uk",
        "trap": "user-as-interviewer-bookings-host-placement",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Severn Aero Early Careers:mailto:SevernAeroEarlyCareers@sever
 naero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Rebecca Howe
 ll:mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ellie Fra
 ser:mailto:ef512@bath.ac.uk
DESCRIPTION;LANGUAGE=en-GB:Service: Industrial Placement Interview 2025/2
 6 (20 mins)\nStaff: Rebecca Howell\nCustomer: Ellie Fraser\nCustomer emai
 l: ef512@bath.ac.uk\nCourse: MEng Aerospace Engineering\, University of B
 ath\n\nJoin Microsoft Teams Meeting\nhttps://teams.microsoft.com/l/meetup
 -join/19%3ameeting_ODk2MGQ3@thread.v2/0\n
UID:3c7d9e1f-5a2b-4c8d-9e0f-1a2b3c4d5e6f@severnaero.co.uk
SUMMARY;LANGUAGE=en-GB:Industrial Placement Interview 2025/26 (20 mins) -
  Ellie Fraser
DTSTART:20250423T123000Z
DTEND:20250423T125000Z
DTSTAMP:20250417T200011Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010009",
        "trap": "user-as-interviewer-shadowing-panel",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010009", r"""
ORGANIZER;CN="Hughes, Martin":mailto:martin.hughes@severnaero.co.uk
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Becky - as part of getting you signed off to c
 hair senior panels\, come and shadow this one. Observe only\, no scoring
 . Candidate is external (Principal Engineer\, Flight Controls). We'll 15
  mins debrief after.\n
SUMMARY;LANGUAGE=en-GB:FW: Principal Eng (FCS) interview - shadow
DTSTART;TZID=GMT Standard Time:20250514T100000
DTEND;TZID=GMT Standard Time:20250514T120000
DTSTAMP:20250507T143000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PAT-B1-1.04 Brabazon
"""),
    },
    {
        **_N, "kind": "workday-learning", "uid": "WDL-SESSION-88213-20250506@severnaero.myworkday.com",
        "trap": "user-as-interviewer-interviewer-training",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Learning//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WDL-SESSION-88213-20250506@severnaero.myworkday.com
DTSTAMP:20250425T110000Z
DTSTART:20250506T123000Z
DTEND:20250506T150000Z
SUMMARY:Recruiting Well: structured interviewing and bias (required for p
 anel members)
ORGANIZER;CN=Severn Aerostructures Learning:mailto:severnaero@myworkday.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell@severnaero.co.uk
LOCATION:PAT-Learning Centre\, Room LC2
DESCRIPTION:Course: Recruiting Well (instructor-led)\nLearner: Rebecca How
 ell\n\nCovers competency questions\, STAR probing\, scoring consistently\,
  right-to-work and reasonable adjustments. Completion is required before
  you can sit on or chair an interview panel.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010011",
        "trap": "user-as-interviewer-hiring-committee",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010011", r"""
ORGANIZER;CN="Hughes, Martin":mailto:martin.hughes@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kw
 ame":mailto:kwame.osei@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lambert,
  Joanne (HRBP)":mailto:joanne.lambert@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Decision on R-10233 (Senior V&V Engineer): Rah
 man vs Lindqvist. Panel scores in Workday - please have yours in before
  this. Jo to bring salary benchmarking.\n
SUMMARY;LANGUAGE=en-GB:R-10233 offer decision
DTSTART;TZID=GMT Standard Time:20250506T083000
DTEND;TZID=GMT Standard Time:20250506T090000
DTSTAMP:20250501T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Martin's office / Teams
"""),
    },
    {
        **_N, "kind": "desk-note", "uid": "AAMkAGQ1MWQ2YjBkLTI4NjAtNDFlOS1hN2NhLTM4NTM5YmQ3MTE0ZQBGAAAAAAB2",
        "trap": "user-as-interviewer-mark-technical-exercise",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkAGQ1MWQ2YjBkLTI4NjAtNDFlOS1hN2NhLTM4NTM5YmQ3MTE0ZQBGAAAAAAB2
DTSTAMP:20250512T071500Z
DTSTART;TZID=GMT Standard Time:20250512T080000
DTEND;TZID=GMT Standard Time:20250512T093000
SUMMARY:Mark Simulink take-homes x2 (S. Kaur\, L. Ortiz) - block out
DESCRIPTION:use the marking rubric v3. check they actually ran the MC/DC
  report. feedback to Nisha by 12.
TRANSP:OPAQUE
CLASS:PRIVATE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010013",
        "trap": "user-as-interviewer-supervise-apprentice-practical",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010013", r"""
ORGANIZER;CN="Early Careers (Severn Aero)":mailto:earlycareers@severnaero.c
 o.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Degree apprenticeship (Electrical/Avionics) se
 lection day - you are supervising the practical task in Workshop 3: appl
 icants build and test a small harness to a drawing. Observe\, score on
  the sheet (safety\, accuracy\, teamwork). PPE provided.\n
SUMMARY;LANGUAGE=en-GB:Apprentice selection day - practical task (Worksho
 p 3) - supervisor
DTSTART;TZID=GMT Standard Time:20250520T090000
DTEND;TZID=GMT Standard Time:20250520T123000
DTSTAMP:20250502T100000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Workshop 3\, Building 7
"""),
    },
    {
        **_N, "kind": "workday-interviewer", "uid": "WD-INT-8f2b6d0a1c3e4f5a9b8c7d6e5f4a3b21@myworkday.com",
        "trap": "user-as-interviewer-workday-interview-kit",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-8f2b6d0a1c3e4f5a9b8c7d6e5f4a3b21@myworkday.com
DTSTAMP:20250523T133000Z
DTSTART:20250529T130000Z
DTEND:20250529T140000Z
SUMMARY:Technical Interview - Lead Avionics Engineer (R-10298)
ORGANIZER;CN=Severn Aerostructures:mailto:severnaero@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rebecca H
 owell:mailto:rebecca.howell@severnaero.co.uk
LOCATION:Microsoft Teams
DESCRIPTION:You have been scheduled as an interviewer.\n\nCandidate: Alek
 sander Nowak\nJob Requisition: R-10298 Lead Avionics Engineer\nInterview
  Type: Technical\n\nInterview kit: ARINC 429/664 questions\, DO-178C obj
 ectives for DAL B\, one design scenario (IMA partitioning). Complete the
  scorecard within 24 hours.\n\nTeams: https://teams.microsoft.com/l/meetu
 p-join/19%3ameeting_MWE0YjM4@thread.v2/0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-teams", "uid": "AAMkAGM4ZjE0NjYyLWE3N2ItNDk0Yi04NmE5LWQ1YzE3OGUyNGQ1MwBGAAAAAAA3",
        "trap": "user-as-interviewer-contractor-screen-she-runs",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkAGM4ZjE0NjYyLWE3N2ItNDk0Yi04NmE5LWQ1YzE3OGUyNGQ1MwBGAAAAAAA3
DTSTAMP:20250430T171200Z
DTSTART;TZID=GMT Standard Time:20250502T113000
DTEND;TZID=GMT Standard Time:20250502T120000
SUMMARY:Quick chat - Joseph Okafor / Rebecca Howell (V&V support)
ORGANIZER;CN="Howell, Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Joseph Okafor:mailto:j.okafor.c
 onsulting@outlook.com
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN="Greg Hollis (Brunel Talent)":m
 ailto:greg.hollis@bruneltalent.co.uk
DESCRIPTION:Hi Joseph - thanks for making time. 30 mins to talk through yo
 ur Level A test experience and the FCC v2.3 regression campaign we need h
 elp with. Rebecca\n
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010016",
        "trap": "user-as-interviewer-chairs-panel-day",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010016", r"""
ORGANIZER;CN="Lambert, Joanne (HRBP)":mailto:joanne.lambert@severnaero.co.u
 k
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Hughes,
  Martin":mailto:martin.hughes@severnaero.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAT-B1-1.04 Br
 abazon (10)":mailto:pat-b1-brabazon@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:Rebecca (chair)\, Martin\, Jo (HR)\n\n09:30 Ca
 ndidate A - R. Fenwick\n11:00 Candidate B - S. Lindqvist\n13:30 Candidat
 e C - O. Mensah\n15:00 Panel discussion\n\nEach: 15 min presentation\, 6
 0 min competency/technical. Packs on the R-10311 SharePoint.\n
SUMMARY;LANGUAGE=en-GB:R-10311 Engineering Manager (Avionics) - interviews
  day 2 - CHAIR
DTSTART;TZID=GMT Standard Time:20250603T091500
DTEND;TZID=GMT Standard Time:20250603T160000
DTSTAMP:20250519T120500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PAT-B1-1.04 Brabazon (10)
"""),
    },
    {
        **_N, "kind": "desk-note", "uid": "AAMkAGYzNDdkMDQ3LTU0ZmYtNGI3ZC05MjYzLTJiZjI3ODA0NjkxMABGAAAAAAB8",
        "trap": "user-as-interviewer-reference-check-on-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkAGYzNDdkMDQ3LTU0ZmYtNGI3ZC05MjYzLTJiZjI3ODA0NjkxMABGAAAAAAB8
DTSTAMP:20250609T081000Z
DTSTART;TZID=GMT Standard Time:20250610T123000
DTEND;TZID=GMT Standard Time:20250610T130000
SUMMARY:Ref check - Owen Mensah's prev manager (call 07700 900 562)
DESCRIPTION:HR ref is only dates - this is the informal tech one Owen agre
 ed to. ask: leadership under pressure\, the CDR slip\, would rehire?
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "allday-fair", "uid": "AAMkAGE2YjU0ODE1LTc4YjktNDc0OS1hMjcxLWJkNjEwMmZlOTAwNQBGAAAAAAA1",
        "trap": "user-as-interviewer-careers-fair-recruiting-stand",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:AAMkAGE2YjU0ODE1LTc4YjktNDc0OS1hMjcxLWJkNjEwMmZlOTAwNQBGAAAAAAA1
DTSTAMP:20250320T101000Z
DTSTART;VALUE=DATE:20250424
DTEND;VALUE=DATE:20250425
SUMMARY:Bath Uni Engineering Careers Fair - on the Severn Aero stand
DESCRIPTION:with Kwame + 2 grads. taking CVs for placements and grad sche
 me\, do quick 5-min chats\, note anyone good for the AC. pop-up banner in
  boot.
LOCATION:University of Bath\, Founders Hall
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "workday-reminder", "uid": "WD-TASK-feedback-JR4502-rhowell@severnaero.myworkday.com",
        "trap": "user-as-interviewer-feedback-deadline",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-feedback-JR4502-rhowell@severnaero.myworkday.com
DTSTAMP:20250508T143000Z
DTSTART:20250509T150000Z
DTEND:20250509T151500Z
SUMMARY:Reminder: Submit Interview Feedback - Graduate Avionics Engineer (
 JR-4502) - Chloe Winter
DESCRIPTION:Your feedback for Chloe Winter (Technical interview\, 8 May) i
 s overdue. Hiring Manager: Rebecca Howell. Open Workday > Inbox to subm
 it.
ORGANIZER;CN=Severn Aerostructures Workday:mailto:severnaero@myworkday.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-teams", "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010019",
        "trap": "user-as-interviewer-teams-panel-looks-like-own",
        "ics": _ol("040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DB010019", r"""
ORGANIZER;CN="Patel, Nisha";SENT-BY="mailto:recruitment@severnaero.co.uk":ma
 ilto:nisha.patel@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laura.ke
 mp@protonmail.com:mailto:laura.kemp@protonmail.com
DESCRIPTION;LANGUAGE=en-GB:Interview - Principal Safety Engineer (R-10305)
 \n\nPanel: Rebecca Howell\, Martin Hughes (joining from Toulouse)\nCandid
 ate: Dr Laura Kemp\n\n________________________________________________\nM
 icrosoft Teams meeting\nJoin on your computer\, mobile app or room devic
 e\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-jo
 in/19%3ameeting_NWY2ZmVk@thread.v2/0>\nMeeting ID: 377 204 115 930\nPass
 code: 9vTcQ2\n________________________________________________\n
SUMMARY;LANGUAGE=en-GB:Interview - Principal Safety Engineer - Dr L Kemp
DTSTART;TZID=GMT Standard Time:20250617T100000
DTEND;TZID=GMT Standard Time:20250617T113000
DTSTAMP:20250610T090000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting
"""),
    },
]
