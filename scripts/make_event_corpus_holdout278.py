"""Generate the blind calendar-event split ``holdout278`` (raw iCalendar files plus labels).

Split: holdout278, written blind by an independent author (without reading the classifier, the other
generators, other splits' files or labels) before the classifier was run on it.

Persona: Dr Hélène Marchetti-Roux, 39, conservatrice-restauratrice of paintings (diplômée INP), freelance in
Paris for museums and private collectors (private helene.marchetti.roux@free.fr, work
h.marchetti@atelier-restauration-paris.example.fr). She applies to a national museum (épreuve pratique and
audition before a jury), a regional museum (head of conservation), a private conservation-science lab (through a
cabinet de recrutement), a restoration school (teaching post) and a Geneva museum, plus many smaller employers in
France, Switzerland, Belgium, Italy, Spain, Germany, the Netherlands, the UK, Quebec and New York. Her calendar is
also full of 'entretien des collections', constats d'état, loan couriers, press interviews, church site visits,
juries where she assesses students or candidates, and intern interviews she conducts: none of those are hers.

The raw events live in ``scripts/holdout278ev_*.py`` (``EVENTS`` lists, LF line endings in the source). This script
checks every event, shuffles them with a fixed seed, writes ``tests/corpus/events/holdout278-NNN-<kind>.ics``
(CRLF unless an event sets ``eol``) after deleting only old ``holdout278-*.ics`` files, and replaces only the
``split=holdout278`` rows of ``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``,
keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout278.py
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

import holdout278ev_a
import holdout278ev_b
import holdout278ev_c
import holdout278ev_d
import holdout278ev_e
import icalendar

SPLIT = "holdout278"
SEED = 278
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = ("helene.marchetti.roux@free.fr", "h.marchetti@atelier-restauration-paris.example.fr")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]

# Other forms the user would accept for each employer (short names, acronyms, without legal form).
FORMS = {
    "Musée national Hubert-Robert": "MNHR|Musée Hubert-Robert|Hubert-Robert",
    "Musée des Beaux-Arts de Montval": "MBA Montval|Musée de Montval|Ville de Montval",
    "ChromaLab Patrimoine": "ChromaLab",
    "ESARV": "École supérieure d'art et de restauration Vaugirard",
    "Musée des Beaux-Arts du Léman": "MBAL|Musée du Léman",
    "Fondation Lemaire-Duval": "Fondation L-D|Lemaire-Duval",
    "Atelier Berthier-Kessler": "Berthier-Kessler|Atelier B-K",
    "Galerie Arnaud Sansonnet": "Galerie Sansonnet|Sansonnet",
    "CRRCOA": "Centre régional de restauration et de conservation des œuvres d'art",
    "Lavallière & Associés": "Lavallière|Lavallière et Associés",
    "Helios Fine Art Insurance": "Helios Fine Art|Helios",
    "Hartwell Conservation Studio": "Hartwell Studio|Hartwell",
    "Fondazione Ca' Loredan": "Ca' Loredan|Fondation Ca' Loredan",
    "Fondation Vanderkindere": "Vanderkindere",
    "Kunstmuseum Sankt Alban": "Kunstmuseum St. Alban|Sankt Alban",
    "Landesmuseum Hohenstaufen": "LMH",
    "Fundación Arenal": "Fundacion Arenal|Arenal",
    "Atelier Restauration Paris": "ARP",
    "Musée Lesueur-Grandval": "Musée L-G|Lesueur-Grandval",
    "Département du Val-de-Brenne": "Val-de-Brenne|Conseil départemental du Val-de-Brenne",
    "Lumière Imagerie Scientifique": "LIS|Lumière Imagerie",
    "Domaine national de Beaufort-Hautecombe": "Beaufort-Hautecombe",
    "Chenard Fine Art Services": "Chenard",
    "Université Paris-Seine Valois": "UPSV|Paris-Seine Valois",
    "Musée Villa Reuter": "Villa Reuter",
    "Musée des beaux-arts de la Côte-Nord": "MBACN",
    "Delorme-Vasseur Family Office": "Delorme-Vasseur|Famille Delorme-Vasseur",
    "Atelier Saint-Jean Conservation": "Atelier St-Jean|Atelier Saint-Jean",
    "Association diocésaine de Valcourt": "Diocèse de Valcourt",
    "Fenwick & Olmsted Conservation": "Fenwick & Olmsted|Fenwick and Olmsted",
    "Harcourt Auction Group": "Harcourt|Harcourt Auctions",
    "IEMP": "Institut Européen des Métiers du Patrimoine",
    "Stichting Rijnland Restauratie": "Rijnland Restauratie",
    "Studio Restauro Bianchi & Ferri": "Bianchi & Ferri|Bianchi e Ferri",
    "Centre national des collections déposées": "CNCD",
    "Laboratoire Pigmentum": "Pigmentum|Labo Pigmentum",
    "Museo Valdés-Ortega": "Museo Valdes-Ortega|Valdés-Ortega",
    "Ateliers Lanoë Patrimoine": "Ateliers Lanoë|Lanoë Patrimoine",
}


def all_events() -> list[dict]:
    events = []
    for module in (holdout278ev_a, holdout278ev_b, holdout278ev_c, holdout278ev_d, holdout278ev_e):
        events.extend(module.EVENTS)
    return events


def plain_text(ics: str) -> str:
    """Unfold and unescape the raw text so that names and addresses can be searched in it."""
    unfolded = re.sub(r"\r?\n[ \t]", "", ics)
    for escaped, plain in (("\\n", "\n"), ("\\N", "\n"), ("\\,", ","), ("\\;", ";"), ("\\\\", "\\")):
        unfolded = unfolded.replace(escaped, plain)
    return unfolded.casefold()


def check(event: dict) -> list[str]:
    problems = []
    label = event.get("kind", "?")
    required = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}
    missing = required - set(event)
    if missing:
        return [f"{label}: missing keys {sorted(missing)}"]
    extra = set(event) - required - {"eol"}
    if extra:
        problems.append(f"{label}: unknown keys {sorted(extra)}")
    try:
        calendar = icalendar.Calendar.from_ical(event["ics"].replace("\n", "\r\n"))
    except ValueError as exc:
        return [f"{label}: does not parse: {exc}"]
    vevents = list(calendar.walk("VEVENT"))
    if not vevents:
        problems.append(f"{label}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {event["uid"]}:
        problems.append(f"{label}: VEVENT UIDs {sorted(uids)} differ from label uid {event['uid']}")
    for vevent in vevents:
        start = vevent.get("DTSTART")
        if start is None:
            problems.append(f"{label}: VEVENT without DTSTART")
            continue
        try:
            _ = start.dt
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(f"{label}: DTSTART not decodable: {exc}")
    if not KEBAB.match(event["kind"]):
        problems.append(f"{label}: kind is not kebab-case")
    if not KEBAB.match(event["trap"]):
        problems.append(f"{label}: trap {event['trap']!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{label}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{label}: is_interview must be 0 or 1")
    if not isinstance(event["hiring"], bool):
        problems.append(f"{label}: hiring must be a bool")
    if event["hiring"] != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{label}: hiring must be True exactly when trap starts with user-as-interviewer-")
    interviewers = [person for person in event["interviewers"].split(";") if person]
    if event["is_interview"] == 1:
        if event["hiring"]:
            problems.append(f"{label}: an interview cannot be on the hiring side")
        if not event["company"]:
            problems.append(f"{label}: interview without company")
        elif event["company"] not in FORMS:
            problems.append(f"{label}: company {event['company']!r} has no FORMS entry")
        text = plain_text(event["ics"])
        for person in interviewers:
            if person != person.strip():
                problems.append(f"{label}: interviewer {person!r} has surrounding spaces")
            if "@" in person and person != person.lower():
                problems.append(f"{label}: interviewer address {person!r} is not lower-case")
            if person.casefold() not in text:
                problems.append(f"{label}: interviewer {person!r} does not appear in the event text")
            if person.lower() in USER_ADDRESSES or "marchetti" in person.lower():
                problems.append(f"{label}: the user is listed as an interviewer")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if event[field]:
                problems.append(f"{label}: negative with non-empty {field}")
    if "eol" in event and event["eol"] not in ("\r\n", "\n"):
        problems.append(f"{label}: eol must be CRLF or LF")
    return problems


def csv_line(fields: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(fields)
    return buffer.getvalue()


def replace_split_rows(path: Path, new_rows: list[list[str]]) -> int:
    """Drop this split's records from ``path`` (others kept byte for byte) and append ``new_rows``."""
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    split_index = next(csv.reader([header])).index("split")
    kept = [header]
    removed = 0
    record = ""
    for line in body:
        record += line
        if record.count('"') % 2:
            continue  # a quoted field spans lines: keep reading the record
        fields = next(csv.reader([record]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            removed += 1
        else:
            kept.append(record)
        record = ""
    if record:
        kept.append(record)
    text = "".join(kept)
    if not text.endswith("\n"):
        text += "\n"
    text += "".join(csv_line(row) for row in new_rows)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as temp_file:
        temp_file.write(text.encode("utf-8"))
    os.replace(temp_name, path)
    return removed


def main() -> int:
    header = LABELS.read_bytes().decode("utf-8").splitlines()[0]
    if next(csv.reader([header])) != LABEL_FIELDS:
        print(f"unexpected labels.csv header: {header}", file=sys.stderr)
        return 1
    events = all_events()
    problems = [problem for event in events for problem in check(event)]
    kinds_seen = {}
    for event in events:
        kinds_seen.setdefault(event["kind"], 0)
        kinds_seen[event["kind"]] += 1
    problems.extend(f"kind {kind!r} used {count} times" for kind, count in kinds_seen.items() if count > 1)
    used_companies = {event["company"] for event in events if event["is_interview"] == 1}
    problems.extend(f"FORMS entry {name!r} is not used" for name in sorted(set(FORMS) - used_companies))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print(f"{len(problems)} problem(s); nothing written", file=sys.stderr)
        return 1

    ordered = list(events)
    random.Random(SEED).shuffle(ordered)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(ordered, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        text = event["ics"].replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        (EVENTS_DIR / name).write_bytes(text.replace("\n", eol).encode("utf-8"))
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
    form_rows = [[SPLIT, company, FORMS[company]] for company in sorted(used_companies)]
    removed_labels = replace_split_rows(LABELS, label_rows)
    removed_forms = replace_split_rows(FORMS_CSV, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(event["hiring"] for event in events)
    print(f"split {SPLIT}: {len(events)} events written to {EVENTS_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews}, negatives: {len(events) - interviews} (hiring side: {hiring})")
    print(f"  employers: {len(used_companies)}")
    print(f"  labels.csv: replaced {removed_labels} old rows with {len(label_rows)}")
    print(f"  company_forms.csv: replaced {removed_forms} old rows with {len(form_rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
