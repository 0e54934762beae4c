"""Write the blind calendar-event split holdout196 (Sanne Bakker, locatiemanager, Rotterdam).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout196.py

Writes tests/corpus/events/holdout196-NNN-<kind>.ics (old holdout196-*.ics files are deleted first)
and replaces only the split=holdout196 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv. Every other line of those files is kept byte for byte.
The events themselves live as raw iCalendar text in scripts/holdout196ev_*.py.
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

SPLIT = "holdout196"
SEED = 196_2025
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$")

# Other names Sanne would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Zorggroep Rijnmond Oost": ["Rijnmond Oost", "ZRO", "Zorggroep Rijnmond-Oost"],
    "Havenzicht Zorg": ["Havenzicht", "Stichting Havenzicht Zorg"],
    "Nuvalia Health": ["Nuvalia", "Nuvalia Health B.V.", "Nuvalia Health Ltd"],
    "Pflegegruppe Niederrhein": ["Pflegegruppe Niederrhein GmbH", "PGN"],
    "WoonZorgNet Antwerpen": ["WoonZorgNet Antwerpen vzw", "WoonZorgNet", "WZN Antwerpen"],
    "Maisonnée Senior": ["Groupe Maisonnée Senior", "Maisonnée"],
    "Cuidamos": ["Cuidamos Tech", "Cuidamos S.L."],
    "Stichting Merwezorg": ["Merwezorg"],
    "Haagse Zorgcirkel": ["De Haagse Zorgcirkel", "Stichting Haagse Zorgcirkel", "HZC"],
    "Stichting Duinrand Zorg": ["Duinrand Zorg", "Duinrand"],
    "Stichting Domstad Zorg": ["Domstad Zorg", "Domstad"],
    "Zorggroep Vechtstreek": ["Vechtstreek"],
    "Woonzorg Delfshaven": ["Stichting Woonzorg Delfshaven", "WZD", "Delfshaven"],
    "Zorgpartners Hoeksche Waard": ["Zorgpartners HW", "Zorgpartners"],
    "Zorgkring Lansingerland": ["Zorgkring", "Stichting Zorgkring Lansingerland"],
    "Stichting Rozenburcht": ["Rozenburcht"],
    "Zorgplus Nederland": ["Zorgplus", "Zorgplus Nederland B.V."],
    "Aurelia Care Group": ["Aurelia", "Aurelia Care Group Nederland", "Aurelia Zorg"],
    "Zorgcentra Drechtsteden": ["ZCD", "Drechtsteden"],
    "Goudse Zorggroep": ["Stichting Goudse Zorggroep", "GZG"],
    "Zorggroep Lekstroom": ["Lekstroom"],
    "Eemland Zorg": ["Stichting Eemland Zorg", "Eemland"],
    "Stichting Heuvelrug Zorg": ["Heuvelrug Zorg", "Heuvelrug"],
    "Oosterlicht Zorg": ["Stichting Oosterlicht Zorg", "Oosterlicht"],
    "Hof van Delfland": ["Zorgcoöperatie Hof van Delfland", "Zorgcooperatie Hof van Delfland"],
    "Revalidatiecentrum Zuidwal": ["Zuidwal", "GRC Zuidwal", "Geriatrisch Revalidatiecentrum Zuidwal"],
    "Thuiszorg Rotterdam-Noord": ["Stichting Thuiszorg Rotterdam-Noord", "TRN", "Thuiszorg R'dam Noord"],
    "Het Anker": ["Zorginstelling Het Anker", "Stichting Het Anker Ridderkerk"],
    "Zorggroep Leidschendam-Voorburg": ["ZLV", "Zorggroep LV"],
    "Zorggroep Alblasserwaard": ["Alblasserwaard", "ZGA"],
    "Schiezorg": ["Stichting Schiezorg"],
    "Wijkzorg Maassluis": ["Stichting Wijkzorg Maassluis"],
    "Zorggroep IJsselmonde": ["IJsselmonde", "ZIJ"],
    "Bloemhof Zorg": ["Stichting Bloemhof Zorg", "Bloemhof"],
    "Zorggroep Utrecht Stad": ["ZUS", "Zorggroep Utrecht-Stad"],
    "Sint Bavo Zorg": ["Stichting Sint Bavo Zorg", "St. Bavo Zorg", "Sint Bavo"],
    "Woonzorg Zuid-Holland": ["WZH", "Stichting Woonzorg Zuid-Holland"],
    "Vitaal Westland": ["Stichting Vitaal Westland"],
    "Kromme Rijn Zorg": ["Stichting Kromme Rijn Zorg", "KRZ"],
    "Zorggroep Zoetermeer": ["ZZ", "Stichting Zorggroep Zoetermeer"],
    "Noorderhaven Zorg": ["Stichting Noorderhaven Zorg", "Noorderhaven"],
    "Zorggroep Katwijk Kust": ["Katwijk Kust", "ZKK"],
    "Waterweg Wonen & Zorg": ["Waterweg Wonen en Zorg", "Waterweg W&Z", "WWZ"],
}


def _load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    tz = importlib.import_module("holdout196ev_a").TIMEZONES
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout196ev_*.py")):
        mod = importlib.import_module(path.stem)
        for ev in mod.EVENTS:
            ev = dict(ev)
            text = ev["ics"].strip("\n")
            for key, block in tz.items():
                text = text.replace(f"@{key}@", block.strip("\n"))
            eol = ev.get("eol", "\r\n")
            ev["data"] = eol.join(text.split("\n")) + eol
            ev["module"] = path.stem
            events.append(ev)
    return events


def _fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout196: {msg}")


def _check(ev: dict) -> dict:
    lab = ev["label"]
    where = f"{ev['module']}:{ev['kind']}:{lab.get('uid')}"
    if not KEBAB.match(ev["kind"]):
        _fail(f"{where}: kind is not kebab-case")
    try:
        cal = icalendar.Calendar.from_ical(ev["data"])
    except Exception as exc:
        _fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if lab["uid"] not in uids:
        _fail(f"{where}: label UID not in the file (file has {sorted(uids)})")
    if lab["is_interview"] not in (0, 1):
        _fail(f"{where}: is_interview must be 0 or 1")
    if lab.get("stage", "") not in STAGES:
        _fail(f"{where}: bad stage {lab.get('stage')!r}")
    if not KEBAB.match(lab["trap"]):
        _fail(f"{where}: trap is not kebab-case")
    low = ev["data"].lower()
    if lab["is_interview"]:
        if not lab["company"]:
            _fail(f"{where}: interview without company")
        if lab["company"] not in FORMS:
            _fail(f"{where}: company {lab['company']!r} has no FORMS entry")
        for who in filter(None, lab.get("interviewers", "").split(";")):
            if "@" in who and (who != who.lower() or not EMAIL.match(who)):
                _fail(f"{where}: interviewer e-mail must be a lower-case address: {who!r}")
            if "sanne" in who.lower() and "bakker" in who.lower():
                _fail(f"{where}: the user is not her own interviewer")
            if who.lower() not in low.replace("\r\n ", "").replace("\n ", ""):
                _fail(f"{where}: interviewer {who!r} does not occur in the event")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if lab.get(key):
                _fail(f"{where}: negative with {key} set")
    if lab.get("hiring_side") and not lab["trap"].startswith("user-as-interviewer-"):
        _fail(f"{where}: hiring-side event needs a user-as-interviewer- trap")
    if lab["trap"].startswith("user-as-interviewer-") and (lab["is_interview"] or not lab.get("hiring_side")):
        _fail(f"{where}: user-as-interviewer- trap on a non hiring-side event")
    return lab


def _replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        _fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            kept.append(line)
            continue
        row = next(csv.reader([line]))
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    data = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = _load_events()
    labels = [_check(ev) for ev in events]
    seen: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["label"]["uid"], ev["data"])
        if key in seen:
            _fail(f"duplicate event {ev['label']['uid']}")
        seen.add(key)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        lab = labels[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (OUT / name).write_bytes(ev["data"].encode("utf-8"))
        rows.append([
            name, lab["uid"], str(lab["is_interview"]), lab.get("company", ""), lab.get("role", ""),
            lab.get("stage", ""), lab.get("interviewers", ""), SPLIT, lab["trap"],
        ])

    companies = sorted({lab["company"] for lab in labels if lab["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        _fail(f"FORMS has companies without an interview: {unused}")
    _replace_rows(LABELS, 7, rows)
    _replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    n_int = sum(lab["is_interview"] for lab in labels)
    n_hire = sum(1 for lab in labels if lab["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
