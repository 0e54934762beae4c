"""Write the blind holdout38 calendar-event corpus (issue 4) and its labels.csv rows.

User: Fiona MacLeod, store manager at Thistle Outfitters (Edinburgh) moving into HR / people-operations roles.
Deterministic: the same files and rows every run; replaces only holdout38 files and rows.
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

import holdout38ev_neg_other
import holdout38ev_neg_side
import holdout38ev_pos_en
import holdout38ev_pos_en2
import holdout38ev_pos_intl
from holdout38ev_ics import Ev

SPLIT = "holdout38"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs = (holdout38ev_pos_en.events() + holdout38ev_pos_en2.events() + holdout38ev_pos_intl.events()
           + holdout38ev_neg_side.events() + holdout38ev_neg_other.events())
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout38")
    random.Random(38).shuffle(evs)
    return evs


def write_labels(labels: Path, rows: list[list[str]]) -> None:
    raw = labels.read_bytes().decode("utf-8") if labels.exists() else ""
    newline = "\r\n" if "\r\n" in raw[:2000] else "\n"
    kept: list[list[str]] = []
    if raw:
        reader = csv.reader(io.StringIO(raw, newline=""))
        header = next(reader)
        if header != HEADER:
            raise SystemExit(f"unexpected labels.csv header: {header}")
        for row in reader:
            if not row:
                continue
            if row[0].startswith(SPLIT + "-") or (len(row) > 7 and row[7] == SPLIT):
                continue
            kept.append(row)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(HEADER)
    w.writerows(kept)
    w.writerows(rows)
    fd, tmp = tempfile.mkstemp(prefix=".labels.", dir=str(labels.parent))
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(SPLIT + "-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        rows.append([name, ev.uid, "1" if ev.is_interview else "0", ev.company, ev.role, ev.stage,
                     ";".join(ev.interviewers), SPLIT, ev.trap])
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} events to {out}")


if __name__ == "__main__":
    main()
