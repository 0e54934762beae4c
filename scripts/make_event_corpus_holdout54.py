"""Write the holdout54 event corpus: Inès Haddad, UX designer in Toulouse (blind split, issue 4).

Usage: python scripts/make_event_corpus_holdout54.py [--out tests/corpus/events]

Replaces only holdout54-*.ics files and the split=holdout54 rows of labels.csv and company_forms.csv;
other rows are kept as they are, the header is kept, and every file is written atomically.
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

import holdout54ev_neg_other
import holdout54ev_neg_side
import holdout54ev_pos_ats
import holdout54ev_pos_direct
import holdout54ev_pos_more

SPLIT = "holdout54"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Pistache": "",
    "Nimbl": "",
    "Kestrel Mobility": "Kestrel",
    "Stellis Aerospace": "Stellis",
    "Helio Santé": "Helio",
    "Feldwerk": "",
    "Ondine Labs": "Ondine",
    "Quellwerk Digital": "Quellwerk",
    "Tramuntana Tech": "Tramuntana",
    "Lattice Health": "",
    "Vireo Systems": "Vireo",
    "Quarry": "",
    "Dreamfold": "",
    "Carto Volta": "",
    "Vigneron": "",
    "Civitas Numérique": "Civitas",
    "Tandem Learning": "Tandem",
    "Rivage Voyages": "Rivage",
    "Cartésia": "",
    "Société Occitane de Logiciels": "SOL",
    "Garance Énergies": "Garance",
    "Orchard Bank": "Orchard",
    "Pagaloo": "",
    "Sargantana Studio": "Sargantana",
    "Boréal Logiciels": "Boréal",
    "Lumino Studios": "Lumino|Lumino Studio",
    "Colza Robotics": "Colza",
    "Kobalt Studio": "Kobalt",
    "Atelier Mistral": "",
    "Cigale Énergie": "Cigale",
    "Orbis": "",
    "Fenouil": "",
    "Azimut Mobilité": "Azimut",
    "Brücke Health": "",
    "Loomstack": "",
    "Halyard Insurance": "Halyard|Halyard Insurance Services",
    "Nuage Rose": "",
    "Mellifera": "",
    "Papyrus RH": "Papyrus",
    "Trouvaille": "",
}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def _merge_csv(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every line of other splits verbatim, drop ours, append the new rows."""
    kept: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        if lines:
            kept.append(lines[0] if lines[0].endswith("\n") else lines[0] + "\n")
        for line in lines[1:]:
            if not line.strip():
                continue
            parsed = next(csv.reader([line]), [])
            if len(parsed) > split_col and parsed[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    else:
        kept.append(_csv_line(header))
    kept.extend(_csv_line(r) for r in rows)
    _atomic_write(path, "".join(kept).encode("utf-8"))


def collect() -> list[tuple[str, str, dict[str, str]]]:
    evs = (holdout54ev_pos_ats.events() + holdout54ev_pos_direct.events() + holdout54ev_pos_more.events()
           + holdout54ev_neg_side.events() + holdout54ev_neg_other.events())
    random.Random(54).shuffle(evs)
    return evs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("--out", type=Path, default=root / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    companies: list[str] = []
    for i, (kind, ics, lab) in enumerate(collect(), start=1):
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        _atomic_write(out / name, ics.encode("utf-8"))
        rows.append([name, lab["uid"], lab["is_interview"], lab["company"], lab["role"], lab["stage"],
                     lab["interviewers"], SPLIT, lab["trap"]])
        if lab["is_interview"] == "1" and lab["company"] and lab["company"] not in companies:
            companies.append(lab["company"])
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    _merge_csv(out / "labels.csv", LABEL_HEADER, 7, rows)
    _merge_csv(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in sorted(companies)])
    pos = sum(r[2] == "1" for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} negatives, {len(companies)} employers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
