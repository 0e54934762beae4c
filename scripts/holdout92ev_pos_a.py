"""holdout92 positives, part A: Spanish hospitals, clinics and rehab centres (Google, Outlook, Apple, ATS)."""

from __future__ import annotations

from holdout92ev_ics import LABEL_ES, ME, ME_GMAIL, ev, meet, teams, uid_apple, webex, zoom
from holdout92ev_tools import apple, ats, google, outlook, thunderbird

I = (ME_GMAIL, ME)  # noqa: E741


def events() -> list[dict[str, object]]:
    out = []
    # 1 Google Meet, recruiter phone screen, hospital group, direct from recruiter
    ics, uid = google(
        "hns-screen", "Entrevista telefónica – Fisioterapeuta Traumatología | Hospitales Nuevo Sol",
        "20250311T101500", "20250311T104500", ("beatriz.ocana@hnuevosol.es", "Beatriz Ocaña"),
        [("beatriz.ocana@hnuevosol.es", "Beatriz Ocaña"), I],
        "Hola Irene,\n\nGracias por tu interés en la vacante de Fisioterapeuta de Traumatología para el Hospital "
        "Nuevo Sol Aravaca. Te propongo una primera llamada de 30 minutos para conocerte y contarte el puesto "
        "(turno de mañana, contrato indefinido).\n\nTe llamaré al móvil que indicaste en tu candidatura; si "
        "prefieres videollamada, usa el enlace de abajo.\n\nUn saludo,\nBeatriz Ocaña\nTalento y Selección – "
        "Hospitales Nuevo Sol\n\n" + meet("qxe-kdpt-wmr"), None)
    out.append(ev(kind="google-phone-screen-es", ics=ics, uid=uid, is_interview=1, company="Hospitales Nuevo Sol",
                  role="Fisioterapeuta Traumatología", stage="recruiter_screen",
                  interviewers="beatriz.ocana@hnuevosol.es", trap="google-meet-phone-screen-es"))
    # 2 Outlook, hiring manager, SENT-BY assistant, CN "Last, First", room attendee
    ics, uid = outlook(
        "hns-hm", "Entrevista Irene Gallego – Fisioterapeuta Traumatología (2ª fase)", "20250320T090000",
        "20250320T100000", ("elena.prieto@hnuevosol.es", "Prieto Lago, Elena"),
        [(ME_GMAIL, "irene.gallego.fisio@gmail.com"), ("tomas.aranda@hnuevosol.es", "Aranda Gil, Tomás")],
        "Buenos días Irene:\n\nTe confirmamos la segunda entrevista con Elena Prieto (Supervisora de "
        "Rehabilitación) y el Dr. Tomás Aranda (Jefe de Servicio de Rehabilitación). Preséntate en el control "
        "de la 3ª planta, Hospital Nuevo Sol Aravaca, C/ de la Salud 12. Trae DNI y título.\n\n"
        "Departamento de Selección", "Sala de reuniones 3ª planta – Hospital Nuevo Sol Aravaca",
        sent_by="seleccion@hnuevosol.es", rooms=[("sala3p.aravaca@hnuevosol.es", "Sala Reuniones 3P Aravaca")])
    out.append(ev(kind="outlook-hiring-manager-es", ics=ics, uid=uid, is_interview=1,
                  company="Hospitales Nuevo Sol", role="Fisioterapeuta Traumatología", stage="hiring_manager",
                  interviewers="elena.prieto@hnuevosol.es;tomas.aranda@hnuevosol.es",
                  trap="outlook-sent-by-room-es"))
    # 3 Personio, onsite, neuro rehab centre
    ics, uid = ats(
        "personio-7731902-ivw@personio.de", "-//Personio GmbH//Recruiting//ES",
        "Entrevista: Fisioterapeuta neurológico/a – Centro de Rehabilitación Neurológica Lumbre",
        "20250313T110000", "20250313T121500", ("recruiting@crn-lumbre.personio.de", "CRN Lumbre – Selección"),
        [I, ("paula.ferrer@crn-lumbre.org", "Paula Ferrer"), ("sergio.lillo@crn-lumbre.org", "Sergio Lillo")],
        "Hola Irene,\n\nnos alegra invitarte a una entrevista presencial para el puesto Fisioterapeuta "
        "neurológico/a (jornada completa).\n\nEntrevistadores:\n- Dra. Paula Ferrer, Dirección Médica\n- Sergio "
        "Lillo, Coordinador de Fisioterapia\n\nDuración aprox. 75 min, incluye visita al gimnasio y a la unidad "
        "de daño cerebral.\n\nDirección: Av. de Pablo Iglesias 58, 28039 Madrid\n\nSi necesitas cambiar la "
        "cita, responde a este correo.\n\nEquipo de Selección\nCRN Lumbre",
        "Centro de Rehabilitación Neurológica Lumbre, Av. de Pablo Iglesias 58, Madrid", tz="Europe/Madrid")
    out.append(ev(kind="personio-onsite-es", ics=ics, uid=uid, is_interview=1,
                  company="Centro de Rehabilitación Neurológica Lumbre", role="Fisioterapeuta neurológico/a",
                  stage="onsite", interviewers="paula.ferrer@crn-lumbre.org;sergio.lillo@crn-lumbre.org",
                  trap="personio-onsite-es"))
    # 4 Teamtailor, recruiter screen, gym chain
    ics, uid = ats(
        "tt-interview-5591a3c2@teamtailor.com", "-//Teamtailor//Interview//EN",
        "Videollamada con Sportia Wellness – Fisioterapeuta deportivo/a", "20250312T153000", "20250312T160000",
        ("noelia.castan@sportiawellness.com", "Noelia Castán"), [I],
        "¡Hola Irene!\n\nSoy Noelia, de People en Sportia Wellness. Gracias por aplicar a Fisioterapeuta "
        "deportivo/a (club Sportia Valdebebas). Esta primera charla es para conocernos: tu experiencia, "
        "disponibilidad y expectativas.\n\nEnlace: https://meet.google.com/hvo-rrta-kdm\n\nPowered by Teamtailor",
        "Google Meet", stamp="20250306T141200Z")
    out.append(ev(kind="teamtailor-screen-es", ics=ics, uid=uid, is_interview=1, company="Sportia Wellness",
                  role="Fisioterapeuta deportivo/a", stage="recruiter_screen",
                  interviewers="noelia.castan@sportiawellness.com", trap="teamtailor-es"))
    # 5 Workday, hiring manager, hospital group (UTC)
    ics, uid = ats(
        "WD-INTERVIEW-GVS-004471-1@myworkday.com", "-//Workday Inc//Workday Recruiting//EN",
        "Entrevista: Coordinador/a de Fisioterapia (R-004471) - Hospital Vitalia Pozuelo", "20250318T090000",
        "20250318T100000", ("gvs@myworkday.com", "Grupo Vitalia Salud"),
        [I, ("m.sarrion@vitaliasalud.es", "Marta Sarrión")],
        "Estimada Irene Gallego Soto:\n\nSe ha programado una entrevista para la posición R-004471 "
        "Coordinador/a de Fisioterapia en Hospital Vitalia Pozuelo.\n\nEntrevistador/a: Marta Sarrión, "
        "Directora de Enfermería y Servicios Asistenciales\nFormato: Microsoft Teams (enlace en la "
        "confirmación)\n\nPuede consultar los detalles en el portal de candidatos.\n\nGrupo Vitalia Salud – "
        "Adquisición de Talento", "Microsoft Teams", url="https://vitaliasalud.wd3.myworkdayjobs.com/Careers")
    out.append(ev(kind="workday-hiring-manager-es", ics=ics, uid=uid, is_interview=1,
                  company="Grupo Vitalia Salud", role="Coordinador/a de Fisioterapia", stage="hiring_manager",
                  interviewers="m.sarrion@vitaliasalud.es", trap="workday-utc-es"))
    # 6 Outlook with a "(UTC+01:00) …" zone, final round, same group
    ics, uid = outlook(
        "vitalia-final", "Entrevista final – Coordinación Fisioterapia Pozuelo (I. Gallego)", "20250327T123000",
        "20250327T131500", ("jl.zubiri@vitaliasalud.es", "Zubiri Echeverría, José Luis"),
        [(ME_GMAIL, "Irene Gallego Soto"), ("m.sarrion@vitaliasalud.es", "Sarrión Vera, Marta")],
        "Irene, como hablamos, última entrevista con José Luis Zubiri (Director Gerente del hospital) y Marta "
        "Sarrión. Es la última fase del proceso.\n\n" + teams("vitalia-final"), "Reunión de Microsoft Teams",
        tz=LABEL_ES, optional=[("seleccion@vitaliasalud.es", "Selección Vitalia")])
    out.append(ev(kind="outlook-utc-label-final-es", ics=ics, uid=uid, is_interview=1,
                  company="Grupo Vitalia Salud", role="Coordinación Fisioterapia", stage="final",
                  interviewers="jl.zubiri@vitaliasalud.es;m.sarrion@vitaliasalud.es",
                  trap="outlook-utc-label-final-es"))
    # 7 Calendly booked with a clinic owner on free-mail, company only in the body
    ics, uid = google(
        "calendly-fisioactiva", "Irene Gallego Soto y Álvaro Benítez", "20250314T133000", "20250314T140000",
        ("alvarobenitez.fisio@gmail.com", "Álvaro Benítez"),
        [("alvarobenitez.fisio@gmail.com", "Álvaro Benítez"), I],
        "Nombre del evento: Entrevista 30 min\n\nEnlace de la reunión: https://meet.google.com/bcu-ynso-pwe\n\n"
        "Necesitas realizar cambios en este evento?\nCancelar: https://calendly.com/cancellations/"
        "7c1e2f0a-11aa\nReprogramar: https://calendly.com/reschedulings/7c1e2f0a-11aa\n\nPreguntas:\n"
        "¿Para qué puesto te presentas?\nFisioterapeuta (media jornada tardes) en FisioActiva Retiro\n\n"
        "Con tecnología de Calendly.com", "Google Meet")
    out.append(ev(kind="calendly-founder-gmail-es", ics=ics, uid=uid, is_interview=1, company="FisioActiva Retiro",
                  role="Fisioterapeuta (media jornada tardes)", stage="hiring_manager",
                  interviewers="alvarobenitez.fisio@gmail.com", trap="calendly-founder-freemail-body-only-es"))
    # 8 hand-typed terse, floating time, iPhone
    ics, uid = apple("mla-terse", "entrev. Mutua Levantina 10h", "20250317T100000", "20250317T110000",
                     "preguntar por Rebeca (RRHH). C/ Orense 34, 4ª pl. llevar vida laboral", "C/ Orense 34, Madrid",
                     tz=None)
    out.append(ev(kind="handtyped-terse-es", ics=ics, uid=uid, is_interview=1, company="Mutua Levantina",
                  trap="handtyped-terse-floating-es"))
    # 9 Teams recruiter screen from the same mutual, abbreviated domain
    ics, uid = outlook(
        "mla-screen", "Entrevista candidatura Fisioterapeuta Centro Asistencial Madrid", "20250310T120000",
        "20250310T123000", ("rebeca.olmedo@mla-mutua.es", "Olmedo Pérez, Rebeca"),
        [(ME_GMAIL, "irene.gallego.fisio@gmail.com")],
        "Hola Irene,\n\nte escribo desde Recursos Humanos de Mutua Levantina de Accidentes. Tenemos una "
        "primera conversación de 30' sobre la vacante de Fisioterapeuta en nuestro Centro Asistencial de Madrid. "
        "\n\n" + teams("mla-screen"), "Reunión de Microsoft Teams")
    out.append(ev(kind="outlook-teams-screen-es", ics=ics, uid=uid, is_interview=1, company="Mutua Levantina",
                  role="Fisioterapeuta", stage="recruiter_screen", interviewers="rebeca.olmedo@mla-mutua.es",
                  trap="outlook-abbrev-domain-es"))
    # 10 agency naming the employer, coordinator not interviewing
    ics, uid = google(
        "msp-cipres", "Entrevista con Residencias Ciprés – Fisioterapeuta geriátrico/a (vía Medical Staff Partners)",
        "20250319T163000", "20250319T171500", ("cristina.vela@medicalstaffpartners.es", "Cristina Vela"),
        [("cristina.vela@medicalstaffpartners.es", "Cristina Vela"), I,
         ("rosa.villar@residenciascipres.com", "Rosa Villar")],
        "Irene, te confirmo la entrevista con Rosa Villar, directora de la Residencia Ciprés Las Rozas. Yo me "
        "conecto al principio para presentaros y después os dejo. Cualquier cosa, llámame al 611 204 987.\n\n"
        "Cristina Vela\nConsultora Sanidad – Medical Staff Partners\n\n" + meet("wzd-ogpa-fqe"), None)
    out.append(ev(kind="agency-names-employer-es", ics=ics, uid=uid, is_interview=1, company="Residencias Ciprés",
                  role="Fisioterapeuta geriátrico/a", interviewers="rosa.villar@residenciascipres.com",
                  trap="agency-coordinator-es"))
    # 11 Microsoft Bookings, small clinic
    ics, uid = outlook(
        "bookings-movvital", "Entrevista de selección – Fisioterapeuta", "20250402T170000", "20250402T174500",
        ("seleccion@movimientovital.es", "Movimiento Vital Fisioterapia"),
        [(ME_GMAIL, ME), ("nuria.blasco@movimientovital.es", "Nuria Blasco")],
        "Su reserva está confirmada\n\nEntrevista de selección – Fisioterapeuta\nPersonal: Nuria Blasco\n"
        "Movimiento Vital Fisioterapia, C/ Ibiza 21, Madrid\n\nAdministrar reserva: https://outlook.office365.com/"
        "owa/calendar/MovimientoVital@movimientovital.es/bookings/\n\nCon tecnología de Microsoft Bookings",
        "C/ Ibiza 21, Madrid", lang="es-ES")
    out.append(ev(kind="ms-bookings-es", ics=ics, uid=uid, is_interview=1, company="Movimiento Vital Fisioterapia",
                  role="Fisioterapeuta", interviewers="nuria.blasco@movimientovital.es", trap="ms-bookings-es"))
    # 12 SmartRecruiters, recruiter screen, fitness chain
    ics, uid = ats(
        "sr-8c2a41f7-interview@smartrecruiters.com", "-//SmartRecruiters//Interview Scheduler//EN",
        "Entrevista con Pulso Fitness: Fisioterapeuta de sala (Madrid – Las Tablas)", "20250404T080000",
        "20250404T083000", ("noreply@smartrecruiters.com", "Pulso Fitness Clubs"),
        [I, ("ivan.del.rio@pulsofitness.es", "Iván del Río")],
        "Hola Irene,\n\nIván del Río (Talent Acquisition) te llamará por teléfono para una primera entrevista "
        "sobre el puesto Fisioterapeuta de sala.\n\nEste mensaje ha sido enviado por SmartRecruiters en nombre "
        "de Pulso Fitness Clubs.", "Llamada telefónica", stamp="20250401T091100Z")
    out.append(ev(kind="smartrecruiters-phone-es", ics=ics, uid=uid, is_interview=1, company="Pulso Fitness",
                  role="Fisioterapeuta de sala", stage="recruiter_screen", interviewers="ivan.del.rio@pulsofitness.es",
                  trap="smartrecruiters-phone-utc-es"))
    # 13 SuccessFactors, health insurer's medical centres
    ics, uid = ats(
        "SF-INTV-30221-58812@successfactors.eu", "-//SAP SuccessFactors//Interview Scheduling//EN",
        "Invitación a entrevista: Fisioterapeuta – Centro Médico Aurora Goya (Req. 30221)", "20250408T103000",
        "20250408T113000", ("rrhh.seleccion@aurorasalud.es", "Selección Aurora Salud"),
        [I, ("carmen.ledesma@aurorasalud.es", "Carmen Ledesma"), ("p.urquijo@aurorasalud.es", "Pedro Urquijo")],
        "Estimada candidata,\n\nle invitamos a una entrevista para la vacante 30221 Fisioterapeuta en el Centro "
        "Médico Aurora Goya (Asistencia Sanitaria Aurora).\n\nPanel: Carmen Ledesma (Responsable del centro) y "
        "Pedro Urquijo (Fisioterapeuta senior). Incluye un caso práctico de hombro doloroso (20 min).\n\n"
        "Dirección: C/ Goya 88, 1º, Madrid.\n\nAtentamente,\nSelección – Aurora Salud", "C/ Goya 88, Madrid",
        tz="Europe/Madrid")
    out.append(ev(kind="successfactors-case-es", ics=ics, uid=uid, is_interview=1,
                  company="Asistencia Sanitaria Aurora", role="Fisioterapeuta", stage="technical",
                  interviewers="carmen.ledesma@aurorasalud.es;p.urquijo@aurorasalud.es",
                  trap="successfactors-coordinator-es"))
    # 14 Thunderbird, typed by the user with details
    ics, uid = thunderbird(
        "arga-user", "Entrevista Clínica Universitaria Arga (Pamplona) - videollamada", "20250409T120000",
        "20250409T130000", "Con la supervisora de fisio (Itziar Goñi) y alguien de RRHH. Puesto: fisioterapeuta "
        "de planta, unidad de ictus. Preparar: por qué Pamplona, casos neuro, escalas (Berg, FIM).",
        "Zoom (enlace en el correo de Itziar)", cats="Trabajo")
    out.append(ev(kind="thunderbird-user-typed-es", ics=ics, uid=uid, is_interview=1,
                  company="Clínica Universitaria Arga", role="fisioterapeuta de planta, unidad de ictus",
                  interviewers="Itziar Goñi", trap="thunderbird-user-typed-es"))
    # 15 Webex, recruiter screen, hospital in Zaragoza
    ics, uid = google(
        "engracia-webex", "Entrevista RR.HH. – Fisioterapeuta (Hospital Santa Engracia)", "20250321T090000",
        "20250321T093000", ("seleccion@hsantaengracia.com", "Selección Hospital Santa Engracia"),
        [I, ("lorena.bielsa@hsantaengracia.com", "Lorena Bielsa")],
        "Buenos días Irene,\n\nle enviamos la convocatoria para la entrevista inicial con Lorena Bielsa (RR.HH.) "
        "para la plaza de Fisioterapeuta en Zaragoza.\n\n" + webex("engracia", "hsantaengracia"), "Webex")
    out.append(ev(kind="webex-screen-es", ics=ics, uid=uid, is_interview=1, company="Hospital Santa Engracia",
                  role="Fisioterapeuta", stage="recruiter_screen", interviewers="lorena.bielsa@hsantaengracia.com",
                  trap="webex-coordinator-organizer-es"))
    # 16 all-day onsite selection day at the same hospital
    ics, uid = outlook(
        "engracia-allday", "Jornada de selección presencial – Fisioterapeutas (Hospital Santa Engracia)",
        "20250403", "20250404", ("seleccion@hsantaengracia.com", "Selección Hospital Santa Engracia"),
        [(ME_GMAIL, "Irene Gallego Soto")],
        "Programa: 9:00 acogida; 9:30 prueba práctica (vendaje funcional, valoración de rodilla); 12:00 "
        "entrevista con la Supervisora de Rehabilitación (Ana Lacasa) y el Director de RR.HH. (Fernando Royo); "
        "13:30 visita a las instalaciones. Lugar: Pº Sagasta 40, Zaragoza.", "Hospital Santa Engracia, Zaragoza",
        tz="date")
    out.append(ev(kind="allday-onsite-es", ics=ics, uid=uid, is_interview=1, company="Hospital Santa Engracia",
                  role="Fisioterapeutas", stage="onsite", interviewers="Ana Lacasa;Fernando Royo",
                  trap="allday-onsite-names-only-es"))
    # 17 X-WR-TIMEZONE export, floating times, San Sebastián
    ics, uid = google(
        "aldapa-export", "Entrevista Policlínica Aldapa (videoconf.)", "20250414T160000", "20250414T164500", None,
        [], "Con Mikel Arrieta, jefe de rehabilitación. Puesto fisio deportivo, sustitución 6 meses.",
        "https://meet.google.com/koa-vxwz-trp", tz=None, method="PUBLISH",
        head=("X-WR-CALNAME:Irene", "X-WR-TIMEZONE:Europe/Madrid"))
    out.append(ev(kind="x-wr-timezone-export-es", ics=ics, uid=uid, is_interview=1, company="Policlínica Aldapa",
                  role="fisio deportivo", stage="hiring_manager", interviewers="Mikel Arrieta",
                  trap="x-wr-timezone-floating-es"))
    # 18 Canary Islands zone
    ics, uid = google(
        "fisiomed-canarias", "Entrevista por videollamada – Fisioterapeuta – Fisiomed Canarias (Las Palmas)",
        "20250416T090000", "20250416T094500", ("direccion@fisiomedcanarias.com", "Yeray Santana"),
        [("direccion@fisiomedcanarias.com", "Yeray Santana"), I],
        "Irene, ojo: la hora es la de Canarias (una hora menos que en Madrid). Hablaremos del puesto de "
        "fisioterapeuta en nuestra clínica de Las Palmas y de la ayuda de traslado.\nYeray Santana, gerente\n\n"
        + meet("yxt-fupo-acn"), None, tz="Atlantic/Canary")
    out.append(ev(kind="canary-tz-es", ics=ics, uid=uid, is_interview=1, company="Fisiomed Canarias",
                  role="Fisioterapeuta", stage="hiring_manager", interviewers="direccion@fisiomedcanarias.com",
                  trap="canary-timezone-es"))
    # 19 Zoom, cycling team
    ics, uid = google(
        "tramonte-zoom", "Entrevista fisioterapeuta staff 2026 – Tramonte Pro Cycling", "20250422T190000",
        "20250422T194500", ("staff@tramontecycling.com", "Tramonte Pro Cycling"),
        [I, ("oscar.lezcano@tramontecycling.com", "Óscar Lezcano"), ("dr.valls@tramontecycling.com", "Marc Valls")],
        "Entrevista con Óscar Lezcano (director deportivo) y el Dr. Marc Valls (médico del equipo) para la plaza "
        "de fisioterapeuta del staff (calendario de carreras, viajes ~120 días/año).\n\n" + zoom("tramonte"),
        "Zoom")
    out.append(ev(kind="zoom-cycling-team-es", ics=ics, uid=uid, is_interview=1, company="Tramonte Pro Cycling",
                  role="fisioterapeuta staff", stage="hiring_manager",
                  interviewers="oscar.lezcano@tramontecycling.com;dr.valls@tramontecycling.com",
                  trap="zoom-shared-mailbox-organizer-es"))
    # 20 Apple invite from an employee's iCloud, company only in the body
    ics, uid = apple(
        "cn-delfines", "Entrevista fisio club", "20250424T201500", "20250424T210000",
        "Hola Irene! Quedamos en el club después del entreno de los alevines. Estaremos Chema (coordinador "
        "deportivo) y yo. Es para lo de fisio del Club Natación Pozuelo Delfines, 3 tardes/semana.\nLaura",
        "Piscina Municipal Valle de las Cañas, Pozuelo", org=("lauramacias.cnpd@icloud.com", "Laura Macías"),
        atts=[I], method="REQUEST", prodid="-//Apple Inc.//iPhone OS 18.3.2//EN")
    out.append(ev(kind="apple-icloud-club-es", ics=ics, uid=uid, is_interview=1,
                  company="Club Natación Pozuelo Delfines", role="fisio", stage="hiring_manager",
                  interviewers="lauramacias.cnpd@icloud.com;Chema", trap="apple-icloud-body-only-es"))
    # 21 Factorial, practical test, aquatic therapy centre
    ics, uid = ats(
        "factorial-ats-118402@factorialhr.com", "-//Factorial//ATS//ES",
        "Prueba práctica – Fisioterapeuta acuático/a – Aquaterapia Sierra Norte", "20250428T100000",
        "20250428T113000", ("talento@aquaterapiasierranorte.es", "Aquaterapia Sierra Norte"),
        [I, ("beatriz.moya@aquaterapiasierranorte.es", "Beatriz Moya")],
        "Hola Irene,\n\nsiguiente paso del proceso: sesión práctica en piscina con Beatriz Moya (coordinadora "
        "clínica). Trae bañador, gorro y chanclas. Harás una sesión de Halliwick con un paciente voluntario "
        "(20 min) y después comentaremos el caso.\n\nEnviado con Factorial", "Aquaterapia Sierra Norte – "
        "Colmenar Viejo", tz="Europe/Madrid", style="g")
    out.append(ev(kind="factorial-practical-es", ics=ics, uid=uid, is_interview=1,
                  company="Aquaterapia Sierra Norte", role="Fisioterapeuta acuático/a", stage="technical",
                  interviewers="beatriz.moya@aquaterapiasierranorte.es", trap="factorial-practical-es"))
    # 22 job board (InfoJobs) scheduling, home rehab company
    ics, uid = ats(
        f"{uid_apple('infojobs-acasa').lower()}@infojobs.net", "-//InfoJobs//Entrevistas//ES",
        "Entrevista – Fisioterapeuta a domicilio (zona norte) – Acasa Rehabilitación", "20250429T110000",
        "20250429T113000", ("entrevistas@infojobs.net", "InfoJobs"), [I],
        "Acasa Rehabilitación Domiciliaria te ha citado a una entrevista por teléfono para la oferta "
        "\"Fisioterapeuta a domicilio (zona norte)\".\nPersona de contacto: Javier Cuesta\n\nPuedes consultar "
        "el estado de tu candidatura en InfoJobs.", "Entrevista telefónica", tz="Europe/Madrid")
    out.append(ev(kind="jobboard-phone-es", ics=ics, uid=uid, is_interview=1, company="Acasa Rehabilitación",
                  role="Fisioterapeuta a domicilio (zona norte)", interviewers="Javier Cuesta",
                  trap="jobboard-organizer-es"))
    # 23 Cal.com, small osteopathy clinic founder
    ics, uid = ats(
        "cal-9f1c2e66a0b54d@cal.com", "-//Cal.com Inc.//Cal.com Event//EN",
        "Entrevista 30 min entre Jorge Carmona e Irene Gallego Soto", "20250430T140000", "20250430T143000",
        ("jorge@osteofisiolavapies.com", "Jorge Carmona"), [I],
        "¿Qué?: Entrevista 30 min\n¿Cuándo?: miércoles, 30 de abril de 2025 16:00 - 16:30 (Europe/Madrid)\n"
        "¿Quién?: Jorge Carmona – Organizador; Irene Gallego Soto\n¿Dónde?: Cal Video\nNotas adicionales: "
        "Vacante fisio con formación en osteopatía, Osteo & Fisio Lavapiés.\n\nCancelar o reprogramar: "
        "https://cal.com/booking/9f1c2e66a0b54d", "https://app.cal.com/video/9f1c2e66a0b54d", style="g")
    out.append(ev(kind="calcom-founder-es", ics=ics, uid=uid, is_interview=1, company="Osteo & Fisio Lavapiés",
                  role="fisio con formación en osteopatía", stage="hiring_manager",
                  interviewers="jorge@osteofisiolavapies.com", trap="calcom-utc-es"))
    return out
