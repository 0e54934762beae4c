"""Names a text writes in a set form: a registered name before its legal form ("Manufacture Horlogère Vallon SA"),
a name glossed with its acronym in brackets ("Centre for Fisheries and Aquatic Research (CFAR)"), and whether a
name names a job rather than a firm."""

from __future__ import annotations

import re
from collections.abc import Sequence

from afterview.daemon.eventclass.companyname import LEGAL_FORM, ORG_WORDS, clean_company
from afterview.daemon.eventclass.role import ROLE_NOUN
from afterview.daemon.eventclass.signals import fold, squash

__all__ = ["acronym_written_out", "glossed_acronym", "registered_with", "role_named"]


# A name and, in brackets, its acronym: "Centre for Fisheries and Aquatic Research (CFAR)".
_GLOSSED = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ ]+(?:(?:for|of|and|the|de|du|des|la|le|für|und|et|y|del|d')[ ]+)?"
                      r"[A-ZÀ-ÖØ-Þ][\w'’-]*){1,6})[ ]*\(([A-Z]{2,6})\)")
_GLOSS_SKIP = frozenset({"for", "of", "and", "the", "de", "du", "des", "la", "le", "fur", "und", "et", "y", "del",
                         "d'"})
# The other way round, in a title: "entretien ORS (Orly Ramp Solutions) resp. de piste" ("for" keeps its letter here).
_WRITTEN_OUT = re.compile(r"([A-Z][A-Z0-9&]{1,5}) \(([A-ZÀ-Þ][^()]{2,60})\)")
_WRITTEN_OUT_SKIP = frozenset({"de", "du", "des", "del", "la", "le", "of", "and", "et", "y", "und", "the", "&"})


def acronym_written_out(text: str) -> str | None:
    """Given a title part, returns the name in brackets that the acronym opening its capitalised words stands for
    ("entretien ORS (Orly Ramp Solutions) resp." -> "Orly Ramp Solutions"), or None."""
    gloss = _WRITTEN_OUT.search(text)
    if gloss is None or text[:gloss.start()] != text[:gloss.start()].lower():
        return None
    initials = "".join(w[0] for w in gloss.group(2).split() if fold(w) not in _WRITTEN_OUT_SKIP)
    return gloss.group(2) if initials.lower() == gloss.group(1).lower() else None


def glossed_acronym(texts: Sequence[str], excluded: set[str]) -> str | None:
    """Given the texts and names that are no company, returns a name they gloss with its acronym in brackets whose
    letters its capitalised words start ("Centre for Fisheries and Aquatic Research (CFAR)"), or None."""
    for text in texts:
        for match in _GLOSSED.finditer(text):
            words = [w for w in match.group(1).split() if fold(w) not in _GLOSS_SKIP]
            letters = match.group(2).lower()
            # (the words before the name in the same run: "Department Centre for …" keeps its last len(letters))
            if len(words) >= len(letters) and "".join(fold(w)[0] for w in words[-len(letters):]) == letters:
                start = match.group(1).find(words[-len(letters)])
                name = clean_company(match.group(1)[start:])
                if name and fold(name) not in excluded and not role_named(name):
                    return name
    return None


# A registered name, up to five capitalised words before a legal form: "Manufacture Horlogère Vallon SA".
_REGISTERED = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w'’&-]*[ ]+(?:[&+][ ]+)?){0,4}[A-ZÀ-ÖØ-Þ][\w'’&-]*),?[ ]+" + LEGAL_FORM
                         + r"(?![\w-])")

# A person's post written before the firm's registered name ("Geschäftsführer Nordwind UK Ltd.").
_HEAD_OF = frozenset({"geschaftsfuhrer", "geschaftsfuhrerin", "vorstand", "inhaber", "inhaberin", "gerant", "gerante",
                      "fondateur", "fondatrice", "founder", "ceo", "md", "gf"})


def registered_with(label: str, texts: Sequence[str]) -> str | None:
    """Given the domain label and the texts, returns the registered name they write (before a legal form) that holds
    a word of four letters or more the label spells ("Manufacture Horlogère Vallon SA" at vallon-horlogerie.ch)."""
    parts = {p for p in label.split("-") if len(p) >= 4}
    for text in texts:
        for match in _REGISTERED.finditer(text):
            words = match.group(1).split()
            while len(words) > 1 and squash(words[0]) not in parts and (
                    ROLE_NOUN.search(fold(words[0])) or fold(words[0]) in _HEAD_OF):
                words = words[1:]  # "Geschäftsführer Nordwind UK Ltd.": the person's post, then the firm
            if parts & {squash(w) for w in words} and (name := clean_company(" ".join(words))):
                return name
    return None



def role_named(name: str) -> bool:
    """Given a name, returns whether it names a job ("Senior Engineer"), not a firm whose trade it holds ("Sémaphore
    Engineering")."""
    folded = fold(name)
    return ROLE_NOUN.search(folded) is not None and folded.rsplit(" ", 1)[-1] not in ORG_WORDS
