"""holdout133: the user's own interviews, Spain and Latin America (second part)."""

from __future__ import annotations

from holdout133ev_ics import (
    GOOGLE,
    GOOGLE_INVITE_ES,
    OUTLOOK,
    OUTLOOK16,
    TZ_MADRID,
    TZ_ROMANCE,
    TZ_SANTIAGO,
    USER_GMAIL,
    USER_NAME,
    Ev,
    att,
    cal,
    org,
    vev,
    zoom_es,
)

ME = att(USER_GMAIL, USER_NAME)
ME_G = att(USER_GMAIL, "Ainhoa Etxeberria")


def events() -> list[Ev]:
    out: list[Ev] = []

    # 16. Zoom (Spanish boilerplate), Chile, America/Santiago
    uid = "zoom-84412309876-20251117@andesvial.cl"
    body = (
        "Estimada Ainhoa:\n\nAgradecemos su postulación al cargo de Gerente de Proyecto – Obras Viales "
        "(Antofagasta). Le confirmamos la entrevista inicial con Gestión de Personas de Andes Vial Ingeniería.\n\n"
        + zoom_es("Francisca Rojas", "844 1230 9876", "aVZ3dkR2QmhKZz09")
        + "\n\nSaludos cordiales\\,\nFrancisca Rojas Valdés\nAnalista de Reclutamiento"
    ).replace("\\,", ",")
    out.append(Ev(
        "zoom-chile-es",
        cal([vev(
            uid, "20251112T190001Z",
            "DTSTART;TZID=America/Santiago:20251118T090000", "DTEND;TZID=America/Santiago:20251118T094500",
            "Entrevista Gerente de Proyecto – Ainhoa Etxeberria",
            organizer=org("frojas@andesvial.cl", "Francisca Rojas Valdés"),
            attendees=[ME],
            location="https://us06web.zoom.us/j/84412309876?pwd=aVZ3dkR2QmhKZz09", description=body,
        )], "-//zoom.us//iCalendar Event//EN", tz=[TZ_SANTIAGO]),
        uid, 1, "Andes Vial Ingeniería", "Gerente de Proyecto – Obras Viales", "recruiter_screen",
        ["frojas@andesvial.cl"], "zoom-abroad-es", ["Andes Vial"],
    ))

    # 17. Webex, Madrid water company, public-style process, no clear stage
    uid = "b3c1f0a2e9d84c7fa6e5d4c3b2a19087@webex.com"
    body = (
        "Aguas del Henares\\, S.A. le invita a la entrevista del proceso 23/2025 – Técnico/a de Obras "
        "Hidráulicas.\n\nUnirse a la reunión de Webex:\nhttps://aguashenares.webex.com/aguashenares/j.php?"
        "MTID=m4f2a1c9e0b7d\n\nNúmero de reunión (código de acceso): 2741 118 9032\nContraseña de la reunión: "
        "Ah2025!\n\nUnirse desde un sistema o aplicación de vídeo: marque 27411189032@aguashenares.webex.com\n\n"
        "Entrevistan: Pilar Arroyo (Jefa de Obras) y Marcos Vela (Técnico de RR.HH.)."
    ).replace("\\,", ",")
    out.append(Ev(
        "webex-public-es",
        cal([vev(
            uid, "20251120T080808Z",
            "DTSTART;TZID=Europe/Madrid:20251126T100000", "DTEND;TZID=Europe/Madrid:20251126T104000",
            "Entrevista – Técnico/a de Obras Hidráulicas (Proceso 23/2025)",
            organizer=org("seleccion@aguasdelhenares.es", "Selección Aguas del Henares"),
            attendees=[ME, att("parroyo@aguasdelhenares.es", "Pilar Arroyo"),
                       att("mvela@aguasdelhenares.es", "Marcos Vela")],
            location="Webex", description=body,
        )], "-//Cisco//Webex Meetings//ES", tz=[TZ_MADRID]),
        uid, 1, "Aguas del Henares", "Técnico/a de Obras Hidráulicas", "",
        ["parroyo@aguasdelhenares.es", "mvela@aguasdelhenares.es"], "webex-public-es", [],
    ))

    # 18. Workable, practical test (planning case) in person
    uid = "workable-ev-2f7c91d0a3b8"
    body = (
        "Hola Ainhoa\\,\n\nGrupo Cerrato te ha invitado a: Prueba técnica – Jefe/a de Obra Ferroviaria\n\n"
        "Caso práctico (2 h): planificación de una renovación de vía en ventana nocturna y estimación de "
        "rendimientos. Trae portátil con MS Project o Primavera.\nCon: Rubén Alcázar (Jefe de Producción "
        "Ferroviaria)\n\nPowered by Workable"
    ).replace("\\,", ",")
    out.append(Ev(
        "workable-case-es",
        cal([vev(
            uid, "20251125T103000Z",
            "DTSTART;TZID=Europe/Madrid:20251202T100000", "DTEND;TZID=Europe/Madrid:20251202T120000",
            "Prueba técnica – Jefe/a de Obra Ferroviaria (Grupo Cerrato)",
            organizer=org("noreply@candidates.workablemail.com", "Grupo Cerrato"),
            attendees=[ME, att("ralcazar@grupocerrato.es", "Rubén Alcázar")],
            location="Grupo Cerrato – C/ Albasanz 16, Madrid", description=body,
        )], "-//Workable//Workable Calendar//EN", tz=[TZ_MADRID]),
        uid, 1, "Grupo Cerrato", "Jefe/a de Obra Ferroviaria", "technical",
        ["ralcazar@grupocerrato.es"], "workable-practical-es", ["Cerrato"],
    ))

    # 19. Outlook direct, tunnelling firm, written case test (no interviewer in the room but graded by one)
    uid = "040000008200E00074C5B7101A82E0080000000010C2B9E4D15ADC010000000000000000100000003E9F04B7A1C2D34F9E5B"
    body = (
        "Ainhoa:\n\nCon motivo del proceso para Jefa de Obra Túneles\\, te citamos a la prueba técnica "
        "presencial en nuestras oficinas de Galdakao. Consiste en un caso de planificación de un túnel en "
        "mina (NATM) y una conversación posterior con Gorka Azkue\\, Director de Producción.\n\n"
        "Obras Subterráneas Gamarra – OSG"
    ).replace("\\,", ",")
    out.append(Ev(
        "outlook-technical-test-es",
        cal([vev(
            uid, "20251118T151515Z",
            "DTSTART;TZID=Romance Standard Time:20251125T090000",
            "DTEND;TZID=Romance Standard Time:20251125T120000",
            "Prueba técnica + entrevista - Jefa de Obra Túneles",
            organizer=org("gorka.azkue@osg-gamarra.com", "Azkue Bilbao, Gorka",
                          sent_by="recepcion@osg-gamarra.com"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com")],
            location="OSG – Pol. Bekoetxe, Galdakao", description=body,
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Obras Subterráneas Gamarra", "Jefa de Obra Túneles", "technical",
        ["gorka.azkue@osg-gamarra.com"], "outlook-sentby-technical-es", ["OSG", "OSG Gamarra"],
    ))

    # 20. Google Calendar direct, escaped commas in the summary, hiring manager at a Navarra firm
    uid = "6rnd2p0b9u1aq7k4m3vj8s5ef1@google.com"
    out.append(Ev(
        "google-commas-es",
        cal([vev(
            uid, "20251203T080000Z",
            "DTSTART;TZID=Europe/Madrid:20251211T120000", "DTEND;TZID=Europe/Madrid:20251211T130000",
            "Entrevista: Jefa de Obra (EDAR, colectores, bombeos) - Navarra Obras Públicas",
            organizer=org("mirentxu.lizarraga@nop-navarra.es", "Mirentxu Lizarraga"),
            attendees=[att("mirentxu.lizarraga@nop-navarra.es", "Mirentxu Lizarraga", partstat="ACCEPTED",
                           rsvp=False), ME_G],
            location="Navarra Obras Públicas, Avda. Pío XII 22, Pamplona",
            description=(
                "Ainhoa, nos vemos en Pamplona. Estaré yo (Jefa de Producción) y, si le da tiempo, el gerente. "
                "Hablaremos de la obra de la EDAR de Tudela." + GOOGLE_INVITE_ES
            ),
        )], GOOGLE, tz=[TZ_MADRID]),
        uid, 1, "Navarra Obras Públicas", "Jefa de Obra (EDAR, colectores, bombeos)", "hiring_manager",
        ["mirentxu.lizarraga@nop-navarra.es"], "google-escaped-commas-es", ["NOP"],
    ))

    # 21. Tram consortium, onsite panel with a room, Outlook ES zone
    uid = "040000008200E00074C5B7101A82E00800000000A5B7C9D1E3F5DC01000000000000000010000000102A3B4C5D6E7F809AB1"
    out.append(Ev(
        "outlook-panel-room-es",
        cal([vev(
            uid, "20251128T121200Z",
            "DTSTART;TZID=Romance Standard Time:20251210T100000", "DTEND;TZID=Romance Standard Time:20251210T113000",
            "Entrevista presencial (panel) - Jefe/a de Obra Ampliación Línea 2",
            organizer=org("rrhh@cte-tranvia.es", "RRHH CTE", sent_by="elena.sanz@cte-tranvia.es"),
            attendees=[
                att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                att("jl.pardo@cte-tranvia.es", "Pardo Ariño, José Luis"),
                att("marta.gimeno@cte-tranvia.es", "Gimeno Lahoz, Marta"),
                att("sala.ebro@cte-tranvia.es", "Sala Ebro", cutype="ROOM", role="NON-PARTICIPANT", rsvp=False),
            ],
            location="Sala Ebro; Consorcio Tranviario del Ebro, Vía Hispanidad 20, Zaragoza",
            description="Panel: José Luis Pardo (Director de Infraestructura) y Marta Gimeno (Jefa de "
                        "Explotación). Elena Sanz (RRHH) le atenderá a su llegada.",
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Consorcio Tranviario del Ebro", "Jefe/a de Obra Ampliación Línea 2", "onsite",
        ["jl.pardo@cte-tranvia.es", "marta.gimeno@cte-tranvia.es"], "outlook-panel-room-es", ["CTE"],
    ))

    # 22. Greenhouse in Spanish, international advisory firm's Madrid office
    uid = "greenhouse-interview-90127733-1185"
    out.append(Ev(
        "greenhouse-screen-es",
        cal([vev(
            uid, "20251009T100000Z",
            "DTSTART;TZID=Europe/Madrid:20251014T110000", "DTEND;TZID=Europe/Madrid:20251014T113000",
            "Entrevista con Meridian Infra Advisors – Ainhoa Etxeberria Lasa",
            organizer=org("carmen.ruano@meridianinfra.com", "Carmen Ruano"),
            attendees=[ME, att("carmen.ruano@meridianinfra.com", "Carmen Ruano", partstat="ACCEPTED", rsvp=False)],
            location="Google Meet",
            description="Hola Ainhoa:\n\nGracias por tu interés en Meridian. Te confirmo la primera "
                        "conversación con Carmen Ruano (Talent Acquisition) para Consultor/a Senior de "
                        "Infraestructuras – Madrid.\n\nGreenhouse",
        )], "-//Greenhouse Software//Greenhouse//EN", tz=[TZ_MADRID]),
        uid, 1, "Meridian Infra Advisors", "Consultor/a Senior de Infraestructuras", "recruiter_screen",
        ["carmen.ruano@meridianinfra.com"], "greenhouse-screen-es", ["Meridian"],
    ))

    # 23. One-way recorded video interview (no live interviewer)
    uid = "hv-ondemand-5521873-orbaneja"
    out.append(Ev(
        "hirevue-oneway-es",
        cal([vev(
            uid, "20251017T080000Z",
            "DTSTART;VALUE=DATE:20251020", "DTEND;VALUE=DATE:20251023",
            "Videoentrevista diferida – Grupo Orbaneja Infraestructuras (plazo)",
            organizer=org("noreply@hirevue.com", "Grupo Orbaneja – Talento"),
            attendees=[ME], location="https://app.hirevue.eu/",
            description="Completa tu videoentrevista para Jefe/a de Obra Carreteras antes del 22 de octubre. "
                        "Son 6 preguntas; dispones de 2 minutos por respuesta.",
            extra=["TRANSP:TRANSPARENT"],
        )], "-//HireVue//Scheduling//EN"),
        uid, 1, "Grupo Orbaneja Infraestructuras", "Jefe/a de Obra Carreteras", "recruiter_screen",
        [], "oneway-video-allday-es", ["Grupo Orbaneja", "Orbaneja"],
    ))

    # 24. Second round at Lurgoi, production director, Teams, Outlook from the company
    uid = "040000008200E00074C5B7101A82E00800000000B6C8DAEC0F2ADC0100000000000000001000000055AA44BB33CC22DD11EE"
    out.append(Ev(
        "outlook-production-director-es",
        cal([vev(
            uid, "20251013T161000Z",
            "DTSTART;TZID=Romance Standard Time:20251017T090000", "DTEND;TZID=Romance Standard Time:20251017T100000",
            "Ainhoa Etxeberria - entrevista con Dirección de Producción",
            organizer=org("nerea.aldekoa@lurgoi.eus", "Aldekoa Iturriaga, Nerea"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                       att("mikel.zuazo@lurgoi.eus", "Zuazo Garate, Mikel")],
            location="Lurgoi – Oficinas Andoain",
            description="Segunda entrevista para la vacante de Jefa/e de Obra – Obra Civil (Gipuzkoa) con "
                        "Mikel Zuazo, director de producción. Yo me encargo solo de la logística.\nNerea",
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Lurgoi", "Jefa/e de Obra – Obra Civil", "hiring_manager",
        ["mikel.zuazo@lurgoi.eus"], "outlook-second-round-es", ["Grupo Lurgoi", "Lurgoi Construcción"],
    ))

    # 25. Public urban-development company, Google Calendar, no stage
    uid = "0ab7c3p9t1km5vq2h8d6s4jfe3@google.com"
    out.append(Ev(
        "google-public-nostage-es",
        cal([vev(
            uid, "20251202T110000Z",
            "DTSTART;TZID=Europe/Madrid:20251209T123000", "DTEND;TZID=Europe/Madrid:20251209T131500",
            "Entrevista Técnica/o de Urbanización – Basauri Urbanismo",
            organizer=org("idoia.martin@basauri-urbanismo.eus", "Idoia Martín"),
            attendees=[att("idoia.martin@basauri-urbanismo.eus", "Idoia Martín", partstat="ACCEPTED", rsvp=False),
                       ME_G],
            location="Basauri Urbanismo, Kareaga Goikoa 52, Basauri",
            description="Entrevista con la gerente (Idoia Martín)." + GOOGLE_INVITE_ES,
        )], GOOGLE, tz=[TZ_MADRID]),
        uid, 1, "Basauri Urbanismo", "Técnica/o de Urbanización", "",
        ["idoia.martin@basauri-urbanismo.eus"], "google-public-es", ["Sociedad Urbanística de Basauri"],
    ))

    # 26. Port services company, coordinator organises, interviewers only named in the body
    uid = "tpc-seleccion-20251204-0931"
    out.append(Ev(
        "outlook-names-in-body-es",
        cal([vev(
            uid, "20251204T093100Z",
            "DTSTART;TZID=Europe/Madrid:20251212T110000", "DTEND;TZID=Europe/Madrid:20251212T120000",
            "Entrevista – Responsable de Obra Portuaria | TPC",
            organizer=org("seleccion@tpc-sa.es", "Selección TPC"),
            attendees=[ME],
            location="TPC, Muelle de Reina Victoria s/n, Santurtzi",
            description="Le entrevistarán Alberto Quintana (Director de Operaciones) y Esther Varela "
                        "(Jefa de Mantenimiento de Infraestructuras).\nTécnicas Portuarias del Cantábrico, S.A.",
        )], OUTLOOK16, tz=[TZ_MADRID]),
        uid, 1, "Técnicas Portuarias del Cantábrico", "Responsable de Obra Portuaria", "",
        ["alberto quintana", "esther varela"], "names-only-in-body-es", ["TPC"],
    ))

    # 27. English, Madrid office of a global engineering firm, onsite with a room
    uid = "040000008200E00074C5B7101A82E00800000000C7D9EBFD1A3BDC0100000000000000001000000066BB55CC44DD33EE22FF"
    out.append(Ev(
        "outlook-onsite-en-madrid",
        cal([vev(
            uid, "20251210T141400Z",
            "DTSTART;TZID=Romance Standard Time:20260108T100000", "DTEND;TZID=Romance Standard Time:20260108T123000",
            "Onsite interviews - Infrastructure Consultant (Madrid) - A. Etxeberria",
            organizer=org("recruitment.iberia@ardenfairweather.com", "Recruitment Iberia",
                          sent_by="laura.pinto@ardenfairweather.com"),
            attendees=[att(USER_GMAIL, "ainhoa.etxeberria.ing@gmail.com"),
                       att("hugh.fairley@ardenfairweather.com", "Fairley, Hugh"),
                       att("ana.quiroga@ardenfairweather.com", "Quiroga, Ana"),
                       att("MAD-P3-Retiro@ardenfairweather.com", "MAD P3 Retiro (8)", cutype="ROOM",
                           role="NON-PARTICIPANT", rsvp=False)],
            location="MAD P3 Retiro (8); Arden Fairweather, Calle Serrano 41, Madrid",
            description="10:00 Hugh Fairley (Director, Transport Advisory)\n11:15 Ana Quiroga (Associate, "
                        "Water & Ports)\nLaura Pinto (Recruitment) will meet you in reception.",
        )], OUTLOOK, tz=[TZ_ROMANCE]),
        uid, 1, "Arden Fairweather", "Infrastructure Consultant", "onsite",
        ["hugh.fairley@ardenfairweather.com", "ana.quiroga@ardenfairweather.com"], "outlook-onsite-room-en", [],
    ))
    return out
