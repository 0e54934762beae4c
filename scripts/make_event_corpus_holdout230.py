"""Generate the blind calendar-event split holdout230 (issue 4).

Writes tests/corpus/events/holdout230-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout230ev_*.py and replaces only the split=holdout230 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout230.py
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from holdout230ev_tz import TZ  # noqa: E402

SPLIT = "holdout230"
SEED = 230_2026
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout230ev_a",
    "holdout230ev_b",
    "holdout230ev_c",
    "holdout230ev_d",
    "holdout230ev_e",
    "holdout230ev_f",
    "holdout230ev_g",
    "holdout230ev_h",
    "holdout230ev_i",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HIRING_PREFIX = "user-as-interviewer-"

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Mid-Plains University": "Mid-Plains|MPU|Mid-Plains U",
    "Brazos Valley University": "Brazos Valley|BVU",
    "Sandhills State University": "Sandhills State|SSU|Sandhills",
    "Ozark Mountain University": "Ozark Mountain|OMU",
    "Cumberland Plateau University": "Cumberland Plateau|CPU",
    "Mesa Verde State University": "Mesa Verde State|Mesa Verde|MVSU",
    "Pacific Crest University": "Pacific Crest|PCU",
    "Lakeshore Technological University": "Lakeshore Tech|LTU|Lakeshore",
    "Magnolia State University": "Magnolia State|Magnolia St|MSU",
    "Kanawha Valley University": "Kanawha Valley|KVU",
    "Caprock Christian University": "Caprock Christian|CCU|Caprock",
    "Copper Basin University": "Copper Basin|CBU",
    "Northern Prairie University": "Northern Prairie|NPU",
    "Tidewater State University": "Tidewater State|TSU|Tidewater",
    "Big Country College": "Big Country|BCC",
    "Red Mesa University": "Red Mesa|RMU",
    "Bayou State University": "Bayou State|BSU",
    "Catawba Valley University": "Catawba Valley|CVU",
    "Great Plains Tech": "Great Plains Technological University|GPT|Great Plains",
    "Sierra Foothills University": "Sierra Foothills|SFU",
    "Gulf Shores University": "Gulf Shores|GSU",
    "Hill Country University": "Hill Country|HCU",
    "Cascade State University": "Cascade State|CSU|Cascade",
    "Maumee Valley University": "Maumee Valley|MVU",
    "Smoky Mountain State University": "Smoky Mountain State|SMSU|Smoky Mountain",
    "Flint Hills State University": "Flint Hills State|FHSU|Flint Hills",
    "Black Hills College of Mines": "Black Hills Mines|BHCM|Black Hills",
    "Jacksonville Jaguars": "Jaguars|Jags|Jacksonville",
    "Rhein Fire": "Rhein Fire Düsseldorf|Fire",
    "Stuttgart Surge": "Surge|Stuttgart",
    "Paris Musketeers": "Musketeers|Paris",
    "Université du Saint-Laurent": "Universite du Saint-Laurent|USL|Saint-Laurent|Voltigeurs",
    "Universidad Regiomontana del Norte": "URN|Regiomontana|Toros URN",
    "Fundidores de Monterrey": "Fundidores|Monterrey",
    "San Antonio Brahmas": "Brahmas|San Antonio",
    "Cedar Ridge ISD": "Cedar Ridge|Cedar Ridge Independent School District|CRISD",
    "Lone Star Prairie ISD": "Lone Star Prairie|LSPISD",
    "Brazos Crossing ISD": "Brazos Crossing|BCISD",
    "Pecan Valley ISD": "Pecan Valley|PVISD",
    "Canyon Rim ISD": "Canyon Rim|Canyon Rim Independent School District",
    "Sugar Creek ISD": "Sugar Creek|SCISD",
    "West Texas Outlaws": "Outlaws|WT Outlaws",
}


def load_events():
    events = []
    for name in MODULES:
        module = importlib.import_module(name)
        events.extend(module.EVENTS)
    return events


def render(ics: str, eol: str) -> bytes:
    lines = []
    for line in ics.strip("\n").split("\n"):
        m = re.fullmatch(r"@@TZ ([a-z-]+)@@", line)
        if m:
            lines.extend(TZ[m.group(1)].split("\n"))
        else:
            lines.append(line)
    return (eol.join(lines) + eol).encode("utf-8")


def unfold(data: bytes) -> str:
    text = data.decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\n[ \t]", "", text)


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout230: {msg}")


def check(fname: str, data: bytes, ev: dict) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not among {sorted(uids)}")
    if not KEBAB.match(ev["kind"]):
        fail(f"{fname}: kind is not kebab-case")
    if not KEBAB.match(ev["trap"]):
        fail(f"{fname}: trap {ev['trap']!r} is not kebab-case")
    text = unfold(data).lower()
    if ev["is_interview"] == 1:
        if not ev["company"]:
            fail(f"{fname}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{fname}: company {ev['company']!r} has no FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{fname}: bad stage {ev['stage']!r}")
        if ev["hiring"] or ev["trap"].startswith(HIRING_PREFIX):
            fail(f"{fname}: interview marked as hiring side")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer address not lower case: {who}")
            if who.lower() not in text:
                fail(f"{fname}: interviewer {who!r} not in the file")
            if "marcus" in who.lower():
                fail(f"{fname}: the user listed as interviewer")
    elif ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{fname}: negative with company/role/stage/interviewers")
        if ev["hiring"] != ev["trap"].startswith(HIRING_PREFIX):
            fail(f"{fname}: hiring-side flag and trap prefix disagree")
    else:
        fail(f"{fname}: is_interview must be 0 or 1")


def split_records(data: bytes) -> list[bytes]:
    """CSV records as raw bytes (a quoted field may hold a line break)."""
    records, cur = [], b""
    for line in data.splitlines(keepends=True):
        cur += line
        if cur.count(b'"') % 2 == 0:
            records.append(cur)
            cur = b""
    if cur:
        records.append(cur)
    return records


def replace_rows(path: Path, split_col: str, rows: list[list[str]]) -> None:
    data = path.read_bytes()
    records = split_records(data)
    if not records:
        fail(f"{path}: empty")
    header = next(csv.reader(io.StringIO(records[0].decode("utf-8"))))
    idx = header.index(split_col)
    kept = [records[0]]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec.decode("utf-8"))), [])
        if len(fields) > idx and fields[idx] == SPLIT:
            continue
        kept.append(rec)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> int:
    events = load_events()
    random.Random(SEED).shuffle(events)
    rendered = []
    for n, ev in enumerate(events, start=1):
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev["ics"], ev["eol"])
        check(fname, data, ev)
        rendered.append((fname, data, ev))
    companies = sorted({ev["company"] for _, _, ev in rendered if ev["is_interview"] == 1})
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data, _ in rendered:
        (EVENTS_DIR / fname).write_bytes(data)
    label_rows = [
        [fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"], ev["interviewers"],
         SPLIT, ev["trap"]]
        for fname, _, ev in rendered
    ]
    replace_rows(LABELS, "split", label_rows)
    replace_rows(FORMS_CSV, "split", [[SPLIT, c, FORMS[c]] for c in companies])
    n_int = sum(ev["is_interview"] for _, _, ev in rendered)
    n_hire = sum(ev["hiring"] for _, _, ev in rendered)
    print(f"{SPLIT}: {len(rendered)} events, {n_int} interviews, {len(rendered) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
