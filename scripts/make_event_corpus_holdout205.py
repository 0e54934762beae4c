"""Write the blind calendar-event split holdout205 (Martín Ferreyra, contador in Córdoba).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout205.py

Writes tests/corpus/events/holdout205-NNN-<kind>.ics from the raw iCalendar text held in
scripts/holdout205ev_*.py, and replaces only the split=holdout205 rows of tests/corpus/events/labels.csv
and tests/corpus/events/company_forms.csv (every other line is kept byte for byte).
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

SPLIT = "holdout205"
SEED = 20500205
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout205ev_a",
    "holdout205ev_b",
    "holdout205ev_c",
    "holdout205ev_d",
    "holdout205ev_e",
    "holdout205ev_f",
    "holdout205ev_g",
    "holdout205ev_h",
    "holdout205ev_i",
    "holdout205ev_j",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"martinferreyra.cpn@gmail.com", "mferreyra@agrocentro.com.ar"}
HIRING_SIDE = "user-as-interviewer-"

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "Arcor": "Arcor SAIC|Grupo Arcor",
    "Naranja X": "Naranja|NaranjaX|Tarjeta Naranja",
    "PwC": "PwC España|PricewaterhouseCoopers|PwC Spain",
    "Unilever": "Unilever España|Unilever Iberia",
    "Cargill": "Cargill SACI|Cargill Argentina",
    "Grifols": "Grifols SA|Grupo Grifols",
    "Glovo": "Glovoapp23|Glovoapp",
    "Mercado Libre": "MercadoLibre|Meli|MELI",
    "Globant": "",
    "AGD": "Aceitera General Deheza|Aceitera Gral. Deheza|AGD SA",
    "Bunge": "Bunge Argentina|Viterra",
    "Renault Argentina": "Renault|Renault Argentina SA",
    "Bayer": "Bayer Hispania|Bayer Crop Science|Bayer AG",
    "Kornfeld Agrar": "Kornfeld Agrar Trading GmbH|Kornfeld|Kornfeld Agrar Trading",
    "Louis Dreyfus Company": "LDC|Louis Dreyfus|LDC Argentina",
    "Danone": "Danone España|Danone SA",
    "La Serenísima": "Mastellone Hnos.|Mastellone Hermanos|Mastellone",
    "Molinos Río de la Plata": "Molinos|Molinos Rio de la Plata",
    "Ledesma": "Ledesma SAAI",
    "Quilmes": "Cervecería y Maltería Quilmes|CMQ|AB InBev",
    "Syngenta": "Syngenta Agro",
    "Adecoagro": "Adecoagro SA",
    "Los Grobo": "Grupo Los Grobo",
    "Bancor": "Banco de Córdoba|Banco de la Provincia de Córdoba",
    "Granario": "",
    "Holcim Argentina": "Holcim|Holcim (Argentina) SA",
    "Grido": "Helacor|Helacor SA|Grido Helado",
    "Sancor Seguros": "Grupo Sancor Seguros|Sancor",
    "Ualá": "Uala",
    "Mondelez": "Mondelez International|Mondelez Argentina",
    "dLocal": "DLocal",
    "Mahou San Miguel": "Mahou|Grupo Mahou San Miguel",
    "Wallapop": "",
    "Holaluz": "Holaluz-Clidom",
    "Bosch": "Robert Bosch España|Grupo Bosch|Bosch España",
    "Vall Companys": "Grupo Vall Companys",
    "bonÀrea": "bonÀrea Agrupa|bonArea|Cooperativa de Guissona",
    "ADM": "Archer Daniels Midland|ADM Agro",
    "Agrofy": "",
    "Pampa Energía": "Pampa Energia|Pampa",
    "Porta Hnos": "Porta Hermanos|Porta",
    "Biogénesis Bagó": "Biogenesis Bago|Biogénesis|Grupo Bagó",
    "Ebro Foods": "Ebro|Grupo Ebro",
    "Corteva": "Corteva Agriscience",
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict, text: str) -> None:
    kind = ev["kind"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", kind):
        fail(f"bad kind {kind!r}")
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{kind}: label uid {ev['uid']!r} not in parsed file (has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        c.decoded("DTSTART")
    y = ev["y"]
    company, role, stage, who = ev.get("company", ""), ev.get("role", ""), ev.get("stage", ""), ev.get("who", "")
    trap = ev["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{kind}: bad trap {trap!r}")
    if y not in (0, 1):
        fail(f"{kind}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{kind}: bad stage {stage!r}")
    if y == 0:
        if company or role or stage or who:
            fail(f"{kind}: negative with company/role/stage/interviewers")
        return
    if trap.startswith(HIRING_SIDE):
        fail(f"{kind}: an interview cannot be hiring-side")
    if not company:
        fail(f"{kind}: interview without company")
    if company not in FORMS:
        fail(f"{kind}: company {company!r} has no FORMS entry")
    flat = text.replace("\r\n ", "").replace("\n ", "").lower()
    for person in filter(None, who.split(";")):
        if person in USER_ADDRESSES:
            fail(f"{kind}: the user listed as interviewer")
        if "@" in person and (person != person.lower() or person not in flat):
            fail(f"{kind}: interviewer {person!r} not a lower-case address found in the file")


def replace_rows(path: Path, col: int, header: list[str], rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0].decode("utf-8")])) != header:
        fail(f"{path.name}: unexpected header")
    kept = [ln for ln in lines if next(csv.reader([ln.decode("utf-8")]), [""] * (col + 1))[col:col + 1] != [SPLIT]]
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    data = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    seen_kinds: dict[str, int] = {}
    texts = []
    for ev in events:
        text = ev["ics"].lstrip("\n")
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text)
        seen_kinds[ev["kind"]] = seen_kinds.get(ev["kind"], 0) + 1
        texts.append(text)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for n, idx in enumerate(order, 1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / fname).write_bytes(texts[idx].encode("utf-8"))
        label_rows.append([
            fname, ev["uid"], str(ev["y"]), ev.get("company", ""), ev.get("role", ""), ev.get("stage", ""),
            ev.get("who", ""), SPLIT, ev["trap"],
        ])
    companies = sorted({ev["company"] for ev in events if ev["y"] == 1})
    for c in companies:
        if c not in FORMS:
            fail(f"company {c!r} lacks a FORMS entry")
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    header = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
    replace_rows(LABELS, 7, header, label_rows)
    replace_rows(FORMS_CSV, 0, ["split", "company", "forms"], [[SPLIT, c, FORMS[c]] for c in companies])

    pos = sum(ev["y"] for ev in events)
    hiring = sum(ev["trap"].startswith(HIRING_SIDE) for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
