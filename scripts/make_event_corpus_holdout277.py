"""Write the blind calendar-event test split ``holdout277`` for afterview.

Split: ``holdout277``, about 110 hand-labelled calendar events written blind by an independent author as raw
iCalendar text (without reading the classifier, the other generators or other splits' files and labels).

Persona: Thomas Aebersold, 46, butler and house manager of a private household on Lake Zurich (Villa Seerose),
applying for estate-manager, head-butler, house-manager and guest-relations posts with family offices, a Gstaad
palace hotel, London/Swiss households through household-staffing agencies and a private bank's residence. His
addresses are t.aebersold@bluewin.ch (private) and house.manager@villa-seerose.example.ch (work).

The events live in ``scripts/holdout277ev_*.py`` (``EVENTS`` lists and ``FORMS`` dicts; shared VTIMEZONE text in
``scripts/holdout277ev_zones.py``). This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout277-NNN-<kind>.ics`` (CRLF unless an event asks otherwise; old ``holdout277-*.ics``
are deleted first) and replaces only the ``split=holdout277`` rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``, keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout277.py
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

SPLIT = "holdout277"
SEED = 27_702
SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
COMPANY_FORMS = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = ("holdout277ev_a", "holdout277ev_b", "holdout277ev_c", "holdout277ev_d")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = ("t.aebersold@bluewin.ch", "house.manager@villa-seerose.example.ch")
USER_NAMES = ("thomas aebersold", "aebersold, thomas", "t. aebersold", "thomas")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"


def load_events() -> tuple[list[dict], dict[str, str]]:
    """Import the data modules and return all events and the merged company forms."""
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    forms: dict[str, str] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, other_forms in getattr(module, "FORMS", {}).items():
            if company in forms and forms[company] != other_forms:
                raise SystemExit(f"{name}: conflicting FORMS entry for {company!r}")
            forms[company] = other_forms
    return events, forms


def raw_text(event: dict) -> str:
    """The event's file text with its line ends (CRLF unless the event says otherwise)."""
    text = event["ics"]
    if not text.endswith("\n"):
        text = f"{text}\n"
    return text.replace("\r\n", "\n").replace("\n", event.get("eol", "\r\n"))


def check_event(event: dict, forms: dict[str, str]) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    uid = event.get("uid", "")
    problems: list[str] = []
    required = ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring")
    missing = [key for key in required if key not in event]
    if missing:
        return [f"{uid}: missing keys {missing}"]
    raw = raw_text(event)
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as error:
        return [f"{uid}: does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID", "")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as error:
            problems.append(f"{uid}: DTSTART not decodable: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{uid}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{uid}: is_interview must be 0 or 1")
    if event["hiring"] != event["trap"].startswith(HIRING_PREFIX):
        problems.append(f"{uid}: hiring flag does not match the trap prefix")
    unfolded = re.sub(r"\r?\n[ \t]", "", raw).lower()
    people = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        if not event["company"]:
            problems.append(f"{uid}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{uid}: company {event['company']!r} has no FORMS entry")
        if event["hiring"]:
            problems.append(f"{uid}: an interview cannot be on the hiring side")
        for person in people:
            if person != person.strip() or ("@" in person and person != person.lower()):
                problems.append(f"{uid}: interviewer {person!r} must be trimmed and lower-case")
            if person.lower() not in unfolded:
                problems.append(f"{uid}: interviewer {person!r} does not appear in the event text")
            if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
                problems.append(f"{uid}: the user is listed as an interviewer")
    elif any(event[key] for key in ("company", "role", "stage", "interviewers")):
        problems.append(f"{uid}: a negative must have empty company, role, stage and interviewers")
    return problems


def split_column(header_line: str) -> int:
    """Index of the split column in a CSV header line."""
    header = next(csv.reader([header_line.rstrip("\r\n")]))
    return [field.lstrip("\ufeff").strip() for field in header].index("split")


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Replace only this split's rows of a CSV file; every other line is kept byte for byte."""
    eol = "\n"
    if path.exists():
        text = path.read_bytes().decode("utf-8")
        lines = text.splitlines(keepends=True)
    else:
        lines = []
    if not lines:
        lines = [f"{','.join(header)}{eol}"]
    if lines[0].endswith("\r\n"):
        eol = "\r\n"
    index = split_column(lines[0])
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > index and fields[index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] = f"{kept[-1]}{eol}"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol).writerows(rows)
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{SPLIT}-", suffix=".tmp", delete=False
    ) as handle:
        handle.write("".join(kept))
        handle.write(buffer.getvalue())
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    os.chmod(handle.name, mode)
    os.replace(handle.name, path)


def main() -> int:
    events, forms = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        if event.get("uid") in seen:
            problems.append(f"{event.get('uid')}: duplicate uid")
        seen.add(event.get("uid", ""))
        problems.extend(check_event(event, forms))
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problems; nothing written")
        return 1

    ordered = sorted(events, key=lambda event: event["uid"])
    random.Random(SEED).shuffle(ordered)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(ordered, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        (OUT_DIR / name).write_bytes(raw_text(event).encode("utf-8"))
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
    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(COMPANY_FORMS, FORMS_HEADER, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(bool(event["hiring"]) for event in events)
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews {interviews}, negatives {len(events) - interviews} (hiring side {hiring})")
    print(f"  employers {len(companies)}, label rows {len(label_rows)}, company_forms rows {len(form_rows)}")
    stages: dict[str, int] = {}
    for event in events:
        if event["is_interview"]:
            stages[event["stage"] or "(empty)"] = stages.get(event["stage"] or "(empty)", 0) + 1
    print(f"  stages {dict(sorted(stages.items()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
