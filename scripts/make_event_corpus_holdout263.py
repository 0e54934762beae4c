"""Generate the blind calendar-event split ``holdout263``.

Split: holdout263, written blind by an independent author (without reading the classifier, the other generators,
other splits' files or labels) as raw iCalendar text with hand-made labels.

Persona: Darnell Hughes, 44, a CDL-A regional refrigerated truck driver and driver-trainer at Peachline Freight
in Atlanta (private darnell.hughes.cdl@yahoo.com, work dhughes@peachlinefreight.com), applying for dedicated,
local-delivery, driver-trainer, dispatcher, fuel-hauling (hazmat) and terminal-manager-trainee jobs.

The events live in ``scripts/holdout263ev_*.py`` (each defines ``EVENTS``; the interview modules also ``FORMS``).
This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout263-NNN-<kind>.ics`` (CRLF line endings unless an event asks otherwise), and replaces
only the split=holdout263 rows of ``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``.

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout263.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout263ev_a
import holdout263ev_b
import holdout263ev_c
import holdout263ev_d

SPLIT = "holdout263"
SEED = 263_2026
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"darnell.hughes.cdl@yahoo.com", "dhughes@peachlinefreight.com"}
USER_NAMES = {"darnell hughes", "hughes, darnell", "darnell", "dhughes"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = [holdout263ev_a, holdout263ev_b, holdout263ev_c, holdout263ev_d]


def unfold(text: str) -> str:
    """Return the iCalendar text with folded lines joined."""
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event: dict, forms: dict[str, str]) -> None:
    """Raise ValueError when one event or its labels are inconsistent."""
    uid = event["uid"]
    where = f"{event.get('kind')} {uid}"
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        if key not in event:
            raise ValueError(f"{where}: missing key {key}")
    if "\r" in event["ics"]:
        raise ValueError(f"{where}: the source text must use LF line ends")
    if not KEBAB.match(event["kind"]) or not KEBAB.match(event["trap"]):
        raise ValueError(f"{where}: kind and trap must be kebab-case")
    calendar = icalendar.Calendar.from_ical(event["ics"])
    vevents = [part for part in calendar.walk() if part.name == "VEVENT"]
    if not vevents:
        raise ValueError(f"{where}: no VEVENT")
    uids = {str(part.get("UID")) for part in vevents}
    if uids != {uid}:
        raise ValueError(f"{where}: VEVENT UIDs {uids} differ from the label")
    for part in vevents:
        if part.get("DTSTART") is None:
            raise ValueError(f"{where}: VEVENT without DTSTART")
        part.decoded("DTSTART")
    if event["stage"] not in STAGES:
        raise ValueError(f"{where}: bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        raise ValueError(f"{where}: is_interview must be 0 or 1")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        raise ValueError(f"{where}: hiring must be True exactly for user-as-interviewer- traps")
    text = unfold(event["ics"]).lower()
    people = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        if event["hiring"]:
            raise ValueError(f"{where}: an interview cannot be on the hiring side")
        if not event["company"] or event["company"] not in forms:
            raise ValueError(f"{where}: interview without a company that has a FORMS entry")
        for person in people:
            if person.strip().lower() in USER_ADDRESSES or person.strip().lower() in USER_NAMES:
                raise ValueError(f"{where}: the user is listed as interviewer")
            if "@" in person and person != person.lower():
                raise ValueError(f"{where}: interviewer addresses must be lower-case")
            if person.lower() not in text:
                raise ValueError(f"{where}: interviewer {person!r} does not appear in the event text")
    elif any(event[key] for key in ("company", "role", "stage", "interviewers")):
        raise ValueError(f"{where}: negatives must have empty company, role, stage and interviewers")


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Keep every other split's line byte for byte and append this split's rows."""
    split_index = header.index("split")
    kept: list[bytes] = []
    newline = b"\n"
    if path.exists():
        lines = path.read_bytes().splitlines(keepends=True)
        if lines and lines[0].endswith(b"\r\n"):
            newline = b"\r\n"
        for number, line in enumerate(lines):
            if number == 0:
                kept.append(line if line.endswith((b"\n", b"\r")) else line + newline)
                continue
            fields = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]), [])
            if len(fields) > split_index and fields[split_index] == SPLIT:
                continue
            kept.append(line if line.endswith((b"\n", b"\r")) else line + newline)
    else:
        kept.append(",".join(header).encode("utf-8") + newline)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline.decode("ascii"))
    writer.writerows(rows)
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".csv", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(b"".join(kept))
        out.write(buffer.getvalue().encode("utf-8"))
    os.replace(temp_name, path)


def main() -> None:
    events: list[dict] = []
    forms: dict[str, str] = {}
    for module in MODULES:
        events.extend(module.EVENTS)
        forms.update(getattr(module, "FORMS", {}))
    seen: set[str] = set()
    for event in events:
        if event["uid"] in seen:
            raise ValueError(f"duplicate uid {event['uid']}")
        seen.add(event["uid"])
        check_event(event, forms)
    used = {event["company"] for event in events if event["is_interview"]}
    unused = set(forms) - used
    if unused:
        raise ValueError(f"FORMS entries without an interview: {sorted(unused)}")

    random.Random(SEED).shuffle(events)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (OUT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                name,
                event["uid"],
                str(event["is_interview"]),
                event["company"],
                event["role"],
                event["stage"],
                event["interviewers"],
                SPLIT,
                event["trap"],
            ]
        )
    form_rows = [[SPLIT, company, forms[company]] for company in sorted(used)]
    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives")
    print(f"{SPLIT}: {hiring} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
