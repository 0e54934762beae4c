"""holdout205 events, part g: the user on the hiring side at Agroindustrias del Centro (first half)."""

from holdout205ev_tz import GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="entrevistas-pasantias",
        uid="040000008200E00074C5B7101A82E00800000000C1D2E3F4A5A1DB01"
            "000000000000000010000000AA11BB22CC33DD44EE55FF6600771188",
        y=0,
        trap="user-as-interviewer-pasantia-terna-with-hr",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ludueña, Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Soja (P1
 )":mailto:sala.soja@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Martín: te bloqueo la mañana para la terna de p
 asantes de Contabilidad (convenio FCE-UNC).\n09:00 Micaela Juárez (4° año
 )\n09:45 Bruno Ceballos (5° año)\n10:30 Antonella Ríos (4° año)\nLes ped
 í CV + analítico. Te reenvío todo por mail.\nCari - Capital Humano
UID:040000008200E00074C5B7101A82E00800000000C1D2E3F4A5A1DB01000000000000000
 010000000AA11BB22CC33DD44EE55FF6600771188
SUMMARY;LANGUAGE=es-AR:Entrevistas pasantías Contabilidad (terna)
DTSTART;TZID=Argentina Standard Time:20250318T090000
DTEND;TZID=Argentina Standard Time:20250318T111500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250313T160044Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Soja (P1)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiringroom-evaluador",
        uid="hiringroom-evt-3391207-agrocentro",
        y=0,
        trap="user-as-interviewer-hiringroom-evaluator-invite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HiringRoom//Agenda de entrevistas//ES
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
UID:hiringroom-evt-3391207-agrocentro
DTSTAMP:20250408T124500Z
DTSTART;TZID=America/Argentina/Cordoba:20250410T110000
DTEND;TZID=America/Argentina/Cordoba:20250410T114500
SUMMARY:Entrevista - Lautaro Díaz - Analista Contable Semi Senior
ORGANIZER;CN=Agroindustrias del Centro - Selección:mailto:notificaciones@h
 iringroom.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:mferrey
 ra@agrocentro.com.ar
ATTENDEE;CN=Lautaro Díaz;ROLE=REQ-PARTICIPANT:mailto:lautarodiaz.cont@gma
 il.com
LOCATION:Oficinas Agrocentro - Av. Circunvalación km 7\, Córdoba
DESCRIPTION:Hola Martín\,\nCarina Ludueña te agregó como evaluador en la
  entrevista con el candidato Lautaro Díaz para la búsqueda Analista Conta
 ble Semi Senior.\nRecordá cargar tu evaluación en el scorecard al finaliz
 ar.\n\nVer candidato: https://app.hiringroom.com/candidatos/3391207\nEnvia
 do por HiringRoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="respuesta-aceptada",
        uid="040000008200E00074C5B7101A82E00800000000E0F1A2B3C4A6DB01"
            "00000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7081",
        y=0,
        trap="user-as-interviewer-candidate-reply-accepted",
        ics=r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
BEGIN:VEVENT
DTSTART:20250414T170000Z
DTEND:20250414T174500Z
DTSTAMP:20250411T223014Z
ORGANIZER;CN="Ferreyra, Martín":mailto:mferreyra@agrocentro.com.ar
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C4A6DB01000000000000000
 01000000012AB34CD56EF78901A2B3C4D5E6F7081
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sofía
  Quinteros;X-NUM-GUESTS=0:mailto:sofi.quinteros97@hotmail.com
COMMENT:Muchas gracias Martín\, ahí estaré! Saludos\, Sofía
CREATED:20250411T203000Z
LAST-MODIFIED:20250411T223014Z
LOCATION:Agrocentro - Administración\, 1er piso
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Aceptado: Entrevista Analista Contable Jr - Sofía Quinteros
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-candidata",
        uid="040000008200E00074C5B7101A82E00800000000E0F1A2B3C4A6DB01"
            "00000000000000001000000012AB34CD56EF78901A2B3C4D5E6F7082",
        y=0,
        trap="user-as-interviewer-organizer-candidate-on-free-mail",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ferreyra, Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=sofi.quin
 teros97@hotmail.com:mailto:sofi.quinteros97@hotmail.com
ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ludueña,
  Carina":mailto:cluduena@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Sofía\, buenas tardes:\n\nTe confirmo la entre
 vista por la posición de Analista Contable Jr. en Agroindustrias del Cent
 ro. Te espero en Administración (1er piso); al llegar anunciate en la ga
 rita con DNI.\n\nSaludos\,\nCr. Martín Ferreyra\nContador Senior - Admini
 stración y Finanzas\nAgroindustrias del Centro S.A.\n
UID:040000008200E00074C5B7101A82E00800000000E0F1A2B3C4A6DB01000000000000000
 01000000012AB34CD56EF78901A2B3C4D5E6F7082
SUMMARY;LANGUAGE=es-AR:Entrevista Analista Contable Jr - Sofía Quinteros
DTSTART;TZID=Argentina Standard Time:20250414T140000
DTEND;TZID=Argentina Standard Time:20250414T144500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250411T203000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Agrocentro - Administración\, 1er piso
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="presentacion-candidata",
        uid="040000008200E00074C5B7101A82E00800000000A9B8C7D6E5A7DB01"
            "000000000000000010000000FEDCBA98765432100123456789ABCDEF",
        y=0,
        trap="user-as-interviewer-agency-presents-candidate",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Villalba, Noelia":mailto:noelia.villalba@adecco.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ludueña,
  Carina":mailto:cluduena@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Martín\, Carina:\n\nTal como acordamos\, les pr
 esento a la Cra. Julieta Ríos para la búsqueda de Analista Impositivo Sr
 . (adjunto informe de evaluación e informe psicotécnico). Julieta tiene
  4 años en estudio impositivo (IVA\, Ganancias\, IIBB Convenio Multilate
 ral) y disponibilidad inmediata.\nLa entrevista sería en sus oficinas.\n\n
 Saludos\,\nNoelia Villalba\nConsultora Sr. - Adecco Professional Córdoba\n
