"""Write the blind calendar-event split holdout267 for afterview.

Split: holdout267, about 110 hand-written raw iCalendar events from one person's calendar, written blind (without
reading the classifier, the other generators, other splits' files or labels).

Persona: Rhys Llewellyn, 36, project officer at a commercial archaeology unit in Cardiff (Tir Treftadaeth
Archaeology), applying for senior-archaeologist and project-manager posts at other units, councils, a national
heritage body, a university field school, consultancies and one unit in Galicia. His addresses are
rhys.llewellyn.arch@gmail.com (private) and r.llewellyn@tirtreftadaeth.example.co.uk (work).

The events live in scripts/holdout267ev_a.py ... holdout267ev_d.py (shared VTIMEZONE text in holdout267ev_zones.py).
This script checks every event, shuffles them with a fixed seed, writes tests/corpus/events/holdout267-NNN-<kind>.ics
(CRLF line endings; old holdout267-*.ics files are deleted first) and replaces only the split=holdout267 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout267.py
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

SPLIT = "holdout267"
SEED = 26701
SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
MODULES = ["holdout267ev_a", "holdout267ev_b", "holdout267ev_c", "holdout267ev_d"]
USER_ADDRESSES = {"rhys.llewellyn.arch@gmail.com", "r.llewellyn@tirtreftadaeth.example.co.uk"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other forms the user would accept for each employer ("|"-separated, may be empty).
FORMS = {
    "Hafren Archaeology": "Hafren Archaeology Ltd|Hafren",
    "Morlan County Council": "Cyngor Sir Morlan|Morlan CC|Morlan Council|MCC",
    "Henebion Cymru": "Henebion",
    "Severnside University": "Severnside|Severnside Uni",
    "Avonmere Heritage": "Avonmere Heritage Consulting|Avonmere",
    "Arqueoloxía Atlántica": "Arqueoloxía Atlántica S.L.|Arqueoloxia Atlantica|Arqueología Atlántica",
    "Tir Treftadaeth Archaeology": "Tir Treftadaeth|TT",
    "Ridgeway Archaeological Services": "Ridgeway|Ridgeway Archaeology|RAS",
    "Mercian Field Archaeology": "Mercian|MFA",
    "Kernow Field Unit": "Kernow FU|Kernow|KFU",
    "Pictish Heritage": "Pictish Heritage Ltd|Pictish",
    "Fenland Archaeological Trust": "Fenland|FAT",
    "Thameside Archaeological Unit": "Thameside|TAU",
    "Dee Estuary Archaeology": "Dee Estuary",
    "Ynys Archaeology": "Ynys",
    "Cotswold Edge Archaeology": "Cotswold Edge",
    "Halcyon Engineering": "Halcyon Engineering Group|Halcyon",
    "Heritage Estates Trust": "HET",
    "Bro Taf Borough Council": "Bro Taf BC|Bro Taf Council|Bro Taf",
    "Wyecombe District Council": "Wyecombe DC|Wyecombe Council|Wyecombe",
    "Amgueddfa Dyffryn": "Dyffryn Museum|Dyffryn",
    "Ostmann Grabungen": "Ostmann Grabungen GmbH|Ostmann",
    "Archéologie Armorique": "Archéologie Armorique SCOP|Archeologie Armorique|Archéo Armorique",
    "Shannon Archaeology": "Shannon Arch|Shannon",
    "Northumbrian Field Archaeology": "Northumbrian|NFA",
    "Ouse Valley Archaeology": "Ouse Valley",
    "Brunel Heritage Partners": "Brunel Heritage|Brunel",
    "Lothian Field Archaeology": "Lothian|LFA",
    "Clwyd Uplands Archaeology": "Clwyd Uplands",
    "Tywi Valley Heritage": "Tywi Valley",
    "Cambria Water": "",
    "Maes Energy": "Maes",
    "Oakhurst Archaeology": "Oakhurst",
    "Peakland Archaeology": "Peakland",
    "Marcher Heritage Consultants": "Marcher Heritage|Marcher",
    "Gower Coastal Archaeology": "Gower Coastal",
    "Solent Maritime Archaeology": "Solent Maritime|SMA",
    "Isca Archaeology": "Isca Arch|Isca",
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def raw_text(event: dict) -> str:
    text = event["ics"].strip("\n") + "\n"
    return text.replace("\n", event.get("eol", "\r\n"))


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(event: dict, text: str) -> list[str]:
    errors = []
    uid = event["uid"]
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        return [f"{uid}: does not parse: {exc}"]
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        errors.append(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        errors.append(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            errors.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            errors.append(f"{uid}: DTSTART not decodable: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            errors.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        errors.append(f"{uid}: bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        errors.append(f"{uid}: is_interview must be 0 or 1")
    interviewers = [part for part in event["interviewers"].split(";") if part]
    flat = unfold(text).lower()
    for person in interviewers:
        if person != person.strip():
            errors.append(f"{uid}: interviewer {person!r} has stray spaces")
        if "@" in person and person != person.lower():
            errors.append(f"{uid}: interviewer address {person!r} is not lower-case")
        if person.lower() not in flat:
            errors.append(f"{uid}: interviewer {person!r} not in the event text")
        if person.lower() in USER_ADDRESSES or "llewellyn" in person.lower():
            errors.append(f"{uid}: the user is listed as an interviewer")
    if event["is_interview"] == 1:
        if not event["company"]:
            errors.append(f"{uid}: interview without company")
        elif event["company"] not in FORMS:
            errors.append(f"{uid}: company {event['company']!r} has no FORMS entry")
    elif any(event[key] for key in ("company", "role", "stage", "interviewers")):
        errors.append(f"{uid}: negative with company/role/stage/interviewers")
    if not isinstance(event["hiring"], bool):
        errors.append(f"{uid}: hiring must be a bool")
    elif event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        errors.append(f"{uid}: hiring flag and trap prefix disagree")
    if event["hiring"] and event["is_interview"]:
        errors.append(f"{uid}: hiring-side event labelled as interview")
    return errors


def replace_split_rows(path: Path, header: list[str], new_rows: list[list[str]]) -> None:
    """Drop this split's rows from a CSV file and append the new ones; every other line stays byte for byte."""
    if path.exists():
        data = path.read_bytes().decode("utf-8")
        lines = data.splitlines(keepends=True)
    else:
        lines = []
    if not lines:
        lines = [",".join(header) + "\n"]
    first = lines[0]
    newline = "\r\n" if first.endswith("\r\n") else "\n"
    split_index = next(csv.reader([first.rstrip("\r\n")])).index("split")
    kept = [first]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += newline
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    writer.writerows(new_rows)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write("".join(kept) + buffer.getvalue())
    os.replace(temp_name, path)


def main() -> int:
    events = load_events()
    errors = []
    seen = set()
    texts = {}
    for event in events:
        if event["uid"] in seen:
            errors.append(f"{event['uid']}: duplicate uid")
        seen.add(event["uid"])
        texts[event["uid"]] = raw_text(event)
        errors.extend(check(event, texts[event["uid"]]))
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1

    order = list(events)
    random.Random(SEED).shuffle(order)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        (OUT_DIR / name).write_bytes(texts[event["uid"]].encode("utf-8"))
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
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    replace_split_rows(OUT_DIR / "labels.csv", LABEL_HEADER, label_rows)
    replace_split_rows(OUT_DIR / "company_forms.csv", FORMS_HEADER, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(event["hiring"] for event in events)
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} others), {len(companies)} employers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
