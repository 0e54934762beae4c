"""Write the blind holdout20 event corpus (user: Hannah Schulz) and its rows in labels.csv.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout20.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import tempfile
from pathlib import Path

import holdout20ev_neg_other
import holdout20ev_neg_side
import holdout20ev_pos_a
import holdout20ev_pos_b
import holdout20ev_pos_c
from holdout20ev_ics import Ev

SPLIT = "holdout20"
COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    """Given nothing returns every holdout20 event in file order."""
    return [*holdout20ev_pos_a.events(), *holdout20ev_pos_b.events(), *holdout20ev_pos_c.events(),
            *holdout20ev_neg_side.events(), *holdout20ev_neg_other.events()]


def write(out: Path) -> int:
    """Given the corpus folder writes the .ics files and replaces this split's labels; returns the count."""
    events = all_events()
    uids = [e.uid for e in events]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout20")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev.slug}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        rows.append([name, ev.uid, "1" if ev.is_interview else "0", ev.company, ev.role, ev.stage,
                     ev.interviewers, SPLIT, ev.trap])
    labels = out / "labels.csv"
    # re-read right before writing: other authors append their own splits to the same file
    with labels.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.reader(fh)]
    header, body = kept[0], [r for r in kept[1:] if r and r[7] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(body)
    w.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    return len(events)


def main() -> None:
    """Given --out writes the corpus there."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    print(write(args.out), "holdout20 events written")


if __name__ == "__main__":
    main()
