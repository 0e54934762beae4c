"""Write the holdout83 blind event split (issue 4).

User: Valentina Ríos, junior software developer in Buenos Aires (bootcamp graduate, teaching assistant at
Codeacademia), applying to remote developer jobs in the US, Spain and Latin America.
Free-mail vale.rios.dev@gmail.com, work valentina.rios@codeacademia-ba.com.ar.

Writes tests/corpus/events/holdout83-NNN-<kind>.ics (raw iCalendar text composed in the holdout83ev_* modules),
replaces the split=holdout83 rows of labels.csv and company_forms.csv (appending them; other rows are kept
byte for byte) and checks every label's UID against the file parsed with icalendar.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout83.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import io
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

SPLIT = "holdout83"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULE_NAMES = ["pos_us", "pos_us2", "pos_us3", "pos_ar", "pos_ar2", "pos_es", "pos_intl", "pos_misc", "neg_side",
                "neg_side2", "neg_other", "neg_other2"]
MODULES = [importlib.import_module(f"holdout83ev_{name}") for name in MODULE_NAMES]

# Other accepted forms of each labelled employer (see /work/briefs forms rules): full/legal name, the short
# name people use, the brand; never the agency, the ATS, a parent group or a generic word.
COMPANY_FORMS: dict[str, list[str]] = {}


def _register_forms() -> None:
    for mod in MODULES:
        COMPANY_FORMS.update(getattr(mod, "FORMS", {}))


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _row_split(line: str, col: int) -> str | None:
    try:
        row = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return None
    return row[col] if len(row) > col else None


def _replace_rows(path: Path, header: list[str], col: int, rows: list[list[str]]) -> None:
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and next(csv.reader([lines[0]])) != header:
            raise SystemExit(f"unexpected header in {path}: {lines[0]!r}")
        kept = [ln for ln in lines[1:] if ln.strip() and _row_split(ln, col) != SPLIT]
    else:
        kept = []
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
    text = ",".join(header) + "\n" + "".join(ln + "\n" for ln in kept) + buf.getvalue()
    _atomic_write(path, text.encode("utf-8"))


def _check(ev: Any, name: str) -> None:
    cal = icalendar.Calendar.from_ical(ev.ics.encode("utf-8"))
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: label uid {ev.uid!r} but file has {uids!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{name}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{name}: negative with interview fields")
    for line in ev.ics.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            raise SystemExit(f"{name}: unfolded line {line[:40]!r}")


def build() -> list[Any]:
    events: list[Any] = []
    for mod in MODULES:
        events += [fn() for fn in mod.EVENTS]
    uids = [e.uid for e in events]
    dupes = {u for u in uids if uids.count(u) > 1}
    if dupes:
        raise SystemExit(f"duplicate UIDs: {sorted(dupes)}")
    return events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    _register_forms()
    events = build()
    random.Random(8383).shuffle(events)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        _check(ev, name)
        _atomic_write(out / name, ev.ics.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                           SPLIT, ev.trap])

    companies = sorted({e.company for e in events if e.is_interview})
    missing = set(companies) - set(COMPANY_FORMS)
    extra = set(COMPANY_FORMS) - set(companies)
    if missing or extra:
        raise SystemExit(f"company forms mismatch: missing {sorted(missing)}, extra {sorted(extra)}")
    forms_rows = [[SPLIT, c, "|".join(COMPANY_FORMS[c])] for c in companies]

    _replace_rows(out / "labels.csv", LABEL_HEADER, 7, label_rows)
    _replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms_rows)

    pos = sum(e.is_interview for e in events)
    side = sum("user-as-interviewer" in e.trap for e in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
