"""Write the blind calendar-event split holdout152 (user: Chiara Romano, revenue manager, Hotel Seeblick Zürich).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout152.py

Deletes old tests/corpus/events/holdout152-*.ics, writes the new files (order shuffled with a fixed seed) and
replaces only the split=holdout152 rows of labels.csv and company_forms.csv (atomically).
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

import holdout152ev_neg_life
import holdout152ev_neg_side
import holdout152ev_neg_side2
import holdout152ev_neg_work
import holdout152ev_pos_ats
import holdout152ev_pos_direct
import holdout152ev_pos_hand
import holdout152ev_pos_intl
import holdout152ev_pos_outlook
import icalendar
from holdout152ev_ics import expand

SPLIT = "holdout152"
SEED = 152152
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = ("chiara.romano.hotel@bluewin.ch", "c.romano@seeblick-zuerich.ch")

FORMS: dict[str, list[str]] = {
    "Marriott International": ["Marriott", "Marriott Hotels", "Zurich Marriott Hotel", "Marriott Zürich"],
    "Accor": ["Accor Switzerland", "AccorHotels", "Swissôtel", "Mövenpick", "Accor Hotels"],
    "Kempinski Hotels": ["Kempinski", "Kempinski Hotels S.A.", "Kempinski Hotels SA"],
    "Ennismore": ["25hours Hotels", "25hours", "Ennismore Holdings"],
    "citizenM": ["citizenM Hotels", "CitizenM"],
    "Meininger Hotels": ["Meininger", "MEININGER", "MEININGER Hotels"],
    "Sorell Hotels": ["Sorell", "Sorell Hotels Switzerland", "ZFV Sorell Hotels"],
    "Radisson Hotel Group": ["Radisson", "Radisson Hotels", "RHG"],
    "Park Hyatt Vienna": ["Hyatt", "Park Hyatt Wien", "Park Hyatt"],
    "Motel One": ["Motel One Group", "Motel One GmbH"],
    "InterContinental Genève": ["IHG", "InterContinental Geneva", "IHG Hotels & Resorts", "InterContinental"],
    "Jumeirah": ["Jumeirah Group", "Jumeirah Hotels & Resorts"],
    "Rosewood Munich": ["Rosewood", "Rosewood Hotel Group", "Rosewood Hotels"],
    "Aethos": ["Aethos Hotels", "AETHOS"],
    "The Chedi Andermatt": ["Chedi", "Chedi Andermatt", "Andermatt Swiss Alps"],
    "Beau-Rivage Palace": ["Beau-Rivage", "Beau Rivage Palace", "BRP", "Beau-Rivage Palace Lausanne"],
    "Victoria-Jungfrau Collection": ["Victoria-Jungfrau", "Victoria Jungfrau Collection", "VJC"],
    "Baur au Lac": ["Hotel Baur au Lac", "Baur au Lac Zürich"],
    "Hotel Sacher": ["Sacher", "Sacher Hotels", "Hotel Sacher Wien"],
    "Falkensteiner Hotels": ["Falkensteiner", "Falkensteiner Michaeler Tourism Group", "FMTG"],
    "Dorchester Collection": ["The Dorchester", "Dorchester"],
    "Rocco Forte Hotels": ["Rocco Forte", "Brown's Hotel"],
    "Mandarin Oriental": ["Mandarin Oriental Munich", "Mandarin Oriental Hotel Group", "MOHG"],
    "Meliá Hotels International": ["Meliá", "Melia", "Meliá Hotels", "Melia Hotels International"],
    "Minor Hotels": ["NH Hotel Group", "NH Hotels", "NH", "Minor Hotels Europe & Americas"],
    "H10 Hotels": ["H10", "Hoteles H10"],
    "Barceló Hotel Group": ["Barceló", "Barcelo", "Barceló Hotels"],
    "Starhotels": ["Starhotels S.p.A.", "Starhotels Rosa Grand"],
    "UNA Italian Hospitality": ["UNA", "UNAHOTELS", "Gruppo UNA"],
    "Four Seasons Hotel Milano": ["Four Seasons", "Four Seasons Milano", "Four Seasons Hotels and Resorts"],
    "Bürgenstock Hotels": ["Bürgenstock", "Buergenstock", "Bürgenstock Resort", "Bürgenstock Hotels AG"],
    "The Dolder Grand": ["Dolder Grand", "Dolder", "Dolder Hotel AG"],
    "Lausanne Palace": ["Lausanne Palace & Spa", "LP"],
    "Michel Reybier Hospitality": ["La Réserve", "La Réserve Genève", "MRH", "Michel Reybier"],
    "Manotel": ["Manotel Genève", "Manotel SA"],
    "Hotel Bayerischer Hof": ["Bayerischer Hof", "Bayerischer Hof München"],
    "Lindner Hotels": ["Lindner", "Lindner Hotels AG", "Lindner Hotels & Resorts"],
    "Emaar Hospitality Group": ["Emaar", "Emaar Hospitality", "Address Hotels"],
    "Rotana": ["Rotana Hotels", "Rotana Hotel Management Corporation"],
    "Kerzner International": ["Kerzner", "Atlantis Dubai", "Atlantis The Royal", "Atlantis"],
    "Six Senses Crans-Montana": ["Six Senses", "Six Senses Hotels Resorts Spas"],
    "Ameron Hotels": ["Ameron", "Ameron Hotel Group"],
    "Lago & Monti Hotels": ["Lago e Monti", "Lago & Monti"],
    "Leonardo Hotels": ["Leonardo", "Leonardo Hotels Central Europe", "Fattal"],
    "Hilton": ["Hilton Hotels", "Hilton Worldwide", "Hilton EMEA"],
}

MODULES = [
    holdout152ev_pos_ats,
    holdout152ev_pos_outlook,
    holdout152ev_pos_direct,
    holdout152ev_pos_hand,
    holdout152ev_pos_intl,
    holdout152ev_neg_side,
    holdout152ev_neg_side2,
    holdout152ev_neg_work,
    holdout152ev_neg_life,
]

KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,2}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HIRING_HINT = "user-as-interviewer-"


def fail(msg: str) -> None:
    print(f"make_event_corpus_holdout152: {msg}", file=sys.stderr)
    raise SystemExit(1)


def check(event: dict[str, object], text: str) -> None:
    where = f"{event['kind']} {event['uid']}"
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if event["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    for comp in cal.walk("VEVENT"):
        if comp.get("DTSTART") is None:
            fail(f"{where}: VEVENT without DTSTART")
        comp.decoded("DTSTART")
        if comp.get("SUMMARY") is None:
            fail(f"{where}: VEVENT without SUMMARY")
    if not KIND_RE.match(str(event["kind"])):
        fail(f"{where}: bad kind")
    trap = str(event["trap"])
    if not TRAP_RE.match(trap):
        fail(f"{where}: trap not kebab-case")
    stage = str(event["stage"])
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    lowered = text.lower().replace("\r\n ", "").replace("\n ", "")
    if event["is_interview"] == 1:
        if trap.startswith(HIRING_HINT):
            fail(f"{where}: interview with a hiring-side trap")
        if not event["company"] or event["company"] not in FORMS:
            fail(f"{where}: company {event['company']!r} missing from FORMS")
        for who in filter(None, str(event["interviewers"]).split(";")):
            if "@" in who:
                if who != who.lower() or who.lower() not in lowered:
                    fail(f"{where}: interviewer {who} not in the file (or not lower case)")
                if who in USER_ADDRS or "noreply" in who or "no-reply" in who:
                    fail(f"{where}: interviewer {who} is not a person who interviews")
            elif who.lower() not in lowered:
                fail(f"{where}: interviewer name {who!r} not in the file")
    elif event["is_interview"] == 0:
        if event["company"] or event["role"] or event["stage"] or event["interviewers"]:
            fail(f"{where}: negative with company/role/stage/interviewers")
    else:
        fail(f"{where}: is_interview must be 0 or 1")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> None:
    events: list[dict[str, object]] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    seen: set[tuple[str, str]] = set()
    for event in events:
        key = (str(event["uid"]), str(event["ics"]))
        if key in seen:
            fail(f"duplicate event {event['uid']}")
        seen.add(key)
    rng = random.Random(SEED)
    rng.shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for n, event in enumerate(events, start=1):
        text = expand(str(event["ics"]))
        check(event, text)
        name = f"{SPLIT}-{n:03d}-{event['kind']}.ics"
        data = text.replace("\n", str(event["eol"])).encode("utf-8")
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append(
            [
                name,
                str(event["uid"]),
                str(event["is_interview"]),
                str(event["company"]),
                str(event["role"]),
                str(event["stage"]),
                str(event["interviewers"]),
                SPLIT,
                str(event["trap"]),
            ]
        )
        if event["is_interview"] == 1 and event["company"] not in companies:
            companies.append(str(event["company"]))

    missing = [c for c in companies if c not in FORMS]
    if missing:
        fail(f"companies without FORMS entry: {missing}")
    unused = [c for c in FORMS if c not in companies]
    if unused:
        fail(f"FORMS entries for no interview: {unused}")

    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])

    n_int = sum(1 for e in events if e["is_interview"] == 1)
    n_side = sum(1 for e in events if str(e["trap"]).startswith(HIRING_HINT))
    print(
        f"holdout152: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_side} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
