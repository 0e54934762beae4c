"""Write the blind calendar-event test split ``holdout272``.

Persona: Owen Whitecloud, 39, Registered Professional Forester (RPF) at Nechako Timber in Prince George, British
Columbia (private owen.whitecloud@shaw.ca, work owhitecloud@nechakotimber.example.ca). He applies for planning-forester
and operations-manager jobs at other licensees, a First Nation's forestry corporation, BC Wildfire Service, the BC
Public Service and consultancies; his calendar also holds referrals, field visits, audits and his own hiring of summer
students and crew leads. The events are raw iCalendar text in ``scripts/holdout272ev_*.py``, written and labelled by
hand by an independent author who did not read the classifier, the other generators or other splits.

The script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout272-NNN-<kind>.ics`` (CRLF line endings unless an event says otherwise; old
``holdout272-*.ics`` files are deleted first) and replaces only the ``split=holdout272`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping every other line
byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout272.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

import icalendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout272ev_a  # noqa: E402
import holdout272ev_b  # noqa: E402
import holdout272ev_c  # noqa: E402
import holdout272ev_d  # noqa: E402
import holdout272ev_e  # noqa: E402
import holdout272ev_f  # noqa: E402
from holdout272ev_forms import FORMS  # noqa: E402

SPLIT = "holdout272"
SEED = 272
ROOT = SCRIPTS.parent
EVENT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENT_DIR / "labels.csv"
COMPANY_FORMS = EVENT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"owen.whitecloud@shaw.ca", "owhitecloud@nechakotimber.example.ca"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = [holdout272ev_a, holdout272ev_b, holdout272ev_c, holdout272ev_d, holdout272ev_e, holdout272ev_f]


def unfold(text: str) -> str:
    """Undo RFC 5545 line folding (LF source text)."""
    return re.sub(r"\n[ \t]", "", text)


def check_event(event: dict) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    problems = []
    uid = event["uid"]
    text = event["ics"]
    eol = event.get("eol", "\r\n")
    if "\r" in text:
        problems.append("source text must use LF only")
    if not text.endswith("\n"):
        problems.append("text must end with a newline")
    if not KEBAB.match(event["kind"]):
        problems.append(f"kind not kebab-case: {event['kind']!r}")
    if not KEBAB.match(event["trap"]):
        problems.append(f"trap not kebab-case: {event['trap']!r}")
    if event["stage"] not in STAGES:
        problems.append(f"bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    try:
        calendar = icalendar.Calendar.from_ical(text.replace("\n", eol))
    except Exception as exc:
        return [*problems, f"does not parse: {exc}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {sorted(uids)} differ from label uid {uid!r}")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            problems.append(f"DTSTART not decodable: {exc}")
    flat = unfold(text).lower()
    interviewers = [person for person in event["interviewers"].split(";") if person]
    for person in interviewers:
        if person != person.strip():
            problems.append(f"interviewer with spaces around it: {person!r}")
        if person.lower() in USER_ADDRESSES or "whitecloud" in person.lower():
            problems.append(f"the user is listed as interviewer: {person!r}")
        if person.lower() not in flat:
            problems.append(f"interviewer not in the event text: {person!r}")
        if "@" in person and person != person.lower():
            problems.append(f"interviewer address not lower-case: {person!r}")
    if event["is_interview"]:
        if not event["company"]:
            problems.append("interview without company")
        elif event["company"] not in FORMS:
            problems.append(f"company without FORMS entry: {event['company']!r}")
        if event["hiring"]:
            problems.append("interview marked as hiring side")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                problems.append(f"negative with non-empty {key}")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring must be True exactly when trap starts with user-as-interviewer-")
    return problems


def newline_of(data: bytes) -> str:
    """The line ending an existing file uses (LF when it has none yet)."""
    return "\r\n" if b"\r\n" in data else "\n"


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Keep every line whose split column is not ours, byte for byte, then append our rows."""
    data = path.read_bytes() if path.exists() else b""
    newline = newline_of(data) if data else "\n"
    lines = data.decode("utf-8").splitlines(keepends=True)
    if lines:
        head = next(csv.reader([lines[0]]))
        split_index = head.index("split")
        kept = [lines[0]]
        for line in lines[1:]:
            if not line.strip():
                kept.append(line)
                continue
            fields = next(csv.reader([line]))
            if len(fields) > split_index and fields[split_index] == SPLIT:
                continue
            kept.append(line)
        if not kept[-1].endswith(("\n", "\r")):
            kept[-1] += newline
    else:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=newline).writerow(header)
        kept = [buffer.getvalue()]
        head = header
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=newline)
    for row in rows:
        record = dict(zip(header, row, strict=True))
        writer.writerow([record.get(column, "") for column in head])
    temp = path.with_name(f".{path.name}.{SPLIT}.tmp")
    temp.write_bytes(("".join(kept) + buffer.getvalue()).encode("utf-8"))
    os.replace(temp, path)


def main() -> int:
    events = [event for module in MODULES for event in module.EVENTS]
    failures = []
    seen_uids = Counter(event["uid"] for event in events)
    for uid, count in seen_uids.items():
        if count > 1:
            failures.append(f"{uid}: used {count} times")
    for event in events:
        failures.extend(f"{event['uid']}: {problem}" for problem in check_event(event))
    if failures:
        for failure in failures:
            print(failure, file=sys.stderr)
        print(f"{len(failures)} problem(s); nothing written", file=sys.stderr)
        return 1

    random.Random(SEED).shuffle(events)
    EVENT_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
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
    companies = sorted({event["company"] for event in events if event["is_interview"]})
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(COMPANY_FORMS, FORMS_HEADER, form_rows)

    interviews = [event for event in events if event["is_interview"]]
    negatives = [event for event in events if not event["is_interview"]]
    hiring = [event for event in negatives if event["hiring"]]
    stages = Counter(event["stage"] or "(empty)" for event in interviews)
    print(f"split {SPLIT}: {len(events)} events written to {EVENT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {len(interviews)} with {len(companies)} employers")
    print(f"  negatives:  {len(negatives)} ({len(hiring)} hiring side, {len(negatives) - len(hiring)} others)")
    print("  stages:     " + ", ".join(f"{stage}={count}" for stage, count in sorted(stages.items())))
    print(f"  labels.csv rows: {len(label_rows)}, company_forms.csv rows: {len(form_rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
