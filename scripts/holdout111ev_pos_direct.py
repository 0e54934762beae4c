"""holdout111: the user's own interviews from mail clients, direct invites, agencies and her own notes."""

from __future__ import annotations

from holdout111ev_ics import (
    APPLE,
    EXCHANGE,
    FREE,
    GOOGLE,
    MACOS,
    OUTLOOK,
    THUNDERBIRD,
    USER,
    Ev,
    att,
    gatt,
    meet,
    one,
    room,
    teams,
    webex,
    zoom,
)

MS_EXTRA = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "CLASS:PUBLIC", "PRIORITY:5"]


def html(text: str) -> str:
    body = "".join(f"<p class=MsoNormal>{line or '&nbsp;'}</p>" for line in text.split("\n"))
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN"><HTML><HEAD><META NAME="Generator" '
            'CONTENT="MS Exchange Server version 16.0.17328.20000"></HEAD><BODY>' + body + "</BODY></HTML>")


def events() -> list[Ev]:
    out: list[Ev] = []
    d = ("Bonjour Madame Lefèvre,\n\nSuite à notre échange téléphonique, j'ai le plaisir de vous inviter à un "
         "entretien avec Mme Nathalie Bersier, Directrice Qualité & Affaires Réglementaires, pour le poste de "
         "Responsable Assurance Qualité.\n\nMeilleures salutations\nMélanie Rochat\nAssistante de direction\n"
         "Cardiorythm SA – Av. de Sévelin 20 – 1004 Lausanne\n\n")
    out.append(one(
        "outlook-sentby-fr", "outlook-sent-by-assistant-fr",
        (1, "Cardiorythm", "Responsable Assurance Qualité", "hiring_manager", "nathalie.bersier@cardiorythm.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E008000000005021F3E8C98ADC010000000000000000100000009A1F",
        start="2026-02-23 13:30", mins=60, tz="win",
        summary="Entretien Responsable Assurance Qualité – Mme Lefèvre",
        org=("Bersier, Nathalie", "nathalie.bersier@cardiorythm.ch", "melanie.rochat@cardiorythm.ch"),
        att=[att("Lefèvre, Margaux", FREE), att("Rochat, Mélanie", "melanie.rochat@cardiorythm.ch",
                                                role="OPT-PARTICIPANT")],
        desc=d + teams("fr", 11), alt=html(d + "Réunion Microsoft Teams"), extra=MS_EXTRA,
        loc="Réunion Microsoft Teams"))
    d = ("Dear Margaux,\n\nThank you for taking the time to meet us again. This final conversation is with "
         "Thomas Keller (CEO) and Aylin Demir (VP Operations). We will meet in person in Neuchâtel; a parking "
         "space is reserved for you.\n\nBest regards\nRegula Steiner | HR Manager | Quadrant Medtech SA")
    out.append(one(
        "outlook-utc-zone-final", "outlook-utc-zone-room-en",
        (1, "Quadrant Medtech", "QA Manager Design Control", "final",
         "thomas.keller@quadrant-medtech.ch;aylin.demir@quadrant-medtech.ch"),
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000C07D5C11B08ADC01000000000000000010000000",
        start="2026-03-20 10:00", mins=90, tz="utcwin",
        summary="Final interview – QA Manager Design Control",
        org=("Steiner, Regula", "regula.steiner@quadrant-medtech.ch"),
        att=[att("Keller, Thomas", "thomas.keller@quadrant-medtech.ch"),
             att("Demir, Aylin", "aylin.demir@quadrant-medtech.ch"),
             att("Lefèvre, Margaux", FREE), room("NE-Salle Chasseral", "salle.chasseral@quadrant-medtech.ch")],
        desc=d, alt=html(d), extra=MS_EXTRA, loc="NE-Salle Chasseral; Quadrant Medtech SA, Puits-Godet 12, Neuchâtel"))
    d = ("Hi Margaux,\n\nAs promised, a short intro call about the QA Manager Design Control opening. I will "
         "explain the team and process and answer your questions.\n\nRegula\n\n")
    out.append(one(
        "outlook-teams-screen-en", "outlook-recruiter-screen-en",
        (1, "Quadrant Medtech", "QA Manager Design Control", "recruiter_screen", "regula.steiner@quadrant-medtech.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000A0E2F0F2A58ADC0100000000000000001000000042",
        start="2026-02-25 08:00", mins=30, tz="utcwin",
        summary="Quadrant Medtech | intro call | M. Lefèvre",
        org=("Steiner, Regula", "regula.steiner@quadrant-medtech.ch"), att=[att("Lefèvre, Margaux", FREE)],
        desc=d + teams("en", 23), alt=html(d), extra=MS_EXTRA, loc="Microsoft Teams Meeting"))
    d = ("Grüezi Frau Lefèvre\n\nWie telefonisch besprochen sende ich Ihnen die Einladung für ein kurzes "
         "Telefoninterview zur Stelle Qualitätsmanager/in Packmittel (80–100 %). Ich rufe Sie auf Ihrem Natel an."
         "\n\nFreundliche Grüsse\nSandra Brunner\nHR Alpenvial GmbH")
    out.append(one(
        "outlook-phone-de", "phone-screen-de",
        (1, "Alpenvial", "Qualitätsmanager/in Packmittel", "recruiter_screen", "sandra.brunner@alpenvial.ch"),
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E008000000003D2E7A4FA18ADC010000000000000000100000007B",
        start="2026-03-02 16:00", mins=30, tz="win",
        summary="Telefoninterview Alpenvial – Frau Lefèvre",
        org=("Brunner, Sandra", "sandra.brunner@alpenvial.ch"), att=[att("Lefèvre, Margaux", FREE)],
        desc=d, alt=html(d), extra=MS_EXTRA, loc="Telefon (079 …)"))
    out.append(one(
        "gmail-founder-en", "founder-free-mail-en",
        (1, "Lysandre Labs", "Quality Lead", "", "yann.decosterd@gmail.com"),
        prodid=GOOGLE, uid="2rk8v1o0a6pq7c4lm3g5bde9fh@google.com", start="2026-02-18 18:00", mins=45,
        summary="Margaux x Yann — Quality Lead chat",
        org=("Yann Décosterd", "yann.decosterd@gmail.com"),
        att=[gatt("Yann Décosterd", "yann.decosterd@gmail.com", "ACCEPTED"), gatt(FREE, FREE, "ACCEPTED")],
        desc=("Hi Margaux – great to e-meet you via Hélène. As mentioned, we are building our first QMS at "
              "Lysandre Labs (ISO 13485, class IIa software + wearable) and looking for a Quality Lead. Let's use "
              "this slot to get to know each other and talk about the role.\n\nYann, co-founder & CEO\n\n"
              + meet("en", "bxe-fqnr-uvz")),
        loc="https://meet.google.com/bxe-fqnr-uvz"))
    out.append(one(
        "apple-ios-hm", "apple-ios-direct-fr",
        (1, "Veltis Medical", "QA Manager", "hiring_manager", "jerome.vuille@veltis-medical.ch"),
        prodid=APPLE, uid="B3F0E2A1-7C44-4D1E-9A61-0E55F2C9D8B7", start="2026-03-06 11:30", mins=60,
        summary="Entretien Margaux Lefèvre / Veltis – poste QA Manager",
        org=("Jérôme Vuille", "jerome.vuille@veltis-medical.ch"),
        att=[att("Jérôme Vuille", "jerome.vuille@veltis-medical.ch", part="ACCEPTED", rsvp=False),
             att("Margaux Lefèvre", FREE)],
        desc=("Bonjour Margaux, comme convenu au téléphone, on se retrouve chez nous à Neuchâtel. Je suis le "
              "responsable du poste (Head of Operations). Sonnez à l'interphone « Veltis »."),
        loc="Veltis Medical\nRue des Draizes 5\n2000 Neuchâtel\nSuisse",
        extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC", "CREATED:20260301T191044Z"]))
    out.append(one(
        "thunderbird-technical", "thunderbird-csv-technical-fr",
        (1, "ProBioTech Valais", "Spécialiste Validation Informatique (CSV)", "technical",
         "g.fournier@probiotech-valais.ch;l.zufferey@probiotech-valais.ch"),
        prodid=THUNDERBIRD, uid="8e1c4f6a-2b7d-4e0a-b3c5-d9f1a7e2c640", start="2026-03-13 09:30", mins=90,
        summary="Entretien technique CSV – Mme Lefèvre",
        org=("Grégoire Fournier", "g.fournier@probiotech-valais.ch"),
        att=[att("Grégoire Fournier", "g.fournier@probiotech-valais.ch", part="ACCEPTED"),
             att("Laure Zufferey", "l.zufferey@probiotech-valais.ch"), att("Margaux Lefèvre", FREE)],
        desc=("Madame,\n\nNous vous confirmons l'entretien technique pour le poste de Spécialiste Validation "
              "Informatique (CSV). Laure Zufferey (IT Quality) et moi-même vous poserons des questions sur GAMP 5, "
              "l'Annexe 11 et l'intégrité des données (ALCOA+).\n\nMeilleures salutations\nGrégoire Fournier\n"
              "ProBioTech Valais SA, Monthey"),
        loc="ProBioTech Valais SA, Route des Ilettes 8, 1870 Monthey",
        extra=["X-MOZ-GENERATION:2", "X-MOZ-LASTACK:20260302T101500Z"]))
    out.append(one(
        "handtyped-onsite-float", "hand-typed-floating-fr",
        (1, "Stérilux", "", "onsite", "pascal clément"),
        prodid=GOOGLE, method="PUBLISH", tz="float", uid="4dg0s1fjq9lbn7e2o5tmkhv6cp@google.com",
        start="2026-03-19 14:00", mins=120, head=["X-WR-CALNAME:Margaux", "X-WR-TIMEZONE:Europe/Zurich"],
        summary="Entretien Stérilux – 2e tour sur site avec P. Clément (dir. site)",
        desc="prendre le dossier + certificats ISO 13485 auditor\nparking visiteurs devant bât. C\n"
             "train 12h34 Lausanne",
        loc="Stérilux SA, Rte du Petit-Moncor 11, Villars-sur-Glâne"))
    out.append(one(
        "handtyped-phone-fr", "hand-typed-phone-screen-fr",
        (1, "Valoria Pharma", "QA Manager", "recruiter_screen", "corinne gay"),
        prodid=MACOS, method="", uid="6F7A9C10-93B4-4E3B-8C2D-55A0F1E9B2C3", start="2026-02-10 12:15", mins=20,
        summary="Tél. Valoria RH (Mme Gay) – QA Manager",
        desc="Corinne Gay m'appelle sur le natel. Pause de midi → salle de réunion 2e.",
        extra=["CREATED:20260205T201233Z"]))
    d = ("Bonjour Madame Lefèvre,\n\nNous avons le plaisir de vous convier à un entretien sur notre site de Monthey "
         "avec M. Laurent Bruchez, Head of Quality, et Mme Isabelle Carron, QA Operations Lead. Une visite du "
         "site suivra (merci de ne pas porter de bijoux).\n\nCordiales salutations\nRessources humaines – "
         "Valoria Pharma SA")
    out.append(one(
        "outlook-onsite-fr", "outlook-onsite-fr",
        (1, "Valoria Pharma", "QA Manager", "onsite",
         "laurent.bruchez@valoria-pharma.ch;isabelle.carron@valoria-pharma.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E00800000000F0B1E75DCB8ADC0100000000000000001000000055",
        start="2026-03-04 09:00", mins=150, tz="romance",
        summary="Entretien sur site – QA Manager – Mme M. Lefèvre",
        org=("Gay, Corinne", "corinne.gay@valoria-pharma.ch"),
        att=[att("Bruchez, Laurent", "laurent.bruchez@valoria-pharma.ch"),
             att("Carron, Isabelle", "isabelle.carron@valoria-pharma.ch"), att("Lefèvre, Margaux", FREE),
             room("MON-B12-Salle Dents-du-Midi", "mon-b12-dentsdumidi@valoria-pharma.ch")],
        desc=d, alt=html(d), extra=MS_EXTRA, loc="MON-B12-Salle Dents-du-Midi"))
    out.append(one(
        "agency-client-fr", "agency-names-employer-fr",
        (1, "Pharmadom", "Responsable AQ Opérations", "hiring_manager", "e.lacroix@pharmadom.fr"),
        prodid=OUTLOOK, uid="040000008200E00074C5B7101A82E00800000000D4A1C8B0C28ADC0100000000000000001000000011",
        start="2026-03-09 10:00", mins=60, tz="romance",
        summary="Entretien client : Pharmadom (Lyon) – Responsable AQ Opérations – M. Lacroix",
        org=("Morel, Aurélie", "aurelie.morel@talentis-sante.fr"),
        att=[att("Lefèvre, Margaux", FREE), att("Lacroix, Étienne", "e.lacroix@pharmadom.fr")],
        desc=("Bonjour Margaux,\n\nComme convenu, votre entretien avec Étienne Lacroix, Directeur des Opérations de "
              "notre client Pharmadom SAS (façonnier pharmaceutique, formes sèches), futur N+1 du poste.\n"
              "Adresse : 60 avenue Tony Garnier, 69007 Lyon.\n\nN'hésitez pas à m'appeler après l'entretien pour "
              "un débrief.\n\nAurélie Morel\nConsultante senior – Talentis Santé, cabinet de recrutement"),
        loc="Pharmadom, 60 avenue Tony Garnier, 69007 Lyon", extra=MS_EXTRA))
    out.append(one(
        "agency-client-en", "agency-names-employer-en",
        (1, "Ophtalmis", "Regulatory Affairs Manager", "hiring_manager", "silvia amrein"),
        prodid=GOOGLE, uid="3l1kq8mvo2n0c9hfj6d4a7tbeg@google.com", start="2026-02-27 09:00", mins=60, tz="utc",
        summary="Interview arranged: Ophtalmis AG – Regulatory Affairs Manager (1st interview, Teams)",
        org=("James Whitfield", "james.whitfield@kestrel-ls.com"),
        att=[gatt("James Whitfield", "james.whitfield@kestrel-ls.com", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Hi Margaux,\n\nGreat news – Ophtalmis AG would like to meet you. Your first interview is with "
              "Dr. Silvia Amrein, Head of Regulatory Affairs (the hiring manager). She will send the Teams link "
              "directly. Ophtalmis are in Zug; the role is hybrid, 2 days on site.\n\nGood luck, call me after!\n"
              "James Whitfield | Principal Consultant | Kestrel Life Sciences Recruitment"),
        loc="Teams (link from Ophtalmis)"))
    out.append(one(
        "google-phone-fr", "phone-screen-fr",
        (1, "Auréa Dermatologie", "Responsable Assurance Qualité H/F", "recruiter_screen",
         "claire.vidal@aurea-derma.fr"),
        prodid=GOOGLE, uid="7ut3q5k0lpm8c1ber2jhv9snod@google.com", start="2026-02-11 17:30", mins=30, tz="paris",
        summary="Appel téléphonique – Auréa / Margaux Lefèvre (RAQ)",
        org=("Claire Vidal", "claire.vidal@aurea-derma.fr"),
        att=[gatt("Claire Vidal", "claire.vidal@aurea-derma.fr", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Bonjour Margaux,\nJe vous appellerai au +41 79 … pour un premier échange sur le poste de "
              "Responsable Assurance Qualité H/F (site de Lyon Vaise).\nBelle journée,\nClaire Vidal, Chargée de "
              "recrutement – Auréa Dermatologie"),
        loc="Appel téléphonique"))
    out.append(one(
        "webex-technical-en", "webex-panel-en",
        (1, "Pelagos Vaccines", "QA Validation Manager", "technical",
         "k.okafor@pelagos-vaccines.com;m.roux@pelagos-vaccines.com"),
        prodid="-//Cisco//Webex//EN", uid="webex-26030914-3388021a@pelagos.webex.com",
        start="2026-03-09 15:30", mins=60, tz="utc",
        summary="Technical interview – QA Validation Manager – Margaux Lefèvre",
        org=("Kelechi Okafor", "k.okafor@pelagos-vaccines.com"),
        att=[att("Margaux Lefèvre", FREE), att("Mathieu Roux", "m.roux@pelagos-vaccines.com")],
        desc=("Dear Margaux,\n\nMathieu Roux (Validation Lead) and I will run the technical part: cleaning "
              "validation, aseptic process simulation (media fills) and a discussion of a validation master plan."
              "\n\nBest regards\nKelechi Okafor, Director QA, Pelagos Vaccines SA\n\n" + webex("pelagos", 2654118839)),
        loc="Webex"))
    out.append(one(
        "zoom-hm-fr", "zoom-fr",
        (1, "Biotope Analytics", "Responsable Qualité Laboratoire (ISO 17025)", "hiring_manager",
         "n.chappuis@biotope-analytics.ch"),
        prodid="-//zoom.us//iCalendar Event//EN", uid="ZOOM87730045512", start="2026-02-13 10:00", mins=45, tz="utc",
        summary="Entretien Zoom – Responsable Qualité Laboratoire (ISO 17025)",
        org=("Nicolas Chappuis", "n.chappuis@biotope-analytics.ch"),
        att=[att("Margaux Lefèvre", FREE)],
        desc=("Nicolas Chappuis (Directeur du laboratoire, Biotope Analytics) vous invite à une réunion Zoom "
              "planifiée.\n\nSujet : Entretien – Responsable Qualité Laboratoire (ISO 17025)\n\n"
              + zoom("fr", 87730045512)),
        loc="https://us02web.zoom.us/j/87730045512"))
    d = ("Bonjour Margaux,\n\nNous vous remercions pour les échanges très positifs. Nous aimerions vous présenter "
         "à notre Direction pour un dernier entretien : Philippe Blanc (CEO) et Sandra Neri (CFO).\n\n"
         "Meilleures salutations\nAnouk Savary, HR Manager, Dentaris SA")
    out.append(one(
        "outlook-final-fr", "final-direction-fr",
        (1, "Dentaris", "Quality & Regulatory Manager", "final", "philippe.blanc@dentaris.ch;sandra.neri@dentaris.ch"),
        prodid=EXCHANGE, uid="040000008200E00074C5B7101A82E008000000001C9E6F8AD38ADC0100000000000000001000000077",
        start="2026-03-27 16:00", mins=60, tz="win",
        summary="Entretien final avec la Direction – Quality & Regulatory Manager",
        org=("Savary, Anouk", "anouk.savary@dentaris.ch"),
        att=[att("Blanc, Philippe", "philippe.blanc@dentaris.ch"), att("Neri, Sandra", "sandra.neri@dentaris.ch"),
             att("Lefèvre, Margaux", FREE)],
        desc=d, alt=html(d), extra=MS_EXTRA, loc="Dentaris SA, Route de Champ-Colin 2, 1260 Nyon"))
    out.append(one(
        "google-hm-fr", "direct-hiring-manager-fr",
        (1, "Cortexia Medical", "Responsable Qualité Implants", "hiring_manager", "v.matthey@cortexia-medical.ch"),
        prodid=GOOGLE, uid="0pbk6mq3c2v9e8lt1n5sgd7ohr@google.com", start="2026-02-24 17:00", mins=45,
        summary="Cortexia Medical – entretien avec Valérie Matthey (Resp. Qualité Implants)",
        org=("Valérie Matthey", "v.matthey@cortexia-medical.ch"),
        att=[gatt("Valérie Matthey", "v.matthey@cortexia-medical.ch", "ACCEPTED"), gatt(USER, FREE, "ACCEPTED")],
        desc=("Bonjour Margaux,\nJe serai votre future responsable si tout se passe bien :) Un premier échange en "
              "visio pour parler du poste Responsable Qualité Implants et de votre parcours chez Helvamed.\n"
              "Valérie\n\n" + meet("fr", "hdz-pqwe-ryx")),
        loc="https://meet.google.com/hdz-pqwe-ryx"))
    out.append(one(
        "google-rescheduled-fr", "rescheduled-technical-fr",
        (1, "Cortexia Medical", "Responsable Qualité Implants", "technical",
         "v.matthey@cortexia-medical.ch;o.perrenoud@cortexia-medical.ch"),
        prodid=GOOGLE, uid="9ajq2e0d4tk6l1rm8vb5onc7sf@google.com", start="2026-03-12 08:30", mins=90, seq=2,
        stamp="20260306T154000Z",
        summary="Nouvelle date : entretien technique Cortexia Medical (Le Locle)",
        org=("Valérie Matthey", "v.matthey@cortexia-medical.ch"),
        att=[gatt("Valérie Matthey", "v.matthey@cortexia-medical.ch", "ACCEPTED"),
             gatt("Olivier Perrenoud", "o.perrenoud@cortexia-medical.ch", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Cet événement a été modifié. Ancienne date : mardi 10 mars 2026 14:00 – 15:30.\n\nBonjour Margaux, "
              "désolée pour ce changement. Entretien technique avec Olivier Perrenoud (Ingénieur R&D, dossier "
              "technique MDR) et moi-même : revue d'un dossier de conception et d'une analyse de risques ISO 14971."
              "\nCortexia Medical, Rue de la Jaluse 8, 2400 Le Locle.\nValérie"),
        loc="Cortexia Medical SA, Rue de la Jaluse 8, 2400 Le Locle"))
    out.append(one(
        "gmail-founder-fr", "founder-free-mail-fr",
        (1, "Mediqual Consulting", "Consultante senior AR/QA", "", "sebastien.mauron@gmail.com"),
        prodid=GOOGLE, uid="5em1c0h8r3k7g9qtlo2bvasn4d@google.com", start="2026-03-14 10:00", mins=60,
        summary="Rencontre Margaux / Sébastien – poste consultante senior AR/QA",
        org=("Sébastien Mauron", "sebastien.mauron@gmail.com"),
        att=[gatt("Sébastien Mauron", "sebastien.mauron@gmail.com", "ACCEPTED"), gatt(USER, FREE)],
        desc=("Salut Margaux,\nComme dit par mail, on cherche une consultante senior AR/QA pour Mediqual "
              "Consulting Sàrl (on est 6, clients medtech en Romandie). On se voit au café et je te présente le "
              "poste, et tu me parles de ton expérience audits fournisseurs.\nSéb"),
        loc="Café du Grütli, Rue Mercerie 4, Lausanne"))
    return out
