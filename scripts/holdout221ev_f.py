"""holdout221 events, part F: contractors, utilities and eastern-states zones (hand-written raw iCalendar text)."""

EVENTS = [
    {
        "kind": "jobadder-interview",
        "uid": "ja-interview-2210457-55123@jobadder.com",
        "is_interview": 1, "company": "Hedland Electrical Group", "role": "Electrical Supervisor - Port Hedland",
        "stage": "hiring_manager", "interviewers": "wayne.tobin@hedlandelectrical.com.au",
        "trap": "jobadder-interview-confirmation",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//JobAdder//JobAdder Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ja-interview-2210457-55123@jobadder.com
DTSTAMP:20250226T033012Z
DTSTART:20250304T080000Z
DTEND:20250304T084500Z
SUMMARY:Interview Confirmation: Electrical Supervisor - Port Hedland
DESCRIPTION:Hi Jarrah\,\n\nThis is to confirm your interview for the Elect
 rical Supervisor - Port Hedland position.\n\nInterviewer: Wayne Tobin (Ge
 neral Manager)\nType: Phone/Teams - Wayne will send a Teams link on the d
 ay or call 0412 558 903\nDuration: 45 min\n\nRegards\,\nHedland Electrica
 l Group
ORGANIZER;CN=Hedland Electrical Group:mailto:hedlandelectrical@jobadder.co
 m
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Wayne Tobin;PARTSTAT=ACCEPTED:mailto:wayne.tobin@hedlandelectr
 ical.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "yarn",
        "uid": "1e7g0i3k6m9o2q5s8u1w@google.com",
        "is_interview": 1, "company": "Coastal Switchgear WA", "role": "Production Supervisor",
        "stage": "", "interviewers": "bronwyn.coastalswitchgear@bigpond.com;Phil",
        "trap": "bigpond-office-manager-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Perth
X-LIC-LOCATION:Australia/Perth
BEGIN:STANDARD
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
TZNAME:AWST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Australia/Perth:20250505T153000
DTEND;TZID=Australia/Perth:20250505T163000
DTSTAMP:20250430T021544Z
ORGANIZER;CN=Bronwyn - Coastal Switchgear:mailto:bronwyn.coastalswitchgear
 @bigpond.com
UID:1e7g0i3k6m9o2q5s8u1w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
CREATED:20250430T021500Z
DESCRIPTION:Hi Jarrah\, Phil (owner) and I would like to meet you about th
 e production supervisor position. Factory is in Canning Vale\, park out
  front. About an hour. Thanks\, Bronwyn (office manager)
LAST-MODIFIED:20250430T021544Z
LOCATION:Coastal Switchgear WA\, 14 Bannister Rd\, Canning Vale
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Jarrah Mitchell - meet re supervisor position
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-interview",
        "uid": "teamtailor-meeting-5813320-7c1f@teamtailor.com",
        "is_interview": 1, "company": "Zenith Energy", "role": "Power Station Electrical Supervisor",
        "stage": "hiring_manager", "interviewers": "o.whitlam@zenithenergy.com.au",
        "trap": "teamtailor-hiring-manager-power-station",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-5813320-7c1f@teamtailor.com
DTSTAMP:20250403T062140Z
DTSTART:20250408T023000Z
DTEND:20250408T031500Z
SUMMARY:Interview for Power Station Electrical Supervisor at Zenith Energy
DESCRIPTION:Hi Jarrah!\n\nYou've been invited to an interview for Power St
 ation Electrical Supervisor (FIFO - various remote sites) with Oliver Whi
 tlam\, Operations Manager.\n\nJoin on Google Meet: https://meet.google.co
 m/zen-ergy-psu\n\nBest regards\,\nZenith Energy People Team
ORGANIZER;CN=Zenith Energy:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Oliver Whitlam;PARTSTAT=ACCEPTED:mailto:O.Whitlam@zenithenergy
 .com.au
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "technical-interview",
        "uid": "personio-apg-0d83b6f2@personio.de",
        "is_interview": 1, "company": "APA Group", "role": "Maintenance Planner - Electrical & Instrumentation",
        "stage": "technical", "interviewers": "sanjay.pillai@apa.com.au",
        "trap": "personio-technical-gas-pipeline",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-apg-0d83b6f2@personio.de
DTSTAMP:20250514T040009Z
DTSTART:20250521T003000Z
DTEND:20250521T013000Z
SUMMARY:Technical interview: Maintenance Planner - E&I (APA Group)
DESCRIPTION:Dear Jarrah\,\n\nPlease find attached the invitation to your t
 echnical interview for the position Maintenance Planner - Electrical & I
 nstrumentation (Goldfields Gas Pipeline).\n\nInterviewer: Sanjay Pillai\,
  Maintenance Engineering Lead\nPlace: APA Kewdale office\, 1 Miles Rd Kewd
 ale\n\nKind regards\nAPA Talent Team
ORGANIZER;CN=APA Talent Team:mailto:notifications@personio.de
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Sanjay Pillai;PARTSTAT=ACCEPTED:mailto:sanjay.pillai@apa.com.au
LOCATION:APA Kewdale\, 1 Miles Rd\, Kewdale WA 6105
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "livehire",
        "uid": "livehire-ivw-4471-a0b2c9@livehire.com",
        "is_interview": 1, "company": "Perth Airport", "role": "Electrical Maintenance Planner",
        "stage": "", "interviewers": "",
        "trap": "livehire-interview-no-named-interviewer",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//LiveHire//Talent Community//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:livehire-ivw-4471-a0b2c9@livehire.com
DTSTAMP:20250225T070733Z
DTSTART:20250303T050000Z
DTEND:20250303T054500Z
SUMMARY:Perth Airport - Electrical Maintenance Planner - Interview
DESCRIPTION:Hi Jarrah\, you have selected an interview time for Electrical
  Maintenance Planner with Perth Airport. The hiring team will meet you via
  Microsoft Teams - a link will be sent by the team before the interview.
 \n\nView in LiveHire: https://www.livehire.com/talent/interviews/4471
ORGANIZER;CN=Perth Airport via LiveHire:mailto:notifications@livehire.com
LOCATION:Microsoft Teams (link to follow)
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "panel-phone",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000A7D3C2B1F08DDB01"
            "0000000000000000100000003E8B7A61D04C2F9E8A1B5C7D3E2F0A19"
        ),
        "is_interview": 1, "company": "Main Roads WA", "role": "Electrical Asset Planner (Level 5)",
        "stage": "",
        "interviewers": "narelle.hughes@mainroads.wa.gov.au;craig.dimitriou@mainroads.wa.gov.au;Andrea Lowe",
        "trap": "state-govt-panel-independent-member-no-email",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Hughes, Narelle":mailto:Narelle.Hughes@mainroads.wa.gov.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Dimitriou
 , Craig":mailto:Craig.Dimitriou@mainroads.wa.gov.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="DoN 4th Fl - Ro
 om 4.07":mailto:DoN-Room407@mainroads.wa.gov.au
DESCRIPTION;LANGUAGE=en-AU:Dear Jarrah\,\n\nThank you for your application
  for Electrical Asset Planner (Level 5)\, Reference MRWA-00417-25. You have
  been shortlisted for interview.\n\nThe panel will be Narelle Hughes (chai
 r\, Manager ITS Asset Management)\, Craig Dimitriou (Principal Electrical
  Engineer) and an independent panel member\, Andrea Lowe (Department of
  Transport). The interview will be 45 minutes and questions will be based
  on the selection criteria in the Job Description Form. You will be given
  10 minutes before the interview to read the questions.\n\nPlease bring th
 e original of your electrical licence for sighting.\n\nDon Aitken Centre\,
  Waterloo Crescent\, East Perth - report to ground floor reception.\n\nKin
 d regards\,\nNarelle\n
UID:040000008200E00074C5B7101A82E00800000000A7D3C2B1F08DDB01000000000000000
 0100000003E8B7A61D04C2F9E8A1B5C7D3E2F0A19
SUMMARY;LANGUAGE=en-AU:Interview - Electrical Asset Planner L5 (MRWA-00417
 -25) - J Mitchell
DTSTART:20250410T020000Z
DTEND:20250410T030000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250402T055018Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:DoN 4th Fl - Room 4.07
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "brisbane-zoom",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000F4E3D2C1B0A9DB01"
            "00000000000000001000000059C8B7A6D5E4F3021A2B3C4D5E6F7A8B"
        ),
        "is_interview": 1, "company": "Primero", "role": "E&I Supervisor",
        "stage": "hiring_manager", "interviewers": "bryce.holloway@primero.com.au",
        "trap": "outlook-brisbane-windows-zone-zoom",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:E. Australia Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Holloway, Bryce":mailto:Bryce.Holloway@primero.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
DESCRIPTION;LANGUAGE=en-AU:Jarrah - time below is Brisbane time (12pm your
  time). Keen to run you through the lithium concentrator job at Mt Holland
  and hear about your shutdown experience. Bryce\n\nJoin Zoom Meeting\nhttp
 s://primero.zoom.us/j/92214580037?pwd=UHJpbWVybw\nMeeting ID: 922 1458 0037
 \nPasscode: 883412\n
UID:040000008200E00074C5B7101A82E00800000000F4E3D2C1B0A9DB01000000000000000
 01000000059C8B7A6D5E4F3021A2B3C4D5E6F7A8B
SUMMARY;LANGUAGE=en-AU:Jarrah Mitchell // E&I Supervisor - chat with Bryce
DTSTART;TZID=E. Australia Standard Time:20250416T140000
DTEND;TZID=E. Australia Standard Time:20250416T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T002217Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Zoom
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
]
