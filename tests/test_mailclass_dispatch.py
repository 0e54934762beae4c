"""The trie-dispatched phrase scanner finds what a plain regex finds, and names the right group."""

from __future__ import annotations

import re

import pytest
from afterview.daemon.mailclass import cues
from afterview.daemon.mailclass.dispatch import Scanner, expand, literal_prefix, render_tails
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
    """The scan as it was: the trie with each phrase's end on its own, behind a look-behind, tried by finditer."""
    plain = re.compile(r"(?<!\w)" + scanner._plain.removeprefix(r"\W"))
    found = []
    for match in plain.finditer(text):
        index = _one_by_one(scanner, text, *match.span())
        if index is not None:
            found.append((index, *match.span()))
    return found


def _one_by_one(scanner: Scanner, text: str, start: int, end: int) -> int | None:
    """Which group a match belongs to, found by trying each phrase under its prefix in turn."""
    candidates = scanner._digits if text[start].isdigit() else []
    for size in (3, 2, 1):
        candidates = [*candidates, *scanner._leaves.get(text[start:start + size], ())]
    for index, pattern in candidates:
        match = pattern.match(text, start)
        if match is not None and match.end() == end:
            return index
    return None


_PIECES = ["we won't be", "moving forward", "not", "re-apply", "reapply", "offer you the role", "written offer",
           "no decision yet", "on hold", "50% off", "15.11.", "'ve", "¡recibido!", "recibido !", "unsuccessful", "x",
           "2", "_", "-", "'", ".", "!", "\n", " ", "  ", "é", "you have withdrawn", "you've", "your application",
           "your offer is ready", "no longer", "no longer able to", "we have decided", "decided to move forward with",
           "another candidate", "the position has been filled", "we'd love to have you join", "you were not selected",
           "ne pas donner suite", "nous ne pouvons pas", "no seguiremos", "leider", "absage", "thank you for applying",
           "invite you to", "next steps", "on hold", "the offer"]


_CUE_PLAIN = Scanner([family.phrases for family in cues.FAMILIES], [family.weight for family in cues.FAMILIES],
                     lead=True, group=False)
_SCANNERS = [(Scanner(GROUPS, [3.0, 2.0, 1.0]), Scanner(GROUPS, [3.0, 2.0, 1.0], group=False)),
             (cues._SCANNER, _CUE_PLAIN)]
for _scanner, _reference in _SCANNERS:
    _scanner._plain = _reference._pattern.pattern  # type: ignore[attr-defined]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_scan_finds_what_the_look_behind_pattern_finds(text: str) -> None:
    for scanner, _reference in _SCANNERS:
        assert scanner.scan(text) == _plain_scan(scanner, text)


def test_nested_phrase_ends_match_what_the_plain_ends_match() -> None:
    tails = [r"\s+have\s+withdrawn", r"'ve\s+withdrawn", r"r\s+withdrawal", r"r\s+interview", r"\s+are", r"(?:x|y)",
             r"\s+h?x", r"\s+have\s+got", r"r", r"\s+are\s+in"]
    nested = render_tails(tails)
    assert nested.count("r(?:") == 1 and nested.index("(?:(?:x|y))") < nested.index(r"(?:\s+h?x)")
    plain = re.compile(r"(?<!\w)you(?:" + "|".join(f"(?:{t})(?!\\w)" for t in tails) + ")")
    fast = re.compile(r"(?<!\w)you(?:" + nested + ")")
    for text in ["you have withdrawn", "you have got", "you are in", "you are", "your withdrawal", "you're",
                 "your interview", "you hx", "you x", "you  have\ngot", "you  are  in the"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
