"""Write the blind holdout12 event corpus (user Noor Haddad) and its rows in labels.csv.

Given --out (default tests/corpus/events) writes holdout12-NNN-<kind>.ics files in a fixed shuffled order and
replaces only the holdout12 rows of labels.csv (atomic rename); raises SystemExit on duplicate kinds.
Run: .venv/bin/python scripts/make_event_corpus_holdout12.py
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

import holdout12ev_neg_other
import holdout12ev_neg_side
import holdout12ev_pos_de
import holdout12ev_pos_intl
from holdout12ev_ics import Ev, render, uid_for

SPLIT = "holdout12"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    """Given nothing returns every holdout12 event in the fixed shuffled order; raises SystemExit on duplicates."""
    evs = (holdout12ev_pos_de.EVENTS + holdout12ev_pos_intl.EVENTS + holdout12ev_neg_side.EVENTS
           + holdout12ev_neg_other.EVENTS)
    kinds = [e.kind for e in evs]
    if len(set(kinds)) != len(kinds):
        raise SystemExit(f"duplicate kinds: {sorted(k for k in set(kinds) if kinds.count(k) > 1)}")
    random.Random(20261122).shuffle(evs)
    return evs


def rows_for(out: Path) -> list[dict[str, str]]:
    """Given the output folder writes the .ics files and returns their label rows."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        uid = uid_for(ev.producer, f"{SPLIT}/{ev.kind}")
        (out / name).write_bytes(render(ev, uid).encode("utf-8"))
        rows.append({
            "file": name, "uid": uid, "is_interview": "1" if ev.interview else "0",
            "company": ev.company if ev.interview else "", "role": ev.role if ev.interview else "",
            "stage": ev.stage if ev.interview else "",
            "interviewers": ";".join(ev.interviewers) if ev.interview else "", "split": SPLIT, "trap": ev.trap,
        })
    return rows


def write_labels(path: Path, mine: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows rewrites the file keeping every other split's row as it was."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != FIELDS:
            raise SystemExit(f"unexpected labels.csv header: {reader.fieldnames}")
        keep = [r for r in reader if r["split"] != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(keep + mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    """Given command-line options writes the corpus and labels."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args()
    out: Path = args.out
    rows = rows_for(out)
    write_labels(out / "labels.csv", rows)
    pos = sum(r["is_interview"] == "1" for r in rows)
    print(f"{len(rows)} events written ({pos} interviews, {len(rows) - pos} not)")


if __name__ == "__main__":
    main()
