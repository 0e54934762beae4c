#!/usr/bin/env python3
"""Write the blind calendar-event split ``holdout229`` (afterview issue 4).

The events are hand-written raw iCalendar text in ``scripts/holdout229ev_*.py`` (one user: Hauptmann Daniel
Schreiber, a Bundeswehr captain near Koblenz leaving the army and looking for logistics / operations / project
management jobs). This script

* deletes the old ``tests/corpus/events/holdout229-*.ics`` files and writes the new ones (order shuffled with a
  fixed seed so that file numbers say nothing about the labels),
* parses every file with ``icalendar`` and checks each label's UID and fields, failing loudly on a bad label,
* replaces only the ``split=holdout229`` rows of ``labels.csv`` and ``company_forms.csv`` (every other line is kept
  byte for byte; the files are written atomically).

Run from the worktree root: ``/work/main/.venv/bin/python scripts/make_event_corpus_holdout229.py``.
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

SPLIT = "holdout229"
SEED = 229_4
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout229ev_defence",
    "holdout229ev_defence2",
    "holdout229ev_public",
    "holdout229ev_logistics",
    "holdout229ev_industry",
    "holdout229ev_hiring",
    "holdout229ev_hiring2",
    "holdout229ev_military",
    "holdout229ev_transition",
    "holdout229ev_private",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"daniel.schreiber.ko@gmx.de", "danielschreiber@bundeswehr.org"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Rheinmetall": ["Rheinmetall AG", "Rheinmetall Landsysteme", "Rheinmetall Landsysteme GmbH"],
    "Hensoldt": ["HENSOLDT", "Hensoldt AG", "HENSOLDT Sensors GmbH", "Hensoldt Sensors"],
    "KNDS Deutschland": ["KNDS", "KNDS Deutschland GmbH & Co. KG", "Krauss-Maffei Wegmann", "KMW"],
    "Diehl Defence": ["Diehl", "Diehl Defence GmbH & Co. KG"],
    "Airbus Defence and Space": ["Airbus", "Airbus DS", "Airbus Defence and Space GmbH"],
    "MBDA Deutschland": ["MBDA", "MBDA Deutschland GmbH"],
    "Thales Deutschland": ["Thales", "Thales Deutschland GmbH"],
    "GDELS": ["General Dynamics European Land Systems", "GDELS-Germany", "General Dynamics"],
    "Helsing": ["Helsing GmbH"],
    "Quantum Systems": ["Quantum-Systems", "Quantum Systems GmbH"],
    "ARX Robotics": ["ARX", "ARX Robotics GmbH"],
    "IABG": ["IABG mbH", "Industrieanlagen-Betriebsgesellschaft"],
    "HIL": ["HIL GmbH", "Heeresinstandsetzungslogistik", "HIL Heeresinstandsetzungslogistik GmbH"],
    "BWI": ["BWI GmbH"],
    "BwFuhrparkService": ["BwFuhrparkService GmbH", "Bw Fuhrpark Service", "BwFPS"],
    "Amentum": ["Amentum Services"],
    "BAAINBw": ["Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"],
    "BALM": ["Bundesamt für Logistik und Mobilität"],
    "THW": ["THW-Leitung", "Bundesanstalt Technisches Hilfswerk", "Technisches Hilfswerk"],
    "LBM Rheinland-Pfalz": ["LBM", "Landesbetrieb Mobilität", "Landesbetrieb Mobilität Rheinland-Pfalz"],
    "NSPA": ["NATO Support and Procurement Agency", "NAMSA"],
    "OCCAR": ["OCCAR-EA", "Organisation Conjointe de Coopération en matière d'Armement"],
    "DB Cargo": ["DB", "Deutsche Bahn", "DB Cargo AG"],
    "Flughafen München": ["FMG", "Munich Airport", "Flughafen München GmbH"],
    "DHL Group": ["DHL", "Deutsche Post DHL", "DHL Hub Köln/Bonn"],
    "Rhenus": ["Rhenus Logistics", "Rhenus SE & Co. KG", "Rhenus Warehousing Solutions"],
    "Kuehne+Nagel": ["Kühne + Nagel", "Kuehne + Nagel", "K+N", "Kuehne+Nagel (AG & Co.) KG"],
    "Fraport": ["Fraport AG"],
    "Lufthansa Cargo": ["Lufthansa", "Lufthansa Cargo AG", "LH Cargo"],
    "REWE Group": ["REWE", "REWE Group Logistik"],
    "Dachser": ["DACHSER", "Dachser SE"],
    "Hellmann Worldwide Logistics": ["Hellmann", "Hellmann Worldwide Logistics SE & Co. KG"],
    "Amazon": ["Amazon Logistik Koblenz", "Amazon.de", "Amazon Deutschland"],
    "Ford": ["Ford-Werke", "Ford-Werke GmbH", "Ford Köln"],
    "BMW Group": ["BMW", "BMW AG"],
    "MAN Truck & Bus": ["MAN", "MAN Truck & Bus SE"],
    "Siemens Mobility": ["Siemens", "Siemens Mobility GmbH"],
    "Celonis": ["Celonis SE"],
    "Deloitte": ["Deloitte Consulting", "Deloitte GmbH"],
    "Canyon Bicycles": ["Canyon", "Canyon Bicycles GmbH"],
    "Stabilus": ["Stabilus GmbH", "Stabilus SE"],
    "Debeka": ["Debeka Versicherungen", "Debeka-Gruppe"],
    "CompuGroup Medical": ["CGM", "CompuGroup Medical SE"],
    "evm": ["Energieversorgung Mittelrhein", "evm-Gruppe", "Energieversorgung Mittelrhein AG"],
    "Rheinfracht Robotics": ["Rheinfracht", "Rheinfracht Robotics UG"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout229: {msg}")


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    events: list[dict[str, object]] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def render(ev: dict[str, object]) -> bytes:
    text = str(ev["ics"]).lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    if ev.get("eol", "\r\n") == "\r\n":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict[str, object], data: bytes, fname: str) -> None:
    where = f"{fname} ({ev.get('kind')})"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        fail(f"{where}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if ev["uid"] not in uids:
        fail(f"{where}: label uid {ev['uid']!r} not in file (has {sorted(uids)})")
    for v in vevents:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if v.get(prop) is None:
                fail(f"{where}: VEVENT without {prop}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    trap = str(ev["trap"])
    if not KEBAB.match(trap) or not KEBAB.match(str(ev["kind"])):
        fail(f"{where}: trap and kind must be kebab-case")
    hiring = bool(ev.get("hiring", False))
    if hiring != trap.startswith(HIRING_PREFIX):
        fail(f"{where}: hiring-side events (and only they) need a trap starting with {HIRING_PREFIX}")
    if ev["is_interview"] == 0:
        if any(ev[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{where}: a negative must have empty company, role, stage and interviewers")
        return
    if hiring:
        fail(f"{where}: a hiring-side event cannot be the user's interview")
    if ev["company"] not in FORMS:
        fail(f"{where}: company {ev['company']!r} has no FORMS entry")
    unfolded = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).lower()
    for person in filter(None, str(ev["interviewers"]).split(";")):
        if person != person.strip():
            fail(f"{where}: stray blank in interviewers")
        if "@" in person and (person != person.lower() or person in USER_ADDRESSES):
            fail(f"{where}: interviewer address must be lower case and not the user: {person}")
        if "@" in person and person not in unfolded:
            fail(f"{where}: interviewer {person} does not occur in the file")


def split_records(text: str) -> list[str]:
    """Split CSV text into raw records (a quoted field may hold a line break)."""
    records: list[str] = []
    buf = ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    return records


def replace_rows(path: Path, split_col: str, rows: list[list[str]]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        text = fh.read()
    records = split_records(text)
    if not records:
        fail(f"{path}: empty, expected a header")
    header = records[0]
    cols = next(csv.reader([header.rstrip("\r\n")]))
    idx = cols.index(split_col)
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    kept = [header]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec, newline="")), [])
        if len(fields) > idx and fields[idx] == SPLIT:
            continue
        kept.append(rec)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator=eol).writerows(rows)
    new = "".join(kept) + out.getvalue()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(new)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    events = load_events()
    seen: set[str] = set()
    for ev in events:
        if ev["uid"] in seen:
            fail(f"duplicate label uid {ev['uid']}")
        seen.add(str(ev["uid"]))
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for num, i in enumerate(order, start=1):
        ev = events[i]
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, data, fname)
        (EVENTS_DIR / fname).write_bytes(data)
        label_rows.append(
            [
                fname,
                str(ev["uid"]),
                str(ev["is_interview"]),
                str(ev["company"]),
                str(ev["role"]),
                str(ev["stage"]),
                str(ev["interviewers"]),
                SPLIT,
                str(ev["trap"]),
            ]
        )

    companies = sorted({str(ev["company"]) for ev in events if ev["is_interview"] == 1})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    replace_rows(LABELS, "split", label_rows)
    replace_rows(FORMS_CSV, "split", form_rows)

    n = len(events)
    p = sum(1 for ev in events if ev["is_interview"] == 1)
    u = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"{SPLIT}: {n} events, {p} interviews, {n - p} negatives, "
        f"{u} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
