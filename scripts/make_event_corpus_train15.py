"""Write the train15 event corpus: ~110 raw .ics files for Aoife Brennan and their rows in labels.csv.

Aoife is a veterinary nurse at Riverside Veterinary Hospital, Cork (abrennan@riverside-vets.ie), looking for
animal-health pharma sales, medical-liaison and clinical-operations roles (private: aoife.brennan@outlook.ie).
Deterministic: the same files and rows on every run. Only rows whose split is train15 are replaced.

Usage: python scripts/make_event_corpus_train15.py [--out DIR]
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

import train15ev_extra  # noqa: E402
import train15ev_intl  # noqa: E402
import train15ev_neg_other  # noqa: E402
import train15ev_neg_side  # noqa: E402
import train15ev_pos_en  # noqa: E402
import train15ev_pos_en2  # noqa: E402
from train15ev_ics import Ev  # noqa: E402

SPLIT = "train15"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs = [
        *train15ev_pos_en.events(),
        *train15ev_pos_en2.events(),
        *train15ev_intl.events(),
        *train15ev_neg_side.events(),
        *train15ev_neg_other.events(),
        *train15ev_extra.events(),
    ]
    random.Random(1515).shuffle(evs)
    return evs


def write_labels(path: Path, rows: list[list[str]]) -> None:
    """Re-read labels.csv, drop old train15 rows, append ours, write atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    if not existing or existing[0] != HEADER:
        raise SystemExit(f"unexpected header in {path}")
    kept = [r for r in existing[1:] if not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(kept)
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for n, ev in enumerate(all_events(), start=1):
        if ev.uid in seen:
            raise SystemExit(f"duplicate uid {ev.uid}")
        seen.add(ev.uid)
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} files and rows for {SPLIT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
