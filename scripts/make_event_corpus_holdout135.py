"""Write the holdout135 event split: a blind set of calendar invitations for Hemi Walker.

Hemi is a companion-animal vet at Ponsonby Vets, Auckland (hemi.walker.vet@xtra.co.nz, work
hemi.walker@ponsonbyvets.co.nz), applying for clinical-director, senior-vet and animal-health/pet-food roles in
Auckland, Wellington, Sydney and Melbourne. The events are raw iCalendar text composed in the helper modules
scripts/holdout135ev_*.py. This script numbers them in a fixed shuffled order, writes
tests/corpus/events/holdout135-NNN-<kind>.ics, and replaces only the holdout135 rows of labels.csv and
company_forms.csv (appending when absent). Every label's UID is checked against the written file with icalendar.

Usage: python scripts/make_event_corpus_holdout135.py [--out tests/corpus/events]
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

import holdout135ev_neg_hiring
import holdout135ev_neg_life
import holdout135ev_pos_au
import holdout135ev_pos_intl
import holdout135ev_pos_nz

SPLIT = "holdout135"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would be equally happy to see.
FORMS = {
    "Kōwhai Vet Group": ["Kōwhai Vets"],
    "Tāmaki Animal Emergency & Referral": ["TAER", "Tāmaki Animal Emergency and Referral", "Tāmaki Animal Emergency"],
    "Harbour City University": ["HCU", "Te Whare Wānanga o Te Whanganui"],
    "Capital Vets": ["Capital Vets Kelburn", "Capital Vets Wellington"],
    "PetCare NZ": ["PetCare New Zealand", "PetCare"],
    "Hutt Valley Animal Hospital": ["Hutt Valley AH", "HVAH"],
    "Remuera Animal Hospital": ["Remuera AH"],
    "Manukau Pet Hospital": [],
    "Northshore Cat Clinic": [],
    "Kāinga Animal Shelter Trust": ["Kāinga Animal Shelter", "Kāinga Shelter"],
    "Whānau Vets": [],
    "Anima Health": [],
    "Banksia Veterinary Group": ["Banksia", "Banksia Vets"],
    "Wattle Animal Health": ["Wattle"],
    "Northern Beaches Animal Emergency": ["NBAE"],
    "Southbank Veterinary Emergency Centre": ["SVEC", "Southbank Vet Emergency Centre"],
    "Yarra Valley Vet Hospitals": ["YVVH", "Yarra Valley Veterinary Hospitals"],
    "Bayside Animal Hospital": ["Bayside AH"],
    "Inner West Vets": [],
    "Coastal Pet Food Co.": ["Coastal Pet Food", "Coastal Pet Food Company"],
    "OneVet Australia": ["OneVet"],
    "Lumina Animal Health": ["Lumina", "Lumina Animal Health Australia"],
    "Paws & Co Veterinary": ["Paws & Co", "Paws and Co", "Paws and Co Veterinary"],
    "Kiwi Pet Nutrition": ["KPN"],
    "Totara Animal Health": [],
    "Kea Pet Insurance": ["Kea"],
    "PawPal": [],
    "Vetranova GmbH": ["Vetranova"],
    "Félina Nutrition": ["Félina"],
    "Laboratorios Verdia": ["Verdia"],
    "PetMed Diagnostics GmbH": ["PetMed Diagnostics", "PetMed"],
    "Tasman Veterinary Laboratories": ["TVL", "Tasman Vet Labs"],
    "The Animal Hospital Group": ["Animal Hospital Group"],
    "Greenlane Vets": [],
}


def collect() -> list[dict]:
    items: list[dict] = []
    for mod in (holdout135ev_pos_nz, holdout135ev_pos_au, holdout135ev_pos_intl, holdout135ev_neg_hiring,
                holdout135ev_neg_life):
        items += mod.events()
    random.Random(135).shuffle(items)
    for n, it in enumerate(items, 1):
        it["file"] = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
    return items


def check(items: list[dict]) -> None:
    import icalendar  # only to verify what was composed by hand

    uids = set()
    for it in items:
        cal = icalendar.Calendar.from_ical(it["text"])
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if found != {it["uid"]}:
            raise SystemExit(f"{it['file']}: UIDs {found} != label {it['uid']!r}")
        if it["uid"] in uids:
            raise SystemExit(f"duplicate UID {it['uid']}")
        uids.add(it["uid"])
        if it["stage"] not in STAGES:
            raise SystemExit(f"{it['file']}: bad stage {it['stage']!r}")
        if it["is_interview"] and it["company"] not in FORMS:
            raise SystemExit(f"{it['file']}: no forms row for {it['company']!r}")
        if not it["is_interview"] and (it["company"] or it["stage"] or it["interviewers"]):
            raise SystemExit(f"{it['file']}: negative with interview labels")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _row(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    kept: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        for line in lines[1:]:
            cells = next(csv.reader([line]), [])
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
        head = lines[0] if lines else _row(header)
    else:
        head = _row(header)
    write_atomic(path, head + "".join(kept) + "".join(_row(r) for r in rows))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    items = collect()
    check(items)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for it in items:
        write_atomic(out / it["file"], it["text"])
    labels = [[it["file"], it["uid"], str(it["is_interview"]), it["company"], it["role"], it["stage"],
               it["interviewers"].lower(), SPLIT, it["trap"]] for it in items]
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, labels)
    used = sorted({it["company"] for it in items if it["is_interview"] and it["company"]})
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in used])
    pos = sum(it["is_interview"] for it in items)
    hiring = sum("user-as-interviewer" in it["trap"] for it in items)
    print(f"{len(items)} files: {pos} interviews, {len(items) - pos} negatives ({hiring} user-as-interviewer), "
          f"{len(used)} companies")


if __name__ == "__main__":
    main()
