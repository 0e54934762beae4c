"""Write the blind calendar-event split holdout168 (one job seeker's calendar, raw iCalendar text).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout168.py

It deletes only tests/corpus/events/holdout168-*.ics, writes the events held in scripts/holdout168ev_*.py under
shuffled file numbers, and replaces only the split=holdout168 rows of labels.csv and company_forms.csv (every
other line is kept byte for byte).  Every label is checked against the parsed file; a bad label stops the run.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout168ev_a  # noqa: E402
import holdout168ev_b  # noqa: E402
import holdout168ev_c  # noqa: E402
import holdout168ev_d  # noqa: E402
import holdout168ev_e  # noqa: E402
import holdout168ev_f  # noqa: E402
import holdout168ev_g  # noqa: E402
import holdout168ev_h  # noqa: E402
import holdout168ev_i  # noqa: E402
from holdout168ev_tz import TZ  # noqa: E402

SPLIT = "holdout168"
SEED = 16801
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"camila.rojas.minera@gmail.com", "crojas@minera-altoloa.cl"}
MODULES = [
    holdout168ev_a,
    holdout168ev_b,
    holdout168ev_c,
    holdout168ev_d,
    holdout168ev_e,
    holdout168ev_f,
    holdout168ev_g,
    holdout168ev_h,
    holdout168ev_i,
]

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "BHP": "BHP Billiton|Minera Escondida|Escondida|BHP Minerals Americas",
    "Antofagasta Minerals": "AMSA|Antofagasta plc|Minera Centinela|Centinela",
    "Codelco": "Corporación Nacional del Cobre|Codelco Chile|Codelco División Radomiro Tomic",
    "Fortescue": "Fortescue Metals Group|FMG|Fortescue Ltd",
    "Teck": "Teck Resources|Teck Resources Limited",
    "IDOM": "Idom Ingeniería|IDOM Consulting, Engineering, Architecture",
    "Collahuasi": "Compañía Minera Doña Inés de Collahuasi|CMDIC|Minera Collahuasi",
    "Sierra Gorda SCM": "Sierra Gorda|SGSCM|Minera Sierra Gorda",
    "Anglo American": "Anglo American Chile|Anglo|AngloAmerican",
    "Cerro Verde": "Sociedad Minera Cerro Verde|SMCV|Cerro Verde S.A.A.",
    "Southern Peru": "Southern Peru Copper Corporation|Southern Copper|SPCC|Southern",
    "Antamina": "Compañía Minera Antamina|Minera Antamina",
    "Las Bambas": "MMG Las Bambas|MMG|Minera Las Bambas",
    "Hudbay": "Hudbay Minerals|HudBay Perú|Hudbay Peru",
    "First Quantum": "First Quantum Minerals|FQM",
    "Lundin Mining": "Lundin|Minera Candelaria|Candelaria",
    "Capstone Copper": "Capstone|Mantoverde|Capstone Mantoverde",
    "SQM": "Sociedad Química y Minera|Sociedad Química y Minera de Chile",
    "Albemarle": "Albemarle Chile|Albemarle Corporation",
    "Rio Tinto": "Rio|RioTinto|Rio Tinto Iron Ore",
    "Northern Star": "Northern Star Resources|NST",
    "Mineral Resources": "MinRes|Mineral Resources Limited|MRL",
    "South32": "South 32|S32",
    "SRK Consulting": "SRK|SRK Chile",
    "AMC Consultants": "AMC|AMC Mining Consultants",
    "Deswik": "Deswik Mining Consultants|Deswik Chile",
    "DMT": "DMT GmbH|DMT GmbH & Co. KG|DMT Group",
    "Eramet": "Groupe Eramet|Eramine|Eramet Argentina",
    "Epiroc": "Epiroc Chile|Epiroc AB",
    "Komatsu": "Komatsu Mining|Komatsu Cummins Chile|KCC",
    "Finning": "Finning Chile|Finning CAT|Finning International",
    "Ore Analytics": "Ore Analytics SpA",
    "Worley": "Worley Chile|WorleyParsons",
    "Ausenco": "Ausenco Chile",
    "Minsur": "Minsur S.A.|Minsur San Rafael",
    "Nexa Resources": "Nexa|Nexa Perú",
    "Barrick": "Barrick Gold|Minera Andina del Sol|Veladero",
    "Gold Fields": "Gold Fields Salares Norte|Salares Norte|GFI",
    "ENAMI": "Empresa Nacional de Minería",
    "Kinross": "Kinross Gold|Kinross Chile|La Coipa",
    "Hatch": "Hatch Ltd|Hatch Chile",
}

TOKEN = re.compile(r"^@TZ:(.+)@$")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fail(message: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout168: {message}")


def render(event: dict) -> str:
    lines = []
    for line in event["ics"].strip("\n").split("\n"):
        match = TOKEN.match(line)
        if match:
            if match.group(1) not in TZ:
                fail(f"unknown time-zone token {line}")
            lines.extend(TZ[match.group(1)].split("\n"))
        else:
            lines.append(line)
    eol = event.get("eol", "\r\n")
    return eol.join(lines) + eol


def check(name: str, text: str, label: dict) -> str:
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if len(uids) != 1:
        fail(f"{name}: expected one UID across its VEVENTs, found {sorted(uids)}")
    uid = uids.pop()
    raw = re.search(r"^UID:(.+)$", text, re.MULTILINE)
    if raw is None or raw.group(1).strip() != uid:
        fail(f"{name}: label UID does not match parsed UID {uid!r}")
    interview = label["is_interview"]
    if interview not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if label["stage"] not in STAGES:
        fail(f"{name}: bad stage {label['stage']!r}")
    if not KEBAB.match(label["trap"]):
        fail(f"{name}: trap must be kebab-case: {label['trap']!r}")
    hiring = label.get("hiring", False)
    if hiring != label["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")
    if hiring and interview:
        fail(f"{name}: the user on the hiring side cannot be an interview")
    if interview:
        if not label["company"]:
            fail(f"{name}: interview without company")
        if label["company"] not in FORMS:
            fail(f"{name}: company {label['company']!r} lacks a FORMS entry")
        lowered = text.lower()
        for person in filter(None, label["interviewers"].split(";")):
            if person in USER_ADDRESSES or "noreply" in person or "no-reply" in person:
                fail(f"{name}: {person} cannot be an interviewer")
            if "@" in person and person != person.lower():
                fail(f"{name}: interviewer address must be lower case: {person}")
            unfolded = re.sub(r"\r?\n[ \t]", "", lowered)
            if person.lower() not in unfolded:
                fail(f"{name}: interviewer {person!r} does not occur in the event")
    elif label["company"] or label["role"] or label["stage"] or label["interviewers"]:
        fail(f"{name}: a negative must have empty company, role, stage and interviewers")
    return uid


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], split_column: int, rows: list[list[str]]) -> None:
    original = path.read_bytes()
    lines = original.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    first = next(csv.reader([lines[0].decode("utf-8")]))
    if first != header:
        fail(f"{path}: unexpected header {first}")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_column and fields[split_column] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows(rows)
    data = b"".join(kept) + buffer.getvalue().encode("utf-8")
    if data != original:
        atomic_write(path, data)


def main() -> None:
    events = [event for module in MODULES for event in module.EVENTS]
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    companies = set()
    interviews = hiring = 0
    for number, event in enumerate(events, start=1):
        kind = event["kind"]
        if not KEBAB.match(kind) or kind.count("-") > 1:
            fail(f"kind must be a short kebab-case word or two: {kind!r}")
        name = f"{SPLIT}-{number:03d}-{kind}.ics"
        text = render(event)
        label = event["label"]
        uid = check(name, text, label)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        interviews += label["is_interview"]
        hiring += bool(label.get("hiring"))
        if label["is_interview"]:
            companies.add(label["company"])
        label_rows.append(
            [
                name,
                uid,
                str(label["is_interview"]),
                label["company"],
                label["role"],
                label["stage"],
                label["interviewers"],
                SPLIT,
                label["trap"],
            ]
        )
    forms_rows = [[SPLIT, company, FORMS[company]] for company in sorted(companies)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    print(
        f"holdout168: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
