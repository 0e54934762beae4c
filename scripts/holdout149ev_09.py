# ruff: noqa: E501
"""holdout149 events, part 9: agency for a named client, food, Monclova, Texas retail, Bajío (hand-written raw iCalendar)."""

EVENTS = [
    dict(
        kind="agency-client",
        uid="adecua-entrevista-77821@adecuatalento.com.mx",
        label=(1, "Componentes Eléctricos Santa Rosa", "Gerente de Planeación y Almacenes", "recruiter_screen",
               "jorge.salas@adecuatalento.com.mx", "outsourcing-agency-filtro-client-in-body"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Central Standard Time (Mexico)
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:adecua-entrevista-77821@adecuatalento.com.mx
DTSTAMP:20250107T195012Z
DTSTART;TZID="Central Standard Time (Mexico)":20250109T170000
DTEND;TZID="Central Standard Time (Mexico)":20250109T174500
SUMMARY;LANGUAGE=es-mx:Entrevista de filtro - Adecua Talento
DESCRIPTION:Rafael\, buen día.\n\nTe confirmo entrevista de filtro por Tea
 ms para la posición de Gerente de Planeación y Almacenes. La vacante es p
 ara nuestro cliente Componentes Eléctricos Santa Rosa (Santa Catarina\, N
 .L.)\, fabricante de arneses para la industria automotriz. Si avanzas\, l
 a siguiente entrevista sería directamente con su Director de Operaciones.
 \n\nJorge Salas\nSr. Recruiter | Adecua Talento\n\nReunión de Microsoft Te
 ams\nId. de reunión: 215 663 902 118 / Código: bK8yT2
LOCATION:Reunión de Microsoft Teams
ORGANIZER;CN="Salas, Jorge":mailto:jorge.salas@adecuatalento.com.mx
ATTENDEE;CN="Rafael Mendoza";RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="panel-food",
        uid="sf-cumbres-panel-2025-0227-3381@alimentoscumbres.com",
        label=(1, "Alimentos Cumbres", "Gerente de Distribución Noreste", "onsite",
               "rebeca.zambrano@alimentoscumbres.com;ivan.luna@alimentoscumbres.com;beatriz.solis@alimentoscumbres.com",
               "panel-de-entrevista-candidate-side-lookalike"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Interview Scheduling//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:sf-cumbres-panel-2025-0227-3381@alimentoscumbres.com
DTSTAMP:20250221T141855Z
DTSTART;TZID=America/Monterrey:20250227T090000
DTEND;TZID=America/Monterrey:20250227T110000
SUMMARY:Panel de entrevista - Gerente de Distribución Noreste
DESCRIPTION:Estimado Rafael Mendoza\,\n\nPor medio del presente le confir
 mamos su panel de entrevista para la vacante Gerente de Distribución Nore
 ste (Req. 3381).\n\nPanel:\nRebeca Zambrano - Directora de Logística\nIvá
 n Luna - Gerente de Transporte\nBeatriz Solís - HRBP Operaciones\n\nSede:
  Corporativo Alimentos Cumbres\, Av. Lázaro Cárdenas 2400\, San Pedro Garz
 a García. Acudir con 15 min de anticipación.\n\nAtentamente\,\nAtracción d
 e Talento Alimentos Cumbres
LOCATION:Corporativo Alimentos Cumbres - Sala 4B
ORGANIZER;CN=Atracción de Talento Alimentos Cumbres:mailto:talento@alimentoscumbres.com
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Rebeca Zambrano;PARTSTAT=ACCEPTED:mailto:rebeca.zambrano@alimentoscumbres.com
ATTENDEE;CN=Iván Luna;PARTSTAT=ACCEPTED:mailto:ivan.luna@alimentoscumbres.com
ATTENDEE;CN=Beatriz Solís;PARTSTAT=ACCEPTED:mailto:beatriz.solis@alimentoscumbres.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="monclova-interview",
        uid="3ea7c0d9-2b5f-4c18-9d64-gim-rm-0319",
        label=(1, "Grupo Industrial Monclova", "Gerente de Logística de Planta", "hiring_manager",
               "ing.patricio.rdz@gim.com.mx", "thunderbird-invite-plant-manager"),
        eol="\n",
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Monterrey
BEGIN:STANDARD
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
CREATED:20250314T181201Z
LAST-MODIFIED:20250314T181455Z
DTSTAMP:20250314T181455Z
UID:3ea7c0d9-2b5f-4c18-9d64-gim-rm-0319
SUMMARY:Entrevista Ing. Rafael Mendoza - Gerencia de Logística Planta Monc
 lova
ORGANIZER;CN=Patricio Rodríguez:mailto:ing.patricio.rdz@gim.com.mx
ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:rafa.
 mendoza.mty@gmail.com
DTSTART;TZID=America/Monterrey:20250319T120000
DTEND;TZID=America/Monterrey:20250319T133000
LOCATION:Oficinas Planta Monclova / o por Zoom si no puede viajar
DESCRIPTION:Ing. Mendoza\, gusto en saludarlo. Como le comenté por teléfo
 no\, soy el Gerente de Planta y la posición de Gerente de Logística de Pla
 nta me reporta directamente. Lo espero en planta\; si no le es posible vi
 ajar\, use esta liga: https://zoom.us/j/96104482235\n\nSaludos\nIng. Patri
 cio Rodríguez
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="retail-dallas",
        uid="040000008200E00074C5B7101A82E00800000000C4E1B0F72A7CDB010000000000000000100000003B2A19080F7E6D5C4B3A291807F6E5D4",
        label=(1, "Texcore Retail", "Senior Manager, Distribution Operations", "hiring_manager",
               "amanda.price@texcoreretail.com;kevin.tran@texcoreretail.com",
               "outlook-english-central-standard-time-dallas"),
        ics=r"""
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Central Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0600
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0600
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Nguyen, Tiffany":mailto:Tiffany.Nguyen@texcoreretail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=rafa.mendoza.mty@gmail.com:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Price, Amanda":mailto:Amanda.Price@texcoreretail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Tran, Kevin":mailto:Kevin.Tran@texcoreretail.com
DESCRIPTION;LANGUAGE=en-US:Hi Rafael\,\n\nPlease see the invite for your
  interview for Senior Manager\, Distribution Operations (Lancaster\, TX DC
 ). You'll meet with Amanda Price (Director\, DC Operations - hiring manag
 er) and Kevin Tran (Manager\, Inventory Control). I'm coordinating\, so re
 ach out to me with any questions.\n\nThanks!\nTiffany Nguyen\nRecruiting C
 oordinator\n\n______________________________________________________________
 __________________\nMicrosoft Teams meeting\nJoin on your computer\, mobile
  app or room device\nClick here to join the meeting\nMeeting ID: 229 710 8
 84 301\nPasscode: Tq5cW9\n
UID:040000008200E00074C5B7101A82E00800000000C4E1B0F72A7CDB010000000000000000100000003B2A19080F7E6D5C4B3A291807F6E5D4
SUMMARY;LANGUAGE=en-US:Texcore Retail Interview - Rafael Mendoza - Sr Mgr Distribution Ops
DTSTART;TZID=Central Standard Time:20250320T130000
DTEND;TZID=Central Standard Time:20250320T141500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250317T201822Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="kenjo-interview",
        uid="kenjo-evt-65f0a2c19d8e7b41-ribsa",
        label=(1, "Refrigeración Industrial del Bajío", "Gerente de Cadena de Suministro", "",
               "monica.esparza@ribsa.mx", "kenjo-entrevista-queretaro-no-stage"),
        ics=r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Kenjo//Kenjo Calendar//ES
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:America/Mexico_City
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:-0600
TZOFFSETTO:-0600
TZNAME:CST
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:kenjo-evt-65f0a2c19d8e7b41-ribsa
DTSTAMP:20250428T161210Z
DTSTART;TZID=America/Mexico_City:20250430T100000
DTEND;TZID=America/Mexico_City:20250430T110000
SUMMARY:Entrevista | Gerente de Cadena de Suministro | Rafael Mendoza
DESCRIPTION:Entrevista programada desde Kenjo.\n\nCandidato: Rafael Mendoz
 a\nPuesto: Gerente de Cadena de Suministro (Querétaro)\nEntrevistadora: Mó
 nica Esparza\n\nGoogle Meet: https://meet.google.com/dfr-quvn-mzp
LOCATION:Google Meet
ORGANIZER;CN=Mónica Esparza:mailto:monica.esparza@ribsa.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="buk-interview",
        uid="buk-entrevista-9932184@buk.mx",
        label=(1, "Viakon Logística", "Gerente de Operaciones Almacén Saltillo", "recruiter_screen",
               "fernanda.cortes@viakonlog.mx", "buk-entrevista-rh-floating-utc"),
        ics=r"""
BEGIN:VCALENDAR
PRODID:-//Buk//Reclutamiento//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:buk-entrevista-9932184@buk.mx
DTSTAMP:20250505T143000Z
DTSTART:20250507T150000Z
DTEND:20250507T154500Z
SUMMARY:Entrevista RH - Gerente de Operaciones Almacén Saltillo
DESCRIPTION:Hola Rafael Mendoza\, te invitamos a una entrevista con Fernan
 da Cortés (Reclutamiento) para el proceso Gerente de Operaciones Almacén
  Saltillo en Viakon Logística.\n\nModalidad: videollamada\nEnlace: https://
 meet.google.com/uwz-fmta-kpe\n\nEste correo fue generado automáticamente
  por Buk.
LOCATION:https://meet.google.com/uwz-fmta-kpe
ORGANIZER;CN=Viakon Logística:mailto:notificaciones@buk.mx
ATTENDEE;CN=Rafael Mendoza;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:rafa.mendoza.mty@gmail.com
ATTENDEE;CN=Fernanda Cortés;PARTSTAT=ACCEPTED:mailto:fernanda.cortes@viakonlog.mx
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
