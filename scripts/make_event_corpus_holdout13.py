"""Write the blind holdout13 event corpus (Julien Moreau, hotel front office -> customer success; CC0 1.0).

Given --out DIR writes holdout13-NNN-<kind>.ics files there and replaces the holdout13 rows of DIR/labels.csv,
keeping every other row byte for byte; raises SystemExit on duplicate UIDs.
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

import holdout13ev_neg_other
import holdout13ev_neg_side
import holdout13ev_pos_dees
import holdout13ev_pos_en
import holdout13ev_pos_fr
from holdout13ev_ics import Item

SPLIT = "holdout13"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every holdout13 event in a fixed shuffled order."""
    items = (holdout13ev_pos_fr.items() + holdout13ev_pos_en.items() + holdout13ev_pos_dees.items()
             + holdout13ev_neg_side.items() + holdout13ev_neg_other.items())
    uids = [it.uid for it in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout13")
    random.Random(1313).shuffle(items)
    return items


def _row(name: str, it: Item) -> list[str]:
    trap = f"{it.kind}-{it.lang}"
    return [name, it.uid, "1" if it.positive else "0", it.company, it.role, it.stage, ";".join(it.interviewers),
            SPLIT, trap]


def _keep_line(line: str) -> bool:
    fields = next(csv.reader([line]), [])
    return len(fields) < 8 or fields[7] != SPLIT


def write(out: Path) -> int:
    """Given the corpus folder writes the files and label rows; returns how many events were written."""
    items = all_items()
    rows: list[list[str]] = []
    for n, it in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{it.kind}.ics"
        (out / name).write_bytes(it.text.encode("utf-8"))
        rows.append(_row(name, it))
    labels = out / "labels.csv"
    # Re-read right before writing: another author may be replacing its own split in the same file.
    old = labels.read_text(encoding="utf-8") if labels.exists() else ",".join(HEADER) + "\n"
    kept = [line for line in old.splitlines() if line and _keep_line(line)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    text = "\n".join(kept) + "\n" + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, labels)
    return len(items)


def main() -> None:
    """Given command-line arguments writes the corpus."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args()
    print(f"holdout13: wrote {write(args.out)} events")


if __name__ == "__main__":
    main()
