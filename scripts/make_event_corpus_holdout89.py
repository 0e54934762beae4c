"""Write the holdout89 event split: raw iCalendar files, labels.csv rows and company_forms.csv rows.

Written blind (without reading the classifier, the other generators or their events). The user is Lucía
Fernández Ortega (lucia.fernandez.ortega@gmail.com; work lfernandez@medisur-distribucion.es), a key-account
manager at a medical-devices distributor in Valencia looking for national sales / business-development roles.

Usage: python scripts/make_event_corpus_holdout89.py [--out tests/corpus/events]
Replaces only holdout89-*.ics and the split=holdout89 rows; every other file and row is kept as it is.
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

import holdout89ev_neg_other
import holdout89ev_neg_other2
import holdout89ev_neg_side
import holdout89ev_pos_es
import holdout89ev_pos_es2
import holdout89ev_pos_intl
import holdout89ev_pos_tools
from holdout89ev_ics import first_uid, to_wire

SPLIT = "holdout89"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer's name (see forms.md); empty when only the label fits.
FORMS: dict[str, list[str]] = {
    "Ortovida": [],
    "Laboratorios Alcázar Farma": ["Alcázar Farma"],
    "Ortoclinic": ["Ortoclinic Soluciones Ortopédicas"],
    "Audiomédica": [],
    "Ortoplus": [],
    "Laboratorios Vinalopó": ["Vinalopó", "Lab. Vinalopó"],
    "Quirúrgica Levante": [],
    "Farmasalud": [],
    "Dispomed": [],
    "Nefrocare": [],
    "Cardiomed Iberia": ["Cardiomed"],
    "Medicalia Sistemas": ["Medicalia"],
    "Respira Homecare": ["Respira"],
    "Laboratorios Turia Pharma": ["Turia Pharma"],
    "Logisan Software": ["Logisan"],
    "Biolevante Diagnostics": ["Biolevante"],
    "Dentalis Iberia": ["Dentalis"],
    "Clinicloud": [],
    "Laboratorios Roviral": ["Roviral"],
    "Oftalvision": [],
    "Medivalve": ["Medivalve Iberia"],
    "Inmunolab Diagnóstica": ["Inmunolab"],
    "Bioval Tècnics": ["Bioval"],
    "Medilab Ibérica": ["Medilab"],
    "Saluda": [],
    "Hospitalia Suministros": ["Hospitalia"],
    "Lambda Diagnóstica": ["Lambda"],
    "Higea Labs": ["Higea"],
    "Doctoralink": [],
    "Pulsia": [],
    "Vitaldata": [],
    "MedPortus Dispositivos Médicos": ["MedPortus"],
    "Tejo Farma": [],
    "Saudiva": [],
    "Lusomed": [],
    "Sanomed": [],
    "Implantec": [],
    "Dr. Weiss Medizintechnik": ["Weiss Medizintechnik"],
    "Laboratoires Dermaclair": ["Dermaclair"],
    "Biosensia": [],
    "Lumenix Healthcare": ["Lumenix"],
    "Kinetik": ["Kinetik Rehab"],
    "Valmont Pharma Iberia": ["Valmont Pharma", "Valmont"],
    "Stentra Medical": ["Stentra"],
    "Cardiolink": ["Cardiolink Medical"],
    "NeuroSense": [],
    "Hemotec": [],
    "Surgitek": [],
    "Helix Surgical": ["Helix"],
    "Praxis Health": ["Praxis"],
    "EndoMed Solutions": ["EndoMed"],
    "Radiantis AI": ["Radiantis"],
    "Sonovia": [],
    "Dermalia Aesthetics": ["Dermalia"],
    "Ossea Biomaterials": ["Ossea"],
    "Pharmanova": ["Pharmanova Iberia"],
}


def _atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def _merge(path: Path, header: list[str], split_idx: int, rows: list[list[str]]) -> str:
    """Other splits' lines kept byte for byte, ours replaced by `rows` at the end."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > split_idx and cells[split_idx] == SPLIT:
                continue
            kept.append(line)
    new = _csv_text(header, rows).splitlines()
    return "\n".join([new[0], *kept, *new[1:]]) + "\n"


def collect() -> list[dict[str, str]]:
    evs: list[dict[str, str]] = []
    for mod in (holdout89ev_pos_es, holdout89ev_pos_es2, holdout89ev_pos_intl, holdout89ev_pos_tools,
                holdout89ev_neg_side, holdout89ev_neg_other, holdout89ev_neg_other2):
        evs.extend(mod.events())
    return evs


def parsed_uids(data: str) -> list[str]:
    import icalendar

    cal = icalendar.Calendar.from_ical(data)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    evs = collect()
    random.Random(8989).shuffle(evs)

    rows: list[list[str]] = []
    files: dict[str, str] = {}
    problems: list[str] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        data = to_wire(e["text"])
        uid = first_uid(e["text"])
        got = set(parsed_uids(data))
        if got != {uid}:
            problems.append(f"{name}: label uid {uid!r} but parsed {sorted(got)!r}")
        if e["stage"] not in STAGES:
            problems.append(f"{name}: stage {e['stage']!r}")
        if e["is_interview"] == "0" and (e["company"] or e["stage"] or e["interviewers"]):
            problems.append(f"{name}: negative with interview fields")
        files[name] = data
        rows.append([name, uid, e["is_interview"], e["company"], e["role"], e["stage"], e["interviewers"], SPLIT,
                     e["trap"]])
    companies = sorted({r[3] for r in rows if r[2] == "1" and r[3]})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        problems.append(f"no forms entry for {missing}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1

    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob(f"{SPLIT}-*.ics"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        _atomic_write(out / name, data)
    labels = out / "labels.csv"
    _atomic_write(labels, _merge(labels, LABEL_HEADER, 7, rows))
    forms_path = out / "company_forms.csv"
    frows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    _atomic_write(forms_path, _merge(forms_path, FORMS_HEADER, 0, frows))

    pos = sum(r[2] == "1" for r in rows)
    side = sum("user-as-interviewer" in r[8] for r in rows)
    print(f"{len(rows)} events: {pos} interviews, {len(rows) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
