#!/usr/bin/env python3
"""Generate the blind calendar-event split holdout198 (afterview, issue 4).

Writes tests/corpus/events/holdout198-NNN-<kind>.ics from the raw iCalendar text held in
scripts/holdout198ev_*.py, and replaces only the split=holdout198 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout198.py
"""

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

SPLIT = "holdout198"
SEED = 198_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout198ev_pubsvc",
    "holdout198ev_crown",
    "holdout198ev_private",
    "holdout198ev_local",
    "holdout198ev_abroad",
    "holdout198ev_misc",
    "holdout198ev_hiring",
    "holdout198ev_work",
    "holdout198ev_life",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Ministère de la Santé et des Services sociaux": "MSSS|ministère de la Santé|Santé et Services sociaux",
    "Ministère de l'Économie, de l'Innovation et de l'Énergie": "MEIE|ministère de l'Économie",
    "Secrétariat du Conseil du trésor": "SCT|Conseil du trésor",
    "Ministère de la Culture et des Communications": "MCC|ministère de la Culture",
    "Ministère des Transports et de la Mobilité durable": "MTMD|ministère des Transports|Transports Québec",
    "Revenu Québec": "RQ|Agence du revenu du Québec",
    "Retraite Québec": "",
    "Société de l'assurance automobile du Québec": "SAAQ",
    "Hydro-Québec": "HQ|Hydro",
    "Loto-Québec": "Loto Québec",
    "Société des alcools du Québec": "SAQ",
    "Investissement Québec": "IQ",
    "CDPQ": "Caisse de dépôt et placement du Québec|la Caisse",
    "Université Laval": "ULaval|UL",
    "NATIONAL": "Cabinet de relations publiques NATIONAL|NATIONAL Public Relations",
    "TACT": "TACT Conseil|TACT Intelligence-conseil",
    "Patrimoine canadien": "Canadian Heritage|PCH",
    "TELUS": "Telus",
    "Ubisoft Québec": "Ubisoft",
    "Coveo": "Coveo Solutions",
    "Lightspeed": "Lightspeed Commerce",
    "Mila": "Mila – Institut québécois d'intelligence artificielle",
    "Beneva": "",
    "iA Groupe financier": "iA|Industrielle Alliance|iA Financial Group",
    "Desjardins": "Mouvement Desjardins|Groupe Desjardins",
    "Ville de Québec": "la Ville",
    "CIUSSS de la Capitale-Nationale": "CIUSSS CN|CIUSSS",
    "Autorité des marchés financiers": "AMF",
    "Protecteur du citoyen": "le Protecteur",
    "Assemblée nationale du Québec": "Assemblée nationale",
    "Élections Québec": "",
    "Musée national des beaux-arts du Québec": "MNBAQ|Musée national des beaux-arts",
    "Télé-Québec": "Télé Québec",
    "Ordre des infirmières et infirmiers du Québec": "OIIQ",
    "Fondation du CHU de Québec": "Fondation CHU de Québec",
    "Studio Bivouac": "Bivouac",
    "exo": "Réseau de transport métropolitain|RTM",
    "Port de Québec": "Administration portuaire de Québec|APQ",
    "Réseau de transport de la Capitale": "RTC",
    "Délégation générale du Québec à Munich": (
        "DGQ Munich|Délégation du Québec à Munich|Vertretung der Regierung von Québec in München"
    ),
    "AHK Kanada": "Deutsch-Kanadische Industrie- und Handelskammer|Chambre de commerce canado-allemande|AHK",
    "Délégation générale du Québec à Mexico": "DGQ Mexico|Delegación General de Quebec en México",
    "Organización Universitaria Interamericana": "OUI|OUI-IOHE|Organisation universitaire interaméricaine",
    "Centraide Québec et Chaudière-Appalaches": "Centraide|Centraide QCA",
    "Québec International": "",
}


def fail(msg):
    sys.exit(f"make_event_corpus_holdout198: {msg}")


def load_events():
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    common = importlib.import_module("holdout198ev_common")
    events = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    for e in events:
        text = e["ics"].strip("\n")
        for key, block in common.TZ.items():
            text = text.replace(f"<<{key}>>", block)
        if "<<" in text:
            fail(f"unreplaced token in {e['uid']}")
        lines = text.split("\n")
        e["bytes"] = (e["eol"].join(lines) + e["eol"]).encode("utf-8")
    return events


