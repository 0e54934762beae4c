"""Write the train20 split of the event corpus (issue 4): raw .ics files plus label rows.

Written blind (without reading the classifier, its tests, the other generators or other corpus events).
Deterministic. Usage: ``python make_event_corpus_train20.py [--out DIR]`` (default: ../tests/corpus/events
relative to this file). Replaces only train20 files and rows.
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

import train20ev_neg_other
import train20ev_neg_other2
import train20ev_neg_side
import train20ev_pos_de
import train20ev_pos_en1
import train20ev_pos_en2
import train20ev_pos_intl
import train20ev_pos_more
from train20ev_ics import Item, uid_of

SPLIT = "train20"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    items = (
        train20ev_pos_en1.items()
        + train20ev_pos_en2.items()
        + train20ev_pos_intl.items()
        + train20ev_pos_de.items()
        + train20ev_pos_more.items()
        + train20ev_neg_side.items()
        + train20ev_neg_other.items()
        + train20ev_neg_other2.items()
    )
    random.Random(2020).shuffle(items)
    return items


def write_labels(labels: Path, rows: list[list[str]]) -> None:
    with labels.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    if existing[0] != HEADER:
        raise SystemExit(f"unexpected header in {labels}")
    kept = [row for row in existing[1:] if not (len(row) > 7 and row[7] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "../tests/corpus/events")
    args = parser.parse_args()
    out: Path = args.out.resolve()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for n, item in enumerate(all_items(), start=1):
        name = f"{SPLIT}-{n:03d}-{item.kind}.ics"
        uid = uid_of(item.text)
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        (out / name).write_bytes(item.text.encode("utf-8"))
        rows.append([name, uid, str(item.is_interview), item.company, item.role, item.stage,
                     ";".join(item.interviewers), SPLIT, item.trap])
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} files")


if __name__ == "__main__":
    main()
