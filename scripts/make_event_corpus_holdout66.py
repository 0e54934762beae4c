"""Write the holdout66 blind calendar-event split (issue 4).

User: Elena Marín Ortega, finance director at a logistics SME in Zaragoza, looking for CFO roles in Spain,
Portugal and at Latin American groups. Every event is raw iCalendar text composed in the holdout66ev_*
modules; this script shuffles them, numbers the files, checks every UID with icalendar and replaces only
its own files and rows:

- tests/corpus/events/holdout66-NNN-<kind>.ics
- rows with split=holdout66 in tests/corpus/events/labels.csv
- rows with split=holdout66 in tests/corpus/events/company_forms.csv

Run from the repository root:  python scripts/make_event_corpus_holdout66.py
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

import holdout66ev_neg_other  # noqa: E402
import holdout66ev_neg_personal  # noqa: E402
import holdout66ev_neg_side  # noqa: E402
import holdout66ev_neg_side2  # noqa: E402
import holdout66ev_neg_work  # noqa: E402
import holdout66ev_pos_en1  # noqa: E402
import holdout66ev_pos_en2  # noqa: E402
import holdout66ev_pos_es1  # noqa: E402
import holdout66ev_pos_es2  # noqa: E402
import holdout66ev_pos_es3  # noqa: E402
import holdout66ev_pos_lat  # noqa: E402

SPLIT = "holdout66"
SEED = 6606
ROOT = HERE.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would be equally happy to read.
COMPANY_FORMS: dict[str, str] = {
    "Grupo Moncayo Alimentación": "Moncayo Alimentación|Grupo Moncayo",
    "Cerámicas del Turia": "",
    "Bodegas Altamira": "Bodegas Altamira del Somontano|Altamira",
    "Laboratorios Vanell": "Vanell",
    "Energías Renovables del Ebro": "EREBRO",
    "Grupo Navarro Automoción": "Navarro Automoción|Grupo Navarro",
    "Caja Rural del Jalón": "",
    "Hierros Calatayud": "",
    "Zumos Valle Verde": "Valle Verde",
    "Almazaras del Sur": "",
    "Grupo Sanitario Pirineo": "GSP Salud|GSP",
    "Terminal Intermodal del Cinca": "TICSA",
    "Mosaico Interiores": "",
    "Frescura Market": "Frescura",
    "Lácteos Valdeoro": "Valdeoro",
    "Grupo Tello Distribución": "Tello Distribución|Grupo Tello",
    "Clínicas Bernafé": "Grupo Bernafé|Bernafé",
    "Papelera del Gállego": "",
    "Bicivia": "",
    "Juguetes Arcoíris": "",
    "Transportes Albarracín": "",
    "Rutalia": "",
    "Mirasol Hotels & Resorts": "Mirasol Hotels|Mirasol",
    "Grupo Cordillera": "",
    "Cortiças Douro": "",
    "Embutidos La Jacetana": "La Jacetana",
    "Orbital Ingeniería": "Orbital",
    "Pagaluz": "",
    "Tramoya": "",
    "Halvorsen Shipping Iberia": "Halvorsen Iberia",
    "Brightwater Packaging": "Brightwater",
    "Kessler Antriebstechnik Ibérica": "Kessler Ibérica",
    "Canary Sun Resorts": "Canary Sun",
    "Olvera Health": "Olvera",
    "Verity Freight": "Verity",
    "Meridian Aerostructures": "Meridian",
    "Ibertrack Rail": "Ibertrack",
    "Maré Energy": "Maré",
    "Norvia Logistics": "Norvia",
    "Alcántara Infraestructuras": "Alcántara",
    "Orbis Medical": "Orbis",
    "Nordhavn Foods": "Nordhavn",
    "Kestrel Payments": "Kestrel",
    "Conservas Atlântico": "",
    "Grupo Lusomar": "Lusomar",
    "Têxteis Minho": "",
    "Cementos Andinos": "",
    "Embotelladora del Pacífico": "EMPAC",
    "Grupo Industrial Sierra Madre": "GISMA",
    "Frigorífico Serra Verde": "Serra Verde",
    "Agroindustrias Pampa Sur": "Pampa Sur",
    "Minera Huascarán": "",
    "Grupo Ferretero del Caribe": "GF Caribe|Ferretero del Caribe",
    "Lusocargo": "Lusocargo Transitários",
    "Tiendas La Sabana": "La Sabana",
}

MODULES = (
    holdout66ev_pos_es1,
    holdout66ev_pos_es2,
    holdout66ev_pos_es3,
    holdout66ev_pos_en1,
    holdout66ev_pos_en2,
    holdout66ev_pos_lat,
    holdout66ev_neg_side,
    holdout66ev_neg_side2,
    holdout66ev_neg_other,
    holdout66ev_neg_work,
    holdout66ev_neg_personal,
)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _check(items: list[dict]) -> None:
    seen: set[str] = set()
    for it in items:
        uid = str(it["uid"])
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        if it["stage"] not in STAGES:
            raise SystemExit(f"bad stage {it['stage']!r} in {it['kind']}")
        if it["is_interview"]:
            if not it["company"] or it["company"] not in COMPANY_FORMS:
                raise SystemExit(f"interview {it['kind']} lacks a company with forms")
        elif it["company"] or it["stage"] or it["interviewers"]:
            raise SystemExit(f"negative {it['kind']} carries interview fields")
    side = [it for it in items if "user-as-interviewer" in str(it["trap"])]
    if any(it["is_interview"] for it in side):
        raise SystemExit("a user-as-interviewer event is labelled as an interview")


def _parsed_uids(data: bytes) -> set[str]:
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    uids = set()
    for ev in cal.walk("VEVENT"):
        uids.add(str(ev["UID"]))
        ev.decoded("DTSTART")
    return uids


def _keep_other_rows(path: Path, header: list[str], split_col: str) -> tuple[str, list[str]]:
    """Return (header line, raw lines of other splits) of an existing CSV, untouched."""
    if not path.exists():
        return ",".join(header), []
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    head = lines[0] if lines else ",".join(header)
    if next(csv.reader([head])) != header:
        raise SystemExit(f"unexpected header in {path}: {head}")
    idx = header.index(split_col)
    kept = []
    for line in lines[1:]:
        if not line.strip():
            continue
        row = next(csv.reader([line]))
        if len(row) > idx and row[idx] == SPLIT:
            continue
        kept.append(line)
    return head, kept


def _csv_lines(rows: list[list[str]]) -> list[str]:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue().splitlines()


def main() -> None:
    items: list[dict] = [it for mod in MODULES for it in mod.EVENTS]
    _check(items)
    random.Random(SEED).shuffle(items)

    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for n, it in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
        data = str(it["ics"]).encode("utf-8")
        uids = _parsed_uids(data)
        if uids != {it["uid"]}:
            raise SystemExit(f"{name}: parsed UIDs {uids} != label {it['uid']}")
        _atomic_write(EVDIR / name, data)
        label_rows.append([name, str(it["uid"]), str(it["is_interview"]), str(it["company"]), str(it["role"]),
                           str(it["stage"]), str(it["interviewers"]), SPLIT, str(it["trap"])])

    head, kept = _keep_other_rows(LABELS, LABEL_HEADER, "split")
    _atomic_write(LABELS, ("\n".join([head, *kept, *_csv_lines(label_rows)]) + "\n").encode("utf-8"))

    companies = sorted({str(it["company"]) for it in items if it["is_interview"]})
    unused = set(COMPANY_FORMS) - set(companies)
    if unused:
        raise SystemExit(f"forms listed for companies never labelled: {sorted(unused)}")
    form_rows = [[SPLIT, c, COMPANY_FORMS[c]] for c in companies]
    head, kept = _keep_other_rows(FORMS, FORMS_HEADER, "split")
    _atomic_write(FORMS, ("\n".join([head, *kept, *_csv_lines(form_rows)]) + "\n").encode("utf-8"))

    pos = sum(1 for it in items if it["is_interview"])
    side = sum(1 for it in items if "user-as-interviewer" in str(it["trap"]))
    print(f"{SPLIT}: {len(items)} files, {pos} interviews, {len(items) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")


if __name__ == "__main__":
    main()
