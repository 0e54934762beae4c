"""holdout215 events, part c: daa, ASL Airlines Ireland, Norse Atlantic, CityJet, Gulf Air."""

from holdout215ev_common import TZ_BAHRAIN, TZ_DUBLIN, TZ_LONDON, E

EVENTS = [
    E(
        "phone-screen", 1, "sr-int-6a4f0c9e8b7d41e2a3f5b6c7d8e9f001@smartrecruiters.com",
        company="daa", role="Customer Experience Team Lead - Dublin Airport", stage="recruiter_screen",
        interviewers="grainne.walsh@daa.ie", trap="smartrecruiters-phone-screen-ground-role",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:sr-int-6a4f0c9e8b7d41e2a3f5b6c7d8e9f001@smartrecruiters.com
DTSTAMP:20250128T143015Z
DTSTART;TZID=Europe/Dublin:20250203T124500
DTEND;TZID=Europe/Dublin:20250203T131500
SUMMARY:Phone Interview: Customer Experience Team Lead - Dublin Airport
DESCRIPTION:Hi Niamh\,\n\nThanks for your interest in joining daa. Gráinne
  Walsh from our Talent Acquisition team will call you on +353 87 412 5590
  for an initial conversation about the Customer Experience Team Lead rol
 e (Terminal 2).\n\nIf this time no longer suits\, use the link in your ca
 ndidate portal to pick another slot.\n\nBest regards\,\ndaa Talent Acquis
 ition
LOCATION:Phone call - we will call you
ORGANIZER;CN=daa Talent Acquisition:mailto:noreply@smartrecruiters.com
ATTENDEE;CN=Gráinne Walsh;ROLE=REQ-PARTICIPANT:mailto:grainne.walsh@daa.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "bookings-panel", 1, "9b3f1a0c-5e7d-4c28-b6a1-e2d4f8c0a935",
        company="daa", role="Customer Experience Team Lead", stage="hiring_manager",
        interviewers="Eoin Farrell;Sarah Kinsella", trap="bookings-utc-competency-panel-rooms",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=daa Recruitment:mailto:daaRecruitment@daa.ie
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Niamh Gal
 lagher:mailto:niamh.gallagher.fly@gmail.com
DESCRIPTION;LANGUAGE=en-US:Your booking is confirmed\n\nService: Competen
 cy Based Interview - Customer Experience Team Lead\nStaff: Eoin Farrell\,
  Sarah Kinsella\n\nPanel: Eoin Farrell (Customer Experience Manager\, T2)
  and Sarah Kinsella (HR Business Partner\, Operations).\nThe interview i
 s competency based (approx. 45 mins) and will be followed by a short situ
 ational exercise.\n\nLocation: Room G.12\, daa Head Office\, Old Central
  Terminal Building\, Dublin Airport. Please bring photo ID to collect a vi
 sitor pass at reception.\n\nManage booking: https://outlook.office365.com
 /owa/calendar/daaRecruitment@daa.ie/bookings/\n
UID:9b3f1a0c-5e7d-4c28-b6a1-e2d4f8c0a935
SUMMARY;LANGUAGE=en-US:Competency Based Interview - Customer Experience Te
 am Lead
DTSTART:20250218T100000Z
DTEND:20250218T110000Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250206T113022Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:daa Head Office - Room G.12
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "final-teams", 1, "0F6C1E28-3B9A-4E47-A2D5-88C3B7E4F105",
        company="daa", role="Customer Experience Team Lead", stage="final",
        interviewers="fiona.osullivan@daa.ie", trap="outlook-mac-final-head-of-department",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:0F6C1E28-3B9A-4E47-A2D5-88C3B7E4F105
DTSTAMP:20250226T170842Z
DTSTART;TZID=Europe/Dublin:20250305T090000
DTEND;TZID=Europe/Dublin:20250305T094500
SUMMARY:Niamh Gallagher / Fiona O'Sullivan - final conversation
ORGANIZER;CN="O'Sullivan, Fiona":mailto:Fiona.OSullivan@daa.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
DESCRIPTION:Hi Niamh\,\n\nLovely to hear the panel went well. Before we ma
 ke a decision on the Team Lead role I'd like to have a final chat with y
 ou myself - nothing formal\, 45 mins on Teams.\n\nFiona\n\nFiona O'Sulliv
 an | Head of Customer Experience | daa\n\n______________________________
 __________________________________________________\nMicrosoft Teams meeti
 ng\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTk1Yjc2
 %40thread.v2/0\nMeeting ID: 355 218 664 012   Passcode: 3yZ8qD\nDial in
  by phone\n+353 1 554 3521\,\,771203955# Ireland\, Dublin\n_______________
 _________________________________________________________________\n
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "personio-teams", 1, "personio-interview-2891044-7731@personio.de",
        company="ASL Airlines Ireland", role="Cabin Crew Trainer", stage="hiring_manager",
        interviewers="paula.kearney@aslairlines.ie", trap="personio-teams-training-manager",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:personio-interview-2891044-7731@personio.de
DTSTAMP:20250506T101822Z
DTSTART;TZID=Europe/Dublin:20250513T150000
DTEND;TZID=Europe/Dublin:20250513T154500
SUMMARY:Interview: Cabin Crew Trainer - Niamh Gallagher
DESCRIPTION:Interview for the position Cabin Crew Trainer (Dublin)\n\nInt
 erviewers: Paula Kearney (Cabin Crew Training Manager)\n\nMicrosoft Teams
 : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE3MjQ2%40threa
 d.v2/0\n\nThis invitation was sent via Personio on behalf of ASL Airlines
  Ireland.
ORGANIZER;CN=ASL Airlines Ireland:mailto:jobs-aslairlines@personio.de
ATTENDEE;CN=Paula Kearney;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:pau
 la.kearney@aslairlines.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "training-demo", 1, "6tq0v5h2n8k1m3b7c9d4f2g6ja@google.com",
        company="ASL Airlines Ireland", role="Cabin Crew Trainer", stage="technical", interviewers="Paula;Tom",
        trap="self-typed-training-delivery-presentation",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Niamh Gallagher
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250527T110000
DTEND;TZID=Europe/Dublin:20250527T123000
DTSTAMP:20250520T192211Z
UID:6tq0v5h2n8k1m3b7c9d4f2g6ja@google.com
CREATED:20250520T192148Z
DESCRIPTION:2nd round for the trainer job. Deliver a 15 min session on DG
  recognition (their topic) as if to new joiners + Qs after. Paula + Tom f
 rom Ops on the panel.\nBring laptop + clicker\, slides on USB AND emailed
  to myself\nDON'T read off the slides
LAST-MODIFIED:20250520T192211Z
LOCATION:ASL Airlines Ireland\, Hangar 1\, Dublin Airport
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ASL - training delivery + panel
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teamtailor-meet", 1, "teamtailor-interview-14877203@teamtailor.com",
        company="Norse Atlantic Airways", role="Cabin Crew - London Gatwick", stage="recruiter_screen",
        interviewers="ingrid.solberg@flynorse.com", trap="teamtailor-google-meet-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:teamtailor-interview-14877203@teamtailor.com
DTSTAMP:20250109T132700Z
DTSTART;TZID=Europe/London:20250115T100000
DTEND;TZID=Europe/London:20250115T103000
SUMMARY:Interview with Norse Atlantic Airways - Cabin Crew - London Gatwic
 k
DESCRIPTION:Hi Niamh!\n\nLooking forward to speaking with you. This is a s
 hort video call to get to know you and tell you more about flying with No
 rse from our Gatwick base.\n\nJoin with Google Meet: https://meet.google.c
 om/tqe-hwzk-pbn\nOr dial: (GB) +44 20 3957 1852 PIN: 448 119 203#\n\nIngr
 id Solberg\nTalent Acquisition Partner\, Norse Atlantic Airways
ORGANIZER;CN=Ingrid Solberg:mailto:ingrid.solberg@flynorse.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Google Meet
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "modernloop-onsite", 1, "ml-7c1f9e02b4a64d3e8f5a10c6d2b7e934@modernloop.io",
        company="Norse Atlantic Airways", role="Cabin Crew - London Gatwick", stage="final",
        interviewers="chris.doherty@flynorse.com;mette.haugen@flynorse.com", trap="modernloop-gatwick-final-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//ModernLoop//Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:ml-7c1f9e02b4a64d3e8f5a10c6d2b7e934@modernloop.io
DTSTAMP:20250122T160512Z
DTSTART;TZID=Europe/London:20250130T113000
DTEND;TZID=Europe/London:20250130T124500
SUMMARY:Final Interview: Niamh Gallagher - Cabin Crew (LGW)
DESCRIPTION:Schedule\n11:30 - 12:00  Cabin scenario role play - Chris Doh
 erty (Base Manager LGW)\n12:00 - 12:45  Final interview - Chris Doherty &
  Mette Haugen (Cabin Crew Manager)\n\nLocation: Norse Atlantic Airways\,
  3rd floor\, Atlantic House\, Gatwick Airport. Sign in at the front desk.\n
 \nScheduled with ModernLoop
ORGANIZER;CN=Norse Recruiting:mailto:recruiting@flynorse.com
ATTENDEE;CN=Chris Doherty;ROLE=REQ-PARTICIPANT:mailto:chris.doherty@flynor
 se.com
ATTENDEE;CN=Mette Haugen;ROLE=REQ-PARTICIPANT:mailto:mette.haugen@flynorse
 .com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
LOCATION:Atlantic House\, Gatwick Airport
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "workable-phone", 1, "workable-ev-c2c7b1f0a4@workable.com",
        company="CityJet", role="Cabin Crew Instructor", stage="recruiter_screen",
        interviewers="rachel.kenny@cityjet.com", trap="workable-phone-screen-instructor",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:workable-ev-c2c7b1f0a4@workable.com
DTSTAMP:20250611T084455Z
DTSTART;TZID=Europe/Dublin:20250616T093000
DTEND;TZID=Europe/Dublin:20250616T100000
SUMMARY:Phone screen - Cabin Crew Instructor - CityJet
DESCRIPTION:Rachel Kenny (People & Culture) will call Niamh Gallagher on +3
 53874125590.\n\nJob: Cabin Crew Instructor (Training Department\, Swords)
 \n\nPowered by Workable
ORGANIZER;CN=Rachel Kenny:mailto:rachel.kenny@cityjet.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "practical-brief", 1, "1mj4n8b2v6c0x5z9a3s7d1f4gh@google.com",
        company="CityJet", role="Cabin Crew Instructor", stage="technical", interviewers="brian.mcgrath@cityjet.com",
        trap="sep-brief-practical-assessment-not-training",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250624T140000
DTEND;TZID=Europe/Dublin:20250624T153000
DTSTAMP:20250618T120511Z
ORGANIZER;CN=Brian McGrath:mailto:brian.mcgrath@cityjet.com
UID:1mj4n8b2v6c0x5z9a3s7d1f4gh@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Brian
  McGrath;X-NUM-GUESTS=0:mailto:brian.mcgrath@cityjet.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=niamh.gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagh
 er.fly@gmail.com
DESCRIPTION:Hi Niamh\, as discussed - for the second stage we'd like you t
 o deliver a 10 minute SEP practical brief (door operation\, armed/disarm
 ed) in the cabin mock-up\, then a competency interview with myself. Par
 king is free at the training centre.<br><br>Brian<br>Head of Cabin Crew T
 raining
LOCATION:CityJet Training Centre\, Swords Business Park\, Co. Dublin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:CityJet Instructor - 2nd stage (practical + interview)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "taleo-online", 1, "taleo-sched-GF-CC-2025-004417@gulfair.taleo.net",
        company="Gulf Air", role="Cabin Crew", stage="recruiter_screen", trap="taleo-bahrain-time-online-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Scheduling Center//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_BAHRAIN + r"""BEGIN:VEVENT
UID:taleo-sched-GF-CC-2025-004417@gulfair.taleo.net
DTSTAMP:20250602T054800Z
DTSTART;TZID=Asia/Bahrain:20250608T120000
DTEND;TZID=Asia/Bahrain:20250608T123000
SUMMARY:Gulf Air - Cabin Crew - Online Interview
DESCRIPTION:Dear Candidate\,\n\nYou have been shortlisted for an online int
 erview for the position of Cabin Crew (Req. GF-CC-2025-004). The link wil
 l be shared 24 hours before the interview.\n\nAll times are Bahrain time
  (AST\, GMT+3).\n\nGulf Air Recruitment
ORGANIZER;CN=Gulf Air Recruitment:mailto:recruitment-noreply@gulfair.com
ATTENDEE;CN=Niamh Gallagher;RSVP=TRUE:mailto:niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "teams-interview", 1, "AAMkAGQxNjJlYTU5LWZkMTEtNDg5ZC04OWE1LTQ1MjU3YjkzMjA3ZQBGAAAAAAB8sL2Q",
        company="Gulf Air", role="Cabin Crew", interviewers="fatima.alkhalifa@gulfair.com",
        trap="teams-bahrain-time-no-clear-stage",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_BAHRAIN + r"""BEGIN:VEVENT
UID:AAMkAGQxNjJlYTU5LWZkMTEtNDg5ZC04OWE1LTQ1MjU3YjkzMjA3ZQBGAAAAAAB8sL2Q
SEQUENCE:0
DTSTAMP:20250612T071105Z
DTSTART;TZID=Asia/Bahrain:20250617T110000
DTEND;TZID=Asia/Bahrain:20250617T114500
SUMMARY:Gulf Air Cabin Crew Interview - Niamh Gallagher (Ireland)
ORGANIZER;CN=Fatima Al Khalifa:mailto:Fatima.AlKhalifa@gulfair.com
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:niamh.ga
 llagher.fly@gmail.com
DESCRIPTION:Dear Niamh\,\n\nThank you for your time last week. Please join
  the next interview via Teams. (Bahrain time - 09:00 in Ireland)\n\nRegar
 ds\,\nFatima Al Khalifa\nRecruitment Officer - Cabin Crew\nGulf Air\n\n__
 ______________________________________________________________________________
 \nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-joi
 n/19%3ameeting_MWI4NzQx%40thread.v2/0\nMeeting ID: 321 880 145 227  Pass
 code: gF4t8W\n
LOCATION:Microsoft Teams Meeting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
]
