"""Generate the blind calendar-event split holdout238 (Wanjiru Kamau, data analyst, Nairobi).

Writes tests/corpus/events/holdout238-NNN-<kind>.ics from the raw iCalendar text in
scripts/holdout238ev_*.py and replaces only the split=holdout238 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout238.py
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

SPLIT = "holdout238"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 238

MODULES = [
    "holdout238ev_a",
    "holdout238ev_b",
    "holdout238ev_c",
    "holdout238ev_d",
    "holdout238ev_e",
    "holdout238ev_h1",
    "holdout238ev_h2",
    "holdout238ev_n1",
    "holdout238ev_n2",
]

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"wanjiru.kamau.data@gmail.com", "wanjiru.kamau@pesaline.co.ke"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "UN-Habitat": "UN Habitat|United Nations Human Settlements Programme|UNHabitat",
    "Mercy Bridge International": "Mercy Bridge|MBI",
    "Jumuiya Bank": "Jumuiya Bank Kenya|Jumuiya Bank Kenya Limited|Jumuiya",
    "Lumenfold": "Lumenfold GmbH",
    "Caremetric Health": "Caremetric|Caremetric Health Inc.",
    "Tandaa Telecom": "Tandaa|Tandaa Telecom PLC",
    "Nyota Mobile": "Nyota|Nyota Mobile Ltd",
    "Fernway": "Fernway Inc.",
    "Quillcast": "Quillcast Ltd",
    "Brightwell Health": "Brightwell",
    "Orbitra": "Orbitra Inc.",
    "Harbourline": "Harbourline Ltd",
    "Mavuno Data": "Mavuno",
    "KaziPay": "Kazi Pay|KaziPay Ltd",
    "Pwani Microfinance Bank": "Pwani MFB|Pwani Microfinance",
    "Hopeway International": "Hopeway",
    "Sisu Analytics": "Sisu|Sisu Analytics AB",
    "Meridian Re": "Meridian Reinsurance|Meridian Re Africa",
    "Imani Insurance": "Imani|Imani Insurance Company",
    "Sahihi Bank": "Sahihi|Sahihi Bank Ltd",
    "Kopa Credit": "Kopa",
    "Fondation Agir Sahel": "Agir Sahel|FAS",
    "Pagoflux": "Pagoflux S.L.",
    "Datenwerk": "Datenwerk GmbH",
    "Afrexa Development Finance": "Afrexa|ADF",
    "Stellarpoint Insurance": "Stellarpoint",
    "Kilele Bank": "Kilele|Kilele Bank Ltd",
    "Tuzo Analytics": "Tuzo",
    "Nuru Telecom": "Nuru|Nuru Telecom PLC",
    "Baraka Sacco": "Baraka Sacco Society Ltd|Baraka SACCO",
    "Amani Health Trust": "Amani Health|AHT",
    "Jenga Logistics": "Jenga",
    "Hawala Link": "HawalaLink",
    "Haki Water Trust": "Haki Water",
    "Mizani Advisory": "Mizani",
    "AfyaPesa": "Afya Pesa",
    "Taifa Bank": "Taifa Bank Kenya|Taifa",
    "Fluxhaven": "Fluxhaven B.V.",
    "Tallyrun": "Tallyrun Inc.",
    "Mwangaza Energy": "Mwangaza",
    "Kijani Agritech": "Kijani",
    "Sokoni Retail": "Sokoni",
    "Mkopo Hub": "MkopoHub|Mkopo",
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: ERROR: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(ROOT / "scripts"))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict, text: str) -> None:
    where = f"{ev.get('kind')} / {ev.get('uid')}"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = set()
    for comp in cal.walk("VEVENT"):
        uids.add(str(comp.get("UID")))
        if comp.get("DTSTART") is None or comp.get("SUMMARY") is None:
            fail(f"{where}: VEVENT without DTSTART or SUMMARY")
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind/trap not kebab-case")
    if ev["iv"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    hiring = bool(ev.get("hiring"))
    if hiring != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{where}: hiring-side flag and trap prefix disagree")
    if ev["iv"] == 1:
        if hiring:
            fail(f"{where}: hiring-side event labelled as interview")
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} lacks a FORMS entry")
        for who in filter(None, ev["who"].split(";")):
            if who != who.strip():
                fail(f"{where}: stray whitespace in interviewers")
            if "@" in who and who != who.lower():
                fail(f"{where}: interviewer e-mail not lower case: {who}")
            if who.lower() in USER_ADDRESSES:
                fail(f"{where}: the user listed as interviewer")
            if "@" in who and who.lower() not in text.lower():
                fail(f"{where}: interviewer {who} not in the event text")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{where}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            row = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            row = []
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    data = "".join(kept) + buf.getvalue()
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
    events = load_events()
    for ev in events:
        text = ev["ics"].strip("\n") + "\n"
        if not ev.get("lf"):
            text = text.replace("\n", "\r\n")
        ev["_text"] = text
        check(ev, text)
    used = {ev["company"] for ev in events if ev["iv"] == 1}
    unused = set(FORMS) - used
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(ev["_text"].encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"],
                           ev["who"], SPLIT, ev["trap"]])
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, FORMS[c]] for c in sorted(FORMS)])

    n_iv = sum(ev["iv"] for ev in events)
    n_hiring = sum(1 for ev in events if ev.get("hiring"))
    print(f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
