"""Generate the blind calendar-event split holdout242 (afterview issue 4).

The events live as hand-written raw iCalendar text in ``scripts/holdout242ev_*.py``.
This script writes ``tests/corpus/events/holdout242-NNN-<kind>.ics`` (shuffled with a
fixed seed), replaces only the ``split=holdout242`` rows of ``labels.csv`` and
``company_forms.csv`` and checks every label against the parsed calendar file.
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

SPLIT = "holdout242"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 24242
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"liam.tehuia.farm@xtra.co.nz", "liam@kahikateadairies.co.nz"}

# Other names the user would accept for each interview company in a draft.
FORMS: dict[str, list[str]] = {
    "Rakaia Pastoral Group": ["Rakaia Pastoral", "Rakaia Pastoral Group Ltd", "RPG"],
    "Kōwhai Downs": ["Kowhai Downs", "Ransfield Farms", "Ransfield Farms Ltd"],
    "Meander Valley Dairies": ["Meander Valley Dairies Pty Ltd", "MVD", "Meander Valley"],
    "Ashburton Plains Dairy": ["Ashburton Plains Dairy Ltd", "APD", "Ashburton Plains"],
    "Pūkeko Lands Incorporation": ["Pukeko Lands Incorporation", "Pūkeko Lands", "Pukeko Lands", "Pūkeko Inc"],
    "Tambos del Litoral": ["Tambos del Litoral S.A.", "Tambos del Litoral SA", "TDL"],
    "Gut Falkenhagen": ["Gut Falkenhagen Agrar GmbH", "Falkenhagen Agrar", "Gut Falkenhagen Agrar"],
    "Domaine Laitier Mackenzie": ["DLM", "Mackenzie Dairy Estate", "Domaine Laitier Mackenzie Ltd"],
    "Lechería Los Ulmos": ["Lecheria Los Ulmos", "Lechería Los Ulmos SpA", "Los Ulmos"],
    "Circular Head Dairy Co": ["Circular Head Dairy Co Pty Ltd", "Circular Head Dairy", "CHDC"],
    "Gippsland Pastoral Co": ["Gippsland Pastoral Company", "Gippsland Pastoral", "GPC"],
    "Waitaha Irrigated Farms": ["Waitaha Irrigated Farms LP", "Waitaha Farms", "WIF"],
    "Whitelaw Farms": ["Whitelaw Farms Ltd", "Whitelaws"],
    "Kauri Bank": ["Kauri Bank of New Zealand", "Kauri Bank NZ"],
    "Kiwi Herd Genetics": ["Kiwi Herd Genetics Ltd", "KHG"],
    "Kaitiaki Dairy Co-operative": ["Kaitiaki Dairy", "Kaitiaki Co-op", "Kaitiaki Dairy Co-op", "KDC"],
    "Mid Canterbury Water": ["Mid Canterbury Water Ltd", "MCW", "Mid Cant Water"],
    "Te Waipounamu Farming": ["Te Waipounamu Farming Ltd", "TWF", "Te Waipounamu"],
    "Hinds Plains Farming": ["Hinds Plains Farming Ltd", "Hinds Plains", "HPF"],
    "Ōhau Dairy Holdings": ["Ohau Dairy Holdings", "Ōhau Dairy", "Ohau Dairy", "ODH"],
    "Kaimai Dairy Group": ["Kaimai Dairy Group Ltd", "Kaimai Dairy", "KDG"],
    "Dorie Farms": ["Dorie Farms Ltd", "Dorie Farm"],
    "Glenmore Station": ["Glenmore Station Ltd", "Glenmore Station Dairy", "Glenmore"],
    "Scottsdale Pastoral Co": ["Scottsdale Pastoral Company", "Scottsdale Pastoral", "SPC"],
    "Canterbury Milk Processors": ["Canterbury Milk Processors Ltd", "CMP", "Canterbury Milk"],
    "Fernside Equity Partnership": ["Fernside Equity Partnership Ltd", "Fernside Dairy", "Fernside"],
    "Pastoral Edge Consulting": ["Pastoral Edge Consulting Ltd", "Pastoral Edge"],
    "Te Rua Farming Trust": ["Te Rua Farming", "Te Rua Trust"],
    "Braemar Pastoral": ["Braemar Pastoral Ltd", "Braemar"],
    "Riverina Irrigated Dairy": ["Riverina Irrigated Dairy Pty Ltd", "RID", "Riverina Dairy"],
    "Trewithen Grass Dairies": ["Trewithen Grass Dairies Ltd", "Trewithen", "Trewithen Dairies"],
    "Ballyvoile Farms": ["Ballyvoile Farms Ltd", "Ballyvoile", "Ballyvoile Dairy"],
    "Ellesmere Research Farm": ["Ellesmere Research Dairy Farm", "ERF", "Ellesmere Farm"],
    "Selwyn Dairy Partners": ["Selwyn Dairy Partners LP", "Selwyn Dairy", "SDP"],
    "Waihao Farming": ["Waihao Farming Ltd", "Waihao"],
    "Kaikōura Coast Dairies": ["Kaikoura Coast Dairies", "Kaikōura Coast Dairies Ltd", "KCD"],
    "Ringarooma Dairy Co": ["Ringarooma Dairy Company", "Ringarooma Dairy", "Ringarooma"],
    "Rangitata Dairies": ["Rangitata Dairies Ltd", "Rangitata"],
    "Fieldmaster Nutrition": ["Fieldmaster Nutrition NZ", "Fieldmaster", "Fieldmaster Animal Nutrition"],
    "Milkbot": ["Milkbot NZ", "Milkbot Robotics", "Milkbot Ltd"],
    "Southern Cross Agri Finance": ["Southern Cross Agri", "SCAF", "Southern Cross Agri Finance Ltd"],
    "Verdant Animal Health": ["Verdant", "Verdant Animal Health NZ"],
}

# Time-zone blocks shared by several invites, written the way each tool writes them.
TZ_BLOCKS = {
    "@TZ_NZ_GOOGLE@": """BEGIN:VTIMEZONE
