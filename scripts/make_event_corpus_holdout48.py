"""Write the holdout48 event split (written blind; CC0 1.0).

Replaces only tests/corpus/events/holdout48-*.ics and the split=holdout48 rows of labels.csv and
company_forms.csv; keeps every other file and row. Run: python scripts/make_event_corpus_holdout48.py
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

import holdout48ev_neg_other
import holdout48ev_neg_side
import holdout48ev_pos_es
import holdout48ev_pos_intl

SPLIT = "holdout48"
ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Iberovía Concesiones": "Iberovía",
    "Obras y Canales del Norte": "OCN|Obras y Canales del Norte S.A.",
    "Aguas de Levante Gestión": "Aguas de Levante",
    "Vialtec Infraestructuras": "Vialtec",
    "Hidrosur Gestión del Agua": "Hidrosur",
    "Carreteras Meridionales": "",
    "Sevitrans Ingeniería": "Sevitrans",
    "Tecnoaqua Ingeniería": "Tecnoaqua",
    "Acueductos Ibéricos": "",
    "Ferrovías del Sur Ingeniería": "FSI|Ferrovías del Sur",
    "Valle Ebro Ingeniería Civil": "Valle Ebro",
    "Puertos y Dársenas del Atlántico": "PDA",
    "TerraPuente Ingenieros": "TerraPuente",
    "GeoTúnel Engineering": "GeoTúnel",
    "Balear Infraestructuras Viarias": "",
    "Norvía Project Management": "Norvía",
    "Estudio Altamar Ingeniería": "Estudio Altamar|Altamar Ingeniería",
    "Transfer Rail Iberia": "TRI",
    "Autopistas del Atlántico Sur": "AUTASUR",
    "Ingeniería Técnica de Redes Hidráulicas": "ITRH",
    "Hidroeuropa Consult": "Hidroeuropa",
    "Aguas de la Campiña Sur": "ACSUR",
    "Meridiano Rail Systems": "Meridiano Rail",
    "Bética Obras Hidráulicas": "Bética Obras Hidr.",
    "Infraestructuras Ría de Vigo": "",
    "Aquanexo": "",
    "Sogétrav Ibérica": "",
    "Consorcio Tranvía Bahía de Cádiz": "Tranvía Bahía de Cádiz",
    "Lusovia Engenharia": "Lusovia",
    "Águas do Tejo Infraestruturas": "Águas do Tejo",
    "ViaNova Mobilidade": "ViaNova",
    "Brightwater Civils": "",
    "Northline Rail Partners": "Northline|Northline Rail",
    "Harland & Price Engineering": "Harland & Price|Harland and Price|Harland and Price Engineering",
    "Severnside Water Services": "Severnside Water",
    "Kestrel Infrastructure Advisory": "Kestrel IA|Kestrel",
    "Pennine Highways": "",
    "Railgrid": "",
    "Rheinbahnbau": "",
    "Spreewasser Ingenieure": "Spreewasser",
    "Kanal & Damm Consult": "Kanal und Damm Consult|Kanal & Damm",
    "Hanse Tiefbau": "",
    "Cabinet Lemaître Ingénierie": "Lemaître Ingénierie",
    "Halvorsen Ward": "",
    "Voltrack": "",
    "Meridian Water Tech": "",
    "Quayside Civil Engineering": "Quayside Civil|Quayside",
    "Alpenrail Consulting": "Alpenrail",
    "Tagus Water Partners": "Tagus Water",
    "Thames Gateway Highways Alliance": "TGHA",
    "Bayerische Wasserbau": "",
}


def _atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    os.replace(tmp, path)


def _rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames and reader.fieldnames != header:
            raise SystemExit(f"unexpected header in {path}")
        return [r for r in reader if r.get("split") != SPLIT]


def _write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    _atomic_write(path, buf.getvalue())


def _check_uid(ics: str, uid: str) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(ics)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        raise SystemExit(f"UID mismatch: {uid!r} vs {uids!r}")


def main() -> None:
    items = (holdout48ev_pos_es.events() + holdout48ev_pos_intl.events()
             + holdout48ev_neg_side.events() + holdout48ev_neg_other.events())
    uids = [i["uid"] for i in items]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    random.Random(4848).shuffle(items)
    ROOT.mkdir(parents=True, exist_ok=True)
    for old in ROOT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels = _rows(ROOT / "labels.csv", LABEL_HEADER)
    companies: list[str] = []
    for n, item in enumerate(items, 1):
        name = f"{SPLIT}-{n:03d}-{item['kind']}.ics"
        _check_uid(item["ics"], item["uid"])
        _atomic_write(ROOT / name, item["ics"])
        labels.append({"file": name, "uid": item["uid"], "is_interview": item["is_interview"],
                       "company": item["company"], "role": item["role"], "stage": item["stage"],
                       "interviewers": item["interviewers"], "split": SPLIT, "trap": item["trap"]})
        if item["is_interview"] == "1" and item["company"] and item["company"] not in companies:
            companies.append(item["company"])
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    _write_csv(ROOT / "labels.csv", LABEL_HEADER, labels)
    forms = _rows(ROOT / "company_forms.csv", FORMS_HEADER)
    forms += [{"split": SPLIT, "company": c, "forms": FORMS[c]} for c in sorted(companies)]
    _write_csv(ROOT / "company_forms.csv", FORMS_HEADER, forms)
    pos = sum(i["is_interview"] == "1" for i in items)
    side = sum("user-as-interviewer" in i["trap"] for i in items)
    print(f"{len(items)} files, {pos} interviews, {len(items) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
