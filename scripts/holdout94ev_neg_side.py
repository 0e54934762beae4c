"""holdout94 negatives: Alejandro on the hiring side at Autopartes Norte (he interviews técnicos and practicantes)."""

from __future__ import annotations

from holdout94ev_ics import (
    APPLE,
    EXCHANGE,
    ME,
    ME_CN,
    OUTLOOK,
    TBIRD,
    WORK,
    Ev,
    att,
    cal,
    desc,
    org,
    outlook_uid,
    teams_en,
    teams_es,
    vevent,
)

MX = "\"Central Standard Time (Mexico)\""


def _ol(seed: str, summary: str, start: str, end: str, organizer: str, atts: list[str], body: str,
        loc: str = "Reunión de Microsoft Teams", lang: str = "es-MX", extra: tuple[str, ...] = (),
        ) -> tuple[str, list[str]]:
    uid = outlook_uid(seed)
    lines = vevent(
        "CLASS:PUBLIC",
        desc(body),
        f"DTSTART;TZID={MX}:{start}",
        f"DTEND;TZID={MX}:{end}",
        "DTSTAMP:20250401T150000Z",
        f"LOCATION:{loc}",
        "SEQUENCE:0",
        f"SUMMARY;LANGUAGE={lang}:{summary}",
        f"UID:{uid}",
        organizer,
        *atts,
        *extra,
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
    )
    return uid, lines


def _neg(kind: str, uid: str, ics: str, trap: str) -> Ev:
    return Ev(kind, ics, uid, 0, trap=trap)


