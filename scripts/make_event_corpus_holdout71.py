#!/usr/bin/env python3
"""Write the blind holdout71 calendar-event split (CC0 1.0).

The user: Thomas Weber, 52, tax manager (Steuerberater) at an audit and tax firm in Frankfurt am Main,
looking for Head of Tax roles in industry in Germany, Luxembourg and Switzerland.
Free-mail t.weber.stb@t-online.de, work thomas.weber@rheinmain-treuhand.de.

Every .ics file is raw iCalendar text composed by hand in the holdout71ev_*.py modules. This script numbers
the files in a shuffled order, replaces only its own files (holdout71-*.ics) and its own rows (split=holdout71)
of labels.csv and company_forms.csv, writes atomically and checks every labelled UID with icalendar.

    cd scripts && ../.venv/bin/python make_event_corpus_holdout71.py [--out ../tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout71ev_neg_hiring1
import holdout71ev_neg_hiring2
import holdout71ev_neg_other1
import holdout71ev_neg_other2
import holdout71ev_neg_other3
import holdout71ev_pos_ats1
import holdout71ev_pos_ats2
import holdout71ev_pos_direct
import holdout71ev_pos_more
import holdout71ev_pos_olk
import holdout71ev_pos_user

SPLIT = "holdout71"
SEED = 7117
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = [holdout71ev_pos_ats1, holdout71ev_pos_ats2, holdout71ev_pos_olk, holdout71ev_pos_direct,
           holdout71ev_pos_more, holdout71ev_pos_user, holdout71ev_neg_hiring1, holdout71ev_neg_hiring2,
           holdout71ev_neg_other1, holdout71ev_neg_other2, holdout71ev_neg_other3]

# Other accepted forms of each labelled employer (see tests/corpus/events/company_forms.csv).
FORMS: dict[str, list[str]] = {
    "Kranich Logistik": ["Kranich"],
    "Moselle Re": [],
    "Mainfeld Chemie": ["Mainfeld"],
    "Vogelsberg Energie": ["VBE", "VBE Vogelsberg Energie"],
    "OWE Odenwald Elektrotechnik": ["OWE", "Odenwald Elektrotechnik"],
    "Helvex Pharma": ["Helvex"],
    "Zugerberg Commodities": ["Zugerberg"],
    "Parcelia": [],
    "Lumina Fund Services": ["Lumina"],
    "Solvanta Automotive": ["Solvanta"],
    "Aurelis Medizintechnik": ["Aurelis"],
    "Kirchberg Capital Partners": ["KCP"],
    "Haldenberg Holding": ["Haldenberg"],
    "Voltaro": [],
    "Nordstern Lebensversicherung": ["Nordstern", "Nordstern Leben"],
    "Fernwerk Mobility": ["Fernwerk"],
    "Nidda Foods": [],
    "Groupe Léman Hospitality": ["Léman Hospitality"],
    "Albarracín Industrial": ["Albarracín"],
    "Hanauer Edelmetall": ["HEM", "HEM Hanauer Edelmetall"],
    "Vantrix Semiconductors": ["Vantrix"],
    "Rheingauer Glaswerke": [],
    "Eberhardt Gruppe": ["Eberhardt", "Eberhardt Holding"],
    "Alzette Logistics": ["Alzette"],
    "Brenntal Bank": ["Brenntal"],
    "Marbach Fahrzeugteile": ["Marbach"],
    "Albula Kraftwerke": [],
    "Hessenwerk Armaturen": ["Hessenwerk"],
    "Sauerland Kunststofftechnik": ["SKT", "SKT Sauerland Kunststofftechnik"],
    "Bergmann & Söhne Maschinenbau": ["BSM", "Bergmann & Söhne", "BSM Maschinenbau"],
    "Taunus Pharma": [],
    "Lindqvist Systems": ["Lindqvist"],
    "Steinhaus Immobilien": ["Steinhaus"],
    "Quadrant Bau": ["Quadrant"],
    "Société Luxembourgeoise de Câblerie": ["SLC"],
    "Rotbach Uhren": ["Rotbach"],
    "Alpinor Medtech": ["Alpinor"],
    "Kellermann Lebensmittel": ["Kellermann"],
    "Falkenried Retail": ["Falkenried"],
    "Limmat Industrie Holding": ["Limmat Holding", "Limmat Industrie"],
    "Theodor Pfeiffer": ["Pfeiffer KG"],
    "Ardennes Assurances": [],
    "Lahnau Papier": ["Papierfabrik Lahnau"],
    "Zellwerk Packaging": ["Zellwerk"],
    "Ostrhein Stahlhandel": ["Ostrhein"],
}


def build() -> list[dict]:
    events = [make() for module in MODULES for make in module.EVENTS]
    random.Random(SEED).shuffle(events)
    for number, event in enumerate(events, 1):
        event["file"] = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
    return events


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    """Keep every line that is not one of ours, append our rows; the header stays first."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").split("\n")
        for line in lines[1:]:
            if not line:
                continue
            fields = next(csv.reader([line]), [])
            if len(fields) > split_col and fields[split_col] == SPLIT:
                continue
            kept.append(line + "\n")
    text = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in new_rows)
    atomic_write(path, text.encode("utf-8"))


def check_uids(out: Path, events: list[dict]) -> None:
    import icalendar

    for event in events:
        cal = icalendar.Calendar.from_ical((out / event["file"]).read_bytes())
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {event["uid"]}:
            raise SystemExit(f"UID mismatch in {event['file']}: {uids} != {event['uid']!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    events = build()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for event in events:
        atomic_write(out / event["file"], event["ics"].encode("utf-8"))
    check_uids(out, events)
    rows = [[e["file"], e["uid"], str(e["is_interview"]), e["company"], e["role"], e["stage"], e["interviewers"],
             SPLIT, e["trap"]] for e in events]
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, rows)
    companies = sorted({e["company"] for e in events if e["is_interview"] and e["company"]})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    positives = sum(e["is_interview"] for e in events)
    hiring = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{len(events)} files, {positives} interviews, {len(events) - positives} negatives "
          f"({hiring} user-as-interviewer), {len(companies)} employers")


if __name__ == "__main__":
    main()
