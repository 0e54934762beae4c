"""holdout26: the user's own interviews written in Spanish (each event written on its own)."""

from __future__ import annotations

from holdout26ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    OUTLOOK,
    Item,
    att,
    cal,
    d,
    e,
    ev,
    google_footer,
    meet,
    org,
    teams,
    webex,
    zoom,
)
from holdout26ev_ics import ME_PRIVATE as ME
from holdout26ev_ics import ME_WORK as MW


def items() -> list[Item]:
    """Given nothing returns the Spanish positive items."""
    out: list[Item] = []
    a = out.append

    u = "gh-es-2231-vertice@greenhouse.io"
    a(Item("greenhouse-es-screen", "es", u, cal("-//Greenhouse//Interview Scheduling//EN", [ev(
        u, d("20261201T120000"), e("20261201T123000"), "Entrevista inicial - Vértice Fintech - Diego Serrano",
        "Hola Diego:\n\nGracias por tu candidatura al puesto de Técnico/a de Operaciones Cloud en Vértice Fintech. "
        "Tendrás una primera llamada con Nuria Beltrán, de Talento, para conocer tu trayectoria.\n\n"
        + meet("es", "cde-fghu-iop") + "\n\nEnviado a través de Greenhouse",
        "Google Meet", lines=[org("no-reply@greenhouse.io", "Greenhouse"),
                              att("nuria.beltran@verticefintech.com", "Nuria Beltrán"), att(ME, "Diego Serrano")])],
        zones=("Europe/Madrid",)),
        True, "Vértice Fintech", "Técnico/a de Operaciones Cloud", "recruiter_screen",
        "nuria.beltran@verticefintech.com"))

    u = "outlook-es-tecnica-ruta-4410"
    a(Item("outlook-es-tecnica", "es", u, cal(OUTLOOK, [ev(
        u, d("20261202T163000", "Romance Standard Time"), e("20261202T173000", "Romance Standard Time"),
        "Entrevista técnica SRE - Ruta Cloud",
        "Buenas tardes, Diego:\n\nTe confirmamos la entrevista técnica para la posición de Ingeniero SRE Junior. "
        "Estarán Jaime Lozano (Tech Lead) y Marina Quesada (SRE). Hablaremos de Linux, redes, monitorización con "
        "Prometheus y de alguna incidencia que hayas resuelto.\n\nUn saludo,\nJaime\n\n" + teams("es", "cnV0YWNs"),
        "Reunión de Microsoft Teams",
        lines=[org("jaime.lozano@rutacloud.es", "Lozano, Jaime"), att(ME, "Diego Serrano"),
               att("marina.quesada@rutacloud.es", "Quesada, Marina")])], zones=("Romance Standard Time",)),
        True, "Ruta Cloud", "Ingeniero SRE Junior", "technical",
        "jaime.lozano@rutacloud.es;marina.quesada@rutacloud.es"))

    u = "handtyped-es-tessera@icloud.com"
    a(Item("handtyped-es", "es", u, cal(IOS, [ev(
        u, "DTSTART:20261203T100000", "DTEND:20261203T110000", "Entrevista Tessera Pay (presencial)",
        "Preguntar por Almudena en recepción", "Av. de Aragón 30, Valencia")], method=""),
        True, "Tessera Pay", "", "", "", "handtyped"))

    u = "workday-es-INT-77120@myworkday.com"
    a(Item("workday-es-hm", "es", u, cal("-//Workday//Workday Recruiting//EN", [ev(
        u, d("20261204T110000"), e("20261204T120000"),
        "Entrevista: Analista de Plataforma Cloud (REQ-5532) - Marea Telecom",
        "Estimado/a Diego Serrano:\n\nSe ha programado su entrevista con la responsable de contratación para el "
        "puesto Analista de Plataforma Cloud (REQ-5532).\n\nEntrevistadora: Rocío Garmendia, Gerente de "
        "Infraestructura\nModalidad: videollamada (Teams)\n\nNo responda a este mensaje.",
        "Microsoft Teams", lines=[org("mareatelecom@myworkday.com", "Marea Telecom Selección"),
                                  att("rocio.garmendia@mareatelecom.es", "Rocío Garmendia"),
                                  att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        True, "Marea Telecom", "Analista de Plataforma Cloud", "hiring_manager", "rocio.garmendia@mareatelecom.es"))

    u = "founder-es-kraken-nodo@gmail.com"
    a(Item("founder-es-freemail", "es", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261205T160000Z", "DTEND:20261205T170000Z", "Entrevista Diego - Nodo Verde (infra)",
        "Diego, soy Pablo, cofundador de Nodo Verde (monitorizamos placas solares). Buscamos a alguien para "
        "llevar la infraestructura en AWS. Te hago la entrevista yo con mi socia Carmen.\n\n"
        + meet("es", "nvd-ekwq-pls") + "\n\n" + google_footer("es"),
        "", lines=[org("pablo.nodoverde@gmail.com", "Pablo Roig"), att("pablo.nodoverde@gmail.com", "Pablo Roig",
                                                                        stat="ACCEPTED"),
                   att("carmen.ibarz@hotmail.com", "Carmen Ibarz"), att(ME, "Diego Serrano")])]),
        True, "Nodo Verde", "", "", "pablo.nodoverde@gmail.com;carmen.ibarz@hotmail.com", "founder_freemail"))

    u = "agencia-es-talentia-0091"
    a(Item("agency-es", "es", u, cal(OUTLOOK, [ev(
        u, d("20261207T093000", "Romance Standard Time"), e("20261207T103000", "Romance Standard Time"),
        "Entrevista con Brisa Payments - Diego Serrano (candidato Talentia)",
        "Hola Diego,\n\nTe confirmo la entrevista con mi cliente Brisa Payments para el puesto de Cloud Support "
        "Engineer. Te entrevistará Hugo Sanchis, responsable de Plataforma. Yo no estaré en la llamada; "
        "llámame después para contarme.\n\nSaludos,\nElena Marín\nTalentia Consultores",
        "Oficinas Brisa Payments, C/ Colón 12, Valencia",
        lines=[org("elena.marin@talentia-consultores.es", "Marín, Elena"), att(ME, "Diego Serrano"),
               att("hugo.sanchis@brisapay.com", "Hugo Sanchis")])], zones=("Romance Standard Time",)),
        True, "Brisa Payments", "Cloud Support Engineer", "", "hugo.sanchis@brisapay.com", "agency"))

    u = "calendly-es-8811-cumulo"
    a(Item("calendly-es", "es", u, cal("-//Calendly//Calendly//EN", [ev(
        u, "DTSTART:20261209T083000Z", "DTEND:20261209T090000Z", "Llamada de selección: Diego Serrano y Cumulo",
        "Nombre del evento: Llamada de selección - Consultor Cloud Junior\n\nCumulo Consulting\nAnfitriona: "
        "Silvia Roca\nUbicación: Silvia te llamará por teléfono.\n\nPowered by Calendly.com",
        "", lines=[org("silvia.roca@cumulo-consulting.com", "Silvia Roca"), att(ME, "Diego Serrano")])]),
        True, "Cumulo Consulting", "Consultor Cloud Junior", "recruiter_screen", "silvia.roca@cumulo-consulting.com"))

    u = "lever-es-final-kubrik"
    a(Item("lever-es-final", "es", u, cal("-//Lever//Lever Interview//EN", [ev(
        u, d("20261214T100000"), e("20261214T123000"),
        "Entrevista final presencial - Kubrik Systems - Infrastructure Engineer",
        "Hola Diego,\n\n¡Enhorabuena por llegar a la última fase! Conocerás a:\n- Montse Vilà, Head of "
        "Engineering\n- Gerard Camps, SRE Manager\n- Oriol Puig (ya lo conoces)\n\nDirección: Carrer de "
        "Pujades 77, 3r, Barcelona (22@). Pregunta por Marta (recepción); ella coordina la visita.",
        "Kubrik Systems, Carrer de Pujades 77, Barcelona",
        lines=[org("talent@kubrik.systems", "Kubrik Talent"), att("montse.vila@kubrik.systems", "Montse Vilà"),
               att("gerard.camps@kubrik.systems", "Gerard Camps"), att("oriol.puig@kubrik.systems", "Oriol Puig"),
               att("marta.recepcion@kubrik.systems", "Marta Sala", role="NON-PARTICIPANT"),
               att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        True, "Kubrik Systems", "Infrastructure Engineer", "final",
        "montse.vila@kubrik.systems;gerard.camps@kubrik.systems;oriol.puig@kubrik.systems"))

    u = "google-es-meet-faro-22"
    a(Item("google-es-technical", "es", u, cal(GOOGLE, [ev(
        u, d("20261210T170000"), e("20261210T180000"), "Faro Networks · Prueba técnica en directo con Diego",
        "Prueba técnica para la vacante de Técnico de Sistemas Cloud. Compartirás pantalla y resolveremos juntos "
        "un problema de DNS y certificados. Dura una hora.\n\nEntrevistador: Iván Costa\n\n"
        + meet("es", "fro-nswk-aqp") + "\n\n" + google_footer("es"),
        "", lines=[org("ivan.costa@faronetworks.es", "Iván Costa"), att(ME, "Diego Serrano")])],
        head=("X-WR-TIMEZONE:Europe/Madrid",), zones=("Europe/Madrid",)),
        True, "Faro Networks", "Técnico de Sistemas Cloud", "technical", "ivan.costa@faronetworks.es"))

    u = "cancel-es-helix-0912"
    a(Item("cancelled-es", "es", u, cal(OUTLOOK, [ev(
        u, d("20261211T120000", "Romance Standard Time"), e("20261211T130000", "Romance Standard Time"),
        "Cancelada: Entrevista Ingeniero DevOps - Quantum Rail Systems",
        "Hola Diego, tenemos que cancelar la entrevista del viernes con Fernando Ruiz; te escribimos para "
        "buscar otra fecha.", "Teams", seq=1, status="CANCELLED",
        lines=[org("fernando.ruiz@quantumrail.es", "Ruiz, Fernando"), att(ME, "Diego Serrano")])],
        method="CANCEL", zones=("Romance Standard Time",)),
        True, "Quantum Rail Systems", "Ingeniero DevOps", "", "fernando.ruiz@quantumrail.es", "cancelled"))

    u = "ashby-es-hm-lusoflow"
    a(Item("ashby-es-hm", "es", u, cal("-//Ashby//Ashby Scheduling//EN", [ev(
        u, "DTSTART:20261215T150000Z", "DTEND:20261215T154500Z",
        "Lusoflow – Entrevista con el responsable del equipo (Diego Serrano)",
        "Puesto: Platform Engineer (remoto, España/Portugal)\nEntrevistador: Tiago Ferreira, Engineering Manager\n"
        "Duración: 45 minutos\n\nTiago quiere conocer cómo trabajas en guardias y automatización.\n\n"
        + zoom("es", "812 7734 0021", "Lf55opQa") + "\n\nGestionado con Ashby",
        "Zoom", lines=[org("recruiting@lusoflow.com", "Lusoflow Recruiting"), att("tiago.ferreira@lusoflow.com",
                                                                                  "Tiago Ferreira"),
                       att(ME, "Diego Serrano")])]),
        True, "Lusoflow", "Platform Engineer", "hiring_manager", "tiago.ferreira@lusoflow.com"))

    u = "personio-es-5521@personio.de"
    a(Item("personio-es", "es", u, cal("-//Personio GmbH//Personio Recruiting//EN", [ev(
        u, d("20261203T130000"), e("20261203T134500"), "Entrevista personal: Cloud Ops Engineer – Cirrus Madrid",
        "Hola Diego Serrano,\n\nnos alegra invitarte a una entrevista para el puesto Cloud Ops Engineer en Cirrus "
        "Madrid S.L.\n\nParticipantes: Blanca Ortega (People) y Dani Prats (Team Lead Operations)\n\nEnlace: "
        "https://meet.google.com/cir-mdsk-ops\n\nSaludos, el equipo de Cirrus",
        "Online", lines=[org("jobs@cirrus-madrid.personio.de", "Cirrus Madrid"),
                         att("blanca.ortega@cirrusmadrid.com", "Blanca Ortega"),
                         att("dani.prats@cirrusmadrid.com", "Dani Prats"), att(ME, "Diego Serrano")])],
        zones=("Europe/Madrid",)),
        True, "Cirrus Madrid", "Cloud Ops Engineer", "",
        "blanca.ortega@cirrusmadrid.com;dani.prats@cirrusmadrid.com"))

    u = "apple-es-allday-ferrovia-2"
    a(Item("allday-es", "es", u, cal(APPLE, [ev(
        u, "DTSTART;VALUE=DATE:20261221", "DTEND;VALUE=DATE:20261222",
        "Jornada de selección Telecom Alba (todo el día)",
        "Ronda final para técnico de plataforma cloud: dinámica de grupo, caso práctico y entrevista con el "
        "director de IT. Llevar DNI.", "Telecom Alba, Parque Tecnológico, Paterna")], method=""),
        True, "Telecom Alba", "técnico de plataforma cloud", "final", "", "allday"))

    u = "goodtime-es-loop-9931"
    a(Item("goodtime-es-loop", "es", u, cal("-//GoodTime.io//GoodTime Scheduling//EN", [ev(
        u, d("20261216T093000"), e("20261216T120000"), "Entrevistas virtuales - Ingeniero/a SRE - Nubalia Cloud",
        "Hola Diego,\n\nAgenda de la ronda virtual:\n09:30 Arquitectura cloud - Guillermo Paz\n10:30 Resolución "
        "de incidencias - Lorena Ibáñez\n11:15 Cultura y valores - Rafa Soto\n\nCoordinadora: Andrea Gil (no "
        "entrevista).\n\n" + zoom("es", "873 3321 9090", "Nu77asPq") + "\n\nEnviado con GoodTime",
        "Zoom", lines=[org("andrea.gil@nubalia.cloud", "Andrea Gil"), att("guillermo.paz@nubalia.cloud",
                                                                          "Guillermo Paz"),
                       att("lorena.ibanez@nubalia.cloud", "Lorena Ibáñez"), att("rafa.soto@nubalia.cloud",
                                                                                 "Rafa Soto"),
                       att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        True, "Nubalia Cloud", "Ingeniero/a SRE", "onsite",
        "guillermo.paz@nubalia.cloud;lorena.ibanez@nubalia.cloud;rafa.soto@nubalia.cloud", "coordinator"))

    u = "exchange-es-work-addr-3390"
    a(Item("work-address-es", "es", u, cal(EXCHANGE, [ev(
        u, d("20261202T080000", "Romance Standard Time"), e("20261202T084500", "Romance Standard Time"),
        "Entrevista - Técnico de Operaciones Cloud - Levantia Energía",
        "Diego, te envío la convocatoria a tu correo del banco porque es el que pusiste en el CV. Entrevista "
        "técnica con Javier Montoya (Jefe de Sistemas).\n\n" + teams("es", "bGV2YW50"),
        "Reunión de Microsoft Teams", lines=[org("javier.montoya@levantia-energia.es", "Montoya, Javier"),
                                              att(MW, "Serrano, Diego")])], zones=("Romance Standard Time",)),
        True, "Levantia Energía", "Técnico de Operaciones Cloud", "technical", "javier.montoya@levantia-energia.es",
        "work_address"))

    u = "calcom-es-orbital-2"
    a(Item("calcom-es", "es", u, cal("-//Cal.com Inc.//Cal.com Event//EN", [ev(
        u, "DTSTART:20261204T070000Z", "DTEND:20261204T073000Z",
        "Primera entrevista entre Orbital Ops y Diego Serrano",
        "Qué: Primera entrevista (recruiter)\nInvitado: Diego Serrano\nAnfitrión: Lucía Prieto - "
        "lucia.prieto@orbitalops.io\nDónde: https://app.cal.com/video/or8Zq\n\nNotas: para la vacante DevOps "
        "Engineer.", "https://app.cal.com/video/or8Zq",
        lines=[org("lucia.prieto@orbitalops.io", "Lucía Prieto"), att(ME, "Diego Serrano", stat="ACCEPTED")])]),
        True, "Orbital Ops", "DevOps Engineer", "recruiter_screen", "lucia.prieto@orbitalops.io"))

    u = "webex-es-bancodigital-11"
    a(Item("webex-es-panel", "es", u, cal(OUTLOOK, [ev(
        u, d("20261217T100000", "Romance Standard Time"), e("20261217T110000", "Romance Standard Time"),
        "Entrevista panel - Especialista Cloud - Openfin Banco Digital",
        "Estimado Diego:\n\nLe convocamos a la entrevista con el panel técnico para la posición Especialista "
        "Cloud (Azure). Asistirán Mercedes Cano (Arquitectura) y Luis Peña (Seguridad).\n\n" + webex("es",
                                                                                                      "26612098834"),
        "Webex", lines=[org("seleccion@openfinbank.es", "Selección Openfin"), att(ME, "Diego Serrano"),
                        att("mercedes.cano@openfinbank.es", "Cano, Mercedes"),
                        att("luis.pena@openfinbank.es", "Peña, Luis"),
                        att("sala-webex-3@openfinbank.es", "Sala 3 Webex", cutype="ROOM", role="NON-PARTICIPANT")])],
        zones=("Romance Standard Time",)),
        True, "Openfin Banco Digital", "Especialista Cloud (Azure)", "",
        "mercedes.cano@openfinbank.es;luis.pena@openfinbank.es", "panel"))

    u = "terse-es-llamada-vyne@gmail.com"
    a(Item("terse-es-call", "es", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261208T171500Z", "DTEND:20261208T174500Z", "llamada recruiter Wolkenwerk",
        "", "", lines=[])], method="PUBLISH"),
        True, "Wolkenwerk", "", "recruiter_screen", "", "handtyped"))

    u = "modernloop-es-tessera-tec"
    a(Item("modernloop-es", "es", u, cal("-//ModernLoop//Interview Scheduler//EN", [ev(
        u, d("20261211T160000"), e("20261211T170000"), "Tessera Pay | Entrevista técnica | Diego Serrano",
        "Puesto: SRE (pagos en tiempo real)\nEntrevistadores:\n• Almudena Ruiz – Staff SRE\n• Kenji Mori – "
        "Backend\n\nVideollamada: https://meet.google.com/tss-prtq-lko\n\nProgramado por ModernLoop en nombre de "
        "Tessera Pay", "", lines=[org("talento@tesserapay.com", "Tessera Pay Talento"),
                                   att("almudena.ruiz@tesserapay.com", "Almudena Ruiz"),
                                   att("kenji.mori@tesserapay.com", "Kenji Mori"), att(ME, "Diego Serrano")])],
        zones=("Europe/Madrid",)),
        True, "Tessera Pay", "SRE (pagos en tiempo real)", "technical",
        "almudena.ruiz@tesserapay.com;kenji.mori@tesserapay.com"))

    u = "coffee-is-round2-datavela"
    a(Item("cafe-is-round2", "es", u, cal(GOOGLE, [ev(
        u, d("20261212T090000"), e("20261212T100000"), "Café + segunda entrevista con Enric (Datavela)",
        "Enric propuso vernos en persona para la segunda ronda del proceso de Cloud Operations Analyst; "
        "preguntará por automatización y guardias.", "Café Ruzafa, Valencia",
        lines=[org("enric.soler@datavela.com", "Enric Soler"), att(ME, "Diego Serrano")])], zones=("Europe/Madrid",)),
        True, "Datavela", "Cloud Operations Analyst", "", "enric.soler@datavela.com", "coffee_is_interview"))

    u = "zoom-es-atlantico-tec"
    a(Item("zoom-es-technical", "es", u, cal("-//zoom.us//iCalendar Event//EN", [ev(
        u, "DTSTART:20261214T140000Z", "DTEND:20261214T150000Z", "Atlantico Fibra - 2ª entrevista (técnica)",
        "Rui Carvalho le invita a una reunión de Zoom programada.\n\nSegunda entrevista para Cloud Support "
        "Engineer, con Rui y con Inês Lopes (SRE).\n\n" + zoom("es", "861 5510 2277", "Af10wqPz"),
        "https://us02web.zoom.us/j/86155102277", lines=[org("rui.carvalho@atlanticofibra.pt", "Rui Carvalho"),
                                                         att("ines.lopes@atlanticofibra.pt", "Inês Lopes"),
                                                         att(ME, "Diego Serrano")])]),
        True, "Atlantico Fibra", "Cloud Support Engineer", "technical",
        "rui.carvalho@atlanticofibra.pt;ines.lopes@atlanticofibra.pt"))

    u = "rescheduled-es-vertice-3"
    a(Item("rescheduled-es", "es", u, cal(GOOGLE, [ev(
        u, d("20261209T123000"), e("20261209T133000"), "Vértice Fintech - Entrevista técnica (nueva hora)",
        "Cambiamos a las 12:30 por una incidencia en producción. Mismo enlace.\n\nTécnico/a de Operaciones Cloud "
        "- entrevista con Sergio Navas y Ainhoa Rey.\n\n" + meet("es", "vrt-cswe-ppa"),
        "", seq=2, lines=[org("sergio.navas@verticefintech.com", "Sergio Navas"), att(ME, "Diego Serrano"),
                          att("ainhoa.rey@verticefintech.com", "Ainhoa Rey")])], zones=("Europe/Madrid",)),
        True, "Vértice Fintech", "Técnico/a de Operaciones Cloud", "technical",
        "sergio.navas@verticefintech.com;ainhoa.rey@verticefintech.com", "rescheduled"))

    u = "apple-es-hm-nimbo"
    a(Item("apple-es-hm", "es", u, cal(APPLE, [ev(
        u, d("20261218T180000"), e("20261218T184500"), "Entrevista con la CEO de Nimbo Labs",
        "Última fase para Junior SRE. Con Kate no, directamente con Laura Esteve (CEO). Ella me manda el enlace.",
        "", lines=[])], method="", zones=("Europe/Madrid",)),
        True, "Nimbo Labs", "Junior SRE", "final", "Laura Esteve", "handtyped"))

    u = "google-es-phone-quanta"
    a(Item("phone-es", "es", u, cal(GOOGLE, [ev(
        u, "DTSTART:20261201T083000Z", "DTEND:20261201T090000Z", "Entrevista telefónica – Quanta Ledger",
        "Llamada de 30 min con Marta Gil (Talent Acquisition) sobre el puesto Cloud Engineer (remoto). Te llamará "
        "al móvil.\n\n" + google_footer("es"), "Teléfono",
        lines=[org("marta.gil@quantaledger.io", "Marta Gil"), att(ME, "Diego Serrano")])]),
        True, "Quanta Ledger", "Cloud Engineer", "recruiter_screen", "marta.gil@quantaledger.io"))
    return out