UID:040000008200E00074C5B7101A82E00800000000A9B8C7D6E5A7DB01000000000000000
 010000000FEDCBA98765432100123456789ABCDEF
SUMMARY;LANGUAGE=es-AR:Adecco | Presentación candidata Analista Impositivo
  Sr. - Cra. J. Ríos
DTSTART;TZID=Argentina Standard Time:20250424T100000
DTEND;TZID=Argentina Standard Time:20250424T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250417T182205Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Agroindustrias del Centro
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bookings-anfitrion",
        uid="bookings-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        y=0,
        trap="user-as-interviewer-bookings-staff-host",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN=Agrocentro - Pasantías 2025:mailto:Pasantias2025@agrocentro.on
 microsoft.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Nueva reserva\n\nServicio: Charla pasantía Adm
 inistración y Finanzas (30 min)\nPersonal: Martín Ferreyra\nCliente: Tom
 ás Gigena\nCorreo electrónico: tomasgigena.unc@gmail.com\nTeléfono: 351 6
 xx xxxx\nNotas del cliente: Estudiante de 4° año de Contador Público (FCE
 -UNC)\, promedio 8\,1.\n\nUnirse a la reunión de Microsoft Teams\n
UID:bookings-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d
SUMMARY;LANGUAGE=es-AR:Charla pasantía Administración y Finanzas - Tomás G
 igena
DTSTART;TZID=Argentina Standard Time:20250402T160000
DTEND;TZID=Argentina Standard Time:20250402T163000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250328T140112Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="notas-candidatos",
        uid="C4E1A2B3-7D8F-4A90-B1C2-D3E4F5061728",
        y=0,
        trap="user-as-interviewer-typed-candidate-notes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250410T122101Z
UID:C4E1A2B3-7D8F-4A90-B1C2-D3E4F5061728
DTEND;TZID=America/Argentina/Cordoba:20250410T123000
SUMMARY:an. semi sr - cands
DTSTART;TZID=America/Argentina/Cordoba:20250410T120000
DTSTAMP:20250410T122144Z
DESCRIPTION:Díaz: bien Tango y conciliaciones\, flojo RT 6\, pide mucho $$
 \nRivarola: muy buena\, viene de Deloitte\, pedir refs\nMaldonado: no se
  presentó\n-> pasar a Cari los 2 primeros
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="devolucion-terna",
        uid="040000008200E00074C5B7101A82E008000000005F6E7D8C9BA8DB01"
            "000000000000000010000000ABABCDCDEFEF01012323454567678989",
        y=0,
        trap="user-as-interviewer-debrief-devolucion-terna",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Ludueña, Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Gallard
 o, Hernán":mailto:hgallardo@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Puesta en común de la terna de Analista Contab
 le Semi Sr. (Díaz / Rivarola / Maldonado) y definición de quién pasa a la
  entrevista con Hernán. Traer sus notas.\n
UID:040000008200E00074C5B7101A82E008000000005F6E7D8C9BA8DB01000000000000000
 010000000ABABCDCDEFEF01012323454567678989
SUMMARY;LANGUAGE=es-AR:Devolución terna An. Contable Semi Sr
DTSTART;TZID=Argentina Standard Time:20250411T113000
DTEND;TZID=Argentina Standard Time:20250411T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250410T150500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Oficina Capital Humano
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="comite-seleccion",
        uid="040000008200E00074C5B7101A82E0080000000061A2B3C4D5A9DB01"
            "00000000000000001000000099887766554433221100FFEEDDCCBBAA",
        y=0,
        trap="user-as-interviewer-comite-de-seleccion",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Gallardo, Hernán":mailto:hgallardo@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferreyra
 , Martín":mailto:mferreyra@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ludueña,
  Carina":mailto:cluduena@agrocentro.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Olivero
 , Ricardo":mailto:rolivero@agrocentro.com.ar
DESCRIPTION;LANGUAGE=es-AR:Comité para definir la cobertura de Jefe de Im
 puestos. Finalistas: Cra. Ríos (Adecco) y Cr. Vera (interno\, Tesorería).
  Ricardo (GG) tiene la última palabra. Llevar evaluaciones completas.\n
UID:040000008200E00074C5B7101A82E0080000000061A2B3C4D5A9DB01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
SUMMARY;LANGUAGE=es-AR:Comité de selección - Jefe de Impuestos
DTSTART;TZID=Argentina Standard Time:20250509T170000
DTEND;TZID=Argentina Standard Time:20250509T180000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250505T113000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Directorio
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cargar-evaluaciones",
        uid="5j9n3r7v1z5d9h3l7p1t5x9b3f@google.com",
        y=0,
        trap="user-as-interviewer-scorecard-deadline-all-day",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
X-WR-CALNAME:Martín - laburo
X-WR-TIMEZONE:America/Argentina/Cordoba
BEGIN:VEVENT
DTSTART;VALUE=DATE:20250415
DTEND;VALUE=DATE:20250416
DTSTAMP:20250414T200101Z
UID:5j9n3r7v1z5d9h3l7p1t5x9b3f@google.com
CREATED:20250414T200100Z
DESCRIPTION:Cari necesita los scorecards de Díaz y Rivarola en HiringRoom
  antes de la entrevista con Hernán. Competencias + recomendación (avanza /
  no avanza).
LAST-MODIFIED:20250414T200100Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Cargar evaluaciones HiringRoom!!
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
