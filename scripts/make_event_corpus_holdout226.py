"""Write the blind calendar-event split holdout226 (a police sergeant's job search).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout226.py

It deletes old tests/corpus/events/holdout226-*.ics files, writes the new ones
(order shuffled with a fixed seed), and replaces only the split=holdout226 rows
of tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv,
keeping every other line byte for byte.  Every label is checked against the
parsed file; a bad label stops the run.
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

import holdout226ev_a  # noqa: E402
import holdout226ev_b  # noqa: E402
import holdout226ev_c  # noqa: E402
import holdout226ev_d  # noqa: E402
import holdout226ev_e  # noqa: E402
import holdout226ev_f  # noqa: E402
import holdout226ev_g  # noqa: E402
import holdout226ev_h  # noqa: E402
import holdout226ev_i  # noqa: E402
import holdout226ev_j  # noqa: E402

SPLIT = "holdout226"
SEED = 226
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"aisha.rahman.brum@gmail.com", "aisha.rahman@midlandborough.police.uk"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "Albion Building Society": ["Albion", "Albion BS"],
    "Arden Borough Council": ["Arden BC", "Arden Council"],
    "Arden Multi-Academy Trust": ["Arden MAT", "Arden Park Academy"],
    "Banco Meridional": ["Meridional"],
    "Banque Lumière": ["Banque Lumiere", "Lumière"],
    "Black Country Metropolitan Borough Council": ["Black Country MBC", "Black Country Council"],
    "Brindley Homes": [],
    "Castlegate Estates": ["Castlegate", "Rotunda Centre"],
    "Children First Trust": ["Children First"],
    "Colmore Private Bank": ["Colmore PB", "Colmore"],
    "Cotswold Mutual": [],
    "Court Sports England": ["CSE"],
    "Crestline Insurance": ["Crestline"],
    "Edgbaston Rovers FC": ["Edgbaston Rovers", "Rovers"],
    "Elmdon International Airport": ["Elmdon Airport", "EIA"],
    "FreshWay Supermarkets": ["FreshWay", "Freshway"],
    "HM Revenue & Customs": ["HMRC", "HM Revenue and Customs", "Fraud Investigation Service"],
    "Hallam Clarke": [],
    "Harbourside Bank": ["Harbourside"],
    "Heartlands Valley NHS Foundation Trust": ["HVFT", "Heartlands Valley",
                                               "Heartlands Valley Hospital"],
    "Ironbridge Rail": ["Ironbridge"],
    "Kestrel Security Services": ["Kestrel", "Kestrel Security"],
    "Kingfisher Hotels": ["Kingfisher"],
    "Liffey Payments": ["Liffey", "Liffey Pay"],
    "Maison Verlaine": ["Verlaine"],
    "Meridian Pharma": ["Meridian"],
    "Midland Borough Police": ["MBP", "Midland Borough"],
    "Moda Albera": ["Albera"],
    "Motor Fraud Bureau": ["MFB"],
    "Nordkauf GB": ["Nordkauf"],
    "Northgate Retail Group": ["Northgate", "Northgate Retail"],
    "Parcelo": ["Parcelo UK"],
    "Paylio": [],
    "Quayside Logistics": ["Quayside"],
    "Rackhams": ["Rackhams & Co"],
    "Rheinland Versicherung AG": ["Rheinland Versicherung", "Rheinland"],
    "Ridgeway Risk": [],
    "Sentinel Custodial Services": ["Sentinel", "Sentinel CS"],
    "Shannon Direct Insurance": ["Shannon Direct"],
    "StakeLine": ["Stakeline"],
    "Stonebridge University": ["Stonebridge"],
    "Tame Valley Water": ["Tame Valley"],
    "Tradely": [],
    "Vale Energy": ["Vale"],
    "Vodaline": [],
}

MODULES = [holdout226ev_a, holdout226ev_b, holdout226ev_c, holdout226ev_d, holdout226ev_e,
           holdout226ev_f, holdout226ev_g, holdout226ev_h, holdout226ev_i, holdout226ev_j]


class LabelError(Exception):
    pass


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def render(event: dict) -> bytes:
    text = event["ics"].lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    if event.get("eol", "\r\n") == "\r\n":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def check(name: str, data: bytes, labels: list) -> None:
    def fail(msg: str) -> None:
        raise LabelError(f"{name}: {msg}")

    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"does not parse: {exc}")
    uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
    if not uids or "None" in uids:
        fail("VEVENT without UID")
    labelled = {row[0] for row in labels}
    if labelled != uids:
        fail(f"label UIDs {sorted(labelled)} != file UIDs {sorted(uids)}")
    flat = unfold(data.decode("utf-8"))
    plain = flat.replace("\\,", ",").replace("\\;", ";").replace("\\n", "\n").lower()
    for _uid, is_int, company, role, stage, interviewers, trap in labels:
        if is_int not in (0, 1):
            fail(f"is_interview {is_int!r}")
        if not KEBAB.match(trap):
            fail(f"trap not kebab-case: {trap!r}")
        if stage not in STAGES:
            fail(f"bad stage {stage!r}")
        if is_int == 0:
            if company or role or stage or interviewers:
                fail("negative with company/role/stage/interviewers")
            continue
        if trap.startswith(HIRING_PREFIX):
            fail("interview with a hiring-side trap")
        if company not in FORMS:
            fail(f"company {company!r} has no FORMS entry")
        if role and role.lower() not in plain:
            fail(f"role {role!r} not in the event text")
        for who in filter(None, interviewers.split(";")):
            if who != who.strip():
                fail(f"interviewer with spaces: {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"interviewer e-mail not lower case: {who}")
                if who in USER_ADDRESSES:
                    fail("the user listed as interviewer")
                if f"mailto:{who}" not in flat.lower():
                    fail(f"interviewer {who} is not an address in the event")
            elif who.lower() not in plain:
                fail(f"interviewer name {who!r} not in the event text")


def read_records(path: Path) -> tuple[str, list[str], str]:
    """Return (header line, other raw records, line ending) keeping bytes exactly."""
    text = path.read_bytes().decode("utf-8")
    lines = text.splitlines(keepends=True)
    header = lines[0]
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    records, buf = [], ""
    for line in lines[1:]:
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    return header, records, eol


def split_of(record: str, column: int) -> str:
    row = next(csv.reader(io.StringIO(record)), [])
    return row[column] if len(row) > column else ""


def replace_rows(path: Path, column: int, new_rows: list[list[str]]) -> None:
    header, records, eol = read_records(path)
    kept = [r for r in records if split_of(r, column) != SPLIT]
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    writer.writerows(new_rows)
    out = header + "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.encode("utf-8"))
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main() -> int:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    random.Random(SEED).shuffle(events)
    files, label_rows = [], []
    companies: set[str] = set()
    errors = []
    for n, ev in enumerate(events, 1):
        if not KEBAB.match(ev["kind"]):
            errors.append(f"bad kind {ev['kind']!r}")
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev)
        try:
            check(name, data, ev["labels"])
        except LabelError as exc:
            errors.append(str(exc))
            continue
        files.append((name, data))
        for uid, is_int, company, role, stage, interviewers, trap in ev["labels"]:
            label_rows.append([name, uid, str(is_int), company, role, stage, interviewers,
                               SPLIT, trap])
            if is_int:
                companies.add(company)
    if errors:
        for e in errors:
            print("LABEL ERROR:", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} bad label(s); nothing written")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, data in files:
        (EVENTS_DIR / name).write_bytes(data)

    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])

    interviews = sum(1 for r in label_rows if r[2] == "1")
    negatives = len(label_rows) - interviews
    hiring = sum(1 for r in label_rows if r[8].startswith(HIRING_PREFIX))
    print(f"{SPLIT}: {len(files)} events, {interviews} interviews, {negatives} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
