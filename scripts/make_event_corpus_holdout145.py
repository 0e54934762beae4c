"""Write the blind calendar-event split holdout145 (Lea Vogt, UX designer in Berlin).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout145.py

It deletes the old ``tests/corpus/events/holdout145-*.ics`` files, writes the events held as raw
iCalendar text in ``scripts/holdout145ev_*.py`` in a shuffled order (fixed seed), and replaces only
the ``split=holdout145`` rows of ``labels.csv`` and ``company_forms.csv`` (other lines are kept byte
for byte; both files are written to a temporary file and renamed).
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

SPLIT = "holdout145"
SEED = 145
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
MODULES = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"lea.vogt.design@mailbox.org", "lea.vogt@kiezkasse.de"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PLACEHOLDER = re.compile(r"^@@([A-Z_]+)@@$")

# Other names Lea would accept for the same employer in a draft.
FORMS = {
    "N26": "N26 GmbH|N26 Bank",
    "Zalando": "Zalando SE",
    "Delivery Hero": "Delivery Hero SE|DH",
    "Trade Republic": "Trade Republic Bank|TR",
    "SumUp": "SumUp Payments|SumUp Ltd",
    "Personio": "Personio GmbH|Personio SE & Co. KG",
    "Celonis": "Celonis SE",
    "Flix": "Flix SE|FlixBus",
    "CHECK24": "Check24|CHECK24 Vergleichsportal",
    "OTTO": "Otto|Otto Group|Otto GmbH & Co KG",
    "New Work SE": "New Work|XING",
    "Jimdo": "Jimdo GmbH",
    "HelloFresh": "HelloFresh SE|Hello Fresh",
    "Ecosia": "Ecosia GmbH",
    "Adyen": "Adyen N.V.",
    "Booking.com": "Booking|Booking.com B.V.",
    "Mollie": "Mollie B.V.",
    "Framer": "Framer B.V.",
    "Backbase": "Backbase B.V.",
    "Doctolib": "Doctolib SAS",
    "Qonto": "Olinda SAS",
    "BlaBlaCar": "Blablacar|Comuto SA",
    "Alan": "Alan SA",
    "Typeform": "Typeform SL",
    "Glovo": "Glovoapp|Glovoapp23 SA",
    "Factorial": "Factorial HR|FactorialHR",
    "Wallapop": "Wallapop SL",
    "Monzo": "Monzo Bank",
    "Deliveroo": "Deliveroo plc|Roofoods",
    "Wise": "Wise plc|TransferWise",
    "ustwo": "ustwo studio|ustwo London",
    "Designit": "Designit Munich|Designit A/S",
    "Edenspiekermann": "ESP|Edenspiekermann AG",
    "MetaDesign": "MetaDesign GmbH|Meta Design",
    "Fairmieten": "Fairmieten GmbH",
    "Raisin": "Raisin GmbH|Raisin Bank|WeltSparen",
    "Scalable Capital": "Scalable|Scalable GmbH",
    "GetYourGuide": "GYG|GetYourGuide AG",
    "Contentful": "Contentful GmbH",
    "tado°": "tado|tado GmbH",
    "idealo": "idealo internet GmbH",
    "Squarespace": "Squarespace Inc.",
    "Kittl": "Kittl GmbH",
    "Allianz Direct": "Allianz Direct Versicherungs-AG|Allianz",
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    tz = importlib.import_module("holdout145ev_tz").TZ
    events = []
    for name in MODULES:
        for event in importlib.import_module(f"holdout145ev_{name}").EVENTS:
            lines = []
            for line in event["ics"].split("\n"):
                m = PLACEHOLDER.match(line)
                if m:
                    if m.group(1) not in tz:
                        fail(f"unknown VTIMEZONE placeholder {line!r} in {event['kind']}")
                    lines.extend(tz[m.group(1)].split("\n"))
                else:
                    lines.append(line)
            while lines and not lines[-1]:
                lines.pop()
            event = dict(event, text=event["eol"].join(lines) + event["eol"], module=name)
            events.append(event)
    return events


def check(event: dict, fname: str) -> None:
    where = f"{fname} ({event['module']}:{event['kind']})"
    try:
        cal = icalendar.Calendar.from_ical(event["text"].encode("utf-8"))
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if event["uid"] not in uids:
        fail(f"{where}: label UID {event['uid']!r} not in file (has {sorted(uids)})")
    if not KEBAB.match(event["kind"]) or not KEBAB.match(event["trap"]):
        fail(f"{where}: kind and trap must be kebab-case")
    if event["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if event["stage"] not in STAGES:
        fail(f"{where}: bad stage {event['stage']!r}")
    unfolded = re.sub(r"\r?\n[ \t]", "", event["text"]).lower()
    if event["is_interview"]:
        if not event["company"]:
            fail(f"{where}: interview without company")
        if event["company"] not in FORMS:
            fail(f"{where}: company {event['company']!r} has no FORMS entry")
        if event["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: interview with a hiring-side trap")
        for who in filter(None, event["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{where}: interviewer address {who!r} not lower case")
            if who.lower() in USER_ADDRESSES:
                fail(f"{where}: the user is not an interviewer")
            if who.lower() not in unfolded:
                fail(f"{where}: interviewer {who!r} not in the file")
    elif any(event[k] for k in ("company", "role", "stage", "interviewers")):
        fail(f"{where}: negative with company/role/stage/interviewers")


def rows_text(header_line: str, rows: list[list[str]]) -> str:
    eol = "\r\n" if header_line.endswith("\r\n") else "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    return buf.getvalue()


def replace_split_rows(path: Path, rows: list[list[str]]) -> None:
    text = path.read_bytes().decode("utf-8")
    lines = text.splitlines(keepends=True)
    if not lines:
        fail(f"{path} has no header")
    header = next(csv.reader([lines[0]]))
    col = header.index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) > col and parsed[col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += "\r\n" if lines[0].endswith("\r\n") else "\n"
    new = "".join(kept) + rows_text(lines[0], rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(new.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    label_rows = []
    for n, event in enumerate(events, 1):
        event["file"] = f"{SPLIT}-{n:03d}-{event['kind']}.ics"
        check(event, event["file"])
        label_rows.append([
            event["file"], event["uid"], str(event["is_interview"]), event["company"], event["role"],
            event["stage"], event["interviewers"], SPLIT, event["trap"],
        ])
    companies = sorted({e["company"] for e in events if e["is_interview"]})
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for event in events:
        (OUT / event["file"]).write_bytes(event["text"].encode("utf-8"))
    replace_split_rows(LABELS, label_rows)
    replace_split_rows(FORMS_CSV, [[SPLIT, c, FORMS[c]] for c in companies])
    pos = sum(e["is_interview"] for e in events)
    hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(
        f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
        f"({hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
