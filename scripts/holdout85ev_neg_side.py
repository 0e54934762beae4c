"""holdout85 negatives: the user on the hiring side at Banco Andino (part 1)."""

from __future__ import annotations

from holdout85ev_ics import (
    APPLE,
    ME_CN,
    OUTLOOK,
    OUTLOOK_TAIL,
    WIN_BOGOTA,
    WORK,
    Ev,
    alt_html,
    cal,
    desc,
    hexid,
    o_att,
    org,
    outlook_uid,
    teams,
    uuid_like,
    vevent,
)

ME_O = "Castro Rodríguez, Daniela"


def _o(seed: str, start: str, end: str, summary: str, organizer: str, attendees: list[str], body: str,
       location: str = "Reunión de Microsoft Teams", method: str = "REQUEST", extra: tuple[str, ...] = (),
       video: bool = True) -> tuple[str, str]:
    uid = outlook_uid(seed)
    full = body + ("\n\n" + teams("es", seed) if video else "")
    text = cal(OUTLOOK, WIN_BOGOTA, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260210T150000Z", f"UID:{uid}",
        f"DTSTART;TZID=SA Pacific Standard Time:{start}", f"DTEND;TZID=SA Pacific Standard Time:{end}",
        f"SUMMARY;LANGUAGE=es-CO:{summary}", organizer, *attendees, f"LOCATION;LANGUAGE=es-CO:{location}",
        desc(full), alt_html(full), *extra, *OUTLOOK_TAIL,
    ), method=method)
    return uid, text


def _workday_interviewer() -> Ev:
    uid = f"WD-INTERVIEW-{hexid('h85-bawd1', 12, True)}@bancoandino.wd5.myworkday.com"
    body = (
        "Usted ha sido asignado(a) como entrevistador(a).\n\nCandidato: Juliana Ortiz Meneses\n"
        "Requisición: REQ-3391 Analista de Datos Junior – Vicepresidencia de Analítica\n"
        "Tipo de entrevista: Técnica (SQL)\nGuía de entrevista y formulario de evaluación: disponibles en su "
        "bandeja de Workday.\n\nPor favor registre su evaluación dentro de las 24 horas siguientes.\n\n"
        "Gestión Humana – Banco Andino"
    )
    text = cal("-//Workday//Recruiting Interview//ES", vevent(
        f"UID:{uid}", "DTSTAMP:20260212T140000Z", "DTSTART:20260217T150000Z", "DTEND:20260217T160000Z",
        "SUMMARY:Entrevista: Juliana Ortiz Meneses – Analista de Datos Junior (REQ-3391)",
        org("seleccion@bancoandino.com.co", "Selección Banco Andino"),
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{WORK}",
        "ATTENDEE;CN=Hernán Vargas;ROLE=REQ-PARTICIPANT:mailto:hvargas@bancoandino.com.co",
        "LOCATION:Sala 7B – Torre Andino", desc(body),
    ), method="REQUEST")
    return Ev("workday-es", uid, text, 0, trap="user-as-interviewer-workday-es")


