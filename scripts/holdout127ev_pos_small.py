"""holdout127 interviews, part 3: small employers, schedulers, founders, agencies, Thunderbird and Apple."""
# ruff: noqa: E501

from holdout127ev_ics import ev

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
APPLE = "-//Apple Inc.//iOS 18.2//EN"
THUNDERBIRD = "-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN"

EVENTS = [
    ev("calendly-founder-gmail-en", (1, "Polar Ridge Expeditions", "Expedition Doctor", "",
                                     "tomas.brekke.polar@gmail.com", "calendly-founder-freemail-en"), r"""
BEGIN:VEVENT
DTSTART:20260118T190000Z
DTEND:20260118T194500Z
DTSTAMP:20260109T221402Z
ORGANIZER;CN=Tomas Brekke:mailto:tomas.brekke.polar@gmail.com
UID:q1b8c4d3e5f6g7h8i9j0k1l2m3@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomas Brekke;X-NUM-GUESTS=0:mailto:tomas.brekke.polar@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rhys Llewellyn;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Event Name: Expedition Doctor - Interview (45 min)\n\nLocation: This is a Google Meet web conference. https://meet.google.com/hbt-uwxa-nmp\n\nPlease share anything that will help prepare for our meeting.: Svalbard ski traverse April 2026 - ATLS\, PHTC\, some mountain medicine. Happy to do the 3-week trip.\n\nNeed to make changes to this event?\nCancel: https://calendly.com/cancellations/4c1e0b7a-9d9f-4b8e-bd1e-2a7c2f1e33a1\nReschedule: https://calendly.com/reschedulings/4c1e0b7a-9d9f-4b8e-bd1e-2a7c2f1e33a1\n\nPowered by Calendly.com
LOCATION:https://meet.google.com/hbt-uwxa-nmp
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Expedition Doctor - Interview (45 min) between Tomas Brekke and Rhys Llewellyn
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="CALSCALE:GREGORIAN"),

    ev("calcom-event-medicine-en", (1, "Grandstand Event Medical", "Event Doctor", "",
                                    "drjo@grandstandmedical.co.uk", "calcom-en"), r"""
BEGIN:VEVENT
UID:calcom-3k9JmQ2vTx8aPz4bW7nYc1
DTSTART:20260125T100000Z
DTEND:20260125T103000Z
SUMMARY:Event Doctor interview between Dr Jo Fairweather and Rhys Llewellyn
DESCRIPTION:What: Event Doctor interview\nInvitee Time Zone: Europe/London\nWho:\n- Dr Jo Fairweather - Organizer (drjo@grandstandmedical.co.uk)\n- Rhys Llewellyn (rhys.llewellyn.md@gmail.com)\nWhere: Cal Video https://app.cal.com/video/3k9JmQ2vTx8aPz4bW7nYc1\nAdditional notes: Grandstand Event Medical - festival season 2026 (Green Man\, Principality Stadium matchdays). Have your GMC number and PHEC/ATLS certificates ready.\n\nNeed to make a change? Cancel or reschedule: https://app.cal.com/booking/3k9JmQ2vTx8aPz4bW7nYc1
ORGANIZER;CN=Dr Jo Fairweather:mailto:drjo@grandstandmedical.co.uk
ATTENDEE;CN=Rhys Llewellyn;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
LOCATION:Cal Video
STATUS:CONFIRMED
END:VEVENT
""", "-//Cal.com Inc.//Cal.com Event//EN"),

    ev("teamtailor-medtech-en", (1, "Ortholux", "Medical Affairs Manager UK & Ireland", "hiring_manager",
                                 "erik.lindqvist@ortholux.se", "teamtailor-en"), r"""
BEGIN:VEVENT
UID:teamtailor-meeting-88d3b0c4-5f1e-4d7a-9b2c-1e6a7f0d3c59
DTSTART:20260202T083000Z
DTEND:20260202T091500Z
SUMMARY:Interview with Ortholux - Medical Affairs Manager UK & Ireland
DESCRIPTION:Hi Rhys!\n\nYou're booked in for an interview with Erik Lindqvist\, Global Medical Director (and hiring manager for this role). Erik joins from Gothenburg - 09:30 his time.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ4MjI2\n\nLooking forward!\nMalin at Ortholux People team\n\nThis meeting was booked via Teamtailor.
ORGANIZER;CN=Ortholux:mailto:noreply@teamtailor.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Erik Lindqvist:mailto:erik.lindqvist@ortholux.se
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
""", "-//Teamtailor//Teamtailor Meetings//EN"),

    ev("workable-video-en", (1, "Lumen Telehealth", "Remote Clinical Reviewer (Orthopaedics)", "",
                             "kofi.asante@lumentelehealth.com", "workable-en"), r"""
BEGIN:VEVENT
UID:workable-evt-61b8e4f2a09c
DTSTART:20260209T190000Z
DTEND:20260209T193000Z
SUMMARY:Video interview: Remote Clinical Reviewer (Orthopaedics) - Lumen Telehealth
DESCRIPTION:Rhys Llewellyn\, you have a video interview scheduled with Kofi Asante (Clinical Governance Lead) from Lumen Telehealth.\n\nJoin with Google Meet: https://meet.google.com/xeq-twrp-fha\n\nThis event was created with Workable.
ORGANIZER;CN=Lumen Telehealth via Workable:mailto:notifications@workablemail.com
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Kofi Asante:mailto:kofi.asante@lumentelehealth.com
LOCATION:Google Meet
STATUS:CONFIRMED
END:VEVENT
""", "-//Workable//Workable Calendar//EN"),

    ev("thunderbird-isc-en", (1, "Hollybrook Orthopaedic Centre", "Senior Clinical Fellow (Arthroplasty)", "onsite",
                              "r.shah@hollybrookortho.co.uk;n.dlamini@hollybrookortho.co.uk", "thunderbird-en"), r"""
BEGIN:VEVENT
CREATED:20260110T184455Z
LAST-MODIFIED:20260110T184731Z
DTSTAMP:20260110T184731Z
UID:5e0b6a3c-71d2-4f88-9c1b-2a34d8e6f701
SUMMARY:Hollybrook - interview and tour (Senior Clinical Fellow\, Arthroplasty)
ORGANIZER;CN=Rajesh Shah:mailto:r.shah@hollybrookortho.co.uk
ATTENDEE;RSVP=TRUE;CN=Rhys Llewellyn;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;RSVP=TRUE;CN=Nomvula Dlamini;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:n.dlamini@hollybrookortho.co.uk
ATTENDEE;RSVP=FALSE;CN=Hollybrook Reception;PARTSTAT=ACCEPTED;ROLE=NON-PARTICIPANT:mailto:reception@hollybrookortho.co.uk
DTSTART;TZID=Europe/London:20260213T130000
DTEND;TZID=Europe/London:20260213T150000
LOCATION:Hollybrook Orthopaedic Centre\, Hollybrook Lane\, Newport NP20 4XR
DESCRIPTION:Dear Rhys\,\n\nAs agreed on the phone\, please come to Hollybrook for an interview with myself (Medical Director) and Ms Dlamini (Lead Arthroplasty Surgeon)\, followed by a look round theatres and the enhanced recovery ward. Reception will sign you in.\n\nRegards\,\nRajesh Shah
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
""", THUNDERBIRD, tz=("Europe/London",)),

    ev("apple-club-doctor-en", (1, "Taff Vale RFC", "club doctor", "",
                                "gethin.price@icloud.com;Bryn;Lowri", "apple-sports-club-en"), r"""
BEGIN:VEVENT
CREATED:20260111T210359Z
UID:A1F3C7E2-9B44-4E08-8D1A-6C2B5F09E7D3
DTEND;TZID=Europe/London:20260121T200000
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
SUMMARY:Taff Vale RFC - club doctor interview
LAST-MODIFIED:20260111T210412Z
DTSTAMP:20260111T210412Z
DTSTART;TZID=Europe/London:20260121T190000
LOCATION:Taff Vale RFC Clubhouse\nHeol y Cae\, Pontypridd CF37 1XY\, United Kingdom
DESCRIPTION:Rhys - great to speak at the Glamorgan derby. Committee would like to interview you for the academy (U16-U18) club doctor role. Me\, Bryn (chair) and our head physio Lowri. Bring your pitchside certificate. Parking round the back.\n\nGethin Price\nTeam Manager\, Taff Vale RFC
ORGANIZER;CN=Gethin Price:mailto:gethin.price@icloud.com
ATTENDEE;CN=Gethin Price;CUTYPE=INDIVIDUAL;EMAIL=gethin.price@icloud.com;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:gethin.price@icloud.com
ATTENDEE;CN=rhys.llewellyn.md@gmail.com;CUTYPE=INDIVIDUAL;EMAIL=rhys.llewellyn.md@gmail.com;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rhys.llewellyn.md@gmail.com
SEQUENCE:0
END:VEVENT
""", "-//Apple Inc.//macOS 15.2//EN", cal="CALSCALE:GREGORIAN"),

    ev("agency-locum-consultant-interview-en", (1, "Harbour Isle NHS Trust", "Locum Registrar - Trauma & Orthopaedics",
                                                "hiring_manager", "m.ferreira@harbourisle.nhs.uk", "agency-names-employer-en"), r"""
BEGIN:VEVENT
UID:medilink-cal-20260206-RL-34471
DTSTART;TZID=Europe/London:20260206T123000
DTEND;TZID=Europe/London:20260206T130000
SUMMARY:Interview - Harbour Isle NHS Trust - Locum Reg T&O (via Medilink)
DESCRIPTION:Hi Rhys\,\n\nConfirming your Teams interview with Mr Miguel Ferreira (Consultant & Rota Lead\, T&O) at Harbour Isle NHS Trust (St Helens Hospital\, Isle of Wight) for the 6-month locum registrar post\, £85/hr\, accommodation provided.\n\nThe Trust will send the Teams link directly - please check your junk folder. I'm not on the call but will ring after.\n\nBest\,\nPriya Dhillon\nMedilink Locums | Doctors Team\npriya.dhillon@medilinklocums.co.uk
ORGANIZER;CN=Priya Dhillon:mailto:priya.dhillon@medilinklocums.co.uk
ATTENDEE;CN=Rhys Llewellyn:mailto:rhys.llewellyn.md@gmail.com
ATTENDEE;CN=Miguel Ferreira:mailto:m.ferreira@harbourisle.nhs.uk
LOCATION:MS Teams (link from Trust)
STATUS:CONFIRMED
END:VEVENT
""", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz=("Europe/London",)),

    ev("gcal-course-faculty-en", (1, "Scalpel Academy", "Faculty Tutor (MRCS Part B)", "technical",
                                  "ben@scalpelacademy.co.uk", "faculty-tutor-practical-en"), r"""
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20260201T180000
DTEND;TZID=Europe/London:20260201T183000
ORGANIZER;CN=Ben Achterberg:mailto:ben@scalpelacademy.co.uk
UID:0a9s8d7f6g5h4j3k2l1qwertyu@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ben Achterberg;X-NUM-GUESTS=0:mailto:ben@scalpelacademy.co.uk
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com;X-NUM-GUESTS=0:mailto:rhys.llewellyn.md@gmail.com
DESCRIPTION:Interview for the Faculty Tutor (MRCS Part B) role - paid weekend teaching on our OSCE revision courses. 30 mins: your teaching experience\, then you'll run one anatomy station on me as if I were a candidate.\n\nBen\nCourse Director\, Scalpel Academy\n\nJoin with Google Meet: https://meet.google.com/wzn-yfkc-bga
LOCATION:https://meet.google.com/wzn-yfkc-bga
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Scalpel Academy - tutor interview (Rhys L)
TRANSP:OPAQUE
END:VEVENT
""", GOOGLE, cal="X-WR-TIMEZONE:Europe/London", tz=("Europe/London",)),

    ev("direct-medicolegal-en", (1, "Lexicon Medico-Legal", "Associate Medical Expert (Orthopaedic)", "",
                                 "a.hughes@lexiconml.co.uk", "direct-outlook-en"), r"""
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E58BDC0100000000000000001000000077D0C1E2F3A4
ORGANIZER;CN="Hughes, Alun":mailto:a.hughes@lexiconml.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rhys.llewellyn.md@gmail.com:mailto:rhys.llewellyn.md@gmail.com
SUMMARY;LANGUAGE=en-GB:Interview - Associate Medical Expert (Orthopaedic) - Lexicon
DTSTART;TZID=GMT Standard Time:20260227T170000
DTEND;TZID=GMT Standard Time:20260227T174500
LOCATION;LANGUAGE=en-GB:Lexicon Medico-Legal\, 3 Park Place\, Cardiff CF10 3DP
DESCRIPTION;LANGUAGE=en-GB:Rhys\,\n\nThank you for your note. Let's meet at our office after your list. I will ask you to talk me through a sample whiplash/fracture report and we'll discuss the Cardiff University Bond Solon training you'd need.\n\nAlun Hughes\nDirector\, Lexicon Medico-Legal Ltd
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
""", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tz=("GMT Standard Time",)),
]

FORMS = {
    "Polar Ridge Expeditions": "Polar Ridge",
    "Grandstand Event Medical": "Grandstand Medical",
    "Ortholux": "Ortholux AB",
    "Lumen Telehealth": "",
    "Hollybrook Orthopaedic Centre": "Hollybrook",
    "Taff Vale RFC": "Taff Vale Rugby Football Club|Taff Vale Rugby Club",
    "Harbour Isle NHS Trust": "",
    "Scalpel Academy": "",
    "Lexicon Medico-Legal": "Lexicon Medico-Legal Ltd|Lexicon",
}
