"""Write the blind calendar-event split holdout219 (written blind by an independent author).

The user is Élise Vandenbroucke, an EU-affairs consultant at Rue Belliard Partners in Brussels, looking for posts at
the EU institutions and agencies, trade associations and public-affairs firms. The events are hand-written raw
iCalendar text in scripts/holdout219ev_*.py. This script writes tests/corpus/events/holdout219-NNN-<kind>.ics
(shuffled with a fixed seed), deleting only old holdout219-*.ics files first, and replaces only the split=holdout219
rows of labels.csv and company_forms.csv (every other line is kept byte for byte; written atomically).

Run from the repository root: /work/main/.venv/bin/python scripts/make_event_corpus_holdout219.py
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
from typing import Any

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout219ev_a
import holdout219ev_b
import holdout219ev_c
import holdout219ev_d
import holdout219ev_e
import holdout219ev_f
import holdout219ev_g

SPLIT = "holdout219"
SEED = 219_4711
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
USER_ADDRESSES = {"elise.vdbroucke@gmail.com", "e.vandenbroucke@ruebelliard.eu"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "EPSO": ["European Personnel Selection Office", "Office européen de sélection du personnel"],
    "European Commission": ["Commission", "EC", "Commission européenne", "DG TRADE"],
    "CINEA": ["European Climate, Infrastructure and Environment Executive Agency"],
    "EPPO": ["European Public Prosecutor's Office", "Parquet européen"],
    "EIB": ["European Investment Bank", "BEI", "Banque européenne d'investissement"],
    "EBA": ["European Banking Authority", "Autorité bancaire européenne"],
    "Cour des comptes européenne": ["European Court of Auditors", "ECA", "CCE", "Cour des comptes"],
    "EESC": ["European Economic and Social Committee", "CESE", "Comité économique et social européen"],
    "Comité européen des régions": ["European Committee of the Regions", "Committee of the Regions", "CoR",
                                    "CdR"],
    "European Ombudsman": ["Médiateur européen", "Ombudsman"],
    "Council of Europe": ["Conseil de l'Europe", "CoE"],
    "OECD": ["OCDE", "Organisation for Economic Co-operation and Development"],
    "European Stability Mechanism": ["ESM", "MES"],
    "Renew Europe Group": ["Renew Europe", "Renew"],
    "SPF Affaires étrangères": ["FOD Buitenlandse Zaken", "SPF Affaires étrangères, Commerce extérieur et "
                                "Coopération au Développement", "Affaires étrangères"],
    "Direction générale du Trésor": ["DG Trésor", "Trésor", "Ministère de l'Économie"],
    "Vertretung des Freistaates Bayern bei der EU": ["Bayerische Vertretung", "Vertretung Bayerns",
                                                      "Représentation de la Bavière"],
    "ENISA": ["European Union Agency for Cybersecurity"],
    "hub.brussels": ["hub brussels", "Agence bruxelloise pour l'entreprise"],
    "ECNC": ["European Crop Nutrition Council"],
    "EDPA": ["European Digital Payments Association"],
    "Verband der Deutschen Wasserstoffwirtschaft": ["VDW", "Verband der Deutschen Wasserstoffwirtschaft e.V."],
    "EFFP": ["European Federation of Flexible Packaging"],
    "European Heat Pump Council": ["EHPC"],
    "Vlaamse Havenfederatie": ["Havenfederatie"],
    "Alliance Industrie France": ["AIF"],
    "EGOA": ["European Grid Operators Association"],
    "Ardent Strategies": ["Ardent"],
    "Delorme & Associés": ["Cabinet Delorme & Associés", "Delorme"],
    "Vantage EU Public Affairs": ["Vantage EU", "Vantage"],
    "Meridian Hill Consulting": ["Meridian Hill"],
    "Hartwell Grey": [],
    "Policy Bridge": [],
    "Voltara Batteries": ["Voltara", "Voltara Batteries AB"],
    "Iberenergía": ["Iberenergia"],
    "CERS": ["Centre for European Regulatory Studies"],
    "Clean Air Europe": [],
    "Vanderbilt Moreau": ["Vanderbilt Moreau LLP"],
    "Alcove Consulting": ["Alcove"],
    "Cloudline": [],
    "Paylane": [],
    "Lumen AI": ["Lumen"],
    "Gilmore EU Advisory": ["Gilmore"],
}

LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"


def all_events() -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    for mod in (holdout219ev_a, holdout219ev_b, holdout219ev_c, holdout219ev_d, holdout219ev_e, holdout219ev_f,
                holdout219ev_g):
        events.extend(mod.EVENTS)
    return events


def check(event: dict[str, Any], name: str, raw: bytes) -> None:
    """Fail loudly on a bad label."""
    cal = icalendar.Calendar.from_ical(raw)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if event["uid"] not in uids:
        raise SystemExit(f"{name}: label UID {event['uid']!r} not in file (has {sorted(uids)})")
    if not KEBAB.match(event["kind"]) or not KEBAB.match(event["trap"]):
        raise SystemExit(f"{name}: kind/trap not kebab-case")
    if event["stage"] not in STAGES:
        raise SystemExit(f"{name}: bad stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        raise SystemExit(f"{name}: is_interview must be 0 or 1")
    text = raw.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
    if event["is_interview"] == 0:
        if any(event[k] for k in ("company", "role", "stage", "interviewers")):
            raise SystemExit(f"{name}: a negative must have empty company/role/stage/interviewers")
        return
    if event["trap"].startswith("user-as-interviewer-"):
        raise SystemExit(f"{name}: an interview cannot have the user on the hiring side")
    if event["company"] not in FORMS:
        raise SystemExit(f"{name}: company {event['company']!r} has no FORMS entry")
    if event["interviewers"]:
        for who in event["interviewers"].split(";"):
            if who != who.strip() or not who:
                raise SystemExit(f"{name}: bad interviewer {who!r}")
            if "@" in who:
                if who != who.lower():
                    raise SystemExit(f"{name}: interviewer address must be lower case: {who!r}")
                if who in USER_ADDRESSES:
                    raise SystemExit(f"{name}: the user is not an interviewer")
            if who.lower() not in text:
                raise SystemExit(f"{name}: interviewer {who!r} not found in the event")


def csv_records(text: str) -> list[str]:
    """Split CSV text into raw records (a record may span lines inside quotes), each with its line ending."""
    records: list[str] = []
    buf = ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    return records


def replace_split_rows(path: Path, header: str, split_col: int, new_rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8")
    records = csv_records(text)
    if not records or records[0].rstrip("\r\n") != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = []
    for rec in records:
        fields = next(csv.reader(io.StringIO(rec)), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(rec)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerows(new_rows)
    data = "".join(kept) + out.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = all_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    for n, idx in enumerate(order, start=1):
        event = events[idx]
        name = f"{SPLIT}-{n:03d}-{event['kind']}.ics"
        text = event["ics"]
        if not text.endswith("\n"):
            text += "\n"
        if event["eol"] == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        raw = text.encode("utf-8")
        check(event, name, raw)
        (EVENTS_DIR / name).write_bytes(raw)
        label_rows.append([name, event["uid"], str(event["is_interview"]), event["company"], event["role"],
                           event["stage"], event["interviewers"], SPLIT, event["trap"]])
        if event["is_interview"] and event["company"] not in companies:
            companies.append(event["company"])
    unused = set(FORMS) - set(companies)
    if unused:
        raise SystemExit(f"FORMS has companies with no interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_split_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    n_int = sum(e["is_interview"] for e in events)
    n_hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hiring} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
