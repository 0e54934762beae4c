"""Write the blind calendar-event split holdout165 (afterview issue 4).

The events live as hand-written raw iCalendar text in ``scripts/holdout165ev_*.py``.
This script shuffles them with a fixed seed, writes
``tests/corpus/events/holdout165-NNN-<kind>.ics`` (after deleting old
``holdout165-*.ics`` files), and replaces only the ``split=holdout165`` rows of
``labels.csv`` and ``company_forms.csv``.  Every label is checked against the
parsed file; a bad label stops the script.

Run from the worktree root::

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout165.py
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

SPLIT = "holdout165"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 165_2025

MODULES = [
    "holdout165ev_own1",
    "holdout165ev_own2",
    "holdout165ev_own3",
    "holdout165ev_own4",
    "holdout165ev_own5",
    "holdout165ev_hiring",
    "holdout165ev_hiring2",
    "holdout165ev_other1",
    "holdout165ev_other2",
]

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"iker.etxeberria.meca@euskaltel.net", "ietxeberria@ferrogipuzkoa.eus"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "CAF": ["Construcciones y Auxiliar de Ferrocarriles", "CAF S.A.", "Grupo CAF"],
    "Stadler Rail": ["Stadler", "Stadler Rail AG", "Stadler Bussnang"],
    "Siemens Gamesa": ["Siemens Gamesa Renewable Energy", "SGRE", "Siemens Gamesa Renewable Energy S.A."],
    "Alstom": ["Alstom Le Creusot", "Alstom Transport", "Alstom Transport SA"],
    "Hübner": ["HÜBNER", "Hübner GmbH & Co. KG", "HÜBNER Group", "Huebner"],
    "Dellner Couplers": ["Dellner", "Dellner Couplers AB"],
    "Talgo": ["Patentes Talgo", "Patentes Talgo S.L.U.", "Talgo S.A."],
    "Danobat": ["DANOBAT", "Danobatgroup", "Danobat S. Coop."],
    "Nordex": ["Nordex Acciona", "Nordex Energy Spain", "Nordex Group"],
    "Ingeteam": ["Ingeteam Power Technology", "Ingeteam S.A."],
    "Ibarmia": ["IBARMIA", "Ibarmia Innovatek"],
    "Soraluce": ["SORALUCE", "Soraluce S. Coop."],
    "Fagor Arrasate": ["Fagor Arrasate S. Coop.", "Fagor"],
    "Ideko": ["IDEKO", "Ideko S. Coop."],
    "Tecnalia": ["TECNALIA", "Tecnalia Research & Innovation"],
    "CEIT": ["Ceit", "Ceit-BRTA", "CEIT-IK4"],
    "Sener": ["SENER", "Sener Ingeniería y Sistemas", "Grupo SENER"],
    "Idom": ["IDOM", "IDOM Consulting, Engineering, Architecture"],
    "Goizper": ["Goizper Group", "GOIZPER"],
    "Laulagun Bearings": ["Laulagun"],
    "Siemens Mobility": ["Siemens Mobility S.L.U.", "Siemens"],
    "CETEST": ["Cetest", "Centro de Ensayos y Análisis CETEST"],
    "Etxe-Tar": ["ETXE-TAR", "Etxetar"],
    "Ormazabal": ["ORMAZABAL", "Ormazabal Velatia", "Velatia"],
    "Irizar": ["Irizar e-mobility", "Irizar Group"],
    "Taim Weser": ["TAIM WESER", "Taim Weser S.A."],
    "Schindler": ["Schindler Zaragoza", "Schindler S.A."],
    "MTorres": ["M. Torres", "MTorres Diseños Industriales"],
    "Haizea Wind": ["Haizea Wind Group", "Haizea"],
    "ONA Electroerosión": ["ONA", "Ona Electroerosion"],
    "Zayer": ["ZAYER", "Zayer S.A."],
    "Juaristi": ["Juaristi Comercial", "JUARISTI"],
    "Ikerlan": ["IKERLAN", "Ikerlan S. Coop."],
    "Tekniker": ["TEKNIKER", "Fundación Tekniker"],
    "Sarralle": ["SARRALLE", "Grupo Sarralle"],
    "Wabtec": ["Wabtec Corporation", "Wabtec Faiveley"],
    "Errail Sensing": ["Errail"],
    "Lazpiur": ["LAZPIUR", "Lazpiur S.L."],
    "Gamesa Electric": ["Gamesa Electric S.A.U."],
    "Arteche": ["ARTECHE", "Grupo Arteche"],
    "Ineco": ["INECO", "Ingeniería y Economía del Transporte"],
    "Goratu": ["GORATU", "Goratu Máquinas Herramienta"],
    "Mondragon Assembly": ["Mondragon Assembly S. Coop."],
    "Nabrawind": ["Nabrawind Technologies", "NABRAWIND"],
    "Zeleros": ["Zeleros Hyperloop", "Zeleros Global"],
}

KIND_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){0,2}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout165: {msg}")


def load_events() -> list[dict]:
    events: list[dict] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for ev in mod.EVENTS:
            events.append(dict(ev, _module=name))
    return events


def normalise(text: str, crlf: bool) -> bytes:
    lines = text.strip("\n").split("\n")
    sep = "\r\n" if crlf else "\n"
    return (sep.join(lines) + sep).encode("utf-8")


def check(ev: dict, data: bytes, fname: str) -> None:
    where = f"{fname} ({ev['_module']})"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    for key in ("PRODID", "VERSION"):
        if key not in cal:
            fail(f"{where}: VCALENDAR without {key}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        fail(f"{where}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if ev["uid"] not in uids:
        fail(f"{where}: label uid {ev['uid']!r} not in file (has {sorted(uids)})")
    for v in vevents:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in v:
                fail(f"{where}: VEVENT without {key}")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{where}: bad kind {ev['kind']!r}")
    trap = ev["trap"]
    if not TRAP_RE.match(trap):
        fail(f"{where}: bad trap {trap!r}")
    is_iv = ev["is_interview"]
    if is_iv not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev.get("hiring_side") and not trap.startswith("user-as-interviewer-"):
        fail(f"{where}: hiring-side event needs a user-as-interviewer- trap")
    if trap.startswith("user-as-interviewer-") and (is_iv or not ev.get("hiring_side")):
        fail(f"{where}: user-as-interviewer- trap on an event not marked hiring_side negative")
    if is_iv:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} lacks a FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{where}: bad stage {ev['stage']!r}")
        for who in filter(None, ev["interviewers"].split(";")):
            if who.lower() in USER_ADDRESSES:
                fail(f"{where}: the user listed as interviewer")
            if "@" in who and who != who.lower():
                fail(f"{where}: interviewer address not lower case: {who}")
            if "@" in who and who.lower() not in data.decode("utf-8").lower().replace("\r\n ", "").replace("\n ", ""):
                fail(f"{where}: interviewer {who} not in the file")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if ev[key]:
                fail(f"{where}: negative with non-empty {key}")


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes().decode("utf-8")
    chunks = raw.splitlines(keepends=True)
    records: list[str] = []
    buf = ""
    for chunk in chunks:
        buf += chunk
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    if not records:
        fail(f"{path.name} is empty (no header)")
    kept = [records[0]]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec)), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(rec)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(new_rows)
    text = "".join(kept) + out.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(text.encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    seen_files: set[tuple[str, str]] = set()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)

    header = LABELS.read_text(encoding="utf-8").splitlines()[0].split(",")
    if header != ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]:
        fail(f"unexpected labels.csv header {header}")
    fheader = FORMS_CSV.read_text(encoding="utf-8").splitlines()[0].split(",")
    if fheader != ["split", "company", "forms"]:
        fail(f"unexpected company_forms.csv header {fheader}")

    files: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = normalise(ev["ics"], ev.get("crlf", True))
        check(ev, data, fname)
        if (fname, ev["uid"]) in seen_files:
            fail(f"duplicate label {fname}")
        seen_files.add((fname, ev["uid"]))
        files.append((fname, data))
        label_rows.append([
            fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
            ev["interviewers"], SPLIT, ev["trap"],
        ])

    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data in files:
        (EVENTS_DIR / fname).write_bytes(data)
    replace_rows(LABELS, label_rows, split_col=7)
    replace_rows(FORMS_CSV, form_rows, split_col=0)

    n_iv = sum(ev["is_interview"] for ev in events)
    n_hire = sum(1 for ev in events if ev.get("hiring_side"))
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives "
        f"({n_hire} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
