"""Write the blind holdout26 event corpus (Diego Serrano) and its rows in labels.csv.

Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout26.py --out ../tests/corpus/events
Replaces only files named holdout26-* and rows whose split is holdout26; every other row is kept.
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

import holdout26ev_neg_other
import holdout26ev_neg_user
import holdout26ev_pos_defr
import holdout26ev_pos_en
import holdout26ev_pos_es
from holdout26ev_ics import Item

SPLIT = "holdout26"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing returns every holdout26 item in a fixed, interleaved order (positives and negatives mixed)."""
    groups = [holdout26ev_pos_en.items(), holdout26ev_neg_user.items(), holdout26ev_pos_es.items(),
              holdout26ev_neg_other.items(), holdout26ev_pos_defr.items()]
    out: list[Item] = []
    while any(groups):
        for g in groups:
            if g:
                out.append(g.pop(0))
    return out


def write_corpus(out_dir: Path) -> list[list[str]]:
    """Given the corpus folder writes the .ics files and returns their label rows; raises ValueError on a dup UID."""
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for n, it in enumerate(all_items(), start=1):
        if it.uid in seen:
            raise ValueError(f"duplicate uid {it.uid}")
        seen.add(it.uid)
        name = f"{SPLIT}-{n:03d}-{it.kind}.ics"
        (out_dir / name).write_bytes(it.text.encode("utf-8"))
        rows.append([name, it.uid, "true" if it.pos else "false", it.company, it.role, it.stage, it.ivs, SPLIT,
                     it.trap])
    return rows


def merge_labels(labels: Path, rows: list[list[str]]) -> None:
    """Given labels.csv and this split's rows rewrites the file atomically keeping every other split's rows."""
    with labels.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.reader(fh)]
    header, body = kept[0], [r for r in kept[1:] if r and r[7] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(body)
    w.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.chmod(tmp, 0o644)  # mkstemp makes 0600; the file is shared with the other writers
    os.replace(tmp, labels)


def main() -> None:
    """Given --out writes the corpus and labels and prints counts per kind of trap and language."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows = write_corpus(args.out)
    merge_labels(args.out / "labels.csv", rows)
    items = all_items()
    print(f"{len(rows)} files; interviews {sum(i.pos for i in items)}, not {sum(not i.pos for i in items)}")
    print("languages:", dict(Counter(i.lang for i in items)))
    print("positive languages:", dict(Counter(i.lang for i in items if i.pos)))
    print("negative traps:", dict(Counter(i.trap for i in items if not i.pos)))
    print("positive traps:", dict(Counter(i.trap or "-" for i in items if i.pos)))


if __name__ == "__main__":
    main()
