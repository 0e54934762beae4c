#!/usr/bin/env python3
"""Write the holdout74 event split (issue 4): raw iCalendar files, labels and accepted company forms.

Written blind (without reading the classifier, the other generators or their files) for the user
Reto Brunner (reto.brunner@bluewin.ch / reto.brunner@bekb-infra.ch), IT infrastructure lead at a cantonal
bank in Bern looking for Head of IT / IT operations manager roles in Switzerland. CC0 1.0.

Usage: python scripts/make_event_corpus_holdout74.py [--out tests/corpus/events]

Replaces only holdout74-*.ics and the split=holdout74 rows of labels.csv and company_forms.csv; every
other file and row is kept as it is.
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

import holdout74ev_neg_other1
import holdout74ev_neg_other2
import holdout74ev_neg_other3
import holdout74ev_neg_side1
import holdout74ev_neg_side2
import holdout74ev_pos_ats1
import holdout74ev_pos_ats2
import holdout74ev_pos_direct1
import holdout74ev_pos_direct2
import holdout74ev_pos_more
import holdout74ev_pos_shapes
from holdout74ev_forms import FORMS
from holdout74ev_ics import Ev

SPLIT = "holdout74"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

POSITIVE_MODULES = (
    holdout74ev_pos_ats1,
    holdout74ev_pos_ats2,
    holdout74ev_pos_direct1,
    holdout74ev_pos_direct2,
    holdout74ev_pos_shapes,
    holdout74ev_pos_more,
)
SIDE_MODULES = (holdout74ev_neg_side1, holdout74ev_neg_side2)
OTHER_MODULES = (holdout74ev_neg_other1, holdout74ev_neg_other2, holdout74ev_neg_other3)


def collect() -> list[Ev]:
    pos = [e for m in POSITIVE_MODULES for e in m.events()]
    side = [e for m in SIDE_MODULES for e in m.events()]
    other = [e for m in OTHER_MODULES for e in m.events()]
    for e in pos:
        assert e.is_interview == 1 and e.company, e.kind
        assert e.company in FORMS, f"no company_forms entry for {e.company!r}"
    for e in side:
        assert e.is_interview == 0 and "user-as-interviewer" in e.trap, e.kind
    for e in other:
        assert e.is_interview == 0 and "user-as-interviewer" not in e.trap, e.kind
    for e in side + other:
        assert not (e.company or e.role or e.stage or e.interviewers), e.kind
    allev = pos + side + other
    for e in allev:
        assert e.stage in STAGES, (e.kind, e.stage)
        assert e.trap, e.kind
    uids = [e.uid for e in allev]
    assert len(set(uids)) == len(uids), "duplicate UID"
    kinds = [e.kind for e in allev]
    assert len(set(kinds)) == len(kinds), "duplicate kind"
    return allev


def check_ics(ev: Ev) -> None:
    """Parse the file as a reader would and make sure the label's UID is what it reads."""
    from icalendar import Calendar

    cal = Calendar.from_ical(ev.ics)
    found = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    assert found, f"{ev.kind}: no VEVENT"
    assert all(u == ev.uid for u in found), f"{ev.kind}: UID mismatch {found!r} != {ev.uid!r}"
    assert ev.ics.endswith("\r\n") and "\r\n" in ev.ics


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def merge_csv(path: Path, header: list[str], split_col: str, new_rows: list[list[str]]) -> None:
    """Keep the header and every row of other splits, drop this split's old rows, append the new ones."""
    newline = "\n"
    kept: list[list[str]] = []
    if path.exists():
        raw = path.read_bytes().decode("utf-8")
        first = raw.split("\n", 1)[0]
        if first.endswith("\r"):
            newline = "\r\n"
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        if rows:
            assert rows[0] == header, f"{path.name}: unexpected header {rows[0]!r}"
            idx = header.index(split_col)
            kept = [r for r in rows[1:] if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator=newline)
    w.writerow(header)
    w.writerows(kept)
    w.writerows(new_rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    events = collect()
    random.Random(7474).shuffle(events)

    labels: list[list[str]] = []
    names: set[str] = set()
    for i, ev in enumerate(events, 1):
        check_ics(ev)
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        names.add(name)
        atomic_write(out / name, ev.ics.encode("utf-8"))
        interviewers = ";".join(x.lower() if "@" in x else x for x in ev.interviewers)
        labels.append([
            name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, interviewers, SPLIT, ev.trap,
        ])
    for old in out.glob(f"{SPLIT}-*.ics"):
        if old.name not in names:
            old.unlink()

    merge_csv(out / "labels.csv", LABEL_HEADER, "split", labels)
    used = sorted({ev.company for ev in events if ev.is_interview})
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in used]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms_rows)

    n_pos = sum(ev.is_interview for ev in events)
    n_side = sum("user-as-interviewer" in ev.trap for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_pos} interviews ({len(used)} employers), "
        f"{len(events) - n_pos} negatives ({n_side} with the user on the hiring side)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
