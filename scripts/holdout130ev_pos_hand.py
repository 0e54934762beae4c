"""holdout130: the user's own interviews as she types them herself (terse Spanish, floating times, all-day,
X-WR-TIMEZONE exports, a recurring hold with an override) and a few more invites of other shapes."""

from holdout130ev_ics import APPLE, GOOGLE, IOS, OUTLOOK, THUNDERBIRD, cal, item

XWR = ("X-WR-CALNAME:paula.andrade.epi@hotmail.com", "X-WR-TIMEZONE:America/Guayaquil")

EVENTS = [
    item("hand-ios-floating-es", cal(r"""
        UID:E1C2A3B4-5D6E-4F70-8192-A3B4C5D6E7F8
        DTSTART:20251119T170000
        DTEND:20251119T180000
        SUMMARY:Entrevista ACR Lima - técnica
        DESCRIPTION:coordinadora de estudios epidemiológicos. repasar SAS y diseño caso-control
        CREATED:20251112T031500Z
        """, IOS, method=None), 1, "Andes Clinical Research",
        "coordinadora de estudios epidemiológicos", "technical", "",
        "hand-ios-floating-acronym-es"),

    item("hand-google-terse-es", cal(r"""
        DTSTART:20251126T210000Z
        DTEND:20251126T214500Z
        UID:4kq0e9b8n7m6l5j4h3g2f1d0s9@google.com
        SUMMARY:entrev. Salud Andina 2da
        DESCRIPTION:con Gabriela y el director de programas
        STATUS:CONFIRMED
        TRANSP:OPAQUE
        """, GOOGLE, method=None, head=XWR), 1, "Fundación Salud Andina", "", "", "Gabriela", "hand-terse-xwr-es"),

    item("hand-rrhh-es", cal(r"""
        DTSTART;TZID=America/Guayaquil:20251104T123000
        DTEND;TZID=America/Guayaquil:20251104T130000
        UID:9p8o7i6u5y4t3r2e1w0q9a8s7d@google.com
        SUMMARY:Llamada RRHH Clinvera
        LOCATION:cel
        STATUS:CONFIRMED
        """, GOOGLE, method=None, tz=("gye",)), 1, "Clinvera Research", "", "recruiter_screen", "",
        "hand-call-hr-es"),

    item("hand-ios-final-es", cal(r"""
        UID:F0E1D2C3-B4A5-4968-8776-655443322110
        DTSTART;TZID=America/Guayaquil:20251209T160000
        DTEND;TZID=America/Guayaquil:20251209T170000
        SUMMARY:Entrevista final UMM - decano
        LOCATION:Campus UMM\, edificio de posgrados\nQuito\, Ecuador
        X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
        BEGIN:VALARM
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        TRIGGER:-PT1H
        UID:0A1B2C3D-4E5F-6071-8293-A4B5C6D7E8F9
        END:VALARM
        """, IOS, method=None, tz=("gye",)), 1, "Universidad de la Mitad del Mundo", "", "final", "",
        "hand-ios-final-alarm-es"),

    item("allday-assessment-es", cal(r"""
        UID:0q2w4e6r8t0y2u4i6o8p0a2s4d@google.com
        DTSTART;VALUE=DATE:20251212
        DTEND;VALUE=DATE:20251213
        SUMMARY:Centro de evaluación Universidad de Los Nevados (Manizales) - plaza profesora epidemiología
        DESCRIPTION:Jornada completa: clase demostrativa\, entrevista con comité de selección (Dr. Camilo Osorio\,
        | Dra. Liliana Gómez)\, prueba escrita. Vuelo UIO-BOG-MZL el 11.
        TRANSP:TRANSPARENT
        STATUS:CONFIRMED
        """, GOOGLE, method=None, head=XWR), 1, "Universidad de Los Nevados", "profesora epidemiología", "onsite",
        "Camilo Osorio;Liliana Gómez", "all-day-hand-es"),

    item("recurring-override-es", cal([r"""
        UID:cb7e1f8a-trial-days-osul-kuntur@kuntursalud.pe
        DTSTART;TZID=America/Lima:20251215T090000
        DTEND;TZID=America/Lima:20251215T120000
        RRULE:FREQ=DAILY;COUNT=3
        SUMMARY:Ejercicio práctico (caso) - Kuntur Salud Digital - Paula Andrade
        DESCRIPTION:Caso práctico en 3 sesiones sobre el tablero de vigilancia digital: cada mañana revisas con
        | Martín Quispe y Lucía Torres lo avanzado. Enlace fijo: https://meet.google.com/kts-prac-tic
        ORGANIZER;CN=Andrea Salas:mailto:andrea.salas@kuntursalud.pe
        ATTENDEE;CN=Martín Quispe:mailto:martin.quispe@kuntursalud.pe
        ATTENDEE;CN=Lucía Torres:mailto:lucia.torres@kuntursalud.pe
        ATTENDEE;CN=Paula Andrade;RSVP=TRUE:mailto:paula.andrade.epi@hotmail.com
        SEQUENCE:0
        """, r"""
        UID:cb7e1f8a-trial-days-osul-kuntur@kuntursalud.pe
        RECURRENCE-ID;TZID=America/Lima:20251216T090000
        DTSTART;TZID=America/Lima:20251216T140000
        DTEND;TZID=America/Lima:20251216T170000
        SUMMARY:Ejercicio práctico (caso) - Kuntur Salud Digital - Paula Andrade (tarde)
        DESCRIPTION:Sesión 2 movida a la tarde por agenda de Martín.
        ORGANIZER;CN=Andrea Salas:mailto:andrea.salas@kuntursalud.pe
        ATTENDEE;CN=Martín Quispe:mailto:martin.quispe@kuntursalud.pe
        ATTENDEE;CN=Lucía Torres:mailto:lucia.torres@kuntursalud.pe
        ATTENDEE;CN=Paula Andrade;RSVP=TRUE:mailto:paula.andrade.epi@hotmail.com
        SEQUENCE:1
        """], GOOGLE, tz=("lim",)), 1, "Kuntur Salud Digital", "", "technical",
        "martin.quispe@kuntursalud.pe;lucia.torres@kuntursalud.pe", "recurring-override-es"),

    item("thunderbird-hand-en", cal(r"""
        CREATED:20251118T004512Z
        LAST-MODIFIED:20251118T004512Z
        DTSTAMP:20251118T004512Z
        UID:3e5f7a9b-1c2d-4e6f-8a0b-c2d4e6f8a0b2
        SUMMARY:Interview VitalMetrics - panel (2nd round)
        DTSTART;TZID=America/Guayaquil:20251201T100000
        DTEND;TZID=America/Guayaquil:20251201T111500
        DESCRIPTION:Daniel W. + country directors Peru & Bolivia. Link in hotmail.
        TRANSP:OPAQUE
        """, THUNDERBIRD, method=None, tz=("gye",)), 1, "VitalMetrics Global Health", "", "", "Daniel W.",
        "thunderbird-hand-en"),

    item("hand-mac-utc-es", cal(r"""
        UID:7C6B5A49-3827-4A16-B5F4-E3D2C1B0A998
        DTSTART:20251217T150000Z
        DTEND:20251217T160000Z
        SUMMARY:Entrev. Epicentro - referencias + oferta?
        DESCRIPTION:llamada con Lucía Ferrer (CEO). Tener listos datos de referencias (Dr. Benítez\, Dra. Ron)
        """, APPLE, method=None), 1, "Epicentro Analytics", "", "", "Lucía Ferrer", "hand-utc-es"),

    item("outlook-stage-none-en", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B86DDC0100000000000000001000000011223344AABB
        SUMMARY:Paula Andrade - conversation re: Monitoring Officer position (IAHO)
        DTSTART;TZID=Eastern Standard Time:20251204T090000
        DTEND;TZID=Eastern Standard Time:20251204T094500
        LOCATION:Microsoft Teams Meeting
        DESCRIPTION:Dear Ms. Andrade\,\n\nFurther to your application to vacancy IAHO/25/LAC/077 (Monitoring
        | Officer\, Health Emergencies)\, the Inter-American Health Observatory invites you to an interview with
        | Mr. Gustavo Linares\, Unit Chief. Ms. Patricia Oyola (Human Resources) will coordinate the call and
        | will not take part in the assessment.\n\n_____\nMicrosoft Teams meeting\nJoin on your computer or
        | mobile app\nClick here to join the meeting\n_____
        ORGANIZER;CN="Oyola, Patricia":mailto:poyola@iaho.int
        ATTENDEE;CN="Linares, Gustavo";ROLE=REQ-PARTICIPANT:mailto:glinares@iaho.int
        ATTENDEE;CN=paula.andrade.epi@hotmail.com;RSVP=TRUE:mailto:paula.andrade.epi@hotmail.com
        """, OUTLOOK, tz=("est",)), 1, "Inter-American Health Observatory", "Monitoring Officer, Health Emergencies",
        "hiring_manager", "glinares@iaho.int", "outlook-intl-org-coordinator-en"),

    item("google-written-test-es", cal(r"""
        DTSTART;TZID=America/Guayaquil:20251129T080000
        DTEND;TZID=America/Guayaquil:20251129T110000
        UID:5t6y7u8i9o0p1a2s3d4f5g6h7j@google.com
        ORGANIZER;CN=Concursos UTP:mailto:concursos@utpacifico.edu.ec
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        SUMMARY:Prueba de conocimientos y entrevista - Concurso docente 07-2025 (Bioestadística)
        LOCATION:Universidad Técnica del Pacífico\, Aula 204\, Manta
        DESCRIPTION:Concurso de merecimientos y oposición: prueba escrita 8:00-9:30\; entrevista ante el tribunal
        | (Dr. Pedro Zambrano\, Mgs. Elena Cedeño\, Dr. Iván Macías) 10:00-11:00. Presentarse con cédula.
        STATUS:CONFIRMED
        """, GOOGLE, tz=("gye",)), 1, "Universidad Técnica del Pacífico", "Docente de Bioestadística", "technical",
        "Pedro Zambrano;Elena Cedeño;Iván Macías", "google-concurso-tribunal-es"),

    item("google-remote-en-hr", cal(r"""
        DTSTART:20251106T140000Z
        DTEND:20251106T143000Z
        UID:2w3e4r5t6y7u8i9o0p1q2w3e4r@google.com
        ORGANIZER;CN=Hiring Team:mailto:careers@opendatahealth.org
        ATTENDEE;CN=Fatima Rahman:mailto:fatima.rahman@opendatahealth.org
        ATTENDEE;CN=Paula Andrade:mailto:paula.andrade.epi@hotmail.com
        SUMMARY:Intro call | Open Data for Health - Epidemiologist (Spanish-speaking)
        DESCRIPTION:Hi Paula\, thanks for applying! Fatima from our People team will spend 30 minutes getting to
        | know you and explaining the role and process.\n\nJoin Zoom: https://zoom.us/j/5550182273
        STATUS:CONFIRMED
        """, GOOGLE), 1, "Open Data for Health", "Epidemiologist (Spanish-speaking)", "recruiter_screen",
        "fatima.rahman@opendatahealth.org", "google-intro-call-en"),

    item("ios-pharma-es", cal(r"""
        UID:A9B8C7D6-E5F4-4321-9876-0FEDCBA98765
        DTSTART;TZID=America/Guayaquil:20251202T083000
        DTEND;TZID=America/Guayaquil:20251202T093000
        SUMMARY:Farmandina - entrevista gerente farmacovigilancia
        LOCATION:Laboratorios Farmandina\, Av. De los Granados E14-800\, Quito
        DESCRIPTION:Con Dra. Silvia Cornejo (gerente\, sería mi jefa). Puesto: epidemióloga de farmacovigilancia.
        """, IOS, method=None, tz=("gye",)), 1, "Laboratorios Farmandina", "epidemióloga de farmacovigilancia",
        "hiring_manager", "Silvia Cornejo", "hand-ios-hm-es"),
]
