"""Write the blind calendar-event test split ``holdout271`` for afterview.

Split: ``holdout271`` -- about 110 hand-written, hand-labelled calendar events (raw iCalendar text) from one user's
calendar, written blind by an independent author without reading the classifier, the other generators or other
splits' files and labels.

Persona: Mag. Elisabeth Pröll, 47, Bestatterin (funeral director) at the fictional Bestattung Wienerwald in Vienna
(private elisabeth.proell@gmx.at, work e.proell@bestattung-wienerwald.example.at). She applies for the post of
Betriebsleiterin at a municipal cemeteries' company (Hearing and Assessment Center), a hospice-coordinator post at a
charity, a trainer post at the trade's academy, a regional manager role at a Graz funeral-services group and many
more; her calendar is also full of Trauergespräche, Beratungs- and Aufnahmegespräche, funerals, Behördenwege and the
Vorstellungsgespräche and Probetage she conducts for apprentices and drivers.

The events live in ``scripts/holdout271ev_*.py`` (``EVENTS`` lists and ``FORMS`` dicts). This script checks every
event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout271-NNN-<kind>.ics`` (CRLF unless an event
asks otherwise; old ``holdout271-*.ics`` files are deleted first) and replaces only the ``split=holdout271`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping every other line byte for
byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout271.py
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout271"
SEED = 271
MODULES = [
    "holdout271ev_a",
    "holdout271ev_b",
    "holdout271ev_c",
    "holdout271ev_d",
    "holdout271ev_e",
    "holdout271ev_f",
]
USER_ADDRESSES = ("elisabeth.proell@gmx.at", "e.proell@bestattung-wienerwald.example.at")
USER_NAMES = ("pröll", "proell", "elisabeth")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring", "eol"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"


def load() -> tuple[list[dict], dict[str, str]]:
    """Import the data modules and return all events and the merged company forms."""
    events: list[dict] = []
    forms: dict[str, str] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, alternatives in getattr(module, "FORMS", {}).items():
            if company in forms and forms[company] != alternatives:
                raise SystemExit(f"{name}: conflicting FORMS for {company!r}")
            forms[company] = alternatives
    return events, forms


def unfold(text: str) -> str:
    """Undo RFC 5545 line folding (LF source text)."""
    return re.sub(r"\n[ \t]", "", text)


def check(event: dict, forms: dict[str, str]) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    problems: list[str] = []
    uid = event.get("uid", "")
    missing = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
    missing -= set(event)
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if set(event) - KEYS:
        problems.append(f"unknown keys {sorted(set(event) - KEYS)}")
    ics = event["ics"]
    if "\r" in ics:
        problems.append("ics must use LF line ends in the source")
    if not ics.startswith("BEGIN:VCALENDAR\n") or not ics.endswith("END:VCALENDAR\n"):
        problems.append("ics must start with BEGIN:VCALENDAR and end with END:VCALENDAR and a newline")
    if event.get("eol", "\r\n") not in ("\r\n", "\n"):
        problems.append("eol must be CRLF or LF")
    try:
        calendar = icalendar.Calendar.from_ical(ics.replace("\n", event.get("eol", "\r\n")))
    except Exception as error:
        return [*problems, f"does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID", "")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as error:
            problems.append(f"DTSTART not decodable: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    if not isinstance(event["hiring"], bool):
        problems.append("hiring must be a bool")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring must be True exactly when trap starts with user-as-interviewer-")
    if event["hiring"] and event["is_interview"]:
        problems.append("a hiring-side event cannot be the user's interview")
    text = unfold(ics).lower()
    people = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        if not event["company"]:
            problems.append("interview without company")
        elif event["company"] not in forms:
            problems.append(f"company {event['company']!r} has no FORMS entry")
        for person in people:
            if person != person.strip():
                problems.append(f"interviewer {person!r} has stray spaces")
            if "@" in person and person != person.lower():
                problems.append(f"interviewer address {person!r} is not lower-case")
            if person.lower() not in text:
                problems.append(f"interviewer {person!r} not in event text")
            if person.lower() in USER_ADDRESSES or any(name in person.lower() for name in USER_NAMES):
                problems.append(f"the user is listed as interviewer: {person!r}")
    elif any(event[key] for key in ("company", "role", "stage", "interviewers")):
        problems.append("negative with company/role/stage/interviewers")
    for key in ("company", "role", "interviewers", "trap", "kind"):
        if "\n" in event[key] or ("," in event[key] and key in ("interviewers", "kind", "trap")):
            problems.append(f"{key} contains a newline or comma")
    return problems


def split_of(line: str, column: int) -> str:
    """Return the value of one CSV column of a single physical line ('' when it has none)."""
    rows = list(csv.reader([line]))
    if not rows or len(rows[0]) <= column:
        return ""
    return rows[0][column]


def replace_rows(path: Path, header: list[str], column: int, rows: list[list[str]]) -> tuple[int, int]:
    """Replace this split's rows of a CSV file, keeping every other line byte for byte."""
    text = path.read_bytes().decode("utf-8") if path.exists() else ",".join(header) + "\r\n"
    lines = [line for line in re.split(r"(?<=\n)", text) if line]
    first = lines[0] if lines else ""
    newline = "\r\n" if first.endswith("\r\n") else "\n"
    kept = [lines[0]] if lines else [",".join(header) + newline]
    removed = 0
    for line in lines[1:]:
        if split_of(line, column) == SPLIT:
            removed += 1
        else:
            kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += newline
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerows(rows)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(("".join(kept) + buffer.getvalue()).encode("utf-8"))
    os.replace(temp_name, path)
    return removed, len(rows)


def main() -> int:
    """Check, shuffle and write the split; return the process exit code."""
    events, forms = load()
    errors: list[str] = []
    seen: set[str] = set()
    for event in events:
        uid = event.get("uid", "?")
        if uid in seen:
            errors.append(f"{uid}: duplicate uid")
        seen.add(uid)
        errors.extend(f"{event.get('kind', '?')} {uid}: {problem}" for problem in check(event, forms))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1

    order = list(events)
    random.Random(SEED).shuffle(order)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(order, start=1):
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
    companies = sorted({event["company"] for event in events if event["is_interview"]})
    form_rows = [[SPLIT, company, forms[company]] for company in companies]
    replaced_labels = replace_rows(OUT_DIR / "labels.csv", LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    replaced_forms = replace_rows(OUT_DIR / "company_forms.csv", FORMS_HEADER, 0, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(event["hiring"] for event in events)
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} at {len(companies)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} with the user on the hiring side)")
    print(f"  labels.csv: {replaced_labels[0]} old rows replaced by {replaced_labels[1]}")
    print(f"  company_forms.csv: {replaced_forms[0]} old rows replaced by {replaced_forms[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
