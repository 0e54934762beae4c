"""Write the blind holdout30 event split (Ethan Walsh) into tests/corpus/events and its rows into labels.csv.

Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout30.py --out ../tests/corpus/events
Deterministic; replaces only holdout30 files and rows.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import tempfile
from collections import Counter
from pathlib import Path

import holdout30ev_neg_other
import holdout30ev_neg_uai
import holdout30ev_pos_en
import holdout30ev_pos_en2
import holdout30ev_pos_es
import holdout30ev_pos_intl
from holdout30ev_ics import Case

SPLIT = "holdout30"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_cases() -> list[Case]:
    """Given nothing returns every holdout30 case in a fixed order (positives and negatives interleaved)."""
    pos = (holdout30ev_pos_en.cases() + holdout30ev_pos_en2.cases() + holdout30ev_pos_intl.cases()
           + holdout30ev_pos_es.cases())
    neg = holdout30ev_neg_uai.cases() + holdout30ev_neg_other.cases()
    mixed: list[Case] = []
    for i in range(max(len(pos), len(neg))):
        mixed += pos[i:i + 1] + neg[i:i + 1]
    return mixed


def write_labels(labels: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and our rows rewrites it atomically keeping every row of other splits."""
    with labels.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT and not r["file"].startswith(SPLIT + "-")]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)


def main() -> None:
    """Given --out writes the .ics files and the labels rows, then prints counts per kind of case."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path("../tests/corpus/events"))
    out: Path = parser.parse_args().out
    cases = all_cases()
    uids = [c.uid for c in cases]
    assert len(set(uids)) == len(uids), "duplicate UID"
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, case in enumerate(cases, 1):
        name = f"{SPLIT}-{n:03d}-{case.kind}.ics"
        (out / name).write_bytes(case.text.encode("utf-8"))
        rows.append({"file": name, "uid": case.uid, "is_interview": "1" if case.is_interview else "0",
                     "company": case.company, "role": case.role, "stage": case.stage,
                     "interviewers": ";".join(case.interviewers), "split": SPLIT, "trap": case.trap})
    write_labels(out / "labels.csv", rows)
    print(len(cases), "events;", sum(c.is_interview for c in cases), "interviews")
    print("languages:", dict(Counter(c.lang for c in cases)))
    print("by label/lang:", dict(Counter((c.is_interview, c.lang) for c in cases)))
    print("traps:", dict(Counter(c.trap or "-" for c in cases)))


if __name__ == "__main__":
    main()
