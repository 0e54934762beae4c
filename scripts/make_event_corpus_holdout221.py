"""Generate the blind calendar-event split ``holdout221`` (one FIFO electrician's calendar).

Run from the repository root::

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout221.py

Writes ``tests/corpus/events/holdout221-NNN-<kind>.ics`` (old ``holdout221-*.ics`` files are deleted
first) and replaces only the ``split=holdout221`` rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``; every other line is kept byte for byte.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))


SPLIT = "holdout221"
SEED = 221_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"jarrah.mitchell.sparky@outlook.com.au", "jmitchell@redbankmining.com.au"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names Jarrah would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "BHP": ["BHP Group", "BHP Iron Ore", "BHP WAIO", "BHP Western Australia Iron Ore"],
    "Rio Tinto": ["Rio", "Rio Tinto Iron Ore", "RTIO"],
    "Western Power": ["WP", "Electricity Networks Corporation"],
    "Fortescue": ["FMG", "Fortescue Metals Group", "Fortescue Ltd"],
    "Siemens Energy": ["Siemens Energy Pty Ltd", "Siemens Energy AG", "Siemens"],
    "Alcoa": ["Alcoa of Australia", "Alcoa Australia", "Alcoa Pinjarra"],
    "SQM": ["SQM Australia", "Sociedad Química y Minera", "Sociedad Quimica y Minera de Chile"],
    "Woodside": ["Woodside Energy", "Woodside Energy Group"],
    "Liebherr": ["Liebherr-Australia", "Liebherr Mining", "Liebherr-Mining Equipment Colmar"],
    "Actemium": ["Actemium Australia", "VINCI Energies", "Actemium Australie"],
    "Acciona": ["ACCIONA Energía", "Acciona Energia", "Acciona Energy Australia"],
    "Roy Hill": ["Hancock Iron Ore", "Roy Hill Holdings", "RH"],
    "Synergy": ["Electricity Generation and Retail Corporation", "Synergy WA"],
    "Horizon Power": ["Regional Power Corporation", "Horizon"],
    "Water Corporation": ["Water Corp", "WaterCorp"],
    "Mineral Resources": ["MinRes", "MRL", "Mineral Resources Limited"],
    "Monadelphous": ["Monadelphous Group", "Monadel", "Monadelphous Engineering"],
    "Downer": ["Downer Group", "Downer EDI"],
    "UGL": ["UGL Limited", "UGL Pty Ltd"],
    "Ventia": ["Ventia Services"],
    "Northern Star": ["Northern Star Resources", "NST", "KCGM"],
    "South32": ["South32 Worsley Alumina", "Worsley Alumina", "S32"],
    "Chevron": ["Chevron Australia"],
    "Albemarle": ["Albemarle Lithium", "Albemarle Kemerton"],
    "Tianqi Lithium Energy Australia": ["TLEA", "Tianqi Lithium", "Tianqi"],
    "Pilbara Ports": ["Pilbara Ports Authority", "PPA"],
    "IGO": ["IGO Limited", "Independence Group", "IGO Nova"],
    "Lynas": ["Lynas Rare Earths", "Lynas Kalgoorlie"],
    "Pilbara Minerals": ["PLS", "Pilbara Minerals Limited"],
    "Sparkline Electrical": ["Sparkline", "Sparkline Electrical Services"],
    "Redhill Electrical Contracting": ["Redhill Electrical", "Redhill"],
    "Nomad Power & Controls": ["Nomad Power and Controls", "Nomad Power", "Nomad"],
    "Hedland Electrical Group": ["Hedland Electrical", "HEG"],
    "Coastal Switchgear WA": ["Coastal Switchgear"],
    "Zenith Energy": ["Zenith"],
    "APA Group": ["APA"],
    "Perth Airport": ["Perth Airport Pty Ltd"],
    "Main Roads WA": ["Main Roads Western Australia", "Main Roads"],
    "Civmec": ["Civmec Construction & Engineering", "Civmec Limited"],
    "Primero": ["Primero Group", "NRW"],
    "Newmont": ["Newmont Boddington", "Newmont Corporation"],
    "Gold Fields": ["Gold Fields St Ives", "St Ives Gold Mining Company", "Gold Fields Australia"],
    "Tronox": ["Tronox Kwinana", "Tronox Mining Australia"],
    "CSBP": ["Wesfarmers Chemicals, Energy & Fertilisers", "WesCEF", "CSBP Limited"],
    "Jacobs": ["Jacobs Engineering", "Jacobs Australia"],
    "Thiess": ["Thiess Pty Ltd"],
}

MODULES = [
    importlib.import_module(p.stem) for p in sorted(Path(__file__).resolve().parent.glob("holdout221ev_*.py"))
]

LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def fail(msg: str) -> NoReturn:
    raise SystemExit(f"make_event_corpus_holdout221: {msg}")


def check(ev: dict, text: str) -> None:
    """Fail loudly when a label does not fit its own calendar text."""
    kind = ev["kind"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
        fail(f"bad kind {kind!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{kind}: bad trap {ev['trap']!r}")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{kind}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{kind}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{kind}: label UID {ev['uid']!r} not in file ({sorted(uids)})")
    for c in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"{kind}: VEVENT without {prop}")
    if ev["stage"] not in STAGES:
        fail(f"{kind}: bad stage {ev['stage']!r}")
    hiring_side = ev["trap"].startswith("user-as-interviewer-")
    if ev["is_interview"] == 1:
        if not ev["company"]:
            fail(f"{kind}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{kind}: company {ev['company']!r} has no FORMS entry")
        if hiring_side:
            fail(f"{kind}: user-as-interviewer trap on an interview")
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip() or who.lower() in USER_ADDRESSES:
                fail(f"{kind}: bad interviewer {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{kind}: interviewer e-mail not lower case: {who!r}")
                if who not in re.sub(r"\r?\n[ \t]", "", text).lower():
                    fail(f"{kind}: interviewer {who!r} not in the file")
                if "noreply" in who or "no-reply" in who:
                    fail(f"{kind}: no-reply address as interviewer")
    elif ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{kind}: negative with company/role/stage/interviewers")
    else:
        fail(f"{kind}: is_interview must be 0 or 1")


def replace_rows(path: Path, header_prefix: str, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or not lines[0].startswith(header_prefix):
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    seen_kinds: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["kind"], ev["uid"])
        if key in seen_kinds:
            fail(f"duplicate event {key}")
        seen_kinds.add(key)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        text = ev["ics"]
        if not text.endswith("\n"):
            text += "\n"
        if ev.get("newline", "crlf") == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text)
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        label_rows.append(
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
        if ev["is_interview"] and ev["company"] not in companies:
            companies.append(ev["company"])

    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries with no interview: {unused}")
    replace_rows(LABELS, ",".join(LABEL_FIELDS), 7, label_rows)
    replace_rows(FORMS_CSV, "split,company,forms", 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])

    n_int = sum(1 for ev in events if ev["is_interview"])
    n_hire = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
