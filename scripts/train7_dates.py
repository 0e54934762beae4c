"""Decision-date promises for the train7 mail split: phrasings in four languages and their resolver.

The resolver follows issue 3's definitions, counted from the Date header's local day: within N days = +N,
N business/working days skip Sat/Sun, by <weekday> = the next such day (a week later on that day), end of
this/next week = that Friday, end of the month / of a named month = its last day, ISO week = its Friday,
explicit dates as written, tomorrow = +1, two weeks = +14.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
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

# Time expressions by kind; each goes at the end of a frame sentence.
TIME: dict[str, dict[str, list[str]]] = {
    "en": {
        "days": ["within {n} days", "in the next {n} days", "within {n} calendar days"],
        "bdays": ["within {n} business days", "in the next {n} working days", "within {n} working days"],
        "weekday": ["by {wd}", "by {wd} at the latest", "no later than {wd}"],
        "this_week": ["by the end of this week", "before the end of this week", "by end of this week"],
        "next_week": ["by the end of next week", "before the end of next week", "by close of next week"],
        "month_end": ["by the end of the month", "before the end of this month", "by month-end"],
        "named_month": ["by the end of {month}", "before the end of {month}"],
        "explicit": ["by {date}", "on or before {date}", "no later than {date}"],
        "tomorrow": ["tomorrow", "by tomorrow", "tomorrow at the latest"],
        "two_weeks": ["within two weeks", "in the next fortnight", "within the next two weeks"],
    },
    "de": {
        "days": ["innerhalb von {n} Tagen", "in den nächsten {n} Tagen", "binnen {n} Tagen"],
        "bdays": ["innerhalb von {n} Arbeitstagen", "in den nächsten {n} Arbeitstagen"],
        "weekday": ["bis {wd}", "bis spätestens {wd}", "bis kommenden {wd}"],
        "this_week": ["bis Ende dieser Woche", "bis Ende der Woche"],
        "next_week": ["bis Ende nächster Woche", "bis Ende der kommenden Woche"],
        "month_end": ["bis Ende des Monats", "bis zum Monatsende"],
        "named_month": ["bis Ende {month}"],
        "kw": ["in KW {kw}", "bis KW {kw}", "im Laufe der KW {kw}"],
        "explicit": ["bis zum {date}", "spätestens am {date}"],
        "tomorrow": ["morgen", "bis morgen"],
        "two_weeks": ["innerhalb von zwei Wochen", "in den nächsten zwei Wochen"],
    },
    "fr": {
        "days": ["dans les {n} jours", "sous {n} jours", "d'ici {n} jours"],
        "bdays": ["dans les {n} jours ouvrés", "sous {n} jours ouvrés"],
        "weekday": ["d'ici {wd}", "au plus tard {wd}"],
        "this_week": ["d'ici la fin de la semaine", "avant la fin de cette semaine"],
        "next_week": ["d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"],
        "month_end": ["d'ici la fin du mois", "avant la fin du mois"],
        "named_month": ["d'ici fin {month}", "avant la fin du mois de {month}"],
        "explicit": ["au plus tard le {date}", "d'ici le {date}"],
        "tomorrow": ["demain", "d'ici demain"],
        "two_weeks": ["dans les deux semaines", "d'ici deux semaines"],
    },
    "es": {
        "days": ["en un plazo de {n} días", "en los próximos {n} días", "dentro de {n} días"],
        "bdays": ["en {n} días hábiles", "en los próximos {n} días laborables", "en un plazo de {n} días hábiles"],
        "weekday": ["antes del {wd}", "como muy tarde el {wd}"],
        "this_week": ["antes de que acabe la semana", "a finales de esta semana"],
        "next_week": ["a finales de la semana que viene", "antes del final de la próxima semana"],
        "month_end": ["antes de fin de mes", "a finales de mes"],
        "named_month": ["antes de finales de {month}", "a finales de {month}"],
        "explicit": ["antes del {date}", "como muy tarde el {date}"],
        "tomorrow": ["mañana", "mañana mismo"],
        "two_weeks": ["en un plazo de dos semanas", "en las próximas dos semanas"],
    },
}

# Sentence frames by group: ack (acknowledgement), generic (pending), feedback (rejection), next (next_step).
FRAMES: dict[str, dict[str, list[str]]] = {
    "en": {
        "ack": ["We review every application and will reply {T}.", "You can expect to hear from us {T}.",
                "Our recruiters will get back to you {T}."],
        "generic": ["We expect to reach a decision {T}.", "You'll hear back from us {T}, whichever way it goes.",
                    "The hiring manager has promised me an answer {T} and I'll pass it on straight away.",
                    "Our aim is to let every candidate know the outcome {T}.",
                    "We will come back to you with a decision {T}.", "Final decisions are due {T}.",
                    "the panel wants to wrap this up and get back to everyone {T}."],
        "feedback": ["I'll send you the panel's written feedback {T}.", "Detailed written feedback will follow {T}."],
        "next": ["You'll get the outcome of this stage {T}.", "We'll send the formal invitation {T}.",
                 "The team will confirm who moves on to the final round {T}."],
    },
    "de": {
        "ack": ["Sie erhalten {T} eine Rückmeldung von uns.", "Wir prüfen Ihre Unterlagen und melden uns {T}."],
        "generic": ["Eine Entscheidung fällt {T}.", "Eine Rückmeldung bekommen alle Bewerbenden {T}.",
                    "Mit einer Entscheidung ist {T} zu rechnen.", "Die Fachabteilung will {T} entscheiden.",
                    "Wir geben allen Kandidat:innen {T} Bescheid.", "die Zu- oder Absage kommt {T}."],
        "feedback": ["Ein schriftliches Feedback aus dem Auswahlgremium folgt {T}."],
        "next": ["Das Ergebnis dieser Runde steht {T} fest.", "Die Einladung zur nächsten Runde geht {T} raus."],
    },
    "fr": {
        "ack": ["Vous recevrez une réponse {T}.", "Nous étudions votre dossier et reviendrons vers vous {T}."],
        "generic": ["Une décision sera prise {T}.", "Le comité rendra sa réponse {T}.",
                    "Chaque candidat recevra une réponse {T}.", "Nous comptons trancher {T}.",
                    "la réponse définitive tombera {T}."],
        "feedback": ["Un retour écrit détaillé suivra {T}."],
        "next": ["Le résultat de cette étape sera communiqué {T}.",
                 "La convocation pour l'étape suivante partira {T}."],
    },
    "es": {
        "ack": ["Todas las candidaturas recibirán respuesta {T}.", "El equipo de selección dará respuesta {T}."],
        "generic": ["Tomaremos una decisión {T}.", "Todos los candidatos recibirán respuesta {T}.",
                    "El comité resolverá {T}.", "La decisión final se comunicará {T}.",
                    "la respuesta definitiva llegará {T}."],
        "feedback": ["El informe escrito con el feedback llegará {T}."],
        "next": ["El resultado de esta fase se comunicará {T}.",
                 "La convocatoria para la siguiente fase saldrá {T}."],
    },
}

# Vague promises: no single day, so the decision date is null.
VAGUE = {
    "en": ["We hope to update you soon.", "You should hear from us early next week.",
           "We'll be in touch in the coming weeks.", "We'll let you know as soon as we can.",
           "Expect news shortly.", "We'll update you once the panel has met."],
    "de": ["Wir melden uns zeitnah.", "Sie hören in Kürze von uns.", "Rückmeldung gibt es Anfang nächster Woche.",
           "Wir melden uns in den nächsten Wochen.", "Sobald es Neuigkeiten gibt, melden wir uns."],
    "fr": ["Nous reviendrons vers vous prochainement.", "Une réponse suivra dans les meilleurs délais.",
           "Nous vous tiendrons au courant début de semaine prochaine.", "Réponse dans les prochaines semaines."],
    "es": ["Te escribiremos en breve.", "Le daremos respuesta lo antes posible.",
           "Tendremos novedades a principios de la semana que viene.", "Habrá noticias en las próximas semanas."],
}


def add_business_days(day: date, n: int) -> date:
    """Given a day and a count, returns the day n Monday-to-Friday days later."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def last_of_month(year: int, month: int) -> date:
    """Given a year and month, returns its last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


def fmt_date(lang: str, day: date, rng: random.Random) -> str:
    """Given a language and a day, returns the day written in one of that language's usual formats."""
    wd, mo = WEEKDAYS[lang][day.weekday()], MONTHS[lang][day.month - 1]
    choices = {
        "en": [f"{wd} {day.day} {mo}", f"{day.day} {mo} {day.year}", f"{mo} {day.day}", f"{day:%d/%m/%Y}"],
        "de": [f"{day:%d.%m.%Y}", f"{day.day}. {mo}", f"{wd}, {day:%d.%m.}", f"{day.day}. {mo} {day.year}"],
        "fr": [f"{day.day} {mo}", f"{wd} {day.day} {mo}", f"{day:%d/%m/%Y}", f"{day.day} {mo} {day.year}"],
        "es": [f"{day.day} de {mo}", f"{wd} {day.day} de {mo}", f"{day:%d/%m/%Y}"],
    }[lang]
    return rng.choice(choices)


