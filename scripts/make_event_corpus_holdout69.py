"""Write the blind holdout69 event split (Sophie Tremblay, registered nurse in Montréal).

Raw iCalendar files are composed in the holdout69ev_* modules. This script numbers them in a shuffled order,
writes tests/corpus/events/holdout69-NNN-<kind>.ics atomically, checks every labelled UID against the parsed
file (icalendar), and replaces only the split=holdout69 rows of labels.csv and company_forms.csv.

Usage: python scripts/make_event_corpus_holdout69.py [--out tests/corpus/events]
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

import icalendar
from holdout69ev_forms import FORMS
from holdout69ev_ics import Ev
from holdout69ev_neg_other import events as neg_other
from holdout69ev_neg_other2 import events as neg_other2
from holdout69ev_neg_side import events as neg_side
from holdout69ev_pos_priv import events as pos_priv
from holdout69ev_pos_pub import events as pos_pub
from holdout69ev_pos_pub2 import events as pos_pub2
from holdout69ev_pos_tech import events as pos_tech
from holdout69ev_pos_tech2 import events as pos_tech2

SPLIT = "holdout69"
HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    evs = pos_pub() + pos_pub2() + pos_priv() + pos_tech() + pos_tech2() + neg_side() + neg_other() + neg_other2()
    random.Random(6969).shuffle(evs)
    return evs


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def check(name: str, ev: Ev) -> None:
    cal = icalendar.Calendar.from_ical(ev.text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: label UID {ev.uid!r} but file has {sorted(uids)!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{name}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{name}: negative with interview fields")
    if "user-as-interviewer" in ev.trap and ev.is_interview:
        raise SystemExit(f"{name}: hiring-side event labelled as interview")
    for line in ev.text.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            raise SystemExit(f"{name}: unfolded line {line[:40]!r}")


def keep_other_rows(path: Path, header: str, split_col: int) -> list[str]:
    if not path.exists():
        return [header]
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            continue
        row = next(csv.reader([line]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    return kept


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="").writerow(row)
    return buf.getvalue()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    if len({e.uid for e in evs}) != len(evs):
        raise SystemExit("duplicate UID")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[str] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        check(name, ev)
        atomic_write(out / name, ev.text.encode("utf-8"))
        rows.append(csv_line([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                              SPLIT, ev.trap]))
    labels = out / "labels.csv"
    atomic_write(labels, ("\n".join(keep_other_rows(labels, HEADER, 7) + rows) + "\n").encode("utf-8"))
    companies = sorted({e.company for e in evs if e.is_interview and e.company})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"company forms: missing {missing}, unused {extra}")
    forms = out / "company_forms.csv"
    frows = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in companies]
    atomic_write(forms, ("\n".join(keep_other_rows(forms, FORMS_HEADER, 0) + frows) + "\n").encode("utf-8"))
    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} files, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
