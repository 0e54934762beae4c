# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""French whole-message templates for train7 (CC0; written for this split). Format as in train7_bank_en."""

BANK = r"""
@@ rejection status_portal ats f nop
Mise à jour de votre candidature
Le statut de votre candidature au poste de {role} (réf. {ref}) a été mis à jour.

Nouveau statut : Clôturée - profil non retenu

Retrouvez le détail dans votre espace candidat : {link}
@@ rejection status_portal ats f nop
{co} - votre espace candidat
Une modification a été apportée à votre dossier. Connectez-vous pour la consulter : {link}

Étape actuelle : Processus terminé
@@ rejection implied hr f
Votre candidature - {role}
Nous vous remercions pour l'intérêt porté à {co} et pour le temps consacré à nos échanges.

Après étude attentive de l'ensemble des dossiers, nous avons choisi de poursuivre avec des profils dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe. Nous vous souhaitons pleine réussite dans vos recherches.
@@ rejection implied manager i quote
RE: Merci pour l'échange
Merci pour ton message. Je préfère être franche : on part sur un autre profil, plus orienté grande distribution. C'était serré et ta recommandation de campagne a beaucoup plu.
@@ rejection post_assessment hr f
Suite à votre étude de cas
Merci d'avoir réalisé l'étude de cas. Le jury a apprécié la clarté de votre plateforme de marque, mais votre proposition ne répond pas entièrement aux attentes de la dernière étape ; nous ne poursuivrons donc pas le processus avec vous.

{promise}
@@ rejection search_closed recruiter f nop
Poste de {role} annulé
Je reviens vers vous pour vous informer que le recrutement du poste de {role} est annulé. Suite à une réorganisation de la direction marketing, le poste ne sera pas pourvu et le processus s'arrête pour l'ensemble des candidats.

Merci pour votre patience.
@@ rejection mobile_terse founder i bare mobile nop
Re: le poste
coucou camille, désolée on part sur quelqu'un d'autre. vraiment ravie de t'avoir rencontrée, bonne continuation !
@@ rejection reply_rejection recruiter f bare reply nop
RE: Des nouvelles ?
Bonjour Camille, le client a retenu une autre candidate, je suis navrée. Je vous appelle si vous voulez un retour plus détaillé.
@@ rejection rescinded hr f nop
Votre promesse d'embauche
C'est avec regret que nous devons revenir sur la promesse d'embauche qui vous a été adressée pour le poste de {role}. Le gel des recrutements décidé par le groupe cette semaine s'applique également aux postes déjà proposés.

Cette décision ne remet aucunement en cause la qualité de votre candidature.
@@ rejection rescinded manager i nop
Mauvaise nouvelle
Je t'écris avec beaucoup de peine : avec la réorganisation du pôle marque, le poste qu'on t'avait proposé disparaît et la direction nous demande de retirer l'offre. Je suis vraiment désolée et je serai ravie d'être ta référence.
@@ rejection typo_rejection recruiter i
votre candidature
bonjour, malheureusment nous avons decidé de ne pas donner suite a votre candidature pour le poste de {role}. merci pour votre temps.
@@ rejection offer_to_other recruiter f
Poste de {role}
Nous avons proposé le poste à une autre candidate, qui l'a accepté ; le recrutement est donc clos. Merci encore pour votre disponibilité tout au long du processus.
@@ rejection agency_rejection agency f quote
Retour de {co}
J'ai eu un retour de {co} ce matin : ils poursuivent avec une candidate issue du secteur cosmétique, le process s'arrête donc ici pour ce poste. Je garde votre profil en tête pour les prochaines missions.
@@ offer casual_offer manager i quote
RE: Merci !
On aimerait vraiment que tu rejoignes l'équipe ! Tout le monde a été conquis par ta présentation. On s'appelle pour parler du package ? Les RH enverront ensuite le contrat.
@@ offer conditional_offer hr f
Proposition d'embauche
Nous avons le plaisir de vous proposer le poste de {role}. Cette proposition est soumise à la vérification de vos références et à la validation du comité de direction du {date1}, qui ne devrait être qu'une formalité.
@@ offer paperwork hr f
Votre contrat de travail
Bienvenue chez {co} ! Vous trouverez ci-joint votre contrat de travail pour le poste de {role}. Merci de nous le retourner signé avant le {date1}, accompagné de votre RIB et de votre attestation de sécurité sociale.
@@ offer verbal_offer recruiter f
Suite à notre appel
Comme convenu au téléphone, je vous confirme par écrit que {co} souhaite vous recruter au poste de {role}, avec une rémunération de 48 000 EUR brut annuels. La proposition écrite suivra dans la semaine.
@@ offer founder_phone founder i bare mobile
!!!
camille c'est oui !! on te veut. la propale arrive ce soir, salaire comme on a dit. dis oui stp
@@ offer typo_offer recruiter i bare
bonne nouvelle
bonjour camille, le client valide votre candidatrue, c'est une offre ferme ! contrat en route, félicitations
@@ next_step offer_slot ats f nop
Invitation à un second entretien
Nous avons le plaisir de vous proposer un créneau pour un second entretien. Merci de choisir l'horaire qui vous convient : {link}
@@ next_step trial_day manager i
Journée d'immersion
On aimerait te proposer une journée d'immersion avec l'équipe le {wd1} {date1}, de 9h30 à 17h. Tu travailleras sur un vrai brief avec nous.

{promise}
@@ next_step reschedule_unfortunately recruiter f
Report de l'entretien
Malheureusement, Madame Delorme a un empêchement. Serait-il possible de décaler l'entretien au {wd1} {date1} à 11h ? Toutes mes excuses pour ce changement.
@@ next_step assessment hr f
Prochaine étape : cas pratique
Félicitations, vous passez à l'étape suivante ! Nous vous proposons un cas pratique à nous rendre avant le {date1}. Vous trouverez l'énoncé en pièce jointe.

{promise}
@@ pending waitlist_offer_other recruiter f
Point d'étape
Je préfère être transparente : une offre a été faite à une autre candidate. Vous êtes arrivée juste derrière, et si elle ne l'accepte pas nous reviendrons immédiatement vers vous.

{promise}
@@ pending reserve_list hr f
Liste complémentaire
Le jury vous a inscrite en première position sur la liste complémentaire. Le poste a été proposé à la candidate classée première ; en cas de désistement, nous vous contacterons.

{promise}
@@ pending on_hold recruiter f quote
RE: Ma candidature
Le recrutement est suspendu le temps que le budget de l'année prochaine soit validé. Votre candidature reste active et aucune décision n'a été prise.

{promise}
@@ pending delay recruiter i quote
RE: Des nouvelles ?
Désolée pour le silence radio ! La décision a pris du retard, la directrice était en déplacement.

{promise}
@@ pending pending_regret hr f
Votre candidature
Nous regrettons de ne pas avoir pu revenir vers vous plus tôt. Le processus prend plus de temps que prévu en raison du nombre de candidatures.

{promise}
@@ acknowledgement received ats f
Accusé de réception - {role}
Nous vous remercions pour votre candidature au poste de {role}. Elle a bien été enregistrée et sera étudiée avec attention par nos équipes.

{promise}
@@ acknowledgement ack_offer_word ats f
Nous avons bien reçu votre candidature
Votre candidature est bien arrivée ! En attendant, découvrez ce que nous offrons : télétravail, carte Swile, mutuelle prise en charge à 100 %.

{promise}
@@ acknowledgement ack_unfortunately hr f
Confirmation de réception
Votre dossier nous est bien parvenu. Malheureusement, en raison du volume de candidatures, nous ne pouvons pas faire de point individuel à ce stade, mais chaque dossier est lu.

{promise}
@@ auto_reply out_of_office ooo f bare nop
Réponse automatique : absence
Bonjour, je suis absente jusqu'au {date1} inclus et n'ai pas accès à mes e-mails. Pour toute urgence, merci de contacter le service RH.
@@ auto_reply left_company noreply f bare nop
Message automatique
{sender} ne fait plus partie de {co}. Cette adresse n'est plus consultée. Pour toute question sur une candidature, écrivez à l'équipe recrutement.
@@ other interviewer_offer colleague i nop
Recrutement chef de projet
Merci d'avoir participé aux entretiens. On fait une offre à {cand} - tu peux l'appeler demain pour lui annoncer avant que les RH envoient la promesse d'embauche ?
@@ other newsletter_offer_regret board f nop
La lettre du Marketeur
Les meilleures offres de la semaine : 95 postes en marketing et communication. Nous avons le regret de vous annoncer la fin de notre baromètre des salaires. Offre spéciale abonnés : -20 % sur nos formations.
@@ other job_alert board f nop
Nouvelles offres pour vous
4 nouvelles offres correspondent à votre alerte "{role}". À la une : {role} chez {co}. Date limite de candidature : {date1}.
@@ other market_update agency f nop
Le point marché du trimestre
Quelques tendances du marché : les recrutements marketing ralentissent, les offres sont plus souvent conditionnées à la validation budgétaire et les contre-offres reviennent. Malheureusement, plusieurs clients gèlent leurs postes jusqu'en janvier. N'hésitez pas à me solliciter.
@@ other withdrawal hr f nop
RE: Retrait de ma candidature
Merci de nous avoir prévenus. Nous regrettons votre décision, mais avons bien retiré votre candidature au poste de {role}. Félicitations pour votre nouveau poste !
"""

