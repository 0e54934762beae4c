"""holdout18: Ravi Menon's own interviews in German, French and Spanish."""

from __future__ import annotations

from holdout18ev_ics import ME, WORK, Att, Case, Ev, meet, teams, webex, zoom

R = Att(ME, "Ravi Menon")


def _de() -> list[Case]:
    out: list[Case] = []
    out.append(Case("personio-screen", "de", "personio", [Ev(
        "personio-interview-3318829@personio.de", "Kennenlerngespräch: Ravi Menon - Produktmanager Hardware (m/w/d)",
        "20261202T100000", "20261202T103000", zone="Europe/Berlin",
        organizer=("Sandra Keil", "sandra.keil@auenwerk-iot.de"),
        attendees=[R, Att("sandra.keil@auenwerk-iot.de", "Sandra Keil")],
        desc="Hallo Herr Menon,\n\nvielen Dank für Ihre Bewerbung bei der Auenwerk IoT GmbH. Wie telefonisch "
             "besprochen, hier die Einladung zum ersten Kennenlernen (30 Min.) mit mir aus dem Recruiting.\n\n"
             "Viele Grüße\nSandra Keil\n\n" + teams("61882019377", "de"))],
        True, "Auenwerk IoT", "Produktmanager Hardware (m/w/d)", "recruiter_screen", ["sandra.keil@auenwerk-iot.de"],
        "ats_personio"))
    out.append(Case("join-fachinterview", "de", "join", [Ev(
        "join-7a9c1e22-b3f4@join.com", "Fachinterview | Technical Product Owner Robotik | Ravi Menon",
        "20261204T140000", "20261204T150000", form="utc", organizer=("JOIN", "noreply@join.com"),
        attendees=[R, Att("t.weber@kraftarm-robotics.de", "Tobias Weber"),
                   Att("a.yilmaz@kraftarm-robotics.de", "Ayşe Yılmaz")],
        desc="Kraftarm Robotics lädt Sie zum Fachinterview ein.\nGesprächspartner: Tobias Weber (Leitung "
             "Mechanik), Ayşe Yılmaz (Product Owner Greifer)\nDauer: 60 Minuten\n\n" + meet("ube-rvxk-hza", "de"))],
        True, "Kraftarm Robotics", "Technical Product Owner Robotik", "technical",
        ["t.weber@kraftarm-robotics.de", "a.yilmaz@kraftarm-robotics.de"], "ats_join"))
    out.append(Case("outlook-vorort", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000F0A7C1D3E85BDB0100000000000000001000000091",
        "Vorstellungsgespräch vor Ort - Menon", "20261209T100000", "20261209T123000",
        zone="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
        organizer=("Hoffmann, Petra", "petra.hoffmann@pedalkraft.de"),
        attendees=[Att(ME, "Ravi Menon"), Att("petra.hoffmann@pedalkraft.de", "Hoffmann, Petra"),
                   Att("lukas.brenner@pedalkraft.de", "Brenner, Lukas"),
                   Att("besprechung.3og@pedalkraft.de", "Besprechungsraum 3.OG", cutype="ROOM",
                       role="NON-PARTICIPANT")],
        location="Pedalkraft GmbH, Leopoldstr. 244, 80807 München, Besprechungsraum 3.OG",
        desc="Sehr geehrter Herr Menon,\n\nwir freuen uns, Sie zum persönlichen Gespräch für die Position "
             "Produktmanager E-Bike Antriebe einzuladen. Teilnehmer: Petra Hoffmann (Leitung Produktmanagement) "
             "und Lukas Brenner (Entwicklung). Bitte melden Sie sich am Empfang im EG.\n\nMit freundlichen Grüßen\n"
             "Petra Hoffmann")],
        True, "Pedalkraft", "Produktmanager E-Bike Antriebe", "onsite",
        ["petra.hoffmann@pedalkraft.de", "lukas.brenner@pedalkraft.de"], "outlook_utc_label_zone"))
    out.append(Case("terse-de", "de", "ios", [Ev(
        "E7A0C4F1-2B9D-4C55-8E31-77B0A6D2C918", "Vorstellungsgespräch Medivolt 2. Runde, Fr. Sommer + Teamlead",
        "20261215T153000", "20261215T163000", form="floating", desc="Video, Link kommt per Mail")],
        True, "Medivolt", "", "", ["Fr. Sommer"], "terse_handtyped", method=""))
    out.append(Case("workday-de", "de", "workday", [Ev(
        "WD-INT-000520031-RM@myworkdayjobs.com", "Interview: Ravi Menon - JR-2291 Produktmanager Automatisierung",
        "20261210T090000", "20261210T100000", zone="Europe/Berlin",
        organizer=("Talent Acquisition Grauhof", "ta-noreply@grauhof.com"),
        attendees=[R, Att("michael.strobel@grauhof.com", "Michael Strobel")],
        desc="Kandidat: Ravi Menon\nStelle: JR-2291 Produktmanager Automatisierung (Stuttgart)\nArt: Gespräch mit "
             "der Führungskraft\nInterviewer: Michael Strobel, Head of Product Line Controls\n\n"
             + teams("70021184590", "de"))],
        True, "Grauhof", "Produktmanager Automatisierung", "hiring_manager", ["michael.strobel@grauhof.com"],
            "ats_workday"))
    out.append(Case("google-de-founder", "de", "google", [Ev(
        "0d3h5q7m2k1p9c8a4s6e0v2x7t@google.com", "Ravi x Sensorik Nord - zweites Gespräch", "20261208T180000",
        "20261208T190000", zone="Europe/Berlin", organizer=("Jan Petersen", "jan.petersen.sn@gmail.com"),
        attendees=[Att("jan.petersen.sn@gmail.com", "Jan Petersen", partstat="ACCEPTED"), R,
                   Att("merle.sn@gmail.com", "Merle Jansen")],
        desc="Hi Ravi, wie besprochen das zweite Gespräch mit Merle (Mitgründerin, Hardware) und mir. Es geht um "
             "die Rolle Hardware Product Owner bei Sensorik Nord.\n\n" + meet("bxe-qmyt-ofw", "de"))],
        True, "Sensorik Nord", "Hardware Product Owner", "technical", ["jan.petersen.sn@gmail.com",
            "merle.sn@gmail.com"],
        "founder_freemail"))
    out.append(Case("agency-de", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E55BDB0100000000000000001000000077",
        "Interview bei unserem Kunden Lindhorst Medizintechnik", "20261211T110000", "20261211T120000",
        zone="W. Europe Standard Time", form="bare", organizer=("Becker, Tim", "tim.becker@technoprofil-personal.de"),
        attendees=[R, Att("tim.becker@technoprofil-personal.de", "Becker, Tim", role="OPT-PARTICIPANT"),
                   Att("c.rahn@lindhorst-mt.de", "Rahn, Claudia")],
        desc="Hallo Herr Menon,\n\nanbei die Einladung zum Gespräch mit Frau Dr. Claudia Rahn (Bereichsleitung "
             "Produktmanagement) bei Lindhorst Medizintechnik für die Position Technischer Produktmanager "
             "Infusionssysteme. Ich nehme nicht teil.\n\nBeste Grüße\nTim Becker\nTechnoprofil Personalberatung\n\n"
             + teams("81102938471", "de"))],
        True, "Lindhorst Medizintechnik", "Technischer Produktmanager Infusionssysteme", "hiring_manager",
        ["c.rahn@lindhorst-mt.de"], "agency_names_employer"))
    out.append(Case("cancel-de", "de", "exchange", [Ev(
        "040000008200E00074C5B7101A82E00800000000B9C8D7E6F55BDB0100000000000000001000000066",
        "Abgesagt: Zweitgespräch Ravi Menon / Oberwerk Antriebe", "20261214T100000", "20261214T110000",
        zone="W. Europe Standard Time", form="bare", status="CANCELLED", sequence=1,
        organizer=("Schulz, Andreas", "andreas.schulz@oberwerk.de"),
        attendees=[R, Att("andreas.schulz@oberwerk.de", "Schulz, Andreas")],
        desc="Leider muss ich den Termin krankheitsbedingt absagen. Ich melde mich mit einem neuen Vorschlag für "
             "unser Zweitgespräch zur Stelle Product Owner Antriebstechnik.")],
        True, "Oberwerk Antriebe", "Product Owner Antriebstechnik", "hiring_manager", ["andreas.schulz@oberwerk.de"],
        "cancelled", method="CANCEL"))
    out.append(Case("greenhouse-de-case", "de", "greenhouse", [Ev(
        "gh-8120044-case@greenhouse.io", "Case-Interview (Produkt) - Ravi Menon - Flowmatik", "20261217T130000",
        "20261217T143000", zone="Europe/Berlin", organizer=("Greenhouse Scheduler", "no-reply@greenhouse.io"),
        attendees=[R, Att("nina.vogel@flowmatik.com", "Nina Vogel"), Att("o.frank@flowmatik.com", "Oliver Frank")],
        desc="Hallo Ravi,\n\ndu präsentierst deine Case-Lösung (Roadmap für unseren Füllstandssensor) vor Nina Vogel "
             "und Oliver Frank. Position: Senior Product Manager Hardware.\n\nBitte bring 3-4 Folien mit.\n\n"
             + zoom("92281047719", "de"))],
        True, "Flowmatik", "Senior Product Manager Hardware", "technical",
        ["nina.vogel@flowmatik.com", "o.frank@flowmatik.com"], "case_presentation"))
    out.append(Case("apple-final-de", "de", "apple", [Ev(
        "9C1F3E77-0B4A-4E2C-A6D5-3F88B120E4AA", "Finales Gespräch mit GF – Radwerk Schwaben", "20261222T110000",
        "20261222T120000", zone="Europe/Berlin", organizer=("Ravi Menon", ME),
        attendees=[Att(ME, "Ravi Menon", partstat="ACCEPTED"), Att("h.maier@radwerk-schwaben.de", "Heike Maier")],
        location="Radwerk Schwaben\nTübinger Str. 77\n70178 Stuttgart",
        desc="Letzte Runde, mit Geschäftsführerin Heike Maier. Stelle: Produktmanagerin/Produktmanager Cargo-Bikes. "
             "Gehaltsvorstellung parat haben.")],
        True, "Radwerk Schwaben", "Produktmanager Cargo-Bikes", "final", ["h.maier@radwerk-schwaben.de"],
        "user_organised_own_interview"))
    out.append(Case("modernloop-de", "de", "modernloop", [Ev(
        "ml-71aa-de-tech@modernloop.io", "Technisches Interview – Ravi Menon – Embedded Product Owner",
        "20261203T090000", "20261203T100000", form="utc", organizer=("Voxel Dynamics Recruiting", "jobs@voxeldyn.de"),
        attendees=[R, Att("felix.arnold@voxeldyn.de", "Felix Arnold")],
        desc="Willkommen zum technischen Interview bei Voxel Dynamics!\nInterviewer: Felix Arnold (Lead Systems "
             "Engineer)\n\nGeplant mit ModernLoop.\n\n" + meet("fyr-hnoa-xcm", "de"))],
        True, "Voxel Dynamics", "Embedded Product Owner", "technical", ["felix.arnold@voxeldyn.de"], "ats_modernloop"))
    out.append(Case("telefon-de", "de", "outlook", [Ev(
        "040000008200E00074C5B7101A82E008000000005E6F7A8B9C5BDB010000000000000000100000003C",
        "Telefoninterview Hardware Product Manager – Menon", "20261201T083000", "20261201T090000",
        zone="W. Europe Standard Time", organizer=("Klein, Jana", "jana.klein@isarmed.de"),
        attendees=[Att(WORK, "Menon, Ravi"), Att("jana.klein@isarmed.de", "Klein, Jana")],
        desc="Guten Morgen Herr Menon,\n\nich rufe Sie wie vereinbart unter Ihrer Mobilnummer an. Es geht um die "
             "Stelle Hardware Product Manager bei IsarMed.\n\nJana Klein | People & Culture")],
        True, "IsarMed", "Hardware Product Manager", "recruiter_screen", ["jana.klein@isarmed.de"],
            "sent_to_work_address"))
    return out


