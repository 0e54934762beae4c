"""Write the holdout138 event split: tests/corpus/events/holdout138-*.ics plus its rows of labels.csv and
company_forms.csv.

Written blind (before reading the classifier or running it on these events). The user is Santiago Restrepo
Gómez, a software developer at a fintech in Medellín (santiago.restrepo.dev@gmail.com, srestrepo@pagaya-fintech.co).
Each event is raw iCalendar text from the holdout138ev_* modules. Only holdout138 files and rows are replaced;
other splits' rows are kept as they are.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout138.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout138ev_neg_a
import holdout138ev_neg_b
import holdout138ev_neg_c
import holdout138ev_neg_d
import holdout138ev_pos_a
import holdout138ev_pos_a2
import holdout138ev_pos_b
import holdout138ev_pos_c
import holdout138ev_pos_d
from holdout138ev_common import Ev, render
from holdout138ev_forms import FORMS
from icalendar import Calendar

SPLIT = "holdout138"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    events: list[Ev] = []
    for mod in (
        holdout138ev_pos_a,
        holdout138ev_pos_a2,
        holdout138ev_pos_b,
        holdout138ev_pos_c,
        holdout138ev_pos_d,
        holdout138ev_neg_a,
        holdout138ev_neg_b,
        holdout138ev_neg_c,
        holdout138ev_neg_d,
    ):
        events += mod.EVENTS
    return events


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


def parsed_uid(text: str) -> str:
    """The UID as a parser reads it; every VEVENT of one file must share it."""
    cal = Calendar.from_ical(text)
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if len(uids) != 1:
        raise SystemExit(f"expected one UID per file, got {uids}")
    return uids.pop()


def check(ev: Ev) -> None:
    if ev.stage not in STAGES:
        raise SystemExit(f"bad stage {ev.stage!r} in {ev.kind}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"interview without company: {ev.kind}")
    if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
        raise SystemExit(f"negative with interview fields: {ev.kind}")
    if ev.interviewers != ev.interviewers.lower() and "@" in ev.interviewers:
        raise SystemExit(f"interviewers must be lower-case: {ev.kind}")


def merge_csv(path: Path, header: list[str], ours: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"unexpected header in {path}: {first}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and row[idx] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(ours)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    events = all_events()
    uids = [ev.uid for ev in events]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID across events")
    order = list(range(len(events)))
    random.Random(138).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    rows: list[list[str]] = []
    for num, i in enumerate(order, start=1):
        ev = events[i]
        check(ev)
        slug = re.sub(r"[^a-z0-9]+", "-", ev.kind.lower()).strip("-")
        name = f"{SPLIT}-{num:03d}-{slug}.ics"
        text = render(ev)
        uid = parsed_uid(text)
        if uid != ev.uid:
            raise SystemExit(f"{name}: parsed UID {uid!r} differs from the label {ev.uid!r}")
        atomic_write(EVENTS_DIR / name, text.encode("utf-8"))
        rows.append([name, uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT, ev.trap])

    companies = sorted({ev.company for ev in events if ev.is_interview and ev.company})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"company forms out of step: missing {missing}, extra {extra}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    merge_csv(LABELS, LABEL_HEADER, rows, "split")
    merge_csv(FORMS_CSV, FORMS_HEADER, form_rows, "split")

    pos = sum(ev.is_interview for ev in events)
    hiring = sum("user-as-interviewer" in ev.trap for ev in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({hiring} user-as-interviewer)")


if __name__ == "__main__":
    main()
