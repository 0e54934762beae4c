"""Write the train18 event corpus (issue 4): ~110 raw .ics files and their labels.csv rows.

User: Amadou Diallo, IT support team lead at Université de Bruxelles-Est (a.diallo@univ-bruxelles-est.be,
private amadou.diallo@skynet.be), moving into cloud / platform engineering roles.

Given --out DIR (default: ../tests/corpus/events relative to this file) it removes DIR/train18-*.ics, writes
train18-NNN-<kind>.ics in a fixed shuffled order, and replaces only the train18 rows of DIR/labels.csv (re-read
right before writing, written atomically). Deterministic: the same input gives byte-identical output.
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

import train18ev_neg_other
import train18ev_neg_side
import train18ev_pos_en
import train18ev_pos_fr
import train18ev_pos_intl
from train18ev_ics import Ev

SPLIT = "train18"
HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"


def all_events() -> list[Ev]:
    events = [*train18ev_pos_fr.E, *train18ev_pos_en.E, *train18ev_pos_intl.E, *train18ev_neg_side.E,
              *train18ev_neg_other.E]
    uids = [e.uid for e in events]
    dup = [k for k, v in Counter(uids).items() if v > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    for e in events:
        if e.uid not in e.text.replace("\r\n ", ""):
            raise SystemExit(f"UID not in text: {e.kind}")
    random.Random(18).shuffle(events)
    return events


def label_rows(events: list[Ev]) -> list[tuple[str, Ev]]:
    return [(f"{SPLIT}-{i:03d}-{e.kind}.ics", e) for i, e in enumerate(events, start=1)]


def write_labels(path: Path, rows: list[tuple[str, Ev]]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for name, e in rows:
        w.writerow([name, e.uid, "1" if e.is_interview else "0", e.company, e.role, e.stage,
                    ";".join(e.interviewers), SPLIT, e.trap])
    ours = buf.getvalue()
    # re-read right before writing; keep every line that is not ours exactly as it is
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + "\n"
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != HEADER:
        raise SystemExit(f"unexpected header in {path}")
    kept = [ln for ln in lines if not ln.startswith(f"{SPLIT}-")]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    fd, tmp = tempfile.mkstemp(prefix=".labels.", suffix=".tmp", dir=str(path.parent))
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
        f.write("".join(kept) + ours)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "../tests/corpus/events")
    args = ap.parse_args()
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    rows = label_rows(all_events())
    for old in sorted(out.glob(f"{SPLIT}-*.ics")):
        old.unlink()
    for name, e in rows:
        with open(out / name, "w", encoding="utf-8", newline="") as f:
            f.write(e.text)
    write_labels(out / "labels.csv", rows)
    langs = Counter(e.lang for _, e in rows)
    pos = Counter(e.lang for _, e in rows if e.is_interview)
    traps = Counter(e.trap or "-" for _, e in rows if not e.is_interview)
    print(f"{len(rows)} files: {sum(pos.values())} interviews {dict(pos)}; languages {dict(langs)}")
    print("negatives:", dict(traps))


if __name__ == "__main__":
    main()
