#!/usr/bin/env python3
"""Write the blind holdout68 event split (issue 4).

Written blind by an independent author, as raw iCalendar text, before the classifier was run on it.
The user: Rahul Menon, product manager at a travel-tech scale-up in Amsterdam (free-mail
rahul.menon.pm@outlook.com, work rahul.menon@tripwise.nl), looking for senior and group product-manager roles in
the Netherlands, Germany and London.

Writes tests/corpus/events/holdout68-NNN-<kind>.ics (replacing only earlier holdout68 files), the split=holdout68
rows of tests/corpus/events/labels.csv and of tests/corpus/events/company_forms.csv (other rows are kept as they
are). Every label's UID is checked against the file as icalendar parses it.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout68.py --out ../tests/corpus/events
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

import holdout68ev_neg_other
import holdout68ev_neg_personal
import holdout68ev_neg_side
import holdout68ev_neg_side2
import holdout68ev_pos_de
import holdout68ev_pos_intl
import holdout68ev_pos_nl
import holdout68ev_pos_nl2
import holdout68ev_pos_uk
import holdout68ev_pos_uk2
from holdout68ev_forms import FORMS

SPLIT = "holdout68"
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = (holdout68ev_pos_uk, holdout68ev_pos_uk2, holdout68ev_pos_nl, holdout68ev_pos_nl2, holdout68ev_pos_de,
           holdout68ev_pos_intl, holdout68ev_neg_side, holdout68ev_neg_side2, holdout68ev_neg_other,
           holdout68ev_neg_personal)


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def parsed_uids(text: str) -> list[str]:
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    return [str(ev.get("UID")) for ev in cal.walk("VEVENT")]


def check(events: list[dict]) -> None:
    seen: set[str] = set()
    for ev in events:
        uids = parsed_uids(ev["ics"])
        if not uids or any(u != ev["uid"] for u in uids):
            raise SystemExit(f"UID mismatch in {ev['kind']}: label {ev['uid']!r}, parsed {uids!r}")
        if ev["uid"] in seen:
            raise SystemExit(f"duplicate UID {ev['uid']}")
        seen.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"bad stage {ev['stage']!r} in {ev['kind']}")
        if ev["is_interview"] and not ev["company"]:
            raise SystemExit(f"interview without company: {ev['kind']}")
        if not ev["is_interview"] and (ev["company"] or ev["stage"] or ev["interviewers"] or ev["role"]):
            raise SystemExit(f"negative with interview fields: {ev['kind']}")
        if "\r\n" not in ev["ics"] or any(len(x.encode()) > 75 for x in ev["ics"].split("\r\n")):
            raise SystemExit(f"unfolded line in {ev['kind']}")
    companies = {ev["company"] for ev in events if ev["is_interview"]}
    if companies != set(FORMS):
        raise SystemExit(f"forms mismatch: missing {companies - set(FORMS)}, extra {set(FORMS) - companies}")


def keep_other_rows(path: Path, header: list[str], split_col: str) -> tuple[str, list[str]]:
    """The file's header line and its raw lines that belong to other splits."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if not lines:
        return ",".join(header), []
    head = lines[0]
    idx = next(csv.reader([head])).index(split_col)
    kept = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = next(csv.reader([line]))
        if len(row) > idx and row[idx] == SPLIT:
            continue
        kept.append(line)
    return head, kept


def rows_text(rows: list[list[str]]) -> list[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue().splitlines()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the event corpus directory")
    out_dir: Path = parser.parse_args().out
    labels_csv = out_dir / "labels.csv"
    forms_csv = out_dir / "company_forms.csv"
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.events())
    check(events)
    random.Random(6808).shuffle(events)

    out_dir.mkdir(parents=True, exist_ok=True)
    names = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        names.append(name)
        atomic_write(out_dir / name, ev["ics"].encode("utf-8"))
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        if old.name not in names:
            old.unlink()

    head, kept = keep_other_rows(labels_csv, LABEL_HEADER, "split")
    ours = [[name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"], ev["interviewers"],
             SPLIT, ev["trap"]] for name, ev in zip(names, events, strict=True)]
    out = [head, *kept, *rows_text(ours)]
    atomic_write(labels_csv, ("\n".join(out) + "\n").encode("utf-8"))

    head, kept = keep_other_rows(forms_csv, FORMS_HEADER, "split")
    ours = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(FORMS)]
    out = [head, *kept, *rows_text(ours)]
    atomic_write(forms_csv, ("\n".join(out) + "\n").encode("utf-8"))

    pos = sum(ev["is_interview"] for ev in events)
    side = sum("user-as-interviewer" in ev["trap"] for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user on the hiring side), {len(FORMS)} companies")


if __name__ == "__main__":
    main()
