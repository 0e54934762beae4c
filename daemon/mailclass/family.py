"""A cue family (phrases that point to a label, with their scope rules) and one hit of it in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from afterview.daemon.verdicts import MailLabel


@dataclass(frozen=True)
class Family:
    """A named group of cue phrases voting for `label` with `weight`.

    `negated_label`: where a negated hit votes instead (None: it is dropped);
    `conditional`: an "if/once/wenn/si" clause cancels the hit; `past`: thanks for, or a look back
    at, a meeting that already happened ("thank you for taking the time to interview") cancels it.
    """

    name: str
    label: MailLabel
    weight: float
    phrases: tuple[str, ...]
    negatable: bool = False
    negated_label: MailLabel | None = None
    conditional: bool = False
    to_others: bool = False
    past: bool = False
    guard: re.Pattern[str] | None = None
    guard_reason: str = "user-in-gap"


class Hit(NamedTuple):
    """One cue found in the text: which family, the matched words, and what scope did to it.

    A named tuple, not a frozen dataclass: a message makes a few of them, and a frozen dataclass's
    __init__ (one object.__setattr__ per field) cost as much as the scope checks that decide them.
    """

    family: Family
    text: str
    start: int
    negated: bool = False
    cancelled: str | None = None
    # Where a negated hit votes instead of its family's negated_label ("no offer yet" is pending, not a no).
    vote: MailLabel | None = None


def alt(*phrases: str) -> tuple[str, ...]:
    """Given phrases, returns them as a tuple (one per line in the tables)."""
    return phrases
