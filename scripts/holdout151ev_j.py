"""holdout151 events, part j: search admin and personal life (written blind)."""

from holdout151ev_tz import ACCRA, GMT_STANDARD, LONDON, E

EVENTS = [
    E(
        "recruiter-catchup",
        "040000008200E00074C5B7101A82E008000000009AC1D2E3F4A5DC0100000000000000001000000011223344556677881122334455667788",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
"""
        + GMT_STANDARD
        + r"""
BEGIN:VEVENT
ORGANIZER;CN="Whitaker, Ben":mailto:ben.whitaker@hays.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sam.mensah
 .ce@btinternet.com:mailto:sam.mensah.ce@btinternet.com
DESCRIPTION;LANGUAGE=en-GB:Hi Samuel\, good to connect. Let's have a proper
  catch-up on what you're looking for\, salary benchmarks for PD roles in
  the South East and what the market looks like going into 2027. Nothing s
 pecific yet but a few things are bubbling.\n\nBen\n
UID:040000008200E00074C5B7101A82E008000000009AC1D2E3F4A5DC010000000000000000
 1000000011223344556677881122334455667788
SUMMARY;LANGUAGE=en-GB:Samuel Mensah / Ben Whitaker - catch up
DTSTART;TZID=GMT Standard Time:20260908T123000
DTEND;TZID=GMT Standard Time:20260908T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260904T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Phone
END:VEVENT
END:VCALENDAR
""",
        trap="recruiter-catch-up-no-employer",
    ),
    E(
        "headhunter-confidential",
        "9r4t1k7m0x3c6v8qn2bp5wh9s@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261103T173000Z
DTEND:20261103T181500Z
DTSTAMP:20261029T122000Z
ORGANIZER;CN=Philippa Rowe:mailto:philippa.rowe@odgers.com
UID:9r4t1k7m0x3c6v8qn2bp5wh9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=sam.mensah.ce@btinternet.com;X-NUM-GUESTS=0:mailto:sam.mensah.ce@b
 tinternet.com
DESCRIPTION:Samuel\, thank you for your time. As mentioned this is a confid
 ential search for a Director of Delivery at a Tier 1 contractor (I can sha
 re the name once we've spoken and you've signed the NDA). Zoom below.\n\nP
 hilippa Rowe | Partner\, Infrastructure Practice\n\nhttps://odgers.zoom.u
 s/j/96440018822
LOCATION:https://odgers.zoom.us/j/96440018822
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Confidential - Director of Delivery search - S Mensah / P Rowe
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="headhunter-confidential-search-employer-unnamed",
    ),
    E(
        "prep-block",
        "B8C9D0E1-F2A3-4B5C-9D6E-7F8091A2B3C4",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:B8C9D0E1-F2A3-4B5C-9D6E-7F8091A2B3C4
DTSTAMP:20261115T210000Z
CREATED:20261115T205800Z
DTSTART;TZID=Europe/London:20261119T190000
DTEND;TZID=Europe/London:20261119T213000
SUMMARY:PREP Stantec technical - bearings/joints\, CS 450\, Eurocode refresh
DESCRIPTION:Go through: A2 underbridge bearing replacement story\, CS 450 i
 nspection regime\, principal inspections\, load assessment of the Bexley
  culverts. 2 questions for Fiona. Print CV.
END:VEVENT
"""
        + LONDON
        + r"""
END:VCALENDAR
""",
        trap="prep-block-before-interview",
        eol="\n",
    ),
    E(
        "thank-you",
        "1c5v9b3n7m0k4x8qz2wt6hr0p@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Sam
X-WR-TIMEZONE:Europe/London
BEGIN:VEVENT
DTSTART:20261105T183000Z
DTEND:20261105T184500Z
DTSTAMP:20261124T061500Z
UID:1c5v9b3n7m0k4x8qz2wt6hr0p@google.com
CREATED:20261105T121000Z
DESCRIPTION:Hugo + Meera - mention the Fitzroy St digital team\, send A13
  case study PDF
LAST-MODIFIED:20261105T121000Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Thank you emails - Arup
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        trap="thank-you-reminder-after-interview",
    ),
    E(
        "pre-employment-medical",
        "medigold-appt-PEM-2291034@medigold-health.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Medigold Health//Appointments//EN
METHOD:REQUEST
"""
        + LONDON
        + r"""
BEGIN:VEVENT
UID:medigold-appt-PEM-2291034@medigold-health.com
DTSTAMP:20261120T101500Z
DTSTART;TZID=Europe/London:20261207T083000
DTEND;TZID=Europe/London:20261207T100000
SUMMARY:Pre-placement medical and drugs & alcohol screen - Network Rail (Sa
 fety Critical)
LOCATION:Medigold Health\, 3rd Floor\, 20 Eastbourne Terrace\, London W2 6L
 G
DESCRIPTION:Your appointment for a pre-placement medical (Sentinel / safety
  critical) on behalf of Network Rail. Includes hearing\, vision\, colour v
 ision\, urine drug & alcohol test. Bring glasses/contact lenses\, photo I
 D and a list of medications. Do not drink alcohol in the 24 hours before.
ORGANIZER;CN=Medigold Health Bookings:mailto:bookings@medigold-health.com
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
END:VEVENT
END:VCALENDAR
""",
        trap="pre-employment-medical-for-new-employer",
    ),
    E(
        "gp",
        "patient-access-appt-77120045@patientaccess.com",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Patient Access//EN
BEGIN:VEVENT
UID:patient-access-appt-77120045@patientaccess.com
DTSTAMP:20261002T064500Z
DTSTART:20261007T075000Z
DTEND:20261007T080000Z
SUMMARY:GP appointment - Dr R. Iyer
LOCATION:Crayford Town Surgery\, 52 Crayford High St\, DA1 4EF
DESCRIPTION:Telephone or face to face as advised by the practice. Blood pres
 sure review.
END:VEVENT
END:VCALENDAR
""",
        trap="personal-gp-appointment",
    ),
    E(
        "parents-evening",
        "schoolcloud-bexleygs-yr11-pe-4471@schoolcloud.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SchoolCloud//Parents Evening//EN
BEGIN:VEVENT
UID:schoolcloud-bexleygs-yr11-pe-4471@schoolcloud.co.uk
DTSTAMP:20261101T200000Z
DTSTART:20261112T163000Z
DTEND:20261112T184000Z
SUMMARY:Year 11 Parents' Evening - Ama Mensah (5 appointments)
LOCATION:Bexley Grammar School - video call
DESCRIPTION:16:30 Mr Collins (Maths)\n16:40 Ms Adeyinka (Chemistry)\n17:10
  Mrs Hart (English)\n17:50 Mr Dowd (Physics)\n18:30 Ms Ruiz (Spanish)
END:VEVENT
END:VCALENDAR
""",
        trap="school-parents-evening-appointments",
    ),
    E(
        "mortgage",
        "nbs-appt-3390218-mortgage@nationwide.co.uk",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Nationwide Building Society//Appointments//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:nbs-appt-3390218-mortgage@nationwide.co.uk
DTSTAMP:20260915T120000Z
DTSTART:20260926T093000Z
DTEND:20260926T103000Z
SUMMARY:Mortgage appointment (remortgage review) - Nationwide Bexleyheath
LOCATION:Nationwide\, 134 Broadway\, Bexleyheath DA6 7DE
DESCRIPTION:Please bring: 3 months' payslips\, P60\, photo ID\, proof of ad
 dress. If your employment is due to change please tell your adviser.
ORGANIZER;CN=Nationwide:mailto:appointments@nationwide.co.uk
ATTENDEE;CN=Samuel Mensah;RSVP=TRUE:mailto:sam.mensah.ce@btinternet.com
END:VEVENT
END:VCALENDAR
""",
        trap="bank-mortgage-appointment",
    ),
    E(
        "passport",
        "C4D5E6F7-0819-4A2B-8C3D-4E5F60718293",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.6//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:C4D5E6F7-0819-4A2B-8C3D-4E5F60718293
DTSTAMP:20260930T201000Z
DTSTART:20261016T090000
DTEND:20261016T110000
SUMMARY:Ghana High Commission - passport biometrics (Mum's too?)
LOCATION:13 Belgrave Square\, London SW1X 8PN
DESCRIPTION:Ref GHC/PP/26/10934. Old passport\, 2 photos\, birth cert copy\,
  fee receipt. Take the morning off - tell Simon.
END:VEVENT
END:VCALENDAR
""",
        trap="official-passport-appointment-floating",
        eol="\n",
    ),
    E(
        "family-call",
        "4mw8q2c6v0n3k7xp1bt5rd9hs@google.com",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
"""
        + ACCRA
        + r"""
BEGIN:VEVENT
DTSTART;TZID=Africa/Accra:20260906T160000
DTEND;TZID=Africa/Accra:20260906T170000
RRULE:FREQ=WEEKLY;BYDAY=SU
DTSTAMP:20260901T090000Z
UID:4mw8q2c6v0n3k7xp1bt5rd9hs@google.com
DESCRIPTION:WhatsApp video - Mum\, Auntie Efua\, Kwabena when he's around
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Call home (Accra)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Africa/Accra:20261025T190000
DTEND;TZID=Africa/Accra:20261025T200000
DTSTAMP:20261020T090000Z
UID:4mw8q2c6v0n3k7xp1bt5rd9hs@google.com
RECURRENCE-ID;TZID=Africa/Accra:20261025T160000
DESCRIPTION:Later this week - Mum at church harvest. WhatsApp video
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Call home (Accra) - later
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        trap="recurring-family-call-accra-with-override",
    ),
]
