"""Write the blind calendar-event split ``holdout275`` for afterview.

Split: holdout275, about 110 raw iCalendar events from one user's calendar, written and hand-labelled by an
independent author without reading the classifier, the other generators or the other splits' files and labels.

Persona: Markus Eberle, 36, Fahrlehrer (driving instructor, classes B and CE) at the fictional Fahrschule
Neckarblick in Stuttgart, applying for a Fahrerlaubnisprüfer training post at a technical-inspection
organisation, a trainer post at a city transport company's bus driving school, a Fahrschulleiter post at
another school and a fleet-safety role at a logistics firm. His addresses are markus.eberle76@web.de (private)
and m.eberle@fahrschule-neckarblick.example.de (work). His calendar also holds driving lessons, his students'
exams, Theorieunterricht, parents' Beratungsgespräche, MPU-Vorbereitung and the school's own interviews for a
Bürokraft and an apprentice, which he conducts.

The events live in ``scripts/holdout275ev_*.py`` (each defines ``EVENTS``; shared VTIMEZONE text is in
``scripts/holdout275ev_zones.py``). This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout275-NNN-<kind>.ics`` (CRLF unless an event says otherwise; old ``holdout275-*.ics``
files are deleted first) and replaces only the split=holdout275 rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv``, keeping every other line byte for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout275.py

Add ``--check`` to run the checks without writing anything.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

import holdout275ev_a
import holdout275ev_b
import holdout275ev_c
import holdout275ev_d
import holdout275ev_e
import icalendar

SPLIT = "holdout275"
SEED = 275
USER_ADDRESSES = ("markus.eberle76@web.de", "m.eberle@fahrschule-neckarblick.example.de")
USER_NAMES = ("markus eberle", "eberle, markus", "markus")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS: dict[str, list[str]] = {
    "Prüfwerk Süd": ["Prüfwerk Süd GmbH", "Prüfwerk", "PWS"],
    "Kraftfahrt-Überwachungsdienst Baden": ["KÜD", "KUED", "Kraftfahrt-Überwachungsdienst Baden e.V."],
    "Verkehrsbetriebe Neckar-Fils": ["VNF", "Verkehrsbetriebe Neckar-Fils AG"],
    "Filderbahn": ["Filderbahn AG"],
    "Fahrschule Remstal": ["Fahrschule Remstal Haag", "Fahrschule Haag"],
    "Fahrschule Kächele": ["Fahrschule Kaechele", "Kächele"],
    "Spedition Häfele": ["Häfele", "Häfele Logistik", "Spedition Häfele GmbH & Co. KG"],
    "Gebr. Maurer Transporte": ["Maurer Transporte", "Gebrüder Maurer", "Maurer"],
    "Schwabenfracht": ["Schwabenfracht Spedition", "Schwabenfracht GmbH"],
    "Fahrschule Neckarblick": ["Neckarblick"],
    "Akademie für Fahrlehrerausbildung Südwest": ["AFS", "Fahrlehrerakademie Südwest"],
    "Verkehrssicherheitszentrum Schönbuch": ["VSZ Schönbuch", "VSZ"],
    "Landratsamt Remsfeld": ["LRA Remsfeld", "Landkreis Remsfeld"],
    "Unfallkasse Verkehr Südwest": ["UKVS", "Unfallkasse Verkehr"],
    "Omnibus Rieger": ["Rieger", "Omnibus Rieger GmbH & Co. KG", "Rieger Reisen"],
    "FleetGuard Telematics": ["FleetGuard", "FleetGuard Telematics GmbH"],
    "Northlane Logistics": ["Northlane", "Northlane Logistics Europe B.V."],
    "Transports Moreau": ["Transports Moreau Alsace", "Moreau"],
    "Grupo Olivares Logística": ["Olivares", "Grupo Olivares", "Olivares Logística"],
    "Verkehrsbetriebe Heilbronn-Land": ["VHL"],
    "Veltheim Automobile": ["Veltheim", "Veltheim Automobile AG", "Veltheim Driving Experience"],
    "Fahrschule Wörner & Söhne": ["Fahrschule Wörner", "Wörner", "Fahrschule Woerner"],
    "Fahrschule Drive-In Fellbach": ["Drive-In Fellbach", "Drive-In"],
    "Trucker Akademie Kornwestheim": ["Trucker Akademie", "TAK"],
    "Entsorgung Neckar": ["ENG", "Entsorgung Neckar GmbH"],
    "Paketblitz": ["Paketblitz Zustellservice", "Paketblitz Zustellservice GmbH"],
    "Rheintal Kontraktlogistik": ["Rheintal", "Rheintal Kontraktlogistik SE", "RKL"],
    "Rettungsdienst Filder": ["Rettungsdienst Filder gGmbH", "RD Filder"],
    "Neckarmobil Carsharing": ["Neckarmobil", "Neckarmobil eG"],
    "Filder Versicherung": ["Filder Versicherung AG", "Filder"],
    "ClickDrive": ["ClickDrive GmbH"],
    "Verkehrswacht Filder": ["Verkehrswacht Filder e.V.", "Verkehrswacht"],
    "Stadt Neckarhalden": ["Stadtverwaltung Neckarhalden", "Neckarhalden"],
    "Kaufmann Baustoffe": ["Kaufmann", "Kaufmann Baustoffe GmbH"],
    "Frischelogistik Bader": ["Bader", "Bader Frischelogistik"],
    "Fahrschule Kübler": ["Fahrschule Kübler Tübingen", "Kübler"],
    "Mayer Busreisen": ["Mayer Busreisen Schwäbische Alb", "Mayer Reisen"],
    "Getränkelogistik Frank": ["Frank Getränkelogistik", "Getränke Frank"],
    "Lebenshilfe Neckar": ["Lebenshilfe Neckar gGmbH", "Lebenshilfe Fahrdienst"],
}


def unfold(text: str) -> str:
    """Return the text with RFC 5545 line folding removed (LF source form)."""
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(event: dict, errors: list[str]) -> None:
    """Append a message to errors for every rule the event breaks."""
    uid = event["uid"]
    where = f"{event.get('kind')} {uid}"
    required = ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring")
    for key in required:
        if key not in event:
            errors.append(f"{where}: missing key {key}")
            return
    text = event["ics"]
    if "\r" in text:
        errors.append(f"{where}: source text must use LF only")
    if not text.endswith("\n"):
        errors.append(f"{where}: text must end with a newline")
    try:
        calendar = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        errors.append(f"{where}: does not parse: {exc}")
        return
    vevents = calendar.walk("VEVENT")
    if not vevents:
        errors.append(f"{where}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        errors.append(f"{where}: VEVENT UIDs {sorted(uids)} differ from label uid")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            errors.append(f"{where}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            errors.append(f"{where}: DTSTART not decodable: {exc}")
    if not KEBAB.match(event["kind"]):
        errors.append(f"{where}: kind is not kebab-case")
    if not KEBAB.match(event["trap"]):
        errors.append(f"{where}: trap is not kebab-case")
    if event["stage"] not in STAGES:
        errors.append(f"{where}: invalid stage {event['stage']!r}")
    if event["is_interview"] not in (0, 1):
        errors.append(f"{where}: is_interview must be 0 or 1")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        errors.append(f"{where}: hiring flag and trap prefix disagree")
    if event["hiring"] and event["is_interview"]:
        errors.append(f"{where}: hiring-side event labelled as interview")
    flat = unfold(text).lower()
    if event["is_interview"]:
        if not event["company"]:
            errors.append(f"{where}: interview without company")
        elif event["company"] not in FORMS:
            errors.append(f"{where}: company {event['company']!r} has no FORMS entry")
        for person in filter(None, event["interviewers"].split(";")):
            if person != person.strip():
                errors.append(f"{where}: interviewer {person!r} has surrounding spaces")
            if "@" in person and person != person.lower():
                errors.append(f"{where}: interviewer address {person!r} is not lower-case")
            if person.lower() not in flat:
                errors.append(f"{where}: interviewer {person!r} not in the event text")
            if person.lower() in USER_ADDRESSES or person.lower() in USER_NAMES:
                errors.append(f"{where}: the user is listed as interviewer")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                errors.append(f"{where}: negative with non-empty {key}")


def split_column_filter(path: Path, header: list[str]) -> tuple[list[str], str]:
    """Return the file's lines without this split's rows (others kept verbatim) and its line terminator."""
    if not path.exists():
        return [",".join(header) + "\r\n"], "\r\n"
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        return [",".join(header) + "\r\n"], "\r\n"
    terminator = "\r\n" if lines[0].endswith("\r\n") else "\n"
    columns = next(csv.reader([lines[0].rstrip("\r\n")]))
    index = columns.index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.rstrip("\r\n")]), [])
        if len(fields) > index and fields[index] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += terminator
    return kept, terminator


def write_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    """Replace this split's rows of a CSV file, atomically, leaving every other line untouched."""
    kept, terminator = split_column_filter(path, header)
    columns = next(csv.reader([kept[0].rstrip("\r\n")]))
    if set(columns) != set(header):
        raise SystemExit(f"{path.name}: unexpected header {columns}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=terminator)
    writer.writerows([row[column] for column in columns] for row in rows)
    descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write("".join(kept).encode("utf-8"))
            handle.write(buffer.getvalue().encode("utf-8"))
        if path.exists():
            shutil.copymode(path, temp_name)
        else:
            os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def main() -> int:
    events = [
        *holdout275ev_a.EVENTS,
        *holdout275ev_b.EVENTS,
        *holdout275ev_c.EVENTS,
        *holdout275ev_d.EVENTS,
        *holdout275ev_e.EVENTS,
    ]
    errors: list[str] = []
    seen_uids: set[str] = set()
    for event in events:
        if event.get("uid") in seen_uids:
            errors.append(f"duplicate uid {event.get('uid')}")
        seen_uids.add(event.get("uid"))
        check_event(event, errors)
    used = {event["company"] for event in events if event["is_interview"]}
    for company in sorted(set(FORMS) - used):
        errors.append(f"FORMS entry {company!r} is not used by any interview")
    if errors:
        for message in errors:
            print(message, file=sys.stderr)
        print(f"{len(errors)} problem(s); nothing written", file=sys.stderr)
        return 1
    if "--check" in sys.argv[1:]:
        print(f"{SPLIT}: {len(events)} events pass the checks (--check: nothing written)")
        return 0

    random.Random(SEED).shuffle(events)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[dict[str, str]] = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (OUT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            {
                "file": name,
                "uid": event["uid"],
                "is_interview": str(event["is_interview"]),
                "company": event["company"],
                "role": event["role"],
                "stage": event["stage"],
                "interviewers": event["interviewers"],
                "split": SPLIT,
                "trap": event["trap"],
            }
        )
    forms_rows = [{"split": SPLIT, "company": company, "forms": "|".join(FORMS[company])} for company in sorted(used)]
    write_csv(LABELS, LABEL_HEADER, label_rows)
    write_csv(FORMS_CSV, FORMS_HEADER, forms_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(bool(event["hiring"]) for event in events)
    print(f"{SPLIT}: {len(events)} events written to {OUT_DIR.relative_to(ROOT)}")
    print(f"  interviews: {interviews} at {len(used)} employers")
    print(f"  negatives: {len(events) - interviews} ({hiring} hiring side, {len(events) - interviews - hiring} others)")
    print(f"  labels.csv rows: {len(label_rows)}; company_forms.csv rows: {len(forms_rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
