"""holdout29: more of Carmen Ruiz's own interviews in Spanish (recurring, cancelled, work address, Bookings)."""

from __future__ import annotations

from holdout29ev_ics import ME, WORK, Built, Row, att, meet, org, simple, teams, uid_for, vcal, vevent, webex, zoom

MAD = "Europe/Madrid"
ROM = "Romance Standard Time"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
RES = "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)


def _moved() -> Built:
    uid = uid_for("p20", "google")
    ev1 = vevent(
        uid,
        "Entrevista técnica – Data Manager ensayos (Clinibyte)",
        "20261221T110000",
        "20261221T120000",
        MAD,
        [org("Olga Ventura", "oventura@clinibyte.es"), att("Ramón Gil", "rgil@clinibyte.es"), ME_A],
        "Carmen, hemos movido la entrevista al lunes a las 11 por la agenda de Ramón (Head of Data Management). "
        "Repasaremos validación de datos y queries en EDC.\n" + meet("ytr-bnmx-qaz", "771 302 118"),
        extra=["SEQUENCE:2", "STATUS:CONFIRMED"],
        stamp="20261215T090000Z",
    )
    text = vcal("google", [ev1], (MAD,), "REQUEST")
    return Built(
        "es-rescheduled-seq2",
        text,
        uid,
        Row(
            1,
            "Clinibyte",
            "Data Manager ensayos",
            "technical",
            "oventura@clinibyte.es;rgil@clinibyte.es",
            "rescheduled",
        ),
    )


def _cancelled() -> Built:
    uid = uid_for("p21", "outlook")
    ev1 = vevent(
        uid,
        "Cancelada: Entrevista Coordinadora de Ensayos - Fundación IMIB",
        "20261222T100000",
        "20261222T110000",
        ROM,
        [org("Sonia Pardo", "spardo@fundacion-imib.es"), ME_A],
        "Carmen, lamentamos tener que cancelar la entrevista para la plaza de Coordinadora de Ensayos Clínicos. "
        "Te escribiremos con nueva fecha.",
        extra=["STATUS:CANCELLED", "SEQUENCE:3"],
    )
    text = vcal("outlook", [ev1], (ROM,), "CANCEL")
    return Built(
        "es-cancelled",
        text,
        uid,
        Row(1, "Fundación IMIB", "Coordinadora de Ensayos Clínicos", "", "spardo@fundacion-imib.es", "cancelled"),
    )


def _recurring() -> Built:
    uid = uid_for("p22", "apple")
    base = vevent(
        uid,
        "Prácticas evaluadas ReguMed (proceso selección)",
        "20270111T090000",
        "20270111T110000",
        MAD,
        [org("Teresa Bosch", "tbosch@regumed.es"), att("Teresa Bosch", "tbosch@regumed.es", NA), ME_A],
        "Periodo de prueba como parte del proceso para Técnica de Farmacovigilancia: tres mañanas revisando "
        "casos con Teresa (Responsable de PV) que te evaluará.",
        extra=["RRULE:FREQ=DAILY;COUNT=3"],
    )
    over = vevent(
        uid,
        "Prácticas evaluadas ReguMed (proceso selección) - entrada 10h",
        "20270112T100000",
        "20270112T120000",
        MAD,
        [org("Teresa Bosch", "tbosch@regumed.es"), att("Teresa Bosch", "tbosch@regumed.es", NA), ME_A],
        "Hoy empezamos a las 10.",
        extra=["RECURRENCE-ID;TZID=Europe/Madrid:20270112T090000", "SEQUENCE:1"],
    )
    text = vcal("apple", [base, over], (MAD,), "REQUEST")
    return Built(
        "es-recurring-trial-override",
        text,
        uid,
        Row(1, "ReguMed", "Técnica de Farmacovigilancia", "technical", "tbosch@regumed.es", "recurring"),
    )


