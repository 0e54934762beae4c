"""Write the blind calendar-event split holdout177 (Florian Gruber, Vienna maths/physics teacher).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout177.py

Writes tests/corpus/events/holdout177-NNN-<kind>.ics (old holdout177-*.ics deleted first) and replaces only the
split=holdout177 rows of tests/corpus/events/labels.csv and company_forms.csv (other lines kept byte for byte).
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout177ev_edtech
import holdout177ev_hiring
import holdout177ev_hiring2
import holdout177ev_intl
import holdout177ev_intl2
import holdout177ev_neg
import holdout177ev_neg2
import holdout177ev_public
import holdout177ev_publishers
import holdout177ev_schools_at

SPLIT = "holdout177"
SEED = 177_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"florian.gruber@gmx.at", "f.gruber@bildung-wien.at"}

MODULES = [
    holdout177ev_schools_at,
    holdout177ev_public,
    holdout177ev_intl,
    holdout177ev_intl2,
    holdout177ev_edtech,
    holdout177ev_publishers,
    holdout177ev_hiring,
    holdout177ev_hiring2,
    holdout177ev_neg,
    holdout177ev_neg2,
]

# Other names Florian would accept for the same employer in a draft.
FORMS = {
    "Bildungsdirektion für Niederösterreich": [
        "Bildungsdirektion NÖ", "BD NÖ", "Bildungsdirektion Niederösterreich"
    ],
    "Bildungsdirektion Burgenland": ["BD Burgenland", "Bildungsdirektion für Burgenland"],
    "Bildungsdirektion für Wien": ["Bildungsdirektion Wien", "BD Wien"],
    "BRG 19 Krottenbachstraße": ["BRG 19", "BRG Krottenbachstraße", "GRG 19 Krottenbachstraße"],
    "Stiftsgymnasium Melk": ["Stift Melk", "Stiftsgymnasium"],
    "Theresianum": ["Theresianische Akademie", "Stiftung Theresianische Akademie"],
    "Evangelisches Schulwerk A.B. Wien": ["Evangelisches Schulwerk", "Evangelisches Gymnasium Wien"],
    "Pädagogische Hochschule Wien": ["PH Wien"],
    "Pädagogische Hochschule Niederösterreich": ["PH NÖ", "PH Niederösterreich"],
    "KPH Wien/Krems": ["Kirchliche Pädagogische Hochschule Wien/Krems", "KPH Wien"],
    "IQS": ["Institut des Bundes für Qualitätssicherung im österreichischen Schulwesen"],
    "BMBWF": ["Bundesministerium für Bildung, Wissenschaft und Forschung", "Bildungsministerium"],
    "OeAD": ["OeAD-GmbH", "Agentur für Bildung und Internationalisierung"],
    "VHS Wien": ["Wiener Volkshochschulen", "Wiener Volkshochschulen GmbH", "Volkshochschule Wien"],
    "FH Technikum Wien": ["Technikum Wien", "Fachhochschule Technikum Wien"],
    "Vienna International School": ["VIS"],
    "American International School Vienna": ["AIS Vienna", "AIS"],
    "Danube International School Vienna": ["Danube International School", "DISV"],
    "Amadeus International School Vienna": ["Amadeus", "Amadeus Vienna"],
    "International School Carinthia": ["ISC"],
    "Lycée Français de Vienne": ["Lycée Français", "LFV"],
    "St. Georgs-Kolleg Istanbul": ["St. Georg Istanbul", "Avusturya Lisesi", "St. Georgs-Kolleg"],
    "Bavarian International School": ["BIS"],
    "Munich International School": ["MIS"],
    "Europäische Schule München": ["European School Munich", "ESM"],
    "Zurich International School": ["ZIS"],
    "Inter-Community School Zurich": ["ICS Zurich", "ICS"],
    "International School of Geneva": ["Ecolint", "École Internationale de Genève"],
    "Kantonsschule Küsnacht": ["KKN", "Kanti Küsnacht"],
    "Deutsche Schule Madrid": ["Colegio Alemán de Madrid", "DSM"],
    "Deutsche Schule Barcelona": ["Colegio Alemán de Barcelona", "DSB"],
    "Leysin American School": ["LAS"],
    "GoStudent": ["GoStudent GmbH"],
    "sofatutor": ["sofatutor GmbH"],
    "simpleclub": ["simpleclub GmbH"],
    "bettermarks": ["bettermarks GmbH"],
    "Knowunity": ["Knowunity GmbH"],
    "Mathbuddy": [],
    "ÖBV": ["Österreichischer Bundesverlag Schulbuch", "öbv"],
    "Veritas Verlag": ["Veritas"],
    "Ernst Klett Verlag": ["Klett", "Klett Verlag"],
    "Cornelsen": ["Cornelsen Verlag"],
    "Texas Instruments": ["TI", "TI Education Technology"],
    "GeoGebra": ["GeoGebra GmbH"],
    "Lernquadrat": ["LernQuadrat"],
    "Vienna Business School": ["VBS", "Fonds der Wiener Kaufmannschaft"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev: dict, name: str) -> None:
    text = ev["ics"]
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # pragma: no cover - loud failure is the point
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file {sorted(uids)}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: bad is_interview")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{name}: trap not kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{name}: kind not kebab-case: {ev['kind']!r}")
    if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["hiring"]:
            fail(f"{name}: hiring-side event labelled as interview")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
        fail(f"{name}: negative with company/role/stage/interviewers")
    flat = unfold(text).lower()
    for who in filter(None, ev["interviewers"].split(";")):
        if who != who.strip():
            fail(f"{name}: whitespace in interviewer {who!r}")
        if "@" in who:
            if who != who.lower():
                fail(f"{name}: interviewer address not lower case: {who}")
            if who in USER_ADDRESSES or "noreply" in who or "no-reply" in who:
                fail(f"{name}: interviewer {who} is the user or a no-reply address")
        if who.lower() not in flat:
            fail(f"{name}: interviewer {who!r} not found in the file")


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
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
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    companies: list[str] = []
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(ev, name)
        body = ev["ics"] if ev["ics"].endswith("\n") else ev["ics"] + "\n"
        if ev["eol"] == "crlf":
            body = body.replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / name).write_bytes(body.encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
        if ev["is_interview"] and ev["company"] not in companies:
            companies.append(ev["company"])
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS has companies without an interview: {unused}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(ev["hiring"] for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
