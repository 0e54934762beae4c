"""Write the blind holdout94 event split (issue 4): Alejandro Treviño, mechanical engineer in Monterrey.

Raw iCalendar text composed by hand in scripts/holdout94ev_*.py. This script shuffles the events, writes
tests/corpus/events/holdout94-NNN-<kind>.ics, and replaces only the split=holdout94 rows of labels.csv and
company_forms.csv (other rows are kept as they are; the header is kept). Every label's UID is checked against
the file as icalendar parses it.

Usage: python scripts/make_event_corpus_holdout94.py [--out tests/corpus/events]
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

import holdout94ev_neg_other
import holdout94ev_neg_side
import holdout94ev_pos_ats
import holdout94ev_pos_es
import holdout94ev_pos_es2
import holdout94ev_pos_intl
from holdout94ev_ics import Ev

SPLIT = "holdout94"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout94ev_pos_es, holdout94ev_pos_es2, holdout94ev_pos_ats, holdout94ev_pos_intl,
                holdout94ev_neg_side, holdout94ev_neg_other):
        evs.extend(mod.events())
    return evs


def check(evs: list[Ev]) -> None:
    import icalendar

    uids: set[str] = set()
    for ev in evs:
        parsed = icalendar.Calendar.from_ical(ev.ics)
        got = {str(v["UID"]) for v in parsed.walk("VEVENT")}
        if got != {ev.uid}:
            raise SystemExit(f"UID mismatch in {ev.kind}: {got} vs {ev.uid}")
        if ev.uid in uids:
            raise SystemExit(f"duplicate UID {ev.uid}")
        uids.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"bad stage {ev.stage} in {ev.kind}")
        hiring_side = "user-as-interviewer" in ev.trap
        if ev.is_interview and (hiring_side or not ev.company):
            raise SystemExit(f"bad positive {ev.kind}")
        if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
            raise SystemExit(f"negative with fields: {ev.kind}")


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


def rewrite_csv(path: Path, canon: list[str], new_rows: list[list[str]]) -> None:
    """Keep every row whose split is not ours, then append ours; keep the file's header and line ending."""
    kept: list[list[str]] = []
    header = canon
    terminator = "\n"
    if path.exists():
        raw = path.read_bytes().decode("utf-8")
        if "\r\n" in raw.split("\n", 1)[0] + "\n":
            terminator = "\r\n"
        rows = list(csv.reader(io.StringIO(raw, newline="")))
        if rows:
            header = rows[0]
            idx = header.index("split")
            kept = [r for r in rows[1:] if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=terminator)
    w.writerow(header)
    w.writerows(kept)
    for row in new_rows:
        w.writerow([row[canon.index(c)] if c in canon else "" for c in header])
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    check(evs)
    random.Random(9407).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    forms: dict[str, list[str]] = {}
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        atomic_write(out / name, ev.ics.encode("utf-8"))
        people = [p.lower() if "@" in p else p for p in ev.interviewers]
        labels.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ";".join(people), SPLIT,
                       ev.trap])
        if ev.is_interview:
            acc = forms.setdefault(ev.company, [])
            acc.extend(f for f in ev.forms if f not in acc and f != ev.company)

    rewrite_csv(out / "labels.csv", LABEL_HEADER, labels)
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, "|".join(f)] for c, f in forms.items()])

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives "
          f"({side} user-as-interviewer), {len(forms)} companies")


if __name__ == "__main__":
    main()
