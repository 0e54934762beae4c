"""Generate the blind calendar-event split holdout174 (a hospital pharmacist's calendar).

Written blind: raw iCalendar text lives in scripts/holdout174ev_*.py. This script writes
tests/corpus/events/holdout174-NNN-<kind>.ics, replaces only the split=holdout174 rows of
labels.csv and company_forms.csv, and fails loudly on any inconsistent label.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout174.py
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
from typing import NoReturn

import icalendar

SPLIT = "holdout174"
SEED = 174_2026
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
USER_ADDRESSES = {"luciaferrer.farma@gmail.com", "ferrer_luc@gva-hospital.es"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,2}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Novartis": ["Novartis Farmacéutica", "Novartis Farmacéutica S.A.", "Novartis España"],
    "Roche": ["Roche Farma", "Roche Farma S.A.", "Roche España"],
    "AstraZeneca": ["AZ", "AstraZeneca Farmacéutica Spain", "AstraZeneca España"],
    "Pfizer": ["Pfizer S.L.U.", "Pfizer España"],
    "MSD": ["Merck Sharp & Dohme", "Merck Sharp & Dohme de España", "MSD España"],
    "Boehringer Ingelheim": ["Boehringer", "BI", "Boehringer Ingelheim España"],
    "Grifols": ["Grupo Grifols", "Grifols S.A."],
    "Almirall": ["Almirall S.A.", "Laboratorios Almirall"],
    "Johnson & Johnson Innovative Medicine": ["J&J", "Johnson & Johnson", "Janssen", "Janssen-Cilag",
                                              "J&J Innovative Medicine"],
    "Gilead Sciences": ["Gilead", "Gilead Sciences S.L.U."],
    "Takeda": ["Takeda Farmacéutica España", "Takeda España"],
    "Bristol Myers Squibb": ["BMS", "Bristol-Myers Squibb"],
    "Amgen": ["Amgen S.A.", "Amgen España"],
    "AbbVie": ["AbbVie Spain", "AbbVie Spain S.L.U."],
    "Lilly": ["Eli Lilly", "Lilly España", "Lilly S.A."],
    "Ferrer": ["Grupo Ferrer", "Ferrer Internacional", "Ferrer Internacional S.A."],
    "Esteve": ["Esteve Pharmaceuticals", "Esteve Healthcare"],
    "Rovi": ["Laboratorios Rovi", "Laboratorios Farmacéuticos Rovi", "ROVI"],
    "PharmaMar": ["Pharma Mar", "Pharma Mar S.A."],
    "Faes Farma": ["Faes", "FAES FARMA"],
    "Kern Pharma": ["Kern"],
    "Ipsen": ["Ipsen Pharma", "Ipsen España"],
    "Servier": ["Laboratorios Servier", "Servier España"],
    "Pierre Fabre": ["Pierre Fabre Médicament", "Laboratorios Pierre Fabre", "Pierre Fabre Ibérica"],
    "Fresenius Kabi": ["Fresenius", "Fresenius Kabi Deutschland", "Fresenius Kabi España"],
    "B. Braun": ["B. Braun Melsungen", "B. Braun Medical", "B Braun"],
    "Biogen": ["Biogen Spain", "Biogen España"],
    "UCB": ["UCB Pharma", "UCB Iberia"],
    "Jazz Pharmaceuticals": ["Jazz", "Jazz Pharma"],
    "BeOne Medicines": ["BeOne", "BeiGene"],
    "Alnylam": ["Alnylam Pharmaceuticals"],
    "argenx": ["argenx Spain", "Argenx"],
    "Quirónsalud": ["Quiron", "Quirónsalud Valencia", "Grupo Quirónsalud"],
    "HM Hospitales": ["HM", "Hospitales HM"],
    "Vithas": ["Vithas Valencia", "Vithas Hospital Valencia 9 de Octubre", "Grupo Vithas"],
    "Ribera": ["Ribera Salud", "Hospital Universitario del Vinalopó", "Ribera Vinalopó"],
    "IMED Hospitales": ["IMED", "IMED Valencia"],
    "Sanitas": ["Sanitas Hospitales", "Bupa Sanitas", "Hospital Universitario Sanitas La Moraleja"],
    "European Medicines Agency": ["EMA", "Agencia Europea de Medicamentos", "the Agency"],
    "Gedeon Richter": ["Gedeon Richter Ibérica", "Richter"],
    "Viatris": ["Viatris Pharmaceuticals"],
    "Zambon": ["Zambon S.A.U.", "Laboratorios Zambon"],
    "Kyowa Kirin": ["Kyowa Kirin International", "KKI"],
    "Otsuka": ["Otsuka Pharmaceutical", "Otsuka Pharmaceutical S.A."],
    "Farmalytix": [],
    "IQVIA": ["IQVIA España", "IQVIA Market Access"],
    "Omakase Consulting": ["Omakase"],
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout174ev_*.py")):
        mod = importlib.import_module(path.stem)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def fail(msg: str) -> NoReturn:
    raise SystemExit(f"make_event_corpus_holdout174: {msg}")


def check(ev: dict, name: str, data: bytes) -> list[str]:
    kind = ev["kind"]
    if not KIND_RE.match(kind):
        fail(f"{name}: bad kind {kind!r}")
    is_int, company, role, stage, interviewers, trap = ev["label"]
    uid = ev["uid"]
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if uid not in uids:
        fail(f"{name}: label UID {uid!r} not in file UIDs {sorted(uids)}")
    if is_int not in (0, 1):
        fail(f"{name}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if not TRAP_RE.match(trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    people = [p for p in interviewers.split(";") if p] if interviewers else []
    if is_int == 0:
        if company or role or stage or interviewers:
            fail(f"{name}: negative with company/role/stage/interviewers")
    else:
        if not company:
            fail(f"{name}: interview without company")
        if company not in FORMS:
            fail(f"{name}: company {company!r} lacks a FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
        text = data.decode("utf-8").lower()
        for p in people:
            if "@" in p:
                if p != p.lower():
                    fail(f"{name}: interviewer address not lower case: {p}")
                if p in USER_ADDRESSES:
                    fail(f"{name}: the user listed as interviewer")
                if p not in text.replace("\r\n ", "").replace("\n ", ""):
                    fail(f"{name}: interviewer {p} not in the file")
    if ev.get("hiring_side") and not trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side event without user-as-interviewer- trap")
    return [name, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap]


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    eol = "\r\n" if lines[0].endswith(b"\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8")
        if not text.strip():
            kept.append(line)
            continue
        row = next(csv.reader([text.rstrip("\r\n")]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol.encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    body = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(body)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    rng.shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        if ev.get("eol") != "lf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode("utf-8")
        rows.append(check(ev, name, data))
        (OUT / name).write_bytes(data)
    companies = sorted({r[3] for r in rows if r[2] == "1"})
    for c in companies:
        if c not in FORMS:
            fail(f"company {c!r} lacks a FORMS entry")
    replace_rows(LABELS, rows, 7)
    replace_rows(FORMS_CSV, [[SPLIT, c, "|".join(FORMS[c])] for c in companies], 0)
    n_int = sum(r[2] == "1" for r in rows)
    n_hiring = sum(r[8].startswith("user-as-interviewer-") for r in rows)
    print(f"{SPLIT}: {len(rows)} events, {n_int} interviews, {len(rows) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
