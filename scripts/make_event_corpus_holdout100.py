"""Write the holdout100 blind calendar-event split (issue 4).

Blind author, raw iCalendar text composed by hand in the holdout100ev_* modules. The user is Bethany Ward, a
senior social worker in Leeds (free-mail beth.ward.sw@outlook.com, work bethany.ward@leedsfamilyservices.gov.uk).

Replaces only its own files (holdout100-*.ics) and its own rows (split=holdout100) of labels.csv and
company_forms.csv; appends otherwise and keeps the headers. CC0 1.0.

Usage: python scripts/make_event_corpus_holdout100.py [--out tests/corpus/events]
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

import holdout100ev_neg_life
import holdout100ev_neg_side
import holdout100ev_neg_work
import holdout100ev_pos_charity
import holdout100ev_pos_mixed
import holdout100ev_pos_public

SPLIT = "holdout100"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Aire and Wharfe NHS Foundation Trust": "Aire and Wharfe NHS Trust|Aire & Wharfe NHS Foundation Trust|AWFT",
    "Calderbrook Borough Council": "Calderbrook Council|CBC",
    "Airedale Metropolitan Council": "Airedale Council",
    "Holmevale Council": "",
    "Dearne Valley Metropolitan Borough Council": "Dearne Valley MBC|DVMBC|Dearne Valley Council",
    "Leeds Family Services": "LFS",
    "North Ridings Council": "",
    "City of Ousebridge Council": "Ousebridge Council|Ousebridge City Council",
    "West Riding Police": "WRP",
    "Kirkgate University": "University of Kirkgate",
    "West Riding Integrated Care Board": "West Riding ICB|NHS West Riding ICB|NHS West Riding Integrated Care Board",
    "Don Valley Children's Trust": "DVCT",
    "South Pennine Community Health NHS Trust": "South Pennine Community Health|SPCH",
    "Humber Estuary Partnership NHS Foundation Trust": "Humber Estuary Partnership|HEPFT|"
                                                       "Humber Estuary Partnership NHS Trust",
    "Sheaf Valley City Council": "Sheaf Valley Council",
    "Wharfedale Borough Council": "Wharfedale Council",
    "Brightlea Children's Charity": "Brightlea",
    "Hearthstone Family Action": "Hearthstone",
    "Kinship Yorkshire": "",
    "The Haven Project": "Haven Project",
    "Safe Harbour Women's Aid": "Safe Harbour",
    "Adoption Ridings": "",
    "Ashgrove Care Group": "Ashgrove Care|Ashgrove",
    "Pennine Homes Group": "Pennine Homes",
    "Compass Children's Charity": "Compass",
    "Evergreen Care Group": "Evergreen Care|Evergreen",
    "Kindred Steps": "Kindred",
    "Hatchling Health": "Hatchling",
    "Northern Practice Academy": "",
    "St Hilda's Hospice": "St Hilda's|Saint Hilda's Hospice",
    "Barnabas Youth Trust": "Barnabas Youth",
    "Northern Roots Adoption": "Northern Roots",
    "Kinderbrücke International": "Kinderbrücke International e.V.|Kinderbrücke",
    "Bureau International pour la Protection de l'Enfance": "BIPE",
    "Fundación Puentes de Infancia": "Fundación Puentes|Puentes de Infancia",
    "East Humber Council": "EHC",
    "Brontë Learning Trust": "",
    "Pathways Leaving Care Partnership": "Pathways",
    "Pennine Fostering Partnership": "Pennine Fostering",
    "Moorside Fostering": "Moorside",
    "The Nest Family Hub": "The Nest|Nest Family Hub",
    "Child Welfare International": "",
    "St Anne's Children's Society": "St Anne's|Saint Anne's Children's Society",
}


def collect() -> list[dict]:
    evs: list[dict] = []
    for mod in (holdout100ev_pos_public, holdout100ev_pos_charity, holdout100ev_pos_mixed,
                holdout100ev_neg_side, holdout100ev_neg_work, holdout100ev_neg_life):
        evs.extend(mod.events())
    random.Random(100_17).shuffle(evs)
    for i, ev in enumerate(evs, 1):
        ev["file"] = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
    return evs


def check(evs: list[dict]) -> None:
    """Parse every file with icalendar and compare its UIDs with the label; check label cells."""
    import icalendar

    uids: set[str] = set()
    companies = {ev["company"] for ev in evs if ev["is_interview"] == 1}
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev["ics"])
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if found != {ev["uid"]}:
            raise SystemExit(f"{ev['file']}: UID mismatch {found} != {ev['uid']}")
        if ev["uid"] in uids:
            raise SystemExit(f"duplicate UID {ev['uid']}")
        uids.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"{ev['file']}: bad stage {ev['stage']}")
        if ev["is_interview"] == 0 and (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]):
            raise SystemExit(f"{ev['file']}: negative with interview fields")
        if ev["is_interview"] == 1 and not ev["company"]:
            raise SystemExit(f"{ev['file']}: interview without company")
        if "user-as-interviewer" in ev["trap"] and ev["is_interview"]:
            raise SystemExit(f"{ev['file']}: hiring side labelled as interview")
    if companies != set(FORMS):
        raise SystemExit(f"forms mismatch: {sorted(companies ^ set(FORMS))}")


def atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, header: list[str], new_rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and not (len(row) > idx and row[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(new_rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev in evs:
        atomic_write(out / ev["file"], ev["ics"])

    rows = [[ev["file"], ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
             ev["interviewers"], SPLIT, ev["trap"]] for ev in evs]
    rewrite_csv(out / "labels.csv", LABEL_HEADER, rows, "split")
    forms = [[SPLIT, company, FORMS[company]] for company in sorted(FORMS)]
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, forms, "split")

    pos = sum(ev["is_interview"] for ev in evs)
    side = sum("user-as-interviewer" in ev["trap"] for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(FORMS)} employers")


if __name__ == "__main__":
    main()
