"""train17: Katrin Vogel's own interviews, part D (French, Spanish and more German)."""

from __future__ import annotations

from train17ev_ics import (
    APPLE,
    GOOGLE,
    IOS,
    ME_PRIVATE,
    OUTLOOK,
    OUTLOOK16,
    TZ_ROMANCE,
    TZ_WEST,
    Ev,
    att,
    cal,
    d,
    loc,
    meet,
    olson,
    org,
    s,
    teams,
    yes,
    zoom,
)


def events() -> list[Ev]:
    out: list[Ev] = []

    # FR: Brussels regional agency, Outlook, Romance Standard Time
    out.append(yes("outlook-fr", "fr", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Lambert, Aurélie\":mailto:alambert@abs.brussels",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("tdupont@abs.brussels", "Dupont, Thomas"),
        d("Madame Vogel,\n\nSuite à votre candidature au poste de Cheffe de projet Simplification administrative, "
          "nous avons le plaisir de vous convier à un entretien avec Thomas Dupont (directeur de la cellule "
          "Transformation) et moi-même.\n\nBien cordialement,\nAurélie Lambert\nRessources humaines\nAgence "
          "Bruxelloise de Simplification\n\n" + teams("fr", "377 402 118 05", "AbS3xR")),
        s("Entretien – Cheffe de projet Simplification administrative"),
        "DTSTART;TZID=Romance Standard Time:20261203T100000",
        "DTEND;TZID=Romance Standard Time:20261203T110000",
        "UID:040000008200E00074C5B7101A82E00800000000C7B3E5A1275EDB0100000000000000001000000062FE",
        "DTSTAMP:20261126T100000Z",
        loc("Réunion Microsoft Teams"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE),
        "Agence Bruxelloise de Simplification", "Cheffe de projet Simplification administrative", "",
        "alambert@abs.brussels;tdupont@abs.brussels"))

    # FR: Google Meet first call with a federation of cities (recruiter screen)
    out.append(yes("google-fr-screen", "fr", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261124T140000Z",
        "DTEND:20261124T143000Z",
        "DTSTAMP:20261119T090000Z",
        "ORGANIZER;CN=Claire Moreau:mailto:claire.moreau@fvn.be",
        "UID:4hq8n1c3v7b2k0m9s5d6t1rfa3@google.com",
        att("claire.moreau@fvn.be", "Claire Moreau", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Bonjour Katrin,\n\nComme convenu, un premier échange téléphonique d'une demi-heure au sujet du poste "
          "de Chargée de mission Europe & Numérique à la Fédération des Villes Numériques. Je vous présenterai le "
          "poste et les prochaines étapes du recrutement.\n\nÀ bientôt,\nClaire (RH)\n\n" + meet("fr", "ftn-cbrq-wxa")),
        s("Premier échange RH – Fédération des Villes Numériques / Katrin Vogel"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"),
        "Fédération des Villes Numériques", "Chargée de mission Europe & Numérique", "recruiter_screen",
        "claire.moreau@fvn.be"))

    # FR: Swiss firm, technical interview, abbreviation domain, legal form SA
    out.append(yes("fr-technique", "fr", cal(OUTLOOK16, "\n".join([
        "BEGIN:VEVENT",
        "UID:{61D0B8A4-2C7E-4A39-9F11-0E3B5C7D9A24}",
        "DTSTAMP:20261201T150000Z",
        "DTSTART;TZID=Romance Standard Time:20261208T090000",
        "DTEND;TZID=Romance Standard Time:20261208T101500",
        s("Entretien technique : Product Owner cyberadministration (HEP)"),
        d("Bonjour Madame Vogel,\n\nVous rencontrerez Julien Rochat (architecte solutions) et Nathalie Python "
          "(responsable produit) pour un entretien technique autour d'un cas pratique (guichet virtuel "
          "communal).\n\nHelvetic eGov Partners SA\nRessources humaines\n\n" + zoom("fr", "hep", "871 2230 4519",
                                                                                 "HePch44")),
        org("rh@hep-sa.ch", "HEP Ressources humaines"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("julien.rochat@hep-sa.ch", "Rochat Julien"),
        att("nathalie.python@hep-sa.ch", "Python Nathalie"),
        loc("Zoom"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE),
        "Helvetic eGov Partners", "Product Owner cyberadministration", "technical",
        "julien.rochat@hep-sa.ch;nathalie.python@hep-sa.ch"))

    # FR: Welcome to the Jungle invite, remote French civic-tech
    out.append(yes("wttj-fr", "fr", cal("-//Welcome to the Jungle//WTTJ ATS//FR", "\n".join([
        "BEGIN:VEVENT",
        "UID:wttj-evt-27c1e0b4-9a2d-4e7f-b3c5-civitech",
        "DTSTAMP:20261202T100000Z",
        "DTSTART:20261209T150000Z",
        "DTEND:20261209T160000Z",
        s("Entretien manager – Civitech Europe – Katrin Vogel"),
        d("Bonjour Katrin,\n\nVotre entretien avec Hugo Marchand, Head of Product, pour le poste de Product "
          "Manager Collectivités (full remote) est confirmé.\n\nL'équipe Civitech Europe SAS\n\nLien de la "
          "visio : https://meet.google.com/qpd-ahkw-nse"),
        loc("https://meet.google.com/qpd-ahkw-nse"),
        "ORGANIZER;CN=Civitech Europe via Welcome to the Jungle:mailto:notifications@welcometothejungle.com",
        att("hugo.marchand@civitech.eu", "Hugo Marchand"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"),
        "Civitech Europe", "Product Manager Collectivités", "hiring_manager", "hugo.marchand@civitech.eu"))

    # FR: hand-typed Google entry, terse
    out.append(yes("handtyped-fr", "fr", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART;TZID=Europe/Brussels:20261215T140000",
        "DTEND;TZID=Europe/Brussels:20261215T153000",
        "DTSTAMP:20261209T211500Z",
        "UID:1pf6r3s0t8v2m4k7c9n5b1dhq6@google.com",
        s("Entretien final Odyssée Conseil – Bruxelles (M. Janssens + associée)"),
        loc("Avenue Louise 120, Bruxelles"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), head="X-WR-CALNAME:Katrin privat\nX-WR-TIMEZONE:Europe/Berlin", tz=olson("Europe/Brussels")),
        "Odyssée Conseil", "", "final", ""))

    # FR: Teamtailor HR interview at a Belgian non-profit (asbl)
    out.append(yes("teamtailor-fr", "fr", cal("-//Teamtailor//Teamtailor Calendar//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:tt-meeting-5518230@teamtailor.com",
        "DTSTAMP:20261127T130000Z",
        "DTSTART:20261204T093000Z",
        "DTEND:20261204T102000Z",
        s("Entretien avec Data Publica – Responsable partenariats secteur public"),
        d("Bonjour Katrin,\n\nMerci pour votre candidature ! Nous vous proposons un entretien avec Inès Haddou "
          "(responsable RH) et Pierre Lemaire (directeur).\n\nData Publica asbl\n\nRejoindre la réunion : "
          "https://teams.microsoft.com/l/meetup-join/19%3ameeting_dp"),
        "ORGANIZER;CN=Data Publica:mailto:no-reply@teamtailor-mail.com",
        att("ines.haddou@datapublica.be", "Inès Haddou"),
        att("pierre.lemaire@datapublica.be", "Pierre Lemaire"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST"),
        "Data Publica", "Responsable partenariats secteur public", "",
        "ines.haddou@datapublica.be;pierre.lemaire@datapublica.be"))

    # ES: Teamtailor-like Spanish GovTech, remote
    out.append(yes("es-screen", "es", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261201T100000Z",
        "DTEND:20261201T103000Z",
        "DTSTAMP:20261125T120000Z",
        "ORGANIZER;CN=Carmen Ruiz:mailto:carmen.ruiz@govlytics.es",
        "UID:3ac9m1v7s5k0q2r8t4d6n0ebw5@google.com",
        att("carmen.ruiz@govlytics.es", "Carmen Ruiz", partstat="ACCEPTED"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hola Katrin:\n\nTe confirmo la primera entrevista (30 min) para la vacante de Product Owner Sector "
          "Público (remoto, equipo DACH). Hablaremos de tu experiencia y del proceso.\n\nUn saludo,\nCarmen Ruiz\n"
          "Talento, Govlytics S.L.\n\n" + meet("es", "gvl-ptxs-hqa")),
        s("Entrevista Govlytics – Katrin Vogel"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"),
        "Govlytics", "Product Owner Sector Público", "recruiter_screen", "carmen.ruiz@govlytics.es"))

    # ES: second interview at a foundation, Zoom
    out.append(yes("es-segunda", "es", cal("-//Zoom Video Communications//Zoom//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:zoom-88213390117-fda@zoom.us",
        "DTSTAMP:20261203T090000Z",
        "DTSTART;TZID=Europe/Madrid:20261210T170000",
        "DTEND;TZID=Europe/Madrid:20261210T180000",
        s("Segunda entrevista – Coordinadora de proyectos europeos (Fundación Datos Abiertos)"),
        d("Katrin, te escribimos para la segunda entrevista con Javier Ortega (director) y Beatriz Sanz "
          "(responsable de proyectos UE).\n\n" + zoom("es", "fda", "882 1339 0117", "Fda2026x")),
        org("javier.ortega@fundaciondatos.org", "Javier Ortega"),
        att(ME_PRIVATE, "Katrin Vogel"),
        att("beatriz.sanz@fundaciondatos.org", "Beatriz Sanz"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Madrid")),
        "Fundación Datos Abiertos", "Coordinadora de proyectos europeos", "",
        "javier.ortega@fundaciondatos.org;beatriz.sanz@fundaciondatos.org"))

    # ES: hand-typed, Apple, terse
    out.append(yes("handtyped-es", "es", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:2C4E6A80-1B3D-4F5A-9C7E-0D2F4B6A8C01",
        "DTSTAMP:20261211T200000Z",
        "DTSTART;TZID=Europe/Berlin:20261218T110000",
        "DTEND;TZID=Europe/Berlin:20261218T120000",
        s("Entrevista final Acento Público (con Lucía y el socio)"),
        d("Zoom - enlace en el correo de Lucía"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)),
        "Acento Público", "", "final", ""))

    # ES: Outlook technical with abbreviation domain
    out.append(yes("es-tecnica", "es", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Navas Gil, Sergio\":mailto:sergio.navas@agp.es",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("elena.prieto@agp.es", "Prieto Cano, Elena"),
        d("Estimada Katrin:\n\nTe convocamos a la entrevista técnica para el puesto de Consultora senior de "
          "Administración Digital. Trabajaremos sobre un caso de licitación pública.\n\nAtentamente,\nSergio Navas\n"
          "Consultora Ágora Pública S.L.\n\n" + teams("en", "391 020 774 18", "AgP9kk")),
        s("Entrevista técnica – Consultora senior de Administración Digital"),
        "DTSTART;TZID=Romance Standard Time:20261211T120000",
        "DTEND;TZID=Romance Standard Time:20261211T131500",
        "UID:040000008200E00074C5B7101A82E00800000000B9D1A3C2285EDB01000000000000000010000000A9E2",
        "DTSTAMP:20261204T170000Z",
        "END:VEVENT"]), method="REQUEST", tz=TZ_ROMANCE),
        "Consultora Ágora Pública", "Consultora senior de Administración Digital", "technical",
        "sergio.navas@agp.es;elena.prieto@agp.es"))

    # DE: federal body, Outlook, coordinator (Assistenz) optional and marked as organisation only
    out.append(yes("coordinator-excluded", "de", cal(OUTLOOK, "\n".join([
        "BEGIN:VEVENT",
        "ORGANIZER;CN=\"Assistenz Abteilung Z, BITK\":mailto:assistenz.z@bitk.bund.de",
        att(ME_PRIVATE, "Katrin Vogel"),
        att("marcus.steinbrecher@bitk.bund.de", "Steinbrecher, Marcus"),
        att("julia.noack@bitk.bund.de", "Noack, Julia"),
        att("assistenz.z@bitk.bund.de", "Assistenz Abteilung Z, BITK", role="OPT-PARTICIPANT", partstat="ACCEPTED"),
        d("Sehr geehrte Frau Vogel,\n\nim Auftrag von Herrn Steinbrecher (Abteilungsleiter) lade ich Sie zum "
          "Vorstellungsgespräch für die Stelle Referentin Produktmanagement Bundescloud ein. Frau Noack "
          "(Referatsleitung) nimmt ebenfalls teil. Ich selbst organisiere nur den Termin und bin beim Gespräch "
          "nicht anwesend.\n\nMit freundlichen Grüßen\nB. Kaufmann\nAssistenz Abteilung Z\nBundesstelle für "
          "IT-Konsolidierung\n\n" + teams("de", "344 911 280 06", "BtK4zZ")),
        s("Vorstellungsgespräch Referentin Produktmanagement Bundescloud"),
        "DTSTART;TZID=W. Europe Standard Time:20261209T133000",
        "DTEND;TZID=W. Europe Standard Time:20261209T143000",
        "UID:040000008200E00074C5B7101A82E00800000000E3F0C1B7295EDB010000000000000000100000001B1C",
        "DTSTAMP:20261201T110000Z",
        loc("Microsoft Teams-Besprechung"),
        "END:VEVENT"]), method="REQUEST", tz=TZ_WEST),
        "Bundesstelle für IT-Konsolidierung", "Referentin Produktmanagement Bundescloud", "",
        "marcus.steinbrecher@bitk.bund.de;julia.noack@bitk.bund.de"))

    # DE: SuccessFactors recruiter screen, brand different from domain
    out.append(yes("successfactors-screen", "de", cal("-//SAP SuccessFactors//Interview Scheduling//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:SF-INTV-000519034-nxr",
        "DTSTAMP:20261119T100000Z",
        "DTSTART;TZID=Europe/Berlin:20261126T100000",
        "DTEND;TZID=Europe/Berlin:20261126T103000",
        s("Erstgespräch Recruiting – Solution Consultant Public Sector (Job-ID 71022)"),
        d("Hallo Frau Vogel,\n\nvielen Dank für Ihr Interesse an Nexora Public Sector. Im Erstgespräch mit Frau "
          "Kerstin Albrecht (Talent Acquisition Partner) geht es um Ihre Motivation und Rahmenbedingungen.\n\n"
          "Nexora Deutschland GmbH – Geschäftsbereich Public Sector\n\n" + teams("de", "385 221 007 64", "Nx0r4a")),
        org("kerstin.albrecht@nxr.com", "Albrecht, Kerstin"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Nexora", "Solution Consultant Public Sector", "recruiter_screen", "kerstin.albrecht@nxr.com"))

    # DE: NGO second conversation on Meet, title in DE
    out.append(yes("ngo-zweites", "de", cal(GOOGLE, "\n".join([
        "BEGIN:VEVENT",
        "DTSTART:20261208T120000Z",
        "DTEND:20261208T130000Z",
        "DTSTAMP:20261202T084500Z",
        "ORGANIZER;CN=Jakob Winter:mailto:jakob@offenes-rathaus.org",
        "UID:7cs3m9q1v5k2t8r0d4n6b2ayl7@google.com",
        att("jakob@offenes-rathaus.org", "Jakob Winter", partstat="ACCEPTED"),
        att("mira@offenes-rathaus.org", "Mira Schöne"),
        att(ME_PRIVATE, "Katrin Vogel"),
        d("Hallo Katrin, hier die Einladung zu unserem zweiten Gespräch (Stelle: Koordination Kommunalnetzwerk). "
          "Mira ist aus dem Vorstand dabei.\nViele Grüße, Jakob – Offenes Rathaus e.V.\n\n"
          + meet("de", "orv-nkqb-uxe")),
        s("Zweites Gespräch – Koordination Kommunalnetzwerk"),
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT"]), method="REQUEST"),
        "Offenes Rathaus e.V.", "Koordination Kommunalnetzwerk", "",
        "jakob@offenes-rathaus.org;mira@offenes-rathaus.org"))

    # DE: hand-typed with address, terse "VG"
    out.append(yes("handtyped-vg", "de", cal(IOS, "\n".join([
        "BEGIN:VEVENT",
        "UID:5B7D9F1A-3C5E-4A7B-8D9F-1A3C5E7B9D2F",
        "DTSTAMP:20261201T183000Z",
        "DTSTART;TZID=Europe/Berlin:20261211T103000",
        "DTEND;TZID=Europe/Berlin:20261211T113000",
        s("VG Kommunalbetriebe Augsburg – Ref. Digitalisierung"),
        loc("Hoher Weg 8, Augsburg"),
        d("Fr. Dr. Ostertag, Hr. Baur. Zug 9:12 ab Hbf"),
        "END:VEVENT"]), tz=olson("Europe/Berlin", lic=False)),
        "Kommunalbetriebe Augsburg", "", "", ""))

    # DE: founder on iCloud, startup named in title
    out.append(yes("founder-icloud", "de", cal(APPLE, "\n".join([
        "BEGIN:VEVENT",
        "UID:E3A1C5B7-9D2F-4E6A-8B0C-2D4F6A8C0E1B",
        "DTSTAMP:20261204T121200Z",
        "DTSTART;TZID=Europe/Berlin:20261210T173000",
        "DTEND;TZID=Europe/Berlin:20261210T183000",
        s("Formlos × Katrin – Gespräch Gründerteam (Product Lead)"),
        d("Wir (Nils & Aylin) möchten dich nach dem Call mit unserer Recruiterin persönlich kennenlernen. "
          "Büro im Impact Hub, 2. Stock."),
        loc("Impact Hub München, Gotzinger Str. 8"),
        "ORGANIZER;CN=Nils Hartmann:mailto:nils.hartmann@icloud.com",
        att("nils.hartmann@icloud.com", "Nils Hartmann", partstat="ACCEPTED"),
        att("aylin@formlos.app", "Aylin Korkmaz"),
        att(ME_PRIVATE, "Katrin Vogel"),
        "END:VEVENT"]), method="REQUEST", tz=olson("Europe/Berlin")),
        "Formlos", "Product Lead", "hiring_manager", "nils.hartmann@icloud.com;aylin@formlos.app"))

    # DE: forwarded own invite, private copy in mailbox.org (organizer stays the employer)
    out.append(yes("own-forward", "de", cal("-//Open-Xchange//7.10.6-Rev40//EN", "\n".join([
        "BEGIN:VEVENT",
        "UID:a91f1e0c-7d3b-4b2e-9b51-ekomnord-vg@ekom-nord.de",
        "DTSTAMP:20261205T091500Z",
        "DTSTART;TZID=Europe/Berlin:20261214T110000",
        "DTEND;TZID=Europe/Berlin:20261214T120000",
        s("WG: Einladung zum Vorstellungsgespräch – ekom Nord"),
        d("-----Ursprüngliche Nachricht-----\nVon: Bewerbermanagement ekom Nord <bewerbung@ekom-nord.de>\n"
          "Betreff: Einladung zum Vorstellungsgespräch\n\nSehr geehrte Frau Vogel,\nwir laden Sie für die Stelle "
          "Produktmanagerin Finanzverfahren (Kennziffer 2026-77) zu einem Vorstellungsgespräch mit Herrn Olaf "
          "Brinkmann "
          "(Bereichsleitung Finanzwesen) ein.\n\nekom Nord – Kommunaler IT-Zweckverband"),
        loc("Videokonferenz"),
        org("bewerbung@ekom-nord.de", "Bewerbermanagement ekom Nord"),
        att(ME_PRIVATE, "Katrin Vogel", partstat="ACCEPTED"),
        att("olaf.brinkmann@ekom-nord.de", "Olaf Brinkmann"),
        "END:VEVENT"]), method="PUBLISH", tz=olson("Europe/Berlin")),
        "ekom Nord", "Produktmanagerin Finanzverfahren", "", "olaf.brinkmann@ekom-nord.de"))

    return out
