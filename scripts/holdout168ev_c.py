"""Holdout168 events, part C: IDOM (Spain), Collahuasi and Sierra Gorda; press, podcast, appraisal, intern panel."""
# ruff: noqa: E501

from holdout168ev_tz import iv, neg

EVENTS = [
    {
        "kind": "teams-invite",
        "label": iv("IDOM", "Ingeniero/a Senior de Planificación Minera", "recruiter_screen",
                    "leire.etxeberria@idom.com", "spain-spanish-teams-romance-zone-first-call"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Romance Standard Time@
BEGIN:VEVENT
ORGANIZER;CN=Leire Etxeberria Arana:mailto:leire.etxeberria@idom.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Hola Camila:\n\nTal y como hablamos por correo\,
  te envío la convocatoria para una primera charla sobre la posición de Ing
 eniero/a Senior de Planificación Minera (área de Minería y Metalurgia\, pr
 oyectos en Chile\, Perú y Andalucía). Te cuento un poco cómo trabajamos en
  IDOM y me cuentas tu trayectoria. Ten en cuenta que la hora está en hora
  peninsular.\n\nUn saludo\,\nLeire\nPeople & Culture · IDOM\n______________
 __________________________________________________________________\nReunión
  de Microsoft Teams\n¿Necesita ayuda?<https://aka.ms/JoinTeamsMeeting>\nUnir
 se a la reunión ahora<https://teams.microsoft.com/l/meetup-join/19%3ameeti
 ng_OGM2NzQ4>\nId. de la reunión: 356 884 102 771\nCódigo de acceso: Rb4Fw9
 \n
UID:040000008200E00074C5B7101A82E00800000000D8A0C2E4F63ADC0100000000000000001000000077C9E1A3B5D74F4E8C0A2E4B6D8F0A38
SUMMARY;LANGUAGE=es-ES:Charla Camila Rojas - IDOM Minería
DTSTART;TZID=Romance Standard Time:20250916T160000
DTEND;TZID=Romance Standard Time:20250916T164500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250910T083145Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "label": iv("IDOM", "Ingeniero/a Senior de Planificación Minera", "technical",
                    "inaki.goikoetxea@idom.com;javier.morales@idom.com", "spain-zoom-madrid-zone-technical-director"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:Europe/Madrid@
BEGIN:VEVENT
DTSTAMP:20251020T091217Z
DTSTART;TZID=Europe/Madrid:20251029T150000
DTEND;TZID=Europe/Madrid:20251029T161500
SUMMARY:IDOM · Entrevista técnica - Planificación Minera (C. Rojas)
UID:ZOOM84471209953
TZID:Europe/Madrid
DESCRIPTION:Leire Etxeberria le está invitando a una reunión de Zoom progra
 mada.\n\nEntrevista técnica con Iñaki Goikoetxea (Director de Minería) y
  Javier Morales (Jefe de Proyecto\, Cobre Las Cruces). Se os pedirá comen
 tar un caso: plan minero de una explotación a cielo abierto con restriccio
 nes de botaderos y relaves.\n\nUnirse a la reunión Zoom\nhttps://idom.zoom
 .us/j/84471209953?pwd=WmRrcU5Bd0\n\nID de reunión: 844 7120 9953\nCódigo de
  acceso: 512077\n\nMóvil de un toque\n+34843685037\,\,84471209953# España\n
ORGANIZER;CN=Leire Etxeberria:mailto:leire.etxeberria@idom.com
ATTENDEE;CN=camila.rojas.minera@gmail.com;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
ATTENDEE;CN=Iñaki Goikoetxea;RSVP=TRUE:mailto:inaki.goikoetxea@idom.com
ATTENDEE;CN=Javier Morales;RSVP=TRUE:mailto:javier.morales@idom.com
LOCATION:https://idom.zoom.us/j/84471209953?pwd=WmRrcU5Bd0
BEGIN:VALARM
TRIGGER:-PT10M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trabajando-invite",
        "label": iv("Collahuasi", "Superintendente de Planificación Corto Plazo", "recruiter_screen",
                    "vrosales@collahuasi.cl", "local-job-board-video-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Trabajando.com//Agenda Entrevistas 3.2//ES
VERSION:2.0
METHOD:REQUEST
@TZ:America/Santiago@
BEGIN:VEVENT
UID:trab-agenda-5527314-880192@trabajando.cl
DTSTAMP:20250821T180233Z
DTSTART;TZID=America/Santiago:20250828T113000
DTEND;TZID=America/Santiago:20250828T121500
SUMMARY:Video Entrevista - Superintendente de Planificación Corto Plazo
DESCRIPTION:Estimada Camila:\nCompañía Minera Doña Inés de Collahuasi te i
 nvita a una video entrevista para el cargo Superintendente de Planificació
 n Corto Plazo (Iquique\, sistema 7x7).\nEntrevistadora: Valentina Rosales
 \, Consultora de Selección (vrosales@collahuasi.cl)\nPlataforma: Google Mee
 t - el link se habilitará en tu panel de postulante.\nRecuerda confirmar tu
  asistencia en www.trabajando.cl > Mis Postulaciones.\n\nEste correo fue en
 viado automáticamente por Trabajando.com
LOCATION:Video entrevista online
ORGANIZER;CN=Trabajando.com:mailto:no-responder@trabajando.com
ATTENDEE;CN=Camila Rojas Pizarro;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-visit",
        "label": iv("Collahuasi", "Superintendente de Planificación Corto Plazo", "onsite", "mbravo@collahuasi.cl",
                    "candidate-site-visit-subida-with-interview"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Rosales, Valentina":mailto:vrosales@collahuasi.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Bravo, Mauricio":mailto:mbravo@collahuasi.cl
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Transporte Personal Faena":mailto:transporte.faena@collahuasi.cl
DESCRIPTION;LANGUAGE=es-CL:Camila:\n\nConfirmamos tu visita a faena (Rosar
 io\, 4.400 m s.n.m.) como parte de la etapa final del proceso. Recorrido po
 r rajo y sala de despacho\, y luego entrevista con Mauricio Bravo\, Gerent
 e Mina\, en sus oficinas. Bus desde Iquique (Hotel Terrado) a las 05:30\, r
 egreso 17:00. Debes traer examen de altura geográfica vigente (se acepta
  el de tu empleador actual)\, EPP básico y almuerzo lo damos nosotros.\n\n
 Valentina Rosales\nSelección – Gerencia de Personas
UID:040000008200E00074C5B7101A82E00800000000F1B3D5A7C96EDC0100000000000000001000000011D3F5A7C9E14B4CBE0A2C4E6A8D0F83
SUMMARY;LANGUAGE=es-CL:Visita faena + reunión Gerente Mina - C. Rojas
DTSTART;TZID=Pacific SA Standard Time:20250910T053000
DTEND;TZID=Pacific SA Standard Time:20250910T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250902T202011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Faena Collahuasi - salida Hotel Terrado Iquique
X-MICROSOFT-CDO-BUSYSTATUS:OOF
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-teams",
        "label": iv("Sierra Gorda SCM", "Ingeniero/a Senior Planificación Mediano Plazo", "technical",
                    "katarzyna.nowak@sgscm.cl;pablo.ossandon@sgscm.cl", "outlook-technical-polish-interviewer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Ossandón, Pablo":mailto:pablo.ossandon@sgscm.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com:mailto:camila.rojas.minera@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Nowak, Katarzyna":mailto:Katarzyna.Nowak@sgscm.cl
DESCRIPTION;LANGUAGE=es-CL:Hola Camila\,\n\nComo conversamos\, te envío la
  citación a la entrevista técnica para Ingeniero/a Senior Planificación Me
 diano Plazo. Katarzyna (Superintendente Geología y Modelamiento) participa
 rá en inglés la primera media hora. Ten a mano algún ejemplo de reconcilia
 ción modelo-planta.\n\nSaludos\,\nPablo Ossandón\nSuperintendente Planifica
 ción\nSierra Gorda SCM\n\n____________________________________________________
 ____________________________\nReunión de Microsoft Teams\nUnirse a la reuni
 ón ahora<https://teams.microsoft.com/l/meetup-join/19%3ameeting_MTQ3OWE5>\n
 Id. de reunión: 289 305 661 014\nCódigo de acceso: nX6bS2\n
UID:040000008200E00074C5B7101A82E0080000000045E7A9C1B38FDC01000000000000000010000000D5F7A9C1E3B54C4D8F1B3D5F7A9C1E02
SUMMARY;LANGUAGE=es-CL:Entrevista técnica / C. Rojas
DTSTART;TZID=Pacific SA Standard Time:20251021T100000
DTEND;TZID=Pacific SA Standard Time:20251021T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251015T134402Z
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
        "kind": "phone-entry",
        "eol": "\n",
        "label": iv("Sierra Gorda SCM", "", "hiring_manager", "Andrés Leiva", "typed-floating-abbrev-company-sg"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Samsung Calendar//EN
BEGIN:VEVENT
UID:samsungcal-1730911827314-48812
DTSTAMP:20251029T231544Z
DTSTART:20251106T150000
DTEND:20251106T160000
SUMMARY:SG 2da entrevista c/ gerente planif
DESCRIPTION:Andrés Leiva. confirmó Pablo x wsp. oficina Antof (Av. Grecia
  - Edificio Parque Fluor?) preguntar x turno 4x3 vs 7x7\, sueldo $$
LOCATION:Antofagasta
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "gcal-invite",
        "label": neg("press-interview-mining-magazine"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250930T150000Z
DTEND:20250930T154500Z
DTSTAMP:20250924T144512Z
ORGANIZER;CN=Francisca Olmedo:mailto:folmedo@nuevamineria.com
UID:6nl2m0k8j4h1g9f7d5s3a0p2oq@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Francisca Olmedo;X-NUM-GUESTS=0:mailto:folmedo@nuevamineria.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=camila.rojas.minera@gmail.com;X-NUM-GUESTS=0:mailto:camila.rojas.minera@gmail.com
CREATED:20250924T144510Z
DESCRIPTION:Hola Camila\, gracias por aceptar. La entrevista es para el esp
 ecial de octubre 'Mujeres que planifican la mina'. Serán unas 8-10 pregunt
 as sobre tu carrera\, liderar turnos 7x7 y la conciliación. Después coordi
 namos foto.\n\nUnirse con Google Meet: https://meet.google.com/pzr-ukdm-hvc
LAST-MODIFIED:20250924T144511Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista Revista Nueva Minería - Camila Rojas
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "zoom-invite",
        "label": neg("podcast-recording-guest-interview"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ:America/Santiago@
BEGIN:VEVENT
DTSTAMP:20251104T192233Z
DTSTART;TZID=America/Santiago:20251113T190000
DTEND;TZID=America/Santiago:20251113T200000
SUMMARY:Grabación Roca Madre Podcast ep. 47 - invitada Camila Rojas
UID:ZOOM87720319846
TZID:America/Santiago
DESCRIPTION:Matías Cuevas le está invitando a una reunión de Zoom programad
 a.\n\nTema: conversación/entrevista para el episodio sobre planificación mi
 nera y mujeres en turnos. Grabamos audio y video; edición y publicación en
  Spotify aprox. 2 semanas después.\n\nUnirse a la reunión Zoom\nhttps://us0
 6web.zoom.us/j/87720319846?pwd=cm9jYW1hZHJl\n\nID de reunión: 877 2031 984
 6\nCódigo de acceso: 470119
ORGANIZER;CN=Matías Cuevas:mailto:contacto@rocamadrepodcast.cl
ATTENDEE;CN=camila.rojas.minera@gmail.com;RSVP=TRUE:mailto:camila.rojas.minera@gmail.com
LOCATION:https://us06web.zoom.us/j/87720319846?pwd=cm9jYW1hZHJl
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("own-performance-review-current-employer"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Camila\, agendemos tu conversación de desempeño
  2025 (evaluación anual + plan de desarrollo). Por favor completa antes la
  autoevaluación en SuccessFactors (Mis Metas / Competencias). Hablamos tam
 bién de tu interés en el programa de sucesión para Superintendencia.\nHern
 án
UID:040000008200E00074C5B7101A82E00800000000A3C5E7B9D18ADC01000000000000000010000000F1A3C5E7B9D14F4A8C2E4A6C8E0B2D51
SUMMARY;LANGUAGE=es-CL:Conversación de Desempeño 2025 - C. Rojas
DTSTART;TZID=Pacific SA Standard Time:20251117T160000
DTEND;TZID=Pacific SA Standard Time:20251117T170000
CLASS:PRIVATE
PRIORITY:5
DTSTAMP:20251106T120545Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Oficina Gerente Mina - Faena
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-chairs-intern-selection-panel", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Alfaro, Diego":mailto:dalfaro@minera-altoloa.cl
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="ANF-Oficina Ciudad-Sala Paranal":mailto:sala.paranal@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Panel de selección Práctica Profesional verano
  2026 (Ing. Civil de Minas\, UCN / U. de Antofagasta / UCN Coquimbo). 8 po
 stulantes\, 20 min c/u\, pauta en el Teams del área. Diego toma la parte té
 cnica (Excel\, conceptos de ley de corte\, ciclo de carguío)\, Pamela la d
 e competencias. Yo modero y llevo la planilla consolidada.
UID:040000008200E00074C5B7101A82E00800000000C5E7A9B1D30BDC0100000000000000001000000033B5D7F9A1C34E4DB2E4A6C8D0F2B4E9
SUMMARY;LANGUAGE=es-CL:Panel práctica profesional 2026 - Planificación
DTSTART;TZID=Pacific SA Standard Time:20251105T090000
DTEND;TZID=Pacific SA Standard Time:20251105T132000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251028T174512Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:ANF-Oficina Ciudad-Sala Paranal
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "outlook-meeting",
        "label": neg("user-as-interviewer-shortlist-debrief-terna", hiring=True),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ:Pacific SA Standard Time@
BEGIN:VEVENT
ORGANIZER;CN="Saavedra, Pamela":mailto:psaavedra@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Rojas, Camila":mailto:crojas@minera-altoloa.cl
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Cortés, Hernán":mailto:hcortes@minera-altoloa.cl
DESCRIPTION;LANGUAGE=es-CL:Cierre de proceso Ing. Planificación Corto Plazo
 : revisamos puntajes de entrevista técnica y psicolaboral de la terna (B.
  Olivares\, C. Meza\, F. Soto) y definimos a quién se le hace oferta. Trae
 r sus notas del caso Excel.\n\n________________________________________________
 ________________________________\nReunión de Microsoft Teams\nUnirse a la re
 unión ahora<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk1MjA4>
 \n
UID:040000008200E00074C5B7101A82E00800000000E9B1D3F5A74CDC0100000000000000001000000077D9F1B3C5E74A4EA6C8E0A2B4D6F8C1
SUMMARY;LANGUAGE=es-CL:Calibración terna Ing. Planif. CP
DTSTART;TZID=Pacific SA Standard Time:20251028T153000
DTEND;TZID=Pacific SA Standard Time:20251028T161500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20251023T180218Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-CL:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    },
]
