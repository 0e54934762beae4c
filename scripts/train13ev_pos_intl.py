"""train13 event corpus: placeholder filled in the next commit."""

from __future__ import annotations

from train13ev_ics import Ev


def events() -> list[Ev]:
    """Returns no events yet."""
    return []
