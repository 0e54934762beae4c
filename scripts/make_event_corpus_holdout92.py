"""Write the blind event split holdout92 (tests/corpus/events/holdout92-*.ics plus its labels and company forms).

User: Irene Gallego Soto, physiotherapist in Madrid (irene.gallego.fisio@gmail.com,
igallego@clinicafisiosalud-chamberi.es). Raw iCalendar text composed by hand in the holdout92ev_* modules.
Replaces only its own files and rows (split=holdout92); other splits' rows are kept as they are.

Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout92.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout92ev_neg_other  # noqa: E402
import holdout92ev_neg_side  # noqa: E402
import holdout92ev_pos_a  # noqa: E402
import holdout92ev_pos_b  # noqa: E402
import holdout92ev_pos_c  # noqa: E402

SPLIT = "holdout92"
OUT = HERE.parent / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS = OUT / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

COMPANY_FORMS = {
    "Hospitales Nuevo Sol": "Nuevo Sol|HNS|Hospital Nuevo Sol",
    "Centro de Rehabilitación Neurológica Lumbre": "CRN Lumbre|Lumbre|Centro Lumbre",
    "Sportia Wellness": "Sportia",
    "Grupo Vitalia Salud": "Vitalia Salud|Vitalia|Grupo Vitalia",
    "FisioActiva Retiro": "FisioActiva",
    "Mutua Levantina": "Mutua Levantina de Accidentes|MLA",
    "Residencias Ciprés": "Ciprés|Residencia Ciprés",
    "Movimiento Vital Fisioterapia": "Movimiento Vital",
    "Pulso Fitness": "Pulso Fitness Clubs|Pulso",
    "Asistencia Sanitaria Aurora": "Aurora Salud|Aurora",
    "Clínica Universitaria Arga": "Clínica Arga|CU Arga",
    "Hospital Santa Engracia": "Santa Engracia",
    "Policlínica Aldapa": "Aldapa",
    "Fisiomed Canarias": "Fisiomed",
    "Tramonte Pro Cycling": "Tramonte|Tramonte Cycling|Equipo Ciclista Tramonte",
    "Club Natación Pozuelo Delfines": "CN Pozuelo Delfines|Pozuelo Delfines|CN Pozuelo|Delfines Pozuelo",
    "Aquaterapia Sierra Norte": "Aquaterapia",
    "Acasa Rehabilitación": "Acasa|Acasa Rehabilitación Domiciliaria",
    "Osteo & Fisio Lavapiés": "Osteo y Fisio Lavapiés",
    "Club Baloncesto Estudiantil Moncloa": "CB Moncloa|Estudiantil Moncloa|CB Estudiantil Moncloa",
    "Fundación Amparo Ribera": "Amparo Ribera",
    "Club Atlético Manzanares": "Atlético Manzanares|CA Manzanares",
    "Club Balonmano Henares Norte": "BM Henares|BM Henares Norte|Balonmano Henares Norte|Henares Norte",
    "Inter Vallecas Fútbol Sala": "Inter Vallecas FS|Inter Vallecas",
    "Fundación Lesionados Medulares de Castilla": "FLMC",
    "Instituto de Medicina Deportiva Olimpo": "IMDO|Instituto Olimpo",
    "Hospital de Día Neurovida": "Neurovida",
    "Club de Rugby Turia": "Rugby Turia|CR Turia",
    "Centro Médico Deportivo Arenal": "CMD Arenal",
    "Salut Esportiva BCN": "Salut Esportiva|Salut Esportiva Barcelona",
    "Pelvis & Co Fisioterapia": "Pelvis & Co|Pelvis y Co",
    "Centro Rehabilita Pozuelo": "Rehabilita Pozuelo",
    "Hospital San Ginés": "San Ginés",
    "Hospital Marítimo de Levante": "HM Levante|Marítimo de Levante",
    "Academia de Tenis Ventisquero": "Tenis Ventisquero|Ventisquero",
    "Strideo": "",
    "Kinetiq Health": "Kinetiq",
    "Ibex Physio Group": "Ibex Physio|Ibex",
    "Élite Padel Circuit": "",
    "Balance Studio Madrid": "Balance Studio",
    "Orthoflex Iberia": "Orthoflex",
    "MoveWell": "MoveWell Health",
    "Rehaklinik Tramuntana": "Tramuntana|Klinik Tramuntana",
    "Centre de Rééducation Fonctionnelle Les Pins": "CRF Les Pins|Les Pins|Centre Les Pins",
}


def collect() -> list[dict[str, object]]:
    events = []
    for mod in (holdout92ev_pos_a, holdout92ev_pos_b, holdout92ev_pos_c, holdout92ev_neg_side, holdout92ev_neg_other):
        events += mod.events()
    random.Random(9217).shuffle(events)
    for n, e in enumerate(events, 1):
        e["file"] = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
    return events


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def keep_others(path: Path, header: str, split_col: int) -> list[str]:
    if not path.exists():
        return [header + "\n"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [header + "\n"]
    for line in lines[1:]:
        if not line.strip():
            continue
        row = next(csv.reader([line]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    return kept


def check(events: list[dict[str, object]]) -> None:
    import icalendar

    for e in events:
        cal = icalendar.Calendar.from_ical(e["ics"])
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert uids == {e["uid"]}, (e["file"], uids, e["uid"])
        assert e["stage"] in STAGES, e["file"]
        if not e["is_interview"]:
            assert not e["company"] and not e["interviewers"], e["file"]
        else:
            assert e["company"] in COMPANY_FORMS, e["company"]
        if e["kind"].startswith("side-"):
            assert "user-as-interviewer" in e["trap"], e["file"]
        assert all(x == x.lower() for x in str(e["interviewers"]).split(";") if "@" in x), e["file"]
    assert len({e["uid"] for e in events}) == len(events)
    used = {e["company"] for e in events if e["is_interview"]}
    assert used == set(COMPANY_FORMS), set(COMPANY_FORMS) ^ used


def main() -> None:
    events = collect()
    check(events)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for e in events:
        atomic_write(OUT / str(e["file"]), str(e["ics"]))
    lines = keep_others(LABELS, LABEL_HEADER, 7)
    for e in events:
        lines.append(csv_line([str(e["file"]), str(e["uid"]), str(e["is_interview"]), str(e["company"]),
                               str(e["role"]), str(e["stage"]), str(e["interviewers"]), SPLIT, str(e["trap"])]))
    atomic_write(LABELS, "".join(lines))
    forms = keep_others(FORMS, FORMS_HEADER, 0)
    for company in sorted({str(e["company"]) for e in events if e["is_interview"]}):
        forms.append(csv_line([SPLIT, company, COMPANY_FORMS[company]]))
    atomic_write(FORMS, "".join(forms))
    pos = sum(1 for e in events if e["is_interview"])
    side = sum(1 for e in events if "user-as-interviewer" in str(e["trap"]))
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(COMPANY_FORMS)} companies")


if __name__ == "__main__":
    main()
