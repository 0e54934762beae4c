"""holdout85: the user's own interviews, part A (ATS and scheduler templates)."""

from __future__ import annotations

from holdout85ev_ics import (
    EXCHANGE,
    GOOGLE,
    ME,
    ME_CN,
    TZ_BOGOTA,
    TZ_MADRID,
    TZ_MEXICO,
    TZ_NEW_YORK,
    WIN_MEXICO,
    Ev,
    cal,
    desc,
    g_att,
    hexid,
    meet,
    meet_url,
    o_att,
    org,
    teams,
    uuid_like,
    vevent,
    zoom,
)


def _greenhouse_screen() -> Ev:
    uid = f"{hexid('h85-gh1', 26)}@google.com"
    body = (
        "Hi Daniela,\n\nThanks for making time to chat! This is a 30-minute conversation with Kelsey from our "
        "Talent team about the Senior Data Analyst, Marketplace role, your background and what you are "
        "looking for next.\n\nInterviewer: Kelsey Tran (Senior Technical Recruiter)\n\n"
        + meet("en", "h85-gh1")
        + "\n\nThis event was scheduled through Greenhouse. To reschedule, please reply to the email from "
        "recruiting@brightcart.com."
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260210T153000Z", "DTEND:20260210T160000Z", "DTSTAMP:20260204T201144Z",
        org("kelsey.tran@brightcart.com", "Kelsey Tran"), f"UID:{uid}",
        g_att("kelsey.tran@brightcart.com", "Kelsey Tran", "ACCEPTED"), g_att(ME, ME_CN),
        "X-GOOGLE-CONFERENCE:" + meet_url("h85-gh1"),
        "CREATED:20260204T201143Z", desc(body), "LAST-MODIFIED:20260204T201144Z", "LOCATION:", "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Interview: Daniela Castro for Senior Data Analyst\\, Marketplace - Recruiter Screen",
        "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("greenhouse-en", uid, text, 1, "Brightcart", "Senior Data Analyst, Marketplace",
              "recruiter_screen", "kelsey.tran@brightcart.com", "greenhouse-screen-en")


