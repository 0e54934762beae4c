"""holdout106: the user's own interviews, part B (blind author, CC0 1.0)."""

from __future__ import annotations

from holdout106ev_boiler import meet_en, meet_fr, teams_en, webex_fr, zoom_de, zoom_en
from holdout106ev_ics import (
    APPLE,
    BER,
    EXCHANGE,
    GOOGLE,
    MACOS,
    MAD,
    OUTLOOK,
    THUNDERBIRD,
    USER_FREE,
    USER_WORK,
    UTC1FR,
    WEU,
    ZRH,
    Ev,
    att,
    dt,
    one,
    org,
    prop,
    room,
)

Z = "Europe/Zurich"
W = "W. Europe Standard Time"
ME = att(USER_FREE, "Urs Brunner")


def events() -> list[Ev]:
    out: list[Ev] = []
    a = out.append

    a(one("google-meet-fr", "6hs0lq2ve9o1c3k7nb5u8m4aaf@google.com", [
        dt("DTSTART", "20250410T090000", Z), dt("DTEND", "20250410T100000", Z),
        prop("SUMMARY", "Entretien – Responsable d'exploitation métro (MLO)"),
        prop("DESCRIPTION", "Bonjour Monsieur Brunner,\n\nNous nous réjouissons de notre entretien en visio avec "
             "Isabelle Chappuis (RH) et Olivier Perret (chef de l'exploitation).\n\nMeilleures salutations\n"
             "Métro Lausanne-Ouest SA\n\n" + meet_fr("rbc-xuhm-pdk")),
        org("isabelle.chappuis@mlo-metro.ch", "Isabelle Chappuis"),
        att("olivier.perret@mlo-metro.ch", "Olivier Perret"), ME,
    ], GOOGLE, iv=1, company="Métro Lausanne-Ouest", role="Responsable d'exploitation métro",
        who="isabelle.chappuis@mlo-metro.ch;olivier.perret@mlo-metro.ch", tzs=(ZRH,)))

    a(one("outlook-final-fr", "040000008200E00074C5B7101A82E00800000000CGV0514F1D8A9DB0100000000000000001000"
          "00005E6B", [
        prop("SUMMARY;LANGUAGE=fr-CH", "Entretien final - Chef de service Formation des mécaniciens"),
        dt("DTSTART", "20250514T140000", "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"),
        dt("DTEND", "20250514T153000", "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"),
        prop("LOCATION", "CGV, Salle du conseil, Avenue de la Gare 9, 1040 Echallens"),
        prop("DESCRIPTION", "Monsieur,\n\nSuite à votre premier entretien, nous avons le plaisir de vous convier "
             "à l'entretien final avec M. Alain Rochat, directeur, et moi-même.\n\nSébastien Monnier\nChef "
             "du personnel\nChemins de fer du Gros-de-Vaud"),
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Monsieur,</p><p>Suite à votre premier entretien, nous "
        "avons le plaisir de vous convier à l'entretien final.</p></body></html>",
        org("sebastien.monnier@cgv-rail.ch", "Monnier, Sébastien"),
        att("alain.rochat@cgv-rail.ch", "Rochat, Alain"), ME,
        room("salle.conseil@cgv-rail.ch", "ECH Salle du conseil"),
    ], OUTLOOK, iv=1, company="Chemins de fer du Gros-de-Vaud", role="Chef de service Formation des mécaniciens",
        stage="final", who="sebastien.monnier@cgv-rail.ch;alain.rochat@cgv-rail.ch", tzs=(UTC1FR,)))

    a(one("webex-fr", "JSR-ENT-2025-0408-URSB@jsrail.ch", [
        dt("DTSTART", "20250408T160000", W), dt("DTEND", "20250408T164500", W),
        prop("SUMMARY", "Entretien vidéo : Régulateur·trice de circulation – M. Urs Brunner"),
        prop("DESCRIPTION", "Madame Céline Jaquet, responsable recrutement, vous accueillera sur Webex.\n\n"
             + webex_fr("27581143902", "jsrail")),
        org("celine.jaquet@jsrail.ch", "Jaquet, Céline"), ME,
    ], OUTLOOK, iv=1, company="Jura-Simplon Rail", role="Régulateur·trice de circulation",
        who="celine.jaquet@jsrail.ch", tzs=(WEU,)))

    a(one("thunderbird-handtyped-fr", "0f5c2d9e-1a3b-47c6-8d2e-tpnl-entretien", [
        prop("SUMMARY", "Entretien TPNL – instructeur conduite tram"),
        dt("DTSTART", "20250416T100000", Z), dt("DTEND", "20250416T113000", Z),
        prop("LOCATION", "Quai Philippe-Godet 5, Neuchâtel"),
        prop("DESCRIPTION", "Avec Mme Perrin (RH) et M. Vuilleumier (chef instructeurs). Train 8h34 Berne."),
    ], THUNDERBIRD, iv=1, company="Transports Publics Neuchâtel-Littoral", role="instructeur conduite tram",
        who="perrin;vuilleumier", method=None, tzs=(ZRH,)))

    a(one("zoom-de", "zsb-zoom-87733012459@zugerseebus.ch", [
        dt("DTSTART", "20250325T170000", Z), dt("DTEND", "20250325T174500", Z),
        prop("SUMMARY", "Zoom-Interview: Leiter/in Disposition Zugersee Bus"),
        prop("DESCRIPTION", "Lieber Urs\nDanke für deine Bewerbung. Ich (Markus Aeschlimann, Geschäftsführer) "
             "freue mich auf den Austausch.\n\n" + zoom_de("87733012459", "WnNiMjAyNQ")),
        org("markus.aeschlimann@zugerseebus.ch", "Markus Aeschlimann"), ME,
    ], MACOS, iv=1, company="Zugersee Bus", role="Leiter/in Disposition", stage="hiring_manager",
        who="markus.aeschlimann@zugerseebus.ch", tzs=(ZRH,)))

    a(one("agency-names-employer-fr", "MOBILIS-7781-LEMANFRET-20250505", [
        dt("DTSTART", "20250505T103000", Z), dt("DTEND", "20250505T113000", Z),
        prop("SUMMARY", "Entretien chez Léman Fret SA – Coordinateur trafic marchandises"),
        prop("LOCATION", "Léman Fret SA, Chemin du Port 3, 1110 Morges"),
        prop("DESCRIPTION", "Bonjour Urs,\nComme convenu, voici la convocation chez notre client. Vous "
             "rencontrerez M. Pascal Gay, responsable des opérations.\nBonne chance !\nSophie Rey, consultante\n"
             "Mobilis Personal SA – Lausanne"),
        org("sophie.rey@mobilis-personal.ch", "Sophie Rey"), att("pascal.gay@lemanfret.ch", "Pascal Gay"), ME,
    ], GOOGLE, iv=1, company="Léman Fret", role="Coordinateur trafic marchandises", who="pascal.gay@lemanfret.ch",
        tzs=(ZRH,)))

    a(one("headhunter-en", "HTS-CAND-0419-NRB@helvetic-transport-search.ch", [
        dt("DTSTART", "20250430T150000", W), dt("DTEND", "20250430T160000", W),
        prop("SUMMARY", "Interview Urs Brunner – Head of Driver Training (client meeting)"),
        prop("LOCATION", "Nordwest Regio Bahn AG, Güterstrasse 120, 4053 Basel"),
        prop("DESCRIPTION", "Dear Urs,\n\nAs discussed, our client Nordwest Regio Bahn AG would like to meet you. "
             "You will meet Andrea Vogt, Head of Operations and your future line manager. Please call me "
             "afterwards.\n\nKind regards\nPatrick Huber\nPartner, Helvetic Transport Search"),
        org("p.huber@helvetic-transport-search.ch", "Huber, Patrick"),
        att("andrea.vogt@nrb-bahn.ch", "Vogt, Andrea"), ME,
    ], OUTLOOK, iv=1, company="Nordwest Regio Bahn", role="Head of Driver Training", stage="hiring_manager",
        who="andrea.vogt@nrb-bahn.ch", tzs=(WEU,), trap="headhunter-en"))

    a(one("icims-en", "icims-2025-1187-iv-338812@crc-rail.com", [
        "DTSTART:20250401T120000Z", "DTEND:20250401T124500Z",
        prop("SUMMARY", "Interview Invitation – Rail Safety Instructor (Req 2025-1187)"),
        prop("DESCRIPTION", "Dear Urs Brunner,\n\nThank you for your interest in Continental Rail Cargo. You are "
             "invited to a first interview with Julia Brandt, Talent Acquisition.\n\n"
             + teams_en("730018224561", "Cg8Lp3") + "\n\nThis invitation was sent from iCIMS."),
        org("careers@crc-rail.com", "Continental Rail Cargo Careers"),
        att("julia.brandt@crc-rail.com", "Julia Brandt"), ME,
    ], OUTLOOK, iv=1, company="Continental Rail Cargo", role="Rail Safety Instructor", stage="recruiter_screen",
        who="julia.brandt@crc-rail.com"))

    a(one("teams-technical-en", "CRC-TECH-1187-20250415-002", [
        dt("DTSTART", "20250415T090000", W), dt("DTEND", "20250415T103000", W),
        prop("SUMMARY", "Technical interview – Rail Safety Instructor – Urs Brunner"),
        prop("DESCRIPTION", "Panel: Henrik Lindqvist (Safety Manager CH/DE), Fabio Rota (Senior Instructor). "
             "Topics: incident investigation, SiFa/ETCS rules, instructing mixed crews.\n\n"
             + teams_en("730018290114", "Lp3Cg8")),
        org("julia.brandt@crc-rail.com", "Brandt, Julia"),
        att("henrik.lindqvist@crc-rail.com", "Lindqvist, Henrik"), att("fabio.rota@crc-rail.com", "Rota, Fabio"),
        ME,
    ], EXCHANGE, iv=1, company="Continental Rail Cargo", role="Rail Safety Instructor", stage="technical",
        who="henrik.lindqvist@crc-rail.com;fabio.rota@crc-rail.com", tzs=(WEU,)))

    a(one("cancelled-status-de", "2bn4ur0dk9c8v7x6z5l4m3h2p1@google.com", [
        dt("DTSTART", "20250409T080000", Z), dt("DTEND", "20250409T090000", Z),
        prop("SUMMARY", "Abgesagt: Gespräch Leiter Fahrschule BSL"),
        prop("DESCRIPTION", "Stelle wurde intern besetzt – Termin entfällt. Beste Grüsse, Esther Kunz, Busbetriebe "
             "Solothurn-Land"),
        org("esther.kunz@bsl-bus.ch", "Esther Kunz"), ME, "STATUS:CANCELLED", "SEQUENCE:3",
    ], GOOGLE, iv=1, company="Busbetriebe Solothurn-Land", role="Leiter Fahrschule", who="esther.kunz@bsl-bus.ch",
        method="PUBLISH", tzs=(ZRH,), trap="status-cancelled-de"))

    a(one("spanish-remote-es", "iberail-entrevista-0422-ub@iberailformacion.es", [
        dt("DTSTART", "20250422T100000", "Europe/Madrid"), dt("DTEND", "20250422T104500", "Europe/Madrid"),
        prop("SUMMARY", "Entrevista – Instructor/a de conducción ETCS (remoto) – Urs Brunner"),
        prop("DESCRIPTION", "Hola Urs:\nTe confirmamos la primera entrevista con Marta Ruiz (RR. HH.) de Ibérica "
             "Rail Formación. Podemos hablar en inglés si lo prefieres.\n\n" + meet_en("cwe-hbqt-ysa")),
        org("marta.ruiz@iberailformacion.es", "Marta Ruiz"), ME,
    ], GOOGLE, iv=1, company="Ibérica Rail Formación", role="Instructor/a de conducción ETCS",
        stage="recruiter_screen", who="marta.ruiz@iberailformacion.es", tzs=(MAD,)))

    a(one("outlook-last-first-hm-en", "040000008200E00074C5B7101A82E00800000000IGOT0509B2C1DB010000000000000000", [
        prop("SUMMARY", "Interview Urs Brunner - Terminal Operations Lead (HM)"),
        dt("DTSTART", "20250509T130000", W), dt("DTEND", "20250509T140000", W),
        prop("LOCATION", "Terminal Stabio, Via Gaggiolo 7, 6855 Stabio; Microsoft Teams Meeting"),
        prop("DESCRIPTION", "Hiring manager conversation with Gianni Rossi (Head of Terminals). Luca will join "
             "for the first five minutes only.\n\n" + teams_en("600442187930", "Gt6Ab2")),
        org("luca.bernasconi@intermodal-gotthard.ch", "Bernasconi, Luca"),
        att("gianni.rossi@intermodal-gotthard.ch", "Rossi, Gianni"), ME,
    ], OUTLOOK, iv=1, company="Intermodal Gotthard", role="Terminal Operations Lead", stage="hiring_manager",
        who="gianni.rossi@intermodal-gotthard.ch", tzs=(WEU,), trap="outlook-last-first-coordinator-en"))

    a(one("direct-signature-only-de", "7ti2o8r4d0bq6e3g1h5k9m2aqe@google.com", [
        dt("DTSTART", "20250318T140000", Z), dt("DTEND", "20250318T150000", Z),
        prop("SUMMARY", "Gespräch Instruktor:in Lokpersonal"),
        prop("LOCATION", "Seetalplatz 4, 6020 Emmenbrücke"),
        prop("DESCRIPTION", "Grüezi Herr Brunner\nGerne erwarte ich Sie zum Gespräch über die ausgeschriebene "
             "Stelle.\n\nNicole Rüfenacht\nLeiterin Ausbildung Lokpersonal\nSeetal-Rigi Bahnen AG | "
             "Seetalplatz 4 | 6020 Emmenbrücke"),
        org("nicole.ruefenacht@srb-bahnen.ch", "Nicole Rüfenacht"), ME,
    ], GOOGLE, iv=1, company="Seetal-Rigi Bahnen", role="Instruktor:in Lokpersonal",
        who="nicole.ruefenacht@srb-bahnen.ch", tzs=(ZRH,), trap="company-in-signature-de"))

    a(one("exchange-final-room-resource-de", "040000008200E00074C5B7101A82E00800000000LSO0606A1B2DB0100000000", [
        prop("SUMMARY", "Schlussgespräch Leiter Ausbildungszentrum – U. Brunner"),
        dt("DTSTART", "20250606T100000", W), dt("DTEND", "20250606T113000", W),
        prop("LOCATION", "Lokschule Olten AG, Konferenzraum 1, Aarauerstrasse 55, 4600 Olten"),
        prop("DESCRIPTION", "Schlussgespräch mit der Geschäftsleitung (Beat Zürcher, CEO; Monika Eggimann, "
             "Leiterin Finanzen & Personal). Bitte 10 Minuten Präsentation Ihrer Ideen für das "
             "Ausbildungszentrum vorbereiten."),
        org("beat.zuercher@lokschule.ch", "Zürcher, Beat", sent_by="sekretariat@lokschule.ch"),
        att("monika.eggimann@lokschule.ch", "Eggimann, Monika"), ME,
        room("konf1@lokschule.ch", "OLT Konferenzraum 1"),
        att("beamer2@lokschule.ch", "Beamer mobil 2", role="NON-PARTICIPANT", cutype="RESOURCE", rsvp=False),
    ], EXCHANGE, iv=1, company="Lokschule Olten", role="Leiter Ausbildungszentrum", stage="final",
        who="beat.zuercher@lokschule.ch;monika.eggimann@lokschule.ch", tzs=(WEU,)))

    a(one("practical-lesson-de", "bam-probelektion-0424@bam-ausbildung.ch", [
        dt("DTSTART", "20250424T133000", Z), dt("DTEND", "20250424T160000", Z),
        prop("SUMMARY", "Probelektion – Bewerbung Instruktor Lokführerausbildung (Bahnakademie Mittelland)"),
        prop("LOCATION", "Bahnakademie Mittelland, Schulungsraum 3, Hauptgasse 7, 3280 Murten"),
        prop("DESCRIPTION", "Sie unterrichten 30 Minuten eine Anwärterklasse (Thema: Bremsprobe). Anschliessend "
             "Fachgespräch mit Peter Gfeller und Anna Rentsch."),
        org("anna.rentsch@bam-ausbildung.ch", "Anna Rentsch"),
        att("peter.gfeller@bam-ausbildung.ch", "Peter Gfeller"), ME,
    ], GOOGLE, iv=1, company="Bahnakademie Mittelland", role="Instruktor Lokführerausbildung", stage="technical",
        who="peter.gfeller@bam-ausbildung.ch;anna.rentsch@bam-ausbildung.ch", tzs=(ZRH,)))

    a(one("phone-screen-fr", "TPFS-TEL-0402-brunner", [
        dt("DTSTART", "20250402T080000", W), dt("DTEND", "20250402T083000", W),
        prop("SUMMARY", "Entretien téléphonique – Chef·fe de circulation – Urs Brunner"),
        prop("LOCATION", "Par téléphone (nous vous appelons)"),
        prop("DESCRIPTION", "Premier échange téléphonique avec Mme Laure Bapst, RH, Transports Publics "
             "Fribourgeois Sud."),
        org("laure.bapst@tpfs.ch", "Bapst, Laure"), ME,
    ], OUTLOOK, iv=1, company="Transports Publics Fribourgeois Sud", role="Chef·fe de circulation",
        stage="recruiter_screen", who="laure.bapst@tpfs.ch", tzs=(WEU,)))

    a(one("onsite-assessment-fr", "TPFS-ASSESS-0513-brunner", [
        dt("DTSTART", "20250513T083000", W), dt("DTEND", "20250513T153000", W),
        prop("SUMMARY", "Invitation : journée d'évaluation – Chef·fe de circulation"),
        prop("LOCATION", "TPFS, Centre d'exploitation, Route de la Gare 2, 1630 Bulle"),
        prop("DESCRIPTION", "Programme : mise en situation au poste de régulation (simulation de perturbations), "
             "entretien avec M. Yves Pasquier (chef d'exploitation) et Mme Laure Bapst (RH), visite du dépôt."),
        org("laure.bapst@tpfs.ch", "Bapst, Laure"), att("yves.pasquier@tpfs.ch", "Pasquier, Yves"), ME,
    ], OUTLOOK, iv=1, company="Transports Publics Fribourgeois Sud", role="Chef·fe de circulation",
        stage="onsite", who="yves.pasquier@tpfs.ch;laure.bapst@tpfs.ch", tzs=(WEU,)))

    a(one("apple-phone-handtyped-de", "E1A9C7B3-2D4F-4A6B-9C8E-7F5D3B1A0C2E", [
        dt("DTSTART", "20250320T121500", Z), dt("DTEND", "20250320T124500", Z),
        prop("SUMMARY", "Tel. Fr. Stalder wg. Stelle Betriebsleiter Emmentaler Bus"),
        prop("DESCRIPTION", "Barbara Stalder ruft an (HR). Pause in Thun nutzen!"),
        "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:DISABLED",
    ], APPLE, iv=1, company="Emmentaler Bus", role="Betriebsleiter", stage="recruiter_screen",
        who="barbara stalder", method=None, tzs=(ZRH,), trap="handtyped-phone-de"))

    a(one("google-handtyped-round2-de", "5ud0k8s1g3a9l2f6t4q7w0e1xz@google.com", [
        dt("DTSTART", "20250526T133000", Z), dt("DTEND", "20250526T150000", Z),
        prop("SUMMARY", "Cargo Alpina 2. Runde (Hofstetter)"),
        prop("LOCATION", "Cargo Alpina, Erlachstrasse 16, Bern"),
        prop("DESCRIPTION", "Nach Frühtour! Unterlagen Lokpersonalplanung mitnehmen"),
    ], GOOGLE, iv=1, company="Cargo Alpina", who="hofstetter", method="PUBLISH", tzs=(ZRH,),
        trap="handtyped-round2-de"))

    a(one("founder-freemail-zoom-en", "gleisblick-urs-0508@gmail.com-zoom", [
        "DTSTART:20250508T160000Z", "DTEND:20250508T164500Z",
        prop("SUMMARY", "Urs x Gleisblick"),
        prop("DESCRIPTION", "Hi Urs, great to connect! As mentioned we're looking for someone with real "
             "cab experience for the Operations Liaison role at Gleisblick (we're 9 people, predictive track "
             "maintenance). Mia (my co-founder) will join too.\nFlorian\n\n" + zoom_en("78321190544", "R2xlaXNi")),
        org("florian.gasser@gmail.com", "Florian Gasser"), att("mia.sutter.ch@proton.me", "Mia Sutter"), ME,
    ], GOOGLE, iv=1, company="Gleisblick", role="Operations Liaison",
        who="florian.gasser@gmail.com;mia.sutter.ch@proton.me", tzs=(ZRH,), trap="founder-freemail-en"))

    a(one("utc-exchange-hm-de", "GBR-IV2-20250513-0900@gbr-hafen.ch", [
        "DTSTART:20250520T070000Z", "DTEND:20250520T080000Z",
        prop("SUMMARY", "2. Gespräch Rangierleiter-Ausbildner – Brunner / Schnellmann"),
        prop("LOCATION", "GBR Hafenbahnhof Kleinhüningen, Westquaistrasse 12, 4057 Basel"),
        prop("DESCRIPTION", "Gespräch mit Roger Schnellmann, Leiter Rangierbetrieb. Sicherheitsschuhe für den "
             "Rundgang mitnehmen."),
        org("silvia.luethi@gbr-hafen.ch", "Lüthi, Silvia"),
        att("roger.schnellmann@gbr-hafen.ch", "Schnellmann, Roger"), ME,
    ], EXCHANGE, iv=1, company="Güterbahn Basel-Rheinhafen", role="Rangierleiter-Ausbildner",
        stage="hiring_manager", who="roger.schnellmann@gbr-hafen.ch", trap="utc-second-round-de"))

    a(one("same-first-name-de", "RBF-VG-20250604-UB@rbf-bahn.ch", [
        dt("DTSTART", "20250604T150000", W), dt("DTEND", "20250604T160000", W),
        prop("SUMMARY", "Vorstellungsgespräch Teamleiter Lokpersonal – Urs Brunner / Urs Baumann"),
        prop("LOCATION", "Regionalbahn Fricktal AG, Bahnhofstrasse 3, 4310 Rheinfelden"),
        prop("DESCRIPTION", "Gespräch mit Urs Baumann, Leiter Zugförderung. Anmeldung am Schalter."),
        org("urs.baumann@rbf-bahn.ch", "Baumann, Urs"), ME,
    ], OUTLOOK, iv=1, company="Regionalbahn Fricktal", role="Teamleiter Lokpersonal", stage="hiring_manager",
        who="urs.baumann@rbf-bahn.ch", tzs=(WEU,), trap="interviewer-same-first-name-de"))

    a(one("internal-application-work-de", "040000008200E00074C5B7101A82E00800000000BLSINT0611C3DB0100000000", [
        prop("SUMMARY", "Interne Bewerbung: Gespräch Teamleiter Lokpersonal Depot Bern"),
        dt("DTSTART", "20250611T130000", W), dt("DTEND", "20250611T140000", W),
        prop("LOCATION", "Verwaltung Genfergasse, Sitzungszimmer 4.12"),
        prop("DESCRIPTION", "Lieber Urs\nDanke für deine interne Bewerbung. Ich lade dich zusammen mit Peter "
             "Moser (Leiter Zugpersonal) zum Gespräch ein.\nGruss, Ramona Schläfli, HR"),
        org("ramona.schlaefli@bls-bahnbetrieb-bern.ch", "Schläfli, Ramona"),
        att("peter.moser@bls-bahnbetrieb-bern.ch", "Moser, Peter"), att(USER_WORK, "Brunner, Urs"),
    ], OUTLOOK, iv=1, company="BLS Bahnbetrieb Bern", role="Teamleiter Lokpersonal Depot Bern",
        who="ramona.schlaefli@bls-bahnbetrieb-bern.ch;peter.moser@bls-bahnbetrieb-bern.ch", tzs=(WEU,),
        trap="internal-application-work-de"))

    a(one("hochrhein-simulator-de", "hrb-sim-2025-0521-brunner@hochrhein-bahn.de", [
        dt("DTSTART", "20250528T090000", "Europe/Berlin"), dt("DTEND", "20250528T120000", "Europe/Berlin"),
        prop("SUMMARY", "Praktischer Teil: Simulatorfahrt und Unterrichtssequenz (Bewerbung Tf-Ausbilder)"),
        prop("LOCATION", "Ausbildungszentrum Hochrhein-Bahn, Simulator 1, Waldshut"),
        prop("DESCRIPTION", "Beobachtung durch Kai Brenner und Jörg Maurer (Ausbilder). Bitte 15 Min. vorher "
             "am Empfang melden."),
        org("kai.brenner@hochrhein-bahn.de", "Brenner, Kai"), att("joerg.maurer@hochrhein-bahn.de", "Maurer, Jörg"),
        ME,
    ], OUTLOOK, iv=1, company="Hochrhein-Bahn", role="Tf-Ausbilder", stage="technical",
        who="kai.brenner@hochrhein-bahn.de;joerg.maurer@hochrhein-bahn.de", tzs=(BER,)))

    a(one("smartrecruiters-fr", "sr-ivw-9f82c1a7d3e4@smartrecruiters.com", [
        dt("DTSTART", "20250417T090000", Z), dt("DTEND", "20250417T100000", Z),
        prop("SUMMARY", "Entretien – Chef·fe d'exploitation ferroviaire (Aigle) – TPCL"),
        prop("LOCATION", "TPCL, Rue de la Gare 38, 1860 Aigle"),
        prop("DESCRIPTION", "Bonjour Urs Brunner,\nVotre entretien est confirmé avec Nathalie Rochat "
             "(ressources humaines) et Jean-Marc Favre (directeur de l'exploitation).\nTransports Publics du "
             "Chablais Lémanique SA\n\nEnvoyé par SmartRecruiters"),
        org("no-reply@smartrecruiters.com", "TPCL Recrutement"),
        att("nathalie.rochat@tpcl.ch", "Nathalie Rochat"), att("jean-marc.favre@tpcl.ch", "Jean-Marc Favre"), ME,
    ], GOOGLE, iv=1, company="Transports Publics du Chablais Lémanique", role="Chef·fe d'exploitation ferroviaire",
        who="nathalie.rochat@tpcl.ch;jean-marc.favre@tpcl.ch", tzs=(ZRH,)))

    a(one("google-panel-tram-de", "tvl-panel-0514-ub@limmattram.ch", [
        dt("DTSTART", "20250516T083000", Z), dt("DTEND", "20250516T100000", Z),
        prop("SUMMARY", "Zweitgespräch Leiter/in Fahrdienst Tram – Urs Brunner"),
        prop("LOCATION", "Limmattram, Depot Hard, Hardstrasse 251, 8005 Zürich"),
        prop("DESCRIPTION", "Gremium: Stefan Kühni (Leiter Betrieb), Carla Demarmels (Direktorin), Martina "
             "Zaugg (HR, Protokoll – stellt keine Fragen)."),
        org("martina.zaugg@limmattram.ch", "Martina Zaugg"),
        att("stefan.kuehni@limmattram.ch", "Stefan Kühni"), att("carla.demarmels@limmattram.ch", "Carla Demarmels"),
        ME,
    ], GOOGLE, iv=1, company="Limmattram", role="Leiter/in Fahrdienst Tram", stage="final",
        who="stefan.kuehni@limmattram.ch;carla.demarmels@limmattram.ch", tzs=(ZRH,), trap="note-taker-de"))

    a(one("teamtailor-fr", "tt-entretien-7730214-autocars-leman", [
        dt("DTSTART", "20250519T140000", Z), dt("DTEND", "20250519T150000", Z),
        prop("SUMMARY", "Entretien avec Autocars du Léman : Responsable formation des conducteurs"),
        prop("DESCRIPTION", "Bonjour Urs,\nMerci pour ta candidature ! Tu rencontreras Damien Favre (directeur "
             "d'exploitation) et Léa Morard (RH) dans nos bureaux de Vevey.\nÀ bientôt,\nL'équipe Autocars du "
             "Léman\n\nEnvoyé via Teamtailor"),
        prop("LOCATION", "Autocars du Léman SA, Avenue Reller 14, 1800 Vevey"),
        org("lea.morard@autocars-leman.ch", "Léa Morard"), att("damien.favre@autocars-leman.ch", "Damien Favre"),
        ME,
    ], GOOGLE, iv=1, company="Autocars du Léman", role="Responsable formation des conducteurs",
        who="damien.favre@autocars-leman.ch;lea.morard@autocars-leman.ch", tzs=(ZRH,), trap="teamtailor-fr"))

    a(one("workday-de", "WD-INTERVIEW-JR20250088-5520931@myworkday.com", [
        "DTSTART:20250521T120000Z", "DTEND:20250521T130000Z",
        prop("SUMMARY", "Ihr Interview: Teamleiter/in Disposition (JR-2025-0088)"),
        prop("LOCATION", "Microsoft Teams"),
        prop("DESCRIPTION", "Guten Tag Urs Brunner\n\nIhr Interview wurde geplant.\nStelle: Teamleiter/in "
             "Disposition (JR-2025-0088), Rheinalp Intermodal AG, Birsfelden\nInterviewer: Oliver Brändli "
             "(Leiter Disposition), Fatima Osmani (HR)\nKoordination: Recruiting Center\n\n"
             + teams_en("611200938471", "Rh5Al9") + "\n\nDiese Nachricht wurde von Workday generiert."),
        org("rheinalp@myworkday.com", "Rheinalp Recruiting Center"),
        att("oliver.braendli@rheinalp.ch", "Oliver Brändli"), att("fatima.osmani@rheinalp.ch", "Fatima Osmani"),
        ME,
    ], OUTLOOK, iv=1, company="Rheinalp Intermodal", role="Teamleiter/in Disposition",
        who="oliver.braendli@rheinalp.ch;fatima.osmani@rheinalp.ch", trap="workday-de"))

    a(one("description-only-names-de", "ssr-vg-leitstelle-0610@ssr-bus.ch", [
        dt("DTSTART", "20250610T093000", Z), dt("DTEND", "20250610T110000", Z),
        prop("SUMMARY", "Vorstellungsgespräch Leiter/in Leitstelle"),
        prop("LOCATION", "Stadtverkehr Schaffhausen-Rhein, Ebnatstrasse 80, 8200 Schaffhausen"),
        prop("DESCRIPTION", "Grüezi Herr Brunner\nGesprächsteilnehmende: Herr Samuel Vetterli (Direktor) und "
             "Frau Rahel Koller (Leiterin Personal). Parkplätze beim Depot vorhanden.\nFreundliche Grüsse\n"
             "Rahel Koller"),
        org("personal@ssr-bus.ch", "SSR Personal"), ME,
    ], MACOS, iv=1, company="Stadtverkehr Schaffhausen-Rhein", role="Leiter/in Leitstelle",
        who="samuel vetterli;rahel koller", tzs=(ZRH,), trap="interviewers-in-body-only-de"))

    return out
