"""Write the holdout9 mail corpus (m9-*.eml) for Tomás Ferreira, a nurse moving into healthcare operations.

Given tests/corpus/mail/gen/holdout9.txt (whole-message templates), writes ~200 .eml files into
tests/corpus/mail/ and replaces only the holdout9 rows of labels.csv / entities.csv (atomically).
Deterministic for the seed; `--list-dates` prints each dated promise with its resolved day.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import hashlib
import html
import io
import os
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

SEED = 90926
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout9.txt"
SPLIT = "holdout9"
PREFIX = "m9-"
USER = Address("Tomás Ferreira", "tomas.ferreira", "gmx.net")

QUOTA: dict[str, dict[str, int]] = {
    "rejection": {"en": 28, "de": 8, "fr": 7, "es": 7},
    "offer": {"en": 14, "de": 4, "fr": 4, "es": 4},
    "next_step": {"en": 16, "de": 5, "fr": 5, "es": 4},
    "pending": {"en": 16, "de": 5, "fr": 4, "es": 5},
    "acknowledgement": {"en": 14, "de": 4, "fr": 4, "es": 4},
    "auto_reply": {"en": 8, "de": 2, "fr": 2, "es": 2},
    "other": {"en": 14, "de": 3, "fr": 4, "es": 3},
}
# Chance that a promise slot carries a dated promise; a further VAGUE share gets a vague one, the rest nothing.
DATED = {"pending": 0.72, "acknowledgement": 0.6, "next_step": 0.6, "rejection": 0.6}
VAGUE = 0.18
PERSON = {"recruiter", "manager", "founder", "agency", "hr", "colleague", "public"}
SLOT = re.compile(r"\{([dt])\+(\d+)\}")

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}

# When-phrases per language and kind of promise; {n} {wd} {d} {m} {month} are filled by the resolver.
WHEN: dict[str, dict[str, list[str]]] = {
    "en": {
        "days": ["within {n} days", "in the next {n} days"],
        "bdays": ["within {n} business days", "within {n} working days"],
        "weekday": ["by {wd}", "no later than {wd}"],
        "this_week": ["by the end of this week", "before the end of the week"],
        "next_week": ["by the end of next week", "by end of next week"],
        "month_end": ["by the end of the month", "before the end of this month"],
        "named_month": ["by the end of {month}"],
        "explicit": ["by {wd}, {month} {d}", "on or before {month} {d}", "by {d} {month}"],
        "tomorrow": ["tomorrow"],
    },
    "de": {
        "days": ["innerhalb von {n} Tagen", "in den nächsten {n} Tagen"],
        "bdays": ["innerhalb von {n} Arbeitstagen"],
        "weekday": ["bis {wd}", "spätestens am {wd}"],
        "this_week": ["bis Ende dieser Woche", "bis Ende der Woche"],
        "next_week": ["bis Ende nächster Woche", "bis Ende kommender Woche"],
        "month_end": ["bis Ende des Monats", "bis Monatsende"],
        "named_month": ["bis Ende {month}"],
        "explicit": ["bis zum {d}.{m}.", "bis spätestens {d}. {month}"],
        "tomorrow": ["morgen"],
    },
    "fr": {
        "days": ["dans les {n} jours"],
        "bdays": ["sous {n} jours ouvrés", "dans un délai de {n} jours ouvrés"],
        "weekday": ["d'ici {wd}", "au plus tard {wd}"],
        "this_week": ["d'ici la fin de la semaine", "avant la fin de cette semaine"],
        "next_week": ["d'ici la fin de la semaine prochaine"],
        "month_end": ["d'ici la fin du mois"],
        "named_month": ["avant fin {month}", "d'ici fin {month}"],
        "explicit": ["d'ici le {wd} {d} {month}", "au plus tard le {d} {month}"],
        "tomorrow": ["demain"],
    },
    "es": {
        "days": ["en un plazo de {n} días", "en los próximos {n} días"],
        "bdays": ["en {n} días hábiles", "en un plazo de {n} días hábiles"],
        "weekday": ["antes del {wd}", "como muy tarde el {wd}"],
        "this_week": ["antes de que acabe esta semana", "a finales de esta semana"],
        "next_week": ["a finales de la semana que viene", "antes de que termine la próxima semana"],
        "month_end": ["antes de fin de mes", "a finales de este mes"],
        "named_month": ["antes de finales de {month}"],
        "explicit": ["antes del {d} de {month}", "como tarde el {wd} {d} de {month}"],
        "tomorrow": ["mañana"],
    },
}
FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "pending": [
            "We expect to reach a decision {when}.",
            "You'll have a final answer from us {when}.",
            "The committee will let you know the outcome {when}.",
        ],
        "acknowledgement": [
            "You will hear back from us {when}.",
            "We aim to respond to every applicant {when}.",
            "Expect an update on your application {when}.",
        ],
        "next_step": [
            "I'll confirm the details with you {when}.",
            "You'll get the formal invitation {when}.",
            "We'll let you know {when} whether you move on to the final round.",
        ],
        "feedback": ["I'll send you the panel's written feedback {when}.", "Written feedback will follow {when}."],
    },
    "de": {
        "pending": ["Wir melden uns {when} mit einer Entscheidung.", "Eine Entscheidung soll {when} fallen."],
        "acknowledgement": ["Eine Rückmeldung folgt {when}.", "Rückmeldung gibt es {when}."],
        "next_step": ["Die Einladung zur nächsten Runde folgt {when}.", "Den Termin bestätigen wir {when}."],
        "feedback": ["Eine schriftliche Begründung folgt {when}."],
    },
    "fr": {
        "pending": [
            "Une décision sera prise {when}.",
            "Nous reviendrons vers vous {when} avec une réponse définitive.",
        ],
        "acknowledgement": ["Nous reviendrons vers vous {when}.", "Une réponse vous sera apportée {when}."],
        "next_step": ["La convocation officielle vous sera envoyée {when}.", "Nous vous confirmerons la date {when}."],
        "feedback": ["Un retour écrit du jury vous sera adressé {when}."],
    },
    "es": {
        "pending": ["Está previsto tomar una decisión {when}.", "Tendremos una respuesta definitiva {when}."],
        "acknowledgement": [
            "Daremos respuesta a todas las candidaturas {when}.",
            "Habrá novedades sobre el proceso {when}.",
        ],
        "next_step": ["La convocatoria para la siguiente fase se enviará {when}.", "Confirmaremos la fecha {when}."],
        "feedback": ["El informe con la valoración se enviará {when}."],
    },
}
VAGUE_TEXT: dict[str, dict[str, list[str]]] = {
    "en": {
        "any": [
            "We hope to have news for you in the coming weeks.",
            "We'll be in touch as soon as we can.",
            "You should hear something soon.",
        ],
        "feedback": ["Feedback will follow once the panel has written it up."],
    },
    "de": {
        "any": ["Wir melden uns, sobald es Neuigkeiten gibt.", "Eine Rückmeldung folgt zeitnah."],
        "feedback": ["Eine Begründung reichen wir gern nach."],
    },
    "fr": {
        "any": ["Nous reviendrons vers vous dans les meilleurs délais.", "Nous vous tiendrons informé prochainement."],
        "feedback": ["Un retour plus détaillé pourra vous être transmis sur demande."],
    },
    "es": {
        "any": ["Habrá novedades en las próximas semanas.", "Daremos respuesta lo antes posible."],
        "feedback": ["Si lo desea, podemos enviarle una valoración más adelante."],
    },
}


@dataclass(frozen=True)
class Template:
    """One whole-message template from the bank."""

    label: str
    lang: str
    trap: str
    sender: str
    quote: str | None
    subject: str
    body: str


@dataclass(frozen=True)
class Promise:
    """A dated promise: its sentence and the day it resolves to."""

    text: str
    day: date


@dataclass(frozen=True)
class Company:
    """An invented employer (or job board / agency) with its region and mail set-up."""

    name: str
    domain: str
    region: str
    kind: str
    ats: str


REGION_TZ = {
    "hamburg": "Europe/Berlin",
    "barcelona": "Europe/Madrid",
    "montreal": "America/Toronto",
    "paris": "Europe/Paris",
    "us": "America/Chicago",
}
LANG_REGIONS = {
    "de": ["hamburg"],
    "es": ["barcelona"],
    "fr": ["montreal", "paris"],
    "en": ["us", "us", "us", "hamburg", "barcelona"],
}
_C = Company
COMPANIES = [
    _C("Elbufer Klinikum", "elbufer-klinikum.de", "hamburg", "hospital", "softgarden"),
    _C("Klinikverbund Nordheide", "kv-nordheide.de", "hamburg", "hospital", "Personio"),
    _C("Pflegezentrum Haus Moorweide", "haus-moorweide.de", "hamburg", "care", "Personio"),
    _C("Alsterkamp Praxisklinik", "alsterkamp-praxisklinik.de", "hamburg", "clinic", "JOIN"),
    _C("Medivento Health GmbH", "medivento.health", "hamburg", "startup", "Ashby"),
    _C("Harnack Pharma Deutschland", "harnack-pharma.com", "hamburg", "pharma", "Workday"),
    _C("Institut für Versorgungsforschung Nord", "ivf-nord.de", "hamburg", "public", "Interamt"),
    _C("PflegeKraft Nord Personaldienste", "pflegekraft-nord.de", "hamburg", "agency", "Personio"),
    _C("Hospital Sant Feliu del Mar", "hsantfeliu.cat", "barcelona", "hospital", "SmartRecruiters"),
    _C("Consorci Sanitari Llevant", "csllevant.cat", "barcelona", "public", "Portal de Empleo"),
    _C("Residència Els Til·lers", "elstillers.cat", "barcelona", "care", "Factorial"),
    _C("Clínica Mirador Salut", "miradorsalut.es", "barcelona", "clinic", "Teamtailor"),
    _C("Tendra Health", "tendra.health", "barcelona", "startup", "Workable"),
    _C("Laboratorios Farmagia", "farmagia.es", "barcelona", "pharma", "Workday"),
    _C("Enfermería Plus Selección", "enfermeriaplus.es", "barcelona", "agency", "Factorial"),
    _C("Centre hospitalier Saint-Laurent-des-Rives", "ch-saintlaurent.qc.ca", "montreal", "hospital", "iCIMS"),
    _C("Clinique Mont-Royal Santé", "cmrsante.ca", "montreal", "clinic", "Workable"),
    _C("Soignéa", "soignea.io", "montreal", "startup", "Lever"),
    _C("Résidence Les Érables d'Outremont", "erables-outremont.ca", "montreal", "care", "Workable"),
    _C("Soins Intérim Québec", "soinsinterim.qc.ca", "montreal", "agency", "Lever"),
    _C("Hôpital privé du Val-de-Bièvre", "hp-valdebievre.fr", "paris", "hospital", "Talentsoft"),
    _C("Laboratoires Vérelle", "verelle.fr", "paris", "pharma", "SmartRecruiters"),
    _C("Observatoire régional de santé Île-Sud", "ors-ilesud.fr", "paris", "public", "Choisir le service public"),
    _C("Mercy Ridge Health System", "mercyridgehealth.org", "us", "hospital", "Workday"),
    _C("Lakeshore Community Hospital", "lakeshorecommunity.org", "us", "hospital", "iCIMS"),
    _C("Cadence Care Partners", "cadencecare.com", "us", "clinic", "Greenhouse"),
    _C("Brightwell Senior Living", "brightwellliving.com", "us", "care", "iCIMS"),
    _C("Nurstep", "nurstep.com", "us", "startup", "Ashby"),
    _C("Halvorsen Pharmaceuticals", "halvorsenpharma.com", "us", "pharma", "Greenhouse"),
    _C("Marlow County Public Health Department", "marlowcounty.gov", "us", "public", "NEOGOV"),
    _C("Vitalis Clinical Staffing", "vitalisstaffing.com", "us", "agency", "Lever"),
    _C("Pulsewise", "pulsewise.health", "us", "startup", "Lever"),
]
BOARDS = {
    "en": Company("CareerPulse Health", "careerpulse-health.com", "us", "board", ""),
    "de": Company("Pflegejobs Nord", "pflegejobs-nord.de", "hamburg", "board", ""),
    "fr": Company("Emploi Santé Plus", "emploisanteplus.fr", "paris", "board", ""),
    "es": Company("SaludEmpleo", "saludempleo.es", "barcelona", "board", ""),
}
SENDER_KINDS = {"founder": {"startup"}, "agency": {"agency"}, "public": {"public"}, "colleague": {"hospital", "care"}}
EMPLOYER_KINDS = {"hospital", "clinic", "care", "startup", "pharma"}
PEOPLE = {
    "hamburg": [
        "Anja Kröger",
        "Malte Brodersen",
        "Svenja Thiessen",
        "Dr. Katrin Lührs",
        "Jonas Ahlers",
        "Birte Hansen",
        "Yusuf Demir",
        "Frauke Petersen",
    ],
    "barcelona": [
        "Núria Puigdomènech",
        "Jordi Casals",
        "Marta Ibáñez",
        "Lucía Serrano",
        "Pau Ferrer",
        "Elena Rovira",
        "Carlos Martín",
    ],
    "montreal": ["Geneviève Tremblay", "Mathieu Gagnon", "Isabelle Côté", "Karim Benali", "Émilie Bouchard"],
    "paris": ["Claire Morel", "Sébastien Lefèvre", "Aurélie Dubois", "Nadia Haddou", "Thomas Girard"],
    "us": [
        "Jennifer Walsh",
        "Marcus Bell",
        "Dana Okafor",
        "Kristen Albright",
        "Luis Ortega",
        "Priya Raman",
        "Tom Kowalski",
        "Heather McKenna",
    ],
}
ROLES = {
    "en": [
        "Clinical Informatics Specialist",
        "Nurse Informaticist",
        "Healthcare Operations Analyst",
        "Patient Flow Coordinator",
        "Clinical Operations Manager",
        "EHR Implementation Nurse (Epic)",
        "Quality & Patient Safety Coordinator",
        "Clinical Product Specialist",
        "RN Care Coordinator",
    ],
    "de": [
        "Pflegeexperte Digitalisierung (m/w/d)",
        "Referent Pflegedirektion – Prozessmanagement (m/w/d)",
        "Klinischer Informatiker (m/w/d)",
        "Gesundheits- und Krankenpfleger Intensiv (m/w/d)",
        "Bettenmanager (m/w/d)",
        "Stationsleitung Geriatrie (m/w/d)",
    ],
    "fr": [
        "Infirmier coordonnateur",
        "Chargé de projet informatique clinique",
        "Cadre de santé – gestion des lits",
        "Analyste des opérations cliniques",
        "Conseiller en soins infirmiers",
    ],
    "es": [
        "Enfermero/a gestor/a de casos",
        "Coordinador/a de operaciones asistenciales",
        "Técnico/a de informática clínica",
        "Enfermero/a de práctica avanzada",
        "Supervisor/a de admisiones",
    ],
}


def shift_weekday(day: date) -> date:
    """Given a day, returns it or the following Monday when it falls on a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_business_days(day: date, n: int) -> date:
    """Given a day and n, returns the day n weekdays later (Saturday and Sunday skipped)."""
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def month_last(year: int, month: int) -> date:
    """Given a year and month, returns its last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


def dated_promise(rng: random.Random, lang: str, kind: str, sent: datetime) -> Promise:
    """Given the language, kind and Date header, returns a promise sentence and the day it resolves to."""
    today = sent.date()
    kinds = ["days", "bdays", "weekday", "next_week", "explicit", "named_month"]
    if today.weekday() < 4:
        kinds += ["this_week", "tomorrow"]
    if month_last(today.year, today.month) - today > timedelta(days=6):
        kinds.append("month_end")
    what = rng.choice(kinds)
    fields: dict[str, str] = {}
    if what == "days":
        n = rng.choice([3, 5, 7, 10, 14])
        fields["n"], day = str(n), today + timedelta(days=n)
    elif what == "bdays":
        n = rng.choice([2, 3, 5, 10])
        fields["n"], day = str(n), add_business_days(today, n)
    elif what == "weekday":
        wd = rng.choice([1, 2, 3, 4])
        ahead = (wd - today.weekday()) % 7 or 7
        fields["wd"], day = WEEKDAYS[lang][wd], today + timedelta(days=ahead)
    elif what == "this_week":
        day = today + timedelta(days=4 - today.weekday())
    elif what == "next_week":
        day = today + timedelta(days=11 - today.weekday())
    elif what == "month_end":
        day = month_last(today.year, today.month)
    elif what == "named_month":
        first_next = month_last(today.year, today.month) + timedelta(days=1)
        if month_last(today.year, today.month) - today > timedelta(days=9) and rng.random() < 0.5:
            day = month_last(today.year, today.month)
        else:
            day = month_last(first_next.year, first_next.month)
        fields["month"] = MONTHS[lang][day.month - 1]
    elif what == "explicit":
        day = shift_weekday(today + timedelta(days=rng.randrange(4, 21)))
        fields.update(
            wd=WEEKDAYS[lang][day.weekday()], d=str(day.day), m=str(day.month), month=MONTHS[lang][day.month - 1]
        )
    else:
        day = today + timedelta(days=1)
    when = rng.choice(WHEN[lang][what]).format(**fields)
    return Promise(rng.choice(FRAMES[lang][kind]).format(when=when), day)


def vague_promise(rng: random.Random, lang: str, kind: str) -> str:
    """Given the language and kind, returns a promise sentence with no resolvable day."""
    return rng.choice(VAGUE_TEXT[lang]["feedback" if kind == "feedback" else "any"])


def slot_time(day: date) -> tuple[int, int]:
    """Given a day, returns a stable interview time on it (hour, minute)."""
    return [(9, 0), (10, 30), (13, 0), (14, 15), (15, 30), (11, 0)][day.toordinal() % 6]


def format_day(lang: str, day: date) -> str:
    """Given a language and a day, returns the day written the way that language writes it in mail."""
    wd, month = WEEKDAYS[lang][day.weekday()], MONTHS[lang][day.month - 1]
    return {
        "en": f"{wd}, {month} {day.day}",
        "de": f"{wd}, {day.day}. {month}",
        "fr": f"{wd} {day.day} {month}",
        "es": f"{wd} {day.day} de {month}",
    }[lang]


def format_slot(lang: str, day: date) -> str:
    """Given a language and a day, returns the day with its interview time."""
    h, m = slot_time(day)
    clock = {
        "en": f"at {h % 12 or 12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",
        "de": f"um {h}:{m:02d} Uhr",
        "fr": f"à {h} h {m:02d}",
        "es": f"a las {h}:{m:02d}",
    }[lang]
    return f"{format_day(lang, day)} {clock}"


def load_bank(path: Path) -> list[Template]:
    """Given the bank file, returns its templates; raises ValueError on a malformed header."""
    out: list[Template] = []
    for chunk in path.read_text(encoding="utf-8").split("\n@@ ")[1:]:
        header, _, rest = chunk.partition("\n")
        head = header.split()
        subject_line, _, body = rest.partition("\n")
        if len(head) < 4 or not subject_line.startswith("Subject: "):
            raise ValueError(f"bad template {header!r}")
        quote = next((h[2:] for h in head[4:] if h.startswith("q=")), None)
        out.append(Template(head[0], head[1], head[2], head[3], quote, subject_line[9:], body.strip("\n")))
    return out


def slip(rng: random.Random, text: str) -> str:
    """Given template text, returns it with two letters swapped in one longer word outside placeholders."""
    spans = [m for m in re.finditer(r"(?<![{\w])[a-zà-ÿ]{7,}(?![\w}])", text)]
    if not spans:
        return text
    m = rng.choice(spans)
    word = m.group(0)
    i = rng.randrange(1, len(word) - 2)
    word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return text[: m.start()] + word + text[m.end() :]


def pick_company(rng: random.Random, tpl: Template) -> Company:
    """Given a template, returns an employer that fits its language and sender."""
    if tpl.sender == "board":
        return BOARDS[tpl.lang]
    regions = LANG_REGIONS[tpl.lang]
    kinds = SENDER_KINDS.get(tpl.sender, EMPLOYER_KINDS)
    if tpl.trap in {"waitlist", "public_formal"}:
        kinds = {"public"}
    region = "us" if tpl.lang == "en" and kinds == {"public"} else rng.choice(regions)
    pool = [c for c in COMPANIES if c.region == region and c.kind in kinds]
    if not pool:
        pool = [c for c in COMPANIES if c.region in regions and c.kind in kinds] or [
            c for c in COMPANIES if c.region in regions and c.kind in EMPLOYER_KINDS
        ]
    return rng.choice(pool)


def pick_date(rng: random.Random, tz: ZoneInfo, sender: str) -> datetime:
    """Given a sender kind, returns a local send time in autumn 2026 (weekdays, except phones and robots)."""
    day = date(2026, 10, 5) + timedelta(days=rng.randrange(0, 58))
    if sender not in {"ooo", "noreply", "founder", "board"}:
        day = shift_weekday(day)
    hours = [7, 9, 12, 18, 21, 23] if sender == "founder" else [8, 9, 10, 11, 13, 14, 15, 16, 17]
    return datetime(day.year, day.month, day.day, rng.choice(hours), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def fill(tpl: Template, rng: random.Random, sent: datetime, values: dict[str, str]) -> tuple[str, str, Promise | None]:
    """Given a template, its send time and names, returns the subject, the body and its dated promise (if any)."""
    offsets = [int(m.group(2)) for m in SLOT.finditer(tpl.body + tpl.subject)]
    floor = sent.date() + timedelta(days=max(offsets, default=0))
    promise: Promise | None = None
    said = ""
    kind = "feedback" if "{fpromise}" in tpl.body else tpl.label
    if "{promise}" in tpl.body or "{fpromise}" in tpl.body:
        roll = rng.random()
        if roll < DATED.get(tpl.label, 0.0):
            for _ in range(30):
                cand = dated_promise(rng, tpl.lang, kind, sent)
                if cand.day > floor:
                    promise = cand
                    break
            said = promise.text if promise else ""
        elif roll < DATED.get(tpl.label, 0.0) + VAGUE:
            said = vague_promise(rng, tpl.lang, kind)
    body = slip(rng, tpl.body) if tpl.sender in PERSON and rng.random() < 0.3 else tpl.body
    vals = {**values, "promise": said, "fpromise": said}
    body = re.sub(r"[ \t]+\n", "\n", render(body, tpl.lang, sent, vals))
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return render(tpl.subject, tpl.lang, sent, vals), body, promise


def render(text: str, lang: str, sent: datetime, values: dict[str, str]) -> str:
    """Given text with placeholders, returns it with dates and names filled in."""
    fmt: dict[str, Callable[[str, date], str]] = {"d": format_day, "t": format_slot}
    text = SLOT.sub(lambda m: fmt[m.group(1)](lang, shift_weekday(sent.date() + timedelta(days=int(m.group(2))))), text)
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), text)


def assign(templates: list[Template], rng: random.Random) -> list[Template]:
    """Given the bank, returns one template per message so that each label x language quota is met."""
    chosen: list[Template] = []
    for label, langs in QUOTA.items():
        for lang, n in langs.items():
            pool = [t for t in templates if t.label == label and t.lang == lang]
            if not pool:
                raise ValueError(f"no template for {label}/{lang}")
            order: list[Template] = []
            while len(order) < n:
                batch = pool[:]
                rng.shuffle(batch)
                order.extend(batch)
            chosen.extend(order[:n])
    rng.shuffle(chosen)
    return chosen


def write_rows(path: Path, header: str, rows: list[list[str]]) -> None:
    """Given a CSV and this split's rows, rewrites it keeping every other row byte for byte (atomically)."""
    kept = [ln for ln in path.read_text(encoding="utf-8").splitlines(keepends=True) if not ln.startswith(PREFIX)]
    if not kept or kept[0].strip() != header:
        raise ValueError(f"{path.name}: unexpected header")
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    tmp = path.with_name(path.name + ".tmp-holdout9")
    tmp.write_text("".join(kept) + buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


# ---- MIME: quotes of the candidate's own mail, signatures and layouts (built with the stdlib email package) ----

QUOTES: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "thankyou": (
            "Thank you",
            "Hi {rfirst},\n\nThank you for taking the time to meet with me yesterday. I enjoyed "
            "hearing how your team runs the morning bed huddle, and it confirmed how much I'd like to bring "
            "my bedside experience to the {role} role.\n\nBest regards,\nTomás Ferreira, RN",
        ),
        "followup": (
            "Checking in on {role}",
            "Hi {rfirst},\n\nI hope you're well. I wanted to follow up on my "
            "interview for the {role} position. I'm still very interested and would be grateful for any "
            "update on the timeline.\n\nKind regards,\nTomás",
        ),
        "withdraw": (
            "Withdrawing my application",
            "Dear {rfirst},\n\nThank you for considering me for the {role} "
            "position. I have accepted another offer and would like to withdraw my application. I really "
            "appreciated the conversations with your team.\n\nBest wishes,\nTomás Ferreira",
        ),
        "deadline": (
            "{role} – timeline",
            "Hi {rfirst},\n\nI wanted to let you know that I have received an offer "
            "from another hospital and need to give them an answer by Friday. {company} is my first "
            "choice, so I'd be grateful to know where things stand.\n\nThanks,\nTomás",
        ),
    },
    "de": {
        "thankyou": (
            "Danke für das Gespräch",
            "Hallo {rfirst},\n\nvielen Dank für das offene Gespräch gestern und "
            "die Führung über die Station. Ich würde mich sehr freuen, meine Erfahrung aus der Intensivpflege "
            "in die Stelle {role} einzubringen.\n\nViele Grüße\nTomás Ferreira",
        ),
        "followup": (
            "Nachfrage {role}",
            "Sehr geehrte Damen und Herren,\n\nich wollte mich höflich nach dem Stand "
            "meiner Bewerbung als {role} erkundigen. Ich bin weiterhin sehr interessiert.\n\nMit freundlichen "
            "Grüßen\nTomás Ferreira",
        ),
        "withdraw": (
            "Rücknahme meiner Bewerbung",
            "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine "
            "Bewerbung als {role} zurück, da ich mich für eine andere Stelle entschieden habe. Vielen Dank "
            "für Ihr Interesse.\n\nMit freundlichen Grüßen\nTomás Ferreira",
        ),
    },
    "fr": {
        "thankyou": (
            "Merci pour l'entretien",
            "Bonjour {rfirst},\n\nMerci encore pour l'échange d'hier et pour la "
            "visite de l'unité. Le poste de {role} me motive d'autant plus.\n\nBien à vous,\nTomás Ferreira",
        ),
        "followup": (
            "Suivi de ma candidature",
            "Bonjour,\n\nJe me permets de revenir vers vous au sujet de ma "
            "candidature au poste de {role}. Je reste très intéressé.\n\nCordialement,\nTomás Ferreira",
        ),
        "withdraw": (
            "Retrait de ma candidature",
            "Bonjour {rfirst},\n\nJe vous remercie pour votre confiance. "
            "J'ai accepté une autre proposition et je souhaite retirer ma candidature au poste de "
            "{role}.\n\nBien cordialement,\nTomás Ferreira",
        ),
    },
    "es": {
        "thankyou": (
            "Gracias por la entrevista",
            "Hola {rfirst}:\n\nMuchas gracias por la entrevista de ayer. Me "
            "encantó conocer cómo organizáis las altas en planta.\n\nUn saludo,\nTomás Ferreira",
        ),
        "followup": (
            "Seguimiento candidatura {role}",
            "Hola {rfirst}:\n\nQuería preguntar por el estado de mi "
            "candidatura al puesto de {role}. Sigo muy interesado.\n\nGracias,\nTomás",
        ),
        "withdraw": (
            "Retirada de candidatura",
            "Hola:\n\nOs escribo para retirar mi candidatura al puesto de {role}, "
            "ya que he aceptado otra oferta. Muchas gracias por todo.\n\nUn saludo,\nTomás Ferreira",
        ),
    },
}
SIGNOFF = {
    "en": (["Sincerely,", "Kind regards,", "Best regards,"], ["Best,", "Thanks,", "Cheers,", "All the best,", "–"]),
    "de": (["Mit freundlichen Grüßen", "Freundliche Grüße"], ["Viele Grüße", "LG", "Beste Grüße"]),
    "fr": (["Bien cordialement,", "Cordialement,"], ["À bientôt,", "Belle journée,", "Bien à toi,"]),
    "es": (["Atentamente,", "Saludos cordiales,"], ["Un saludo,", "Un abrazo,", "¡Saludos!"]),
}
TITLES = {
    "en": {
        "recruiter": "Talent Acquisition Partner",
        "hr": "Human Resources",
        "manager": "Nurse Manager, Patient Flow",
        "founder": "Co-founder & CEO",
        "agency": "Senior Consultant – Healthcare",
        "public": "Personnel Services",
        "colleague": "Nurse Manager, 4 West",
    },
    "de": {
        "recruiter": "Recruiting",
        "hr": "Personalabteilung",
        "manager": "Pflegedienstleitung",
        "founder": "Gründer & Geschäftsführer",
        "agency": "Personalberatung Pflege",
        "public": "Personalservice",
        "colleague": "Stationsleitung",
    },
    "fr": {
        "recruiter": "Conseillère en acquisition de talents",
        "hr": "Direction des ressources humaines",
        "manager": "Cadre supérieure de santé",
        "founder": "Cofondateur",
        "agency": "Chargée de recrutement santé",
        "public": "Service du personnel",
        "colleague": "Cadre de santé",
    },
    "es": {
        "recruiter": "Talent Acquisition",
        "hr": "Departamento de Personas",
        "manager": "Supervisora de Enfermería",
        "founder": "Cofundador y CEO",
        "agency": "Consultora de selección sanitaria",
        "public": "Servicio de Personal",
        "colleague": "Supervisora de planta",
    },
}
DISCLAIMER = {
    "en": "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential. Nothing in this message "
    "constitutes an offer of employment or a contract unless confirmed in a signed letter. If you received it "
    "in error, we regret any inconvenience; please notify the sender and delete it.",
    "de": "Diese E-Mail enthält vertrauliche Informationen und stellt kein verbindliches Angebot dar. Sollten Sie "
    "sie irrtümlich erhalten haben, bedauern wir dies und bitten Sie, den Absender zu informieren.",
    "fr": "Ce message et ses pièces jointes sont confidentiels. Il ne constitue en aucun cas une offre d'emploi. Si "
    "vous l'avez reçu par erreur, nous vous prions de nous en excuser et de le détruire.",
    "es": "Este mensaje es confidencial y no constituye una oferta vinculante. Si lo ha recibido por error, lamentamos "
    "las molestias y le rogamos que lo elimine.",
}
UI = {
    "en": (
        "View your application",
        "Powered by",
        "is an equal opportunity employer. We offer reasonable accommodation during the hiring process.",
        "Forwarded message",
        "wrote:",
        "Sent from my iPhone",
    ),
    "de": (
        "Zum Bewerberportal",
        "Powered by",
        "fördert Vielfalt. Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.",
        "Weitergeleitete Nachricht",
        "schrieb:",
        "Von meinem iPhone gesendet",
    ),
    "fr": (
        "Voir ma candidature",
        "Propulsé par",
        "souscrit à l'égalité des chances et offre des mesures d'adaptation sur demande.",
        "Message transféré",
        "a écrit :",
        "Envoyé de mon iPhone",
    ),
    "es": (
        "Ver mi candidatura",
        "Con la tecnología de",
        "es una entidad que ofrece igualdad de oportunidades.",
        "Mensaje reenviado",
        "escribió:",
        "Enviado desde mi iPhone",
    ),
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}
FWD_NOTE = {
    "en": "Tomás – see below from the hiring team. Happy to talk it through.",
    "de": "Hallo Tomás, zur Info die Nachricht unten.",
    "fr": "Bonjour Tomás, je vous transfère le message ci-dessous.",
    "es": "Hola Tomás, te reenvío el mensaje de abajo.",
}
FWD_DATE = {"de": "Datum", "es": "Fecha"}
# A tiny, valid-looking PDF stands in for the offer letter / contract attachment.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PDF_NAME = {
    "en": "Offer_Letter_Tomas_Ferreira.pdf",
    "de": "Arbeitsvertrag_Ferreira.pdf",
    "fr": "Promesse_embauche_Ferreira.pdf",
    "es": "Carta_oferta_Ferreira.pdf",
}
CHARSETS = [
    ("utf-8", "8bit"),
    ("utf-8", "quoted-printable"),
    ("utf-8", "base64"),
    ("iso-8859-1", "quoted-printable"),
    ("iso-8859-1", "8bit"),
    ("windows-1252", "quoted-printable"),
]


