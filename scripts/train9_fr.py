# ruff: noqa: E501 - the bank holds message paragraphs one per line, as written
"""train9 French bank: whole-message templates (see train9_core.parse_bank for the format)."""

BANK = """
@@ rejection status_portal ats
S: Mise à jour de votre candidature - {company}
Bonjour {first},

Le statut de votre candidature au poste de {role} a été mis à jour. Connectez-vous à votre espace candidat pour le consulter.

L'équipe recrutement
@@ rejection implied hr
S: Votre candidature - {role}
Bonjour {first},

Merci pour le temps consacré à nos échanges. Nous avons choisi de poursuivre avec des profils plus proches des besoins actuels de l'équipe.

Nous vous souhaitons une belle continuation.

{me}
@@ rejection implied manager
S: Suite à nos rencontres
{first},

Je tenais à vous l'annoncer moi-même : nous avons retenu une personne qui a davantage d'expérience en [[édition|packaging|identité de marque]]. Ça s'est joué à peu de chose.

{me}
@@ rejection post_assessment hr
S: Résultat du cas pratique
Bonjour {first},

Merci pour votre travail sur le cas pratique. Après analyse par le jury, votre dossier ne sera pas retenu pour l'entretien final.

Cordialement,
{me}
@@ rejection search_closed hr
S: Recrutement {role}
Bonjour {first},

Nous vous informons que le recrutement pour le poste de {role} est clôturé sans embauche ; le poste est gelé jusqu'à nouvel ordre.

Bien cordialement,
{me}
@@ rejection mobile_short founder
S: RE: {role}
salut {first}, on part sur quelqu'un d'autre. désolé et merci pour ton temps
@@ rejection thread_rejection recruiter
S: RE: Relance - {role}
Bonjour {first}, désolée du délai. Le choix s'est porté sur une autre personne. Bonne suite à vous !

{me}
@@ rejection typo_rejection hr
S: votre candidature
Bonjour {first},

Malheureusement nous ne pouvons pas donner une suite favorable à votre candiature.

{me}
@@ rejection rescinded hr
S: Votre promesse d'embauche
Bonjour {first},

En raison d'un gel des recrutements décidé par la direction, nous sommes contraints de retirer la proposition qui vous avait été faite pour le poste de {role}. Nous en sommes sincèrement désolés.

{me}
@@ rejection rescinded manager
S: mauvaise nouvelle
{first},

Le client qui finançait le poste s'est retiré et l'agence annule l'embauche. Je dois donc revenir sur notre proposition. Je suis vraiment navré.

{me}
@@ rejection talent_pool ats
S: Votre candidature chez {company}
Bonjour {first},

Votre profil ne correspond pas à ce poste, mais nous aimerions le conserver dans notre vivier pour de futures opportunités.

{company}
@@ offer casual_offer founder
S: !!
{first} on veut que tu rejoignes le studio. tu peux commencer quand ? on cale le contrat cette semaine
@@ offer conditional_offer hr
S: Proposition d'embauche - {role}
Bonjour {first},

Nous avons le plaisir de vous proposer le poste de {role}, sous réserve de la vérification de vos références. Merci de nous faire part de votre réponse avant le {deadline}.

{me}
@@ offer paperwork_offer hr
S: Votre contrat de travail
Bonjour {first},

Vous trouverez ci-joint votre contrat. Merci de le retourner signé avant le {deadline}. Votre arrivée est prévue le {start}.

Bienvenue parmi nous !
{me}
@@ offer verbal_offer manager
S: Suite à notre appel
Bonjour {first},

Comme convenu au téléphone, nous souhaitons vous embaucher comme {role}. La proposition écrite suivra dès validation.

{me}
@@ offer welcome_aboard manager
S: Bienvenue dans l'équipe !
{first},

Ravi que tu aies dit oui - bienvenue à bord ! Les RH t'envoient le contrat aujourd'hui, début le {start}.

{me}
@@ next_step offer_slots recruiter
S: Deuxième entretien - {role}
Bonjour {first},

L'équipe souhaite vous revoir. Je peux vous proposer le créneau suivant : {slot}. Malheureusement le vendredi n'est pas possible. <<Une décision sera prise {P}.>>

{me}
@@ next_step trial_day manager
S: Journée d'essai
Bonjour {first},

Nous aimerions vous proposer une journée d'essai au studio le {slot}. Ça vous va ?

{me}
@@ next_step assessment ats
S: Prochaine étape : exercice créatif
Bonjour {first},

Prochaine étape : un exercice créatif à rendre avant le {due}. <<Vous aurez un retour {P}.>>

L'équipe recrutement
@@ pending waitlist_offer_other hr
S: Point sur votre candidature
Bonjour {first},

Une offre a été faite à un autre candidat. Vous êtes sur notre liste complémentaire, en première position. <<Nous saurons {P}.>>

{me}
@@ pending still_reviewing hr
S: RE: Relance
Bonjour {first},

Merci pour votre message. Les entretiens se poursuivent et aucune décision n'est encore prise. <<Nous reviendrons vers vous {P}.>>

{me}
@@ pending on_hold manager
S: Poste en suspens
Bonjour {first},

Le poste est en suspens le temps de boucler le budget. Vous restez dans la course. <<Nous devrions trancher {P}.>>

{me}
@@ acknowledgement received ats
S: Accusé de réception de votre candidature
Bonjour {first},

Nous avons bien reçu votre candidature au poste de {role}. Elle sera étudiée avec attention. <<Vous recevrez une réponse {P}.>>

{company}
@@ acknowledgement received_docs hr
S: Portfolio bien reçu
Bonjour {first},

Merci, votre portfolio est bien arrivé. <<Nous vous répondrons {P}.>>

{me}
@@ auto_reply out_of_office ooo
S: Réponse automatique : absent(e)
Je suis absente du bureau jusqu'au {start}. Pour toute urgence, écrivez à recrutement@{domain}.
@@ other interviewer_offer colleague
S: Candidat {cand}
Salut {first},

Merci d'avoir reçu {cand}. On aimerait lui faire une proposition - tu peux m'envoyer ton avis avant le {due} ?

{me}
@@ other newsletter_offer board
S: Vos offres d'emploi de la semaine
Bonjour {first},

12 nouvelles offres de {role} près de chez vous. Nous regrettons de ne pas pouvoir afficher les salaires de toutes les annonces. Candidatures jusqu'au {deadline}.

Se désabonner
@@ other market_update agency
S: Point marché - design
Bonjour {first},

Petit point : les agences recrutent moins depuis la rentrée et les propositions mettent plus de temps à arriver. Je reviens vers vous dès qu'un poste colle.

{me}
"""
