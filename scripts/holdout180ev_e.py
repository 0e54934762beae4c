"""holdout180 events, part e: more of the user's own interviews (schedulers, founders, phone entries, a cancellation)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_CANARY, TZ_LONDON, TZ_MADRID, TZ_ROMANCE

EVENTS = [
    dict(
        k="modernloop-panel",
        uid="ml-3b7e0c92-4f1a-46d5-a8e3-0c9b2d71f5e4@modernloop.io",
        y=1,
        co="Tessellate Payments",
        role="Senior Counsel, Regulatory & Corporate",
        stage="onsite",
        iv="james.whitcombe@tessellate.co.uk;amara.osei@tessellate.co.uk",
        trap="modernloop-london-tz-panel",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//ModernLoop//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
{TZ_LONDON}
BEGIN:VEVENT
UID:ml-3b7e0c92-4f1a-46d5-a8e3-0c9b2d71f5e4@modernloop.io
DTSTAMP:20250513T110045Z
DTSTART;TZID=Europe/London:20250520T090000
DTEND;TZID=Europe/London:20250520T113000
SUMMARY:[Tessellate] Panel interview – Inés Carvajal – Senior Counsel\, Regulatory & Corporate
ORGANIZER;CN=Tessellate Talent:mailto:talent@tessellate.co.uk
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=James Whitcombe;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:james.whitcombe@tessellate.co.uk
ATTENDEE;CN=Amara Osei;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:amara.osei@tessellate.co.uk
LOCATION:Google Meet – https://meet.google.com/tgs-pkwq-ebn
DESCRIPTION:Schedule (UK time)\n09:00–10:00  James Whitcombe\, General Counsel – EMI licensing\, Spanish branch set-up\, corporate housekeeping\n10:00–10:15  Break\n10:15–11:30  Amara Osei\, Head of Compliance – case discussion: onboarding a Spanish marketplace client\n\nA short pre-read will be emailed 24h before.\n\nScheduled with ModernLoop
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="founder-gmail",
        uid="4d7g0j3m6p9s2v5y8b1e4h7k0n@google.com",
        y=1,
        co="Clausulia",
        role="Head of Legal",
        stage="hiring_manager",
        iv="marcos.lledo@gmail.com",
        trap="founder-on-free-mail-google-invite",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250228T090000
DTEND;TZID=Europe/Madrid:20250228T094500
DTSTAMP:20250225T222140Z
ORGANIZER;CN=Marcos Lledó:mailto:marcos.lledo@gmail.com
UID:4d7g0j3m6p9s2v5y8b1e4h7k0n@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marcos Lledó;X-NUM-GUESTS=0:mailto:marcos.lledo@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Hola Inés! Como te dije por LinkedIn\, estamos buscando a nuestra primera Head of Legal en Clausulia (revisión de contratos con IA para despachos y asesorías jurídicas). Te cuento dónde estamos (seed cerrada\, 14 personas) y me cuentas tu experiencia. Si encaja\, el siguiente paso sería conocer a Irene\, mi cofundadora.\n\nPerdona el gmail\, el dominio está dando guerra 😅\n\nMarcos
LOCATION:https://meet.google.com/zxa-mfrt-ogu
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Head of Legal – Clausulia
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="cal-com",
        uid="cal-booking-Qm3zTr8vLx2@cal.com",
        y=1,
        co="Parcela Energy",
        role="Legal Lead",
        stage="hiring_manager",
        iv="sofia@parcela.energy",
        trap="cal-com-booking-coo-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:cal-booking-Qm3zTr8vLx2@cal.com
DTSTAMP:20250507T160212Z
DTSTART:20250512T150000Z
DTEND:20250512T154500Z
SUMMARY:Legal Lead – interview between Sofía Arrieta and Inés Carvajal
DESCRIPTION:What: Legal Lead – interview (45 min)\nInvitee Time Zone: Europe/Madrid\nWho:\n- Sofía Arrieta - Organizer (COO\, Parcela Energy)\nsofia@parcela.energy\n- Inés Carvajal\nines.carvajal.ruiz@hotmail.es\n\nWhere: Cal Video https://app.cal.com/video/Qm3zTr8vLx2\n\nAdditional notes: Hablamos de PPAs\, permisos de acceso y conexión y la financiación de los parques. En español.
LOCATION:https://app.cal.com/video/Qm3zTr8vLx2
ORGANIZER;CN=Sofía Arrieta:mailto:sofia@parcela.energy
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="outlook-secretaria-general",
        uid="040000008200E00074C5B7101A82E00800000000C3A9E1F04B93DB01000000000000000010000000B8D2",
        y=1,
        co="Constructora Peñalara",
        role="Abogado/a Interno/a – Área Societaria",
        stage="hiring_manager",
        iv="pilar.ortega@penalara.es",
        trap="outlook-sent-by-secretaria-general-room",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Ortega Llorente, Pilar";SENT-BY="mailto:mjesus.sanroman@penalara.es":mailto:pilar.ortega@penalara.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="Sala Guadarrama (P2)":mailto:sala.guadarrama@penalara.es
DESCRIPTION;LANGUAGE=es-ES:Buenas tardes\,\n\nle confirmo\, de parte de Dña. Pilar Ortega\, Secretaria General\, la entrevista para la posición de Abogado/a Interno/a del Área Societaria.\n\nDirección: Avda. de Burgos 12\, 28036 Madrid. Aparcamiento de visitas en -1 (indique su matrícula respondiendo a este correo).\n\nMª Jesús San Román\nAsistente de Secretaría General\n
UID:040000008200E00074C5B7101A82E00800000000C3A9E1F04B93DB01000000000000000010000000B8D2
SUMMARY;LANGUAGE=es-ES:Entrevista Dña. Inés Carvajal – Abogado/a Área Societaria
DTSTART;TZID=Romance Standard Time:20250313T160000
DTEND;TZID=Romance Standard Time:20250313T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250307T145507Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Guadarrama (P2)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="google-invite",
        uid="9k2m5p8r1t4w7z0c3f6i9l2o5q@google.com",
        y=1,
        co="Grupo Editorial Alcalá",
        role="Responsable de Asesoría Jurídica",
        stage="",
        iv="consuelo.baena@grupoalcala.es;ricardo.mena@grupoalcala.es",
        trap="google-invite-hr-and-deputy-ceo-no-stage",
        ics=rf"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{TZ_MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250521T120000
DTEND;TZID=Europe/Madrid:20250521T130000
DTSTAMP:20250514T084109Z
ORGANIZER;CN=Consuelo Baena:mailto:consuelo.baena@grupoalcala.es
UID:9k2m5p8r1t4w7z0c3f6i9l2o5q@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Consuelo Baena;X-NUM-GUESTS=0:mailto:consuelo.baena@grupoalcala.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ricardo Mena;X-NUM-GUESTS=0:mailto:ricardo.mena@grupoalcala.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Inés\, te esperamos en la sede (C/ Juan Bravo 38\, 5ª planta). Estaremos Ricardo Mena (Director General Adjunto) y yo.\n\nConsuelo Baena\nDirectora de Recursos Humanos\nGrupo Editorial Alcalá
LOCATION:Grupo Editorial Alcalá\, C/ Juan Bravo 38\, 28006 Madrid\, España
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Inés Carvajal - Responsable de Asesoría Jurídica
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="phone-entry",
        uid="1B9E4F27-C6A0-4D83-8E15-97F2A0B3C4D6",
        y=1,
        co="Mercasur Distribución",
        role="",
        stage="hiring_manager",
        iv="Andrés Peral",
        trap="floating-typed-phone-interview-abbrev",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250417T183512Z
DTEND:20250424T140000
DTSTAMP:20250417T183518Z
DTSTART:20250424T133000
LAST-MODIFIED:20250417T183518Z
SEQUENCE:0
SUMMARY:Entrev tlf Mercasur 2ª ronda – Andrés Peral (dir juridico)
DESCRIPTION:me llama él. tener a mano: operación Duna\, contratos distribución\, por qué salir del despacho
UID:1B9E4F27-C6A0-4D83-8E15-97F2A0B3C4D6
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT10M
UID:0E8A1B3C-5D7F-4A92-B1C4-D6E8F0A2B4C6
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="webex-prueba",
        uid="8c1d5a0f3e7b4962a0d8f1c3e5b7a9d2@webex.com",
        y=1,
        co="Banco Castellano",
        role="Asesor/a Jurídico/a Financiación Estructurada",
        stage="technical",
        iv="mgarrido@bancocastellano.es;slamas@bancocastellano.es",
        trap="webex-prueba-tecnica-term-sheet",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:8c1d5a0f3e7b4962a0d8f1c3e5b7a9d2@webex.com
DTSTAMP:20250520T140017Z
DTSTART:20250527T080000Z
DTEND:20250527T093000Z
SUMMARY:Prueba técnica - Asesor/a Jurídico/a Financiación Estructurada
ORGANIZER;CN=Mercedes Garrido:mailto:mgarrido@bancocastellano.es
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Sergio Lamas;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:slamas@bancocastellano.es
LOCATION:https://bancocastellano.webex.com/meet/mgarrido
DESCRIPTION:Buenos días Inés\,\n\nTal y como te comentó Recursos Humanos\, la segunda fase consiste en una prueba técnica: 30 minutos antes de la sesión te enviaremos por correo un term sheet de una financiación sindicada y un borrador de contrato. Durante la sesión comentaremos contigo los puntos que negociarías y la estructura de garantías.\n\nMercedes Garrido (Directora Asesoría Jurídica – Banca Corporativa) y Sergio Lamas (Letrado Senior)\n\nUnirse desde el enlace: https://bancocastellano.webex.com/meet/mgarrido\nUnirse por teléfono: +34 91 749 8043 España (Madrid) · Código de acceso: 2654 118 7730
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="goto-meeting",
        uid="040000008200E00074C5B7101A82E0080000000028E7C4A9F27BDB01000000000000000010000000C1F0",
        y=1,
        co="Mutua Levante Seguros",
        role="Letrado/a Corporativo/a",
        stage="recruiter_screen",
        iv="rvidal@mutualevante.es",
        trap="goto-meeting-hr-first-interview",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Vidal Sanchis, Rosa":mailto:rvidal@mutualevante.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\, como hablamos\, te envío convocatoria para una primera entrevista sobre la vacante de Letrado/a Corporativo/a en nuestra sede de Valencia (con posibilidad de trabajo desde Madrid 3 días/semana).\n\nRosa Vidal – Selección y Desarrollo\n\nEntrevista Letrado/a Corporativo/a\n\nÚnase a mi reunión desde su ordenador\, tablet o smartphone.\nhttps://meet.goto.com/512847309\n\nTambién puede llamar por teléfono.\nEspaña: +34 932 75 1230\n\nCódigo de acceso: 512-847-309\n\n¿Es la primera vez que usa GoTo Meeting? Realice una comprobación rápida del sistema:\nhttps://link.goto.com/system-check\n
UID:040000008200E00074C5B7101A82E0080000000028E7C4A9F27BDB01000000000000000010000000C1F0
SUMMARY;LANGUAGE=es-ES:Entrevista Letrado/a Corporativo/a - Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250221T093000
DTEND;TZID=Romance Standard Time:20250221T101500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250218T121048Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:https://meet.goto.com/512847309
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="holiday-call",
        uid="F1A2C3E4-5B6D-4F70-8A9B-0C1D2E3F4A5B",
        y=1,
        co="Grupo Turístico Océano",
        role="Director/a Jurídico/a",
        stage="recruiter_screen",
        iv="Nuria Campos",
        trap="canary-tz-holiday-agency-call-named-employer",
        ics=rf"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.4//EN
CALSCALE:GREGORIAN
{TZ_CANARY}
BEGIN:VEVENT
CREATED:20250414T190211Z
UID:F1A2C3E4-5B6D-4F70-8A9B-0C1D2E3F4A5B
DTEND;TZID=Atlantic/Canary:20250416T114500
TRANSP:OPAQUE
SUMMARY:Llamada Nuria Campos (Talentum Legal) – Grupo Turístico Océano\, Director/a Jurídico/a
LAST-MODIFIED:20250414T190240Z
DTSTAMP:20250414T190240Z
DTSTART;TZID=Atlantic/Canary:20250416T110000
LOCATION:Lanzarote - desde el apartamento
DESCRIPTION:Ojo: hora canaria (12:00 en Madrid). Es su screening antes de presentarme al cliente. Preguntar si la sede es Palma o Madrid.
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="factorial",
        uid="factorial-ats-interview-204518@factorialhr.com",
        y=1,
        co="Nexo Logística",
        role="Legal & Compliance Manager",
        stage="recruiter_screen",
        iv="laura.benitez@nexologistica.com",
        trap="factorial-ats-spanish-invite",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Factorial HR//Factorial ATS//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-204518@factorialhr.com
DTSTAMP:20250326T093008Z
DTSTART:20250331T100000Z
DTEND:20250331T103000Z
SUMMARY:Entrevista: Legal & Compliance Manager - Nexo Logística
ORGANIZER;CN=Laura Benítez:mailto:laura.benitez@nexologistica.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Llamada telefónica
DESCRIPTION:Hola Inés\,\n\nTe he agendado una primera entrevista telefónica de 30 minutos para la vacante de Legal & Compliance Manager. Te llamaré al número que indicaste en tu candidatura.\n\nLaura Benítez\nPeople Partner · Nexo Logística\n\nEnviado desde Factorial
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="bizneo",
        uid="bizneo-ats-ev-88120455@bizneo.com",
        y=1,
        co="Aguas de Guadarrama",
        role="Jefe/a de Asesoría Jurídica",
        stage="hiring_manager",
        iv="ernesto.galan@aguasguadarrama.es",
        trap="bizneo-entrevista-personal-in-person",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Bizneo//Bizneo ATS//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:bizneo-ats-ev-88120455@bizneo.com
DTSTAMP:20250430T110033Z
DTSTART:20250507T090000Z
DTEND:20250507T100000Z
SUMMARY:Entrevista personal - Jefe/a de Asesoría Jurídica
ORGANIZER;CN=Aguas de Guadarrama - Selección:mailto:notificaciones@bizneo.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Ernesto Galán;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ernesto.galan@aguasguadarrama.es
LOCATION:Sede social\, C/ Santa Engracia 125\, 28003 Madrid
DESCRIPTION:Estimada Inés:\n\nLe convocamos a una entrevista personal con D. Ernesto Galán\, Director de Servicios Jurídicos y Cumplimiento\, en relación con su candidatura a la posición de Jefe/a de Asesoría Jurídica.\n\nRogamos confirme su asistencia a través del portal del candidato.\n\nAguas de Guadarrama\, S.A. – Departamento de Personas
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="cancelled",
        uid="040000008200E00074C5B7101A82E00800000000D1F5A2B7E8A4DB01000000000000000010000000F2A9",
        y=1,
        co="Linares Castell Abogados",
        role="",
        stage="hiring_manager",
        iv="jlinares@linarescastell.com",
        trap="cancelled-meeting-with-managing-partner",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:CANCEL
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Linares, Joaquín":mailto:jlinares@linarescastell.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Inés\, disculpa\, tenemos que aplazar nuestra reunión: me ha surgido una vista en Barcelona. Mi asistente te propondrá nuevas fechas para hablar de tu posible incorporación al despacho.\n\nUn abrazo\,\nJoaquín\n
UID:040000008200E00074C5B7101A82E00800000000D1F5A2B7E8A4DB01000000000000000010000000F2A9
SUMMARY;LANGUAGE=es-ES:Cancelada: Reunión Inés Carvajal / Joaquín Linares (socio director)
DTSTART;TZID=Romance Standard Time:20250410T180000
DTEND;TZID=Romance Standard Time:20250410T190000
CLASS:PUBLIC
PRIORITY:1
DTSTAMP:20250408T071544Z
TRANSP:TRANSPARENT
STATUS:CANCELLED
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Linares Castell - Paseo de Recoletos 7
X-MICROSOFT-CDO-APPT-SEQUENCE:1
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-INTENDEDSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="video-interview",
        uid="hv-ondemand-77f2a1c9-vantor-20250512@hirevue.com",
        y=1,
        co="Vantor Energy",
        role="Senior Legal Counsel Iberia",
        stage="recruiter_screen",
        iv="",
        trap="hirevue-on-demand-video-all-day-window",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//HireVue//On Demand Interview//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:hv-ondemand-77f2a1c9-vantor-20250512@hirevue.com
DTSTAMP:20250509T131502Z
DTSTART;VALUE=DATE:20250512
DTEND;VALUE=DATE:20250515
SUMMARY:Complete your Vantor Energy video interview (Senior Legal Counsel Iberia)
DESCRIPTION:Hello Ines\,\n\nVantor Energy has invited you to complete an on-demand video interview for Senior Legal Counsel Iberia. You will answer 6 questions on camera; each has 30 seconds of thinking time and up to 3 minutes to answer.\n\nDeadline: 14 May 2025\, 23:59 (CEST)\n\nStart here: https://app.hirevue.com/interviews/77f2a1c9\n\nGood luck!\nVantor Energy Talent Acquisition
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
