"""Write the blind calendar-event split holdout193 (Stefan Brunner, front-office manager in Seefeld, Tirol).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout193.py

It deletes the old ``tests/corpus/events/holdout193-*.ics`` files, writes the new ones from the hand-written
raw iCalendar text in ``scripts/holdout193ev_*.py``, and replaces only the ``split=holdout193`` rows of
``labels.csv`` and ``company_forms.csv`` (every other line is kept byte for byte; files are written atomically).
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

SPLIT = "holdout193"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
MODULES = [
    "holdout193ev_a",
    "holdout193ev_b",
    "holdout193ev_c",
    "holdout193ev_d",
    "holdout193ev_e",
    "holdout193ev_f",
    "holdout193ev_g",
    "holdout193ev_h",
    "holdout193ev_i",
    "holdout193ev_j",
    "holdout193ev_k",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"

# Other names Stefan would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Vienna Marriott Hotel": ["Marriott", "Marriott Wien", "Vienna Marriott", "Marriott International"],
    "Sofitel Munich Bayerpost": ["Sofitel", "Sofitel München", "Sofitel Bayerpost", "Accor"],
    "Hotel am Mirabellplatz": ["Mirabellplatz", "Hotel Mirabellplatz"],
    "Hotel Limmatquai Zürich": ["Hotel Limmatquai", "Limmatquai", "Hôtel Limmatquai Zurich", "Hotel Limmatquai Zurich"],
    "Falkensteiner Hotels": ["Falkensteiner", "Falkensteiner Hotel Wien Margareten", "FMTG"],
    "Hotel Innsbrucker Hof": ["Innsbrucker Hof"],
    "25hours Hotel The Royal Bavarian": ["25hours", "25hours Hotels", "25hours München", "The Royal Bavarian"],
    "Hotel Stadtkrone Wien": ["Stadtkrone", "Hotel Stadtkrone"],
    "numa": ["numa group", "numa Group GmbH", "numa München"],
    "limehome": ["limehome GmbH", "Limehome"],
    "Cocoon Stays": ["Cocoon", "Cocoon Stays GmbH"],
    "Andaz Vienna Am Belvedere": ["Andaz", "Andaz Vienna", "Hyatt"],
    "Austria Trend Hotels": ["Austria Trend", "Austria Trend Hotel Savoyen Wien", "Verkehrsbüro Hotellerie"],
    "Hilton Munich Park": ["Hilton", "Hilton München Park", "Hilton Munich"],
    "Ruby Hotels": ["Ruby", "Ruby Group", "Ruby Lilly"],
    "Boutiquehotel Ambiente Salzburg": ["Hotel Ambiente", "Ambiente Salzburg", "Boutiquehotel Ambiente"],
    "Basecamp Hostels": ["Basecamp", "Basecamp Hostels GmbH"],
    "Tiroler Hotelbetriebe": ["Tiroler Hotelbetriebe GmbH", "THB", "Hotel Bergisel"],
    "Aparthotel Sill": ["Aparthotel Sill Innsbruck", "Sill Apartments"],
    "Hotel Bayerischer Hof": ["Bayerischer Hof", "Bayerischer Hof München"],
    "Steigenberger Hotel Herrenhof": [
        "Steigenberger",
        "Steigenberger Herrenhof",
        "Herrenhof",
        "Deutsche Hospitality",
        "H World International",
    ],
    "Hotel Goldene Rose": ["Goldene Rose", "Hotel Goldene Rose Innsbruck"],
    "Hotel Alpenrose Innsbruck": ["Alpenrose", "Hotel Alpenrose"],
    "Motel One": ["Motel One Group", "Motel One GmbH"],
    "Meliá Vienna": ["Meliá", "Melia Vienna", "Melia", "Meliá Hotels International"],
    "NH Collection München Bavaria": ["NH", "NH Hotel Group", "NH Collection", "NH München", "Minor Hotels"],
    "Grand Hotel Ringstraße": ["Grand Hotel Ringstrasse", "Grand Hotel Wien", "Ringstraße"],
    "InterContinental Wien": ["InterContinental", "InterContinental Vienna", "IHG"],
    "Radisson Blu Park Royal Palace Hotel": ["Radisson", "Radisson Blu", "Radisson Hotel Group", "Park Royal Palace"],
    "Arcotel Hotels": ["Arcotel", "Arcotel Wimberger"],
    "Lindner Hotels": ["Lindner", "Lindner Hotel"],
    "Dorint Hotels": ["Dorint", "Dorint Hotel München"],
    "Hotel Gasteig": ["Gasteig Hotel"],
    "Hotel Vier Jahreszeiten Kempinski München": ["Kempinski", "Vier Jahreszeiten", "Kempinski München"],
    "Leonardo Hotels": ["Leonardo", "Leonardo Hotel Salzburg", "Leonardo Hotels Central Europe"],
    "Hotel Schani Wien": ["Schani", "Hotel Schani", "Schani Hotels"],
    "B&B Hotels": ["B&B", "B&B HOTELS", "B&B Hotels Germany"],
    "Premier Inn": ["Premier Inn Deutschland", "Whitbread"],
    "Rosewood Munich": ["Rosewood", "Rosewood Hotels"],
    "Hotel Residenzplatz Salzburg": ["Hotel Residenzplatz", "Residenzplatz"],
    "JUFA Hotels": ["JUFA", "JUFA Hotel Wien"],
    "Parkhotel Igls": ["Parkhotel"],
    "H-Hotels": ["Hyperion Hotel Salzburg", "Hyperion", "H-Hotels AG"],
}


def load_events() -> list[tuple]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    tz = importlib.import_module("holdout193ev_tz").TZ
    events = []
    for name in MODULES:
        for ev in importlib.import_module(name).EVENTS:
            kind, uid, is_int, company, role, stage, interviewers, trap, text = ev

            def swap(m: re.Match[str]) -> str:
                return tz[m.group(1)]

            text = re.sub(r"%%TZ ([a-z-]+)%%", swap, text)
            text = text.replace("\r\n", "\n").rstrip("\n") + "\n"
            events.append((kind, uid, is_int, company, role, stage, interviewers, trap, text.replace("\n", "\r\n")))
    return events


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def check(fname: str, ev: tuple) -> None:
    kind, uid, is_int, company, role, stage, interviewers, trap, text = ev
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
        fail(f"{fname}: kind {kind!r} is not kebab-case")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: trap {trap!r} is not kebab-case")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if uid not in uids:
        fail(f"{fname}: label uid {uid!r} not in file (has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        if c.get("SUMMARY") is None or c.get("DTSTART") is None:
            fail(f"{fname}: VEVENT without SUMMARY or DTSTART")
    if is_int not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    if is_int == 1:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: an interview cannot be on the hiring side")
    elif company or role or stage or interviewers:
        fail(f"{fname}: negative with company/role/stage/interviewers")
    for person in filter(None, interviewers.split(";")):
        if "@" in person and person != person.lower():
            fail(f"{fname}: interviewer address not lower case: {person}")
        if "stefan.brunner" in person or "rezeption.leitung" in person:
            fail(f"{fname}: the user cannot be his own interviewer")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    if len(list(csv.reader(io.StringIO(raw)))) != len([ln for ln in lines if ln.strip()]):
        fail(f"{path.name}: has multi-line records; refusing to edit it line by line")
    kept = []
    for line in lines:
        rec = next(csv.reader([line]), [])
        if len(rec) > split_col and rec[split_col] == SPLIT and line is not lines[0]:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    write_atomic(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    uids_seen: dict[str, int] = {}
    for ev in events:
        uids_seen[ev[1]] = uids_seen.get(ev[1], 0) + 1
    order = list(range(len(events)))
    random.Random(19300193).shuffle(order)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        kind, uid, is_int, company, role, stage, interviewers, trap, text = ev
        fname = f"{SPLIT}-{n:03d}-{kind}.ics"
        check(fname, ev)
        (OUT / fname).write_bytes(text.encode("utf-8"))
        label_rows.append([fname, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])

    companies = sorted({r[3] for r in label_rows if r[2] == "1"})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS has companies without an interview: {unused}")
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    n_int = sum(r[2] == "1" for r in label_rows)
    n_hiring = sum(r[8].startswith("user-as-interviewer-") for r in label_rows)
    print(
        f"{SPLIT}: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
