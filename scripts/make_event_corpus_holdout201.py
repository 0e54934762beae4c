"""Generate the blind calendar-event split holdout201 (Tyler Brooks, SaaS account executive, Denver).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout201.py

Writes tests/corpus/events/holdout201-NNN-<kind>.ics from the hand-written iCalendar text in
scripts/holdout201ev_*.py (after deleting old holdout201-*.ics files) and replaces only the
split=holdout201 rows of tests/corpus/events/labels.csv and company_forms.csv (every other line is kept
byte for byte; files are written to a temp file and renamed).
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

SPLIT = "holdout201"
SEED = 201
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABELS_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"tyler.brooks.sales@gmail.com", "tyler@summitline.io"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Tyler would accept for each interview employer in a draft ("|"-separated).
FORMS = {
    "Alpine Works": "Alpine",
    "Andes Cloud": "",
    "Beacon Fleet": "Beacon",
    "Bluebird Benefits": "Bluebird",
    "Brightwave": "",
    "Cardinal Route": "Cardinal",
    "Copperkey": "",
    "Cumbre Pagos": "Cumbre",
    "Ember Payments": "Ember",
    "Fieldnote": "",
    "Foundry Ridge": "",
    "Glasswing Data": "Glasswing",
    "Halcyon Health": "Halcyon",
    "Harbor Ops": "Harbor",
    "Ironwood Cyber": "Ironwood",
    "Keystone Billing": "Keystone",
    "Kiln Analytics": "Kiln",
    "Lantern Metrics": "Lantern",
    "Ledgerly": "",
    "Lumenpath": "",
    "Meridian Freight": "Meridian",
    "Mosaic Learning": "Mosaic",
    "Nimbus Desk": "Nimbus",
    "Oakmont Insurtech": "Oakmont",
    "Orbitly": "",
    "Outpost Logistics": "Outpost",
    "Overstory": "",
    "Parcelwise": "",
    "Pinecrest Payroll": "Pinecrest",
    "Prairie Labs": "Prairie",
    "Quillstone": "",
    "Quotient": "Quotient AI",
    "Redwood Signal": "Redwood",
    "Ridgeway Legal": "Ridgeway",
    "Saltbox Commerce": "Saltbox",
    "Sol Commerce": "Sol",
    "Sparrowhawk AI": "Sparrowhawk",
    "Stackhouse": "",
    "Tallgrass Software": "Tallgrass",
    "Tidewater Analytics": "Tidewater",
    "Trellis": "Trellis HQ",
    "Vantagepoint": "Vantage Point",
    "Vireo": "Vireo GmbH",
    "Waypoint HR": "Waypoint",
}


def fail(msg):
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events():
    sys.path.insert(0, str(SCRIPTS))
    events = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        module = importlib.import_module(path.stem)
        for ev in getattr(module, "EVENTS", []):
            events.append(dict(ev, module=path.stem))
    if not events:
        fail("no events found")
    return events


def check(ev, name, text):
    is_int, company, role, stage, who, trap = ev["label"]
    where = f"{name} ({ev['module']})"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # any parse error is fatal
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{where}: label UID {ev['uid']!r} not among VEVENT UIDs {sorted(uids)}")
    if not KEBAB.match(ev["kind"]) or ev["kind"].count("-") > 1:
        fail(f"{where}: bad kind {ev['kind']!r}")
    if is_int not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if not KEBAB.match(trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    if is_int == 0:
        if company or role or stage or who:
            fail(f"{where}: a negative must have empty company/role/stage/interviewers")
    else:
        if not company:
            fail(f"{where}: an interview needs a company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: user-as-interviewer trap on an interview")
    lowered = re.sub(r"\r?\n[ \t]", "", text).lower()
    for person in filter(None, who.split(";")):
        if "@" in person:
            if person != person.lower():
                fail(f"{where}: interviewer address {person!r} must be lower case")
            if person in USER_ADDRESSES:
                fail(f"{where}: the user cannot be an interviewer")
            if person not in lowered:
                fail(f"{where}: interviewer {person!r} does not occur in the event")
        elif person.lower() not in lowered:
            fail(f"{where}: interviewer name {person!r} does not occur in the event")


def to_bytes(text):
    body = text.replace("\r\n", "\n")
    if "Microsoft" in body or "Google" in body:
        body = body.replace("\n", "\r\n")
    return body.encode("utf-8")


def split_of(line, column):
    fields = next(csv.reader([line]), [])
    return fields[column] if len(fields) > column else None


def replace_rows(path, header, column, rows):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [ln for ln in lines if split_of(ln.rstrip("\r\n"), column) != SPLIT]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(rows)
    data = "".join(kept) + out.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    companies = set()
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(ev, name, ev["ics"])
        (EVENTS_DIR / name).write_bytes(to_bytes(ev["ics"]))
        is_int, company, role, stage, who, trap = ev["label"]
        if is_int:
            companies.add(company)
        label_rows.append([name, ev["uid"], is_int, company, role, stage, who, SPLIT, trap])
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    replace_rows(LABELS, LABELS_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    interviews = sum(1 for r in label_rows if r[2] == 1)
    hiring = sum(1 for r in label_rows if r[8].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(label_rows)} events, {interviews} interviews, {len(label_rows) - interviews} negatives "
          f"({hiring} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
