"""Write the train16 split of the event corpus (issue 4): Javier Morales, head chef moving into food-tech ops.

Writes tests/corpus/events/train16-NNN-<kind>.ics (raw iCalendar text) and replaces the train16 rows of
labels.csv, keeping every other row. Deterministic: the same files and rows on every run.

    python scripts/make_event_corpus_train16.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from pathlib import Path

import train16ev_neg_host
import train16ev_neg_other
import train16ev_pos_es1
import train16ev_pos_es2
import train16ev_pos_intl
from train16ev_ical import Item

SPLIT = "train16"
HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
HERE = Path(__file__).resolve().parent


def all_items() -> list[Item]:
    items = (train16ev_pos_es1.items() + train16ev_pos_es2.items() + train16ev_pos_intl.items()
             + train16ev_neg_host.items() + train16ev_neg_other.items())
    random.Random(16_2026).shuffle(items)
    return items


def row(name: str, it: Item) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(
        [name, it.uid, it.is_interview, it.company, it.role, it.stage, ";".join(it.interviewers), SPLIT, it.trap])
    return buf.getvalue()


def write_labels(path: Path, rows: list[str]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + "\n"
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != HEADER:
        raise SystemExit(f"unexpected header in {path}")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]))
        if len(fields) >= 8 and fields[7] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    fd, tmp = tempfile.mkstemp(prefix=".labels-", suffix=".tmp", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=HERE.parent / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    items = all_items()
    uids = [it.uid for it in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[str] = []
    for n, it in enumerate(items, 1):
        name = f"{SPLIT}-{n:03d}-{it.kind.replace('_', '-')}.ics"
        (out / name).write_bytes(it.ics.encode("utf-8"))
        rows.append(row(name, it))
    write_labels(out / "labels.csv", rows)
    pos = sum(it.is_interview for it in items)
    print(f"{len(items)} files, {pos} interviews, {len(items) - pos} not")


if __name__ == "__main__":
    main()
