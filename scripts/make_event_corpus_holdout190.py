"""Generate the blind calendar-event split ``holdout190`` (issue 4).

The events live in ``scripts/holdout190ev_*.py`` as hand-written raw iCalendar text. This script
writes them to ``tests/corpus/events/holdout190-NNN-<kind>.ics`` in a shuffled order (fixed seed),
and replaces only the ``split=holdout190`` rows of ``labels.csv`` and ``company_forms.csv``.

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout190.py
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

SPLIT = "holdout190"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 190_2025

MODULES = [
    "holdout190ev_agency",
    "holdout190ev_geneva",
    "holdout190ev_intl",
    "holdout190ev_ats_fr",
    "holdout190ev_bordeaux",
    "holdout190ev_tools",
    "holdout190ev_hiring_a",
    "holdout190ev_hiring_b",
    "holdout190ev_life_a",
    "holdout190ev_life_b",
]

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"amelie.fontaine.archi@orange.fr", "a.fontaine@ateliergaronne.fr"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Studio Vallès Architectes": ["Studio Vallès", "Studio Valles", "Vallès Architectes"],
    "Hervé Lacombe Architectes": ["HLA", "HLA Architectes", "Lacombe Architectes"],
    "Archivolte Architectes": ["Archivolte", "Groupe Archivolte"],
    "Bernard Castaing Architectes": ["BCA", "Castaing Architectes", "Agence Castaing"],
    "Bureau Dumont-Perrin architectes SA": ["Dumont-Perrin", "Bureau Dumont-Perrin", "Dumont-Perrin architectes",
                                            "BDP"],
    "État de Genève": ["Etat de Genève", "Office cantonal des bâtiments", "OCBA", "Canton de Genève"],
    "Kessler Brandt Architects": ["Kessler Brandt", "KBA", "Kessler Brandt Architectes"],
    "Atelier Rhône Architectes": ["Atelier Rhône", "Atelier Rhône Architectes Sàrl", "Atelier Rhone"],
    "Archipel Conseil SA": ["Archipel Conseil", "Archipel"],
    "Huber Stäheli Architekten": ["Huber Stäheli", "Huber Stäheli Architekten AG", "Huber Staeheli"],
    "Whitmore Hale Architects": ["Whitmore Hale", "WHA"],
    "Hartwell Global": ["Hartwell"],
    "Meridian Design Group": ["Meridian", "MDG"],
    "Lumen": ["Lumen Studio", "Lumen SAS"],
    "Aldgate Partners": ["Aldgate"],
    "Atelier Canopée": ["Canopée", "Atelier Canopee"],
    "Segma Ingénierie": ["Segma", "Groupe Segma"],
    "Estuaire Habitat": ["Estuaire Habitat OPH"],
    "Foncière Atlantique": ["Fonciere Atlantique"],
    "Agence Poitevin Architectes": ["Agence Poitevin", "Poitevin Architectes"],
    "Atelier 54 Architecture": ["Atelier 54", "A54"],
    "Studio Ostra": ["Ostra"],
    "Cabinet Lafon Architectes": ["Cabinet Lafon", "Lafon Architectes"],
    "Atelier Sérac": ["Sérac", "Atelier Sérac Patrimoine", "Atelier Serac"],
    "Habitat Labs": ["HabitatLabs"],
    "Atelier Lestrade & Associés": ["Atelier Lestrade", "Lestrade & Associés", "Lestrade"],
    "Marty Rivière Architectes": ["Marty Rivière", "MRA"],
    "Bordeaux Métropole": ["Métropole de Bordeaux", "BM"],
    "Agence Texier": ["Texier", "Texier Architectes"],
    "Arnaud & Lecomte Architectes": ["Arnaud & Lecomte", "Arnaud et Lecomte", "Lecomte"],
    "Nadal Architectes": ["Nadal", "Agence Nadal"],
    "Atelier Dune": ["Dune", "Atelier Dune Architecture"],
    "Aranburu Etxeberria Arquitectos": ["Aranburu Etxeberria", "Aranburu Etxeberria Arkitektoak", "AE Arquitectos"],
    "Agence Garcia Lanusse": ["Garcia Lanusse", "Garcia-Lanusse Architectes"],
    "Sofia Immobilier": ["Groupe Sofia Immobilier", "Sofia"],
    "Roux-Delmas Architectes Urbanistes": ["Roux-Delmas", "Roux Delmas Architectes"],
    "Agence Nord Sud Architecture": ["ANSA", "Nord Sud Architecture"],
    "Atelier Ferrand Bardou": ["Ferrand Bardou", "Ferrand-Bardou"],
    "Altéa Construction": ["Altéa", "Altea Construction", "Groupe Altéa"],
    "Studio Kaolin": ["Kaolin"],
    "Sogeba Ingénierie": ["Sogeba"],
    "Lemoine Sabatier Architectes": ["Lemoine Sabatier", "Agence Lemoine Sabatier", "LSA"],
    "Atelier Sauvage": ["Atelier Sauvage Paysage & Architecture", "Sauvage"],
}


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout190: {msg}")


def load_events() -> list[dict]:
    tz = importlib.import_module("holdout190ev_tz")
    events: list[dict] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        for ev in mod.EVENTS:
            ev = dict(ev)
            ev["module"] = name
            text = ev["ics"].strip("\n") + "\n"
            for key, block in tz.BLOCKS.items():
                text = text.replace(f"@@{key}@@", block.strip("\n"))
            if "@@" in text:
                fail(f"{name}: unresolved placeholder in {ev['kind']}")
            if ev.get("crlf", True):
                text = text.replace("\n", "\r\n")
            ev["text"] = text
            events.append(ev)
    return events


def check(ev: dict) -> None:
    where = f"{ev['module']}:{ev['kind']}"
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", ev["kind"]):
        fail(f"{where}: bad kind")
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID {ev['uid']!r} not in file ({sorted(uids)})")
    for comp in cal.walk("VEVENT"):
        if comp.get("DTSTART") is None or comp.get("SUMMARY") is None:
            fail(f"{where}: VEVENT without DTSTART or SUMMARY")
    if "PRODID" not in cal or "VERSION" not in cal:
        fail(f"{where}: VCALENDAR without PRODID/VERSION")
    if ev["interview"] not in (0, 1):
        fail(f"{where}: interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{where}: trap not kebab-case")
    if ev.get("hiring") != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{where}: hiring flag and trap prefix disagree")
    if ev["interview"]:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} has no FORMS entry")
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip() or ("@" in who and who != who.lower()):
                fail(f"{where}: bad interviewer {who!r}")
            if who in USER_ADDRESSES or "noreply" in who or "no-reply" in who:
                fail(f"{where}: interviewer {who!r} must not be listed")
            if "@" in who and who not in ev["text"].lower():
                fail(f"{where}: interviewer {who!r} not in the event text")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
        fail(f"{where}: negative with company/role/stage/interviewers")
    if ev.get("hiring") and ev["interview"]:
        fail(f"{where}: hiring-side event labelled as interview")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty (no header)")
    header = lines[0]
    eol = "\r\n" if header.endswith(b"\r\n") else "\n"
    kept = [header]
    for line in lines[1:]:
        text = line.decode("utf-8")
        row = next(csv.reader([text.rstrip("\r\n")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += eol.encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    writer.writerows(new_rows)
    write_atomic(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    for ev in events:
        check(ev)
    seen: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["uid"], ev["text"])
        if key in seen:
            fail(f"duplicate event {ev['kind']}")
        seen.add(key)

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(ev["text"].encode("utf-8"))
        label_rows.append([
            name, ev["uid"], str(ev["interview"]), ev["company"], ev["role"], ev["stage"],
            ev["interviewers"], SPLIT, ev["trap"],
        ])

    companies = sorted({ev["company"] for ev in events if ev["interview"]})
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, forms_rows)

    n_int = sum(ev["interview"] for ev in events)
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
