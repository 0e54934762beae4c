"""Write the holdout32 event corpus (issue 4): raw .ics files plus label rows with split holdout32.

Written blind (without reading the classifier, its tests, the other generators or other corpus events).
Usage: python make_event_corpus_holdout32.py [--out DIR]   (default: ../tests/corpus/events beside this script)
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout32ev_negint
import holdout32ev_negother
import holdout32ev_posde
import holdout32ev_posen
from holdout32ev_ical import Entry

SPLIT = "holdout32"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_entries() -> list[Entry]:
    items = (holdout32ev_posde.entries() + holdout32ev_posen.entries() + holdout32ev_negint.entries()
             + holdout32ev_negother.entries())
    random.Random(3232).shuffle(items)
    return items


def first_uid(text: str) -> str:
    unfolded = re.sub(r"\r\n[ \t]", "", text)
    m = re.search(r"^UID:(.*)$", unfolded, re.M)
    if not m:
        raise ValueError("event without UID")
    return m.group(1).strip()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    uids: set[str] = set()
    for n, (kind, _lang, text, is_iv, company, role, stage, ivs, trap) in enumerate(all_entries(), start=1):
        name = f"{SPLIT}-{n:03d}-{kind}.ics"
        (out / name).write_bytes(text.encode("utf-8"))
        uid = first_uid(text)
        if uid in uids:
            raise ValueError(f"duplicate UID {uid}")
        uids.add(uid)
        rows.append([name, uid, str(is_iv), company, role, stage, ivs, SPLIT, trap])
    labels = out / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise ValueError("unexpected labels.csv header")
    kept = [r for r in existing[1:] if r and not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(kept + rows)
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    print(f"wrote {len(rows)} events ({sum(1 for r in rows if r[2] == '1')} interviews) to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
