"""Write the blind calendar-event split holdout276 (raw iCalendar files plus labels).

Split: holdout276, written blind by an independent author without reading the classifier, the other generators or
other splits' files and labels.

Persona: Macarena Villalobos Ruiz, 35, official tour guide (guía oficial de turismo de Andalucía) in Seville, freelance
for tour operators and cruise lines and a senior guide at the agency Sevilla Tours Guías. She applies for product
manager posts at DMCs, guest-experience roles at hotel groups, coordinator posts at museum foundations, shore-excursions
manager roles with cruise lines in Miami and the city tourism board's public selection. Her addresses are
macarena.villalobos.guia@gmail.com (private) and macarena@sevillatours-guias.example.es (work).

The events live in scripts/holdout276ev_*.py (one VEVENT UID per event, raw text with LF line endings); this script
checks every event, shuffles them with a fixed seed, writes tests/corpus/events/holdout276-NNN-<kind>.ics with CRLF
line endings (after deleting only the old holdout276-*.ics files) and replaces only the split=holdout276 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout276.py
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

SPLIT = "holdout276"
SEED = 276
ME = ("macarena.villalobos.guia@gmail.com", "macarena@sevillatours-guias.example.es")
MODULES = ("holdout276ev_a", "holdout276ev_b", "holdout276ev_c", "holdout276ev_d", "holdout276ev_e")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"


def load() -> tuple[list[dict], dict[str, list[str]]]:
    """Import the data modules and return all events and the merged company forms."""
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    forms: dict[str, list[str]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, variants in module.FORMS.items():
            if company in forms:
                raise SystemExit(f"{name}: company {company!r} has FORMS in two modules")
            forms[company] = list(variants)
    return events, forms


def unfold(text: str) -> str:
    """Undo RFC 5545 line folding."""
    return re.sub(r"\n[ \t]", "", text)


def check(event: dict, forms: dict[str, list[str]]) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    problems = []
    uid = event.get("uid", "?")
    missing = KEYS - set(event)
    extra = set(event) - KEYS - {"eol"}
    if missing or extra:
        return [f"{uid}: missing keys {sorted(missing)}, unknown keys {sorted(extra)}"]
    text = event["ics"]
    if not text.startswith("BEGIN:VCALENDAR\n") or not text.endswith("END:VCALENDAR\n"):
        problems.append(f"{uid}: ics must start with BEGIN:VCALENDAR and end with END:VCALENDAR and a newline")
    if "\r" in text:
        problems.append(f"{uid}: ics must use LF in the source")
    try:
        calendar = icalendar.Calendar.from_ical(text.replace("\n", "\r\n"))
    except ValueError as error:
        return [*problems, f"{uid}: does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{uid}: DTSTART does not decode: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{uid}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{uid}: is_interview must be 0 or 1")
    if "eol" in event and event["eol"] not in ("\r\n", "\n"):
        problems.append(f"{uid}: eol must be CRLF or LF")
    flat = unfold(text).lower()
    interviewers = [person for person in event["interviewers"].split(";") if person]
    for person in interviewers:
        if person.lower() not in flat:
            problems.append(f"{uid}: interviewer {person!r} does not appear in the event text")
        if person.lower() in ME or "villalobos" in person.lower():
            problems.append(f"{uid}: the user cannot be an interviewer")
        if "@" in person and person != person.lower():
            problems.append(f"{uid}: interviewer address {person!r} must be lower case")
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append(f"{uid}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{uid}: company {event['company']!r} has no FORMS entry")
    elif any(event[key] for key in ("company", "role", "stage", "interviewers")):
        problems.append(f"{uid}: a negative must have empty company, role, stage and interviewers")
    if bool(event["hiring"]) != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{uid}: hiring must be True exactly when trap starts with user-as-interviewer-")
    if event["hiring"] and event["is_interview"]:
        problems.append(f"{uid}: a hiring-side event cannot be the user's interview")
    return problems


def replace_rows(path: Path, header: list[str], rows: list[list[str]]) -> int:
    """Replace the split=holdout276 rows of a CSV file, keeping every other line byte for byte."""
    raw = path.read_bytes().decode("utf-8") if path.exists() else ""
    lines = raw.splitlines(keepends=True)
    if lines:
        first = lines[0]
        eol = "\r\n" if first.endswith("\r\n") else "\n"
        columns = next(csv.reader([first.rstrip("\r\n")]))
        if columns != header:
            raise SystemExit(f"{path.name}: unexpected header, expected {','.join(header)}")
    else:
        eol = "\n"
        lines = [",".join(header) + eol]
    split_index = header.index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\r\n", "\n")):
        kept[-1] = f"{kept[-1]}{eol}"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    writer.writerows(rows)
    text = "".join(kept) + buffer.getvalue()
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as temp_file:
        temp_file.write(text.encode("utf-8"))
    os.chmod(temp_name, mode)
    os.replace(temp_name, path)
    return len(rows)


def main() -> None:
    events, forms = load()
    problems = []
    seen: set[str] = set()
    for event in events:
        problems.extend(check(event, forms))
        if event.get("uid") in seen:
            problems.append(f"{event.get('uid')}: duplicate UID")
        seen.add(event.get("uid"))
    used = {event["company"] for event in events if event.get("is_interview") == 1}
    problems.extend(f"FORMS entry {company!r} is not used by any interview" for company in sorted(set(forms) - used))
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s); nothing written")

    order = list(events)
    random.Random(SEED).shuffle(order)

    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENTS_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
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
    form_rows = [[SPLIT, company, "|".join(forms[company])] for company in sorted(used)]
    replace_rows(EVENTS_DIR / "labels.csv", LABEL_HEADER, label_rows)
    replace_rows(EVENTS_DIR / "company_forms.csv", FORMS_HEADER, form_rows)

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"split {SPLIT}: {len(events)} events written to {EVENTS_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} with {len(used)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} hiring side, {len(events) - interviews - hiring} others)")
    print(f"  labels.csv rows: {len(label_rows)}; company_forms.csv rows: {len(form_rows)}")


if __name__ == "__main__":
    main()
