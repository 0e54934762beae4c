"""Whether a person's written name and a mail address are the same person ("Pieter van Damme" and
pieter.vandamme@, "Nicole Bärtschi" and nicole.baertschi@, "Marc-Antoine Girard" and ma.girard@)."""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import SPELT_OUT, fold

__all__ = ["name_matches_email"]


def name_matches_email(name: str, email: str) -> bool:
    """Given a name and an address, returns whether the address's local part spells that name (or its first name
    alone for a one-word name)."""
    local = email.split("@", 1)[0].lower()
    # "Nicole Bärtschi" writes nicole.baertschi@: the umlaut spelt out as well as dropped
    spellings = {fold(name), fold(name.lower().translate(SPELT_OUT))}
    return any(_spelling_matches(spelling, local) for spelling in spellings)


def _spelling_matches(folded: str, local: str) -> bool:
    tokens = [t for t in re.split(r"[\s'’-]+", folded.replace("ı", "i")) if t]
    parts = [p for p in re.split(r"[._+-]", local) if p]
    if len(tokens) < 2:
        return bool(tokens) and parts[:1] == tokens[:1]
    first, last = tokens[0], tokens[-1]
    if (first in parts and last in parts) or local in (
            first[0] + last, first + last, first + "." + last, first[0] + "." + last):
        return True
    # "Pieter van Damme" as pieter.vandamme@, "Marc-Antoine Girard" as ma.girard@: a particle joined to the
    # surname, a double first name by its initials
    joined = "".join(tokens[1:])
    firsts = re.split(r"[\s-]+", folded.split()[0]) if folded.split() else []
    initials = "".join(f[:1] for f in firsts)
    return len(tokens) > 2 and ((first in parts and joined in parts) or (len(firsts) > 1 and parts[:1] == [initials]
                                                                         and last in parts))
