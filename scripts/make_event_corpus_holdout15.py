"""Write the blind holdout15 event corpus (user Sofia Esposito) and its rows in labels.csv.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout15.py --out ../tests/corpus/events
Deterministic; replaces only holdout15 files and rows. CC0 1.0; all people and companies are invented.
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

import holdout15ev_neg_other
import holdout15ev_neg_side
import holdout15ev_pos_de
import holdout15ev_pos_en
import holdout15ev_pos_fres
import holdout15ev_pos_more
from holdout15ev_ics import Item

SPLIT = "holdout15"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every holdout15 item in a fixed shuffled order."""
    items = (holdout15ev_pos_en.items() + holdout15ev_pos_de.items() + holdout15ev_pos_fres.french()
             + holdout15ev_pos_fres.spanish() + holdout15ev_pos_more.items() + holdout15ev_neg_side.items()
             + holdout15ev_neg_other.practice() + holdout15ev_neg_other.life())
    uids = [it[2] for it in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout15")
    random.Random(15015).shuffle(items)
    return items


def write_labels(labels: Path, rows: list[list[str]]) -> None:
    """Given labels.csv and our rows replaces the holdout15 rows atomically, keeping every other row."""
    with labels.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    if not existing or existing[0] != HEADER:
        raise SystemExit(f"unexpected header in {labels}")
    kept = [row for row in existing[1:] if not (len(row) > 7 and row[7] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(kept)
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(buf.getvalue())
    os.replace(tmp, labels)


def main() -> None:
    """Given --out writes holdout15-NNN-<kind>.ics files there and updates its labels.csv."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    out: Path = parser.parse_args().out
    for old in out.glob("holdout15-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, (kind, lang, uid, text, is_iv, company, role, stage, ivs) in enumerate(all_items(), start=1):
        name = f"holdout15-{n:03d}-{kind}.ics"
        (out / name).write_bytes(text.encode("utf-8"))
        rows.append([name, uid, "1" if is_iv else "0", company, role, stage, ";".join(ivs), SPLIT,
                     f"{kind}-{lang}" if not kind.endswith(f"-{lang}") else kind])
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} holdout15 events")


if __name__ == "__main__":
    main()
