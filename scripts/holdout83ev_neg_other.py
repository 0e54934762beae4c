"""holdout83 negatives, part 1: mock interviews (run and taken), webinars and classes about interviewing,
podcast/user-research/press "interviews", personal appointments, facultad, a scholarship interview and an
internal meeting."""

from __future__ import annotations

from holdout83ev_ics import USER_FREE, USER_WORK, Ev, T, att, cal, desc, meet, meet_link, org, zoom

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
BA = "America/Argentina/Buenos_Aires"
DOM = "codeacademia-ba.com.ar"


def _g(uid: str, start: str, end: str, summary: str, text: str, people: list[str], *, organizer: str = "",
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


def mock_host() -> Ev:
    uid = "0vr4k8mq2tc6s1nd9hb5le3joa@google.com"
    text = T(f"""
        Brenda: hacemos un simulacro de entrevista técnica para que practiques antes de tus procesos. 30' de
        live coding (te hago de entrevistadora de una empresa inventada) + 15' de feedback. No es una
        entrevista real 😉

        Vale

        {meet("es", "mock-brenda")}
        """)
    people = [att("brenda.ruiz.code@gmail.com", "Brenda Ruiz", ps="ACCEPTED"), att(USER_WORK, "Valentina Ríos",
                                                                                    ps="ACCEPTED")]
    body = _g(uid, "20250318T190000", "20250318T194500", "Mock interview técnica – Brenda Ruiz (cohorte 14)", text,
              people, organizer=org(USER_WORK, "Valentina Ríos"), stamp="20250316T002051Z",
              conf=meet_link("mock-brenda"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="mock-host-es")


def mock_group() -> Ev:
    uid = "5sn1q7ld3vk9m0te2rc8hb4jaf@google.com"
    text = T("""
        Career Week – cohorte 14. Simulacros de entrevista en parejas: cada estudiante pasa 20' como candidato
        y 20' como entrevistador, con la guía de preguntas del módulo de empleabilidad. Vale y Martín circulan
        por las salas.
        """)
    people = [att(f"cohorte14@{DOM}", "Cohorte 14 Full Stack"), att(USER_WORK, "Valentina Ríos", ps="ACCEPTED"),
              att(f"martin.sosa@{DOM}", "Martín Sosa", ps="ACCEPTED")]
    body = _g(uid, "20250521T190000", "20250521T210000", "Simulacro de entrevistas – grupo B (Career Week)", text,
              people, organizer=org(f"ana.bustos@{DOM}", "Ana Bustos"), stamp="20250512T140003Z",
              location="Aula virtual – Zoom Codeacademia")
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="mock-group-es")


def mock_candidate_en() -> Ev:
    uid = "iio-practice-7f3a9c21e8b4"
    text = T("""
        Your anonymous practice interview is booked!

        Type: Frontend practice interview (60 min)
        Your interviewer: a senior engineer (anonymous until the end)
        Where: https://interviewing.io/interview/7f3a9c21e8b4

        This is a practice session — your performance is never shared with employers unless you choose to unmask.

        interviewing.io
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250306T224412Z", "DTSTART:20250309T150000Z",
            "DTEND:20250309T160000Z", "SUMMARY:Practice interview (Frontend) – interviewing.io", desc(text),
            "LOCATION:https://interviewing.io/interview/7f3a9c21e8b4",
            org("noreply@interviewing.io", "interviewing.io"), att(USER_FREE, "Valentina Ríos", style="plain"),
            "STATUS:CONFIRMED", "END:VEVENT"]
    return Ev("scheduler", uid, cal(body, prodid="-//interviewing.io//Scheduler//EN"), 0, trap="mock-candidate-en")


def pramp_peer() -> Ev:
    uid = "pramp-session-20250322-1500-aeb7"
    text = T("""
        Your Pramp peer practice session is confirmed.

        Topic: Data Structures & Algorithms
        You'll interview your peer for 30 minutes, then swap roles. Both questions are shared in the session.

        Join: https://www.pramp.com/session/aeb7c1
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250320T121001Z", "DTSTART:20250322T150000Z",
            "DTEND:20250322T160000Z", "SUMMARY:Pramp: Peer Mock Interview – Data Structures & Algorithms",
            desc(text), "LOCATION:https://www.pramp.com/session/aeb7c1", org("no-reply@pramp.com", "Pramp"),
            att(USER_FREE, "Valentina Ríos", style="plain"), "END:VEVENT"]
    return Ev("scheduler", uid, cal(body, prodid="-//Pramp//Pramp//EN", method="PUBLISH"), 0, trap="mock-peer-en")


def webinar_es() -> Ev:
    uid = "zoom-webinar-86201937455-vrios"
    url, zt = zoom("es", "chicasentecnologia", "webinar-cet")
    text = T(f"""
        Hola Valentina,

        ¡Gracias por registrarte en "Cómo pasar la entrevista técnica: tips de recruiters y devs"!

        Panelistas: recruiters y desarrolladoras de la comunidad. Habrá espacio de preguntas al final.

        {zt}
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250401T150212Z", f"DTSTART;TZID={BA}:20250410T183000",
            f"DTEND;TZID={BA}:20250410T200000",
            "SUMMARY:Webinar: Cómo pasar la entrevista técnica – Chicas en Tecnología", desc(text), f"LOCATION:{url}",
            org("no-reply@zoom.us", "Chicas en Tecnología"), "END:VEVENT"]
    return Ev("zoom-webinar", uid, cal(body, prodid="-//zoom.us//iCalendar Event//EN", tz=(BA,), tzstyle="apple"), 0,
              trap="webinar-es")


def webinar_en() -> Ev:
    uid = "li-live-7301188822934-attendee"
    text = T("""
        You're registered for a LinkedIn Live event.

        Ace your behavioral interview: the STAR method, with examples
        Hosted by Tech Careers Collective

        Watch on LinkedIn: https://www.linkedin.com/events/7301188822934/
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250325T170044Z", "DTSTART:20250402T160000Z",
            "DTEND:20250402T170000Z", "SUMMARY:LinkedIn Live: Ace your behavioral interview (STAR method)",
            desc(text), "LOCATION:https://www.linkedin.com/events/7301188822934/", "END:VEVENT"]
    return Ev("webinar", uid, cal(body, prodid="-//LinkedIn//Events//EN", method="PUBLISH"), 0, trap="webinar-en")


def class_teaching() -> Ev:
    uid = "c14-clase22-empleabilidad@codeacademia-ba.com.ar"
    text = T("""
        Clase 22 – Módulo Empleabilidad
        Tema: preparación para entrevistas laborales (CV, LinkedIn, preguntas de comportamiento, live coding).
        Docente: Martín Sosa | TA: Valentina Ríos
        Material: Campus > Empleabilidad > Clase 22
        """)
    people = [att(USER_WORK, "Valentina Ríos", ps="ACCEPTED"), att(f"martin.sosa@{DOM}", "Martín Sosa",
                                                                    ps="ACCEPTED")]
    body = _g(uid, "20250507T190000", "20250507T220000",
              "Clase 22: Preparación para entrevistas laborales (Full Stack noche)", text, people,
              organizer=org(f"campus@{DOM}", "Campus Codeacademia"), stamp="20250301T120000Z",
              location="Zoom Codeacademia – Sala 2")
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="class-teaching-es")


