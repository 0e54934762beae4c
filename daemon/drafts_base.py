"""The facts a draft or tickler is written from, and the small wording helpers they share.

Everything here is pure and deterministic: the same facts always give the same words,
so an unchanged draft keeps its fingerprint across restarts.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from afterview.daemon.errors import UsageError

T = TypeVar("T")

STAGES: frozenset[str] = frozenset({"recruiter_screen", "technical", "hiring_manager", "onsite", "final"})


@dataclass(frozen=True)
class DraftFacts:
    """What one draft or tickler is about. Empty strings and None mean "not known".

    `topics` are the user's own notes about this person or application; `recipient_email`
    only steers the choice of phrasing (two interviewers of one name still differ);
    `followup_max` is the policy's number of follow-ups (the "of 3").
    """

    user_name: str
    company: str
    role: str | None
    interview_date: date | None
    stage: str | None
    recipient_name: str | None
    recipient_title: str | None
    topics: tuple[str, ...] = ()
    decision_date: date | None = None
    followup_number: int = 1
    recipient_email: str | None = None
    followup_max: int = 3


@dataclass(frozen=True)
class Composed:
    """A finished text: a mail subject and body, or a tickler summary and description."""

    subject: str
    body: str


# ---------------------------------------------------------------- phrasing choice


def variant_seed(f: DraftFacts) -> bytes:
    """Given the facts, returns the hash that picks phrasings: recipient (email, else name), company, role."""
    who = f.recipient_email or f.recipient_name or ""
    parts = (who, f.company, f.role or "")
    blob = "\x1f".join(" ".join(p.split()).casefold() for p in parts)
    return hashlib.sha256(blob.encode("utf-8")).digest()


def pick_index(seed: bytes, slot: int, count: int) -> int:
    """Given a seed, a slot (0..7, one per independent choice) and a count, returns an index < count."""
    chunk = seed[(slot % 8) * 4 : (slot % 8) * 4 + 4]
    return int.from_bytes(chunk, "big") % count


def pick(seed: bytes, slot: int, options: Sequence[T]) -> T:
    """Given a seed and a slot, returns one of the options, the same one every time."""
    return options[pick_index(seed, slot, len(options))]


# ---------------------------------------------------------------- names and labels

_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "miss", "prof", "sir", "madam", "dame"})


def _clean(text: str | None) -> str:
    return " ".join((text or "").replace('"', " ").split()).strip(" ,;<>'")


def first_name(name: str | None) -> str | None:
    """Given a display name ("Dana Smith", "Smith, Dana", "Dr. Dana Smith"), returns how to greet them.

    Returns None for an empty name or one that is really an address.
    """
    cleaned = _clean(name)
    if not cleaned or "@" in cleaned:
        return None
    if "," in cleaned:  # "Smith, Dana" (directory style)
        family, _, given = cleaned.partition(",")
        cleaned = f"{given.strip()} {family.strip()}".strip()
    words = [w for w in cleaned.split() if w.rstrip(".").casefold() not in _HONORIFICS]
    if not words:
        return None
    first = words[0]
    if first.isupper() and len(first) > 2:
        first = first.capitalize()
    if len(first.rstrip(".")) == 1:  # an initial alone is no way to greet anyone
        return " ".join(words)
    return first


def salutation(f: DraftFacts, formal: bool) -> str:
    """Given the facts, returns "Dear Dana," / "Hi Dana," by `formal`, or "Hello," when no name is known."""
    name = first_name(f.recipient_name)
    if name is None:
        return "Hello,"
    return f"Dear {name}," if formal else f"Hi {name},"


def signature(sign_off: str, user_name: str) -> str:
    """Given a closing ("Best regards,") and the user's name, returns the signature block."""
    name = _clean(user_name)
    return f"{sign_off}\n{name}" if name else sign_off


def company(f: DraftFacts) -> str | None:
    """Given the facts, returns the company name or None."""
    return _clean(f.company) or None


def role(f: DraftFacts) -> str | None:
    """Given the facts, returns the role title or None."""
    return _clean(f.role) or None


