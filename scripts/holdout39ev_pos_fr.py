"""holdout39: the user's own interviews in French (blind split)."""

from __future__ import annotations

from holdout39ev_ics import ME_PRIV, ME_WORK, Att, Ev, meet, teams, webex, zoom

A = Att
NB = A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev(
        1, "screen", "workday", "fr", "Entretien téléphonique – Chargé(e) Affaires Réglementaires (R-01482)",
        "20261201T100000", 30, "Europe/Paris",
        desc="Bonjour Nadia,\n\nMerci pour votre candidature au poste de Chargé(e) Affaires Réglementaires H/F "
             "(R-01482) chez Rhodanis Pharma. Claire Vasseur, Talent Acquisition Partner, vous appellera au numéro "
             "indiqué dans votre profil.\n\nCet e-mail a été envoyé automatiquement par Workday.",
        org=("Rhodanis Pharma Recrutement", "rhodanis@myworkday.com"),
        atts=[NB, A("Claire Vasseur", "claire.vasseur@rhodanis-pharma.com")],
        pos=True, company="Rhodanis Pharma", role="Chargé(e) Affaires Réglementaires", stage="recruiter_screen"))
    e.append(Ev(
        2, "hm", "outlook", "fr", "Entretien Nadia Benali / Responsable Pharmacovigilance",
        "20261203T143000", 60, "Romance Standard Time",
        desc="Bonjour Madame Benali,\n\nComme convenu avec notre service RH, je vous propose un échange sur le poste "
             "de Pharmacien Responsable Pharmacovigilance au sein de ma direction.\n\nBien cordialement,\n"
             "Dr Hélène Marchetti\nDirectrice Qualité & Vigilances\nLaboratoires Pascaline SAS\n\n" + teams("fr", 2),
        loc="Réunion Microsoft Teams",
        org=("Marchetti Hélène", "h.marchetti@labo-pascaline.com"),
        atts=[A("Marchetti Hélène", "h.marchetti@labo-pascaline.com", partstat="ACCEPTED"),
              A("nadia.benali@sfr.fr", ME_PRIV)],
        pos=True, company="Laboratoires Pascaline", role="Pharmacien Responsable Pharmacovigilance",
        stage="hiring_manager"))
    e.append(Ev(
        3, "tech", "google", "fr", "Cas pratique PV – Vigilia Santé x Nadia",
        "20261204T090000", 90, "Europe/Paris",
        desc="Nadia, comme annoncé lors de notre premier appel, ce second entretien est un cas pratique : analyse "
             "de deux cas d'effets indésirables et rédaction d'une narration. Prévoyez 1h30.\n"
             "Intervenants : Thomas Ruiz (Drug Safety Lead) et Inès Kaddour (Pharmacovigilance Officer).\n\n"
             + meet("fr", 3),
        org=("Thomas Ruiz", "thomas@vigilia-sante.fr"),
        atts=[A("Thomas Ruiz", "thomas@vigilia-sante.fr", partstat="ACCEPTED"),
              A("Inès Kaddour", "ines.kaddour@vigilia-sante.fr"), NB],
        pos=True, company="Vigilia Santé", role="", stage="technical"))
    e.append(Ev(
        4, "onsite", "smartrecruiters", "fr", "Entretiens sur site – Spécialiste Affaires Réglementaires Dispositifs "
        "Médicaux", "20261208T091500", 240, "Europe/Paris",
        desc="Bonjour Nadia,\n\nNous avons le plaisir de vous accueillir dans nos locaux de Lyon Gerland pour une "
             "demi-journée d'entretiens (poste : Spécialiste Affaires Réglementaires Dispositifs Médicaux).\n"
             "Programme :\n09h15 Accueil (Sophie, assistante RH)\n09h30 Marc Delorme – Head of Regulatory\n"
             "10h30 Amélie Fournier – Quality Manager\n11h30 Visite du site\n\nAdresse : 14 rue Jean Jaurès, "
             "69007 Lyon\n"
             "Demander Sophie Girard à l'accueil.\n\nOrtheo Medical – Talent team",
        loc="Ortheo Medical, 14 rue Jean Jaurès, 69007 Lyon",
        org=("Ortheo Medical via SmartRecruiters", "noreply@smartrecruiters.com"),
        atts=[NB, A("Marc Delorme", "marc.delorme@ortheo.eu"), A("Amélie Fournier", "amelie.fournier@ortheo.eu"),
              A("Sophie Girard", "sophie.girard@ortheo.eu", "COORD")],
        pos=True, company="Ortheo Medical", role="Spécialiste Affaires Réglementaires Dispositifs Médicaux",
        stage="onsite"))
    e.append(Ev(
        5, "screen", "wttj", "fr", "Premier échange avec Calanques Biotech",
        "20261209T113000", 30, "Europe/Paris",
        desc="Votre entretien pour l'offre « Regulatory Affairs Officer (CDI) – Marseille » est confirmé.\n\n"
             "Avec : Julie Amrani (Office & People Manager)\nFormat : visio (le lien vous sera envoyé)\n\n"
             "Envoyé via Welcome to the Jungle",
        org=("Welcome to the Jungle", "no-reply@welcometothejungle.com"),
        atts=[A("Julie Amrani", "julie@calanques-bio.com"), NB],
        pos=True, company="Calanques Biotech", role="Regulatory Affairs Officer", stage="recruiter_screen"))
    e.append(Ev(
        6, "final", "outlook", "fr", "Entretien final - Directeur Médical / Nadia BENALI",
        "20261215T160000", 45, "Romance Standard Time",
        desc="Madame,\n\nSuite à vos précédents entretiens, le Dr François Lemaire, Directeur Médical, souhaite vous "
             "rencontrer pour un dernier entretien concernant le poste de Pharmacovigilance Manager.\n\n"
             "Assistante de direction : Martine Colas (qui organise ce rendez-vous)\n\n" + teams("fr", 6),
        loc="Réunion Microsoft Teams; Salle Mistral (Bât. B)",
        org=("COLAS Martine", "martine.colas@provenpharm.fr"),
        atts=[A("LEMAIRE François (Dr)", "francois.lemaire@provenpharm.fr"),
              A("Benali Nadia", ME_PRIV), A("Salle Mistral Bât B", "salle.mistral@provenpharm.fr", "ROOM")],
        pos=True, company="Provenpharm", role="Pharmacovigilance Manager", stage="final"))
    e.append(Ev(
        7, "agency", "outlook", "fr", "Présentation candidate – Laboratoires Aubrac (via Altaïs Conseil)",
        "20261210T100000", 60, "Romance Standard Time",
        desc="Bonjour Nadia,\n\nJe vous confirme votre entretien avec notre client, les Laboratoires Aubrac, pour le "
             "poste de Chargée de Pharmacovigilance (CDI, Montpellier/hybride).\nVous rencontrerez Mme Odile Ferrand, "
             "Responsable Pharmacovigilance.\nJe ne serai pas présente à l'entretien mais je vous appelle juste "
             "après.\n\n"
             "Karine Dufresne\nConsultante – Altaïs Conseil, cabinet de recrutement santé",
        loc="Laboratoires Aubrac – 210 avenue de la Pompignane, Montpellier",
        org=("Karine Dufresne", "k.dufresne@altais-conseil.fr"),
        atts=[NB, A("Odile Ferrand", "o.ferrand@aubrac-labs.fr")],
        pos=True, company="Laboratoires Aubrac", role="Chargée de Pharmacovigilance", stage="hiring_manager",
        trap="agency"))
    e.append(Ev(
        8, "hand", "hand", "fr", "entretien Kestrel (CRO) - 2e tour", "20261211T140000", 60, "float",
        desc="visio, lien dans le mail de Sarah. poste PV associate. revoir ICH E2B",
        pos=True, company="Kestrel", role="PV associate", stage="",
        ivs=[], trap="hand_typed"))
    e.append(Ev(
        9, "screen", "calendly", "fr", "Appel découverte (30 min) entre Nadia Benali et Élodie Perrin",
        "20261202T173000", 30, "Z",
        desc="Événement : Appel de préqualification – Poste Affaires Réglementaires\nNom de l'invité : Nadia Benali\n"
             "Merci de préciser vos disponibilités et votre prétention salariale.\n\nEntreprise : Medisud Diagnostics\n"
             "Élodie Perrin, Chargée de recrutement\n\nNumérotation : Élodie vous appellera au +33 6 12 44 80 19.\n\n"
             "Propulsé par Calendly.com",
        org=("Élodie Perrin", "elodie.perrin@medisud-dx.com"),
        atts=[A("Élodie Perrin", "elodie.perrin@medisud-dx.com", partstat="ACCEPTED"), NB],
        pos=True, company="Medisud Diagnostics", role="", stage="recruiter_screen"))
    e.append(Ev(
        10, "tech", "teamtailor", "fr", "Entretien technique – Pharmacien Assurance Qualité / Affaires Réglementaires",
        "20261216T103000", 75, "Europe/Paris",
        desc="Bonjour Nadia,\n\nVoici les informations de votre entretien technique chez Helios Radiopharma :\n"
             "- Benoît Tran, Responsable Affaires Réglementaires\n- Camille Robin, Pharmacien Responsable "
             "Intérimaire\n\n"
             + zoom("fr", 10) + "\n\nÀ très vite,\nL'équipe Talent d'Helios Radiopharma",
        loc="Zoom",
        org=("Helios Radiopharma", "jobs@helios-radiopharma.teamtailor-mail.com"),
        atts=[NB, A("Benoît Tran", "benoit.tran@heliosrp.com"), A("Camille Robin", "camille.robin@heliosrp.com")],
        pos=True, company="Helios Radiopharma",
        role="Pharmacien Assurance Qualité / Affaires Réglementaires", stage="technical"))
    e.append(Ev(
        11, "agency_gov", "exchange", "fr", "ANSM – Entretien de recrutement – Évaluateur pharmacovigilance",
        "20261217T093000", 60, "Romance Standard Time",
        desc="Madame Benali,\n\nVotre candidature au poste d'évaluateur/évaluatrice en pharmacovigilance (direction "
             "de la surveillance) a retenu l'attention du jury. Nous vous convions à un entretien en présence de :\n"
             "- M. Patrick Olivier, chef de pôle\n- Mme Sandrine Lebrun, évaluatrice senior\n"
             "- Mme Aurore Millet, chargée de recrutement (DRH)\n\nMerci de vous munir d'une pièce d'identité.\n"
             "Agence nationale de sécurité du médicament et des produits de santé",
        loc="143-147 bd Anatole France, Saint-Denis – salle 3.12",
        org=("MILLET Aurore", "aurore.millet@ansm.sante.fr"),
        atts=[A("OLIVIER Patrick", "patrick.olivier@ansm.sante.fr"),
              A("LEBRUN Sandrine", "sandrine.lebrun@ansm.sante.fr"),
              A("MILLET Aurore", "aurore.millet@ansm.sante.fr"), A("Nadia Benali", ME_PRIV),
              A("Salle 3.12 (12 pers.)", "salle312@ansm.sante.fr", "ROOM")],
        pos=True, company="ANSM", role="évaluateur/évaluatrice en pharmacovigilance", stage="",
        trap="jury_panel_candidate"))
    e.append(Ev(
        12, "founder", "google", "fr", "Nadia <> Théo – Pharmaloop",
        "20261207T183000", 45, "Europe/Paris",
        desc="Salut Nadia, ravi que tu sois dispo ! On discute du poste de Head of Regulatory & Quality chez "
             "Pharmaloop (on est 9, seed en cours). Je te présente aussi Maud, ma "
             "co-fondatrice.\nThéo\n\n" + meet("fr", 12),
        org=("Théo Marchal", "theo.marchal.pro@gmail.com"),
        atts=[A("Théo Marchal", "theo.marchal.pro@gmail.com", partstat="ACCEPTED"),
              A("Maud Lefort", "maud@pharmaloop.io"), NB],
        pos=True, company="Pharmaloop", role="Head of Regulatory & Quality", stage="", trap="founder_freemail"))
    e.append(Ev(
        13, "screen", "taleo", "fr", "Entretien RH - Réf. 2600418 Chargé de Vigilance Matériovigilance",
        "20261214T110000", 45, "Europe/Paris",
        desc="Madame Nadia Benali,\n\nNous vous confirmons votre entretien RH pour l'offre 2600418 – Chargé de "
             "Vigilance Matériovigilance (H/F), Lyon.\nInterlocuteur : Gaëlle Simon, Chargée de recrutement, Direction "
             "des Ressources Humaines France, Medvance France SAS.\n\nCe message est généré par le Centre de "
             "planification Taleo. Ne pas répondre.",
        org=("Centre de planification", "scheduling@medvance.taleo.net"),
        atts=[A("Gaëlle Simon", "gaelle.simon@medvance.com"), A(None, ME_PRIV)],
        pos=True, company="Medvance", role="Chargé de Vigilance Matériovigilance", stage="recruiter_screen"))
    e.append(Ev(
        14, "hm_cancel", "outlook", "fr", "Annulé : Entretien – Affaires Réglementaires CMC",
        "20261218T150000", 60, "Romance Standard Time", status="CANCELLED", method="CANCEL", sequence=2,
        desc="L'entretien avec Romain Berthet (Responsable CMC) est annulé ; nous revenons vers vous avec une "
             "nouvelle date.\nService recrutement – Lacroix-Vernet Pharma",
        org=("Recrutement Lacroix-Vernet", "recrutement@lvpharma.fr"),
        atts=[A("Romain Berthet", "romain.berthet@lvpharma.fr"), A("Benali Nadia", ME_PRIV)],
        pos=True, company="Lacroix-Vernet Pharma", role="Affaires Réglementaires CMC", stage="hiring_manager",
        trap="cancelled"))
    e.append(Ev(
        15, "onsite", "apple", "fr", "Journée d'entretiens Genève — Debrion SA",
        "20270112T090000", 420, "Europe/Zurich",
        desc="Train 6h04 Marseille-St-Charles → Genève. Entretiens : RA lead (Nicolas Favre), VP Regulatory, RH. "
             "Déjeuner avec l'équipe. Poste : Regulatory Affairs Manager EU/CH.",
        loc="Debrion SA\nRoute de Meyrin 120, 1217 Meyrin, Suisse",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED"), A("Nicolas Favre", "nicolas.favre@debrion.ch")],
        pos=True, company="Debrion", role="Regulatory Affairs Manager EU/CH", stage="onsite",
        trap="own_copy_with_interviewer"))
    e.append(Ev(
        16, "screen", "bookings", "fr", "Entretien de pré-sélection – Nadia Benali",
        "20261205T100000", 30, "Romance Standard Time",
        desc="Votre rendez-vous avec Cabinet Vianney Santé est confirmé.\nService : Entretien de pré-sélection pour "
             "le compte de Sanivia Lyon (Pharmacien Affaires Réglementaires Junior)\nMembre du personnel : "
             "Bastien Royer\n\n" + teams("fr", 16),
        org=("Cabinet Vianney Santé", "CabinetVianneySante@vianney-sante.fr"),
        atts=[A("Bastien Royer", "bastien.royer@vianney-sante.fr"), A("Nadia Benali", ME_PRIV)],
        pos=True, company="Sanivia", role="Pharmacien Affaires Réglementaires Junior", stage="recruiter_screen",
        trap="agency_bookings"))
    e.append(Ev(
        17, "tech", "google", "fr", "Entretien - Pharmacovigilance Scientist - Paris (2/3)",
        "20261221T110000", 60, "Z",
        desc="Deuxième tour : mise en situation sur la détection de signal (EudraVigilance, analyse de "
            "disproportionnalité).\n"
             "Jury : Dr. Wei Chen (Global Safety Physician), Lucie Barbier (Signal Management)\n\n" + meet("en", 17),
        org=("Lucie Barbier", "lucie.barbier@novaliane.com"),
        atts=[A("Lucie Barbier", "lucie.barbier@novaliane.com", partstat="ACCEPTED"),
              A("Wei Chen", "wei.chen@novaliane.com"), NB,
              A("Paris-HQ-4-Orion (6) [Visio]", "c_1889bk3q2n4@resource.calendar.google.com", "RESOURCE")],
        pos=True, company="Novaliane", role="Pharmacovigilance Scientist", stage="technical"))
    e.append(Ev(
        18, "hm", "outlook", "fr", "RE: Candidature - Pharmacien affaires réglementaires - Entretien",
        "20261222T090000", 60, "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris",
        desc="Bonjour Nadia,\nJe vous confirme notre entretien mardi à 9h dans nos locaux d'Aubagne.\nAu plaisir,\n"
             "Jérôme Castel\nResponsable Affaires Réglementaires\nBIOLAB PROVENCE – 3 Av. des Paluds, 13400 Aubagne",
        loc="Biolab Provence, Aubagne",
        org=("Jérôme Castel", "jcastel@biolab-provence.com"),
        atts=[A("Nadia Benali", ME_PRIV), A("Jérôme Castel", "jcastel@biolab-provence.com", partstat="ACCEPTED")],
        pos=True, company="Biolab Provence", role="Pharmacien affaires réglementaires", stage="hiring_manager",
        trap="reply_subject"))
    e.append(Ev(
        19, "final", "webex", "fr", "Entretien final avec le comité de direction – ECLOSA",
        "20270107T140000", 60, "Europe/Paris",
        desc="Madame Benali,\nDernière étape de notre processus de recrutement pour le poste de Responsable "
             "Réglementaire Europe : rencontre avec Pierre-Yves Gautier (Président) et Anne Cordier (DAF).\n\n"
             + webex("fr", 19),
        org=("Anne Cordier", "anne.cordier@eclosa-group.com"),
        atts=[A("Pierre-Yves "
            "Gautier", "py.gautier@eclosa-group.com"), A("Anne Cordier", "anne.cordier@eclosa-group.com"),
              A("Nadia Benali", ME_PRIV)],
        pos=True, company="Eclosa", role="Responsable Réglementaire Europe", stage="final"))
    e.append(Ev(
        20, "internal_mobility", "exchange", "fr", "Entretien candidature interne – Pharmacien vigilance (DRCI)",
        "20261209T133000", 45, "Romance Standard Time",
        desc="Madame Benali,\n\nSuite à votre candidature sur le poste de pharmacien chargé des vigilances des essais "
             "cliniques à la Direction de la Recherche Clinique et de l'Innovation, nous vous recevrons en entretien.\n"
             "Jury : Pr Alain Rossi (coordonnateur DRCI) et Mme Valérie Abad (cadre RH).\n\nDirection des Ressources "
             "Humaines",
        loc="DRCI – Bâtiment Administratif, 2e étage",
        org=("ABAD Valérie", "v.abad@hopital-nord-marseille.fr"),
        atts=[A("ROSSI Alain (Pr)", "a.rossi@hopital-nord-marseille.fr"), A("BENALI Nadia", ME_WORK),
              A("ABAD Valérie", "v.abad@hopital-nord-marseille.fr")],
        pos=True, company="Hôpital Nord Marseille", role="pharmacien chargé des vigilances des essais cliniques",
        stage="", trap="internal_mobility_candidate"))
    e.append(Ev(
        21, "screen", "google", "fr", "Appel recruteur — Synaptis (Affaires réglementaires)",
        "20261130T121500", 20, "xwr",
        desc="Appel de Karim (talent acquisition Synaptis) pour le poste d'assistant(e) affaires réglementaires. "
             "Il appelle sur le portable.",
        org=("Nadia Benali", ME_PRIV),
        atts=[NB],
        pos=True, company="Synaptis", role="assistant(e) affaires réglementaires", stage="recruiter_screen",
        ivs=[], trap="own_note"))
    e.append(Ev(
        22, "rescheduled", "smartrecruiters", "fr", "Entretien reprogrammé : Responsable Matériovigilance – Vygaro",
        "20261211T160000", 60, "Europe/Paris", sequence=3,
        desc="Votre entretien a été déplacé au vendredi 11 décembre à 16h00.\nAvec : Laurent Pichon, Directeur "
             "Qualité & Affaires Réglementaires, Vygaro Medical (Lyon)\n\n" + teams("fr", 22),
        org=("Vygaro Medical", "noreply@smartrecruiters.com"),
        atts=[NB, A("Laurent Pichon", "laurent.pichon@vygaro.com", partstat="ACCEPTED")],
        pos=True, company="Vygaro Medical", role="Responsable Matériovigilance", stage="hiring_manager",
        trap="rescheduled"))
    e.append(Ev(
        23, "panel", "outlook", "fr", "Entretien collectif — Chef de projet vigilance (CHU)",
        "20270114T100000", 90, "Romance Standard Time",
        desc="Madame,\nVous êtes convoquée à l'entretien devant la commission de recrutement pour le poste de "
             "chef de projet vigilance au Centre Régional de Pharmacovigilance de Lyon (Hospices Civils de Lyon).\n"
             "Membres : Dr Marion Kessler, M. Yann Bouvier.\nSecrétariat : Nathalie Roux.",
        loc="Groupement Hospitalier Centre – salle du conseil",
        org=("ROUX Nathalie", "nathalie.roux@chu-lyon.fr"),
        atts=[A("KESSLER Marion", "marion.kessler@chu-lyon.fr"), A("BOUVIER Yann", "yann.bouvier@chu-lyon.fr"),
              A("Benali Nadia", ME_PRIV), A("ROUX Nathalie", "nathalie.roux@chu-lyon.fr", "COORD")],
        pos=True, company="Hospices Civils de Lyon", role="chef de projet vigilance", stage="",
        trap="commission_candidate"))
    e.append(Ev(
        24, "tech", "zoom", "fr", "Test écrit + entretien – Rédacteur PSUR",
        "20261223T140000", 120, "Europe/Paris",
        desc="Bonjour Nadia,\nTest écrit (45 min) puis entretien avec Fabien Mercier, Safety Writing Lead, "
             "Axiane Clinical (CRO).\n\n" + zoom("fr", 24),
        org=("Fabien Mercier", "fabien.mercier@axiane-cro.com"),
        atts=[A("Nadia Benali", ME_PRIV)],
        pos=True, company="Axiane Clinical", role="Rédacteur PSUR", stage="technical",
        ivs=["fabien.mercier@axiane-cro.com"], trap="organizer_not_attendee"))
    e.append(Ev(
        25, "hand", "ios", "fr", "Entretien Boiréal - Mme Giraud", "20261202T100000", 60, "float",
        loc="12 rue Paradis, Marseille",
        desc="RDV pour le poste d'attachée réglementaire. Apporter CV papier.",
        pos=True, company="Boiréal", role="attachée réglementaire", stage="", ivs=[], trap="hand_typed"))
    return e
