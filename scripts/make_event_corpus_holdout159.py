"""Generate the blind calendar-event split holdout159 (tests/corpus/events/holdout159-*.ics).

Written blind by an independent author: the events live as hand-written raw iCalendar text in
scripts/holdout159ev_*.py. This script expands the VTIMEZONE placeholders, folds long lines the way
calendar tools do, shuffles the order with a fixed seed, writes the .ics files and replaces only the
split=holdout159 rows of labels.csv and company_forms.csv. It fails loudly on any bad label.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout159.py
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

import holdout159ev_hire_a
import holdout159ev_hire_b
import holdout159ev_int_a
import holdout159ev_int_b
import holdout159ev_int_c
import holdout159ev_int_d
import holdout159ev_other_a
import holdout159ev_other_b
import holdout159ev_tz
import icalendar

SPLIT = "holdout159"
SEED = 159
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"nuria.puig.events@gmail.com", "npuig@congressosmed.cat"}

MODULES = [
    holdout159ev_int_a,
    holdout159ev_int_b,
    holdout159ev_int_c,
    holdout159ev_int_d,
    holdout159ev_hire_a,
    holdout159ev_hire_b,
    holdout159ev_other_a,
    holdout159ev_other_b,
]

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Fira de Barcelona": ["Fira Barcelona", "Fira"],
    "MCI Group": ["MCI"],
    "Kuoni Tumlare": ["Kuoni Tumlare Congress", "Kuoni"],
    "Meliá Hotels International": ["Meliá", "Melia", "Meliá Hotels", "Melia Hotels International"],
    "NH Hotel Group": ["NH Hotels", "NH", "NH Collection"],
    "Barceló Hotel Group": ["Barceló", "Barcelo", "Barceló Hotels"],
    "IFEMA Madrid": ["IFEMA"],
    "Messe München": ["Messe München GmbH", "Messe Muenchen", "Messe Munich"],
    "RAI Amsterdam": ["RAI"],
    "Viparis": [],
    "Comexposium": [],
    "GL events": ["GL events Congrès & Conventions", "GL Events"],
    "Booking.com": ["Booking"],
    "Glovo": [],
    "Typeform": [],
    "Factorial": ["Factorial HR"],
    "Wallapop": [],
    "TravelPerk": ["Travelperk"],
    "GSMA": ["GSMA Ltd", "MWC Barcelona"],
    "Integrated Systems Events": ["ISE", "Integrated Systems Europe"],
    "Grupo Pacífico": ["Pacífico Meetings", "Pacifico", "Grupo Pacifico"],
    "Turisme de Barcelona": ["Barcelona Convention Bureau", "BCB", "Turismo de Barcelona"],
    "Ovation Global DMC": ["Ovation Spain", "Ovation DMC", "Ovation"],
    "CWT Meetings & Events": ["CWT", "CWT M&E"],
    "BCD Meetings & Events": ["BCD M&E", "BCD"],
    "Hilton": ["Hilton London Metropole"],
    "Accor": ["Accor Hotels", "AccorHotels"],
    "Eventbrite": [],
    "Cvent": [],
    "Adyen": [],
    "Celonis": [],
    "Kairos Retreats": ["Kairos"],
    "Sónar": ["Sónar+D", "Sonar", "Advanced Music"],
    "Tech Barcelona": ["TechBarcelona", "Barcelona Tech City"],
    "Hotel Arts Barcelona": ["Hotel Arts", "The Ritz-Carlton Hotel Arts Barcelona"],
    "Grifols": [],
    "CUPRA": ["Cupra", "SEAT", "SEAT S.A.", "SEAT CUPRA"],
    "Informa Markets": ["Informa", "CPHI"],
    "Clarion Events": ["Clarion"],
    "RX France": ["RX", "RX Global", "Reed Expositions France"],
    "ICCA": ["International Congress and Convention Association"],
    "Cabify": [],
    "Lopesan Hotel Group": ["Lopesan", "Lopesan Hotels & Resorts"],
    "Publicis Live": [],
    "Iberostar": ["Iberostar Hotels & Resorts", "Iberostar Selection Paseo de Gracia"],
}


class LabelError(Exception):
    pass


def expand(text: str) -> str:
    """Replace '@NAME' placeholder lines by the VTIMEZONE block holdout159ev_tz.NAME."""
    out = []
    for line in text.strip("\n").split("\n"):
        if line.startswith("@"):
            block = getattr(holdout159ev_tz, line[1:].strip())
            out.extend(block.strip("\n").split("\n"))
        else:
            out.append(line)
    return "\n".join(out)


def fold(line: str) -> list[str]:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    parts: list[bytes] = []
    limit = 75
    while len(data) > limit:
        cut = limit
        while cut > 0 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(data[:cut])
        data = data[cut:]
        limit = 74
    parts.append(data)
    return [p.decode("utf-8") if i == 0 else " " + p.decode("utf-8") for i, p in enumerate(parts)]


def render(text: str) -> bytes:
    lines: list[str] = []
    for line in expand(text).split("\n"):
        lines.extend(fold(line))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def check(name: str, raw: bytes, label: tuple[str, int, str, str, str, str, str]) -> None:
    uid, is_interview, company, role, stage, interviewers, trap = label
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        raise LabelError(f"{name}: does not parse: {exc}") from exc
    uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
    if not uids:
        raise LabelError(f"{name}: no VEVENT")
    if uid not in uids:
        raise LabelError(f"{name}: label UID {uid!r} not in file UIDs {sorted(uids)}")
    if is_interview not in (0, 1):
        raise LabelError(f"{name}: is_interview must be 0 or 1")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        raise LabelError(f"{name}: trap {trap!r} is not kebab-case")
    if stage not in STAGES:
        raise LabelError(f"{name}: bad stage {stage!r}")
    if is_interview:
        if not company:
            raise LabelError(f"{name}: interview without company")
        if company not in FORMS:
            raise LabelError(f"{name}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            raise LabelError(f"{name}: interview labelled with a hiring-side trap")
        lowered = raw.decode("utf-8").replace("\r\n ", "").lower()
        for person in filter(None, interviewers.split(";")):
            if "@" in person:
                if person != person.lower():
                    raise LabelError(f"{name}: interviewer address {person!r} not lower case")
                if person in USER_ADDRESSES:
                    raise LabelError(f"{name}: the user listed as interviewer")
                if person not in lowered:
                    raise LabelError(f"{name}: interviewer {person!r} not in the file")
            elif person.lower() not in lowered:
                raise LabelError(f"{name}: interviewer name {person!r} not in the file")
    elif company or role or stage or interviewers:
        raise LabelError(f"{name}: negative with company/role/stage/interviewers")


def replace_split_rows(path: Path, header: list[str], split_index: int, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        raise LabelError(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_index and fields[split_index] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    new_text = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(new_text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> int:
    events = [ev for module in MODULES for ev in module.EVENTS]
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    outputs: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    companies: list[str] = []
    hiring_side = 0
    interviews = 0
    for number, index in enumerate(order, start=1):
        kind, label, text = events[index]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
            raise LabelError(f"bad kind {kind!r}")
        name = f"{SPLIT}-{number:03d}-{kind}.ics"
        raw = render(text)
        check(name, raw, label)
        uid, is_interview, company, role, stage, interviewers, trap = label
        outputs.append((name, raw))
        label_rows.append([name, uid, str(is_interview), company, role, stage, interviewers, SPLIT, trap])
        interviews += is_interview
        hiring_side += trap.startswith("user-as-interviewer-")
        if is_interview and company not in companies:
            companies.append(company)

    for company in FORMS:
        if company not in companies:
            raise LabelError(f"FORMS has {company!r}, which no interview uses")
    form_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(companies)]

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, raw in outputs:
        (EVENTS_DIR / name).write_bytes(raw)
    replace_split_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)

    print(
        f"{SPLIT}: {len(outputs)} events, {interviews} interviews, {len(outputs) - interviews} negatives, "
        f"{hiring_side} with the user on the hiring side, {len(companies)} employers"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
