"""Holdout30 positives in Spanish: Ethan Walsh's own interviews in Madrid and remote."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    ME_WORK,
    OUTLOOK,
    Case,
    att,
    calendar,
    meet,
    org,
    teams,
    vevent,
    zoom,
)

ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME = att(ME_PRIVATE, "Ethan Walsh")


def cases() -> list[Case]:
    """Given nothing returns the Spanish positive cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, company: str, role: str, stage: str, ivs: list[str],
            trap: str = "") -> None:
        out.append(Case(kind, "es", uid, True, text, company, role, stage, ivs, trap))

    u = "h30-es-rrhh-1"
    add("es-recruiter-screen", u, calendar(GOOGLE, [vevent(
        u, "Entrevista telefónica – Analista de Datos Junior – Ethan Walsh", "20261203T120000", "20261203T123000",
        "Europe/Madrid",
        "Hola Ethan:\n\nGracias por tu interés en Seguros Alcázar. Te confirmo una primera llamada de 30 minutos "
        "con Lucía Romero, técnica de selección.\n\nUn saludo", "Llamada telefónica",
        [org("lucia.romero@segurosalcazar.es", "Lucía Romero"), ME])], ("Europe/Madrid",)),
        "Seguros Alcázar", "Analista de Datos Junior", "recruiter_screen", ["lucia.romero@segurosalcazar.es"])

    u = "h30-es-tecnica-teams"
    add("es-technical-windows", u, calendar(EXCHANGE, [vevent(
        u, "Entrevista técnica – Analista BI (Siniestros)", "20261210T100000", "20261210T110000",
        "Romance Standard Time",
        "Estimado Ethan:\n\nTe convocamos a la entrevista técnica para el puesto de Analista BI (Siniestros) en "
        "Mapfría Digital. Participan Álvaro Gil (responsable de BI) y Marta Ibáñez (ingeniera de datos). Habrá un "
        "ejercicio práctico de SQL.\n\n" + teams("366 280 117 409", "Es9kPw"), "Reunión de Microsoft Teams",
        [org("seleccion@mapfria-digital.es", "Selección Mapfría Digital"), ME,
         att("alvaro.gil@mapfria-digital.es", "Gil, Álvaro"),
         att("marta.ibanez@mapfria-digital.es", "Ibáñez, Marta")])],
        ("Romance Standard Time",)),
        "Mapfría Digital", "Analista BI (Siniestros)", "technical",
        ["alvaro.gil@mapfria-digital.es", "marta.ibanez@mapfria-digital.es"])

    u = "h30-es-presencial"
    add("es-onsite-final", u, calendar(GOOGLE, [vevent(
        u, "Entrevista final presencial – Banco Meseta – Data Analyst Riesgos", "20261216T093000",
        "20261216T120000", "Europe/Madrid",
        "Agenda:\n9:30 Caso práctico con Raúl Castaño\n10:30 Entrevista con la directora de Riesgos, Pilar Ortega\n"
        "11:30 Cierre con People (Andrea Soler)\n\nPregunta en recepción por Inés, que coordina tu visita.",
        "Banco Meseta, Paseo de la Castellana 140, Madrid",
        [org("ines.navarro@bancomeseta.es", "Inés Navarro"), ME, att("raul.castano@bancomeseta.es", "Raúl Castaño"),
         att("pilar.ortega@bancomeseta.es", "Pilar Ortega"), att("andrea.soler@bancomeseta.es", "Andrea Soler"),
         att("sala-retiro@bancomeseta.es", "Sala Retiro (P3)", ROOM)])], ("Europe/Madrid",)),
        "Banco Meseta", "Data Analyst Riesgos", "final",
        ["raul.castano@bancomeseta.es", "pilar.ortega@bancomeseta.es", "andrea.soler@bancomeseta.es"], "coordinator")

    u = "h30-es-terse"
    add("es-terse", u, calendar(APPLE, [vevent(
        u, "Entrevista Finaluz (2a ronda)", "20261211T170000", "20261211T180000", "Europe/Madrid")],
        ("Europe/Madrid",), method=None),
        "Finaluz", "", "", [], "terse")

    u = "h30-es-ashby-hm"
    add("es-ashby-hiring-manager", u, calendar(GOOGLE, [vevent(
        u, "Ethan Walsh x Cuentaclara – entrevista con el hiring manager", "20261214T150000Z", "20261214T154500Z",
        None,
        "Hola Ethan, esta es tu entrevista con Daniel Prieto, Head of Analytics, para el puesto de Analista de "
        "Producto (remoto). Programado con Ashby.\n\n" + meet("cqc-dpri-oto", "770 315"), None,
        [org("no-reply@ashbyhq.com", "Cuentaclara"), ME, att("daniel.prieto@cuentaclara.com", "Daniel Prieto")])]),
        "Cuentaclara", "Analista de Producto", "hiring_manager", ["daniel.prieto@cuentaclara.com"], "ats_name")

    u = "h30-es-consultora-zoom"
    add("es-consultancy-case", u, calendar(OUTLOOK, [vevent(
        u, "Caso práctico – Consultor/a Analytics Seguros – Ethan Walsh", "20261217T110000", "20261217T120000",
        "Romance Standard Time",
        "Hola Ethan,\n\nen esta sesión resolverás un caso de fraude en siniestros con Sergio Vidal (gerente). "
        "Consultora Tramontana Partners.\n\n" + zoom("85599012377", "tram26"), "Zoom",
        [org("sergio.vidal@tramontanapartners.es", "Sergio Vidal"), ME])], ("Romance Standard Time",)),
        "Tramontana Partners", "Consultor/a Analytics Seguros", "technical", ["sergio.vidal@tramontanapartners.es"])

    u = "h30-es-gmail-startup"
    add("es-founder-free-mail", u, calendar(GOOGLE, [vevent(
        u, "Charla Ethan + Clara (Polizapp) – puesto de data", "20261208T160000", "20261208T163000", "Europe/Madrid",
        "Hola Ethan! Soy Clara, cofundadora de Polizapp. Te escribo desde mi gmail personal. Esta es la primera "
        "entrevista para el puesto de analista de datos; hablaremos de tu experiencia en siniestros.", None,
        [org("clara.polizapp@gmail.com", "Clara Méndez"), ME])], ("Europe/Madrid",)),
        "Polizapp", "analista de datos", "", ["clara.polizapp@gmail.com"], "free_mail_founder")

    u = "h30-es-cancelada"
    add("es-cancelled", u, calendar(GOOGLE, [vevent(
        u, "Cancelada: Entrevista con RR. HH. – Aseguradora Tajo", "20261209T100000", "20261209T103000",
        "Europe/Madrid", "Lo sentimos, la entrevista queda cancelada. Te propondremos otra fecha.", None,
        [org("talento@aseguradoratajo.es", "Talento Aseguradora Tajo"), ME,
         att("eva.moreno@aseguradoratajo.es", "Eva Moreno")], status="CANCELLED", seq=1)], ("Europe/Madrid",),
        method="CANCEL"),
        "Aseguradora Tajo", "", "recruiter_screen", ["eva.moreno@aseguradoratajo.es"], "cancelled")

    u = "h30-es-trabajo"
    add("es-sent-to-work-address", u, calendar(OUTLOOK, [vevent(
        u, "Entrevista: Analista de Reporting – Grupo Ibérica Salud", "20261218T130000", "20261218T140000",
        "Romance Standard Time",
        "Estimado Sr. Walsh:\nLe confirmamos la entrevista con Jorge Beltrán (jefe de Reporting).\n\n" +
        teams("390 441 672 018", "Gi5sLm"), "Reunión de Microsoft Teams",
        [org("jorge.beltran@ibericasalud.es", "Jorge Beltrán"), att(ME_WORK, "Ethan Walsh")])],
        ("Romance Standard Time",)),
        "Grupo Ibérica Salud", "Analista de Reporting", "", ["jorge.beltran@ibericasalud.es"], "work_address")
    return out
