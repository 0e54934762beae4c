"""Write the blind holdout35 calendar-event corpus (issue 4) and its rows in labels.csv.

Written by an author who did not read the classifier, its tests, the other generators or any other corpus event.
User: Kwame Mensah, logistics planner at Elbkai Terminal GmbH in Hamburg (k.mensah@elbkai-terminal.de; private
kwame.mensah@gmx.net). Deterministic; replaces only its own files and rows. CC0 1.0.

Usage: python make_event_corpus_holdout35.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from pathlib import Path

from holdout35ev_ical import Ev, interviewers, render
from holdout35ev_negother import others
from holdout35ev_negown import own_side
from holdout35ev_pos import positives
from holdout35ev_pos2 import positives2

SPLIT = "holdout35"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs = positives() + positives2() + own_side() + others()
    random.Random(3535).shuffle(evs)
    return evs


def write(out: Path) -> list[list[str]]:
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        uid, text = render(ev, i)
        (out / name).write_bytes(text.encode("utf-8"))
        rows.append([name, uid, str(ev.iv), ev.co if ev.iv else "", ev.role if ev.iv else "",
                     ev.stage if ev.iv else "", interviewers(ev), SPLIT, ev.trap])
    return rows


def merge_labels(path: Path, rows: list[list[str]]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    header, body = existing[0], existing[1:]
    if header != HEADER:
        raise SystemExit(f"unexpected header in {path}: {header}")
    kept = [r for r in body if not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=here.parent / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    rows = write(out)
    merge_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} events to {out}")


if __name__ == "__main__":
    main()
