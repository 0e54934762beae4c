"""Write the blind holdout28 event corpus (Lukas Hofer, store manager → category management) and its labels.

Run: `cd scripts && ../.venv/bin/python make_event_corpus_holdout28.py --out ../tests/corpus/events`.
Replaces only holdout28 files and rows; every other row of labels.csv is kept.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout28ev_neg_other
import holdout28ev_neg_side
import holdout28ev_pos_de
import holdout28ev_pos_intl
from holdout28ev_ics import Case

SPLIT = "holdout28"
COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_cases() -> list[Case]:
    """Given nothing, returns every holdout28 case in a fixed order."""
    return (holdout28ev_pos_de.cases() + holdout28ev_pos_intl.cases() + holdout28ev_neg_side.cases()
            + holdout28ev_neg_other.cases())


def write(out: Path) -> list[tuple[Case, str]]:
    """Given the corpus folder, writes the .ics files and labels rows; returns (case, file name) pairs."""
    cases = all_cases()
    uids = [c.uid for c in cases]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout28")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    named: list[tuple[Case, str]] = []
    for n, case in enumerate(cases, 1):
        name = f"{SPLIT}-{n:03d}-{case.kind.replace('_', '-')}.ics"
        (out / name).write_bytes(case.text.encode("utf-8"))
        named.append((case, name))
    labels = out / "labels.csv"
    with labels.open(newline="", encoding="utf-8") as fh:  # re-read right before writing: others append too
        rows = [r for r in csv.DictReader(fh) if r["split"] != SPLIT and not r["file"].startswith(f"{SPLIT}-")]
    for case, name in named:
        rows.append({"file": name, "uid": case.uid, "is_interview": "1" if case.interview else "0",
                     "company": case.company, "role": case.role, "stage": case.stage,
                     "interviewers": ";".join(case.interviewers), "split": SPLIT, "trap": case.trap})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    return named


def main() -> None:
    """Given --out, writes the corpus; prints counts per kind of case and language."""
    parser = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    named = write(args.out)
    pos = sum(1 for c, _ in named if c.interview)
    print(f"{len(named)} events: {pos} interviews, {len(named) - pos} not")
    counts: dict[tuple[str, str], int] = {}
    for c, _ in named:
        key = ("interview" if c.interview else (c.trap or "other"), c.lang)
        counts[key] = counts.get(key, 0) + 1
    for (kind, lang), k in sorted(counts.items()):
        print(f"  {kind:24s} {lang} {k}")


if __name__ == "__main__":
    main()
