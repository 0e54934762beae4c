"""holdout11 core: the invented world of Kwame Mensah, date phrasings per language and their resolver.

Given a Date header's local day and a promise kind, returns the decision day the product should find.
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass
from datetime import date, timedelta

USER_NAME = "Kwame Mensah"
USER_ADDR = "kwame.mensah@fastmail.com"


@dataclass(frozen=True)
class Company:
    name: str
    domain: str
    lang: str
    roles: tuple[str, ...]
    kind: str  # fm, contractor, hospital, university, utility, property, datacentre, agency, public


COMPANIES: tuple[Company, ...] = (
    Company("Aireborough Facilities Group", "aireborough-fm.co.uk", "en",
            ("Maintenance Planner", "Facilities Coordinator"), "fm"),
    Company("Calder & Wharfe Building Services", "calderwharfe.co.uk", "en",
            ("Building Services Technician", "Multi-skilled Engineer (Electrical bias)"), "contractor"),
    Company("St Aidan's Teaching Hospitals NHS Trust", "staidans-nhs.example.uk", "en",
            ("Estates Maintenance Supervisor", "Estates Planner (Band 5)"), "hospital"),
    Company("Northgate University", "northgate-uni.ac.uk", "en",
            ("Planned Maintenance Coordinator", "Electrical Maintenance Lead"), "university"),
    Company("Ringway DataPark", "ringwaydatapark.com", "en",
            ("Critical Facilities Technician", "Shift Electrician (Data Centre)"), "datacentre"),
    Company("Irwell Property Partners", "irwellpp.co.uk", "en",
            ("Building Manager", "Assistant Facilities Manager"), "property"),
    Company("Medlock Water Services", "medlockwater.co.uk", "en",
            ("Maintenance Planner (Asset Care)", "E&I Technician"), "utility"),
    Company("Voltstaff Technical Recruitment", "voltstaff.co.uk", "en",
            ("Maintenance Planner (client: pharma site)", "Facilities Engineer (contract)"), "agency"),
    Company("Hallgate FM Solutions", "hallgatefm.com", "en",
            ("Mobile Electrical Engineer", "Helpdesk & Planning Coordinator"), "fm"),
    Company("Leeds Northern Housing", "leedsnorthernhousing.org.uk", "en",
            ("Compliance Officer (Electrical)", "Repairs Planner"), "public"),
    Company("Rheinauhafen Gebäudetechnik GmbH", "rheinauhafen-gt.de", "de",
            ("Haustechniker (m/w/d)", "Instandhaltungsplaner (m/w/d)"), "fm"),
    Company("Klinikverbund Köln-Süd", "kvks-koeln.de", "de",
            ("Elektrofachkraft Medizintechnik/Haustechnik", "Technischer Objektleiter"), "hospital"),
    Company("Domstadt Netze AG", "domstadt-netze.de", "de",
            ("Elektroniker für Betriebstechnik", "Arbeitsvorbereiter Instandhaltung"), "utility"),
    Company("Datenhaus Köln-Ost", "datenhaus-ko.de", "de",
            ("Facility Techniker Rechenzentrum (Schicht)",), "datacentre"),
    Company("Personalwerk Rhein", "personalwerk-rhein.de", "de",
            ("Betriebselektriker (Kunde: Chemiepark)", "Servicetechniker Gebäudeleittechnik"), "agency"),
    Company("Garonne Multitechnique", "garonne-multitech.fr", "fr",
            ("Technicien de maintenance multitechnique", "Chef d'équipe maintenance"), "fm"),
    Company("Centre hospitalier des Chartrons", "ch-chartrons.fr", "fr",
            ("Technicien supérieur hospitalier - électricité", "Planificateur maintenance"), "hospital"),
    Company("Aquitaine Datacentres", "aquitaine-dc.fr", "fr",
            ("Technicien d'exploitation datacenter",), "datacentre"),
    Company("Régie des Eaux de la Bastide", "eaux-bastide.fr", "fr",
            ("Électrotechnicien d'astreinte", "Préparateur méthodes maintenance"), "utility"),
    Company("Intérim Pro Gironde", "interimpro-gironde.fr", "fr",
            ("Électricien de maintenance (mission longue)",), "agency"),
    Company("Triana Facility Services", "trianafs.es", "es",
            ("Técnico de mantenimiento integral", "Coordinador de mantenimiento"), "fm"),
    Company("Hospital San Telmo de Sevilla", "hsantelmo.es", "es",
            ("Electricista de mantenimiento hospitalario", "Jefe de turno de mantenimiento"), "hospital"),
    Company("Hispalis Data Center", "hispalisdc.es", "es",
            ("Técnico de operaciones de centro de datos",), "datacentre"),
    Company("Aguas de Sevilla Este", "aguassevillaeste.es", "es",
            ("Técnico electromecánico", "Planificador de mantenimiento"), "utility"),
    Company("Talento Sur ETT", "talentosur-ett.es", "es",
            ("Oficial electricista (cliente: centro logístico)",), "agency"),
)

PEOPLE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Bethany", "Holroyd"), ("Tariq", "Mahmood"), ("Siobhan", "Keane"), ("Gareth", "Pollard"),
           ("Priya", "Chaudhry"), ("Liam", "Ackroyd"), ("Nadia", "Osei"), ("Craig", "Fenwick"),
           ("Hollie", "Brear"), ("Dev", "Ramsden"), ("Megan", "Thwaite"), ("Owen", "Ibbotson")),
    "de": (("Sabine", "Kürten"), ("Jörg", "Wessels"), ("Meltem", "Aydın"), ("Frank", "Hilgers"),
           ("Anja", "Breuer"), ("Tobias", "Schäfer"), ("Nicole", "Jansen")),
    "fr": (("Sandrine", "Labat"), ("Mathieu", "Darrieux"), ("Nadège", "Cazenave"), ("Julien", "Peyrat"),
           ("Élodie", "Bergès"), ("Karim", "Benali")),
    "es": (("Rocío", "Naranjo"), ("Álvaro", "Castaño"), ("Macarena", "Vela"), ("José Manuel", "Gil"),
           ("Inmaculada", "Ruiz"), ("Curro", "Montes")),
}

ATS: tuple[tuple[str, str], ...] = (
    ("Greenhouse", "no-reply@us.greenhouse-mail.io"), ("Lever", "no-reply@hire.lever.co"),
    ("Workday", "noreply@myworkday.com"), ("Ashby", "no-reply@ashbyhq.com"),
    ("SmartRecruiters", "notifications@smartrecruiters.com"), ("iCIMS", "donotreply@icims.com"),
    ("Workable", "noreply@candidates.workablemail.com"), ("Personio", "noreply@personio.de"),
    ("Teamtailor", "no-reply@teamtailor-mail.com"), ("softgarden", "noreply@softgarden.io"),
    ("Flatchr", "notification@flatchr.io"), ("Factorial", "no-reply@factorialhr.com"),
)

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
}


def fmt_day(lang: str, d: date, with_weekday: bool = True) -> str:
    """Given a language and a day, returns how a person would write it in a sentence."""
    wd = WEEKDAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{wd} {d.day} {mon}" if with_weekday else f"{d.day} {mon}"
    if lang == "de":
        return f"{wd}, den {d.day}. {mon}" if with_weekday else f"{d.day}. {mon}"
    if lang == "fr":
        return f"{wd} {d.day} {mon}" if with_weekday else f"{d.day} {mon}"
    return f"{wd} {d.day} de {mon}" if with_weekday else f"{d.day} de {mon}"


def add_business_days(d: date, n: int) -> date:
    """Given a day and n, returns the day n working days (Mon-Fri) later."""
    cur = d
    while n > 0:
        cur += timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def next_weekday(d: date, wd: int) -> date:
    """Given a day and a weekday index, returns the next such weekday (a week later on that very day)."""
    delta = (wd - d.weekday()) % 7
    return d + timedelta(days=delta or 7)


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns its last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


# kind -> per-language phrase; {n} days, {wd} weekday, {mon} month, {day} explicit day.
PROMISES: dict[str, dict[str, tuple[str, ...]]] = {
    "days": {"en": ("within {n} days", "in the next {n} days"),
             "de": ("innerhalb von {n} Tagen", "in den nächsten {n} Tagen"),
             "fr": ("sous {n} jours", "dans les {n} jours"),
             "es": ("en un plazo de {n} días", "en los próximos {n} días")},
    "bdays": {"en": ("within {n} working days", "in the next {n} business days"),
              "de": ("innerhalb von {n} Arbeitstagen", "binnen {n} Werktagen (Mo-Fr)"),
              "fr": ("sous {n} jours ouvrés", "dans les {n} jours ouvrés"),
              "es": ("en {n} días hábiles", "en un plazo de {n} días laborables")},
    "weekday": {"en": ("by {wd}", "no later than {wd}"), "de": ("bis {wd}", "spätestens am {wd}"),
                "fr": ("d'ici {wd}", "au plus tard {wd}"), "es": ("para el {wd}", "como muy tarde el {wd}")},
    "this_week": {"en": ("by the end of this week", "before the end of the week"),
                  "de": ("bis Ende dieser Woche", "noch diese Woche"),
                  "fr": ("d'ici la fin de la semaine", "avant la fin de cette semaine"),
                  "es": ("antes de que acabe esta semana", "a finales de esta semana")},
    "next_week": {"en": ("by the end of next week", "towards the end of next week"),
                  "de": ("bis Ende nächster Woche", "bis Ende kommender Woche"),
                  "fr": ("d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"),
                  "es": ("a finales de la semana que viene", "antes de que termine la semana próxima")},
    "month": {"en": ("by the end of the month", "before the month is out"),
              "de": ("bis Monatsende", "bis Ende des Monats"),
              "fr": ("d'ici la fin du mois", "avant la fin du mois"), "es": ("antes de fin de mes", "a final de mes")},
    "named_month": {"en": ("by the end of {mon}",), "de": ("bis Ende {mon}",), "fr": ("d'ici fin {mon}",),
                    "es": ("antes de finales de {mon}",)},
    "explicit": {"en": ("by {day}", "on or before {day}"), "de": ("bis zum {day}", "spätestens am {day}"),
                 "fr": ("d'ici le {day}", "au plus tard le {day}"), "es": ("antes del {day}", "como tarde el {day}")},
    "tomorrow": {"en": ("tomorrow", "by tomorrow afternoon"), "de": ("morgen", "bis morgen Nachmittag"),
                 "fr": ("demain", "d'ici demain"), "es": ("mañana", "mañana mismo")},
}

VAGUE: dict[str, tuple[str, ...]] = {
    "en": ("as soon as we can", "in the coming weeks", "shortly", "once the panel has met", "in due course",
           "as soon as I hear anything"),
    "de": ("zeitnah", "so bald wie möglich", "in den nächsten Wochen", "sobald ich etwas höre"),
    "fr": ("dans les meilleurs délais", "prochainement", "dès que possible", "dès que j'ai un retour"),
    "es": ("lo antes posible", "en las próximas semanas", "en breve", "en cuanto sepa algo"),
}


def make_promise(rng: random.Random, lang: str, sent: date) -> tuple[str, date, str]:
    """Given the Date header's local day, returns (phrase, resolved decision day, kind) for a random promise."""
    kinds = ["days", "bdays", "weekday", "next_week", "month", "named_month", "explicit"]
    if sent.weekday() <= 3:
        kinds += ["this_week", "tomorrow"]
    if sent.day > 24:
        kinds.remove("month")
    if sent.weekday() > 4:
        kinds.remove("next_week")  # which week is "next" from a Sunday is ambiguous
    kind = rng.choice(kinds)
    tpl = rng.choice(PROMISES[kind][lang])
    if kind == "days":
        n = rng.choice((3, 5, 7, 10, 14))
        return tpl.format(n=n), sent + timedelta(days=n), kind
    if kind == "bdays":
        n = rng.choice((2, 3, 5, 10))
        return tpl.format(n=n), add_business_days(sent, n), kind
    if kind == "weekday":
        wd = rng.randrange(5)
        return tpl.format(wd=WEEKDAYS[lang][wd]), next_weekday(sent, wd), kind
    if kind == "this_week":
        return tpl, sent + timedelta(days=4 - sent.weekday()), kind
    if kind == "next_week":
        return tpl, sent + timedelta(days=11 - sent.weekday()), kind
    if kind == "month":
        return tpl, month_end(sent.year, sent.month), kind
    if kind == "named_month":
        y, m = (sent.year, sent.month + 1) if sent.month < 12 else (sent.year + 1, 1)
        if sent.day < 12:
            y, m = sent.year, sent.month
        return tpl.format(mon=MONTHS[lang][m - 1]), month_end(y, m), kind
    if kind == "explicit":
        d = sent + timedelta(days=rng.randrange(5, 20))
        while d.weekday() > 4:
            d += timedelta(days=1)
        return tpl.format(day=fmt_day(lang, d, rng.random() < 0.6)), d, kind
    return tpl, sent + timedelta(days=1), kind


_LONG_WORD = re.compile(r"(?<![{\w/@.])[A-Za-z]{7,}(?![\w}/@])")


def slip(rng: random.Random, text: str) -> str:
    """Given a template text, returns it with two adjacent letters swapped in one long plain word (a typo)."""
    words = [m for m in _LONG_WORD.finditer(text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[: m.start()] + w2 + text[m.end():]
