# ruff: noqa: E501
"""holdout207 events, part c: contractors, ports and Nordic employers (one or two events each)."""

from holdout207ev_tz import COPENHAGEN, GMT_STD, LONDON, W_EUROPE

EVENTS = [
    dict(
        kind="ats-invite", eol="crlf", uid="icims-intv-1182734-20250221@careers-seaway7.icims.com",
        is_interview=1, company="Seaway7", role="HSE Manager - Renewables", stage="recruiter_screen",
        interviewers="hannah.wright@seaway7.com", trap="icims-telephone-interview-pipe-subject",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Platform//EN
VERSION:2.0
METHOD:REQUEST
""" + LONDON + r"""BEGIN:VEVENT
UID:icims-intv-1182734-20250221@careers-seaway7.icims.com
DTSTAMP:20250214T110402Z
DTSTART;TZID=Europe/London:20250221T093000
DTEND;TZID=Europe/London:20250221T100000
SUMMARY:Seaway7 | Telephone Interview | HSE Manager - Renewables (Job ID 2025-4417)
DESCRIPTION:Dear Fiona\,\n\nThis confirms your telephone interview for HSE M
 anager - Renewables (Job ID 2025-4417). Hannah Wright\, Recruitment Partne
 r\, will call you on +447700900417.\n\nRegards\,\nSeaway7 Recruitment
LOCATION:Telephone
ORGANIZER;CN=Seaway7 Careers:mailto:noreply@icims.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Hannah Wright:mailto:hannah.wright@seaway7.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E008000000004D3C2B1A09F8DB010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170",
        is_interview=1, company="Seaway7", role="HSE Manager (Renewables)", stage="technical",
        interviewers="graeme.simpson@seaway7.com;rachel.dunn@seaway7.com", trap="outlook-technical-interview-westhill-room-resource",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Simpson, Graeme":mailto:graeme.simpson@seaway7.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN='fiona.mackenzie.hse@gmail.com':mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Dunn, Rachel":mailto:rachel.dunn@seaway7.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="WH East Campus - G.07 Brodgar":mailto:wh-ec-g07@seaway7.com
DESCRIPTION;LANGUAGE=en-GB:Fiona\, technical interview with myself (HSEQ Ma
 nager\, Renewables) and Rachel Dunn (Offshore Superintendent). Expect ques
 tions on SIMOPS\, lifting operations\, marine warranty and the HSE plan fo
 r a cable lay campaign. Sign in at East Campus reception\, Prospect Road.\n
SUMMARY;LANGUAGE=en-GB:Technical Interview - F Mackenzie - HSE Manager (Renewables)
DTSTART;TZID=GMT Standard Time:20250320T140000
DTEND;TZID=GMT Standard Time:20250320T153000
UID:040000008200E00074C5B7101A82E008000000004D3C2B1A09F8DB010000000000000000100000006F5E4D3C2B1A09F8E7D6C5B4A3928170
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250310T134455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:WH East Campus - G.07 Brodgar
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="typed-entry", eol="lf", uid="7C4E2A10-9F3B-4E55-A1D2-0B3C4D5E6F70",
        is_interview=1, company="Global Energy Group", role="", stage="",
        interviewers="Sandy", trap="typed-geg-int-nigg-ask-at-gatehouse",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:7C4E2A10-9F3B-4E55-A1D2-0B3C4D5E6F70
DTSTAMP:20250407T052911Z
CREATED:20250407T052911Z
DTSTART:20250415T100000
DTEND:20250415T120000
SUMMARY:GEG int - Nigg
LOCATION:Port of Nigg\, Nigg\, Tain IV19 1QU
DESCRIPTION:ask for Sandy at gatehouse. bring boots + certs (BOSIET\, MIST
 \, NEBOSH dip). 2.5hr drive - leave 7.15
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="eploy-interview-55123-987@portofaberdeen.eploy.net",
        is_interview=1, company="Port of Aberdeen", role="Health, Safety & Environment Manager", stage="onsite",
        interviewers="Gordon Masson;Elaine Cruickshank;Rhona Bain", trap="eploy-panel-interview-harbour-office",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eploy//Eploy Recruitment//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eploy-interview-55123-987@portofaberdeen.eploy.net
DTSTAMP:20250415T154500Z
DTSTART:20250424T090000Z
DTEND:20250424T103000Z
SUMMARY:Interview Confirmation - Health\, Safety & Environment Manager
DESCRIPTION:Dear Fiona\,\n\nThank you for accepting our invitation to inter
 view for the role of Health\, Safety & Environment Manager.\n\nDate: Thursd
 ay 24 April 2025\nTime: 10:00\nVenue: Port of Aberdeen\, 16 Regent Quay\, A
 berdeen AB11 5SS\nPanel: Gordon Masson (Chief Operating Officer)\, Elaine C
 ruickshank (Head of Marine Operations)\, Rhona Bain (People Partner)\n\nYou
  will be asked to deliver a 10 minute presentation on "The top three HSE r
 isks of a multi-user port supporting offshore wind and decommissioning".\n\
 nPlease bring photographic ID and your certificates.\n\nPeople Team\nPort o
 f Aberdeen
LOCATION:16 Regent Quay\, Aberdeen AB11 5SS
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="WD-e77b190c2dd94f4e@woodplc.wd1.myworkday.com",
        is_interview=1, company="Wood", role="HSE Manager - Renewables Consulting", stage="hiring_manager",
        interviewers="neil.mcrae@woodplc.com", trap="workday-teams-hiring-manager-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-e77b190c2dd94f4e@woodplc.wd1.myworkday.com
DTSTAMP:20250319T171100Z
DTSTART:20250328T153000Z
DTEND:20250328T163000Z
SUMMARY:Interview with Wood: HSE Manager - Renewables Consulting
DESCRIPTION:Hello Fiona\,\n\nYour interview has been scheduled.\n\nInterview
 er: Neil McRae\, Director - Renewables Consulting\nFormat: Microsoft Teams\n
 Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NTA2ZGM4\n\nThe
  Wood Talent Acquisition Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Wood Careers:mailto:woodplc@myworkday.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Neil McRae:mailto:Neil.McRae@woodplc.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="taleo-sched-20250228-0047716@petrofac.taleo.net",
        is_interview=1, company="Petrofac", role="Senior HSE Advisor - Offshore Wind", stage="recruiter_screen",
        interviewers="Yasmin Ali", trap="taleo-phone-screen-interviewer-name-only",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Enterprise//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:taleo-sched-20250228-0047716@petrofac.taleo.net
DTSTAMP:20250224T080112Z
DTSTART:20250228T110000Z
DTEND:20250228T113000Z
SUMMARY:Petrofac - Interview Scheduled - Senior HSE Advisor - Offshore Wind (2500471)
DESCRIPTION:Dear Fiona Mackenzie\,\n\nAn interview has been scheduled for y
 ou for the position Senior HSE Advisor - Offshore Wind (2500471).\n\nIntervi
 ew type: Telephone\nInterviewer: Yasmin Ali\, Talent Acquisition\n\nShould
  you be unable to attend\, contact us via the career section.\n\nPetrofac
LOCATION:Telephone
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="sr-interview-6627f0e1c93b2a0018d4e771@smartrecruiters.com",
        is_interview=1, company="Kent", role="HSE Manager (Offshore Wind)", stage="",
        interviewers="david.oconnor@kentplc.com;priya.nair@kentplc.com", trap="smartrecruiters-video-interview-no-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6627f0e1c93b2a0018d4e771@smartrecruiters.com
DTSTAMP:20250414T120301Z
DTSTART:20250422T130000Z
DTEND:20250422T140000Z
SUMMARY:Interview: Fiona Mackenzie for HSE Manager (Offshore Wind) at Kent
DESCRIPTION:Hi Fiona\,\n\nYou're invited to a video interview for HSE Manag
 er (Offshore Wind).\n\nInterviewers:\n- David O'Connor\n- Priya Nair\n\nMee
 ting link: https://kentplc.zoom.us/j/96633418820\n\nNeed to reschedule? Use
  the link in your invitation email.\n\nKent Talent Acquisition via SmartRe
 cruiters
LOCATION:https://kentplc.zoom.us/j/96633418820
ORGANIZER;CN=Kent Talent Acquisition:mailto:kent@smartrecruiters.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=David O'Connor:mailto:david.oconnor@kentplc.com
ATTENDEE;CN=Priya Nair:mailto:priya.nair@kentplc.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="outlook-invite", eol="crlf", uid="040000008200E00074C5B7101A82E00800000000D2E3F4A5B681DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
        is_interview=1, company="Boskalis", role="QHSE Manager Offshore Wind UK", stage="hiring_manager",
        interviewers="m.vandijk@boskalis.com", trap="dutch-outlook-w-europe-teams-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + W_EUROPE + r"""BEGIN:VEVENT
ORGANIZER;CN="Dijk, Marieke van":mailto:m.vandijk@boskalis.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=fiona.mackenzie.hse@gmail.com:mailto:fiona.mackenzie.hse@gmail.com
DESCRIPTION;LANGUAGE=nl-NL:Dear Fiona\, as discussed with our recruiter\, h
 ereby the invitation for the interview for QHSE Manager Offshore Wind UK.
  Time is CET (14:00 UK).\nKind regards\, Marieke van Dijk\, Manager QHSE O
 ffshore Energy\n\n________________________________________________________________________________\nMicrosoft Teams-vergadering\nDeelnemen op uw computer\, mobiele app
  of apparaat in de ruimte\nKlik hier om deel te nemen aan de vergadering<ht
 tps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDE0YTI5>\nVergader-id:
  348 557 102 993\nWachtwoord: aG3cN8\n
SUMMARY;LANGUAGE=nl-NL:Interview F. Mackenzie - QHSE Manager Offshore Wind UK
DTSTART;TZID=W. Europe Standard Time:20250224T150000
DTEND;TZID=W. Europe Standard Time:20250224T160000
UID:040000008200E00074C5B7101A82E00800000000D2E3F4A5B681DB01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250217T101010Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=nl-NL:Microsoft Teams-vergadering
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="webex-invite", eol="crlf", uid="7a1d5e0b93c24f8a9e6d2c1b0a9f8e7d@deme-group.webex.com",
        is_interview=1, company="DEME", role="Project HSE Manager - Offshore Wind", stage="technical",
        interviewers="koen.peeters@deme-group.com;an.de.smet@deme-group.com", trap="webex-technical-interview-belgian-project-team",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:7a1d5e0b93c24f8a9e6d2c1b0a9f8e7d@deme-group.webex.com
DTSTAMP:20250505T140512Z
DTSTART:20250516T080000Z
DTEND:20250516T093000Z
SUMMARY:DEME Offshore - technical interview Project HSE Manager - Fiona Mackenzie
DESCRIPTION:Koen Peeters invites you to join this Webex meeting.\n\nMeeting
  number (access code): 2741 118 9032\nMeeting password: DEME2025hse\n\nJoi
 n meeting: https://deme-group.webex.com/deme-group/j.php?MTID=m8c2f1e0d9b7
 a\n\nAgenda: technical interview for the Project HSE Manager position (OWF
  projects UK/Denmark) with Koen Peeters (QHSE Director Offshore Energy) and
  An De Smet (Project Director). Duration 90 min incl. a short case on a lif
 ting incident.\n\nJoin by phone\n+44-20-3478-5289 United Kingdom toll\nAcce
 ss code: 2741 118 9032
LOCATION:https://deme-group.webex.com/deme-group/j.php?MTID=m8c2f1e0d9b7a
ORGANIZER;CN=Koen Peeters:mailto:koen.peeters@deme-group.com
ATTENDEE;CN=fiona.mackenzie.hse@gmail.com;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=An De Smet;ROLE=REQ-PARTICIPANT:mailto:an.de.smet@deme-group.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="WD-INTV-vestas-9d3e1a77b0@vestas.wd3.myworkday.com",
        is_interview=1, company="Vestas", role="HSE Manager Offshore - Esbjerg", stage="recruiter_screen",
        interviewers="skrja@vestas.com", trap="workday-copenhagen-tz-screening-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday Inc//Workday Calendar//EN
METHOD:REQUEST
""" + COPENHAGEN + r"""BEGIN:VEVENT
UID:WD-INTV-vestas-9d3e1a77b0@vestas.wd3.myworkday.com
DTSTAMP:20250307T112245Z
DTSTART;TZID=Europe/Copenhagen:20250317T130000
DTEND;TZID=Europe/Copenhagen:20250317T133000
SUMMARY:Vestas - Screening Interview - HSE Manager Offshore\, Esbjerg (R-58812)
DESCRIPTION:Dear Fiona\,\n\nWe look forward to speaking with you. Your scree
 ning interview will be held on Microsoft Teams with Sara Kristine Jakobsen
 \, Talent Acquisition Partner.\n\nhttps://teams.microsoft.com/l/meetup-join
 /19%3ameeting_OTRhNmFj\n\nBest regards\nVestas Talent Acquisition
ORGANIZER;CN=Vestas Careers:mailto:vestas@myworkday.com
ATTENDEE;CN=Fiona Mackenzie;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Sara Kristine Jakobsen;PARTSTAT=ACCEPTED:mailto:SKRJA@vestas.com
LOCATION:Microsoft Teams
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="hr-on-meeting-31877-2@app.hr-on.com",
        is_interview=1, company="ESVAGT", role="HSE Manager, SOV Fleet", stage="hiring_manager",
        interviewers="pbj@esvagt.dk;lkn@esvagt.dk", trap="danish-hr-on-english-interview-sov-fleet",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HR-ON//HR-ON Recruit//EN
METHOD:REQUEST
""" + COPENHAGEN + r"""BEGIN:VEVENT
UID:hr-on-meeting-31877-2@app.hr-on.com
DTSTAMP:20250218T090031Z
DTSTART;TZID=Europe/Copenhagen:20250225T100000
DTEND;TZID=Europe/Copenhagen:20250225T110000
SUMMARY:Interview - HSE Manager\, SOV Fleet - Fiona Mackenzie
DESCRIPTION:Dear Fiona\,\n\nThank you for your application for HSE Manager\,
  SOV Fleet. We would like to invite you to an interview on Teams with Pern
 ille Bach Jensen (Head of HSEQ) and Lasse Kjær Nielsen (Fleet Manager). T
 he interview will be in English.\n\nTime: 25 February 10:00-11:00 Danish t
 ime (09:00-10:00 UK)\nTeams: https://teams.microsoft.com/l/meetup-join/19%3
 ameeting_ZTg0NWJi\n\nBest regards\nESVAGT HR
LOCATION:Teams
ORGANIZER;CN=ESVAGT HR:mailto:noreply@hr-on.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Pernille Bach Jensen:mailto:pbj@esvagt.dk
ATTENDEE;CN=Lasse Kjær Nielsen:mailto:lkn@esvagt.dk
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    dict(
        kind="ats-invite", eol="crlf", uid="tt-interview-b8e61c0f-2e0a-4d1c-97f3-5a2b8c0d7e14@teamtailor.com",
        is_interview=1, company="Cadeler", role="HSE Manager (Esbjerg base)", stage="",
        interviewers="anders.holm@cadeler.com", trap="teamtailor-meeting-copenhagen-no-stage",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
""" + COPENHAGEN + r"""BEGIN:VEVENT
UID:tt-interview-b8e61c0f-2e0a-4d1c-97f3-5a2b8c0d7e14@teamtailor.com
DTSTAMP:20250506T133014Z
DTSTART;TZID=Europe/Copenhagen:20250514T130000
DTEND;TZID=Europe/Copenhagen:20250514T140000
SUMMARY:Fiona Mackenzie <> Cadeler | HSE Manager (Esbjerg base)
DESCRIPTION:Hi Fiona!\n\nLooking forward to meeting you. Anders Holm (Vice
  President HSEQ) will host the meeting.\n\nJoin Google Meet: https://meet.
 google.com/yhe-pzwa-kro\n\nAdd to calendar or reschedule: https://cadeler.t
 eamtailor.com/meetings/b8e61c0f\n\nCheers\nThe Cadeler Talent Team
LOCATION:Google Meet
ORGANIZER;CN=Cadeler:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Fiona Mackenzie;RSVP=TRUE:mailto:fiona.mackenzie.hse@gmail.com
ATTENDEE;CN=Anders Holm:mailto:anders.holm@cadeler.com
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
]
