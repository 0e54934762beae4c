"""Write the blind calendar-event split holdout222 (one nurse's calendar, raw iCalendar text).

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout222.py

Deletes only tests/corpus/events/holdout222-*.ics, writes the new files, and replaces only the
split=holdout222 rows of tests/corpus/events/labels.csv and company_forms.csv (other lines byte for byte).
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout222"
SEED = 222_0417
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for each interview employer (short form, acronym, other language).
FORMS = {
    "University Hospitals Plymouth NHS Trust": "UHP|University Hospitals Plymouth|Derriford Hospital|Plymouth",
    "Royal Cornwall Hospitals NHS Trust": "RCHT|Royal Cornwall Hospitals|Royal Cornwall Hospital|Treliske",
    "Manchester University NHS Foundation Trust": "MFT|Manchester University NHS FT|Manchester University",
    "Barts Health NHS Trust": "Barts Health|Barts|Royal London Hospital",
    "Oxford University Hospitals NHS Foundation Trust": "OUH|Oxford University Hospitals|John Radcliffe Hospital",
    "Leeds Teaching Hospitals NHS Trust": "LTHT|Leeds Teaching Hospitals|St James's University Hospital Leeds",
    "University Hospitals Birmingham NHS Foundation Trust": "UHB|University Hospitals Birmingham|QEHB",
    "Cardiff and Vale University Health Board": "Cardiff and Vale UHB|CAVUHB|Bwrdd Iechyd Prifysgol Caerdydd a'r Fro",
    "NHS Greater Glasgow and Clyde": "NHSGGC|GGC|Queen Elizabeth University Hospital",
    "Belfast Health and Social Care Trust": "Belfast Trust|BHSCT|Royal Victoria Hospital",
    "HCA Healthcare UK": "HCA|HCA UK|HCA Healthcare",
    "Cleveland Clinic London": "Cleveland Clinic|CCL",
    "The London Clinic": "London Clinic|TLC",
    "Gibraltar Health Authority": "GHA|St Bernard's Hospital",
    "King Edward VII's Hospital": "King Edward VII|King Edward VII Hospital|KEVII",
    "Cera": "Cera Care",
    "Circle Health Group": "Circle Health|Circle|The Clementine Churchill Hospital",
    "Government of Jersey Health and Care": "HCJ|Health and Care Jersey|Jersey General Hospital|Government of Jersey",
    "St James's Hospital": "St James's|SJH|St James's Hospital Dublin|Ospidéal San Séamus",
    "Beacon Hospital": "Beacon",
    "Mater Misericordiae University Hospital": "Mater|Mater Hospital|MMUH",
    "Cork University Hospital": "CUH|Cork University Hospital Group",
    "Tallaght University Hospital": "TUH|Tallaght Hospital|Tallaght",
    "Bon Secours Hospital Galway": "Bon Secours Galway|Bon Secours Health System|Bon Secours",
    "Sligo University Hospital": "SUH|Sligo Hospital",
    "Vivantes Klinikum Neukölln": "Vivantes|Vivantes Netzwerk für Gesundheit|Klinikum Neukölln",
    "Hôpitaux Universitaires de Genève": "HUG|Hôpitaux universitaires de Genève|Geneva University Hospitals",
    "Centre Hospitalier Princesse Grace": "CHPG|Princess Grace Hospital|CHPG Monaco",
    "Quirónsalud": "Quironsalud|Hospital Universitario Quirónsalud Madrid|Quirón|Grupo Quirónsalud",
    "HM Hospitales": "HM|HM Sanchinarro|Hospital Universitario HM Sanchinarro",
    "Vithas Xanit Hospital Internacional": "Vithas Xanit|Xanit|Vithas|Hospital Vithas Xanit Internacional",
    "Sanitas": "Hospital Universitario La Zarzuela|La Zarzuela|Sanitas Hospitales",
    "Hospital Ruber Internacional": "Ruber Internacional|Ruber",
    "Clínica Universidad de Navarra": "CUN|Clínica Universidad de Navarra Madrid|Clinica Universidad de Navarra",
    "Hospital San Rafael": "San Rafael|Hermanos de San Juan de Dios|Hospital San Rafael Madrid",
    "Hospital Beata María Ana": "Beata María Ana|Hospital Beata Maria Ana",
    "Clínica Baviera": "Baviera|Clinica Baviera",
    "Hospital Costa del Sol": "HCS|Agencia Sanitaria Costa del Sol|Hospital Costa del Sol Marbella",
    "Fundación Jiménez Díaz": "FJD|Hospital Universitario Fundación Jiménez Díaz|Jiménez Díaz",
    "Hospital HLA El Ángel": "HLA El Ángel|El Ángel|HLA",
    "Clínica Santa Elena": "Santa Elena|Clinica Santa Elena",
    "Hospital Universitario Moncloa": "HU Moncloa|Hospital Moncloa|Moncloa|Ribera Moncloa",
    "Cuidarte en Casa": "Cuidarte",
    "Doctolib": "Doctolib España",
}


def load_events() -> list[tuple]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[tuple] = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        module = importlib.import_module(path.stem)
        events.extend(getattr(module, "EVENTS", []))
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def check(ev: tuple, text: str, name: str) -> None:
    kind, uid, is_int, company, role, stage, interviewers, trap, _ics = ev
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
        fail(f"{name}: bad kind {kind!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: bad trap {trap!r}")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    for comp in cal.walk():
        if getattr(comp, "errors", None):
            fail(f"{name}: {comp.name} has parse errors {comp.errors}")
    vevents = cal.walk("VEVENT")
    if not vevents:
        fail(f"{name}: no VEVENT")
    for vev in vevents:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if vev.get(prop) is None:
                fail(f"{name}: VEVENT lacks {prop}")
        vev.decoded("DTSTART")
    uids = {str(c.get("UID")) for c in vevents}
    if uid not in uids:
        fail(f"{name}: label UID {uid!r} not in file (has {sorted(uids)})")
    if not cal.get("PRODID") or not cal.get("VERSION"):
        fail(f"{name}: VCALENDAR lacks PRODID or VERSION")
    if is_int not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if is_int == 0:
        if company or role or stage or interviewers:
            fail(f"{name}: negative with company/role/stage/interviewers")
    else:
        if not company:
            fail(f"{name}: interview without company")
        if company not in FORMS:
            fail(f"{name}: company {company!r} has no FORMS entry")
        if trap.startswith(HIRING_PREFIX):
            fail(f"{name}: interview labelled with a hiring-side trap")
    for person in filter(None, interviewers.split(";")):
        if person != person.strip() or ("@" in person and person != person.lower()):
            fail(f"{name}: interviewer {person!r} not trimmed / not lower case")
        if "rocio.delgado" in person.lower():
            fail(f"{name}: the user listed as interviewer")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    write_atomic(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: set[str] = set()
    interviews = hiring = 0
    for n, ev in enumerate(events, 1):
        kind, uid, is_int, company, role, stage, interviewers, trap, ics = ev
        name = f"{SPLIT}-{n:03d}-{kind}.ics"
        text = ics.lstrip("\n")
        if "X-WR-CALNAME" not in text:  # exported calendars keep LF, invites use CRLF
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text, name)
        (OUT / name).write_bytes(text.encode("utf-8"))
        label_rows.append([name, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])
        if is_int:
            interviews += 1
            companies.add(company)
        if trap.startswith(HIRING_PREFIX):
            hiring += 1
    replace_rows(LABELS, 7, label_rows)
    form_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    replace_rows(FORMS_CSV, 0, form_rows)
    unused = sorted(set(FORMS) - companies)
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
