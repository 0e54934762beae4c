# ruff: noqa: E501, W291, W293, RUF100
"""holdout272 events, part f: other negatives (family and personal, other-language appointments, work meetings)."""

from holdout272ev_zones import PACIFIC_SA_WIN, PACIFIC_WIN, THUNDERBIRD_VANCOUVER, VANCOUVER, VANCOUVER_APPLE


def _neg(kind, uid, trap, ics):
    return dict(
        kind=kind, uid=uid, is_interview=0, company="", role="", stage="", interviewers="", trap=trap,
        hiring=trap.startswith("user-as-interviewer-"), ics=ics,
    )


EVENTS = [
    _neg(
        "family-calendar-daughter-interview",
        "2a4s6d8f0g2h4j6k8l0z2x4c6v@google.com",
        "daughter-job-interview-family-calendar",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Whitecloud Family
X-WR-TIMEZONE:America/Vancouver
X-WR-CALDESC:Kara\, Owen\, Ella\, Sam
BEGIN:VEVENT
DTSTART:20260311T233000Z
DTEND:20260312T001500Z
DTSTAMP:20260320T150000Z
UID:2a4s6d8f0g2h4j6k8l0z2x4c6v@google.com
CREATED:20260309T023011Z
DESCRIPTION:Ella's job interview at Dairy Queen (Hart Hwy). Owen drives\, 
 wait in the truck. She needs her SIN number.
LAST-MODIFIED:20260309T023011Z
LOCATION:Dairy Queen\, Hart Hwy
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Ella - interview @ DQ 4:30
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "family-calendar-son-admissions",
        "3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com",
        "son-program-admissions-interview-at-prospective-employer-school",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Whitecloud Family
X-WR-TIMEZONE:America/Vancouver
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260408T153000
DTEND;TZID=America/Vancouver:20260408T161500
DTSTAMP:20260410T150000Z
UID:3s5d7f9g1h3j5k7l9z1x3c5v7b@google.com
CREATED:20260325T191122Z
DESCRIPTION:Sam's admission interview for the Forest Technology diploma (N
 ew Caledonia Polytechnic). Parents welcome to wait in the atrium.
LAST-MODIFIED:20260325T191122Z
LOCATION:New Caledonia Polytechnic\, Admissions Office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Sam - NCP Forest Tech admissions interview
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "nexus-enrolment-interview",
        "cbsa-nexus-appt-2026-05-23-0944@goes.example.gov",
        "nexus-trusted-traveller-interview",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Trusted Traveler Programs//Appointment//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cbsa-nexus-appt-2026-05-23-0944@goes.example.gov
DTSTAMP:20260402T171100Z
DTSTART:20260523T164500Z
DTEND:20260523T171500Z
SUMMARY:NEXUS Interview - Vancouver International Airport Enrollment Centr
 e
DESCRIPTION:Your interview for NEXUS membership is scheduled. Bring your va
 lid passport\, a second ID (driver's licence)\, and proof of residence. Th
 e interview is conducted jointly by CBSA and U.S. CBP officers.
LOCATION:NEXUS Enrollment Centre\, YVR Main Terminal\, Richmond\, BC
STATUS:CONFIRMED
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "spanish-host-family-entrevista",
        "intercambio-andes-canada-2026-whitecloud@intercambioandes.example.cl",
        "spanish-entrevista-host-family-exchange-program",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:Microsoft Exchange Server 2010
METHOD:REQUEST
{PACIFIC_SA_WIN}
BEGIN:VEVENT
UID:intercambio-andes-canada-2026-whitecloud@intercambioandes.example.cl
DTSTAMP:20260408T220000Z
DTSTART;TZID=Pacific SA Standard Time:20260416T190000
DTEND;TZID=Pacific SA Standard Time:20260416T200000
SUMMARY:Entrevista familia anfitriona - Programa de Intercambio Andes-Canad
 á (familia Whitecloud)
ORGANIZER;CN=Programa de Intercambio Andes-Canadá:mailto:familias@intercamb
 ioandes.example.cl
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.whi
 tecloud@shaw.ca
ATTENDEE;CN=Kara Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:karawhite
 cloud@shaw.ca
DESCRIPTION:Estimada familia Whitecloud:\n\nGracias por postular como famil
 ia anfitriona para un estudiante chileno (agosto 2026 - junio 2027). La e
 ntrevista por videollamada dura aprox. una hora y participan todos los mi
 embros del hogar. La realizaremos en inglés.\n\nDear Whitecloud family\, 
 thank you for applying to host a Chilean exchange student. The video inte
 rview takes about an hour\; all household members should attend. (16:00 
 Pacific)\n\nZoom: https://us04web.zoom.us/j/77501182236
LOCATION:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "french-parent-teacher-entretien",
        "rdv-ecole-2026-03-ella-whitecloud@ecole-immersion.example.ca",
        "french-entretien-parent-teacher",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
METHOD:REQUEST
{THUNDERBIRD_VANCOUVER}
BEGIN:VEVENT
UID:rdv-ecole-2026-03-ella-whitecloud@ecole-immersion.example.ca
DTSTAMP:20260310T031500Z
DTSTART;TZID=America/Vancouver:20260319T171500
DTEND;TZID=America/Vancouver:20260319T173000
SUMMARY:Entretien parent-enseignant - Ella Whitecloud (10e année)
ORGANIZER;CN=Mme Isabelle Caron:mailto:icaron@ecole-immersion.example.ca
ATTENDEE;CN=Owen Whitecloud;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:owen.whi
 tecloud@shaw.ca
DESCRIPTION:Bonjour M. Whitecloud\,\n\nVoici la confirmation de votre entret
 ien parent-enseignant (15 minutes) avec Mme Caron\, titulaire de français
  langue seconde - immersion. / This confirms your 15-minute parent-teache
 r conference.\n\nSalle 112
LOCATION:Salle 112 - École secondaire d'immersion
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-stay-interview",
        "040000008200E00074C5B7101A82E0080000000081CF6183A4D6DC01000000000000000010000000D7D8D9E0E1E2E3E4E5E6E7E8E9F0F1F2",
        "stay-interview-retention-with-own-manager",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Gr
 ant":mailto:glindqvist@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Hi Owen\, as part of our retention program we're
  holding "stay interviews" with senior professionals: what keeps you here
 \, what might tempt you away\, and what we could change. Grant will lead\, 
 I'll take notes. This is not a performance review.\n\nShauna
UID:040000008200E00074C5B7101A82E0080000000081CF6183A4D6DC0100000000000000
 0010000000D7D8D9E0E1E2E3E4E5E6E7E8E9F0F1F2
SUMMARY;LANGUAGE=en-US:Stay interview - Owen Whitecloud
DTSTART;TZID=Pacific Standard Time:20260505T100000
DTEND;TZID=Pacific Standard Time:20260505T104500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20260428T181200Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Fraser Room
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "outlook-wildfire-service-preseason",
        "040000008200E00074C5B7101A82E0080000000092D07294B5E7DC01000000000000000010000000F3F4F5F6F7F8F9A1A2A3A4A5A6A7A8A9",
        "prospective-employer-name-in-licensee-preseason-meeting",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Halvorsen, Erik WLRS:EX":mailto:erik.halvorsen@gov.bc.example
 .ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Licensee Fire
  Contacts - PGFC":mailto:pgfc-licensees@gov.bc.example.ca
DESCRIPTION;LANGUAGE=en-US:BC Wildfire Service - Prince George Fire Centre 
 annual pre-season meeting with licensees: 2026 outlook\, industrial fire 
 crew requirements\, fire danger class reporting\, camp restrictions\, cont
 act lists. One representative per licensee please.
UID:040000008200E00074C5B7101A82E0080000000092D07294B5E7DC0100000000000000
 0010000000F3F4F5F6F7F8F9A1A2A3A4A5A6A7A8A9
SUMMARY;LANGUAGE=en-US:BCWS PGFC - Licensee Pre-Season Meeting 2026
DTSTART;TZID=Pacific Standard Time:20260422T090000
DTEND;TZID=Pacific Standard Time:20260422T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260325T161500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Prince George Fire Centre\, Airport Rd
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "recurring-weekly-checkin-override",
        "040000008200E00074C5B7101A82E00800000000A3E18305C6F8DC01000000000000000010000000B1B2B3B4B5B6B7B8B9C1C2C3C4C5C6C7",
        "recurring-planning-meeting-recurrence-id-override",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Korolenko, Da
 n":mailto:dkorolenko@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Meg
 an":mailto:maubichon@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Weekly planning check-in: referrals status\, lay
 out progress\, road permits\, silviculture obligations.
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T160000Z
UID:040000008200E00074C5B7101A82E00800000000A3E18305C6F8DC0100000000000000
 0010000000B1B2B3B4B5B6B7B8B9C1C2C3C4C5C6C7
SUMMARY;LANGUAGE=en-US:Planning team check-in
DTSTART;TZID=Pacific Standard Time:20260105T083000
DTEND;TZID=Pacific Standard Time:20260105T090000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251218T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Owen's office / Teams
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Whitecloud, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Korolenko, Da
 n":mailto:dkorolenko@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Aubichon, Meg
 an":mailto:maubichon@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Moved to Tuesday afternoon - Owen out Monday mor
 ning.
RECURRENCE-ID;TZID=Pacific Standard Time:20260202T083000
UID:040000008200E00074C5B7101A82E00800000000A3E18305C6F8DC0100000000000000
 0010000000B1B2B3B4B5B6B7B8B9C1C2C3C4C5C6C7
SUMMARY;LANGUAGE=en-US:Planning team check-in
DTSTART;TZID=Pacific Standard Time:20260203T153000
DTEND;TZID=Pacific Standard Time:20260203T160000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260128T201500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=en-US:Owen's office / Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "layout-review-panel-creek",
        "040000008200E00074C5B7101A82E00800000000B4F29416D709DC01000000000000000010000000C8C9D1D2D3D4D5D6D7D8D9E1E2E3E4E5",
        "place-name-panel-creek-layout-review",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Korolenko, Dan":mailto:dkorolenko@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Northline 
 Layout Ltd.":mailto:office@northlinelayout.example.ca
DESCRIPTION;LANGUAGE=en-US:Final layout review with the contractor for the 
 Panel Creek blocks (PC-01 to PC-04) before site plans are signed. Bring t
 he riparian assessment and the partial-cut prescription for PC-03.
UID:040000008200E00074C5B7101A82E00800000000B4F29416D709DC0100000000000000
 0010000000C8C9D1D2D3D4D5D6D7D8D9E1E2E3E4E5
SUMMARY;LANGUAGE=en-US:Panel Creek - layout review
DTSTART;TZID=Pacific Standard Time:20260415T090000
DTEND;TZID=Pacific Standard Time:20260415T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T151500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Fraser Room
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "hr-training-interviewing-course",
        "040000008200E00074C5B7101A82E00800000000C5A3A527E81ADC01000000000000000010000000E6E7E8E9F1F2F3F4F5F6F7F8F9A1B1C1",
        "training-course-behavioural-interviewing-for-supervisors",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Petrie, Shauna":mailto:spetrie@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Supervisors -
  Woodlands":mailto:woodlands-supervisors@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Half-day workshop for anyone who sits on hiring 
 panels: writing behavioural interview questions\, scoring guides\, bias\, 
 human rights code basics\, and what you can't ask a candidate. Facilitat
 or: Pine Street HR Consulting.
UID:040000008200E00074C5B7101A82E00800000000C5A3A527E81ADC0100000000000000
 0010000000E6E7E8E9F1F2F3F4F5F6F7F8F9A1B1C1
SUMMARY;LANGUAGE=en-US:Training: Behavioural Interviewing for Supervisors
DTSTART;TZID=Pacific Standard Time:20260205T080000
DTEND;TZID=Pacific Standard Time:20260205T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260115T180000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Training Room
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "contractor-prework-prospective-employer",
        "040000008200E00074C5B7101A82E00800000000D6B4B638F92BDC01000000000000000010000000D1E1F1A2B2C2D2E2F2A3B3C3D3E3F3A4",
        "contractor-prework-with-company-user-applied-to",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Aubichon, Megan":mailto:maubichon@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Jim Koehler:ma
 ilto:jimkoehler.silv@hotmail.com
DESCRIPTION;LANGUAGE=en-US:Pre-work meeting - 2026 planting contract NT-PL
 -26-02 with Blackwater Silviculture Ltd.: stock delivery schedule\, cooler
  sites\, quality standards\, bear protocol\, emergency response plan\, WorkS
 afeBC notice of project.
UID:040000008200E00074C5B7101A82E00800000000D6B4B638F92BDC0100000000000000
 0010000000D1E1F1A2B2C2D2E2F2A3B3C3D3E3F3A4
SUMMARY;LANGUAGE=en-US:Pre-work - Blackwater Silviculture - planting NT-PL-2
 6-02
DTSTART;TZID=Pacific Standard Time:20260428T130000
DTEND;TZID=Pacific Standard Time:20260428T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260414T165500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:PG Office - Nechako Boardroom
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "dentist-appointment",
        "D7E9F1A3-5B6C-4D7E-8F9A-0B1C2D3E4F55",
        "personal-dentist-appointment",
        rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 17.6.1//EN
CALSCALE:GREGORIAN
{VANCOUVER_APPLE}
BEGIN:VEVENT
CREATED:20251120T190000Z
DTSTAMP:20251120T190004Z
LAST-MODIFIED:20251120T190004Z
UID:D7E9F1A3-5B6C-4D7E-8F9A-0B1C2D3E4F55
DTSTART;TZID=America/Vancouver:20260116T150000
DTEND;TZID=America/Vancouver:20260116T160000
SUMMARY:Dentist - Dr. Gill
LOCATION:Spruce City Dental
SEQUENCE:0
TRANSP:OPAQUE
BEGIN:VALARM
UID:8A0C2E4B-6D8F-4A1C-9E3B-5D7F9A1C3E77
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "traditional-use-study-interview",
        "040000008200E00074C5B7101A82E00800000000E7C5C749A03CDC01000000000000000010000000A5B5C5D5E5F5A6B6C6D6E6F6A7B7C7D7",
        "traditional-use-study-elder-interview",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Thomas, Rena":mailto:rthomas@tsakweh.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Traditional use study - interview session with 
 Elder Margaret Joseph about berry picking and trapping areas in CP 412. O
 wen attends as the licensee observer (no recording\, no notes unless the 
 Elder agrees). Honorarium provided by Nechako Timber.
UID:040000008200E00074C5B7101A82E00800000000E7C5C749A03CDC0100000000000000
 0010000000A5B5C5D5E5F5A6B6C6D6E6F6A7B7C7D7
SUMMARY;LANGUAGE=en-US:TUS interview - Elder session (CP 412)
DTSTART;TZID=Pacific Standard Time:20260318T100000
DTEND;TZID=Pacific Standard Time:20260318T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260309T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Tsa'Kweh Elders' Centre
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "family-calendar-spouse-interview",
        "4d6f8g0h2j4k6l8z0x2c4v6b8n@google.com",
        "spouse-second-interview-family-calendar",
        rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Whitecloud Family
X-WR-TIMEZONE:America/Vancouver
{VANCOUVER}
BEGIN:VEVENT
DTSTART;TZID=America/Vancouver:20260226T090000
DTEND;TZID=America/Vancouver:20260226T103000
DTSTAMP:20260301T150000Z
UID:4d6f8g0h2j4k6l8z0x2c4v6b8n@google.com
CREATED:20260220T052233Z
DESCRIPTION:Kara - 2nd interview\, Clinical Nurse Educator at Northern Inter
 ior Health. Owen does school drop-off.
LAST-MODIFIED:20260220T052233Z
LOCATION:NIH admin building\, 1475 Edmonton St
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kara - 2nd interview (NIH)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    _neg(
        "fibre-trade-meeting-prospective-employer",
        "040000008200E00074C5B7101A82E00800000000F8D6D85AB14DDC01000000000000000010000000E8F8A9B9C9D9E9F9AABACADAEAFA0B1B",
        "work-meeting-with-company-user-interviewed-at",
        rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{PACIFIC_WIN}
BEGIN:VEVENT
ORGANIZER;CN="Mendes, Carla":mailto:cmendes@cariboointerior.example.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Whiteclou
 d, Owen":mailto:owhitecloud@nechakotimber.example.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cole, Marissa
 ":mailto:mcole@nechakotimber.example.ca
DESCRIPTION;LANGUAGE=en-US:Log trade / fibre swap discussion between Cariboo
  Interior Timber and Nechako Timber for Q3: pulp logs from the Kluskus sal
 vage vs. sawlogs from Quesnel\, hauling rates\, scale sites.
UID:040000008200E00074C5B7101A82E00800000000F8D6D85AB14DDC0100000000000000
 0010000000E8F8A9B9C9D9E9F9AABACADAEAFA0B1B
SUMMARY;LANGUAGE=en-US:CIT / NTL log trade - Q3
DTSTART;TZID=Pacific Standard Time:20260512T130000
DTEND;TZID=Pacific Standard Time:20260512T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260505T160000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
END:VEVENT
END:VCALENDAR
""",
    ),
]
