"""Generate the blind calendar-event split holdout261.

Split: holdout261, written blind (without reading the classifier, the other generators, other splits' files
or labels) by an independent author.

Persona: Pablo Sanchis Ferrer, 34, physiotherapist and sports scientist (fisioterapeuta / readaptador) at the
fictional second-division club Valencia Unión FC, applying to first-division clubs, a basketball club, a
national federation, a sports-medicine clinic, an English Championship club and others. His addresses are
pablo.sanchis.fisio@gmail.com (private) and psanchis@valenciaunionfc.es (work).

The events live in scripts/holdout261ev_*.py as raw iCalendar text with hand-written labels. This script checks
every event, shuffles them with a fixed seed, writes tests/corpus/events/holdout261-NNN-<kind>.ics (CRLF) and
replaces only the split=holdout261 rows of tests/corpus/events/labels.csv and company_forms.csv.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout261.py
"""

import csv
import glob
import io
import os
import random
import re
import sys
import tempfile

import icalendar

SCRIPTS_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, SCRIPTS_DIR)

import holdout261ev_a  # noqa: E402
import holdout261ev_b  # noqa: E402
import holdout261ev_c  # noqa: E402
import holdout261ev_d  # noqa: E402
import holdout261ev_e  # noqa: E402

SPLIT = "holdout261"
SEED = 261
REPO_DIR = os.path.dirname(SCRIPTS_DIR)
EVENTS_DIR = os.path.join(REPO_DIR, "tests", "corpus", "events")
LABELS_PATH = os.path.join(EVENTS_DIR, "labels.csv")
FORMS_PATH = os.path.join(EVENTS_DIR, "company_forms.csv")
LABELS_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
USER_ADDRESSES = {"pablo.sanchis.fisio@gmail.com", "psanchis@valenciaunionfc.es"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}

FORMS = {
    "Club Deportivo Alcántara": "CD Alcántara|Alcántara|CDA",
    "Real Sporting Mediterráneo": "Sporting Mediterráneo|R. Sporting Mediterráneo|RSM",
    "UD Marina Alta": "Unión Deportiva Marina Alta|Marina Alta|UDMA",
    "CF Sierra Nevada": "Club de Fútbol Sierra Nevada|Sierra Nevada",
    "Deportivo Atlántico": "Dep. Atlántico|Atlántico",
    "Turia Bàsquet Club": "Turia Bàsquet|Turia Basquet",
    "Real Federación Hispana de Fútbol": "RFHF|Federación Hispana de Fútbol",
    "Clínica Kinésis Medicina Deportiva": "Clínica Kinésis|Kinésis|Kinesis",
    "Ashbury Town FC": "Ashbury Town|Ashbury",
    "Kingsford Rovers FC": "Kingsford Rovers|Kingsford",
    "SV Rheinau 1911": "SV Rheinau|Rheinau",
    "Olympique de Narbonne": "Narbonne|OdN",
    "FC Lacustre Lausanne": "FC Lacustre|Lacustre",
    "Al-Nakheel Club": "Al-Nakheel|Al Nakheel",
    "Austin Hill FC": "Austin Hill",
    "Valencia Unión FC": "VUFC|Valencia Unión",
    "Kinexo Analytics": "Kinexo",
    "Mutua Deportiva Levantina": "Mutua Levantina|MDL",
    "Fisiomar Clínicas": "Fisiomar",
    "Clínica Beltrán Fisioterapia": "Clínica Beltrán|Beltrán Fisioterapia",
    "Onda Fisio": "",
    "Activa Performance Center": "Activa Performance|Activa Perf.|Activa",
    "Xtreme Readapta": "Xtreme",
    "Azahar Pro Cycling": "Azahar",
    "Balonmano Sagunt Morvedre": "BM Sagunt|Sagunt Morvedre",
    "CB Alhambra": "Club Baloncesto Alhambra|Alhambra",
    "Universitat de la Safor": "USafor|Universidad de la Safor",
    "Centre de Tecnificació Esportiva de Xest": "CTE Xest|Centro de Tecnificación Deportiva de Cheste",
    "Hospital Vall del Túria": "Vall del Túria",
    "Rugby Turia Club": "Rugby Turia",
    "Academia de Tenis Mora": "Academia Mora|Tenis Mora",
    "Sporting Albufera Femenino": "Sporting Albufera",
    "Real Club Deportivo Cantábrico": "RC Deportivo Cantábrico|Cantábrico|RCDC",
    "CF Palmeral d'Elx": "Palmeral d'Elx|Palmeral",
    "Gimnàs Físic Dénia": "Gimnàs Físic|Físic Dénia",
    "Instituto Biomecánico del Mediterráneo": "IBM|Instituto Biomecánico",
    "Atlético Guadalquivir": "Atl. Guadalquivir|Guadalquivir",
}


