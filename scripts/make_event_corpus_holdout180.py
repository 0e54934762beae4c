"""Write the blind event split holdout180 (tests/corpus/events/holdout180-*.ics) and its label rows.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout180.py

Replaces only tests/corpus/events/holdout180-*.ics and the split=holdout180 rows of labels.csv and
company_forms.csv; every other line of those files is kept byte for byte.
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

SPLIT = "holdout180"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
SEED = 180_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Cantábrica de Energía": ["Cantábrica de Energía S.A.", "Cantábrica Energía", "Cantábrica", "CdE"],
    "Atlântico Pharma": ["Atlântico Pharma, S.A.", "Atlantico Pharma", "Atlântico"],
    "Sagasta & Prado Abogados": ["Sagasta & Prado", "Sagasta y Prado", "S&P Abogados"],
    "Hostelia Hotels & Resorts": ["Hostelia", "Hostelia Hotels", "Grupo Hostelia"],
    "Rutaxa Mobility": ["Rutaxa", "Rutaxa Mobility S.L."],
    "Northpeak Software": ["Northpeak", "Northpeak Software Inc."],
    "Banco Meridional": ["Meridional", "Banco Meridional, S.A."],
    "Kessler Industrietechnik": ["Kessler", "Kessler Industrietechnik GmbH", "Kessler Ibérica"],
    "Groupe Vallaurix": ["Vallaurix", "Vallaurix España", "Grupo Vallaurix"],
    "Monedo Fintech": ["Monedo", "Monedo Fintech S.L."],
    "Kivo Health": ["Kivo"],
    "Grupo Alimentario Sierra Morena": ["Sierra Morena", "Grupo Sierra Morena", "GASM"],
    "Verde Agro Capital": ["Verde Agro", "Verde Agro Capital S.L."],
    "Lumen Proptech": ["Lumen"],
    "Bodegas Riberal": ["Riberal", "Bodegas Riberal S.A."],
    "Harwell Medical": ["Harwell", "Harwell Medical Devices", "Harwell Medical Inc."],
    "Tessellate Payments": ["Tessellate", "Tessellate Payments Ltd"],
    "Clausulia": ["Clausulia.ai"],
    "Parcela Energy": ["Parcela"],
    "Constructora Peñalara": ["Peñalara", "Constructora Peñalara S.A.", "Grupo Peñalara"],
    "Grupo Editorial Alcalá": ["Editorial Alcalá", "Alcalá"],
    "Mercasur Distribución": ["Mercasur"],
    "Banco Castellano": ["Castellano", "Banco Castellano, S.A."],
    "Mutua Levante Seguros": ["Mutua Levante", "Levante Seguros"],
    "Grupo Turístico Océano": ["Océano", "Grupo Océano", "Océano Hoteles"],
    "Nexo Logística": ["Nexo", "Nexo Logística S.L."],
    "Aguas de Guadarrama": ["Aguas de Guadarrama S.A.", "Aguas Guadarrama"],
    "Linares Castell Abogados": ["Linares Castell", "LC Abogados"],
    "Vantor Energy": ["Vantor", "Vantor Energy Iberia"],
    "Grupo Hospitalario Vitalia": ["Vitalia", "Hospitales Vitalia"],
    "Autopistas del Noroeste": ["AUNOR", "Aunor", "Autopistas del Noroeste S.A."],
    "Inmobiliaria Castellana Norte": ["Castellana Norte", "ICN"],
    "Olivenza Capital Partners": ["Olivenza Capital", "Olivenza", "OCP"],
    "Laboratorios Ribera": ["Ribera", "Laboratorios Ribera S.A.", "Labs Ribera"],
    "Telecom Iberia Networks": ["TIN", "Telecom Iberia"],
    "Asteria Aerospace": ["Asteria", "Asteria Aerospace España"],
    "Martín & Rius Abogados": ["Martín & Rius", "Martín y Rius", "M&R"],
    "Transportista Eléctrica Nacional": ["TEN", "Transportista Eléctrica"],
    "Aseguradora Duero Vida": ["Duero Vida", "Duero Seguros"],
    "Travelgrid Technologies": ["Travelgrid"],
    "Pídelo Delivery": ["Pídelo", "Pidelo"],
    "Ondara Retail Group": ["Ondara", "Grupo Ondara"],
    "Banca Balear Privada": ["BBP", "Banca Balear"],
}

FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout180: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(ROOT / "scripts"))
    events: list[dict] = []
    for name in MODULES:
        mod = importlib.import_module(f"holdout180ev_{name}")
        events.extend(mod.EVENTS)
    return events


def ics_bytes(ev: dict) -> bytes:
    text = ev["ics"].strip("\n") + "\n"
    if ev.get("eol", "crlf") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict, fname: str, data: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = set()
    for comp in cal.walk("VEVENT"):
        uids.add(str(comp.get("UID")))
        if comp.get("DTSTART") is None:
            fail(f"{fname}: VEVENT without DTSTART")
        comp.decoded("DTSTART")
    if ev["uid"] not in uids:
        fail(f"{fname}: label uid {ev['uid']!r} not in file (has {sorted(uids)})")
    y = ev["y"]
    if y not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    stage = ev.get("stage", "")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    trap = ev.get("trap", "")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: trap must be kebab-case: {trap!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["k"]):
        fail(f"{fname}: kind must be kebab-case: {ev['k']!r}")
    hiring = bool(ev.get("hiring"))
    if hiring != trap.startswith(HIRING_PREFIX):
        fail(f"{fname}: hiring-side flag and trap prefix disagree ({trap})")
    if hiring and y:
        fail(f"{fname}: user on the hiring side cannot be an interview")
    low = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).lower()
    if y:
        co = ev.get("co", "")
        if not co:
            fail(f"{fname}: interview without company")
        if co not in FORMS:
            fail(f"{fname}: company {co!r} has no FORMS entry")
        for iv in filter(None, ev.get("iv", "").split(";")):
            if iv != iv.strip() or ("@" in iv and iv != iv.lower()):
                fail(f"{fname}: badly written interviewer {iv!r}")
            if iv.lower() not in low:
                fail(f"{fname}: interviewer {iv!r} not in the file")
            if "ines.carvajal" in iv or "icarvajal" in iv:
                fail(f"{fname}: the user cannot be her own interviewer")
    else:
        for key in ("co", "role", "stage", "iv"):
            if ev.get(key):
                fail(f"{fname}: negative with {key} set")


def replace_rows(path: Path, header: str, rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    if not lines or lines[0].decode("utf-8").rstrip("\r") != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        cells = next(csv.reader([line.decode("utf-8").rstrip("\r")]), [])
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out = b"\n".join(kept) + b"\n" + buf.getvalue().encode("utf-8")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(out)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    uids_seen: dict[str, int] = {}
    for ev in events:
        uids_seen[ev["uid"]] = uids_seen.get(ev["uid"], 0) + 1
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    files: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['k']}.ics"
        data = ics_bytes(ev)
        check(ev, fname, data)
        files.append((fname, data))
        label_rows.append([
            fname, ev["uid"], str(ev["y"]), ev.get("co", ""), ev.get("role", ""), ev.get("stage", ""),
            ev.get("iv", ""), SPLIT, ev["trap"],
        ])

    companies = sorted({ev["co"] for ev in events if ev["y"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries for companies without an interview: {unused}")
    form_rows = [[SPLIT, co, "|".join(FORMS[co])] for co in companies]

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data in files:
        (EVENTS_DIR / fname).write_bytes(data)

    replace_rows(LABELS, ",".join(FIELDS), label_rows, split_col=7)
    replace_rows(FORMS_CSV, "split,company,forms", form_rows, split_col=0)

    pos = sum(ev["y"] for ev in events)
    hiring = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"holdout180: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