def resolve(kind: str, day: date, n: int = 0, weekday: int = 0, target: date | None = None) -> date:
    """Given a promise kind and the message's local day (plus its parameter), returns the promised day."""
    if kind == "days":
        return day + timedelta(days=n)
    if kind == "bdays":
        return add_business_days(day, n)
    if kind == "weekday":
        return day + timedelta(days=(weekday - day.weekday()) % 7 or 7)
    if kind == "this_week":
        return day + timedelta(days=4 - day.weekday())
    if kind == "next_week":
        return day + timedelta(days=11 - day.weekday())
    if kind == "month_end":
        return last_of_month(day.year, day.month)
    if kind == "tomorrow":
        return day + timedelta(days=1)
    if kind == "two_weeks":
        return day + timedelta(days=14)
    if kind in {"named_month", "kw", "explicit"} and target is not None:
        return target
    raise ValueError(kind)


def make_promise(rng: random.Random, lang: str, group: str, day: date) -> tuple[str, date]:
    """Given a language, a frame group and the message's local day, returns a dated promise and its day."""
    kinds = [k for k in TIME[lang] if not (k in {"this_week", "tomorrow"} and day.weekday() >= 4)]
    if day.day > 24:
        kinds = [k for k in kinds if k not in {"month_end", "named_month"}]
    kind = rng.choice(kinds)
    n = rng.randint(3, 10)
    wdi = rng.randint(0, 4)
    target: date | None = None
    values = {"n": str(n), "wd": WEEKDAYS[lang][wdi]}
    if kind == "named_month":
        month_day = day if day.day <= 18 or day.month == 12 else last_of_month(day.year, day.month) + timedelta(days=1)
        target = last_of_month(month_day.year, month_day.month)
        values["month"] = MONTHS[lang][month_day.month - 1]
    elif kind == "kw":
        iso = (day + timedelta(days=7 * rng.randint(1, 2))).isocalendar()
        target = date.fromisocalendar(iso.year, iso.week, 5)
        values["kw"] = str(iso.week)
    elif kind == "explicit":
        target = day + timedelta(days=rng.randint(4, 16))
        while target.weekday() >= 5:
            target += timedelta(days=1)
        values["date"] = fmt_date(lang, target, rng)
    when = resolve(kind, day, n=n, weekday=wdi, target=target)
    phrase = rng.choice(TIME[lang][kind]).format(**values)
    frame = rng.choice(FRAMES[lang][group])
    text = frame.replace("{T}", phrase)
    return text[0].upper() + text[1:] if rng.random() < 0.85 else text, when


def make_vague(rng: random.Random, lang: str) -> str:
    """Given a language, returns a promise with no single day (null decision date)."""
    return rng.choice(VAGUE[lang])