def _greenhouse_sql() -> Ev:
    uid = f"{hexid('h85-gh2', 26)}@google.com"
    body = (
        "Daniela Castro - Senior Data Analyst, Marketplace\n\nSQL Live Exercise (60 min)\n"
        "Interviewers: Marcus Oyelaran, Sofia Lindqvist\n\nYou'll work through a few questions on a sample "
        "orders dataset in a shared CoderPad; any SQL dialect is fine. No prep needed beyond a quiet room.\n\n"
        + zoom("en", "872 3310 9654", "611204")
        + "\n\nScheduled by Jordan Pike (Recruiting Coordinator) via Greenhouse."
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260219T170000Z", "DTEND:20260219T180000Z", "DTSTAMP:20260213T142210Z",
        org("jordan.pike@brightcart.com", "Jordan Pike"), f"UID:{uid}",
        g_att("marcus.oyelaran@brightcart.com", "Marcus Oyelaran"),
        g_att("sofia.lindqvist@brightcart.com", "Sofia Lindqvist"),
        g_att(ME, ME_CN),
        g_att("jordan.pike@brightcart.com", "Jordan Pike", "ACCEPTED", role="OPT-PARTICIPANT"),
        desc(body), "LOCATION:https://brightcart.zoom.us/j/87233109654", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Daniela Castro - SQL Live Exercise (Senior Data Analyst\\, Marketplace)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("greenhouse-en", uid, text, 1, "Brightcart", "Senior Data Analyst, Marketplace", "technical",
              "marcus.oyelaran@brightcart.com;sofia.lindqvist@brightcart.com", "greenhouse-coordinator-en")


def _lever_hm() -> Ev:
    uid = f"lever-interview-{uuid_like('h85-lever1')}"
    body = (
        "Hi Daniela,\n\nYou're confirmed for your interview with Kuenta!\n\n"
        "Position: Analytics Lead, Remittances (Remote - LATAM)\nInterview: Hiring Manager Interview\n"
        "Interviewer: Rafael Duarte, Head of Data\n\n" + zoom("en", "815 0042 7781", "kuenta")
        + "\n\nIf you need to reschedule, reply to Gabriela Soto (gabriela.soto@kuenta.com).\n\n"
        "Sent via Lever"
    )
    text = cal("-//Lever//Lever Interview Scheduling//EN", TZ_NEW_YORK, vevent(
        f"UID:{uid}", "DTSTAMP:20260211T133000Z",
        "DTSTART;TZID=America/New_York:20260217T100000", "DTEND;TZID=America/New_York:20260217T104500",
        "SUMMARY:Daniela Castro <> Kuenta: Hiring Manager Interview (Analytics Lead)",
        org("gabriela.soto@kuenta.com", "Gabriela Soto"),
        "ATTENDEE;CN=Rafael Duarte;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:rafael.duarte@kuenta.com",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:Zoom", desc(body), "STATUS:CONFIRMED", "SEQUENCE:0",
    ), method="REQUEST")
    return Ev("lever-en", uid, text, 1, "Kuenta", "Analytics Lead, Remittances", "hiring_manager",
              "rafael.duarte@kuenta.com", "lever-hm-en")


def _lever_phone_es() -> Ev:
    uid = f"lever-interview-{uuid_like('h85-lever2')}"
    body = (
        "Hola Daniela,\n\nGracias por tu interés en Kuenta. Te confirmo la llamada inicial para la posición "
        "Analytics Lead, Remittances.\n\nTipo: llamada telefónica (20 min)\nTe llamaré al +57 310 482 7716.\n"
        "Con: Gabriela Soto, Talent Partner LATAM\n\nSaludos,\nGabriela\n\nEnviado vía Lever"
    )
    text = cal("-//Lever//Lever Interview Scheduling//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260203T211500Z",
        "DTSTART:20260206T140000Z", "DTEND:20260206T142000Z",
        "SUMMARY:Llamada inicial - Daniela Castro (Kuenta)",
        org("gabriela.soto@kuenta.com", "Gabriela Soto"),
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:Llamada telefónica: +57 310 482 7716", desc(body), "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("lever-es", uid, text, 1, "Kuenta", "Analytics Lead, Remittances", "recruiter_screen",
              "gabriela.soto@kuenta.com", "phone-screen-es")


def _ashby_case() -> Ev:
    uid = f"{uuid_like('h85-ashby1')}@ashbyhq.com"
    body = (
        "Paywise Technical Interview: Product Analytics Case\n\nCandidate: Daniela Castro\n"
        "Role: Product Analyst II (Remote, Americas)\n\nSchedule (all times Eastern):\n"
        "11:00 AM - 12:00 PM  Product Analytics Case with Nora Feld and Ibrahim Haddad\n\n"
        "Join Google Meet: " + meet_url("h85-ashby1")
        + "\n\nWe'll share a short dataset at the start; please have a spreadsheet or notebook ready.\n\n"
        "Coordinated by Paywise Recruiting · Powered by Ashby"
    )
    text = cal("-//Ashby//Ashby Scheduling//EN", TZ_NEW_YORK, vevent(
        f"UID:{uid}", "DTSTAMP:20260302T160012Z",
        "DTSTART;TZID=America/New_York:20260309T110000", "DTEND;TZID=America/New_York:20260309T120000",
        "SUMMARY:Paywise Technical Interview: Product Analytics Case (Daniela Castro)",
        org("recruiting@paywise.io", "Paywise Recruiting"),
        g_att("nora.feld@paywise.io", "Nora Feld"), g_att("ibrahim.haddad@paywise.io", "Ibrahim Haddad"),
        g_att(ME, ME_CN), "LOCATION:" + meet_url("h85-ashby1"), desc(body), "SEQUENCE:0",
    ), method="REQUEST")
    return Ev("ashby-en", uid, text, 1, "Paywise", "Product Analyst II", "technical",
              "nora.feld@paywise.io;ibrahim.haddad@paywise.io", "ashby-case-en")


def _workday_es() -> Ev:
    uid = f"WD-INTERVIEW-{hexid('h85-wd1', 12, True)}@lasabana.wd3.myworkdayjobs.com"
    body = (
        "Estimada Daniela Castro:\n\nAlmacenes La Sabana S.A. la invita a una entrevista para el cargo "
        "Analista de Inteligencia de Negocios (REQ-20417).\n\nEntrevista con: Liliana Moreno Arbeláez, "
        "Gerente de Inteligencia Comercial\nModalidad: virtual (Microsoft Teams)\nDuración: 45 minutos\n\n"
        "Por favor tenga a mano su documento de identidad. Si no puede asistir, responda a este mensaje "
        "con al menos 24 horas de anticipación.\n\nCordialmente,\nGestión del Talento – Almacenes La Sabana\n\n"
        + teams("es", "h85-wd1")
    )
    text = cal("-//Workday//Recruiting Interview//ES", TZ_BOGOTA, vevent(
        f"UID:{uid}", "DTSTAMP:20260216T152233Z", "SEQUENCE:0",
        "DTSTART;TZID=America/Bogota:20260224T100000", "DTEND;TZID=America/Bogota:20260224T104500",
        "SUMMARY:Entrevista - Analista de Inteligencia de Negocios (REQ-20417) - Daniela Castro",
        org("seleccion@lasabana.com.co", "Gestión del Talento Almacenes La Sabana"),
        'ATTENDEE;CN="Moreno Arbeláez, Liliana";ROLE=REQ-PARTICIPANT:mailto:lmoreno@lasabana.com.co',
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:Microsoft Teams", desc(body),
    ), method="REQUEST")
    return Ev("workday-es", uid, text, 1, "Almacenes La Sabana", "Analista de Inteligencia de Negocios",
              "hiring_manager", "lmoreno@lasabana.com.co", "workday-es-quoted-cn")


def _smartrecruiters_es() -> Ev:
    uid = f"{uuid_like('h85-sr1')}@smartrecruiters.com"
    body = (
        "Hola Daniela,\n\nGracias por postularte a Analista de Revenue Management en Cervecería Andes del "
        "Norte. Te invitamos a una entrevista por video con nuestro equipo de Atracción de Talento.\n\n"
        "Duración: 30 minutos\nEntrevistadora: Paola Quintana\n\n" + meet("es", "h85-sr1")
        + "\n\n¿Necesitas cambiar la hora? Usa el enlace de tu correo de confirmación.\n\n"
        "Este evento fue programado con SmartRecruiters."
    )
    text = cal("-//SmartRecruiters//Interview Scheduler//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260205T181500Z",
        "DTSTART:20260212T143000Z", "DTEND:20260212T150000Z",
        "SUMMARY:Entrevista por video – Analista de Revenue Management | CAN",
        org("no-reply@smartrecruiters.com", "Cervecería Andes del Norte"),
        "ATTENDEE;CN=Paola Quintana;ROLE=REQ-PARTICIPANT:mailto:paola.quintana@can.com.co",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        desc(body), "LOCATION:Google Meet", "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("smartrecruiters-es", uid, text, 1, "Cervecería Andes del Norte", "Analista de Revenue Management",
              "recruiter_screen", "paola.quintana@can.com.co", "smartrecruiters-es-abbrev")


def _personio_es() -> Ev:
    uid = f"personio-{hexid('h85-pers1', 20)}@cuadrante.jobs.personio.de"
    body = (
        "Hola Daniela:\n\nTe confirmamos la entrevista técnica para la posición Data Analyst (Remoto LATAM) en "
        "Cuadrante Pagos.\n\nParticipan: Álvaro Pizarro (Data Lead) y Nerea Gil (Analytics Engineer).\n"
        "Formato: 60 minutos, ejercicio práctico de SQL y preguntas sobre métricas de pagos.\n\n"
        "Enlace: https://meet.google.com/kqa-vbnw-rst\n\nUn saludo,\nEquipo de Personas · Cuadrante Pagos S.L.\n"
        "(enviado con Personio)"
    )
    text = cal("-//Personio GmbH//Personio Recruiting//DE", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260220T090512Z",
        "DTSTART;TZID=Europe/Madrid:20260226T170000", "DTEND;TZID=Europe/Madrid:20260226T180000",
        "SUMMARY:Entrevista técnica – Data Analyst (Remoto LATAM) – Cuadrante Pagos",
        org("jobs@cuadrante.es", "Cuadrante Pagos"),
        "ATTENDEE;CN=Álvaro Pizarro;ROLE=REQ-PARTICIPANT:mailto:alvaro.pizarro@cuadrante.es",
        "ATTENDEE;CN=Nerea Gil;ROLE=REQ-PARTICIPANT:mailto:nerea.gil@cuadrante.es",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://meet.google.com/kqa-vbnw-rst", desc(body),
    ), method="REQUEST")
    return Ev("personio-es", uid, text, 1, "Cuadrante Pagos", "Data Analyst", "technical",
              "alvaro.pizarro@cuadrante.es;nerea.gil@cuadrante.es", "personio-es-madrid")


def _teamtailor_es() -> Ev:
    uid = f"teamtailor-meeting-{hexid('h85-tt1', 16)}"
    body = (
        "¡Hola Daniela!\n\nQué ganas de conocerte. Esta es tu entrevista con Marta Ferrer, responsable del "
        "equipo de Datos, para la vacante Analista de Datos – Operaciones.\n\nSerá una charla de 45 minutos "
        "sobre tu experiencia y cómo trabajamos en Huerta Viva.\n\n" + meet("es", "h85-tt1")
        + "\n\nReservado con Teamtailor"
    )
    text = cal("-//Teamtailor//Meetings//EN", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260303T101010Z",
        "DTSTART;TZID=Europe/Madrid:20260310T160000", "DTEND;TZID=Europe/Madrid:20260310T164500",
        "SUMMARY:Daniela Castro / Marta Ferrer – Analista de Datos – Operaciones",
        org("marta.ferrer@huertaviva.es", "Marta Ferrer"),
        "ATTENDEE;CN=Marta Ferrer;PARTSTAT=ACCEPTED:mailto:marta.ferrer@huertaviva.es",
        f"ATTENDEE;CN={ME_CN};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        desc(body), "LOCATION:Google Meet",
    ), method="REQUEST")
    return Ev("teamtailor-es", uid, text, 1, "Huerta Viva", "Analista de Datos – Operaciones", "hiring_manager",
              "marta.ferrer@huertaviva.es", "teamtailor-es-company-in-body")


