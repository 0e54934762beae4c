"""Write the blind calendar-event split ``holdout257`` for afterview.

Split: holdout257, about 110 raw iCalendar files written blind by an independent author (data and labels only).
Persona: Brandon Whitaker, 31, senior IT recruiter at the fictional Chicago staffing agency Lakeloop Staffing,
applying to in-house talent-acquisition roles; addresses brandon.whitaker.tx@gmail.com (private) and
bwhitaker@lakeloopstaffing.com (work).

The events live in ``scripts/holdout257ev_*.py`` (``EVENTS`` lists); this script checks every event, shuffles them
with a fixed seed, writes ``tests/corpus/events/holdout257-NNN-<kind>.ics`` with CRLF line endings and replaces only
the split=holdout257 rows of ``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout257.py
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

SPLIT = "holdout257"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
MODULES = ("holdout257ev_a", "holdout257ev_b", "holdout257ev_c", "holdout257ev_d", "holdout257ev_e")
USER_ADDRESSES = ("brandon.whitaker.tx@gmail.com", "bwhitaker@lakeloopstaffing.com")
USER_NAMES = ("brandon whitaker", "brandon", "whitaker, brandon")
STAGES = ("", "recruiter_screen", "technical", "onsite", "final", "hiring_manager")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEED = 257

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS: dict[str, list[str]] = {
    "Northwind Health": ["Northwind", "Northwind Health System", "NWH"],
    "Quillstack": ["Quillstack Inc.", "Quillstack Inc"],
    "Brightpath Bank": ["Brightpath", "Brightpath Bank N.A.", "BPB"],
    "Kestrel Cloud": ["Kestrel", "Kestrel Cloud Inc."],
    "Hollis & Grey Talent": ["Hollis & Grey", "Hollis and Grey", "H&G Talent", "H&G"],
    "Vantora Analytics": ["Vantora"],
    "Meridian Pay": ["Meridian", "MeridianPay"],
    "Lakeloop Staffing": ["Lakeloop", "Lake Loop Staffing", "LLS"],
    "Halden Labs": ["Halden"],
    "Stratavolt Energy": ["Stratavolt"],
    "Kopfwerk Software": ["Kopfwerk", "Kopfwerk Software GmbH"],
    "Parcelwise": ["Parcelwise Inc."],
    "Ember Robotics": ["Ember"],
    "Driftwood Games": ["Driftwood"],
    "Cobalt Ridge Insurance": ["Cobalt Ridge", "CRI"],
    "Orbitly": ["Orbitly Inc."],
    "Greyfield Bank": ["Greyfield", "Greyfield Bank & Trust"],
    "Pinecrest Software": ["Pinecrest"],
    "St. Anselm Medical Center": ["St. Anselm", "Saint Anselm Medical Center", "SAMC"],
    "Tessellate AI": ["Tessellate"],
    "Ridgeline Credit Union": ["Ridgeline", "Ridgeline CU", "RCU"],
    "Mapleworks Digital": ["Mapleworks"],
    "Groupe Lumiq": ["Lumiq", "Lumiq Inc."],
    "Finvera": ["Finvera MX", "Finvera México"],
    "Bluegill Payments": ["Bluegill"],
    "Harborline Software": ["Harborline"],
    "Quarry & Vale": ["Quarry and Vale", "Q&V"],
    "Telluric Systems": ["Telluric"],
    "Lakeshore Children's Hospital": ["Lakeshore Children's", "Lakeshore Childrens Hospital", "LCH"],
    "Zephyrine": ["Zephyrine Inc."],
    "Nimbus Freight": ["Nimbus"],
    "Copperleaf Bank": ["Copperleaf"],
    "Hexbyte Security": ["Hexbyte"],
    "Pallas Learning": ["Pallas"],
    "Canopy Commerce": ["Canopy"],
    "Ironbark Systems": ["Ironbark"],
    "Lantern Health": ["Lantern"],
    "Verdant Grid": ["Verdant"],
    "Juniper Ledger": ["Juniper"],
    "Rookwood Analytics": ["Rookwood"],
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def unfold(text: str) -> str:
    return text.replace("\n ", "").replace("\n\t", "")


def check(event: dict) -> list[str]:
    problems: list[str] = []
    uid = event["uid"]
    text = event["ics"]
    try:
        calendar = icalendar.Calendar.from_ical(text.replace("\n", "\r\n"))
    except ValueError as exc:
        return [f"{uid}: does not parse: {exc}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append(f"{uid}: no VEVENT")
    if {str(vevent.get("UID")) for vevent in vevents} != {uid}:
        problems.append(f"{uid}: VEVENT UIDs differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError) as exc:
            problems.append(f"{uid}: DTSTART not decodable: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{uid}: bad stage {event['stage']!r}")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{uid}: hiring flag does not match the trap")
    interviewers = [item for item in event["interviewers"].split(";") if item]
    flat = unfold(text).lower()
    for person in interviewers:
        if person.lower() not in flat:
            problems.append(f"{uid}: interviewer {person!r} not in the event text")
        if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
            problems.append(f"{uid}: the user is listed as an interviewer")
        if "@" in person and person != person.lower():
            problems.append(f"{uid}: interviewer address {person!r} not lower-case")
    if event["is_interview"] == 1:
        if not event["company"] or event["company"] not in FORMS:
            problems.append(f"{uid}: interview without a company in FORMS")
        if event["hiring"]:
            problems.append(f"{uid}: interview marked as hiring side")
    elif event["is_interview"] == 0:
        if any(event[key] for key in ("company", "role", "stage", "interviewers")):
            problems.append(f"{uid}: negative with company/role/stage/interviewers")
    else:
        problems.append(f"{uid}: is_interview must be 0 or 1")
    return problems


def replace_split_rows(path: Path, split_column: int, rows: list[list[str]]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        lines = handle.readlines()
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]))
        if len(fields) > split_column and fields[split_column] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle_fd, "w", encoding="utf-8", newline="") as out:
        out.write("".join(kept))
        out.write(buffer.getvalue())
    os.replace(temp_name, path)


def main() -> int:
    events = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        if event["uid"] in seen:
            problems.append(f"{event['uid']}: duplicate UID")
        seen.add(event["uid"])
        problems.extend(check(event))
    if problems:
        print("\n".join(problems))
        return 1
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"] if event["ics"].endswith("\n") else f"{event['ics']}\n"
        (EVENTS_DIR / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
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
    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in companies]
    replace_split_rows(EVENTS_DIR / "labels.csv", 7, label_rows)
    replace_split_rows(EVENTS_DIR / "company_forms.csv", 0, form_rows)
    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side), {len(companies)} employers"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
