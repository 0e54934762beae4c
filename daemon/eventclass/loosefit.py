"""Names the text writes that a domain shortens more loosely than domainmatch reads, tried last before the domain's
label is shown as the name: consonants kept ("qstk" = Quillstack), a hyphenated label's word starts ("kraemer-antriebe"
= Krämer Antriebstechnik), words left out inside the name ("taytech" = Tayside University of Technology, "stbasilhs" =
St. Basil Catholic High School), a plural ("manukaupets" = Manukau Pet Hospital) or a few letters added
("borderstarwh" = Border Star), or initials before a number or a state ("mpsaz" = Mesa Public Schools).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from afterview.daemon.eventclass.companyname import ORG_WORDS, clean_company
from afterview.daemon.eventclass.domainmatch import STOP, label_variants, name_fits_label, particle_runs
from afterview.daemon.eventclass.signals import SPELT_OUT, fold, is_tool_brand, squash

# A run of two to six capitalised words, with the particles a name holds between them.
_NAME_RUN = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ ](?:(?:de|del|des|du|of|for|y|i|et|und|&)[ ])?[A-ZÀ-ÖØ-Þ][\w'’.-]*){1,5}")


def consonants_kept(label: str, stated: Sequence[str]) -> str | None:
    """Given a domain label without vowels ("qstk", "dftwd") and the company names the text states, returns the first
    name that starts as the label does and holds its letters in order ("Quillstack", "Driftwood Labs"), else None."""
    if len(label) < 4 or set(label) & set("aeiouy-"):
        return None
    return next((name for name in stated if squash(name)[:1] == label[0] and _keeps(squash(name), label)), None)


def lengthened(label: str, stated: Sequence[str]) -> str | None:
    """Given a domain label and the company names the text states, returns the first name the label writes whole,
    with at most three letters more ("borderstarwh" = Border Star, "vireopet" = Vireo, "helveticre" = Helvetic Re),
    else None. (A name of five letters or more: a shorter one would fit too many labels.)"""
    for name in stated:
        whole = squash(name)
        if len(whole) < 5 or is_tool_brand(name):
            continue
        if label.startswith(whole) and len(label) - len(whole) <= 3:
            return name
    return None


def leads_label(name: str, label: str) -> bool:
    """Given a name and a hyphenated domain label, returns whether its words start as the label's parts do, the first
    spelled whole ("Krämer Antriebstechnik" at kraemer-antriebe, not "Meridian Schools Group" at meridian-malaga)."""
    words, parts = name.split(), label.split("-")
    return len(parts) == len(words) > 1 and len(parts[0]) >= 4 and name_fits_label(words[0], parts[0]) and all(
        (shared := _shared_start(squash(word), part)) >= 5 or shared == len(part)
        for word, part in zip(words[1:], parts[1:], strict=True))


def loosely_named(labels: Sequence[str], texts: Sequence[str], excluded: set[str]) -> str | None:
    """Given the other party's domain labels, the event's texts (title first) and the folded names that are no
    company, returns the first name the texts write whose words, some left out, spell a label, else None."""
    for text in texts:
        for run in _runs(text):
            name = clean_company(run)
            if name and fold(name) not in excluded and not is_tool_brand(name) \
                    and any(_spells(label, _words(name)) for label in labels):
                return name
    return None


def tail_named(label: str, texts: Sequence[str], excluded: set[str]) -> str | None:
    """Given a hyphenated domain label whose short head abbreviates a trade and whose last part is a place or a name
    ("veto-saintgilles", "dap-sintamandsberg") and the event's texts (title first), returns the longest name they
    write that ends in that part and writes more before it ("Clinique Vétérinaire Saint-Gilles"), else None."""
    head, _, tail = label.rpartition("-")
    if not head or len(head) > 4 or len(tail) < 5:  # (a short head only: the abbreviation of the trade's words)
        return None
    for text in texts[:2]:
        found = [name for run in _runs(text) if (name := clean_company(run)) and fold(name) not in excluded
                 and len(name.split()) >= 2 and squash(name).endswith(tail) and len(squash(name)) > len(tail) + 2
                 and head not in squash(name) and _establishment(name)
                 and not is_tool_brand(name)]
        if found:
            return max(found, key=len)
    return None


def initials_lead(label: str, texts: Sequence[str], excluded: set[str]) -> str | None:
    """Given a domain label of three to five initials and a number or a two-letter state code ("mpsaz", "csd83") and
    the event's texts (title first), returns the first name they write whose words' initials are those letters
    ("Mesa Public Schools", "Cartwright School District"), else None."""
    lead = re.fullmatch(r"([a-z]{3,5})(?:\d{1,3}|[a-z]{2})", label)
    if lead is None:
        return None
    for text in texts:
        for run in _runs(text):
            name = clean_company(run)
            words = [w for w in _words(name) if w not in STOP] if name else []
            if name and "".join(w[0] for w in words) == lead.group(1) and fold(name) not in excluded \
                    and not is_tool_brand(name):
                return name
    return None


# The first word of a practice's or an establishment's name ("Clinique Vétérinaire …", "Dierenartsenpraktijk …")
_ESTABLISHMENT = ("clinique", "clinic", "clinica", "klinik", "cabinet", "centre", "center", "centro", "hopita",
                  "hospital", "praxis", "praktijk", "pharmacie", "laboratoire", "ecole", "escuela")


def _establishment(name: str) -> bool:
    first = fold(name).split()[0]
    return any(first.startswith(w) or first.endswith(w) for w in _ESTABLISHMENT)


def _runs(text: str) -> Iterable[str]:
    for match in _NAME_RUN.finditer(text):
        words = match.group(0).rstrip(".").split(" ")
        for size in range(len(words), 1, -1):  # the longest first; a run cut short of its end words may fit too
            yield " ".join(words[:size])
    yield from particle_runs(text)


def _words(name: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", fold(name.translate(SPELT_OUT))))


@lru_cache(maxsize=4096)
def _spells(label: str, words: tuple[str, ...]) -> bool:
    """Given a domain label and a name's words, returns whether the words spell the label when each gives all of
    itself (or its plural), a prefix of three or more letters, its initial, or nothing; the first word gives its
    start, at least two words give letters, and only company words ("Hospital", "Network") may follow the last."""
    if len(words) < 2 or any(w in STOP for w in words):
        return False
    return any(len(variant) >= 5 and _from(variant, words, 0, 0, 0) for variant in label_variants(label))


def _from(label: str, words: tuple[str, ...], pos: int, index: int, giving: int) -> bool:
    if pos == len(label):
        return giving >= 2 and all(w in ORG_WORDS for w in words[index:])
    if index == len(words):
        return False
    word = words[index]
    pieces = {word, word + "s", word[0], *(word[:size] for size in range(3, len(word)))}
    if any(label.startswith(piece, pos) and _from(label, words, pos + len(piece), index + 1, giving + 1)
           for piece in pieces):
        return True
    return index > 0 and _from(label, words, pos, index + 1, giving)  # a word the domain leaves out


def _keeps(name: str, letters: str) -> bool:
    """Given a squashed name and letters, returns whether the name holds the letters in order."""
    rest = iter(name)
    return all(letter in rest for letter in letters)


def _shared_start(left: str, right: str) -> int:
    """Given two words, returns how many letters they start with in common."""
    return next((i for i, (a, b) in enumerate(zip(left, right, strict=False)) if a != b), min(len(left), len(right)))
