"""holdout180 events, part f: the rest of the user's own interviews."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_ROMANCE, TZ_W_EUROPE

EVENTS = [
    dict(
        k="competencias",
        uid="2p5s8v1y4b7e0h3k6n9q2t5w8z@google.com",
        y=1,
        co="Grupo Hospitalario Vitalia",
        role="Director/a Jurídico/a",
        stage="",
        iv="pmoreno@alturaconsultores.es",
        trap="consultancy-competency-interview-for-named-client",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250219T173000Z
DTEND:20250219T190000Z
DTSTAMP:20250214T101822Z
ORGANIZER;CN=Paloma Moreno:mailto:pmoreno@alturaconsultores.es
UID:2p5s8v1y4b7e0h3k6n9q2t5w8z@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Paloma Moreno;X-NUM-GUESTS=0:mailto:pmoreno@alturaconsultores.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Estimada Inés:\n\nEn el marco del proceso de selección de Director/a Jurídico/a para Grupo Hospitalario Vitalia\, le convocamos a una entrevista de evaluación por competencias (entrevista conductual estructurada\, aprox. 90 minutos). Previamente recibirá un cuestionario de personalidad online que deberá completar antes del día 18.\n\nPaloma Moreno\nSocia – Altura Consultores de Dirección\n\nZoom: https://us02web.zoom.us/j/81144029953?pwd=QWx0dXJh\nID de reunión: 811 4402 9953 · Código: 250219
LOCATION:https://us02web.zoom.us/j/81144029953?pwd=QWx0dXJh
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista por competencias – I. Carvajal (Proyecto Vitalia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="final-round",
        uid="040000008200E00074C5B7101A82E00800000000B4E8F1C29ABEDB01000000000000000010000000D7E1",
        y=1,
        co="Autopistas del Noroeste",
        role="Abogado/a Senior",
        stage="final",
        iv="ricardo.diaz@aunor.es;montserrat.frade@aunor.es",
        trap="teams-third-round-final-spanish",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Frade Outeiro, Montserrat":mailto:montserrat.frade@aunor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Díaz Pardo, Ricardo":mailto:ricardo.diaz@aunor.es
DESCRIPTION;LANGUAGE=es-ES:Inés\, gracias de nuevo por tu tiempo en las entrevistas anteriores. Esta última reunión será con Ricardo Díaz (Consejero Delegado) y conmigo (Directora de Asesoría Jurídica).\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nÚnase desde el equipo o la aplicación móvil\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YTlkZmE1%40thread.v2/0>\nId. de reunión: 317 905 446 218\nCódigo de acceso: 4gH2uZ\nMarcar por teléfono\n+34 91 788 41 25\,\,502991743# España\, Madrid\nId. de conferencia telefónica: 502 991 743#\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000B4E8F1C29ABEDB01000000000000000010000000D7E1
SUMMARY;LANGUAGE=es-ES:Entrevista final (3ª ronda) - Abogado/a Senior - I. Carvajal
DTSTART;TZID=Romance Standard Time:20250603T170000
DTEND;TZID=Romance Standard Time:20250603T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250528T093301Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
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
        k="zoom-invite",
        uid="ZOOM87712903445_20250319T120000Z",
        y=1,
        co="Inmobiliaria Castellana Norte",
        role="Head of Legal",
        stage="hiring_manager",
        iv="groldan@icnorte.es",
        trap="zoom-generated-ics-ceo-interview",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250313T174500Z
DTSTART:20250319T120000Z
DTEND:20250319T130000Z
SUMMARY:Entrevista Head of Legal - Inés Carvajal
UID:ZOOM87712903445_20250319T120000Z
TZID:Europe/Madrid
DESCRIPTION:Gabriel Roldán le está invitando a una reunión de Zoom programada.\n\nUnirse a la reunión Zoom\nhttps://us06web.zoom.us/j/87712903445?pwd=aWNub3J0ZQ\n\nID de reunión: 877 1290 3445\nCódigo de acceso: 903521\n\n---\n\nMarcar según su ubicación\n• +34 84 368 5025 España\n• +34 91 787 0058 España\n\nID de reunión: 877 1290 3445\nCódigo de acceso: 903521\n
LOCATION:https://us06web.zoom.us/j/87712903445?pwd=aWNub3J0ZQ
ORGANIZER;CN=Gabriel Roldán:mailto:groldan@icnorte.es
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="partner-meeting",
        uid="6r9u2x5a8d1g4j7m0p3s6v9y2b@google.com",
        y=1,
        co="Olivenza Capital Partners",
        role="Legal Counsel (Fund & Portfolio)",
        stage="hiring_manager",
        iv="henrik.aalto@olivenzacp.com",
        trap="private-equity-ea-sends-partner-interview-english",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250424T150000Z
DTEND:20250424T160000Z
DTSTAMP:20250416T103355Z
ORGANIZER;CN=Sofia Lange:mailto:sofia.lange@olivenzacp.com
UID:6r9u2x5a8d1g4j7m0p3s6v9y2b@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henrik Aalto;X-NUM-GUESTS=0:mailto:henrik.aalto@olivenzacp.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Fortuny-2-Boardroom (10);X-NUM-GUESTS=0:mailto:c_1889a7b3d4e5f6@resource.calendar.google.com
DESCRIPTION:Dear Inés\,\n\nOn behalf of Henrik Aalto (Partner)\, please find below the details of your interview for the Legal Counsel (Fund & Portfolio) position. Henrik will be joined briefly by our CFO if her schedule allows.\n\nAddress: Olivenza Capital Partners\, C/ Fortuny 8\, 2nd floor\, 28010 Madrid. Please ring "Olivenza" at the entrance.\n\nKind regards\,\nSofia Lange\nExecutive Assistant
LOCATION:Fortuny-2-Boardroom (10)
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Interview – Inés Carvajal / Henrik Aalto
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="agency-call",
        uid="040000008200E00074C5B7101A82E008000000009F2C6E0D1BC3DB01000000000000000010000000E0B5",
        y=1,
        co="Laboratorios Ribera",
        role="Legal Counsel Corporate",
        stage="recruiter_screen",
        iv="laura.sainz@morenohart.com",
        trap="agency-screen-employer-in-summary",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Sainz, Laura":mailto:laura.sainz@morenohart.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\, te llamo para hacer la entrevista de preselección antes de enviar tu perfil a Laboratorios Ribera. 30 min aprox.\n\nLaura Sainz\nManager – Legal\, Tax & Compliance\nMoreno & Hart Recruitment\n
UID:040000008200E00074C5B7101A82E008000000009F2C6E0D1BC3DB01000000000000000010000000E0B5
SUMMARY;LANGUAGE=es-ES:Laboratorios Ribera – Legal Counsel Corporate | llamada Laura Sainz (M&H)
DTSTART;TZID=Romance Standard Time:20250513T130000
DTEND;TZID=Romance Standard Time:20250513T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250509T080214Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
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
        k="successfactors-es",
        uid="SF-INTV-2025-000422107-01@tin-telecom.successfactors.eu",
        y=1,
        co="Telecom Iberia Networks",
        role="Legal Counsel Regulatorio",
        stage="recruiter_screen",
        iv="irene.mata@tin-telecom.es",
        trap="successfactors-spanish-invitation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:SF-INTV-2025-000422107-01@tin-telecom.successfactors.eu
DTSTAMP:20250509T121740Z
SEQUENCE:0
DTSTART:20250515T080000Z
DTEND:20250515T084500Z
SUMMARY:Invitación a entrevista: Legal Counsel Regulatorio (Req. 41182)
ORGANIZER;CN=TIN Talent Acquisition:mailto:noreply.seleccion@tin-telecom.es
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;CN=Irene Mata;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:irene.mata@tin-telecom.es
LOCATION:Microsoft Teams
DESCRIPTION:Estimada Inés:\n\nNos complace invitarle a una entrevista para la posición Legal Counsel Regulatorio (Req. 41182).\n\nEntrevistadora: Irene Mata (Talent Acquisition)\nFormato: videoentrevista (Teams). Recibirá el enlace el día anterior.\n\nPuede aceptar\, rechazar o proponer otro horario desde el portal de candidatos.\n\nAtentamente\,\nTelecom Iberia Networks – Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="onsite-getafe",
        uid="040000008200E00074C5B7101A82E00800000000A18D4F7E2CC5DB01000000000000000010000000B3C4",
        y=1,
        co="Asteria Aerospace",
        role="Senior Legal Counsel",
        stage="onsite",
        iv="j.herrmann@asteria-aero.com;m.castillo@asteria-aero.com;p.lindqvist@asteria-aero.com",
        trap="w-europe-zone-onsite-interview-day",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_W_EUROPE}
BEGIN:VEVENT
ORGANIZER;CN="Becker, Anja (HR Recruiting)":mailto:a.becker@asteria-aero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herrmann, Jens":mailto:j.herrmann@asteria-aero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Castillo, Mónica":mailto:m.castillo@asteria-aero.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Per":mailto:p.lindqvist@asteria-aero.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="ES-GET-B12-MR Cierva":mailto:es.get.b12.cierva@asteria-aero.com
DESCRIPTION;LANGUAGE=en-US:Dear Inés\,\n\nWe are pleased to confirm your onsite interviews at our Getafe site:\n\n09:30 Jens Herrmann\, VP Legal Europe (joining from Hamburg via Teams)\n10:30 Mónica Castillo\, Head of Legal Spain\n11:30 Per Lindqvist\, Director Programmes & Contracts\n12:30 Site tour (optional)\n\nPlease bring your ID/passport: security registration is required (export-controlled site). Visitor parking at Gate 3.\n\nBest regards\,\nAnja Becker\nHR Recruiting\n
UID:040000008200E00074C5B7101A82E00800000000A18D4F7E2CC5DB01000000000000000010000000B3C4
SUMMARY;LANGUAGE=en-US:Onsite interviews – Senior Legal Counsel – Inés Carvajal
DTSTART;TZID=W. Europe Standard Time:20250605T093000
DTEND;TZID=W. Europe Standard Time:20250605T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250529T131140Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:ES-GET-B12-MR Cierva
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
        k="comida-socio",
        uid="A90C3E5F-1B27-4D48-96E0-2F4A6C8E0B13",
        y=1,
        co="Martín & Rius Abogados",
        role="",
        stage="hiring_manager",
        iv="Ignacio Rius",
        trap="lunch-with-managing-partner-typed",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250509T121933Z
DTEND:20250516T160000
DTSTAMP:20250509T122004Z
DTSTART:20250516T140000
LAST-MODIFIED:20250509T122004Z
LOCATION:Sacha\, Juan Hurtado de Mendoza 11
SEQUENCE:0
SUMMARY:Comida Ignacio Rius (M&R)
DESCRIPTION:1ª entrevista "informal" con el socio director para lo de counsel en M&R. Borja dice q van en serio. No hablar de cifras todavía\, sí de clientes.
UID:A90C3E5F-1B27-4D48-96E0-2F4A6C8E0B13
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="proceso-selectivo",
        uid="TEN-PS-2025-AJ04-ENT-0317@ten-electrica.es",
        y=1,
        co="Transportista Eléctrica Nacional",
        role="Técnico/a Superior Asesoría Jurídica – Mercantil",
        stage="",
        iv="",
        trap="formal-selection-process-entrevista-personal-committee",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//TEN//Portal de Empleo//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:TEN-PS-2025-AJ04-ENT-0317@ten-electrica.es
DTSTAMP:20250603T090000Z
DTSTART:20250610T082000Z
DTEND:20250610T085000Z
SUMMARY:Proceso de selección 2025/AJ-04 - Fase de entrevista personal
LOCATION:Sede corporativa TEN\, Paseo del Conde de los Gaitanes 177\, Alcobendas (Madrid)
DESCRIPTION:Candidatura nº 0317. Habiendo superado la fase de valoración de méritos y la prueba de conocimientos\, se le convoca a la fase de entrevista personal ante la Comisión de Selección del proceso 2025/AJ-04 (Técnico/a Superior Asesoría Jurídica – Mercantil).\n\nDebe presentarse 15 minutos antes con DNI en vigor.\n\nDirección de Recursos Humanos
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="final-secretario",
        uid="040000008200E00074C5B7101A82E008000000003E9B1C7A5FC8DB01000000000000000010000000C9D6",
        y=1,
        co="Aseguradora Duero Vida",
        role="Letrado/a Senior",
        stage="final",
        iv="eduardo.salcedo@dueroseguros.es",
        trap="final-with-secretario-general-hr-organizer",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Selección Duero Seguros":mailto:seleccion@dueroseguros.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Salcedo Viñas, Eduardo":mailto:eduardo.salcedo@dueroseguros.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Inés\, le convocamos a la entrevista final con D. Eduardo Salcedo\, Secretario General\, para la posición de Letrado/a Senior.\n\nEnlace Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGVzYWx%40thread.v2/0\n\nSelección – Aseguradora Duero Vida\n
UID:040000008200E00074C5B7101A82E008000000003E9B1C7A5FC8DB01000000000000000010000000C9D6
SUMMARY;LANGUAGE=es-ES:Entrevista final con el Secretario General - Letrado/a Senior
DTSTART;TZID=Romance Standard Time:20250612T120000
DTEND;TZID=Romance Standard Time:20250612T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250606T111205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Microsoft Teams
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
        k="case-study",
        uid="0b3e6h9k2n5q8t1w4z7c0f3i6l@google.com",
        y=1,
        co="Travelgrid Technologies",
        role="Senior Legal Counsel",
        stage="technical",
        iv="helene.fournier@travelgrid.com;oscar.lindgren@travelgrid.com",
        trap="greenhouse-case-study-presentation",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250604T130000Z
DTEND:20250604T140000Z
DTSTAMP:20250528T154412Z
ORGANIZER;CN=Travelgrid Recruiting:mailto:recruiting-scheduling@travelgrid.com
UID:0b3e6h9k2n5q8t1w4z7c0f3i6l@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hélène Fournier;X-NUM-GUESTS=0:mailto:helene.fournier@travelgrid.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Oscar Lindgren;X-NUM-GUESTS=0:mailto:oscar.lindgren@travelgrid.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Hi Inés\,\n\nThis is the case-study stage for Senior Legal Counsel. Please prepare a 15-minute presentation on the case sent by email (acquisition of a Spanish travel-tech start-up: key risks\, SPA protections\, post-closing integration)\, followed by 45 minutes of Q&A with:\n- Hélène Fournier\, Associate General Counsel\n- Oscar Lindgren\, Director Corporate Development\n\nScheduled via Greenhouse\n\nJoin with Google Meet: https://meet.google.com/dqe-rvbn-ksw
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Case Study Presentation - Inés Carvajal (Senior Legal Counsel)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="lever-intro",
        uid="7y0b3e6h9k2n5q8t1w4z7c0f3i@google.com",
        y=1,
        co="Pídelo Delivery",
        role="Legal Counsel Corporate",
        stage="recruiter_screen",
        iv="jordi.ferrer@pidelo.com",
        trap="lever-intro-call-catalan-recruiter",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250224T150000Z
DTEND:20250224T153000Z
DTSTAMP:20250220T090140Z
ORGANIZER;CN=Jordi Ferrer:mailto:jordi.ferrer@pidelo.com
UID:7y0b3e6h9k2n5q8t1w4z7c0f3i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi Ferrer;X-NUM-GUESTS=0:mailto:jordi.ferrer@pidelo.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es;X-NUM-GUESTS=0:mailto:ines.carvajal.ruiz@hotmail.es
DESCRIPTION:Hola Inés\, gràcies! Te paso la invitación para la intro call (30') sobre la posición de Legal Counsel Corporate en Pídelo (Barcelona / Madrid híbrido).\n\nThis event was scheduled via Lever.\n\nUnirse con Google Meet: https://meet.google.com/ghy-tdzw-pqa
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pídelo | Legal Counsel Corporate - Intro call
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="recruitee",
        uid="recruitee-interview-5510937@recruitee.com",
        y=1,
        co="Ondara Retail Group",
        role="Legal Counsel",
        stage="",
        iv="nerea.aguirre@ondara.com",
        trap="recruitee-entrevista-no-stage",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Recruitee//Interview//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:recruitee-interview-5510937@recruitee.com
DTSTAMP:20250422T071122Z
DTSTART:20250428T090000Z
DTEND:20250428T095000Z
SUMMARY:Entrevista Legal Counsel - Ondara Retail Group
ORGANIZER;CN=Nerea Aguirre:mailto:nerea.aguirre@ondara.com
ATTENDEE;CN=Inés Carvajal Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Oficinas Ondara\, C/ Alcalá 265\, Madrid
DESCRIPTION:Hola Inés\, te esperamos en nuestras oficinas para la entrevista. Pregunta por Nerea en recepción.\n\nEnviado con Recruitee
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="outlook-banca",
        uid="040000008200E00074C5B7101A82E00800000000E5A7D3B91FCADB01000000000000000010000000A6F8",
        y=1,
        co="Banca Balear Privada",
        role="Legal Counsel Banca Privada",
        stage="hiring_manager",
        iv="tomeu.riera@bancabalear.es;carla.vives@bancabalear.es",
        trap="outlook-madrid-office-head-of-legal-and-ta",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Vives Pons, Carla":mailto:carla.vives@bancabalear.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=ines.carvajal.ruiz@hotmail.es:mailto:ines.carvajal.ruiz@hotmail.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Riera Mas, Bartomeu":mailto:tomeu.riera@bancabalear.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-Ortega y Gasset-Sala 1":mailto:mad.og.sala1@bancabalear.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\,\n\nTe confirmo la entrevista en nuestra oficina de Madrid (C/ José Ortega y Gasset 22) con Tomeu Riera\, Head of Legal\, y conmigo.\n\nUn saludo\,\nCarla Vives\nTalent Acquisition\n
UID:040000008200E00074C5B7101A82E00800000000E5A7D3B91FCADB01000000000000000010000000A6F8
SUMMARY;LANGUAGE=es-ES:Entrevista - Legal Counsel Banca Privada (Inés Carvajal)
DTSTART;TZID=Romance Standard Time:20250529T173000
DTEND;TZID=Romance Standard Time:20250529T183000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250522T150909Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-Ortega y Gasset-Sala 1
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
