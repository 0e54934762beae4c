"""Negatives other than the user interviewing (mock, webinar, press, personal, internal, coffee, fair, reference)
for the holdout8 event corpus (issue 4)."""

from __future__ import annotations

from holdout8_boiler import google_footer, meet, teams, zoom
from holdout8_ics import SAM_PRIVATE, SAM_WORK, Ev, Who

SP = Who(SAM_PRIVATE, "Sam Rivera")
SW = Who(SAM_WORK, "Sam Rivera")
PERSONAL = ["X-WR-CALNAME:Sam personal", "X-WR-TIMEZONE:America/New_York"]


def _a(email: str, cn: str) -> Who:
    return Who(email, cn, partstat="ACCEPTED")


def practice() -> list[Ev]:
    """Returns mock interviews, webinars and classes about interviewing."""
    return [
        Ev(
            "mock-peer",
            "Mock interview w/ Alex - system design practice",
            "20261205T190000",
            "20261205T200000",
            tz="America/New_York",
            org=Who("alex.kowalski88@gmail.com", "Alex Kowalski"),
            att=[_a("alex.kowalski88@gmail.com", "Alex Kowalski"), SP],
            desc="you play candidate first, then we swap. Prompt: design a metrics store for a ride-share app.\n\n"
            + meet("en", "h8-m1"),
            trap="mock",
        ),
        Ev(
            "mock-coach-calendly",
            "Dana Whitfield and Sam Rivera",
            "20261207T230000",
            "20261208T000000",
            tz="utc",
            producer="calendly",
            org=Who("dana@whitfieldcareers.com", "Dana Whitfield"),
            att=[_a("dana@whitfieldcareers.com", "Dana Whitfield"), Who(SAM_PRIVATE, "Sam Rivera")],
            desc="Event Name: Mock Interview Session (60 min)\n\nPlease share anything that will help prepare for "
            "our meeting.: Behavioural mock for my Tidewater Maps onsite next week (Senior Analytics Engineer).\n\n"
            "Powered by Calendly.com",
            loc="Zoom",
            trap="mock-coach",
        ),
        Ev(
            "probeinterview-mentorin",
            "Probeinterview mit Mentorin (Übung Gehaltsfrage)",
            "20261206T100000",
            "20261206T110000",
            tz="Europe/Berlin",
            org=Who("katja.peters@posteo.de", "Katja Peters"),
            att=[_a("katja.peters@posteo.de", "Katja Peters"), SP],
            desc="Übungsgespräch: Katja spielt die Personalerin, Fokus Gehaltsverhandlung und Schwächen-Frage.\n\n"
            + meet("de", "h8-m3"),
            lang="de",
            trap="mock",
        ),
        Ev(
            "webinar-ace",
            "Webinar: Ace your technical interview in 2026",
            "20261203T170000",
            "20261203T180000",
            tz="America/New_York",
            producer="zoom",
            org=Who("events@dataworks-community.org", "DataWorks Community"),
            att=[SP],
            desc='Hi Sam Rivera,\n\nThank you for registering for "Ace your technical interview in 2026". Panelists '
            "share how hiring managers at top data teams run SQL and system design interviews.\n\nPlease submit "
            "any questions to: events@dataworks-community.org\n\n" + zoom("en", "h8-m4"),
            trap="webinar",
        ),
        Ev(
            "atelier-entretien",
            "Atelier : réussir son entretien d'embauche",
            "20261208T140000",
            "20261208T163000",
            tz="Europe/Paris",
            producer="outlook",
            org=Who("atelier.paris11@apec-conseil.fr", "Atelier Emploi Paris 11"),
            att=[SP],
            desc="Atelier collectif : préparer ses réponses, se présenter en 2 minutes, simulations d'entretien "
            "entre participants. 14 rue de Charonne, Paris.",
            loc="14 rue de Charonne, 75011 Paris",
            lang="fr",
            trap="class",
        ),
        Ev(
            "clase-entrevistas",
            "Clase 4: Cómo preparar entrevistas de trabajo",
            "20261210T190000",
            "20261210T203000",
            tz="Europe/Madrid",
            org=Who("cursos@escueladatos.es", "Escuela de Datos"),
            att=[SP],
            desc='Curso online "Encuentra tu próximo trabajo en datos". Hoy: entrevistas de RR. HH., pruebas '
            "técnicas y negociación salarial.\n\n" + meet("es", "h8-m6"),
            lang="es",
            trap="class",
        ),
    ]


