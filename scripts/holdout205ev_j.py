"""holdout205 events, part j: appraisal, coffees, referee and unnamed-headhunter calls, Spain paperwork, errands."""

from holdout205ev_tz import GOOGLE_BA, GOOGLE_COR, MADRID, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="evaluacion-desempeno",
        uid="040000008200E00074C5B7101A82E0080000000077E8F9A0B1A3DB01"
            "000000000000000010000000E4A1D0E5E4A1D0E5E4A1D0E5E4A1D0E5",
        y=0,
        trap="own-appraisal-entrevista-de-desempeno",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallardo, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Entrevista de evaluación de desempeño 2024 (ci
 clo anual). Traer tu autoevaluación completa en el formulario de Capital
  Humano. Vemos objetivos 2025 y plan de desarrollo.\n
UID:040000008200E00074C5B7101A82E0080000000077E8F9A0B1A3DB01000000000000000
 010000000E4A1D0E5E4A1D0E5E4A1D0E5E4A1D0E5
SUMMARY;LANGUAGE=es-AR:Entrevista de desempeño 2024 - M. Ferreyra
DTSTART;TZID=Argentina Standard Time:20250313T160000
DTEND;TZID=Argentina Standard Time:20250313T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Oficina Hernán
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cafe-informativo",
        uid="1w5a9e3i7m1q5u9y3c7g1k5o9s@google.com",
        y=0,
        trap="informational-coffee-friend-at-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250221T183000
DTEND;TZID=America/Argentina/Cordoba:20250221T193000
DTSTAMP:20250219T000000Z
ORGANIZER;CN=Victoria Paredes:mailto:vickyparedes@gmail.com
UID:1w5a9e3i7m1q5u9y3c7g1k5o9s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Victoria Paredes;X-NUM-GUESTS=0:mailto:vickyparedes@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250219T000000Z
DESCRIPTION:Cafecito para ponernos al día! Te cuento cómo es laburar en S
 yngenta y cómo fue mi cambio desde el estudio. No hay búsqueda abierta h
 oy pero te paso contactos 😉
LAST-MODIFIED:20250219T000000Z
LOCATION:Havanna - Paseo del Buen Pastor
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Vicky / Martín
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="feria-empleo",
        uid="eventbrite-1098776543-ticket-55102@eventbrite.com",
        y=0,
        trap="careers-fair-attendee-spain-virtual",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Eventbrite//Eventbrite Calendar//EN
METHOD:PUBLISH
""" + MADRID + r"""BEGIN:VEVENT
UID:eventbrite-1098776543-ticket-55102@eventbrite.com
DTSTAMP:20250505T140000Z
DTSTART;TZID=Europe/Madrid:20250520T160000
DTEND;TZID=Europe/Madrid:20250520T200000
SUMMARY:Feria Virtual de Empleo Finanzas & Auditoría España 2025
LOCATION:Online
DESCRIPTION:Tu entrada: General (gratuita)\nMás de 40 empresas (Big Four\,
  banca\, consumo) con stands virtuales y charlas. Prepara tu CV en PDF y
  tu perfil de LinkedIn.\nhttps://www.eventbrite.es/e/1098776543
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="llamado-referencias",
        uid="9B8A7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3",
        y=0,
        trap="reference-call-user-is-referee",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250602T190000Z
UID:9B8A7C6D-5E4F-4321-A0B9-C8D7E6F5A4B3
DTEND;TZID=America/Argentina/Cordoba:20250603T174500
SUMMARY:me llaman de Randstad x referencias de Valeria Ortiz
DTSTART;TZID=America/Argentina/Cordoba:20250603T173000
DTSTAMP:20250602T190012Z
DESCRIPTION:Vale me puso de referente (trabajó conmigo 2019-2022). hablar
  bien del cierre y de la migración a Tango. no decir nada de la licencia
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-confidencial",
        uid="3k7o1s5w9a3e7i1m5q9u3y7c1g@google.com",
        y=0,
        trap="headhunter-call-confidential-no-employer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250606T120000
DTEND;TZID=America/Argentina/Buenos_Aires:20250606T123000
DTSTAMP:20250603T161500Z
ORGANIZER;CN=Santiago Lerner:mailto:slerner@executivesearch-lp.com
UID:3k7o1s5w9a3e7i1m5q9u3y7c1g@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/ovb-ttyq-wcn
CREATED:20250603T161500Z
DESCRIPTION:Martín\, gusto en saludarte. Estamos trabajando una búsqueda
  confidencial de Controller para una multinacional del agro con base en R
 osario. Me gustaría conocer tu perfil y tus expectativas antes de avanzar
 .\nSantiago Lerner - Lerner & Partners Executive Search