def events() -> list[Built]:
    """Given nothing returns more Spanish positive events."""
    out: list[Built] = [_moved(), _cancelled(), _recurring()]
    a = out.append
    a(
        simple(
            "bookings",
            "es-bookings-work-addr",
            "p23",
            "Entrevista de selección - Enfermera coordinadora de ensayos",
            "20261228T130000",
            "20261228T133000",
            ROM,
            [
                org("Quirónsalud Investigación Bookings", "seleccion-inv@quironinvestiga.es"),
                att(*WORK),
                att("Mercedes Lago", "mlago@quironinvestiga.es"),
            ],
            "Su reserva se ha confirmado.\nServicio: Entrevista de selección - Enfermera coordinadora de ensayos\n"
            "Personal: Mercedes Lago\nEntidad: Quirónsalud Investigación\n" + teams("302 455 118 06", "Bq92sL", True),
            row=Row(
                1,
                "Quirónsalud Investigación",
                "Enfermera coordinadora de ensayos",
                "",
                "mlago@quironinvestiga.es",
                "work_address",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-cafe-is-round2",
            "p24",
            "Café con Elisa (2ª ronda ClinAxis)",
            "20261229T093000",
            "20261229T103000",
            MAD,
            [org("Elisa Marín", "emarin@clinaxis.com"), ME_A],
            "Segunda ronda informal del proceso de CRA en ClinAxis: Elisa, Line Manager de monitores, quiere conocerte "
            "en persona. Invita ella al café :)",
            "Café Federal, Plaza Comendadoras",
            row=Row(1, "ClinAxis", "CRA", "hiring_manager", "emarin@clinaxis.com", "coffee_is_interview"),
        )
    )
    a(
        simple(
            "ical",
            "es-terse-phone",
            "p25",
            "llamada RRHH Grifols 12h (puesto farmacovigilancia)",
            "20261230T120000",
            "20261230T121500",
            MAD,
            [],
            "me llaman ellos",
            row=Row(1, "Grifols", "farmacovigilancia", "recruiter_screen", "", "terse"),
            method="",
        )
    )
    a(
        simple(
            "smartr",
            "es-smartrecruiters-panel",
            "p26",
            "Entrevista panel | Especialista en Información Médica | Carmen Ruiz",
            "20270105T150000",
            "20270105T160000",
            "Europe/Lisbon",
            [
                org("SmartRecruiters", "noreply@smartrecruiters.com"),
                att("Rui Matos", "rui.matos@lusopharma.pt"),
                att("Inês Cardoso", "ines.cardoso@lusopharma.pt"),
                att("Joana Reis (Coordenação)", "recrutamento@lusopharma.pt", NA),
                ME_A,
            ],
            "Hola Carmen, LusoPharma te invita a una entrevista en panel para Especialista en Información Médica "
            "(mercado España, remoto). Panel: Rui Matos (Medical Affairs Lead) e Inês Cardoso (Medical Information "
            "Manager). Joana coordina la agenda.\n" + webex("lusopharma", "2740 118 5521", "Mi7Kq"),
            row=Row(
                1,
                "LusoPharma",
                "Especialista en Información Médica",
                "",
                "rui.matos@lusopharma.pt;ines.cardoso@lusopharma.pt",
                "coordinator",
            ),
        )
    )
    a(
        simple(
            "outlook",
            "es-workday-technical",
            "p27",
            "Entrevista técnica / Clinical Trial Assistant - R-019922",
            "20270107T100000",
            "20270107T110000",
            ROM,
            [
                org("Workday Notificaciones", "sanofi-iberia@myworkday.com"),
                att("Clara Esteve", "clara.esteve@sanova-pharma.com"),
                ME_A,
            ],
            "Entrevista técnica para la requisición R-019922 Clinical Trial Assistant (Barcelona) en Sanova Pharma. "
            "Entrevistadora: Clara Esteve, Clinical Operations Lead.\n" + teams("281 990 004 37", "a9RtXw"),
            row=Row(
                1,
                "Sanova Pharma",
                "Clinical Trial Assistant",
                "technical",
                "clara.esteve@sanova-pharma.com",
                "ats_sender",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-screen-by-employee",
            "p28",
            "Primera toma de contacto - CRC Dermatología",
            "20270108T163000",
            "20270108T170000",
            MAD,
            [org("Irene Solís", "isolis@dermaclinic-trials.es"), ME_A],
            "Hola Carmen, te llamo para la vacante de Clinical Research Coordinator en el servicio de Dermatología. "
            "Media hora, sobre todo motivación y disponibilidad.",
            "Llamada",
            row=Row(
                1,
                "DermaClinic Trials",
                "Clinical Research Coordinator",
                "recruiter_screen",
                "isolis@dermaclinic-trials.es",
            ),
        )
    )
    a(
        simple(
            "lever",
            "es-lever-onsite",
            "p29",
            "Carmen Ruiz - Onsite - Coordinadora de Ensayos (Valencia)",
            "20270112T090000",
            "20270112T120000",
            MAD,
            [
                org("Lever Scheduling", "no-reply@hire.lever.co"),
                att("Vicente Prats", "vprats@genomica-levante.com"),
                att("Amparo Sanchis", "asanchis@genomica-levante.com"),
                att("Aula 2", "aula2@genomica-levante.com", ROOM),
                ME_A,
            ],
            "Genómica Levante te espera en su sede (Parc Científic, Paterna). Entrevistas con Vicente Prats (Director "
            "de I+D clínico) y Amparo Sanchis (Study Manager).",
            "Aula 2, Parc Científic UV, Paterna",
            row=Row(
                1,
                "Genómica Levante",
                "Coordinadora de Ensayos",
                "onsite",
                "vprats@genomica-levante.com;asanchis@genomica-levante.com",
                "room",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-zoom-hiring-manager",
            "p30",
            "Entrevista Responsable MSL – Carmen R.",
            "20270113T110000",
            "20270113T115000",
            MAD,
            [org("Diego Abad", "diego.abad@neurovia.health"), ME_A],
            "Hola Carmen, soy Diego, responsable del equipo médico de Neurovía en España y tu futuro manager si todo "
            "va bien. Charlamos sobre el puesto de Medical Information Associate.\n" + zoom("91277340056", "776120"),
            row=Row(1, "Neurovía", "Medical Information Associate", "hiring_manager", "diego.abad@neurovia.health"),
        )
    )
    a(
        simple(
            "apple",
            "es-private-note-recruiter",
            "p31",
            "Entrevista Parexel (recruiter) - CRA I",
            "20270114T150000",
            "20270114T153000",
            MAD,
            [],
            "Recruiter: Natalia Ortuño. Llamada por Teams, el enlace viene en el correo.",
            row=Row(1, "Parexel", "CRA I", "recruiter_screen", "", "terse"),
            method="",
        )
    )
    a(
        simple(
            "exchange",
            "es-final-panel-res",
            "p32",
            "Entrevista final Comité - Coordinación de Ensayos Clínicos",
            "20270115T160000",
            "20270115T170000",
            ROM,
            [
                org("Selección IIS Aragón", "seleccion@iis-aragon.es"),
                att("Dra. Belén Lasheras", "blasheras@iis-aragon.es"),
                att("Guillermo Ena", "gena@iis-aragon.es"),
                att("Proyector sala juntas", "proyector.sj@iis-aragon.es", RES),
                ME_A,
            ],
            "Convocatoria a la entrevista final del comité de selección de la plaza de Coordinación de Ensayos "
            "Clínicos (convocatoria 14/2026). Miembros del comité: Dra. Lasheras y Guillermo Ena.",
            "Sala de Juntas, IIS Aragón, Zaragoza",
            row=Row(
                1,
                "IIS Aragón",
                "Coordinación de Ensayos Clínicos",
                "final",
                "blasheras@iis-aragon.es;gena@iis-aragon.es",
                "resource",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-remote-pv-screen",
            "p33",
            "Screening call PV Associate – remoto",
            "20270118T100000",
            "20270118T103000",
            MAD,
            [org("Helena Crespo", "helena.crespo@vigilex.io"), ME_A],
            "Carmen, primera llamada para PV Associate (100% remoto, España). Yo me encargo del reclutamiento en "
            "Vigilex.\n" + meet("hjt-qpwn-edk", "551 098 772"),
            row=Row(1, "Vigilex", "PV Associate", "recruiter_screen", "helena.crespo@vigilex.io"),
        )
    )
    a(
        simple(
            "outlook",
            "es-floating-xwr",
            "p34",
            "Entrevista con Roche - Enfermera de ensayos (2ª fase)",
            "20270119T120000",
            "20270119T130000",
            None,
            [org("Gema Rubio", "gema.rubio@roche.com"), ME_A],
            "Segunda fase para Study Nurse. Entrevistadora: Gema Rubio, Clinical Operations Manager.",
            row=Row(1, "Roche", "Enfermera de ensayos", "", "gema.rubio@roche.com", "floating_xwr"),
            head=["X-WR-TIMEZONE:Europe/Madrid", "X-WR-CALNAME:Carmen"],
        )
    )
    a(
        simple(
            "google",
            "es-work-address-hm",
            "p35",
            "Entrevista Jefa de Unidad - Investigación Clínica Sant Pau",
            "20270120T140000",
            "20270120T144500",
            MAD,
            [org("Mireia Vidal", "mvidal@santpau-recerca.cat"), att(*WORK)],
            "Carmen, t'escric en castellà: entrevista con la Jefa de la Unidad de Investigación "
            "Clínica para la plaza de "
            "Study Coordinator. Si no puedes venir, hacemos Teams.",
            "IR Sant Pau, pabellón 18",
            row=Row(
                1, "IR Sant Pau", "Study Coordinator", "hiring_manager", "mvidal@santpau-recerca.cat", "work_address"
            ),
        )
    )
    return out
