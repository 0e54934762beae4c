"""Holdout22 positives in French (part 1): Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
    ME_CN,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
WTTJ = "-//Welcome to the Jungle//Recruiter//FR"


def cases() -> list[Case]:
    """Given nothing returns the FR/ES interview cases."""
    out: list[Case] = []

    uid = "wttj-rdv-66120-claire@welcometothejungle.com"
    r = Att("Camille Ferrand", "camille.ferrand@pedagogix.fr")
    body = vevent(
        uid,
        "Entretien RH - Ingénieure pédagogique - Pédagogix",
        "20261202T100000",
        "20261202T103000",
        tzid="Europe/Paris",
        organizer=Att("Pédagogix via Welcome to the Jungle", "ne-pas-repondre@wttj.co"),
        attendees=(r, me()),
        desc=(
            "Bonjour Claire,\nCamille Ferrand, chargée de recrutement chez Pédagogix, vous appellera pour "
            "un premier échange autour du poste d'Ingénieure pédagogique (CDI, Lyon).\n\n"
            + meet("ymq-aazd-pft", "fr")
            + "\n\nCet événement a été créé via Welcome to the Jungle."
        ),
    )
    out.append(
        Case(
            "fr-wttj-rh",
            uid,
            calendar(WTTJ, body, zones=iana_zone("Europe/Paris")),
            True,
            "Pédagogix",
            "Ingénieure pédagogique",
            "recruiter_screen",
            (r.email,),
            "ats_sender",
            "fr",
        )
    )

    uid = "h22-fr-editeur-outlook@editions-margelle.fr"
    o = Att("Sophie Lambert-Roux", "s.lambertroux@editions-margelle.fr")
    p2 = Att("Julien Mercadier", "j.mercadier@editions-margelle.fr")
    body = vevent(
        uid,
        "Entretien Mme Dubois - Éditrice numérique FLE",
        "20261207T143000",
        "20261207T153000",
        tzid="Romance Standard Time",
        organizer=o,
        attendees=(
            Att(ME_CN, ME),
            p2,
            Att(
                "Salle Colette (RDC)",
                "salle.colette@editions-margelle.fr",
                cutype="ROOM",
                role="NON-PARTICIPANT",
                rsvp=False,
            ),
        ),
        desc=(
            "Madame,\nNous avons le plaisir de vous recevoir pour un entretien concernant le poste "
            "d'éditrice numérique FLE (français langue étrangère). Vous rencontrerez Sophie Lambert-Roux, "
            "directrice éditoriale, et Julien Mercadier, responsable des projets numériques.\n"
            "Adresse : 12, rue Gay-Lussac, 75005 Paris, salle Colette.\nBien cordialement"
        ),
        location="Éditions Margelle - Salle Colette (RDC), 12 rue Gay-Lussac, Paris",
        extra=("X-MICROSOFT-CDO-BUSYSTATUS:BUSY",),
    )
    out.append(
        Case(
            "fr-outlook-editeur",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("Romance Standard Time")),
            True,
            "Éditions Margelle",
            "Éditrice numérique FLE",
            "onsite",
            (o.email, p2.email),
            "room",
            "fr",
        )
    )

    uid = "h22-fr-teams-no-vtz@campus-orbe.com"
    m = Att("Nadia Berthelot", "nadia.berthelot@campus-orbe.com")
    body = vevent(
        uid,
        "Campus Orbe / Claire Dubois - entretien manager",
        "20261209T110000",
        "20261209T120000",
        tzid="Romance Standard Time",
        organizer=m,
        attendees=(me(),),
        desc=(
            "Bonjour Claire,\nSuite à votre échange avec notre RH, je vous propose un entretien pour le "
            "poste de Responsable de la formation client. Je serai votre future manager.\nNadia\n\n" + teams("fr")
        ),
    )
    out.append(
        Case(
            "fr-teams-manager",
            uid,
            calendar(OUTLOOK, body),
            True,
            "Campus Orbe",
            "Responsable de la formation client",
            "hiring_manager",
            (m.email,),
            "windows_zone_no_vtimezone",
            "fr",
        )
    )

    uid = "h22-fr-founder-free@gmail-calendar"
    f = Att("Thomas Giraud", "thomas.giraud.pro@free.fr")
    body = vevent(
        uid,
        "Claire / Thomas - Tableau Noir (entretien)",
        "20261204T180000",
        "20261204T190000",
        tzid="Europe/Paris",
        organizer=f,
        attendees=(f, me()),
        desc=(
            "Salut Claire,\nComme convenu, on se cale un vrai entretien pour le poste de conceptrice de "
            "contenus chez Tableau Noir (notre appli de révisions pour collégiens). On parlera de ta "
            "pratique en classe et je te présenterai le produit.\nThomas, cofondateur\n" + meet("eyb-kkrm-jwa", "fr")
        ),
    )
    out.append(
        Case(
            "fr-founder-freefr",
            uid,
            calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")),
            True,
            "Tableau Noir",
            "conceptrice de contenus",
            "hiring_manager",
            (f.email,),
            "free_mail_founder",
            "fr",
        )
    )

    uid = "h22-fr-lever-technique@hire.lever.co"
    t1, t2 = Att("Inès Belkacem", "ines.belkacem@scolaria.io"), Att("Pierre-Yves Tanguy", "py.tanguy@scolaria.io")
    body = vevent(
        uid,
        "Scolaria - Étude de cas - Claire Dubois",
        "20261210T140000Z",
        "20261210T153000Z",
        organizer=Att("Scolaria (Lever)", "no-reply@hire.lever.co"),
        attendees=(t1, t2, me()),
        desc=(
            "Poste : Instructional Designer Senior\nÉtape : étude de cas (présentation de 20 min puis "
            "questions)\nAvec : Inès Belkacem (Lead Learning Design) et Pierre-Yves Tanguy (Product "
            "Manager)\n\n" + zoom("845 2200 9174", "ScL0pxx91a", "fr")
        ),
    )
    out.append(
        Case(
            "fr-lever-case",
            uid,
            calendar("-//Lever//Interview Scheduler//FR", body),
            True,
            "Scolaria",
            "Instructional Designer Senior",
            "technical",
            (t1.email, t2.email),
            lang="fr",
        )
    )

    uid = "h22-fr-apple-tape@icloud.com"
    body = vevent(
        uid,
        "Entretien final Didacto !!",
        "20261216T093000",
        "20261216T113000",
        tzid="Europe/Paris",
        desc="Locaux Didacto, 8 quai Saint-Vincent, Lyon 1er. Voir DRH + CEO. Poste chef de projet e-learning",
        location="8 Quai Saint-Vincent\n69001 Lyon\nFrance",
        status="",
        extra=("X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE=8 Quai Saint-Vincent:geo:45.767,4.822",),
    )
    out.append(
        Case(
            "fr-apple-final",
            uid,
            calendar("-//Apple Inc.//macOS 14.6//EN", body, method=None, zones=iana_zone("Europe/Paris")),
            True,
            "Didacto",
            "chef de projet e-learning",
            "final",
            (),
            "hand_typed",
            "fr",
        )
    )

    uid = "h22-fr-zimbra-univ@univ-rhonesaone.fr"
    o = Att("Service RH - Université Rhône-Saône", "recrutement@univ-rhonesaone.fr")
    c1, c2 = (
        Att("Marc Delorme", "marc.delorme@univ-rhonesaone.fr"),
        Att("Agnès Vidal", "agnes.vidal@univ-rhonesaone.fr"),
    )
    body = vevent(
        uid,
        "Audition - Ingénieur·e pédagogique multimédia (CDD 12 mois)",
        "20261211T100000",
        "20261211T104500",
        tzid="Europe/Paris",
        organizer=o,
        attendees=(c1, c2, me()),
        desc=(
            "Madame Dubois,\nVotre candidature au poste d'ingénieur·e pédagogique multimédia (Service "
            "Innovation pédagogique) a été retenue. Vous êtes convoquée à une audition devant le comité "
            "de sélection : Marc Delorme (directeur du SIP) et Agnès Vidal (ingénieure d'études). "
            "Exposé de 10 minutes suivi de questions.\nBâtiment Athéna, salle 3.12"
        ),
        location="Campus Porte des Alpes, Bâtiment Athéna, salle 3.12",
    )
    out.append(
        Case(
            "fr-zimbra-audition",
            uid,
            calendar("Zimbra-Calendar-Provider", body, zones=eu_zone("Europe/Paris")),
            True,
            "Université Rhône-Saône",
            "Ingénieur·e pédagogique multimédia",
            "onsite",
            (c1.email, c2.email),
            lang="fr",
        )
    )

    uid = "h22-fr-cabinet@helios-rh.fr"
    cab = Att("Élodie Marchal (Cabinet Hélios RH)", "e.marchal@helios-rh.fr")
    cli = Att("François Pellerin", "francois.pellerin@academie-verdane.com")
    body = vevent(
        uid,
        "RDV client : Académie Verdane - poste de responsable pédagogique digital",
        "20261214T160000",
        "20261214T170000",
        tzid="Europe/Paris",
        organizer=cab,
        attendees=(cli, me()),
        desc=(
            "Bonjour Claire,\nJe vous confirme votre entretien avec François Pellerin, directeur de "
            "l'Académie Verdane (université d'entreprise du groupe Verdane), pour le poste de responsable "
            "pédagogique digital. Je ne participerai pas à l'échange.\n"
            + teams("fr")
            + "\nÉlodie Marchal - Cabinet Hélios RH"
        ),
    )
    out.append(
        Case(
            "fr-cabinet",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")),
            True,
            "Académie Verdane",
            "responsable pédagogique digital",
            "hiring_manager",
            (cli.email,),
            "agency",
            "fr",
        )
    )

    uid = "h22-fr-calendly-preq@calendly.com"
    h = Att("Lucie Moreau", "lucie@kiwilearn.fr")
    body = vevent(
        uid,
        "Préqualification KiwiLearn (Claire Dubois)",
        "20261201T083000Z",
        "20261201T090000Z",
        organizer=h,
        attendees=(h, me("ACCEPTED")),
        desc=(
            "Nom de l'événement : Préqualification - Customer Success & Formation\n\nBonjour Claire, "
            "merci pour votre candidature chez KiwiLearn ! Lucie, notre Talent Acquisition, vous appellera "
            "au numéro indiqué.\n\nLieu : +33 6 12 34 56 78\n\nAnnuler : https://calendly.com/"
            "cancellations/6a1f\nOptimisé par Calendly.com"
        ),
        location="+33 6 12 34 56 78",
    )
    out.append(
        Case(
            "fr-calendly-prequal",
            uid,
            calendar("-//Calendly//Calendly//FR", body),
            True,
            "KiwiLearn",
            "Customer Success & Formation",
            "recruiter_screen",
            (h.email,),
            "phone",
            "fr",
        )
    )

    uid = "h22-fr-teamtailor-mise-en-situation@teamtailor.com"
    body = vevent(
        uid,
        "Mise en situation - Concepteur·rice e-learning - Studio Ardoise",
        "20261215T093000",
        "20261215T113000",
        tzid="Europe/Paris",
        organizer=Att("Studio Ardoise", "studio-ardoise@teamtailor-mail.com"),
        attendees=(Att("Baptiste Roussel", "baptiste.roussel@studio-ardoise.fr"), me()),
        desc=(
            "Bonjour Claire,\nPour cette deuxième étape, nous vous proposons une mise en situation "
            "de 2 h dans nos locaux (scénariser un module de 10 minutes sur Articulate Rise) avec "
            "Baptiste Roussel, lead concepteur.\n23 rue de la Part-Dieu, 69003 Lyon\nEnvoyé avec Teamtailor"
        ),
        location="Studio Ardoise, 23 rue de la Part-Dieu, Lyon",
    )
    out.append(
        Case(
            "fr-teamtailor-exercise",
            uid,
            calendar("-//Teamtailor//Interviews//FR", body, zones=iana_zone("Europe/Paris")),
            True,
            "Studio Ardoise",
            "Concepteur·rice e-learning",
            "technical",
            ("baptiste.roussel@studio-ardoise.fr",),
            lang="fr",
        )
    )

    return out
