"""Write the blind calendar-event split holdout264 and its labels.

Split: holdout264, written blind (without reading the classifier, the other generators, other splits' files or
labels) as raw iCalendar text.
Persona: Clémence Vandamme, 30, orthophoniste (speech and language therapist) in a private practice in Lille
(clemence.vandamme@free.fr, c.vandamme@cabinet-ortho-vauban.fr), applying for salaried posts (CHU, CAMSP, SSR,
a Belgian centre in Tournai, practices), while she also hires replacements, tutors students and sits on juries.

The events live in scripts/holdout264ev_*.py (EVENTS lists). This script checks every event, shuffles them with a
fixed seed, writes tests/corpus/events/holdout264-NNN-<kind>.ics (CRLF) and replaces only the split=holdout264 rows
of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv, keeping every other line as it is.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout264.py
"""

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SCRIPTS = Path(__file__).resolve().parent
sys.path.insert(0, str(SCRIPTS))

import holdout264ev_a  # noqa: E402
import holdout264ev_b  # noqa: E402
import holdout264ev_c  # noqa: E402
import holdout264ev_d  # noqa: E402
import holdout264ev_e  # noqa: E402

SPLIT = "holdout264"
SEED = 264
ROOT = SCRIPTS.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
USER_ADDRESSES = {"clemence.vandamme@free.fr", "c.vandamme@cabinet-ortho-vauban.fr"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

FORMS = {
    "CHU Marcq-Flandre": "CHU MF|CHU de Marcq-Flandre|Centre Hospitalier Universitaire de Marcq-Flandre",
    "CAMSP Les Hirondelles": "CAMSP Hirondelles|Les Hirondelles",
    "Centre de rééducation Les Oyats": "Les Oyats|SSR Les Oyats",
    "Centre de Revalidation Saint-Piat": "Saint-Piat|CRSP|CRSP Tournai",
    "Cabinet d'orthophonie Gambetta": "Cabinet Gambetta",
    "Cabinet d'orthophonie des Remparts": "Cabinet des Remparts|Remparts",
    "Clinique des Weppes": "Weppes",
    "SESSAD Arc-en-Ciel": "Arc-en-Ciel|Association Arc-en-Ciel",
    "IEM Les Cèdres": "Les Cèdres|IEM Cèdres",
    "Résidence Les Jardins de Flore": "Les Jardins de Flore|EHPAD Les Jardins de Flore",
    "Centre Hospitalier du Littoral Flamand": "CH du Littoral Flamand|CHLF",
    "Groupement Hospitalier de l'Escaut": "GH de l'Escaut|GHE",
    "Fondation Les Genêts d'Opale": "Les Genêts d'Opale|Genêts d'Opale",
    "CMPP Jean-Itard": "CMPP Tourcoing|CMPP Jean Itard",
    "Groupe Hospitalier Saint-Éloi": "GH Saint-Éloi|Saint-Éloi|Saint-Eloi",
    "Institut Les Sourdines": "Les Sourdines",
    "HAD Flandre-Lys": "HAD Flandre Lys",
    "Parolia": "",
    "Logopedia": "Logopédia|Logopedia SAS",
    "MSP du Sapin Vert": "MSP Sapin Vert|Maison de santé du Sapin Vert",
    "Centre municipal de santé de Lambersart": "CMS Lambersart|Ville de Lambersart",
    "Centre Pédiatrique Marin d'Opale": "Marin d'Opale",
    "Association Tremplin Handicap Nord": "ATHN|Tremplin Handicap Nord",
    "Clinique Sainte-Odile-des-Flandres": "Clinique Sainte-Odile|Sainte-Odile",
    "Clinique du Parc Barbieux": "Parc Barbieux",
    "Audilis Medical": "Audilis|Audilis Medical GmbH",
    "Cabinet Ortho Vauban": "Cabinet Vauban|Vauban",
    "Centre Ressources Autisme des Flandres": "CRA des Flandres|CRA Flandres|CRA",
    "Centre Hélio-Marin de Stella": "Hélio-Marin de Stella|Stella",
    "Centre Hospitalier Sainte-Marthe": "CH Sainte-Marthe|CH Sainte-Marthe de Compiègne",
    "Clinique Les Peupliers": "Les Peupliers",
    "SSR Les Acacias": "Les Acacias|Mutuelle Solidaire du Nord",
    "Lille International School": "LIS",
    "Laboratoire Parole & Cognition": "Parole & Cognition|Parole et Cognition|Université Lille-Métropole",
    "Groupe Clairval Santé": "Clairval|Clairval Santé|Clinique SMR Clairval",
    "IME Les Lilas": "Les Lilas",
    "Cabinet Les Trois Tilleuls": "Les Trois Tilleuls|Trois Tilleuls",
    "Centre Hospitalier de la Deûle": "CH de la Deûle|CH Deûle",
}


def all_events():
    events = []
    for module in (holdout264ev_a, holdout264ev_b, holdout264ev_c, holdout264ev_d, holdout264ev_e):
        events.extend(module.EVENTS)
    return events


def check_event(event):
    """Raise ValueError when an event or its label breaks a rule."""
    uid = event["uid"]
    text = event["ics"]
    if not text.startswith("BEGIN:VCALENDAR") or not text.rstrip("\n").endswith("END:VCALENDAR"):
        raise ValueError(f"{uid}: not a whole VCALENDAR")
    cal = icalendar.Calendar.from_ical(text)
    vevents = cal.walk("VEVENT")
    if not vevents:
        raise ValueError(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        raise ValueError(f"{uid}: VEVENT UIDs {uids}")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            raise ValueError(f"{uid}: no DTSTART")
        vevent.decoded("DTSTART")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            raise ValueError(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        raise ValueError(f"{uid}: stage {event['stage']!r}")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        raise ValueError(f"{uid}: hiring flag and trap disagree")
    interviewers = [name for name in event["interviewers"].split(";") if name]
    if event["is_interview"] == 1:
        if event["company"] not in FORMS:
            raise ValueError(f"{uid}: company {event['company']!r} has no FORMS entry")
        if event["hiring"]:
            raise ValueError(f"{uid}: an interview cannot be hiring-side")
    elif event["is_interview"] == 0:
        if event["company"] or event["role"] or event["stage"] or interviewers:
            raise ValueError(f"{uid}: a negative must have empty company/role/stage/interviewers")
    else:
        raise ValueError(f"{uid}: is_interview must be 0 or 1")
    unfolded = re.sub(r"\n[ \t]", "", text).lower()
    for name in interviewers:
        if name != name.strip() or (("@" in name) and name != name.lower()):
            raise ValueError(f"{uid}: interviewer {name!r} badly written")
        if name.lower() in USER_ADDRESSES:
            raise ValueError(f"{uid}: the user is listed as an interviewer")
        if name.lower() not in unfolded:
            raise ValueError(f"{uid}: interviewer {name!r} not in the event text")


def keep_other_splits(path, header, split_column):
    """Lines of a CSV whose split column is not SPLIT, untouched (the header first)."""
    if not path.exists():
        return [",".join(header) + "\n"]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    index = header.index(split_column)
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > index and fields[index] == SPLIT:
            continue
        kept.append(line)
    return kept


def rows_text(rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def replace_file(path, text):
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.replace(temp_name, path)


def main():
    events = all_events()
    seen = set()
    for event in events:
        check_event(event)
        if event["uid"] in seen:
            raise ValueError(f"duplicate uid {event['uid']}")
        seen.add(event["uid"])
    order = list(events)
    random.Random(SEED).shuffle(order)

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    for number, event in enumerate(order, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        body = event["ics"].replace("\r\n", "\n")
        if not body.endswith("\n"):
            body += "\n"
        (OUT_DIR / name).write_bytes(body.replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                name,
                event["uid"],
                str(event["is_interview"]),
                event["company"],
                event["role"],
                event["stage"],
                event["interviewers"],
                SPLIT,
                event["trap"],
            ]
        )

    kept_labels = keep_other_splits(LABELS, LABEL_HEADER, "split")
    replace_file(LABELS, "".join(kept_labels) + rows_text(label_rows))

    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    kept_forms = keep_other_splits(FORMS_CSV, FORMS_HEADER, "split")
    replace_file(FORMS_CSV, "".join(kept_forms) + rows_text(form_rows))

    interviews = sum(1 for event in events if event["is_interview"] == 1)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"split {SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives")
    print(f"hiring side: {hiring}, other negatives: {len(events) - interviews - hiring}, employers: {len(companies)}")


if __name__ == "__main__":
    main()
