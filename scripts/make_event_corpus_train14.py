"""Write the train14 event corpus (Lucía Navarro, ed-tech job seeker) and its rows in labels.csv.

Given --out DIR writes train14-NNN-<kind>.ics files there and replaces only the train14 rows of DIR/labels.csv
(atomically: temp file + rename; other splits' rows are kept as read right before writing).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train14ev_neg_es
import train14ev_neg_intl
import train14ev_neg_side
import train14ev_pos_en
import train14ev_pos_es
import train14ev_pos_frde
from train14ev_ics import Ev, interviewers, render

SPLIT = "train14"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    """Given nothing returns every train14 event in a fixed shuffled order."""
    evs = (train14ev_pos_es.events() + train14ev_pos_en.events() + train14ev_pos_frde.events()
           + train14ev_neg_side.events() + train14ev_neg_es.events() + train14ev_neg_intl.events())
    random.Random(1414).shuffle(evs)
    return evs


def write(out: Path) -> list[dict[str, str]]:
    """Given the corpus folder writes the .ics files and returns their label rows; raises ValueError on a UID clash."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for n, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        uid, text = render(ev)
        if uid in seen:
            raise ValueError(f"duplicate UID in {name}")
        seen.add(uid)
        (out / name).write_bytes(text.encode("utf-8"))
        rows.append({
            "file": name, "uid": uid, "is_interview": "1" if ev.interview else "0",
            "company": ev.company if ev.interview else "", "role": ev.role if ev.interview else "",
            "stage": ev.stage if ev.interview else "", "interviewers": interviewers(ev) if ev.interview else "",
            "split": SPLIT, "trap": f"{ev.kind}-{ev.lang}",
        })
    return rows


def merge_labels(labels: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows rewrites the file atomically with other splits' rows kept."""
    with labels.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(kept + rows)
    os.replace(tmp, labels)


def main() -> None:
    """Given command-line arguments writes the corpus and the labels."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args()
    rows = write(args.out)
    merge_labels(args.out / "labels.csv", rows)
    print(f"wrote {len(rows)} {SPLIT} events ({sum(r['is_interview'] == '1' for r in rows)} interviews)")


if __name__ == "__main__":
    main()
