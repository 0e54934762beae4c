# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part d: negatives with Owen on the hiring or assessing side."""

from holdout272ev_zones import PACIFIC_WIN, THUNDERBIRD_VANCOUVER, VANCOUVER, VANCOUVER_APPLE


def _neg(kind, uid, trap, ics):
    return dict(
        kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
        hiring=trap.startswith("user-as-interviewer-"), ics=ics,
    )


EVENTS = [
    _neg(
        "outlook-panel-member",
        "040000008200E00074C5B7101A82E0080000000076B8C0D2E4F6DC01000000000000000010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF",
        "user-as-interviewer-panel-member-internal-invite",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Meg
 an":mailto:maubichon@nechakotimber.example.ca
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="P
 G Office - Fraser Room":mailto:pg-fraserroom@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Owen\, Megan -\n\nPanel for the Forestry Technol
 ogist (Planning) posting. Candidate: Aman Singh (currently with a layout c
 ontractor in Quesnel\, 4 years). Resume and question guide are in the Hir
 ing Teams folder. Owen please lead the technical questions (GPS traverse\,
  riparian classification\, road layout)\, Megan the behavioural ones. Ple
 ase score independently before the debrief.\n\nShauna
UID:040000008200E00074C5B7101A82E0080000000076B8C0D2E4F6DC0100000000000000
 0010000000B0B1B2B3B4B5B6B7B8B9BABBBCBDBEBF
SUMMARY;LANGUAGE=en-US:Interview - Forestry Technologist (Planning) - Aman 
 Singh
DTSTART;TZID=Pacific Standard Time:20260226T100000
DTEND;TZID=Pacific Standard Time:20260226T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260219T191422Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Fraser Room
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "workday-interviewer-notification",
        "WD-SCHED-c91e4d2a-7f08-4b35-a6e1-0000002291@myworkday.com",
        "user-as-interviewer-workday-interviewer-kit",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-SCHED-c91e4d2a-7f08-4b35-a6e1-0000002291@myworkday.com
DTSTAMP:20260220T173011Z
DTSTART:20260303T183000Z
DTEND:20260303T190000Z
SUMMARY:Interview: Summer Student - Silviculture (R-2291) - Jordan Pike
ORGANIZER;CN="Nechako Timber Recruiting":mailto:nechakotimber@myworkday.exa
 mple.com
ATTENDEE;CN="Owen Whitecloud";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owhitec
 loud@nechakotimber.example.ca
ATTENDEE;CN="Jordan Pike";ROLE=REQ-PARTICIPANT:mailto:jordan.pike04@gmail.c
 om
LOCATION:Microsoft Teams
DESCRIPTION:You have been scheduled as an interviewer.\n\nCandidate: Jordan 
 Pike\nJob Requisition: R-2291 Summer Student - Silviculture (Prince George
 )\nInterview Type: Video\nInterviewer(s): Owen Whitecloud\n\nYour interview
  kit (resume\, questions and scoring guide) is available in Workday > My
  Interviews. Please submit your feedback within 24 hours of the interview
 .
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "calendly-host-notification",
        "b3d5f7a9-c1e3-4f5a-8b7d-9e1f3a5c7e02",
        "user-as-interviewer-calendly-host-crew-supervisor",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:b3d5f7a9-c1e3-4f5a-8b7d-9e1f3a5c7e02
DTSTAMP:20260309T030512Z
DTSTART:20260312T210000Z
DTEND:20260312T213000Z
SUMMARY:Kayla Dubois and Owen Whitecloud
ORGANIZER;CN=Owen Whitecloud:mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;CN=Kayla Dubois;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:kay
 la.dubois.trees@gmail.com
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:o
 whitecloud@nechakotimber.example.ca
LOCATION:Phone call - Owen will call Kayla at 778-555-0175
DESCRIPTION:A new event has been scheduled.\n\nEvent Type: 30 Minute Crew S
 upervisor Interview (Nechako in-house planting program)\nInvitee: Kayla D
 ubois\nInvitee Email: kayla.dubois.trees@gmail.com\nInvitee Phone: 778-55
 5-0175\n\nQuestions:\nHow many seasons have you planted / run crews?: 7 pl
 anting\, 2 as crew boss\n\nView event in Calendly: https://calendly.com/ev
 ents/b3d5f7a9-c1e3-4f5a-8b7d-9e1f3a5c7e02\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "candidate-accepted-reply",
        "040000008200E00074C5B7101A82E0080000000087C9D1E3F5A7DC01000000000000000010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF",
        "user-as-interviewer-candidate-accepted-reply",
        r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20260317T170000Z
DTEND:20260317T174500Z
DTSTAMP:20260311T012255Z
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
UID:040000008200E00074C5B7101A82E0080000000087C9D1E3F5A7DC0100000000000000
 0010000000C0C1C2C3C4C5C6C7C8C9CACBCCCDCECF
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcus 
 Olafsen;X-NUM-GUESTS=0:mailto:marcus.olafsen@gmail.com
COMMENT:Thanks Owen\, see you Tuesday. I'll bring my survey certificates.
CREATED:20260310T225511Z
LAST-MODIFIED:20260311T012255Z
LOCATION:PG Office - Nechako Timber\, 2201 River Rd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Accepted: Interview - Silviculture Surveyor (contract) - Marcus Ola
 fsen
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-debrief",
        "040000008200E00074C5B7101A82E0080000000098D0E2F4A6B8DC01000000000000000010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF",
        "user-as-interviewer-candidate-debrief",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Mega
 n":mailto:maubichon@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Petrie, Shaun
 a":mailto:spetrie@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Compare scores for the three Forestry Technologi
 st (Planning) candidates (A. Singh\, R. Thiessen\, C. Morningstar) and ag
 ree who goes to reference checks. Bring your scoring sheets.
UID:040000008200E00074C5B7101A82E0080000000098D0E2F4A6B8DC0100000000000000
 0010000000D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
SUMMARY;LANGUAGE=en-US:Debrief - Forestry Tech interviews
DTSTART;TZID=Pacific Standard Time:20260302T153000
DTEND;TZID=Pacific Standard Time:20260302T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260226T230145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Owen's office / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "workday-feedback-reminder",
        "WD-TASK-feedback-R2291-jpike-owhitecloud@myworkday.com",
        "user-as-interviewer-feedback-due-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Tasks//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:WD-TASK-feedback-R2291-jpike-owhitecloud@myworkday.com
DTSTAMP:20260303T193000Z
DTSTART:20260304T160000Z
DTEND:20260304T161500Z
SUMMARY:Reminder: Interview feedback due - Jordan Pike (R-2291 Summer Stude
 nt - Silviculture)
DESCRIPTION:Owen\, you interviewed Jordan Pike on March 3. Please complete 
 the interview feedback (rating 1-5 and comments) in your Workday inbox so
  the hiring manager can move the candidate forward.
TRANSP:TRANSPARENT
STATUS:CONFIRMED
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT0M
DESCRIPTION:Interview feedback due
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "agency-presents-candidate",
        "ts-evt-20260310-nechako-0114@timberlinesearch.example.com",
        "user-as-interviewer-agency-presents-candidate",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Timberline Search Partners//Bullhorn Calendar Sync 2.3//EN
VERSION:2.0
BEGIN:VEVENT
UID:ts-evt-20260310-nechako-0114@timberlinesearch.example.com
DTSTAMP:20260305T190022Z
DTSTART:20260310T190000Z
DTEND:20260310T193000Z
SUMMARY:Candidate presentation - Planning Forester (RPF) search for Nechako 
 Timber
ORGANIZER;CN=Hayley Brandt:mailto:hayley@timberlinesearch.example.com
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owhiteclo
 ud@nechakotimber.example.ca
ATTENDEE;CN=Grant Lindqvist;ROLE=REQ-PARTICIPANT:mailto:glindqvist@nechakot
 imber.example.ca
LOCATION:Teams (link to follow)
DESCRIPTION:Owen\, Grant -\n\nI'd like to walk you through the two candidat
 es I'm presenting for your Planning Forester (RPF) vacancy: M. Sørensen (R
 PF\, 6 yrs\, Mackenzie) and D. Kaur (RFT\, articling\, 3 yrs). Profiles at
 tached. If you like either we can set up first interviews next week.\n\nH
 ayley Brandt\, Timberline Search Partners
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "field-skills-assessment",
        "040000008200E00074C5B7101A82E00800000000A9E1F3A5B7C9DC01000000000000000010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF",
        "user-as-interviewer-summer-student-field-skills-test",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Korolenko, Da
 n":mailto:dkorolenko@nechakotimber.example.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="PG Crew
  Truck 07":mailto:pg-truck07@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Field skills station for the 6 shortlisted summe
 r students: compass + pacing course\, prism plot\, tree heights with clin
 ometer\, and a quick plant-quality check. Dan and I score each candidate 
 on the rubric. Meet at the Tabor Lake demo forest gate. Students get the
 re on their own.
UID:040000008200E00074C5B7101A82E00800000000A9E1F3A5B7C9DC0100000000000000
 0010000000E0E1E2E3E4E5E6E7E8E9EAEBECEDEEEF
SUMMARY;LANGUAGE=en-US:Summer student field assessment (candidates)
DTSTART;TZID=Pacific Standard Time:20260321T090000
DTEND;TZID=Pacific Standard Time:20260321T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260313T181233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tabor Lake demo forest
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "registration-oral-exam-examiner",
        "frb-oral-2026-spring-panel3@forestprofessionals-reg.example.ca",
        "user-as-interviewer-registration-oral-exam-examiner",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Forest Professionals Registration Board//Examiner Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:frb-oral-2026-spring-panel3@forestprofessionals-reg.example.ca
DTSTAMP:20260401T160000Z
DTSTART:20260416T160000Z
DTEND:20260417T000000Z
SUMMARY:Examiner - RPF professional interviews (oral exam)\, Panel 3
ORGANIZER;CN=Registration Board Exam Coordinator:mailto:exams@forestprofes
 sionals-reg.example.ca
ATTENDEE;CN=Owen Whitecloud RPF;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen
 .whitecloud@shaw.ca
ATTENDEE;CN=Sandra Kim RPF;ROLE=REQ-PARTICIPANT:mailto:skim.rpf@telus.net
LOCATION:Prince George Civic Centre\, Meeting Room B
DESCRIPTION:Thank you for volunteering as an examiner. Panel 3 (Owen Whitec
 loud RPF\, Sandra Kim RPF) will conduct professional interviews with 8 e
 nrolled members (forestry trainees) completing the registration process. 
 Each candidate: 40 min interview + 10 min scoring. Candidate files and t
 he scoring matrix will be emailed one week before. Please declare any co
 nflict of interest (e.g. a candidate from your own company).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "bookings-staff-side",
        "bookings-2e7a9c41-0b3d-4f6e-8a1c-5d9e7b3f1a24@nechakotimber.example.ca",
        "user-as-interviewer-bookings-staff-member",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN=Nechako Timber Student Hiring:mailto:StudentHiring@nechakotimb
 er.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Whitecloud, 
 Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Brooke Tal
 lman:mailto:brooke.tallman@ncpoly-student.example.ca
DESCRIPTION;LANGUAGE=en-US:New booking\n\nService: Summer Forestry Assistan
 t - Interview (30 min)\nStaff: Owen Whitecloud\nCustomer: Brooke Tallman\n
 Customer email: brooke.tallman@ncpoly-student.example.ca\nCustomer phone: 
 250-555-0179\nNotes from customer: 2nd year Forest Tech student\, have my 
 S-100 and first aid.\n\nThis appointment was booked through Microsoft Bo
 okings.
UID:bookings-2e7a9c41-0b3d-4f6e-8a1c-5d9e7b3f1a24@nechakotimber.example.ca
SUMMARY;LANGUAGE=en-US:Summer Forestry Assistant - Interview - Brooke Tallma
 n
DTSTART;TZID=Pacific Standard Time:20260305T140000
DTEND;TZID=Pacific Standard Time:20260305T143000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260228T061512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Fraser Room
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "indeed-employer-side",
        "indeed-iv-7b5d3f1e9c2a4068@indeed.example.com",
        "user-as-interviewer-indeed-employer-side",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Indeed//Indeed Interview//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:indeed-iv-7b5d3f1e9c2a4068@indeed.example.com
DTSTAMP:20260318T151500Z
DTSTART:20260324T200000Z
DTEND:20260324T203000Z
SUMMARY:Indeed Interview: Silviculture Assistant with Riley Chartrand
ORGANIZER;CN=Indeed:mailto:invitations@indeed.example.com
ATTENDEE;CN=Owen Whitecloud (Nechako Timber);RSVP=TRUE:mailto:owhitecloud@n
 echakotimber.example.ca
DESCRIPTION:You scheduled a video interview with Riley Chartrand for your j
 ob Silviculture Assistant - Prince George\, BC.\n\nTime: Tuesday\, March 
 24\, 2026 1:00 PM PDT (30 minutes)\n\nJoin as employer: https://interview
 .indeed.example.com/employer/join/3HX8-QPL2\n\nView candidate profile and 
 resume in Indeed Employer.
LOCATION:Indeed Interview (video)
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "apple-reference-check-caller",
        "F1A3C5E7-2B4D-4F6A-8C0E-1D3F5A7B9C31",
        "user-as-interviewer-reference-check-caller",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VANCOUVER_APPLE}
