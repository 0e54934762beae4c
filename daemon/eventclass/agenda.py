"""A description's timed programme ("09:30 Welcome with …", "10:00 Case study – …"): whom it schedules to meet
the user, and whether the invite's sender is on it only to welcome them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.connectors.base import Attendee
from afterview.daemon.eventclass.arrangers import mentions
from afterview.daemon.eventclass.signals import fold

__all__ = ["only_welcomes"]

# A slot opens a line (or follows a ';') with a time: "09:30", "9h30", "14.00 Uhr", "10:00-10:45".
_SLOT = re.compile(
    r"(?:^|[\n;])[ \t]*(?:[-•*][ \t]*)?\d{1,2}(?:[:.h]\d{2}|h)(?:[ \t]*(?:am|pm|uhr))?"
    r"(?:[ \t]*[-–—][ \t]*\d{1,2}(?:[:.h]\d{2}|h)(?:[ \t]*(?:am|pm))?)?([^\n;]*)", re.I)
# What a slot does when it only receives the user: "Welcome with …", "Bienvenida con …", "Accueil".
_WELCOME = re.compile(r"(?i)^\W*(?:welcome|bienvenida|bienvenue|accueil|begr[uü](?:ss|ß)ung|empfang|recepci[oó]n"
                      r"|check-in)\b")


def only_welcomes(description: str, organizer: Attendee, others: Sequence[Attendee], attends: bool) -> bool:
    """Given a description, the organizer, the other people found and whether the organizer is also an attendee,
    returns whether the description's timed programme puts at least two of the others in its slots and the organizer
    in none ("Ask for … at the front desk" beside it) or, when the organizer is no attendee, only in slots that
    welcome the user ("09:30 Welcome with …"): an attendee who opens the day is on the panel."""
    slots = [fold(m.group(1)) for m in _SLOT.finditer(description)]
    if len(slots) < 2:
        return False
    scheduled = sum(1 for person in others if any(mentions(slot, person) for slot in slots))
    own = [slot for slot in slots if mentions(slot, organizer)]
    return scheduled >= 2 and not (own and (attends or not all(_WELCOME.search(slot) for slot in own)))
