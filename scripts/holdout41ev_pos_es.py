"""holdout41: the user's own interviews, Spanish-language events."""

from __future__ import annotations

from holdout41ev_ics import (
    GMTW,
    ME_PRIV,
    ME_WORK,
    PROD_APPLE,
    PROD_GOOGLE,
    PROD_IOS,
    PROD_O365,
    PROD_OUTLOOK,
    ROMANCE,
    TZ_MADRID,
    Ev,
    att,
    esc,
    meet,
    mk,
    ms_extra,
    org,
    resource,
    room,
    teams_es,
    tz_windows,
    webex,
    zoom,
)

ST = "DTSTAMP:20261118T091500Z"


def build() -> list[Ev]:
    o: list[Ev] = []
    mk(o, "es-outlook-screen", "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000"
       "5A7C1E3F9B2D4A6C8E0F1A3B5C7D9E1F", (1, "Aerolíneas Alborán", "Analista de Pricing", "recruiter_screen",
       "lucia.moreno@alboran-air.com", ""), PROD_OUTLOOK, [
        org("lucia.moreno@alboran-air.com", "Moreno Ruiz, Lucía"),
        att(ME_PRIV, "andres.villalobos@outlook.es"),
        "SUMMARY;LANGUAGE=es-ES:Entrevista telefónica - Analista de Pricing (Aerolíneas Alborán)",
        "DTSTART;TZID=" + ROMANCE + ":20261125T100000", "DTEND;TZID=" + ROMANCE + ":20261125T103000",
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Hola Andrés,\n\nTal y como hablamos, te envío la convocatoria para una "
                                            "primera conversación de 30 minutos sobre la posición de Analista de "
                                            "Pricing en nuestro equipo de Revenue Management en Málaga.\n\nUn saludo,"
                                            "\nLucía Moreno\nTalent Acquisition · Aerolíneas Alborán"
                                            + teams_es("YjQ1")),
        "LOCATION;LANGUAGE=es-ES:Reunión de Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
        "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", ST, *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "es-factorial-technical", "factorial-interview-88213@factorialhr.com", (1, "Voyagio", "Revenue Analyst",
       "technical", "pau.ferrer@voyagio.com;irene.soler@voyagio.com", ""), "-//Factorial//Factorial HR//ES", [
        org("no-reply@factorialhr.com", "Voyagio (vía Factorial)"),
        att(ME_PRIV, "Andrés Villalobos"), att("pau.ferrer@voyagio.com", "Pau Ferrer"),
        att("irene.soler@voyagio.com", "Irene Soler"),
        "SUMMARY:Prueba técnica - Revenue Analyst | Voyagio",
        "DTSTART:20261126T083000Z", "DTEND:20261126T094500Z", ST,
        "DESCRIPTION:" + esc("Fase: Prueba técnica\nCandidato: Andrés Villalobos\nPuesto: Revenue Analyst (Barcelona /"
                             " híbrido)\nEntrevistadores: Pau Ferrer (Lead Data Pricing), Irene Soler (Analytics)\n\n"
                             "Durante la sesión resolverás un caso de previsión de demanda y elasticidad en directo."
                             + meet("vyg-qpta-kze", "es")),
        "LOCATION:https://meet.google.com/vyg-qpta-kze", "STATUS:CONFIRMED"])

    mk(o, "es-infojobs-screen", "ij-entrevista-5519034-20261127@infojobs.net", (1, "Grupo Hotelero Mediterráneo Sur",
       "Revenue Manager Corporativo", "recruiter_screen", "seleccion@ghms.es", ""), "-//InfoJobs//Agenda//ES", [
        org("notificaciones@infojobs.net", "InfoJobs"), att(ME_PRIV, "Andrés Villalobos Gámez"),
        att("seleccion@ghms.es", "Selección GHMS"),
        "SUMMARY:Entrevista: Revenue Manager Corporativo - GRUPO HOTELERO MEDITERRANEO SUR SL",
        "DTSTART;TZID=Europe/Madrid:20261127T120000", "DTEND;TZID=Europe/Madrid:20261127T123000", ST,
        "DESCRIPTION:" + esc("La empresa GRUPO HOTELERO MEDITERRANEO SUR SL te ha convocado a una entrevista por "
                             "teléfono para la oferta «Revenue Manager Corporativo».\nTe llamará el departamento de "
                             "Selección al número que figura en tu CV.\n\nGestiona tus candidaturas en "
                             "https://www.infojobs.net/candidate/applications"),
        "LOCATION:Entrevista telefónica"], tz=TZ_MADRID)

    mk(o, "es-google-hm", "6q1m9t4c2hn0b8s3v7d5k1jr2e@google.com", (1, "Nubo Air", "Pricing Manager",
       "hiring_manager", "elena.castro@nuboair.es", ""), PROD_GOOGLE, [
        "DTSTART:20261130T150000Z", "DTEND:20261130T160000Z", ST,
        org("elena.castro@nuboair.es", "Elena Castro"),
        att(ME_PRIV, "andres.villalobos@outlook.es"),
        att("elena.castro@nuboair.es", "Elena Castro", role="REQ-PARTICIPANT", partstat="ACCEPTED", rsvp=False),
        "X-MICROSOFT-CDO-OWNERAPPTID:-1",
        "CREATED:20261117T101055Z",
        "DESCRIPTION:" + esc("Andrés, como te adelantó Recursos Humanos, esta es la entrevista conmigo como "
                             "responsable del área (Head of Network Pricing) para la vacante de Pricing Manager. "
                             "Hablaremos de tu experiencia en hotel revenue y de cómo se traslada a tarifas "
                             "aéreas." + meet("nbo-hmrx-tfa", "es")),
        "LAST-MODIFIED:20261117T101102Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Nubo Air · Entrevista Pricing Manager con Elena Castro", "TRANSP:OPAQUE"],
       head=["X-WR-CALNAME:andres.villalobos@outlook.es", "X-WR-TIMEZONE:Europe/Madrid"])

    mk(o, "es-apple-terse", "9F2C7B14-3D6E-4A81-B0C2-5E7F91A3D604", (1, "Insular Hotels Group", "", "", "", ""),
       PROD_APPLE, ["CREATED:20261119T204400Z", "DTSTART:20261202T113000", "DTEND:20261202T123000",
                    "SUMMARY:2a entrevista Insular Hotels (Palma) - videollamada", ST,
                    "LAST-MODIFIED:20261119T204400Z", "SEQUENCE:0",
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Recordatorio", "TRIGGER:-PT30M", "END:VALARM"],
       method=None)

    mk(o, "es-founder-gmail-cafe", "CAL-20261203-tarifa-ai-jrb@gmail.com", (1, "Tarifa Analytics", "Head of Pricing",
       "", "javi.rbarrios@gmail.com", ""), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261203T093000", "DTEND;TZID=Europe/Madrid:20261203T103000", ST,
        org("javi.rbarrios@gmail.com", "Javier R. Barrios"), att(ME_PRIV, "Andrés"),
        att("javi.rbarrios@gmail.com", "Javier R. Barrios", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Café Andrés / Javier (Tarifa Analytics)",
        "DESCRIPTION:" + esc("Quedamos en el café de la calle Larios. Aunque sea informal, para nosotros es la "
                             "primera entrevista para el puesto de Head of Pricing: trae ideas sobre cómo "
                             "venderías nuestro motor de precios a cadenas hoteleras.\nJavier (cofundador)"),
        "LOCATION:" + esc("Café Central, Plaza de la Constitución 11, Málaga"), "STATUS:CONFIRMED"],
       tz=TZ_MADRID, head=["X-WR-TIMEZONE:Europe/Madrid"])

    mk(o, "es-agency-employer", "talentia-ev-7741-andres@talentiasearch.es", (1, "Meridia Hotels & Resorts",
       "Director de Revenue Management", "hiring_manager", "gonzalo.pena@meridiahotels.com;ana.vidal@meridiahotels.com",
       ""), PROD_O365, [
        org("b.sanz@talentiasearch.es", "Beatriz Sanz | Talentia Hospitality Search"),
        att(ME_PRIV, "Andrés Villalobos"),
        att("gonzalo.pena@meridiahotels.com", "Gonzalo Peña"), att("ana.vidal@meridiahotels.com", "Ana Vidal"),
        "SUMMARY:Entrevista Meridia Hotels & Resorts - Director/a de Revenue (candidato: A. Villalobos)",
        "DTSTART;TZID=" + ROMANCE + ":20261201T170000", "DTEND;TZID=" + ROMANCE + ":20261201T180000", ST,
        "DESCRIPTION:" + esc("Andrés:\nOs confirmo la entrevista con nuestro cliente Meridia Hotels & Resorts para "
                             "la posición de Director de Revenue Management. Te entrevistarán Gonzalo Peña (Chief "
                             "Commercial Officer, tu futuro responsable) y Ana Vidal (People). Yo no estaré en la "
                             "llamada; llámame después para el feedback.\n\nBeatriz" + teams_es("Mzk3")),
        "LOCATION:Microsoft Teams", *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "es-workday-coord", "WD-INTERVIEW-REQ10442-4471@cieloazul.wd3.myworkdayjobs.com",
       (1, "Cielo Azul Airlines", "Senior Revenue Management Analyst", "technical",
        "raul.ortega@cieloazul.aero;marina.lopez@cieloazul.aero", ""), "-//Workday//Workday Calendar//EN", [
        org("cieloazul@myworkday.com", "Cielo Azul Talent Acquisition"),
        att(ME_PRIV, "Andres Villalobos"),
        att("nerea.gil@cieloazul.aero", "Nerea Gil (Coordinadora de Selección)", role="OPT-PARTICIPANT"),
        att("raul.ortega@cieloazul.aero", "Raúl Ortega"), att("marina.lopez@cieloazul.aero", "Marina López"),
        "SUMMARY:Entrevista técnica - Senior Revenue Management Analyst (REQ-10442)",
        "DTSTART:20261204T090000Z", "DTEND:20261204T100000Z", ST,
        "DESCRIPTION:" + esc("Estimado/a Andres,\n\nGracias por tu interés en Cielo Azul Airlines. Tu entrevista "
                             "técnica para Senior Revenue Management Analyst (REQ-10442) está confirmada.\n\n"
                             "Panel: Raúl Ortega (O&D Revenue Management) y Marina López (Pricing Analytics).\n"
                             "Coordinación: Nerea Gil, que no participa en la entrevista.\n\n"
                             "Si necesitas reprogramar, responde a este mensaje." + zoom("845 2291 0736", "abc9Q",
                                                                                           "es")),
        "LOCATION:Zoom", "STATUS:CONFIRMED"])

    mk(o, "es-successfactors-final", "SF-ICAL-20261210-RH-000918@successfactors.eu", (1, "Rumbo Horizonte",
       "Responsable de Pricing", "final", "carmen.iglesias@rumbohorizonte.com;diego.navarro@rumbohorizonte.com", ""),
       "-//SAP SuccessFactors//Interview Scheduling//EN", [
        org("rh-seleccion@rumbohorizonte.com", "Rumbo Horizonte S.A. - Selección"),
        att(ME_PRIV, "Andrés Villalobos"),
        att("carmen.iglesias@rumbohorizonte.com", "Carmen Iglesias"),
        att("diego.navarro@rumbohorizonte.com", "Diego Navarro"),
        room("sala.atlantico@rumbohorizonte.com", "MAD-Torre Norte-Planta 12-Sala Atlántico (10)"),
        "SUMMARY:Entrevista final: Responsable de Pricing - Rumbo Horizonte S.A.",
        "DTSTART;TZID=Europe/Madrid:20261210T110000", "DTEND;TZID=Europe/Madrid:20261210T123000", ST,
        "DESCRIPTION:" + esc("Entrevista final presencial con la Dirección Comercial (Carmen Iglesias, Directora "
                             "Comercial) y Finanzas (Diego Navarro, CFO).\nPor favor, trae tu DNI para el acceso.\n"
                             "Dirección: Paseo de la Castellana 259, Madrid."),
        "LOCATION:" + esc("Torre Norte, Planta 12, Sala Atlántico, Paseo de la Castellana 259, Madrid")],
       tz=TZ_MADRID)

    mk(o, "es-cancelled", "040000008200E00074C5B7101A82E0080000000060A7D1CC2A5FDB01000000000000000010000000"
       "C0FFEE11D2A44B21A9C11D0F2B3E8A77", (1, "Solvía Travel", "Analista de Revenue", "technical",
       "oscar.beltran@solviatravel.com", ""), PROD_OUTLOOK, [
        org("oscar.beltran@solviatravel.com", "Beltrán, Óscar"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY;LANGUAGE=es-ES:Cancelada: Entrevista técnica Analista de Revenue – Solvía Travel",
        "DTSTART;TZID=" + ROMANCE + ":20261205T120000", "DTEND;TZID=" + ROMANCE + ":20261205T130000",
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Andrés, tenemos que cancelar la entrevista técnica de este jueves; "
                                            "te propondré nueva fecha en cuanto cerremos agendas.\nÓscar\n"),
        "STATUS:CANCELLED", "SEQUENCE:2", "PRIORITY:1", ST, "X-MICROSOFT-CDO-BUSYSTATUS:FREE"],
       tz=tz_windows(ROMANCE), method="CANCEL")

    mk(o, "es-personio", "personio-interview-2b0e4f1a-93c7@hostelflow.jobs.personio.de", (1, "HostelFlow",
       "Pricing Manager", "", "clara.menendez@hostelflow.co;tom.becker@hostelflow.co", ""),
       "-//Personio GmbH//Personio Recruiting//DE", [
        org("noreply@personio.de", "HostelFlow Recruiting"), att(ME_PRIV, "Andrés Villalobos"),
        att("clara.menendez@hostelflow.co", "Clara Menéndez"), att("tom.becker@hostelflow.co", "Tom Becker"),
        "SUMMARY:Entrevista HostelFlow – Pricing Manager (Madrid o remoto)",
        "DTSTART:20261209T160000Z", "DTEND:20261209T164500Z", ST,
        "DESCRIPTION:" + esc("Hola Andrés,\nnos alegra invitarte a una entrevista para el puesto de Pricing Manager."
                             "\nParticipantes: Clara Menéndez (COO) y Tom Becker (Data).\nEnlace: "
                             "https://meet.google.com/hfl-mpqo-ter\nSaludos,\nEl equipo de HostelFlow"),
        "LOCATION:Google Meet"])

    mk(o, "es-calendly-screen", "c8d2e1f0-77aa-4b59-9e10-3a4c5d6e7f80", (1, "Pyrene Consultores",
       "Consultor/a Senior de Revenue Management", "recruiter_screen", "marta.gil@pyrene.es", ""),
       "-//Calendly//Calendly//EN", [
        org("marta.gil@pyrene.es", "Marta Gil"), att(ME_PRIV, "Andrés Villalobos", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Llamada de selección (30 min) entre Marta Gil y Andrés Villalobos",
        "DTSTART:20261201T083000Z", "DTEND:20261201T090000Z", ST,
        "DESCRIPTION:" + esc("Tipo de evento: Llamada de selección (30 min)\n\nPrimera llamada con el equipo de "
                             "Talento de Pyrene Consultores S.L.P. sobre la vacante de Consultor/a Senior de Revenue "
                             "Management (práctica Travel & Hospitality).\n\nUbicación: Marta te llamará al "
                             "+34 6XX XXX 218\n\nRespuestas:\n¿Por qué te interesa Pyrene? Consultoría de pricing.\n\n"
                             "¿Necesitas hacer cambios en este evento?\nCancelar: https://calendly.com/cancellations/"
                             "c8d2e1f0\nReprogramar: https://calendly.com/reschedulings/c8d2e1f0"),
        "LOCATION:+34 6XX XXX 218", "STATUS:CONFIRMED", "TRANSP:OPAQUE"])

    mk(o, "es-teams-case", "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DB01000000000000000010000000"
       "77AA55CC33EE11DD99BB00FF4411AA22", (1, "Quadrant Travel Solutions", "Pricing Strategy Lead", "technical",
       "s.romero@qts-travel.com;p.aguilar@qts-travel.com", ""), PROD_O365, [
        org("s.romero@qts-travel.com", "Sergio Romero"), att(ME_PRIV, "Andrés Villalobos"),
        att("p.aguilar@qts-travel.com", "Paula Aguilar"),
        "SUMMARY:Caso práctico - pricing dinámico (proceso Pricing Strategy Lead)",
        "DTSTART;TZID=" + ROMANCE + ":20261211T100000", "DTEND;TZID=" + ROMANCE + ":20261211T113000", ST,
        "DESCRIPTION:" + esc("Hola Andrés,\nSegún lo acordado, en esta sesión presentarás el caso práctico que te "
                             "enviamos (pricing dinámico para paquetes vuelo+hotel). 20 min de presentación y "
                             "preguntas de Paula y mías.\nSergio Romero\nQuadrant Travel Solutions" + teams_es("NmQ4")),
        "LOCATION:Reunión de Microsoft Teams", *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "es-onsite-rooms", "cormoran-onsite-20261215-av@cormoran.travel", (1, "Viajes Cormorán",
       "Revenue Analytics Manager", "onsite",
       "ines.rubio@cormoran.travel;mateo.serra@cormoran.travel;laura.pons@cormoran.travel", ""), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261215T093000", "DTEND;TZID=Europe/Madrid:20261215T130000", ST,
        org("ines.rubio@cormoran.travel", "Inés Rubio"),
        att(ME_PRIV, "Andrés Villalobos"), att("ines.rubio@cormoran.travel", "Inés Rubio", partstat="ACCEPTED"),
        att("mateo.serra@cormoran.travel", "Mateo Serra"), att("laura.pons@cormoran.travel", "Laura Pons"),
        resource("c_1889ab3c@resource.calendar.google.com", "BCN-Diagonal-3-Sala Formentera (8) [Pantalla]"),
        "SUMMARY:Jornada presencial de entrevistas - Revenue Analytics Manager",
        "DESCRIPTION:" + esc("Programa en nuestras oficinas de Barcelona:\n09:30 Inés Rubio (Directora de Revenue)\n"
                             "10:30 Mateo Serra (BI)\n11:30 Laura Pons (Distribución)\n12:30 visita a la oficina\n"
                             "Viajes Cormorán, Av. Diagonal 640, 3ª planta."),
        "LOCATION:" + esc("Viajes Cormorán, Av. Diagonal 640, Barcelona")],
       tz=TZ_MADRID, head=["X-WR-TIMEZONE:Europe/Madrid"])

    mk(o, "es-allday-assessment", "assessment-azahar-rl2027-andres@azaharhotels.com", (1, "Hoteles Azahar",
       "Programa Revenue Leaders", "onsite", "", ""), PROD_GOOGLE, [
        "DTSTART;VALUE=DATE:20261216", "DTEND;VALUE=DATE:20261217", ST,
        org("talento@azaharhotels.com", "Talento Hoteles Azahar"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:Assessment Center – Programa Revenue Leaders 2027 (Hoteles Azahar)",
        "DESCRIPTION:" + esc("Enhorabuena, has pasado a la fase de Assessment Center del Programa Revenue Leaders. "
                             "Jornada completa en Sevilla (dinámicas de grupo, caso de pricing y entrevistas "
                             "individuales con el comité). Te enviaremos la agenda detallada."),
        "LOCATION:Hotel Azahar Triana, Sevilla", "TRANSP:TRANSPARENT"])

    mk(o, "es-recurring-trial", "trial-airprecio-2026-av@airprecio.com", (1, "AirPrecio", "Pricing Analyst", "",
       "nacho.vera@airprecio.com", ""), PROD_GOOGLE, [
        "DTSTART;TZID=Europe/Madrid:20261214T090000", "DTEND;TZID=Europe/Madrid:20261214T140000",
        "RRULE:FREQ=DAILY;COUNT=2", ST,
        org("nacho.vera@airprecio.com", "Nacho Vera"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:Jornada de prueba (Pricing Analyst) - AirPrecio",
        "DESCRIPTION:" + esc("Dos mañanas de prueba remunerada con el equipo: trabajarás sobre datos reales de "
                             "tarifas y el último día lo revisamos juntos. Nacho (Head of Data)."),
        "LOCATION:AirPrecio, Calle Alcalá 21, Madrid", "SEQUENCE:1"],
       tz=TZ_MADRID, extra=[[
           "RECURRENCE-ID;TZID=Europe/Madrid:20261215T090000", "DTSTART;TZID=Europe/Madrid:20261216T100000",
           "DTEND;TZID=Europe/Madrid:20261216T150000", ST, org("nacho.vera@airprecio.com", "Nacho Vera"),
           att(ME_PRIV, "Andrés Villalobos"), "SUMMARY:Jornada de prueba (Pricing Analyst) - AirPrecio (movida)",
           "LOCATION:AirPrecio, Calle Alcalá 21, Madrid", "SEQUENCE:2"]])

    mk(o, "es-handtyped-phone", "A41D0E77-1B2C-4D3E-8F90-ACB1D2E3F405", (1, "Alas Atlánticas", "",
       "recruiter_screen", "", ""), PROD_IOS, [
        "DTSTART;TZID=Europe/Madrid:20261202T163000", "DTEND;TZID=Europe/Madrid:20261202T170000",
        "SUMMARY:entrevista tlf Alas Atlánticas (RRHH)", ST, "CREATED:20261124T080102Z"],
       tz=TZ_MADRID, method=None)

    mk(o, "es-to-work-address", "0dfm3kq8r2s7t1u5v9w4x6y0z3@google.com", (1, "Grupo Playasol", "Director de Revenue",
       "recruiter_screen", "r.vidal@playasol.com", ""), PROD_GOOGLE, [
        "DTSTART:20261207T171500Z", "DTEND:20261207T174500Z", ST,
        org("r.vidal@playasol.com", "Rebeca Vidal"), att(ME_WORK, "avillalobos@hoteles-costabella.es"),
        att("r.vidal@playasol.com", "Rebeca Vidal", partstat="ACCEPTED", rsvp=False),
        "SUMMARY:Grupo Playasol - primera conversación (Director de Revenue)",
        "DESCRIPTION:" + esc("Hola Andrés, gracias por tu candidatura a Director de Revenue en Grupo Playasol "
                             "(Palma). Te escribo a la dirección que pusiste en el CV; si prefieres otra, dímelo. "
                             "Primera conversación de 30 min conmigo (Talent Partner)." + meet("pls-jgua-xwn", "es")),
        "LOCATION:", "STATUS:CONFIRMED"], head=["X-WR-TIMEZONE:Europe/Madrid"])

    mk(o, "es-rescheduled", "040000008200E00074C5B7101A82E0080000000010A2B3C4D5E6DB01000000000000000010000000"
       "ABCDEF0123456789ABCDEF0123456789", (1, "Nubo Air", "Pricing Manager", "final",
       "jorge.salas@nuboair.es;elena.castro@nuboair.es", ""), PROD_OUTLOOK, [
        org("rrhh.seleccion@nuboair.es", "Selección Nubo Air"), att(ME_PRIV, "andres.villalobos@outlook.es"),
        att("jorge.salas@nuboair.es", "Salas Prieto, Jorge"), att("elena.castro@nuboair.es", "Castro, Elena"),
        "SUMMARY;LANGUAGE=es-ES:Nueva hora: Entrevista final Pricing Manager - Dirección General",
        "DTSTART;TZID=" + ROMANCE + ":20261218T130000", "DTEND;TZID=" + ROMANCE + ":20261218T140000",
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Buenos días Andrés,\nPor agenda del Director General, Jorge Salas, "
                                            "movemos la entrevista final al viernes a las 13:00. Estará también "
                                            "Elena Castro.\nSelección – Nubo Air\n"),
        "LOCATION;LANGUAGE=es-ES:Nubo Air, Av. de la Aviación 4, Málaga", "SEQUENCE:3", ST, *ms_extra()],
       tz=tz_windows(ROMANCE))

    mk(o, "es-webex-rail", "7d9e1c00a4b2@ferrovia-av.es", (1, "Ferrovía Alta Velocidad", "Yield Manager",
       "hiring_manager", "alberto.mendez@ferrovia-av.es", ""), "-//Cisco//Webex//EN", [
        org("alberto.mendez@ferrovia-av.es", "Alberto Méndez"), att(ME_PRIV),
        "SUMMARY:Entrevista Yield Manager – Alberto Méndez (responsable de Gestión de Ingresos)",
        "DTSTART;TZID=Europe/Madrid:20261209T100000", "DTEND;TZID=Europe/Madrid:20261209T110000", ST,
        "DESCRIPTION:" + esc("Entrevista con el responsable de contratación para la posición de Yield Manager en "
                             "Ferrovía Alta Velocidad S.A." + webex("2741 883 9201")),
        "LOCATION:Webex"], tz=TZ_MADRID)

    mk(o, "es-zoom-sql", "zoom-84410223997-1701@travelnexo.com", (1, "TravelNexo", "Revenue Data Analyst",
       "technical", "hugo.marin@travelnexo.com", ""), "-//zoom.us//iCalendar Event//EN", [
        org("hugo.marin@travelnexo.com", "Hugo Marín"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:TravelNexo | Ejercicio SQL/Python en directo (Revenue Data Analyst)",
        "DTSTART:20261203T150000Z", "DTEND:20261203T160000Z", ST,
        "DESCRIPTION:" + esc("Hugo Marín te está invitando a una reunión de Zoom programada.\n\nSegunda fase del "
                             "proceso: ejercicio práctico en directo, comparte pantalla con tu entorno SQL." +
                             zoom("844 1022 3997", "TnX01", "es")),
        "LOCATION:https://us02web.zoom.us/j/84410223997"])

    mk(o, "es-apple-final-address", "E5B0A1C2-9D8E-4F7A-B6C5-D4E3F2A1B0C9", (1, "Meridia Hotels & Resorts", "",
       "final", "", ""), PROD_APPLE, [
        "DTSTART;TZID=Europe/Madrid:20261214T120000", "DTEND;TZID=Europe/Madrid:20261214T133000",
        "SUMMARY:Entrevista final Meridia", ST,
        "LOCATION:Paseo de la Castellana 95\\, Madrid",
        "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-APPLE-RADIUS=70;X-TITLE=\"Paseo de la Castellana 95\":"
        "geo:40.448,-3.692",
        "DESCRIPTION:AVE 8:05 desde Málaga. Llevar caso de Meridia impreso.", "CREATED:20261203T191200Z"],
       tz=TZ_MADRID, method=None)

    mk(o, "es-founder-hotmail", "20261208T101500Z-rentabiliza@hotmail.com", (1, "Rentabiliza", "Revenue Lead", "",
       "rocio.rentabiliza@hotmail.com", ""), PROD_O365, [
        org("rocio.rentabiliza@hotmail.com", "Rocío Estévez"), att(ME_PRIV, "Andrés Villalobos"),
        "SUMMARY:Conversación puesto Revenue Lead",
        "DTSTART;TZID=" + ROMANCE + ":20261208T180000", "DTEND;TZID=" + ROMANCE + ":20261208T184500", ST,
        "DESCRIPTION:" + esc("Hola Andrés! Soy Rocío, fundadora de Rentabiliza (software de revenue para "
                             "apartamentos turísticos). Me encantó tu perfil; te propongo esta videollamada como "
                             "entrevista para el puesto de Revenue Lead.\nhttps://meet.jit.si/rentabiliza-andres"),
        "LOCATION:Jitsi"], tz=tz_windows(ROMANCE))

    mk(o, "es-sentby-second", "040000008200E00074C5B7101A82E00800000000B1C2D3E4F506DC01000000000000000010000000"
       "1029384756AFBECDDCEBFA6574839201", (1, "Lusavia", "Revenue Management Analyst", "",
       "joao.ferreira@flylusavia.pt", ""), PROD_OUTLOOK, [
        org("joao.ferreira@flylusavia.pt", "Ferreira, João", sent_by="ana.matos@flylusavia.pt"),
        att(ME_PRIV, "andres.villalobos@outlook.es"),
        "SUMMARY;LANGUAGE=es-ES:Segunda entrevista – Revenue Management Analyst (Lisboa)",
        "DTSTART;TZID=" + GMTW + ":20261210T140000", "DTEND;TZID=" + GMTW + ":20261210T150000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Hola Andrés,\nTe escribo en nombre de João Ferreira (Head of Revenue "
                                            "Management, Lusavia) para la segunda entrevista. João te hablará en "
                                            "español.\nAna Matos, asistente de dirección" + teams_es("OTQz")),
        "LOCATION;LANGUAGE=es-ES:Microsoft Teams", *ms_extra()], tz=tz_windows(GMTW, "+0000", "+0100"))

    mk(o, "es-panel-cn-lastfirst", "040000008200E00074C5B7101A82E00800000000C2D3E4F50617DC01000000000000000010000000"
       "5566778899AABBCCDDEEFF0011223344", (1, "Aerolíneas Alborán", "Analista de Pricing", "onsite",
       "pedro.sanchez@alboran-air.com;nuria.campos@alboran-air.com;lucia.moreno@alboran-air.com", ""), PROD_OUTLOOK, [
        org("lucia.moreno@alboran-air.com", "Moreno Ruiz, Lucía"), att(ME_PRIV, "Andrés Villalobos"),
        att("pedro.sanchez@alboran-air.com", "Sánchez Ortiz, Pedro"),
        att("nuria.campos@alboran-air.com", "Campos, Nuria"),
        room("sala.estrecho@alboran-air.com", "AGP-Sede-Sala Estrecho"),
        "SUMMARY;LANGUAGE=es-ES:Entrevistas presenciales Analista de Pricing – Andrés Villalobos",
        "DTSTART;TZID=" + ROMANCE + ":20261209T093000", "DTEND;TZID=" + ROMANCE + ":20261209T120000", ST,
        "DESCRIPTION;LANGUAGE=es-ES:" + esc("Andrés, te esperamos en la sede (Aeropuerto de Málaga, edificio "
                                            "de oficinas, 2ª planta). Panel: Pedro Sánchez (Director de Revenue), "
                                            "Nuria Campos (Pricing) y yo misma.\nLucía"),
        "LOCATION;LANGUAGE=es-ES:AGP-Sede-Sala Estrecho", *ms_extra()], tz=tz_windows(ROMANCE))

    mk(o, "es-greenhouse", "greenhouse-9921443-andres@greenhouse.io", (1, "Skyroute Technologies",
       "Senior Pricing Analyst", "hiring_manager", "daniela.ruiz@skyroute.io", ""), "-//Greenhouse//Interview//EN", [
        org("no-reply@greenhouse.io", "Skyroute Recruiting"), att(ME_PRIV, "Andrés Villalobos"),
        att("daniela.ruiz@skyroute.io", "Daniela Ruiz"),
        att("scheduling@skyroute.io", "Skyroute Scheduling", role="NON-PARTICIPANT"),
        "SUMMARY:Entrevista con Daniela Ruiz (Hiring Manager) - Senior Pricing Analyst, Skyroute",
        "DTSTART:20261202T100000Z", "DTEND:20261202T104500Z", ST,
        "DESCRIPTION:" + esc("Hola Andrés,\n\nTe confirmamos tu entrevista con Daniela Ruiz, Hiring Manager del "
                             "equipo de Pricing de Skyroute Technologies Ltd. (oficina de Madrid).\n\nEnlace Zoom: "
                             "https://skyroute.zoom.us/j/93100441287\n\n— Skyroute Recruiting Coordination"),
        "LOCATION:https://skyroute.zoom.us/j/93100441287"])

    mk(o, "es-cancelled-google", "3ab7lq0ph1c9d2n5e8f4g6j0k2@google.com", (1, "Insular Hotels Group",
       "Revenue Manager Cluster", "recruiter_screen", "marga.colom@insularhg.com", ""), PROD_GOOGLE, [
        "DTSTART:20261124T110000Z", "DTEND:20261124T113000Z", ST,
        org("marga.colom@insularhg.com", "Marga Colom"), att(ME_PRIV, "andres.villalobos@outlook.es"),
        "SUMMARY:Entrevista Revenue Manager Cluster - Insular Hotels (cancelado)",
        "DESCRIPTION:" + esc("Hola Andrés, anulamos esta llamada de preselección porque Marga está de baja; la "
                             "retomamos la semana que viene."),
        "STATUS:CANCELLED", "SEQUENCE:1"], method="CANCEL")

    mk(o, "es-terse-caser", "B7E6D5C4-A3B2-4C1D-8E0F-9A8B7C6D5E4F", (1, "Altamar Advisory", "", "",
       "", ""), PROD_IOS, [
        "DTSTART:20261211T163000", "DTEND:20261211T173000",
        "SUMMARY:Altamar - entrevista con la socia (Teams)", ST,
        "DESCRIPTION:Socia responsable Travel. Preparar 3 casos de pricing."], method=None)
    return o
