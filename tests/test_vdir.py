"""The vdir calendar connector on real folders: reading, incremental cursor, owned tickler files."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from afterview.connectors.base import ConnectorContext, Tickler
from afterview.connectors.errors import (
    ConflictError,
    ConnectorConfigError,
    ConnectorError,
    CursorExpiredError,
    NotFoundError,
)
from afterview.connectors.vdir import VdirCalendar

CORPUS = Path(__file__).parent / "corpus" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")
CTX = ConnectorContext(account="test", timezone=BERLIN)
YEAR_2025 = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))


def make(folder: Path, **options: object) -> VdirCalendar:
    return VdirCalendar.from_options({"path": str(folder), "create": True, **options}, CTX)


def write_event(folder: Path, name: str, uid: str, summary: str, start: datetime) -> Path:
    """Writes a user's own event the way a sync tool would (icalendar, not the connector)."""
    event = icalendar.Event.new(uid=uid, summary=summary, start=start, end=start + timedelta(hours=1),
                                stamp=datetime(2025, 1, 1, tzinfo=UTC))
    path = folder / name
    path.write_bytes(icalendar.Calendar.new(uid=uid, subcomponents=[event]).to_ical())
    return path


def a_tickler(key: str = "acme/se/thanks", summary: str = "Send thank-you notes — Acme") -> Tickler:
    start = datetime(2025, 3, 10, 17, 0, tzinfo=BERLIN)
    return Tickler(key=key, app_id="acme/se", summary=summary, description="Who did you meet?\nNote it.",
                   start=start, end=start + timedelta(minutes=15), alarm_minutes_before=10)


def user_edit(path: Path, summary: str = "My own words") -> None:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    [event] = cal.walk("VEVENT")
    event["SUMMARY"] = icalendar.vText(summary)
    path.write_bytes(cal.to_ical())


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ---------------------------------------------------------------- options


def test_options_are_validated(tmp_path: Path) -> None:
    cases: list[tuple[dict[str, object], str]] = [
        ({}, "path"),
        ({"path": ""}, "path"),
        ({"path": 42}, "path"),
        ({"path": str(tmp_path / "missing")}, "path"),
        ({"path": str(tmp_path), "create": "yes"}, "create"),
        ({"path": str(tmp_path), "colour": "red"}, "colour"),
        ({"path": str(tmp_path), "tickler_path": str(tmp_path / "nope")}, "tickler_path"),
    ]
    (tmp_path / "file.ics").write_text("x")
    cases.append(({"path": str(tmp_path / "file.ics")}, "path"))
    for options, key in cases:
        with pytest.raises(ConnectorConfigError) as caught:
            VdirCalendar.from_options(options, CTX)
        assert caught.value.key == key, options
    assert not (tmp_path / "missing").exists()


