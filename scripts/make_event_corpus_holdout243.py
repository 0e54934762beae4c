"""Write the blind calendar-event split holdout243 (Matthias Kern, SAP FI/CO freelancer, Frankfurt).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout243.py

Writes tests/corpus/events/holdout243-NNN-<kind>.ics (deleting only old holdout243-*.ics first)
and replaces only the split=holdout243 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv. The events are hand-written raw iCalendar text kept in
scripts/holdout243ev_*.py.
"""

import csv
import glob
import importlib
import io
import os
import random
import re
import sys
import tempfile

import icalendar

SPLIT = "holdout243"
SEED = 243
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "scripts")
EVENTS_DIR = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(EVENTS_DIR, "labels.csv")
FORMS_CSV = os.path.join(EVENTS_DIR, "company_forms.csv")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
USER_ADDRESSES = {"m.kern@kern-consulting.de", "matthias.kern.ext@rheinmain-energie.de"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Taunus Pharma AG": "Taunus Pharma",
    "Mainufer Versicherung AG": "Mainufer Versicherung|Mainufer",
    "Kessler & Roth Logistik SE": "Kessler & Roth Logistik|Kessler & Roth|K&R Logistik|K&R",
    "Wetterau Energie GmbH": "Wetterau Energie",
    "Brennwald Automotive SE": "Brennwald Automotive|Brennwald",
    "Nordstern Retail GmbH": "Nordstern Retail|Nordstern",
    "Odenwald Papier AG": "Odenwald Papier",
    "FinaServ GmbH": "FinaServ",
    "Vogelsberg Maschinenbau GmbH": "Vogelsberg Maschinenbau|Vogelsberg|VMB",
    "AeroHub Services GmbH": "AeroHub Services|AeroHub",
    "Medivanta Kliniken AG": "Medivanta Kliniken|Medivanta",
    "Bergstraße Bau SE": "Bergstraße Bau|Bergstrasse Bau",
    "Lahntal Stahl GmbH": "Lahntal Stahl",
    "Bankhaus Sternberg & Co. KGaA": "Bankhaus Sternberg|Sternberg",
    "Deutsche Verkehrsleasing AG": "Deutsche Verkehrsleasing|DVL",
    "Feldberg Telekom GmbH": "Feldberg Telekom|Feldberg",
    "Orbis Chemicals Deutschland GmbH": "Orbis Chemicals|Orbis",
    "Stadtwerke Mainspitze GmbH": "Stadtwerke Mainspitze",
    "Kronberg Medtech GmbH": "Kronberg Medtech",
    "Altmann Foods AG": "Altmann Foods|Altmann",
    "Rheinknie Pharma AG": "Rheinknie Pharma|Rheinknie",
    "Limmat Rück AG": "Limmat Rück|Limmat Re|Limmat Reinsurance|Limmat Rueck",
    "Segmenta Retail Group": "Segmenta Retail|Segmenta",
    "Triveon Holding GmbH": "Triveon Holding|Triveon",
    "Leasora GmbH": "Leasora",
    "Rhön Reifen GmbH": "Rhön Reifen|Rhoen Reifen",
    "Carvalis Consulting GmbH": "Carvalis Consulting|Carvalis",
    "Brightline Advisory GmbH": "Brightline Advisory|Brightline",
    "Nexpera GmbH": "Nexpera",
    "Adler Schaub Partner mbB": "Adler Schaub Partner|Adler Schaub",
    "Quantivo Technologies GmbH": "Quantivo Technologies|Quantivo",
    "Mainlicht Medien GmbH": "Mainlicht Medien|Mainlicht",
    "Kinzig Kunststofftechnik GmbH": "Kinzig Kunststofftechnik|Kinzig|KKT",
    "Gutenberg Versand GmbH": "Gutenberg Versand|Gutenberg",
    "Hochtaunus Immobilien AG": "Hochtaunus Immobilien",
    "Vantara Energy Trading GmbH": "Vantara Energy Trading|Vantara Energy|Vantara",
    "Iberatlántica Energía S.A.": "Iberatlántica Energía|Iberatlántica|Iberatlantica",
    "Grupo Alcántara Alimentación S.A.": "Grupo Alcántara|Alcántara|Alcantara",
    "Banque Moselle Luxembourg S.A.": "Banque Moselle Luxembourg|Banque Moselle|BML",
    "Groupe Valmonde SA": "Groupe Valmonde|Valmonde",
    "BKK Mainlinie": "Mainlinie",
    "Versorgungskasse Hessen": "VK Hessen",
    "Obermain Textil GmbH": "Obermain Textil|Obermain",
    "Sieger Armaturen GmbH": "Sieger Armaturen|Sieger",
}


