"""Write the holdout131 event split: DeShawn Carter, PE teacher and head football coach near Houston, Texas.

Blind split, raw iCalendar text composed by hand (see scripts/holdout131ev_*.py). Replaces only its own files
(tests/corpus/events/holdout131-*.ics) and its own rows of labels.csv and company_forms.csv; other rows are kept
byte for byte. Usage:

    .venv/bin/python scripts/make_event_corpus_holdout131.py [--out tests/corpus/events]
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

import holdout131ev_neg_career
import holdout131ev_neg_hiring
import holdout131ev_neg_life
import holdout131ev_pos_college
import holdout131ev_pos_district
import holdout131ev_pos_district2
import holdout131ev_pos_private
from holdout131ev_ics import Ev

SPLIT = "holdout131"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms rules; label form is the key).
FORMS: dict[str, list[str]] = {
    "Magnolia Creek ISD": ["Magnolia Creek Independent School District", "MCISD"],
    "Trinity Oaks CISD": ["Trinity Oaks Consolidated Independent School District", "TOCISD"],
    "Cypress Bayou ISD": ["Cypress Bayou Independent School District", "CBISD"],
    "Harmon Springs ISD": ["Harmon Springs Independent School District", "HSISD"],
    "Matagorda Bay ISD": ["Matagorda Bay Independent School District", "MBISD"],
    "Franklin Mountain ISD": ["Franklin Mountain Independent School District", "FMISD"],
    "Lavaca Plains ISD": ["Lavaca Plains Independent School District", "LPISD"],
    "Victoria Crossroads ISD": ["Victoria Crossroads Independent School District", "VCISD"],
    "Rio Bravo Valley ISD": ["Rio Bravo Valley Independent School District", "RBVISD"],
    "Jasper Bend ISD": ["Jasper Bend Independent School District", "JBISD"],
    "Angelina Pines ISD": ["Angelina Pines Independent School District", "APISD"],
    "San Jacinto Heights ISD": ["San Jacinto Heights Independent School District", "SJHISD"],
    "Seabrook Shores ISD": ["Seabrook Shores Independent School District", "SSISD"],
    "Spring Creek Forest ISD": ["Spring Creek Forest Independent School District", "SCFISD"],
    "Hempstead Prairie ISD": ["Hempstead Prairie Independent School District", "HPISD"],
    "Kingsport Bend ISD": ["Kingsport Bend Independent School District", "KBISD"],
    "Cibolo Springs ISD": ["Cibolo Springs Independent School District", "CSISD"],
    "Bluebonnet Hills ISD": ["Bluebonnet Hills Independent School District", "BHISD"],
    "Evangeline Ridge Parish School System": ["Evangeline Ridge Parish Schools",
                                              "Evangeline Ridge Parish School Board", "ERPSS"],
    "Ascend Texas Public Schools": ["Ascend Texas", "Ascend Public Schools", "Ascend"],
    "Vanguard Prep Charter Schools": ["Vanguard Prep", "Vanguard Preparatory Charter Schools"],
    "Beacon Crest Academies": ["Beacon Crest"],
    "Liberty Classical Schools": ["Liberty Classical"],
    "Marigny Prep": ["Marigny Preparatory"],
    "Red Stick Academy": [],
    "Lone Star Preparatory Academy": ["Lone Star Prep", "Lone Star Prep Academy"],
    "St. Basil Catholic High School": ["St. Basil", "Saint Basil Catholic High School", "St. Basil High School",
                                       "St. Basil Catholic"],
    "Cornerstone Episcopal School": ["Cornerstone Episcopal"],
    "Brookhollow Academy": ["Brookhollow"],
    "Ouachita Pines Academy": ["OPA"],
    "Red River Christian Academy": ["Red River Christian", "RRCA"],
    "Bayou Chene Academy": ["BCA"],
    "Rose City Christian School": ["Rose City Christian", "RCCS"],
    "Memorial Oaks School": ["Memorial Oaks"],
    "Piney Woods State University": ["Piney Woods State", "PWSU"],
    "Pontchartrain State University": ["Pontchartrain State"],
    "Texas Hill Country University": ["THCU"],
    "Brazos Bend College": ["Brazos Bend Community College"],
    "Mesquite Valley College": ["MVC"],
    "Sabine River College": [],
    "Coastal Bend University": ["CBU"],
    "Central Texas Baptist University": ["CTBU"],
    "Acadiana Methodist University": ["AMU"],
    "École Française du Bayou": [],
    "Deutsche Schule Houston": ["DSH", "German School Houston"],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout131ev_pos_district, holdout131ev_pos_district2, holdout131ev_pos_private,
                holdout131ev_pos_college, holdout131ev_neg_hiring, holdout131ev_neg_career, holdout131ev_neg_life):
        evs.extend(mod.events())
    return evs


def check(ev: Ev) -> None:
    """Parse with icalendar and make sure the label's UID is what a parser reads."""
    import icalendar

    parsed = icalendar.Calendar.from_ical(ev.ics)
    uids = {str(c.get("UID")) for c in parsed.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{ev.kind}: UID mismatch {uids} != {ev.uid}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{ev.kind}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with labels")
    if ev.interviewers != ev.interviewers.lower() and "@" in ev.interviewers:
        raise SystemExit(f"{ev.kind}: interviewer addresses must be lower-case")
    for line in ev.ics.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            raise SystemExit(f"{ev.kind}: unfolded line {line[:40]}")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def merge(path: Path, header: str, split_col: int, ours: list[str]) -> None:
    """Keep every line of another split byte for byte, drop ours, append the new ones."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for line in lines[1:]:
            if not line.strip():
                continue
            row = next(csv.reader([line]))
            if len(row) > split_col and row[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    write_atomic(path, header + "\n" + "".join(kept) + "".join(ours))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    seen: set[str] = set()
    for ev in evs:
        check(ev)
        if ev.uid in seen:
            raise SystemExit(f"duplicate UID {ev.uid}")
        seen.add(ev.uid)
    random.Random(131).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[str] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        write_atomic(out / name, ev.ics)
        rows.append(csv_line([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                              SPLIT, ev.trap]))
    merge(out / "labels.csv", LABEL_HEADER, 7, rows)

    companies = sorted({ev.company for ev in evs if ev.is_interview and ev.company})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"forms out of sync: missing {missing}, extra {extra}")
    forms = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in companies]
    merge(out / "company_forms.csv", FORMS_HEADER, 0, forms)

    pos = sum(ev.is_interview for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
