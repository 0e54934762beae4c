"""Generate the blind calendar-event split ``holdout143`` (issue 4).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout143.py

Writes ``tests/corpus/events/holdout143-NNN-<kind>.ics`` from the raw
iCalendar texts in ``scripts/holdout143ev_*.py`` and replaces only the
``split=holdout143`` rows of ``labels.csv`` and ``company_forms.csv``.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout143"
SEED = 14301
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Fairmont Le Reine Elizabeth": [
        "Fairmont",
        "Le Reine Elizabeth",
        "Fairmont The Queen Elizabeth",
        "Reine Elizabeth",
    ],
    "Ritz-Carlton Montréal": ["Ritz-Carlton", "The Ritz-Carlton Montreal", "Ritz Montréal", "Ritz"],
    "Groupe Germain Hospitalité": ["Groupe Germain", "Le Germain", "Germain Hospitalité", "Le Germain Hôtel Montréal"],
    "Hôtel William Gray": ["William Gray", "Hotel William Gray"],
    "St-Hubert": ["Groupe St-Hubert", "Rôtisseries St-Hubert", "St-Hubert inc."],
    "Saputo": ["Saputo inc.", "Saputo Inc."],
    "Olymel": ["Olymel s.e.c.", "Olymel S.E.C."],
    "Compass Group Canada": ["Compass Group", "Compass", "Groupe Compass Canada"],
    "Sodexo": ["Sodexo Canada", "Sodexo Canada Ltd."],
    "Club de golf Royal Montréal": ["Royal Montréal", "Royal Montreal Golf Club", "Club Royal Montréal"],
    "Traiteur Bouche Bée": ["Bouche Bée", "Bouche Bée Traiteur"],
    "Groupe Restos Plaisirs": ["Restos Plaisirs"],
    "Première Moisson": ["Boulangerie Première Moisson", "Premiere Moisson"],
    "Cirque du Soleil": ["Cirque", "Cirque du Soleil Entertainment Group", "Groupe Cirque du Soleil"],
    "Casino de Montréal": ["Loto-Québec", "Casino de Montreal", "Casino"],
    "CHUM": ["Centre hospitalier de l'Université de Montréal", "CHUM – Service alimentaire"],
    "Hôtel Birks Montréal": ["Hôtel Birks", "Hotel Birks Montreal", "Birks"],
    "Oliver & Bonacini Hospitality": ["Oliver & Bonacini", "O&B", "Oliver and Bonacini"],
    "Fermes Lufa": ["Lufa", "Lufa Farms", "Les Fermes Lufa"],
    "Goodfood": ["Goodfood Market", "Marché Goodfood", "Goodfood Market Corp."],
    "Mijote": ["Mijote Technologies", "Mijote inc."],
    "Hilton Montréal Bonaventure": ["Hilton Bonaventure", "Hilton", "Hôtel Bonaventure"],
    "Maple Leaf Foods": ["Maple Leaf", "Les Aliments Maple Leaf", "Maple Leaf Foods Inc."],
    "gategroup": ["Gate Gourmet", "gategroup Montréal", "Gategroup"],
    "Hôtel Lutetia": ["Lutetia", "Hotel Lutetia Paris", "Lutetia Paris"],
    "Beau-Rivage Palace": ["Beau-Rivage", "Beau-Rivage Palace Lausanne", "BRP"],
    "Hotel Arts Barcelona": ["Hotel Arts", "Arts Barcelona", "Hotel Arts Barcelona (Ritz-Carlton)"],
    "Celebrity Cruises": ["Celebrity", "Celebrity Cruises Inc."],
    "Groupe Sélection": ["Sélection", "Groupe Selection", "Résidences Sélection"],
    "Hôtel Le Mount Stephen": ["Le Mount Stephen", "Mount Stephen", "Hotel Le Mount Stephen"],
    "Palais des congrès de Montréal": ["Palais des congrès", "Palais des congres", "Montréal Convention Centre"],
    "Université McGill": ["McGill", "McGill University", "McGill Food & Dining Services"],
    "Sépaq": ["Société des établissements de plein air du Québec", "SEPAQ"],
    "Manoir Hovey": ["Hovey", "Manoir Hovey Relais & Châteaux"],
    "Club Med": ["Club Med Québec Charlevoix", "Club Med Charlevoix"],
    "Loblaw": ["Loblaw Companies", "Les Compagnies Loblaw", "Loblaw Companies Limited"],
    "Lierre & Sel": ["Restaurant Lierre & Sel", "Lierre et Sel"],
    "Groupe Bistro Laurier": ["Bistro Laurier"],
    "Aramark": ["Aramark Canada", "Aramark Canada Ltd."],
    "Hôtel Le Crystal": ["Le Crystal", "Hotel Le Crystal Montreal"],
    "MTY": ["MTY Food Group", "Groupe MTY", "MTY Group"],
    "Agropur": ["Agropur coopérative", "Agropur Dairy Cooperative"],
}


def load_events() -> list[dict]:
    events: list[dict] = []
    sys.path.insert(0, str(SCRIPTS))
    for path in sorted(SCRIPTS.glob("holdout143ev_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def render(ev: dict) -> str:
    from holdout143ev_common import TZ

    text = ev["ics"].strip("\n")
    for key, block in TZ.items():
        text = text.replace(f"%%TZ:{key}%%", block)
    if "%%" in text:
        raise SystemExit(f"unresolved token in {ev['kind']}: {text[:80]!r}")
    lines = text.split("\n")
    nl = "\r\n" if ev["crlf"] else "\n"
    return nl.join(lines) + nl


def check(fname: str, text: str, ev: dict) -> None:
    lab = ev["label"]
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        raise SystemExit(f"{fname}: does not parse: {exc}") from exc
    uids = {str(c.get("UID")) for c in cal.walk() if c.name in ("VEVENT", "VTODO") and c.get("UID")}
    if lab["uid"] not in uids:
        raise SystemExit(f"{fname}: label UID {lab['uid']!r} not in file {sorted(uids)}")
    unfolded = re.sub(r"\r?\n[ \t]", "", text).lower()
    if lab["stage"] not in STAGES:
        raise SystemExit(f"{fname}: bad stage {lab['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", lab["trap"]):
        raise SystemExit(f"{fname}: trap must be kebab-case: {lab['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        raise SystemExit(f"{fname}: kind must be kebab-case: {ev['kind']!r}")
    if lab["is_interview"] == 1:
        if not lab["company"] or lab["company"] not in FORMS:
            raise SystemExit(f"{fname}: interview company {lab['company']!r} missing from FORMS")
        if "olivier" in lab["interviewers"].lower():
            raise SystemExit(f"{fname}: the user is listed as an interviewer")
        if lab["interviewers"] != lab["interviewers"].strip() or ";;" in lab["interviewers"]:
            raise SystemExit(f"{fname}: malformed interviewers {lab['interviewers']!r}")
        for who in lab["interviewers"].split(";") if lab["interviewers"] else []:
            if "@" in who and who != who.lower():
                raise SystemExit(f"{fname}: interviewer e-mail must be lower case: {who!r}")
            if "@" in who and who not in unfolded:
                raise SystemExit(f"{fname}: interviewer {who!r} not in the file")
        if lab["trap"].startswith(HIRING_PREFIX):
            raise SystemExit(f"{fname}: interview with a hiring-side trap")
    else:
        if any(lab[k] for k in ("company", "role", "stage", "interviewers")):
            raise SystemExit(f"{fname}: negative with company/role/stage/interviewers")
        if ev["hiring"] != lab["trap"].startswith(HIRING_PREFIX):
            raise SystemExit(f"{fname}: hiring-side flag and trap prefix disagree: {lab['trap']!r}")


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    nl = "\r\n" if header.endswith("\r\n") else "\n"
    kept = []
    for line in body:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += nl
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=nl)
    for row in new_rows:
        writer.writerow(row)
    write_atomic(path, header + "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        text = render(ev)
        check(fname, text, ev)
        (OUT / fname).write_text(text, encoding="utf-8", newline="")
        lab = ev["label"]
        label_rows.append(
            [
                fname,
                lab["uid"],
                str(lab["is_interview"]),
                lab["company"],
                lab["role"],
                lab["stage"],
                lab["interviewers"],
                SPLIT,
                lab["trap"],
            ]
        )
        if lab["is_interview"] and lab["company"] not in companies:
            companies.append(lab["company"])

    header = LABELS.read_text(encoding="utf-8").splitlines()[0].split(",")
    if header != ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]:
        raise SystemExit(f"unexpected labels.csv header {header}")
    replace_rows(LABELS, header.index("split"), label_rows)

    unused = sorted(set(FORMS) - set(companies))
    if unused:
        raise SystemExit(f"FORMS has companies without an interview: {unused}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    fheader = FORMS_CSV.read_text(encoding="utf-8").splitlines()[0].split(",")
    if fheader != ["split", "company", "forms"]:
        raise SystemExit(f"unexpected company_forms.csv header {fheader}")
    replace_rows(FORMS_CSV, fheader.index("split"), forms_rows)

    n_int = sum(1 for e in events if e["label"]["is_interview"])
    n_hire = sum(1 for e in events if e["label"]["trap"].startswith(HIRING_PREFIX))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
