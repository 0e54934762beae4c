"""train16 negatives other than the user hiring: mock, classes, press, personal, internal, coffee, fairs, references."""

from __future__ import annotations

from train16ev_ical import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME_G,
    ME_W,
    ORG,
    OUTLOOK,
    ROOM,
    RS,
    STAMP,
    WEBEXP,
    WS,
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
    webex,
    zoom,
)

MAD = (("Europe/Madrid", "olson"),)
RST = ((RS, "outlook"),)

def no(kind: str, lang: str, trap: str, ics: str) -> Item:
    return Item(kind, lang, ics, 0, trap=trap)


def items() -> list[Item]:
    out: list[Item] = []
    add = out.append

    add(no("mock_friend", "es", "mock_interview", vcal(GOOGLE, [ve(
        T("DTSTART", "20261206T180000Z"), T("DTEND", "20261206T190000Z"), STAMP,
        ORG("carlos.m.rivas@gmail.com", "Carlos Rivas"), U("5f0x6q2v8m4x1c7b3n9p5t0r6z@google.com"),
        A(ME_G, "Javier Morales"), A("carlos.m.rivas@gmail.com", "Carlos Rivas", ps="ACCEPTED"),
        D("Javi, hacemos el ensayo de entrevista que me pediste: yo hago de director de operaciones de una "
          "plataforma de delivery y te aprieto con preguntas de KPIs. Luego cervezas.\n\n"
          + meet("crv-mock-jvm", "es")),
        S("Simulacro entrevista Javi (hago de entrevistador)"))])))

    add(no("mock_coach", "es", "mock_interview", vcal(ZOOMP, [ve(
        U("zm-96630018842-coach"), STAMP, T("DTSTART", "20261212T100000", "Europe/Madrid"),
        T("DTEND", "20261212T113000", "Europe/Madrid"), ORG("hola@reinventacarrera.es", "Beatriz Llorente"),
        A(ME_G, "Javier Morales"),
        S("Sesión 4: simulación de entrevista por competencias - programa Reinventa tu Carrera"),
        D("Sesión de coaching: practicamos una entrevista completa para puestos de operaciones en food-tech y te "
          "doy feedback grabado.\n\n" + zoom("Beatriz Llorente", "96630018842", "ReInv4xZq", "es")))], tzs=MAD)))

    add(no("user_research", "es", "user_research", vcal(GOOGLE, [ve(
        T("DTSTART", "20261209T150000Z"), T("DTEND", "20261209T154500Z"), STAMP,
        ORG("research@rapidito.es", "UX Research Rapidito"), U("6g1y7q3v9m5x2c8b4n0p6t1r7a@google.com"),
        A(ME_W, "Javier Morales"), A("research@rapidito.es", "UX Research Rapidito", ps="ACCEPTED"),
        D("Gracias por participar en nuestro estudio con cocinas de restaurantes partner. Es una entrevista de "
          "usuario de 45 min sobre cómo gestionáis los pedidos en la tablet del restaurante. Recibirás una "
          "tarjeta regalo de 50 €. No hay respuestas correctas.\n\n" + meet("rpd-uxrs-hpv", "es")),
        S("Entrevista de usuario (estudio partners cocina) - Hotel Port Vell"))])))

    add(no("radio_interview", "es", "press_interview", vcal(GOOGLE, [ve(
        T("DTSTART", "20261210T070500Z"), T("DTEND", "20261210T073000Z"), STAMP,
        ORG("produccio@radiollevant.cat", "Producció Matins Ràdio Llevant"), U("7h2z8q4v0m6x3c9b5n1p7t2r8b@google.com"),
        A(ME_W, "Javier Morales"),
        D("Entrevista en directe al programa Matins: cuina d'hotel sostenible i aprofitament. Truquem 5 minuts "
          "abans al mòbil."), S("Entrevista ràdio - Matins (cuina sostenible)"))])))

    add(no("dentist", "es", "personal", vcal(IOS, [ve(
        U("1A2B3C4D-5E6F-4789-8ABC-DEF012345678"), STAMP, T("DTSTART", "20261214T183000", "Europe/Madrid"),
        T("DTEND", "20261214T191500", "Europe/Madrid"), S("Dentista - Dra. Oliveras"),
        L("Clínica Dental Oliveras, C/ Marina 112, Barcelona"))], method="", tzs=MAD, )))

    add(no("nursery_parents", "es", "personal", vcal(GOOGLE, [ve(
        T("DTSTART", "20261216T163000", "Europe/Madrid"), T("DTEND", "20261216T171500", "Europe/Madrid"), STAMP,
        U("8i3a9q5v1m7x4c0b6n2p8t3r9c@google.com"), S("Entrevista amb la tutora de l'Ona (escola bressol)"),
        D("Primera entrevista de famílies del curs. Anar-hi els dos."), L("EBM El Petit Drac"))], method="PUBLISH",
        tzs=MAD)))

    add(no("internal_fb", "es", "internal", vcal(EXCHANGE, [ve(
        ORG("dir.fb@hotel-portvell.es", "Ferrer, Montse (Dir. A&B)"), A(ME_W, "Morales, Javier"),
        A("maitre@hotel-portvell.es", "Puig, Oriol"), A("compras@hotel-portvell.es", "Compras Hotel Port Vell"),
        S("Reunión semanal A&B"), D("Orden del día: ocupación, banquetes de Navidad, mermas, turnos."),
        "RRULE:FREQ=WEEKLY;BYDAY=MO", T("DTSTART", "20261130T100000", RS),
        T("DTEND", "20261130T110000", RS),
        U("040000008200E00074C5B7101A82E00800000000FB32CA09BB5DD901000000000000000010000000BBE5"), STAMP,
        ROOM("sala.reuniones1@hotel-portvell.es", "Sala Reuniones 1"))], tzs=RST)))

    add(no("own_annual_review", "es", "internal", vcal(OUTLOOK, [ve(
        ORG("direccion@hotel-portvell.es", "Dirección General Hotel Port Vell"), A(ME_W, "Morales, Javier"),
        S("Evaluación anual de desempeño - Javier Morales"),
        D("Entrevista anual de desempeño y objetivos 2027 con la Dirección General."),
        T("DTSTART", "20261218T120000", RS), T("DTEND", "20261218T130000", RS),
        U("040000008200E00074C5B7101A82E00800000000AC43DB1ABC5DD901000000000000000010000000CCF6"), STAMP)])))

    add(no("coffee_chat", "es", "coffee_chat", vcal(GOOGLE, [ve(
        T("DTSTART", "20261207T090000Z"), T("DTEND", "20261207T094500Z"), STAMP,
        ORG("marta.ex.glovers@gmail.com", "Marta Alonso"), U("9j4b0q6v2m8x5c1b7n3p9t4r0d@google.com"),
        A(ME_G, "Javier Morales"), A("marta.ex.glovers@gmail.com", "Marta Alonso", ps="ACCEPTED"),
        D("Café para contarte cómo es trabajar en operaciones de una plataforma de delivery y cómo di el salto "
          "desde la cocina. Sin compromiso, solo charla."), L("Satan's Coffee Corner, Gòtic"),
        S("Café con Marta (ops en delivery)"))])))

    add(no("job_fair", "es", "job_fair", vcal(GOOGLE, [ve(
        T("DTSTART", "20270121"), T("DTEND", "20270122"), STAMP, U("0k5c1q7v3m9x6c2b8n4p0t5r1e@google.com"),
        S("Feria de Empleo Hostelería y Food-Tech BCN"),
        D("Stands de cadenas hoteleras, catering y plataformas. Llevar 20 CV impresos."),
        L("Fira Barcelona Montjuïc, Pabellón 2"), "TRANSP:TRANSPARENT")], method="PUBLISH")))

    add(no("reference_call", "es", "reference_call", vcal(OUTLOOK, [ve(
        ORG("seleccion@restaurantealbufera.com", "Selección Restaurante Albufera"), A(ME_G, "Javier Morales"),
        S("Llamada de referencias - Sergi Vidal (candidato a Jefe de Cocina)"),
        D("Buenas tardes Javier, Sergi Vidal te ha indicado como referencia (fue tu sous chef en el Port Vell). "
          "¿Podemos llamarte 15 minutos para preguntarte por su trabajo?"),
        T("DTSTART", "20261211T171500", RS), T("DTEND", "20261211T173000", RS),
        U("040000008200E00074C5B7101A82E00800000000BD54EC2BBD5DD901000000000000000010000000DD07"), STAMP)])))

    add(no("supplier_visit", "es", "internal", vcal(IOS, [ve(
        U("2B3C4D5E-6F70-4182-93A4-B5C6D7E8F901"), STAMP, T("DTSTART", "20261202T093000", "Europe/Madrid"),
        T("DTEND", "20261202T113000", "Europe/Madrid"), ORG("comercial@casapairal.cat", "Embotits Casa Pairal"),
        A(ME_W, "Javier Morales"), S("Visita proveedor - Embutidos Casa Pairal (nuevo fuet y bull)"),
        D("Visita a obrador para homologar proveedor de embutidos para el bufé de desayunos."),
        L("Embotits Casa Pairal, Vic"))], tzs=MAD)))

    # English
    add(no("mock_mentor", "en", "mock_interview", vcal(ZOOMP, [ve(
        U("zm-84411290036-mentor"), STAMP, T("DTSTART", "20261214T170000Z"), T("DTEND", "20261214T180000Z"),
        ORG("ruth.okoro@mentorhub.org", "Ruth Okoro"), A(ME_G, "Javier Morales"),
        S("Mock interview practice - Javier (ops manager roles)"),
        D("Hi Javier, as agreed I'll play a hiring manager from a meal-kit company so you can practise answers "
          "before your real interviews. Feedback at the end.\n\n" + zoom("Ruth Okoro", "84411290036", "MhMock77a")))])))

    add(no("webinar_en", "en", "webinar", vcal(GOOGLE, [ve(
        T("DTSTART", "20261203T170000Z"), T("DTEND", "20261203T180000Z"), STAMP,
        ORG("events@foodtechcareers.io", "FoodTech Careers"), U("1l6d2q8v4m0x7c3b9n5p1t6r2f@google.com"),
        A(ME_G, "Javier Morales"),
        D("Thanks for registering! Webinar: How to ace your first food-tech interview - from chef to ops. "
          "Panel with recruiters from three delivery platforms. Join link: https://foodtechcareers.io/live/ace"),
        S("Webinar: Ace your food-tech interview (chef to ops)"))])))

    add(no("podcast_guest", "en", "press_interview", vcal(GOOGLE, [ve(
        T("DTSTART", "20261217T180000Z"), T("DTEND", "20261217T190000Z"), STAMP,
        ORG("hello@chefsintransition.fm", "Chefs in Transition Podcast"), U("2m7e3q9v5m1x8c4b0n6p2t7r3g@google.com"),
        A(ME_G, "Javier Morales"),
        D("Podcast recording - guest interview with Javier Morales on running a hotel kitchen and moving into "
          "food-tech. Riverside link: https://riverside.fm/studio/chefs-in-transition"),
        S("Podcast recording: Chefs in Transition - guest Javier Morales"))])))

    add(no("headhunter_intake", "en", "recruiter_no_employer", vcal(OUTLOOK, [ve(
        ORG("nina.hart@culinariasearch.com", "Nina Hart"), A(ME_G, "Javier Morales"),
        S("Intro call - Culinaria Search / Javier Morales"),
        D("Hi Javier, great to connect on LinkedIn. A 20-minute intro call so I can understand what you're looking "
          "for and tell you about the kind of food-tech and hospitality clients we work with.\nNina Hart, "
          "Culinaria Search\n\n" + teams("771905524318", "CsIn7o")),
        T("DTSTART", "20261208T113000", "GMT Standard Time"), T("DTEND", "20261208T115000", "GMT Standard Time"),
        U("040000008200E00074C5B7101A82E00800000000CE65FD3CBE5DD901000000000000000010000000EE18"), STAMP)])))

    add(no("reference_en", "en", "reference_call", vcal(GOOGLE, [ve(
        T("DTSTART", "20261221T150000Z"), T("DTEND", "20261221T152000Z"), STAMP,
        ORG("people@saltandember.co.uk", "Salt & Ember People Team"), U("3n8f4q0v6m2x9c5b1n7p3t8r4h@google.com"),
        A(ME_G, "Javier Morales"),
        D("Reference check for Ana Ruiz (Head Chef candidate). You're listed as her former head chef at Hotel "
          "Port Vell. 15-20 minutes by phone."), S("Reference check - Ana Ruiz"))])))

    add(no("coffee_en", "en", "coffee_chat", vcal(GOOGLE, [ve(
        T("DTSTART", "20261219T160000Z"), T("DTEND", "20261219T164500Z"), STAMP,
        ORG("ravi.menon.bcn@gmail.com", "Ravi Menon"), U("4o9g5q1v7m3x0c6b2n8p4t9r5i@google.com"),
        A(ME_G, "Javier Morales"), A("ravi.menon.bcn@gmail.com", "Ravi Menon", ps="ACCEPTED"),
        D("Informal coffee - happy to share what ops life at a grocery-delivery startup looks like. Not a job "
          "interview, just a chat between chefs!"), L("Nomad Coffee Lab, Passatge Sert"),
        S("Coffee chat Javier / Ravi"))])))

    add(no("virtual_fair_en", "en", "job_fair", vcal(GOOGLE, [ve(
        T("DTSTART", "20270127T090000Z"), T("DTEND", "20270127T150000Z"), STAMP,
        ORG("careers@hostelco-jobs.com", "HostelCo Careers Day"), U("5p0h6q2v8m4x1c7b3n9p5t0r6j@google.com"),
        A(ME_G, "Javier Morales"),
        D("Virtual careers day for hospitality and food service: 40 employers, speed networking booths and CV "
          "clinics. Your access link will arrive the day before."), S("HostelCo Virtual Careers Day"))])))

    add(no("tickler", "en", "afterview_tickler", vcal("-//afterview//tickler//EN", [ve(
        U("afterview-tickler-thanks-7a91c0@afterview.local"), STAMP, T("DTSTART", "20261203T123000Z"),
        T("DTEND", "20261203T124500Z"), S("Send thank-you notes - Gastrofy, Responsable de Operaciones de Cocina"),
        D("Write down what you discussed and who you met, then open the drafts in your Drafts folder."),
        "X-AFTERVIEW-OWNER:afterview", "X-AFTERVIEW-KEY:thanks:gastrofy:responsable-de-operaciones-de-cocina")],
        method="PUBLISH")))

    add(no("prep_block", "en", "prep_block", vcal(GOOGLE, [ve(
        T("DTSTART", "20261209T070000Z"), T("DTEND", "20261209T083000Z"), STAMP,
        U("6q1i7q3v9m5x2c8b4n0p6t1r7k@google.com"), S("Prep: FreshFleet interview - STAR stories + hub numbers"),
        D("re-read JD, waste reduction story, HACCP audit story"), "TRANSP:OPAQUE")], method="PUBLISH")))

    add(no("menu_tasting", "en", "internal", vcal(EXCHANGE, [ve(
        ORG("gm@hotel-portvell.es", "Whitaker, James (GM)"), A(ME_W, "Morales, Javier"),
        A("dir.fb@hotel-portvell.es", "Ferrer, Montse (Dir. A&B)"),
        S("New Year's Eve gala menu tasting"),
        D("Tasting of the 7-course NYE menu with James and Montse. Wine pairing by Oriol."),
        T("DTSTART", "20261220T170000", RS), T("DTEND", "20261220T183000", RS),
        U("040000008200E00074C5B7101A82E00800000000DF760E4DBF5DD901000000000000000010000000FF29"), STAMP,
        L("Restaurante Mirador"))], tzs=RST)))

    # French
    add(no("webinar_fr", "fr", "webinar", vcal(WEBEXP, [ve(
        U("webex-reconversion-25510983367"), STAMP, T("DTSTART", "20261210T170000Z"), T("DTEND", "20261210T180000Z"),
        ORG("webinaires@reconversion-resto.fr", "Reconversion Resto"), A(ME_G, "Javier Morales"),
        S("Webinaire : réussir ses entretiens d'embauche dans la food-tech"),
        D("Merci pour votre inscription. Atelier collectif animé par une coach carrière.\n\n"
          + webex("reconversionresto", "25510983367", "fr")))])))

    add(no("coffee_fr", "fr", "coffee_chat", vcal(IOS, [ve(
        U("3C4D5E6F-7081-4293-A4B5-C6D7E8F90A12"), STAMP, T("DTSTART", "20261229T160000", "Europe/Paris"),
        T("DTEND", "20261229T170000", "Europe/Paris"), S("Café avec Claire (ancienne collègue, Paris)"),
        D("Elle bosse dans une cuisine centrale à Rungis, je veux lui poser des questions sur le secteur."),
        L("Café Charlot, Paris 3e"))], method="", tzs=(("Europe/Paris", "olson"),))))

    add(no("press_fr", "fr", "press_interview", vcal(GOOGLE, [ve(
        T("DTSTART", "20261222T100000Z"), T("DTEND", "20261222T104500Z"), STAMP,
        ORG("redaction@gastronomie-hebdo.fr", "Rédaction Gastronomie Hebdo"),
        U("7r2j8q4v0m6x3c9b5n1p7t2r8l@google.com"),
        A(ME_W, "Javier Morales"),
        D("Interview téléphonique pour notre dossier « Cuisines d'hôtel en Méditerranée » : la journaliste "
          "Anaïs Carré vous posera des questions sur l'anti-gaspillage à l'Hotel Port Vell."),
        S("Interview presse - Gastronomie Hebdo (J. Morales, Hotel Port Vell)"))])))

    add(no("delf_oral", "fr", "personal", vcal(APPLE, [ve(
        U("4D5E6F70-8192-43A4-B5C6-D7E8F90A1B23"), STAMP, T("DTSTART", "20261205T100000"),
        T("DTEND", "20261205T103000"), S("DELF B2 - épreuve orale (entretien)"),
        D("Institut français Barcelona. Convocation + pièce d'identité. Production orale : entretien avec le jury."),
        L("Institut français, Carrer de Moià 8, Barcelona"))], method="")))

    # German
    add(no("webinar_de", "de", "webinar", vcal(ZOOMP, [ve(
        U("zm-61120457789-seminar"), STAMP, T("DTSTART", "20261215T180000", "Europe/Berlin"),
        T("DTEND", "20261215T193000", "Europe/Berlin"), ORG("seminare@gastro-karriere.de", "Gastro-Karriere Akademie"),
        A(ME_G, "Javier Morales"),
        S("Online-Seminar: Vorstellungsgespräche souverän meistern (Quereinstieg Food-Tech)"),
        D("Vielen Dank für Ihre Anmeldung zum Online-Seminar.\n\n"
          + zoom("Gastro-Karriere Akademie", "61120457789", "GkAk88sem", "de")))],
        tzs=(("Europe/Berlin", "olson"),))))

    add(no("mock_de", "de", "mock_interview", vcal(GOOGLE, [ve(
        T("DTSTART", "20261230T170000Z"), T("DTEND", "20261230T180000Z"), STAMP,
        ORG("anja.koch.coaching@posteo.de", "Anja Koch"), U("8s3k9q5v1m7x4c0b6n2p8t3r9m@google.com"),
        A(ME_G, "Javier Morales"),
        D("Probe-Interview auf Deutsch zur Vorbereitung auf deine Gespräche in Berlin. Ich spiele die "
          "Personalerin, danach Feedback zu Sprache und Antworten.\n\n" + meet("ako-prbe-jvm", "de")),
        S("Probe-Interview (Übung) mit Anja"))])))

    add(no("career_day_de", "de", "job_fair", vcal(GOOGLE, [ve(
        T("DTSTART", "20270204"), T("DTEND", "20270205"), STAMP, U("9t4l0q6v2m8x5c1b7n3p9t4r0n@google.com"),
        S("Gastro-Karrieretag Berlin"),
        D("Jobmesse für Gastronomie, Hotellerie und Gemeinschaftsverpflegung. Messe Berlin, Halle 20."),
        "TRANSP:TRANSPARENT")], method="PUBLISH")))

    add(no("recruiter_intake_de", "de", "recruiter_no_employer", vcal(OUTLOOK, [ve(
        ORG("t.albrecht@gpp-personal.de", "Albrecht, Tobias"), A(ME_G, "Javier Morales"),
        S("Erstgespräch Personalberatung - Javier Morales"),
        D("Hallo Herr Morales,\nwie besprochen ein erstes Kennenlernen, damit wir Ihr Profil in unseren Pool für "
          "Positionen in Gemeinschaftsverpflegung und Food-Produktion aufnehmen können. Konkrete Mandate "
          "besprechen wir danach.\nTobias Albrecht | Gastro Personal Partner"),
        T("DTSTART", "20261211T090000", WS), T("DTEND", "20261211T093000", WS),
        U("040000008200E00074C5B7101A82E00800000000E0871F5EC05DD9010000000000000000100000001A3B"), STAMP,
        L("Telefon"))])))
    return out
