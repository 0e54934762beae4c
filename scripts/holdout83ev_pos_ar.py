"""holdout83: the user's own interviews with Argentine employers (Argentine Spanish, voseo)."""

from __future__ import annotations

from holdout83ev_ics import (
    USER_FREE,
    Ev,
    T,
    alt_html,
    att,
    cal,
    desc,
    meet,
    meet_link,
    ms_alarm,
    ms_tail,
    ms_uid,
    org,
    teams,
    webex,
)

GCAL = "-//Google Inc//Google Calendar 70.9054//EN"
EXCH = "Microsoft Exchange Server 2010"
BA = "America/Argentina/Buenos_Aires"


def pampa_technical() -> Ev:
    uid = "2rk7q1mbv9oe4s0lc8dj3na5fg@google.com"
    text = T(f"""
        ¡Hola Valentina!

        Te confirmamos tu entrevista técnica para la búsqueda de Desarrolladora Frontend Jr. (React) en Pampa
        Pagos.

        Vas a estar con:
        • Federico Luna – Tech Lead, equipo Checkout
        • Agustina Medina – Frontend Developer

        Duración: 75 minutos. Arrancamos repasando el challenge que nos mandaste y después hacemos un ejercicio
        en vivo. Tené a mano VS Code y Node 20 instalado.

        Si necesitás reprogramar, respondé este mail y lo vemos.

        ¡Éxitos!
        Micaela Giménez
        Talent Acquisition · Pampa Pagos

        Enviado mediante Greenhouse

        {meet("es", "pampa-tech")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:20250319T150000",
        f"DTEND;TZID={BA}:20250319T161500",
        "DTSTAMP:20250314T194018Z",
        org("talento@pampapagos.com.ar", "Talento Pampa Pagos"),
        f"UID:{uid}",
        att("federico.luna@pampapagos.com.ar", "Federico Luna", ps="ACCEPTED"),
        att("agustina.medina@pampapagos.com.ar", "Agustina Medina", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        att("talento@pampapagos.com.ar", "Talento Pampa Pagos", ps="ACCEPTED"),
        "X-GOOGLE-CONFERENCE:" + meet_link("pampa-tech"),
        "CREATED:20250314T194015Z",
        desc(text),
        "LAST-MODIFIED:20250314T194017Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista técnica | Pampa Pagos – Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("greenhouse", uid, cal(body, prodid=GCAL, tz=(BA,)), 1, "Pampa Pagos",
              "Desarrolladora Frontend Jr. (React)", "technical",
              "federico.luna@pampapagos.com.ar;agustina.medina@pampapagos.com.ar", "greenhouse-technical-es")


def pampa_final() -> Ev:
    uid = "7ub2m0rkq4e9h1dvcn6s3plt8a@google.com"
    text = T(f"""
        Vale, como te adelantó Mica: última charla, conmigo. Nada técnico, más de cómo trabajamos, qué esperás
        vos y qué esperamos nosotros. 45'.

        Hernán

        {meet("es", "pampa-final")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:20250403T180000",
        f"DTEND;TZID={BA}:20250403T184500",
        "DTSTAMP:20250328T212540Z",
        org("hernan.ruizdiaz@pampapagos.com.ar", "Hernán Ruiz Díaz"),
        f"UID:{uid}",
        att("hernan.ruizdiaz@pampapagos.com.ar", "Hernán Ruiz Díaz", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        "X-GOOGLE-CONFERENCE:" + meet_link("pampa-final"),
        "CREATED:20250328T212537Z",
        desc(text),
        "LAST-MODIFIED:20250328T212539Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista final - Valentina / Hernán (CTO)",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 1, "Pampa Pagos", "", "final",
              "hernan.ruizdiaz@pampapagos.com.ar", "cto-final-es")


def chacra_rrhh() -> Ev:
    uid = "0f5vq8e2tk6mh3rj9bl1ocd4ns@google.com"
    text = T(f"""
        Hola Vale! Como te comenté por LinkedIn, te mando la invitación para la primera entrevista por la
        búsqueda de Desarrollador/a Full Stack Trainee.

        Es una charla de 30 min conmigo para conocerte, contarte sobre Chacra Soft (somos una software factory de
        Córdoba, 100% remotos) y ver expectativas. No hace falta que prepares nada.

        Carla Villarreal
        HR Business Partner – Chacra Soft

        {meet("es", "chacra-rrhh")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:20250313T103000",
        f"DTEND;TZID={BA}:20250313T110000",
        "DTSTAMP:20250311T143012Z",
        org("carla.villarreal@chacrasoft.com", "Carla Villarreal"),
        f"UID:{uid}",
        att("carla.villarreal@chacrasoft.com", "Carla Villarreal", ps="ACCEPTED"),
        att(USER_FREE, "Valentina Ríos"),
        "X-GOOGLE-CONFERENCE:" + meet_link("chacra-rrhh"),
        "CREATED:20250311T143010Z",
        desc(text),
        "LAST-MODIFIED:20250311T143011Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Entrevista RRHH - Chacra Soft / Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return Ev("gcal", uid, cal(body, prodid=GCAL, tz=(BA,)), 1, "Chacra Soft", "Desarrollador/a Full Stack Trainee",
              "recruiter_screen", "carla.villarreal@chacrasoft.com", "gcal-recruiter-es")


def chacra_tecnica() -> Ev:
    uid = "9c3hs7ld1qv0np5kbe2ro8mu4t@google.com"
    text = T(f"""
        Hola Valentina, ¡pasaste a la siguiente etapa! 🎉

        Te van a entrevistar Matías Roldán (líder técnico) y Nahuel Ortiz (dev semi senior). Van a ser unos 60
        minutos: preguntas de JavaScript, algo de SQL y un ejercicio chiquito en vivo. Yo no voy a estar, pero
        cualquier cosa me escribís.

        Carla

        {meet("es", "chacra-tec")}
        """)
    body = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID={BA}:20250325T160000",
        f"DTEND;TZID={BA}:20250325T170000",
        "DTSTAMP:20250327T001500Z",
        "UID:" + uid,
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Valentina Ríos;X-NUM-GUESTS=0:mailto:"
        f"{USER_FREE}",
        att("matias.roldan@chacrasoft.com", "Matías Roldán", ps="ACCEPTED", rsvp="TRUE"),
        att("nahuel.ortiz@chacrasoft.com", "Nahuel Ortiz", ps="ACCEPTED", rsvp="TRUE"),
        org("carla.villarreal@chacrasoft.com", "Carla Villarreal"),
        "CREATED:20250320T121544Z",
        desc(text),
        "LAST-MODIFIED:20250320T121610Z",
        "LOCATION:",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "SUMMARY:Técnica Chacra Soft – Valentina Ríos",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    head = ("X-WR-CALNAME:vale.rios.dev@gmail.com", f"X-WR-TIMEZONE:{BA}")
    return Ev("gcal-export", uid, cal(body, prodid=GCAL, method="PUBLISH", tz=(BA,), head=head), 1, "Chacra Soft",
              "", "technical", "matias.roldan@chacrasoft.com;nahuel.ortiz@chacrasoft.com", "gcal-export-technical-es")


def yerba_lever() -> Ev:
    uid = "lever-interview-b6e2d94f-0a17-4c3b-8f55-e1c0a9d27f46"
    text = T("""
        Hola Valentina,

        ¡Gracias por tu interés en Yerba Cloud! Te confirmamos tu entrevista con el hiring manager de la
        búsqueda Desarrollador/a Node.js Jr.

        Entrevistador: Martín Grosso, Engineering Manager – Plataforma
        Duración: 45 minutos
        Link: https://yerbacloud.zoom.us/j/97120384455

        Martín te va a contar sobre el equipo y el roadmap, y quiere conocer más sobre tus proyectos y cómo
        trabajás en equipo.

        Saludos,
        Equipo de Talento de Yerba Cloud

        --
        Powered by Lever
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250402T130322Z",
        "DTSTART:20250407T140000Z",
        "DTEND:20250407T144500Z",
        "SUMMARY:Yerba Cloud - Entrevista con Hiring Manager - Valentina Ríos",
        desc(text),
        "LOCATION:https://yerbacloud.zoom.us/j/97120384455",
        org("no-reply@hire.lever.co", "Equipo de Talento de Yerba Cloud"),
        att(USER_FREE, "Valentina Ríos", style="plain"),
        att("martin.grosso@yerbacloud.io", "Martín Grosso", ps="ACCEPTED", rsvp=None, style="plain"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("lever", uid, cal(body, prodid="-//Lever//Lever Hire//EN"), 1, "Yerba Cloud",
              "Desarrollador/a Node.js Jr.", "hiring_manager", "martin.grosso@yerbacloud.io", "lever-hiring-manager-es")


def bondi_final() -> Ev:
    uid = ms_uid("bondi-final-presencial")
    text = T("""
        Valentina, buenas tardes:

        Te confirmamos la entrevista final para la posición de Analista Desarrolladora Jr. La entrevista es
        presencial en nuestras oficinas de Av. Paseo Colón 1250, piso 4 (sala Riachuelo). Traé DNI para
        registrarte en recepción.

        Participan: Gustavo Benítez (Gerente de Sistemas) y Paula Ferraro (Jefa de Selección).

        Cualquier inconveniente avisanos a este mail.

        Saludos cordiales,
        Paula Ferraro
        Jefa de Selección | Bondi Logística S.A.
        """)
    body = [
        "BEGIN:VEVENT",
        org("paula.ferraro@bondilogistica.com.ar", "Ferraro, Paula"),
        att("gustavo.benitez@bondilogistica.com.ar", "Benítez, Gustavo", style="outlook"),
        att(USER_FREE, "vale.rios.dev@gmail.com", style="outlook"),
        att("sala.riachuelo@bondilogistica.com.ar", "Sala Riachuelo - Piso 4", style="outlook", cutype="ROOM",
            role="NON-PARTICIPANT"),
        att("proyector.p4@bondilogistica.com.ar", "Proyector Piso 4", style="outlook", cutype="RESOURCE",
            role="NON-PARTICIPANT"),
        desc(text, params=";LANGUAGE=es-AR"),
        alt_html(text),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-AR:Entrevista final - Analista Desarrolladora Jr. - Valentina Ríos",
        "DTSTART;TZID=Argentina Standard Time:20250415T150000",
        "DTEND;TZID=Argentina Standard Time:20250415T160000",
        "DTSTAMP:20250409T183330Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-AR:Sala Riachuelo - Piso 4",
        *ms_tail(),
        *ms_alarm(15),
        "END:VEVENT",
    ]
    return Ev("outlook-room", uid, cal(body, prodid=EXCH, tz=("Argentina Standard Time",), tzstyle="outlook"), 1,
              "Bondi Logística", "Analista Desarrolladora Jr.", "final",
              "gustavo.benitez@bondilogistica.com.ar;paula.ferraro@bondilogistica.com.ar", "outlook-room-final-es")


def pehuen_teams() -> Ev:
    uid = ms_uid("pehuen-teams-tecnica")
    turl, tt = teams("es", "pehuen-teams")
    text = T(f"""
        Hola Valentina, ¿qué tal?

        Te envío la invitación para la entrevista técnica por la posición de Desarrolladora React en Pehuén
        Sistemas. Vamos a charlar sobre hooks, manejo de estado y testing, y te voy a pedir que compartas
        pantalla para resolver un ejercicio corto.

        Romina (RRHH) se suma solo al principio para presentarnos.

        Saludos,
        Lucas Benegas
        Arquitecto de Software | Pehuén Sistemas

        {tt}
        """)
    body = [
        "BEGIN:VEVENT",
        org("lucas.benegas@pehuen.com.ar", "Lucas Benegas"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        att("romina.paz@pehuen.com.ar", "Romina Paz", style="outlook", role="OPT-PARTICIPANT"),
        desc(text, params=";LANGUAGE=es-AR"),
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-AR:Entrevista técnica - Desarrolladora React",
        "DTSTART;TZID=\"(UTC-03:00) Ciudad de Buenos Aires\":20250410T113000",
        "DTEND;TZID=\"(UTC-03:00) Ciudad de Buenos Aires\":20250410T123000",
        "DTSTAMP:20250407T120140Z",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-AR:Reunión de Microsoft Teams",
        *ms_tail(teams_link=turl),
        "END:VEVENT",
    ]
    return Ev("outlook-teams", uid, cal(body, prodid=EXCH, tz=("(UTC-03:00) Ciudad de Buenos Aires",),
                                        tzstyle="outlook"), 1,
              "Pehuén Sistemas", "Desarrolladora React", "technical", "lucas.benegas@pehuen.com.ar",
              "teams-technical-es")


def litoral_successfactors() -> Ev:
    uid = "SF-INT-8832-20250318-4471@successfactors.com"
    wurl, wt = webex("es", "bancodellitoral", "litoral-sf")
    text = T(f"""
        Estimada Valentina:

        Le confirmamos su entrevista preliminar con el área de Selección para la búsqueda Desarrollador/a Trainee
        (Req. 8832) – Gerencia de Canales Digitales.

        Entrevistadora: Mariela Quiroga – Analista de Selección
        Duración estimada: 40 minutos
        Modalidad: videoconferencia Webex

        Le solicitamos conectarse cinco minutos antes y tener a mano su DNI.

        Atentamente,
        Selección y Desarrollo – Banco del Litoral

        {wt}
        """)
    body = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20250314T170512Z",
        "DTSTART;TZID=Argentina Standard Time:20250318T100000",
        "DTEND;TZID=Argentina Standard Time:20250318T104000",
        "SUMMARY:Entrevista: Desarrollador/a Trainee (Req. 8832)",
        desc(text),
        f"LOCATION:{wurl}",
        org("mariela.quiroga@bancodellitoral.com.ar", "Mariela Quiroga", sent_by="noreply@successfactors.com"),
        att(USER_FREE, "Valentina Ríos", style="outlook"),
        att("mariela.quiroga@bancodellitoral.com.ar", "Mariela Quiroga", style="outlook", ps="ACCEPTED"),
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "END:VEVENT",
    ]
    return Ev("successfactors", uid, cal(body, prodid="-//SAP SuccessFactors//Interview Scheduling//ES",
                                         tz=("Argentina Standard Time",), tzstyle="outlook"), 1,
              "Banco del Litoral", "Desarrollador/a Trainee", "recruiter_screen",
              "mariela.quiroga@bancodellitoral.com.ar", "successfactors-webex-es")


EVENTS = [pampa_technical, pampa_final, chacra_rrhh, chacra_tecnica, yerba_lever, bondi_final, pehuen_teams,
          litoral_successfactors]

FORMS = {
    "Pampa Pagos": [],
    "Chacra Soft": ["Chacra"],
    "Yerba Cloud": [],
    "Bondi Logística": ["Bondi"],
    "Pehuén Sistemas": ["Pehuén"],
    "Banco del Litoral": [],
}
