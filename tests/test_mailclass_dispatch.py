"""The trie-dispatched phrase scanner finds what a plain regex finds, and names the right group."""

from __future__ import annotations

import re

import pytest
from afterview.daemon.mailclass.dispatch import Scanner, expand, literal_prefix


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
