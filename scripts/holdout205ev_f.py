"""holdout205 events, part f: more scheduling tools and typed entries (Spain and Argentina)."""

from holdout205ev_tz import GOOGLE_COR, MADRID

EVENTS = [
    dict(
        kind="smartrecruiters-entrevista",
        uid="SR-INTERVIEW-BoschGroup-744000051187213-1",
        y=1,
        company="Bosch",
        role="Controller de Planta (Madrid - Vicálvaro)",
        stage="",
        who="alvaro.ruizgarcia@es.bosch.com",
        trap="smartrecruiters-no-reply-organizer",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//SmartRecruiters//Interview Scheduler//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:SR-INTERVIEW-BoschGroup-744000051187213-1
DTSTAMP:20250604T072015Z
DTSTART:20250611T130000Z
DTEND:20250611T140000Z
SUMMARY:Entrevista - Controller de Planta (Madrid - Vicálvaro) - Bosch
ORGANIZER;CN=Bosch Group:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Álvaro Ruiz García;ROLE=REQ-PARTICIPANT:mailto:alvaro.ruizgarci
 a@es.bosch.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Martín\,\n\nTe confirmamos tu entrevista con Álvaro Ruiz
  García (Head of Controlling Plant Madrid).\n\nFecha y hora: 11/06/2025 15
 :00 - 16:00 (CEST)\nLugar: Microsoft Teams (recibirás el enlace por separa
 do)\n\nUn saludo\,\nBosch Recruiting Team\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="factorial-entrevista",
        uid="factorial-ats-interview-118273-vallcompanys",
        y=1,
        company="Vall Companys",
        role="Responsable de Control de Gestión",
        stage="onsite",
        who="marta.puig@vallcompanys.es;josep.sole@vallcompanys.es",
        trap="factorial-presencial-lleida-needs-travel",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial HR//ATS//ES
METHOD:REQUEST
""" + MADRID + r"""BEGIN:VEVENT
UID:factorial-ats-interview-118273-vallcompanys
DTSTAMP:20250616T092233Z
DTSTART;TZID=Europe/Madrid:20250707T100000
DTEND;TZID=Europe/Madrid:20250707T113000
SUMMARY:Entrevista presencial - Responsable de Control de Gestión
ORGANIZER;CN=Marta Puig:mailto:marta.puig@vallcompanys.es
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Josep Solé:mailto:josep.sole@vallcompanys.es
ATTENDEE;CN=Marta Puig:mailto:marta.puig@vallcompanys.es
LOCATION:Grup Vall Companys - Pol. Ind. El Segre\, Lleida
DESCRIPTION:Bon dia Martín\,\nEns agradaria conèixer-te en persona. Te es
 peramos en nuestras oficinas centrales de Lleida con Josep Solé (Director
  Financiero) y Marta Puig (Personas).\nSabemos que vienes de Argentina: s
 i te va mejor\, podemos mover la fecha a cuando estés en España.\n\nFactor
 ial ATS
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="entrevista-bonarea",
        uid="a8f3k2l1m0n9@martin-iphone",
        y=1,
        company="bonÀrea",
        role="Controller",
        stage="",
        who="Sra. Jordana",
        trap="typed-infojobs-phone-interview-spain-floating",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250506T215812Z
UID:a8f3k2l1m0n9@martin-iphone
DTSTART:20250508T050000
DTEND:20250508T053000
SUMMARY:entrevista tel bonÀrea (Guissona) - controller - infojobs
DESCRIPTION:me llama la Sra. Jordana de RRHH. OJO son las 10 allá = 5 acá
 !!! poner alarma 4:30. preguntar relocation y si piden catalán
DTSTAMP:20250506T215830Z
SEQUENCE:0
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT30M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="teams-madrid",
        uid="040000008200E00074C5B7101A82E0080000000042A1B9C8E0AEDB01"
            "000000000000000010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8",
        y=1,
        company="Ebro Foods",
        role="Controller Financiero Grupo",
        stage="final",
        who="ana.beltran@ebrofoods.es",
        trap="outlook-utc-only-final-with-dfc",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Beltrán Sáez, Ana";SENT-BY="mailto:secretaria.dfc@ebrofoods.
 es":mailto:ana.beltran@ebrofoods.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Martin Fe
 rreyra:mailto:martinferreyra.cpn@gmail.com
DESCRIPTION;LANGUAGE=es-ES:Estimado Martín:\n\nD.ª Ana Beltrán\, Directora
  Financiera Corporativa\, desea mantener con usted una última conversació
 n antes de cerrar el proceso de Controller Financiero Grupo.\n\nReunión d
 e Microsoft Teams\nID de la reunión: 301 774 519 228\nCódigo de acceso: q
 W9e4T\n\nUn cordial saludo\,\nSecretaría de la Dirección Financiera\nEbro
  Foods\, S.A. - Paseo de la Castellana\, Madrid\n
UID:040000008200E00074C5B7101A82E0080000000042A1B9C8E0AEDB01000000000000000
 010000000C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8
SUMMARY;LANGUAGE=es-ES:Conversación con D.ª Ana Beltrán - Controller Finan
 ciero Grupo
DTSTART:20250702T143000Z
DTEND:20250702T151500Z
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250626T101510Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="porta-directorio",
        uid="6g0k4o8s2w6a0e4i8m2q6u0y4c@google.com",
        y=1,
        company="Porta Hnos",
        role="Gerente de Administración y Finanzas",
        stage="final",
        who="jporta@portahnos.com.ar",
        trap="family-business-director-reunion-final",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Cordoba:20250618T183000
DTEND;TZID=America/Argentina/Cordoba:20250618T193000
DTSTAMP:20250613T120532Z
ORGANIZER;CN=Jimena Porta:mailto:jporta@portahnos.com.ar
UID:6g0k4o8s2w6a0e4i8m2q6u0y4c@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Jimena Porta;X-NUM-GUESTS=0:mailto:jporta@portahnos.com.ar
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
CREATED:20250613T120531Z
DESCRIPTION:Martín\, como te adelantó la consultora\, quedás en la terna
  final para la Gerencia de Administración y Finanzas. Te espero en la sed
 e de Camino a San Carlos para una última reunión conmigo (directorio).\nJ
 imena Porta
LAST-MODIFIED:20250613T120531Z
LOCATION:Porta Hnos - Camino San Carlos Km 4\, Córdoba
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Reunión Martín Ferreyra - Directorio Porta
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="biogenesis-typed",
        uid="7F3A9C21-8E4B-4D6A-B2C1-55E0D3F8A9B7",
        y=1,
        company="Biogénesis Bagó",
        role="Controller",
        stage="",
        who="",
        trap="typed-phone-note-ir-con-saco",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.5//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250526T130010Z
UID:7F3A9C21-8E4B-4D6A-B2C1-55E0D3F8A9B7
DTEND;TZID=America/Argentina/Buenos_Aires:20250530T130000
SUMMARY:Biogénesis Bagó 2da entrevista
DTSTART;TZID=America/Argentina/Buenos_Aires:20250530T113000
DTSTAMP:20250526T130024Z
LOCATION:Garín\, Ruta Panamericana km 38.5
DESCRIPTION:vuelo AEP 7:10 ✈️ / remis desde aeroparque. ir con saco. contr
 oller - planta vacunas
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="corteva-entrevista",
        uid="8a0c2e4g6i8k@martin-pc",
        y=1,
        company="Corteva",
        role="Commercial Finance Analyst",
        stage="",
        who="",
        trap="typed-all-day-interview-with-time-in-title",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250611T012201Z
LAST-MODIFIED:20250611T012201Z
DTSTAMP:20250611T012201Z
UID:8a0c2e4g6i8k@martin-pc
SUMMARY:16hs entrevista Corteva (Commercial Finance Analyst) - teams
DTSTART;VALUE=DATE:20250613
DTEND;VALUE=DATE:20250614
DESCRIPTION:la manda Workday\, no llegó el invite todavía. pedir salir te
 mprano
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    ),
]
