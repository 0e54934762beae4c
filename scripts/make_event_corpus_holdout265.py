"""Generate the blind calendar-event split ``holdout265`` for afterview.

Split: holdout265, about 110 raw iCalendar events from one user's calendar, written blind (without reading the
classifier, the other generators, other splits' files or labels) and hand-labelled.

Persona: Sabine Kretzschmar, 46, employment advisor (Arbeitsvermittlerin) at a fictional Leipzig Jobcenter, applying
for HR-business-partner and recruiting posts, a team-lead post at another Jobcenter, an internal post, training
providers and outplacement firms. Her addresses: sabine.kretzschmar@web.de (private) and
sabine.kretzschmar@jobcenter-leipzig-nord.example.de (work).

The events live in ``scripts/holdout265ev_*.py`` (``EVENTS`` and ``FORMS`` per module). This script checks every
event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout265-NNN-<kind>.ics`` (CRLF unless an event
asks otherwise; old ``holdout265-*.ics`` files are deleted first) and replaces only the split=holdout265 rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping all other lines byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout265.py
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

SPLIT = "holdout265"
SEED = 26536
MODULES = ("holdout265ev_a", "holdout265ev_b", "holdout265ev_c", "holdout265ev_d")
USER_ADDRESSES = ("sabine.kretzschmar@web.de", "sabine.kretzschmar@jobcenter-leipzig-nord.example.de")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"


def load_events() -> tuple[list[dict], dict[str, str]]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    forms: dict[str, str] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, value in module.FORMS.items():
            if company in forms and forms[company] != value:
                raise SystemExit(f"conflicting FORMS entry for {company!r}")
            forms[company] = value
    return events, forms


def unfold(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")


def check_event(event: dict, forms: dict[str, str]) -> list[str]:
    problems: list[str] = []
    uid = event["uid"]
    tag = f"{event['kind']} ({uid[:40]})"
    required = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
    missing = required - set(event)
    if missing:
        return [f"{tag}: missing keys {sorted(missing)}"]
    eol = event.get("eol", "\r\n")
    if eol not in ("\r\n", "\n"):
        problems.append(f"{tag}: bad eol")
    raw = event["ics"].replace("\n", eol)
    try:
        calendar = icalendar.Calendar.from_ical(raw)
    except Exception as error:
        return [f"{tag}: does not parse: {error}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append(f"{tag}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{tag}: VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            problems.append(f"{tag}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as error:
            problems.append(f"{tag}: DTSTART not decodable: {error}")
    for field in ("kind", "trap"):
        if not KEBAB.match(event[field]):
            problems.append(f"{tag}: {field} {event[field]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{tag}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{tag}: is_interview must be 0 or 1")
    if not isinstance(event["hiring"], bool):
        problems.append(f"{tag}: hiring must be a bool")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{tag}: hiring flag disagrees with trap prefix")
    text = unfold(event["ics"]).lower()
    interviewers = [name for name in event["interviewers"].split(";") if name]
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append(f"{tag}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{tag}: company {event['company']!r} has no FORMS entry")
        if event["hiring"]:
            problems.append(f"{tag}: an interview cannot be hiring-side")
        for name in interviewers:
            if name.lower() not in text:
                problems.append(f"{tag}: interviewer {name!r} not in event text")
            if "@" in name and name != name.lower():
                problems.append(f"{tag}: interviewer address {name!r} not lower-case")
            if name.lower() in USER_ADDRESSES:
                problems.append(f"{tag}: the user is listed as interviewer")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if event[field]:
                problems.append(f"{tag}: negative with non-empty {field}")
    return problems


def split_records(text: str) -> list[str]:
    """Split CSV text into raw records (keeping line endings), honouring quoted newlines."""
    records: list[str] = []
    pending = ""
    for line in text.splitlines(keepends=True):
        pending += line
        if pending.count('"') % 2 == 0:
            records.append(pending)
            pending = ""
    if pending:
        records.append(pending)
    return records


def replace_split_rows(path: Path, header: list[str], split_column: str, rows: list[list[str]]) -> int:
    text = path.read_bytes().decode("utf-8") if path.exists() else ",".join(header) + "\n"
    records = split_records(text)
    header_line = records[0]
    terminator = "\r\n" if header_line.endswith("\r\n") else "\n"
    header_fields = next(csv.reader([header_line.rstrip("\r\n")]))
    if header_fields != header:
        raise SystemExit(f"unexpected header in {path.name}")
    index = header_fields.index(split_column)
    kept = [header_line]
    for record in records[1:]:
        fields = next(csv.reader(io.StringIO(record)), [])
        if len(fields) > index and fields[index] == SPLIT:
            continue
        kept.append(record)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += terminator
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=terminator)
    writer.writerows(rows)
    content = "".join(kept) + buffer.getvalue()
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content.encode("utf-8"))
    os.replace(temp_name, path)
    return len(rows)


def main() -> int:
    events, forms = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        if event.get("uid") in seen:
            problems.append(f"duplicate uid {event.get('uid')}")
        seen.add(event.get("uid"))
        problems.extend(check_event(event, forms))
    if problems:
        for problem in problems:
            print(f"ERROR: {problem}")
        return 1

    ordered = list(events)
    random.Random(SEED).shuffle(ordered)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(ordered, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        body = event["ics"] if event["ics"].endswith("\n") else event["ics"] + "\n"
        (OUT_DIR / file_name).write_bytes(body.replace("\n", eol).encode("utf-8"))
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
    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, forms[company]] for company in companies]
    replace_split_rows(OUT_DIR / "labels.csv", LABEL_HEADER, "split", label_rows)
    replace_split_rows(OUT_DIR / "company_forms.csv", FORMS_HEADER, "split", form_rows)

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} with {len(companies)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} hiring side, {len(events) - interviews - hiring} others)")
    print(f"  labels.csv rows: {len(label_rows)}; company_forms.csv rows: {len(form_rows)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
