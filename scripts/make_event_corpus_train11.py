"""Write the train11 event corpus: ~200 raw .ics files for Jonas Lindqvist and their rows in labels.csv.

Usage: .venv/bin/python scripts/make_event_corpus_train11.py --out tests/corpus/events
Deterministic: the same specs, order, UIDs and dates every run; only train11 files and rows are replaced.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train11ev_ics import Ev, make_uid, render
from train11ev_neg_en import neg_other_en, neg_side_en
from train11ev_neg_intl import neg_de, neg_es, neg_fr
from train11ev_pos_en import pos_en
from train11ev_pos_intl import pos_de, pos_es, pos_fr

SPLIT = "train11"
HOLIDAYS = {(12, 24), (12, 25), (12, 26), (12, 31), (1, 1), (1, 6)}
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_specs() -> list[Ev]:
    """Given nothing, returns every spec in a fixed shuffled order."""
    specs = pos_en() + pos_de() + pos_fr() + pos_es() + neg_side_en() + neg_other_en() + neg_de() + neg_fr() + neg_es()
    random.Random(1101).shuffle(specs)
    return specs


def day_for(n: int) -> date:
    """Given a file number, returns a weekday between late November 2026 and February 2027."""
    d = date(2026, 11, 23) + timedelta(days=(n * 3) % 90)
    while d.weekday() >= 5 or (d.month, d.day) in HOLIDAYS:
        d += timedelta(days=1)
    return d


def _apply_defaults(spec: Ev, n: int) -> None:
    # vary start times for specs that kept the default, so the corpus does not all start at 10:00
    if spec.hour == 10 and spec.minute == 0 and spec.tzstyle != "allday":
        spec.hour = (9, 10, 11, 13, 14, 15, 16)[n % 7]
        spec.minute = (0, 30, 0, 15, 0, 45, 0)[n % 7]


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and the train11 rows, re-reads the file, keeps every other row and replaces it atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        raw = fh.read()
    newline = "\r\n" if "\r\n" in raw else "\n"
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = next(reader)
    kept = [r for r in reader if r and (len(r) < len(header) or r[header.index("split")] != SPLIT)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator=newline)
        w.writerow(header)
        w.writerows(kept)
        for row in rows:
            w.writerow([row.get(h, "") for h in header])
    os.replace(tmp, path)


def main() -> None:
    """Given --out, writes train11-*.ics there and updates its labels.csv."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    out = Path(args.out)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for i, spec in enumerate(all_specs(), start=1):
        _apply_defaults(spec, i)
        uid = make_uid(spec, i)
        name = f"{SPLIT}-{i:03d}-{spec.kind.replace('_', '-')}.ics"
        (out / name).write_bytes(render(spec, uid, day_for(i)).encode("utf-8"))
        rows.append({
            "file": name, "uid": uid, "is_interview": "1" if spec.interview else "0",
            "company": spec.company if spec.interview else "", "role": spec.role if spec.interview else "",
            "stage": spec.stage if spec.interview else "", "interviewers": spec.label_interviewers(),
            "split": SPLIT, "trap": f"{spec.kind}-{spec.lang}",
        })
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} {SPLIT} events to {out}")


if __name__ == "__main__":
    main()
