"""Write the blind calendar-event split holdout147 (one job seeker's calendar).

The user is Inès Carvalho, a quality engineer at AeroPrécis (aerospace machining near Toulouse)
looking for supplier-quality / quality-manager roles. Each event is hand-written raw iCalendar
text in scripts/holdout147ev_*.py. This script writes tests/corpus/events/holdout147-NNN-<kind>.ics
(shuffled with a fixed seed), then replaces only the split=holdout147 rows of labels.csv and
company_forms.csv, keeping every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout147.py
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

SPLIT = "holdout147"
SEED = 14722
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = sorted(
    p.stem for p in Path(__file__).resolve().parent.glob("holdout147ev_*.py") if p.stem != "holdout147ev_tz"
)
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Liebherr-Aerospace Toulouse": ["Liebherr-Aerospace", "Liebherr", "Liebherr Aerospace Toulouse SAS"],
    "Airbus": ["Airbus Operations", "Airbus Operations SAS", "Airbus Commercial"],
    "Safran Nacelles": ["Safran", "Safran Nacelles SAS"],
    "Thales Alenia Space": ["TAS", "Thales Alenia", "Thales Alenia Space France"],
    "Lufthansa Technik": ["LHT", "Lufthansa Technik AG"],
    "Diehl Aviation": ["Diehl", "Diehl Aviation Hamburg GmbH"],
    "Nordflug Composites": ["Nordflug", "Nordflug Composites GmbH"],
    "Talgo": ["Patentes Talgo", "Patentes Talgo S.L.U."],
    "Aciturri": ["Aciturri Aeronáutica", "Grupo Aciturri", "Aciturri Aeronautica"],
    "Alestis Aerospace": ["Alestis", "Alestis Aerospace S.L."],
    "ITP Aero": ["ITP", "Industria de Turbo Propulsores"],
    "Héroux-Devtek": ["Heroux-Devtek", "Héroux Devtek", "Héroux-Devtek inc."],
    "Pratt & Whitney Canada": ["P&WC", "Pratt and Whitney Canada", "Pratt & Whitney"],
    "Bombardier": ["Bombardier Aviation", "Bombardier Inc."],
    "Alten": ["Alten Sud-Ouest", "ALTEN SA"],
    "Akkodis": ["Akkodis France"],
    "Expleo": ["Expleo France", "Expleo Group"],
    "Segula Technologies": ["Segula", "SEGULA"],
    "Figeac Aéro": ["Figeac Aero", "FIGEAC AÉRO SA", "Figeac"],
    "Latécoère": ["Latecoere", "Latécoère SA"],
    "Mecachrome": ["Mecachrome France", "Groupe Mecachrome"],
    "Daher": ["Daher Aerospace", "Daher Tarbes"],
    "Ratier-Figeac": ["Ratier Figeac", "Collins Aerospace", "Ratier"],
    "Airbus Atlantic": ["Airbus Atlantic SAS", "Stelia", "Stelia Aerospace"],
    "CAF France": ["CAF", "Construcciones y Auxiliar de Ferrocarriles"],
    "Alstom": ["Alstom Transport", "Alstom Tarbes"],
    "ArianeGroup": ["Ariane Group", "ArianeGroup SAS"],
    "Dassault Aviation": ["Dassault", "Dassault Aviation Mérignac"],
    "Sabena technics": ["Sabena Technics", "Sabena technics BOD"],
    "Orbitale Systèmes": ["Orbitale", "Orbitale Systemes", "Orbitale Systèmes SAS"],
    "Nanolune": ["Nanolune Space", "Nanolune SAS"],
    "Hélios Propulsion": ["Helios Propulsion", "Hélios"],
    "Pyrène Usinage de Précision": ["Pyrène Usinage", "PUP", "Pyrene Usinage de Precision"],
    "Occitane Traitements de Surface": ["OTS", "Occitane TS"],
    "Aquitaine Composites": ["Aquitaine Composites SAS"],
    "Usinage Laurentides": ["Usinage Laurentides inc.", "Usinage Laurentides Inc"],
    "Aernnova": ["Aernnova Aerospace", "Aernnova Andalucía"],
    "Hanseatic Aero Interiors": ["Hanseatic Aero Interiors GmbH", "HAI"],
    "CNES": ["Centre national d'études spatiales", "Cnes"],
    "Sogeclair": ["Sogeclair Aerospace", "SOGECLAIR SA"],
    "CAE": ["CAE Inc.", "CAE Montréal"],
    "Sener": ["SENER Aeroespacial", "Sener Aeroespacial y Defensa"],
    "Satys": ["Satys Aerospace", "SATYS"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict[str, object], text: str, fname: str) -> None:
    lab = ev["label"]
    assert isinstance(lab, dict)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if lab["uid"] not in uids:
        fail(f"{fname}: label UID {lab['uid']!r} not in file (has {sorted(uids)})")
    if lab["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if lab["stage"] not in STAGES:
        fail(f"{fname}: bad stage {lab['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(lab["trap"])):
        fail(f"{fname}: trap must be kebab-case: {lab['trap']!r}")
    if lab["is_interview"] == 1:
        if lab["company"] not in FORMS:
            fail(f"{fname}: company {lab['company']!r} has no FORMS entry")
        for person in filter(None, str(lab["interviewers"]).split(";")):
            if "@" in person and person != person.lower():
                fail(f"{fname}: interviewer e-mail must be lower case: {person}")
            if "ines.carvalho31" in person or "i.carvalho@" in person:
                fail(f"{fname}: the user is never an interviewer")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if lab[key]:
                fail(f"{fname}: negative with non-empty {key}")
    if ev.get("hiring_side") and not str(lab["trap"]).startswith("user-as-interviewer-"):
        fail(f"{fname}: hiring-side event needs a user-as-interviewer- trap")
    if str(lab["trap"]).startswith("user-as-interviewer-") and lab["is_interview"] != 0:
        fail(f"{fname}: hiring-side event cannot be an interview")


def split_records(path: Path) -> tuple[str, list[tuple[list[str], str]]]:
    """Return (header line, [(fields, raw text)]) keeping each record's raw bytes."""
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    header, body = lines[0], lines[1:]
    buf: list[str] = []

    def feed():
        for line in body:
            buf.append(line)
            yield line

    out: list[tuple[list[str], str]] = []
    for fields in csv.reader(feed()):
        out.append((fields, "".join(buf)))
        buf.clear()
    return header, out


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_split_rows(path: Path, split_col: str, new_rows: list[list[str]]) -> None:
    header, records = split_records(path)
    cols = next(csv.reader([header]))
    if path == LABELS and cols != LABEL_FIELDS:
        fail(f"unexpected labels.csv header: {cols}")
    idx = cols.index(split_col)
    kept = [rawtext for fields, rawtext in records if not (len(fields) > idx and fields[idx] == SPLIT)]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    text = header + "".join(kept) + "".join(csv_line(r) for r in new_rows)
    write_atomic(path, text)


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    n_int = n_hiring = 0
    for num, i in enumerate(order, start=1):
        ev = events[i]
        kind = str(ev["kind"])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", kind):
            fail(f"bad kind {kind!r}")
        fname = f"{SPLIT}-{num:03d}-{kind}.ics"
        text = str(ev["ics"]).lstrip("\n")
        if ev.get("crlf", True):
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text, fname)
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        lab = ev["label"]
        assert isinstance(lab, dict)
        label_rows.append(
            [
                fname,
                lab["uid"],
                str(lab["is_interview"]),
                lab["company"],
                lab["role"],
                lab["stage"],
                lab["interviewers"],
                SPLIT,
                lab["trap"],
            ]
        )
        if lab["is_interview"] == 1:
            n_int += 1
            if lab["company"] not in companies:
                companies.append(lab["company"])
        if str(lab["trap"]).startswith("user-as-interviewer-"):
            n_hiring += 1

    label_rows.sort(key=lambda r: r[0])
    replace_split_rows(LABELS, "split", label_rows)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_split_rows(FORMS_CSV, "split", form_rows)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