def interviews_of_other_kinds() -> list[Ev]:
    """Returns research, press and podcast interviews and personal 'interviews' (visa, school, flat, daycare)."""
    return [
        Ev(
            "user-research-target-company",
            "Research interview: help shape Tidewater Maps ($75 gift card)",
            "20261202T200000",
            "20261202T203000",
            tz="utc",
            producer="calendly",
            org=Who("research@tidewatermaps.com", "Tidewater Maps UX Research"),
            att=[_a("research@tidewatermaps.com", "Tidewater Maps UX Research"), Who(SAM_PRIVATE, "Sam Rivera")],
            desc="Event Name: 30 min user interview - Tidewater route planner\n\nThanks for signing up! We'll "
            "ask how you plan trips and show a prototype. You'll receive a $75 gift card.\n\nPowered by Calendly.com",
            trap="user-research",
        ),
        Ev(
            "podcast",
            "Podcast interview - Data Eng Weekly (recording)",
            "20261209T170000",
            "20261209T180000",
            tz="America/New_York",
            org=Who("host@dataengweekly.fm", "Rosa Lindqvist"),
            att=[_a("host@dataengweekly.fm", "Rosa Lindqvist"), SP],
            desc="Thanks for coming on the show! We'll talk about your dbt migration at Fabrikam. Riverside "
            "link: https://riverside.fm/studio/deweekly - headphones please.",
            trap="podcast",
        ),
        Ev(
            "press",
            "Interview with reporter (The Ledger) re: Fabrikam launch",
            "20261204T150000",
            "20261204T153000",
            tz="Pacific Standard Time",
            producer="outlook",
            org=Who("comms@fabrikam-analytics.io", "Fabrikam Comms"),
            att=[SW, Who("p.ng@theledger.news", "Peter Ng")],
            desc="Press interview about the new forecasting product. Comms will be on the line. Key messages doc "
            "attached.\n\n" + teams("en", "h8-r3"),
            trap="press",
        ),
        Ev(
            "de-presse",
            "Interview Tagesblick (Datenjournalismus-Serie)",
            "20261211T110000",
            "20261211T114500",
            tz="Europe/Berlin",
            org=Who("l.schulz@tagesblick.de", "Lena Schulz"),
            att=[_a("l.schulz@tagesblick.de", "Lena Schulz"), SP],
            desc="Gespräch für unsere Serie über Menschen hinter Daten. Wird aufgezeichnet, Freigabe vor "
            "Veröffentlichung.\n\n" + meet("de", "h8-r4"),
            lang="de",
            trap="press",
        ),
        Ev(
            "kita-aufnahme",
            "Kita-Aufnahmegespräch Kita Sonnenblume",
            "20261204T081500",
            "20261204T090000",
            tz="floating",
            producer="ios",
            method=None,
            loc="Kita Sonnenblume, Liebigstr. 12",
            desc="mit Mia hingehen, Impfpass mitnehmen",
            lang="de",
            trap="personal-daycare",
        ),
        Ev(
            "visa-interview",
            "US visa interview - consulate (bring DS-160 confirmation)",
            "20261212T083000",
            "20261212T100000",
            tz="Europe/London",
            producer="google",
            method=None,
            cal_extra=["X-WR-CALNAME:Sam personal", "X-WR-TIMEZONE:Europe/London"],
            loc="US Embassy, 33 Nine Elms Lane, London",
            desc="passport, photo, appointment letter",
            trap="personal-visa",
        ),
        Ev(
            "coop-board",
            "Co-op board interview - 310 W 86th St apt 5C",
            "20261208T190000",
            "20261208T200000",
            tz="America/New_York",
            org=Who("board@310w86coop.org", "310 W 86th Board"),
            att=[SP],
            desc="Board interview for the purchase application. Both applicants should attend.",
            loc="310 W 86th St, lobby community room",
            trap="personal-apartment",
        ),
        Ev(
            "entretien-ecole",
            "Entretien d'admission - École Montessori Bastille (Léo)",
            "20261209T083000",
            "20261209T091500",
            tz="Europe/Paris",
            producer="apple",
            method=None,
            loc="École Montessori Bastille, 5 rue Keller, Paris",
            desc="venir avec Léo, dossier d'inscription",
            lang="fr",
            trap="personal-school",
        ),
        Ev(
            "mba-admissions",
            "MBA admissions interview - Harbor Business School",
            "20261210T150000",
            "20261210T154500",
            tz="America/New_York",
            producer="zoom",
            org=Who("admissions@harborbusinessschool.edu", "HBS Admissions Office"),
            att=[SP, _a("alumni.interviewer3@harborbusinessschool.edu", "Karen Doyle")],
            desc="Your Executive MBA admissions interview with an alumni interviewer.\n\n" + zoom("en", "h8-p5"),
            trap="personal-admissions",
        ),
        Ev(
            "dentist",
            "Dentist - Dr. Alvarez (cleaning)",
            "20261203T080000",
            "20261203T090000",
            tz="America/New_York",
            method=None,
            cal_extra=PERSONAL,
            loc="Alvarez Dental, 120 E 23rd St",
            trap="personal",
        ),
        Ev(
            "entrevista-consular",
            "Entrevista consular - renovación de pasaporte",
            "20261214T093000",
            "20261214T101500",
            tz="Europe/Madrid",
            method=None,
            cal_extra=["X-WR-CALNAME:Sam", "X-WR-TIMEZONE:Europe/Madrid"],
            loc="Consulado, Calle de Serrano 75, Madrid",
            desc="cita previa, llevar fotos y DNI",
            lang="es",
            trap="personal-consular",
        ),
    ]


