"""The role extractor's needle guard only skips scans that could not match (eventclass/role.py)."""

from __future__ import annotations

import pytest
from afterview.daemon.eventclass import role
from hypothesis import given, settings
from hypothesis import strategies as st

# Pieces of the phrasings the role patterns look for, in four languages, plus the letters that
# case-insensitive matching treats as ASCII (U+0130, U+0131, U+017F, U+212A) and plain filler.
_PIECES = [
    "for the", "FOR A", "role", "ROLE", "Position of", "post of", "job title:", "Stelle:", "poste de", "Poste d'",
    "puesto de", "posición de", "POSICION DE", "vacante de", "el rol de", "interview for", "Interviews for", "call",
    "round", "Gespräch für", "entretien pour", "entrevista para", "service:", "Servicio :", "búsqueda de",
    "proceso de selección (", "Bewerbungsprozess (", "process for", "hiring for", "hiring mgr for", "re hiring a",
    "Regarding:", "Betreff:", "Bewerbung als", "candidature au poste de", "candidatura para", "solicitud como",
    "applied for the", "Application for", "der Position als", "zur Stelle", "an der Stelle", "für die Stelle als",
    "the Senior Data Engineer", "Data Engineer", "Backend (Payments)", "Lead Analyst, Player Insights", "\"Analyst\"",
    "„Controller“", "«Chef de projet»", "ROİE", "posıtion", "ſervice", "Kelvin \u212aey", "p\u0130sition",
    "Acme", "with", "at", "\n", ".", ",", ":", " ", "  ", "(m/w/d)", "m/f/d", "is", "has been",
]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=14).map(" ".join)


def _unguarded(summary: str, description: str, monkeypatch: pytest.MonkeyPatch) -> str | None:
    with monkeypatch.context() as patch:
        patch.setattr(role, "_NEEDLES", {})
        return role.extract_role(summary, description)


@settings(max_examples=400, deadline=None)
@given(summary=_TEXT, description=_TEXT)
def test_the_guard_never_changes_a_role(summary: str, description: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert role.extract_role(summary, description) == _unguarded(summary, description, monkeypatch)


def test_every_pattern_has_its_needles() -> None:
    assert len(role._NEEDLES) == len(role._ROLE_PATTERNS)
    assert all(role._NEEDLES[p.pattern] for p in role._ROLE_PATTERNS)


def test_a_role_behind_an_odd_case_letter_is_still_found() -> None:
    # "POSİTİON" matches (?i:position) in Python's re; str.lower() alone would make the guard skip it.
    assert role.extract_role("Interview", "Applied for the Data Analyst POS\u0130T\u0130ON") == "Data Analyst"
