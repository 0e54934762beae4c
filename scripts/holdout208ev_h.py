"""holdout208 events, part H: job-search side tasks, personal life and more school look-alikes (written blind)."""

from holdout208ev_common import DEN, PHX, neg

EVENTS = [
    neg(
        "recruiter-call",
        r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:f09e8d7c-6b5a-4938-a7b6-c5d4e3f2a1b0@calendly.com
DTSTAMP:20250211T030100Z
DTSTART:20250213T000000Z
DTEND:20250213T003000Z
SUMMARY:Marisol Vega and Greg Pannell
DESCRIPTION:Event Name: 30 Minute Intro - K12 Leadership Talent\n\nLocation
 : Greg will call you.\n\nQuestions:\nWhat roles are you exploring? AP / ins
 tructional coach / district science\nPreferred region: Phoenix metro\n\nPo
 wered by Calendly.com
ORGANIZER;CN=Greg Pannell:mailto:greg@k12leadershiptalent.com
ATTENDEE;CN=Marisol Vega;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marisol.vega.teach@yahoo.com
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
        "f09e8d7c-6b5a-4938-a7b6-c5d4e3f2a1b0@calendly.com",
        "recruiter-intro-no-employer-named",
    ),
    neg(
        "prep-block",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//macOS 15.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250315T023011Z
DTEND;TZID=America/Phoenix:20250317T210000
DTSTAMP:20250315T023145Z
DTSTART;TZID=America/Phoenix:20250317T193000
LAST-MODIFIED:20250315T023145Z
DESCRIPTION:for Chandler panel tmrw: data story (Benchmark 2 -> 3 gains)\, 3
 0-60-90 plan\, PD calendar example\, q's for them. iron blouse. print 4 c
 opies
SEQUENCE:0
SUMMARY:PREP - CUSD panel
TRANSP:OPAQUE
UID:D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70
END:VEVENT
END:VCALENDAR
""",
        "D4E5F6A7-B8C9-4D0E-9F1A-2B3C4D5E6F70",
        "prep-block-before-panel",
    ),
    neg(
        "thank-you-notes",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250311T173000
DTEND:20250311T180000
DTSTAMP:20250311T051212Z
UID:4s6d8f0g2h4j6k8l0z2x4c6v8b@google.com
CREATED:20250311T051212Z
DESCRIPTION:PVSchools panel - Principal Foust + 3 teachers + parent (get n
 ames from sign-in sheet pic). personalize each\, mention the STEM night i
 dea.
LAST-MODIFIED:20250311T051212Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:send thank you emails - PV panel
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
        "4s6d8f0g2h4j6k8l0z2x4c6v8b@google.com",
        "thank-you-reminder-floating",
    ),
    neg(
        "pre-employment-physical",
        r"""BEGIN:VCALENDAR
PRODID:-//Concentra//Patient Scheduling//EN
VERSION:2.0
METHOD:PUBLISH
""" + PHX + r"""BEGIN:VEVENT
UID:concentra-appt-PHX23-77410295
DTSTAMP:20250417T151822Z
DTSTART;TZID=America/Phoenix:20250423T070000
DTEND;TZID=America/Phoenix:20250423T080000
SUMMARY:Concentra Appointment - Pre-Employment Physical + TB Test
DESCRIPTION:Visit reason: Pre-placement exam (employer-authorized)\nAuthori
 zing employer: see authorization form\nBring: photo ID\, authorization for
 m\, list of medications. TB test requires a return visit in 48-72 hours f
 or the reading.
LOCATION:Concentra Urgent Care - Phoenix Sky Harbor\, 1818 E Sky Harbor Cir
ORGANIZER;CN=Concentra:mailto:noreply@concentra.com
END:VEVENT
END:VCALENDAR
""",
        "concentra-appt-PHX23-77410295",
        "pre-employment-medical",
    ),
    neg(
        "dentista",
        r"""BEGIN:VCALENDAR
PRODID:-//Apple Inc.//iPhone OS 18.2//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
CREATED:20250120T032211Z
DTEND;TZID=America/Phoenix:20250222T093000
DTSTAMP:20250120T032240Z
DTSTART;TZID=America/Phoenix:20250222T083000
LAST-MODIFIED:20250120T032240Z
LOCATION:Salinas Family Dentistry
DESCRIPTION:limpieza + revisar la muela de atrás
SEQUENCE:0
SUMMARY:Dentista - Dr. Salinas
TRANSP:OPAQUE
UID:5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9
END:VEVENT
END:VCALENDAR
""",
        "5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9",
        "personal-dentist-spanish",
    ),
    neg(
        "mvd-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//ADOT//AZ MVD Now//EN
VERSION:2.0
BEGIN:VEVENT
UID:azmvdnow-appt-0049917326
DTSTAMP:20250128T044501Z
DTSTART:20250207T200000Z
DTEND:20250207T203000Z
SUMMARY:MVD Appointment - Travel ID
DESCRIPTION:Confirmation #0049917326\nService: Arizona Travel ID\nBring: pro
 of of identity\, SSN\, 2 proofs of Arizona residency.
LOCATION:MVD - Phoenix West\, 4005 N 51st Ave\, Phoenix
END:VEVENT
END:VCALENDAR
""",
        "azmvdnow-appt-0049917326",
        "personal-mvd-appointment",
    ),
    neg(
        "prueba-vestido",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250301T150000
DTEND;TZID=America/Phoenix:20250301T163000
DTSTAMP:20250222T190211Z
ORGANIZER;CN=marisol.vega.teach@yahoo.com:mailto:marisol.vega.teach@yahoo.com
UID:6v8b0n2m4q6w8e0r2t4y6u8i0o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Sofía Vega;X-NUM-GUESTS=0:mailto:sofi.vega09@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Abuela Chela;X-NUM-GUESTS=0:mailto:graciela.vega53@yahoo.com
DESCRIPTION:Segunda prueba del vestido de quince de Sofi. Llevar los zapat
 os y la corona para ver el largo.
LOCATION:Novias Elizabeth\, 3501 W Thomas Rd\, Phoenix
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quince - prueba del vestido (Sofi)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6v8b0n2m4q6w8e0r2t4y6u8i0o@google.com",
        "personal-quinceanera-dress-fitting",
    ),
    neg(
        "junta-salon",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250329T110000
DTEND;TZID=America/Phoenix:20250329T123000
DTSTAMP:20250320T040012Z
UID:8i0o2p4a6s8d0f2g4h6j8k0l2z@google.com
CREATED:20250320T040012Z
DESCRIPTION:Walkthrough del salón + junta con el DJ (Sonido Fuego) y la ch
 ica de las flores. Llevar el cheque del 2do pago ($1\,500). Preguntar: hora
  del vals\, chambelanes\, menú para 180.
LAST-MODIFIED:20250320T040012Z
LOCATION:Salón Las Palmas\, Glendale
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Quince - salón + DJ
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8i0o2p4a6s8d0f2g4h6j8k0l2z@google.com",
        "personal-quinceanera-vendor-meeting",
    ),
    neg(
        "platica-parroquia",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250302T120000
DTEND;TZID=America/Phoenix:20250302T130000
RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=SU
DTSTAMP:20250214T035512Z
UID:0z2x4c6v8b0n2m4q6w8e0r2t4y@google.com
CREATED:20250214T035512Z
DESCRIPTION:Pláticas de preparación para la misa de quince años - Sofi + pa
 pás. Después de la misa de 10:30.
LAST-MODIFIED:20250214T035512Z
LOCATION:Parroquia San Francisco Xavier - salón parroquial
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pláticas quinceañera - parroquia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0z2x4c6v8b0n2m4q6w8e0r2t4y@google.com",
        "personal-church-recurring-spanish",
    ),
    neg(
        "pd-training",
        r"""BEGIN:VCALENDAR
PRODID:-//Frontline Technologies//Professional Growth//EN
VERSION:2.0
METHOD:PUBLISH
""" + PHX + r"""BEGIN:VEVENT
UID:frontline-pg-dvusd-section-22871
DTSTAMP:20250115T201011Z
DTSTART;TZID=America/Phoenix:20250124T080000
DTEND;TZID=America/Phoenix:20250124T150000
SUMMARY:OpenSciEd Unit 7.4 Launch - Teacher Professional Learning (Day 1)
DESCRIPTION:Course: OSE 7.4 Chemical Reactions - Launch PL\nSection: 22871\n
 Credit: 6 clock hours\nFacilitator: Renee Castillo\, District Science TOSA\n
 Sub coverage is provided. Bring a laptop.
LOCATION:DVUSD Professional Learning Center - Rm 3
ORGANIZER;CN=Frontline Professional Growth:mailto:noreply@frontlineeducation.com
END:VEVENT
END:VCALENDAR
""",
        "frontline-pg-dvusd-section-22871",
        "frontline-pd-registration-not-recruiting",
    ),
    neg(
        "coaching-debrief",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250226T134000
DTEND;TZID=America/Phoenix:20250226T142000
DTSTAMP:20250220T171233Z
ORGANIZER;CN=Renee Castillo:mailto:rcastillo@dvusd.org
UID:2t4y6u8i0o2p4a6s8d0f2g4h6j@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Renee Castillo;X-NUM-GUESTS=0:mailto:rcastillo@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Coaching cycle #2 - debrief of Tuesday's observation (student d
 iscourse / CER). Bring student work samples.
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coaching cycle debrief - Marisol / Renee
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "2t4y6u8i0o2p4a6s8d0f2g4h6j@google.com",
        "coaching-cycle-user-is-coachee",
    ),
    neg(
        "model-lesson",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250304T094500
DTEND;TZID=America/Phoenix:20250304T103500
DTSTAMP:20250225T213340Z
ORGANIZER;CN=Renee Castillo:mailto:rcastillo@dvusd.org
UID:4h6j8k0l2z4x6c8v0b2n4m6q8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=New Teacher Induction Cohort;X-NUM-GUESTS=0:mailto:nti-cohort-2024@dvu
 sd.org
DESCRIPTION:Demo lesson for the New Teacher Induction cohort - first-year t
 eachers observe Marisol's P3 (7th gr\, thermal energy lab)\, then 20-min
  debrief with Renee. Observers sit at the back tables.
LOCATION:Rm 214
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Model lesson - NTI observation (Vega P3)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "4h6j8k0l2z4x6c8v0b2n4m6q8w@google.com",
        "model-demo-lesson-for-new-teachers",
    ),
    neg(
        "superintendent-coffee",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + PHX + r"""BEGIN:VEVENT
DTSTART;TZID=America/Phoenix:20250312T163000
DTEND;TZID=America/Phoenix:20250312T173000
DTSTAMP:20250303T180015Z
ORGANIZER;CN=Office of the Superintendent:mailto:superintendent@dvusd.org
UID:6q8w0e2r4t6y8u0i2o4p6a8s0d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Coffee with the Superintendent - Teacher Leader Roundtable. Dr.
  Whitney Alvord would like to hear from department leads about retention\,
  PLC time and the 25-26 calendar. Light refreshments.
LOCATION:DVUSD District Office - Board Room
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Coffee with the Superintendent - Teacher Leaders
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "6q8w0e2r4t6y8u0i2o4p6a8s0d@google.com",
        "own-district-superintendent-roundtable",
    ),
    neg(
        "certification-exam",
        r"""BEGIN:VCALENDAR
PRODID:-//Pearson VUE//Appointment//EN
VERSION:2.0
BEGIN:VEVENT
UID:pvue-NES-AZ-312847756
DTSTAMP:20250108T023300Z
DTSTART:20250125T160000Z
DTEND:20250125T201500Z
SUMMARY:NES Arizona: Educational Leadership (Principal) - Subtest I & II
DESCRIPTION:Registration ID: 312847756\nArrive 15 minutes early with two f
 orms of ID. Personal items must be stored in a locker.
LOCATION:Pearson Professional Centers-Phoenix AZ\, 2999 N 44th St Ste 240
END:VEVENT
END:VCALENDAR
""",
        "pvue-NES-AZ-312847756",
        "admin-certification-exam",
    ),
    neg(
        "data-dive",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
X-WR-TIMEZONE:America/Phoenix
BEGIN:VEVENT
DTSTART:20250114T220000Z
DTEND:20250115T000000Z
DTSTAMP:20250107T191100Z
ORGANIZER;CN=Curriculum & Assessment:mailto:assessment@dvusd.org
UID:8s0d2f4g6h8j0k2l4z6x8c0v2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:Department leads: AASA Science 2024 results deep dive. We will
  analyze item-level data by standard and draft school science goals for t
 he CIP. Bring a laptop.
LOCATION:DVUSD District Office - Training Rm B
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:AASA Science Data Dive - Dept Leads
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "8s0d2f4g6h8j0k2l4z6x8c0v2b@google.com",
        "data-analysis-workshop-like-performance-task",
    ),
    neg(
        "stay-interview",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + DEN + r"""BEGIN:VEVENT
DTSTART;TZID=America/Denver:20250507T163000
DTEND;TZID=America/Denver:20250507T170000
DTSTAMP:20250430T150911Z
ORGANIZER;CN=Andrea Hughes:mailto:ahughes@dvusd.org
UID:0v2b4n6m8q0w2e4r6t8y0u2i4o@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marisol Vega;X-NUM-GUESTS=0:mailto:mvega@dvusd.org
DESCRIPTION:DVUSD Stay Interview (retention initiative). 30-minute conversa
 tion about what keeps you here\, what might lure you away and what suppor
 t you need. Your responses are shared with HR in aggregate only.
LOCATION:Principal's office
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Stay Interview - M. Vega
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "0v2b4n6m8q0w2e4r6t8y0u2i4o@google.com",
        "own-stay-interview-current-employer",
    ),
]
