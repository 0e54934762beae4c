# ruff: noqa: E501
"""holdout199 events, part a: the Kairos Selección / Valmor process (meat-processing multinational)."""

EVENTS = [
    {
        "kind": "consultora-call",
        "label": ("6k2v9d0m1q3t5r7s@google.com", 0, "", "", "", "", "agency-call-client-undisclosed-multinacional-carnica"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250211T131500
DTEND;TZID=Europe/Madrid:20250211T133500
DTSTAMP:20250210T171204Z
ORGANIZER;CN=Nuria Sepúlveda:mailto:nsepulveda@kairosseleccion.es
UID:6k2v9d0m1q3t5r7s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nuria Sepúlveda;X-NUM-GUESTS=0:mailto:nsepulveda@kairosseleccion.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciamartin.calidad@gmail.com;X-NUM-GUESTS=0:mailto:luciamartin.ca
 lidad@gmail.com
CREATED:20250210T171203Z
DESCRIPTION:Hola Lucía\,\n\nTal y como te comenté por LinkedIn\, te llamo m
 añana a la hora de la comida para contarte un proyecto que llevamos desde K
 airos: Responsable de Calidad para una multinacional del sector cárnico con
  planta en la provincia de Valencia (unos 400 empleados\, IFS Higher Level)
 .\n\nPor confidencialidad no puedo darte todavía el nombre del cliente\; si
  encaja con lo que buscas te lo cuento en la siguiente fase.\n\nTe llamo al
  6XX XX4 817.\n\nUn saludo\,\nNuria Sepúlveda\nConsultora Senior · División
  Industria y Alimentación\nKairos Selección y ETT
LAST-MODIFIED:20250210T171203Z
LOCATION:Llamada telefónica
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Kairos Selección - Nuria / Lucía
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-screen",
        "label": ("040000008200E00074C5B7101A82E00800000000A0F3C1E4B97BDB01000000000000000010000000E2D8B1F0C6A44A4C9E7B0A51D2F3C4B6", 1, "Valmor Alimentación", "Responsable de Calidad", "recruiter_screen", "nsepulveda@kairosseleccion.es", "agency-screen-client-named-only-in-body"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Sepúlveda, Nuria":mailto:nsepulveda@kairosseleccion.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=luciamartin.calidad@gmail.com:mailto:luciamartin.calidad@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Buenos días Lucía\,\n\nGracias por tu tiempo el martes. Como te adelanté\, nuestro cliente es Grupo Valmor Alimentación (planta de Alzira). Te propongo una entrevista por videollamada conmigo para repasar tu trayectoria\, tu experiencia con IFS/BRC y el equipo de laboratorio\, y tus expectativas salariales antes de presentar tu candidatura al cliente.\n\nDuración aproximada: 45 minutos.\n\n________________________________________________________________________________\nReunión de Microsoft Teams\nUnirse desde el ordenador\, aplicación móvil o dispositivo de sala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZjA3NmU4YjQtOWQ0My00ZTg2LWI3ODYtMzA1YzFhYjk2NDc0%40thread.v2/0?context=%7b%22Tid%22%3a%22c1b9a2e3%22%7d>\nId. de la reunión: 381 224 906 112\nCódigo de acceso: Wq7Xk2\n________________________________________________________________________________\n
UID:040000008200E00074C5B7101A82E00800000000A0F3C1E4B97BDB01000000000000000010000000E2D8B1F0C6A44A4C9E7B0A51D2F3C4B6
SUMMARY;LANGUAGE=es-ES:Entrevista Kairos Selección - Responsable de Calidad
DTSTART;TZID=Europe/Madrid:20250218T163000
DTEND;TZID=Europe/Madrid:20250218T171500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250213T091544Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
X-MICROSOFT-DONOTFORWARDMEETING:FALSE
X-MICROSOFT-DISALLOW-COUNTER:FALSE
X-MICROSOFT-LOCATIONS:[{"DisplayName":"Reunión de Microsoft Teams"\,"LocationAnnotation":""\,"LocationSource":0\,"Unresolved":false\,"LocationUri":""}]
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "label": ("20250303T201455Z-1187-lucia-iphone@icloud.com", 0, "", "", "", "", "prep-block-haccp-case-before-test"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250303T201455Z
DTEND:20250304T220000
DTSTAMP:20250303T201512Z
DTSTART:20250304T193000
LAST-MODIFIED:20250303T201512Z
SEQUENCE:0
SUMMARY:Preparar caso APPCC Valmor!!
DESCRIPTION:- repasar árbol de decisiones PCC (Codex)\n- cocción embutido: T
 ª núcleo 72ºC\, registros\, acciones correctoras\n- Listeria ambiental: pla
 n de muestreo zonas 1-4\n- alérgenos: limpieza validada\, no solo visual\n-
  llevar pendrive con ejemplo plan de autocontrol (anonimizado!!)
UID:20250303T201455Z-1187-lucia-iphone@icloud.com
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prueba-tecnica",
        "label": ("sf-int-0004471823-1@valmor.successfactors.eu", 1, "Valmor Alimentación", "Responsable de Calidad", "technical", "ramon.sanchez@valmor.es;jordi.ferrando@valmor.es", "successfactors-prueba-tecnica-caso-appcc-onsite"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
UID:sf-int-0004471823-1@valmor.successfactors.eu
DTSTAMP:20250224T103012Z
DTSTART;TZID=Europe/Madrid:20250305T093000
DTEND;TZID=Europe/Madrid:20250305T123000
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Prueba técnica - Responsable de Calidad (Req. 4471823) - Lucía Martín Ortega
LOCATION:Valmor Alimentación - Planta Alzira\, Pol. Ind. El Pla\, C/ dels Escorxadors 14\, 46600 Alzira (Valencia)
ORGANIZER;CN=Valmor Talent Acquisition:mailto:noreply@valmor.successfactors.eu
ATTENDEE;CN=Lucía Martín Ortega;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:luciamartin.calidad@gmail.com
ATTENDEE;CN=Ramón Sánchez Ibáñez;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Ramon.Sanchez@valmor.es
ATTENDEE;CN=Jordi Ferrando;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:Jordi.Ferrando@valmor.es
DESCRIPTION:Estimada Lucía\,\n\nNos complace invitarte a la siguiente fase del proceso de selección para el puesto de Responsable de Calidad en nuestra planta de Alzira.\n\nLa sesión consistirá en:\n  1. Caso práctico APPCC (90 min): a partir de un diagrama de flujo de una línea de elaborados cárnicos cocidos deberás identificar peligros\, determinar los PCC y proponer límites críticos\, vigilancia y acciones correctoras.\n  2. Presentación y discusión del caso con Ramón Sánchez (HR Business Partner) y Jordi Ferrando (Responsable de I+D y Calidad Corporativo).\n  3. Breve visita a la línea.\n\nPor normas de bioseguridad\, no acudas si has estado en otra planta cárnica o granja en las 48 h previas. Te facilitaremos EPIs.\n\nPuedes aceptar o rechazar esta invitación desde el enlace de tu área de candidato.\n\nUn saludo\,\nTalent Acquisition - Grupo Valmor
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Recordatorio
TRIGGER:-P1D
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "directora-planta",
        "label": ("040000008200E00074C5B7101A82E0080000000030B6A52D2C93DB0100000000000000001000000071F0AA3C2E5D1B4E8F0D44E2C67B91A2", 1, "Valmor Alimentación", "Responsable de Calidad", "final", "mjose.albiol@valmor.es", "outlook-sent-by-assistant-entrevista-directora-planta"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Albiol Roig, María José";SENT-BY="mailto:aferrer@valmor.es":mailto:MJose.Albiol@valmor.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Martín Ortega:mailto:luciamartin.calidad@gmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sánchez Ibáñez, Ramón":mailto:Ramon.Sanchez@valmor.es
ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="ALZ - Sala Dirección (8)":mailto:alz-saladireccion@valmor.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, buenos días:\n\nDe parte de María José Albiol\, Directora de Planta\, te envío la convocatoria para la entrevista final del proceso de Responsable de Calidad. Ramón (RRHH) se unirá al final para comentar condiciones.\n\nAl llegar\, pregunta en recepción por Amparo Ferrer. Aparcamiento de visitas junto a báscula.\n\nUn saludo\,\n\nAmparo Ferrer\nAsistente de Dirección · Planta Alzira\nGrupo Valmor Alimentación\n
UID:040000008200E00074C5B7101A82E0080000000030B6A52D2C93DB0100000000000000001000000071F0AA3C2E5D1B4E8F0D44E2C67B91A2
SUMMARY;LANGUAGE=es-ES:Entrevista con Dña. María José Albiol - Lucía Martín
DTSTART;TZID=Europe/Madrid:20250320T110000
DTEND;TZID=Europe/Madrid:20250320T123000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T082210Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:ALZ - Sala Dirección (8)
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-OWNERAPPTID:2121483921
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you",
        "label": ("a7f0c3e2b19d4e57@google.com", 0, "", "", "", "", "thank-you-note-reminder-after-final"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Lucía búsqueda
X-WR-TIMEZONE:Europe/Madrid
BEGIN:VEVENT
DTSTART:20250320T173000Z
DTEND:20250320T174500Z
DTSTAMP:20250320T121140Z
UID:a7f0c3e2b19d4e57@google.com
CREATED:20250320T121138Z
DESCRIPTION:mail de agradecimiento a Mª José + Ramón. mencionar lo del dete
 ctor de metales línea 3 y la reformulación sin fosfatos. NO hablar de sueld
 o otra vez.
LAST-MODIFIED:20250320T121138Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Mail gracias Valmor
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "reconocimiento-medico",
        "label": ("QP-CITA-2025-0408-77315@quironprevencion.com", 0, "", "", "", "", "pre-employment-medical-after-offer"),
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Quirónprevención//Cita Previa//ES
METHOD:PUBLISH
BEGIN:VEVENT
UID:QP-CITA-2025-0408-77315@quironprevencion.com
DTSTAMP:20250401T070302Z
DTSTART:20250408T063000Z
DTEND:20250408T073000Z
SUMMARY:Reconocimiento médico - Examen de salud previo a la incorporación
LOCATION:Quirónprevención Valencia - Av. de Aragón 30\, bajo\, 46021 Valencia
DESCRIPTION:Cita confirmada para MARTIN ORTEGA\, LUCIA.\nEmpresa: GRUPO VALMOR ALIMENTACION SA\nTipo: Examen de salud inicial (Vigilancia de la Salud)\n\nAcuda en ayunas (mínimo 8 horas)\, con DNI y\, si utiliza gafas\, tráigalas. Incluye analítica\, audiometría y espirometría.\n\nPara anular o modificar la cita llame al 96X XXX 200.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
]
