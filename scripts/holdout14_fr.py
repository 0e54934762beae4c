"""holdout14, French: every label, each message written on its own."""

from __future__ import annotations

from holdout14_core import LEGAL, Spec

L = LEGAL["fr"]


def specs() -> list[Spec]:
    """Given nothing returns the French messages."""
    auto = {"Auto-Submitted": "auto-replied"}
    return [
        Spec("rejection", "warm_rejection", "Maison de l'Europe Solidaire", "Chargée de communication",
             "Sophie Marchetti <s.marchetti@maison-europe-solidaire.fr>", "Votre candidature",
             "Chère Elena,\n\nmerci pour l'entretien de jeudi et pour la qualité de votre exercice écrit, qui a "
             "beaucoup plu au jury. Nous avons toutefois retenu une candidate dont l'expérience associative "
             "correspond davantage à nos besoins immédiats.\n\nCe choix a été difficile et je tiens à vous "
             "remercier sincèrement.\n\nBien à vous,\nSophie Marchetti\nDirectrice de la communication\n\n" + L[1],
             cs="iso-8859-1", quote="gmail:ty", extra={"who": "Sophie"}),
        Spec("rejection", "ats_sender", "Groupe Valmont", "Responsable relations presse",
             "Groupe Valmont <no-reply@smartrecruiters.com>", "Votre candidature chez Groupe Valmont",
             "Bonjour Elena,\n\nNous vous remercions de l'intérêt que vous portez au Groupe Valmont. Après étude "
             "attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas "
             "été retenue pour le poste de Responsable relations presse.\n\nNous vous souhaitons pleine réussite "
             "dans vos recherches.\n\nL'équipe Talent Acquisition", layout="html",
             reply_to="recrutement@groupe-valmont.fr"),
        Spec("rejection", "no_interview_offer", "Agence française pour la coopération culturelle",
             "Chargé(e) de contenus éditoriaux", "AFCC Recrutement <recrutement@afcc.example.fr>",
             "Candidature – Chargé(e) de contenus éditoriaux",
             "Madame,\n\nNous avons bien étudié votre candidature. Malheureusement, nous ne sommes pas en mesure "
             "de vous proposer un entretien pour ce poste.\n\nNous vous prions d'agréer, Madame, l'expression de "
             "nos salutations distinguées.\n\nService des ressources humaines", cte="quoted-printable"),
        Spec("rejection", "rescinded_offer", "Studio Ravel & Associés", "Consultante éditoriale",
             "Paul Ravel <paul@studioravel.fr>", "Re: Promesse d'embauche",
             "Elena,\n\nje suis vraiment désolé : suite à la perte du contrat avec le ministère, nous devons "
             "annuler la promesse d'embauche que nous vous avions adressée. Croyez bien que cette décision ne "
             "remet pas en cause vos qualités.\n\nJe reste à votre disposition pour en parler.\n\nPaul",
             quote="outlook:ty", extra={"who": "Paul Ravel"}),
        Spec("rejection", "talent_pool", "Organisation internationale pour la santé des sols", "Communication Officer",
             "OISS Recrutement <e-recrutement@oiss-int.org>", "Avis de non-sélection",
             "Madame Petrova,\n\nNous vous informons que votre candidature au poste de Communication Officer n'a "
             "pas été retenue à l'issue du processus de sélection.\n\nVotre profil sera conservé dans notre "
             "vivier de talents pendant deux ans.\n\nSection du recrutement, Genève", layout="alt",
             cte="base64"),
        Spec("rejection", "lowercase", "Collectif Bastille Médias", "Rédactrice web",
             "lucie <lucie@bastillemedias.fr>", "rédac web",
             "coucou elena, merci pour ton test, on a finalement choisi quelqu'un qui connaît déjà notre CMS. "
             "désolée ! à bientôt j'espère\nlucie"),
        Spec("rejection", "warm_feedback", "Université Paris Rive Gauche", "Chargée des relations médias",
             "Direction de la communication <dircom@upr-gauche.fr>", "Suite de votre candidature",
             "Madame,\n\nLe jury s'est réuni à l'issue des auditions. Il a apprécié votre connaissance des médias "
             "et votre aisance à l'oral ; néanmoins, il a retenu une autre candidature pour ce poste.\n\nSi vous "
             "souhaitez un retour plus détaillé, je peux vous appeler la semaine prochaine.\n\nCordialement,\n"
             "Hélène Garnier\nDirectrice de la communication", cs="windows-1252"),
        Spec("rejection", "filled", "Fondation Horizon Méditerranée", "Chargée de plaidoyer",
             "Fondation Horizon Méditerranée <jobs@fhm.example.org>", "Poste pourvu",
             "Bonjour,\n\nLe poste de chargée de plaidoyer est désormais pourvu. Nous regrettons de ne pas "
             "pouvoir donner suite à votre candidature et vous remercions de votre intérêt.\n\nFondation Horizon "
             "Méditerranée", layout="html", extra={"foot": "Powered by Welcome to the Jungle"}),
        Spec("offer", "formal_offer", "Groupe Valmont", "Chargée de communication corporate",
             "Claire Besson <claire.besson@groupe-valmont.fr>", "Proposition d'embauche",
             "Bonjour Elena,\n\nJ'ai le plaisir de vous proposer le poste de Chargée de communication corporate en "
             "CDI, statut cadre, pour une rémunération brute annuelle de 52 000 €. Vous trouverez ci-joint la "
             "promesse d'embauche.\n\nMerci de nous faire part de votre réponse avant le {date}.\n\nBien "
             "cordialement,\nClaire Besson, DRH\n\n" + L[0], at=8, layout="alt"),
        Spec("offer", "casual_offer", "Collectif Bastille Médias", "Responsable éditoriale",
             "lucie <lucie@bastillemedias.fr>", "alors…",
             "elena !! on a adoré, on aimerait trop que tu nous rejoignes comme responsable éditoriale. je "
             "t'envoie le contrat demain, dis-moi si tu es partante :)\nlucie"),
        Spec("offer", "fixed_term_offer", "Organisation internationale pour la santé des sols", "Chargée de presse",
             "OISS Ressources humaines <rh@oiss-int.org>", "Offre de contrat à durée déterminée",
             "Madame,\n\nNous avons le plaisir de vous offrir un contrat à durée déterminée de 18 mois en qualité "
             "de chargée de presse, lieu d'affectation Genève. Cette offre est subordonnée à l'obtention du "
             "certificat médical et à la vérification de vos références.\n\nVeuillez confirmer votre acceptation "
             "sous dix jours.\n\nSection des ressources humaines"),
        Spec("offer", "verbal_offer", "Studio Ravel & Associés", "Consultante éditoriale",
             "Paul Ravel <paul@studioravel.fr>", "Suite à notre appel",
             "Elena,\n\ncomme je vous l'ai dit au téléphone, c'est oui ! Nous souhaitons vous accueillir comme "
             "consultante éditoriale. Le contrat suivra dès le retour de notre comptable.\n\nPaul"),
        Spec("next_step", "reschedule_unfortunately", "Maison de l'Europe Solidaire", "Chargée de communication",
             "Sophie Marchetti <s.marchetti@maison-europe-solidaire.fr>", "Changement d'horaire",
             "Bonjour Elena,\n\nmalheureusement je dois décaler notre entretien de mardi, une réunion du conseil "
             "d'administration ayant été avancée. Seriez-vous disponible mercredi à 15 h ?\n\nSophie"),
        Spec("next_step", "writing_test", "Université Paris Rive Gauche", "Chargée des relations médias",
             "Direction de la communication <dircom@upr-gauche.fr>", "Convocation – épreuve écrite",
             "Madame,\n\nVotre candidature a été retenue pour la suite du processus. Vous êtes convoquée à une "
             "épreuve écrite (rédaction d'un communiqué de presse, 1 h 30) le {date} à 9 h 30, bâtiment B, "
             "salle 204.\n\nLes candidats admissibles seront ensuite invités à un entretien avec le jury.\n\n"
             "Cordialement,\nLa Direction de la communication", at=10, layout="alt", cs="iso-8859-1"),
        Spec("next_step", "panel_interview", "Agence française pour la coopération culturelle", "Chargée de presse",
             "AFCC Recrutement <recrutement@afcc.example.fr>", "Invitation à un entretien",
             "Bonjour Madame Petrova,\n\nNous avons le plaisir de vous inviter à un entretien devant un jury de "
             "trois personnes. Merci de nous indiquer vos disponibilités sur le lien ci-dessous.\n\nService RH",
             layout="html"),
        Spec("next_step", "portfolio_request", "Fondation Horizon Méditerranée", "Responsable contenus",
             "Karim Benali <k.benali@fhm.example.org>", "Re: candidature responsable contenus",
             "Bonjour Elena,\n\nvotre profil nous intéresse. Avant un premier échange, pourriez-vous m'envoyer "
             "trois articles ou contenus dont vous êtes fière ? Nous ferons notre sélection pour les entretiens "
             "d'ici vendredi.\n\nBien à vous,\nKarim", promise=("wd", 4), quote="gmail:app"),
        Spec("pending", "still_reviewing", "Groupe Valmont", "Responsable relations presse",
             "Claire Besson <claire.besson@groupe-valmont.fr>", "Point d'étape",
             "Bonjour Elena,\n\nnous finalisons les derniers entretiens et reviendrons vers vous d'ici vendredi "
             "avec une réponse.\n\nBien cordialement,\nClaire", promise=("wd", 4), quote="outlook:fu",
             extra={"who": "Claire Besson"}),
        Spec("pending", "on_hold_budget", "Agence française pour la coopération culturelle", "Chargée de presse",
             "AFCC Recrutement <recrutement@afcc.example.fr>", "Suspension du recrutement",
             "Madame,\n\nEn raison du gel budgétaire annoncé par notre ministère de tutelle, le recrutement au "
             "poste de chargée de presse est suspendu. Votre candidature reste active et nous reprendrons contact "
             "avec vous dès que possible.\n\nService RH", cs="windows-1252"),
        Spec("pending", "waitlist", "Université Paris Rive Gauche", "Chargée des relations médias",
             "Direction de la communication <dircom@upr-gauche.fr>", "Liste complémentaire",
             "Madame,\n\nÀ l'issue des entretiens, le jury vous a classée en liste complémentaire. Si la lauréate "
             "renonce au poste, nous vous contacterons. Nous vous tiendrons informée au plus tard le {date}.\n\n"
             "Hélène Garnier", promise=("abs", 0), at=15),
        Spec("pending", "end_of_month", "Maison de l'Europe Solidaire", "Chargée de plaidoyer",
             "Sophie Marchetti <s.marchetti@maison-europe-solidaire.fr>", "Délai de réponse",
             "Bonjour Elena,\n\nle bureau doit encore valider le budget du poste. Nous vous donnerons une réponse "
             "définitive d'ici la fin du mois.\n\nMerci de votre patience,\nSophie", promise=("eom", 0),
             layout="alt"),
        Spec("pending", "delay_vague", "Studio Ravel & Associés", "Chargée de projets éditoriaux",
             "Paul Ravel <paul@studioravel.fr>", "pas encore de nouvelles",
             "Bonjour Elena, désolé pour le silence, nous attendons encore la réponse du client avant de décider. "
             "Je reviens vers vous dès que j'en sais plus.\nPaul"),
        Spec("acknowledgement", "ats_ack", "Groupe Valmont", "Responsable relations presse",
             "Groupe Valmont <no-reply@smartrecruiters.com>", "Merci pour votre candidature",
             "Bonjour Elena,\n\nNous avons bien reçu votre candidature au poste de Responsable relations presse. "
             "Notre équipe l'étudiera avec attention et reviendra vers vous.\n\nL'équipe Talent Acquisition du "
             "Groupe Valmont", layout="html", reply_to="recrutement@groupe-valmont.fr"),
        Spec("acknowledgement", "ack_dated", "Organisation internationale pour la santé des sols",
             "Communication Officer",
             "OISS Recrutement <e-recrutement@oiss-int.org>", "Accusé de réception",
             "Madame Petrova,\n\nNous accusons réception de votre candidature. Les candidates et candidats "
             "présélectionnés seront informés dans un délai de 15 jours ouvrés.\n\nSection du recrutement",
             promise=("bd", 15), layout="alt"),
        Spec("acknowledgement", "ack_unfortunately", "Fondation Horizon Méditerranée", "Chargée de plaidoyer",
             "Fondation Horizon Méditerranée <jobs@fhm.example.org>", "Candidature reçue",
             "Bonjour,\n\nMerci, votre candidature a bien été enregistrée. Malheureusement, en raison du nombre "
             "de candidatures, seules les personnes retenues pour un entretien seront contactées.\n\nFHM",
             layout="html", extra={"foot": "Powered by Welcome to the Jungle"}),
        Spec("acknowledgement", "ack_human", "Collectif Bastille Médias", "Rédactrice web",
             "lucie <lucie@bastillemedias.fr>", "Re: candidature",
             "bien reçu, merci elena ! je regarde ça avec l'équipe lundi.\nlucie", quote="gmail:app"),
        Spec("auto_reply", "out_of_office", "Groupe Valmont", "Chargée de communication corporate",
             "Claire Besson <claire.besson@groupe-valmont.fr>", "Réponse automatique : Proposition d'embauche",
             "Bonjour,\n\nJe suis absente jusqu'au {date} inclus. Pour toute question relative à une offre ou à "
             "un contrat, merci de contacter rh@groupe-valmont.fr.\n\nCordialement,\nClaire Besson", at=5,
             extra=auto),
        Spec("auto_reply", "noreply", "Université Paris Rive Gauche", "Chargée des relations médias",
             "Ne pas répondre <ne-pas-repondre@upr-gauche.fr>", "Message non distribué au service",
             "Ce message est généré automatiquement. Cette adresse n'est pas consultée ; nous regrettons de ne "
             "pouvoir traiter votre message. Merci d'utiliser le formulaire de contact.",
             extra={"Auto-Submitted": "auto-generated"}),
        Spec("other", "newsletter_regret", "Le Club des Communicants", "",
             "Le Club des Communicants <lettre@clubcommunicants.example.fr>", "La lettre du Club – novembre",
             "Au sommaire :\n\n- « Nous avons le regret de vous annoncer » : les mots de la crise\n- Offres "
             "d'emploi de la semaine : 14 postes en relations presse\n- Portrait : de journaliste à dircom\n\n"
             "Se désabonner", layout="html"),
        Spec("other", "press_invitation", "Ville de Paris – Service de presse", "",
             "Service de presse <presse@paris-ville.example.fr>", "Invitation presse – inauguration",
             "Madame, Monsieur,\n\nVous êtes conviés à l'inauguration de la nouvelle médiathèque du 11e "
             "arrondissement le {date} à 11 h. Merci de confirmer votre présence.\n\nService de presse", at=6),
        Spec("other", "user_is_interviewer", "Collectif Bastille Médias", "Stage rédaction",
             "lucie <lucie@bastillemedias.fr>", "jury stagiaires",
             "elena, merci d'avoir fait partie du jury ! on part sur Inès pour le stage, tu peux envoyer le mail "
             "de refus aux deux autres ? merci !!"),
        Spec("acknowledgement", "ack_days", "Maison de l'Europe Solidaire", "Chargée de plaidoyer",
             "Recrutement MES <recrutement@maison-europe-solidaire.fr>", "Accusé de réception de votre candidature",
             "Bonjour Elena,\n\nNous avons bien reçu votre candidature et vous en remercions. Nous reviendrons "
             "vers vous sous 10 jours, que votre candidature soit retenue ou non.\n\nL'équipe recrutement",
             promise=("days", 10), layout="html", cte="base64"),
        Spec("next_step", "forward_note", "Groupe Valmont", "Chargée de communication corporate",
             "Claire Besson <claire.besson@groupe-valmont.fr>", "TR: Retour entretien Elena Petrova",
             "Bonjour Elena,\n\nje vous transfère le retour de notre directeur de la communication : il "
             "souhaite vous revoir pour un second entretien. Je vous propose des créneaux d'ici la fin de la "
             "semaine prochaine.\n\nClaire\n\n-------- Message transféré --------\nDe : Olivier Lacombe "
             "<olivier.lacombe@groupe-valmont.fr>\nObjet : Retour entretien Elena Petrova\n\nClaire, très bon "
             "entretien, je souhaite la revoir avec Nathalie. Olivier", promise=("eow", 1)),
        Spec("pending", "pending_reply_dated", "Fondation Horizon Méditerranée", "Responsable contenus",
             "Karim Benali <k.benali@fhm.example.org>", "RE: Suite entretien",
             "Bonjour Elena,\n\nmerci pour votre message. Le comité se réunit le {date} et je vous communiquerai "
             "sa décision dans la foulée.\n\nBien cordialement,\nKarim", promise=("abs", 0), at=6,
             layout="alt", quote="gmail:fu"),
    ]
