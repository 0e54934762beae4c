"""Write the blind holdout31 event corpus (issue 4) and its rows in labels.csv.

Written by an author who did not read the classifier, its tests, the other generators or other corpus events.
User: Olivia Bennett, primary-school teacher (Oakfield Primary School, Manchester) moving into instructional design /
L&D / edtech content. Deterministic; replaces only its own files and rows.

Usage: python make_event_corpus_holdout31.py [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from collections import Counter
from pathlib import Path

import holdout31ev_neg_other
import holdout31ev_neg_side
import holdout31ev_pos_en
import holdout31ev_pos_en2
import holdout31ev_pos_intl
import holdout31ev_pos_more
from holdout31ev_ics import EVENTS

SPLIT = "holdout31"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    EVENTS.clear()
    for mod in (holdout31ev_pos_en, holdout31ev_pos_en2, holdout31ev_pos_intl, holdout31ev_pos_more,
                holdout31ev_neg_side,
                holdout31ev_neg_other):
        mod.build()
    uids = [e.uid for e in EVENTS]
    assert len(set(uids)) == len(uids), "duplicate UID"
    order = list(range(len(EVENTS)))
    random.Random(3131).shuffle(order)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, idx in enumerate(order, 1):
        ev = EVENTS[idx]
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        lab = ev.label
        rows.append([name, ev.uid, str(lab.is_interview), lab.company, lab.role, lab.stage,
                     ";".join(lab.interviewers), SPLIT, lab.trap])
    labels = out / "labels.csv"
    raw = io.StringIO(labels.read_text(encoding="utf-8")).readlines()
    assert next(csv.reader([raw[0]])) == HEADER, raw[0]
    keep: list[str] = []
    for line in raw[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) > 7 and parsed[7] == SPLIT:
            continue
        keep.append(line if line.endswith("\n") else line + "\n")
    buf = io.StringIO()
    buf.write(raw[0])
    buf.writelines(keep)
    csv.writer(buf, lineterminator="\n").writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=str(out), prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.chmod(tmp, 0o644)
    os.replace(tmp, labels)
    pos = sum(e.label.is_interview for e in EVENTS)
    print(f"{len(EVENTS)} events: {pos} interviews, {len(EVENTS) - pos} not")
    print("positives by lang:", dict(Counter(e.lang for e in EVENTS if e.label.is_interview)))
    print("negatives by lang:", dict(Counter(e.lang for e in EVENTS if not e.label.is_interview)))
    print("negative traps:", dict(Counter(e.label.trap for e in EVENTS if not e.label.is_interview)))


if __name__ == "__main__":
    main()
