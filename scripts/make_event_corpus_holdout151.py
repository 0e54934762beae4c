"""Write the blind calendar-event split holdout151 (one job seeker's calendar, hand-written iCalendar).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout151.py

Deletes only tests/corpus/events/holdout151-*.ics, writes the new files, and replaces only the
split=holdout151 rows of tests/corpus/events/labels.csv and company_forms.csv (other lines kept byte for byte).
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

SPLIT = "holdout151"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout151ev_a",
    "holdout151ev_b",
    "holdout151ev_c",
    "holdout151ev_d",
    "holdout151ev_e",
    "holdout151ev_f",
    "holdout151ev_g",
    "holdout151ev_h",
    "holdout151ev_i",
    "holdout151ev_j",
    "holdout151ev_k",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
USER_ADDRESSES = {"sam.mensah.ce@btinternet.com", "samuel.mensah@kingsbridge-civils.co.uk"}

# Other names Samuel would accept for each employer in a draft thank-you note.
FORMS = {
    "Network Rail": "NR|Network Rail Infrastructure Ltd|Network Rail Infrastructure Limited",
    "Royal Borough of Greenwich": "Greenwich Council|RBG|Royal Greenwich",
    "Thames Water": "Thames Water Utilities|Thames Water Utilities Ltd",
    "Emaar Properties": "Emaar|Emaar Properties PJSC",
    "VINCI Construction Grands Projets": "VINCI|Vinci Construction|VCGP|VINCI Construction",
    "Nordhafen Ingenieure GmbH": "Nordhafen Ingenieure|Nordhafen",
    "Ferrovial": "Ferrovial Construction|Ferrovial Construcción|Ferrovial S.A.",
    "Balfour Beatty": "Balfour Beatty plc|BB|Balfour",
    "Costain": "Costain Group|Costain Ltd",
    "Mott MacDonald": "Mott Mac|MM|Mott MacDonald Ltd",
    "AECOM": "Aecom",
    "Arcadis": "Arcadis UK|Arcadis Consulting (UK) Ltd",
    "WSP": "WSP UK|WSP in the UK",
    "AtkinsRéalis": "Atkins|AtkinsRealis|Atkins Réalis",
    "Jacobs": "Jacobs Engineering|Jacobs UK",
    "Hollis & Pryce Civils": "Hollis & Pryce|Hollis and Pryce|Hollis & Pryce Civils Ltd|H&P Civils",
    "Murphy": "J. Murphy & Sons|J Murphy & Sons|Murphy Group",
    "Kier": "Kier Group|Kier Highways|Kier Transportation",
    "Galliford Try": "Galliford Try Highways|GT|Galliford",
    "Morgan Sindall Infrastructure": "Morgan Sindall|MSI",
    "Skanska": "Skanska UK|Skanska UK plc",
    "BAM Nuttall": "BAM|Nuttall|BAM Nuttall Ltd",
    "Tarmac": "Tarmac Trading|Tarmac Trading Ltd",
    "FM Conway": "Conway|F M Conway|FM Conway Ltd",
    "Colas": "Colas UK|Colas Ltd",
    "Amey": "Amey plc|Amey Consulting",
    "National Highways": "NH|Highways England",
    "Transport for London": "TfL",
    "HS2 Ltd": "HS2|High Speed Two|High Speed Two (HS2) Limited",
    "Tideway": "Bazalgette Tunnel Limited|Thames Tideway Tunnel",
    "Sir Robert McAlpine": "McAlpine|SRM|Robert McAlpine",
    "Laing O'Rourke": "Laing ORourke|LOR|Laing O’Rourke",
    "VolkerFitzpatrick": "Volker|VolkerWessels UK|Volker Fitzpatrick",
    "Stantec": "Stantec UK",
    "Ramboll": "Ramboll UK|Rambøll",
    "Arup": "Ove Arup & Partners|Arup Group",
    "Turner & Townsend": "T&T|Turner and Townsend",
    "Mace": "Mace Group|Mace Consult",
    "Kerbside Analytics": "Kerbside",
    "Surrey County Council": "Surrey CC|SCC|Surrey",
    "Egis": "Egis Group|Egis Rail|Egis UK",
    "Nakheel": "Nakheel PJSC",
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(ROOT / "scripts"))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict, text: str) -> None:
    where = f"{ev['kind']} ({ev['uid']})"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    for comp in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{where}: VEVENT lacks {prop}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{where}: kind not kebab-case")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{where}: trap not kebab-case: {ev['trap']!r}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: interview with a hiring-side trap")
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{where}: interviewer with spaces around {who!r}")
            if "@" in who and who != who.lower():
                fail(f"{where}: interviewer e-mail not lower case {who!r}")
            if who.lower() in USER_ADDRESSES:
                fail(f"{where}: the user listed as interviewer")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
        fail(f"{where}: negative with company/role/stage/interviewers")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> None:
    events = load_events()
    random.Random(151151).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    seen_files: set[str] = set()
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        if name in seen_files:
            fail(f"duplicate file name {name}")
        seen_files.add(name)
        lines = ev["ics"].strip("\n").split("\n")
        text = ev["eol"].join(lines) + ev["eol"]
        check(ev, text)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        label_rows.append(
            [
                name,
                ev["uid"],
                str(ev["is_interview"]),
                ev["company"],
                ev["role"],
                ev["stage"],
                ev["interviewers"],
                SPLIT,
                ev["trap"],
            ]
        )
        if ev["is_interview"] and ev["company"] not in companies:
            companies.append(ev["company"])
    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    n_iv = sum(e["is_interview"] for e in events)
    n_hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
