"""train8: French whole-message templates (format as in train8_bank_en)."""

# ruff: noqa: E501  (whole sentences with their alternatives stay on one line to be readable as mail)

BANK = r"""
@@ rejection status_portal ats | [[Mise à jour de votre candidature|Votre candidature chez {company}]]
Le statut de votre candidature au poste de {role} a été mis à jour. [[Connectez-vous à votre espace candidat pour le consulter.|Rendez-vous sur le portail pour plus de détails.]]

Statut : [[Non retenue|Clôturée|Poste pourvu]]
@@ rejection implied hr | [[Votre candidature – {role}|Suite à nos entretiens]]
merci pour le temps consacré à nos échanges. [[Nous avons choisi de poursuivre avec d'autres profils plus proches de nos besoins actuels.|Notre choix s'est porté sur une personne ayant déjà dirigé un établissement de cette taille.|Nous avons décidé de continuer le processus avec un autre candidat.]] [[Nous vous souhaitons pleine réussite.|Au plaisir de recroiser votre chemin.]]
@@ rejection post_assessment manager | Votre mise en situation
merci pour [[la mise en situation|le cas pratique sur le planning des équipes]]. [[Après comparaison avec les autres candidats, nous ne poursuivrons pas avec vous pour la dernière étape.|Nous avons retenu des profils plus expérimentés sur la partie budget.]] {P}
@@ rejection search_closed hr | Recrutement {role}
nous vous informons que [[le recrutement est suspendu sans suite suite à la vente de l'établissement|le poste ne sera finalement pas pourvu|la direction a décidé d'annuler ce recrutement]]. Nous en sommes désolés.
@@ rejection typo_lower recruiter | retour
[[malheureusment|malheureusement]] le client [[a decidé de ne pas donner suite|ne va pas plus loin]] avec ta candidature. ils veulent quelqu'un du groupe. je garde ton profil sous le coude.
@@ rejection short_mobile founder | Re: {role}
[[désolé {first}, on part sur un autre profil. merci encore !|c'est non pour cette fois, désolé. bonne continuation]]
@@ rejection rescinded hr | Votre promesse d'embauche
[[C'est avec beaucoup de regret|Nous sommes au regret de vous informer]] que [[suite au gel des recrutements décidé par le groupe|suite à la réorganisation de la direction des opérations|les vérifications préalables n'ayant pas abouti]], nous devons retirer notre proposition pour le poste de {role}.
@@ rejection thread_decision manager | RE: {role}
[[Pour faire court : nous avons retenu l'autre candidate.|En deux mots, ce ne sera pas pour cette fois.]] Merci pour votre patience.
@@ offer casual founder | bonne nouvelle
[[on veut te faire une proposition !|c'est oui de notre côté, le poste est à toi si tu veux]] [[je t'envoie le contrat ce soir|la RH t'envoie les papiers demain]]. appelle-moi 😊
@@ offer conditional hr | Proposition d'embauche – {role}
nous avons le plaisir de vous proposer le poste de {role}, [[sous réserve de la validation du comité de direction|sous réserve de vos références|sous réserve de la vérification de vos antécédents]]. Prise de poste : {nd}. Merci de nous répondre d'ici {wd}.
@@ offer welcome_aboard hr | Bienvenue chez {company} !
[[bienvenue dans l'équipe !|ravis que vous ayez accepté !]] [[Votre contrat est à signer électroniquement.|Vous trouverez votre contrat de travail en pièce jointe.]] Nous vous attendons le {nd}.
@@ offer verbal manager | Suite à notre appel
comme je vous l'ai dit au téléphone, nous souhaitons vous recruter comme {role}. La proposition écrite suit.
@@ next_step slots recruiter | Prochaine étape
nous souhaitons vous proposer [[un second entretien|une journée d'immersion à l'hôtel|un échange avec le directeur général]]. Je peux vous proposer le {nd} à 10h. {P}
@@ next_step assessment hr | Cas pratique
vous passez à l'étape suivante ! Merci de nous renvoyer le cas pratique avant le {nd}. {P}
@@ next_step references manager | Références
nous arrivons au bout du processus : pouvez-vous nous transmettre deux références ? {P}
@@ pending still_reviewing hr | Point sur votre candidature
nous n'avons pas encore finalisé notre décision, [[les entretiens se poursuivent|le comité doit encore se réunir]]. {P}
@@ pending waitlist recruiter | Où en sommes-nous
[[Nous avons fait une proposition à une autre candidate, mais vous êtes notre deuxième choix.|Vous êtes sur notre liste complémentaire en attendant la réponse du candidat retenu.]] {P}
@@ pending on_hold manager | Recrutement en pause
[[le recrutement est mis en pause le temps de valider le budget.|le processus prend du retard à cause de la saison.]] Vous restez dans la course. {P}
@@ acknowledgement received ats | Accusé de réception
merci pour votre candidature au poste de {role}. [[Nous l'étudions avec attention.|Votre dossier a bien été reçu.]] {P}
@@ acknowledgement received_docs hr | RE: documents
bien reçu vos [[diplômes et attestations|documents]], merci. {P}
@@ auto_reply out_of_office ooo | Absence du bureau
je suis absente jusqu'au {nd}. [[Pour toute urgence, contactez rh@{domain}.|Votre message ne sera pas transféré.]]
@@ auto_reply auto_noreply noreply | Réponse automatique
Ceci est un message automatique, merci de ne pas y répondre.
@@ other interviewer_offer colleague | Candidats réception
merci d'avoir fait les entretiens avec moi. [[Je propose qu'on fasse une offre à Mme Duval|On fait une proposition au second candidat ?]] – tu valides ? Il faut décider d'ici {wd}.
@@ other job_alert board | Nouvelles offres pour vous
[[8 nouvelles offres correspondent à votre alerte|Votre alerte emploi]] : Directeur d'hébergement, Responsable réception. Date limite : {nd}. [[Nous regrettons de ne pas afficher tous les salaires.|Offre spéciale : 1 mois Premium offert.]]
@@ other market_update agency | Point marché
[[petit point sur le marché : l'hôtellerie de luxe recrute, les candidats reçoivent plusieurs offres.|quelques groupes ont gelé leurs recrutements et retiré des offres.]] Je reviens vers vous pour des postes précis.
@@ rejection implied manager | Notre échange
merci pour votre temps. [[Nous avons retenu une candidate qui connaît déjà notre système de réservation.|L'équipe souhaite avancer avec un autre profil.|Nous poursuivons avec des candidats ayant déjà géré un établissement 5 étoiles.]] Je vous souhaite le meilleur.
@@ rejection reapply ats | Votre candidature
merci pour l'intérêt porté à {company}. [[Nous ne pouvons pas donner une suite favorable à votre candidature.|Le poste a été pourvu.]] Vous pourrez postuler à nouveau [[dans six mois|d'ici 6 mois]].
@@ rejection warm hr | {role}
merci pour votre patience. [[nous avons décidé de proposer le poste à une autre personne|notre choix s'est finalement porté sur un autre candidat]], c'était très serré. {P}
@@ offer formal hr | Proposition d'embauche
au nom de {company}, j'ai le plaisir de vous proposer le poste de {role}. [[Vous trouverez le détail de la rémunération en pièce jointe.|Le contrat est joint à ce message.]] La proposition est valable jusqu'au {nd}.
@@ offer agency agency | Super nouvelle – {company}
excellente nouvelle : {company} souhaite vous faire une offre ! Salaire conforme à vos attentes. Appelez-moi dès que possible.
@@ next_step call manager | Un échange rapide ?
[[seriez-vous disponible pour un échange avec notre directeur général|je vous propose un appel avec la directrice des opérations]] le {nd} ? {P}
@@ pending delay hr | Retard dans le processus
désolée pour ce délai. [[Nous attendons la validation du siège.|Le comité ne s'est pas encore réuni.]] {P}
@@ acknowledgement received_casual recruiter | RE: CV
bien reçu, merci ! je le transmets aujourd'hui au directeur. {P}
@@ acknowledgement ack_offer_word ats | Candidature reçue
merci pour votre candidature au poste de {role}. Nous offrons [[des avantages en nature et un logement de fonction|une mutuelle et 13e mois]]. {P}
@@ auto_reply left_company ooo | Réponse automatique
je ne fais plus partie de {company}. Merci d'écrire à recrutement@{domain}.
@@ other newsletter_offer board | La lettre de l'hôtellerie
Cette semaine : comment négocier une offre d'emploi, et que faire après un refus ? Offre spéciale : relecture de CV à -50 %.
@@ other withdrawal hr | RE: retrait de ma candidature
merci de nous avoir prévenus. Nous avons bien retiré votre candidature et vous souhaitons une belle réussite.
@@ rejection status_portal noreply | Mise à jour automatique
Ceci est une notification automatique. [[Votre candidature a été archivée par l'équipe de recrutement.|Le processus est terminé pour votre candidature.|Le poste de {role} est pourvu.]] Merci de ne pas répondre.
@@ offer casual manager | RE: {role}
[[En bref : c'est oui, on vous veut !|Je sors du comité : le poste est pour vous.]] La RH vous envoie le contrat.
"""
