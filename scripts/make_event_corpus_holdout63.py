"""Write the holdout63 event corpus: ~110 calendar events for Aoife Byrne, a QA engineer in Dublin.

Written blind (before reading or running the classifier) by an independent author. Each event is raw iCalendar
text composed by hand in the holdout63ev_* modules. This script numbers the files in a shuffled order, writes
them atomically as tests/corpus/events/holdout63-NNN-<kind>.ics, checks every label's UID against the parsed
file, and replaces only the split=holdout63 rows of labels.csv and company_forms.csv (other rows are kept
byte for byte; the header stays).

Run:  .venv/bin/python scripts/make_event_corpus_holdout63.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
from pathlib import Path

import holdout63ev_neg_job
import holdout63ev_neg_life
import holdout63ev_neg_side
import holdout63ev_neg_side2
import holdout63ev_pos_ats
import holdout63ev_pos_ats2
import holdout63ev_pos_direct
import holdout63ev_pos_intl
import holdout63ev_pos_misc
import holdout63ev_pos_sched
import icalendar

SPLIT = "holdout63"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would be equally happy to see.
FORMS: dict[str, list[str]] = {
    "Brightwater Health": ["Brightwater"],
    "Oakfield Security": ["Oakfield"],
    "Leinster Mutual Insurance": ["Leinster Mutual", "LMI"],
    "Sterling & Vane Payments": ["Sterling and Vane Payments", "Sterling & Vane", "Sterling and Vane"],
    "Veldmark Logistics": ["Veldmark"],
    "Skyroute": ["Skyroute Travel Technology", "Skyroute Travel Tech"],
    "Kranich Mobility": ["Kranich"],
    "Bramble Robotics": ["Bramble"],
    "Fernhill Games": ["Fernhill"],
    "Elbwerk Versicherung": ["Elbwerk"],
    "Copperleaf Analytics": ["Copperleaf"],
    "Northbridge Bank": ["Northbridge"],
    "Ostara Telecom": ["Ostara"],
    "Skellig Labs": ["Skellig"],
    "Driftwood AI": ["Driftwood"],
    "Kestrel Data Services": ["Kestrel Data", "Kestrel"],
    "Emerald Trust Bank": ["ETB"],
    "Fitzwilliam Capital Markets": ["FCM"],
    "Meridian Clearing": ["Meridian"],
    "Sternwerk Software": ["Sternwerk"],
    "Fuchsbau Labs": ["Fuchsbau"],
    "Hollow Oak Games": ["Hollow Oak"],
    "Sceptre Health": ["Sceptre Health Technologies"],
    "Finch": ["Finch Cover"],
    "Glenmore Fintech": ["Glenmore"],
    "Orbital Payments": ["Orbital"],
}

MODULES = [holdout63ev_pos_ats, holdout63ev_pos_ats2, holdout63ev_pos_sched, holdout63ev_pos_direct,
           holdout63ev_pos_intl, holdout63ev_pos_misc, holdout63ev_neg_side, holdout63ev_neg_side2,
           holdout63ev_neg_life, holdout63ev_neg_job]


def collect() -> list[dict]:
    events = [e for m in MODULES for e in m.events()]
    random.Random(63).shuffle(events)
    for n, e in enumerate(events, 1):
        e["file"] = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
    return events


def check(events: list[dict]) -> None:
    """Every label's UID must be exactly what a parser reads; labels must be well formed."""
    seen: set[str] = set()
    for e in events:
        cal = icalendar.Calendar.from_ical(e["text"])
        uids = {str(v["UID"]) for v in cal.walk("VEVENT")}
        if uids != {e["uid"]}:
            raise SystemExit(f"{e['file']}: label uid {e['uid']!r} but file has {sorted(uids)!r}")
        if e["uid"] in seen:
            raise SystemExit(f"{e['file']}: duplicate uid {e['uid']!r}")
        seen.add(e["uid"])
        if e["stage"] not in STAGES:
            raise SystemExit(f"{e['file']}: bad stage {e['stage']!r}")
        if e["is_interview"] and not e["company"]:
            raise SystemExit(f"{e['file']}: interview without company")
        if not e["is_interview"] and (e["company"] or e["stage"] or e["interviewers"]):
            raise SystemExit(f"{e['file']}: negative with interview fields")
        if e["kind"].startswith("side-") != ("user-as-interviewer" in e["trap"]):
            raise SystemExit(f"{e['file']}: hiring-side trap mismatch")
        if e["interviewers"] != e["interviewers"].strip() or any(
                "@" in p and p != p.lower() for p in e["interviewers"].split(";")):
            raise SystemExit(f"{e['file']}: interviewer emails must be lower case")
    companies = {e["company"] for e in events if e["is_interview"]}
    missing = set(FORMS) - companies
    if missing:
        raise SystemExit(f"forms for unlabelled companies: {sorted(missing)}")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _records(text: str) -> list[str]:
    """Split CSV text into raw records (a record may span lines inside quotes)."""
    out: list[str] = []
    buf = ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return out


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep other splits' records byte for byte, drop ours, append the new ones."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    records = _records(text)
    if not records:
        records = [",".join(header) + "\n"]
    kept = [records[0]]
    for rec in records[1:]:
        parsed = next(csv.reader(io.StringIO(rec)), [])
        if len(parsed) > split_col and parsed[split_col] == SPLIT:
            continue
        kept.append(rec)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    write_atomic(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=root / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    events = collect()
    check(events)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for e in events:
        write_atomic(out / e["file"], e["text"].encode("utf-8"))

    labels = [[e["file"], e["uid"], str(e["is_interview"]), e["company"], e["role"], e["stage"], e["interviewers"],
               SPLIT, e["trap"]] for e in events]
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, labels)
    companies = sorted({e["company"] for e in events if e["is_interview"]})
    forms = [[SPLIT, c, "|".join(FORMS.get(c, []))] for c in companies]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms)

    pos = sum(e["is_interview"] for e in events)
    side = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")


if __name__ == "__main__":
    main()
