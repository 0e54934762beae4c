"""Generate the blind calendar-event split holdout209 (Jonas Becker, tax clerk in Munich).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout209.py

Writes tests/corpus/events/holdout209-NNN-<kind>.ics (after deleting old holdout209-*.ics files) and replaces only
the split=holdout209 rows of tests/corpus/events/labels.csv and company_forms.csv.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from holdout209ev_tz import TZ_BLOCKS  # noqa: E402

SPLIT = "holdout209"
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = ["holdout209ev_a", "holdout209ev_b", "holdout209ev_c", "holdout209ev_d", "holdout209ev_e",
           "holdout209ev_f", "holdout209ev_g", "holdout209ev_h", "holdout209ev_i"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
SEED = 20960209

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "KPMG": ["KPMG AG", "KPMG AG Wirtschaftsprüfungsgesellschaft", "KPMG München"],
    "PwC": ["PricewaterhouseCoopers", "PwC Deutschland", "PwC GmbH WPG"],
    "EY": ["Ernst & Young", "EY GmbH & Co. KG", "EY Deutschland"],
    "Deloitte": ["Deloitte GmbH", "Deloitte Deutschland", "Deloitte Tax"],
    "MTU Aero Engines": ["MTU", "MTU Aero Engines AG"],
    "KPMG Austria": ["KPMG Österreich", "KPMG Austria GmbH", "KPMG Wien"],
    "Ebner Stolz": ["RSM Ebner Stolz", "Ebner Stolz München"],
    "Rödl & Partner": ["Rödl", "Roedl & Partner", "Rödl & Partner München"],
    "Baker Tilly": ["Baker Tilly GmbH & Co. KG", "Baker Tilly München"],
    "BDO": ["BDO AG", "BDO AG Wirtschaftsprüfungsgesellschaft"],
    "Grant Thornton": ["Grant Thornton AG", "GT"],
    "Forvis Mazars": ["Mazars", "Forvis Mazars GmbH & Co. KG"],
    "WTS": ["WTS Group", "WTS Steuerberatungsgesellschaft mbH"],
    "Flick Gocke Schaumburg": ["FGS", "Flick Gocke"],
    "Peters, Schönberger & Partner": ["PSP", "Peters Schönberger & Partner", "PSP München"],
    "Crowe Kleeberg": ["Kleeberg", "Dr. Kleeberg & Partner", "Crowe"],
    "LKC": ["LKC Kemper Czarske v. Gronau Berz", "LKC Gruppe"],
    "ETL ADVISA": ["ETL", "ETL Advisa", "ETL ADVISA Steuerberatungsgesellschaft mbH"],
    "Ecovis Augsburg": ["Ecovis", "ECOVIS"],
    "Nexia": ["Nexia GmbH", "Nexia Deutschland"],
    "Schneider + Partner": ["Schneider & Partner", "Schneider + Partner GmbH"],
    "Iberia Tax Partners": ["Iberia Tax", "ITP"],
    "TPA": ["TPA Steuerberatung", "TPA Steuerberatung GmbH", "TPA Wien"],
    "LeitnerLeitner": ["Leitner Leitner", "LeitnerLeitner Wien"],
    "Moser Wirtschaftstreuhand": ["Moser WT", "Moser Wirtschaftstreuhand GmbH"],
    "Eder & Raab": ["Eder & Raab Steuerberatung", "Kanzlei Eder & Raab", "Eder und Raab"],
    "Steuerberatung Fendt": ["Fendt", "Kanzlei Fendt", "Fendt StB"],
    "Treuhand Süd": ["Treuhand Süd Steuerberatungsgesellschaft mbH", "Treuhand Sued"],
    "Lechner & Huber": ["Steuerkanzlei Lechner & Huber", "Lechner und Huber"],
    "Wimmer Seidl & Partner": ["Wimmer Seidl", "Kanzlei Wimmer Seidl & Partner"],
    "Dr. Straub & Kollegen": ["Kanzlei Straub", "Straub & Kollegen"],
    "Steuerbüro Maier-Lindl": ["Maier-Lindl", "Steuerbuero Maier-Lindl"],
    "Aigner Rauch": ["Aigner Rauch PartG mbB", "Steuerberatung Aigner Rauch"],
    "Steuerkanzlei Dr. Brunner": ["Kanzlei Brunner", "Dr. Brunner"],
    "Winkler Weiß": ["Winkler Weiß Steuerberater", "Winkler Weiss"],
    "Hübner & Hübner": ["Huebner & Huebner", "Hübner & Hübner Steuerberatung"],
    "Schwarz Steuerberatung": ["Schwarz StB", "Schwarz Steuerberatung GmbH"],
    "Pfister & Kollegen": ["Kanzlei Pfister", "Pfister und Kollegen"],
    "Kohlmaier Steuerberatung": ["Kohlmaier", "Kohlmaier StB"],
    "Lindner Treuhand": ["Lindner Treuhand GmbH", "Lindner"],
    "Sommer Kößler & Partner": ["Sommer Kößler", "Sommer Koessler & Partner"],
}

FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def fail(msg: str) -> None:
    raise SystemExit(f"holdout209: {msg}")


def load_events() -> list[tuple]:
    events: list[tuple] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        events.extend(mod.EVENTS)
    return events


def render(ics: str, lf_only: bool) -> bytes:
    for key, block in TZ_BLOCKS.items():
        ics = ics.replace(key, block)
    if "@TZ" in ics:
        fail("unknown time-zone placeholder")
    text = ics.strip("\n") + "\n"
    if not lf_only:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def uids_of(data: bytes, fname: str) -> set[str]:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    return uids


def check_label(ev: tuple, fname: str) -> None:
    kind, _uid, iv, company, role, stage, who, trap, _ics = ev[:9]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
        fail(f"{fname}: bad kind {kind!r}")
    if iv not in (0, 1):
        fail(f"{fname}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: bad trap {trap!r}")
    if iv == 1:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} lacks a FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
        for person in filter(None, who.split(";")):
            if "@" in person and person != person.lower():
                fail(f"{fname}: interviewer e-mail must be lower case: {person}")
            if "jonas.becker" in person or "j.becker@" in person:
                fail(f"{fname}: the user is never an interviewer")
    else:
        if company or role or stage or who:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        row = next(csv.reader([line]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        writer.writerow(row)
    out = "".join(kept) + buf.getvalue()
    tmp = path.with_name(path.name + ".tmp209")
    tmp.write_bytes(out.encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    n_iv = n_hire = 0
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        kind, uid, iv, company, role, stage, who, trap, ics = ev[:9]
        lf_only = len(ev) > 9 and ev[9] == "lf"
        fname = f"{SPLIT}-{num:03d}-{kind}.ics"
        check_label(ev, fname)
        data = render(ics, lf_only)
        if uid not in uids_of(data, fname):
            fail(f"{fname}: label UID {uid!r} not found in the file")
        (EVENTS_DIR / fname).write_bytes(data)
        label_rows.append([fname, uid, str(iv), company, role, stage, who, SPLIT, trap])
        if iv:
            n_iv += 1
            companies.add(company)
        if trap.startswith("user-as-interviewer-"):
            n_hire += 1

    missing = set(FORMS) - companies
    if missing:
        fail(f"FORMS has companies without an interview: {sorted(missing)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, FIELDS.index("split"), label_rows)
    replace_rows(FORMS_CSV, 0, forms_rows)
    print(f"holdout209: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
