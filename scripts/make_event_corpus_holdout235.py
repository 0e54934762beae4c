"""Write the blind calendar-event split holdout235 (one user: Engr. Mark Anthony Villanueva).

Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout235.py

Writes tests/corpus/events/holdout235-NNN-<kind>.ics (old holdout235-*.ics files are deleted first)
and replaces only the split=holdout235 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.
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
from typing import NoReturn

import icalendar

SPLIT = "holdout235"
SEED = 235
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"markvillanueva.ce@yahoo.com", "mark.villanueva@alnoorgulf.ae"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Dunecrest Construction LLC": ["Dunecrest Construction", "Dunecrest"],
    "Sahara Meridian Contracting Co.": ["Sahara Meridian Contracting", "Sahara Meridian", "SMCC"],
    "Al Khaleej Modern Builders W.L.L.": ["Al Khaleej Modern Builders", "AKMB", "Al Khaleej Builders"],
    "Northbridge Civil Constructors Ltd.": ["Northbridge Civil Constructors", "Northbridge Civil", "Northbridge"],
    "Kestrel Infrastructure Pty Ltd": ["Kestrel Infrastructure", "Kestrel"],
    "Sogetra Moyen-Orient": ["Sogetra", "Sogetra Middle East", "Sogetra ME"],
    "Rheinbau Middle East GmbH": ["Rheinbau Middle East", "Rheinbau", "Rheinbau ME"],
    "Constructora Ibérica Levante S.A.": ["Constructora Ibérica Levante", "Ibérica Levante", "Iberica Levante",
                                          "CIL"],
    "Marasi Crest Developments": ["Marasi Crest", "Marasi Crest Developments LLC"],
    "Gulf Piling & Foundations LLC": ["Gulf Piling & Foundations", "Gulf Piling", "GPF"],
    "Najd Towers Contracting": ["Najd Towers", "Najd Towers Contracting Co."],
    "Qasr Al Bahr Developments": ["Qasr Al Bahr", "QAB Developments"],
    "Tarsheed Engineering Consultants": ["Tarsheed Engineering", "Tarsheed", "TEC"],
    "Wadi Sahm Development Company": ["Wadi Sahm", "Wadi Sahm Development", "WSDC"],
    "Barakah Coastal Contracting": ["Barakah Coastal", "BCC"],
    "BuildTrack": ["BuildTrack Technologies", "Buildtrack"],
    "Saadiyat Horizon Properties": ["Saadiyat Horizon", "SHP"],
    "Orion Modular Buildings Inc.": ["Orion Modular Buildings", "Orion Modular", "Orion"],
    "Pacific Span Constructions Pty Ltd": ["Pacific Span Constructions", "Pacific Span"],
    "Vertex Metro JV": ["Vertex Metro Joint Venture", "Vertex JV", "Vertex Metro"],
    "Lusail Crescent Contracting": ["Lusail Crescent", "LCC Qatar"],
    "Jumeirah Pinnacle Contracting LLC": ["Jumeirah Pinnacle Contracting", "Jumeirah Pinnacle", "JPC"],
    "Stratus Data Centres": ["Stratus", "Stratus DC", "Stratus Data Centers"],
    "Modon Modular Tech": ["Modon Modular", "Modon"],
    "Helix Renewables": ["Helix", "Helix Renewables Arabia"],
    "Halvorsen Engineering & Construction": ["Halvorsen", "Halvorsen E&C", "HEC"],
    "Carrow Program Management": ["Carrow", "Carrow PM"],
    "Terra Nova Infrastructure": ["Terra Nova", "TNI"],
    "Batu Engineering": ["Batu Engineering Pty Ltd", "Batu"],
    "Nordic Tunnelling Group": ["Nordic Tunnelling", "NTG", "Nordic Tunnelling Group AB"],
    "Cedar Gulf Fit-out LLC": ["Cedar Gulf Fit-out", "Cedar Gulf"],
    "Al Mansoori Tower Builders LLC": ["Al Mansoori Tower Builders", "Al Mansoori", "AMTB"],
    "Doha Skyline Contracting": ["Doha Skyline", "DSC"],
    "Al Yamamah Steel Structures": ["Al Yamamah Steel", "Al Yamamah"],
    "Al Jazira Roads & Bridges": ["Al Jazira Roads and Bridges", "Al Jazira R&B", "AJRB"],
    "Abu Dhabi Marine Works": ["AD Marine Works", "ADMW"],
    "Fraserview Builders Ltd.": ["Fraserview Builders", "Fraserview"],
    "Southern Cross Civil Pty Ltd": ["Southern Cross Civil", "SCC"],
    "Al Rayyan Heights Contracting": ["Al Rayyan Heights", "ARHC"],
    "Rawabi Giga Infrastructure": ["Rawabi Giga", "Rawabi Infrastructure", "RGI"],
    "Deira Gate Contracting": ["Deira Gate", "DGC"],
    "Crestline Precast Industries": ["Crestline Precast", "Crestline"],
}


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for mod_path in sorted(Path(__file__).resolve().parent.glob("holdout235ev_*.py")):
        mod = importlib.import_module(mod_path.stem)
        events.extend(mod.EVENTS)
    return events


def fold(text: str) -> str:
    out = []
    for line in text.split("\n"):
        raw = line.encode("utf-8")
        if len(raw) <= 75:
            out.append(line)
            continue
        parts = []
        cur = ""
        limit = 75
        for ch in line:
            if len((cur + ch).encode("utf-8")) > limit:
                parts.append(cur)
                cur = ch
                limit = 74
            else:
                cur += ch
        parts.append(cur)
        out.append("\n ".join(parts))
    return "\n".join(out)


def render(ev: dict[str, object]) -> bytes:
    text = str(ev["ics"]).strip("\n") + "\n"
    if ev.get("fold"):
        text = fold(text)
    if ev.get("eol", "crlf") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def fail(msg: str) -> NoReturn:
    raise SystemExit(f"make_event_corpus_holdout235: BAD LABEL: {msg}")


def check(name: str, ev: dict[str, object], data: bytes) -> None:
    lab = ev["label"]
    assert isinstance(lab, dict)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if lab["uid"] not in uids:
        fail(f"{name}: uid {lab['uid']!r} not in {sorted(uids)}")
    if lab["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0/1")
    if lab["stage"] not in STAGES:
        fail(f"{name}: bad stage {lab['stage']!r}")
    trap = str(lab["trap"])
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    if ev.get("hiring") and not trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side event needs a user-as-interviewer- trap")
    if trap.startswith("user-as-interviewer-") and (not ev.get("hiring") or lab["is_interview"]):
        fail(f"{name}: user-as-interviewer- trap on a non-hiring or positive event")
    if lab["is_interview"] == 0:
        for key in ("company", "role", "stage", "interviewers"):
            if lab[key]:
                fail(f"{name}: negative with non-empty {key}")
        return
    if not lab["company"]:
        fail(f"{name}: interview without company")
    if lab["company"] not in FORMS:
        fail(f"{name}: company {lab['company']!r} lacks a FORMS entry")
    low = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
    low = low.replace("\\,", ",").replace("\\;", ";")
    for who in filter(None, str(lab["interviewers"]).split(";")):
        if who in USER_ADDRESSES:
            fail(f"{name}: the user listed as interviewer")
        if "@" in who and who != who.lower():
            fail(f"{name}: interviewer address not lower case: {who}")
        if who.lower() not in low:
            fail(f"{name}: interviewer {who!r} not found in the event")
    if lab["role"] and str(lab["role"]).lower() not in low:
        fail(f"{name}: role {lab['role']!r} not found in the event")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    buf: list[str] = []

    def feed():
        for ln in lines:
            buf.append(ln)
            yield ln

    kept: list[str] = []
    reader = csv.reader(feed())
    first = True
    for rec in reader:
        chunk = "".join(buf)
        buf.clear()
        if first:
            kept.append(chunk)
            first = False
            continue
        if len(rec) > split_col and rec[split_col] == SPLIT:
            continue
        kept.append(chunk)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    sio = io.StringIO()
    csv.writer(sio, lineterminator="\n").writerows(new_rows)
    out = "".join(kept) + sio.getvalue()
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    seen_kinds: set[str] = set()
    n_int = n_hiring = 0
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        kind = str(ev["kind"])
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
            fail(f"kind not kebab-case: {kind!r}")
        seen_kinds.add(kind)
        name = f"{SPLIT}-{num:03d}-{kind}.ics"
        data = render(ev)
        check(name, ev, data)
        (OUT / name).write_bytes(data)
        lab = ev["label"]
        assert isinstance(lab, dict)
        label_rows.append([name, lab["uid"], str(lab["is_interview"]), lab["company"], lab["role"],
                           lab["stage"], lab["interviewers"], SPLIT, lab["trap"]])
        if lab["is_interview"]:
            n_int += 1
            if lab["company"] not in companies:
                companies.append(lab["company"])
        if ev.get("hiring"):
            n_hiring += 1
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])
    print(f"holdout235: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
