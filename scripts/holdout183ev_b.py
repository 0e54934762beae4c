"""holdout183 events, part B: Retail Week, the Civil Service press jobs, Ofcom, Bank of England."""

from holdout183ev_zones import GMT_STD, LONDON

EVENTS = []

# Retail Week: Greenhouse screen
EVENTS.append(dict(
    kind="greenhouse", iv=1, company="Retail Week", role="Head of Content",
    stage="recruiter_screen", who="maya.holt@ascential.com",
    trap="greenhouse-talent-call-head-of-content",
    ics="""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-7718203004-interview-44819230@greenhouse.io
DTSTAMP:20250205T121833Z
DTSTART:20250210T140000Z
DTEND:20250210T143000Z
SUMMARY:Oliver Kemp - Talent Call (Head of Content\\, Retail Week)
DESCRIPTION:Hi Oliver\\,\\n\\nThis confirms your Talent Call with Maya Holt for
  the Head of Content role at Retail Week.\\n\\nMicrosoft Teams: https://teams
 .microsoft.com/l/meetup-join/19%3ameeting_Yjk3NzE4\\n\\nWe look forward to spe
 aking with you.\\nRetail Week Recruiting
LOCATION:Microsoft Teams
ORGANIZER;CN=Retail Week Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Maya Holt;PARTSTAT=ACCEPTED:mailto:maya.holt@ascential.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Retail Week: hiring manager, Greenhouse with a coordinator organiser
EVENTS.append(dict(
    kind="greenhouse-hm", iv=1, company="Retail Week", role="Head of Content",
    stage="hiring_manager", who="lucy.shaw@ascential.com",
    trap="greenhouse-coordinator-invite-managing-director",
    ics="""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + """BEGIN:VEVENT
UID:greenhouse-7718203004-interview-44903117@greenhouse.io
DTSTAMP:20250213T094006Z
DTSTART;TZID=Europe/London:20250219T103000
DTEND;TZID=Europe/London:20250219T113000
SUMMARY:Interview with Lucy Shaw - Head of Content
DESCRIPTION:Oliver Kemp is scheduled for: Hiring Manager Interview\\nLocation:
  Retail Week\\, 33 Kingsway\\, London WC2B 6UF (4th floor)\\nInterviewer: Luc
 y Shaw (Managing Director)\\n\\nPlease bring examples of content you've commis
 sioned that made money\\, not just traffic.\\n\\nScheduled by Jess Amankwah\\,
  Recruiting Coordinator
LOCATION:33 Kingsway\\, London WC2B 6UF
ORGANIZER;CN=Jess Amankwah:mailto:jess.amankwah@ascential.com
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Lucy Shaw;PARTSTAT=ACCEPTED:mailto:lucy.shaw@ascential.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# HM Treasury: written exercise, Civil Service Jobs
EVENTS.append(dict(
    kind="csj", iv=1, company="HM Treasury", role="Senior Press Officer",
    stage="technical", who="",
    trap="civil-service-written-exercise-before-interview",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:CSJ-387654-WE-2214093@civilservicejobs.service.gov.uk
DTSTAMP:20250214T170204Z
DTSTART:20250224T100000Z
DTEND:20250224T110000Z
SUMMARY:Written exercise - Senior Press Officer (387654) - HM Treasury
DESCRIPTION:Vacancy: 387654 - Senior Press Officer\\, Communications Group\\n
 Department: HM Treasury\\nStage: Written exercise (60 minutes)\\n\\nYou will b
 e asked to draft a press notice and lines to take from a briefing pack. Plea
 se arrive 15 minutes early with photo ID.\\n\\nVenue: 1 Horse Guards Road\\, Lo
 ndon SW1A 2HQ\\n\\nPlease do not reply to this email. To manage your applicat
 ion sign in to Civil Service Jobs.
LOCATION:1 Horse Guards Road\\, London SW1A 2HQ
ORGANIZER;CN=Civil Service Jobs:mailto:noreply@civilservicejobs.service.gov.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# HM Treasury: strengths-based interview, same day
EVENTS.append(dict(
    kind="csj", iv=1, company="HM Treasury", role="Senior Press Officer",
    stage="", who="",
    trap="civil-service-success-profiles-panel-interview",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Recruitment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:CSJ-387654-INT-2214094@civilservicejobs.service.gov.uk
DTSTAMP:20250214T170204Z
DTSTART:20250224T113000Z
DTEND:20250224T122000Z
SUMMARY:Interview - Senior Press Officer (387654) - HM Treasury
DESCRIPTION:Vacancy: 387654 - Senior Press Officer\\, Communications Group\\n
 Department: HM Treasury\\nGrade: SEO\\nStage: Interview\\n\\nThe interview will
  assess the following Success Profiles elements: Behaviours (Communicating an
 d Influencing\\; Making Effective Decisions\\; Delivering at Pace)\\, Strength
 s and Experience. Strength questions will not be shared in advance.\\n\\nPanel
 : Head of News and a Senior Press Officer.\\n\\nVenue: 1 Horse Guards Road\\, L
 ondon SW1A 2HQ\\n\\nReasonable adjustments: contact hmtrecruitment@hmtreasury.
 gov.uk
LOCATION:1 Horse Guards Road\\, London SW1A 2HQ
ORGANIZER;CN=Civil Service Jobs:mailto:noreply@civilservicejobs.service.gov.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Department for Business and Trade: original booking (Teams)
EVENTS.append(dict(
    kind="dbt-booking", iv=1, company="Department for Business and Trade", role="Press Officer",
    stage="", who="",
    trap="civil-service-interview-original-booking",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Recruitment//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CSJ-391120-INT-2230871@civilservicejobs.service.gov.uk
DTSTAMP:20250226T113015Z
DTSTART:20250306T140000Z
DTEND:20250306T144500Z
SUMMARY:Interview: Press Officer - DBT Press Office (391120)
DESCRIPTION:Dear Oliver Kemp\\,\\n\\nCongratulations\\, you have passed the sift
  for 391120 Press Officer (HEO)\\, Department for Business and Trade. Your in
 terview has been booked.\\n\\nFormat: video interview on Microsoft Teams. A li
 nk will be sent 24 hours before.\\nYou will be assessed against Behaviours an
 d Strengths. You will also be asked to give a 5 minute presentation on the
  topic in the attached brief.\\n\\nDBT Resourcing Team
LOCATION:Microsoft Teams (link to follow)
ORGANIZER;CN=DBT Resourcing:mailto:noreply@civilservicejobs.service.gov.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Department for Business and Trade: rescheduled (same UID, SEQUENCE 1)
EVENTS.append(dict(
    kind="dbt-booking", iv=1, company="Department for Business and Trade", role="Press Officer",
    stage="", who="",
    trap="civil-service-interview-rescheduled-sequence-1",
    ics="""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Civil Service Jobs//Recruitment//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:CSJ-391120-INT-2230871@civilservicejobs.service.gov.uk
DTSTAMP:20250303T090212Z
DTSTART:20250311T100000Z
DTEND:20250311T104500Z
SUMMARY:UPDATED: Interview: Press Officer - DBT Press Office (391120)
DESCRIPTION:Dear Oliver Kemp\\,\\n\\nYour interview for 391120 Press Officer (
 HEO) has been moved at the panel's request. New date: Tuesday 11 March 2025\\,
  10:00.\\n\\nJoin on Microsoft Teams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_MzFhYTg2\\nMeeting ID: 377 902 551 63  Passcode: 7kQm2P\\n\\nAp
 ologies for any inconvenience.\\nDBT Resourcing Team
LOCATION:Microsoft Teams
ORGANIZER;CN=DBT Resourcing:mailto:noreply@civilservicejobs.service.gov.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
SEQUENCE:1
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Ofcom: SuccessFactors
EVENTS.append(dict(
    kind="successfactors", iv=1, company="Ofcom", role="Head of Media Relations",
    stage="", who="gareth.pryce@ofcom.org.uk;nadia.rahman@ofcom.org.uk",
    trap="successfactors-regulator-competency-interview",
    ics="""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-ISC-000184402-20250304@successfactors.eu
DTSTAMP:20250225T154410Z
DTSTART:20250304T150000Z
DTEND:20250304T160000Z
SUMMARY:Ofcom - Interview - Head of Media Relations (Req 4471)
DESCRIPTION:Dear Oliver\\,\\n\\nWe are delighted to invite you to interview for
  the position of Head of Media Relations. Your panel will be Gareth Pryce (Dir
 ector of Communications) and Nadia Rahman (HR Business Partner). The intervi
 ew is competency based and will include a short media-handling scenario.\\n\\n
 Location: Riverside House\\, 2a Southwark Bridge Road\\, London SE1 9HA\\n\\nKin
 d regards\\,\\nOfcom Resourcing
LOCATION:Riverside House\\, 2a Southwark Bridge Road\\, London SE1 9HA
ORGANIZER;CN=Ofcom Resourcing:mailto:ofcomrecruitment@ofcom.org.uk
ATTENDEE;CN=Oliver Kemp;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;CN=Gareth Pryce;PARTSTAT=ACCEPTED:mailto:gareth.pryce@ofcom.org.uk
ATTENDEE;CN=Nadia Rahman;PARTSTAT=ACCEPTED:mailto:nadia.rahman@ofcom.org.uk
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""))

# Bank of England: Outlook, panel, resource room
EVENTS.append(dict(
    kind="outlook", iv=1, company="Bank of England", role="Press Office Manager",
    stage="", who="fiona.akers@bankofengland.co.uk;daniel.rees@bankofengland.co.uk",
    trap="outlook-central-bank-press-office-panel",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + """BEGIN:VEVENT
ORGANIZER;CN="Recruitment, Bank of England":mailto:recruitment@bankofengland.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=oliver.kem
 p.writes@gmail.com:mailto:oliver.kemp.writes@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Akers, Fiona":mailto:fiona.akers@bankofengland.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rees, Daniel":mailto:daniel.rees@bankofengland.co.uk
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="TN-3-12 (8)":mailto:tn-3-12@bankofengland.co.uk
DESCRIPTION;LANGUAGE=en-GB:Dear Oliver\\,\\n\\nThank you for your application f
 or Press Office Manager (Ref: 2025-0193)\\, Media & Publications Division. We
  would like to invite you to a panel interview at Threadneedle Street. You wi
 ll be asked to respond to a short written scenario on arrival (20 minutes)\\, f
 ollowed by the interview (45 minutes). Please bring your passport for security.\\n
 \\nEntrance: Bartholomew Lane\\, EC2R 8AH.\\n\\nKind regards\\nResourcing Team\\n
UID:040000008200E00074C5B7101A82E00800000000B07C1D2E3F81DB01000000000000000010000000778899AABBCCDDEEFF00112233445566
SUMMARY;LANGUAGE=en-GB:Interview - Press Office Manager - 2025-0193
DTSTART;TZID=GMT Standard Time:20250312T093000
DTEND;TZID=GMT Standard Time:20250312T104500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250304T142200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Bank of England\\, Threadneedle Street
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
"""))
