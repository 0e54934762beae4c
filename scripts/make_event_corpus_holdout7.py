"""Blind holdout7 for the event classifier (issue 4): raw iCalendar text as real producers emit it.

Given --out DIR (default tests/corpus/events), writes `holdout7-NNN-<kind>.ics` files and replaces the `holdout7`
rows of DIR/labels.csv (all other rows kept; written atomically). Deterministic: same input, same bytes.
Written by an author who did not read the classifier, its tests, the other generators or their .ics files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from holdout7_events_intl import INTL
from holdout7_events_neg import N
from holdout7_events_pos import P
from holdout7_events_pos2 import P2
from holdout7_events_side import S
from holdout7_ics import Label

SPLIT = "holdout7"
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


@dataclass
class Spec:
    """One corpus file: its kind and language, the raw text and one label per UID."""

    kind: str
    lang: str
    text: str
    labels: dict[str, Label] = field(default_factory=dict)


def write_corpus(out: Path, specs: list[Spec]) -> list[dict[str, str]]:
    """Given the output folder and the specs, writes the .ics files and returns the label rows."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, spec in enumerate(specs, start=1):
        name = f"{SPLIT}-{n:03d}-{spec.kind}.ics"
        (out / name).write_bytes(spec.text.encode("utf-8"))
        for uid, lab in spec.labels.items():
            rows.append(
                {
                    "file": name,
                    "uid": uid,
                    "is_interview": "1" if lab.is_interview else "0",
                    "company": lab.company,
                    "role": lab.role,
                    "stage": lab.stage,
                    "interviewers": ";".join(lab.interviewers),
                    "split": SPLIT,
                    "trap": lab.trap,
                }
            )
    return rows


def replace_rows(labels_csv: Path, rows: list[dict[str, str]]) -> tuple[int, int]:
    """Given labels.csv and this split's rows, keeps every other row and writes atomically; returns (kept, added)."""
    kept: list[dict[str, str]] = []
    if labels_csv.exists():
        with labels_csv.open(newline="", encoding="utf-8") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get("split") != SPLIT]
    tmp = labels_csv.with_suffix(".csv.tmp")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=LABEL_FIELDS)  # csv default CRLF, like the existing file
        writer.writeheader()
        writer.writerows(kept)
        writer.writerows(rows)
    os.replace(tmp, labels_csv)
    return len(kept), len(rows)


def check(specs: list[Spec]) -> None:
    """Given the specs, raises ValueError when a label names a UID that its file does not contain."""
    for spec in specs:
        for uid in spec.labels:
            if f"UID:{uid}" not in spec.text.replace("\r\n ", ""):
                raise ValueError(f"{spec.kind}: UID {uid} not in text")


def main() -> None:
    """Parses --out, writes the corpus and prints counts per kind of truth and language."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = parser.parse_args()
    entries = P + P2 + INTL + S + N
    random.Random(7).shuffle(entries)  # so that file numbers say nothing about the truth
    specs = [Spec(kind, lang, text, labels) for kind, lang, text, labels in entries]
    check(specs)
    rows = write_corpus(args.out, specs)
    kept, added = replace_rows(args.out / "labels.csv", rows)
    digest = hashlib.sha256("".join(s.text for s in specs).encode()).hexdigest()[:12]
    print(f"{len(specs)} files, {added} rows (kept {kept} other rows), sha256 {digest}")
    truth = Counter(
        ("interview" if any(lab.is_interview for lab in s.labels.values()) else "not", s.lang) for s in specs
    )
    kinds = Counter(s.kind for s in specs)
    traps = Counter(lab.trap for s in specs for lab in s.labels.values() if not lab.is_interview)
    print("files by truth and language:", dict(sorted(truth.items())))
    print("files by kind:", dict(sorted(kinds.items())))
    print("negative UIDs by trap:", dict(sorted(traps.items())))


if __name__ == "__main__":
    main()
