"""Write the holdout84 calendar-event split (issue 4), written blind.

Persona: Claire Dubois, small-animal vet in Lyon, applying for clinical-lead and technical-services roles at
veterinary groups and animal-health companies in France, Belgium and Switzerland. Every VEVENT is raw
iCalendar text composed in the holdout84ev_* modules. This script replaces only its own files
(tests/corpus/events/holdout84-*.ics) and rows (split=holdout84 in labels.csv and company_forms.csv).

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout84.py [--out tests/corpus/events]
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

import holdout84ev_neg_other_a
import holdout84ev_neg_other_b
import holdout84ev_neg_side
import holdout84ev_pos_a
import holdout84ev_pos_b
import holdout84ev_pos_c
import holdout84ev_pos_d
import holdout84ev_pos_e
from holdout84ev_forms import FORMS

SPLIT = "holdout84"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    holdout84ev_pos_a, holdout84ev_pos_b, holdout84ev_pos_c, holdout84ev_pos_d, holdout84ev_pos_e,
    holdout84ev_neg_side, holdout84ev_neg_other_a, holdout84ev_neg_other_b,
]


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _uids(text: str) -> set[str]:
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    return {str(c.get("UID")) for c in cal.walk("VEVENT")}


def build() -> list[tuple[str, str, dict[str, str]]]:
    events = []
    for mod in MODULES:
        for fn in mod.EVENTS:
            events.append(fn())
    random.Random(8484).shuffle(events)
    out = []
    seen: set[str] = set()
    for i, (kind, ics, lab) in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        uids = _uids(ics)
        if uids != {lab["uid"]}:
            raise SystemExit(f"{name}: label uid {lab['uid']!r} != parsed {uids!r}")
        if lab["uid"] in seen:
            raise SystemExit(f"{name}: duplicate uid {lab['uid']}")
        seen.add(lab["uid"])
        if lab["stage"] not in STAGES:
            raise SystemExit(f"{name}: bad stage {lab['stage']}")
        if lab["is_interview"] == "1" and not lab["company"]:
            raise SystemExit(f"{name}: interview without company")
        if lab["is_interview"] == "0" and (lab["company"] or lab["stage"] or lab["interviewers"]):
            raise SystemExit(f"{name}: negative with interview fields")
        out.append((name, ics, lab))
    return out


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _read_rows(path: Path, header: list[str], split_col: int) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows and rows[0] == header:
        rows = rows[1:]
    return [r for r in rows if r and not (len(r) > split_col and r[split_col] == SPLIT)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("--out", type=Path, default=root / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    events = build()

    companies = sorted({lab["company"] for _, _, lab in events if lab["is_interview"] == "1"})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"company forms mismatch: missing {missing}, unused {extra}")

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, ics, _ in events:
        _atomic_write(out / name, ics.encode("utf-8"))

    labels = out / "labels.csv"
    rows = _read_rows(labels, LABEL_HEADER, 7)
    for name, _, lab in events:
        rows.append([name, lab["uid"], lab["is_interview"], lab["company"], lab["role"], lab["stage"],
                     lab["interviewers"], SPLIT, lab["trap"]])
    _atomic_write(labels, _csv_bytes(LABEL_HEADER, rows))

    forms_path = out / "company_forms.csv"
    frows = _read_rows(forms_path, FORMS_HEADER, 0)
    for c in companies:
        frows.append([SPLIT, c, "|".join(FORMS[c])])
    _atomic_write(forms_path, _csv_bytes(FORMS_HEADER, frows))

    pos = sum(lab["is_interview"] == "1" for _, _, lab in events)
    side = sum("user-as-interviewer" in lab["trap"] for _, _, lab in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
