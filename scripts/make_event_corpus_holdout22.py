"""Write the blind holdout22 event corpus (Claire Dubois, teacher moving into instructional design).

Given --out DIR, writes holdout22-NNN-<kind>.ics files there and replaces the holdout22 rows of DIR/labels.csv
(atomically, keeping every other row); raises SystemExit on duplicate UIDs or unparsable output.
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

import holdout22ev_neg_a
import holdout22ev_neg_b
import holdout22ev_neg_side
import holdout22ev_pos_de
import holdout22ev_pos_en1
import holdout22ev_pos_en2
import holdout22ev_pos_es
import holdout22ev_pos_extra
import holdout22ev_pos_fr1
import holdout22ev_pos_fr2
from holdout22ev_ics import Case

SPLIT = "holdout22"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_cases() -> list[Case]:
    """Given nothing returns every case in a fixed shuffled order, so file numbers say nothing of the label."""
    mods = (
        holdout22ev_pos_en1,
        holdout22ev_pos_en2,
        holdout22ev_pos_de,
        holdout22ev_pos_fr1,
        holdout22ev_pos_fr2,
        holdout22ev_pos_es,
        holdout22ev_pos_extra,
        holdout22ev_neg_side,
        holdout22ev_neg_a,
        holdout22ev_neg_b,
    )
    cases = [c for m in mods for c in m.cases()]
    random.Random(2222).shuffle(cases)
    uids = [c.uid for c in cases]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout22")
    return cases


def write(out: Path) -> int:
    """Given the corpus folder writes the .ics files and labels; returns how many files were written."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, case in enumerate(all_cases(), start=1):
        name = f"{SPLIT}-{n:03d}-{case.kind}.ics"
        (out / name).write_bytes(case.text.encode("utf-8"))
        rows.append(
            {
                "file": name,
                "uid": case.uid,
                "is_interview": "1" if case.is_interview else "0",
                "company": case.company,
                "role": case.role,
                "stage": case.stage,
                "interviewers": ";".join(case.interviewers),
                "split": SPLIT,
                "trap": case.trap,
            }
        )
    labels = out / "labels.csv"
    # re-read right before writing: other authors add their own splits to the same file
    with labels.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or FIELDS)
        keep = [r for r in reader if r.get("split") != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(keep)
        writer.writerows(rows)
    os.replace(tmp, labels)
    return len(rows)


def main() -> None:
    """Given command-line arguments writes the corpus and prints the count."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args()
    print(f"wrote {write(args.out)} {SPLIT} events")


if __name__ == "__main__":
    main()
