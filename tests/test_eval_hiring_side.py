"""eval_events counts a false positive as "user as interviewer" whatever words the corpus author used for it."""

from __future__ import annotations

import csv
from pathlib import Path
from types import ModuleType

import pytest
from eval_script import eval_events

ROOT = Path(__file__).resolve().parent.parent


def _eval_module() -> ModuleType:
    return eval_events("eval_events_side")


@pytest.mark.parametrize(("trap", "side"), [
    ("user as interviewer", True), ("user as interviewer: infojobs employer side", True),
    ("user_interviewer_note", True), ("user-interviewer-kit", True), ("interviewer_debrief", True),
    ("as-interviewer-note", True), ("side-calendly-host", True), ("hiring_committee", True),
    ("candidate-university", True), ("recurring_interview_slot_override", True),
    ("mock interview with coach", False), ("press_interview", False), ("user research interview", False),
    ("webinar about interviewing", False), ("reference call user is referee", False), ("visa-interview", False),
])
def test_hiring_side_traps_are_recognised_in_every_authors_words(trap: str, side: bool) -> None:
    assert _eval_module().user_on_hiring_side(trap) is side


def test_every_split_with_negatives_names_some_hiring_side_events() -> None:
    # A new author's vocabulary the pattern misses would silently hide user-as-interviewer false positives.
    module = _eval_module()
    with (ROOT / "tests" / "corpus" / "events" / "labels.csv").open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if not module.labelled_true(r["is_interview"])]
    by_split: dict[str, list[bool]] = {}
    for row in rows:
        by_split.setdefault(row["split"], []).append(module.user_on_hiring_side(row["trap"]))
    for split, flags in by_split.items():
        assert sum(flags) >= 5, split


@pytest.mark.parametrize(("cell", "truth"), [
    ("1", True), ("0", False), ("true", True), ("False", False), (" TRUE ", True),
])
def test_authors_write_the_label_as_digits_or_words(cell: str, truth: bool) -> None:
    assert _eval_module().labelled_true(cell) is truth


@pytest.mark.parametrize("cell", ["", "yes", "2", "maybe"])
def test_a_label_that_is_neither_is_refused_not_read_as_a_negative(cell: str) -> None:
    with pytest.raises(ValueError, match="is_interview"):
        _eval_module().labelled_true(cell)


def test_every_row_of_the_corpus_has_a_readable_label() -> None:
    module = _eval_module()
    with (ROOT / "tests" / "corpus" / "events" / "labels.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 3000
    for row in rows:
        module.labelled_true(row["is_interview"])
