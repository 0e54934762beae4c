"""Write the blind calendar-event test split holdout260 for afterview.

Split: holdout260, written blind (without reading the classifier, the other generators or other splits' files).
Persona: Nadine Gerber, 32, Laborantin EFZ (Chemie) in the QC lab of Rheinpharma Basel AG, applying for QC
team-lead, QA specialist and lab-manager posts in Basel, Zug, Lörrach and Mulhouse; private address
nadine.gerber@bluewin.ch, work address nadine.gerber@rheinpharma-basel.ch.

The events live in scripts/holdout260ev_*.py (each defines EVENTS; holdout260ev_zones.py holds shared VTIMEZONE
text and builders). This script checks every event, shuffles them with a fixed seed, writes
tests/corpus/events/holdout260-NNN-<kind>.ics (CRLF) and replaces only the split=holdout260 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout260.py
"""

import csv
import importlib
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

SPLIT = "holdout260"
SEED = 260
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
USER = {"nadine.gerber@bluewin.ch", "nadine.gerber@rheinpharma-basel.ch", "nadine gerber", "gerber, nadine"}

FORMS = {
    "Novagen Pharma AG": "Novagen|Novagen Pharma",
    "Helvion Biologics AG": "Helvion|Helvion Biologics",
    "Rhenus Therapeutics AG": "Rhenus|Rhenus Therapeutics",
    "Kantonales Laboratorium Nordwestschweiz": "KLNW|Kantonslabor|Kantonales Labor Nordwestschweiz",
    "Analytika Alsace": "Analytika|Analytika Alsace SAS|Laboratoires Analytika Alsace",
    "Dreiländer Pharma GmbH": "Dreiländer Pharma|Dreilaender Pharma|Dreiländer",
    "Markgräfler Analytik GmbH": "Markgräfler Analytik|Markgraefler Analytik",
    "Zugerberg Biosciences AG": "Zugerberg Biosciences|Zugerberg",
    "Lorzen Pharma AG": "Lorzen Pharma|Lorzen",
    "Veltrix Pharmaceuticals": "Veltrix|Veltrix Pharma|Veltrix Pharmaceuticals AG",
    "Ostara Biopharma AG": "Ostara|Ostara Biopharma",
    "Castellan Life Sciences": "Castellan",
    "Basilisk Biotech AG": "Basilisk Biotech|Basilisk",
    "Birs Chemie AG": "Birs Chemie|Birschemie",
    "Lumora Diagnostics GmbH": "Lumora|Lumora Diagnostics",
    "Rheinpharma Basel AG": "Rheinpharma|Rheinpharma Basel",
    "Sertis Clinical Research AG": "Sertis|Sertis Clinical Research|Sertis CRO",
    "Medilab Birsfelden AG": "Medilab|Medilab Birsfelden",
    "Aescher Vakzine AG": "Aescher Vakzine|Aescher",
    "Pratteln Fine Chemicals AG": "Pratteln Fine Chemicals|PFC",
    "Wiesental Biotech GmbH": "Wiesental Biotech|Wiesental",
    "Synthera AG": "Synthera",
    "Helix Cell Therapies SA": "Helix Cell Therapies|Helix",
    "Arlesheim Naturheilmittel AG": "Arlesheim Naturheilmittel|ANH",
    "Augusta Nutrition AG": "Augusta Nutrition|Augusta",
    "Muttenz Analytical Services AG": "Muttenz Analytical Services|MAS",
    "Ebrovia Farma": "Ebrovia|Grupo Ebrovia|Ebrovia Farma S.A.|Ebrovia Schweiz",
    "Stein Biologics AG": "Stein Biologics",
    "Reinach Peptides AG": "Reinach Peptides",
    "Allschwil Antibody Services AG": "Allschwil Antibody Services|AAS",
    "Grenzach Wirkstoffe GmbH": "Grenzach Wirkstoffe",
    "Dornach Phyto AG": "Dornach Phyto",
    "Tellurion Pharma AG": "Tellurion|Tellurion Pharma",
    "Kandera Sterile Solutions AG": "Kandera|Kandera Sterile Solutions",
    "Bachgraben Biotech AG": "Bachgraben Biotech|Bachgraben",
    "Luzia Laboratories AG": "Luzia Laboratories|Luzia Labs|Luzia",
    "Rheinfelden Pharma Packaging AG": "Rheinfelden Pharma Packaging|RPP",
    "Nordstern Diagnostics AG": "Nordstern Diagnostics|Nordstern",
    "Valmont Bioanalytics AG": "Valmont Bioanalytics|Valmont",
    "Sundgau Pharma SAS": "Sundgau Pharma",
}


