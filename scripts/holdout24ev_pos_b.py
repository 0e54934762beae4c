"""Holdout24 positives, part B: more German, Spanish and English interviews, recurring and cancelled ones."""

from __future__ import annotations

from holdout24ev_ics import ME, STAMP, add, att, doc, esc, meet, org, tdt, teams, webex, zoom

OUT = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
GOO = "-//Google Inc//Google Calendar 70.9054//EN"


def build_de() -> None:
    """Given nothing returns nothing; appends further German interviews."""
    u = "probetag-solarflink-rr"
    add("probetag-serie", "de", u, doc(GOO, [
        [f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20270111T090000"),
         tdt("DTEND", "Europe/Berlin", "20270111T160000"), "RRULE:FREQ=DAILY;COUNT=2",
         "SUMMARY:Probearbeit Netzbau Nordrhein (2 Tage)", org("h.kessler@netzbau-nordrhein.de", "Heike Kessler"),
         att("h.kessler@netzbau-nordrhein.de", "Heike Kessler", ps="ACCEPTED"), att(ME, "Jonas Becker"),
         "DESCRIPTION:" + esc("Zwei Probearbeitstage als Teil des Auswahlverfahrens (Projektingenieur "
                              "Kabeltiefbau). Heike Kessler betreut Dich und bewertet am Ende mit dem Team."),
         "LOCATION:Netzbau Nordrhein\\, Am Bahnhof 3\\, 40764 Langenfeld"],
        [f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("RECURRENCE-ID", "Europe/Berlin", "20270112T090000"),
         tdt("DTSTART", "Europe/Berlin", "20270112T080000"), tdt("DTEND", "Europe/Berlin", "20270112T140000"),
         "SUMMARY:Probearbeit Netzbau Nordrhein (Tag 2 – Baustelle Monheim)",
         org("h.kessler@netzbau-nordrhein.de", "Heike Kessler"), att(ME, "Jonas Becker"),
         "LOCATION:Baustelle Kabeltrasse Monheim\\, Treffpunkt Baucontainer", "SEQUENCE:1"]],
        tzs=("Europe/Berlin",)),
        True, "Netzbau Nordrhein", "Projektingenieur Kabeltiefbau", "onsite", ("h.kessler@netzbau-nordrhein.de",),
        "recurring_override")

    u = "vg-abgesagt-swk-118"
    add("abgesagt-stadtwerke", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "W. Europe Standard Time", "20261203T090000"),
        tdt("DTEND", "W. Europe Standard Time", "20261203T100000"),
        "SUMMARY:Abgesagt: Vorstellungsgespräch Sachgebietsleitung Erneuerbare – Stadtwerke Krefeld-Nord",
        org("personal@swkn.de", "Personalservice SWKN"), att("u.janssen@swkn.de", "Janssen, Ute"),
        att(ME, "Becker, Jonas"), "STATUS:CANCELLED", "SEQUENCE:2",
        "DESCRIPTION:" + esc("Leider müssen wir den Termin krankheitsbedingt absagen. Wir melden uns mit "
                             "einem Ersatztermin.")]], method="CANCEL", tzs=("W. Europe Standard Time",)),
        True, "Stadtwerke Krefeld-Nord", "Sachgebietsleitung Erneuerbare", "", ("u.janssen@swkn.de",), "cancelled")

    u = "hm-remote-de-gridscale-2"
    add("remote-teamleiter", "de", u, doc(GOO, [[
        "DTSTART:20261214T150000Z", "DTEND:20261214T154500Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("kathrin.fuchs@windpark-planer.de", "Kathrin Fuchs"),
        att("kathrin.fuchs@windpark-planer.de", "Kathrin Fuchs", ps="ACCEPTED"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Jonas / Kathrin – Gespräch mit der Teamleitung",
        "DESCRIPTION:" + esc("Wie von Herrn Brandl (HR) angekündigt: Gespräch mit mir als künftiger "
                             "Teamleiterin Genehmigung & Netz bei WPP Windpark-Planer GmbH. Remote-Stelle.\n\n"
                             + meet("wpp-ktfu-hmg", "de"))]]),
        True, "WPP Windpark-Planer", "", "hiring_manager", ("kathrin.fuchs@windpark-planer.de",))

    u = "handtyped-de-0003@jonas"
    add("handtyped-zweite-runde", "de", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261219T110000", "DTEND:20261219T120000",
        "SUMMARY:2. Runde Rheinsolar – mit Hr. Baumann (GF)", "LOCATION:Rheinsolar Köln\\, Deutz"]], method=None),
        True, "Rheinsolar", "", "final", ("Hr. Baumann",), "hand_typed")

    u = "sf-de-utility-0077"
    add("sf-auswahlkommission", "de", u, doc("-//SAP SuccessFactors//Interview Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261210T080000Z", "DTEND:20261210T090000Z",
        "SUMMARY:Auswahlgespräch – Referent Netzanschluss Offshore (Kennziffer 2026-114)",
        org("noreply@successfactors.eu", "TenneNord Übertragungsnetz Recruiting"),
        att("i.grote@tennenord.de", "Ingo Grote"), att("m.frisch@tennenord.de", "Melanie Frisch"),
        att("br.schmidt@tennenord.de", "Bernd Schmidt (Betriebsrat)"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Auswahlkommission: Ingo Grote (Abteilungsleiter), Melanie Frisch (Personal), "
                             "Bernd Schmidt (Betriebsrat).\nBitte Zeugnisse im Original mitbringen."),
        "LOCATION:TenneNord\\, Überseering 30\\, Hamburg"]]),
        True, "TenneNord Übertragungsnetz", "Referent Netzanschluss Offshore", "onsite",
        ("i.grote@tennenord.de", "m.frisch@tennenord.de", "br.schmidt@tennenord.de"))

    u = "calcom-de-intro-9k"
    add("calcom-kurz", "de", u, doc("-//Cal.com Inc.//Cal.com Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261202T160000Z", "DTEND:20261202T161500Z",
        "SUMMARY:Erstgespräch zwischen Lea Brandt und Jonas Becker",
        org("lea@sunbridge-energy.de", "Lea Brandt"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Was: Erstgespräch Bewerbung Technischer Projektmanager (Sunbridge Energy)\n"
                             "Wann: Mittwoch, 2. Dezember 2026 17:00 - 17:15 (Europe/Berlin)\nWer:\n- Lea Brandt - "
                             "Organisator\nlea@sunbridge-energy.de\n- Jonas Becker\njonas.becker@gmx.de\nWo: "
                             "https://app.cal.com/video/a8Kd91"),
        "LOCATION:https://app.cal.com/video/a8Kd91"]]),
        True, "Sunbridge Energy", "Technischer Projektmanager", "recruiter_screen", ("lea@sunbridge-energy.de",))

    u = "de-fonds-hm-kapital"
    add("infrafonds-de", "de", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "W. Europe Standard Time", "20261217T140000"),
        tdt("DTEND", "W. Europe Standard Time", "20261217T150000"),
        "SUMMARY:Interview Technical Asset Manager – Aquila Infrastrukturkapital",
        org("assistenz@aquila-ik.de", "Assistenz Geschäftsführung"), att("c.vossberg@aquila-ik.de", "Voßberg, Clemens"),
        att(ME, "Becker, Jonas"),
        "DESCRIPTION:" + esc("Herr Voßberg (Managing Director Technik) freut sich auf das Gespräch. Ich "
                             "organisiere nur den Termin. Adresse: Neuer Wall 40, Hamburg, 4. OG.\n"
                             "Viele Grüße, S. Kramer"),
        "LOCATION:Neuer Wall 40\\, Hamburg"]], tzs=("W. Europe Standard Time",)),
        True, "Aquila Infrastrukturkapital", "Technical Asset Manager", "hiring_manager", ("c.vossberg@aquila-ik.de",))


