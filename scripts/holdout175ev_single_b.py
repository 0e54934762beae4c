# ruff: noqa: E501
"""holdout175: single interviews, part 2 (ATS variety, Outlook, typed entries, a cancellation)."""
from holdout175ev_tz import ev

EVENTS = [
    ev("teamtailor-london", "tt-interview-4502277@teamtailor.com",
       1, "Halden Bridge Capital", "Associate, Growth Equity", "",
       "will.carrick@haldenbridge.com", "teamtailor-english-london-video", r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Europe/London@@
BEGIN:VEVENT
UID:tt-interview-4502277@teamtailor.com
DTSTAMP:20251112T091533Z
DTSTART;TZID=Europe/London:20251119T160000
DTEND;TZID=Europe/London:20251119T164500
SUMMARY:Video interview - Halden Bridge Capital
ORGANIZER;CN=Halden Bridge Capital:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Will Carrick:mailto:will.carrick@haldenbridge.com
DESCRIPTION:Hi Daniel\,\n\nYou have a video interview for Associate\, Growth Equity with Will Carrick (Investment Director).\n\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_SGFsZGVu%40thread.v2/0\n\nAll the best\,\nThe Halden Bridge team
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("icims-phone", "icims-iv-1198203-corvane@icims.com",
       1, "Corvane Technologies", "Manager, Corporate Development", "recruiter_screen",
       "dana.whitcomb@corvane.com", "icims-phone-interview-central-time", r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/Chicago@@
BEGIN:VEVENT
UID:icims-iv-1198203-corvane@icims.com
DTSTAMP:20251030T150000Z
DTSTART;TZID=America/Chicago:20251105T080000
DTEND;TZID=America/Chicago:20251105T083000
SUMMARY:Corvane Technologies - Phone Interview - Manager\, Corporate Development (Req 2025-11873)
ORGANIZER;CN=Corvane Careers:mailto:corvane-careers@talent.icims.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Dana Whitcomb:mailto:dana.whitcomb@corvane.com
DESCRIPTION:Hello Daniel\,\n\nThank you for your interest in Corvane Technologies. Your phone interview for Manager\, Corporate Development (Req 2025-11873) has been scheduled with Dana Whitcomb\, Talent Acquisition Partner. Please note the time is shown in Central Time.\n\nDana will call you at (917) 555-0133.\n\nCorvane Technologies Talent Acquisition
LOCATION:Phone Interview
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("successfactors-hm", "SF-INT-20251204-118830@ashgrovehealth.com",
       1, "Ashgrove Health", "Senior Associate, Corporate Development", "hiring_manager",
       "priya.venkatesan@ashgrovehealth.com", "successfactors-english-hiring-manager-webex", r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:SF-INT-20251204-118830@ashgrovehealth.com
DTSTAMP:20251201T200000Z
DTSTART;TZID=America/New_York:20251204T163000
DTEND;TZID=America/New_York:20251204T171500
SUMMARY:Interview: Senior Associate\, Corporate Development - Daniel Okafor
ORGANIZER;CN=Ashgrove Health Talent Acquisition:mailto:talent@ashgrovehealth.com
ATTENDEE;CN=Daniel Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
ATTENDEE;CN=Priya Venkatesan:mailto:priya.venkatesan@ashgrovehealth.com
DESCRIPTION:Interview with Priya Venkatesan\, Vice President\, Corporate Development (hiring manager).\n\nWebex: https://ashgrovehealth.webex.com/meet/pvenkatesan\nAccess code: 2310 554 1887\nDial in: +1-415-655-0001\n\nAshgrove Health | Nashville\, TN
LOCATION:Webex
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("bookings-technical", "bk-8f3e2a1d7c6b@redfernbookings.onmicrosoft.com",
       1, "Redfern Capital", "Associate", "technical",
       "Samir Haddad", "microsoft-bookings-technical-slot", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Bookings//EN
VERSION:2.0
METHOD:REQUEST
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
UID:bk-8f3e2a1d7c6b@redfernbookings.onmicrosoft.com
DTSTAMP:20251016T012201Z
DTSTART;TZID=Eastern Standard Time:20251020T071500
DTEND;TZID=Eastern Standard Time:20251020T080000
SUMMARY:Associate Recruiting - Technical Interview
ORGANIZER;CN=Redfern Capital Associate Recruiting:mailto:AssociateRecruiting@redfernbookings.onmicrosoft.com
ATTENDEE;CN=Dan Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Your booking is confirmed.\n\nService: Associate Recruiting - Technical Interview (45 min)\nStaff: Samir Haddad\n\nExpect accounting\, LBO mechanics and a short paper LBO.\n\nJoin your appointment: https://teams.microsoft.com/l/meetup-join/19%3ameeting_UmVkZmVybg%40thread.v2/0\n\nManage booking: https://outlook.office365.com/owa/calendar/RedfernCapitalAssociateRecruiting@redfernbookings.onmicrosoft.com/bookings/
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("outlook-onsite", "040000008200E00074C5B7101A82E00800000000D4E0A19C2C5BDC01000000000000000010000000A1B2C3D4E5F60718293A",
       1, "Blue Heron Capital", "Associate", "onsite",
       "kmcguire@blueheroncap.com;afoster@blueheroncap.com", "outlook-central-time-onsite-with-room-and-ea", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Central Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="McGuire, Kevin";SENT-BY="mailto:lsantos@blueheroncap.com":mailto:kmcguire@blueheroncap.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dan Okafor:mailto:dan.okafor.ny@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Foster, Amanda":mailto:afoster@blueheroncap.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="CHI Conf Rm 46B - Michigan":mailto:chiconf46b@blueheroncap.com
DESCRIPTION;LANGUAGE=en-US:Dan\,\n\nLooking forward to having you in Chicago. Kevin McGuire (Partner) and Amanda Foster (Principal) will meet you\; plan on ~2 hours including a live case on one of our portfolio add-ons.\n\nLuisa Santos\nExecutive Assistant | Blue Heron Capital\n71 S Wacker Dr\, Suite 4600\n
UID:040000008200E00074C5B7101A82E00800000000D4E0A19C2C5BDC01000000000000000010000000A1B2C3D4E5F60718293A
SUMMARY;LANGUAGE=en-US:Dan Okafor - in office
DTSTART;TZID=Central Standard Time:20251117T100000
DTEND;TZID=Central Standard Time:20251117T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251106T170511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:CHI Conf Rm 46B - Michigan
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("second-round", "1k2j3h4g5f6d7s8a9p0o@google.com",
       1, "Cardinal Point Partners", "", "", "ehawthorne@cardinalpointpartners.com",
       "google-invite-second-round-no-role", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251022T220000Z
DTEND:20251022T230000Z
DTSTAMP:20251017T164410Z
ORGANIZER;CN=Emma Hawthorne:mailto:ehawthorne@cardinalpointpartners.com
UID:1k2j3h4g5f6d7s8a9p0o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emma Hawthorne;X-NUM-GUESTS=0:mailto:ehawthorne@cardinalpointpartners.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=dan.okafor.ny@gmail.com;X-NUM-GUESTS=0:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Following up on your conversation with Jack - second round\, 60 min. We'll go deeper on one of your deals and do a short case.<br>Meet link below.<br><br>-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-<br>Join with Google Meet: https://meet.google.com/cpp-rtkw-dqa
X-GOOGLE-CONFERENCE:https://meet.google.com/cpp-rtkw-dqa
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cardinal Point <> Dan Okafor - 2nd round
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    ev("cio-conversation", "zoom-ofo-88213340921@zoom.us",
       1, "Ostrander Family Office", "Investment Associate", "hiring_manager",
       "rostrander@ostranderfo.com", "family-office-zoom-with-cio", r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-ofo-88213340921@zoom.us
DTSTAMP:20251208T171500Z
DTSTART:20251215T140000Z
DTEND:20251215T144500Z
SUMMARY:Investment Associate - conversation with Robert Ostrander (CIO)
ORGANIZER;CN=Robert Ostrander:mailto:rostrander@ostranderfo.com
ATTENDEE;CN=Dan Okafor;RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Robert Ostrander is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us06web.zoom.us/j/88213340921?pwd=T3N0cmFuZGVy\n\nMeeting ID: 882 1334 0921\nPasscode: 704412\n\n---\n\nOne tap mobile\n+13052241968\,\,88213340921#\,\,\,\,*704412# US\n\nDial by your location\n• +1 305 224 1968 US\n• +1 309 205 3325 US\n
LOCATION:https://us06web.zoom.us/j/88213340921?pwd=T3N0cmFuZGVy
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("dubai-teams", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000998877665544332211AA",
       1, "Rimal Capital", "Associate - Private Equity (DIFC)", "",
       "omar.haddad@rimalcapital.ae", "dubai-outlook-arabian-standard-time", r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Arabian Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Omar Haddad":mailto:omar.haddad@rimalcapital.ae
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=dan.okafor.ny@gmail.com:mailto:dan.okafor.ny@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dear Daniel\, as discussed with our recruiter\, please find the invitation for our first interview for the Associate - Private Equity (DIFC) role. Note the time is Gulf Standard Time.\n\nRegards\,\nOmar Haddad\nDirector\, Rimal Capital\nGate Village 4\, DIFC\, Dubai\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_UmltYWw%40thread.v2/0\nMeeting ID: 250 661 914 338 Passcode: Rm6aP3\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC01000000000000000010000000998877665544332211AA
SUMMARY;LANGUAGE=en-US:Interview - Daniel Okafor
DTSTART;TZID=Arabian Standard Time:20260120T180000
DTEND;TZID=Arabian Standard Time:20260120T190000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260114T084122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""),
    ev("hirevue-deadline", "gcal-7h3k2m9x0z-emberlane",
       1, "Ember Lane Capital", "", "recruiter_screen", "",
       "one-way-hirevue-all-day-deadline-typed", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251026
DTEND;VALUE=DATE:20251027
DTSTAMP:20251022T014401Z
UID:gcal-7h3k2m9x0z-emberlane
DESCRIPTION:Ember Lane on-demand HireVue - 5 qs\, 30s prep / 2 min answer each\, 1 retake. Due 11:59pm ET Sunday. Link in gmail from noreply@hirevue.com. Do it Sat when office is empty - good lighting in the 30th fl phone room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:HireVue - Ember Lane (due Sun)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    ev("headhunter-second-round", "westbrook-pv-r2-okafor@westbrooksearch.com",
       1, "Pierce & Valden", "2027 Associate", "",
       "Caroline Pierce;Derek Valden", "headhunter-coordinator-second-round-partner-names", r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
@@TZ America/New_York@@
BEGIN:VEVENT
UID:westbrook-pv-r2-okafor@westbrooksearch.com
DTSTAMP:20250911T230501Z
DTSTART;TZID=America/New_York:20250913T090000
DTEND;TZID=America/New_York:20250913T103000
SUMMARY:P&V Round 2 - D. Okafor
ORGANIZER;CN="Mia Castellano":mailto:mcastellano@westbrooksearch.com
ATTENDEE;CN="Dan Okafor";RSVP=TRUE:mailto:dan.okafor.ny@gmail.com
DESCRIPTION:Dan - Saturday AM at Pierce & Valden. You'll sit with the two founders\, Caroline Pierce and Derek Valden\, back to back\, 45 min each. Heavy on your deal experience\, why their strategy (carve-outs)\, and they like to throw a quick mental math LBO. 375 Park Ave\, 19th fl.\n\nMia | Westbrook Search
LOCATION:375 Park Ave\, 19th Floor
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    ev("cancelled-round", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000FEDCBA9876543210ABCD",
       1, "Marlowe Street Capital", "Associate", "",
       "nbristow@marlowestreet.com", "cancelled-interview-method-cancel", r"""BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@TZ Eastern Standard Time@@
BEGIN:VEVENT
ORGANIZER;CN="Bristow, Nathan":mailto:nbristow@marlowestreet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dan Okafor:mailto:dan.okafor.ny@gmail.com
DESCRIPTION;LANGUAGE=en-US:Dan - apologies\, we have decided to pause the Associate search until after our fundraise closes. Will reach out in Q2.\n
UID:040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC01000000000000000010000000FEDCBA9876543210ABCD
SUMMARY;LANGUAGE=en-US:Canceled: Marlowe Street Capital - Associate first round
DTSTART;TZID=Eastern Standard Time:20251204T080000
DTEND;TZID=Eastern Standard Time:20251204T090000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20251201T131209Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:2
LOCATION;LANGUAGE=en-US:Marlowe Street\, 9 W 57th St
X-MICROSOFT-CDO-BUSYSTATUS:FREE
END:VEVENT
END:VCALENDAR
"""),
]
