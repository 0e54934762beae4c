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


WORK_INVITE = INVITE.replace("jordan.lee@gmail.com", "jordan@northwind-labs.com").replace(
    "dana.smith@acme.de", "dana.smith@northwind-labs.com").replace("Vorstellungsgespräch Acme", "Vorstellungsgespräch")


def _run(args: list[str]) -> tuple[int, list[dict[str, object]], str]:
    result = CliRunner().invoke(main, args)
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_me_comes_from_the_config_and_is_merged_with_me_options(tmp_path: Path) -> None:
    calendar = tmp_path / "work.ics"
    calendar.write_text(WORK_INVITE, encoding="utf-8", newline="")
    config = tmp_path / "config.toml"
    config.write_text('me = ["jordan@northwind-labs.com"]\ntimezone = "Europe/Berlin"\n'
                      '[accounts.a]\ncalendar = { type = "memory" }\n', encoding="utf-8")
    # Without knowing the work address, the colleague's invite looks like someone else's interview round.
    code, without, _ = _run(["--config", str(tmp_path / "missing.toml"), "classify-event", str(calendar), "--json"])
    assert code == 0 and without[0]["is_interview"] is True and without[0]["company"] == "Northwind Labs"
    code, with_config, stderr = _run(["--config", str(config), "classify-event", str(calendar), "--json"])
    assert code == 0, stderr
    assert with_config[0]["is_interview"] is False
    code, merged, _ = _run(["--config", str(config), "classify-event", str(calendar), "--json",
                            "--me", "jordan.lee@gmail.com"])
    assert code == 0 and merged[0]["is_interview"] is False


def test_invalid_config_prints_its_error(tmp_path: Path) -> None:
    calendar = tmp_path / "invite.ics"
    calendar.write_text(INVITE, encoding="utf-8", newline="")
    config = tmp_path / "config.toml"
    config.write_text('me = "not-an-address"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["--config", str(config), "classify-event", str(calendar), "--json"])
    assert result.exit_code == 1
    assert "not-an-address" in result.stderr and result.stdout == ""


def test_an_unreadable_file_is_one_line_and_exit_1_while_the_others_are_read(tmp_path: Path) -> None:
    good = tmp_path / "good.ics"
    good.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:ok-1\r\n"
        b"DTSTART:20261117T140000Z\r\nDTEND:20261117T150000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    result = CliRunner().invoke(
        main, ["--config", str(tmp_path / "none.toml"), "classify-event", str(tmp_path / "missing.ics"), str(good),
               "--json"]
    )
    assert result.exit_code == 1
    assert "missing.ics: cannot read" in result.stderr
    assert [json.loads(line)["uid"] for line in result.stdout.splitlines()] == ["ok-1"]
