"""holdout217 events, part i: terminal work, press, personal life, look-alikes (1/2)."""

from holdout217ev_tz import EXCHANGE_ES, MADRID, MADRID_APPLE

EVENTS = [
    {
        "kind": "vessel-call",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E0080000000044E3F2A1B09ADB01000000000000000010000000E7A0E7A0E7A0E7A0E7A0E7A0E7A0E7A0",
            0, "", "", "", "", "vessel-call-eta-shipping-line-name",
        ),
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Planificación Muelle TMC:mailto:planificacion.muelle@tmcvalen
 cia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN=Irene Sa
 nchis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Escala MSC ARIANE (servicio Dragon) - ETA 06:0
 0 / ETD 22:00. Atraque muelle Príncipe Felipe\, 3 STS. Movimientos prev
 istos: 2.840 (1.420 desc. / 1.420 carga)\, 96 reefer\, 12 IMO. Pendiente
  confirmar B/L de los reefer para el PIF.\n
UID:040000008200E00074C5B7101A82E0080000000044E3F2A1B09ADB0100000000000000
 0010000000E7A0E7A0E7A0E7A0E7A0E7A0E7A0E7A0
SUMMARY;LANGUAGE=es-ES:ETA MSC ARIANE - escala VLC
DTSTART;VALUE=DATE:20250218
DTEND;VALUE=DATE:20250219
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250214T101000Z
TRANSP:TRANSPARENT
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:FREE
X-MICROSOFT-CDO-ALLDAYEVENT:TRUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reunion-planificacion",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DA0100000000000000001000000055AA55AA55AA55AA55AA55AA55AA55AA",
            0, "", "", "", "", "weekly-planning-meeting-with-moved-occurrence",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Andrés Company Alberola:mailto:acompany@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Irene Sanchis
  Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Vicente Balle
 ster:mailto:vballester@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Semanal: escalas previstas\, ocupación de patio
 \, equipos (RTG/STS) fuera de servicio\, incidencias de puerta.\n
RRULE:FREQ=WEEKLY;BYDAY=MO;WKST=MO
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DA0100000000000000
 001000000055AA55AA55AA55AA55AA55AA55AA55AA
SUMMARY;LANGUAGE=es-ES:Reunión de planificación semanal
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250113T
 083000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250113T09
 3000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250108T120000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Amarre (P2)
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN=Andrés Company Alberola:mailto:acompany@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Irene Sanchis
  Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Se pasa al martes por la auditoría de la APV.\n
RECURRENCE-ID;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":2025
 0310T083000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DA0100000000000000
 001000000055AA55AA55AA55AA55AA55AA55AA55AA
SUMMARY;LANGUAGE=es-ES:Reunión de planificación semanal (martes)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250311T
 083000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250311T09
 3000
DTSTAMP:20250305T090000Z
SEQUENCE:1
LOCATION;LANGUAGE=es-ES:Sala Amarre (P2)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "auditoria-apv",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB0100000000000000001000000066BB66BB66BB66BB66BB66BB66BB66BB",
            0, "", "", "", "", "port-authority-audit",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Calidad y Medio Ambiente TMC:mailto:calidad@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Andrés Co
 mpany Alberola:mailto:acompany@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Auditoría de la Autoridad Portuaria de Valenci
 a (Valenciaport) sobre el cumplimiento de las condiciones de la licencia:
  registros de mercancías peligrosas\, tiempos de estancia en patio y proc
 edimiento de escalas. Los auditores entrevistarán a los responsables de
  cada área. Irene: tener preparados los registros IMO de enero-febrero.\n
UID:040000008200E00074C5B7101A82E00800000000B2C3D4E5F6A7DB0100000000000000
 001000000066BB66BB66BB66BB66BB66BB66BB66BB
SUMMARY;LANGUAGE=es-ES:Auditoría APV - licencia terminal
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250310T
 090000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250310T14
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T083000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala de Consejo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "evaluacion-desempeno",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000001000000077CC77CC77CC77CC77CC77CC77CC77CC",
            0, "", "", "", "", "own-annual-appraisal-with-boss",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Andrés Company Alberola:mailto:acompany@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista de evaluación del desempeño 2024: re
 visión de objetivos (productividad de muelle\, reducción de remociones)\,
  autoevaluación y objetivos 2025. Trae el formulario de autoevaluación re
 lleno.\n
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DB0100000000000000
 001000000077CC77CC77CC77CC77CC77CC77CC77CC
SUMMARY;LANGUAGE=es-ES:Evaluación del desempeño 2024 - Irene Sanchis
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250124T
 110000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250124T12
 0000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20250117T143000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho Dirección Operaciones
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "press-interview",
        "crlf": True,
        "label": (
            "040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000001000000088DD88DD88DD88DD88DD88DD88DD88DD",
            0, "", "", "", "", "newspaper-interviews-user-about-port-traffic",
        ),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{EXCHANGE_ES}
BEGIN:VEVENT
ORGANIZER;CN=Comunicación TMC:mailto:comunicacion@tmcvalencia.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Irene San
 chis Ferrer:mailto:isanchis@tmcvalencia.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=esther.v
 ilar@epi.es:mailto:esther.vilar@epi.es
DESCRIPTION;LANGUAGE=es-ES:Irene\, Esther Vilar (Levante-EMV\, sección Eco
 nomía) te hará la entrevista para el reportaje sobre el récord de TEU de
  2024 y el impacto del mar Rojo en las escalas. Después\, fotos en el mue
 lle con el fotógrafo. Te paso el argumentario aprobado por Dirección.\n
UID:040000008200E00074C5B7101A82E00800000000D4E5F6A7B8C9DB0100000000000000
 001000000088DD88DD88DD88DD88DD88DD88DD88DD
SUMMARY;LANGUAGE=es-ES:Entrevista Levante-EMV (tráfico portuario)
DTSTART;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250206T
 100000
DTEND;TZID="(UTC+01:00) Bruselas, Copenhague, Madrid, París":20250206T11
 0000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250203T150000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Centro de Control / muelle
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "falla-planta",
        "crlf": False,
        "label": (
            "3E8B1F60-A2D4-4C97-8E15-70B9D2C4F6A1", 0, "", "", "", "",
            "personal-allday-falla-planta-valencian",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250301T100030Z
DTSTAMP:20250301T100112Z
DTSTART;VALUE=DATE:20250315
DTEND;VALUE=DATE:20250316
SUMMARY:Plantà infantil - falla de Laia
DESCRIPTION:Laia vestida de fallera a les 8h al casal. Portar esmorzar.
  Jaume porta la cadira.
UID:3E8B1F60-A2D4-4C97-8E15-70B9D2C4F6A1
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ofrena",
        "crlf": False,
        "label": (
            "6F2C9A41-D0B3-47E8-A5C1-8B3E7F0D2A96", 0, "", "", "", "",
            "personal-ofrena-floating",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250301T100400Z
DTSTAMP:20250301T100431Z
DTSTART:20250317T170000
DTEND:20250317T213000
SUMMARY:Ofrena amb la falla
LOCATION:Plaça de la Mare de Déu
DESCRIPTION:Eixim del casal a les 17:30. Ram de Laia encarregat a la flo
 risteria. Demanar eixida a les 15h!
UID:6F2C9A41-D0B3-47E8-A5C1-8B3E7F0D2A96
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "metge-capcalera",
        "crlf": True,
        "label": (
            "citaprevia-gva-20250122-0846-SIP48213377@san.gva.es", 0, "", "", "", "",
            "personal-gp-appointment-gva-cita-previa",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Generalitat Valenciana//Cita Previa Sanitat//VA
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:citaprevia-gva-20250122-0846-SIP48213377@san.gva.es
DTSTAMP:20250120T073010Z
DTSTART;TZID=Europe/Madrid:20250122T084600
DTEND;TZID=Europe/Madrid:20250122T085600
SUMMARY:Cita Medicina Familiar / Cita Metge de Família
LOCATION:Centre de Salut Natzaret - Consulta 4
DESCRIPTION:Professional: Dra. Roig Peiró\, M. José\nTipus: Presencial\nP
 er a anul·lar la cita: 961 928 000 o app GVA+Salut.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "itv",
        "crlf": True,
        "label": (
            "itv-reserva-VLC-2025-0311-118742@sitval.com", 0, "", "", "", "",
            "personal-car-inspection-booking",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SITVAL//Reserva ITV//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:itv-reserva-VLC-2025-0311-118742@sitval.com
DTSTAMP:20250302T193000Z
DTSTART:20250311T163000Z
DTEND:20250311T170000Z
SUMMARY:Inspección ITV - 4817 JKB
LOCATION:Estación ITV Valencia - Vara de Quart
DESCRIPTION:Reserva confirmada. Vehículo: turismo 4817 JKB. Traiga permiso
  de circulación y tarjeta ITV. Localizador: 118742.
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "notaria",
        "crlf": True,
        "label": (
            "1rf5b9k3m7q0vd4hs8cl2ne6tj@google.com", 0, "", "", "", "",
            "personal-notary-signing",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250404T123000
DTEND;TZID=Europe/Madrid:20250404T133000
DTSTAMP:20250327T110000Z
ORGANIZER;CN=Notaría Chapa Guillem:mailto:citas@notariachapa.es
UID:1rf5b9k3m7q0vd4hs8cl2ne6tj@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Firma de escritura de compraventa (plaza de garaje). Compare
 cientes: Irene Sanchis Ferrer y Jaume Llorca. Traer DNI original y justif
 icante de la transferencia.
LOCATION:Notaría Chapa Guillem\, C/ Colón 22\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Firma notaría - compraventa garaje
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "mock-interview",
        "crlf": True,
        "label": (
            "e91b7c20-4f6d-4a3e-b8d5-2c0a9f7e1d63@calendly.com", 0, "", "", "", "",
            "mock-interview-english-with-coach",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Calendly//Calendly//EN
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
UID:e91b7c20-4f6d-4a3e-b8d5-2c0a9f7e1d63@calendly.com
DTSTAMP:20250208T100500Z
DTSTART:20250210T190000Z
DTEND:20250210T200000Z
SUMMARY:Mock Interview in English (60 min) between Carla Ruiz and Irene
  Sanchis Ferrer
DESCRIPTION:Event Name: Mock Interview in English (60 min)\n\nLocation: Z
 oom - https://us06web.zoom.us/j/81522093341\n\nPlease share anything that
  will help prepare for our meeting.: Tengo una entrevista técnica con Hap
 ag-Lloyd esta semana (demand planning). Quiero practicar preguntas de
  liderazgo y el caso de reposicionamiento de vacíos.\n\nPowered by Calend
 ly.com
LOCATION:https://us06web.zoom.us/j/81522093341
ORGANIZER;CN=Carla Ruiz - Career Coaching:mailto:hola@carlaruizcoaching.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:ma
 ilto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webinar-competencias",
        "crlf": True,
        "label": (
            "zoom-webinar-89133650277-reg-kq3XzP@zoom.us", 0, "", "", "", "",
            "webinar-how-to-pass-competency-interview",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:zoom-webinar-89133650277-reg-kq3XzP@zoom.us
DTSTAMP:20250114T120000Z
DTSTART;TZID=Europe/Madrid:20250121T183000
DTEND;TZID=Europe/Madrid:20250121T193000
SUMMARY:Webinar: Cómo superar una entrevista por competencias (método STA
 R)
LOCATION:https://us02web.zoom.us/w/89133650277?tk=kq3XzP
DESCRIPTION:Gracias por registrarte en el webinar gratuito de InfoJobs Ac
 ademy. Aprende a preparar tus respuestas con el método STAR y a responder
  a las preguntas más frecuentes de los reclutadores.\n\nEnlace personal: h
 ttps://us02web.zoom.us/w/89133650277?tk=kq3XzP
ORGANIZER;CN=InfoJobs Academy:mailto:no-reply@zoom.us
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "research-interview",
        "crlf": True,
        "label": (
            "zoom-84420917732-20250225@zoom.us", 0, "", "", "", "",
            "user-research-interview-participant-incentive",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:zoom-84420917732-20250225@zoom.us
DTSTAMP:20250219T160000Z
DTSTART:20250225T150000Z
DTEND:20250225T154500Z
SUMMARY:User interview: yard planning at container terminals
LOCATION:https://navistos.zoom.us/j/84420917732
DESCRIPTION:Hi Irene\, thanks for signing up for our research study! In t
 his 45-minute interview we'll ask about how you plan yard and vessel oper
 ations day to day. There are no right or wrong answers - we're learning\,
  not testing. As a thank-you you'll receive a 75 EUR Amazon voucher.\n\nM
 ia Thompson\, UX Researcher
ORGANIZER;CN=Mia Thompson:mailto:mia.thompson@navis.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "cafe-informativo",
        "crlf": False,
        "label": (
            "B4D8E2F6-1A3C-4E5B-9D7F-0C2A4E6B8D1F", 0, "", "", "", "",
            "informational-coffee-ex-colleague-at-target-company",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
{MADRID_APPLE}
BEGIN:VEVENT
CREATED:20250303T220000Z
DTSTAMP:20250303T220045Z
DTSTART;TZID=Europe/Madrid:20250307T083000
DTEND;TZID=Europe/Madrid:20250307T091500
SUMMARY:Café Nuria (Noatum)
LOCATION:Forn del Grau
DESCRIPTION:Que me cuente cómo es trabajar allí\, ambiente\, sueldos\, si
  hay algo en ops. NO es entrevista\, solo info. Ella me pasa contacto de S
 ergio.
UID:B4D8E2F6-1A3C-4E5B-9D7F-0C2A4E6B8D1F
SEQUENCE:0
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
