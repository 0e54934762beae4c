"""Write the blind holdout33 event corpus (issue 4) and its rows in labels.csv.

Written without reading the classifier, its tests, the other generators or the existing .ics files.
Deterministic: the same files and rows on every run. Replaces only its own files and rows (split holdout33).
Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout33.py [--out ../tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout33ev_neg_other
import holdout33ev_neg_uai
import holdout33ev_pos_en
import holdout33ev_pos_es
import holdout33ev_pos_es2
import holdout33ev_pos_intl
from holdout33ev_ics import Ev

SPLIT = "holdout33"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout33ev_pos_es, holdout33ev_pos_es2, holdout33ev_pos_en, holdout33ev_pos_intl,
                holdout33ev_neg_uai, holdout33ev_neg_other):
        evs += mod.events()
    return evs


def check(evs: list[Ev]) -> None:
    uids = [ev.uid() for ev in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout33")
    for ev in evs:
        if ev.stage not in STAGES:
            raise SystemExit(f"bad stage {ev.stage!r} in {ev.kind}")
        if not ev.pos and (ev.company or ev.role or ev.stage or ev.ivs):
            raise SystemExit(f"negative with extraction labels: {ev.kind}")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    evs = all_events()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, ev in enumerate(evs, start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text().encode("utf-8"))
        rows.append([name, ev.uid(), "1" if ev.pos else "0", ev.company if ev.pos else "", ev.role if ev.pos else "",
                     ev.stage if ev.pos else "", ";".join(ev.ivs) if ev.pos else "", SPLIT, ev.trap])
    labels = out / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as fh:  # re-read right before writing
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise SystemExit("unexpected labels.csv header")
    kept = [r for r in existing[1:] if not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(kept)
    w.writerows(rows)
    write_atomic(labels, buf.getvalue())
    kinds = Counter(("pos" if ev.pos else "neg", ev.lang) for ev in evs)
    print(f"{len(evs)} events; " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
