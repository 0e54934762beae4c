"""holdout29: Carmen Ruiz's own interviews written in Spanish (CROs, pharma, research hospitals)."""

from __future__ import annotations

from holdout29ev_ics import ME, Built, Row, att, meet, org, simple, teams, zoom

MAD = "Europe/Madrid"
ROM = "Romance Standard Time"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)


def events() -> list[Built]:
    """Given nothing returns the Spanish positive events of the split."""
    out: list[Built] = []
    a = out.append
    a(
        simple(
            "outlook",
            "es-cro-screen-teams",
            "p1",
            "Entrevista telefónica - Coordinadora de Ensayos Clínicos (Madrid)",
            "20261201T100000",
            "20261201T103000",
            ROM,
            [org("Lucía Garrido Peña", "lucia.garrido@ivera-clinical.es"), ME_A],
            "Hola Carmen,\nGracias por tu interés en la posición de Clinical Research Coordinator en nuestra sede de "
            "Madrid. Te propongo una primera conversación de 30 minutos para conocerte y repasar tu experiencia "
            "en planta.\nUn saludo,\nLucía Garrido · Talent Acquisition, Ivera Clinical\n\n"
            + teams("364 112 905 77", "Xk3pQ9", True),
            "Reunión de Microsoft Teams",
            row=Row(
                1,
                "Ivera Clinical",
                "Clinical Research Coordinator",
                "recruiter_screen",
                "lucia.garrido@ivera-clinical.es",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-pv-technical",
            "p2",
            "Prueba técnica farmacovigilancia — Carmen Ruiz",
            "20261202T160000",
            "20261202T170000",
            MAD,
            [
                org("Andrés Vilalta", "avilalta@farmavigil.es"),
                att("Andrés Vilalta", "avilalta@farmavigil.es", NA),
                att("Rocío Benet", "rbenet@farmavigil.es"),
                ME_A,
            ],
            "Carmen, como hablamos: caso práctico de codificación MedDRA y valoración de causalidad de dos "
            "notificaciones espontáneas. Tendrás 40 min y luego lo comentamos con Rocío (responsable QPPV local).\n\n"
            + meet("kqv-trnd-ozp", "118 204 533"),
            row=Row(
                1,
                "FarmaVigil",
                "Técnico de Farmacovigilancia",
                "technical",
                "avilalta@farmavigil.es;rbenet@farmavigil.es",
            ),
        )
    )
    a(
        simple(
            "sf",
            "es-successfactors-hm",
            "p3",
            "Entrevista con responsable de contratación: Medical Information Specialist (Ref. 48213)",
            "20261203T113000",
            "20261203T121500",
            "W. Europe Standard Time",
            [
                org("SuccessFactors Interview Scheduling", "noreply@successfactors.eu"),
                att("Marta Olivares", "marta.olivares@laboratorios-almira.com"),
                ME_A,
            ],
            "Estimada Carmen Ruiz:\nLe confirmamos su entrevista con Marta Olivares, Head of Medical Information "
            "Iberia, para la posición Medical Information Specialist en Laboratorios Almira.\n"
            "Lugar: Av. Diagonal 611, planta 9, Barcelona. Presente su DNI en recepción.\n"
            "Este mensaje se ha generado automáticamente.",
            "Laboratorios Almira - Av. Diagonal 611, Barcelona",
            row=Row(
                1,
                "Laboratorios Almira",
                "Medical Information Specialist",
                "hiring_manager",
                "marta.olivares@laboratorios-almira.com",
                "ats_sender",
            ),
        )
    )
    a(
        simple(
            "infojobs",
            "es-infojobs-screen",
            "p4",
            "Entrevista InfoJobs: Monitora de ensayos junior - Biosalud Research",
            "20261204T093000",
            "20261204T100000",
            MAD,
            [
                org("InfoJobs Agenda", "agenda@infojobs.net"),
                att("Nerea Soto (RRHH Biosalud)", "nsoto@biosalud-research.es"),
                ME_A,
            ],
            "Biosalud Research te ha citado para una entrevista telefónica por tu candidatura a 'Monitora de ensayos "
            "clínicos junior (CRA I)'. Te llamará Nerea Soto al número de tu perfil.\nPuedes "
            "cancelar o cambiar la cita "
            "desde tu área de candidato en InfoJobs.",
            "Llamada telefónica",
            row=Row(
                1,
                "Biosalud Research",
                "Monitora de ensayos clínicos junior (CRA I)",
                "recruiter_screen",
                "nsoto@biosalud-research.es",
                "ats_sender",
            ),
        )
    )
    a(
        simple(
            "apple",
            "es-terse-handtyped",
            "p5",
            "entrevista hosp. la fe - coord. investigación",
            "20261207T090000",
            "20261207T094500",
            None,
            [],
            "llevar cv impreso + títulos. Preguntar por Dra. Ibáñez en Unidad de Ensayos Fase I, torre A",
            "Hospital La Fe, torre A",
            row=Row(1, "Hospital La Fe", "coordinadora de investigación", "", "", "terse_floating"),
            method="",
        )
    )
    a(
        simple(
            "google",
            "es-founder-gmail",
            "p6",
            "Carmen / Nexo Trials - charla con fundador",
            "20261209T180000",
            "20261209T184500",
            MAD,
            [
                org("Íñigo Larrañaga", "inigo.larranaga.nexo@gmail.com"),
                att("Íñigo Larrañaga", "inigo.larranaga.nexo@gmail.com", NA),
                ME_A,
            ],
            "Hola Carmen! Como te dije por LinkedIn, estamos montando el equipo de operaciones clínicas de Nexo Trials "
            "(startup de ensayos descentralizados). Quiero entrevistarte para el puesto de Clinical Trial Coordinator. "
            "Hablamos por Meet.\n" + meet("fpz-wqhu-kdr", "402 991 870"),
            row=Row(
                1,
                "Nexo Trials",
                "Clinical Trial Coordinator",
                "",
                "inigo.larranaga.nexo@gmail.com",
                "free_mail_founder",
            ),
        )
    )
    a(
        simple(
            "outlook",
            "es-agency-names-employer",
            "p7",
            "Entrevista cliente Hays: PharmaNor - Técnica de Farmacovigilancia",
            "20261210T120000",
            "20261210T130000",
            ROM,
            [
                org("Silvia Arranz", "silvia.arranz@hays.es"),
                att("Silvia Arranz", "silvia.arranz@hays.es", NA),
                att("Pau Ferrer", "pau.ferrer@pharmanor.com"),
                att("Elena Mir", "elena.mir@pharmanor.com"),
                ME_A,
            ],
            "Carmen, te reenvío la convocatoria del cliente. Te entrevistarán Pau Ferrer (Drug Safety Manager) y Elena "
            "Mir (PV Officer) de PharmaNor. Yo solo organizo la cita, no estaré conectada.\n"
            + teams("331 870 226 14", "p8Lm2a"),
            row=Row(
                1,
                "PharmaNor",
                "Técnica de Farmacovigilancia",
                "",
                "pau.ferrer@pharmanor.com;elena.mir@pharmanor.com",
                "agency_coordinator",
            ),
        )
    )
    a(
        simple(
            "exchange",
            "es-onsite-room",
            "p8",
            "Jornada presencial - Coordinadora de Estudios Clínicos - Carmen Ruiz",
            "20261211T090000",
            "20261211T133000",
            ROM,
            [
                org("Recruiting Vall Research", "recruiting@vallresearch.cat"),
                att("Jordi Puig", "jpuig@vallresearch.cat"),
                att("Anna Roca", "aroca@vallresearch.cat"),
                att("Sala Montseny (6)", "sala.montseny@vallresearch.cat", ROOM),
                ME_A,
            ],
            "Programa de la mañana:\n09:00 Bienvenida\n09:30 Entrevista con Jordi Puig, Jefe de Operaciones Clínicas\n"
            "10:30 Caso práctico: gestión de visitas y CRD con Anna Roca, Study Coordinator senior\n12:00 Visita a la "
            "unidad\nLa coordinación de agenda la lleva el equipo de Recruiting, que no participa en las entrevistas.",
            "Sala Montseny, Edificio B, Passeig de la Vall d'Hebron 119, Barcelona",
            row=Row(
                1,
                "Vall Research",
                "Coordinadora de Estudios Clínicos",
                "onsite",
                "jpuig@vallresearch.cat;aroca@vallresearch.cat",
                "room",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-final-direccion",
            "p9",
            "Última entrevista con Dirección Médica — Medinfo Iberia",
            "20261214T170000",
            "20261214T174500",
            MAD,
            [
                org("Beatriz Camacho", "bcamacho@medinfo-iberia.es"),
                att("Beatriz Camacho", "bcamacho@medinfo-iberia.es", NA),
                att("Dr. Tomás Quiroga", "tquiroga@medinfo-iberia.es"),
                ME_A,
            ],
            "Carmen, enhorabuena por llegar a la fase final del proceso para Especialista de Información Médica. "
            "Esta última ronda es con el Dr. Quiroga, Director Médico.\n" + zoom("84512267301", "430911"),
            row=Row(
                1,
                "Medinfo Iberia",
                "Especialista de Información Médica",
                "final",
                "bcamacho@medinfo-iberia.es;tquiroga@medinfo-iberia.es",
            ),
        )
    )
    a(
        simple(
            "personio",
            "es-personio-screen",
            "p10",
            "Entrevista: Clinical Research Associate (m/w/d) – Carmen Ruiz",
            "20261215T100000",
            "20261215T103000",
            MAD,
            [
                org("Luisa Herrero via Personio", "no-reply@personio.de"),
                att("Luisa Herrero", "luisa.herrero@cardiotrial.eu"),
                ME_A,
            ],
            "Hola Carmen,\nquedamos en una primera llamada para la vacante Clinical Research Associate en CardioTrial "
            "Europe (oficina de Madrid). Hablaremos de tu experiencia en cardiología y de tu "
            "disponibilidad para viajar.\n"
            "Saludos, Luisa – People & Talent",
            "Teléfono",
            row=Row(
                1,
                "CardioTrial Europe",
                "Clinical Research Associate",
                "recruiter_screen",
                "luisa.herrero@cardiotrial.eu",
                "ats_sender",
            ),
        )
    )
    a(
        simple(
            "calendly",
            "es-calendly-screen",
            "p11",
            "Llamada 20 min: Carmen Ruiz y Sergio Llorente",
            "20261216T123000",
            "20261216T125000",
            "Z",
            [org("Sergio Llorente", "sergio@oncotrials.es"), ME_A],
            "Evento: Entrevista inicial – Coordinador/a de Ensayos Oncología\nInvitado: Carmen Ruiz\n"
            "Empresa: OncoTrials Valencia\nUbicación: Sergio te llamará al +34 6XX XXX 214\n"
            "¿Necesitas cambiar? https://calendly.com/cancellations/3b1f-aa40",
            row=Row(
                1,
                "OncoTrials Valencia",
                "Coordinador/a de Ensayos Oncología",
                "recruiter_screen",
                "sergio@oncotrials.es",
                "calendly",
            ),
        )
    )
    a(
        simple(
            "google",
            "es-allday-assessment",
            "p12",
            "Laboratorios Esteban: jornada de selección MSL junior",
            "20261217",
            "20261218",
            "DATE",
            [org(*ME)],
            "Jornada completa de selección para Medical Science Liaison junior en Laboratorios Esteban: "
            "dinámica de grupo, entrevista con RRHH y entrevista con la jefa de área médica. Todo el día.",
            "Laboratorios Esteban, Sant Cugat",
            row=Row(1, "Laboratorios Esteban", "Medical Science Liaison junior", "onsite", "", "allday_self"),
            method="",
        )
    )
    a(
        simple(
            "outlook",
            "es-hm-direct-employee",
            "p13",
            "Conversación Carmen Ruiz - Unidad de Investigación HM",
            "20261218T083000",
            "20261218T091500",
            ROM,
            [
                org("Pilar Andújar Rey", "pandujar@hmhospitales-inv.es"),
                ME_A,
                att("Javier Núñez", "jnunez@hmhospitales-inv.es", "ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION"),
            ],
            "Buenos días Carmen,\nsoy la supervisora de la Unidad de Investigación Clínica. Me gustaría entrevistarte "
            "para la plaza de Enfermera de Investigación / Study Nurse que tenemos abierta. Javier, coordinador de la "
            "unidad, se unirá si puede.\nUn saludo\n" + teams("291 004 551 80", "ZrT7qe", True),
            row=Row(
                1,
                "HM Hospitales",
                "Enfermera de Investigación / Study Nurse",
                "hiring_manager",
                "pandujar@hmhospitales-inv.es;jnunez@hmhospitales-inv.es",
            ),
        )
    )
    return out
