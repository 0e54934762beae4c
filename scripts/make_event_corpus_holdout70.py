#!/usr/bin/env python3
"""Write the blind holdout70 calendar-event split (issue 4).

Written blind by an independent author: without reading the classifier, the other generators or other splits'
events. The user is Mariana Gutiérrez Salas, a marketing manager at a consumer-goods company in Mexico City
(free-mail mariana.gtz.salas@hotmail.com, work mgutierrez@alimentos-valle-azul.com.mx), looking for brand and
marketing roles in Mexico, remote for the US and in Spain.

Writes tests/corpus/events/holdout70-NNN-<kind>.ics (one VEVENT, or one series with its override, per file),
replaces only the split=holdout70 rows of labels.csv and company_forms.csv (appending otherwise, keeping the
header and every other row byte for byte) and checks each label's UID against the file parsed with icalendar.

Run from the repository root or scripts/:  python scripts/make_event_corpus_holdout70.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout70ev_neg_other_a
import holdout70ev_neg_other_b
import holdout70ev_neg_other_c
import holdout70ev_neg_side_a
import holdout70ev_neg_side_b
import holdout70ev_pos_en_a
import holdout70ev_pos_en_b
import holdout70ev_pos_eu
import holdout70ev_pos_mx_a
import holdout70ev_pos_mx_b
import holdout70ev_pos_mx_c
from icalendar import Calendar

SPLIT = "holdout70"
SEED = 70_2025
EVENTS_DIR = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

POSITIVE = (holdout70ev_pos_mx_a, holdout70ev_pos_mx_b, holdout70ev_pos_mx_c, holdout70ev_pos_en_a,
            holdout70ev_pos_en_b, holdout70ev_pos_eu)
HIRING_SIDE = (holdout70ev_neg_side_a, holdout70ev_neg_side_b)
OTHER_NEG = (holdout70ev_neg_other_a, holdout70ev_neg_other_b, holdout70ev_neg_other_c)

# Other forms of each labelled employer's name the user would be equally happy to read (see briefs' forms rules).
FORMS: dict[str, str] = {
    "Nutrivela": "Nutrivela México",
    "Casa Olmeca Bebidas": "Casa Olmeca",
    "Grupo Tlalli": "Tlalli",
    "Pan Dorado Internacional": "Pan Dorado|PDI",
    "Cafetalera Sierra Norte": "",
    "Mascotia": "",
    "Verdemar": "Verdemar Retail",
    "Kuali Skin": "Kuali",
    "Helados La Nieve": "La Nieve",
    "Cervecería Bravía": "Bravía",
    "Tequila Cuatro Lunas": "Cuatro Lunas",
    "Farmacias Benesalud": "Benesalud",
    "Dulces Anáhuac": "",
    "Salsas La Abuela Chela": "La Abuela Chela|Abuela Chela",
    "Grupo Textil Moravia": "Moravia|Textil Moravia",
    "Mandaditos": "",
    "Juguetes Kimba": "Kimba",
    "Vinos Cieloalto": "Cieloalto",
    "Laboratorios Prisma Derma": "Prisma Derma",
    "Grupo Lechero La Loma": "La Loma|Grupo La Loma",
    "Botanera del Norte": "",
    "Embotelladora Sol del Pacífico": "Sol del Pacífico",
    "Hogarex": "Hogarex México|HGX",
    "Maison Clairval": "Clairval|Clairval México|Maison Clairval México",
    "Tiendas Pronto": "",
    "Brillanza Beauty": "Brillanza",
    "Luma Beverages": "Luma|Luma Bev",
    "Northbeam Foods": "Northbeam",
    "Fable & Fig": "Fable and Fig",
    "Brightwell Consumer Health": "Brightwell",
    "Tidepool Snacks": "Tidepool",
    "Orchard Lane Brands": "Orchard Lane",
    "Harbor & Pine": "Harbor and Pine",
    "Aurora Pet Care": "Aurora",
    "Everbloom Goods": "Everbloom",
    "Quetzal Beverage Co.": "Quetzal Beverage|Quetzal Bev|Quetzal",
    "Sunridge Pantry": "Sunridge",
    "Cascade Oral Care": "",
    "Conservas Mar de Vigo": "Mar de Vigo",
    "Bodegas Altozano": "Altozano",
    "Grupo Alimentario Duero": "Grupo Duero",
    "Lumina Beauty Labs": "Lumina Beauty|Lumina",
    "Vitalia Nutrición": "Vitalia",
    "Nómada Coffee Roasters": "Nómada Coffee|Nómada",
    "Kräuterhaus Naturkosmetik": "Kräuterhaus",
    "Aceites Olivar de Jaén": "Olivar de Jaén",
    "Frescura Natural": "",
}


def collect() -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for group, modules in (("pos", POSITIVE), ("side", HIRING_SIDE), ("neg", OTHER_NEG)):
        for module in modules:
            for ev in module.events():
                ev["group"] = group
                events.append(ev)
    random.Random(SEED).shuffle(events)
    for n, ev in enumerate(events, 1):
        ev["file"] = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
    return events


def check(events: list[dict[str, str]]) -> None:
    """Fail loudly on any label that does not match its file or the brief's rules."""
    seen: set[str] = set()
    for ev in events:
        cal = Calendar.from_ical(ev["ics"])
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        for c in cal.walk("VEVENT"):
            c.decoded("DTSTART")
        if uids != {ev["uid"]}:
            raise SystemExit(f"{ev['file']}: label UID {ev['uid']!r} but parsed {sorted(uids)}")
        if ev["uid"] in seen:
            raise SystemExit(f"{ev['file']}: UID reused")
        seen.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"{ev['file']}: bad stage {ev['stage']!r}")
        yes = ev["is_interview"] == "1"
        if yes != (ev["group"] == "pos") or (yes and not ev["company"]) or (not yes and ev["company"]):
            raise SystemExit(f"{ev['file']}: is_interview/company inconsistent")
        if (ev["group"] == "side") != ("user-as-interviewer" in ev["trap"]):
            raise SystemExit(f"{ev['file']}: user-as-interviewer trap mismatch")
        if yes and ev["company"] not in FORMS:
            raise SystemExit(f"{ev['file']}: no forms entry for {ev['company']!r}")
        for who in filter(None, ev["interviewers"].split(";")):
            if who.endswith(("hotmail.com", "alimentos-valle-azul.com.mx")) and "mariana" in who:
                raise SystemExit(f"{ev['file']}: the user listed as interviewer")


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


