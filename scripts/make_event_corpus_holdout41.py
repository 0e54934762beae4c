"""Write the blind holdout41 calendar-event corpus (issue 4) and its labels.csv rows.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout41.py [--out ../tests/corpus/events]
Replaces only holdout41-*.ics files and rows whose split is holdout41; every other row is kept.
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

import holdout41ev_extra
import holdout41ev_neg_other
import holdout41ev_neg_side
import holdout41ev_pos_es
import holdout41ev_pos_intl
from holdout41ev_ics import Ev

SPLIT = "holdout41"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs = (holdout41ev_pos_es.build() + holdout41ev_pos_intl.build() + holdout41ev_neg_side.build()
           + holdout41ev_neg_other.build() + holdout41ev_extra.build())
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout41")
    random.Random(41041).shuffle(evs)
    return evs


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / ".." / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ";".join(ev.interviewers),
                     SPLIT, ev.trap])
    labels = out / "labels.csv"
    existing: list[list[str]] = []
    if labels.exists():  # re-read right before writing: other writers append their own splits
        with labels.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is not None and header != HEADER:
                raise SystemExit(f"unexpected labels.csv header: {header}")
            existing = [r for r in reader if r and not (len(r) > 7 and r[7] == SPLIT)
                        and not r[0].startswith(f"{SPLIT}-")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(existing)
    w.writerows(rows)
    write_atomic(labels, buf.getvalue().encode("utf-8"))
    print(f"{len(rows)} {SPLIT} events written to {out}")


if __name__ == "__main__":
    main()
