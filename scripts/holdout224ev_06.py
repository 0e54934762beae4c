# ruff: noqa: E501
"""holdout224 events, part 6: more single interviews (Google invites, Taleo, Breezy, PageUp, Acuity, Outlook rooms, a typed entry, a headhunter on Meet)."""

from holdout224ev_tz import CHI_GOOGLE, CST_OUTLOOK, NY_ATS, NY_GOOGLE

EVENTS = [
    {
        "kind": "ed-office-visit",
        "uid": "1fc8u0m5q2pe7t4kh9rdsb3na6@google.com",
        "is_interview": 1,
        "company": "Chattahoochee River Alliance",
        "role": "Vice President of Development",
        "stage": "hiring_manager",
        "interviewers": "jdurant@chattahoocheeriver.org",
        "trap": "google-invite-ed-conversation-at-office",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250307T100000
DTEND;TZID=America/New_York:20250307T113000
DTSTAMP:20250303T162540Z
ORGANIZER;CN=Jamie Durant:mailto:jdurant@chattahoocheeriver.org
UID:1fc8u0m5q2pe7t4kh9rdsb3na6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jamie Durant;X-NUM-GUESTS=0:mailto:jdurant@chattahoocheeriver.org
DESCRIPTION:Danielle\, looking forward to meeting in person. We'll talk through the VP of Development role\, our $12M Riverlands campaign and how you'd structure the team. Then a quick walk down to the river overlook if the weather holds. – Jamie (Executive Director)
LAST-MODIFIED:20250303T162540Z
LOCATION:Chattahoochee River Alliance\, 3 Puritan Mill\, 950 Lowery Blvd NW\, Atlanta\, GA 30318\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Danielle Brooks-Harper – VP Development conversation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-intvw",
        "uid": "E9D04B7C-31A8-4C2F-B6E1-90F7D5A3C218",
        "is_interview": 1,
        "company": "Youth Futures of Metro Atlanta",
        "role": "",
        "stage": "",
        "interviewers": "Renee",
        "trap": "typed-iphone-intvw-abbreviation-floating",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E9D04B7C-31A8-4C2F-B6E1-90F7D5A3C218
DTSTAMP:20250306T225512Z
CREATED:20250306T225442Z
DTSTART:20250313T140000
DTEND:20250313T153000
SUMMARY:Youth Futures intvw - Renee + CFO
LOCATION:YFMA HQ 1275 Peachtree St NE 6th fl
DESCRIPTION:VP Dev/CAO? title TBD. bring 2 copies resume + campaign one-pager. park in Colony Sq deck
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT1H
UID:7C11E0A2-95B4-4D3D-A6F0-3E2B8D4C1A90
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo-screen",
        "uid": "TALEO-NKWA-2500312-PS-1",
        "is_interview": 1,
        "company": "National Kidney Wellness Association",
        "role": "Vice President, Development - Southeast Region",
        "stage": "recruiter_screen",
        "interviewers": "marisa.goode@nkwa.org",
        "trap": "oracle-taleo-phone-screen-utc",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Oracle Recruiting Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-NKWA-2500312-PS-1
DTSTAMP:20250303T201500Z
DTSTART:20250310T180000Z
DTEND:20250310T183000Z
SUMMARY:Phone Screen: Vice President\, Development - Southeast Region (2500312)
ORGANIZER;CN=NKWA Talent Acquisition:mailto:nkwa-recruiting@oraclecloud.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Marisa Goode:mailto:marisa.goode@nkwa.org
DESCRIPTION:Requisition 2500312 - Vice President\, Development - Southeast Region (Atlanta\, GA or remote)\nInterviewer: Marisa Goode\, Talent Acquisition Manager\nFormat: Phone. The recruiter will call you.\n\nNational Kidney Wellness Association
LOCATION:Phone
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "board-chair-final",
        "uid": "4vne2a9r7ltb0k6c3ofh8ds1qm@google.com",
        "is_interview": 1,
        "company": "Mecklenburg Library Foundation",
        "role": "Chief Development Officer",
        "stage": "final",
        "interviewers": "ssimmons@mecklibraryfdn.org;hgrier@carolinatrustbank.com",
        "trap": "google-final-with-board-chair-sent-by-ea",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY_GOOGLE + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250429T120000
DTEND;TZID=America/New_York:20250429T133000
DTSTAMP:20250422T140907Z
ORGANIZER;CN=Kara Phelps:mailto:kphelps@mecklibraryfdn.org
UID:4vne2a9r7ltb0k6c3ofh8ds1qm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Sandra Simmons;X-NUM-GUESTS=0:mailto:ssimmons@mecklibraryfdn.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Harold Grier;X-NUM-GUESTS=0:mailto:hgrier@carolinatrustbank.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kara Phelps;X-NUM-GUESTS=0:mailto:kphelps@mecklibraryfdn.org
DESCRIPTION:Final interview lunch for the Chief Development Officer position: Sandra Simmons (Executive Director) and Harold Grier (Board Chair). Reservation under Phelps.\n\nKara Phelps | Executive Assistant | Mecklenburg Library Foundation
LAST-MODIFIED:20250422T140907Z
LOCATION:The Capital Grille\, 201 N Tryon St\, Charlotte\, NC 28202\, USA
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CDO Final – Danielle Brooks-Harper w/ Sandra & Harold
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "breezy-video",
        "uid": "breezy-int-8c31f7d2a6e94b01@breezy.hr",
        "is_interview": 1,
        "company": "Nashville Humane Alliance",
        "role": "Vice President of Advancement",
        "stage": "recruiter_screen",
        "interviewers": "callie.brandt@nashvillehumane.org",
        "trap": "breezy-video-screen-central",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Breezy HR//Breezy HR//EN
METHOD:REQUEST
""" + CHI_GOOGLE + r"""BEGIN:VEVENT
UID:breezy-int-8c31f7d2a6e94b01@breezy.hr
DTSTAMP:20250324T151210Z
DTSTART;TZID=America/Chicago:20250328T130000
DTEND;TZID=America/Chicago:20250328T133000
SUMMARY:Vice President of Advancement - Video Interview - Danielle Brooks-Harper
ORGANIZER;CN=Callie Brandt:mailto:callie.brandt@nashvillehumane.org
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
LOCATION:https://meet.google.com/dzk-sxuo-rbw
DESCRIPTION:Hi Danielle\, thanks for scheduling your video interview with Nashville Humane Alliance. You'll be speaking with Callie Brandt\, HR Manager.\n\nGoogle Meet: https://meet.google.com/dzk-sxuo-rbw\n\nScheduled via Breezy HR
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-room-loop",
        "uid": "040000008200E00074C5B7101A82E00800000000A9B3C1D06F96DB01000000000000000010000000C4A7E1F29B30",
        "is_interview": 1,
        "company": "Cumberland Zoological Society",
        "role": "Vice President, Development",
        "stage": "onsite",
        "interviewers": "thollis@cumberlandzoo.org;abrewer@cumberlandzoo.org",
        "trap": "outlook-central-standard-time-rooms",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + CST_OUTLOOK + r"""BEGIN:VEVENT
ORGANIZER;CN="Lyle, Bonnie";SENT-BY="mailto:BLyle@cumberlandzoo.org":mailto:THollis@cumberlandzoo.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com:mailto:danielle.brooksharper@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hollis, Trent":mailto:THollis@cumberlandzoo.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Brewer, Anne":mailto:ABrewer@cumberlandzoo.org
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Admin Bldg - Savanna Conf Rm":mailto:SavannaConf@cumberlandzoo.org
DESCRIPTION;LANGUAGE=en-US:VP\, Development – in-person interviews\n10:00 Trent Hollis\, President & CEO\n11:00 Anne Brewer\, Chief Financial Officer\n12:00 Lunch and zoo walk with Development staff\n\nPlease check in at the Admin Building guest entrance (Gate 3). Bonnie Lyle will meet you.\n
UID:040000008200E00074C5B7101A82E00800000000A9B3C1D06F96DB01000000000000000010000000C4A7E1F29B30
SUMMARY;LANGUAGE=en-US:Candidate: Danielle Brooks-Harper – VP Development
DTSTART;TZID=Central Standard Time:20250501T100000
DTEND;TZID=Central Standard Time:20250501T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T164002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Admin Bldg - Savanna Conf Rm
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pageup-dean",
        "uid": "pageup-interview-CMU-1187-2-20250414",
        "is_interview": 1,
        "company": "Capital Mercy University",
        "role": "Associate Vice President, Principal Gifts",
        "stage": "hiring_manager",
        "interviewers": "fhaddad@capitalmercy.edu",
        "trap": "pageup-university-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//PageUp People//Interview Scheduler//EN
METHOD:REQUEST
""" + NY_ATS + r"""BEGIN:VEVENT
UID:pageup-interview-CMU-1187-2-20250414
DTSTAMP:20250409T130151Z
DTSTART;TZID=America/New_York:20250414T110000
DTEND;TZID=America/New_York:20250414T120000
SUMMARY:Interview for Associate Vice President\, Principal Gifts (Job 1187)
ORGANIZER;CN=Capital Mercy University Human Resources:mailto:noreply@pageuppeople.com
ATTENDEE;CN=Danielle Brooks-Harper;RSVP=TRUE:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CN=Farah Haddad:mailto:fhaddad@capitalmercy.edu
LOCATION:Microsoft Teams (link below)
DESCRIPTION:Dear Danielle\,\n\nThank you for booking your interview for Associate Vice President\, Principal Gifts (Job 1187).\nYou will meet with Farah Haddad\, Vice President for Advancement.\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Y2Rm%40thread.v2/0\n\nKind regards\,\nCapital Mercy University Human Resources
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "acuity-phone",
        "uid": "acuity-1384429107-homeward",
        "is_interview": 1,
        "company": "Homeward Atlanta Housing Trust",
        "role": "Vice President of Development",
        "stage": "recruiter_screen",
        "interviewers": "Leah Tomlin",
        "trap": "acuity-hr-consultant-phone-screen",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Acuity Scheduling//Acuity//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:acuity-1384429107-homeward
DTSTAMP:20250226T181400Z
DTSTART:20250304T200000Z
DTEND:20250304T203000Z
SUMMARY:VP of Development - Candidate Phone Screen (Homeward Atlanta Housing Trust)
DESCRIPTION:Name: Danielle Brooks-Harper\nPhone: (404) 555-0187\nEmail: danielle.brooksharper@gmail.com\n\nLeah Tomlin (Tomlin People Partners\, HR consultant to Homeward Atlanta) will call you at (404) 555-0187.\n\nChange/cancel appointment: https://app.acuityscheduling.com/schedule.php?owner=21889013&action=appt
LOCATION:Phone call
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-meet",
        "uid": "7c4p1rlo9d2q6h0vk8eat5gjbm@google.com",
        "is_interview": 1,
        "company": "Carolina Philharmonic",
        "role": "Vice President of Development",
        "stage": "recruiter_screen",
        "interviewers": "avery@kinsleyparksearch.com",
        "trap": "search-firm-meet-client-in-description",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250417T193000Z
DTEND:20250417T203000Z
DTSTAMP:20250411T174406Z
ORGANIZER;CN=Avery Lockhart:mailto:avery@kinsleyparksearch.com
UID:7c4p1rlo9d2q6h0vk8eat5gjbm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=danielle.brooksharper@gmail.com;X-NUM-GUESTS=0:mailto:danielle.brooksharper@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Avery Lockhart;X-NUM-GUESTS=0:mailto:avery@kinsleyparksearch.com
X-GOOGLE-CONFERENCE:https://meet.google.com/rka-vmtq-fbe
DESCRIPTION:Hi Danielle – this is our first-round interview for the Carolina Philharmonic's Vice President of Development search. I'll share the leadership profile ahead of time. Talk soon\, Avery\n\nKinsley Park Search | Arts & Culture Practice\n\nJoin with Google Meet: https://meet.google.com/rka-vmtq-fbe
LAST-MODIFIED:20250411T174406Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kinsley Park Search – Danielle Brooks-Harper
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
