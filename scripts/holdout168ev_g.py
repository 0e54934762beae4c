"""Holdout168 events, part G: German, French and equipment-vendor employers, a founder; exit talk, fair, reference, offer."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "personio-invite",
        "label": iv("DMT", "Senior Bergbauingenieur (m/w/d) Tagebauplanung", "technical", "katrin.vogel@dmt-group.com",
                    "german-personio-fachgespraech"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Personio GmbH//Personio Recruiting//DE
VERSION:2.0
METHOD:REQUEST
@TZ:Europe/Berlin@
BEGIN:VEVENT
UID:personio-interview-b61f0e2a-77c4-4d19-9a3e-1c8d5f2b0e94
DTSTAMP:20251006T081522Z
DTSTART;TZID=Europe/Berlin:20251014T150000
DTEND;TZID=Europe/Berlin:20251014T160000
SUMMARY:Fachgespräch: Senior Bergbauingenieur (m/w/d) Tagebauplanung - Camila Rojas Pizarro
DESCRIPTION:Hallo Camila\,\n\nvielen Dank für Ihre Bewerbung bei der DMT Gr
 oup. Gerne laden wir Sie zu einem Fachgespräch mit Dr. Katrin Vogel (Leite
 rin Mining Consulting) ein. Das Gespräch kann auf Englisch oder Spanisch s
 tattfinden\; die Stelle ist in Santiago de Chile mit Reisetätigkeit nach E
 ssen angesiedelt.\n\nMicrosoft Teams: https://teams.microsoft.com/l/meetup-j
 oin/19%3ameeting_ZGRmNTk5\n\nMit freundlichen Grüßen\nIhr DMT Recruiting-Tea
 m
LOCATION:Microsoft Teams
ORGANIZER;CN=DMT Recruiting:mailto:recruiting@dmt-group.com
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Dr. Katrin Vogel;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:katrin.vogel@dmt-group.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teams-invite",
        "label": iv("Eramet", "Responsable Planification Minière (H/F)", "recruiter_screen",
                    "claire.dubois-martin@eramet.com", "french-entretien-paris-zone"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Europe/Paris@
BEGIN:VEVENT
ORGANIZER;CN=DUBOIS-MARTIN Claire:mailto:claire.dubois-martin@eramet.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=fr-FR:Bonjour Camila\,\n\nSuite à votre candidature au
  poste de Responsable Planification Minière (H/F) pour notre site de Centen
 ario (Salta\, Argentine)\, je vous propose un premier entretien en visio.
  Nous pourrons échanger en français\, en anglais ou en espagnol.\n\nBien c
 ordialement\,\nClaire Dubois-Martin\nChargée de recrutement – Eramet\n\n__
 ______________________________________________________________________________\n
 Réunion Microsoft Teams\nRejoindre la réunion maintenant<https://teams.micr
 osoft.com/l/meetup-join/19%3ameeting_ZTEwMWE2>\nID de la réunion : 317 508
  240 916\nCode secret : e8Xr2T\n
UID:040000008200E00074C5B7101A82E00800000000C9E1A3B5D76CDC0100000000000000001000000071D3F5A7B9C14E4FA2C4E6B8D0F2A4C5
SUMMARY;LANGUAGE=fr-FR:Entretien Camila ROJAS PIZARRO - Resp. Planification Minière Centenario
DTSTART;TZID=Europe/Paris:20251104T160000
DTEND;TZID=Europe/Paris:20251104T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T100133Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "label": iv("Epiroc", "Especialista en Automatización y Productividad Minera", "hiring_manager",
                    "magnus.lindqvist@epiroc.com;carla.soto@epiroc.com", "equipment-vendor-swedish-manager"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Soto, Carla":mailto:carla.soto@epiroc.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Lindqvist, Magnus":mailto:magnus.lindqvist@epiroc.com
DESCRIPTION;LANGUAGE=es-CL:Hola Camila\, te comparto la invitación para conv
 ersar con Magnus Lindqvist (Global Head Automation Solutions\, Örebro) sob
 re el rol de Especialista en Automatización y Productividad Minera. Será en
  inglés. Yo acompaño desde Personas.\nCarla Soto – HR Business Partner\, E
 piroc Chile\n\n________________________________________________________________
 ________________\nReunión de Microsoft Teams\nUnirse a la reunión ahora<http
 s://teams.microsoft.com/l/meetup-join/19%3ameeting_YmQ2NzE0>\n
UID:040000008200E00074C5B7101A82E00800000000E1A3C5B7D98ADC0100000000000000001000000043C5E7A9B1D34F4AA8C0E2A4D6F8B0C3
SUMMARY;LANGUAGE=es-CL:Camila Rojas / Magnus Lindqvist
DTSTART;TZID=Pacific SA Standard Time:20251030T100000
DTEND;TZID=Pacific SA Standard Time:20251030T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T125509Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "teamtailor-invite",
        "label": iv("Komatsu", "Consultor/a de Productividad Minera", "recruiter_screen", "rsaldivia@komatsu.cl",
                    "teamtailor-santiago-zone-screen"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Teamtailor//Teamtailor Meetings//EN
VERSION:2.0
METHOD:REQUEST
@TZ:America/Santiago@
BEGIN:VEVENT
UID:tt-meeting-910254-2e7b@teamtailor.com
DTSTAMP:20250922T162003Z
DTSTART;TZID=America/Santiago:20250930T120000
DTEND;TZID=America/Santiago:20250930T123000
SUMMARY:Entrevista Komatsu Mining - Consultor/a de Productividad Minera
DESCRIPTION:Hola Camila\,\n\nRocío Saldivia te ha invitado a una entrevista
  para Consultor/a de Productividad Minera (Antofagasta).\n\nUnirse a la vid
 eollamada: https://app.teamtailor.com/meetings/910254\n\nSaludos\,\nKomatsu
  Cummins Chile
LOCATION:Video Teamtailor
ORGANIZER;CN=Rocío Saldivia:mailto:rsaldivia@komatsu.cl
ATTENDEE;CN=Camila Rojas Pizarro;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "taleo-invite",
        "label": iv("Finning", "Ingeniero/a de Soluciones Mineras", "", "gustavo.perez@finning.com",
                    "taleo-entrevista-no-stage"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Oracle//Taleo Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:TALEO-FIN-2500871-INT-1
DTSTAMP:20251111T151400Z
DTSTART:20251118T133000Z
DTEND:20251118T143000Z
SUMMARY:Finning - Entrevista: Ingeniero/a de Soluciones Mineras (2500871)
DESCRIPTION:Estimada Camila Rojas Pizarro\,\nle confirmamos su entrevista p
 ara el puesto Ingeniero/a de Soluciones Mineras (Antofagasta)\, solicitud
  2500871.\nEntrevistador: Gustavo Pérez <gustavo.perez@finning.com>\nLugar
 : Finning Chile\, Sucursal Antofagasta\, Av. Pedro Aguirre Cerda 10600.\nF
 avor presentarse 10 minutos antes con su cédula de identidad.\nFinning Cha
 nnel Recruiting
LOCATION:Finning Antofagasta - Av. Pedro Aguirre Cerda 10600
ORGANIZER;CN=Finning Recruiting:mailto:finning.recruiting@taleo.net
ATTENDEE;CN=Camila Rojas Pizarro;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": iv("Ore Analytics", "Head of Mine Planning", "hiring_manager", "tvaldivia.ore@gmail.com",
                    "founder-on-free-mail-conversemos"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251006T223000Z
DTEND:20251006T231500Z
DTSTAMP:20251002T004011Z
ORGANIZER;CN=Tomás Valdivia:mailto:tvaldivia.ore@gmail.com
UID:9o8i7u6y5t4r3e2w1q0p9o8i7u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Tomás Valdivia;X-NUM-GUESTS=0:mailto:tvaldivia.ore@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
CREATED:20251002T004009Z
DESCRIPTION:Hola Camila! Como te conté por LinkedIn\, estamos armando Ore A
 nalytics (optimización de plan minero con IA\, 2 pilotos en Calama). Busco
  a alguien que lidere planificación: Head of Mine Planning\, socia con opc
 iones. Conversemos tranqui\, te cuento el proyecto y me cuentas tú.\n\nUni
 rse con Google Meet: https://meet.google.com/ore-kxtq-pzl
LAST-MODIFIED:20251002T004010Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Camila / Tomás - Ore Analytics
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("own-exit-interview-current-employer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Camila\, como parte de tu proceso de desvinculac
 ión voluntaria te agendo la entrevista de salida (30 min\, confidencial).
  También revisamos devolución de EPP\, notebook y tarjeta de acceso\, y fec
 ha de firma de finiquito.\nPamela
UID:040000008200E00074C5B7101A82E00800000000A5C7E9B1D30CDC0100000000000000001000000087A9C1E3B5D74A4EB0D2F4A6C8E0A2B9
SUMMARY;LANGUAGE=es-CL:Entrevista de salida - Camila Rojas
DTSTART;TZID=Pacific SA Standard Time:20251210T110000
DTEND;TZID=Pacific SA Standard Time:20251210T113000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251202T143355Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:ANF-Oficina Ciudad-Gerencia de Personas
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-entry",
        "label": neg("careers-fair-visitor"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:camila.rojas.minera@gmail.com
X-WR-TIMEZONE:America/Santiago
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTART;TZID=America/Santiago:20250924T100000
DTEND;TZID=America/Santiago:20250924T140000
DTSTAMP:20251201T004512Z
UID:5g6h7j8k9l0z1x2c3v4b5n6m7q@google.com
CREATED:20250911T030211Z
DESCRIPTION:Feria Laboral Minera - Exponor/AIA. Pasar por stands BHP\, Codel
 co\, SQM\, Komatsu. Llevar 15 CV impresos + tarjetas. Preguntar por Perú.
LAST-MODIFIED:20250911T030211Z
LOCATION:Recinto Exponor\, Antofagasta
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria laboral minera Antof
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-call",
        "label": neg("reference-call-user-is-referee"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Navarro, Florencia":mailto:florencia.navarro@hays.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=crojas@minera-altoloa.cl:mailto:crojas@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Estimada Camila:\n\nPedro Ortiz te indicó como re
 ferencia laboral (fue tu supervisor de despacho 2021-2024). Para nuestro
  cliente necesitamos validar algunas competencias: liderazgo\, seguridad\,
  trabajo bajo presión. Son 15 minutos por teléfono.\n\nMuchas gracias\,\nFl
 orencia Navarro\nConsultora | Hays Chile
UID:040000008200E00074C5B7101A82E00800000000B3D5F7A9C14BDC01000000000000000010000000A9C1E3B5D7F94B4CB2D4F6A8C0E2D4A1
SUMMARY;LANGUAGE=es-CL:Referencia laboral - Pedro Ortiz
DTSTART;TZID=Pacific SA Standard Time:20251007T180000
DTEND;TZID=Pacific SA Standard Time:20251007T181500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251006T142201Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Llamada telefónica
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": neg("offer-discussion-after-final"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20251015T220000Z
DTEND:20251015T223000Z
DTSTAMP:20251013T190544Z
ORGANIZER;CN=Ignacia Larraín:mailto:ignacia.larrain@boyden.cl
UID:3x4c5v6b7n8m9q0w1e2r3t4y5u@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ignacia Larraín;X-NUM-GUESTS=0:mailto:ignacia.larrain@boyden.cl
CREATED:20251013T190542Z
DESCRIPTION:Camila\, ¡buenas noticias! Revisemos juntas la propuesta formal
  de AMSA (renta\, bono anual\, asignación de zona\, fecha de ingreso) antes
  de que la firmes.\n\nUnirse con Google Meet: https://meet.google.com/byd-
 ofrt-amz
LAST-MODIFIED:20251013T190543Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Revisión propuesta - Camila Rojas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-job-fair-booth-quick-interviews", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Alfaro, Diego":mailto:dalfaro@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Turno en el stand de Minera Altoloa en la Feria
  Laboral UCN. Camila y Diego: conversaciones rápidas (10 min) con egresado
 s y estudiantes de Ing. Minas\, anotar en la planilla a quiénes llamamos p
 ara el programa trainee. Polera corporativa obligatoria.
UID:040000008200E00074C5B7101A82E00800000000D7F9B1A3C52BDC0100000000000000001000000019B1D3F5A7C94E4DB4D6F8A0C2E4F6A3
SUMMARY;LANGUAGE=es-CL:Stand Altoloa - Feria Laboral UCN (bloque entrevistas rápidas)
DTSTART;TZID=Pacific SA Standard Time:20251008T093000
DTEND;TZID=Pacific SA Standard Time:20251008T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250929T173002Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Universidad Católica del Norte - Gimnasio
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "phone-entry",
        "eol": "\n",
        "label": neg("user-as-interviewer-scorecard-upload-deadline", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.6//EN
CALSCALE:GREGORIAN
@TZ:America/Santiago@
BEGIN:VEVENT
CREATED:20251016T223001Z
DTEND;TZID=America/Santiago:20251017T120000
DTSTAMP:20251016T223001Z
DTSTART;TZID=America/Santiago:20251017T113000
LAST-MODIFIED:20251016T223001Z
SEQUENCE:0
SUMMARY:subir pautas op. pala a SF
DESCRIPTION:6 pautas simulador + comentarios. Marín y Tapia recomendados\, Gu
 tiérrez no (2 eventos de seguridad en simulador). Pamela necesita hoy.
UID:3D7B2E91-0C4A-4B68-9F15-7A2E8C6D1B03
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
]
