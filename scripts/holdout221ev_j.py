"""holdout221 events, part J: look-alikes around the search and press (hand-written raw iCalendar text)."""

_NEG = {"is_interview": 0, "company": "", "role": "", "stage": "", "interviewers": ""}

EVENTS = [
    {
        **_NEG,
        "kind": "medical",
        "uid": "mediserve-appt-5530218@mediserve.com.au",
        "trap": "pre-employment-medical-drug-alcohol",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mediserve//Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:mediserve-appt-5530218@mediserve.com.au
DTSTAMP:20250528T041200Z
DTSTART:20250603T000000Z
DTEND:20250603T023000Z
SUMMARY:Pre-Employment Medical - Pilbara Minerals - Jarrah Mitchell
DESCRIPTION:Your pre-employment medical has been booked on behalf of Pilb
 ara Minerals.\n\nAssessment: Level 3 mining medical incl. audiometry\, spi
 rometry\, functional capacity assessment\, drug & alcohol screen (urine\,
  AS/NZS 4308)\, musculoskeletal.\n\nPlease fast for 4 hours\, bring photo
  ID\, glasses/hearing aids and a list of medications. Allow 2.5 hrs.
LOCATION:Mediserve Belmont\, 5/231 Great Eastern Hwy\, Belmont WA 6104
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "induction",
        "uid": "4e2c0a8f6d4b2e0c@pls-onboarding.com.au",
        "trap": "induction-after-hire",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
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
UID:4e2c0a8f6d4b2e0c@pls-onboarding.com.au
DTSTAMP:20250604T060011Z
DTSTART;TZID=Australia/Perth:20250623T070000
DTEND;TZID=Australia/Perth:20250623T160000
SUMMARY:Day 1 - Generic Induction (Perth) - New Starters
DESCRIPTION:Welcome to Pilbara Minerals! Your first day is the generic ind
 uction at our West Perth office\, followed by site-specific induction on
  arrival at Pilgangoora. Flights for your first swing will be in Rosterin
 g - first fly-in 24 June.\n\nBring: bank details\, TFN\, licence + ticke
 ts (originals)\, super fund details.
ORGANIZER;CN=PLS Onboarding:mailto:onboarding@pls.com
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outlo
 ok.com.au
LOCATION:Level 2\, 146 Colin St\, West Perth - Training Room
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "verbal-offer",
        "uid": "8r2t4v6x8z0b2d4f6h8j@google.com",
        "trap": "own-offer-call-not-a-selection-stage",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250527T023000Z
DTEND:20250527T024500Z
DTSTAMP:20250526T081533Z
ORGANIZER;CN=Jacinta Webb:mailto:jacinta.webb@pls.com
UID:8r2t4v6x8z0b2d4f6h8j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
CREATED:20250526T081530Z
DESCRIPTION:Hi Jarrah - good news\, quick call to talk you through the off
 er (package\, roster\, start date) before the contract comes through. Jac
 inta
LAST-MODIFIED:20250526T081533Z
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Offer call - Jarrah Mitchell
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "radio",
        "uid": "abc-pilb-20250311-fifo@abc.net.au",
        "trap": "radio-interview-fifo-life",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250311T230500Z
DTEND:20250311T232000Z
DTSTAMP:20250307T045511Z
ORGANIZER;CN=Kirsty Bain:mailto:bain.kirsty@abc.net.au
UID:abc-pilb-20250311-fifo@abc.net.au
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=jarrah.mitchell.sparky@outlook.com.au;X-NUM-GUESTS=0:mailto:jarrah
 .mitchell.sparky@outlook.com.au
DESCRIPTION:Hi Jarrah\, thanks for agreeing to chat on ABC Pilbara Breakfa
 st about FIFO life - rosters\, being away from the kids\, the camp\, what
  you'd tell someone starting out. Live interview by phone at 7:05am\, abou
 t 8 mins. I'll call you on 0412 558 903 at 7:00 to line you up.\n\nKirsty
  Bain\nProducer\, ABC Pilbara
LOCATION:Phone - live to air
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:ABC Pilbara Breakfast - interview Jarrah Mitchell (FIFO life)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "research-interview",
        "uid": "zoom-uwa-fifo-study-P117@uwa.edu.au",
        "trap": "research-interview-fifo-wellbeing-study",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-uwa-fifo-study-P117@uwa.edu.au
DTSTAMP:20250401T020144Z
DTSTART:20250408T110000Z
DTEND:20250408T120000Z
SUMMARY:FIFO Families Study - research interview (participant P117)
DESCRIPTION:Dear Jarrah\,\n\nThank you for agreeing to take part in the FI
 FO Families Study (UWA HREC 2024/ET000518). This semi-structured intervie
 w will take about 45-60 minutes and will be audio recorded with your cons
 ent. You can stop at any time. A $50 gift card will be emailed afterwards
 .\n\nZoom: https://uwa.zoom.us/j/81144730215\n\nDr Hannah Ostrowski\nSchoo
 l of Psychological Science\, UWA
ORGANIZER;CN=Hannah Ostrowski:mailto:hannah.ostrowski@uwa.edu.au
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outlo
 ok.com.au
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "podcast",
        "uid": "riverside-rec-7Gk2Lm9Q@riverside.fm",
        "trap": "podcast-recording-sparky-guest",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Riverside//Riverside Studio//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-7Gk2Lm9Q@riverside.fm
DTSTAMP:20250415T093001Z
DTSTART:20250505T100000Z
DTEND:20250505T110000Z
SUMMARY:Recording: Swing Shift Podcast ep. 48 w/ Jarrah Mitchell
DESCRIPTION:G'day mate - you're booked as our guest. We'll talk about 10 y
 ears on the tools\, FIFO mental health and how you got into supervising.
  Use headphones\, Chrome browser. Studio link: https://riverside.fm/studio
 /swing-shift-pod?t=7Gk2Lm9Q\n\nBrad & Kenzie
ORGANIZER;CN=Swing Shift Podcast:mailto:hello@swingshiftpod.com.au
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outlo
 ok.com.au
LOCATION:Riverside.fm
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "survey-interview",
        "uid": "E6C1A9B3-7D2F-4E80-9A14-52BC3D6E7F01",
        "trap": "abs-labour-force-survey-phone-interview",
        "newline": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
BEGIN:VEVENT
UID:E6C1A9B3-7D2F-4E80-9A14-52BC3D6E7F01
DTSTAMP:20250309T024011Z
DTSTART;TZID=Australia/Perth:20250312T183000
DTEND;TZID=Australia/Perth:20250312T184500
SUMMARY:ABS survey phone interview (labour force) - month 3
DESCRIPTION:they ring 1800 number\, have hours worked last wk ready
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "careers-expo",
        "uid": "evtbrite-1043558821-tkt-88@eventbrite.com",
        "trap": "careers-expo-mining-energy",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite//EN
METHOD:PUBLISH
X-WR-TIMEZONE:Australia/Perth
BEGIN:VEVENT
UID:evtbrite-1043558821-tkt-88@eventbrite.com
DTSTAMP:20250301T050000Z
DTSTART:20250322T020000Z
DTEND:20250322T080000Z
SUMMARY:WA Mining & Energy Careers Expo 2025
DESCRIPTION:Meet 60+ employers\, recruiters and training providers from W
 A's mining\, oil & gas and energy sectors. On-the-spot CV checks\, intervi
 ew tips stage\, free entry. Your ticket: General Admission #88.
LOCATION:Perth Convention and Exhibition Centre\, 21 Mounts Bay Rd\, Pert
 h
URL:https://www.eventbrite.com.au/e/1043558821
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "referee-call",
        "uid": "b9d1f3a5-c7e9-4b0d-8f2a-4c6e8a0b2d4f",
        "trap": "reference-call-as-referee",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.0//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:b9d1f3a5-c7e9-4b0d-8f2a-4c6e8a0b2d4f
DTSTAMP:20250414T003355Z
DTSTART:20250416T103000Z
DTEND:20250416T104500Z
SUMMARY:Reference check - Brodie Simmons (for Roy Hill) - referee Jarrah M
 itchell
DESCRIPTION:Hi Jarrah\,\n\nBrodie Simmons has nominated you as a referee f
 or an Electrician role we're recruiting for Roy Hill. I'll call you for a
 bout 10-15 mins - questions on his work quality\, safety and attitude.\n\
 nThanks\nSarah Lim\nChandler Macleod Perth
ORGANIZER;CN=Sarah Lim:mailto:sarah.lim@chandlermacleod.com
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outlo
 ok.com.au
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "headhunter",
        "uid": "2d8f0b6e-4a1c-4e93-b7d5-9f1a3c5e7b0d",
        "trap": "headhunter-confidential-no-employer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:2d8f0b6e-4a1c-4e93-b7d5-9f1a3c5e7b0d
DTSTAMP:20250225T015503Z
DTSTART:20250227T043000Z
DTEND:20250227T050000Z
SUMMARY:Confidential - Electrical Superintendent opportunity - intro call
DESCRIPTION:Jarrah\, per my LinkedIn message. I'm retained on a confidenti
 al search for a mid-tier gold producer (WA\, FIFO). Can't share the name
  yet - this is a first conversation to see if it's of interest and what y
 ou'd need to move. Rob\n\nRob Castellino | Partner | Ironbark Executive Se
 arch
ORGANIZER;CN=Rob Castellino:mailto:rob@ironbarksearch.com.au
ATTENDEE;CN=Jarrah Mitchell;RSVP=TRUE:mailto:jarrah.mitchell.sparky@outlo
 ok.com.au
LOCATION:Phone
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "performance-review",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01"
            "00000000000000001000000011AA22BB33CC44DD55EE66FF77008899"
        ),
        "trap": "own-performance-review-current-employer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Harland, Neil":mailto:NHarland@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Annual PDR - FY25. Please complete your self-as
 sessment in ELMO beforehand. We'll cover safety KPIs\, the supervisor dev
 elopment plan and training for next FY.\n
UID:040000008200E00074C5B7101A82E00800000000BB22CC33DD44DB01000000000000000
 01000000011AA22BB33CC44DD55EE66FF77008899
SUMMARY;LANGUAGE=en-AU:PDR - Jarrah Mitchell / Neil Harland
DTSTART:20250305T023000Z
DTEND:20250305T033000Z
CLASS:PUBLIC
DTSTAMP:20250224T060102Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Site admin - Supt office
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_NEG,
        "kind": "exit-interview",
        "uid": (
            "040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01"
            "00000000000000001000000099887766554433221100FFEEDDCCBBAA"
        ),
        "trap": "own-exit-interview-current-employer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Singh, Harpreet":mailto:HSingh@redbankmining.com.au
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mitchell,
  Jarrah":mailto:JMitchell@redbankmining.com.au
DESCRIPTION;LANGUAGE=en-AU:Hi Jarrah\, sorry to see you go. This is a conf
 idential exit interview - 20 mins on why you're leaving\, what we could d
 o better\, and your final pay / leave balance. Teams or phone\, whatever
  suits on your last swing.\n\nHarpreet\n
UID:040000008200E00074C5B7101A82E00800000000CC33DD44EE55DB01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=en-AU:Exit interview - J Mitchell
DTSTART:20250612T043000Z
DTEND:20250612T045000Z
CLASS:PUBLIC
DTSTAMP:20250605T011544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    },
]
