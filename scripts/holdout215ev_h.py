"""holdout215 events, part h: rosters, training and checks at work, personal life."""

from holdout215ev_common import TZ_DUBLIN, TZ_LONDON, E

EVENTS = [
    E(
        "roster-early", 0, "RB-5520193-20250225-DUT1@rosterbuster.com",
        trap="roster-export-early-duty",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RosterBuster//RosterBuster iOS 9.4//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Roster - Niamh
BEGIN:VEVENT
UID:RB-5520193-20250225-DUT1@rosterbuster.com
DTSTAMP:20250218T060011Z
DTSTART:20250225T044000Z
DTEND:20250225T132500Z
SUMMARY:✈ EARLY DUB-LHR-DUB-EDI-DUB
DESCRIPTION:Report 04:40Z (DUB crew room)\nESK3100 DUB 0525 - LHR 0640 EI
 -ATR\nESK3101 LHR 0720 - DUB 0835\nESK3342 DUB 0920 - EDI 1030\nESK3343 E
 DI 1105 - DUB 1215\nOff blocks 12:25Z\nDuty 08:45\nCrew: CSM K.Doran\, C
 C N.Gallagher\, C.Farrell
LOCATION:DUB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "roster-late", 0, "RB-5520193-20250311-DUT1@rosterbuster.com",
        trap="roster-export-late-duty",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RosterBuster//RosterBuster iOS 9.4//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Roster - Niamh
BEGIN:VEVENT
UID:RB-5520193-20250311-DUT1@rosterbuster.com
DTSTAMP:20250304T060011Z
DTSTART:20250311T134500Z
DTEND:20250311T232000Z
SUMMARY:✈ LATE DUB-BHX-DUB-MAN-DUB
DESCRIPTION:Report 13:45Z\nESK3510 DUB 1430 - BHX 1535\nESK3511 BHX 1615
  - DUB 1720\nESK3620 DUB 1805 - MAN 1905\nESK3621 MAN 1945 - DUB 2050\nO
 ff 23:20Z
LOCATION:DUB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "standby", 0, "RB-5520193-20250402-SBY@rosterbuster.com",
        trap="roster-home-standby",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RosterBuster//RosterBuster iOS 9.4//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Roster - Niamh
BEGIN:VEVENT
UID:RB-5520193-20250402-SBY@rosterbuster.com
DTSTAMP:20250326T060011Z
DTSTART:20250402T050000Z
DTEND:20250402T130000Z
SUMMARY:SBY HSB (home standby) DUB
DESCRIPTION:Home standby 06:00-14:00 LT. Callout to report within 90 mins
 . Phone ON.
LOCATION:DUB
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "days-off", 0, "RB-5520193-20250415-OFF@rosterbuster.com",
        trap="roster-days-off-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//RosterBuster//RosterBuster iOS 9.4//EN
VERSION:2.0
METHOD:PUBLISH
X-WR-CALNAME:Roster - Niamh
BEGIN:VEVENT
UID:RB-5520193-20250415-OFF@rosterbuster.com
DTSTAMP:20250408T060011Z
DTSTART;VALUE=DATE:20250418
DTEND;VALUE=DATE:20250421
SUMMARY:OFF OFF OFF
DESCRIPTION:Days off x3 (Easter!!)
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "sep-recurrent", 0, "AAMkAGJkNjQ0YmFmLTFjNzAtNDYxNi1hZGU2LWM1MTg5NTNlYzE0NgBGAAAAAADQe5rT",
        trap="sep-recurrent-practical-assessment-is-training",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
UID:AAMkAGJkNjQ0YmFmLTFjNzAtNDYxNi1hZGU2LWM1MTg5NTNlYzE0NgBGAAAAAADQe5rT
SEQUENCE:0
DTSTAMP:20250120T101000Z
DTSTART;TZID=Europe/Dublin:20250205T083000
DTEND;TZID=Europe/Dublin:20250205T170000
SUMMARY:SEP Recurrent - Day 1 - Group C
ORGANIZER;CN=Cabin Crew Training:mailto:cctraining@emeraldskylink.ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT:mailto:niamh.gallagher@e
 meraldskylink.ie
DESCRIPTION:SEP Recurrent Training (annual)\n08:30 Ditching & sea survival
  (pool)\n11:00 Fire & smoke - practical assessment in the fire trainer\n1
 4:00 Door drills ATR72 - assessed\n16:00 Written exam (pass mark 75%)\n\n
 Bring: ID\, swimwear\, flat shoes. Full uniform not required.
LOCATION:Crew Training Centre\, Corballis Park
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "line-check", 0, "5p1sz7u3w6y9a2c4e8g0i5k7mo@google.com",
        trap="line-check-assessor-on-board",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250506T060500
DTEND;TZID=Europe/Dublin:20250506T123000
DTSTAMP:20250429T140300Z
ORGANIZER;CN=Karen Doran:mailto:karen.doran@emeraldskylink.ie
UID:5p1sz7u3w6y9a2c4e8g0i5k7mo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Hi Niamh\, I'll be doing your annual line check on this rotat
 ion (ESK3100/3101 + CWL). Nothing to prepare - just do what you always do
 \, we'll have a 10 min debrief in the crew room after.<br>Karen (CSM / Li
 ne Check Assessor)
LOCATION:DUB - LHR - DUB - CWL - DUB
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Line check - N. Gallagher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "radio-interview", 0, "6q2ta8v4x7z0b3d5f9h1j6l8np@google.com",
        trap="local-radio-interview-about-airline-jobs",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250320T110000
DTEND;TZID=Europe/Dublin:20250320T113000
DTSTAMP:20250314T103344Z
ORGANIZER;CN=Rachel (Comms):mailto:rachel.whelan@emeraldskylink.ie
UID:6q2ta8v4x7z0b3d5f9h1j6l8np@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Niamh
  Gallagher;X-NUM-GUESTS=0:mailto:niamh.gallagher@emeraldskylink.ie
DESCRIPTION:Live interview on FM104's morning show about the crew jobs at
  Dublin Airport this summer - they'll ask what the job is really like an
 d tips for the recruitment day. Please don't mention pay figures. Studio
  is in Ballsbridge\, I'll meet you in reception at 10.45.
LOCATION:FM104\, Ballsbridge
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:FM104 radio interview - crew careers (Niamh)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "hen-party", 0, "7r3ub9w5y8a1c4e6g0i2k7m9oq@google.com",
        trap="sisters-hen-all-day-multi-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:niamh.gallagher.fly@gmail.com
X-WR-TIMEZONE:Europe/Dublin
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250606
DTEND;VALUE=DATE:20250609
DTSTAMP:20250302T211500Z
UID:7r3ub9w5y8a1c4e6g0i2k7m9oq@google.com
DESCRIPTION:SORCHA'S HEN!!! Galway. Airbnb on Dominick St. Sat = boat tri
 p + dinner in the Quays. €180 to Aisling by 1st May. Requested days off
  on the bid - got them 🙌
LOCATION:Galway
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sorcha's hen 👰‍♀️🥂
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "gp", 0, "E2A7F5C1-8D3B-4E96-A0C4-6B1D9F2E7A35",
        trap="gp-appointment-self-typed", lf=True,
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:E2A7F5C1-8D3B-4E96-A0C4-6B1D9F2E7A35
DTSTAMP:20250226T082214Z
DTSTART:20250228T095000
DTEND:20250228T101000
SUMMARY:GP - Dr Hegarty
LOCATION:Swords Medical Centre
DESCRIPTION:ears again after the BHX trip. ask re repeat prescription too
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "nct", 0, "8s4vc0x6z9b2d5f7h1j3l8n0pr@google.com",
        trap="nct-car-test",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250514T081500
DTEND;TZID=Europe/Dublin:20250514T091500
DTSTAMP:20250421T193000Z
UID:8s4vc0x6z9b2d5f7h1j3l8n0pr@google.com
DESCRIPTION:NCT booking ref 4471-2290. Fiesta 151-D. Bring licence + reg c
 ert. Get the wipers done before!!
LOCATION:NCT Centre Northpoint\, Santry
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:NCT 🚗
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "camogie", 0, "9t5wd1y7a0c3e6g8i2k4m9o1qs@google.com",
        trap="weekly-camogie-with-moved-occurrence",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:niamh.gallagher.fly@gmail.com
X-WR-TIMEZONE:Europe/Dublin
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250304T193000
DTEND;TZID=Europe/Dublin:20250304T210000
RRULE:FREQ=WEEKLY;UNTIL=20250826T183000Z;BYDAY=TU
DTSTAMP:20250301T120000Z
UID:9t5wd1y7a0c3e6g8i2k4m9o1qs@google.com
DESCRIPTION:Camogie training - Fingallians. Bring hurl + helmet + gumshiel
 d. Text Deirdre if rostered.
LOCATION:Fingallians GAA\, Lawless Park\, Swords
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camogie training 🏑
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250417T190000
DTEND;TZID=Europe/Dublin:20250417T203000
DTSTAMP:20250410T090000Z
UID:9t5wd1y7a0c3e6g8i2k4m9o1qs@google.com
RECURRENCE-ID;TZID=Europe/Dublin:20250415T193000
DESCRIPTION:Moved to Thurs this week - pitch being re-lined. Challenge mat
 ch v Skerries after.
LOCATION:Fingallians GAA\, Lawless Park\, Swords
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Camogie training 🏑 (Thurs this wk)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "medical", 0, "0u6xe2z8b1d4f7h9j3l5n0p2rt@google.com",
        trap="pre-employment-medical-named-airline",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250331T091500
DTEND;TZID=Europe/Dublin:20250331T110000
DTSTAMP:20250324T154020Z
ORGANIZER;CN=Medmark Occupational Healthcare:mailto:appointments@medmark.
 ie
UID:0u6xe2z8b1d4f7h9j3l5n0p2rt@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Pre-employment medical on behalf of Aer Lingus (Cabin Crew).
  Includes hearing\, eyesight (bring glasses/lenses)\, ECG\, bloods and u
 rine sample. Please fast from midnight and bring photo ID and your compl
 eted health questionnaire.
LOCATION:Medmark\, Block 3\, Blackrock Business Park\, Co. Dublin
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pre-employment medical - Aer Lingus - Niamh Gallagher
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "uniform-fitting", 0, "1v7yf3a9c2e5g8i0k4m6o1q3su@google.com",
        trap="uniform-fitting-after-offer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250819T133000
DTEND;TZID=Europe/Dublin:20250819T143000
DTSTAMP:20250730T101500Z
ORGANIZER;CN=Aer Lingus Uniform Stores:mailto:uniforms@aerlingus.com
UID:1v7yf3a9c2e5g8i0k4m6o1q3su@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=niamh
 .gallagher.fly@gmail.com;X-NUM-GUESTS=0:mailto:niamh.gallagher.fly@gmail.
 com
DESCRIPTION:Uniform fitting for new joiners - Long Haul course LH-25/09.
  Wear neutral underwear and bring the shoes you plan to wear. Approx 1 h
 our.
LOCATION:Aer Lingus Uniform Stores\, Dublin Airport
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Uniform fitting - new joiner
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "mock-interview", 0, "e5a0c3f7-2b94-4d18-9c6e-7f3a1b8d0e42",
        trap="mock-final-interview-with-coach",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e5a0c3f7-2b94-4d18-9c6e-7f3a1b8d0e42
DTSTAMP:20250408T201133Z
DTSTART:20250412T180000Z
DTEND:20250412T190000Z
SUMMARY:Mock Final Interview - Gulf Carriers (60 min) between Orla Byrne an
 d Niamh Gallagher
DESCRIPTION:Event Name: Mock Final Interview - Gulf Carriers (60 min)\n\nL
 ocation: Zoom - https://us06web.zoom.us/j/81122340981\n\nWe'll run a full
  mock final interview as the Qatar / Emirates recruiters do it\, then 20
  minutes of feedback on your answers\, body language and grooming.\n\nQue
 stions:\nWhich airline is your real interview with?: Qatar Airways\, fin
 al next week\n\nPowered by Calendly.com
LOCATION:Zoom
ORGANIZER;CN=Orla Byrne - Cabin Crew Coaching:mailto:orla@flyhighcoaching.
 ie
ATTENDEE;CN=Niamh Gallagher;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:
 niamh.gallagher.fly@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "webinar", 0, "ZOOMWEB84920117335@zoom.us",
        trap="webinar-about-passing-assessment-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
DTSTAMP:20250126T090000Z
DTSTART:20250130T190000Z
DTEND:20250130T203000Z
SUMMARY:LIVE: How to pass your Gulf airline assessment day (Q&A with ex-re
 cruiters)
UID:ZOOMWEB84920117335@zoom.us
DESCRIPTION:Hi Niamh\,\n\nThank you for registering for "LIVE: How to pass
  your Gulf airline assessment day". Covering: the CV drop\, group tasks\,
  the English test\, final interview questions and grooming standards.\n\n
 Join from PC\, Mac\, iPad or Android: https://us02web.zoom.us/w/849201173
 35?tk=q8Xk\nWebinar ID: 849 2011 7335\n\nCabin Crew Academy Online
LOCATION:https://us02web.zoom.us/w/84920117335
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "careers-fair", 0, "eventbrite-1093387720931-ticket-2210498831@eventbrite.com",
        trap="careers-fair-visitor-ticket",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
""" + TZ_LONDON + r"""BEGIN:VEVENT
UID:eventbrite-1093387720931-ticket-2210498831@eventbrite.com
DTSTAMP:20250201T132200Z
DTSTART;TZID=Europe/London:20250208T100000
DTEND;TZID=Europe/London:20250208T160000
SUMMARY:Aviation Careers Live - London 2025
DESCRIPTION:Meet airlines\, airports and training providers under one roo
 f. Free CV checks\, talks on cabin crew and pilot careers. Your ticket: 1
  x General Admission. Order #2210498831.
LOCATION:Hilton London Heathrow Airport Terminal 5\, Colnbrook SL3 0FF
ORGANIZER;CN=Aviation Careers Live:mailto:noreply@eventbrite.com
END:VEVENT
END:VCALENDAR
""",
    ),
    E(
        "coffee-chat", 0, "2w8zg4b0d3f6h9j1l5n7p2r4tv@google.com",
        trap="informational-coffee-ex-gulf-crew",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + TZ_DUBLIN + r"""BEGIN:VEVENT
DTSTART;TZID=Europe/Dublin:20250208T113000
DTEND;TZID=Europe/Dublin:20250208T123000
DTSTAMP:20250205T222017Z
ORGANIZER;CN=Niamh Gallagher:mailto:niamh.gallagher.fly@gmail.com
UID:2w8zg4b0d3f6h9j1l5n7p2r4tv@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Emma
  Kavanagh;X-NUM-GUESTS=0:mailto:emmakav.travels@gmail.com
DESCRIPTION:Emma home on leave - pick her brain about Doha vs Dubai\, the
  accommodation\, what the final interview was like for her + is QR still
  hiring Irish crew
LOCATION:Two Boys Brew\, Phibsborough
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee w/ Emma (QR crew) ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
