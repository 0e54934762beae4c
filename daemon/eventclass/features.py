"""The learned event model's features: folded words of the event plus the structure the rules already see.

Training (scripts/train_event_model.py) and inference (model.py) both call `event_features`, so the shipped
vocabulary always means the same thing. Text keys are word uni/bigrams of the title ("t:"), and of the
description and location ("d:"), with the user's own names and all addresses and links masked (each author
writes for another user), and the 5-letter pieces of the description's longer words ("c:"), which carry a word's
stem across its compounds and inflections ("vorstellungsgesprach", "entrevistas") to authors who write the same
word another way. Structure keys ("s:") say who organises and who is invited, the scheduler, duration,
language, video boilerplate and side.py's verdict. Pure Python and deterministic.
"""

from __future__ import annotations

import re
from itertools import pairwise

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass import signals as sig
from afterview.daemon.eventclass.boilerplate import scheduler_event_name
from afterview.daemon.eventclass.context import hand_typed
from afterview.daemon.eventclass.people import Me, domain_of, is_me, is_room, participants
from afterview.daemon.eventclass.side import Parties, Side
from afterview.daemon.eventclass.signals import fold

# The top of a description carries its cues; a bounded slice keeps the model cheap on long invitations.
MAX_CHARS = 1_500
# Shorter words are whole words already. On 16 splits by authors neither rules nor model had read (session 21),
# these pieces left the model's accuracy where it was (1,739 against 1,738 of 1,788 alone) and took its
# user-as-interviewer false positives from 11 to 6; 4-letter pieces, or pieces of 6-letter words, did no better.
CHAR_WORD = 7
PIECE = 5
_LINK = re.compile(r"(?i)\S+@\S+|https?://\S+|www\.\S+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:st|nd|rd|th|e|eme|er|a|o|\.)(?![a-z0-9])")
_SCHEDULERS = ("greenhouse", "lever.co", "ashby", "workday", "goodtime", "modernloop", "smartrecruiters", "workable",
               "icims", "personio", "teamtailor", "successfactors", "softgarden", "welcometothejungle", "taleez",
               "rexx", "dvinci", "bamboohr", "recruitee", "jobvite", "paradox", "hirevue", "karat", "codility")
# Video-call links and boilerplate: plain substrings, cheaper than the rules' cue pattern over a long footer.
_VIDEO = ("zoom.us", "teams.microsoft.com", "meet.google.com", "webex", "whereby.com", "meet.jit.si", "gotomeeting",
          "goto.com", "bluejeans", "skype", "microsoft teams", "google meet", "zoom meeting")
_BOOKING = ("calendly", "cal.com", "doodle", "hubspot", "chilipiper", "bookings", "outlook.office")
_LANGUAGE_WORDS = {
    "de": frozenset({"und", "der", "die", "das", "mit", "fur", "ihr", "ihre", "sie", "wir", "ist", "gesprach", "bei"}),
    "fr": frozenset({"et", "le", "la", "les", "avec", "pour", "vous", "nous", "est", "une", "des", "du", "entretien"}),
    "es": frozenset({"y", "el", "los", "las", "con", "para", "usted", "nosotros", "es", "una", "del", "entrevista"}),
    "en": frozenset({"and", "the", "with", "for", "you", "your", "we", "is", "our", "will", "interview", "to"}),
}


def _words(text: str, me: Me) -> list[str]:
    folded = fold(_LINK.sub(" ", text))
    words = _WORD.findall(folded)
    names = me.first_names | {part for full in me.full_names for part in full.split()}
    return ["_me_" if w in names else w for w in words]


def _grams(prefix: str, words: list[str]) -> set[str]:
    out = {prefix + w for w in words}
    out.update(prefix + a + " " + b for a, b in pairwise(words))
    return out


def _pieces(words: list[str]) -> set[str]:
    """Given folded words, returns the PIECE-letter pieces of those of at least CHAR_WORD letters ("c:" keys)."""
    out: set[str] = set()
    for word in words:
        if len(word) >= CHAR_WORD and word != "_me_":
            out.update("c:" + word[i:i + PIECE] for i in range(len(word) - PIECE + 1))
    return out


def _bucket(value: float, edges: tuple[float, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return f"<={edge:g}"
    return f">{edges[-1]:g}"


def _language(words: list[str]) -> str:
    distinct = set(words)
    counts = {lang: len(vocab & distinct) for lang, vocab in _LANGUAGE_WORDS.items()}
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] else "none"


def _structure(event: CalendarEvent, me: Me, description: str, words: tuple[list[str], list[str]],
               has_company: bool, who: Parties, side: Side) -> set[str]:
    title_words, all_words = words
    people = [p for p in participants(event) if p.email or p.name]
    room = [is_room(p) for p in people]
    others = [p for p, r in zip(people, room, strict=True) if not r and not is_me(p, me)]
    domains = " ".join(domain_of(p) for p in people)
    org_domain = domain_of(event.organizer) if event.organizer is not None else ""
    booked = scheduler_event_name(event.description) is not None
    raw = (event.description + " " + event.location + " " + event.url).lower()
    minutes = (event.end - event.start).total_seconds() / 60
    out = {
        f"s:org={who.organizer}", f"s:colleagues={min(who.colleagues, 2)}", f"s:companies={min(who.companies, 2)}",
        f"s:private={min(len(who.private), 2)}", f"s:others={_bucket(len(others), (0, 1, 2, 4))}",
        f"s:side={'interviewer' if side.interviewer else 'internal' if side.internal_move else 'none'}",
        f"s:lang={_language(all_words)}", f"s:has_company={has_company}",
        "s:allday" if event.all_day else f"s:minutes={_bucket(minutes, (20, 35, 50, 65, 95, 185, 600))}",
    }
    flags = {
        "invited": who.user_invited, "at_work": who.user_at_work, "private_addr": who.user_private,
        "rooms": any(room), "cancelled": event.cancelled, "recurring": event.recurrence_id is not None,
        "hand_typed": hand_typed(event, me), "no_description": not description.strip(),
        "video": any(v in raw for v in _VIDEO),
        "scheduler": any(s in domains for s in _SCHEDULERS),
        "org_scheduler": any(s in org_domain for s in _SCHEDULERS),
        "booking": booked or any(s in domains for s in _BOOKING),
        "host_booking": who.organizer in ("user-work", "user-private") and booked,
        "me_in_title": "_me_" in title_words, "title_short": len(title_words) <= 3,
        "free_mail_org": sig.is_free_mail(org_domain),
    }
    out.update(f"s:{name}" for name, on in flags.items() if on)
    return out


def event_features(event: CalendarEvent, me: Me, description: str, has_company: bool, who: Parties,
                   side: Side) -> set[str]:
    """Given an event, the user, its boilerplate-free description, whether another company takes part, and who
    takes part and the user's side as the rules saw them, returns its set of feature keys (text uni/bigrams and
    structure tokens)."""
    title_words = _words(event.summary, me)
    body_words = _words((description[:MAX_CHARS] + "\n" + event.location), me)
    keys = _grams("t:", title_words) | _grams("d:", body_words) | _pieces(body_words)
    keys |= _structure(event, me, description, (title_words, title_words + body_words), has_company, who, side)
    return keys