def work_and_network() -> list[Ev]:
    """Returns internal meetings, coffee chats, recruiter calls without an employer, fairs, references, prep."""
    return [
        Ev(
            "one-on-one-recurring",
            "Sam / Morgan 1:1",
            "20261201T160000",
            "20261201T163000",
            tz="America/Los_Angeles",
            org=Who("morgan.blake@fabrikam-analytics.io", "Morgan Blake"),
            att=[_a("morgan.blake@fabrikam-analytics.io", "Morgan Blake"), SW],
            rrule="FREQ=WEEKLY;BYDAY=TU",
            desc="Weekly 1:1.\n\n" + meet("en", "h8-i1"),
            trap="internal",
        ),
        Ev(
            "performance-review",
            "Year-end performance conversation - Sam Rivera",
            "20261216T200000",
            "20261216T210000",
            tz="Pacific Standard Time",
            producer="outlook",
            org=Who("morgan.blake@fabrikam-analytics.io", "Blake, Morgan"),
            att=[SW],
            desc="Self-review due the day before. We'll cover goals, calibration outcome and growth plan.\n\n"
            + teams("en", "h8-i2"),
            trap="internal-review",
        ),
        Ev(
            "stay-interview",
            "Stay interview (HR) - Sam",
            "20261209T190000",
            "20261209T193000",
            tz="America/Los_Angeles",
            org=Who("hrbp@fabrikam-analytics.io", "Fabrikam HRBP"),
            att=[SW],
            desc="Informal retention conversation: what keeps you at Fabrikam, what would make you leave.\n\n"
            + meet("en", "h8-i3"),
            trap="internal-stay-interview",
        ),
        Ev(
            "coffee-chat-informational",
            "Coffee chat - Elena (Quarry Robotics)",
            "20261206T150000",
            "20261206T153000",
            tz="America/Chicago",
            org=Who("elena.mora@quarryrobotics.com", "Elena Mora"),
            att=[_a("elena.mora@quarryrobotics.com", "Elena Mora"), SP],
            desc="Informational chat - happy to tell you about the data team and life at Quarry. Not part of "
            "any interview process, just a coffee.\n\n" + meet("en", "h8-c1"),
            trap="coffee-chat",
        ),
        Ev(
            "cafe-networking",
            "Café con Marta (networking, ex-Fabrikam)",
            "20261212T103000",
            "20261212T113000",
            tz="Europe/Madrid",
            method=None,
            cal_extra=["X-WR-CALNAME:Sam", "X-WR-TIMEZONE:Europe/Madrid"],
            loc="Café Comercial, Glorieta de Bilbao 7",
            desc="preguntarle por equipos de datos en Madrid que estén contratando",
            lang="es",
            trap="coffee-chat",
        ),
        Ev(
            "agency-catchup",
            "Catch-up with Ben (Harbourline Talent) - market update",
            "20261201T120000",
            "20261201T123000",
            tz="Europe/London",
            producer="outlook",
            org=Who("ben.archer@harbourlinetalent.co.uk", "Ben Archer"),
            att=[SP],
            desc="Hi Sam, quick catch-up on the market and what you're after. No specific role yet - I'll come "
            "back with a shortlist of clients.\n\n" + teams("en", "h8-a1"),
            trap="agency-no-employer",
        ),
        Ev(
            "headhunter-erstgespraech",
            "Erstgespräch Personalberatung Kessler & Partner - Ihr Profil",
            "20261202T153000",
            "20261202T160000",
            tz="Europe/Berlin",
            producer="outlook",
            org=Who("t.kessler@kessler-partner.de", "Kessler, Thomas"),
            att=[SP],
            desc="Guten Tag Sam,\n\nwie telefonisch besprochen ein unverbindliches Erstgespräch zu Ihrem Profil "
            "und Ihren Wünschen. Konkrete Mandate stelle ich Ihnen danach vor.\n\nThomas Kessler\n\n"
            + teams("de", "h8-a2"),
            lang="de",
            trap="agency-no-employer",
        ),
        Ev(
            "career-fair",
            "NYC Data & AI Career Fair",
            "20261205",
            "20261206",
            tz="date",
            method=None,
            cal_extra=PERSONAL,
            loc="Javits Center, Hall 1B",
            desc="bring 20 CVs. booths: Tidewater, Glasshouse, Oaktide",
            trap="job-fair",
        ),
        Ev(
            "salon-emploi",
            "Salon Paris Data Jobs - Porte de Versailles",
            "20261212T100000",
            "20261212T180000",
            tz="Europe/Paris",
            org=Who("inscriptions@parisdatajobs.fr", "Paris Data Jobs"),
            att=[SP],
            desc="Votre badge visiteur : présentez ce QR code à l'entrée. Plus de 80 recruteurs, conférences et "
            "job dating.",
            loc="Paris Expo Porte de Versailles, Pavillon 4",
            lang="fr",
            trap="job-fair",
        ),
        Ev(
            "reference-call",
            "Reference call for Chris Dunn - Kestrel Mobility",
            "20261208T140000",
            "20261208T142000",
            tz="Europe/Berlin",
            org=Who("noor.haddad@kestrelmobility.com", "Noor Haddad"),
            att=[_a("noor.haddad@kestrelmobility.com", "Noor Haddad"), SW],
            desc="Hi Sam, Chris listed you as a reference for our Data Engineer role - 20 minutes about working "
            "with Chris at Fabrikam. Thank you!\n\n" + meet("en", "h8-ref1") + "\n\n" + google_footer("en"),
            trap="reference",
        ),
        Ev(
            "llamada-referencias",
            "Llamada de referencias sobre Ana Gil",
            "20261211T100000",
            "20261211T101500",
            tz="Europe/Madrid",
            org=Who("seleccion@ciruelapagos.com", "Selección Ciruela Pagos"),
            att=[SW],
            desc="Ana Gil nos ha dado tu nombre como referencia profesional para el puesto de Analista de "
            "Datos. Serán 15 minutos.\n\n" + meet("es", "h8-ref2"),
            lang="es",
            trap="reference",
        ),
        Ev(
            "prep-block",
            "Prep: Tidewater onsite - STAR stories + SQL drills",
            "20261209T180000",
            "20261209T200000",
            tz="America/New_York",
            method=None,
            cal_extra=PERSONAL,
            desc="interview prep. re-read JD, 3 stories (migration, incident, stakeholder), leetcode SQL 5x",
            trap="prep",
        ),
    ]


def events() -> list[Ev]:
    """Returns the other negatives, in file order."""
    return practice() + interviews_of_other_kinds() + work_and_network()
