"""Write the blind holdout29 event split (Carmen Ruiz, nurse -> clinical research) and its labels.csv rows.

Run from scripts/: `../.venv/bin/python make_event_corpus_holdout29.py --out ../tests/corpus/events`.
Replaces only its own files and rows; labels.csv is re-read just before writing and replaced atomically.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout29ev_extra_en
import holdout29ev_neg_other
import holdout29ev_neg_side
import holdout29ev_pos_defr
import holdout29ev_pos_en
import holdout29ev_pos_es
import holdout29ev_pos_es2
from holdout29ev_ics import Built

SPLIT = "holdout29"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def build() -> list[Built]:
    """Given nothing returns every event of the split in a fixed, interleaved order."""
    groups = [
        holdout29ev_pos_es.events(),
        holdout29ev_neg_side.events(),
        holdout29ev_pos_en.events(),
        holdout29ev_neg_other.events(),
        holdout29ev_pos_es2.events(),
        holdout29ev_pos_defr.events(),
    ]
    out: list[Built] = []
    longest = max(len(g) for g in groups)
    for i in range(longest):
        for g in groups:
            if i < len(g):
                out.append(g[i])
    # appended, not interleaved, so the numbers of the first 110 files stay as first committed
    out.extend(holdout29ev_extra_en.events())
    return out


def write(out_dir: Path) -> list[tuple[str, Built]]:
    """Given the corpus folder writes this split's .ics files and labels rows; returns (file, event) pairs."""
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    named: list[tuple[str, Built]] = []
    for n, ev in enumerate(build(), start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out_dir / name).write_bytes(ev.text.encode("utf-8"))
        named.append((name, ev))
    labels = out_dir / "labels.csv"
    with labels.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh)]
    if rows and rows[0] != HEADER:
        raise SystemExit(f"unexpected labels.csv header: {rows[0]}")
    mine = [
        [
            name,
            ev.uid,
            str(ev.row.is_interview),
            ev.row.company,
            ev.row.role,
            ev.row.stage,
            ev.row.interviewers,
            SPLIT,
            ev.row.trap,
        ]
        for name, ev in named
    ]
    # our block goes back where it was, so a regeneration does not reorder the other splits' rows
    body: list[list[str]] = []
    placed = False
    for r in rows[1:]:
        if len(r) > 7 and r[7] == SPLIT:
            if not placed:
                body.extend(mine)
                placed = True
            continue
        body.append(r)
    if not placed:
        body.extend(mine)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(body)
    fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    return named


def main() -> None:
    """Given --out writes the split and prints counts per kind of label and language."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    named = write(ap.parse_args().out)
    langs = Counter(ev.lang for _, ev in named)
    pos = sum(ev.row.is_interview for _, ev in named)
    traps = Counter(ev.row.trap or "-" for _, ev in named if not ev.row.is_interview)
    print(f"{len(named)} events: {pos} interviews, {len(named) - pos} not; languages {dict(langs)}")
    print("negatives by trap:", dict(traps))


if __name__ == "__main__":
    main()
