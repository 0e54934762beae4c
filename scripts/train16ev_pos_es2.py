"""train16: Javier Morales's own interviews, Spanish/Catalan, part 2."""

from __future__ import annotations

from train16ev_ical import (
    APPLE,
    EXCHANGE,
    FACTORIAL,
    GOOGLE,
    INFOJOBS,
    ME_G,
    ME_W,
    ORG,
    OUTLOOK,
    PERSONIO,
    ROOM,
    RS,
    STAMP,
    WEBEXP,
    WORKDAY,
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
    webex,
    zoom,
)

MAD = (("Europe/Madrid", "olson"),)
RST = ((RS, "outlook"),)

def items() -> list[Item]:
    out: list[Item] = []
    add = out.append

    add(Item("webex_technical", "es", vcal(WEBEXP, [ve(
        U("webex-huertatudela-27561190834"), STAMP, T("DTSTART", "20261215T093000Z"), T("DTEND", "20261215T104500Z"),
        ORG("a.garbayo@huertatudela.es", "Alicia Garbayo"), A(ME_G, "Javier Morales"),
        A("i.sola@huertatudela.es", "Íñigo Solá"),
        S("Entrevista técnica Jefe/a de Planta IV Gama - La Huerta de Tudela"),
        D("Alicia Garbayo le invita a una reunión de Webex.\n\nEntrevista técnica para Jefe/a de Planta IV Gama: "
          "Íñigo Solá (Director Industrial) y yo repasaremos rendimientos, lavado y envasado en atmósfera "
          "modificada.\n\n" + webex("huertatudela", "27561190834", "es")), L("Webex"))]),
        1, "La Huerta de Tudela", "Jefe/a de Planta IV Gama", "technical",
        ("a.garbayo@huertatudela.es", "i.sola@huertatudela.es"), "webex"))

    add(Item("catalan_ngo", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261211T160000", "Europe/Madrid"), T("DTEND", "20261211T164500", "Europe/Madrid"), STAMP,
        ORG("seleccio@menjadorssocials.org", "Selecció - Fundació Menjadors Socials"),
        U("3c0q8v5m2x7b1n4p9k6t3r8j2w@google.com"), A(ME_G, "Javier Morales"),
        A("gemma.puig@menjadorssocials.org", "Gemma Puig"),
        D("Bon dia Javier,\n\nEt confirmem la primera entrevista (videotrucada) per a la plaça de Coordinador/a de "
          "Cuina dels nostres menjadors de Nou Barris. T'entrevistarà la Gemma Puig, de l'equip de persones.\n\n"
          + meet("fms-pqow-utk", "es")), "SEQUENCE:0", "STATUS:CONFIRMED",
        S("Entrevista - Coordinador/a de Cuina - Fundació Menjadors Socials"))], tzs=MAD),
        1, "Fundació Menjadors Socials", "Coordinador/a de Cuina", "recruiter_screen",
        ("gemma.puig@menjadorssocials.org",), "catalan"))

    add(Item("phone_screen_typed", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261202T170000Z"), T("DTEND", "20261202T173000Z"), STAMP,
        U("9q2v6m1x4c8b3n7p0k5t2r9j6a@google.com"), S("Llamada Jaume (Rapidito) - screening"),
        D("me llama él al móvil. Puesto: Kitchen Partners Manager"), "TRANSP:OPAQUE")], method="PUBLISH",
        head=("X-WR-CALNAME:javimorales.chef@gmail.com", "X-WR-TIMEZONE:Europe/Madrid")),
        1, "Rapidito", "Kitchen Partners Manager", "recruiter_screen", (), "handtyped"))

    add(Item("agency_client2", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261219T090000Z"), T("DTEND", "20261219T100000Z"), STAMP,
        ORG("alvaro@culinaria-hh.com", "Álvaro Méndez"), U("4t1k9q3v7m2x6c0b8n5p1r4j9e@google.com"),
        A(ME_G, "Javier Morales"),
        A("direccion.rrhh@nordika-foods.es", "Mercedes Alba"),
        D("Javier, te presento a Mercedes Alba, Directora de Personas de Congelados Nórdika, nuestro cliente. "
          "Es la primera entrevista con la empresa para el puesto de Director/a de Producción (planta de Lleida). "
          "Yo me conecto al principio para presentaros y luego os dejo.\n\n" + meet("cnk-zzbe-rua", "es")),
        "SEQUENCE:0", S("Congelados Nórdika <> Javier Morales (vía Culinaria Headhunters)"))]),
        1, "Congelados Nórdika", "Director/a de Producción", "recruiter_screen",
        ("direccion.rrhh@nordika-foods.es",), "agency_names_client"))

    add(Item("google_hm_chain", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261229T100000", "Europe/Madrid"), T("DTEND", "20261229T110000", "Europe/Madrid"), STAMP,
        ORG("elena.vazquez@alcazarhotels.com", "Elena Vázquez"), U("5x8c2v9m1q4b7n0p3k6t9r2j5d@google.com"),
        A(ME_G, "Javier Morales"), A("elena.vazquez@alcazarhotels.com", "Elena Vázquez", ps="ACCEPTED"),
        A("rodrigo.sanz@alcazarhotels.com", "Rodrigo Sanz"),
        D("Segunda entrevista para Director/a de Cocina - Alcázar Gran Vía. Nos acompaña Rodrigo Sanz, Director del "
          "hotel. Alcázar Hotels & Resorts S.A.\n\n" + meet("alc-hqyt-wne", "es")),
        S("Javier Morales - 2ª entrevista Dirección de Cocina"), "SEQUENCE:0")], tzs=MAD),
        1, "Hoteles Alcázar", "Director/a de Cocina", "hiring_manager",
        ("elena.vazquez@alcazarhotels.com", "rodrigo.sanz@alcazarhotels.com"), "brand_vs_legal"))

    add(Item("floating_typed_address", "es", vcal(APPLE, [ve(
        U("C8E9B2D1-0F4A-4D63-B2F6-91AE3D47C0B5"), STAMP, T("DTSTART", "20261204T113000"),
        T("DTEND", "20261204T123000"), S("Entrevista Dabba (Pol) — C/ Pujades 77"),
        D("Pol = cofundador. Puesto ops cocina central / tiffins. Llevar números de food cost."))], method=""),
        1, "Dabba", "", "hiring_manager", (), "floating_handtyped"))

    add(Item("allday_assessment", "es", vcal(OUTLOOK, [ve(
        ORG("seleccion@apats-baixllobregat.cat", "Selecció SABL"), A(ME_G, "Javier Morales"),
        S("Jornada de evaluación - Gerente de Cocina Central (SABL)"),
        D("Le esperamos a las 8:30 en nuestra cocina central de Cornellà para la jornada de evaluación del proceso "
          "de Gerente de Cocina Central: prueba práctica, dinámica de grupo y entrevista con la Dirección.\n"
          "Serveis d'Àpats Baix Llobregat S.L."), T("DTSTART", "20270114"), T("DTEND", "20270115"),
        U("040000008200E00074C5B7101A82E00800000000D7A3B16EC65DD9010000000000000000100000003C2D"),
        "TRANSP:TRANSPARENT", STAMP, "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        L("Carrer de la Indústria 45, Cornellà de Llobregat"))]),
        1, "Serveis d'Àpats Baix Llobregat", "Gerente de Cocina Central", "onsite", (), "allday"))

    add(Item("personio_technical_es", "es", vcal(PERSONIO, [ve(
        U("personio-interview-7719-cocinacloud"), STAMP,
        T("DTSTART", "20261216T160000Z"), T("DTEND", "20261216T170000Z"),
        S("Entrevista | Kitchen Operations Manager | CocinaCloud"),
        ORG("noreply@personio.de", "CocinaCloud vía Personio", sent_by="talent@cocinacloud.io"),
        A(ME_G, "Javier Morales"), A("hector.gil@cocinacloud.io", "Héctor Gil"),
        A("talent@cocinacloud.io", "Talent CocinaCloud", role="NON-PARTICIPANT"),
        D("Hola Javier,\n\nTe invitamos a la entrevista técnica para Kitchen Operations Manager. Héctor Gil, COO, te "
          "pedirá que resuelvas un caso de capacidad de una cocina con 6 marcas virtuales.\n\n"
          + zoom("Héctor Gil", "93011875420", "Cc1LoudX9", "es") + "\n\nEste evento fue creado con Personio."))]),
        1, "CocinaCloud", "Kitchen Operations Manager", "technical", ("hector.gil@cocinacloud.io",),
        "ats_sender_is_tool"))

    add(Item("teams_hm_madrid", "es", vcal(EXCHANGE, [ve(
        ORG("alvaro.pineda@frescana.com", "Pineda, Álvaro"), A(ME_G, "Javier Morales"),
        A("alvaro.pineda@frescana.com", "Pineda, Álvaro", ps="ACCEPTED"),
        S("Javier Morales / Frescana - entrevista con Head of Supply"),
        D("Hola Javier, te convoco a la entrevista con el responsable directo del puesto (Supply Planning Manager). "
          "Hablaremos de previsión de demanda y proveedores de frescos.\nÁlvaro Pineda, Head of Supply, Frescos "
          "Delivery S.L.\n\n" + teams("411902857366", "Fr2sCn", "es")),
        T("DTSTART", "20261222T100000", RS), T("DTEND", "20261222T105000", RS),
        U("040000008200E00074C5B7101A82E008000000005B1A8DE0C75DD9010000000000000000100000006E4F"), STAMP,
        "SEQUENCE:0", L("Reunión de Microsoft Teams"))], tzs=RST),
        1, "Frescana", "Supply Planning Manager", "hiring_manager", ("alvaro.pineda@frescana.com",),
        "brand_vs_legal"))

    add(Item("utc_label_zone", "es", vcal(OUTLOOK, [ve(
        ORG("talento@ibercat.es", "Talento Ibercatering"), A(ME_G, "Javier Morales"),
        A("r.mestre@ibercat.es", "Mestre, Raquel"), A("o.garcia@ibercat.es", "García, Óscar"),
        ROOM("sala.valencia@ibercat.es", "Sala València"),
        S("Entrevista presencial Ibercatering - Jefe/a de Operaciones Eventos"),
        D("Entrevista presencial con Raquel Mestre (Directora de Eventos) y Óscar García (Jefe de Logística)."),
        T("DTSTART", "20270108T100000", "(UTC+01:00) Bruselas, Copenhague, Madrid, París"),
        T("DTEND", "20270108T113000", "(UTC+01:00) Bruselas, Copenhague, Madrid, París"),
        U("040000008200E00074C5B7101A82E00800000000A9F6C2E1D25DD901000000000000000010000000D2E8"), STAMP,
        L("Sala València; Av. de les Corts Valencianes 58, València"), "SEQUENCE:0")],
        tzs=(("(UTC+01:00) Bruselas, Copenhague, Madrid, París", "outlook"),)),
        1, "Ibercatering", "Jefe/a de Operaciones Eventos", "onsite", ("r.mestre@ibercat.es", "o.garcia@ibercat.es"),
        "utc_label_zone"))

    add(Item("factorial_showcooking", "es", vcal(FACTORIAL, [ve(
        U("fct-int-90114-2230@factorialhr.com"), STAMP,
        T("DTSTART", "20270112T093000", "Europe/Madrid"), T("DTEND", "20270112T120000", "Europe/Madrid"),
        S("Prueba técnica (show cooking) - Responsable de Innovación Culinaria"),
        D("Cítricos del Turia te invita a la prueba técnica del proceso \"Responsable de Innovación Culinaria\".\n"
          "Tendrás 90 minutos para preparar dos elaboraciones con nuestros zumos y cítricos; después, presentación a "
          "Amparo Ribes (I+D) y Toni Llorens (Marketing).\n\nEnviado a través de Factorial"),
        L("Cítricos del Turia, Camí de la Mar 9, Alboraia"), ORG("noreply@factorialhr.com", "Factorial"),
        A(ME_G, "Javier Morales"), A("amparo.ribes@citricosturia.com", "Amparo Ribes"),
        A("toni.llorens@citricosturia.com", "Toni Llorens"))], tzs=MAD),
        1, "Cítricos del Turia", "Responsable de Innovación Culinaria", "technical",
        ("amparo.ribes@citricosturia.com", "toni.llorens@citricosturia.com"), "ats_sender_is_tool"))

    add(Item("infojobs_phone", "es", vcal(INFOJOBS, [ve(
        U("ij-conv-5539870@infojobs.net"), STAMP,
        T("DTSTART", "20261207T083000Z"), T("DTEND", "20261207T090000Z"),
        S("Entrevista telefónica - Responsable de Obrador"),
        D("Empresa: Dulcería Levantina S.L.\nOferta: Responsable de Obrador (Alzira)\nTipo: entrevista telefónica "
          "con el departamento de selección.\n\nTe llamarán al teléfono de tu CV InfoJobs."),
        ORG("no-reply@infojobs.net", "InfoJobs"), A(ME_G, "Javier Morales"))]),
        1, "Dulcería Levantina", "Responsable de Obrador", "recruiter_screen", (), "ats_sender_is_tool"))

    add(Item("hotel_chain_final", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20270119T110000", "Europe/Madrid"), T("DTEND", "20270119T123000", "Europe/Madrid"), STAMP,
        ORG("presidencia@gsolevante.com", "Presidencia Grupo Sol de Levante"),
        U("0z7k3q9v2m5x8c1b4n6p3r0j7f@google.com"),
        A(ME_G, "Javier Morales"), A("vicente.marti@gsolevante.com", "Vicente Martí"),
        A("presidencia@gsolevante.com", "Presidencia Grupo Sol de Levante", role="NON-PARTICIPANT"),
        A("sala.consejo@gsolevante.com", "Sala Consejo", cutype="ROOM", role="NON-PARTICIPANT"),
        D("Reunión final con D. Vicente Martí, Consejero Delegado, para cerrar el proceso de Executive Chef "
          "Corporativo de Sol de Levante Hoteles. La secretaría de presidencia organiza la agenda."),
        L("Sala Consejo, Av. Aragón 30, planta 12, Valencia"), S("Sol de Levante · reunión final · J. Morales"))],
        tzs=MAD),
        1, "Sol de Levante Hoteles", "Executive Chef Corporativo", "final", ("vicente.marti@gsolevante.com",),
        "coordinator_mailbox"))

    add(Item("to_work_address", "es", vcal(OUTLOOK, [ve(
        ORG("noelia.ramos@paneriasanjuan.es", "Noelia Ramos"), A(ME_W, "Javier Morales"),
        S("Entrevista Panería San Juan (Responsable de Producción) - Javier"),
        D("Javier, perdona que te escriba al correo del hotel, era el que venía en tu carta. Te confirmo la "
          "entrevista para Responsable de Producción en nuestro obrador de Mercabarna.\nNoelia Ramos, RRHH - "
          "Panería San Juan"),
        T("DTSTART", "20261230T170000", RS), T("DTEND", "20261230T174500", RS),
        U("040000008200E00074C5B7101A82E008000000009F0DAE13D35DD90100000000000000001000000081B3"), STAMP,
        L("Mercabarna, Calle Longitudinal 7"))], tzs=RST),
        1, "Panería San Juan", "Responsable de Producción", "", ("noelia.ramos@paneriasanjuan.es",),
        "sent_to_work_address"))

    add(Item("title_only", "es", vcal(GOOGLE, [ve(
        T("DTSTART", "20261208T180000Z"), T("DTEND", "20261208T184500Z"), STAMP,
        ORG("kike@mercatdelmon.com", "Kike Soto"), U("6d2m9q4v1x8c5b3n0p7k2t5r9g@google.com"),
        A(ME_G, "Javier Morales"), A("kike@mercatdelmon.com", "Kike Soto", ps="ACCEPTED"),
        S("Mercat del Món <> Javier Morales | entrevista Jefe de Compras"), "SEQUENCE:0",
        D(meet("mdm-aakr-pwe", "es")))]),
        1, "Mercat del Món", "Jefe de Compras", "", ("kike@mercatdelmon.com",), "title_only"))

    add(Item("workday_catalan_screen", "es", vcal(WORKDAY, [ve(
        T("DTSTART", "20261201T080000Z"), T("DTEND", "20261201T083000Z"), STAMP,
        U("WD-INTERVIEW-91ce02aa-6b31-4f1d-8e4c-fontvella"),
        ORG("grupfontclara@myworkday.com", "Grup Font Clara - Recruiting"), A(ME_G, "Javier Morales"),
        A("jbosch@fontclara.cat", "Júlia Bosch"),
        S("Entrevista telefònica - Responsable d'Operacions Food Service"),
        D("Benvolgut Javier,\nJúlia Bosch (Talent) et trucarà per a la primera entrevista.\nVacant: Responsable "
          "d'Operacions Food Service (JR-4471)\nGrup Font Clara, aigües i begudes\n\nPowered by Workday"))]),
        1, "Grup Font Clara", "Responsable d'Operacions Food Service", "recruiter_screen", ("jbosch@fontclara.cat",),
        "catalan"))
    return out
