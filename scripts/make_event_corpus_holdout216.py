"""Generate the blind calendar-event split holdout216 (Dr. Clément Rousseau, materials chemist, Lyon).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout216.py

Writes tests/corpus/events/holdout216-NNN-<kind>.ics (after deleting old holdout216-*.ics files only) and replaces
only the split=holdout216 rows of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
The events are hand-written raw iCalendar text in scripts/holdout216ev_*.py.
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

SPLIT = "holdout216"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 216_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    "holdout216ev_academic",
    "holdout216ev_academic2",
    "holdout216ev_research",
    "holdout216ev_industry1",
    "holdout216ev_industry2",
    "holdout216ev_industry3",
    "holdout216ev_industry4",
    "holdout216ev_startups",
    "holdout216ev_hiring1",
    "holdout216ev_hiring2",
    "holdout216ev_lab",
    "holdout216ev_personal",
]

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Université Grenoble Alpes": ["UGA", "Univ. Grenoble Alpes"],
    "Université de Bordeaux": ["Bordeaux", "Univ. Bordeaux", "University of Bordeaux"],
    "Université Claude Bernard Lyon 1": ["Lyon 1", "UCBL", "Université Lyon 1"],
    "Sorbonne Université": ["Sorbonne", "SU"],
    "Université de Strasbourg": ["Unistra", "Strasbourg"],
    "Université Paris-Saclay": ["Paris-Saclay", "UPSaclay"],
    "Université de Lille": ["Lille", "ULille"],
    "INSA Lyon": ["INSA de Lyon", "INSA"],
    "Université de Montpellier": ["Montpellier", "UM"],
    "Nantes Université": ["Université de Nantes", "Nantes"],
    "CNRS": ["Centre national de la recherche scientifique"],
    "CEA": ["CEA-Liten", "CEA Grenoble", "Commissariat à l'énergie atomique"],
    "IFP Energies nouvelles": ["IFPEN", "IFP"],
    "ESRF": ["European Synchrotron Radiation Facility", "European Synchrotron"],
    "Paul Scherrer Institut": ["PSI", "Paul Scherrer Institute"],
    "Empa": ["Eidgenössische Materialprüfungs- und Forschungsanstalt"],
    "CIC energiGUNE": ["energiGUNE", "CIC energigune"],
    "Arkema": ["Arkema France", "Arkema CRRA"],
    "Syensqo": ["Solvay", "Syensqo SA"],
    "Saint-Gobain": ["Saint-Gobain Research Paris", "SGR Paris", "Compagnie de Saint-Gobain"],
    "Air Liquide": ["L'Air Liquide", "Air Liquide Innovation Campus Paris"],
    "Michelin": ["Manufacture Française des Pneumatiques Michelin", "Groupe Michelin"],
    "Clariant": ["Clariant AG", "Clariant International"],
    "Endress+Hauser": ["Endress + Hauser", "Endress+Hauser AG", "E+H"],
    "Seqens": ["Seqens SAS", "groupe Seqens"],
    "Elkem Silicones": ["Elkem", "Elkem Silicones France"],
    "bioMérieux": ["bioMerieux", "bioMérieux SA"],
    "OPmobility": ["Plastic Omnium", "OP mobility"],
    "Soitec": ["Soitec SA"],
    "STMicroelectronics": ["ST", "STMicro", "ST Crolles"],
    "Symbio": ["Symbio FCell", "Symbio Hydrogen"],
    "Verkor": ["Verkor SAS"],
    "Tiamat": ["Tiamat Energy", "Tiamat SAS"],
    "TotalEnergies": ["Total", "TotalEnergies OneTech", "TotalEnergies SE"],
    "EssilorLuxottica": ["Essilor", "Essilor International"],
    "Safran": ["Safran Tech", "Groupe Safran"],
    "Hutchinson": ["Hutchinson SA", "Hutchinson R&I"],
    "Lonza": ["Lonza AG", "Lonza Group"],
    "Aeromine": ["Aeromine Materials", "Aeromine SAS"],
    "Polyvia": ["Polyvia SAS"],
    "Kemeo": ["Kemeo SAS"],
    "Lumicell": ["Lumicell Batteries"],
    "Carbonext": ["Carbonext SAS"],
    "Hylon Energy": ["Hylon", "Hylon Energy GmbH"],
}

KIND_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TRAP_RE = KIND_RE
HIRING_WORDS = ("user-as-interviewer-",)


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[tuple[str, dict[str, object], str]]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[tuple[str, dict[str, object], str]] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        events.extend(mod.EVENTS)
    return events


def to_bytes(text: str, eol: str) -> bytes:
    body = text.strip("\n") + "\n"
    if eol == "crlf":
        body = body.replace("\n", "\r\n")
    return body.encode("utf-8")


def check(kind: str, lab: dict[str, object], raw: bytes) -> None:
    uid = str(lab["uid"])
    if not KIND_RE.match(kind):
        fail(f"bad kind {kind!r}")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:  # report any parser failure loudly
        fail(f"{uid}: icalendar cannot parse: {exc}")
    if "PRODID" not in cal or "VERSION" not in cal:
        fail(f"{uid}: missing PRODID/VERSION")
    uids = set()
    for ev in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if prop not in ev:
                fail(f"{uid}: VEVENT without {prop}")
        ev.decoded("DTSTART")
        uids.add(str(ev["UID"]))
    if uids != {uid}:
        fail(f"label uid {uid!r} does not match the file's VEVENT UIDs {sorted(uids)}")
    trap = str(lab["trap"])
    if not TRAP_RE.match(trap):
        fail(f"{uid}: bad trap {trap!r}")
    stage = str(lab.get("stage", ""))
    if stage not in STAGES:
        fail(f"{uid}: bad stage {stage!r}")
    text = raw.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
    if lab["i"] == 1:
        company = str(lab["company"])
        if company not in FORMS:
            fail(f"{uid}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{uid}: an interview cannot be user-as-interviewer")
        for who in str(lab.get("who", "")).split(";"):
            if who and who.lower() not in text:
                fail(f"{uid}: interviewer {who!r} not in the event text")
            if "@" in who and who != who.lower():
                fail(f"{uid}: interviewer e-mail must be lower case: {who!r}")
            if "rousseau" in who.lower() and "clement" in who.lower():
                fail(f"{uid}: the user cannot interview himself")
    elif lab["i"] == 0:
        for key in ("company", "role", "stage", "who"):
            if lab.get(key, ""):
                fail(f"{uid}: negative with {key} set")
    else:
        fail(f"{uid}: is_interview must be 0 or 1")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)
    seen: set[tuple[str, str]] = set()
    files: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    companies: list[str] = []
    hiring = 0
    for n, idx in enumerate(order, start=1):
        kind, lab, text = events[idx]
        raw = to_bytes(text, str(lab.get("eol", "crlf")))
        check(kind, lab, raw)
        fname = f"{SPLIT}-{n:03d}-{kind}.ics"
        key = (fname, str(lab["uid"]))
        if key in seen:
            fail(f"duplicate label {key}")
        seen.add(key)
        files.append((fname, raw))
        trap = str(lab["trap"])
        if trap.startswith("user-as-interviewer-"):
            hiring += 1
        if lab["i"] == 1 and lab["company"] not in companies:
            companies.append(str(lab["company"]))
        label_rows.append(
            [
                fname,
                str(lab["uid"]),
                str(lab["i"]),
                str(lab.get("company", "")),
                str(lab.get("role", "")),
                str(lab.get("stage", "")),
                str(lab.get("who", "")),
                SPLIT,
                trap,
            ]
        )
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, raw in files:
        atomic_write(OUT / fname, raw)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)
    n_int = sum(1 for r in label_rows if r[2] == "1")
    print(
        f"{SPLIT}: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