TZID:Pacific/Auckland
X-LIC-LOCATION:Pacific/Auckland
BEGIN:DAYLIGHT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
TZNAME:NZDT
DTSTART:19700927T020000
RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
TZNAME:NZST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""",
    "@TZ_NZ_APPLE@": """BEGIN:VTIMEZONE
TZID:Pacific/Auckland
BEGIN:DAYLIGHT
DTSTART:20070930T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=9
TZNAME:NZDT
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:20080406T030000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4
TZNAME:NZST
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
END:STANDARD
END:VTIMEZONE""",
    "@TZ_NZ_WIN@": """BEGIN:VTIMEZONE
TZID:New Zealand Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+1300
TZOFFSETTO:+1200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+1200
TZOFFSETTO:+1300
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9
END:DAYLIGHT
END:VTIMEZONE""",
    "@TZ_HOBART@": """BEGIN:VTIMEZONE
TZID:Australia/Hobart
X-LIC-LOCATION:Australia/Hobart
BEGIN:STANDARD
TZOFFSETFROM:+1100
TZOFFSETTO:+1000
TZNAME:AEST
DTSTART:19700405T030000
RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU
END:STANDARD
BEGIN:DAYLIGHT
TZOFFSETFROM:+1000
TZOFFSETTO:+1100
TZNAME:AEDT
DTSTART:19701004T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU
END:DAYLIGHT
END:VTIMEZONE""",
}

KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[^@\s;]+@[^@\s;]+$")


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout242: {msg}")


def load_events() -> list[dict[str, object]]:
    scripts = Path(__file__).resolve().parent
    sys.path.insert(0, str(scripts))
    events: list[dict[str, object]] = []
    for path in sorted(scripts.glob("holdout242ev_*.py")):
        module = importlib.import_module(path.stem)
        events.extend(module.EVENTS)
    return events


def render(event: dict[str, object]) -> bytes:
    text = str(event["ics"]).lstrip("\n")
    for token, block in TZ_BLOCKS.items():
        text = text.replace(token, block)
    if "@TZ_" in text:
        fail(f"unknown time-zone token in {event['uid']}")
    if event.get("eol", "crlf") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(event: dict[str, object], data: bytes, name: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    uid = str(event["uid"])
    if uid not in uids:
        fail(f"{name}: label UID {uid!r} not among parsed UIDs {sorted(uids)}")
    if not KIND_RE.match(str(event["kind"])):
        fail(f"{name}: bad kind")
    trap = str(event["trap"])
    if not TRAP_RE.match(trap):
        fail(f"{name}: bad trap {trap!r}")
    hiring = bool(event.get("hiring"))
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring flag and trap prefix disagree")
    stage = str(event.get("stage", ""))
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    company = str(event.get("company", ""))
    who = str(event.get("who", ""))
    if event["interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if event["interview"] == 1:
        if hiring:
            fail(f"{name}: hiring-side event labelled as interview")
        if not company or company not in FORMS:
            fail(f"{name}: company {company!r} lacks a FORMS entry")
        if not who:
            fail(f"{name}: interview without interviewers")
        lowered = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
        for person in who.split(";"):
            if person != person.strip() or not person:
                fail(f"{name}: bad interviewer {person!r}")
            if "@" in person:
                if not EMAIL_RE.match(person) or person != person.lower():
                    fail(f"{name}: bad interviewer address {person!r}")
                if person in USER_ADDRESSES:
                    fail(f"{name}: the user listed as interviewer")
                if person not in lowered:
                    fail(f"{name}: interviewer {person!r} not in the event")
    elif company or event.get("role") or stage or who:
        fail(f"{name}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    data = path.read_bytes()
    if not data.endswith(b"\n"):
        data += b"\n"
    lines = data[:-1].split(b"\n")
    header, rest = lines[0], lines[1:]
    kept = []
    for line in rest:
        fields = next(csv.reader([line.decode("utf-8")]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    out = b"\n".join([header, *kept]) + b"\n" + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    for number, index in enumerate(order, start=1):
        ev = events[index]
        name = f"{SPLIT}-{number:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, data, name)
        (EVENTS_DIR / name).write_bytes(data)
        company = str(ev.get("company", ""))
        if ev["interview"] == 1 and company not in companies:
            companies.append(company)
        label_rows.append([
            name, str(ev["uid"]), str(ev["interview"]), company, str(ev.get("role", "")),
            str(ev.get("stage", "")), str(ev.get("who", "")), SPLIT, str(ev["trap"]),
        ])
    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, label_rows, 7)
    replace_rows(FORMS_CSV, form_rows, 0)
    interviews = sum(1 for ev in events if ev["interview"] == 1)
    hiring = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
