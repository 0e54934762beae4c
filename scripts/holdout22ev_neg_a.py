"""Holdout22 negatives that are not Claire's interview: mocks, webinars, press, personal, internal, chats.

Given nothing, cases() returns the Case list; it raises nothing.
"""

from __future__ import annotations

from holdout22ev_ics import (
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
ZIMBRA = "Zimbra-Calendar-Provider"
APPLE = "-//Apple Inc.//macOS 14.6//EN"


def cases() -> list[Case]:
    """Given nothing returns the other negative cases."""
    out: list[Case] = []

    def add(kind: str, uid: str, text: str, trap: str, lang: str) -> None:
        out.append(Case(kind, uid, text, False, trap=trap, lang=lang))

    uid = "h22-o-mock-friend@google.com"
    f = Att("Justine Arnaud", "justine.arnaud@gmail.com")
    body = vevent(
        uid,
        "Simulation d'entretien avec Justine (avant Lumen)",
        "20261216T190000",
        "20261216T200000",
        tzid="Europe/Paris",
        organizer=f,
        attendees=(f, me("ACCEPTED")),
        desc="Justine joue la DRH, je m'entraîne sur les questions pièges. Pas un vrai entretien :)\n"
        + meet("mmq-rrty-bvc", "fr"),
    )
    add("fr-mock-friend", uid, calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")), "mock", "fr")

    uid = "h22-o-mock-coach@calendly.com"
    c = Att("Rachel Devereux", "rachel@careerpivotcoach.com")
    body = vevent(
        uid,
        "Mock interview (instructional design) - Claire Dubois",
        "20261206T100000Z",
        "20261206T110000Z",
        organizer=c,
        attendees=(c, me("ACCEPTED")),
        desc=(
            "Event Name: Mock Interview Practice - Teacher to ID\nA realistic practice interview with "
            "written feedback afterwards. This is coaching, not a hiring conversation.\n"
            + zoom("830 0001 2299", "CpC0aa9q11")
            + "\nPowered by Calendly.com"
        ),
    )
    add("en-mock-coach", uid, calendar("-//Calendly//Calendly//EN", body), "mock", "en")

    uid = "h22-o-mock-de@apple"
    body = vevent(
        uid,
        "Übungs-Vorstellungsgespräch mit Jobcoach (Agentur für Arbeit)",
        "20261209T083000Z",
        "20261209T093000Z",
        status="",
        desc="Probelauf auf Deutsch, Frau Kaya. Lebenslauf mitbringen.",
    )
    add("de-mock-jobcoach", uid, calendar("-//Apple Inc.//iOS 18.1//EN", body, method=None), "mock", "de")

    uid = "h22-o-webinar-en@zoom.us"
    body = vevent(
        uid,
        "Webinar: Acing the Instructional Design Interview (portfolio edition)",
        "20261203T170000Z",
        "20261203T180000Z",
        organizer=Att("ID Career Collective", "no-reply@zoom.us"),
        attendees=(me(),),
        desc=(
            'Hi Claire Dubois,\nThank you for registering for "Acing the Instructional Design '
            'Interview". Speakers: Kim Alvarado, Tariq Benn.\n'
            + zoom("845 0909 1123", "WeB1n4rr00")
            + "\nYou can cancel your registration at any time."
        ),
    )
    add("en-webinar", uid, calendar("-//zoom.us//iCalendar Event//EN", body), "webinar", "en")

    uid = "h22-o-atelier-fr@profs-en-transition.org"
    body = vevent(
        uid,
        "Atelier « Réussir son entretien d'embauche » - reconversion des enseignants",
        "20261208T140000",
        "20261208T163000",
        tzid="Europe/Paris",
        organizer=Att("Réseau Profs en Transition", "ateliers@profs-en-transition.org"),
        attendees=(me(),),
        desc="Atelier collectif (12 participants) : pitch, questions classiques, mises en situation en binôme.",
        location="Maison des associations, 28 rue Denfert-Rochereau, Lyon",
    )
    add("fr-workshop-interviewing", uid, calendar(GOOGLE, body, zones=iana_zone("Europe/Paris")), "class", "fr")

    uid = "h22-o-kurs-de@vhs"
    body = vevent(
        uid,
        "VHS-Kurs: Bewerbungsgespräche souverän führen (Modul 2)",
        "20261210T180000",
        "20261210T203000",
        tzid="Europe/Berlin",
        organizer=Att("Volkshochschule Mitte", "kurse@vhs-mitte-berlin.de"),
        attendees=(me(),),
        desc="Online-Kurs. " + webex("de"),
    )
    add("de-course-interviewing", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Berlin")), "class", "de")

    uid = "h22-o-webinar-es@webinar"
    body = vevent(
        uid,
        "Webinar gratuito: Cómo preparar entrevistas en empresas edtech",
        "20261212T160000Z",
        "20261212T170000Z",
        organizer=Att("EdTech Talento Hub", "eventos@edtechtalentohub.es"),
        attendees=(me(),),
        desc="Gracias por inscribirte. Ponentes: Laura Pinto y Óscar Vela.\n"
        + zoom("811 5543 0098", "EdT0pq1a22", "es"),
    )
    add("es-webinar", uid, calendar("-//zoom.us//iCalendar Event//ES", body), "webinar", "es")

    uid = "h22-o-research-en@userinterviews"
    r = Att("Priyanka Sol", "priyanka.sol@slatebook.io")
    body = vevent(
        uid,
        "Slatebook user interview - teachers & grading (paid, 45 min)",
        "20261204T170000Z",
        "20261204T174500Z",
        organizer=r,
        attendees=(r, me("ACCEPTED")),
        desc=(
            "Thanks for joining our research study! We'd love to hear how you grade essays. You'll receive "
            "a 60 EUR gift card. This is user research for our product - not a job interview.\n" + meet("uux-rrsa-qqw")
        ),
    )
    add("en-user-research", uid, calendar(GOOGLE, body), "user_research", "en")

    uid = "h22-o-presse-fr@radio"
    j = Att("Antoine Vasseur", "a.vasseur@radiolyon-cite.fr")
    body = vevent(
        uid,
        "Interview radio - les profs qui se reconvertissent (Claire Dubois)",
        "20261207T073000",
        "20261207T080000",
        tzid="Europe/Paris",
        organizer=j,
        attendees=(me(),),
        desc="Chronique « Nouvelles vies » : interview en direct par téléphone, 8 minutes. Antoine, journaliste.",
    )
    add("fr-radio-interview", uid, calendar(OUTLOOK, body, zones=eu_zone("Europe/Paris")), "press", "fr")

    uid = "h22-o-podcast-en@riverside"
    body = vevent(
        uid,
        "Podcast recording: 'From Classroom to Courseware' ep. 41 guest interview",
        "20261211T160000Z",
        "20261211T170000Z",
        organizer=Att("Mo Idris", "mo@classroom2courseware.fm"),
        attendees=(me(),),
        desc="Riverside studio link: https://riverside.fm/studio/c2c-mo\nI'll interview you about your move "
        "from teaching into ID. Headphones please!",
    )
    add("en-podcast-guest", uid, calendar(GOOGLE, body), "press", "en")

    uid = "h22-o-research-de@lernapp"
    body = vevent(
        uid,
        "Nutzerinterview Lernapp Vokabelfuchs (Lehrkräfte-Studie)",
        "20261214T160000Z",
        "20261214T164500Z",
        organizer=Att("UX Research Vokabelfuchs", "research@vokabelfuchs.de"),
        attendees=(me(),),
        desc="Wir möchten verstehen, wie Sie Vokabeltests erstellen. Aufwandsentschädigung 40 €.\n" + teams("de"),
    )
    add("de-user-research", uid, calendar(OUTLOOK, body), "user_research", "de")

    return out


def w_att() -> Att:
    """Given nothing returns the user at her school address."""
    return Att("DUBOIS Claire", WORK)