def events() -> list[Ev]:
    out: list[Ev] = []
    me_work = org(WORK, "Treviño, Alejandro")

    uid, ev = _ol("h94-side-1", "Entrevista Técnico de Mantenimiento Electromecánico – Juan Pablo Rentería",
                  "20250312T090000", "20250312T100000", me_work,
                  [att("jp.renteria92@gmail.com", "jp.renteria92@gmail.com")],
                  "Juan Pablo, te espero en la caseta principal de Autopartes Norte (Planta Apodaca). "
                  "Trae tu INE, CV y certificados de PLC. Preguntar por Ing. Alejandro Treviño.",
                  loc="Autopartes Norte – Caseta principal")
    out.append(_neg("organizer-freemail-candidate", uid, cal(ev, prodid=OUTLOOK, tz=("win-mx",)),
                    "user-as-interviewer-organizer-freemail-es"))

    uid, ev = _ol("h94-side-2", "Entrevista practicante Ingeniería Mecánica – UANL (Sofía Garza)",
                  "20250319T160000", "20250319T163000", me_work,
                  [att("sofia.garzat@uanl.edu.mx", "Sofía Garza Tijerina"),
                   att("practicas@autopartes-norte.com.mx", "Prácticas Profesionales", role="OPT-PARTICIPANT")],
                  "Entrevista para prácticas profesionales verano 2025 en Mantenimiento.\n" +
                  teams_es("231 447 908 662", "UHJhY3Rp"))
    out.append(_neg("practicante-university", uid, cal(ev, prodid=OUTLOOK, tz=("win-mx",)),
                    "user-as-interviewer-intern-university-es"))

    uid = "WD-FEEDBACK-TEC-PLC-0091@autopartesnorte.myworkday.com"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250320T150000Z", "DTSTART:20250321T230000Z", "DTEND:20250321T233000Z",
                "SUMMARY:Retroalimentación de entrevista pendiente: Técnico PLC (R-0091) – candidato Omar Esquivel",
                org("autopartesnorte@myworkday.com", "Workday"), att(WORK, ME_CN),
                desc("Tarea de Workday: Ingrese su evaluación (scorecard) de la entrevista que realizó al candidato "
                     "Omar Esquivel para la vacante Técnico PLC. Fecha límite: hoy 17:30."), "STATUS:CONFIRMED")
    out.append(_neg("workday-scorecard", uid, cal(ev, prodid="-//Workday//Recruiting//ES"),
                    "user-as-interviewer-scorecard-es"))

    uid, ev = _ol("h94-side-4", "Debrief candidatos Supervisor de Producción Turno 2",
                  "20250326T170000", "20250326T173000", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
                  [att(WORK, "Treviño, Alejandro"), att("lserna@autopartes-norte.com.mx", "Serna, Luis")],
                  "Revisamos a los 3 candidatos que entrevistaron Alejandro y Luis y decidimos a quién se le hace "
                  "oferta. Traer sus notas.")
    out.append(_neg("debrief", uid, cal(ev, prodid=EXCHANGE, tz=("win-mx",)), "user-as-interviewer-debrief-es"))

    uid, ev = _ol("h94-side-5", "Panel técnico – Ingeniero de Procesos – candidato: Ing. Raymundo Solís",
                  "20250402T100000", "20250402T113000", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
                  [att(WORK, "Treviño, Alejandro"), att("lserna@autopartes-norte.com.mx", "Serna, Luis"),
                   att("raymundo.solis@hotmail.com", "Raymundo Solís"),
                   att("sala.calidad@autopartes-norte.com.mx", "Sala Calidad", cutype="ROOM", role="NON-PARTICIPANT")],
                  "Panelistas: Alejandro Treviño (Mantenimiento), Luis Serna (Procesos). Guía de preguntas y "
                  "scorecard en la carpeta de RH. El candidato llega 9:45.", loc="Sala Calidad")
    out.append(_neg("panel-interviewer", uid, cal(ev, prodid=EXCHANGE, tz=("win-mx",)),
                    "user-as-interviewer-panel-es"))

    uid, ev = _ol("h94-side-6", "Shadowing: entrevista técnico soldadura (Karen observa)",
                  "20250403T080000", "20250403T090000", me_work,
                  [att("kmontemayor@autopartes-norte.com.mx", "Montemayor, Karen"),
                   att("cesar.aldape.sold@gmail.com", "César Aldape")],
                  "Karen (nueva supervisora) observa cómo conduzco la entrevista técnica para su capacitación "
                  "como entrevistadora. Candidato: César Aldape, soldador MIG/TIG.", loc="Oficina de Mantenimiento")
    out.append(_neg("shadowing", uid, cal(ev, prodid=OUTLOOK, tz=("win-mx",)), "user-as-interviewer-shadowing-es"))

    uid = "CALENDLY-HOST-QXZ8PL2M"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250404T140000Z", "DTSTART:20250409T150000Z", "DTEND:20250409T153000Z",
                "SUMMARY:Entrevista Técnico de Mantenimiento entre Alejandro Treviño y Brenda Ochoa",
                org(WORK, ME_CN), att("brendaochoa.mtto@gmail.com", "Brenda Ochoa"),
                desc("Nombre del evento: Entrevista Técnico de Mantenimiento\nInvitado: Brenda Ochoa "
                     "(brendaochoa.mtto@gmail.com)\nRespuestas: ¿Años de experiencia? 4 años en mantenimiento de "
                     "prensas hidráulicas.\nEvento agendado en tu calendario por Calendly (eres el anfitrión)."),
                "LOCATION:Autopartes Norte\\, Planta Apodaca", "STATUS:CONFIRMED")
    out.append(_neg("calendly-host", uid, cal(ev, prodid="-//Calendly//Calendly//ES"),
                    "user-as-interviewer-calendly-host-es"))

    uid = "TIC-2025-CAND-SALINAS-AUTOPARTES"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250407T170000Z", "DTSTART;TZID=America/Monterrey:20250410T120000",
                "DTEND;TZID=America/Monterrey:20250410T130000",
                "SUMMARY:Presentación de candidato: Ing. Ramiro Salinas – Ingeniero de Confiabilidad",
                org("rbenavides@tic-consultores.com.mx", "Rogelio Benavides"),
                att(WORK, ME_CN), att("ramiro.salinas.ing@outlook.com", "Ramiro Salinas"),
                desc("Ing. Treviño: como acordamos, le presento a nuestro candidato Ramiro Salinas para su vacante de "
                     "Ingeniero de Confiabilidad. Adjunto CV y reporte de evaluación psicométrica. Quedo atento a "
                     "su retroalimentación después de la entrevista.\nRogelio Benavides – TIC"),
                "LOCATION:Autopartes Norte\\, Sala de Capacitación", "STATUS:CONFIRMED")
    out.append(_neg("agency-sends-candidate", uid, cal(ev, prodid="-//TIC Consultores//ATS 2.3//ES",
                                                          tz=("America/Monterrey",)),
                    "user-as-interviewer-agency-candidate-es"))

    uid = "D41B2C3A-5E6F-4A7B-8C9D-0E1F2A3B4C5D"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250414T032000Z", "DTSTART;TZID=America/Monterrey:20250415T100000",
                "DTEND;TZID=America/Monterrey:20250415T103000", "SUMMARY:entrevistar practicante (Diego, ITESM)",
                desc("revisar su proyecto de TPM. si da el ancho, pasarlo con Mayra"))
    out.append(_neg("handtyped-interviewer", uid, cal(ev, prodid=APPLE, method=None, tz=("America/Monterrey",)),
                    "user-as-interviewer-handtyped-es"))

    uid = "gt-interviewer-0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250415T190000Z", "DTSTART;TZID=America/Chicago:20250422T090000",
                "DTEND;TZID=America/Chicago:20250422T094500",
                "SUMMARY:Interview: Quality Engineer – Candidate: Priscilla Haynes (You are an interviewer)",
                org("scheduling@northstar-autoparts.com", "Northstar Auto Parts Recruiting"),
                att(WORK, ME_CN), att("priscilla.haynes@yahoo.com", "Priscilla Haynes"),
                desc("You have been scheduled as an interviewer.\nCandidate: Priscilla Haynes\nRole: Quality Engineer "
                     "(Apodaca plant, bilingual)\nFocus area: maintenance/quality interface, PPAP\n"
                     "Interview kit and scorecard: open in Greenhouse before the interview.\n"
                     + teams_en("248 007 315 922", "TnN0YXI") + "\nScheduled with GoodTime"), "STATUS:CONFIRMED")
    out.append(_neg("goodtime-interviewer", uid, cal(ev, prodid="-//GoodTime//GoodTime Scheduling//EN",
                                                        tz=("America/Chicago",)),
                    "user-as-interviewer-goodtime-kit-en"))

    uid = "candidate-reply-8e2a@gmail.com"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250416T021500Z", "DTSTART;TZID=America/Monterrey:20250423T090000",
                "DTEND;TZID=America/Monterrey:20250423T100000",
                "SUMMARY:Entrevista Técnico Eléctrico – Autopartes Norte",
                org(WORK, "Alejandro Treviño"), att("eduardo.mtz.electrico@gmail.com", "Eduardo Martínez",
                                                    ps="ACCEPTED", rsvp=False),
                "COMMENT:Ahí estaré\\, gracias por la oportunidad.")
    out.append(_neg("reply-from-candidate", uid, cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                                        method="REPLY"),
                    "user-as-interviewer-candidate-reply-es"))

    uid, ev = _ol("h94-side-12", "Cancelada: Entrevista técnico soldadura – Mario Hinojosa",
                  "20250424T140000", "20250424T150000", me_work, [att("mhinojosa.weld@hotmail.com", "Mario Hinojosa")],
                  "El candidato aceptó otra oferta. Se cancela la entrevista.", loc="Oficina de Mantenimiento",
                  extra=("STATUS:CANCELLED",))
    out.append(_neg("cancelled-as-interviewer", uid, cal(ev, prodid=OUTLOOK, method="CANCEL", tz=("win-mx",)),
                    "user-as-interviewer-cancelled-es"))

    uid, ev = _ol("h94-side-13", "Calibración de entrevistadores – vacante Ingeniero de Mantenimiento",
                  "20250428T120000", "20250428T130000", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
                  [att(WORK, "Treviño, Alejandro"), att("lserna@autopartes-norte.com.mx", "Serna, Luis"),
                   att("kmontemayor@autopartes-norte.com.mx", "Montemayor, Karen")],
                  "Alinear criterios del scorecard antes de arrancar las entrevistas de la vacante.")
    out.append(_neg("calibration", uid, cal(ev, prodid=EXCHANGE, tz=("win-mx",)),
                    "user-as-interviewer-calibration-es"))

    uid, ev = _ol("h94-side-14", "Comité de contratación – Jefe de Turno Estampado",
                  "20250430T160000", "20250430T170000", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
                  [att(WORK, "Treviño, Alejandro"),
                   att("gerente.planta@autopartes-norte.com.mx", "Gerencia de Planta")],
                  "Decisión final sobre finalistas (entrevistados por Alejandro y Gerencia).", loc="Sala Dirección")
    out.append(_neg("hiring-committee", uid, cal(ev, prodid=EXCHANGE, tz=("win-mx",)),
                    "user-as-interviewer-committee-es"))

    uid = "20250502T010000Z-77@thunderbird-atrevino"
    ev = vevent(f"UID:{uid}", "DTSTAMP:20250502T010000Z", "DTSTART;TZID=America/Monterrey:20250506T073000",
                "DTEND;TZID=America/Monterrey:20250506T090000",
                "SUMMARY:Recorrido por planta con candidata Ing. Paola Ríos (Gerente de Calidad) + entrevista",
                org(WORK, ME_CN), att("paolarios.calidad@gmail.com", "Paola Ríos"),
                att("mrodriguez@autopartes-norte.com.mx", "Mayra Rodríguez"),
                desc("Le muestro mantenimiento y estampado; después la entrevisto con Mayra (RH)."),
                "LOCATION:Autopartes Norte – Planta Apodaca")
    out.append(_neg("candidate-plant-tour", uid, cal(ev, prodid=TBIRD, tz=("America/Monterrey",)),
                    "user-as-interviewer-plant-tour-es"))

    uid, ev = _ol("h94-side-16", "Llamada filtro – candidato Técnico PLC (Israel Tovar)",
                  "20250507T113000", "20250507T120000", me_work, [att("israel.tovar.plc@gmail.com", "Israel Tovar")],
                  "Le marco al 81 3349 1020. Preguntas: Allen-Bradley, variadores, disponibilidad para 2º turno.",
                  loc="Teléfono")
    out.append(_neg("phone-screen-by-user", uid, cal(ev, prodid=OUTLOOK, tz=("win-mx",)),
                    "user-as-interviewer-phone-screen-es"))

    uid = "autopartes-practicantes-verano-2025"
    base = vevent(f"UID:{uid}", "DTSTAMP:20250505T150000Z", "DTSTART;TZID=America/Monterrey:20250512T150000",
                  "DTEND;TZID=America/Monterrey:20250512T170000", "RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO",
                  "SUMMARY:Bloque entrevistas practicantes verano (Mantenimiento)",
                  org("practicas@autopartes-norte.com.mx", "Prácticas Profesionales"), att(WORK, ME_CN),
                  desc("Cada lunes RH agenda 4 candidatos de UANL / ITESM / UDEM en este bloque. Entrevista: "
                       "Alejandro Treviño. Lista de candidatos en el Excel compartido."),
                  "LOCATION:Sala de Capacitación")
    ovr = vevent(f"UID:{uid}", "RECURRENCE-ID;TZID=America/Monterrey:20250519T150000",
                 "DTSTAMP:20250515T150000Z", "DTSTART;TZID=America/Monterrey:20250520T150000",
                 "DTEND;TZID=America/Monterrey:20250520T170000",
                 "SUMMARY:Bloque entrevistas practicantes verano (Mantenimiento) – se pasa a martes",
                 org("practicas@autopartes-norte.com.mx", "Prácticas Profesionales"), att(WORK, ME_CN),
                 "LOCATION:Sala de Capacitación", "SEQUENCE:1")
    out.append(_neg("recurring-interviewer-block", uid, cal([base, ovr], prodid=EXCHANGE, tz=("America/Monterrey",)),
                    "user-as-interviewer-recurring-es"))

    uid, ev = _ol("h94-side-18", "Interview kit review – Maintenance Planner (candidate: Carlos Ruiz)",
                  "20250513T083000", "20250513T090000", org("talent@northstar-autoparts.com", "Northstar Talent"),
                  [att(WORK, "Trevino, Alejandro")],
                  "Please review the interview kit, focus attributes and scorecard before you interview Carlos Ruiz "
                  "tomorrow. Your focus: CMMS and PM scheduling.", loc="", lang="en-US")
    out.append(_neg("kit-review-en", uid, cal(ev, prodid=OUTLOOK, tz=("win-mx",)),
                    "user-as-interviewer-kit-en"))

    uid, ev = _ol("h94-side-19", "Segunda entrevista – candidata Ing. Paola Ríos (Gerente de Calidad)",
                  "20250514T100000", "20250514T110000", org("mrodriguez@autopartes-norte.com.mx", "Rodríguez, Mayra"),
                  [att(WORK, "Treviño, Alejandro"), att("gerente.planta@autopartes-norte.com.mx", "Gerencia de Planta"),
                   att("paolarios.calidad@gmail.com", "Paola Ríos")],
                  "Segunda entrevista de la candidata con Gerencia de Planta y Alejandro Treviño (Mantenimiento).",
                  loc="Sala Dirección")
    out.append(_neg("second-round-as-panelist", uid, cal(ev, prodid=EXCHANGE, tz=("win-mx",)),
                    "user-as-interviewer-second-round-es"))

    uid = "8d7c6b5a4f3e2d1c0b9a@google.com"
    ev = vevent("DTSTART;TZID=America/Monterrey:20250516T170000", "DTEND;TZID=America/Monterrey:20250516T173000",
                "DTSTAMP:20250512T160000Z", org(ME, ME_CN), f"UID:{uid}",
                att("ing.tomas.lara@gmail.com", "Tomás Lara", google=True),
                desc("Tomás, te entrevisto por Meet para el puesto de técnico que te comenté (en mi planta). "
                     "Es informal, 30 min."),
                "SUMMARY:Entrevista Tomás Lara (técnico mtto) – Alejandro", "STATUS:CONFIRMED")
    out.append(_neg("freemail-user-organizer", uid, cal(ev, prodid="-//Google Inc//Google Calendar 70.9054//EN",
                                                           tz=("America/Monterrey",)),
                    "user-as-interviewer-personal-calendar-es"))
    return out

