"""Write the blind calendar-event split holdout259 (DS Rachel Whitfield, detective sergeant, Leeds).

Split: holdout259, about 110 raw iCalendar events from one user's calendar, written blind (without reading the
classifier, the other generators or other splits) and hand-labelled.

Persona: DS Rachel Whitfield, 40, detective sergeant in West Riding Police CID (Leeds), going for a DI promotion
board in her own force, transfers to other forces, financial-crime investigator jobs at banks and regulators.
Her addresses: rachel.whitfield.uk@gmail.com (private) and rachel.whitfield@westriding-police.example.uk (work).

The events live in scripts/holdout259ev_*.py (EVENTS lists); company forms in scripts/holdout259ev_forms.py.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout259.py
It checks every event, deletes the old tests/corpus/events/holdout259-*.ics, writes the new files with CRLF line
endings and replaces only the split=holdout259 rows of tests/corpus/events/labels.csv and company_forms.csv.
"""

import csv
import importlib
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

SPLIT = "holdout259"
SEED = 259
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
MODULES = ["holdout259ev_a", "holdout259ev_b", "holdout259ev_c", "holdout259ev_d"]
USER_ADDRESSES = {"rachel.whitfield.uk@gmail.com", "rachel.whitfield@westriding-police.example.uk"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring", "eol"}


def load_events():
    sys.path.insert(0, str(SCRIPTS))
    events = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    forms = importlib.import_module("holdout259ev_forms").FORMS
    return events, forms


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event, forms):
    problems = []
    label = event.get("uid", "?")
    missing = KEYS - {"eol"} - set(event)
    extra = set(event) - KEYS
    if missing or extra:
        problems.append(f"{label}: keys missing {sorted(missing)} extra {sorted(extra)}")
        return problems
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"])
    except Exception as error:
        return [f"{label}: does not parse: {error}"]
    vevents = calendar.walk("VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if not vevents or uids != {event["uid"]}:
        problems.append(f"{label}: VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{label}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as error:
            problems.append(f"{label}: DTSTART not decodable: {error}")
    for field in ("kind", "trap"):
        if not KEBAB.match(event[field]):
            problems.append(f"{label}: {field} {event[field]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{label}: bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{label}: is_interview must be 0 or 1")
    text = unfold(event["ics"]).lower()
    interviewers = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"] == 1:
        if not event["company"] or event["company"] not in forms:
            problems.append(f"{label}: interview company {event['company']!r} has no FORMS entry")
        for person in interviewers:
            if person.lower() not in text:
                problems.append(f"{label}: interviewer {person!r} not in event text")
            if person.lower() in USER_ADDRESSES or "whitfield" in person.lower():
                problems.append(f"{label}: the user listed as interviewer")
        if event["hiring"]:
            problems.append(f"{label}: an interview cannot be hiring-side")
    else:
        if any(event[field] for field in ("company", "role", "stage", "interviewers")):
            problems.append(f"{label}: negative with company/role/stage/interviewers")
    if bool(event["hiring"]) != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{label}: hiring flag disagrees with trap prefix")
    return problems


def raw_lines(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read().splitlines(keepends=True)


def split_column(header_line):
    header = next(csv.reader([header_line.rstrip("\r\n")]))
    return header.index("split"), header_line[len(header_line.rstrip("\r\n")) :] or "\n"


def replace_split_rows(path, new_rows):
    """Keep every other split's line byte for byte; drop ours and append the new rows."""
    lines = raw_lines(path)
    column, eol = split_column(lines[0])
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > column and fields[column] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    writer.writerows(new_rows)
    temp = path.with_name(f".{path.name}.{SPLIT}.tmp")
    with open(temp, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept) + buffer.getvalue())
    os.replace(temp, path)


def main():
    events, forms = load_events()
    problems = []
    for event in events:
        problems.extend(check_event(event, forms))
    uids = [event["uid"] for event in events]
    if len(set(uids)) != len(uids):
        problems.append("duplicate uids across events")
    if problems:
        print("\n".join(problems))
        sys.exit(1)

    ordered = list(events)
    random.Random(SEED).shuffle(ordered)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(ordered, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        body = event["ics"].replace("\r\n", "\n").strip("\n") + "\n"
        with open(OUT_DIR / name, "w", encoding="utf-8", newline="") as handle:
            handle.write(body.replace("\n", eol))
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
    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, forms[company]] for company in companies]
    replace_split_rows(LABELS, label_rows)
    replace_split_rows(FORMS_CSV, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(bool(event["hiring"]) for event in events)
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
