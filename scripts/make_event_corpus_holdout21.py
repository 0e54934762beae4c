"""Write the blind holdout21 event corpus (Mateo García) and its rows in labels.csv.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout21.py --out ../tests/corpus/events
Replaces only files named holdout21-*.ics and rows whose split is holdout21; deterministic.
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

import holdout21ev_neg_other
import holdout21ev_neg_uai
import holdout21ev_pos_a
import holdout21ev_pos_b
from holdout21ev_ics import Item

SPLIT = "holdout21"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every holdout21 item in a fixed shuffled order."""
    items = (holdout21ev_pos_a.items() + holdout21ev_pos_b.items() + holdout21ev_neg_uai.items()
             + holdout21ev_neg_other.items())
    uids = [i.uid for i in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout21")
    random.Random(2126).shuffle(items)
    return items


def rows_for(items: list[Item]) -> list[dict[str, str]]:
    """Given the ordered items returns their labels.csv rows (file names follow the order)."""
    rows = []
    for n, it in enumerate(items, 1):
        rows.append({"file": f"{SPLIT}-{n:03d}-{it.kind}.ics", "uid": it.uid, "is_interview": "1" if it.positive
                     else "0", "company": it.company, "role": it.role, "stage": it.stage,
                     "interviewers": ";".join(it.interviewers), "split": SPLIT, "trap": it.trap})
    return rows


def write_labels(path: Path, mine: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows rewrites it atomically, keeping every other split's rows."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or HEADER)
        kept = [r for r in reader if r.get("split") != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
        writer.writerows(mine)
    os.replace(tmp, path)


def main() -> None:
    """Given --out writes the .ics files and the labels rows; raises SystemExit on a duplicate UID."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    out: Path = ap.parse_args().out
    items = all_items()
    rows = rows_for(items)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for it, row in zip(items, rows, strict=True):
        (out / row["file"]).write_bytes(it.text.encode("utf-8"))
    write_labels(out / "labels.csv", rows)
    print(f"{SPLIT}: wrote {len(items)} files, {sum(1 for i in items if i.positive)} interviews")


if __name__ == "__main__":
    main()
