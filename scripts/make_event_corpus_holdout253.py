"""Generate the blind calendar-event test split holdout253 for afterview.

Split: holdout253, about 110 raw iCalendar events written blind by an independent author (without reading the
classifier, the other generators, other splits' files or labels).

Persona: Lucía Serrano Ortiz, 36, pharmaceutical sales representative (delegada comercial) at the fictional
Laboratorios Alcalena in Madrid (private lucia.serrano.ortiz@gmail.com, work lserrano@laboratorios-alcalena.es),
applying for KAM hospitalario, MSL and market-access roles at other laboratories, a medical-devices firm, a
Lisbon-based Iberian hub and a hospital group's purchasing department; she also co-interviews junior reps.

The events live in scripts/holdout253ev_*.py (EVENTS lists; shared VTIMEZONE text in holdout253ev_zones.py).
This script checks every event, shuffles them with a fixed seed, writes tests/corpus/events/holdout253-NNN-<kind>.ics
(CRLF line endings, old holdout253-*.ics deleted first) and replaces only the split=holdout253 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout253.py
"""

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

SPLIT = "holdout253"
SEED = 253
MODULES = ["holdout253ev_a", "holdout253ev_b", "holdout253ev_c", "holdout253ev_d", "holdout253ev_e"]
USER_ADDRESSES = {"lucia.serrano.ortiz@gmail.com", "lserrano@laboratorios-alcalena.es"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
ROOT = Path(__file__).resolve().parent.parent
EVENT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENT_DIR / "labels.csv"
FORMS_CSV = EVENT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other forms the user would accept for each employer ("|"-separated, may be empty).
FORMS = {
    "Laboratorios Quirante": "Quirante|Quirante Farma",
    "Novaterra Pharma": "Novaterra|Novaterra Pharma Iberia",
    "Lusitana Health": "Lusitana|Lusitana Health Hub|Lusitana Health Iberia",
    "Medisonda": "Medisonda Devices",
    "Laboratorios Alcalena": "Alcalena",
    "Grupo Hospitalario Vallehermoso": "GH Vallehermoso|Vallehermoso|GHV",
    "Hepta Biologics": "Hepta|Hepta Bio",
    "Bioselva Therapeutics": "Bioselva",
    "Kerbion Medical": "Kerbion|Kerbion Medical GmbH",
    "Vitaloop Diagnostics": "Vitaloop",
    "Almirena Farma": "Almirena",
    "Synthera Pharma": "Synthera|Synthera Pharma AG",
    "Nordhaven Pharma": "Nordhaven",
    "Cardiolab Ibérica": "Cardiolab|Cardiolab Iberica",
    "Laboratoires Vérancourt": "Vérancourt|Verancourt|Laboratoires Verancourt",
    "Laboratorios Ervella": "Ervella",
    "Clinarea Research": "Clinarea",
    "Sanifarma Genéricos": "Sanifarma|Sanifarma Genericos",
    "Distribuciones Médicas Arganda": "DM Arganda|Distribuciones Medicas Arganda",
    "Laboratorios Nuvexa": "Nuvexa",
    "Biofarma Castellana": "Biofarma",
    "Vacunalia": "",
    "Alveus Pharma": "Alveus|Alveus Pharma Iberia",
    "Helix Terapias Avanzadas": "Helix|Helix TA",
    "Endovia Medical": "Endovia",
    "Laboratorios Roviral": "Roviral",
    "Genmedix Iberia": "Genmedix",
    "Dermaclin": "",
    "OncoGenia Biotech": "OncoGenia|Oncogenia",
    "Cofarmen Distribución": "Cofarmen|Cofarmen Distribucion",
    "Laboratorios Brezal": "Brezal",
    "Iberhealth Market Access Consulting": "Iberhealth",
    "Quimifar Consumer Health": "Quimifar",
    "Ortomed Iberia": "Ortomed",
    "Saúde Atlântica": "Saúde Atlântica Farmacêutica|Saude Atlantica",
    "Neurova Pharma": "Neurova",
    "Inmunova Biologics": "Inmunova",
}


def load_events():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events = []
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
    return events


def check_event(event, problems):
    uid = event["uid"]
    where = f"{event.get('kind')}/{uid}"
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        if key not in event:
            problems.append(f"{where}: missing key {key}")
            return
    if not KEBAB.fullmatch(event["kind"]):
        problems.append(f"{where}: kind not kebab-case")
    if not KEBAB.fullmatch(event["trap"]):
        problems.append(f"{where}: trap not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{where}: bad stage {event['stage']}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{where}: is_interview must be 0 or 1")
    if "\r" in event["ics"]:
        problems.append(f"{where}: CR in source text")
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"])
    except ValueError as error:
        problems.append(f"{where}: does not parse: {error}")
        return
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{where}: VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{where}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{where}: DTSTART not decodable: {error}")
    hiring_trap = event["trap"].startswith("user-as-interviewer-")
    if bool(event["hiring"]) != hiring_trap or not isinstance(event["hiring"], bool):
        problems.append(f"{where}: hiring must be True exactly for user-as-interviewer- traps")
    unfolded = event["ics"].replace("\n ", "").replace("\n\t", "").lower()
    interviewers = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"] == 1:
        if event["hiring"]:
            problems.append(f"{where}: an interview cannot be hiring-side")
        if event["company"] not in FORMS:
            problems.append(f"{where}: company {event['company']!r} has no FORMS entry")
        for person in interviewers:
            if person.strip() != person:
                problems.append(f"{where}: interviewer {person!r} has stray spaces")
            if "@" in person and person != person.lower():
                problems.append(f"{where}: interviewer address {person!r} not lower-case")
            if person.lower() not in unfolded:
                problems.append(f"{where}: interviewer {person!r} not in event text")
            if person.lower() in USER_ADDRESSES:
                problems.append(f"{where}: the user is listed as interviewer")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                problems.append(f"{where}: negative with non-empty {key}")


def csv_line(fields, terminator):
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=terminator).writerow(fields)
    return buffer.getvalue()


