"""holdout85: the user's own interviews, part B (Outlook/Exchange, schedulers, booking pages)."""

from __future__ import annotations

from holdout85ev_ics import (
    GOOGLE,
    ME,
    ME_CN,
    OUTLOOK,
    OUTLOOK_TAIL,
    TZ_BOGOTA,
    WIN_BOGOTA,
    WIN_MADRID_ES,
    WIN_MEXICO,
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


def _bookings_alameda() -> Ev:
    uid = uuid_like("h85-bookings1")
    body = (
        "Su cita está confirmada.\n\nServicio: Entrevista de selección – Analista de Datos Actuariales\n"
        "Con: Natalia Cifuentes\nDuración: 30 minutos\n\nSeguros Alameda S.A. – Gestión Humana\n"
        "Calle 72 # 10-51, Bogotá\n\n" + teams("es", "h85-bookings1")
        + "\n\nPara cancelar o reprogramar, use el enlace de su correo de confirmación."
    )
    text = cal(OUTLOOK, WIN_BOGOTA, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260216T200501Z", f"UID:{uid}",
        "DTSTART;TZID=SA Pacific Standard Time:20260219T110000",
        "DTEND;TZID=SA Pacific Standard Time:20260219T113000",
        "SUMMARY;LANGUAGE=es-CO:Entrevista de selección – Analista de Datos Actuariales",
        org("GestionHumana@segurosalameda.co", "Gestión Humana Seguros Alameda"),
        o_att("ncifuentes@segurosalameda.co", "Cifuentes, Natalia"), o_att(ME, ME_CN),
        "LOCATION;LANGUAGE=es-CO:Reunión de Microsoft Teams", desc(body),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1822409123",
        *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("bookings-es", uid, text, 1, "Seguros Alameda", "Analista de Datos Actuariales",
              "recruiter_screen", "ncifuentes@segurosalameda.co", "bookings-es-gestion-humana")


def _cordillera_tech() -> Ev:
    uid = outlook_uid("h85-cord1")
    body = (
        "Buenas tardes Daniela,\n\nSiguiendo con el proceso para el cargo de Analista Senior de Analítica de "
        "Clientes, le confirmamos la entrevista técnica en nuestras oficinas de la Calle 26. Por favor "
        "presentarse en la recepción de la Torre B con 15 minutos de anticipación y su cédula.\n\n"
        "Entrevistadores: Andrés Rojas Pineda (Líder de Modelos) y Catalina Uribe (Científica de Datos).\n"
        "Se realizará un ejercicio en SQL y Python de aproximadamente 40 minutos.\n\nSaludos,\n"
        "Andrés Rojas Pineda\nVicepresidencia de Analítica – Banco Cordillera\n\n" + teams("es", "h85-cord1")
    )
    text = cal(OUTLOOK, WIN_BOGOTA, vevent(
        "CLASS:PUBLIC", "CREATED:20260225T164012Z", "DTSTAMP:20260225T164012Z", f"UID:{uid}",
        "DTSTART;TZID=SA Pacific Standard Time:20260303T140000",
        "DTEND;TZID=SA Pacific Standard Time:20260303T153000",
        "SUMMARY;LANGUAGE=es-CO:Entrevista técnica – Analista Sr. Analítica de Clientes – Daniela Castro",
        org("arojasp@bancocordillera.com.co", "Rojas Pineda, Andrés"),
        o_att("cauribe@bancocordillera.com.co", "Uribe Salazar, Catalina"),
        o_att(ME, ME_CN),
        o_att("SalaNevadoRuiz.TorreB@bancocordillera.com.co", "Sala Nevado del Ruiz (Torre B - Piso 9)",
              role="NON-PARTICIPANT", cutype="ROOM"),
        o_att("VideoBeam.P9@bancocordillera.com.co", "Video beam Piso 9", role="NON-PARTICIPANT",
              cutype="RESOURCE"),
        "LOCATION;LANGUAGE=es-CO:Sala Nevado del Ruiz (Torre B - Piso 9)\\; Reunión de Microsoft Teams",
        desc(body), alt_html(body), "PRIORITY:5", "SEQUENCE:0", "TRANSP:OPAQUE", *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-es", uid, text, 1, "Banco Cordillera", "Analista Sr. Analítica de Clientes", "technical",
              "arojasp@bancocordillera.com.co;cauribe@bancocordillera.com.co", "outlook-room-resource-es")


def _cordillera_final() -> Ev:
    uid = outlook_uid("h85-cord2")
    body = (
        "Daniela, buenos días.\n\nPor instrucción de la doctora Claudia Mejía, Vicepresidente de Analítica, le "
        "envío la citación para la entrevista final del proceso Analista Sr. Analítica de Clientes.\n\n"
        "Lugar: Calle 26 # 59-41, Torre A, piso 14, oficina de Vicepresidencia.\n\nCordial saludo,\n"
        "Yolanda Beltrán\nAsistente de Vicepresidencia"
    )
    text = cal(OUTLOOK, WIN_BOGOTA, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260311T140000Z", f"UID:{uid}",
        "DTSTART;TZID=SA Pacific Standard Time:20260316T083000",
        "DTEND;TZID=SA Pacific Standard Time:20260316T091500",
        "SUMMARY;LANGUAGE=es-CO:Entrevista final - Daniela Castro",
        org("cmejia@bancocordillera.com.co", "Mejía Ocampo, Claudia", sent_by="ybeltran@bancocordillera.com.co"),
        o_att(ME, ME_CN),
        o_att("ybeltran@bancocordillera.com.co", "Beltrán, Yolanda", role="OPT-PARTICIPANT"),
        "LOCATION;LANGUAGE=es-CO:Torre A piso 14 - Oficina VP Analítica", desc(body), alt_html(body),
        "SEQUENCE:0", *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-es", uid, text, 1, "Banco Cordillera", "Analista Sr. Analítica de Clientes", "final",
              "cmejia@bancocordillera.com.co", "outlook-sent-by-assistant-es")


def _gcj_mexico() -> Ev:
    uid = outlook_uid("h85-gcj1")
    body = (
        "Hola Daniela,\n\nComo platicamos, te comparto la invitación para la entrevista con Rodrigo Treviño, "
        "Director de BI, para la vacante Analista BI Sr. (Guadalajara / híbrido).\n\nSaludos,\n"
        "Ximena Orozco | Reclutamiento Corporativo | GCJ\n\n" + teams("es", "h85-gcj1")
    )
    text = cal(OUTLOOK, WIN_MEXICO, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260223T190012Z", f"UID:{uid}",
        "DTSTART;TZID=Central Standard Time (Mexico):20260302T100000",
        "DTEND;TZID=Central Standard Time (Mexico):20260302T110000",
        "SUMMARY;LANGUAGE=es-MX:Entrevista Daniela Castro – Analista BI Sr.",
        org("xorozco@gcj.com.mx", "Orozco, Ximena"),
        o_att("rtrevino@gcj.com.mx", "Treviño Garza, Rodrigo"), o_att(ME, ME_CN),
        "LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams", desc(body), alt_html(body), *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-es-mx", uid, text, 1, "Grupo Comercial Jalisco", "Analista BI Sr.", "hiring_manager",
              "rtrevino@gcj.com.mx", "outlook-acronym-only-es")


def _nubo_spain() -> Ev:
    uid = outlook_uid("h85-nubo1")
    tz = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    body = (
        "Hola Daniela:\n\nTe escribo para agendar la entrevista con Iñigo Arrieta, responsable del equipo de "
        "Riesgo en Nubo, para la posición de Data Scientist – Riesgo de Crédito. Será en remoto, hora de "
        "Madrid.\n\nUn saludo,\nLeire Etxeberria\nTalent Acquisition · Nubo Banco\n\n" + teams("es", "h85-nubo1")
    )
    text = cal(OUTLOOK, WIN_MADRID_ES, vevent(
        "CLASS:PUBLIC", "DTSTAMP:20260304T081500Z", f"UID:{uid}",
        f"DTSTART;TZID=\"{tz}\":20260311T163000", f"DTEND;TZID=\"{tz}\":20260311T171500",
        "SUMMARY;LANGUAGE=es-ES:Entrevista con hiring manager – Data Scientist Riesgo de Crédito",
        org("leire.etxeberria@nubo.es", "Etxeberria, Leire"),
        o_att("inigo.arrieta@nubo.es", "Arrieta, Iñigo"), o_att(ME, ME_CN),
        "LOCATION;LANGUAGE=es-ES:Microsoft Teams", desc(body), alt_html(body), *OUTLOOK_TAIL,
    ), method="REQUEST")
    return Ev("outlook-es-es", uid, text, 1, "Nubo", "Data Scientist – Riesgo de Crédito", "hiring_manager",
              "inigo.arrieta@nubo.es", "outlook-utc-label-zone-es")


def _ios_pagare() -> Ev:
    uid = uuid_like("h85-ios1", upper=True)
    text = cal("-//Apple Inc.//iPhone OS 17.3.1//EN", vevent(
        "CREATED:20260214T021144Z", "DTEND:20260218T113000", "DTSTAMP:20260214T021210Z",
        "DTSTART:20260218T100000", "LAST-MODIFIED:20260214T021210Z", "SEQUENCE:0",
        "SUMMARY:Entrevista Pagaré - caso SQL", "LOCATION:Cra 11 # 93-53 piso 4",
        "DESCRIPTION:con Laura Quintero (Head of Data). llevar portátil. caso de cartera morosa",
        f"UID:{uid}", "TRANSP:OPAQUE",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H",
        f"UID:{uuid_like('h85-ios1-alarm', upper=True)}", "END:VALARM",
    ), head=("CALSCALE:GREGORIAN",))
    return Ev("ios-es", uid, text, 1, "Pagaré", "", "technical", "Laura Quintero", "handtyped-floating-es")


def _thunderbird_dataloop() -> Ev:
    uid = uuid_like("h85-tb1")
    text = cal("-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN", TZ_BOGOTA, vevent(
        "CREATED:20260320T231502Z", "LAST-MODIFIED:20260320T231544Z", "DTSTAMP:20260320T231544Z",
        f"UID:{uid}", "SUMMARY:Dataloop final round (panel w/ CEO + VP Analytics)",
        "DTSTART;TZID=America/Bogota:20260325T090000", "DTEND;TZID=America/Bogota:20260325T113000",
        "DESCRIPTION:Analytics Consultant role. Present the churn case (20 min) then Q&A. Link in Dataloop"
        " recruiter email.", "LOCATION:Zoom", "TRANSP:OPAQUE",
        "X-MOZ-GENERATION:2",
    ))
    return Ev("thunderbird-en", uid, text, 1, "Dataloop", "Analytics Consultant", "final", "",
              "thunderbird-handtyped-en")


def _agency_laceiba() -> Ev:
    uid = f"{hexid('h85-agency1', 26)}@google.com"
    body = (
        "Hola Daniela,\n\nComo te comenté por teléfono, nuestro cliente Droguerías La Ceiba quiere conocerte "
        "para la vacante de Analista de Datos Comerciales (Medellín, híbrido). La entrevista es con Gustavo "
        "Londoño, Jefe de Inteligencia de Mercados. Yo me conecto al inicio para presentarlos y luego los "
        "dejo.\n\n" + meet("es", "h85-agency1")
        + "\n\nÉxitos,\nSara Montoya\nConsultora Senior – Talento TI Consultores"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260227T150000Z", "DTEND:20260227T160000Z", "DTSTAMP:20260224T131500Z",
        org("sara.montoya@talentoti.com.co", "Sara Montoya"), f"UID:{uid}",
        g_att("sara.montoya@talentoti.com.co", "Sara Montoya", "ACCEPTED"),
        g_att("glondono@laceiba.com.co", "Gustavo Londoño"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista con cliente – Analista de Datos Comerciales (Daniela Castro)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("agency-es", uid, text, 1, "Droguerías La Ceiba", "Analista de Datos Comerciales", "hiring_manager",
              "glondono@laceiba.com.co", "agency-employer-in-body-es")


def _agency_vaultline() -> Ev:
    uid = f"{hexid('h85-agency2', 26)}@google.com"
    body = (
        "Daniela - confirming your first interview with Vaultline for the BI Analyst (Remote, LATAM-based) "
        "role.\n\nYou'll meet Erin Schaefer, Director of Business Intelligence. Expect questions about "
        "dashboards you've owned end to end and how you handle stakeholder requests.\n\n"
        + zoom("en", "893 4417 2205", "vl2026")
        + "\n\nCall me after!\nBen Alvarado | Northbridge Talent Partners | +1 786 555 0144"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260304T190000Z", "DTEND:20260304T194500Z", "DTSTAMP:20260227T221508Z",
        org("ben.alvarado@northbridgetalent.com", "Ben Alvarado"), f"UID:{uid}",
        g_att("erin.schaefer@vaultline.com", "Erin Schaefer"), g_att(ME, ME_CN),
        g_att("ben.alvarado@northbridgetalent.com", "Ben Alvarado", "ACCEPTED"),
        desc(body), "LOCATION:Zoom", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Vaultline interview - Daniela Castro (Northbridge candidate)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("agency-en", uid, text, 1, "Vaultline", "BI Analyst", "hiring_manager", "erin.schaefer@vaultline.com",
              "agency-en")


def _crediya_phone() -> Ev:
    uid = f"{hexid('h85-crediya1', 26)}@google.com"
    body = (
        "Hola Daniela, te marco a tu celular para una primera llamada de filtro (20-25 min) sobre la vacante "
        "Analista de Riesgo de Crédito en Crediya. Si cambia algo me avisas por WhatsApp.\n\nMariana Ibarra\n"
        "Talent Acquisition · Crediya"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260209T170000Z", "DTEND:20260209T172500Z", "DTSTAMP:20260205T195001Z",
        org("mariana.ibarra@crediya.com.mx", "Mariana Ibarra"), f"UID:{uid}",
        g_att("mariana.ibarra@crediya.com.mx", "Mariana Ibarra", "ACCEPTED"), g_att(ME, ME_CN),
        desc(body), "LOCATION:Llamada telefónica (+57 310 482 7716)", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Llamada telefónica: primer filtro – Analista de Riesgo de Crédito", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("phone-screen-es", uid, text, 1, "Crediya", "Analista de Riesgo de Crédito", "recruiter_screen",
              "mariana.ibarra@crediya.com.mx", "phone-screen-es-mx")


def _kashu_zoom() -> Ev:
    uid = f"{hexid('h85-kashu1', 26)}@google.com"
    body = (
        "Hola Daniela,\n\nTe esperamos en la entrevista técnica para Data Scientist (Scoring). Tendrás 50 "
        "minutos para resolver un caso de modelado con Emiliano Ruiz y Fernanda Tapia del equipo de Crédito.\n\n"
        + zoom("es", "857 0231 6642", "kashu26")
    )
    text = cal(GOOGLE, TZ_BOGOTA, vevent(
        "DTSTART;TZID=America/Bogota:20260305T120000", "DTEND;TZID=America/Bogota:20260305T130000",
        "DTSTAMP:20260301T004400Z", org("emiliano.ruiz@kashu.mx", "Emiliano Ruiz"), f"UID:{uid}",
        g_att("emiliano.ruiz@kashu.mx", "Emiliano Ruiz", "ACCEPTED"),
        g_att("fernanda.tapia@kashu.mx", "Fernanda Tapia"), g_att(ME, ME_CN),
        desc(body), "LOCATION:https://us06web.zoom.us/j/85702316642", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista técnica Kashú – Data Scientist (Scoring)", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Emiliano Ruiz"))
    return Ev("zoom-es", uid, text, 1, "Kashú", "Data Scientist (Scoring)", "technical",
              "emiliano.ruiz@kashu.mx;fernanda.tapia@kashu.mx", "zoom-es")


def _fruver_meet() -> Ev:
    uid = f"{hexid('h85-fruver1', 26)}@google.com"
    body = (
        "Daniela, ¡gracias por aplicar! Esta primera conversación es con Talento Humano para conocer tu "
        "perfil para el cargo de Analista de Growth.\n\n" + meet("es", "h85-fruver1")
        + "\n\nInvitación de Google Calendar"
    )
    text = cal(GOOGLE, vevent(
        "DTSTART:20260211T210000Z", "DTEND:20260211T213000Z", "DTSTAMP:20260209T150101Z",
        org("talento@fruverexpress.co", "Talento Humano Fruver Express"), f"UID:{uid}",
        g_att("valeria.henao@fruverexpress.co", "Valeria Henao"), g_att(ME, ME_CN),
        desc(body), "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Entrevista Daniela Castro - Analista de Growth", "TRANSP:OPAQUE",
    ), method="REQUEST", head=("CALSCALE:GREGORIAN",))
    return Ev("meet-es", uid, text, 1, "Fruver Express", "Analista de Growth", "recruiter_screen",
              "valeria.henao@fruverexpress.co", "meet-es-shared-mailbox-organizer")


def events() -> list[Ev]:
    return [
        _bookings_alameda(), _cordillera_tech(), _cordillera_final(), _gcj_mexico(), _nubo_spain(),
        _ios_pagare(), _thunderbird_dataloop(), _agency_laceiba(), _agency_vaultline(), _crediya_phone(),
        _kashu_zoom(), _fruver_meet(),
    ]
