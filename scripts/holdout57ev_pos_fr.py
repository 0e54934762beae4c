"""holdout57: the user's own interviews, French-language (France and Romandie)."""

from __future__ import annotations

from holdout57ev_ics import (
    APPLE,
    EXCHANGE,
    MAC,
    ME,
    ME_FREE,
    ME_WORK,
    OUTLOOK,
    THUNDERBIRD,
    att,
    cal,
    ev,
    item,
    meet,
    org,
    room,
    teams,
    vtz,
    vtz_ms,
)

P = "Europe/Paris"
Z = "Europe/Zurich"
ROM = "Romance Standard Time"
UTC1 = "(UTC+01:00) Bruxelles, Copenhague, Madrid, Paris"
UTC1CH = "(UTC+01:00) Amsterdam, Berlin, Berne, Rome, Stockholm, Vienne"


def build() -> list[dict[str, str | int]]:
    out = []
    me = att(ME, ME_FREE)

    u = "5q1v7o2m4kq0c9s3d8r6b1e2aa@google.com"
    out.append(
        item(
            "meet-direct-fr",
            cal(
                ev(
                    u,
                    "Entretien – poste de directeur adjoint du lycée (F. Rochat)",
                    "20250313T140000",
                    "20250313T150000",
                    orgz=org("Anne-Sophie Morel", "as.morel@stexfourviere.fr"),
                    atts=[
                        att("Anne-Sophie Morel", "as.morel@stexfourviere.fr", ps="ACCEPTED"),
                        att("Bernard Vial", "b.vial@stexfourviere.fr"),
                        me,
                    ],
                    desc="Bonjour Monsieur Rochat,\nComme convenu, je vous propose un premier échange en visio avec "
                    "M. Vial, président de l'OGEC, au sujet du poste de directeur adjoint du lycée de l'Ensemble "
                    "scolaire Saint-Exupéry Fourvière.\nBien cordialement,\nA.-S. Morel, chef d'établissement "
                    "coordinateur\n\n" + meet("kqv-hpre-xmt"),
                ),
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Ensemble scolaire Saint-Exupéry Fourvière",
            "directeur adjoint du lycée",
            "hiring_manager",
            "as.morel@stexfourviere.fr;b.vial@stexfourviere.fr",
            "meet-direct-fr",
        )
    )

    u = "040000008200E00074C5B7101A82E00800000000D0B2A4F1C38BDB01000000000000000010000000A3F5C2E19B7D4F4E8C"
    out.append(
        item(
            "outlook-rectorat-fr",
            cal(
                ev(
                    u,
                    "Entretien – candidature poste de proviseur, Lycée des Trois-Vallées (Moûtiers)",
                    "20250320T103000",
                    "20250320T111500",
                    tz=ROM,
                    orgz=org(
                        "Garnier, Hélène", "helene.garnier@ac-grenoble.fr", sent_by="secretariat.drh@ac-grenoble.fr"
                    ),
                    atts=[
                        att("Garnier, Hélène", "helene.garnier@ac-grenoble.fr", ps="ACCEPTED"),
                        att("Lemaire, Thomas", "thomas.lemaire@ac-grenoble.fr"),
                        att("Rochat, Florian", ME_WORK),
                        room("Rectorat - Salle Stendhal (R2-14)", "salle.stendhal@ac-grenoble.fr"),
                    ],
                    desc="Monsieur le Proviseur adjoint,\nDans le cadre de votre candidature sur le poste de "
                         "proviseur du "
                    "Lycée des Trois-Vallées, vous êtes convié à un entretien avec Mme Garnier, DRH adjointe, et "
                    "M. Lemaire, IA-DASEN adjoint.\nLe secrétariat de la DRH reste à votre disposition.\n",
                    alt="<html><body><p>Monsieur le Proviseur adjoint,</p><p>Dans le cadre de votre candidature...</p>"
                    "</body></html>",
                    loc="Rectorat de l'académie de Grenoble, 7 place Bir-Hakeim, 38000 Grenoble - Salle Stendhal",
                    stamp="20250305T154400Z",
                    extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"],
                ),
                prodid=EXCHANGE,
                tzs=(vtz_ms(ROM),),
            ),
            u,
            1,
            "Académie de Grenoble",
            "proviseur",
            "",
            "helene.garnier@ac-grenoble.fr;thomas.lemaire@ac-grenoble.fr",
            "outlook-windows-tz-sentby-fr",
        )
    )

    u = "tt-interview-88213-4f0c2a"
    out.append(
        item(
            "teamtailor-screen-fr",
            cal(
                ev(
                    u,
                    "Entretien téléphonique – Directeur·rice d'établissement (Campus Villeurbanne) – Vitalis Éducation",
                    "20250311T091500Z",
                    "20250311T094500Z",
                    tz=None,
                    orgz=org("Camille Besson", "camille.besson@vitalis-education.fr"),
                    atts=[att("Camille Besson", "camille.besson@vitalis-education.fr", ps="ACCEPTED"), me],
                    desc="Bonjour Florian,\nMerci pour votre candidature chez Vitalis Éducation ! Camille, chargée de "
                    "recrutement, vous appellera au 06 12 48 77 30 pour un premier échange d'environ 30 minutes.\n"
                    "Pour modifier le créneau : https://career.vitalis-education.fr/interviews/88213\n"
                    "—\nEnvoyé via Teamtailor",
                    loc="Appel téléphonique",
                ),
                prodid="-//Teamtailor//Teamtailor Calendar//EN",
            ),
            u,
            1,
            "Vitalis Éducation",
            "Directeur·rice d'établissement",
            "recruiter_screen",
            "camille.besson@vitalis-education.fr",
            "teamtailor-phone-fr",
        )
    )

    u = "tt-interview-88901-b71d3e"
    out.append(
        item(
            "teamtailor-onsite-fr",
            cal(
                ev(
                    u,
                    "Vitalis Éducation – Entretien sur site et visite du campus – Florian Rochat",
                    "20250402T093000Z",
                    "20250402T123000Z",
                    tz=None,
                    orgz=org("Camille Besson", "camille.besson@vitalis-education.fr"),
                    atts=[
                        att(
                            "Camille Besson",
                            "camille.besson@vitalis-education.fr",
                            role="OPT-PARTICIPANT",
                            ps="ACCEPTED",
                        ),
                        att("Marc Olivier", "marc.olivier@vitalis-education.fr", ps="ACCEPTED"),
                        att("Nadia Haddad", "nadia.haddad@vitalis-education.fr", ps="ACCEPTED"),
                        me,
                    ],
                    desc="Programme de la matinée :\n9h30 accueil par Camille Besson (coordination RH, ne "
                         "participe pas "
                    "aux entretiens)\n9h45 visite du campus\n10h30 entretien avec Marc Olivier, directeur général, "
                    "et Nadia Haddad, directrice des ressources humaines\n12h déjeuner avec l'équipe de direction\n"
                    "Adresse : 14 rue Francis-de-Pressensé, 69100 Villeurbanne",
                    loc="Campus Vitalis Villeurbanne, 14 rue Francis-de-Pressensé, 69100 Villeurbanne",
                ),
                prodid="-//Teamtailor//Teamtailor Calendar//EN",
            ),
            u,
            1,
            "Vitalis Éducation",
            "Directeur·rice d'établissement",
            "onsite",
            "marc.olivier@vitalis-education.fr;nadia.haddad@vitalis-education.fr",
            "teamtailor-onsite-coordinator-fr",
        )
    )

    u = "b3c19e6d-7a0f-4e1b-9d2c-cv2025valmont"
    out.append(
        item(
            "calendly-founder-fr",
            cal(
                ev(
                    u,
                    "Florian Rochat et Laurent Valmont",
                    "20250317T173000",
                    "20250317T181500",
                    orgz=org("Laurent Valmont", "laurent.valmont.annecy@gmail.com"),
                    atts=[att("Laurent Valmont", "laurent.valmont.annecy@gmail.com", ps="ACCEPTED"), me],
                    desc="Nom de l'événement : Échange – direction pédagogique\n\nLieu : Zoom. Les informations de "
                    "connexion seront fournies.\n\nCours Valmont – école privée bilingue (maternelle au collège), "
                    "Annecy-le-Vieux. Échange sur le poste de directeur pédagogique à la rentrée 2025.\n\n"
                    "Besoin de modifier ? Annuler : https://calendly.com/cancellations/b3c19e6d\n"
                    "Reprogrammer : https://calendly.com/reschedulings/b3c19e6d\n\nPropulsé par Calendly.com",
                    loc="https://us06web.zoom.us/j/84120577341",
                ),
                prodid="-//Calendly//Calendly//EN",
            ),
            u,
            1,
            "Cours Valmont",
            "directeur pédagogique",
            "hiring_manager",
            "laurent.valmont.annecy@gmail.com",
            "calendly-founder-gmail-fr",
        )
    )

    u = "FA2025-0412-HJ-rochat@forestier-associes.fr"
    out.append(
        item(
            "agency-client-fr",
            cal(
                ev(
                    u,
                    "Rencontre client : Fondation Horizons Jeunesse – Direction du pôle éducatif (F. Rochat)",
                    "20250409T140000",
                    "20250409T153000",
                    tz=UTC1,
                    orgz=org("Forestier, Delphine", "d.forestier@forestier-associes.fr"),
                    atts=[
                        att("Forestier, Delphine", "d.forestier@forestier-associes.fr", role="OPT-PARTICIPANT"),
                        att("Sabine Carrel", "s.carrel@horizons-jeunesse.org"),
                        att(ME, ME_FREE),
                    ],
                    desc="Bonjour Florian,\nJe vous confirme votre rendez-vous avec Mme Sabine Carrel, "
                         "directrice générale "
                    "de la Fondation Horizons Jeunesse, au siège de la fondation (Lyon 7e). Je serai présente en "
                    "début d'entretien pour les présentations puis je vous laisserai échanger.\nPoste : directeur "
                    "du pôle éducatif (3 établissements, 140 salariés).\nBien à vous,\nDelphine Forestier\n"
                    "Forestier & Associés – Conseil en recrutement",
                    loc="Fondation Horizons Jeunesse, 22 rue de Gerland, 69007 Lyon",
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms(UTC1),),
            ),
            u,
            1,
            "Fondation Horizons Jeunesse",
            "directeur du pôle éducatif",
            "hiring_manager",
            "s.carrel@horizons-jeunesse.org",
            "agency-names-employer-fr",
        )
    )

    u = "040000008200E00074C5B7101A82E008000000003A51D7C9E98ADB010000000000000000100000004C1E0F"
    out.append(
        item(
            "teams-ddec-fr",
            cal(
                ev(
                    u,
                    "Entretien DDEC – candidature chef d'établissement 2nd degré",
                    "20250325T163000",
                    "20250325T173000",
                    tz=ROM,
                    orgz=org("Pelletier, Jean-Baptiste", "jb.pelletier@ec-savoie.fr"),
                    atts=[
                        att("Pelletier, Jean-Baptiste", "jb.pelletier@ec-savoie.fr", ps="ACCEPTED"),
                        att("Rochat, Florian", ME_FREE),
                    ],
                    desc="Entretien avec le directeur diocésain de l'Enseignement catholique de Savoie dans le "
                         "cadre de "
                    "votre demande d'inscription sur la liste d'aptitude aux fonctions de chef d'établissement.\n"
                    + teams("NzE4MjQ1ZTgtYjE0"),
                    loc="Réunion Microsoft Teams",
                    stamp="20250312T101000Z",
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms(ROM),),
            ),
            u,
            1,
            "Enseignement catholique de Savoie",
            "chef d'établissement 2nd degré",
            "",
            "jb.pelletier@ec-savoie.fr",
            "teams-ddec-no-stage-fr",
        )
    )

    u = "040000008200E00074C5B7101A82E0080000000088CC1D03F48BDB01000000000000000010000000MONTCALME"
    out.append(
        item(
            "outlook-ch-final-fr",
            cal(
                ev(
                    u,
                    "Entretien final – Directeur·trice de la section francophone",
                    "20250424T140000",
                    "20250424T160000",
                    tz=UTC1CH,
                    orgz=org("Ruchet, Isabelle", "i.ruchet@montcalme.ch"),
                    atts=[
                        att("Ruchet, Isabelle", "i.ruchet@montcalme.ch", role="OPT-PARTICIPANT"),
                        att("de Weck, Philippe", "p.deweck@montcalme.ch"),
                        att("Aebischer, Claudia", "c.aebischer@montcalme.ch"),
                        att("Hartley, James", "j.hartley@montcalme.ch"),
                        att("Florian Rochat", ME_FREE),
                        room("Salle du Conseil (Château)", "salle.conseil@montcalme.ch"),
                    ],
                    desc="Monsieur,\nNous avons le plaisir de vous convier à l'entretien final devant la délégation du "
                    "Conseil de fondation de l'Institut Montcalme : M. Philippe de Weck (président), Mme Claudia "
                    "Aebischer et M. James Hartley (Head of School).\nJe m'occupe de votre accueil et de "
                    "l'organisation (train, hébergement).\nMeilleures salutations,\nIsabelle Ruchet, assistante de "
                    "direction",
                    loc="Institut Montcalme, Route du Col 12, 1884 Villars-sur-Ollon - Salle du Conseil",
                ),
                prodid=OUTLOOK,
                tzs=(vtz_ms(UTC1CH),),
            ),
            u,
            1,
            "Institut Montcalme",
            "Directeur·trice de la section francophone",
            "final",
            "p.deweck@montcalme.ch;c.aebischer@montcalme.ch;j.hartley@montcalme.ch",
            "outlook-utc-label-tz-room-assistant-ch",
        )
    )

    u = "DGEO-NOM-2025-0317-ROCHAT"
    out.append(
        item(
            "vaud-inbasket-fr",
            cal(
                ev(
                    u,
                    "Poste de directeur·trice ES de la Venoge : mise en situation et entretien",
                    "20250408T083000",
                    "20250408T113000",
                    tz=Z,
                    orgz=org("Corinne Python", "corinne.python@edu-vd.ch"),
                    atts=[
                        att("Corinne Python", "corinne.python@edu-vd.ch", ps="ACCEPTED"),
                        att("Luc Bornand", "luc.bornand@edu-vd.ch"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    desc="Département de l'enseignement et de la formation professionnelle – État de Vaud\n"
                    "Direction générale de l'enseignement obligatoire (DGEO)\n\n8h30-10h00 : exercice de mise en "
                    "situation (corbeille de courrier, cas de gestion d'établissement) – travail individuel\n"
                    "10h15-11h30 : entretien avec la commission (Mme C. Python, directrice régionale ; M. L. "
                    "Bornand, RH)\n\nMerci de vous munir d'une pièce d'identité.",
                    loc="Rue de la Barre 8, 1014 Lausanne, salle 3.12",
                ),
                prodid=MAC,
                tzs=(vtz(Z),),
            ),
            u,
            1,
            "État de Vaud",
            "directeur·trice ES de la Venoge",
            "technical",
            "corinne.python@edu-vd.ch;luc.bornand@edu-vd.ch",
            "inbasket-case-ch",
        )
    )

    u = "8F3C2A71-0D44-4E0B-9B7E-2E64A1C7F0B9"
    out.append(
        item(
            "apple-terse-geneve",
            cal(
                ev(
                    u,
                    "Entretien Florian Rochat",
                    "20250328T100000",
                    "20250328T110000",
                    tz=Z,
                    orgz=org("Véronique Baud-Lachat", "direction@ecoledestilleuls.ch"),
                    atts=[
                        att("Véronique Baud-Lachat", "direction@ecoledestilleuls.ch", ps="ACCEPTED"),
                        att("Florian Rochat", ME_FREE),
                    ],
                    loc="École des Tilleuls\nChemin des Tilleuls 9, 1206 Genève, Suisse",
                    extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"],
                ),
                prodid=APPLE,
                tzs=(vtz(Z),),
            ),
            u,
            1,
            "École des Tilleuls",
            "",
            "",
            "direction@ecoledestilleuls.ch",
            "apple-terse-company-in-location-ch",
        )
    )

    u = "0k7hb2r3pl0p8e0s1gvbm3cq5v@google.com"
    out.append(
        item(
            "handtyped-floating-fr",
            cal(
                ev(
                    u,
                    "Entretien tél. Lycée Français Cervantes Valencia 17h",
                    "20250318T170000",
                    "20250318T173000",
                    tz=None,
                    desc="Mme Ibáñez (DRH) appelle sur le portable. Poste : proviseur adjoint → directeur du "
                         "primaire ?",
                    status=None,
                ),
                method="PUBLISH",
                head=("X-WR-CALNAME:Florian perso", "X-WR-TIMEZONE:Europe/Paris"),
            ),
            u,
            1,
            "Lycée Français Cervantes",
            "directeur du primaire",
            "",
            "Mme Ibáñez",
            "handtyped-floating-fr",
        )
    )

    u = "d1f0a7c2-5b2e-4c77-8f10-thunder-clotilde"
    out.append(
        item(
            "thunderbird-onsite-fr",
            cal(
                ev(
                    u,
                    "2e entretien Sainte-Clotilde + visite de l'établissement",
                    "20250415T090000",
                    "20250415T120000",
                    desc="Rdv avec M. Girardot (directeur diocésain adjoint) et Mme Faivre (présidente OGEC) à "
                         "l'accueil.\n"
                    "Poste : chef d'établissement du lycée privé Sainte-Clotilde, Besançon.\nPenser : projet "
                    "d'établissement, budget, apprentissage.",
                    loc="Lycée privé Sainte-Clotilde, 11 rue des Granges, 25000 Besançon",
                    status=None,
                    extra=["X-MOZ-GENERATION:2", "X-MOZ-LASTACK:20250410T062133Z"],
                ),
                prodid=THUNDERBIRD,
                method=None,
                tzs=(vtz(P),),
            ),
            u,
            1,
            "Lycée Sainte-Clotilde",
            "chef d'établissement",
            "onsite",
            "M. Girardot;Mme Faivre",
            "thunderbird-usertyped-onsite-fr",
        )
    )

    return out
