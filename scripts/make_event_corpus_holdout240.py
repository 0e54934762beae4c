"""Write the blind calendar-event split holdout240 (user: Thabo Nkosi, CA(SA), Johannesburg).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout240.py

Writes tests/corpus/events/holdout240-NNN-<kind>.ics (deleting only old holdout240-*.ics files first) and
replaces only the split=holdout240 rows of tests/corpus/events/labels.csv and company_forms.csv.
The events themselves live, as raw iCalendar text, in scripts/holdout240ev_*.py.
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

SPLIT = "holdout240"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names Thabo would accept for each interview employer in a draft.
FORMS = {
    "KPMG": "KPMG UK|KPMG LLP",
    "Marrick Resources": "Marrick Resources Limited|Marrick|MRK",
    "Auckland Council": "Te Kaunihera o Tāmaki Makaurau",
    "Karoo Fresh Retail": "Karoo Fresh Retail Holdings Ltd|Karoo Fresh|KFR",
    "Witsrand Gold": "Witsrand Gold Limited|Witsrand",
    "Stitchline Payments": "Stitchline|Stitchline Payments (Pty) Ltd",
    "Fynbos Health": "Fynbos Health (Pty) Ltd|Fynbos",
    "Kestrel Logistics": "Kestrel Logistics (Pty) Ltd|Kestrel",
    "Benguela Life": "Benguela Life Assurance|Benguela Life Assurance Ltd|Benguela",
    "Protea Hospitality Group": "Protea Hospitality|PHG",
    "LichtBlick Solar": "LichtBlick Solar GmbH|LichtBlick Solar South Africa|LichtBlick",
    "Nordvik Renewables": "Nordvik Renewables AB|Nordvik",
    "Ubuntu Agri Holdings": "Ubuntu Agri|Ubuntu Agri Holdings Ltd",
    "Halvorsen Industrial": "Halvorsen Industrial South Africa (Pty) Ltd|Halvorsen Industrial SA|Halvorsen",
    "Thames Ledger": "Thames Ledger Ltd",
    "Cloudpath": "Cloudpath Software|Cloudpath Software (Pty) Ltd",
    "Bhekisisa Solar": "Bhekisisa Solar (Pty) Ltd|Bhekisisa",
    "Amandla Capital Partners": "Amandla Capital|ACP",
    "Nel & Mahlangu": "Nel & Mahlangu Inc.|Nel and Mahlangu|Nel & Mahlangu Chartered Accountants",
    "Groupe Vauclair": "Vauclair|Vauclair Southern Africa|Vauclair SA",
    "Océan Indien Capital": "Ocean Indien Capital|OIC|Océan Indien Capital Ltd",
    "Minera Andes Servicios": "Minera Andes|Minera Andes Servicios S.A.|MAS",
    "Hessler Automotive": "Hessler Automotive South Africa|Hessler Automotive GmbH|Hessler",
    "Boland Wynkelders": "Boland Wynkelders (Edms) Bpk|Boland Cellars|Boland",
    "Masakhane Facilities": "Masakhane|Masakhane Facilities Management",
    "Vuka Cement": "Vuka|Vuka Cement Ltd",
    "Gauteng Bulk Water Board": "GBWB|Gauteng Bulk Water",
    "De Waal Fruit Exporters": "De Waal Fruit|De Waal",
    "Mogale Platinum": "Mogale Platinum Mines|Mogale Platinum Ltd|Mogale",
    "Ridgeback Bank": "Ridgeback|Ridgeback Bank Limited",
    "Highlands Insurance": "Highlands|Highlands Insurance Group",
    "Bushveld Leisure Resorts": "Bushveld Leisure|BLR",
    "Mopani Chrome": "Mopani Chrome (Pty) Ltd|Mopani",
    "Tshwane Power Utility": "TPU|Tshwane Power",
    "Kalahari Drilling Contractors": "Kalahari Drilling|KDC",
    "Lulaway Payroll": "Lulaway|Lulaway Payroll Services",
    "Atlantic Seaboard Properties": "Atlantic Seaboard Properties REIT|Atlantic Seaboard|ASP",
    "Sable Hill Group": "Sable Hill",
    "Mzansi Generics": "Mzansi Generics (Pty) Ltd|Mzansi",
    "Jozi Motor Group": "Jozi Motor|JMG",
    "Phakama Engineering": "Phakama|Phakama Engineering (Pty) Ltd",
    "Umoya Wind": "Umoya Wind Farms|Umoya Wind Energy|Umoya",
    "Siyakhula Schools Trust": "Siyakhula|Siyakhula Trust",
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    tz = importlib.import_module("holdout240ev_tz").TZ
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout240ev_*.py")):
        mod = importlib.import_module(path.stem)
        for ev in getattr(mod, "EVENTS", []):
            ev = dict(ev)
            ev["_module"] = path.stem
            text = ev["ics"].strip("\n")
            text = re.sub(r"^@@(\w+)@@$", lambda m: tz[m.group(1)], text, flags=re.M)
            eol = ev.get("eol", "\r\n")
            ev["_bytes"] = (eol.join(text.split("\n")) + eol).encode("utf-8")
            events.append(ev)
    return events


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def check(ev: dict) -> None:
    where = f"{ev['_module']} {ev['kind']} {ev['uid']}"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", ev["kind"]):
        fail(f"bad kind: {where}")
    try:
        cal = icalendar.Calendar.from_ical(ev["_bytes"])
    except Exception as exc:
        fail(f"does not parse ({exc}): {where}")
    for comp in cal.walk():
        if getattr(comp, "errors", None):
            fail(f"parse errors {comp.errors}: {where}")
    for key in ("PRODID", "VERSION"):
        if key not in cal:
            fail(f"no {key}: {where}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"no VEVENT: {where}")
    if ev["uid"] not in uids:
        fail(f"label UID not in file (file has {sorted(uids)}): {where}")
    for c in cal.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in c:
                fail(f"VEVENT without {key}: {where}")
    y = ev["y"]
    if y not in (0, 1):
        fail(f"is_interview must be 0/1: {where}")
    if ev["stage"] not in STAGES:
        fail(f"bad stage {ev['stage']!r}: {where}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"trap not kebab-case: {where}")
    if y == 1:
        if not ev["company"]:
            fail(f"interview without company: {where}")
        if ev["company"] not in FORMS:
            fail(f"company {ev['company']!r} has no FORMS entry: {where}")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"interview with a hiring-side trap: {where}")
        for who in filter(None, ev["who"].split(";")):
            if who.lower().startswith("thabo.nkosi") or who != who.strip():
                fail(f"bad interviewer {who!r}: {where}")
            if "@" in who and who != who.lower():
                fail(f"interviewer e-mail not lower case {who!r}: {where}")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"negative with company/role/stage/interviewers: {where}")
        if ev.get("hiring") and not ev["trap"].startswith("user-as-interviewer-"):
            fail(f"hiring-side event without user-as-interviewer- trap: {where}")
        if ev["trap"].startswith("user-as-interviewer-") and not ev.get("hiring"):
            fail(f"user-as-interviewer- trap not marked hiring: {where}")


def split_records(data: bytes) -> list[bytes]:
    """Split CSV bytes into records (each with its line ending), keeping quoted newlines inside a record."""
    records, cur = [], b""
    for line in data.splitlines(keepends=True):
        cur += line
        if cur.count(b'"') % 2 == 0:
            records.append(cur)
            cur = b""
    if cur:
        records.append(cur)
    return records


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    data = path.read_bytes()
    records = split_records(data)
    if not records:
        fail(f"{path} is empty")
    kept = [records[0]]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec.decode("utf-8"))), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(rec)
    eol = b"\r\n" if records[0].endswith(b"\r\n") else b"\n"
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol.decode()).writerows(rows)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    for ev in events:
        check(ev)
    seen = set()
    for ev in events:
        key = (ev["uid"], ev["_bytes"])
        if key in seen:
            fail(f"duplicate event {ev['uid']}")
        seen.add(key)
    random.Random(240).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows, companies = [], {}
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(ev["_bytes"])
        label_rows.append([name, ev["uid"], str(ev["y"]), ev["company"], ev["role"], ev["stage"], ev["who"],
                           SPLIT, ev["trap"]])
        if ev["y"] == 1:
            companies[ev["company"]] = FORMS[ev["company"]]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, companies[c]] for c in sorted(companies)])

    pos = sum(ev["y"] for ev in events)
    hiring = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
