"""Write the blind calendar-event split holdout258 for afterview.

Split: holdout258, about 110 raw iCalendar events from one user's calendar, written and labelled blind by an
independent author (without reading the classifier, the other generators or other splits' files and labels).

Persona: Ing. Héctor Ramírez Lozano, 39, maintenance supervisor (supervisor de mantenimiento) at a fictional
electronics assembly plant in Guadalajara, Jalisco (private hector.ramirez.lozano@hotmail.com, work
hramirez@electroensambles-occidente.com.mx), applying for maintenance-manager and reliability-engineer posts in
Guadalajara, El Salto, Monterrey, Querétaro and Tijuana. His own interviews are positives; his hiring-side work,
the plant's audits and root-cause "entrevistas", family and personal appointments and look-alikes are negatives.

The events live in scripts/holdout258ev_*.py (EVENTS lists; shared VTIMEZONE text in holdout258ev_zones.py).
This script checks every event, shuffles them with a fixed seed, writes tests/corpus/events/holdout258-NNN-<kind>.ics
(CRLF line ends, after deleting only old holdout258-*.ics) and replaces only the split=holdout258 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout258.py
"""

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

from icalendar import Calendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout258ev_a  # noqa: E402
import holdout258ev_b  # noqa: E402
import holdout258ev_c  # noqa: E402
import holdout258ev_d  # noqa: E402

