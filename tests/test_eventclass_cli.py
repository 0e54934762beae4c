"""`afterview classify-event`: JSON lines per VEVENT, problems on stderr, exit code on unreadable files."""

from __future__ import annotations

import json
from pathlib import Path

from afterview.daemon.cli import main
from click.testing import CliRunner

INVITE = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:bad@test\r
DTSTART:not-a-date\r
SUMMARY:Interview (broken)\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:good@test\r
DTSTART;TZID=W. Europe Standard Time:20250312T100000\r
DTEND;TZID=W. Europe Standard Time:20250312T110000\r
SUMMARY:Vorstellungsgespräch Acme – Data Engineer (m/w/d)\r
DESCRIPTION:Sie sprechen mit Dana Smith (Teamleiterin Daten).\r
ORGANIZER;CN=Dana Smith:mailto:dana.smith@acme.de\r
ATTENDEE;CN=Jordan Lee:mailto:jordan.lee@gmail.com\r
ATTENDEE;CN=Dana Smith:mailto:dana.smith@acme.de\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_json_lines_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "invite.ics"
    path.write_text(INVITE, encoding="utf-8", newline="")
    result = CliRunner().invoke(main, ["classify-event", str(path), "--me", "jordan.lee@gmail.com", "--json"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["uid"] for line in lines] == ["good@test"]
    verdict = lines[0]
    assert set(verdict) == {"uid", "is_interview", "confidence", "company", "role", "stage", "interviewers",
                            "reasons"}
    assert verdict["is_interview"] and verdict["company"] == "Acme" and verdict["role"] == "Data Engineer"
    assert verdict["interviewers"] == [{"name": "Dana Smith", "email": "dana.smith@acme.de",
                                        "title": "Teamleiterin Daten"}]
    assert "bad@test" in result.stderr


def test_unreadable_file_exits_1_but_reads_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.ics"
    good.write_text(INVITE, encoding="utf-8", newline="")
    broken = tmp_path / "broken.ics"
    broken.write_text("this is not a calendar", encoding="utf-8")
    result = CliRunner().invoke(main, ["classify-event", str(broken), str(good), str(tmp_path / "missing.ics")])
    assert result.exit_code == 1
    assert "YES" in result.stdout and "Vorstellungsgespräch" in result.stdout
    assert len(result.stderr.strip().splitlines()) == 3  # broken file, missing file, bad component
