"""holdout16: Daniel Adeyemi's own interviews written in Spanish (one hand-made event each)."""

from __future__ import annotations

from holdout16ev_ics import APPLE, GOOGLE, ME_PRIVATE, OUTLOOK, A, Ev, Item, calendar, item, meet, teams, webex, zoom

ME = A(ME_PRIVATE, "Daniel Adeyemi")


def events() -> list[Item]:
    """Given nothing, returns the Spanish positive events."""
    out: list[Item] = []

    u = "es-rrhh-llamada-1"
    out.append(item("recruiter-screen", "es", calendar(GOOGLE, [Ev(
        u, "Entrevista telefónica - Responsable de Soporte IT - Turia Software", "20261201T103000", 30,
        tz="Europe/Madrid", organizer=("lucia.ferrer@turiasoftware.es", "Lucía Ferrer"),
        attendees=[A("lucia.ferrer@turiasoftware.es", "Lucía Ferrer", partstat="ACCEPTED"), ME],
        description="Hola Daniel, te llamo para una primera entrevista sobre la vacante de Responsable de Soporte IT "
        "en Valencia. Unos 30 minutos.\nLucía - Talento, Turia Software")], zones=("Europe/Madrid",)), u, True,
        "Turia Software", "Responsable de Soporte IT", "recruiter_screen", ("lucia.ferrer@turiasoftware.es",)))

    u = "es-hospital-la-fe-like"
    out.append(item("outlook-hospital", "es", calendar(OUTLOOK, [Ev(
        u, "Entrevista: Coordinador/a Centro de Atención al Usuario (CAU)", "20261205T120000", 60,
        tz="Romance Standard Time", style="win",
        organizer=("seleccion@hospital-albufera.example.es", "Selección de Personal"),
        attendees=[ME, A("v.sanchis@hospital-albufera.example.es", "Sanchis Mora, Vicente"),
                   A("r.gil@hospital-albufera.example.es", "Gil Navarro, Rosa")],
        description="Estimado Daniel:\nLe convocamos a la entrevista para el puesto de Coordinador/a del CAU del "
        "Hospital Albufera. Tribunal: Vicente Sanchis (Jefe de Sistemas) y Rosa Gil (RR. HH.).\n\n" +
        teams("es", "391 006 224 817", "Es7Hp"))]), u, True, "Hospital Albufera",
        "Coordinador/a Centro de Atención al Usuario (CAU)", "", ("v.sanchis@hospital-albufera.example.es",
                                                                   "r.gil@hospital-albufera.example.es")))

    u = "es-terse-2"
    out.append(item("terse-hand", "es", calendar(APPLE, [Ev(
        u, "2a entrevista Naranjo Retail 12h (Pau + jefa de sistemas)", "20261210T120000", 60, style="float")],
        method=""), u, True, "Naranjo Retail", "", "", ()))

    u = "es-workday-22"
    out.append(item("ats-workday", "es", calendar("-//Workday Inc//Workday//EN", [Ev(
        u, "Entrevista programada: REQ-22871 Team Lead Service Desk (Valencia)", "20261214T160000", 45,
        style="utc", organizer=("mareanostrum@myworkday.com", "Mare Nostrum Hoteles - Talento"),
        attendees=[ME, A("jordi.puig@mnhoteles.com", "Jordi Puig")],
        description="Candidato: Daniel Adeyemi\nPuesto: REQ-22871 Team Lead Service Desk (Valencia)\nTipo: "
        "Entrevista técnica\nEntrevistador: Jordi Puig, IT Operations Manager\n" + zoom("es", "845 1200 7763"))]),
        u, True, "Mare Nostrum Hoteles", "Team Lead Service Desk", "technical", ("jordi.puig@mnhoteles.com",)))

    u = "es-founder-hotmail"
    out.append(item("founder-freemail", "es", calendar(GOOGLE, [Ev(
        u, "Charla Daniel - Álvaro (Huerta Labs) puesto IT Manager", "20261217T190000", 45, tz="Europe/Madrid",
        organizer=("alvaro.benet@hotmail.es", "Álvaro Benet"),
        attendees=[A("alvaro.benet@hotmail.es", "Álvaro Benet", partstat="ACCEPTED"), ME],
        description="Hola Daniel! Soy el CEO y cofundador de Huerta Labs. Me gustaría hacerte la primera entrevista "
        "para el puesto de IT Manager (remoto desde Valencia).\n" + meet("es", "hue-rtal-abs"))],
        zones=("Europe/Madrid",)), u, True, "Huerta Labs", "IT Manager", "hiring_manager",
        ("alvaro.benet@hotmail.es",)))

    u = "es-onsite-panel"
    out.append(item("onsite-panel", "es", calendar(GOOGLE, [Ev(
        u, "Entrevista presencial - Universidad del Turia - Responsable de Operaciones TIC", "20270112T100000", 90,
        tz="Europe/Madrid", organizer=("personal.pas@uturia.example.es", "Servicio de Personal PAS"),
        attendees=[ME, A("m.llorens@uturia.example.es", "Marta Llorens"),
                   A("e.soler@uturia.example.es", "Enric Soler"),
                   A("aula-3.04@uturia.example.es", "Sala de juntas 3.04", cutype="ROOM", role="NON-PARTICIPANT")],
        description="Comisión de selección: Marta Llorens (Directora del Servicio de Informática) y Enric Soler "
        "(Jefe de Explotación).", location="Edificio Rectorado, Sala de juntas 3.04")], zones=("Europe/Madrid",)),
        u, True, "Universidad del Turia", "Responsable de Operaciones TIC", "onsite",
        ("m.llorens@uturia.example.es", "e.soler@uturia.example.es")))

    u = "es-agency-webex"
    out.append(item("agency-names-employer", "es", calendar(OUTLOOK, [Ev(
        u, "Entrevista con Grupo Costa Azahar (a través de Levante Talent)", "20270119T113000", 60,
        tz="Romance Standard Time", style="win", organizer=("ines@levantetalent.es", "Inés Camps"),
        attendees=[ME, A("s.marti@costa-azahar.com", "Sergio Martí")],
        description="Hola Daniel, te confirmo la entrevista con Sergio Martí, director de IT de Grupo Costa Azahar "
        "(supermercados), para la posición de Jefe de Soporte. Yo no asistiré.\n\n" + webex("2733 019 4481"))]),
        u, True, "Grupo Costa Azahar", "Jefe de Soporte", "", ("s.marti@costa-azahar.com",)))

    u = "es-final-ceo"
    out.append(item("final-round", "es", calendar(GOOGLE, [Ev(
        u, "Entrevista final con la CEO – Albufera Cloud", "20270122T170000", 45, tz="Europe/Madrid",
        organizer=("talento@albuferacloud.com", "Talento Albufera Cloud"),
        attendees=[ME, A("carmen.vidal@albuferacloud.com", "Carmen Vidal"),
                   A("talento@albuferacloud.com", "Talento Albufera Cloud", role="OPT-PARTICIPANT")],
        description="Última fase del proceso para Responsable de IT Interna: conversación con Carmen Vidal (CEO).\n" +
        meet("es", "alb-ufer-acl"))], zones=("Europe/Madrid",)), u, True, "Albufera Cloud",
        "Responsable de IT Interna", "final", ("carmen.vidal@albuferacloud.com",)))

    u = "es-recurring-slot-override"
    s1 = Ev(u, "Prueba práctica - Soporte N2 (Ribera Salud Digital)", "20270126T090000", 180, tz="Europe/Madrid",
            rrule="FREQ=WEEKLY;COUNT=2", organizer=("it.seleccion@riberasaluddigital.es", "Pilar Ortega"),
            attendees=[ME, A("it.seleccion@riberasaluddigital.es", "Pilar Ortega")],
            description="Dos sesiones de prueba práctica en el CAU como parte del proceso para Team Lead Soporte N2.")
    s2 = Ev(u, "Prueba práctica - Soporte N2 (Ribera Salud Digital)", "20270202T100000", 180, tz="Europe/Madrid",
            recurrence_id="20270202T090000", sequence=1,
            organizer=("it.seleccion@riberasaluddigital.es", "Pilar Ortega"),
            attendees=[ME, A("it.seleccion@riberasaluddigital.es", "Pilar Ortega")])
    out.append(item("recurring-practical-override", "es", calendar(GOOGLE, [s1, s2], zones=("Europe/Madrid",)), u,
                    True, "Ribera Salud Digital", "Team Lead Soporte N2", "technical",
                    ("it.seleccion@riberasaluddigital.es",)))
    return out
