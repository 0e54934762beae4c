"""holdout83 negatives: the user on the hiring side at Codeacademia (admission interviews, TA hiring), part 1."""

from __future__ import annotations

from holdout83ev_ics import USER_WORK, Ev, T, att, cal, desc, meet, meet_link, org

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
BA = "America/Argentina/Buenos_Aires"
DOM = "codeacademia-ba.com.ar"


def _g(uid: str, start: str, end: str, summary: str, text: str, people: list[str], *, organizer: str,
       stamp: str, location: str = "", conf: str = "", extra: tuple[str, ...] = ()) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:{start}",
        f"DTEND;TZID={BA}:{end}",
        f"DTSTAMP:{stamp}",
    ]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += people
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [f"CREATED:{stamp}", desc(text), f"LAST-MODIFIED:{stamp}", f"LOCATION:{location}", "SEQUENCE:0",
              "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", *extra, "END:VEVENT"]
    return lines


def admission_calendly_host() -> Ev:
    uid = "f5a8c1e3-72b9-4d06-a4e8-19c7b3d52f60"
    text = T("""
        Nombre del evento: Entrevista de admisión – Bootcamp Full Stack (turno noche)

        Ubicación: Esta es una conferencia web de Google Meet.
        https://meet.google.com/cda-hqzr-wvn

        Preguntas: ¿Por qué querés estudiar programación?
        Trabajo en un call center hace 3 años y quiero cambiar de carrera. Hice el curso gratuito de JS de
        la Ciudad.

        ¿Necesitás hacer cambios en este evento?
        Cancelar: https://calendly.com/cancellations/f5a8c1e3-72b9-4d06-a4e8-19c7b3d52f60
        Reprogramar: https://calendly.com/reschedulings/f5a8c1e3-72b9-4d06-a4e8-19c7b3d52f60

        Con la tecnología de Calendly.com
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250310T231502Z",
        "DTSTART:20250312T213000Z",
        "DTEND:20250312T215000Z",
        "SUMMARY:Entrevista de admisión – Bootcamp Full Stack (turno noche) entre Valentina Ríos y Lucas Benítez",
        f"UID:{uid}",
        desc(text),
        "LOCATION:https://meet.google.com/cda-hqzr-wvn",
        org(USER_WORK, "Valentina Ríos"),
        att("lucas.benitez.dev@hotmail.com", "Lucas Benítez", ps="ACCEPTED", rsvp=None, style="plain"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calendly", uid, cal(body, prodid="-//Calendly//Calendly Scheduling//EN"), 0,
              trap="user-as-interviewer-admission-calendly-host-es")


def admission_freemail() -> Ev:
    uid = "3ov9k1md7qe5t2bn0sl8hc4rja@google.com"
    text = T(f"""
        ¡Hola Camila! Te paso el link para la entrevista de admisión al Full Stack nocturno.

        Son 20 minutos: charlamos sobre tus motivaciones y disponibilidad horaria, y hacemos un ejercicio de
        lógica cortito (no hace falta saber programar). Cualquier cosa me escribís por acá.

        Vale – Equipo de Admisiones, Codeacademia

        {meet("es", "adm-camila")}
        """)
    people = [att("camila.ortiz.2001@gmail.com", "camila.ortiz.2001@gmail.com"),
              att(USER_WORK, "Valentina Ríos", ps="ACCEPTED")]
    body = _g(uid, "20250317T190000", "20250317T192000", "Entrevista admisión – Full Stack nocturno – Camila Ortiz",
              text, people, organizer=org(USER_WORK, "Valentina Ríos"), stamp="20250314T152233Z",
              conf=meet_link("adm-camila"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-admission-freemail-es")


def ta_teamtailor_panel() -> Ev:
    uid = "tt-meeting-5e07a9c3-14b8-4f2d-9a61-c8e3b0d7f245@teamtailor.com"
    text = T("""
        Hola Valentina,

        Fuiste agregada como entrevistadora en esta entrevista.

        Candidato: Tomás Aguirre
        Puesto: Teaching Assistant – Frontend (cohorte agosto)
        Entrevistadores: Ana Bustos, Valentina Ríos

        Antes de la entrevista revisá el CV y el kit de entrevista. Después, completá la scorecard en Teamtailor
        dentro de las 24 h: https://app.teamtailor.com/companies/codeacademia/jobs/412/candidates/88213

        Videollamada: https://app.teamtailor.com/meetings/v/TA-4JX9
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250402T141707Z",
        "DTSTART:20250408T210000Z",
        "DTEND:20250408T214500Z",
        "SUMMARY:Entrevista: Tomás Aguirre – Teaching Assistant Frontend (cohorte agosto)",
        desc(text),
        "LOCATION:https://app.teamtailor.com/meetings/v/TA-4JX9",
        org("no-reply@teamtailor-mail.com", "Codeacademia"),
        att(USER_WORK, "Valentina Ríos", style="plain"),
        att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED", style="plain"),
        att("tomas.aguirre.ok@gmail.com", "Tomás Aguirre", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("teamtailor", uid, cal(body, prodid="-//Teamtailor//Teamtailor Meetings//EN"), 0,
              trap="user-as-interviewer-teamtailor-panel-es")


def scorecard_block() -> Ev:
    uid = "8tr2n6vj0mk4q9ch1ea5sb3lod@google.com"
    text = "Teamtailor > Tomás Aguirre > Scorecard. Ojo: comunicación 4, JS 3. Mandar a Ana antes del debrief."
    body = _g(uid, "20250409T093000", "20250409T094500", "Completar scorecard – Tomás Aguirre (TA Frontend)", text,
              [], organizer="", stamp="20250408T221502Z")
    return Ev("gcal-task", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-scorecard-es")


def debrief_ta() -> Ev:
    uid = "1kb7s3qe9dn5v0ml2rh8tc6joa@google.com"
    text = T(f"""
        Debrief de los 4 candidatos a TA Frontend para la cohorte de agosto (Tomás, Milagros, Franco, Sol).
        Traigan las scorecards completas. Decidimos a quién pasamos a la clase de prueba.

        Ana

        {meet("es", "debrief-ta")}
        """)
    people = [att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"),
              att(USER_WORK, "Valentina Ríos"),
              att(f"martin.sosa@{DOM}", "Martín Sosa"),
              att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="TENTATIVE")]
    body = _g(uid, "20250411T140000", "20250411T143000", "Debrief candidatos TA – cohorte agosto", text, people,
              organizer=org(f"ana.bustos@{DOM}", "Ana Bustos"), stamp="20250407T130044Z",
              conf=meet_link("debrief-ta"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-debrief-es")


def kit_reading() -> Ev:
    uid = "6pe0d4lt8vq2k7ns1bj9mh3rca@google.com"
    text = T("""
        Antes del panel con Rocío Méndez (Docente Data):
        - leer CV + LinkedIn
        - kit de entrevista en Drive (Selección > Docentes > Kit Data 2025)
        - preparar 2 preguntas de SQL y 1 de pedagogía
        """)
    body = _g(uid, "20250422T100000", "20250422T103000", "Leer kit de entrevista + CV – Docente Data (Rocío Méndez)",
              text, [], organizer="", stamp="20250421T200511Z")
    return Ev("gcal-task", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-kit-es")


def shadow_interview() -> Ev:
    uid = "9ja2m5rk1tv8q0ed6lc3sn4hbo@google.com"
    text = T(f"""
        Vale: como parte de tu formación como entrevistadora, esta vez observás. Yo llevo la entrevista técnica
        con la candidata (Milagros Paz, TA Frontend) y vos tomás notas; al final le hacés una pregunta si querés.
        Después charlamos 10' de cómo lo viste.

        Martín

        {meet("es", "shadow")}
        """)
    people = [att(f"martin.sosa@{DOM}", "Martín Sosa", ps="ACCEPTED"),
              att(USER_WORK, "Valentina Ríos"),
              att("milagros.paz.dev@gmail.com", "Milagros Paz", ps="ACCEPTED")]
    body = _g(uid, "20250409T180000", "20250409T190000", "Shadow: entrevista técnica TA – Milagros Paz", text,
              people, organizer=org(f"martin.sosa@{DOM}", "Martín Sosa"), stamp="20250405T171808Z",
              conf=meet_link("shadow"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-shadow-es")


def agency_sends_candidate() -> Ev:
    uid = "5ce1b8q2o9vk3td7rl0nh4mj6s@google.com"
    text = T(f"""
        Hola Ana, Valentina y Paula:

        Les confirmo la entrevista con Florencia Aguirre, nuestra candidata para la posición de Coordinadora
        Académica. Les adjunto su CV y el informe de la primera entrevista que tuvo con nosotros.

        Florencia tiene 6 años de experiencia en gestión educativa (último puesto: coordinación de cursos en
        Instituto Brío).

        Quedo atenta a su feedback.

        Saludos,
        Verónica Lamas
        Consultora Senior | Talentum RRHH

        {meet("es", "talentum")}
        """)
    people = [att(f"ana.bustos@{DOM}", "Ana Bustos"),
              att(USER_WORK, "Valentina Ríos"),
              att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="ACCEPTED"),
              att("florencia.aguirre.edu@gmail.com", "Florencia Aguirre", ps="ACCEPTED"),
              att("veronica.lamas@talentumrrhh.com.ar", "Verónica Lamas", ps="ACCEPTED")]
    body = _g(uid, "20250506T110000", "20250506T120000",
              "Presentación candidata: Florencia Aguirre – Coordinadora Académica | Talentum RRHH", text, people,
              organizer=org("veronica.lamas@talentumrrhh.com.ar", "Verónica Lamas"), stamp="20250430T194410Z",
              conf=meet_link("talentum"))
    return Ev("gcal-agency", uid, cal(body, prodid=GCAL, tz=(BA,)), 0,
              trap="user-as-interviewer-agency-candidate-es")


def handtyped_interviewer() -> Ev:
    uid = "2dq8h0ls6vn1k4tb9rm3ej7cop@google.com"
    text = "leer su repo antes (github.com/nicoferrer). preguntar por Express y por cómo explicaría closures"
    body = _g(uid, "20250415T180000", "20250415T184500", "entrevistar a Nico Ferrer (TA backend)", text, [],
              organizer="", stamp="20250414T011210Z", location="Meet")
    return Ev("handtyped", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-handtyped-es")


def scholarship_eval() -> Ev:
    uid = "7mh4q1ck9sv5n2ro0ld8tb3eja@google.com"
    text = T(f"""
        Bloque 2 de evaluación técnica para las becas "Mujeres en Código" (4 postulantes, 20' cada una).
        Planilla de evaluación: https://docs.google.com/spreadsheets/d/1bK8-becas2025/edit
        Evaluadoras: Valentina y Lucía. Las postulantes entran por el mismo link en su horario.

        {meet("es", "becas")}
        """)
    people = [att(USER_WORK, "Valentina Ríos", ps="ACCEPTED"),
              att(f"lucia.ferreyra@{DOM}", "Lucía Ferreyra", ps="ACCEPTED")]
    body = _g(uid, "20250424T140000", "20250424T153000", "Evaluación técnica becas Mujeres en Código – bloque 2",
              text, people, organizer=org(f"admisiones@{DOM}", "Admisiones Codeacademia"), stamp="20250418T160102Z",
              conf=meet_link("becas"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-scholarship-es")


EVENTS = [admission_calendly_host, admission_freemail, ta_teamtailor_panel, scorecard_block, debrief_ta,
          kit_reading, shadow_interview, agency_sends_candidate, handtyped_interviewer, scholarship_eval]