def check(e, fname):
    try:
        cal = icalendar.Calendar.from_ical(e["bytes"])
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    for line in e["bytes"].decode("utf-8").split(e["eol"]):
        if line and not line.startswith((" ", "\t")) and not re.match(r"[A-Z][A-Z0-9-]*[;:]", line):
            fail(f"{fname}: malformed content line {line[:40]!r}")
    vevents = [c for c in cal.walk("VEVENT")]
    if not vevents:
        fail(f"{fname}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if e["uid"] not in uids:
        fail(f"{fname}: label UID {e['uid']!r} not in file ({sorted(uids)})")
    for v in vevents:
        if v.get("DTSTART") is None:
            fail(f"{fname}: VEVENT without DTSTART")
    if e["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if e["stage"] not in STAGES:
        fail(f"{fname}: bad stage {e['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["trap"]):
        fail(f"{fname}: trap not kebab-case: {e['trap']!r}")
    if not re.fullmatch(r"[a-z]+(-[a-z]+){0,2}", e["kind"]):
        fail(f"{fname}: kind not kebab-case: {e['kind']!r}")
    if e["is_interview"]:
        if not e["company"]:
            fail(f"{fname}: interview without company")
        if e["company"] not in FORMS:
            fail(f"{fname}: company {e['company']!r} lacks a FORMS entry")
        if e["hiring"]:
            fail(f"{fname}: hiring-side event labelled as interview")
        low = e["bytes"].decode("utf-8").lower()
        unfolded = re.sub(r"\r?\n[ \t]", "", low)
        for who in filter(None, e["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{fname}: stray space in interviewers")
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer e-mail not lower case: {who}")
            if who.lower() not in unfolded:
                fail(f"{fname}: interviewer {who!r} not in the event text")
    else:
        if e["company"] or e["role"] or e["stage"] or e["interviewers"]:
            fail(f"{fname}: negative with company/role/stage/interviewers")
    if e["hiring"] != e["trap"].startswith("user-as-interviewer-"):
        fail(f"{fname}: hiring-side flag and trap prefix disagree ({e['trap']})")


def split_of(line):
    row = next(csv.reader([line.rstrip("\r\n")]), [])
    return row


def replace_rows(path, split_col, new_rows):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path}: empty (no header)")
    header = lines[0]
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    kept = [header]
    for line in lines[1:]:
        row = split_of(line)
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for r in new_rows:
        writer.writerow(r)
    data = ("".join(kept) + buf.getvalue()).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main():
    events = load_events()
    seen = {}
    for e in events:
        key = (e["uid"], e["bytes"])
        if key in seen:
            fail(f"duplicate event {e['uid']}")
        seen[key] = True
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    planned = []
    for n, idx in enumerate(order, start=1):
        e = events[idx]
        fname = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        check(e, fname)
        planned.append((fname, e))

    labels_header = LABELS.read_text(encoding="utf-8").splitlines()[0].split(",")
    forms_header = FORMS_CSV.read_text(encoding="utf-8").splitlines()[0].split(",")
    if labels_header != ["file", "uid", "is_interview", "company", "role", "stage",
                         "interviewers", "split", "trap"]:
        fail(f"unexpected labels.csv header {labels_header}")
    if forms_header != ["split", "company", "forms"]:
        fail(f"unexpected company_forms.csv header {forms_header}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for fname, e in planned:
        (EVENTS_DIR / fname).write_bytes(e["bytes"])
        label_rows.append([fname, e["uid"], str(e["is_interview"]), e["company"], e["role"],
                           e["stage"], e["interviewers"], SPLIT, e["trap"]])
    companies = sorted({e["company"] for e in events if e["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, FORMS[c]] for c in companies]
    replace_rows(LABELS, labels_header.index("split"), label_rows)
    replace_rows(FORMS_CSV, forms_header.index("split"), form_rows)

    n_int = sum(e["is_interview"] for e in events)
    n_hire = sum(1 for e in events if e["hiring"])
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
