"""holdout231 events, part H: look-alikes at work and in the job search (vetting, reviews, press) - negatives."""

from holdout231ev_tz import GMT_STD, LONDON_APPLE, LONDON_G

_N = {"iv": 0, "company": "", "role": "", "stage": "", "who": []}

EVENTS = [
    {
        **_N, "kind": "phone-note", "uid": "A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D", "lf": True,
        "trap": "security-vetting-paperwork",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250319T210033Z
DTSTART:20250322T090000
DTEND:20250322T113000
SUMMARY:SC vetting - NSV forms (Cerberus)
DESCRIPTION:SC renewal. need: 5yr addresses\, Dad's DoB\, passport no.\,
  Tom's details\, foreign travel list. Security office chases Mon.
UID:A9B8C7D6-E5F4-4A3B-9C2D-1E0F9A8B7C6D
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "vetting-interview",
        "uid": "AAMkADc0OTQ5MGE4LTU5MjMtNDQ1Ni1hZmM2LTE0ZTVhYmI1M2NhNABGAAAAAAC1",
        "trap": "dv-interview-with-vetting-officer",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADc0OTQ5MGE4LTU5MjMtNDQ1Ni1hZmM2LTE0ZTVhYmI1M2NhNABGAAAAAAC1
DTSTAMP:20250527T093000Z
DTSTART;TZID=GMT Standard Time:20250605T100000
DTEND;TZID=GMT Standard Time:20250605T130000
SUMMARY:DV Subject Interview - R. Howell
ORGANIZER;CN="J. Hartley (UKSV Vetting Officer)":mailto:j.hartley@uksv.gov.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Howell, Rebecca":mailto:rebecc
 a.howell@severnaero.co.uk
LOCATION:Severn Aero Patchway - Security Office\, Building 1
DESCRIPTION:Developed Vetting - subject interview with your assigned Vett
 ing Officer. Allow up to 3 hours. Bring photo ID. The interview covers y
 our personal history\, finances\, relationships and any other matters ar
 ising from the questionnaire. This is not a recruitment interview.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "workday-onboarding", "uid": "WD-ONB-RTW-5c1a7e3b@mbda.myworkday.com",
        "trap": "right-to-work-check-not-interview",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Workday\, Inc.//Workday Calendar//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-ONB-RTW-5c1a7e3b@mbda.myworkday.com
DTSTAMP:20250602T101100Z
DTSTART:20250606T080000Z
DTEND:20250606T081500Z
SUMMARY:Right to Work Check (video\, 10 mins)
ORGANIZER;CN=MBDA Careers:mailto:mbda@myworkday.com
ATTENDEE;CN=Rebecca Howell;RSVP=TRUE:mailto:rebecca.howell.eng@outlook.com
LOCATION:Microsoft Teams
DESCRIPTION:Pre-employment: Right to Work check\n\nAs part of your condit
 ional offer we must check your original passport over video before your
  start date (Immigration\, Asylum and Nationality Act 2006). Please have yo
 ur passport to hand. This is not an interview.\n\nMBDA Onboarding Team
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "professional-review", "uid": "imeche-pr-2025-0518-HOWELLR@imeche.org",
        "trap": "ceng-professional-review-interview",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//IMechE//Membership Events//EN
METHOD:PUBLISH
""" + LONDON_G + r"""BEGIN:VEVENT
UID:imeche-pr-2025-0518-HOWELLR@imeche.org
DTSTAMP:20250428T120000Z
DTSTART;TZID=Europe/London:20250529T140000
DTEND;TZID=Europe/London:20250529T153000
SUMMARY:Professional Review Interview - Chartered Engineer (CEng)
LOCATION:Online (Microsoft Teams)
DESCRIPTION:Dear Dr Howell\,\n\nYour Professional Review Interview for reg
 istration as a Chartered Engineer has been arranged. Two trained intervi
 ewers will discuss your Competence and Commitment Report against UK-SPEC
  (A-E). Please have your photo ID and a copy of your report. The intervi
 ew lasts approximately 90 minutes including a 10-15 minute presentation.
 \n\nMembership Department\, IMechE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E0080000000011223344556677880100000000000000001000000099AA",
        "trap": "own-pdr-appraisal-not-design-review",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Hughes, Martin":mailto:martin.hughes@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Howell,
  Rebecca":mailto:rebecca.howell@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:End-of-year PDR. Please complete your self-asse
 ssment in Workday (Performance > Annual Review) beforehand - objectives\,
  behaviours\, development plan. We'll also talk about the Principal prom
 otion case.\n
UID:040000008200E00074C5B7101A82E0080000000011223344556677880100000000000
 000001000000099AA
SUMMARY;LANGUAGE=en-GB:Rebecca / Martin - PDR
DTSTART;TZID=GMT Standard Time:20250416T150000
DTEND;TZID=GMT Standard Time:20250416T163000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250402T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Martin's office
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "outlook-invite",
        "uid": "040000008200E00074C5B7101A82E00800000000AABBCCDDEEFF001101000000000000000010000004250",
        "trap": "pdr-preliminary-design-review-with-customer",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + GMT_STD + r"""BEGIN:VEVENT
ORGANIZER;CN="Howell, Rebecca":mailto:rebecca.howell@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Osei, Kw
 ame":mailto:kwame.osei@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fletche
 r, Anna (Quality)":mailto:anna.fletcher@severnaero.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=d.moreau@
 customer-aero.fr:mailto:d.moreau@customer-aero.fr
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=TRUE;CN="PAT-B2-Severn
  Suite (40)":mailto:pat-b2-severnsuite@severnaero.co.uk
DESCRIPTION;LANGUAGE=en-GB:PDR - FCC I/O Module (DAL A). Entry criteria:
  SRD baselined\, PSSA issue 2\, interface control docs\, prelim FMEA. Cus
 tomer DER attending. Panel to review RIDs on day 2 if needed.\n
UID:040000008200E00074C5B7101A82E00800000000AABBCCDDEEFF001101000000000000
 000010000004250
SUMMARY;LANGUAGE=en-GB:PDR - FCC I/O Module (Preliminary Design Review)
DTSTART;TZID=GMT Standard Time:20250428T090000
DTEND;TZID=GMT Standard Time:20250428T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250407T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:PAT-B2-Severn Suite (40)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "press-interview", "uid": "9kd2l7v0qs5e3bj1r8m4no6tcf@google.com",
        "trap": "trade-magazine-interview-press",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250415T100000Z
DTEND:20250415T104500Z
DTSTAMP:20250409T140301Z
ORGANIZER;CN=Louise Carter:mailto:louise.carter@ukimediaevents.com
UID:9kd2l7v0qs5e3bj1r8m4no6tcf@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell@severnaero.co.uk;X-NUM-GUESTS=0:mailto:rebecca.how
 ell@severnaero.co.uk
DESCRIPTION:Interview for Aerospace Testing International - feature on HI
 L rigs and model-based V&V for flight control computers. 30-40 mins\, I'l
 l record for accuracy and send quotes back for approval by your comms te
 am before publication.\n\nJoin with Google Meet: https://meet.google.com/
 qpe-bxnw-tuf
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview: Rebecca Howell (Severn Aerostructures) - ATI feature
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "stem-visit", "uid": "AAMkADk2NmQ5OGQ4LWYxMTEtNGE3Yi1iOWNmLTk1OTQ0ZjQ0ZGRmNwBGAAAAAAD4",
        "trap": "stem-ambassador-school-visit",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
""" + GMT_STD + r"""BEGIN:VEVENT
UID:AAMkADk2NmQ5OGQ4LWYxMTEtNGE3Yi1iOWNmLTk1OTQ0ZjQ0ZGRmNwBGAAAAAAD4
DTSTAMP:20250401T084500Z
DTSTART;TZID=GMT Standard Time:20250501T130000
DTEND;TZID=GMT Standard Time:20250501T153000
SUMMARY:STEM Ambassador - Yr 9 "Engineers of the Future" - Bradley Stoke C
 ommunity School
DESCRIPTION:paper-plane challenge + 10 min talk. take the drone and the o
 ld FCC board. DBS cert on STEM Learning profile. sign out on visitor log.
LOCATION:Bradley Stoke Community School
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "swimming-gala", "uid": "4F5E6D7C-8B9A-4C0D-9E1F-2A3B4C5D6E70", "lf": True,
        "trap": "child-swimming-gala",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250402T195511Z
DTSTAMP:20250402T195530Z
DTSTART;TZID=Europe/London:20250412T080000
DTEND;TZID=Europe/London:20250412T130000
LOCATION:Horfield Leisure Centre
SUMMARY:Ollie swimming gala
DESCRIPTION:warm-up 8:15. 50m back + relay. pack: 2 towels\, goggles (spa
 re)\, snacks\, £2 for programme. Tom doing pickup?
UID:4F5E6D7C-8B9A-4C0D-9E1F-2A3B4C5D6E70
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "gp-appointment", "uid": "0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E", "lf": True,
        "trap": "gp-appointment",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTAMP:20250506T074010Z
DTSTART:20250508T084000
DTEND:20250508T085000
SUMMARY:GP - Dr Khan (phone appt)
DESCRIPTION:they ring between 8:40-9. re knee. Patient Access ref 77120.
UID:0B1C2D3E-4F5A-4B6C-8D7E-9F0A1B2C3D4E
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "mot", "uid": "e3a1b7c90d2f@kwik-fit.com", "trap": "car-mot-booking",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kwik Fit//Online Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:e3a1b7c90d2f@kwik-fit.com
DTSTAMP:20250414T180000Z
DTSTART:20250426T080000Z
DTEND:20250426T090000Z
SUMMARY:MOT Test - Kwik Fit Bristol (Filton)
LOCATION:Kwik Fit\, Gloucester Road North\, Filton\, Bristol BS34 7PT
DESCRIPTION:Booking ref KF-8841203. Vehicle: SKODA OCTAVIA WN17 XKP. Ple
 ase arrive 10 minutes early.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "choir-recurring", "uid": "choir-bcs-tues-2025@rebecca.howell", "lf": True,
        "trap": "recurring-choir-with-override",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
""" + LONDON_APPLE + r"""BEGIN:VEVENT
CREATED:20250107T210000Z
DTSTAMP:20250107T210000Z
DTSTART;TZID=Europe/London:20250107T193000
DTEND;TZID=Europe/London:20250107T213000
RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20250708T183000Z
LOCATION:St Monica's Church\, Cote Lane
SUMMARY:Choir
DESCRIPTION:Brahms Requiem. bring pencil.
UID:choir-bcs-tues-2025@rebecca.howell
END:VEVENT
BEGIN:VEVENT
DTSTAMP:20250520T190000Z
RECURRENCE-ID;TZID=Europe/London:20250603T193000
DTSTART;TZID=Europe/London:20250603T183000
DTEND;TZID=Europe/London:20250603T220000
LOCATION:St Mary Redcliffe
SUMMARY:Choir - DRESS REHEARSAL (concert Sat)
DESCRIPTION:blacks. 6:30 sharp.
UID:choir-bcs-tues-2025@rebecca.howell
SEQUENCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "dinner-friends", "uid": "5qm1e9c7f3jds0v2b8k4th6rno@google.com", "trap": "dinner-with-friends",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250517T183000Z
DTEND:20250517T213000Z
DTSTAMP:20250501T110000Z
ORGANIZER;CN=Sarah Mitchell:mailto:sarah.mitchell.bristol@gmail.com
UID:5qm1e9c7f3jds0v2b8k4th6rno@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howel
 l.eng@outlook.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dev Na
 ir;X-NUM-GUESTS=0:mailto:devnair@hotmail.co.uk
DESCRIPTION:Booked for 6 under Mitchell. Bring news of the job hunt!!
LOCATION:Bravas\, 7 Cotham Hill\, Bristol
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Dinner - Bravas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        **_N, "kind": "mock-interview", "uid": "2tb8n0m6k4ralp1s9c3jue7dvo@google.com",
        "trap": "mock-panel-interview-with-friend",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250512T180000Z
DTEND:20250512T193000Z
DTSTAMP:20250508T201500Z
ORGANIZER;CN=Claire Bennett:mailto:claire.bennett.hr@gmail.com
UID:2tb8n0m6k4ralp1s9c3jue7dvo@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=rebecca.howell.eng@outlook.com;X-NUM-GUESTS=0:mailto:rebecca.howell.e
 ng@outlook.com
DESCRIPTION:Mock panel for your MBDA final - I'll play the Chief Engineer
  and Raj (ex-Airbus) will be the grumpy HoD. Do the full 20-min present
 ation\, then we grill you on competencies. Honest feedback after\, wine
  after that.\n\nJoin with Google Meet: https://meet.google.com/wza-kfrd-po
 n
LOCATION:Google Meet
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mock interview - MBDA final (practice)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
