"""holdout221 events, part D: one-off interviews from ATS and scheduling tools (hand-written raw iCalendar text)."""

EVENTS = [
    {
        "kind": "video-interview",
        "uid": "oleeo-int-55120-9931@woodside.oleeo.com",
        "is_interview": 1, "company": "Woodside", "role": "Electrical Maintenance Supervisor - Karratha",
        "stage": "", "interviewers": "natasha.greer@woodside.com;paul.mbeki@woodside.com",
        "trap": "oleeo-video-interview-no-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Oleeo//Interview Scheduler 5.2//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:oleeo-int-55120-9931@woodside.oleeo.com
DTSTAMP:20250402T051900Z
DTSTART:20250410T060000Z
DTEND:20250410T070000Z
SUMMARY:Woodside Energy - Interview - Electrical Maintenance Supervisor (K
 arratha)
DESCRIPTION:Dear Jarrah\,\r\n\r\nYour interview has been confirmed.\r\n\r\
 nRole: Electrical Maintenance Supervisor - Karratha Gas Plant (Residential
  Karratha)\r\nInterviewers: Natasha Greer\, Paul Mbeki\r\nFormat: Microso
 ft Teams video\r\nLink: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_V29vZHNpZGU@thread.v2/0\r\n\r\nIf you require any adjustments to par
 ticipate in the recruitment process please let us know.\r\n\r\nWoodside R
 ecruitment
ORGANIZER;CN=Woodside Recruitment:mailto:recruitment-noreply@woodside.oleeo.
 com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Natasha Greer;PARTSTAT=ACCEPTED:mailto:natasha.greer@woodside.c
 om
ATTENDEE;CN=Paul Mbeki;PARTSTAT=ACCEPTED:mailto:paul.mbeki@woodside.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings",
        "uid": "c5a7f4d2-90b1-4e3c-8d66-2f1a0b9e7c35",
        "is_interview": 1, "company": "Roy Hill", "role": "Electrical Supervisor (Process Plant)",
        "stage": "recruiter_screen", "interviewers": "",
        "trap": "ms-bookings-candidate-booked-screen",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Roy Hill Talent Bookings:mailto:RoyHillTalent@royhill.onmicros
 oft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jarrah Mit
 chell:mailto:jarrah.mitchell.sparky@outlook.com.au
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Screening
  call - Electrical Supervisor (Process Plant)\nStaff: Talent Acquisition t
 eam\nDuration: 30 minutes\n\nA member of our talent team will call you on
  0412558903 at the time booked. Questions will cover your electrical lice
 nce\, HV experience and roster availability.\n\nManage booking: https://ou
 tlook.office365.com/owa/calendar/RoyHillTalent@royhill.onmicrosoft.com/boo
 kings/\n
UID:c5a7f4d2-90b1-4e3c-8d66-2f1a0b9e7c35
SUMMARY;LANGUAGE=en-US:Screening call - Electrical Supervisor (Process Pla
 nt) - Roy Hill
DTSTART:20250320T003000Z
DTEND:20250320T010000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T112044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "scout-interview",
        "uid": "st-interview-2025-22841-c3@scouttalent.com.au",
        "is_interview": 1, "company": "Synergy", "role": "Maintenance Planner (Electrical) - Kwinana",
        "stage": "hiring_manager", "interviewers": "greg.ashworth@synergy.net.au",
        "trap": "scout-talent-hiring-manager-residential",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Scout Talent//Scout Talent Recruit//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:st-interview-2025-22841-c3@scouttalent.com.au
DTSTAMP:20250404T014507Z
DTSTART;TZID=Australia/Perth:20250411T083000
DTEND;TZID=Australia/Perth:20250411T093000
SUMMARY:Interview with Synergy - Maintenance Planner (Electrical) - Kwinana
DESCRIPTION:Hi Jarrah\,\n\nThank you for confirming your interview time.\n
 \nYou'll be meeting with Greg Ashworth\, Maintenance Manager - Kwinana Pow
 er Station.\n\nLocation: Synergy Kwinana Site\, Leath Rd\, Naval Base WA
  6165. Report to the gatehouse 15 minutes early with photo ID\; you will
  be escorted.\n\nKind regards\,\nSynergy Recruitment Team
LOCATION:Synergy Kwinana - Gatehouse\, Leath Rd\, Naval Base
ORGANIZER;CN=Synergy Careers:mailto:noreply@scouttalent.com.au
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=ACCEPTED:mailto:jarrah.mitchell.spark
 y@outlook.com.au
ATTENDEE;CN=Greg Ashworth;PARTSTAT=ACCEPTED:mailto:greg.ashworth@synergy.ne
 t.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-interview",
        "uid": "8a8b2c4d5e6f7081928374655f6e7d8c@horizonpower.webex.com",
        "is_interview": 1, "company": "Horizon Power", "role": "Electrical Supervisor Karratha",
        "stage": "hiring_manager", "interviewers": "steve.mcallister@horizonpower.com.au",
        "trap": "webex-hiring-manager-state-utility",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:20090329T030000
TZOFFSETFROM:+0900
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:8a8b2c4d5e6f7081928374655f6e7d8c@horizonpower.webex.com
DTSTAMP:20250414T025830Z
DTSTART;TZID=Australia/Perth:20250422T130000
DTEND;TZID=Australia/Perth:20250422T140000
SUMMARY:Horizon Power - Electrical Supervisor Karratha - interview (Jarrah
  Mitchell)
DESCRIPTION:Steve McAllister invites you to join this Webex meeting.\n\nMee
 ting number (access code): 2651 884 0193\nMeeting password: HPkarr25\n\nJo
 in meeting\nhttps://horizonpower.webex.com/horizonpower/j.php?MTID=m4b2a9
 e8f\n\nJoin by phone\n+61-2-8517-1099 Australia Toll\n\nHi Jarrah - this i
 s with myself (Depot Manager\, Karratha) to talk through the supervisor ro
 le\, the on-call roster and relocation. ~1 hr. Steve
LOCATION:Webex
ORGANIZER;CN=Steve McAllister:mailto:steve.mcallister@horizonpower.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jarrah.mi
 tchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "second-interview",
        "uid": "0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5@watercorporation.com.au",
        "is_interview": 1, "company": "Water Corporation", "role": "Maintenance Planner (Electrical)",
        "stage": "onsite",
        "interviewers": "rachel.tan@watercorporation.com.au;josh.delaney@watercorporation.com.au",
        "trap": "outlook-mac-second-interview-in-person",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0c1d2e3f-4a5b-6c7d-8e9f-a0b1c2d3e4f5@watercorporation.com.au
DTSTAMP:20250502T032201Z
DTSTART:20250509T020000Z
DTEND:20250509T031500Z
SUMMARY:2nd interview - Maintenance Planner (Electrical) - Jarrah Mitchell
DESCRIPTION:Hi Jarrah\,\n\nThanks again for your time last week. We'd like
  you to come in for a second interview at our Leederville office with mys
 elf and Josh Delaney (Manager Planning & Scheduling\, Metro Wastewater). P
 lease bring a copy of your licence and tickets.\n\n629 Newcastle St\, Leed
 erville - sign in at ground floor reception. Visitor parking off Frame Ct
 .\n\nRegards\,\nRachel Tan\nSenior Maintenance Planner
LOCATION:629 Newcastle St\, Leederville - Level 3 Room Swan
ORGANIZER;CN=Rachel Tan:mailto:rachel.tan@watercorporation.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CN=Josh Delaney;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:josh
 .delaney@watercorporation.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-phone-screen",
        "uid": "lever-iv-3b8f6d2e-1a49-4c07-9e5d-7f2b0c8a6e13",
        "is_interview": 1, "company": "Mineral Resources", "role": "Electrical Supervisor - Wodgina",
        "stage": "recruiter_screen", "interviewers": "chloe.benson@mrl.com.au",
        "trap": "lever-phone-screen-from-noreply",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-iv-3b8f6d2e-1a49-4c07-9e5d-7f2b0c8a6e13
DTSTAMP:20250224T060814Z
DTSTART:20250227T093000Z
DTEND:20250227T100000Z
SUMMARY:Phone Screen: Jarrah Mitchell <> MinRes (Electrical Supervisor - W
 odgina)
DESCRIPTION:Hi Jarrah\,\n\nYou're confirmed for a phone screen with Chloe B
 enson (Talent Acquisition) for Electrical Supervisor - Wodgina.\n\nChloe
  will call you on +61 412 558 903.\n\nThanks\,\nMinRes Talent
ORGANIZER;CN=Chloe Benson via Lever:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CN=Chloe Benson;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:chlo
 e.benson@mrl.com.au
LOCATION:Phone call
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-interview",
        "uid": "wk-3f7b2a-interview-0451@workable.com",
        "is_interview": 1, "company": "Monadelphous", "role": "Electrical Supervisor - Shutdowns (FIFO)",
        "stage": "", "interviewers": "luke.prentice@monadelphous.com.au",
        "trap": "workable-interview-shutdown-role",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
UID:wk-3f7b2a-interview-0451@workable.com
DTSTAMP:20250311T042233Z
DTSTART:20250319T023000Z
DTEND:20250319T031500Z
SUMMARY:Interview: Electrical Supervisor - Shutdowns (FIFO) | Monadelphous
DESCRIPTION:Interview with Jarrah Mitchell\n\nJob: Electrical Supervisor -
  Shutdowns (FIFO)\nInterviewer: Luke Prentice\nType: Video call\nJoin: ht
 tps://meet.google.com/yzx-cbnf-qta\n\nPowered by Workable
LOCATION:https://meet.google.com/yzx-cbnf-qta
ORGANIZER;CN=Luke Prentice:mailto:luke.prentice@monadelphous.com.au
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-interview",
        "uid": "zoom-83921174402-20250417@zoom.us",
        "is_interview": 1, "company": "Downer", "role": "Maintenance Planner - Electrical",
        "stage": "hiring_manager", "interviewers": "kerry.nguyen@downergroup.com",
        "trap": "zoom-hiring-manager-floating-time",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250410T083012Z
DTSTART:20250417T153000
DTEND:20250417T161500
SUMMARY:Downer | Maintenance Planner - Electrical | Jarrah M
UID:zoom-83921174402-20250417@zoom.us
DESCRIPTION:Kerry Nguyen is inviting you to a scheduled Zoom meeting.\n\nH
 i Jarrah\, this is the interview for the planner role on the Rio rail main
 tenance contract - you'll be talking with me as the hiring manager (Plann
 ing Lead). Times are Perth time.\n\nJoin Zoom Meeting\nhttps://downer.zoom
 .us/j/83921174402?pwd=RG93bmVyUGxhbm5lcg\n\nMeeting ID: 839 2117 4402\nPa
 sscode: 220417\n\n---\n\nOne tap mobile\n+61861193900\,\,83921174402#\,\,
 \,\,*220417# Australia
LOCATION:https://downer.zoom.us/j/83921174402?pwd=RG93bmVyUGxhbm5lcg
ORGANIZER;CN=Kerry Nguyen:mailto:kerry.nguyen@downergroup.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "smartrecruiters",
        "uid": "sr-interview-8c1b4a97-2f5e@smartrecruiters.com",
        "is_interview": 1, "company": "UGL", "role": "Electrical Supervisor",
        "stage": "", "interviewers": "darren.holt@ugllimited.com;mei.lin@ugllimited.com",
        "trap": "smartrecruiters-teams-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//SmartRecruiters Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-8c1b4a97-2f5e@smartrecruiters.com
DTSTAMP:20250321T011840Z
DTSTART:20250328T003000Z
DTEND:20250328T013000Z
SUMMARY:UGL | Electrical Supervisor | Interview with Jarrah Mitchell
DESCRIPTION:Hello Jarrah\,\n\nYour interview for Electrical Supervisor at U
 GL is confirmed.\n\nInterview team:\n- Darren Holt\, Construction Manager\
 n- Mei Lin\, Project Engineer (E&I)\n\nLocation: Microsoft Teams - https:/
 /teams.microsoft.com/l/meetup-join/19%3ameeting_VUdMaW50@thread.v2/0\n\nG
 ood luck!\nUGL Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=UGL Talent Acquisition:mailto:notifications@smartrecruiters.c
 om
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Darren Holt;PARTSTAT=ACCEPTED:mailto:darren.holt@ugllimited.co
 m
ATTENDEE;CN=Mei Lin;PARTSTAT=ACCEPTED:mailto:mei.lin@ugllimited.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "greenhouse-phone",
        "uid": "gh-interview-41882077-2025@greenhouse.io",
        "is_interview": 1, "company": "Ventia", "role": "Maintenance Planner",
        "stage": "recruiter_screen", "interviewers": "hannah.wilkes@ventia.com",
        "trap": "greenhouse-phone-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:gh-interview-41882077-2025@greenhouse.io
DTSTAMP:20250505T002211Z
DTSTART:20250507T050000Z
DTEND:20250507T053000Z
SUMMARY:Phone Interview - Maintenance Planner (Ventia) - Jarrah Mitchell
DESCRIPTION:Hi Jarrah\,\n\nYou are scheduled to speak with Hannah Wilkes (
 Talent Acquisition Specialist) about the Maintenance Planner role on our
  defence estate contract (RAAF Pearce).\n\nHannah will call you on +614125
 58903.\n\nBest\,\nVentia Recruitment
ORGANIZER;CN=Ventia Recruitment:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Hannah Wilkes;PARTSTAT=ACCEPTED:mailto:hannah.wilkes@ventia.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-site-visit",
        "uid": "E14C2B77-93A0-4D1F-8B6E-5A2C9D0F3E81",
        "is_interview": 1, "company": "Northern Star", "role": "elec sup",
        "stage": "onsite", "interviewers": "Gav Kerr;Sinead",
        "trap": "hand-typed-site-visit-selection",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250421T093012Z
DTSTAMP:20250421T093104Z
DTSTART;TZID=Australia/Perth:20250428T093000
DTEND;TZID=Australia/Perth:20250428T140000
LAST-MODIFIED:20250421T093104Z
LOCATION:KCGM Fimiston - admin bldg\, Kalgoorlie
SEQUENCE:0
SUMMARY:NST site visit + int - elec sup
DESCRIPTION:w/ Gav Kerr (maint supt) + Sinead from HR\nflight VA1181 0640\n
 ute hire at airport - booked\nbring licence\, HV + EWP tickets\, PPE
UID:E14C2B77-93A0-4D1F-8B6E-5A2C9D0F3E81
END:VEVENT
BEGIN:VTIMEZONE
TZID:Australia/Perth
BEGIN:STANDARD
DTSTART:20090329T030000
TZOFFSETFROM:+0900
TZOFFSETTO:+0800
TZNAME:AWST
END:STANDARD
END:VTIMEZONE
END:VCALENDAR
""",
    },
]