def _successfactors_es() -> Ev:
    uid = f"SFIS-{hexid('h85-sf1', 24, True)}"
    body = (
        "Estimada candidata,\n\nLe confirmamos su entrevista para la requisición 4471 – Analista de Datos "
        "Comerciales, Bebidas del Valle de México.\n\nEntrevistador: Lic. Jorge Villaseñor, Gerente de "
        "Planeación Comercial\nCoordinadora: Karla Estrada (Atracción de Talento)\n\n" + teams("es", "h85-sf1")
        + "\n\nEste mensaje fue generado por SAP SuccessFactors Interview Scheduling."
    )
    text = cal("-//SAP SuccessFactors//Interview Scheduling//EN", WIN_MEXICO, vevent(
        f"UID:{uid}", "DTSTAMP:20260224T220000Z",
        "DTSTART;TZID=Central Standard Time (Mexico):20260303T090000",
        "DTEND;TZID=Central Standard Time (Mexico):20260303T100000",
        "SUMMARY:Entrevista: Analista de Datos Comerciales - Daniela Castro",
        org("karla.estrada@bebidasdelvalle.com.mx", "Estrada, Karla"),
        o_att("jorge.villasenor@bebidasdelvalle.com.mx", "Villaseñor, Jorge"),
        o_att(ME, ME_CN),
        "LOCATION:Reunión de Microsoft Teams", desc(body), "PRIORITY:5", "CLASS:PUBLIC",
    ), method="REQUEST")
    return Ev("successfactors-es", uid, text, 1, "Bebidas del Valle", "Analista de Datos Comerciales",
              "hiring_manager", "jorge.villasenor@bebidasdelvalle.com.mx", "successfactors-es-windows-zone")


