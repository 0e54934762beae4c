"""Write the holdout125 event split: ~110 raw iCalendar files, their labels and accepted company forms.

Written blind (before reading or running the classifier) for the user Lucía Marín Ortega, an assistant curator
in Madrid (lucia.marin.arte@gmail.com / lmarin@museo-arte-contemporaneo.es). Released under CC0 1.0.

Usage: python scripts/make_event_corpus_holdout125.py [--out tests/corpus/events]
Replaces only holdout125-*.ics and the split=holdout125 rows of labels.csv and company_forms.csv.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout125ev_neg_hiring
import holdout125ev_neg_life
import holdout125ev_neg_work
import holdout125ev_pos_ats
import holdout125ev_pos_es
import holdout125ev_pos_intl
import holdout125ev_pos_more
from holdout125ev_ics import USER_FREE, USER_WORK, Ev

SPLIT = "holdout125"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout125ev_pos_es, holdout125ev_pos_ats, holdout125ev_pos_intl, holdout125ev_pos_more,
                holdout125ev_neg_hiring, holdout125ev_neg_work, holdout125ev_neg_life):
        evs += mod.events()
    return evs


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def uids_of(text: str) -> list[str]:
    from icalendar import Calendar

    cal = Calendar.from_ical(text)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


def check(ev: Ev, uid: str) -> None:
    assert ev.stage in STAGES, ev.kind
    assert ev.is_interview in (0, 1)
    if ev.is_interview:
        assert ev.company, ev.kind
    else:
        assert not (ev.company or ev.role or ev.stage or ev.interviewers), ev.kind
    for who in filter(None, ev.interviewers.split(";")):
        assert who not in (USER_FREE, USER_WORK), ev.kind
        if "@" in who:
            assert who == who.lower(), ev.kind
            assert who in ev.text.replace("\r\n ", "").lower(), (ev.kind, who)
    assert ev.trap, ev.kind
    if not ev.is_interview and "user-as-interviewer" in ev.trap:
        pass
    assert uid, ev.kind


def keep_other_rows(path: Path, split_col: int, header: list[str]) -> list[str]:
    if not path.exists():
        return [",".join(header) + "\n"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    return kept


def row_text(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    random.Random(125).shuffle(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[str] = []
    forms: dict[str, list[str]] = {}
    seen_uids: set[str] = set()
    for i, ev in enumerate(evs, 1):
        kind = re.sub(r"[^a-z0-9-]+", "-", ev.kind.lower()).strip("-")
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        uids = uids_of(ev.text)
        assert uids and len(set(uids)) == 1, name
        uid = uids[0]
        assert uid not in seen_uids, name
        seen_uids.add(uid)
        check(ev, uid)
        atomic_write(out / name, ev.text)
        assert uids_of((out / name).read_text(encoding="utf-8")) == uids, name
        rows.append(row_text([name, uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                              SPLIT, ev.trap]))
        if ev.is_interview:
            lst = forms.setdefault(ev.company, [])
            for f in filter(None, ev.forms.split("|")):
                if f not in lst:
                    lst.append(f)
    labels = out / "labels.csv"
    atomic_write(labels, "".join(keep_other_rows(labels, 7, LABEL_HEADER) + rows))
    cf = out / "company_forms.csv"
    frows = [row_text([SPLIT, c, "|".join(f)]) for c, f in sorted(forms.items())]
    atomic_write(cf, "".join(keep_other_rows(cf, 0, FORMS_HEADER) + frows))
    pos = sum(e.is_interview for e in evs)
    hiring = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({hiring} user-as-interviewer), "
          f"{len(forms)} companies")


if __name__ == "__main__":
    main()
