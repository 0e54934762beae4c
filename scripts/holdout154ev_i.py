"""holdout154 events, part I: the user on the hiring side at Estudio Arroyo (pasantes, paralegales, juniors)."""

EVENTS = [
    {
        "kind": "pasantes-panel",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-pasantes-panel-outlook-partner",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Paz, Mercedes":mailto:mpaz@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Giménez,
  Rocío":mailto:rgimenez@estudio-arroyo.com.ar
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Alem (6)
 ":mailto:sala.alem@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Lucas\, Rocío: bloqueo la tarde para las entre
 vistas a los pasantes preseleccionados (UBA / UCA / Austral). Son 5 de 30
 ' cada una. Los CV y las pruebas escritas están en la carpeta "RRHH > Pas
 antías 2025-1". Yo entro a las de las 16 y 16:30.\nMercedes\n
UID:040000008200E00074C5B7101A82E0080000000087AB12CD34EFDB01000000000000000
 010000000ABCDEF0123456789ABCDEF0123456789
SUMMARY;LANGUAGE=es-AR:Entrevistas pasantes 1er cuatrimestre
DTSTART;TZID=Argentina Standard Time:20250312T143000
DTEND;TZID=Argentina Standard Time:20250312T170000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250305T121500Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:Sala Alem (6)
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "candidate-gmail",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-candidate-on-free-mail-sends-invite",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250319T153000Z
DTEND:20250319T160000Z
DTSTAMP:20250317T224012Z
ORGANIZER;CN=Tomás Aguirre:mailto:tomi.aguirre98@gmail.com
UID:3lq8fh1tn6v0c2kb9d7pmas4ro@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Tomás
  Aguirre;X-NUM-GUESTS=0:mailto:tomi.aguirre98@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=lfernandez@estudio-arroyo.com.ar;X-NUM-GUESTS=0:mailto:lfernandez
 @estudio-arroyo.com.ar
DESCRIPTION:Dr. Fernández\, le envío la invitación como me indicó para la
  entrevista por la pasantía en el área Corporativa. Adjunto nuevamente mi
  CV y el certificado analítico (promedio 8\,4). Muchas gracias.\nTomás Ag
 uirre\n\nUnirse con Google Meet: https://meet.google.com/tgq-hmwe-zrb
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Entrevista pasantía - Tomás Aguirre / Estudio Arroyo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "accepted-reply",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-candidate-accepted-reply",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Fernández, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;PARTSTAT=ACCEPTED;CN=Rocío Benítez:mailto:rocio.benitez.93@hotmai
 l.com
DESCRIPTION;LANGUAGE=es-AR:Muchas gracias\, ahí estaré.\n
UID:040000008200E00074C5B7101A82E0080000000091ABCDEF0011DB01000000000000000
 010000000C0FFEE1234567890ABCDEF1234567890
SUMMARY;LANGUAGE=es-AR:Aceptado: Entrevista Paralegal Sr. - Estudio Arroyo
DTSTART:20250325T133000Z
DTEND:20250325T141500Z
DTSTAMP:20250321T114200Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "corregir-escritos",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-grading-writing-tests-typed",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000C3D4E5F60718DB01000000000000000
 01000000055AA66BB77CC88DD99EE00FF11223344
DTSTAMP:20250320T130000Z
DTSTART;TZID=Argentina Standard Time:20250321T180000
DTEND;TZID=Argentina Standard Time:20250321T193000
SUMMARY:Corregir escritos paralegales (5) - devolver a Mercedes el lunes
DESCRIPTION:Consigna: carta documento + escrito de mero trámite. Grilla:
  ortografía/redacción 40\, contenido 40\, formato 20.
CLASS:PUBLIC
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "almuerzo-socios",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-recruiting-lunch-with-partners",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Arroyo, Federico";SENT-BY="mailto:secretaria.socios@estudio-
 arroyo.com.ar":mailto:farroyo@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Paz, Mercedes":mailto:
 mpaz@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Almuerzo con los dos candidatos finalistas par
 a asociado Jr. (Corporativo): Valentina Ríos y Franco Duarte. La idea es
  que los conozcan en un ámbito más informal y después me pasen impresione
 s. Reserva a nombre del Estudio.\n
UID:040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000
 010000000BEEFCAFE0102030405060708090A0B0C
SUMMARY;LANGUAGE=es-AR:Almuerzo recruiting - candidatos asociado Jr.
DTSTART;TZID=Argentina Standard Time:20250409T130000
DTEND;TZID=Argentina Standard Time:20250409T143000
LOCATION;LANGUAGE=es-AR:Restaurante Fervor\, Posadas 1519
DTSTAMP:20250402T150000Z
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "agency-candidate",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-agency-presents-paralegal-candidate",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000011AA22BB33CCDB01000000000000000
 01000000099887766554433221100FFEEDDCCBBAA
DTSTAMP:20250317T160000Z
DTSTART:20250324T140000Z
DTEND:20250324T144500Z
SUMMARY:Entrevista candidata Paralegal Sr. - Julieta Sosa (presentada por
  Búsquedas Legales)
ORGANIZER;CN="Carla Medina":mailto:cmedina@busquedaslegales.com.ar
ATTENDEE;CN="Fernández, Lucas";RSVP=TRUE:mailto:lfernandez@estudio-arroyo.
 com.ar
ATTENDEE;CN=Julieta Sosa;RSVP=TRUE:mailto:julisosa.paralegal@gmail.com
DESCRIPTION:Dr. Fernández: tal como acordamos\, le presentamos a Julieta
  Sosa para la búsqueda de Paralegal Sr. Adjunto CV e informe de la entre
 vista que realizamos. Ella se acerca al Estudio (Av. Alem 855\, piso 10).
 \nCarla Medina - Consultora Senior\, Búsquedas Legales
LOCATION:Estudio Arroyo - Av. Alem 855\, piso 10
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calendly-host",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-calendly-user-is-host",
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Calendly//Calendly//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calendly-6d2f8a10-3b9c-4e71-a5d0-88e1f2c3b4a5
DTSTAMP:20250313T201100Z
DTSTART:20250318T200000Z
DTEND:20250318T202000Z
SUMMARY:Pasantías Estudio Arroyo - charla 20 min between Lucas Fernández a
 nd Camila Ruiz
ORGANIZER;CN=Lucas Fernández:mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;CN=Camila Ruiz;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:camiruiz.der
 echo@hotmail.com
DESCRIPTION:Event Name: Pasantías Estudio Arroyo - charla 20 min\n\nInvite
 e: Camila Ruiz\nInvitee Email: camiruiz.derecho@hotmail.com\n\nQuestions:
 \n¿Qué año de la carrera estás cursando?: 4to (UBA\, orientación empresa
 rial)\n¿Disponibilidad horaria?: mañanas\n\nLocation: Microsoft Teams (li
 nk en el mail)\n\nPowered by Calendly.com
LOCATION:Microsoft Teams
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "devolucion-candidatos",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-debrief-devolucion-ronda",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Giménez, Rocío":mailto:rgimenez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Paz, Mer
 cedes":mailto:mpaz@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:15' para poner en común impresiones de los pas
 antes entrevistados el miércoles y definir a quién llamamos para segunda.
  Traigan la grilla completa.\n
UID:040000008200E00074C5B7101A82E00800000000AB54CD76EF98DB01000000000000000
 010000000F00DBABE1234ABCD5678EF90ABCD1234
SUMMARY;LANGUAGE=es-AR:Puesta en común pasantes
DTSTART:20250314T200000Z
DTEND:20250314T201500Z
DTSTAMP:20250313T113000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Oficina Mercedes
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "comite-contrataciones",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-hiring-committee-monthly-recurring",
        "ics": r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Argentina Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN="Arroyo, Federico":mailto:farroyo@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Fernánde
 z, Lucas":mailto:lfernandez@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Paz, Mercedes":mailto:
 mpaz@estudio-arroyo.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Giménez, Rocío":mailto
 :rgimenez@estudio-arroyo.com.ar
DESCRIPTION;LANGUAGE=es-AR:Comité de Contrataciones: estado de búsquedas
  abiertas (paralegal Sr.\, asociado Jr. Corporativo\, pasantes)\, decisión
  sobre finalistas y ofertas. Lucas se suma como representante de asociado
 s.\n
RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=10
UID:040000008200E00074C5B7101A82E0080000000066DD77EE88FFDB01000000000000000
 0100000001234FEDC5678BA9810325476AFBECDDC
SUMMARY;LANGUAGE=es-AR:Comité de Contrataciones
DTSTART;TZID=Argentina Standard Time:20250306T090000
DTEND;TZID=Argentina Standard Time:20250306T100000
DTSTAMP:20250226T140000Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-AR:Sala Directorio
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "shadowing-socio",
        "is_interview": 0,
        "hiring_side": True,
        "company": "",
        "role": "",
        "stage": "",
        "interviewers": "",
        "trap": "user-as-interviewer-shadows-partner-lateral-interview",
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.3.1//EN
BEGIN:VEVENT
UID:9F8E7D6C-5B4A-4392-8170-6F5E4D3C2B1A
DTSTAMP:20250401T122000Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250403T170000
DTEND;TZID=America/Argentina/Buenos_Aires:20250403T180000
SUMMARY:Entrar c/ Federico a la entrevista del lateral (senior assoc. banc
 ario)
DESCRIPTION:Fede quiere que escuche y después le dé mi opinión. No hablar
  de sueldo. CV en el mail de RRHH.
END:VEVENT
END:VCALENDAR
""",
    },
]