def split_records(text):
    """Split CSV text into raw records (keeping line endings), joining lines inside quoted fields."""
    records = []
    current = ""
    for line in text.splitlines(keepends=True):
        current += line
        if current.count('"') % 2 == 0:
            records.append(current)
            current = ""
    if current:
        records.append(current)
    return records


def replace_split_rows(path, header, new_rows):
    """Replace this split's rows of a CSV file, keeping every other record byte for byte."""
    text = path.read_bytes().decode("utf-8") if path.exists() else csv_line(header, "\n")
    records = split_records(text)
    head = records[0]
    terminator = "\r\n" if head.endswith("\r\n") else "\n"
    columns = next(csv.reader([head.rstrip("\r\n")]))
    split_index = columns.index("split")
    kept = [head]
    for record in records[1:]:
        fields = next(csv.reader(io.StringIO(record)), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(record)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += terminator
    body = "".join(kept) + "".join(csv_line(row, terminator) for row in new_rows)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(body.encode("utf-8"))
    os.replace(temp_name, path)


def main():
    events = load_events()
    problems = []
    seen = set()
    for event in events:
        if event.get("uid") in seen:
            problems.append(f"duplicate uid {event.get('uid')}")
        seen.add(event.get("uid"))
        check_event(event, problems)
    used = {event["company"] for event in events if event["is_interview"] == 1}
    for company in sorted(set(FORMS) - used):
        problems.append(f"FORMS entry {company!r} not used by any interview")
    if problems:
        for problem in problems:
            print(problem)
        raise SystemExit(f"{len(problems)} problem(s); nothing written")

    random.Random(SEED).shuffle(events)
    EVENT_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                name,
                event["uid"],
                str(event["is_interview"]),
                event["company"],
                event["role"],
                event["stage"],
                event["interviewers"],
                SPLIT,
                event["trap"],
            ]
        )
    forms_rows = [[SPLIT, company, FORMS[company]] for company in sorted(used)]
    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, forms_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} others), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
