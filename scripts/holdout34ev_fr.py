"""holdout34: the user's own interviews in French."""

from __future__ import annotations

from holdout34ev_ics import (
    APPLE,
    BOOKINGS,
    CALENDLY,
    EXCHANGE,
    GOOGLE,
    IOS,
    ME,
    OUTLOOK,
    TEAMTAILOR,
    WORK,
    WTTJ,
    ZIMBRA,
    Ev,
    att,
    cal,
    esc,
    gfoot,
    meet,
    org,
    p,
    teams,
    zoom,
)

RST = "Romance Standard Time"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev("recruiter-screen", "fr", 1, "Vaudrel Énergie", "Chargé de communication corporate",
                "recruiter_screen", ["ines.marchal@vaudrel-energie.fr"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000A0F1C2D3E4F5A6B7C8D9E0F1A2B3C4D5",
                    org("ines.marchal@vaudrel-energie.fr", "MARCHAL Inès"),
                    att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Entretien téléphonique – Chargé de communication corporate"),
                    "DTSTART;TZID=Romance Standard Time:20261104T100000",
                    "DTEND;TZID=Romance Standard Time:20261104T103000",
                    p("LOCATION;LANGUAGE=fr-FR", "Appel téléphonique (Inès vous appelle au 06 12 ..)"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas,\n\nComme convenu, je vous appellerai pour un "
                      "premier échange d'une trentaine de minutes au sujet de votre candidature au poste de Chargé "
                      "de communication corporate (CDI, Lyon Part-Dieu).\n\nBien cordialement,\nInès Marchal\n"
                      "Talent Acquisition – Vaudrel Énergie SA"),
                    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "SEQUENCE:0"]], method="REQUEST", tz=RST)))
    e.append(Ev("technical", "fr", 1, "Agence Clairvoie", "Consultant relations presse", "technical",
                ["m.dubreuil@clairvoie.fr", "anais.kone@clairvoie.fr"], "", cal(GOOGLE, [[
                    "DTSTART:20261106T130000Z", "DTEND:20261106T143000Z",
                    "UID:2k9d7vq1clairvoie0h3s8r@google.com",
                    org("m.dubreuil@clairvoie.fr", "Mathilde Dubreuil"),
                    att("m.dubreuil@clairvoie.fr", "Mathilde Dubreuil", ps="ACCEPTED"),
                    att("anais.kone@clairvoie.fr", "Anaïs Koné"),
                    att(ME, "thomas.lefevre@orange.fr"),
                    p("SUMMARY", "Clairvoie <> Thomas Lefèvre – mise en situation RP"),
                    p("DESCRIPTION", "Deuxième étape pour le poste de consultant relations presse : mise en situation "
                      "(rédaction d'un communiqué à partir d'un brief client, 45 min, puis restitution avec Anaïs, "
                      "directrice de clientèle).\nMerci de venir avec votre ordinateur.") + esc(gfoot(ME)),
                    p("LOCATION", "Agence Clairvoie, 14 rue Servient, 69003 Lyon, France"),
                    "STATUS:CONFIRMED", "SEQUENCE:1", "TRANSP:OPAQUE"]], method="REQUEST", xwr="Europe/Paris")))
    e.append(Ev("hiring-manager", "fr", 1, "Fondation Solenne", "Responsable des contenus", "hiring_manager",
                ["claire.vasseur@fondation-solenne.org"], "", cal(ZIMBRA, [[
                    "UID:8f3a21c0-7d1e-4b44-9e0e-solenne-rc-0411",
                    p("SUMMARY", "Entretien Responsable des contenus - T. Lefèvre / C. Vasseur"),
                    p("LOCATION", "Visio (lien Zoom ci-dessous)"),
                    p("DESCRIPTION", "Entretien avec Claire Vasseur, directrice de la communication et de la "
                      "collecte, pour le poste de Responsable des contenus.\n\n" +
                      zoom("fr", "845 2210 9931", "Claire Vasseur")),
                    att(ME, "Thomas Lefèvre"),
                    org("claire.vasseur@fondation-solenne.org", "Claire Vasseur"),
                    "DTSTART;TZID=\"Europe/Paris\":20261112T150000",
                    "DTEND;TZID=\"Europe/Paris\":20261112T160000",
                    "STATUS:CONFIRMED", "CLASS:PUBLIC", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "TRANSP:OPAQUE",
                    "SEQUENCE:0"]], method="REQUEST", tz="Europe/Paris", windows=False)))
    e.append(Ev("onsite", "fr", 1, "Métropole du Val de Saône", "Chargé de communication éditoriale", "onsite",
                ["sandrine.gaillard@valdesaone-metropole.fr", "p.benali@valdesaone-metropole.fr",
                 "o.tessier@valdesaone-metropole.fr"], "",
                cal(OUTLOOK, [[
                    p("SUMMARY;LANGUAGE=fr-FR", "Jury de recrutement - Chargé(e) de communication éditoriale "
                      "(réf. 2026-DIRCOM-118) - M. LEFEVRE"),
                    org("sandrine.gaillard@valdesaone-metropole.fr", "GAILLARD Sandrine"),
                    att(ME, "thomas.lefevre@orange.fr"),
                    att("p.benali@valdesaone-metropole.fr", "BENALI Patrick"),
                    att("o.tessier@valdesaone-metropole.fr", "TESSIER Odile"),
                    att("salle.rhone.4@valdesaone-metropole.fr", "Maison de la Métropole - Salle Rhône 4 (12)",
                        role="NON-PARTICIPANT", cutype="ROOM"),
                    att("rh.convocations@valdesaone-metropole.fr", "RH Convocations", role="OPT-PARTICIPANT"),
                    "DTSTART;TZID=Romance Standard Time:20261117T093000",
                    "DTEND;TZID=Romance Standard Time:20261117T103000",
                    p("LOCATION;LANGUAGE=fr-FR", "Maison de la Métropole - Salle Rhône 4 (12)"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Monsieur,\n\nVous êtes convoqué à un entretien devant le jury "
                      "de recrutement composé de Mme Sandrine Gaillard (directrice de la communication), M. Patrick "
                      "Benali (chef du service éditorial) et Mme Odile Tessier (ressources humaines).\nMerci de vous "
                      "présenter à l'accueil, 20 rue du Lac, 15 minutes avant, muni d'une pièce d'identité.\n\n"
                      "Le service des convocations RH"),
                    "UID:040000008200E00074C5B7101A82E0080000000010B3D91C2F4EDB0100000000000000001000000071",
                    "SEQUENCE:0", "X-MICROSOFT-CDO-IMPORTANCE:1"]], method="REQUEST", tz=RST)))
    e.append(Ev("recruiter-screen", "fr", 1, "Kerlo", "Content Manager", "recruiter_screen",
                ["lou.pereira@kerlo.co"], "", cal(WTTJ, [[
                    "UID:wttj-interview-5c1e9a72-kerlo",
                    p("SUMMARY", "Entretien avec Kerlo - Content Manager"),
                    "DTSTART:20261105T083000Z", "DTEND:20261105T090000Z",
                    org("no-reply@welcometothejungle.com", "Kerlo via Welcome to the Jungle"),
                    att("lou.pereira@kerlo.co", "Lou Pereira"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Bonjour Thomas,\n\nLou Pereira (Talent Acquisition) de Kerlo vous a programmé "
                      "un entretien pour le poste Content Manager.\nType : appel visio (Google Meet)\nLien : "
                      "https://meet.google.com/kfr-wqzt-nuo\n\nPour décaler, répondez directement depuis votre "
                      "espace candidat Welcome to the Jungle."),
                    p("LOCATION", "https://meet.google.com/kfr-wqzt-nuo")]], method="REQUEST")))
    e.append(Ev("terse-hand-typed", "fr", 1, "Hexaline Assurances", "", "", [], "", cal(IOS, [[
        "UID:7E1A3B0C-55D2-4C1F-9F0E-HEXALINE01",
        "DTSTART;TZID=Europe/Paris:20261109T140000", "DTEND;TZID=Europe/Paris:20261109T150000",
        p("SUMMARY", "Entretien Hexaline"),
        p("LOCATION", "Hexaline, 40 cours Charlemagne Lyon"),
        "CREATED:20261026T182211Z", "SEQUENCE:0"]], tz="Europe/Paris", windows=False)))
    e.append(Ev("final", "fr", 1, "Lumen Pharma", "Directeur de la communication interne", "final",
                ["h.delorme@lumenpharma.com", "jp.rouviere@lumenpharma.com"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E008000000004C2B17E1A35ADB01000000000000000010000000LUMENF",
                    p("SUMMARY;LANGUAGE=fr-FR", "Lumen Pharma SAS – dernier entretien (Direction) – Direction de la "
                      "communication interne"),
                    org("assistante.dg@lumenpharma.com", "Assistante DG - Lumen Pharma"),
                    att("h.delorme@lumenpharma.com", "DELORME Hélène"),
                    att("jp.rouviere@lumenpharma.com", "ROUVIERE Jean-Pierre"),
                    att(ME, "Thomas Lefèvre"),
                    att("visio.salle.conseil@lumenpharma.com", "Salle du Conseil - Gerland", cutype="RESOURCE",
                        role="NON-PARTICIPANT"),
                    "DTSTART;TZID=Romance Standard Time:20261203T110000",
                    "DTEND;TZID=Romance Standard Time:20261203T120000",
                    p("LOCATION;LANGUAGE=fr-FR", "Salle du Conseil - Gerland"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour M. Lefèvre,\n\nÀ la demande de Mme Delorme (DRH) et de "
                      "M. Rouvière (Directeur général), je vous confirme votre dernier entretien pour le poste de "
                      "Directeur de la communication interne.\n\nJe reste votre contact pour l'organisation "
                      "(parking visiteurs, badge).\n\nCordialement,\nNadia, assistante de direction"),
                    "SEQUENCE:0"]], method="REQUEST", tz=RST)))
    e.append(Ev("calendly-founder", "fr", 1, "Studio Boréal", "Stratège de contenu", "",
                ["gabriel.tremblay.sb@gmail.com"], "", cal(CALENDLY, [[
                    "UID:calendly-7b1f0e6a-3c2d-4e9f-boreal",
                    p("SUMMARY", "Thomas Lefèvre et Gabriel Tremblay"),
                    "DTSTART:20261110T150000Z", "DTEND:20261110T154500Z",
                    org("gabriel.tremblay.sb@gmail.com", "Gabriel Tremblay"),
                    att(ME, "Thomas Lefèvre", ps="ACCEPTED"),
                    att("gabriel.tremblay.sb@gmail.com", "Gabriel Tremblay", ps="ACCEPTED"),
                    p("DESCRIPTION", "Type d'événement : Entrevue – Stratège de contenu (télétravail)\n\n"
                      "Studio Boréal est un petit studio de contenu de Montréal. On se jase de ton parcours et du "
                      "poste, puis je te présente notre façon de travailler.\n\nQuestions :\nLien vers ton "
                      "portfolio : lefevre-portfolio.fr\n\nEmplacement : Zoom (le lien suit)\n\nPropulsé par "
                      "Calendly.com"),
                    p("LOCATION", "https://us06web.zoom.us/j/88123409987")]], method="REQUEST")))
    e.append(Ev("recruiter-screen-agency", "fr", 1, "Compagnie Fluviale du Rhône", "Responsable relations médias",
                "recruiter_screen", ["c.aubert@talents-et-medias.fr"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000AGENCYCNR2026",
                    p("SUMMARY;LANGUAGE=fr-FR", "Préqualification – poste Responsable relations médias (client : "
                      "Compagnie Fluviale du Rhône)"),
                    org("c.aubert@talents-et-medias.fr", "Camille AUBERT - Talents & Médias"),
                    att(ME, "Thomas Lefèvre"),
                    "DTSTART;TZID=Romance Standard Time:20261102T173000",
                    "DTEND;TZID=Romance Standard Time:20261102T180000",
                    p("LOCATION;LANGUAGE=fr-FR", "Téléphone"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas,\nJe vous appelle pour faire le point sur votre "
                      "candidature pour notre client, la Compagnie Fluviale du Rhône (CFR), avant de vous présenter "
                      "au directeur de la communication.\nCamille Aubert, consultante senior, cabinet Talents & "
                      "Médias")]], method="REQUEST", tz=RST)))
    e.append(Ev("technical-cancelled", "fr", 1, "Groupe Transalpin", "Rédacteur en chef des contenus de marque",
                "technical", ["elodie.faure@transalpin-group.com"], "", cal(EXCHANGE, [[
                    "UID:040000008200E00074C5B7101A82E00800000000TRANSALPIN0099",
                    org("elodie.faure@transalpin-group.com", "Faure, Elodie"),
                    att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Annulé : Test rédactionnel - Rédacteur en chef contenus de marque"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas, je dois annuler notre test rédactionnel de "
                      "jeudi, je vous renvoie un créneau très vite. Elodie Faure, responsable marque employeur, "
                      "Groupe Transalpin"),
                    "DTSTART;TZID=Romance Standard Time:20261112T090000",
                    "DTEND;TZID=Romance Standard Time:20261112T103000",
                    "STATUS:CANCELLED", "SEQUENCE:2", "PRIORITY:1",
                    p("LOCATION;LANGUAGE=fr-FR", "Transalpin - Tour Incity, 22e étage")]], method="CANCEL", tz=RST)))
    e.append(Ev("recruiter-screen", "fr", 1, "Mutuelle Ligérienne", "Chargée de contenus digitaux", "recruiter_screen",
                ["recrutement@mutuelle-ligerienne.fr"], "", cal(TEAMTAILOR, [[
                    "UID:tt-interview-20416-mlig",
                    "DTSTART:20261116T090000Z", "DTEND:20261116T093000Z",
                    p("SUMMARY", "Entretien : Chargé·e de contenus digitaux – Mutuelle Ligérienne"),
                    org("recrutement@mutuelle-ligerienne.fr", "Mutuelle Ligérienne Recrutement"),
                    att("recrutement@mutuelle-ligerienne.fr", "Solène Barre"),
                    att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", "Bonjour Thomas,\nMerci pour votre candidature ! Voici votre premier entretien "
                      "(30 min) avec Solène Barre, chargée de recrutement.\n\n" + teams("fr", "361 044 882 17") +
                      "\n\nEnvoyé avec Teamtailor"),
                    p("LOCATION", "Microsoft Teams")]], method="REQUEST")))
    e.append(Ev("hiring-manager", "fr", 1, "Saint-Aubin Immobilier", "Responsable communication & RP",
                "hiring_manager", ["vmorel@staubin-immo.fr"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000STAUBIN-2611",
                    org("vmorel@staubin-immo.fr", "Véronique Morel"),
                    att(ME, "Thomas Lefèvre"),
                    att("salle-fourviere@staubin-immo.fr", "Salle Fourvière", cutype="ROOM", role="NON-PARTICIPANT"),
                    p("SUMMARY;LANGUAGE=fr-FR", "RDV Thomas Lefèvre - poste Resp. communication & RP"),
                    "DTSTART;TZID=Romance Standard Time:20261119T143000",
                    "DTEND;TZID=Romance Standard Time:20261119T153000",
                    p("LOCATION;LANGUAGE=fr-FR", "Salle Fourvière"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Thomas, suite à votre échange avec notre RH, je serai ravie de "
                      "vous rencontrer. Je dirige le marketing du groupe et le poste me sera rattaché.\nVéronique")],
                ], method="REQUEST", tz=RST)))
    e.append(Ev("onsite-allday", "fr", 1, "Agence régionale de l'eau Rhône-Alpes", "Chargé de mission communication",
                "onsite", [], "", cal(GOOGLE, [[
                    "DTSTART;VALUE=DATE:20261124", "DTEND;VALUE=DATE:20261125",
                    "UID:0c8u2m5v3l9arera@google.com",
                    p("SUMMARY", "Journée de sélection ARERA – chargé de mission com (épreuve écrite + oral)"),
                    p("DESCRIPTION", "Agence régionale de l'eau Rhône-Alpes (ARERA). Convocation reçue par mail le "
                      "28/10. Écrit le matin, oral devant le jury "
                      "l'après-midi. Siège, 2 rue Jonas Salk, Lyon 7e."),
                    "TRANSP:TRANSPARENT", "SEQUENCE:0", "CREATED:20261028T201500Z"]], xwr="Europe/Paris",
                calname="thomas.lefevre@orange.fr")))
    e.append(Ev("onsite-geneva", "fr", 1, "Alliance internationale pour l'eau potable", "Chargé de communication",
                "onsite", ["f.nguyen@aiep.ch", "r.keller@aiep.ch", "a.sow@aiep.ch"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000AIEP-GVA-1",
                    p("SUMMARY;LANGUAGE=fr-FR", "AIEP – entretiens sur site (panel) – Chargé·e de communication"),
                    org("f.nguyen@aiep.ch", "NGUYEN Françoise"),
                    att(ME, "Thomas Lefèvre"),
                    att("r.keller@aiep.ch", "KELLER Ruedi"), att("a.sow@aiep.ch", "SOW Aminata"),
                    att("accueil@aiep.ch", "Accueil AIEP", role="OPT-PARTICIPANT"),
                    "DTSTART;TZID=W. Europe Standard Time:20261126T090000",
                    "DTEND;TZID=W. Europe Standard Time:20261126T123000",
                    p("LOCATION;LANGUAGE=fr-FR", "Maison de la Paix, chemin Eugène-Rigot 2, Genève"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Programme de la matinée :\n09h00 Françoise Nguyen, cheffe de la "
                      "communication\n10h00 Ruedi Keller, programmes\n11h00 Aminata Sow, plaidoyer\n"
                      "11h45 visite des bureaux avec l'accueil\n\nL'accueil (accueil@aiep.ch) vous remettra un badge.")
                ]], method="REQUEST", tz="W. Europe Standard Time")))
    e.append(Ev("direct-employee", "fr", 1, "Orvalis", "Responsable contenu éditorial", "",
                ["baptiste@orvalis.io"], "", cal(GOOGLE, [[
                    "DTSTART:20261118T160000Z", "DTEND:20261118T163000Z",
                    "UID:5r1o8vq0orvalis@google.com",
                    org("baptiste@orvalis.io", "Baptiste Girard"),
                    att("baptiste@orvalis.io", "Baptiste Girard", ps="ACCEPTED"), att(ME),
                    p("SUMMARY", "Orvalis / Thomas - échange poste Responsable contenu éditorial"),
                    p("DESCRIPTION", "Salut Thomas, comme promis après ta candidature : 30 min pour parler du poste "
                      "et de l'équipe marketing.\n" + meet("fr", "ovx-kpqa-tbe") + gfoot(ME)),
                    p("LOCATION", "https://meet.google.com/ovx-kpqa-tbe"), "STATUS:CONFIRMED"]], method="REQUEST")))
    e.append(Ev("recurring-trial", "fr", 1, "Agence Brunel & Ferrand", "Consultant éditorial", "", [
        "juliette@brunelferrand.com"], "", cal(GOOGLE, [[
            "DTSTART;TZID=Europe/Paris:20261130T093000", "DTEND;TZID=Europe/Paris:20261130T123000",
            "RRULE:FREQ=DAILY;COUNT=2", "UID:1brunelferrandessai@google.com",
            org("juliette@brunelferrand.com", "Juliette Ferrand"),
            att("juliette@brunelferrand.com", "Juliette Ferrand", ps="ACCEPTED"), att(ME, "Thomas Lefèvre"),
            p("SUMMARY", "Brunel & Ferrand – demi-journées d'essai (recrutement consultant éditorial)"),
            p("DESCRIPTION", "Dernière étape du process : deux matinées à l'agence sur un vrai brief client, "
                             "débrief avec moi à la fin de chaque matinée."),
            p("LOCATION", "Brunel & Ferrand, 8 quai Saint-Vincent, Lyon")], [
            "DTSTART;TZID=Europe/Paris:20261202T093000", "DTEND;TZID=Europe/Paris:20261202T123000",
            "RECURRENCE-ID;TZID=Europe/Paris:20261201T093000", "UID:1brunelferrandessai@google.com",
            org("juliette@brunelferrand.com", "Juliette Ferrand"),
            att("juliette@brunelferrand.com", "Juliette Ferrand", ps="ACCEPTED"), att(ME, "Thomas Lefèvre"),
            p("SUMMARY", "Brunel & Ferrand – 2e matinée d'essai (décalée au mercredi)"), "SEQUENCE:1"]],
        tz="Europe/Paris", windows=False, method="REQUEST")))
    e.append(Ev("bookings-screen", "fr", 1, "Hôpitaux du Haut-Lyonnais", "Chargé de communication", "recruiter_screen",
                ["nathalie.brun@ch-hautlyonnais.fr"], "", cal(BOOKINGS, [[
                    "UID:bookings-7a2b9c1d-hcl-2026",
                    p("SUMMARY", "Entretien de présélection – Chargé(e) de communication (Direction de la "
                      "communication des Hôpitaux du Haut-Lyonnais)"),
                    org("recrutement-com@ch-hautlyonnais.fr", "Recrutement Direction de la communication"),
                    att(ME, "Thomas Lefèvre"),
                    att("nathalie.brun@ch-hautlyonnais.fr", "Nathalie Brun"),
                    "DTSTART:20261120T130000Z", "DTEND:20261120T133000Z",
                    p("DESCRIPTION", "Votre rendez-vous est confirmé.\nService : Entretien de présélection\n"
                      "Membre du personnel : Nathalie Brun\n\n" + teams("fr", "328 551 904 66") +
                      "\n\nGérer votre réservation sur Microsoft Bookings")]], method="REQUEST")))
    e.append(Ev("terse-hand-typed", "fr", 1, "FFCU", "", "technical", [], "",
                cal(APPLE, [[
                    "UID:B5C0D1E2-FFCU-4A7B-8C90-0A1B2C3D4E5F",
                    "DTSTART:20261123T140000", "DTEND:20261123T150000",
                    p("SUMMARY", "FFCU - 2e entretien + exercice de rédaction"),
                    p("DESCRIPTION", "apporter 2 articles imprimés. demander télétravail"),
                    "CREATED:20261101T090102Z"]])))
    e.append(Ev("rescheduled", "fr", 1, "Maison Berthelot", "Chef de projet contenus de marque", "recruiter_screen",
                ["r.lambert@berthelot-maison.com"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000BERTHELOT-RS",
                    org("r.lambert@berthelot-maison.com", "LAMBERT Romain"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Nouvelle heure : Entretien RH - Chef de projet contenus de marque "
                      "- Maison Berthelot"),
                    "DTSTART;TZID=Romance Standard Time:20261113T161500",
                    "DTEND;TZID=Romance Standard Time:20261113T165000",
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas, comme évoqué, je décale notre entretien à 16h15. "
                      "Romain Lambert, chargé de recrutement\n\n" + teams("fr", "391 208 775 04")),
                    p("LOCATION;LANGUAGE=fr-FR", "Réunion Microsoft Teams"), "SEQUENCE:3"]], method="REQUEST", tz=RST)))
    e.append(Ev("work-address", "fr", 1, "Électricité du Haut-Rhône", "Responsable communication de crise",
                "hiring_manager", ["d.perrin@ehr.fr"], "", cal(EXCHANGE, [[
                    "UID:040000008200E00074C5B7101A82E00800000000EHR-WORKADDR",
                    org("d.perrin@ehr.fr", "PERRIN Damien (EHR - Direction Communication)"),
                    att(WORK, "LEFEVRE Thomas"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Entretien – poste Responsable communication de crise"),
                    "DTSTART;TZID=Romance Standard Time:20261125T120000",
                    "DTEND;TZID=Romance Standard Time:20261125T130000",
                    p("DESCRIPTION;LANGUAGE=fr-FR", "M. Lefèvre, j'ai bien reçu votre candidature transmise par notre "
                      "RH. Je vous propose d'en parler entre midi et deux, par téléphone si cela vous arrange. "
                      "Damien Perrin, directeur de la communication, Électricité du Haut-Rhône"),
                    p("LOCATION;LANGUAGE=fr-FR", "Téléphone - je vous appelle")]], method="REQUEST", tz=RST)))
    e.append(Ev("forwarded-copy", "fr", 1, "Quantel Mobilités", "Chargé de relations publiques", "technical",
                ["sarah.hadj@quantelmob.com", "l.roche@quantelmob.com"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000QUANTELFWD",
                    org("sarah.hadj@quantelmob.com", "Sarah Hadj"),
                    att(WORK, "Thomas Lefèvre"), att(ME, "thomas.lefevre@orange.fr", role="OPT-PARTICIPANT"),
                    att("l.roche@quantelmob.com", "Laurent Roche"),
                    p("SUMMARY;LANGUAGE=fr-FR", "TR: Quantel Mobilités - cas pratique RP (poste Chargé de relations "
                      "publiques)"),
                    "DTSTART;TZID=Romance Standard Time:20261127T100000",
                    "DTEND;TZID=Romance Standard Time:20261127T113000",
                    p("DESCRIPTION;LANGUAGE=fr-FR", "-----Message d'origine-----\nDe : Sarah Hadj\nObjet : cas pratique"
                      "\n\nThomas, vous présenterez votre plan presse pour le lancement de notre ligne de navettes "
                      "à Sarah Hadj (directrice com) et Laurent Roche (responsable presse). 20 min de présentation, "
                      "40 min de questions.\n\n" + teams("fr", "412 733 590 18")),
                    "SEQUENCE:0"]], method="REQUEST", tz=RST)))
    e.append(Ev("final", "fr", 1, "Festival Lumières Sonores", "Responsable communication et presse", "final",
                ["direction@lumieres-sonores.fr"], "", cal(GOOGLE, [[
                    "DTSTART;TZID=Europe/Paris:20261208T180000", "DTEND;TZID=Europe/Paris:20261208T190000",
                    "UID:3lumsonfinal2026@google.com",
                    org("direction@lumieres-sonores.fr", "Festival Lumières Sonores - Direction"),
                    att("direction@lumieres-sonores.fr", "Agathe Renaud", ps="ACCEPTED"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY", "Dernier rdv avant décision - resp. communication et presse (Agathe + Thomas)"),
                    p("DESCRIPTION", "Thomas, dernière rencontre avec moi avant décision du bureau, au bureau du "
                      "festival (passage Thiaffait, 1er). Agathe Renaud, directrice.") + esc(gfoot(ME)),
                    p("LOCATION", "Passage Thiaffait, Lyon 1er")]], method="REQUEST", tz="Europe/Paris",
                windows=False)))
    e.append(Ev("recruiter-screen-brussels", "fr", 1, "Fédération européenne des transports durables",
                "Responsable de la communication", "recruiter_screen", ["m.claes@eftd.eu"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000EFTD-BXL-01",
                    org("m.claes@eftd.eu", "Marieke Claes (EFTD HR)"), att(ME, "Thomas Lefevre"),
                    p("SUMMARY;LANGUAGE=fr-BE", "EFTD - Entretien de présélection - Communication Lead / Responsable "
                      "de la communication"),
                    "DTSTART;TZID=Romance Standard Time:20261110T110000",
                    "DTEND;TZID=Romance Standard Time:20261110T113000",
                    p("DESCRIPTION;LANGUAGE=fr-BE", "Cher Thomas,\nNous avons le plaisir de vous inviter à un premier "
                      "entretien par visioconférence avec notre service RH (Marieke Claes). L'entretien se déroulera "
                      "en français et en partie en anglais.\n\n" + teams("fr", "350 811 662 09")),
                    p("LOCATION;LANGUAGE=fr-BE", "Microsoft Teams")]], method="REQUEST", tz=RST)))
    e.append(Ev("cafe-round-two", "fr", 1, "Vaudrel Énergie", "Chargé de communication corporate", "hiring_manager",
                ["olivier.sanchez@vaudrel-energie.fr"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000VAUDRELCAFE",
                    org("olivier.sanchez@vaudrel-energie.fr", "SANCHEZ Olivier"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Café Thomas / Olivier"),
                    "DTSTART;TZID=Romance Standard Time:20261118T083000",
                    "DTEND;TZID=Romance Standard Time:20261118T093000",
                    p("LOCATION;LANGUAGE=fr-FR", "Café Mokxa, 3 rue de l'Abbé Rozier"),
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Bonjour Thomas, Inès m'a transmis son compte rendu de votre "
                      "échange. Je vous propose un café pour le 2e entretien, en tant que futur manager du poste "
                      "de chargé de communication corporate. Olivier Sanchez, Vaudrel Énergie")]],
                method="REQUEST", tz=RST)))
    e.append(Ev("terse-hand-typed", "fr", 1, "Studio Boréal", "", "", [], "", cal(IOS, [[
        "UID:C41F-BOREAL-ROUND2-IOS",
        "DTSTART;TZID=America/Montreal:20261124T100000", "DTEND;TZID=America/Montreal:20261124T110000",
        p("SUMMARY", "2e entrevue Studio Boréal (heure de Montréal !)"),
        "CREATED:20261112T220000Z"]], tz="America/Montreal", windows=False)))
    e.append(Ev("cancelled", "fr", 1, "Hexaline Assurances", "Responsable communication interne", "hiring_manager",
                ["marc.leroux@hexaline.fr"], "", cal(OUTLOOK, [[
                    "UID:040000008200E00074C5B7101A82E00800000000HEXACANCEL",
                    org("marc.leroux@hexaline.fr", "LEROUX Marc"), att(ME, "Thomas Lefèvre"),
                    p("SUMMARY;LANGUAGE=fr-FR", "Annulé : Entretien manager - Resp. communication interne"),
                    "DTSTART;TZID=Romance Standard Time:20261201T140000",
                    "DTEND;TZID=Romance Standard Time:20261201T150000",
                    "STATUS:CANCELLED", "SEQUENCE:1",
                    p("DESCRIPTION;LANGUAGE=fr-FR", "Le poste est mis en attente, je reviens vers vous. Marc")]],
                method="CANCEL", tz=RST)))
    e.append(Ev("technical", "fr", 1, "Crédit Coopératif du Sud-Est", "Rédacteur web", "technical",
                ["julie.mas@ccse.fr"], "", cal(ZIMBRA, [[
                    "UID:ccse-zimbra-aa91-4410",
                    p("SUMMARY", "Épreuve rédactionnelle - candidature Rédacteur web"),
                    org("julie.mas@ccse.fr", "Julie Mas"), att(ME, "Thomas Lefèvre"),
                    "DTSTART;TZID=\"Europe/Paris\":20261114T093000",
                    "DTEND;TZID=\"Europe/Paris\":20261114T110000",
                    p("DESCRIPTION", "Épreuve rédactionnelle à distance (réécriture d'une page produit et d'une "
                      "newsletter). Sujet envoyé par mail à 9h30, à rendre à 11h. Julie Mas, responsable éditoriale, "
                      "Crédit Coopératif du Sud-Est"),
                    "STATUS:CONFIRMED"]], method="REQUEST", tz="Europe/Paris", windows=False)))
    e.append(Ev("zoom-hiring-manager", "fr", 1, "Régie Publicitaire Alpine", "Responsable marketing de contenu",
                "hiring_manager", ["k.benmoussa@rpalpine.fr"], "", cal("-//zoom.us//iCalendar Event//FR", [[
                    "UID:ZOOM87340019226rpalpine",
                    p("SUMMARY", "Entretien Thomas Lefèvre - Responsable marketing de contenu (RP Alpine)"),
                    "DTSTART;TZID=Europe/Paris:20261121T100000", "DTEND;TZID=Europe/Paris:20261121T110000",
                    org("k.benmoussa@rpalpine.fr", "Karim Benmoussa"), att(ME, "Thomas Lefèvre"),
                    p("DESCRIPTION", zoom("fr", "873 4001 9226", "Karim Benmoussa (directeur marketing)")),
                    p("LOCATION", "https://us02web.zoom.us/j/87340019226")]], method="REQUEST", tz="Europe/Paris",
                    windows=False)))
    e.append(Ev("allday-paris", "fr", 1, "Neoma Conseil", "Consultant senior en communication", "onsite", [], "",
                cal(APPLE, [[
                    "UID:0D1E2F30-NEOMA-ALLDAY",
                    "DTSTART;VALUE=DATE:20261209", "DTEND;VALUE=DATE:20261210",
                    p("SUMMARY", "Paris - entretiens Neoma Conseil (consultant senior com), TGV 7h04"),
                    p("DESCRIPTION", "3 entretiens au cabinet l'après-midi, retour TGV 19h56"),
                    "TRANSP:TRANSPARENT"]])))
    e.append(Ev("interview-ats-google", "fr", 1, "Décibel Média", "Chef de projet podcast de marque", "",
                ["yasmine@decibel-media.fr", "tom.n@decibel-media.fr"], "", cal(GOOGLE, [[
                    "DTSTART:20261203T090000Z", "DTEND:20261203T100000Z",
                    "UID:7decibelpodcast0312@google.com",
                    org("yasmine@decibel-media.fr", "Yasmine Haddad"),
                    att("yasmine@decibel-media.fr", "Yasmine Haddad", ps="ACCEPTED"),
                    att("tom.n@decibel-media.fr", "Tom Nguyen"), att(ME, "Thomas Lefèvre"),
                    att("c_1889studio@resource.calendar.google.com", "Décibel-3-Studio A (6)", cutype="RESOURCE",
                        ps="ACCEPTED"),
                    p("SUMMARY", "Entretien | Chef de projet podcast de marque | Thomas Lefèvre"),
                    p("DESCRIPTION", "Au programme : ton parcours radio/presse, un de nos podcasts de marque à "
                      "critiquer, questions.\nAvec Yasmine (cofondatrice) et Tom (producteur)." + gfoot(ME)),
                    p("LOCATION", "Décibel-3-Studio A (6)")]], method="REQUEST")))
    e.append(Ev("terse-hand-typed-work", "fr", 1, "Métropole du Val de Saône", "", "recruiter_screen", [], "",
                cal(OUTLOOK, [[
        "UID:040000008200E00074C5B7101A82E00800000000PRIVEPERSO01",
        org(WORK, "LEFEVRE Thomas"),
        p("SUMMARY;LANGUAGE=fr-FR", "Perso - RDV Métropole Val de Saône (candidature)"),
        "DTSTART;TZID=Romance Standard Time:20261106T080000", "DTEND;TZID=Romance Standard Time:20261106T090000",
        "CLASS:PRIVATE", "X-MICROSOFT-CDO-BUSYSTATUS:OOF",
        p("DESCRIPTION;LANGUAGE=fr-FR", "entretien tél. avec la DRH de la Métropole du Val de Saône avant le "
          "jury, ne pas mettre en "
          "réunion de rédaction")]], tz=RST)))
    return e
