# ruff: noqa: E501, W291 -- raw iCalendar text, long lines and folded lines as the tools write them
"""holdout192 events, part G: more of Ngozi on the HIRING side at Meridian Trust Bank."""

EVENTS = [
    dict(
        kind="practical-test",
        uid="5e1d7f3a-9b20-4c84-a6e2-d0f3b8c1a947@meridiantrustbank.ng",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-supervises-field-engineer-practical",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:Africa/Lagos@@
BEGIN:VEVENT
UID:5e1d7f3a-9b20-4c84-a6e2-d0f3b8c1a947@meridiantrustbank.ng
DTSTAMP:20251112T090000Z
DTSTART;TZID=Africa/Lagos:20251118T080000
DTEND;TZID=Africa/Lagos:20251118T140000
SUMMARY:Field Engineers – practical (cabling\, fibre splicing\, rack & stack) – Ikeja DC
LOCATION:Ikeja Data Centre – staging room
DESCRIPTION:5 applicants from the Field Support Engineer ad. I supervise\,
  Sadiq marks. PPE provided. Security to issue visitor tags at the gate – 
 list sent to Admin.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-centre-assessor",
        uid="GTP2025-AC-DAY1-assessors@meridiantrustbank.ng",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-graduate-assessment-centre-assessor",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Graduate Trainee Programme":mailto:gtp@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Dear Assessor\,\n\nThank you for volunteering f
 or the GTP 2025 Assessment Centre (IT stream). You are assigned to Group 
 C: group exercise (observer)\, case presentation and competency interviews
 . Assessor briefing at 7:30am. Breakfast and lunch provided.\n\nGTP Team\, 
 HCM
UID:GTP2025-AC-DAY1-assessors@meridiantrustbank.ng
SUMMARY;LANGUAGE=en-US:GTP 2025 Assessment Centre – Day 1 (Assessors)
DTSTART;VALUE=DATE:20251120
DTEND;VALUE=DATE:20251121
CLASS:PUBLIC
DTSTAMP:20251103T141000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Learning Centre\, Ikoyi
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kit-review",
        uid="040000008200E00074C5B7101A82E0080000000099AA88BB77CCDC0100000000000000001000000066DD55EE44FF330022114433556677AA",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-question-bank-review-with-hcm",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Oyelowo, Funmilayo (HCM - Talent Acquisition)":mailto:funmilayo.oyelowo@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:To review the question bank\, the technical tes
 t and the scoring rubric for the Cloud Engineer role before we open the 
 requisition. 30 mins.\n\nJoin Teams: https://teams.microsoft.com/l/meetup
 -join/19%3ameeting_Y2xvdWRraXQ\n
UID:040000008200E00074C5B7101A82E0080000000099AA88BB77CCDC010000000000000000
 1000000066DD55EE44FF330022114433556677AA
SUMMARY;LANGUAGE=en-US:Cloud Engineer – interview pack review
DTSTART;TZID=W. Central Africa Standard Time:20251104T113000
DTEND;TZID=W. Central Africa Standard Time:20251104T120000
DTSTAMP:20251031T160512Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-staff",
        uid="bk-AAMkAGM0NjE3ZDQ4LTYzZGEtNGI1Ny1hYTk4LWM0MmE2ZjgwYzExYQBGAAAAAAB",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-bookings-staff-member-technical-slot",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN=MTB IT Careers:mailto:MTBITCareers@meridiantrustbank.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Technical interview (Cl
 oud Engineer)\nStaff: Ngozi Adeyemi\nCustomer: Tolulope Adebayo\nCustomer
  email: tolu.adebayo.cloud@gmail.com\nCustomer phone: 0813 555 9027\n\nJo
 in Teams meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y
 m9va2luZ3M\n
UID:bk-AAMkAGM0NjE3ZDQ4LTYzZGEtNGI1Ny1hYTk4LWM0MmE2ZjgwYzExYQBGAAAAAAB
SUMMARY;LANGUAGE=en-US:Technical interview (Cloud Engineer) – Tolulope Adebayo
DTSTART;TZID=W. Central Africa Standard Time:20251125T140000
DTEND;TZID=W. Central Africa Standard Time:20251125T150000
DTSTAMP:20251121T085530Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="internal-panel",
        uid="040000008200E00074C5B7101A82E008000000005A5B5C5D5E5FDC0100000000000000001000000060616263646566676869707172737475",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-internal-promotion-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Okonkwo, Adaeze (HCM Business Partner - T&O)":mailto:adaeze.okonkwo@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lawal, Rasheed (IT Service Management)":mailto:rasheed.lawal@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Internal job posting IJP/T&O/031 – Service Des
 k Supervisor. 3 internal applicants. Panel: Head IT Infrastructure (chair)
 \, Head ITSM\, HCM BP. Competency-based questions attached\; please do not
  share outside the panel.
UID:040000008200E00074C5B7101A82E008000000005A5B5C5D5E5FDC010000000000000000
 1000000060616263646566676869707172737475
SUMMARY;LANGUAGE=en-US:IJP Interviews – Service Desk Supervisor
DTSTART;TZID=W. Central Africa Standard Time:20251203T100000
DTEND;TZID=W. Central Africa Standard Time:20251203T123000
DTSTAMP:20251126T104419Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:HQ-VI 7th Floor Conference Room A
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-interview-panelist",
        uid="040000008200E00074C5B7101A82E00800000000B0C0D0E0F0A1DC01000000000000000010000000A2B2C2D2E2F203132333435363738390",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-sits-on-final-interview-panel",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Balogun, Kunle (ED Technology & Operations)";SENT-BY="mailto:ed.technology.office@meridiantrustbank.ng":mailto:kunle.balogun@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ogundele, Tayo (CISO)":mailto:tayo.ogundele@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Danjuma, Halima (Head HCM)":mailto:halima.danjuma@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Final interview – Head\, Network Security. Cand
 idate: Mr. Ibrahim Sule (external). ED T&O to chair\; CISO and Head IT In
 frastructure as panel members. Candidate pack from HCM attached.
UID:040000008200E00074C5B7101A82E00800000000B0C0D0E0F0A1DC0100000000000000001
 0000000A2B2C2D2E2F203132333435363738390
SUMMARY;LANGUAGE=en-US:Final Interview – Head\, Network Security
DTSTART;TZID=W. Central Africa Standard Time:20251211T160000
DTEND;TZID=W. Central Africa Standard Time:20251211T170000
DTSTAMP:20251205T110233Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ED T&O Office\, 11th Floor
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-check",
        uid="2B9E1F0C-7A64-4D38-8E51-C3A0F6D9B472",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-calls-candidates-referee",
        lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:2B9E1F0C-7A64-4D38-8E51-C3A0F6D9B472
DTSTAMP:20251107T130011Z
DTSTART:20251107T160000
DTEND:20251107T161500
SUMMARY:Ref chk – Ifeoma N. (call her old boss at Zenith\, Mr Etim)
DESCRIPTION:0803 555 7781. ask: reliability\, on-call\, why she left. then
  tell HCM to proceed w offer
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trial-shift",
        uid="noc-trial-20251113-adebola@meridiantrustbank.ng",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-candidate-noc-trial-night-shift",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
UID:noc-trial-20251113-adebola@meridiantrustbank.ng
DTSTAMP:20251111T170000Z
DTSTART;TZID="W. Central Africa Standard Time":20251113T200000
DTEND;TZID="W. Central Africa Standard Time":20251114T020000
SUMMARY:NOC trial shift – Adebola K. (pre-offer) – Femi on duty
DESCRIPTION:Candidate does half a night shift with Femi before we decide. 
 Femi to score on the usual sheet (alert triage\, escalation\, shift log
 ). I check in by phone at 10pm. Visitor access only – no prod credentials.
LOCATION:NOC\, Ikeja DC
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="siwes-interviews",
        uid="w3k8fj2m6n0p4q1r9s7t5u3v1x@google.com",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-siwes-student-selection",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:n.adeyemi@meridiantrustbank.ng
X-WR-TIMEZONE:Africa/Lagos
BEGIN:VEVENT
DTSTART:20260113T090000Z
DTEND:20260113T120000Z
DTSTAMP:20251215T090000Z
UID:w3k8fj2m6n0p4q1r9s7t5u3v1x@google.com
DESCRIPTION:SIWES 2026 – 10 students (UNILAG\, YABATECH\, LASU). 15 min ea
 ch. pick 3 for infra\, 2 for NOC. Ask HCM for the letters from their scho
 ols.
LOCATION:7th floor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SIWES students – selection chats
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="offer-sign-off",
        uid="040000008200E00074C5B7101A82E00800000000CAFEBABE0001DC01000000000000000010000000DEADBEEF00112233445566778899AABB",
        interview=0, company="", role="", stage="", interviewers="",
        hiring=True,
        trap="user-as-interviewer-offer-sign-off-for-her-hire",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ:W. Central Africa Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Oyelowo, Funmilayo (HCM - Talent Acquisition)":mailto:funmilayo.oyelowo@meridiantrustbank.ng
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Adeyemi, Ngozi (IT Infrastructure)":mailto:n.adeyemi@meridiantrustbank.ng
DESCRIPTION;LANGUAGE=en-US:Offer recommendation for Snr Network Engineer (
 Req 4471): preferred candidate Chinedu Okafor\, reserve Aisha Bello. Need
  your sign-off on the grade (AM) and start date before it goes to ED T&O.
UID:040000008200E00074C5B7101A82E00800000000CAFEBABE0001DC010000000000000000
 10000000DEADBEEF00112233445566778899AABB
SUMMARY;LANGUAGE=en-US:Offer sign-off – Snr Network Engineer
DTSTART;TZID=W. Central Africa Standard Time:20251020T120000
DTEND;TZID=W. Central Africa Standard Time:20251020T121500
DTSTAMP:20251017T150001Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Call
END:VEVENT
END:VCALENDAR
""",
    ),
]
