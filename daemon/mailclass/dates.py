"""The promised decision date: "we'll get back to you by Friday", "bis Ende November", "d'ici vendredi".

Only sentences where the employer promises an answer count; requests to the candidate
(offer acceptance, assessment due dates, application deadlines, "re-apply in 6 months")
are not decision dates. Relative expressions resolve against the message's own date.
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
        r"(?:within|in)\s+(?:the\s+next\s+)?" + NUM + r"\s+days",
        _DE_WITHIN + NUM + r"\s+tag(?:en)?",
        _FR_WITHIN + NUM + r"\s+jours",
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

# A promise of an answer from the employer…
_PROMISE = re.compile(
    r"let\s+you\s+know|get\s+back\s+to\s+you|get\s+back\s+in\s+touch|hear\s+(?:back\s+)?from\s+(?:us|me)"
    r"|be\s+in\s+touch|update\s+you|circle\s+back|decisions\s+(?:will|should)\s+be"
    # Confirming is a promise unless what is confirmed is a meeting ("te confirmo la entrevista para el 7").
    r"|(?:(?:will|'ll|to)\s+confirm|te\s+confirmo)(?!\s+(?:the|your|a|an|la|el|tu|una|un)\s+(?:interview|time|slot"
    r"|call|meeting|date|entrevista|cita|reunión|hora|fecha|llamada))"
    r"|feedback\s+for\s+you|(?:have|give|share)\s+(?:you\s+)?(?:some\s+)?(?:feedback|news)|(?:make|reach|have|expect|take)\s+(?:a\s+|our\s+|the\s+|any\s+)?(?:final\s+)?"
    r"decision|decision\s+(?:will|should)\s+be|(?:an?|the|our)\s+(?:(?:final|definite|definitive|clear|firm|formal"
    r"|quick|written|proper)\s+)?(?:answer|decision|update|outcome"
    r"|feedback)|come\s+back\s+to\s+you|reach\s+out\s+to\s+you|contact\s+you|inform\s+you|notify\s+you"
    r"|respond\s+to\s+you|let\s+(?:all\s+)?(?:candidates|applicants)\s+know|keep\s+you\s+(?:posted|informed|updated)"
    r"|(?:will|we'll|i'll|they'll|should|(?:expect|plan|hope|aim)(?:ing)?\s+to)\s+decide"
    r"|(?:we|i|they)'ll\s+confirm|(?:we'll|i'll|will)\s+know\s+more|promised\s+(?:me\s+|us\s+)?(?:feedback|an?\s+answer)"
    r"|respond\s+to\s+(?:all|every|each)\s+(?:applicants?|candidates?|applications?)"
    r"|melden\s+uns|rückmeldung|entscheidung|entscheiden|bescheid|antwort|hören\s+sie\s+von\s+uns|informieren\s+sie"
    r"|reviendr(?:ons|a|ai)\s+vers\s+vous|revenir\s+vers\s+vous|vous\s+répondr(?:a|ons)|(?:on|je)\s+te\s+dit"
    r"|réponse|décision|de\s+nos\s+nouvelles"
    r"|tiendrons\s+informée?|tiens\s+informée?|vous\s+informer|vous\s+recontacter|(?:un|notre|mon)\s+retour"
    r"|répondre\s+à\s+(?:chaque|tous|toutes|vous)|vous\s+ferons\s+part"
    r"|respuesta|decisión|noticias\s+nuestras|pondremos\s+en\s+contacto|contestaremos|responderemos"
    r"|informaremos|te\s+(?:digo|escribo|respondo|aviso|cuento)(?!\s*(?::|para\b|cómo\b|que\b))|te\s+diremos|te\s+avisaremos|te\s+(?:diré|contaré|confirmaré)|le\s+(?:diré|diremos)"
    # Someone will hear, know or have clarity (the news then reaches the candidate): "should hear by the end of
    # February", "expect to know more by", "we'll have clarity in 10 working days", "sabremos algo a finales de mes".
    # (A contraction is no word start for the scanner: "they'll" is spelt out.)
    r"|(?:will|should|expect\s+to|hope\s+to)\s+hear|hear\s+(?:back\s+)?(?:by|within|before|next|this)"
    r"|know\s+more|(?:have|get)\s+(?:more\s+)?clarity|(?:should|will|expect\s+to|hope\s+to|(?:i|we)'ll)\s+know\b"
    r"|(?:will|(?:i|we)'ll)\s+message\s+you"
    r"|(?:will|should|going\s+to|(?:we|i|they|he|she)'ll)\s+(?:let\s+(?:me|us)\s+know|reach\s+out|review)"
    r"|sabremos|sabré|saurons|saurai|wissen\s+wir|weiß\s+ich|revisará"
    # German word order puts the verb first or last: "melden wir uns", "melde mich", "Sie hören … von mir".
    r"|melden\s+(?:wir\s+)?(?:uns|mich|sich)|melde\s+(?:ich\s+)?mich|meldet\s+sich"
    r"|hören\s+(?:\S+\s+){0,5}?von\s+(?:uns|mir)|(?:je\s+)?(?:reviens|revenons)\s+vers\s+(?:vous|toi)"
    r"|recontact\w*"
    # Everyone is told: "decisions go out by", "all candidates will be notified", "let everyone know", "get back to
    # every finalist", "clôturer le processus d'ici fin novembre".
    r"|decisions?\s+(?:go|goes|will\s+go)\s+out|notified|benachrichtig\w*|notifiée?s?|notificad[oa]s?"
    r"|let\s+(?:all\s+)?(?:candidates|applicants|everyone|everybody)\s+know|get\s+back\s+to\s+(?:every\w*|all|each)"
    r"|(?:clôturer|close|conclude|wrap\s+up|finish|finali[sz]e|abschließen|cerrar)\s+(?:le|the|our|den|el|das)\s+"
    r"(?:processus|process|recrutement|search|prozess|proceso|verfahren|auswahlverfahren)"
    r"|(?:you'll|you\s+will|you\s+should)\s+(?:hear|have|get)|recibirás|recibirá"
    r"|te\s+(?:decimos|contamos|avisamos|escribimos|respondemos|confirmamos)|contest(?:o|amos|aré|aremos)"
    r"|vous\s+répondre|serez\s+fix\w*|retour\s+(?:promis|garanti|prévu|d'ici|sous|avant|dans)"
    r"|entschieden\s+haben|haben\s+wir\s+entschieden|(?:kommen|komme)\s+(?:wir|ich)\s+(?:\S+\s+)?auf\s+(?:sie|dich)\s+zu"
    r"|auf\s+(?:sie|dich)\s+zukommen|(?:sollten|werden|wollen)\s+wir\s+so\s+weit\s+sein"
    r"|resolución|comunicar(?:á|emos|é)"
)
# A vague time right after the promise ("a decision for you as soon as we can") means an earlier date in the
# sentence is about something else ("we're wrapping up the last interviews this week").
_VAGUE = re.compile(r"as\s+soon\s+as|\bsoon\b|shortly|zeitnah|\bbald\b|so\s+schnell|dès\s+que|rapidement|pronto"
                    r"|en\s+cuanto|lo\s+antes")
# A rejection's only promise is feedback: its date counts only in a sentence that names it.
_FEEDBACK = re.compile(r"feedback|notes|notizen|retour|rückmeldung|comentarios|devoluci[oó]n|commentaires")
# Written feedback promised with a rejection ("I'll send over the written feedback", "te mando el feedback",
# "das ausführliche Feedback schicke ich Ihnen"): the noun is scanned, the giving is checked behind it (a pattern
# that starts at "the" or "send" would be tried at every such word).
_FEEDBACK_NOUN = r"feedback|notes|notizen|retour|retours|comentarios|informe"
_FEEDBACK_GIVEN = re.compile(
    r"(?:(?<![\w'])(?:send|share|give|pass|schick|sende|envoie|envoyer|envoi|transmet|mand|envi|recibir)\w*"
    r"\s+(?:\S+\s+){0,9}?|(?<![\w'])(?:the|our|my|detailed|written|das|le|el|mon|notre|un|ein|eine|einen|una|les)"
    r"\s+(?:\S+\s+){0,2}?)$"
)
_FEEDBACK_REACH = 90
_PROMISE_SCAN = Scanner([[_PROMISE.pattern], [_FEEDBACK_NOUN]], [1.0, 0.5])
# …unless the sentence asks something of the candidate or names a deadline of theirs.
_REQUEST = re.compile(
    r"let\s+us\s+know|your\s+(?:decision|answer|acceptance|response)|please|kindly|\bsign\b|\baccept|\breturn\b"
    r"|\bsubmit|\bcomplete\b|\bapply|applications?\s+close|expire|valid\s+until|deadline|re-?apply"
    r"|(?:we'd|we\s+would)\s+appreciate|you\s+(?:must|need\s+to|should)\b|i'm\s+back|i\s+return|my\s+return"
    r"|bitte|geben\s+sie\s+uns|teilen\s+sie\s+uns|ihre\s+entscheidung|zurücksenden|bewerbungsschluss|erneut"
    r"|merci\s+de|votre\s+décision|nous\s+faire\s+part|postulez|veuillez|(?:à|dès|après)\s+mon\s+retour"
    r"|tu\s+(?:respuesta|decisión)|agradecer|necesitar|por\s+favor|inscríbete|postular|fecha\s+límite|mi\s+regreso"
)


# A semicolon ends a request before a promise: "please send your availability; we aim to decide by …".
_STOPS = (". ", "! ", "? ", "; ")


def _ordinal(text: str, i: int) -> bool:
    """Given the index of a stop, returns whether it ends a day number ("am 15. März"), not a year ("2025. Wir")."""
    return i > 0 and text[i - 1].isdigit() and not (i >= 4 and text[i - 4:i].isdigit())


def _sentence_start(text: str, begin: int) -> int:
    """Given a position, returns where its sentence starts: after . ! ? + space (not "am 15. März") or a newline."""
    start = text.rfind("\n", 0, begin) + 1
    for stop in _STOPS:
        i = text.rfind(stop, start, begin)
        while _ordinal(text, i):
            i = text.rfind(stop, start, i)
        if i >= 0:
            start = max(start, i + 2)
    return start


def _sentence_end(text: str, finish: int) -> int:
    """Given a position, returns where its sentence ends (the same boundaries as `_sentence_start`)."""
    end = text.find("\n", finish)
    end = len(text) if end < 0 else end
    for stop in _STOPS:
        i = text.find(stop, finish, end)
        while _ordinal(text, i):
            i = text.find(stop, i + 1, end)
        if i >= 0:
            end = min(end, i)
    return end


# Words that make the expression after them a deadline ("by Friday", "spätestens am 15. März").
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|before|until|till|no\s+later\s+than|\bbis(?:\s+zum|\s+spätestens)?|spätestens(?:\s+(?:am|bis))?"
    r"|avant(?:\s+le)?|d'ici(?:\s+le)?|au\s+plus\s+tard(?:\s+le)?|antes\s+del?|a\s+más\s+tardar(?:\s+el)?"
    r"|como\s+muy\s+tarde(?:\s+el)?"
    r"|hasta(?:\s+el)?)\s+(?:the\s+|den\s+|le\s+|el\s+)?(?:" + WD + r",?\s+(?:the\s+|den\s+|le\s+|el\s+)?)?$"
)
_DEADLINE_REACH = 48


def find_decision_date(text: str, as_of: date, *, feedback_only: bool = False) -> tuple[date, str] | None:
    """Given lower-cased employer text and the message's date, returns the promised date and its words.

    Returns None when no sentence promises an answer by a resolvable date; with `feedback_only` (a rejection)
    only a sentence that promises feedback counts.
    """
    if feedback_only and _FEEDBACK.search(text) is None:
        return None
    for index, begin, finish in _PROMISE_SCAN.scan(text):
        if index == 1 and _FEEDBACK_GIVEN.search(text, max(0, begin - _FEEDBACK_REACH), begin) is None:
            continue
        start = _sentence_start(text, begin)
        sentence = text[start:_sentence_end(text, finish)]
        if _REQUEST.search(sentence) or (feedback_only and _FEEDBACK.search(sentence) is None):
            continue
        found = resolve_expression(sentence, as_of)
        if found is not None and not (_VAGUE.search(sentence, finish - start, finish - start + 40)
                                      and sentence.find(found[1]) < begin - start):
            return found
    return None


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
