#!/usr/bin/env python3
"""Generate the blind calendar-event split holdout231 (one user: Dr Rebecca Howell, avionics engineer, Bristol).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout231.py

Writes tests/corpus/events/holdout231-NNN-<kind>.ics (old holdout231-*.ics files are deleted first) and replaces
only the split=holdout231 rows of tests/corpus/events/labels.csv and company_forms.csv; every other line is kept
byte for byte.  Every label is checked against the parsed calendar file.
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

SPLIT = "holdout231"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout231ev_a",
    "holdout231ev_b",
    "holdout231ev_c",
    "holdout231ev_d",
    "holdout231ev_e",
    "holdout231ev_f",
    "holdout231ev_g",
    "holdout231ev_h",
    "holdout231ev_i",
]
USER_ADDRESSES = {"rebecca.howell.eng@outlook.com", "rebecca.howell@severnaero.co.uk"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "MBDA": "MBDA UK|MBDA UK Ltd|MBDA Systems",
    "Rolls-Royce": "Rolls Royce|RR|Rolls-Royce plc",
    "Airbus": "Airbus UK|Airbus Operations Ltd|Airbus Filton",
    "Leonardo": "Leonardo UK|Leonardo Helicopters|Leonardo UK Ltd",
    "Thales Alenia Space": "Thales Alenia|TAS|Thales Alenia Space France",
    "Liebherr-Aerospace Toulouse": "Liebherr|Liebherr-Aerospace|Liebherr Aerospace Toulouse SAS|LTS",
    "ATR": "ATR Aircraft|Avions de Transport Régional",
    "Latécoère": "Latecoere|Latécoère SA",
    "Safran Electronics & Defense": "Safran|Safran E&D|Safran Electronics and Defense",
    "Kinéis": "Kineis",
    "Capgemini Engineering": "Capgemini|Capgemini Engineering France",
    "Orbitalwerk": "Orbitalwerk GmbH",
    "Isar Aerospace": "Isar|Isar Aerospace SE",
    "Hensoldt": "HENSOLDT|Hensoldt Sensors|Hensoldt Sensors GmbH",
    "MTU Aero Engines": "MTU|MTU Aero Engines AG",
    "OHB": "OHB System|OHB System AG|OHB SE",
    "Helsing": "Helsing GmbH",
    "Quantum Systems": "Quantum Systems GmbH|Quantum",
    "Lumenkraft": "Lumenkraft Systems|Lumenkraft Systems UG",
    "ITP Aero": "ITP|ITP Aero UK|Industria de Turbo Propulsores",
    "QinetiQ": "Qinetiq|QinetiQ Ltd",
    "Thales UK": "Thales|Thales UK Ltd",
    "Babcock": "Babcock International|Babcock International Group",
    "GKN Aerospace": "GKN|GKN Aerospace Filton",
    "Vertical Aerospace": "Vertical|Vertical Aerospace Group|VAG",
    "Dowty Propellers": "Dowty|GE Aerospace Dowty",
    "Collins Aerospace": "Collins|RTX Collins Aerospace",
    "Horstman": "Horstman Defence Systems|Horstman Defence",
    "Network Rail": "NR|Network Rail Infrastructure Ltd",
    "Siemens Mobility": "Siemens|Siemens Mobility Ltd",
    "Hitachi Rail": "Hitachi|Hitachi Rail Ltd",
    "Porterbrook": "Porterbrook Leasing",
    "Alstom": "Alstom UK|Alstom Transport",
    "Astroscale": "Astroscale UK|Astroscale Ltd",
    "Open Cosmos": "OpenCosmos|Open Cosmos Ltd",
    "SSTL": "Surrey Satellite Technology|Surrey Satellite Technology Ltd",
    "Stirling Dynamics": "Stirling|Stirling Dynamics Ltd",
    "Frazer-Nash": "Frazer-Nash Consultancy|Frazer Nash|FNC",
    "AtkinsRéalis": "Atkins|AtkinsRealis|Atkins Réalis",
    "Dstl": "DSTL|Defence Science and Technology Laboratory",
    "Moog": "Moog Aircraft Group|Moog Inc",
    "General Dynamics UK": "GDUK|General Dynamics|GD UK",
    "Ultra PCS": "Ultra|Ultra Precision Control Systems",
    "Oxford Space Systems": "OSS|Oxford Space Systems Ltd",
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def check(ev: dict) -> None:
    tag = f"{ev.get('kind')}/{ev.get('uid')}"
    for key in ("kind", "uid", "iv", "company", "role", "stage", "who", "trap", "ics"):
        if key not in ev:
            fail(f"{tag}: missing key {key}")
    if not KEBAB.match(ev["kind"]) or ev["kind"].count("-") > 2:
        fail(f"{tag}: bad kind")
    if not KEBAB.match(ev["trap"]):
        fail(f"{tag}: bad trap {ev['trap']!r}")
    try:
        cal = icalendar.Calendar.from_ical(ev["ics"])
    except Exception as exc:
        fail(f"{tag}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{tag}: no VEVENT")
    if uids != {ev["uid"]}:
        fail(f"{tag}: label uid {ev['uid']!r} not the file's UID(s) {sorted(uids)}")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"{tag}: VEVENT without {prop}")
    if ev["iv"] not in (0, 1):
        fail(f"{tag}: iv must be 0 or 1")
    hiring = ev.get("hiring", False)
    if hiring != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{tag}: hiring flag and trap prefix disagree")
    if ev["iv"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{tag}: negative with company/role/stage/interviewers")
        return
    if hiring:
        fail(f"{tag}: interview with the user on the hiring side")
    if ev["company"] not in FORMS:
        fail(f"{tag}: company {ev['company']!r} has no FORMS entry")
    if ev["stage"] not in STAGES:
        fail(f"{tag}: bad stage {ev['stage']!r}")
    flat = re.sub(r"\r?\n[ \t]", "", ev["ics"]).lower()
    for who in ev["who"]:
        if who != who.strip() or not who:
            fail(f"{tag}: blank interviewer")
        if "@" in who:
            if who != who.lower() or who in USER_ADDRESSES:
                fail(f"{tag}: bad interviewer address {who!r}")
            if who not in flat:
                fail(f"{tag}: interviewer {who!r} not in the file")
        elif re.sub(r"\s+", " ", who.lower()) not in re.sub(r"\\n|\s+", " ", flat):
            fail(f"{tag}: interviewer name {who!r} not in the file")
    if ev["role"] and re.sub(r"\W", "", ev["role"].lower()) not in re.sub(r"\W", "", flat.replace("\\n", " ")):
        fail(f"{tag}: role {ev['role']!r} not in the file")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    text = path.read_bytes().decode("utf-8")
    lines = text.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    atomic_write(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> None:
    events = load_events()
    for ev in events:
        check(ev)
    order = list(events)
    random.Random(23101).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(order, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"].strip("\n") + "\n"
        if not ev.get("lf"):
            text = text.replace("\n", "\r\n")
        atomic_write(EVENTS_DIR / name, text.encode("utf-8"))
        parsed = icalendar.Calendar.from_ical((EVENTS_DIR / name).read_bytes())
        if {str(c.get("UID")) for c in parsed.walk("VEVENT")} != {ev["uid"]}:
            fail(f"{name}: UID changed on write")
        label_rows.append(
            [name, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"], ";".join(ev["who"]), SPLIT,
             ev["trap"]]
        )
    companies = sorted({ev["company"] for ev in events if ev["iv"] == 1})
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, FORMS[c]] for c in companies])

    n_iv = sum(ev["iv"] for ev in events)
    n_hiring = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
