"""Write the train12 event corpus (Amélie Duval, hospital pharmacist) and its rows in labels.csv.

Usage: .venv/bin/python scripts/make_event_corpus_train12.py --out tests/corpus/events
Deterministic; replaces only the train12 files and rows. Training data, not a holdout; CC0 1.0.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train12ev_ics import Ev, render
from train12ev_neg import negatives
from train12ev_neg_c import more_negatives
from train12ev_pos_a import ats_events
from train12ev_pos_b import weak_positives
from train12ev_pos_c import more_positives

SPLIT = "train12"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    """Returns every train12 event in a fixed shuffled order with dates spread over the winter."""
    evs = ats_events() + weak_positives() + more_positives() + negatives() + more_negatives()
    random.Random(1207).shuffle(evs)
    base = datetime(2026, 11, 23, 0, 0)  # noqa: DTZ001 - local wall time; each event names its zone
    hours = [9, 10, 11, 14, 15, 16, 8, 13, 17]
    for i, ev in enumerate(evs):
        day = base + timedelta(days=(i * 3) % 84)
        while day.weekday() >= 5 and not ev.allday:
            day += timedelta(days=1)
        if ev.start == Ev.__dataclass_fields__["start"].default:
            minute = 30 if i % 4 == 1 else 0
            ev.start = day.replace(hour=hours[i % len(hours)], minute=minute)
        if ev.allday:
            ev.start = ev.start.replace(hour=0, minute=0)
    return evs


def write_labels(path: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and the new train12 rows, rewrites it atomically keeping every other row as read."""
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        w.writeheader()
        w.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given --out, writes the train12 .ics files there and replaces the train12 rows of labels.csv."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    out: Path = ap.parse_args().out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for i, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        uid = f"t12-{i:03d}-{i * 7331 % 99991:05d}@" + (
            "google.com" if ev.style in ("google", "export") else "afterview-corpus.invalid")
        (out / name).write_bytes(render(ev, uid).encode("utf-8"))
        rows.append({
            "file": name, "uid": uid, "is_interview": "1" if ev.is_interview else "0", "company": ev.company,
            "role": ev.role, "stage": ev.stage, "interviewers": ";".join(ev.label_interviewers()), "split": SPLIT,
            "trap": ev.trap,
        })
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} train12 events")


if __name__ == "__main__":
    main()
