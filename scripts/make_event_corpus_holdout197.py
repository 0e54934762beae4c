"""Write the blind calendar-event split holdout197 (one user: Cian O'Sullivan, process engineer, Cork).

Every event is hand-written raw iCalendar text in scripts/holdout197ev_*.py. This script writes
tests/corpus/events/holdout197-NNN-<kind>.ics (order shuffled with a fixed seed), and replaces only the
split=holdout197 rows of tests/corpus/events/labels.csv and company_forms.csv.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout197.py
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

SPLIT = "holdout197"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 19797

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Regeneron": ["Regeneron Ireland", "Regeneron Limerick", "Regeneron Pharmaceuticals"],
    "Lonza": ["Lonza Visp", "Lonza AG", "Lonza Group"],
    "Roche": ["F. Hoffmann-La Roche", "Hoffmann-La Roche", "Roche Basel", "Roche Kaiseraugst"],
    "Novartis": ["Novartis Pharma", "Novartis AG", "Novartis Basel"],
    "Janssen": ["Janssen Biologics", "Janssen Leiden", "Johnson & Johnson", "J&J", "J&J Innovative Medicine"],
    "Pfizer": ["Pfizer Ireland", "Pfizer Grange Castle"],
    "Eli Lilly": ["Lilly", "Eli Lilly Kinsale", "Lilly Kinsale"],
    "BioMarin": ["BioMarin Shanbally", "BioMarin Ireland"],
    "MSD": ["Merck Sharp & Dohme", "MSD Brinny", "MSD Ireland"],
    "Amgen": ["Amgen Dún Laoghaire", "Amgen Ireland"],
    "Takeda": ["Takeda Ireland", "Takeda Grange Castle"],
    "Grifols": ["Grifols Worldwide Operations", "Grifols Dublin"],
    "Sanofi": ["Sanofi Waterford", "Sanofi Ireland"],
    "Alexion": ["Alexion AstraZeneca Rare Disease", "AstraZeneca", "Alexion Dublin"],
    "Bachem": ["Bachem AG", "Bachem Bubendorf"],
    "Lúnasa Bio": ["Lunasa Bio", "Lúnasa"],
    "Bristol Myers Squibb": ["BMS", "BMS Cruiserath", "Bristol-Myers Squibb"],
    "Hovione": ["Hovione Cork", "Hovione FarmaCiencia"],
    "Gilead": ["Gilead Sciences", "Gilead Cork", "Gilead Carrigtwohill"],
    "MilliporeSigma": ["Merck", "Merck KGaA", "Merck Millipore", "Millipore", "MilliporeSigma Carrigtwohill"],
    "Pharming": ["Pharming Group", "Pharming Technologies"],
    "Batavia Biosciences": ["Batavia", "Batavia Bio"],
    "Halix": ["Halix B.V.", "Halix Leiden"],
    "Thermo Fisher Scientific": ["Thermo Fisher", "Thermo", "Patheon"],
    "NIBRT": ["National Institute for Bioprocessing Research and Training"],
    "Recordati": ["Recordati Ireland", "Recordati Cork"],
    "SK biotek": ["SK Biotek Ireland", "SK pharmteco", "SK biotek Swords"],
    "AbbVie": ["AbbVie Cork", "AbbVie Ireland", "AbbVie Carrigtwohill"],
    "PM Group": ["PM Group Cork", "PM"],
    "Jacobs": ["Jacobs Engineering", "Jacobs Cork"],
    "DPS": ["DPS Group", "Arcadis DPS", "Arcadis"],
    "CAI": ["Commissioning Agents", "Commissioning Agents Inc", "CAI Ireland"],
    "Carbogen Amcis": ["Carbogen", "CARBOGEN AMCIS AG"],
    "Siegfried": ["Siegfried Evionnaz", "Siegfried AG"],
    "Viatris": ["Viatris Cork", "Mylan", "Viatris Little Island"],
    "Ardmore Cell Therapies": ["Ardmore", "Ardmore CT"],
    "Edwards Lifesciences": ["Edwards", "Edwards Limerick"],
    "Nuritas": ["Nuritas Ltd"],
    "WuXi Biologics": ["WuXi", "WuXi Bio", "WuXi Biologics Ireland"],
    "GSK": ["GlaxoSmithKline", "GSK Cork"],
    "Sandoz": ["Sandoz AG", "Sandoz Basel"],
    "BioAtrium": ["BioAtrium AG", "Lonza/Sanofi JV"],
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout197ev_*.py")):
        mod = importlib.import_module(path.stem)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    raise SystemExit(1)


def check(ev: dict, text: str) -> None:
    name = ev.get("kind", "?")
    for key in ("kind", "uid", "is_interview", "company", "role", "stage", "interviewers", "trap", "ics"):
        if key not in ev:
            fail(f"{name}: missing {key}")
    if not KIND_RE.match(ev["kind"]):
        fail(f"bad kind {ev['kind']!r}")
    if not TRAP_RE.match(ev["trap"]):
        fail(f"{name}: bad trap {ev['trap']!r}")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if ev[key]:
                fail(f"{name}: negative with non-empty {key}")
    for who in filter(None, ev["interviewers"].split(";")):
        if who != who.strip() or ("@" in who and who != who.lower()):
            fail(f"{name}: interviewer {who!r} must be trimmed and lower-case e-mail")
        if "osullivan" in who.lower() and "corribbio" in who.lower():
            fail(f"{name}: the user cannot interview himself")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk() if c.name in ("VEVENT", "VTODO")}
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file (found {sorted(uids)})")
    if "PRODID" not in cal or "VERSION" not in cal:
        fail(f"{name}: VCALENDAR without PRODID/VERSION")
    for comp in cal.walk("VEVENT"):
        for key in ("UID", "DTSTAMP", "DTSTART"):
            if key not in comp:
                fail(f"{name}: VEVENT without {key}")


def csv_row(fields: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()


def replace_rows(path: Path, split_col: int, new_rows: list[str]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = "".join(kept) + "".join(new_rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    if not events:
        fail("no events found")
    seen_files: set[tuple[str, str]] = set()
    for ev in events:
        text = ev["ics"].lstrip("\n")
        check(ev, text)
        key = (ev["uid"], text)
        if key in seen_files:
            fail(f"duplicate event {ev['kind']}")
        seen_files.add(key)

    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[str] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        text = ev["ics"].lstrip("\n")
        if not text.endswith("\n"):
            text += "\n"
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        label_rows.append(
            csv_row(
                [
                    fname,
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

    form_rows = [csv_row([SPLIT, c, "|".join(FORMS[c])]) for c in companies]

    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)

    n_int = sum(ev["is_interview"] for ev in events)
    n_hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
