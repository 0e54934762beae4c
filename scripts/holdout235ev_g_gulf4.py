# ruff: noqa: E501
"""holdout235 events: Gulf employers via Workable, Bayt, Webex, Freshteam, headhunters and the user's own entries."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("workable-interview", "workable-event-4c81e0-77219305", r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:workable-event-4c81e0-77219305
DTSTAMP:20251026T100215Z
DTSTART;TZID=Asia/Dubai:20251101T110000
DTEND;TZID=Asia/Dubai:20251101T114500
SUMMARY:Interview with Cedar Gulf Fit-out LLC for the Project Engineer - Fit-out job
DESCRIPTION:Hi Mark Anthony\,\n\nThis is to confirm your interview with Rami Haddad for the Project Engineer - Fit-out role.\n\nWhere: Cedar Gulf Fit-out LLC\, Warehouse 7\, Umm Ramool\, Dubai (near Rashidiya metro)\n\nPlease reply if you need to reschedule.\n\nThanks\,\nCedar Gulf Fit-out LLC hiring team\n\nPowered by Workable
ORGANIZER;CN=Cedar Gulf Fit-out LLC:mailto:cedar-gulf-fit-out@workablemail.com
ATTENDEE;CN=Rami Haddad;ROLE=REQ-PARTICIPANT:mailto:rami@cedargulf.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Cedar Gulf Fit-out LLC\, Umm Ramool
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Cedar Gulf Fit-out LLC", role="Project Engineer - Fit-out",
       interviewers="rami@cedargulf.ae", trap="workable-in-person-no-stage"),

    ev("outlook-teams-interview", "040000008200E00074C5B7101A82E00800000000C94B3A2D1E5FDC010000000000000000100000003C2B1A0F9E8D7C6B5A49382716054F3E", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
ORGANIZER;CN="Mathew, Jijo":mailto:jijo.mathew@almansooritb.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bose, Anirban":mailto:anirban.bose@almansooritb.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Dear Eng. Mark\,\n\nAs discussed over the phone\, please find below the Teams link for your interview with our Project Manager Mr. Anirban Bose for the post of Project Engineer (Civil) - 2B+G+32 residential tower at JVC.\n\nI am only arranging the meeting\; kindly join 5 mins early.\n\nRegards\,\nJijo Mathew\nHR Coordinator\nAl Mansoori Tower Builders LLC\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODU2NzEz>\nMeeting ID: 377 520 118 402\nPasscode: 3xQp9R\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000C94B3A2D1E5FDC010000000000000000100000003C2B1A0F9E8D7C6B5A49382716054F3E
SUMMARY;LANGUAGE=en-US:Interview on Teams - Project Engineer (Civil) - Mark Anthony Villanueva
DTSTART;TZID=Arabian Standard Time:20251108T183000
DTEND;TZID=Arabian Standard Time:20251108T191500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251105T125800Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ODU2NzEz
END:VEVENT
END:VCALENDAR""", interview=1, company="Al Mansoori Tower Builders LLC", role="Project Engineer (Civil)",
       stage="hiring_manager", interviewers="anirban.bose@almansooritb.ae", trap="outlook-teams-hr-coordinator-organizer"),

    ev("headhunter-call", "1a2b3c4d-sterlinghale-20251204-og", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hi Mark\,\n\nGood to speak briefly earlier. As promised\, booking a proper call to run through the Project Engineer opportunity with my client Doha Skyline Contracting (Lusail Marina\, 2 x 45-storey towers). I'll want to cover your tower experience\, notice period\, current package and whether you hold a Qatar (MME/UPDA) registration or can get one.\n\nI'll ring you on the mobile on your CV.\n\nBest\,\nOliver Grant\nPrincipal Consultant - Construction & Property\nSterling Hale Recruitment\, Dubai
DTEND;TZID=Arabian Standard Time:20251204T130000
DTSTAMP:20251202T094421Z
DTSTART;TZID=Arabian Standard Time:20251204T123000
LOCATION:Phone
ORGANIZER;CN="Oliver Grant":mailto:oliver.grant@sterlinghale.com
ATTENDEE;CN="markvillanueva.ce@yahoo.com";RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-gb:Mark Villanueva / Oliver Grant - call
TRANSP:OPAQUE
UID:1a2b3c4d-sterlinghale-20251204-og
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", interview=1, company="Doha Skyline Contracting", role="Project Engineer", stage="recruiter_screen",
       interviewers="oliver.grant@sterlinghale.com", trap="headhunter-names-employer-only-in-body"),

    ev("bayt-invitation", "bayt-interview-5571094-20251115", r"""BEGIN:VCALENDAR
PRODID:-//Bayt.com//Bayt Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:bayt-interview-5571094-20251115
DTSTAMP:20251111T081533Z
DTSTART;TZID=Asia/Riyadh:20251115T110000
DTEND;TZID=Asia/Riyadh:20251115T113000
SUMMARY:Interview Invitation - Senior Site Engineer - Roads - Al Jazira Roads & Bridges
DESCRIPTION:Dear Mark Anthony Villanueva\,\n\nAl Jazira Roads & Bridges has invited you to an online interview for the job "Senior Site Engineer - Roads" (Riyadh\, Saudi Arabia) you applied for on Bayt.com.\n\nInterviewer: Eng. Tamer Youssef\nInterview type: Video call (link will be shared by the employer)\n\nGood luck!\nThe Bayt.com Team
ORGANIZER;CN=Bayt.com:mailto:noreply@bayt.com
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Online
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Al Jazira Roads & Bridges", role="Senior Site Engineer - Roads",
       interviewers="Eng. Tamer Youssef", trap="job-board-invite-interviewer-name-only"),

    ev("webex-technical", "8d1e55a0c3b94f27b6a0e9d4c2f17a36", r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems//Cisco Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:8d1e55a0c3b94f27b6a0e9d4c2f17a36
DTSTAMP:20251222T064020Z
DTSTART;TZID=Asia/Dubai:20251229T100000
DTEND;TZID=Asia/Dubai:20251229T110000
SUMMARY:Technical interview - Site Engineer (Marine / Quay Walls)
DESCRIPTION:Rajiv Menon invites you to join this Webex meeting.\n\nTechnical interview for Site Engineer (Marine / Quay Walls) - Abu Dhabi Marine Works\, Khalifa Port expansion. Topics: precast quay wall blocks\, marine concrete durability\, dredging/reclamation interface\, tidal working windows.\n\nMeeting number (access code): 2634 118 0924\nMeeting password: Qw7hPm2z\n\nJoin meeting\nhttps://admw.webex.com/admw/j.php?MTID=m8a1c7e2b\n\nJoin by phone\n+971-4-5194-455 United Arab Emirates Toll\nAccess code: 2634 118 0924\n
ORGANIZER;CN=Rajiv Menon:mailto:rajiv.menon@admw.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:https://admw.webex.com/admw/j.php?MTID=m8a1c7e2b
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Abu Dhabi Marine Works", role="Site Engineer (Marine / Quay Walls)",
       stage="technical", interviewers="rajiv.menon@admw.ae", trap="webex-technical-organizer-is-interviewer"),

    ev("yahoo-typed-interview", "ycal-0e8c7b91-2f4a-4b6d-a1c3-97d5e2f0b814", r"""BEGIN:VCALENDAR
PRODID:-//Yahoo! Inc.//Yahoo Calendar//EN
VERSION:2.0
BEGIN:VEVENT
UID:ycal-0e8c7b91-2f4a-4b6d-a1c3-97d5e2f0b814
DTSTAMP:20251209T201144Z
DTSTART;TZID=Asia/Qatar:20251211T190000
DTEND;TZID=Asia/Qatar:20251211T194500
SUMMARY:Al Rayyan Heights - online interview w/ PM Mr. Sameh (zoom)
DESCRIPTION:zoom id 735 902 1184 pw 40221 - link sa whatsapp ni HR\nproj: G+15 hotel apt\, Al Wakra\nqatar time! 8pm dxb
LOCATION:zoom
SEQUENCE:0
END:VEVENT
BEGIN:VTIMEZONE
TZID:Asia/Qatar
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
END:VCALENDAR""", interview=1, company="Al Rayyan Heights Contracting", interviewers="Mr. Sameh", stage="hiring_manager",
       trap="self-typed-yahoo-calendar-qatar-zone", eol="lf"),

    ev("assessment-centre", "RGI-AC-2026-01-0391", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Riyadh}}
BEGIN:VEVENT
UID:RGI-AC-2026-01-0391
DTSTAMP:20260128T121000Z
DTSTART;TZID=Asia/Riyadh:20260204T090000
DTEND;TZID=Asia/Riyadh:20260204T140000
SUMMARY:Virtual Assessment Centre - Project Engineer (Civil) - Cohort 4
DESCRIPTION:Dear Mark Anthony\,\n\nCongratulations on progressing in the Rawabi Giga Infrastructure selection process for Project Engineer (Civil). Your virtual assessment centre will include:\n\n09:00 Welcome & briefing\n09:30 In-tray exercise (site programme recovery)\n11:00 Group exercise (interface issues between utilities and roads packages)\n12:30 Competency-based interview with assessors Fatimah Al-Zahrani and Eng. Mark Sullivan\n\nPlease keep your camera on and have your national ID / passport ready for verification.\n\nRawabi Talent Assessment Team
ORGANIZER;CN=Rawabi Talent Assessment:mailto:assessment@rawabigiga.sa
ATTENDEE;CN=Fatimah Al-Zahrani;ROLE=REQ-PARTICIPANT:mailto:f.alzahrani@rawabigiga.sa
ATTENDEE;CN=Mark Sullivan;ROLE=REQ-PARTICIPANT:mailto:m.sullivan@rawabigiga.sa
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Rawabi Giga Infrastructure", role="Project Engineer (Civil)",
       interviewers="f.alzahrani@rawabigiga.sa;m.sullivan@rawabigiga.sa", trap="assessment-centre-same-first-name-assessor"),

    ev("typed-second-interview", "7ud2k9p1m4q6s0h3c8v5n2bf9t@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Mark V
X-WR-TIMEZONE:Asia/Dubai
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251218T160000
DTEND;TZID=Asia/Dubai:20251218T170000
DTSTAMP:20251214T083012Z
UID:7ud2k9p1m4q6s0h3c8v5n2bf9t@google.com
CREATED:20251214T083001Z
DESCRIPTION:w/ GM Mr. Nabil. 2nd & final daw sabi ng HR. bring orig docs + salary cert. ask abt family visa\, leave ticket\, OT. offer na siguro
LAST-MODIFIED:20251214T083001Z
LOCATION:Deira Gate office\, Port Saeed (near Deira City Centre)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd intvw Deira Gate
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", interview=1, company="Deira Gate Contracting", stage="final", interviewers="Mr. Nabil",
       trap="self-typed-second-round-tagalog-notes"),

    ev("freshteam-round-one", "freshteam-iv-19022033-r1", r"""BEGIN:VCALENDAR
PRODID:-//Freshworks Inc//Freshteam//EN
VERSION:2.0
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:freshteam-iv-19022033-r1
DTSTAMP:20260126T091533Z
DTSTART;TZID=Asia/Dubai:20260129T150000
DTEND;TZID=Asia/Dubai:20260129T160000
SUMMARY:Round 1 - Technical | Precast Site Engineer | Mark Anthony Villanueva
DESCRIPTION:Hello Mark Anthony\,\n\nYour Round 1 (Technical) interview for Precast Site Engineer at Crestline Precast Industries is scheduled.\n\nPanel: Suresh Nair (Plant Manager)\, Ali Raza (Erection Manager)\nVenue: Crestline Precast Industries\, Al Sajaa Industrial Area\, Sharjah - Admin Building\, 1st floor\n\nPlease wear safety shoes - you will be shown the casting yard and hollow-core line.\n\nTalent Team\, Crestline Precast Industries
ORGANIZER;CN=Crestline Talent Team:mailto:careers@crestlineprecast.ae
ATTENDEE;CN=Suresh Nair;ROLE=REQ-PARTICIPANT:mailto:suresh.nair@crestlineprecast.ae
ATTENDEE;CN=Ali Raza;ROLE=REQ-PARTICIPANT:mailto:ali.raza@crestlineprecast.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Crestline Precast Industries\, Al Sajaa\, Sharjah
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Crestline Precast Industries", role="Precast Site Engineer", stage="technical",
       interviewers="suresh.nair@crestlineprecast.ae;ali.raza@crestlineprecast.ae", trap="freshteam-technical-plant-visit"),

    ev("hr-final-phone", "freshteam-iv-19022033-r2", r"""BEGIN:VCALENDAR
PRODID:-//Freshworks Inc//Freshteam//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:freshteam-iv-19022033-r2
DTSTAMP:20260202T050010Z
DTSTART:20260205T060000Z
DTEND:20260205T063000Z
SUMMARY:Round 2 - HR Discussion | Precast Site Engineer | Mark Anthony Villanueva
DESCRIPTION:Hello Mark Anthony\,\n\nThank you for meeting our technical panel. The final step is a discussion with Hana Yousef (HR Manager) covering salary expectations\, notice period\, visa transfer and joining date.\n\nHana will call you on your mobile.\n\nTalent Team\, Crestline Precast Industries
ORGANIZER;CN=Crestline Talent Team:mailto:careers@crestlineprecast.ae
ATTENDEE;CN=Hana Yousef;ROLE=REQ-PARTICIPANT:mailto:hana.yousef@crestlineprecast.ae
ATTENDEE;CN=Mark Anthony Villanueva;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", interview=1, company="Crestline Precast Industries", role="Precast Site Engineer", stage="final",
       interviewers="hana.yousef@crestlineprecast.ae", trap="hr-discussion-final-round-utc"),
]
