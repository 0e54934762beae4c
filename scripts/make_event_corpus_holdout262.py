"""Generate the blind calendar-event split holdout262 for afterview.

Split: holdout262, written blind (without reading the classifier, other generators, other splits' files or labels).
Persona: Émilie Tremblay-Singh, 37, bilingual EC-05 policy analyst at a fictional federal department in Ottawa
(private emilie.tremblaysingh@outlook.com, work emilie.tremblay-singh@fin-canada.example.ca), applying through
GC Jobs processes to EC-06/EC-07 and manager posts, to an Ontario ministry in Toronto and to a think tank.

The events live in ``scripts/holdout262ev_*.py`` (raw iCalendar text plus labels). This script checks every event,
shuffles them with a fixed seed, writes ``tests/corpus/events/holdout262-NNN-<kind>.ics`` (CRLF) after deleting
only the old ``holdout262-*.ics`` files, and replaces only the split=holdout262 rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout262.py
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

SPLIT = "holdout262"
SEED = 262
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
MODULES = ["holdout262ev_a", "holdout262ev_b", "holdout262ev_c", "holdout262ev_d", "holdout262ev_e"]
USER_ADDRESSES = {"emilie.tremblaysingh@outlook.com", "emilie.tremblay-singh@fin-canada.example.ca"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]


def load_events() -> tuple[list[dict], dict[str, list[str]]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    forms: dict[str, list[str]] = {}
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
        for company, alternatives in getattr(module, "FORMS", {}).items():
            if company in forms and forms[company] != alternatives:
                raise SystemExit(f"conflicting FORMS entries for {company!r}")
            forms[company] = list(alternatives)
    return events, forms


def unfold(text: str) -> str:
    return re.sub(r"\n[ \t]", "", text)


def check_event(event: dict, forms: dict[str, list[str]]) -> list[str]:
    problems: list[str] = []
    uid = event["uid"]
    where = f"{uid} ({event.get('kind')})"
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        if key not in event:
            problems.append(f"{where}: missing key {key}")
    if problems:
        return problems
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"])
    except ValueError as exc:
        return [f"{where}: does not parse: {exc}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{where}: VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{where}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"{where}: DTSTART not decodable: {exc}")
    if not KEBAB.match(event["kind"]):
        problems.append(f"{where}: kind not kebab-case")
    if not KEBAB.match(event["trap"]):
        problems.append(f"{where}: trap not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{where}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{where}: is_interview must be 0 or 1")
    flat = unfold(event["ics"]).lower()
    interviewers = [item for item in event["interviewers"].split(";") if item]
    for person in interviewers:
        if person.lower() not in flat:
            problems.append(f"{where}: interviewer {person!r} not in the event text")
        if person.lower() in USER_ADDRESSES or "tremblay" in person.lower():
            problems.append(f"{where}: the user is listed as an interviewer")
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append(f"{where}: interview without company")
        elif event["company"] not in forms:
            problems.append(f"{where}: company {event['company']!r} has no FORMS entry")
        if event["hiring"]:
            problems.append(f"{where}: an interview cannot be hiring-side")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                problems.append(f"{where}: negative with non-empty {key}")
    if bool(event["hiring"]) != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{where}: hiring flag and trap prefix disagree")
    return problems


def replace_split_rows(path: Path, header: list[str], new_rows: list[list[str]]) -> None:
    """Keep every line of other splits byte for byte; drop this split's rows; append the new ones."""
    eol = "\r\n"
    kept: list[str] = []
    if path.exists():
        with path.open("r", encoding="utf-8", newline="") as handle:
            lines = handle.readlines()
        if lines:
            first = lines[0]
            eol = "\r\n" if first.endswith("\r\n") else "\n"
            columns = next(csv.reader([first.rstrip("\r\n")]))
            split_index = columns.index("split")
            kept.append(first)
            for line in lines[1:]:
                fields = next(csv.reader([line.rstrip("\r\n")]), [])
                if len(fields) > split_index and fields[split_index] == SPLIT:
                    continue
                kept.append(line)
            if not kept[-1].endswith(("\n", "\r")):
                kept[-1] = kept[-1] + eol
    if not kept:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator=eol).writerow(header)
        kept.append(buffer.getvalue())
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    with os.fdopen(handle_fd, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept))
        handle.write(buffer.getvalue())
    os.replace(temp_name, path)


def main() -> int:
    events, forms = load_events()
    problems: list[str] = []
    seen: set[str] = set()
    for event in events:
        if event["uid"] in seen:
            problems.append(f"duplicate uid {event['uid']}")
        seen.add(event["uid"])
        problems.extend(check_event(event, forms))
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s); nothing written")
        return 1

    ordered = list(events)
    random.Random(SEED).shuffle(ordered)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for number, event in enumerate(ordered, start=1):
        file_name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"].strip("\n") + "\n"
        (OUT_DIR / file_name).write_bytes(text.replace("\n", eol).encode("utf-8"))
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

    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    forms_rows = [[SPLIT, company, "|".join(forms[company])] for company in companies]
    replace_split_rows(OUT_DIR / "labels.csv", LABEL_HEADER, label_rows)
    replace_split_rows(OUT_DIR / "company_forms.csv", FORMS_HEADER, forms_rows)

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR}")
    print(f"  interviews: {interviews} at {len(companies)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} hiring side, {len(events) - interviews - hiring} others)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
