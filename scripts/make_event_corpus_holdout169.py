"""Write the blind calendar-event split holdout169 (an independent author, raw iCalendar text).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout169.py

Deletes only tests/corpus/events/holdout169-*.ics, writes the new files and replaces only the
split=holdout169 rows of labels.csv and company_forms.csv (every other line kept byte for byte).
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
sys.path.insert(0, str(HERE))

from holdout169ev_tz import TZ  # noqa: E402

SPLIT = "holdout169"
SEED = 16969
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
HIRING_PREFIX = "user-as-interviewer-"
USER_ADDRESSES = {"mathieu.girardin@bluewin.ch", "m.girardin@mouvements-jura.ch"}

# Other names Mathieu would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Tissot": ["Tissot SA", "Tissot Le Locle"],
    "Mathys AG Bettlach": ["Mathys", "Mathys AG", "Mathys Medical"],
    "Groupe Maréchal Microtechniques": ["Maréchal Microtechniques", "Groupe Maréchal", "GMM"],
    "Medos International": ["Medos", "Medos International Sàrl", "Johnson & Johnson", "J&J", "DePuy Synthes"],
    "Festina Lotus": ["Festina", "Festina Lotus S.A.", "Grupo Festina"],
    "Kuhn Präzisionsteile AG": ["Kuhn Präzisionsteile", "Kuhn Präzision", "Kuhn AG", "Kuhn"],
    "Rolex": ["Rolex SA", "Rolex Bienne", "Manufacture Rolex"],
    "Patek Philippe": ["Patek Philippe SA", "Patek"],
    "Zenith": ["Zenith SA", "Zenith Watches", "Manufacture Zenith"],
    "Ulysse Nardin": ["Ulysse Nardin SA", "UN"],
    "Sellita": ["Sellita Watch Co SA", "Sellita Watch Co"],
    "Vaucher Manufacture Fleurier": ["Vaucher", "VMF", "Vaucher Manufacture"],
    "Audemars Piguet": ["AP", "Audemars Piguet SA", "Audemars Piguet (Le Brassus)"],
    "Cartier": ["Manufacture Cartier", "Cartier La Chaux-de-Fonds", "Richemont"],
    "Breitling": ["Breitling SA", "Breitling Grenchen"],
    "Omega": ["OMEGA", "OMEGA SA", "Omega Bienne"],
    "Longines": ["Longines SA", "Compagnie des Montres Longines"],
    "Vacheron Constantin": ["Vacheron", "VC", "Richemont"],
    "Piaget": ["Piaget SA", "Richemont"],
    "Chopard": ["Chopard SA", "Fleurier Ebauches", "Chopard Manufacture"],
    "Raymond Weil": ["Raymond Weil SA", "RW"],
    "Frédérique Constant": ["Frederique Constant", "Frédérique Constant SA", "FC"],
    "TAG Heuer": ["TAG Heuer SA", "TAG", "Tag Heuer"],
    "Kenissi": ["Kenissi Manufacture", "Kenissi SA"],
    "Nivarox-FAR": ["Nivarox", "Nivarox-FAR SA", "Nivarox FAR"],
    "Universo": ["Universo SA"],
    "Straumann": ["Straumann Group", "Straumann Villeret", "Institut Straumann AG"],
    "Cendres+Métaux": ["Cendres+Métaux SA", "Cendres + Métaux", "Cendres+Metaux", "C+M", "CMSA"],
    "Valtronic": ["Valtronic SA", "Valtronic Technologies"],
    "Sonceboz": ["Sonceboz SA"],
    "JURA Elektroapparate": ["JURA", "Jura Elektroapparate AG", "JURA Elektroapparate AG"],
    "Stryker": ["Stryker Osteosynthesis", "Stryker Selzach", "Stryker Trauma"],
    "Endress+Hauser": ["Endress+Hauser Flowtec AG", "Endress + Hauser", "E+H", "Endress Hauser"],
    "Nuvomed": ["Nuvomed SA"],
    "Cadrans Perrin": ["Cadrans Perrin Sàrl", "Perrin", "atelier Perrin"],
    "Hublot": ["Hublot SA", "Hublot Nyon"],
    "Johnson Electric": ["Johnson Electric Morat", "Johnson Electric Murten", "Johnson Electric International AG"],
    "Horotec Components": ["Horotec", "Horotec Components SA"],
    "La Joux-Perret": ["La Joux-Perret SA", "Manufacture La Joux-Perret", "LJP"],
    "Dubois Décolletage": ["Dubois Décolletage SA", "Dubois Decolletage", "Dubois"],
    "Integra LifeSciences": ["Integra", "Integra LifeSciences Switzerland"],
    "Cheval Frères": ["Cheval Frères SAS", "Cheval Freres", "Cheval"],
    "Comadur": ["Comadur SA"],
    "Jaeger-LeCoultre": ["Jaeger-LeCoultre SA", "JLC", "Manufacture Jaeger-LeCoultre", "Jaeger LeCoultre"],
    "ETA": ["ETA SA", "ETA SA Manufacture Horlogère Suisse", "ETA Grenchen"],
    "MPS Micro Precision Systems": ["MPS", "MPS Micro Precision Systems AG", "MPS Watch"],
}


def load_events() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for name in MODULES:
        try:
            mod = importlib.import_module(f"holdout169ev_{name}")
        except ModuleNotFoundError:
            continue
        out.extend(mod.EVENTS)
    return out


def render(entry: dict[str, object]) -> bytes:
    text = str(entry["ics"]).lstrip("\n")

    def tz(m: re.Match[str]) -> str:
        return TZ[m.group(1)]

    text = re.sub(r"%%TZ:([A-Z_]+)%%", tz, text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    sep = "\n" if entry["lf"] else "\r\n"
    return (sep.join(lines) + sep).encode("utf-8")


def check(fname: str, data: bytes, entry: dict[str, object]) -> None:
    def fail(msg: str) -> None:
        raise SystemExit(f"BAD LABEL {fname}: {msg}")

    cal = icalendar.Calendar.from_ical(data)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail("no VEVENT")
    if entry["uid"] not in uids:
        fail(f"uid {entry['uid']!r} not in {sorted(uids)}")
    if entry["stage"] not in STAGES:
        fail(f"bad stage {entry['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(entry["trap"])):
        fail(f"trap not kebab-case: {entry['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(entry["kind"])):
        fail(f"kind not kebab-case: {entry['kind']!r}")
    iv = [x for x in str(entry["iv"]).split(";") if x]
    unfolded = data.replace(b"\r\n ", b"").replace(b"\n ", b"").lower()
    if entry["y"] == 1:
        if not entry["company"]:
            fail("interview without company")
        if entry["company"] not in FORMS:
            fail(f"company {entry['company']!r} has no FORMS entry")
        if str(entry["trap"]).startswith(HIRING_PREFIX):
            fail("interview labelled as hiring side")
        for person in iv:
            if "@" in person and person != person.lower():
                fail(f"interviewer e-mail not lower case: {person}")
            if person in USER_ADDRESSES:
                fail("the user listed as interviewer")
            if "@" in person and person.encode() not in unfolded:
                fail(f"interviewer {person} not in file")
    elif entry["y"] == 0:
        if entry["company"] or entry["role"] or entry["stage"] or iv:
            fail("negative with company/role/stage/interviewers")
    else:
        fail("is_interview must be 0 or 1")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    kept = []
    for line in body:
        row = next(csv.reader([line.decode("utf-8")]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    write_atomic(path, header + b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    hiring = 0
    for n, idx in enumerate(order, start=1):
        entry = events[idx]
        fname = f"{SPLIT}-{n:03d}-{entry['kind']}.ics"
        data = render(entry)
        check(fname, data, entry)
        (EVENTS_DIR / fname).write_bytes(data)
        if str(entry["trap"]).startswith(HIRING_PREFIX):
            hiring += 1
        if entry["y"] == 1 and entry["company"] not in companies:
            companies.append(str(entry["company"]))
        label_rows.append([fname, str(entry["uid"]), str(entry["y"]), str(entry["company"]), str(entry["role"]),
                           str(entry["stage"]), str(entry["iv"]), SPLIT, str(entry["trap"])])
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)
    pos = sum(1 for e in events if e["y"] == 1)
    print(f"holdout169: {len(events)} events, {pos} interviews, {len(events) - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
