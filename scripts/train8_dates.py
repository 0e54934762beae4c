"""train8: decision-date promises in four languages and the generator's own resolver.

Given the Date header's local day, each promise kind is worded per language and resolved with issue 3's
definitions (calendar days, business days skipping Sat/Sun, next weekday, end of week/month, ISO week, explicit).
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes"],
}
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
NUMBERS = {
    "en": {2: "two", 3: "three", 5: "five", 7: "seven", 10: "ten", 14: "14"},
    "de": {2: "zwei", 3: "drei", 5: "fünf", 7: "sieben", 10: "zehn", 14: "14"},
    "fr": {2: "deux", 3: "trois", 5: "cinq", 7: "sept", 10: "dix", 14: "14"},
    "es": {2: "dos", 3: "tres", 5: "cinco", 7: "siete", 10: "diez", 14: "14"},
}

# The "when" wording per kind; {n} a count, {wd} a weekday, {m} a month, {d} an explicit date, {kw} an ISO week.
WHEN = {
    "en": {
        "days": ["within {n} days", "in the next {n} days", "within the next {n} days"],
        "bdays": ["within {n} business days", "within {n} working days", "in {n} working days"],
        "weekday": ["by {wd}", "no later than {wd}", "by {wd} at the latest", "before the end of {wd}"],
        "this_week": ["by the end of this week", "before the week is out", "by the end of the week"],
        "next_week": ["by the end of next week", "before the end of next week"],
        "month_end": ["by the end of the month", "before the month is over"],
        "named_month": ["by the end of {m}", "before the end of {m}"],
        "explicit": ["by {d}", "on or before {d}", "no later than {d}"],
        "tomorrow": ["tomorrow", "by tomorrow"],
    },
    "de": {
        "days": ["innerhalb von {n} Tagen", "in den nächsten {n} Tagen", "binnen {n} Tagen"],
        "bdays": ["innerhalb von {n} Arbeitstagen", "binnen {n} Werktagen", "in den nächsten {n} Arbeitstagen"],
        "weekday": ["bis {wd}", "spätestens am {wd}", "bis spätestens {wd}"],
        "this_week": ["bis Ende dieser Woche", "noch diese Woche", "bis zum Ende der Woche"],
        "next_week": ["bis Ende nächster Woche", "bis Ende der kommenden Woche"],
        "month_end": ["bis Monatsende", "bis Ende des Monats"],
        "named_month": ["bis Ende {m}", "bis spätestens Ende {m}"],
        "explicit": ["bis zum {d}", "spätestens am {d}"],
        "tomorrow": ["morgen", "bis morgen"],
        "kw": ["in KW {kw}", "bis KW {kw}", "in der KW {kw}"],
    },
    "fr": {
        "days": ["dans les {n} jours", "sous {n} jours", "d'ici {n} jours"],
        "bdays": ["sous {n} jours ouvrés", "dans les {n} jours ouvrables", "d'ici {n} jours ouvrés"],
        "weekday": ["d'ici {wd}", "au plus tard {wd}", "avant {wd} soir"],
        "this_week": ["d'ici la fin de la semaine", "avant la fin de cette semaine"],
        "next_week": ["d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"],
        "month_end": ["d'ici la fin du mois", "avant la fin du mois"],
        "named_month": ["d'ici fin {m}", "avant la fin {m2}"],
        "explicit": ["d'ici le {d}", "au plus tard le {d}"],
        "tomorrow": ["demain", "demain sans faute"],
    },
    "es": {
        "days": ["en un plazo de {n} días", "en los próximos {n} días", "dentro de {n} días"],
        "bdays": ["en {n} días hábiles", "en un plazo de {n} días laborables"],
        "weekday": ["antes del {wd}", "como muy tarde el {wd}", "el {wd} como máximo"],
        "this_week": ["antes de que acabe esta semana", "a finales de esta semana"],
        "next_week": ["a finales de la semana que viene", "antes de que termine la próxima semana"],
        "month_end": ["antes de fin de mes", "a finales de este mes"],
        "named_month": ["antes de finales de {m}", "a finales de {m}"],
        "explicit": ["antes del {d}", "como muy tarde el {d}"],
        "tomorrow": ["mañana", "mañana mismo"],
    },
}

# Whole promise sentences; {when} is one of the phrases above.
PROMISE = {
    "en": ["We expect to come back to you with a decision {when}.", "You'll hear from us {when}.",
           "The panel aims to decide {when} and I'll let you know straight away.",
           "We should be able to give you an answer {when}.", "Expect an update from me {when}.",
           "a decision should be made {when}, I'll keep you posted", "We'll confirm the outcome {when}."],
    "de": ["Wir melden uns {when} mit einer Entscheidung bei Ihnen.", "Eine Rückmeldung erhalten Sie {when}.",
           "Die Entscheidung fällt voraussichtlich {when}.", "Sie hören {when} von uns.",
           "ich gebe dir {when} bescheid, versprochen"],
    "fr": ["Nous reviendrons vers vous {when}.", "Vous aurez une réponse {when}.",
           "La décision sera prise {when} et je vous tiens informé(e).",
           "Nous vous communiquerons notre décision {when}.",
           "je te fais un retour {when}"],
    "es": ["Te daremos una respuesta {when}.", "Esperamos tomar una decisión {when}.",
           "Le comunicaremos nuestra decisión {when}.", "Te escribo {when} con lo que decidamos.",
           "Tendrás noticias nuestras {when}."],
}
VAGUE = {
    "en": ["We hope to have news for you soon.", "We'll be in touch early next week.",
           "I'll get back to you as soon as I hear anything.", "We'll update you in due course."],
    "de": ["Wir melden uns zeitnah bei Ihnen.", "Sie hören in Kürze von uns.", "Wir kommen bald auf Sie zu."],
    "fr": ["Nous revenons vers vous rapidement.", "Nous reviendrons vers vous dans les meilleurs délais.",
           "On te tient au courant très vite."],
    "es": ["Te diremos algo lo antes posible.", "Le informaremos en breve.", "Te contamos pronto."],
}


def add_business_days(start: date, n: int) -> date:
    """Given a day and a count, returns the day n business days later (Sat/Sun skipped)."""
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def next_weekday(start: date, weekday: int) -> date:
    """Given a day and a weekday index, returns the next such weekday after it (a week later on that day)."""
    ahead = (weekday - start.weekday()) % 7
    return start + timedelta(days=ahead or 7)


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns its last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


def fmt_explicit(lang: str, day: date) -> str:
    """Given a language and a day, returns the day written as people of that language write it."""
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{day.day} {month}" if day.day % 2 else f"{month} {day.day}"
    if lang == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}" if day.day % 2 else f"{day.day}. {month}"
    if lang == "fr":
        return f"{day.day} {month}" if day.day % 2 else f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} de {month}"


def _kinds(lang: str, sent: date) -> list[str]:
    kinds = ["days", "bdays", "weekday", "next_week", "explicit", "named_month"]
    if sent.weekday() <= 3:
        kinds += ["this_week", "tomorrow"]
    if sent.day <= 20:
        kinds.append("month_end")
    if lang == "de":
        kinds.append("kw")
    return kinds


def make_when(rng: random.Random, lang: str, sent: date) -> tuple[str, date]:
    """Given a generator, a language and the Date header's local day, returns a "when" phrase and its resolved day."""
    kind = rng.choice(_kinds(lang, sent))
    phrase = rng.choice(WHEN[lang][kind])
    n = rng.choice([2, 3, 5, 7, 10, 14])
    wd = rng.randrange(5)
    nxt_month = sent.month % 12 + 1
    nxt_year = sent.year + (1 if sent.month == 12 else 0)
    explicit = add_business_days(sent, rng.randint(3, 12))
    kw = sent.isocalendar()[1] + rng.choice([1, 2])
    resolved = {
        "days": lambda: sent + timedelta(days=n),
        "bdays": lambda: add_business_days(sent, n),
        "weekday": lambda: next_weekday(sent, wd),
        "this_week": lambda: sent + timedelta(days=4 - sent.weekday()),
        "next_week": lambda: sent + timedelta(days=11 - sent.weekday()),
        "month_end": lambda: month_end(sent.year, sent.month),
        "named_month": lambda: month_end(nxt_year, nxt_month),
        "explicit": lambda: explicit,
        "tomorrow": lambda: sent + timedelta(days=1),
        "kw": lambda: date.fromisocalendar(sent.year, kw, 5),
    }[kind]()
    num = NUMBERS[lang][n] if rng.random() < 0.5 else str(n)
    month_name = MONTHS[lang][nxt_month - 1]
    m2 = ("d'" if month_name[0] in "ao" else "de ") + month_name
    text = phrase.format(n=num, wd=WEEKDAYS[lang][wd], m=month_name, m2=m2,
                         d=fmt_explicit(lang, explicit), kw=kw)
    return text, resolved


def make_promise(rng: random.Random, lang: str, sent: date) -> tuple[str, date]:
    """Given a generator, a language and the local day sent, returns a promise sentence and its decision day."""
    when, day = make_when(rng, lang, sent)
    return rng.choice(PROMISE[lang]).format(when=when), day


def make_vague(rng: random.Random, lang: str) -> str:
    """Given a generator and a language, returns a promise without a date (labelled null)."""
    return rng.choice(VAGUE[lang])
