"""The learned model's features: folded word unigrams and bigrams of the employer's words and subject.

Training (scripts/train_mail_model.py) and inference (model.py) both call `features`, so the shipped
vocabulary always means the same thing. Pure Python and deterministic: no hashing, no randomness.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

# The model reads the top of the message: cues sit there, and a bounded slice keeps inference cheap.
MAX_CHARS = 1_500
# Words only: numbers (dates, counts, salaries) vary between messages and cost time to normalise.
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def fold(text: str) -> str:
    """Given text, returns it lower-cased, accents removed ("Größe" -> "grosse"), non-Latin letters dropped."""
    text = text.lower()
    if text.isascii():
        return text
    text = text.replace("ß", "ss").replace("œ", "oe").replace("æ", "ae")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def tokens(text: str) -> list[str]:
    """Given text, returns its folded words (letters and an inner apostrophe; no digits) from the first MAX_CHARS."""
    return _WORD.findall(fold(text[:MAX_CHARS]))


def features(text: str) -> set[str]:
    """Given text (subject, a line break, then the body), returns its set of unigram and "a b" bigram keys."""
    words = tokens(text)
    out = set(words)
    out.update(map(" ".join, pairwise(words)))
    return out
