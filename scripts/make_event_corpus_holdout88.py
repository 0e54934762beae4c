"""Write the holdout88 split of the event corpus (issue 4), blind.

Raw iCalendar text composed by hand in scripts/holdout88ev_*.py: the calendar of Mathieu Lefebvre, a warehouse
shift manager near Lille applying for site-manager and logistics roles in northern France and Belgium.
Replaces only tests/corpus/events/holdout88-*.ics and the split=holdout88 rows of labels.csv and
company_forms.csv; every other row is kept as it is. CC0 1.0.

Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout88.py
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

import holdout88ev_neg_other_a
import holdout88ev_neg_other_b
import holdout88ev_neg_side
import holdout88ev_pos_a
import holdout88ev_pos_b
import holdout88ev_pos_c
import holdout88ev_pos_d
import holdout88ev_pos_e
from holdout88ev_common import fold

SPLIT = "holdout88"
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _uid(ics: str) -> str:
    """UID of the first VEVENT, read from the unfolded text."""
    text = ics.replace("\r\n ", "").replace("\r\n\t", "")
    in_event = False
    for line in text.split("\r\n"):
        if line == "BEGIN:VEVENT":
            in_event = True
        elif in_event and line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


def _check(ics: str, uid: str) -> None:
    """Parse with icalendar (when available) and check that every VEVENT carries the labelled UID."""
    try:
        import icalendar
    except ImportError:
        return
    cal = icalendar.Calendar.from_ical(ics)
    uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
    if uids != {uid}:
        raise ValueError(f"UID mismatch: {uids} != {uid}")


def _read_csv(path: Path, header: list[str]) -> tuple[list[dict[str, str]], str]:
    if not path.exists():
        return [], "\n"
    raw = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    return rows, newline


def _dump_csv(rows: list[dict[str, str]], header: list[str], newline: str) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator=newline, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def build() -> tuple[list[dict[str, str]], dict[str, str]]:
    events: list[dict[str, str]] = []
    forms: dict[str, str] = {}
    for mod in (holdout88ev_pos_a, holdout88ev_pos_b, holdout88ev_pos_c, holdout88ev_pos_d, holdout88ev_pos_e):
        events += mod.events()
    for table in (holdout88ev_pos_a.FORMS_A, holdout88ev_pos_b.FORMS_B, holdout88ev_pos_c.FORMS_C,
                  holdout88ev_pos_d.FORMS_D, holdout88ev_pos_e.FORMS_E):
        forms.update(table)
    for mod in (holdout88ev_neg_side, holdout88ev_neg_other_a, holdout88ev_neg_other_b):
        events += mod.events()
    random.Random(8808).shuffle(events)
    return events, forms


def main() -> int:
    events, forms = build()
    for old in EVDIR.glob(SPLIT + "-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    seen: set[str] = set()
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        ics = fold(ev["ics"])
        uid = _uid(ics)
        _check(ics, uid)
        if uid in seen:
            raise ValueError(f"duplicate UID {uid}")
        seen.add(uid)
        if ev["stage"] not in STAGES:
            raise ValueError(f"bad stage {ev['stage']}")
        if ev["is_interview"] == "0" and any(ev[k] for k in ("company", "role", "stage", "interviewers")):
            raise ValueError(f"negative with fields: {name}")
        _write_atomic(EVDIR / name, ics.encode("utf-8"))
        labels.append({"file": name, "uid": uid, "is_interview": ev["is_interview"], "company": ev["company"],
                       "role": ev["role"], "stage": ev["stage"], "interviewers": ev["interviewers"],
                       "split": SPLIT, "trap": ev["trap"]})

    rows, nl = _read_csv(LABELS, LABEL_HEADER)
    rows = [r for r in rows if r.get("split") != SPLIT] + labels
    _write_atomic(LABELS, _dump_csv(rows, LABEL_HEADER, nl))

    companies = sorted({r["company"] for r in labels if r["is_interview"] == "1" and r["company"]})
    missing = [c for c in companies if c not in forms]
    if missing:
        raise ValueError(f"no forms for {missing}")
    frows, fnl = _read_csv(FORMS, FORMS_HEADER)
    frows = [r for r in frows if r.get("split") != SPLIT]
    frows += [{"split": SPLIT, "company": c, "forms": forms[c]} for c in companies]
    _write_atomic(FORMS, _dump_csv(frows, FORMS_HEADER, fnl))

    pos = sum(r["is_interview"] == "1" for r in labels)
    side = sum("user-as-interviewer" in r["trap"] for r in labels)
    print(f"{SPLIT}: {len(labels)} files, {pos} interviews, {len(labels) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