def fail(msg):
    sys.exit(f"make_event_corpus_holdout243: {msg}")


def load_events():
    sys.path.insert(0, SCRIPTS)
    from holdout243ev_zones import ZONES

    events = []
    for path in sorted(glob.glob(os.path.join(SCRIPTS, "holdout243ev_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mod = importlib.import_module(name)
        for ev in getattr(mod, "EVENTS", []):
            events.append((name, ev))
    out = []
    for name, ev in events:
        text = ev["ics"].strip("\n")

        def zone(m, name=name):
            if m.group(1) not in ZONES:
                fail(f"{name}: unknown zone {m.group(1)}")
            return ZONES[m.group(1)]

        text = re.sub(r"^@@VTZ ([a-z-]+)@@$", zone, text, flags=re.M)
        eol = ev.get("eol", "\r\n")
        ev = dict(ev, text=eol.join(text.split("\n")) + eol, module=name)
        out.append(ev)
    return out


def check(ev, fname):
    where = f"{ev['module']} {ev['uid']} ({fname})"
    try:
        cal = icalendar.Calendar.from_ical(ev["text"].encode("utf-8"))
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if uids != {ev["uid"]}:
        fail(f"{where}: label UID {ev['uid']!r} but file has {sorted(uids)}")
    for c in cal.walk("VEVENT"):
        if c.get("DTSTART") is None:
            fail(f"{where}: VEVENT without DTSTART")
        c.decoded("DTSTART")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind/trap not kebab-case")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    hiring = ev.get("hiring", False)
    if hiring != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{where}: hiring flag and trap prefix disagree")
    if hiring and ev["is_interview"]:
        fail(f"{where}: hiring-side event labelled as interview")
    low = re.sub(r"\r?\n[ \t]", "", ev["text"]).lower()
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} lacks a FORMS entry")
        for person in filter(None, ev["interviewers"].split(";")):
            if "@" in person:
                if person != person.lower():
                    fail(f"{where}: interviewer e-mail not lower case: {person}")
                if person in USER_ADDRESSES:
                    fail(f"{where}: the user listed as interviewer")
            if person.lower() not in low:
                fail(f"{where}: interviewer {person!r} not found in the event text")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
        fail(f"{where}: negative with company/role/stage/interviewers")


def replace_rows(path, header, rows, split_col):
    with open(path, encoding="utf-8", newline="") as fh:
        data = fh.read()
    lines = data.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0] != header:
        fail(f"{path}: unexpected header")
    kept = []
    for line in lines:
        try:
            parsed = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            parsed = []
        if len(parsed) > split_col and parsed[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
    new = "\n".join(kept) + "\n" + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-holdout243-")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(new)
    os.replace(tmp, path)


def main():
    events = load_events()
    seen = set()
    for ev in events:
        if ev["uid"] in seen:
            fail(f"duplicate UID {ev['uid']}")
        seen.add(ev["uid"])
    random.Random(SEED).shuffle(events)
    names = []
    for i, ev in enumerate(events, 1):
        fname = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        check(ev, fname)
        names.append(fname)
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")

    for old in glob.glob(os.path.join(EVENTS_DIR, f"{SPLIT}-*.ics")):
        os.remove(old)
    for fname, ev in zip(names, events, strict=True):
        with open(os.path.join(EVENTS_DIR, fname), "w", encoding="utf-8", newline="") as fh:
            fh.write(ev["text"])

    label_rows = [
        [fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
         ev["interviewers"], SPLIT, ev["trap"]]
        for fname, ev in zip(names, events, strict=True)
    ]
    replace_rows(LABELS, "file,uid,is_interview,company,role,stage,interviewers,split,trap",
                 label_rows, 7)
    replace_rows(FORMS_CSV, "split,company,forms",
                 [[SPLIT, c, FORMS[c]] for c in companies], 0)

    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(f"holdout243: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
