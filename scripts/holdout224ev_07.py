# ruff: noqa: E501
"""holdout224 events, part 7: the last single interviews (Webex, Avature, GoTo, Teamtailor, JazzHR, Lever) and the user's own typed entries (floating, all-day, X-WR-TIMEZONE export)."""

from holdout224ev_tz import CHI_GOOGLE, NY_ATS, NY_GOOGLE

EVENTS = [
    {
        "kind": "webex-board",
        "uid": "webex-mtg-2647719330-fdhf@webex.com",
        "is_interview": 1,
        "company": "Frederick Douglass Heritage Foundation",
        "role": "Chief Advancement Officer",
        "stage": "final",
        "interviewers": "cwhitfield.fdhf@outlook.com;gmorton@fdhf.org",
        "trap": "webex-final-board-interview-free-mail-trustee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:webex-mtg-2647719330-fdhf@webex.com
DTSTAMP:20250508T140010Z
DTSTART;TZID=America/New_York:20250514T180000
DTEND;TZID=America/New_York:20250514T193000
SUMMARY:FDHF Board Executive Committee – final interview\, Chief Advancement Officer
ORGANIZER;CN=Gail Morton:mailto:gmorton@fdhf.org
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Clarence Whitfield;RSVP=TRUE:mailto:cwhitfield.fdhf@outlook.com
ATTENDEE;CN=Gail Morton:mailto:gmorton@fdhf.org
LOCATION:https://fdhf.webex.com/fdhf/j.php?MTID=m82c0a1f93b2e
DESCRIPTION:Gail Morton invites you to join this Webex meeting.\n\nThe Executive Committee of the Board (Clarence Whitfield\, Chair\; Gail Morton\, President) will meet with you for the final interview for Chief Advancement Officer.\n\nMeeting number (access code): 2647 719 330\nMeeting password: FDhf0514\n\nJoin by phone\n+1-415-655-0001 United States Toll\n\nCan't join the meeting? https://help.webex.com/docs/ABT7
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "avature-conversation",
        "uid": "avature-sphf-interview-55108-2@avature.net",
        "is_interview": 1,
        "company": "Sweetgum Pediatric Health Foundation",
        "role": "Vice President, Philanthropy – Campaign",
        "stage": "hiring_manager",
        "interviewers": "janelle.pruitt@sweetgumhealth.org",
        "trap": "avature-hiring-leader-conversation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Avature//Avature Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:avature-sphf-interview-55108-2@avature.net
DTSTAMP:20250416T172233Z
DTSTART:20250422T150000Z
DTEND:20250422T160000Z
SUMMARY:Sweetgum Pediatric Health - Conversation with Hiring Leader
ORGANIZER;CN=Sweetgum Health Careers:mailto:careers@sweetgumhealth.avature.net
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Janelle Pruitt:mailto:janelle.pruitt@sweetgumhealth.org
LOCATION:Microsoft Teams
DESCRIPTION:Position: Vice President\, Philanthropy – Campaign (Req 55108)\nEntity: Sweetgum Pediatric Health Foundation\nHiring leader: Janelle Pruitt\, President\, Sweetgum Pediatric Health Foundation\n\nTeams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGRh%40thread.v2/0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-panel",
        "uid": "gotomeeting-885-019-221-unityway",
        "is_interview": 1,
        "company": "Unity Way of Greater Charlotte",
        "role": "Chief Development Officer",
        "stage": "onsite",
        "interviewers": "kfaulkner@unitywayclt.org;ttran@unitywayclt.org;wgibbs@unitywayclt.org",
        "trap": "gotomeeting-panel-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo//GoTo Meeting//EN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
UID:gotomeeting-885-019-221-unityway
DTSTAMP:20250415T120103Z
DTSTART;TZID=America/New_York:20250423T100000
DTEND;TZID=America/New_York:20250423T111500
SUMMARY:CDO Panel Interview – Danielle Brooks-Harper
ORGANIZER;CN=Keisha Faulkner:mailto:kfaulkner@unitywayclt.org
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Thanh Tran:mailto:ttran@unitywayclt.org
ATTENDEE;CN=Walter Gibbs:mailto:wgibbs@unitywayclt.org
LOCATION:GoTo Meeting https://meet.goto.com/885019221
DESCRIPTION:Panel: Keisha Faulkner (President & CEO)\, Thanh Tran (VP\, Community Impact)\, Walter Gibbs (Board Campaign Chair)\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/885019221\n\nYou can also dial in using your phone.\nAccess Code: 885-019-221\nUnited States: +1 (872) 240-3212
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "allday-final",
        "uid": "0B3E77A4-6C21-4F8D-9A5E-D12C44F0B6E9",
        "is_interview": 1,
        "company": "Mentor Nashville",
        "role": "",
        "stage": "final",
        "interviewers": "Dana",
        "trap": "typed-all-day-final-travel-day",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:0B3E77A4-6C21-4F8D-9A5E-D12C44F0B6E9
DTSTAMP:20250503T013322Z
CREATED:20250503T013241Z
DTSTART;VALUE=DATE:20250513
DTEND;VALUE=DATE:20250514
SUMMARY:NASHVILLE - Mentor Nash final!! (board chair + CEO)
DESCRIPTION:DL 1472 ATL 6:10a > BNA 6:15a CT. 9a CEO (Dana)\, 11 board chair + 2 trustees\, lunch w/ team\, 2p present 90-day plan. back DL 1819 6:50p. PRINT SLIDES
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-phone-screen",
        "uid": "A7F0E2C1-8B35-4D6A-9E11-0C9B3D5F7A42",
        "is_interview": 1,
        "company": "Midtown Symphony Society",
        "role": "",
        "stage": "recruiter_screen",
        "interviewers": "Tasha",
        "trap": "typed-phone-screen-first-name-only",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:A7F0E2C1-8B35-4D6A-9E11-0C9B3D5F7A42
DTSTAMP:20250305T141011Z
CREATED:20250305T140950Z
DTSTART:20250307T123000
DTEND:20250307T130000
SUMMARY:Midtown Sym - phone screen w/ Tasha (HR)
DESCRIPTION:she calls me. VP Dev. have $ range ready (175-195)
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-second-round",
        "uid": "6qg1o2a8s0rkm4v7tde9ubn3cf@google.com",
        "is_interview": 1,
        "company": "Midtown Symphony Society",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "typed-google-2nd-rd-x-wr-timezone-export",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:danielle.brooksharper@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20250320T190000Z
DTEND:20250320T203000Z
DTSTAMP:20250602T020114Z
UID:6qg1o2a8s0rkm4v7tde9ubn3cf@google.com
CREATED:20250311T213344Z
DESCRIPTION:CEO + board chair. Woodruff Arts Ctr\, admin offices 3rd fl. as
 k re: endowment campaign timeline + why last VP left
LAST-MODIFIED:20250311T213344Z
LOCATION:1280 Peachtree St NE\, Atlanta\, GA 30309
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:2nd rd Midtown Symphony
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workday-final",
        "uid": "WD-INT-pghc-JR1093-20250520-01",
        "is_interview": 1,
        "company": "Ponce Global Health Center",
        "role": "Vice President, Development and External Affairs",
        "stage": "final",
        "interviewers": "dr.abena.mensah@poncegh.org",
        "trap": "workday-final-in-person-ceo",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:WD-INT-pghc-JR1093-20250520-01
DTSTAMP:20250513T193307Z
DTSTART;TZID=America/New_York:20250520T140000
DTEND;TZID=America/New_York:20250520T150000
SUMMARY:Final Interview: Vice President\, Development and External Affairs (JR1093)
ORGANIZER;CN=Ponce Global Health Center:mailto:poncegh@myworkday.com
ATTENDEE;CN=Danielle Brooks-Harper;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Dr. Abena Mensah;ROLE=REQ-PARTICIPANT:mailto:Dr.Abena.Mensah@poncegh.org
LOCATION:Ponce Global Health Center\, 453 Freedom Pkwy NE\, Atlanta GA 30307 - Executive Suite
DESCRIPTION:Interview Details\n\nJob Requisition: JR1093 Vice President\, Development and External Affairs\nInterview Type: Final - In Person\nInterviewer: Dr. Abena Mensah\, Chief Executive Officer\n\nThis is a system-generated message from Workday. Please do not reply.
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-hiring-manager",
        "uid": "lever-c2a7e915-0d4b-4f38-b6e2-71f9a0d3c5b8",
        "is_interview": 1,
        "company": "DC Scholars Fund",
        "role": "Vice President of Development",
        "stage": "hiring_manager",
        "interviewers": "mwashington@dcscholarsfund.org",
        "trap": "lever-hiring-manager-meet",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-c2a7e915-0d4b-4f38-b6e2-71f9a0d3c5b8
DTSTAMP:20250428T150505Z
DTSTART:20250502T140000Z
DTEND:20250502T144500Z
SUMMARY:Hiring Manager Interview: Danielle Brooks-Harper for Vice President of Development
ORGANIZER;CN=Tiana Greer:mailto:tgreer@dcscholarsfund.org
ATTENDEE;CN=Danielle Brooks-Harper;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Marcus Washington;PARTSTAT=ACCEPTED:mailto:mwashington@dcscholarsfund.org
LOCATION:https://meet.google.com/xbe-pqwd-kzn
DESCRIPTION:DC Scholars Fund – Vice President of Development\nInterviewer: Marcus Washington\, CEO\nCoordinator: Tiana Greer\n\nPowered by Lever
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-intro",
        "uid": "teamtailor-interview-3b8d51f0-tvlt",
        "is_interview": 1,
        "company": "Tennessee Valley Land Trust",
        "role": "Director of Philanthropy (VP level)",
        "stage": "",
        "interviewers": "erin.castellano@tvlandtrust.org",
        "trap": "teamtailor-english-meeting-no-stage",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Calendar//EN
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:teamtailor-interview-3b8d51f0-tvlt
DTSTAMP:20250501T203400Z
DTSTART;TZID=America/Chicago:20250507T090000
DTEND;TZID=America/Chicago:20250507T100000
SUMMARY:Meeting with Tennessee Valley Land Trust – Director of Philanthropy (VP level)
ORGANIZER;CN=Tennessee Valley Land Trust:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Erin Castellano:mailto:erin.castellano@tvlandtrust.org
LOCATION:Zoom: https://tvlandtrust.zoom.us/j/84410277309
DESCRIPTION:Hi Danielle\,\n\nYou are booked for a meeting about the Director of Philanthropy (VP level) position with Erin Castellano\, Executive Director.\n\nZoom: https://tvlandtrust.zoom.us/j/84410277309\n\nSent via Teamtailor
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "jazzhr-interview",
        "uid": "jazzhr-event-77120931-magnoliahn",
        "is_interview": 1,
        "company": "Magnolia Heights Health Network",
        "role": "Vice President, Philanthropy",
        "stage": "",
        "interviewers": "rbynum@magnoliahhn.org;ehart@magnoliahhn.org",
        "trap": "jazzhr-interview-two-interviewers",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JazzHR//JazzHR Calendar//EN
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:jazzhr-event-77120931-magnoliahn
DTSTAMP:20250321T154455Z
DTSTART;TZID=America/New_York:20250327T090000
DTEND;TZID=America/New_York:20250327T100000
SUMMARY:Interview: Vice President\, Philanthropy - Danielle Brooks-Harper
ORGANIZER;CN=Magnolia Heights Health Network:mailto:notifications@app.jazz.co
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Regina Bynum:mailto:rbynum@magnoliahhn.org
ATTENDEE;CN=Elliot Hart:mailto:ehart@magnoliahhn.org
LOCATION:Magnolia Heights Health Network\, 2600 Martin Luther King Jr Dr SW\, Atlanta GA 30311
DESCRIPTION:Interviewers: Regina Bynum (CEO)\, Elliot Hart (Chief Operating Officer)\nPlease check in at the front desk on the 2nd floor.\n\nSent via JazzHR
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
