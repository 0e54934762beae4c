"""Write the blind calendar-event split holdout208 (Marisol Vega, middle-school science lead in Phoenix, AZ).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout208.py

It deletes only old ``tests/corpus/events/holdout208-*.ics`` files, writes the new ones (file order shuffled with a
fixed seed) and replaces only the ``split=holdout208`` rows of ``labels.csv`` and ``company_forms.csv``; every other
line of those files is kept byte for byte. The events themselves are hand-written raw iCalendar text in
``scripts/holdout208ev_*.py``. Every label is checked against the parsed file before anything is written.
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

SPLIT = "holdout208"
SEED = 208
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"marisol.vega.teach@yahoo.com", "mvega@dvusd.org"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$")

# Other names the user would accept for each interviewing employer in a draft.
FORMS: dict[str, list[str]] = {
    "Chandler Unified School District": ["Chandler Unified", "CUSD", "Chandler USD", "CUSD 80"],
    "Mesa Public Schools": ["Mesa Public", "MPS", "Mesa Unified School District"],
    "Great Hearts Academies": ["Great Hearts", "Great Hearts America", "Great Hearts Archway Veritas"],
    "Amplify": ["Amplify Education", "Amplify Science"],
    "Tucson Unified School District": ["Tucson Unified", "TUSD", "Tucson USD"],
    "Isaac Elementary School District": ["Isaac School District", "Isaac ESD", "Isaac SD", "Distrito Escolar Isaac"],
    "Kyrene School District": ["Kyrene", "Kyrene Elementary School District", "KSD"],
    "Paradise Valley Unified School District": ["Paradise Valley Unified", "PVUSD", "PVSchools"],
    "BSCS Science Learning": ["BSCS", "Biological Sciences Curriculum Study"],
    "Scottsdale Unified School District": ["Scottsdale Unified", "SUSD", "Scottsdale USD"],
    "Gilbert Public Schools": ["Gilbert Public", "GPS", "Gilbert Unified School District"],
    "Phoenix Union High School District": ["Phoenix Union", "PXU", "PUHSD"],
    "Tempe Elementary School District": ["Tempe Elementary", "TESD", "Tempe School District No. 3"],
    "Peoria Unified School District": ["Peoria Unified", "PUSD", "Peoria USD"],
    "Dysart Unified School District": ["Dysart Unified", "Dysart", "DUSD"],
    "Higley Unified School District": ["Higley Unified", "Higley", "HUSD"],
    "Queen Creek Unified School District": ["Queen Creek Unified", "QCUSD", "Queen Creek USD"],
    "Cartwright School District": ["Cartwright", "Cartwright SD", "Cartwright Elementary School District"],
    "Alhambra Elementary School District": ["Alhambra ESD", "Alhambra", "Alhambra Elementary School District #68"],
    "Roosevelt School District": ["Roosevelt SD", "Roosevelt Elementary School District", "RSD 66"],
    "Washington Elementary School District": ["Washington ESD", "WESD", "Washington Elementary"],
    "Glendale Elementary School District": ["Glendale Elementary", "GESD", "Glendale ESD"],
    "Osborn School District": ["Osborn", "Osborn SD", "Osborn Elementary School District"],
    "Balsz Elementary School District": ["Balsz", "Balsz SD", "Balsz School District"],
    "Litchfield Elementary School District": ["Litchfield ESD", "LESD", "Litchfield"],
    "Fowler Elementary School District": ["Fowler ESD", "Fowler", "Fowler School District"],
    "Murphy Elementary School District": ["Murphy ESD", "Murphy School District", "Murphy"],
    "Arizona Department of Education": ["ADE", "AZ Department of Education", "Arizona Dept. of Education"],
    "Maricopa County Education Service Agency": ["MCESA", "Maricopa County"],
    "Arizona Science Center": ["AZ Science Center"],
    "Arizona State University": ["ASU", "Mary Lou Fulton College", "ASU Mary Lou Fulton Teachers College"],
    "Grand Canyon Education": ["GCE", "Grand Canyon Education, Inc."],
    "Teach For America": ["TFA", "Teach For America Phoenix", "Teach For America Arizona"],
    "Phoenix Country Day School": ["PCDS", "Phoenix Country Day"],
    "Saguaro Roots Microschool": ["Saguaro Roots"],
    "Newsela": ["Newsela Inc."],
    "Kiddom": ["Kiddom Inc."],
    "Discovery Education": ["Discovery Ed"],
    "Khan Academy": ["Khan"],
    "Labster": ["Labster ApS"],
    "Savvas Learning Company": ["Savvas", "Savvas Learning Company LLC"],
    "PHYWE Systeme": ["PHYWE", "PHYWE Systeme GmbH & Co. KG", "Phywe"],
    "Science Foundation Arizona": ["SFAz", "Science Foundation AZ"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    names = sorted(p.stem for p in Path(__file__).resolve().parent.glob(f"{SPLIT}ev_*.py"))
    events: list[dict] = []
    for name in names:
        module = importlib.import_module(name)
        events.extend(getattr(module, "EVENTS", []))
    if not events:
        fail("no events found")
    return events


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").lstrip("\n").replace("\n", "\r\n")


def check(event: dict, fname: str, data: bytes) -> None:
    where = f"{fname} ({event['uid']})"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if event["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    if not KEBAB.match(event["kind"]) or not KEBAB.match(event["trap"]):
        fail(f"{where}: kind/trap must be kebab-case")
    if event["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if event["stage"] not in STAGES:
        fail(f"{where}: bad stage {event['stage']!r}")
    unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").lower()
    if event["is_interview"]:
        if not event["company"]:
            fail(f"{where}: interview without company")
        if event["company"] not in FORMS:
            fail(f"{where}: company {event['company']!r} has no FORMS entry")
        people = [p for p in event["interviewers"].split(";") if p] if event["interviewers"] else []
        for person in people:
            if person != person.strip():
                fail(f"{where}: interviewer with stray spaces: {person!r}")
            if "@" in person:
                if person != person.lower() or not EMAIL.match(person):
                    fail(f"{where}: interviewer address must be a lower-case e-mail: {person!r}")
                if person in USER_ADDRESSES:
                    fail(f"{where}: the user is not her own interviewer")
                if person.lower().encode() not in unfolded:
                    fail(f"{where}: interviewer {person} not in the file")
    else:
        if any(event[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{where}: negative with company/role/stage/interviewers")


def replace_split_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        fields = next(csv.reader([line]))
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += newline
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    files: list[tuple[str, bytes, dict]] = []
    for number, index in enumerate(order, start=1):
        event = events[index]
        fname = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        data = crlf(event["ics"]).encode("utf-8")
        check(event, fname, data)
        files.append((fname, data, event))

    companies = sorted({e["company"] for e in events if e["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data, _ in files:
        (EVENTS_DIR / fname).write_bytes(data)

    label_rows = [
        [
            fname,
            e["uid"],
            str(e["is_interview"]),
            e["company"],
            e["role"],
            e["stage"],
            e["interviewers"],
            SPLIT,
            e["trap"],
        ]
        for fname, _, e in sorted(files, key=lambda f: f[0])
    ]
    replace_split_rows(LABELS, LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_split_rows(FORMS_CSV, FORMS_HEADER, FORMS_HEADER.index("split"), form_rows)

    n_int = sum(e["is_interview"] for e in events)
    n_hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
