"""holdout66: the user's own interviews, Spanish-language employers (part 3)."""

from __future__ import annotations

from holdout66ev_boiler import meet_es, webex_es
from holdout66ev_ics import (
    EXCHANGE,
    GOOGLE,
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


def factorial_mosaico():
    uid = "factorial-interview-220471@factorialhr.com"
    body = (
        "Hola Elena,\n\n"
        "Mosaico Interiores te ha invitado a una entrevista para la oferta Director/a Financiero/a.\n\n"
        "Entrevistadores: Paula Ribas (Head of People) y Ana Sáez (Controller)\n"
        "Lugar: Mosaico Interiores - Oficinas centrales, C/ Pere IV 58, 08005 Barcelona\n\n"
        "Puedes añadir este evento a tu calendario. Si no puedes asistir, contesta a este correo.\n\n"
        "Enviado con Factorial"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250505T140000Z",
        "DTSTART:20250513T084500Z",
        "DTEND:20250513T094500Z",
        org("no-reply@factorialhr.com", "Mosaico Interiores"),
        att(USER_FREE, USER_CN),
        att("paula.ribas@mosaicointeriores.com", "Paula Ribas"),
        att("ana.saez@mosaicointeriores.com", "Ana Sáez"),
        "SUMMARY:Entrevista Elena Marín Ortega - Director/a Financiero/a",
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('C/ Pere IV 58, 08005 Barcelona')}",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Factorial//Factorial HR//ES")
    return item("factorial-candidate-es", ics, uid=uid, is_interview=1, company="Mosaico Interiores",
                role="Director/a Financiero/a", stage="",
                interviewers=("paula.ribas@mosaicointeriores.com", "ana.saez@mosaicointeriores.com"),
                trap="factorial-candidate-nostage-es")


def recruitee_frescura():
    uid = "recruitee-ev-8812345-frescura@recruitee.com"
    body = (
        "Hola Elena,\n\n"
        "Gracias por reservar tu llamada con Frescura Market. Lorena Vidal, de Talent Acquisition, te llamará "
        "al número que indicaste para hablar de la vacante de Director/a Financiero/a y resolver tus dudas "
        "sobre el proceso.\n\n"
        "Un saludo,\nEquipo de Selección - Frescura Market"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250409T082155Z",
        f"DTSTART;{MAD}:20250414T131500",
        f"DTEND;{MAD}:20250414T134500",
        org("lorena.vidal@frescuramarket.es", "Lorena Vidal"),
        att(USER_FREE, USER_CN),
        "SUMMARY:Llamada telefónica con Frescura Market",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Teléfono",
        "STATUS:CONFIRMED",
    )
    ics = cal(ev, prodid="-//Recruitee//Recruitee Scheduler//EN", tzs=("Europe/Madrid",))
    return item("recruitee-phone-es", ics, uid=uid, is_interview=1, company="Frescura Market",
                role="Director/a Financiero/a", stage="recruiter_screen",
                interviewers=("lorena.vidal@frescuramarket.es",),
                trap="recruitee-phone-es")


def successfactors_mirasol():
    uid = "SFRCM-INT-4812-33907@successfactors.eu"
    body = (
        "Estimada Elena Marín Ortega:\n\n"
        "Le invitamos a una entrevista para el puesto Director Financiero Corporativo (Req. 4812) en Mirasol "
        "Hotels & Resorts.\n\n"
        "Entrevistador/es: Gabriel Oliver Bauzà (Consejero Delegado)\n"
        "Duración: 60 minutos\n"
        "Ubicación: Webex (datos de conexión a continuación)\n\n"
        + webex_es("mirasolhotels", "2650 114 7739", "Palma#25")
        + "\n\nSi necesita reprogramar, utilice el enlace de su perfil de candidato.\n\n"
        "Atentamente,\nTalent Acquisition - Mirasol Hotels & Resorts"
    )
    ev = vevent(
        f"UID:{uid}",
        "DTSTAMP:20250425T070412Z",
        "DTSTART:20250430T150000Z",
        "DTEND:20250430T160000Z",
        org("noreply@successfactors.eu", "Mirasol Hotels & Resorts - Talent Acquisition"),
        att(USER_FREE, USER_CN, cutype=None),
        att("gabriel.oliver@mirasolhotels.com", "Gabriel Oliver Bauzà", cutype=None),
        "SUMMARY:Invitación a entrevista: Director Financiero Corporativo",
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:Webex",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "CLASS:PUBLIC",
    )
    ics = cal(ev, prodid="-//SAP SuccessFactors//Interview Scheduling//EN")
    return item("successfactors-es", ics, uid=uid, is_interview=1, company="Mirasol Hotels & Resorts",
                role="Director Financiero Corporativo", stage="hiring_manager",
                interviewers=("gabriel.oliver@mirasolhotels.com",), trap="successfactors-webex-es")


