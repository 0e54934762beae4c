"""holdout13, French mail (Lyon): each message written on its own."""

from __future__ import annotations

from typing import Any

from holdout13_mime import FOLLOWUP_FR, Msg


def fr(label: str, trap: str, company: str, role: str, sender: str, subject: str, body: str, **kw: Any) -> Msg:
    """Given the fields of one French message returns its record."""
    return Msg(label, "fr", trap, company, role, sender, subject, body, **kw)


AUTO = {"Auto-Submitted": "auto-replied"}

MESSAGES: list[Msg] = [
    fr("rejection", "warm", "Groupe Saône Distribution", "HR Business Partner H/F",
       "Claire Bonnet <claire.bonnet@saone-distribution.fr>", "Votre candidature - HR Business Partner",
       """Bonjour Hannah,

Merci encore pour notre échange de jeudi. Votre parcours en magasin et votre sens du terrain ont
vraiment marqué le jury.

Nous avons toutefois fait le choix d'un autre profil, davantage expérimenté sur les relations avec
les instances représentatives du personnel (CSE). Ce choix a été difficile.

Je vous souhaite beaucoup de réussite dans votre projet de reconversion.

Bien à vous,
Claire Bonnet
Responsable RH - Groupe Saône Distribution""", charset="iso-8859-1", cte="quoted-printable"),
    fr("rejection", "talent_pool", "Hôtels Fourvière", "Chargée de recrutement H/F",
       "Hôtels Fourvière <recrutement@hotels-fourviere.fr>", "Suite à votre candidature",
       """Bonjour Hannah,

Nous vous remercions de l'intérêt porté à notre groupe. Après étude attentive de votre candidature,
nous ne sommes malheureusement pas en mesure de lui donner une suite favorable.

Avec votre accord, nous conservons votre CV dans notre vivier de talents afin de vous recontacter si
une opportunité correspondant à votre profil se présente.

L'équipe Talents - Hôtels Fourvière""", layout="html", ats="Welcome to the Jungle"),
    fr("rejection", "no_interview", "Logivert Transports", "Assistante RH H/F",
       "Logivert Transports <no-reply@logivert.fr>", "Candidature Assistante RH - réponse",
       """Madame,

Nous accusons réception de votre candidature et vous en remercions. Nous avons le regret de vous
informer que nous ne pouvons pas vous proposer d'entretien pour ce poste, votre profil ne
correspondant pas aux critères recherchés (maîtrise de la paie et de la DSN).

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Service Ressources Humaines""", charset="windows-1252"),
    fr("rejection", "rescinded", "Lumen Santé", "People Partner H/F",
       "Antoine Giraud <antoine@lumensante.fr>", "Re: Promesse d'embauche",
       """Bonjour Hannah,

Je suis vraiment désolé de devoir vous écrire ce message. Suite à la perte de notre principal client,
la direction a décidé de geler tous les recrutements, et nous devons malheureusement annuler la
promesse d'embauche que nous vous avions adressée.

Je mesure l'impact que cela peut avoir pour vous et je reste disponible pour en parler.

Antoine Giraud
Directeur des opérations""", layout="reply",
       quote="Bonjour Antoine,\n\nJe vous confirme mon accord et vous renvoie la promesse signée.\n\nHannah",
       quote_style="html"),
    fr("rejection", "typo_lower", "Café Tête d'Or", "Responsable RH H/F",
       "julien <julien@cafe-tetedor.fr>", "re: poste rh",
       """bonjour hannah

merci pour le rdv. malheureusment on a choisi quelqu'un qui connait deja l'equipe, desole. bonne
continuation

julien"""),
    fr("rejection", "agency", "Groupe Saône Distribution", "Chargée RH H/F",
       "Marion Lefèvre <m.lefevre@talents-rhone.fr>", "Retour du client",
       """Bonjour Hannah,

J'ai eu le retour du Groupe Saône Distribution. Ils ne donneront pas suite à votre candidature : ils
souhaitent une personne ayant déjà géré la paie en France. Ils ont apprécié votre présentation.

Je reviens vers vous dès que j'ai une autre opportunité à Lyon.

Marion Lefèvre
Talents Rhône Conseil""", layout="alt"),
    fr("rejection", "after_assessment", "Métropole Services Publics", "Chargée de recrutement",
       "Direction des RH <drh@metropole-services.fr>", "Résultat des épreuves de sélection",
       """Madame Okafor,

Suite aux épreuves écrites et à l'entretien avec le jury du 10 novembre, nous sommes au regret de vous
informer que votre candidature n'a pas été retenue.

Vous pouvez solliciter un retour sur vos résultats auprès du service recrutement.

La Direction des Ressources Humaines""", charset="iso-8859-1", cte="base64"),
    fr("rejection", "internal_hire", "Hôtels Fourvière", "Responsable RH H/F",
       "Sandrine Morel <s.morel@hotels-fourviere.fr>", "Poste de Responsable RH",
       """Bonjour Hannah,

Je voulais vous prévenir personnellement : le poste de Responsable RH a finalement été pourvu en
interne. Nous clôturons donc le processus. Merci pour votre temps et votre intérêt.

Belle journée,
Sandrine"""),
    fr("offer", "casual", "Lumen Santé", "People Partner H/F",
       "Antoine Giraud <antoine@lumensante.fr>", "Bonne nouvelle !",
       """Hannah,

On a adoré vous rencontrer et on aimerait beaucoup que vous rejoigniez l'équipe comme People Partner !
Je vous envoie la promesse d'embauche demain. On s'appelle ce soir ?

Antoine"""),
    fr("offer", "formal", "Groupe Saône Distribution", "HR Business Partner H/F",
       "Claire Bonnet <claire.bonnet@saone-distribution.fr>", "Proposition d'embauche - HR Business Partner",
       """Bonjour Hannah,

J'ai le plaisir de vous proposer le poste de HR Business Partner au sein du Groupe Saône Distribution,
en CDI, basé à Lyon Part-Dieu.

- Rémunération : 52 000 EUR bruts annuels sur 13 mois
- Statut cadre, forfait jours, 10 jours de RTT
- Prise de poste : à convenir

Merci de nous faire part de votre réponse avant le 1er décembre.

Bien cordialement,
Claire Bonnet""", layout="html"),
    fr("offer", "offer_malheureusement", "Hôtels Fourvière", "Chargée de recrutement H/F",
       "Sandrine Morel <s.morel@hotels-fourviere.fr>", "Votre arrivée chez nous ?",
       """Bonjour Hannah,

Nous serions ravis de vous accueillir comme chargée de recrutement ! Malheureusement, nous ne pouvons
pas proposer de télétravail les premiers mois, mais la rémunération (38 000 EUR) et la mutuelle sont
celles dont nous avons parlé.

Dites-moi ce que vous en pensez.
Sandrine""", charset="windows-1252"),
    fr("offer", "conditional", "Métropole Services Publics", "Chargée de recrutement",
       "Direction des RH <drh@metropole-services.fr>", "Votre recrutement",
       """Madame Okafor,

J'ai le plaisir de vous informer que le jury a retenu votre candidature pour le poste de chargée de
recrutement (contrat de 3 ans). Votre recrutement reste conditionné à la visite médicale d'aptitude et
à la production de votre titre de séjour.

Le service recrutement vous contactera pour les formalités.

La Direction des Ressources Humaines""", charset="iso-8859-1"),
    fr("next_step", "reschedule_malheureusement", "Logivert Transports", "Responsable RH de site H/F",
       "Nadia Haddad <n.haddad@logivert.fr>", "Report de notre entretien",
       """Bonjour Hannah,

Malheureusement, le directeur de site ne sera pas disponible mardi. Pourrions-nous décaler l'entretien
à jeudi 26 novembre à 10h, sur le site de Saint-Priest ?

Merci et désolée pour ce changement,
Nadia Haddad""", sent="2026-11-20 11:30"),
    fr("next_step", "mise_en_situation", "Groupe Saône Distribution", "HR Business Partner H/F",
       "Claire Bonnet <claire.bonnet@saone-distribution.fr>", "Deuxième entretien",
       """Bonjour Hannah,

Suite à notre premier échange, nous souhaitons vous rencontrer à nouveau pour une mise en situation :
vous préparerez un plan d'action pour réduire l'absentéisme dans un entrepôt de 200 salariés, à
présenter en 15 minutes.

Vous aurez notre réponse sous 10 jours ouvrés après cet entretien.

Bien à vous,
Claire""", layout="alt"),
    fr("next_step", "dated_by_friday", "Café Tête d'Or", "Responsable RH H/F",
       "julien <julien@cafe-tetedor.fr>", "dernier rdv",
       """salut hannah, est-ce que tu peux passer lundi rencontrer mon associée ? apres ca on te donne une
reponse d'ici vendredi. julien""", when=("weekday", 4), sent="2026-11-14 21:10"),
    fr("next_step", "tests_en_ligne", "Hôtels Fourvière", "Chargée de recrutement H/F",
       "Hôtels Fourvière <recrutement@hotels-fourviere.fr>", "Étape suivante : tests en ligne",
       """Bonjour Hannah,

Votre candidature a retenu notre attention ! La prochaine étape consiste à passer un test de
personnalité en ligne (environ 30 minutes), à compléter avant le 27 novembre. Nous vous dirons si
vous êtes retenue pour l'entretien final d'ici le 4 décembre.

L'équipe Talents""", layout="html", ats="Teamtailor", when=("date", "2026-12-04"), sent="2026-11-18 08:05"),
    fr("pending", "still_reviewing_dated", "Lumen Santé", "People Partner H/F",
       "Antoine Giraud <antoine@lumensante.fr>", "Re: Suite de mon entretien",
       """Bonjour Hannah,

Merci pour votre relance. Nous finalisons les derniers entretiens cette semaine et reviendrons vers
vous d'ici la fin de la semaine prochaine.

Antoine""", layout="reply", quote_style="outlook",
       quote=FOLLOWUP_FR.format(name="Antoine", role="People Partner"), when=("eow", 1)),
    fr("pending", "on_hold_reorganisation", "Groupe Saône Distribution", "Chargée RH H/F",
       "Claire Bonnet <claire.bonnet@saone-distribution.fr>", "Point sur le recrutement",
       """Bonjour Hannah,

Je tenais à vous informer que le recrutement est suspendu en raison de la réorganisation de notre
siège. Le poste n'est pas supprimé, et nous reviendrons vers vous dès que possible.

Bien cordialement,
Claire Bonnet""", charset="iso-8859-1"),
    fr("pending", "delayed_date", "Métropole Services Publics", "Chargée de recrutement",
       "Direction des RH <drh@metropole-services.fr>", "Calendrier du recrutement",
       """Madame Okafor,

Le jury n'ayant pas pu se réunir à la date prévue, la décision sera communiquée aux candidats au plus
tard le 8 décembre.

Nous vous remercions de votre compréhension.

La Direction des Ressources Humaines""", when=("date", "2026-12-08"), sent="2026-11-24 14:00"),
    fr("pending", "waitlist", "Hôtels Fourvière", "Responsable RH adjointe",
       "Sandrine Morel <s.morel@hotels-fourviere.fr>", "Votre candidature",
       """Bonjour Hannah,

Vous faites partie de nos deux finalistes. Nous attendons la réponse de l'autre candidate ; si elle
décline, le poste est pour vous. Je vous donne des nouvelles demain.

Sandrine""", when=("tomorrow", 0)),
    fr("acknowledgement", "ack_wttj", "Lumen Santé", "People Partner H/F",
       "Lumen Santé <no-reply@welcometothejungle.example>", "Candidature reçue !",
       """Bonjour Hannah,

Merci pour votre candidature au poste de People Partner chez Lumen Santé. Elle a bien été reçue et
sera étudiée avec attention par notre équipe, qui reviendra vers vous sous 8 jours.

À très vite,
L'équipe Lumen Santé""", layout="html", ats="Welcome to the Jungle", reply_to="jobs@lumensante.fr",
       when=("days", 8)),
    fr("acknowledgement", "ack_dated_jours_ouvres", "Logivert Transports", "Responsable RH de site H/F",
       "Logivert Transports <no-reply@logivert.fr>", "Accusé de réception de votre candidature",
       """Madame,

Nous avons bien reçu votre candidature au poste de Responsable RH de site et vous en remercions.
Une réponse vous sera apportée sous 15 jours ouvrés.

Service Ressources Humaines""", when=("bdays", 15), charset="windows-1252"),
    fr("acknowledgement", "ack_offre_word", "Groupe Saône Distribution", "HR Business Partner H/F",
       "Groupe Saône Distribution <carrieres@saone-distribution.fr>", "Votre candidature",
       """Bonjour,

Nous vous confirmons la bonne réception de votre candidature à l'offre « HR Business Partner H/F ».
Nos équipes l'étudieront dans les meilleurs délais.

Découvrez toutes nos offres d'emploi sur notre site carrières.""", layout="alt", ats="SmartRecruiters"),
    fr("acknowledgement", "message_received", "Métropole Services Publics", "Chargée de recrutement",
       "Nathalie Perrin <n.perrin@metropole-services.fr>", "RE: Pièces justificatives",
       """Bonjour Madame Okafor,

Je vous confirme la réception de vos pièces justificatives. Votre dossier est complet.

Cordialement,
Nathalie Perrin""", layout="reply", quote_style="outlook",
       quote="Bonjour,\n\nVeuillez trouver ci-joint mon titre de séjour et mes diplômes.\n\nHannah Okafor"),
    fr("auto_reply", "out_of_office", "Groupe Saône Distribution", "HR Business Partner H/F",
       "Claire Bonnet <claire.bonnet@saone-distribution.fr>", "Réponse automatique : Deuxième entretien",
       """Bonjour,

Je suis absente du bureau jusqu'au 30 novembre inclus. Pour toute urgence, merci de contacter
rh@saone-distribution.fr.

Claire Bonnet""", extra=AUTO, charset="iso-8859-1"),
    fr("auto_reply", "noreply", "Hôtels Fourvière", "",
       "Hôtels Fourvière <recrutement@hotels-fourviere.fr>", "Message automatique",
       """Ceci est un message automatique, merci de ne pas y répondre. Malheureusement, les réponses à cette
adresse ne sont pas traitées.""", extra=AUTO),
    fr("other", "job_alert_offre", "", "",
       "Alertes Emploi <alertes@emploi-lyon.example>", "5 nouvelles offres : RH Lyon",
       """Bonjour Hannah,

Voici les nouvelles offres correspondant à votre alerte « Ressources humaines - Lyon » :

- Chargé(e) RH - Villeurbanne - CDI
- HR Business Partner - Lyon 3e - date limite de candidature : 5 décembre
- Responsable recrutement - Vénissieux

Nous regrettons de ne pouvoir afficher que 5 offres par e-mail.""", layout="html", ats="Alertes Emploi"),
    fr("other", "withdrawal_confirmation", "Logivert Transports", "Responsable RH de site H/F",
       "Nadia Haddad <n.haddad@logivert.fr>", "RE: Retrait de ma candidature",
       """Bonjour Hannah,

Bien noté, nous retirons votre candidature. Nous regrettons de ne pas poursuivre ensemble mais vous
souhaitons une belle réussite dans votre nouveau poste.

Nadia""", layout="reply", quote_style="gmail",
       quote="Bonjour Nadia,\n\nJ'ai accepté une autre proposition et je retire donc ma candidature.\n\nHannah"),
    fr("other", "newsletter", "", "",
       "RH Info Hebdo <newsletter@rh-info.example>", "Cette semaine : la promesse d'embauche",
       """Au sommaire :

* Promesse d'embauche ou offre de contrat : quelles différences ?
* Refus de candidature : les bonnes pratiques
* Gel des recrutements dans la distribution

Se désinscrire""", layout="alt"),
    fr("other", "user_interviewer", "Northbridge Retail Group", "Vendeuse",
       "Camille Dupont <camille.dupont77@orange.fr>", "Candidature vendeuse - votre magasin",
       """Bonjour Madame Okafor,

Je suis étudiante française en échange à Manchester et je souhaiterais postuler au poste de vendeuse
à temps partiel dans votre magasin. Je suis disponible le week-end.

Je reste à votre disposition pour un entretien.

Cordialement,
Camille Dupont"""),
]
