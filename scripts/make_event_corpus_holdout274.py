"""Generate the blind calendar-event test split ``holdout274``.

Split: ``holdout274`` -- about 110 raw iCalendar files from one user's calendar, hand-labelled by an independent
author who did not read the classifier, the other generators or the other splits' files and labels.

Persona: Katrien De Smet-Lefort, 31, policy officer at a (fictional) Brussels regional innovation administration,
applying to EU institutions (EPSO AD5 competition, CAST contract-agent interviews, a Commission DG's temporary-agent
selection panel, EU agencies in Brussels and Luxembourg), an MEP's office, think tanks, consultancies, Belgian,
German and Spanish organisations and an internal post at her own employer. Her own addresses are
``katrien.desmet.lefort@proton.me`` (private) and ``kdesmet@brussel-innovatie.example.be`` (work). The negatives are
hearings, working groups, evaluation and research interviews, press, mock interviews, webinars, family members'
interviews, personal appointments and her own work on the hiring side (trainee selection panel, juries, ...).

The raw calendar text lives in ``scripts/holdout274ev_*.py`` (``EVENTS`` lists and ``FORMS`` dicts). This script
checks every event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout274-NNN-<kind>.ics`` (CRLF
unless an event asks otherwise; old ``holdout274-*.ics`` files are deleted first) and replaces only the
``split=holdout274`` rows of ``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``,
keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout274.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import holdout274ev_a
import holdout274ev_b
import holdout274ev_c
import holdout274ev_d
import icalendar

SPLIT = "holdout274"
SEED = 274
USER_ADDRESSES = ("katrien.desmet.lefort@proton.me", "kdesmet@brussel-innovatie.example.be")
USER_NAME_PARTS = ("katrien", "de smet", "desmet")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring", "eol"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
MODULES = (holdout274ev_a, holdout274ev_b, holdout274ev_c, holdout274ev_d)


def unfold(text: str) -> str:
    """Undo RFC 5545 line folding and the simplest TEXT escapes, for looking names up."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return unfolded.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").replace("\\N", "\n")


def check_event(event: dict[str, object], forms: dict[str, str]) -> list[str]:
    """Return a list of problems with one event (empty when it is fine)."""
    problems: list[str] = []
    unknown = set(event) - KEYS
    missing = (KEYS - {"eol"}) - set(event)
    if unknown or missing:
        problems.append(f"keys: unknown {sorted(unknown)}, missing {sorted(missing)}")
        return problems
    uid = str(event["uid"])
    kind = str(event["kind"])
    trap = str(event["trap"])
    eol = str(event.get("eol", "\r\n"))
    text = str(event["ics"]).replace("\n", eol)
    if eol not in ("\r\n", "\n"):
        problems.append(f"eol {eol!r}")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        return [f"does not parse: {exc}"]
    vevents = calendar.walk("VEVENT")
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {sorted(uids)} != label uid {uid}")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except (ValueError, TypeError, KeyError) as exc:
            problems.append(f"DTSTART not decodable: {exc}")
    if not KEBAB.match(kind):
        problems.append(f"kind not kebab-case: {kind!r}")
    if not KEBAB.match(trap):
        problems.append(f"trap not kebab-case: {trap!r}")
    stage = str(event["stage"])
    if stage not in STAGES:
        problems.append(f"stage {stage!r}")
    is_interview = event["is_interview"]
    if is_interview not in (0, 1):
        problems.append(f"is_interview {is_interview!r}")
    hiring = event["hiring"]
    if not isinstance(hiring, bool) or hiring != trap.startswith("user-as-interviewer-"):
        problems.append(f"hiring {hiring!r} does not match trap {trap!r}")
    company = str(event["company"])
    interviewers = [name for name in str(event["interviewers"]).split(";") if name]
    if is_interview == 1:
        if not company:
            problems.append("interview without company")
        elif company not in forms:
            problems.append(f"company {company!r} has no FORMS entry")
        if hiring:
            problems.append("interview marked as hiring side")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if event[field]:
                problems.append(f"negative with non-empty {field}")
    haystack = unfold(text).lower()
    for name in interviewers:
        if name != name.strip():
            problems.append(f"interviewer with spaces around: {name!r}")
        if "@" in name and name != name.lower():
            problems.append(f"interviewer address not lower-case: {name!r}")
        if name.lower() not in haystack:
            problems.append(f"interviewer {name!r} not in event text")
        lowered = name.lower()
        if lowered in USER_ADDRESSES or any(part in lowered for part in USER_NAME_PARTS):
            problems.append(f"user listed as interviewer: {name!r}")
    return problems


