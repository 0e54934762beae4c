"""Write the holdout123 split of the event corpus (issue 4): ~110 calendar events of Liam Fraser.

Liam is a health-and-safety superintendent at an iron-ore miner in Perth (free-mail liam.fraser.hse@bigpond.com,
work liam.fraser@pilbaraore.com.au) applying for HSE-manager, risk and operations roles. Every event is raw
iCalendar text written by hand in the holdout123ev_* modules. This script shuffles them, numbers the files,
checks every UID against icalendar's reading of the file, and replaces only its own files and rows.

Usage: .venv/bin/python scripts/make_event_corpus_holdout123.py [--out tests/corpus/events]
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

import holdout123ev_neg_life
import holdout123ev_neg_side
import holdout123ev_neg_work
import holdout123ev_pos_ats
import holdout123ev_pos_direct
import holdout123ev_pos_misc
from holdout123ev_ics import SPLIT, Ev
from icalendar import Calendar

LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that Liam would accept in "Thank you for the interview at ___".
FORMS: dict[str, list[str]] = {
    "Austral Drill & Blast": ["Austral Drill and Blast", "ADB"],
    "Bluewater Subsea": [],
    "Bowen Range Coal": [],
    "Collie Renewables": [],
    "Coral Sea Energy": [],
    "Cordillera Mining Services": [],
    "Dampier Bulk Terminals": ["DBT"],
    "Darling Range Bauxite": [],
    "Eneabba Mineral Sands": ["EMS"],
    "Exmouth Offshore Services": ["Exmouth Offshore"],
    "Gascoyne Salt": [],
    "Gladstone Alumina Partners": ["GAP"],
    "Hammersley Haulage Services": ["Hammersley Haulage", "HHS"],
    "Helio Grid Solutions": ["Helio Grid"],
    "Ironbark Quarries": ["Ironbark"],
    "Kessler Bergbautechnik": ["Kessler"],
    "Kwinana Refining": [],
    "Lakewood Process Engineering": ["Lakewood", "LPE"],
    "Leeuwin Gas": [],
    "Mardie Ridge Iron": ["Mardie Ridge"],
    "Minerais du Pacifique": [],
    "Murchison Vanadium": [],
    "Norseman Mining Services": [],
    "Nullagine Iron": [],
    "Ord River Minerals": [],
    "Queensland Critical Minerals": ["QCM"],
    "Redbank Civil & Mining": ["Redbank Civil and Mining", "Redbank"],
    "Redline Risk Partners": ["Redline"],
    "Selwyn Copper-Gold": [],
    "Solaire Austral": [],
    "Southern Cross Nickel": ["SCN"],
    "Spinifex Gold": ["Spinifex"],
    "Sunrise Hydrogen": [],
    "Swan Coastal Power": [],
    "Tecnomin Andina": ["Tecnomin"],
    "Thalberg Industrieanlagen": ["Thalberg"],
    "Timor Gateway Energy": ["TGE"],
    "Westgrid": [],
    "Westrail Ore Logistics": ["Westrail", "WOL"],
    "Yilgarn Copper": [],
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout123ev_pos_ats, holdout123ev_pos_direct, holdout123ev_pos_misc,
                holdout123ev_neg_side, holdout123ev_neg_life, holdout123ev_neg_work):
        evs.extend(mod.events())
    side = {e.uid for e in holdout123ev_neg_side.events()}
    for e in evs:
        if e.uid in side and "user-as-interviewer" not in e.trap:
            raise SystemExit(f"hiring-side event without user-as-interviewer trap: {e.kind}")
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if e.is_interview and e.company not in FORMS:
            raise SystemExit(f"no forms row for {e.company!r}")
        if not e.is_interview and (e.company or e.stage or e.interviewers or e.role):
            raise SystemExit(f"negative with interview fields: {e.kind}")
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    return evs


def check_uid(e: Ev) -> None:
    cal = Calendar.from_ical(e.text.encode("utf-8"))
    found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if found != {e.uid}:
        raise SystemExit(f"UID mismatch in {e.kind}: label {e.uid!r}, parsed {found!r}")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def replace_rows(path: Path, header: str, split_col: int, new_lines: list[str]) -> None:
    """Keep the header and every other split's lines verbatim; drop our old rows; append the new ones."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and lines[0].strip() != header:
            raise SystemExit(f"unexpected header in {path}")
        for line in lines[1:]:
            if not line.strip():
                continue
            row = next(csv.reader([line]))
            if len(row) > split_col and row[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    write_atomic(path, header + "\n" + "".join(kept) + "".join(new_lines))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)

    evs = all_events()
    for e in evs:
        check_uid(e)
    random.Random(123).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_lines: list[str] = []
    for n, e in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        write_atomic(out / name, e.text)
        label_lines.append(csv_line([name, e.uid, str(e.is_interview), e.company, e.role, e.stage,
                                     e.interviewers, SPLIT, e.trap]))
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, label_lines)

    used = sorted({e.company for e in evs if e.is_interview and e.company})
    forms_lines = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in used]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms_lines)

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives "
          f"({side} user-as-interviewer), {len(used)} employers")


if __name__ == "__main__":
    main()
