"""A relative's interview in a shared family calendar: "Kara - 2nd interview (NIH) … Owen does school drop-off".

The entry opens with someone's first name and a dash and names the user in the third person, minding the children
meanwhile: it is written by or about someone else, and no interview of the user's.
"""

from __future__ import annotations

import re

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.freemail import is_free_mail
from afterview.daemon.eventclass.greeting import greeting_of
from afterview.daemon.eventclass.people import Me, domain_of, is_me, participants
from afterview.daemon.eventclass.signals import INTERVIEW, cues, fold, writes_any

__all__ = ["relatives_interview"]

# "Kara - 2nd interview", "Jan – Final Interview Nordlicht", "Vikram - interview Hydro Rideau"
_OPENS_WITH_NAME = re.compile(r"^\s*(?P<name>[A-ZÀ-Þ][a-zà-ÿ]{1,14})\s*[-–—]\s")


def relatives_interview(event: CalendarEvent, me: Me) -> str | None:
    """Given an event and the user, returns the first name of the relative whose interview it is (an entry that
    opens with another first name and speaks of the user in the third person), or None."""
    found = _OPENS_WITH_NAME.match(event.summary)
    if found is None or (name := fold(found.group("name"))) in me.first_names or not me.first_names:
        return None
    # the user's own entry, or the relative's invitation from their private address
    others = [p for p in participants(event) if not is_me(p, me)]
    if any(not is_free_mail(domain_of(p)) or name not in fold(f"{p.name} {p.email}") for p in others):
        return None
    title, body = fold(event.summary), fold(event.description)
    greeting = greeting_of(event.description)
    # (not a letter that greets the user, "Hi Owen, …" from a founder's free mail)
    if not cues(INTERVIEW, title + " " + body) or not writes_any(body, me.first_names) or not _MINDING.search(body) \
            or (greeting and fold(greeting.group("name")) in me.first_names):
        return None
    return found.group("name")


# ... while the user minds the children: "Owen does school drop-off", "Kinder: Anke holt ab!", "picks up Arjun"
_MINDING = re.compile(r"\b(?:kids|children|kinder|enfants|ninos|school|schule|ecole|colegio|drop-?off|pick(?:s|ing)? up"
                      r"|abholen|holt \w+ ?ab|holt ab|recupere|recoge|cpe|kita|daycare|nursery|creche|garderie)\b")
