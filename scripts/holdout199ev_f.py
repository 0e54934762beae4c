# ruff: noqa: E501
"""holdout199 events, part f: Lucía on the hiring side at Frutas del Segura (lab technician and line hiring)."""

EVENTS = [
    {
        "kind": "entrevistas-lab",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E00800000000B4C5D6E7F809DB01000000000000000010000000FDS0LAB2FASE0000000000000000A001", 0, "", "", "", "", "user-as-interviewer-panel-with-hr-room-attendee"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="MOL - Sala Juntas 1ª planta":mailto:mol-salajuntas@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Lucía\, te paso la agenda de la 2ª fase para la vacante de técnico/a de laboratorio (sustitución de Rosa):\n\n9:30 Irene Pastor Gómez\n10:15 Adrián Soler Martínez\n11:00 Noelia Cánovas Ruiz\n\nTienes los CV en la carpeta compartida RRHH > Selección 2025 > Lab. La parte técnica (micro\, ISO 17025\, registros) la llevas tú\, yo hago competencias y condiciones. Antonio\, si puedes pasarte a la última\, mejor.\n\nEncarna\n
UID:040000008200E00074C5B7101A82E00800000000B4C5D6E7F809DB01000000000000000010000000FDS0LAB2FASE0000000000000000A001
SUMMARY;LANGUAGE=es-ES:Selección técnico/a laboratorio - 2ª fase (3 candidatos)
DTSTART;TZID=Europe/Madrid:20250312T093000
DTEND;TZID=Europe/Madrid:20250312T114500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T121212Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:MOL - Sala Juntas 1ª planta
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hoja-valoracion",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000FDS0VALORACION00000000000000A002", 0, "", "", "", "", "user-as-interviewer-scorecard-deadline"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Rellenar la plantilla de valoración (1-5: conocimientos técnicos\, orden/registros\, trabajo en equipo\, disponibilidad turnos) de Irene\, Adrián y Noelia y mandársela a Encarna antes de las 14h.\n
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DB01000000000000000010000000FDS0VALORACION00000000000000A002
SUMMARY;LANGUAGE=es-ES:Hoja de valoración candidatos lab -> Encarna
DTSTART;TZID=Europe/Madrid:20250313T123000
DTEND;TZID=Europe/Madrid:20250313T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T120505Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "aceptado-reply",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E00800000000D9E0F1A2B3C4DB01000000000000000010000000FDS0IRENE0TEAMS000000000000A003", 0, "", "", "", "", "user-as-interviewer-candidate-accepted-reply-free-mail"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20250307T120000Z
DTEND:20250307T123000Z
DTSTAMP:20250304T181544Z
ORGANIZER;CN=Martín Ortega\, Lucía:mailto:lmartin@frutasdelsegura.es
UID:040000008200E00074C5B7101A82E00800000000D9E0F1A2B3C4DB01000000000000000010000000FDS0IRENE0TEAMS000000000000A003
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=irene.
 pastor.gomez@gmail.com;X-NUM-GUESTS=0:mailto:irene.pastor.gomez@gmail.com
CREATED:20250304T181500Z
DESCRIPTION:
LAST-MODIFIED:20250304T181544Z
LOCATION:Reunión de Microsoft Teams
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptada: Entrevista Teams - Técnico/a de laboratorio (Frutas del S
 egura)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "presentacion-candidato",
        "hiring": True,
        "label": ("9q2w4e6r8t0y1u3i5o7p9a2s4d@google.com", 0, "", "", "", "", "user-as-interviewer-agency-presents-candidate"),
        "ics": r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
@TZ_MADRID@
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250306T090000
DTEND;TZID=Europe/Madrid:20250306T091500
DTSTAMP:20250304T100112Z
ORGANIZER;CN=Nuria Sepúlveda:mailto:nsepulveda@kairosseleccion.es
UID:9q2w4e6r8t0y1u3i5o7p9a2s4d@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lmartin@frutasdelsegura.es;X-NUM-GUESTS=0:mailto:lmartin@frutasdel
 segura.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=egarcia@frutasdelsegura.es;X-NUM-GUESTS=0:mailto:egarcia@frutasdel
 segura.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Nuria Sepúlveda;X-NUM-GUESTS=0:mailto:nsepulveda@kairosseleccion.es
DESCRIPTION:Buenos días Encarna y Lucía\,\n\nOs presento en 15 minutos a No
 elia Cánovas\, candidata para la vacante de Técnico/a de Laboratorio (micr
 obiología) que nos encargasteis: Grado en Biotecnología (UMU)\, 2 años en
  laboratorio de aguas\, disponibilidad inmediata y turno de tarde. Os adjun
 to informe de la entrevista e informe de competencias.\n\nSi os encaja\, la
  citamos para vuestra 2ª fase del día 12.\n\nNuria Sepúlveda\nKairos Selec
 ción y ETT
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Kairos - presentación candidata Técnico/a Laboratorio
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "puesta-en-comun",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB01000000000000000010000000FDS0DEBRIEF000000000000000000A005", 0, "", "", "", "", "user-as-interviewer-debrief-puesta-en-comun"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Pérez Navarro, Antonio":mailto:aperez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Puesta en común de las valoraciones y decisión. Si hay empate entre Irene y Noelia\, proponemos prueba práctica.\n
UID:040000008200E00074C5B7101A82E00800000000E4F5A6B7C8D9DB01000000000000000010000000FDS0DEBRIEF000000000000000000A005
SUMMARY;LANGUAGE=es-ES:Puesta en común selección lab
DTSTART;TZID=Europe/Madrid:20250314T130000
DTEND;TZID=Europe/Madrid:20250314T133000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T163344Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho RRHH
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "notas-candidato",
        "hiring": True,
        "label": ("4F7A2C9E-1B3D-4E5F-8A6C-0D2B4F6A8C1E", 0, "", "", "", "", "user-as-interviewer-hand-typed-candidate-notes"),
        "lf": True,
        "ics": r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250311T194412Z
DTEND:20250312T110000
DTSTAMP:20250311T194940Z
DTSTART:20250312T101500
LAST-MODIFIED:20250311T194940Z
SEQUENCE:0
SUMMARY:Adrián S. 10:15
DESCRIPTION:ojo: solo aguas/ambiental\, nada de alimentos. preguntar: Liste
 ria en superficies\, qué haría con un positivo en producto terminado\, tur
 no de tarde en campaña (jun-sep). pedir referencias Hidrolab
UID:4F7A2C9E-1B3D-4E5F-8A6C-0D2B4F6A8C1E
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bookings-host",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DB01000000000000000010000000FDS0BOOKINGS0000000000000000A007", 0, "", "", "", "", "user-as-interviewer-bookings-staff-host"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN=Frutas del Segura - Selección:mailto:SeleccionFrutasdelSegura@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sergio Navarro Lorca:mailto:sergionavarrolorca@hotmail.com
DESCRIPTION;LANGUAGE=es-ES:Nueva reserva\n\nServicio: Entrevista técnico/a de laboratorio (30 min)\nCliente: Sergio Navarro Lorca\nCorreo electrónico: sergionavarrolorca@hotmail.com\nTeléfono: 6XX XXX 203\nNotas del cliente: Vengo de parte de la bolsa de empleo del CIFP de Molina.\n\nPersonal: Lucía Martín Ortega\n\nUnirse a la reunión de Microsoft Teams<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZnJ1dGFz%40thread.v2/0>\n
UID:040000008200E00074C5B7101A82E00800000000F0A1B2C3D4E5DB01000000000000000010000000FDS0BOOKINGS0000000000000000A007
SUMMARY;LANGUAGE=es-ES:Entrevista técnico/a de laboratorio - Sergio Navarro Lorca
DTSTART;TZID=Europe/Madrid:20250310T160000
DTEND;TZID=Europe/Madrid:20250310T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250306T204455Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "dia-prueba-operarios",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB01000000000000000010000000FDS0DIAPRUEBA00000000000000A008", 0, "", "", "", "", "user-as-interviewer-supervises-trial-shift-line-workers"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Hernández Lax, Ginés":mailto:ghernandez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Día de prueba de los 8 operarios/as que manda la ETT para la campaña de limón (línea 2\, confección y envasado). Lucía: acogida de higiene (lavado de manos\, joyas\, uniforme\, cuerpos extraños) a las 7:00 y valoración al final del turno junto con los encargados (rapidez\, cumplimiento BPM\, actitud). Encarna recoge las fichas para contratar.\n\nGinés\nJefe de Producción\n
UID:040000008200E00074C5B7101A82E0080000000011A2B3C4D5E6DB01000000000000000010000000FDS0DIAPRUEBA00000000000000A008
SUMMARY;LANGUAGE=es-ES:Día de prueba operarios campaña limón - línea 2
DTSTART;TZID=Europe/Madrid:20250224T070000
DTEND;TZID=Europe/Madrid:20250224T150000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250219T171700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Nave 2 - Línea limón
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "comite-seleccion",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB01000000000000000010000000FDS0COMITE00000000000000000A009", 0, "", "", "", "", "user-as-interviewer-hiring-committee-maternity-cover"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Pérez Navarro, Antonio";SENT-BY="mailto:mjimenez@frutasdelsegura.es":mailto:aperez@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="García Ruiz, Encarnación":mailto:egarcia@frutasdelsegura.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Hernández Lax, Ginés":mailto:ghernandez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Comité de contratación: cobertura de la baja maternal de Cristina (técnica de calidad de recepción). Revisamos las 4 candidaturas finalistas y decidimos a quién se hace oferta. Traed vuestras valoraciones.\n
UID:040000008200E00074C5B7101A82E0080000000022B3C4D5E6F7DB01000000000000000010000000FDS0COMITE00000000000000000A009
SUMMARY;LANGUAGE=es-ES:Comité contratación - sustitución técnica calidad recepción
DTSTART;TZID=Europe/Madrid:20250409T120000
DTEND;TZID=Europe/Madrid:20250409T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T082233Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Dirección
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadowing-rrhh",
        "hiring": True,
        "label": ("040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB01000000000000000010000000FDS0SHADOW00000000000000000A010", 0, "", "", "", "", "user-as-interviewer-hr-trainee-shadows-her-interview"),
        "ics": r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
@TZ_MADRID@
BEGIN:VEVENT
ORGANIZER;CN="Martín Ortega, Lucía":mailto:lmartin@frutasdelsegura.es
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Sáez Molina, Carla":mailto:csaez@frutasdelsegura.es
DESCRIPTION;LANGUAGE=es-ES:Carla\, como me pidió Encarna\, vente de oyente a la entrevista técnica de la candidata de recepción (Marta Ibáñez) para que veas cómo planteo las preguntas de APPCC y el caso de la partida de uva con residuos. Tú no intervengas\, luego lo comentamos 10 min.\n
UID:040000008200E00074C5B7101A82E0080000000033C4D5E6F7A8DB01000000000000000010000000FDS0SHADOW00000000000000000A010
SUMMARY;LANGUAGE=es-ES:Oyente: entrevista técnica recepción (Marta I.)
DTSTART;TZID=Europe/Madrid:20250403T100000
DTEND;TZID=Europe/Madrid:20250403T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250401T091011Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Laboratorio - despacho calidad
X-MICROSOFT-CDO-APPT-SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY
X-MICROSOFT-CDO-IMPORTANCE:1
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
    },
]