def signature(rng: random.Random, lang: str, sender: str, person: str, company: Company) -> str:
    """Given a writer, returns a sign-off and signature block (some with a legal disclaimer)."""
    formal = sender in {"hr", "public"}
    lines = [rng.choice(SIGNOFF[lang][0 if formal else 1])]
    if sender == "founder":
        lines += [person.split()[0]] + ([UI[lang][5]] if rng.random() < 0.5 else [])
        return "\n".join(lines)
    lines += [person, f"{TITLES[lang][sender]} | {company.name}" if rng.random() < 0.5 else TITLES[lang][sender]]
    if rng.random() < 0.5:
        lines.append(company.name)
    if sender in {"hr", "recruiter", "agency"} and rng.random() < 0.4:
        lines += ["", DISCLAIMER[lang]]
    return "\n".join(lines)


def to_html(text: str) -> str:
    """Given plain text, returns simple client-style HTML (paragraphs, lists, links)."""
    out: list[str] = []
    for para in text.split("\n\n"):
        rows = para.split("\n")
        if all(r.lstrip().startswith(("- ", "• ", "* ")) for r in rows):
            out.append("<ul>" + "".join(f"<li>{html.escape(r.lstrip()[2:])}</li>" for r in rows) + "</ul>")
        else:
            esc = "<br>\n".join(html.escape(r) for r in rows)
            out.append("<p>" + re.sub(r"(https://\S+)", r'<a href="\1">\1</a>', esc) + "</p>")
    return "\n".join(out)