def recurring_cordillera():
    uid = g_uid("cordillera-assessment")
    body = (
        "Hola Elena:\n\n"
        "Te dejamos agendadas las tres sesiones del assessment para el cargo de Gerente de Administración y "
        "Finanzas Europa (base Madrid):\n"
        "1) Caso de negocio: plan de financiamiento de la filial española.\n"
        "2) Entrevista por competencias con Mauricio Larraín, Gerente General Europa.\n"
        "3) Presentación de resultados del caso ante Mauricio y nuestro equipo.\n\n"
        "Las conduce Isabel Fuentealba (Personas y Cultura).\n\n"
        "Saludos cordiales,\nIsabel Fuentealba\nGerente de Personas y Cultura | Grupo Cordillera\n\n"
        + meet_es("cvh-ytsw-qre", "705 331 982")
    )
    master = vevent(
        "DTSTART:20250520T140000Z",
        "DTEND:20250520T153000Z",
        "RRULE:FREQ=DAILY;COUNT=3",
        "DTSTAMP:20250513T212030Z",
        org("isabel.fuentealba@grupocordillera.cl", "Isabel Fuentealba"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("mauricio.larrain@grupocordillera.cl", "Mauricio Larraín", partstat="ACCEPTED", rsvp=None),
        att("isabel.fuentealba@grupocordillera.cl", "Isabel Fuentealba", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250513T212011Z"),
        f"DESCRIPTION:{esc(body)}",
        "LOCATION:",
        "SUMMARY:Assessment Gerencia de Administración y Finanzas Europa - Grupo Cordillera",
        "TRANSP:OPAQUE",
    )
    override = vevent(
        "DTSTART:20250521T160000Z",
        "DTEND:20250521T173000Z",
        "DTSTAMP:20250515T130144Z",
        org("isabel.fuentealba@grupocordillera.cl", "Isabel Fuentealba"),
        f"UID:{uid}",
        "RECURRENCE-ID:20250521T140000Z",
        att(USER_FREE, USER_FREE),
        att("mauricio.larrain@grupocordillera.cl", "Mauricio Larraín", partstat="ACCEPTED", rsvp=None),
        att("isabel.fuentealba@grupocordillera.cl", "Isabel Fuentealba", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250513T212011Z", seq=1),
        f"DESCRIPTION:{esc('Sesión 2 movida dos horas por agenda de Mauricio. Mismo enlace.' + chr(10) + body)}",
        "LOCATION:",
        "SUMMARY:Assessment Gerencia de Administración y Finanzas Europa - Grupo Cordillera (sesión 2)",
        "TRANSP:OPAQUE",
    )
    ics = cal(master, override, prodid=GOOGLE, version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("recurring-override-cl", ics, uid=uid, is_interview=1, company="Grupo Cordillera",
                role="Gerente de Administración y Finanzas Europa", stage="technical",
                interviewers=("isabel.fuentealba@grupocordillera.cl", "mauricio.larrain@grupocordillera.cl"),
                trap="recurring-override-assessment-cl")


def allday_douro():
    uid = g_uid("douro-allday")
    body = (
        "Vuelo MAD-OPO 7:05 / vuelta 20:40 (reserva en el correo).\n"
        "Visita fábrica + entrevistas con Rui Cardoso (CEO) y Helena Brito (CFO saliente). Comida con el equipo "
        "de dirección.\nLlevar: presentación plan 100 días, certificado de titulación."
    )
    ev = vevent(
        "DTSTART;VALUE=DATE:20250604",
        "DTEND;VALUE=DATE:20250605",
        "DTSTAMP:20250526T210300Z",
        f"UID:{uid}",
        *g_tail("20250526T210240Z"),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Santa Maria da Feira, Portugal')}",
        "SUMMARY:Cortiças Douro – día de entrevistas en Santa Maria da Feira",
        "TRANSP:TRANSPARENT",
    )
    ics = cal(ev, prodid=GOOGLE, method="PUBLISH", version_first=True,
              head=("CALSCALE:GREGORIAN", "X-WR-CALNAME:Elena Marín", "X-WR-TIMEZONE:Europe/Madrid"))
    return item("allday-own-onsite-pt", ics, uid=uid, is_interview=1, company="Cortiças Douro", role="",
                stage="onsite", interviewers=("Rui Cardoso", "Helena Brito"), trap="allday-own-onsite-es-pt")


def exchange_jacetana():
    uid = ms_uid("jacetana-onsite")
    tz = "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"
    body = (
        "Buenos días, Elena:\n\n"
        "Te confirmo la entrevista presencial en nuestras instalaciones de Sabiñánigo con Javier Aísa "
        "(Director General) y Mercedes Lacasta (Presidenta). Yo te recibiré en recepción y te acompañaré a la "
        "sala; al terminar, Javier te enseñará el secadero.\n\n"
        "Un saludo,\nLaura Buisán\nAdministración | Embutidos La Jacetana, S.A.\nAv. del Ejército 41, "
        "22600 Sabiñánigo"
    )
    ev = vevent(
        org("lbuisan@lajacetana.es", "Buisán Otal, Laura"),
        att(USER_FREE, "elena.marin.ortega@yahoo.es", style="outlook"),
        att("jaisa@lajacetana.es", "Aísa Garcés, Javier", style="outlook"),
        att("mlacasta@lajacetana.es", "Lacasta Fanlo, Mercedes", style="outlook"),
        att("sala.juntas@lajacetana.es", "Sala de Juntas - Planta 1", role="NON-PARTICIPANT", cutype="ROOM",
            style="outlook"),
        att("proyector@lajacetana.es", "Proyector portátil", role="NON-PARTICIPANT", cutype="RESOURCE",
            style="outlook"),
        f"DESCRIPTION;LANGUAGE=es-ES:{esc(body)}",
        f"UID:{uid}",
        "SUMMARY;LANGUAGE=es-ES:Entrevista presencial Dirección Financiera - Elena Marín",
        f"DTSTART;{tzparam(tz)}:20250527T110000",
        f"DTEND;{tzparam(tz)}:20250527T130000",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        "DTSTAMP:20250519T080145Z",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        "SEQUENCE:0",
        "LOCATION;LANGUAGE=es-ES:Sala de Juntas - Planta 1",
        *ms_tail(),
        f"X-ALT-DESC;FMTTYPE=text/html:{html(body)}",
    )
    ics = cal(ev, prodid=EXCHANGE, tzs=(tz,))
    return item("exchange-room-onsite-es", ics, uid=uid, is_interview=1, company="Embutidos La Jacetana", role="",
                stage="onsite", interviewers=("jaisa@lajacetana.es", "mlacasta@lajacetana.es"),
                trap="exchange-room-resource-coordinator-es")


def google_orbital():
    uid = g_uid("orbital-cfo")
    body = (
        "Hola Elena,\n\n"
        "como te adelantó Pedro, nos gustaría seguir la conversación sobre tu posible incorporación como CFO. "
        "Estaremos Pedro Lasheras y yo. Te esperamos en la oficina de Valencia (Av. de Aragón 30, 8º).\n\n"
        "Raúl Sebastián\nSocio Director | Orbital Ingeniería"
    )
    ev = vevent(
        f"DTSTART;{MAD}:20250617T160000",
        f"DTEND;{MAD}:20250617T173000",
        "DTSTAMP:20250610T110520Z",
        org("raul.sebastian@orbitalingenieria.es", "Raúl Sebastián"),
        f"UID:{uid}",
        att(USER_FREE, USER_FREE),
        att("pedro.lasheras@orbitalingenieria.es", "Pedro Lasheras", partstat="TENTATIVE", rsvp=None),
        att("raul.sebastian@orbitalingenieria.es", "Raúl Sebastián", partstat="ACCEPTED", rsvp=None),
        *g_tail("20250610T110511Z"),
        f"DESCRIPTION:{esc(body)}",
        f"LOCATION:{esc('Orbital Ingeniería, Av. de Aragón 30, 8º, 46021 Valencia')}",
        "SUMMARY:Elena / Orbital – conversación puesto CFO",
        "TRANSP:OPAQUE",
    )
    ics = cal(ev, prodid=GOOGLE, tzs=("Europe/Madrid",), version_first=True, head=("CALSCALE:GREGORIAN",))
    return item("google-partners-nostage-es", ics, uid=uid, is_interview=1, company="Orbital Ingeniería", role="CFO",
                stage="", interviewers=("raul.sebastian@orbitalingenieria.es", "pedro.lasheras@orbitalingenieria.es"),
                trap="google-conversacion-nostage-es")


EVENTS = [
    factorial_mosaico(),
    recruitee_frescura(),
    successfactors_mirasol(),
    recurring_cordillera(),
    allday_douro(),
    exchange_jacetana(),
    google_orbital(),
]