def test_create_and_home_expansion(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    cal = VdirCalendar.from_options({"path": "~/cal", "tickler_path": "~/ticklers", "create": True}, CTX)
    assert cal.path == tmp_path / "cal" and cal.path.is_dir()
    assert cal.tickler_path == tmp_path / "ticklers" and cal.tickler_path.is_dir()


# ---------------------------------------------------------------- reading


def test_full_listing_reads_ics_files_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    shutil.copytree(CORPUS, folder)
    hidden = (CORPUS / "recurring.ics").read_bytes().replace(b"series-1", b"hidden")
    (folder / ".hidden.ics").write_bytes(hidden)
    (folder / "notes.txt").write_text("BEGIN:VCALENDAR")
    (folder / "sub.ics").mkdir()
    changes = make(folder).list_events(None, YEAR_2025)
    assert changes.full and changes.removed == ()
    uids = {e.uid for e in changes.events}
    assert {"series-1@example.com", "custom-zone-1@example.com", "pacific-1@example.com",
            "good-before@example.com", "good-after@example.com", "html-1@example.com"} <= uids
    assert not any(uid.startswith("hidden") for uid in uids)
    assert any(p.startswith(str(folder / "broken_file.ics")) for p in changes.problems)
    assert any(str(folder / "truncated.ics") in p for p in changes.problems)
    assert all(e.start.tzinfo is not None for e in changes.events)


def test_cursor_reports_only_changed_added_and_removed(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    start = datetime(2025, 5, 5, 10, tzinfo=BERLIN)
    write_event(folder, "a.ics", "a@x", "A", start)
    write_event(folder, "b.ics", "b@x", "B", start)
    write_event(folder, "c.ics", "c@x", "C", start)
    first = cal.list_events(None, YEAR_2025)
    assert {e.uid for e in first.events} == {"a@x", "b@x", "c@x"}

    quiet = cal.list_events(first.cursor, YEAR_2025)
    assert (quiet.full, quiet.events, quiet.removed) == (False, (), ())

    write_event(folder, "a.ics", "a@x", "A moved", start + timedelta(days=1))
    write_event(folder, "d.ics", "d@x", "D", start)
    (folder / "c.ics").unlink()
    changes = cal.list_events(quiet.cursor, YEAR_2025)
    assert not changes.full
    assert sorted((e.uid, e.summary) for e in changes.events) == [("a@x", "A moved"), ("d@x", "D")]
    assert changes.removed == ("c@x",)
    assert cal.list_events(changes.cursor, YEAR_2025).events == ()


def test_renamed_file_is_not_a_removal(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    write_event(folder, "old-name.ics", "same@x", "Same", datetime(2025, 5, 5, 10, tzinfo=BERLIN))
    cursor = cal.list_events(None, YEAR_2025).cursor
    (folder / "old-name.ics").rename(folder / "new-name.ics")
    changes = cal.list_events(cursor, YEAR_2025)
    assert changes.removed == () and [e.uid for e in changes.events] == ["same@x"]


def test_file_broken_midway_keeps_its_uids(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    path = write_event(folder, "a.ics", "a@x", "A", datetime(2025, 5, 5, 10, tzinfo=BERLIN))
    cursor = cal.list_events(None, YEAR_2025).cursor
    path.write_bytes(path.read_bytes()[:40])  # a sync tool caught mid-write
    broken = cal.list_events(cursor, YEAR_2025)
    assert broken.removed == () and broken.events == () and len(broken.problems) == 1
    write_event(folder, "a.ics", "a@x", "A again", datetime(2025, 5, 5, 10, tzinfo=BERLIN))
    fixed = cal.list_events(broken.cursor, YEAR_2025)
    assert [e.summary for e in fixed.events] == ["A again"] and fixed.removed == ()
    path.unlink()
    assert cal.list_events(fixed.cursor, YEAR_2025).removed == ("a@x",)


def test_moving_window_brings_in_events_of_unchanged_files(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    write_event(folder, "early.ics", "early@x", "Early", datetime(2025, 2, 1, 10, tzinfo=BERLIN))
    write_event(folder, "late.ics", "late@x", "Late", datetime(2025, 4, 1, 10, tzinfo=BERLIN))
    shutil.copy(CORPUS / "recurring.ics", folder / "series.ics")
    first_window = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 3, 15, tzinfo=UTC))
    first = cal.list_events(None, first_window)
    assert {e.uid for e in first.events} == {"early@x", "series-1@example.com"}
    later = (datetime(2025, 1, 2, tzinfo=UTC), datetime(2025, 4, 15, tzinfo=UTC))
    moved = cal.list_events(first.cursor, later)
    assert {e.uid for e in moved.events} == {"late@x", "series-1@example.com"}
    assert moved.removed == ()
    again = cal.list_events(moved.cursor, later)
    assert again.events == ()


def test_bad_cursors_expire(tmp_path: Path) -> None:
    cal = make(tmp_path / "one")
    other = make(tmp_path / "two")
    for bad in ("", "not a cursor", "eJwDAAAAAAE=", "!!!", other.list_events(None, YEAR_2025).cursor):
        with pytest.raises(CursorExpiredError):
            cal.list_events(bad, YEAR_2025)


def test_missing_folder_is_an_error_not_an_empty_calendar(tmp_path: Path) -> None:
    cal = make(tmp_path / "cal")
    cursor = cal.list_events(None, YEAR_2025).cursor
    (tmp_path / "cal").rmdir()
    with pytest.raises(ConnectorError):
        cal.list_events(cursor, YEAR_2025)


# ---------------------------------------------------------------- owned ticklers


def test_tickler_round_trip_through_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    tickler = a_tickler()
    stored = cal.create_tickler(tickler)
    path = folder / f"{tickler.uid}.ics"
    assert stored.ref == path.name and path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o644
    st = path.stat()
    assert stored.etag == f"{st.st_mtime_ns}-{st.st_size}"
    assert stored.fingerprint == tickler.fingerprint() and stored.key == tickler.key
    assert cal.find_tickler(tickler.key) == stored and cal.list_ticklers() == [stored]
    [event] = cal.list_events(None, YEAR_2025).events
    assert event.owned_key == tickler.key and event.uid == tickler.uid
    assert leftovers(folder) == []


def test_create_is_idempotent_even_after_a_sync_tool_renamed_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    first = cal.create_tickler(a_tickler())
    assert cal.create_tickler(a_tickler(summary="other text")) == first
    (folder / first.ref).rename(folder / "3f2a9c.ics")
    again = cal.create_tickler(a_tickler())
    assert again.ref == "3f2a9c.ics" and again.fingerprint == first.fingerprint
    assert [p.name for p in folder.iterdir()] == ["3f2a9c.ics"]


def test_update_keeps_the_file_name_and_changes_the_etag(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    first = cal.create_tickler(a_tickler())
    (folder / first.ref).rename(folder / "renamed.ics")
    moved = a_tickler(summary="Moved")
    found = cal.find_tickler(moved.key)
    assert found is not None
    updated = cal.update_tickler(found.ref, moved, found.fingerprint)
    assert updated.ref == "renamed.ics" and updated.fingerprint == moved.fingerprint()
    assert updated.etag != found.etag or updated.fingerprint != found.fingerprint
    assert sorted(p.name for p in folder.iterdir()) == ["renamed.ics"]


def test_user_edit_is_a_conflict_and_stays(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    stored = cal.create_tickler(a_tickler())
    user_edit(folder / stored.ref)
    before = (folder / stored.ref).read_bytes()
    with pytest.raises(ConflictError):
        cal.update_tickler(stored.ref, a_tickler(summary="afterview again"), stored.fingerprint)
    with pytest.raises(ConflictError):
        cal.delete_tickler(stored.ref, stored.fingerprint)
    assert (folder / stored.ref).read_bytes() == before
    assert leftovers(folder) == []


def test_user_delete_is_not_found(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    stored = cal.create_tickler(a_tickler())
    (folder / stored.ref).unlink()
    assert cal.find_tickler(stored.key) is None
    with pytest.raises(NotFoundError):
        cal.update_tickler(stored.ref, a_tickler(), stored.fingerprint)
    with pytest.raises(NotFoundError):
        cal.delete_tickler(stored.ref, stored.fingerprint)
    for bad_ref in ("../escape.ics", ".hidden.ics", "x.txt", ""):
        with pytest.raises(NotFoundError):
            cal.delete_tickler(bad_ref, stored.fingerprint)


def test_delete_removes_only_the_owned_file(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    write_event(folder, "mine.ics", "mine@x", "User's event", datetime(2025, 3, 1, 9, tzinfo=BERLIN))
    stored = cal.create_tickler(a_tickler())
    cal.delete_tickler(stored.ref, stored.fingerprint)
    assert [p.name for p in folder.iterdir()] == ["mine.ics"]


def test_foreign_files_are_never_touched(tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    tickler = a_tickler()
    squatter = write_event(folder, f"{tickler.uid}.ics", "someone-else@x", "Not ours",
                           datetime(2025, 3, 1, 9, tzinfo=BERLIN))
    before = squatter.read_bytes()
    with pytest.raises(ConflictError):
        cal.create_tickler(tickler)
    with pytest.raises(ConflictError):
        cal.update_tickler(squatter.name, tickler, tickler.fingerprint())
    with pytest.raises(ConflictError):
        cal.delete_tickler(squatter.name, tickler.fingerprint())
    assert squatter.read_bytes() == before and cal.list_ticklers() == []
    assert leftovers(folder) == []


def test_a_change_between_check_and_write_is_a_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    stored = cal.create_tickler(a_tickler())
    real_guard = VdirCalendar._guard

    def guard_then_user_edits(self: VdirCalendar, ref: str, expected: str, key: str | None):  # type: ignore[no-untyped-def]
        owned = real_guard(self, ref, expected, key)
        user_edit(folder / ref, "typed while afterview was writing")
        return owned

    monkeypatch.setattr(VdirCalendar, "_guard", guard_then_user_edits)
    with pytest.raises(ConflictError):
        cal.update_tickler(stored.ref, a_tickler(summary="afterview"), stored.fingerprint)
    with pytest.raises(ConflictError):
        cal.delete_tickler(stored.ref, stored.fingerprint)
    [event] = icalendar.Calendar.from_ical((folder / stored.ref).read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "typed while afterview was writing"
    assert leftovers(folder) == []


def test_failed_write_leaves_no_temp_file_and_the_old_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cal"
    cal = make(folder)
    stored = cal.create_tickler(a_tickler())
    before = (folder / stored.ref).read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(ConnectorError):
        cal.update_tickler(stored.ref, a_tickler(summary="new"), stored.fingerprint)
    assert (folder / stored.ref).read_bytes() == before
    assert leftovers(folder) == []


def test_separate_tickler_collection(tmp_path: Path) -> None:
    cal = make(tmp_path / "cal", tickler_path=str(tmp_path / "afterview"))
    interview_start = datetime(2025, 3, 10, 14, tzinfo=BERLIN)
    write_event(tmp_path / "cal", "i.ics", "interview@x", "Interview", interview_start)
    stored = cal.create_tickler(a_tickler())
    assert (tmp_path / "afterview" / stored.ref).is_file()
    assert [p.name for p in (tmp_path / "cal").iterdir()] == ["i.ics"]
    first = cal.list_events(None, YEAR_2025)
    owned = {(e.uid, e.owned_key) for e in first.events}
    assert owned == {("interview@x", None), (a_tickler().uid, a_tickler().key)}
    cal.delete_tickler(stored.ref, stored.fingerprint)
    assert cal.list_events(first.cursor, YEAR_2025).removed == (a_tickler().uid,)


def test_khal_lists_the_tickler(tmp_path: Path) -> None:
    khal = shutil.which("khal")
    if khal is None:
        pytest.skip("khal is not installed")
    folder = tmp_path / "cal"
    make(folder).create_tickler(a_tickler())
    config = tmp_path / "khal.conf"
    config.write_text(
        f"[calendars]\n[[afterview]]\npath = {folder}\n[locale]\nlocal_timezone = Europe/Berlin\n"
        f"default_timezone = Europe/Berlin\n"
        "dateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
        "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\ntimeformat = %H:%M\n"
        f"[sqlite]\npath = {tmp_path / 'khal.db'}\n"
    )
    out = subprocess.run([khal, "-c", str(config), "list", "2025-03-10", "2d"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert "Send thank-you notes" in out.stdout
