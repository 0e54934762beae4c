"""train9 core: template mini-language, slips and the decision-date resolver (issue 3's definitions)."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


@dataclass(frozen=True)
class Template:
    """One whole-message template: label, trap, sender kind, subject and body in the mini-language."""

    label: str
    lang: str
    trap: str
    sender: str
    subject: str
    body: str


def parse_bank(text: str, lang: str) -> list[Template]:
    """Given a bank ('@@ label trap sender' / 'S: subject' / body lines) returns its templates."""
    out: list[Template] = []
    for chunk in text.split("@@ ")[1:]:
        head, _, rest = chunk.partition("\n")
        label, trap, sender = head.split()
        subj_line, _, body = rest.partition("\n")
        if not subj_line.startswith("S: "):
            raise ValueError(f"template without subject: {head}")
        out.append(Template(label, lang, trap, sender, subj_line[3:].strip(), body.strip("\n")))
    return out


_ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


def choose_alternatives(text: str, rng: random.Random) -> str:
    """Given text with [[a|b|c]] groups returns it with one alternative picked per group."""
    while True:
        new = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        if new == text:
            return new
        text = new


def next_business_day_add(start: dt.date, n: int) -> dt.date:
    """Given a day and N returns the day N business days later (Sat/Sun skipped)."""
    day = start
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def next_weekday(start: dt.date, wd: int) -> dt.date:
    """Given a day and a weekday index returns the next such day (a week later on that day)."""
    delta = (wd - start.weekday()) % 7
    return start + dt.timedelta(days=delta or 7)


def month_end(year: int, month: int) -> dt.date:
    """Given a year and month returns its last day."""
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def friday_of(day: dt.date) -> dt.date:
    """Given a day returns the Friday of its (Monday-based) week."""
    return day + dt.timedelta(days=4 - day.weekday())


def fmt_date(day: dt.date, lang: str, rng: random.Random) -> str:
    """Given a day returns it written as people in that language write explicit dates."""
    m = MONTHS[lang][day.month - 1]
    if lang == "en":
        return rng.choice([f"{day.day} {m}", f"{m} {day.day}", f"{m} {day.day}, {day.year}",
                           f"{WEEKDAYS['en'][day.weekday()]}, {m} {day.day}"])
    if lang == "de":
        return rng.choice([f"{day.day}. {m}", f"{day.day:02d}.{day.month:02d}.{day.year}",
                           f"{day.day:02d}.{day.month:02d}.",
                           f"{WEEKDAYS['de'][day.weekday()]}, {day.day}. {m}"])
    if lang == "fr":
        return rng.choice([f"{day.day} {m}", f"{WEEKDAYS['fr'][day.weekday()]} {day.day} {m}",
                           f"{day.day:02d}/{day.month:02d}/{day.year}"])
    return rng.choice([f"{day.day} de {m}", f"{WEEKDAYS['es'][day.weekday()]} {day.day} de {m}",
                       f"{day.day}/{day.month}/{day.year}"])


NUM_WORDS = {"en": {3: "three", 5: "five", 7: "seven", 10: "ten"},
             "de": {3: "drei", 5: "fünf", 7: "sieben", 10: "zehn"},
             "fr": {3: "trois", 5: "cinq", 7: "sept", 10: "dix"}, "es": {3: "tres", 5: "cinco", 7: "siete", 10: "diez"}}


def _num(n: int, lang: str, rng: random.Random) -> str:
    words = NUM_WORDS[lang]
    return words[n] if n in words and rng.random() < 0.4 else str(n)


def dated_promise(lang: str, sent: dt.date, rng: random.Random, after: dt.date | None) -> tuple[str, dt.date]:
    """Given a language, the Date header's local day and an earliest day returns (phrase, resolved decision day)."""
    for _ in range(200):
        kind = rng.choice(["days", "bdays", "weekday", "this_week", "next_week", "month_end", "named_month",
                           "explicit", "tomorrow", "kw"])
        phrase, day = _one_promise(kind, lang, sent, rng)
        if phrase and day > sent and (after is None or day > after):
            return phrase, day
    raise RuntimeError("no promise found")


