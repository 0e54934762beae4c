"""Write the blind holdout98 event split (Núria Puig Ferrer, event manager in Barcelona).

Raw iCalendar text composed by hand in the holdout98ev_* modules. Replaces only holdout98-*.ics files and the
split=holdout98 rows of labels.csv and company_forms.csv; everything else is kept. CC0 1.0.

Usage: python scripts/make_event_corpus_holdout98.py [--out tests/corpus/events]
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

import holdout98ev_neg_life
import holdout98ev_neg_other
import holdout98ev_neg_side
import holdout98ev_pos_a
import holdout98ev_pos_b
import holdout98ev_pos_c
import holdout98ev_pos_d

SPLIT = "holdout98"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
FORMS = {
    "Mediterra Hotels": "Mediterra|Mediterra Hoteles",
    "Alcázar Hotels & Resorts": "Alcázar Hotels|Alcázar Hoteles|Alcázar Hotels and Resorts|Alcázar",
    "Centre de Convencions Diagonal": "CCD|Centro de Convenciones Diagonal",
    "Fira Costa Daurada": "",
    "Centro de Congressos do Tejo": "CCT|CCT Lisboa|Tejo Congress Centre",
    "Atlàntida DMC": "Atlàntida",
    "Brava MICE": "Brava",
    "Solvora Hotels & Resorts": "Solvora|Solvora Hotels|Solvora Hotels and Resorts",
    "Iberhost Hotels": "Iberhost",
    "Kaleido Eventos": "Kaleido",
    "Grupo Mirasol": "Mirasol",
    "Casa Lumen Hotels": "Casa Lumen",
    "Vértice Congresos": "Vértice",
    "Arena Events Group": "Arena Events|Arena",
    "Hotel Maricel": "Maricel|Hotel Maricel Sitges",
    "Douro Convention Bureau": "",
    "Grupo Sandemar": "Sandemar",
    "Eventoria": "",
    "Grupo Bellver Hotels": "Bellver Hotels|Bellver|Grupo Bellver",
    "Grupo Areias Hotels": "Areias Hotels|Areias",
    "Halcyon Hotels International": "Halcyon Hotels|Halcyon|Halcyon Hotels Int.",
    "Evenzo": "",
    "Sonnenhof Hotels": "Sonnenhof|Sonnenhof Hotels GmbH",
    "Hotel Font del Mar": "Font del Mar|Hotel Font del Mar Barcelona",
    "Rosaleda Hotels": "Rosaleda",
    "Expoaragón": "",
    "Palacio de Congresos Costa del Sol": "PCCS|Palacio de Congresos de la Costa del Sol",
    "Nexus Congress Services": "Nexus|Nexus Congress",
    "Événements Azur": "Evenements Azur",
    "Fira Mediterrània de Congressos": "Fira Mediterrània",
    "Lusitânia Incentives": "Lusitânia",
    "Grup Terramar Hotels": "Terramar|Grup Terramar|Terramar Hotels",
    "Hoteles Oleaje": "Oleaje",
    "Atalaya Hotel Group": "Atalaya|Atalaya Hotels",
    "Madeira Congress & Events": "Madeira Congress and Events|Madeira Congress",
    "Can Estela": "Hotel Can Estela",
    "Costa Brava Convention Bureau": "CBCB|Costa Brava CB",
}


def collect() -> list[dict[str, object]]:
    recs = []
    for mod in (holdout98ev_pos_a, holdout98ev_pos_b, holdout98ev_pos_c, holdout98ev_pos_d,
                holdout98ev_neg_side, holdout98ev_neg_other, holdout98ev_neg_life):
        recs.extend(mod.events())
    random.Random(9802).shuffle(recs)
    for i, r in enumerate(recs, 1):
        r["file"] = f"{SPLIT}-{i:03d}-{r['src']}.ics"
    return recs


def check(recs: list[dict[str, object]]) -> None:
    import icalendar

    uids = set()
    for r in recs:
        cal = icalendar.Calendar.from_ical(str(r["ics"]))
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert found == {r["uid"]}, (r["file"], found, r["uid"])
        assert r["uid"] not in uids, r["uid"]
        uids.add(str(r["uid"]))
        if r["is_interview"]:
            assert r["company"] in FORMS, r["company"]
        elif "user-as-interviewer" not in str(r["trap"]):
            assert not r["company"]
    labelled = {r["company"] for r in recs if r["is_interview"]}
    assert labelled == set(FORMS), set(FORMS) ^ labelled


def atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[list[object]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"unexpected header in {path}: {first}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and row[idx] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    recs = collect()
    check(recs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for r in recs:
        atomic_write(out / str(r["file"]), str(r["ics"]))
    rows = [[r["file"], r["uid"], r["is_interview"], r["company"], r["role"], r["stage"], str(r["interviewers"]),
             SPLIT, r["trap"]] for r in recs]
    rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", rows)
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split", [[SPLIT, c, f] for c, f in FORMS.items()])
    pos = sum(1 for r in recs if r["is_interview"])
    side = sum(1 for r in recs if "user-as-interviewer" in str(r["trap"]))
    print(f"{len(recs)} events: {pos} interviews, {len(recs) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