BEGIN:VEVENT
CREATED:20260317T221011Z
DTSTAMP:20260317T221040Z
LAST-MODIFIED:20260317T221040Z
UID:F1A3C5E7-2B4D-4F6A-8C0E-1D3F5A7B9C31
DTSTART;TZID=America/Vancouver:20260318T083000
DTEND;TZID=America/Vancouver:20260318T090000
SUMMARY:Ref check for Kayla D - call Mark Ellis (her old contractor)
DESCRIPTION:crew supervisor hire. 604-555-0139. ask: safety record\, crew 
 retention\, would he rehire
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-offer-call",
        "040000008200E00074C5B7101A82E00800000000BAF2A4B6C8DADC01000000000000000010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF",
        "user-as-interviewer-offer-call-to-candidate",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=kayla.dubois.t
 rees@gmail.com:mailto:kayla.dubois.trees@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Petrie, Shaun
 a":mailto:spetrie@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Kayla - a quick call to go over our offer for th
 e Crew Supervisor role (in-house planting program)\, start date and camp 
 details. Shauna from HR will join for the benefits part.
UID:040000008200E00074C5B7101A82E00800000000BAF2A4B6C8DADC0100000000000000
 0010000000F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF
SUMMARY;LANGUAGE=en-US:Offer call - Kayla Dubois (Crew Supervisor)
DTSTART;TZID=Pacific Standard Time:20260320T110000
DTEND;TZID=Pacific Standard Time:20260320T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260319T164000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "resume-screening-block",
        "040000008200E00074C5B7101A82E00800000000CB03B5C7D9EBDC0100000000000000001000000001020304050607080910111213141516",
        "user-as-interviewer-resume-screening-block",
        r"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:23 applicants for Forestry Technologist (Planni
 ng). Screen against must-haves (RFT or eligible\, GIS\, layout experience
 )\, pick 5 for phone screens\, send list to Shauna.
