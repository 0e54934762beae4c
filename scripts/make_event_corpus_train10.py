"""Write the train10 event corpus: Priya Raman's calendar (energy/cleantech PM), labelled for issue 4.

Given `--out DIR` writes `train10-NNN-<kind>.ics` there and replaces the `train10` rows of DIR/labels.csv
(every other row kept; written atomically). Deterministic. Raises SystemExit on a duplicate file or UID.
Run: `.venv/bin/python scripts/make_event_corpus_train10.py --out tests/corpus/events`.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import train10ev_neg_a
import train10ev_neg_b
import train10ev_pos_a
import train10ev_pos_b
from train10ev_boiler import describe
from train10ev_ics import Ev, _uid, interviewers, render

SPLIT = "train10"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    """Given nothing returns every train10 event in a fixed shuffled order."""
    evs = train10ev_pos_a.events() + train10ev_neg_a.events() + train10ev_pos_b.events() + train10ev_neg_b.events()
    random.Random(1010).shuffle(evs)
    return evs


def label_row(ev: Ev, fname: str, uid: str) -> dict[str, str]:
    """Given an event, its file name and UID returns its labels.csv row."""
    if ev.stage not in STAGES:
        raise SystemExit(f"{fname}: bad stage {ev.stage!r}")
    return {"file": fname, "uid": uid, "is_interview": "1" if ev.pos else "0",
            "company": ev.company if ev.pos else "", "role": ev.role if ev.pos else "",
            "stage": ev.stage if ev.pos else "", "interviewers": ";".join(interviewers(ev)),
            "split": SPLIT, "trap": ev.kind}


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and the new train10 rows rewrites it atomically, keeping every other split's rows."""
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as f:
            kept = [r for r in csv.DictReader(f) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given the command line writes the corpus and prints counts per kind and language."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    out: Path = ap.parse_args().out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for i, ev in enumerate(all_events(), start=1):
        fname = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        uid = _uid(ev, i)
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        (out / fname).write_bytes(render(ev, i, describe(ev)).encode("utf-8"))
        rows.append(label_row(ev, fname, uid))
    write_labels(out / "labels.csv", rows)
    evs = all_events()
    print(f"{len(rows)} files: {sum(e.pos for e in evs)} interviews, {sum(not e.pos for e in evs)} not")
    print("languages:", dict(Counter(e.lang for e in evs)))
    print("interviews by language:", dict(Counter(e.lang for e in evs if e.pos)))
    for (kind, pos), n in sorted(Counter((e.kind, e.pos) for e in evs).items()):
        print(f"  {'+' if pos else '-'} {kind}: {n}", file=sys.stdout)


if __name__ == "__main__":
    main()
