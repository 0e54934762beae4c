"""Generate the blind calendar-event split ``holdout273`` for afterview.

Split: holdout273 -- about 110 raw iCalendar files (one VEVENT UID per file), written blind by an independent
author from the data modules ``scripts/holdout273ev_*.py`` (without reading the classifier or other splits).

Persona: Priyanka Sethi, 27, actuarial analyst (ASA, working towards FSA) at a fictional Toronto life insurer
(Northbridge Life), applying for senior-analyst and pricing/valuation roles at other insurers, pension consultants,
reinsurers, a bank's model-risk team and a provincial pension regulator. Her addresses:
priyanka.sethi.asa@gmail.com (private) and psethi@northbridgelife.example.ca (work).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout273.py

The script checks every event, deletes old ``tests/corpus/events/holdout273-*.ics`` files, writes the new ones
(CRLF line endings unless an event asks otherwise) and replaces only the ``split=holdout273`` rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``; every other line of those files is
kept byte for byte.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout273ev_a  # noqa: E402
import holdout273ev_b  # noqa: E402
import holdout273ev_c  # noqa: E402
import holdout273ev_d  # noqa: E402
import holdout273ev_e  # noqa: E402

SPLIT = "holdout273"
SEED = 273
ROOT = SCRIPTS.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"priyanka.sethi.asa@gmail.com", "psethi@northbridgelife.example.ca"}
USER_NAMES = ("priyanka sethi", "sethi, priyanka", "p. sethi")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = (holdout273ev_a, holdout273ev_b, holdout273ev_c, holdout273ev_d, holdout273ev_e)


def collect() -> tuple[list[dict], dict[str, str]]:
    events: list[dict] = []
    forms: dict[str, str] = {}
    for module in MODULES:
        events.extend(module.EVENTS)
        for company, other in module.FORMS.items():
            if company in forms:
                raise SystemExit(f"company {company!r} has FORMS in two modules")
            forms[company] = other
    return events, forms


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(event: dict, forms: dict[str, str]) -> list[str]:
    problems: list[str] = []
    uid = event["uid"]
    text = event["ics"]
    eol = event.get("eol", "\r\n")
    if eol not in ("\r\n", "\n"):
        problems.append(f"bad eol {eol!r}")
    try:
        cal = icalendar.Calendar.from_ical(text.replace("\n", eol))
    except Exception as exc:
        return [f"does not parse: {exc}"]
    vevents = cal.walk("VEVENT")
    if not vevents:
        problems.append("no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"VEVENT UIDs {sorted(uids)} != label uid {uid!r}")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append("VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            problems.append(f"DTSTART not decodable: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"stage {event['stage']!r} invalid")
    if event["is_interview"] not in (0, 1):
        problems.append("is_interview must be 0 or 1")
    interviewers = [name for name in event["interviewers"].split(";") if name]
    flat = unfold(text).lower()
    for name in interviewers:
        if "@" in name and name != name.lower():
            problems.append(f"interviewer address {name!r} not lower-case")
        if name.lower() not in flat:
            problems.append(f"interviewer {name!r} not in event text")
        if name.lower() in USER_ADDRESSES or any(user in name.lower() for user in USER_NAMES):
            problems.append(f"user listed as interviewer: {name!r}")
    if event["is_interview"] == 1:
        if not event["company"]:
            problems.append("interview without company")
        elif event["company"] not in forms:
            problems.append(f"company {event['company']!r} has no FORMS entry")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        problems.append("negative with company/role/stage/interviewers")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        problems.append("hiring flag does not match trap prefix")
    if event["hiring"] and event["is_interview"]:
        problems.append("hiring-side event labelled as interview")
    return problems


def csv_line(row: list[str], terminator: str) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=terminator).writerow(row)
    return buffer.getvalue().encode("utf-8")


def replace_split_rows(path: Path, split_column: str, new_rows: list[list[str]]) -> None:
    """Drop this split's rows from ``path`` and append ``new_rows``; other lines stay byte for byte."""
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    header = lines[0].decode("utf-8")
    terminator = "\r\n" if header.endswith("\r\n") else "\n"
    column = next(csv.reader([header.strip("\r\n")])).index(split_column)
    kept: list[bytes] = [lines[0]]
    for raw in lines[1:]:
        fields = next(csv.reader([raw.decode("utf-8").rstrip("\r\n")]), [])
        if len(fields) > column and fields[column] == SPLIT:
            continue
        kept.append(raw)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += terminator.encode("ascii")
    kept.extend(csv_line(row, terminator) for row in new_rows)
    temp = path.with_name(f".{path.name}.{SPLIT}.tmp")
    temp.write_bytes(b"".join(kept))
    os.replace(temp, path)


def main() -> None:
    events, forms = collect()
    failures: list[str] = []
    seen_uids: set[str] = set()
    for event in events:
        if event["uid"] in seen_uids:
            failures.append(f"{event['uid']}: duplicate uid")
        seen_uids.add(event["uid"])
        failures.extend(f"{event['kind']} {event['uid']}: {problem}" for problem in check(event, forms))
    used = {event["company"] for event in events if event["is_interview"]}
    failures.extend(f"FORMS entry {company!r} is not used by any interview" for company in sorted(set(forms) - used))
    if failures:
        for failure in failures:
            print(failure)
        raise SystemExit(f"{len(failures)} problem(s); nothing written")

    ordered = list(events)
    random.Random(SEED).shuffle(ordered)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, event in enumerate(ordered, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"] if event["ics"].endswith("\n") else f"{event['ics']}\n"
        (EVENTS_DIR / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
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
    replace_split_rows(LABELS, "split", label_rows)
    replace_split_rows(FORMS_CSV, "split", [[SPLIT, company, forms[company]] for company in sorted(used)])

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} other), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
