#!/usr/bin/env python3
"""Write the blind calendar-event split ``holdout202`` of the afterview event corpus.

The events live as hand-written raw iCalendar text in ``scripts/holdout202ev_*.py``
(each module exposes ``EVENTS``, a list of dicts with ``kind``, ``ics`` and ``label``).
This script shuffles them with a fixed seed, writes
``tests/corpus/events/holdout202-NNN-<kind>.ics`` (after deleting only the old
``holdout202-*.ics`` files), checks every label against the parsed file and replaces
only the ``split=holdout202`` rows of ``labels.csv`` and ``company_forms.csv``.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout202.py
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

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SPLIT = "holdout202"
SEED = 20260202

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"priya.sandhu.law@outlook.com", "p.sandhu@hartleybrennan.co.uk"}
CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Fenwick Ridley LLP": ["Fenwick Ridley", "FR"],
    "Calderbank Hughes Solicitors": ["Calderbank Hughes"],
    "Whitcombe Dodd LLP": ["Whitcombe Dodd"],
    "Kirkgate Law": ["Kirkgate Law Ltd", "Kirkgate"],
    "Milner Pickersgill Solicitors": ["Milner Pickersgill"],
    "Tetley Marsh LLP": ["Tetley Marsh", "TM"],
    "Northgate Building Society": ["Northgate", "Northgate BS"],
    "Dransfield Ogden LLP": ["Dransfield Ogden"],
    "Brightwater Legal LLP": ["Brightwater Legal", "Brightwater"],
    "Ancoats Law": ["Ancoats Law Ltd", "Ancoats"],
    "Pennington Shaw LLP": ["Pennington Shaw"],
    "Irwell Roscoe LLP": ["Irwell Roscoe"],
    "Halliwell Thorne LLP": ["Halliwell Thorne"],
    "Castlefield Family Law": ["Castlefield Family Law Ltd", "Castlefield"],
    "Marchmont Quill LLP": ["Marchmont Quill"],
    "Blackfriars Aldous LLP": ["Blackfriars Aldous"],
    "Ferrers Lomax LLP": ["Ferrers Lomax", "Ferrers Lomax & Co"],
    "Stratton Vane LLP": ["Stratton Vane", "Stratton Vane London"],
    "Brandt Kessler": ["Brandt Kessler Rechtsanwälte", "Brandt Kessler Rechtsanwälte PartGmbB"],
    "Delorme Vasseur": ["Delorme Vasseur AARPI", "Delorme Vasseur Londres"],
    "Garrido Ortega Abogados": ["Garrido Ortega", "Garrido Ortega Abogados S.L.P."],
    "Hallam Greaves LLP": ["Hallam Greaves"],
    "Carrow Lyle Legal LLP": ["Carrow Lyle Legal", "Carrow Lyle"],
    "Moray Lindsay WS": ["Moray Lindsay", "ML"],
    "Government Legal Department": ["GLD", "the Government Legal Department"],
    "Crown Prosecution Service": ["CPS", "the CPS"],
    "Leeds City Council": ["LCC", "Leeds City Council Legal Services"],
    "Clausewise": ["Clausewise Ltd"],
    "Kestrel Claims Solicitors": ["Kestrel Claims", "Kestrel"],
    "Homeward Conveyancing": ["Homeward Conveyancing Ltd", "Homeward"],
    "Sahota & Gill Immigration Solicitors": ["Sahota & Gill", "Sahota and Gill", "Sahota & Gill Solicitors"],
    "Burley Park Employment Law": ["Burley Park", "Burley Park Employment Law Ltd"],
    "Redbrook Injury Lawyers": ["Redbrook", "Redbrook Injury Lawyers Ltd"],
    "Chapeltown Law Centre": ["Chapeltown Law Centre CIO", "CLC"],
    "Harrow Lane Wills & Probate": ["Harrow Lane", "Harrow Lane Wills and Probate"],
    "Leeds Teaching Hospitals NHS Trust": ["Leeds Teaching Hospitals", "LTHT"],
    "Aire & Calder Water": ["Aire & Calder Water plc", "Aire and Calder Water", "ACW"],
    "Dunmore Pryce Solicitors": ["Dunmore Pryce"],
    "Hollinrake Legal": ["Hollinrake Legal Ltd", "Hollinrake"],
    "Vantage Quay LLP": ["Vantage Quay"],
    "Meadowcroft Legal": ["Meadowcroft Legal Ltd", "Meadowcroft"],
    "Aire Valley Legal Services": ["Aire Valley Legal", "AVLS"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout202: ERROR: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout202ev_*.py")):
        module = importlib.import_module(path.stem)
        for ev in getattr(module, "EVENTS", []):
            ev = dict(ev)
            ev["module"] = path.stem
            events.append(ev)
    if not events:
        fail("no events found in scripts/holdout202ev_*.py")
    return events


def to_bytes(ev: dict) -> bytes:
    """Normalise the hand-written text to the event's line ending (CRLF unless it says LF)."""
    eol = ev.get("eol", "\r\n")
    lines = ev["ics"].strip("\n").split("\n")
    return (eol.join(line.rstrip("\r") for line in lines) + eol).encode("utf-8")


