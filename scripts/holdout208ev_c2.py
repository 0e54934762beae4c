"""holdout208 events, part C (2): single interviews with Phoenix-area districts (written blind)."""

from holdout208ev_common import PHX, WIN_USMST, iv

EVENTS = [
    iv(
        "k12jobspot-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Frontline Education//K12JobSpot//EN
VERSION:2.0
BEGIN:VEVENT
UID:k12jobspot-appt-3391842
DTSTAMP:20250221T014422Z
DTSTART:20250228T154500
DTEND:20250228T163000
SUMMARY:Interview - Alhambra Elementary School District #68
LOCATION:Alhambra ESD District Office\, 4510 N 37th Ave\, Phoenix\, AZ 85019
DESCRIPTION:Position: Instructional Coach - Science/STEM\nContact: Ana Ma
 ría Quiroga\, Director of Academic Services\nPlease arrive 10 minutes ea
 rly and bring a valid ID.\n\nManage your applications at k12jobspot.com
END:VEVENT
END:VCALENDAR
""",
        "k12jobspot-appt-3391842",
        "Alhambra Elementary School District",
        "Instructional Coach - Science/STEM",
        "",
        "Ana María Quiroga",
        "k12jobspot-floating-time-no-organizer",
    ),
    iv(
        "superintendent-interview",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Ramírez, Dr. Hector";SENT-BY="mailto:mpadilla@rsd.k12.az.us":mailto:hramirez@rsd.k12.az.us
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Padilla, Marta":mailto:mpadilla@rsd.k12.az.us
DESCRIPTION;LANGUAGE=en-US:Ms. Vega\, Dr. Ramírez would like to meet with you
  as a finalist for Assistant Principal\, C.J. Jorgensen School. Please ch
 eck in with me at the front desk of the Administration Center\, 6000 S 7t
 h St.\n\nMarta Padilla\nAdministrative Assistant\, Office of the Superinte
 ndent\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B48EDB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0
SUMMARY;LANGUAGE=en-US:Finalist Interview w/ Superintendent - AP CJ Jorgensen
DTSTART;TZID=US Mountain Standard Time:20250415T153000
DTEND;TZID=US Mountain Standard Time:20250415T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T194033Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Roosevelt SD Admin Center - Supt. Conference Rm
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000F0E1D2C3B48EDB0100000000000000001000000013579BDF2468ACE013579BDF2468ACE0",
        "Roosevelt School District",
        "Assistant Principal",
        "final",
        "hramirez@rsd.k12.az.us",
        "outlook-sent-by-admin-assistant-finalist",
    ),
    iv(
        "performance-task",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250409T153000
DTEND;TZID=America/Phoenix:20250409T170000
DTSTAMP:20250403T161255Z
ORGANIZER;CN=Curriculum & Instruction:mailto:ci.office@wesdschools.org
UID:6t9y2u5i8o1p4a7s0d3f6g9h2j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Naomi Fitzgerald;X-NUM-GUESTS=0:mailto:naomi.fitzgerald@wesdschools.or
 g
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rubén Alcaraz;X-NUM-GUESTS=0:mailto:ruben.alcaraz@wesdschools.org
DESCRIPTION:Curriculum Specialist - Science\n\nPart 1 (45 min): data task
 . You will receive 3 years of AASA science and district benchmark data fo
 r grades 5 and 8 and build a one-page summary of trends and 2 priorities
 .\nPart 2 (45 min): present to Naomi Fitzgerald and Rubén Alcaraz and ans
 wer questions.\n\nWESD Administrative Center\, 4650 W Sweetwater Ave\, Glend
 ale - Room 210.
LOCATION:WESD Administrative Center - Room 210
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Performance Task + Interview: Curriculum Specialist - Science
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6t9y2u5i8o1p4a7s0d3f6g9h2j@google.com",
        "Washington Elementary School District",
        "Curriculum Specialist - Science",
        "technical",
        "naomi.fitzgerald@wesdschools.org;ruben.alcaraz@wesdschools.org",
        "google-shared-mailbox-organizer-data-task",
    ),
    iv(
        "calendly-screen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:8d4c2e1a-6b3f-4a09-9e57-1f0c2d3b4a5e@calendly.com
DTSTAMP:20250224T031742Z
DTSTART:20250226T231500Z
DTEND:20250226T233500Z
SUMMARY:Instructional Coach Screening - GESD (Marisol Vega)
DESCRIPTION:Event Name: Instructional Coach Screening - GESD\n\nLocation: Th
 is is a phone call. Tomás Echeverría will call the invitee at +1 602-55
 5-0147.\n\nNeed to make changes to this event?\nCancel: https://calendly.c
 om/cancellations/8d4c2e1a-6b3f-4a09\nReschedule: https://calendly.com/resc
 heduling/8d4c2e1a-6b3f-4a09\n\nPowered by Calendly.com
LOCATION:+1 602-555-0147
ORGANIZER;CN=Tomás Echeverría:mailto:tomas.echeverria@gesd40.org
ATTENDEE;CN=Tomás Echeverría;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:tomas.echeverria@gesd40.org
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marisol.vega.teach@yahoo.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "8d4c2e1a-6b3f-4a09-9e57-1f0c2d3b4a5e@calendly.com",
        "Glendale Elementary School District",
        "",
        "recruiter_screen",
        "tomas.echeverria@gesd40.org",
        "calendly-user-as-invitee-screening",
    ),
    iv(
        "bookings-screen",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN=Osborn HR Interviews:mailto:OsbornHRInterviews@osbornsd.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Vega:mailto:marisol.vega.teach@yahoo.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Administrat
 ive Screening Interview (30 min)\nStaff: Jerome Whitlock\n\nAssistant Princi
 pal - Encanto School\n\nJoin your appointment\nhttps://teams.microsoft.com/l
 /meetup-join/19%3ameeting_NmE4ZjUzYTQtMDE2\n\nManage booking: https://outl
 ook.office365.com/owa/calendar/OsbornHRInterviews@osbornsd.org/bookings/\n
UID:040000008200E00074C5B7101A82E008000000004E5D6C7BA08FDB01000000000000000010000000246813579ACEBDF0246813579ACEBDF0
SUMMARY;LANGUAGE=en-US:Administrative Screening Interview (30 min) with Marisol Vega
DTSTART;TZID=US Mountain Standard Time:20250304T154500
DTEND;TZID=US Mountain Standard Time:20250304T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250227T041551Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E008000000004E5D6C7BA08FDB01000000000000000010000000246813579ACEBDF0246813579ACEBDF0",
        "Osborn School District",
        "Assistant Principal - Encanto School",
        "recruiter_screen",
        "Jerome Whitlock",
        "microsoft-bookings-shared-mailbox-staff-in-body",
    ),
    iv(
        "zoom-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250407T160000
DTEND;TZID=America/Phoenix:20250407T164500
DTSTAMP:20250401T205016Z
ORGANIZER;CN=Kristen Moody:mailto:kmoody@balsz.org
UID:3r6t9y2u5i8o1p4a7s0d3f6g9h@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Kristen Moody;X-NUM-GUESTS=0:mailto:kmoody@balsz.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Hi Ms. Vega\, thanks for applying for the Assistant Principal r
 ole at Griffith. Let's connect over Zoom.\n\nKristen Moody\, Principal\n\nJ
 oin Zoom Meeting\nhttps://balsz.zoom.us/j/95530028811?pwd=T1dXcGZ6\nMeeting
  ID: 955 3002 8811\nPasscode: 220417
LOCATION:https://balsz.zoom.us/j/95530028811?pwd=T1dXcGZ6
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ms. Vega - Zoom
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "3r6t9y2u5i8o1p4a7s0d3f6g9h@google.com",
        "Balsz Elementary School District",
        "Assistant Principal",
        "hiring_manager",
        "kmoody@balsz.org",
        "vague-title-principal-zoom",
    ),
    iv(
        "goto-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//GoTo//GoTo Meeting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-884512669-20250319
DTSTAMP:20250313T155204Z
DTSTART:20250319T223000Z
DTEND:20250319T231500Z
SUMMARY:LESD - Science Coach interview (Vega)
DESCRIPTION:Litchfield Elementary School District - Science Coach (K-8)\nIn
 terviewers: Sheryl Dunaway\, Director of Curriculum\; Paul Mercado\, Prin
 cipal\n\nPlease join my meeting from your computer\, tablet or smartphone.
 \nhttps://meet.goto.com/884512669\n\nYou can also dial in using your phone
 .\nUnited States: +1 (571) 317-3122\nAccess Code: 884-512-669\n\nNew to GoT
 o Meeting? Get the app now and be ready when your first meeting starts: h
 ttps://meet.goto.com/install
LOCATION:https://meet.goto.com/884512669
ORGANIZER;CN=Sheryl Dunaway:mailto:sdunaway@lesd.k12.az.us
ATTENDEE;CN=marisol.vega.teach@yahoo.com;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;CN=Paul Mercado;RSVP=TRUE:mailto:pmercado@lesd.k12.az.us
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "goto-884512669-20250319",
        "Litchfield Elementary School District",
        "Science Coach (K-8)",
        "",
        "sdunaway@lesd.k12.az.us;pmercado@lesd.k12.az.us",
        "goto-meeting-utc",
    ),
    iv(
        "phone-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Yahoo//Yahoo Calendar//EN
BEGIN:VEVENT
UID:yc-20250303-7f41b09e2d
DTSTAMP:20250228T234501Z
DTSTART;TZID=America/Phoenix:20250303T124500
DTEND;TZID=America/Phoenix:20250303T131500
SUMMARY:Fowler phone interview (lunch!)
DESCRIPTION:HR (Mr. Begay?) calling abt Asst Principal - Santa Maria MS. c
 lose door rm 214\, tell front office I'm on lunch
LOCATION:my cell
END:VEVENT
END:VCALENDAR
""",
        "yc-20250303-7f41b09e2d",
        "Fowler Elementary School District",
        "Asst Principal - Santa Maria MS",
        "recruiter_screen",
        "Mr. Begay",
        "self-typed-yahoo-tzid-without-vtimezone",
    ),
]
