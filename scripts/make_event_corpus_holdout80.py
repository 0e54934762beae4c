"""Write the holdout80 event split: ~110 raw iCalendar files for afterview's calendar classifier (issue 4).

Written blind (without reading the classifier or the other generators). The user is Lukas Hofer, electronics
technician at Wien Haustechnik GmbH in Vienna (lukas.hofer97@gmx.at, l.hofer@wienhaustechnik.at), applying for
service, commissioning and maintenance roles at rail, energy and industrial firms in Austria and southern Germany.

Usage: python scripts/make_event_corpus_holdout80.py [--out tests/corpus/events]

Replaces only holdout80-*.ics files and the split=holdout80 rows of labels.csv and company_forms.csv; other rows
are kept byte for byte and new rows are appended. Every label's UID is checked against the parsed file.
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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout80ev_neg_other_a
import holdout80ev_neg_other_b
import holdout80ev_neg_side
import holdout80ev_pos_a
import holdout80ev_pos_b
import holdout80ev_pos_c
import holdout80ev_pos_d
import holdout80ev_pos_e
from holdout80ev_ics import Ev

SPLIT = "holdout80"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout80ev_pos_a, holdout80ev_pos_b, holdout80ev_pos_c, holdout80ev_pos_d, holdout80ev_pos_e,
                holdout80ev_neg_side, holdout80ev_neg_other_a, holdout80ev_neg_other_b):
        evs.extend(mod.events())
    uids = Counter(e.uid for e in evs)
    dup = [u for u, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    for e in evs:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} for {e.trap}")
        if e.is_interview == 0 and (e.company or e.role or e.stage or e.interviewers):
            raise SystemExit(f"negative with interview fields: {e.trap}")
        if e.is_interview == 1 and "user-as-interviewer" in e.trap:
            raise SystemExit(f"positive with a hiring-side trap: {e.trap}")
    return evs


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
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


def merge_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's line as it is; drop our old rows; append the new ones."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for i, line in enumerate(lines):
            if i == 0:
                continue
            parsed = next(csv.reader([line]), [])
            if len(parsed) > split_col and parsed[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    write_atomic(path, csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in rows))


def check_uids(out: Path, named: list[tuple[str, Ev]]) -> None:
    from icalendar import Calendar

    for name, ev in named:
        cal = Calendar.from_ical((out / name).read_bytes())
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {ev.uid}:
            raise SystemExit(f"{name}: parsed UIDs {uids} != label {ev.uid!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    random.Random(8080).shuffle(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    named: list[tuple[str, Ev]] = []
    for i, ev in enumerate(evs, 1):
        kind = re.sub(r"[^a-z0-9]+", "-", ev.trap.lower()).strip("-")
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        write_atomic(out / name, ev.ics)
        named.append((name, ev))
    check_uids(out, named)

    labels = [[name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT, ev.trap]
              for name, ev in named]
    merge_rows(out / "labels.csv", LABEL_HEADER, 7, labels)

    forms: dict[str, str] = {}
    for ev in evs:
        if ev.is_interview and ev.company and ev.forms is not None:
            if ev.company in forms and forms[ev.company] != ev.forms:
                raise SystemExit(f"two form lists for {ev.company}")
            forms[ev.company] = ev.forms
    missing = {ev.company for ev in evs if ev.is_interview and ev.company} - set(forms)
    if missing:
        raise SystemExit(f"no forms row for {sorted(missing)}")
    merge_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, f] for c, f in sorted(forms.items())])

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} files, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(forms)} employers -> {out}")


if __name__ == "__main__":
    main()
