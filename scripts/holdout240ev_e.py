"""holdout240 events, part e: Thabo's interviews booked through ATS and scheduling tools."""

EVENTS = [
    dict(
        kind="workday-invite", uid="WD-BLA-INT-2025-55120@myworkday.com", y=1, company="Benguela Life",
        role="Finance Manager: Group Reporting", stage="", who="yusuf.ebrahim@benguelalife.co.za;"
        "carla.smit@benguelalife.co.za", trap="workday-competency-based-interview-cape-town",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workday Inc//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:WD-BLA-INT-2025-55120@myworkday.com
DTSTAMP:20250225T112009Z
DTSTART;TZID=Africa/Johannesburg:20250304T100000
DTEND;TZID=Africa/Johannesburg:20250304T110000
SUMMARY:Competency-Based Interview: Finance Manager: Group Reporting (JR-10
 0873)
DESCRIPTION:Dear Thabo\,\n\nYou are invited to a competency-based interview
  for Finance Manager: Group Reporting (JR-100873).\n\nPanel: Yusuf Ebrahim (
 Head of Group Reporting) and Carla Smit (Talent Acquisition Specialist)\n
 Venue: Benguela Life\, 1 Foreshore Boulevard\, Cape Town (Level 9 recepti
 on) - or MS Teams on request\n\nThe panel will ask you to describe situati
 ons where you demonstrated: technical expertise (IFRS 17 exposure is an adv
 antage)\, driving results\, collaboration and leading people.\n\nBenguela L
 ife Talent Acquisition\n(Please do not reply to this automated message.)
LOCATION:Benguela Life\, 1 Foreshore Boulevard\, Cape Town
ORGANIZER;CN=Benguela Life Careers:mailto:benguelalife@myworkday.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thabo Nkosi
 :mailto:thabo.nkosi.ca@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters", uid="sr-interview-6a1f3b2c9d8e7f60@smartrecruiters.com", y=1,
        company="Protea Hospitality Group", role="Financial Controller - Gauteng Hotels", stage="hiring_manager",
        who="gerhard.kruger@proteahospitality.co.za", trap="smartrecruiters-video-with-regional-fd",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-6a1f3b2c9d8e7f60@smartrecruiters.com
DTSTAMP:20250218T073044Z
DTSTART:20250221T090000Z
DTEND:20250221T100000Z
SUMMARY:Interview with Protea Hospitality Group - Financial Controller - Ga
 uteng Hotels
DESCRIPTION:Hi Thabo\,\n\nYour interview has been scheduled.\n\nInterviewer
 (s): Gerhard Kruger (Regional Financial Director)\nType: Video interview (M
 icrosoft Teams)\nJoin: https://teams.microsoft.com/l/meetup-join/19%3amee
 ting_NTQ1\n\nGood luck!\nProtea Hospitality Group Recruitment Team
LOCATION:Microsoft Teams
ORGANIZER;CN=Protea Hospitality Group:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;CN=Gerhard Kruger;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ge
 rhard.kruger@proteahospitality.co.za
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio", uid="personio-3c9b1e77-8a54-4d21-b0f2-1d6e5c4b3a29", y=1, company="LichtBlick Solar",
        role="Finance Manager South Africa (m/w/d)", stage="recruiter_screen",
        who="katharina.vogel@lichtblick-solar.de", trap="personio-german-kennenlerngespraech",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@@WIN_WEU@@
BEGIN:VEVENT
UID:personio-3c9b1e77-8a54-4d21-b0f2-1d6e5c4b3a29
DTSTAMP:20250212T090311Z
DTSTART;TZID=W. Europe Standard Time:20250217T100000
DTEND;TZID=W. Europe Standard Time:20250217T104500
SUMMARY:Kennenlerngespräch: Finance Manager South Africa (m/w/d) - Thabo N
 kosi
DESCRIPTION:Hallo Thabo\,\n\nvielen Dank für Ihre Bewerbung als Finance Man
 ager South Africa (m/w/d). Gerne möchten wir Sie in einem ersten Kennenlern
 gespräch per Google Meet näher kennenlernen. Das Gespräch führt Katharina
  Vogel (Senior Recruiterin) - gerne auf Englisch.\n\nLink: https://meet.goo
 gle.com/uwt-pqzj-hme\n\nViele Grüße\nIhr LichtBlick Solar Recruiting-Team
LOCATION:Google Meet
ORGANIZER;CN=LichtBlick Solar Recruiting:mailto:jobs@lichtblick-solar.de
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;CN=Katharina Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:k
 atharina.vogel@lichtblick-solar.de
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="google-invite", uid="7t5r3e1w9q8p6o4i2u0y@google.com", y=1, company="LichtBlick Solar",
        role="Finance Manager South Africa", stage="hiring_manager",
        who="jonas.hartmann@lichtblick-solar.de;ruan.steyn@lichtblick-solar.co.za",
        trap="german-zweitgespraech-cfo-and-country-md",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
X-LIC-LOCATION:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=Europe/Berlin:20250305T140000
DTEND;TZID=Europe/Berlin:20250305T150000
DTSTAMP:20250226T161244Z
ORGANIZER;CN=Jonas Hartmann:mailto:jonas.hartmann@lichtblick-solar.de
UID:7t5r3e1w9q8p6o4i2u0y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jonas Hartmann;X-NUM-GUESTS=0:mailto:jonas.hartmann@lichtblick-solar.de
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Ruan Steyn;X-NUM-GUESTS=0:mailto:ruan.steyn@lichtblick-solar.co.za
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmai
 l.com
DESCRIPTION:Zweitgespräch mit Jonas Hartmann (CFO) und Ruan Steyn (Managing
  Director South Africa). Themen: Aufbau des Finanzteams in Kapstadt\, Proj
 ektfinanzierung\, Reporting nach HGB und IFRS an die Holding.\n\n---\nSecon
 d interview with Jonas (CFO) and Ruan (MD South Africa). We'll talk in Engl
 ish.\n\nJoin with Google Meet: https://meet.google.com/ezk-dwga-rst
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Zweitgespräch Thabo Nkosi - Finance Manager ZA
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teamtailor", uid="teamtailor-meeting-4410987@teamtailor.com", y=1, company="Nordvik Renewables",
        role="Financial Controller, Southern Africa", stage="", who="elin.sundqvist@nordvik.se",
        trap="teamtailor-video-interview-swedish-owner",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Teamtailor//Teamtailor Meetings//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:teamtailor-meeting-4410987@teamtailor.com
DTSTAMP:20250319T100455Z
DTSTART:20250325T080000Z
DTEND:20250325T090000Z
SUMMARY:Nordvik Renewables: Interview - Financial Controller\, Southern Afr
 ica
DESCRIPTION:Hi Thabo!\n\nThanks for booking a time. You'll meet Elin Sundqv
 ist\, Head of Finance Projects.\n\nVideo meeting: https://app.teamtailor.co
 m/video/nordvik/4410987\n\nAll the best\,\nNordvik Renewables
LOCATION:Teamtailor video meeting
ORGANIZER;CN=Elin Sundqvist:mailto:elin.sundqvist@nordvik.se
ATTENDEE;CN=Thabo Nkosi;PARTSTAT=ACCEPTED:mailto:thabo.nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workable", uid="workable-int-8812734-ubuntu-agri@workablemail.com", y=1,
        company="Ubuntu Agri Holdings", role="Group Finance Manager", stage="", who="frikkie.joubert@ubuntuagri.co.za",
        trap="workable-in-person-interview-pretoria",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:workable-int-8812734-ubuntu-agri@workablemail.com
DTSTAMP:20250224T062200Z
DTSTART;TZID=Africa/Johannesburg:20250228T090000
DTEND;TZID=Africa/Johannesburg:20250228T100000
SUMMARY:Ubuntu Agri Holdings - In-person interview for Group Finance Manag
 er
DESCRIPTION:Dear Thabo\,\n\nThis is to confirm your in-person interview with
  Frikkie Joubert (Financial Director) for the Group Finance Manager positio
 n.\n\nWhere: Ubuntu Agri Holdings\, 220 Lynnwood Road\, Menlo Park\, Pretor
 ia\n\nWe look forward to meeting you.\nUbuntu Agri Holdings Hiring Team
LOCATION:220 Lynnwood Road\, Menlo Park\, Pretoria
ORGANIZER;CN=Ubuntu Agri Holdings:mailto:noreply@workablemail.com
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:thabo.nkosi.c
 a@gmail.com
ATTENDEE;CN=Frikkie Joubert;ROLE=REQ-PARTICIPANT:mailto:frikkie.joubert@ubu
 ntuagri.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims", uid="icims-8c0d-halvorsen-req2025-1187-int2@icims.com", y=1, company="Halvorsen Industrial",
        role="Plant Controller", stage="technical", who="dmitri.volkov@halvorsen.com;priya.naidoo@halvorsen.com",
        trap="icims-technical-interview-us-parent",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-8c0d-halvorsen-req2025-1187-int2@icims.com
DTSTAMP:20250307T151509Z
DTSTART:20250313T130000Z
DTEND:20250313T141500Z
SUMMARY:Halvorsen Industrial - Technical Interview - Plant Controller (Req
  2025-1187)
DESCRIPTION:Candidate: Thabo Nkosi\nRequisition: 2025-1187 Plant Controller
  - Germiston\, South Africa\n\nInterviewers:\n  Dmitri Volkov\, Director F
 P&A EMEA\n  Priya Naidoo\, Finance Director\, Halvorsen Industrial South Af
 rica\n\nThis interview will cover standard costing\, inventory valuation (
 IAS 2)\, variance analysis and US GAAP / SOX reporting to the parent.\n\nWe
 bex: https://halvorsen.webex.com/meet/dvolkov\nAccess code: 2641 558 901\n
 \nScheduled via iCIMS on behalf of Talent Acquisition.
LOCATION:Webex
ORGANIZER;CN=Halvorsen Talent Acquisition:mailto:talent@halvorsen.com
ATTENDEE;CN=Thabo Nkosi;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;CN=Dmitri Volkov:mailto:Dmitri.Volkov@halvorsen.com
ATTENDEE;CN=Priya Naidoo:mailto:Priya.Naidoo@halvorsen.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="modernloop", uid="ml-evt-0b7a2c55e91d4f3a@modernloop.io", y=1, company="Thames Ledger",
        role="Financial Controller", stage="onsite",
        who="oliver.grant@thamesledger.com;nadia.rahman@thamesledger.com;sam.okafor@thamesledger.com",
        trap="modernloop-london-virtual-onsite-loop",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
@@LON@@
BEGIN:VEVENT
UID:ml-evt-0b7a2c55e91d4f3a@modernloop.io
DTSTAMP:20250401T143012Z
DTSTART;TZID=Europe/London:20250408T100000
DTEND;TZID=Europe/London:20250408T123000
SUMMARY:Thames Ledger - Virtual Onsite - Thabo Nkosi
DESCRIPTION:Hi Thabo\,\n\nHere is your virtual onsite for the Financial Con
 troller role. Each session has its own Zoom link in the itinerary below.\n\n
 10:00-10:45  Oliver Grant\, CFO\n10:50-11:35  Nadia Rahman\, Head of Trea
 sury & Safeguarding\n11:40-12:30  Sam Okafor\, VP Finance Operations (case
  exercise: EMI safeguarding reconciliation)\n\nZoom: https://thamesledger.zo
 om.us/j/93310285514\n\nSee you soon\,\nGrace (Recruiting Coordinator)\nSche
 duled with ModernLoop
LOCATION:Zoom
ORGANIZER;CN=Grace Holloway:mailto:grace.holloway@thamesledger.com
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRU
 E:mailto:thabo.nkosi.ca@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goodtime", uid="goodtime-7f3e9a10-cloudpath-2204@goodtime.io", y=1, company="Cloudpath",
        role="Senior Finance Manager", stage="final", who="lauren.petersen@cloudpath.io",
        trap="goodtime-final-with-ceo-cape-town",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//GoodTime.io//GoodTime Hire//EN
VERSION:2.0
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
UID:goodtime-7f3e9a10-cloudpath-2204@goodtime.io
DTSTAMP:20250404T091120Z
DTSTART;TZID=Africa/Johannesburg:20250410T150000
DTEND;TZID=Africa/Johannesburg:20250410T154500
SUMMARY:Final Interview: Thabo Nkosi / Lauren Petersen (Cloudpath)
DESCRIPTION:Final conversation for the Senior Finance Manager role with Lau
 ren Petersen\, CEO & co-founder.\n\nGoogle Meet: https://meet.google.com/c
 dp-fnzx-rqk\n\nInterview scheduled by GoodTime on behalf of Cloudpath Peop
 le Team.
LOCATION:https://meet.google.com/cdp-fnzx-rqk
ORGANIZER;CN=Cloudpath Interviews:mailto:interviews@cloudpath.io
ATTENDEE;CN=Thabo Nkosi;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.com
ATTENDEE;CN=Lauren Petersen:mailto:lauren.petersen@cloudpath.io
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calendly", uid="a41c9e08-7b22-4f6d-9c11-calendly-bs2025", y=1, company="Bhekisisa Solar",
        role="", stage="", who="sizwe.bhekisisa@gmail.com", trap="founder-on-free-mail-calendly",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:a41c9e08-7b22-4f6d-9c11-calendly-bs2025
DTSTAMP:20250214T164933Z
DTSTART:20250218T150000Z
DTEND:20250218T154500Z
SUMMARY:Thabo Nkosi and Sizwe Mahlangu
DESCRIPTION:Event Name: Chat about the finance head role\n\nLocation: This i
 s a Zoom web conference.\nhttps://us06web.zoom.us/j/81922046671\n\nQuestion
 s:\nWhat would you like to discuss?\nYour ad for a Finance Manager/CFO to b
 uild the finance function for Bhekisisa Solar ahead of the Series A. I'm a
  CA(SA)\, 10 yrs post-articles\, currently FM at a mining services group.\n\n
 Need to make changes to this event?\nCancel: https://calendly.com/cancellat
 ions/a41c9e08\nReschedule: https://calendly.com/reschedulings/a41c9e08\n\nPo
 wered by Calendly.com
LOCATION:https://us06web.zoom.us/j/81922046671
ORGANIZER;CN=Sizwe Mahlangu:mailto:sizwe.bhekisisa@gmail.com
ATTENDEE;CN=Thabo Nkosi;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thabo
 .nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom", uid="calcom-7bHn2kQw9xYzL4mP@cal.com", y=1, company="Amandla Capital Partners",
        role="Fund Financial Controller", stage="recruiter_screen", who="thandeka.shabalala@amandlacap.co.za",
        trap="calcom-intro-interview-pe-fund",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-7bHn2kQw9xYzL4mP@cal.com
DTSTAMP:20250320T082233Z
DTSTART:20250326T073000Z
DTEND:20250326T080000Z
SUMMARY:Screening interview between Thandeka Shabalala and Thabo Nkosi
DESCRIPTION:What: Screening interview - Fund Financial Controller\nInvitee
  time zone: Africa/Johannesburg\nWhere: Cal Video\nhttps://app.cal.com/vide
 o/7bHn2kQw9xYzL4mP\nAdditional notes: Applied via LinkedIn. CV attached.\n\n
 Need to make a change? Reschedule or Cancel: https://app.cal.com/booking/7b
 Hn2kQw9xYzL4mP
LOCATION:https://app.cal.com/video/7bHn2kQw9xYzL4mP
ORGANIZER;CN=Thandeka Shabalala:mailto:thandeka.shabalala@amandlacap.co.za
ATTENDEE;CN=Thabo Nkosi;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:thabo.
 nkosi.ca@gmail.com
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings", uid="bookings-nm-0c77e1a2-4d5f-49ab-8e30-6a1b2c3d9f88", y=1, company="Nel & Mahlangu",
        role="Audit Manager", stage="", who="Johan Nel", trap="bookings-interview-mid-tier-audit-firm",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN=Nel & Mahlangu Careers:mailto:Careers@nelmahlangu.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Thabo Nkosi:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=en-ZA:Booking details\n\nService: Interview - Audit Ma
 nager (Mining & Industrial)\nStaff: Johan Nel\nCustomer: Thabo Nkosi\nEmail
 : thabo.nkosi.ca@gmail.com\n\nVenue: Nel & Mahlangu Inc.\, 47 Wierda Road
  West\, Wierda Valley\, Sandton\n\nThis booking was made through Microsoft Bo
 okings.\n
UID:bookings-nm-0c77e1a2-4d5f-49ab-8e30-6a1b2c3d9f88
SUMMARY;LANGUAGE=en-ZA:Interview - Audit Manager (Mining & Industrial)
DTSTART;TZID=South Africa Standard Time:20250328T080000
DTEND;TZID=South Africa Standard Time:20250328T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250324T200122Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Nel & Mahlangu Inc.\, Sandton
END:VEVENT
END:VCALENDAR
""",
    ),
]
