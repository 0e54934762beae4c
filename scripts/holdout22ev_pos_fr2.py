"""Holdout22 positives in French (part 2): Claire Dubois's own interviews.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME_CN,
    WORK,
    Att,
    Case,
    calendar,
    eu_zone,
    iana_zone,
    me,
    meet,
    teams,
    vevent,
    webex,
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
WTTJ = "-//Welcome to the Jungle//Recruiter//FR"


def cases() -> list[Case]:
    """Given nothing returns the FR/ES interview cases."""
    out: list[Case] = []

    uid = "h22-fr-recurring-override@google.com"
    o = Att("Hugo Marchetti", "hugo@classe-ouverte.org")
    base = vevent(
        uid,
        "Entretiens Classe Ouverte - Claire (rdv 1 et 2)",
        "20261203T120000",
        "20261203T124500",
        tzid="Europe/Paris",
        organizer=o,
        attendees=(o, me("ACCEPTED"), Att("Leïla Amrani", "leila@classe-ouverte.org")),
        desc=(
            "Deux créneaux pour le poste de chargée de formation des enseignants (association Classe "
            "Ouverte) : jeudi avec moi, le suivant avec Leïla (coordinatrice pédagogique).\n"
            + meet("zrw-ppkq-cde", "fr")
        ),
        extra=("RRULE:FREQ=WEEKLY;COUNT=2",),
    )
    ov = vevent(
        uid,
        "Entretiens Classe Ouverte - Claire (rdv 2, décalé)",
        "20261211T170000",
        "20261211T174500",
        tzid="Europe/Paris",
        organizer=o,
        attendees=(o, me("ACCEPTED"), Att("Leïla Amrani", "leila@classe-ouverte.org")),
        desc="Décalé au vendredi 17h à la demande de Leïla.",
        seq=1,
        pre=("RECURRENCE-ID;TZID=Europe/Paris:20261210T120000",),
    )
    out.append(
        Case(
            "fr-recurring-override",
            uid,
            calendar(GOOGLE, base + ov, zones=iana_zone("Europe/Paris")),
            True,
            "Classe Ouverte",
            "chargée de formation des enseignants",
            "hiring_manager",
            (o.email, "leila@classe-ouverte.org"),
            "recurring_override",
            "fr",
        )
    )

    uid = "h22-fr-geneve-ashby@ashbyhq.com"
    a = Att("Romain Favre", "romain.favre@helvetiskills.ch")
    body = vevent(
        uid,
        "Entretien technique : Claire Dubois <> HelvetiSkills",
        "20261217T090000Z",
        "20261217T100000Z",
        organizer=Att("HelvetiSkills Recrutement", "recrutement@helvetiskills.ch"),
        attendees=(a, me()),
        desc=(
            "Poste : Learning Experience Designer (Genève, hybride)\nVous échangerez avec Romain Favre, "
            "Head of Digital Learning, autour d'un module que vous avez conçu.\n\n"
            + zoom("812 7730 0051", "HsK2a8p0q1", "fr")
        ),
    )
    out.append(
        Case(
            "fr-ashby-geneve",
            uid,
            calendar("-//Ashby//Ashby Scheduling//FR", body),
            True,
            "HelvetiSkills",
            "Learning Experience Designer",
            "technical",
            (a.email,),
            lang="fr",
        )
    )

    uid = "h22-fr-annule-workday@myworkday.com"
    body = vevent(
        uid,
        "ANNULÉ : Entretien - Chargée de contenus pédagogiques - Groupe Lireo",
        "20261208T140000",
        "20261208T150000",
        tzid="Romance Standard Time",
        organizer=Att("Groupe Lireo Recrutement", "lireo@myworkday.com"),
        attendees=(Att("Sandrine Coste", "sandrine.coste@lireo.fr"), me()),
        status="CANCELLED",
        seq=1,
        desc="Cet entretien a été annulé. Nous reviendrons vers vous pour convenir d'une nouvelle date.",
    )
    out.append(
        Case(
            "fr-workday-cancelled",
            uid,
            calendar(
                "-//Workday Inc//Workday Recruiting//FR", body, method="CANCEL", zones=eu_zone("Romance Standard Time")
            ),
            True,
            "Groupe Lireo",
            "Chargée de contenus pédagogiques",
            "",
            ("sandrine.coste@lireo.fr",),
            "cancelled",
            "fr",
        )
    )

    uid = "h22-fr-bruxelles-visio@webex"
    w = Att("Geert Van Damme", "geert.vandamme@edupole.be")
    body = vevent(
        uid,
        "Visio EduPôle Bruxelles - candidature conseillère pédagogique numérique",
        "20261209T150000",
        "20261209T160000",
        tzid="Europe/Brussels",
        organizer=w,
        attendees=(me(),),
        desc=(
            "Madame Dubois,\nSuite à votre candidature, je vous propose un entretien en visioconférence. "
            "Geert Van Damme, directeur adjoint.\n" + webex("fr")
        ),
    )
    out.append(
        Case(
            "fr-webex-brussels",
            uid,
            calendar(OUTLOOK, body, zones=eu_zone("Europe/Brussels")),
            True,
            "EduPôle",
            "conseillère pédagogique numérique",
            "hiring_manager",
            (w.email,),
            lang="fr",
        )
    )

    uid = "h22-fr-floating-note@zimbra"
    body = vevent(
        uid,
        "Appel recruteuse Skillup Academy (poste formatrice produit)",
        "20261202T171500",
        "20261202T174500",
        desc="Mme Nguyen m'appelle - 1er échange RH",
        status="",
    )
    out.append(
        Case(
            "fr-floating-terse",
            uid,
            calendar("Zimbra-Calendar-Provider", body, method=None),
            True,
            "Skillup Academy",
            "formatrice produit",
            "recruiter_screen",
            (),
            "floating",
            "fr",
        )
    )

    uid = "h22-fr-greenhouse-panel@greenhouse.io"
    ps = (
        Att("Aurore Cadiou", "aurore.cadiou@lumen-academie.com"),
        Att("Yanis Ferhat", "yanis.ferhat@lumen-academie.com"),
        Att("Claudine Blot", "claudine.blot@lumen-academie.com"),
    )
    body = vevent(
        uid,
        "Lumen Académie - Panel interview (onsite) - Claire Dubois",
        "20261218T093000",
        "20261218T123000",
        tzid="Europe/Paris",
        organizer=Att("Lumen Académie Talent", "no-reply@greenhouse.io"),
        attendees=(
            *ps,
            me(),
            Att(
                "Paris - Salle Montessori",
                "montessori@lumen-academie.com",
                cutype="ROOM",
                role="NON-PARTICIPANT",
                rsvp=False,
            ),
        ),
        desc=(
            "Bonjour Claire,\nVoici votre programme pour la journée sur site (poste : Head of Learning "
            "Content) :\n9h30 Aurore Cadiou, CPO\n10h30 Yanis Ferhat, Lead Designer\n11h30 Claudine "
            "Blot, DRH\nAdresse : 40 rue du Faubourg Poissonnière, 75010 Paris\nPowered by Greenhouse"
        ),
    )
    out.append(
        Case(
            "fr-greenhouse-onsite",
            uid,
            calendar("-//Greenhouse Software//Scheduling//EN", body, zones=iana_zone("Europe/Paris")),
            True,
            "Lumen Académie",
            "Head of Learning Content",
            "onsite",
            tuple(p.email for p in ps),
            "room",
            "fr",
        )
    )

    uid = "h22-fr-old-colleague-referral@outlook.fr"
    x = Att("Mélanie Cortot", "melanie.cortot@openclasse.fr")
    body = vevent(
        uid,
        "Entretien OpenClasse (recommandée par Karim) - Claire Dubois",
        "20261207T121500Z",
        "20261207T130000Z",
        organizer=x,
        attendees=(me(),),
        desc=(
            "Bonjour Claire,\nKarim m'a transmis votre CV. Je suis responsable de l'équipe Formation "
            "des formateurs et je recrute une chargée de formation. Entretien de 45 min par téléphone : "
            "je vous appelle.\nMélanie"
        ),
    )
    out.append(
        Case(
            "fr-referral-hm",
            uid,
            calendar(OUTLOOK, body),
            True,
            "OpenClasse",
            "chargée de formation",
            "hiring_manager",
            (x.email,),
            "referral",
            "fr",
        )
    )

    uid = "h22-fr-bookings@bookings"
    st = Att("Vincent Rey", "vincent.rey@edugroupe-alpin.fr")
    body = vevent(
        uid,
        "Entretien de recrutement - Formateur·rice digital learning",
        "20261210T083000Z",
        "20261210T091500Z",
        organizer=Att("EduGroupe Alpin - Recrutement", "recrutement@edugroupe-alpin.fr"),
        attendees=(st, me()),
        desc=(
            "Votre réservation est confirmée.\nService : Entretien de recrutement - Formateur·rice digital "
            "learning\nPersonnel : Vincent Rey\n" + teams("fr") + "\nMicrosoft Bookings"
        ),
    )
    out.append(
        Case(
            "fr-bookings",
            uid,
            calendar("-//Microsoft Corporation//Bookings//FR", body),
            True,
            "EduGroupe Alpin",
            "Formateur·rice digital learning",
            "recruiter_screen",
            (st.email,),
            lang="fr",
        )
    )

    uid = "h22-fr-invite-work-addr@google.com"
    y = Att("Astrid Lenoir", "astrid.lenoir@manuelsvivants.fr")
    body = vevent(
        uid,
        "Entretien Manuels Vivants x Claire Dubois",
        "20261214T113000",
        "20261214T121500",
        tzid="Europe/Paris",
        organizer=y,
        attendees=(y, Att(ME_CN, WORK, partstat="ACCEPTED")),
        desc=(
            "Bonjour Claire, je vous envoie l'invitation sur l'adresse de votre CV. Échange avec moi "
            "(responsable des ressources numériques) sur le poste d'auteure-conceptrice de ressources "
            "numériques de français.\n" + meet("ttr-qqmz-lkj", "fr")
        ),
    )
    out.append(
        Case(
            "fr-work-address",
            uid,
            calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")),
            True,
            "Manuels Vivants",
            "auteure-conceptrice de ressources numériques de français",
            "hiring_manager",
            (y.email,),
            "work_address_candidate",
            "fr",
        )
    )

    uid = "h22-fr-allday-assessment@icloud.com"
    body = vevent(
        uid,
        "Journée de recrutement Formapôle (Villeurbanne) - poste ingé péda",
        "20261221",
        "20261222",
        desc="Épreuves écrites le matin, entretien jury l'après-midi. Convocation dans les mails.",
        status="",
    )
    out.append(
        Case(
            "fr-allday",
            uid,
            calendar("-//Apple Inc.//iOS 18.1//EN", body, method=None),
            True,
            "Formapôle",
            "ingé péda",
            "onsite",
            (),
            "all_day",
            "fr",
        )
    )

    return out
