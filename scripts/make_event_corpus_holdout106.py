"""Write the holdout106 calendar-event split (blind author, CC0 1.0).

User: Urs Brunner, train driver and driver instructor in Bern, applying for operations-manager, dispatcher and
instructor roles at Swiss rail, tram, bus and freight operators. Every VEVENT is raw iCalendar text composed in
the holdout106ev_* modules. Replaces only holdout106-*.ics and the split=holdout106 rows of labels.csv and
company_forms.csv; other files and rows are kept.

Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout106.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout106ev_neg_other
import holdout106ev_neg_side
import holdout106ev_pos_a
import holdout106ev_pos_b
from holdout106ev_ics import Ev

SPLIT = "holdout106"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Aare-Emme Bahn": "AEB",
    "Verkehrsbetriebe Thunersee": "VBT",
    "Cargo Alpina": "",
    "Alpine Rail Freight": "ARF",
    "Kestrel Logistics": "Kestrel Logistics (Schweiz)|Kestrel Logistics Schweiz|Kestrel",
    "Rangier & Logistik Limmattal": "Rangier und Logistik Limmattal|RLL",
    "NetzLeit Schweiz": "NetzLeit",
    "SimuRail": "",
    "Hochrhein-Bahn": "",
    "Limmattram": "Tramverbund Limmat|TVL",
    "Intermodal Gotthard": "",
    "RailCoach": "",
    "Trasse Bau Logistik": "TBL",
    "Leitstelle Aargau Verkehr": "LAV",
    "Helvetia Rail Logistics": "",
    "Tracksense": "",
    "Regionalverkehr Oberaargau": "RVO",
    "Compagnie des Transports du Jura Nord": "CTJN",
    "Oberland Zahnradbahnen": "OZB",
    "Säntis Regionalverkehr": "SRV",
    "Pilatus-Vierwaldstätter Bahnen": "PVB",
    "AlpenBus Graubünden": "AlpenBus",
    "Biel-Seeland Verkehr": "BSV",
    "Mittelland Güterverkehr": "MGV",
    "Güterbahn Basel-Rheinhafen": "GBR",
    "Métro Lausanne-Ouest": "MLO",
    "Chemins de fer du Gros-de-Vaud": "CGV",
    "Jura-Simplon Rail": "JSR",
    "Transports Publics Neuchâtel-Littoral": "TPNL",
    "Zugersee Bus": "",
    "Léman Fret": "",
    "Nordwest Regio Bahn": "NRB",
    "Continental Rail Cargo": "CRC",
    "Busbetriebe Solothurn-Land": "BSL",
    "Ibérica Rail Formación": "",
    "Seetal-Rigi Bahnen": "SRB",
    "Lokschule Olten": "",
    "Bahnakademie Mittelland": "BAM",
    "Transports Publics Fribourgeois Sud": "TPFS",
    "Emmentaler Bus": "",
    "Gleisblick": "",
    "Regionalbahn Fricktal": "RBF",
    "BLS Bahnbetrieb Bern": "BLS Bahnbetrieb",
    "Transports Publics du Chablais Lémanique": "TPCL",
    "Autocars du Léman": "",
    "Rheinalp Intermodal": "Rheinalp",
    "Stadtverkehr Schaffhausen-Rhein": "SSR",
}


def collect() -> list[Ev]:
    evs = (holdout106ev_pos_a.events() + holdout106ev_pos_b.events() + holdout106ev_neg_side.events()
           + holdout106ev_neg_other.events())
    random.Random(106).shuffle(evs)
    return evs


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def merge_csv(path: Path, header: list[str], rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"unexpected header in {path}: {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def check(ev: Ev, name: str) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(ev.ics)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: UID mismatch {uids} != {ev.uid}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage}")
    if ev.iv and ev.company and ev.company not in FORMS:
        raise SystemExit(f"{name}: no forms row for {ev.company}")
    if not ev.iv and (ev.company or ev.stage or ev.interviewers):
        raise SystemExit(f"{name}: negative with interview fields")
    if "user-as-interviewer" in ev.trap and ev.iv:
        raise SystemExit(f"{name}: user-as-interviewer marked as interview")


def main() -> None:
    evs = collect()
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        check(ev, name)
        atomic_write(OUT / name, ev.ics.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.iv), ev.company, ev.role, ev.stage, ev.interviewers.lower(), SPLIT,
                     ev.trap])
    merge_csv(OUT / "labels.csv", LABELS_HEADER, rows, "split")
    used = sorted({e.company for e in evs if e.iv and e.company})
    missing = sorted(set(FORMS) - set(used))
    if missing:
        raise SystemExit(f"forms for unused companies: {missing}")
    merge_csv(OUT / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, FORMS[c]] for c in used], "split")
    pos = sum(e.iv for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} companies")


if __name__ == "__main__":
    main()
