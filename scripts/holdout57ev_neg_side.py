"""holdout57: negatives with the user on the hiring side (his lycée in Lyon recruits)."""

from __future__ import annotations

from holdout57ev_ics import (
    APPLE,
    ME,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    THUNDERBIRD,
    att,
    cal,
    ev,
    item,
    org,
    room,
    teams,
    vtz,
    zoom,
)

P = "Europe/Paris"
L = "lycee.ampere-saxe@ac-lyon.fr"


def build() -> list[dict[str, str | int]]:
    out = []
    meo = org("Rochat, Florian", ME_WORK)
    mew = att("Rochat, Florian", ME_WORK, ps="ACCEPTED")

    def add(kind: str, text: str, uid: str) -> None:
        out.append(item(kind, text, uid, 0, trap=kind))

    u = "aed-2025-01@lycee-ampere-saxe"
    add(
        "user-as-interviewer-aed-fr",
        cal(
            ev(
                u,
                "Entretien candidat AED – M. Yanis Belkacem",
                "20250318T100000",
                "20250318T103000",
                orgz=meo,
                atts=[
                    att("Yanis Belkacem", "yanis.belkacem93@gmail.com"),
                    att("Nathalie Perrin (CPE)", "nathalie.perrin@ac-lyon.fr"),
                ],
                desc="Recrutement assistant d'éducation (contrat 1 an, internat). Grille d'entretien en pièce jointe.\n"
                "Jury : F. Rochat (proviseur adjoint), N. Perrin (CPE).",
                loc="Lycée Ampère-Saxe – bureau du proviseur adjoint",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "aed-2025-02@lycee-ampere-saxe"
    add(
        "user-as-interviewer-candidate-freemail-fr",
        cal(
            ev(
                u,
                "Entretien d'embauche – Mme Océane Lafont (AESH)",
                "20250318T110000",
                "20250318T113000",
                orgz=meo,
                atts=[att("Océane Lafont", "oceane.lafont@hotmail.fr"), mew],
                desc="Candidate AESH – merci de venir avec CV et diplômes. Entretien avec M. Rochat, proviseur "
                     "adjoint.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "jury-contractuels-maths-20250402@ac-lyon.fr"
    add(
        "user-as-interviewer-panel-fr",
        cal(
            ev(
                u,
                "Commission de recrutement contractuels – mathématiques (jury 3)",
                "20250402T090000",
                "20250402T170000",
                orgz=org("DPE Lyon – bureau des contractuels", "ce.dpe-contractuels@ac-lyon.fr"),
                atts=[att("Rochat, Florian", ME_WORK), att("Benoît Lagarde", "benoit.lagarde@ac-lyon.fr")],
                desc="Vous êtes désigné membre du jury 3 (F. Rochat, personnel de direction ; B. Lagarde, IA-IPR). "
                "8 candidats, entretiens de 30 min. Les grilles d'évaluation sont à remettre au bureau DPE.",
                loc="Rectorat de Lyon, 92 rue de Marseille – salle B204",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "grilles-eval-aed-0318"
    add(
        "user-as-interviewer-scorecard-fr",
        cal(
            ev(
                u,
                "Remplir grilles d'évaluation candidats AED + envoyer avis au proviseur",
                "20250318T140000",
                "20250318T143000",
                status=None,
            ),
            prodid=APPLE,
            method=None,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "debrief-recrutement-cpe-0411"
    add(
        "user-as-interviewer-debrief-fr",
        cal(
            ev(
                u,
                "Débrief recrutement CPE – choix du candidat",
                "20250411T120000",
                "20250411T123000",
                orgz=meo,
                atts=[
                    att("Proviseur – Lycée Ampère-Saxe", "ce.0690023x@ac-lyon.fr"),
                    att("Nathalie Perrin", "nathalie.perrin@ac-lyon.fr"),
                ],
                desc="Comparer les 3 candidats vus mardi (entretiens CPE contractuel) et décider.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "shadow-entretiens-nouvelle-adjointe"
    add(
        "user-as-interviewer-shadowing-fr",
        cal(
            ev(
                u,
                "Mme Dubreuil (adjointe stagiaire) observe mes entretiens de recrutement AED",
                "20250325T090000",
                "20250325T120000",
                orgz=meo,
                atts=[att("Claire Dubreuil", "claire.dubreuil@ac-lyon.fr")],
                desc="Formation des personnels de direction stagiaires : observation de la conduite d'entretiens "
                "d'embauche. Elle ne pose pas de questions.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "calendly-host-aesh-7710"
    add(
        "user-as-interviewer-calendly-host-fr",
        cal(
            ev(
                u,
                "Entretien AESH – Mathis Carrière",
                "20250408T160000",
                "20250408T163000",
                orgz=org("Florian Rochat", ME_WORK),
                atts=[att("Mathis Carrière", "mathis.carriere@laposte.net")],
                desc="Un nouvel événement a été planifié.\nNom de l'événement : Entretien AESH (30 min)\nInvité "
                     ": Mathis "
                "Carrière\nQuestions : Avez-vous une expérience auprès d'élèves en situation de handicap ? Oui, "
                "2 ans en école primaire.\nVous êtes l'hôte de cet événement.\nPropulsé par Calendly.com",
            ),
            prodid="-//Calendly//Calendly//EN",
        ),
        u,
    )

    u = "interim-edu-candidat-0415@ageduc-interim.fr"
    add(
        "user-as-interviewer-agency-candidate-fr",
        cal(
            ev(
                u,
                "Présentation candidat – secrétariat de direction (Mme Sandrine Vasseur)",
                "20250415T100000",
                "20250415T104500",
                orgz=org("Kevin Morel – AgEduc Intérim", "k.morel@ageduc-interim.fr"),
                atts=[att("Rochat, Florian", ME_WORK), att("Sandrine Vasseur", "s.vasseur74@free.fr")],
                desc="Bonjour M. Rochat,\nComme convenu, je vous présente Mme Vasseur pour le remplacement du "
                "secrétariat de direction (3 mois). Elle se présentera à l'accueil du lycée.\nKevin Morel, "
                "AgEduc Intérim",
                loc="Lycée Ampère-Saxe, accueil",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "entretien-cpe-candidat-handtyped"
    add(
        "user-as-interviewer-handtyped-fr",
        cal(
            ev(
                u,
                "entretien candidate CPE Mme Benali",
                "20250408T140000",
                "20250408T144500",
                tz=None,
                status=None,
                desc="avec Nathalie. Lire CV avant.",
            ),
            method="PUBLISH",
            head=("X-WR-TIMEZONE:Europe/Paris",),
        ),
        u,
    )

    u = "assistant-langue-en-0320"
    add(
        "user-as-interviewer-assistant-en",
        cal(
            ev(
                u,
                "Interview – English language assistant 2025-26 (candidate: Ms Chloe Barnes)",
                "20250320T170000",
                "20250320T173000",
                orgz=meo,
                atts=[
                    att("Chloe Barnes", "chloe.barnes01@gmail.com"),
                    att("Marie Fontaine", "marie.fontaine@ac-lyon.fr"),
                ],
                desc="Dear Chloe,\nMrs Fontaine (head of the English department) and I look forward to talking "
                     "with you "
                "about the assistant post at Lycée Ampère-Saxe.\nFlorian Rochat, Deputy Head\n"
                + zoom("858 2277 9014", "en"),
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "fsa-gespraech-0326"
    add(
        "user-as-interviewer-assistant-de",
        cal(
            ev(
                u,
                "Vorstellungsgespräch Fremdsprachenassistentin – Frau Jana Richter",
                "20250326T160000",
                "20250326T163000",
                orgz=meo,
                atts=[att("Jana Richter", "jana.richter@web.de")],
                desc="Liebe Frau Richter,\nich freue mich auf unser Gespräch über die Assistenzstelle am Lycée "
                "Ampère-Saxe (Lyon).\nF. Rochat, stellv. Schulleiter\n" + teams("ZGI4MTQ0YWEtNzE2", "de"),
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "auxiliar-conversacion-0327"
    add(
        "user-as-interviewer-assistant-es",
        cal(
            ev(
                u,
                "Entrevista auxiliar de conversación – Lucía Moreno",
                "20250327T170000",
                "20250327T172000",
                orgz=meo,
                atts=[att("Lucía Moreno", "lucia.moreno.g@yahoo.es")],
                desc="Hola Lucía, hablamos por Zoom sobre el puesto de auxiliar en el Lycée Ampère-Saxe.\n"
                + zoom("874 2219 0301", "es"),
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "jury-oral-concours-0610@ac-lyon.fr"
    add(
        "user-as-interviewer-concours-jury-fr",
        cal(
            ev(
                u,
                "Jury concours CPE – épreuve d'entretien (commission 4)",
                "20250610",
                "20250613",
                tz=None,
                orgz=org("DEC – Division des examens et concours", "dec-jurys@ac-lyon.fr"),
                atts=[att("Rochat, Florian", ME_WORK)],
                desc="Convocation des membres du jury : épreuve orale d'entretien avec le jury, candidats au concours "
                "externe de CPE. Commission 4 : F. Rochat, M. Girel.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "kit-entretien-contractuels-0401"
    add(
        "user-as-interviewer-kit-fr",
        cal(
            ev(
                u,
                "Préparer questions d'entretien pour le jury contractuels de demain",
                "20250401T180000",
                "20250401T190000",
                status=None,
                desc="Relire les 8 dossiers candidats, grille DPE, questions laïcité.",
            ),
            prodid=THUNDERBIRD,
            method=None,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "service-civique-0417"
    add(
        "user-as-interviewer-service-civique-fr",
        cal(
            ev(
                u,
                "Entretiens volontaires service civique (3 candidats)",
                "20250417T140000",
                "20250417T160000",
                orgz=meo,
                atts=[
                    att("Inès Garnier", "ines.garnier2006@gmail.com"),
                    att("Tom Vidal", "tomvidal.lyon@outlook.fr"),
                    att("Sarah Kone", "sarahkone@icloud.com"),
                    room("Salle de réunion 1", "salle.reunion1@ac-lyon.fr"),
                ],
                desc="Mission : lutte contre le décrochage. Chaque candidat 30 min avec M. Rochat.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "agent-accueil-0422"
    add(
        "user-as-interviewer-agent-fr",
        cal(
            ev(
                u,
                "Entretien recrutement agent d'accueil (Région) – M. Diallo",
                "20250422T093000",
                "20250422T100000",
                orgz=org("Gestionnaire – Lycée Ampère-Saxe", "gestion.ampere@ac-lyon.fr"),
                atts=[mew, att("Amadou Diallo", "amadou.diallo69@gmail.com")],
                desc="Candidat envoyé par la Région pour le poste d'agent d'accueil. Entretien mené par M. "
                     "Rochat et la "
                "gestionnaire.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "tutor-candidate-hiring-en-0506"
    add(
        "user-as-interviewer-panel-en",
        cal(
            ev(
                u,
                "Hiring panel: Section européenne teacher (English) – candidate interviews",
                "20250506T130000",
                "20250506T163000",
                orgz=meo,
                atts=[
                    att("Marie Fontaine", "marie.fontaine@ac-lyon.fr"),
                    att("Daniel Okafor", "d.okafor.teach@gmail.com"),
                    att("Rebecca Hall", "rebecca.hall.uk@gmail.com"),
                ],
                desc="Interview schedule (we interview):\n13:00 Daniel Okafor\n14:00 Rebecca Hall\nPanel: F. Rochat, "
                "M. Fontaine. Scorecards after each candidate.",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "stagiaire-bts-entretien-0429"
    add(
        "user-as-interviewer-intern-fr",
        cal(
            ev(
                u,
                "Recevoir candidat stage (BTS SAM) pour le secrétariat",
                "20250429T110000",
                "20250429T113000",
                status=None,
                desc="Lucas Petit, lucas.petit.bts@gmail.com – il vient avec sa convention.",
            ),
            prodid=APPLE,
            method=None,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "dnl-habilitation-jury-0514@ac-lyon.fr"
    add(
        "user-as-interviewer-certif-jury-fr",
        cal(
            ev(
                u,
                "Jury certification DNL – entretiens des enseignants candidats",
                "20250514T083000",
                "20250514T123000",
                orgz=org("DAREIC Lyon", "dareic@ac-lyon.fr"),
                atts=[att("Rochat, Florian", ME_WORK), att("Anne Lhuillier", "anne.lhuillier@ac-lyon.fr")],
                desc="Vous siégez au jury de la certification complémentaire (DNL). Entretiens de 20 min par candidat.",
                loc="Lycée Ampère-Saxe, salle 112",
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    u = "remplacant-ses-visio-0319"
    add(
        "user-as-interviewer-teams-fr",
        cal(
            ev(
                u,
                "Visio candidat remplacement SES (M. Hugo Fabre)",
                "20250319T123000",
                "20250319T130000",
                orgz=meo,
                atts=[att("Hugo Fabre", "hugo.fabre@protonmail.com")],
                desc="Échange avec un candidat vacataire pour le remplacement en SES (congé maternité).\n"
                + teams("OWNmNDI5MTgtZDA2"),
            ),
            prodid=OUTLOOK,
            tzs=(vtz(P),),
        ),
        u,
    )

    _ = (ME, ME_FREE, L)
    return out
