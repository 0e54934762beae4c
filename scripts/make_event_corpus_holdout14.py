"""Write the blind holdout14 event corpus (Tobias Krüger, security coordinator -> corporate security/BCM).

Given `--out DIR` (default tests/corpus/events) writes holdout14-NNN-<kind>.ics files and replaces the
holdout14 rows of DIR/labels.csv (other rows kept; re-read right before an atomic rewrite).
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

import holdout14ev_neg_intl
import holdout14ev_neg_other
import holdout14ev_neg_side
import holdout14ev_pos_de
import holdout14ev_pos_de2
import holdout14ev_pos_en
import holdout14ev_pos_en2
import holdout14ev_pos_intl
from holdout14ev_ics import Item

SPLIT = "holdout14"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def collect() -> list[Item]:
    """Given nothing returns every holdout14 item in a fixed shuffled order; raises ValueError on a bad item."""
    items: list[Item] = []
    for mod in (holdout14ev_pos_de, holdout14ev_pos_de2, holdout14ev_pos_en, holdout14ev_pos_en2,
                holdout14ev_pos_intl, holdout14ev_neg_side, holdout14ev_neg_other, holdout14ev_neg_intl):
        items += mod.items()
    uids = [it.uid for it in items]
    if len(set(uids)) != len(uids):
        raise ValueError("duplicate UID in holdout14")
    for it in items:
        if it.stage not in STAGES or (not it.positive and (it.company or it.role or it.stage or it.interviewers)):
            raise ValueError(f"bad label for {it.uid}")
    random.Random(1414).shuffle(items)
    return items


def rows_for(items: list[Item]) -> tuple[list[dict[str, str]], dict[str, str]]:
    """Given the items returns their label rows and a map file name -> iCalendar text."""
    rows: list[dict[str, str]] = []
    files: dict[str, str] = {}
    for n, it in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{it.kind}.ics"
        files[name] = it.text
        rows.append({"file": name, "uid": it.uid, "is_interview": "1" if it.positive else "0",
                     "company": it.company, "role": it.role, "stage": it.stage,
                     "interviewers": ";".join(it.interviewers), "split": SPLIT, "trap": f"{it.kind}-{it.lang}"})
    return rows, files


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and the new rows replaces this split's rows atomically (temp file + rename)."""
    with path.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT and not r["file"].startswith(SPLIT + "-")]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given command-line arguments writes the corpus files and label rows."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args()
    out: Path = args.out
    rows, files = rows_for(collect())
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(files)} files and {len(rows)} {SPLIT} label rows to {out}")


if __name__ == "__main__":
    main()
