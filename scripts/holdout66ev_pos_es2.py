"""holdout66: the user's own interviews, Spanish employers (part 2)."""

from __future__ import annotations

from holdout66ev_boiler import meet_es, teams_es, zoom_es
from holdout66ev_ics import (
    EXCHANGE,
    GOOGLE,
    OUTLOOK,
    USER_CN,
    USER_FREE,
    att,
    cal,
    esc,
    g_tail,
    g_uid,
    html,
    item,
    ms_tail,
    ms_uid,
    org,
    tzparam,
    vevent,
)

MAD = "TZID=Europe/Madrid"


def outlook_vanell_resched():
    uid = ms_uid("vanell-dg")
    tz = "W. Europe Standard Time"
    body = (
        "Elena, disculpa el cambio: hemos tenido que mover la reunión al jueves 15 a las 12:30 por un comité de "
        "dirección. Mantenemos el mismo enlace de Teams.\n\n"
        "Un saludo,\nAlbert\n\n"
        "Dr. Albert Casals i Roig\nDirector General | Laboratorios Vanell\n\n"
        + teams_es("359 228 441 067", "Vn4kL8", "MzU5MjI4NDQxMDY")
    )
    ev = vevent(
        org("albert.casals@vanell.com", "Casals i Roig, Albert"),
        att(USER_FREE, "Elena Marín Ortega", style="outlook"),
        att("nuria.pons@vanell.com", "Pons, Nuria", role="OPT-PARTICIPANT", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE=es-ES:{esc('Reprogramada: Entrevista con Dirección General - Laboratorios Vanell')}",
        f"DTSTART;{tzparam(tz)}:20250515T123000",
        f"DTEND;{tzparam(tz)}:20250515T133000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250509T172014Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams",
        *ms_tail(seq=2),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-rescheduled-es", ics, uid=uid, is_interview=1, company="Laboratorios Vanell", role="",
                stage="hiring_manager", interviewers=("albert.casals@vanell.com",),
                trap="rescheduled-seq2-optional-recruiter-es")


def agency_tello():
    uid = g_uid("arquetipo-tello")
    body = (
        "Hola Elena,\n\n"
        "Como te comenté, te propongo una primera entrevista en nuestras oficinas para la posición de CFO de "
        "nuestro cliente Grupo Tello Distribución (distribución de bebidas en el valle del Ebro, ~180 M€ de "
        "facturación). Repasaremos tu trayectoria y te contaré el proyecto con más detalle; si encaja, el "
        "siguiente paso sería con su Consejero Delegado.\n\n"
        "Dirección: C/ Coso 67, 3º izda., 50001 Zaragoza\n\n"
        "Un abrazo,\nBlanca Ezquerra\nSenior Partner | Arquetipo Executive Search\n+34 976 20 44 18"
    )
    ev = vevent(
        f"DTSTART;{MAD}:20250409T163000",
        f"DTEND;{MAD}:20250409T174500",
        "DTSTAMP:20250403T085541Z",
        org("blanca.ezquerra@arquetipo-search.com", "Blanca Ezquerra"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("blanca.ezquerra@arquetipo-search.com", "Blanca Ezquerra", partstat="ACCEPTED", rsvp=None),
        "X-MICROSOFT-CDO-OWNERAPPTID:1893372761",
        *g_tail("20250403T085530Z"),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Arquetipo Executive Search, C/ Coso 67, 3º izda., Zaragoza')}",
        f"SUMMARY:{esc('Entrevista Arquetipo | CFO Grupo Tello Distribución - Elena Marín')}",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Madrid",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("agency-client-named-es", ics, uid=uid, is_interview=1, company="Grupo Tello Distribución",
                role="CFO", stage="recruiter_screen", interviewers=("blanca.ezquerra@arquetipo-search.com",),
                trap="agency-names-client-es")


def exchange_bernafe():
    uid = ms_uid("bernafe-dg")
    tz = "Romance Standard Time"
    body = (
        "Buenas tardes, Elena:\n\n"
        "Le envío, de parte de Dña. Pilar Bernal, Directora General, la convocatoria para la entrevista "
        "relativa a la posición de Director/a Financiero/a del Grupo Bernafé. Le rogamos que se presente en la "
        "recepción de la 3ª planta diez minutos antes.\n\n"
        "Un cordial saludo,\n\n"
        "Gema Torrijos\nAsistente de Dirección General\nClínicas Bernafé\nC/ Goya 88, 28009 Madrid"
    )
    ev = vevent(
        org("pbernal@clinicasbernafe.com", "Bernal Fernández, Pilar", sent_by="gtorrijos@clinicasbernafe.com"),
        att(USER_FREE, "Elena Marín Ortega", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista D.F. - Elena Marín Ortega",
        f"DTSTART;{tzparam(tz)}:20250521T100000",
        f"DTEND;{tzparam(tz)}:20250521T110000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250514T153207Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=es-ES:{esc('Clínica Bernafé Goya - Despacho Dirección General, 3ª planta')}",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=EXCHANGE, tzs=(tz,))
    return item("exchange-sentby-assistant-es", ics, uid=uid, is_interview=1, company="Clínicas Bernafé",
                role="Director/a Financiero/a", stage="hiring_manager", interviewers=("pbernal@clinicasbernafe.com",),
                trap="exchange-sentby-assistant-abbrev-es")


def xwr_papelera():
    uid = g_uid("papelera-gallego-tecnica")
    body = (
        "Prueba técnica para la posición de Director Financiero (2 h):\n"
        "1) Análisis de estados financieros 2022-2024 y propuesta de KPIs.\n"
        "2) Caso de costes energéticos en la máquina de papel PM2.\n\n"
        "Te acompañarán Miguel López (Director de Administración) y Rosa Cebrián (Controller de planta). "
        "Trae portátil; tendrás Excel.\n\n"
        "Papelera del Gállego - Ctra. de Huesca km 14, Zuera"
    )
    ev = vevent(
        "DTSTART:20250512T093000",
        "DTEND:20250512T113000",
        "DTSTAMP:20250505T114502Z",
        org("mlopez@papeleragallego.es", "Miguel López"),
        f"UID:{uid}",
        att(USER_FREE, USER_CN, partstat="ACCEPTED", rsvp=None),
        att("rcebrian@papeleragallego.es", "Rosa Cebrián", partstat="ACCEPTED", rsvp=None),
        att("mlopez@papeleragallego.es", "Miguel López", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250505T114455Z", seq=1),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Papelera del Gállego, Ctra. de Huesca km 14, 50800 Zuera')}",
        f"SUMMARY:{esc('Prueba técnica - Director Financiero - Papelera del Gállego')}",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, method="PUBLISH", version_first=True,
              head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:elena.marin.ortega@yahoo.es",
                    "X-WR-TIMEZONE:Europe/Madrid"))
    return item("xwr-floating-technical-es", ics, uid=uid, is_interview=1, company="Papelera del Gállego",
                role="Director Financiero", stage="technical",
                interviewers=("mlopez@papeleragallego.es", "rcebrian@papeleragallego.es"),
                trap="xwr-timezone-floating-technical-es")


def lever_bicivia():
    uid = "lever-interview-5c1e77b0-98a3-4f61-b0d2-0c9a7d2e3a11@hire.lever.co"
    body = (
        "Hola Elena,\n\n"
        "¡Gracias por tu interés en Bicivia! Esta primera llamada con Noelia Prieto (Talent Lead) es para "
        "conocerte, contarte el momento de la compañía y resolver dudas sobre la posición de CFO.\n\n"
        + zoom_es("Noelia Prieto", "862 4471 9025", "893114")
        + "\n\nNos vemos pronto,\nBicivia Talent"
    )
    ev = vevent(
        "DTSTART:20250508T143000Z",
        "DTEND:20250508T150000Z",
        "DTSTAMP:20250505T092211Z",
        org("noelia.prieto@bicivia.com", "Noelia Prieto"),
        f"UID:{uid}",
        att(USER_FREE, USER_CN, rsvp=True),
        att("noelia.prieto@bicivia.com", "Noelia Prieto", partstat="ACCEPTED", rsvp=None),
        f"SUMMARY:{esc('Bicivia - Entrevista con Elena Marín Ortega')}",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us06web.zoom.us/j/86244719025",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
    )
    ics = cal(ev, prodid="-//Lever//Lever Hire//EN")
    return item("lever-es", ics, uid=uid, is_interview=1, company="Bicivia", role="CFO", stage="recruiter_screen",
                interviewers=("noelia.prieto@bicivia.com",), trap="lever-zoom-es")


def calendly_arcoiris():
    uid = "a7f1c3e2-5b0d-4c9a-8e21-3f6d9b0c1a55@calendly.com"
    body = (
        "Nombre del evento: Entrevista - Director Financiero (cliente: Juguetes Arcoíris)\n\n"
        "Ubicación: Esta es una conferencia web de Zoom.\n"
        + zoom_es("Álvaro Medrano", "735 902 1184", "ITP2025", sub="us02web")
        + "\n\nNecesitas hacer cambios en este evento?\n"
        "Cancelar: https://calendly.com/cancellations/a7f1c3e2-5b0d-4c9a-8e21-3f6d9b0c1a55\n"
        "Reprogramar: https://calendly.com/reschedulings/a7f1c3e2-5b0d-4c9a-8e21-3f6d9b0c1a55\n\n"
        "Con tecnología de Calendly.com"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250422T183010Z",
        "DTSTART:20250428T073000Z",
        "DTEND:20250428T081500Z",
        "CLASS:PUBLIC",
        "SUMMARY:" + esc("Entrevista - Director Financiero (cliente: Juguetes Arcoíris) entre Álvaro Medrano y "
                         "Elena Marín Ortega"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:https://us02web.zoom.us/j/7359021184",
        org("alvaro.medrano@ibericatalent.com", "Álvaro Medrano"),
        att(USER_FREE, USER_CN, partstat="ACCEPTED", rsvp=False),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid="-//Calendly//Calendly//EN")
    return item("calendly-agency-es", ics, uid=uid, is_interview=1, company="Juguetes Arcoíris",
                role="Director Financiero", stage="recruiter_screen",
                interviewers=("alvaro.medrano@ibericatalent.com",),
                trap="calendly-agency-client-es")


def outlook_albarracin():
    uid = ms_uid("albarracin")
    tz = "Romance Standard Time"
    body = (
        "Hola Elena:\n\n"
        "Te cito en nuestras oficinas de Teruel para seguir hablando de tu candidatura a la Dirección "
        "Financiera. Estaremos Joaquín Sanz y yo.\n\n"
        "Saludos,\nRebeca Gascón\nResponsable de RR. HH.\nTransportes Albarracín, S.L.\nPol. La Paz, "
        "parcela 112, 44195 Teruel"
    )
    ev = vevent(
        org("rgascon@transalbarracin.com", "Gascón Pérez, Rebeca"),
        att(USER_FREE, "elena.marin.ortega@yahoo.es", style="outlook"),
        att("jsanz@transalbarracin.com", "Sanz Albarracín, Joaquín", style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:"
        + esc("Reunión Elena Marín / Transportes Albarracín - candidatura Dirección Financiera"),
        f"DTSTART;{tzparam(tz)}:20250603T120000",
        f"DTEND;{tzparam(tz)}:20250603T133000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250527T104455Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        f"LOCATION;LANGUAGE=es-ES:{esc('Transportes Albarracín - Pol. La Paz, parcela 112, Teruel')}",
        *ms_tail(),
    )
    ics = cal(ev, prodid=OUTLOOK, tzs=(tz,))
    return item("outlook-nostage-es", ics, uid=uid, is_interview=1, company="Transportes Albarracín", role="",
                stage="", interviewers=("rgascon@transalbarracin.com", "jsanz@transalbarracin.com"),
                trap="outlook-reunion-candidatura-same-trade-es")


def calcom_rutalia():
    uid = "calcom-9Qx2vLm7RtA3pK8sYd1Wb@cal.com"
    body = (
        "¿Qué?: Conversación CFO\n"
        "¿Cuándo?: martes, 20 de mayo de 2025 19:00 - 19:45 (Europe/Madrid)\n"
        "¿Quién?:\n"
        "- Tomás Lago - Organizador\n  tomaslago.rutalia@gmail.com\n"
        "- Elena Marín Ortega\n  elena.marin.ortega@yahoo.es\n"
        "¿Dónde?: Google Meet https://meet.google.com/wdo-pfsk-tnb\n"
        "Notas adicionales: Hola Tomás, gracias por el contacto a través de Carlos Ibarz. Encantada de hablar "
        "sobre el rol de CFO en Rutalia de cara a la Serie A.\n\n"
        "¿Necesitas hacer un cambio? Reprogramar o Cancelar: https://cal.com/booking/9Qx2vLm7RtA3pK8sYd1Wb"
    )
    ev = vevent(
        f"UID:{uid}",
        "SUMMARY:Conversación CFO entre Tomás Lago y Elena Marín Ortega",
        f"DESCRIPTION:{esc(body)}",
        "DTSTART:20250520T170000Z",
        "DTEND:20250520T174500Z",
        "DTSTAMP:20250516T091133Z",
        "LOCATION:https://meet.google.com/wdo-pfsk-tnb",
        "STATUS:CONFIRMED",
        "ORGANIZER;CN=Tomás Lago:mailto:tomaslago.rutalia@gmail.com",
        "ATTENDEE;CN=Elena Marín Ortega;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + USER_FREE,
    )
    ics = cal(ev, prodid="-//Cal.com Inc.//Cal.com Event//EN", version_first=True)
    return item("calcom-founder-gmail-es", ics, uid=uid, is_interview=1, company="Rutalia", role="CFO",
                stage="hiring_manager", interviewers=("tomaslago.rutalia@gmail.com",),
                trap="calcom-founder-gmail-es")


def google_valdeoro():
    uid = g_uid("valdeoro-hm")
    body = (
        "Elena, te mando el enlace para la charla del jueves sobre la dirección financiera del grupo. Estaremos "
        "mi hermano Luis (consejero delegado) y yo. Te adelanto las cuentas consolidadas por correo.\n\n"
        "Eduardo Valdeón\nPresidente - Lácteos Valdeoro\n\n"
        + meet_es("kqz-rnvb-ypo", "418 209 337")
    )
    ev = vevent(
        f"DTSTART;{MAD}:20250605T170000",
        f"DTEND;{MAD}:20250605T180000",
        "DTSTAMP:20250602T201114Z",
        org("eduardo@lacteosvaldeoro.com", "Eduardo Valdeón García"),
        f"UID:{uid}",
        att("luis@lacteosvaldeoro.com", "Luis Valdeón", partstat="ACCEPTED", rsvp=None),
        att(USER_FREE, USER_FREE),
        att("eduardo@lacteosvaldeoro.com", "Eduardo Valdeón García", partstat="ACCEPTED", rsvp=None),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kqz-rnvb-ypo",
        *g_tail("20250602T201105Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        "SUMMARY:Elena Marín <> Lácteos Valdeoro",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Madrid",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("google-owners-es", ics, uid=uid, is_interview=1, company="Lácteos Valdeoro", role="",
                stage="hiring_manager", interviewers=("eduardo@lacteosvaldeoro.com", "luis@lacteosvaldeoro.com"),
                trap="google-family-owners-es")


EVENTS = [
    outlook_vanell_resched(),
    agency_tello(),
    exchange_bernafe(),
    xwr_papelera(),
    lever_bicivia(),
    calendly_arcoiris(),
    outlook_albarracin(),
    calcom_rutalia(),
    google_valdeoro(),
]
