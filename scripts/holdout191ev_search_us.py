"""holdout191: Miami employers, part 1 (raw iCalendar text, written blind)."""

EVENTS = [
    {
        "kind": "workday",
        "uid": "RCG-WD-INTV-20250311-0193347",
        "interview": 1,
        "company": "Royal Caribbean Group",
        "role": "Senior Financial Analyst, FP&A",
        "stage": "recruiter_screen",
        "interviewers": "mkowalski@rccl.com",
        "trap": "workday-new-york-zone-zoom-screen",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday Inc.//Workday Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:DAYLIGHT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
TZNAME:EDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
TZNAME:EST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:RCG-WD-INTV-20250311-0193347
DTSTAMP:20250311T192244Z
DTSTART;TZID=America/New_York:20250314T110000
DTEND;TZID=America/New_York:20250314T113000
SUMMARY:Royal Caribbean Group – Phone/Video Screen – Senior Financial Anal
 yst\, FP&A (R-0087615)
DESCRIPTION:Hello Valentina\,\n\nThank you for your interest in Royal Cari
 bbean Group! Your interview has been scheduled with Megan Kowalski\, Sen
 ior Talent Acquisition Partner.\n\nDate: Friday\, March 14\, 2025\nTime: 1
 1:00 AM – 11:30 AM Eastern Time\n\nZoom: https://rccl.zoom.us/j/93114520
 877\nMeeting ID: 931 1452 0877\nOne tap mobile: +13052241968\,\,9311452
 0877#\n\nThis role is based at our headquarters at PortMiami\, 1050 Carib
 bean Way\, Miami\, FL 33132.\n\nBest regards\,\nRoyal Caribbean Group Tale
 nt Acquisition
ORGANIZER;CN=Royal Caribbean Group:mailto:rccl@myworkday.com
ATTENDEE;CN=Valentina Gomez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto
 :valentina.gomezr@outlook.com
ATTENDEE;CN=Megan Kowalski;ROLE=REQ-PARTICIPANT:mailto:MKowalski@rccl.com
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook",
        "uid": "040000008200E00074C5B7101A82E00800000000C0FFEE11A1B4DB0100000000000000001000000038D2C6E4A1B0F97E",
        "interview": 1,
        "company": "Royal Caribbean Group",
        "role": "Senior Financial Analyst, FP&A",
        "stage": "hiring_manager",
        "interviewers": "dnwosu@rccl.com",
        "trap": "outlook-eastern-windows-zone-hiring-manager",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
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
BEGIN:VEVENT
ORGANIZER;CN="Nwosu, Daniel":mailto:DNwosu@rccl.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="valentin
 a.gomezr@outlook.com":mailto:valentina.gomezr@outlook.com
DESCRIPTION;LANGUAGE=en-US:Hi Valentina – looking forward to connecting. M
 egan shared your background\; I'd like to walk through the FP&A team (Hot
 el Operations & Onboard Revenue)\, the forecasting calendar and your expe
 rience with the 3-year plan at the bank.\n\nThanks\,\nDaniel Nwosu\nDirect
 or\, FP&A\n\n____________________________________________________________
 ____________________\nMicrosoft Teams meeting\nJoin on your computer\, mo
 bile app or room device\nClick here to join the meeting<https://teams.mic
 rosoft.com/l/meetup-join/19%3ameeting_ODk3MmNh%40thread.v2/0>\nMeeting I
 D: 245 118 663 902\nPasscode: r6QwLp\nOr call in (audio only)\n+1 305-39
 5-2021\,\,884120337#   United States\, Miami\nPhone Conference ID: 884 1
 20 337#\n________________________________________________________________
 ________________\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE11A1B4DB010000000000000
 0001000000038D2C6E4A1B0F97E
SUMMARY;LANGUAGE=en-US:Valentina Gomez Restrepo - Sr Financial Analyst FP
 &A - conversation w/ Daniel
DTSTART;TZID=Eastern Standard Time:20250325T140000
DTEND;TZID=Eastern Standard Time:20250325T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250319T203317Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal",
        "uid": "6n2c0r7p4d1k9s3v8b5m0t6q1e@google.com",
        "interview": 1,
        "company": "Carnival Corporation",
        "role": "Senior Analyst, Corporate FP&A",
        "stage": "recruiter_screen",
        "interviewers": "carolina@talentiasearch.com",
        "trap": "headhunter-names-employer-only-in-body",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250306T200000Z
DTEND:20250306T203000Z
DTSTAMP:20250304T151201Z
ORGANIZER;CN=Carolina Urdaneta:mailto:carolina@talentiasearch.com
UID:6n2c0r7p4d1k9s3v8b5m0t6q1e@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Carolina Urdaneta;X-NUM-GUESTS=0:mailto:carolina@talentiasearch.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=valentina.gomezr@outlook.com;X-NUM-GUESTS=0:mailto:valentina.gome
 zr@outlook.com
DESCRIPTION:Hola Valentina! Como hablamos por LinkedIn\, te llamo para con
 tarte más del search que estamos haciendo para Carnival Corporation (HQ
  Doral\, FL): Senior Analyst\, Corporate FP&A\, reporta al Director de FP&A
 . Hybrid 3 días en oficina\, relocation package.\n\nI'll walk you through
  the role\, comp range and timeline\, and ask a few questions about your
  experience so I can present you to the client.\n\nCall me at +1 (786) 55
 0-2194 or join: https://meet.google.com/wta-bkqz-hvo\n\nCarolina Urdaneta
 \nPartner | Talentia Search Partners – Finance & Accounting\nBrickell\, Mi
 ami
LOCATION:+1 (786) 550-2194
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Valentina / Carolina – Talentia Search
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom",
        "uid": "ZOOM87120934411@zoom.us",
        "interview": 1,
        "company": "Carnival Corporation",
        "role": "Senior Analyst, Corporate FP&A",
        "stage": "hiring_manager",
        "interviewers": "rmaldonado@carnival.com",
        "trap": "zoom-ics-client-interview-via-agency",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/New_York
LAST-MODIFIED:20240422T053451Z
TZURL:https://www.tzurl.org/zoneinfo-outlook/America/New_York
X-LIC-LOCATION:America/New_York
BEGIN:DAYLIGHT
TZNAME:EDT
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZNAME:EST
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTAMP:20250318T141055Z
DTSTART;TZID=America/New_York:20250321T100000
DTEND;TZID=America/New_York:20250321T110000
SUMMARY:Carnival Corp – Valentina Gomez Restrepo – Interview w/ Rafael Mal
 donado (Dir. FP&A)
UID:ZOOM87120934411@zoom.us
TZID:America/New_York
DESCRIPTION:Talentia Search Partners is inviting you to a scheduled Zoom m
 eeting.\n\nCandidate: Valentina Gomez Restrepo\nClient: Carnival Corporat
 ion\nInterviewer: Rafael Maldonado\, Director Corporate FP&A (rmaldonado@
 carnival.com)\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/87120934411
 ?pwd=Qm9rT1R1aEl\n\nMeeting ID: 871 2093 4411\nPasscode: 402117\n\n---\n\n
 One tap mobile\n+13052241968\,\,87120934411#\,\,\,\,*402117# US\n\nDial by
  your location\n• +1 305 224 1968 US\n• +57 601 508 7702 Colombia\n
LOCATION:https://us06web.zoom.us/j/87120934411?pwd=Qm9rT1R1aEl
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "successfactors",
        "uid": "BAC-SFSF-IV-77310452",
        "interview": 1,
        "company": "Bacardi",
        "role": "Senior Analyst, Corporate Finance",
        "stage": "hiring_manager",
        "interviewers": "lfernandezcruz@bacardi.com",
        "trap": "successfactors-english-coral-gables-teams",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:BAC-SFSF-IV-77310452
DTSTAMP:20250408T180012Z
DTSTART:20250415T150000Z
DTEND:20250415T154500Z
SUMMARY:Interview: Senior Analyst\, Corporate Finance (Coral Gables\, FL)
DESCRIPTION:Dear Valentina\,\n\nYou are invited to an interview for the ro
 le of Senior Analyst\, Corporate Finance with Luis Fernández-Cruz\, Senio
 r Manager Corporate Finance (hiring manager).\n\nLocation: Microsoft Teams
 – link below\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_Yz
 Q0ZDRh%40thread.v2/0\n\nPlease accept or decline this invitation. Should
  you need to reschedule\, reply to talent.americas@bacardi.com.\n\nBacard
 i Talent Acquisition – Americas
ORGANIZER;CN=Bacardi Talent Acquisition:mailto:talent.americas@bacardi.co
 m
ATTENDEE;CN=Valentina Gómez Restrepo;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailt
 o:valentina.gomezr@outlook.com
ATTENDEE;CN=Luis Fernández-Cruz;ROLE=REQ-PARTICIPANT:mailto:LFernandezCru
 z@bacardi.com
LOCATION:Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims",
        "uid": "icims-ryder-2025-FIN-11873-interview-2@ryder.icims.com",
        "interview": 1,
        "company": "Ryder",
        "role": "Senior FP&A Analyst",
        "stage": "recruiter_screen",
        "interviewers": "Tamika Brooks",
        "trap": "icims-phone-interview-we-will-call-you",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS//iCIMS Talent Platform//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-ryder-2025-FIN-11873-interview-2@ryder.icims.com
DTSTAMP:20250402T133004Z
DTSTART;TZID=America/New_York:20250407T093000
DTEND;TZID=America/New_York:20250407T100000
SUMMARY:Phone Interview - Senior FP&A Analyst (2025-FIN-11873)
DESCRIPTION:Phone Interview\n\nCandidate: Valentina Gomez Restrepo\nJob:
  Senior FP&A Analyst (2025-FIN-11873)\, Miami\, FL (Ryder System\, Inc.)\n
 Interviewer: Tamika Brooks\, Talent Acquisition\n\nThe interviewer will c
 all you at +57 310 448 2719.\n\nThis is an automated message from the Ry
 der careers site. Please do not reply.
ORGANIZER;CN=Ryder Careers:mailto:do-not-reply@ryder.icims.com
ATTENDEE;CN=Valentina Gomez Restrepo;RSVP=TRUE:mailto:valentina.gomezr@ou
 tlook.com
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
