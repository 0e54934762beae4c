"""holdout94 negatives that are not the user's job interview and not the hiring side: mocks, webinars, press,
personal appointments, internal meetings, appraisal/exit, coffees, fairs, references, anonymous recruiters, prep."""

from __future__ import annotations

from holdout94ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    TBIRD,
    WORK,
    Ev,
    att,
    cal,
    desc,
    meet_es,
    org,
    outlook_uid,
    teams_es,
    vevent,
    zoom_en,
    zoom_es,
)

MTY = "America/Monterrey"
MX = "\"Central Standard Time (Mexico)\""


def _t(day: str, hm: str, tz: str = MTY) -> str:
    return f";TZID={tz}:2025{day}T{hm}00"


def _e(uid: str, summary: str, day: str, start: str, end: str, *lines: str, tz: str = MTY) -> list[str]:
    return vevent(f"UID:{uid}", "DTSTAMP:20250301T120000Z", "DTSTART" + _t(day, start, tz),
                  "DTEND" + _t(day, end, tz), f"SUMMARY:{summary}", *lines)


def events() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, trap: str, uid: str, ev: list[str] | list[list[str]], prodid: str = GOOGLE,
            method: str | None = None, tz: tuple[str, ...] = (MTY,)) -> None:
        out.append(Ev(kind, cal(ev, prodid=prodid, method=method, tz=tz), uid, 0, trap=trap))

    u = "m0ck1nt3rv13w3n6l1sh@google.com"
    add("mock-friend", "mock-es", u, _e(u, "Simulacro de entrevista en inglés con Memo", "0308", "1100", "1200",
                                       org(ME, ME_CN), att("guillermo.saenz.r@gmail.com", "Memo Sáenz", google=True),
                                       desc("Memo me hace preguntas tipo panel técnico de EE.UU. para practicar "
                                            "(Lone Star / Brazos). Grabar y revisar."
                                            + meet_es("kpa-vwzt-hrn", "402 118 337"))),
        method="REQUEST")
    u = "coach-mock-88120@zoom.us"
    add("mock-coach", "mock-coach-en", u, _e(u, "Mock Interview – Plant Manager roles (Coach: Diane Wells)", "0315",
                                             "0930", "1030", org("diane@wellscareercoaching.com", "Diane Wells"),
                                             att(ME, ME_CN),
                                             desc("Practice session: behavioral + technical questions for US "
                                                  "manufacturing leadership interviews. Not a real interview.\n"
                                                  + zoom_en("881 2044 7719", "bW9jaw", "Diane Wells")),
                                             tz="America/Chicago"),
        prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST", tz=("America/Chicago",))
    u = "af-mty-atelier-entretien-0412"
    add("class-fr", "class-mock-fr", u, _e(u, "Atelier : simuler un entretien d'embauche en français (niveau B1)",
                                           "0412", "1000", "1200", org("cours@afmonterrey.org.mx",
                                                                       "Alliance Française de Monterrey"),
                                           att(ME, ME_CN),
                                           desc("Atelier de conversation : se présenter, parler de son parcours et "
                                                "répondre aux questions d'un recruteur. Jeux de rôle en binômes."),
                                           "LOCATION:Alliance Française de Monterrey\\, Col. del Valle"),
        prodid=TBIRD, method="REQUEST")
    u = "webinar-empleonorte-20250320"
    add("webinar-es", "webinar-es", u, _e(u, "Webinar: Cómo destacar en entrevistas para la industria automotriz",
                                          "0320", "1900", "2000", org("eventos@empleonorte.mx", "EmpleoNorte"),
                                          att(ME, ME_CN),
                                          desc("Gracias por registrarte. Aprende a preparar tu entrevista: "
                                               "preguntas frecuentes, método STAR y negociación salarial.\n"
                                               + zoom_es("812 4409 2210", "V2ViaW5h"))),
        prodid="-//EmpleoNorte//Eventos//ES", method="REQUEST")
    u = "ahk-webinar-bewerbung-2025-04@ahkmexiko.com.mx"
    add("webinar-de", "webinar-de", u, _e(u, "Webinar: Bewerben bei deutschen Unternehmen in Mexiko – "
                                             "Tipps für das Vorstellungsgespräch", "0410", "1000", "1100",
                                          org("events@ahkmexiko.com.mx", "Deutsch-Mexikanische Industrie- und "
                                              "Handelskammer"), att(ME, ME_CN),
                                          desc("Vielen Dank für Ihre Anmeldung. Unsere Referentin erklärt, wie "
                                               "deutsche Arbeitgeber in Mexiko Vorstellungsgespräche führen."),
                                          "LOCATION:Online (Zoom)", tz="America/Mexico_City"),
        prodid="-//AHK//Veranstaltungen//DE", method="REQUEST", tz=("America/Mexico_City",))
    u = "cime-nl-taller-star-0424"
    add("class-es", "class-es", u, _e(u, "Taller: Entrevista por competencias (método STAR) para ingenieros", "0424",
                                      "1800", "2030", org("capacitacion@cimenl.org.mx", "CIME N.L."),
                                      att(ME, ME_CN), desc("Colegio de Ingenieros Mecánicos y Electricistas de "
                                                           "N.L. Cupo limitado. Constancia con valor curricular."),
                                      "LOCATION:Auditorio CIME\\, Monterrey"),
        prodid=TBIRD, method="REQUEST")
    u = outlook_uid("h94-press")
    add("press", "press-interview-es", u, vevent(
        "CLASS:PUBLIC", desc("Entrevista con la reportera Daniela Fuentes (periódico El Norte, sección Negocios) "
                             "sobre la nueva línea de estampado y el programa de mantenimiento predictivo. "
                             "Comunicación corporativa acompaña."),
        f"DTSTART;TZID={MX}:20250325T120000", f"DTEND;TZID={MX}:20250325T124500", "DTSTAMP:20250319T170000Z",
        "LOCATION:Autopartes Norte – Sala de Visitas", "SUMMARY;LANGUAGE=es-MX:Entrevista El Norte – nueva línea "
        "de estampado", f"UID:{u}", org("comunicacion@autopartes-norte.com.mx", "Comunicación Corporativa"),
        att(WORK, "Treviño, Alejandro"), att("dfuentes@elnorte-negocios.com", "Daniela Fuentes")),
        prodid=EXCHANGE, method="REQUEST", tz=("win-mx",))
    u = "podcast-reliability-rockstars-ep112"
    add("podcast", "podcast-guest-en", u, _e(u, "Podcast recording: Reliability Rockstars – guest interview with "
                                                "Alejandro Treviño", "0417", "1700", "1800",
                                             org("host@reliabilityrockstars.fm", "Jeff Tanner"), att(ME, ME_CN),
                                             desc("Thanks for joining as a guest! We'll chat about vibration "
                                                  "analysis in stamping plants. Riverside link in the email."),
                                             "LOCATION:https://riverside.fm/studio/reliability-rockstars",
                                             tz="America/Chicago"),
        prodid="-//Cal.com Inc.//Cal.com Event//EN", method="REQUEST", tz=("America/Chicago",))
    u = "ux-research-maintio-7712@maintio.com"
    add("user-research", "user-research-en", u, _e(u, "User interview: CMMS mobile app feedback (Maintio research)",
                                                   "0422", "1300", "1345", org("research@maintio.com",
                                                                               "Maintio UX Research"),
                                                   att(ME, ME_CN),
                                                   desc("Thanks for signing up for a 45-minute research interview "
                                                        "about how your maintenance team uses work orders. $75 gift "
                                                        "card as thank-you.")),
        prodid=GOOGLE, method="REQUEST")
    u = "A1B2C3D4-IMSS-UMF32-0314"
    add("imss", "medical-es", u, _e(u, "Cita IMSS UMF 32 – medicina familiar (consultorio 7)", "0314", "0740",
                                    "0820", "LOCATION:UMF 32 IMSS\\, Guadalupe\\, N.L.",
                                    desc("Llevar carnet y recetas. Turno matutino.")), prodid=APPLE)
    u = "B2C3D4E5-DENT-0405"
    add("dentist", "dentist-es", u, _e(u, "Dentista – Dra. Leal (limpieza)", "0405", "1000", "1100",
                                       "LOCATION:Consultorio Dental Leal\\, San Pedro"), prodid=APPLE)
    u = "colegio-americano-junta-3b-20250411"
    add("school", "school-es", u, _e(u, "Junta de padres de familia – 3°B (Mateo)", "0411", "0800", "0900",
                                     org("direccion.primaria@colegioamericanomty.edu.mx", "Dirección Primaria"),
                                     att(ME, ME_CN), desc("Entrega de calificaciones del segundo trimestre.")),
        prodid=GOOGLE, method="REQUEST")
    u = "C3D4E5F6-BANCO-0417"
    add("bank", "bank-es", u, _e(u, "Cita banco – crédito hipotecario (ejecutivo Sr. Luna)", "0417", "0930", "1030",
                                 "LOCATION:Sucursal Valle Oriente", desc("Llevar recibos de nómina, INE, "
                                                                         "comprobante de domicilio.")),
        prodid=APPLE)
    u = "cita-consular-mty-7740021@ais.usvisa-info.com"
    add("visa", "visa-consular-interview-es", u, _e(
        u, "Entrevista consular – Visa TN – Consulado General de EE.UU. Monterrey", "0505", "0745", "0845",
        desc("Confirmación de cita. Solicitante: ALEJANDRO TREVIÑO. Presentarse 15 min antes con pasaporte, hoja "
             "de confirmación DS-160 y carta de oferta. No se permiten dispositivos electrónicos."),
        "LOCATION:Consulado General de EE.UU.\\, Av. Alfonso Reyes 150\\, Monterrey"), prodid=APPLE)
    u = outlook_uid("h94-junta-prod")
    add("internal-production", "internal-meeting-es", u, vevent(
        "CLASS:PUBLIC", desc("Revisión de paros de línea, refacciones críticas y plan de la semana."),
        f"DTSTART;TZID={MX}:20250317T073000", f"DTEND;TZID={MX}:20250317T080000", "DTSTAMP:20250310T150000Z",
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20250630T133000Z", "LOCATION:Sala de Producción",
        "SUMMARY;LANGUAGE=es-MX:Junta de producción", f"UID:{u}", org("gerente.planta@autopartes-norte.com.mx",
                                                                       "Gerencia de Planta"),
        att(WORK, "Treviño, Alejandro")), prodid=EXCHANGE, method="REQUEST", tz=("win-mx",))
    u = outlook_uid("h94-iatf")
    add("audit", "audit-es", u, vevent(
        "CLASS:PUBLIC", desc("Auditoría IATF 16949 – cierre de hallazgos de mantenimiento (TPM, calibración)."),
        f"DTSTART;TZID={MX}:20250409T090000", f"DTEND;TZID={MX}:20250409T130000", "DTSTAMP:20250401T150000Z",
        "LOCATION:Planta Apodaca", "SUMMARY;LANGUAGE=es-MX:Auditoría IATF – Mantenimiento", f"UID:{u}",
        org("calidad@autopartes-norte.com.mx", "Calidad"), att(WORK, "Treviño, Alejandro"),
        att("auditor.externo@certmex.com.mx", "Auditor externo")), prodid=EXCHANGE, method="REQUEST", tz=("win-mx",))
    u = outlook_uid("h94-oee")
    add("oee", "internal-meeting-es", u, vevent(
        "CLASS:PUBLIC", desc("Revisión semanal de OEE y MTBF por línea." + teams_es("288 400 119 201", "T0VFcmV2")),
        f"DTSTART;TZID={MX}:20250423T140000", f"DTEND;TZID={MX}:20250423T150000", "DTSTAMP:20250401T150000Z",
        "LOCATION:Reunión de Microsoft Teams", "SUMMARY;LANGUAGE=es-MX:Revisión OEE semanal", f"UID:{u}",
        org(WORK, "Treviño, Alejandro"), att("lserna@autopartes-norte.com.mx", "Serna, Luis")),
        prodid=OUTLOOK, method="REQUEST", tz=("win-mx",))
    u = outlook_uid("h94-appraisal")
    add("appraisal", "own-appraisal-es", u, vevent(
        "CLASS:PUBLIC", desc("Evaluación de desempeño 2024 y objetivos 2025. Traer autoevaluación."),
        f"DTSTART;TZID={MX}:20250305T100000", f"DTEND;TZID={MX}:20250305T110000", "DTSTAMP:20250226T150000Z",
        "LOCATION:Oficina Gerencia de Planta", "SUMMARY;LANGUAGE=es-MX:Evaluación de desempeño anual – Alejandro "
        "Treviño", f"UID:{u}", org("gerente.planta@autopartes-norte.com.mx", "Gerencia de Planta"),
        att(WORK, "Treviño, Alejandro")), prodid=EXCHANGE, method="REQUEST", tz=("win-mx",))
    u = outlook_uid("h94-exit")
    add("exit-interview", "own-exit-interview-es", u, vevent(
        "CLASS:PUBLIC", desc("Entrevista de salida con Recursos Humanos. Entrega de equipo, gafete y EPP."),
        f"DTSTART;TZID={MX}:20250613T120000", f"DTEND;TZID={MX}:20250613T124500", "DTSTAMP:20250602T150000Z",
        "LOCATION:Recursos Humanos", "SUMMARY;LANGUAGE=es-MX:Entrevista de salida – Alejandro Treviño",
        f"UID:{u}", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
        att(WORK, "Treviño, Alejandro")), prodid=EXCHANGE, method="REQUEST", tz=("win-mx",))
    u = "cafe-marcela-ibarra@google.com"
    add("coffee-es", "informational-coffee-es", u, _e(
        u, "Café con Marcela Ibarra (ex-compañera, ahora en Lone Star Axle)", "0307", "0800", "0900",
        org(ME, ME_CN), att("marce.ibarra@gmail.com", "Marcela Ibarra", google=True),
        desc("Que me platique cómo es trabajar en Texas y cómo es el ambiente en Lone Star. Informal."),
        "LOCATION:Starbucks Fundidora"), method="REQUEST")
    u = "coffee-ben-fwa-alum@google.com"
    add("coffee-en", "informational-chat-en", u, _e(
        u, "Informational chat with Ben Carrizales (ex-FWA) – not an interview", "0430", "1800", "1830",
        org("ben.carrizales@gmail.com", "Ben Carrizales"), att(ME, ME_CN, google=True),
        desc("Happy to tell you what I know about Fort Worth Aerostructures before your final round. Just a "
             "friendly call." + meet_es("bcx-qqwe-rty", "559 004 812")), tz="America/Chicago"),
        method="REQUEST", tz=("America/Chicago",))
    u = "feria-empleo-cintermex-2025@empleonorte.mx"
    add("job-fair", "job-fair-es", u, vevent(
        f"UID:{u}", "DTSTAMP:20250301T120000Z", "DTSTART;VALUE=DATE:20250322", "DTEND;VALUE=DATE:20250323",
        "SUMMARY:Feria de Empleo Industrial – Cintermex", "LOCATION:Cintermex\\, Monterrey",
        desc("Más de 80 empresas automotrices, de electrodomésticos y aeroespaciales. Lleva CV impreso.")),
        prodid="-//EmpleoNorte//Eventos//ES", method="PUBLISH", tz=())
    u = "D4E5F6A7-EXPO-MANUF-2025"
    add("trade-show", "trade-show-es", u, vevent(
        f"UID:{u}", "DTSTAMP:20250301T120000Z", "DTSTART;VALUE=DATE:20250521", "DTEND;VALUE=DATE:20250523",
        "SUMMARY:Expo Manufactura 2025", "LOCATION:Cintermex", "TRANSP:TRANSPARENT"), prodid=APPLE, tz=())
    u = "ref-check-hvillarreal@brazoscastings.com"
    add("reference", "reference-referee-en", u, _e(
        u, "Reference call – Héctor Villarreal (candidate)", "0508", "1500", "1520",
        org("jnguyen@brazoscastings.com", "Jenny Nguyen"), att(ME, ME_CN),
        desc("Hi Alejandro, Héctor listed you as a reference for our Reliability Engineer opening. 20 minutes "
             "about your time working together. I'll call your cell."), tz="America/Chicago"),
        method="REQUEST", tz=("America/Chicago",))
    u = "headhunter-confidencial-0326"
    add("recruiter-no-employer-es", "recruiter-no-employer-es", u, _e(
        u, "Llamada headhunter – Gerente de Mantenimiento (cliente confidencial)", "0326", "1300", "1330",
        org("jorge.mena@executivesearchnorte.com", "Jorge Mena"), att(ME, ME_CN),
        desc("Alejandro, te llamo para platicarte de una posición con un cliente confidencial del sector "
             "automotriz en el Bajío. Aún no puedo compartir el nombre de la empresa.")),
        method="REQUEST")
    u = "li-recruiter-confidential-0415"
    add("recruiter-no-employer-en", "recruiter-no-employer-en", u, _e(
        u, "Call w/ recruiter re: confidential Plant Manager search (Texas)", "0415", "1200", "1230",
        org("amber@summitmfgtalent.com", "Amber Cole"), att(ME, ME_CN),
        desc("Quick intro call about a confidential search for a tier-1 supplier in South Texas. Client name "
             "shared once you're submitted."), tz="America/Chicago"), method="REQUEST", tz=("America/Chicago",))
    u = "E5F6A7B8-PREP-LSA"
    add("prep", "prep-block-es", u, _e(u, "Preparar entrevista Lone Star Axle – repasar STAR y números OEE", "0401",
                                       "2000", "2200", desc("Imprimir agenda del onsite. Ensayar historia del "
                                                            "proyecto de prensas."), "TRANSP:OPAQUE"),
        prodid=APPLE)
    u = "F6A7B8C9-VUELO-CUU"
    add("travel", "travel-block-es", u, _e(u, "Vuelo MTY → CUU (visita Orbis) VB1130", "0409", "1805", "1920",
                                           "LOCATION:Aeropuerto Internacional de Monterrey T-B"), prodid=APPLE)
    u = "A7B8C9D0-GRACIAS-SULTANA"
    add("thank-you", "thank-you-reminder-es", u, _e(u, "Enviar correo de agradecimiento a Cocinas Sultana", "0417",
                                                    "0900", "0915", "TRANSP:TRANSPARENT"), prodid=APPLE)
    u = "schulung-schwingungsanalyse-kat2-0512"
    add("course-de", "course-de", u, _e(u, "Online-Schulung: Schwingungsanalyse Kategorie II (Modul 3)", "0512",
                                        "1600", "1800", org("seminare@vib-akademie.de", "VIB Akademie"),
                                        att(ME, ME_CN),
                                        desc("Modul 3: Hüllkurvenanalyse und Lagerschäden. Zugangsdaten "
                                             "erhalten Sie per E-Mail."), tz="Europe/Berlin"),
        prodid="-//VIB Akademie//Seminare//DE", method="REQUEST", tz=("Europe/Berlin",))
    u = "B8C9D0E1-FUTBOL-MATEO"
    add("kids", "personal-es", u, _e(u, "Fútbol Mateo – partido vs. Tigres Sub-9", "0329", "0900", "1030",
                                     "LOCATION:Campo Valle Alto"), prodid=APPLE)
    u = "C9D0E1F2-ANA-ENTREVISTA"
    add("partner-interview", "partner-interview-es", u, _e(
        u, "Llevar a Ana a su entrevista (Banregio Torre Sur)", "0424", "0830", "0930",
        desc("Ana tiene entrevista de trabajo a las 9. La dejo y me voy a planta."), tz=MTY), prodid=APPLE)
    u = "coaching-cv-20250303@google.com"
    add("career-coaching", "career-coaching-es", u, _e(
        u, "Sesión de coaching de carrera – revisión de CV y LinkedIn", "0303", "1900", "2000",
        org("lorena.coach.carrera@gmail.com", "Lorena Villegas"), att(ME, ME_CN, google=True),
        desc("Revisamos tu CV para vacantes de gerencia de mantenimiento y tu perfil de LinkedIn.")),
        method="REQUEST")
    return out
