"""holdout240 events, part i: Thabo's personal life and job-search look-alikes that are not interviews."""

_NEG = dict(y=0, company="", role="", stage="", who="")

EVENTS = [
    dict(
        _NEG, kind="family-calendar", uid="2c4e6g8i0k2m4o6q8s0u@google.com", trap="son-rugby-match",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Nkosi family
X-WR-TIMEZONE:Africa/Johannesburg
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250301T083000
DTEND;TZID=Africa/Johannesburg:20250301T110000
DTSTAMP:20250226T174512Z
ORGANIZER;CN=Zodwa Nkosi:mailto:zodwa.nkosi@gmail.com
UID:2c4e6g8i0k2m4o6q8s0u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION:Lwandle u/11A vs St Stithians. Kick-off 9:00\, be there 8:30 fo
 r warm-up. Your turn for oranges + cooldrinks for the team!! Bring the gaze
 bo.
LOCATION:St Stithians College\, Bryanston
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Lwandle rugby - away vs Saints
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="booking-confirm", uid="hh-appt-55120931@healthbridge.example.co.za", trap="gp-appointment",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Healthbridge//Online Booking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:hh-appt-55120931@healthbridge.example.co.za
DTSTAMP:20250303T071100Z
DTSTART:20250306T050000Z
DTEND:20250306T051500Z
SUMMARY:Appointment: Dr S. Pillay (General Practitioner)
DESCRIPTION:Your appointment is confirmed.\nPatient: Thabo Nkosi\nPractice:
  Glen Marais Medical Centre\nPlease bring your medical aid card and ID. Cance
 llations less than 24 hours before will be charged.
LOCATION:Glen Marais Medical Centre\, Kempton Park
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="phone-entry", uid="ehomeaffairs-passport-tn-0319", trap="home-affairs-passport-appointment",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:ehomeaffairs-passport-tn-0319
DTSTAMP:20250310T201500Z
DTSTART:20250319T080000
DTEND:20250319T090000
SUMMARY:Home Affairs - passport (eHomeAffairs appt)
LOCATION:Standard Bank Rosebank Mall branch
DESCRIPTION:Ref HA-2025-7781236. Paid online R600 (maxi passport - 48 page
 s for all the visas). Take ID card + old passport. Biometrics + photo at bra
 nch. Collect at Randburg HA in ~3 weeks.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="google-invite", uid="6e8g0i2k4m6o8q0s2u4w@google.com", trap="braai-at-brother",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@JHB@@
BEGIN:VEVENT
DTSTART;TZID=Africa/Johannesburg:20250322T130000
DTEND;TZID=Africa/Johannesburg:20250322T190000
DTSTAMP:20250317T082233Z
ORGANIZER;CN=Sizwe Nkosi:mailto:sizwenkosi83@gmail.com
UID:6e8g0i2k4m6o8q0s2u4w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmail
 .com
DESCRIPTION:Lekker braai at mine for Mama's 65th. Bring your own meat + dri
 nks\, I'll do pap & chakalaka. Come early\, we'll watch the Bulls game just
  now. Kids can swim.
LOCATION:Pimville\, Soweto
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Braai @ Sizwe's - Mama's 65th
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="recurring-entry", uid="3A4B5C6D-7E8F-4901-A2B3-C4D5E6F70819", trap="weekly-church-service",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20240107T180012Z
DTSTAMP:20240107T180040Z
UID:3A4B5C6D-7E8F-4901-A2B3-C4D5E6F70819
DTSTART;TZID=Africa/Johannesburg:20240107T090000
DTEND;TZID=Africa/Johannesburg:20240107T110000
RRULE:FREQ=WEEKLY;BYDAY=SU
SUMMARY:Church
LOCATION:St John's Methodist\, Kempton Park
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="calendly", uid="c9d1e2f3-careercoach-mock-0315", trap="mock-panel-interview-with-coach",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c9d1e2f3-careercoach-mock-0315
DTSTAMP:20250310T114455Z
DTSTART:20250315T070000Z
DTEND:20250315T083000Z
SUMMARY:Mock Panel Interview (90 min) between Nandi Khoza and Thabo Nkosi
DESCRIPTION:Event Name: Mock Panel Interview (90 min)\n\nLocation: Zoom - h
 ttps://us04web.zoom.us/j/74410298831\n\nQuestions:\nWhich role are you prep
 aring for?\nFC - panel with CFO + audit committee chair (gold miner) and co
 mpetency-based interviews for Auckland/Sydney.\n\nNandi will play the panel
 \, record the session and give you written feedback on your STAR answers.\n
 \nPowered by Calendly.com
LOCATION:https://us04web.zoom.us/j/74410298831
ORGANIZER;CN=Nandi Khoza:mailto:nandi@careerleapcoaching.co.za
ATTENDEE;CN=Thabo Nkosi;PARTSTAT=ACCEPTED:mailto:thabo.nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="on24-event", uid="on24-evt-4471902-tnkosi@on24.com", trap="agency-webinar-on-competency-interviews",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ON24//Webcast//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:on24-evt-4471902-tnkosi@on24.com
DTSTAMP:20250204T090000Z
DTSTART:20250213T100000Z
DTEND:20250213T110000Z
SUMMARY:Webinar: How to ace competency-based and panel interviews for senio
 r finance roles
DESCRIPTION:Presented by the Finance & Accounting team at Proteus Finance R
 ecruitment. Learn how hiring managers score STAR answers\, what audit commi
 ttee members ask FC candidates\, and how to handle one-way video interviews
  (HireVue\, Spark Hire). Live Q&A.\n\nYour personal join link: https://even
 t.on24.com/wcc/r/4471902/tnk
LOCATION:Online
ORGANIZER;CN=Proteus Finance Recruitment:mailto:events@proteusfinance.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="google-invite", uid="8g0i2k4m6o8q0s2u4w6y@google.com", trap="informational-coffee-london-contact",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@@LON@@
BEGIN:VEVENT
DTSTART;TZID=Europe/London:20250208T080000
DTEND;TZID=Europe/London:20250208T084500
DTSTAMP:20250204T212211Z
ORGANIZER;CN=Pieter Olivier:mailto:pieter.olivier@outlook.com
UID:8g0i2k4m6o8q0s2u4w6y@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=thabo.nkosi.ca@gmail.com;X-NUM-GUESTS=0:mailto:thabo.nkosi.ca@gmail
 .com
DESCRIPTION:Howzit Thabo! Happy to share what I've learned since moving ove
 r - ICAEW reciprocity\, how the London market views a CA(SA)\, recruiters w
 orth talking to\, and cost of living. Virtual coffee on a Saturday morning (
 my time). Pieter\n\nJoin with Google Meet: https://meet.google.com/pol-vkzq
 -aex
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee chat - Pieter / Thabo (UK move)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="allday-entry", uid="finexpo-2025-0405-thabo", trap="careers-expo-attending-as-jobseeker",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Africa/Johannesburg
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250405
DTEND;VALUE=DATE:20250406
DTSTAMP:20250325T190000Z
UID:finexpo-2025-0405-thabo
SUMMARY:Working Abroad Expo - Sandton Convention Centre
DESCRIPTION:Aus/NZ/UK/Canada employers + migration agents. Take 20 printed
  CVs\, business cards. Talk to the NZ councils + CA ANZ stand. Free entry\,
  registered (ticket in Gmail).
LOCATION:Sandton Convention Centre
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="phone-entry", uid="7F8E9D0C-1B2A-4394-8576-A5B4C3D2E1F0", trap="reference-call-user-as-referee",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3//EN
CALSCALE:GREGORIAN
@@JHB_APPLE@@
BEGIN:VEVENT
CREATED:20250324T111200Z
DTSTAMP:20250324T111245Z
UID:7F8E9D0C-1B2A-4394-8576-A5B4C3D2E1F0
DTSTART;TZID=Africa/Johannesburg:20250325T123000
DTEND;TZID=Africa/Johannesburg:20250325T124500
SUMMARY:Reference for Lindiwe (ex-team) - call from Ridgeview HR
DESCRIPTION:She gave my name as referee for the Asst FM job at Ridgeview.
  Be positive: owned the fixed asset register\, led the IFRS 16 implementat
 ion\, good with auditors. Her weakness - delegating.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="outlook-invite", uid="medfit-preemp-kdc-20250410-0815@medfit.co.za",
        trap="pre-employment-medical-after-offer",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Dear Mr Nkosi\,\n\nKalahari Drilling Contractors has booked a p
 re-employment medical for you (Annexure 3 mine medical: lung function\, aud
 iogram\, vision\, drug test and chest X-ray). Please fast from 22:00\, bring
  your ID and glasses if you wear them. Results go to the employer's occupati
 onal health practitioner.\n\nMedfit Occupational Health
DTEND;TZID=South Africa Standard Time:20250410T100000
DTSTAMP:20250403T083000Z
DTSTART;TZID=South Africa Standard Time:20250410T081500
LOCATION:Medfit Occupational Health\, Kempton Park
ORGANIZER;CN=Medfit Bookings:mailto:bookings@medfit.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
PRIORITY:5
SEQUENCE:0
SUMMARY:Pre-employment medical - T Nkosi (Kalahari Drilling)
TRANSP:OPAQUE
UID:medfit-preemp-kdc-20250410-0815@medfit.co.za
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="riverside-invite", uid="riverside-rec-8812-numbersgame@riverside.fm",
        trap="podcast-guest-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Recording//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:riverside-rec-8812-numbersgame@riverside.fm
DTSTAMP:20250326T100012Z
DTSTART:20250402T160000Z
DTEND:20250402T170000Z
SUMMARY:The Numbers Game podcast - recording with Thabo Nkosi
DESCRIPTION:Hi Thabo\, you're invited to a Riverside recording studio.\n\nE
 pisode: "Semigration\, emigration and the CA(SA) brain drain". Our host Ke
 amogetse will interview you for about 40 minutes. Use headphones and Chrome
 . Studio link: https://riverside.fm/studio/the-numbers-game?t=8812
LOCATION:https://riverside.fm/studio/the-numbers-game
ORGANIZER;CN=The Numbers Game:mailto:hello@numbersgamepod.co.za
ATTENDEE;CN=Thabo Nkosi;RSVP=TRUE:mailto:thabo.nkosi.ca@gmail.com
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="agency-invite", uid="040000008200E00074C5B7101A82E00800000000BCDE0123F456DB010000"
        "00000000000010000000789ABCDEF0123456789ABCDEF0123456",
        trap="agency-registration-meeting-no-employer-named",
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@@WIN_SAST@@
BEGIN:VEVENT
ORGANIZER;CN="Moodley, Tanya":mailto:tanya.moodley@proteusfinance.co.za
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=thabo.nko
 si.ca@gmail.com:mailto:thabo.nkosi.ca@gmail.com
DESCRIPTION;LANGUAGE=en-ZA:Hi Thabo\,\n\nThank you for sending your CV. I'd
  like to meet you to register you with Proteus and understand what you are
  looking for (FC / FM roles\, Johannesburg or Cape Town\, salary expectation
 s\, notice period). I have a few mining and industrial mandates that could
  suit\, which we can go through on the day.\n\nPlease bring your ID\, qualifi
 cations and SAICA certificate so we can do MIE checks.\n\nTanya\n
UID:040000008200E00074C5B7101A82E00800000000BCDE0123F456DB0100000000000000
 0010000000789ABCDEF0123456789ABCDEF0123456
SUMMARY;LANGUAGE=en-ZA:Registration meeting - Thabo Nkosi (Proteus)
DTSTART;TZID=South Africa Standard Time:20250206T173000
DTEND;TZID=South Africa Standard Time:20250206T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T101500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-ZA:Proteus Finance Recruitment\, 11 Alice Lane\, Sandton
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="allday-entry", uid="5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F",
        trap="skills-assessment-deadline-migration",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250215T081500Z
DTSTAMP:20250215T081522Z
UID:5C6D7E8F-9A0B-4C1D-8E2F-3A4B5C6D7E8F
DTSTART;VALUE=DATE:20250228
DTEND;VALUE=DATE:20250301
SUMMARY:CA ANZ migration skills assessment - upload docs DEADLINE
DESCRIPTION:For the Aus 189/482 + NZ route. Certified transcripts\, SAICA l
 etter of good standing\, CV\, employer reference letters (HDB + KPMG artic
 les). Fee AUD 525.
TRANSP:TRANSPARENT
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="booking-confirm", uid="emed-nz-0412-tn-33019@panelphysicians.example.co.za",
        trap="visa-emedical-panel-physician",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SimplyBook.me//Booking//EN
METHOD:PUBLISH
@@JHB@@
BEGIN:VEVENT
UID:emed-nz-0412-tn-33019@panelphysicians.example.co.za
DTSTAMP:20250402T143000Z
DTSTART;TZID=Africa/Johannesburg:20250412T083000
DTEND;TZID=Africa/Johannesburg:20250412T100000
SUMMARY:eMedical (Immigration NZ / Home Affairs AU) - Thabo Nkosi
DESCRIPTION:Booking confirmed: Visa medical examination + chest X-ray\, pan
 el physician Dr M. Bezuidenhout. HAP ID 77120934. Bring passport\, HAP lett
 er\, glasses\, previous X-rays if any.
LOCATION:Panel Physicians Sandton\, Morningside
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        _NEG, kind="booking-confirm", uid="sars-bk-2025-0414-8899120@sars.gov.za",
        trap="sars-branch-appointment-tax-residency",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SARS//eBooking//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:sars-bk-2025-0414-8899120@sars.gov.za
DTSTAMP:20250404T061200Z
DTSTART:20250414T110000
DTEND:20250414T113000
SUMMARY:SARS Branch Appointment - Tax Compliance Status (emigration)
DESCRIPTION:Reference: 8899120\nTaxpayer: T NKOSI\nService: Tax Compliance
  Status - Approval International Transfer (AIT)\nBring your ID\, proof of res
 idential address and supporting documents. Please arrive 10 minutes before
  your appointment.
LOCATION:SARS Alberton Branch
END:VEVENT
END:VCALENDAR
""",
    ),
]
