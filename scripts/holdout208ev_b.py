"""holdout208 events, part B: Amplify, Tucson USD, Isaac SD, Kyrene, PVUSD, BSCS, Scottsdale (written blind)."""

from holdout208ev_common import NYC, PHX, WIN_USMST, iv

EVENTS = [
    iv(
        "greenhouse-screen",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
METHOD:REQUEST
""" + NYC + r"""BEGIN:VEVENT
UID:greenhouse-interview-84413920-1@greenhouse.io
DTSTAMP:20250304T143300Z
DTSTART;TZID=America/New_York:20250310T150000
DTEND;TZID=America/New_York:20250310T153000
SUMMARY:Marisol Vega - Recruiter Phone Screen (Amplify)
DESCRIPTION:Hi Marisol\,\n\nLooking forward to chatting about the Science Cu
 rriculum Specialist\, K-8 (Remote) role at Amplify!\n\nJoin Zoom Meeting\nh
 ttps://amplify.zoom.us/j/91274405518?pwd=Q2t4bWZrV0RvY0pTRk1hZ0xxZz09\nMe
 eting ID: 912 7440 5518\nPasscode: 448210\n\nOne tap mobile\n+16694449171\,
 \,91274405518#\,\,\,\,*448210# US\n\nBest\,\nJasmine Oduya\nSenior Recrui
 ter\, Amplify
LOCATION:https://amplify.zoom.us/j/91274405518?pwd=Q2t4bWZrV0RvY0pTRk1hZ0xxZz09
ORGANIZER;CN=Jasmine Oduya:mailto:joduya@amplify.com
ATTENDEE;CN=Jasmine Oduya;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:joduya@amplify.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "greenhouse-interview-84413920-1@greenhouse.io",
        "Amplify",
        "Science Curriculum Specialist, K-8 (Remote)",
        "recruiter_screen",
        "joduya@amplify.com",
        "greenhouse-eastern-zone-zoom-recruiter-screen",
    ),
    iv(
        "hiring-manager",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Greenhouse Software Inc.//Greenhouse Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-84413920-2@greenhouse.io
DTSTAMP:20250313T191020Z
DTSTART:20250319T224500Z
DTEND:20250319T233000Z
SUMMARY:Interview: Marisol Vega / Rachel Stein
DESCRIPTION:Amplify | Science Curriculum Specialist\, K-8 (Remote)\n\nInterv
 iewer: Rachel Stein (Director\, Amplify Science Curriculum)\nFormat: 45 mi
 n video conversation\n\nGoogle Meet: https://meet.google.com/vqe-hsdn-kpx\n
 Or dial: (US) +1 347-555-0190 PIN: 833 104 227#\n\nPlease let us know if y
 ou need any accommodations.
LOCATION:Google Meet
ORGANIZER;CN=Amplify Recruiting:mailto:no-reply@us.greenhouse-mail.io
ATTENDEE;CN=Rachel Stein;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rstein@amplify.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:marisol.vega.teach@yahoo.com
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "greenhouse-interview-84413920-2@greenhouse.io",
        "Amplify",
        "Science Curriculum Specialist, K-8 (Remote)",
        "hiring_manager",
        "rstein@amplify.com",
        "greenhouse-utc-noreply-organizer-hiring-manager",
    ),
    iv(
        "work-sample",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/New_York
""" + NYC + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250402T130000
DTEND;TZID=America/New_York:20250402T141500
DTSTAMP:20250326T150744Z
ORGANIZER;CN=Priya Raman:mailto:praman@amplify.com
UID:1k7d4f9s2a0g3h5j8l6q0w2e4r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Rachel Stein;X-NUM-GUESTS=0:mailto:rstein@amplify.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Omar Haddad;X-NUM-GUESTS=0:mailto:ohaddad@amplify.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Priya Raman;X-NUM-GUESTS=0:mailto:praman@amplify.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
DESCRIPTION:Work sample presentation: revise the attached Unit 6.2 lesson f
 or a sheltered ELL classroom and present your rationale (20 min) + Q&A.\n
 \nPanel: Rachel Stein\, Omar Haddad (Product Manager\, Science)\, Priya Ra
 man (Recruiting Coordinator - scheduling only)\n\n-::~:~::~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n
 Join with Google Meet: https://meet.google.com/bdw-rcwn-yeu\n\nLearn more a
 bout Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease
  do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
 :~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Amplify | Marisol Vega - Work Sample Presentation
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "1k7d4f9s2a0g3h5j8l6q0w2e4r@google.com",
        "Amplify",
        "",
        "technical",
        "rstein@amplify.com;ohaddad@amplify.com",
        "google-meet-work-sample-coordinator-excluded",
    ),
    iv(
        "zoom-screening",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250226T160000
DTEND;TZID=America/Phoenix:20250226T163000
DTSTAMP:20250220T174105Z
ORGANIZER;CN=Lorena Castillo-Bustamante:mailto:lorena.castillo@tusd1.org
UID:5b8n2v4c6x1z9l7k3j0h2g4f6d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=marisol.vega.teach@yahoo.com;X-NUM-GUESTS=0:mailto:marisol.vega.te
 ach@yahoo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Lorena Castillo-Bustamante;X-NUM-GUESTS=0:mailto:lorena.castillo@tusd1
 .org
DESCRIPTION:Tucson Unified School District - Curriculum Specialist\, Scienc
 e (K-8)\n\nInitial virtual interview\n\nLorena Castillo-Bustamante is invi
 ting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://tusd1-o
 rg.zoom.us/j/83302914476\n\nMeeting ID: 833 0291 4476\n\n---\n\nOne tap mo
 bile\n+12532158782\,\,83302914476# US (Tacoma)\n+13462487799\,\,833029144
 76# US (Houston)\n\nDial by your location\n• +1 253 215 8782 US (Tacoma)\n\n
 Find your local number: https://tusd1-org.zoom.us/u/kbXq1Y
LOCATION:https://tusd1-org.zoom.us/j/83302914476
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TUSD Curriculum Specialist - Science: Virtual Interview (Vega)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "5b8n2v4c6x1z9l7k3j0h2g4f6d@google.com",
        "Tucson Unified School District",
        "Curriculum Specialist, Science (K-8)",
        "recruiter_screen",
        "lorena.castillo@tusd1.org",
        "google-zoom-boilerplate-tucson-first-round",
    ),
    iv(
        "tucson-panel",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250314T100000
DTEND:20250314T113000
DTSTAMP:20250305T030218Z
UID:4q1w8e5r2t9y6u3i0o7p4a1s8d@google.com
CREATED:20250305T030218Z
DESCRIPTION:TUSD panel - Curriculum & Instruction\, Duffy Community Center
 \, 5145 E 5th St. Panel = Dr. Saavedra (Sr Director C&I)\, Lorena C-B\, 2 s
 cience TOSAs. Leave Phx by 7:30!! I-10 construction by Picacho. 10 min pres
 entation on my PLC data cycle -> bring 4 printed copies
LAST-MODIFIED:20250305T030301Z
LOCATION:Duffy Community Center\, Tucson
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:TUSD panel intvw 10am
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4q1w8e5r2t9y6u3i0o7p4a1s8d@google.com",
        "Tucson Unified School District",
        "",
        "onsite",
        "Dr. Saavedra;Lorena C-B",
        "self-typed-floating-time-tucson-panel",
    ),
    iv(
        "entrevista-telefonica",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallegos, Rosa":mailto:rgallegos@isaacschools.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
DESCRIPTION;LANGUAGE=es-MX:Estimada Sra. Vega:\n\nGracias por su interés en e
 l puesto de Subdirectora - Academia de Lenguaje Dual. Parte de esta conve
 rsación se llevará a cabo en español\, ya que el puesto requiere comunic
 ación con familias y personal en ambos idiomas.\n\nLe llamaré al 602-555-
 0147.\n\nAtentamente\,\nRosa Gallegos\nDirectora de Recursos Humanos\nIsaa
 c Elementary School District\n
UID:040000008200E00074C5B7101A82E00800000000A1C9E4D23B83DB01000000000000000010000000E9D8C7B6A5F44E3D9C2B1A0F9E8D7C6B
SUMMARY;LANGUAGE=es-MX:Entrevista telefónica / Phone Screening - Subdirectora (Lenguaje Dual)
DTSTART;TZID=US Mountain Standard Time:20250225T161500
DTEND;TZID=US Mountain Standard Time:20250225T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T200511Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E00800000000A1C9E4D23B83DB01000000000000000010000000E9D8C7B6A5F44E3D9C2B1A0F9E8D7C6B",
        "Isaac Elementary School District",
        "Subdirectora - Academia de Lenguaje Dual",
        "recruiter_screen",
        "rgallegos@isaacschools.org",
        "spanish-outlook-phone-screen-dual-language",
    ),
    iv(
        "entrevista-panel",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_USMST + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallegos, Rosa":mailto:rgallegos@isaacschools.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marisol.ve
 ga.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Montoya, Ernesto":mailto:emontoya@isaacschools.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pérez, Daniela":mailto:dperez@isaacschools.org
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Yazzie, Corinne":mailto:cyazzie@isaacschools.org
DESCRIPTION;LANGUAGE=es-MX:Entrevista en panel para el puesto de Subdirectora
  - Academia de Lenguaje Dual (Escuela Pueblo del Sol).\n\nPanel: Ernesto M
 ontoya (Director)\, Daniela Pérez (maestra de 2.º grado\, programa dual) y
  Corinne Yazzie (representante de padres).\n\nLa primera mitad será en in
 glés y la segunda en español.\n____________________________________________
 ____________________________________\nMicrosoft Teams meeting\nJoin on you
 r computer\, mobile app or room device\nClick here to join the meeting<htt
 ps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDk3YmE1NjQtYzQ4NS00>\n
 Meeting ID: 219 884 301 552\nPasscode: Kz7vQp\nOr call in (audio only)\n+1
  480-555-0199\,\,702118334#   United States\, Phoenix\nPhone Conference ID
 : 702 118 334#\n___________________________________________________________
 _____________________\n
UID:040000008200E00074C5B7101A82E0080000000011B2C3D4A983DB01000000000000000010000000A1B2C3D4E5F6478899AABBCCDDEEFF00
SUMMARY;LANGUAGE=es-MX:Entrevista en panel - Subdirectora Lenguaje Dual - M. Vega
DTSTART;TZID=US Mountain Standard Time:20250306T083000
DTEND;TZID=US Mountain Standard Time:20250306T093000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250228T232219Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
        "040000008200E00074C5B7101A82E0080000000011B2C3D4A983DB01000000000000000010000000A1B2C3D4E5F6478899AABBCCDDEEFF00",
        "Isaac Elementary School District",
        "Subdirectora - Academia de Lenguaje Dual",
        "onsite",
        "emontoya@isaacschools.org;dperez@isaacschools.org;cyazzie@isaacschools.org",
        "spanish-teams-panel-half-english-half-spanish",
    ),
    iv(
        "talented-screen",
        r"""BEGIN:VCALENDAR
PRODID:-//PowerSchool//TalentEd Recruit and Hire//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:te-kyrene-sched-20250219-55821@talentedk12.com
DTSTAMP:20250213T204455Z
DTSTART:20250219T230000Z
DTEND:20250219T233000Z
SUMMARY:Interview: Instructional Coach - Kyrene School District
DESCRIPTION:You have scheduled an interview through TalentEd Recruit & Hire
 .\n\nPosition: Instructional Coach (2025-26)\nInterview Type: Screening\nInt
 erviewer: Shawna Delgado\nLocation: Kyrene Education Center\, 8700 S Kyrene
  Rd\, Tempe\, Room 114\n\nTo cancel or change your interview time\, log in
  to your applicant account.
LOCATION:Kyrene Education Center\, Room 114
ORGANIZER:mailto:donotreply@talentedk12.com
END:VEVENT
END:VCALENDAR
""",
        "te-kyrene-sched-20250219-55821@talentedk12.com",
        "Kyrene School District",
        "Instructional Coach (2025-26)",
        "recruiter_screen",
        "Shawna Delgado",
        "talented-self-scheduled-publish-noreply",
    ),
]
