"""holdout39: the user on the hiring side at Hôpital Nord Marseille (negatives, blind split)."""

from __future__ import annotations

from holdout39ev_ics import ME_PRIV, ME_WORK, Att, Ev, teams

A = Att
NW = A("BENALI Nadia", ME_WORK, partstat="ACCEPTED")
H = "hopital-nord-marseille.fr"
UAI = "user_as_interviewer"


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev(
        60, "uai_jury", "outlook", "fr", "Jury de recrutement – Préparateurs en pharmacie hospitalière",
        "20261202T090000", 240, "Romance Standard Time",
        desc="Bonjour à toutes et à tous,\n\nVous êtes désignés membres du jury de recrutement des préparateurs en "
             "pharmacie hospitalière (3 postes). 6 candidats convoqués, 30 min chacun. Les grilles d'évaluation sont "
             "dans le dossier partagé.\n\nDirection des Ressources Humaines",
        loc="Salle de réunion Pharmacie – RDC",
        org=("DRH Recrutement", f"drh.recrutement@{H}"),
        atts=[NW, A("PONS Émilie (Cadre de santé)", f"e.pons@{H}"), A("ARNAUD Serge", f"s.arnaud@{H}"),
              A("Salle Pharmacie RDC", f"salle.pharmacie@{H}", "ROOM")],
        trap=UAI))
    e.append(Ev(
        61, "uai_candidate", "outlook", "fr", "Entretien candidat – M. Kevin Durand (PPH)",
        "20261203T140000", 30, "Romance Standard Time",
        desc="Candidat : Kevin Durand, préparateur en pharmacie hospitalière (diplômé 2024). CV et lettre en pièce "
             "jointe. Merci de compléter la grille d'entretien après l'échange.",
        org=("BENALI Nadia", ME_WORK),
        atts=[A("PONS Émilie", f"e.pons@{H}"), A("Kevin Durand", "kevin.durand13@gmail.com")],
        trap=UAI))
    e.append(Ev(
        62, "uai_interne", "exchange", "fr", "Entretiens choix de stage internes en pharmacie – semestre mai 2027",
        "20270120T140000", 180, "Romance Standard Time",
        desc="Rencontre avec les internes intéressés par le stage en pharmacie clinique / stérilisation. "
             "Chaque interne dispose de 20 minutes. Présence du Dr Benali et du Dr Faure.",
        org=("FAURE Jean-Marc (Dr)", f"jm.faure@{H}"),
        atts=[NW, A("FAURE Jean-Marc (Dr)", f"jm.faure@{H}"), A("Internes pharmacie (liste)", f"internes.pharma@{H}")],
        trap=UAI))
    e.append(Ev(
        63, "uai_hand", "hand", "fr", "entretien Léa M. (stage PPH)", "20261204T111500", 30, "float",
        desc="candidate préparatrice, apprentissage. Voir grille + dossier école.",
        trap=UAI))
    e.append(Ev(
        64, "uai_forward", "outlook", "fr", "TR: Convocation jury – recrutement pharmacien assistant",
        "20261209T100000", 180, "Romance Standard Time",
        desc="-----Message d'origine-----\nDe : Secrétariat Direction des Affaires Médicales\nObjet : Convocation "
             "jury – recrutement pharmacien assistant\n\nMadame le Docteur Benali,\nVous êtes convoquée en qualité de "
             "membre du jury pour le recrutement d'un pharmacien assistant. Trois candidats seront auditionnés.\n\n"
             "(transféré sur ma boîte perso)",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")],
        trap=UAI))
    e.append(Ev(
        65, "uai_private_copy", "google", "fr", "Jury PPH (boulot)", "20261216T090000", 180, "xwr",
        desc="copie perso de l'invitation DRH – je fais passer les entretiens des préparateurs",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")],
        trap=UAI))
    e.append(Ev(
        66, "uai_debrief", "outlook", "fr", "Débrief jury préparateurs – classement des candidats",
        "20261202T133000", 30, "Romance Standard Time",
        desc="Harmonisation des notes et classement final. Merci d'apporter vos grilles complétées.",
        org=("PONS Émilie", f"e.pons@{H}"),
        atts=[NW, A("ARNAUD Serge", f"s.arnaud@{H}")],
        trap=UAI))
    e.append(Ev(
        67, "uai_external_candidate", "exchange", "fr", "Entretien – Poste de préparateur en stérilisation – "
        "Mme Sarah Benhamou", "20261210T103000", 45, "Romance Standard Time",
        desc="Bonjour Madame Benhamou,\n\nSuite à votre candidature au poste de préparateur en pharmacie (unité de "
             "stérilisation) à l'Hôpital Nord Marseille, nous vous recevrons en entretien avec le Dr Nadia Benali, "
             "pharmacien, et Mme Émilie Pons, cadre de santé.\n\nSe présenter à l'accueil de la pharmacie.\n"
             "Direction des Ressources Humaines",
        org=("BENALI Nadia", ME_WORK),
        atts=[A("Sarah Benhamou", "sarah.benhamou@orange.fr"), A("PONS Émilie", f"e.pons@{H}")],
        trap=UAI))
    e.append(Ev(
        68, "uai_teams", "outlook", "fr", "Entretien visio – candidature interne en pharmacie (PUI) – J. Nguyen",
        "20261211T160000", 30, "Romance Standard Time",
        desc="Entretien de la candidate pour le poste de préparatrice au circuit des dispositifs médicaux.\n"
             "Évaluateurs : Dr N. Benali, É. Pons.\n\n" + teams("fr", 68),
        org=("PONS Émilie", f"e.pons@{H}"),
        atts=[NW, A("NGUYEN Julie", f"j.nguyen@{H}")],
        trap=UAI))
    e.append(Ev(
        69, "uai_grille", "apple", "fr", "Préparer grilles d'entretien candidats internes",
        "20261208T073000", 45, "Europe/Paris",
        desc="Relire les 4 dossiers des internes avant les entretiens de jeudi.",
        org=("Nadia Benali", ME_PRIV), atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")],
        trap=UAI))
    e.append(Ev(
        70, "uai_en", "outlook", "en", "Interview: ERASMUS pharmacy trainee applicant (Anna Kowalska)",
        "20261215T113000", 30, "Romance Standard Time",
        desc="Dear Anna,\nThank you for applying for the hospital pharmacy traineeship at Hôpital Nord Marseille. "
             "Dr Nadia Benali will interview you by Teams.\n\n" + teams("en", 70),
        org=("BENALI Nadia", ME_WORK),
        atts=[A("Anna Kowalska", "anna.kowalska@student.umed.pl"), NW],
        trap=UAI))
    e.append(Ev(
        71, "uai_commission", "exchange", "fr", "Commission de recrutement contractuels – pharmacie",
        "20270105T140000", 120, "Romance Standard Time",
        desc="Ordre du jour : audition de 2 candidats au poste de préparateur contractuel (CDD 12 mois), puis "
             "délibération. Membres : Dr Benali, Mme Pons, représentant DRH.",
        org=("Secrétariat DRH", f"secretariat.drh@{H}"),
        atts=[NW, A("PONS Émilie", f"e.pons@{H}"), A("LAMBERT Chloé (DRH)", f"c.lambert@{H}")],
        trap=UAI))
    e.append(Ev(
        72, "uai_recurring", "outlook", "fr", "Créneaux entretiens candidats PPH",
        "20261201T150000", 60, "Romance Standard Time", rrule="FREQ=WEEKLY;COUNT=4;BYDAY=TU",
        override=("20261215T150000", "20261217T150000", "Créneaux entretiens candidats PPH (décalé jeudi)"),
        desc="Créneau hebdomadaire réservé aux entretiens des candidats préparateurs (campagne de recrutement "
             "hiver). Les convocations sont envoyées par la DRH.",
        org=("BENALI Nadia", ME_WORK), atts=[A("PONS Émilie", f"e.pons@{H}")],
        trap=UAI))
    e.append(Ev(
        73, "uai_phone", "ios", "fr", "Appel candidat interne pharma - Yanis", "20261207T123000", 15, "Europe/Paris",
        desc="Rappeler Yanis (interne 3e semestre) pour lui proposer un entretien sur le poste de FFI.",
        trap=UAI))
    e.append(Ev(
        74, "uai_es", "google", "es", "Entrevista candidata prácticas farmacia - Marta López",
        "20261218T100000", 30, "Europe/Paris",
        desc="Entrevista con Marta López (estudiante de Farmacia, Universidad de Barcelona) para las prácticas en el "
             "servicio de farmacia del Hôpital Nord Marseille. La entrevista la hago yo.",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED"), A("Marta López", "marta.lopez.f@gmail.com")],
        trap=UAI))
    e.append(Ev(
        75, "uai_de", "outlook", "de", "Vorstellungsgespräch Bewerber PTA – Herr Schmid",
        "20261222T100000", 45, "Romance Standard Time",
        desc="Bewerbung von Herrn Tobias Schmid (PTA aus Freiburg) für die Krankenhausapotheke. Gespräch mit "
             "Dr. Benali und Frau Pons. Bitte Bewertungsbogen ausfüllen.",
        org=("BENALI Nadia", ME_WORK),
        atts=[A("Tobias Schmid", "t.schmid@web.de"), A("PONS Émilie", f"e.pons@{H}")],
        trap=UAI))
    e.append(Ev(
        76, "uai_agency_candidate", "google", "fr", "Présentation candidat intérim – préparateur (Synergie Santé)",
        "20261214T090000", 30, "Europe/Paris",
        desc="Bonjour Dr Benali,\nComme convenu, je vous présente M. Hugo Lemaire, préparateur en pharmacie, pour la "
             "mission d'intérim de 3 mois à la PUI. Il sera en visio.\nCordialement,\nAgence Interim Santé Sud",
        org=("Agence Intérim Santé Sud", "marseille@interim-sante-sud.fr"),
        atts=[NW, A("Hugo Lemaire", "hugo.lemaire.pph@outlook.fr")],
        trap=UAI))
    e.append(Ev(
        77, "uai_shadow", "outlook", "fr", "Binôme entretiens – formation des nouveaux membres de jury",
        "20261213T140000", 60, "Romance Standard Time",
        desc="Nadia accompagne Chloé (nouvelle cadre) sur deux entretiens de candidats préparateurs pour la former "
             "à la conduite d'entretien de recrutement.",
        org=("LAMBERT Chloé (DRH)", f"c.lambert@{H}"), atts=[NW],
        trap=UAI))
    e.append(Ev(
        78, "uai_ecos", "exchange", "fr", "ECOS – évaluation des internes en pharmacie (examinateur)",
        "20270122T083000", 240, "Romance Standard Time",
        desc="Vous êtes examinateur pour les ECOS des internes (stations de dispensation). Faculté de Pharmacie de "
             "Marseille, salle 104.",
        org=("Scolarité Pharmacie", "scolarite-pharmacie@univ-amu.fr"),
        atts=[A("Benali Nadia", ME_WORK)],
        trap=UAI))
    e.append(Ev(
        79, "uai_calendly_host", "calendly", "fr", "Nouvel événement : Inès Caron – Entretien stage préparateur",
        "20261219T093000", 20, "Z",
        desc="Invité : Inès Caron (ines.caron@etu.univ-amu.fr)\nType d'événement : Entretien stage préparateur\n"
             "Organisateur : Nadia Benali (pharmacie Hôpital Nord)\n\nRéponses : Je suis en 2e année de BUT "
             "préparateur et je cherche un stage à la PUI.",
        org=("Nadia Benali", ME_WORK),
        atts=[A("Inès Caron", "ines.caron@etu.univ-amu.fr")],
        trap=UAI))
    return e
