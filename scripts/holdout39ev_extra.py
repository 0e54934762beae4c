"""holdout39: more interviews (mostly French) and a few tricky ones (blind split)."""

from __future__ import annotations

from holdout39ev_ics import ME_PRIV, ME_WORK, Att, Ev, meet, teams, zoom

A = Att
NB = A("Nadia Benali", ME_PRIV, partstat="ACCEPTED")


def events() -> list[Ev]:
    e: list[Ev] = []
    e.append(Ev(
        111, "screen_workaddr", "outlook", "fr", "Entretien Nadia Benali – Chargée de mission réglementaire (HAS)",
        "20261208T123000", 45, "Romance Standard Time",
        desc="Madame,\nNous accusons réception de votre candidature au poste de chargée de mission au service "
             "évaluation des dispositifs (Haute Autorité de santé) et vous proposons un premier entretien avec "
             "Mme Isabelle Garnier, cheffe de service adjointe.\nService recrutement – HAS\n\n" + teams("fr", 111),
        org=("Recrutement HAS", "recrutement@has-sante.fr"),
        atts=[A("GARNIER Isabelle", "i.garnier@has-sante.fr"), A("BENALI Nadia", ME_WORK)],
        pos=True, company="Haute Autorité de santé", role="Chargée de mission réglementaire", stage="",
        trap="work_address_candidate"))
    e.append(Ev(
        112, "tech", "google", "fr", "Entretien technique MDR/IVDR – Biosoleo",
        "20261209T153000", 60, "Europe/Paris",
        desc="Bonjour Nadia,\nPour le poste de Regulatory Affairs Specialist IVD, tu échangeras avec Romain (RA "
             "Manager) et Nora (Clinical Affairs). On parlera classification IVDR et performance studies.\n"
             "À bientôt,\nMaëlle – People @ Biosoleo\n\n" + meet("fr", 112),
        org=("Maëlle Rey", "maelle@biosoleo.com"),
        atts=[A("Maëlle Rey", "maelle@biosoleo.com", "COORD", "ACCEPTED"), A("Romain Aubert", "romain@biosoleo.com"),
              A("Nora Haddou", "nora@biosoleo.com"), NB],
        pos=True, company="Biosoleo", role="Regulatory Affairs Specialist IVD", stage="technical"))
    e.append(Ev(
        113, "hm", "zoom", "fr", "Nadia Benali <> Groupe Méditerranée Santé | échange poste PV",
        "20261211T083000", 45, "Europe/Paris",
        desc="Échange avec Karim Belkacem, Directeur des Opérations Pharmaceutiques (GMS – Groupe Méditerranée "
             "Santé), sur le poste de Pharmacien Pharmacovigilance & Information Médicale.\n\n" + zoom("fr", 113),
        org=("Karim Belkacem", "k.belkacem@gms-groupe.fr"),
        atts=[A("Karim Belkacem", "k.belkacem@gms-groupe.fr"), NB],
        pos=True, company="Groupe Méditerranée Santé",
        role="Pharmacien Pharmacovigilance & Information Médicale", stage="hiring_manager"))
    e.append(Ev(
        114, "screen", "wttj", "fr", "Entretien visio – Consultant(e) Réglementaire Junior",
        "20261214T170000", 45, "Europe/Paris",
        desc="Bonjour Nadia,\nVotre entretien pour le poste « Consultant(e) Réglementaire Junior – Paris ou remote » "
             "chez Regulis Partners est planifié.\nRecruteur : Hugo Mercier (Talent Acquisition)\nLien de visio :\n"
             + meet("fr", 114) + "\n\nWelcome to the Jungle – Welcome Kit",
        org=("Regulis Partners via Welcome Kit", "notifications@welcomekit.co"),
        atts=[A("Hugo Mercier", "hugo.mercier@regulis-partners.com"), NB],
        pos=True, company="Regulis Partners", role="Consultant(e) Réglementaire Junior", stage="recruiter_screen"))
    e.append(Ev(
        115, "final_onsite_paris", "apple", "fr", "Paris – entretiens finaux Sérélia (RA Europe)",
        "20270112T100000", 300, "Europe/Paris",
        desc="TGV 6h56. Rencontre avec Dr Agnès Lavigne (VP Regulatory) puis Benjamin Roux (DRH) – tour final "
             "pour Regulatory Affairs Manager Europe.",
        loc="Sérélia Pharmaceuticals\n55 rue de la Boétie, 75008 Paris",
        org=("Nadia Benali", ME_PRIV),
        atts=[A("Nadia Benali", ME_PRIV, partstat="ACCEPTED"), A("Agnès Lavigne", "agnes.lavigne@serelia-pharma.com"),
              A("Benjamin Roux", "benjamin.roux@serelia-pharma.com")],
        pos=True, company="Sérélia Pharmaceuticals", role="Regulatory Affairs Manager Europe", stage="final",
        trap="own_copy_with_interviewers"))
    e.append(Ev(
        116, "coffee_interview", "google", "fr", "Café – Théa (Pharmaloop) – suite de notre entretien",
        "20261219T100000", 60, "Europe/Paris",
        desc="Deuxième entretien pour le poste Head of Regulatory & Quality : rencontre avec Théa Nguyen, "
             "conseillère scientifique et future N+1 côté qualité, autour d'un café.",
        loc="Les Grandes Tables de la Friche, Marseille",
        org=("Théo Marchal", "theo.marchal.pro@gmail.com"),
        atts=[A("Théo Marchal", "theo.marchal.pro@gmail.com", "NONPART", "ACCEPTED"),
              A("Théa Nguyen", "thea@pharmaloop.io"), NB],
        pos=True, company="Pharmaloop", role="Head of Regulatory & Quality", stage="",
        trap="coffee_but_interview"))
    e.append(Ev(
        117, "screen", "outlook", "fr", "Entretien RH — Stallergia France (Antony) – Pharmacovigilance",
        "20261207T110000", 30, "Romance Standard Time",
        desc="Bonjour Nadia,\nJe vous confirme notre échange téléphonique de 30 minutes concernant le poste de "
             "Pharmacovigilance Officer en CDI. Je vous appellerai.\nLaurence Petit\nTalent Acquisition Specialist\n"
             "Stallergia France SAS – Groupe Stallergia",
        org=("PETIT Laurence", "laurence.petit@stallergia.com"),
        atts=[A("Benali Nadia", ME_PRIV)],
        pos=True, company="Stallergia", role="Pharmacovigilance Officer", stage="recruiter_screen",
        ivs=["laurence.petit@stallergia.com"]))
    e.append(Ev(
        118, "tech_es", "google", "es", "Caso práctico Farmacovigilancia – Nadia Benali (Ebrovia)",
        "20261216T160000", 60, "Europe/Madrid",
        desc="Hola Nadia, en esta segunda entrevista resolverás un caso práctico de gestión de señales con Sergio "
             "Blasco (Head of PV) y Ana Ruiz (QPPV). Ebrovia Biopharma, Zaragoza.\n\n" + meet("es", 118),
        org=("Ana Ruiz", "ana.ruiz@ebrovia.com"),
        atts=[A("Ana Ruiz", "ana.ruiz@ebrovia.com", partstat="ACCEPTED"),
              A("Sergio Blasco", "sergio.blasco@ebrovia.com"),
              NB],
        pos=True, company="Ebrovia Biopharma", role="", stage="technical"))
    e.append(Ev(
        119, "hm_en", "outlook", "en", "Nadia Benali / Kestrel – conversation with the Head of Safety",
        "20261223T100000", 45, "GMT Standard Time",
        desc="Hi Nadia,\nFollowing your call with Sarah, Paul Nash (Head of Safety Operations) would like to meet you "
             "for the PV Associate position.\nKestrel Clinical Research Ltd\n\n" + teams("en", 119),
        org=("Nash, Paul", "paul.nash@kestrelcro.com"),
        atts=[A("Nash, Paul", "paul.nash@kestrelcro.com", partstat="ACCEPTED"), A("Nadia Benali", ME_PRIV)],
        pos=True, company="Kestrel Clinical Research", role="PV Associate", stage="hiring_manager",
        trap="windows_zone_no_vtimezone"))
    return e
