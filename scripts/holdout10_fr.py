"""holdout10 French bank: whole-message templates and the French phrasings around them.

Given nothing, `bank()` returns the French LangBank (same template format as holdout10_en).
"""

from __future__ import annotations

from holdout10_core import LangBank, parse_templates

TEMPLATES = r"""
@@ rejection warm_rejection manager x=fwd
S: Votre candidature – {role}
Bonjour {first},

Merci encore pour votre venue à Lyon et pour la séquence que vous avez animée devant l'équipe : \
[[votre manière de rendre la stœchiométrie concrète nous a beaucoup plu|nous avons tous apprécié votre énergie]].

Nous avons toutefois fait le choix d'une candidate qui a déjà piloté des dispositifs de formation en entreprise, \
ce qui correspond davantage à nos besoins immédiats. Ce choix a été difficile.

Je vous souhaite pleine réussite dans votre reconversion.

{sig}

@@ rejection public_formal public
S: Recrutement {role} – réf. {ref}
Madame,

Le comité de sélection s'est réuni à l'issue des auditions. J'ai le regret de vous informer que votre \
candidature n'a pas été retenue pour le poste cité en référence.

Je vous remercie de l'intérêt que vous portez à notre établissement et vous prie d'agréer, Madame, \
l'expression de mes salutations distinguées.

{sig}

@@ rejection no_interview ats
S: Votre candidature chez {company}
Bonjour {first},

Nous vous remercions pour votre candidature au poste de {role}.

Après une étude attentive de votre profil, nous sommes au regret de ne pas pouvoir donner une suite favorable \
à votre candidature : nous ne sommes pas en mesure de vous proposer un entretien.

Nous conservons votre CV dans notre vivier pendant deux ans, sauf opposition de votre part.

L'équipe Recrutement {company}

@@ rejection agency_rejection agency
S: Retour de {company}
Bonjour {first},

J'ai eu le retour de mon client {company} ce matin : malheureusement ils ne donnent pas suite pour le poste de \
{role}, ils ont choisi un profil déjà formé sur leur LMS. Ils ont beaucoup aimé votre parcours d'enseignante, \
pour ce que ça vaut.

On se rappelle la semaine prochaine pour les autres pistes ?

{sig}

@@ rejection reapply recruiter q=thanks
S: RE: Merci pour l'entretien
Bonjour {first},

Merci pour votre message. Je suis désolée, nous n'allons pas poursuivre avec votre candidature pour ce poste. \
N'hésitez pas à repostuler dans six mois, quand le pôle formation aura grandi.

Bien à vous,
{me}

@@ rejection rescinded founder
S: Mauvaise nouvelle, désolé
Salut {first},

Je préfère te l'écrire tout de suite : notre levée de fonds est repoussée à l'an prochain et on doit geler \
tous les recrutements. Du coup, je suis obligé de revenir sur la proposition qu'on t'avait faite pour le poste \
de {role}. Je m'en veux vraiment, surtout que tu avais prévenu ton lycée.

Si je peux t'aider avec des contacts à Lyon, dis-le-moi.

{me}

@@ offer offer_references hr
S: Votre candidature – bonne nouvelle
Bonjour {first},

J'ai le plaisir de vous annoncer que nous souhaitons vous proposer le poste de {role}, sous réserve de la prise \
de références auprès des deux personnes que vous nous avez indiquées. Je vous appelle dès que c'est fait pour \
convenir de la suite.

{sig}

@@ offer formal_offer hr x=pdf
S: Proposition d'embauche – {role}
Bonjour {first},

Suite à nos différents échanges, j'ai le plaisir de vous proposer le poste de {role} en CDI au sein de \
{company}, à compter du {start}.

Rémunération annuelle brute : {salary}, statut cadre, forfait jours, 2 jours de télétravail par semaine.

Vous trouverez la promesse d'embauche en pièce jointe. Merci de nous la retourner signée avant le {accept_by}.

{sig}

@@ offer casual_offer founder
S: Bonne nouvelle !
Salut {first},

bon, je ne vais pas te faire attendre : on aimerait vraiment que tu rejoignes l'aventure ! Ta démo sur le \
parcours des nouveaux formateurs a mis tout le monde d'accord. On s'appelle demain pour parler salaire et \
date d'arrivée ?

{me}

@@ offer offer_unfortunately recruiter
S: {role} – notre proposition
Bonjour {first},

Malheureusement je ne pourrai pas vous appeler aujourd'hui comme prévu, je vous écris donc directement : \
nous souhaitons vous proposer le poste de {role} ! Le contrat suivra d'ici quelques jours.

{sig}

@@ next_step reschedule hr
S: Report de votre entretien
Bonjour {first},

Malheureusement, la directrice de la formation n'est plus disponible au créneau prévu. Pourriez-vous plutôt \
le {slot} ? Désolée pour ce changement.

{sig}

@@ next_step teaching_demo public x=invite
S: Convocation – mise en situation pédagogique
Madame,

Votre dossier a retenu l'attention du comité de sélection. Vous êtes invitée à une audition comprenant une mise \
en situation pédagogique de 20 minutes suivie d'un entretien, le {slot}.

Le sujet : concevoir une séance d'accueil pour des adultes en reprise d'études.

{sig}

@@ next_step stage_passed recruiter
S: Prochaine étape
Bonjour {first},

Bonne nouvelle : l'équipe souhaite vous revoir pour un second entretien, cette fois avec le directeur \
pédagogique. <<Je reviens vers vous {when} avec des créneaux.>>

{sig}

@@ pending still_reviewing recruiter
S: Point sur votre candidature
Bonjour {first},

Je me permets de faire un point : le processus est toujours en cours, nous rencontrons encore deux personnes.

<<Nous reviendrons vers vous {when}.>>

{sig}

@@ pending waitlist public
S: Résultats – {role}
Madame,

À l'issue des auditions, le comité de sélection vous a classée en deuxième position sur la liste complémentaire. \
Le poste a été proposé à la candidate classée première. En cas de désistement, nous vous contacterons.

<<Nous connaîtrons sa réponse {when}.>>

{sig}

@@ pending pending_unfortunately hr
S: Votre candidature – {role}
Bonjour {first},

Malheureusement, nous n'avons pas encore de réponse définitive à vous apporter : le budget formation 2027 \
n'est pas encore validé et le poste est en attente.

<<Nous espérons pouvoir vous répondre {when}.>>

{sig}

@@ acknowledgement received_docs hr
S: RE: pièces complémentaires
Bonjour {first},

Merci, nous avons bien reçu votre diplôme, votre attestation d'inscription au CAPES et la fiche de \
renseignements. Votre dossier est complet.

<<Le jury se prononcera et nous vous tiendrons informée {when}.>>

{sig}

@@ acknowledgement received ats
S: Accusé de réception de votre candidature
Bonjour {first},

Nous avons bien reçu votre candidature pour le poste de {role} et vous en remercions.

<<Nos équipes l'étudient avec attention et reviendront vers vous {when}.>>

L'équipe Talents {company}

@@ acknowledgement received_casual founder
S: Re: candidature spontanée
Merci {first}, bien reçu ton CV et ton portfolio ! Je regarde ça tranquillement<< et je te dis {when}>>.

{me}

@@ acknowledgement ack_offer_word ats
S: Merci pour votre candidature !
Bonjour {first},

Votre candidature au poste de {role} a bien été enregistrée.

Ce que nous vous offrons : une mutuelle prise en charge à 100 %, des tickets restaurant, et une vraie culture \
de l'apprentissage. Nous revenons vers vous<< {when}>>.

@@ auto_reply out_of_office ooo
S: Réponse automatique : {role}
Bonjour,

Je suis absente du bureau jusqu'au {ret} inclus. Pour toute question urgente concernant le recrutement, \
merci d'écrire à recrutement@{domain}.

Cordialement,
{me}

@@ auto_reply auto_noreply noreply
S: Ne pas répondre
Ce message a été envoyé automatiquement, merci de ne pas y répondre. Cette adresse n'est pas consultée.

@@ other job_alert board
S: Nouvelles offres : ingénieur pédagogique – {city}
Bonjour {first},

Voici les nouvelles offres correspondant à votre alerte :

- Ingénieure pédagogique digital – Rhônalp Industrie, {city}. Date limite de candidature : {due}
- Chargée de formation – Banque Confluence, {city}
- Conceptrice e-learning – Lumen Éditions, télétravail

Gérer mes alertes · Se désabonner

@@ other interviewer colleague
S: Jury stagiaires
Bonjour {first},

Tu pourrais faire partie du jury pour les deux stagiaires de M2 MEEF mardi après-midi ? On doit décider \
d'ici vendredi laquelle on garde pour le stage filé, j'aurais besoin de ta grille d'évaluation.

Merci !
{me}

@@ other withdrawal recruiter q=withdraw
S: RE: Retrait de ma candidature
Bonjour {first},

Bien noté, merci de nous avoir prévenus, et félicitations pour votre nouveau poste ! J'ai clôturé votre \
candidature au poste de {role}.

Au plaisir de recroiser votre route,
{me}

@@ other newsletter_offer board
S: La lettre des formateurs – novembre
Bonjour {first},

Au sommaire ce mois-ci : l'AFEST expliquée simplement, un retour d'expérience d'une ancienne professeure \
devenue responsable formation, et notre offre spéciale sur le certificat de concepteur pédagogique (-20 % \
jusqu'au {due}).

Bonne lecture !
"""

