"""Generate the blind calendar-event split ``holdout256``.

Split: holdout256 (written blind: the author read neither the classifier nor the other splits or their labels).
Persona: Anke Schreiner, 44, freelance German Sign Language (DGS) interpreter in Cologne, private address
anke.schreiner@mailbox.org, work address a.schreiner@gebaerdenwerk-koeln.de. She applies for in-house posts
(university, public broadcaster, court interpreter pool, head of an agency, Dutch/German coordinator in Aachen, ...)
while her calendar is full of interpreting assignments, exams she assesses and panels she sits on.

The raw iCalendar text lives in ``scripts/holdout256ev_*.py`` (one ``EVENTS`` list per module, ``FORMS`` for the
accepted company spellings). This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout256-NNN-<kind>.ics`` (CRLF) and replaces only the ``split=holdout256`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``; every other line is kept byte for
byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout256.py
"""

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

import holdout256ev_a  # noqa: E402
import holdout256ev_b  # noqa: E402
import holdout256ev_c  # noqa: E402
import holdout256ev_d  # noqa: E402
import holdout256ev_e  # noqa: E402
import holdout256ev_f  # noqa: E402

SPLIT = "holdout256"
SEED = 256256
ROOT = SCRIPTS.parent
EVENT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENT_DIR / "labels.csv"
COMPANY_FORMS = EVENT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
USER_ADDRESSES = ("anke.schreiner@mailbox.org", "a.schreiner@gebaerdenwerk-koeln.de")
USER_NAMES = ("anke", "schreiner")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = (holdout256ev_a, holdout256ev_b, holdout256ev_c, holdout256ev_d, holdout256ev_e, holdout256ev_f)


def unfold(text):
    """Undo RFC 5545 line folding so that checks see whole property lines."""
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event, forms):
    """Raise ValueError when one event or its label is inconsistent."""
    uid = event["uid"]
    where = f"{event['kind']} ({uid})"
    text = event["ics"]
    if "\r" in text:
        raise ValueError(f"{where}: write LF line ends in the source")
    calendar = icalendar.Calendar.from_ical(text.replace("\n", "\r\n"))
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        raise ValueError(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        raise ValueError(f"{where}: VEVENT UIDs {uids} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            raise ValueError(f"{where}: DTSTART missing")
        vevent.decoded("DTSTART")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            raise ValueError(f"{where}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        raise ValueError(f"{where}: stage {event['stage']!r} is not valid")
    if event["is_interview"] not in (0, 1):
        raise ValueError(f"{where}: is_interview must be 0 or 1")
    flat = unfold(text).lower()
    interviewers = [name for name in event["interviewers"].split(";") if name]
    for name in interviewers:
        if name != name.strip() or name.lower() not in flat:
            raise ValueError(f"{where}: interviewer {name!r} does not appear in the event text")
        if "@" in name and name != name.lower():
            raise ValueError(f"{where}: interviewer address {name!r} must be lower-case")
        if name.lower() in USER_ADDRESSES or any(part in name.lower() for part in USER_NAMES):
            raise ValueError(f"{where}: the user is listed as an interviewer")
    if event["is_interview"]:
        if not event["company"] or event["company"] not in forms:
            raise ValueError(f"{where}: interview without a company that has a FORMS entry")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        raise ValueError(f"{where}: a negative must have empty company, role, stage and interviewers")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        raise ValueError(f"{where}: hiring must be True exactly for user-as-interviewer- traps")
    if event["hiring"] and event["is_interview"]:
        raise ValueError(f"{where}: a hiring-side event cannot be the user's interview")


def split_records(text):
    """Split CSV text into raw records (with their line ends), keeping quoted line breaks inside a record."""
    records, current = [], ""
    for line in text.splitlines(keepends=True):
        current += line
        if current.count('"') % 2 == 0:
            records.append(current)
            current = ""
    if current:
        records.append(current)
    return records


def replace_split_rows(path, header, split_column, new_rows):
    """Drop this split's rows from ``path`` and append ``new_rows``; other lines stay byte for byte."""
    if path.exists():
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
    else:
        text = ""
    records = split_records(text)
    if records:
        eol = "\r\n" if records[0].endswith("\r\n") else "\n"
        columns = next(csv.reader([records[0].rstrip("\r\n")]))
        column = columns.index(split_column)
        kept = [records[0]]
        for record in records[1:]:
            fields = next(csv.reader(io.StringIO(record)), [])
            if len(fields) > column and fields[column] == SPLIT:
                continue
            kept.append(record)
        if not kept[-1].endswith(("\n", "\r")):
            kept[-1] += eol
    else:
        eol = "\n"
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=eol).writerow(header)
        kept = [buffer.getvalue()]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write("".join(kept) + buffer.getvalue())
    os.replace(temp_name, path)


def main():
    events, forms = [], {}
    for module in MODULES:
        events.extend(module.EVENTS)
        for company, spelling in getattr(module, "FORMS", {}).items():
            if company in forms:
                raise ValueError(f"company {company!r} has two FORMS entries")
            forms[company] = spelling
    seen = set()
    for event in events:
        event.setdefault("eol", "\r\n")
        if event["uid"] in seen:
            raise ValueError(f"duplicate UID {event['uid']}")
        seen.add(event["uid"])
        check_event(event, forms)
    used = {event["company"] for event in events if event["is_interview"]}
    unused = set(forms) - used
    if unused:
        raise ValueError(f"FORMS entries without an interview: {sorted(unused)}")

    random.Random(SEED).shuffle(events)
    EVENT_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        lines = event["ics"].strip("\n").split("\n")
        with open(EVENT_DIR / name, "w", encoding="utf-8", newline="") as out:
            out.write(event["eol"].join(lines) + event["eol"])
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
    form_rows = [[SPLIT, company, forms[company]] for company in sorted(forms)]
    replace_split_rows(LABELS, LABEL_HEADER, "split", label_rows)
    replace_split_rows(COMPANY_FORMS, FORMS_HEADER, "split", form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(bool(event["hiring"]) for event in events)
    print(
        f"split {SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} others), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
