"""Generate the blind calendar-event split holdout224 (one job seeker's calendar, raw iCalendar text).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout224.py

Writes tests/corpus/events/holdout224-NNN-<kind>.ics (after deleting old holdout224-*.ics files) and replaces only
the split=holdout224 rows of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
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

SPLIT = "holdout224"
SEED = 224_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [f"holdout224ev_{i:02d}" for i in range(1, 13)]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Kessler Children's Health Foundation": ["Kessler Foundation", "KCHF", "Kessler"],
    "Cumberland Ridge University": ["Cumberland Ridge", "CRU"],
    "Carolina Piedmont Health Foundation": ["Carolina Piedmont Health", "CPHF", "CPH Foundation"],
    "Vanderhall Children's Hospital Foundation": ["Vanderhall Children's", "Vanderhall Foundation", "VCHF"],
    "Bright Path Learning Network": ["Bright Path", "BPLN"],
    "National Parkland Conservancy": ["Parkland Conservancy", "NPC"],
    "Hollins Ridge College": ["Hollins Ridge", "HRC"],
    "Capitol Hill Food Justice Network": ["Food Justice Network", "CHFJN"],
    "Music City Education Fund": ["Music City Ed Fund", "MCEF"],
    "Lindenhof Stiftung": ["Lindenhof Foundation", "Lindenhof"],
    "École Internationale Lafayette de Washington": [
        "École Lafayette",
        "Ecole Lafayette",
        "Ecole Internationale Lafayette de Washington",
        "Lafayette International School",
    ],
    "Alianza Latina de Charlotte": ["Alianza Latina", "Latino Alliance of Charlotte"],
    "Asociación Latinoamericana de Atlanta": [
        "Asociacion Latinoamericana de Atlanta",
        "ALA",
        "Latin American Association of Atlanta",
    ],
    "Georgia Coastal Trust": ["GA Coastal Trust", "GCT"],
    "Southeastern Memory Care Foundation": ["SE Memory Care Foundation", "SMCF"],
    "Queen City Arts Fund": ["QC Arts Fund", "QCAF"],
    "Ponce Street Theatre Company": ["Ponce Street Theatre", "Ponce Street Theater", "PSTC"],
    "Hope Harbor Family Services": ["Hope Harbor", "HHFS"],
    "Potomac Medical Research Foundation": ["Potomac Medical Research", "PMRF"],
    "Code Forward": ["Code Forward Inc.", "CodeForward"],
    "Second Chapter Scholars": ["Second Chapter"],
    "Peachtree Regional Medical Center Foundation": [
        "Peachtree Regional Foundation",
        "Peachtree Regional",
        "PRMC Foundation",
    ],
    "Druid Hills University": ["Druid Hills", "DHU"],
    "Chattahoochee River Alliance": ["River Alliance", "CRA"],
    "Youth Futures of Metro Atlanta": ["Youth Futures", "YFMA"],
    "National Kidney Wellness Association": ["Kidney Wellness Association", "NKWA"],
    "Mecklenburg Library Foundation": ["Meck Library Foundation", "Library Foundation"],
    "Nashville Humane Alliance": ["Nashville Humane", "NHA"],
    "Cumberland Zoological Society": ["Cumberland Zoo", "CZS"],
    "Capital Mercy University": ["Capital Mercy", "CMU"],
    "Homeward Atlanta Housing Trust": ["Homeward Atlanta", "Homeward"],
    "Carolina Philharmonic": ["Carolina Phil", "the Philharmonic"],
    "Frederick Douglass Heritage Foundation": ["Douglass Heritage Foundation", "FDHF"],
    "Sweetgum Pediatric Health Foundation": ["Sweetgum Pediatric Health", "Sweetgum Foundation", "SPHF"],
    "Unity Way of Greater Charlotte": ["Unity Way", "Unity Way Charlotte"],
    "Mentor Nashville": ["Mentor Nash"],
    "Midtown Symphony Society": ["Midtown Symphony", "Midtown Sym"],
    "Ponce Global Health Center": ["Ponce Global Health", "PGHC"],
    "DC Scholars Fund": ["DC Scholars"],
    "Tennessee Valley Land Trust": ["TN Valley Land Trust", "TVLT"],
    "Magnolia Heights Health Network": ["Magnolia Heights", "MHHN"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        events.extend(mod.EVENTS)
    return events


def event_uids(raw: bytes) -> set[str]:
    cal = icalendar.Calendar.from_ical(raw)
    return {str(comp.get("UID")) for comp in cal.walk("VEVENT") if comp.get("UID") is not None}


def check(ev: dict[str, object], raw: bytes, name: str) -> None:
    kind = str(ev["kind"])
    if not KIND_RE.match(kind):
        fail(f"{name}: bad kind {kind!r}")
    trap = str(ev.get("trap", ""))
    if not trap or not KIND_RE.match(trap):
        fail(f"{name}: bad trap {trap!r}")
    try:
        uids = event_uids(raw)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    if str(ev["uid"]) not in uids:
        fail(f"{name}: label uid {ev['uid']!r} not among the file's VEVENT UIDs {sorted(uids)}")
    is_iv = ev["is_interview"]
    if is_iv not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    stage = str(ev.get("stage", ""))
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if is_iv == 1:
        unfolded = re.sub(r"\r?\n[ \t]", "", raw.decode("utf-8")).lower()
        company = str(ev.get("company", ""))
        if not company:
            fail(f"{name}: interview without company")
        if company not in FORMS:
            fail(f"{name}: company {company!r} has no FORMS entry")
        for person in filter(None, str(ev.get("interviewers", "")).split(";")):
            if "@" in person and person != person.lower():
                fail(f"{name}: interviewer e-mail not lower case: {person}")
            if person.lower() == "danielle.brooksharper@gmail.com" or person.startswith("dbrooks@"):
                fail(f"{name}: the user listed as interviewer")
            if "@" in person and person.lower() not in unfolded:
                fail(f"{name}: interviewer {person} not in the file")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if ev.get(field):
                fail(f"{name}: negative with non-empty {field}")


def replace_rows(path: Path, col: int, new_rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
    kept: list[bytes] = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8").rstrip("\r\n")
        row = next(csv.reader([text]), [])
        if len(row) > col and row[col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol.decode())
    for row in new_rows:
        writer.writerow(row)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    if not events:
        fail("no events")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    files: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    used_companies: set[str] = set()
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        text = str(ev["ics"])
        if ev.get("eol") == "lf":
            raw = text.encode("utf-8")
        else:
            raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        check(ev, raw, name)
        files.append((name, raw))
        is_iv = int(ev["is_interview"])  # type: ignore[call-overload]
        company = str(ev.get("company", "")) if is_iv else ""
        if company:
            used_companies.add(company)
        label_rows.append(
            [
                name,
                str(ev["uid"]),
                str(is_iv),
                company,
                str(ev.get("role", "")),
                str(ev.get("stage", "")),
                str(ev.get("interviewers", "")),
                SPLIT,
                str(ev["trap"]),
            ]
        )
    unused = set(FORMS) - used_companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used_companies)]
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, raw in files:
        (EVENTS_DIR / name).write_bytes(raw)
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, forms_rows)
    n = len(label_rows)
    pos = sum(1 for r in label_rows if r[2] == "1")
    hiring = sum(1 for r in label_rows if r[8].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {n} events, {pos} interviews, {n - pos} negatives, "
        f"{hiring} with the user on the hiring side, {len(used_companies)} employers"
    )


if __name__ == "__main__":
    main()
