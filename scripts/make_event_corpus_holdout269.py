"""Write the blind calendar-event test split ``holdout269``.

Split: ``holdout269`` -- about 110 raw iCalendar files (one VEVENT UID per file) written blind by an independent
author, with hand labels, to measure the interview classifier on events nobody tuned it on.

Persona: Tasha Greenberg-Ruiz, 33, casting associate for unscripted/reality TV at the fictional Los Angeles production
company Bright Lot Productions, applying for casting-producer and casting-director roles at other production companies,
a streaming platform's unscripted development team, a talent agency, a Spanish-language network in Miami and a few
European format companies. Her addresses: private ``tasha.gr.casting@gmail.com``, work
``tasha@brightlotproductions.example.com``.

The events live in ``scripts/holdout269ev_*.py`` (``EVENTS`` lists of dicts, ``FORMS`` dicts of accepted company
forms; ``holdout269ev_zones.py`` holds shared VTIMEZONE text and conference boilerplate). This script checks every
event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout269-NNN-<kind>.ics`` with CRLF line endings
(after deleting only old ``holdout269-*.ics`` files) and replaces only the ``split=holdout269`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``, keeping every other line byte for
byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout269.py
"""

from __future__ import annotations

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

SPLIT = "holdout269"
SEED = 269
SCRIPTS_DIR = Path(__file__).resolve().parent
ROOT = SCRIPTS_DIR.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS_CSV = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = ["holdout269ev_a", "holdout269ev_b", "holdout269ev_c", "holdout269ev_d", "holdout269ev_e"]
USER_ADDRESSES = {"tasha.gr.casting@gmail.com", "tasha@brightlotproductions.example.com"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
REQUIRED_KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}


def load_events() -> tuple[list[dict], dict[str, str]]:
    """Import the data modules and merge their EVENTS and FORMS."""
    sys.path.insert(0, str(SCRIPTS_DIR))
    events: list[dict] = []
    forms: dict[str, str] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, accepted in module.FORMS.items():
            if company in forms and forms[company] != accepted:
                raise SystemExit(f"{name}: conflicting FORMS entry for {company!r}")
            forms[company] = accepted
    return events, forms


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event: dict, forms: dict[str, str]) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    uid = event.get("uid", "?")
    problems: list[str] = []
    missing = REQUIRED_KEYS - set(event)
    extra = set(event) - REQUIRED_KEYS - {"eol"}
    if missing or extra:
        return [f"{uid}: missing keys {sorted(missing)}, unknown keys {sorted(extra)}"]
    ics = event["ics"]
    if "\r" in ics:
        problems.append(f"{uid}: the source text must use LF only")
    if not ics.startswith("BEGIN:VCALENDAR\n") or not ics.endswith("END:VCALENDAR\n"):
        problems.append(f"{uid}: text must start with BEGIN:VCALENDAR and end with END:VCALENDAR")
    eol = event.get("eol", "\r\n")
    try:
        calendar = icalendar.Calendar.from_ical(ics.replace("\n", eol))
    except ValueError as error:
        return [*problems, f"{uid}: does not parse: {error}"]
    for component in calendar.walk():
        for prop_name, message in getattr(component, "errors", []):
            problems.append(f"{uid}: {component.name}.{prop_name} is broken: {message}")
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if vevent.get("DTSTART") is None:
            problems.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError, AttributeError) as error:
            problems.append(f"{uid}: DTSTART not decodable: {error}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{uid}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{uid}: is_interview must be 0 or 1")
    hiring_trap = event["trap"].startswith("user-as-interviewer-")
    if event["hiring"] is not hiring_trap:
        problems.append(f"{uid}: hiring={event['hiring']} but trap={event['trap']!r}")
    text = unfold(ics).lower()
    interviewers = [name for name in event["interviewers"].split(";") if name]
    if event["is_interview"] == 1:
        if event["hiring"]:
            problems.append(f"{uid}: an interview cannot be on the hiring side")
        if not event["company"]:
            problems.append(f"{uid}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{uid}: company {event['company']!r} has no FORMS entry")
        for name in interviewers:
            if name != name.strip():
                problems.append(f"{uid}: interviewer {name!r} has stray spaces")
            if "@" in name and name != name.lower():
                problems.append(f"{uid}: interviewer address {name!r} must be lower-case")
            if name.lower() in USER_ADDRESSES or "tasha" in name.lower():
                problems.append(f"{uid}: the user is listed as interviewer")
            if name.lower() not in text:
                problems.append(f"{uid}: interviewer {name!r} does not appear in the event text")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        problems.append(f"{uid}: a negative must have empty company/role/stage/interviewers")
    return problems


def split_column_rows(path: Path, header: list[str]) -> tuple[list[bytes], str]:
    """Return the existing lines (header first) minus this split's rows, and the file's line ending."""
    if not path.exists():
        return [(",".join(header) + "\n").encode("utf-8")], "\n"
    lines = path.read_bytes().splitlines(keepends=True)
    if not lines:
        return [(",".join(header) + "\n").encode("utf-8")], "\n"
    header_line = lines[0]
    eol = "\r\n" if header_line.endswith(b"\r\n") else "\n"
    columns = next(csv.reader([header_line.decode("utf-8").rstrip("\r\n")]))
    if columns != header:
        raise SystemExit(f"{path.name}: unexpected header {columns}")
    split_index = columns.index("split")
    kept = [header_line]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol.encode("utf-8")
    return kept, eol


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Replace only this split's rows of a CSV file, atomically."""
    kept, eol = split_column_rows(path, header)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    writer.writerows(rows)
    data = b"".join(kept) + buffer.getvalue().encode("utf-8")
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as temp_file:
            temp_file.write(data)
        os.chmod(temp_name, mode)
        os.replace(temp_name, path)
    except BaseException:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise


def main() -> int:
    events, forms = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        if event.get("uid") in seen:
            problems.append(f"{event.get('uid')}: duplicate uid")
        seen.add(event.get("uid"))
        problems.extend(check_event(event, forms))
    used_companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    unused = sorted(set(forms) - set(used_companies))
    if unused:
        problems.append(f"FORMS entries without an interview: {unused}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        return 1

    order = list(events)
    random.Random(SEED).shuffle(order)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(order, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (EVENTS_DIR / file_name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                file_name,
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
    replace_split_rows(LABELS_CSV, LABEL_HEADER, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, [[SPLIT, company, forms[company]] for company in used_companies])

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} other), {len(used_companies)} employers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