def podcast() -> Ev:
    uid = "2qf8d0mt6vl3k9sn1ch5rb7eoj@google.com"
    text = T("""
        ¡Hola Vale! Gracias por sumarte a Devs del Sur. Te vamos a entrevistar sobre tu camino del call center
        al bootcamp y a ser TA. Grabamos por Riverside (te llega el link aparte), ~50 minutos. Usá auriculares 🎧

        Nacho & Flor
        """)
    people = [att("devsdelsur.podcast@gmail.com", "Devs del Sur Podcast", ps="ACCEPTED"),
              att(USER_FREE, "Valentina Ríos")]
    body = _g(uid, "20250326T193000", "20250326T203000", "Entrevista podcast Devs del Sur – episodio bootcamps",
              text, people, organizer=org("devsdelsur.podcast@gmail.com", "Devs del Sur Podcast"),
              stamp="20250319T203301Z", location="https://riverside.fm/studio/devs-del-sur")
    return Ev("gcal-freemail", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="podcast-es")


def user_research() -> Ev:
    uid = "respondent-session-8841203-5566"
    text = T("""
        Respondent – Research session confirmed

        Study: How junior developers debug front-end apps (60 min remote interview)
        Researcher: Hannah Lee, UX Research
        Incentive: USD 100 (paid via Respondent after the session)

        Join: https://zoom.us/j/81940523377
        Please have your IDE open; you'll be asked to share your screen.
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250328T190505Z", "DTSTART:20250403T180000Z",
            "DTEND:20250403T190000Z", "SUMMARY:User Interview: developer debugging study (Respondent)", desc(text),
            "LOCATION:https://zoom.us/j/81940523377", org("sessions@respondent.io", "Respondent"),
            att(USER_FREE, "Valentina Rios", style="plain"),
            att("hannah.lee.research@gmail.com", "Hannah Lee", ps="ACCEPTED", style="plain"), "END:VEVENT"]
    return Ev("scheduler", uid, cal(body, prodid="-//Respondent//Sessions//EN"), 0, trap="user-research-en")


def press() -> Ev:
    uid = "8lc3m6qt1vs9k0rd4ne2hb7jfa@google.com"
    text = T("""
        Hola Valentina, soy Sofía Bianchi, periodista de Diario El Puerto. Te llamo para la nota sobre bootcamps
        de programación y salida laboral que te comenté por mail. Son unos 20 minutos; si te parece, después te
        pido una foto.
        """)
    people = [att("sbianchi@diarioelpuerto.com.ar", "Sofía Bianchi", ps="ACCEPTED"), att(USER_FREE, "Valentina Ríos")]
    body = _g(uid, "20250408T110000", "20250408T113000",
              "Entrevista con Diario El Puerto – nota sobre bootcamps", text, people,
              organizer=org("sbianchi@diarioelpuerto.com.ar", "Sofía Bianchi"), stamp="20250404T144411Z",
              location="Llamada telefónica")
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="press-interview-es")


def medical() -> Ev:
    uid = "turno-558120934@turnos.centromedicoalmagro.com.ar"
    text = T("""
        Turno confirmado
        Paciente: RIOS, VALENTINA – DNI 39.***.812
        Profesional: Dra. Laura Pereyra – Clínica Médica
        Cobertura: obra social OSDEP (plan 210)
        Sede: Centro Médico Almagro, Av. Rivadavia 3850, 2º piso
        Presentarse 15 minutos antes con credencial y DNI.
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250310T090055Z", f"DTSTART;TZID={BA}:20250319T081500",
            f"DTEND;TZID={BA}:20250319T083000", "SUMMARY:Turno Clínica Médica – Dra. Pereyra", desc(text),
            "LOCATION:Centro Médico Almagro\\, Av. Rivadavia 3850\\, CABA", "END:VEVENT"]
    return Ev("booking", uid, cal(body, prodid="-//Turnos Online//ES", method="PUBLISH", tz=(BA,), tzstyle="apple"), 0,
              trap="medical-es")


