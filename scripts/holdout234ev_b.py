"""holdout234 events, part B: edtech start-ups and the educational publisher (hand-written, blind)."""

from holdout234ev_tz import MADRID, ROMANCE

EVENTS = [
    {
        "kind": "workable-phone",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:wk-evt-9b1f4c20a7d34e88@workable.com
DTSTAMP:20250310T083015Z
SEQUENCE:0
DTSTART;TZID=Europe/Madrid:20250313T170000
DTEND;TZID=Europe/Madrid:20250313T172500
SUMMARY:Llamada telefónica: Laia Ferrandis Soler - Especialista Pedagógica
  (Primaria)
ORGANIZER;CN=Pizarra Labs:mailto:notifications@workablemail.com
ATTENDEE;CN=Laia Ferrandis Soler;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:laia
 .ferrandis.mestra@gmail.com
ATTENDEE;CN=Clara Benlloch;ROLE=REQ-PARTICIPANT:mailto:clara@pizarralabs.com
DESCRIPTION:Hola Laia\,\n\nClara Benlloch (People & Talent) te llamará al te
 léfono que indicaste en tu candidatura.\n\nPuesto: Especialista Pedagógica (
 Primaria)\nDuración: 25 minutos\n\nSi necesitas cambiar la hora\, responde a
  este correo.\n\nEnviado con Workable
LOCATION:Llamada telefónica
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "wk-evt-9b1f4c20a7d34e88@workable.com",
                "is_interview": 1,
                "company": "Pizarra Labs",
                "role": "Especialista Pedagógica (Primaria)",
                "stage": "recruiter_screen",
                "interviewers": "clara@pizarralabs.com",
                "trap": "workable-llamada-telefonica-spanish",
            }
        ],
    },
    {
        "kind": "workable-cancel",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Workable//Workable Calendar//EN
VERSION:2.0
METHOD:CANCEL
{MADRID}BEGIN:VEVENT
UID:wk-evt-2e6a0d11c9f84b07@workable.com
DTSTAMP:20250324T181102Z
SEQUENCE:1
STATUS:CANCELLED
DTSTART;TZID=Europe/Madrid:20250327T160000
DTEND;TZID=Europe/Madrid:20250327T170000
SUMMARY:Cancelado: Caso práctico - Laia Ferrandis Soler - Especialista Pedag
 ógica (Primaria)
ORGANIZER;CN=Pizarra Labs:mailto:notifications@workablemail.com
ATTENDEE;CN=Laia Ferrandis Soler;ROLE=REQ-PARTICIPANT:mailto:laia.ferrandis
 .mestra@gmail.com
ATTENDEE;CN=Víctor Almela;ROLE=REQ-PARTICIPANT:mailto:victor@pizarralabs.com
DESCRIPTION:Este evento ha sido cancelado. Víctor Almela (Head of Learning)
  se pondrá en contacto contigo para proponer otra fecha para presentar el c
 aso práctico (secuencia de 3 actividades de fracciones en la app).\n\nEnvia
 do con Workable
LOCATION:Google Meet
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "wk-evt-2e6a0d11c9f84b07@workable.com",
                "is_interview": 1,
                "company": "Pizarra Labs",
                "role": "Especialista Pedagógica (Primaria)",
                "stage": "technical",
                "interviewers": "victor@pizarralabs.com",
                "trap": "workable-method-cancel-case-study",
            }
        ],
    },
    {
        "kind": "founders-final",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250409T090000
DTEND;TZID=Europe/Madrid:20250409T103000
DTSTAMP:20250402T165208Z
ORGANIZER;CN=Víctor Almela:mailto:victor@pizarralabs.com
UID:1u8ck2r0n0f7l3hgsb6o9j4t4p@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Víctor Almela;X-NUM-GUESTS=0:mailto:victor@pizarralabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=Marta Gil;X-NUM-GUESTS=0:mailto:marta@pizarralabs.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=laia.ferrandis.mestra@gmail.com;X-NUM-GUESTS=0:mailto:laia.ferrand
 is.mestra@gmail.com
DESCRIPTION:¡Hola Laia! Al final lo hacemos en la ofi (Lanzadera\, Marina de
  València\, tinglado 2). Nos presentas el caso de fracciones (20 min) y lu
 ego charlamos con Marta (CEO) sobre cómo lo ves y condiciones. Trae el port
 átil si quieres.
LOCATION:Lanzadera\, Muelle de la Aduana s/n\, 46024 València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pizarra x Laia - caso + charla con Marta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "1u8ck2r0n0f7l3hgsb6o9j4t4p@google.com",
                "is_interview": 1,
                "company": "Pizarra Labs",
                "role": "",
                "stage": "final",
                "interviewers": "victor@pizarralabs.com;marta@pizarralabs.com",
                "trap": "startup-office-case-and-ceo-chat-no-word-interview",
            }
        ],
    },
    {
        "kind": "competencias-rrhh",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Navarro Pons, Elena":mailto:enavarro@grupoalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="Sala Reuniones
  P2 - Xàtiva";PARTSTAT=ACCEPTED:mailto:sala.p2@grupoalbufera.es
DESCRIPTION;LANGUAGE=es-ES:Buenos días\, Laia:\n\nTal como hemos hablado por
  teléfono\, te convoco a una entrevista por competencias para la vacante de
  Editor/a de Contenidos de Educación Primaria. Duración aproximada: 1 hora.
  Te pediremos ejemplos concretos de situaciones (trabajo en equipo\, plazos
 \, orientación a resultados).\n\nUn saludo\,\nElena Navarro\nTécnica de Sel
 ección - Personas y Organización\n
UID:040000008200E00074C5B7101A82E00800000000D0A7C1B3D895DB0100000000000000
 0010000000F1E2D3C4B5A697887766554433221100
SUMMARY;LANGUAGE=es-ES:Entrevista por competencias - Editor/a Contenidos Pr
 imaria
DTSTART;TZID=Romance Standard Time:20250219T100000
DTEND;TZID=Romance Standard Time:20250219T110000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250212T131524Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Sala Reuniones P2 - Xàtiva
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-INSTTYPE:0
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E00800000000D0A7C1B3D895DB01000000000000000010000000F1E2D3C4B"
                "5A697887766554433221100",
                "is_interview": 1,
                "company": "Grupo Editorial Albufera",
                "role": "Editor/a de Contenidos de Educación Primaria",
                "stage": "recruiter_screen",
                "interviewers": "enavarro@grupoalbufera.es",
                "trap": "publisher-hr-competency-interview-room-resource",
            }
        ],
    },
    {
        "kind": "prueba-practica",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Navarro Pons, Elena":mailto:enavarro@grupoalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Laia\, te adjunto la convocatoria para la prueba
  práctica: dispondrás de 2 horas para adaptar una unidad didáctica de 3.º
  de Primaria (Ciencias de la Naturaleza) a la LOMLOE con situación de apre
 ndizaje\, criterios de evaluación y una actividad con DUA. La realizarás de
  forma presencial en nuestras oficinas. Trae DNI.\n
UID:040000008200E00074C5B7101A82E00800000000A9C3E1F28B9CDB0100000000000000
 0010000000C0FFEE0012345678ABCDEF0011223344
SUMMARY;LANGUAGE=es-ES:Prueba práctica - Editor/a Contenidos Primaria (L. F
 errandis)
DTSTART;TZID=Romance Standard Time:20250305T093000
DTEND;TZID=Romance Standard Time:20250305T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250226T110000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Grupo Editorial Albufera - Av. de les Corts Valencia
 nes 22\, planta 2
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E00800000000A9C3E1F28B9CDB01000000000000000010000000C0FFEE001"
                "2345678ABCDEF0011223344",
                "is_interview": 1,
                "company": "Grupo Editorial Albufera",
                "role": "Editor/a Contenidos Primaria",
                "stage": "technical",
                "interviewers": "",
                "trap": "publisher-written-practical-test-no-interviewer",
            }
        ],
    },
    {
        "kind": "directora-editorial",
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Navarro Pons, Elena":mailto:enavarro@grupoalbufera.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=laia.ferra
 ndis.mestra@gmail.com:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN="Climent Vidal
 , Rosa":mailto:rclimentv@grupoalbufera.es
DESCRIPTION;LANGUAGE=es-ES:Segunda entrevista con Rosa Climent\, directora ed
 itorial de Infantil y Primaria. Comentaremos tu prueba práctica.\n\n______
 __________________________________________________________\nReunión de Mi
 crosoft Teams\nÚnase desde su equipo\, aplicación móvil o dispositivo de s
 ala\nHaga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/
 meetup-join/19%3ameeting_YTk3ODhm_thread.v2/0>\nId. de reunión: 392 661 00
 4 871\nCódigo de acceso: bY3nR8\n\n
UID:040000008200E00074C5B7101A82E0080000000071F7E3A4CC9EDB0100000000000000
 0010000000ABABABAB12121212CDCDCDCD34343434
SUMMARY;LANGUAGE=es-ES:2ª entrevista - Laia Ferrandis (Dirección Editorial)
DTSTART;TZID=Romance Standard Time:20250318T121500
DTEND;TZID=Romance Standard Time:20250318T130000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250312T090307Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "040000008200E00074C5B7101A82E0080000000071F7E3A4CC9EDB010000000000000000100000"
                "00ABABABAB12121212CDCDCDCD34343434",
                "is_interview": 1,
                "company": "Grupo Editorial Albufera",
                "role": "",
                "stage": "hiring_manager",
                "interviewers": "rclimentv@grupoalbufera.es",
                "trap": "outlook-teams-spanish-second-interview-editorial-director",
            }
        ],
    },
    {
        "kind": "greenhouse-screen",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:gh-interview-38821045-0@greenhouse.io
DTSTAMP:20250114T153301Z
DTSTART;TZID=Europe/Madrid:20250121T130000
DTEND;TZID=Europe/Madrid:20250121T133000
SUMMARY:Mates Vivas | Entrevista inicial con Talento - Laia Ferrandis
ORGANIZER;CN=Lucía Herrero:mailto:lucia.herrero@matesvivas.com
ATTENDEE;CN=Laia Ferrandis;RSVP=TRUE;PARTSTAT=NEEDS-ACTION:mailto:laia.ferra
 ndis.mestra@gmail.com
ATTENDEE;CN=Lucía Herrero;PARTSTAT=ACCEPTED:mailto:lucia.herrero@matesvivas.
 com
DESCRIPTION:Hola Laia\, gracias por tu interés en la posición de Pedagogical
  Content Specialist - Primaria. Esta primera conversación es para conocerte
  y contarte el proceso.\n\nÚnete con Google Meet: https://meet.google.com/m
 vx-kqra-wtd\n\nPowered by Greenhouse
LOCATION:https://meet.google.com/mvx-kqra-wtd
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "gh-interview-38821045-0@greenhouse.io",
                "is_interview": 1,
                "company": "Mates Vivas",
                "role": "Pedagogical Content Specialist - Primaria",
                "stage": "recruiter_screen",
                "interviewers": "lucia.herrero@matesvivas.com",
                "trap": "greenhouse-entrevista-inicial-talento",
            }
        ],
    },
    {
        "kind": "greenhouse-exercise",
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Calendar//EN
VERSION:2.0
METHOD:REQUEST
{MADRID}BEGIN:VEVENT
UID:gh-interview-38821045-1@greenhouse.io
DTSTAMP:20250129T101522Z
DTSTART;TZID=Europe/Madrid:20250204T174500
DTEND;TZID=Europe/Madrid:20250204T184500
SUMMARY:Mates Vivas | Revisión del ejercicio (diseño de problemas) - Laia F
 errandis
ORGANIZER;CN=Lucía Herrero:mailto:lucia.herrero@matesvivas.com
ATTENDEE;CN=Laia Ferrandis;RSVP=TRUE:mailto:laia.ferrandis.mestra@gmail.com
ATTENDEE;CN=Pablo Requena:mailto:pablo.requena@matesvivas.com
ATTENDEE;CN=Irene Sáez:mailto:irene.saez@matesvivas.com
DESCRIPTION:Revisaremos juntos el ejercicio que nos enviaste (10 problemas d
 e lógica para 2.º ciclo con su feedback adaptativo). Estarán Pablo (Lead C
 ontent) e Irene (Product Designer).\n\nGoogle Meet: https://meet.google.com/
 tra-pnez-hqa\n\nPowered by Greenhouse
LOCATION:https://meet.google.com/tra-pnez-hqa
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
        "labels": [
            {
                "uid": "gh-interview-38821045-1@greenhouse.io",
                "is_interview": 1,
                "company": "Mates Vivas",
                "role": "",
                "stage": "technical",
                "interviewers": "pablo.requena@matesvivas.com;irene.saez@matesvivas.com",
                "trap": "greenhouse-take-home-review-recruiter-organizer-not-interviewer",
            }
        ],
    },
]
