"""holdout10 core: the template mini-language, the per-language bank type and the decision-date resolver.

Given a template and a random source, `expand` returns the text with [[a|b]] alternations chosen; `fill` puts
the slot values in. `resolve` turns a promise kind into the day it promises, from the Date header's local day.
"""

from __future__ import annotations

import calendar
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

ALT_RX = re.compile(r"\[\[(.*?)\]\]", re.S)
SLOT_RX = re.compile(r"\{([a-z_]+)\}")
PROMISE_RX = re.compile(r"<<(.*?)>>", re.S)


@dataclass(frozen=True)
class Template:
    """One whole-message template: what it is, who writes it and its text."""

    label: str
    lang: str
    trap: str
    sender: str
    subject: str
    body: str
    quote: str = ""  # which of the candidate's earlier mails a reply quotes ("" = none)
    extra: tuple[str, ...] = ()  # layout hints: pdf, invite, fwd, html

    @property
    def has_promise(self) -> bool:
        """Given the template, returns whether it has a <<promise>> segment."""
        return "<<" in self.body


@dataclass
class LangBank:
    """Everything one language contributes: templates, promise phrasings, dates, quotes and boilerplate."""

    code: str
    templates: list[Template]
    promises: dict[str, list[str]]
    vague: list[str]
    weekdays: list[str]
    months: list[str]
    numbers: dict[int, str]
    date_formats: list[str]
    quotes: dict[str, tuple[str, str]]  # kind -> (subject, text)
    disclaimers: list[str]
    people: list[str]
    roles: list[str]
    signoffs: list[str]
    words: dict[str, str] = field(default_factory=dict)  # reply headers, button, footer
    lists: dict[str, list[str]] = field(default_factory=dict)  # job titles per sender kind


def parse_templates(text: str, lang: str) -> list[Template]:
    """Given a bank in the `@@ label trap sender [q=kind] [x=hint,hint]` format, returns its templates."""
    out: list[Template] = []
    for chunk in text.split("@@ ")[1:]:
        head, _, rest = chunk.partition("\n")
        parts = head.split()
        label, trap, sender = parts[0], parts[1], parts[2]
        opts = dict(p.split("=", 1) for p in parts[3:])
        lines = rest.strip("\n").split("\n")
        if not lines[0].startswith("S: "):
            raise ValueError(f"template without subject: {head}")
        body = "\n".join(lines[1:]).strip("\n") + "\n"
        extra = tuple(opts["x"].split(",")) if "x" in opts else ()
        out.append(Template(label, lang, trap, sender, lines[0][3:], body, opts.get("q", ""), extra))
    return out


def expand(text: str, rng: random.Random) -> str:
    """Given text with [[a|b|c]] choices, returns it with one alternative picked for each."""
    return ALT_RX.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def fill(text: str, slots: dict[str, str]) -> str:
    """Given text with {slot}s, returns it filled; raises KeyError for a slot the message lacks."""
    return SLOT_RX.sub(lambda m: slots[m.group(1)], text)


def tidy(text: str) -> str:
    """Given rendered text, returns it without the doubled spaces and blank-line runs an empty slot leaves."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n") + "\n"


def slip(text: str, rng: random.Random) -> str:
    """Given template text, returns it with two letters swapped in one long plain word outside slots and promises."""
    protected = [(m.start(), m.end()) for rx in (SLOT_RX, PROMISE_RX, ALT_RX) for m in rx.finditer(text)]
    words = [
        m
        for m in re.finditer(r"\b[a-z]{7,}\b", text)
        if not any(a <= m.start() < b for a, b in protected)
    ]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return text[: m.start()] + w2 + text[m.end() :]


# --- decision dates -------------------------------------------------------------------------------------------

def add_business_days(d: date, n: int) -> date:
    """Given a day and N, returns the day N working days later (Saturdays and Sundays skipped)."""
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def next_weekday(d: date, wd: int) -> date:
    """Given a day and a weekday (0 = Monday), returns the next such day after it (a week later on that day)."""
    ahead = (wd - d.weekday()) % 7
    return d + timedelta(days=ahead or 7)


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns its last day."""
    return date(year, month, calendar.monthrange(year, month)[1])


def resolve(kind: str, n: int, d: date) -> date:
    """Given a promise kind, its number and the Date header's local day, returns the promised day; raises ValueError."""
    if kind == "days":
        return d + timedelta(days=n)
    if kind == "bdays":
        return add_business_days(d, n)
    if kind == "weeks":
        return d + timedelta(days=7 * n)
    if kind == "wd":
        return next_weekday(d, n)
    if kind == "eow":
        return d + timedelta(days=4 - d.weekday())
    if kind == "eonw":
        return d + timedelta(days=11 - d.weekday())
    if kind == "eom":
        return month_end(d.year, d.month)
    if kind == "month":  # n is the month number, this year or next
        year = d.year if n >= d.month else d.year + 1
        return month_end(year, n)
    if kind == "explicit":
        return d + timedelta(days=n)
    if kind == "tomorrow":
        return d + timedelta(days=1)
    raise ValueError(f"unknown promise kind {kind}")


def allowed_kinds(d: date) -> list[str]:
    """Given the message day, returns the promise kinds that name one clear day from it."""
    kinds = ["days", "bdays", "weeks", "wd", "explicit"]
    if d.weekday() <= 4:  # on a weekend "next week" could mean either of two weeks
        kinds.append("eonw")
    if d.weekday() <= 3:
        kinds += ["eow", "tomorrow"]
    if d.day <= 20:
        kinds += ["eom", "month"]
    return kinds


def fmt_date(bank: LangBank, d: date, rng: random.Random) -> str:
    """Given a day, returns it written in one of the language's usual formats."""
    pattern = rng.choice(bank.date_formats)
    return pattern.format(
        wd=bank.weekdays[d.weekday()],
        d=d.day,
        dd=f"{d.day:02d}",
        m=f"{d.month:02d}",
        mon=bank.months[d.month - 1],
        Mon=bank.months[d.month - 1].capitalize(),
        y=d.year,
    )


def render_promise(bank: LangBank, d: date, rng: random.Random) -> tuple[str, date]:
    """Given the message day, returns a dated promise phrase in the bank's language and the day it resolves to."""
    kind = rng.choice(allowed_kinds(d))
    phrase = rng.choice(bank.promises[kind])
    n = 0
    if kind == "days":
        n = rng.choice([3, 5, 7, 10, 14])
    elif kind == "bdays":
        n = rng.choice([2, 3, 5, 7, 10])
    elif kind == "weeks":
        n = rng.choice([2, 3])
    elif kind == "wd":
        n = (d.weekday() + rng.randint(2, 6)) % 7
        if n > 4:
            n = 4 if d.weekday() != 4 else 3
    elif kind == "month":
        n = d.month if rng.random() < 0.5 else d.month % 12 + 1
    elif kind == "explicit":
        n = rng.randint(6, 18)
        while (d + timedelta(days=n)).weekday() >= 5:  # nobody promises an answer for a Saturday
            n += 1
    due = resolve(kind, n, d)
    num = bank.numbers.get(n, str(n)) if rng.random() < 0.35 else str(n)
    text = phrase.format(
        n=num,
        wd=bank.weekdays[n] if kind == "wd" else "",
        month=bank.months[n - 1] if kind == "month" else "",
        date=fmt_date(bank, due, rng) if kind == "explicit" else "",
    )
    return text, due
