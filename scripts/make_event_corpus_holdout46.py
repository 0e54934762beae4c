#!/usr/bin/env python3
"""Write the holdout46 event corpus (issue 4): ~110 raw iCalendar files, their labels and company forms.

Written blind by an independent author: the user is Grace Okonkwo, a QA / test automation engineer at Pennine
Payments in Manchester looking for senior SDET roles in the UK and remote roles with Berlin, Paris and Madrid
employers. The events are composed by hand in the shapes real calendar tools and ATSs emit (see the
scripts/holdout46ev_*.py modules).

Replaces only its own files (tests/corpus/events/holdout46-*.ics) and its own rows (split=holdout46) of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv; everything else is kept byte for byte.

    python scripts/make_event_corpus_holdout46.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout46ev_neg_other1
import holdout46ev_neg_other2
import holdout46ev_neg_side1
import holdout46ev_neg_side2
import holdout46ev_pos_de
import holdout46ev_pos_fres
import holdout46ev_pos_uk1
import holdout46ev_pos_uk2
import holdout46ev_pos_uk3
from holdout46ev_ics import Ev

SPLIT = "holdout46"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# The other forms of each labelled employer's name the author accepts (see tests/corpus/events/README.md).
FORMS: dict[str, list[str]] = {
    "Ledgerline": [],
    "Brightwater Health Technologies": ["Brightwater Health", "Brightwater", "BWHT"],
    "Cobalt Mile": [],
    "Fernhill Bank": ["Fernhill"],
    "Quaystone Software": ["Quaystone"],
    "Meridian Pay": [],
    "Harbour & Pike": ["Harbour and Pike"],
    "Railsmith": [],
    "Kestrel Energy Systems": ["Kestrel Energy", "Kestrel"],
    "Sablewood Games": ["Sablewood"],
    "Oxbow Analytics": ["Oxbow"],
    "Irwell Building Society": ["Irwell", "Irwell BS"],
    "Haverbrook Teaching Hospitals NHS Foundation Trust": [
        "Haverbrook Teaching Hospitals", "Haverbrook Teaching Hospitals NHS Trust", "Haverbrook NHS Foundation Trust"],
    "Pocketwise": [],
    "Clearfell Labs": ["Clearfell"],
    "Stannary Systems": ["Stannary"],
    "Vantora": ["Vantora Retail Technology", "Vantora Retail Tech"],
    "Dovecote Insurance": ["Dovecote"],
    "Greyhawk Analytics": ["Greyhawk"],
    "Thistle & Rowan": ["Thistle & Rowan Consulting", "Thistle and Rowan", "T&R"],
    "Boxwell Logistics": ["Boxwell"],
    "Heron Mobility": ["Heron"],
    "Swale Digital": [],
    "Blackstaff Telecom": ["Blackstaff"],
    "Corrie Energy": [],
    "Anchorpoint": [],
    "Zahlwerk": [],
    "Frachtwerk Logistics": ["Frachtwerk"],
    "Nordbahn Mobility": ["Nordbahn"],
    "Tessera Health": ["Tessera"],
    "Havelland Versicherung": [],
    "Lindenblatt Software": ["Lindenblatt"],
    "Kiezkraft Energie": ["Kiezkraft"],
    "Solvéo": [],
    "Cigogne Assurances": ["Cigogne"],
    "Opaline Santé": ["Opaline"],
    "Pivoine": [],
    "Cobre Pagos": ["Cobre"],
    "Tramontana Tech": ["Tramontana"],
    "Banco Alcázar": ["Alcázar"],
    "Orbe Seguros": ["Orbe"],
    "Mirlo Studio": ["Mirlo"],
}

MODULES = (holdout46ev_pos_uk1, holdout46ev_pos_uk2, holdout46ev_pos_uk3, holdout46ev_pos_de, holdout46ev_pos_fres,
           holdout46ev_neg_side1, holdout46ev_neg_side2, holdout46ev_neg_other1, holdout46ev_neg_other2)


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in MODULES:
        evs += mod.events()
    random.Random(4646).shuffle(evs)
    return evs


def check(evs: list[Ev]) -> None:
    uids: set[str] = set()
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev.text)
        found = {str(v["UID"]) for v in cal.walk("VEVENT")}
        if found != {ev.uid}:
            raise SystemExit(f"{ev.kind}: UIDs in file {found} != label {ev.uid!r}")
        if ev.uid in uids:
            raise SystemExit(f"duplicate UID {ev.uid}")
        uids.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"{ev.kind}: bad stage {ev.stage!r}")
        if ev.is_interview and ev.company not in FORMS:
            raise SystemExit(f"{ev.kind}: no FORMS entry for {ev.company!r}")
        if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
            raise SystemExit(f"{ev.kind}: negative with interview fields")
    labelled = {ev.company for ev in evs if ev.is_interview}
    if labelled != set(FORMS):
        raise SystemExit(f"FORMS mismatch: {labelled ^ set(FORMS)}")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _row(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def merge_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    """Keep every record of other splits verbatim, drop this split's, append the new ones."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        reader = csv.reader(iter(lines))
        first = next(reader, None)
        if first is not None and first != header:
            raise SystemExit(f"{path}: unexpected header {first}")
        idx = header.index(split_col)
        start = reader.line_num
        for rec in reader:
            raw = "".join(lines[start:reader.line_num])
            start = reader.line_num
            if rec and len(rec) > idx and rec[idx] == SPLIT:
                continue
            if raw and not raw.endswith("\n"):
                raw += "\n"
            kept.append(raw)
    text = _row(header) + "".join(kept) + "".join(_row(r) for r in rows)
    write_atomic(path, text.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="corpus directory (default: tests/corpus/events)")
    out = ap.parse_args().out
    evs = collect()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        write_atomic(out / name, ev.text.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                           ev.trap])
    merge_csv(out / "labels.csv", LABEL_HEADER, "split", label_rows)
    companies = sorted({ev.company for ev in evs if ev.is_interview})
    merge_csv(out / "company_forms.csv", FORMS_HEADER, "split", [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    pos = sum(ev.is_interview for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
