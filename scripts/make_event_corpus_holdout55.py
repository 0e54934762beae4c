"""Write the blind holdout55 event split (Álvaro Castillo Rey, hotel operations manager, Santander).

Usage: python scripts/make_event_corpus_holdout55.py [--out tests/corpus/events]
Replaces only holdout55-*.ics, the split=holdout55 rows of labels.csv and of company_forms.csv.
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

import holdout55ev_neg_other
import holdout55ev_neg_side
import holdout55ev_pos_es
import holdout55ev_pos_intl

SPLIT = "holdout55"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS: dict[str, list[str]] = {
    "Hoteles Mareas Atlánticas": ["Mareas Atlánticas"],
    "Sierra Blanca Hotels & Resorts": ["Sierra Blanca Hotels", "Sierra Blanca", "SBHR"],
    "Posadas del Duero": [],
    "Terranova Hotels & Resorts": ["Terranova Hotels", "Terranova", "Terranova Resorts"],
    "Grupo Faro Azul": ["Faro Azul"],
    "Hotel Miramar Donostia": ["Miramar Donostia", "Hotel Miramar"],
    "Casa Albahaca": [],
    "Iberhostal": [],
    "Olivia Hoteles": ["Olivia"],
    "Vértice Hospitality Group": ["Vértice Hospitality", "Vértice"],
    "Grupo Lumbre Hoteles": ["Grupo Lumbre", "Lumbre Hoteles"],
    "Bahía de Cádiz Hoteles": ["Bahía de Cádiz"],
    "Hoteles Roque Nublo": ["Roque Nublo"],
    "Hoteles Ría de Vigo": ["Ría de Vigo"],
    "Sa Tramuntana Hotels": ["Sa Tramuntana"],
    "Nómada Living": ["Nómada"],
    "Hotel Teide Mar": ["Teide Mar"],
    "Timanfaya Resort": ["Timanfaya"],
    "Hotel Boutique Las Letras": ["Hotel Las Letras", "Las Letras"],
    "Hoteles Cierzo": ["Cierzo"],
    "Atlántida Apartamentos Turísticos": ["Atlántida Apartamentos", "Atlántida"],
    "Hoteles Jacarandá": ["Jacarandá"],
    "Haciendas del Mayab": [],
    "Red de Hospederías de Extremadura": ["Hospederías de Extremadura"],
    "Hoteles Nervión": ["Nervión"],
    "La Finca de Valdelagua Golf & Spa": ["La Finca de Valdelagua", "Finca de Valdelagua", "Valdelagua"],
    "Hoteles Alcázar Sevilla": ["Hoteles Alcázar"],
    "Grupo Hotelero Caribe Maya": ["Caribe Maya"],
    "Hoteles Solaz": ["Solaz"],
    "Harcourt & Vale Hotels": ["Harcourt & Vale", "Harcourt and Vale"],
    "Kestrel House Hotels": ["Kestrel House"],
    "Lodgewell": [],
    "Meridian Crown Hotels": ["Meridian Crown"],
    "Halcyon Resorts": ["Halcyon"],
    "Atlas Lodging Group": ["Atlas Lodging"],
    "Alfama Stays": [],
    "Douro Quinta Hotels": ["Douro Quinta"],
    "The Wharf Collection": ["Wharf Collection"],
    "Tagus River Hotels": ["Tagus River"],
    "Bellingham Court Hotel": ["Bellingham Court"],
    "Sóller Bay Hotel": ["Sóller Bay"],
    "Mont Cervin Hospitality": ["Mont Cervin"],
    "Costa Verde Hotels & Resorts": ["Costa Verde Hotels", "Costa Verde"],
    "Lumen Hotels Group": ["Lumen Hotels", "Lumen"],
    "Grand Hôtel des Narcisses": ["Hôtel des Narcisses", "Grand Hotel des Narcisses Montreux"],
    "Groupe Océane Hôtels": ["Océane Hôtels", "Océane"],
    "Villages Soleil": [],
    "Résidence Hôtelière du Rhône": ["Résidence du Rhône"],
    "Sonnenwind Hotels & Resorts": ["Sonnenwind Hotels", "Sonnenwind"],
    "Engadin Lodges": ["Engadin Lodges AG"],
    "Zürichsee Hotels": ["Zürichsee Hotels AG"],
    "Kessler Hotels": ["Kessler Hotels GmbH", "Kessler"],
    "Hotel Puerto Chico": ["Puerto Chico"],
    "Hoteles Ámbar Costa": ["Ámbar Costa"],
    "Ribeira Boutique Hotels": ["Ribeira Boutique", "Ribeira"],
    "Pemberton Hotels": ["Pemberton"],
}


def collect() -> list[dict[str, object]]:
    specs = (holdout55ev_pos_es.events() + holdout55ev_pos_intl.events() + holdout55ev_neg_side.events()
             + holdout55ev_neg_other.events())
    random.Random(5511).shuffle(specs)
    return specs


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def check_uid(ics: str, uid: str) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(ics)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        raise SystemExit(f"UID mismatch: {uids} != {uid}")


def merge_csv(path: Path, header: list[str], split_col: str, rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get(split_col) != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept + rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    companies: list[str] = []
    for n, s in enumerate(collect(), 1):
        name = f"{SPLIT}-{n:03d}-{s['kind']}.ics"
        ics, uid = str(s["ics"]), str(s["uid"])
        check_uid(ics, uid)
        atomic_write(out / name, ics)
        company = str(s["company"])
        if s["is_interview"] and company and company not in companies:
            companies.append(company)
        labels.append({"file": name, "uid": uid, "is_interview": str(s["is_interview"]), "company": company,
                       "role": str(s["role"]), "stage": str(s["stage"]), "interviewers": str(s["interviewers"]),
                       "split": SPLIT, "trap": str(s["trap"])})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in companies]
    merge_csv(out / "labels.csv", LABEL_HEADER, "split", labels)
    merge_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(1 for r in labels if r["is_interview"] == "1")
    side = sum(1 for r in labels if "user-as-interviewer" in r["trap"])
    print(f"{len(labels)} events: {pos} interviews, {len(labels) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