LAST-MODIFIED:20250603T161500Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Santiago Lerner / Martín Ferreyra
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="consulado-espana",
        uid="citaprevia-exteriores-BA-2025-778124",
        y=0,
        trap="consulate-passport-appointment-madrid-looking",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ministerio de Asuntos Exteriores//Cita Previa//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:citaprevia-exteriores-BA-2025-778124
DTSTAMP:20250314T120000Z
DTSTART:20250414T123000Z
DTEND:20250414T124500Z
SUMMARY:Cita previa - Consulado General de España en Córdoba - Pasaporte
LOCATION:Consulado General de España\, Ayacucho 7xx\, Córdoba
DESCRIPTION:Servicio: Expedición / renovación de pasaporte\nSolicitante:
  FERREYRA\, MARTIN\nLocalizador: 778124\nAporte: DNI español o certificad
 o de inscripción consular\, 1 fotografía\, pasaporte anterior.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="curso-cpce",
        uid="cpce-cba-capacitacion-2025-0331-niif16@cpcecba.org.ar",
        y=0,
        trap="professional-training-niif",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CPCE Córdoba//Capacitación//ES
METHOD:PUBLISH
""" + GOOGLE_COR + r"""BEGIN:VEVENT
UID:cpce-cba-capacitacion-2025-0331-niif16@cpcecba.org.ar
DTSTAMP:20250320T120000Z
DTSTART;TZID=America/Argentina/Cordoba:20250331T180000
DTEND;TZID=America/Argentina/Cordoba:20250331T210000
SUMMARY:Curso: NIIF 16 y RT 54 - Aplicación práctica (módulo 2)
LOCATION:CPCE Córdoba - Av. Hipólito Yrigoyen 4xx - Aula 3 / streaming
DESCRIPTION:Disertante: Dra. Silvia Mercado. Actividad arancelada con cer
 tificado (3 hs). Matriculado: FERREYRA MARTIN.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="visita-acopio",
        uid="040000008200E00074C5B7101A82E0080000000088F9A0B1C2A4DB01"
            "000000000000000010000000ACAC0101ACAC0101ACAC0101ACAC0101",
        y=0,
        trap="site-visit-stock-count-planta-acopio",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Olmos, Diego":mailto:dolmos@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sosa, Ju
 lián (AR - Córdoba)":mailto:jusosa@deloitte.com
DESCRIPTION;LANGUAGE=es-AR:Recuento físico de silos y celdas al cierre (c
 on auditores). Salimos 6:00 de Circunvalación en la Amarok. Llevar EPP.\n
UID:040000008200E00074C5B7101A82E0080000000088F9A0B1C2A4DB01000000000000000
 010000000ACAC0101ACAC0101ACAC0101ACAC0101
SUMMARY;LANGUAGE=es-AR:Inventario físico - Planta de acopio Río Cuarto
DTSTART;TZID=Argentina Standard Time:20250331T080000
DTEND;TZID=Argentina Standard Time:20250331T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250321T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Planta Río Cuarto
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="banco-turno",
        uid="galicia-turnos-0021-558812@bancogalicia.com.ar",
        y=0,
        trap="bank-branch-appointment",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Banco Galicia//Turnos//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:galicia-turnos-0021-558812@bancogalicia.com.ar
DTSTAMP:20250502T120000Z
DTSTART:20250509T130000Z
DTEND:20250509T133000Z
SUMMARY:Turno Galicia - Sucursal 0021 Córdoba Centro
LOCATION:Galicia Suc. 0021 - 25 de Mayo 1xx\, Córdoba
DESCRIPTION:Motivo: Firma de préstamo personal / cambio de paquete Éminent.
 \nPresentar DNI y últimos 3 recibos de sueldo.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="apostilla",
        uid="4A3B2C1D-0E9F-4876-A5B4-C3D2E1F0A9B8",
        y=0,
        trap="apostille-title-for-spain-homologacion",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250425T140000Z
