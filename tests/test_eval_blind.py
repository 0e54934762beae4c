"""eval_events prints a blind split's scores but not its misses, so that `make eval` never studies it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from eval_script import eval_events

_ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//afterview tests//EN\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTART:20261201T100000Z\r
DTEND:20261201T110000Z\r
SUMMARY:Interview: Backend Engineer at Zentrix\r
ORGANIZER;CN=Dana Smith:mailto:dana.smith@zentrix.io\r
ATTENDEE;CN=Dana Smith:mailto:dana.smith@zentrix.io\r
ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@gmail.com\r
END:VEVENT\r
END:VCALENDAR\r
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    # One real interview per split, labelled as no interview: a false positive each split must list as a miss.
    rows = []
    for split in ("holdout135", "holdout136"):
        name = f"{split}-001-greenhouse.ics"
        (tmp_path / name).write_text(_ICS.format(uid=f"{split}-uid@zentrix.io"), encoding="utf-8")
        rows.append({"file": name, "uid": f"{split}-uid@zentrix.io", "is_interview": "0", "company": "", "role": "",
                     "stage": "", "interviewers": "", "split": split, "trap": "planted-miss"})
    with (tmp_path / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    (tmp_path / "company_forms.csv").write_text("split,company,forms\n", encoding="utf-8")
    return tmp_path


def test_a_blind_split_gets_scores_but_no_misses(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = eval_events("eval_events_blind")
    assert module.is_blind("holdout136") and not module.is_blind("holdout135")
    module.main(["--split", "holdout", "--corpus", str(corpus)])
    out = capsys.readouterr().out
    seen, blind = out.split("split=holdout136")
    assert "false positives: 1" in seen and "holdout135-001-greenhouse.ics" in seen
    assert "false positives: 1" in blind and "holdout136-001" not in blind
    assert "misses not printed" in blind


def test_show_blind_prints_a_blind_splits_misses(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    eval_events("eval_events_blind").main(["--split", "holdout136", "--corpus", str(corpus), "--show-blind"])
    assert "holdout136-001-greenhouse.ics" in capsys.readouterr().out
