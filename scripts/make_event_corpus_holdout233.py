"""Write the blind calendar-event split holdout233 (Youssef El Amrani, supply-chain engineer, Tangier).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout233.py

Writes tests/corpus/events/holdout233-NNN-<kind>.ics (old holdout233-*.ics are deleted first) and replaces only
the split=holdout233 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping every other line
byte for byte. The events are hand-written raw iCalendar text in scripts/holdout233ev_*.py.
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout233ev_a
import holdout233ev_b
import holdout233ev_c
import holdout233ev_c2
import holdout233ev_d
import holdout233ev_d2
import holdout233ev_e
import holdout233ev_e2
import holdout233ev_f
import holdout233ev_g

SPLIT = "holdout233"
SEED = 233233
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"youssef.elamrani.scm@gmail.com", "y.elamrani@cablages-detroit.ma"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$", re.I)

# Other names Youssef would accept for the same employer in a draft.
FORMS = {
    "Renault Group": ["Renault", "Groupe Renault", "Renault Tanger", "Renault Maroc"],
    "Stellantis": ["Stellantis Kenitra", "Stellantis Maroc"],
    "Lear Corporation": ["Lear", "Lear Corp", "Lear Kenitra"],
    "Yazaki": ["Yazaki Morocco", "Yazaki Maroc"],
    "Bahía Logística": ["Marítima Bahía Logística", "Marítima Bahía Logística S.L.", "Bahia Logistica"],
    "GEODIS": ["Geodis", "GEODIS Contract Logistics"],
    "Marjane": ["Marjane Group", "Marjane Holding"],
    "Aptiv": ["Aptiv Tangier", "Aptiv Tanger"],
    "Siemens Gamesa": ["Siemens Gamesa Renewable Energy", "SGRE"],
    "Decathlon": ["Decathlon Maroc"],
    "Dräxlmaier": ["Draexlmaier", "DRÄXLMAIER Group", "DRX"],
    "Sumitomo Wiring Systems": ["SEWS", "SEWS Maroc", "Sumitomo"],
    "Leoni": ["LEONI", "LEONI Wiring Systems"],
    "Forvia": ["FORVIA", "Faurecia"],
    "Kromberg & Schubert": ["K&S", "Kromberg & Schubert Morocco", "Kromberg and Schubert"],
    "Delfingen": ["Delfingen Morocco", "DELFINGEN"],
    "Hutchinson": ["Hutchinson Tanger"],
    "Maersk": ["A.P. Moller - Maersk", "Maersk Tanger"],
    "DHL Supply Chain": ["DHL", "DHL Supply Chain Maroc"],
    "Kuehne+Nagel": ["Kuehne + Nagel", "Kühne+Nagel", "K+N"],
    "Lesieur Cristal": ["Lesieur"],
    "Centrale Danone": ["Danone"],
    "OCP Group": ["OCP", "Groupe OCP"],
    "Sla7 Logistics": ["Sla7"],
    "Tawsil Freight": ["Tawsil"],
    "Souqly": [],
    "Gestamp": ["Gestamp Navarra"],
    "Grupo Antolin": ["Antolin", "Grupo Antolín"],
    "Ficosa": ["Ficosa International"],
    "Flexport": [],
    "Valeo": ["Valeo Tanger"],
    "Nexans Maroc": ["Nexans"],
    "Kaizen Partners Maroc": ["Kaizen Partners"],
    "Freightlane": [],
    "Menara Préfa": ["Menara Prefa"],
    "Logifrio": [],
    "Saint-Gobain": ["Saint-Gobain Sekurit", "Sekurit", "Saint-Gobain Sekurit Maroc"],
    "Adient": ["Adient Kenitra"],
    "Coficab": ["COFICAB", "Coficab Kenitra"],
    "CMA CGM": ["CMA-CGM", "CMA CGM Group"],
    "Tanger Med Port Authority": ["TMPA", "Tanger Med"],
    "Label'Vie": ["Label Vie", "LabelVie", "Carrefour Maroc"],
    "Polydesign Systems": ["Polydesign"],
    "TFZ Logistics Services": ["TFZ Logistics"],
}


DATA_MODULES = (holdout233ev_a, holdout233ev_b, holdout233ev_c, holdout233ev_c2, holdout233ev_d,
                holdout233ev_d2, holdout233ev_e, holdout233ev_e2, holdout233ev_f, holdout233ev_g)
HIRING_SIDE_MODULES = (holdout233ev_e, holdout233ev_e2)


def fail(msg):
    sys.exit(f"make_event_corpus_holdout233: {msg}")


def all_events():
    events = []
    for mod in DATA_MODULES:
        events.extend(mod.EVENTS)
    return events


def check(ev, raw):
    kind, uid = ev["kind"], ev["uid"]
    interview, company, role, stage, interviewers, trap = ev["label"]
    where = f"event {kind!r} ({uid})"
    if not KEBAB.match(kind):
        fail(f"{where}: kind is not kebab-case")
    if not KEBAB.match(trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    if interview not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if uid not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"{where}: VEVENT lacks {prop}")
        c.decoded("DTSTART")
    unfolded = raw.replace("\r\n ", "").replace("\n ", "").lower()
    if interview:
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        for person in filter(None, interviewers.split(";")):
            if person.lower() in USER_ADDRESSES:
                fail(f"{where}: the user is listed as interviewer")
            if EMAIL.match(person) and person != person.lower():
                fail(f"{where}: interviewer e-mail {person!r} not lower case")
            if person.lower() not in unfolded:
                fail(f"{where}: interviewer {person!r} not found in the event")
            if "noreply" in person or "no-reply" in person:
                fail(f"{where}: no-reply address as interviewer")
    else:
        if company or role or stage or interviewers:
            fail(f"{where}: a negative must have empty company/role/stage/interviewers")
    hiring_side = any(ev is e for mod in HIRING_SIDE_MODULES for e in mod.EVENTS)
    if hiring_side != trap.startswith("user-as-interviewer-"):
        fail(f"{where}: hiring-side events (parts E, E2) and only they take a user-as-interviewer- trap")


def csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path, split_col, new_lines):
    text = path.read_bytes().decode("utf-8")
    lines = text.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty (header expected)")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = "".join(kept) + "".join(new_lines)
    tmp = path.with_name(path.name + ".tmp233")
    tmp.write_bytes(out.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = all_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_lines, companies, hiring = [], [], 0
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        raw = ev["ics"]
        if ev.get("eol", "crlf") == "crlf":
            raw = raw.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, raw)
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(raw.encode("utf-8"))
        interview, company, role, stage, interviewers, trap = ev["label"]
        label_lines.append(csv_line([name, ev["uid"], interview, company, role, stage, interviewers, SPLIT, trap]))
        if interview and company not in companies:
            companies.append(company)
        if trap.startswith("user-as-interviewer-"):
            hiring += 1

    form_lines = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in sorted(companies)]
    replace_rows(LABELS, 7, label_lines)
    replace_rows(FORMS_CSV, 0, form_lines)

    n_int = sum(1 for e in events if e["label"][0] == 1)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({hiring} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
