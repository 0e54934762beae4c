# ruff: noqa: E501
"""holdout142: Jasmine Okoro's own interviews with Alberta employers (raw iCalendar text)."""

from holdout142ev_tz import EDMONTON, WIN_MOUNTAIN

EVENTS = [
    dict(
        kind="phone-screen",
        uid="SF-IS-7731052-4471@successfactors.com",
        iv=1, company="Alberta Health Services", role="Clinical Nurse Educator - Intensive Care", stage="recruiter_screen",
        who="linh.nguyen@albertahealthservices.ca",
        trap="ahs-other-site-screen-same-domain-as-work",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling 2H 2025//EN
VERSION:2.0
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:SF-IS-7731052-4471@successfactors.com
DTSTAMP:20250908T154212Z
SEQUENCE:0
DTSTART;TZID=America/Edmonton:20250912T101500
DTEND;TZID=America/Edmonton:20250912T104500
SUMMARY:Phone Screen - Clinical Nurse Educator - Intensive Care (Req 1184203)
LOCATION:Telephone - the recruiter will call you
DESCRIPTION:Dear Jasmine\,\n\nThank you for applying to Clinical Nurse Educ
 ator - Intensive Care\, Peter Lougheed Centre (Job ID 1184203). This is co
 nfirmation of your telephone screening.\n\nLinh Nguyen\, Talent Acquisitio
 n Advisor\, will call you at 403-555-0148 at the time above. Please have y
 our CRNA registration number available.\n\nIf you need to reschedule\, rep
 ly to this message at least 24 hours in advance.\n\nAHS Talent Acquisition
ORGANIZER;CN=AHS Talent Acquisition:mailto:noreply.careers@albertahealthservices.ca
ATTENDEE;CN=Jasmine Okoro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Linh Nguyen;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:linh.nguyen@albertahealthservices.ca
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bdi-panel",
        uid="040000008200E00074C5B7101A82E00800000000B0C3AE4E2B27DC01000000000000000010000000A3C5D1F0E2",
        iv=1, company="Alberta Health Services", role="Clinical Nurse Educator, ICU", stage="onsite",
        who="kathleen.brennan@albertahealthservices.ca;harpreet.sidhu@albertahealthservices.ca;"
            "alexis.morgan@albertahealthservices.ca",
        trap="ahs-plc-bdi-panel-outlook-sent-by-assistant",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20250923T201133Z
DESCRIPTION:Hello Jasmine\,\n\nThank you for your interest in the Clinical
  Nurse Educator position on Unit 57 (ICU) at the Peter Lougheed Centre. Yo
 u are invited to a Behavioural Descriptive Interview (BDI) with the follow
 ing panel:\n\nKathleen Brennan – Patient Care Manager\, ICU PLC\nHarpreet
 Sidhu – Clinical Nurse Specialist\, Critical Care\nAlexis Morgan – Senior
  CNE\, Calgary Zone Critical Care\n\nThe interview is 60 minutes. You will
  also be asked to prepare a 10-minute teaching presentation (details to fo
 llow). Please bring a copy of your resume. Parking is available in Lot 4.\n
 \nTara Whitehorse\nAdministrative Assistant to K. Brennan\n____________
 ____________________\nMicrosoft Teams meeting (if joining remotely)\nJoin
 on your computer\, mobile app or room device\nClick here to join the meeti
 ng\nMeeting ID: 271 448 903 115\nPasscode: Gq7vRp\n
DTEND;TZID="Mountain Standard Time":20251001T140000
DTSTAMP:20250923T201133Z
DTSTART;TZID="Mountain Standard Time":20251001T130000
LAST-MODIFIED:20250923T201133Z
LOCATION:PLC - Unit 57 Conference Room 5.107
ORGANIZER;CN="Brennan, Kathleen";SENT-BY="mailto:tara.whitehorse@albertahealthservices.ca":mailto:kathleen.brennan@albertahealthservices.ca
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Sidhu, Harpreet";RSVP=TRUE:mailto:harpreet.sidhu@albertahealthservices.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Morgan, Alexis";RSVP=TRUE:mailto:alexis.morgan@albertahealthservices.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="CAL-PLC-5.107 Conf Rm (8)";RSVP=TRUE:mailto:cal-plc-5107@albertahealthservices.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-ca:Interview - CNE ICU PLC - J. Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0C3AE4E2B27DC01000000000000000010000000A3C5D1F0E2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MS-OLK-CONFTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teaching-demo",
        uid="8F1C2A77-0D4B-4E8E-9E3B-2C7A51D0B9F4",
        iv=1, company="Alberta Health Services", role="CNE", stage="technical",
        who="Kathleen;Harpreet",
        trap="typed-teaching-demonstration-second-round",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6.2//EN
CALSCALE:GREGORIAN
""" + EDMONTON + r"""BEGIN:VEVENT
CREATED:20251003T022710Z
DTSTAMP:20251003T022741Z
DTSTART;TZID=America/Edmonton:20251009T090000
DTEND;TZID=America/Edmonton:20251009T100000
LAST-MODIFIED:20251003T022741Z
LOCATION:PLC unit 57
SEQUENCE:0
SUMMARY:PLC CNE round 2 - teaching demo
UID:8F1C2A77-0D4B-4E8E-9E3B-2C7A51D0B9F4
DESCRIPTION:10 min + 5 Q&A. Topic they gave: CRRT circuit clotting - troub
 leshooting for new grads. Kathleen + Harpreet + 2 staff RNs as the "learne
 rs". Bring laptop + HDMI dongle\, handout x6. Then 20 min follow up qs.
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:3C9E0F2B-8B77-4C51-8F0E-5D7B1E2A9C10
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="dayforce-video",
        uid="dfint-20251014-5582-covenant@dayforcehcm.com",
        iv=1, company="Covenant Health", role="Unit Manager - Intensive Care Unit, Grey Nuns Community Hospital",
        stage="hiring_manager",
        who="marc.belanger@covenanthealth.ca;priya.raman@covenanthealth.ca",
        trap="dayforce-director-interview-edmonton-catholic-provider",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ceridian//Dayforce Recruiting//EN
METHOD:REQUEST
""" + EDMONTON + r"""BEGIN:VEVENT
UID:dfint-20251014-5582-covenant@dayforcehcm.com
DTSTAMP:20251007T170402Z
DTSTART;TZID=America/Edmonton:20251014T153000
DTEND;TZID=America/Edmonton:20251014T163000
SUMMARY:Covenant Health - Interview: Unit Manager - Intensive Care Unit\, Grey Nuns Community Hospital
DESCRIPTION:Hi Jasmine\,\n\nYou have been scheduled for an interview for th
 e position of Unit Manager - Intensive Care Unit\, Grey Nuns Community Hos
 pital (Requisition 25-GN-0317).\n\nInterviewers:\nMarc Bélanger\, Directo
 r\, Critical Care & Emergency\nPriya Raman\, Human Resources Business Part
 ner\n\nFormat: Microsoft Teams video (link below). Please allow 60 minute
 s.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5Yz
 Q4YjEtMDk2MS00NTA3@thread.v2/0\n\nCovenant Health is committed to a cult
 ure of compassion\, respect and excellence.
LOCATION:Microsoft Teams
ORGANIZER;CN=Covenant Health Recruitment:mailto:recruitment@covenanthealth.ca
ATTENDEE;CN=Jasmine Okoro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Marc Bélanger;PARTSTAT=ACCEPTED:mailto:marc.belanger@covenanthealth.ca
ATTENDEE;CN=Priya Raman;PARTSTAT=ACCEPTED:mailto:priya.raman@covenanthealth.ca
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="flight-nurse-screen",
        uid="040000008200E00074C5B7101A82E008000000009064F7A91C2DDC01000000000000000010000000E89B14C7A1",
        iv=1, company="STARS Air Ambulance", role="Flight Nurse (Calgary Base)", stage="recruiter_screen",
        who="jenna.kowalski@stars.ca",
        trap="air-ambulance-initial-phone-interview-outlook",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Jenna":mailto:jenna.kowalski@stars.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jasmine.okoro@shaw.ca:mailto:jasmine.okoro@shaw.ca
DESCRIPTION;LANGUAGE=en-US:Hi Jasmine\, as discussed by email – initial phone interview for the Flight Nurse posting at our Calgary base. I will call your cell (587) 555-0192. We'll go over your critical care background\, shift rotation (24-hr shifts)\, and the assessment day process. Approx. 30 min.\n\nJenna Kowalski | Talent Acquisition Partner | STARS\n
UID:040000008200E00074C5B7101A82E008000000009064F7A91C2DDC01000000000000000010000000E89B14C7A1
SUMMARY;LANGUAGE=en-US:STARS – Flight Nurse – Initial Phone Interview
DTSTART;TZID=Mountain Standard Time:20250916T120000
DTEND;TZID=Mountain Standard Time:20250916T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250911T193045Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone call
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="assessment-day",
        uid="stars-fn-ad-2025-10-24-okoro@bamboohr.com",
        iv=1, company="STARS Air Ambulance", role="Flight Nurse", stage="technical",
        who="shane.tremblay@stars.ca;anika.voss@stars.ca",
        trap="all-day-flight-nurse-assessment-day-simulation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//BambooHR//Applicant Tracking//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:stars-fn-ad-2025-10-24-okoro@bamboohr.com
DTSTAMP:20251002T144015Z
DTSTART;VALUE=DATE:20251024
DTEND;VALUE=DATE:20251025
SUMMARY:STARS Flight Nurse Assessment Day - Calgary Base
LOCATION:STARS Calgary Base\, 1441 Aviation Park NE\, Calgary AB
DESCRIPTION:Congratulations on moving forward to our Assessment Day.\n\nSc
 hedule (arrive 07:30):\n- Written critical care exam (pharmacology\, ABGs\,
  12-lead)\n- Simulation scenarios in the aircraft mock-up with a Transport
  Physician and Flight Paramedic\n- Physical ability: stretcher load/unloa
 d\, 25 kg lift\n- Panel interview (afternoon)\n\nAssessors: Shane Trembla
 y (Base Manager)\, Dr. Anika Voss (Transport Physician)\n\nWear comfortab
 le clothing and closed-toe shoes. Lunch provided.
ORGANIZER;CN=STARS Clinical Recruitment:mailto:clinicalrecruitment@stars.ca
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Shane Tremblay:mailto:shane.tremblay@stars.ca
ATTENDEE;CN=Anika Voss:mailto:anika.voss@stars.ca
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="final-teams",
        uid="040000008200E00074C5B7101A82E00800000000E0AA5D2B7C3FDC010000000000000000100000005B6A2F7E",
        iv=1, company="STARS Air Ambulance", role="Flight Nurse", stage="final",
        who="rhonda.baptiste@stars.ca;greg.lindqvist@stars.ca",
        trap="final-interview-with-director-teams-new-teams-boilerplate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ORGANIZER;CN="Kowalski, Jenna":mailto:jenna.kowalski@stars.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jasmine Okoro:mailto:jasmine.okoro@shaw.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Baptiste, Rhonda":mailto:rhonda.baptiste@stars.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Lindqvist, Greg":mailto:greg.lindqvist@stars.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Kowalski, Jenna":mailto:jenna.kowalski@stars.ca
DESCRIPTION;LANGUAGE=en-US:Final interview – Flight Nurse\nRhonda Baptiste
 \, Director Clinical Operations\nGreg Lindqvist\, Flight Nurse Clinical Le
 ad\n\n________________________________________________________________________
 ________\nMicrosoft Teams Need help?\nJoin the meeting now\nMeeting ID: 2
 39 118 706 442 2\nPasscode: bP3sX9\n________________________________\nDial
  in by phone\n+1 587-997-3143\,\,816402277# Canada\, Calgary\nPhone confere
 nce ID: 816 402 277#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000E0AA5D2B7C3FDC010000000000000000100000005B6A2F7E
SUMMARY;LANGUAGE=en-US:Final Interview – J. Okoro
DTSTART;TZID=Mountain Standard Time:20251106T140000
DTEND;TZID=Mountain Standard Time:20251106T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251029T220511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-sessional",
        uid="ZOOM86124473915@zoom.us",
        iv=1, company="University of Calgary", role="Sessional Clinical Instructor - NURS 487", stage="hiring_manager",
        who="kwame.asante@ucalgary.ca",
        trap="faculty-of-nursing-sessional-zoom-topic-title",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
CLASS:PUBLIC
""" + EDMONTON + r"""BEGIN:VEVENT
DTSTAMP:20250917T160233Z
DTSTART;TZID=America/Edmonton:20250922T083000
DTEND;TZID=America/Edmonton:20250922T090000
SUMMARY:Sessional Clinical Instructor (NURS 487) - conversation with J. Okoro
UID:ZOOM86124473915@zoom.us
TZID:America/Edmonton
DESCRIPTION:Kwame Asante is inviting you to a scheduled Zoom meeting.\n\nJo
 in Zoom Meeting\nhttps://ucalgary.zoom.us/j/86124473915?pwd=Zk9hT2VrQmx1\n
 \nMeeting ID: 861 2447 3915\nPasscode: 487487\n\n---\nHi Jasmine – thanks
  for applying for the Winter term sessional posting (critical care clinic
 al group\, 8 students\, FMC). Half an hour to talk about your teaching and
  precepting experience and your availability.\nKwame Asante\, Clinical Pl
 acement Coordinator\, Faculty of Nursing
LOCATION:https://ucalgary.zoom.us/j/86124473915?pwd=Zk9hT2VrQmx1
ORGANIZER;CN=Kwame Asante:mailto:kwame.asante@ucalgary.ca
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lab-instructor-panel",
        uid="040000008200E00074C5B7101A82E0080000000030F1C9E4A434DC0100000000000000001000000077E0A",
        iv=1, company="Mount Royal University", role="Nursing Lab Instructor", stage="onsite",
        who="darlene.fehr@mtroyal.ca;oluwaseun.adeyemi@mtroyal.ca",
        trap="university-lab-instructor-panel-with-skills-demo",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_MOUNTAIN + r"""BEGIN:VEVENT
ATTENDEE;CN="Fehr, Darlene";RSVP=TRUE:mailto:darlene.fehr@mtroyal.ca
ATTENDEE;CN="Adeyemi, Oluwaseun";RSVP=TRUE:mailto:oluwaseun.adeyemi@mtroyal.ca
ATTENDEE;CN=jasmine.okoro@shaw.ca;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="Y-Wing Sim Lab Y228";RSVP=TRUE:mailto:room.y228@mtroyal.ca
CLASS:PUBLIC
CREATED:20251015T173020Z
DESCRIPTION:Good afternoon Jasmine\,\n\nPlease find the details for your in
 terview for the Nursing Lab Instructor position (posting #250612) in the S
 chool of Nursing and Midwifery.\n\nPanel: Darlene Fehr (Chair\, Nursing La
 bs) and Dr. Oluwaseun Adeyemi (Faculty).\n\nThe interview includes a 10-m
 inute skills demonstration of your choice in the sim lab. Check in at the
  Y-Wing front desk.\n\nKind regards\,\nAcademic Hiring Support
DTEND;TZID="Mountain Standard Time":20251021T113000
DTSTAMP:20251015T173020Z
DTSTART;TZID="Mountain Standard Time":20251021T103000
LOCATION:Y228 Sim Lab\, Mount Royal University
ORGANIZER;CN="Fehr, Darlene":mailto:darlene.fehr@mtroyal.ca
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Nursing Lab Instructor – Interview – Okoro
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E0080000000030F1C9E4A434DC0100000000000000001000000077E0A
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-interview",
        uid="WD-INT-b7f2c9a41d0e4a6c9f31@myworkday.com",
        iv=1, company="Bow Valley College", role="Instructor, Practical Nurse Diploma", stage="",
        who="sunita.mehra@bowvalleycollege.ca;craig.obrien@bowvalleycollege.ca",
        trap="workday-college-instructor-utc-times",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-INT-b7f2c9a41d0e4a6c9f31@myworkday.com
DTSTAMP:20251027T150910Z
DTSTART:20251103T173000Z
DTEND:20251103T181500Z
SUMMARY:Interview: Instructor\, Practical Nurse Diploma (R-0010482)
DESCRIPTION:Candidate: Jasmine Okoro\nJob Requisition: R-0010482 Instructo
 r\, Practical Nurse Diploma (Temporary Full-Time)\nInterviewers: Sunita Me
 hra\; Craig O'Brien\nLocation: Bow Valley College South Campus\, 345 6 Ave
  SE\, room S504\n\nPlease bring two pieces of ID for the onsite check-in.
LOCATION:S504\, South Campus
ORGANIZER;CN=Bow Valley College Recruiting:mailto:bowvalley@myworkday.com
ATTENDEE;CN=Jasmine Okoro;RSVP=TRUE:mailto:jasmine.okoro@shaw.ca
ATTENDEE;CN=Sunita Mehra:mailto:sunita.mehra@bowvalleycollege.ca
ATTENDEE;CN=Craig O'Brien:mailto:craig.obrien@bowvalleycollege.ca
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gcal-typed",
        uid="3qk8vbn1g7m2d5t0e9r4c6jhsl@google.com",
        iv=1, company="Carewest", role="Nurse Manager", stage="hiring_manager",
        who="Colleen",
        trap="self-typed-google-no-attendees-continuing-care",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:jasmine.okoro@shaw.ca
X-WR-TIMEZONE:America/Edmonton
BEGIN:VEVENT
DTSTART:20251119T200000Z
DTEND:20251119T210000Z
DTSTAMP:20251112T043300Z
UID:3qk8vbn1g7m2d5t0e9r4c6jhsl@google.com
CREATED:20251112T043228Z
DESCRIPTION:Carewest - Nurse Manager\, Dr. Vernon Fanning Centre. w/ Colle
 en (site director). ask re: union (UNA vs AUPE)\, on-call expectations\,
 how many LPNs/HCAs per shift
LAST-MODIFIED:20251112T043228Z
LOCATION:Carewest Dr. Vernon Fanning Centre\, 722 16 Ave NE\, Calgary
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Carewest intvw
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="android-typed",
        uid="b1a6f0d4-6c2e-4a9b-bf62-1d3e7c5a9f88",
        iv=1, company="Bethany Care Society", role="Care Manager", stage="",
        who="",
        trap="android-typed-typo-intervew-floating-time",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:b1a6f0d4-6c2e-4a9b-bf62-1d3e7c5a9f88
DTSTAMP:20251202T181512Z
DTSTART:20251208T110000
DTEND:20251208T120000
SUMMARY:Bethany Cochrane care mngr intervew
LOCATION:Bethany Cochrane
DESCRIPTION:care manager role - leave by 10:15\, hwy 1A construction
END:VEVENT
END:VCALENDAR
""",
    ),
]