def raw_records(text: str) -> Iterator[tuple[list[str], str]]:
    """Yield (parsed row, exact source text) for every CSV record, multi-line records included."""
    consumed: list[str] = []

    def feed() -> Iterator[str]:
        for line in io.StringIO(text, newline="").readlines():
            consumed.append(line)
            yield line

    for row in csv.reader(feed()):
        raw = "".join(consumed)
        consumed.clear()
        yield row, raw


def replace_split_rows(path: Path, header: list[str], split_column: int, new_rows: list[list[str]]) -> int:
    """Drop this split's rows from a CSV file, append new ones, keep every other line byte for byte."""
    text = path.read_bytes().decode("utf-8") if path.exists() else ",".join(header) + "\n"
    kept: list[str] = []
    removed = 0
    for index, (row, raw) in enumerate(raw_records(text)):
        if index > 0 and len(row) > split_column and row[split_column] == SPLIT:
            removed += 1
            continue
        kept.append(raw)
    body = "".join(kept)
    if body and not body.endswith("\n"):
        body += "\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(new_rows)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write((body + buffer.getvalue()).encode("utf-8"))
        os.replace(temp_name, path)
    except BaseException:
        if os.path.exists(temp_name):
            os.unlink(temp_name)
        raise
    return removed


def main() -> int:
    events: list[dict[str, object]] = []
    forms: dict[str, str] = {}
    for module in MODULES:
        events.extend(module.EVENTS)
        for company, alternatives in module.FORMS.items():
            if company in forms:
                print(f"duplicate FORMS entry {company!r}", file=sys.stderr)
                return 1
            forms[company] = alternatives

    failures = 0
    seen_uids: set[str] = set()
    for position, event in enumerate(events):
        problems = check_event(event, forms)
        uid = str(event.get("uid"))
        if uid in seen_uids:
            problems.append(f"duplicate uid {uid}")
        seen_uids.add(uid)
        for problem in problems:
            print(f"event {position} ({event.get('kind')}, {event.get('trap')}): {problem}", file=sys.stderr)
        failures += bool(problems)
    used_companies = {str(event["company"]) for event in events if event["is_interview"] == 1}
    for company in sorted(set(forms) - used_companies):
        print(f"FORMS entry {company!r} is not used by any interview", file=sys.stderr)
        failures += 1
    if failures:
        print(f"{failures} problem(s); nothing written", file=sys.stderr)
        return 1

    order = list(events)
    random.Random(SEED).shuffle(order)

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = str(event.get("eol", "\r\n"))
        (OUT_DIR / name).write_bytes(str(event["ics"]).replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                name,
                str(event["uid"]),
                str(event["is_interview"]),
                str(event["company"]),
                str(event["role"]),
                str(event["stage"]),
                str(event["interviewers"]),
                SPLIT,
                str(event["trap"]),
            ]
        )

    companies_in_order: list[str] = []
    for event in events:
        company = str(event["company"])
        if event["is_interview"] == 1 and company not in companies_in_order:
            companies_in_order.append(company)
    forms_rows = [[SPLIT, company, forms[company]] for company in companies_in_order]

    removed_labels = replace_split_rows(OUT_DIR / "labels.csv", LABEL_HEADER, 7, label_rows)
    removed_forms = replace_split_rows(OUT_DIR / "company_forms.csv", FORMS_HEADER, 0, forms_rows)

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring_side = sum(1 for event in events if event["hiring"])
    negatives = len(events) - interviews
    print(f"split {SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} with {len(companies_in_order)} employers")
    print(f"  negatives: {negatives} ({hiring_side} hiring side, {negatives - hiring_side} others)")
    print(f"  labels.csv: replaced {removed_labels} old rows with {len(label_rows)}")
    print(f"  company_forms.csv: replaced {removed_forms} old rows with {len(forms_rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