def ats_html(lang: str, company: Company, body: str, portal: str) -> str:
    """Given an ATS mail body, returns the platform's table HTML with a hidden preheader, button and footer."""
    button, powered, eeo = UI[lang][0], UI[lang][1], UI[lang][2]
    pre = html.escape(body.split("\n\n")[1][:90] if "\n\n" in body else body[:90])
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f5f7">'
        f'<span style="display:none;max-height:0;overflow:hidden">{pre}</span>'
        f'<table width="600" align="center" cellpadding="24" style="background:#fff;font-family:Arial">'
        f'<tr><td><img src="https://careers.{company.domain}/logo.png" alt="{html.escape(company.name)}"></td></tr>'
        f"<tr><td>{to_html(body)}</td></tr>"
        f'<tr><td><a href="{portal}" style="background:#0b6e4f;color:#fff;padding:12px 20px">{button}</a></td></tr>'
        f'<tr><td style="font-size:11px;color:#888">{powered} {html.escape(company.ats)} · '
        f"{html.escape(company.name)} {eeo}</td></tr></table></body></html>"
    )


def attribution(lang: str, when: datetime, style: str) -> str:
    """Given a language, the quoted mail's time and a client style, returns the 'X wrote:' line."""
    who = "Tomás Ferreira <tomas.ferreira@gmx.net>"
    wd, mon = WEEKDAYS[lang][when.weekday()][:3], MONTHS[lang][when.month - 1][:3]
    if lang == "de":
        return f"Am {when:%d.%m.%Y} um {when:%H:%M} schrieb {who}:"
    if lang == "fr":
        return f"Le {wd}. {when.day} {mon}. {when.year} à {when:%H:%M}, {who} a écrit :"
    if lang == "es":
        return f"El {wd}, {when.day} {mon} {when.year} a las {when:%H:%M}, {who} escribió:"
    if style == "apple":
        return f"On {when.day} {mon} {when.year}, at {when:%H:%M}, {who} wrote:"
    return f"On {wd}, {mon} {when.day}, {when.year} at {when:%I:%M %p}, {who} wrote:"


