"""Write the holdout119 event corpus: tests/corpus/events/holdout119-*.ics, labels.csv and company_forms.csv rows.

Written blind (raw iCalendar text composed by hand in the holdout119ev_* modules). The user is Antoine Girard,
duty operations manager at Geneva airport, applying for operations, ground-handling and safety-manager roles.
Only this split's files and rows are replaced; other rows are kept as they are.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout119.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout119ev_neg_life
import holdout119ev_neg_side
import holdout119ev_neg_work
import holdout119ev_pos_ats
import holdout119ev_pos_direct
import holdout119ev_pos_hand
from icalendar import Calendar

SPLIT = "holdout119"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would accept (see company_forms.csv).
FORMS: dict[str, list[str]] = {
    "SkyCorridor": [],
    "Limmat Aviation Services": ["Limmat Aviation"],
    "Cap Ouest Airlines": ["Cap Ouest"],
    "Paris Sud Handling": ["PSH"],
    "Swissramp": [],
    "Vol Bleu": [],
    "TransAlpin Logistics": ["TransAlpin"],
    "Alpstein Helicopters": [],
    "BagFlow Systems": ["BagFlow"],
    "NavAlp": [],
    "Matterhorn Air": [],
    "FlightDeck Ops": [],
    "Salève Jet Center": [],
    "Héli Mont-Blanc": [],
    "Sûreté Aéroportuaire Léman": ["SAL", "Sûreté Léman"],
    "Aerotrans Consulting": ["Aerotrans"],
    "Mistral Aviation Services": ["Mistral Aviation"],
    "Roissy Assistance Aéroportuaire": ["RAA"],
    "Kloten Ramp Services": ["KRS"],
    "Aéroports du Rhône": ["ADR"],
    "Flughafen Glattal": [],
    "Lémanair": [],
    "Cargolac": [],
    "Genève Executive Handling": ["GEH"],
    "Aérodrome régional du Chablais": [
        "Aérodrome du Chablais",
        "Société coopérative de l'Aérodrome régional du Chablais",
    ],
    "Bourget Aviation Services": ["Bourget Aviation"],
    "Alpin Air Cargo": [],
    "Rhône Technics": [],
    "Sky Gourmet": [],
    "Handling Ibérico Aeroportuario": ["HIA"],
    "Petrolair": [],
    "AirMed Léman": [],
    "Zürichsee Jet Services": [],
    "Lyon Air Cargo Hub": ["LACH"],
    "Gourmet Altitude": [],
    "AlpSky Handling": ["AlpSky"],
    "Säntis Airways": [],
    "Airside Security Zürich": [],
    "Orly Ramp Solutions": ["ORS"],
    "Helvetic Ground Services": ["HGS"],
    "Mediterránea Airlines": [],
    "Confluence Air": [],
    "Rhodanair": [],
    "Aéro-Services du Genevois": ["Aéro-Services"],
}


def _atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != header:
            sys.exit(f"{path}: unexpected header {reader.fieldnames}")
        return [row for row in reader if row.get("split") != SPLIT]


def _csv_text(header: list[str], rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _check(name: str, entry: dict[str, str]) -> None:
    cal = Calendar.from_ical(entry["ics"].encode("utf-8"))
    uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
    if uids != {entry["uid"]}:
        sys.exit(f"{name}: label uid {entry['uid']!r} but file has {sorted(uids)}")
    if entry["stage"] not in STAGES:
        sys.exit(f"{name}: bad stage {entry['stage']!r}")
    if entry["is_interview"] == "1" and entry["company"] not in FORMS:
        sys.exit(f"{name}: company {entry['company']!r} has no forms entry")
    if entry["is_interview"] == "0" and (entry["company"] or entry["stage"] or entry["interviewers"]):
        sys.exit(f"{name}: negative with interview cells")


def main() -> None:
    entries = (
        holdout119ev_pos_ats.events()
        + holdout119ev_pos_direct.events()
        + holdout119ev_pos_hand.events()
        + holdout119ev_neg_side.events()
        + holdout119ev_neg_work.events()
        + holdout119ev_neg_life.events()
    )
    uids = [e["uid"] for e in entries]
    if len(set(uids)) != len(uids):
        sys.exit("duplicate UID in holdout119")
    random.Random(119).shuffle(entries)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    for number, entry in enumerate(entries, start=1):
        name = f"{SPLIT}-{number:03d}-{entry['kind']}.ics"
        _check(name, entry)
        _atomic_write(OUT / name, entry["ics"])
        labels.append({
            "file": name,
            "uid": entry["uid"],
            "is_interview": entry["is_interview"],
            "company": entry["company"],
            "role": entry["role"],
            "stage": entry["stage"],
            "interviewers": entry["interviewers"].lower(),
            "split": SPLIT,
            "trap": entry["trap"],
        })

    label_path = OUT / "labels.csv"
    _atomic_write(label_path, _csv_text(LABEL_HEADER, _rows(label_path, LABEL_HEADER) + labels))

    used = sorted({row["company"] for row in labels if row["is_interview"] == "1" and row["company"]})
    unused = sorted(set(FORMS) - set(used))
    if unused:
        sys.exit(f"forms for companies never labelled: {unused}")
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in used]
    forms_path = OUT / "company_forms.csv"
    _atomic_write(forms_path, _csv_text(FORMS_HEADER, _rows(forms_path, FORMS_HEADER) + forms))

    pos = sum(row["is_interview"] == "1" for row in labels)
    side = sum("user-as-interviewer" in row["trap"] for row in labels)
    print(f"{SPLIT}: {len(labels)} events, {pos} interviews, {len(labels) - pos} negatives "
          f"({side} user-as-interviewer), {len(used)} companies")


if __name__ == "__main__":
    main()
