"""The company a founder or recruiter writing from personal mail puts in the address ("katrin.teemana@gmail.com"),
when the event writes that name too."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from afterview.connectors.base import CalendarEvent
from afterview.daemon.eventclass.companyname import NOT_COMPANY, clean_company
from afterview.daemon.eventclass.people import Me, domain_of, is_me, participants
from afterview.daemon.eventclass.signals import fold, is_free_mail, squash

__all__ = ["free_mail_named"]

# "SiteFlow's", "Teemana!": a capitalised word or two, with inner capitals
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w&+-]*(?:[ ][A-ZÀ-ÖØ-Þ][\w&+-]*){0,2}")


def _address_words(event: CalendarEvent, me: Me) -> list[str]:
    """Given an event, returns the parts of other people's personal-mail addresses that are not their own names."""
    words: list[str] = []
    for person in participants(event):
        if not person.email or not person.name or is_me(person, me) or not is_free_mail(domain_of(person)):
            continue  # (without a display name, a family name in the address cannot be told from a brand)
        own = set(re.findall(r"[a-z]+", fold(person.name or "")))
        # the first part is the person ("nacho.segurini", "javi.firmalo"): a nickname we cannot tell from a brand
        for part in re.split(r"[._+-]", fold(person.email.partition("@")[0]))[1:]:
            word = re.sub(r"\d+", "", part)
            if len(word) >= 4 and not any(n[:3] == word[:3] for n in own):
                words.append(word)
    return words


def free_mail_named(event: CalendarEvent, me: Me, texts: Sequence[str], excluded: Iterable[str]) -> str | None:
    """Given an event, the user, its texts and names that are no company, returns the name the texts write that a
    participant's personal address spells apart from their own name ("Teemana" for katrin.teemana@gmail.com)."""
    words = _address_words(event, me)
    if not words:
        return None
    skip = set(excluded)
    # "markus.zahnd.riggisberg@gmail.com" and "bei uns in Riggisberg", "3132 Riggisberg": a town, not a company
    skip |= {w for text in texts for w in words if re.search(rf"(?i)(?:\b(?:in|im|aus|from)\s+|\b\d{{4,5}}\s+)"
                                                              rf"{re.escape(w)}\b", fold(text))}
    for text in texts:
        for match in _NAME.finditer(text):
            run = match.group(0)
            first = run.split(" ")[0]
            # "Eólica Meseta" for julianherrero.eolica@gmail.com: the name as the text writes it in full
            if squash(first) in words and fold(first) not in skip \
                    and not NOT_COMPANY.match(first) and (name := clean_company(run) or clean_company(first)):
                return name
    return None
