"""Write the holdout118 event split: raw iCalendar files, labels.csv rows and company_forms.csv rows.

Written blind (before reading the classifier or running it). User: Grace Mensah, customer success manager in
Toronto (grace.mensah.cs@outlook.com, work grace.mensah@northpeak-analytics.ca).

Usage: python scripts/make_event_corpus_holdout118.py [--out tests/corpus/events]
Replaces only holdout118-*.ics files and split=holdout118 rows; other rows are kept in order.
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

import holdout118ev_neg_life
import holdout118ev_neg_other
import holdout118ev_neg_side
import holdout118ev_pos_ats
import holdout118ev_pos_direct
import holdout118ev_pos_hand
import holdout118ev_pos_misc
import holdout118ev_pos_sched
from holdout118ev_ics import Ev

SPLIT = "holdout118"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
POS = (
    holdout118ev_pos_ats,
    holdout118ev_pos_sched,
    holdout118ev_pos_direct,
    holdout118ev_pos_hand,
    holdout118ev_pos_misc,
)
NEG = (holdout118ev_neg_side, holdout118ev_neg_other, holdout118ev_neg_life)


def collect() -> tuple[list[Ev], dict[str, str]]:
    evs: list[Ev] = []
    forms: dict[str, str] = {}
    for mod in POS:
        evs.extend(mod.events())
        forms.update(mod.FORMS)
    for mod in NEG:
        evs.extend(mod.events())
    return evs, forms


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def check(evs: list[Ev], forms: dict[str, str]) -> None:
    import icalendar

    uids: set[str] = set()
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev.text)
        parsed = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if parsed != {ev.uid}:
            raise SystemExit(f"{ev.kind}: label uid {ev.uid!r} but file has {parsed!r}")
        for c in cal.walk("VEVENT"):
            if c.get("DTSTART") is None or not str(c.get("SUMMARY", "")):
                raise SystemExit(f"{ev.kind}: VEVENT without DTSTART or SUMMARY")
        if ev.uid in uids:
            raise SystemExit(f"duplicate uid {ev.uid}")
        uids.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
        if ev.is_interview:
            if not ev.company or ev.company not in forms:
                raise SystemExit(f"{ev.kind}: company {ev.company!r} missing from FORMS")
            if "user-as-interviewer" in ev.trap:
                raise SystemExit(f"{ev.kind}: positive marked user-as-interviewer")
        elif ev.company or ev.role or ev.stage or ev.interviewers:
            raise SystemExit(f"{ev.kind}: negative with interview fields")
        if ev.interviewers != ev.interviewers.lower():
            raise SystemExit(f"{ev.kind}: interviewers must be lower-case")
    used = {e.company for e in evs if e.is_interview}
    extra = set(forms) - used
    if extra:
        raise SystemExit(f"FORMS for unused companies: {sorted(extra)}")


def read_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames and list(reader.fieldnames) != header:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        return [row for row in reader if row.get("split") != SPLIT]


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs, forms = collect()
    check(evs, forms)
    random.Random(118118).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels = read_rows(out / "labels.csv", LABEL_HEADER)
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        atomic_write(out / name, ev.text)
        labels.append({
            "file": name, "uid": ev.uid, "is_interview": str(ev.is_interview), "company": ev.company,
            "role": ev.role, "stage": ev.stage, "interviewers": ev.interviewers, "split": SPLIT, "trap": ev.trap,
        })
    write_rows(out / "labels.csv", LABEL_HEADER, labels)

    form_rows = read_rows(out / "company_forms.csv", FORMS_HEADER)
    for company in sorted(forms):
        form_rows.append({"split": SPLIT, "company": company, "forms": forms[company]})
    write_rows(out / "company_forms.csv", FORMS_HEADER, form_rows)

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