def build_message(
    rng: random.Random,
    lang: str,
    sender: str,
    *,
    subject: str,
    body: str,
    sig: str,
    sent: datetime,
    company: Company,
    person: str,
    user: Address,
    quote: tuple[str, str] | None,
    dated: bool,
    seed: str,
    values: dict[str, str],
    attach_pdf: bool = False,
) -> tuple[EmailMessage, str]:
    """Given the filled message and its sender, returns the MIME message and its layout name."""
    msg = EmailMessage()
    local = re.sub(
        r"[^a-z.]",
        "",
        person.lower()
        .replace("dr. ", "")
        .replace(" ", ".")
        .translate(str.maketrans("áàâäéèêëíïîóôöúüûñçò·", "aaaaeeeeiiiooouuuncol")),
    )
    person_addr = Address(person, local, company.domain)
    text = body + ("\n\n" + sig if sig else "")
    is_reply = subject.startswith(("Re:", "RE:", "AW:", "Fwd:", "RV:", "TR:"))
    if (
        quote is None
        and not is_reply
        and sender in {"recruiter", "manager", "founder", "agency"}
        and rng.random() < 0.25
    ):
        key = "thankyou" if rng.random() < 0.5 else "followup"
        q_subject, q_text = QUOTES[lang][key]
        quote = (render(q_subject, lang, sent, values), render(q_text, lang, sent, values))
        subject = {"de": "AW: ", "fr": "RE: ", "es": "RE: "}.get(lang, "Re: ") + quote[0]
    if sender == "ats":
        layout = rng.choice(["ats_html", "ats_alt"])
        name = rng.choice([f"{company.name} via {company.ats}", company.ats, f"{company.name} Careers"])
        msg["From"] = Address(name, "no-reply", f"{company.ats.lower().replace(' ', '')}mail.com")
        if rng.random() < 0.6:
            msg["Reply-To"] = person_addr
    elif sender == "board":
        layout = "board_html"
        msg["From"] = Address(company.name, "alerts", company.domain)
        msg["List-Unsubscribe"] = f"<https://{company.domain}/unsubscribe?u={seed[:10]}>"
        msg["Precedence"] = "bulk"
    elif sender == "noreply":
        layout = "plain"
        msg["From"] = Address(f"{company.name} Recruiting", "noreply", company.domain)
        msg["Auto-Submitted"] = "auto-replied"
    else:
        msg["From"] = person_addr
        if sender == "ooo":
            layout = "plain"
            if rng.random() < 0.7:
                msg["Auto-Submitted"] = "auto-replied"
                msg["X-Autoreply"] = "yes"
        elif sender == "invite":
            layout = "invite"
        elif quote is not None:
            layout = rng.choice(["reply_gmail", "reply_apple", "reply_outlook"])
        else:
            options = ["plain", "plain", "alternative", "html_only"]
            if sender in {"recruiter", "agency"} and not dated:
                options.append("fwd")
            layout = rng.choice(options)
    msg["To"] = user
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{seed[:24]}@{company.domain}>"
    if quote is not None:
        ref = f"<{seed[24:36]}.{seed[:6]}@gmx.net>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    portal = values["portal"]
    if layout in {"ats_html", "ats_alt"}:
        page = ats_html(lang, company, body, portal)
        if layout == "ats_alt":
            msg.set_content(f"{body}\n\n{UI[lang][0]}: {portal}\n")
            msg.add_alternative(page, subtype="html")
        else:
            msg.set_content(page, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    elif layout == "board_html":
        msg.set_content(body + "\n")
        msg.add_alternative(
            f"<html><body><h2>{html.escape(company.name)}</h2>{to_html(body)}"
            f'<p style="font-size:10px"><a href="https://{company.domain}/unsubscribe">Unsubscribe</a>'
            "</p></body></html>",
            subtype="html",
        )
    elif layout == "invite":
        slot_days = int(values.get("slot_days", "5"))
        layout = build_invite(msg, text, sent, company, person_addr, user, seed, subject, slot_days)
    elif layout.startswith("reply_") and quote is not None:
        layout = build_reply(rng, msg, lang, layout, text, sent, quote, user)
    elif layout == "fwd":
        inner_when = sent - timedelta(hours=rng.randrange(2, 30))
        head = (
            f"---------- {UI[lang][3]} ---------\n{OUTLOOK[lang][0]}: {company.name} <talent@{company.domain}>\n"
            f"{FWD_DATE.get(lang, 'Date')}: {format_datetime(inner_when)}\n"
            f"{OUTLOOK[lang][3]}: {subject}\n{OUTLOOK[lang][2]}: {person_addr.addr_spec}\n\n"
        )
        msg.replace_header("Subject", "Fwd: " + subject)
        msg.set_content(f"{FWD_NOTE[lang]}\n\n{sig}\n\n{head}{body}\n")
    elif layout == "alternative":
        msg.set_content(text + "\n")
        msg.add_alternative(f"<html><body>{to_html(text)}</body></html>", subtype="html")
    elif layout == "html_only":
        msg.set_content(f"<html><body><div>{to_html(text)}</div></body></html>", subtype="html")
    else:
        charset, cte = rng.choice(CHARSETS)
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        msg.set_content(text + "\n", charset=charset, cte=cte)
        layout = f"plain/{charset}/{cte}"
    if attach_pdf:
        msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=PDF_NAME[lang])
        layout += "+pdf"
    set_boundaries(msg, seed)
    return msg, layout


