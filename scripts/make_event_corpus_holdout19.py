"""Write the holdout19 event corpus (blind, raw iCalendar text) and its rows in labels.csv.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout19.py --out ../tests/corpus/events
Deterministic; replaces only files named holdout19-* and rows with split holdout19.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from pathlib import Path

import holdout19ev_extra
import holdout19ev_neg_other
import holdout19ev_neg_side
import holdout19ev_pos_defr
import holdout19ev_pos_en
import holdout19ev_pos_es
from holdout19ev_ics import Item, uid_of

SPLIT = "holdout19"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every holdout19 item in a fixed, shuffled order."""
    pos = [*holdout19ev_pos_en.items(), *holdout19ev_pos_defr.german(), *holdout19ev_pos_defr.french(),
           *holdout19ev_pos_es.items(), *holdout19ev_extra.positives()]
    neg = [*holdout19ev_neg_side.items(), *holdout19ev_neg_other.items(), *holdout19ev_extra.negatives()]
    mixed = [*pos, *neg]
    # a fixed seed keeps the run deterministic while file numbers do not give the label away
    random.Random(19).shuffle(mixed)
    return mixed


def rows(items: list[Item]) -> list[tuple[str, list[str]]]:
    """Given items returns (file name, label row) pairs."""
    out: list[tuple[str, list[str]]] = []
    seen: set[str] = set()
    for n, it in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{it.kind}.ics"
        uid = uid_of(it.text)
        if uid in seen:
            raise ValueError(f"duplicate UID {uid}")
        seen.add(uid)
        out.append((name, [name, uid, "1" if it.interview else "0", it.company, it.role, it.stage,
                           ";".join(it.interviewers), SPLIT, it.trap]))
    return out


def write_labels(labels: Path, mine: list[list[str]]) -> None:
    """Given the labels file and this split's rows rewrites the file atomically keeping other splits' rows."""
    with labels.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise ValueError("unexpected labels.csv header")
    kept = [r for r in existing[1:] if r and r[7] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(kept)
    w.writerows(mine)
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)


def main() -> None:
    """Given --out writes the holdout19 .ics files and label rows."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    folder: Path = args.out
    items = all_items()
    pairs = rows(items)
    for old in folder.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for (name, _), it in zip(pairs, items, strict=True):
        (folder / name).write_text(it.text, encoding="utf-8", newline="")
    write_labels(folder / "labels.csv", [r for _, r in pairs])
    print(f"wrote {len(pairs)} files, {sum(i.interview for i in items)} interviews")


if __name__ == "__main__":
    main()
