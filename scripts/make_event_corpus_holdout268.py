"""Write the blind calendar-event split ``holdout268``.

Split: holdout268, written blind by an independent author (data and labels only, without reading the
classifier, the other generators or other splits' files and labels).

Persona: Sandrine Maurel-Costa, 38, négociatrice immobilière at an independent agency in Nice (Azur Patrimoine
Immobilier), applying for agency-manager posts at networks and franchises on the Côte d'Azur, a sales post on a
developer's new-build (VEFA) programme, gestionnaire de copropriété posts at syndics and luxury-property advisor
roles in Monaco. Her addresses: sandrine.maurelcosta@laposte.net (private), s.maurel@azur-patrimoine-immo.fr (work).

The events live in ``scripts/holdout268ev_*.py`` (raw iCalendar text with LF line ends, one VEVENT UID per file).
This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout268-NNN-<kind>.ics`` with CRLF line ends (unless an event asks for another ``eol``),
and replaces only the ``split=holdout268`` rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``; every other line is kept byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout268.py
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
from typing import Any

import icalendar

SPLIT = "holdout268"
SEED = 268
MODULES = ("holdout268ev_a", "holdout268ev_b", "holdout268ev_c", "holdout268ev_d")
USER_ADDRESSES = ("sandrine.maurelcosta@laposte.net", "s.maurel@azur-patrimoine-immo.fr")
USER_NAMES = ("sandrine", "maurel")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

ROOT = Path(__file__).resolve().parent.parent
EVENT_DIR = ROOT / "tests" / "corpus" / "events"


def load() -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    """Import the data modules and return all events and the merged company forms."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, Any]] = []
    forms: dict[str, list[str]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, alternatives in getattr(module, "FORMS", {}).items():
            if company in forms:
                raise SystemExit(f"{name}: company {company!r} has FORMS in two modules")
            forms[company] = list(alternatives)
    return events, forms


def unfolded(text: str) -> str:
    """The iCalendar text with folded lines joined, for substring checks."""
    return re.sub(r"\r?\n[ \t]", "", text)


def check(event: dict[str, Any], forms: dict[str, list[str]]) -> list[str]:
    """Return the problems found in one event (empty when it is fine)."""
    problems: list[str] = []
    where = f"{event.get('kind')}/{event.get('uid')}"
    missing = KEYS - event.keys()
    extra = event.keys() - KEYS - {"eol"}
    if missing or extra:
        return [f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(extra)}"]
    if not KEBAB.match(event["kind"]):
        problems.append(f"{where}: kind is not kebab-case")
    if not KEBAB.match(event["trap"]):
        problems.append(f"{where}: trap is not kebab-case")
    if event.get("eol", "\r\n") not in ("\r\n", "\n"):
        problems.append(f"{where}: eol must be CRLF or LF")
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"])
    except ValueError as error:
        return [*problems, f"{where}: does not parse: {error}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID", "")) for vevent in vevents}
    if uids != {event["uid"]}:
        problems.append(f"{where}: VEVENT UIDs {sorted(uids)} differ from the label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{where}: a VEVENT has no DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError) as error:
            problems.append(f"{where}: DTSTART does not decode: {error}")
    if event["stage"] not in STAGES:
        problems.append(f"{where}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{where}: is_interview must be 0 or 1")
    if not isinstance(event["hiring"], bool):
        problems.append(f"{where}: hiring must be a bool")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{where}: hiring must be True exactly when trap starts with user-as-interviewer-")
    text = unfolded(event["ics"]).lower()
    interviewers = [item for item in event["interviewers"].split(";") if item]
    if event["is_interview"] == 1:
        if event["hiring"]:
            problems.append(f"{where}: an interview cannot be on the hiring side")
        if not event["company"]:
            problems.append(f"{where}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{where}: company {event['company']!r} has no FORMS entry")
        for person in interviewers:
            if person != person.strip():
                problems.append(f"{where}: interviewer {person!r} has surrounding spaces")
            if "@" in person and person != person.lower():
                problems.append(f"{where}: interviewer address {person!r} is not lower-case")
            if person.lower() not in text:
                problems.append(f"{where}: interviewer {person!r} does not appear in the event text")
            lowered = person.lower()
            if lowered in USER_ADDRESSES or any(name in lowered for name in USER_NAMES):
                problems.append(f"{where}: the user is listed as an interviewer")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if event[field]:
                problems.append(f"{where}: negative with non-empty {field}")
    return problems


def csv_line(row: list[str], newline: str) -> bytes:
    """One CSV row as bytes with the given line ending."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=newline).writerow(row)
    return buffer.getvalue().encode("utf-8")


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> tuple[int, int]:
    """Drop this split's rows from a CSV file, append the new ones, keep all other lines byte for byte.

    Returns (lines kept, rows written). Other splits' lines are filtered by their split column only and are
    never printed.
    """
    split_column = header.index("split")
    lines = path.read_bytes().splitlines(keepends=True) if path.exists() else [csv_line(header, "\n")]
    first = lines[0].decode("utf-8").rstrip("\r\n").lstrip("\ufeff")
    if next(csv.reader([first])) != header:
        raise SystemExit(f"{path}: unexpected header")
    newline = "\r\n" if lines[0].endswith(b"\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        decoded = line.decode("utf-8").rstrip("\r\n")
        fields = next(csv.reader([decoded]), [])
        if len(fields) > split_column and fields[split_column] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        raise SystemExit(f"{path}: last line has no line ending; refusing to change another split's line")
    output = b"".join(kept) + b"".join(csv_line(row, newline) for row in rows)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(output)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return len(kept) - 1, len(rows)


def main() -> None:
    events, forms = load()
    problems = [problem for event in events for problem in check(event, forms)]
    uids = [event["uid"] for event in events]
    duplicates = sorted({uid for uid in uids if uids.count(uid) > 1})
    if duplicates:
        problems.append(f"duplicate uids across events: {duplicates}")
    used = {event["company"] for event in events if event["is_interview"] == 1}
    unused = sorted(set(forms) - used)
    if unused:
        problems.append(f"FORMS entries without an interview: {unused}")
    if problems:
        print("\n".join(problems))
        raise SystemExit(f"{len(problems)} problem(s); nothing written")

    random.Random(SEED).shuffle(events)
    EVENT_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        text = event["ics"] if event["ics"].endswith("\n") else f"{event['ics']}\n"
        eol = event.get("eol", "\r\n")
        (EVENT_DIR / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
        label_rows.append([
            name, event["uid"], str(event["is_interview"]), event["company"], event["role"], event["stage"],
            event["interviewers"], SPLIT, event["trap"],
        ])
    label_rows.sort(key=lambda row: row[0])
    form_rows = [[SPLIT, company, "|".join(forms[company])] for company in sorted(used)]

    kept_labels, written_labels = replace_split_rows(EVENT_DIR / "labels.csv", LABEL_HEADER, label_rows)
    kept_forms, written_forms = replace_split_rows(EVENT_DIR / "company_forms.csv", FORMS_HEADER, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    cancelled = sum(
        1 for event in events
        if event["is_interview"] == 1 and ("STATUS:CANCELLED" in event["ics"] or "METHOD:CANCEL" in event["ics"])
    )
    print(f"split {SPLIT}: {len(events)} events written to {EVENT_DIR.relative_to(ROOT)}")
    print(f"  interviews {interviews} at {len(used)} employers (cancelled {cancelled})")
    print(f"  negatives {len(events) - interviews}: hiring side {hiring}, others {len(events) - interviews - hiring}")
    print(f"  labels.csv: {written_labels} rows written, {kept_labels} other lines kept")
    print(f"  company_forms.csv: {written_forms} rows written, {kept_forms} other lines kept")


if __name__ == "__main__":
    main()
