"""Write the blind calendar-event split holdout149 (Rafael Mendoza, Monterrey, warehouse/distribution operations).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout149.py

It deletes old tests/corpus/events/holdout149-*.ics files, writes the new ones from the hand-written raw iCalendar
text in scripts/holdout149ev_*.py, and replaces only the split=holdout149 rows of labels.csv and company_forms.csv.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout149"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 149_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names Rafael would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Forjas del Norte": ["Forjas del Norte S.A. de C.V.", "Forjas"],
    "Kessler Fahrzeugtechnik": ["Kessler Fahrzeugtechnik GmbH", "Kessler Automotive México", "Kessler"],
    "Almacenes Olivar": ["Almacenes Olivar S.A.", "Olivar"],
    "Rio Bravo Freight Logistics": ["Rio Bravo Freight", "Rio Bravo Freight Logistics LLC", "RBFL"],
    "Mission Trail Markets": ["Mission Trail"],
    "Lonestar Cold Chain": ["Lonestar Cold Chain Inc.", "Lonestar"],
    "Carrocerías Coahuila": ["Carrocerías Coahuila S.A. de C.V.", "Carrocerias Coahuila"],
    "Transportes y Almacenes Anáhuac": ["TASA", "Transportes y Almacenes Anáhuac S.A. de C.V."],
    "Supermercados La Silla": ["La Silla", "Súper La Silla"],
    "Grupo Fundidor Saltillo": ["Fundidor Saltillo", "GFS"],
    "Frigoríficos del Golfo": ["Frigoríficos del Golfo S.A. de C.V.", "FriGolfo"],
    "Ruta Última": ["Ruta Ultima"],
    "Nexo Cross-Dock": ["Nexo Crossdock", "Nexo"],
    "Tracto Partes del Bajío": ["Tracto Partes", "TPB"],
    "Grupo Comercial del Bajío": ["Comercial del Bajío", "GCB"],
    "Transfrontera Labs": ["Transfrontera", "Transfrontera Labs Inc."],
    "Logisfera": ["Logisfera Querétaro", "Logisfera S.A.P.I. de C.V."],
    "Empaques Industriales del Norte": ["EINSA", "Empaques Industriales del Norte S.A. de C.V."],
    "Autopartes Nortek": ["Nortek", "Nortek Autopartes"],
    "Pinnacle Distribution": ["Pinnacle Distribution Co.", "Pinnacle"],
    "Alamo Gateway Logistics": ["Alamo Gateway", "AGL"],
    "Acerolatina": ["Acerolatina S.A. de C.V."],
    "Plásticos Técnicos de Apodaca": ["Plásticos Técnicos", "PTA", "Plasticos Tecnicos de Apodaca"],
    "Minisuper Express del Norte": ["Express del Norte", "Minisuper Express"],
    "Grupo Vértice": ["Vértice", "Grupo Vertice"],
    "Ensambles Arteaga": ["Ensambles Arteaga S. de R.L. de C.V."],
    "Groupe Vautrin": ["Vautrin", "Vautrin Systèmes", "Vautrin México"],
    "Distribuidora Regia de Refacciones": ["Refacciones Regia", "DRR"],
    "Tiendas del Valle": ["Grupo Tiendas del Valle", "Del Valle"],
    "Border Star Warehousing": ["Border Star", "Border Star Customs Brokerage & Warehousing"],
    "Hillcrest Axle Systems": ["Hillcrest Axle", "Hillcrest"],
    "Alvarado Logistics Solutions": ["Alvarado Logistics", "ALS"],
    "Bebidas del Norte": ["Distribuidora de Bebidas del Norte", "BDN"],
    "Mercado Ágil": ["Mercado Agil", "MercadoÁgil"],
    "Frenos y Suspensiones Querétaro": ["FRESUQ", "Frenos y Suspensiones"],
    "Cajas y Corrugados Apodaca": ["Cajas y Corrugados", "CCA"],
    "Huerta Foods": ["Huerta Foods Distribution", "Huerta"],
    "Translogística Santa Catarina": ["Translogística", "Translogistica Santa Catarina"],
    "Componentes Eléctricos Santa Rosa": ["Componentes Santa Rosa", "CESR"],
    "Alimentos Cumbres": ["Cumbres"],
    "Grupo Industrial Monclova": ["GIM", "Industrial Monclova"],
    "Texcore Retail": ["Texcore", "Texcore Retail Group"],
    "Refrigeración Industrial del Bajío": ["RIBSA", "Refrigeración del Bajío"],
    "Viakon Logística": ["Viakon"],
}


def load_events() -> list[dict]:
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for ev in mod.EVENTS:
            ev = dict(ev)
            ev["module"] = path.name
            events.append(ev)
    return events


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def ics_bytes(ev: dict) -> bytes:
    text = ev["ics"].strip("\n") + "\n"
    if ev.get("eol", "\r\n") == "\r\n":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict, data: bytes) -> None:
    where = f"{ev['module']} {ev['kind']}"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID {ev['uid']!r} not in file UIDs {sorted(uids)}")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"{where}: VEVENT without {prop}")
    is_int, company, role, stage, interviewers, trap = ev["label"]
    if is_int not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if not KEBAB.match(ev["kind"]) or ev["kind"].count("-") > 2:
        fail(f"{where}: kind must be a short kebab-case word or two")
    if not KEBAB.match(trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    unfolded = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).lower()
    if is_int:
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        for person in filter(None, interviewers.split(";")):
            if "@" in person and person != person.lower():
                fail(f"{where}: interviewer e-mail must be lower case: {person}")
            if person in ("rafa.mendoza.mty@gmail.com", "rmendoza@cerronorte-log.com.mx"):
                fail(f"{where}: the user is not an interviewer")
            if "@" in person and person not in unfolded:
                fail(f"{where}: interviewer {person} not in the file")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: an interview cannot be user-as-interviewer")
    elif company or role or stage or interviewers:
        fail(f"{where}: negative with company/role/stage/interviewers")


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    kept = []
    for line in body:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    write_atomic(path, header + "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    uids_seen: dict[tuple[str, str], str] = {}
    for ev in events:
        key = (ev["uid"], ev["ics"])
        if key in uids_seen:
            fail(f"duplicate event {ev['uid']}")
        uids_seen[key] = ev["kind"]
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for n, ev in enumerate(events, 1):
        data = ics_bytes(ev)
        check(ev, data)
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(data)
        is_int, company, role, stage, interviewers, trap = ev["label"]
        if is_int:
            companies.add(company)
        label_rows.append([name, ev["uid"], str(is_int), company, role, stage, interviewers, SPLIT, trap])

    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, forms_rows)

    n_int = sum(1 for r in label_rows if r[2] == "1")
    n_hiring = sum(1 for r in label_rows if r[8].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
