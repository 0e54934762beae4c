"""Write the holdout101 event split: ~110 raw iCalendar files for Franziska Eder, an architect in Munich.

Written blind (without reading the classifier or the other generators); CC0 1.0. Replaces only
tests/corpus/events/holdout101-*.ics and the split=holdout101 rows of labels.csv and company_forms.csv.

Usage: python scripts/make_event_corpus_holdout101.py [--out tests/corpus/events]
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

import holdout101ev_neg_career
import holdout101ev_neg_life
import holdout101ev_neg_side
import holdout101ev_pos_a
import holdout101ev_pos_b
import holdout101ev_pos_c
import holdout101ev_pos_d

SPLIT = "holdout101"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Isarwerk Projektentwicklung": "Isarwerk",
    "Baywald Wohnbau": "Baywald",
    "PlanQuadrat Ingenieure": "PlanQuadrat",
    "Sorensen Hale Architects": "Sorensen Hale",
    "Bauer Kirchhoff Partner": "BKP|BKP Architects|BKP Bauer Kirchhoff Partner",
    "Helix Campus Development": "Helix|Helix Campus",
    "Nordhaus Immobilien": "Nordhaus",
    "Quadra Real Estate": "Quadra|Quadra RE",
    "Max Sedlmeier Bauunternehmung": "Sedlmeier|Sedlmeier Bau|Max Sedlmeier",
    "Kessler Projektmanagement": "Kessler PM",
    "Meridian Engineering Consultants": "Meridian|Meridian EC",
    "Stonebridge Design Group": "Stonebridge|Stonebridge Design",
    "Arbor Workplace": "Arbor",
    "Kranz Ostermeier Architekten": "Kranz Ostermeier",
    "Lindner Haas Architekten": "Lindner Haas|LHA|Lindner Haas Architekten BDA",
    "Atelier Quer": "",
    "Wagner Sailer Architekten": "Wagner Sailer",
    "Zwei Punkt Null Architekten": "Zwei Punkt Null",
    "Domus Tirol": "Domus Tirol Gemeinnützige Wohnbau",
    "Feldraum Architektur": "Feldraum|Feldraum Architektur ZT",
    "Rauch Stegmann Planungsgesellschaft": "RSP|Rauch Stegmann|RSP Rauch Stegmann",
    "Landeshauptstadt München": ("Stadt München|Baureferat der Landeshauptstadt München|"
                                 "Landeshauptstadt München Baureferat"),
    "Landratsamt Mangfalltal": "Landkreis Mangfalltal|LRA Mangfalltal",
    "Gruber + Lenz Architekten": "Gruber + Lenz|Gruber und Lenz",
    "Obermayr Holzbau": "Obermayr",
    "HOLM Architekten": "HOLM",
    "Vireo Landschaftsarchitektur": "Vireo",
    "Wohnbau Südost": "",
    "Ateliers Brisach": "",
    "Morel & Dufaux architectes": "Morel & Dufaux|Morel et Dufaux",
    "Estudio Ribera Arquitectos": "Estudio Ribera",
    "Brückner & Vogt Generalplaner": "Brückner & Vogt|Brückner und Vogt",
    "Kaltenbach Real Estate Partners": "Kaltenbach|Kaltenbach Real Estate",
    "Terrafirma Living": "Terrafirma",
    "Planbar": "",
    "Hochschule Rosenau": "HRO",
    "Staatliches Bauamt Isartal": "StBA Isartal",
    "Wohnbaugesellschaft Würmtal": "WBW",
    "Kollektiv Nord Architekten": "Kollektiv Nord",
    "Stadtsanierung Oberland": "",
}


def all_events() -> list[dict[str, str]]:
    evs: list[dict[str, str]] = []
    for mod in (holdout101ev_pos_a, holdout101ev_pos_b, holdout101ev_pos_c, holdout101ev_pos_d,
                holdout101ev_neg_side, holdout101ev_neg_career, holdout101ev_neg_life):
        evs.extend(mod.events())
    return evs


def _atomic_write(path: Path, data: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[dict[str, str]]) -> None:
    """Keep the header and every other split's line byte for byte; drop ours; append the new rows."""
    idx = header.index(split_col)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [lines[0]] if lines else [",".join(header)]
    for line in lines[1:]:
        cells = next(csv.reader([line]), [])
        if len(cells) > idx and cells[idx] == SPLIT:
            continue
        if line.strip():
            kept.append(line)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow([row[h] for h in header])
    _atomic_write(path, "\n".join(kept) + "\n" + buf.getvalue())


def check_uids(out: Path, rows: list[dict[str, str]]) -> None:
    """Every label's UID must be what icalendar reads from its file."""
    import icalendar

    for row in rows:
        cal = icalendar.Calendar.from_ical((out / row["file"]).read_bytes())
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {row["uid"]}:
            raise SystemExit(f"UID mismatch in {row['file']}: {uids} vs {row['uid']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    uids = [e["uid"] for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    random.Random(101).shuffle(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        _atomic_write(out / name, e["text"])
        rows.append({
            "file": name, "uid": e["uid"], "is_interview": e["is_interview"], "company": e["company"],
            "role": e["role"], "stage": e["stage"], "interviewers": e["interviewers"], "split": SPLIT,
            "trap": e["trap"],
        })
    check_uids(out, rows)
    companies = sorted({r["company"] for r in rows if r["is_interview"] == "1" and r["company"]})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", rows)
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split",
                 [{"split": SPLIT, "company": c, "forms": FORMS[c]} for c in companies])
    pos = sum(r["is_interview"] == "1" for r in rows)
    side = sum("user-as-interviewer" in r["trap"] for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} negatives ({side} user-as-interviewer); "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
