"""Date expressions in en/de/fr/es and their resolution against a message's date ("end of next week",
"innerhalb von 10 Werktagen", "d'ici vendredi", "antes del viernes 22"); dates.py decides which sentence is a promise.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from afterview.daemon.mailclass.dispatch import Scanner

_WEEKDAYS: dict[str, int] = {}
for _names in (
    "monday tuesday wednesday thursday friday saturday sunday",
    "montag dienstag mittwoch donnerstag freitag samstag sonntag",
    "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "lunes martes miércoles jueves viernes sábado domingo",
):
    for _i, _name in enumerate(_names.split()):
        _WEEKDAYS[_name] = _i
_WEEKDAYS["miercoles"] = 2
_WEEKDAYS["sabado"] = 5

_MONTHS: dict[str, int] = {}
for _names in (
    "january february march april may june july august september october november december",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "jan feb mar apr may jun jul aug sep oct nov dec",
):
    for _i, _name in enumerate(_names.split()):
        _MONTHS.setdefault(_name, _i + 1)
_MONTHS.update({"sept": 9, "setiembre": 9, "jänner": 1, "fevrier": 2, "aout": 8, "decembre": 12})

_NUMBERS: dict[str, int] = {}
for _names in (
    "zero one two three four five six seven eight nine ten eleven twelve",
    "null ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf",
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze",
    "cero un dos tres cuatro cinco seis siete ocho nueve diez once doce",
):
    for _i, _name in enumerate(_names.split()):
        _NUMBERS.setdefault(_name, _i)
_NUMBERS.update({"a": 1, "an": 1, "one": 1, "eine": 1, "einer": 1, "einem": 1, "une": 1, "una": 1, "uno": 1,
                 "a couple of": 2, "couple of": 2, "fourteen": 14, "fifteen": 15, "twenty": 20, "vierzehn": 14,
                 "fünfzehn": 15, "quinze": 15, "quince": 15, "zwanzig": 20, "vingt": 20, "veinte": 20})


def _alt(words: dict[str, int]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


WD = f"(?P<wd>{_alt(_WEEKDAYS)})"
MON = f"(?P<mon>{_alt(_MONTHS)})\\.?"
NUM = f"(?P<n>\\d{{1,2}}|{_alt(_NUMBERS)})"


# ---------------------------------------------------------------- calendar arithmetic


def business_days_after(start: date, n: int) -> date:
    """Given a day and a count, returns the day n business days (Mon–Fri) later."""
    day = start
    if n > 5:
        # Any seven days in a row hold five business days: whole weeks first, the last one to five days one by one.
        weeks = (n - 1) // 5
        day += timedelta(days=7 * weeks)
        n -= 5 * weeks
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _friday(day: date, weeks_ahead: int) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=4 + 7 * weeks_ahead)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_for(as_of: date, month: int, day: int) -> date | None:
    for year in (as_of.year, as_of.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= as_of - timedelta(days=60):
            return candidate
    return None


def _num(match: re.Match[str]) -> int:
    raw = match.group("n")
    return int(raw) if raw.isdigit() else _NUMBERS[raw]


# ---------------------------------------------------------------- expressions, in order of precedence

Resolver = Callable[[re.Match[str], date], date | None]


def _explicit(match: re.Match[str], as_of: date) -> date | None:
    groups = match.groupdict()
    month = _MONTHS[groups["mon"]] if groups.get("mon") else int(groups["m"])
    day = int(groups["d"])
    if not 1 <= month <= 12:
        return None
    if groups.get("y"):
        year = int(groups["y"])
        year += 2000 if year < 100 else 0
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return _year_for(as_of, month, day)


def _day_of_month(match: re.Match[str], as_of: date) -> date | None:
    """A day number without a month ("by Monday 28", "no later than the 3rd"): its next occurrence, preferring one
    that falls on the weekday named with it."""
    day = int(match.group("d"))
    wd = match.groupdict().get("wd")
    found: list[date] = []
    for ahead in range(3):
        year, month = as_of.year + (as_of.month - 1 + ahead) // 12, (as_of.month - 1 + ahead) % 12 + 1
        if day <= calendar.monthrange(year, month)[1] and (candidate := date(year, month, day)) >= as_of:
            found.append(candidate)
    if wd is not None:
        found = [d for d in found if d.weekday() == _WEEKDAYS[wd]] or found
    return found[0] if found else None


def _next_weekday(match: re.Match[str], as_of: date) -> date:
    wd = _WEEKDAYS[match.group("wd")]
    return as_of - timedelta(days=as_of.weekday()) + timedelta(days=7 + wd)


def _weekday(match: re.Match[str], as_of: date) -> date:
    wd = _WEEKDAYS[match.group("wd")]
    return as_of + timedelta(days=(wd - as_of.weekday()) % 7 or 7)


def _end_of_named_month(match: re.Match[str], as_of: date) -> date:
    month = _MONTHS[match.group("mon")]
    year = as_of.year + (1 if month < as_of.month else 0)
    return _month_end(year, month)


def _middle_of_named_month(match: re.Match[str], as_of: date) -> date:
    month = _MONTHS[match.group("mon")]
    year = as_of.year + (1 if month < as_of.month else 0)
    return date(year, month, 15)


def _calendar_week(match: re.Match[str], as_of: date) -> date | None:
    """German "KW 12": the Friday of ISO week 12 (this year, or next year once it has passed)."""
    week = int(match.group("w"))
    for year in (as_of.year, as_of.year + 1):
        try:
            friday = date.fromisocalendar(year, week, 5)
        except ValueError:
            return None
        if friday >= as_of:
            return friday
    return None


_D = r"(?P<d>\d{1,2})"
# "innerhalb der nächsten zwei Wochen", "dans un délai de 3 semaines", "en las próximas dos semanas".
_DE_WITHIN = r"(?:innerhalb\s+(?:von\s+)?|in\s+|binnen\s+)(?:den\s+|der\s+)?(?:nächsten\s+|kommenden\s+)?"
_FR_WITHIN = r"(?:sous|dans|d'ici|(?:dans|sous)\s+un\s+délai\s+de)\s+(?:les\s+)?(?:prochains\s+)?"
_ES_WITHIN = (r"(?:en\s+un\s+plazo\s+(?:máximo\s+)?de|dentro\s+de|en)\s+(?:(?:los|las)\s+)?"
              r"(?:próxim[oa]s\s+)?")
_Y = r"(?P<y>\d{4})"
# A day number not followed by a month ("Monday 28", not "Friday, 29 January" or "Freitag, den 22.01.").
_NO_MONTH = r"(?!\.?,?\s*(?:of\s+|de\s+)?(?:" + _alt(_MONTHS) + r")\b)(?![./]\d)(?!\s*(?:h\b|uhr|:|am\b|pm\b|%))"
_EXPRESSIONS: tuple[tuple[str, Resolver, tuple[str, ...]], ...] = (
    ("date", _explicit, (
        r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
        MON + r"\s+" + _D + r"(?:st|nd|rd|th)?(?:,?\s+" + _Y + ")?",
        _D + r"(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?" + MON + r"(?:,?\s+(?:de\s+)?" + _Y + ")?",
        _D + r"\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})?",
        # day/month/year, as written in Europe and Latin America; a four-digit year keeps fractions out.
        _D + r"/(?P<m>\d{1,2})/(?P<y>\d{4})",
    )),
    ("day-of-month", _day_of_month, (
        WD + r",?\s+(?:the\s+|den\s+|le\s+|el\s+)?" + _D + r"(?:st|nd|rd|th|er|\.)?" + _NO_MONTH,
        r"the\s+" + _D + r"(?:st|nd|rd|th)" + _NO_MONTH,
    )),
    ("end-of-next-week", lambda m, d: _friday(d, 1), (
        r"end\s+of\s+(?:next|the\s+following)\s+week",
        r"ende\s+(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+woche",
        r"fin\s+de\s+(?:la\s+)?semaine\s+prochaine",
        r"(?:finales|final|fin|que\s+termine)\s+(?:de\s+)?la\s+(?:próxima\s+semana|semana\s+que\s+viene)",
    )),
    ("next-weekday", _next_weekday, (
        r"next\s+" + WD, r"(?:nächsten|kommenden)\s+" + WD, WD + r"\s+prochain", r"próximo\s+" + WD,
        WD + r"\s+que\s+viene",
    )),
    ("business-days", lambda m, d: business_days_after(d, _num(m)), (
        r"(?:within|in)\s+(?:the\s+next\s+)?" + NUM + r"\s+(?:business|working)\s+days?",
        _DE_WITHIN + NUM + r"\s+(?:werktag|arbeitstag|geschäftstag)\w*",
        _FR_WITHIN + r"(?:les\s+)?" + NUM + r"\s+jours?\s+(?:ouvrés|ouvrables)",
        _ES_WITHIN + NUM + r"\s+días\s+(?:hábiles|laborables)",
    )),
    # "sous quinze jours" is French for two weeks, not fifteen days.
    ("days", lambda m, d: d + timedelta(days=14 if m.group("n") == "quinze" else _num(m)), (
        r"(?:within|in)\s+(?:the\s+next\s+)?" + NUM + r"\s+(?:calendar\s+)?days",
        _DE_WITHIN + NUM + r"\s+(?:kalender)?tag(?:en)?",
        _FR_WITHIN + NUM + r"\s+jours(?:\s+calendaires)?",
        _ES_WITHIN + NUM + r"\s+días",
        # "give us ten days and you'll have an answer"
        r"give\s+us\s+" + NUM + r"\s+days", r"(?:laissez|donnez)-nous\s+" + NUM + r"\s+jours",
        r"danos\s+" + NUM + r"\s+días",
    )),
    ("fortnight", lambda m, d: d + timedelta(days=14), (
        r"(?:within|in)\s+(?:a|one|the\s+next)\s+fortnight", r"sous\s+quinzaine",
    )),
    ("eight-days", lambda m, d: d + timedelta(days=8), (r"sous\s+huitaine",)),
    ("weeks", lambda m, d: d + timedelta(days=7 * _num(m)), (
        r"(?:within|in|over)\s+(?:the\s+next\s+)?" + NUM + r"\s+weeks?",
        _DE_WITHIN + NUM + r"\s+wochen?",
        _FR_WITHIN + NUM + r"\s+semaines?",
        _ES_WITHIN + NUM + r"\s+semanas?",
        r"give\s+us\s+" + NUM + r"\s+weeks?", r"(?:laissez|donnez)-nous\s+" + NUM + r"\s+semaines?",
        r"danos\s+" + NUM + r"\s+semanas?",
    )),
    ("calendar-week", _calendar_week, (r"(?:ende\s+(?:der\s+)?)?(?:kw|kalenderwoche)\s*(?P<w>\d{1,2})",)),
    ("middle-of-named-month", _middle_of_named_month, (
        r"mid-?\s?" + MON, r"middle\s+of\s+" + MON, r"mitte\s+" + MON, r"(?:à\s+la\s+)?mi-" + MON,
        r"mediados\s+de\s+" + MON,
    )),
    ("end-of-named-month", _end_of_named_month, (
        r"end\s+of\s+" + MON, r"ende\s+" + MON, r"fin\s+(?:de\s+|d')?" + MON,
        r"(?:finales|final|fin)\s+de\s+" + MON,
        # "before September is out": "antes de que termine septiembre", "before the end of September" is above
        r"(?:acabe|termine|finalice)\s+(?:el\s+mes\s+de\s+)?" + MON,
        r"(?:before|bevor)\s+" + MON + r"\s+(?:is\s+out|endet)",
    )),
    ("end-of-next-month", lambda m, d: _month_end(d.year + d.month // 12, d.month % 12 + 1), (
        r"end\s+of\s+(?:next|the\s+following)\s+month", r"ende\s+(?:des\s+)?(?:nächsten|kommenden)\s+monats",
        r"fin\s+du\s+mois\s+(?:prochain|suivant)", r"(?:finales|final|fin)\s+del\s+(?:próximo\s+mes|mes\s+que\s+viene)",
    )),
    ("end-of-month", lambda m, d: _month_end(d.year, d.month), (
        r"end\s+of\s+(?:the|this)\s+month", r"(?:the\s+)?month-?\s?end", r"ende\s+(?:des|dieses)\s+monats",
        r"monatsende", r"fin\s+(?:du|de\s+ce)\s+mois", r"fin\s+de\s+mois",
        r"(?:finales|final|fin)\s+de(?:l)?\s+(?:este\s+)?mes",
        # "before the month is out", "antes de que acabe el mes"
        r"(?:the|this)\s+month\s+is\s+(?:out|over)", r"(?:acabe|termine|finalice)\s+(?:el|este)\s+mes",
    )),
    ("end-of-week", lambda m, d: _friday(d, 0), (
        r"end\s+of\s+(?:this|the)\s+week", r"ende\s+(?:dieser|der)\s+woche",
        r"fin\s+de\s+(?:cette|la)\s+semaine", r"(?:finales|final|fin)\s+de\s+(?:esta|la)\s+semana",
        r"(?:later\s+)?this\s+week", r"(?:noch\s+)?diese\s+woche", r"(?:dans\s+le\s+courant\s+de\s+)?cette\s+semaine",
        r"esta\s+(?:misma\s+)?semana",
        r"(?:the|this)\s+week\s+is\s+(?:out|over)", r"(?:acabe|termine|finalice)\s+(?:la|esta)\s+semana",
    )),
    ("next-week", lambda m, d: _friday(d, 1), (
        r"next\s+week", r"the\s+coming\s+week", r"(?:nächste|kommende)[nr]?\s+woche", r"semaine\s+prochaine",
        r"(?:próxima\s+semana|semana\s+que\s+viene)",
    )),
    ("tomorrow", lambda m, d: d + timedelta(days=1), (r"tomorrow", r"morgen", r"demain", r"mañana")),
    ("weekday", _weekday, (WD,)),
)
_FLAT: list[tuple[int, Resolver, re.Pattern[str]]] = [
    (rank, resolver, re.compile(r"(?<![\w'])" + p + r"(?![\w])"))
    for rank, (_name, resolver, patterns) in enumerate(_EXPRESSIONS)
    for p in patterns
]
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# One pass finds every candidate expression; precedence then picks among them.
_EXPRESSION_SCAN = Scanner(
    [[_NAMED_GROUP.sub("(?:", p)] for _name, _resolver, patterns in _EXPRESSIONS for p in patterns],
    [float(-rank) for rank, _resolver, _pattern in _FLAT],
)


# Words that make the expression after them a deadline ("by Friday", "spätestens am 15. März").
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|before|until|till|no\s+later\s+than|\bbis(?:\s+zum|\s+spätestens)?|spätestens(?:\s+(?:am|bis))?"
    r"|avant(?:\s+le)?|d'ici(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|antes\s+del?|a\s+más\s+tardar(?:\s+el)?"
    r"|como\s+muy\s+tarde(?:\s+el)?"
    r"|hasta(?:\s+el)?)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:" + WD + r",?\s+(?:the\s+|den\s+|le\s+|el\s+)?)?$"
)
_DEADLINE_REACH = 48


# "Early next week", "im Laufe der nächsten Woche": a vague time, not that week's Friday.
_VAGUE_WEEK = re.compile(r"(?:early|beginning\s+of|début(?:\s+de)?(?:\s+la)?|anfang|im\s+laufe\s+der"
                         r"|dans\s+le\s+courant\s+de(?:\s+la)?|principios\s+de(?:\s+la)?|comienzos\s+de(?:\s+la)?|a\s+lo\s+largo\s+de(?:\s+la)?)\s+$")
_NEXT_WEEK_RANK = next(rank for rank, (name, _r, _p) in enumerate(_EXPRESSIONS) if name == "next-week")


def resolve_expression(text: str, as_of: date) -> tuple[date, str] | None:
    """Given lower-cased text holding a date expression, returns the first resolvable one and its words.

    "First": an expression after "by/bis/avant/antes…" beats one without ("we meet on Wednesday and will
    decide by Friday"), then precedence (an explicit date beats "end of next week" beats a bare
    weekday…), then position.
    """
    hits = _EXPRESSION_SCAN.scan(text)
    if len(hits) > 1:
        hits.sort(key=lambda hit: (_DEADLINE_BEFORE.search(text, max(0, hit[1] - _DEADLINE_REACH), hit[1]) is None,
                                   _FLAT[hit[0]][0], hit[1]))
    for index, start, _end in hits:
        rank, resolver, pattern = _FLAT[index]
        match = pattern.match(text, start)
        if match is None or (rank == _NEXT_WEEK_RANK and _VAGUE_WEEK.search(text, max(0, start - 30), start)):
            continue
        resolved = resolver(match, as_of)
        if resolved is not None and resolved >= as_of:
            return resolved, match.group(0)
    return None
