# ruff: noqa: E501
"""holdout235 events: personal life, prep and follow-up blocks, research/podcast/survey interviews (all negatives)."""

from holdout235ev_a_common import ev

EVENTS = [
    ev("prep-block", "5r8c2v0q7m1t4k9s3h6n8b2dxf@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:markvillanueva.ce@yahoo.com
X-WR-TIMEZONE:Asia/Dubai
BEGIN:VEVENT
DTSTART:20251103T160000Z
DTEND:20251103T180000Z
DTSTAMP:20251101T201000Z
UID:5r8c2v0q7m1t4k9s3h6n8b2dxf@google.com
CREATED:20251101T200955Z
DESCRIPTION:review: jump form cycle T2\, PT stressing records\, pour sequence L30-35\, programme recovery story (STAR). print portfolio sa Al Karama. plantsahin ang polo
LAST-MODIFIED:20251101T200955Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:PREP - Dunecrest PD interview bukas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="prep-block-before-final", eol="lf"),

    ev("thank-you-reminder", "1t5k9c3v7q0m2s8h4n6b0r3dyg@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Asia/Dubai
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251221T210000
DTEND;TZID=Asia/Dubai:20251221T211500
DTSTAMP:20251221T152000Z
UID:1t5k9c3v7q0m2s8h4n6b0r3dyg@google.com
CREATED:20251221T151955Z
DESCRIPTION:email Callum\, Abdulrahman & Joseph - salamat for the panel. mention utility corridor case (sheet piles + wellpoints)
LAST-MODIFIED:20251221T151955Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send thank you email - Wadi Sahm panel
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", trap="thank-you-note-reminder"),

    ev("research-interview", "qualtrics-studyslot-thesis-ofw-0412", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Manila}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Manila:20251115T200000
DTEND;TZID=Asia/Manila:20251115T210000
DTSTAMP:20251110T083000Z
ORGANIZER;CN=Patricia Lim:mailto:patricia.lim@up.edu.ph
UID:qualtrics-studyslot-thesis-ofw-0412
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:Good day Engr. Villanueva!\n\nThank you for volunteering for my MS Civil Engineering (Construction Engineering & Management) thesis: "Career mobility of Filipino civil engineers in GCC construction projects." This is a semi-structured research interview (approx. 45-60 mins)\, recorded with your consent. Your answers are confidential.\n\nZoom link will follow.\n\nPatricia Lim\nInstitute of Civil Engineering\, UP Diliman
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Research Interview - OFW Civil Engineers Thesis (Engr. M. Villanueva)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="research-interview-thesis-manila-zone", fold=True),

    ev("podcast-recording", "riverside-session-7Kq2pWz-pinoyeng", r"""BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Riverside Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-session-7Kq2pWz-pinoyeng
DTSTAMP:20260102T120000Z
DTSTART:20260106T150000Z
DTEND:20260106T163000Z
SUMMARY:Pinoy Engineers Abroad Podcast - Ep. 58 recording with Engr. Mark Villanueva
DESCRIPTION:You're invited to a recording session on Riverside.\n\nGuest: Engr. Mark Anthony Villanueva - "From Cavite to the Dubai skyline"\nHost: Engr. Carlo Dimaculangan\n\nStudio link: https://riverside.fm/studio/pinoy-engineers-abroad?t=7Kq2pWz\nTips: use headphones\, Chrome browser\, quiet room.
ORGANIZER;CN=Carlo Dimaculangan:mailto:carlo@pinoyengineersabroad.com
ATTENDEE;CN=Mark Anthony Villanueva;RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
LOCATION:https://riverside.fm/studio/pinoy-engineers-abroad
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="podcast-guest-recording"),

    ev("salary-survey-call", "hays-salaryguide-2026-phone-31877", r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
{{TZ Arabian Standard Time}}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Mark\,\n\nThank you for agreeing to take part in our GCC Construction Salary & Employment Outlook 2026. This is a 20-minute structured phone interview about pay\, benefits and job-change intentions of site engineers. It is NOT related to any vacancy\; answers are anonymised.\n\nKind regards\,\nNadia Rahman\nResearch Analyst\, Gulf Workforce Insights
DTEND;TZID=Arabian Standard Time:20251127T192000
DTSTAMP:20251124T101200Z
DTSTART;TZID=Arabian Standard Time:20251127T190000
LOCATION:Phone
ORGANIZER;CN="Nadia Rahman":mailto:nadia.rahman@gulfworkforceinsights.com
ATTENDEE;CN="Mark Villanueva";RSVP=TRUE:mailto:markvillanueva.ce@yahoo.com
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=en-us:Salary survey interview - GCC Construction 2026
TRANSP:OPAQUE
UID:hays-salaryguide-2026-phone-31877
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR""", trap="survey-phone-interview-not-vacancy"),

    ev("remittance", "6c0v4q8m2t1k7s5h9n3b6r0dzh@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Asia/Dubai
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251028
DTEND;VALUE=DATE:20251029
RRULE:FREQ=MONTHLY;BYMONTHDAY=28
DTSTAMP:20251001T150500Z
UID:6c0v4q8m2t1k7s5h9n3b6r0dzh@google.com
CREATED:20251001T150455Z
DESCRIPTION:sahod pasok 27th. padala kay Joy via LuLu/GCash - tuition ni Migo + amortization Pag-IBIG + kay Nanay 5k
LAST-MODIFIED:20251001T150455Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Padala 🇵🇭
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", trap="remittance-monthly-all-day"),

    ev("simbang-gabi", "2q6v0c4m8t3k1s7h5n9b2r6dsg@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Asia/Dubai
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251215T200000
DTEND;TZID=Asia/Dubai:20251215T213000
RRULE:FREQ=DAILY;COUNT=9
DTSTAMP:20251210T180000Z
UID:2q6v0c4m8t3k1s7h5n9b2r6dsg@google.com
CREATED:20251210T175950Z
DESCRIPTION:anticipated mass (Filipino community)\, after work. carpool w/ Dennis & Rommel. 9 nights - kumpletuhin!
LAST-MODIFIED:20251210T175950Z
LOCATION:St. Mary's Catholic Church\, Oud Metha
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Simbang Gabi
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="church-simbang-gabi-daily-count"),

    ev("dentist", "8b2f0e4d-aster-appt-55120938", r"""BEGIN:VCALENDAR
PRODID:-//Aster DM Healthcare//myAster//EN
VERSION:2.0
METHOD:PUBLISH
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:8b2f0e4d-aster-appt-55120938
DTSTAMP:20251020T070000Z
DTSTART;TZID=Asia/Dubai:20251023T190000
DTEND;TZID=Asia/Dubai:20251023T193000
SUMMARY:Appointment: Dental Consultation - Dr. Mehta
LOCATION:Aster Clinic\, Al Karama
DESCRIPTION:Patient: Mark Anthony Villanueva\nDepartment: Dentistry\nDoctor: Dr. Ritu Mehta\nPlease bring your insurance card (Daman) and Emirates ID.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="personal-dentist-appointment"),

    ev("basketball-league", "1b7v5c9q3m0t8k2s6h4n1r9dbl@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{{TZ Asia/Dubai}}
BEGIN:VEVENT
DTSTART;TZID=Asia/Dubai:20251114T200000
DTEND;TZID=Asia/Dubai:20251114T220000
DTSTAMP:20251110T101000Z
ORGANIZER;CN=Pinoy Builders Basketball Club:mailto:pbbc.dubai@gmail.com
UID:1b7v5c9q3m0t8k2s6h4n1r9dbl@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=markvillanueva.ce@yahoo.com;X-NUM-GUESTS=0:mailto:markvillanueva.ce@yahoo.com
DESCRIPTION:FilCom Inter-Company League - Game 4 vs. Team Arabtec Pinoys. Jersey: white. Be there 7:30 for warm-up. AED 20 court share.
LOCATION:Al Qusais Sports Hall
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:BBALL - Game 4 (FilCom league)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR""", trap="basketball-league-game"),

    ev("consulate-passport", "PCG-DXB-EPASS-20251117-0638", r"""BEGIN:VCALENDAR
PRODID:-//DFA Passport Appointment System//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:PCG-DXB-EPASS-20251117-0638
DTSTAMP:20251030T050000Z
DTSTART:20251117T043000Z
DTEND:20251117T050000Z
SUMMARY:Passport Renewal Appointment - Philippine Consulate General Dubai
LOCATION:Philippine Consulate General\, Al Qusais 4\, Dubai
DESCRIPTION:Appointment code: DXB-0638\nApplicant: VILLANUEVA\, MARK ANTHONY\nService: ePassport renewal (adult)\nRequirements: current passport + photocopy of data page\, printed application form\, UAE residence visa copy. Personal appearance is required for biometrics capture.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="consulate-passport-renewal-utc"),

    ev("cpd-seminar", "prc-cpd-pice-2026-01-dxb", r"""BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite//EN
VERSION:2.0
METHOD:PUBLISH
{{TZ Asia/Dubai}}
BEGIN:VEVENT
UID:prc-cpd-pice-2026-01-dxb
DTSTAMP:20251220T110000Z
DTSTART;TZID=Asia/Dubai:20260131T090000
DTEND;TZID=Asia/Dubai:20260131T170000
SUMMARY:CPD Seminar: Post-Tensioned Slabs & Formwork Safety (PICE UAE) - 8 CPD units
LOCATION:Ibis Al Barsha\, Function Room 2
DESCRIPTION:Order #10293884411. 1 x Member ticket (AED 150). PRC-accredited CPD provider. Bring PRC ID for attendance. Lunch included.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""", trap="cpd-seminar-license-renewal"),

    ev("vacation-all-day", "0d4v8c2q6m9t1k5s3h7n0b4rvp@google.com", r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Asia/Dubai
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260110
DTEND;VALUE=DATE:20260125
DTSTAMP:20251120T150000Z
UID:0d4v8c2q6m9t1k5s3h7n0b4rvp@google.com
CREATED:20251120T145955Z
DESCRIPTION:EK332 Jan 10 DXB-MNL 03:35. balik Jan 24 EK335. pasalubong list sa notes. exit/re-entry ok na. OEC sa DMW Jan 12
LAST-MODIFIED:20251120T145955Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:VACATION PH 🏠
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR""", trap="annual-leave-all-day-multi-day"),
]
