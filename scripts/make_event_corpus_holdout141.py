"""Write the blind calendar-event split holdout141 (Marta Llorens, community pharmacist in Valencia).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout141.py

Writes tests/corpus/events/holdout141-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout141ev_*.py, and replaces only the split=holdout141 rows of labels.csv and company_forms.csv.
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

SPLIT = "holdout141"
SEED = 141_2025
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"martallorens@telefonica.net", "m.llorens@farmacia-russafa.es"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names Marta would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Boiron": ["Laboratoires Boiron", "Boiron SA", "Boiron España"],
    "STADA": ["STADA Arzneimittel", "STADA Arzneimittel AG", "Stada", "Laboratorio STADA"],
    "Eli Lilly": ["Lilly", "Eli Lilly Kinsale", "Eli Lilly and Company", "Lilly Kinsale"],
    "IQVIA": ["IQVIA Ltd", "IQVIA UK"],
    "Grifols": ["Grifols S.A.", "Grifols SA", "Laboratorios Grifols"],
    "Almirall": ["Almirall S.A.", "Laboratorios Almirall"],
    "Quirónsalud": ["Hospital Quirónsalud Valencia", "Quironsalud", "Quirón"],
    "Vithas": ["Hospital Vithas Valencia Consuelo", "Vithas Valencia"],
    "Hospital Clínic de Barcelona": ["Hospital Clínic", "Clínic Barcelona", "FCRB", "Fundació Clínic"],
    "Cofares": ["Grupo Cofares", "COFARES"],
    "Atida | Mifarma": ["Atida", "Mifarma", "Atida Mifarma"],
    "Rovi": ["Laboratorios Farmacéuticos Rovi", "ROVI", "Laboratorios Rovi"],
    "Esteve": ["Esteve Pharmaceuticals", "ESTEVE"],
    "Ferrer": ["Ferrer Internacional", "Grupo Ferrer"],
    "Normon": ["Laboratorios Normon", "Normon S.A."],
    "Faes Farma": ["FAES", "Faes"],
    "Menarini": ["Laboratorios Menarini", "Menarini España", "Grupo Menarini"],
    "Pfizer": ["Pfizer España", "Pfizer S.L.U."],
    "Novartis": ["Novartis Farmacéutica", "Novartis España"],
    "AstraZeneca": ["AZ", "AstraZeneca España"],
    "Roche": ["Roche Farma", "Roche Farma S.A."],
    "PharmaMar": ["Pharma Mar", "PharmaMar S.A."],
    "Insud Pharma": ["Insud", "Chemo", "Exeltis"],
    "ISDIN": ["Isdin"],
    "Uriach": ["Grupo Uriach", "J. Uriach y Compañía"],
    "Kern Pharma": ["Kern"],
    "Reig Jofre": ["Laboratorios Reig Jofre", "Reig Jofré"],
    "Hefame": ["Grupo Hefame", "HEFAME"],
    "Alliance Healthcare": ["Alliance Healthcare España", "Alliance"],
    "Bidafarma": ["bidafarma", "Grupo Bidafarma"],
    "ICON": ["ICON plc", "ICON Clinical Research"],
    "Receptia": [],
    "Cinfa": ["Laboratorios Cinfa", "CINFA"],
    "Teva": ["Teva Pharma", "Teva Pharma S.L.U.", "Teva España"],
    "Docplanner": ["Doctoralia", "Docplanner Group"],
    "HM Hospitales": ["HM", "HM Hospitales Madrid"],
    "IMED Hospitales": ["IMED", "IMED Valencia", "Hospital IMED Valencia"],
    "Ribera": ["Ribera Salud", "Grupo Ribera"],
    "Bayer": ["Bayer Hispania", "Bayer España"],
    "Angelini Pharma": ["Angelini", "Angelini Pharma España"],
    "Sanitas": ["Sanitas Hospitales", "Hospital Universitario La Zarzuela", "Bupa"],
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout141ev_*.py")):
        module = importlib.import_module(path.stem)
        for ev in module.EVENTS:
            ev = dict(ev)
            ev["module"] = path.stem
            events.append(ev)
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout141: {msg}")


def render(ev: dict) -> str:
    text = ev["ics"].strip("\n")
    eol = ev.get("eol", "\r\n")
    return eol.join(text.split("\n")) + eol


def check(ev: dict, name: str, data: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label uid {ev['uid']!r} not among {sorted(uids)}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{name}: bad kind {ev['kind']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{name}: bad trap {ev['trap']!r}")
    if ev["iv"] not in (0, 1):
        fail(f"{name}: iv must be 0 or 1")
    if ev["iv"] == 1:
        if not ev.get("company"):
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev.get("stage", "") not in STAGES:
            fail(f"{name}: bad stage {ev.get('stage')!r}")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
        for who in filter(None, ev.get("who", "").split(";")):
            if who.lower() in USER_ADDRESSES:
                fail(f"{name}: the user is listed as interviewer")
            if "@" in who and who != who.lower():
                fail(f"{name}: interviewer address not lower case: {who}")
            if "@" in who and who not in data.lower():
                fail(f"{name}: interviewer {who} not in the event")
    else:
        for key in ("company", "role", "stage", "who"):
            if ev.get(key):
                fail(f"{name}: negative with {key}={ev[key]!r}")


def replace_split_rows(path: Path, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    header = next(csv.reader([lines[0]]))
    split_col = header.index("split")
    eol = "\r\n" if lines[0].endswith("\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        if len(row) != len(header):
            fail(f"{path.name}: row has {len(row)} fields, header {len(header)}")
        writer.writerow(row)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    used_companies: list[str] = []
    for i, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, name, data)
        with open(EVENTS_DIR / name, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        company = ev.get("company", "") if ev["iv"] else ""
        if company and company not in used_companies:
            used_companies.append(company)
        label_rows.append(
            [
                name,
                ev["uid"],
                str(ev["iv"]),
                company,
                ev.get("role", ""),
                ev.get("stage", ""),
                ev.get("who", ""),
                SPLIT,
                ev["trap"],
            ]
        )
    unused = sorted(set(FORMS) - set(used_companies))
    if unused:
        fail(f"FORMS has companies with no interview: {unused}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used_companies, key=str.lower)]
    replace_split_rows(LABELS, label_rows)
    replace_split_rows(FORMS_CSV, forms_rows)
    n_iv = sum(1 for ev in events if ev["iv"])
    n_hire = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_hire} with the user on the hiring side, {len(used_companies)} employers"
    )


if __name__ == "__main__":
    main()
