"""Generate the blind calendar-event split ``holdout270``.

Split: holdout270, written blind by an independent author (raw iCalendar text, hand labels), without reading the
classifier, the other generators or other splits' files and labels.

Persona: Javier Lacasa Aznar, 42, técnico superior en prevención de riesgos laborales at a construction company in
Zaragoza (Construcciones Ebro Moncayo), applying for HSE-coordinator and safety-manager roles at other constructors,
logistics operators at PLAZA, automotive plants and suppliers near Figueruelas, mutuas and the subinspector de
trabajo y seguridad social oposición. Addresses: javier.lacasa.aznar@gmail.com (private) and
jlacasa@construcciones-ebro-moncayo.es (work).

The events live in ``scripts/holdout270ev_*.py`` (``EVENTS`` lists; shared VTIMEZONE text in
``holdout270ev_zones.py``). This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout270-NNN-<kind>.ics`` (CRLF) after deleting only the old ``holdout270-*.ics`` files, and
replaces only the ``split=holdout270`` rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``, keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout270.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout270ev_a  # noqa: E402
import holdout270ev_b  # noqa: E402
import holdout270ev_c  # noqa: E402
import holdout270ev_d  # noqa: E402

SPLIT = "holdout270"
SEED = 270
ROOT = SCRIPTS.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = ("javier.lacasa.aznar@gmail.com", "jlacasa@construcciones-ebro-moncayo.es")
USER_NAMES = ("javier lacasa", "lacasa aznar")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other forms the user would accept for each employer (short names, acronyms, without legal form).
FORMS = {
    "Gállego Obras y Servicios": ["Gállego Obras", "Constructora Gállego Obras y Servicios", "Constructora Gállego"],
    "Huerva Infraestructuras": ["Huerva"],
    "Cierzo Park Logistics": ["Cierzo Park", "Cierzo Park Logística"],
    "Automóviles Valle del Ebro": ["Valle del Ebro", "AVE", "Planta de Figueruelas"],
    "Mutua Cesaraugusta": ["Cesaraugusta"],
    "Inspección de Trabajo y Seguridad Social": [
        "ITSS",
        "Inspección de Trabajo",
        "Organismo Estatal Inspección de Trabajo y Seguridad Social",
        "Cuerpo de Subinspectores Laborales",
    ],
    "Kessler Bau": ["Kessler", "Kessler Bau Ibérica", "Kessler Bau GmbH"],
    "Bâtisseurs Pyrénéens": ["Groupe Bâtisseurs Pyrénéens", "Batisseurs Pyreneens", "GBP"],
    "Harlow & Finch Construction": ["Harlow & Finch", "Harlow and Finch", "H&F"],
    "Obras Cinca y Segre": ["Cinca y Segre"],
    "Estructuras Jalón": ["Jalón", "Estructuras Jalon"],
    "Demoliciones y Excavaciones Borja": ["Demoliciones Borja", "Excavaciones Borja"],
    "Montajes Eléctricos Calatayud": ["MEC", "Montajes Eléctricos"],
    "Cementos Quinto de Ebro": ["Cementos Quinto", "CQE"],
    "Eólicas Sierra de Luna": ["Sierra de Luna", "Eólicas"],
    "Vía Pirenaica Autopistas": ["Vía Pirenaica", "Via Pirenaica"],
    "Modalia Logística": ["Modalia"],
    "Expresur Parcel": ["Expresur"],
    "Asientos Ribera Alta": ["Ribera Alta"],
    "Ebrocar Secuenciación": ["Ebrocar"],
    "Construcciones Ebro Moncayo": ["Ebro Moncayo", "CEM"],
    "Prevensalud Aragón": ["Prevensalud"],
    "Aguas y Depuración del Ebro": ["ADESA"],
    "Montajes Ferroviarios del Ebro": ["MF Ebro", "Montajes Ferroviarios"],
    "Grúas Torre Aragón": ["Grúas Torre", "GTA"],
    "ARINSA": ["Aragonesa de Instalaciones Industriales"],
    "Papelera del Huerva": ["Papelera Huerva"],
    "Recuperaciones Ebro Sur": ["Ebro Sur"],
    "Ibercons Infraestructuras": ["Ibercons"],
    "Vialtrans Obras y Servicios": ["Vialtrans", "Grupo Vialtrans"],
    "Fundación Universitaria San Braulio": ["San Braulio", "Universidad San Braulio"],
    "Transportes Arrieta Logística": ["Arrieta Logística", "Transportes Arrieta", "Arrieta"],
    "Coordina Obra Aragón": ["Coordina Obra"],
    "Mutua Salduba": ["Salduba"],
    "Hidroeléctricas del Ésera": ["Hidroesera", "Hidroeléctricas del Esera"],
    "Ebroplast Automotive": ["Ebroplast"],
    "Construcciones Veruela": ["Veruela"],
    "Logisnova": ["Logisnova PLAZA"],
}


def unfold(text: str) -> str:
    """Undo iCalendar line folding (LF source text)."""
    return re.sub(r"\n[ \t]", "", text)


def check(event: dict, index: int) -> None:
    """Raise AssertionError when an event or its label is inconsistent."""
    where = f"event {index} ({event.get('uid')})"
    keys = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
    missing = keys - set(event)
    assert not missing, f"{where}: missing keys {missing}"
    extra = set(event) - keys - {"eol"}
    assert not extra, f"{where}: unknown keys {extra}"
    text = event["ics"]
    assert "\r" not in text, f"{where}: source must use LF"
    assert text.startswith("BEGIN:VCALENDAR\n") and text.endswith("END:VCALENDAR\n"), f"{where}: not a VCALENDAR"
    eol = event.get("eol", "\r\n")
    assert eol in ("\r\n", "\n"), f"{where}: bad eol"
    calendar = icalendar.Calendar.from_ical(text.replace("\n", eol))
    vevents = calendar.walk("VEVENT")
    assert vevents, f"{where}: no VEVENT"
    uids = {str(vevent.get("UID")) for vevent in vevents}
    assert uids == {event["uid"]}, f"{where}: VEVENT UIDs {uids} differ from label"
    for vevent in vevents:
        assert "DTSTART" in vevent, f"{where}: no DTSTART"
        assert vevent.decoded("DTSTART") is not None, f"{where}: DTSTART not decodable"
    assert KEBAB.match(event["kind"]), f"{where}: kind not kebab-case"
    assert KEBAB.match(event["trap"]), f"{where}: trap not kebab-case"
    assert event["stage"] in STAGES, f"{where}: bad stage {event['stage']!r}"
    assert event["is_interview"] in (0, 1), f"{where}: is_interview must be 0 or 1"
    assert isinstance(event["hiring"], bool), f"{where}: hiring must be a bool"
    assert event["hiring"] == event["trap"].startswith(HIRING_PREFIX), f"{where}: hiring flag and trap disagree"
    flat = unfold(text).lower()
    people = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        assert not event["hiring"], f"{where}: hiring-side event labelled as interview"
        assert event["company"] in FORMS, f"{where}: company {event['company']!r} has no FORMS entry"
        for person in people:
            assert person == person.strip(), f"{where}: stray spaces in {person!r}"
            if "@" in person:
                assert person == person.lower(), f"{where}: address {person!r} not lower-case"
            assert person.lower() in flat, f"{where}: interviewer {person!r} not in event text"
            assert person.lower() not in USER_ADDRESSES, f"{where}: the user listed as interviewer"
            assert not any(name in person.lower() for name in USER_NAMES), f"{where}: the user listed as interviewer"
    else:
        for field in ("company", "role", "stage", "interviewers"):
            assert event[field] == "", f"{where}: negative with non-empty {field}"


def split_of(line: str, column: int) -> str:
    """Return the split column of one CSV line without keeping anything else."""
    row = next(csv.reader(io.StringIO(line)), [])
    return row[column] if len(row) > column else ""


def replace_split_rows(path: Path, rows: list[list[str]]) -> int:
    """Replace the split rows (given in header order) of a CSV file; keep other lines byte for byte."""
    data = path.read_bytes()
    lines = data.decode("utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    column = header.index("split")
    kept = [lines[0]] + [line for line in lines[1:] if split_of(line, column) != SPLIT]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        assert len(row) == len(header), f"{path.name}: row does not match header"
        writer.writerow(row)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write("".join(kept).encode("utf-8"))
        out.write(buffer.getvalue().encode("utf-8"))
    os.replace(temp_name, path)
    return len(kept) - 1


def main() -> None:
    events = [*holdout270ev_a.EVENTS, *holdout270ev_b.EVENTS, *holdout270ev_c.EVENTS, *holdout270ev_d.EVENTS]
    for index, event in enumerate(events, 1):
        check(event, index)
    uids = [event["uid"] for event in events]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, 1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENTS_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            {
                "file": name,
                "uid": event["uid"],
                "is_interview": str(event["is_interview"]),
                "company": event["company"],
                "role": event["role"],
                "stage": event["stage"],
                "interviewers": event["interviewers"],
                "split": SPLIT,
                "trap": event["trap"],
            }
        )
    label_header = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
    kept_labels = replace_split_rows(LABELS, [[row[name] for name in label_header] for row in label_rows])

    companies = sorted({event["company"] for event in events if event["is_interview"]})
    forms_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in companies]
    kept_forms = replace_split_rows(FORMS_CSV, forms_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(event["hiring"] for event in events)
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives")
    print(f"hiring side: {hiring}, other negatives: {len(events) - interviews - hiring}, employers: {len(companies)}")
    print(f"labels.csv: kept {kept_labels} other rows; company_forms.csv: kept {kept_forms} other rows")


if __name__ == "__main__":
    main()
