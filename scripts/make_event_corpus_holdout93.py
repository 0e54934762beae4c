"""Write the blind event split holdout93 (Thomas Vermeulen, policy officer in Brussels).

Replaces only tests/corpus/events/holdout93-*.ics, the split=holdout93 rows of labels.csv and of
company_forms.csv; other splits' files and rows are kept as they are. Run from anywhere:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout93.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout93ev_neg_other
import holdout93ev_neg_side
import holdout93ev_pos_eu
import holdout93ev_pos_mix
import holdout93ev_pos_org
from holdout93ev_forms import FORMS
from holdout93ev_ics import Ev

SPLIT = "holdout93"
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS_CSV = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def collect() -> list[Ev]:
    events: list[Ev] = []
    for mod in (holdout93ev_pos_eu, holdout93ev_pos_org, holdout93ev_pos_mix, holdout93ev_neg_side,
                holdout93ev_neg_other):
        events.extend(mod.build())
    random.Random(9393).shuffle(events)
    return events


def check(events: list[Ev], names: list[str]) -> None:
    import icalendar

    seen: set[str] = set()
    for ev, name in zip(events, names, strict=True):
        cal = icalendar.Calendar.from_ical(ev.text)
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if ev.uid not in uids:
            raise SystemExit(f"{name}: label uid {ev.uid!r} not in {uids}")
        if ev.uid in seen:
            raise SystemExit(f"{name}: duplicate uid {ev.uid}")
        seen.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"{name}: bad stage {ev.stage}")
        if ev.is_interview and not ev.trap:
            raise SystemExit(f"{name}: no trap kind")
        if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
            raise SystemExit(f"{name}: negative with interview fields")
    missing = {e.company for e in events if e.is_interview and e.company} - set(FORMS)
    if missing:
        raise SystemExit(f"no forms row for {sorted(missing)}")


def rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get(split_col) != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def people(cell: str) -> str:
    return ";".join(x.lower() if "@" in x else x for x in cell.split(";"))


def main() -> None:
    events = collect()
    names = [f"{SPLIT}-{i:03d}-{ev.kind}.ics" for i, ev in enumerate(events, 1)]
    check(events, names)
    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev, name in zip(events, names, strict=True):
        atomic_write(EVDIR / name, ev.text)
    rows = [{"file": n, "uid": e.uid, "is_interview": str(e.is_interview), "company": e.company, "role": e.role,
             "stage": e.stage, "interviewers": people(e.interviewers),
             "split": SPLIT, "trap": e.trap} for e, n in zip(events, names, strict=True)]
    rewrite_csv(LABELS, LABEL_HEADER, "split", rows)
    used = sorted({e.company for e in events if e.is_interview and e.company})
    rewrite_csv(FORMS_CSV, FORMS_HEADER, "split",
                [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in used])
    pos = sum(e.is_interview for e in events)
    side = sum("user-as-interviewer" in e.trap for e in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} companies")


if __name__ == "__main__":
    main()
