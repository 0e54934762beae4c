"""Write the blind calendar-event split holdout164 (Fiona MacLeod, senior social worker, Glasgow).

Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout164.py

It deletes old tests/corpus/events/holdout164-*.ics files, writes one .ics per event from the
hand-written raw iCalendar text in scripts/holdout164ev_*.py, and replaces only the
split=holdout164 rows of tests/corpus/events/labels.csv and company_forms.csv (every other
line is kept byte for byte). Every label is checked against the parsed file.
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

SPLIT = "holdout164"
SEED = 16400164
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"fiona.macleod.sw@btinternet.com", "fiona.macleod@glasgow-sws.gov.uk"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Fiona would accept for the same employer in a draft.
FORMS = {
    "City of Edinburgh Council": ["Edinburgh Council", "CEC", "City of Edinburgh", "Edinburgh City Council"],
    "Fife Council": ["Fife"],
    "North Lanarkshire Council": ["NLC", "North Lanarkshire"],
    "The Highland Council": ["Highland Council", "Highland", "Comhairle na Gàidhealtachd"],
    "Perth & Kinross Council": ["Perth and Kinross Council", "P&K Council", "PKC", "P&K"],
    "West Lothian Council": ["WLC", "West Lothian"],
    "South Lanarkshire Council": ["SLC", "South Lanarkshire"],
    "East Renfrewshire HSCP": ["East Renfrewshire Health and Social Care Partnership", "East Renfrewshire Council",
                               "East Renfrewshire"],
    "Stirling Council": ["Stirling"],
    "Dundee City Council": ["Dundee Council", "DCC"],
    "Midlothian Council": ["Midlothian"],
    "Argyll and Bute Council": ["Argyll & Bute Council", "Argyll and Bute HSCP", "Argyll & Bute"],
    "Scottish Borders Council": ["SBC", "Scottish Borders"],
    "Renfrewshire Council": ["Renfrewshire"],
    "East Dunbartonshire HSCP": ["East Dunbartonshire Health and Social Care Partnership",
                                 "East Dunbartonshire Council", "East Dunbartonshire"],
    "Inverclyde HSCP": ["Inverclyde Health and Social Care Partnership", "Inverclyde Council", "Inverclyde"],
    "NHS Education for Scotland": ["NES"],
    "NHS Lothian": [],
    "Care Inspectorate": ["Social Care and Social Work Improvement Scotland"],
    "Scottish Social Services Council": ["SSSC"],
    "Scottish Children's Reporter Administration": ["SCRA", "Children's Reporter"],
    "Social Work Scotland": [],
    "University of Stirling": ["Stirling University", "Stirling Uni"],
    "Glasgow Caledonian University": ["GCU", "Glasgow Caledonian"],
    "The Open University in Scotland": ["The Open University", "Open University", "OU"],
    "CELCIS": ["Centre for Excellence for Children's Care and Protection", "University of Strathclyde"],
    "Barnardo's Scotland": ["Barnardo's", "Barnardos"],
    "Aberlour Children's Charity": ["Aberlour", "Aberlour Child Care Trust"],
    "Children 1st": ["Children First"],
    "Quarriers": [],
    "Includem": ["includem"],
    "Action for Children": ["AfC", "Action for Children Scotland"],
    "Who Cares? Scotland": ["Who Cares Scotland"],
    "CrossReach": ["Social Care Council of the Church of Scotland"],
    "The Promise Scotland": ["The Promise", "Promise Scotland"],
    "Compass Fostering": ["Compass"],
    "Brightwater Fostering": ["Brightwater"],
    "Cairn Digital Care": ["Cairn", "Cairn Digital"],
    "Apprentis d'Auteuil": ["Fondation Apprentis d'Auteuil"],
    "Aldeas Infantiles SOS de España": ["Aldeas Infantiles SOS", "Aldeas Infantiles", "SOS Children's Villages Spain"],
    "SOS Children's Villages International": ["SOS-Kinderdorf International", "SOS Children's Villages"],
    "Eurochild": [],
    "Tusla - Child and Family Agency": ["Tusla", "Child and Family Agency"],
    "Barnardos Ireland": ["Barnardos"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    zones = importlib.import_module(f"{SPLIT}ev_zones").ZONES
    events = []
    for path in sorted(HERE.glob(f"{SPLIT}ev_*.py")):
        mod = importlib.import_module(path.stem)
        for ev in getattr(mod, "EVENTS", []):
            ev = dict(ev)
            text = ev["ics"]
            for name, block in zones.items():
                text = text.replace(f"@@{name}@@", block)
            if "@@" in text:
                fail(f"{path.name} {ev['kind']}: unknown zone token")
            text = text.replace("\r\n", "\n")
            if ev.get("eol", "crlf") == "crlf":
                text = text.replace("\n", "\r\n")
            ev["text"] = text
            ev["module"] = path.name
            events.append(ev)
    return events


def check(ev: dict, fname: str) -> None:
    where = f"{fname} ({ev['module']} {ev['kind']})"
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    if len(uids) != 1:
        fail(f"{where}: more than one UID {sorted(uids)}")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind/trap must be kebab-case")
    if ev["interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    hiring = bool(ev.get("hiring"))
    if hiring != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{where}: hiring-side events and only they must have a user-as-interviewer- trap")
    if ev["interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{where}: a negative must have empty company, role, stage and interviewers")
        return
    if hiring:
        fail(f"{where}: an interview cannot be hiring-side")
    if ev["company"] not in FORMS:
        fail(f"{where}: company {ev['company']!r} has no FORMS entry")
    unfolded = ev["text"].replace("\r\n ", "").replace("\n ", "").lower()
    for person in filter(None, ev["interviewers"].split(";")):
        if "@" in person:
            if person != person.lower() or f"mailto:{person}" not in unfolded:
                fail(f"{where}: interviewer {person!r} is not a lower-case address in the file")
            if person in USER_ADDRESSES:
                fail(f"{where}: the user is not an interviewer")
        elif person.lower() not in unfolded:
            fail(f"{where}: interviewer name {person!r} not written in the file")


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    nl = "\r\n" if lines[0].endswith("\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += nl
    buf = io.StringIO()
    csv.writer(buf, lineterminator=nl).writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows, used = [], set()
    for n, ev in enumerate(events, 1):
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(ev, fname)
        (EVENTS_DIR / fname).write_bytes(ev["text"].encode("utf-8"))
        if ev["interview"]:
            used.add(ev["company"])
        label_rows.append([fname, ev["uid"], str(ev["interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    unused = set(FORMS) - used
    if unused:
        fail(f"FORMS has companies with no interview: {sorted(unused)}")
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used)])
    pos = sum(ev["interview"] for ev in events)
    hiring = sum(bool(ev.get("hiring")) for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
