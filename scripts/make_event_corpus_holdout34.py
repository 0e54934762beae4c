"""Write the blind holdout34 event corpus (split holdout34) and its rows in labels.csv.

The user is Thomas Lefèvre, a journalist at L'Écho Rhodanien (Lyon) moving into corporate communications.
Deterministic: running it twice gives the same files and rows. Only holdout34 files and rows are replaced.
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

import holdout34ev_fr
import holdout34ev_intl
import holdout34ev_neg
import holdout34ev_uai
from holdout34ev_ics import Ev

SPLIT = "holdout34"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs: list[Ev] = holdout34ev_fr.events() + holdout34ev_intl.events()
    evs += holdout34ev_uai.events() + holdout34ev_neg.events()
    for ev in evs:
        unfolded = ev.text.replace("\r\n ", "")
        m = re.search(r"^UID:(.+)$", unfolded, re.M)
        if not m:
            raise SystemExit(f"no UID in {ev.kind}")
        ev.uid = m.group(1).strip()
    uids = [ev.uid for ev in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID across holdout34 files")
    random.Random(34).shuffle(evs)
    return evs


def write_labels(path: Path, rows: list[list[str]]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    if existing and existing[0] != HEADER:
        raise SystemExit(f"unexpected header in {path}")
    kept = [r for r in existing[1:] if r and not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(HEADER)
    wr.writerows(kept)
    wr.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(here / ".." / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    if not out.is_absolute():
        out = (here / out) if not out.exists() else out
    out = out.resolve()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        (out / name).write_bytes(ev.text.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ";".join(ev.interviewers),
                     SPLIT, ev.trap])
    write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} files and rows for {SPLIT}")


if __name__ == "__main__":
    main()