def visa() -> Ev:
    uid = "ais-appt-ar-2025-0419-1103"
    text = T("""
        Consular Appointment Confirmation
        Applicant: RIOS, VALENTINA
        Visa class: B1/B2
        Consular Section – U.S. Embassy Buenos Aires, Av. Colombia 4300
        Bring your passport, DS-160 confirmation page and appointment confirmation. No electronic devices.
        """)
    body = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250312T201500Z", f"DTSTART;TZID={BA}:20250419T080000",
            f"DTEND;TZID={BA}:20250419T090000", "SUMMARY:Visa Interview – U.S. Embassy Buenos Aires (B1/B2)",
            desc(text), "LOCATION:Av. Colombia 4300\\, Buenos Aires", "END:VEVENT"]
    return Ev("booking", uid, cal(body, prodid="-//AIS//Appointment//EN", method="PUBLISH", tz=(BA,),
                                  tzstyle="apple"), 0, trap="visa-interview-en")


def renaper() -> Ev:
    uid = "E3A1C9F0-5B72-4D18-9C64-7F2B0A8D1E35"
    body = ["BEGIN:VEVENT", "CREATED:20250401T231100Z", f"DTEND;TZID={BA}:20250414T093000",
            "DTSTAMP:20250401T231122Z", "LAST-MODIFIED:20250401T231122Z", "SEQUENCE:0",
            "SUMMARY:Turno RENAPER renovación DNI + pasaporte", f"DTSTART;TZID={BA}:20250414T090000", f"UID:{uid}",
            "LOCATION:Registro Civil Comuna 5", "DESCRIPTION:llevar DNI viejo y comprobante de pago",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "END:VEVENT"]
    return Ev("ios-handtyped", uid, cal(body, prodid="-//Apple Inc.//iPhone OS 18.3.1//EN", method=None, tz=(BA,),
                                        tzstyle="apple"), 0, trap="government-es")


