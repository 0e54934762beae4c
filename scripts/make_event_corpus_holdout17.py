"""Write the blind holdout17 event corpus (user Aylin Demir) into tests/corpus/events and its labels.csv rows.

Given --out DIR, writes holdout17-NNN-<kind>.ics files (numbered in a fixed shuffled order) and replaces only the
rows with split holdout17 in DIR/labels.csv (re-read right before writing, written atomically); raises
SystemExit when two events share a file name.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout17ev_neg_other
import holdout17ev_neg_side
import holdout17ev_pos_de
import holdout17ev_pos_en
import holdout17ev_pos_extra
import holdout17ev_pos_fres
from holdout17ev_ics import Event

SPLIT = "holdout17"
COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Event]:
    """Given nothing, returns every holdout17 event in a fixed shuffled order."""
    evs = [*holdout17ev_pos_en.events(), *holdout17ev_pos_de.events(), *holdout17ev_pos_fres.events(),
           *holdout17ev_pos_extra.events(), *holdout17ev_neg_side.events(), *holdout17ev_neg_other.events()]
    random.Random(1717).shuffle(evs)
    return evs


def _row(name: str, ev: Event) -> dict[str, str]:
    lab = ev.label
    trap = lab.trap or ("interview" if lab.is_interview else "negative")
    if lab.trap != "user_as_interviewer":
        trap = f"{trap}-{ev.lang}"
    return {"file": name, "uid": ev.uid, "is_interview": "1" if lab.is_interview else "0", "company": lab.company,
            "role": lab.role, "stage": lab.stage, "interviewers": ";".join(lab.interviewers), "split": SPLIT,
            "trap": trap}


def write(out: Path) -> list[tuple[str, Event]]:
    """Given the corpus folder, writes the .ics files and this split's label rows; returns (file, event) pairs."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    pairs: list[tuple[str, Event]] = []
    seen: set[str] = set()
    for i, ev in enumerate(all_events(), start=1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        if ev.uid in seen:
            raise SystemExit(f"duplicate uid {ev.uid}")
        seen.add(ev.uid)
        (out / name).write_bytes(ev.text.encode("utf-8"))
        pairs.append((name, ev))
    labels = out / "labels.csv"
    with labels.open(newline="", encoding="utf-8") as fh:
        kept = [r for r in csv.DictReader(fh) if r["split"] != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=out, prefix=".labels-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(kept)
        w.writerows(_row(n, e) for n, e in pairs)
    os.replace(tmp, labels)
    return pairs


def main() -> None:
    """Given command-line arguments, writes the corpus and prints counts per kind and language."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    pairs = write(ap.parse_args().out)
    pos = sum(1 for _, e in pairs if e.label.is_interview)
    langs: dict[str, list[int]] = {}
    for _, e in pairs:
        langs.setdefault(e.lang, [0, 0])[0 if e.label.is_interview else 1] += 1
    print(f"{len(pairs)} files: {pos} interviews, {len(pairs) - pos} not")
    for lang, (p, n) in sorted(langs.items()):
        print(f"  {lang}: {p} interviews, {n} not")


if __name__ == "__main__":
    main()