def build_reply(
    rng: random.Random,
    msg: EmailMessage,
    lang: str,
    style: str,
    text: str,
    sent: datetime,
    quote: tuple[str, str],
    user: Address,
) -> str:
    """Given a reply and the candidate's quoted mail, fills msg in Gmail, Apple Mail or Outlook style."""
    q_subject, q_text = quote
    when = sent - timedelta(days=rng.randrange(1, 7), hours=rng.randrange(0, 5))
    if style == "reply_outlook":
        f, s, t, subj = OUTLOOK[lang]
        head = (
            f"________________________________\n{f}: Tomás Ferreira <{user.addr_spec}>\n"
            f"{s}: {format_day(lang, when.date())} {when:%H:%M}\n{t}: {msg['From']}\n{subj}: {q_subject}\n\n"
        )
        msg.set_content(f"{text}\n\n{head}{q_text}\n")
        if rng.random() < 0.5:
            return "reply_outlook/text"
        rows = "<br>".join(html.escape(r) for r in head.strip().split("\n")[1:])
        msg.add_alternative(
            f'<html><body><div class="WordSection1">{to_html(text)}</div><hr style="display:inline-block;width:98%">'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt">{rows}</font></div>'
            f"<div>{to_html(q_text)}</div></body></html>",
            subtype="html",
        )
        return "reply_outlook/html"
    quoted = "\n".join("> " + ln if ln else ">" for ln in q_text.split("\n"))
    if style == "reply_apple":
        phone = UI[lang][5]
        msg.set_content(f"{text}\n\n{phone}\n\n> {attribution(lang, when, 'apple')}\n>\n{quoted}\n")
        return "reply_apple"
    attr = attribution(lang, when, "gmail")
    msg.set_content(f"{text}\n\n{attr}\n\n{quoted}\n")
    msg.add_alternative(
        f'<div dir="ltr">{to_html(text)}</div><br><div class="gmail_quote"><div class="gmail_attr">'
        f'{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
        f'border-left:1px #ccc solid;padding-left:1ex">{to_html(q_text)}</blockquote></div>',
        subtype="html",
    )
    return "reply_gmail"


