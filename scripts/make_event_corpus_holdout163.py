"""Generate the blind calendar-event split holdout163 (issue 4).

Written blind by an independent author: raw iCalendar text lives in
scripts/holdout163ev_*.py; this script writes tests/corpus/events/holdout163-NNN-<kind>.ics,
replaces only the split=holdout163 rows of labels.csv and company_forms.csv, and checks
every label against the parsed file.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout163.py
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SPLIT = "holdout163"
SEED = 16301
MODULES = ["a", "b", "c", "d", "e", "f", "g", "h"]
USER_ADDRS = {"danieltan.wm@yahoo.com.sg", "daniel.tan@meridianmedsupply.com.sg"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names Daniel would accept for the same employer in a draft.
FORMS = {
    "Halvorsen Diagnostics": (
        "Halvorsen|Halvorsen Diagnostics Asia Pacific|"
        "Halvorsen Diagnostics Asia Pacific Pte. Ltd.|Halvorsen Dx"
    ),
    "Brenner Medizintechnik": "Brenner|Brenner Medizintechnik GmbH|Brenner Medtech",
    "Grupo Valdés Salud": (
        "Valdés Salud|Valdes Salud|Grupo Valdes Salud|Valdés|Valdés Salud Asia|"
        "Valdés Salud Asia Pte. Ltd."
    ),
    "Kestrel BioSciences": "Kestrel|Kestrel Bio|Kestrel BioSciences (Singapore) Pte. Ltd.",
    "Lindqvist Medical": "Lindqvist|Lindqvist Medical AB|Lindqvist Medical Asia",
    "Orchid Health Group": "Orchid Health|OHG|Orchid",
    "Pacific Crest Healthcare": (
        "Pacific Crest|PCH|Pacific Crest Healthcare Holdings|"
        "Pacific Crest Healthcare Holdings Limited"
    ),
    "Permata Medik": "Permata|Permata Medik Sdn Bhd|Permata Medik Sdn. Bhd.",
    "Southern Cross Clinical Supplies": (
        "Southern Cross|Southern Cross Clinical|SCCS|"
        "Southern Cross Clinical Supplies Pty Ltd"
    ),
    "Laboratoires Vernay": "Vernay|Vernay Asia-Pacific|Laboratoires Vernay SA",
    "Norvance Therapeutics": "Norvance|Norvance Therapeutics Inc.",
    "Veridian Surgical": "Veridian|Veridian Surgical Robotics",
    "Helix Cold Chain": "Helix|Helix Cold Chain Pte. Ltd.",
    "Brightwater Consumer Health": "Brightwater|Brightwater CH",
    "HealthLink Shared Services": "HealthLink|HLSS",
    "Kallang Health Partners": "Kallang Health|KHP",
    "Lumeris Diagnostics": "Lumeris|Lumeris Dx",
    "Aurelis Orthopaedics": "Aurelis|Aurelis Ortho|Aurelis Orthopedics",
    "Zentra Dental": "Zentra|Zentra Dental Asia Pacific",
    "Vantage Medical Devices": "Vantage|Vantage Medical|Vantage MD",
    "Asterion Pharma": "Asterion|Asterion Pharmaceuticals",
    "Nusa Supply Tech": "Nusa|Nusa Supply",
    "Nordfjord Medical": "Nordfjord|Nordfjord Medical AS",
    "Cambria Health Tech": "Cambria|Cambria Health",
    "Ostara Life Sciences": "Ostara|Ostara LS",
    "Ashford & Cole Healthcare": "Ashford & Cole|Ashford and Cole|Ashford & Cole Healthcare Asia",
    "Belmont Pharma": "Belmont|Belmont Pharma Asia",
    "Sakura Medical Asia": "Sakura Medical|Sakura",
    "Thornbury Healthcare": "Thornbury",
    "Fortis Lab Supplies": "Fortis|Fortis Lab Supplies (HK)|Fortis Lab Supplies Limited",
    "Medora Healthcare": "Medora|Medora Healthcare Sdn Bhd",
    "Huaxin Medical": (
        "Huaxin|华信医疗|华信医疗器械|华信医疗器械（香港）有限公司|"
        "Huaxin Medical Devices (Hong Kong) Limited"
    ),
    "Marisco Foods": "Marisco|Marisco Foods APAC|Marisco Foods Asia Pacific",
    "Delacroix Instruments": "Delacroix|Delacroix Instruments Asia",
    "Ferrum Healthcare": "Ferrum",
    "Bayside Health Alliance": "Bayside Health|Bayside|BHA",
    "Hollis Pharma": "Hollis|Hollis Pharmaceuticals",
    "Sentinel Medical": "Sentinel|Sentinel Medical Pte. Ltd.",
    "Castellan Healthcare Logistics": "Castellan|Castellan Logistics|Castellan Healthcare Logistics Sdn Bhd",
    "Eastwind Healthcare": "Eastwind|Eastwind Healthcare Group",
    "Quayside Medical": "Quayside|Quayside Medical Australia|Quayside Medical Pty Ltd",
    "Greystone Healthcare": "Greystone|Greystone Healthcare Asia",
    "Tessaro Medical": "Tessaro|Tessaro Medical Australia",
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout163: ERROR: {msg}")


def fold(line: str, eol: str) -> str:
    """Fold one content line at 75 octets, never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return eol.join(out)


