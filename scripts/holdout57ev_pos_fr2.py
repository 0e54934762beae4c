"""holdout57: the user's own interviews, French-language, second part (France, Romandie)."""

from __future__ import annotations

from holdout57ev_ics import (
    APPLE,
    EXCHANGE,
    ME,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    att,
    cal,
    ev,
    item,
    meet,
    org,
    teams,
    vtz,
    vtz_ms,
    webex,
    zoom,
)

P = "Europe/Paris"
Z = "Europe/Zurich"
ROM = "Romance Standard Time"
UTC1 = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC1CH = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"


def build() -> list[dict[str, str | int]]:
    out = []
    me = att(ME, ME_FREE)

    u = "7C19E0A2-33B6-4B1C-A8C1-55E3B1D0A7F4"
    out.append(
        item(
            "allday-paris-fr",
            cal(
                ev(
                    u,
                    "Paris – entretiens École Pascal-Brandon (journée)",
                    "20250507",
                    "20250508",
                    tz=None,
                    desc="Train 7h04 Part-Dieu. Matin : rencontre avec le conseil d'administration (association de "
                    "gestion). Après-midi : échange avec les coordinateurs de cycle. Poste de directeur général.",
                    loc="École Pascal-Brandon, 41 rue d'Assas, 75006 Paris",
                    status=None,
                ),
                prodid=APPLE,
                method=None,
            ),
            u,
            1,
            "École Pascal-Brandon",
            "directeur général",
            "",
            "",
            "allday-usertyped-fr",
        )
    )

    u = "CANCEL-CPC-2025-04-03-entretien@college-protestant-cevennes.fr"
    out.append(
        item(
            "cancelled-fr",
            cal(
                ev(
                    u,
                    "Annulé : Entretien – Directeur adjoint – Collège Protestant des Cévennes",
                    "20250403T150000",
                    "20250403T160000",
                    tz=ROM,
                    orgz=org("Teissier, Marion", "m.teissier@college-protestant-cevennes.fr"),
                    atts=[att("Rochat, Florian", ME_FREE, ps="NEEDS-ACTION")],
                    desc="Bonjour,\nNous sommes contraints d'annuler l'entretien prévu ; je reviens vers vous avec une "
                    "nouvelle date.\nMarion Teissier, directrice",
                    status="CANCELLED",
                    seq=1,
                    stamp="20250401T080000Z",
                ),
                prodid=OUTLOOK,
                method="CANCEL",
                tzs=(vtz_ms(ROM),),
            ),
            u,
            1,
            "Collège Protestant des Cévennes",
            "Directeur adjoint",
            "",
            "m.teissier@college-protestant-cevennes.fr",
            "cancelled-method-cancel-fr",
        )
    )

    u = "040000008200E00074C5B7101A82E00800000000CPC0415RESCHED"
    out.append(
        item(
            "rescheduled-fr",
            cal(
                ev(
                    u,
                    "Entretien reporté : Directeur adjoint – Collège Protestant des Cévennes (nouvel horaire)",
                    "20250416T140000",
                    "20250416T150000",
                    tz=ROM,
                    orgz=org("Teissier, Marion", "m.teissier@college-protestant-cevennes.fr"),
                    atts=[
                        att("Teissier, Marion", "m.teissier@college-protestant-cevennes.fr", ps="ACCEPTED"),
                        att("Bouvier, Samuel", "s.bouvier@college-protestant-cevennes.fr"),
                        att("Rochat, Florian", ME_FREE),
                    ],
                    desc="Bonjour Monsieur Rochat,\nComme convenu par téléphone, voici le nouveau créneau de "
                         "notre entretien "
                    "(initialement prévu le 3 avril). M. Bouvier, président du conseil d'administration, se joindra "
                    "à nous.\n" + zoom("871 2290 4415"),
                    seq=2,
                    stamp="20250407T131500Z",
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms(ROM),),
            ),
            u,
            1,
            "Collège Protestant des Cévennes",
            "Directeur adjoint",
            "",
            "m.teissier@college-protestant-cevennes.fr;s.bouvier@college-protestant-cevennes.fr",
            "rescheduled-seq-fr",
        )
    )

    u = "sr-interview-7742810-ampere@smartrecruiters.com"
    out.append(
        item(
            "smartrecruiters-fr",
            cal(
                ev(
                    u,
                    "Invitation à un entretien : Directeur d'école (H/F) – Montpellier",
                    "20250319T110000",
                    "20250319T113000",
                    orgz=org("Groupe Scolaire Ampère Méditerranée", "noreply@smartrecruiters.com"),
                    atts=[att("Julie Ferrand", "julie.ferrand@gs-ampere.fr"), me],
                    desc="Bonjour Florian,\nJulie Ferrand, responsable RH du Groupe Scolaire Ampère Méditerranée, vous "
                    "propose un entretien en visioconférence.\nLien : https://meet.google.com/wsy-trak-pol\n"
                    "Cette invitation a été envoyée via SmartRecruiters.",
                ),
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Groupe Scolaire Ampère Méditerranée",
            "Directeur d'école",
            "recruiter_screen",
            "julie.ferrand@gs-ampere.fr",
            "smartrecruiters-fr",
        )
    )

    u = "wd-INT-00418832-arago"
    out.append(
        item(
            "workday-fr",
            cal(
                ev(
                    u,
                    "Entretien programmé : Directeur des formations initiales – Florian Rochat",
                    "20250410T143000",
                    "20250410T153000",
                    orgz=org("Institut Supérieur Arago", "arago@myworkday.com"),
                    atts=[att("Élodie Marchand", "elodie.marchand@institut-arago.fr"), me],
                    desc="Entretien avec : Élodie Marchand, directrice académique (responsable hiérarchique du poste)\n"
                    "Format : présentiel, campus Gerland\nRéf. offre : R-2025-0318\n\nMessage généré "
                    "automatiquement par Workday. Merci de ne pas répondre.",
                    loc="Institut Supérieur Arago, 50 avenue Tony-Garnier, 69007 Lyon, bâtiment B",
                ),
                prodid="-//Workday//Workday Calendar//EN",
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Institut Supérieur Arago",
            "Directeur des formations initiales",
            "hiring_manager",
            "elodie.marchand@institut-arago.fr",
            "workday-fr",
        )
    )

    u = "sf-interview-5518077@successfactors.eu"
    out.append(
        item(
            "successfactors-fr",
            cal(
                ev(
                    u,
                    "Entretien – Directeur(trice) du CFA – 2e tour",
                    "20250429T090000Z",
                    "20250429T100000Z",
                    tz=None,
                    orgz=org("Recrutement CFA", "recrutement@campus-confluence.fr"),
                    atts=[
                        att("Patrick Dufaud", "p.dufaud@campus-confluence.fr"),
                        att("Yasmine Kerbal", "y.kerbal@campus-confluence.fr"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Campus des Métiers Confluence\nEntretien de second tour : présentation de votre "
                         "projet pour le "
                    "CFA (15 min) puis échanges avec M. Dufaud (président) et Mme Kerbal (directrice générale).\n"
                    "Sent from SAP SuccessFactors Recruiting",
                    loc="Campus des Métiers Confluence, Lyon 2e",
                ),
                prodid="-//SAP SuccessFactors//Interview Scheduling//EN",
            ),
            u,
            1,
            "Campus des Métiers Confluence",
            "Directeur(trice) du CFA",
            "",
            "p.dufaud@campus-confluence.fr;y.kerbal@campus-confluence.fr",
            "successfactors-utc-fr",
        )
    )

    u = "bookings-6f21aa90-bale-20250321@efbale.ch"
    out.append(
        item(
            "bookings-ch-fr",
            cal(
                ev(
                    u,
                    "Premier entretien (30 min) – École Française de Bâle",
                    "20250321T083000",
                    "20250321T090000",
                    tz="W. Europe Standard Time",
                    orgz=org("Recrutement EFB", "recrutement@efbale.ch"),
                    atts=[att("Aurélie Schmid", "a.schmid@efbale.ch"), att("Florian Rochat", ME_FREE)],
                    desc="Votre rendez-vous est confirmé.\nService : Premier entretien (30 min)\nPersonnel : "
                         "Aurélie Schmid\n"
                    "Poste : proviseur·e\n\n" + teams("ZmEwNDQ2YjEtZDc4", "fr") + "\nMicrosoft Bookings",
                ),
                prodid=EXCHANGE,
            ),
            u,
            1,
            "École Française de Bâle",
            "proviseur·e",
            "recruiter_screen",
            "a.schmid@efbale.ch",
            "bookings-windows-tz-no-vtimezone-ch",
        )
    )

    u = "REFI-COMM-2025-05-ROCHAT@refi-education.org"
    out.append(
        item(
            "webex-commission-fr",
            cal(
                ev(
                    u,
                    "Commission de recrutement – chefs d'établissement du réseau (dernière étape)",
                    "20250514T093000",
                    "20250514T101500",
                    orgz=org("Bureau des personnels – REFI", "personnels@refi-education.org"),
                    atts=[
                        att("Claire Duvernois", "claire.duvernois@refi-education.org"),
                        att("Hervé N'Diaye", "herve.ndiaye@refi-education.org"),
                        att("Florian Rochat", ME_WORK),
                    ],
                    desc="Réseau Éducatif Francophone International\nVous êtes convoqué devant la commission de "
                    "recrutement (Mme Duvernois, M. N'Diaye). Postes à pourvoir : proviseur, Lycée français de "
                    "Casablanca-Anfa ; proviseur adjoint, Lycée français de Lisbonne.\n\n" + webex("2741 338 0915"),
                ),
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Réseau Éducatif Francophone International",
            "chefs d'établissement",
            "final",
            "claire.duvernois@refi-education.org;herve.ndiaye@refi-education.org",
            "webex-commission-fr",
        )
    )

    u = "5r7tq0b0i9o8tk1d2ikbfd7mld_20250326T130000Z@google.com"
    out.append(
        item(
            "google-utc-lumio",
            cal(
                ev(
                    u,
                    "Lumio x Florian – étude de cas (Head of Pedagogy)",
                    "20250326T130000Z",
                    "20250326T143000Z",
                    tz=None,
                    orgz=org("Sophie Tran", "sophie@lumio.education"),
                    atts=[
                        att("Sophie Tran", "sophie@lumio.education", ps="ACCEPTED"),
                        att("Antoine Bellec", "antoine@lumio.education"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Hello Florian,\nComme annoncé par Lever, voici le créneau pour l'étude de cas : tu "
                         "présentes en "
                    "20 min ta proposition de parcours de formation des enseignants à l'ENT Lumio, puis questions "
                    "avec Antoine (CPO) et moi.\nÀ jeudi !\n\n" + meet("vdn-qpam-hte"),
                ),
                head=("X-WR-TIMEZONE:Europe/Paris",),
            ),
            u,
            1,
            "Lumio",
            "Head of Pedagogy",
            "technical",
            "sophie@lumio.education;antoine@lumio.education",
            "google-utc-case-study-fr",
        )
    )

    u = "ashby-4c1e2f90-kalys@ashbyhq.com"
    out.append(
        item(
            "ashby-fr",
            cal(
                ev(
                    u,
                    "Florian Rochat <> Kalys — Directeur des études (échange RH)",
                    "20250312T080000Z",
                    "20250312T083000Z",
                    tz=None,
                    orgz=org("Kalys Recruiting", "no-reply@ashbyhq.com"),
                    atts=[att("Inès Morvan", "ines.morvan@kalys.fr"), att("Florian Rochat", ME_FREE)],
                    desc="Interviewer : Inès Morvan (Talent Acquisition)\nDurée : 30 min\nRejoindre : "
                    "https://meet.google.com/bze-xkvo-qru\n\nKalys – l'école en ligne du CP à la terminale.\n"
                    "Powered by Ashby",
                )
            ),
            u,
            1,
            "Kalys",
            "Directeur des études",
            "recruiter_screen",
            "ines.morvan@kalys.fr",
            "ashby-fr",
        )
    )

    u = "cal-3kd93jfl20-littleoaks"
    out.append(
        item(
            "calcom-founder-en",
            cal(
                ev(
                    u,
                    "Head of School chat: Florian Rochat",
                    "20250407T180000",
                    "20250407T184500",
                    orgz=org("Emma Corbière", "emma.corbiere@proton.me"),
                    atts=[
                        att("Emma Corbière", "emma.corbiere@proton.me", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="What: Head of School chat between Emma Corbière and Florian Rochat\nInvitee time zone: "
                    "Europe/Paris\nAdditional notes: Little Oaks Bilingual School (Lyon 6e, opening Sept 2025) — "
                    "first conversation about leading the school.\nWhere: Cal Video\n"
                    "Need to make a change? Cancel or reschedule: https://cal.com/booking/3kd93jfl20",
                    loc="https://app.cal.com/video/3kd93jfl20",
                ),
                prodid="-//Cal.com Inc.//Cal.com Event//EN",
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Little Oaks Bilingual School",
            "Head of School",
            "hiring_manager",
            "emma.corbiere@proton.me",
            "calcom-founder-proton-en",
        )
    )

    u = "E2B0F7A5-6C3D-4C2E-8B11-AE29F5F01C33"
    out.append(
        item(
            "ios-phone-fr",
            cal(
                ev(
                    u,
                    "Appel Mme Lacoste – Cap Savoirs (poste directeur régional)",
                    "20250314T123000",
                    "20250314T130000",
                    desc="Elle appelle. Directeur régional Auvergne-Rhône-Alpes, 12 agences de soutien scolaire.",
                    status=None,
                ),
                prodid=APPLE,
                method=None,
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Cap Savoirs",
            "directeur régional",
            "",
            "Mme Lacoste",
            "ios-phone-usertyped-fr",
        )
    )

    u = "2c0d8b7a19f3e4d5@ec-savoie.fr"
    out.append(
        item(
            "ddec-final-visio-fr",
            cal(
                ev(
                    u,
                    "Entretien avec le conseil de tutelle – Institution Saint-Ambroise (poste de directeur)",
                    "20250522T180000",
                    "20250522T193000",
                    orgz=org("Jean-Baptiste Pelletier", "jb.pelletier@ec-savoie.fr"),
                    atts=[
                        att("Sœur Marie-Paule Gonthier", "mp.gonthier@tutelle-stjoseph.org"),
                        att("Alain Perret", "a.perret@ogec-saintambroise.fr"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Dernière étape avant nomination : entretien avec la tutelle congréganiste (Sr "
                         "Gonthier) et le "
                    "président de l'OGEC de l'Institution Saint-Ambroise (M. Perret). J'y assisterai comme "
                    "observateur.\nJ.-B. Pelletier",
                    loc="Institution Saint-Ambroise, 2 rue Saint-Antoine, 73000 Chambéry",
                ),
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Institution Saint-Ambroise",
            "directeur",
            "final",
            "mp.gonthier@tutelle-stjoseph.org;a.perret@ogec-saintambroise.fr",
            "final-observer-organizer-fr",
        )
    )

    return out
