"""holdout48: other negatives – mocks, webinars, press, personal, internal, prep (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout48ev_ics import (
    APPLE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    TBIRD,
    WORK,
    E,
    att,
    cal,
    me,
    meet,
    org,
    teams,
    vevent,
    webex,
    zoom,
)

N = (0, "", "", "", "")
CG = "constructora-guadalquivir.es"


def _own(kind: str, trap: str, uid: str, summary: str, start: str, mins: int = 60, prodid: str = GOOGLE,
         **kw: object) -> dict[str, str]:
    return E(kind, trap, N, cal(prodid, [vevent(uid, summary, start, mins, **kw)], method=None))  # type: ignore[arg-type]


def events() -> list[dict[str, str]]:
    out = [
        _own("mock-friend", "mock-es", "m0ck1nt3rv13w2025@google.com", "Simulacro entrevista con Rocío (inglés)",
             "20250309T190000", 60, desc="Rocío hace de entrevistadora de Northline. Practicar STAR y preguntas de "
                                         "NEC4 en inglés."),
        E("mock-colegio", "mock-career-service-es", N, cal(GOOGLE, [vevent(
            "cicc-orienta-7731@ciccp.es", "Entrevista simulada – Servicio de Orientación Profesional",
            "20250304T170000", 45,
            desc="Sesión de entrevista simulada con feedback para colegiados. Orientadora: Pilar Gómez.\n\n"
                     + zoom("es", "81133460092", "Colegio de Ingenieros"),
            organizer=org("Orientación Profesional", "orienta@ciccp-andalucia.es"), attendees=[me()])])),
        E("webinar-competencias", "webinar-es", N, cal("-//Zoom Video Communications//Webinar//EN", [vevent(
            "zw-webinar-88120034455@zoom.us", "Webinar: Cómo superar una entrevista por competencias en ingeniería",
            "20250226T180000", 90,
            desc="Gracias por inscribirse. Ponente: Marta Iriarte, headhunter del sector construcción.\n\n"
                 + zoom("es", "88120034455", "Ingenieras en Red"),
            organizer=org("Ingenieras en Red", "no-reply@zoom.us"), attendees=[me()])])),
        E("webinar-ice-en", "webinar-en", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E00800000000127A8B9C0D1EDB01000000000000000010000000ABAB1212",
            "ICE Webinar: Mastering the competency-based interview for Chartership", "20250312T130000", 60,
            tz="wingb", desc="Institution of Civil Engineers – Professional Development webinar.\n\n"
                             + teams("en", "SUNFd2Vi"),
            organizer=org("ICE Events", "events@ice-webinars.org.uk"), attendees=[me()])])),
        E("curso-tecnicas", "class-recurring-es", N, cal(TBIRD, [vevent(
            "a9b8c7d6-e5f4-4a3b-8c2d-1e0f9a8b7c6d", "Curso: Técnicas de entrevista y negociación (módulo online)",
            "20250305T190000", 90, tz="madrid", desc="Escuela de Negocios Hispalense. Clase semanal.",
            extra=["RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=6"])], method=None)),
        E("podcast", "podcast-interview-es", N, cal(GOOGLE, [vevent(
            "p0dc4st-ingfem-2025@google.com", "Grabación podcast «Ingeniería en femenino» – entrevista a Lucía Benítez",
            "20250321T110000", 60, desc="Episodio sobre mujeres jefas de obra. Guion de preguntas adjunto.\n\n"
                                        + meet("dpq-mnsa-ebt"),
            organizer=org("Ingeniería en Femenino", "ingenieriaenfemenino.podcast@gmail.com"),
            attendees=[me()])])),
        E("press", "press-interview-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000023AB9C0D1E2FDB01000000000000000010000000BCBC2323",
            "Entrevista Diario de Sevilla – obras del paso inferior de la SE-30", "20250319T123000", 30, tz="win",
            desc="La periodista Ana Vílchez entrevistará a Lucía Benítez (Jefa de Obra) sobre los plazos. Acompaña "
                 "Comunicación.", loc="Obra SE-30, caseta principal",
            organizer=org("Comunicación Guadalquivir", f"comunicacion@{CG}"),
            attendees=[att("Benítez Ortega, Lucía", WORK), att("Ana Vílchez", "avilchez@diariodesevilla.es")])])),
        E("user-research-en", "user-research-interview-en", N, cal("-//Calendly//Calendly//EN", [vevent(
            "calendly-ur-1d2e3f4a-5b6c-4d7e-8f90-123456789abc", "User interview: field app for site engineers (30 min)",
            "20250313T160000", 30, tz="utc",
            desc="Thanks for helping our product team! We'd like to interview you about daily reporting on site. "
                 "You'll receive a €50 voucher.\n\nSiteLog Research", organizer=org("SiteLog Research",
                                                                                    "research@sitelog.app"),
            attendees=[me(ps="ACCEPTED")])])),
        _own("medico", "personal-doctor-es", "c1t4-m3d1c0@google.com", "Médico de cabecera (Dra. Lerma)",
             "20250307T083000", 20, loc="Centro de Salud El Porvenir"),
        _own("dentista", "personal-dentist-es", "D3NT-1ST4-2025-0411", "Dentista - revisión", "20250411T180000", 45,
             prodid=APPLE, tz="float"),
        _own("banco", "personal-bank-es", "b4nc0-h1p0t3c4@google.com", "Cita con gestora Caja Rural del Sur – "
             "hipoteca", "20250314T091500", 45, loc="Oficina C/ Asunción 18"),
        E("visa-uk", "personal-visa-en", N, cal(GOOGLE, [vevent(
            "vfs-appt-ESMAD-2025-00417@vfsglobal.com", "Appointment confirmation – UK Visa Application Centre Madrid "
            "(biometrics)", "20250505T094500", 30, desc="Reference GWF0881234. Bring passport and appointment letter.",
            loc="VFS Global, Calle de Orense 4, Madrid", organizer=org("VFS Global", "donotreply@vfsglobal.com"),
            attendees=[me()])])),
        _own("dni", "personal-id-renewal-es", "dn1-r3n0v4c10n@google.com", "Cita previa renovación DNI",
             "20250318T094000", 20, loc="Comisaría Sevilla – Blas Infante"),
        _own("tutoria", "personal-school-es", "TUT-CEIP-MARTIN-0320", "Tutoría con la profe de Martín (CEIP "
             "Huerta de Santa Marina)", "20250320T164500", 30, prodid=APPLE, tz="madrid"),
        _own("javi-interview", "other-person-interview-es", "j4v1-3ntr3v1st4@google.com", "Entrevista de trabajo de "
             "Javi (llevarle el coche)", "20250408T083000", 120, desc="Javi tiene la entrevista en Aljarafe a las 9. "
                                                                       "Yo recojo a Martín."),
        E("reunion-obra", "internal-recurring-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000034BC0D1E2F3ADB01000000000000000010000000CDCD3434",
            "Reunión de obra semanal – Tramo Los Palacios", "20250303T090000", 90, tz="win",
            desc="Seguimiento de planning, certificaciones y seguridad.", loc="Caseta de obra",
            organizer=org("Benítez Ortega, Lucía", WORK),
            attendees=[att("Lama Ruiz, Jorge", f"jlama@{CG}"), att("Herrera, Manuel", f"mherrera@{CG}")],
            extra=["RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T220000Z"])])),
        E("appraisal", "own-appraisal-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000045CD1E2F3A4BDB01000000000000000010000000DEDE4545",
            "Entrevista de evaluación del desempeño 2024 – Lucía Benítez", "20250225T120000", 60, tz="win",
            desc="Revisión anual de objetivos y plan de desarrollo. Trae tu autoevaluación.",
            organizer=org("Ramos, Alfonso", f"aramos@{CG}"), attendees=[att("Benítez Ortega, Lucía", WORK)])])),
        E("exit-interview", "own-exit-interview-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000056DE2F3A4B5CDB01000000000000000010000000EFEF5656",
            "Entrevista de salida – Lucía Benítez Ortega", "20250530T100000", 30, tz="win",
            desc="Entrevista de salida con Personas. Confidencial.", loc="Despacho RR. HH.",
            organizer=org("Campos Vera, Marisa", f"mcampos@{CG}"), attendees=[att("Benítez Ortega, Lucía", WORK)])])),
        _own("coffee-chat", "informational-chat-en", "c0ff33-ch4t-n0rthl1n3@google.com", "Coffee chat – Emma "
             "Richardson (ex-Northline, now freelance)", "20250306T170000", 30,
             desc="Informal chat about working in UK rail, what Northline is like. Not an interview.\n\n"
                  + meet("wbe-fhkm-rsa", "en")),
        _own("cafe-alvaro", "informational-chat-es", "c4f3-4lv4r0@google.com", "Café con Álvaro (antiguo compañero, "
             "ahora en Sevitrans)", "20250227T183000", 60, loc="Café Manolo, Alameda",
             desc="Que me cuente cómo es trabajar allí antes de la entrevista."),
        _own("feria-empleo", "job-fair-es", "f3r14-3mpl30-1f3m4@google.com", "Feria de Empleo Ingeniería Civil – "
             "IFEMA", "20250423", tz="allday", end="20250424", desc="Llevar 10 CV impresos. Stands: 40 empresas."),
        E("reference-call", "reference-call-referee-es", N, cal(GOOGLE, [vevent(
            "r3f3r3nc14-p3dr0@google.com", "Llamada de referencias sobre Pedro Sanz", "20250315T100000", 20,
            desc="Hola Lucía, Pedro Sanz te ha indicado como referencia para el puesto de Jefe de Obra en nuestra "
                 "empresa. ¿Podemos llamarte 20 min?\nCristina Vela – Dpto. Personas, Vialtec Infraestructuras",
            organizer=org("Cristina Vela", "cvela@vialtec.es"), attendees=[me()])])),
        E("headhunter-no-employer", "recruiter-no-employer-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000067EF3A4B5C6DDB01000000000000000010000000F0F06767",
            "Llamada – oportunidad confidencial Project Manager Infraestructuras", "20250310T140000", 30, tz="utc1",
            desc="Hola Lucía, te llamo para contarte una posición confidencial para una constructora cliente. No "
                 "puedo darte el nombre todavía.\n\nMarta Iriarte · Iriarte Executive Search",
            organizer=org("Iriarte, Marta", "marta@iriarte-search.com"),
            attendees=[att("Lucía Benítez", "lucia.benitez.ing@hotmail.es")])])),
        _own("prep-lusovia", "prep-block-pt-company-es", "pr3p-lus0v14@google.com", "Preparar entrevista Lusovia "
             "(repasar proyectos ferroviarios PT)", "20250311T190000", 90),
        _own("prep-case", "prep-block-en", "PR3P-C4S3-N0RTHL1N3", "Prep: final interview Northline – presentation "
             "dry run", "20250415T200000", 60, prodid=MACOS, tz="madrid"),
        _own("thanks-note", "follow-up-task-es", "gr4c14s-s3v1tr4ns@google.com", "Enviar email de agradecimiento a "
             "Sevitrans tras la entrevista", "20250403T180000", 15),
        _own("visita-obra", "internal-client-visit-es", "v1s1t4-jund4@google.com", "Visita obra con Junta de "
             "Andalucía (Dirección Facultativa)", "20250324T100000", 120, loc="Tramo Los Palacios"),
        _own("afterwork", "networking-es", "4ft3rw0rk-mujeres-ing@google.com", "Afterwork Mujeres Ingenieras "
             "Sevilla", "20250327T193000", 120, loc="Terraza Bib-Rambla"),
        _own("webinaire-fr", "webinar-fr", "w3b1n41r3-3ntr3t13n@google.com", "Webinaire : réussir son entretien "
             "d'embauche en anglais", "20250402T183000", 60, desc="Organisé par Ingénieurs sans Frontières "
                                                                  "Carrières.\n\n" + webex("en", "2789 310 4455")),
        _own("sprachkurs", "class-de", "spr4chkurs-b1@google.com", "Deutschkurs B1 – Goethe-Institut (online)",
             "20250304T200000", 90, extra=["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;COUNT=16"]),
        _own("itv", "personal-car-es", "1tv-c0ch3@google.com", "ITV coche", "20250412T100000", 45,
             loc="ITV Sevilla Norte"),
        E("formacion-mandos", "internal-training-interviewing-es", N, cal(OUTLOOK, [vevent(
            "040000008200E00074C5B7101A82E0080000000078F04B5C6D7EDB0100000000000000001000000001017878",
            "Formación: entrevistas por competencias para mandos intermedios", "20250228T090000", 240, tz="win",
            desc="Formación interna obligatoria para jefes de obra que participan en selección.",
            loc="Aula de formación", organizer=org("Formación Guadalquivir", f"formacion@{CG}"),
            attendees=[att("Benítez Ortega, Lucía", WORK)])])),
        _own("cumple", "personal-allday-es", "cumpl3-m4rt1n@google.com", "Cumpleaños Martín 🎂", "20250509",
             tz="allday", end="20250510"),
    ]
    return out
