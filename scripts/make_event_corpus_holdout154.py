"""Write the blind calendar-event split holdout154 (issue 4).

The user is Lucas Fernández, an associate lawyer at a Buenos Aires law firm (Estudio Arroyo) who looks for in-house
counsel roles and for positions at foreign firms. The events live as hand-written raw iCalendar text in
``scripts/holdout154ev_*.py``; this script shuffles them with a fixed seed, writes
``tests/corpus/events/holdout154-NNN-<kind>.ics`` and replaces only the ``split=holdout154`` rows of ``labels.csv``
and ``company_forms.csv``.

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout154.py
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

SPLIT = "holdout154"
SEED = 154_2025
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"lucasfernandez.abog@yahoo.com.ar", "lfernandez@estudio-arroyo.com.ar"}
KIND_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
TRAP_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Kuntur Pay": ["Kuntur", "Kuntur Pay S.A.U."],
    "Neuquén Energía": ["Neuquén Energía S.A.", "Neuquen Energia", "NESA"],
    "Lumbre Software": ["Lumbre", "Lumbre Software S.R.L."],
    "Aconcagua Cloud": ["Aconcagua", "Aconcagua Cloud Inc."],
    "Pampa Data": ["Pampa Data S.A.", "PampaData"],
    "Vidriera Digital": ["Vidriera", "Vidriera Digital S.A."],
    "Rapibox": ["Rapibox Logística", "Rapibox S.A."],
    "Bichito Games": ["Bichito", "Bichito Games S.A.S."],
    "Criptal": ["Criptal Exchange", "Criptal S.A."],
    "Gauchito Seguros": ["Gauchito", "Gauchito Seguros S.A."],
    "Petrolera del Comahue": ["PdC", "Petrolera del Comahue S.A."],
    "Eólica Patagónica": ["Eólica Patagónica S.A.", "Eolica Patagonica", "EPSA"],
    "Transportadora de Gas del Litoral": ["TGL", "Transportadora de Gas del Litoral S.A."],
    "Litio Andino": ["Litio Andino S.A.", "LASA"],
    "Solar de Cuyo": ["Solar de Cuyo S.A.", "Solar Cuyo"],
    "Agroindustrias del Plata": ["Agroindustrias del Plata S.A.", "ADP", "Agroplata"],
    "Semillas Pergamino": ["Semillas Pergamino S.A.", "SP Semillas"],
    "Molinos Río Cuarto": ["Molinos Río Cuarto S.A.", "Molinos Rio Cuarto", "MRC"],
    "Cooperativa Granos del Sur": ["Granos del Sur", "Coop. Granos del Sur"],
    "Aceitera San Lorenzo": ["Aceitera San Lorenzo S.A.", "ASL"],
    "Surco": ["Surco AgTech", "Surco Agro"],
    "Ferrer & Olivera": ["Ferrer & Olivera Abogados", "Estudio Ferrer & Olivera", "Ferrer Olivera"],
    "Cobre Austral": ["Cobre Austral SpA", "Cobre Austral S.p.A."],
    "Alcántara & Bermejo": ["Alcántara & Bermejo Abogados", "Alcantara & Bermejo", "A&B"],
    "Echevarría Ruiz": ["Echevarría Ruiz Asociados", "Echevarria Ruiz", "ERA Abogados"],
    "Montalbán Legal": ["Montalbán", "Montalban Legal", "Montalbán Legal S.L.P."],
    "Whitcombe Hale": ["Whitcombe Hale LLP", "Whitcombe"],
    "Ashgrove Pemberton": ["Ashgrove Pemberton LLP", "Ashgrove"],
    "Delacroix Moreau": ["Delacroix Moreau Arbitrage", "Delacroix Moreau AARPI", "DMA"],
    "Brenner Hölzl": ["Brenner Hölzl Rechtsanwälte", "Brenner Hoelzl", "Brenner Hölzl PartG mbB"],
    "Carrington & Voss": ["Carrington & Voss LLP", "Carrington Voss"],
    "Sendero Energy": ["Sendero", "Sendero Energy LLC"],
    "Mate Health": ["Mate", "Mate Health Inc."],
    "Fibra Austral": ["Fibra Austral S.A.", "FiAus"],
    "Patagonia Hidrocarburos": ["Patagonia Hidrocarburos S.A.", "PHSA"],
    "Trigal Biotech": ["Trigal", "Trigal Biotech S.A."],
    "Ceibo Ventures": ["Ceibo", "Ceibo Ventures LLC"],
    "Renova Hidrógeno": ["Renova", "Renova Hidrogeno", "Renova H2"],
    "Bodegas Alto Cuyo": ["Alto Cuyo", "Bodegas Alto Cuyo S.A."],
    "Datacampo": ["Datacampo S.A.", "DataCampo"],
    "Frutícola Maipo": ["Frutícola Maipo SpA", "Fruticola Maipo", "Maipo"],
    "Oriental Celulosa": ["Oriental Celulosa S.A.", "OCSA"],
    "Quebracho Capital": ["Quebracho", "Quebracho Capital S.A."],
}


def load_events() -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    modules = sorted(SCRIPTS.glob("holdout154ev_*.py"))
    if not modules:
        sys.exit("no scripts/holdout154ev_*.py data modules found")
    for path in modules:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        if spec is None or spec.loader is None:
            sys.exit(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for event in module.EVENTS:
            event = dict(event)
            event["module"] = path.name
            events.append(event)
    return events


def fail(event: dict[str, object], message: str) -> None:
    sys.exit(f"bad label in {event.get('module')} ({event.get('kind')}): {message}")


def check(event: dict[str, object]) -> tuple[str, bytes]:
    """Validate one event and return (uid, file bytes)."""
    for key in ("kind", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap"):
        if key not in event:
            fail(event, f"missing key {key}")
    kind = str(event["kind"])
    trap = str(event["trap"])
    text = str(event["ics"]).strip("\n") + "\n"
    if not KIND_RE.match(kind) or len(kind.split("-")) > 3:
        fail(event, "kind must be a short kebab-case word or two")
    if not TRAP_RE.match(trap):
        fail(event, "trap must be kebab-case")
    if event["is_interview"] not in (0, 1):
        fail(event, "is_interview must be 0 or 1")
    if event["stage"] not in STAGES:
        fail(event, f"unknown stage {event['stage']!r}")
    hiring_side = bool(event.get("hiring_side", False))
    if hiring_side != trap.startswith("user-as-interviewer-"):
        fail(event, "hiring-side events (and only they) need a trap starting with user-as-interviewer-")
    if event["is_interview"] == 1:
        if hiring_side:
            fail(event, "an interview cannot have the user on the hiring side")
        if event["company"] not in FORMS:
            fail(event, f"company {event['company']!r} has no FORMS entry")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                fail(event, f"negative with non-empty {key}")
    lowered = text.lower()
    for person in filter(None, str(event["interviewers"]).split(";")):
        if person != person.strip():
            fail(event, f"interviewer {person!r} has stray spaces")
        if "@" in person and person != person.lower():
            fail(event, f"interviewer address {person!r} must be lower case")
        if person.lower() in USER_ADDRESSES:
            fail(event, "the user is never an interviewer")
        if person.lower() not in lowered and person.lower() not in unfold(lowered):
            fail(event, f"interviewer {person!r} does not occur in the event")
    if event["role"] and str(event["role"]).lower() not in unfold(lowered):
        fail(event, f"role {event['role']!r} does not occur in the event")
    match = re.search(r"^UID:(.+?)\r?$", unfold(text), re.MULTILINE)
    if match is None:
        fail(event, "no UID line")
        raise AssertionError  # unreachable, keeps type checkers calm
    uid = match.group(1).strip()
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # icalendar raises several types
        fail(event, f"icalendar cannot parse it: {exc}")
        raise
    vevents = [c for c in calendar.walk() if c.name == "VEVENT"]
    if not vevents:
        fail(event, "no VEVENT")
    uids = {str(c.get("UID")) for c in vevents}
    if uids != {uid}:
        fail(event, f"label uid {uid!r} does not match the parsed VEVENT UIDs {sorted(uids)}")
    eol = str(event.get("eol", "crlf"))
    if eol not in ("crlf", "lf"):
        fail(event, "eol must be crlf or lf")
    if eol == "crlf":
        text = text.replace("\n", "\r\n")
    return uid, text.encode("utf-8")


def unfold(text: str) -> str:
    """Unfold content lines and drop the text escapes of commas and semicolons (for the label checks)."""
    return re.sub(r"\r?\n[ \t]", "", text).replace("\\,", ",").replace("\\;", ";")


def split_of(line: str, column: int) -> str:
    row = next(csv.reader([line]), [])
    return row[column] if len(row) > column else ""


def replace_rows(path: Path, header: list[str], column: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        sys.exit(f"{path}: unexpected header")
    kept = [lines[0]] + [line for line in lines[1:] if split_of(line, column) != SPLIT]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    content = "".join(kept) + buffer.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    checked = [(event, *check(event)) for event in events]
    random.Random(SEED).shuffle(checked)
    companies = sorted({str(e["company"]) for e, _, _ in checked if e["is_interview"] == 1})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        sys.exit(f"FORMS has companies without an interview: {unused}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, (event, uid, data) in enumerate(checked, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append(
            [
                name,
                uid,
                str(event["is_interview"]),
                str(event["company"]),
                str(event["role"]),
                str(event["stage"]),
                str(event["interviewers"]),
                SPLIT,
                str(event["trap"]),
            ]
        )
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    interviews = sum(1 for e, _, _ in checked if e["is_interview"] == 1)
    hiring = sum(1 for e, _, _ in checked if e.get("hiring_side"))
    print(
        f"{SPLIT}: {len(checked)} events, {interviews} interviews, {len(checked) - interviews} negatives "
        f"({hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
