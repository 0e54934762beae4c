"""Write the blind calendar-event split holdout239 (one firefighter-EMT's calendar near Seattle).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout239.py

The events are hand-written raw iCalendar text in scripts/holdout239ev_*.py. This script writes
tests/corpus/events/holdout239-NNN-<kind>.ics (old holdout239-*.ics files are deleted first) and replaces only
the split=holdout239 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping every other line
byte for byte. Every label is checked against the parsed file.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout239ev_a
import holdout239ev_b
import holdout239ev_c
import holdout239ev_d
import holdout239ev_e
import holdout239ev_f
import holdout239ev_g
import holdout239ev_h
from holdout239ev_tz import TZ

SPLIT = "holdout239"
SEED = 239_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"ryan.kowalczyk.fire@gmail.com", "rkowalczyk@cedarvalleyfire.org"}

# Other names Ryan would accept for the same employer in a draft.
FORMS = {
    "Seattle Fire Department": "SFD|Seattle Fire|Seattle FD|City of Seattle",
    "Portland Fire & Rescue": "PF&R|PFR|Portland Fire|Portland Fire and Rescue|City of Portland",
    "Tacoma Fire Department": "TFD|Tacoma Fire|Tacoma FD|City of Tacoma",
    "Bellevue Fire Department": "Bellevue Fire|Bellevue FD|BFD|City of Bellevue",
    "City of Kirkland": "Kirkland|Kirkland Fire Department|Kirkland Fire|Kirkland Fire Marshal's Office",
    "Cascade Crest Ambulance": "Cascade Crest|CCA|Cascade Crest Ambulance Inc.",
    "Tualatin Valley Fire & Rescue": "TVF&R|TVFR|Tualatin Valley Fire|Tualatin Valley Fire and Rescue",
    "Everett Fire Department": "Everett Fire|Everett FD|EFD|City of Everett",
    "South King Fire": "South King Fire & Rescue|SKF|SKFR|South King Fire and Rescue",
    "Renton Regional Fire Authority": "Renton RFA|RRFA|Renton Fire|Renton Regional Fire",
    "Eastside Fire & Rescue": "EF&R|EFR|Eastside Fire|Eastside Fire and Rescue",
    "Valley Regional Fire Authority": "VRFA|Valley Regional Fire|Valley Regional",
    "Spokane Fire Department": "SFD|Spokane Fire|Spokane FD|City of Spokane",
    "Vancouver Fire Department": "VFD|Vancouver Fire|Vancouver FD|City of Vancouver",
    "Gresham Fire": "Gresham Fire Department|Gresham Fire & Emergency Services|Gresham FD|City of Gresham",
    "Denver Fire Department": "DFD|Denver Fire|Denver FD|City and County of Denver",
    "South Metro Fire Rescue": "South Metro|SMFR|South Metro Fire",
    "Colorado Springs Fire Department": "CSFD|Colorado Springs Fire|Colorado Springs FD|City of Colorado Springs",
    "Salt Lake City Fire Department": "SLCFD|Salt Lake City Fire|SLC Fire|Salt Lake City Corporation",
    "Anchorage Fire Department": "AFD|Anchorage Fire|Anchorage FD|Municipality of Anchorage",
    "Central Kitsap Fire & Rescue": "CKFR|Central Kitsap Fire|Central Kitsap Fire and Rescue",
    "Olympia Fire Department": "OFD|Olympia Fire|Olympia FD|City of Olympia",
    "Marysville Fire District": "MFD|Marysville Fire|Marysville FD",
    "City of Redmond": "Redmond|Redmond Fire|Redmond Fire Department|Redmond Fire Prevention",
    "Shoreline Fire Department": "Shoreline Fire|Shoreline FD",
    "Bellingham Fire Department": "BFD|Bellingham Fire|Bellingham FD|City of Bellingham",
    "Port of Seattle Fire Department": "Port of Seattle|Port of Seattle Fire|POSFD|SEA Airport Fire",
    "Boeing Fire Department": "Boeing|The Boeing Company|Boeing Fire",
    "Department of National Defence": "DND|National Defence|Défense nationale|MDN|CFB Esquimalt Fire",
    "Yakima Fire Department": "YFD|Yakima Fire|Yakima FD|City of Yakima",
    "Rettmann Atemschutz": "Rettmann|Rettmann Atemschutz GmbH|Rettmann Safety",
    "Snohomish Regional Fire & Rescue": "SRFR|Snohomish Regional Fire|Snohomish Regional Fire and Rescue",
    "Puget Sound Fire": "PSF|Puget Sound Regional Fire Authority|Puget Sound RFA|Kent Fire",
    "Clark-Cowlitz Fire Rescue": "CCFR|Clark Cowlitz Fire|Clark-Cowlitz Fire",
    "Lacey Fire District 3": "Lacey Fire|LFD3|Lacey Fire District",
    "Salish Bay Refining": "Salish Bay|Salish Bay Refinery|SBR",
    "Summit Event Medics": "Summit Event Medics LLC|Summit Medics|Summit",
    "Navy Region Northwest Fire & Emergency Services": "Navy Region Northwest F&ES|NRNW F&ES|Navy Fire|"
    "Navy Region Northwest Fire",
    "Boise Fire Department": "BFD|Boise Fire|Boise FD|City of Boise",
    "Hillsboro Fire & Rescue": "HF&R|Hillsboro Fire|Hillsboro Fire and Rescue|City of Hillsboro",
    "Clackamas Fire": "Clackamas Fire District #1|Clackamas Fire District|CFD1|Clackamas Fire District 1",
    "South County Fire": "SCF|South County Fire and Rescue|South County Fire & Rescue",
    "Kennewick Fire Department": "KFD|Kennewick Fire|Kennewick FD|City of Kennewick",
    "Mountain View Fire Rescue": "MVFR|Mountain View Fire|Mountain View Fire Protection District",
}

MODULES = (
    holdout239ev_a,
    holdout239ev_b,
    holdout239ev_c,
    holdout239ev_d,
    holdout239ev_e,
    holdout239ev_f,
    holdout239ev_g,
    holdout239ev_h,
)


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout239: {msg}")


def render(ics: str, lf: bool) -> bytes:
    lines = []
    for line in ics.strip("\n").split("\n"):
        m = re.fullmatch(r"%%TZ (.+)%%", line.strip())
        if m:
            if m.group(1) not in TZ:
                fail(f"unknown time zone block {m.group(1)!r}")
            lines.extend(TZ[m.group(1)].split("\n"))
        else:
            lines.append(line)
    sep = "\n" if lf else "\r\n"
    return (sep.join(lines) + sep).encode("utf-8")


def check(name: str, data: bytes, ev: dict[str, str]) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file (has {uids})")
    for c in cal.walk("VEVENT"):
        for prop in ("DTSTART", "SUMMARY", "DTSTAMP"):
            if c.get(prop) is None:
                fail(f"{name}: VEVENT without {prop}")
        c.decoded("DTSTART")
    if ev["is_interview"] not in ("0", "1"):
        fail(f"{name}: is_interview {ev['is_interview']!r}")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{name}: trap not kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{name}: kind not kebab-case: {ev['kind']!r}")
    text = data.decode("utf-8")
    unfolded = re.sub(r"\r?\n[ \t]", "", text).lower()
    if ev["is_interview"] == "1":
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{name}: interviewer with spaces {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{name}: interviewer address not lower case {who!r}")
                if who in USER_ADDRESSES:
                    fail(f"{name}: the user listed as interviewer")
            if who.lower() not in unfolded and who.lower().replace(",", "\\,") not in unfolded:
                fail(f"{name}: interviewer {who!r} not found in the file")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")


def split_records(text: str) -> list[str]:
    """Split CSV text into raw records (each with its line ending), honouring quoted newlines."""
    records: list[str] = []
    buf = ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    return records


def replace_split_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    records = split_records(raw)
    if not records:
        fail(f"{path} is empty")
    eol = "\r\n" if records[0].endswith("\r\n") else "\n"
    kept = [records[0]]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec)), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(rec)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    body = "".join(kept) + out.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main() -> None:
    events: list[dict[str, str]] = []
    for mod in MODULES:
        for item in mod.EVENTS:
            kind, uid, is_int, company, role, stage, interviewers, trap, ics, *rest = item
            events.append(
                {
                    "kind": kind,
                    "uid": uid,
                    "is_interview": str(is_int),
                    "company": company,
                    "role": role,
                    "stage": stage,
                    "interviewers": interviewers,
                    "trap": trap,
                    "ics": ics,
                    "lf": "lf" if rest and rest[0] == "lf" else "",
                }
            )
    traps = [e["trap"] for e in events]
    if len(set(traps)) != len(traps):
        dup = sorted({t for t in traps if traps.count(t) > 1})
        fail(f"duplicate traps: {dup}")
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev["ics"], bool(ev["lf"]))
        check(name, data, ev)
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append(
            [name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"], ev["interviewers"],
             SPLIT, ev["trap"]]
        )

    companies = sorted({e["company"] for e in events if e["is_interview"] == "1"})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS has companies without an interview: {unused}")
    replace_split_rows(LABELS, 7, label_rows)
    replace_split_rows(FORMS_CSV, 0, [[SPLIT, c, FORMS[c]] for c in companies])

    n_int = sum(e["is_interview"] == "1" for e in events)
    n_hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(
        f"holdout239: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
