"""holdout89: the user's own interviews, Spanish and Valencian, ATS/schedulers and agencies."""

from __future__ import annotations

from holdout89ev_ics import (
    PROD_GOOGLE,
    PROD_MAC,
    PROD_OUTLOOK,
    TZ_MADRID,
    TZ_ROMANCE,
    cal,
    esc,
    ev,
    meet,
    webex,
    zoom,
)

SELECTA = """Lucía, como te adelanté por teléfono, nuestro cliente es Inmunolab Diagnóstica (ahora ya lo puedo dec
 ir). Te entrevistará Olga Serrano, su Directora de Ventas, en sus oficinas de Valencia (Ciudad Politécnica de l
 a Innovación, edificio 8G).

Yo os presento los primeros 5 minutos y me retiro.

Daniel Cebrián
Selecta Talent · Life Sciences"""

G = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
GA = "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE"


def events() -> list[dict[str, str]]:
    out = []

    out.append(ev("smartrecruiters", cal("-//SmartRecruiters//Interview Scheduler//EN", rf"""
{TZ_MADRID}
BEGIN:VEVENT
UID:sr-int-7c1f0a52-93be-4d17-b0e4-2f61a8c3d9e0
DTSTAMP:20260109T101500Z
DTSTART;TZID=Europe/Madrid:20260115T120000
DTEND;TZID=Europe/Madrid:20260115T123000
SUMMARY:Entrevista telefónica – Key Account Manager Diagnóstico (Valencia)
ORGANIZER;CN=Laura Gimeno (Biolevante Diagnostics):mailto:interviews+b8d21@smartrecruiters.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fernández Ortega:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Laura Gimeno:mailto:laura.gimeno@biolevante.com
LOCATION:Teléfono: te llamaremos al número de tu candidatura
DESCRIPTION:Hola Lucía\,\n\nGracias por tu interés en Biolevante Diagnostic
 s. Te confirmamos una entrevista telefónica con Laura Gimeno (Talent Acquisi
 tion) para la posición Key Account Manager Diagnóstico (Valencia).\n\nSi nec
 esitas cambiar la cita\, responde a este mensaje.\n\nEnviado a través de Sma
 rtRecruiters
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
"""), True, "Biolevante Diagnostics", "Key Account Manager Diagnóstico (Valencia)", "recruiter_screen",
        "laura.gimeno@biolevante.com", "smartrecruiters-phone-es"))

    out.append(ev("personio", cal("-//Personio GmbH//Personio Recruiting//EN", r"""
BEGIN:VEVENT
UID:personio-interview-4471093-2026012
DTSTAMP:20260113T144000Z
DTSTART:20260120T150000Z
DTEND:20260120T160000Z
SUMMARY:Entrevista | Business Development Manager – Zona Levante | Lucía Fernández Ortega
ORGANIZER;CN=Dentalis Iberia:mailto:no-reply@personio.de
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Sergio Alcaide;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:salcaide@dentalis.es
LOCATION:https://meet.google.com/ubk-pqre-nwd
DESCRIPTION:Hola Lucía:\n\nte invitamos a una entrevista para el puesto Bus
 iness Development Manager – Zona Levante en Dentalis Iberia.\n\nFecha: 20.0
 1.2026\nHora: 16:00 - 17:00 (Europe/Madrid)\nEntrevistador: Sergio Alcaide (
 Head of Sales Iberia\, tu futuro responsable)\nLugar: https://meet.google.co
 m/ubk-pqre-nwd\n\nSaludos cordiales\nEl equipo de Dentalis Iberia
STATUS:CONFIRMED
END:VEVENT
"""), True, "Dentalis Iberia", "Business Development Manager – Zona Levante", "hiring_manager",
        "salcaide@dentalis.es", "personio-es"))

    out.append(ev("teamtailor", cal("-//Teamtailor//Teamtailor Meetings//EN", r"""
BEGIN:VEVENT
UID:tt-meeting-9f3c2b7e81d04a6f@teamtailor.com
DTSTAMP:20260116T083015Z
DTSTART:20260122T100000Z
DTEND:20260122T104500Z
SUMMARY:Entrevista con Clinicloud: Head of Sales
ORGANIZER;CN=Clinicloud:mailto:no-reply@teamtailor.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Nacho Albiol;PARTSTAT=ACCEPTED:mailto:nacho@clinicloud.io
ATTENDEE;CN=Eva Rubio;PARTSTAT=ACCEPTED:mailto:eva.rubio@clinicloud.io
LOCATION:Videollamada
DESCRIPTION:¡Hola Lucía!\n\nTienes una entrevista con Clinicloud para el pu
 esto Head of Sales.\n\nParticipantes: Nacho Albiol (CEO)\, Eva Rubio (COO)\n
 \nÚnete a la videollamada: https://app.teamtailor.com/video/clinicloud/9f3c2
 b7e\n\n¿No puedes asistir? Avísanos respondiendo a este correo.
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Clinicloud", "Head of Sales", "", "nacho@clinicloud.io;eva.rubio@clinicloud.io",
        "teamtailor-es"))

    out.append(ev("successfactors", cal("-//SAP SuccessFactors//Interview Scheduling//EN", rf"""
{TZ_MADRID}
BEGIN:VEVENT
UID:SF-ISC-10452-0000018833-1
DTSTAMP:20260119T070512Z
DTSTART;TZID=Europe/Madrid:20260128T093000
DTEND;TZID=Europe/Madrid:20260128T110000
SUMMARY:Entrevista: Jefe/a Nacional de Ventas Hospital (Req. 10452) - Lucía Fernández Ortega
ORGANIZER;CN=Laboratorios Roviral - Selección:mailto:seleccion@roviral.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Óscar Benlloch;ROLE=REQ-PARTICIPANT:mailto:oscar.benlloch@roviral.com
ATTENDEE;CN=Mar Iborra;ROLE=REQ-PARTICIPANT:mailto:mar.iborra@roviral.com
LOCATION:Laboratorios Roviral\, Av. de la Industria 8\, Alcobendas - Sala 3
DESCRIPTION:Estimada Lucía Fernández Ortega\,\n\nLe confirmamos la siguien
 te fase del proceso de selección:\n\nTipo de entrevista: Role-play de venta
  (visita simulada a jefe de servicio) + entrevista por competencias\nDuraci
 ón: 90 minutos\nEntrevistadores: Óscar Benlloch (Director de Ventas Hospital
 )\, Mar Iborra (Gerente Regional Este)\n\nPor favor\, acuda con 10 minutos de
  antelación y DNI.\n\nEste mensaje se ha generado automáticamente desde SAP
  SuccessFactors.
STATUS:CONFIRMED
END:VEVENT
"""), True, "Laboratorios Roviral", "Jefe/a Nacional de Ventas Hospital", "technical",
        "oscar.benlloch@roviral.com;mar.iborra@roviral.com", "successfactors-roleplay-es"))

    out.append(ev("calendly-founder", cal("-//Calendly//Calendly Scheduling//EN", r"""
BEGIN:VEVENT
UID:b1c0ffee-5a7d-4e2b-8c33-oftal0000001@calendly.com
DTSTAMP:20260121T192233Z
DTSTART:20260126T080000Z
DTEND:20260126T083000Z
SUMMARY:Entrevista Head of Sales entre Pau Miralles y Lucía Fernández Ortega
ORGANIZER;CN=Pau Miralles:mailto:pau.miralles.oftal@gmail.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Pau Miralles;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:pau.miralles.oftal@gmail.com
LOCATION:https://meet.google.com/oft-vsqn-abc
DESCRIPTION:Nombre del evento: Entrevista Head of Sales\n\nUbicación: Esta
  es una reunión de Google Meet. https://meet.google.com/oft-vsqn-abc\n\nPrim
 era conversación con Pau (cofundador y CEO de Oftalvision) sobre el puesto
  de Head of Sales para España y Portugal. 30 minutos\, sin preparación.\n\n¿N
 ecesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cance
 llations/b1c0ffee\nReprogramar: https://calendly.com/reschedulings/b1c0ffee\n
 \nCon tecnología de Calendly.com
END:VEVENT
"""), True, "Oftalvision", "Head of Sales", "hiring_manager", "pau.miralles.oftal@gmail.com",
        "calendly-founder-gmail-es"))

    out.append(ev("agency-names-employer", cal(PROD_OUTLOOK, rf"""
{TZ_ROMANCE}
BEGIN:VEVENT
CLASS:PUBLIC
DESCRIPTION:Hola Lucía\,\n\nTal y como hablamos\, te confirmo la entrevista
  con MEDIVALVE para la posición de Jefe/a Nacional de Ventas. Te entrevistar
 á Gerardo Villalba\, Country Manager. Yo no estaré en la reunión\, pero te ll
 amo después para el feedback.\n\nRecuerda: hablar del lanzamiento de TAVI e
 n La Fe y de tu equipo en Murcia.\n\nUn abrazo\,\nMaite Roig\nSenior Consulta
 nt – Healthcare | Talento Sanitario Consultores
DTSTART;TZID=Romance Standard Time:20260129T170000
DTEND;TZID=Romance Standard Time:20260129T180000
DTSTAMP:20260123T110201Z
LOCATION:Medivalve Iberia - C/ Josefa Valcárcel 40\, Madrid
ORGANIZER;CN="Roig, Maite":mailto:mroig@talentosanitario.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Lucía Fernández:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN="Villalba, Gerardo":mailto:gvillalba@medivalve.com
SEQUENCE:0
SUMMARY;LANGUAGE=es-ES:Entrevista con MEDIVALVE – Jefe/a Nacional de Ventas (vía Talento Sanitario)
UID:040000008200E00074C5B7101A82E008000000001A2B3C4D5E6FDC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
"""), True, "Medivalve", "Jefe/a Nacional de Ventas", "", "gvillalba@medivalve.com", "agency-names-employer-es"))

    out.append(ev("agency-body-only", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260203T110000Z
DTEND:20260203T120000Z
DTSTAMP:20260128T093344Z
ORGANIZER;CN=Daniel Cebrián:mailto:daniel.cebrian@selectatalent.es
UID:1q2w3e4r5t6y7u8i9o0p1a2s3d@google.com
{GA};CN=Daniel Cebrián;X-NUM-GUESTS=0:mailto:daniel.cebrian@selectatalent.es
{G};CN=lucia.fernandez.ortega@gmail.com;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:{esc(SELECTA)}
LOCATION:Ciudad Politécnica de la Innovación\, Edificio 8G\, Valencia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista cliente – posición KAM Hospitalario (Selecta Talent)
TRANSP:OPAQUE
END:VEVENT
"""), True, "Inmunolab Diagnóstica", "KAM Hospitalario", "", "olga serrano", "agency-employer-in-body-es"))

    out.append(ev("valencian", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260205T100000
DTEND;TZID=Europe/Madrid:20260205T113000
DTSTAMP:20260130T120455Z
ORGANIZER;CN=Xavier Bosch:mailto:xbosch@biovaltecnics.com
UID:5y6u7i8o9p0a1s2d3f4g5h6j7k@google.com
{GA};CN=Xavier Bosch;X-NUM-GUESTS=0:mailto:xbosch@biovaltecnics.com
{G};CN=Anna Climent;X-NUM-GUESTS=0:mailto:acliment@biovaltecnics.com
{G};CN=Lucía Fernández;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
DESCRIPTION:Bon dia Lucía\,\n\net confirme l'entrevista per al lloc de Resp
 onsable de Vendes Nacional. Serem Anna Climent (persones) i jo. Ens veiem a
  l'oficina de l'Alcúdia\; hi ha aparcament davant de la nau.\n\nSalutacions
 \,\nXavier Bosch\nGerent · Bioval Tècnics
LOCATION:Bioval Tècnics\, Polígon Industrial El Cano\, L'Alcúdia
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista – Responsable de Vendes Nacional (Bioval Tècnics)
TRANSP:OPAQUE
END:VEVENT
""").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), True, "Bioval Tècnics", "Responsable de Vendes Nacional", "",
        "xbosch@biovaltecnics.com;acliment@biovaltecnics.com", "google-direct-va"))

    out.append(ev("recurring-override", cal(PROD_GOOGLE, rf"""
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260209T093000
DTEND;TZID=Europe/Madrid:20260209T140000
RRULE:FREQ=DAILY;COUNT=2
DTSTAMP:20260202T170011Z
ORGANIZER;CN=Selección Medilab:mailto:seleccion@medilab-iberica.com
UID:8h7g6f5d4s3a2p1o0i9u8y7t6r@google.com
{G};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{G};CN=Begoña Ariño;X-NUM-GUESTS=0:mailto:bego.arino@medilab-iberica.com
{G};CN=Fernando Luján;X-NUM-GUESTS=0:mailto:fernando.lujan@medilab-iberica.com
DESCRIPTION:Assessment center para la posición de Gerente Regional de Venta
 s Este (2 mañanas). Día 1: dinámica de grupo y role-play con cliente\; día 2
 : presentación de plan de negocio ante el comité (Begoña Ariño\, Dtra. Comer
 cial\, y Fernando Luján\, RRHH).\n\nSede Medilab Ibérica\, Paterna.
LOCATION:Medilab Ibérica\, Parque Tecnológico\, Paterna
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Assessment Center – Gerente Regional de Ventas Este (Medilab Ibérica)
TRANSP:OPAQUE
END:VEVENT
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20260210T110000
DTEND;TZID=Europe/Madrid:20260210T133000
DTSTAMP:20260205T090100Z
ORGANIZER;CN=Selección Medilab:mailto:seleccion@medilab-iberica.com
UID:8h7g6f5d4s3a2p1o0i9u8y7t6r@google.com
RECURRENCE-ID;TZID=Europe/Madrid:20260210T093000
{G};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{G};CN=Begoña Ariño;X-NUM-GUESTS=0:mailto:bego.arino@medilab-iberica.com
{G};CN=Fernando Luján;X-NUM-GUESTS=0:mailto:fernando.lujan@medilab-iberica.com
DESCRIPTION:Día 2 retrasado a las 11:00: presentación de plan de negocio an
 te el comité.
LOCATION:Medilab Ibérica\, Parque Tecnológico\, Paterna
SEQUENCE:1
STATUS:CONFIRMED
SUMMARY:Assessment Center (día 2) – presentación plan de negocio
TRANSP:OPAQUE
END:VEVENT
"""), True, "Medilab Ibérica", "Gerente Regional de Ventas Este", "onsite",
        "bego.arino@medilab-iberica.com;fernando.lujan@medilab-iberica.com", "recurring-override-assessment-es"))

    out.append(ev("rescheduled", cal(PROD_GOOGLE, rf"""
BEGIN:VEVENT
DTSTART:20260213T110000Z
DTEND:20260213T120000Z
DTSTAMP:20260210T184502Z
ORGANIZER;CN=Irene Sanchis:mailto:irene@saluda.app
UID:3e4r5t6y7u8i9o0p1q2w3e4r5t@google.com
{GA};CN=Irene Sanchis;X-NUM-GUESTS=0:mailto:irene@saluda.app
{G};CN=Lucía Fernández Ortega;X-NUM-GUESTS=0:mailto:lucia.fernandez.ortega@gmail.com
{G};CN=Álex Part;X-NUM-GUESTS=0:mailto:alex@saluda.app
CREATED:20260202T101010Z
DESCRIPTION:ACTUALIZADO: la pasamos del jueves 12 al viernes 13 a las 12:00
  (Álex\, nuestro CTO\, no podía el jueves).\n\nPresentación de caso: cómo lle
 varías Saluda a 40 clínicas de fisioterapia de la Comunitat en 6 meses. 20
  min de presentación y preguntas.\n\n{zoom("es", "us02web", "871 0042 3315", "SaLuDa26x")}
LAST-MODIFIED:20260210T184500Z
LOCATION:https://us02web.zoom.us/j/87100423315?pwd=SaLuDa26x
SEQUENCE:2
STATUS:CONFIRMED
SUMMARY:Saluda – presentación de caso (Lucía F.)
TRANSP:OPAQUE
END:VEVENT
"""), True, "Saluda", "", "technical", "irene@saluda.app;alex@saluda.app", "rescheduled-case-zoom-es"))

    out.append(ev("workday", cal("-//Workday\\, Inc.//Workday Recruiting//EN", r"""
BEGIN:VEVENT
UID:WD-INTERVIEW-R-00312-0a9b8c7d
DTSTAMP:20260211T080000Z
DTSTART:20260218T090000Z
DTEND:20260218T110000Z
SUMMARY:Entrevista de panel - Responsable Nacional de Ventas - R-00312
ORGANIZER;CN=Hospitalia Suministros:mailto:hospitalia@myworkday.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:lucia.fernandez.ortega@gmail.com
LOCATION:Hospitalia Suministros\, C/ Río Jarama 12\, Getafe (Madrid)
DESCRIPTION:Entrevista programada\n\nCandidato: Lucía Fernández Ortega\nPue
 sto: R-00312 Responsable Nacional de Ventas\nTipo: Panel presencial\n\nAgend
 a:\n10:00 - 10:45 Julio Pardo (Director Comercial)\n10:45 - 11:15 Sonia Quil
 es (Compras y Licitaciones)\n11:15 - 12:00 Marcos Villar (Director General
 )\n\nCoordinadora: Rocío Blasco (Talent Acquisition)\, tel. 91 600 22 41
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Hospitalia Suministros", "Responsable Nacional de Ventas", "onsite",
        "julio pardo;sonia quiles;marcos villar", "workday-panel-onsite-es"))

    out.append(ev("webex", cal("-//Cisco Systems\\, Inc.//Webex Meetings//EN", rf"""
{TZ_MADRID}
BEGIN:VEVENT
UID:7a1b3c5d9e2f4a6b8c0d@lambdadiagnostica.webex.com
DTSTAMP:20260216T093000Z
DTSTART;TZID=Europe/Madrid:20260219T160000
DTEND;TZID=Europe/Madrid:20260219T170000
SUMMARY:Entrevista Webex – Jefa de Ventas Nacional – Lambda Diagnóstica
ORGANIZER;CN=Vicent Soriano:mailto:vsoriano@lambdadiagnostica.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
LOCATION:https://lambdadiagnostica.webex.com/lambdadiagnostica/j.php?MTID=m2650118839a7
DESCRIPTION:Hola Lucía\, soy Vicent\, el Director Comercial con quien trabaj
 arías. Te envío el enlace para nuestra conversación del jueves.\n\
 n{webex("es", "lambdadiagnostica", "2650 118 839", "Lmb4Dx!")}
STATUS:CONFIRMED
END:VEVENT
"""), True, "Lambda Diagnóstica", "Jefa de Ventas Nacional", "hiring_manager", "vsoriano@lambdadiagnostica.com",
        "webex-direct-es"))

    out.append(ev("calcom", cal("-//Cal.com Inc.//Cal.com Event//EN", r"""
BEGIN:VEVENT
UID:calcom-2f9e8d7c6b5a4f3e2d1c@cal.com
DTSTAMP:20260220T112001Z
DTSTART:20260225T090000Z
DTEND:20260225T094500Z
SUMMARY:Entrevista BD Manager entre Clara Vidal y Lucía Fernández Ortega
ORGANIZER;CN=Clara Vidal:mailto:clara@higealabs.com
ATTENDEE;CN=Lucía Fernández Ortega;PARTSTAT=ACCEPTED;RSVP=TRUE;ROLE=REQ-PARTICIPANT:mailto:lucia.fernandez.ortega@
 gmail.com
LOCATION:https://app.cal.com/video/k2Xq9vR7mT
DESCRIPTION:Qué: Entrevista BD Manager\nCuándo: miércoles 25 de febrero de
  2026 10:00 - 10:45 (Europe/Madrid)\nQuién:\nClara Vidal - Organizador\nclar
 a@higealabs.com\nLucía Fernández Ortega\nlucia.fernandez.ortega@gmail.com\nD
 ónde: Cal Video\n\nNotas adicionales: Segunda ronda Business Development Ma
 nager Higea Labs – caso práctico de negociación con central de compras.\n\n
 ¿Necesitas hacer un cambio? Reprogramar o cancelar: https://app.cal.com/boo
 king/2f9e8d7c6b5a4f3e2d1c
STATUS:CONFIRMED
END:VEVENT
""", method="REQUEST"), True, "Higea Labs", "Business Development Manager", "technical", "clara@higealabs.com",
        "calcom-case-es"))

    out.append(ev("lever", cal("-//Lever//Lever Interview//EN", rf"""
BEGIN:VEVENT
UID:lever-interview-6d2c1b0a-doctoralink-31
DTSTAMP:20260223T151500Z
DTSTART:20260302T150000Z
DTEND:20260302T160000Z
SUMMARY:Lucía Fernández Ortega – Role-play de ventas (Doctoralink)
ORGANIZER;CN=Marina Esteve:mailto:marina.esteve@doctoralink.com
ATTENDEE;CN=Lucía Fernández Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:lucia.fernandez.ort
 ega@gmail.com
ATTENDEE;CN=Guillem Font;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:guillem.font@doctoralink.com
ATTENDEE;CN=Marina Esteve;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:marina.esteve@doctoralink.com
LOCATION:Google Meet
DESCRIPTION:Hola Lucía\,\n\nEn esta entrevista harás un role-play de venta c
 on Guillem Font (VP Sales): él será el gerente de un grupo de clínicas denta
 les y tú presentarás Doctoralink. Tendrás 10 minutos de preparación al ini
 cio.\n\nPuesto: Sales Manager Spain\n\nMarina Esteve · Talent\, Doctoralink\n\n{meet("es", "dlk-rply-qtx")}
STATUS:CONFIRMED
END:VEVENT
"""), True, "Doctoralink", "Sales Manager Spain", "technical", "guillem.font@doctoralink.com",
        "lever-roleplay-coordinator-es"))

    out.append(ev("icloud-dinner", cal(PROD_MAC, r"""
BEGIN:VEVENT
UID:4D9B2E6A-1F3C-4A7E-B2D8-9C0E1F2A3B4C
DTSTAMP:20260226T210144Z
CREATED:20260226T210101Z
DTSTART;TZID=Europe/Madrid:20260305T210000
DTEND;TZID=Europe/Madrid:20260305T230000
SUMMARY:Cena Jordi / Lucía (Pulsia)
ORGANIZER;CN=Jordi Casals;EMAIL=jordi@pulsia.io:mailto:jordi@pulsia.io
ATTENDEE;CN=Lucía Fernández Ortega;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE;EMAIL=lu
 cia.fernandez.ortega@gmail.com:mailto:lucia.fernandez.ortega@gmail.com
ATTENDEE;CN=Jordi Casals;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:jordi@pulsia.io
LOCATION:Restaurante La Llotja del Carme\, C/ Alta 21\, Valencia
DESCRIPTION:Como te dije\, para la posición de Directora Comercial prefiero
  una cena a una entrevista formal. Si encaja\, la semana siguiente te presen
 to al resto del board.
SEQUENCE:0
TRANSP:OPAQUE
X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC
END:VEVENT
""").replace("VERSION:2.0", "VERSION:2.0\n" + TZ_MADRID), True, "Pulsia", "Directora Comercial", "",
        "jordi@pulsia.io", "icloud-dinner-ceo-es"))

    return out
