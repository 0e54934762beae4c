"""Write the blind calendar-event split holdout173 (Yanis Benali, sous-chef in Marseille).

Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout173.py

Deletes old ``tests/corpus/events/holdout173-*.ics`` files, writes the new ones from the hand-written raw
iCalendar text in ``scripts/holdout173ev_*.py`` (shuffled with a fixed seed so file numbers say nothing about the
labels), and replaces only the ``split=holdout173`` rows of ``labels.csv`` and ``company_forms.csv``.
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

ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SPLIT = "holdout173"
SEED = 173_2025
USER_EMAIL = "yanis.benali13@laposte.net"
MODULES = [f"holdout173ev_{c}" for c in "abcdefghij"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Maison Vauban": ["Maison Vauban Restauration", "Le Comptoir Vauban"],
    "Hôtel Grand Phocéen": ["Grand Phocéen", "Le Grand Phocéen", "Hotel Grand Phoceen"],
    "Riviera Hospitality Group": ["Riviera Hospitality", "RHG", "Plage Belle Rive"],
    "Maison Delorme": ["Restaurant Thibault Delorme", "Thibault Delorme", "Delorme"],
    "Le Mas des Oliviers": ["Mas des Oliviers", "Hôtel Le Mas des Oliviers"],
    "Hotel Casa Nolla": ["Casa Nolla", "Hotel Casa Nolla Barcelona", "Hôtel Casa Nolla"],
    "Meridian Cruise Line": ["Meridian Cruises", "Meridian"],
    "Provence Réceptions": ["Provence Réceptions Traiteur", "Provence Receptions"],
    "Hôtel Léman Palace": ["Léman Palace", "Leman Palace", "Hotel Leman Palace"],
    "Alpenrose Hotels": ["Alpenrose Hotels AG", "Alpenrose", "Alpenrose Genève"],
    "Groupe Tête d'Or": ["Tête d'Or", "Groupe Tête d'Or Restauration", "Brasserie Le Parc"],
    "Azur Hôtels Collection": ["Azur Hôtels", "Hôtel Azur Prado"],
    "Popote": ["Popote SAS"],
    "Mamma Roma Group": ["Mamma Roma"],
    "Cap Riviera Resorts": ["Cap Riviera", "Cap Riviera Cannes"],
    "Green Bowl Company": ["Green Bowl"],
    "Bistrot Mirabeau": ["Le Bistrot Mirabeau"],
    "La Table de Julia": ["Table de Julia"],
    "Domaine des Trois Chênes": ["Trois Chênes", "Domaine des 3 Chênes"],
    "Brasserie Les Arcades": ["Les Arcades"],
    "Maison Ripaille": ["Ripaille", "Ripaille Croix-Rousse"],
    "Villa Calanca": ["Hôtel Villa Calanca"],
    "Brasseries Marius": ["Marius", "Groupe Marius"],
    "Sud Restauration Collective": ["SRC", "Sud RC"],
    "Sainte-Victoire Resort": ["Sainte-Victoire Resort & Spa", "Hôtel Sainte-Victoire"],
    "Le Cabanon des Goudes": ["Cabanon des Goudes"],
    "L'Écailler": ["Brasserie L'Écailler", "L'Ecailler"],
    "Hôtel des Célestins": ["Célestins", "Hotel des Celestins"],
    "Bistrot du Panier": ["Le Bistrot du Panier"],
    "Grupo Sal de Mar": ["Sal de Mar", "Grup Sal de Mar"],
    "La Cantine de Cimiez": ["Cantine de Cimiez"],
    "Hôtel Palais Longchamp": ["Palais Longchamp"],
    "Azurea Résidences & Clubs": ["Azurea", "Azurea Clubs"],
    "Maison Blue": ["Maison Blue Nice"],
    "Le Bouchon de Saint-Jean": ["Bouchon de Saint-Jean", "Bouchon St-Jean"],
    "Brasserie des Eaux-Vives": ["Eaux-Vives"],
    "Brasserie des Docks": ["Les Docks"],
    "Hôtel Mirabeau Palace": ["Mirabeau Palace"],
    "Club Nautique du Roucas": ["CNR", "Club Nautique Roucas"],
    "Auberge de Cologny": [],
    "Hôtel Masséna Riviera": ["Masséna Riviera", "Massena Riviera"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout173: {msg}")


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict[str, object], text: str, where: str) -> list[str]:
    kind = str(ev["kind"])
    if not KEBAB.match(kind):
        fail(f"{where}: kind {kind!r} is not kebab-case")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except ValueError as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    uid = str(ev["uid"])
    if uid not in uids:
        fail(f"{where}: label UID {uid!r} not among the file's VEVENT UIDs {sorted(uids)}")
    is_iv, company, role, stage, interviewers, trap = ev["label"]  # type: ignore[misc]
    if is_iv not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if not KEBAB.match(trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    hiring = bool(ev.get("hiring", False))
    if hiring != trap.startswith(HIRING_PREFIX):
        fail(f"{where}: hiring-side flag and trap prefix disagree ({trap})")
    if hiring and is_iv:
        fail(f"{where}: a hiring-side event cannot be the user's interview")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    low = re.sub(r"\r?\n[ \t]", "", text).lower()  # unfolded
    if is_iv:
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        for who in filter(None, interviewers.split(";")):
            if who != who.strip():
                fail(f"{where}: stray space in interviewer {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{where}: interviewer e-mail must be lower case: {who}")
                if who == USER_EMAIL:
                    fail(f"{where}: the user cannot be an interviewer")
            if who.lower() not in low:
                fail(f"{where}: interviewer {who!r} does not occur in the event")
    elif company or role or stage or interviewers:
        fail(f"{where}: a negative must have empty company, role, stage and interviewers")
    return [str(is_iv), company, role, stage, interviewers, SPLIT, trap]


def split_col(header: str) -> int:
    cols = next(csv.reader([header.rstrip("\r\n")]))
    return cols.index("split")


def replace_rows(path: Path, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    header = lines[0]
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    col = split_col(header)
    width = len(next(csv.reader([header.rstrip("\r\n")])))
    kept = [header]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        row = next(csv.reader([line.rstrip("\r\n")]))
        if len(row) != width:
            fail(f"{path.name}: cannot parse a line safely: {line[:60]!r}")
        if row[col] != SPLIT:
            kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    rng.shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    used: set[str] = set()
    seen_kinds: set[tuple[str, str]] = set()
    n_iv = n_hiring = 0
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        text = str(ev["ics"]).lstrip("\n")
        if not text.endswith("\n"):
            text += "\n"
        if ev.get("eol", "crlf") == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        row = check(ev, text, name)
        key = (str(ev["uid"]), text)
        if key in seen_kinds:
            fail(f"{name}: duplicate event text")
        seen_kinds.add(key)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        label_rows.append([name, str(ev["uid"]), *row])
        if row[0] == "1":
            n_iv += 1
            used.add(row[1])
        if row[-1].startswith(HIRING_PREFIX):
            n_hiring += 1
    unused = sorted(set(FORMS) - used)
    if unused:
        fail(f"FORMS entries not used by any interview: {unused}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used)]
    replace_rows(LABELS, label_rows)
    replace_rows(FORMS_CSV, forms_rows)
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives "
        f"({n_hiring} with the user on the hiring side), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
