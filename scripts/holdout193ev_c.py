"""holdout193 events, part c: limehome, Cocoon Stays, Andaz, Austria Trend, Hilton (rescheduled), Ruby, Ambiente, Basecamp.

Each entry: (kind, uid, is_interview, company, role, stage, interviewers, trap, raw iCalendar text).
"""

# ruff: noqa: E501, W291

EVENTS = [
    (
        "lever-meet",
        "lever-interview-0c9f3e1a-7d52-4b88-a6e1-52f0d7c3b914",
        1,
        "limehome",
        "Area Operations Manager Austria",
        "hiring_manager",
        "felix.huber@limehome.com",
        "lever-noreply-organizer-hiring-manager",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:lever-interview-0c9f3e1a-7d52-4b88-a6e1-52f0d7c3b914
DTSTAMP:20261029T112045Z
DTSTART;TZID=Europe/Berlin:20261105T100000
DTEND;TZID=Europe/Berlin:20261105T104500
SUMMARY:Interview with limehome: Stefan Brunner <> Felix Huber
DESCRIPTION:Hi Stefan\,\n\nYour interview for Area Operations Manager Austr
 ia has been scheduled.\n\nInterviewer: Felix Huber (Head of Operations Aust
 ria)\nFormat: Video call\nLink: https://meet.google.com/vpk-dwsa-mhe\n\nAt l
 imehome we run digital apartments without a classic front desk – Felix will
  be curious how you would run quality across 12 locations with a small team
 .\n\nThanks\,\nlimehome Talent Team
LOCATION:https://meet.google.com/vpk-dwsa-mhe
ORGANIZER;CN=limehome Talent Team:mailto:no-reply@hire.lever.co
ATTENDEE;CN=Felix Huber;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:felix.huber@limehome.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "ashby-zoom",
        "ashby-interview-schedule-2f6a0e7c-91b3-4d5e-8c2a-6b7d9e0f1a34",
        1,
        "Cocoon Stays",
        "Head of Guest Experience",
        "hiring_manager",
        "miriam@cocoonstays.de",
        "ashby-startup-coo-zoom",
        r"""BEGIN:VCALENDAR
PRODID:-//Ashby//Ashby Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:ashby-interview-schedule-2f6a0e7c-91b3-4d5e-8c2a-6b7d9e0f1a34
SEQUENCE:0
DTSTAMP:20261112T082911Z
DTSTART;TZID=Europe/Berlin:20261119T120000
DTEND;TZID=Europe/Berlin:20261119T124500
SUMMARY:Stefan Brunner // Cocoon Stays – Hiring Manager Interview (Head of Guest Experience)
DESCRIPTION:Hi Stefan\, looking forward to speaking with you!\n\nJoin Zoom 
 Meeting\nhttps://us06web.zoom.us/j/86120447391?pwd=Q2x0dXh6cW5\nMeeting ID:
  861 2044 7391\nPasscode: 418826\n\nInterviewers: Miriam Albers (COO & Co-F
 ounder)\n\nThis event was scheduled via Ashby.
LOCATION:https://us06web.zoom.us/j/86120447391?pwd=Q2x0dXh6cW5
ORGANIZER;CN=Cocoon Stays Recruiting:mailto:recruiting@cocoonstays.de
ATTENDEE;CN=Miriam Albers;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:miriam@cocoonstays.de
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "icims-phone",
        "iCIMS-Interview-88102-2026-10-16T0900@hyatt.icims.com",
        1,
        "Andaz Vienna Am Belvedere",
        "Director of Rooms",
        "recruiter_screen",
        "lukas.brandl@hyatt.com",
        "icims-phone-screen-hyatt",
        r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//iCIMS Talent Cloud//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:iCIMS-Interview-88102-2026-10-16T0900@hyatt.icims.com
DTSTAMP:20261009T125540Z
DTSTART;TZID=Europe/Vienna:20261016T090000
DTEND;TZID=Europe/Vienna:20261016T093000
SUMMARY:Interview Scheduled: Director of Rooms (Req 88102) - Andaz Vienna Am Belvedere
DESCRIPTION:Dear Stefan\,\n\nYour phone interview has been scheduled. Lukas
  Brandl\, Talent Acquisition Manager\, will call you at the number in your p
 rofile.\n\nJob: Director of Rooms\nLocation: Andaz Vienna Am Belvedere\, Ar
 senalstraße 10\, 1100 Wien\n\nPlease do not reply to this automated messag
 e.\n\nHyatt Careers
LOCATION:Phone Interview
ORGANIZER;CN=Hyatt Careers:mailto:donotreply@hyatt.icims.com
ATTENDEE;CN=Lukas Brandl;ROLE=REQ-PARTICIPANT:mailto:lukas.brandl@hyatt.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "outlook-panel",
        "040000008200E00074C5B7101A82E00800000000F4B21C8A7E72DB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9",
        1,
        "Andaz Vienna Am Belvedere",
        "Director of Rooms",
        "onsite",
        "alessandro.ricci@hyatt.com;ingrid.wolf@hyatt.com;lukas.brandl@hyatt.com",
        "outlook-panel-with-room-resource",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
%%TZ w-europe-win%%
BEGIN:VEVENT
ORGANIZER;CN="Brandl, Lukas":mailto:lukas.brandl@hyatt.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Ricci, Alessandro":mailto:alessandro.ricci@hyatt.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Wolf, Ingrid":mailto:ingrid.wolf@hyatt.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Stefan Brunner:mailto:stefan.brunner.tirol@gmx.at
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="VIEAZ Meeting Room Studio 3":mailto:vieaz.studio3@hyatt.com
DESCRIPTION;LANGUAGE=en-US:Dear Stefan\,\n\nThank you for your time so far. 
 As a next step we would like to invite you to a panel interview at the hotel
  with:\n- Alessandro Ricci\, General Manager\n- Ingrid Wolf\, Director of Fi
 nance\n- myself\n\nPlease prepare a short presentation (max. 10 min) on "Fi
 rst 90 days as Director of Rooms at Andaz Vienna". A flipchart and screen are
  available in the room.\n\nBest regards\,\nLukas\n
UID:040000008200E00074C5B7101A82E00800000000F4B21C8A7E72DB010000000000000000100000009A8B7C6D5E4F30211203F4E5D6C7B8A9
SUMMARY;LANGUAGE=en-US:Panel Interview | Director of Rooms | Stefan Brunner
DTSTART;TZID=W. Europe Standard Time:20261202T140000
DTEND;TZID=W. Europe Standard Time:20261202T153000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261123T151118Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:VIEAZ Meeting Room Studio 3
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "successfactors-dialin",
        "SF-IS-ITV-5521983-20261124@successfactors.eu",
        1,
        "Austria Trend Hotels",
        "Hotel Manager (m/w/d) – Austria Trend Hotel Savoyen Vienna",
        "hiring_manager",
        "ursula.pribil@austria-trend.at;thomas.neubauer@austria-trend.at",
        "successfactors-phone-conference-dial-in",
        r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:SF-IS-ITV-5521983-20261124@successfactors.eu
DTSTAMP:20261116T090412Z
DTSTART;TZID=Europe/Vienna:20261124T130000
DTEND;TZID=Europe/Vienna:20261124T140000
SUMMARY:Interview: Hotel Manager (m/w/d) – Austria Trend Hotel Savoyen Vienna
DESCRIPTION:Sehr geehrter Herr Brunner\,\n\nwir bestätigen Ihren Gesprächste
 rmin mit Frau Mag. Ursula Pribil (Human Resources) und Herrn Thomas Neubauer
  (Regional Director Vienna).\n\nDas Gespräch findet telefonisch als Konferen
 z statt:\nEinwahl: +43 1 25302 1234\nKonferenz-PIN: 884213#\n\nMit freundli
 chen Grüßen\nHuman Resources\nAustria Trend Hotels\n\nDies ist eine automa
 tisch generierte Nachricht.
LOCATION:Telefonkonferenz +43 1 25302 1234 PIN 884213#
ORGANIZER;CN=Austria Trend Hotels Recruiting:mailto:noreply@successfactors.eu
ATTENDEE;CN=Ursula Pribil;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ursula.pribil@austria-trend.at
ATTENDEE;CN=Thomas Neubauer;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:thomas.neubauer@austria-trend.at
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime-teams",
        "goodtime-7d1e0b6c-3a2f-48e9-b5c7-0e9d8a1f2b3c@goodtime.io",
        1,
        "Hilton Munich Park",
        "Rooms Division Manager",
        "hiring_manager",
        "sebastian.ott@hilton.com",
        "goodtime-original-before-reschedule",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:goodtime-7d1e0b6c-3a2f-48e9-b5c7-0e9d8a1f2b3c@goodtime.io
SEQUENCE:0
DTSTAMP:20261030T140233Z
DTSTART;TZID=Europe/Berlin:20261106T100000
DTEND;TZID=Europe/Berlin:20261106T104500
SUMMARY:Stefan Brunner | Rooms Division Manager | Hilton Munich Park
DESCRIPTION:Hello Stefan\,\n\nYou are confirmed for your interview with Seb
 astian Ott (Hotel Manager\, Hilton Munich Park).\n\nMicrosoft Teams meeting
 \nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY1ZDM0@th
 read.v2/0\nMeeting ID: 362 901 778 455\nPasscode: H7pq2X\n\nNeed to resched
 ule? https://candidate.goodtime.io/r/7d1e0b6c\n\nHilton Talent Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Hilton Talent Acquisition:mailto:scheduling@hilton.goodtime.io
ATTENDEE;CN=Sebastian Ott;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sebastian.ott@hilton.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "goodtime-rescheduled",
        "goodtime-7d1e0b6c-3a2f-48e9-b5c7-0e9d8a1f2b3c@goodtime.io",
        1,
        "Hilton Munich Park",
        "Rooms Division Manager",
        "hiring_manager",
        "sebastian.ott@hilton.com",
        "goodtime-rescheduled-same-uid-higher-sequence",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoodTime.io//GoodTime Hire//EN
METHOD:REQUEST
%%TZ berlin-google%%
BEGIN:VEVENT
UID:goodtime-7d1e0b6c-3a2f-48e9-b5c7-0e9d8a1f2b3c@goodtime.io
SEQUENCE:2
DTSTAMP:20261104T081502Z
DTSTART;TZID=Europe/Berlin:20261109T153000
DTEND;TZID=Europe/Berlin:20261109T161500
SUMMARY:Updated: Stefan Brunner | Rooms Division Manager | Hilton Munich Park
DESCRIPTION:Hello Stefan\,\n\nYour interview has been RESCHEDULED at the req
 uest of the hiring team. New time: Monday\, 9 November\, 3:30 PM - 4:15 PM (
 CET).\n\nInterviewer: Sebastian Ott (Hotel Manager)\n\nMicrosoft Teams meet
 ing\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGY1ZDM0@
 thread.v2/0\nMeeting ID: 362 901 778 455\nPasscode: H7pq2X\n\nHilton Talent
  Acquisition
LOCATION:Microsoft Teams
ORGANIZER;CN=Hilton Talent Acquisition:mailto:scheduling@hilton.goodtime.io
ATTENDEE;CN=Sebastian Ott;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sebastian.ott@hilton.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "modernloop-panel",
        "ml-loop-5b0e7a2d-c4f1-4e93-a8b6-1d2c3e4f5a6b",
        1,
        "Ruby Hotels",
        "Hotel Manager – Ruby Marie Vienna",
        "onsite",
        "paulina.roth@ruby-hotels.com;daniel.weiss@ruby-hotels.com;eva.lindner@ruby-hotels.com",
        "modernloop-virtual-panel-loop",
        r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//ModernLoop Scheduling//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:ml-loop-5b0e7a2d-c4f1-4e93-a8b6-1d2c3e4f5a6b
DTSTAMP:20261124T100045Z
DTSTART;TZID=Europe/Vienna:20261201T140000
DTEND;TZID=Europe/Vienna:20261201T160000
SUMMARY:Ruby Hotels: Interview Loop – Stefan Brunner (Hotel Manager Ruby Marie)
DESCRIPTION:Hi Stefan\,\n\nhere is your interview loop for the Hotel Manag
 er position at Ruby Marie Vienna. All sessions run in the same Google Meet.
 \n\n14:00–14:45  Ruby Culture & Lean Luxury – Paulina Roth (Regional Direct
 or Austria)\n14:45–15:30  Operations deep dive – Daniel Weiss (Hotel Manage
 r Ruby Lissi)\n15:30–16:00  People & Culture – Eva Lindner\n\nMeet: https:/
 /meet.google.com/ruy-xkqp-vhn\n\nScheduled with ModernLoop on behalf of Rub
 y Hotels Talent Acquisition.
LOCATION:https://meet.google.com/ruy-xkqp-vhn
ORGANIZER;CN=Ruby Talent Acquisition:mailto:careers@ruby-hotels.com
ATTENDEE;CN=Paulina Roth;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:paulina.roth@ruby-hotels.com
ATTENDEE;CN=Daniel Weiss;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:daniel.weiss@ruby-hotels.com
ATTENDEE;CN=Eva Lindner;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:eva.lindner@ruby-hotels.com
ATTENDEE;CN=Stefan Brunner;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calendly-owner",
        "e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6@calendly.com",
        1,
        "Boutiquehotel Ambiente Salzburg",
        "Hoteldirektor/in",
        "hiring_manager",
        "christina@hotel-ambiente-salzburg.at",
        "calendly-owner-host-user-invitee",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6@calendly.com
DTSTAMP:20261108T200912Z
DTSTART;TZID=Europe/Vienna:20261113T083000
DTEND;TZID=Europe/Vienna:20261113T090000
SUMMARY:Stefan Brunner and Christina Lanz
DESCRIPTION:Event Name: Bewerbungsgespräch Hoteldirektor/in (30 Min.)\n\nLo
 cation: Christina Lanz will call the invitee at +43 664 3812290\n\nPlease sh
 are anything that will help prepare for our meeting.: Bewerbung über Rolling
  Pin\, aktuell Front Office Manager im Alpenhof Seefeld\, frei ab Mai\n\nNeed
  to make changes to this event?\nCancel: https://calendly.com/cancellations/
 e1f2a3b4\nReschedule: https://calendly.com/reschedulings/e1f2a3b4\n\nPowere
 d by Calendly.com
LOCATION:+43 664 3812290
ORGANIZER;CN=Christina Lanz:mailto:christina@hotel-ambiente-salzburg.at
ATTENDEE;CN=Christina Lanz;PARTSTAT=ACCEPTED:mailto:christina@hotel-ambiente-salzburg.at
ATTENDEE;CN=Stefan Brunner;PARTSTAT=ACCEPTED:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    (
        "calcom-founder",
        "calcom-booking-Vq3hT8nZ2kLm9RxY4cWp",
        1,
        "Basecamp Hostels",
        "Head of Operations",
        "",
        "niklas@basecamp-hostels.com",
        "calcom-startup-founder-intro-english",
        r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
%%TZ vienna-google%%
BEGIN:VEVENT
UID:calcom-booking-Vq3hT8nZ2kLm9RxY4cWp
DTSTAMP:20261127T214408Z
DTSTART;TZID=Europe/Vienna:20261203T190000
DTEND;TZID=Europe/Vienna:20261203T194500
SUMMARY:Head of Operations – Intro between Niklas Bauer and Stefan Brunner
DESCRIPTION:What: Head of Operations – Intro\nInvitee Time Zone: Europe/Vien
 na\nWho:\nNiklas Bauer - Organizer\nniklas@basecamp-hostels.com\nStefan Brun
 ner\nstefan.brunner.tirol@gmx.at\nWhere: Cal Video\nhttps://app.cal.com/vid
 eo/Vq3hT8nZ2kLm9RxY4cWp\nAdditional notes: Hi Niklas\, happy to talk about
  the Innsbruck + Munich openings. Evenings work best for me during the seas
 on. Stefan\n\nNeed to make a change? Cancel or reschedule: https://app.cal.c
 om/booking/Vq3hT8nZ2kLm9RxY4cWp
LOCATION:https://app.cal.com/video/Vq3hT8nZ2kLm9RxY4cWp
ORGANIZER;CN=Niklas Bauer:mailto:niklas@basecamp-hostels.com
ATTENDEE;CN=Stefan Brunner;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:stefan.brunner.tirol@gmx.at
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
