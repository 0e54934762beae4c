"""Write the blind event split holdout97 (Matthias Keller, postdoc chemist in Basel).

Writes tests/corpus/events/holdout97-*.ics, replaces the split=holdout97 rows of labels.csv and
company_forms.csv (other rows are kept). Blind author, raw iCalendar text; CC0 1.0.
Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout97.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout97ev_neg_other
import holdout97ev_neg_side
import holdout97ev_pos_a
import holdout97ev_pos_b
import holdout97ev_pos_c

SPLIT = "holdout97"
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Juravita Therapeutics": "Juravita",
    "Agrosana Crop Science": "Agrosana",
    "Rheinfeld Pharma": "Rheinfeld",
    "Chimie Fine Alsace": "CFA",
    "Lonvia Biologics": "Lonvia",
    "Helvesynth": "",
    "Merian Life Sciences": "Merian",
    "Bachtel Agro": "Bachtel",
    "Pyrrhon Bioscience": "Pyrrhon",
    "Kalyx Therapeutics": "Kalyx",
    "Duftwerk": "Duftwerk Holzminden",
    "Weissenstein Aromen": "Weissenstein",
    "Basilisk Discovery": "Basilisk",
    "Nordhafen Biotech": "Nordhafen",
    "Vireon Chemicals": "Vireon",
    "Ardent Biosciences": "Ardent",
    "Cerulean Peptides": "Cerulean",
    "KinaLab": "KinaLab Heidelberg",
    "Mittelland Analytik": "",
    "Quellwerk Pharma": "Quellwerk",
    "Neckartal Pharmazeutika": "Neckartal",
    "Galenix Formulation": "Galenix",
    "Isarchem": "",
    "Salinaria": "",
    "Thurgauer Feinchemie": "TFC",
    "Provence Arômes Naturels": "PAN",
    "Saveurs de Grasse": "SdG",
    "Alpenrose Pharma": "Alpenrose",
    "Aarwerk Chemie": "Aarwerk",
    "Epiris Biotech": "Epiris",
    "Rhodanie Agrochimie": "Rhodagro",
    "Septentrion Pharma": "Septentrion",
    "Tessin Bioscience": "Tessin Bio",
    "Laboratoires Brunnel": "Brunnel",
    "Fenchel & Anis": "",
    "Limmat Biopharma": "Limmat Bio",
    "Veltheim Aromen": "Veltheim",
    "Mediterránea Química Fina": "MQF|Mediterránea",
    "Jungfrau Pharma Services": "Jungfrau Pharma",
    "Grünfeld Saatgut & Pflanzenschutz": "Grünfeld Saatgut|Grünfeld",
    "Orbeon Crop Protection": "Orbeon",
}


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def csv_text(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def read_other(path: Path, header: list[str], split_col: str) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        r = csv.DictReader(fh)
        return [[row.get(h, "") for h in header] for row in r if row.get(split_col) != SPLIT]


def main() -> None:
    recs = (holdout97ev_pos_a.build() + holdout97ev_pos_b.build() + holdout97ev_pos_c.build()
            + holdout97ev_neg_side.build() + holdout97ev_neg_other.build())
    random.Random(9707).shuffle(recs)
    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    seen = set()
    for i, r in enumerate(recs, 1):
        name = f"{SPLIT}-{i:03d}-{r['kind']}.ics"
        assert r["uid"] not in seen, r["uid"]
        seen.add(r["uid"])
        atomic_write(EVDIR / name, r["ics"].encode("utf-8"))
        rows.append([name, r["uid"], str(r["is_interview"]), r["company"], r["role"], r["stage"],
                     r["interviewers"], SPLIT, r["trap"]])
    labels = EVDIR / "labels.csv"
    atomic_write(labels, csv_text(LABEL_HEADER, read_other(labels, LABEL_HEADER, "split") + rows))
    companies = sorted({r["company"] for r in recs if r["is_interview"] and r["company"]})
    missing = [c for c in companies if c not in FORMS]
    assert not missing, missing
    forms = EVDIR / "company_forms.csv"
    frows = [[SPLIT, c, FORMS[c]] for c in companies]
    atomic_write(forms, csv_text(FORMS_HEADER, read_other(forms, FORMS_HEADER, "split") + frows))
    npos = sum(r["is_interview"] for r in recs)
    nside = sum("user-as-interviewer" in r["trap"] for r in recs)
    print(f"{len(recs)} files, {npos} interviews, {len(recs) - npos} negatives ({nside} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
