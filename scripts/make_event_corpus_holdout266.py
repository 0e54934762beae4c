"""Generate the blind calendar-event split holdout266.

Split: holdout266, written blind (without reading the classifier, the other generators, other splits' files or
labels) by an independent author, as raw iCalendar text.

Persona: Valentina Ríos Cárdenas, 29, team leader at a bilingual call centre (Contacto Andino) in Medellín,
applying for operations-manager, workforce-management, training and quality roles at other BPOs, an e-commerce
CX team, a bank's contact centre and US/European remote roles. Private address valentina.rios.cardenas@gmail.com,
work address vrios@contactoandino.com.co.

The events live in scripts/holdout266ev_*.py (EVENTS lists); this script checks every event, shuffles them with a
fixed seed, writes tests/corpus/events/holdout266-NNN-<kind>.ics (CRLF) after deleting only the old holdout266-*.ics
files, and replaces only the split=holdout266 rows of tests/corpus/events/labels.csv and company_forms.csv,
keeping every other line byte for byte.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout266.py
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout266ev_a  # noqa: E402
import holdout266ev_b  # noqa: E402
import holdout266ev_c  # noqa: E402
import holdout266ev_d  # noqa: E402

SPLIT = "holdout266"
SEED = 266
EVENTS_DIR = HERE.parent / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"valentina.rios.cardenas@gmail.com", "vrios@contactoandino.com.co"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS = {
    "Conectia BPO": ["Conectia", "Conectia BPO S.A.S."],
    "Nexa Contact Center": ["Nexa", "Nexa Contact"],
    "Tiendamás": ["Tiendamas", "Tiendamás.com"],
    "Banco Cordillera": ["Cordillera"],
    "BrightPath Support": ["BrightPath", "BrightPath Support Inc."],
    "Contacto Andino": ["Contacto Andino S.A.S."],
    "Voxia Monde": ["Voxia", "Voxia Colombia"],
    "Kundenwerk": ["Kundenwerk GmbH"],
    "Atlas CX Solutions": ["Atlas CX", "Atlas"],
    "Helpwise": ["Helpwise Inc."],
    "Atiende Iberia": ["Atiende"],
    "Pulso BPO": ["Pulso"],
    "Llamada Verde": ["Llamada Verde S.A.S."],
    "Servinorte Contact": ["Servinorte"],
    "Alcance Outsourcing": ["Alcance"],
    "Cobranzas Integrales": ["Cobranzas Integrales S.A.S."],
    "Mandao": ["Mandao App"],
    "Sonríe Salud EPS": ["Sonríe Salud", "Sonrie Salud"],
    "VuelaSur": ["VuelaSur Airlines", "Vuela Sur"],
    "Caja Andina de Compensación": ["Caja Andina"],
    "Quantum Talent BPO": ["Quantum Talent", "Quantum"],
    "Soluciones Kairos": ["Kairos"],
    "Omnicanal Group": ["Omnicanal"],
    "Teleservicios del Caribe": ["Teleservicios"],
    "Mercado Fácil": ["Mercado Facil"],
    "Seguros Horizonte": ["Horizonte"],
    "Enlace Total BPO": ["Enlace Total"],
    "CallPro Medellín": ["CallPro"],
    "Digitek Outsourcing": ["Digitek"],
    "Grupo Ventura": ["Ventura"],
    "Telco Andina Móvil": ["Telco Andina", "TAM"],
    "Cooperativa Avanzar": ["Avanzar"],
    "Almacenes La Montaña": ["La Montaña"],
    "Convergent Support": ["Convergent"],
    "Nubia Software": ["Nubia"],
    "Interacciones del Pacífico": ["Interacciones del Pacifico"],
    "Clínica Santa Lucía": ["Santa Lucía", "Clinica Santa Lucia"],
    "Vitalink Telemedicina": ["Vitalink"],
    "Banco Semilla": ["Semilla"],
    "Fonoexpress": ["Fono Express"],
    "EduNova": ["EduNova Virtual"],
    "Soporte Ágil": ["Soporte Agil"],
    "Activa BPO": ["Activa"],
}


def all_events():
    events = []
    for module in (holdout266ev_a, holdout266ev_b, holdout266ev_c, holdout266ev_d):
        events.extend(module.EVENTS)
    return events


def unfolded(text):
    return re.sub(r"\n[ \t]", "", text)


def check(event, seen_uids):
    uid = event["uid"]
    problems = []
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        if key not in event:
            problems.append(f"missing key {key}")
    if problems:
        return problems
    if uid in seen_uids:
        problems.append("duplicate uid")
    seen_uids.add(uid)
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"])
    except Exception as error:
        return [f"does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {uids} != label uid")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            problems.append("DTSTART missing")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as error:
            problems.append(f"DTSTART not decodable: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{key} not kebab-case: {event[key]!r}")
    if event["stage"] not in STAGES:
        problems.append(f"bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    interviewers = [name for name in event["interviewers"].split(";") if name]
    text = unfolded(event["ics"]).lower()
    if event["is_interview"] == 1:
        if event["company"] not in FORMS:
            problems.append(f"company {event['company']!r} has no FORMS entry")
        for name in interviewers:
            if name.lower() not in text:
                problems.append(f"interviewer {name!r} not in the event text")
            if name.lower() in USER_ADDRESSES:
                problems.append("the user is listed as an interviewer")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        problems.append("negative with company/role/stage/interviewers")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring flag does not match trap prefix")
    if event["hiring"] and event["is_interview"]:
        problems.append("hiring-side event labelled as interview")
    return problems


def split_records(text):
    """Split CSV text into raw records (a record may span lines inside quotes), keeping line endings."""
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


def record_split(record, column):
    fields = next(csv.reader(io.StringIO(record)), [])
    return fields[column] if len(fields) > column else None


def replace_split_rows(path, new_rows):
    text = path.read_bytes().decode("utf-8")
    records = split_records(text)
    header = records[0]
    newline = "\r\n" if header.endswith("\r\n") else "\n"
    column = next(csv.reader(io.StringIO(header))).index("split")
    kept = [header] + [record for record in records[1:] if record_split(record, column) != SPLIT]
    if kept[-1] and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += newline
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    for row in new_rows:
        writer.writerow(row)
    temp = path.with_name(f".{path.name}.{SPLIT}.tmp")
    temp.write_bytes(("".join(kept) + buffer.getvalue()).encode("utf-8"))
    os.replace(temp, path)


def main():
    events = all_events()
    seen_uids = set()
    failures = 0
    for event in events:
        for problem in check(event, seen_uids):
            failures += 1
            print(f"FAIL {event.get('uid')}: {problem}")
    if failures:
        sys.exit(f"{failures} problem(s); nothing written")

    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        body = event["ics"].replace("\r\n", "\n").replace("\n", eol)
        (EVENTS_DIR / name).write_bytes(body.encode("utf-8"))
        label_rows.append(
            [
                name,
                event["uid"],
                event["is_interview"],
                event["company"],
                event["role"],
                event["stage"],
                event["interviewers"],
                SPLIT,
                event["trap"],
            ]
        )
    companies = sorted({event["company"] for event in events if event["is_interview"]})
    form_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in companies]
    replace_split_rows(LABELS, label_rows)
    replace_split_rows(FORMS_CSV, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews at {len(companies)} employers, "
        f"{len(events) - interviews} negatives ({hiring} hiring side, {len(events) - interviews - hiring} others)"
    )


if __name__ == "__main__":
    main()
