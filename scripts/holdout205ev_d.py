"""holdout205 events, part d: Argentine employers (Buenos Aires and Córdoba), first half."""

from holdout205ev_tz import GOOGLE_BA, GOOGLE_COR, OUTLOOK_ARG

EVENTS = [
    dict(
        kind="meli-tecnica",
        uid="4a8e2i6o0u4a8e2i6o0u4a8e2i@google.com",
        y=1,
        company="Mercado Libre",
        role="Sr. Financial Analyst - Controllership",
        stage="technical",
        who="florencia.acosta@mercadolibre.com",
        trap="google-invite-entrevista-tecnica-ifrs",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250320T140000
DTEND;TZID=America/Argentina/Buenos_Aires:20250320T150000
DTSTAMP:20250314T201010Z
ORGANIZER;CN=Florencia Acosta:mailto:florencia.acosta@mercadolibre.com
UID:4a8e2i6o0u4a8e2i6o0u4a8e2i@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Florencia Acosta;X-NUM-GUESTS=0:mailto:florencia.acosta@mercadolibre.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/jfa-ybdm-ktr
CREATED:20250314T201009Z
DESCRIPTION:Hola Martín! Como siguiente paso del proceso para Sr. Financia
 l Analyst - Controllership\, vamos a tener una entrevista técnica (IFRS\,
  consolidación\, conciliaciones intercompany). Podés tener a mano papel y
  calculadora.\nFlor - Controllership Manager
LAST-MODIFIED:20250314T201009Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:[Entrevista Técnica] Martín Ferreyra - Sr FA Controllership
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="meli-lider",
        uid="8b2f6j0n4r8v2z6d0h4l8p2t6x@google.com",
        y=1,
        company="Mercado Libre",
        role="Sr. Financial Analyst - Controllership",
        stage="hiring_manager",
        who="gonzalo.brizuela@mercadolibre.com",
        trap="google-invite-con-lider-sin-palabra-entrevista",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
DTSTART;TZID=America/Argentina/Buenos_Aires:20250403T113000
DTEND;TZID=America/Argentina/Buenos_Aires:20250403T121500
DTSTAMP:20250328T130544Z
ORGANIZER;CN=Florencia Acosta:mailto:florencia.acosta@mercadolibre.com
UID:8b2f6j0n4r8v2z6d0h4l8p2t6x@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Gonzalo Brizuela;X-NUM-GUESTS=0:mailto:gonzalo.brizuela@mercadolibre.c
 om
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=martinferreyra.cpn@gmail.com;X-NUM-GUESTS=0:mailto:martinferreyra.c
 pn@gmail.com
X-GOOGLE-CONFERENCE:https://meet.google.com/qnw-ypbv-mhs
CREATED:20250328T130543Z
DESCRIPTION:Martín: te presento a Gonzalo\, Sr. Manager de Controllership
  LatAm. Quería conocerte antes de avanzar. Gracias! Flor
LAST-MODIFIED:20250328T130543Z
LOCATION:
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Martín <> Gonzalo
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="lever-phone-screen",
        uid="lever-interview-0b6e5d3c-19a7-4c8f-9e2d-71aa5f40c3b8",
        y=1,
        company="Globant",
        role="Financial Planning Analyst Sr",
        stage="recruiter_screen",
        who="rocio.vaca@globant.com",
        trap="lever-phone-screen-utc",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0b6e5d3c-19a7-4c8f-9e2d-71aa5f40c3b8
DTSTAMP:20250321T174401Z
DTSTART:20250325T150000Z
DTEND:20250325T153000Z
SUMMARY:Phone Screen: Martín Ferreyra for Financial Planning Analyst Sr (C
 órdoba)
ORGANIZER;CN=Rocío Vaca:mailto:rocio.vaca@globant.com
ATTENDEE;CN=Rocío Vaca;PARTSTAT=ACCEPTED:mailto:rocio.vaca@globant.com
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
LOCATION:Rocío will call you at +54 9 351 5xx xxxx
DESCRIPTION:Hi Martín! Rocío from Globant's Talent team here. This is a 30
 -min phone screen for the Financial Planning Analyst Sr role (Córdoba hub
 ). We can do it in Spanish 😉\n\nScheduled via Lever
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="agd-planta",
        uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5EA4DB01"
            "000000000000000010000000E7F8091A2B3C4D5E6F708192A3B4C5D6",
        y=1,
        company="AGD",
        role="Jefe de Contabilidad",
        stage="onsite",
        who="mrinaldi@agd.com.ar;hbustamante@agd.com.ar",
        trap="outlook-last-first-cn-plant-visit-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
""" + OUTLOOK_ARG + r"""BEGIN:VEVENT
ORGANIZER;CN="Rinaldi, Mariela":mailto:mrinaldi@agd.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Bustamant
 e, Horacio":mailto:hbustamante@agd.com.ar
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martinferr
 eyra.cpn@gmail.com:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;RSVP=FALSE;CN="GD - Sala Reun
 iones Adm. (PB)":mailto:gd.salaadm@agd.com.ar
DESCRIPTION;LANGUAGE=es-AR:Cr. Ferreyra:\n\nLo esperamos en General Dehez
 a para la entrevista con el Cr. Horacio Bustamante (Gerente de Administra
 ción) y quien suscribe (RRHH). Posteriormente haremos una recorrida breve
  por planta y acopio. Se recomienda calzado cerrado.\n\nMariela Rinaldi\nR
 ecursos Humanos - Aceitera General Deheza S.A.\n
UID:040000008200E00074C5B7101A82E008000000009A8B7C6D5EA4DB01000000000000000
 010000000E7F8091A2B3C4D5E6F708192A3B4C5D6
SUMMARY;LANGUAGE=es-AR:Entrevista Jefe de Contabilidad - Cr. M. Ferreyra
DTSTART;TZID=Argentina Standard Time:20250416T093000
DTEND;TZID=Argentina Standard Time:20250416T120000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20250409T160110Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-AR:GD - Sala Reuniones Adm. (PB)
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
X-MICROSOFT-CDO-ALLDAYEVENT:FALSE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="workday-bunge",
        uid="WD-7b1e4c09a2f34d0fb6e9c85a1d2e3f40",
        y=1,
        company="Bunge",
        role="Controllership Analyst Sr",
        stage="hiring_manager",
        who="mariano.quiroga@bunge.com",
        trap="workday-bilingual-interview-rosario",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
UID:WD-7b1e4c09a2f34d0fb6e9c85a1d2e3f40
DTSTAMP:20250507T191002Z
SEQUENCE:0
DTSTART;TZID=America/Argentina/Buenos_Aires:20250514T110000
DTEND;TZID=America/Argentina/Buenos_Aires:20250514T120000
SUMMARY:Interview / Entrevista - Controllership Analyst Sr (JR-25-01877)
ORGANIZER;CN=Bunge Careers:mailto:bunge@myworkday.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Mariano Quiroga;ROLE=REQ-PARTICIPANT:mailto:mariano.quiroga@bun
 ge.com
LOCATION:Microsoft Teams
DESCRIPTION:Dear Martín / Estimado Martín\,\n\nYou have been scheduled fo
 r an interview with Mariano Quiroga (Controllership Manager Argentina) fo
 r Controllership Analyst Sr (Rosario / híbrido).\nHas sido convocado a u
 na entrevista con Mariano Quiroga.\n\nTeams link will be sent separately
  / el link de Teams te llegará por separado.\n\nBunge Talent Acquisition
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="renault-santa-isabel",
        uid="SFINT-renaultgroup-AR-2025-55012",
        y=1,
        company="Renault Argentina",
        role="Controller de Planta Santa Isabel",
        stage="",
        who="natalia.luna@renault.com;pierre.lambert@renault.com",
        trap="successfactors-presencial-planta-two-interviewers",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_COR + r"""BEGIN:VEVENT
UID:SFINT-renaultgroup-AR-2025-55012
DTSTAMP:20250602T124300Z
SEQUENCE:0
DTSTART;TZID=America/Argentina/Cordoba:20250606T090000
DTEND;TZID=America/Argentina/Cordoba:20250606T103000
SUMMARY:Entrevista: Controller de Planta Santa Isabel
ORGANIZER;CN=Renault Group Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Natalia Luna;ROLE=REQ-PARTICIPANT:mailto:natalia.luna@renault.
 com
ATTENDEE;CN=Pierre Lambert;ROLE=REQ-PARTICIPANT:mailto:pierre.lambert@rena
 ult.com
LOCATION:Planta Santa Isabel - Av. Vélez Sarsfield 7xxx\, Córdoba - Portería 2
DESCRIPTION:Estimado Martín\,\n\nLe confirmamos su entrevista presencial c
 on Natalia Luna (Gerente de Control de Gestión) y Pierre Lambert (CFO Ren
 ault Argentina).\nPresentarse en Portería 2 con DNI 15 minutos antes.\n\n
 Renault Group - Recursos Humanos
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="computrabajo-llamado",
        uid="D9C4E7A1-2B3F-4C5D-9E6F-0A1B2C3D4E5F",
        y=1,
        company="La Serenísima",
        role="Analista Contable Sr",
        stage="recruiter_screen",
        who="Vanina (RRHH)",
        trap="typed-computrabajo-llamado-rrhh",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250305T191045Z
UID:D9C4E7A1-2B3F-4C5D-9E6F-0A1B2C3D4E5F
DTEND;TZID=America/Argentina/Buenos_Aires:20250307T123000
SUMMARY:Llamado RRHH La Serenísima (Computrabajo) - An. Contable Sr
DTSTART;TZID=America/Argentina/Buenos_Aires:20250307T120000
DTSTAMP:20250305T191102Z
DESCRIPTION:me llama Vanina de RRHH Mastellone al celu. es en Gral Rodrígu
 ez?? preguntar si aceptan remoto desde cba
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="bumeran-entrevista",
        uid="8c3d5e7f9a1b@martin-pc",
        y=1,
        company="Molinos Río de la Plata",
        role="Analista Sr. de Costos",
        stage="",
        who="",
        trap="typed-desktop-bumeran-with-ficha-notes",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
BEGIN:VEVENT
CREATED:20250317T225011Z
LAST-MODIFIED:20250317T225140Z
DTSTAMP:20250317T225140Z
UID:8c3d5e7f9a1b@martin-pc
SUMMARY:Molinos - Analista Sr Costos (Bumeran)
DTSTART;TZID=America/Argentina/Cordoba:20250321T103000
DTEND;TZID=America/Argentina/Cordoba:20250321T111500
LOCATION:zoom (link en el mail)
DESCRIPTION:postulé x Bumeran el 2/3. entrevista por zoom\, no dicen con q
 uién. pretensión: pedir +35% sobre actual. repasar costeo ABC y absorción
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="goto-meeting",
        uid="goto-4f1b7c2e-8a9d-4c3b-b5e6-0f1a2b3c4d5e",
        y=1,
        company="Ledesma",
        role="Jefe de Control de Gestión",
        stage="hiring_manager",
        who="jcorvalan@ledesma.com.ar",
        trap="goto-meeting-dial-in-jujuy",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//GoTo//GoTo Meeting//EN
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
UID:goto-4f1b7c2e-8a9d-4c3b-b5e6-0f1a2b3c4d5e
DTSTAMP:20250404T130900Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250410T160000
DTEND;TZID=America/Argentina/Buenos_Aires:20250410T170000
SUMMARY:Entrevista Jefe de Control de Gestión - Ledesma / M. Ferreyra
ORGANIZER;CN=Javier Corvalán:mailto:jcorvalan@ledesma.com.ar
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
LOCATION:GoTo Meeting
DESCRIPTION:Entrevista con Javier Corvalán\, Gerente de Administración y
  Control (Libertador Gral. San Martín\, Jujuy).\n\nÚnase a mi reunión desd
 e su computadora\, tablet o smartphone.\nhttps://meet.goto.com/614220557\n
 \nTambién puede llamar por teléfono.\nArgentina: +54 11 5984 6001\n\nCódi
 go de acceso: 614-220-557
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="quilmes-case",
        uid="WD-abi-6e0a8c2f4b1d49e7a3c5f7091b2d4e6a",
        y=1,
        company="Quilmes",
        role="Finance Business Partner - Zona Centro",
        stage="technical",
        who="ignacio.rivero@ab-inbev.com",
        trap="workday-abinbev-case-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-abi-6e0a8c2f4b1d49e7a3c5f7091b2d4e6a
DTSTAMP:20250522T140102Z
SEQUENCE:0
DTSTART:20250528T170000Z
DTEND:20250528T181500Z
SUMMARY:Case Interview - Finance Business Partner - Zona Centro
ORGANIZER;CN=AB InBev Careers:mailto:abinbev@myworkday.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Ignacio Rivero;ROLE=REQ-PARTICIPANT:mailto:ignacio.rivero@ab-i
 nbev.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Martín\, ¡felicitaciones por avanzar en el proceso de Cer
 vecería y Maltería Quilmes!\nEn esta instancia vas a resolver un caso de
  negocio junto a Ignacio Rivero (Finance Manager Zona Centro): ZBB\, rentab
 ilidad por canal y pricing. Duración 75 min.\n\nPeople Team - Quilmes
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="quilmes-final",
        uid="WD-abi-0d2f4b6a8c1e43f5a7b9d1e3f5a7c9e1",
        y=1,
        company="Quilmes",
        role="Finance Business Partner - Zona Centro",
        stage="final",
        who="carolina.dominguez@ab-inbev.com",
        trap="workday-abinbev-final-panel-director",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday\, Inc.//Workday Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:WD-abi-0d2f4b6a8c1e43f5a7b9d1e3f5a7c9e1
DTSTAMP:20250605T120444Z
SEQUENCE:0
DTSTART:20250611T133000Z
DTEND:20250611T143000Z
SUMMARY:Final Interview - Finance Business Partner - Zona Centro
ORGANIZER;CN=AB InBev Careers:mailto:abinbev@myworkday.com
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Carolina Domínguez;ROLE=REQ-PARTICIPANT:mailto:carolina.doming
 uez@ab-inbev.com
LOCATION:Cervecería Quilmes - Planta Córdoba\, Av. Juan B. Justo 5xxx
DESCRIPTION:Martín: última entrevista del proceso\, presencial en la plan
 ta de Córdoba con Carolina Domínguez (Directora de Finanzas Sales Zona C
 entro). Llevá DNI.\n\nPeople Team - Quilmes
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="syngenta-teams",
        uid="SFINT-syngenta-AR-2025-90412",
        y=1,
        company="Syngenta",
        role="Credit & Collections Lead Cono Sur",
        stage="recruiter_screen",
        who="lucila.ferraro@syngenta.com",
        trap="successfactors-first-conversation-ta",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SAP SuccessFactors//Recruiting Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
UID:SFINT-syngenta-AR-2025-90412
DTSTAMP:20250225T140109Z
SEQUENCE:0
DTSTART;TZID=America/Argentina/Buenos_Aires:20250227T100000
DTEND;TZID=America/Argentina/Buenos_Aires:20250227T103000
SUMMARY:Primera conversación - Credit & Collections Lead Cono Sur
ORGANIZER;CN=Syngenta Recruiting:mailto:no-reply@successfactors.eu
ATTENDEE;CN=Martín Ferreyra;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:martinfe
 rreyra.cpn@gmail.com
ATTENDEE;CN=Lucila Ferraro;ROLE=REQ-PARTICIPANT:mailto:lucila.ferraro@syng
 enta.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Martín\, Lucila Ferraro (Talent Acquisition Syngenta Arg
 entina) te invita a una primera conversación sobre la posición Credit &
  Collections Lead Cono Sur (Vicente López / híbrido).\n\nSyngenta Recruiting
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="hiringroom-entrevista",
        uid="hiringroom-evt-3320981-adecoagro",
        y=1,
        company="Adecoagro",
        role="Analista Sr. Contable - Negocio Azúcar y Etanol",
        stage="",
        who="msalvatierra@adecoagro.com",
        trap="hiringroom-local-ats-invite",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//HiringRoom//Agenda de entrevistas//ES
METHOD:REQUEST
""" + GOOGLE_BA + r"""BEGIN:VEVENT
UID:hiringroom-evt-3320981-adecoagro
DTSTAMP:20250311T121500Z
DTSTART;TZID=America/Argentina/Buenos_Aires:20250318T150000
DTEND;TZID=America/Argentina/Buenos_Aires:20250318T154500
SUMMARY:Entrevista - Analista Sr. Contable - Negocio Azúcar y Etanol
ORGANIZER;CN=Adecoagro - Selección:mailto:notificaciones@hiringroom.com
ATTENDEE;CN=Martín Ferreyra;RSVP=TRUE:mailto:martinferreyra.cpn@gmail.com
ATTENDEE;CN=Mercedes Salvatierra:mailto:msalvatierra@adecoagro.com
LOCATION:Videollamada - Google Meet
DESCRIPTION:Hola Martín\,\nMercedes Salvatierra te invitó a una entrevist
 a para la búsqueda Analista Sr. Contable - Negocio Azúcar y Etanol.\nEnl
 ace: https://meet.google.com/cwq-zrkb-oaa\n\nPor favor confirmá tu asist
 encia desde el portal.\nEnviado por HiringRoom
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="los-grobo",
        uid="e7f1a9c3b5d2@martin-iphone",
        y=1,
        company="Los Grobo",
        role="",
        stage="",
        who="Gustavo",
        trap="typed-floating-abbreviated-entrev",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.4//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250422T140101Z
UID:e7f1a9c3b5d2@martin-iphone
DTSTART:20250424T180000
DTEND:20250424T184500
SUMMARY:entrev Los Grobo - meet
DESCRIPTION:c/ Gustavo (gte adm). link en wsp. tema: controller acopios zo
 na Cba/Sta Fe
DTSTAMP:20250422T140120Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    ),
]
