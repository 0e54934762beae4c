"""Write the blind calendar-event split holdout228 (Mathieu Bouchard, heavy-vehicle shop lead, Quebec City).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout228.py

It deletes only tests/corpus/events/holdout228-*.ics, writes the new files, and replaces only the
split=holdout228 rows of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
The events live as hand-written raw iCalendar text in scripts/holdout228ev_*.py.
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

SPLIT = "holdout228"
SEED = 228_2025
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout228ev_a", "holdout228ev_a2", "holdout228ev_b", "holdout228ev_c", "holdout228ev_c2",
    "holdout228ev_d", "holdout228ev_d2", "holdout228ev_e", "holdout228ev_e2", "holdout228ev_f",
    "holdout228ev_f2",
]
HIRING_MODULES = ["holdout228ev_e", "holdout228ev_e2"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"mathieu.bouchard.meca@videotron.ca", "mbouchard@camionslaurentides.ca"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other names Mathieu would accept for the same employer in a draft.
FORMS = {
    "Réseau de transport de la Capitale": ["RTC", "Réseau de transport de la Capitale (RTC)"],
    "Hydro-Québec": ["HQ", "Hydro Quebec"],
    "Ville de Québec": ["Ville de Quebec", "la Ville de Québec"],
    "Société de transport de Lévis": ["STLévis", "STLevis", "Société de transport de Levis"],
    "Centre de gestion de l'équipement roulant": [
        "CGER", "Ministère des Transports et de la Mobilité durable", "MTMD", "Transports Québec"],
    "Société de transport de Montréal": ["STM", "Societe de transport de Montreal"],
    "Ville de Lévis": ["Lévis", "Ville de Levis"],
    "Ville de Sept-Îles": ["Sept-Îles", "Ville de Sept-Iles"],
    "Minerai de fer Québec": ["MFQ", "Champion Iron", "Champion Iron Mines", "Quebec Iron Ore"],
    "ArcelorMittal Exploitation minière Canada": [
        "ArcelorMittal", "AMEM", "ArcelorMittal Mining Canada", "ArcelorMittal Mines Canada"],
    "Compagnie minière IOC": ["IOC", "Iron Ore Company of Canada", "Rio Tinto IOC", "Rio Tinto"],
    "Tata Steel Minerals Canada": ["TSMC", "Tata Steel"],
    "Mine Raglan": ["Raglan", "Raglan Mine", "Glencore"],
    "Hewitt Équipement": ["Hewitt", "Hewitt Equipment", "Hewitt Équipement Limitée", "Hewitt Cat"],
    "Toromont Cat": ["Toromont", "Toromont Industries"],
    "Alcoa": ["Alcoa Baie-Comeau", "Aluminerie de Baie-Comeau", "Alcoa Canada"],
    "Niobec": ["Mine Niobec", "Niobec inc."],
    "Groupe Robert": ["Robert", "Transport Robert", "Groupe Robert inc."],
    "Transport Guilbault": ["Guilbault", "Groupe Guilbault"],
    "TFI International": ["TFI", "TransForce", "TFI International inc."],
    "Purolator": ["Purolator inc."],
    "Penske Truck Leasing": ["Penske", "Penske Truck Leasing Canada", "Location de camions Penske"],
    "Ryder": ["Ryder System", "Ryder Canada"],
    "Sysco": ["Sysco Québec", "Sysco Canada"],
    "Boulangerie Canada Bread": ["Canada Bread", "Bimbo Canada", "Grupo Bimbo", "Bimbo"],
    "Loblaw": ["Les Compagnies Loblaw", "Loblaw Companies", "Loblaws", "Provigo"],
    "Metro": ["Metro inc.", "Metro Richelieu"],
    "GFL Environmental": ["GFL", "GFL Environnement", "GFL Environmental Inc."],
    "Location Brossard": ["Brossard", "Location Brossard inc."],
    "Transport Bernières": ["Bernières", "Transports Bernières"],
    "Groupe Morneau": ["Morneau", "Transport Morneau"],
    "Keolis Canada": ["Keolis", "Orléans Express"],
    "Convertix": ["Convertix Électrique", "Convertix inc."],
    "Autobus Laval": ["Autobus Laval ltée", "Les Autobus Laval"],
    "Transdev": ["Transdev Canada", "Transdev Québec"],
    "CN": ["Canadien National", "CN Rail", "Canadian National",
           "Compagnie des chemins de fer nationaux du Canada"],
    "Énergir": ["Energir", "Gaz Métro"],
    "Lion Électrique": ["Lion", "Lion Electric", "La Compagnie Électrique Lion", "The Lion Electric Co."],
    "Nova Bus": ["Novabus", "Nova Bus (Groupe Volvo)", "Volvo Group"],
    "Prévost": ["Prevost", "Prévost Car", "Prevost Car"],
    "Girardin Blue Bird": ["Girardin", "Autobus Girardin", "Girardin Minibus"],
    "Hollmann Fahrzeugtechnik Canada": ["Hollmann", "Hollmann Fahrzeugtechnik", "Hollmann Canada"],
    "Globocam": ["Camions Globocam", "Globocam Québec"],
    "Transport Bourassa": ["Bourassa", "Transport Bourassa inc."],
    "Pomerleau": ["Pomerleau inc."],
    "Aéroport de Québec": ["YQB", "Aéroport international Jean-Lesage de Québec", "Aéroport de Québec inc."],
    "Agropur": ["Agropur coopérative", "Agropur Dairy Cooperative"],
}

KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$")


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout228: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, str(HERE))
    events = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def to_bytes(ev: dict) -> bytes:
    text = ev["ics"]
    if not text.endswith("\n"):
        text += "\n"
    if ev["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict, fname: str, data: bytes) -> None:
    where = f"{fname} ({ev['kind']})"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # report any parse failure loudly
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label uid {ev['uid']!r} not among {sorted(uids)}")
    for comp in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{where}: VEVENT without {prop}")
    if not KEBAB.match(ev["kind"]):
        fail(f"{where}: kind is not kebab-case")
    if not KEBAB.match(ev["trap"]):
        fail(f"{where}: trap {ev['trap']!r} is not kebab-case")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\n ", "").lower()
    if ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{where}: a negative must have empty company/role/stage/interviewers")
        return
    if ev["trap"].startswith("user-as-interviewer"):
        fail(f"{where}: an interview cannot be user-as-interviewer")
    if not ev["company"]:
        fail(f"{where}: an interview needs a company")
    if ev["company"] not in FORMS:
        fail(f"{where}: company {ev['company']!r} has no FORMS entry")
    for who in filter(None, ev["interviewers"].split(";")):
        if who != who.strip():
            fail(f"{where}: stray spaces in interviewer {who!r}")
        if "@" in who:
            if not EMAIL.match(who) or who != who.lower():
                fail(f"{where}: interviewer address {who!r} must be a lower-case e-mail")
            if who in USER_ADDRESSES or "noreply" in who or "no-reply" in who:
                fail(f"{where}: interviewer {who!r} is the user or a no-reply address")
            if who not in text:
                fail(f"{where}: interviewer {who!r} not found in the event")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue().encode("utf-8")


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty (header expected)")
    head = next(csv.reader([lines[0].decode("utf-8")]))
    if head != header:
        fail(f"{path}: unexpected header {head}")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) == len(header) and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    atomic_write(path, b"".join(kept) + b"".join(csv_line(r) for r in rows))


def main() -> None:
    events = load_events()
    # Every event with the user on the hiring side lives in the E modules, and only those.
    hiring = {id(e) for name in HIRING_MODULES for e in importlib.import_module(name).EVENTS}
    for e in events:
        if (id(e) in hiring) != e["trap"].startswith("user-as-interviewer-"):
            fail(f"{e['kind']}: hiring-side events and user-as-interviewer- traps must coincide")
        if id(e) in hiring and e["is_interview"]:
            fail(f"{e['kind']}: the user on the hiring side is never an interview")
    kinds = [e["kind"] for e in events]
    if len(set(kinds)) != len(kinds):
        fail("duplicate kind names: " + ", ".join(sorted({k for k in kinds if kinds.count(k) > 1})))
    unused = set(FORMS) - {e["company"] for e in events if e["is_interview"]}
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = to_bytes(ev)
        check(ev, fname, data)
        (EVENTS_DIR / fname).write_bytes(data)
        label_rows.append([fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])

    companies = sorted({e["company"] for e in events if e["is_interview"]})
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(LABELS, LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)

    n_int = sum(e["is_interview"] for e in events)
    n_hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
