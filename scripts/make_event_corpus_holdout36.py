"""Write the holdout36 event corpus: ~110 blind .ics files and their rows in labels.csv.

Written blind (the author did not read the classifier, its tests, other generators or other corpus events).
User: Isabel Cortés, site civil engineer at Construcciones Giralda S.A. (Seville) moving into renewable-energy
project management. Deterministic: the same files and rows on every run; replaces only its own files and rows.
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

import holdout36ev_neg2  # noqa: F401  (registers negatives)
import holdout36ev_pos2  # noqa: F401  (registers interviews)
import holdout36ev_pos3  # noqa: F401  (registers interviews)
from holdout36ev_ical import auto_tz, calendar
from holdout36ev_pos import ROWS

SPLIT = "holdout36"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def build() -> list[tuple[str, str, dict[str, str]]]:
    """Return (file name, ics text, label row) in a fixed shuffled order."""
    rows = list(ROWS)
    random.Random(36036).shuffle(rows)
    out: list[tuple[str, str, dict[str, str]]] = []
    for n, (kind, _lang, prod, evs, lab, method, xwr) in enumerate(rows, start=1):
        name = f"{SPLIT}-{n:03d}-{kind}.ics"
        text = calendar(prod, evs, method=method, xwr=xwr, tzblocks=auto_tz(evs))
        row = {"file": name, "uid": evs[0].uid, "is_interview": lab["is_interview"], "company": lab["company"],
               "role": lab["role"], "stage": lab["stage"], "interviewers": lab["interviewers"], "split": SPLIT,
               "trap": lab["trap"]}
        out.append((name, text, row))
    return out


def write_labels(path: Path, mine: list[dict[str, str]]) -> None:
    """Re-read labels.csv, keep every row of other splits, replace ours; write atomically."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or FIELDS)
        keep = [r for r in reader if r.get("split") != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(keep)
    writer.writerows(mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> int:
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    built = build()
    for name, text, _row in built:
        (out / name).write_bytes(text.encode("utf-8"))
    write_labels(out / "labels.csv", [row for _n, _t, row in built])
    print(f"{len(built)} files written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
