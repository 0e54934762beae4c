# ruff: noqa: E501
"""holdout149 events, part 11: Rafael on the hiring side at Logística Cerro Norte, II (hand-written raw iCalendar)."""

_CSTMX = r"""BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE"""

EVENTS = [
    dict(
        kind="hiring-committee",
        uid="040000008200E00074C5B7101A82E0080000000022A1B0C9F86DDB0100000000000000001000000093A4B5C6D7E8F9001122334455667788",
        label=(0, "", "", "", "", "user-as-interviewer-comite-de-contratacion"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Garza, Eugenio";SENT-BY="mailto:asistente.operaciones@cerronorte-log.com.mx":mailto:egarza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Salinas, Óscar (Finanzas)":mailto:osalinas@cerronorte-log.com.mx
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CN-Sala Dirección":mailto:saladireccion@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Comité para definir finalista de Gerente de Tr
 ansporte. Capital Humano presenta comparativo de 2 finalistas (entrevista
 s\, psicométricos\, referencias y pretensiones). Finanzas valida banda.\n
UID:040000008200E00074C5B7101A82E0080000000022A1B0C9F86DDB0100000000000000001000000093A4B5C6D7E8F9001122334455667788
SUMMARY;LANGUAGE=es-MX:Comité de contratación - Gerente de Transporte
DTSTART;TZID=Central Standard Time (Mexico):20250227T160000
DTEND;TZID=Central Standard Time (Mexico):20250227T170000
DTSTAMP:20250224T150506Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:CN-Sala Dirección
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="shadowing",
        uid="040000008200E00074C5B7101A82E0080000000031B0A9F8E76EDB01000000000000000010000000A5B6C7D8E9F0011223344556677889AA",
        label=(0, "", "", "", "", "user-as-interviewer-new-supervisor-shadows-interviews"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Reyna, Karla":mailto:kreyna@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Karla\, acompáñame como observadora en las ent
 revistas de auxiliares de la mañana para que veas cómo aplicamos la guía
  STAR y el formato de calificación. La próxima semana tú las conduces y yo
  observo.\n
UID:040000008200E00074C5B7101A82E0080000000031B0A9F8E76EDB01000000000000000010000000A5B6C7D8E9F0011223344556677889AA
SUMMARY;LANGUAGE=es-MX:Karla de sombra - entrevistas auxiliares
DTSTART;TZID=Central Standard Time (Mexico):20250311T090000
DTEND;TZID=Central Standard Time (Mexico):20250311T113000
DTSTAMP:20250310T201144Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 1 - Oficina Operaciones
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="fair-booth",
        uid="4nf7h2k9q1s6v3x8z0b5d2g7jm@google.com",
        label=(0, "", "", "", "", "user-as-interviewer-employer-booth-feria-de-empleo"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250326
DTEND;VALUE=DATE:20250327
DTSTAMP:20250310T160009Z
ORGANIZER;CN=Nancy Tamez:mailto:ntamez@cerronorte-log.com.mx
UID:4nf7h2k9q1s6v3x8z0b5d2g7jm@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=rmendoza@cerronorte-log.com.mx;X-NUM-GUESTS=0:mailto:rmendoza@cer
 ronorte-log.com.mx
DESCRIPTION:Stand de Cerro Norte en la Feria de Empleo FIME-UANL. Rafael:
  entrevistas rápidas a practicantes y recién egresados para Analista de In
 ventarios y Jefe de Turno Jr. Llevar lona\, folletos\, tablet con formular
 io de registro. Montaje 8:00\, feria 9:00-15:00.
LOCATION:FIME UANL - Explanada\, San Nicolás de los Garza
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Feria de Empleo FIME - stand Cerro Norte
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="group-dynamic",
        uid="040000008200E00074C5B7101A82E0080000000044C3B2A1908FDB01000000000000000010000000B6C7D8E9F00112233445566778899AAB",
        label=(0, "", "", "", "", "user-as-interviewer-dinamica-grupal-auxiliares"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cantú, Refugio":mailto:rcantu@cerronorte-log.com.mx
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN="CN-Comedor (capacitación)":mailto:comedor@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Dinámica de reclutamiento masivo para 15 vaca
 ntes de Auxiliar de Almacén (temporada alta cliente retail). Llegan aprox.
  25 personas de la bolsa de trabajo de Apodaca y del municipio. Ustedes o
 bservan la dinámica de armado de pedido y califican en la hoja. Después en
 trevistas cortas de 10 min con los seleccionados.\n
UID:040000008200E00074C5B7101A82E0080000000044C3B2A1908FDB01000000000000000010000000B6C7D8E9F00112233445566778899AAB
SUMMARY;LANGUAGE=es-MX:Reclutamiento masivo auxiliares - dinámica + filtro
DTSTART;TZID=Central Standard Time (Mexico):20250409T080000
DTEND;TZID=Central Standard Time (Mexico):20250409T130000
DTSTAMP:20250402T180031Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:CN-Comedor (capacitación)
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-external",
        uid="040000008200E00074C5B7101A82E0080000000055D4C3B2A190DB01000000000000000010000000C7D8E9F00112233445566778899AABBC",
        label=(0, "", "", "", "", "user-as-interviewer-teams-external-candidate-hotmail"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=marco.esparza.log@hotmail.com:mailto:marco.esparza.log@hotmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Marco Antonio\, buen día. Como seguimiento a s
 u entrevista presencial\, le agendamos una segunda plática por Teams con
  el Ing. Rafael Mendoza\, Gerente de Operaciones\, para la posición de Jef
 e de Inventarios.\n\n________________________________________________________
 ________________________\nReunión de Microsoft Teams\nId. de reunión: 266
  310 884 901\nCódigo de acceso: Ad7Rw2\n
UID:040000008200E00074C5B7101A82E0080000000055D4C3B2A190DB01000000000000000010000000C7D8E9F00112233445566778899AABBC
SUMMARY;LANGUAGE=es-MX:Segunda entrevista - Jefe de Inventarios - Marco A. Esparza
DTSTART;TZID=Central Standard Time (Mexico):20250207T130000
DTEND;TZID=Central Standard Time (Mexico):20250207T134500
DTSTAMP:20250204T171150Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="reference-check",
        uid="7e3b9d0c2a@rafa-pixel",
        label=(0, "", "", "", "", "user-as-interviewer-calls-candidate-references"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:7e3b9d0c2a@rafa-pixel
DTSTAMP:20250210T152011Z
DTSTART:20250210T170000
DTEND:20250210T173000
SUMMARY:Llamar refs Marco Esparza (ex jefe en Autopartes del Norte)
DESCRIPTION:Ing. Salvador Páez 81 1402 2290. preguntar motivo de salida\,
  exactitud de inventario\, si lo recontrataría
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cv-screening",
        uid="040000008200E00074C5B7101A82E0080000000066E5D4C3B291DB01000000000000000010000000D8E9F00112233445566778899AABBCCD",
        label=(0, "", "", "", "", "user-as-interviewer-bolsa-de-trabajo-cv-screening"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:PUBLISH
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Filtrar los 40 CVs de OCC y Computrabajo para
  montacarguistas T2 y T3. Mandar a Nancy lista de los que sí para agendar
  entrevistas.\n
UID:040000008200E00074C5B7101A82E0080000000066E5D4C3B291DB01000000000000000010000000D8E9F00112233445566778899AABBCCD
SUMMARY;LANGUAGE=es-MX:Revisar CVs OCC - montacargas
DTSTART;TZID=Central Standard Time (Mexico):20250113T160000
DTEND;TZID=Central Standard Time (Mexico):20250113T170000
DTSTAMP:20250110T213308Z
STATUS:CONFIRMED
SEQUENCE:0
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="trial-shift",
        uid="040000008200E00074C5B7101A82E0080000000077F6E5D4C392DB01000000000000000010000000E9F00112233445566778899AABBCCDDE",
        label=(0, "", "", "", "", "user-as-interviewer-supervises-candidate-trial-shift"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Cantú, Refugio":mailto:rcantu@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Vigilancia Caseta 1":mailto:caseta1@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Turno de prueba (1 día) para Daniel Olvera\, c
 andidato a montacarguista T2. Cuco lo asigna con el líder de línea de emb
 arques\, con montacargas #12. Vigilancia: dar gafete de VISITANTE\, no de
  empleado. Al terminar Cuco me pasa la evaluación y decidimos contratación
 .\n
UID:040000008200E00074C5B7101A82E0080000000077F6E5D4C392DB01000000000000000010000000E9F00112233445566778899AABBCCDDE
SUMMARY;LANGUAGE=es-MX:Turno de prueba - Daniel Olvera (montacargas T2)
DTSTART;TZID=Central Standard Time (Mexico):20250122T150000
DTEND;TZID=Central Standard Time (Mexico):20250122T230000
DTSTAMP:20250120T193010Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Nave 3 - Embarques
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-host",
        uid="AAMkADcxYjE0NmM5LTMwZWMtNGQ2Mi1iYjJhLWNlcnJvbm9ydGUAbookings0412",
        label=(0, "", "", "", "", "user-as-interviewer-bookings-staff-walk-in-day"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN=Reclutamiento Cerro Norte:mailto:ReclutamientoCerroNorte@cerronorte.onmicrosoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Mendoza:mailto:rmendoza@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN=Gerardo Tovar:mailto:gtovar_97@yahoo.com.mx
DESCRIPTION;LANGUAGE=es-MX:Nueva reserva\n\nServicio: Entrevista Jefe de
  Turno\nCliente: Gerardo Tovar\nCorreo: gtovar_97@yahoo.com.mx\nTeléfono:
  8117203344\nPersonal: Rafael Mendoza\n\nNotas del cliente: Vengo recomend
 ado por Refugio Cantú.\n\nLogística Cerro Norte
UID:AAMkADcxYjE0NmM5LTMwZWMtNGQ2Mi1iYjJhLWNlcnJvbm9ydGUAbookings0412
SUMMARY;LANGUAGE=es-MX:Entrevista Jefe de Turno - Gerardo Tovar
DTSTART;TZID=Central Standard Time (Mexico):20250412T100000
DTEND;TZID=Central Standard Time (Mexico):20250412T103000
DTSTAMP:20250408T221500Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Logística Cerro Norte - Nave 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="walk-in-recurring",
        uid="040000008200E00074C5B7101A82E0080000000088A7F6E5D493DB01000000000000000010000000FA0112233445566778899AABBCCDDEEF",
        label=(0, "", "", "", "", "user-as-interviewer-weekly-walk-in-interviews-override"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + _CSTMX + r"""
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
DESCRIPTION;LANGUAGE=es-MX:Martes de reclutamiento: los candidatos operat
 ivos que llegan por volante/bolsa municipal se entrevistan de 9 a 11. Caps
 ital Humano hace filtro\, Operaciones (Rafael o supervisor de turno) hace
  entrevista técnica.\n
UID:040000008200E00074C5B7101A82E0080000000088A7F6E5D493DB01000000000000000010000000FA0112233445566778899AABBCCDDEEF
SUMMARY;LANGUAGE=es-MX:Martes de reclutamiento (operativos)
RRULE:FREQ=WEEKLY;UNTIL=20250624T150000Z;INTERVAL=1;BYDAY=TU;WKST=SU
DTSTART;TZID=Central Standard Time (Mexico):20250107T090000
DTEND;TZID=Central Standard Time (Mexico):20250107T110000
DTSTAMP:20250103T170004Z
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-MX:Caseta / Sala Capital Humano
END:VEVENT
BEGIN:VEVENT
ORGANIZER;CN="Tamez, Nancy":mailto:ntamez@cerronorte-log.com.mx
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Mendoza, Rafael":mailto:rmendoza@cerronorte-log.com.mx
UID:040000008200E00074C5B7101A82E0080000000088A7F6E5D493DB01000000000000000010000000FA0112233445566778899AABBCCDDEEF
RECURRENCE-ID;TZID=Central Standard Time (Mexico):20250218T090000
SUMMARY;LANGUAGE=es-MX:Martes de reclutamiento (operativos) - SE RECORRE A 12:00 por auditoría
DTSTART;TZID=Central Standard Time (Mexico):20250218T120000
DTEND;TZID=Central Standard Time (Mexico):20250218T140000
DTSTAMP:20250214T160512Z
STATUS:CONFIRMED
SEQUENCE:1
LOCATION;LANGUAGE=es-MX:Caseta / Sala Capital Humano
END:VEVENT
END:VCALENDAR
""",
    ),
]
