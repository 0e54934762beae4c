#!/usr/bin/env python3
"""Generate the blind calendar-event split ``holdout220`` (one user: Lukas Zbinden, IT system administrator, Bern).

Written blind: the events are hand-written raw iCalendar text in ``scripts/holdout220ev_*.py``. This script
shuffles them with a fixed seed, writes ``tests/corpus/events/holdout220-NNN-<kind>.ics`` (deleting only old
``holdout220-*.ics`` files), checks every label against the parsed file, and replaces only the
``split=holdout220`` rows of ``labels.csv`` and ``company_forms.csv`` (atomically, other lines byte for byte).
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

SPLIT = "holdout220"
SEED = 220_2025
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
VTZ_LINE = re.compile(r"^@VTZ:([A-Z_]+)@$", re.M)

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Bundesamt für Informatik und Telekommunikation": [
        "BIT", "Bundesamt für Informatik", "Office fédéral de l'informatique et de la télécommunication", "OFIT"],
    "Bundesamt für Landestopografie swisstopo": ["swisstopo", "Bundesamt für Landestopografie", "Landestopografie"],
    "Aarberg Versicherungen": ["Aarberg", "Aarberg Versicherungen AG", "Aarberg Versicherung"],
    "Soluvia Consulting": ["Soluvia", "Soluvia Consulting AG"],
    "Die Schweizerische Post": ["Post", "Die Post", "Schweizerische Post", "Post CH AG", "La Poste"],
    "Sarine Informatique": ["Sarine Informatique SA", "Sarine"],
    "Groupe Arvelis": ["Arvelis", "Arvelis SA", "Arvelis Fribourg"],
    "Staat Freiburg": ["Etat de Fribourg", "Kanton Freiburg", "SITel", "Amt für Informatik und Telekommunikation"],
    "Iberdata Cloud Services": ["Iberdata", "Iberdata Cloud Services S.L.", "Grupo Iberdata"],
    "Schwarzwald IT": ["Schwarzwald IT GmbH", "SWIT"],
    "Alpenland Software": ["Alpenland", "Alpenland Software GmbH"],
    "Helix Re": ["Helix Reinsurance", "Helix Re Zurich", "Helix"],
    "Rheinpharm": ["Rheinpharm AG", "Rheinpharm Basel"],
    "Ledgerline": ["Ledgerline AG"],
    "Nordwand Systems": ["Nordwand", "Nordwand Systems AG"],
    "Hashwerk": ["Hashwerk AG"],
    "Medivia Group": ["Medivia", "Medivia AG"],
    "Stratacore": ["Stratacore Inc.", "Stratacore Switzerland"],
    "Clearpath Analytics": ["Clearpath"],
    "Vaultmesh": ["Vaultmesh AG"],
    "Quellwerk": ["Quellwerk AG"],
    "IT-Werkstatt Thun": ["IT-Werkstatt Thun GmbH", "IT-Werkstatt"],
    "Opsmatic": ["Opsmatic GmbH"],
    "Gemeinde Worblental": ["Worblental", "Einwohnergemeinde Worblental"],
    "Alpnet Hosting": ["Alpnet", "Alpnet Hosting AG"],
    "Fairbyte": ["Fairbyte GmbH"],
    "Zähringer Privatbank": ["Zähringer", "Zähringer Privatbank AG", "Zaehringer Privatbank"],
    "Swissnet Datacenter": ["Swissnet", "Swissnet Datacenter AG"],
    "Kanton Basel-Stadt": ["Basel-Stadt", "IT BS", "Finanzdepartement Basel-Stadt"],
    "Universität Bern": ["Uni Bern", "Informatikdienste Universität Bern", "University of Bern"],
    "Limmat Verkehr": ["Limmat Verkehr AG", "LVZ"],
    "Gesundheitszentrum Seeland": ["Gesundheitszentrum Seeland AG", "GZS"],
    "Berner Energie": ["Berner Energie AG", "BEAG"],
    "Rail Infra Services": ["Rail Infra Services AG", "RIS"],
    "Bärn IT Partner": ["Bärn IT Partner AG", "Baern IT Partner"],
    "Spitex Region Bern": ["Spitex", "Spitex Bern"],
    "Zollinger Elektro": ["Zollinger", "Zollinger Elektro AG"],
    "Spital Birstal": ["Spital Birstal AG", "Birstal"],
    "Aarekauf": ["Genossenschaft Aarekauf", "Aarekauf Genossenschaft"],
    "Hochschule Limmattal": ["HSL", "Hochschule Limmattal HSL"],
    "Logistik Mittelland": ["Logistik Mittelland AG", "LMAG"],
    "Vorsorgewerk Mittelland": ["Vorsorgewerk", "Pensionskasse Vorsorgewerk Mittelland"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    common = importlib.import_module(f"{SPLIT}ev_common")
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        mod = importlib.import_module(path.stem)
        for ev in getattr(mod, "EVENTS", []):
            ev = dict(ev)
            ev["_module"] = path.stem

            def sub(m: re.Match[str], name: str = path.name) -> str:
                if m.group(1) not in common.VTZ:
                    fail(f"unknown VTIMEZONE marker {m.group(0)} in {name}")
                return common.VTZ[m.group(1)]

            text = VTZ_LINE.sub(sub, ev["ics"].strip("\n"))
            eol = "\n" if ev.get("lf") else "\r\n"
            ev["text"] = eol.join(text.split("\n")) + eol
            events.append(ev)
    return events


def unfolded(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev: dict) -> None:
    where = f"{ev['_module']}:{ev['kind']}"
    if not KEBAB.match(ev["kind"]) or ev["kind"].count("-") > 2:
        fail(f"{where}: kind must be a short kebab-case word or two")
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        if c.get("DTSTART") is None or c.get("DTSTAMP") is None:
            fail(f"{where}: VEVENT without DTSTART/DTSTAMP")
    if ev["iv"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if not KEBAB.match(ev["trap"]):
        fail(f"{where}: trap {ev['trap']!r} is not kebab-case")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    flat = unfolded(ev["text"]).lower()
    if ev["iv"]:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: an interview cannot be user-as-interviewer")
        for who in filter(None, ev["who"].split(";")):
            if who != who.strip() or ("@" in who and who != who.lower()):
                fail(f"{where}: interviewer {who!r} must be trimmed and lower case")
            if who.lower() not in flat:
                fail(f"{where}: interviewer {who!r} not found in the file")
            if "zbinden" in who.lower():
                fail(f"{where}: the user is never an interviewer")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{where}: negatives have empty company/role/stage/interviewers")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    for ev in events:
        check(ev)
    keys = [(ev["uid"], ev["text"]) for ev in events]
    if len(set(keys)) != len(keys):
        fail("duplicate event")
    used = {ev["company"] for ev in events if ev["iv"]}
    for company in sorted(set(FORMS) - used):
        fail(f"FORMS has {company!r} but no interview uses it")
    random.Random(SEED).shuffle(events)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (OUT / name).write_bytes(ev["text"].encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"], ev["who"],
                           SPLIT, ev["trap"]])
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used)])

    n_iv = sum(ev["iv"] for ev in events)
    n_hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
