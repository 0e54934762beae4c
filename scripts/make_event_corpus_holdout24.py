"""Write the blind holdout24 event corpus (Jonas Becker, civil engineer -> renewables) and its label rows.

Run: ``cd scripts && ../.venv/bin/python make_event_corpus_holdout24.py --out ../tests/corpus/events``.
Replaces only files named holdout24-* and label rows of split holdout24; other rows are kept as they are.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout24ev_extra
import holdout24ev_neg_other
import holdout24ev_neg_side
import holdout24ev_pos_a
import holdout24ev_pos_b
import holdout24ev_pos_de
from holdout24ev_ics import ITEMS, Item

SPLIT = "holdout24"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def collect() -> list[Item]:
    """Given nothing returns every holdout24 item in a fixed shuffled order."""
    ITEMS.clear()
    holdout24ev_pos_a.build()
    holdout24ev_pos_de.build()
    holdout24ev_pos_b.build_de()
    holdout24ev_pos_b.build_es()
    holdout24ev_pos_b.build_more()
    holdout24ev_neg_side.build()
    holdout24ev_neg_other.build()
    holdout24ev_extra.build()
    items = list(ITEMS)
    uids = Counter(item.uid for item in items)
    dup = [uid for uid, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    # a fixed shuffle so the file number says nothing about the label
    random.Random(2424).shuffle(items)
    return items


def write_atomic(path: Path, data: str) -> None:
    """Given a path and text writes it through a temp file and a rename; raises OSError on failure."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    """Given command-line arguments writes the .ics files and label rows; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args(argv)
    out: Path = args.out
    items = collect()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, item in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{item.kind}.ics"
        (out / name).write_bytes(item.text.encode("utf-8"))
        rows.append({"file": name, "uid": item.uid, "is_interview": "1" if item.is_interview else "0",
                     "company": item.company, "role": item.role, "stage": item.stage,
                     "interviewers": item.interviewers, "split": SPLIT, "trap": item.trap})
    labels = out / "labels.csv"
    # re-read right before writing: other authors add their own splits to the same file
    with labels.open(encoding="utf-8", newline="") as fh:
        kept = [row for row in csv.DictReader(fh) if row["split"] != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept + rows)
    write_atomic(labels, buf.getvalue())
    langs = Counter((item.lang, item.is_interview) for item in items)
    print(f"{len(items)} files; kept {len(kept)} other rows; by (lang, interview): {sorted(langs.items())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
