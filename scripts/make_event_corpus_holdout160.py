#!/usr/bin/env python3
"""Generate the blind holdout160 calendar-event split (Jürgen Albrecht, Elektromeister, Stuttgart).

Writes tests/corpus/events/holdout160-NNN-<kind>.ics from the raw iCalendar text held in scripts/holdout160ev_*.py,
and replaces only the split=holdout160 rows of tests/corpus/events/labels.csv and company_forms.csv.
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

SPLIT = "holdout160"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = [f"holdout160ev_{n}" for n in ("a", "b", "c", "d", "e", "f", "g", "h", "i")]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HIRING_SIDE_PREFIX = "user-as-interviewer-"
SEED = 160160

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Elektro Gräßle GmbH": ["Elektro Gräßle", "Gräßle", "Graessle", "Elektro Graessle"],
    "Stadtwerke Bietigheim-Bissingen GmbH": ["Stadtwerke Bietigheim-Bissingen", "SWBB", "Stadtwerke BB"],
    "Klinikverbund Mittlerer Neckar gGmbH": ["Klinikverbund Mittlerer Neckar", "KMN", "Klinikverbund"],
    "Kessler Automobil AG": ["Kessler", "Kessler Automobil", "Kessler Werk Sindelfingen"],
    "Elektro Hürlimann AG": ["Elektro Hürlimann", "Hürlimann", "Huerlimann"],
    "Basler Gebäudetechnik AG": ["Basler Gebäudetechnik", "BGT"],
    "Elektro Fessler GmbH": ["Elektro Fessler", "Fessler"],
    "Energienetze Rheintal GmbH": ["Energienetze Rheintal", "ENR"],
    "Cuénod Électricité SA": ["Cuénod Électricité", "Cuénod", "Cuenod", "Cuénod Elektro"],
    "Montalbán Instalaciones": [
        "Montalbán",
        "Grupo Montalbán",
        "Instalaciones Montalbán",
        "Montalbán Deutschland GmbH",
    ],
    "Elektro Maier": ["Maier", "Elektro Maier GmbH"],
    "Voltwerk": ["Voltwerk GmbH", "Voltwerk Energiesysteme"],
    "Elektro Schäfer GmbH": ["Elektro Schäfer", "Schäfer", "Elektro Schaefer"],
    "Hofmann Elektroanlagen GmbH": ["Hofmann Elektroanlagen", "Hofmann"],
    "Gebäudetechnik Süd FM GmbH": ["Gebäudetechnik Süd", "GTS", "Gebäudetechnik Süd FM"],
    "Renz Gebäudetechnik": ["Renz", "Renz Gruppe", "Renz Gebäudetechnik GmbH & Co. KG"],
    "NeckarDC GmbH": ["NeckarDC", "Neckar DC"],
    "Ladewerk GmbH": ["Ladewerk"],
    "Wärmewende GmbH": ["Wärmewende", "Waermewende"],
    "Schaltanlagenbau Remstal GmbH": ["Schaltanlagenbau Remstal", "SAB Remstal"],
    "Hollister Electric Europe GmbH": ["Hollister Electric", "Hollister"],
    "Northstar Cloud": ["Northstar", "Northstar Cloud Switzerland GmbH"],
    "Helion Battery Systems GmbH": ["Helion", "Helion Battery Systems"],
    "Ingenieurbüro Pfister TGA GmbH": ["Ingenieurbüro Pfister", "Pfister TGA", "IB Pfister"],
    "Stadtwerke Esslingen": ["SWE", "Stadtwerke Esslingen am Neckar GmbH & Co. KG"],
    "Stadt Leinfelden-Echterdingen": ["Leinfelden-Echterdingen", "Stadtverwaltung Leinfelden-Echterdingen"],
    "Elektro Wiedmann GmbH": ["Elektro Wiedmann", "Wiedmann"],
    "Glemstal Maschinenbau AG": ["Glemstal Maschinenbau", "Glemstal"],
    "Elektrizitätswerk Limmattal": ["EWL", "EW Limmattal", "Elektrizitätswerk Limmattal AG"],
    "Rheinpharma AG": ["Rheinpharma"],
    "Elektro Bertsch GmbH": ["Elektro Bertsch", "Bertsch"],
    "Netzgesellschaft Neckar-Alb mbH": ["Netzgesellschaft Neckar-Alb", "NNA", "Netze Neckar-Alb"],
    "Solarwerk Süd GmbH": ["Solarwerk Süd", "Solarwerk"],
    "ELTEC Anlagenbau GmbH": ["ELTEC", "Eltec Anlagenbau"],
    "Elektro Haug GmbH": ["Elektro Haug", "Haug"],
    "Neckarhallen Betriebs GmbH": ["Neckarhallen", "Neckarhallen Stuttgart"],
    "Haustechnik Brenner GmbH": ["Haustechnik Brenner", "Brenner"],
    "St.-Vinzenz-Klinik Esslingen": ["St.-Vinzenz-Klinik", "Vinzenz-Klinik", "St. Vinzenz"],
    "Lechner Gebäudeautomation GmbH": ["Lechner Gebäudeautomation", "Lechner"],
    "Elektro Lutz GmbH & Co. KG": ["Elektro Lutz", "Lutz"],
    "Elektro Kübler": ["Kübler", "Elektro Kübler GmbH"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_holdout160: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[tuple[str, ...]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    tz = importlib.import_module("holdout160ev_tz")
    events: list[tuple[str, ...]] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for ev in mod.EVENTS:
            if len(ev) != 9:
                fail(f"{name}: event {ev[:2]} has {len(ev)} fields, want 9")
            kind, uid, is_int, company, role, stage, interviewers, trap, text = ev
            for key, block in tz.BLOCKS.items():
                text = text.replace(key, block)
            if "@TZ_" in text:
                fail(f"{name}/{kind}: unknown time-zone placeholder")
            events.append((kind, uid, str(is_int), company, role, stage, interviewers, trap, text))
    return events


def to_crlf(text: str) -> bytes:
    lines = text.strip("\n").split("\n")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def check(fname: str, row: list[str], data: bytes) -> None:
    _, uid, is_int, company, role, stage, interviewers, _, trap = row
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if uids != {uid}:
        fail(f"{fname}: label uid {uid!r} but file has {sorted(uids)}")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"{fname}: VEVENT lacks {prop}")
    if is_int not in {"0", "1"}:
        fail(f"{fname}: is_interview {is_int!r}")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    if not KEBAB.match(trap):
        fail(f"{fname}: trap {trap!r} is not kebab-case")
    if is_int == "0":
        if company or role or stage or interviewers:
            fail(f"{fname}: negative with company/role/stage/interviewers")
    else:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} lacks a FORMS entry")
        if trap.startswith(HIRING_SIDE_PREFIX):
            fail(f"{fname}: interview with a hiring-side trap")
    low = data.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "").lower()
    for who in filter(None, interviewers.split(";")):
        if who != who.strip() or ("@" in who and who != who.lower()):
            fail(f"{fname}: interviewer {who!r} not trimmed / not lower case")
        if who.lower() not in low:
            fail(f"{fname}: interviewer {who!r} not found in the file")
    if role and role.lower() not in low.replace("\\,", ","):
        fail(f"{fname}: role {role!r} not found in the file")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(fields: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) != len(header):
            fail(f"{path.name}: cannot parse line {line!r}")
        if fields[split_col] != SPLIT:
            kept.append(line if line.endswith("\n") else line + "\n")
    out = "".join(kept) + "".join(csv_line(r) for r in new_rows)
    atomic_write(path, out.encode("utf-8"))


def main() -> None:
    events = load_events()
    if len({e[0] for e in events}) != len(events):
        dupes = sorted({e[0] for e in events if [x[0] for x in events].count(e[0]) > 1})
        fail(f"duplicate kinds: {dupes}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        kind, uid, is_int, company, role, stage, interviewers, trap, text = events[idx]
        if not KEBAB.match(kind):
            fail(f"kind {kind!r} is not kebab-case")
        fname = f"{SPLIT}-{n:03d}-{kind}.ics"
        data = to_crlf(text)
        row = [fname, uid, is_int, company, role, stage, interviewers, SPLIT, trap]
        check(fname, row, data)
        (EVENTS_DIR / fname).write_bytes(data)
        rows.append(row)
    rows.sort(key=lambda r: r[0])
    replace_rows(LABELS, LABEL_HEADER, 7, rows)
    companies = sorted({r[3] for r in rows if r[2] == "1"})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS has companies without an interview: {unused}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    n_int = sum(r[2] == "1" for r in rows)
    n_hire = sum(r[8].startswith(HIRING_SIDE_PREFIX) for r in rows)
    print(
        f"{SPLIT}: {len(rows)} events, {n_int} interviews, {len(rows) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
