"""Write the blind calendar-event split holdout185 (one user: Dr. Léa Morel, postdoc in Zürich).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout185.py

Writes tests/corpus/events/holdout185-NNN-<kind>.ics (after deleting old holdout185-*.ics files) and replaces only
the split=holdout185 rows of tests/corpus/events/labels.csv and company_forms.csv. Every label is checked against
its parsed file; a bad label stops the run before anything is written.
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

SPLIT = "holdout185"
SEED = 18527
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$")
USER_ADDRESSES = {"lea.morel.bio@protonmail.com", "lea.morel@izb.uzh.ch"}

# Other names Léa would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "University of Basel": ["Universität Basel", "Unibas", "Biozentrum", "Biozentrum Basel"],
    "EPFL": ["École polytechnique fédérale de Lausanne", "EPF Lausanne", "EPFL SV"],
    "University of Bern": ["Universität Bern", "Uni Bern", "UniBE"],
    "University of Geneva": ["Université de Genève", "UNIGE", "Uni Genève"],
    "University of Lausanne": ["Université de Lausanne", "UNIL", "FBM UNIL"],
    "LMU Munich": ["Ludwig-Maximilians-Universität München", "LMU", "LMU München"],
    "Heidelberg University": ["Universität Heidelberg", "Ruprecht-Karls-Universität Heidelberg", "ZMBH"],
    "MPI-CBG": ["Max Planck Institute of Molecular Cell Biology and Genetics", "MPI CBG", "Max Planck Dresden"],
    "University of Freiburg": ["Universität Freiburg", "Albert-Ludwigs-Universität Freiburg", "Uni Freiburg"],
    "EMBL": ["European Molecular Biology Laboratory", "EMBL Heidelberg"],
    "CNRS": ["Centre national de la recherche scientifique"],
    "Inserm": ["INSERM", "Institut national de la santé et de la recherche médicale"],
    "Institut Pasteur": ["Pasteur", "Institut Pasteur Paris"],
    "Institut Curie": ["Curie"],
    "Université Paris Cité": ["Université de Paris", "Paris Cité", "Université Paris Cite"],
    "University of Strasbourg": ["Université de Strasbourg", "Unistra", "IGBMC"],
    "Radboud University": ["Radboud Universiteit", "Radboud", "RIMLS"],
    "Hubrecht Institute": ["Hubrecht", "Hubrecht Instituut"],
    "University of Amsterdam": ["Universiteit van Amsterdam", "UvA", "Swammerdam Institute"],
    "Leiden University": ["Universiteit Leiden", "Leiden", "IBL"],
    "CNIO": ["Centro Nacional de Investigaciones Oncológicas", "Spanish National Cancer Research Centre"],
    "IRB Barcelona": ["Institute for Research in Biomedicine", "IRB"],
    "Roche": ["F. Hoffmann-La Roche", "Hoffmann-La Roche", "Roche pRED", "F. Hoffmann-La Roche AG"],
    "Novartis": ["Novartis AG", "Novartis Biomedical Research", "NIBR", "Novartis Pharma AG"],
    "Lonza": ["Lonza AG", "Lonza Group"],
    "Idorsia": ["Idorsia Pharmaceuticals", "Idorsia Pharmaceuticals Ltd"],
    "Basilea": ["Basilea Pharmaceutica", "Basilea Pharmaceutica International AG"],
    "Kinetiq Bio": ["Kinetiq Bio AG", "Kinetiq"],
    "Molecular Partners": ["Molecular Partners AG", "MP"],
    "Debiopharm": ["Debiopharm International", "Debiopharm International SA"],
    "Janssen": ["Janssen Vaccines", "Janssen Vaccines & Prevention", "Johnson & Johnson", "J&J"],
    "Genmab": ["Genmab B.V.", "Genmab A/S"],
    "Boehringer Ingelheim": ["Boehringer Ingelheim Pharma", "Boehringer", "BI"],
    "Sanofi": ["Sanofi R&D", "Sanofi France"],
    "Servier": ["Institut de Recherches Servier", "Les Laboratoires Servier", "Groupe Servier"],
    "Cradle": ["Cradle.bio", "Cradle Bio"],
    "InSphero": ["InSphero AG"],
    "Biognosys": ["Biognosys AG"],
    "Charles River": ["Charles River Laboratories", "Charles River Laboratories Den Bosch", "CRL"],
    "Illumina": ["Illumina Cambridge", "Illumina Inc."],
    "Isomorphic Labs": ["Isomorphic"],
    "CSL Behring": ["CSL Behring AG", "CSL"],
    "Bright Peak Therapeutics": ["Bright Peak", "Bright Peak Therapeutics AG"],
    "FMI": ["Friedrich Miescher Institute", "Friedrich Miescher Institute for Biomedical Research"],
    "Alentis Therapeutics": ["Alentis", "Alentis Therapeutics AG"],
    "AC Immune": ["AC Immune SA"],
}


def load_events() -> list[dict[str, str | int]]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict[str, str | int]] = []
    for path in sorted(SCRIPTS.glob("holdout185ev_*.py")):
        module = importlib.import_module(path.stem)
        events.extend(getattr(module, "EVENTS", []))
    return events


def unfolded_text(ics: str) -> str:
    text = re.sub(r"\r?\n[ \t]", "", ics)
    return text.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").lower()


def check(event: dict[str, str | int], problems: list[str]) -> None:
    kind, uid, ics = str(event["kind"]), str(event["uid"]), str(event["ics"])
    where = f"{kind} ({uid})"
    if not KEBAB.match(kind) or not KEBAB.match(str(event["trap"])):
        problems.append(f"{where}: kind and trap must be kebab-case")
    try:
        cal = icalendar.Calendar.from_ical(ics)
    except ValueError as exc:
        problems.append(f"{where}: does not parse: {exc}")
        return
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uid not in uids:
        problems.append(f"{where}: label UID not among the file's VEVENT UIDs {sorted(uids)}")
    company, role, stage = str(event["company"]), str(event["role"]), str(event["stage"])
    interviewers = str(event["interviewers"])
    if event["is_interview"] not in (0, 1):
        problems.append(f"{where}: is_interview must be 0 or 1")
    if stage not in STAGES:
        problems.append(f"{where}: bad stage {stage!r}")
    if event["is_interview"] == 0:
        if company or role or stage or interviewers:
            problems.append(f"{where}: a negative carries company/role/stage/interviewers")
    else:
        if not company:
            problems.append(f"{where}: an interview needs a company")
        elif company not in FORMS:
            problems.append(f"{where}: company {company!r} has no FORMS entry")
        if str(event["trap"]).startswith("user-as-interviewer-"):
            problems.append(f"{where}: an interview cannot be a user-as-interviewer event")
    text = unfolded_text(ics)
    if role and unfolded_text(role) not in text:
        problems.append(f"{where}: role {role!r} not written in the event")
    for person in filter(None, interviewers.split(";")):
        if "@" in person:
            if person != person.lower() or not EMAIL.match(person):
                problems.append(f"{where}: interviewer address {person!r} must be a lower-case address")
            if person in USER_ADDRESSES:
                problems.append(f"{where}: the user cannot interview herself")
        if person.lower() not in text:
            problems.append(f"{where}: interviewer {person!r} not in the event text")


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


def replace_rows(path: Path, split_column: int, rows: list[list[str]]) -> None:
    """Keep every line that is not a split=holdout185 row byte for byte; append ours."""
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [lines[0]] if lines else []
    for line in lines[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) > split_column and parsed[split_column] == SPLIT:
            continue
        kept.append(line)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    atomic_write(path, "".join(kept) + out.getvalue())


def main() -> int:
    events = load_events()
    problems: list[str] = []
    for event in events:
        check(event, problems)
    companies = sorted({str(e["company"]) for e in events if e["is_interview"] == 1})
    for name in FORMS:
        if name not in companies:
            problems.append(f"FORMS has {name!r}, which no interview uses")
    if problems:
        for p in problems:
            print("BAD LABEL:", p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problem(s); nothing written")

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for number, index in enumerate(order, start=1):
        event = events[index]
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        ics = str(event["ics"])
        if not str(event["kind"]).startswith("typed-"):
            ics = ics.replace("\r\n", "\n").replace("\n", "\r\n")
        atomic_write(EVENTS_DIR / name, ics)
        label_rows.append([name, str(event["uid"]), str(event["is_interview"]), str(event["company"]),
                           str(event["role"]), str(event["stage"]), str(event["interviewers"]), SPLIT,
                           str(event["trap"])])
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    interviews = sum(1 for e in events if e["is_interview"] == 1)
    hiring = sum(1 for e in events if str(e["trap"]).startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
