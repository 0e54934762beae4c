"""holdout37: the user's own interviews in Spanish and German."""

from __future__ import annotations

from holdout37ev_ics import (
    APPLE,
    GOOGLE,
    ME,
    OUTLOOK365,
    Event,
    att,
    calendar,
    meet,
    org,
    teams_en,
    txt,
    vevent,
    webex,
    zoom,
)
from holdout37ev_pos_fr import ROM, ev


def events() -> list[Event]:
    out: list[Event] = []

    u = "nubalia-rrhh-20261125@nubalia.es"
    d = ("Hola Étienne:\n\nGracias por tu interés en la posición de Ingeniero/a DevOps (remoto desde Canadá) en "
         "Nubalia Tecnologías S.L. Te propongo una primera llamada de 30 minutos con Lucía Márquez, de Selección."
         "\n\n" + zoom("Lucía Márquez", "734 1180 2255", "bnViYWxpYQ", "es") + "\nUn saludo,\nEquipo de Personas")
    out.append(Event("es-screen", "es", calendar(OUTLOOK365, [ev(
        u, "20261125T163000", "20261125T170000", ROM, "Entrevista inicial – Ingeniero/a DevOps – Nubalia", d,
        "Zoom",
        (org("lucia.marquez@nubalia.es", "Márquez Ruiz, Lucía"), att(ME, "Étienne Gagnon")))],
        method="REQUEST", tzs=(ROM,)),
        u, True, "Nubalia Tecnologías", "Ingeniero/a DevOps", "recruiter_screen", ("lucia.marquez@nubalia.es",)))

    u = "8xq1lpw0n3d@google.com"
    d = ("Entrevista técnica para el puesto de SRE en PagoRápido. Haremos un ejercicio práctico con Kubernetes y "
         "Prometheus. Entrevistadores: Diego Salas y Carmen Vidal.\n\n" + meet("pgr-tcnc-sre"))
    out.append(Event("es-google-tech", "es", calendar(GOOGLE, [ev(
        u, "20261203T170000Z", "20261203T180000Z", "", "Entrevista técnica SRE – Étienne Gagnon", d,
        "https://meet.google.com/pgr-tcnc-sre",
        (org("diego.salas@pagorapido.com", "Diego Salas"), att("carmen.vidal@pagorapido.com", "Carmen Vidal"),
         att("diego.salas@pagorapido.com", "Diego Salas", partstat="ACCEPTED"), att(ME, rsvp="TRUE")))],
        method="REQUEST"),
        u, True, "PagoRápido", "SRE", "technical", ("diego.salas@pagorapido.com", "carmen.vidal@pagorapido.com")))

    u = "wttj-71212-es-final"
    d = ("¡Hola Étienne!\n\nTe confirmamos tu entrevista final con Marta Iglesias (CTO) y Pablo Herrero (VP "
         "Ingeniería) de Cumbre Games Studio.\nPuesto: Ingeniero/a de Plataforma\nDuración: 1 h\n\n"
         "Enviado a través de Welcome to the Jungle")
    out.append(Event("es-wttj-final", "es", calendar("-//Welcome to the Jungle//ATS//FR", [ev(
        u, "20261215T160000Z", "20261215T170000Z", "", "Entrevista final – Cumbre Games Studio", d,
        "Google Meet",
        (org("no-reply@welcometothejungle.com", "Cumbre Games Studio"),
         att("marta.iglesias@cumbregames.com", "Marta Iglesias"), att("pablo.herrero@cumbregames.com", "Pablo Herrero"),
         att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Cumbre Games Studio", "Ingeniero/a de Plataforma", "final",
        ("marta.iglesias@cumbregames.com", "pablo.herrero@cumbregames.com")))

    u = "A19C3E5B-0F2D-4B8E-9C6A-3D7E1F2A4B5C"
    out.append(Event("es-apple-terse", "es", calendar(APPLE, [ev(
        u, "20261207T110000", "20261207T114500", "America/Toronto", "entrevista Solaria Energía (jefe de equipo)",
        "puesto DevOps remoto, me llama Andrés al móvil", extra=("X-APPLE-CREATOR-IDENTITY:com.apple.calendar",))],
        tzs=("America/Toronto",)),
        u, True, "Solaria Energía", "DevOps", "hiring_manager", ()))

    u = "agencia-talentia-20261209@talentiatech.es"
    d = ("Estimado Étienne:\n\nNuestro cliente, Banco Mediterráneo Digital, quiere conocerte para la vacante de "
         "Site Reliability Engineer (Madrid/remoto). La entrevista será con Raúl Moreno, responsable de "
         "Infraestructura.\nYo no asistiré.\n\nIrene Castillo – Talentia Tech Consultores\n\n"
         + teams_en("287 114 009 12", "dGFsZW50aWE"))
    out.append(Event("es-agency", "es", calendar(OUTLOOK365, [ev(
        u, "20261209T150000", "20261209T160000", ROM, "Entrevista Banco Mediterráneo Digital – SRE", d,
        "Reunión de Microsoft Teams",
        (org("irene.castillo@talentiatech.es", "Irene Castillo"), att("rmoreno@bmdigital.es", "Raúl Moreno"),
         att(ME, "Étienne Gagnon")))], method="REQUEST", tzs=(ROM,)),
        u, True, "Banco Mediterráneo Digital", "Site Reliability Engineer", "hiring_manager",
        ("rmoreno@bmdigital.es",)))

    u = "teamtailor-55213-es-hm"
    d = ("Hola Étienne,\nTe esperamos en la entrevista con el hiring manager para el puesto Ingeniero/a Cloud "
         "(SRE). Estará Nuria Beltrán.\n\nEl equipo de Ondaverde\nTeamtailor")
    out.append(Event("es-teamtailor", "es", calendar("-//Teamtailor//Interview//EN", [ev(
        u, "20261211T150000Z", "20261211T154500Z", "", "Entrevista con Ondaverde", d, "Microsoft Teams",
        (org("noreply@teamtailor.com", "Ondaverde"), att("nuria.beltran@ondaverde.eu", "Nuria Beltrán"),
         att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Ondaverde", "Ingeniero/a Cloud (SRE)", "hiring_manager", ("nuria.beltran@ondaverde.eu",)))

    u = "kranich-tech-20261202@kranich.io"
    d = ("Hallo Étienne,\n\nvielen Dank für das nette Erstgespräch. Wie besprochen laden wir dich zum technischen "
         "Interview für die Position Site Reliability Engineer (m/w/d, remote) ein. Dabei sind Felix Wagner und "
         "Anna Schulz.\n\n" + webex("kranich", "2731 009 4412", "de") + "\nViele Grüße\nKranich Systems GmbH")
    out.append(Event("de-tech", "de", calendar(OUTLOOK365, [ev(
        u, "20261202T160000", "20261202T171500", ROM, "Technisches Interview – SRE (m/w/d) – Kranich Systems", d,
        "Webex",
        (org("felix.wagner@kranich.io", "Wagner, Felix"), att("anna.schulz@kranich.io", "Schulz, Anna"),
         att(ME, "Étienne Gagnon")))], method="REQUEST", tzs=(ROM,)),
        u, True, "Kranich Systems", "Site Reliability Engineer (m/w/d)", "technical",
        ("felix.wagner@kranich.io", "anna.schulz@kranich.io")))

    u = "softgarden-99120-de-screen"
    d = ("Guten Tag Herr Gagnon,\n\nwir freuen uns, Sie zu einem telefonischen Erstgespräch für die Stelle "
         "DevOps Engineer (w/m/d) bei der Nordlicht Versicherung AG einzuladen. Ihre Ansprechpartnerin ist "
         "Frau Katrin Vogel (Recruiting).\n\nMit freundlichen Grüßen\nIhr Recruiting-Team\n(softgarden)")
    out.append(Event("de-softgarden", "de", calendar("-//softgarden//Interview//DE", [ev(
        u, "20261126T150000Z", "20261126T153000Z", "", "Telefoninterview – DevOps Engineer (w/m/d)", d, "Telefon",
        (org("noreply@softgarden.io", "Nordlicht Versicherung AG"), att("k.vogel@nordlicht-vers.de", "Katrin Vogel"),
         att(ME, "Étienne Gagnon")))], method="REQUEST"),
        u, True, "Nordlicht Versicherung", "DevOps Engineer (w/m/d)", "recruiter_screen",
        ("k.vogel@nordlicht-vers.de",)))

    u = "m3v9zq2b1x@google.com"
    out.append(Event("de-google-founder", "de", calendar(GOOGLE, [ev(
        u, "20261208T170000Z", "20261208T174500Z", "", "Kennenlernen: Étienne / Lukas (Gleisbau Digital)",
        "Hi Étienne, ich bin Gründer von Gleisbau Digital – lass uns über die Infra-Rolle sprechen.\n\n"
        + meet("gbd-luka-eg"), "https://meet.google.com/gbd-luka-eg",
        (org("lukas.brandt.gbd@gmail.com", "Lukas Brandt"),
         att("lukas.brandt.gbd@gmail.com", "Lukas Brandt", partstat="ACCEPTED"), att(ME, rsvp="TRUE")))],
        method="REQUEST"),
        u, True, "Gleisbau Digital", "", "hiring_manager", ("lukas.brandt.gbd@gmail.com",)))

    u = "B8E2C7D1-55AA-4F00-8E2D-1F4C9B3A6D70"
    out.append(Event("es-apple-cancel", "es", calendar(APPLE, [vevent([
        f"UID:{u}", "DTSTAMP:20261121T160000Z", "DTSTART;TZID=America/Toronto:20261204T100000",
        "DTEND;TZID=America/Toronto:20261204T110000", "STATUS:CANCELLED",
        txt("SUMMARY", "CANCELADA – entrevista técnica Arrecife Cloud"),
        txt("DESCRIPTION", "me escribió Pilar: posición congelada. puesto: Ingeniero SRE")])],
        tzs=("America/Toronto",)),
        u, True, "Arrecife Cloud", "Ingeniero SRE", "technical", (), "cancelled"))
    _ = txt
    return out
