"""Write the blind holdout113 split of the event corpus (issue 4).

User: Hannah Okafor, director of operations at a Birmingham housing association, applying for chief
executive, COO and director roles (hannah.okafor@btinternet.com; work hannah.okafor@midlandhomes-ha.org.uk).
The events are raw iCalendar text composed in scripts/holdout113ev_*.py. This script replaces only
tests/corpus/events/holdout113-*.ics and the split=holdout113 rows of labels.csv and company_forms.csv, writes
every file atomically, and checks each label's UID against the file as icalendar parses it.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout113.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout113ev_neg_hire
import holdout113ev_neg_life
import holdout113ev_neg_work
import holdout113ev_pos_ats
import holdout113ev_pos_direct
import holdout113ev_pos_more1
import holdout113ev_pos_more2
import holdout113ev_pos_sched

SPLIT = "holdout113"
ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS / "labels.csv"
FORMS = EVENTS / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
POS = (holdout113ev_pos_ats, holdout113ev_pos_sched, holdout113ev_pos_direct, holdout113ev_pos_more1,
       holdout113ev_pos_more2)
NEG = (holdout113ev_neg_hire, holdout113ev_neg_life, holdout113ev_neg_work)


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


def collect() -> tuple[list[dict[str, str]], dict[str, list[str]]]:
    events: list[dict[str, str]] = []
    forms: dict[str, list[str]] = {}
    for mod in POS + NEG:
        events.extend(mod.events())
        forms.update(getattr(mod, "FORMS", {}))
    return events, forms


def check(events: list[dict[str, str]], forms: dict[str, list[str]]) -> None:
    seen: set[str] = set()
    for ev in events:
        cal = icalendar.Calendar.from_ical(ev["text"])
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {ev["uid"]}:
            raise SystemExit(f"UID mismatch in {ev['kind']}: label {ev['uid']!r}, file {uids!r}")
        if ev["uid"] in seen:
            raise SystemExit(f"duplicate UID {ev['uid']}")
        seen.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"bad stage {ev['stage']!r} in {ev['kind']}")
        if ev["is_interview"] == "1" and not ev["company"]:
            raise SystemExit(f"interview without company: {ev['kind']}")
        if ev["is_interview"] == "0" and (ev["company"] or ev["stage"] or ev["interviewers"] or ev["role"]):
            raise SystemExit(f"negative with interview fields: {ev['kind']}")
    companies = {ev["company"] for ev in events if ev["is_interview"] == "1"}
    if companies != set(forms):
        raise SystemExit(f"forms/companies differ: {sorted(companies ^ set(forms))}")


def rewrite_csv(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        existing = list(csv.reader(fh))
    if not existing or existing[0] != header:
        raise SystemExit(f"unexpected header in {path}")
    kept = [r for r in existing[1:] if r and r[split_col] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    events, forms = collect()
    check(events, forms)
    random.Random(113).shuffle(events)
    for old in EVENTS.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        atomic_write(EVENTS / name, ev["text"])
        label_rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    rewrite_csv(LABELS, LABEL_HEADER, 7, label_rows)
    form_rows = [[SPLIT, company, "|".join(forms[company])] for company in sorted(forms)]
    rewrite_csv(FORMS, FORMS_HEADER, 0, form_rows)
    # Re-read what was written: every labelled UID must be the one icalendar reads from the file.
    for r in label_rows:
        cal = icalendar.Calendar.from_ical((EVENTS / r[0]).read_bytes())
        if {str(c.get("UID")) for c in cal.walk("VEVENT")} != {r[1]}:
            raise SystemExit(f"UID check failed for {r[0]}")
    pos = sum(1 for ev in events if ev["is_interview"] == "1")
    hiring = sum(1 for ev in events if "user-as-interviewer" in ev["trap"])
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({hiring} user-as-interviewer), "
          f"{len(forms)} companies")


if __name__ == "__main__":
    main()
