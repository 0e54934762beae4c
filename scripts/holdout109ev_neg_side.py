"""holdout109 negatives: the user on the hiring side at Hotel Andes Mapocho (written blind, CC0 1.0)."""

from __future__ import annotations

from holdout109ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME,
    OUTLOOK,
    TEAMS_ES,
    TZ_SANTIAGO,
    TZ_WIN_SANTIAGO,
    WORK,
    Ev,
    att,
    cal,
    org,
    vevent,
)

W = "TZID=Pacific SA Standard Time:"
S = "DTSTART;TZID=America/Santiago:"
E = "DTEND;TZID=America/Santiago:"
RRHH = "cfuentes@hotelandesmapocho.cl"
CHEF = "apavez@hotelandesmapocho.cl"
GM = "mreyeslira@hotelandesmapocho.cl"


def _ex(uid: str, summary: str, day: str, t0: str, t1: str, desc: str, organizer: str, attendees: list[str],
        loc: str = "Oficina A&B, piso -1", stamp: str = "20250301T120000Z", prod: str = EXCHANGE) -> str:
    ev = vevent(uid, summary, f"DTSTART;{W}{day}T{t0}00", f"DTEND;{W}{day}T{t1}00", stamp=stamp,
                organizer=organizer, attendees=attendees, desc=desc, loc=loc,
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1"])
    return cal(prod, ev, tz=[TZ_WIN_SANTIAGO])


def _uid(n: int) -> str:
    return f"040000008200E00074C5B7101A82E00800000000HAM{n:04d}DB0100000000000000001000000{n:04d}ABCDEF"


def build() -> list[Ev]:
    out: list[Ev] = []

    def add(kind: str, text: str, uid: str, trap: str) -> None:
        out.append(Ev(kind, text, uid, 0, trap=trap))

    u = _uid(1)
    add("garzon-direct-es", _ex(u, "Entrevista candidato garzón – Matías Soto", "20250312", "1600", "1630",
        "Matías: te espero en el hotel para la entrevista por el cargo de garzón turno noche. Pregunta por mí en "
        "recepción.\nGonzalo Herrera\nHead Sommelier & Restaurant Manager\nHotel Andes Mapocho",
        org(WORK, "Herrera, Gonzalo"), [att("matias.soto.r@gmail.com", "Matías Soto")], "Restaurante Mapocho, lobby",
        prod=OUTLOOK), u, "user-as-interviewer-direct-freemail-es")

    u = _uid(2)
    add("rrhh-kit-es", _ex(u, "Entrevista: Valentina Rojas – Sommelier Asistente (pauta adjunta)", "20250314",
        "1100", "1145",
        "Gonzalo, te agendo la entrevista con la candidata Valentina Rojas para Sommelier Asistente. Adjunto CV y "
        "pauta de entrevista por competencias; por favor completa la evaluación en la carpeta compartida al "
        "terminar.\nCamila Fuentes – Reclutamiento y Selección", org(RRHH, "Fuentes, Camila"),
        [att(WORK, "Herrera, Gonzalo"), att("vale.rojas.sommelier@gmail.com", "Valentina Rojas")],
        "Sala de reuniones RRHH"), u, "user-as-interviewer-kit-es")

    u = _uid(3)
    add("scorecard-es", _ex(u, "Completar scorecards candidatos barman", "20250317", "1000", "1030",
        "Recordatorio: cargar evaluación de los 4 candidatos a barman (entrevistas del viernes) antes del mediodía.",
        org(RRHH, "Fuentes, Camila"), [att(WORK, "Herrera, Gonzalo")], "—"), u,
        "user-as-interviewer-scorecard-es")

    u = _uid(4)
    add("debrief-es", _ex(u, "Debrief candidatos Jefe de Sala", "20250321", "1500", "1530",
        "Revisemos los tres finalistas a Jefe de Sala (Ríos, Contreras, Aguilera) y decidamos a quién pasar a "
        "oferta.", org(GM, "Reyes-Lira, Mónica"), [att(WORK, "Herrera, Gonzalo"), att(RRHH, "Fuentes, Camila")],
        "Oficina Gerencia General"), u, "user-as-interviewer-debrief-es")

    u = _uid(5)
    add("panel-es", _ex(u, "Panel entrevista Chef de Partida – Tomás Aguirre", "20250325", "1030", "1130",
        "Panel: Andrés Pavez (Chef Ejecutivo), Gonzalo Herrera (A&B), Camila Fuentes (RRHH). Candidato: Tomás "
        "Aguirre. Prueba de cocina a continuación.", org(CHEF, "Pavez, Andrés"),
        [att(WORK, "Herrera, Gonzalo"), att(RRHH, "Fuentes, Camila"), att("tomas.aguirre.chef@hotmail.com",
                                                                           "Tomás Aguirre")],
        "Cocina central – oficina chef"), u, "user-as-interviewer-panel-es")

    u = _uid(6)
    add("shadow-es", _ex(u, "Shadowing: Ignacio acompaña entrevistas de garzones", "20250327", "1500", "1700",
        "Ignacio (nuevo maître) observa cómo hago las entrevistas de garzones para que tome las próximas.",
        org(WORK, "Herrera, Gonzalo"), [att("isoto@hotelandesmapocho.cl", "Soto, Ignacio")],
        "Restaurante Mapocho", prod=OUTLOOK), u, "user-as-interviewer-shadowing-es")

    u = "b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e@calendly.com"
    desc = ("Nombre del evento: Entrevista Sommelier – Hotel Andes Mapocho (30 min)\n\nInvitado: Rodrigo Paredes\n"
            "Correo: rodri.paredes.v@gmail.com\n\nRespuestas:\n¿Tienes certificación? Sommelier – Escuela de "
            "Sommeliers de Chile, 2023\n\nUbicación: Hotel Andes Mapocho, Restaurante Mapocho")
    ev = vevent(u, "Entrevista Sommelier – Hotel Andes Mapocho entre Gonzalo Herrera y Rodrigo Paredes",
                "DTSTART:20250402T190000Z", "DTEND:20250402T193000Z", stamp="20250329T144000Z",
                organizer=org(WORK, "Gonzalo Herrera"),
                attendees=[att(WORK, "Gonzalo Herrera", stat="ACCEPTED", rsvp=False),
                           att("rodri.paredes.v@gmail.com", "Rodrigo Paredes")], desc=desc,
                loc="Hotel Andes Mapocho, Restaurante Mapocho")
    add("calendly-host-es", cal("-//Calendly//Calendly//EN", ev), u, "user-as-interviewer-calendly-host-es")

    u = "20250403T1200Z-vertice-00533@verticetalent.cl"
    desc = ("Gonzalo,\n\nTe presento a Daniela Fuentes, candidata de Vértice Talent para el cargo de Sommelier en "
            "el Restaurante Mapocho. Te dejo su CV y mi informe. Agendé la entrevista en tu calendario; ella irá "
            "al hotel.\n\nSaludos,\nJosé Miguel Ríos\nVértice Talent")
    ev = vevent(u, "Entrevista candidata Daniela Fuentes (Sommelier) – presentada por Vértice Talent",
                S + "20250408T120000", E + "20250408T124500", stamp="20250403T120000Z",
                organizer=org("jose.miguel.rios@verticetalent.cl", "José Miguel Ríos"),
                attendees=[att(WORK, "Gonzalo Herrera"), att("daniela.fuentes.c@gmail.com", "Daniela Fuentes")],
                desc=desc, loc="Hotel Andes Mapocho")
    add("agency-candidate-es", cal(GOOGLE, ev, tz=[TZ_SANTIAGO]), u, "user-as-interviewer-agency-candidate-es")

    u = _uid(9)
    add("trial-candidate-es", _ex(u, "Prueba de servicio – candidata Josefa Leiva", "20250410", "1900", "2300",
        "Josefa hace turno de prueba en sala. Evaluar servicio de vino por copa, decantación y trato con huésped.",
        org(WORK, "Herrera, Gonzalo"), [att("josefa.leiva93@hotmail.com", "Josefa Leiva"),
                                        att("isoto@hotelandesmapocho.cl", "Soto, Ignacio")],
        "Restaurante Mapocho", prod=OUTLOOK), u, "user-as-interviewer-trial-shift-es")

    u = "A0B1C2D3-E4F5-4607-8899-AABBCCDDEEFF"
    ev = vevent(u, "entrevistar 3 garzones turno noche (CVs en carpeta)", S + "20250411T150000",
                E + "20250411T170000", stamp="20250409T010000Z", desc="Soto, Araya, Pinto. 30 min c/u",
                loc="restaurante", status=None, seq=None)
    add("hand-garzones-es", cal(APPLE, ev, method=None, tz=[TZ_SANTIAGO]), u, "user-as-interviewer-hand-typed-es")

    u = _uid(11)
    add("teamtailor-interviewer-es", _ex(u, "Entrevista con Felipe Araya – Maître (Hotel Andes Mapocho)", "20250415",
        "1130", "1215",
        "Hola Gonzalo,\n\nTienes una entrevista con el candidato Felipe Araya para el puesto Maître. Revisa su perfil "
        "y deja tu evaluación en Teamtailor después de la entrevista: https://andesmapocho.teamtailor.com/jobs/"
        "218877/candidates\n\nEquipo de Personas", org("no-reply@teamtailor-mail.com", "Hotel Andes Mapocho"),
        [att(WORK, "Gonzalo Herrera"), att("felipe.araya.m@outlook.com", "Felipe Araya")], "Sala Directorio"),
        u, "user-as-interviewer-teamtailor-es")

    u = _uid(12)
    add("calibration-es", _ex(u, "Calibración entrevistas A&B – estándares de evaluación", "20250416", "0930", "1030",
        "Alinear criterios para entrevistas de garzones, bartenders y sommeliers antes de la temporada de "
        "contratación de invierno.", org(RRHH, "Fuentes, Camila"),
        [att(WORK, "Herrera, Gonzalo"), att(CHEF, "Pavez, Andrés"), att("isoto@hotelandesmapocho.cl", "Soto, Ignacio")],
        "Sala Directorio"), u, "user-as-interviewer-calibration-es")

    u = _uid(13)
    add("committee-es", _ex(u, "Comité de contratación – Jefe de Bar", "20250418", "1200", "1300",
        "Decisión final Jefe de Bar. Finalistas: Bastián Leiva y Constanza Mora.", org(GM, "Reyes-Lira, Mónica"),
        [att(WORK, "Herrera, Gonzalo"), att(RRHH, "Fuentes, Camila")], "Oficina Gerencia General"), u,
        "user-as-interviewer-hiring-committee-es")

    u = _uid(14)
    add("blind-tasting-candidate-es", _ex(u, "Cata a ciegas – candidato sommelier Nicolás Vergara", "20250422", "1600",
        "1700", "Prueba técnica del candidato: 4 copas a ciegas + servicio de espumante. Evalúo yo con Ignacio.",
        org(WORK, "Herrera, Gonzalo"), [att("nico.vergara.vinos@gmail.com", "Nicolás Vergara"),
                                        att("isoto@hotelandesmapocho.cl", "Soto, Ignacio")],
        "Bodega de vinos, subterráneo", prod=OUTLOOK), u, "user-as-interviewer-cata-tecnica-es")

    u = _uid(15)
    add("interns-es", _ex(u, "Entrevistas alumnos en práctica INACAP – Gastronomía", "20250424", "1000", "1300",
        "Bloque de entrevistas a 6 alumnos para práctica profesional en sala (mayo–julio). Lista enviada por la "
        "coordinadora de prácticas.", org(RRHH, "Fuentes, Camila"),
        [att(WORK, "Herrera, Gonzalo"), att("practicas.santiago@inacap.cl", "Coordinación Prácticas INACAP",
                                             role="OPT-PARTICIPANT")], "Sala RRHH"), u,
        "user-as-interviewer-interns-es")

    u = "8y6t4r2e0w1q3a5s@google.com"
    desc = ("Hi Sarah, thanks for applying to the sommelier position at Restaurante Mapocho. Let's talk by video; "
            "I'll ask about your experience in Melbourne and your Spanish level.\nGonzalo Herrera\n\n"
            "Join with Google Meet: https://meet.google.com/ham-sxkm-twp")
    ev = vevent(u, "Interview: Sarah Kim – Sommelier (working holiday)", "DTSTART:20250428T210000Z",
                "DTEND:20250428T213000Z", stamp="20250425T140000Z", organizer=org(ME, "Gonzalo Herrera"),
                attendees=[att(ME, "Gonzalo Herrera", stat="ACCEPTED", rsvp=False),
                           att("sarahkim.wine@gmail.com", "Sarah Kim"), att(WORK, "Gonzalo Herrera (hotel)",
                                                                              role="OPT-PARTICIPANT")],
                desc=desc, loc="https://meet.google.com/ham-sxkm-twp")
    add("interview-candidate-en", cal(GOOGLE, ev), u, "user-as-interviewer-freemail-organizer-en")

    u = _uid(17)
    add("debrief-en", _ex(u, "Hiring debrief – Sommelier role (Kim / Vergara / Paredes)", "20250430", "1700", "1730",
        "Quick debrief on the three sommelier candidates. Please bring your scorecards.\nMónica",
        org(GM, "Reyes-Lira, Mónica"), [att(WORK, "Herrera, Gonzalo"), att(RRHH, "Fuentes, Camila")],
        "GM Office"), u, "user-as-interviewer-debrief-en")

    u = _uid(18)
    add("feedback-es", _ex(u, "Enviar feedback candidatos a RRHH", "20250502", "0900", "0930",
        "Feedback escrito de las entrevistas de la semana (sommelier + 2 garzones) para que Camila cierre el "
        "proceso.", org(WORK, "Herrera, Gonzalo"), [], "—", prod=OUTLOOK), u, "user-as-interviewer-feedback-es")

    u = _uid(19)
    add("second-round-es", _ex(u, "Segunda entrevista: candidato Maître – Felipe Araya", "20250506", "1200", "1300",
        "Segunda entrevista del candidato con Gerencia General y A&B. Felipe viene con su propuesta de "
        "protocolo de servicio.\n\n" + TEAMS_ES.format(mid="SGFtMTk", num="290 117 843 006", pw="Hm3Ap9"),
        org(RRHH, "Fuentes, Camila"), [att(WORK, "Herrera, Gonzalo"), att(GM, "Reyes-Lira, Mónica"),
                                       att("felipe.araya.m@outlook.com", "Felipe Araya")], "Sala Directorio"),
        u, "user-as-interviewer-second-round-es")

    u = _uid(20)
    add("ref-check-by-user-es", _ex(u, "Llamar referencias – Bastián Leiva (Jefe de Bar)", "20250421", "1100",
        "1130", "Llamar a su ex jefe en Bar Liguria y a la gerente del Hotel Costa Azul antes del comité.",
        org(WORK, "Herrera, Gonzalo"), [], "—", prod=OUTLOOK), u, "user-as-interviewer-reference-check-es")

    u = _uid(21)
    add("group-interviews-es", _ex(u, "Assessment grupal garzones temporada – Hotel Andes Mapocho", "20250509",
        "1000", "1230",
        "Dinámica grupal con 10 postulantes a garzón de temporada. Observadores: Gonzalo Herrera, Ignacio Soto. "
        "Coordina RRHH.", org(RRHH, "Fuentes, Camila"),
        [att(WORK, "Herrera, Gonzalo"), att("isoto@hotelandesmapocho.cl", "Soto, Ignacio")],
        "Salón Aconcagua"), u, "user-as-interviewer-assessment-centre-es")
    return out