def _fr() -> list[Case]:
    out: list[Case] = []
    out.append(Case("fr-screen-teams", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E008000000002233445566ABDB0100000000000000001000000011",
        "Entretien RH – Chef de produit hardware – Ravi Menon", "20261202T140000", "20261202T143000",
        zone="Romance Standard Time", organizer=("Durand, Camille", "camille.durand@alpilink.fr"),
        attendees=[R, Att("camille.durand@alpilink.fr", "Durand, Camille")],
        desc="Bonjour Ravi,\n\nSuite à votre candidature chez Alpilink, je vous propose un premier échange de 30 "
             "minutes sur le poste de Chef de produit hardware basé à Grenoble.\n\nBien cordialement,\nCamille "
             "Durand, Chargée de recrutement\n\n" + teams("33019477280", "fr"))],
        True, "Alpilink", "Chef de produit hardware", "recruiter_screen", ["camille.durand@alpilink.fr"],
            "outlook_teams"))
    out.append(Case("fr-tech-google", "fr", "google", [Ev(
        "5n2k8p0r4t6v1x3z7b9d0f2h4j@google.com", "Entretien technique Ravi Menon – Aérovia", "20261207T100000",
        "20261207T111500", zone="Europe/Paris", organizer=("Mathieu Garnier", "mathieu.garnier@aerovia.fr"),
        attendees=[Att("mathieu.garnier@aerovia.fr", "Mathieu Garnier", partstat="ACCEPTED"), R,
                   Att("sandrine.lopez@aerovia.fr", "Sandrine Lopez")],
        desc="Bonjour Ravi,\nEntretien technique pour le poste de Product Owner Systèmes embarqués (Toulouse) avec "
             "Sandrine Lopez (architecte système) et moi-même.\n\n" + meet("kpo-yzde-qbu", "fr"))],
        True, "Aérovia", "Product Owner Systèmes embarqués", "technical",
        ["mathieu.garnier@aerovia.fr", "sandrine.lopez@aerovia.fr"], "direct_google"))
    out.append(Case("fr-wttj-onsite", "fr", "greenhouse", [Ev(
        "gh-8200871-onsite-fr@greenhouse.io", "Entretiens sur site : Ravi Menon (Chef de produit IoT)",
        "20261210T090000", "20261210T130000", zone="Europe/Paris",
        organizer=("Greenhouse Scheduler", "no-reply@greenhouse.io"),
        attendees=[R, Att("e.petit@dauphilab.com", "Émilie Petit"), Att("y.benali@dauphilab.com", "Yacine Benali"),
                   Att("salle.belledonne@dauphilab.com", "Salle Belledonne", cutype="ROOM", role="NON-PARTICIPANT")],
        location="DauphiLab, 12 rue des Arts et Métiers, 38000 Grenoble – salle Belledonne",
        desc="Programme :\n9h00 – Accueil, Émilie Petit (Head of Product)\n10h00 – Étude de cas avec Yacine Benali "
             "(CTO)\n11h30 – Visite du labo\n\nDauphiLab vous remercie de votre intérêt.")],
        True, "DauphiLab", "Chef de produit IoT", "onsite", ["e.petit@dauphilab.com", "y.benali@dauphilab.com"],
        "room_attendee"))
    out.append(Case("fr-terse", "fr", "ios", [Ev(
        "A1D4F6B8-3C2E-4A90-B7E1-5D6C8F0A2B3C", "Cyclopôle 2e entretien 14h30 – Marc + DG", "20261211T143000",
        "20261211T153000", form="floating")],
        True, "Cyclopôle", "", "", ["Marc"], "terse_handtyped", method=""))
    out.append(Case("fr-calendly-manager", "fr", "calendly", [Ev(
        "calendly-ev-PX71KWQ9@calendly.com", "Ravi Menon et Hélène Fabre", "20261215T093000", "20261215T101500",
        form="utc", organizer=("Hélène Fabre", "helene.fabre@biotronia.fr"),
        attendees=[R, Att("helene.fabre@biotronia.fr", "Hélène Fabre")],
        desc="Nom de l'événement : Entretien manager – Product Owner dispositifs médicaux (Biotronia)\n\nLieu : "
             "Zoom\nhttps://us06web.zoom.us/j/87711209934\n\nAnnuler ou reprogrammer : "
             "https://calendly.com/cancellations/PX71KWQ9")],
        True, "Biotronia", "Product Owner dispositifs médicaux", "hiring_manager", ["helene.fabre@biotronia.fr"],
        "calendly_title_names"))
    out.append(Case("fr-founder-orange", "fr", "thunderbird", [Ev(
        "7f2a1c9e-8d34-4b70-a1c5-e92f3b6d0a48", "Échange avec Pierre – poste PM matériel chez Garonne Drones",
        "20261208T170000", "20261208T180000", zone="Europe/Paris", organizer=("Pierre Vasseur", "p.vasseur@orange.fr"),
        attendees=[R, Att("p.vasseur@orange.fr", "Pierre Vasseur")],
        desc="Bonjour Ravi, je suis le fondateur de Garonne Drones. Je vous propose cet entretien pour le poste de "
             "PM matériel ; on parlera de votre parcours et de notre drone d'inspection.\n" + zoom("85530019284",
                 "fr"))],
        True, "Garonne Drones", "PM matériel", "hiring_manager", ["p.vasseur@orange.fr"], "founder_freemail"))
    out.append(Case("fr-final-lever", "fr", "lever", [Ev(
        "lever-int-fr77c1a2@hire.lever.co", "Entretien final – Ravi Menon – Occitane Robotique", "20261217T110000",
        "20261217T120000", zone="Europe/Paris", organizer=("Occitane Robotique", "no-reply@hire.lever.co"),
        attendees=[R, Att("a.moreau@occitane-robotique.fr", "Anne Moreau"),
                   Att("t.girard@occitane-robotique.fr", "Thomas Girard")],
        desc="Poste : Product Manager Cobots\nÉtape : entretien final avec Anne Moreau (Présidente) et Thomas "
             "Girard (DG adjoint)\nLieu : visioconférence\n\n" + meet("rtu-qzps-lmk", "fr"))],
        True, "Occitane Robotique", "Product Manager Cobots", "final",
        ["a.moreau@occitane-robotique.fr", "t.girard@occitane-robotique.fr"], "ats_lever"))
    out.append(Case("fr-agency", "fr", "outlook", [Ev(
        "040000008200E00074C5B7101A82E00800000000CC11DD22EE5BDB010000000000000000100000002A",
        "Entretien client : Toulouse Medical Systems – M. Menon", "20261209T150000", "20261209T160000",
        zone="Romance Standard Time", form="bare", organizer=("Roussel, Julie", "j.roussel@talentis-conseil.fr"),
        attendees=[R, Att("j.roussel@talentis-conseil.fr", "Roussel, Julie", role="OPT-PARTICIPANT"),
                   Att("f.dupuis@tms-medical.fr", "Dupuis, François")],
        desc="Bonjour Ravi,\n\nVoici l'invitation pour votre entretien avec François Dupuis, directeur R&D de "
             "Toulouse Medical Systems, pour le poste de Chef de projet produit. Je ne serai pas présente.\n\n"
             "Julie Roussel – Talentis Conseil\n\n" + teams("44109822375", "fr"))],
        True, "Toulouse Medical Systems", "Chef de projet produit", "hiring_manager", ["f.dupuis@tms-medical.fr"],
        "agency_names_employer"))
    out.append(Case("fr-allday", "fr", "google", [Ev(
        "2c7e9g1i3k5m7o9q1s3u5w7y9a@google.com", "Journée d'immersion – Vélocité Alpes", "20261218", "20261219",
        form="allday", organizer=("Claire Mathis", "claire@velocite-alpes.fr"),
        attendees=[Att("claire@velocite-alpes.fr", "Claire Mathis", partstat="ACCEPTED"), R],
        location="Vélocité Alpes, 5 avenue Alsace-Lorraine, Grenoble",
        desc="Journée d'immersion dans le cadre de votre candidature au poste de Product Owner vélo électrique : "
             "échanges avec l'équipe produit et l'atelier, puis entretien avec Claire (CEO) en fin de journée.")],
        True, "Vélocité Alpes", "Product Owner vélo électrique", "onsite", ["claire@velocite-alpes.fr"], "all_day"))
    out.append(Case("fr-webex-tech", "fr", "webex", [Ev(
        "webex-2790031122-fr@webex.com", "Entretien technique – Chef de produit automatisme", "20261203T100000",
        "20261203T110000", form="utc", organizer=("Luc Bertin", "luc.bertin@savoie-automation.fr"),
        attendees=[R, Att("luc.bertin@savoie-automation.fr", "Luc Bertin")],
        desc="Savoie Automation – entretien technique (automates, sécurité machine, cycle en V).\n\n"
             + webex("27900311225"))],
        True, "Savoie Automation", "Chef de produit automatisme", "technical", ["luc.bertin@savoie-automation.fr"],
            "webex"))
    return out


