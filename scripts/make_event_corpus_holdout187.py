#!/usr/bin/env python3
"""Generate the blind calendar-event split holdout187 (Camille Roussel, HR business partner in Lyon).

Written blind: an independent author wrote every event as raw iCalendar text in scripts/holdout187ev_*.py without
reading the classifier, the other generators, other splits' files or their labels.

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout187.py

Writes tests/corpus/events/holdout187-NNN-<kind>.ics (old holdout187-*.ics removed first) and replaces only the
split=holdout187 rows of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
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

SPLIT = "holdout187"
SEED = 187
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout187ev_a",
    "holdout187ev_b",
    "holdout187ev_c",
    "holdout187ev_d",
    "holdout187ev_e",
    "holdout187ev_f",
    "holdout187ev_g",
    "holdout187ev_h",
    "holdout187ev_i",
    "holdout187ev_j",
    "holdout187ev_k",
]
USER_ADDRESSES = {"camille.roussel.rh@free.fr", "c.roussel@metaux-dauphine.fr"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Verrerie du Rhône": ["Verrerie du Rhone", "VDR"],
    "Biolys Diagnostics": ["Biolys"],
    "Alpes Hydraulique": ["Alpes Hydraulique SAS"],
    "Lumio": ["Lumio SAS"],
    "Sécheron Instruments": ["Sécheron Instruments SA", "Secheron Instruments", "Sécheron"],
    "Groupe Payre": ["Payre"],
    "Trans'Alpes Mobilité": ["Trans'Alpes", "TAM", "Trans Alpes Mobilité"],
    "Laiteries Dauphinoises": ["Les Laiteries Dauphinoises", "LD"],
    "Groupe Ducret": ["Ducret", "Groupe Ducret BTP", "Ducret BTP"],
    "Medisys": ["Medisys Grenoble", "Medisys SAS"],
    "Kalipso": ["Kalipso SAS"],
    "Electrovolt Systèmes": ["Electrovolt", "Electrovolt Systems"],
    "Clinique du Parc": ["Clinique du Parc Lyon"],
    "Syndicat Mixte des Eaux du Rhône": ["SMER", "Syndicat des Eaux du Rhône"],
    "Rhône Airport Services": ["RAS", "Rhone Airport Services"],
    "Keller Logistik": ["Keller Logistik AG", "Keller"],
    "Grupo Indalo": ["Indalo", "Indalo France"],
    "Laboratoires Vernay": ["Vernay", "Labo Vernay"],
    "Atelier Gaudin": ["Ateliers Gaudin", "Gaudin"],
    "Nuvia Robotics": ["Nuvia"],
    "Stratacore": ["Stratacore Inc.", "Stratacore Geneva"],
    "Cobalt Security": ["Cobalt"],
    "Maison Brunet": ["Brunet"],
    "Tandem Health": ["Tandem"],
    "Crédit Savoyard": ["Crédit Savoyard des Alpes", "CSA"],
    "Opteam Ingénierie": ["Opteam", "Opteam Ingenierie"],
    "Groupe Sarrazin": ["Sarrazin"],
    "Pharmalys": ["Pharmalys France"],
    "Chocolaterie Vauclaire": ["Vauclaire", "Chocolats Vauclaire"],
    "Hôtels Alpina": ["Alpina", "Groupe Alpina", "Hotels Alpina"],
    "Arkadia Chemicals": ["Arkadia"],
    "Fonderie Bressane": ["Fonderies Bressanes", "FB"],
    "Aerodyne Systèmes": ["Aerodyne", "Aerodyne Systems"],
    "Câbleries de Lyon": ["Cableries de Lyon", "CDL"],
    "Fromagerie Delaborde": ["Delaborde"],
    "Coopérative Alpine Bio": ["Alpine Bio", "la Coop Alpine Bio"],
    "Fondation Genevoise pour l'Emploi": ["FGE", "Fondation genevoise pour l'emploi"],
    "Banque Lemaire & Cie": ["Banque Lemaire", "Lemaire & Cie", "Lemaire"],
    "Santéo": ["Santeo"],
    "Ecully Électroménager": ["Ecully Electroménager", "EEM"],
    "Rhône Travaux": ["Rhone Travaux", "RT"],
    "Distrivente": ["Distrivente SA"],
    "Terrafor International": ["Terrafor", "Terrafor International Sàrl"],
    "Restauria": ["Restauria France", "Groupe Restauria"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout187: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def render(event: dict) -> bytes:
    text = event["ics"].replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if event["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(fname: str, event: dict, data: bytes) -> None:
    label = event["label"]
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # fail loudly, with the file name
        fail(f"{fname}: does not parse: {exc}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        fail(f"{fname}: no VEVENT")
    for ve in vevents:
        if "UID" not in ve or "DTSTART" not in ve:
            fail(f"{fname}: VEVENT without UID or DTSTART")
        ve.decoded("DTSTART")
        if "DTEND" in ve:
            ve.decoded("DTEND")
    uids = {str(ve["UID"]) for ve in vevents}
    if label["uid"] not in uids:
        fail(f"{fname}: label uid {label['uid']!r} not in file {sorted(uids)}")
    if not KEBAB.match(event["kind"]):
        fail(f"{fname}: bad kind")
    if label["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if label["stage"] not in STAGES:
        fail(f"{fname}: bad stage {label['stage']!r}")
    trap = label["trap"]
    if not KEBAB.match(trap):
        fail(f"{fname}: trap {trap!r} is not kebab-case")
    if event["hiring"] != trap.startswith(HIRING_PREFIX):
        fail(f"{fname}: hiring-side flag and trap prefix disagree ({trap})")
    if event["hiring"] and label["is_interview"]:
        fail(f"{fname}: hiring-side event labelled as the user's interview")
    if label["is_interview"] == 0:
        for col in ("company", "role", "stage", "interviewers"):
            if label[col]:
                fail(f"{fname}: negative with a {col}")
        return
    if not label["company"]:
        fail(f"{fname}: interview without company")
    if label["company"] not in FORMS:
        fail(f"{fname}: company {label['company']!r} has no FORMS entry")
    flat = unfold(data.decode("utf-8")).lower()
    if label["role"] and label["role"].lower() not in flat.replace("\\,", ","):
        fail(f"{fname}: role {label['role']!r} not in the event")
    for who in filter(None, label["interviewers"].split(";")):
        if who != who.strip():
            fail(f"{fname}: interviewer {who!r} has stray spaces")
        if "@" in who and (who != who.lower() or who in USER_ADDRESSES):
            fail(f"{fname}: interviewer address {who!r} must be lower case and not the user")
        if who.lower() not in flat:
            fail(f"{fname}: interviewer {who!r} not found in the event")


def write_atomic(path: Path, data: bytes) -> None:
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, is_ours, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty (no header)")
    kept = [lines[0]] + [ln for ln in lines[1:] if not is_ours(ln)]
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    write_atomic(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    outputs: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for i, event in enumerate(events, start=1):
        fname = f"{SPLIT}-{i:03d}-{event['kind']}.ics"
        data = render(event)
        check(fname, event, data)
        lab = event["label"]
        outputs.append((fname, data))
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
        if lab["is_interview"]:
            companies.add(lab["company"])
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries for companies with no interview: {sorted(unused)}")
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data in outputs:
        (EVENTS_DIR / fname).write_bytes(data)
    replace_rows(LABELS, lambda ln: ln.startswith(f"{SPLIT}-".encode()), label_rows)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, lambda ln: ln.startswith(f"{SPLIT},".encode()), form_rows)
    n_pos = sum(1 for e in events if e["label"]["is_interview"])
    n_hiring = sum(1 for e in events if e["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {n_pos} interviews, {len(events) - n_pos} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
