"""holdout16, French messages: each written on its own."""

from __future__ import annotations

from holdout16_core import M, q

MESSAGES: list[M] = [
    M("rejection", "fr", "warm_rejection", "Laboratoires Bellecour", "Chargée d'affaires réglementaires",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "Votre candidature - Chargée d'affaires réglementaires",
      """Bonjour Chiara,

Je tiens à vous remercier chaleureusement pour notre entretien de mardi. Votre parcours en officine et votre
rigueur nous ont beaucoup plu, et l'équipe a apprécié votre franchise.

Toutefois, après mûre réflexion, nous avons retenu une candidate qui dispose déjà d'une expérience des dossiers
d'AMM auprès de l'ANSM.

Je vous souhaite une très belle réussite dans votre reconversion.

Bien cordialement,
Claire Dumont
Responsable Affaires Réglementaires
Laboratoires Bellecour SAS - 14 quai Rambaud, 69002 Lyon - RCS Lyon 512 448 901
""", cs="iso-8859-1", cte="qp"),
    M("rejection", "fr", "no_interview", "Rhône Medtech", "Spécialiste matériovigilance",
      "Rhône Medtech Recrutement <noreply@rhonemedtech.welcomekit.co>", "Suite à votre candidature",
      """Bonjour Chiara,

Nous vous remercions pour l'intérêt que vous portez à Rhône Medtech. Après étude attentive de votre dossier, nous
ne sommes malheureusement pas en mesure de vous proposer un entretien pour le poste de Spécialiste
matériovigilance.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Talents
""", layout="ats_alt", ats="Welcome to the Jungle"),
    M("rejection", "fr", "rescinded", "CRO Saône Clinique", "Assistante réglementaire études cliniques",
      "Julien Mercier <j.mercier@saone-clinique.fr>", "Annulation de notre proposition",
      """Chiara,

Je suis vraiment désolé de devoir vous annoncer cette nouvelle : le promoteur pour lequel nous recrutions a
suspendu l'étude, et nous ne sommes plus en mesure de maintenir la proposition d'embauche que nous vous avions
faite. Je comprends parfaitement que ce soit une grande déception.

Je reste à votre disposition pour en parler par téléphone.

Julien Mercier
Directeur des opérations
""", layout="alt", cs="windows-1252", cte="8bit"),
    M("rejection", "fr", "talent_pool", "Laboratoires Bellecour", "Pharmacovigilance - Chargée de mission",
      "Laboratoires Bellecour <recrutement@labo-bellecour.fr>", "Votre candidature",
      """Madame,

Nous avons bien étudié votre candidature et, malgré ses qualités, nous ne pouvons y donner une suite favorable.
Nous nous permettons de conserver votre CV dans notre vivier afin de vous recontacter si un poste correspondant
à votre profil venait à s'ouvrir.

Veuillez agréer, Madame, nos salutations distinguées.

Service Recrutement
"""),
    M("rejection", "fr", "short_note", "Officine Start", "Responsable qualité",
      "Thomas <thomas@officine-start.fr>", "poste qualité",
      """salut Chiara, on part finalement sur un autre profil pour le poste qualité, désolé. merci pour ton temps !
Thomas
"""),
    M("rejection", "fr", "after_interview", "Rhône Medtech", "Chargée affaires réglementaires DM",
      "Sophie Lambert <sophie.lambert@rhonemedtech.fr>", "RE: Remerciements",
      """Bonjour Chiara,

Merci pour votre gentil message. J'ai le regret de vous informer que nous n'allons pas poursuivre le processus
avec vous : nous avons besoin d'une personne ayant déjà rédigé une documentation technique selon le MDR.

Très bonne continuation,
Sophie Lambert
""", quote="outlook", quoted=q("fr", "thanks", "Sophie")),
    M("rejection", "fr", "icims_rejection", "Groupe Vidal-Aubrac", "Information médicale - Pharmacien",
      "Groupe Vidal-Aubrac <noreply@icims.com>", "Votre candidature au poste de Pharmacien Information Médicale",
      """Madame Romano,

Nous vous remercions de l'intérêt porté à notre groupe. Après examen de votre candidature, nous regrettons de vous
informer qu'elle n'a pas été retenue.

Cordialement,
Direction des Ressources Humaines
""", layout="ats", ats="iCIMS", cte="b64"),
    M("rejection", "fr", "warm_rejection", "CRO Saône Clinique", "Chargée de pharmacovigilance",
      "Julien Mercier <j.mercier@saone-clinique.fr>", "Retour sur votre candidature",
      """Bonjour Chiara,

Nous avons été impressionnés par votre connaissance du terrain et par votre cas pratique sur la déclaration
d'effets indésirables. Malheureusement, la décision s'est jouée sur l'expérience en base de données de sécurité
(Argus), et nous avons retenu un autre candidat.

N'hésitez surtout pas à postuler à nouveau.

Julien
"""),
    # offers
    M("offer", "fr", "formal_offer", "Laboratoires Bellecour", "Chargée d'information médicale",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "Proposition d'embauche",
      """Bonjour Chiara,

J'ai le plaisir de vous proposer le poste de Chargée d'information médicale en CDI, basé à Lyon. La rémunération
annuelle brute est de 46 000 EUR, avec 12 jours de RTT et deux jours de télétravail par semaine.

Vous trouverez la promesse d'embauche en pièce jointe. Merci de nous faire part de votre réponse avant le
20 novembre.

Au plaisir de vous accueillir,
Claire Dumont
""", when="2026-11-09 11:11", cs="iso-8859-1", cte="qp"),
    M("offer", "fr", "casual_offer", "Officine Start", "Responsable réglementaire",
      "Thomas <thomas@officine-start.fr>", "bonne nouvelle",
      """Chiara ! on en a parlé avec Inès et on serait ravis que tu nous rejoignes pour monter la partie réglementaire.
Je t'envoie le contrat cette semaine, dis-moi si ça te va :)
"""),
    M("offer", "fr", "offer_references", "Rhône Medtech", "Spécialiste affaires réglementaires",
      "Sophie Lambert <sophie.lambert@rhonemedtech.fr>", "Proposition - sous réserve des références",
      """Bonjour Chiara,

Bonne nouvelle : nous souhaitons vous proposer le poste de Spécialiste affaires réglementaires. Cette proposition
est soumise à la vérification de vos références professionnelles. Pourriez-vous m'indiquer deux personnes à
contacter ?

Bien à vous,
Sophie
""", layout="alt"),
    M("offer", "fr", "contractor_offer", "Pharma Interim Conseil", "Consultante pharmacovigilance",
      "Élodie Marchand <e.marchand@pharma-interim.fr>", "Mission chez notre client - proposition",
      """Bonjour Chiara,

Notre client, un laboratoire lyonnais, a retenu votre profil ! Nous vous proposons une mission de 6 mois en
portage salarial, TJM 420 EUR, démarrage début janvier. Je vous envoie le contrat de mission dès demain.

Félicitations !
Élodie Marchand
Pharma Intérim Conseil
"""),
    # next steps
    M("next_step", "fr", "reschedule", "Groupe Vidal-Aubrac", "Chargée affaires réglementaires",
      "Nathalie Perrin <nathalie.perrin@vidal-aubrac.fr>", "Report de votre entretien",
      """Bonjour Madame Romano,

Malheureusement, le directeur des affaires réglementaires ne pourra pas être présent jeudi. Nous vous proposons de
décaler l'entretien au mardi suivant, à 10h, dans nos locaux de Lyon Gerland. Merci de me confirmer.

Cordialement,
Nathalie Perrin
"""),
    M("next_step", "fr", "writing_test", "Laboratoires Bellecour", "Chargée d'affaires réglementaires",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "Étape suivante : exercice écrit",
      """Bonjour Chiara,

Suite à notre échange, nous aimerions vous proposer un exercice écrit : la rédaction d'une variation de type IB
pour un changement de notice. Vous disposerez de 3 jours pour nous le renvoyer à compter de la réception du
sujet.

Bien cordialement,
Claire
"""),
    M("next_step", "fr", "panel_interview", "CRO Saône Clinique", "Chef de projet réglementaire",
      "CRO Saône Clinique <no-reply@saone-clinique.teamtailor-mail.com>", "Invitation à un entretien collectif",
      """Bonjour Chiara,

Félicitations, votre candidature a retenu notre attention ! Nous vous invitons à un entretien avec un jury de
trois personnes (opérations cliniques, qualité, RH). Merci de choisir un créneau via le lien ci-dessous.
Nous vous communiquerons notre décision finale dans un délai de trois semaines.

L'équipe Talents de CRO Saône Clinique
""", layout="ats_alt", ats="Teamtailor", promise=("weeks", 3)),
    M("next_step", "fr", "gxp_quiz", "Rhône Medtech", "Spécialiste matériovigilance",
      "Sophie Lambert <sophie.lambert@rhonemedtech.fr>", "Questionnaire BPF",
      """Bonjour Chiara,

Avant le second entretien, nous demandons à tous les candidats de remplir un court questionnaire sur les BPF et la
norme ISO 13485 (20 minutes). Le lien est valable jusqu'à dimanche.

Sophie
"""),
    # pending
    M("pending", "fr", "still_reviewing", "Groupe Vidal-Aubrac", "Information médicale - Pharmacien",
      "Nathalie Perrin <nathalie.perrin@vidal-aubrac.fr>", "RE: Suivi de ma candidature",
      """Bonjour Madame Romano,

Merci pour votre message. Le processus est toujours en cours et nous reviendrons vers vous d'ici vendredi.

Cordialement,
Nathalie Perrin
""", quote="outlook", quoted=q("fr", "follow", "Madame Perrin"), promise=("weekday", 4)),
    M("pending", "fr", "on_hold", "Laboratoires Bellecour", "Chargée de pharmacovigilance",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "Recrutement suspendu",
      """Bonjour Chiara,

Je voulais vous informer que le recrutement pour le poste de chargée de pharmacovigilance est suspendu, le temps
que la direction valide le budget 2027. Votre candidature reste bien entendu active. Je reviens vers vous dès que
possible.

Bien cordialement,
Claire
"""),
    M("pending", "fr", "waitlist", "CRO Saône Clinique", "Chef de projet réglementaire",
      "Julien Mercier <j.mercier@saone-clinique.fr>", "Votre candidature - liste d'attente",
      """Bonjour Chiara,

Vous faites partie de nos deux finalistes. Nous avons fait une proposition à l'autre candidat, mais vous êtes
sur liste d'attente et nous reviendrons vers vous au plus tard le 27 novembre.

Julien
""", when="2026-11-16 17:05", promise=("date", "2026-11-27")),
    M("pending", "fr", "delay", "Rhône Medtech", "Spécialiste affaires réglementaires",
      "Rhône Medtech Recrutement <noreply@rhonemedtech.welcomekit.co>", "Un petit retard",
      """Bonjour Chiara,

Notre décision prend un peu plus de temps que prévu, car plusieurs membres du jury sont en déplacement. Nous
vous répondrons dans les 10 jours ouvrés.

Merci de votre patience,
L'équipe Talents
""", layout="ats_alt", ats="Welcome to the Jungle", promise=("bdays", 10)),
    M("pending", "fr", "pending_unfortunately", "Pharma Interim Conseil", "Consultante affaires réglementaires",
      "Élodie Marchand <e.marchand@pharma-interim.fr>", "Pas encore de retour",
      """Bonjour Chiara,

Malheureusement, je n'ai toujours pas de retour du client. Ils doivent se décider d'ici la fin de la semaine et
je vous appelle dès que j'ai l'info.

Élodie
""", promise=("eow", 0)),
    # acknowledgements
    M("acknowledgement", "fr", "received", "Groupe Vidal-Aubrac", "Chargée affaires réglementaires",
      "Groupe Vidal-Aubrac <noreply@icims.com>", "Accusé de réception de votre candidature",
      """Madame Romano,

Nous accusons réception de votre candidature au poste de Chargée affaires réglementaires et vous en remercions.
Elle sera étudiée avec attention par nos équipes et nous vous apporterons une réponse sous 3 semaines.

Direction des Ressources Humaines
""", layout="ats", ats="iCIMS", promise=("weeks", 3)),
    M("acknowledgement", "fr", "ack_offer_word", "Rhône Medtech", "Chargée affaires réglementaires DM",
      "Rhône Medtech Recrutement <noreply@rhonemedtech.welcomekit.co>", "Merci pour votre candidature !",
      """Bonjour Chiara,

Merci d'avoir postulé chez Rhône Medtech ! Nous avons bien reçu votre candidature. Découvrez ce que nous offrons à
nos équipes : mutuelle, tickets restaurant, intéressement. Nous vous répondrons sous 15 jours.
""", layout="ats_alt", ats="Welcome to the Jungle", promise=("days", 15)),
    M("acknowledgement", "fr", "received_docs", "Laboratoires Bellecour", "Chargée d'information médicale",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "RE: Documents",
      """Bonjour Chiara,

Bien reçu, merci ! Je transmets le tout au service RH.

Claire
""", quote="gmail", quoted="Bonjour Claire,\n\n"
      "voici mon diplôme et mon attestation d'inscription à l'Ordre.\n\n"
      "Chiara"),
    M("acknowledgement", "fr", "ack_unfortunately", "CRO Saône Clinique", "Assistante réglementaire études cliniques",
      "CRO Saône Clinique <recrutement@saone-clinique.fr>", "Candidature bien reçue",
      """Bonjour,

Nous avons bien reçu votre candidature. Malheureusement, en raison du nombre de candidatures, nous ne pourrons
répondre qu'aux profils retenus.

Le service recrutement
""", cs="windows-1252", cte="qp"),
    # auto replies
    M("auto_reply", "fr", "out_of_office", "Laboratoires Bellecour", "Chargée d'information médicale",
      "Claire Dumont <claire.dumont@labo-bellecour.fr>", "Réponse automatique : Proposition d'embauche",
      """Bonjour,

Je suis absente du bureau jusqu'au 23 novembre inclus. Pour toute urgence, merci de contacter
rh@labo-bellecour.fr.

Claire Dumont
""", when="2026-11-14 09:00"),
    M("auto_reply", "fr", "auto_noreply", "Groupe Vidal-Aubrac", "",
      "Groupe Vidal-Aubrac <noreply@icims.com>", "Message automatique - ne pas répondre",
      """Ce message est envoyé automatiquement. Merci de ne pas y répondre : cette adresse n'est pas consultée.
""", layout="html"),
    # other
    M("other", "fr", "job_alert", "APEC", "",
      "Apec <alertes@apec.fr>", "5 nouvelles offres : affaires réglementaires Lyon",
      """Vos nouvelles offres d'emploi :

- Chargé(e) d'affaires réglementaires - Lyon - CDI
- Pharmacien responsable intérimaire - Villeurbanne
- Chef de projet pharmacovigilance - Lyon 7e

Nous regrettons de ne pas pouvoir afficher le salaire de toutes les offres.
""", layout="html"),
    M("other", "fr", "interviewer", "Pharmacie Romano", "Préparatrice en pharmacie (apprentie)",
      "Manon Girard <manon.girard.2007@laposte.net>", "Entretien apprentissage",
      """Bonjour Madame Romano,

Merci beaucoup de m'avoir reçue hier pour l'apprentissage de préparatrice. J'espère avoir une réponse positive,
je suis très motivée !

Manon Girard
"""),
    M("other", "fr", "conference", "SFPC", "",
      "SFPC <congres@sfpc.eu>", "Offre spéciale : inscription au congrès de pharmacie clinique",
      """Chère consœur, cher confrère,

Profitez de notre offre spéciale pour vous inscrire aux Journées de pharmacie clinique à Lyon : tarif réduit
jusqu'au 15 décembre.
""", layout="alt"),
]
