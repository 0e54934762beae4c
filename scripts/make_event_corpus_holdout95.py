"""Write the blind holdout95 event split (Katharina Pichler, Bilanzbuchhalterin in Graz).

Raw iCalendar text composed by hand in the holdout95ev_* modules. This script replaces only its own files
(tests/corpus/events/holdout95-*.ics) and its own rows (split=holdout95) of labels.csv and company_forms.csv,
checks every labelled UID against the parsed file, and writes files atomically.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout95.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout95ev_neg_other
import holdout95ev_neg_side
import holdout95ev_pos_de
import holdout95ev_pos_extra
import holdout95ev_pos_intl
import holdout95ev_pos_more
from holdout95ev_ics import Event

SPLIT = "holdout95"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS: dict[str, str] = {
    "Rauchenberger & Partner Steuerberatung": "Rauchenberger & Partner|Kanzlei Rauchenberger|Rauchenberger",
    "Hollerer Treuhand": "Hollerer Treuhand Wirtschaftsprüfung|Hollerer",
    "Holzwerk Lassnig": "Lassnig",
    "Kernöl-Manufaktur Gleisdorf": "Kernöl-Manufaktur|Kernöl Gleisdorf",
    "Brauerei Schöckl": "",
    "Knittelfelder Motorenteile": "KMT|KMT Knittelfelder Motorenteile",
    "Kapfenberger Edelstahlguss": "KEG",
    "Wiener Stadtentwicklungsfonds": "WSEF",
    "Stadtgemeinde Lanzenbach": "Stadt Lanzenbach|Gemeinde Lanzenbach",
    "Bergmann Elektrotechnik": "Bergmann",
    "Brandstetter Wirtschaftstreuhand": "Kanzlei Brandstetter|Brandstetter",
    "Treuhand Süd": "Treuhand Süd WP & StB|Treuhand Süd Wirtschaftsprüfung & Steuerberatung",
    "Steuerberatung Dr. Pammer": "Kanzlei Pammer|Kanzlei Dr. Pammer|Steuerberatung Pammer|Pammer",
    "Weingut & Kellerei Sausal": "Weingut Sausal",
    "Kollmann & Reiter Steuerberatung": "Kollmann & Reiter",
    "Stadtwerke Weizberg": "",
    "Privatbank Sackstraße": "",
    "Wohnbaugenossenschaft Mürztal": "WBG Mürztal",
    "Soziale Dienste Steiermark": "Soziale Dienste Stmk.",
    "Ennstaler Molkerei": "Ennstaler",
    "Österreichische Agentur für Lebensmittelprüfung": "ÖALP",
    "Feistritz Automotive Systems": "FAS|FAS Automotive",
    "Hochschwab Versicherung": "",
    "Oberkofler Bau": "Oberkofler",
    "Kraftwerksgesellschaft Enns-Palten": "KW Enns-Palten",
    "Parkraum Graz": "",
    "Aurelia Pharma": "Aurelia",
    "Ledgerly": "",
    "Parcelwise": "",
    "Veltro Payments": "Veltro",
    "Danubia Logistics": "Danubia",
    "Lindqvist Packaging Austria": "Lindqvist Packaging|Lindqvist",
    "Cubefield": "Cubefield Software",
    "Arvion Robotics": "Arvion",
    "Kassabuch": "",
    "Central European Energy Secretariat": "CEES",
    "Sarrazin Composites Austria": "Sarrazin Composites",
    "Alcázar Automoción Austria": "Alcázar Automoción",
    "Kessler Lang Audit": "Kessler Lang",
    "Novacell Biotech": "Novacell",
    "Thermenhotels Oststeiermark": "",
    "Papierfabrik Übelbach": "",
    "Bilanzia": "",
}


def all_events() -> list[Event]:
    events: list[Event] = []
    for mod in (holdout95ev_pos_de, holdout95ev_pos_more, holdout95ev_pos_intl, holdout95ev_pos_extra,
                holdout95ev_neg_side, holdout95ev_neg_other):
        events.extend(mod.EVENTS)
    random.Random(9503).shuffle(events)
    return events


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


def check(name: str, ev: Event) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(ev.text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    labelled = {r.uid for r in ev.rows}
    if uids != labelled:
        raise SystemExit(f"{name}: parsed UIDs {sorted(uids)} != labelled {sorted(labelled)}")
    for r in ev.rows:
        if r.stage not in STAGES:
            raise SystemExit(f"{name}: bad stage {r.stage!r}")
        if r.is_interview and not r.company:
            raise SystemExit(f"{name}: interview without company")
        if not r.is_interview and (r.company or r.stage or r.interviewers):
            raise SystemExit(f"{name}: negative with interview fields")
        if r.interviewers != r.interviewers.strip() or any(a != a.strip() for a in r.interviewers.split(";")):
            raise SystemExit(f"{name}: interviewer list spacing")
        for a in r.interviewers.split(";"):
            if "@" in a and a != a.lower():
                raise SystemExit(f"{name}: interviewer address not lower-case: {a}")


def rewrite_csv(path: Path, header: list[str], own: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path.name}: unexpected header {old_header}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and row[idx] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(own)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> int:
    events = all_events()
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    seen_uids: set[str] = set()
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        check(name, ev)
        atomic_write(OUT / name, ev.text.encode("utf-8"))
        for r in ev.rows:
            if r.uid in seen_uids:
                raise SystemExit(f"duplicate UID {r.uid}")
            seen_uids.add(r.uid)
            label_rows.append([name, r.uid, str(r.is_interview), r.company, r.role, r.stage, r.interviewers, SPLIT,
                               r.trap])
            if r.is_interview and r.company not in companies:
                companies.append(r.company)
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms entry for {missing}")
    rewrite_csv(OUT / "labels.csv", LABELS_HEADER, label_rows, "split")
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, FORMS[c]] for c in sorted(companies)], "split")
    pos = sum(1 for r in label_rows if r[2] == "1")
    side = sum(1 for r in label_rows if "user-as-interviewer" in r[8])
    print(f"{len(events)} files, {len(label_rows)} rows: {pos} interviews, {len(label_rows) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} employers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
