"""holdout18, French: every label, each message written on its own."""

from __future__ import annotations

from holdout18_core import M

MESSAGES: list[M] = [
    M("rejection", "fr", "warm_rejection", "Hospices Civils de Lyon", "Coordinatrice des flux patients",
      "Direction des ressources humaines HCL <recrutement@chu-lyon.fr>",
      "Votre candidature - Coordinatrice des flux patients (réf. HCL-2026-0457)",
      """Madame,

Nous vous remercions de l'intérêt que vous portez aux Hospices Civils de Lyon et du temps consacré à notre
entretien. Le jury a particulièrement apprécié votre connaissance du terrain.

Nous avons toutefois le regret de vous informer que votre candidature n'a pas été retenue ; le choix s'est
porté sur une candidate disposant d'une expérience plus longue en cellule de gestion des lits.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des ressources humaines""", charset="iso-8859-1", cte="qp"),
    M("rejection", "fr", "", "Santéo", "Chargée d'opérations", "Santéo <noreply@welcometothejungle.com>",
      "Santéo - votre candidature", """Bonjour Fatima Zahra,

Merci pour ta candidature au poste de Chargée d'opérations chez Santéo ! Après étude de ton profil, nous
avons décidé de ne pas donner suite pour le moment.

On te souhaite plein de réussite,
L'équipe Santéo""", layout="html", reply_to="jobs@santeo.fr"),
    M("rejection", "fr", "unable_to_offer_interview", "Mutuelle Rhône-Alpes Santé", "Gestionnaire parcours de soins",
      "Recrutement MRAS <recrutement@mras.fr>", "Suite à votre candidature",
      """Madame Benali,

Nous avons bien étudié votre candidature au poste de Gestionnaire parcours de soins. Nous ne sommes
malheureusement pas en mesure de vous proposer un entretien, d'autres profils correspondant davantage à nos
besoins.

Cordialement,
Service Recrutement""", layout="alt", charset="windows-1252"),
    M("rejection", "fr", "talent_pool", "Médecins du Lien (ONG)", "Coordinatrice logistique médicale",
      "Claire Dubois <c.dubois@medecinsdulien.org>", "RE: Coordinatrice logistique médicale",
      """Bonjour Fatima,

Merci pour votre patience. Le poste a finalement été pourvu en interne, nous ne pourrons donc pas poursuivre
avec votre candidature.

Votre parcours nous a beaucoup plu : avec votre accord, nous conservons votre CV dans notre vivier pour les
prochaines missions à Bruxelles.

Bien à vous,
Claire Dubois
Responsable RH""", quote="Bonjour Madame Dubois,\nJe me permets de revenir vers vous concernant ma candidature.\n"
      "Bien cordialement,\nFatima Zahra Benali"),
    M("rejection", "fr", "rescinded_offer", "Clinique du Parc Monplaisir", "Responsable planification bloc",
      "Jean-Marc Ferrand <jm.ferrand@clinique-monplaisir.fr>", "Annulation de notre proposition d'embauche",
      """Madame Benali,

C'est avec beaucoup de regret que je reviens vers vous. Suite au rachat de la clinique par un groupe, le
nouveau directoire a gelé toutes les embauches de cadres et supprimé le poste de Responsable planification
bloc. Nous sommes contraints de retirer la promesse d'embauche que nous vous avions adressée.

Je reste à votre disposition pour en parler et pour toute recommandation.

Jean-Marc Ferrand
Directeur""", charset="iso-8859-1"),
    M("rejection", "fr", "", "Groupe Hospitalier Saint-Vincent", "Assistante de coordination",
      "RH Saint-Vincent <rh@gh-saintvincent.fr>", "Réponse candidature",
      """Bonjour,

suite à votre entretien, nous sommes au regret de ne pas pouvoir retenir votre candidature.

Cordialement
Service RH"""),
    M("rejection", "fr", "warm_rejection", "Wellcare Lyon", "Chef de projet parcours patient",
      "Amélie Roux <amelie.roux@wellcare-lyon.fr>", "Merci pour votre présentation",
      """Chère Fatima,

Un grand merci pour votre présentation sur la sortie d'hospitalisation : elle était claire, concrète, et le
jury a été impressionné. Malgré cela, nous avons choisi un candidat ayant déjà piloté un projet de système
d'information, ce qui était décisif pour ce poste.

Je serais ravie de vous faire un retour détaillé par téléphone.

Amélie""", layout="alt", cte="b64"),
    M("offer", "fr", "", "Hospices Civils de Lyon", "Chargée de mission parcours patient",
      "Direction des ressources humaines HCL <recrutement@chu-lyon.fr>", "Proposition de recrutement",
      """Madame,

J'ai le plaisir de vous informer que votre candidature au poste de Chargée de mission parcours patient a été
retenue. Nous vous proposons un contrat à durée déterminée de 12 mois, avec une prise de poste le {X}.

Merci de nous faire part de votre décision sous huit jours.

La Direction des ressources humaines""", charset="iso-8859-1", cte="qp"),
    M("offer", "fr", "offer_with_malheureusement", "Santéo", "Responsable des opérations patients",
      "Hugo Lambert <hugo@santeo.fr>", "On aimerait beaucoup t'avoir avec nous",
      """Salut Fatima,

Bonne nouvelle : on aimerait beaucoup que tu rejoignes Santéo comme Responsable des opérations patients !
Malheureusement, on ne peut pas aller jusqu'au salaire évoqué, mais on propose du télétravail 3 jours par
semaine et des BSPCE. Je t'envoie la proposition écrite demain.

Hugo"""),
    M("offer", "fr", "conditional_offer", "Médecins du Lien (ONG)", "Coordinatrice des opérations (Bruxelles)",
      "Claire Dubois <c.dubois@medecinsdulien.org>", "Offre - Coordinatrice des opérations",
      """Bonjour Fatima,

Nous sommes heureux de vous proposer le poste de Coordinatrice des opérations à Bruxelles, sous réserve de la
vérification de vos références et de votre casier judiciaire.

Vous trouverez le projet de contrat en pièce jointe.

Bien à vous,
Claire Dubois""", layout="alt"),
    M("offer", "fr", "part_time_offer", "Clinique du Parc Monplaisir", "Assistante qualité (mi-temps)",
      "Sophie Garnier <s.garnier@clinique-monplaisir.fr>", "Votre poste à mi-temps",
      """Bonjour Madame Benali,

Suite à nos échanges, nous avons le plaisir de vous proposer le poste d'Assistante qualité à mi-temps (CDI,
17h30 par semaine). Le contrat vous sera envoyé par courrier.

Cordialement,
Sophie Garnier, RH""", charset="windows-1252"),
    M("next_step", "fr", "reschedule_malheureusement", "Mutuelle Rhône-Alpes Santé", "Chargée de projet santé",
      "Karine Morel <k.morel@mras.fr>", "Report de votre entretien",
      """Bonjour Madame Benali,

Malheureusement, le directeur des opérations ne pourra pas être présent jeudi. Pourrions-nous reporter notre
entretien à lundi 14h ou mardi 10h ? Nous maintenons notre objectif
de vous répondre d'ici le {D}.

Bien cordialement,
Karine Morel""", promise=("explicit", 15)),
    M("next_step", "fr", "sjt_assessment", "Hospices Civils de Lyon", "Coordinatrice des flux patients",
      "Direction des ressources humaines HCL <recrutement@chu-lyon.fr>", "Convocation - épreuves de sélection",
      """Madame,

Votre candidature a été présélectionnée. Vous êtes convoquée le {X} à 9h00 pour un test de mise en situation
(gestion d'une journée de tension hospitalière) suivi d'un entretien avec le jury.

Les résultats vous seront communiqués dans les meilleurs délais.

La Direction des ressources humaines""", promise=None, charset="iso-8859-1"),
    M("next_step", "fr", "next_step_with_decision_date", "Wellcare Lyon", "Coordinatrice de projets",
      "Amélie Roux <amelie.roux@wellcare-lyon.fr>", "Deuxième entretien",
      """Bonjour Fatima,

Nous souhaitons vous revoir pour un deuxième entretien avec notre directrice générale, mercredi ou jeudi
prochain. Nous vous donnerons une réponse définitive avant le {D}.

Amélie""", promise=("explicit", 12)),
    M("next_step", "fr", "", "Santéo", "Responsable des opérations patients",
      "Santéo <noreply@welcometothejungle.com>", "Planifie ton entretien avec Santéo",
      """Bonjour Fatima Zahra,

Bonne nouvelle ! L'équipe Santéo souhaite échanger avec toi. Choisis un créneau pour un appel de 30 minutes
avec Hugo, CEO.

[Choisir un créneau]""", layout="html", reply_to="hugo@santeo.fr"),
    M("next_step", "fr", "case_study", "Groupe Hospitalier Saint-Vincent", "Chargée de projet amélioration continue",
      "Laurent Petit <l.petit@gh-saintvincent.fr>", "Cas pratique",
      """Bonjour Madame Benali,

Comme convenu, vous trouverez ci-joint le cas pratique (analyse des délais d'attente aux urgences, fichier
Excel). Merci de nous renvoyer votre analyse avant le {X} ; nous organiserons ensuite un entretien de
restitution.

Cordialement,
Laurent Petit"""),
    M("pending", "fr", "delay", "Hospices Civils de Lyon", "Chargée de mission parcours patient",
      "Nathalie Girard <nathalie.girard@chu-lyon.fr>", "RE: Suivi de ma candidature",
      """Bonjour Madame Benali,

Je vous remercie pour votre message. Le jury n'a pas encore rendu sa décision, plusieurs entretiens ayant été
décalés. Nous reviendrons vers vous d'ici vendredi.

Bien cordialement,
Nathalie Girard""", promise=("weekday", 4), quote="Bonjour Madame Girard,\nAuriez-vous des nouvelles concernant "
      "ma candidature ?\nBien cordialement,\nFatima Zahra Benali", extra={"X-Quote-Style": "outlook"}),
    M("pending", "fr", "on_hold_restructuring", "Mutuelle Rhône-Alpes Santé", "Gestionnaire parcours de soins",
      "Karine Morel <k.morel@mras.fr>", "Poste mis en attente",
      """Bonjour Madame Benali,

Dans le cadre de la réorganisation de notre pôle santé, le recrutement pour ce poste est suspendu. Votre
candidature reste à l'étude et nous reviendrons vers vous dès que possible.

Bien cordialement,
Karine Morel""", layout="alt", charset="iso-8859-1"),
    M("pending", "fr", "waitlist", "Médecins du Lien (ONG)", "Assistante de programme",
      "Claire Dubois <c.dubois@medecinsdulien.org>", "Liste d'attente",
      """Bonjour Fatima,

Vous êtes sur notre liste complémentaire pour le poste d'Assistante de programme. Nous connaîtrons la décision
de la candidate retenue d'ici la fin de la semaine prochaine.

Bien à vous,
Claire""", promise=("eow", 1)),
    M("pending", "fr", "", "Wellcare Lyon", "Chef de projet parcours patient",
      "Amélie Roux <amelie.roux@wellcare-lyon.fr>", "point d'étape",
      """Bonjour Fatima, petit point : nous avons encore deux candidats à rencontrer. Réponse dans les 10 jours
ouvrés au plus tard. Bonne journée, Amélie""", promise=("bdays", 10)),
    M("pending", "fr", "on_hold_budget", "Clinique du Parc Monplaisir", "Coordinatrice des admissions",
      "Sophie Garnier <s.garnier@clinique-monplaisir.fr>", "Votre candidature - Coordinatrice des admissions",
      """Madame Benali,

Le budget du poste de Coordinatrice des admissions n'est pas encore validé par le siège. Nous ne pouvons donc
pas vous donner de réponse pour le moment ; nous reviendrons vers vous d'ici la fin du mois prochain.

Cordialement,
Sophie Garnier""", promise=("eom", 1), charset="windows-1252", cte="qp"),
    M("acknowledgement", "fr", "", "Hospices Civils de Lyon", "Coordinatrice des flux patients",
      "Ne pas répondre HCL <ne-pas-repondre@chu-lyon.fr>", "Accusé de réception de votre candidature",
      """Madame,

Nous accusons réception de votre candidature (réf. HCL-2026-0457). Elle sera étudiée avec attention. Sans
réponse de notre part d'ici la fin du mois, vous pourrez considérer que votre candidature n'a pas été retenue.

La Direction des ressources humaines""", promise=("eom", 0), charset="iso-8859-1"),
    M("acknowledgement", "fr", "ack_says_offre", "Mutuelle Rhône-Alpes Santé", "Chargée de projet santé",
      "MRAS Carrières <noreply@smartrecruiters.com>", "Merci pour votre candidature",
      """Bonjour Fatima Zahra,

Nous avons bien reçu votre candidature pour l'offre « Chargée de projet santé ». Vous recevrez une réponse
sous 10 jours ouvrés.

L'équipe Recrutement MRAS""", promise=("bdays", 10), layout="html", reply_to="recrutement@mras.fr"),
    M("acknowledgement", "fr", "message_received", "Groupe Hospitalier Saint-Vincent", "",
      "Laurent Petit <l.petit@gh-saintvincent.fr>", "RE: Cas pratique",
      """Bien reçu, merci. Je transmets au jury.
L. Petit""", quote="Bonjour Monsieur Petit,\nVeuillez trouver ci-joint mon analyse du cas pratique.\nCordialement,\n"
      "Fatima Zahra Benali"),
    M("acknowledgement", "fr", "", "Wellcare Lyon", "Coordinatrice de projets",
      "Wellcare Lyon <jobs@wellcare-lyon.teamtailor-mail.com>", "Nous avons bien reçu ta candidature",
      """Bonjour Fatima Zahra,

Merci pour ta candidature au poste de Coordinatrice de projets ! Nous reviendrons vers toi sous 7 jours.

L'équipe Wellcare""", promise=("days", 7), layout="alt"),
    M("auto_reply", "fr", "out_of_office", "Hospices Civils de Lyon", "",
      "Nathalie Girard <nathalie.girard@chu-lyon.fr>", "Absence : RE: Suivi de ma candidature",
      """Bonjour,

Je suis absente jusqu'au {X} inclus. Pour toute demande urgente, merci de contacter recrutement@chu-lyon.fr.

Nathalie Girard""", charset="iso-8859-1", extra={"Auto-Submitted": "auto-replied"}),
    M("auto_reply", "fr", "noreply_autoresponder", "Clinique du Parc Monplaisir", "",
      "Ne pas répondre <noreply@clinique-monplaisir.fr>", "Réponse automatique",
      """Ceci est un message automatique. Cette adresse n'est pas consultée. Pour toute question relative à une
offre d'emploi, merci d'utiliser le formulaire de contact.""", extra={"Auto-Submitted": "auto-replied"}),
    M("other", "fr", "withdrawal_confirmation", "Santéo", "Chargée d'opérations", "Hugo Lambert <hugo@santeo.fr>",
      "Re: désistement", """Hello Fatima,

Pas de souci, on retire ta candidature. Félicitations pour ton nouveau poste, et au plaisir !

Hugo""", quote="Bonjour Hugo,\nJe retire ma candidature : j'ai accepté une autre offre.\nMerci encore,\nFatima"),
    M("other", "fr", "alert_says_offre", "APEC", "", "Apec <alertes@apec.fr>", "Vos nouvelles offres d'emploi",
      """5 nouvelles offres correspondent à votre alerte « coordination parcours patient » :

- Coordinateur parcours patient H/F - Lyon - date limite de candidature : {X}
- Chargé de mission GHT H/F - Villefranche
- Cadre administratif de pôle H/F - Lyon

Nous regrettons que certaines offres aient expiré.""", layout="html"),
    M("other", "fr", "user_is_interviewer", "St Jude's General Hospital (her ward)", "Agent d'accueil",
      "Chloé Martin <chloe.martin.candidature@gmail.com>", "Remerciements - entretien agent d'accueil",
      """Bonjour Madame Benali,

Je vous remercie pour l'entretien d'hier pour le poste d'agent d'accueil. Je reste très motivée et disponible
pour toute information complémentaire.

Cordialement,
Chloé Martin""", charset="iso-8859-1", cte="qp"),
]
