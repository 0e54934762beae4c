"""Write the blind holdout37 calendar-event corpus (issue 4): holdout37-NNN-<kind>.ics plus labels.csv rows.

User: Étienne Gagnon, QA analyst at Assurances Laurentides inc. (Montreal) moving into DevOps/SRE.
Deterministic. Replaces only its own files and its own rows (split holdout37) in labels.csv.
Usage: python make_event_corpus_holdout37.py [--out DIR]   (default: ../tests/corpus/events next to this script)
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

import holdout37ev_neg_other
import holdout37ev_neg_side
import holdout37ev_pos_en
import holdout37ev_pos_fr
import holdout37ev_pos_fr2
import holdout37ev_pos_intl
from holdout37ev_ics import Event

SPLIT = "holdout37"
HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"


def all_events() -> list[Event]:
    evs: list[Event] = []
    for mod in (holdout37ev_pos_fr, holdout37ev_pos_fr2, holdout37ev_pos_en, holdout37ev_pos_intl,
                holdout37ev_neg_side, holdout37ev_neg_other):
        evs.extend(mod.events())
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout37")
    random.Random(37).shuffle(evs)
    return evs


def row(name: str, e: Event) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow([
        name, e.uid, "1" if e.is_interview else "0", e.company, e.role, e.stage, ";".join(e.interviewers), SPLIT,
        e.trap])
    return buf.getvalue()


def write_atomic(path: Path, data: str, newline: str = "") -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
        fh.write(data)
    os.replace(tmp, path)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "../tests/corpus/events")
    out: Path = ap.parse_args().out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[str] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        write_atomic(out / name, e.text)
        rows.append(row(name, e))
    labels = out / "labels.csv"
    text = labels.read_text(encoding="utf-8") if labels.exists() else HEADER + "\n"
    kept = [ln for ln in text.splitlines(keepends=True) if not ln.startswith(f"{SPLIT}-")]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    write_atomic(labels, "".join(kept) + "".join(rows))
    print(f"{len(evs)} events written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
