"""Generate the blind calendar-event split ``holdout254``.

Split: holdout254, written blind (without reading the classifier, the other generators, other splits' files or
labels) as raw iCalendar text in ``scripts/holdout254ev_*.py``.

Persona: Guillaume Prigent, 34, clerc de notaire (clerc rédacteur, diplôme de l'Institut des métiers du notariat)
at the fictional Étude Loire Notaires in Nantes, private address guillaume.prigent44@orange.fr, work address
g.prigent@etude-loire-notaires.fr. He applies for notaire-assistant and clerc-principal posts in Nantes, Rennes,
Paris and Brussels, for legal-counsel roles at property developers and for estate-planning posts at banks, and he
also recruits a formaliste and apprentices for his own étude.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout254.py

It checks every event, deletes only the old ``tests/corpus/events/holdout254-*.ics`` files, writes the new ones
(CRLF line endings) and replaces only the split=holdout254 rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``, keeping every other line byte for byte.
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

import holdout254ev_a  # noqa: E402
import holdout254ev_b  # noqa: E402
import holdout254ev_c  # noqa: E402
import holdout254ev_d  # noqa: E402

SPLIT = "holdout254"
SEED = 254
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABELS_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
USER_ADDRESSES = ("guillaume.prigent44@orange.fr", "g.prigent@etude-loire-notaires.fr")
USER_NAMES = ("guillaume prigent", "g. prigent", "prigent")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = (holdout254ev_a, holdout254ev_b, holdout254ev_c, holdout254ev_d)
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}


def collect():
    """Return all events and the merged company forms of the data modules."""
    events, forms = [], {}
    for module in MODULES:
        events.extend(module.EVENTS)
        forms.update(getattr(module, "FORMS", {}))
    return events, forms


def unfold(text):
    """Undo RFC 5545 line folding of LF text."""
    return re.sub(r"\n[ \t]", "", text)


def check_event(index, event, forms):
    """Raise ValueError when one event or its label is inconsistent."""
    where = f"event {index} ({event.get('kind')}, {event.get('uid')})"
    missing = KEYS - set(event)
    extra = set(event) - KEYS - {"eol"}
    if missing or extra:
        raise ValueError(f"{where}: missing keys {sorted(missing)}, unknown keys {sorted(extra)}")
    text = event["ics"]
    if "\r" in text:
        raise ValueError(f"{where}: the source text must use LF line ends")
    calendar = icalendar.Calendar.from_ical(text.replace("\n", "\r\n"))
    vevents = calendar.walk("VEVENT")
    if not vevents:
        raise ValueError(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {event["uid"]}:
        raise ValueError(f"{where}: VEVENT UIDs {sorted(uids)} differ from the label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            raise ValueError(f"{where}: VEVENT without DTSTART")
        vevent.decoded("DTSTART")
    for field in ("kind", "trap"):
        if not KEBAB.match(event[field]):
            raise ValueError(f"{where}: {field} {event[field]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        raise ValueError(f"{where}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        raise ValueError(f"{where}: is_interview must be 0 or 1")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        raise ValueError(f"{where}: hiring must be True exactly for user-as-interviewer- traps")
    if event["hiring"] and event["is_interview"]:
        raise ValueError(f"{where}: a hiring-side event cannot be the user's interview")
    if event["is_interview"]:
        if not event["company"] or event["company"] not in forms:
            raise ValueError(f"{where}: interview company {event['company']!r} has no FORMS entry")
    elif any(event[field] for field in ("company", "role", "stage", "interviewers")):
        raise ValueError(f"{where}: negatives need empty company, role, stage and interviewers")
    haystack = unfold(text).lower()
    for person in filter(None, event["interviewers"].split(";")):
        lowered = person.strip().lower()
        if lowered != person.strip() and "@" in person:
            raise ValueError(f"{where}: interviewer addresses must be lower-case")
        if lowered in USER_ADDRESSES or lowered in USER_NAMES:
            raise ValueError(f"{where}: the user cannot be an interviewer")
        if lowered not in haystack:
            raise ValueError(f"{where}: interviewer {person!r} does not appear in the event text")


def split_records(raw):
    """Split CSV bytes into raw records (bytes with their line end), keeping quoted newlines inside a record."""
    records, current = [], b""
    for line in raw.splitlines(keepends=True):
        current += line
        if current.count(b'"') % 2 == 0:
            records.append(current)
            current = b""
    if current:
        records.append(current)
    return records


def replace_split_rows(path, header, split_column, rows):
    """Rewrite path keeping every record of other splits byte for byte and appending this split's rows."""
    if path.exists():
        raw = path.read_bytes()
        records = split_records(raw)
    else:
        records = [f"{header}\n".encode()]
    first = records[0]
    eol = "\r\n" if first.endswith(b"\r\n") else "\n"
    column_names = next(csv.reader(io.StringIO(first.decode("utf-8-sig"))))
    split_index = column_names.index(split_column)
    kept = [first]
    for record in records[1:]:
        fields = next(csv.reader(io.StringIO(record.decode("utf-8"))), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(record)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol.encode()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    for row in rows:
        writer.writerow(row)
    payload = b"".join(kept) + buffer.getvalue().encode("utf-8")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as temp_file:
        temp_file.write(payload)
    os.replace(temp_name, path)


def main():
    events, forms = collect()
    for index, event in enumerate(events):
        check_event(index, event, forms)
    ordered = list(events)
    random.Random(SEED).shuffle(ordered)

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old_file in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old_file.unlink()

    label_rows = []
    for number, event in enumerate(ordered, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"] if event["ics"].endswith("\n") else f"{event['ics']}\n"
        (OUT_DIR / file_name).write_bytes(text.replace("\n", eol).encode("utf-8"))
        label_rows.append([
            file_name, event["uid"], event["is_interview"], event["company"], event["role"], event["stage"],
            event["interviewers"], SPLIT, event["trap"],
        ])

    companies = sorted({event["company"] for event in events if event["is_interview"]})
    form_rows = [[SPLIT, company, forms[company]] for company in companies]
    replace_split_rows(LABELS, LABELS_HEADER, "split", label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, "split", form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR}")
    print(f"  interviews: {interviews} with {len(companies)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} with the user on the hiring side, "
          f"{len(events) - interviews - hiring} others)")
    print(f"  label rows: {len(label_rows)}, company-form rows: {len(form_rows)}")


if __name__ == "__main__":
    main()
