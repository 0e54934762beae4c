"""Write the train13 event corpus (user Mei Chen) into tests/corpus/events and its rows into labels.csv.

Given --out DIR, writes train13-NNN-<kind>.ics files in a fixed shuffled order, removes stale train13 files,
and replaces only the train13 rows of DIR/labels.csv (re-read right before writing, swapped in atomically).
Deterministic: the same code always writes the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train13ev_mixed
import train13ev_neg_other
import train13ev_neg_other2
import train13ev_neg_side
import train13ev_neg_side2
import train13ev_pos_de
import train13ev_pos_de2
import train13ev_pos_en
import train13ev_pos_en2
import train13ev_pos_intl
from train13ev_ics import Ev, label_row, render, uid_of

FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
SPLIT = "train13"


def all_events() -> list[Ev]:
    """Returns every train13 event in a fixed shuffled order; raises ValueError on a duplicate UID."""
    modules = [
        train13ev_pos_en, train13ev_pos_en2, train13ev_pos_de, train13ev_pos_de2, train13ev_pos_intl,
        train13ev_neg_side, train13ev_neg_side2, train13ev_neg_other, train13ev_neg_other2, train13ev_mixed,
    ]  # fmt: skip
    evs = [ev for m in modules for ev in m.events()]
    uids = Counter(uid_of(e) for e in evs)
    dup = [u for u, n in uids.items() if n > 1]
    if dup:
        raise ValueError(f"duplicate UIDs: {dup}")
    random.Random(13).shuffle(evs)
    return evs


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and the new train13 rows, rewrites it keeping every other split's rows, atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Parses --out, writes the files and the label rows, prints counts."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args()
    out: Path = args.out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out / name).write_bytes(render(ev).encode("utf-8"))
        rows.append(label_row(ev, name))
    write_labels(out / "labels.csv", rows)
    pos = sum(r["is_interview"] == "1" for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} not")


if __name__ == "__main__":
    main()