UID:4A3B2C1D-0E9F-4876-A5B4-C3D2E1F0A9B8
DTEND;TZID=America/Argentina/Cordoba:20250430T100000
SUMMARY:Apostilla título + analítico (Colegio Escribanos)
DTSTART;TZID=America/Argentina/Cordoba:20250430T090000
DTSTAMP:20250425T140020Z
DESCRIPTION:para la homologación en España (Ministerio de Universidades).
  llevar originales legalizados UNC
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="uno-a-uno",
        uid="040000008200E00074C5B7101A82E00800000000991A2B3C4DA2DA01"
            "000000000000000010000000B0B0B0B0C1C1C1C1D2D2D2D2E3E3E3E3",
        y=0,
        trap="weekly-one-on-one-with-boss",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallardo, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Ferreyra, Martín":mail
 to:mferreyra@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:\n
RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TH
UID:040000008200E00074C5B7101A82E00800000000991A2B3C4DA2DA01000000000000000
 010000000B0B0B0B0C1C1C1C1D2D2D2D2E3E3E3E3
SUMMARY;LANGUAGE=es-AR:1:1 Hernán / Martín
DTSTART;TZID=Argentina Standard Time:20250109T173000
DTEND;TZID=Argentina Standard Time:20250109T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250107T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Oficina Hernán
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="vuelo-madrid",
        uid="ib-pnr-K7QX2M-seg1@iberia.com",
        y=0,
        trap="flight-to-madrid-during-job-search",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Iberia//Mi Viaje//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:ib-pnr-K7QX2M-seg1@iberia.com
DTSTAMP:20250520T020000Z
DTSTART:20250703T001500Z
DTEND:20250703T124500Z
SUMMARY:Vuelo IB6844 Buenos Aires (EZE) - Madrid (MAD)
LOCATION:Aeropuerto Internacional Ministro Pistarini (EZE) - Terminal A
DESCRIPTION:Localizador: K7QX2M\nPasajero: FERREYRA/MARTIN MR\nTarifa: Ec
 onomy Basic\nFacturación online disponible 24 h antes.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="inspeccion-afip",
        uid="040000008200E00074C5B7101A82E00800000000AA2B3C4D5EA5DB01"
            "000000000000000010000000AF1BAF1BAF1BAF1BAF1BAF1BAF1BAF1B",
        y=0,
        trap="tax-inspection-entrevista-con-inspectora",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ferreyra, Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallard
 o, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Cr. Bert
 ora (estudio):mailto:pbertora@estudiobertora.com.ar
DESCRIPTION;LANGUAGE=es-AR:AFIP - Fiscalización IVA 2023 (O.I. 1.9xx.xxx)
 . Entrevista con la inspectora actuante en nuestras oficinas; llevar pape
 les de trabajo\, libros IVA digital y respuesta al F.8000.\n
UID:040000008200E00074C5B7101A82E00800000000AA2B3C4D5EA5DB01000000000000000
 010000000AF1BAF1BAF1BAF1BAF1BAF1BAF1BAF1B
SUMMARY;LANGUAGE=es-AR:AFIP inspección - entrevista con inspectora
DTSTART;TZID=Argentina Standard Time:20250522T100000
DTEND;TZID=Argentina Standard Time:20250522T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250516T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Directorio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="encuesta-salarial",
        uid="qualtrics-int-2025-cpce-0481@cpcecba.org.ar",
        y=0,
        trap="survey-interview-salary-study",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//CPCE Córdoba//Encuestas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:qualtrics-int-2025-cpce-0481@cpcecba.org.ar
DTSTAMP:20250505T130000Z
DTSTART:20250512T213000Z
DTEND:20250512T220000Z
SUMMARY:Entrevista telefónica - Relevamiento de honorarios y salarios 2025
ORGANIZER;CN=Área de Estudios CPCE:mailto:estudios@cpcecba.org.ar
ATTENDEE;CN=FERREYRA MARTIN;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION:Estimado/a matriculado/a: gracias por aceptar participar del
  relevamiento anual. Una encuestadora lo/a llamará para una entrevista de
  15-20 minutos sobre su remuneración y condiciones de trabajo. Las respue
 stas son anónimas.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="acto-jardin",
        uid="6m0q4u8y2c6g0k4o8s2w6a0e4i@google.com",
        y=0,
        trap="school-event-acto-25-de-mayo",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Familia
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250523T100000
DTEND;TZID=America/Argentina/Cordoba:20250523T113000
DTSTAMP:20250515T120000Z
UID:6m0q4u8y2c6g0k4o8s2w6a0e4i@google.com
CREATED:20250515T120000Z
DESCRIPTION:Benja de vendedor ambulante 😂 llevar escarapela y pastelitos
  (12)
LAST-MODIFIED:20250515T120000Z
LOCATION:Jardín Pimpollitos
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Acto 25 de Mayo - jardín Benja
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
]
