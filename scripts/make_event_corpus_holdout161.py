"""Write the blind calendar-event split holdout161 (one job seeker's calendar, raw iCalendar text).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout161.py

It deletes only old tests/corpus/events/holdout161-*.ics files, writes the new ones (shuffled with a fixed seed),
and replaces only the split=holdout161 rows of labels.csv and company_forms.csv (every other line kept byte for
byte). Every label's UID is checked against the parsed file; a bad label stops the run.
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

SPLIT = "holdout161"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Desjardins": "Mouvement Desjardins|Desjardins Group|Fédération des caisses Desjardins",
    "Intact Corporation financière": "Intact|Intact Financial|Intact Financial Corporation|IFC",
    "Banque Nationale du Canada": "Banque Nationale|BNC|National Bank|National Bank of Canada",
    "Mila": "Mila - Institut québécois d'intelligence artificielle|Mila Quebec AI Institute",
    "Hydro-Québec": "Hydro Québec|HQ",
    "ServiceNow": "ServiceNow Canada",
    "Lightspeed": "Lightspeed Commerce|Lightspeed Commerce Inc.",
    "Coveo": "Coveo Solutions|Coveo Solutions Inc.",
    "Hopper": "Hopper Inc.",
    "Beneva": "Beneva Assurances",
    "iA Groupe financier": "iA|Industrielle Alliance|iA Financial Group|iA Financial",
    "Sun Life": "Financière Sun Life|Sun Life Financial|Sun Life Canada",
    "Ubisoft": "Ubisoft Montréal|Ubisoft Montreal",
    "CAE": "CAE Inc.",
    "Dialogue": "Dialogue Technologies|Dialogue Health|Dialogue Santé",
    "Boussole Analytique": "Boussole",
    "Statistique Canada": "Statistics Canada|StatCan|StatCan / Statistique Canada",
    "Banque du Canada": "Bank of Canada|BdC",
    "Shopify": "Shopify Inc.",
    "Cohere": "Cohere Inc.",
    "RBC": "Royal Bank of Canada|Banque Royale|Banque Royale du Canada|RBC Royal Bank",
    "TD": "TD Bank|TD Bank Group|Banque TD|Groupe Banque TD",
    "Manulife": "Manuvie|Financière Manuvie|Manulife Financial",
    "Wealthsimple": "Wealthsimple Inc.",
    "Ada": "Ada Support|Ada Support Inc.",
    "Stripe": "Stripe, Inc.|Stripe Inc.",
    "Datadog": "Datadog, Inc.|Datadog Inc.",
    "Airbnb": "Airbnb, Inc.|Airbnb Inc.",
    "Duolingo": "Duolingo, Inc.",
    "Instacart": "Maplebear|Maplebear Inc.",
    "Lemonade": "Lemonade Inc.|Lemonade Insurance",
    "Doctolib": "Doctolib SAS",
    "AXA": "AXA France|Groupe AXA|AXA Group Operations",
    "Dataiku": "Dataiku SAS",
    "BNP Paribas Cardif": "Cardif|BNP Paribas",
    "Alan": "Alan SA",
    "BBVA": "Banco Bilbao Vizcaya Argentaria|BBVA AI Factory|Grupo BBVA",
    "Air Canada": "AC",
    "Co-operators": "The Co-operators|Groupe Co-operators|La Coop|Co-operators Group",
    "Fiera Capital": "Fiera|Corporation Fiera Capital",
    "QuantumBlack": "QuantumBlack, AI by McKinsey|McKinsey|McKinsey & Company",
    "Nordsight Analytics": "Nordsight",
    "Agence du revenu du Canada": "ARC|CRA|Canada Revenue Agency",
    "Loto-Québec": "Loto Québec|Société des loteries du Québec",
    "Munich Re": "Munich Re Canada|Munich Reinsurance|Münchener Rück",
    "Nuvei": "Nuvei Corporation|Nuvei Corp.",
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    from holdout161ev_tz import TZ

    events: list[dict] = []
    for path in sorted(HERE.glob("holdout161ev_*.py")):
        if path.stem == "holdout161ev_tz":
            continue
        module = importlib.import_module(path.stem)
        events.extend(module.EVENTS)
    for ev in events:
        lines = []
        for line in ev["ics"].strip("\n").split("\n"):
            if line.startswith("@TZ "):
                lines.extend(TZ[line[4:].strip()].split("\n"))
            else:
                lines.append(line)
        eol = ev.get("eol", "\r\n")
        ev["text"] = eol.join(lines) + eol
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout161: BAD LABEL: {msg}")


def check(name: str, ev: dict) -> None:
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file ({sorted(uids)})")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{name}: kind/trap not kebab-case")
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if ev["is_interview"] == 1:
        if not ev["company"] or ev["company"] not in FORMS:
            fail(f"{name}: interview company {ev['company']!r} missing or lacks a FORMS entry")
        if ev.get("hiring_side"):
            fail(f"{name}: an interview cannot have the user on the hiring side")
        text = ev["text"].replace("\r\n ", "").replace("\n ", "").replace("\\,", ",").replace("\\;", ";").lower()
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip() or ("@" in who and who != who.lower()):
                fail(f"{name}: interviewer {who!r} not normalised")
            if who.lower() not in text:
                fail(f"{name}: interviewer {who!r} not in the file")
        if "tremblay" in ev["interviewers"].lower():
            fail(f"{name}: the user cannot interview himself")
    else:
        if any(ev[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{name}: a negative must leave company/role/stage/interviewers empty")
    if bool(ev.get("hiring_side")) != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")


def csv_row(values: list[str]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue().encode("utf-8")


def replace_rows(path: Path, split_col: int, new_rows: list[bytes]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    data = b"".join(kept + new_rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    uids_seen: dict[str, int] = {}
    for ev in events:
        uids_seen[ev["uid"]] = uids_seen.get(ev["uid"], 0) + 1
    random.Random(161161).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[bytes] = []
    companies: set[str] = set()
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(name, ev)
        (OUT / name).write_bytes(ev["text"].encode("utf-8"))
        if ev["is_interview"]:
            companies.add(ev["company"])
        label_rows.append(
            csv_row(
                [
                    name,
                    ev["uid"],
                    str(ev["is_interview"]),
                    ev["company"],
                    ev["role"],
                    ev["stage"],
                    ev["interviewers"],
                    SPLIT,
                    ev["trap"],
                ]
            )
        )
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries with no interview: {sorted(unused)}")
    form_rows = [csv_row([SPLIT, c, FORMS[c]]) for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)
    n_int = sum(ev["is_interview"] for ev in events)
    n_hiring = sum(1 for ev in events if ev.get("hiring_side"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
