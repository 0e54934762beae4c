#!/usr/bin/env python3
"""Write the holdout60 blind calendar-event split (issue 4).

The user is Lucía Ferreira Gómez, a junior architect in Valencia (free-mail
lucia.ferreira.gomez@hotmail.com, work lferreira@estudioturia.es).  Every event is
raw iCalendar text written by hand in the ``holdout60ev_*`` modules; this script
checks each file's UID with icalendar, shuffles the events with a fixed seed,
replaces ``tests/corpus/events/holdout60-*.ics`` and the ``split=holdout60`` rows
of ``labels.csv`` and ``company_forms.csv`` (other rows are kept verbatim), and
writes every file atomically.

Run:  cd scripts && ../.venv/bin/python make_event_corpus_holdout60.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import holdout60ev_neg_other
import holdout60ev_neg_other2
import holdout60ev_neg_side
import holdout60ev_neg_side2
import holdout60ev_pos_en
import holdout60ev_pos_en2
import holdout60ev_pos_es
import holdout60ev_pos_es2
import holdout60ev_pos_es3
import holdout60ev_pos_frde
import icalendar
from holdout60ev_forms import FORMS
from holdout60ev_ics import Ev, render

SPLIT = "holdout60"
SEED = 60_4_2025
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS_CSV = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = (
    holdout60ev_pos_es,
    holdout60ev_pos_es2,
    holdout60ev_pos_es3,
    holdout60ev_pos_en,
    holdout60ev_pos_en2,
    holdout60ev_pos_frde,
    holdout60ev_neg_side,
    holdout60ev_neg_side2,
    holdout60ev_neg_other,
    holdout60ev_neg_other2,
)


def collect() -> list[Ev]:
    events: list[Ev] = []
    for mod in MODULES:
        events.extend(mod.events())
    uids = Counter(e.uid for e in events)
    dup = [u for u, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    for e in events:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if e.is_interview and not e.company:
            raise SystemExit(f"interview without company: {e.kind}")
        if not e.is_interview and (e.company or e.role or e.stage or e.interviewers):
            raise SystemExit(f"negative with interview fields: {e.kind}")
        if any("@" in x and x != x.lower() for x in e.interviewers.split(";")):
            raise SystemExit(f"interviewer address not lower-case in {e.kind}")
        if e.is_interview and e.company not in FORMS:
            raise SystemExit(f"no company_forms entry for {e.company!r}")
    return events


def check(ev: Ev, text: str) -> None:
    cal = icalendar.Calendar.from_ical(text)
    vevents = cal.walk("VEVENT")
    if not vevents:
        raise SystemExit(f"{ev.kind}: no VEVENT")
    found = {str(v.get("UID")) for v in vevents}
    if found != {ev.uid}:
        raise SystemExit(f"{ev.kind}: UID mismatch {found} != {ev.uid!r}")
    for v in vevents:
        v.decoded("DTSTART")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def merge_csv(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines:
            first = next(csv.reader([lines[0]]))
            if first != header:
                raise SystemExit(f"{path.name}: unexpected header {first}")
            for line in lines[1:]:
                if not line.strip():
                    continue
                row = next(csv.reader([line]), [])
                if len(row) > split_col and row[split_col] == SPLIT:
                    continue
                kept.append(line if line.endswith("\n") else line + "\n")
    out = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in new_rows)
    atomic_write(path, out.encode("utf-8"))


def main() -> int:
    events = collect()
    random.Random(SEED).shuffle(events)
    EVDIR.mkdir(parents=True, exist_ok=True)
    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        text = render(ev.text)
        check(ev, text)
        atomic_write(EVDIR / name, text.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage,
                           ev.interviewers, SPLIT, ev.trap])
    merge_csv(LABELS, LABEL_HEADER, 7, label_rows)
    companies = sorted({e.company for e in events if e.is_interview and e.company})
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    merge_csv(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    pos = sum(e.is_interview for e in events)
    side = sum("user-as-interviewer" in e.trap for e in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user as interviewer), {len(companies)} employers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
