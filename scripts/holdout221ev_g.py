"""holdout221 events, part G: agencies, other countries' zones and the last processes (raw iCalendar text)."""

EVENTS = [
    {
        "kind": "behavioral-denver",
        "uid": "NEM-TA-2025-0419-77c2e8@newmont.com",
        "is_interview": 1, "company": "Newmont", "role": "Electrical Supervisor - Boddington",
        "stage": "hiring_manager", "interviewers": "troy.langford@newmont.com",
        "trap": "denver-zone-behavioral-us-spelling",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Denver
BEGIN:DAYLIGHT
TZOFFSETFROM:-0700
TZOFFSETTO:-0600
TZNAME:MDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0700
TZNAME:MST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:NEM-TA-2025-0419-77c2e8@newmont.com
DTSTAMP:20250415T211544Z
DTSTART;TZID=America/Denver:20250421T180000
DTEND;TZID=America/Denver:20250421T190000
SUMMARY:Behavioral Interview - Electrical Supervisor (Boddington) - Jarrah
  Mitchell
DESCRIPTION:Hi Jarrah\,\n\nI'm the Talent Acquisition Coordinator supporti
 ng the Boddington team from our Denver office. Your behavioral interview
  is confirmed with Troy Langford\, Process Plant Maintenance Superintenden
 t (Boddington). Please note the time shown is Mountain Time - this is 8:0
 0 AM Tuesday in Perth.\n\nTeams: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_TmV3bW9udA@thread.v2/0\n\nBest\,\nKayla Jensen\nTalent Acq
 uisition Coordinator
ORGANIZER;CN="Jensen, Kayla":mailto:kayla.jensen@newmont.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jarrah Mit
 chell:mailto:jarrah.mitchell.sparky@outlook.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Langford, Tr
 oy":mailto:troy.langford@newmont.com
LOCATION:Microsoft Teams Meeting
SEQUENCE:0
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "goto-meeting",
        "uid": "goto-427118093-gfl-20250326",
        "is_interview": 1, "company": "Gold Fields", "role": "Electrical Supervisor",
        "stage": "", "interviewers": "ruth.ambrose@goldfields.com",
        "trap": "goto-meeting-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//GoTo Technologies//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-427118093-gfl-20250326
DTSTAMP:20250319T043310Z
DTSTART:20250326T000000Z
DTEND:20250326T004500Z
SUMMARY:Gold Fields St Ives - Electrical Supervisor Interview
DESCRIPTION:Electrical Supervisor Interview - Jarrah Mitchell\nHosted by R
 uth Ambrose (Maintenance Manager\, St Ives)\n\nPlease join my meeting fro
 m your computer\, tablet or smartphone.\nhttps://meet.goto.com/427118093\
 n\nYou can also dial in using your phone.\nAustralia: +61 2 8355 1050\nAc
 cess Code: 427-118-093
LOCATION:https://meet.goto.com/427118093
ORGANIZER;CN=Ruth Ambrose:mailto:ruth.ambrose@goldfields.com
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outloo
 k.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screening",
        "uid": "BH-APPT-66120418@bullhornstaffing.com",
        "is_interview": 1, "company": "Tronox", "role": "Electrical Supervisor",
        "stage": "recruiter_screen", "interviewers": "mitch.ferrante@hudson.com",
        "trap": "bullhorn-agency-screen-names-client",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Bullhorn Inc//Bullhorn ATS//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BH-APPT-66120418@bullhornstaffing.com
DTSTAMP:20250306T012009Z
DTSTART:20250310T070000Z
DTEND:20250310T073000Z
SUMMARY:Screening Call - Jarrah Mitchell - Electrical Supervisor (Tronox K
 winana)
DESCRIPTION:Type: Screening Interview\nCandidate: Jarrah Mitchell\nClient:
  Tronox - Kwinana pigment plant\nJob: Electrical Supervisor (Mon-Fri + on
  call\, residential)\nConsultant: Mitch Ferrante\n\nNotes: cand currently
  FIFO 8/6 w Redbank\, wants residential. Call on mobile.
ORGANIZER;CN=Mitch Ferrante:mailto:mitch.ferrante@hudson.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
LOCATION:Phone - 0412 558 903
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "final-interview",
        "uid": "SFSF-INT-CSBP-10023347-2",
        "is_interview": 1, "company": "CSBP", "role": "Electrical Supervisor - Ammonia/AN",
        "stage": "final", "interviewers": "gordon.leahy@wescef.com.au;tamsin.ware@wescef.com.au",
        "trap": "successfactors-final-in-person-kwinana",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
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
UID:SFSF-INT-CSBP-10023347-2
DTSTAMP:20250521T003302Z
DTSTART;TZID=Australia/Perth:20250528T100000
DTEND;TZID=Australia/Perth:20250528T110000
SUMMARY:Final Interview - Electrical Supervisor - Ammonia/AN - Kwinana
DESCRIPTION:Dear Jarrah\,\n\nWe are pleased to invite you to a final inter
 view for the Electrical Supervisor - Ammonia/AN position at CSBP Kwinana.\
 n\nInterview panel:\nGordon Leahy - Operations Manager Ammonia/AN\nTamsin
  Ware - HR Manager\n\nLocation: CSBP Kwinana Administration Building\, Kwi
 nana Beach Rd. Site access is controlled\; please present photo ID at Gat
 e 1.\n\nKind regards\,\nWesCEF Talent Acquisition
ORGANIZER;CN=WesCEF Talent Acquisition:mailto:noreply@successfactors.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Gordon Leahy;PARTSTAT=ACCEPTED:mailto:Gordon.Leahy@wescef.com.a
 u
ATTENDEE;CN=Tamsin Ware;PARTSTAT=ACCEPTED:mailto:Tamsin.Ware@wescef.com.au
LOCATION:CSBP Kwinana - Admin Building
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "sydney-screen",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000C9B8A7F6E5D4DB01"
            "000000000000000010000000A0B1C2D3E4F5061728394A5B6C7D8E9F"
        ),
        "is_interview": 1, "company": "Jacobs", "role": "Maintenance Planner (Electrical) - Perth",
        "stage": "recruiter_screen", "interviewers": "ella.whitmore@jacobs.com",
        "trap": "outlook-sydney-windows-zone-screen",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:AUS Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Whitmore, Ella":mailto:Ella.Whitmore@jacobs.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=jarrah.mitc
 hell.sparky@outlook.com.au:mailto:jarrah.mitchell.sparky@outlook.com.au
DESCRIPTION;LANGUAGE=en-US:Hi Jarrah\, thanks for applying. I've popped in
  a 30 min intro call - I'm based in Sydney so the invite shows AEST/AEDT\,
  it's 11:30am for you. I'll ring your mobile.\nElla Whitmore | Senior Tale
 nt Acquisition Partner | Jacobs\n
UID:040000008200E00074C5B7101A82E00800000000C9B8A7F6E5D4DB01000000000000000
 010000000A0B1C2D3E4F5061728394A5B6C7D8E9F
SUMMARY;LANGUAGE=en-US:Jacobs - intro call - Maintenance Planner (Electric
 al) Perth
DTSTART;TZID=AUS Eastern Standard Time:20250312T143000
DTEND;TZID=AUS Eastern Standard Time:20250312T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T231155Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Phone - Ella to call
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "headhunter-call",
        "uid": "7d4e2a10-88b3-4c6f-9e15-c0a3b2d1e4f7",
        "is_interview": 1, "company": "Thiess", "role": "Electrical Supervisor",
        "stage": "recruiter_screen", "interviewers": "aaron.lui@hays.com.au",
        "trap": "headhunter-brisbane-names-employer-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Australia/Brisbane
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+1000
TZOFFSETTO:+1000
TZNAME:AEST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:7d4e2a10-88b3-4c6f-9e15-c0a3b2d1e4f7
DTSTAMP:20250402T003012Z
DTSTART;TZID=Australia/Brisbane:20250407T150000
DTEND;TZID=Australia/Brisbane:20250407T153000
SUMMARY:Jarrah Mitchell - call w/ Aaron (Hays Mining)
DESCRIPTION:Hi Jarrah\,\n\nAs promised - invite for our call. I'm reaching
  out because Thiess are building the electrical team for a new contract i
 n the Pilbara and your profile is a strong match for their Electrical Supe
 rvisor role (7/7\, ex Perth). I'll take you through the role and ask a fe
 w screening questions so I can put you forward this week.\n\nAaron Lui\nS
 enior Recruitment Consultant | Hays Resources & Mining | Brisbane
LOCATION:Mobile
ORGANIZER;CN=Aaron Lui:mailto:aaron.lui@hays.com.au
ATTENDEE;CN=Jarrah Mitchell;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE:mailto:jarrah.mitchell.sparky@outlook.com.au
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-interview",
        "uid": "WD-ALCOA-CAL-5f6e7d8c9b0a1234@myworkday.com",
        "is_interview": 1, "company": "Alcoa", "role": "Electrical Supervisor - Pinjarra Refinery",
        "stage": "recruiter_screen", "interviewers": "ivana.petkovic@alcoa.com",
        "trap": "workday-phone-interview-residential",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ALCOA-CAL-5f6e7d8c9b0a1234@myworkday.com
DTSTAMP:20250409T023344Z
DTSTART:20250414T013000Z
DTEND:20250414T020000Z
SUMMARY:Alcoa | Phone Interview | Electrical Supervisor - Pinjarra Refiner
 y
DESCRIPTION:Hello Jarrah\,\n\nThank you for your interest in Alcoa. We hav
 e scheduled a phone interview with Ivana Petkovic\, Talent Acquisition Pa
 rtner\, for 9:30 AM AWST.\n\nThis role is residential (Pinjarra\, Mon-Fri
  with on-call).\n\nAlcoa Talent Acquisition
LOCATION:Phone
ORGANIZER;CN=Alcoa Careers:mailto:alcoa@myworkday.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Ivana Petkovic;PARTSTAT=ACCEPTED:mailto:ivana.petkovic@alcoa.c
 om
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "typed-panel",
        "uid": "a1c3e5g7i9k1m3o5q7s9@outlook.com",
        "is_interview": 1, "company": "Alcoa", "role": "",
        "stage": "onsite", "interviewers": "Lachie Dunstan;Meg Fraser",
        "trap": "hand-typed-panel-notes-floating",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook Mobile//EN
VERSION:2.0
BEGIN:VEVENT
UID:a1c3e5g7i9k1m3o5q7s9@outlook.com
DTSTAMP:20250424T104110Z
DTSTART:20250430T090000
DTEND:20250430T103000
SUMMARY:Alcoa panel Pinjarra
DESCRIPTION:Lachie Dunstan (area maint supt) + Meg Fraser (HR). gate hous
 e 8.40\, bring licence. 1hr drive - leave 7.30 latest\nSTAR: isolation st
 ory\, crew conflict\, shutdown
LOCATION:Alcoa Pinjarra refinery - gate house
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "in-person",
        "uid": "tt-civmec-interview-998120@teamtailor.com",
        "is_interview": 1, "company": "Civmec", "role": "Electrical Supervisor - Modular Fabrication",
        "stage": "onsite", "interviewers": "shaun.ardagh@civmec.com.au;priya.venkat@civmec.com.au",
        "trap": "in-person-interview-henderson-yard",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
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
UID:tt-civmec-interview-998120@teamtailor.com
DTSTAMP:20250514T021001Z
DTSTART;TZID=Australia/Perth:20250519T140000
DTEND;TZID=Australia/Perth:20250519T150000
SUMMARY:Civmec - in person interview - Electrical Supervisor (Modular Fabr
 ication)
DESCRIPTION:Hi Jarrah\,\n\nWe look forward to meeting you at our Henderson
  facility. You'll meet Shaun Ardagh (E&I Manager) and Priya Venkat (Talen
 t Acquisition). After the interview Shaun will take you for a short walk
  through the modular assembly hall - enclosed shoes required.\n\n16 Nautic
 al Dr\, Henderson WA 6166 - visitor parking at the main office.\n\nCivmec
  Talent Team
ORGANIZER;CN=Civmec:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Jarrah Mitchell;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jarrah.m
 itchell.sparky@outlook.com.au
ATTENDEE;CN=Shaun Ardagh;PARTSTAT=ACCEPTED:mailto:shaun.ardagh@civmec.com.au
ATTENDEE;CN=Priya Venkat;PARTSTAT=ACCEPTED:mailto:priya.venkat@civmec.com.au
LOCATION:Civmec Henderson\, 16 Nautical Dr
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
