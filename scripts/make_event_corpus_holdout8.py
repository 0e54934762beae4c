"""Write the holdout8 event corpus (issue 4): ~100 raw .ics files and their `holdout8` rows in labels.csv.

Written blind (without reading the classifier, its tests or other corpora) for the user Sam Rivera
(sam.rivera@outlook.com, sam@fabrikam-analytics.io at Fabrikam Analytics). Deterministic: the same files and
rows on every run. Only holdout8-*.ics files and rows with split holdout8 are replaced.
Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout8.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from pathlib import Path

import holdout8_neg_other
import holdout8_neg_side
import holdout8_pos_en
import holdout8_pos_intl
from holdout8_ics import SAM_PRIVATE, SAM_WORK, Ev, label_uid, render

SPLIT = "holdout8"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    """Returns every holdout8 event in a fixed shuffled order, so a file's number says nothing about its label."""
    evs = holdout8_pos_en.events() + holdout8_pos_intl.events() + holdout8_neg_side.events()
    evs += holdout8_neg_other.events()
    random.Random(20261122).shuffle(evs)
    return evs


def _check(ev: Ev) -> None:
    """Raises ValueError when a label contradicts the event (a user address as interviewer, a bad stage)."""
    if ev.stage not in STAGES:
        raise ValueError(f"{ev.kind}: stage {ev.stage!r}")
    if not ev.pos and (ev.company or ev.role or ev.stage or ev.iv):
        raise ValueError(f"{ev.kind}: a negative carries extraction labels")
    if ev.pos and not ev.company:
        raise ValueError(f"{ev.kind}: a positive without company")
    people = {w.email.lower() for w in ev.att} | ({ev.org.email.lower()} if ev.org else set())
    for iv in ev.iv:
        if iv.lower() in (SAM_PRIVATE, SAM_WORK):
            raise ValueError(f"{ev.kind}: the user as interviewer")
        if "@" in iv and iv.lower() not in people:
            raise ValueError(f"{ev.kind}: interviewer {iv} is not on the invite")


def label_rows(evs: list[Ev]) -> list[list[str]]:
    """Given the events in file order returns their labels.csv rows (one per file and UID)."""
    rows = []
    for n, ev in enumerate(evs, start=1):
        _check(ev)
        rows.append(
            [
                file_name(ev, n),
                label_uid(ev, n),
                "1" if ev.pos else "0",
                ev.company,
                ev.role,
                ev.stage,
                ";".join(ev.iv),
                SPLIT,
                ev.trap,
            ]
        )
    return rows


def file_name(ev: Ev, n: int) -> str:
    """Returns the corpus file name of the n-th event."""
    return f"{SPLIT}-{n:03d}-{ev.kind}.ics"


def _atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def merge_labels(labels: Path, rows: list[list[str]]) -> None:
    """Rewrites labels.csv atomically: every line of other splits kept verbatim, holdout8 rows replaced by `rows`."""
    if labels.exists():
        with labels.open(encoding="utf-8", newline="") as fh:
            raw = fh.read()
    else:
        raw = ",".join(HEADER) + "\r\n"
    # Keep the file's own line ends (csv writes CRLF) so other splits' lines stay byte for byte.
    eol = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += eol
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) >= 8 and fields[7] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    _atomic_write(labels, "".join(kept) + buf.getvalue())


def main() -> None:
    """Writes the holdout8 .ics files and label rows into --out."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    kinds = [ev.kind for ev in evs]
    if len(set(kinds)) != len(kinds):
        raise SystemExit("duplicate kind names")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for n, ev in enumerate(evs, start=1):
        (out / file_name(ev, n)).write_bytes(render(ev, n).encode("utf-8"))
    merge_labels(out / "labels.csv", label_rows(evs))
    pos = sum(ev.pos for ev in evs)
    print(f"wrote {len(evs)} files: {pos} interviews, {len(evs) - pos} not")


if __name__ == "__main__":
    main()
