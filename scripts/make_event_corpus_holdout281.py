"""Generate the blind calendar-event split holdout281 (raw iCalendar files and their labels).

Split: holdout281, written blind by an independent author (no classifier, other generators, other splits'
files or labels were read). About 110 events from one user's calendar, every file a raw VCALENDAR with one
VEVENT UID.

Persona: Callum Fraser, 41, warehouse and production supervisor at the fictional Glenavon Distillery on
Speyside (private callum.fraser.speyside@btinternet.com, work c.fraser@glenavon-distillery.example.co.uk).
He applies for distillery-manager posts on Speyside and Islay, an operations role at a bottling plant near
Glasgow, cask-management roles at Edinburgh whisky brokers and a brand-ambassador role with a London spirits
group; his calendar also holds HMRC excise visits, cask audits, VIP tours, festival tastings and the
interviews he runs himself for warehouse operatives and seasonal tour guides.

The events live in scripts/holdout281ev_a.py ... holdout281ev_e.py (shared VTIMEZONE text in
scripts/holdout281ev_zones.py). This script checks every event, shuffles them with a fixed seed, writes
tests/corpus/events/holdout281-NNN-<kind>.ics (CRLF unless an event asks otherwise; old holdout281-*.ics
files are deleted first) and replaces only the split=holdout281 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout281.py
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

SPLIT = "holdout281"
SEED = 281
HERE = Path(__file__).resolve().parent
EVENTS_DIR = HERE.parent / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = ["holdout281ev_a", "holdout281ev_b", "holdout281ev_c", "holdout281ev_d", "holdout281ev_e"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
USER_ADDRESSES = {"callum.fraser.speyside@btinternet.com", "c.fraser@glenavon-distillery.example.co.uk"}
USER_NAMES = {"callum fraser", "c fraser", "c. fraser", "fraser, callum", "callum"}


def load():
    """Import the data modules and return (events, forms)."""
    sys.path.insert(0, str(HERE))
    events, forms = [], {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        forms.update(getattr(module, "FORMS", {}))
    return events, forms


def unfold(text):
    """Undo iCalendar line folding (LF source text)."""
    return re.sub(r"\n[ \t]", "", text)


def check(event, forms):
    """Return a list of problems with one event (empty when it is fine)."""
    problems = []
    missing = KEYS - set(event)
    extra = set(event) - KEYS - {"eol"}
    if missing or extra:
        return [f"keys missing {sorted(missing)} extra {sorted(extra)}"]
    ics = event["ics"]
    eol = event.get("eol", "\r\n")
    if eol not in ("\r\n", "\n"):
        problems.append(f"bad eol {eol!r}")
    if "\r" in ics or not ics.startswith("BEGIN:VCALENDAR\n") or not ics.endswith("END:VCALENDAR\n"):
        problems.append("ics must be LF text from BEGIN:VCALENDAR to END:VCALENDAR")
    try:
        calendar = icalendar.Calendar.from_ical(ics.replace("\n", eol))
    except Exception as error:
        return [*problems, f"parse error: {error}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {event["uid"]}:
        problems.append(f"VEVENT UIDs {sorted(uids)} != label uid {event['uid']}")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent["DTSTART"].dt  # noqa: B018 - decoding is the check
        except Exception as error:
            problems.append(f"DTSTART not decodable: {error}")
    for field in ("kind", "trap"):
        if not KEBAB.match(event[field]):
            problems.append(f"{field} not kebab-case: {event[field]!r}")
    if event["stage"] not in STAGES:
        problems.append(f"bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring must be True exactly when trap starts with user-as-interviewer-")
    if event["is_interview"] and event["hiring"]:
        problems.append("an interview cannot be hiring-side")
    text = unfold(ics).lower()
    if event["is_interview"]:
        if event["company"] not in forms:
            problems.append(f"company {event['company']!r} has no FORMS entry")
        for person in filter(None, event["interviewers"].split(";")):
            if "@" in person and person != person.lower():
                problems.append(f"interviewer address not lower-case: {person}")
            if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
                problems.append(f"user listed as interviewer: {person}")
            if person.lower() not in text:
                problems.append(f"interviewer {person!r} not in the event text")
    elif any(event[field] for field in ("company", "role", "stage", "interviewers")):
        problems.append("negative with company/role/stage/interviewers")
    return problems


def split_lines(text):
    """Split on LF only, keeping line endings (CR stays with its line)."""
    parts = text.split("\n")
    lines = [f"{part}\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def split_of(line, index):
    """The split column of one CSV line, or None when the line has no such column."""
    stripped = line.rstrip("\r\n")
    if not stripped:
        return None
    row = next(csv.reader([stripped]))
    return row[index] if index < len(row) else None


def replace_rows(path, header, new_rows):
    """Replace the split=SPLIT rows of a CSV file, keeping every other line byte for byte."""
    text = path.read_bytes().decode("utf-8") if path.exists() else ""
    lines = split_lines(text)
    if lines:
        head, body = lines[0], lines[1:]
        eol = "\r\n" if head.endswith("\r\n") else "\n"
        if next(csv.reader([head.rstrip("\r\n")])) != header:
            sys.exit(f"{path}: unexpected header, expected {','.join(header)}")
        if not head.endswith("\n"):
            head += eol
    else:
        eol = "\n"
        head, body = f"{','.join(header)}{eol}", []
    index = header.index("split")
    kept = [line for line in body if split_of(line, index) != SPLIT]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += eol
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol).writerows(new_rows)
    content = head + "".join(kept) + buffer.getvalue()
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(handle, "wb") as temp:
        temp.write(content.encode("utf-8"))
    os.replace(temp_name, path)
    return len(kept)


def main():
    events, forms = load()
    failures = 0
    for event in events:
        for problem in check(event, forms):
            failures += 1
            print(f"{event.get('uid', '?')[:60]} [{event.get('kind')}]: {problem}")
    if failures:
        sys.exit(f"{failures} problem(s); nothing written")

    random.Random(SEED).shuffle(events)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENTS_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
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
    used = sorted({event["company"] for event in events if event["is_interview"]})
    form_rows = [[SPLIT, company, forms[company]] for company in used]
    replace_rows(LABELS, LABEL_HEADER, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, form_rows)

    interviews = [event for event in events if event["is_interview"]]
    hiring = [event for event in events if event["hiring"]]
    stages = {}
    for event in interviews:
        stages[event["stage"] or "(unclear)"] = stages.get(event["stage"] or "(unclear)", 0) + 1
    print(f"{SPLIT}: {len(events)} events written to {EVENTS_DIR}")
    print(f"  interviews: {len(interviews)} at {len(used)} employers; stages {dict(sorted(stages.items()))}")
    print(f"  negatives: {len(events) - len(interviews)} ({len(hiring)} hiring side)")
    print(f"  label rows: {len(label_rows)}; company_forms rows: {len(form_rows)}")


if __name__ == "__main__":
    main()
