"""Generate the blind calendar-event split holdout207 (Fiona Mackenzie, offshore HSE advisor, Aberdeen).

Writes tests/corpus/events/holdout207-NNN-<kind>.ics from the raw iCalendar text in scripts/holdout207ev_*.py,
replaces only the split=holdout207 rows of labels.csv and company_forms.csv (every other line kept byte for byte)
and checks every label against the parsed file. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout207.py
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

import holdout207ev_a
import holdout207ev_b
import holdout207ev_c
import holdout207ev_d
import holdout207ev_e
import holdout207ev_f
import holdout207ev_g
import holdout207ev_h
import holdout207ev_i
import holdout207ev_j
import icalendar

SPLIT = "holdout207"
SEED = 20725
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Fiona would accept for each interview employer in a draft.
FORMS: dict[str, list[str]] = {
    "SSE Renewables": ["SSE", "SSE plc", "SSE Renewables Ltd"],
    "Ørsted": ["Orsted", "Ørsted A/S", "Orsted A/S", "Ørsted Wind Power"],
    "Siemens Gamesa": ["Siemens Gamesa Renewable Energy", "SGRE", "Siemens Gamesa Renewable Energy GmbH & Co. KG"],
    "ScottishPower Renewables": ["ScottishPower", "Scottish Power", "SPR", "Scottish Power Renewables", "Iberdrola"],
    "Ocean Winds": ["OW", "Ocean Winds UK"],
    "Semco Maritime": ["Semco", "Semco Maritime A/S"],
    "Equinor": ["Equinor UK", "Equinor ASA"],
    "Vattenfall": ["Vattenfall Wind Power", "Vattenfall UK"],
    "TotalEnergies": ["Total", "TotalEnergies E&P UK", "TotalEnergies UK"],
    "Flotation Energy": ["Flotation Energy plc", "Flotation"],
    "Cerulean Winds": ["Cerulean"],
    "Seaway7": ["Seaway 7", "Seaway7 ASA"],
    "Global Energy Group": ["GEG", "Global Energy", "Port of Nigg"],
    "Port of Aberdeen": ["Aberdeen Harbour Board", "Aberdeen Harbour"],
    "Wood": ["Wood plc", "John Wood Group"],
    "Petrofac": ["Petrofac Ltd"],
    "Kent": ["Kent plc"],
    "Boskalis": ["Royal Boskalis", "Boskalis Offshore"],
    "DEME": ["DEME Offshore", "DEME Group"],
    "Vestas": ["Vestas Wind Systems", "Vestas Wind Systems A/S"],
    "ESVAGT": ["Esvagt", "ESVAGT A/S"],
    "Cadeler": ["Cadeler A/S"],
    "Inch Cape Offshore": ["Inch Cape", "Inch Cape Offshore Ltd", "ICOL"],
    "Moray Offshore Windfarm (East)": ["Moray East", "MOWEL"],
    "Red Rock Power": ["Red Rock", "Red Rock Power Ltd"],
    "Northland Power": ["Northland"],
    "Fred. Olsen Seawind": ["Fred Olsen Seawind", "Fred. Olsen"],
    "Mainstream Renewable Power": ["Mainstream", "Mainstream RP"],
    "Corio Generation": ["Corio"],
    "Principle Power": ["Principle Power Inc"],
    "Bibby Marine": ["Bibby Marine Ltd", "Bibby"],
    "CWind": ["C-Wind", "CWind Ltd"],
    "James Fisher Marine Services": ["James Fisher", "JFMS", "James Fisher and Sons"],
    "Briggs Marine": ["Briggs", "Briggs Marine & Environmental Services"],
    "ORE Catapult": ["Offshore Renewable Energy Catapult", "OREC"],
    "Forth Ports": ["Port of Dundee", "Forth Ports Ltd"],
    "Sula Subsea Robotics": ["Sula", "Sula Subsea"],
    "Morven Offshore Wind": ["Morven"],
    "Aker Solutions": ["Aker"],
    "Statkraft": ["Statkraft UK"],
    "EDF Renewables UK": ["EDF Renewables", "EDF power solutions", "EDF", "NnG"],
    "Van Oord": ["Van Oord Offshore Wind", "Van Oord UK"],
}

MODULES = [holdout207ev_a, holdout207ev_b, holdout207ev_c, holdout207ev_d, holdout207ev_e, holdout207ev_f,
           holdout207ev_g, holdout207ev_h, holdout207ev_i, holdout207ev_j]


def fail(msg: str) -> NoReturn:
    sys.exit(f"make_event_corpus_holdout207: {msg}")


def check(ev: dict, name: str, data: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not among parsed VEVENT UIDs {sorted(uids)}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if not KEBAB.match(ev["trap"]):
        fail(f"{name}: trap not kebab-case: {ev['trap']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview labelled with a hiring-side trap")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{name}: interviewer e-mail not lower case: {who}")
            if "fiona.mackenzie" in who:
                fail(f"{name}: the user listed as interviewer")
    elif any(ev[k] for k in ("company", "role", "stage", "interviewers")):
        fail(f"{name}: negative with company/role/stage/interviewers set")
    if ev.get("hiring_side") and not ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side event needs a user-as-interviewer- trap")
    if ev["trap"].startswith("user-as-interviewer-") and (ev["is_interview"] or not ev.get("hiring_side")):
        fail(f"{name}: user-as-interviewer- trap on an event not marked hiring_side")


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        fail(f"{path.name}: unexpected header")
    if lines[-1] and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    write_atomic(path, "".join(kept) + "".join(csv_line(r) for r in new_rows))


def main() -> None:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    rng = random.Random(SEED)
    rng.shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(events, 1):
        if not KEBAB.match(ev["kind"]):
            fail(f"bad kind {ev['kind']!r}")
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        if ev["eol"] == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode("utf-8")
        check(ev, name, data)
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)
    n_int = sum(ev["is_interview"] for ev in events)
    n_hiring = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