def build_es() -> None:
    """Given nothing returns nothing; appends the Spanish interviews."""
    u = "es-levante-rrhh-01"
    add("es-criba-rrhh", "es", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261201T110000"),
        tdt("DTEND", "Romance Standard Time", "20261201T113000"),
        "SUMMARY:Entrevista telefónica – Ingeniero/a de conexión a red – Levante Renovables",
        org("seleccion@levante-renovables.es", "Selección Levante Renovables"),
        att("m.ferrer@levante-renovables.es", "Marta Ferrer"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hola Jonas:\nTe confirmamos la primera entrevista con Marta Ferrer, técnica de "
                             "selección. Duración aproximada 30 minutos.\n" + teams("es")),
        "LOCATION:Reunión de Microsoft Teams"]], tzs=("Romance Standard Time",)),
        True, "Levante Renovables", "Ingeniero/a de conexión a red", "recruiter_screen",
        ("m.ferrer@levante-renovables.es",))

    u = "es-levante-tecnica-02"
    add("es-tecnica", "es", u, doc(GOO, [[
        "DTSTART:20261209T090000Z", "DTEND:20261209T103000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("j.soler@levante-renovables.es", "Jordi Soler"),
        att("j.soler@levante-renovables.es", "Jordi Soler", ps="ACCEPTED"),
        att("a.navarro@levante-renovables.es", "Amparo Navarro"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Entrevista técnica Jonas Becker (subestaciones y evacuación)",
        "DESCRIPTION:" + esc("Segunda fase del proceso de Levante Renovables: prueba técnica sobre líneas de "
                             "evacuación y obra civil de subestaciones, con Jordi Soler (jefe de ingeniería) y "
                             "Amparo Navarro.\n\n" + meet("lvr-tcn-jnb", "es"))]]),
        True, "Levante Renovables", "", "technical",
        ("j.soler@levante-renovables.es", "a.navarro@levante-renovables.es"))

    u = "es-albufera-presencial"
    add("es-presencial-sala", "es", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261216T100000"),
        tdt("DTEND", "Romance Standard Time", "20261216T130000"),
        "SUMMARY:Entrevistas presenciales – Albufera Solar, S.L. – Jefe/a de proyecto fotovoltaico",
        org("rrhh@albufera-solar.es", "RRHH Albufera Solar"), att("v.marti@albufera-solar.es", "Vicent Martí"),
        att("l.ortiz@albufera-solar.es", "Lucía Ortiz"), att("p.gil@albufera-solar.es", "Pau Gil"),
        att("sala.malvarrosa@albufera-solar.es", "Sala Malvarrosa", cutype="ROOM", role="NON-PARTICIPANT"),
        att("proyector-2@albufera-solar.es", "Proyector portátil 2", cutype="RESOURCE", role="NON-PARTICIPANT"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Jornada presencial en nuestras oficinas de Valencia: entrevistas con Vicent "
                             "Martí (director técnico), Lucía Ortiz (jefa de obra) y Pau Gil (ingeniero de "
                             "red). Prepara una presentación de 10 minutos sobre un proyecto tuyo."),
        "LOCATION:Av. de Aragón 30\\, 46021 Valencia – Sala Malvarrosa"]], tzs=("Romance Standard Time",)),
        True, "Albufera Solar", "Jefe/a de proyecto fotovoltaico", "onsite",
        ("v.marti@albufera-solar.es", "l.ortiz@albufera-solar.es", "p.gil@albufera-solar.es"))

    u = "es-fundador-hotmail-44"
    add("es-fundador-hotmail", "es", u, doc("-//Microsoft Corporation//Outlook.com//ES", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261205T170000Z", "DTEND:20261205T180000Z",
        "SUMMARY:Charla con Sergio – Turia Eólica", org("sergio.blasco@hotmail.es", "Sergio Blasco"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Jonas, como te comenté por LinkedIn, estoy montando Turia Eólica y busco un "
                             "ingeniero para repotenciación de parques. Esta llamada es la entrevista para el "
                             "puesto, así que hablaremos de tu experiencia y condiciones.\n"
                             + zoom("https://zoom.us/j/96021188374", "960 2118 8374", "turia", "es")),
        "LOCATION:Zoom"]]),
        True, "Turia Eólica", "", "hiring_manager", ("sergio.blasco@hotmail.es",), "founder_free_mail")

    u = "es-workday-final-99"
    add("es-workday-final", "es", u, doc("-//Workday//Recruiting//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261222T090000Z", "DTEND:20261222T100000Z",
        "SUMMARY:Entrevista final: Responsable de Interconexión (R-2291) – Iberdrosol",
        org("iberdrosol@myworkday.com", "Iberdrosol Talento"),
        att("e.castillo@iberdrosol.com", "Elena Castillo"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Entrevistadora: Elena Castillo, Directora de Redes España.\n" + webex("25581177093")),
        "LOCATION:Webex"]]),
        True, "Iberdrosol", "Responsable de Interconexión", "final", ("e.castillo@iberdrosol.com",))

    u = "es-agencia-vento-3"
    add("es-agencia", "es", u, doc(GOO, [[
        "DTSTART:20261210T150000Z", "DTEND:20261210T160000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("nuria@ventotalent.com", "Nuria Pastor"), att(ME, "jonas.becker@gmx.de"),
        att("r.mora@soldeturia.es", "Raúl Mora"),
        "SUMMARY:Entrevista con Sol de Turia Energía (vía Vento Talent)",
        "DESCRIPTION:" + esc("Hola Jonas, te paso la invitación para la entrevista con nuestro cliente Sol de "
                             "Turia Energía para la vacante de Ingeniero de Desarrollo (Valencia). Te entrevistará "
                             "Raúl Mora, director de desarrollo. Yo no estaré en la llamada.\n"
                             + meet("sdt-vnto-rml", "es"))]]),
        True, "Sol de Turia Energía", "Ingeniero de Desarrollo", "hiring_manager", ("r.mora@soldeturia.es",), "agency")

    u = "es-manual-0007@jonas"
    add("es-apunte-mano", "es", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Madrid", "20261217T160000"),
        tdt("DTEND", "Europe/Madrid", "20261217T170000"),
        "SUMMARY:Entrevista Albufera Solar – director general", "DESCRIPTION:última fase! llevar DNI/pasaporte"]],
        method=None, tzs=("Europe/Madrid",)),
        True, "Albufera Solar", "", "final", (), "hand_typed")

    u = "es-greenhouse-valencia"
    add("es-greenhouse-caso", "es", u, doc("-//Greenhouse Software//Interview Scheduler//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261211T100000Z", "DTEND:20261211T110000Z",
        "SUMMARY:Caso práctico – Jonas Becker – Ingeniero/a de Almacenamiento (BESS)",
        org("talento@ampera-storage.es", "Talento Ampera"), att("d.rubio@ampera-storage.es", "Diego Rubio"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hola Jonas, te escribimos desde Ampera Storage. Diego Rubio (Lead Engineer) te "
                             "planteará un caso práctico sobre la conexión de un sistema de baterías.\n\n"
                             + meet("amp-bess-csx", "es") + "\n\nProgramado con Greenhouse")]]),
        True, "Ampera Storage", "Ingeniero/a de Almacenamiento (BESS)", "technical", ("d.rubio@ampera-storage.es",))

    u = "es-cancel-solturia-2"
    add("es-cancelada", "es", u, doc(GOO, [[
        "DTSTART:20261218T090000Z", "DTEND:20261218T100000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("r.mora@soldeturia.es", "Raúl Mora"), att(ME, "jonas.becker@gmx.de"),
        att("c.esteve@soldeturia.es", "Carla Esteve"),
        "SUMMARY:Segunda entrevista Sol de Turia – Jonas", "STATUS:CANCELLED", "SEQUENCE:1",
        "DESCRIPTION:" + esc("Segunda entrevista con Carla Esteve (CEO). Cancelada: os propondremos otra fecha.")]],
        method="CANCEL"),
        True, "Sol de Turia Energía", "", "final", ("r.mora@soldeturia.es", "c.esteve@soldeturia.es"), "cancelled")