BANK += r"""
@@ rejection implied hr f
Votre candidature chez {co}
Nous vous remercions pour le temps accordé à notre processus de recrutement pour le poste de {role}.

Après réflexion, {implied}. Nous mesurons votre déception et vous remercions de l'intérêt porté à {co}.
@@ rejection implied recruiter i quote
RE: Petit point
Merci pour ta patience ! Après de nombreux échanges, {implied}. Tu as fait une très belle impression, j'aimerais qu'on reste en contact.
@@ rejection implied ats f nop
Suite donnée à votre candidature
Merci pour votre candidature au poste de {role}. Après examen attentif de votre dossier, {implied}.

Nous vous invitons à consulter régulièrement nos offres.
@@ rejection status_portal ats f nop
Mise à jour de votre dossier
Bonjour {first}, le statut de votre candidature a changé.

{role} : {status}

Accéder à mon espace : {link}
@@ rejection mobile_terse recruiter i bare mobile nop
Re: Lumeo
désolée camille, c'est non pour {co}, ils ont pris quelqu'un en interne. je t'appelle demain
@@ rejection post_assessment manager f
Votre présentation
Merci pour la présentation de votre cas pratique jeudi. Nous en avons discuté en équipe : l'analyse était pertinente, mais les recommandations n'étaient pas assez abouties pour ce niveau de poste. Nous ne vous ferons donc pas de proposition.

{promise}
@@ rejection search_closed ats f nop
Recrutement {role} clôturé
Le recrutement pour le poste de {role} a été annulé et l'annonce retirée. Aucune embauche ne sera réalisée ; toutes les candidatures, dont la vôtre, sont désormais clôturées.
@@ rejection rescinded hr f nop
Annulation de votre promesse d'embauche
En raison {reason}, {co} se voit contrainte d'annuler la promesse d'embauche qui vous avait été adressée pour le poste de {role}. Nous mesurons combien cette nouvelle est difficile après votre acceptation.
@@ rejection reply_rejection manager i bare reply nop
RE: Relance
Bonjour Camille, le poste est pourvu, on est partis sur quelqu'un d'autre. Merci pour tout et bonne continuation !
@@ rejection typo_rejection recruiter f
candidature {role}
madame, nous sommes au regret de vous informer que votre candidatrue n'a pas été retenue. nous vous souhaitons bonne chance dans vos recherches.
@@ rejection warm_rejection manager f quote
RE: Merci pour l'entretien
Merci pour votre gentil message. Nous avons été sincèrement impressionnés par votre expérience chez un grand annonceur. Toutefois, le poste a été proposé à une candidate issue du luxe, qui l'a accepté.
@@ offer welcome_aboard recruiter i
Bienvenue à bord !
Contrat signé des deux côtés - bienvenue à bord ! Ton premier jour est le {wd1} {date1}, Sophie t'accueillera à 9h.
@@ offer conditional_offer hr f
Votre embauche
Nous avons le plaisir de vous confirmer notre souhait de vous recruter au poste de {role}, sous réserve de la vérification de vos diplômes et de la période d'essai prévue au contrat.
@@ offer contract_sent hr f
Votre contrat via Yousign
Votre contrat de travail pour le poste de {role} vient de vous être envoyé via Yousign. Il reprend les conditions convenues : CDI, forfait jours, prise de poste le {date1}.
@@ offer casual_offer founder i
Alors ?
On est tous d'accord : on te veut dans l'équipe ! Si tu es partante, je t'envoie la proposition demain, salaire comme on a dit, plus deux jours de télétravail.
@@ next_step offer_call manager f
Échange téléphonique
Je souhaiterais vous proposer un court échange téléphonique avec notre directrice de la marque avant l'entretien final. Seriez-vous disponible {wd1} à 16h ?
@@ next_step stage_passed ats f
Vous passez à l'étape suivante
Félicitations, votre candidature au poste de {role} a été retenue pour l'étape suivante. Réservez votre entretien avec l'équipe via ce lien : {link}

{promise}
@@ pending runner_up manager i quote
RE: Des nouvelles ?
Pour être honnête, on a hésité entre toi et une autre candidate, et on lui a fait une offre en premier. Tant qu'elle n'a pas signé rien n'est joué, ne te retire pas tout de suite.

{promise}
@@ pending still_reviewing recruiter f quote
RE: Ma candidature
Merci pour votre relance. Les entretiens se poursuivent et aucune décision n'a encore été prise.

{promise}
@@ acknowledgement received_casual recruiter i bare
RE: CV
bien reçu ton CV, merci ! je le transmets à la directrice marketing aujourd'hui.
@@ auto_reply parental_leave ooo f bare nop
Absence : congé maternité
Je suis en congé maternité jusqu'au {date1}. Votre message ne sera pas transféré. Pour toute question relative à une candidature ou à une offre, écrivez à recrutement@{domain}.
@@ other interviewer_accept candidate f bare nop
RE: Votre proposition
Bonjour Camille, merci beaucoup pour votre offre ! Je l'accepte avec plaisir et j'ai hâte de rejoindre l'agence. Bien à vous, {sender}
@@ other survey ats f nop
Votre avis nous intéresse
Vous avez récemment postulé chez {co}. Quel que soit le résultat, dites-nous comment s'est passé le processus : {link}
@@ other event_invite hr f nop
Invitation : soirée carrières {co}
Le {wd1} {date1}, nous ouvrons nos portes : rencontres avec les équipes, présentation de nos métiers et de ce que nous offrons à nos collaborateurs.
"""

