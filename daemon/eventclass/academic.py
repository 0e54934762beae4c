"""The user's own note of, or an invitation to the private address for, an audition for an academic post: a French
university's selection committee ("Audition MCF Bordeaux - 33 MCF 4087") or a research body's concours ("Audition
concours CR CNRS - section 15").

A committee member's entries hear several people ("Auditions 33 MCF 0312", "audition des 2 candidats") or name the
jury; the candidate's note names one audition and the post. Patterns are written against `fold()`ed text
(signals.py).
"""

from __future__ import annotations

import re

from afterview.daemon.eventclass.signals import words_rx

__all__ = ["own_audition"]

# The post: a maître de conférences post by section and number ("33 MCF 0312", "33MCF0789"), a CNRS researcher's
# grade (CR, CRCN) or section, a numbered "poste".
_POST = words_rx([
    r"\d{2} ?mcf ?\d{3,4}", r"mcf", r"maitre de conferences", r"crcn", r"cr", r"charge(?:e)? de recherche",
    r"sect(?:ion|\.)? ?\d{1,2}", r"poste \d{2,4}",
])
_AUDITION = re.compile(r"(?<![a-z])audition(?![a-z])")
# ... not a rehearsal, a preparation or a committee's work ("audition blanche", "prépa audition", "jury")
_NOT_MINE = words_rx([r"blanche", r"prepa(?:ration|rer)?", r"jury", r"candidat(?:e|s|es)?", r"membres?", r"formation"])


def own_audition(title: str) -> str | None:
    """Given the folded title of the user's own entry or of an invitation to the private address, returns its
    academic post when it notes one audition for that post, else None."""
    if not _AUDITION.search(title) or _NOT_MINE.search(title):
        return None
    post = _POST.search(title)
    return post.group(0) if post else None
