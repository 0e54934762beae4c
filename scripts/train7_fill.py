"""Filling train7's whole-message templates: typos, promises, non-date slots and placeholder values."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, datetime

import train7_dates as dates
import train7_people as ppl
import train7_phrases as phr

DATED_SHARE = {"pending": 0.62, "acknowledgement": 0.5, "next_step": 0.45, "rejection": 0.2}
GROUP = {"pending": "generic", "acknowledgement": "ack", "next_step": "next", "rejection": "feedback"}
HUMAN = {"recruiter", "manager", "founder", "hr", "agency", "colleague", "candidate"}


@dataclass(frozen=True)
class Template:
    """One whole-message template of a bank."""

    label: str
    trap: str
    sender: str
    reg: str
    flags: frozenset[str]
    subject: str
    body: str
    lang: str


def parse_bank(text: str, lang: str) -> list[Template]:
    """Given a bank's text and language, returns its templates; raises ValueError on a malformed entry."""
    out = []
    for chunk in text.split("\n@@ ")[1:]:
        head, subject, body = [*chunk.split("\n", 2), "", ""][:3]
        fields = head.split()
        if len(fields) < 4 or not subject:
            raise ValueError(f"bad template head: {head!r}")
        out.append(Template(fields[0], fields[1], fields[2], fields[3], frozenset(fields[4:]), subject,
                            body.strip("\n"), lang))
    return out


def slip(rng: random.Random, text: str) -> str:
    """Given template text, returns it with two adjacent letters swapped in one long word outside placeholders."""
    words = [m for m in re.finditer(r"(?<![{\w])[A-Za-zäöüéèàçñí]{7,}(?![\w}])", text)]
    if not words:
        return text
    m = rng.choice(words)
    word = m.group(0)
    i = rng.randint(1, len(word) - 3)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return text[: m.start()] + swapped + text[m.end():]


def plain_date(lang: str, day: date, rng: random.Random) -> str:
    """Given a language and a day, returns the day without its weekday (to follow a weekday name)."""
    mo = dates.MONTHS[lang][day.month - 1]
    return rng.choice({"en": [f"{day.day} {mo}", f"{mo} {day.day}"], "de": [f"{day:%d.%m.}", f"{day:%d.%m.%Y}"],
                       "fr": [f"{day.day} {mo}"], "es": [f"{day.day} de {mo}"]}[lang])


@dataclass
class Filled:
    """A template filled for one message, with what the CSVs record."""

    text: str
    subject: str
    decision: date | None
    promise_kind: str
    company: str
    role: str
    promise: str


def promise_for(
    rng: random.Random, t: Template, day: date, slot: date | None, allow_dated: bool
) -> tuple[str, date | None, str]:
    """Given a template, the local day and any slot date in it, returns (promise text, decision date, kind)."""
    if t.label not in DATED_SHARE or "nop" in t.flags:
        return "", None, "none"
    if allow_dated and rng.random() < DATED_SHARE[t.label]:
        for _ in range(30):
            text, when = dates.make_promise(rng, t.lang, GROUP[t.label], day)
            if slot is None or when > slot:
                return text, when, "dated"
    if t.label != "rejection" and rng.random() < 0.4:
        return dates.make_vague(rng, t.lang), None, "vague"
    return "", None, "none"


FORMAL_WORDS = re.compile(r"\b(Sie|Ihre?|vous|votre|su|usted)\b")


def implied_for(t: Template) -> list[str]:
    """Given a template, returns the implied-rejection phrases that fit its register (no Sie/vous/usted in du/tu)."""
    return [p for p in phr.IMPLIED[t.lang] if t.reg == "f" or not FORMAL_WORDS.search(p)]


def fill(rng: random.Random, t: Template, ctx: dict[str, object], sender_name: str, allow_dated: bool,
         extra: dict[str, str]) -> Filled:
    """Given a template, its context, the sender's name and extra placeholder values, returns the filled text."""
    sent = ctx["sent"]
    slot = ctx["slot"]
    assert isinstance(sent, datetime) and isinstance(slot, date)
    body = t.body
    if t.sender in HUMAN and "typo" not in t.trap and rng.random() < (0.1 if t.sender == "hr" else 0.3):
        body = slip(rng, body)
    uses_slot = "{date1}" in body or "{wd1}" in body
    promise, decision, kind = promise_for(rng, t, sent.date(), slot if uses_slot else None, allow_dated)
    if "{promise}" not in body and promise and "bare" not in t.flags:
        body = body + "\n\n{promise}"
    user = ppl.USERS[str(ctx["user_key"])]
    values = {"first": user.first, "co": str(ctx["co"]), "role": str(ctx["role"]), "sender": sender_name,
              "date1": plain_date(t.lang, slot, rng), "wd1": dates.WEEKDAYS[t.lang][slot.weekday()],
              "promise": promise, "implied": rng.choice(implied_for(t)),
              "status": rng.choice(phr.STATUS[t.lang]), "reason": rng.choice(phr.REASON[t.lang]), **extra}
    values["Implied"] = values["implied"][0].upper() + values["implied"][1:]
    text = body.format(**values)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    text = re.sub(r"(\d\.)\.", r"\1", text)  # "bis 30.11." ends the sentence too
    return Filled(text, t.subject.format(**values), decision, kind, str(ctx["co"]), str(ctx["role"]), promise)
