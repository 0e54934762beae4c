"""Write the blind calendar-event split holdout232 (one job seeker's calendar, hand-written raw iCalendar).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout232.py

Writes tests/corpus/events/holdout232-NNN-<kind>.ics (old holdout232-*.ics files are deleted first) and replaces
only the split=holdout232 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping every other line
byte for byte. The events themselves live in scripts/holdout232ev_*.py as raw text.
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

SPLIT = "holdout232"
SEED = 232_2025
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"elodie.castaing.oeno@laposte.net", "e.castaing@lestrade-bellevue.fr"}
USER_NAMES = {"élodie castaing", "elodie castaing", "élodie", "elodie", "castaing"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for each interviewing employer in a draft.
FORMS = {
    "Château Pichon-Garance": "Pichon-Garance|Pichon Garance|Ch. Pichon-Garance|Chateau Pichon-Garance",
    "Calder Ridge Winery": "Calder Ridge|Calder Ridge Wines",
    "Maison Fradin-Lacoste": "Fradin-Lacoste|Cognac Fradin-Lacoste|Fradin Lacoste",
    "Vignerons de la Clape": "Cave coopérative des Vignerons de la Clape|Les Vignerons de la Clape|la Clape",
    "Bodega Los Cardales": "Los Cardales|Bodega Los Cardales S.A.|Cardales",
    "Groupe Vinorelle": "Vinorelle|Vinorelle SAS",
    "Cognac Brisson Frères": "Brisson Frères|Brisson Freres|Maison Brisson Frères|Brisson",
    "Château La Croix-Maubert": "La Croix-Maubert|Croix-Maubert|Ch. La Croix-Maubert|Chateau La Croix-Maubert",
    "Château Brane-Lamothe": "Brane-Lamothe|Ch. Brane-Lamothe|Chateau Brane-Lamothe",
    "Château Haut-Verdelais": "Haut-Verdelais|Ch. Haut-Verdelais|AssurVin Domaines",
    "Barrière Millésimes": "Barrière|Barriere Millesimes|Barrière Millésimes SAS",
    "Weingut Hohenau": "Hohenau|Weingut Hohenau GbR",
    "Château Ferrand-Tillac": "Ferrand-Tillac|Ch. Ferrand-Tillac|Chateau Ferrand-Tillac",
    "Les Grands Celliers de l'Atlantique": "Grands Celliers de l'Atlantique|Grands Celliers|GCA",
    "Sève Vins": "Sève|Seve|Seve Vins",
    "Domaine Vidal-Arnaud": "Vidal-Arnaud|Dom. Vidal-Arnaud",
    "Maison Aubrac": "Aubrac|Cognac Aubrac",
    "Groupe Montclar Vins & Spiritueux": "Montclar|Groupe Montclar|Montclar Vins & Spiritueux|Montclar V&S",
    "Cognac Delorme-Vasseur": "Delorme-Vasseur|Maison Delorme-Vasseur|Delorme Vasseur",
    "Domaine des Aires Hautes": "Aires Hautes|Les Aires Hautes|Dom. des Aires Hautes",
    "Champagne Lérard-Vautrin": "Lérard-Vautrin|Lerard-Vautrin|Maison Lérard-Vautrin",
    "Château Monbazan": "Monbazan|Ch. Monbazan|Chateau Monbazan",
    "Domaine de Castelnau-Barbotan": "Castelnau-Barbotan|Armagnac Castelnau-Barbotan|Dom. de Castelnau-Barbotan",
    "Vignobles Léglise": "Léglise|Vignobles Leglise|Château Roquefort-Léglise",
    "Domaine Chauvineau": "Chauvineau|Dom. Chauvineau",
    "Union des Caves de l'Entre-deux-Mers": "UCEDM|Union des Caves|Union des Caves de l'Entre-Deux-Mers",
    "Bodegas Viña Arrizala": "Viña Arrizala|Arrizala|Bodegas Arrizala|Vina Arrizala",
    "Château Saint-Aubin-de-Lisle": "Saint-Aubin-de-Lisle|St-Aubin-de-Lisle|Ch. Saint-Aubin-de-Lisle",
    "Château Corbin-Vayres": "Corbin-Vayres|Ch. Corbin-Vayres|Chateau Corbin-Vayres",
    "Château Lagrange-Destieu": "Lagrange-Destieu|Ch. Lagrange-Destieu|Chateau Lagrange-Destieu",
    "Domaines Roussel-Fabre": "Roussel-Fabre|Domaines Roussel Fabre",
    "Château Lamarque-Sillac": "Lamarque-Sillac|Ch. Lamarque-Sillac|Chateau Lamarque-Sillac",
    "Vignobles Maurin & Fils": "Maurin & Fils|Vignobles Maurin|Maurin et Fils",
    "Œnoconseil Gironde": "Oenoconseil Gironde|Œnoconseil|Laboratoire Œnoconseil Gironde",
    "Château Peyrac-Lalande": "Peyrac-Lalande|Ch. Peyrac-Lalande|Chateau Peyrac-Lalande",
    "Maison Sauvignac": "Sauvignac|Cognac Sauvignac",
    "Domaine des Sept Restanques": "Sept Restanques|Les Sept Restanques|Dom. des Sept Restanques",
    "Château Moulin de Cérons": "Moulin de Cérons|Ch. Moulin de Cérons|Chateau Moulin de Cerons",
    "Weinkellerei Gerlach AG": "Weinkellerei Gerlach|Gerlach|Gerlach Wein",
    "Château Lavallière": "Lavallière|Lavallière Estates|Chateau Lavalliere",
    "Château Grand-Baillac": "Grand-Baillac|Ch. Grand-Baillac|Chateau Grand-Baillac",
    "Maison Cazenave & Fils": "Cazenave & Fils|Cazenave|Cazenave et Fils",
}


def die(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    tz = importlib.import_module(f"{SPLIT}ev_tz").TZ
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        if path.stem == f"{SPLIT}ev_tz":
            continue
        mod = importlib.import_module(path.stem)
        for ev in mod.EVENTS:
            ev = dict(ev)
            ev["module"] = path.stem
            text = ev["ics"]
            for name, block in tz.items():
                text = text.replace(f"@@{name}@@\n", block)
            if "@@" in text:
                die(f"{ev['uid']}: unknown VTIMEZONE marker")
            ev["text"] = text
            events.append(ev)
    return events


def check(ev: dict) -> None:
    uid = ev["uid"]
    data = ev["text"] if ev.get("lf") else ev["text"].replace("\n", "\r\n")
    ev["bytes"] = data.encode("utf-8")
    try:
        cal = icalendar.Calendar.from_ical(ev["bytes"])
    except Exception as exc:
        die(f"{uid}: does not parse: {exc}")
    for key in ("PRODID", "VERSION"):
        if key not in cal:
            die(f"{uid}: VCALENDAR lacks {key}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        die(f"{uid}: no VEVENT")
    for ve in vevents:
        for key in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if key not in ve:
                die(f"{uid}: VEVENT lacks {key}")
        if str(ve["UID"]) != uid:
            die(f"{uid}: label UID does not match the file's UID {ve['UID']!s}")
        ve.decoded("DTSTART")
        if "DTEND" in ve:
            ve.decoded("DTEND")
    if ev["y"] not in (0, 1):
        die(f"{uid}: is_interview must be 0 or 1")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        die(f"{uid}: kind/trap must be kebab-case")
    if ev["stage"] not in STAGES:
        die(f"{uid}: bad stage {ev['stage']!r}")
    who = [w for w in ev["who"].split(";") if w] if ev["who"] else []
    if ev["y"] == 1:
        if not ev["company"] or ev["company"] not in FORMS:
            die(f"{uid}: interview company {ev['company']!r} missing or not in FORMS")
        if ev["trap"].startswith("user-as-interviewer-"):
            die(f"{uid}: an interview cannot have a user-as-interviewer trap")
        for w in who:
            if w != w.strip():
                die(f"{uid}: interviewer with spaces around: {w!r}")
            if "@" in w:
                if w != w.lower():
                    die(f"{uid}: interviewer address must be lower case: {w}")
                if w in USER_ADDRESSES:
                    die(f"{uid}: the user is not her own interviewer")
                if w not in re.sub(r"\r?\n[ \t]", "", data).lower():
                    die(f"{uid}: interviewer {w} not in the file")
            elif w.lower() in USER_NAMES:
                die(f"{uid}: the user is not her own interviewer")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
        die(f"{uid}: negatives have empty company, role, stage and interviewers")
    for field in ("company", "role", "who", "trap"):
        if any(c in ev[field] for c in "\r\n"):
            die(f"{uid}: newline in {field}")


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


def replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip(b"\r\n").decode("utf-8") != header:
        die(f"{path.name}: unexpected header")
    eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol.decode())
    writer.writerows(rows)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    os.chdir(ROOT)
    events = load_events()
    seen: set[str] = set()
    for ev in events:
        check(ev)
        key = (ev["uid"], ev["text"])
        if key in seen:
            die(f"{ev['uid']}: duplicate event")
        seen.add(key)
    used = {ev["company"] for ev in events if ev["y"] == 1}
    unused = set(FORMS) - used
    if unused:
        die(f"FORMS entries without interviews: {sorted(unused)}")
    random.Random(SEED).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        (OUT / name).write_bytes(ev["bytes"])
        label_rows.append(
            [name, ev["uid"], str(ev["y"]), ev["company"], ev["role"], ev["stage"], ev["who"], SPLIT, ev["trap"]]
        )
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    form_rows = [[SPLIT, company, FORMS[company]] for company in sorted(used)]
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)
    n_int = sum(ev["y"] for ev in events)
    n_hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(used)} employers"
    )


if __name__ == "__main__":
    main()