def build_more() -> None:
    """Given nothing returns nothing; appends the remaining English and French interviews."""
    u = "lever-remote-pv-hm-3"
    add("lever-hm-remote", "en", u, doc("-//Lever//Lever Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261215T160000Z", "DTEND:20261215T164500Z",
        "SUMMARY:Jonas Becker <> Sunvale Power: Hiring manager conversation",
        org("no-reply@hire.lever.co", "Sunvale Power"), att("r.iyer@sunvalepower.com", "Rohan Iyer"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Role: Interconnection Engineer (Remote - EU)\nYou'll be speaking with Rohan Iyer, "
                             "Director of Interconnection, who leads the team you'd join.\n\n"
                             + zoom("https://sunvale.zoom.us/j/88012244617", "880 1224 4617", "sv2026"))]]),
        True, "Sunvale Power", "Interconnection Engineer", "hiring_manager", ("r.iyer@sunvalepower.com",))

    u = "direct-en-hamburg-ownerseng"
    add("direct-en-owners-engineer", "en", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "W. Europe Standard Time", "20261208T153000"),
        tdt("DTEND", "W. Europe Standard Time", "20261208T163000"),
        "SUMMARY:Interview | Owner's Engineer Wind (Hamburg) | J. Becker",
        org("s.mccarthy@tidewell-consult.com", "McCarthy, Siobhan"),
        att("s.mccarthy@tidewell-consult.com", "McCarthy, Siobhan"), att("g.pohl@tidewell-consult.com", "Pohl, Gregor"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Hi Jonas, looking forward to speaking with you. Gregor (our Hamburg office lead) "
                             "will join me. We'll cover your road and drainage design work and how it maps to "
                             "balance-of-plant for onshore wind.\nSiobhan McCarthy, Principal Engineer, "
                             "Tidewell Consulting\n" + teams("en"))]], tzs=("W. Europe Standard Time",)),
        True, "Tidewell Consulting", "Owner's Engineer Wind", "technical",
        ("s.mccarthy@tidewell-consult.com", "g.pohl@tidewell-consult.com"))

    u = "en-chat-title-only-01"
    add("title-only-chat", "en", u, doc("-//Apple Inc.//macOS 15.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Berlin", "20261204T120000"),
        tdt("DTEND", "Europe/Berlin", "20261204T123000"), "SUMMARY:Screen w/ Priya @ Kestrel Infrastructure"]],
        method=None, tzs=("Europe/Berlin",)),
        True, "Kestrel Infrastructure", "", "recruiter_screen", ("Priya",), "terse_title")

    u = "ashby-en-onsite-loop-cph"
    add("ashby-virtual-onsite", "en", u, doc("-//Ashby//Ashby Scheduling//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261218T080000Z", "DTEND:20261218T113000Z",
        "SUMMARY:Virtual Onsite - Jonas Becker - Grid Integration Engineer",
        org("recruiting@windnest.dk", "Windnest Recruiting"), att("m.holm@windnest.dk", "Magnus Holm"),
        att("s.ibsen@windnest.dk", "Signe Ibsen"), att("t.vang@windnest.dk", "Tobias Vang"),
        att("c.frost@windnest.dk", "Camilla Frost (Recruiting Coordinator)", role="OPT-PARTICIPANT"),
        att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Schedule (CET)\n09:00-10:00 Magnus Holm - Grid studies\n10:00-11:00 Signe Ibsen - "
                             "Civil & site\n11:15-12:30 Tobias Vang - Hiring Manager\nCamilla will send the "
                             "links and is your point of contact.\n" + meet("wnd-vrtl-ons"))]]),
        True, "Windnest", "Grid Integration Engineer", "onsite",
        ("m.holm@windnest.dk", "s.ibsen@windnest.dk", "t.vang@windnest.dk"))

    u = "en-coffee-is-round2-8"
    add("coffee-is-round-two", "en", u, doc(GOO, [[
        "DTSTART:20261219T093000Z", "DTEND:20261219T103000Z", f"DTSTAMP:{STAMP}", f"UID:{u}",
        org("a.lund@havbris.dk", "Astrid Lund"), att(ME, "jonas.becker@gmx.de"),
        "SUMMARY:Coffee - second interview (Havbris, Hamburg office)",
        "DESCRIPTION:" + esc("Hi Jonas, since you're in Hamburg anyway: let's do the second interview for the "
                             "Project Engineer - Grid role over coffee at our Hamburg office. Astrid Lund, "
                             "Team Lead Grid DE")]]),
        True, "Havbris Energy", "Project Engineer - Grid", "hiring_manager",
        ("a.lund@havbris.dk",), "coffee_is_interview")

    u = "fr-welcome-jungle-77"
    add("fr-wttj-premier", "fr", u, doc("-//Welcome to the Jungle//Calendar//FR", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261203T150000Z", "DTEND:20261203T154500Z",
        "SUMMARY:Premier échange – Voltalyon – Responsable travaux raccordement",
        org("jobs@voltalyon.fr", "Voltalyon"), att("s.girard@voltalyon.fr", "Sophie Girard"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Sophie Girard, talent acquisition manager, vous appellera pour un premier échange "
                             "sur votre candidature.\n" + meet("vly-prm-ech", "fr"))]]),
        True, "Voltalyon", "Responsable travaux raccordement", "recruiter_screen", ("s.girard@voltalyon.fr",))

    u = "fr-agence-cabinet-12"
    add("fr-cabinet-client", "fr", u, doc(OUT, [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Romance Standard Time", "20261211T140000"),
        tdt("DTEND", "Romance Standard Time", "20261211T150000"),
        "SUMMARY:Entretien chez notre client Solaire Alpes Rhône – J. Becker",
        org("a.fabre@cabinet-fabre-rh.fr", "FABRE Aurélie"), att(ME, "Jonas Becker"),
        att("t.perrin@solaire-alpes-rhone.fr", "PERRIN Thomas"),
        "DESCRIPTION:" + esc("Bonjour Jonas,\nje vous confirme l'entretien avec Thomas Perrin, directeur "
                             "technique de Solaire Alpes Rhône, pour le poste d'ingénieur études VRD et réseaux. "
                             "Je ne participerai pas.\nAurélie Fabre – Cabinet Fabre RH"),
        "LOCATION:Solaire Alpes Rhône\\, 8 rue de la Villette\\, Lyon"]], tzs=("Romance Standard Time",)),
        True, "Solaire Alpes Rhône", "ingénieur études VRD et réseaux", "hiring_manager",
        ("t.perrin@solaire-alpes-rhone.fr",), "agency")

    u = "fr-manuel-tel-5@jonas"
    add("fr-note-main", "fr", u, doc("-//Apple Inc.//iPhone OS 18.1//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", tdt("DTSTART", "Europe/Paris", "20261207T120000"),
        tdt("DTEND", "Europe/Paris", "20261207T123000"), "SUMMARY:entretien tél Ventalis – 2e tour (technique)",
        "DESCRIPTION:avec le resp. bureau d'études\\, Marc"]], method=None, tzs=("Europe/Paris",)),
        True, "Ventalis", "", "technical", ("Marc",), "hand_typed")

    u = "fr-zoom-fonds-33"
    add("fr-fonds-zoom", "fr", u, doc("-//zoom.us//iCalendar Event//EN", [[
        f"UID:{u}", f"DTSTAMP:{STAMP}", "DTSTART:20261214T090000Z", "DTEND:20261214T100000Z",
        "SUMMARY:Entretien – Chargé d'affaires techniques infrastructures – Rhodanie Infra Capital",
        org("l.durand@rhodanie-infra.fr", "Laurent Durand"), att(ME, "Jonas Becker"),
        "DESCRIPTION:" + esc("Laurent Durand vous invite à une réunion Zoom planifiée.\nSujet : entretien "
                             "avec l'associé en charge des actifs éoliens.\n"
                             + zoom("https://zoom.us/j/92233441100", "922 3344 1100", "rhod", "fr"))]]),
        True, "Rhodanie Infra Capital", "Chargé d'affaires techniques infrastructures", "hiring_manager",
        ("l.durand@rhodanie-infra.fr",))