def build_invite(
    msg: EmailMessage,
    text: str,
    sent: datetime,
    company: Company,
    organizer: Address,
    user: Address,
    seed: str,
    subject: str,
    slot_days: int,
) -> str:
    """Given an invitation mail, fills msg with text, HTML and a text/calendar REQUEST part made with icalendar."""
    day = shift_weekday(sent.date() + timedelta(days=slot_days))
    h, m = slot_time(day)
    start = datetime(day.year, day.month, day.day, h, m, tzinfo=sent.tzinfo)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//afterview holdout9//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = icalendar.Event()
    ev.add("uid", f"{seed[:20]}@{company.domain}")
    ev.add("dtstamp", sent)
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(hours=1))
    ev.add("summary", subject.split(": ", 1)[-1].split(" @ ")[0].split(" (")[0])
    ev.add("organizer", f"mailto:{organizer.addr_spec}")
    ev.add("attendee", f"mailto:{user.addr_spec}")
    cal.add_component(ev)
    cal.add_missing_timezones()
    msg.set_content(text + "\n")
    msg.add_alternative(f"<html><body>{to_html(text)}</body></html>", subtype="html")
    msg.add_alternative(cal.to_ical().decode("utf-8"), subtype="calendar", params={"method": "REQUEST"})
    return "invite"


