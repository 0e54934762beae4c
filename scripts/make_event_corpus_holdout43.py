"""Write the holdout43 split of the event corpus (issue 4).

A blind split written by an independent author from their own knowledge of real invitations, for the user
Marta Kowalska (warehouse team lead at Ruhrlog Spedition GmbH in Dortmund, looking for a logistics manager /
supply-chain planner job; free-mail marta.kowalska@gmx.de, work m.kowalska@ruhrlog-spedition.de).

Every event is literal iCalendar text composed in the ``holdout43ev_*`` modules. This script shuffles them
(fixed seed), numbers the files ``holdout43-NNN-<kind>.ics``, replaces only its own files and its own rows of
``labels.csv`` and ``company_forms.csv`` (split=holdout43; other rows are kept byte for byte), writes every file
atomically and checks each label's UID against what icalendar parses from the file.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout43.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout43ev_neg_a
import holdout43ev_neg_b
import holdout43ev_pos_a
import holdout43ev_pos_b
import holdout43ev_pos_c
import holdout43ev_pos_d
import holdout43ev_pos_e
import holdout43ev_pos_f
import holdout43ev_side_a
import holdout43ev_side_b
import icalendar
from holdout43ev_ics import Ev

SPLIT = "holdout43"
SEED = 43_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    holdout43ev_pos_a,
    holdout43ev_pos_b,
    holdout43ev_pos_c,
    holdout43ev_pos_d,
    holdout43ev_pos_e,
    holdout43ev_pos_f,
    holdout43ev_side_a,
    holdout43ev_side_b,
    holdout43ev_neg_a,
    holdout43ev_neg_b,
]


def collect() -> list[Ev]:
    events = [make() for mod in MODULES for make in mod.EVENTS]
    rng = random.Random(SEED)
    rng.shuffle(events)
    return events


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


def check(ev: Ev, name: str) -> None:
    """Parse the text as a consumer would and compare the UID; sanity-check the label."""
    cal = icalendar.Calendar.from_ical(ev.ics.encode("utf-8"))
    uids = {str(c["UID"]) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: parsed UIDs {uids} != label {ev.uid!r}")
    if any(len(line.encode("utf-8")) > 75 for line in ev.ics.split("\r\n")):
        raise SystemExit(f"{name}: unfolded line over 75 octets")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview:
        if not ev.company:
            raise SystemExit(f"{name}: interview without company")
        if ev.interviewers != ev.interviewers.lower():
            raise SystemExit(f"{name}: interviewers not lower-case")
        if "user-as-interviewer" in ev.trap:
            raise SystemExit(f"{name}: interview marked as hiring side")
    elif ev.company or ev.role or ev.stage or ev.interviewers:
        raise SystemExit(f"{name}: negative with interview fields")


def split_records(text: str) -> list[str]:
    """Raw CSV records (a record may span lines inside quotes), each with its line ending."""
    records: list[str] = []
    buf = ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    return records


def replace_rows(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    records = split_records(text)
    eol = "\r\n" if records and records[0].endswith("\r\n") else "\n"
    if not records:
        records = [",".join(header) + eol]
    head = next(csv.reader([records[0]]))
    if head != header:
        raise SystemExit(f"{path.name}: unexpected header {head}")
    idx = header.index(split_col)
    kept = [records[0]]
    for rec in records[1:]:
        parsed = next(csv.reader(io.StringIO(rec)), [])
        if len(parsed) > idx and parsed[idx] == SPLIT:
            continue
        kept.append(rec if rec.endswith(("\n", "\r")) else rec + eol)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=eol)
    writer.writerows(rows)
    atomic_write(path, ("".join(kept) + out.getvalue()).encode("utf-8"))


def main() -> None:
    events = collect()
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    forms: dict[str, str] = {}
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        check(ev, name)
        atomic_write(EVENTS_DIR / name, ev.ics.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                           SPLIT, ev.trap])
        if ev.is_interview:
            if ev.company in forms and forms[ev.company] != ev.forms:
                raise SystemExit(f"{name}: forms for {ev.company} differ between events")
            forms[ev.company] = ev.forms
    replace_rows(LABELS, LABEL_HEADER, "split", label_rows)
    replace_rows(FORMS, FORMS_HEADER, "split", [[SPLIT, c, f] for c, f in sorted(forms.items())])

    pos = [e for e in events if e.is_interview]
    neg = [e for e in events if not e.is_interview]
    side = [e for e in neg if "user-as-interviewer" in e.trap]
    print(f"{len(events)} files: {len(pos)} interviews, {len(neg)} negatives ({len(side)} user-as-interviewer)")
    print(f"employers: {len(forms)}")
    print("interviews by language:", dict(Counter(e.lang for e in pos)))
    print("negatives by language:", dict(Counter(e.lang for e in neg)))
    print("stages:", dict(Counter(e.stage or "-" for e in pos)))
    print("tools:", ", ".join(sorted({e.tool for e in events if e.tool})))


if __name__ == "__main__":
    main()