SPLIT = "holdout258"
SEED = 258_036
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
USER_ADDRESSES = {"hector.ramirez.lozano@hotmail.com", "hramirez@electroensambles-occidente.com.mx"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# other forms the user would accept for each employer ("|"-separated)
FORMS = {
    "Cervecería Tres Volcanes": "Tres Volcanes|Cerveceria Tres Volcanes|Cervecería TV|TV",
    "Nervión Automoción": "Nervión|Nervion|Nervion Automocion|Grupo Nervión|Nervión Automoción Querétaro",
    "Harbor Point Medical": "Harbor Point|HPM|Harbor Point Medical de México",
    "Electroensambles de Occidente": "Electroensambles|EDO|Electroensambles de Occidente S.A. de C.V.",
    "Aceros Laminados del Norte": "ALN|Aceros Laminados",
    "Cristalería Cerro de la Silla": "Cristalería CDS|Cristaleria CDS|CDS|Cristaleria Cerro de la Silla",
    "Plásticos Técnicos del Salto": "Plásticos Técnicos|Plasticos Tecnicos|Plasticos Tecnicos del Salto|PTS",
    "Hexa Semiconductor": "Hexa|Hexa Semi|Hexa Semiconductor Guadalajara",
    "Orbis Manufacturing Solutions": "Orbis|Orbis MS|Orbis Manufacturing",
    "Farmacéutica Occidental": "FOC|Farmaceutica Occidental|Farma Occidental",
    "Lácteos Los Altos": "Lacteos Los Altos|Lácteos Los Altos SA de CV|LÁCTEOS LOS ALTOS",
    "Casa Tequilera Los Arcos": "Los Arcos|Tequilera Los Arcos|Tequila Los Arcos",
    "Nordhalle Präzisionstechnik": "Nordhalle|Nordhalle Praezisionstechnik|Nordhalle México|Nordhalle GmbH",
    "Groupe Lavaur Emballages": "Lavaur|Groupe Lavaur|Lavaur Emballages",
    "Grupo Harinero Regio": "Harinero Regio|GHR",
    "Línea Blanca del Norte": "LBN|Linea Blanca del Norte|Línea Blanca",
    "Coronado Aerostructures": "Coronado|Coronado Aero",
    "Alimentos Chapala": "alim chapala|Chapala",
    "Cementos Peña Blanca": "Peña Blanca|Cementos Pena Blanca|CPB",
    "Forjas del Bajío": "Forjas del Bajio|Forjas",
    "Inyectados Precisos de Jalisco": "Inyectados Precisos|IPJ",
    "Empaques Flexibles Regios": "EFR|Empaques Flexibles",
    "Devanados y Motores GDL": "Devanados y Motores|Devanados y Motores Guadalajara",
    "Arneses del Pacífico": "Arneses del Pacifico|Arneses Pacífico",
    "Papelera Río Santiago": "Papelera Rio Santiago|Papelera",
    "Vantor Electronics": "Vantor",
    "Nubetec Data Centers": "Nubetec|Nubetec DC",
    "Azucarera de Tala": "Ingenio Tala|Ingenio de Tala|Azucarera Tala",
    "Coastline Power Systems": "Coastline|Coastline Power",
    "Celulosa y Corrugados de Jalisco": "CYCJ|Celulosa y Corrugados",
    "Válvulas y Bombas de Monterrey": "VBM|Valvulas y Bombas de Monterrey|Válvulas y Bombas",
    "Grupo Embotellador de Occidente": "GEO|Embotellador de Occidente|Embotelladora de Occidente",
    "Industrias Metálicas Zapopan": "Industrias Metalicas Zapopan|IMZ",
    "Helios Paneles Solares": "Helios|Helios Paneles Solares de Jalisco|Helios Solar",
    "Químicos y Resinas del Salto": "Quimicos y Resinas del Salto|QRS|Químicos y Resinas",
    "Motores y Compresores del Norte": "Motores y Compresores|MCN",
    "Tubería y Conexiones de Occidente": "TyC|Tuberia y Conexiones de Occidente|Tubería y Conexiones",
    "Envases Metálicos de Jalisco": "Envases Metalicos de Jalisco|Envases Metálicos",
    "Componentes Aeroespaciales de Querétaro": "CAQ|CAQ Aero|Componentes Aeroespaciales de Queretaro",
}


def all_events():
    """Every event dict of the split, in module order."""
    return holdout258ev_a.EVENTS + holdout258ev_b.EVENTS + holdout258ev_c.EVENTS + holdout258ev_d.EVENTS


def raw_text(event):
    """The event's iCalendar text with its line ends (CRLF unless the event says otherwise)."""
    eol = event.get("eol", "\r\n")
    text = event["ics"].lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", eol)


def check(event, seen_uids):
    """Raise AssertionError when an event or its label is inconsistent."""
    uid = event["uid"]
    where = f"{event['kind']} {uid}"
    assert uid not in seen_uids, f"duplicate uid {where}"
    seen_uids.add(uid)
    text = raw_text(event)
    calendar = Calendar.from_ical(text)
    vevents = calendar.walk("VEVENT")
    assert vevents, f"no VEVENT in {where}"
    assert {str(vevent.get("UID")) for vevent in vevents} == {uid}, f"UID mismatch in {where}"
    for vevent in vevents:
        assert vevent.get("DTSTART") is not None, f"no DTSTART in {where}"
        vevent.decoded("DTSTART")
    assert KEBAB.match(event["kind"]), f"kind not kebab-case: {where}"
    assert KEBAB.match(event["trap"]), f"trap not kebab-case: {where}"
    assert event["stage"] in STAGES, f"bad stage in {where}"
    assert event["is_interview"] in (0, 1), f"bad is_interview in {where}"
    assert event["hiring"] == event["trap"].startswith("user-as-interviewer-"), f"hiring/trap mismatch in {where}"
    unfolded = re.sub(r"\r?\n[ \t]", "", text).lower()
    people = [person for person in event["interviewers"].split(";") if person]
    for person in people:
        assert person == person.strip(), f"spaces around interviewer in {where}"
        assert person.lower() in unfolded, f"interviewer {person!r} not in text of {where}"
        assert person.lower() not in USER_ADDRESSES, f"user listed as interviewer in {where}"
        if "@" in person:
            assert person == person.lower(), f"interviewer address not lower-case in {where}"
    if event["is_interview"]:
        assert event["company"] in FORMS, f"company without FORMS entry in {where}"
        assert not event["hiring"], f"interview marked hiring in {where}"
    else:
        assert not (event["company"] or event["role"] or event["stage"] or event["interviewers"]), (
            f"negative with company/role/stage/interviewers: {where}"
        )


def csv_line(fields, eol):
    """One CSV record as text."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol).writerow(fields)
    return buffer.getvalue()


def replace_split_rows(path, split_column, new_rows):
    """Keep the header and every other split's line byte for byte, then append new_rows; write atomically."""
    data = path.read_bytes().decode("utf-8")
    lines = data.splitlines(keepends=True)
    header = lines[0]
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    kept = [header]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        fields = next(csv.reader([line]))
        if len(fields) > split_column and fields[split_column] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    body = "".join(kept) + "".join(csv_line(row, eol) for row in new_rows)
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
        stream.write(body)
    os.replace(temp_name, path)


def main():
    events = all_events()
    seen_uids = set()
    for event in events:
        check(event, seen_uids)
    used_companies = {event["company"] for event in events if event["is_interview"]}
    assert used_companies == set(FORMS), f"FORMS and employers differ: {sorted(used_companies ^ set(FORMS))}"

    order = list(events)
    random.Random(SEED).shuffle(order)

    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        (OUT_DIR / name).write_bytes(raw_text(event).encode("utf-8"))
        label_rows.append([
            name,
            event["uid"],
            event["is_interview"],
            event["company"],
            event["role"],
            event["stage"],
            event["interviewers"],
            SPLIT,
            event["trap"],
        ])
    replace_split_rows(LABELS, 7, label_rows)
    form_rows = [[SPLIT, company, FORMS[company]] for company in sorted(FORMS)]
    replace_split_rows(FORMS_CSV, 0, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(event["hiring"] for event in events)
    print(f"{SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} with {len(used_companies)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} hiring side, {len(events) - interviews - hiring} others)")
    print(f"  labels.csv rows: {len(label_rows)}, company_forms.csv rows: {len(form_rows)}")


if __name__ == "__main__":
    main()