def render(ev: dict, tz: dict) -> bytes:
    text = ev["ics"].strip("\n")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in tz:
            fail(f"{ev['uid']}: unknown VTIMEZONE {name}")
        return tz[name]

    text = re.sub(r"@@TZ:([^@]+)@@", sub, text)
    lines = [ln.rstrip(" ") for ln in text.split("\n") if ln.strip()]
    eol = "\n" if ev.get("lf") else "\r\n"
    if ev.get("fold", True):
        lines = [fold(ln, eol) for ln in lines]
    return (eol.join(lines) + eol).encode("utf-8")


def check(ev: dict, data: bytes, fname: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        for key in ("DTSTART", "DTSTAMP", "SUMMARY"):
            if c.get(key) is None:
                fail(f"{fname}: VEVENT without {key}")
    iv, company, role, stage, interviewers, trap = ev["label"]
    if iv not in (0, 1):
        fail(f"{fname}: is_interview must be 0/1")
    if stage not in STAGES:
        fail(f"{fname}: bad stage {stage!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: trap not kebab-case: {trap!r}")
    if iv == 1:
        if not company:
            fail(f"{fname}: interview without company")
        if company not in FORMS:
            fail(f"{fname}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
    else:
        if company or role or stage or interviewers:
            fail(f"{fname}: negative with company/role/stage/interviewers")
    if ev.get("hiring") and not trap.startswith("user-as-interviewer-"):
        fail(f"{fname}: hiring-side event needs a user-as-interviewer- trap")
    if not ev.get("hiring") and trap.startswith("user-as-interviewer-"):
        fail(f"{fname}: user-as-interviewer- trap on an event not marked hiring")
    for who in filter(None, interviewers.split(";")):
        if who != who.strip() or who.lower() in USER_ADDRS:
            fail(f"{fname}: bad interviewer {who!r}")
        if "@" in who:
            if who != who.lower():
                fail(f"{fname}: interviewer e-mail not lower case: {who!r}")
            if who not in data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower():
                fail(f"{fname}: interviewer {who!r} not in the file")


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for ln in lines[1:]:
        fields = next(csv.reader([ln]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(ln)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        w.writerow(row)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    sys.path.insert(0, str(HERE))
    tz = importlib.import_module("holdout163ev_tz").TZ
    events = []
    for m in MODULES:
        events.extend(importlib.import_module(f"holdout163ev_{m}").EVENTS)
    seen = set()
    for ev in events:
        key = (ev["uid"], ev.get("variant", ""))
        if key in seen:
            fail(f"duplicate event {key}")
        seen.add(key)
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)?", ev["kind"]):
            fail(f"bad kind {ev['kind']!r}")
    random.Random(SEED).shuffle(events)

    header = next(csv.reader([LABELS.read_text(encoding="utf-8").splitlines()[0]]))
    if header != ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]:
        fail(f"unexpected labels.csv header {header}")
    fheader = next(csv.reader([FORMS_CSV.read_text(encoding="utf-8").splitlines()[0]]))
    if fheader != ["split", "company", "forms"]:
        fail(f"unexpected company_forms.csv header {fheader}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    rows, companies = [], set()
    for i, ev in enumerate(events, 1):
        fname = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        data = render(ev, tz)
        check(ev, data, fname)
        (EVENTS_DIR / fname).write_bytes(data)
        iv, company, role, stage, interviewers, trap = ev["label"]
        rows.append([fname, ev["uid"], str(iv), company, role, stage, interviewers, SPLIT, trap])
        if iv:
            companies.add(company)

    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    replace_rows(LABELS, 7, rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, FORMS[c]] for c in sorted(companies)])

    n_iv = sum(1 for ev in events if ev["label"][0] == 1)
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(f"holdout163: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
