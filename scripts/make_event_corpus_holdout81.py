"""Write the holdout81 event split: ~110 calendar events of Marek Nowak, a first officer in Madrid.

Written blind (raw iCalendar text composed by hand, before the classifier was read or run on it); CC0 1.0.
The user: marek.nowak.fo@gmail.com (private) and marek.nowak@crew.volaria.es (work, Volaria).

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout81.py --out ../tests/corpus/events
Replaces only holdout81-*.ics and the split=holdout81 rows of labels.csv and company_forms.csv.
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

import holdout81ev_neg_other_a
import holdout81ev_neg_other_b
import holdout81ev_neg_side_a
import holdout81ev_neg_side_b
import holdout81ev_pos_a
import holdout81ev_pos_b
import holdout81ev_pos_c
import holdout81ev_pos_d
import holdout81ev_pos_e
from holdout81ev_forms import FORMS

SPLIT = "holdout81"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [holdout81ev_pos_a, holdout81ev_pos_b, holdout81ev_pos_c, holdout81ev_pos_d, holdout81ev_pos_e,
           holdout81ev_neg_side_a, holdout81ev_neg_side_b, holdout81ev_neg_other_a, holdout81ev_neg_other_b]


def collect() -> list[dict]:
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.events())
    random.Random(8181).shuffle(events)
    for n, ev in enumerate(events, 1):
        ev["file"] = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
    return events


def check(events: list[dict]) -> None:
    from icalendar import Calendar

    seen: set[str] = set()
    for ev in events:
        cal = Calendar.from_ical(ev["text"])
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {ev["uid"]}:
            raise SystemExit(f"{ev['file']}: UIDs {uids} != label {ev['uid']!r}")
        if ev["uid"] in seen:
            raise SystemExit(f"{ev['file']}: duplicate UID {ev['uid']}")
        seen.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"{ev['file']}: bad stage {ev['stage']}")
        if ev["is_interview"] and not ev["company"]:
            raise SystemExit(f"{ev['file']}: interview without company")
        if ev["is_interview"] and ev["company"] not in FORMS:
            raise SystemExit(f"{ev['file']}: no forms row for {ev['company']}")
        if ev["kind"].startswith("side-") != ("user-as-interviewer" in ev["trap"]):
            raise SystemExit(f"{ev['file']}: hiring-side kind and trap disagree")
        for line in ev["text"].split("\r\n"):
            if len(line.encode()) > 75:
                raise SystemExit(f"{ev['file']}: unfolded line {line[:40]}")
    used = {ev["company"] for ev in events if ev["is_interview"]}
    if used != set(FORMS):
        raise SystemExit(f"forms table and labels differ: {sorted(used ^ set(FORMS))}")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def merge_csv(path: Path, header: list[str], ours: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path}: unexpected header {old_header}")
            split_col = header.index("split")
            kept = [row for row in reader if row and row[split_col] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(ours)
    write_atomic(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    events = collect()
    check(events)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev in events:
        write_atomic(out / ev["file"], ev["text"].encode("utf-8"))
    rows = [[ev["file"], ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
             ev["interviewers"], SPLIT, ev["trap"]] for ev in events]
    merge_csv(out / "labels.csv", LABEL_HEADER, rows)
    forms = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(FORMS)]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, forms)
    pos = sum(ev["is_interview"] for ev in events)
    side = sum("user-as-interviewer" in ev["trap"] for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user on the hiring side), {len(FORMS)} companies -> {out}")


if __name__ == "__main__":
    main()
