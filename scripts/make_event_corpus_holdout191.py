"""Write the blind calendar-event split holdout191 (Valentina Gómez Restrepo, Bogotá corporate finance).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout191.py

Deletes only tests/corpus/events/holdout191-*.ics, writes them again from the hand-written raw iCalendar
text in scripts/holdout191ev_*.py, and replaces only the split=holdout191 rows of labels.csv and
company_forms.csv (every other line is kept byte for byte).
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

SPLIT = "holdout191"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"valentina.gomezr@outlook.com", "vgomez@bancoandino.com.co"}
SEED = 191_2025

# Other names Valentina would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Telefónica": ["Telefonica", "Telefónica S.A.", "Telefónica España"],
    "Cabify": ["Cabify España", "Maxi Mobility Spain"],
    "EY": ["Ernst & Young", "EY España", "EY Strategy and Transactions"],
    "KPMG": ["KPMG España", "KPMG Asesores"],
    "PwC": ["PricewaterhouseCoopers", "PwC España"],
    "Deloitte": ["Deloitte Colombia", "Deloitte & Touche", "Deloitte Asesores y Consultores"],
    "Santander": ["Banco Santander", "Santander CIB", "Grupo Santander"],
    "BBVA": ["Banco Bilbao Vizcaya Argentaria", "BBVA España"],
    "Iberdrola": ["Iberdrola España", "Grupo Iberdrola"],
    "Repsol": ["Repsol S.A.", "Grupo Repsol"],
    "Alantra": ["Alantra Partners", "Alantra Corporate Finance"],
    "Amadeus": ["Amadeus IT Group", "Amadeus España"],
    "Fever": ["Fever Labs", "Feverup"],
    "Jobandtalent": ["Job and Talent", "jobandtalent"],
    "Clarity AI": ["Clarity", "ClarityAI"],
    "Siemens Energy": ["Siemens Energy S.A.", "Siemens Energy AG", "Siemens"],
    "Schneider Electric": ["Schneider", "Schneider Electric de Colombia"],
    "Bayer": ["Bayer Colombia", "Bayer S.A.", "Bayer AG"],
    "L'Oréal": ["L'Oreal", "Loreal", "L'Oréal Colombia"],
    "Royal Caribbean Group": ["Royal Caribbean", "RCG", "Royal Caribbean Cruises"],
    "Carnival Corporation": ["Carnival", "Carnival Cruise Line", "Carnival Corp"],
    "Bacardi": ["Bacardí", "Bacardi Limited", "Bacardi USA"],
    "Ryder": ["Ryder System", "Ryder System Inc."],
    "Lennar": ["Lennar Corporation", "Lennar Corp"],
    "World Kinect": ["World Kinect Corporation", "World Fuel Services", "WFS"],
    "Citi": ["Citigroup", "Citibank", "Citi Latam"],
    "Restaurant Brands International": ["RBI", "Restaurant Brands", "Burger King"],
    "Monetiq": ["Monetiq Labs", "Monetiq Labs Inc."],
    "Rappi": ["Rappi Colombia", "Rappi S.A.S."],
    "Nestlé": ["Nestle", "Nestlé de Colombia", "Nestle Colombia"],
    "Unilever": ["Unilever Andina", "Unilever Colombia"],
    "PepsiCo": ["Pepsico", "PepsiCo Alimentos Colombia"],
    "Bavaria": ["Bavaria S.A.", "AB InBev", "Bavaria & Cía"],
    "Coca-Cola FEMSA": ["KOF", "Coca Cola Femsa", "FEMSA"],
    "Diageo": ["Diageo Colombia", "Diageo Andean"],
    "Kimberly-Clark": ["Kimberly Clark", "Kimberly-Clark Colombia", "K-C"],
    "SURA Asset Management": ["Sura AM", "SURA", "Sura Asset Management"],
    "Avianca": ["Avianca S.A.", "Aerovías del Continente Americano"],
    "Ecopetrol": ["Ecopetrol S.A.", "Grupo Ecopetrol"],
    "Alvarez & Marsal": ["A&M", "Alvarez and Marsal", "Alvarez & Marsal España"],
    "BTG Pactual": ["BTG", "BTG Pactual US"],
    "Ferrovial": ["Ferrovial S.E.", "Ferrovial Corporación"],
    "Seedtag": ["Seedtag Advertising"],
    "Mondelēz International": ["Mondelez", "Mondelēz", "Mondelez Colombia", "MDLZ"],
    "Brightstar": ["Brightstar Corp", "Brightstar Corp."],
    "Kearney": ["A.T. Kearney", "Kearney España"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout191: {msg}")


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    names = sorted(p.stem for p in Path(__file__).resolve().parent.glob("holdout191ev_*.py"))
    if not names:
        fail("no data modules scripts/holdout191ev_*.py")
    for name in names:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev: dict[str, object], fname: str) -> None:
    ics = str(ev["ics"])
    try:
        cal = icalendar.Calendar.from_ical(ics)
    except Exception as exc:  # pragma: no cover - loud failure is the point
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not in file ({sorted(uids)})")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTART", "SUMMARY", "DTSTAMP"):
            if c.get(prop) is None:
                fail(f"{fname}: VEVENT without {prop}")
    interview = ev["interview"]
    if interview not in (0, 1):
        fail(f"{fname}: interview must be 0 or 1")
    trap = str(ev["trap"])
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", trap):
        fail(f"{fname}: trap {trap!r} is not kebab-case")
    hiring = bool(ev.get("hiring", False))
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{fname}: hiring flag and trap prefix disagree")
    if hiring and interview:
        fail(f"{fname}: hiring-side event labelled as interview")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)?", str(ev["kind"])):
        fail(f"{fname}: bad kind {ev['kind']!r}")
    stage = str(ev.get("stage", ""))
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    company = str(ev.get("company", ""))
    people = str(ev.get("interviewers", ""))
    if interview:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} lacks a FORMS entry")
        flat = unfold(ics).lower()
        for person in filter(None, people.split(";")):
            if person != person.strip():
                fail(f"{fname}: interviewer {person!r} has stray spaces")
            if "@" in person and person != person.lower():
                fail(f"{fname}: interviewer address {person!r} not lower case")
            if person.lower() in USER_ADDRESSES:
                fail(f"{fname}: the user listed as interviewer")
            if person.lower() not in flat:
                fail(f"{fname}: interviewer {person!r} not in the file")
    elif company or ev.get("role") or stage or people:
        fail(f"{fname}: negative with company/role/stage/interviewers")


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


def replace_rows(path: Path, is_ours, rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty (no header)")
    if not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    kept = [lines[0]] + [ln for ln in lines[1:] if not is_ours(ln)]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    rnd = random.Random(SEED)
    order = list(range(len(events)))
    rnd.shuffle(order)
    named: list[tuple[str, dict[str, object]]] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        check(ev, fname)
        named.append((fname, ev))

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, ev in named:
        text = str(ev["ics"])
        if ev.get("crlf", True):
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))

    label_rows = []
    for fname, ev in named:
        label_rows.append([
            fname, str(ev["uid"]), str(ev["interview"]), str(ev.get("company", "")), str(ev.get("role", "")),
            str(ev.get("stage", "")), str(ev.get("interviewers", "")), SPLIT, str(ev["trap"]),
        ])
    companies = sorted({str(ev["company"]) for _, ev in named if ev["interview"]})
    for name in FORMS:
        if name not in companies:
            fail(f"FORMS has {name!r} but no interview with it")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    header = LABELS.read_bytes().splitlines()[0].decode()
    if header != "file,uid,is_interview,company,role,stage,interviewers,split,trap":
        fail(f"unexpected labels.csv header {header!r}")
    replace_rows(LABELS, lambda ln: ln.startswith(f"{SPLIT}-".encode()), label_rows)
    replace_rows(FORMS_CSV, lambda ln: ln.startswith(f"{SPLIT},".encode()), form_rows)

    n = len(named)
    pos = sum(1 for _, ev in named if ev["interview"])
    hiring = sum(1 for _, ev in named if ev.get("hiring"))
    print(f"{SPLIT}: {n} events, {pos} interviews, {n - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
