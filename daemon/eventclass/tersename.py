"""The company in the user's own terse title when nothing else names one: "interview amazon", "phone screen tallyhive",
"entretien pictet genève (poste …)", "MSD interview!!"."""

from __future__ import annotations

import re

from afterview.daemon.eventclass.companyname import NOT_COMPANY, clean_company
from afterview.daemon.eventclass.companyplace import VENUE
from afterview.daemon.eventclass.companytitle import COMPANY_TITLE_SPLIT, EVENT_WORD
from afterview.daemon.eventclass.domainmatch import STOP
from afterview.daemon.eventclass.role import CITIES, ROLE_NOUN
from afterview.daemon.eventclass.signals import fold

__all__ = ["terse_title_name"]

_CITY = re.compile(rf"(?i:{CITIES})")
_WORD = re.compile(r"[^\W\d_][\w'’&-]*")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
# Lowercase words of a note that say when, how or what else, not who.
_NOTE_WORDS = frozenset({"prep", "notes", "note", "tomorrow", "today", "morgen", "heute", "demain", "aujourd'hui",
                         "manana", "hoy", "again", "online", "remote", "tbc", "tbd", "maybe", "follow", "up", "und",
                         "and", "et", "y", "the", "le", "la", "el", "der", "die", "das", "my", "mon", "ma", "mein",
                         "meine", "mi", "new", "neu", "nouveau", "nuevo", "vor", "ort", "sur", "site", "place"})


def _plain(word: str) -> str:
    return word.strip("!?.,;:()[]\"'«»")


def _is_name_word(word: str) -> bool:
    folded = fold(word)
    return bool(_WORD.fullmatch(word)) and len(word) >= 3 and folded not in STOP and folded not in _NOTE_WORDS \
        and not EVENT_WORD.match(word) and not NOT_COMPANY.match(word) and not ROLE_NOUN.search(folded) \
        and not _CITY.fullmatch(word)


def terse_title_name(summary: str) -> str | None:
    """Given an event title, returns the name a terse note writes after or before what the event is, in any case
    ("interview amazon" -> "Amazon", "MSD interview!!" -> "MSD"), else None."""
    for part in COMPANY_TITLE_SPLIT.split(summary.partition("(")[0]):
        words = [w for w in map(_plain, part.split()) if w]
        if len(words) >= 2 and _ACRONYM.fullmatch(words[0]) and EVENT_WORD.match(words[1]) \
                and (name := clean_company(words[0])) and not NOT_COMPANY.match(name):
            return name
        lead = 0
        # "Journée d'évaluation …": an elided particle before an event word
        while lead < len(words) and EVENT_WORD.match(words[lead].rpartition("'")[2]):
            lead += 1
        rest = words[lead:]
        if rest and VENUE.match(fold(" ".join(rest))):
            rest = rest[1:]  # "Probetag Baustelle Brückner": where, then whose
        if rest and _CITY.fullmatch(rest[-1]) and (rest[-1].islower() or len(rest) == 1):
            rest = rest[:-1]  # "entretien pictet genève": where, after whom (not "Deloitte Luxembourg")
        if lead and 1 <= len(rest) <= 2 and _is_name_word(rest[0]) and all(
                _is_name_word(w) or (w[:1].isupper() and _CITY.fullmatch(w)) for w in rest[1:]):
            return " ".join(w if w[:1].isupper() else w.capitalize() for w in rest)
    return None
