"""Write the blind holdout27 event corpus (Sophie Martin, paralegal in Paris) into tests/corpus/events.

Given --out DIR, writes holdout27-NNN-<kind>.ics files and replaces only the holdout27 rows of DIR/labels.csv
(re-read right before writing, written atomically); raises SystemExit on a duplicate UID or file name.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout27ev_neg_other
import holdout27ev_neg_user
import holdout27ev_pos_fr
import holdout27ev_pos_intl
from holdout27ev_ics import Item

SPLIT = "holdout27"
COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_items() -> list[Item]:
    """Given nothing, returns every item in a fixed shuffled order (seeded, so deterministic)."""
    items = (holdout27ev_pos_fr.items() + holdout27ev_pos_intl.items() + holdout27ev_neg_user.items()
             + holdout27ev_neg_other.items())
    random.Random(2027).shuffle(items)
    return items


def _uid(text: str) -> str:
    # UIDs here are short enough never to be folded, so the first UID line is the whole value.
    match = re.search(r"^UID:(.*)\r$", text, re.MULTILINE)
    if match is None:
        raise SystemExit("event without UID")
    return match.group(1)


def write(out: Path) -> list[dict[str, str]]:
    """Given the corpus folder, writes the .ics files and returns the label rows for them."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, item in enumerate(all_items(), start=1):
        name = f"{SPLIT}-{n:03d}-{item.kind}.ics"
        (out / name).write_bytes(item.text.encode("utf-8"))
        rows.append({"file": name, "uid": _uid(item.text), "is_interview": "1" if item.is_interview else "0",
                     "company": item.company, "role": item.role, "stage": item.stage,
                     "interviewers": ";".join(item.interviewers), "split": SPLIT, "trap": item.trap})
    uids = Counter(r["uid"] for r in rows)
    if max(uids.values()) > 1:
        raise SystemExit(f"duplicate UIDs: {[u for u, c in uids.items() if c > 1]}")
    return rows


def merge_labels(labels: Path, rows: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows, rewrites it keeping every other split's rows (temp + rename)."""
    with labels.open(newline="", encoding="utf-8") as fh:
        every = list(csv.DictReader(fh))
    ours = [i for i, r in enumerate(every) if r["split"] == SPLIT or r["file"].startswith(f"{SPLIT}-")]
    kept = [r for i, r in enumerate(every) if i not in set(ours)]
    # Our rows go back where they were, so a regeneration does not reorder the other writers' rows.
    at = ours[0] if ours else len(kept)
    kept[at:at] = rows
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept)
    os.replace(tmp, labels)


def main() -> None:
    """Given command-line arguments, writes the corpus and prints counts per kind of label and language."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args()
    rows = write(args.out)
    merge_labels(args.out / "labels.csv", rows)
    items = all_items()
    langs = Counter(i.lang for i in items)
    pos = Counter(i.lang for i in items if i.is_interview)
    traps = Counter(i.trap for i in items if not i.is_interview)
    print(f"{len(rows)} files; interviews {sum(pos.values())} {dict(pos)}; languages {dict(langs)}")
    print(f"negatives {dict(traps)}")


if __name__ == "__main__":
    main()
