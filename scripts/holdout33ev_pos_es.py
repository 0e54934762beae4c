"""holdout33: the user's own interviews, Spanish-language invites."""

from __future__ import annotations

from holdout33ev_ics import ME, Ev, att, desc, dt, loc, meet, org, room, summ, teams, webex, zoom

G = "-//Google Inc//Google Calendar 70.9054//EN"
OL = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
EX = "Microsoft Exchange Server 2010"
M = "Europe/Madrid"
R = "Romance Standard Time"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("screen-infojobs", "es", "-//InfoJobs//Agenda Entrevistas//ES", [
        "UID:ij-ent-88213476@infojobs.net", dt("DTSTART", M, "20261202T100000"), dt("DTEND", M, "20261202T103000"),
        summ("Entrevista telefónica - Analista FP&A (Quintana Supermercados)"),
        org("seleccion@quintana.es", "Selección Quintana"),
        att("laura.ferrer@quintana.es", "Laura Ferrer Bou"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina,\nGracias por inscribirte en la oferta Analista FP&A publicada en InfoJobs.\n"
             "Laura Ferrer (Talent Acquisition, Quintana Supermercados) te llamará al móvil que indicaste.\n"
             "Duración aproximada: 30 minutos.\n\nEste mensaje se ha generado automáticamente desde InfoJobs."),
        loc("Llamada telefónica")],
        "Quintana Supermercados", "Analista FP&A", "recruiter_screen", ["laura.ferrer@quintana.es"]))
    e.append(Ev("technical-excel-outlook", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000B0F3A1D2C67DDB01000000000000000010000000A1C2",
        dt("DTSTART", R, "20261203T160000"), dt("DTEND", R, "20261203T173000"),
        summ("Prueba técnica Excel - Controller de Gestión | Valentina Rossi"),
        org("mjose.albert@tic-cargo.com", "Albert Camps, María José"),
        att("mjose.albert@tic-cargo.com", "Albert Camps, María José", ps="ACCEPTED"),
        att("ximo.peris@tic-cargo.com", "Peris Llorens, Ximo"), att(ME, "vrossi.finanzas@gmail.com"),
        room("sala.albufera@tic-cargo.com", "VLC-P2-Sala Albufera (8)"),
        desc("Buenas tardes Valentina,\n\nTal y como hablamos, te enviamos la convocatoria para la prueba técnica "
             "del proceso de Controller de Gestión en TransIbérica Cargo. Trae tu portátil; la prueba consiste en "
             "un caso de costes por ruta con Excel (tablas dinámicas, BUSCARX). Te acompañarán Ximo Peris "
             "(Responsable de Control de Gestión) y yo.\n\nUn saludo,\nMª José Albert\nPeople & Talent\n"
             "TransIbérica Cargo, S.L. | Av. del Puerto 214, 46024 València"),
        loc("Oficinas TIC - Av. del Puerto 214, València; VLC-P2-Sala Albufera (8)"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"],
        "TransIbérica Cargo", "Controller de Gestión", "technical",
        ["mjose.albert@tic-cargo.com", "ximo.peris@tic-cargo.com"], tz=[R]))
    e.append(Ev("hm-teams-bank", "es", EX, [
        "UID:040000008200E00074C5B7101A82E00800000000D41B77F1C67DDB0100000000000000001000000077EE",
        dt("DTSTART", R, "20261209T093000"), dt("DTEND", R, "20261209T103000"),
        summ("Entrevista con Responsable de Planificación Financiera"),
        org("rrhh.seleccion@bancoturia.es", "Selección Banco Turia"),
        att("eduardo.sanchis@bancoturia.es", "Sanchis Ortega, Eduardo"), att(ME, "Valentina Rossi"),
        att("rrhh.seleccion@bancoturia.es", "Selección Banco Turia", role="NON-PARTICIPANT", rsvp=False),
        desc("Estimada Valentina:\n\nLe confirmamos la segunda entrevista para la posición de Business Partner "
             "Financiero (Banca Comercial) con Eduardo Sanchis, Director de Planificación Financiera y responsable "
             "del puesto.\n\nBanco Turia, S.A. – Dirección de Personas\n\n" + teams("NzJhYTk0ZTAtOGU3Mi00", "es"))],
        "Banco Turia", "Business Partner Financiero (Banca Comercial)", "hiring_manager",
        ["eduardo.sanchis@bancoturia.es"], tz=[R]))
    e.append(Ev("screen-workday", "es", "-//Workday//Workday Recruiting//EN", [
        "UID:WD-INTERVIEW-7a31c0e2-55be-4a0e-9d1f-3f0e8b1e2c44", dt("DTSTART", None, "20261204T080000Z"),
        dt("DTEND", None, "20261204T083000Z"), summ("Entrevista: R-004512 Técnico/a de Control de Gestión"),
        org("albufera@myworkday.com", "Almacenes Albufera Recruiting"),
        att("nuria.climent@albufera-retail.es", "Nuria Climent"), att(ME, "Valentina Rossi"),
        desc("Entrevista programada\nSolicitud de empleo: R-004512 Técnico/a de Control de Gestión (Valencia)\n"
             "Candidato: Valentina Rossi\nEntrevistadores: Nuria Climent (Talent Acquisition Partner)\n"
             "Tipo: Primera entrevista telefónica\n\nAlmacenes Albufera S.A.\nPowered by Workday"),
        loc("Teléfono")],
        "Almacenes Albufera", "Técnico/a de Control de Gestión", "recruiter_screen",
        ["nuria.climent@albufera-retail.es"], method=None))
    e.append(Ev("handtyped-terse", "es", "-//Apple Inc.//iOS 17.6//EN", [
        "UID:7F3B0E44-2C1A-4C9E-B1E9-0D5F2A8C1E91", dt("DTSTART", M, "20261210T120000"),
        dt("DTEND", M, "20261210T130000"), summ("Entrevista Lusomar (Carla) - controller"),
        loc("videollamada"), "CREATED:20261119T201455Z"],
        "Lusomar", "controller", "", [], trap="hand_typed", tz=[M], method=None))
    e.append(Ev("founder-gmail", "es", G, [
        "UID:3k9vq0p1m7bq2j6t8a4r5s2c1d@google.com", dt("DTSTART", M, "20261211T173000"),
        dt("DTEND", M, "20261211T181500"), summ("Valentina / Pau - charla puesto finanzas Verdalia"),
        org("pau.mestre.verdalia@gmail.com", "Pau Mestre"), att("pau.mestre.verdalia@gmail.com", "Pau Mestre",
                                                                   ps="ACCEPTED"),
        att(ME, "Valentina Rossi"),
        desc("Hola Valentina! Soy cofundador de Verdalia (agtech, 22 personas). Buscamos a nuestra primera persona "
             "de finanzas (Finance Manager / FP&A) y me encantaría entrevistarte para el puesto. Hablamos 45 min "
             "de tu experiencia y de lo que necesitamos.\n\n" + meet("xqe-bnvt-dko", "es"))],
        "Verdalia", "Finance Manager", "hiring_manager", ["pau.mestre.verdalia@gmail.com"],
        trap="founder_free_mail", tz=[M]))
    e.append(Ev("agency-names-employer", "es", OL, [
        "UID:040000008200E00074C5B7101A82E00800000000E2C4A1F0D77DDB01000000000000000010000000B3F1",
        dt("DTSTART", R, "20261214T110000"), dt("DTEND", R, "20261214T120000"),
        summ("Entrevista cliente: Controller Financiero - Grupo Hostelero Mediterrània"),
        org("ines.galvez@talentfin-consulting.es", "Inés Gálvez | TalentFin"), att(ME, "Valentina Rossi"),
        att("jaume.roig@grupomediterrania.com", "Jaume Roig"),
        desc("Hola Valentina,\nte confirmo la entrevista con nuestro cliente Grupo Hostelero Mediterrània para la "
             "posición de Controller Financiero. Te entrevistará Jaume Roig, Director Financiero del grupo, en "
             "sus oficinas de la calle Colón 42, 5ª planta. Yo no estaré presente; llámame al salir.\n\n"
             "Inés Gálvez\nSenior Consultant – TalentFin Consulting"),
        loc("C/ Colón 42, 5ª, 46004 Valencia")],
        "Grupo Hostelero Mediterrània", "Controller Financiero", "hiring_manager", ["jaume.roig@grupomediterrania.com"],
        trap="agency", tz=[R]))
    e.append(Ev("onsite-successfactors", "es", "-//SAP SuccessFactors//Interview Scheduling//EN", [
        "UID:SFIC-20261215-0094471-ESP", dt("DTSTART", M, "20261215T090000"), dt("DTEND", M, "20261215T130000"),
        summ("Jornada de entrevistas presenciales - FP&A Senior Analyst (Madrid)"),
        org("noreply@successfactors.eu", "Logística Meseta Recruiting"),
        att("elena.baeza@lmeseta.com", "Elena Baeza"), att("ricardo.olmo@lmeseta.com", "Ricardo Olmo"),
        att("sonia.prieto@lmeseta.com", "Sonia Prieto"), att(ME, "Valentina Rossi"),
        desc("Estimada Valentina Rossi,\n\nLe invitamos a la jornada de entrevistas en nuestra sede de Madrid "
             "(Coslada) para el puesto FP&A Senior Analyst:\n09:00 Elena Baeza – Head of FP&A\n10:00 Ricardo "
             "Olmo – Controller de Operaciones\n11:15 Sonia Prieto – HR Business Partner\n12:15 Caso práctico\n\n"
             "Logística Meseta, S.L.U. – Parque Empresarial Coslada, Nave 7\n\nThis invitation was sent via SAP "
             "SuccessFactors Recruiting."),
        loc("Logística Meseta, Av. de la Industria 7, 28821 Coslada (Madrid)")],
        "Logística Meseta", "FP&A Senior Analyst", "onsite",
        ["elena.baeza@lmeseta.com", "ricardo.olmo@lmeseta.com", "sonia.prieto@lmeseta.com"], tz=[M]))
    e.append(Ev("final-ceo", "es", G, [
        "UID:7ml2hp0bq9s3o1e4n5uk6v8r0f@google.com", dt("DTSTART", M, "20261217T130000"),
        dt("DTEND", M, "20261217T140000"), summ("Última entrevista con CEO – Kaldera Payments"),
        org("talent@kaldera.io", "Kaldera Talent"), att("talent@kaldera.io", "Kaldera Talent",
                                                           role="OPT-PARTICIPANT", ps="ACCEPTED"),
        att("marta.ibanez@kaldera.io", "Marta Ibáñez"), att(ME, "Valentina Rossi"),
        desc("Valentina, ¡enhorabuena por llegar a la fase final del proceso de Finance Business Partner!\n"
             "Esta última conversación es con Marta Ibáñez, nuestra CEO. Talent (Noa) solo coordina la agenda y "
             "no se conectará.\n\n" + meet("gwr-sjqa-pyn", "es"))],
        "Kaldera Payments", "Finance Business Partner", "final", ["marta.ibanez@kaldera.io"], tz=[M]))
    e.append(Ev("calendly-screen", "es", "-//Calendly//Calendly//EN", [
        "UID:5e1d7c2b-aa09-4f4e-bb61-0b8c3f2e7d10@calendly.com", dt("DTSTART", None, "20261207T090000Z"),
        dt("DTEND", None, "20261207T092500Z"), summ("Primera llamada: Valentina Rossi y Adrián Soler"),
        org("adrian.soler@fintrail.app", "Adrián Soler"), att(ME, "Valentina Rossi"),
        att("adrian.soler@fintrail.app", "Adrián Soler", ps="ACCEPTED"),
        desc("Evento: Primera llamada – Analista Financiero/a (Fintrail)\nCandidato/a: Valentina Rossi\n"
             "¿Preguntas para preparar la llamada?: Expectativas salariales y disponibilidad\n\n"
             + zoom("812 3340 9921", "Ua8kQz2LfP", "es") + "\n\nGestionado por Calendly: "
             "https://calendly.com/cancellations/5e1d7c2b"), loc("Zoom")],
        "Fintrail", "Analista Financiero/a", "recruiter_screen", ["adrian.soler@fintrail.app"], method=None))
    e.append(Ev("bigfour-webex", "es", OL, [
        "UID:040000008200E00074C5B7101A82E0080000000010A2D4E7E87DDB01000000000000000010000000C2D0",
        dt("DTSTART", R, "20261216T100000"), dt("DTEND", R, "20261216T110000"),
        summ("Entrevista Deal Advisory – Gerente FP&A Transformation"),
        org("recruiting.es@hga-advisory.com", "Holloway Grant Recruiting Spain"),
        att("carmen.vidal@hga-advisory.com", "Vidal, Carmen (ES - Madrid)"),
        att("tomas.ruano@hga-advisory.com", "Ruano, Tomás (ES - Valencia)"), att(ME, "Valentina Rossi"),
        desc("Estimada Valentina,\nte convocamos a la entrevista técnica con dos gerentes del área de Finance "
             "Transformation de Holloway Grant Advisory España (HGA), S.L. Trataremos un caso de modelización "
             "presupuestaria.\n\n" + webex("2742 118 9035", "es"))],
        "Holloway Grant Advisory", "Gerente FP&A Transformation", "technical",
        ["carmen.vidal@hga-advisory.com", "tomas.ruano@hga-advisory.com"], tz=[R]))
    e.append(Ev("rescheduled-seq", "es", G, [
        "UID:0c4hvdq5hb7t2o8bl6p9sjm1e3@google.com", "SEQUENCE:2", dt("DTSTART", M, "20261218T100000"),
        dt("DTEND", M, "20261218T104500"), summ("Entrevista Pelícano Travel - Analista de Costes (NUEVA HORA)"),
        org("rocio.navarro@pelicanotravel.com", "Rocío Navarro"),
        att("rocio.navarro@pelicanotravel.com", "Rocío Navarro", ps="ACCEPTED"), att(ME, "Valentina Rossi"),
        desc("Hola Valentina, movemos la entrevista al viernes a las 10:00 porque el jueves tengo comité. "
             "Misma sala de Meet. Perdona las molestias.\n\n" + meet("hpk-rmvc-ztw", "es"))],
        "Pelícano Travel", "Analista de Costes", "", ["rocio.navarro@pelicanotravel.com"], trap="rescheduled",
        tz=[M]))
    e.append(Ev("cancelled-interview", "es", EX, [
        "UID:040000008200E00074C5B7101A82E00800000000A9E3B2C1F97DDB01000000000000000010000000D777",
        "SEQUENCE:1", "STATUS:CANCELLED", dt("DTSTART", R, "20261211T100000"), dt("DTEND", R, "20261211T110000"),
        summ("Cancelado: Entrevista Responsable Contabilidad y Control - Cerámicas Onda"),
        org("personas@ceramicasonda.es", "Personas Cerámicas Onda"), att(ME, "Valentina Rossi"),
        att("vicent.gil@ceramicasonda.es", "Vicent Gil"),
        desc("Lamentamos cancelar la entrevista prevista: el puesto ha quedado en suspenso por una reorganización. "
             "Te escribiremos si se reactiva.")],
        "Cerámicas Onda", "Responsable Contabilidad y Control", "", ["vicent.gil@ceramicasonda.es"],
        trap="cancelled", tz=[R], method="CANCEL"))
    e.append(Ev("bookings-screen", "es", "-//Microsoft Corporation//Microsoft Bookings//EN", [
        "UID:bk-2f7e91c0-6d1a-4e82-9a55-1b0c6e3d9f02", dt("DTSTART", None, "20261208T150000Z"),
        dt("DTEND", None, "20261208T153000Z"), summ("Entrevista inicial de selección - Vía Norte Transportes"),
        org("SeleccionViaNorte@vianortetransportes.onmicrosoft.com", "Selección Vía Norte"),
        att(ME, "Valentina Rossi"), att("beatriz.lago@vianorte.es", "Beatriz Lago"),
        desc("Tu cita de Microsoft Bookings está confirmada.\nServicio: Entrevista inicial – Analista de "
             "Presupuestos\nPersonal: Beatriz Lago\n\n" + teams("MmQ4ZWM1YjctN2Y3OS00", "es") +
             "\n\nSi necesitas cambiar la cita, usa el enlace de tu correo de confirmación.")],
        "Vía Norte Transportes", "Analista de Presupuestos", "recruiter_screen", ["beatriz.lago@vianorte.es"]))
    e.append(Ev("linkedin-direct-en-title", "es", G, [
        "UID:4ab0fj1q2m6n8e9p7s3t5r0u1w@google.com", dt("DTSTART", M, "20261221T113000"),
        dt("DTEND", M, "20261221T121500"), summ("Valentina Rossi <> Nubit | Finance BP"),
        org("irene.castell@nubit.io", "Irene Castell"), att("irene.castell@nubit.io", "Irene Castell",
                                                               ps="ACCEPTED"),
        att("oscar.m@nubit.io", "Óscar Marín"), att(ME),
        desc("Hola Valentina, como te comenté por LinkedIn, la siguiente ronda es con Óscar (VP Finance), "
             "que sería tu responsable directo. 45 minutos.\n" + meet("fqs-nnek-ovb", "es"))],
        "Nubit", "Finance BP", "hiring_manager", ["irene.castell@nubit.io", "oscar.m@nubit.io"], tz=[M]))
    e.append(Ev("case-allday-deadline", "es", G, [
        "UID:1t7v3c5oe0d2m4q6s8u0w2y4a6@google.com", dt("DTSTART", "DATE", "20261222"),
        dt("DTEND", "DATE", "20261223"), summ("Entrega caso práctico Seda Moda + presentación"),
        desc("Caso de presupuesto de tiendas para la entrevista de Controller Retail (Seda Moda Group). "
             "La presentación es el 23 a las 10h con Lorena y el CFO.")],
        "", "", "", [], trap="prep_deadline", pos=False, method=None))
    e.append(Ev("onsite-lisbon-es", "es", OL, [
        "UID:040000008200E00074C5B7101A82E008000000005C11D0E2A08DDB01000000000000000010000000E901",
        dt("DTSTART", "GMT Standard Time", "20261229T100000"), dt("DTEND", "GMT Standard Time", "20261229T123000"),
        summ("Entrevistas presenciales Lisboa – Lusomar Logística (FP&A Manager Iberia)"),
        org("carla.fonseca@lusomar.pt", "Carla Fonseca"), att(ME, "Valentina Rossi"),
        att("rui.tavares@lusomar.pt", "Rui Tavares"), att("ana.seixas@lusomar.pt", "Ana Seixas"),
        room("sala.tejo@lusomar.pt", "LIS-Sala Tejo"),
        desc("Hola Valentina,\nconfirmamos tu visita a Lisboa. Te reunirás con Rui Tavares (CFO) y Ana Seixas "
             "(Controller Ibérica). Yo te recibo en recepción pero no participo en las entrevistas.\n"
             "Lusomar – Logística Integrada, S.A."), loc("Rua da Prata 120, Lisboa")],
        "Lusomar", "FP&A Manager Iberia", "onsite", ["rui.tavares@lusomar.pt", "ana.seixas@lusomar.pt"],
        tz=["GMT Standard Time"]))
    return e
