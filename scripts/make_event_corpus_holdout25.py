"""Write the blind holdout25 event corpus (user Inès Moreau) and its labels.csv rows.

Given --out DIR (default ../tests/corpus/events), writes holdout25-NNN-<kind>.ics files and replaces only the
split-holdout25 rows of DIR/labels.csv (atomic temp file + rename); raises SystemExit on a duplicate UID.
Run from scripts/: ../.venv/bin/python make_event_corpus_holdout25.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout25ev_neg_a
import holdout25ev_neg_b
import holdout25ev_pos_a
import holdout25ev_pos_b
from holdout25ev_ics import ME, render, uid_for

SPLIT = "holdout25"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def interviewers(ev: dict[str, Any]) -> list[str]:
    """Given a positive event returns its interviewer emails: attendees minus the user, rooms and coordinators."""
    if "iv" in ev:
        return list(ev["iv"])
    out: list[str] = []
    for _cn, email, flag in ev.get("att", []):
        if email in ME or flag not in ("", "opt") or email in out:
            continue
        out.append(email)
    return out


def build(out_dir: Path) -> list[list[str]]:
    """Given the output folder writes every .ics file and returns the label rows."""
    events = (holdout25ev_pos_a.EVENTS + holdout25ev_pos_b.EVENTS + holdout25ev_neg_a.EVENTS
              + holdout25ev_neg_b.EVENTS)
    order = list(range(len(events)))
    random.Random(2025).shuffle(order)
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        key = f"{SPLIT}:{ev['kind']}"
        uid = ev.get("uid") or uid_for(ev, key)
        if uid in seen:
            raise SystemExit(f"duplicate uid {uid}")
        seen.add(uid)
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        (out_dir / name).write_bytes(render(ev, key).encode("utf-8"))
        is_int, company, role, stage, trap = ev["L"]
        ivs = ";".join(interviewers(ev)) if is_int else ""
        rows.append([name, uid, "true" if is_int else "false", company or "", role or "", stage or "", ivs, SPLIT,
                     trap or ""])
    return rows


def write_labels(path: Path, rows: list[list[str]]) -> None:
    """Given labels.csv and our rows, re-reads the file and replaces only this split's rows atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        existing = list(csv.reader(fh))
    header, body = existing[0], existing[1:]
    if header != HEADER:
        raise SystemExit(f"unexpected labels.csv header {header}")
    kept = [r for r in body if not (len(r) > 7 and r[7] == SPLIT)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept + rows)
    os.replace(tmp, path)


def main() -> None:
    """Given command-line arguments writes the corpus and labels."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    ap.add_argument("--no-labels", action="store_true", help="write the .ics files only")
    args = ap.parse_args()
    rows = build(args.out)
    if not args.no_labels:
        write_labels(args.out / "labels.csv", rows)
    print(f"{len(rows)} events, {sum(r[2] == 'true' for r in rows)} interviews")


if __name__ == "__main__":
    main()
