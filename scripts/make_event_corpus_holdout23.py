"""Write the blind holdout23 event corpus (user Amara Okafor) and its rows in labels.csv.

Given --out (the events folder) writes holdout23-NNN-<kind>.ics and replaces only the holdout23 rows of
labels.csv (re-read just before writing, replaced atomically); raises SystemExit on a duplicate UID.
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

import holdout23ev_neg_other
import holdout23ev_neg_uai
import holdout23ev_pos_en
import holdout23ev_pos_extra
import holdout23ev_pos_intl
from holdout23ev_ics import Item

SPLIT = "holdout23"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every item in a fixed, shuffled order so kinds are interleaved."""
    items = (holdout23ev_pos_en.items() + holdout23ev_pos_intl.items() + holdout23ev_pos_extra.items()
             + holdout23ev_neg_uai.items() + holdout23ev_neg_other.items())
    random.Random(2323).shuffle(items)
    return items


def main(argv: list[str] | None = None) -> int:
    """Given command-line args writes the files and label rows; returns 0."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args(argv)
    out: Path = args.out
    items = all_items()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for n, item in enumerate(items, 1):
        name = f"{SPLIT}-{n:03d}-{item.kind}.ics"
        (out / name).write_bytes(item.text.encode("utf-8"))
        for uid, yes, company, role, stage, ivs, trap in item.labels:
            if uid in seen:
                raise SystemExit(f"duplicate UID {uid}")
            seen.add(uid)
            rows.append([name, uid, "1" if yes else "0", company, role, stage, ivs, SPLIT, trap])
    labels = out / "labels.csv"
    with labels.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    keep = [r for r in existing[1:] if r and not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(existing[0] if existing else HEADER)
    writer.writerows(keep + rows)
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    pos = sum(1 for r in rows if r[2] == "1")
    print(f"{len(items)} files, {len(rows)} rows ({pos} interviews, {len(rows) - pos} not)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
