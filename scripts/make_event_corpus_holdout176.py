#!/usr/bin/env python
"""Write the blind calendar-event split holdout176 (one user: Priya Raman, senior UX researcher, Toronto).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout176.py

Every event is hand-written raw iCalendar text in scripts/holdout176ev_*.py. This script
  * deletes old tests/corpus/events/holdout176-*.ics files and writes the new ones
    (order shuffled with a fixed seed, so file numbers say nothing about labels);
  * replaces only the split=holdout176 rows of tests/corpus/events/labels.csv and
    tests/corpus/events/company_forms.csv (all other lines kept byte for byte, atomic rename);
  * parses every file with icalendar and fails loudly on any bad label.
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
SPLIT = "holdout176"
SEED = 176
USER_EMAILS = {"priya.raman.ux@outlook.com", "priya.raman@carewell.health"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
VTZ_LINE = re.compile(r"^@@VTZ (.+?)@@\n", re.M)

# Other names Priya would accept for each interview employer in a draft.
FORMS = {
    "Northwind Health": ["Northwind"],
    "Maplepay": ["Maplepay Inc.", "MaplePay"],
    "Harbourfront Bank": ["Harbourfront", "HFB", "Harbourfront Bank of Canada"],
    "Fable & Field": ["Fable and Field", "Fable & Field Studio", "F&F"],
    "Canadian Digital Service": ["CDS", "Service numérique canadien", "SNC", "CDS-SNC"],
    "Lumen Santé": ["Lumen Sante", "Lumen", "Lumen Santé inc.", "Lumen Health"],
    "Harborlight Health": ["Harborlight", "Harborlight Health, Inc."],
    "Saltwater Labs": ["Saltwater"],
    "Fernbrook": ["Fernbrook Software", "Fernbrook Inc."],
    "Northern Mutual Life": ["Northern Mutual", "NML"],
    "Vitalis Pharmacy Group": ["Vitalis", "Vitalis Pharmacy"],
    "Kranich Software GmbH": ["Kranich Software", "Kranich"],
    "Norrsken Mobility": ["Norrsken", "Norrsken Mobility AB"],
    "Greenfield Grocers": ["Greenfield", "Greenfield Grocers Ltd.", "Greenfield Digital"],
    "Quanta Cloud": ["Quanta", "Quanta Cloud Inc."],
    "Pinecone Analytics": ["Pinecone"],
    "Tessellate": ["Tessellate Health"],
    "Openfield": ["Openfield Labs"],
    "Riverside Health Sciences Centre": ["Riverside HSC", "Riverside", "RHSC"],
    "Clara Salud": ["Clara", "Clara Salud S.A. de C.V."],
    "Orchard Health": ["Orchard"],
    "Aurora Telecom": ["Aurora"],
    "Cedar Invest": ["Cedar", "Cedar Invest Inc."],
    "Dash Pantry": ["Dash"],
    "Bluewater Insurance": ["Bluewater", "Bluewater Insurance Company"],
    "Crown Utilities": ["Crown"],
    "Prairie Logistics": ["Prairie"],
    "Atlas Learning": ["Atlas"],
    "Wavelength Audio": ["Wavelength"],
    "Polaris Robotics": ["Polaris"],
    "Juniper Dental Network": ["Juniper Dental", "Juniper"],
    "Quill Legal": ["Quill", "Quill Legal Technologies"],
    "Bright Harbour Credit Union": ["Bright Harbour", "BHCU"],
    "Sable Systems": ["Sable"],
    "Tamarack Health": ["Tamarack"],
    "Kindred Care": ["Kindred"],
    "Brightline Mobility": ["Brightline"],
    "Larkspur Digital": ["Larkspur"],
    "Holloway Media": ["Holloway"],
    "Kinnect": ["Kinnect Health"],
    "Loam": ["Loam Inc."],
    "Tessera Bank": ["Tessera"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: ERROR: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    sys.dont_write_bytecode = True
    events = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        if path.stem == f"{SPLIT}ev_common":
            continue
        events.extend(importlib.import_module(path.stem).EVENTS)
    return events


def render(ev: dict) -> bytes:
    from holdout176ev_common import VTZ

    def tz(m: re.Match) -> str:
        if m.group(1) not in VTZ:
            fail(f"unknown VTIMEZONE placeholder {m.group(1)!r}")
        return VTZ[m.group(1)]

    text = VTZ_LINE.sub(tz, ev["ics"]).replace("\r\n", "\n")
    if "@@" in text:
        fail(f"unreplaced placeholder in {ev['kind']}")
    return text.replace("\n", ev["eol"]).encode("utf-8")


def check(fname: str, raw: bytes, lab: dict) -> None:
    where = f"{fname} ({lab.get('uid')})"
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{where}: icalendar cannot parse: {exc}")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{where}: no VEVENT")
    if lab["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {uids})")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTART", "SUMMARY", "DTSTAMP"):
            if c.get(prop) is None:
                fail(f"{where}: VEVENT lacks {prop}")
        c.decoded("DTSTART")
    if not KEBAB.match(lab["trap"]):
        fail(f"{where}: trap not kebab-case: {lab['trap']!r}")
    hiring_side = lab["trap"].startswith("user-as-interviewer-")
    unfolded = re.sub(r"\r?\n[ \t]", "", raw.decode("utf-8")).lower()
    if lab["is_interview"] == 1:
        if hiring_side:
            fail(f"{where}: user-as-interviewer trap on an interview")
        if lab["company"] not in FORMS:
            fail(f"{where}: company {lab['company']!r} has no FORMS entry")
        if lab["stage"] not in STAGES:
            fail(f"{where}: bad stage {lab['stage']!r}")
        for who in filter(None, lab["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{where}: stray space in interviewer {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{where}: interviewer e-mail not lower case: {who}")
                if who in USER_EMAILS:
                    fail(f"{where}: the user listed as interviewer")
                if who not in unfolded:
                    fail(f"{where}: interviewer {who} not in the file")
            elif who.lower() not in unfolded:
                fail(f"{where}: interviewer name {who!r} not in the file")
    elif lab["is_interview"] == 0:
        if any(lab[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{where}: negative with company/role/stage/interviewers filled")
    else:
        fail(f"{where}: is_interview must be 0 or 1")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.split(b"\n")
    trailing = lines[-1] == b""
    if trailing:
        lines = lines[:-1]
    if not lines:
        fail(f"{path} has no header")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8").rstrip("\r")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = b"\n".join(kept) + b"\n" + buf.getvalue().encode("utf-8")
    atomic_write(path, out)


def main() -> None:
    events = load_events()
    if len({id(e) for e in events}) != len(events):
        fail("duplicate event object")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    label_rows, used_companies, files = [], set(), {}
    interviews = hiring = 0
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        if not KEBAB.match(ev["kind"]):
            fail(f"kind not kebab-case: {ev['kind']!r}")
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        raw = render(ev)
        lab = ev["label"]
        check(fname, raw, lab)
        files[fname] = raw
        interviews += lab["is_interview"]
        hiring += lab["trap"].startswith("user-as-interviewer-")
        if lab["is_interview"]:
            used_companies.add(lab["company"])
        label_rows.append([fname, lab["uid"], str(lab["is_interview"]), lab["company"], lab["role"],
                           lab["stage"], lab["interviewers"], SPLIT, lab["trap"]])
    unused = set(FORMS) - used_companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    header = LABELS.read_bytes().split(b"\n", 1)[0].decode("utf-8").rstrip("\r")
    if header.split(",") != LABEL_FIELDS:
        fail(f"unexpected labels.csv header {header!r}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, raw in files.items():
        (EVENTS_DIR / fname).write_bytes(raw)

    replace_rows(LABELS, 7, label_rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used_companies)]
    replace_rows(FORMS_CSV, 0, forms_rows)

    n = len(events)
    print(f"{SPLIT}: {n} events, {interviews} interviews, {n - interviews} negatives, "
          f"{hiring} with the user on the hiring side, {len(used_companies)} employers")


if __name__ == "__main__":
    main()
