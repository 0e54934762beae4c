"""holdout57: the user's own interviews, French-language, third part (France, Romandie)."""

from __future__ import annotations

from holdout57ev_ics import (
    MAC,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    att,
    cal,
    ev,
    item,
    org,
    vtz,
    zoom,
)

P = "Europe/Paris"
Z = "Europe/Zurich"
ROM = "Romance Standard Time"
UTC1 = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC1CH = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"


def build() -> list[dict[str, str | int]]:
    out = []

    u = "visio-ste-blandine-20250408@sainte-blandine42.fr"
    out.append(
        item(
            "hiringmgr-fr",
            cal(
                ev(
                    u,
                    "Visio – Florian Rochat / chef d'établissement coordinateur – Institut Sainte-Blandine",
                    "20250408T170000",
                    "20250408T174500",
                    orgz=org("Gilles Ferréol", "g.ferreol@sainte-blandine42.fr"),
                    atts=[
                        att("Gilles Ferréol", "g.ferreol@sainte-blandine42.fr", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Échange sur le poste d'adjoint de direction en charge du lycée professionnel "
                         "(Saint-Étienne).\n\n"
                    + zoom("893 4410 2218"),
                ),
                prodid=MAC,
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Institut Sainte-Blandine",
            "adjoint de direction en charge du lycée professionnel",
            "hiring_manager",
            "g.ferreol@sainte-blandine42.fr",
            "zoom-direct-fr",
        )
    )

    u = "eplefpa-monts-20250505-rochat"
    out.append(
        item(
            "eplefpa-fr",
            cal(
                ev(
                    u,
                    "Entretien – poste de directeur de l'EPLEFPA des Monts du Lyonnais",
                    "20250505T140000",
                    "20250505T150000",
                    orgz=org("DRAAF ARA – Service formation", "sfd.draaf-ara@agriculture.gouv.fr"),
                    atts=[
                        att("Mathieu Roux", "mathieu.roux@agriculture.gouv.fr"),
                        att("Laure Cheminal", "laure.cheminal@agriculture.gouv.fr"),
                        att("Florian Rochat", ME_WORK),
                    ],
                    desc="Ministère de l'Agriculture – DRAAF Auvergne-Rhône-Alpes, service régional de la "
                         "formation et du "
                    "développement.\nEntretien pour le poste de directeur de l'EPLEFPA des Monts du Lyonnais "
                    "(détachement). Jury : M. Roux (chef du SRFD), Mme Cheminal (inspectrice).",
                    loc="Cité administrative d'État, 165 rue Garibaldi, Lyon 3e – salle 512",
                ),
                prodid=OUTLOOK,
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Ministère de l'Agriculture",
            "directeur de l'EPLEFPA des Monts du Lyonnais",
            "",
            "mathieu.roux@agriculture.gouv.fr;laure.cheminal@agriculture.gouv.fr",
            "public-agri-fr",
        )
    )

    return out
