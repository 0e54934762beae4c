"""The trie-dispatched phrase scanner finds what a plain regex finds, and names the right group."""

from __future__ import annotations

import re

import pytest
from afterview.daemon.mailclass import cues
from afterview.daemon.mailclass.dispatch import Scanner, expand, literal_prefix
from hypothesis import given, settings
from hypothesis import strategies as st


def test_expand_distributes_leading_groups_and_optional_prefixes() -> None:
    assert expand(r"(?:decided\s+to\s+)?close\s+your") == [r"decided\s+to\s+close\s+your", r"close\s+your"]
    assert expand(r"(?:move|go)\s+on") == [r"move\s+on", r"go\s+on"]
    assert "won't\\s+go" in expand(r"\w+n't\s+go")


@pytest.mark.parametrize(("phrase", "prefix"), [
    (r"re-?apply", "re"), (r"reschedul\w*", "reschedul"), (r"no\s+longer", "no"), (r"\d+%\s+off", ""),
])
def test_literal_prefix(phrase: str, prefix: str) -> None:
    assert literal_prefix(phrase) == prefix


GROUPS = [
    [r"(?:not|\w+n't)\s+(?:be\s+)?moving\s+forward", r"unsuccessful"],
    [r"offer\s+you\s+the\s+(?:role|position)", r"(?:verbal|written)\s+offer", r"re-?apply"],
    [r"no\s+decision\s+yet", r"\d+%\s+off", r"on\s+hold"],
]
TEXTS = [
    "we won't be moving forward. you may re-apply or reapply later.",
    "we'd like to offer you the position! a written offer follows.",
    "no decision yet; the role is on hold. 50% off premium.",
    "unsuccessfully nothing here: offer youth the rolex, onhold",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scanner_agrees_with_one_regex_per_group(text: str) -> None:
    scanner = Scanner(GROUPS, [3.0, 2.0, 1.0])
    got = {(index, text[start:end]) for index, start, end in scanner.scan(text)}
    want = set()
    for index, phrases in enumerate(GROUPS):
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(phrases) + r")(?!\w)")
        want |= {(index, m.group(0)) for m in pattern.finditer(text)}
    assert got == want


def _plain_scan(scanner: Scanner, text: str) -> list[tuple[int, int, int]]:
    """The scan as it was: the same trie behind a look-behind, tried by finditer at every position."""
    plain = re.compile(r"(?<!\w)" + scanner._pattern.pattern.removeprefix(r"\W"))
    found = []
    for match in plain.finditer(text):
        index = scanner._which(text, *match.span())
        if index is not None:
            found.append((index, *match.span()))
    return found


_PIECES = ["we won't be", "moving forward", "not", "re-apply", "reapply", "offer you the role", "written offer",
           "no decision yet", "on hold", "50% off", "15.11.", "'ve", "¡recibido!", "recibido !", "unsuccessful", "x",
           "2", "_", "-", "'", ".", "!", "\n", " ", "  ", "é"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_scan_finds_what_the_look_behind_pattern_finds(text: str) -> None:
    for scanner in (Scanner(GROUPS, [3.0, 2.0, 1.0]), Scanner(GROUPS, [3.0, 2.0, 1.0], lead=True), cues._SCANNER):
        assert scanner.scan(text) == _plain_scan(scanner, text)
