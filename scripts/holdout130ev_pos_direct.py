"""holdout130: the user's own interviews invited directly by employees (Google Calendar, Apple, Thunderbird),
by agencies naming the employer, phone screens and video boilerplate in the event's language."""

from holdout130ev_ics import APPLE, GOOGLE, OUTLOOK, THUNDERBIRD, cal, item

ME = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;" \
     "CN=paula.andrade.epi@hotmail.com;X-NUM-GUESTS=0:mailto:paula.andrade.epi@hotmail.com"
MEET_ES = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nÚnete con Google
| Meet: https://meet.google.com/{code}\n\nO marca: (EC) +593 2-394-0102 PIN: 331 118 905#\n\nMás números de
| teléfono: https://tel.meet/{code}?pin=331118905\n\nMás información sobre Meet: https://support.google.com/a
|/users/answer/9282720\n\nNo edites esta sección de la descripción.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:
|~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"""
MEET_EN = r"""\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google
| Meet: https://meet.google.com/{code}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282
|720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~
|:~:~:~::~:~::-"""
ZOOM_ES = r"""\n\nEstá invitado a una reunión de Zoom.\n\nUnirse a la reunión Zoom\nhttps://us02web.zoom.us/j/
|{mid}\n\nID de reunión: {mid}\nCódigo de acceso: 240611\n\nMóvil con un toque\n+13052241968\,\,{mid}# Estados
| Unidos"""


def meet(text: str, code: str) -> str:
    return text.replace("{code}", code).replace("\n| ", " ").replace("\n|", "")


EVENTS = [
    item("google-hm-es-pe", cal(rf"""
        DTSTART;TZID=America/Lima:20251113T110000
        DTEND;TZID=America/Lima:20251113T120000
        ORGANIZER;CN=Milagros Condori:mailto:mcondori@winaysalud.org.pe
        UID:5k2h9dq0v1b7n3m8c4x6z2a1s0@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Milagros Condori;X-NUM-GUE
        |STS=0:mailto:mcondori@winaysalud.org.pe
        {ME}
        X-GOOGLE-CONFERENCE:https://meet.google.com/pcb-wktr-hno
        CREATED:20251105T141522Z
        DESCRIPTION:Hola Paula\, gusto en saludarte. Conversemos sobre la posición de Especialista en MEL para el
        | proyecto de anemia infantil en Ayacucho. Soy la coordinadora del proyecto y sería tu jefa directa.
        |{meet(MEET_ES, "pcb-wktr-hno")}
        LAST-MODIFIED:20251105T141530Z
        LOCATION:
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:Entrevista Paula Andrade - Especialista MEL (Wiñay Salud)
        TRANSP:OPAQUE
        """, GOOGLE, tz=("lim",)), 1, "Wiñay Salud", "Especialista MEL", "hiring_manager", "mcondori@winaysalud.org.pe",
        "google-meet-hm-es"),

    item("google-tech-en", cal(rf"""
        DTSTART:20251201T143000Z
        DTEND:20251201T153000Z
        ORGANIZER;CN=Sarah Kowalski:mailto:sarah.kowalski@globalfieldepi.org
        UID:0r4t7y1u3i5o8p2a6s9d1f4g7h@google.com
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sarah Kowalski:mailto:sarah.kowalski@g
        |lobalfieldepi.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Luis Paredes:mailto:lparedes@globalfi
        |eldepi.org
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=GFEN HR:mailto:hr@globalfieldepi.o
        |rg
        {ME}
        DESCRIPTION:Hi Paula\,\n\nThis is the technical interview for the Field Epidemiology Mentor (Andean
        | countries) role. Luis and I will walk through an outbreak scenario with you (measles in a border
        | district) - no preparation needed beyond your own experience. HR is copied for visibility only.
        |{meet(MEET_EN, "gfe-ntrx-lqa")}
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:GFEN technical interview - Paula Andrade
        TRANSP:OPAQUE
        """, GOOGLE), 1, "Global Field Epidemiology Network", "Field Epidemiology Mentor (Andean countries)",
        "technical", "sarah.kowalski@globalfieldepi.org;lparedes@globalfieldepi.org", "google-meet-acronym-en"),

    item("google-zoom-prueba-es", cal(rf"""
        DTSTART;TZID=America/Bogota:20251117T090000
        DTEND;TZID=America/Bogota:20251117T113000
        ORGANIZER;CN=Selección CEC:mailto:seleccion@cecaribe.org.co
        UID:1hq6o2ksm9u8b5c7b4f0e3rj3v@google.com
        {ME}
        ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Rafael Daza:mailto:rdaza@cecaribe.or
        |g.co
        DESCRIPTION:Cordial saludo Paula\,\n\nDe acuerdo con la etapa de prueba técnica del proceso Analista
        | Epidemiológico (convocatoria 014-2025)\, la prueba es práctica en R o Stata con una base de vigilancia de
        | IRA. Tendrá 2 horas\; el Epidemiólogo Coordinador\, Rafael Daza\, estará conectado para resolver dudas y
        | revisar resultados al final.{ZOOM_ES.replace("{mid}", "86611203349").replace(chr(10) + "|", "")}\n\n
        |Corporación Epidemiológica del Caribe - Barranquilla
        SUMMARY:Prueba técnica - Analista Epidemiológico (CEC)
        STATUS:CONFIRMED
        """, GOOGLE, tz=("bog",)), 1, "Corporación Epidemiológica del Caribe", "Analista Epidemiológico", "technical",
        "rdaza@cecaribe.org.co", "google-zoom-prueba-tecnica-es"),

    item("agency-client-es", cal(rf"""
        DTSTART;TZID=America/Guayaquil:20251106T163000
        DTEND;TZID=America/Guayaquil:20251106T171500
        ORGANIZER;CN=Verónica Salgado - Talento Salud:mailto:vsalgado@talentosalud.com.ec
        UID:7n0m5b3v1c9x8z6l4k2j0h8g6f@google.com
        {ME}
        DESCRIPTION:Paula\, como conversamos\, nuestro cliente Acción Salud Amazonía quiere entrevistarte para la
        | posición Coordinadora de Programa de Malaria (Coca / Puyo). La entrevista es con su Director Ejecutivo\,
        | Eco. Raúl Grefa (rgrefa@accionamazonia.org). Yo no estaré en la llamada. Cualquier cosa me escribes.
        |{meet(MEET_ES, "asa-kqpw-mzd")}\n\nVerónica Salgado\nConsultora Senior | Talento Salud Consultores
        SUMMARY:Entrevista cliente: Acción Salud Amazonía - Coord. Programa Malaria
        STATUS:CONFIRMED
        """, GOOGLE, tz=("gye",)), 1, "Acción Salud Amazonía", "Coordinadora de Programa de Malaria", "hiring_manager",
        "rgrefa@accionamazonia.org", "agency-names-client-es"),

    item("agency-en", cal(rf"""
        DTSTART:20251208T150000Z
        DTEND:20251208T154500Z
        ORGANIZER;CN=Tom Baxter:mailto:tom.baxter@kineticrecruit.com
        UID:3s5d7f9g1h2j4k6l8z0x2c4v6b@google.com
        {ME}
        ATTENDEE;CN=Olivia Brennan;PARTSTAT=ACCEPTED:mailto:obrennan@meridianbiostat.com
        DESCRIPTION:Hi Paula\,\n\nGreat news - Meridian Biostat would like to meet you for the Senior
        | Epidemiologist (Oncology RWE\, LATAM remote) role. You'll speak with Olivia Brennan\, Associate
        | Director of Epidemiology (hiring manager).\n\nTeams link to follow from Olivia's side. Good luck!\n\nTom
        | Baxter | Kinetic Recruitment LatAm
        SUMMARY:Meridian Biostat / Paula Andrade - Senior Epidemiologist
        STATUS:CONFIRMED
        """, GOOGLE), 1, "Meridian Biostat", "Senior Epidemiologist (Oncology RWE, LATAM remote)", "hiring_manager",
        "obrennan@meridianbiostat.com", "agency-hm-en"),

    item("phone-screen-es", cal(rf"""
        DTSTART;TZID=America/Bogota:20251110T080000
        DTEND;TZID=America/Bogota:20251110T082000
        ORGANIZER;CN=Paola Vélez:mailto:pvelez@fundacionhorizonte.org.co
        UID:8g3h5j7k9l1q2w4e6r8t0y2u4i@google.com
        {ME}
        DESCRIPTION:Llamada telefónica de preselección (20 min) - Fundación Horizonte\, cargo Profesional de
        | Vigilancia en Salud Comunitaria. Paola te llamará al +593 99 418 2270.
        LOCATION:Llamada telefónica
        SUMMARY:Llamada preselección - Fundación Horizonte
        STATUS:CONFIRMED
        """, GOOGLE, tz=("bog",)), 1, "Fundación Horizonte", "Profesional de Vigilancia en Salud Comunitaria",
        "recruiter_screen", "pvelez@fundacionhorizonte.org.co", "phone-screen-es"),

    item("apple-founder-es", cal(r"""
        UID:9B4E2F6A-1C3D-4E5F-8A7B-6C5D4E3F2A1B
        DTSTART;TZID=America/Guayaquil:20251122T100000
        DTEND;TZID=America/Guayaquil:20251122T110000
        SUMMARY:Café - entrevista con Andrés (EpiSur)
        LOCATION:Café Dios no Muere\, Quito
        DESCRIPTION:Andrés Cordero\, fundador de EpiSur Consultores\, quiere conversar sobre la plaza de
        | epidemióloga senior para sus estudios de carga de enfermedad. Llevar CV impreso.
        ORGANIZER;CN=Andrés Cordero:mailto:andres.cordero.ec@gmail.com
        ATTENDEE;CN=Andrés Cordero;PARTSTAT=ACCEPTED:mailto:andres.cordero.ec@gmail.com
        ATTENDEE;CN=Paula Andrade;PARTSTAT=ACCEPTED:mailto:paula.andrade.epi@hotmail.com
        SEQUENCE:0
        CREATED:20251115T023344Z
        """, APPLE, tz=("gye",)), 1, "EpiSur Consultores", "Epidemióloga senior", "hiring_manager",
        "andres.cordero.ec@gmail.com", "apple-founder-gmail-cafe-es"),

    item("thunderbird-es", cal(r"""
        CREATED:20251108T170215Z
        LAST-MODIFIED:20251108T170402Z
        DTSTAMP:20251108T170402Z
        UID:b7d8e2c1-6a3f-4c9d-9e1b-2f4a6c8e0d13
        SUMMARY:Entrevista RASC - Técnica en Salud Comunitaria
        ORGANIZER;CN=Wilson Tipán:mailto:wtipan@rasc.org.ec
        ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:paula.andrade.epi@hotmail.com
        ATTENDEE;RSVP=FALSE;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;CN=Wilson Tipán:mailto:wtipan@rasc.org.ec
        DTSTART;TZID=America/Guayaquil:20251203T090000
        DTEND;TZID=America/Guayaquil:20251203T100000
        LOCATION:Oficina RASC\, Calle Río Amazonas y Vicente Ramón Roca\, Quito
        DESCRIPTION:Estimada Paula\, le esperamos en nuestras oficinas para la entrevista final con la directiva
        | de la Red Andina de Salud Comunitaria. Estaremos el presidente (yo) y la tesorera\, Sra. Mercedes
        | Chicaiza.\nSaludos\, Wilson
        X-MOZ-GENERATION:2
        """, THUNDERBIRD, tz=("gye",)), 1, "Red Andina de Salud Comunitaria", "Técnica en Salud Comunitaria", "final",
        "wtipan@rasc.org.ec;Mercedes Chicaiza", "thunderbird-final-es"),

    item("google-en-tb-body", cal(rf"""
        DTSTART;TZID=America/Guayaquil:20251105T150000
        DTEND;TZID=America/Guayaquil:20251105T153000
        ORGANIZER;CN=Dr. Marcelo Ayala:mailto:marcelo.ayala.tb@gmail.com
        UID:2x4c6v8b0n1m3q5w7e9r1t3y5u@google.com
        {ME}
        DESCRIPTION:Paula\, soy el director técnico de la Fundación Ecuatoriana contra la Tuberculosis (FECTB).
        | Recibimos tu hoja de vida para la plaza de Epidemióloga del proyecto TB-MDR. Te propongo una primera
        | conversación.{meet(MEET_ES, "tbq-mhxz-pwe")}
        SUMMARY:Conversación Paula Andrade / Marcelo Ayala
        STATUS:CONFIRMED
        """, GOOGLE, tz=("gye",)), 1, "Fundación Ecuatoriana contra la Tuberculosis",
        "Epidemióloga del proyecto TB-MDR",
        "hiring_manager", "marcelo.ayala.tb@gmail.com", "google-company-in-body-es"),

    item("outlook-ref-final-es", cal(r"""
        UID:040000008200E00074C5B7101A82E00800000000B7A9C3E1F05DDC01000000000000000010000000A1B2C3D4E5F6
        SUMMARY:Entrevista final y verificación de referencias - Paula Andrade
        DTSTART;TZID=SA Pacific Standard Time:20251216T090000
        DTEND;TZID=SA Pacific Standard Time:20251216T100000
        LOCATION:Oficina MEC - Av. República de El Salvador N35-40\, Quito
        DESCRIPTION:Paula\, le confirmamos la entrevista final con el socio director\, Ing. Santiago Pozo\, para la
        | posición de Consultora Senior M&E. Por favor traiga los contactos de sus dos referencias laborales.
        |\n\nMonitoreo & Evaluación Consultores Cía. Ltda.
        ORGANIZER;CN="Pozo, Santiago":mailto:spozo@mec-consultores.com.ec
        ATTENDEE;CN=Paula Andrade;ROLE=REQ-PARTICIPANT:mailto:paula.andrade.epi@hotmail.com
        """, OUTLOOK, tz=("sapac",)), 1, "Monitoreo & Evaluación Consultores", "Consultora Senior M&E", "final",
        "spozo@mec-consultores.com.ec", "outlook-final-referencias-es"),

    item("google-onsite-lima-es", cal(rf"""
        DTSTART;TZID=America/Lima:20251210T090000
        DTEND;TZID=America/Lima:20251210T130000
        ORGANIZER;CN=Recursos Humanos OSUL:mailto:rrhh@osul.org.pe
        UID:6y8u0i2o4p6a8s0d2f4g6h8j0k@google.com
        {ME}
        ATTENDEE;CN=Dra. Cecilia Vargas:mailto:cvargas@osul.org.pe
        ATTENDEE;CN=Jhon Mamani:mailto:jmamani@osul.org.pe
        DESCRIPTION:Estimada Paula:\n\nLe confirmamos su jornada presencial (etapa final) en nuestras oficinas de
        | Miraflores: 9:00 presentación de su propuesta de análisis de mortalidad urbana\; 10:30 entrevista con la
        | Dra. Cecilia Vargas (Directora) y Jhon Mamani (Jefe de Datos)\; 12:00 recorrido.\n\nObservatorio de
        | Salud Urbana de Lima
        LOCATION:OSUL - Av. José Larco 1150\, Miraflores\, Lima
        SUMMARY:Jornada presencial - Investigadora en Salud Urbana - Paula Andrade
        STATUS:CONFIRMED
        """, GOOGLE, tz=("lim",)), 1, "Observatorio de Salud Urbana de Lima", "Investigadora en Salud Urbana", "onsite",
        "cvargas@osul.org.pe;jmamani@osul.org.pe", "google-onsite-acronym-es"),
]
