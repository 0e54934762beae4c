"""Write the blind calendar-event split holdout252 for afterview.

Split: holdout252, written blind by an independent author (raw iCalendar text, hand-labelled, without reading the
classifier, other generators, other splits' files or labels).

Persona: Kapitän Jan-Hendrik Ohlsen, 41, chief officer (Erster Offizier) on a fictional Hamburg container-feeder
line (Elbfeeder Reederei), applying for master's posts at other shipping companies, for the Elbe pilots' candidate
scheme, for a marine-superintendent post at an offshore-wind service-vessel operator in Esbjerg and for
nautical-instructor posts. His addresses: jh.ohlsen@t-online.de (private) and jh.ohlsen@elbfeeder-reederei.de (work).

The events live in scripts/holdout252ev_*.py (EVENTS lists; holdout252ev_zones.py holds shared VTIMEZONE text).
This script checks every event, shuffles them with a fixed seed, writes
tests/corpus/events/holdout252-NNN-<kind>.ics (CRLF unless an event asks otherwise; old holdout252-*.ics are deleted
first) and replaces only the split=holdout252 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping
every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout252.py
"""

import csv
import datetime
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout252ev_a  # noqa: E402
import holdout252ev_b  # noqa: E402
import holdout252ev_c  # noqa: E402
import holdout252ev_d  # noqa: E402
import holdout252ev_e  # noqa: E402

SPLIT = "holdout252"
SEED = 252
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
USER_ADDRESSES = {"jh.ohlsen@t-online.de", "jh.ohlsen@elbfeeder-reederei.de"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LABEL_COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]

FORMS = {
    "Nordstern Bulk Carriers": "Nordstern|Nordstern Bulk|NBC|Nordstern Bulk Carriers GmbH & Co. KG",
    "Hanseatic Tanker Management": "Hanseatic Tanker|HTM|Hanseatic Tankers",
    "Reederei Jacobsen": "Jacobsen|Reederei Knut Jacobsen",
    "Emsland Shipping": "Emsland|Emsland Shipping GmbH",
    "Reederei Hasetal": "Hasetal",
    "Aegean Crest Shipmanagement": "Aegean Crest|Aegean Crest Ship Management|Aegean Crest Shipmanagement Ltd",
    "Kestrel Ship Management": "Kestrel|Kestrel SM|Kestrel Shipmanagement|Kestrel Ship Management Pte Ltd",
    "Travemünder Fährlinien": "TFL|Travemuender Faehrlinien",
    "Nordfriesische Inselfähren": "NIF|Inselfähren|Nordfriesische Inselfaehren",
    "Elbe Schlepp- und Bergung": "ESB|Elbe Schlepp",
    "Nordlys Expedition Cruises": "Nordlys|Nordlys Expeditions",
    "Compagnie Maritime Armoricaine": "Armoricaine|CM Armoricaine",
    "Blue Meridian Car Carriers": "Blue Meridian|BMCC",
    "Unitas Feeder Lines": "Unitas|Unitas Feeder",
    "Elbfeeder Reederei": "Elbfeeder|Elbfeeder-Reederei",
    "Lotsenbrüderschaft Unterelbe": "LB Unterelbe|Lotsenbrüderschaft|Lotsenbruederschaft Unterelbe",
    "Vesterhav Offshore Services": "Vesterhav|Vesterhav Offshore",
    "Windward Service Vessels": "Windward|WSV",
    "Skagerrak Offshore Vessels": "Skagerrak Offshore|Skagerrak",
    "Jade Wind Logistics": "Jade Wind",
    "Eólica Marina Atlántica": "EMA|Eolica Marina Atlantica",
    "Alster Shipmanagement": "Alster SM|Alster Ship Management|Alster",
    "Brise Offshore Wind Services": "Brise OWS|Brise",
    "Nautikschule Wesermünde": "Nautikschule|Nautikschule Wesermuende",
    "Maritimes Trainingszentrum Warnemünde": "MTZ|MTZ Warnemünde|MTZ Warnemuende",
    "Hochschule Nordsee": "HS Nordsee",
    "Humber Maritime Academy": "HMA|Humber Maritime",
    "Zeevaartschool Noordkust": "ZVS Noordkust|Noordkust",
    "Sicherheitstrainingszentrum Kiel": "STZ Kiel|STZ",
    "Elbe Marine Surveyors": "EMS",
    "Hafen Brunsbüttel Ports": "Brunsbüttel Ports|Hafen Brunsbuettel Ports",
    "Amt für Seeverkehr Cuxhaven": "ASV Cuxhaven|ASV|Verkehrszentrale Cuxhaven",
    "Nordsee-Forschungsflotte": "NFF|Nordsee Forschungsflotte",
    "Hanse LNG Bunkering": "Hanse LNG",
    "Cimbria Heavy Lift": "Cimbria",
    "Baltic Shuttle Tankers": "BST|Baltic Shuttle",
    "Ocean Pioneer Dredging": "Ocean Pioneer|OPD",
    "Reederei Carstensen": "Carstensen",
    "Nordic Cable Ships": "Nordic Cable",
    "Naviera Atlántica del Norte": "NAN|Naviera Atlantica del Norte|Naviera Atlántica",
    "Weserport Marine Services": "Weserport|Weserport Marine",
}


