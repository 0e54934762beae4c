"""holdout15 French mail, each message written on its own."""

from __future__ import annotations

from holdout15_core import Msg

MERCI = ("Bonjour Madame Girard,\n\nmerci encore pour l'entretien de ce matin, j'ai apprécié nos échanges sur la "
         "gestion des stocks saisonniers.\n\nBien cordialement,\nTomasz Nowak")
RELANCE = "Bonjour,\n\nje me permets de revenir vers vous concernant le poste d'analyste logistique.\n\nTomasz Nowak"
MENTIONS = ("Rhône Distribution SAS au capital de 2 000 000 EUR – RCS Lyon 512 345 678. Ce message et ses pièces "
            "jointes sont confidentiels. Toute offre doit être confirmée par écrit.")

MESSAGES: list[Msg] = [
    Msg("rejection", "fr", "warm_rejection", "Rhône Distribution", "Analyste Supply Chain",
        "Claire Girard <c.girard@rhone-distribution.fr>", "RE: Entretien Analyste Supply Chain",
        "Bonjour Monsieur Nowak,\n\nMerci pour votre message. Nous avons beaucoup apprécié votre parcours et "
        "votre expérience terrain en entrepôt. Malgré les qualités de votre candidature, nous avons retenu un "
        "profil disposant d'une expérience plus longue en prévision des ventes.\n\nNous vous souhaitons pleine "
        "réussite.\n\nBien cordialement,\nClaire Girard\nChargée de recrutement\n\n" + MENTIONS,
        quote="outlook|" + MERCI, charset="iso-8859-1", cte="quoted-printable"),
    Msg("rejection", "fr", "no_interview", "Saône Agroalimentaire", "Planificateur de production",
        "Saône Agroalimentaire <saone@welcomekit.co>", "Votre candidature – Planificateur de production",
        "Bonjour Tomasz,\n\nNous vous remercions pour votre candidature. Après étude de votre dossier, nous ne "
        "sommes malheureusement pas en mesure de vous proposer un entretien pour ce poste.\n\nL'équipe RH",
        layout="html", reply_to="rh@saone-agro.fr"),
    Msg("rejection", "fr", "talent_pool", "Lumière E-commerce", "Demand Planner",
        "Julie Bernard <julie.bernard@lumiere-ecommerce.fr>", "Suite à votre candidature",
        "Bonjour Tomasz,\n\nNous ne donnerons pas suite pour le poste de Demand Planner, le choix s'est porté "
        "sur une autre personne. Avec votre accord, nous conservons votre CV dans notre vivier de talents pour "
        "de futures opportunités à Lyon.\n\nBelle journée,\nJulie", layout="alt"),
    Msg("rejection", "fr", "rescinded", "Transports Morel", "Responsable planification",
        "Philippe Morel <p.morel@transports-morel.fr>", "Annulation de notre proposition",
        "Monsieur,\n\nC'est avec regret que je dois vous informer que nous annulons la promesse d'embauche qui "
        "vous a été adressée pour le poste de responsable planification. La perte de notre principal client "
        "nous contraint à geler tous les recrutements.\n\nJe vous prie d'accepter nos excuses.\n\nPhilippe Morel\n"
        "Directeur général", charset="windows-1252"),
    Msg("rejection", "fr", "stage_rejection", "Lumière E-commerce", "Analyste données logistiques",
        "Lumière E-commerce <lumiere@teamtailor.com>", "Résultat de votre étude de cas",
        "Bonjour Tomasz,\n\nMerci pour le temps consacré à l'étude de cas sur les niveaux de stock. "
        "Malheureusement, nous avons décidé de ne pas poursuivre le processus avec vous.\n\nL'équipe "
        "Lumière", layout="html"),
    Msg("rejection", "fr", "warm_rejection", "Croix-Rousse Logistique", "Analyste transport",
        "Nicolas Fabre <nicolas@croixrousse-logistique.fr>", "ton entretien",
        "Salut Tomasz,\n\nj'ai vraiment apprécié notre échange, sincèrement. mais bon, on a finalement pris "
        "quelqu'un qui connaît déjà notre TMS. désolé, c'était serré.\n\nNico"),
    Msg("rejection", "fr", "agency_rejection", "Groupe Vallon", "Approvisionneur",
        "Sandrine Roux <s.roux@talents-logistique.fr>", "Retour client – Groupe Vallon",
        "Bonjour Tomasz,\n\nLe Groupe Vallon m'a fait un retour : ils ne retiennent pas votre candidature, le "
        "poste exige un anglais et un français courants à l'oral plus avancés. Je reste à l'affût pour vous.\n\n"
        "Sandrine Roux\nConsultante, Talents Logistique"),
    Msg("rejection", "fr", "rejection_after_ac", "Saône Agroalimentaire", "Programme jeunes diplômés",
        "Saône Agroalimentaire RH <rh@saone-agro.fr>", "Assessment center – décision",
        "Bonjour,\n\nSuite à votre participation à notre assessment center, nous avons le regret de vous "
        "informer que votre candidature n'a pas été retenue. Nous vous remercions pour votre implication.\n\n"
        "Le service RH", layout="alt", cte="base64"),
    Msg("offer", "fr", "formal_offer", "Rhône Distribution", "Analyste Supply Chain",
        "Claire Girard <c.girard@rhone-distribution.fr>", "Proposition d'embauche",
        "Bonjour Monsieur Nowak,\n\nJ'ai le plaisir de vous proposer le poste d'analyste supply chain au sein de "
        "notre entrepôt de Saint-Priest, en CDI.\n\n- Rémunération : 42 000 EUR bruts annuels\n- Prise de poste : "
        "4 janvier 2027\n- Statut : agent de maîtrise\n\nMerci de nous retourner votre réponse avant le "
        "2 décembre.\n\nBien cordialement,\nClaire Girard\n\n" + MENTIONS, layout="alt",
        cte="quoted-printable"),
    Msg("offer", "fr", "casual_offer", "Croix-Rousse Logistique", "Analyste transport",
        "Nicolas Fabre <nicolas@croixrousse-logistique.fr>", "rebondissement",
        "Tomasz, notre recrue a changé d'avis. Si tu es toujours partant, on serait ravis de t'accueillir dans "
        "l'équipe ! Dis-moi et je lance le contrat.\n\nNico"),
    Msg("offer", "fr", "offer_references", "Groupe Vallon", "Approvisionneur",
        "Sandrine Roux <s.roux@talents-logistique.fr>", "Bonne nouvelle !",
        "Bonjour Tomasz,\n\nLe Groupe Vallon souhaite vous faire une offre pour le deuxième poste "
        "d'approvisionneur, sous réserve de prise de références. Pouvez-vous me transmettre deux contacts ?\n\n"
        "Sandrine"),
    Msg("offer", "fr", "offer_malheureusement", "Lumière E-commerce", "Demand Planner",
        "Julie Bernard <julie.bernard@lumiere-ecommerce.fr>", "Proposition",
        "Bonjour Tomasz,\n\nMalheureusement le télétravail complet n'est pas possible, mais nous aimerions "
        "vraiment vous proposer le poste de Demand Planner, avec deux jours de télétravail par semaine. "
        "L'offre détaillée est en pièce jointe.\n\nJulie", layout="alt"),
    Msg("next_step", "fr", "case_study", "Lumière E-commerce", "Analyste données logistiques",
        "Lumière E-commerce <lumiere@teamtailor.com>", "Prochaine étape : étude de cas",
        "Bonjour Tomasz,\n\nBonne nouvelle ! Nous aimerions vous proposer une étude de cas : optimiser les "
        "niveaux de stock de trois entrepôts à partir d'un fichier Excel. Vous aurez 48 heures, puis vous la "
        "présenterez à l'équipe.\n\nL'équipe Lumière", layout="html"),
    Msg("next_step", "fr", "reschedule_malheureusement", "Rhône Distribution", "Analyste Supply Chain",
        "Claire Girard <c.girard@rhone-distribution.fr>", "Report de votre entretien",
        "Bonjour Monsieur Nowak,\n\nMalheureusement, le directeur logistique est retenu mardi. Pourrions-nous "
        "décaler l'entretien à jeudi 14h ?\n\nCordialement,\nClaire Girard", charset="iso-8859-1"),
    Msg("next_step", "fr", "second_interview", "Transports Morel", "Responsable planification",
        "Philippe Morel <p.morel@transports-morel.fr>", "Second entretien",
        "Monsieur Nowak,\n\nVotre premier entretien a convaincu. Je vous propose de venir sur notre site de "
        "Corbas pour rencontrer les chefs d'équipe. Nous prendrons notre décision d'ici vendredi.\n\n"
        "P. Morel", promise=("weekday", 4)),
    Msg("next_step", "fr", "shift_question", "Saône Agroalimentaire", "Planificateur de production",
        "Manon Petit <manon.petit@saone-agro.fr>", "Questions avant l'entretien",
        "Bonjour Tomasz,\n\nAvant de fixer l'entretien avec le responsable d'usine, deux questions :\n"
        "• accepteriez-vous de travailler en 3x8 pendant la période d'intégration ?\n• êtes-vous prêt à vous "
        "installer à Mâcon ?\n\nMerci !\nManon"),
    Msg("pending", "fr", "still_reviewing", "Rhône Distribution", "Analyste flux",
        "Claire Girard <c.girard@rhone-distribution.fr>", "RE: Candidature analyste flux",
        "Bonjour Monsieur Nowak,\n\nVotre candidature est toujours en cours d'étude. Nous reviendrons vers vous "
        "d'ici la fin de la semaine prochaine.\n\nCordialement,\nClaire Girard", promise=("eow", 1),
        quote="gmail|" + RELANCE, layout="alt"),
    Msg("pending", "fr", "on_hold", "Groupe Vallon", "Approvisionneur",
        "Sandrine Roux <s.roux@talents-logistique.fr>", "Poste en suspens",
        "Bonjour Tomasz,\n\nLe Groupe Vallon a mis le recrutement en pause le temps de la réorganisation de ses "
        "achats. Rien n'est annulé ; je vous tiens au courant dès que j'ai du nouveau.\n\nSandrine"),
    Msg("pending", "fr", "delay", "Saône Agroalimentaire", "Planificateur de production",
        "Manon Petit <manon.petit@saone-agro.fr>", "Un peu de patience",
        "Bonjour Tomasz,\n\nLa décision prend plus de temps que prévu, le directeur d'usine étant absent. Vous "
        "aurez une réponse sous 5 jours ouvrés.\n\nManon", promise=("bdays", 5)),
    Msg("pending", "fr", "waitlist", "Lumière E-commerce", "Analyste données logistiques",
        "Julie Bernard <julie.bernard@lumiere-ecommerce.fr>", "Liste d'attente",
        "Bonjour Tomasz,\n\nVous faites partie de nos deux finalistes. Nous avons fait une proposition à l'autre "
        "candidat ; vous êtes sur liste d'attente et nous vous dirons d'ici le {D} ce qu'il en est.\n\nJulie",
        promise=("explicit", 6)),
    Msg("pending", "fr", "pending_regret", "Transports Morel", "Planificateur",
        "Philippe Morel <p.morel@transports-morel.fr>", "Votre candidature",
        "Monsieur,\n\nJe regrette de ne pouvoir vous donner de réponse définitive pour le moment : le budget 2027 "
        "n'est pas encore validé.\n\nP. Morel", charset="windows-1252"),
    Msg("acknowledgement", "fr", "received", "Lumière E-commerce", "Demand Planner",
        "Lumière E-commerce <lumiere@teamtailor.com>", "Nous avons bien reçu votre candidature",
        "Bonjour Tomasz,\n\nMerci pour votre candidature au poste de Demand Planner ! Notre équipe l'étudie et "
        "reviendra vers vous sous trois semaines.\n\nL'équipe Lumière", layout="html", promise=("days", 21)),
    Msg("acknowledgement", "fr", "ack_offer_word", "Saône Agroalimentaire", "Planificateur de production",
        "Saône Agroalimentaire <saone@welcomekit.co>", "Confirmation de candidature",
        "Bonjour Tomasz,\n\nVotre candidature a bien été reçue. Découvrez ce que nous offrons à nos "
        "collaborateurs : mutuelle, tickets restaurant et 13e mois. Nous vous répondrons d'ici la fin du mois."
        "\n\nL'équipe RH", layout="html", reply_to="rh@saone-agro.fr", promise=("eom", 0)),
    Msg("acknowledgement", "fr", "received_docs", "Rhône Distribution", "Analyste Supply Chain",
        "Claire Girard <c.girard@rhone-distribution.fr>", "RE: Pièces justificatives",
        "Bien reçu, merci.\n\nC. Girard",
        quote="apple|Bonjour Madame Girard, ci-joint mon permis de conduire et mes diplômes. Tomasz Nowak"),
    Msg("acknowledgement", "fr", "ack_malheureusement", "Transports Morel", "Planificateur",
        "Recrutement Transports Morel <recrutement@transports-morel.fr>", "Accusé de réception",
        "Bonjour,\n\nNous accusons réception de votre candidature. Malheureusement, nous ne pouvons répondre "
        "individuellement qu'aux candidats retenus.\n\nLe service recrutement"),
    Msg("auto_reply", "fr", "out_of_office", "Rhône Distribution", "Analyste Supply Chain",
        "Claire Girard <c.girard@rhone-distribution.fr>", "Réponse automatique : Candidature",
        "Bonjour,\n\nJe suis absente jusqu'au 30 novembre inclus. Pour toute question urgente, merci de contacter "
        "rh@rhone-distribution.fr.\n\nClaire Girard", extra_headers={"Auto-Submitted": "auto-replied"},
        charset="iso-8859-1"),
    Msg("auto_reply", "fr", "ooo_offer_word", "Groupe Vallon", "",
        "Sandrine Roux <s.roux@talents-logistique.fr>", "Absence : Bonne nouvelle !",
        "Je suis en congés. Pour toute question sur une offre ou une proposition en cours, contactez "
        "Julien au 04 72 00 00 00. Retour le 2 décembre.", extra_headers={"Auto-Submitted": "auto-replied"}),
    Msg("other", "fr", "job_alert_regret", "Indeed", "",
        "Indeed <alert@indeed.com>", "Nouvelles offres : analyste logistique Lyon",
        "Offres correspondant à votre recherche :\n\n- Analyste logistique, Rhône Distribution – Saint-Priest\n"
        "- Approvisionneur, Groupe Vallon – Villeurbanne\n\nNous regrettons que certaines offres aient expiré.\n\n"
        "Se désabonner", layout="html"),
    Msg("other", "fr", "withdrawal", "Croix-Rousse Logistique", "Analyste transport",
        "Nicolas Fabre <nicolas@croixrousse-logistique.fr>", "Re: Retrait de candidature",
        "Merci de m'avoir prévenu Tomasz, et félicitations pour le nouveau poste !\n\nNico",
        quote="gmail|Bonjour Nicolas,\n\nj'ai accepté une autre offre et je retire ma candidature.\n\nTomasz"),
    Msg("other", "fr", "course_newsletter", "Formation Supply", "",
        "Formation Supply <newsletter@formation-supply.example.fr>", "Offre spéciale : certificat APICS",
        "Bonjour Tomasz,\n\nProfitez de notre offre : -25 % sur la préparation à la certification APICS CPIM "
        "jusqu'au 30 novembre.\n\nL'équipe Formation Supply", layout="alt"),
]