def load_events():
    sys.path.insert(0, str(SCRIPTS))
    events = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        module = importlib.import_module(path.stem)
        events.extend(getattr(module, "EVENTS", []))
    return events


def unfold(text):
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")


def check(event, problems):
    uid = event["uid"]
    where = f"{uid} ({event['kind']})"
    try:
        cal = icalendar.Calendar.from_ical(event["ics"])
    except Exception as exc:
        problems.append(f"{where}: does not parse: {exc}")
        return
    vevents = list(cal.walk("VEVENT"))
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if not vevents or uids != {uid}:
        problems.append(f"{where}: VEVENT UIDs {sorted(uids)}")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{where}: no DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            problems.append(f"{where}: DTSTART not decodable: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{where}: {key} not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{where}: bad stage {event['stage']}")
    if event["is_interview"] not in (0, 1):
        problems.append(f"{where}: is_interview must be 0 or 1")
    text = unfold(event["ics"]).lower()
    interviewers = [item for item in event["interviewers"].split(";") if item]
    for person in interviewers:
        if person != person.lower() and "@" in person:
            problems.append(f"{where}: interviewer address not lower-case: {person}")
        if person.lower() not in text:
            problems.append(f"{where}: interviewer {person} not in the event text")
        if person.lower() in USER:
            problems.append(f"{where}: the user is listed as interviewer")
    if event["is_interview"] == 1:
        if event["company"] not in FORMS:
            problems.append(f"{where}: company {event['company']!r} has no FORMS entry")
    elif event["company"] or event["role"] or event["stage"] or event["interviewers"]:
        problems.append(f"{where}: negative with company/role/stage/interviewers")
    if bool(event["hiring"]) != event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{where}: hiring flag does not match trap")
    if event["hiring"] and event["is_interview"]:
        problems.append(f"{where}: hiring-side event labelled as interview")


def keep_other_rows(path, split_index):
    """Return the file's lines (bytes kept) whose split column is not ours, and the line ending in use."""
    if not path.exists():
        return [], "\r\n"
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    kept = []
    for number, line in enumerate(lines):
        if number == 0:
            kept.append(line if line.endswith(("\n", "\r")) else line + eol)
            continue
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line if line.endswith(("\n", "\r")) else line + eol)
    return kept, eol


def write_csv(path, header, split_index, rows):
    kept, eol = keep_other_rows(path, split_index)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=eol)
    if not kept:
        writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    temp = path.with_name(f".{path.name}.{SPLIT}.tmp")
    with open(temp, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept) + buffer.getvalue())
    os.replace(temp, path)


def main():
    events = load_events()
    problems = []
    seen = set()
    for event in events:
        event.setdefault("eol", "\r\n")
        if event["uid"] in seen:
            problems.append(f"duplicate uid {event['uid']}")
        seen.add(event["uid"])
        check(event, problems)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    random.Random(SEED).shuffle(events)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        text = event["ics"].replace("\r\n", "\n").replace("\n", event["eol"])
        (OUT / name).write_bytes(text.encode("utf-8"))
        label_rows.append([name, event["uid"], event["is_interview"], event["company"], event["role"],
                           event["stage"], event["interviewers"], SPLIT, event["trap"]])
    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    write_csv(LABELS, LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    write_csv(FORMS_CSV, FORMS_HEADER, FORMS_HEADER.index("split"), form_rows)
    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
          f"({hiring} hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