PROMISES = {
    "days": ["dans les {n} jours", "sous {n} jours"],
    "bdays": ["sous {n} jours ouvrés", "dans les {n} jours ouvrés"],
    "weeks": ["dans les {n} semaines", "d'ici {n} semaines"],
    "wd": ["d'ici {wd}", "au plus tard {wd}"],
    "eow": ["d'ici la fin de la semaine", "avant la fin de cette semaine"],
    "eonw": ["d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"],
    "eom": ["d'ici la fin du mois", "avant la fin du mois"],
    "month": ["d'ici fin {month}", "avant la fin {month_de}"],
    "explicit": ["d'ici le {date}", "au plus tard le {date}"],
    "tomorrow": ["demain"],
}


def bank() -> LangBank:
    """Given nothing, returns the French bank."""
    return LangBank(
        code="fr",
        templates=parse_templates(TEMPLATES.replace("\\\n", ""), "fr"),
        promises={k: [p for p in v if "{month_de}" not in p] for k, v in PROMISES.items()},
        vague=["dans les meilleurs délais", "prochainement", "dès que possible", "très vite"],
        weekdays=["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"],
        numbers={2: "deux", 3: "trois", 5: "cinq", 7: "sept", 10: "dix"},
        date_formats=["{d} {mon}", "{wd} {d} {mon}", "{dd}/{m}/{y}", "{d} {mon} {y}"],
        quotes={
            "thanks": ("Merci pour l'entretien", "Bonjour {me},\n\nMerci beaucoup pour notre échange d'hier. "
                       "J'ai beaucoup apprécié la présentation de vos parcours de formation pour les "
                       "techniciens.\n\nBien cordialement,\nInes Achterberg"),
            "followup": ("Suivi de ma candidature", "Bonjour {me},\n\nAuriez-vous des nouvelles ? J'ai une autre "
                         "proposition à laquelle je dois répondre d'ici vendredi.\n\nBien à vous,\nInes"),
            "withdraw": ("Retrait de ma candidature", "Bonjour {me},\n\nJe vous informe que j'ai accepté un "
                         "autre poste et retire ma candidature.\n\nCordialement,\nInes Achterberg"),
        },
        disclaimers=[
            "Ce message et ses pièces jointes sont confidentiels. Il ne constitue en aucun cas une offre "
            "contractuelle. Si vous l'avez reçu par erreur, merci de le détruire.",
            "Nous regrettons de ne pouvoir garantir l'intégrité de ce message. Pensez à l'environnement avant "
            "d'imprimer.",
        ],
        people=["Claire Mercier", "Julien Fabre", "Sophie Garnier", "Nicolas Perrin", "Élodie Vasseur",
                "Mathieu Roux", "Inès Benali", "Camille Joly"],
        roles=["Ingénieure pédagogique", "Chargée de formation", "Conceptrice pédagogique multimodale",
               "Responsable des contenus e-learning", "Formatrice sciences"],
        signoffs=["Cordialement,", "Bien à vous,", "Belle journée,", "Bien cordialement,"],
        words={
            "gmail": "Le {when}, {name} <{addr}> a écrit :",
            "apple": "Le {when}, {name} <{addr}> a écrit :",
            "iphone": "Envoyé de mon iPhone",
            "from": "De", "sent": "Envoyé", "to": "À", "subject": "Objet",
            "button": "Voir ma candidature",
            "footer": "{company} s'engage pour la diversité et offre des aménagements sur demande. "
                      "Propulsé par {ats} · Confidentialité",
            "fwd": "---------- Message transféré ---------",
            "team": "Équipe Talents",
        },
        lists={
            "hr": ["Ressources humaines", "Responsable recrutement"],
            "recruiter": ["Talent Acquisition", "Service recrutement"],
            "manager": ["Responsable formation", "Responsable pédagogique"],
            "founder": ["CEO & co-founder", "Co-fondation"],
            "agency": ["Pôle Formation & Éducation"],
            "public": ["Direction des ressources humaines, bureau des personnels BIATSS"],
            "colleague": ["Coordination physique-chimie", "Direction adjointe"],
        },
    )
