"""holdout83 negatives: the user on the hiring side at Codeacademia, part 2 (panels with rooms, Calendly host
in English, a candidate who organises the invite, feedback, calibration, committee, Workable)."""

from __future__ import annotations

from holdout83ev_ics import USER_WORK, Ev, T, att, cal, desc, meet, meet_link, org

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
BA = "America/Argentina/Buenos_Aires"
DOM = "codeacademia-ba.com.ar"


def _g(uid: str, start: str, end: str, summary: str, text: str, people: list[str], *, organizer: str,
       stamp: str, location: str = "", conf: str = "") -> list[str]:
    lines = ["BEGIN:VEVENT", f"DTSTART;TZID={BA}:{start}", f"DTEND;TZID={BA}:{end}", f"DTSTAMP:{stamp}"]
    if organizer:
        lines.append(organizer)
    lines.append(f"UID:{uid}")
    lines += people
    if conf:
        lines.append(f"X-GOOGLE-CONFERENCE:{conf}")
    lines += [f"CREATED:{stamp}", desc(text), f"LAST-MODIFIED:{stamp}", f"LOCATION:{location}", "SEQUENCE:0",
              "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT"]
    return lines


def panel_room() -> Ev:
    uid = "4lr9c2md7sk0v5qh8bn1to3ega@google.com"
    text = T("""
        Panel presencial con Rocío Méndez, candidata a Docente Data (cohorte septiembre).
        Orden: 15' presentación de una clase modelo (tema: JOINs), 20' preguntas técnicas (Valentina), 15'
        preguntas pedagógicas (Ana), 10' preguntas de Rocío.
        Kit y scorecard en Teamtailor.
        """)
    people = [att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"),
              att(USER_WORK, "Valentina Ríos"),
              att("rocio.mendez.data@gmail.com", "Rocío Méndez", ps="ACCEPTED"),
              att("c_18842a7f0b3e@resource.calendar.google.com", "Sede Almagro-1-Aula 3 (12) [Proyector]",
                  ps="ACCEPTED", cutype="RESOURCE", rsvp=None)]
    body = _g(uid, "20250423T170000", "20250423T180000", "Panel entrevista Docente Data – Rocío Méndez", text,
              people, organizer=org(f"ana.bustos@{DOM}", "Ana Bustos"), stamp="20250416T133005Z",
              location="Sede Almagro-1-Aula 3 (12) [Proyector]\\, Av. Corrientes 3900\\, CABA")
    return Ev("gcal-room", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-panel-room-es")


def mentor_calendly_host() -> Ev:
    uid = "9b2e4f61-7c8a-4d30-b5e9-0a1c6d3f8e72"
    text = T("""
        Event Name: Mentor Program – Volunteer Interview (20 min)

        Location: This is a Google Meet web conference.
        https://meet.google.com/mnt-vqra-kdx

        Questions: Why would you like to mentor Codeacademia students?
        I went through a bootcamp myself in 2019 and want to give back. I'm a backend engineer at a fintech in
        Austin.

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9b2e4f61-7c8a-4d30-b5e9-0a1c6d3f8e72
        Reschedule: https://calendly.com/reschedulings/9b2e4f61-7c8a-4d30-b5e9-0a1c6d3f8e72

        Powered by Calendly.com
        """)
    body = [
        "BEGIN:VEVENT",
        "DTSTAMP:20250425T011533Z",
        "DTSTART:20250429T200000Z",
        "DTEND:20250429T202000Z",
        "SUMMARY:Mentor Program – Volunteer Interview (20 min) between Valentina Ríos and Daniel Kim",
        f"UID:{uid}",
        desc(text),
        "LOCATION:https://meet.google.com/mnt-vqra-kdx",
        org(USER_WORK, "Valentina Ríos"),
        att("danielkim.dev@outlook.com", "Daniel Kim", ps="ACCEPTED", rsvp=None, style="plain"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return Ev("calendly", uid, cal(body, prodid="-//Calendly//Calendly Scheduling//EN"), 0,
              trap="user-as-interviewer-calendly-host-en")


def candidate_organizes() -> Ev:
    uid = "0hs6k9qm3vt1n8rd5lb2ec7jof@google.com"
    text = T(f"""
        Hola Valentina, como me pediste te mando la invitación para el jueves a las 18 para la entrevista por
        el puesto de Teaching Assistant. ¡Muchas gracias por la oportunidad!

        Julieta Romero

        {meet("es", "julieta")}
        """)
    people = [att(USER_WORK, "valentina.rios@codeacademia-ba.com.ar"),
              att("julieta.romero92@gmail.com", "Julieta Romero", ps="ACCEPTED")]
    body = _g(uid, "20250417T180000", "20250417T184500", "Entrevista - Teaching Assistant - Julieta Romero", text,
              people, organizer=org("julieta.romero92@gmail.com", "Julieta Romero"), stamp="20250414T224011Z",
              conf=meet_link("julieta"))
    return Ev("gcal-freemail", uid, cal(body, prodid=GCAL, tz=(BA,)), 0,
              trap="user-as-interviewer-candidate-organizer-es")


def feedback_due() -> Ev:
    uid = "5gq1v8ns3tk0m6ej9rc2lb4doh@google.com"
    text = "Mandar feedback de la entrevista de Ezequiel Paz (TA backend) a Paula. Vence hoy!!"
    body = ["BEGIN:VEVENT", "DTSTART;VALUE=DATE:20250416", "DTEND;VALUE=DATE:20250417", "DTSTAMP:20250415T230012Z",
            f"UID:{uid}", "CREATED:20250415T230012Z", desc(text), "LAST-MODIFIED:20250415T230012Z", "LOCATION:",
            "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Feedback entrevista Ezequiel Paz (vence hoy)",
            "TRANSP:TRANSPARENT", "END:VEVENT"]
    return Ev("gcal-allday", uid, cal(body, prodid=GCAL), 0, trap="user-as-interviewer-feedback-es")


def calibration() -> Ev:
    uid = "8ct3n0lh5qs2v9km1ed7rb6jaf@google.com"
    text = T(f"""
        Calibración trimestral de entrevistadores de admisión: revisamos 3 entrevistas grabadas, comparamos
        puntajes de la rúbrica y acordamos criterios para el ejercicio de lógica.

        Equipo de Admisiones

        {meet("es", "calibracion")}
        """)
    people = [att(USER_WORK, "Valentina Ríos"),
              att(f"lucia.ferreyra@{DOM}", "Lucía Ferreyra"),
              att(f"martin.sosa@{DOM}", "Martín Sosa"),
              att(f"admisiones@{DOM}", "Admisiones Codeacademia", ps="ACCEPTED")]
    body = _g(uid, "20250502T150000", "20250502T163000", "Calibración de entrevistadores – admisiones 2025", text,
              people, organizer=org(f"admisiones@{DOM}", "Admisiones Codeacademia"), stamp="20250425T120930Z",
              conf=meet_link("calibracion"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-calibration-es")


def reference_check_candidate() -> Ev:
    uid = "3ne8j1qr6vm0t5kd2hs9lc4boa@google.com"
    text = T("""
        Referencias de Camila Sosa (finalista TA Frontend). Llamar a:
        - Gabriel Ortiz, su ex líder en Estudio Nube: +54 9 11 4455-2910
        Preguntas en el kit (pestaña "Referencias").
        """)
    body = _g(uid, "20250428T120000", "20250428T123000", "Llamar referencias de Camila Sosa (TA)", text, [],
              organizer="", stamp="20250425T210144Z", location="Teléfono")
    return Ev("handtyped", uid, cal(body, prodid=GCAL, tz=(BA,)), 0,
              trap="user-as-interviewer-reference-check-es")


def hiring_committee() -> Ev:
    uid = "6ko2m9tc4qv1s7he0ln3rd8bja@google.com"
    text = T(f"""
        Comité de selección para Docente Backend: decisión final entre las dos finalistas. Cada entrevistador
        presenta su scorecard (5' c/u) y votamos.

        Paula Iriarte – People

        {meet("es", "comite")}
        """)
    people = [att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="ACCEPTED"),
              att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"),
              att(USER_WORK, "Valentina Ríos"),
              att(f"martin.sosa@{DOM}", "Martín Sosa")]
    body = _g(uid, "20250514T120000", "20250514T130000", "Comité de selección – Docente Backend (decisión final)",
              text, people, organizer=org(f"paula.iriarte@{DOM}", "Paula Iriarte"), stamp="20250509T183351Z",
              conf=meet_link("comite"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-committee-es")


def takehome_review() -> Ev:
    uid = "1jm5r8ke2tq9v0nc6sb3hd7lfo@google.com"
    text = "Corregir los 4 desafíos técnicos de candidatos a TA (rúbrica en Drive). Dejar nota en Teamtailor."
    body = _g(uid, "20250405T100000", "20250405T123000", "Corregir desafíos técnicos candidatos TA (4)", text, [],
              organizer="", stamp="20250404T220715Z")
    return Ev("gcal-task", uid, cal(body, prodid=GCAL, tz=(BA,)), 0,
              trap="user-as-interviewer-takehome-review-es")


def workable_interviewer_en() -> Ev:
    uid = "workable-event-e2c9a0b14f7d3586@workable.com"
    text = T("""
        You have been added as an interviewer.

        Candidate: Sofía Lagos
        Job: Teaching Assistant – Data (English track)
        Interview: Second interview (in English) – 45 min
        Interviewers: Valentina Ríos, Lucía Ferreyra

        Candidate profile: https://codeacademia.workable.com/backend/jobs/3320471/candidates/118403
        Evaluation form: please submit your evaluation in Workable right after the interview.

        Join: https://meet.google.com/wkb-sfra-lgq
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250505T144009Z",
        f"DTSTART;TZID={BA}:20250508T170000",
        f"DTEND;TZID={BA}:20250508T174500",
        "SUMMARY:Interview with Sofía Lagos for Teaching Assistant – Data (English track)",
        desc(text),
        "LOCATION:https://meet.google.com/wkb-sfra-lgq",
        org("notifications@workablemail.com", "Codeacademia"),
        att(USER_WORK, "Valentina Ríos", style="plain"),
        att(f"lucia.ferreyra@{DOM}", "Lucía Ferreyra", ps="ACCEPTED", style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("workable", uid, cal(body, prodid="-//Workable//Workable Calendar//EN", tz=(BA,), tzstyle="apple"), 0,
              trap="user-as-interviewer-workable-en")


def interviewer_training() -> Ev:
    uid = "2bv7n4ql9sk1t6mc0ej3rh8doa@google.com"
    text = T(f"""
        Capacitación obligatoria para quienes empiezan a entrevistar candidatos (TAs y docentes): entrevista
        por competencias, sesgos, cómo usar el kit y la scorecard, y qué no se puede preguntar.

        Paula Iriarte – People

        {meet("es", "capacitacion")}
        """)
    people = [att(USER_WORK, "Valentina Ríos", ps="ACCEPTED"),
              att(f"lucia.ferreyra@{DOM}", "Lucía Ferreyra", ps="ACCEPTED"),
              att(f"paula.iriarte@{DOM}", "Paula Iriarte", ps="ACCEPTED")]
    body = _g(uid, "20250320T150000", "20250320T163000", "Capacitación: cómo entrevistar candidatos por competencias",
              text, people, organizer=org(f"paula.iriarte@{DOM}", "Paula Iriarte"), stamp="20250314T121212Z",
              conf=meet_link("capacitacion"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="user-as-interviewer-training-es")


EVENTS = [panel_room, mentor_calendly_host, candidate_organizes, feedback_due, calibration,
          reference_check_candidate, hiring_committee, takehome_review, workable_interviewer_en, interviewer_training]