def all_events():
    events = []
    for module in (holdout252ev_a, holdout252ev_b, holdout252ev_c, holdout252ev_d, holdout252ev_e):
        events.extend(module.EVENTS)
    return events


def unfold(text):
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")


def check_event(event, seen_uids):
    uid = event["uid"]
    problems = []
    if uid in seen_uids:
        problems.append("duplicate uid")
    seen_uids.add(uid)
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{key} not kebab-case: {event[key]!r}")
    if event["stage"] not in STAGES:
        problems.append(f"bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    if event.get("eol", "\r\n") not in ("\r\n", "\n"):
        problems.append("bad eol")
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"].replace("\n", "\r\n"))
    except ValueError as error:
        return [f"does not parse: {error}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append("no VEVENT")
    file_uids = {str(vevent.get("UID")) for vevent in vevents}
    if file_uids != {uid}:
        problems.append(f"VEVENT UIDs {file_uids} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append("DTSTART missing")
            continue
        start = vevent.decoded("DTSTART")
        if not isinstance(start, (datetime.date, datetime.datetime)):
            problems.append(f"DTSTART not decodable: {start!r}")
    interviewers = [name for name in event["interviewers"].split(";") if name]
    text = unfold(event["ics"]).lower()
    for name in interviewers:
        if name.lower() not in text:
            problems.append(f"interviewer {name!r} not in event text")
        if name.lower() in USER_ADDRESSES or "ohlsen" in name.lower():
            problems.append(f"user listed as interviewer: {name!r}")
        if "@" in name and name != name.lower():
            problems.append(f"interviewer address not lower-case: {name!r}")
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append("interview without company")
        elif event["company"] not in FORMS:
            problems.append(f"company {event['company']!r} has no FORMS entry")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                problems.append(f"negative with non-empty {key}")
    if bool(event["hiring"]) != event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring flag and trap prefix disagree")
    if event["hiring"] and event["is_interview"]:
        problems.append("hiring-side event labelled as interview")
    return problems


def replace_split_rows(path, split_column, new_rows):
    with open(path, encoding="utf-8", newline="") as handle:
        lines = handle.read().splitlines(keepends=True)
    header = lines[0]
    terminator = "\r\n" if header.endswith("\r\n") else "\n"
    kept = [header]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_column and fields[split_column] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += terminator
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=terminator)
    writer.writerows(new_rows)
    temp_path = path.with_name(f".{path.name}.{SPLIT}.tmp")
    with open(temp_path, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept) + buffer.getvalue())
    os.replace(temp_path, path)


def main():
    events = all_events()
    seen_uids = set()
    failures = []
    for event in events:
        for problem in check_event(event, seen_uids):
            failures.append(f"{event['uid']} ({event['kind']}): {problem}")
    if failures:
        print("\n".join(failures))
        sys.exit(1)

    random.Random(SEED).shuffle(events)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        with open(OUT_DIR / name, "w", encoding="utf-8", newline="") as handle:
            handle.write(event["ics"].replace("\n", eol))
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
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    replace_split_rows(LABELS, LABEL_COLUMNS.index("split"), label_rows)
    replace_split_rows(FORMS_CSV, 0, form_rows)

    interviews = sum(1 for event in events if event["is_interview"])
    hiring = sum(1 for event in events if event["hiring"])
    negatives = len(events) - interviews
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews at {len(companies)} employers, "
        f"{negatives} negatives ({hiring} hiring side, {negatives - hiring} others)"
    )


if __name__ == "__main__":
    main()
