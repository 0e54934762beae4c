"""How a name found in the text is cut to what the employer's domain label spells: the acronym alone before a room or
a site ("KCP Boardroom"), the town or the site's code after the name ("Sportéa Labège", "DataGaronne TLS-1"), and
words after it that are no company word when the text also writes the name without them ("Eurowings Sim")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.daemon.eventclass.companyname import org_word
from afterview.daemon.eventclass.domainmatch import COMPANY_WORDS, label_variants
from afterview.daemon.eventclass.signals import fold, squash

__all__ = ["fit_label"]

_SEPARATORS = frozenset("·|-–—/")


def fit_label(name: str, labels: Sequence[str], location: str, texts: Sequence[str] = ()) -> str:
    """Given a name that fits a domain label, the labels, the event's location and its texts, returns it cut to what
    the label spells: the acronym alone before a room or a site, without a town, a site's code or a word the texts
    also leave out after the name."""
    return _label_span(_acronym_only(name, labels), labels, location, fold(" ".join(texts)))


def _label_span(name: str, labels: Sequence[str], location: str, text: str = "") -> str:
    """Given a name that fits a domain label, the labels and the event's location, returns it without the words after
    the part that spells a whole label when they say where: a town the address repeats, a site's code or a separator
    ("Sportéa Labège" at "…, 31670 Labège", "DataGaronne TLS-1", "Grupo Mirasol · Dirección")."""
    words = name.split()
    address = fold(location.partition(",")[2])
    spelled = {label.replace("-", "") for label in labels}
    variants = {v for label in labels for v in label_variants(label)}
    for size in range(1, len(words)):
        head, tail = " ".join(words[:size]), words[size:]
        if squash(head.replace("&", "and")) in variants and _left_out(head, tail, text):
            return head
        if squash(head.replace("&", "and")) in spelled and (
                tail[0] in _SEPARATORS or (all(
                    any(ch.isdigit() for ch in word) or (not org_word(fold(word))
                                                         and _written_in(fold(word), address)) for word in tail)
                and fold(name) not in address)):
            return head
    return name


def _left_out(head: str, tail: Sequence[str], text: str) -> bool:
    """Given the part of a name its domain spells, the words after it and the event's folded texts, returns whether
    those words are no company word and the texts write the part alone too ("Scoot Sim" at flyscoot.com and "your
    Scoot assessment"; not "Iberluz Renovables", written so throughout)."""
    if len(tail) > 3 or any(org_word(fold(word)) or fold(word) in COMPANY_WORDS for word in tail):
        return False
    after = re.escape(fold(tail[0]))
    return re.search(rf"(?<!\w){re.escape(fold(head))}(?!\w)(?!\s+{after})", text) is not None


def _acronym_only(name: str, labels: Sequence[str]) -> str:
    """Given a name that fits a domain label and the labels, returns the acronym alone when the name is the label's
    acronym and one more word that is no company word: a room or a site ("KCP Boardroom", "NIKF Tromsø")."""
    words = name.split()
    if len(words) == 2 and words[0].isupper() and len(words[0]) >= 2 and squash(words[0]) in labels \
            and not words[1].isupper() and not org_word(fold(words[1])):
        return words[0]
    return name


def _written_in(word: str, text: str) -> bool:
    """Given a folded word and a folded text, returns whether the text writes the word whole."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
