"""Write the blind calendar-event split holdout199 (user: Lucía Martín Ortega, food-safety / quality technician).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout199.py

It deletes only ``tests/corpus/events/holdout199-*.ics``, writes the new files, and replaces only the
``split=holdout199`` rows of ``labels.csv`` and ``company_forms.csv`` (every other line is kept byte for byte).
The events themselves live in ``scripts/holdout199ev_*.py`` as hand-written raw iCalendar text.
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

ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SPLIT = "holdout199"
SEED = 19919

sys.path.insert(0, str(Path(__file__).resolve().parent))


STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"luciamartin.calidad@gmail.com", "lmartin@frutasdelsegura.es"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,2}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Lucía would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Valmor Alimentación": ["Grupo Valmor", "Valmor", "Valmor Alimentación S.A.", "Grupo Valmor Alimentación"],
    "Van der Meulen Fresh Produce": ["Van der Meulen", "Van der Meulen Fresh Produce B.V.", "VdM Fresh Produce"],
    "Hollandia Zuivel": ["Hollandia Zuivel B.V.", "Hollandia", "Hollandia Dairy"],
    "Brandt Feinkost": ["Brandt Feinkost GmbH", "Brandt", "Brandt Feinkost GmbH & Co. KG"],
    "Zumos del Turia": ["Zumos del Turia S.L.", "Zumos del Turia SL"],
    "Conservas Albufera": ["Conservas Albufera S.A.", "Conservas Albufera SA", "Albufera"],
    "Lácteos Sierra de Gredos": ["Lácteos Sierra de Gredos S.A.", "Lácteos Gredos", "Sierra de Gredos"],
    "Panificadora Castellana": ["Panificadora Castellana S.L.", "Panificadora Castellana SL"],
    "Cuinats Montseny": ["Cuinats Montseny S.L.", "Cuinats Montseny SL", "Montseny"],
    "Nutrición Infantil Alba": ["Nutrición Infantil Alba S.A.", "Alba Nutrición Infantil", "Alba"],
    "Veggi Proteína Labs": ["Veggi Proteína Labs S.L.", "Veggi Proteína", "Veggi Labs", "Veggi"],
    "Kombucha Brava": ["Kombucha Brava S.L.", "Brava"],
    "SkyChef Iberia": ["SkyChef Iberia S.L.", "SkyChef"],
    "Laboratorio Agroambiental Levante": [
        "Laboratorio Agroambiental Levante S.L.",
        "Agroambiental Levante",
        "LAL",
        "Lab. Agroambiental Levante",
    ],
    "Ultracongelados Levante": ["Ultracongelados Levante S.A.", "Ultracongelados Levante SA"],
    "Frescos del Mediterráneo": ["Frescos del Mediterráneo S.L.", "Frescos del Mediterráneo SL"],
    "Citrus Levante": ["Citrus Levante S.A.", "Citrus Levante SA"],
    "Cervecera del Turia": ["Cervecera del Turia S.A.", "Cervecera del Turia SA", "Cerveza Turia"],
    "Certiagro Auditores": ["Certiagro Auditores S.L.", "Certiagro"],
    "Supermercados Tanit": ["Supermercados Tanit S.A.", "Tanit"],
    "Pescados Mercabarna": ["Pescados Mercabarna S.L.", "Pescados Mercabarna SL"],
    "Chocolates Vallès": ["Chocolates Vallès S.A.", "Xocolates Vallès", "Chocolates Valles"],
    "Snacks Mediterráneos": ["Snacks Mediterráneos S.L.", "Snacks Mediterráneos SL"],
    "Granja Avícola Los Almendros": ["Granja Avícola Los Almendros S.L.", "Granja Los Almendros", "Los Almendros"],
    "La Cuina de l'Avi": ["La Cuina de l'Avi S.L.", "La Cuina de l’Avi", "Cuina de l'Avi"],
    "Aguas Sierra Espuña": ["Aguas Sierra Espuña S.A.", "Sierra Espuña"],
    "La Tahona": ["Pastelería Industrial La Tahona S.A.", "Pastelería Industrial La Tahona", "La Tahona S.A."],
    "Biosur": ["Ingredientes Funcionales Biosur S.L.", "Ingredientes Funcionales Biosur", "Biosur Ingredients"],
    "Colectividades Levante": ["Colectividades Levante S.L.", "Colectividades Levante SL"],
    "Groupe Lavande Fruits": ["Lavande Fruits", "Groupe Lavande", "Lavande Fruits Iberia"],
    "Iberplast": ["Envases Alimentarios Iberplast S.A.", "Envases Alimentarios Iberplast", "Iberplast S.A."],
    "Arroces del Delta": ["Arroces del Delta S.L.", "Arrossos del Delta"],
    "Galletas Marialuisa": ["Galletas Marialuisa S.A.", "Marialuisa"],
    "Hortalizas Vega Baja": ["Hortalizas Vega Baja SAT", "Vega Baja"],
    "Nova Mesa": ["Platos Cocinados Nova Mesa S.L.", "Platos Cocinados Nova Mesa", "Nova Mesa S.L."],
    "Harvest Crown Foods": ["Harvest Crown", "Harvest Crown Foods Iberia", "Harvest Crown Foods Iberia S.L.U."],
    "Greenleaf Nutrition": ["Greenleaf Nutrition Europe", "Greenleaf", "Greenleaf Nutrition Europe S.L."],
    "Helados Alacant": ["Helados Alacant S.L.", "Gelats Alacant"],
    "Bioanalítica Mediterránea": ["Bioanalítica Mediterránea S.L.", "Bioanalítica", "BAM"],
    "Tostadores Reunidos": ["Tostadores Reunidos S.A.", "Tostadores Reunidos SA"],
    "Quesos La Vega Manchega": ["Quesos La Vega Manchega S.A.", "La Vega Manchega", "Vega Manchega"],
    "Especias Sol de Levante": ["Especias Sol de Levante S.L.", "Sol de Levante"],
}


def load_events() -> list[dict]:
    tz = importlib.import_module("holdout199ev_tz")
    blocks = {name: getattr(tz, name) for name in dir(tz) if name.startswith("TZ_")}
    events: list[dict] = []
    modules = sorted(p.stem for p in Path(__file__).resolve().parent.glob("holdout199ev_*.py"))
    for mod_name in modules:
        if mod_name == "holdout199ev_tz":
            continue
        mod = importlib.import_module(mod_name)
        for ev in mod.EVENTS:
            text = ev["ics"].lstrip("\n")
            for name, block in blocks.items():
                text = text.replace(f"@{name}@\n", block.lstrip("\n"))
            if "@TZ_" in text:
                raise SystemExit(f"unknown time-zone marker in {mod_name}: {ev['kind']}")
            if not text.endswith("\n"):
                text += "\n"
            if not ev.get("lf"):
                text = text.replace("\r\n", "\n").replace("\n", "\r\n")
            events.append({**ev, "ics": text, "module": mod_name})
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"holdout199: bad label: {msg}")


def check(ev: dict, fname: str) -> list[str]:
    uid, is_int, company, role, stage, interviewers, trap = ev["label"]
    try:
        cal = icalendar.Calendar.from_ical(ev["ics"])
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if uid not in uids:
        fail(f"{fname}: label uid {uid!r} not in file (has {sorted(uids)})")
    if is_int not in (0, 1):
        fail(f"{fname}: is_interview {is_int!r}")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{fname}: kind {ev['kind']!r}")
    if not TRAP_RE.match(trap):
        fail(f"{fname}: trap {trap!r}")
    if stage not in STAGES:
        fail(f"{fname}: stage {stage!r}")
    if is_int:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
        for who in filter(None, interviewers.split(";")):
            if who != who.strip() or who.lower() in USER_ADDRESSES:
                fail(f"{fname}: interviewer {who!r}")
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer address not lower case {who!r}")
    else:
        if company or role or stage or interviewers:
            fail(f"{fname}: negative with company/role/stage/interviewers")
        if ev.get("hiring") and not trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: hiring-side negative without user-as-interviewer- trap")
        if not ev.get("hiring") and trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: user-as-interviewer- trap not marked hiring")
    return [fname, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap]


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, split_col: int, new_lines: list[str]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    header, rest = lines[0], lines[1:]
    kept = []
    for line in rest:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = header + "".join(kept) + "".join(new_lines)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    rng.shuffle(events)

    seen_files: set[str] = set()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(events, start=1):
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        if fname in seen_files:
            fail(f"duplicate file {fname}")
        seen_files.add(fname)
        label_rows.append(check(ev, fname))

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev, row in zip(events, label_rows, strict=True):
        (EVENTS_DIR / row[0]).write_bytes(ev["ics"].encode("utf-8"))

    replace_rows(LABELS, 7, [csv_line(r) for r in label_rows])
    companies = sorted({r[3] for r in label_rows if r[2] == "1"})
    replace_rows(FORMS_CSV, 0, [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in companies])

    n_int = sum(r[2] == "1" for r in label_rows)
    n_hiring = sum(r[8].startswith("user-as-interviewer-") for r in label_rows)
    print(
        f"holdout199: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
