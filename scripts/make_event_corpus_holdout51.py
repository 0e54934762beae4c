"""Write the holdout51 event split (blind author; CC0 1.0).

User: Marcus Webb, nurse manager at Lakeshore Health, Chicago (marcus.webb73@yahoo.com, mwebb@lakeshorehealth.org).
Usage: python scripts/make_event_corpus_holdout51.py [--out tests/corpus/events]
Replaces only holdout51-*.ics files and split=holdout51 rows of labels.csv and company_forms.csv.
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

import holdout51ev_neg_a
import holdout51ev_neg_b
import holdout51ev_pos_a
import holdout51ev_pos_b
import holdout51ev_pos_c

SPLIT = "holdout51"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Pulsewise": "",
    "Great Lakes Regional Medical Center": "GLRMC|Great Lakes Regional",
    "Saint Adalbert Medical Center": "St. Adalbert Medical Center|Saint Adalbert|St. Adalbert|SAMC",
    "Riverbend Children's Hospital": "Riverbend Children's|Riverbend Kids",
    "Mercy Valley Health System": "Mercy Valley|Mercy Valley Health",
    "Prairie Ridge Health": "Prairie Ridge",
    "Carebridge Analytics": "Carebridge",
    "CareLoop": "",
    "Wolverine Valley Health": "Wolverine Valley",
    "Des Moines Heritage Hospital": "DMHH|Heritage Hospital Des Moines",
    "Ascendia Home Health": "Ascendia",
    "BrightPath Hospice": "BrightPath",
    "North Star Surgical Partners": "North Star Surgical",
    "Buckeye Rehabilitation Institute": "Buckeye Rehab|BRI|Buckeye Rehabilitation",
    "Dakota Plains Health": "Dakota Plains",
    "Gateway Regional Medical Center": "Gateway Regional|GRMC",
    "Don Valley Health Partners": "DVHP|Don Valley Health",
    "Northern Indiana Regional Health": "NIRH",
    "Platte River Medical Center": "Platte River|PRMC",
    "Racine Harbor Hospital": "Racine Harbor",
    "Ohio Valley Veterans Home": "OVVH",
    "Blue River Health": "Blue River",
    "Evergreen Post-Acute Care": "Evergreen Post-Acute|Evergreen",
    "Madison Valley Clinic": "Madison Valley",
    "Alianza Latina Health Centers": "Alianza Latina|Centros de Salud Alianza Latina",
    "Clínica Buena Salud": "Buena Salud",
    "Salud Comunitaria del Valle": "",
    "Klinikwerk Digital GmbH": "Klinikwerk Digital|Klinikwerk",
    "Pflegecloud GmbH": "Pflegecloud",
    "Soigneo": "Soigneo SAS",
    "Médilink Santé": "Médilink",
    "ShiftNest": "",
    "Heartland Senior Living": "Heartland",
    "Cornerstone Behavioral Health": "Cornerstone",
    "Fox Valley Public Health District": "FVPHD|Fox Valley Public Health",
    "Vida Sana Clinics": "Vida Sana",
    "Nurseflow": "",
    "Centro Médico La Esperanza": "La Esperanza|Centro Medico La Esperanza",
    "Vitalora": "",
}


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def parsed_uids(text: str) -> set[str]:
    import icalendar

    calendar = icalendar.Calendar.from_ical(text)
    return {str(c.get("UID")) for c in calendar.walk("VEVENT")}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    evs = (holdout51ev_pos_a.events() + holdout51ev_pos_b.events() + holdout51ev_pos_c.events()
           + holdout51ev_neg_a.events() + holdout51ev_neg_b.events())
    random.Random(51051).shuffle(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    seen: set[str] = set()
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        text = str(e["text"])
        uid = str(e["uid"])
        uids = parsed_uids(text)
        if uids != {uid} or uid in seen:
            raise SystemExit(f"UID mismatch in {name}: {uids} vs {uid}")
        seen.add(uid)
        if e["is_int"] and str(e["company"]) not in FORMS:
            raise SystemExit(f"no forms row for {e['company']}")
        atomic_write(out / name, text.encode("utf-8"))
        rows.append([name, uid, str(e["is_int"]), e["company"], e["role"], e["stage"], e["interviewers"], SPLIT,
                     e["trap"]])
    _replace_rows(out / "labels.csv", LABEL_HEADER, 7, rows)
    used = sorted({str(e["company"]) for e in evs if e["is_int"] and e["company"]})
    _replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in used])
    n_pos = sum(1 for e in evs if e["is_int"])
    n_ui = sum(1 for e in evs if "user-as-interviewer" in str(e["trap"]))
    print(f"{len(evs)} events: {n_pos} interviews, {len(evs) - n_pos} negatives ({n_ui} user-as-interviewer); "
          f"{len(used)} companies")


def _replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[object]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"unexpected header in {path}: {first}")
            kept = [r for r in reader if r and r[split_col] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(new_rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


if __name__ == "__main__":
    main()