def check_event(event):
    """Raise ValueError when an event or its labels break the corpus rules."""
    name = f"{event.get('kind')} {event.get('uid')}"
    missing = KEYS - set(event)
    if missing:
        raise ValueError(f"{name}: missing keys {sorted(missing)}")
    calendar = icalendar.Calendar.from_ical(event["ics"])
    vevents = calendar.walk("VEVENT")
    if not vevents:
        raise ValueError(f"{name}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {event["uid"]}:
        raise ValueError(f"{name}: VEVENT UIDs {uids} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            raise ValueError(f"{name}: DTSTART missing")
        vevent.decoded("DTSTART")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            raise ValueError(f"{name}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        raise ValueError(f"{name}: bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        raise ValueError(f"{name}: is_interview must be 0 or 1")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        raise ValueError(f"{name}: hiring flag and trap prefix disagree")
    unfolded = re.sub(r"\n[ \t]", "", event["ics"]).lower()
    interviewers = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"]:
        if event["hiring"]:
            raise ValueError(f"{name}: an interview cannot be on the hiring side")
        if event["company"] not in FORMS:
            raise ValueError(f"{name}: company {event['company']!r} has no FORMS entry")
        for person in interviewers:
            if person.lower() in USER_ADDRESSES:
                raise ValueError(f"{name}: the user is listed as an interviewer")
            if "@" in person and person != person.lower():
                raise ValueError(f"{name}: interviewer address {person!r} is not lower-case")
            if person.lower() not in unfolded:
                raise ValueError(f"{name}: interviewer {person!r} not in the event text")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        raise ValueError(f"{name}: negatives must have empty company, role, stage and interviewers")


def csv_line(row, eol):
    """Return one CSV line for row ending with eol."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol).writerow(row)
    return buffer.getvalue()


def replace_split_rows(path, header, split_column, new_rows):
    """Keep every line of path whose split column is not SPLIT, byte for byte, and append new_rows."""
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as handle:
            lines = handle.read().splitlines(keepends=True)
    else:
        lines = []
    if not lines:
        lines = [csv_line(header, "\n")]
    eol = "\r\n" if lines[0].endswith("\r\n") else "\n"
    split_index = next(csv.reader([lines[0]])).index(split_column)
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    kept.extend(csv_line(row, eol) for row in new_rows)
    handle_fd, temp_path = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".csv")
    with os.fdopen(handle_fd, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept))
    os.replace(temp_path, path)


def main():
    events = []
    for module in (holdout261ev_a, holdout261ev_b, holdout261ev_c, holdout261ev_d, holdout261ev_e):
        events.extend(module.EVENTS)
    uids = [event["uid"] for event in events]
    duplicates = {uid for uid in uids if uids.count(uid) > 1}
    if duplicates:
        raise SystemExit(f"duplicate uids: {sorted(duplicates)}")
    for event in events:
        check_event(event)
    used = {event["company"] for event in events if event["is_interview"]}
    unused = set(FORMS) - used
    if unused:
        raise SystemExit(f"FORMS entries without an interview: {sorted(unused)}")

    random.Random(SEED).shuffle(events)
    os.makedirs(EVENTS_DIR, exist_ok=True)
    for old_path in glob.glob(os.path.join(EVENTS_DIR, f"{SPLIT}-*.ics")):
        os.remove(old_path)

    label_rows = []
    for number, event in enumerate(events, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"].replace("\r\n", "\n").replace("\n", eol)
        with open(os.path.join(EVENTS_DIR, file_name), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        label_rows.append([
            file_name, event["uid"], str(event["is_interview"]), event["company"], event["role"], event["stage"],
            event["interviewers"], SPLIT, event["trap"],
        ])
    form_rows = [[SPLIT, company, forms] for company, forms in sorted(FORMS.items())]
    replace_split_rows(LABELS_PATH, LABELS_HEADER, "split", label_rows)
    replace_split_rows(FORMS_PATH, FORMS_HEADER, "split", form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(bool(event["hiring"]) for event in events)
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
          f"({hiring} hiring side, {len(events) - interviews - hiring} others), {len(used)} employers")


if __name__ == "__main__":
    main()
