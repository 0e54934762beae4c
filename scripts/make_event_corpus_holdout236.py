"""Generate the blind calendar-event split holdout236 (Dr. Anja Roth, microbiology, Göttingen).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout236.py

Writes tests/corpus/events/holdout236-NNN-<kind>.ics (old holdout236-*.ics files are deleted first)
and replaces only the split=holdout236 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv. Every other line is kept byte for byte.
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

SPLIT = "holdout236"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout236ev_a",
    "holdout236ev_b",
    "holdout236ev_c",
    "holdout236ev_d",
    "holdout236ev_e",
    "holdout236ev_f",
    "holdout236ev_g",
    "holdout236ev_h",
    "holdout236ev_i",
    "holdout236ev_j",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
SEED = 236_2026

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Roche": "F. Hoffmann-La Roche|Hoffmann-La Roche|Roche pRED|F. Hoffmann-La Roche AG",
    "Novartis": "Novartis AG|Novartis Biomedical Research|NBR",
    "Idorsia": "Idorsia Pharmaceuticals|Idorsia Pharmaceuticals Ltd",
    "Albert-Ludwigs-Universität Freiburg": "Universität Freiburg|Uni Freiburg|University of Freiburg",
    "Christian-Albrechts-Universität zu Kiel": "CAU Kiel|Universität Kiel|Uni Kiel|Kiel University",
    "Universität Wien": "Uni Wien|University of Vienna",
    "Universität Basel": "Uni Basel|University of Basel|Biozentrum Basel",
    "Boehringer Ingelheim": "Boehringer|BI|Boehringer Ingelheim Pharma GmbH & Co. KG",
    "BioNTech": "BioNTech SE",
    "Phagoryx Therapeutics": "Phagoryx|Phagoryx Therapeutics GmbH",
    "Sporagen": "Sporagen Bio|Sporagen UG",
    "Sartorius": "Sartorius AG|Sartorius Stedim Biotech",
    "Bayer": "Bayer AG|Bayer Crop Science",
    "Merck": "Merck KGaA|Merck Life Science",
    "bioMérieux": "bioMerieux|bioMérieux SA",
    "Sanofi": "Sanofi Vaccines|Sanofi Pasteur",
    "Evotec": "Evotec SE|Evotec France",
    "Lonza": "Lonza Group|Lonza AG",
    "Qiagen": "QIAGEN|QIAGEN GmbH",
    "CureVac": "CureVac SE",
    "Basilea": "Basilea Pharmaceutica|Basilea Pharmaceutica International Ltd",
    "Debiopharm": "Debiopharm International|Debiopharm International SA",
    "Kairos Biome": "Kairos Biome GmbH",
    "Ludwig-Maximilians-Universität München": "LMU München|LMU|LMU Munich",
    "Philipps-Universität Marburg": "Universität Marburg|Uni Marburg",
    "Universität Tübingen": "Eberhard Karls Universität Tübingen|Uni Tübingen",
    "Julius-Maximilians-Universität Würzburg": "Universität Würzburg|JMU Würzburg|Uni Würzburg",
    "Friedrich-Schiller-Universität Jena": "Universität Jena|FSU Jena|Uni Jena|Leibniz-HKI|HKI Jena",
    "Universität Bern": "Uni Bern|University of Bern",
    "Universität Zürich": "UZH|University of Zurich|Uni Zürich",
    "Universität Innsbruck": "Uni Innsbruck|LFU Innsbruck|Leopold-Franzens-Universität Innsbruck",
    "Université de Strasbourg": "Unistra|Universität Straßburg|University of Strasbourg",
    "Université de Genève": "UNIGE|Universität Genf|University of Geneva",
    "Universität Greifswald": "Uni Greifswald|Universität Greifswald Institut für Mikrobiologie",
    "Technische Universität München": "TUM|TU München|Technical University of Munich",
    "Universität Konstanz": "Uni Konstanz|University of Konstanz",
    "Heinrich-Heine-Universität Düsseldorf": "HHU|HHU Düsseldorf|Universität Düsseldorf",
    "Universität Osnabrück": "Uni Osnabrück|Osnabrück University",
    "Helmholtz-Zentrum für Infektionsforschung": "HZI|HZI Braunschweig|Helmholtz Centre for Infection Research",
    "Leibniz-Institut DSMZ": "DSMZ|DSMZ-Deutsche Sammlung von Mikroorganismen und Zellkulturen",
    "Robert Koch-Institut": "RKI|Robert-Koch-Institut",
    "Institut Pasteur": "Pasteur|Institut Pasteur Paris",
    "Centro Nacional de Biotecnología": "CNB-CSIC|CNB|CSIC",
    "EMBL": "European Molecular Biology Laboratory|EMBL Heidelberg",
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def check(ev: dict, fname: str, text: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk() if c.name == "VEVENT"}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not in file ({sorted(uids)})")
    if len(uids) != 1:
        fail(f"{fname}: more than one UID in file")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{fname}: kind not kebab-case")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{fname}: trap not kebab-case: {ev['trap']!r}")
    if ev["iv"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{fname}: bad stage {ev['stage']!r}")
    if ev["iv"] == 1:
        if not ev["company"]:
            fail(f"{fname}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{fname}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{fname}: interview labelled with a hiring-side trap")
        for who in filter(None, ev["who"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer e-mail not lower case: {who}")
            if "anja.roth" in who:
                fail(f"{fname}: the user listed as interviewer")
            unfolded = text.replace("\r\n ", "").replace("\n ", "")
            if "@" in who and who.lower() not in unfolded.lower():
                fail(f"{fname}: interviewer {who} not in the file")
            if "@" not in who and who not in unfolded:
                fail(f"{fname}: interviewer name {who!r} not written in the file")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def csv_line(row: list[str]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue().encode("utf-8")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    out = b"".join(kept) + b"".join(csv_line(r) for r in new_rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    seen_files: set[str] = set()
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        if ev.get("eol", "crlf") == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, fname, text)
        if fname in seen_files:
            fail(f"duplicate file {fname}")
        seen_files.add(fname)
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        labels.append(
            [fname, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"],
             ev["who"], SPLIT, ev["trap"]]
        )
    companies = sorted({ev["company"] for ev in events if ev["iv"] == 1})
    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    replace_rows(LABELS, 7, labels)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, FORMS[c]] for c in companies])
    n_iv = sum(ev["iv"] for ev in events)
    n_hire = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
