"""Write the blind holdout103 event split (issue 4): raw iCalendar files, label rows and company-form rows.

User: Facundo Giménez, agronomist at a grain cooperative near Córdoba (facu.gimenez.agro@gmail.com,
fgimenez@coopagro-riosegundo.com.ar). Replaces only holdout103-*.ics and the split=holdout103 rows of
tests/corpus/events/labels.csv and company_forms.csv; every other file and row is kept as it is.

Run from scripts/: ../.venv/bin/python make_event_corpus_holdout103.py (any Python with icalendar).
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout103ev_neg_other
import holdout103ev_neg_side
import holdout103ev_pos_ats
import holdout103ev_pos_direct
import holdout103ev_pos_hand
import holdout103ev_pos_sched
import icalendar

SPLIT = "holdout103"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# other accepted forms of each labelled employer (case, accents and legal forms are forgiven by the scorer)
FORMS = {
    "CropSense Analytics": ["CropSense"],
    "Helix AgroBiologicals": ["Helix", "Helix Agro Biologicals"],
    "SensaCampo": [],
    "Verdanta Crop Science": ["Verdanta"],
    "Northfield Grain Trading": ["Northfield Grain", "Northfield"],
    "Fertilizantes Andinos S.A.": [],
    "Kronen Saatgut GmbH": ["Kronen"],
    "Vallier Semences": ["Vallier"],
    "Estancias del Este S.A.": [],
    "Lotemap": [],
    "Bayfield Biologicals": ["Bayfield"],
    "Granos del Plata S.A.": [],
    "Aceitera General Paz": [],
    "Agricultores Federados del Sur": ["AFS"],
    "Riego Preciso S.A.": [],
    "Semillas Pampa Alta S.A.": ["Pampa Alta"],
    "Acopio Don Ramiro S.A.": ["Don Ramiro"],
    "Bioinsumos Tandil": [],
    "Trigo Limpio Genética": ["Trigo Limpio"],
    "Molinos Ceres S.A.": [],
    "Dronar": [],
    "AgroCred": [],
    "Ganadera del Norte S.A.": [],
    "Fundación ProSuelo": ["ProSuelo"],
    "Campo Verde Insumos": ["Campo Verde"],
    "Barraca Oriental S.A.": [],
    "Tidewell Seeds": ["Tidewell"],
    "CampoMarket": [],
    "La Rural Agro Seguros": ["La Rural Agro"],
    "Laboratorio Suelofértil": ["Suelofértil"],
    "Tolvas Bertone": ["Bertone"],
    "Semillera Los Quebrachos": ["Los Quebrachos"],
    "Agroservicios La Carlota": [],
    "Surcos Genética": ["Surcos"],
    "NutriSuelo": [],
    "Ecofert Uruguay": ["Ecofert"],
    "BioRaíz": [],
    "Gentec Forrajes": ["Gentec"],
    "AgroAnalítica SRL": [],
    "Molienda Serrana S.A.": [],
    "Acopiadora Las Varillas S.A.": [],
    "Agroinsumos Young": [],
    "Metalsur S.A.": [],
    "Polo Semillas": [],
}


def collect() -> list[dict[str, str | int]]:
    events: list[dict[str, str | int]] = []
    for mod in (holdout103ev_pos_ats, holdout103ev_pos_sched, holdout103ev_pos_direct, holdout103ev_pos_hand,
                holdout103ev_neg_side, holdout103ev_neg_other):
        events += mod.events()
    return events


def check(events: list[dict[str, str | int]]) -> None:
    seen: set[str] = set()
    for e in events:
        uid = str(e["uid"])
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        parsed = icalendar.Calendar.from_ical(str(e["text"]))
        uids = {str(c.get("UID")) for c in parsed.walk("VEVENT")}
        if uids != {uid}:
            raise SystemExit(f"UID mismatch for {e['kind']}: label {uid!r}, file {uids!r}")
        if e["stage"] not in STAGES or e["is_interview"] not in (0, 1):
            raise SystemExit(f"bad label for {e['kind']}")
        if e["is_interview"] == 1 and e["company"] not in FORMS:
            raise SystemExit(f"no forms row for {e['company']!r}")
        if e["is_interview"] == 0 and (e["company"] or e["stage"] or e["interviewers"]):
            raise SystemExit(f"negative with interview fields: {e['kind']}")
        who = str(e["interviewers"])
        if who != who.lower() and "@" in who:
            raise SystemExit(f"interviewer addresses must be lower-case: {e['kind']}")
        for addr in ("facu.gimenez.agro@gmail.com", "fgimenez@coopagro-riosegundo.com.ar"):
            if addr in who:
                raise SystemExit(f"the user listed as interviewer: {e['kind']}")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    """Keep the header and every other split's lines byte for byte; drop ours and append the new ones."""
    kept: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        if lines and next(csv.reader([lines[0]])) != header:
            raise SystemExit(f"unexpected header in {path}")
        for line in lines[1:]:
            if not line.strip():
                continue
            row = next(csv.reader([line]))
            if len(row) > split_col and row[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    body = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in new_rows)
    atomic_write(path, body.encode("utf-8"))


def main() -> int:
    events = collect()
    check(events)
    random.Random(103_2025).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for n, e in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        atomic_write(OUT / name, str(e["text"]).encode("utf-8"))
        labels.append([name, str(e["uid"]), str(e["is_interview"]), str(e["company"]), str(e["role"]),
                       str(e["stage"]), str(e["interviewers"]), SPLIT, str(e["trap"])])
    companies = sorted({str(e["company"]) for e in events if e["is_interview"] == 1 and e["company"]})
    unused = set(FORMS) - set(companies)
    if unused:
        raise SystemExit(f"forms for companies without an interview: {sorted(unused)}")
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(OUT / "labels.csv", LABEL_HEADER, 7, labels)
    replace_rows(OUT / "company_forms.csv", FORMS_HEADER, 0, forms)
    pos = sum(1 for e in events if e["is_interview"] == 1)
    side = sum(1 for e in events if "user-as-interviewer" in str(e["trap"]))
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