def _records(text: str) -> list[str]:
    """Split CSV text into physical records (a quoted cell may span lines), each with its line ending."""
    out: list[str] = []
    cur = ""
    for line in text.splitlines(keepends=True):
        cur += line
        if cur.count('"') % 2 == 0:
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return out


def replace_rows(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    """Keep the header and all other splits' records verbatim; drop ours; append the new rows."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    records = _records(text)
    if not records:
        records = [",".join(header) + "\n"]
    head, body = records[0], records[1:]
    names = next(csv.reader([head.strip("\r\n")]))
    idx = names.index(split_col)
    newline = "\r\n" if head.endswith("\r\n") else "\n"
    kept = []
    for rec in body:
        if not rec.strip():
            continue
        cells = next(csv.reader(io.StringIO(rec)))
        if len(cells) > idx and cells[idx] == SPLIT:
            continue
        kept.append(rec if rec.endswith(("\n", "\r")) else rec + newline)
    buf = io.StringIO()
    csv.writer(buf, lineterminator=newline).writerows(rows)
    atomic_write(path, (head + "".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> int:
    events = collect()
    check(events)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev in events:
        atomic_write(EVENTS_DIR / ev["file"], ev["ics"].encode("utf-8"))
    label_rows = [[ev["file"], ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                   ev["interviewers"], SPLIT, ev["trap"]] for ev in events]
    replace_rows(EVENTS_DIR / "labels.csv", LABEL_HEADER, "split", label_rows)
    companies = sorted({ev["company"] for ev in events if ev["is_interview"] == "1"})
    replace_rows(EVENTS_DIR / "company_forms.csv", FORMS_HEADER, "split",
                 [[SPLIT, c, FORMS[c]] for c in companies])
    pos = sum(ev["is_interview"] == "1" for ev in events)
    side = sum(ev["group"] == "side" for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} employers", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
