"""holdout180 events, part i: look-alikes of interviews and the user's everyday legal work (all negatives)."""
# ruff: noqa: E501  (raw iCalendar text keeps the long lines the tools write)

from holdout180ev_tz import TZ_ROMANCE

EVENTS = [
    dict(
        k="webinar",
        uid="zoomwebinar-86233019744-20250305@zoom.us",
        y=0,
        trap="webinar-about-preparing-in-house-interviews",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250226T120000Z
DTSTART:20250305T170000Z
DTEND:20250305T183000Z
SUMMARY:Webinar: Del despacho a la empresa – cómo preparar la entrevista para un puesto in-house
UID:zoomwebinar-86233019744-20250305@zoom.us
DESCRIPTION:Hola Inés Carvajal\,\n\nGracias por inscribirte en "Del despacho a la empresa – cómo preparar la entrevista para un puesto in-house"\, organizado por el Club de Abogados de Empresa.\n\nPonentes: Directora jurídica de una cotizada y socia de una firma de headhunting legal. Incluye simulación en directo de preguntas típicas ("¿por qué dejar el despacho?"\, caso práctico\, preguntas por competencias).\n\nÚnete desde PC\, Mac\, iPad o Android:\nhttps://us02web.zoom.us/w/86233019744?tk=Wm9vbVdlYg\nCódigo de acceso: 480022
LOCATION:https://us02web.zoom.us/w/86233019744
ORGANIZER;CN=Club de Abogados de Empresa:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="press-interview",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB01000000000000000010000000CC01",
        y=0,
        trap="press-interview-legal-newspaper",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Comunicación O&V":mailto:comunicacion@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Beatriz Luengo:mailto:bluengo@diariojuridicolex.es
DESCRIPTION;LANGUAGE=es-ES:Inés\, te confirmo la entrevista con Beatriz Luengo\, redactora de Diario Jurídico Lex\, para el reportaje sobre el mercado de M&A mid-market en 2025. Unos 30-40 minutos; luego el fotógrafo te hará un par de fotos en la terraza. Te paso el argumentario y las preguntas que nos han anticipado.\n\nSilvia – Comunicación y Marketing\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B5DB01000000000000000010000000CC01
SUMMARY;LANGUAGE=es-ES:Entrevista Diario Jurídico Lex - Inés Carvajal (reportaje M&A mid-market)
DTSTART;TZID=Romance Standard Time:20250318T100000
DTEND;TZID=Romance Standard Time:20250318T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:O&V Serrano 90 - Sala 1.1
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="podcast",
        uid="9e2b7d41-6a3c-4f85-b0e9-1d2c3b4a5f67@riverside.fm",
        y=0,
        trap="podcast-recording-guest",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Riverside.fm//Studio//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:9e2b7d41-6a3c-4f85-b0e9-1d2c3b4a5f67@riverside.fm
DTSTAMP:20250501T100000Z
DTSTART:20250508T163000Z
DTEND:20250508T173000Z
SUMMARY:Grabación podcast "Hablemos de Deals" – ep. 42 con Inés Carvajal
ORGANIZER;CN=Hablemos de Deals:mailto:hola@hablemosdedeals.com
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:https://riverside.fm/studio/hablemos-de-deals?t=8c1f0a
DESCRIPTION:Entrevista para el episodio 42: "W&I insurance en operaciones mid-market". Usa auriculares con cable y conéctate 10 min antes para la prueba de sonido.
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="research-interview",
        uid="calendly-RSRCH8LQ2ZW4@calendly.com",
        y=0,
        trap="research-interview-in-house-market-study",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly Scheduling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-RSRCH8LQ2ZW4@calendly.com
DTSTAMP:20250404T090000Z
DTSTART:20250411T073000Z
DTEND:20250411T080000Z
SUMMARY:Inés Carvajal and Daniela Ferro
ORGANIZER;CN=Daniela Ferro:mailto:dferro@observatoriolegal.es
ATTENDEE;CN=Inés Carvajal;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:ines.carvajal.ruiz@hotmail.es
LOCATION:Google Meet
DESCRIPTION:Event Name: Entrevista estudio "La función legal in-house en España 2025" (30 min)\n\nGracias por participar en nuestro estudio. Se trata de una entrevista de investigación semiestructurada sobre carrera\, retribución y expectativas de abogados que valoran pasar a empresa. Respuestas anónimas y agregadas.\n\nObservatorio de la Profesión Legal\n\nPowered by Calendly.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="appraisal",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B6DB01000000000000000010000000CC02",
        y=0,
        trap="own-annual-appraisal-current-firm",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista de evaluación anual 2024 (ciclo de desempeño). Por favor\, completa antes tu autoevaluación en la plataforma. Revisaremos objetivos\, horas facturables\, desarrollo de negocio y tu candidatura a counsel.\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B6DB01000000000000000010000000CC02
SUMMARY;LANGUAGE=es-ES:Evaluación anual 2024 - Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250219T123000
DTEND;TZID=Romance Standard Time:20250219T133000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250210T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho G. Vidal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="exit-interview",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B7DB01000000000000000010000000CC03",
        y=0,
        trap="own-exit-interview-current-firm",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Herrera Sáez, Nuria":mailto:nherrera@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Hola Inés\, como parte del proceso de salida\, nos gustaría tener contigo la entrevista de salida (confidencial). Aprovechamos también para la devolución del portátil\, tarjeta de acceso y token.\n\nNuria\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B7DB01000000000000000010000000CC03
SUMMARY;LANGUAGE=es-ES:Entrevista de salida - Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250627T120000
DTEND;TZID=Romance Standard Time:20250627T124500
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250620T090000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:RRHH - planta 2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="coffee-chat",
        uid="F3A5C7E9-2B4D-4F61-8A0C-E2F4A6B8C0D2",
        y=0,
        trap="informational-coffee-ex-colleague-in-house",
        eol="lf",
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250203T210012Z
DTEND:20250206T093000
DTSTAMP:20250203T210020Z
DTSTART:20250206T083000
LAST-MODIFIED:20250203T210020Z
LOCATION:Federal Café Conde Duque
SEQUENCE:0
SUMMARY:Café Elena Marín
DESCRIPTION:Elena (ex-O&V\, ahora legal en una utility). Que me cuente cómo es el día a día in-house\, sueldos reales\, y si sabe de headhunters buenos. NO es para un puesto\, solo info.
UID:F3A5C7E9-2B4D-4F61-8A0C-E2F4A6B8C0D2
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="careers-fair",
        uid="eventbrite-1098872341-ticket-2207731@eventbrite.com",
        y=0,
        trap="legal-careers-fair-as-visitor",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Eventbrite//Eventbrite Calendar//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:eventbrite-1098872341-ticket-2207731@eventbrite.com
DTSTAMP:20250320T180000Z
DTSTART:20250403T150000Z
DTEND:20250403T190000Z
SUMMARY:Legal Talent Day 2025 – Feria de empleo jurídico in-house
LOCATION:Espacio Rastro\, Calle de los Mancebos 4\, Madrid
DESCRIPTION:Tu entrada: General (gratuita)\nEncuentro entre empresas con departamentos jurídicos y abogados con experiencia. Stands de empresas\, charlas sobre el salto a in-house y revisión de CV.\nhttps://www.eventbrite.es/e/legal-talent-day-2025-tickets-1098872341
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="reference-as-referee",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B8DB01000000000000000010000000CC04",
        y=0,
        trap="reference-call-user-as-referee",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Talento - Alarcón Abogados":mailto:talento@alarconabogados.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Estimada Inés\, Jorge Peña nos ha facilitado su contacto como referencia profesional (fue becario en su equipo en 2023). Le llamaremos para hacerle unas breves preguntas sobre su desempeño. Gracias de antemano.\n\nAna Crespo – Talento\, Alarcón Abogados\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B8DB01000000000000000010000000CC04
SUMMARY;LANGUAGE=es-ES:Referencias Jorge Peña - llamada a Inés Carvajal
DTSTART;TZID=Romance Standard Time:20250507T133000
DTEND;TZID=Romance Standard Time:20250507T134500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T100000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Teléfono
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="client-meeting",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B9DB01000000000000000010000000CC05",
        y=0,
        trap="client-meeting-spa-negotiation",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Vidal Ortiz, Gonzalo":mailto:gvidal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcos Alba:mailto:malba@grupoinversoralba.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=TENTATIVE;RSVP=TRUE;CN=Cristina Soto:mailto:csoto@grupoinversoralba.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN="MAD-P6-Sala Consejo":mailto:sala.consejo.p6@olmedovidal.es
DESCRIPTION;LANGUAGE=es-ES:Proyecto Halcón – revisión con cliente del último markup del SPA (manifestaciones y garantías\, W&I\, earn-out) antes de la llamada con la parte vendedora.\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4B9DB01000000000000000010000000CC05
SUMMARY;LANGUAGE=es-ES:Halcón - reunión cliente (SPA markup)
DTSTART;TZID=Romance Standard Time:20250225T100000
DTEND;TZID=Romance Standard Time:20250225T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250220T170000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MAD-P6-Sala Consejo
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="firma-notario",
        uid="040000008200E00074C5B7101A82E00800000000C0D1E2F3A4C0DB01000000000000000010000000CC06",
        y=0,
        trap="signing-before-notary",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Gil Robles, Marta":mailto:mgil@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Marcos Alba:mailto:malba@grupoinversoralba.com
DESCRIPTION;LANGUAGE=es-ES:Firma de la escritura de compraventa de participaciones (Proyecto Halcón) y cierre. Notaría de D. Ignacio Solís\, C/ Velázquez 18. Llevar: poderes originales\, certificados de titularidad real\, justificantes de transferencia\, libro registro de socios.\n
UID:040000008200E00074C5B7101A82E00800000000C0D1E2F3A4C0DB01000000000000000010000000CC06
SUMMARY;LANGUAGE=es-ES:Firma ante notario - cierre Halcón
DTSTART;TZID=Romance Standard Time:20250430T110000
DTEND;TZID=Romance Standard Time:20250430T140000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250423T190000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:2
LOCATION;LANGUAGE=es-ES:Notaría Solís - Velázquez 18
X-MICROSOFT-CDO-BUSYSTATUS:OOF
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:2
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="dd-call",
        uid="ZOOM81190254377_20250312T153000Z",
        y=0,
        trap="due-diligence-qa-call-english",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
DTSTAMP:20250310T094500Z
DTSTART:20250312T153000Z
DTEND:20250312T170000Z
SUMMARY:Project Atlas - Legal DD Q&A session (sellers' counsel / buyers' counsel)
UID:ZOOM81190254377_20250312T153000Z
DESCRIPTION:Oliver Grant is inviting you to a scheduled Zoom meeting.\n\nAgenda: walk-through of red-flag items in the legal DD report (change of control clauses\, pending litigation\, real estate title)\, management Q&A on employment matters.\n\nJoin Zoom Meeting\nhttps://ashworthlaw.zoom.us/j/81190254377?pwd=QXRsYXM\n\nMeeting ID: 811 9025 4377\nPasscode: 774100
LOCATION:https://ashworthlaw.zoom.us/j/81190254377?pwd=QXRsYXM
ORGANIZER;CN=Oliver Grant:mailto:oliver.grant@ashworthlaw.co.uk
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        k="entrevista-cliente",
        uid="C1E3A5B7-9D0F-4B2C-8E4A-6F8B0D2E4A6C",
        y=0,
        trap="entrevista-con-el-cliente-legal-consultation",
        ics=rf"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{TZ_ROMANCE}
BEGIN:VEVENT
ORGANIZER;CN="Carvajal Ruiz, Inés":mailto:icarvajal@olmedovidal.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ramón Gutiérrez Lasa:mailto:rgutierrez@metalurgicalasa.es
DESCRIPTION;LANGUAGE=es-ES:Primera entrevista con el cliente: sucesión en la empresa familiar (Metalúrgica Lasa\, S.L.)\, protocolo familiar y posible entrada de un socio financiero. Traer organigrama societario y estatutos.\n
UID:C1E3A5B7-9D0F-4B2C-8E4A-6F8B0D2E4A6C
SUMMARY;LANGUAGE=es-ES:Entrevista con el cliente - Sr. Gutiérrez (Metalúrgica Lasa)
DTSTART;TZID=Romance Standard Time:20250408T100000
DTEND;TZID=Romance Standard Time:20250408T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T101000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:O&V Serrano 90 - Sala 5.2
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