def _smartrecruiters_envialo() -> Ev:
    uid = f"{uuid_like('h85-sr2')}@smartrecruiters.com"
    body = (
        "Hola Daniela,\n\nTu siguiente paso en el proceso de Envíalo para Analista de Datos de Operaciones "
        "(Monterrey / remoto) es una entrevista con el gerente del área, Héctor Garza.\n\n"
        + zoom("es", "836 5120 4471", "ENV2026")
        + "\n\n¡Mucho éxito!\nTalento Envíalo"
    )
    text = cal("-//SmartRecruiters//Interview Scheduler//EN", TZ_MEXICO, vevent(
        f"UID:{uid}", "DTSTAMP:20260310T170000Z",
        "DTSTART;TZID=America/Mexico_City:20260317T113000", "DTEND;TZID=America/Mexico_City:20260317T121500",
        "SUMMARY:Entrevista con gerente de área – Analista de Datos de Operaciones",
        org("talento@envialo.mx", "Talento Envíalo"),
        "ATTENDEE;CN=Héctor Garza;ROLE=REQ-PARTICIPANT:mailto:hector.garza@envialo.mx",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        desc(body), "LOCATION:Zoom",
    ), method="REQUEST")
    return Ev("smartrecruiters-es", uid, text, 1, "Envíalo", "Analista de Datos de Operaciones", "hiring_manager",
              "hector.garza@envialo.mx", "smartrecruiters-es-mx")


