"""Holdout22 negatives that are not Claire's interview: mocks, webinars, press, personal, internal, chats.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
    ME,
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
    zoom,
)

GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "Microsoft Exchange Server 2010"
ZIMBRA = "Zimbra-Calendar-Provider"
APPLE = "-//Apple Inc.//macOS 14.6//EN"


def cases() -> list[Case]:
    """Given nothing returns the other negative cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, trap: str, lang: str) -> None:
        out.append(Case(kind, uid, text, False, trap=trap, lang=lang))

    uid = "h22-o-dentist@apple"
    body = vevent(
        uid,
        "Dentiste Dr Morel",
        "20261205T091500",
        "20261205T100000",
        tzid="Europe/Paris",
        status="",
        location="14 cours Vitton, Lyon 6e",
    )
    add("fr-dentist", uid, calendar(APPLE, body, method=None, zones=iana_zone("Europe/Paris")), "personal", "fr")

    uid = "h22-o-bank@apple"
    body = vevent(
        uid,
        "RDV banque - conseiller (entretien prêt immo)",
        "20261209T180000",
        "20261209T190000",
        tzid="Europe/Paris",
        status="",
        desc="Apporter 3 derniers bulletins de salaire.",
    )
    add(
        "fr-bank-appointment",
        uid,
        calendar(APPLE, body, method=None, zones=iana_zone("Europe/Paris")),
        "personal",
        "fr",
    )

    uid = "h22-o-flat-es@google"
    body = vevent(
        uid,
        "Visita piso Gràcia (c/ Verdi) - agencia",
        "20261219T110000",
        "20261219T113000",
        tzid="Europe/Madrid",
        status="",
        desc="Por si me mudo a Barcelona. Preguntar por Xavi.",
    )
    add("es-flat-viewing", uid, calendar(GOOGLE, body, method=None, zones=iana_zone("Europe/Madrid")), "personal", "es")

    uid = "h22-o-parents@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Entretien parents - famille Roche (élève 1re G2)",
        "20261203T173000",
        "20261203T180000",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, WORK),
        attendees=(Att("Famille Roche", "nathalie.roche@orange.fr"),),
        desc="Rendez-vous demandé par la mère suite au dernier conseil de classe.",
    )
    add("fr-parent-meeting", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "personal", "fr")

    uid = "h22-o-yoga-de@google"
    body = vevent(
        uid,
        "Yoga mit Leni",
        "20261202T191500",
        "20261202T203000",
        tzid="Europe/Berlin",
        status="",
        extra=("RRULE:FREQ=WEEKLY;COUNT=6",),
    )
    add("de-yoga", uid, calendar(GOOGLE, body, method=None, zones=iana_zone("Europe/Berlin")), "personal", "de")

    uid = "h22-o-conseil-classe@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Conseil de classe 1re G2",
        "20261208T180000",
        "20261208T193000",
        tzid="Europe/Paris",
        organizer=Att("Secrétariat de direction", "secretariat@lycee-montaigne.fr"),
        attendees=(Att("DUBOIS Claire", WORK), Att("LEROY Hélène", "h.leroy@lycee-montaigne.fr")),
        location="Salle du conseil",
    )
    add("fr-internal-council", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "internal", "fr")

    uid = "h22-o-entretien-pro@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Rendez-vous de carrière (PPCR) - inspection de lettres",
        "20261215T100000",
        "20261215T120000",
        tzid="Europe/Paris",
        organizer=Att("IA-IPR Lettres", "ipr.lettres@ac-lyon.fr"),
        attendees=(w_att(),),
        desc="Inspection en classe suivie de l'entretien avec l'inspecteur puis avec le chef d'établissement.",
    )
    add("fr-career-review", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")), "internal", "fr")

    uid = "h22-o-fachkonferenz@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Fachschaftssitzung Deutsch/Französisch - Austauschprogramm Stuttgart",
        "20261207T123000",
        "20261207T133000",
        tzid="Europe/Paris",
        organizer=Att("KRÜGER Anna", "a.kruger@lycee-montaigne.fr"),
        attendees=(w_att(),),
        desc="Planung des Schüleraustauschs im März.",
    )
    add("de-internal-meeting", uid, calendar(ZIMBRA, body, zones=eu_zone("Europe/Paris")), "internal", "de")

    uid = "h22-o-coffee-en@google"
    k = Att("Hannah Lee", "hannah.lee@brightquill.com")
    body = vevent(
        uid,
        "Coffee chat: Hannah / Claire (ID life at Brightquill)",
        "20261201T120000Z",
        "20261201T123000Z",
        organizer=k,
        attendees=(k, me()),
        desc="Happy to tell you what instructional design looks like day to day here - informal, no "
        "interview, just a chat between ex-teachers!\n" + meet("cfe-aaww-ert"),
    )
    add("en-coffee-chat", uid, calendar(GOOGLE, body), "coffee_chat", "en")

    uid = "h22-o-cafe-fr@google"
    x = Att("Romane Petitjean", "romane.petitjean@kiwilearn.fr")
    body = vevent(
        uid,
        "Café avec Romane (KiwiLearn) - échange sur le métier d'ingé péda",
        "20261205T083000",
        "20261205T091500",
        tzid="Europe/Paris",
        organizer=Att(ME_CN, ME),
        attendees=(x,),
        desc="Elle a quitté l'Éducation nationale il y a 2 ans. Échange informel, pas de poste ouvert.",
        location="Café Mokxa, 3 rue de l'Abbé Rozier, Lyon",
    )
    add("fr-coffee-chat", uid, calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")), "coffee_chat", "fr")

    uid = "h22-o-cafe-es@outlook"
    body = vevent(
        uid,
        "Café virtual con Daniel (ex-profe, ahora en Eduxpert) - networking",
        "20261213T090000Z",
        "20261213T093000Z",
        organizer=Att("Daniel Ruiz", "daniel.ruiz@eduxpert.es"),
        attendees=(me(),),
        desc="Charla informativa sobre cómo es trabajar en contenidos. Sin proceso de selección abierto.\n"
        + teams("es"),
    )
    add("es-coffee-chat", uid, calendar(OUTLOOK, body), "coffee_chat", "es")

    uid = "h22-o-salon-fr@eventbrite"
    body = vevent(
        uid,
        "Salon Educatech Expo - Job dating edtech",
        "20261127",
        "20261128",
        organizer=Att("Eventbrite", "noreply@eventbrite.com"),
        desc="Votre billet pour Educatech Expo, Paris Expo Porte de Versailles. Espace job dating hall 7.1.",
        location="Paris Expo Porte de Versailles",
    )
    add("fr-job-fair", uid, calendar("-//Eventbrite//Event//FR", body, method="PUBLISH"), "job_fair", "fr")

    uid = "h22-o-jobmesse-de@apple"
    body = vevent(
        uid,
        "Karrieremesse Bildung & EdTech Berlin",
        "20261212T100000",
        "20261212T160000",
        tzid="Europe/Berlin",
        status="",
        desc="Stände von Verlagen und Lernplattformen. CVs ausdrucken (20x).",
        location="Station Berlin, Luckenwalder Str. 4-6",
    )
    add("de-job-fair", uid, calendar(APPLE, body, method=None, zones=iana_zone("Europe/Berlin")), "job_fair", "de")

    uid = "h22-o-reference-en@lycee-montaigne.fr"
    body = vevent(
        uid,
        "Reference call re: Sarah Whitmore (her application to Oakridge International)",
        "20261208T154500Z",
        "20261208T160000Z",
        organizer=Att("Gemma Tully", "g.tully@oakridge-intl.edu"),
        attendees=(Att("DUBOIS Claire", WORK),),
        desc="Sarah Whitmore has named you as a referee. A short call to hear about her teaching. Thank you!",
    )
    add("en-reference-call", uid, calendar(OUTLOOK, body), "reference_call", "en")

    uid = "h22-o-reference-fr@google"
    body = vevent(
        uid,
        "Appel référence pour Lucas Bertin (candidature Collège Saint-Just)",
        "20261216T121000",
        "20261216T122500",
        tzid="Europe/Paris",
        status="",
        desc="La principale adjointe m'appelle : je suis sa tutrice, elle veut mon avis sur Lucas.",
    )
    add(
        "fr-reference-call",
        uid,
        calendar(GOOGLE, body, method=None, zones=iana_zone("Europe/Paris")),
        "reference_call",
        "fr",
    )

    uid = "h22-o-recruiter-generic@cabinet-transition-pro.fr"
    r = Att("Ophélie Garnier", "ophelie.garnier@cabinet-transition-pro.fr")
    body = vevent(
        uid,
        "Point avec Ophélie (cabinet Transition Pro) - inscription vivier",
        "20261202T124500",
        "20261202T131500",
        tzid="Europe/Paris",
        organizer=r,
        attendees=(me(),),
        desc=(
            "Premier échange pour vous inscrire dans notre vivier de candidats en formation / e-learning. "
            "Pas de poste précis pour l'instant ; nous reviendrons vers vous dès qu'une mission correspond.\n"
            + teams("fr")
        ),
    )
    add("fr-recruiter-pool", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")), "recruiter_no_employer", "fr")

    uid = "h22-o-recruiter-en@linkedin"
    body = vevent(
        uid,
        "Intro call with Ben (EdTech Search Partners) - general career chat",
        "20261210T110000Z",
        "20261210T113000Z",
        organizer=Att("Ben Castillo", "ben@edtechsearchpartners.com"),
        attendees=(me(),),
        desc="Getting to know you and what you're looking for so I can keep you in mind for future searches. "
        "No specific client role at the moment.\n" + zoom("824 1234 9987", "EsP8q1a0z9"),
    )
    add("en-recruiter-general", uid, calendar(GOOGLE, body), "recruiter_no_employer", "en")

    uid = "h22-o-coaching-es@calendly"
    body = vevent(
        uid,
        "Sesión de orientación profesional (bilan de competencias) - Claire",
        "20261214T170000Z",
        "20261214T180000Z",
        organizer=Att("Nuria Castells", "nuria@reinventa-carrera.es"),
        attendees=(me("ACCEPTED"),),
        desc=(
            "Sesión 3 de 5 del programa de reorientación: revisamos tu CV y tus objetivos. "
            "Con la tecnología de Calendly.com"
        ),
    )
    add("es-career-coaching", uid, calendar("-//Calendly//Calendly//ES", body), "coaching", "es")

    uid = "h22-o-prep-block@apple"
    body = vevent(
        uid,
        "Préparer entretien Didacto (relire offre, STAR, questions)",
        "20261215T190000",
        "20261215T210000",
        tzid="Europe/Paris",
        status="",
        desc="Pour l'entretien final de demain 9h30.",
    )
    add("fr-prep-block", uid, calendar(APPLE, body, method=None, zones=iana_zone("Europe/Paris")), "prep_block", "fr")

    uid = "h22-o-thankyou-reminder@afterview"
    body = vevent(
        uid,
        "Send thank-you notes - Brightquill, Instructional Designer",
        "20261201T123000Z",
        "20261201T124500Z",
        status="",
        desc="Write down reflections and interviewer names while fresh.",
        extra=("X-AFTERVIEW-KIND:thank_you", "X-AFTERVIEW-OWNER:afterview"),
    )
    add("en-tickler", uid, calendar("-//afterview//tickler//EN", body, method=None), "tickler", "en")

    uid = "h22-o-es-exam@google"
    body = vevent(
        uid,
        "Examen oral DELE C1 (entrevista con tribunal)",
        "20261219T093000",
        "20261219T100000",
        tzid="Europe/Madrid",
        status="",
        desc="Prueba oral del DELE en el Instituto Cervantes. ¡Llevar pasaporte!",
    )
    add(
        "es-language-exam", uid, calendar(GOOGLE, body, method=None, zones=iana_zone("Europe/Madrid")), "personal", "es"
    )

    uid = "h22-o-en-visa@apple"
    body = vevent(
        uid,
        "Swiss work permit appointment - interview at cantonal office",
        "20261222T101500",
        "20261222T110000",
        tzid="Europe/Zurich",
        status="",
        desc="Only if the Geneva job happens. Bring passport + contract draft.",
    )
    add(
        "en-permit-appointment",
        uid,
        calendar(APPLE, body, method=None, zones=iana_zone("Europe/Zurich")),
        "personal",
        "en",
    )
    return out


def w_att() -> Att:
    """Given nothing returns the user at her school address."""
    return Att("DUBOIS Claire", WORK)
