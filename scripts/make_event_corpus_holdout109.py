"""Write the holdout109 calendar-event split (written blind; CC0 1.0).

The user is Gonzalo Herrera, head sommelier and restaurant manager at a hotel in Santiago de Chile
(gonzalo.herrera.vino@gmail.com, gherrera@hotelandesmapocho.cl), interviewing for wine-director, hospitality and
export/brand-ambassador roles in Chile, Argentina and Spain. Every event is raw iCalendar text composed in the
holdout109ev_*.py modules. This script replaces only holdout109-*.ics and the split=holdout109 rows of labels.csv
and company_forms.csv, keeps every other row and the headers, writes atomically and checks each label's UID
against the file as icalendar parses it.

Usage: python scripts/make_event_corpus_holdout109.py [--out tests/corpus/events]
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

import holdout109ev_neg_life
import holdout109ev_neg_side
import holdout109ev_pos_a
import holdout109ev_pos_b
import holdout109ev_pos_c
import holdout109ev_pos_d
from holdout109ev_ics import Ev

SPLIT = "holdout109"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see the brief's forms rules); empty when none.
FORMS: dict[str, list[str]] = {
    "Viña Cordillera Azul": ["Cordillera Azul"],
    "Grupo Hotelero Pacífico Sur": ["Hoteles Pacífico Sur", "Grupo Pacífico Sur"],
    "Bodegas Larrañeta": ["Larrañeta"],
    "Grupo Sarmiento Restauración": ["Grupo Sarmiento", "Sarmiento Restauración"],
    "Cepa Digital": [],
    "Uvva": [],
    "Meridia Hotels & Resorts": ["Meridia Hotels", "Meridia"],
    "Vinorama": [],
    "Lodge Altos de Pucón": ["Altos de Pucón"],
    "Enoturismo Colchagua": [],
    "Grupo Costanera Gastronomía": ["Grupo Costanera", "Costanera Gastronomía"],
    "Vinamigo": [],
    "Maravia Hotels": ["Maravia"],
    "La Mesa Hospitality": [],
    "Lumen Hotels International": ["Lumen Hotels", "Lumen"],
    "Weinkontor Hanse": [],
    "Viña Santa Leonor": ["Santa Leonor"],
    "Bodegas Hermanos Sáez Alonso": ["Sáez Alonso", "Bodegas Sáez Alonso", "Hermanos Sáez Alonso"],
    "Harrow & Finch Wine Merchants": ["Harrow & Finch", "Harrow and Finch"],
    "Viñedos Maipo Andino": ["VMA", "Maipo Andino"],
    "Recoleta Grand Hotel": ["Recoleta Grand"],
    "Bodega Tres Cumbres": ["Tres Cumbres"],
    "Hotel Bellavista Plaza": ["Bellavista Plaza"],
    "Laurel y Sal": ["Restaurante Laurel y Sal"],
    "Distribuidora Malbec Sur": ["Malbec Sur"],
    "Austral Suites Hoteles": ["Austral Suites"],
    "Grupo Hotelero Azahar": ["Grupo Azahar"],
    "Tinto y Mar": ["Restaurante Tinto y Mar"],
    "Importadora Bacchus Chile": ["Importadora Bacchus", "Bacchus Chile"],
    "Viña Niebla Costera": ["Niebla Costera"],
    "Hotel Viñedos de Marchigüe": ["Viñedos de Marchigüe"],
    "Bar Tannat": [],
    "Viña Quebrada Alta": ["Quebrada Alta"],
    "Viña Los Boldos": ["Los Boldos"],
    "Maison Duclos-Ferrand": ["Duclos-Ferrand"],
    "Caves Mas Albereda": ["Mas Albereda", "Cavas Mas Albereda"],
    "Pipeño Club": [],
    "Elqui Spirits Co.": ["Elqui Spirits"],
    "Grupo Fogón": [],
    "Casa Lihuén Wines": ["Casa Lihuén"],
    "Hotel Tierra Altiplano": ["Tierra Altiplano"],
    "Viñas Unidas de Chile": ["VUC"],
    "Oñate Distribuciones": ["Oñate"],
    "Hotel Nativo Lastarria": ["Hotel Nativo"],
    "CopaLlena": ["Copa Llena"],
    "Vinícola Aurora": ["Aurora", "Aurora Wines"],
    "Enoroute": [],
    "Altura Hotels & Resorts": ["Altura Hotels", "Altura"],
    "Bodegas Hidalgo-Montero": ["Hidalgo-Montero"],
    "Viña Alto Tinguiririca": ["Alto Tinguiririca"],
    "Bodegas Entrepinos": ["Entrepinos"],
    "Grupo Hotelero Cóndor": ["Hoteles Cóndor"],
    "Hotel Patagonia Sur": [],
    "Hotel Boutique Cerro Alegre": ["Hotel Cerro Alegre"],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout109ev_pos_a, holdout109ev_pos_b, holdout109ev_pos_c, holdout109ev_pos_d,
                holdout109ev_neg_side, holdout109ev_neg_life):
        evs.extend(mod.build())
    return evs


def check(evs: list[Ev]) -> None:
    import icalendar

    uids: set[str] = set()
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev.text)
        parsed = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if parsed != {ev.uid}:
            raise SystemExit(f"{ev.kind}: UID mismatch {parsed} != {ev.uid}")
        for c in cal.walk("VEVENT"):
            c.decoded("DTSTART")
        if ev.uid in uids:
            raise SystemExit(f"duplicate UID {ev.uid}")
        uids.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
        if ev.is_interview:
            if not ev.company or ev.company not in FORMS:
                raise SystemExit(f"{ev.kind}: company {ev.company!r} missing from FORMS")
            low = ev.text.lower()
            for who in ev.interviewers:
                if "@" in who and who not in low:
                    raise SystemExit(f"{ev.kind}: interviewer {who} not in file")
        else:
            if ev.company or ev.role or ev.stage or ev.interviewers:
                raise SystemExit(f"{ev.kind}: negative with interview cells")
    used = {e.company for e in evs if e.is_interview}
    if used != set(FORMS):
        raise SystemExit(f"FORMS out of step: {set(FORMS) ^ used}")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    evs = collect()
    check(evs)
    random.Random(10920).shuffle(evs)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        atomic_write(out / name, ev.text.encode("utf-8"))
        labels.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ";".join(ev.interviewers),
                       SPLIT, ev.trap])
    rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", labels)
    forms = [[SPLIT, c, "|".join(f)] for c, f in sorted(FORMS.items())]
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