def facultad_final() -> Ev:
    uid = "7dj2q9ms4tk1v6nb0rl3ce8hoa@google.com"
    text = "Aula 314 sede Medrano. Llevar libreta. Temas: integrales + series"
    body = _g(uid, "20250523T180000", "20250523T210000", "Final Análisis Matemático I – UTN FRBA", text, [],
              stamp="20250505T021212Z", location="UTN FRBA – Medrano 951")
    return Ev("handtyped", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="facultad-exam-es")


def scholarship_interview() -> Ev:
    uid = "1ko6v3nd8qs0t5mh2lc9re4bja@google.com"
    text = T(f"""
        Hola Valentina: te confirmamos la entrevista para la Beca Puentes 2025 (Programa de Formación en Datos).
        Es una charla de 20 minutos con el comité de becas sobre tu recorrido y tu motivación para cursar.

        Fundación Puentes

        {meet("es", "beca-puentes")}
        """)
    people = [att("becas@fundacionpuentes.org.ar", "Becas Fundación Puentes", ps="ACCEPTED"),
              att(USER_FREE, "Valentina Ríos")]
    body = _g(uid, "20250429T100000", "20250429T102000", "Entrevista Beca Puentes 2025 – Valentina Ríos", text,
              people, organizer=org("becas@fundacionpuentes.org.ar", "Becas Fundación Puentes"),
              stamp="20250422T153031Z", conf=meet_link("beca-puentes"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="scholarship-interview-es")


def team_meeting() -> Ev:
    uid = "4ne7k2qh9vt1s5mc8rd0lb3joa@google.com"
    text = T(f"""
        Planificación del módulo React para la cohorte 15: contenidos, ejercicios integradores y reparto de
        correcciones entre TAs.

        {meet("es", "equipo-docente")}
        """)
    people = [att(f"ana.bustos@{DOM}", "Ana Bustos", ps="ACCEPTED"), att(USER_WORK, "Valentina Ríos"),
              att(f"martin.sosa@{DOM}", "Martín Sosa", ps="ACCEPTED"), att(f"lucia.ferreyra@{DOM}", "Lucía Ferreyra")]
    body = _g(uid, "20250331T140000", "20250331T150000", "Reunión equipo docente – planificación módulo React",
              text, people, organizer=org(f"ana.bustos@{DOM}", "Ana Bustos"), stamp="20250326T120000Z",
              conf=meet_link("equipo-docente"))
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 0, trap="internal-meeting-es")


EVENTS = [mock_host, mock_group, mock_candidate_en, pramp_peer, webinar_es, webinar_en, class_teaching, podcast,
          user_research, press, medical, visa, renaper, facultad_final, scholarship_interview, team_meeting]
