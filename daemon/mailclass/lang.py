"""A cheap language guess (en/de/fr/es) from stop-word counts."""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["en", "de", "fr", "es"]
LANGS: tuple[Lang, ...] = ("en", "de", "fr", "es")

_WORD = re.compile(r"[a-zäöüßàâçéèêëîïôûùüÿœñáíóú']+")
_SAMPLE_CHARS = 700
_ASCII_NOT_WORD = str.maketrans(dict.fromkeys([c for c in map(chr, range(128)) if not c.islower() and c != "'"], " "))

_STOP: dict[Lang, frozenset[str]] = {
    "en": frozenset(
        [
            "the", "and", "you", "your", "we", "our", "for", "with", "this", "that", "have", "has", "will",
            "to", "of", "is", "are", "be", "not", "been", "thank", "thanks", "would", "about", "from", "at",
            "as", "it", "on", "in", "us"
        ]
    ),
    "de": frozenset(
        [
            "der", "die", "das", "und", "sie", "ihre", "ihr", "ihnen", "wir", "uns", "für", "mit", "ist",
            "sind", "nicht", "ein", "eine", "einen", "dem", "den", "des", "zu", "auf", "bei", "wie", "auch",
            "noch", "von", "vielen", "dank", "leider", "haben"
        ]
    ),
    "fr": frozenset(
        [
            "le", "la", "les", "et", "vous", "votre", "vos", "nous", "notre", "pour", "avec", "est", "sont",
            "pas", "une", "un", "des", "du", "de", "au", "aux", "que", "qui", "dans", "sur", "merci",
            "avons", "être"
        ]
    ),
    "es": frozenset(
        [
            "el", "la", "los", "las", "y", "tu", "tus", "te", "nos", "nuestro", "nuestra", "para", "con",
            "es", "son", "una", "un", "del", "de", "al", "que", "en", "por", "gracias", "hemos", "has",
            "muy", "sobre"
        ]
    ),
}
# Words shared between languages ("la", "de", "que", "des"…) count for each; the order of
# LANGS breaks ties toward English, the most common language of recruiting mail.
_INDEX: dict[str, tuple[int, ...]] = {}
for _i, _lang in enumerate(LANGS):
    for _w in _STOP[_lang]:
        _INDEX[_w] = (*_INDEX.get(_w, ()), _i)


# A stop word's votes packed into one int, a 16-bit lane per language (a sample holds fewer than 2**16 words): the
# counts of a sample are then one C-level sum, not a Python loop over its words.
_LANE = 16
_VOTES: dict[str, int] = {word: sum(1 << (_LANE * i) for i in langs) for word, langs in _INDEX.items()}


def guess_language(text: str) -> Lang:
    """Given some text, returns the likeliest of en/de/fr/es (en when nothing is recognised)."""
    sample = text[:_SAMPLE_CHARS].lower()
    # In ASCII text the words are the runs of a-z and "'": a translation to spaces and a split find them in C.
    words = sample.translate(_ASCII_NOT_WORD).split() if sample.isascii() else _WORD.findall(sample)
    total = sum(filter(None, map(_VOTES.get, words)))
    counts = [(total >> (_LANE * i)) & 0xFFFF for i in range(len(LANGS))]
    best = 0
    for i in (1, 2, 3):
        if counts[i] > counts[best]:
            best = i
    return LANGS[best]
