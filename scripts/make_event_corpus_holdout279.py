"""Write the blind calendar-event split ``holdout279`` for afterview's interview classifier.

Split: holdout279, about 110 raw iCalendar events from one user's calendar, written by an independent author
without reading the classifier, the other generators or other splits' files and labels.

Persona: Florian Schmitt, 33, Brauer und Mälzer with a Braumeister diploma, shift brewer at the fictional
Brauerei Regnitztal in Bamberg (private florian.schmitt.brau@gmx.de, work f.schmitt@brauerei-regnitztal.example.de).
He applies for Braumeister, production-manager, malting-QA, lecturer and brewpub head-brewer posts in Franconia,
Bavaria, Austria and beyond, while his calendar is full of brews, tastings, audits, apprentices' school days and
the apprentice interviews he conducts himself.

The events live in ``scripts/holdout279ev_*.py`` (each defines ``EVENTS``); this script checks every event,
shuffles them with a fixed seed, writes ``tests/corpus/events/holdout279-NNN-<kind>.ics`` with CRLF line endings
(after deleting only the old ``holdout279-*.ics``) and replaces only the ``split=holdout279`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``; every other line stays byte
for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout279.py            # check and write
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout279.py --check    # check only
"""

from __future__ import annotations

import argparse
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

SPLIT = "holdout279"
SEED = 279
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = [
    "holdout279ev_a",
    "holdout279ev_b",
    "holdout279ev_c",
    "holdout279ev_d",
    "holdout279ev_e",
    "holdout279ev_f",
]
USER_ADDRESSES = {"florian.schmitt.brau@gmx.de", "f.schmitt@brauerei-regnitztal.example.de"}
USER_NAMES = {"florian schmitt", "florian", "schmitt, florian", "f. schmitt"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS = {
    "Brauwerk Isarkiesel": "Isarkiesel|Brauwerk Isarkiesel GmbH",
    "Frankonia Brauunion": "Frankonia Brauunion AG|Frankonia|FBU",
    "Mälzerei Aischgrund": "Mälzerei Aischgrund GmbH & Co. KG|Aischgrund|Maelzerei Aischgrund",
    "Fachschule für Brau- und Getränketechnik Ebrach": "Fachschule Ebrach|FS Ebrach",
    "Brauwirtshaus Zum Hopfengarten": "Hopfengarten|Zum Hopfengarten|Brauwirtshaus Hopfengarten",
    "Brauerei Regnitztal": "Regnitztal|Brauerei Regnitztal GmbH & Co. KG",
    "Klosterbrauerei St. Kunigund": "St. Kunigund|Kloster St. Kunigund|Klosterbrauerei Sankt Kunigund",
    "HopTerra Hallertau": "HopTerra|HopTerra Hallertau GmbH",
    "Carrow & Finch Brewing": "Carrow & Finch|Carrow & Finch Brewing Co.|Carrow and Finch",
    "Brauerei Gebr. Hirschmann": "Hirschmann|Brauerei Hirschmann|Gebr. Hirschmann",
    "Schlossbrauerei Weißenstein": "Weißenstein|Schlossbrauerei Weissenstein|Schlossbrauerei Weißenstein GmbH",
    "Bio-Brauerei Sonnenhang": "Sonnenhang|Bio-Brauerei Sonnenhang eG|Brauerei Sonnenhang",
    "Spreeufer Brauhaus": "Spreeufer|Brauhaus Spreeufer",
    "Sudtechnik Oberpfalz": "Sudtechnik|Sudtechnik Oberpfalz GmbH",
    "Lechtaler Brauhaus": "Lechtaler|Lechtaler Brauhaus AG",
    "Stadtbrauerei Rottal": "Rottal|Stadtbrauerei Rottal GmbH",
    "Frankenquell Getränke": "Frankenquell|Frankenquell Getränke GmbH",
    "Brauerei Kraus": "Kraus|Brauerei Kraus Wiesenttal",
    "Brauakademie Freising-Land": "Brauakademie|Brauakademie Freising",
    "BrewLab Analytik": "BrewLab|BrewLab Analytik GmbH",
    "Frankenbräu Handelsmarken": "Frankenbräu|Frankenbräu Handelsmarken GmbH|Frankenbraeu",
    "Brauerei Zum Rheinfall": "Rheinfall|Brauerei Zum Rheinfall AG",
    "Craft Beer Kollektiv Nürnberg": "Kollektiv|Craft Beer Kollektiv",
    "Brauerei Weißer Main": "Weißer Main|Brauerei Weisser Main|Brauerei Weißer Main GmbH",
    "Brauerei Aischtaler Landbier": "Aischtaler|Aischtaler Landbier",
    "Privatbrauerei Leutzenried": "Leutzenried|Brauerei Leutzenried",
    "Brauerei Zwickl & Söhne": "Zwickl|Zwickl & Söhne|Brauerei Zwickl",
    "Bayerisches Prüfinstitut für Getränke": "BPG|Prüfinstitut für Getränke|Bayerisches Prüfinstitut für Getränke e.V.",
    "Hotel-Brauereigasthof Zur Post": "Zur Post|Brauereigasthof Zur Post|Hotel Zur Post Bad Kissingen",
    "Brauhaus Cala Rajada": "Cala Rajada|Brauhaus Cala Rajada S.L.",
    "Brasserie du Ried": "Brasserie du Ried SAS",
    "BräuTech": "BräuTech Solutions|Braeutech",
    "Kettner Abfülltechnik": "Kettner|Kettner Abfülltechnik GmbH",
    "Bierkulturhaus Bamberg": "Bierkulturhaus",
    "Hopfenkontor Spalt": "Hopfenkontor|Hopfenkontor Spalt GmbH",
    "Alpen-Getränke Holding": "Alpen-Getränke|Alpen Getränke",
    "Hochschule Weihenried": "HS Weihenried|Versuchsbrauerei Weihenried",
}


def load_events() -> list[dict]:
    """Import the data modules and return their events in module order."""
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
    return events


def unfold(text: str) -> str:
    """Undo iCalendar line folding on LF text."""
    return re.sub(r"\n[ \t]", "", text)


def check_event(event: dict) -> list[str]:
    """Return the problems found in one event (an empty list when it is fine)."""
    problems: list[str] = []
    uid = event.get("uid", "")
    ics = event.get("ics", "")
    label = f"{event.get('kind')}/{uid}"
    expected = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
    expected.add("eol")
    if set(event) - expected:
        problems.append(f"{label}: unknown keys {sorted(set(event) - expected)}")
    if "\r" in ics or not ics.endswith("\n"):
        problems.append(f"{label}: ics must use LF and end with a newline")
    if event.get("eol", "\r\n") not in ("\r\n", "\n"):
        problems.append(f"{label}: bad eol")
    try:
        calendar = icalendar.Calendar.from_ical(ics.replace("\n", "\r\n"))
    except Exception as exc:
        return [f"{label}: does not parse: {exc}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append(f"{label}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{label}: VEVENT UIDs {uids} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{label}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            problems.append(f"{label}: DTSTART not decodable: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event.get(key, "")):
            problems.append(f"{label}: {key} is not kebab-case")
    if event.get("is_interview") not in (0, 1):
        problems.append(f"{label}: is_interview must be 0 or 1")
    if event.get("stage", "") not in STAGES:
        problems.append(f"{label}: bad stage {event.get('stage')!r}")
    interviewers = [person for person in event.get("interviewers", "").split(";") if person]
    flat = unfold(ics).lower()
    for person in interviewers:
        if person.lower() not in flat:
            problems.append(f"{label}: interviewer {person!r} not in the event text")
        if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
            problems.append(f"{label}: the user is listed as interviewer")
        if "@" in person and person != person.lower():
            problems.append(f"{label}: interviewer address must be lower-case")
    if event.get("is_interview") == 1:
        if event.get("company", "") not in FORMS:
            problems.append(f"{label}: interview company {event.get('company')!r} has no FORMS entry")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event.get(key, ""):
                problems.append(f"{label}: negative with non-empty {key}")
    if not isinstance(event.get("hiring"), bool):
        problems.append(f"{label}: hiring must be a bool")
    elif event["hiring"] != event.get("trap", "").startswith("user-as-interviewer-"):
        problems.append(f"{label}: hiring flag and trap prefix disagree")
    if event.get("hiring") and event.get("is_interview") == 1:
        problems.append(f"{label}: hiring-side event labelled as interview")
    return problems


def check_all(events: list[dict]) -> list[str]:
    """Check every event and the corpus as a whole."""
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        problems.extend(check_event(event))
        if event.get("uid") in seen:
            problems.append(f"duplicate uid {event.get('uid')}")
        seen.add(event.get("uid", ""))
    return problems


def split_records(text: str) -> list[str]:
    """Split CSV text into raw records (keeping line endings), joining lines inside quoted fields."""
    records: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        current += line
        if current.count('"') % 2 == 0:
            records.append(current)
            current = ""
    if current:
        records.append(current)
    return records


def replace_split_rows(path: Path, header: list[str], split_column: str, rows: list[list[str]]) -> tuple[int, int]:
    """Drop this split's records from ``path``, keep every other record byte for byte, append ``rows``.

    Returns (records kept, records written) without printing any other split's content.
    """
    text = path.read_bytes().decode("utf-8") if path.exists() else ",".join(header) + "\n"
    records = split_records(text)
    eol = "\r\n" if records and records[0].endswith("\r\n") else "\n"
    file_header = next(csv.reader([records[0].rstrip("\r\n")]))
    column = file_header.index(split_column)
    kept = [records[0]]
    for record in records[1:]:
        if not record.strip():
            kept.append(record)
            continue
        fields = next(csv.reader(io.StringIO(record)))
        if len(fields) > column and fields[column] == SPLIT:
            continue
        kept.append(record)
    if not kept[-1].endswith("\n"):
        kept[-1] += eol
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    for row in rows:
        writer.writerow(row)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(("".join(kept) + buffer.getvalue()).encode("utf-8"))
    os.replace(temp_name, path)
    return len(kept) - 1, len(rows)


def write_corpus(events: list[dict]) -> list[list[str]]:
    """Write the .ics files and return the label rows."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    shuffled = list(events)
    random.Random(SEED).shuffle(shuffled)
    label_rows: list[list[str]] = []
    for number, event in enumerate(shuffled, start=1):
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
    return label_rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the events without writing anything")
    args = parser.parse_args()
    events = load_events()
    problems = check_all(events)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    interviews = [event for event in events if event["is_interview"] == 1]
    negatives = [event for event in events if event["is_interview"] == 0]
    hiring = [event for event in events if event["hiring"]]
    employers = {event["company"] for event in interviews}
    if not args.check:
        label_rows = write_corpus(events)
        forms_rows = [[SPLIT, company, FORMS[company]] for company in sorted(employers)]
        replace_split_rows(LABELS, LABEL_HEADER, "split", label_rows)
        replace_split_rows(FORMS_CSV, FORMS_HEADER, "split", forms_rows)
    print(
        f"{SPLIT}: {len(events)} events, {len(interviews)} interviews, {len(negatives)} negatives "
        f"({len(hiring)} hiring side, {len(negatives) - len(hiring)} other), {len(employers)} employers"
        + (" (check only)" if args.check else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
