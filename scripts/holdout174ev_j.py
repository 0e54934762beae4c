"""holdout174 events, part j: job-search look-alikes and personal life (negatives, written blind)."""

from holdout174ev_tz import AMSTERDAM, MADRID_GOOGLE, ROMANCE

NEG = (0, "", "", "", "")

EVENTS = [
    {
        "kind": "own-appraisal",
        "uid": "040000008200E00074C5B7101A82E00800000000EVDES2025LFERRER000000000001000000EDP",
        "label": (*NEG, "own-performance-appraisal-with-head-of-service"),
        "ics": rf"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
{ROMANCE}BEGIN:VEVENT
ORGANIZER;CN="Peris Andreu, Ramón":mailto:peris_ram@gva-hospital.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="Ferrer S
 oler, Lucía":mailto:ferrer_luc@gva-hospital.es
DESCRIPTION;LANGUAGE=es-ES:Entrevista anual de evaluación del desempeño (c
 arrera profesional\, nivel III). Trae la autoevaluación y la memoria de a
 ctividad 2025. Revisaremos objetivos del área de Oncohematología y tu pla
 n de formación.\n
UID:040000008200E00074C5B7101A82E00800000000EVDES2025LFERRER00000000000100
 0000EDP
SUMMARY;LANGUAGE=es-ES:Entrevista evaluación desempeño 2025 – Lucía Ferrer
DTSTART;TZID=Romance Standard Time:20260127T123000
DTEND;TZID=Romance Standard Time:20260127T131500
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260119T093000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Despacho jefatura
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "hr-leave",
        "uid": "F4A2B7C1-9D03-4E58-A6B2-EXCEDENCIA",
        "label": (*NEG, "own-hr-appointment-about-leave-of-absence"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F4A2B7C1-9D03-4E58-A6B2-EXCEDENCIA
DTSTAMP:20260210T080000Z
DTSTART:20260212T120000
DTEND:20260212T123000
SUMMARY:Personal - preguntar excedencia voluntaria / servicios especiales
DESCRIPTION:ventanilla 3\, Mari Carmen. si me voy a la EMA: ¿servicios esp
 eciales (org. internacional) o excedencia? reserva de plaza? trienios?
LOCATION:Servicio de Personal\, edificio administrativo
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "coffee-chat",
        "uid": "8h3k6n0p2r5t7v9x1z4b_cafe@google.com",
        "label": (*NEG, "informational-coffee-with-msl-friend"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251008T183000
DTEND;TZID=Europe/Madrid:20251008T193000
DTSTAMP:20251003T200000Z
ORGANIZER;CN=Marta Gisbert:mailto:martagisbert.farma@gmail.com
UID:8h3k6n0p2r5t7v9x1z4b_cafe@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=Marta Gisbert;X-NUM-GUESTS=0:mailto:martagisbert.farma@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE
 ;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.farma@
 gmail.com
DESCRIPTION:Café y te cuento cómo es el día a día de MSL en J&J\, cómo fue
  mi salto desde el hospital y qué preguntan en los procesos. Sin compromi
 so eh 😉
LOCATION:Ubik Café\, Carrer del Literat Azorín 13\, Russafa\, València
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Café Marta & Lucía ☕
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "careers-fair",
        "uid": "farmaforum-2026-visitante-LF8821@farmaforum.es",
        "label": (*NEG, "pharma-industry-fair-with-job-forum"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Farmaforum//Registro Visitantes//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:farmaforum-2026-visitante-LF8821@farmaforum.es
DTSTAMP:20260201T100000Z
DTSTART;VALUE=DATE:20260304
DTEND;VALUE=DATE:20260306
SUMMARY:Farmaforum 2026 – Foro de empleo y networking (IFEMA Madrid)
DESCRIPTION:Tu acreditación de visitante: LF8821. Zona Empleo: presentaci
 ones de compañías\, stand de reclutadores y CV-point. Programa de confere
 ncias en farmaforum.es.
LOCATION:IFEMA Madrid\, Pabellón 8
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "referee-call",
        "uid": "0B7C2D9E-6F1A-4A3B-B8C5-REFPABLO",
        "label": (*NEG, "reference-call-as-referee-names-employer"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:0B7C2D9E-6F1A-4A3B-B8C5-REFPABLO
DTSTAMP:20251124T101500Z
DTSTART;TZID=Romance Standard Time:20251126T141500
DTEND;TZID=Romance Standard Time:20251126T143000
SUMMARY:Reference check – Pablo Marí Segarra (Pfizer\, Hospital Pharmacy
  Liaison)
DESCRIPTION:Dear Dr. Ferrer\,\n\nPablo has named you as a referee for the
  position he has applied for at Pfizer. I will call you for about 15 minu
 tes to ask about his work as a resident under your supervision.\n\nThank
  you\,\nElisa Navarro\nReference Checking – Pfizer Talent Acquisition
ORGANIZER;CN=Elisa Navarro:mailto:elisa.navarro@pfizer.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer:mailto:ferrer_luc@gva-hospital.es
LOCATION:Phone
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "recruiter-noname",
        "uid": "2c9e1f7a-lsp-ivars-20251016@lifesciencesearch.es",
        "label": (*NEG, "headhunter-call-no-employer-named"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:2c9e1f7a-lsp-ivars-20251016@lifesciencesearch.es
DTSTAMP:20251013T171000Z
DTSTART;TZID=Romance Standard Time:20251016T183000
DTEND;TZID=Romance Standard Time:20251016T190000
SUMMARY:Lucía Ferrer / Jorge Ivars – Life Science Search Partners
DESCRIPTION:Hola Lucía\,\n\nGracias por aceptar la conexión. Me gustaría co
 nocerte y entender qué buscas: trabajamos varias posiciones de Medical Af
 fairs y Market Access para perfiles de farmacia hospitalaria\, aunque de
  momento no puedo darte nombres de clientes. Será una llamada informal.\n
 \nJorge Ivars\nDirector – Life Science Search Partners\n
ORGANIZER;CN=Jorge Ivars:mailto:jivars@lifesciencesearch.es
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:luciaferrer.farma@gmail.com
LOCATION:Teléfono
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "prep-block",
        "uid": "D9E8F7A6-B5C4-4D3E-A2F1-PREPROCHE",
        "label": (*NEG, "prep-block-for-case-presentation"),
        "eol": "lf",
        "ics": rf"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//macOS 15.1//EN
CALSCALE:GREGORIAN
X-WR-TIMEZONE:Europe/Madrid
{MADRID_GOOGLE}BEGIN:VEVENT
UID:D9E8F7A6-B5C4-4D3E-A2F1-PREPROCHE
DTSTAMP:20251102T090000Z
DTSTART;TZID=Europe/Madrid:20251104T170000
DTEND;TZID=Europe/Madrid:20251104T210000
SUMMARY:PREP caso práctico Roche (LDCBG) – no molestar
DESCRIPTION:slides máx 8. POLARIX\, glofit\, epcoritamab\, CAR-T 2L. ensay
 ar en voz alta x2 con cronómetro. mandar pdf mañana antes de las 12
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "thank-you",
        "uid": "5A4B3C2D-1E0F-4A9B-8C7D-GRACIASALM",
        "label": (*NEG, "thank-you-note-reminder-after-final"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:5A4B3C2D-1E0F-4A9B-8C7D-GRACIASALM
DTSTAMP:20260113T140500Z
DTSTART:20260113T200000
DTEND:20260113T201500
SUMMARY:mail agradecimiento Oriol (Almirall) + Berta
DESCRIPTION:mencionar lo de los biosimilares de derma y el programa de ad
 herencia. corto!
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:Reminder
TRIGGER:-PT0M
END:VALARM
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "pre-employment-medical",
        "uid": "8a1b2c3d-ema-medexam-20260324@ema.europa.eu",
        "label": (*NEG, "pre-recruitment-medical-examination"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
{AMSTERDAM}BEGIN:VEVENT
UID:8a1b2c3d-ema-medexam-20260324@ema.europa.eu
DTSTAMP:20260313T120000Z
DTSTART;TZID=Europe/Amsterdam:20260324T090000
DTEND;TZID=Europe/Amsterdam:20260324T113000
SUMMARY:Pre-recruitment medical examination – EMA
DESCRIPTION:Dear Ms Ferrer Soler\,\n\nFollowing the offer of employment\,
  your pre-recruitment medical examination has been booked with the Agenc
 y's medical service provider. Please come fasting (blood test) and bring
  your vaccination record\, glasses if any and the completed medical ques
 tionnaire.\n\nHR – Recruitment & Onboarding\, European Medicines Agency
ORGANIZER;CN=EMA Onboarding:mailto:onboarding@ema.europa.eu
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucia FE
 RRER SOLER:mailto:luciaferrer.farma@gmail.com
LOCATION:Arbo Unie Medical Centre\, Amsterdam Zuidas
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "doctor",
        "uid": "F1E2D3C4-B5A6-4978-8695-GINECO",
        "label": (*NEG, "personal-doctor-appointment"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.1//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:F1E2D3C4-B5A6-4978-8695-GINECO
DTSTAMP:20251015T090000Z
DTSTART:20251107T174500
DTEND:20251107T183000
SUMMARY:Ginecóloga Dra. Albert - revisión anual
DESCRIPTION:Clínica Campoamor. llevar citología anterior y tarjeta Adeslas
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "school-tutoria",
        "uid": "0f3e9a12b7c4_tutoria3B@ceiplluisvives.es",
        "label": (*NEG, "school-parent-teacher-meeting"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
{MADRID_GOOGLE}BEGIN:VEVENT
DTSTART;TZID=Europe/Madrid:20251202T170000
DTEND;TZID=Europe/Madrid:20251202T172000
DTSTAMP:20251125T151500Z
ORGANIZER;CN=Tutora 3r B:mailto:tutoria3b@ceiplluisvives.es
UID:0f3e9a12b7c4_tutoria3B@ceiplluisvives.es
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=
 TRUE;CN=luciaferrer.farma@gmail.com;X-NUM-GUESTS=0:mailto:luciaferrer.far
 ma@gmail.com
DESCRIPTION:Bon dia famílies\, us convoque a la tutoria individual del pri
 mer trimestre per a parlar de l'evolució de Nil. Si no podeu assistir\, c
 ontesteu per a canviar l'hora.\nVicenta
LOCATION:Aula 3r B – CEIP Lluís Vives
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Tutoria individual – Nil Sanz Ferrer (3r B)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "bank",
        "uid": "cita-oficina-3391-20251205-1030@caixabank.es",
        "label": (*NEG, "bank-appointment"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//CaixaBank//Cita Previa//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:cita-oficina-3391-20251205-1030@caixabank.es
DTSTAMP:20251201T083000Z
DTSTART:20251205T093000Z
DTEND:20251205T100000Z
SUMMARY:Cita con tu gestor/a – Oficina 3391 (València – Ruzafa)
DESCRIPTION:Motivo: Revisión hipoteca / novación. Gestora: Inma Ribera.\n
 Recuerda traer tu DNI.
LOCATION:C/ Sueca 42\, València
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "passport-office",
        "uid": "6B5A4C3D-2E1F-4071-9283-PASAPORTE",
        "label": (*NEG, "official-appointment-passport"),
        "eol": "lf",
        "ics": r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Apple Inc.//iOS 18.2//EN
CALSCALE:GREGORIAN
BEGIN:VEVENT
UID:6B5A4C3D-2E1F-4071-9283-PASAPORTE
DTSTAMP:20260202T190000Z
DTSTART:20260219T091000
DTEND:20260219T093000
SUMMARY:Cita previa pasaporte - Comisaría Zapadores
DESCRIPTION:localizador 4KX92P. foto carnet + tasa 30€ pagada. (para Amster
 dam!)
LOCATION:Comisaría Valencia-Zapadores
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "congress-allday",
        "uid": "sefh-congreso-70-inscripcion-18822@sefh.es",
        "label": (*NEG, "national-congress-multi-day"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//SEFH//Congreso Nacional//ES
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:sefh-congreso-70-inscripcion-18822@sefh.es
DTSTAMP:20250912T100000Z
DTSTART;VALUE=DATE:20251021
DTEND;VALUE=DATE:20251025
SUMMARY:70 Congreso Nacional SEFH
DESCRIPTION:Inscripción nº 18822 – Lucía Ferrer Soler. Comunicación oral:
  "Programa de monitorización farmacocinética de imatinib" (jueves 23\, sa
 la 4\, 12:40).
LOCATION:FIBES – Palacio de Exposiciones y Congresos de Sevilla
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "advisory-board",
        "uid": "azmed-adboard-FH-levante-20260218@astrazeneca.com",
        "label": (*NEG, "paid-advisory-board-for-interviewing-company"),
        "ics": rf"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//ES
VERSION:2.0
METHOD:REQUEST
{ROMANCE}BEGIN:VEVENT
UID:azmed-adboard-FH-levante-20260218@astrazeneca.com
DTSTAMP:20260130T101000Z
DTSTART;TZID=Romance Standard Time:20260218T163000
DTEND;TZID=Romance Standard Time:20260218T193000
SUMMARY:Advisory Board – Farmacia Hospitalaria Levante: ADC en cáncer de
  mama
DESCRIPTION:Estimada Dra. Ferrer\,\n\nLe confirmamos su participación como
  asesora en el advisory board (contrato de servicios firmado\, honorarios
  según valor de mercado). Agenda: 16:30 bienvenida\, 16:45 datos de efica
 cia y seguridad\, 17:30 discusión sobre circuitos de preparación y manejo
  de toxicidades\, 19:00 conclusiones.\n\nDepartamento Médico – AstraZeneca
  Farmacéutica Spain
ORGANIZER;CN="Medical Events Iberia":mailto:medical.events.iberia@astraze
 neca.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lucía Fe
 rrer Soler:mailto:ferrer_luc@gva-hospital.es
LOCATION:Hotel Las Arenas\, Eugenia Viñes 22\, València
STATUS:CONFIRMED
SEQUENCE:0
END:VEVENT
END:VCALENDAR
""",
    },
    {
        "kind": "ema-info-webinar",
        "uid": "ema-careers-infosession-2025-10-29@ema.europa.eu",
        "label": (*NEG, "employer-careers-information-webinar"),
        "ics": r"""BEGIN:VCALENDAR
PRODID:-//Cisco//Webex Events//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:ema-careers-infosession-2025-10-29@ema.europa.eu
DTSTAMP:20251020T140000Z
DTSTART:20251029T120000Z
DTEND:20251029T130000Z
SUMMARY:EMA Careers information session: working at the European Medicine
 s Agency
DESCRIPTION:Thank you for registering. In this session EMA HR staff will
  explain the selection procedures for temporary and contract agents (writ
 ten tests\, interviews with the Selection Committee\, reserve lists)\, an
 d colleagues will talk about life in Amsterdam. Q&A at the end.\n\nJoin t
 he event: https://ema.webex.com/ema/j.php?MTID=e6a1f3c0b2d4e5f6a7b8c9d0e1f
 2a3b4\nEvent number: 2791 004 3318\n
LOCATION:Webex
ORGANIZER;CN=EMA Careers:mailto:careers-events@ema.europa.eu
ATTENDEE;CN=Lucía Ferrer Soler;PARTSTAT=ACCEPTED:mailto:luciaferrer.farm
 a@gmail.com
END:VEVENT
END:VCALENDAR
""",
    },
]
