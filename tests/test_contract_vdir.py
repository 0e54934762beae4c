"""VdirCalendar against the contract suite; the user is simulated by editing .ics files with icalendar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest
from afterview.connectors.base import CalendarEvent, ConnectorContext
from afterview.connectors.vdir import VdirCalendar
from contract_data import event_to_ics
from contract_suite import CalendarContract


def _uids(path: Path) -> set[str]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(c["UID"]) for c in cal.walk("VEVENT") if "UID" in c}


def _locate(folder: Path, ref: str) -> Path:
    """Given a connector ref (a file name, a path, or a UID), returns the .ics file it names."""
    tail = ref.rsplit("/", 1)[-1]
    for candidate in (Path(ref), folder / ref, folder / tail):
        if candidate.is_file():
            return candidate
    for path in sorted(folder.glob("*.ics")):
        if path.stem == tail or tail in _uids(path):
            return path
    raise AssertionError(f"no .ics file for ref {ref!r} in {folder}")


class TestVdirCalendar(CalendarContract):
    @pytest.fixture
    def folder(self, tmp_path: Path) -> Path:
        folder = tmp_path / "calendars" / "personal"
        folder.mkdir(parents=True)
        return folder

    @pytest.fixture
    def calendar_factory(self, folder: Path, ctx: ConnectorContext) -> Callable[[], VdirCalendar]:
        return lambda: VdirCalendar.from_options({"path": str(folder)}, ctx)

    @pytest.fixture
    def seed_event(self, folder: Path) -> Callable[[CalendarEvent], None]:
        def seed(event: CalendarEvent) -> None:
            (folder / (re.sub(r"[^\w.@-]", "_", event.uid) + ".ics")).write_bytes(event_to_ics(event))

        return seed

    @pytest.fixture
    def seed_ics(self, folder: Path) -> Callable[[bytes], None]:
        def seed(data: bytes) -> None:
            uid = str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["UID"])
            (folder / (re.sub(r"[^\w.@-]", "_", uid) + ".ics")).write_bytes(data)

        return seed

    @pytest.fixture
    def remove_event(self, folder: Path) -> Callable[[str], None]:
        def remove(uid: str) -> None:
            found = [p for p in folder.glob("*.ics") if uid in _uids(p)]
            assert found, f"no file holds UID {uid}"
            for path in found:
                path.unlink()

        return remove

    @pytest.fixture
    def user_edit_tickler(self, folder: Path) -> Callable[[str], None]:
        def edit(ref: str) -> None:
            path = _locate(folder, ref)
            cal = icalendar.Calendar.from_ical(path.read_bytes())
            for event in cal.walk("VEVENT"):
                event["SUMMARY"] = icalendar.vText("Thank-you notes (I did two already)")
            path.write_bytes(cal.to_ical())

        return edit

    @pytest.fixture
    def user_delete_tickler(self, folder: Path) -> Callable[[str], None]:
        return lambda ref: _locate(folder, ref).unlink()
