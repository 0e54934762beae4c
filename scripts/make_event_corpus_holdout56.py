"""Write the holdout56 event split (issue 4): ~110 raw iCalendar files written blind, CC0 1.0.

The user is Hannah Whitfield (hannah.whitfield@outlook.com / h.whitfield@marshlane-law.co.uk), a newly
qualified solicitor at Marsh Lane LLP, Leeds. Replaces only holdout56-*.ics files and split=holdout56 rows of
labels.csv and company_forms.csv; other rows are kept as they are.

Usage: python scripts/make_event_corpus_holdout56.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout56ev_neg_other
import holdout56ev_neg_side
import holdout56ev_pos_en
import holdout56ev_pos_en2
import holdout56ev_pos_intl

SPLIT = "holdout56"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other accepted forms per labelled company (see company_forms.csv rules).
FORMS = {
    "Tallyfold": "Tallyfold Ltd",
    "Brightmoor Energy": "Brightmoor",
    "Quillpoint": "",
    "Pennine Building Society": "Pennine BS",
    "Calder & Vane": "Calder & Vane LLP|Calder and Vane",
    "Ferncastle Games": "Ferncastle",
    "Harcourt Pharma": "Harcourt Pharma UK|Harcourt Pharma UK Limited",
    "Marlow Aerospace": "Marlow Aerospace plc",
    "Vantora": "",
    "Kitewire": "",
    "Ellison Rowe Solicitors": "Ellison Rowe",
    "Lumen Legal": "",
    "Wainwright Sykes LLP": "Wainwright Sykes",
    "Plinth": "",
    "Kingsmere Housing Association": "Kingsmere Housing|Kingsmere",
    "Oakfield Health": "",
    "Orbis Telecom": "Orbis|Orbis Telecom UK",
    "Yorkstone Bank": "Yorkstone Bank plc|Yorkstone",
    "Pickering Hale": "Pickering Hale LLP",
    "Greaves Mortimer": "",
    "Brackenbury Fox": "Brackenbury Fox LLP",
    "Ashworth Keane LLP": "Ashworth Keane",
    "Pryce Holloway": "",
    "Daventry Clarke": "Daventry Clarke LLP",
    "Gresham Tate": "",
    "Stonegate Insurance": "Stonegate",
    "Airedale Council": "Airedale Metropolitan Borough Council|Airedale MBC|Airedale Metropolitan Council",
    "West Riding Teaching Hospitals NHS Foundation Trust": "West Riding Teaching Hospitals|West Riding Teaching "
    "Hospitals NHS Trust",
    "Rowntree Byers": "Rowntree Byers Solicitors",
    "Hollins Pike": "Hollins Pike LLP",
    "Quayside Logistics": "Quayside",
    "Northwold Foods": "Northwold",
    "Heron Vale Solicitors": "Heron Vale",
    "Brierley & Co": "Brierley and Co",
    "Lisle Retail": "Lisle",
    "Hartwell Hotels": "Hartwell",
    "Kendrick Shaw": "Kendrick Shaw LLP",
    "Groupe Marceau": "Marceau",
    "Kessler Hoffmann": "Kessler Hoffmann Rechtsanwälte|Kessler Hoffmann Rechtsanwälte PartG mbB",
    "Rheinmark Versicherung": "Rheinmark Versicherung AG|Rheinmark",
    "Brandt Siebold": "Brandt Siebold Rechtsanwälte",
    "Mainstadt Logistik": "Mainstadt Logistik GmbH",
    "Carrow Lindgren": "",
    "Delorme Aubry Avocats": "Delorme Aubry|Cabinet Delorme Aubry",
    "Maison Verlaine": "",
    "Fournier Lacoste & Associés": "Fournier Lacoste|FLA",
    "Alcázar Renovables": "",
    "Lumbre Seguros": "Lumbre Seguros Europe|Lumbre Seguros Europe DAC|Lumbre",
    "Mulcahy Byrne": "Mulcahy Byrne LLP",
    "Shannonside Foods": "Shannonside Foods plc|Shannonside",
    "Liffey Analytics": "",
    "Weidner & Kollegen": "Weidner und Kollegen",
    "Rathmore Technologies": "Rathmore",
    "Amberley Group": "Amberley Group Services|Amberley Group Services Ltd|Amberley",
    "University of Northbridge": "Northbridge University",
}


def collect() -> list[dict[str, str]]:
    evs = []
    for mod in (holdout56ev_pos_en, holdout56ev_pos_en2, holdout56ev_pos_intl, holdout56ev_neg_side,
                holdout56ev_neg_other):
        evs += mod.events()
    random.Random(5656).shuffle(evs)
    return evs


def atomic_write(path: Path, data: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], new_rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            head = next(reader, None)
            if head and head != header:
                raise SystemExit(f"{path}: unexpected header {head}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    wr.writerow(header)
    wr.writerows(kept)
    wr.writerows(new_rows)
    atomic_write(path, buf.getvalue())


def verify(text: str, uid: str) -> None:
    try:
        import icalendar
    except ImportError:  # pragma: no cover - verification is optional
        return
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        raise SystemExit(f"UID mismatch: label {uid!r}, file {uids!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    companies: list[str] = []
    for i, ev in enumerate(collect(), 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        verify(ev["ics"], ev["uid"])
        atomic_write(out / name, ev["ics"])
        rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                     ev["interviewers"].lower(), SPLIT, ev["trap"]])
        if ev["is_interview"] == "1" and ev["company"] and ev["company"] not in companies:
            companies.append(ev["company"])
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms entry for {missing}")
    rewrite_csv(out / "labels.csv", LABEL_HEADER, rows, "split")
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, FORMS[c]] for c in sorted(companies)], "split")
    pos = sum(r[2] == "1" for r in rows)
    side = sum("user-as-interviewer" in r[8] for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
