"""`afterview classify-mail` on real files: JSON lines, readable lines, unreadable files, --as-of."""

from __future__ import annotations

import json
from pathlib import Path

from afterview.daemon.cli import main
from click.testing import CliRunner

PENDING = (
    b"From: Dana <dana@acme-robotics.com>\nTo: alex@example.org\nSubject: Quick update\n"
    b"Date: Wed, 06 Nov 2024 10:30:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
    b"Hi Alex,\n\nWe are still interviewing candidates. You'll hear back from us by Friday.\n\nBest,\nDana\n"
)


def test_json_lines_have_exactly_the_issue_keys(tmp_path: Path) -> None:
    good = tmp_path / "pending.eml"
    good.write_bytes(PENDING)
    result = CliRunner().invoke(main, ["classify-mail", "--json", str(good)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.strip())
    assert set(record) == {"file", "label", "confidence", "decision_date", "reasons"}
    assert record["file"] == str(good)
    assert record["label"] == "pending"
    assert record["decision_date"] == "2024-11-08"
    assert 0 <= record["confidence"] <= 1


def test_as_of_changes_the_resolved_date(tmp_path: Path) -> None:
    good = tmp_path / "pending.eml"
    good.write_bytes(PENDING)
    result = CliRunner().invoke(main, ["classify-mail", "--json", "--as-of", "2024-11-11", str(good)])
    assert json.loads(result.output.strip())["decision_date"] == "2024-11-15"


def test_unreadable_file_is_reported_and_the_rest_continues(tmp_path: Path) -> None:
    good = tmp_path / "pending.eml"
    good.write_bytes(PENDING)
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.eml"
    result = CliRunner().invoke(main, ["classify-mail", str(missing), str(good), str(empty)])
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("pending") and "decision by 2024-11-08" in lines[0]
    assert lines[1].startswith("other")
    assert "missing.eml: cannot read" in result.stderr


def test_bad_as_of_is_a_usage_error(tmp_path: Path) -> None:
    good = tmp_path / "pending.eml"
    good.write_bytes(PENDING)
    result = CliRunner().invoke(main, ["classify-mail", "--as-of", "next week", str(good)])
    assert result.exit_code == 2