def set_boundaries(msg: EmailMessage, seed: str) -> None:
    """Given a message, gives every multipart a stable boundary so output is byte-identical for the seed."""
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"==av9_{seed[:12]}_{n}==")


def main() -> None:
    """Given the command line, writes the corpus (or also lists the dated promises)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list-dates", action="store_true", help="print each dated promise and its day")
    args = parser.parse_args()
    rng = random.Random(SEED)
    plan = assign(load_bank(BANK), rng)
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for idx, tpl in enumerate(plan, start=1):
        company = pick_company(rng, tpl)
        role = rng.choice(ROLES[tpl.lang])
        person = rng.choice(PEOPLE[company.region])
        values = {
            "first": "Tomás",
            "company": company.name,
            "role": role,
            "domain": company.domain,
            "rname": person,
            "rfirst": person.replace("Dr. ", "").split()[0],
            "ats": company.ats,
            "cand": rng.choice([p for p in PEOPLE[company.region] if p != person]),
            "portal": f"https://careers.{company.domain}/candidate/{rng.randrange(10**6, 10**7)}",
            "req": str(rng.randrange(10000, 99999)),
        }
        slots = [m.group(2) for m in SLOT.finditer(tpl.subject + tpl.body) if m.group(1) == "t"]
        values["slot_days"] = slots[0] if slots else "5"
        sent = pick_date(rng, ZoneInfo(REGION_TZ[company.region]), tpl.sender)
        subject, body, promise = fill(tpl, rng, sent, values)
        name = f"{PREFIX}{idx:04d}-{tpl.label}-{tpl.lang}.eml"
        seed = hashlib.sha1(f"{SEED}:{name}".encode()).hexdigest()
        quote = None
        if tpl.quote:
            q_subject, q_text = QUOTES[tpl.lang][tpl.quote]
            quote = (render(q_subject, tpl.lang, sent, values), render(q_text, tpl.lang, sent, values))
        sig = signature(rng, tpl.lang, tpl.sender, person, company) if tpl.sender in PERSON else ""
        msg, layout = build_message(
            rng,
            tpl.lang,
            tpl.sender,
            subject=subject,
            body=body,
            sig=sig,
            sent=sent,
            company=company,
            person=person,
            user=USER,
            quote=quote,
            dated=promise is not None,
            seed=seed,
            values=values,
            attach_pdf=tpl.trap in {"formal_offer", "welcome_aboard"} and rng.random() < 0.7,
        )
        (CORPUS / name).write_bytes(bytes(msg))
        day = promise.day.isoformat() if promise else ""
        if args.list_dates and promise:
            print(f"{name}\t{sent:%a %Y-%m-%d}\t{promise.text}\t{day}")
        labels.append([name, tpl.label, day, SPLIT, tpl.trap])
        entities.append([name, tpl.lang, company.name, role, layout])
    write_rows(CORPUS / "labels.csv", "file,label,decision_date,split,trap", labels)
    write_rows(CORPUS / "entities.csv", "file,lang,company,role,layout", entities)
    print(f"wrote {len(plan)} messages, {sum(1 for r in labels if r[2])} with a decision date")


if __name__ == "__main__":
    main()
