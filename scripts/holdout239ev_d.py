"""holdout239 events, part D: Mountain-time and Alaska departments, trips, webinars and look-alikes."""

EVENTS = [
    (
        "denver-written",
        "dcsc-fire-2026-written-11873@denvergov.org",
        1, "Denver Fire Department", "Firefighter", "technical", "",
        "civil-service-written-exam-denver-zone",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Denver Civil Service Commission//Exam Scheduler//EN
METHOD:PUBLISH
%%TZ America/Denver%%
BEGIN:VEVENT
UID:dcsc-fire-2026-written-11873@denvergov.org
DTSTAMP:20260202T164000Z
DTSTART;TZID=America/Denver:20260320T080000
DTEND;TZID=America/Denver:20260320T120000
SUMMARY:Firefighter Entrance Exam - Written (Applicant 11873)
LOCATION:Denver Fire Training Academy\\, 5440 Roslyn St\\, Denver CO
DESCRIPTION:Civil Service Commission - Fire Department Entry Exam\\nApplica
 nt ID: 11873\\nReport time: 7:15 AM Mountain. Doors close at 7:45 AM.\\n\\nBr
 ing: admission letter\\, photo ID\\, two #2 pencils. The written exam covers
  reading comprehension\\, mechanical reasoning and situational judgment.\\n\\n
 Applicants who pass the written will be scheduled for the physical ability
  test and oral interview.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "denver-oral",
        "040000008200E00074C5B7101A82E00800000000D1A3C5E7F9B2DC01000000000000000"
        "0100000004B6D8F0A2C4E6081A3C5E7F9B1D3F5A7",
        1, "Denver Fire Department", "Firefighter", "onsite",
        "laura.quintero@denvergov.org;derek.wolcott@denvergov.org",
        "outlook-mountain-standard-time-oral-interview",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Mountain Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Civil Service Commission - Fire Exams":mailto:csc.fireexams@de
 nvergov.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Quintero, Lau
 ra - DFD Captain":mailto:laura.quintero@denvergov.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wolcott, Dere
 k - DFD Lieutenant":mailto:derek.wolcott@denvergov.org
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Civil Ser
 vice Commission - Fire Exams":mailto:csc.fireexams@denvergov.org
DESCRIPTION;LANGUAGE=en-US:Oral Interview - Firefighter Entry Exam\\nApplica
 nt 11873\\n\\nYour assessors are Captain Laura Quintero and Lieutenant Derek
  Wolcott. The interview is structured\\, with the same six questions for all
  applicants. Out-of-state applicants: arrive at least 15 minutes early\\; W
 ebex is not available for this step.\\n
UID:040000008200E00074C5B7101A82E00800000000D1A3C5E7F9B2DC01000000000000000
 0100000004B6D8F0A2C4E6081A3C5E7F9B1D3F5A7
SUMMARY;LANGUAGE=en-US:DFD Oral Interview - Applicant 11873
DTSTART;TZID=Mountain Standard Time:20260515T130000
DTEND;TZID=Mountain Standard Time:20260515T134000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260428T141215Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Wellington Webb Building\\, 201 W Colfax Ave\\, Room 4
 .G.2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "bachelor-party",
        "0B7E3D5F-2A9C-4E61-8D40-F1C3A5E7B9D2",
        0, "", "", "", "",
        "personal-brother-bachelor-party-all-day",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0B7E3D5F-2A9C-4E61-8D40-F1C3A5E7B9D2
DTSTAMP:20260301T031500Z
DTSTART;VALUE=DATE:20260515
DTEND;VALUE=DATE:20260518
SUMMARY:Mike's bachelor party - Denver
DESCRIPTION:Fly SEA-DEN Thu night (after Denver FD oral Fri 1pm!). Airbnb i
 n RiNo\\, Rockies game Sat\\, brewery crawl. Kelly day covers Fri\\, trade Sun
  w/ Diaz. $350 to Tommy for the house.
LOCATION:Denver\\, CO
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "south-metro",
        "smfr-ffpm-2026-int-4471@southmetro.org",
        1, "South Metro Fire Rescue", "Firefighter/Paramedic", "",
        "dkearney@southmetro.org",
        "workday-interview-denver-zone-no-stage",
        """BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Denver%%
BEGIN:VEVENT
UID:smfr-ffpm-2026-int-4471@southmetro.org
DTSTAMP:20260407T190022Z
DTSTART;TZID=America/Denver:20260416T100000
DTEND;TZID=America/Denver:20260416T103000
SUMMARY:Interview: Firefighter/Paramedic (R-0488) - Ryan Kowalczyk
ORGANIZER;CN=South Metro Fire Rescue:mailto:southmetro@myworkday.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
ATTENDEE;CN=Dawn Kearney;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:dkearney@sout
 hmetro.org
LOCATION:Webex
DESCRIPTION:Interview Details\\nCandidate: Ryan Kowalczyk\\nJob Requisition:
  R-0488 Firefighter/Paramedic\\nInterviewer: Dawn Kearney\\n\\nJoin Webex mee
 ting: https://southmetro.webex.com/southmetro/j.php?MTID=m4f2a9b0c1d\\nMeeti
 ng number: 2634 118 0923\\nPassword: Fire2026\\nJoin by phone: +1-408-555-01
 66 United States Toll\\nAccess code: 2634 118 0923
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "csfd-board",
        "f0c1d2e3-a4b5-4c6d-8e7f-901a2b3c4d5e@coloradosprings.gov",
        1, "Colorado Springs Fire Department", "Firefighter Recruit", "onsite", "",
        "utc-times-with-mountain-wording",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//NEOGOV//Online Hiring Center//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:f0c1d2e3-a4b5-4c6d-8e7f-901a2b3c4d5e@coloradosprings.gov
DTSTAMP:20260318T153015Z
DTSTART:20260331T150000Z
DTEND:20260331T160000Z
SUMMARY:Firefighter Recruit - Structured Oral Board
LOCATION:CSFD Training Center\\, 375 Printers Pkwy\\, Colorado Springs
DESCRIPTION:Your Structured Oral Board for Firefighter Recruit is scheduled
  for 03/31/2026 at 9:00 AM Mountain Time. Arrive 30 minutes early. You will
  be given 10 minutes to review the questions before entering the board ro
 om.\\n\\nCity of Colorado Springs Human Resources
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "slc-interview",
        "4n7q0s3u6w9y2a5c8e1g@google.com",
        1, "Salt Lake City Fire Department", "Firefighter/Paramedic", "hiring_manager",
        "bcrowther@slcgov.com",
        "battalion-chief-video-call-meet-denver-zone",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Denver%%
BEGIN:VEVENT
DTSTART;TZID=America/Denver:20260422T150000
DTEND;TZID=America/Denver:20260422T153000
DTSTAMP:20260414T221800Z
ORGANIZER;CN=Ben Crowther:mailto:bcrowther@slcgov.com
UID:4n7q0s3u6w9y2a5c8e1g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ben Crowther;X-NUM-GUESTS=0:mailto:bcrowther@slcgov.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
DESCRIPTION:Hi Ryan - BC Crowther\\, EMS Division. Your name came off the li
 st for the FF/PM lateral track. Want to get a sense of your medic backgroun
 d and answer questions before the department board. 30 min.\\n\\nJoin with
  Google Meet: https://meet.google.com/tqe-xnvb-swo\\nOr dial: (US) +1 385-5
 55-0140 PIN: 402 118 990#
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:SLCFD - Ryan Kowalczyk (FF/PM)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "boise",
        "boise-fire-2026-int-0093@cityofboise.org",
        1, "Boise Fire Department", "Firefighter", "onsite",
        "Deputy Chief Nate Villanueva;Capt. Rhonda Bakke",
        "boise-zone-two-part-board-names-only",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:PUBLISH
%%TZ America/Boise%%
BEGIN:VEVENT
UID:boise-fire-2026-int-0093@cityofboise.org
DTSTAMP:20260402T201200Z
DTSTART;TZID=America/Boise:20260428T083000
DTEND;TZID=America/Boise:20260428T103000
SUMMARY:Boise Fire - Firefighter Interview Day (Candidate 0093)
LOCATION:Boise Fire Training Center\\, 9363 W Ustick Rd
DESCRIPTION:Part 1: 20-minute presentation on the assigned topic (Community
  risk reduction in a growing city).\\nPart 2: Panel interview with Deputy
  Chief Nate Villanueva and Capt. Rhonda Bakke.\\nBring a printed resume and
  your certifications. City of Boise HR.
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "anchorage",
        "afd-ffpm-ob-2026-05-kowalczyk@muni.org",
        1, "Anchorage Fire Department", "Firefighter/Paramedic", "onsite", "",
        "anchorage-zone-teams-board-out-of-state",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ America/Anchorage%%
BEGIN:VEVENT
UID:afd-ffpm-ob-2026-05-kowalczyk@muni.org
DTSTAMP:20260424T004500Z
DTSTART;TZID=America/Anchorage:20260505T090000
DTEND;TZID=America/Anchorage:20260505T100000
SUMMARY:AFD FF/Paramedic Oral Board (virtual) - Kowalczyk
ORGANIZER;CN=MOA Employment Center:mailto:employment@muni.org
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowal
 czyk.fire@gmail.com
LOCATION:Microsoft Teams Meeting
DESCRIPTION:Municipality of Anchorage - Anchorage Fire Department\\nFirefigh
 ter/Paramedic - Oral Board (virtual for out-of-state applicants)\\nNote the
  time is Alaska time (10:00 AM Pacific).\\n\\nMicrosoft Teams Need help?\\nJo
 in the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_
 OWU3@thread.v2/0\\nMeeting ID: 244 907 118 365\\nPasscode: fD7sQ2
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "seahawks",
        "5p9s2v6y0b3e7h1k4n8q@google.com",
        0, "", "", "", "",
        "personal-seahawks-game",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251221T131000
DTEND;TZID=America/Los_Angeles:20251221T171000
DTSTAMP:20251130T190500Z
UID:5p9s2v6y0b3e7h1k4n8q@google.com
DESCRIPTION:Sec 123 row 14. Link light rail from Angle Lake. traded my B sh
 ift w/ Lopez (owe him 1/6)
LOCATION:Lumen Field
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Seahawks vs Rams w/ Dad + Mike
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "oral-board-webinar",
        "zoom-webinar-86610023541-reg-77ab@fireprepacademy.com",
        0, "", "", "", "",
        "webinar-how-to-ace-the-oral-board",
        """BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-webinar-86610023541-reg-77ab@fireprepacademy.com
DTSTAMP:20260112T170000Z
DTSTART:20260121T030000Z
DTEND:20260121T043000Z
SUMMARY:LIVE: Crushing the Fire Department Oral Interview (Q&A with a 30-ye
 ar Battalion Chief)
DESCRIPTION:Hi Ryan\\,\\n\\nThank you for registering for "LIVE: Crushing the
  Fire Department Oral Interview". Learn the 7 questions every oral board
  asks\\, how to answer "why do you want to work here?"\\, and what raters rea
 lly score.\\n\\nPlease submit any questions to: hello@fireprepacademy.com\\n\\
 nDate Time: Jan 20\\, 2026 07:00 PM Pacific Time (US and Canada)\\n\\nJoin fro
 m PC\\, Mac\\, iPad\\, or Android: https://us06web.zoom.us/w/86610023541?tk=
 pX0q\\nPasscode: 719302
LOCATION:https://us06web.zoom.us/w/86610023541?tk=pX0q
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "career-expo",
        "eb-evt-1198842016-tkt-5521@eventbrite.com",
        0, "", "", "", "",
        "fire-ems-hiring-expo-many-departments",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:eb-evt-1198842016-tkt-5521@eventbrite.com
DTSTAMP:20260105T180000Z
DTSTART:20260117T170000Z
DTEND:20260118T000000Z
SUMMARY:Northwest Fire & EMS Hiring Expo 2026
LOCATION:Tacoma Dome Exhibition Hall\\, 2727 East D St\\, Tacoma\\, WA 98421
DESCRIPTION:Meet recruiters from 30+ fire departments\\, EMS agencies and tr
 aining academies. Resume reviews\\, CPAT demo course\\, mock oral board bo
 oths and a panel on lateral hiring. Bring copies of your resume. Ticket: Ge
 neral Admission (1). Order #5521904417.
URL:https://www.eventbrite.com/e/1198842016
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "coffee-chat",
        "8B2D4F6A-0C1E-4A35-B79D-2E4F6A8C0B13",
        0, "", "", "", "",
        "informational-coffee-friend-at-target-department",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:8B2D4F6A-0C1E-4A35-B79D-2E4F6A8C0B13
DTSTAMP:20260108T033000Z
DTSTART;TZID=America/Los_Angeles:20260110T100000
DTEND;TZID=America/Los_Angeles:20260110T110000
SUMMARY:Coffee w/ Sam Ortiz (TVF&R)
LOCATION:Starbucks Kent Station
DESCRIPTION:medic school classmate\\, now FF/PM at TVF&R 2 yrs. ask: how hi
 s board went\\, what they want to hear\\, shift schedule\\, is the drive from
  WA insane. buy his coffee
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "research-study",
        "UW-FFSLEEP-INT-0147@uw.edu",
        0, "", "", "", "",
        "research-study-interview-sleep-shift-work",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:UW-FFSLEEP-INT-0147@uw.edu
DTSTAMP:20260203T171500Z
DTSTART;TZID=Pacific Standard Time:20260211T150000
DTEND;TZID=Pacific Standard Time:20260211T154500
SUMMARY:UW Firefighter Sleep Study - Participant Interview (ID 0147)
LOCATION:Zoom
ORGANIZER;CN="Achterberg, Nina":mailto:ninaach@uw.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:rkowalczyk
 @cedarvalleyfire.org
DESCRIPTION:Thank you for enrolling in the 48/96 Shift Schedule and Sleep Q
 uality study (UW Dept. of Environmental & Occupational Health Sciences). Th
 is semi-structured interview takes about 40 minutes and will be recorded fo
 r transcription. You will receive a $50 gift card.\\n\\nZoom: https://washin
 gton.zoom.us/j/94410023877  Passcode: sleep26
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "podcast",
        "riverside-rec-9f3e1a7b@riverside.fm",
        0, "", "", "", "",
        "podcast-guest-interview-medic-school",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside.fm//Recording Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-9f3e1a7b@riverside.fm
DTSTAMP:20260215T200000Z
DTSTART:20260226T033000Z
DTEND:20260226T043000Z
SUMMARY:Recording: The Tailboard Podcast - guest Ryan Kowalczyk
ORGANIZER;CN=Shawn Petty:mailto:shawn@tailboardpodcast.com
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Episode 212 - "Medic school with a second grader and a 48/96"\\nWe'll
  talk about getting through paramedic school while working full time\\, the
  clinical rotations\\, and your advice for FF/EMTs thinking about it. Use h
 eadphones and Chrome. Studio link: https://riverside.fm/studio/tailboard-p
 od?t=9f3e1a7b
LOCATION:https://riverside.fm/studio/tailboard-pod
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
]
