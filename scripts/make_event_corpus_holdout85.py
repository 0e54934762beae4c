#!/usr/bin/env python3
"""Write the holdout85 event split: ~110 raw iCalendar files for Daniela Castro, a data analyst in Bogotá.

Written blind (without reading the classifier or the other generators). Replaces only holdout85-*.ics and the
split=holdout85 rows of labels.csv and company_forms.csv; other rows are kept as they are.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout85.py --out ../tests/corpus/events
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout85ev_neg_other_a
import holdout85ev_neg_other_b
import holdout85ev_neg_side
import holdout85ev_neg_side2
import holdout85ev_pos_a
import holdout85ev_pos_b
import holdout85ev_pos_c
import holdout85ev_pos_d
import holdout85ev_pos_e
from holdout85ev_ics import Ev

SPLIT = "holdout85"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would accept (see briefs' forms rules).
FORMS = {
    "Almacenes La Sabana": ["La Sabana"],
    "Banco Cordillera": ["Cordillera"],
    "Bebidas del Valle": ["Bebidas del Valle de México"],
    "Brightcart": [],
    "Cervecería Andes del Norte": ["CAN", "Andes del Norte"],
    "Cobrá": [],
    "Colchones Nube": ["Nube"],
    "Crediya": [],
    "Cuadrante Pagos": ["Cuadrante"],
    "Dataloop": ["Dataloop Analytics"],
    "Droguerías La Ceiba": ["La Ceiba"],
    "Envíalo": [],
    "Fruver Express": ["Fruver"],
    "Groupe Lunéa": ["Lunéa", "Grupo Lunéa"],
    "Grupo Comercial Jalisco": ["GCJ", "Comercial Jalisco"],
    "Harbor & Pine": ["Harbor and Pine"],
    "Huerta Viva": [],
    "Kashú": [],
    "Kuenta": [],
    "Ledgerly": [],
    "Lumen Credit": ["Lumen"],
    "Lúmina": [],
    "Moda Tramontana": ["Tramontana"],
    "Monetta": [],
    "Nubo": ["Nubo Banco"],
    "Pagaré": ["Pagaré Digital"],
    "Paywise": [],
    "PideYa": [],
    "Plazza": [],
    "Seguros Alameda": [],
    "Snackbox": [],
    "Tiendita Pro": [],
    "Trazo": [],
    "Vaultline": [],
    "Zahlwerk": [],
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout85ev_pos_a, holdout85ev_pos_b, holdout85ev_pos_c, holdout85ev_pos_d, holdout85ev_pos_e,
                holdout85ev_neg_side, holdout85ev_neg_side2, holdout85ev_neg_other_a, holdout85ev_neg_other_b):
        evs.extend(mod.events())
    return evs


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


def check(ev: Ev, name: str) -> None:
    """Parse the file as a reader would and make sure the label's UID is the file's UID."""
    import icalendar

    cal = icalendar.Calendar.from_ical(ev.text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: UID mismatch {uids!r} != {ev.uid!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{name}: interview without company")
    if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
        raise SystemExit(f"{name}: negative with interview fields")
    if ev.is_interview and ev.company not in FORMS:
        raise SystemExit(f"{name}: company {ev.company!r} has no forms row")


def merge_csv(path: Path, header: list[str], own: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"{path}: unexpected header {first!r}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and not (len(row) > idx and row[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(own)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = all_events()
    seen: set[str] = set()
    for ev in evs:
        if ev.uid in seen:
            raise SystemExit(f"duplicate UID {ev.uid}")
        seen.add(ev.uid)
    random.Random(8585).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        check(ev, name)
        atomic_write(out / name, ev.text)
        people = ";".join(p.lower() if "@" in p else p for p in ev.interviewers.split(";") if p)
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, people, SPLIT, ev.trap])
    merge_csv(out / "labels.csv", LABEL_HEADER, rows, "split")

    used = sorted({ev.company for ev in evs if ev.is_interview and ev.company})
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in used]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, forms, "split")

    pos = sum(ev.is_interview for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} companies")


if __name__ == "__main__":
    main()
