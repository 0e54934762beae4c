"""Write the blind holdout42 calendar-event corpus (issue 4) and its rows in labels.csv.

Written blind (without reading the classifier, its tests, the other generators or other corpus events); CC0 1.0.
Usage: python make_event_corpus_holdout42.py [--out DIR]   (default: ../tests/corpus/events next to this script)
Replaces only holdout42-*.ics files and split=holdout42 rows.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout42ev_more
import holdout42ev_neg_other
import holdout42ev_neg_side
import holdout42ev_pos_de
import holdout42ev_pos_intl
from holdout42ev_ics import calendar, unfolded_uids
from holdout42ev_pos_de import Spec

SPLIT = "holdout42"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_specs() -> list[Spec]:
    specs = (holdout42ev_pos_de.specs() + holdout42ev_pos_intl.specs() + holdout42ev_more.specs()
             + holdout42ev_neg_side.specs() + holdout42ev_neg_other.specs())
    random.Random(4242).shuffle(specs)
    return specs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    kinds: Counter[str] = Counter()
    for n, spec in enumerate(all_specs(), start=1):
        name = f"{SPLIT}-{n:03d}-{spec.kind}.ics"
        text = calendar(spec.producer, spec.events, tz=spec.tz, method=spec.method)
        uids = sorted(set(unfolded_uids(text)))
        if len(uids) != 1 or uids[0] != spec.events[0].uid or uids[0] in seen:
            raise SystemExit(f"{name}: uid mismatch {uids}")
        seen.add(uids[0])
        (out / name).write_bytes(text.encode("utf-8"))
        kinds[("pos" if spec.is_interview else "neg") + "/" + spec.lang] += 1
        rows.append([name, uids[0], str(spec.is_interview), spec.company, spec.role, spec.stage,
                     ";".join(spec.interviewers), SPLIT, spec.trap])
    labels = out / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise SystemExit("unexpected labels.csv header")
    kept = [r for r in existing[1:] if r and r[7] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    print(f"{len(rows)} events; " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
