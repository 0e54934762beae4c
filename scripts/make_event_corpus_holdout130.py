"""Write the holdout130 split of the event corpus (issue 4), written blind.

The user: Paula Andrade Villacís, epidemiologist at the Ministry of Public Health in Quito (free-mail
paula.andrade.epi@hotmail.com, work paula.andrade@msp.gob.ec). Every VEVENT is raw iCalendar text composed by
hand in the scripts/holdout130ev_*.py modules. This script replaces only its own files
(tests/corpus/events/holdout130-*.ics) and its own rows (split=holdout130) of labels.csv and
company_forms.csv, keeps every other row byte for byte, checks each label's UID against the file as icalendar
parses it, and writes atomically.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout130.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout130ev_neg_hiring
import holdout130ev_neg_life
import holdout130ev_neg_work
import holdout130ev_pos_ats
import holdout130ev_pos_direct
import holdout130ev_pos_hand
import holdout130ev_pos_more
import holdout130ev_pos_outlook
import holdout130ev_pos_sched
from holdout130ev_forms import FORMS
from icalendar import Calendar

SPLIT = "holdout130"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    holdout130ev_pos_ats, holdout130ev_pos_sched, holdout130ev_pos_outlook, holdout130ev_pos_direct,
    holdout130ev_pos_hand, holdout130ev_pos_more, holdout130ev_neg_hiring, holdout130ev_neg_work,
    holdout130ev_neg_life,
]


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def keep_others(path: Path, header: str, split_col: int) -> list[str]:
    """The file's lines other than the header and this split's rows, unchanged."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if lines and lines[0].strip() == header:
        lines = lines[1:]
    kept = []
    for line in lines:
        if not line.strip():
            continue
        cells = next(csv.reader([line]))
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    return kept


def uids_of(text: str) -> list[str]:
    cal = Calendar.from_ical(text)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


def main() -> int:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    random.Random(130).shuffle(events)
    rows: list[list[str]] = []
    files: dict[str, str] = {}
    seen_uids: set[str] = set()
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = str(ev["ics"])
        uids = uids_of(text)
        if not uids or len(set(uids)) != 1:
            raise SystemExit(f"{name}: expected one UID, got {uids}")
        uid = uids[0]
        if uid in seen_uids:
            raise SystemExit(f"{name}: duplicate UID {uid}")
        seen_uids.add(uid)
        if f"UID:{uid}" not in text.replace("\r\n ", ""):
            raise SystemExit(f"{name}: UID {uid} not found verbatim")
        if ev["stage"] not in STAGES:
            raise SystemExit(f"{name}: bad stage {ev['stage']}")
        y = int(ev["y"])
        if y == 0 and (ev["company"] or ev["stage"] or ev["who"]):
            raise SystemExit(f"{name}: negative with interview fields")
        if y == 1 and ev["company"] not in FORMS:
            raise SystemExit(f"{name}: company {ev['company']} has no forms row")
        who = ";".join(w.lower() if "@" in w else w for w in str(ev["who"]).split(";") if w)
        files[name] = text
        rows.append([name, uid, str(y), str(ev["company"]), str(ev["role"]), str(ev["stage"]), who, SPLIT,
                     str(ev["trap"])])
    used = {r[3] for r in rows if r[2] == "1"}
    if used != set(FORMS):
        raise SystemExit(f"forms mismatch: {sorted(used ^ set(FORMS))}")

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        atomic_write(OUT / name, text.encode("utf-8"))

    labels = OUT / "labels.csv"
    body = keep_others(labels, LABELS_HEADER, 7) + [csv_line(r) for r in rows]
    atomic_write(labels, (LABELS_HEADER + "\n" + "".join(body)).encode("utf-8"))

    forms_path = OUT / "company_forms.csv"
    fbody = keep_others(forms_path, FORMS_HEADER, 0) + [csv_line([SPLIT, c, f]) for c, f in FORMS.items()]
    atomic_write(forms_path, (FORMS_HEADER + "\n" + "".join(fbody)).encode("utf-8"))

    pos = sum(r[2] == "1" for r in rows)
    side = sum("user-as-interviewer" in r[8] for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} negatives ({side} user-as-interviewer)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
