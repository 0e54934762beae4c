# ruff: noqa: E501
"""holdout141 events, part e: more interviews: local ATSs, agencies, a founder, a cancellation."""

EVENTS = [
    dict(
        kind="lever-interview",
        uid="lever-interview-0b7e5a31-4c2d-49f8-8e16-a9d3c2b1f070@hire.lever.co",
        iv=1,
        company="Insud Pharma",
        role="Regulatory Affairs Officer – Women's Health",
        stage="recruiter_screen",
        who="natalia.gil@insudpharma.com",
        trap="lever-invite-group-brand-names",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Lever//Lever Hire//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:lever-interview-0b7e5a31-4c2d-49f8-8e16-a9d3c2b1f070@hire.lever.co
DTSTAMP:20250114T150000Z
DTSTART:20250121T100000Z
DTEND:20250121T103000Z
SUMMARY:Marta Llorens – Phone screen – Regulatory Affairs Officer – Women's Health (Exeltis)
ORGANIZER;CN=Natalia Gil:mailto:natalia.gil@insudpharma.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Natalia Gil;PARTSTAT=ACCEPTED:mailto:natalia.gil@insudpharma.com
DESCRIPTION:Insud Pharma (Chemo | Exeltis) – Talent Acquisition\nNatalia will call you on your mobile.
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="smartrecruiters-formadora",
        uid="sr-interview-91ce07d2b4a84f13@smartrecruiters.com",
        iv=1,
        company="ISDIN",
        role="Formador/a Canal Farmacia – Levante",
        stage="",
        who="cristina.sole@isdin.com",
        trap="smartrecruiters-pharmacy-channel-trainer",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//SmartRecruiters//Interview Scheduler//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:sr-interview-91ce07d2b4a84f13@smartrecruiters.com
DTSTAMP:20250203T121212Z
DTSTART:20250210T154500Z
DTEND:20250210T163000Z
SUMMARY:Interview for Formador/a Canal Farmacia – Levante at ISDIN
ORGANIZER;CN=ISDIN Talent:mailto:no-reply@smartrecruiters.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Cristina Solé:mailto:cristina.sole@isdin.com
LOCATION:Google Meet: https://meet.google.com/frw-kbta-sxe
DESCRIPTION:Interviewer: Cristina Solé (Training Manager Spain)\nDuration: 45 min\n\nPowered by SmartRecruiters
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="factorial-entrevista",
        uid="factorial-ats-interview-40417@factorialhr.com",
        iv=1,
        company="Uriach",
        role="Medical Advisor Consumer Health",
        stage="",
        who="pau.riera@uriach.com",
        trap="factorial-ats-spanish-mixed-language",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Factorial//Factorial HR//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:factorial-ats-interview-40417@factorialhr.com
DTSTAMP:20250306T100000Z
DTSTART;TZID=Europe/Madrid:20250312T120000
DTEND;TZID=Europe/Madrid:20250312T130000
SUMMARY:Entrevista: Medical Advisor Consumer Health · Marta Llorens
ORGANIZER;CN=Pau Riera:mailto:pau.riera@uriach.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Pau Riera;PARTSTAT=ACCEPTED:mailto:pau.riera@uriach.com
LOCATION:Uriach – Av. Camí Reial 51-57\, Palau-solità i Plegamans
DESCRIPTION:Hola Marta\, ens veiem a les oficines d'Uriach. Si vens en cotxe hi ha pàrquing de visites.\n\nCreado con Factorial
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="gotomeeting",
        uid="goto-1f3e5d7c9b@kernpharma.com",
        iv=1,
        company="Kern Pharma",
        role="Técnico/a de Calidad – Liberación de lotes",
        stage="",
        who="lmarti@kernpharma.com",
        trap="gotomeeting-quality-interview",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:goto-1f3e5d7c9b@kernpharma.com
DTSTAMP:20250115T090000Z
DTSTART;TZID=Europe/Madrid:20250122T160000
DTEND;TZID=Europe/Madrid:20250122T164500
SUMMARY:Entrevista Técnico/a de Calidad – Liberación de lotes (Marta Llorens)
ORGANIZER;CN="Martí, Laura":mailto:LMarti@kernpharma.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
LOCATION:GoTo Meeting
DESCRIPTION:Entrevista Técnico/a de Calidad – Liberación de lotes\n\nPlease join my meeting from your computer\, tablet or smartphone.\nhttps://meet.goto.com/381447209\n\nYou can also dial in using your phone.\nSpain: +34 932 75 2007\nAccess Code: 381-447-209
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="personio-interview",
        uid="personio-interview-7d21a9f0@personio.de",
        iv=1,
        company="Reig Jofre",
        role="Regulatory Affairs Technician",
        stage="",
        who="ester.camps@reigjofre.com",
        trap="personio-ats-regulatory-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Personio GmbH//Personio Recruiting//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:personio-interview-7d21a9f0@personio.de
DTSTAMP:20250402T080000Z
DTSTART:20250407T083000Z
DTEND:20250407T092000Z
SUMMARY:Interview Regulatory Affairs Technician – Marta Llorens
ORGANIZER;CN=Reig Jofre Recruiting:mailto:recruiting@reigjofre.jobs.personio.de
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Ester Camps:mailto:ester.camps@reigjofre.com
LOCATION:Microsoft Teams
DESCRIPTION:Hola Marta\, te confirmamos la entrevista con Ester Camps (Regulatory Affairs Manager). Link de Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTQx%40thread.v2/0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="phone-hefame",
        uid="android-8834120937@local",
        iv=1,
        company="Hefame",
        role="",
        stage="",
        who="",
        trap="self-typed-terse-typo-no-details",
        eol="\n",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Samsung Electronics//Calendar//EN
BEGIN:VEVENT
UID:android-8834120937@local
DTSTAMP:20250129T190000Z
DTSTART:20250131T140000
DTEND:20250131T143000
SUMMARY:entrevsita hefame tlf
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="outlook-alliance",
        uid="040000008200E00074C5B7101A82E008000000002B4D6F8A0C88DB01000000000000000010000000F0A2C4E6B8D0F2A4C6E8A0B2C4D6E8F0",
        iv=1,
        company="Alliance Healthcare",
        role="Responsable de Servicios a Farmacia – Comunidad Valenciana",
        stage="hiring_manager",
        who="vicente.alemany@alliance-healthcare.es",
        trap="outlook-distributor-manager-interview",
        ics=r"""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN="Alemany, Vicente":mailto:Vicente.Alemany@alliance-healthcare.es
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;CN="VAL-Sala Reuniones 1":mailto:VAL-Sala1@alliance-healthcare.es
DESCRIPTION;LANGUAGE=es-ES:Hola Marta\, como hablamos\, nos vemos en el almacén de Paterna para conocernos y hablar del puesto de Responsable de Servicios a Farmacia – Comunidad Valenciana. Vicente Alemany\, Director de Zona Este.\n
UID:040000008200E00074C5B7101A82E008000000002B4D6F8A0C88DB01000000000000000010000000F0A2C4E6B8D0F2A4C6E8A0B2C4D6E8F0
SUMMARY;LANGUAGE=es-ES:Reunión Marta Llorens (Resp. Servicios Farmacia)
DTSTART:20250225T080000Z
DTEND:20250225T090000Z
DTSTAMP:20250219T180003Z
SEQUENCE:0
STATUS:CONFIRMED
LOCATION;LANGUAGE=es-ES:Alliance Healthcare Paterna – Sala Reuniones 1
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="infojobs-entrevista",
        uid="ij-entrevista-3a0c9f1b8e-20250219@infojobs.net",
        iv=1,
        company="Bidafarma",
        role="Farmacéutico/a Gestor/a de Cuentas",
        stage="recruiter_screen",
        who="Rocío Jiménez",
        trap="infojobs-spanish-job-board-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//InfoJobs//Entrevistas//ES
METHOD:REQUEST
BEGIN:VEVENT
UID:ij-entrevista-3a0c9f1b8e-20250219@infojobs.net
DTSTAMP:20250214T091500Z
DTSTART;TZID=Europe/Madrid:20250219T100000
DTEND;TZID=Europe/Madrid:20250219T103000
SUMMARY:Entrevista: Farmacéutico/a Gestor/a de Cuentas – bidafarma
ORGANIZER;CN=InfoJobs:mailto:noreply@infojobs.net
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
DESCRIPTION:bidafarma te ha convocado a una entrevista por videollamada para la oferta «Farmacéutico/a Gestor/a de Cuentas» (Valencia).\nTe entrevistará: Rocío Jiménez\nEnlace: https://www.infojobs.net/videoentrevista/3a0c9f1b8e\nPuedes ver los detalles en Mis candidaturas.
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="icims-interview",
        uid="icims-sched-22481937-ICON@icims.com",
        iv=1,
        company="ICON",
        role="Drug Safety Associate – Spanish speaking",
        stage="recruiter_screen",
        who="aoife.kelly@iconplc.com",
        trap="icims-irish-cro-utc",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//iCIMS//Interview Scheduling//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:icims-sched-22481937-ICON@icims.com
DTSTAMP:20250218T133300Z
DTSTART:20250225T150000Z
DTEND:20250225T153000Z
SUMMARY:ICON plc – Interview – Drug Safety Associate – Spanish speaking (2025-112847)
ORGANIZER;CN=ICON Talent Acquisition:mailto:icon-noreply@icims.com
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Aoife Kelly:mailto:aoife.kelly@iconplc.com
LOCATION:Microsoft Teams (link to follow)
DESCRIPTION:Dear Marta\,\nThank you for applying to ICON. Aoife Kelly (Talent Acquisition\, Dublin South County Business Park) will speak with you for 30 minutes. Times are shown in UTC.\nICON plc
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="founder-gmail",
        uid="4h6j8k0l2z4x6c8v0b2n4m6q8w@google.com",
        iv=1,
        company="Receptia",
        role="Head of Pharmacy Operations",
        stage="hiring_manager",
        who="jordicamps.rx@gmail.com",
        trap="startup-founder-on-free-mail",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20250422T171500Z
DTEND:20250422T180000Z
DTSTAMP:20250417T220011Z
ORGANIZER;CN=Jordi Camps:mailto:jordicamps.rx@gmail.com
UID:4h6j8k0l2z4x6c8v0b2n4m6q8w@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jordi Camps;X-NUM-GUESTS=0:mailto:jordicamps.rx@gmail.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=martallorens@telefonica.net;X-NUM-GUESTS=0:mailto:martallorens@telefonica.net
X-GOOGLE-CONFERENCE:https://meet.google.com/yts-hwqa-ncd
DESCRIPTION:Hola Marta! Gracias por responder al post. Somos 6 en Receptia (SPD y adherencia para farmacias con receta electrónica)\, buscamos a alguien que lleve operaciones con las farmacias piloto. Charlamos 45 min y te cuento todo\, tú me cuentas tu experiencia en mostrador. Jordi\n\nÚnete con Google Meet: https://meet.google.com/yts-hwqa-ncd
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Marta <> Jordi (Receptia)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="calcom-second",
        uid="calcom-b6f2d8e0-13a9-4c57-8b1e-5d0a7c3f9e24@cal.com",
        iv=1,
        company="Receptia",
        role="",
        stage="technical",
        who="jordicamps.rx@gmail.com;nerea@receptia.app",
        trap="cal-com-second-round-startup",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Cal.com Inc.//Cal.com Event//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:calcom-b6f2d8e0-13a9-4c57-8b1e-5d0a7c3f9e24@cal.com
DTSTAMP:20250426T091800Z
DTSTART:20250430T160000Z
DTEND:20250430T170000Z
SUMMARY:Segunda charla: caso práctico farmacias piloto between Jordi Camps and Marta Llorens
ORGANIZER;CN=Jordi Camps:mailto:jordicamps.rx@gmail.com
ATTENDEE;CN=Marta Llorens;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Nerea Ugarte;PARTSTAT=ACCEPTED:mailto:nerea@receptia.app
LOCATION:https://app.cal.com/video/9kLq2mXb7
DESCRIPTION:What: Segunda charla: caso práctico farmacias piloto\nInvitee time zone: Europe/Madrid\nAdditional notes: Marta\, prepara cómo montarías el onboarding de 20 farmacias en Valencia en 3 meses. Viene Nerea (CTO).\n\nNeed to make a change? Reschedule or cancel: https://app.cal.com/booking/b6f2d8e0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="headhunter-cafe",
        uid="0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9",
        iv=1,
        company="Cinfa",
        role="Responsable de Calidad (QP)",
        stage="recruiter_screen",
        who="ignacio.lasa@michaelpage.es",
        trap="headhunter-names-employer-only-in-body",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook for Mac 16.89//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9
DTSTAMP:20250407T080000Z
DTSTART;TZID=Europe/Madrid:20250410T180000
DTEND;TZID=Europe/Madrid:20250410T184500
SUMMARY:Marta Llorens / Ignacio Lasa – Page Executive
ORGANIZER;CN=Ignacio Lasa:mailto:Ignacio.Lasa@michaelpage.es
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
LOCATION:Zoom https://michaelpage.zoom.us/j/94417720318
DESCRIPTION:Marta\, como te comenté\, el cliente es Laboratorios Cinfa (planta de Olloki) y la posición es Responsable de Calidad con funciones de QP. Por favor\, trátalo con confidencialidad. En esta llamada quiero conocerte y repasar tu experiencia antes de presentar la terna.\nIgnacio Lasa | Page Executive Healthcare
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="randstad-call",
        uid="rnd-ls-20250314-ml@randstad.es",
        iv=1,
        company="Teva",
        role="Técnico/a Garantía de Calidad (proyecto 12 meses)",
        stage="recruiter_screen",
        who="elena.moya@randstad.es",
        trap="agency-screening-names-client-in-summary",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:rnd-ls-20250314-ml@randstad.es
DTSTAMP:20250312T160000Z
DTSTART:20250314T113000Z
DTEND:20250314T120000Z
SUMMARY:Randstad Life Sciences – entrevista Marta Llorens – QA Teva Zaragoza
ORGANIZER;CN=Elena Moya:mailto:elena.moya@randstad.es
ATTENDEE;CN=martallorens@telefonica.net;RSVP=TRUE:mailto:martallorens@telefonica.net
DESCRIPTION:Hola Marta\, hablamos sobre la posición de Técnico/a Garantía de Calidad (proyecto 12 meses) para nuestro cliente Teva Pharma en Zaragoza. Te llamo yo al móvil.\nElena Moya – Consultora Randstad Professional Life Sciences
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-screen",
        uid="greenhouse-interview-88341207-1@greenhouse.io",
        iv=1,
        company="Docplanner",
        role="Pharmacy Partnerships Manager – Spain",
        stage="recruiter_screen",
        who="marc.tomas@docplanner.com",
        trap="greenhouse-healthtech-screen",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88341207-1@greenhouse.io
DTSTAMP:20250502T101000Z
DTSTART:20250507T090000Z
DTEND:20250507T093000Z
SUMMARY:Marta Llorens - Recruiter Screen (Pharmacy Partnerships Manager – Spain)
ORGANIZER;CN=Docplanner Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Marc Tomàs:mailto:marc.tomas@docplanner.com
LOCATION:https://docplanner.zoom.us/j/81120994776
DESCRIPTION:Hi Marta\, you'll be speaking with Marc Tomàs from our Talent team (Doctoralia / Docplanner Group).\nZoom: https://docplanner.zoom.us/j/81120994776\nPowered by Greenhouse
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="greenhouse-case",
        uid="greenhouse-interview-88341207-3@greenhouse.io",
        iv=1,
        company="Docplanner",
        role="Pharmacy Partnerships Manager – Spain",
        stage="technical",
        who="laura.beltran@docplanner.com;tomasz.nowak@docplanner.com",
        trap="greenhouse-case-presentation-panel",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:greenhouse-interview-88341207-3@greenhouse.io
DTSTAMP:20250516T080000Z
DTSTART:20250522T130000Z
DTEND:20250522T141500Z
SUMMARY:Marta Llorens - Case Study Presentation
ORGANIZER;CN=Docplanner Recruiting:mailto:no-reply@greenhouse.io
ATTENDEE;CN=Marta Llorens;RSVP=TRUE:mailto:martallorens@telefonica.net
ATTENDEE;CN=Laura Beltrán:mailto:laura.beltran@docplanner.com
ATTENDEE;CN=Tomasz Nowak:mailto:tomasz.nowak@docplanner.com
ATTENDEE;CN=Marc Tomàs;ROLE=OPT-PARTICIPANT:mailto:marc.tomas@docplanner.com
LOCATION:Docplanner office – Carrer de Pujades 77\, Barcelona (or Zoom)
DESCRIPTION:Case study: go-to-market plan for a pharmacy appointments product in Valencia (20 min presentation + 40 min Q&A).\nPanel: Laura Beltrán (Head of Partnerships Iberia)\, Tomasz Nowak (Product Lead). Marc (recruiter) optional\, only to welcome you.\nPowered by Greenhouse
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="cancelled-interview",
        uid="WD-CAL-5b6c7d8e9f0a4b1c8d2e3f4a5b6c7d8e@myworkday.com",
        iv=1,
        company="Bayer",
        role="Medical Science Liaison Women's Healthcare – Este",
        stage="hiring_manager",
        who="miriam.castell@bayer.com",
        trap="workday-method-cancel-interview",
        ics=r"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Workday//Recruiting Scheduling//EN
METHOD:CANCEL
BEGIN:VEVENT
UID:WD-CAL-5b6c7d8e9f0a4b1c8d2e3f4a5b6c7d8e@myworkday.com
DTSTAMP:20250319T100000Z
DTSTART;TZID=Europe/Madrid:20250321T100000
DTEND;TZID=Europe/Madrid:20250321T110000
SUMMARY:Cancelled: Interview – Medical Science Liaison Women's Healthcare – Este (R-0098215)
ORGANIZER;CN=Bayer Talent Acquisition:mailto:bayer@myworkday.com
ATTENDEE;CN=Marta Llorens:mailto:martallorens@telefonica.net
ATTENDEE;CN=Miriam Castell:mailto:miriam.castell@bayer.com
DESCRIPTION:Your interview with Miriam Castell (Medical Manager WHC\, hiring manager) has been cancelled. Your recruiter will contact you to find a new date.
STATUS:CANCELLED
SEQUENCE:3
END:VEVENT
END:VCALENDAR
""",
    ),
    dict(
        kind="zoom-entrevista",
        uid="zoom-85512093381-20250429@zoom.us",
        iv=1,
        company="Angelini Pharma",
        role="Product Specialist OTC / Consumer Health",
        stage="",
        who="giulia.ferri@angelinipharma.com",
        trap="zoom-invite-italian-lab-spain",
        ics=r"""BEGIN:VCALENDAR
PRODID:-//zoom.us//iCalendar Event//EN
VERSION:2.0
BEGIN:VEVENT
UID:zoom-85512093381-20250429@zoom.us
DTSTAMP:20250424T150000Z
DTSTART:20250429T080000Z
DTEND:20250429T084500Z
SUMMARY:Colloquio / Entrevista - Product Specialist OTC - M. Llorens
ORGANIZER;CN=Giulia Ferri:mailto:giulia.ferri@angelinipharma.com
ATTENDEE;CN=martallorens@telefonica.net:mailto:martallorens@telefonica.net
LOCATION:https://angelini.zoom.us/j/85512093381?pwd=aEtT
DESCRIPTION:Giulia Ferri is inviting you to a scheduled Zoom meeting.\n\nTopic: Entrevista Product Specialist OTC / Consumer Health – Angelini Pharma España\n\nJoin Zoom Meeting\nhttps://angelini.zoom.us/j/85512093381?pwd=aEtT\n\nMeeting ID: 855 1209 3381\nPasscode: 225318
END:VEVENT
END:VCALENDAR
""",
    ),
]
