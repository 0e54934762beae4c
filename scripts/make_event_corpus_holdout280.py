"""Write the blind calendar-event split holdout280 for afterview.

Split: holdout280 (about 110 events, hand-labelled, written without reading the classifier or other splits).
Persona: Lucía Benedetti, 31, radio and podcast producer (productora) at Radio Platense, a talk-radio station in
Buenos Aires, applying for a senior-producer role at a Spanish-language podcast company (Madrid and Miami), an
audio-lead role at a streaming platform, the public broadcaster's concurso (jurado, coloquio), a university
communications post, a content role at an agency and more. Her addresses: lu.benedetti.radio@gmail.com (private)
and lbenedetti@radioplatense.example.com.ar (work).

The events live in scripts/holdout280ev_*.py as raw iCalendar text. This script checks every event, shuffles them
with a fixed seed, writes tests/corpus/events/holdout280-NNN-<kind>.ics (CRLF unless an event asks for LF) and
replaces only the split=holdout280 rows of tests/corpus/events/labels.csv and company_forms.csv.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout280.py
"""

import csv
import io
import os
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from icalendar import Calendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout280ev_a  # noqa: E402
import holdout280ev_b  # noqa: E402
import holdout280ev_c  # noqa: E402
import holdout280ev_d  # noqa: E402
import holdout280ev_e  # noqa: E402

SPLIT = "holdout280"
SEED = 280_2026
ROOT = SCRIPTS.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
USER_ADDRESSES = {"lu.benedetti.radio@gmail.com", "lbenedetti@radioplatense.example.com.ar"}
USER_NAMES = {"lucía benedetti", "lucia benedetti", "benedetti, lucía"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = [holdout280ev_a, holdout280ev_b, holdout280ev_c, holdout280ev_d, holdout280ev_e]
REQUIRED_KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}


def fail(message: str) -> None:
    """Stop with a message naming the broken event."""
    raise SystemExit(f"holdout280 check failed: {message}")


def unfolded(text: str) -> str:
    """Undo RFC 5545 line folding so that checks see whole values."""
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event: dict, forms: dict) -> None:
    """Check one event's raw text against its labels."""
    uid = event.get("uid", "?")
    missing = REQUIRED_KEYS - event.keys()
    if missing:
        fail(f"{uid}: missing keys {sorted(missing)}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            fail(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        fail(f"{uid}: stage {event['stage']!r} is not valid")
    if event["is_interview"] not in (0, 1):
        fail(f"{uid}: is_interview must be 0 or 1")
    if event.get("eol", "\r\n") not in ("\r\n", "\n"):
        fail(f"{uid}: eol must be CRLF or LF")
    text = event["ics"]
    try:
        calendar = Calendar.from_ical(text)
    except ValueError as error:
        fail(f"{uid}: does not parse ({error})")
    vevents = calendar.walk("VEVENT")
    if not vevents:
        fail(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        fail(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            fail(f"{uid}: VEVENT without DTSTART")
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError) as error:
            fail(f"{uid}: DTSTART does not decode ({error})")
    flat = unfolded(text).lower()
    interviewers = [part for part in event["interviewers"].split(";") if part]
    for person in interviewers:
        if person.strip() != person or not person:
            fail(f"{uid}: interviewer {person!r} has stray spaces")
        if "@" in person and person != person.lower():
            fail(f"{uid}: interviewer address {person!r} is not lower-case")
        if person.lower() not in flat:
            fail(f"{uid}: interviewer {person!r} does not appear in the event text")
        if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
            fail(f"{uid}: the user is listed as an interviewer")
    if event["is_interview"]:
        if not event["company"]:
            fail(f"{uid}: interview without a company")
        if event["company"] not in forms:
            fail(f"{uid}: company {event['company']!r} has no FORMS entry")
        if event["hiring"]:
            fail(f"{uid}: an interview cannot be on the hiring side")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                fail(f"{uid}: negative with a non-empty {key}")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        fail(f"{uid}: hiring flag and trap prefix disagree")


def check_duplicates(events: list) -> None:
    """Allow a repeated UID only for a reschedule: same labels, different SEQUENCE."""
    by_uid: dict = {}
    for event in events:
        by_uid.setdefault(event["uid"], []).append(event)
    for uid, group in by_uid.items():
        if len(group) == 1:
            continue
        sequences = set()
        for event in group:
            vevent = Calendar.from_ical(event["ics"]).walk("VEVENT")[0]
            sequences.add(int(vevent.get("SEQUENCE", 0)))
        if len(sequences) != len(group):
            fail(f"{uid}: repeated UID without distinct SEQUENCE values")
        labels = {(event["is_interview"], event["company"], event["stage"]) for event in group}
        if len(labels) != 1:
            fail(f"{uid}: repeated UID with different labels")


def csv_line(row: list) -> str:
    """One CSV record with LF ending, quoted only where needed."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


def replace_split_rows(path: Path, header: list, split_column: str, new_lines: list) -> int:
    """Keep every other split's record byte for byte and put this split's records at the end."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    split_index = header.index(split_column)
    kept = [lines[0]]
    reader = csv.reader(io.StringIO(raw))
    next(reader)
    start = reader.line_num
    for record in reader:
        end = reader.line_num
        chunk = lines[start:end]
        start = end
        if not record:
            kept.extend(chunk)
            continue
        if len(record) > split_index and record[split_index] == SPLIT:
            continue
        kept.extend(chunk)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=path.parent, prefix=f".{path.name}.", delete=False
    ) as handle:
        handle.write("".join(kept + new_lines))
    os.chmod(handle.name, os.stat(path).st_mode & 0o777)
    os.replace(handle.name, path)
    return len(new_lines)


def main() -> None:
    events = []
    forms: dict = {}
    for module in MODULES:
        events.extend(module.EVENTS)
        for company, alternatives in getattr(module, "FORMS", {}).items():
            if company in forms:
                fail(f"company {company!r} has two FORMS entries")
            forms[company] = alternatives
    for event in events:
        check_event(event, forms)
    check_duplicates(events)
    used = {event["company"] for event in events if event["is_interview"]}
    unused = set(forms) - used
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    random.Random(SEED).shuffle(events)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_lines = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"].replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        (EVENTS_DIR / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
        label_lines.append(
            csv_line(
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
        )
    form_lines = [csv_line([SPLIT, company, forms[company]]) for company in sorted(forms)]
    replace_split_rows(LABELS, LABEL_HEADER, "split", label_lines)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, "split", form_lines)

    interviews = [event for event in events if event["is_interview"]]
    negatives = [event for event in events if not event["is_interview"]]
    hiring = [event for event in negatives if event["hiring"]]
    stages = Counter(event["stage"] or "(none)" for event in interviews)
    print(f"{SPLIT}: {len(events)} events written to {EVENTS_DIR.relative_to(ROOT)}")
    print(f"  interviews: {len(interviews)} at {len(used)} employers; stages: {dict(sorted(stages.items()))}")
    print(f"  negatives: {len(negatives)} ({len(hiring)} hiring side, {len(negatives) - len(hiring)} others)")
    print(f"  labels.csv rows: {len(label_lines)}; company_forms.csv rows: {len(form_lines)}")


if __name__ == "__main__":
    main()
