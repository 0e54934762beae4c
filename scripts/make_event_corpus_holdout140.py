"""Generate the blind calendar-event split holdout140 (Mikkel Sørensen, wind service lead, Esbjerg).

Writes tests/corpus/events/holdout140-NNN-<kind>.ics from the hand-written iCalendar text in
scripts/holdout140ev_*.py and replaces only the split=holdout140 rows of labels.csv and
company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout140.py
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

SPLIT = "holdout140"
SEED = 140_2025
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
USER_ADDRS = {"mikkel.sorensen@mail.dk", "m.sorensen@vestkyst-vindservice.dk"}

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "Vestas": ["Vestas Wind Systems", "Vestas Wind Systems A/S"],
    "Ørsted": ["Orsted", "Ørsted A/S", "Orsted A/S"],
    "Siemens Gamesa": ["Siemens Gamesa Renewable Energy", "SGRE", "Siemens Gamesa Renewable Energy A/S"],
    "Cadeler": ["Cadeler A/S"],
    "Global Wind Service": ["GWS", "Global Wind Service A/S"],
    "ESVAGT": ["Esvagt", "ESVAGT A/S"],
    "Semco Maritime": ["Semco", "Semco Maritime A/S"],
    "Energinet": ["Energinet.dk"],
    "Blue Water Shipping": ["Blue Water", "Blue Water Shipping A/S"],
    "Bladt Industries": ["Bladt", "Bladt Industries A/S"],
    "Njord Vindteknik": ["Njord", "Njord Vindteknik ApS"],
    "European Energy": ["European Energy A/S", "EE"],
    "Eurowind Energy": ["Eurowind", "Eurowind Energy A/S"],
    "KK Wind Solutions": ["KK Wind", "KK Wind Solutions A/S", "KK"],
    "Falck Safety Services": ["Falck", "Falck Safety", "FSS"],
    "Liftra": ["Liftra ApS"],
    "Maersk Supply Service": ["Maersk", "MSS", "Maersk Supply Service A/S"],
    "Welcon": ["Welcon A/S"],
    "Ramboll": ["Rambøll", "Ramboll Danmark", "Ramboll Group"],
    "Total Wind Group": ["Total Wind", "Total Wind Group A/S"],
    "DEIF": ["DEIF A/S", "Deif"],
    "Rope Robotics": ["Rope Robotics ApS"],
    "Vattenfall": ["Vattenfall Europe Windkraft", "Vattenfall Wind", "Vattenfall Europe Windkraft GmbH"],
    "Deutsche Windtechnik": ["DWT", "Deutsche Windtechnik AG", "Deutsche Windtechnik Offshore und Consulting GmbH"],
    "Nordex": ["Nordex Group", "Nordex Energy", "Nordex SE", "Nordex Energy SE & Co. KG"],
    "Enercon": ["ENERCON", "Enercon GmbH", "ENERCON GmbH"],
    "wpd": ["wpd windmanager", "wpd AG", "wpd windmanager GmbH & Co. KG"],
    "Boreas Windservice": ["Boreas", "Boreas Windservice GmbH"],
    "RWE": ["RWE Renewables", "RWE Offshore Wind", "RWE AG"],
    "EnBW": ["EnBW Energie Baden-Württemberg", "EnBW Energie Baden-Wuerttemberg AG"],
    "Energiekontor": ["Energiekontor AG"],
    "Muehlhan Wind Service": ["Muehlhan", "Mühlhan", "Muehlhan Wind Service GmbH"],
    "DNV": ["DNV AS", "DNV Energy Systems"],
    "GE Vernova": ["GE", "GE Renewable Energy", "GE Vernova Wind"],
    "Eneco": ["Eneco Wind", "Eneco Group"],
    "Van Oord": ["Van Oord Offshore Wind", "Van Oord Marine Contractors"],
    "Boskalis": ["Royal Boskalis", "Boskalis Offshore", "Koninklijke Boskalis"],
    "TenneT": ["Tennet", "TenneT TSO", "TenneT Offshore"],
    "Windcat Workboats": ["Windcat", "Windcat Workboats B.V."],
    "Nearshore Service Partners": ["Nearshore", "NSP", "Nearshore Service Partners B.V."],
    "SSE Renewables": ["SSE", "SSE plc"],
    "Norvento": ["Norvento Enerxía", "Norvento Enerxia", "Grupo Norvento"],
    "Eolmer Turbines": ["Eolmer", "Eolmer Turbines SAS"],
}


def load_events():
    sys.path.insert(0, str(HERE))
    events = []
    for path in sorted(HERE.glob("holdout140ev_*.py")):
        mod = importlib.import_module(path.stem)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def fail(msg):
    raise SystemExit(f"holdout140: BAD LABEL: {msg}")


def check(ev, name):
    cal = icalendar.Calendar.from_ical(ev["ics"])
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: uid {ev['uid']!r} not in file ({sorted(uids)})")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{name}: kind {ev['kind']!r}")
    if not TRAP_RE.match(ev["trap"]):
        fail(f"{name}: trap {ev['trap']!r}")
    if ev["stage"] not in STAGES:
        fail(f"{name}: stage {ev['stage']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["hiring"] or ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview marked as hiring side")
        for who in filter(None, ev["interviewers"].split(";")):
            if who.lower() in USER_ADDRS:
                fail(f"{name}: the user as interviewer")
            if "@" in who and who != who.lower():
                fail(f"{name}: interviewer e-mail not lower case: {who}")
            if "@" in who and who not in re.sub(r"\r?\n[ \t]", "", ev["ics"]).lower():
                fail(f"{name}: interviewer {who} not in the file")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
        if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: hiring side {ev['hiring']} but trap {ev['trap']!r}")


def write_atomic(path, data):
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path, split_col, rows):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} has no header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    write_atomic(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main():
    events = load_events()
    uids_seen = {}
    for ev in events:
        key = (ev["uid"], ev["kind"])
        if key in uids_seen:
            fail(f"duplicate event {key}")
        uids_seen[key] = True
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    files = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        check(ev, name)
        text = ev["ics"].replace("\r\n", "\n")
        if ev["eol"] != "\n":
            text = text.replace("\n", ev["eol"])
        files.append((name, ev, text.encode("utf-8")))

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for name, ev, data in files:
        (OUT / name).write_bytes(data)
        label_rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        fail(f"companies without FORMS entry: {missing}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)

    n = len(events)
    p = sum(ev["is_interview"] for ev in events)
    u = sum(1 for ev in events if ev["hiring"])
    print(f"holdout140: {n} events, {p} interviews, {n - p} negatives, {u} with the user on the hiring side, "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
