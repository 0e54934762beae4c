"""holdout19 French messages: Bordeaux caterers, négoce, hotels, agencies, franchisees (hand-written, CC0)."""

from __future__ import annotations

from holdout19_core import Msg, m

MESSAGES: list[Msg] = [
    # --- rejection ---
    m("rejection", "warm_rejection", "Garonne Restauration", "Responsable Qualité Hygiène",
      "Camille Lafitte <c.lafitte@garonne-restauration.fr>", "Votre candidature - Responsable Qualité Hygiène",
      """Bonjour Oskar,

Merci encore pour votre venue à la cuisine centrale de Bègles. Nous avons été très sensibles à votre parcours
et à votre façon d'aborder le plan de maîtrise sanitaire avec les équipes.

Cependant, nous avons retenu un candidat ayant déjà piloté une certification ISO 22000, point déterminant
pour ce poste.

Nous vous souhaitons une belle réussite dans votre projet.

Bien cordialement,
Camille Lafitte
Chargée de recrutement""", legal=True, charset="iso-8859-1", cte="qp"),
    m("rejection", "talent_pool", "Maison Duclos Traiteur", "Acheteur Produits Frais",
      "Maison Duclos <recrutement@maisonduclos.welcomekit-mail.fr>", "Suite à votre candidature",
      """Bonjour Oskar,

Nous vous remercions de l'intérêt porté à Maison Duclos. Après étude de votre profil, nous ne donnerons pas
suite à votre candidature pour le poste d'Acheteur Produits Frais.

Nous conservons toutefois votre CV dans notre vivier de talents et ne manquerons pas de revenir vers vous si
une opportunité correspondant à votre profil se présente.

L'équipe RH Maison Duclos""", layout="html", preheader="Votre candidature chez Maison Duclos"),
    m("rejection", "no_interview", "Aquitaine Frais Distribution", "Auditeur Hygiène Magasins",
      "Aquitaine Frais <no-reply@aquitainefrais.taleez-mail.com>", "Votre candidature - Auditeur Hygiène",
      """Madame, Monsieur,

Nous avons bien étudié votre candidature. Malheureusement, nous ne sommes pas en mesure de vous proposer un
entretien pour ce poste. Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement""", cte="b64"),
    m("rejection", "rescinded", "Hôtels Côte d'Argent", "Directeur des Opérations Cuisine",
      "Julien Mercier <j.mercier@hotels-cotedargent.fr>", "RE: Promesse d'embauche",
      """Bonjour Oskar,

Je suis navré de devoir vous annoncer que nous retirons la promesse d'embauche qui vous a été adressée. La
vente de l'hôtel de Biarritz, finalisée hier, entraîne la suppression du poste de directeur des opérations
cuisine.

Je reste à votre disposition pour en parler et pour vous recommander auprès de mes contacts.

Bien à vous,
Julien Mercier
DRH""", layout="outlook"),
    m("rejection", "", "Garonne Restauration", "Chef de Production",
      "Camille Lafitte <c.lafitte@garonne-restauration.fr>", "Poste de Chef de Production",
      """Bonjour,

Suite à notre entretien téléphonique, nous avons le regret de vous informer que votre candidature n'a pas été
retenue pour le poste de Chef de Production.

Cordialement,
Camille Lafitte""", charset="windows-1252"),
    m("rejection", "warm_rejection", "Le Comptoir des Vignes", "Responsable d'Exploitation",
      "Sophie Darrieux <sophie@comptoirdesvignes.fr>", "merci pour samedi",
      """Oskar,

merci pour ta journée d'essai samedi, vraiment top, l'équipe a adoré. Mais on a décidé de garder le poste
pour quelqu'un qui connaît déjà nos trois restos, c'est Thomas qui va le prendre. Désolée, vraiment.

Si tu passes à Saint-Émilion, le verre est pour nous.

Sophie""", layout="apple"),
    m("rejection", "", "Hospitalité Sud-Ouest Intérim", "Chef Gérant (client : restauration collective)",
      "Nadia Benali <nadia.benali@hso-interim.fr>", "Retour client",
      """Bonjour Oskar,

Petit retour du client : ils ne souhaitent pas poursuivre, ils recherchent finalement un profil avec
davantage d'expérience en restauration scolaire. Je reviens vers vous dès que j'ai une autre mission.

Nadia""", layout="gmail"),
    m("rejection", "rescinded", "Maison Duclos Traiteur", "Responsable Achats",
      "Hélène Duclos <helene@maisonduclos.fr>", "Poste de Responsable Achats",
      """Bonjour Oskar,

C'est avec beaucoup de regret que je reviens vers vous. Suite à la perte de notre principal client
événementiel, nous devons annuler notre proposition d'embauche pour le poste de Responsable Achats.

Je suis sincèrement désolée.

Hélène Duclos
Gérante""", charset="windows-1252", cte="qp"),
    # --- offer ---
    m("offer", "formal_offer", "Garonne Restauration", "Responsable Hygiène Multi-sites",
      "Camille Lafitte <c.lafitte@garonne-restauration.fr>", "Proposition d'embauche",
      """Bonjour Oskar,

Nous avons le plaisir de vous proposer le poste de Responsable Hygiène Multi-sites, en CDI, statut cadre.

- Rémunération : 46 000 EUR bruts annuels
- Prise de poste : {+35}
- Véhicule de service, tickets restaurant

Merci de nous faire part de votre réponse avant le {+7}.

Bien cordialement,
Camille Lafitte""", layout="alt"),
    m("offer", "casual_offer", "Le Comptoir des Vignes", "Responsable Achats & Cuisine",
      "Sophie Darrieux <sophie@comptoirdesvignes.fr>", "une idée",
      """Oskar, on serait ravis de t'avoir avec nous pour gérer les achats et les cuisines des trois restos. On
en parle au téléphone ? Le poste est pour toi si tu le veux.

Sophie"""),
    m("offer", "verbal_offer", "Hospitalité Sud-Ouest Intérim", "Responsable Qualité (client : conserverie)",
      "Nadia Benali <nadia.benali@hso-interim.fr>", "Bonne nouvelle !",
      """Bonjour Oskar,

Comme je vous l'ai dit au téléphone, la conserverie souhaite vous proposer le poste de Responsable Qualité.
C'est un accord oral pour l'instant, le contrat arrive de leur côté la semaine prochaine.

Félicitations !
Nadia""", layout="gmail"),
    m("offer", "offer_unfortunately", "Aquitaine Frais Distribution", "Acheteur Fruits et Légumes",
      "Marc Laborde <m.laborde@aquitainefrais.fr>", "Votre candidature",
      """Bonjour Oskar,

Malheureusement le poste d'auditeur est pourvu, mais votre entretien nous a convaincus : nous souhaitons vous
proposer le poste d'Acheteur Fruits et Légumes, basé au MIN de Brienne. Le détail est dans la lettre jointe.

Cordialement,
Marc Laborde
Directeur des Achats""", charset="iso-8859-1"),
    # --- next_step ---
    m("next_step", "assessment", "Hôtels Côte d'Argent", "Auditeur Qualité Groupe",
      "Hôtels Côte d'Argent <recrutement@hotels-cotedargent.fr>", "Étape suivante : étude de cas",
      """Bonjour Oskar,

Suite à votre premier entretien, nous vous proposons une étude de cas : un rapport d'audit hygiène d'un de nos
restaurants, à analyser et à présenter en 15 minutes devant le comité. Le dossier est à rendre au plus tard
le {+9}.

Bien cordialement,
Service Recrutement""", layout="html"),
    m("next_step", "reschedule_unfortunately", "Maison Duclos Traiteur", "Responsable Achats",
      "Hélène Duclos <helene@maisonduclos.fr>", "Report de notre rendez-vous",
      """Bonjour Oskar,

Malheureusement je dois décaler notre rendez-vous de jeudi (livraison d'un gros mariage). Seriez-vous
disponible le {+6} à 15h ?

Hélène""", charset="windows-1252"),
    m("next_step", "", "Garonne Restauration", "Responsable Hygiène Multi-sites",
      "Garonne Restauration via Flatchr <no-reply@flatchr-mail.io>", "Invitation à un entretien",
      """Bonjour Oskar,

Votre profil a retenu notre attention. Nous souhaitons vous rencontrer pour un entretien avec la directrice
des opérations. Merci de choisir un créneau via le lien ci-dessous.

Nous vous informerons de la suite d'ici vendredi après l'entretien.

Garonne Restauration""", layout="alt", reply_to="c.lafitte@garonne-restauration.fr"),
    m("next_step", "trial_shift", "Le Comptoir des Vignes", "Responsable d'Exploitation",
      "Sophie Darrieux <sophie@comptoirdesvignes.fr>", "journée d'essai",
      """Salut Oskar, tu peux venir faire une journée d'essai samedi ? Service midi et soir, on te donne une
veste. On te dit d'ici mercredi prochain si on continue.

Sophie""", promise=("nwd", 2)),
    # --- pending ---
    m("pending", "still_reviewing", "Aquitaine Frais Distribution", "Auditeur Hygiène Magasins",
      "Marc Laborde <m.laborde@aquitainefrais.fr>", "RE: Suite de ma candidature",
      """Bonjour Oskar,

Nous n'avons pas encore pris de décision, les entretiens se poursuivent. Vous aurez une réponse d'ici
vendredi.

Cordialement,
Marc Laborde""", layout="outlook", promise=("weekday", 4)),
    m("pending", "on_hold", "Hôtels Côte d'Argent", "Auditeur Qualité Groupe",
      "Julien Mercier <j.mercier@hotels-cotedargent.fr>", "Point sur le recrutement",
      """Bonjour Oskar,

Je vous informe que le recrutement pour le poste d'Auditeur Qualité Groupe est suspendu jusqu'à la fin de la
saison hivernale. Votre candidature reste ouverte ; nous reviendrons vers vous dès la reprise.

Bien à vous,
Julien Mercier""", charset="iso-8859-1"),
    m("pending", "waitlist", "Garonne Restauration", "Chef Gérant Cuisine Centrale",
      "Camille Lafitte <c.lafitte@garonne-restauration.fr>", "Liste d'attente",
      """Bonjour Oskar,

Le poste a été proposé à un autre candidat, mais nous vous avons placé en liste d'attente. Nous saurons d'ici
la fin du mois s'il accepte.

Bien cordialement,
Camille""", promise=("eom", 0)),
    m("pending", "delay", "Maison Duclos Traiteur", "Acheteur Produits Frais",
      "Hélène Duclos <helene@maisonduclos.fr>", "Un peu de patience",
      """Bonjour Oskar,

Avec la saison des fêtes, notre décision prend du retard. Nous vous répondrons dans les 10 jours ouvrés.

Hélène""", promise=("bdays", 10)),
    m("pending", "pending_unfortunately", "Hospitalité Sud-Ouest Intérim", "Responsable Qualité (client : conserverie)",
      "Nadia Benali <nadia.benali@hso-interim.fr>", "Pas encore de nouvelles",
      """Bonjour Oskar, malheureusement le client n'a pas encore tranché, ils voient un dernier candidat
ce soir et me donnent leur réponse demain. Je vous tiens au courant. Nadia""", promise=("tomorrow", 1)),
    # --- acknowledgement ---
    m("acknowledgement", "received", "Maison Duclos Traiteur", "Acheteur Produits Frais",
      "Maison Duclos <recrutement@maisonduclos.welcomekit-mail.fr>", "Candidature bien reçue",
      """Bonjour Oskar,

Nous avons bien reçu votre candidature pour le poste d'Acheteur Produits Frais. Notre équipe l'étudie avec
attention et reviendra vers vous sous deux semaines.

L'équipe RH Maison Duclos""", layout="html", promise=("days", 14)),
    m("acknowledgement", "ack_offer_word", "Aquitaine Frais Distribution", "Auditeur Hygiène Magasins",
      "Aquitaine Frais <no-reply@aquitainefrais.taleez-mail.com>", "Accusé de réception",
      """Bonjour,

Votre candidature a bien été enregistrée. Aquitaine Frais vous offre un environnement stimulant, une mutuelle
prise en charge à 100 % et des perspectives d'évolution. Nous reviendrons vers vous sous 3 semaines.

Le service Recrutement""", cte="qp", promise=("days", 21)),
    m("acknowledgement", "received_docs", "Hôtels Côte d'Argent", "Auditeur Qualité Groupe",
      "Julien Mercier <j.mercier@hotels-cotedargent.fr>", "RE: Étude de cas",
      """Bonjour Oskar, bien reçu votre étude de cas, merci. Le comité la lira cette semaine. Julien""",
      layout="gmail", quoted="Bonjour Julien,\n\nVeuillez trouver ci-joint mon étude de cas.\n\nCordialement,\nOskar"),
    m("acknowledgement", "received", "Le Comptoir des Vignes", "Responsable d'Exploitation",
      "Sophie Darrieux <sophie@comptoirdesvignes.fr>", "Re: candidature",
      """Bien reçu ton CV Oskar ! Je regarde ça avec mon associé et je te dis d'ici demain.""",
      layout="apple", promise=("tomorrow", 1),
      quoted="Bonjour Sophie,\n\nJe vous envoie mon CV pour le poste de responsable d'exploitation.\n\nOskar"),
    # --- auto_reply ---
    m("auto_reply", "out_of_office", "Garonne Restauration", "",
      "Camille Lafitte <c.lafitte@garonne-restauration.fr>", "Réponse automatique : Proposition d'embauche",
      """Bonjour, je suis absente jusqu'au {+6} inclus. Pour toute question sur une proposition ou un
contrat, merci de contacter rh@garonne-restauration.fr.""", headers=(("Auto-Submitted", "auto-replied"),)),
    m("auto_reply", "auto_noreply", "Aquitaine Frais Distribution", "",
      "Aquitaine Frais <no-reply@aquitainefrais.taleez-mail.com>", "Message non lu",
      """Ce message est envoyé automatiquement. Cette adresse n'est pas consultée ; merci de ne pas y répondre.""",
      headers=(("Auto-Submitted", "auto-generated"),)),
    # --- other ---
    m("other", "interviewer", "Lindgren's Kitchen", "Plongeur",
      "Karim Haddad <karim.haddad33@orange.fr>", "Candidature plongeur",
      """Bonjour Monsieur,

je vous écris pour le poste de plongeur. J'ai travaillé deux saisons à Arcachon. Je suis disponible tout de
suite, même les week-ends.

Cordialement
Karim Haddad""", charset="iso-8859-1"),
    m("other", "newsletter_offer", "Néo Resto Emploi", "",
      "Néo Resto Emploi <alertes@neorestoemploi.fr>", "Nouvelles offres pour vous à Bordeaux",
      """Découvrez les offres de la semaine :

- Responsable qualité - agroalimentaire - Libourne
- Acheteur junior - restauration collective - Mérignac
- Chef de cuisine - offre exceptionnelle - Arcachon

Se désabonner""", layout="html", preheader="3 nouvelles offres"),
    m("other", "withdrawal", "Hospitalité Sud-Ouest Intérim", "Chef Gérant",
      "Nadia Benali <nadia.benali@hso-interim.fr>", "RE: Retrait",
      """Bonjour Oskar,

Bien noté, je retire votre candidature auprès du client. Félicitations pour votre nouveau poste et au plaisir.

Nadia""", layout="outlook",
      quoted="Bonjour Nadia,\n\nJ'ai accepté une autre offre, je préfère donc retirer ma candidature.\n\nOskar"),
]
