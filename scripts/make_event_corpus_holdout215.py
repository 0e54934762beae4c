"""Write the blind calendar-event split holdout215 (one job seeker's calendar, hand-written iCalendar text).

Run from the repository root:  python scripts/make_event_corpus_holdout215.py

Writes tests/corpus/events/holdout215-NNN-<kind>.ics (old holdout215-*.ics files are deleted first) and replaces
only the split=holdout215 rows of tests/corpus/events/labels.csv and company_forms.csv; every other line is kept
byte for byte.
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

SPLIT = "holdout215"
SEED = 215215
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"niamh.gallagher.fly@gmail.com", "niamh.gallagher@emeraldskylink.ie"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Aer Lingus": ["Aer Lingus Group", "EI"],
    "Emirates": ["Emirates Airline", "Emirates Group", "EK"],
    "Qatar Airways": ["Qatar Airways Group", "QR", "Qatar"],
    "Etihad Airways": ["Etihad", "EY"],
    "Virgin Atlantic": ["Virgin Atlantic Airways", "Virgin", "VS"],
    "British Airways": ["BA", "British Airways plc"],
    "Cathay Pacific": ["Cathay Pacific Airways", "Cathay", "CX"],
    "flydubai": ["fly dubai", "FZ"],
    "daa": ["Dublin Airport", "daa plc", "Dublin Airport Authority", "DAA"],
    "ASL Airlines Ireland": ["ASL Airlines", "ASL"],
    "Norse Atlantic Airways": ["Norse Atlantic", "Norse", "Norse Atlantic UK"],
    "CityJet": ["CityJet DAC", "Cityjet"],
    "Gulf Air": ["Gulf Air Group", "GF"],
    "Qantas": ["Qantas Airways", "QF"],
    "Riyadh Air": ["RX"],
    "Qatar Executive": ["QE", "Qatar Airways Executive"],
    "Ryanair": ["Ryanair DAC", "Ryanair Group", "FR"],
    "TUI Airways": ["TUI", "TUI UK"],
    "Titan Airways": ["Titan"],
    "easyJet": ["easyJet UK", "easyJet Airline Company", "easy Jet"],
    "VistaJet": ["Vista Jet", "Vista Global"],
    "CAE": ["CAE Inc.", "CAE Gatwick", "CAE London Gatwick"],
    "Aviation Skills Ireland": ["ASI"],
    "Shannon Crew Academy": ["SCA", "Shannon Crew Academy Ltd"],
    "Air India": ["AI"],
    "Qatar Amiri Flight": ["QAF", "Amiri Flight"],
    "Oman Air": ["WY"],
    "Luxaviation": ["Luxaviation Group", "Luxaviation UK"],
    "Jet Aviation": ["Jet Aviation AG", "Jet Aviation Dubai"],
    "Emirates Aviation University": ["EAU", "Emirates Aviation College"],
    "Saudia": ["Saudi Arabian Airlines", "Saudia Airlines", "SV"],
    "Air Arabia": ["G9"],
    "Flexjet": ["Flexjet UK", "Flexjet Ltd"],
    "Royal Jet": ["RoyalJet"],
    "Hi Fly": ["Hi Fly Malta", "HiFly"],
    "Gama Aviation": ["Gama Aviation plc", "Gama"],
    "TAG Aviation": ["TAG Aviation UK", "TAG Farnborough"],
    "Wizz Air Abu Dhabi": ["Wizz Air", "Wizz"],
    "Comlux": ["Comlux Aviation", "Comlux The Luxury Airline"],
    "DC Aviation Al-Futtaim": ["DC Aviation", "DCAF", "DC Aviation Al Futtaim"],
}


def fail(msg):
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events():
    sys.path.insert(0, str(SCRIPTS))
    events = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        mod = importlib.import_module(path.stem)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def check(ev, name, text):
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label uid {ev['uid']!r} not among {sorted(uids)}")
    for c in cal.walk("VEVENT"):
        if c.get("DTSTART") is None or c.get("DTSTAMP") is None:
            fail(f"{name}: VEVENT without DTSTART/DTSTAMP")
    kind = ev["kind"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", kind):
        fail(f"{name}: bad kind {kind!r}")
    trap = ev["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: bad trap {trap!r}")
    if ev["is_interview"] == 1:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} lacks a FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{name}: bad stage {ev['stage']!r}")
        unfolded = text.lower().replace("\r\n ", "").replace("\n ", "")
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{name}: interviewer with spaces {who!r}")
            if "@" in who and (who != who.lower() or who in USER_ADDRESSES or who not in unfolded):
                fail(f"{name}: interviewer {who!r} not a lower-case address in the event")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: interview labelled with a hiring-side trap")
    elif ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
    else:
        fail(f"{name}: is_interview must be 0 or 1")


def replace_rows(path, header, split_index, new_rows):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) != len(header):
            fail(f"{path.name}: a row does not have {len(header)} fields (multi-line row?)")
        if row[split_index] != SPLIT:
            kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main():
    events = load_events()
    if not events:
        fail("no events")
    random.Random(SEED).shuffle(events)
    width = 3
    staged = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:0{width}d}-{ev['kind']}.ics"
        text = ev["ics"]
        if not text.startswith("BEGIN:VCALENDAR"):
            fail(f"{name}: does not start with BEGIN:VCALENDAR")
        text = text if ev["lf"] else text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, name, text)
        staged.append((name, text, ev))
    if "--check" in sys.argv[1:]:
        print(f"{SPLIT}: {len(staged)} events parse and label cleanly (nothing written)")
        return

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, text, _ in staged:
        with open(EVENTS_DIR / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    label_rows = [
        [name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"], ev["interviewers"], SPLIT,
         ev["trap"]]
        for name, _, ev in staged
    ]
    companies = sorted({ev["company"] for _, _, ev in staged if ev["is_interview"] == 1})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)

    n_int = sum(1 for _, _, ev in staged if ev["is_interview"] == 1)
    n_hire = sum(1 for _, _, ev in staged if ev["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(staged)} events, {n_int} interviews, {len(staged) - n_int} negatives "
          f"({n_hire} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