def _goodtime_onsite() -> Ev:
    uid = f"gt-{hexid('h85-gt1', 24)}@goodtime.io"
    body = (
        "Virtual Onsite - Daniela Castro - Senior Analyst, Credit Risk\n\n"
        "Hi Daniela, here is your schedule for Thursday (Eastern Time):\n\n"
        "12:00 - 12:45  Risk Modeling Deep Dive - Priya Raman\n"
        "12:45 - 13:30  SQL & Data Quality - Tom Becker\n"
        "13:30 - 13:45  Break\n"
        "13:45 - 14:30  Stakeholder Case - Alicia Moreno (Director, Credit Strategy)\n\n"
        "Your coordinator, Dana Whitfield, will stay in the room for the first minutes to check your audio "
        "and video, then leave.\n\n" + zoom("en", "921 7730 0188", "LUMEN1")
        + "\n\nScheduled with GoodTime on behalf of Lumen Credit."
    )
    text = cal("-//GoodTime.io//GoodTime Hire//EN", TZ_NEW_YORK, vevent(
        f"UID:{uid}", "DTSTAMP:20260318T150000Z",
        "DTSTART;TZID=America/New_York:20260326T120000", "DTEND;TZID=America/New_York:20260326T143000",
        "SUMMARY:Virtual Onsite: Daniela Castro - Senior Analyst\\, Credit Risk",
        org("dana.whitfield@lumencredit.com", "Dana Whitfield"),
        g_att("priya.raman@lumencredit.com", "Priya Raman"), g_att("tom.becker@lumencredit.com", "Tom Becker"),
        g_att("alicia.moreno@lumencredit.com", "Alicia Moreno"), g_att(ME, ME_CN),
        g_att("dana.whitfield@lumencredit.com", "Dana Whitfield", "ACCEPTED", role="NON-PARTICIPANT"),
        "LOCATION:Zoom (link in description)", desc(body),
    ), method="REQUEST")
    return Ev("goodtime-en", uid, text, 1, "Lumen Credit", "Senior Analyst, Credit Risk", "onsite",
              "priya.raman@lumencredit.com;tom.becker@lumencredit.com;alicia.moreno@lumencredit.com",
              "goodtime-onsite-coordinator-en")


def _exchange_cancel() -> Ev:
    uid = "040000008200E00074C5B7101A82E00800000000" + hexid("h85-cancel1", 72, True)
    body = (
        "Buenos días Daniela,\n\nLe informamos que la entrevista técnica programada para el jueves se "
        "cancela porque el entrevistador estará en comité. Le escribiremos para proponer una nueva fecha.\n\n"
        "Cordialmente,\nNatalia Cifuentes\nAnalista de Gestión Humana – Seguros Alameda S.A."
    )
    text = cal(EXCHANGE, vevent(
        org("ncifuentes@segurosalameda.co", "Cifuentes, Natalia"),
        o_att(ME, ME_CN),
        o_att("jvalencia@segurosalameda.co", "Valencia Ruiz, Julián"),
        desc(body), "UID:" + uid,
        "SUMMARY;LANGUAGE=es-CO:Cancelado: Entrevista técnica – Analista de Datos Actuariales",
        "DTSTART:20260305T140000Z", "DTEND:20260305T150000Z", "CLASS:PUBLIC", "PRIORITY:1",
        "DTSTAMP:20260303T223112Z", "TRANSP:TRANSPARENT", "STATUS:CANCELLED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=es-CO:Microsoft Teams", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "X-MICROSOFT-CDO-IMPORTANCE:2",
    ), method="CANCEL")
    return Ev("cancelled-es", uid, text, 1, "Seguros Alameda", "Analista de Datos Actuariales", "technical",
              "jvalencia@segurosalameda.co", "cancelled-method-cancel-es")


def events() -> list[Ev]:
    return [
        _greenhouse_screen(), _greenhouse_sql(), _lever_hm(), _lever_phone_es(), _ashby_case(), _workday_es(),
        _smartrecruiters_es(), _personio_es(), _teamtailor_es(), _successfactors_es(), _smartrecruiters_envialo(),
        _goodtime_onsite(), _exchange_cancel(),
    ]
