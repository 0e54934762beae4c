"""Write the blind calendar-event split holdout162 (Camille Lefèvre, physiotherapist in Bordeaux).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout162.py

Writes tests/corpus/events/holdout162-NNN-<kind>.ics (old holdout162-*.ics removed first) and replaces only the
split=holdout162 rows of tests/corpus/events/labels.csv and company_forms.csv; every other line is kept byte for
byte. Every label is checked against the parsed file; a bad label stops the run.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import holdout162ev_a
import holdout162ev_b
import holdout162ev_c
import holdout162ev_d
import holdout162ev_e
import holdout162ev_f
import holdout162ev_g
import holdout162ev_h
import holdout162ev_i
import icalendar

SPLIT = "holdout162"
SEED = 1624
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = {"camille.lefevre.kine@laposte.net", "c.lefevre@clinique-chartrons.fr"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names Camille would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Union Bordeaux Bègles": ["UBB", "Union Bordeaux-Bègles", "UBB Rugby"],
    "HUG": ["Hôpitaux Universitaires de Genève", "Hôpitaux universitaires de Genève", "Geneva University Hospitals"],
    "CHUV": ["Centre hospitalier universitaire vaudois", "Lausanne University Hospital"],
    "Clinique de La Source": ["La Source", "Clinique La Source"],
    "Clinique La Colline": ["Hirslanden Clinique La Colline", "La Colline", "Hirslanden"],
    "Hôpital de La Tour": ["La Tour", "Hôpital de la Tour"],
    "Lausanne HC": ["LHC", "Lausanne Hockey Club"],
    "FC Barcelona": ["Barça", "FCB", "Futbol Club Barcelona"],
    "Vall d'Hebron": ["Hospital Universitari Vall d'Hebron", "HUVH", "Hospital Vall d'Hebron"],
    "Real Sociedad": ["Real Sociedad de Fútbol", "La Real"],
    "Policlínica Gipuzkoa": ["Policlinica Gipuzkoa", "Quirónsalud Policlínica Gipuzkoa"],
    "Kinetic Donostia": ["Kinetic", "Kinetic Fisioterapia"],
    "Fisiosport Sarrià": ["Fisiosport"],
    "CIUSSS du Centre-Sud-de-l'Île-de-Montréal": ["CIUSSS Centre-Sud", "CCSMTL", "IRGLM"],
    "CHUM": ["Centre hospitalier de l'Université de Montréal"],
    "Kinatex Sports Physio": ["Kinatex"],
    "CF Montréal": ["Club de Foot Montréal", "CF Montreal", "CFM"],
    "Stade Toulousain": ["Stade Toulousain Rugby"],
    "Section Paloise": ["Section Paloise Béarn Pyrénées", "La Section"],
    "Aviron Bayonnais": ["Aviron", "Aviron Bayonnais Rugby Pro"],
    "CERS Capbreton": ["CERS", "Centre Européen de Rééducation du Sportif"],
    "Clinique du Sport Bordeaux-Mérignac": ["Clinique du Sport", "Clinique du Sport de Mérignac"],
    "Cabinet des Quinconces": ["Cabinet de kinésithérapie des Quinconces", "Kiné Quinconces"],
    "Cabinet du Moulleau": ["Cabinet de kiné du Moulleau", "Moulleau"],
    "MSP de la Bastide": ["Maison de santé de la Bastide", "MSP Bastide"],
    "La Tour de Gassies": ["Centre de rééducation de la Tour de Gassies", "Tour de Gassies"],
    "Girondins de Bordeaux": ["FC Girondins de Bordeaux", "Girondins", "FCGB"],
    "INSEP": ["Institut national du sport, de l'expertise et de la performance"],
    "FFR": ["Fédération Française de Rugby", "Fédération française de rugby"],
    "Polyclinique Bordeaux Nord Aquitaine": ["PBNA", "Polyclinique Bordeaux Nord"],
    "Medbase": ["Medbase Lausanne", "Medbase Lausanne Flon"],
    "Clinique romande de réadaptation": ["CRR", "CRR Suva", "Suva"],
    "Schulthess Klinik": ["Schulthess", "Wilhelm Schulthess Klinik"],
    "Balgrist": ["Universitätsklinik Balgrist", "Balgrist University Hospital"],
    "Servette FC": ["Servette", "Servette Football Club"],
    "Hospital Quirónsalud Barcelona": ["Quirónsalud", "Quirónsalud Barcelona", "Quirón"],
    "Institut Guttmann": ["Guttmann", "Institut Guttmann Hospital de Neurorehabilitació"],
    "CAR Sant Cugat": ["CAR", "Centre d'Alt Rendiment", "Centro de Alto Rendimiento"],
    "Clinique Saint-Augustin": ["Saint-Augustin", "Elsan Saint-Augustin", "Clinique St-Augustin"],
    "Movaé": ["Movae"],
    "Physio Plateau": ["Clinique Physio Plateau", "Physio Plateau Mont-Royal"],
    "CREPS de Bordeaux": ["CREPS Bordeaux-Aquitaine", "CREPS", "CREPS de Talence"],
    "CH d'Arcachon": ["Pôle de santé d'Arcachon", "Centre hospitalier d'Arcachon", "CH Arcachon"],
    "Athletic Club": ["Athletic", "Athletic Club Bilbao", "Athletic Bilbao"],
    "Sword Health": ["Sword"],
}

LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def fail(msg: str) -> NoReturn:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def all_events() -> list[dict]:
    events: list[dict] = []
    for mod in (holdout162ev_a, holdout162ev_b, holdout162ev_c, holdout162ev_d,
                holdout162ev_e, holdout162ev_f, holdout162ev_g, holdout162ev_h, holdout162ev_i):
        events.extend(mod.EVENTS)
    return events


def check(ev: dict, text: str) -> None:
    where = f"{ev['kind']} / {ev['uid']}"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind/trap not kebab-case")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    who = [w for w in ev["interviewers"].split(";") if w]
    if ev["is_interview"]:
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: an interview cannot be user-as-interviewer")
        low = re.sub(r"\r?\n[ \t]", "", text).lower()
        for w in who:
            if w in USER_ADDRS:
                fail(f"{where}: the user is listed as interviewer")
            if "@" in w and (w != w.lower() or w not in low):
                fail(f"{where}: interviewer {w!r} not lower-case or not in the file")
    elif ev["company"] or ev["role"] or ev["stage"] or who:
        fail(f"{where}: a negative must have empty company/role/stage/interviewers")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def split_of(line: str, col: int) -> str:
    row = next(csv.reader([line]), [])
    return row[col] if len(row) > col else ""


def replace_rows(path: Path, col: int, rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} has no header")
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [lines[0]] + [ln for ln in lines[1:] if split_of(ln, col) != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
    write_atomic(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = all_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)
    seen_uid_kind: set[tuple[str, str]] = set()
    files: list[tuple[str, str]] = []
    label_rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        text = ev["ics"]
        if ev.get("crlf", True):
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text)
        key = (ev["uid"], text)
        if key in seen_uid_kind:
            fail(f"duplicate event {ev['uid']}")
        seen_uid_kind.add(key)
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        files.append((name, text))
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, text in files:
        with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    replace_rows(LABELS, LABEL_FIELDS.index("split"), label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    pos = sum(ev["is_interview"] for ev in events)
    hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
