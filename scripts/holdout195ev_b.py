"""holdout195 raw events, part b: Capital One, USAA, Visa, SAP, Tonwerk, Epidemic Sound, Fathom, Schwab."""

WIN_CENTRAL = r"""BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

WIN_EASTERN = r"""BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""

EVENTS = [
    {
        "kind": "codesignal-typed",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E3A0F5D2-91B4-4C0A-8F6E-5D2C7B1A9E08
DTSTAMP:20250902T214510Z
CREATED:20250902T214455Z
LAST-MODIFIED:20250902T214510Z
DTSTART;VALUE=DATE:20250905
DTEND;VALUE=DATE:20250906
SUMMARY:CapOne GCA (CodeSignal) - take by tonight
DESCRIPTION:70 min\, 4 q's. score goes to TDP recruiting. webcam proctored
  so clean the desk lol
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "labels": [("E3A0F5D2-91B4-4C0A-8F6E-5D2C7B1A9E08", 1, "Capital One", "", "technical", "",
                    "codesignal-gca-typed-all-day")],
    },
    {
        "kind": "power-day",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EASTERN + r"""BEGIN:VEVENT
ORGANIZER;CN="Barnes, Tiana":mailto:tiana.barnes@capitalone.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ethan.caldw
 ell.dev@gmail.com:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ghosh, Ani
 ket":mailto:aniket.ghosh@capitalone.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whitaker,
 Joel":mailto:joel.whitaker@capitalone.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Nwosu, Ada
 ":mailto:ada.nwosu@capitalone.com
DESCRIPTION;LANGUAGE=en-US:Congratulations on advancing to Power Day for th
 e Technology Development Program (TDP) - Associate Software Engineer!\n\nYo
 ur Power Day consists of three back-to-back virtual sessions:\n  - Technica
 l Interview (Aniket Ghosh)\n  - Case Interview (Joel Whitaker)\n  - Job Fit
  / Behavioral (Ada Nwosu)\n\n_________________________________________________
 _______________________________\nMicrosoft Teams Need help?\nJoin the meeti
 ng now\nMeeting ID: 284 113 905 227 4\nPasscode: Zk7bQ2\n_________________
 _______________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B09F5C4E1A2BDC01000000000000000
 0100000009D34B3A7C1B3E64FAF2A8A4C9E6E7D11
SUMMARY;LANGUAGE=en-US:Capital One Power Day - Ethan Caldwell - TDP Associa
 te Software Engineer
DTSTART;TZID=Eastern Standard Time:20251017T120000
DTEND;TZID=Eastern Standard Time:20251017T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T132245Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\,"Onlin
 eMeetingProvider":3}
END:VEVENT
END:VCALENDAR
""",
        "labels": [("040000008200E00074C5B7101A82E00800000000B09F5C4E1A2BDC010000000000000000100000009D34B3A7C1B3E64F"
                    "AF2A8A4C9E6E7D11", 1, "Capital One",
                    "Technology Development Program (TDP) - Associate Software Engineer", "final",
                    "aniket.ghosh@capitalone.com;joel.whitaker@capitalone.com;ada.nwosu@capitalone.com",
                    "power-day-outlook-lastname-first")],
    },
    {
        "kind": "workday-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CENTRAL + r"""BEGIN:VEVENT
UID:wd-interview-R0098431-1f6e2c3a@myworkday.com
DTSTAMP:20250918T150312Z
DTSTART;TZID=Central Standard Time:20250925T100000
DTEND;TZID=Central Standard Time:20250925T104500
SUMMARY:Interview: R0098431 Software Engineer I (Entry Level) - San Antonio
  / Plano
ORGANIZER;CN=USAA Talent Acquisition:mailto:usaa@myworkday.com
ATTENDEE;CN=Ethan Caldwell;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ethan.caldw
 ell.dev@gmail.com
ATTENDEE;CN=Marisol Trevino;ROLE=REQ-PARTICIPANT:mailto:marisol.trevino@usaa
 .com
DESCRIPTION:Interview Type: Virtual - Microsoft Teams\nInterviewer(s): Mari
 sol Trevino\, Director\, Software Engineering\n\nPlease be prepared to disc
 uss your experience using the STAR method. A Teams link will be sent by yo
 ur recruiting coordinator 24 hours before the interview.\n\nThis is a syst
 em-generated message from Workday. Please do not reply.
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("wd-interview-R0098431-1f6e2c3a@myworkday.com", 1, "USAA", "Software Engineer I (Entry Level)",
                    "hiring_manager", "marisol.trevino@usaa.com", "workday-windows-zone-director-interview")],
    },
    {
        "kind": "smartrecruiters",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler 1.0//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-3b0f44c2-ee19-4d37-b0f2-61a7d1c94f0a
DTSTAMP:20251001T181122Z
DTSTART:20251008T200000Z
DTEND:20251008T210000Z
SUMMARY:Visa - Software Engineer\, New College Grad (Austin) - Technical I
 nterview
ORGANIZER;CN=Visa Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Kevin O'Donnell:mailto:kodonnel@visa.com
ATTENDEE;CN=Shruti Bhatt:mailto:shbhatt@visa.com
DESCRIPTION:Dear Ethan\,\n\nThank you for your interest in Visa. You are sc
 heduled for a 60 minute technical interview with Kevin O'Donnell and Shrut
 i Bhatt.\n\nWebex: https://visa.webex.com/visa/j.php?MTID=m3c0b8e2d91f7a6
 44e1d5c0b2a9f8e7d6\nMeeting number: 2634 880 1492\nPassword: Visa2025!\n\nP
 owered by SmartRecruiters
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("sr-3b0f44c2-ee19-4d37-b0f2-61a7d1c94f0a", 1, "Visa",
                    "Software Engineer, New College Grad (Austin)", "technical",
                    "kodonnel@visa.com;shbhatt@visa.com", "smartrecruiters-noreply-webex")],
    },
    {
        "kind": "successfactors",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Los_Angeles
BEGIN:STANDARD
DTSTART:19701101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:SF-ISC-2025-000418273@sapsf.com
DTSTAMP:20251013T071504Z
DTSTART;TZID=America/Los_Angeles:20251016T093000
DTEND;TZID=America/Los_Angeles:20251016T103000
SUMMARY:Interview: Associate Developer (m/w/d) - SAP Labs Palo Alto - Ethan
  Caldwell
ORGANIZER;CN=SAP Recruiting:mailto:noreply@sapsf.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Katrin Neumann;ROLE=REQ-PARTICIPANT:mailto:katrin.neumann@sap.co
 m
DESCRIPTION:Hallo Ethan\, hello Ethan\,\n\nwie besprochen: Gespräch mit Ka
 trin Neumann (Hiring Manager\, SAP Business Technology Platform). Sie hat
  gesehen\, dass du Deutsch sprichst - das Gespräch findet aber auf Englisch
  statt.\n\nAs discussed\, your interview with Katrin Neumann (Hiring Manage
 r) for Associate Developer. Microsoft Teams link: https://teams.microsoft.co
 m/l/meetup-join/19%3ameeting_NzQ1ZTA2\n\nViele Grüße / Best regards\nSAP T
 alent Attraction
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("SF-ISC-2025-000418273@sapsf.com", 1, "SAP", "Associate Developer (m/w/d)", "hiring_manager",
                    "katrin.neumann@sap.com", "successfactors-bilingual-german-english")],
    },
    {
        "kind": "personio-de",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-6f21d0b8a4c94f57@personio.de
DTSTAMP:20251020T092817Z
DTSTART:20251023T150000Z
DTEND:20251023T160000Z
SUMMARY:Tonwerk GmbH: Zweites Gespräch - Junior Backend Engineer (m/w/d)
ORGANIZER;CN=Lea Hoffmann:mailto:lea.hoffmann@tonwerk.io
ATTENDEE;CN=Ethan Caldwell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ethan.cal
 dwell.dev@gmail.com
ATTENDEE;CN=Jonas Becker;PARTSTAT=ACCEPTED:mailto:jonas.becker@tonwerk.io
ATTENDEE;CN=Lea Hoffmann;PARTSTAT=ACCEPTED:mailto:lea.hoffmann@tonwerk.io
DESCRIPTION:Hallo Ethan\,\n\nvielen Dank für das nette Kennenlerngespräch!
  Wie angekündigt laden wir dich zum zweiten Gespräch ein: ein technisches G
 espräch mit Jonas (CTO) - wir schauen gemeinsam auf deine Lösung der Case S
 tudy und sprechen über Architektur. Ich bin auch dabei.\n\nGoogle Meet: htt
 ps://meet.google.com/kud-tfzn-mvx\n\nDa du aus Austin zuschaltest: 17:00 Uh
 r bei uns ist 10:00 Uhr bei dir.\n\nLiebe Grüße\nLea\nPeople & Culture\, Tonw
 erk GmbH\, Berlin
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("personio-interview-6f21d0b8a4c94f57@personio.de", 1, "Tonwerk", "Junior Backend Engineer (m/w/d)",
                    "technical", "jonas.becker@tonwerk.io;lea.hoffmann@tonwerk.io",
                    "personio-german-zweites-gespraech")],
    },
    {
        "kind": "teamtailor",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:tt-meeting-2219847-ecaldwell@teamtailor.com
DTSTAMP:20250929T120301Z
DTSTART;TZID=America/New_York:20251002T113000
DTEND;TZID=America/New_York:20251002T120000
SUMMARY:Intro call with Epidemic Sound 🎧
ORGANIZER;CN=Epidemic Sound via Teamtailor:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Frida Lundgren:mailto:frida.lundgren@epidemicsound.com
DESCRIPTION:Hi Ethan!\n\nThanks for applying to Software Engineer\, Gradua
 te Program (New York). Frida from our Talent team will give you a call to
  get to know you and tell you more about the program.\n\nJoin: https://tea
 ms.microsoft.com/l/meetup-join/19%3ameeting_ZTk2MjQw\n\nSee you soon!\nThe
  Epidemic Sound Talent Team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [("tt-meeting-2219847-ecaldwell@teamtailor.com", 1, "Epidemic Sound",
                    "Software Engineer, Graduate Program (New York)", "recruiter_screen",
                    "frida.lundgren@epidemicsound.com", "teamtailor-intro-call-tzid-without-vtimezone")],
    },
    {
        "kind": "workable",
        "crlf": False,
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wkbl-evt-91c2e7ab34@workable.com
DTSTAMP:20251104T190018Z
DTSTART:20251112T170000Z
DTEND:20251112T181500Z
SUMMARY:Take-home review - Ethan Caldwell - Software Engineer I
ORGANIZER;CN=Fathom Health:mailto:fathom-health@candidates.workablemail.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
ATTENDEE;CN=Miles Ferreira:mailto:miles@fathomhealth.co
ATTENDEE;CN=Ines Karlsson:mailto:ines@fathomhealth.co
DESCRIPTION:Hi Ethan\, thanks for sending the take-home! In this 75 min se
 ssion you'll walk Miles (Eng Lead) and Ines (Staff Eng) through your solut
 ion\, then we'll extend it together live.\n\nZoom: https://us06web.zoom.us
 /j/84410029375?pwd=QmFkRmxD\nMeeting ID: 844 1002 9375\nPasscode: 413377\n
 \nSent via Workable
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("wkbl-evt-91c2e7ab34@workable.com", 1, "Fathom Health", "Software Engineer I", "technical",
                    "miles@fathomhealth.co;ines@fathomhealth.co", "workable-take-home-review")],
    },
    {
        "kind": "icims",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + WIN_CENTRAL + r"""BEGIN:VEVENT
UID:iCIMS-2025-87114-5523019
DTSTAMP:20251007T201500Z
DTSTART;TZID=Central Standard Time:20251014T133000
DTEND;TZID=Central Standard Time:20251014T150000
SUMMARY:Charles Schwab - 2026 Technology Associate Rotation Program - Pane
 l Interview
ORGANIZER;CN=Schwab Campus Recruiting:mailto:schwab-noreply@icims.com
ATTENDEE;CN=Ethan Caldwell;RSVP=TRUE:mailto:ethan.caldwell.dev@gmail.com
DESCRIPTION:Interview location: Schwab Austin campus\, 9800 Schwab Way\, B
 uilding A\, Austin TX 78759. Bring a photo ID for the front desk.\n\nPanel
 : Derek Hollis (Sr Manager\, Software Engineering)\; Yvonne Tran (Software
  Engineer III)\; Chase Robbins (Technical Program Manager)\n\nBusiness casu
 al. Parking in Garage 2\, visitor spots.\n\nThis message was sent by iCIMS
  on behalf of Charles Schwab. Replies to this address are not monitored.
LOCATION:Schwab Austin Campus - Bldg A
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [("iCIMS-2025-87114-5523019", 1, "Charles Schwab", "2026 Technology Associate Rotation Program",
                    "onsite", "Derek Hollis;Yvonne Tran;Chase Robbins", "icims-in-person-panel-local-campus")],
    },
]
