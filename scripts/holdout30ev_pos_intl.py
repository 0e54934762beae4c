"""Holdout30 positives in German, French and Spanish: Ethan Walsh's own interviews abroad and remote."""

from __future__ import annotations

from holdout30ev_ics import (
    APPLE,
    EXCHANGE,
    GOOGLE,
    ME_PRIVATE,
    OUTLOOK,
    Case,
    att,
    calendar,
    meet,
    org,
    teams,
    vevent,
    webex,
    zoom,
)

ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
RES = "CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT"
ME = att(ME_PRIVATE, "Ethan Walsh")


def cases() -> list[Case]:
    """Given nothing returns the German, French and Spanish positive cases."""
    out: list[Case] = []

    def add(kind: str, lang: str, uid: str, text: str, company: str, role: str, stage: str, ivs: list[str],
            trap: str = "") -> None:
        out.append(Case(kind, lang, uid, True, text, company, role, stage, ivs, trap))

    # German
    u = "h30-de-personio-1"
    add("de-personio-erstgespraech", "de", u, calendar("-//Personio GmbH//Personio//EN", [vevent(
        u, "Erstgespräch: Data Analyst (m/w/d) – Ethan Walsh", "20261203T100000", "20261203T103000",
        "Europe/Berlin",
        "Hallo Ethan,\n\nvielen Dank für deine Bewerbung bei der Spreeversicherung. Im Erstgespräch lernst du "
        "Lena Hoffmann aus dem Recruiting kennen.\n\nViele Grüße\nDein Spreeversicherung People Team\n\n" +
        meet("spv-kqrt-uwa", "5530 1127"), "Google Meet",
        [org("jobs@spreeversicherung.jobs.personio.de", "Spreeversicherung"), ME,
         att("lena.hoffmann@spreeversicherung.de", "Lena Hoffmann")])], ("Europe/Berlin",)),
        "Spreeversicherung", "Data Analyst (m/w/d)", "recruiter_screen", ["lena.hoffmann@spreeversicherung.de"],
        "ats_name")

    u = "h30-de-outlook-fach"
    add("de-fachinterview-windows", "de", u, calendar(OUTLOOK, [vevent(
        u, "Fachinterview BI-Analyst Schadenmanagement – Herr Walsh", "20261208T140000", "20261208T151500",
        "W. Europe Standard Time",
        "Sehr geehrter Herr Walsh,\n\nwie telefonisch besprochen laden wir Sie zum Fachinterview für die Position "
        "BI-Analyst Schadenmanagement ein. Gesprächspartner: Dr. Jens Albrecht (Abteilungsleiter Schaden-Controlling)"
        " und Miriam Otto (Senior Data Engineer). Es erwartet Sie eine kleine SQL-Aufgabe.\n\nMit freundlichen "
        "Grüßen\nRheinland Assekuranz AG, Personalabteilung\n\n" + teams("344 772 190 551", "Ra7Kx2"),
        "Microsoft Teams-Besprechung",
        [org("karriere@rheinland-assekuranz.de", "Personal Rheinland Assekuranz"), ME,
         att("jens.albrecht@rheinland-assekuranz.de", "Albrecht, Jens Dr."),
         att("miriam.otto@rheinland-assekuranz.de", "Otto, Miriam")])], ("W. Europe Standard Time",)),
        "Rheinland Assekuranz", "BI-Analyst Schadenmanagement", "technical",
        ["jens.albrecht@rheinland-assekuranz.de", "miriam.otto@rheinland-assekuranz.de"])

    u = "h30-de-vorort-ber"
    add("de-vorstellung-vor-ort", "de", u, calendar(GOOGLE, [vevent(
        u, "Vorstellungsgespräch vor Ort bei Kranich Finanz (Datenanalyst)", "20261214T093000", "20261214T130000",
        "Europe/Berlin",
        "Ablauf: 9:30 Begrüßung durch Frau Vogt (HR), 10:00 Fallstudie mit Tobias Lenz, 11:30 Gespräch mit der "
        "Bereichsleiterin Katrin Scholz. Empfang im EG, Ausweis mitbringen.", "Kranich Finanz, Friedrichstraße 88, "
        "Berlin", [org("anna.vogt@kranich-finanz.de", "Anna Vogt"), ME,
                   att("tobias.lenz@kranich-finanz.de", "Tobias Lenz"),
                   att("katrin.scholz@kranich-finanz.de", "Katrin Scholz"),
                   att("raum-spree@kranich-finanz.de", "Besprechungsraum Spree", ROOM),
                   att("beamer-3@kranich-finanz.de", "Beamer 3", RES)])], ("Europe/Berlin",)),
        "Kranich Finanz", "Datenanalyst", "onsite",
        ["tobias.lenz@kranich-finanz.de", "katrin.scholz@kranich-finanz.de"], "room")

    u = "h30-de-terse"
    add("de-terse", "de", u, calendar(APPLE, [vevent(
        u, "Telefoninterview Lumenbank", "20261209T110000", "20261209T113000", "Europe/Berlin")],
        ("Europe/Berlin",), method=None),
        "Lumenbank", "", "", [], "terse")

    u = "h30-de-greenhouse-hm"
    add("de-greenhouse-hm", "de", u, calendar(GOOGLE, [vevent(
        u, "Gespräch mit der Teamleitung – Ethan Walsh / Wattwerk", "20261215T160000Z", "20261215T164500Z", None,
        "Hallo Ethan,\nhier die Einladung zum Gespräch mit deiner zukünftigen Teamleiterin Jana Krüger (Lead "
        "Analytics) für die Stelle Analytics Engineer (Remote).\n\n" + zoom("83311904476", "ww2026") +
        "\n\nGeplant über Greenhouse", "Zoom",
        [org("no-reply@greenhouse.io", "Wattwerk Recruiting"), ME, att("jana.krueger@wattwerk.de", "Jana Krüger")])]),
        "Wattwerk", "Analytics Engineer", "hiring_manager", ["jana.krueger@wattwerk.de"])

    u = "h30-de-agentur"
    add("de-agency-names-employer", "de", u, calendar(OUTLOOK, [vevent(
        u, "Interview bei der Nordstern Leben – BI Reporting Spezialist", "20261216T130000", "20261216T140000",
        "W. Europe Standard Time",
        "Hallo Herr Walsh,\n\nanbei die Bestätigung Ihres Interviews bei unserem Kunden Nordstern Leben. Sie "
        "sprechen mit Herrn Felix Haas (Leiter BI). Ich bin nicht dabei.\n\nBeste Grüße\nSabine Roth\nTalentbrücke "
        "Personalberatung", "Webex", [org("s.roth@talentbruecke.de", "Sabine Roth"), ME,
                                      att("felix.haas@nordstern-leben.de", "Felix Haas")])],
        ("W. Europe Standard Time",)),
        "Nordstern Leben", "BI Reporting Spezialist", "", ["felix.haas@nordstern-leben.de"], "agency")

    u = "h30-de-abgesagt"
    add("de-cancelled", "de", u, calendar(GOOGLE, [vevent(
        u, "Abgesagt: Zweitgespräch Datenanalyst – Havelkasse", "20261217T100000", "20261217T110000",
        "Europe/Berlin", "Der Termin muss leider entfallen; wir melden uns mit einem neuen Vorschlag.", None,
        [org("petra.lange@havelkasse.de", "Petra Lange"), ME], status="CANCELLED", seq=1)], ("Europe/Berlin",),
        method="CANCEL"),
        "Havelkasse", "Datenanalyst", "", ["petra.lange@havelkasse.de"], "cancelled")

    u = "h30-de-workday-final"
    add("de-workday-final", "de", u, calendar(OUTLOOK, [vevent(
        u, "Finales Interview: Ethan Walsh – R-11803 Senior Data Analyst Pricing", "20261221T090000",
        "20261221T110000", "W. Europe Standard Time",
        "Ihr Interview wurde geplant.\nStelle: R-11803 Senior Data Analyst Pricing (Berlin)\nInterviewart: "
        "Finalrunde\nInterviewer: Markus Brandl, Chief Actuary; Selin Aydin, Head of Pricing\n\nElbgrund Versicherung"
        " Talent Acquisition", "Elbgrund Campus, Haus B",
        [org("elbgrund@myworkday.com", "Elbgrund Workday"), ME, att("markus.brandl@elbgrund.de", "Markus Brandl"),
         att("selin.aydin@elbgrund.de", "Selin Aydin")])], ("W. Europe Standard Time",)),
        "Elbgrund Versicherung", "Senior Data Analyst Pricing", "final",
        ["markus.brandl@elbgrund.de", "selin.aydin@elbgrund.de"], "ats_name")

    # French
    u = "h30-fr-entretien-rh"
    add("fr-recruiter-screen", "fr", u, calendar(GOOGLE, [vevent(
        u, "Entretien téléphonique – Chargé d'études data (H/F) – Ethan Walsh", "20261204T100000",
        "20261204T103000", "Europe/Paris",
        "Bonjour Ethan,\n\nSuite à votre candidature chez Mutuelle Lumière, je vous propose un premier échange "
        "téléphonique de 30 minutes. Je vous appellerai au numéro indiqué.\n\nCamille Rousseau\nChargée de "
        "recrutement", "Téléphone", [org("camille.rousseau@mutuelle-lumiere.fr", "Camille Rousseau"), ME])],
        ("Europe/Paris",)),
        "Mutuelle Lumière", "Chargé d'études data (H/F)", "recruiter_screen",
        ["camille.rousseau@mutuelle-lumiere.fr"])

    u = "h30-fr-technique-teams"
    add("fr-technical-windows", "fr", u, calendar(EXCHANGE, [vevent(
        u, "Entretien technique SQL / Power BI – Analyste BI", "20261209T143000", "20261209T153000",
        "Romance Standard Time",
        "Bonjour Monsieur Walsh,\n\nNous vous confirmons votre entretien technique pour le poste d'Analyste BI au "
        "sein d'Assurances Vauban. Vous rencontrerez Julien Mercier (Responsable décisionnel) et Inès Benali "
        "(Data engineer).\n\nCordialement\n\n" + teams("357 901 228 604", "Vb3nQe"),
        "Réunion Microsoft Teams",
        [org("recrutement@assurances-vauban.fr", "Recrutement Assurances Vauban"), ME,
         att("julien.mercier@assurances-vauban.fr", "Mercier Julien"),
         att("ines.benali@assurances-vauban.fr", "Benali Inès")])], ("Romance Standard Time",)),
        "Assurances Vauban", "Analyste BI", "technical",
        ["julien.mercier@assurances-vauban.fr", "ines.benali@assurances-vauban.fr"])

    u = "h30-fr-manager-lever"
    add("fr-lever-manager", "fr", u, calendar(GOOGLE, [vevent(
        u, "Ethan Walsh <> Pixelfinance – échange avec le manager", "20261211T090000Z", "20261211T094500Z", None,
        "Entretien avec Hugo Lefèvre, Head of Data, pour le poste de Data Analyst Fraude (remote Europe).\n"
        "Propulsé par Lever\n\n" + meet("pxf-hugo-lfv", "226 781"), None,
        [org("hugo.lefevre@pixelfinance.io", "Hugo Lefèvre"), ME])]),
        "Pixelfinance", "Data Analyst Fraude", "hiring_manager", ["hugo.lefevre@pixelfinance.io"])

    u = "h30-fr-sur-site"
    add("fr-onsite-room", "fr", u, calendar(OUTLOOK, [vevent(
        u, "Entretiens sur site – Ethan Walsh (Analyste données sinistres)", "20261215T093000", "20261215T123000",
        "Romance Standard Time",
        "Programme : 9h30 étude de cas avec Claire Dubois ; 10h45 entretien avec Marc Girard, directeur indemnisation"
        " ; 11h45 échange RH avec Élodie Petit. Accueil au 5e étage.", "Salle Garonne, Groupe Aquitaine Prévoyance",
        [org("elodie.petit@aquitaine-prevoyance.fr", "Élodie Petit"), ME,
         att("claire.dubois@aquitaine-prevoyance.fr", "Claire Dubois"),
         att("marc.girard@aquitaine-prevoyance.fr", "Marc Girard"),
         att("salle.garonne@aquitaine-prevoyance.fr", "Salle Garonne", ROOM)])], ("Romance Standard Time",)),
        "Aquitaine Prévoyance", "Analyste données sinistres", "onsite",
        ["elodie.petit@aquitaine-prevoyance.fr", "claire.dubois@aquitaine-prevoyance.fr",
         "marc.girard@aquitaine-prevoyance.fr"], "room")

    u = "h30-fr-terse"
    add("fr-terse", "fr", u, calendar(APPLE, [vevent(
        u, "entretien Banque Solène 2e tour", "20261210T160000", "20261210T170000", "Europe/Paris", None,
        "Paris 9e")], ("Europe/Paris",), method=None),
        "Banque Solène", "", "", [], "terse")

    u = "h30-fr-calendly-cabinet"
    add("fr-calendly-consulting", "fr", u, calendar("-//Calendly//EN", [vevent(
        u, "Ethan Walsh et Thomas Garnier", "20261217T150000Z", "20261217T154500Z", None,
        "Nom de l'événement : Entretien – Consultant Data Assurance\n\nCabinet : Orée Conseil\nLieu : Zoom\n\n"
        "Besoin de modifier cet événement ?\nAnnuler : https://calendly.com/cancellations/oree12\n"
        "Propulsé par Calendly.com", "Zoom", [org("thomas.garnier@oree-conseil.fr", "Thomas Garnier"), ME])]),
        "Orée Conseil", "Consultant Data Assurance", "", ["thomas.garnier@oree-conseil.fr"], "scheduler")

    u = "h30-fr-annule"
    add("fr-cancelled", "fr", u, calendar(GOOGLE, [vevent(
        u, "Annulé : entretien final – Data Analyst – Caisse Armorique", "20261218T100000", "20261218T113000",
        "Europe/Paris", "Nous sommes contraints d'annuler l'entretien final ; une nouvelle date vous sera proposée.",
        None, [org("yann.lebris@caisse-armorique.fr", "Yann Le Bris"), ME], status="CANCELLED", seq=2)],
        ("Europe/Paris",), method="CANCEL"),
        "Caisse Armorique", "Data Analyst", "final", ["yann.lebris@caisse-armorique.fr"], "cancelled")

    u = "h30-fr-webex-public"
    add("fr-webex-public-body", "fr", u, calendar(OUTLOOK, [vevent(
        u, "Jury d'entretien – Analyste statistique – Autorité des marchés (concours 2026-17)", "20261222T100000",
        "20261222T104500", "Romance Standard Time",
        "Madame, Monsieur,\nVous êtes convoqué(e) à l'entretien avec le jury pour le poste d'analyste statistique. "
        "Membres du jury : Sylvie Renaud, Paul Chevalier.\n\n" + webex("2388 104 6617", "AMF17x"), "Webex",
        [org("concours@autorite-marches.fr", "Service des concours"), ME,
         att("sylvie.renaud@autorite-marches.fr", "Sylvie Renaud"),
         att("paul.chevalier@autorite-marches.fr", "Paul Chevalier")])], ("Romance Standard Time",)),
        "Autorité des marchés", "Analyste statistique", "",
        ["sylvie.renaud@autorite-marches.fr", "paul.chevalier@autorite-marches.fr"], "public_body")

    u = "h30-de-ashby-tech"
    add("de-ashby-case-study", "de", u, calendar(GOOGLE, [vevent(
        u, "Case Study Interview – Ethan Walsh – Junior Data Analyst Claims (Amsterdam/Remote)", "20261222T130000Z",
        "20261222T140000Z", None,
        "Hallo Ethan,\nim nächsten Schritt bei Tulpenrück Versicherungen präsentierst du deine Case Study. Dabei "
        "sind Henrik Jansen (Team Lead Analytics) und Merel Smit (Data Scientist).\nGeplant mit Ashby\n\n" +
        zoom("88120457713", "tulp22"), "Zoom",
        [org("no-reply@ashbyhq.com", "Tulpenrück Versicherungen"), ME,
         att("henrik.jansen@tulpenrueck.nl", "Henrik Jansen"), att("merel.smit@tulpenrueck.nl", "Merel Smit")])]),
        "Tulpenrück Versicherungen", "Junior Data Analyst Claims", "technical",
        ["henrik.jansen@tulpenrueck.nl", "merel.smit@tulpenrueck.nl"], "ats_name")

    u = "h30-fr-rh-visio"
    add("fr-meet-premier-echange", "fr", u, calendar(GOOGLE, [vevent(
        u, "Premier entretien RH – Analyste reporting – Néoassur", "20261207T090000", "20261207T093000",
        "Europe/Paris",
        "Bonjour Ethan,\nmerci pour votre candidature au poste d'analyste reporting chez Néoassur. Je vous "
        "propose un premier entretien en visio.\nManon Faure, talent acquisition\n\n" + meet("neo-mnfr-rhq", "418 552"),
        None, [org("manon.faure@neoassur.fr", "Manon Faure"), ME])], ("Europe/Paris",)),
        "Néoassur", "analyste reporting", "recruiter_screen", ["manon.faure@neoassur.fr"])
    return out