def _one_promise(kind: str, lang: str, sent: dt.date, rng: random.Random) -> tuple[str, dt.date]:
    wdn = WEEKDAYS[lang]
    nothing = ("", sent)
    if kind == "days":
        n = rng.choice([3, 5, 7, 10, 14])
        w = _num(n, lang, rng)
        return {"en": rng.choice([f"within {w} days", f"in the next {w} days"]),
                "de": rng.choice([f"innerhalb von {w} Tagen", f"in den nächsten {w} Tagen"]),
                "fr": rng.choice([f"dans les {w} jours", f"sous {w} jours"]),
                "es": rng.choice([f"en un plazo de {w} días", f"en los próximos {w} días"])}[lang], \
            sent + dt.timedelta(days=n)
    if kind == "bdays":
        n = rng.choice([3, 5, 7, 10])
        w = _num(n, lang, rng)
        return {"en": rng.choice([f"within {w} business days", f"in {w} working days"]),
                "de": rng.choice([f"innerhalb von {w} Arbeitstagen", f"binnen {w} Arbeitstagen"]),
                "fr": rng.choice([f"sous {w} jours ouvrés", f"d'ici {w} jours ouvrés"]),
                "es": rng.choice([f"en {w} días hábiles", f"en un plazo de {w} días laborables"])}[lang], \
            next_business_day_add(sent, n)
    if kind == "weekday":
        wd = rng.choice([0, 1, 2, 3, 4])
        day = next_weekday(sent, wd)
        name = wdn[wd]
        return {"en": rng.choice([f"by {name}", f"no later than {name}"]),
                "de": rng.choice([f"bis {name}", f"spätestens am {name}"]),
                "fr": rng.choice([f"d'ici {name}", f"au plus tard {name}"]),
                "es": rng.choice([f"antes del {name}", f"como muy tarde el {name}"])}[lang], day
    if kind == "this_week":
        if sent.weekday() > 3:
            return nothing
        return {"en": rng.choice(["by the end of this week", "before the end of the week"]),
                "de": rng.choice(["bis Ende dieser Woche", "noch diese Woche"]),
                "fr": rng.choice(["d'ici la fin de la semaine", "avant la fin de cette semaine"]),
                "es": rng.choice(["antes de que acabe esta semana", "a finales de esta semana"])}[lang], friday_of(sent)
    if kind == "next_week":
        if sent.weekday() > 4:
            return nothing
        return {"en": rng.choice(["by the end of next week", "by the close of next week"]),
                "de": rng.choice(["bis Ende nächster Woche", "bis Ende kommender Woche"]),
                "fr": rng.choice(["d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"]),
                "es": rng.choice(["a finales de la semana que viene", "antes de que termine la próxima semana"]),
                }[lang], friday_of(sent) + dt.timedelta(days=7)
    if kind == "month_end":
        if sent.day > 22:
            return nothing
        return {"en": rng.choice(["by the end of the month", "before the month is out"]),
                "de": rng.choice(["bis Monatsende", "bis Ende des Monats"]),
                "fr": rng.choice(["d'ici la fin du mois", "avant la fin du mois"]),
                "es": rng.choice(["antes de fin de mes", "a finales de este mes"]),
                }[lang], month_end(sent.year, sent.month)
    if kind == "named_month":
        y, m = (sent.year, sent.month + 1) if sent.month < 12 else (sent.year + 1, 1)
        mn = MONTHS[lang][m - 1]
        return {"en": f"by the end of {mn}", "de": f"bis Ende {mn}", "fr": f"d'ici fin {mn}",
                "es": f"antes de finales de {mn}"}[lang], month_end(y, m)
    if kind == "explicit":
        day = sent + dt.timedelta(days=rng.randint(4, 20))
        while day.weekday() > 4:
            day += dt.timedelta(days=1)
        d = fmt_date(day, lang, rng)
        return {"en": rng.choice([f"by {d}", f"on or before {d}"]), "de": rng.choice([f"bis zum {d}", f"bis {d}"]),
                "fr": rng.choice([f"d'ici le {d}", f"au plus tard le {d}"]),
                "es": rng.choice([f"antes del {d}", f"como muy tarde el {d}"])}[lang], day
    if kind == "tomorrow":
        if sent.weekday() > 3:
            return nothing
        return {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}[lang], sent + dt.timedelta(days=1)
    # ISO calendar week: German mail says "KW 48"; others rarely do
    if lang != "de" or sent.weekday() > 4:
        return nothing
    target = friday_of(sent) + dt.timedelta(days=7 * rng.choice([1, 2]))
    return rng.choice([f"in KW {target.isocalendar().week}", f"bis KW {target.isocalendar().week}"]), target


VAGUE = {
    "en": ["soon", "early next week", "in the coming weeks", "as soon as we can", "shortly", "in due course"],
    "de": ["zeitnah", "in Kürze", "in den nächsten Wochen", "so bald wie möglich", "Anfang nächster Woche"],
    "fr": ["prochainement", "dans les meilleurs délais", "dans les prochaines semaines", "début de semaine prochaine"],
    "es": ["pronto", "en breve", "en las próximas semanas", "lo antes posible", "a principios de la semana que viene"],
}

_SWAPS = {
    "en": {"unfortunately": "unfortunatly", "decided": "decied", "Unfortunately": "unfortunatly",
           "received": "recieved", "position": "postion", "opportunity": "oppurtunity", "candidates": "canidates"},
    "de": {"Absage": "absage", "leider": "leidr", "entschieden": "entscheiden", "Leider": "leider",
           "Bewerbung": "bewerbung", "Angebot": "angebot"},
    "fr": {"malheureusement": "malheureusment", "Malheureusement": "malheuresement", "candidature": "candiature",
           "retenu": "retneu", "proposition": "propostion"},
    "es": {"Lamentablemente": "lamentablemente", "oferta": "ofreta", "candidatura": "candiatura",
           "desafortunadamente": "desafortunadamnete", "decidido": "decidio", "Oferta": "oferta"},
}


def slip(text: str, lang: str, rng: random.Random) -> str:
    """Given template text returns it with one human slip: a known misspelling or two letters swapped in a long word."""
    for good, bad in rng.sample(list(_SWAPS[lang].items()), len(_SWAPS[lang])):
        if re.search(rf"\b{good}\b", text):
            return re.sub(rf"\b{good}\b", bad, text, count=1)
    words = [m for m in re.finditer(r"(?<![{\w])[a-zäöüéèàçñáíóú]{8,}(?![\w}])", text)]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]