def unfolded(raw: bytes) -> str:
    text = raw.decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\n[ \t]", "", text)


def check(ev: dict, raw: bytes) -> None:
    where = f"{ev['module']}:{ev.get('kind')}"
    lab = ev["label"]
    kind = ev.get("kind", "")
    if not KEBAB.match(kind) or len(kind.split("-")) > 3:
        fail(f"{where}: kind must be a short kebab-case word or two")
    for number, line in enumerate(unfolded(raw).split("\n")[:-1], start=1):
        if not CONTENT_LINE.match(line):
            fail(f"{where}: line {number} is not an iCalendar content line: {line[:60]!r}")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:  # any parse failure is fatal here
        fail(f"{where}: icalendar cannot parse the file: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if lab["uid"] not in uids:
        fail(f"{where}: label uid {lab['uid']!r} not among {sorted(uids)}")
    for comp in cal.walk("VEVENT"):
        for prop in ("DTSTART", "DTSTAMP", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{where}: VEVENT without {prop}")
    if lab["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    trap = lab.get("trap", "")
    if not KEBAB.match(trap):
        fail(f"{where}: trap must be kebab-case, got {trap!r}")
    if lab["is_interview"] == 0:
        for key in ("company", "role", "stage", "interviewers"):
            if lab.get(key, ""):
                fail(f"{where}: negative with non-empty {key}")
        return
    if trap.startswith("user-as-interviewer-"):
        fail(f"{where}: an interview cannot have a user-as-interviewer trap")
    company = lab.get("company", "")
    if not company:
        fail(f"{where}: interview without company")
    if company not in FORMS:
        fail(f"{where}: company {company!r} has no FORMS entry")
    if lab.get("stage", "") not in STAGES:
        fail(f"{where}: bad stage {lab.get('stage')!r}")
    text = unfolded(raw)
    for person in filter(None, lab.get("interviewers", "").split(";")):
        if "@" in person:
            if person != person.lower():
                fail(f"{where}: interviewer address must be lower case: {person}")
            if person in USER_ADDRESSES:
                fail(f"{where}: the user is not her own interviewer")
            if person not in text.lower():
                fail(f"{where}: interviewer {person} not in the file")
        elif person not in text:
            fail(f"{where}: interviewer name {person!r} not in the file")


def atomic_write(path: Path, data: bytes) -> None:
    mode = path.stat().st_mode if path.exists() else None
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    head = next(csv.reader([lines[0].decode("utf-8")]))
    if head != header:
        fail(f"{path}: unexpected header {head}")
    eol = "\r\n" if lines[0].endswith(b"\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol.encode()
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    payloads = [to_bytes(ev) for ev in events]
    if len(set(payloads)) != len(payloads):
        fail("two events have identical text")
    for ev, raw in zip(events, payloads, strict=True):
        check(ev, raw)

    used = {ev["label"]["company"] for ev in events if ev["label"]["is_interview"]}
    unused = set(FORMS) - used
    if unused:
        fail(f"FORMS lists companies with no interview: {sorted(unused)}")

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in sorted(EVENTS_DIR.glob(f"{SPLIT}-*.ics")):
        old.unlink()

    label_rows: list[list[str]] = []
    for number, idx in enumerate(order, start=1):
        ev, raw = events[idx], payloads[idx]
        name = f"{SPLIT}-{number:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(raw)
        lab = ev["label"]
        label_rows.append(
            [
                name,
                lab["uid"],
                str(lab["is_interview"]),
                lab.get("company", ""),
                lab.get("role", ""),
                lab.get("stage", ""),
                lab.get("interviewers", ""),
                SPLIT,
                lab["trap"],
            ]
        )

    forms_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(used)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)

    interviews = sum(1 for ev in events if ev["label"]["is_interview"])
    hiring = sum(1 for ev in events if ev["label"]["trap"].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} with the user on the hiring side), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
