"""Write the blind holdout10 event corpus (user Malik Osei) and its rows in labels.csv.

Given --out DIR (tests/corpus/events), writes holdout10-NNN-<kind>.ics files as raw iCalendar text and replaces the
split-holdout10 rows of DIR/labels.csv (every other row is kept; the file is re-read right before an atomic rewrite).
Deterministic: the same files and rows on every run.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout10ev_neg_other
import holdout10ev_neg_side
import holdout10ev_pos_de
import holdout10ev_pos_en
import holdout10ev_pos_intl
from holdout10ev_ics import Ev, make_uid, render

SPLIT = "holdout10"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[tuple[str, Ev]]:
    """Given nothing, returns (file name, event) pairs in a fixed shuffled order with UIDs assigned."""
    evs = (holdout10ev_pos_de.events() + holdout10ev_pos_en.events() + holdout10ev_pos_intl.events()
           + holdout10ev_neg_side.events() + holdout10ev_neg_other.events())
    random.Random(20261122).shuffle(evs)
    out: list[tuple[str, Ev]] = []
    for n, ev in enumerate(evs, start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        ev.uid = make_uid(ev.style, f"{SPLIT}/{n}/{ev.kind}")
        out.append((name, ev))
    return out


def label_row(name: str, ev: Ev) -> list[str]:
    """Given a file name and its event, returns the labels.csv row."""
    return [name, ev.uid, "1" if ev.is_interview else "0", ev.company, ev.role, ev.stage,
            ";".join(ev.interviewers), SPLIT, ev.trap]


def write_labels(path: Path, rows: list[list[str]]) -> None:
    """Given labels.csv and this split's rows, replaces only this split's rows, atomically (temp file + rename)."""
    with path.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise SystemExit(f"unexpected labels.csv header: {existing[0]}")
    kept = [r for r in existing[1:] if r and not (r[0].startswith(f"{SPLIT}-") or (len(r) > 7 and r[7] == SPLIT))]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(prefix=".labels-", suffix=".csv", dir=path.parent)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
        out.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    """Given --out, writes the holdout10 .ics files and labels rows and prints counts per language and kind."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--no-labels", action="store_true", help="write the .ics files only")
    args = ap.parse_args()
    out_dir: Path = args.out
    pairs = all_events()
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, ev in pairs:
        (out_dir / name).write_bytes(render(ev).encode("utf-8"))
    if not args.no_labels:
        write_labels(out_dir / "labels.csv", [label_row(name, ev) for name, ev in pairs])
    by_lang: collections.Counter[tuple[str, bool]] = collections.Counter((ev.lang, ev.is_interview) for _, ev in pairs)
    pos = sum(ev.is_interview for _, ev in pairs)
    print(f"{len(pairs)} files: {pos} interviews, {len(pairs) - pos} not")
    for (lang, is_iv), n in sorted(by_lang.items()):
        print(f"  {lang} {'interview' if is_iv else 'negative '} {n}")


if __name__ == "__main__":
    main()
