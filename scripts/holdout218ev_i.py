# ruff: noqa: E501
"""holdout218 events, part i: research, surveys, personal life and the end of the Match."""

from holdout218ev_tz import BER, CHI, NY, WIN_EST, neg

EVENTS = [
    neg("research-interviews", "6d2h8l4p0t6x2b8f4j0n6r2v8z@google.com",
        "qualitative-research-interviews-with-patients",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:hannah.lindqvist@osumc.edu
X-WR-TIMEZONE:America/New_York
BEGIN:VEVENT
DTSTART:20250924T140000Z
DTEND:20250924T160000Z
DTSTAMP:20250922T121212Z
UID:6d2h8l4p0t6x2b8f4j0n6r2v8z@google.com
DESCRIPTION:Readmissions study (IRB 2024H0312) - semi-structured interview
 s w/ participants P07 + P08 (discharged CHF pts)\, phone\, audio recorde
 d. consent script v3\, interview guide v2. upload to OneDrive after\, NO
  names in file titles
LOCATION:Ferris lab office\, Doan 1108
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Study interviews P07/P08
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("entrevue-recherche", "c1e3a5b7-9d0f-4a2c-8e4b-6d8f0a2c4e61@mcgill.ca",
        "french-research-interview-user-is-study-participant",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:c1e3a5b7-9d0f-4a2c-8e4b-6d8f0a2c4e61@mcgill.ca
DTSTAMP:20260119T151001Z
DTSTART:20260128T220000Z
DTEND:20260128T224500Z
SUMMARY;LANGUAGE=fr-CA:Entrevue de recherche - étude sur le jumelage résidence (participante 14)
ORGANIZER;CN="Gagnon, Élodie":mailto:elodie.gagnon@mail.mcgill.ca
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
DESCRIPTION;LANGUAGE=fr-CA:Bonjour Hannah\,\n\nMerci d'avoir accepté de participer à notre étude qualitative sur l'expérience des candidat·e·s qui postulent à la fois au NRMP et au CaRMS. L'entrevue semi-dirigée durera environ 45 minutes\, en anglais ou en français selon votre préférence\, et sera enregistrée (audio seulement). Une carte-cadeau de 30 $ vous sera remise.\n\nLien Zoom : https://mcgill.zoom.us/j/83310277456\n\nÉlodie Gagnon\, M.Sc.\nCoordonnatrice de recherche\, Département de médecine\, Université McGill\n
LOCATION;LANGUAGE=fr-CA:Zoom
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("survey", "nrmp-survey-2026-applicant@nrmp.org",
        "nrmp-applicant-survey-reminder",
        r"""BEGIN:VCALENDAR
PRODID:-//NRMP//Applicant Survey Reminder//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:nrmp-survey-2026-applicant@nrmp.org
DTSTAMP:20260211T140000Z
DTSTART;VALUE=DATE:20260225
DTEND;VALUE=DATE:20260226
SUMMARY:Reminder: NRMP Applicant Survey closes
DESCRIPTION:Tell us about your interview and ranking experience. The NRMP
  Applicant Survey takes 15-20 minutes. Individual responses are confiden
 tial and never shared with programs.\nhttps://survey.nrmp.org/2026/appli
 cant
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
"""),
    neg("brothers-wedding", "4q0u6y2c8g4k0o6s2w8a4e0i6m@google.com",
        "brothers-wedding-multi-day-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lindqvist family
X-WR-TIMEZONE:America/Chicago
BEGIN:VEVENT
DTSTART;VALUE=DATE:20251010
DTEND;VALUE=DATE:20251013
DTSTAMP:20250403T191122Z
UID:4q0u6y2c8g4k0o6s2w8a4e0i6m@google.com
DESCRIPTION:Erik & Maja's wedding!! Fri rehearsal dinner 6pm\, Sat ceremon
 y 3pm at Lake Harriet Bandshell\, reception Nicollet Island Pavilion. Han
 nah = reading + toast. Flights CMH-MSP Thu night
LOCATION:Minneapolis\, MN
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Erik + Maja wedding weekend
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("dentist", "9E1C3A5F-7D2B-4F8E-A0C6-4B2D0F8E6A17",
        "dentist-appointment",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
""" + NY + r"""BEGIN:VEVENT
CREATED:20250801T150122Z
DTSTART;TZID=America/New_York:20251222T083000
DTEND;TZID=America/New_York:20251222T093000
DTSTAMP:20250801T150140Z
SUMMARY:Dentist - cleaning
LOCATION:Clintonville Family Dental\, 3520 N High St
DESCRIPTION:Dr. Amos. ask abt night guard
UID:9E1C3A5F-7D2B-4F8E-A0C6-4B2D0F8E6A17
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("bmv", "ohbmv-appt-ZK4471920@bmv.ohio.gov",
        "bmv-license-renewal-appointment",
        r"""BEGIN:VCALENDAR
PRODID:-//Ohio BMV//Appointment Scheduler//EN
VERSION:2.0
METHOD:PUBLISH
""" + NY + r"""BEGIN:VEVENT
UID:ohbmv-appt-ZK4471920@bmv.ohio.gov
DTSTAMP:20251030T221501Z
DTSTART;TZID=America/New_York:20251107T091500
DTEND;TZID=America/New_York:20251107T093000
SUMMARY:Ohio BMV Appointment - Driver License Renewal (REAL ID)
LOCATION:Columbus North Deputy Registrar\, 1583 Alum Creek Dr
DESCRIPTION:Confirmation: ZK4471920\nService: Driver License/ID Renewal - REAL ID\nBring: current license\, proof of SSN\, 2 proofs of Ohio address\, proof of legal presence.
END:VEVENT
END:VCALENDAR
"""),
    neg("running-club", "2g8m4s0y6e2k8q4w0c6i2o8u4a@google.com",
        "running-club-recurring-with-override",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20250903T180000
DTEND;TZID=America/New_York:20250903T193000
RRULE:FREQ=WEEKLY;BYDAY=WE
DTSTAMP:20250901T010101Z
UID:2g8m4s0y6e2k8q4w0c6i2o8u4a@google.com
DESCRIPTION:Olentangy Trail Runners - Wed tempo. meet at Lennox trailhead.
  6mi-ish
LOCATION:Olentangy Trail @ Lennox
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:running club
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251119T173000
DTEND;TZID=America/New_York:20251119T190000
DTSTAMP:20251117T234500Z
UID:2g8m4s0y6e2k8q4w0c6i2o8u4a@google.com
RECURRENCE-ID;TZID=America/New_York:20251119T180000
DESCRIPTION:Turkey Trot tune-up + potluck after at Pam's
LOCATION:Whetstone Park
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:running club (early - potluck)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("flight", "UA-KVX8Q3-20251208-CMHBOS@united.com",
        "travel-flight-to-interview-city",
        r"""BEGIN:VCALENDAR
PRODID:-//United Airlines//Trip Itinerary//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:UA-KVX8Q3-20251208-CMHBOS@united.com
DTSTAMP:20251112T004410Z
DTSTART:20251208T153000Z
DTEND:20251208T171000Z
SUMMARY:Flight UA 2214 Columbus (CMH) to Boston (BOS)
DESCRIPTION:Confirmation number: KVX8Q3\nPassenger: HANNAH LINDQVIST\nUA 2214 departs CMH 10:30 AM\, arrives BOS 12:10 PM\nSeat 14C - Economy\n\nManage your trip at united.com
LOCATION:John Glenn Columbus International Airport (CMH)
END:VEVENT
END:VCALENDAR
"""),
    neg("mi-workshop", "040000008200E00074C5B7101A82E00800000000E7F8091A2B2ADC010000000000000000100000001357924680ACEBDF1357924680ACEBDF",
        "motivational-interviewing-workshop-clinical-skill",
        r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + WIN_EST + r"""BEGIN:VEVENT
ORGANIZER;CN="Fenn, Laura":mailto:Laura.Fenn@osumc.edu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="M4 Class 2026":mailto:COM-M4-2026@osumc.edu
DESCRIPTION;LANGUAGE=en-US:Advanced Clinical Skills: Motivational Interviewing for Behavior Change\n\nOARS\, change talk\, and practice rounds with standardized patients (tobacco\, alcohol\, medication adherence). Attendance required for the Transition to Residency course.\n
UID:040000008200E00074C5B7101A82E00800000000E7F8091A2B2ADC010000000000000000100000001357924680ACEBDF1357924680ACEBDF
SUMMARY;LANGUAGE=en-US:TTR: Motivational Interviewing workshop
DTSTART;TZID=Eastern Standard Time:20260304T130000
DTEND;TZID=Eastern Standard Time:20260304T160000
DTSTAMP:20260115T160000Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Prior Hall 1050
END:VEVENT
END:VCALENDAR
"""),
    neg("telefonat-mentorin", "4A6C8E0B-2D4F-4A1C-9E3B-5D7F9A1C3E52",
        "german-call-with-former-research-mentor-about-paper",
        r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
""" + BER + r"""BEGIN:VEVENT
CREATED:20251119T212201Z
DTSTART;TZID=Europe/Berlin:20251126T170000
DTEND;TZID=Europe/Berlin:20251126T174500
DTSTAMP:20251119T212230Z
SUMMARY:Telefonat Dr. Becker - Revision Paper (JAHA)
DESCRIPTION:Reviewer 2 Kommentare durchgehen\, Abb. 3 neu\, wer schreibt
  Response Letter? Zeitverschiebung! 11:00 hier
UID:4A6C8E0B-2D4F-4A1C-9E3B-5D7F9A1C3E52
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""),
    neg("clase-espanol", "8h4n0t6z2f8l4r0x6d2j8p4v0b@google.com",
        "medical-spanish-class-spanish",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + NY + r"""BEGIN:VEVENT
DTSTART;TZID=America/New_York:20251006T180000
DTEND;TZID=America/New_York:20251006T193000
RRULE:FREQ=WEEKLY;COUNT=8;BYDAY=MO
DTSTAMP:20250929T140022Z
ORGANIZER;CN=Prof. Inés Villalobos:mailto:villalobos.22@osu.edu
UID:8h4n0t6z2f8l4r0x6d2j8p4v0b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=hannah
 .lindqvist.md@gmail.com;X-NUM-GUESTS=0:mailto:hannah.lindqvist.md@gmail.co
 m
DESCRIPTION:Español médico para estudiantes de medicina (nivel intermedio)
 . Esta semana: la entrevista clínica - historia de la enfermedad actual\,
  antecedentes\, práctica en parejas con casos simulados.
LOCATION:Hagerty Hall 180
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Clase: Español médico
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
    neg("match-day", "nrmp-matchday-2026@osumc.edu",
        "match-day-ceremony-all-day",
        r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:nrmp-matchday-2026@osumc.edu
DTSTAMP:20260105T150000Z
DTSTART;VALUE=DATE:20260320
DTEND;VALUE=DATE:20260321
SUMMARY:MATCH DAY 2026
DESCRIPTION:Envelopes at noon ET\, Ohio Union Archie Griffin Ballroom. Families welcome. Results released by NRMP at 12:00 PM ET.
LOCATION:Ohio Union
TRANSP:TRANSPARENT
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
"""),
    neg("rank-list-meeting", "5j1p7v3b9h5n1t7z3f9l5r1x7d@google.com",
        "rank-order-list-review-with-advisor",
        r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + CHI + r"""BEGIN:VEVENT
DTSTART;TZID=America/Chicago:20260217T110000
DTEND;TZID=America/Chicago:20260217T114500
DTSTAMP:20260210T170010Z
ORGANIZER;CN=Hannah Lindqvist:mailto:hannah.lindqvist.md@gmail.com
UID:5j1p7v3b9h5n1t7z3f9l5r1x7d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Teresa
  Sandoval;X-NUM-GUESTS=0:mailto:teresa.sandoval@osumc.edu
DESCRIPTION:ROL review w/ Dr. Sandoval before certify deadline (3/4). Bring
  spreadsheet: 22 programs\, gut ranking vs. weighted. (at Erik's in Mpls
  that week - Central time!)
LOCATION:Zoom
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Rank list meeting - Dr. Sandoval
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""),
]
