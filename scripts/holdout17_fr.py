"""Holdout17, French: mail from Toulouse and elsewhere, each message written on its own."""

from __future__ import annotations

from holdout17_core import Msg

AUTO = {"Auto-Submitted": "auto-replied"}

MSGS: list[Msg] = [
    Msg("rejection", "fr", "warm_rejection", "Mathéo SAS", "Data Analyst pédagogique",
        "Claire Fabre <claire.fabre@matheo.fr>", "Votre candidature – Data Analyst pédagogique",
        "Bonjour Marcus,\n\nMerci pour votre présentation de jeudi, l'équipe a vraiment apprécié votre regard "
        "d'enseignant sur nos données d'exercices. Malgré ces qualités, nous avons retenu un profil plus "
        "expérimenté en modélisation.\n\nJe vous souhaite une belle réussite dans votre reconversion.\n\nClaire "
        "Fabre\nResponsable Data, Mathéo"),
    Msg("rejection", "fr", "", "Garonne Assurances", "Chargé d'études statistiques",
        "SmartRecruiters <mail@smartrecruiters.com>", "Garonne Assurances – suite donnée à votre candidature",
        "Bonjour,\n\nNous vous remercions de l'intérêt porté à Garonne Assurances. Après étude attentive de votre "
        "dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.\n\nCordialement,"
        "\nL'équipe Recrutement", reply_to="recrutement@garonne-assurances.fr", lay="html"),
    Msg("rejection", "fr", "unable_to_offer_interview", "Université Toulouse Capitole Numérique", "Ingénieur "
        "d'études learning analytics", "Service RH <rh@utcn.example>", "Réf. IE-2026-08 : votre candidature",
        "Monsieur,\n\nLa commission de sélection s'est réunie la semaine dernière. Nous ne sommes "
        "malheureusement pas en mesure de vous proposer un entretien pour ce poste.\n\n"
        "Veuillez agréer, Monsieur, l'expression de nos "
        "salutations distinguées.\n\nLe service des ressources humaines"),
    Msg("rejection", "fr", "talent_pool", "Cartable Malin", "Analyste de données junior",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>", "Cartable Malin a répondu à votre candidature",
        "Bonjour Marcus,\n\nMerci d'avoir postulé chez Cartable Malin ! Nous avons finalement choisi un autre "
        "candidat pour ce poste. Votre profil nous a plu et nous aimerions le conserver dans notre vivier de "
        "talents pour de futures opportunités.\n\nÀ bientôt,\nL'équipe Cartable Malin", lay="alt"),
    Msg("rejection", "fr", "rescinded_offer", "Occitanie Formation Pro", "Analyste données formation",
        "Julien Mercier <j.mercier@occitanie-fp.fr>", "RE: Promesse d'embauche",
        "Bonjour Marcus,\n\nJe suis vraiment désolé de devoir vous annoncer que nous retirons notre promesse "
        "d'embauche : le financement régional du projet vient d'être annulé et le poste est supprimé. Je comprends "
        "tout à fait votre déception.\n\nBien à vous,\nJulien Mercier\nDirecteur", lay="reply-outlook",
        quote="Bonjour Julien,\n\nJe vous confirme avec plaisir mon accord pour la promesse d'embauche.\n\nMarcus"),
    Msg("rejection", "fr", "", "Toulouse Métropole", "Chargé de mission observatoire éducatif",
        "recrutement@toulouse-metropole.example", "Candidature n° 2026-4417",
        "Monsieur Lindqvist,\n\nNous avons bien étudié votre candidature. Nous avons le regret de vous informer "
        "qu'une suite favorable ne pourra y être donnée, le poste ayant été pourvu par voie de mutation interne.\n\n"
        "La Direction des Ressources Humaines"),
    Msg("rejection", "fr", "rejection_short", "Mathéo SAS", "Analyste produit",
        "Claire Fabre <claire.fabre@matheo.fr>", "Analyste produit",
        "Marcus, petit mot rapide : on ne donne pas suite pour le poste d'analyste produit, désolée. On reste en "
        "contact ! Claire"),
    Msg("offer", "fr", "", "Garonne Assurances", "Chargé d'études statistiques",
        "Sophie Bastide <s.bastide@garonne-assurances.fr>", "Proposition d'embauche",
        "Bonjour Marcus,\n\nJ'ai le plaisir de vous proposer le poste de chargé d'études statistiques en CDI, basé "
        "à Toulouse (Labège), avec une rémunération annuelle brute de 38 000 €. Vous trouverez la proposition "
        "détaillée en pièce jointe ; merci de nous faire part de votre réponse avant le 12 décembre.\n\nBien "
        "cordialement,\nSophie Bastide\nRRH", lay="alt"),
    Msg("offer", "fr", "casual_offer", "Cartable Malin", "Data Analyst",
        "Hugo Lefèvre <hugo@cartablemalin.fr>", "bienvenue ?",
        "Salut Marcus,\n\nbonne nouvelle : on a adoré ton cas pratique et on serait ravis que tu nous rejoignes ! "
        "Je t'appelle demain pour parler salaire et date d'arrivée.\n\nHugo"),
    Msg("offer", "fr", "fixed_term_offer", "Université Toulouse Capitole Numérique", "Ingénieur d'études",
        "Service RH <rh@utcn.example>", "Recrutement CDD – Ingénieur d'études",
        "Monsieur,\n\nSuite à votre audition, j'ai le plaisir de vous informer que la commission vous a classé en "
        "première position. Un contrat à durée déterminée de 12 mois vous est proposé, sous réserve de la "
        "production des pièces administratives.\n\nCordialement,\nLe service RH", lay="html"),
    Msg("offer", "fr", "offer_with_malheureusement", "Occitanie Formation Pro", "Analyste données formation",
        "Julien Mercier <j.mercier@occitanie-fp.fr>", "Votre arrivée chez nous",
        "Bonjour Marcus,\n\nNous sommes heureux de vous confirmer notre proposition pour le poste d'analyste. "
        "Malheureusement, le télétravail sera limité à un jour par semaine pendant la période d'essai ; le reste "
        "est conforme à nos échanges.\n\nÀ très vite,\nJulien"),
    Msg("next_step", "fr", "reschedule_malheureusement", "Garonne Assurances", "Chargé d'études statistiques",
        "Sophie Bastide <s.bastide@garonne-assurances.fr>", "Report de votre entretien",
        "Bonjour Marcus,\n\nMalheureusement, notre directeur technique est souffrant demain. Pouvons-nous décaler "
        "l'entretien à lundi prochain, même heure ?\n\nDésolée pour ce contretemps,\nSophie"),
    Msg("next_step", "fr", "take_home", "Mathéo SAS", "Data Analyst pédagogique",
        "Claire Fabre <claire.fabre@matheo.fr>", "Cas pratique",
        "Bonjour Marcus,\n\nComme convenu, voici le cas pratique : un jeu de données anonymisé de réponses à des "
        "exercices de fractions. Nous attendons un notebook Python et trois recommandations. À rendre sous 5 "
        "jours.\n\nBon courage !\nClaire", lay="reply-gmail"),
    Msg("next_step", "fr", "panel_interview", "Toulouse Métropole", "Chargé de mission observatoire éducatif",
        "recrutement@toulouse-metropole.example", "Convocation à un entretien",
        "Monsieur Lindqvist,\n\nVous êtes convoqué à un entretien devant un jury de trois personnes le mercredi 9 "
        "décembre à 14 h, salle 204. Merci de vous munir d'une pièce d'identité.\n\nLa Direction des Ressources "
        "Humaines", lay="html"),
    Msg("next_step", "fr", "timed_test", "Occitanie Formation Pro", "Analyste données formation",
        "Jobaffinity <noreply@jobaffinity.fr>", "Test en ligne – étape suivante",
        "Bonjour,\n\nPour poursuivre le processus, merci de passer le test en ligne (Excel et logique, 30 minutes) "
        "via le lien ci-dessous. Les résultats vous seront communiqués sous 48 heures après la passation.\n\n"
        "L'équipe RH"),
    Msg("next_step", "fr", "", "Cartable Malin", "Data Analyst",
        "Hugo Lefèvre <hugo@cartablemalin.fr>", "Dernier échange avec les fondateurs",
        "Hello Marcus,\n\nDernière étape : un café en visio avec Inès et Paul, les fondateurs, 30 minutes. Tu "
        "peux réserver un créneau dans mon agenda. Réponse finale d'ici vendredi !\n\nHugo", dd=("wd", 4)),
    Msg("pending", "fr", "on_hold_budget", "Université Toulouse Capitole Numérique", "Ingénieur d'études",
        "Service RH <rh@utcn.example>", "Report du recrutement",
        "Monsieur,\n\nEn raison de l'attente de la notification budgétaire, le recrutement est suspendu. Nous "
        "reviendrons vers vous dès que possible.\n\nCordialement,\nLe service RH"),
    Msg("pending", "fr", "", "Garonne Assurances", "Data Analyst",
        "Sophie Bastide <s.bastide@garonne-assurances.fr>", "RE: suivi de ma candidature",
        "Bonjour Marcus,\n\nMerci pour votre relance. Les entretiens se terminent cette semaine ; nous reviendrons "
        "vers vous d'ici la fin de la semaine prochaine.\n\nBien à vous,\nSophie", dd=("eow", 1),
        lay="reply-outlook"),
    Msg("pending", "fr", "waitlist", "Toulouse Métropole", "Chargé de mission observatoire éducatif",
        "recrutement@toulouse-metropole.example", "Liste complémentaire",
        "Monsieur Lindqvist,\n\nÀ l'issue des entretiens, le jury vous a inscrit sur liste complémentaire. Si le "
        "candidat retenu se désiste, nous vous contacterons.\n\nLa DRH"),
    Msg("pending", "fr", "delay", "Mathéo SAS", "Data Analyst pédagogique",
        "Claire Fabre <claire.fabre@matheo.fr>", "Un peu de retard",
        "Bonjour Marcus, désolée, la décision prend plus de temps que prévu (vacances scolaires oblige). Vous aurez "
        "une réponse d'ici le 4 décembre.\nClaire", dd=("date", 12, 4)),
    Msg("pending", "fr", "", "Occitanie Formation Pro", "Analyste données",
        "Julien Mercier <j.mercier@occitanie-fp.fr>", "Point d'étape",
        "Bonjour Marcus,\n\nNous sommes toujours en cours de réflexion. Je vous tiens informé sous 10 jours "
        "ouvrés.\n\nJulien", dd=("bd", 10)),
    Msg("acknowledgement", "fr", "", "Garonne Assurances", "Chargé d'études statistiques",
        "SmartRecruiters <mail@smartrecruiters.com>", "Nous avons bien reçu votre candidature",
        "Bonjour Marcus,\n\nNous vous confirmons la bonne réception de votre candidature. Notre équipe l'étudie "
        "avec attention et reviendra vers vous sous 15 jours.\n\nL'équipe Recrutement",
        reply_to="recrutement@garonne-assurances.fr", dd=("d", 15), lay="html"),
    Msg("acknowledgement", "fr", "public_sector_ref", "Toulouse Métropole", "Chargé de mission",
        "recrutement@toulouse-metropole.example", "Accusé de réception – candidature n° 2026-4417",
        "Monsieur,\n\nNous accusons réception de votre candidature enregistrée sous le n° 2026-4417. Date limite de "
        "dépôt : 28 novembre 2026. Les candidats retenus seront contactés d'ici la fin du mois de décembre.\n\nLa "
        "DRH", dd=("mon", 12)),
    Msg("acknowledgement", "fr", "ack_says_offre", "Cartable Malin", "Data Analyst",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>", "Candidature envoyée !",
        "Ta candidature pour l'offre « Data Analyst » chez Cartable Malin a bien été envoyée. Découvre d'autres "
        "offres qui pourraient te plaire.", lay="alt"),
    Msg("acknowledgement", "fr", "task_received", "Mathéo SAS", "Data Analyst pédagogique",
        "Claire Fabre <claire.fabre@matheo.fr>", "Re: Cas pratique",
        "Bien reçu, merci Marcus ! On regarde ça et je reviens vers vous demain.\nClaire", dd=("tom", 1),
        lay="reply-apple"),
    Msg("auto_reply", "fr", "out_of_office", "Garonne Assurances", "",
        "Sophie Bastide <s.bastide@garonne-assurances.fr>", "Réponse automatique : Proposition d'embauche",
        "Bonjour,\n\nJe suis absente jusqu'au 2 décembre inclus. Pour toute question concernant une proposition "
        "d'embauche, merci de contacter rh@garonne-assurances.fr.\n\nSophie Bastide", headers=AUTO),
    Msg("auto_reply", "fr", "noreply_autoresponder", "Toulouse Métropole", "",
        "ne-pas-repondre@toulouse-metropole.example", "Message automatique",
        "Ce message est envoyé automatiquement, merci de ne pas y répondre. Votre courriel a été transmis au "
        "service concerné.", headers=AUTO),
    Msg("other", "fr", "alert_says_offre", "APEC", "",
        "Apec <alertes@apec.fr>", "Vos nouvelles offres : data analyst Toulouse",
        "3 nouvelles offres correspondent à votre recherche :\n- Data Analyst – Garonne Assurances – Labège\n- "
        "Chargé d'études – Occitanie Formation Pro – Toulouse\n\nNous regrettons de ne pouvoir afficher les "
        "salaires de toutes les offres.", lay="html"),
    Msg("other", "fr", "newsletter_regret", "SNES-FSU", "",
        "SNES-FSU <lettre@snes.example>", "La lettre du SNES",
        "Chers collègues,\n\nNous regrettons vivement les annonces budgétaires : 4 000 postes supprimés. Réunion "
        "d'information syndicale mercredi.\n\nLe bureau"),
    Msg("other", "fr", "user_is_interviewer", "Oakhill School", "Maths Teacher",
        "Antoine Roux <a.roux@oakhill.sch.uk>", "Jury pour le poste de maths",
        "Salut Marcus,\n\nMerci d'être dans le jury demain pour le poste d'enseignant de maths. Je t'envoie les "
        "trois dossiers ; on décidera ensemble à qui faire une proposition.\n\nAntoine"),
]