UID:040000008200E00074C5B7101A82E00800000000CB03B5C7D9EBDC0100000000000000
 001000000001020304050607080910111213141516
SUMMARY;LANGUAGE=en-US:Screen résumés - Forestry Tech posting
DTSTART;TZID=Pacific Standard Time:20260212T130000
DTEND;TZID=Pacific Standard Time:20260212T153000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260210T170500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "shortlisting-committee",
        "040000008200E00074C5B7101A82E00800000000DC14C6D8EAFCDC0100000000000000001000000017181920212223242526272829303132",
        "user-as-interviewer-shortlisting-meeting",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Meg
 an":mailto:maubichon@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Hiring committee: agree the shortlist for Silvic
 ulture Coordinator (posting NT-2026-04) and the interview questions. 14 a
 pplications.
UID:040000008200E00074C5B7101A82E00800000000DC14C6D8EAFCDC0100000000000000
 0010000000171819202122232425262728293031
 32
SUMMARY;LANGUAGE=en-US:Shortlisting - Silviculture Coordinator
DTSTART;TZID=Pacific Standard Time:20260409T140000
DTEND;TZID=Pacific Standard Time:20260409T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260402T171100Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Fraser Room
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "thunderbird-handtyped-phone-screen",
        "c2e4a6b8-d0f2-4a1c-9e3b-5d7f9b1d3f58",
        "user-as-interviewer-handtyped-phone-screen",
        rf"""BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
{THUNDERBIRD_VANCOUVER}
BEGIN:VEVENT
CREATED:20260401T160300Z
LAST-MODIFIED:20260401T160411Z
DTSTAMP:20260401T160411Z
UID:c2e4a6b8-d0f2-4a1c-9e3b-5d7f9b1d3f58
SUMMARY:phone screen Tyler Braun - fire crew lead
DTSTART;TZID=America/Vancouver:20260402T160000
DTEND;TZID=America/Vancouver:20260402T162000
DESCRIPTION:for our licensee initial attack crew. he has S-100/S-185\, 3 s
 easons w/ a unit crew. call him 250-555-0193. ask abt chainsaw ticket
X-MOZ-GENERATION:1
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "coop-speed-interviews-career-fair",
        "5m7n9b1v3c5x7z9l1k3j5h7g9f@google.com",
        "user-as-interviewer-coop-speed-interviews-at-school",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260211T090000
DTEND;TZID=America/Vancouver:20260211T130000
DTSTAMP:20260129T182004Z
ORGANIZER;CN=NCP Co-op & Career Services:mailto:coop@ncpoly.example.ca
UID:5m7n9b1v3c5x7z9l1k3j5h7g9f@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Owen W
 hitecloud;X-NUM-GUESTS=0:mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION:Thank you for registering Nechako Timber for Co-op Speed Interv
 iews at New Caledonia Polytechnic. Employers interview forestry and envir
 onmental technology students in 10-minute slots (max 16 students per tab
 le). Please bring your job descriptions for the summer positions. Your ta
 ble: #7\, Atrium.\n\nInvitation from Google Calendar: https://calendar.go
 ogle.com/calendar/
LOCATION:New Caledonia Polytechnic - Atrium
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Co-op Speed Interviews - employer table (Nechako Timber)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "external-panelist-first-nation",
        "040000008200E00074C5B7101A82E00800000000ED25D7E9FB0DDC0100000000000000001000000033343536373839404142434445464748",
        "user-as-interviewer-external-panelist-first-nation-hiring",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Thomas, Rena":mailto:rthomas@tsakweh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Sam, Harold":
 mailto:hsam@tsakweh.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\,\n\nThanks again for agreeing to sit on
  our panel as the industry representative. We are interviewing three cand
 idates for the Referrals Coordinator position in the Lands Department. Pa
 nel: Rena Thomas (Lands Manager)\, Harold Sam (Councillor) and you. Candi
 date package and questions attached. Please keep candidate names confiden
 tial.\n\nRena
UID:040000008200E00074C5B7101A82E00800000000ED25D7E9FB0DDC0100000000000000
 0010000000333435363738394041424344454647
 48
SUMMARY;LANGUAGE=en-US:Panel interviews - Referrals Coordinator (Tsa'Kweh 
 Lands) - external panel member
DTSTART;TZID=Pacific Standard Time:20260429T090000
DTEND;TZID=Pacific Standard Time:20260429T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260421T150011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tsa'Kweh Nation Administration Building\, Lands bo
 ardroom
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "german-candidate-organizer",
        "6c8e0a2c4e6a8c0e2a4c6e8a0c@google.com",
        "user-as-interviewer-german-vorstellungsgespraech-candidate-books",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20260225T170000
DTEND;TZID=Europe/Berlin:20260225T174500
DTSTAMP:20260218T201233Z
ORGANIZER;CN=Lena Hoffmann:mailto:lena.hoffmann@stud.hs-forst.example.de
UID:6c8e0a2c4e6a8c0e2a4c6e8a0c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Lena H
 offmann;X-NUM-GUESTS=0:mailto:lena.hoffmann@stud.hs-forst.example.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=owhitecloud@nechakotimber.example.ca;X-NUM-GUESTS=0:mailto:owhitec
 loud@nechakotimber.example.ca
DESCRIPTION:Dear Mr Whitecloud\, as agreed I am sending the invite for my in
 terview for the summer internship (Praxissemester) in silviculture at Nec
 hako Timber. 17:00 in Germany should be 8:00 in Prince George. Thank you v
 ery much!\n\nVorstellungsgespräch für mein Praxissemester in Kanada - Hoc
 hschule für Forstwirtschaft\, 6. Semester.\n\nLena Hoffmann\n\nJoin with 
 Google Meet: https://meet.google.com/hvd-qzri-ukm\n\nInvitation from Goog
 le Calendar: https://calendar.google.com/calendar/
LOCATION:https://meet.google.com/hvd-qzri-ukm
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Vorstellungsgespräch Praxissemester Nechako Timber (Lena Hoffmann)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-organizer-crew-lead",
        "040000008200E00074C5B7101A82E00800000000FE36E8FA0C1EDC0100000000000000001000000049505152535455565758596061626364",
        "user-as-interviewer-organizer-interviews-crew-lead",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jordan.alv
 arez.plants@outlook.com:mailto:jordan.alvarez.plants@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Jordan\,\n\nThanks for applying for a crew le
 ad position with our in-house planting program this spring. Let's talk f
 or 30 minutes on Teams. I'll ask about your seasons\, how you handle hig
 h-density quality issues and bear safety.\n\nOwen Whitecloud\, RPF\nNecha
 ko Timber\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_TmVjaGFrbw%40thread.v2/0>\nMeeting ID: 210 448 667 905\nPasscode: Qe5r7T\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000FE36E8FA0C1EDC0100000000000000
 001000000049505152535455565758596061626364
SUMMARY;LANGUAGE=en-US:Interview - Crew Lead (planting) - Jordan Alvarez
DTSTART;TZID=Pacific Standard Time:20260316T151500
DTEND;TZID=Pacific Standard Time:20260316T154500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260311T200019Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "recurring-interview-block-override",
        "040000008200E00074C5B7101A82E008000000000F47F90B1D2FDC0100000000000000001000000065666768697071727374757677787980",
        "user-as-interviewer-recurring-student-interview-block-override",
        rf"""BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Blocked for summer student interviews (R-2291 an
 d R-2292). Candidates booked via Bookings\, 30 min slots. Don't book over 
 this.
