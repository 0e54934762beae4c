"""Write the blind calendar-event test split ``holdout255``.

Split: holdout255, about 110 raw iCalendar events from one user's calendar, written blind (without reading the
classifier, the other generators or the other splits) and hand-labelled.

Persona: Gemma Pritchard, 37, dental nurse and practice manager at Clifton Smiles Dental (a mixed NHS/private
practice in Bristol), addresses gemma.pritchard@outlook.com and practicemanager@cliftonsmilesdental.co.uk. She
applies for practice-manager and area-manager roles at dental groups, NHS trusts and health boards (TRAC, NHS
Jobs), dental-software companies and a Cardiff practice; she also hires nurses and receptionists herself.

The events live in ``scripts/holdout255ev_*.py`` (``EVENTS`` lists and ``FORMS`` dicts); this script checks every
event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout255-NNN-<kind>.ics`` with CRLF line
ends (after deleting only the old ``holdout255-*.ics``) and replaces only the ``split=holdout255`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping every other line byte
for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout255.py
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

SPLIT = "holdout255"
SEED = 255
MODULES = ("holdout255ev_a", "holdout255ev_b", "holdout255ev_c", "holdout255ev_d", "holdout255ev_e")
USER_ADDRESSES = ("gemma.pritchard@outlook.com", "practicemanager@cliftonsmilesdental.co.uk")
STAGES = ("", "recruiter_screen", "technical", "onsite", "final", "hiring_manager")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_FIELDS = ("file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap")


def load_events() -> tuple[list[dict], dict[str, str]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    forms: dict[str, str] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, alternatives in module.FORMS.items():
            if company in forms:
                raise SystemExit(f"{name}: company {company!r} has FORMS in two modules")
            forms[company] = alternatives
    return events, forms


def unfolded_text(ics: str) -> str:
    return ics.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").lower()


def check_event(event: dict, forms: dict[str, str]) -> list[str]:
    problems: list[str] = []
    uid = event["uid"]
    ics = event["ics"]
    try:
        calendar = icalendar.Calendar.from_ical(ics.replace("\n", "\r\n"))
    except ValueError as error:
        return [f"does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError) as error:
            problems.append(f"DTSTART not decodable: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"stage {event['stage']!r} is not valid")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    text = unfolded_text(ics)
    interviewers = [person for person in event["interviewers"].split(";") if person]
    for person in interviewers:
        if person.lower() not in text:
            problems.append(f"interviewer {person!r} not in the event text")
        if person.lower() in USER_ADDRESSES:
            problems.append("the user is listed as an interviewer")
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append("interview without company")
        elif event["company"] not in forms:
            problems.append(f"company {event['company']!r} has no FORMS entry")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                problems.append(f"negative with non-empty {key}")
    if not isinstance(event["hiring"], bool):
        problems.append("hiring must be a bool")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring must be True exactly when trap starts with user-as-interviewer-")
    if event["hiring"] and event["is_interview"]:
        problems.append("hiring-side event labelled as interview")
    return problems


def replace_split_rows(path: Path, split_column: str, new_rows: list[list[str]]) -> None:
    """Keep every line of ``path`` whose split column is not ours, byte for byte, and append ``new_rows``."""
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    header = lines[0].decode("utf-8")
    split_index = next(csv.reader([header])).index(split_column)
    newline = "\r\n" if lines[0].endswith(b"\r\n") else "\n"
    kept: list[bytes] = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += newline.encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerows(new_rows)
    data = b"".join(kept) + buffer.getvalue().encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".csv", dir=path.parent)
    with os.fdopen(handle, "wb") as temp_file:
        temp_file.write(data)
    os.replace(temp_name, path)


def main() -> None:
    events, forms = load_events()
    failures: list[str] = []
    seen_uids: set[str] = set()
    for event in events:
        if event["uid"] in seen_uids:
            failures.append(f"{event['uid']}: duplicate uid")
        seen_uids.add(event["uid"])
        failures.extend(f"{event['kind']} {event['uid'][:40]}: {problem}" for problem in check_event(event, forms))
    if failures:
        print("\n".join(failures))
        raise SystemExit(f"{len(failures)} problem(s); nothing written")

    random.Random(SEED).shuffle(events)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(events, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (OUT_DIR / file_name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                file_name,
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
    used_companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, forms[company]] for company in used_companies]
    replace_split_rows(LABELS, "split", label_rows)
    replace_split_rows(FORMS_CSV, "split", form_rows)

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} others), {len(used_companies)} employers"
    )


if __name__ == "__main__":
    main()
