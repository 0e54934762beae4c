"""holdout208 events, part D: agencies, state/county, universities, nonprofits and ed-tech (written blind)."""

from holdout208ev_common import NYC, PHX, WIN_USMST, iv

EVENTS = [
    iv(
        "agency-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250221T121500
DTEND;TZID=America/Phoenix:20250221T124500
DTSTAMP:20250218T225911Z
ORGANIZER;CN=Brittany Kowal:mailto:bkowal@edprostaffing.com
UID:5g8h1j4k7l0z3x6c9v2b5n8m1q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Brittany Kowal;X-NUM-GUESTS=0:mailto:bkowal@edprostaffing.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Hi Marisol\, thanks for sending your resume over! As mentioned
 \, our client Murphy Elementary School District is looking for an Instruc
 tional Coach (STEM) for 2025-26 and I'd love to learn more about your co
 aching experience before I submit you. I'll call your cell.\n\nBrittany K
 owal | Senior Education Recruiter\nEdPro Staffing - Phoenix\n(480) 555-011
 8
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marisol Vega / EdPro - quick call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5g8h1j4k7l0z3x6c9v2b5n8m1q@google.com",
        "Murphy Elementary School District",
        "Instructional Coach (STEM)",
        "recruiter_screen",
        "bkowal@edprostaffing.com",
        "agency-screen-client-named-in-body",
    ),
    iv(
        "teams-panel",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Stallworth, Janelle":mailto:janelle.stallworth@azed.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Kurtz, Daniel":mailto:daniel.kurtz@azed.gov
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Begaye, Loretta":mailto:loretta.begaye@azed.gov
DESCRIPTION;LANGUAGE=en-US:Arizona Department of Education - Academic Stand
 ards\nPosition: Education Program Specialist - Science (Req #618204)\n\nPan
 el: Janelle Stallworth (Director\, Science & STEM)\, Daniel Kurtz (Assess
 ment)\, Loretta Begaye (Indian Education)\n\nYou will have 5 minutes at t
 he end for questions.\n______________________________________________________
 __________________________\nMicrosoft Teams meeting\nJoin: https://teams.mi
 crosoft.com/l/meetup-join/19%3ameeting_YzQ1MTJmZTgtZjY1\nMeeting ID: 276 0
 41 993 118  Passcode: bF6xZ9\n\nDial in by phone\n+1 602-555-0162\,\,81420
 7735# United States\, Phoenix\n______________________________________________
 __________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E590DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00
SUMMARY;LANGUAGE=en-US:ADE Interview - Education Program Specialist (Science)
DTSTART;TZID=US Mountain Standard Time:20250321T090000
DTEND;TZID=US Mountain Standard Time:20250321T094500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250314T200904Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A9B8C7D6E590DB01000000000000000010000000C0FFEE00C0FFEE00C0FFEE00C0FFEE00",
        "Arizona Department of Education",
        "Education Program Specialist - Science",
        "onsite",
        "janelle.stallworth@azed.gov;daniel.kurtz@azed.gov;loretta.begaye@azed.gov",
        "state-agency-teams-panel",
    ),
    iv(
        "neogov-oral-board",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEOGOV//Insight Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:NEOGOV-INSIGHT-MARICOPA-7720145-20250328
DTSTAMP:20250320T180444Z
DTSTART:20250328T210000Z
DTEND:20250328T214500Z
SUMMARY:Oral Board - STEM Instructional Coach (MCESA)
DESCRIPTION:Interview Type: Oral Board\nJob Title: STEM Instructional Coach
 \nDepartment: Maricopa County Education Service Agency\nLocation: 4041 N Ce
 ntral Ave\, Suite 1200\, Phoenix\n\nPlease bring photo ID. Parking validat
 ion available at the front desk.
LOCATION:4041 N Central Ave\, Suite 1200\, Phoenix\, AZ
ORGANIZER;CN=Maricopa County HR:mailto:noreply@governmentjobs.com
ATTENDEE;CN=Marisol Vega;RSVP=FALSE:mailto:marisol.vega.teach@yahoo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "NEOGOV-INSIGHT-MARICOPA-7720145-20250328",
        "Maricopa County Education Service Agency",
        "STEM Instructional Coach",
        "onsite",
        "",
        "neogov-oral-board-public-sector-term",
    ),
    iv(
        "workable-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:workable-event-4c1b3f7e9a@workablemail.com
DTSTAMP:20250305T181212Z
DTSTART:20250311T170000Z
DTEND:20250311T180000Z
SUMMARY:Interview with Arizona Science Center for Education Programs Manager
DESCRIPTION:Hi Marisol\,\n\nYour interview for the Education Programs Manag
 er position has been scheduled.\n\nInterviewers: Rebecca Thornbury\, Vice
  President of Education\; Luis Arvizu\, Camps & Field Trips Lead\n\nLocat
 ion: Arizona Science Center\, 600 E Washington St\, Phoenix (staff entranc
 e on 7th St)\n\nBest regards\,\nArizona Science Center Hiring Team
LOCATION:Arizona Science Center\, 600 E Washington St\, Phoenix\, AZ 85004
ORGANIZER;CN=Arizona Science Center:mailto:noreply@candidates.workablemail.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Rebecca Thornbury;ROLE=REQ-PARTICIPANT:mailto:rthornbury@azscience.org
ATTENDEE;CN=Luis Arvizu;ROLE=REQ-PARTICIPANT:mailto:larvizu@azscience.org
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "workable-event-4c1b3f7e9a@workablemail.com",
        "Arizona Science Center",
        "Education Programs Manager",
        "hiring_manager",
        "rthornbury@azscience.org;larvizu@azscience.org",
        "workable-museum-education-role",
    ),
    iv(
        "workday-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INTERVIEW-ASU-2f6a01c9d8b74e53a1@myworkday.com
DTSTAMP:20250310T160507Z
DTSTART:20250317T190000Z
DTEND:20250317T200000Z
SUMMARY:Interview: Site Lead\, iTeachAZ (Mary Lou Fulton College) - Marisol Vega
DESCRIPTION:Candidate: Marisol Vega\nJob Requisition: 98812 Site Lead\, iTea
 chAZ\nInterview Team:\n  Dr. Carolyn Haskett - Director\, Partnerships\n  Ja
 vier Onofre - Site Lead\, Mesa/Gilbert\n\nZoom: https://asu.zoom.us/j/8841
 9902271\n\nPlease direct questions to the recruiting coordinator.
LOCATION:https://asu.zoom.us/j/88419902271
ORGANIZER;CN=ASU Talent Acquisition:mailto:asu@myworkday.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Carolyn Haskett;ROLE=REQ-PARTICIPANT:mailto:chaskett@asu.edu
ATTENDEE;CN=Javier Onofre;ROLE=REQ-PARTICIPANT:mailto:jonofre@asu.edu
ATTENDEE;CN=Wendy Tso;ROLE=NON-PARTICIPANT:mailto:wtso@asu.edu
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "WD-INTERVIEW-ASU-2f6a01c9d8b74e53a1@myworkday.com",
        "Arizona State University",
        "Site Lead, iTeachAZ",
        "onsite",
        "chaskett@asu.edu;jonofre@asu.edu",
        "workday-university-interview-team",
    ),
    iv(
        "icims-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
UID:icims-gce-interview-1187730@icims.com
DTSTAMP:20250225T163820Z
DTSTART;TZID=America/Phoenix:20250303T153000
DTEND;TZID=America/Phoenix:20250303T160000
SUMMARY:Grand Canyon Education: Phone Screen - K-12 STEM Outreach Manager
DESCRIPTION:Thank you for your interest in Grand Canyon Education! You have
  been scheduled for a phone screen with Talent Acquisition Partner Derek S
 imms for Req 2025-6621 K-12 STEM Outreach Manager.\n\nDerek will call you
  at the number provided.
LOCATION:Phone
ORGANIZER;CN=GCE Careers:mailto:careers-noreply@gce.icims.com
ATTENDEE;CN=Marisol Vega;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Derek Simms:mailto:derek.simms@gce.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "icims-gce-interview-1187730@icims.com",
        "Grand Canyon Education",
        "K-12 STEM Outreach Manager",
        "recruiter_screen",
        "derek.simms@gce.com",
        "icims-phone-screen",
    ),
    iv(
        "smartrecruiters-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
UID:sr-interview-7e0d3a5c-11b2-4f98-8c6d-aa91e0f3b2c4
DTSTAMP:20250318T214117Z
DTSTART;TZID=America/Phoenix:20250324T163000
DTEND;TZID=America/Phoenix:20250324T171500
SUMMARY:Teach For America Phoenix | Interview | Manager\, Teacher Leadership Development
DESCRIPTION:Hi Marisol\,\n\nYou're confirmed to meet with Simone Achebe (Man
 aging Director\, Teacher Leadership Development - Phoenix).\n\nVideo link:
  https://teachforamerica.zoom.us/j/93081155760\n\nIf you need to reschedu
 le\, use the link in your confirmation email.\n\nTFA Recruitment & Talent
ORGANIZER;CN=Teach For America:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Simone Achebe;ROLE=REQ-PARTICIPANT:mailto:simone.achebe@teachforamerica.org
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "sr-interview-7e0d3a5c-11b2-4f98-8c6d-aa91e0f3b2c4",
        "Teach For America",
        "Manager, Teacher Leadership Development",
        "hiring_manager",
        "simone.achebe@teachforamerica.org",
        "smartrecruiters-nonprofit-managing-director",
    ),
    iv(
        "headhunter-call",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + NYC + r"""BEGIN:VEVENT
ORGANIZER;CN="Hollis, Grant":mailto:ghollis@carneysandoe.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Marisol\,\n\nThank you for your interest in the Hea
 d of Middle School Science position at Phoenix Country Day School. As the
  search consultant for this search\, I'd like to spend 30 minutes learnin
 g about your work and walking you through the school's timeline before I
  present candidates to the head of school.\n\nI will call you at 602-555-
 0147.\n\nGrant Hollis\nSenior Associate\, Leadership Search\nCarney\, Sando
 e & Associates\n
UID:040000008200E00074C5B7101A82E0080000000077C8D9E0F191DB01000000000000000010000000BADC0FFEE0DDF00DBADC0FFEE0DDF00D
SUMMARY;LANGUAGE=en-US:Marisol Vega - Carney Sandoe conversation
DTSTART;TZID=America/New_York:20250313T170000
DTEND;TZID=America/New_York:20250313T173000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T142201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000077C8D9E0F191DB01000000000000000010000000BADC0FFEE0DDF00DBADC0FFEE0DDF00D",
        "Phoenix Country Day School",
        "Head of Middle School Science",
        "recruiter_screen",
        "ghollis@carneysandoe.com",
        "headhunter-employer-only-in-body-eastern-zone",
    ),
    iv(
        "founder-chat",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250322T093000
DTEND;TZID=America/Phoenix:20250322T103000
DTSTAMP:20250316T233045Z
ORGANIZER;CN=Jenna Oyelowo-Barr:mailto:jenna.saguaroroots@gmail.com
UID:8p1o4i7u0y3t6r9e2w5q8a1s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jenna Oyelowo-Barr;X-NUM-GUESTS=0:mailto:jenna.saguaroroots@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:So glad you reached out! Let's meet at the school so you can se
 e our space - we're in the old church annex behind Lux. I'll tell you abo
 ut the Director of Learning role\, what we're building for next fall and
  I'd love to hear how you'd design the science/maker strand. Sat is quiet
 \, no kids. - Jenna (founder\, Saguaro Roots Microschool)
LOCATION:Saguaro Roots Microschool\, 4400 N Central Ave\, Phoenix
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marisol + Jenna @ Saguaro Roots
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8p1o4i7u0y3t6r9e2w5q8a1s4d@google.com",
        "Saguaro Roots Microschool",
        "Director of Learning",
        "hiring_manager",
        "jenna.saguaroroots@gmail.com",
        "founder-free-mail-saturday-meet",
    ),
]
