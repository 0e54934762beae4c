"""Write the holdout50 event split: Amélie Dufour (brand manager, Biscuiterie Delvaux, Brussels).

Written blind (without reading the classifier or the other splits). Replaces only holdout50-*.ics files and
the split=holdout50 rows of labels.csv and company_forms.csv; appends otherwise and keeps the headers.

    cd scripts && ../.venv/bin/python make_event_corpus_holdout50.py --out ../tests/corpus/events
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

import holdout50ev_neg_other
import holdout50ev_neg_side
import holdout50ev_pos_a
import holdout50ev_pos_b

SPLIT = "holdout50"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Maison Verhaegen": "Verhaegen|Verhaegen Chocolatier",
    "Brasserie Lambermont": "Lambermont",
    "Laiterie des Ardennes": "LDA",
    "Colmart": "",
    "Vanhoutte Foods": "Vanhoutte",
    "Kraak Granola": "Kraak",
    "Sources de Chevron": "Chevron",
    "Coopérative Terrasolis": "Terrasolis",
    "Hopper & Finch": "H&F|Hopper and Finch",
    "Petits Pots Léon": "",
    "Caves Wellenstein": "Wellenstein",
    "Kaschtel Retail": "Kaschtel",
    "Vandermeulen": "Vandermeulen Épices",
    "Confitures Marchal": "Marchal",
    "Lemaire Gaufres": "Lemaire",
    "Ferme Hosingen": "",
    "Studio Marmite": "Marmite",
    "Oria Skincare": "Oria",
    "Nutrivia France": "Nutrivia",
    "Fromageries Castelain": "Castelain",
    "Alvéa Consumer Brands": "Alvéa",
    "Kindly Pet Food": "Kindly|Kindly Pet Food Europe",
    "Mealo": "",
    "Sobu Drinks": "Sobu",
    "Kaffeerösterei Bürgi": "Bürgi|Bürgi Kaffee",
    "Alpenmilch Thurgau": "Alpenmilch",
    "Chocolats Morand": "Morand",
    "Helvalp Nutrition": "Helvalp",
    "Cervezas Montseny": "Montseny",
    "Aceites Olivar del Sur": "Olivar del Sur",
    "Turrones La Alcarria": "La Alcarria",
    "Grupo Lácteo Cantábrico": "GLC|Lácteo Cantábrico",
    "Maison Ravel": "Ravel|Maison Ravel Spirits",
    "Boulangeries Maréchal": "Maréchal",
    "Biscuits Loriot": "Loriot",
    "Kellwood Snacks": "Kellwood|Kellwood Snacks Europe",
    "Bonnet Bleu": "",
}


def _atomic_write(path: Path, data: str | bytes) -> None:
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


def _uids(text: str) -> set[str]:
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    return {str(c.get("UID")) for c in cal.walk("VEVENT")}


def _merge_csv(path: Path, header: list[str], split_col: str, rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get(split_col) != SPLIT]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    for r in kept + rows:
        w.writerow({h: r.get(h, "") for h in header})
    _atomic_write(path, buf.getvalue())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    items = (holdout50ev_pos_a.build() + holdout50ev_pos_b.build() + holdout50ev_neg_side.build()
             + holdout50ev_neg_other.build())
    random.Random(5050).shuffle(items)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    seen: set[str] = set()
    companies: list[str] = []
    for i, (kind, text, rows) in enumerate(items, 1):
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        uids = _uids(text)
        for r in rows:
            if r["uid"] not in uids:
                raise SystemExit(f"{name}: label uid {r['uid']!r} not in {uids}")
            if r["uid"] in seen:
                raise SystemExit(f"duplicate uid {r['uid']}")
            seen.add(r["uid"])
            labels.append({"file": name, **r, "split": SPLIT})
            if r["is_interview"] == "1" and r["company"] and r["company"] not in companies:
                companies.append(r["company"])
        _atomic_write(out / name, text)

    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    forms = [{"split": SPLIT, "company": c, "forms": FORMS[c]} for c in companies]
    _merge_csv(out / "labels.csv", LABEL_HEADER, "split", labels)
    _merge_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(r["is_interview"] == "1" for r in labels)
    side = sum("user-as-interviewer" in r["trap"] for r in labels)
    print(f"{len(items)} files, {len(labels)} labels: {pos} interviews, {len(labels) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} employers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
