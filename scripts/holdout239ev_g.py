"""holdout239 events, part G: a headhunter, a founder on free mail, federal and Oregon departments, chores."""

EVENTS = [
    (
        "headhunter-call",
        "4f6a8c0e2b@gulflineindustrial.com",
        1, "Salish Bay Refining", "Emergency Response Technician (Fire/EMS)", "recruiter_screen",
        "dwayne.pruett@gulflineindustrial.com",
        "industrial-staffing-recruiter-client-named-in-body",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:4f6a8c0e2b@gulflineindustrial.com
DTSTAMP:20260120T150000Z
DTSTART;TZID=Pacific Standard Time:20260123T090000
DTEND;TZID=Pacific Standard Time:20260123T093000
SUMMARY:Call - Ryan Kowalczyk / Dwayne (Gulfline)
LOCATION:Phone - I'll call your cell
ORGANIZER;CN="Pruett, Dwayne":mailto:dwayne.pruett@gulflineindustrial.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=ryan.kowalczyk.fire@gmail.com:ma
 ilto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION:Ryan\\,\\n\\nGood talking on LinkedIn. As mentioned\\, my client is
  Salish Bay Refining in Anacortes - they are building out their in-plant e
 mergency response team and need Emergency Response Technicians (Fire/EMS)
  on a 12-hour rotating schedule. Industrial fire brigade\\, NFPA 1081\\, foa
 m and hazmat ops. Paramedic is a big plus. This call is my screen before
  I submit you to their ER Superintendent.\\n\\nDwayne Pruett\\nSenior Recruit
 er | Gulfline Industrial Staffing\\n
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "founder-chat",
        "0r4t8v2x6z0b@google.com",
        1, "Summit Event Medics", "Operations Lead / Paramedic", "hiring_manager",
        "jake.summitmedics@gmail.com",
        "founder-on-gmail-casual-chat-about-role",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260305T190000
DTEND;TZID=America/Los_Angeles:20260305T194500
DTSTAMP:20260301T234000Z
ORGANIZER;CN=Jake Lindgren:mailto:jake.summitmedics@gmail.com
UID:0r4t8v2x6z0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jake Lindgren;X-NUM-GUESTS=0:mailto:jake.summitmedics@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=ryan.kowalczyk.fire@gmail.com;X-NUM-GUESTS=0:mailto:ryan.kowalczyk
 .fire@gmail.com
DESCRIPTION:Hey Ryan - Jake from Summit Event Medics (we do standby medical
  for the Gorge concerts\\, ski hills and a bunch of 5Ks). Got your resume f
 rom Kelsey. Looking for an Operations Lead / Paramedic who can run staffin
 g and still work events. Let's chat - want to hear about your medic backgr
 ound and what you'd need to make it work with your shifts.\\n\\nJoin with Go
 ogle Meet: https://meet.google.com/pbq-zdtw-nre
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Summit Event Medics <> Ryan
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "navy-fes",
        "usajobs-nrnw-fes-26-12901877-int@navy.mil",
        1, "Navy Region Northwest Fire & Emergency Services", "Firefighter (Basic Life Support)", "",
        "Assistant Chief Doug Farrow;Capt. Lee Ann Whitaker",
        "federal-usajobs-webex-structured-interview",
        """BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:usajobs-nrnw-fes-26-12901877-int@navy.mil
DTSTAMP:20260310T180000Z
DTSTART:20260318T203000Z
DTEND:20260318T211500Z
SUMMARY:Structured Interview - Firefighter (Basic Life Support) GS-0081-07 -
  Ann. NW-26-12901877
ORGANIZER;CN=NRNW F&ES Admin:mailto:nrnw.fes.admin@us.navy.mil
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowalc
 zyk.fire@gmail.com
DESCRIPTION:You have been referred and selected for interview for Firefight
 er (Basic Life Support)\\, Navy Region Northwest Fire & Emergency Services
 \\, Naval Base Kitsap. Interview panel: Assistant Chief Doug Farrow and Capt
 . Lee Ann Whitaker. Each candidate is asked the same questions.\\n\\nJoin Web
 ex meeting: https://navy.webex.com/navy/j.php?MTID=m7a0c3e5b\\nMeeting numbe
 r (access code): 2551 090 3377\\nMeeting password: FES26nw\\nJoin by phone\\n
 +1-415-555-0118 US Toll
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "hillsboro",
        "hfr-lateral-2026-gov-7712@hillsboro-oregon.gov",
        1, "Hillsboro Fire & Rescue", "Firefighter/Paramedic", "onsite", "",
        "oregon-city-panel-gotomeeting",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:hfr-lateral-2026-gov-7712@hillsboro-oregon.gov
DTSTAMP:20260324T170000Z
DTSTART;TZID=Pacific Standard Time:20260402T100000
DTEND;TZID=Pacific Standard Time:20260402T110000
SUMMARY:Hillsboro Fire & Rescue - FF/PM Panel Interview
LOCATION:GoTo Meeting
ORGANIZER;CN="City of Hillsboro HR":mailto:hr.recruitment@hillsboro-oregon.
 gov
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowal
 czyk.fire@gmail.com
DESCRIPTION:Hillsboro Fire & Rescue - Firefighter/Paramedic panel interview
 \\n\\nPlease join my meeting from your computer\\, tablet or smartphone.\\nhtt
 ps://meet.goto.com/HFR-Panel-0402\\n\\nYou can also dial in using your phone.
 \\nUnited States: +1 (872) 555-0121\\nAccess Code: 804-117-229\\n\\nJoin from
  a video-conferencing room or system.\\nMeeting ID: 804 117 229
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "clackamas",
        "cfd1-ob-2026-33-kowalczyk@clackamasfire.com",
        1, "Clackamas Fire", "Firefighter/Paramedic", "onsite", "",
        "neogov-oral-board-district-number-name",
        """BEGIN:VCALENDAR
PRODID:-//NEOGOV//Online Hiring Center//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
UID:cfd1-ob-2026-33-kowalczyk@clackamasfire.com
DTSTAMP:20260409T180000Z
DTSTART;TZID=America/Los_Angeles:20260423T130000
DTEND;TZID=America/Los_Angeles:20260423T140000
SUMMARY:Clackamas Fire District #1 - Firefighter/Paramedic - Oral Board
LOCATION:Clackamas Fire Training Center\\, 11300 SE Fuller Rd\\, Milwaukie OR
ORGANIZER;CN=Clackamas Fire District #1:mailto:noreply@governmentjobs.com
ATTENDEE;CN=Ryan Kowalczyk;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ryan.kowal
 czyk.fire@gmail.com
DESCRIPTION:You are invited to participate in the oral board for the Firef
 ighter/Paramedic position. Please bring a copy of your paramedic license (O
 regon license or NREMT with pending Oregon reciprocity).
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "south-county",
        "3c5e7a9b-south-county-fire-lever-int@lever.co",
        1, "South County Fire", "Firefighter/Paramedic (Lateral)", "hiring_manager",
        "mhargrove@southcountyfire.org",
        "lever-interview-division-chief",
        """BEGIN:VCALENDAR
PRODID:-//Lever//Lever Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:3c5e7a9b-south-county-fire-lever-int@lever.co
DTSTAMP:20260402T220000Z
DTSTART:20260409T180000Z
DTEND:20260409T184500Z
SUMMARY:Interview - Ryan Kowalczyk <> Mike Hargrove (South County Fire)
ORGANIZER;CN=South County Fire Recruiting:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
ATTENDEE;CN=Mike Hargrove;RSVP=TRUE:mailto:mhargrove@southcountyfire.org
LOCATION:South County Fire HQ\\, 12425 Meridian Ave S\\, Everett
DESCRIPTION:Firefighter/Paramedic (Lateral)\\n\\nInterviewer: Mike Hargrove\\
 , Division Chief - EMS\\n\\nThis interview was scheduled through Lever. If yo
 u need to reschedule\\, reply to your recruiter.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "kennewick-bookings",
        "bk-7e3a9c1d-kfd-oralboard@kennewick.onmicrosoft.com",
        1, "Kennewick Fire Department", "Firefighter/Paramedic", "onsite", "",
        "microsoft-bookings-self-scheduled-oral-board",
        """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Microsoft Bookings//EN
VERSION:2.0
METHOD:REQUEST
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
UID:bk-7e3a9c1d-kfd-oralboard@kennewick.onmicrosoft.com
DTSTAMP:20260414T160000Z
DTSTART;TZID=Pacific Standard Time:20260429T093000
DTEND;TZID=Pacific Standard Time:20260429T101500
SUMMARY:KFD Firefighter/Paramedic Oral Board for Ryan Kowalczyk
ORGANIZER;CN=City of Kennewick HR Scheduling:mailto:KFDTesting@kennewick.onm
 icrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Ryan Kowalczyk:mailto:ryan.kowal
 czyk.fire@gmail.com
LOCATION:Kennewick Fire Station 1\\, 210 W 6th Ave
DESCRIPTION:Your booking is confirmed.\\nService: FF/PM Oral Board (45 min)\\n
 Staff: KFD Oral Board Panel\\n\\nNeed to make changes? Manage your booking
  (Bookings link)\\n\\nCity of Kennewick
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "mvfr-ashby",
        "ashby-int-9d2f4b6a-8c0e-4a1f-b3d5-e7f9a1c3b5d7@ashbyhq.com",
        1, "Mountain View Fire Rescue", "Firefighter/Paramedic", "technical", "",
        "ashby-scenario-skills-day-denver-zone",
        """BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ America/Denver%%
BEGIN:VEVENT
UID:ashby-int-9d2f4b6a-8c0e-4a1f-b3d5-e7f9a1c3b5d7@ashbyhq.com
DTSTAMP:20260427T151500Z
DTSTART;TZID=America/Denver:20260514T080000
DTEND;TZID=America/Denver:20260514T120000
SUMMARY:Mountain View Fire Rescue - FF/PM Skills Assessment (Ryan Kowalczyk)
ORGANIZER;CN=Mountain View Fire Rescue Hiring:mailto:hiring@mvfpd.ashbyhq.com
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
LOCATION:MVFR Training Center\\, Longmont\\, CO
DESCRIPTION:Skills Assessment (4 hours)\\n- ALS scenario (12-lead\\, ACLS)\\n-
  Hose and ladder evolutions with an engine company\\n- Driver awareness qui
 z\\n\\nBring turnouts\\, helmet and your paramedic card. Powered by Ashby.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "thank-you-cards",
        "F3A5C7E9-0B2D-4F61-8A3C-5E7B9D1F2A46",
        0, "", "", "", "",
        "thank-you-card-reminder-after-board",
        """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F3A5C7E9-0B2D-4F61-8A3C-5E7B9D1F2A46
DTSTAMP:20260317T220000Z
DTSTART;VALUE=DATE:20260318
DTEND;VALUE=DATE:20260319
SUMMARY:mail thank you cards - PF&R board (Bellamy\\, Oyelaran)
DESCRIPTION:handwritten\\, mail from the station. mention the crew question
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""",
        "lf",
    ),
    (
        "prep-block",
        "8x2c6g0k4o@google.com",
        0, "", "", "", "",
        "prep-block-before-chiefs-interview",
        """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
%%TZ America/Los_Angeles%%
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20260319T190000
DTEND;TZID=America/Los_Angeles:20260319T210000
DTSTAMP:20260316T040000Z
UID:8x2c6g0k4o@google.com
CREATED:20260316T040000Z
DESCRIPTION:for Tacoma chief's tmrw: read TFD strategic plan + last 2 annua
 l reports\\, know Chief Marino's name/bio\\, 3 q's to ask\\, iron Class A. ru
 n the "why Tacoma" answer out loud x5
LAST-MODIFIED:20260316T040000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Tacoma chief's interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "recruiter-generic",
        "hub-mtg-55102934@medixteam.com",
        0, "", "", "", "",
        "recruiter-intro-call-no-employer-named",
        """BEGIN:VCALENDAR
PRODID:-//HubSpot//Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:hub-mtg-55102934@medixteam.com
DTSTAMP:20260107T190000Z
DTSTART:20260109T213000Z
DTEND:20260109T220000Z
SUMMARY:Ryan Kowalczyk and Brianna Cole - Intro call
ORGANIZER;CN=Brianna Cole:mailto:bcole@medixteam.com
ATTENDEE;CN=Ryan Kowalczyk;RSVP=TRUE:mailto:ryan.kowalczyk.fire@gmail.com
LOCATION:Phone call
DESCRIPTION:Thanks for booking time with me! I recruit paramedics and EMS l
 eaders across the Pacific Northwest for a number of ambulance\\, hospital a
 nd industrial clients. On this call I'd like to learn what you're looking
  for (pay\\, schedule\\, location) so I can match you to the right opportuni
 ties as they open up.\\n\\nBrianna Cole | Healthcare Recruiter
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""",
    ),
    (
        "referee-call",
        "040000008200E00074C5B7101A82E00800000000E7B9D1F3A5C8DC01000000000000000"
        "010000000F1E2D3C4B5A6978877665544332211AA",
        0, "", "", "", "",
        "reference-interview-user-is-referee-for-former-partner",
        """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ Pacific Standard Time%%
BEGIN:VEVENT
ORGANIZER;CN="Kiser, Todd (Background Investigator)":mailto:tkiser@spokanecit
 y.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ryan.kowal
 czyk.fire@gmail.com:mailto:ryan.kowalczyk.fire@gmail.com
DESCRIPTION;LANGUAGE=en-US:Mr. Kowalczyk\\, Jake Morales listed you as a pro
 fessional reference on his application for Firefighter with the Spokane Fi
 re Department. I'd like to ask you about your time working with him at Ced
 ar Valley. About 20 minutes by phone\\; I will call you at 253-555-0139.\\n\\n
 Todd Kiser\\n
UID:040000008200E00074C5B7101A82E00800000000E7B9D1F3A5C8DC01000000000000000
 010000000F1E2D3C4B5A6978877665544332211AA
SUMMARY;LANGUAGE=en-US:Reference Interview - J. Morales (SFD Background)
DTSTART;TZID=Pacific Standard Time:20260225T153000
DTEND;TZID=Pacific Standard Time:20260225T155000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260220T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
END:VEVENT
END:VCALENDAR""",
    ),
]
