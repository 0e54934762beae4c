#!/usr/bin/env python3
"""Write the blind holdout78 event split (tests/corpus/events/holdout78-*.ics).

User: Javier Morales Ferrer, hotel operations manager in Palma de Mallorca, looking for general-manager and
area-manager roles (javimorales.hotel@yahoo.es; work: jmorales@hotelcalablava.com). Raw iCalendar text composed
by hand in the holdout78ev_* modules. Replaces only holdout78-*.ics and the split=holdout78 rows of labels.csv and
company_forms.csv; other rows are kept as they are. Released under CC0 1.0; all people, companies and addresses
are invented.

Usage: python scripts/make_event_corpus_holdout78.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout78ev_neg_other_a
import holdout78ev_neg_other_b
import holdout78ev_neg_side
import holdout78ev_pos_a
import holdout78ev_pos_b
import holdout78ev_pos_c
import holdout78ev_pos_d
from holdout78ev_ics import SPLIT, Ev

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS = OUT / "company_forms.csv"
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORM_FIELDS = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms rules; agencies, ATS, parents excluded).
COMPANY_FORMS: dict[str, list[str]] = {
    "Tramuntana Hotels": ["Tramuntana"],
    "Iberluz Hoteles": ["Iberluz"],
    "Hoteles Albufera": ["Albufera"],
    "Bahía Dorada Resorts": ["Bahía Dorada"],
    "Vértice Hoteles": ["Vértice"],
    "Casas del Teide Hoteles": ["Casas del Teide"],
    "Hoteles Costa Brava Mar": ["HCBM", "Costa Brava Mar"],
    "Hoteles Sa Caleta": ["Sa Caleta", "Sa Caleta Hotels"],
    "Marea Alta Resorts": ["Marea Alta"],
    "Vinyes Hotels": ["Vinyes", "Grup Vinyes", "Grupo Vinyes"],
    "Nexo Urban Hotels": ["Nexo", "Nexo Hotels"],
    "Aldea Blanca Resorts": ["Aldea Blanca"],
    "Hospederías de Castilla": [],
    "Serra Hotels": [],
    "Azahar Hotel Management": ["Azahar", "Azahar HM"],
    "Montesol Hospitality Group": ["Montesol", "MHG", "Montesol Hospitality"],
    "Hotel Can Farragut": ["Can Farragut"],
    "Atlántida Resorts": ["Atlántida"],
    "Arenal Beach Club Hotels": ["Arenal Beach Club"],
    "Hoteles Puig de Randa": ["Puig de Randa"],
    "Hoteles Lagoon Playa": ["Lagoon Playa"],
    "Hoteles Mirador del Sur": ["Mirador del Sur"],
    "Casa Llotja Hotels": ["Casa Llotja"],
    "Olivar Hoteles": ["Olivar"],
    "Meridia Hospitality": ["Meridia"],
    "Lusitânia Hotels & Resorts": ["Lusitânia", "Lusitânia Hotels"],
    "Quinta do Vale Hotels": ["Quinta do Vale"],
    "Nomada Stays": ["Nomada"],
    "Seabreeze Collection": ["Seabreeze"],
    "Allegra Hotels & Resorts": ["Allegra", "Allegra Hotels"],
    "Atlântico Azul Hotéis": ["Atlântico Azul"],
    "Harbourline Hotels International": ["Harbourline", "Harbourline Hotels"],
    "Medora Hotels & Resorts": ["Medora", "Medora Hotels"],
    "Porto Atlântico Hotéis": ["Porto Atlântico"],
    "Miramar Hotel Investments": ["Miramar"],
    "Ondina Resorts": ["Ondina"],
    "Costa Sol Hospitality": ["CSH", "CSH Group"],
    "Sunwave Hotels": ["Sunwave"],
    "AMH Hotelgruppe": ["AMH", "Alpen & Meer Hotelgruppe", "AMH Alpen & Meer Hotelgruppe"],
    "Seeblick Hotels": ["Seeblick"],
    "SONNE Resorts": [],
    "Alpenrose Hotels & Resorts": ["Alpenrose", "Alpenrose Hotels"],
    "Aurum Clubhotels": ["Aurum"],
    "Groupe Belle Rive": ["Belle Rive", "Belle Rive Group"],
}


def collect() -> list[Ev]:
    events: list[Ev] = []
    for mod in (holdout78ev_pos_a, holdout78ev_pos_b, holdout78ev_pos_c, holdout78ev_pos_d,
                holdout78ev_neg_side, holdout78ev_neg_other_a, holdout78ev_neg_other_b):
        events.extend(mod.make())
    random.Random(7807).shuffle(events)
    return events


def check(name: str, ev: Ev) -> None:
    import icalendar  # only needed for the self-check

    cal = icalendar.Calendar.from_ical(ev.text)
    for comp in cal.walk():
        if getattr(comp, "errors", None):
            raise SystemExit(f"{name}: parse errors {comp.errors}")
    for vev in cal.walk("VEVENT"):
        for prop in ("DTSTART", "DTEND", "RECURRENCE-ID"):
            if prop in vev:
                vev[prop].dt  # noqa: B018 - raises on a broken property
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    labelled = {r["uid"] for r in ev.rows}
    if uids != labelled:
        raise SystemExit(f"{name}: UIDs in file {sorted(uids)} != labelled {sorted(labelled)}")
    for r in ev.rows:
        if r["stage"] not in STAGES:
            raise SystemExit(f"{name}: bad stage {r['stage']!r}")
        if r["is_interview"] == "1" and not r["company"]:
            raise SystemExit(f"{name}: interview without company")
        if r["is_interview"] == "0" and (r["company"] or r["role"] or r["stage"] or r["interviewers"]):
            raise SystemExit(f"{name}: negative with interview fields")
        if r["interviewers"] != r["interviewers"].lower() and "@" in r["interviewers"]:
            raise SystemExit(f"{name}: interviewer addresses must be lower-case")
    for line in ev.text.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            raise SystemExit(f"{name}: unfolded line {line[:40]!r}")


def write_atomic(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, fields: list[str], ours: list[dict[str, str]]) -> None:
    """Keep every other split's line byte for byte, drop our old rows, append the new ones."""
    header = ",".join(fields)
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and lines[0] != header:
            raise SystemExit(f"{path.name}: unexpected header {lines[0]!r}")
        split_at = fields.index("split")
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) != len(fields):
                raise SystemExit(f"{path.name}: cannot read line {line[:60]!r}")
            if cells[split_at] != SPLIT:
                kept.append(line)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    for row in ours:
        writer.writerow({k: row.get(k, "") for k in fields})
    write_atomic(path, "\n".join([header, *kept]) + "\n" + buf.getvalue())


def main() -> int:
    events = collect()
    OUT.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    files: dict[str, str] = {}
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        check(name, ev)
        for r in ev.rows:
            if r["uid"] in seen:
                raise SystemExit(f"duplicate UID {r['uid']}")
            seen.add(r["uid"])
            rows.append({"file": name, **r})
        files[name] = ev.text
    companies = sorted({r["company"] for r in rows if r["is_interview"] == "1" and r["company"]})
    missing = [c for c in companies if c not in COMPANY_FORMS]
    if missing:
        raise SystemExit(f"no forms entry for {missing}")
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        write_atomic(OUT / name, text)
    rewrite_csv(LABELS, LABEL_FIELDS, rows)
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(COMPANY_FORMS[c])} for c in companies]
    rewrite_csv(FORMS, FORM_FIELDS, forms)
    pos = sum(r["is_interview"] == "1" for r in rows)
    side = sum("user-as-interviewer" in r["trap"] for r in rows)
    print(f"{SPLIT}: {len(files)} files, {len(rows)} labelled UIDs, {pos} interviews, {len(rows) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
