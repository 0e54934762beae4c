"""holdout85: the user's own interviews, part D (time shapes: recurrence, cancellation, all-day, floating)."""

from __future__ import annotations

from holdout85ev_ics import (
    GOOGLE,
    MAC,
    ME,
    ME_CN,
    OUTLOOK,
    OUTLOOK_TAIL,
    TZ_BOGOTA,
    TZ_MADRID,
    WIN_BOGOTA,
    Ev,
    alt_html,
    cal,
    desc,
    g_att,
    hexid,
    meet,
    o_att,
    org,
    outlook_uid,
    teams,
    uuid_like,
    vevent,
    zoom,
)


def _monetta_recurring() -> Ev:
    uid = f"{hexid('h85-monetta1', 26)}@google.com"
    body = (
        "Daniela, estas son las dos sesiones de la etapa final para Analista Senior de Riesgo:\n"
        "• Día 1: caso de negocio con Mateo Lozano (Gerente de Riesgo) y Ana Sofía Rey (Data Science)\n"
        "• Día 2: conversación con nuestra CEO, Isabel Cárdenas\n\nLas dos en nuestra oficina de la 93. "
        "Cualquier cosa me escribes.\n\nCarolina Gómez – People Monetta"
    )
    master = vevent(
        "DTSTART;TZID=America/Bogota:20260317T090000", "DTEND;TZID=America/Bogota:20260317T103000",
        "RRULE:FREQ=DAILY;COUNT=2", "DTSTAMP:20260312T200000Z",
        org("carolina.gomez@monetta.co", "Carolina Gómez"), f"UID:{uid}",
        g_att("mateo.lozano@monetta.co", "Mateo Lozano"), g_att("anasofia.rey@monetta.co", "Ana Sofía Rey"),
        g_att("isabel.cardenas@monetta.co", "Isabel Cárdenas"), g_att(ME, ME_CN),
        g_att("carolina.gomez@monetta.co", "Carolina Gómez", "ACCEPTED"),
        "CREATED:20260312T195800Z", desc(body), "LAST-MODIFIED:20260312T200000Z",
        "LOCATION:Monetta\\, Calle 93B # 13-44\\, Bogotá", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevistas finales Monetta – Daniela Castro", "TRANSP:OPAQUE",
    )
    override = vevent(
        "DTSTART;TZID=America/Bogota:20260318T140000", "DTEND;TZID=America/Bogota:20260318T143000",
        "DTSTAMP:20260314T150000Z", org("carolina.gomez@monetta.co", "Carolina Gómez"), f"UID:{uid}",
        "RECURRENCE-ID;TZID=America/Bogota:20260318T090000",
        g_att("isabel.cardenas@monetta.co", "Isabel Cárdenas"), g_att(ME, ME_CN),
        g_att("carolina.gomez@monetta.co", "Carolina Gómez", "ACCEPTED"),
        desc("Día 2 movido a la tarde: Isabel viaja en la mañana. Misma oficina.\n\nCarolina"),
        "LOCATION:Monetta\\, Calle 93B # 13-44\\, Bogotá", "SEQUENCE:1", "STATUS:CONFIRMED",
        "SUMMARY:Entrevistas finales Monetta – Daniela Castro (día 2 con CEO)", "TRANSP:OPAQUE",
    )
    text = cal(GOOGLE, TZ_BOGOTA, master, override, method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("recurring-override-es", uid, text, 1, "Monetta", "Analista Senior de Riesgo", "final",
              "mateo.lozano@monetta.co;anasofia.rey@monetta.co;isabel.cardenas@monetta.co",
              "recurring-override-final-es")


def _monetta_screen() -> Ev:
    uid = f"{hexid('h85-monetta0', 26)}@google.com"
    body = "Hola Daniela, hablemos 30 minutos sobre la vacante y tu experiencia en el banco.\n\n" + meet(
        "es", "h85-monetta0")
    text = cal(GOOGLE, vevent(
        "DTSTART:20260303T163000Z", "DTEND:20260303T170000Z", "DTSTAMP:20260227T190000Z",
        org("carolina.gomez@monetta.co", "Carolina Gómez"), f"UID:{uid}",
        g_att("carolina.gomez@monetta.co", "Carolina Gómez", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Daniela Castro <> Monetta | Primera conversación (Analista Senior de Riesgo)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 1, "Monetta", "Analista Senior de Riesgo", "recruiter_screen",
              "carolina.gomez@monetta.co", "people-screen-es")


def _tiendita_cancelled() -> Ev:
    uid = f"{hexid('h85-tiendita1', 26)}@google.com"
    text = cal(GOOGLE, vevent(
        "DTSTART:20260226T180000Z", "DTEND:20260226T183000Z", "DTSTAMP:20260225T141500Z",
        org("reclutamiento@tienditapro.mx", "Reclutamiento Tiendita Pro"), f"UID:{uid}",
        g_att("sofia.aguilar@tienditapro.mx", "Sofía Aguilar", "DECLINED"), g_att(ME, ME_CN, "ACCEPTED"),
        desc("Hola Daniela, pausamos la vacante de Analista de Datos por ahora; cancelo la entrevista "
             "con Sofía. Te contactamos si se reabre.\n\n" + meet("es", "h85-tiendita1")),
        "LOCATION:", "SEQUENCE:1", "STATUS:CANCELLED",
        "SUMMARY:Entrevista con Reclutamiento – Analista de Datos (Tiendita Pro)", "TRANSP:OPAQUE",
    ), method="CANCEL", head=("CALSCALE:GREGORIAN",))
    return Ev("cancelled-es", uid, text, 1, "Tiendita Pro", "Analista de Datos", "recruiter_screen",
              "sofia.aguilar@tienditapro.mx", "cancelled-status-cancelled-es")


def _kashu_resched() -> Ev:
    uid = f"{hexid('h85-kashu2', 26)}@google.com"
    body = (
        "Daniela, reprogramamos: la entrevista con nuestro Head of Data, Alonso Medina, pasa al viernes a la "
        "misma hora. Disculpa el cambio.\n\n" + zoom("es", "851 6604 2290", "kashu26")
    )
    text = cal(GOOGLE, TZ_BOGOTA, vevent(
        "DTSTART;TZID=America/Bogota:20260313T110000", "DTEND;TZID=America/Bogota:20260313T114500",
        "DTSTAMP:20260310T210000Z", org("fernanda.tapia@kashu.mx", "Fernanda Tapia"), f"UID:{uid}",
        g_att("alonso.medina@kashu.mx", "Alonso Medina", "ACCEPTED"), g_att(ME, ME_CN),
        "CREATED:20260306T170000Z", desc(body), "LAST-MODIFIED:20260310T210000Z",
        "LOCATION:https://us06web.zoom.us/j/85166042290", "SEQUENCE:3", "STATUS:CONFIRMED",
        "SUMMARY:Reprogramada: Entrevista con Head of Data – Kashú", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("rescheduled-es", uid, text, 1, "Kashú", "", "hiring_manager", "alonso.medina@kashu.mx",
              "rescheduled-es")


def _fruver_allday() -> Ev:
    uid = f"{hexid('h85-fruver2', 26)}@google.com"
    body = (
        "Daniela, te esperamos en Medellín para el día de entrevistas presenciales (Analista de Growth):\n"
        "9:00 recorrido por la bodega\n10:00 caso con Julián Restrepo (Growth Lead)\n"
        "11:30 entrevista con Manuela Vélez (CFO)\n\nNosotros cubrimos tiquetes. Dirección: Cra 43A # 1-50, "
        "El Poblado.\n\nValeria – Talento Humano"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART;VALUE=DATE:20260320", "DTEND;VALUE=DATE:20260321", "DTSTAMP:20260313T160000Z",
        org("talento@fruverexpress.co", "Talento Humano Fruver Express"), f"UID:{uid}",
        g_att("julian.restrepo@fruverexpress.co", "Julián Restrepo"),
        g_att("manuela.velez@fruverexpress.co", "Manuela Vélez"), g_att(ME, ME_CN),
        desc(body), "LOCATION:Fruver Express\\, Cra 43A # 1-50\\, Medellín", "SEQUENCE:0",
        "STATUS:CONFIRMED", "SUMMARY:Día de entrevistas presenciales – Fruver Express (Medellín)",
        "TRANSP:TRANSPARENT",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("allday-es", uid, text, 1, "Fruver Express", "Analista de Growth", "onsite",
              "julian.restrepo@fruverexpress.co;manuela.velez@fruverexpress.co", "allday-onsite-es")


def _pideya_floating() -> Ev:
    uid = uuid_like("h85-pideya1", upper=True)
    text = cal(MAC, vevent(
        "CREATED:20260305T032000Z", "UID:" + uid, "DTEND:20260309T153000", "TRANSP:OPAQUE",
        "SUMMARY:Prueba técnica SQL en vivo – PideYa (Analista de Datos)", "DTSTART:20260309T143000",
        "DTSTAMP:20260305T032001Z", "LOCATION:Google Meet (link en el correo de Andrea)", "SEQUENCE:0",
        desc("Con Andrea Salgado y Luis Fernando Peña (equipo de datos). 1 hora, SQL en HackerRank."),
    ), head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Búsqueda de trabajo", "X-WR-TIMEZONE:America/Bogota"))
    return Ev("x-wr-timezone-es", uid, text, 1, "PideYa", "Analista de Datos", "technical",
              "Andrea Salgado;Luis Fernando Peña", "x-wr-timezone-floating-es")


def _sabana_final_room() -> Ev:
    uid = outlook_uid("h85-sabana2")
    body = (
        "Daniela, buen día.\n\nLa esperamos para la entrevista final (panel) del cargo Analista de Inteligencia "
        "de Negocios en la sede administrativa, Autopista Norte # 108-27, sala Guadalupe.\n\nPanel:\n"
        "- Liliana Moreno Arbeláez, Gerente de Inteligencia Comercial\n- Germán Ospina, Director de "
        "Tecnología\n- Ángela Rincón, Gestión del Talento (acompaña)\n\nCordialmente,\nÁngela Rincón"
    )
    text = cal(OUTLOOK, WIN_BOGOTA, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260305T150000Z", f"UID:{uid}",
        "DTSTART;TZID=SA Pacific Standard Time:20260310T150000",
        "DTEND;TZID=SA Pacific Standard Time:20260310T163000",
        "SUMMARY;LANGUAGE=es-CO:Entrevista final (panel) – Analista de Inteligencia de Negocios",
        org("arincon@lasabana.com.co", "Rincón, Ángela"),
        o_att("lmoreno@lasabana.com.co", "Moreno Arbeláez, Liliana"), o_att("gospina@lasabana.com.co",
                                                                           "Ospina, Germán"),
        o_att(ME, ME_CN),
        o_att("sala.guadalupe@lasabana.com.co", "Sala Guadalupe - Sede Administrativa", role="NON-PARTICIPANT",
              cutype="ROOM"),
        "LOCATION;LANGUAGE=es-CO:Sala Guadalupe - Sede Administrativa", desc(body), alt_html(body),
        *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-es", uid, text, 1, "Almacenes La Sabana", "Analista de Inteligencia de Negocios", "final",
              "lmoreno@lasabana.com.co;gospina@lasabana.com.co", "outlook-room-panel-es")


def _cuadrante_case() -> Ev:
    uid = f"personio-{hexid('h85-pers2', 20)}@cuadrante.jobs.personio.de"
    body = (
        "Hola Daniela:\n\nEnhorabuena por pasar a la siguiente fase. En esta sesión presentarás el caso "
        "práctico que te enviamos (análisis de contracargos) a Álvaro Pizarro y a nuestra CFO, Beatriz "
        "Salcedo. 20 minutos de presentación y 25 de preguntas.\n\nEnlace: https://meet.google.com/pxd-kkrt-fwa"
        "\n\nUn saludo,\nEquipo de Personas · Cuadrante Pagos S.L."
    )
    text = cal("-//Personio GmbH//Personio Recruiting//DE", TZ_MADRID, vevent(
        f"UID:{uid}", "DTSTAMP:20260309T101000Z",
        "DTSTART;TZID=Europe/Madrid:20260317T170000", "DTEND;TZID=Europe/Madrid:20260317T174500",
        "SUMMARY:Presentación del caso práctico – Data Analyst – Cuadrante Pagos",
        org("jobs@cuadrante.es", "Cuadrante Pagos"),
        "ATTENDEE;CN=Álvaro Pizarro;ROLE=REQ-PARTICIPANT:mailto:alvaro.pizarro@cuadrante.es",
        "ATTENDEE;CN=Beatriz Salcedo;ROLE=REQ-PARTICIPANT:mailto:beatriz.salcedo@cuadrante.es",
        f"ATTENDEE;CN={ME_CN};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME}",
        "LOCATION:https://meet.google.com/pxd-kkrt-fwa", desc(body),
    ), method="REQUEST")
    return Ev("personio-es", uid, text, 1, "Cuadrante Pagos", "Data Analyst", "technical",
              "alvaro.pizarro@cuadrante.es;beatriz.salcedo@cuadrante.es", "case-presentation-es")


def _lumina_nostage() -> Ev:
    uid = f"{hexid('h85-lumina1', 26)}@google.com"
    body = (
        "¡Hola Daniela! Te escribo desde Lúmina. Vimos tu perfil y nos encantaría conversar sobre la posición "
        "de Analista de Datos de Aprendizaje. Somos una plataforma de cursos en línea para colegios.\n\n"
        + meet("es", "h85-lumina1") + "\n\nSimón Acevedo\nCo-fundador · Lúmina"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260223T200000Z", "DTEND:20260223T204500Z", "DTSTAMP:20260219T180000Z",
        org("simon@lumina.edu.co", "Simón Acevedo"), f"UID:{uid}",
        g_att("simon@lumina.edu.co", "Simón Acevedo", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Conversación Daniela / Lúmina", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("google-es", uid, text, 1, "Lúmina", "Analista de Datos de Aprendizaje", "",
              "simon@lumina.edu.co", "no-stage-founder-es")


def _vaultline_outlook() -> Ev:
    uid = outlook_uid("h85-vault2")
    tz = "(UTC-05:00) Bogota, Lima, Quito, Rio Branco"
    body = (
        "Hi Daniela,\n\nNice speaking with you last week. As a next step, please join Raj Patel and Chloe "
        "Nguyen from my team for a technical interview (SQL + a short dashboard critique). I set it in your "
        "time zone.\n\nThanks,\nErin\n\n" + teams("en", "h85-vault2")
    )
    text = cal(OUTLOOK, WIN_BOGOTA.replace("SA Pacific Standard Time", tz), vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260309T211500Z", f"UID:{uid}",
        f"DTSTART;TZID=\"{tz}\":20260313T100000", f"DTEND;TZID=\"{tz}\":20260313T111500",
        "SUMMARY;LANGUAGE=en-US:Vaultline - Technical Interview - Daniela Castro",
        org("erin.schaefer@vaultline.com", "Schaefer, Erin"),
        o_att("raj.patel@vaultline.com", "Patel, Raj"), o_att("chloe.nguyen@vaultline.com", "Nguyen, Chloe"),
        o_att(ME, "Daniela Castro"),
        o_att("ben.alvarado@northbridgetalent.com", "Ben Alvarado", role="OPT-PARTICIPANT"),
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", desc(body), alt_html(body), *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-en", uid, text, 1, "Vaultline", "", "technical",
              "raj.patel@vaultline.com;chloe.nguyen@vaultline.com", "outlook-agency-cc-en")


def events() -> list[Ev]:
    return [
        _monetta_recurring(), _monetta_screen(), _tiendita_cancelled(), _kashu_resched(), _fruver_allday(),
        _pideya_floating(), _sabana_final_room(), _cuadrante_case(), _lumina_nostage(), _vaultline_outlook(),
    ]
