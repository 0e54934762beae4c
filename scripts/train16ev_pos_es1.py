"""train16: Javier Morales's own interviews, Spanish/Catalan, part 1."""

from __future__ import annotations

from train16ev_ical import (
    APPLE,
    CALENDLY,
    EXCHANGE,
    FACTORIAL,
    GOOGLE,
    INFOJOBS,
    IOS,
    ME_G,
    ORG,
    OUTLOOK,
    ROOM,
    RS,
    STAMP,
    WORKDAY,
    ZOOMP,
    A,
    D,
    Item,
    L,
    S,
    T,
    U,
    meet,
    teams,
    vcal,
    ve,
    zoom,
)

MAD = (("Europe/Madrid", "olson"),)

def items() -> list[Item]:
    out: list[Item] = []
    add = out.append

    add(Item("factorial_screen", "es", vcal(FACTORIAL, [ve(
        U("fct-int-88213-4471@factorialhr.com"), STAMP,
        T("DTSTART", "20261203T100000", "Europe/Madrid"), T("DTEND", "20261203T103000", "Europe/Madrid"),
        S("Entrevista con Gastrofy - Responsable de Operaciones de Cocina"),
        D("Hola Javier,\n\nTe confirmamos la primera entrevista para el puesto de Responsable de Operaciones de "
          "Cocina en Gastrofy. Será una llamada de 30 minutos con Laura Benítez (Talent Acquisition) para conocer "
          "tu trayectoria y resolver dudas sobre el proceso.\n\n" + meet("gfy-kqwp-tzr", "es") +
          "\n\nEnviado a través de Factorial"),
        ORG("laura.benitez@gastrofy.es", "Laura Benítez"),
        A(ME_G, "Javier Morales"), A("laura.benitez@gastrofy.es", "Laura Benítez", ps="ACCEPTED"),
        "SEQUENCE:0", "STATUS:CONFIRMED")], tzs=MAD),
        1, "Gastrofy", "Responsable de Operaciones de Cocina", "recruiter_screen", ("laura.benitez@gastrofy.es",),
        "ats"))

    add(Item("infojobs_onsite", "es", vcal(INFOJOBS, [ve(
        U("ij-conv-5520193@infojobs.net"), STAMP,
        T("DTSTART", "20261209T120000", "Europe/Madrid"), T("DTEND", "20261209T130000", "Europe/Madrid"),
        S("Convocatoria de entrevista: Jefe/a de Producción - Cuina Central BCN"),
        L("Cuina Central BCN, Carrer 60, 19-21, Zona Franca, 08040 Barcelona"),
        D("Cuina Central BCN te ha convocado a una entrevista presencial para la oferta \"Jefe/a de Producción "
          "(cocina central, 4.000 menús/día)\".\nTe recibirá Ramon Vidal, Director de Producción.\n"
          "Trae tu DNI y, si puedes, ejemplos de fichas técnicas.\n\nGestiona tus candidaturas en InfoJobs."),
        ORG("seleccion@cuinacentral.com", "Cuina Central BCN - Selección"),
        A(ME_G, "Javier Morales"), A("rvidal@cuinacentral.com", "Ramon Vidal"))], tzs=MAD),
        1, "Cuina Central BCN", "Jefe/a de Producción", "hiring_manager", ("rvidal@cuinacentral.com",), "ats"))

    add(Item("workday_hm", "es", vcal(WORKDAY, [ve(
        "CLASS:PUBLIC", T("DTSTART", "20261211T150000Z"), T("DTEND", "20261211T160000Z"), STAMP,
        U("WD-INTERVIEW-3f0a9c2e-71b4-4e55-a1d0-maritim"),
        ORG("maritimhoteles@myworkday.com", "Hoteles Marítim Talent"),
        A(ME_G, "Javier Morales"), A("c.roig@maritimhoteles.com", "Carla Roig"),
        A("interview.scheduling@maritimhoteles.com", "Coordinación de Entrevistas", role="OPT-PARTICIPANT"),
        S("Entrevista - Director/a de Alimentos y Bebidas (R-20419) - Javier Morales"),
        D("Ha sido programada una entrevista para la vacante R-20419 Director/a de Alimentos y Bebidas - Hotel "
          "Marítim Valencia.\n\nEntrevistadora: Carla Roig, Directora General del hotel\nFormato: Microsoft Teams\n\n"
          + teams("293118476502", "Vq7zTe", "es") + "\n\nCoordinación de Entrevistas | Hoteles Marítim"))], tzs=()),
        1, "Hoteles Marítim", "Director/a de Alimentos y Bebidas", "hiring_manager", ("c.roig@maritimhoteles.com",),
        "ats_coordinator"))

    add(Item("outlook_technical", "es", vcal(OUTLOOK, [ve(
        ORG("mjimenez@gsi-foods.com", "Jiménez Ortega, Miguel"),
        A(ME_G, "javimorales.chef@gmail.com"), A("mjimenez@gsi-foods.com", "Jiménez Ortega, Miguel", ps="ACCEPTED"),
        A("acasado@gsi-foods.com", "Casado, Ana (Calidad)"),
        ROOM("sala.jamon@gsi-foods.com", "Guijuelo - Sala Jamón (8)"),
        D("Buenos días Javier,\n\nComo comentamos por teléfono, te enviamos la convocatoria para la entrevista "
          "técnica del puesto de Responsable de Calidad y Supply en nuestra planta de Guijuelo. Ana Casado "
          "(Dirección de Calidad) y yo te plantearemos un caso práctico de APPCC y trazabilidad.\n\nUn saludo,\n"
          "Miguel Jiménez\nGrupo Sabores Ibéricos S.A. | Recursos Humanos"),
        S("Entrevista técnica - Responsable de Calidad y Supply - J. Morales"),
        T("DTSTART", "20261214T110000", RS), T("DTEND", "20261214T123000", RS),
        U("040000008200E00074C5B7101A82E0080000000090A7D2C4A15DD901000000000000000010000000E2A1"),
        L("Guijuelo - Sala Jamón (8)"), "CLASS:PUBLIC", "PRIORITY:5", STAMP, "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1")],
        tzs=((RS, "outlook"),)),
        1, "Grupo Sabores Ibéricos", "Responsable de Calidad y Supply", "technical",
        ("mjimenez@gsi-foods.com", "acasado@gsi-foods.com"), "outlook_room"))

    add(Item("founder_gmail", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261205T083000Z"), T("DTEND", "20261205T093000Z"), STAMP,
        ORG("inaki.bocatto@gmail.com", "Iñaki Etxeberria"), U("6k8d2j1q0v9p3m7c5b4n2x1z@google.com"),
        A(ME_G, "Javier Morales"), A("inaki.bocatto@gmail.com", "Iñaki Etxeberria", ps="ACCEPTED"),
        "CREATED:20261119T180212Z",
        D("Javi, te paso invitación para la segunda conversación sobre el puesto de Head of Kitchen Ops en "
          "Bocatto Foods. Estaremos mi socia Nerea y yo; queremos repasar contigo el plan de apertura de la "
          "cocina central de Valencia y condiciones.\n\n" + meet("bcf-wnrs-aha", "es")),
        L("Bocatto Foods - Carrer de Sueca 14, 46006 València"), "SEQUENCE:0", "STATUS:CONFIRMED",
        S("Javier / Bocatto - 2ª conversación"), "TRANSP:OPAQUE")], head=("X-WR-TIMEZONE:Europe/Madrid",)),
        1, "Bocatto Foods", "Head of Kitchen Ops", "hiring_manager", ("inaki.bocatto@gmail.com",), "founder_freemail"))

    add(Item("agency_client", "es", vcal(OUTLOOK, [ve(
        ORG("eva.serrano@talentohostelero.es", "Eva Serrano | Talento Hostelero"),
        A(ME_G, "Javier Morales"), A("rrhh.corporativo@onahotels.com", "Jordi Massana - RRHH Ona Hotels"),
        A("eva.serrano@talentohostelero.es", "Eva Serrano | Talento Hostelero", role="NON-PARTICIPANT"),
        S("Entrevista cliente Ona Hotels - Executive Chef Corporativo"),
        D("Hola Javier:\n\nNuestro cliente Ona Hotels (Hotelera Costa Brava S.A.) quiere conocerte para la posición "
          "de Executive Chef Corporativo. La entrevista la hará Jordi Massana, Director de RRHH corporativo, "
          "en sus oficinas de Girona. Yo no estaré presente; llámame al salir.\n\nEva Serrano\nConsultora senior - "
          "Talento Hostelero"),
        T("DTSTART", "20261216T100000", RS), T("DTEND", "20261216T110000", RS),
        U("040000008200E00074C5B7101A82E00800000000F0C4E1A7B25DD9010000000000000000100000004B77"),
        L("Ona Hotels - Gran Via de Jaume I, 44, Girona"),
        STAMP, "SEQUENCE:1", "STATUS:CONFIRMED", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE")],
        tzs=((RS, "outlook"),)),
        1, "Ona Hotels", "Executive Chef Corporativo", "recruiter_screen",
        ("rrhh.corporativo@onahotels.com",), "agency_names_client"))

    add(Item("calendly_screen", "es", vcal(CALENDLY, [ve(
        U("e3c1b7a0-1d44-4f1c-9a2e-calendly-mbx-7782"), STAMP,
        T("DTSTART", "20261207T163000Z"), T("DTEND", "20261207T170000Z"),
        S("Primera llamada - Operations Lead Madrid (Mercabox) entre Marta Gil y Javier Morales"),
        D("Evento: Primera llamada - Operations Lead Madrid (Mercabox)\n\nMarta Gil, Talent Partner en Mercabox, "
          "te llamará al número que indicaste.\n\nTeléfono del invitado: +34 612 40 88 19\n\n"
          "¿Necesitas cambiarlo? Reprogramar: https://calendly.com/reschedulings/9c7d1e\n"
          "Cancelar: https://calendly.com/cancellations/9c7d1e\n\nCon tecnología de Calendly.com"),
        ORG("marta.gil@mercabox.com", "Marta Gil"), A("marta.gil@mercabox.com", "Marta Gil", ps="ACCEPTED"),
        A(ME_G, "Javier Morales", ps="ACCEPTED"), L("Llamada telefónica"))]),
        1, "Mercabox", "Operations Lead", "recruiter_screen", ("marta.gil@mercabox.com",), "scheduler"))

    add(Item("handtyped_round2", "es", vcal(IOS, [ve(
        "CREATED:20261118T201004Z", U("B41E08F3-6C2A-4F37-9D71-2A0C5E6E3F10"),
        T("DTEND", "20261210T110000", "Europe/Madrid"),
        "TRANSP:OPAQUE", "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", S("2a entrevista Verdalia - Sant Cugat"),
        L("Verdalia\nAv. de la Generalitat 34, Sant Cugat del Vallès"),
        T("DTSTART", "20261210T100000", "Europe/Madrid"), STAMP, "SEQUENCE:0", alarm="-PT1H")], method="", tzs=MAD),
        1, "Verdalia", "", "", (), "handtyped"))

    add(Item("handtyped_catalan", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261215T160000", "Europe/Madrid"), T("DTEND", "20261215T170000", "Europe/Madrid"), STAMP,
        U("1u3hpe6c0v5b8r2m9q4s7t1k0a@google.com"), "CREATED:20261121T082233Z",
        D("amb la Montse (gerent). Portar CV imprès + idees per a la línia de formatges frescos. Pregunten per "
          "el lloc de cap de producció."),
        L("Formatges Montsant, Cornudella de Montsant"), "SEQUENCE:0", "STATUS:CONFIRMED",
        S("Entrevista Formatges Montsant"), "TRANSP:OPAQUE")], method="PUBLISH", tzs=MAD,
        head=("X-WR-CALNAME:Javi", "X-WR-TIMEZONE:Europe/Madrid")),
        1, "Formatges Montsant", "cap de producció", "hiring_manager", (), "handtyped"))

    add(Item("greenhouse_final", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261217T090000Z"), T("DTEND", "20261217T123000Z"), STAMP,
        ORG("paula.ruiz@comensal.app", "Paula Ruiz"), U("0gk9r4b7v2x6m1q8c3t5n9p2e7@google.com"),
        A(ME_G, "Javier Morales"), A("paula.ruiz@comensal.app", "Paula Ruiz", ps="ACCEPTED"),
        A("diego.fuentes@comensal.app", "Diego Fuentes"), A("sofia.lin@comensal.app", "Sofía Lin"),
        A("c_18840kq2@resource.calendar.google.com", "Madrid-HQ-3-Sala Cocina Lab (10)", cutype="RESOURCE",
          role="NON-PARTICIPANT"),
        D("Hola Javier,\n\nEsta es tu entrevista final para Head of Dark Kitchens en Comensal.\n\n"
          "09:00 - 10:00  Diego Fuentes, VP Operations\n10:00 - 11:00  Sofía Lin, Head of Supply\n"
          "11:00 - 11:30  Paula Ruiz, People (cierre)\n\nTe esperamos en recepción, Calle de Orense 12, Madrid.\n\n"
          "Scheduled via Greenhouse. Comensal Delivery Technologies S.L."),
        L("Calle de Orense 12, 28020 Madrid"), "SEQUENCE:0", "STATUS:CONFIRMED",
        S("Entrevista final - Comensal - Head of Dark Kitchens"), "TRANSP:OPAQUE")]),
        1, "Comensal", "Head of Dark Kitchens", "final",
        ("paula.ruiz@comensal.app", "diego.fuentes@comensal.app", "sofia.lin@comensal.app"), "ats_loop_room"))

    add(Item("employee_direct", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261218T093000", "Europe/Madrid"), T("DTEND", "20261218T104500", "Europe/Madrid"), STAMP,
        ORG("v.soler@rcl-levante.es", "Vicent Soler"), U("7rpl2m9x4c1v8b6n3q0z5k2j4h@google.com"),
        A(ME_G, "Javier Morales"), A("v.soler@rcl-levante.es", "Vicent Soler", ps="ACCEPTED"),
        D("Javier, quedamos en la cocina central de Paterna para la entrevista del puesto de Jefe de Cocina "
          "Central. Te enseñaré la línea de emplatado en frío. Pregunta por mí en garita.\n-- \n"
          "Vicent Soler · Director de Operaciones · Restauración Colectiva Levante"),
        L("Polígono Fuente del Jarro, C/ Ciudad de Sevilla 31, Paterna"), "SEQUENCE:0", "STATUS:CONFIRMED",
        S("Entrevista Jefe de Cocina Central - RCL"), "TRANSP:OPAQUE")], tzs=MAD),
        1, "Restauración Colectiva Levante", "Jefe de Cocina Central", "hiring_manager", ("v.soler@rcl-levante.es",),
        "domain_abbrev"))

    add(Item("outlook_windows_notz", "es", vcal(EXCHANGE, [ve(
        ORG("seleccion@transfrio.es", "Selección Transfrío"), A(ME_G, "Javier Morales"),
        A("b.lozano@transfrio.es", "Lozano Peña, Beatriz"),
        S("Entrevista - Responsable de Compras Alimentación"),
        D("Estimado Javier:\n\nLe convocamos a una primera entrevista por Teams con Beatriz Lozano (Talento) "
          "para la vacante de Responsable de Compras Alimentación en Transfrío Ibérica.\n\n"
          + teams("358207741963", "hS4q8A", "es")),
        T("DTSTART", "20261210T090000", RS), T("DTEND", "20261210T094500", RS),
        U("040000008200E00074C5B7101A82E00800000000B0DF0F3E995DD90100000000000000001000000077C1"),
        "CLASS:PUBLIC", STAMP, "SEQUENCE:0", L("Reunión de Microsoft Teams"),
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY")]),
        1, "Transfrío Ibérica", "Responsable de Compras Alimentación", "recruiter_screen",
        ("b.lozano@transfrio.es",), "windows_zone_no_vtimezone"))

    add(Item("trial_day_candidate", "es", vcal(IOS, [ve(
        U("5F1C2A90-33B8-4E0D-A7D4-7AC3E1F90B22"), STAMP, T("DTSTART", "20261212T080000", "Europe/Madrid"),
        T("DTEND", "20261212T160000", "Europe/Madrid"), ORG("pep.llevant@icloud.com", "Pep Ferrer"),
        A(ME_G, "Javier Morales"), A("pep.llevant@icloud.com", "Pep Ferrer", ps="ACCEPTED"),
        S("Jornada de prueba - Llevant Catering"),
        D("Javier, como te dije, el sábado haces la jornada de prueba (pagada) con nosotros: servicio de boda "
          "de 220 cubiertos. Si va bien hablamos del puesto de jefe de cocina de eventos. Trae chaquetilla y "
          "cuchillos.\nPep (Llevant Catering)"),
        L("Masia Can Roure, Cambrils"), "SEQUENCE:0")], tzs=MAD),
        1, "Llevant Catering", "jefe de cocina de eventos", "onsite", ("pep.llevant@icloud.com",),
        "paid_trial_candidate"))

    add(Item("recurring_trial", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20270111T070000", "Europe/Madrid"), T("DTEND", "20270111T130000", "Europe/Madrid"),
        "RRULE:FREQ=DAILY;COUNT=2", STAMP, ORG("talento@olivanova.com", "Talento Olivanova"),
        U("2b9x7m4q1v6c8n3p5r0k2t9j1s@google.com"), A(ME_G, "Javier Morales"),
        A("f.navas@olivanova.com", "Fernando Navas"),
        D("Dos mañanas en planta (Lucena) para el proceso de Jefe/a de Turno de Producción: observación de línea "
          "y un ejercicio de planificación. Te acompaña Fernando Navas, Director de Planta.\n"
          "Olivanova Alimentación S.L. - Selección"),
        L("Olivanova Alimentación, Ctra. Cabra km 3, Lucena (Córdoba)"), "SEQUENCE:1",
        S("Proceso Olivanova - 2 mañanas en planta")),
        ve(T("DTSTART", "20270113T070000", "Europe/Madrid"), T("DTEND", "20270113T130000", "Europe/Madrid"), STAMP,
           ORG("talento@olivanova.com", "Talento Olivanova"), U("2b9x7m4q1v6c8n3p5r0k2t9j1s@google.com"),
           T("RECURRENCE-ID", "20270112T070000", "Europe/Madrid"), A(ME_G, "Javier Morales"),
           A("f.navas@olivanova.com", "Fernando Navas"), "SEQUENCE:2",
           D("Segunda mañana movida al miércoles 13 (auditoría en planta el martes)."),
           S("Proceso Olivanova - 2 mañanas en planta (día 2)"))], tzs=MAD),
        1, "Olivanova Alimentación", "Jefe/a de Turno de Producción", "onsite", ("f.navas@olivanova.com",),
        "recurring_override"))

    add(Item("cancelled", "es", vcal(OUTLOOK, [ve(
        ORG("rrhh@gastroeventosmadrid.com", "RRHH Gastro Eventos"), A(ME_G, "Javier Morales"),
        A("n.prieto@gastroeventosmadrid.com", "Nuria Prieto"),
        S("Cancelada: Entrevista Chef Ejecutivo - Gastro Eventos Madrid"),
        D("Lamentamos tener que cancelar la entrevista del jueves con Nuria Prieto (Directora de Operaciones). "
          "Te escribiremos para proponer nueva fecha."),
        T("DTSTART", "20261217T170000", RS), T("DTEND", "20261217T180000", RS),
        U("040000008200E00074C5B7101A82E008000000003016C9A3C45DD901000000000000000010000000A1F0"),
        "STATUS:CANCELLED", "SEQUENCE:3", STAMP, "PRIORITY:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE")],
        method="CANCEL", tzs=((RS, "outlook"),)),
        1, "Gastro Eventos Madrid", "Chef Ejecutivo", "hiring_manager", ("n.prieto@gastroeventosmadrid.com",),
        "cancelled"))

    add(Item("rescheduled_zoom", "es", vcal(ZOOMP, [ve(
        U("zm-87214409913-rapidito"), STAMP, "SEQUENCE:2",
        T("DTSTART", "20261222T150000", "Europe/Madrid"), T("DTEND", "20261222T161500", "Europe/Madrid"),
        S("Caso práctico Ops Kitchen Partners - Rapidito (NUEVA HORA)"),
        ORG("jaume.rius@rapidito.es", "Jaume Rius"), A(ME_G, "Javier Morales"),
        A("jaume.rius@rapidito.es", "Jaume Rius", ps="ACCEPTED"), A("ines.mora@rapidito.es", "Inés Mora"),
        D("Cambiamos la hora del caso práctico: ahora a las 15:00. Presentarás tu propuesta para reducir mermas en "
          "las cocinas partner (20 min) y después preguntas de Jaume (Head of Kitchen Partners) e Inés (Data).\n\n"
          + zoom("Jaume Rius", "87214409913", "Rp8kq2LmZx", "es")), L("https://zoom.us/j/87214409913"))], tzs=MAD),
        1, "Rapidito", "", "technical", ("jaume.rius@rapidito.es", "ines.mora@rapidito.es"), "rescheduled"))

    add(Item("private_copy_apple", "es", vcal(APPLE, [ve(
        U("8D0E6A1B-4C55-4A0B-9E3F-1D7B2C8E4A61"), "CREATED:20261120T070011Z", STAMP,
        T("DTSTART", "20261221T113000", "Europe/Madrid"), T("DTEND", "20261221T123000", "Europe/Madrid"),
        S("Entrevista Hoteles Alcázar (Dir. de Cocina) - con Elena Vázquez"),
        D("Copia mía; la invitación original llegó al correo del hotel por error.\nElena Vázquez, directora de "
          "F&B del grupo. Videollamada Teams, enlace en el correo de Alcázar."), "TRANSP:OPAQUE",
        L("Teams"), alarm="-PT30M")], method="", tzs=MAD),
        1, "Hoteles Alcázar", "Director de Cocina", "hiring_manager", (), "private_copy_own_interview"))
    return out