def _intern_direct() -> Ev:
    uid, text = _o(
        "h85-ba-intern1", "20260219T100000", "20260219T104500",
        "Entrevista práctica profesional – Santiago Bernal (Estadística\\, U. Nacional)",
        org(WORK, ME_O),
        [o_att("santiago.bernal.est@gmail.com", "Santiago Bernal"),
         o_att("mlopezg@bancoandino.com.co", "López Gaitán, Mónica", role="OPT-PARTICIPANT")],
        "Hola Santiago,\n\nTe confirmo la entrevista para la práctica profesional en el equipo de Analítica "
        "de Clientes. Hablaremos de tu experiencia con R/Python y haremos un ejercicio corto de SQL.\n\n"
        "Saludos,\nDaniela Castro\nAnalista de Datos – Banco Andino",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-intern-freemail-es")


def _scorecard_block() -> Ev:
    uid = uuid_like("h85-ba-score1", upper=True)
    text = cal(APPLE, vevent(
        "CREATED:20260220T010101Z", "DTSTAMP:20260220T010101Z", f"UID:{uid}",
        "DTSTART;TZID=America/Bogota:20260220T170000", "DTEND;TZID=America/Bogota:20260220T173000",
        "SUMMARY:Diligenciar scorecards – candidatos Analista BI (3)",
        "DESCRIPTION:Juliana O.\\, Mateo R.\\, Laura P. Subir a Workday antes del lunes",
        "SEQUENCE:0", "TRANSP:OPAQUE",
    ), head=("CALSCALE:GREGORIAN",))
    return Ev("ios-es", uid, text, 0, trap="user-as-interviewer-scorecard-es")


def _debrief() -> Ev:
    uid, text = _o(
        "h85-ba-debrief1", "20260224T160000", "20260224T163000",
        "Debrief panel – vacante Científico de Datos Sr.",
        org("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo"),
        [o_att(WORK, ME_O), o_att("hvargas@bancoandino.com.co", "Vargas, Hernán"),
         o_att("ltorres@bancoandino.com.co", "Torres, Luisa (Gestión Humana)")],
        "Equipo, revisemos las evaluaciones de los tres finalistas y tomemos decisión. Traigan el formato de "
        "evaluación diligenciado.\n\nRicardo",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-debrief-es")


def _panel_candidate() -> Ev:
    uid, text = _o(
        "h85-ba-panel1", "20260226T090000", "20260226T101500",
        "Panel de selección: Camila Duarte – Analista de Riesgo",
        org("ltorres@bancoandino.com.co", "Torres, Luisa"),
        [o_att(WORK, ME_O), o_att("rcaicedo@bancoandino.com.co", "Caicedo Mora, Ricardo"),
         o_att("camiladuarte93@hotmail.com", "Camila Duarte"),
         o_att("Sala5A.TorreAndino@bancoandino.com.co", "Sala 5A Torre Andino", role="NON-PARTICIPANT",
               cutype="ROOM")],
        "Buenos días,\n\nConvoco al panel de selección para la candidata Camila Duarte (vacante Analista de "
        "Riesgo de Crédito). Daniela evaluará la parte técnica y Ricardo la de negocio. La candidata asiste "
        "presencial.\n\nLuisa Torres\nGestión Humana",
        location="Sala 5A Torre Andino", video=False,
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-panel-candidate-hotmail-es")


def _shadowing() -> Ev:
    uid, text = _o(
        "h85-ba-shadow1", "20260303T110000", "20260303T120000",
        "Shadowing: entrevista técnica Analista Jr. (Daniela acompaña a Hernán)",
        org("hvargas@bancoandino.com.co", "Vargas, Hernán"), [o_att(WORK, ME_O)],
        "Daniela, para tu formación como entrevistadora: acompáñame en esta entrevista, solo observas y al "
        "final comparamos notas. El candidato no sabe de la invitación, entra por el otro enlace.\n\nHernán",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-shadowing-es")


def _calendly_host() -> Ev:
    uid = f"{uuid_like('h85-ba-cal1')}@calendly.com"
    body = (
        "Invitee: Mariana López\nInvitee Email: mariana.lopez.est@gmail.com\n\nEvent Date/Time: 10:00am - "
        "10:30am (America/Bogota) on Thursday, March 5, 2026\n\nQuestions:\n¿Universidad y semestre?: "
        "Universidad de los Andes, 9.º semestre Ingeniería Industrial\n\nEntrevista practicantes 2026-1 "
        "(30 min)\n\nPowered by Calendly.com"
    )
    text = cal("-//Calendly//Calendly//EN", vevent(
        f"UID:{uid}", "DTSTAMP:20260227T180000Z", "DTSTART:20260305T150000Z", "DTEND:20260305T153000Z",
        "SUMMARY:Mariana López and Daniela Castro",
        org(WORK, ME_CN),
        f"ATTENDEE;CN={ME_CN};PARTSTAT=ACCEPTED:mailto:{WORK}",
        "ATTENDEE;CN=Mariana López;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:mariana.lopez.est@gmail.com",
        "LOCATION:Microsoft Teams", desc(body), "STATUS:CONFIRMED",
    ), method="REQUEST")
    return Ev("calendly-es", uid, text, 0, trap="user-as-interviewer-calendly-host-es")


def _agency_candidate() -> Ev:
    uid = f"{hexid('h85-ba-agency1', 26)}@google.com"
    body = (
        "Daniela, como acordamos le presento a nuestro candidato Felipe Moreno para la vacante de Analista "
        "BI de su equipo. Adjunto hoja de vida e informe de la entrevista por competencias.\n\n"
        "Enlace: https://meet.google.com/hvt-qpzs-ojm\n\nCordialmente,\nAndrés Quiroga\n"
        "Consultor – Talentum Andina"
    )
    text = cal("-//Google Inc//Google Calendar 70.9054//EN", vevent(
        "DTSTART:20260306T190000Z", "DTEND:20260306T194500Z", "DTSTAMP:20260303T160000Z",
        org("andres.quiroga@talentumandina.com", "Andrés Quiroga"), f"UID:{uid}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME_CN}:mailto:{WORK}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Felipe Moreno:"
        "mailto:felipemoreno.bi@outlook.com",
        desc(body), "LOCATION:https://meet.google.com/hvt-qpzs-ojm", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista candidato Felipe Moreno (Talentum) – Analista BI Banco Andino", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("agency-es", uid, text, 0, trap="user-as-interviewer-agency-sends-candidate-es")


def _bilingual_en() -> Ev:
    uid, text = _o(
        "h85-ba-biling1", "20260310T140000", "20260310T144500",
        "Interview – Ana María Gil – Data Analyst (Bilingual\\, Miami desk)",
        org(WORK, ME_O),
        [o_att("anamaria.gil@yahoo.com", "Ana María Gil"),
         o_att("kwhite@bancoandino.com.co", "White, Kevin")],
        "Hi Ana María,\n\nThank you for applying. Kevin (Miami desk) and I will interview you in English for "
        "about 45 minutes: your experience, a short SQL question and your questions for us.\n\nBest "
        "regards,\nDaniela Castro\nData Analyst – Banco Andino",
    )
    return Ev("outlook-en", uid, text, 0, trap="user-as-interviewer-en-freemail-candidate")


def _handtyped_note() -> Ev:
    uid = uuid_like("h85-ba-note1", upper=True)
    text = cal(APPLE, vevent(
        "CREATED:20260309T123000Z", "DTSTAMP:20260309T123000Z", f"UID:{uid}",
        "DTSTART;TZID=America/Bogota:20260311T080000", "DTEND;TZID=America/Bogota:20260311T083000",
        "SUMMARY:entrevistar a Valentina R. (practicante) sala 4B", "DESCRIPTION:imprimir hv + prueba excel",
        "SEQUENCE:0",
    ), head=("CALSCALE:GREGORIAN",))
    return Ev("ios-es", uid, text, 0, trap="user-as-interviewer-handtyped-es")


def _sql_test_she_runs() -> Ev:
    uid, text = _o(
        "h85-ba-sql1", "20260312T150000", "20260312T160000",
        "Prueba SQL en vivo – candidato Andrés Beltrán (Analista de Datos Jr.)",
        org("ltorres@bancoandino.com.co", "Torres, Luisa"),
        [o_att(WORK, ME_O), o_att("andresbeltran.datos@gmail.com", "Andrés Beltrán")],
        "Daniela, te agendo la prueba técnica del candidato Andrés Beltrán. Tú la conduces; el banco de "
        "preguntas está en la carpeta compartida de Selección.\n\nLuisa",
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-sql-test-es")


def _campus_fair() -> Ev:
    uid, text = _o(
        "h85-ba-fair1", "20260313T090000", "20260313T130000",
        "Entrevistas rápidas – Feria de Prácticas Uniandes (stand Banco Andino)",
        org("ltorres@bancoandino.com.co", "Torres, Luisa"),
        [o_att(WORK, ME_O), o_att("hvargas@bancoandino.com.co", "Vargas, Hernán")],
        "Hola equipo, les agradezco acompañarnos en la feria. Cada uno hará entrevistas de 10 minutos a "
        "estudiantes interesados en las prácticas de Analítica. Llevar formato de preselección impreso.",
        location="Universidad de los Andes – Bloque SD\\, primer piso", video=False,
    )
    return Ev("outlook-es", uid, text, 0, trap="user-as-interviewer-campus-fair-es")


def _cancelled_intern() -> Ev:
    uid, text = _o(
        "h85-ba-cancel1", "20260317T100000", "20260317T103000",
        "Cancelado: Entrevista practicante – Isabela Cruz",
        org(WORK, ME_O), [o_att("isabela.cruz.r@gmail.com", "Isabela Cruz")],
        "Hola Isabela, debo cancelar nuestra entrevista de mañana; te escribo para proponer otra fecha.\n"
        "Daniela",
        method="CANCEL", extra=("STATUS:CANCELLED", "SEQUENCE:1"), video=False,
    )
    return Ev("cancelled-es", uid, text, 0, trap="user-as-interviewer-cancelled-es")


def events() -> list[Ev]:
    return [
        _workday_interviewer(), _intern_direct(), _scorecard_block(), _debrief(), _panel_candidate(),
        _shadowing(), _calendly_host(), _agency_candidate(), _bilingual_en(), _handtyped_note(),
        _sql_test_she_runs(), _campus_fair(), _cancelled_intern(),
    ]

