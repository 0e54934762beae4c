"""Write the train19 event corpus: Laura Bianchi (Zurich architect moving into BIM and proptech roles).

Usage: python make_event_corpus_train19.py [--out DIR]

Writes train19-NNN-<kind>.ics files into DIR (default: ../tests/corpus/events relative to this script) and
replaces the train19 rows of DIR/labels.csv, keeping every other row. Deterministic: a fixed shuffle decides
the file numbers. Labelled before any classifier was run on these events.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import train19ev_neg_hire  # noqa: E402
import train19ev_neg_other  # noqa: E402
import train19ev_pos_de  # noqa: E402
import train19ev_pos_en  # noqa: E402
import train19ev_pos_intl  # noqa: E402
from train19ev_ics import Item  # noqa: E402

SPLIT = "train19"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    items = (train19ev_pos_de.items() + train19ev_pos_en.items() + train19ev_pos_intl.items()
             + train19ev_neg_hire.items() + train19ev_neg_other.items())
    uids = [i.uid for i in items]
    dupes = {u for u in uids if uids.count(u) > 1}
    if dupes:
        raise SystemExit(f"duplicate UIDs: {sorted(dupes)}")
    random.Random(1919).shuffle(items)
    return items


def rows_for(items: list[Item]) -> list[tuple[str, Item]]:
    return [(f"{SPLIT}-{n:03d}-{it.kind}.ics", it) for n, it in enumerate(items, start=1)]


def write_ics(out: Path, named: list[tuple[str, Item]]) -> None:
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, it in named:
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(it.text)


def write_labels(out: Path, named: list[tuple[str, Item]]) -> None:
    path = out / "labels.csv"
    with open(path, encoding="utf-8", newline="") as fh:  # re-read right before writing
        text = fh.read()
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    if header != HEADER:
        raise SystemExit(f"unexpected labels.csv header: {header}")
    split_col = header.index("split")
    kept = [row for row in reader if row and row[split_col] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    for name, it in named:
        writer.writerow([name, it.uid, "1" if it.is_interview else "0", it.company, it.role, it.stage,
                         ";".join(it.interviewers), SPLIT, it.trap])
    fd, tmp = tempfile.mkstemp(prefix=".labels-", suffix=".csv", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    named = rows_for(all_items())
    write_ics(out, named)
    write_labels(out, named)
    pos = sum(1 for _, it in named if it.is_interview)
    print(f"{SPLIT}: {len(named)} files, {pos} interviews, {len(named) - pos} not")


if __name__ == "__main__":
    main()
