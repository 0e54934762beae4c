"""holdout217 events, part f: start-ups, small forwarders, agencies, job boards."""

from holdout217ev_tz import AMSTERDAM, BERLIN, MADRID

EVENTS = [
    {
        "kind": "ashby-hiring-manager",
        "crlf": True,
        "label": (
            "ashby-interview-b7e0c4d1-92fa-4a36-8c5e-1d07f3a9e264@ashbyhq.com", 1, "Forto",
            "Operations Manager Ocean Freight - Hamburg", "hiring_manager",
            "lukas.hoffmann@forto.com", "ashby-meet-berlin-zone-hamburg-office",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Ashby//Ashby Scheduling//EN
METHOD:REQUEST
{BERLIN}
BEGIN:VEVENT
UID:ashby-interview-b7e0c4d1-92fa-4a36-8c5e-1d07f3a9e264@ashbyhq.com
DTSTAMP:20250227T162210Z
DTSTART;TZID=Europe/Berlin:20250305T170000
DTEND;TZID=Europe/Berlin:20250305T174500
SUMMARY:Forto x Irene Sanchis Ferrer - Hiring Manager Interview
LOCATION:https://meet.google.com/ewa-xnqp-hut
DESCRIPTION:Operations Manager Ocean Freight - Hamburg\n\nInterviewer: Luk
 as Hoffmann (Team Lead Ocean Operations)\n\nGoogle Meet: https://meet.goo
 gle.com/ewa-xnqp-hut\n\nScheduled with Ashby
ORGANIZER;CN=Forto Talent:mailto:talent@forto.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Lukas Hoffmann;PARTSTAT=ACCEPTED:mailto:lukas.hoffmann@forto.c
 om
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "calcom-founder",
        "crlf": True,
        "label": (
            "calcom-3kR8vQz1mW7xT2pN@cal.com", 1, "Estibo", "Head of Operations", "",
            "pau.llorens.estibo@gmail.com", "founder-on-free-mail-cal-com-startup",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:calcom-3kR8vQz1mW7xT2pN@cal.com
DTSTAMP:20250312T221501Z
DTSTART:20250317T180000Z
DTEND:20250317T184500Z
SUMMARY:Cafè virtual: Pau Llorens / Irene Sanchis Ferrer
DESCRIPTION:What: Cafè virtual\nInvitee: Irene Sanchis Ferrer\nWhere: Goog
 le Meet\n\nAdditional notes: Hola Irene! Soy Pau\, cofundador de Estibo (
 software de citas de camiones para terminales). Buscamos Head of Operatio
 ns que venga del muelle. Me encantaría conocerte y contarte el proyecto
  - y ver si te ves en el equipo.\n\nhttps://meet.google.com/xoq-bnja-wtu
 \n\nNeed to reschedule or cancel? https://cal.com/booking/3kR8vQz1mW7xT2pN
LOCATION:https://meet.google.com/xoq-bnja-wtu
ORGANIZER;CN=Pau Llorens:mailto:pau.llorens.estibo@gmail.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:ma
 ilto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "icims-webex",
        "crlf": True,
        "label": (
            "icims-iv-2025-GXO-104233-2@icims.com", 1, "GXO", "Operations Manager",
            "hiring_manager", "fernando.lozano@gxo.com",
            "icims-webex-site-visit-madrid-hiring-manager",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//iCIMS Inc//iCIMS Scheduling//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:icims-iv-2025-GXO-104233-2@icims.com
DTSTAMP:20250320T074455Z
DTSTART;TZID=Europe/Madrid:20250326T103000
DTEND;TZID=Europe/Madrid:20250326T113000
SUMMARY:GXO Interview - Operations Manager (Req 2025-104233)
LOCATION:Webex
DESCRIPTION:Hola Irene\,\n\nTu entrevista ha sido programada.\n\nPuesto: O
 perations Manager (Req 2025-104233) - Alcalá de Henares\nEntrevistador:
  Fernando Lozano\, Site General Manager\n\nÚnete a la reunión de Webex:\nh
 ttps://gxo.webex.com/gxo/j.php?MTID=m4c1f0a8e2b\nNúmero de la reunión: 2
 734 118 9902\nContraseña: Gxo2025!\nUnirse por teléfono: +34 91 114 650
 0 España\n\nGXO Talent Acquisition
ORGANIZER;CN=GXO Talent Acquisition:mailto:donotreply@icims.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Fernando Lozano;PARTSTAT=ACCEPTED:mailto:fernando.lozano@gxo.co
 m
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "modernloop-panel",
        "crlf": True,
        "label": (
            "ml-8f02e6d4c1b7-panel@modernloop.io", 1, "Zencargo",
            "Ocean Operations Manager (Rotterdam)", "onsite",
            "femke.jansen@zencargo.com;oliver.hughes@zencargo.com;ravi.patel@zencargo.com",
            "modernloop-back-to-back-panel-amsterdam",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//ModernLoop//Interview Scheduling//EN
METHOD:REQUEST
{AMSTERDAM}
BEGIN:VEVENT
UID:ml-8f02e6d4c1b7-panel@modernloop.io
DTSTAMP:20250401T104010Z
DTSTART;TZID=Europe/Amsterdam:20250408T140000
DTEND;TZID=Europe/Amsterdam:20250408T163000
SUMMARY:Zencargo Interview Panel - Ocean Operations Manager (Rotterdam)
LOCATION:Google Meet (links below)
DESCRIPTION:Hi Irene\,\n\nHere's your interview panel (Amsterdam time):\n1
 4:00-14:45 Ops deep-dive with Femke Jansen (Head of Ocean\, Benelux)\n14:
 50-15:35 Customer & carriers with Oliver Hughes (VP Operations)\n15:45-16
 :30 Data & process with Ravi Patel (Ops Analytics Lead)\n\nEach block has
  its own Meet link - see your email from ModernLoop.\n\nCheers\,\nZencarg
 o Talent
ORGANIZER;CN=Zencargo Talent:mailto:scheduling@zencargo.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Femke Jansen;PARTSTAT=ACCEPTED:mailto:femke.jansen@zencargo.com
ATTENDEE;CN=Oliver Hughes;PARTSTAT=ACCEPTED:mailto:oliver.hughes@zencargo.c
 om
ATTENDEE;CN=Ravi Patel;PARTSTAT=ACCEPTED:mailto:ravi.patel@zencargo.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "workable-in-person",
        "crlf": True,
        "label": (
            "workable-event-c3d91a77f0@workable.com", 1, "Levantina de Tránsitos",
            "Responsable de Tráfico Marítimo", "hiring_manager", "vicent@levantinatransitos.es",
            "workable-small-forwarder-owner-in-person",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workable//Workable Events//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:workable-event-c3d91a77f0@workable.com
DTSTAMP:20250128T121500Z
DTSTART;TZID=Europe/Madrid:20250131T174500
DTEND;TZID=Europe/Madrid:20250131T184500
SUMMARY:Entrevista en persona - Responsable de Tráfico Marítimo
LOCATION:C/ Dr. J.J. Dómine 14\, 3º\, 46011 València
DESCRIPTION:Hola Irene\,\n\nVicent Gimeno (gerente) te espera en nuestra o
 ficina del Grao para una entrevista presencial.\n\nLevantina de Tránsito
 s S.L. - Transitarios y agentes de aduanas desde 1978
ORGANIZER;CN=Levantina de Tránsitos:mailto:noreply@workablemail.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Vicent Gimeno;PARTSTAT=ACCEPTED:mailto:vicent@levantinatransito
 s.es
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "factorial-interview",
        "crlf": True,
        "label": (
            "factorial-ats-interview-99128@factorialhr.com", 1, "Moldtrans",
            "Jefe/a de Operaciones Marítimas", "recruiter_screen",
            "", "factorial-ats-spanish-phone-screen-hr-team",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial ATS//ES
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:factorial-ats-interview-99128@factorialhr.com
DTSTAMP:20250313T115959Z
DTSTART;TZID=Europe/Madrid:20250318T123000
DTEND;TZID=Europe/Madrid:20250318T130000
SUMMARY:Entrevista telefónica | Jefe/a de Operaciones Marítimas | Irene S
 anchis Ferrer
LOCATION:Teléfono
DESCRIPTION:Fase: Entrevista telefónica\nCandidatura: Jefe/a de Operaci
 ones Marítimas (Barcelona)\nEntrevistador/a: Equipo de RRHH Moldtrans\n\
 nEnviado desde Factorial
ORGANIZER;CN=Moldtrans RRHH:mailto:rrhh@moldtrans.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "trial-day",
        "crlf": False,
        "label": (
            "9D41E0B2-6C8F-4A73-B5D2-E1F09A3C7B64", 1, "Marítima Turia", "", "onsite",
            "Enric", "handtyped-allday-jornada-de-prueba-candidate",
        ),
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iPhone OS 18.3.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
CREATED:20250404T122011Z
DTSTAMP:20250404T122045Z
DTSTART;VALUE=DATE:20250411
DTEND;VALUE=DATE:20250412
SUMMARY:Día de prueba Marítima Turia
DESCRIPTION:Pedido día libre en TMC (asuntos propios). 8:30 en la ofi del
  Grao\, preguntar por Enric (gerente). Me ponen con el equipo de tráfico
  todo el día a ver cómo trabajo: booking\, B/L\, seguimiento ETA. Comer
  con ellos.
UID:9D41E0B2-6C8F-4A73-B5D2-E1F09A3C7B64
SEQUENCE:0
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hays-client-named",
        "crlf": True,
        "label": (
            "4nv0t8c2k6hm1qs9fd5bl3ej7r@google.com", 1, "Carrefour",
            "Demand Planner", "recruiter_screen", "miguel.aranda@hays.es",
            "agency-screen-client-in-description-only",
        ),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20250203T180000
DTEND;TZID=Europe/Madrid:20250203T183000
DTSTAMP:20250131T140215Z
ORGANIZER;CN=Miguel Aranda:mailto:miguel.aranda@hays.es
UID:4nv0t8c2k6hm1qs9fd5bl3ej7r@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=irene.sanchis.ferrer@gmail.com;X-NUM-GUESTS=0:mailto:irene.sanchis
 .ferrer@gmail.com
DESCRIPTION:Hola Irene\, te llamo para comentar la vacante de Demand Plann
 er para Carrefour en sus oficinas centrales de Alcobendas (Madrid) y hace
 r una primera entrevista antes de presentarte. Un saludo\, Miguel - Hays
  Supply Chain
LOCATION:Llamada
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Llamada Hays - Irene Sanchis
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "webex-hiring-manager",
        "crlf": True,
        "label": (
            "0D1C9B2A7E3F4A5B8C6D@webex.com", 1, "Leroy Merlin",
            "Responsable de Aprovisionamiento y Planificación", "hiring_manager",
            "raquel.iborra@leroymerlin.es", "webex-invite-aprovisionamiento-role",
        ),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco Systems Inc.//Webex Meetings//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Madrid
BEGIN:STANDARD
DTSTART:20001029T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:Standard Time
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:20000326T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:Daylight Savings Time
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:0D1C9B2A7E3F4A5B8C6D@webex.com
DTSTAMP:20250402T093015Z
DTSTART;TZID=Madrid:20250408T100000
DTEND;TZID=Madrid:20250408T110000
SUMMARY:Entrevista Responsable de Aprovisionamiento y Planificación - Lero
 y Merlin
LOCATION:https://leroymerlin.webex.com/leroymerlin/j.php?MTID=m9a0e5c2
DESCRIPTION:Raquel Iborra te invita a una reunión de Webex.\n\nEntrevista
  con Raquel Iborra (Directora de Supply Chain Región Este).\n\nÚnete a la
  reunión: https://leroymerlin.webex.com/leroymerlin/j.php?MTID=m9a0e5c2\nN
 úmero de reunión (código de acceso): 2741 552 0087\nContraseña de la reu
 nión: LM2025
ORGANIZER;CN=Raquel Iborra:mailto:raquel.iborra@leroymerlin.es
ATTENDEE;CN=irene.sanchis.ferrer@gmail.com;ROLE=REQ-PARTICIPANT;PARTSTAT=N
 EEDS-ACTION;RSVP=TRUE:mailto:irene.sanchis.ferrer@gmail.com
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "infojobs-convocatoria",
        "crlf": True,
        "label": (
            "ij-convocatoria-5562193-ise@infojobs.net", 1, "Dacsa",
            "Demand Planner", "recruiter_screen", "",
            "infojobs-convocatoria-phone-no-named-interviewer",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//InfoJobs//Convocatorias//ES
METHOD:PUBLISH
{MADRID}
BEGIN:VEVENT
UID:ij-convocatoria-5562193-ise@infojobs.net
DTSTAMP:20250124T101018Z
DTSTART;TZID=Europe/Madrid:20250129T100000
DTEND;TZID=Europe/Madrid:20250129T103000
SUMMARY:Convocatoria: Demand Planner - Dacsa Group
LOCATION:Entrevista telefónica
DESCRIPTION:La empresa Dacsa Group te ha convocado a una entrevista telef
 ónica para la oferta "Demand Planner" (Almàssera\, Valencia).\n\nPuedes c
 onsultar los detalles en tu área de candidato de InfoJobs.
ORGANIZER;CN=InfoJobs:mailto:noreply@infojobs.net
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION:mailto:irene.sanchi
 s.ferrer@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "lever-screen",
        "crlf": True,
        "label": (
            "lever-interview-1e7a4c90-3bd2-4f18-a6e5-0c92d8b1f37a@hire.lever.co", 1, "Ontruck",
            "Operations Manager - Valencia", "recruiter_screen", "paula.esteve@ontruck.com",
            "lever-google-meet-madrid-startup",
        ),
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lever//Lever Hire//EN
METHOD:REQUEST
{MADRID}
BEGIN:VEVENT
UID:lever-interview-1e7a4c90-3bd2-4f18-a6e5-0c92d8b1f37a@hire.lever.co
DTSTAMP:20250206T180000Z
DTSTART;TZID=Europe/Madrid:20250212T131500
DTEND;TZID=Europe/Madrid:20250212T134500
SUMMARY:Irene Sanchis Ferrer <> Ontruck | Intro call
LOCATION:https://meet.google.com/fqa-zbwe-rkc
DESCRIPTION:Intro call for Operations Manager - Valencia\n\nWith: Paula Es
 teve (Talent)\nhttps://meet.google.com/fqa-zbwe-rkc
ORGANIZER;CN=Paula Esteve:mailto:paula.esteve@ontruck.com
ATTENDEE;CN=Irene Sanchis Ferrer;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:ir
 ene.sanchis.ferrer@gmail.com
ATTENDEE;CN=Paula Esteve;PARTSTAT=ACCEPTED:mailto:paula.esteve@ontruck.com
END:VEVENT
END:VCALENDAR
""",
    },
]