BANK += r"""
@@ rejection status_portal ats i nop
Ta candidature : du nouveau
Bonjour {first}, ta candidature a changé de statut.

{role} - {status}

Voir le détail : {link}
@@ rejection mobile_terse manager i bare mobile nop
Re: entretien
camille désolée, on a choisi quelqu'un d'autre. merci d'être venue !
@@ rejection reply_rejection recruiter i bare reply nop
RE: Petite relance
Pardon Camille, j'aurais dû te répondre plus tôt : ils ont proposé le poste à l'autre finaliste et elle a accepté. Vraiment désolée.
@@ rejection reapply hr f nop
Votre candidature chez {co}
Merci pour votre candidature au poste de {role}. Après étude de votre dossier, {implied}. Vous pourrez de nouveau postuler à ce poste dans six mois.
@@ offer formal_offer hr f
Proposition d'embauche - {role}
À la suite de vos entretiens, nous avons le plaisir de vous proposer le poste de {role} en CDI, avec une rémunération annuelle de 52 000 EUR brut et une prise de poste le {date1}. Merci de nous faire part de votre décision sous cinq jours ouvrés.
@@ offer typo_offer manager i bare mobile
re: décision
on a une offre pour toi !! les rh t'envoient tout ça ce soir. bravo
@@ next_step offer_slot recruiter f
Créneaux pour l'entretien final
Je vous propose deux créneaux pour l'entretien final : le {wd1} {date1} à 10h ou le lundi suivant à 15h. Lequel vous convient le mieux ?
@@ pending pending_offer_stage recruiter f
Point sur votre candidature
Nous sommes en phase de validation finale et ne sommes pas encore en mesure de faire une offre. Aucune décision n'a été prise vous concernant.

{promise}
@@ acknowledgement received_docs hr f
Documents reçus
Merci pour l'envoi de vos diplômes et de vos références ; ils ont été ajoutés à votre dossier pour le poste de {role}.

{promise}
@@ auto_reply auto_noreply noreply f bare nop
Ne pas répondre
Ce message est envoyé automatiquement, merci de ne pas y répondre. Pour suivre votre candidature ou consulter nos offres, connectez-vous à votre espace candidat.
@@ other interviewer_offer colleague f nop
Recrutement {role} - décision
Suite au jury de ce matin, la direction valide une proposition d'embauche pour {cand}. En tant que manager, merci de m'indiquer la date d'arrivée souhaitée pour que je prépare la promesse.
"""