RRULE:FREQ=DAILY;COUNT=3
UID:040000008200E00074C5B7101A82E008000000000F47F90B1D2FDC0100000000000000
 001000000065666768697071727374757677787980
SUMMARY;LANGUAGE=en-US:HOLD - summer student interviews
DTSTART;TZID=Pacific Standard Time:20260309T130000
DTEND;TZID=Pacific Standard Time:20260309T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260225T182200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Moved to the morning - afternoon is the referral
  meeting. Student interviews 8:30-12.
RECURRENCE-ID;TZID=Pacific Standard Time:20260310T130000
UID:040000008200E00074C5B7101A82E008000000000F47F90B1D2FDC0100000000000000
 001000000065666768697071727374757677787980
SUMMARY;LANGUAGE=en-US:HOLD - summer student interviews
DTSTART;TZID=Pacific Standard Time:20260310T083000
DTEND;TZID=Pacific Standard Time:20260310T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260305T161000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "spanish-agency-foreign-candidate",
        "atm-entrevista-2026-0457@andestalent.example.cl",
        "user-as-interviewer-spanish-entrevista-foreign-candidate",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Andes Talent Mobility//Agenda//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:atm-entrevista-2026-0457@andestalent.example.cl
DTSTAMP:20260406T140000Z
DTSTART:20260414T180000Z
DTEND:20260414T184500Z
SUMMARY:Entrevista: Camila Rojas (candidata) con Nechako Timber - Silvicult
 ure Forester
ORGANIZER;CN=Francisca Herrera - Andes Talent Mobility:mailto:fherrera@ande
 stalent.example.cl
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owhitecl
 oud@nechakotimber.example.ca
ATTENDEE;CN=Camila Rojas;ROLE=REQ-PARTICIPANT:mailto:camila.rojas.if@gmail
 .com
LOCATION:Zoom https://andestalent.zoom.us/j/86601275540
DESCRIPTION:Estimado Owen:\n\nConfirmamos la entrevista de nuestra candidat
 a Camila Rojas (Ingeniera Forestal\, Universidad de Concepción\, 5 años e
 n viveros y plantaciones) para el puesto de Silviculture Forester en Nech
 ako Timber. La entrevista será en inglés. Adjuntamos su CV y la evaluaci
 ón de inglés (B2).\n\nDear Owen\, we confirm the interview with our candi
 date Camila Rojas for your Silviculture Forester opening. Interview in En
 glish\; CV attached.\n\nSaludos\,\nFrancisca Herrera\nAndes Talent Mobilit
 y
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
