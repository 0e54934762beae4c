"""holdout29: Carmen Ruiz's own interviews written in German and French (Basel, Paris, remote)."""

from __future__ import annotations

from holdout29ev_ics import ME, Built, Row, att, meet, org, simple, teams, webex, zoom

ZRH = "Europe/Zurich"
PAR = "Europe/Paris"
WEU = "W. Europe Standard Time"
ROM = "Romance Standard Time"
NA = "ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ROOM = "CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED"
ME_A = att(*ME)


def events() -> list[Built]:
    """Given nothing returns the German and French positive events of the split."""
    out: list[Built] = []
    a = out.append
    a(
        simple(
            "personio",
            "de-personio-erstgespraech",
            "d1",
            "Erstgespräch: Clinical Research Associate (m/w/d) – Carmen Ruiz",
            "20261202T100000",
            "20261202T103000",
            ZRH,
            [org("Personio", "no-reply@personio.de"), att("Katrin Vogel", "katrin.vogel@rhein-cro.ch"), ME_A],
            "Hallo Carmen,\nvielen Dank für Ihre Bewerbung als Clinical Research Associate bei der Rhein CRO AG. "
            "Frau Vogel (HR Business Partner) ruft Sie für ein erstes Kennenlernen an.\nViele Grüße",
            row=Row(
                1,
                "Rhein CRO",
                "Clinical Research Associate",
                "recruiter_screen",
                "katrin.vogel@rhein-cro.ch",
                "ats_sender",
            ),
            lang="de",
        )
    )
    a(
        simple(
            "outlook",
            "de-fachgespraech",
            "d2",
            "Fachgespräch Arzneimittelsicherheit – Frau Ruiz",
            "20261209T140000",
            "20261209T150000",
            WEU,
            [
                org("Dr. Stefan Brunner", "stefan.brunner@alpina-pharma.ch"),
                att("Ursula Keller", "ursula.keller@alpina-pharma.ch"),
                ME_A,
            ],
            "Sehr geehrte Frau Ruiz,\nwie besprochen laden wir Sie zum fachlichen Interview für die Stelle "
            "Drug Safety Specialist ein. Teilnehmende: Dr. Stefan Brunner (Leiter Pharmakovigilanz) und Ursula Keller "
            "(Senior Case Processor).\n" + teams("377 012 448 90", "Ws3Lp7"),
            row=Row(
                1,
                "Alpina Pharma",
                "Drug Safety Specialist",
                "technical",
                "stefan.brunner@alpina-pharma.ch;ursula.keller@alpina-pharma.ch",
            ),
            lang="de",
        )
    )
    a(
        simple(
            "sf",
            "de-successfactors-vorort",
            "d3",
            "Vorstellungsgespräch vor Ort – Study Coordinator – Universitätsspital",
            "20261215T090000",
            "20261215T120000",
            ZRH,
            [
                org("SAP SuccessFactors", "noreply@sapsf.eu"),
                att("Prof. Martin Egli", "martin.egli@usb-forschung.ch"),
                att("Nicole Frei", "nicole.frei@usb-forschung.ch"),
                att("Besprechungsraum 4.12", "raum412@usb-forschung.ch", ROOM),
                ME_A,
            ],
            "Einladung zum Vorstellungsgespräch vor Ort für die Position Study Coordinator am Clinical Trial Unit "
            "des Universitätsspitals Basel. Gesprächspartner: Prof. Martin Egli, Nicole Frei (Teamleitung Study "
            "Nurses).",
            "Besprechungsraum 4.12, Spitalstrasse 12, Basel",
            row=Row(
                1,
                "Universitätsspital Basel",
                "Study Coordinator",
                "onsite",
                "martin.egli@usb-forschung.ch;nicole.frei@usb-forschung.ch",
                "ats_sender",
            ),
            lang="de",
        )
    )
    a(
        simple(
            "google",
            "de-terse",
            "d4",
            "Interview Lonza (Telefon) – Medizinische Information",
            "20261216T160000",
            "20261216T163000",
            ZRH,
            [],
            row=Row(1, "Lonza", "Medizinische Information", "", "", "terse"),
            lang="de",
            method="",
        )
    )
    a(
        simple(
            "google",
            "de-abschluss-gf",
            "d5",
            "Abschlussgespräch mit der Geschäftsführung – BioTrial Partners",
            "20270112T170000",
            "20270112T174500",
            ZRH,
            [
                org("Andrea Huber", "a.huber@biotrial-partners.ch"),
                att("Thomas Gerber", "t.gerber@biotrial-partners.ch"),
                ME_A,
            ],
            "Liebe Carmen, zum Abschluss des Auswahlverfahrens für die Stelle als Clinical Project Assistant möchten "
            "Thomas Gerber (Geschäftsführer) und ich noch einmal mit dir sprechen.\n" + zoom("87700113298", "992011"),
            row=Row(
                1,
                "BioTrial Partners",
                "Clinical Project Assistant",
                "final",
                "a.huber@biotrial-partners.ch;t.gerber@biotrial-partners.ch",
            ),
            lang="de",
        )
    )
    a(
        simple(
            "outlook",
            "de-fuehrungskraft",
            "d6",
            "Gespräch mit Teamleitung – Medical Information Specialist (Remote)",
            "20270119T110000",
            "20270119T115000",
            WEU,
            [org("Miriam Schäfer", "miriam.schaefer@medinform-gmbh.de"), ME_A],
            "Hallo Frau Ruiz, ich leite das Team Medical Information und würde Sie gern im Rahmen Ihrer Bewerbung "
            "kennenlernen. Spanischkenntnisse sind für uns zentral.\n" + teams("300 119 876 21", "Lk2Rt9"),
            row=Row(
                1, "MedInform", "Medical Information Specialist", "hiring_manager", "miriam.schaefer@medinform-gmbh.de"
            ),
            lang="de",
        )
    )
    a(
        simple(
            "greenhouse",
            "fr-greenhouse-prequal",
            "f1",
            "Entretien de préqualification – Carmen Ruiz – Chargée d'études cliniques",
            "20261203T100000",
            "20261203T103000",
            PAR,
            [
                org("Greenhouse", "no-reply@greenhouse.io"),
                att("Camille Laurent", "camille.laurent@ardelis-cro.fr"),
                ME_A,
            ],
            "Bonjour Carmen,\nCamille Laurent, chargée de recrutement chez Ardelis CRO, vous appellera pour un premier "
            "échange sur le poste de Chargée d'études cliniques (Paris).\n" + meet("mpo-wnqe-xty", "331 200 478"),
            row=Row(
                1,
                "Ardelis CRO",
                "Chargée d'études cliniques",
                "recruiter_screen",
                "camille.laurent@ardelis-cro.fr",
                "ats_sender",
            ),
            lang="fr",
        )
    )
    a(
        simple(
            "outlook",
            "fr-entretien-technique",
            "f2",
            "Entretien technique pharmacovigilance - Mme Ruiz",
            "20261208T140000",
            "20261208T150000",
            ROM,
            [
                org("Julien Moreau", "julien.moreau@laboratoires-verel.fr"),
                att("Sophie Dubois", "sophie.dubois@laboratoires-verel.fr"),
                ME_A,
            ],
            "Madame,\nSuite à votre entretien RH, nous vous proposons un entretien technique pour "
            "le poste de Chargée de "
            "pharmacovigilance : étude de cas (saisie d'un cas grave, codage MedDRA). Avec Sophie Dubois, "
            "pharmacien responsable PV.\n" + teams("355 880 112 09", "Fr5Tz1"),
            row=Row(
                1,
                "Laboratoires Verel",
                "Chargée de pharmacovigilance",
                "technical",
                "julien.moreau@laboratoires-verel.fr;sophie.dubois@laboratoires-verel.fr",
            ),
            lang="fr",
        )
    )
    a(
        simple(
            "google",
            "fr-manager",
            "f3",
            "Rencontre avec votre futur manager — Info Médicale (Lyon/remote)",
            "20261215T113000",
            "20261215T121500",
            PAR,
            [org("Claire Petit", "claire.petit@santelys-pharma.fr"), ME_A],
            "Bonjour Carmen, je suis responsable du service Information Médicale chez Santélys et je souhaiterais "
            "vous rencontrer pour le poste de Chargée d'information médicale hispanophone.\n"
            + meet("trw-ppla-zoc", "990 114 002"),
            row=Row(
                1,
                "Santélys",
                "Chargée d'information médicale hispanophone",
                "hiring_manager",
                "claire.petit@santelys-pharma.fr",
            ),
            lang="fr",
        )
    )
    a(
        simple(
            "exchange",
            "fr-sur-site-aphp",
            "f4",
            "Entretien sur site – Attachée de recherche clinique – URC",
            "20261217T090000",
            "20261217T120000",
            ROM,
            [
                org("Recrutement URC", "recrutement.urc@aphp-recherche.fr"),
                att("Dr Hélène Girard", "helene.girard@aphp-recherche.fr"),
                att("Marc Lefèvre", "marc.lefevre@aphp-recherche.fr"),
                att("Salle 204", "salle204@aphp-recherche.fr", ROOM),
                ME_A,
            ],
            "Programme : 9h entretien avec le Dr Girard (investigatrice coordinatrice), 10h mise en situation avec "
            "Marc Lefèvre (ARC senior), 11h visite de l'unité.",
            "Salle 204, Unité de Recherche Clinique, Paris",
            row=Row(
                1,
                "AP-HP",
                "Attachée de recherche clinique",
                "onsite",
                "helene.girard@aphp-recherche.fr;marc.lefevre@aphp-recherche.fr",
                "room",
            ),
            lang="fr",
        )
    )
    a(
        simple(
            "apple",
            "fr-terse",
            "f5",
            "entretien Servier ARC 15h",
            "20261218T150000",
            "20261218T160000",
            PAR,
            [],
            "Mme Roux, visio",
            row=Row(1, "Servier", "ARC", "", "", "terse"),
            lang="fr",
            method="",
        )
    )
    a(
        simple(
            "google",
            "fr-final-directeur",
            "f6",
            "Dernier entretien : Directeur médical – Genevia",
            "20270113T160000",
            "20270113T164500",
            "Europe/Zurich",
            [org("Nathalie Blanc", "nathalie.blanc@genevia.ch"), att("Dr Luc Favre", "luc.favre@genevia.ch"), ME_A],
            "Carmen, voici l'invitation pour le dernier tour avec le Dr Favre, directeur médical, pour le poste de "
            "Medical Information Officer à Genève.\n" + webex("genevia", "2530 117 4410", "Gv9x"),
            row=Row(
                1, "Genevia", "Medical Information Officer", "final", "nathalie.blanc@genevia.ch;luc.favre@genevia.ch"
            ),
            lang="fr",
        )
    )
    return out