def _es() -> list[Case]:
    out: list[Case] = []
    out.append(Case("es-screen", "es", "google", [Ev(
        "8h0j2l4n6p8r0t2v4x6z8b0d2f@google.com", "Entrevista inicial – Product Manager Hardware – Ravi Menon",
        "20261201T120000", "20261201T123000", zone="Europe/Madrid", organizer=("Lucía Navarro",
            "lucia.navarro@robotica-llevant.es"),
        attendees=[Att("lucia.navarro@robotica-llevant.es", "Lucía Navarro", partstat="ACCEPTED"), R],
        desc="Hola Ravi,\nGracias por tu interés en Robótica Llevant. Esta es una primera llamada con "
             "Selección para conocerte mejor.\n\n" + meet("jfa-wqoz-ybn", "es"))],
        True, "Robótica Llevant", "Product Manager Hardware", "recruiter_screen", ["lucia.navarro@robotica-llevant.es"],
        "direct_google", xwr="Europe/Madrid"))
    out.append(Case("es-tech-teams", "es", "outlook", [Ev(
        "040000008200E00074C5B7101A82E0080000000099AA88BB775BDB0100000000000000001000000055",
        "Entrevista técnica: Ravi Menon – Technical Product Owner IoT", "20261204T160000", "20261204T170000",
        zone="Romance Standard Time", form="bare", organizer=("Ferrer, Marc", "marc.ferrer@sensalia.com"),
        attendees=[R, Att("marc.ferrer@sensalia.com", "Ferrer, Marc"), Att("laia.roca@sensalia.com", "Roca, Laia")],
        desc="Hola Ravi:\n\nTe enviamos la convocatoria para la entrevista técnica del proceso de Technical Product "
             "Owner IoT en Sensalia (Barcelona). Participan Marc Ferrer (CTO) y Laia Roca (Firmware).\n\nSaludos\n\n"
             + teams("55201938812", "es"))],
        True, "Sensalia", "Technical Product Owner IoT", "technical", ["marc.ferrer@sensalia.com",
            "laia.roca@sensalia.com"],
        "outlook_teams"))
    out.append(Case("es-terse", "es", "ios", [Ev(
        "C3E5A7B9-1D2F-4E60-8A9B-0C1D2E3F4A5B", "Entrevista 2a Bicimotor - Sergio (producto) 17h", "20261209T170000",
        "20261209T180000", form="floating")],
        True, "Bicimotor", "", "", ["Sergio"], "terse_handtyped", method=""))
    out.append(Case("es-onsite-ashby", "es", "ashby", [Ev(
        "ashby-es-onsite-93b1@ashbyhq.com", "Entrevistas presenciales – Ravi Menon – Mediqa", "20261214T093000",
        "20261214T130000", zone="Europe/Madrid", organizer=("Mediqa Talent", "talent@mediqa.health"),
        attendees=[R, Att("p.ibarra@mediqa.health", "Paula Ibarra"), Att("j.soler@mediqa.health", "Jordi Soler"),
                   Att("talent@mediqa.health", "Mediqa Talent", role="NON-PARTICIPANT")],
        location="Mediqa, Carrer de Pallars 108, 08018 Barcelona",
        desc="Puesto: Product Owner – Dispositivos de monitorización\n09:30 Paula Ibarra (VP Producto)\n10:30 "
             "Jordi Soler (Calidad y regulatorio)\n11:30 Visita a la planta\n\nAgendado con Ashby.")],
        True, "Mediqa", "Product Owner – Dispositivos de monitorización", "onsite",
        ["p.ibarra@mediqa.health", "j.soler@mediqa.health"], "coordinator_mailbox"))
    out.append(Case("es-founder-hotmail", "es", "google", [Ev(
        "4k6m8o0q2s4u6w8y0a2c4e6g8i@google.com", "Ravi / Andrés – entrevista para Ebro Motion", "20261210T190000",
        "20261210T194500", zone="Europe/Madrid", organizer=("Andrés Gil", "andres.gil.ebro@hotmail.com"),
        attendees=[Att("andres.gil.ebro@hotmail.com", "Andrés Gil", partstat="ACCEPTED"), R],
        desc="Hola Ravi, como te comenté soy cofundador de Ebro Motion (patinetes eléctricos para flotas). "
             "Hablamos de la posición de responsable de producto hardware.\n\n" + meet("oqe-txbm-jaz", "es"))],
        True, "Ebro Motion", "responsable de producto hardware", "hiring_manager", ["andres.gil.ebro@hotmail.com"],
        "founder_freemail"))
    out.append(Case("es-final-workday", "es", "workday", [Ev(
        "WD-INT-000611842-RM@myworkdayjobs.com", "Entrevista final – Ravi Menon – REQ-8810 Jefe de Producto",
        "20261221T100000", "20261221T110000", zone="Europe/Madrid",
        organizer=("Selección Industrias Mirall", "seleccion-noreply@mirall.com"),
        attendees=[R, Att("e.castells@mirall.com", "Elena Castells")],
        desc="Candidato: Ravi Menon\nVacante: REQ-8810 Jefe de Producto Automatización (Barcelona)\nTipo: Entrevista "
             "final con Dirección General\nEntrevistadora: Elena Castells\n\n" + zoom("86620384471", "es"))],
        True, "Industrias Mirall", "Jefe de Producto Automatización", "final", ["e.castells@mirall.com"],
            "ats_workday"))
    out.append(Case("es-cancel-calcom", "es", "calcom", [Ev(
        "calcom-9LqW2xP4@cal.com", "Cancelado: Entrevista con Nuria Vidal (Terrabot)", "20261207T110000",
        "20261207T113000", form="utc", status="CANCELLED", sequence=1,
        organizer=("Nuria Vidal", "nuria@terrabot.es"), attendees=[R],
        desc="Qué: Entrevista Product Owner robótica agrícola\nMotivo de la cancelación: tengo un viaje imprevisto, "
             "te envío nuevas opciones.")],
        True, "Terrabot", "Product Owner robótica agrícola", "", ["nuria@terrabot.es"], "cancelled",
        method="CANCEL"))
    return out


def cases() -> list[Case]:
    """Given nothing returns the German, French and Spanish interview cases."""
    return _de() + _fr() + _es()
