"""Generate the blind calendar-event split holdout217 (tests/corpus/events/holdout217-*.ics).

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout217.py

Replaces only its own .ics files and the split=holdout217 rows of labels.csv and
company_forms.csv; every other line is kept byte for byte.
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SPLIT = "holdout217"
SEED = 217217
MODULES = [
    "holdout217ev_a", "holdout217ev_b", "holdout217ev_c", "holdout217ev_d",
    "holdout217ev_e", "holdout217ev_f", "holdout217ev_g", "holdout217ev_h",
    "holdout217ev_i", "holdout217ev_j", "holdout217ev_k",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
HIRING_PREFIX = "user-as-interviewer-"
USER_ADDRESSES = {"irene.sanchis.ferrer@gmail.com", "isanchis@tmcvalencia.es"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Maersk": "A.P. Moller - Maersk|A.P. Møller - Mærsk|Maersk Spain|Maersk España",
    "MSC": "Mediterranean Shipping Company|MSC España|MSC Mediterranean Shipping Company",
    "Hapag-Lloyd": "Hapag-Lloyd AG|Hapag Lloyd|Hapag",
    "Mercadona": "Mercadona S.A.",
    "Consum": "Consum Cooperativa|Consum S. Coop. V.|Consum Coop",
    "Broekman Logistics": "Broekman|Broekman Logistics Rotterdam",
    "Kuehne+Nagel": "Kuehne + Nagel|Kühne+Nagel|Kuehne Nagel|K+N",
    "TIBA": "TIBA Spain|Tiba|Grupo TIBA",
    "Amazon": "Amazon Logistics|Amazon España|Amazon Spain",
    "Flexport": "Flexport Inc.|Flexport GmbH",
    "Samskip": "Samskip Multimodal|Samskip B.V.",
    "DSV": "DSV Air & Sea|DSV Spain|DSV A/S",
    "DB Schenker": "Schenker|Schenker Logistics|DB Schenker Spain",
    "DHL Global Forwarding": "DHL|DHL GF|DHL Global Forwarding Spain",
    "CMA CGM": "CMA CGM Group|CMA CGM Ibérica|CMA-CGM",
    "CEVA Logistics": "CEVA|Ceva Logistics Spain",
    "GEODIS": "Geodis|GEODIS Spain",
    "Ocean Network Express": "ONE|ONE Line|Ocean Network Express Pte. Ltd.",
    "COSCO Shipping Lines Spain": "COSCO|COSCO Shipping|COSCO SHIPPING Lines",
    "Baleària": "Balearia|Baleària Eurolíneas Marítimas",
    "Boluda": "Boluda Corporación Marítima|Boluda Lines|Grupo Boluda",
    "Noatum Logistics": "Noatum|Noatum Logistics Spain",
    "IKEA": "IKEA Ibérica|Ikea",
    "Inditex": "Grupo Inditex|Zara Logística|Industria de Diseño Textil",
    "Decathlon": "Decathlon España",
    "Mango": "MANGO|Punto Fa S.L.",
    "Lidl": "Lidl Supermercados|Lidl España",
    "El Corte Inglés": "El Corte Ingles|ECI|Grupo El Corte Inglés",
    "Ford": "Ford España|Ford Almussafes|Ford Motor Company",
    "Primafrio": "Grupo Primafrio|Primafrío",
    "Transfesa Logistics": "Transfesa|Transfesa Logistics S.A.",
    "Hutchison Ports BEST": "BEST|Barcelona Europe South Terminal|Hutchison Ports",
    "Port of Rotterdam": "Havenbedrijf Rotterdam|Port of Rotterdam Authority|Havenbedrijf Rotterdam N.V.",
    "HHLA": "Hamburger Hafen und Logistik|Hamburger Hafen und Logistik AG|HHLA CTA",
    "Forto": "Forto GmbH|FreightHub",
    "Estibo": "Estibo Logistics|Estibo S.L.",
    "GXO": "GXO Logistics|GXO Logistics Spain",
    "Zencargo": "Zencargo Ltd",
    "Levantina de Tránsitos": "Levantina de Transitos|Levantina de Tránsitos S.L.|LDT",
    "Moldtrans": "Grupo Moldtrans|Moldtrans S.L.",
    "Marítima Turia": "Maritima Turia|Marítima Turia S.L.",
    "Carrefour": "Carrefour España|Centros Comerciales Carrefour",
    "Leroy Merlin": "Leroy Merlin España|Adeo",
    "Dacsa": "Dacsa Group|Grupo Dacsa",
    "Ontruck": "Ontruck S.L.",
}


def fail(msg: str) -> None:
    sys.stderr.write(f"make_event_corpus_{SPLIT}: {msg}\n")
    sys.exit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def render(ev: dict) -> bytes:
    text = ev["ics"].lstrip("\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    eol = "\r\n" if ev.get("crlf", True) else "\n"
    return (eol.join(lines) + eol).encode("utf-8")


def check(fname: str, data: bytes, label: tuple) -> None:
    uid, is_int, company, role, stage, interviewers, trap = label
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if uid not in uids:
        fail(f"{fname}: label UID {uid!r} not in file ({sorted(uids)})")
    if is_int not in (0, 1):
        fail(f"{fname}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: trap not kebab-case: {trap!r}")
    if is_int:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} lacks a FORMS entry")
        if trap.startswith(HIRING_PREFIX):
            fail(f"{fname}: interview with a hiring-side trap")
        for who in filter(None, interviewers.split(";")):
            if who != who.strip() or who.lower() in USER_ADDRESSES:
                fail(f"{fname}: bad interviewer {who!r}")
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer address not lower case: {who!r}")
            if "@" in who and who not in data.decode("utf-8").lower().replace("\r\n ", "").replace("\n ", ""):
                fail(f"{fname}: interviewer {who!r} not in the event")
    else:
        if company or role or stage or interviewers:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    trailing = lines[-1] == b""
    if trailing:
        lines.pop()
    header, body = lines[0], lines[1:]
    kept: list[bytes] = []
    insert_at = None
    for line in body:
        fields = next(csv.reader([line.decode("utf-8").rstrip("\r")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            if insert_at is None:
                insert_at = len(kept)
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    ours = [ln.encode("utf-8") for ln in buf.getvalue().split("\n")[:-1]]
    if insert_at is None:
        insert_at = len(kept)
    out = [header, *kept[:insert_at], *ours, *kept[insert_at:]]
    data = b"\n".join(out) + b"\n"
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    used: set[str] = set()
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        kind = ev["kind"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", kind):
            fail(f"bad kind {kind!r}")
        fname = f"{SPLIT}-{num:03d}-{kind}.ics"
        data = render(ev)
        check(fname, data, ev["label"])
        (OUT / fname).write_bytes(data)
        used.add(fname)
        uid, is_int, company, role, stage, interviewers, trap = ev["label"]
        rows.append([fname, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])
    rows.sort(key=lambda r: r[0])
    companies = sorted({r[3] for r in rows if r[2] == "1"})
    for name in companies:
        if name not in FORMS:
            fail(f"company {name!r} lacks a FORMS entry")
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    replace_rows(LABELS, rows, 7)
    replace_rows(FORMS_CSV, [[SPLIT, c, FORMS[c]] for c in companies], 0)
    n_int = sum(r[2] == "1" for r in rows)
    n_hiring = sum(r[8].startswith(HIRING_PREFIX) for r in rows)
    print(
        f"{SPLIT}: {len(rows)} events, {n_int} interviews, {len(rows) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
