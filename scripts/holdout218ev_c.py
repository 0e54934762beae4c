# ruff: noqa: E501
"""holdout218 events, part c: Hannah's own residency interviews (UNC .. UVA), West Coast and Central programs."""

from holdout218ev_tz import CHI, DEN, LA, NY, WIN_CST, iv

EVENTS = [
    iv("webex-day", "1f4c9a7e2b8d4e03a6c5d9b0e7f21a38@unc.webex.com",
       "UNC Health", "Internal Medicine - Categorical", "onsite", "",
       "webex-interview-day-unc",
       r"""BEGIN:VCALENDAR
PRODID:-//Cisco Webex//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
UID:1f4c9a7e2b8d4e03a6c5d9b0e7f21a38@unc.webex.com
DTSTAMP:20251016T185512Z
DTSTART;TZID=America/New_York:20251124T083000
DTEND;TZID=America/New_York:20251124T140000
SUMMARY:UNC Internal Medicine Residency - Applicant Interview Day
ORGANIZER;CN="UNC IM Chief Residents":mailto:imchiefs@med.unc.edu
ATTENDEE;CN=Hannah Lindqvist;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
LOCATION:https://unc.webex.com/unc/j.php?MTID=m3d91f0a6c2b84e7d5a1f9c0e8b7d6a52
DESCRIPTION:UNC Internal Medicine Residency invites you to join this Webex
  meeting.\n\nWelcome to your UNC IM interview day! Program Director welcom
 e at 8:45\, two faculty interviews\, morning report with the chiefs\, and
  a Q&A with the intern class. Interviewer names will appear in your break
 out room.\n\nMeeting number: 2620 771 3305\nPassword: TarHeelIM\n\nJoin b
 y phone: +1-650-479-3208 Call-in toll number (US/Canada)\n
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
    iv("floating-typed", "B0E77A2C-91D3-4F4E-8C6A-3D2E1F0A9B87",
       "Emory University", "", "", "",
       "self-typed-floating-time-grady",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20251020T231044Z
UID:B0E77A2C-91D3-4F4E-8C6A-3D2E1F0A9B87
DTSTART:20251203T081500
DTEND:20251203T130000
DTSTAMP:20251020T231102Z
SUMMARY:Emory IM virt interview
DESCRIPTION:Grady/VA/EUH. link comes from Thalamus night before. 3 intvws
  + PD talk. ask about Grady clinic continuity\, pt pop
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-day", "thalamus-iv-5a8e2d61-4c90-4b37-a2f8-0e6d1c9b7f35@thalamusgme.com",
       "UCSF", "Internal Medicine - Primary Care", "onsite", "",
       "thalamus-pacific-time-primary-care",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + LA + r"""BEGIN:VEVENT
UID:thalamus-iv-5a8e2d61-4c90-4b37-a2f8-0e6d1c9b7f35@thalamusgme.com
DTSTAMP:20251011T004512Z
DTSTART;TZID=America/Los_Angeles:20251204T070000
DTEND;TZID=America/Los_Angeles:20251204T120000
SUMMARY:Interview: UCSF - Internal Medicine - Primary Care
LOCATION:Virtual
DESCRIPTION:Program: University of California San Francisco - Internal Me
 dicine - Primary Care (SFGH/ZSFG)\nDate: Thursday\, December 4\, 2025\nT
 ime: 7:00 AM - 12:00 PM PT\n\nYou will interview with two faculty members
  and meet the PCP chief resident.\n\nManage in Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-session", "ZOOM97664012285@zoom.us",
       "Stanford Health Care", "Internal Medicine Residency", "onsite", "",
       "zoom-pacific-session-b",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251030T220031Z
DTSTART:20251208T160000Z
DTEND:20251208T210000Z
SUMMARY:Stanford IM Residency - Virtual Interview Session B
UID:ZOOM97664012285@zoom.us
TZID:America/Los_Angeles
DESCRIPTION:Stanford Internal Medicine Residency is inviting you to a sche
 duled Zoom meeting.\n\nTopic: Stanford IM Residency - Virtual Interview Se
 ssion B\nTime: Dec 8\, 2025 08:00 AM Pacific Time (US and Canada)\n\nJoin
  Zoom Meeting\nhttps://stanford.zoom.us/j/97664012285?pwd=Z1RvR3dtQk1TVk
 xqNXJxT0pYbmZDZz09\n\nMeeting ID: 976 6401 2285\nPassword: 554871\n
LOCATION:https://stanford.zoom.us/j/97664012285?pwd=Z1RvR3dtQk1TVkxqNXJxT0pYbmZDZz09
END:VEVENT
END:VCALENDAR
"""),
    iv("all-day-typed", "6i1lb4e0a8q3qg2ocbu7nf5k0r@google.com",
       "UCLA Health", "", "onsite", "",
       "self-typed-all-day-interview-west-coast",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist.md@gmail.com
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251217
DTEND;VALUE=DATE:20251218
DTSTAMP:20260105T002233Z
UID:6i1lb4e0a8q3qg2ocbu7nf5k0r@google.com
CREATED:20251023T142210Z
DESCRIPTION:UCLA IM (Ronald Reagan/Olive View) interview day - starts 7am
  PT = 10am here!! block whole day. PD Q&A\, 2 faculty intvws\, resident p
 anel
LAST-MODIFIED:20251023T142301Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:UCLA interview day
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-faculty", "ZOOM92044718863@zoom.us",
       "UW Medicine", "", "", "Daniel Okonkwo",
       "zoom-seattle-faculty-interview",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251105T183312Z
DTSTART:20251215T180000Z
DTEND:20251215T183000Z
SUMMARY:UW IM Residency Interview - Dr. Daniel Okonkwo / Lindqvist
UID:ZOOM92044718863@zoom.us
TZID:America/Los_Angeles
DESCRIPTION:UW Medicine Residency Program is inviting you to a scheduled Z
 oom meeting.\n\nTopic: UW IM Residency Interview - Dr. Daniel Okonkwo / L
 indqvist\nTime: Dec 15\, 2025 10:00 AM Pacific Time (US and Canada)\n\nJo
 in Zoom Meeting\nhttps://washington.zoom.us/j/92044718863\n\nMeeting ID: 9
 20 4471 8863\n
LOCATION:https://washington.zoom.us/j/92044718863
END:VEVENT
END:VCALENDAR
"""),
    iv("gcal-two-faculty", "3b0m9k7e2sl1v5q8rdc6n4t0ah@google.com",
       "OHSU", "Internal Medicine Residency", "", "nakamuts@ohsu.edu;greerj@ohsu.edu",
       "gcal-pacific-two-interviewers",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + LA + r"""BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:20251218T083000
DTEND;TZID=America/Los_Angeles:20251218T093000
DTSTAMP:20251202T190301Z
ORGANIZER;CN=OHSU IM Residency:mailto:imres@ohsu.edu
UID:3b0m9k7e2sl1v5q8rdc6n4t0ah@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomoko
  Nakamura;X-NUM-GUESTS=0:mailto:nakamuts@ohsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;CN=Jame
 s Greer;X-NUM-GUESTS=0:mailto:greerj@ohsu.edu
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
DESCRIPTION:OHSU IM applicant interviews (2 x 25 min). Dr. Nakamura first\,
  then Dr. Greer. Zoom: https://ohsu.zoom.us/j/96631105522
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:OHSU IM Interview: Dr. Nakamura + Dr. Greer
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("teams-day", "040000008200E00074C5B7101A82E00800000000F15B2C0AE436DC01000000000000000010000000B8A4C2D6E0F1A3B5C7D9E1F3A5B7C9D1",
       "UT Southwestern", "Internal Medicine Residency", "onsite", "",
       "outlook-cst-teams-interview-day",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_CST + r"""BEGIN:VEVENT
ORGANIZER;CN="IM Residency Recruitment":mailto:IMResidencyRecruitment@UTSouthwestern.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=en-US:UT Southwestern Internal Medicine Residency - Virtual Interview Day\n\nThank you for interviewing with us! Your individual schedule (interviewers and times) will be emailed the Friday before.\n\n________________________________________________________________________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjA0NWM3%40thread.v2/0>\nMeeting ID: 215 603 447 981\nPasscode: 3nP8uT\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000F15B2C0AE436DC01000000000000000010000000B8A4C2D6E0F1A3B5C7D9E1F3A5B7C9D1
SUMMARY;LANGUAGE=en-US:UTSW IM Residency Virtual Interview Day
DTSTART;TZID=Central Standard Time:20260112T073000
DTEND;TZID=Central Standard Time:20260112T123000
DTSTAMP:20251120T150409Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-day", "ZOOM98107734520@zoom.us",
       "UT Health San Antonio", "Internal Medicine Residency - Hispanic Health Track", "onsite", "",
       "zoom-interview-day-bilingual-track",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251101T161840Z
DTSTART:20251211T140000Z
DTEND:20251211T193000Z
SUMMARY:UT Health San Antonio IM Residency - Interview Day
UID:ZOOM98107734520@zoom.us
TZID:America/Chicago
DESCRIPTION:UT Health SA Internal Medicine is inviting you to a scheduled
 Zoom meeting.\n\nApplicants to the Hispanic Health Track will also be sch
 eduled for a separate brief Spanish-language assessment.\n\nJoin Zoom Mee
 ting\nhttps://uthscsa.zoom.us/j/98107734520\n\nMeeting ID: 981 0773 4520\
 nPasscode: 210567\n
LOCATION:https://uthscsa.zoom.us/j/98107734520
END:VEVENT
END:VCALENDAR
"""),
    iv("spanish-assessment", "7vqb2m0d1ks8l3n6f9t4p0c5ue@google.com",
       "UT Health San Antonio", "Internal Medicine Residency - Hispanic Health Track", "technical", "mgarza4@uthscsa.edu",
       "spanish-proficiency-assessment-in-spanish",
       r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20251211T140000
DTEND;TZID=America/Chicago:20251211T142000
DTSTAMP:20251203T172204Z
ORGANIZER;CN=Marisela Garza:mailto:mgarza4@uthscsa.edu
UID:7vqb2m0d1ks8l3n6f9t4p0c5ue@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=hannah.lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqv
 ist.md@gmail.com
DESCRIPTION:Hola Hannah\,\n\nComo parte de su solicitud a la Pista de Salu
 d Hispana\, le programamos una breve evaluación de español médico (20 min
 utos): entrevista simulada con un paciente y preguntas sobre su experienc
 ia clínica. No necesita preparar nada.\n\nEnlace de Zoom: https://uthscsa
 .zoom.us/j/93318820417\n\nSaludos\,\nDra. Marisela Garza\nDirectora\, Pis
 ta de Salud Hispana\, Medicina Interna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Evaluación de español - Pista de Salud Hispana (Lindqvist)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    iv("thalamus-mountain", "thalamus-iv-e4c1b7a3-58d2-4f09-b6e1-3a7d2c9f0b54@thalamusgme.com",
       "University of Colorado", "Internal Medicine - Categorical", "onsite", "",
       "thalamus-mountain-time",
       r"""BEGIN:VCALENDAR
PRODID:-//Thalamus//Thalamus GME Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + DEN + r"""BEGIN:VEVENT
UID:thalamus-iv-e4c1b7a3-58d2-4f09-b6e1-3a7d2c9f0b54@thalamusgme.com
DTSTAMP:20251018T012233Z
DTSTART;TZID=America/Denver:20260107T073000
DTEND;TZID=America/Denver:20260107T123000
SUMMARY:Interview: University of Colorado - Internal Medicine
LOCATION:Virtual
DESCRIPTION:Program: University of Colorado School of Medicine - Internal
  Medicine - Categorical\nDate: Wednesday\, January 7\, 2026\n\nManage in
  Thalamus.
ORGANIZER;CN=Thalamus:mailto:no-reply@thalamusgme.com
ATTENDEE;CN=Hannah Lindqvist;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:hannah.lindqvist.md@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    iv("zoom-utc", "ZOOM94471120093@zoom.us",
       "University of Minnesota", "Internal Medicine Residency", "onsite", "",
       "zoom-utc-interview-day-minnesota",
       r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20251110T144719Z
DTSTART:20251219T140000Z
DTEND:20251219T193000Z
SUMMARY:UMN Internal Medicine Residency - Virtual Interview Day
UID:ZOOM94471120093@zoom.us
TZID:America/Chicago
DESCRIPTION:University of Minnesota IM Residency is inviting you to a sche
 duled Zoom meeting.\n\nPlease keep your camera on for the day. Two facult
 y interviews in breakout rooms\, then lunch with residents.\n\nJoin Zoom M
 eeting\nhttps://umn.zoom.us/j/94471120093\n\nMeeting ID: 944 7112 0093\nP
 asscode: gopher\n
LOCATION:https://umn.zoom.us/j/94471120093
END:VEVENT
END:VCALENDAR
"""),
    iv("outlook-pd", "040000008200E00074C5B7101A82E00800000000A9E3B1C2D438DC0100000000000000001000000010D2F4A6B8C0E2F4A6B8C0E2F4A6B8C0",
       "UW Health", "Internal Medicine Residency", "hiring_manager", "kschultz@medicine.wisc.edu",
       "outlook-cst-pd-sent-by-assistant",
       r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_CST + r"""BEGIN:VEVENT
ORGANIZER;CN="Schultz, Karen";SENT-BY="mailto:tbauer2@medicine.wisc.edu":mailto:kschultz@medicine.wisc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=hannah.lindqvist.md@gmail.com:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=en-US:UW Internal Medicine Residency - PD interview\n\nApplicant: Hannah Lindqvist (OSU)\nInterviewer: Karen Schultz\, MD\, Program Director\n\nJoin Zoom Meeting: https://uwmadison.zoom.us/j/91244003318\n\nSent on behalf of Dr. Schultz by Tina Bauer\, Program Assistant\n
UID:040000008200E00074C5B7101A82E00800000000A9E3B1C2D438DC0100000000000000001000000010D2F4A6B8C0E2F4A6B8C0E2F4A6B8C0
SUMMARY;LANGUAGE=en-US:UW IM - PD Interview - H Lindqvist
DTSTART;TZID=Central Standard Time:20251222T100000
DTEND;TZID=Central Standard Time:20251222T102500
DTSTAMP:20251201T160022Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Zoom
END:VEVENT
END:VCALENDAR
"""),
    iv("interview-broker", "ib-2025-90114-561208@interviewbroker.com",
       "UVA Health", "Internal Medicine - Categorical", "onsite", "",
       "interview-broker-uva",
       r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Interview Broker//Scheduler//EN
METHOD:PUBLISH
""" + NY + r"""BEGIN:VEVENT
UID:ib-2025-90114-561208@interviewbroker.com
DTSTAMP:20251027T120501Z
DTSTART;TZID=America/New_York:20260115T080000
DTEND;TZID=America/New_York:20260115T130000
SUMMARY:University of Virginia - Internal Medicine Residency Interview
DESCRIPTION:Applicant: Hannah Lindqvist (AAMC ID 16732290)\nProgram: Unive
 rsity of Virginia - Internal Medicine - Categorical\nDate: 01/15/2026\nSe
 ssion: Thursday (virtual)\n\nManage your interview: https://www.interview
 broker.com/applicant
LOCATION:Virtual
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
"""),
]
