"""Holdout12 French mail (Paris, Luxembourg), each message written on its own."""

from __future__ import annotations

from holdout12_mime import Mail

M = Mail

MAILS: list[Mail] = [
    M("rejection", "fr", "warm", "Banque Lefèvre-Mallard", "Analyste KYC", "plain/iso-8859-1/qp",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "Votre candidature – Analyste KYC",
      """Bonjour Aisha,

Merci encore pour votre venue mardi. L'équipe a beaucoup apprécié votre rigueur et votre analyse du dossier
de la société holding.

Malgré tout, nous avons fait le choix de poursuivre avec un profil disposant déjà d'une expérience en banque
privée. La décision a été difficile.

Nous vous souhaitons une belle réussite dans vos projets.

Bien cordialement,
Camille Roussel
Chargée de recrutement"""),
    M("rejection", "fr", "no_interview", "Paylune SAS", "Analyste LCB-FT", "html//qp",
      ("Paylune Recrutement", "noreply@welcomekit.co"), "Votre candidature chez Paylune",
      """Bonjour Aisha,

Merci pour l'intérêt que vous portez à Paylune. Après étude de votre dossier, nous ne sommes malheureusement
pas en mesure de vous proposer un entretien pour le poste d'Analyste LCB-FT.

Nous vous souhaitons bonne continuation.

L'équipe Talent de Paylune""", reply_to="talent@paylune.fr", extra={"ats": "Welcome to the Jungle"}),
    M("rejection", "fr", "talent_pool", "Assurances du Pont-Neuf", "Chargée de conformité", "alt//qp",
      ("Pont-Neuf Carrières", "carrieres@pontneuf-assurances.fr"), "Suite donnée à votre candidature",
      """Madame,

Nous vous remercions de l'intérêt que vous portez à notre groupe. Après examen attentif, nous sommes au regret
de vous informer que votre candidature n'a pas été retenue.

Nous conservons toutefois votre CV dans notre vivier de talents afin de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Veuillez agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines"""),
    M("rejection", "fr", "rescinded", "Crédit Valmont", "Analyste Sécurité Financière", "plain/utf-8/qp",
      ("Julien Marchand", "julien.marchand@credit-valmont.fr"), "RE: Promesse d'embauche",
      """Bonjour Aisha,

Je suis sincèrement désolé : suite au rapprochement avec la Banque Régionale de l'Ouest annoncé ce matin,
la direction a décidé de geler tous les recrutements, y compris ceux déjà validés. Nous sommes contraints
de retirer la promesse d'embauche que nous vous avions adressée.

Je reste à votre disposition pour en parler.

Julien""", quote="acc"),
    M("rejection", "fr", "typo_lower", "Paylune SAS", "Analyste Onboarding", "plain/utf-8/8bit",
      ("theo", "theo@paylune.fr"), "onboarding",
      """salut aisha,

on a finalement retenu qqn d'autre pour le poste d'analyste onboarding, malheureusment. merci pour ton temps
et bonne chance !

théo

Envoyé de mon iPhone"""),
    M("rejection", "fr", "after_assessment", "Luxfid S.A.", "Analyste KYC Fonds", "html//b64",
      ("Luxfid Ressources Humaines", "hr@luxfid.lu"), "Étude de cas – retour",
      """Madame Bello,

Nous vous remercions pour l'étude de cas rendue la semaine dernière. Après évaluation, nous avons le regret de
vous informer que nous ne donnerons pas suite à votre candidature. Votre analyse était claire, mais la
partie sur les bénéficiaires effectifs manquait de profondeur.

Cordialement,
Ressources Humaines, Luxfid S.A."""),
    M("rejection", "fr", "quoted_reply", "Banque Lefèvre-Mallard", "Analyste Conformité", "reply/utf-8/qp",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "RE: Remerciements",
      """Bonjour Aisha,

Merci pour votre message. Je suis au regret de vous annoncer que nous avons retenu une autre candidate pour ce
poste. Je serais ravie de vous faire un retour plus détaillé par téléphone si vous le souhaitez.

Bien à vous,
Camille""", quote="ty", extra={"qs": "outlook"}),
    M("rejection", "fr", "agency", "Assurances du Pont-Neuf", "Analyste Fraude", "plain/windows-1252/qp",
      ("Sophie Lambert", "s.lambert@cabinet-arcane-rh.fr"), "Retour Pont-Neuf",
      """Bonjour Aisha,

J'ai eu le retour du Pont-Neuf : ils ont beaucoup aimé votre parcours mais ont préféré un candidat avec une
expérience en assurance. Ce ne sera donc pas pour cette fois. J'ai d'autres postes en cours, on s'appelle
jeudi ?

Sophie Lambert
Consultante, Cabinet Arcane RH"""),
    M("offer", "fr", "formal", "Banque Lefèvre-Mallard", "Analyste KYC", "alt//qp",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "Proposition d'embauche – Analyste KYC",
      """Bonjour Aisha,

J'ai le plaisir de vous confirmer notre proposition pour le poste d'Analyste KYC en CDI, basé à Paris 8e,
avec une rémunération annuelle brute de 48 000 €. Vous trouverez la lettre d'offre en pièce jointe.

Cette proposition est soumise à la vérification de vos références et de votre casier judiciaire. Merci de nous
faire part de votre réponse avant le {DUE}.

Bien cordialement,
Camille Roussel"""),
    M("offer", "fr", "casual", "Paylune SAS", "Analyste LCB-FT", "plain/utf-8/8bit",
      ("Théo Garnier", "theo@paylune.fr"), "bonne nouvelle !",
      """Hello Aisha,

On serait ravis de t'accueillir dans l'équipe LCB-FT ! Tout le monde a adoré ton cas pratique. Je te
passe un coup de fil demain pour parler des détails et du contrat.

Théo"""),
    M("offer", "fr", "offer_unfortunately", "Crédit Valmont", "Analyste Sécurité Financière", "plain/windows-1252/8bit",
      ("Julien Marchand", "julien.marchand@credit-valmont.fr"), "Votre offre",
      """Bonjour Aisha,

Nous avons le plaisir de vous proposer le poste d'Analyste Sécurité Financière. Malheureusement, nous ne
pouvons pas aller au-delà de 46 000 € pour le fixe, mais nous ajoutons une prime de bienvenue. Le contrat
suivra dès votre accord.

Bien à vous,
Julien Marchand"""),
    M("offer", "fr", "verbal", "Luxfid S.A.", "Analyste KYC Fonds", "reply/utf-8/qp",
      ("Marc Weber", "marc.weber@luxfid.lu"), "RE: Merci pour l'entretien",
      """Chère Aisha,

Comme convenu au téléphone tout à l'heure, nous souhaitons vous proposer le poste d'Analyste KYC Fonds. Les RH
vous enverront le contrat la semaine prochaine.

Bienvenue parmi nous !
Marc""", quote="ty", extra={"qs": "apple"}),
    M("next_step", "fr", "reschedule_unfortunately", "Assurances du Pont-Neuf", "Chargée de conformité",
      "plain/utf-8/qp",
      ("Nathalie Perrin", "nathalie.perrin@pontneuf-assurances.fr"), "Report de votre entretien",
      """Bonjour Madame Bello,

Malheureusement, notre directeur conformité ne sera pas disponible jeudi. Pourrions-nous décaler l'entretien
au {SLOT} à 11h00 ? Merci de me confirmer.

Cordialement,
Nathalie Perrin"""),
    M("next_step", "fr", "case_study", "Paylune SAS", "Analyste LCB-FT", "html//qp",
      ("Paylune Recrutement", "noreply@welcomekit.co"), "Prochaine étape : cas pratique",
      """Bonjour Aisha,

Bonne nouvelle : nous aimerions passer à l'étape suivante ! Vous recevrez un cas pratique sur l'analyse d'un
marchand à risque. Merci de le rendre au plus tard le {DUE}.

L'équipe Talent""", reply_to="talent@paylune.fr", extra={"ats": "Welcome to the Jungle"}),
    M("next_step", "fr", "next_round", "Banque Lefèvre-Mallard", "Analyste Conformité", "alt//b64",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "Entretien final",
      """Bonjour Aisha,

Suite à votre entretien, nous souhaitons vous faire rencontrer notre Directeur de la Conformité pour un dernier
échange le {SLOT}. Nous vous donnerons notre réponse finale d'ici la fin de la semaine prochaine.

Bien cordialement,
Camille""", promise=("eonw", 0)),
    M("next_step", "fr", "assessment_centre", "Crédit Valmont", "Programme Graduate Conformité", "html//qp",
      ("Crédit Valmont Recrutement", "recrutement@credit-valmont.fr"), "Invitation à notre journée d'évaluation",
      """Madame,

Nous avons le plaisir de vous inviter à notre journée d'évaluation du Programme Graduate Conformité le {SLOT}
dans nos locaux de La Défense : exercice de groupe, étude de cas et entretien individuel.

Merci de confirmer votre présence.

Le service Recrutement"""),
    M("next_step", "fr", "fit_proper", "Luxfid S.A.", "Responsable Conformité Adjoint", "plain/windows-1252/8bit",
      ("Luxfid Ressources Humaines", "hr@luxfid.lu"), "Questionnaire honorabilité",
      """Madame Bello,

Vous êtes retenue pour le dernier tour. Le poste étant soumis à l'approbation de la CSSF, nous vous prions de
remplir le questionnaire d'honorabilité professionnelle ci-joint avant l'entretien avec notre directeur
général. Nous reviendrons vers vous sous 10 jours ouvrés pour fixer la date.

Cordialement,
RH Luxfid""", promise=("bdays", 10)),
    M("pending", "fr", "still_reviewing", "Banque Lefèvre-Mallard", "Analyste KYC", "reply/iso-8859-1/qp",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "RE: Suivi de candidature",
      """Bonjour Aisha,

Merci pour votre relance. Le processus est toujours en cours : nous voyons encore deux candidats. Je reviens vers
vous d'ici vendredi.

Bien cordialement,
Camille""", promise=("weekday", 4), quote="fu", extra={"qs": "gmail"}),
    M("pending", "fr", "on_hold", "Paylune SAS", "Analyste Onboarding", "plain/utf-8/8bit",
      ("Théo Garnier", "theo@paylune.fr"), "Poste en pause",
      """Salut Aisha,

Petite mise à jour : suite à notre rachat, tous les recrutements sont gelés le temps de la réorganisation.
Le poste n'est pas annulé, juste en suspens. Je te tiens au courant dès que j'en sais plus.

Théo"""),
    M("pending", "fr", "delay", "Assurances du Pont-Neuf", "Chargée de conformité", "alt//qp",
      ("Nathalie Perrin", "nathalie.perrin@pontneuf-assurances.fr"), "Votre candidature",
      """Madame Bello,

Nous vous prions de nous excuser pour ce délai. La décision finale sera prise par notre comité de direction ;
nous vous apporterons une réponse d'ici la fin du mois.

Cordialement,
Nathalie Perrin""", promise=("eom", 0)),
    M("pending", "fr", "waitlist", "Crédit Valmont", "Programme Graduate Conformité", "html//b64",
      ("Crédit Valmont Recrutement", "recrutement@credit-valmont.fr"), "Résultat de la journée d'évaluation",
      """Madame,

Votre prestation lors de la journée d'évaluation a été très appréciée. Toutes les places du programme sont
pour l'instant attribuées, mais vous figurez sur notre liste d'attente. Nous vous tiendrons informée au plus
tard le {D}.

Le service Recrutement""", promise=("explicit", 20)),
    M("acknowledgement", "fr", "received", "Assurances du Pont-Neuf", "Chargée de conformité", "html//qp",
      ("Pont-Neuf Carrières", "pontneuf@smartrecruiters.com"), "Accusé de réception de votre candidature",
      """Madame Bello,

Nous accusons bonne réception de votre candidature au poste de Chargée de conformité et vous en remercions.
Nous reviendrons vers vous dans les 15 jours.

La Direction des Ressources Humaines""", promise=("days", 15), extra={"ats": "SmartRecruiters"}),
    M("acknowledgement", "fr", "received_casual", "Paylune SAS", "Analyste LCB-FT", "plain/utf-8/8bit",
      ("Théo Garnier", "theo@paylune.fr"), "Re: candidature spontanée",
      """Merci Aisha, bien reçu ton CV ! Je regarde ça avec l'équipe et je te dis.

Théo""", quote="app", extra={"qs": "gmail"}),
    M("acknowledgement", "fr", "received_docs", "Banque Lefèvre-Mallard", "Analyste KYC", "plain/utf-8/qp",
      ("Service RH", "rh@lefevre-mallard.fr"), "Documents bien reçus",
      """Bonjour Madame Bello,

Nous vous confirmons la bonne réception de vos justificatifs (pièce d'identité, diplômes, attestation de
domicile). Merci.

Le Service RH"""),
    M("acknowledgement", "fr", "received_agency", "Crédit Valmont", "Analyste Sécurité Financière",
      "plain/windows-1252/qp",
      ("Sophie Lambert", "s.lambert@cabinet-arcane-rh.fr"), "Votre dossier",
      """Bonjour Aisha,

Bien reçu votre dossier, merci. Je le présente au Crédit Valmont cette semaine et je vous fais un retour
demain au plus tard sur leur intérêt.

Sophie""", promise=("tomorrow", 0)),
    M("auto_reply", "fr", "out_of_office", "Banque Lefèvre-Mallard", "Analyste KYC", "plain/windows-1252/8bit",
      ("Camille Roussel", "camille.roussel@lefevre-mallard.fr"), "Réponse automatique : Suivi de candidature",
      """Bonjour,

Je suis absente jusqu'au {DUE} inclus. Pour toute demande urgente, merci de contacter rh@lefevre-mallard.fr.

Camille Roussel""", extra={"auto": "auto-replied"}),
    M("auto_reply", "fr", "auto_noreply", "Assurances du Pont-Neuf", "Chargée de conformité", "plain/utf-8/qp",
      ("Pont-Neuf Carrières", "pontneuf@smartrecruiters.com"), "Message automatique – ne pas répondre",
      """Ceci est un message automatique. Cette adresse n'est pas consultée ; merci de ne pas y répondre.""",
      extra={"auto": "auto-generated", "precedence": "bulk"}),
    M("other", "fr", "job_alert", "Welcome to the Jungle", "", "html//qp",
      ("Welcome to the Jungle", "alertes@welcometothejungle.com"), "3 nouvelles offres : Analyste KYC à Paris",
      """Nouvelles offres pour votre alerte « Analyste KYC – Paris » :

- Analyste KYC – Banque Lefèvre-Mallard – CDI – candidatures jusqu'au {DUE}
- Analyste LCB-FT – Paylune – Télétravail partiel
- Chargé de conformité – Assurances du Pont-Neuf

Nous avons le regret de vous informer que certaines offres ont expiré.""",
      extra={"ats": "Welcome to the Jungle", "precedence": "bulk"}),
    M("other", "fr", "withdrawal", "Luxfid S.A.", "Analyste KYC Fonds", "reply/utf-8/qp",
      ("Marc Weber", "marc.weber@luxfid.lu"), "RE: Retrait de ma candidature",
      """Chère Aisha,

C'est bien noté, je retire votre candidature. Merci de nous avoir prévenus et félicitations pour votre
nouveau poste.

Marc""", quote="je vous informe que j'ai accepté une autre offre et je souhaite retirer ma candidature.",
      extra={"qs": "outlook"}),
    M("other", "fr", "newsletter_offer", "Cabinet Arcane RH", "", "html//qp",
      ("Cabinet Arcane RH", "newsletter@cabinet-arcane-rh.fr"), "Baromètre des salaires conformité 2027",
      """Découvrez notre baromètre : quelles offres pour les analystes conformité en 2027 ? Les salaires
progressent de 4 % à Paris. Les banques offrent désormais plus de télétravail.

Se désabonner""", extra={"precedence": "bulk"}),
]
