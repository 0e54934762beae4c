"""Write the blind calendar-event test split ``holdout283``.

Split: ``holdout283`` - about 110 hand-labelled calendar events (raw iCalendar text) from one user's calendar,
written blind by an independent author without reading the classifier, the other generators or other splits.

Persona: Jan-Philipp Wendt, 29, Notfallsanitäter (paramedic) on RTW 2 of the Rettungswache Linden of the
fictional aid organisation Rettungsdienst Leine gGmbH in Hannover. He applies for Praxisanleiter posts (also
internally), dispatcher posts at integrated control centres (Einstellungstest, strukturiertes Interview), the
professional fire services (schriftlicher Test, Sporttest, Vorstellungsgespräch), HEMS TC posts and medical-devices
field-service roles. His addresses are jp.wendt@posteo.de (private) and
jan-philipp.wendt@rettungsdienst-leine.example.de (work). He also conducts FSJ/BFD interviews, assesses
applicants and trainees - none of those are his own interviews.

The events live in ``scripts/holdout283ev_*.py`` (``EVENTS`` lists). This script checks every event, shuffles
them with a fixed seed, writes ``tests/corpus/events/holdout283-NNN-<kind>.ics`` (CRLF line endings; old
``holdout283-*.ics`` files are deleted first) and replaces only the ``split=holdout283`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping every other line byte
for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout283.py
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

SCRIPT_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPT_DIR))

import holdout283ev_a  # noqa: E402
import holdout283ev_b  # noqa: E402
import holdout283ev_c  # noqa: E402
import holdout283ev_d  # noqa: E402
import holdout283ev_e  # noqa: E402

SPLIT = "holdout283"
SEED = 283_2025
REPO = SCRIPT_DIR.parent
OUT_DIR = REPO / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

USER_ADDRESSES = {"jp.wendt@posteo.de", "jan-philipp.wendt@rettungsdienst-leine.example.de"}
USER_NAME_PARTS = ("wendt", "jan-philipp", "jp ")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FOLD = re.compile(r"\r?\n[ \t]")
EVENT_KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS: dict[str, list[str]] = {
    "Rettungsdienst Leine": ["Rettungsdienst Leine gGmbH", "RD Leine", "RDL"],
    "Integrierte Leitstelle Deister-Leine": [
        "ILS Deister-Leine",
        "Leitstelle Deister-Leine",
        "Zweckverband Leitstelle Deister-Leine",
    ],
    "Kooperative Leitstelle Aller-Weser": ["KLS Aller-Weser", "Leitstelle Aller-Weser", "Landkreis Aller-Weser"],
    "Rettungsleitstelle Ostheide": ["Leitstelle Ostheide", "Landkreis Ostheide"],
    "Berufsfeuerwehr Hildenau": ["BF Hildenau", "Feuerwehr Hildenau", "Stadt Hildenau"],
    "Berufsfeuerwehr Brunsfeld": ["BF Brunsfeld", "Feuerwehr Brunsfeld"],
    "Berufsfeuerwehr Ostenholm": ["BF Ostenholm", "Feuerwehr Ostenholm", "Stadt Ostenholm"],
    "Elbchem": ["Elbchem AG", "Werkfeuerwehr Elbchem"],
    "Flughafen Braunheide": ["Flughafen Braunheide GmbH", "Flughafenfeuerwehr Braunheide"],
    "Nordluft Rettung": ["Nordluft", "Nordluft Rettung gGmbH"],
    "Helimed Nordsee": ["Helimed", "Helimed Nordsee GmbH"],
    "Medicalia Aérea": ["Medicalia", "Medicalia Aerea", "Medicalia Aérea S.L."],
    "Air-Secours Romand": ["Air Secours Romand", "ASR"],
    "Corvida Medical": ["Corvida", "Corvida Medical GmbH"],
    "Pulsmont Systems": ["Pulsmont"],
    "Kardiolux": ["Kardiolux GmbH"],
    "Ventimed": ["Ventimed AG"],
    "Stryva Medizintechnik": ["Stryva", "Stryva Medizintechnik GmbH"],
    "Medanto Service": ["Medanto", "Medanto Service GmbH"],
    "Intensivtransport Nord": ["Intensivtransport Nord GmbH", "ITW Nord"],
    "Rettungsdienst Weserbergland": ["Rettungsdienst Weserbergland gGmbH", "RD Weserbergland"],
    "Rettungsdienst Heidmark": ["RD Heidmark"],
    "Klinikum Leinetal": [],
    "Bildungsinstitut Rettungswesen Niedersachsen": ["BIRN"],
    "Akademie für Notfallmedizin Calenberg": ["Akademie Calenberg"],
    "Telenotarzt-Zentrale Südniedersachsen": ["TNA-Zentrale Südniedersachsen", "Telenotarzt-Zentrale"],
    "Eventmedic Nord": ["Eventmedic", "Eventmedic Nord GmbH"],
    "WindCare Offshore": ["WindCare", "WindCare Offshore Ltd"],
    "AeroMedic Charter": ["AeroMedic"],
    "Landkreis Schaumland": ["LK Schaumland"],
    "Samaritanerbund Nordost": ["Samaritanerbund Nordost e.V.", "Samaritanerbund"],
    "Medizintechnik Service Hansa": ["Medizintechnik Service Hansa GmbH", "Service Hansa"],
    "Elisabethen-Klinikum Nienstedt": ["Elisabethen-Klinikum"],
    "Luftrettung Harz": ["LR Harz"],
    "Rettungszweckverband Ems-Vechte": ["RZV Ems-Vechte", "Leitstelle Ems-Vechte"],
    "Defimed Service Nord": ["Defimed"],
}

MODULES = [holdout283ev_a, holdout283ev_b, holdout283ev_c, holdout283ev_d, holdout283ev_e]


def load_events() -> list[dict]:
    events: list[dict] = []
    for module in MODULES:
        events.extend(module.EVENTS)
    return events


def check_event(event: dict, problems: list[str]) -> None:
    uid = event.get("uid", "?")
    where = f"{event.get('kind', '?')} {uid[:40]}"

    def fail(message: str) -> None:
        problems.append(f"{where}: {message}")

    missing = EVENT_KEYS - set(event)
    extra = set(event) - EVENT_KEYS - {"eol"}
    if missing or extra:
        fail(f"keys missing {sorted(missing)} / unknown {sorted(extra)}")
        return
    text = event["ics"]
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        fail(f"does not parse: {exc}")
        return
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        fail("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        fail(f"VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            fail("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError, TypeError) as exc:
            fail(f"DTSTART not decodable: {exc}")
    if not KEBAB.match(event["kind"]):
        fail("kind is not kebab-case")
    if not KEBAB.match(event["trap"]):
        fail("trap is not kebab-case")
    if event["stage"] not in STAGES:
        fail(f"invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        fail("is_interview must be 0 or 1")
    if event["hiring"] is not (event["trap"].startswith("user-as-interviewer-")):
        fail("hiring must be True exactly when trap starts with user-as-interviewer-")
    if event["hiring"] and event["is_interview"]:
        fail("a hiring-side event cannot be the user's interview")
    people = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        if not event["company"]:
            fail("interview without company")
        elif event["company"] not in FORMS:
            fail(f"company {event['company']!r} has no FORMS entry")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                fail(f"negative with non-empty {key}")
    unfolded = FOLD.sub("", text).lower()
    plain = unfolded.replace("\\,", ",").replace("\\;", ";")
    if event["role"] and event["role"].lower() not in plain:
        fail(f"role {event['role']!r} not in event text")
    for person in people:
        if person != person.strip():
            fail(f"interviewer {person!r} has surrounding spaces")
        if "@" in person and person != person.lower():
            fail(f"interviewer address {person!r} is not lower-case")
        if person.lower() not in unfolded:
            fail(f"interviewer {person!r} not in event text")
        if person.lower() in USER_ADDRESSES or any(part in person.lower() for part in USER_NAME_PARTS):
            fail(f"the user is listed as interviewer: {person!r}")
    if "\r" in text:
        fail("source text must use LF only")
    if not text.endswith("\n"):
        fail("ics text must end with a newline")


def csv_line(row: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


def replace_split_rows(path: Path, header: list[str], new_rows: list[list[str]]) -> tuple[int, int]:
    """Replace the rows of SPLIT in a CSV file, keep every other line byte for byte."""
    new_bytes = b"".join(csv_line(row).encode("utf-8") for row in new_rows)
    raw = path.read_bytes() if path.exists() else csv_line(header).encode("utf-8")
    if not raw.endswith(b"\n"):
        raise SystemExit(f"{path}: last line has no newline; refusing to touch it")
    lines = [part + b"\n" for part in raw.split(b"\n")[:-1]]
    header_fields = next(csv.reader([lines[0].decode("utf-8").rstrip("\r\n")]))
    if header_fields != header:
        raise SystemExit(f"{path}: unexpected header {header_fields}")
    split_index = header.index("split")
    kept: list[bytes] = [lines[0]]
    insert_at: int | None = None
    removed = 0
    for line in lines[1:]:
        try:
            fields = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]))
        except (StopIteration, csv.Error, UnicodeDecodeError):
            fields = []
        if len(fields) > split_index and fields[split_index] == SPLIT:
            if insert_at is None:
                insert_at = len(kept)
            removed += 1
            continue
        kept.append(line)
    if insert_at is None:
        kept.append(new_bytes)
    else:
        kept.insert(insert_at, new_bytes)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as temp_file:
        temp_file.write(b"".join(kept))
    os.replace(temp_name, path)
    return removed, len(new_rows)


def main() -> int:
    events = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        check_event(event, problems)
        if event.get("uid") in seen:
            problems.append(f"duplicate uid {event.get('uid')}")
        seen.add(event.get("uid", ""))
    used_companies = {event["company"] for event in events if event.get("is_interview")}
    for company in sorted(set(FORMS) - used_companies):
        problems.append(f"FORMS entry {company!r} is not used by any interview")
    if problems:
        for problem in problems:
            print(f"PROBLEM: {problem}", file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    order = list(events)
    random.Random(SEED).shuffle(order)

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (OUT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
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
    forms_rows = [[SPLIT, company, "|".join(forms)] for company, forms in sorted(FORMS.items())]
    removed_labels, added_labels = replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    removed_forms, added_forms = replace_split_rows(FORMS_CSV, FORMS_HEADER, forms_rows)

    interviews = [event for event in events if event["is_interview"]]
    negatives = [event for event in events if not event["is_interview"]]
    hiring = [event for event in negatives if event["hiring"]]
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR}")
    print(f"  interviews: {len(interviews)} at {len(used_companies)} employers")
    print(f"  negatives:  {len(negatives)} ({len(hiring)} hiring side, {len(negatives) - len(hiring)} others)")
    print(f"  labels.csv: {removed_labels} old {SPLIT} rows replaced by {added_labels}")
    print(f"  company_forms.csv: {removed_forms} old {SPLIT} rows replaced by {added_forms}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
