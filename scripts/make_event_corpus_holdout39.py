"""Write the blind holdout39 event corpus (issue 4) into tests/corpus/events/ and its rows into labels.csv.

Written by an author who did not read the classifier, its tests, the other generators or the existing .ics
files. Deterministic. Usage: python scripts/make_event_corpus_holdout39.py
"""

from __future__ import annotations

import csv
import io
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout39ev_extra
import holdout39ev_neg_other
import holdout39ev_neg_side
import holdout39ev_pos_fr
import holdout39ev_pos_intl
from holdout39ev_ics import Ev, render

SPLIT = "holdout39"
OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def all_events() -> list[Ev]:
    evs = (holdout39ev_pos_fr.events() + holdout39ev_pos_intl.events() + holdout39ev_extra.events()
           + holdout39ev_neg_side.events() + holdout39ev_neg_other.events())
    nums = [e.n for e in evs]
    assert len(nums) == len(set(nums)), "duplicate event numbers"
    return sorted(evs, key=lambda e: e.n)


def parsed_uids(text: str) -> set[str]:
    """UIDs as an iCalendar parser reads them (after unfolding)."""
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    return {ln[4:] for ln in unfolded.split("\r\n") if ln.startswith("UID:")}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for ev in all_events():
        uid, text = render(ev)
        name = f"{SPLIT}-{ev.n:03d}-{ev.kind}.ics"
        (OUT / name).write_bytes(text.encode("utf-8"))
        got = parsed_uids((OUT / name).read_bytes().decode("utf-8"))
        assert got == {uid}, (name, got)
        rows.append([name, uid, "1" if ev.pos else "0", ev.company if ev.pos else "", ev.role if ev.pos else "",
                     ev.stage if ev.pos else "", ";".join(ev.interviewers()), SPLIT, ev.trap])
    labels = OUT / "labels.csv"
    with labels.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    header, body = (existing[0], existing[1:]) if existing else (HEADER, [])
    assert header == HEADER, header
    keep = [r for r in body if not (len(r) > 7 and r[7] == SPLIT) and not (r and r[0].startswith(f"{SPLIT}-"))]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(keep + rows)
    fd, tmp = tempfile.mkstemp(dir=OUT, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, labels)
    print(f"wrote {len(rows)} events ({sum(1 for r in rows if r[2] == '1')} interviews), kept {len(keep)} other rows")


if __name__ == "__main__":
    main()
