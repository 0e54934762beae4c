"""Both parsers over real-world files that ship in installed packages' own test data.

.ics files from icalendar's and recurring_ical_events' test suites (found through
importlib.resources), and the messages of CPython's email test suite (found under the running
interpreter's stdlib, when the distribution ships its tests). No exception may escape; every
file is counted as read, read with problems, or rejected (nothing usable), with its reason.
"""

from __future__ import annotations

import importlib.resources
import sysconfig
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from afterview.connectors.ical import parse_calendar
from afterview.connectors.mime import parse_message

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:icalendar")  # the suites' odd TZIDs, on purpose

TZ = ZoneInfo("Europe/Berlin")
# Wide enough to expand the suites' recurring examples, narrow enough that a minutely rule stays small.
WINDOW = (datetime(2018, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC))


def _package_files(package: str, suffix: str) -> Iterator[Path]:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        return
    base = Path(str(root))
    if base.is_dir():
        yield from sorted(p for p in base.rglob(f"*{suffix}") if p.is_file())


def ics_files() -> list[Path]:
    """Returns the .ics test files shipped by icalendar and recurring_ical_events."""
    return [*_package_files("icalendar", ".ics"), *_package_files("recurring_ical_events", ".ics")]


def mail_files() -> list[Path]:
    """Returns CPython's email test messages, if this interpreter's stdlib ships its test suite."""
    data = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
    return sorted(p for p in data.glob("msg_*.txt") if p.is_file()) if data.is_dir() else []


def _reason(problem: str, where: str = "") -> str:
    """Given a problem line (and the file name it starts with), returns its kind without names and values."""
    text = problem.removeprefix(f"{where}: ") if where else problem
    text = text.split(": ", 1)[-1] if text.startswith("VEVENT uid=") else text
    for cut in ("'", '"', "{"):
        text = text.split(cut, 1)[0]
    return " ".join(text.split()[:6])


def _summary(kind: str, read: int, troubled: int, rejected: Counter[str], reasons: Counter[str]) -> str:
    lines = [f"{kind}: {read} files read, {troubled} with problems noted, {sum(rejected.values())} rejected"]
    lines += [f"  rejected ({n}): {why}" for why, n in rejected.most_common()]
    lines += [f"  problem ({n}): {why}" for why, n in reasons.most_common(8)]
    return "\n".join(lines)


def test_installed_ics_test_files_parse_without_escaping_exceptions(capsys: pytest.CaptureFixture[str]) -> None:
    files = ics_files()
    assert len(files) >= 20, "icalendar's test calendars should be installed with it"
    troubled = 0
    events = 0
    rejected: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for path in files:
        data = path.read_bytes()
        whole = parse_calendar(data, tz=TZ, source=path.name)
        expanded = parse_calendar(data, tz=TZ, window=WINDOW, source=path.name)
        assert whole.uids == expanded.uids
        for event in (*whole.events, *expanded.events):
            assert event.start.tzinfo is not None and event.end >= event.start
        events += len(whole.events)
        troubled += bool(whole.problems)
        reasons.update(_reason(p, path.name) for p in whole.problems)
        if not whole.events and whole.problems:
            rejected[_reason(whole.problems[0], path.name)] += 1
    with capsys.disabled():
        print("\n" + _summary("ics", len(files), troubled, rejected, reasons) + f"\n  events read: {events}")
    assert events > len(files) // 2, "most shipped calendars hold readable events"


def test_cpython_email_test_messages_parse_without_escaping_exceptions(capsys: pytest.CaptureFixture[str]) -> None:
    files = mail_files()
    if not files:
        pytest.skip("this Python ships without its test suite (Debian: install libpython3-testsuite)")
    troubled = 0
    with_text = 0
    rejected: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    for path in files:
        message = parse_message(path.read_bytes(), ref=path.name, fallback_date=datetime(2020, 1, 1, tzinfo=UTC))
        assert message.header.message_id and message.header.date.tzinfo is not None
        with_text += bool(message.text.strip())
        troubled += bool(message.problems)
        reasons.update(_reason(p) for p in message.problems)
        if not message.text.strip() and message.problems:
            rejected[_reason(message.problems[0])] += 1
    with capsys.disabled():
        print("\n" + _summary("mail", len(files), troubled, rejected, reasons) + f"\n  with body text: {with_text}")
    assert len(files) >= 20
    assert with_text > len(files) // 2, "most of CPython's sample messages carry readable text"
