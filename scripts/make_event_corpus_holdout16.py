"""Write the blind holdout16 event corpus (Daniel Adeyemi) into tests/corpus/events and its labels.csv rows.

Usage: ../.venv/bin/python make_event_corpus_holdout16.py --out ../tests/corpus/events
Deterministic: fixed shuffle seed; replaces only holdout16 files and rows (labels.csv rewritten atomically).
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

import holdout16ev_neg_other
import holdout16ev_neg_side
import holdout16ev_pos_de
import holdout16ev_pos_en
import holdout16ev_pos_es
import holdout16ev_pos_fr
from holdout16ev_ics import Item

SPLIT = "holdout16"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def collect() -> list[Item]:
    """Given nothing, returns every holdout16 event in a fixed shuffled order."""
    items = (holdout16ev_pos_en.events() + holdout16ev_pos_de.events() + holdout16ev_pos_fr.events()
             + holdout16ev_pos_es.events() + holdout16ev_neg_side.events() + holdout16ev_neg_other.events())
    uids = [label["uid"] for _, _, _, label in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout16")
    random.Random(16).shuffle(items)
    return items


def write(out: Path) -> list[dict[str, str]]:
    """Given the corpus folder, writes the .ics files and returns the label rows (existing holdout16 files go)."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, (kind, lang, text, label) in enumerate(collect(), start=1):
        name = f"{SPLIT}-{n:03d}-{kind}.ics"
        (out / name).write_bytes(text.encode("utf-8"))
        rows.append({"file": name, **label, "split": SPLIT, "trap": f"{kind}-{lang}"})
    return rows


def merge_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows, rewrites the file keeping every other split's rows (temp + rename)."""
    with path.open(newline="", encoding="utf-8") as handle:
        kept = [r for r in csv.DictReader(handle) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given --out, writes the holdout16 corpus and its labels."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = write(args.out)
    merge_labels(args.out / "labels.csv", rows)
    print(f"{SPLIT}: {len(rows)} files, {sum(r['is_interview'] == '1' for r in rows)} interviews")


if __name__ == "__main__":
    main()
