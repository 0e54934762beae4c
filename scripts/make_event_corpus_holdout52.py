"""Write the blind holdout52 event split (user: Teresa Moser, data analyst at Donaubank AG, Vienna).

Writes tests/corpus/events/holdout52-*.ics, the split=holdout52 rows of labels.csv and company_forms.csv.
Replaces only its own files and rows. Run: .venv/bin/python scripts/make_event_corpus_holdout52.py
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

import holdout52ev_neg_other
import holdout52ev_neg_side
import holdout52ev_pos_de
import holdout52ev_pos_de2
import holdout52ev_pos_en
import holdout52ev_pos_intl
from icalendar import Calendar

SPLIT = "holdout52"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = (holdout52ev_pos_de, holdout52ev_pos_de2, holdout52ev_pos_en, holdout52ev_pos_intl,
           holdout52ev_neg_side, holdout52ev_neg_other)
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def _atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _read_rows(path: Path, header: list[str]) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != header:
            raise SystemExit(f"unexpected header in {path}: {reader.fieldnames}")
        return [r for r in reader if r["split"] != SPLIT]


def _csv(header: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def _check(name: str, ics: str, ev: dict) -> None:
    cal = Calendar.from_ical(ics)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev["uid"]}:
        raise SystemExit(f"{name}: label uid {ev['uid']!r} but file has {sorted(uids)}")
    if ev["stage"] not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev['stage']!r}")
    if ev["is_interview"] and not ev["company"]:
        raise SystemExit(f"{name}: interview without company")
    if not ev["is_interview"] and (ev["company"] or ev["stage"] or ev["interviewers"]):
        raise SystemExit(f"{name}: negative with interview fields")


def main() -> None:
    events: list[dict] = []
    forms: dict[str, list[str]] = {}
    for mod in MODULES:
        events.extend(mod.events())
        forms.update(getattr(mod, "FORMS", {}))
    if len({e["uid"] for e in events}) != len(events):
        raise SystemExit("duplicate UIDs")
    random.Random(5252).shuffle(events)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = _read_rows(OUT / "labels.csv", LABEL_HEADER)
    companies: list[str] = []
    for i, e in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        _check(name, e["ics"], e)
        _atomic_write(OUT / name, e["ics"])
        label_rows.append({"file": name, "uid": e["uid"], "is_interview": e["is_interview"],
                           "company": e["company"], "role": e["role"], "stage": e["stage"],
                           "interviewers": e["interviewers"], "split": SPLIT, "trap": e["trap"]})
        if e["is_interview"] and e["company"] not in companies:
            companies.append(e["company"])
    _atomic_write(OUT / "labels.csv", _csv(LABEL_HEADER, label_rows))

    missing = [c for c in companies if c not in forms]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    form_rows = _read_rows(OUT / "company_forms.csv", FORMS_HEADER)
    form_rows += [{"split": SPLIT, "company": c, "forms": "|".join(forms[c])} for c in sorted(companies)]
    _atomic_write(OUT / "company_forms.csv", _csv(FORMS_HEADER, form_rows))

    pos = sum(1 for e in events if e["is_interview"])
    side = sum(1 for e in events if "user-as-interviewer" in e["trap"])
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