def possessive(name: str) -> str:
    """Given a name, returns its English possessive ("Acme's", "Siemens'")."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_ROLE_NOUNS = frozenset({"role", "position", "job", "opening", "opportunity", "vacancy"})


def role_phrase(f: DraftFacts) -> str:
    """Given the facts, returns "the Senior Engineer role at Acme", degrading gracefully when unknown."""
    r, c = role(f), company(f)
    if r:
        noun = "" if r.split()[-1].casefold() in _ROLE_NOUNS else " role"
        base = f"the {r}{noun}"
    else:
        base = "the role" if c else "the position"
    return f"{base} at {c}" if c else base


def position_label(f: DraftFacts) -> str | None:
    """Given the facts, returns "Senior Engineer at Acme" / "Acme" / "Senior Engineer", or None."""
    r, c = role(f), company(f)
    if r and c:
        return f"{r} at {c}"
    return r or c


def calendar_label(f: DraftFacts) -> str:
    """Given the facts, returns the tickler tag "Acme, Senior Engineer", degrading gracefully."""
    r, c = role(f), company(f)
    if r and c:
        return f"{c}, {r}"
    return c or r or "your interview"


def interview_label(f: DraftFacts) -> str | None:
    """Given the facts, returns "Senior Engineer interview at Acme" ("interview at Acme"…), or None."""
    r, c = role(f), company(f)
    if r:
        return f"{r} interview at {c}" if c else f"{r} interview"
    return f"interview at {c}" if c else None


def with_label(text: str, label: str | None, fallback: str) -> str:
    """Given a subject stem and an optional label, returns "stem — label", or `fallback` without a label."""
    return f"{text} — {label}" if label else fallback


def team(f: DraftFacts) -> str:
    """Given the facts, returns the company name, or "your team" when unknown."""
    return company(f) or "your team"


def org(f: DraftFacts) -> str:
    """Given the facts, returns the company name, or "your company" when unknown (for "openings at …")."""
    return company(f) or "your company"


def team_possessive(f: DraftFacts) -> str:
    """Given the facts, returns "Acme's" or "your team's"."""
    c = company(f)
    return possessive(c) if c else "your team's"


_MEETING_NOUNS = {
    "recruiter_screen": "call",
    "technical": "technical interview",
    "hiring_manager": "conversation",
    "onsite": "visit",
    "final": "final interview",
}


def meeting_noun(f: DraftFacts) -> str:
    """Given the facts, returns what the meeting was called ("call", "visit", "interview")."""
    return _MEETING_NOUNS.get(f.stage or "", "interview")


# ---------------------------------------------------------------- dates and topics

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def day_words(d: date) -> str:
    """Given a date, returns it in English independent of the process locale: "Tuesday, March 11"."""
    return f"{_DAYS[d.weekday()]}, {_MONTHS[d.month - 1]} {d.day}"


def on_day(d: date | None, *, mid: bool = False) -> str:
    """Given an optional date, returns " on Tuesday, March 11" (with a closing comma if `mid`) or ""."""
    if d is None:
        return ""
    return f" on {day_words(d)}," if mid else f" on {day_words(d)}"


_LOWER_STARTS = frozenset({
    "the", "a", "an", "how", "what", "why", "when", "where", "which", "who", "your", "our", "their",
    "his", "her", "its", "my", "this", "that", "these", "those", "building", "working", "moving",
})
_MAX_TOPIC_WORDS = 12


def topic_phrase(note: str) -> str | None:
    """Given one of the user's notes, returns it as a phrase to weave in, or None if it reads as a sentence.

    Short phrases ("the data platform migration") are woven into a sentence; longer
    notes are not, because gluing a sentence into "our conversation about …" reads badly.
    """
    text = " ".join(note.split()).rstrip(".!;:, ")
    if not text:
        return None
    words = text.split()
    if len(words) > _MAX_TOPIC_WORDS or re.search(r"[.!?]\s", text):
        return None
    if words[0].casefold() in _LOWER_STARTS and words[0][:1].isupper() and not words[0].isupper():
        text = text[:1].lower() + text[1:]
    return text


def usable_topics(f: DraftFacts) -> tuple[list[str], list[str]]:
    """Given the facts, returns (phrases to weave in, long notes to leave for the user), in order."""
    phrases: list[str] = []
    notes: list[str] = []
    for raw in f.topics:
        if not raw or not raw.strip():
            continue
        phrase = topic_phrase(raw)
        if phrase is None:
            notes.append(" ".join(raw.split()))
        else:
            phrases.append(phrase)
    return phrases, notes


def discussed_placeholder(f: DraftFacts) -> str:
    """Given the facts, returns the line the user must fill in: "[Add one thing you discussed with Dana]"."""
    name = first_name(f.recipient_name)
    who = name if name else "your interviewer"
    return f"[Add one thing you discussed with {who}]"


def followup_count(f: DraftFacts) -> tuple[int, int]:
    """Given the facts, returns (this follow-up's number, how many there are in all).

    A number past `followup_max` (a policy configured for more) counts as the last one
    rather than failing the whole plan; raises UsageError for a number below 1.
    """
    if f.followup_number < 1:
        raise UsageError(
            f"follow-up number {f.followup_number} is below 1",
            hint="the planner numbers follow-ups from 1 up to the configured maximum",
        )
    return f.followup_number, max(f.followup_max, f.followup_number)


def paragraphs(*parts: str) -> str:
    """Given text blocks (empty ones skipped), returns them separated by blank lines, newline-terminated."""
    return "\n\n".join(p for p in parts if p) + "\n"
