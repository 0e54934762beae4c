"""Generate the blind calendar-event split holdout211 (written blind; CC0 1.0).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout211.py

Writes tests/corpus/events/holdout211-NNN-<kind>.ics (after deleting old holdout211-*.ics
files) and replaces only the split=holdout211 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.
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

import holdout211ev_a  # noqa: E402
import holdout211ev_b  # noqa: E402
import holdout211ev_c  # noqa: E402
import holdout211ev_d  # noqa: E402
import holdout211ev_e  # noqa: E402
import holdout211ev_f  # noqa: E402
import holdout211ev_g  # noqa: E402
import holdout211ev_h  # noqa: E402
import holdout211ev_i  # noqa: E402
import holdout211ev_j  # noqa: E402
import holdout211ev_k  # noqa: E402

SPLIT = "holdout211"
SEED = 211
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"ruben.castillo.b1@hotmail.com", "rcastillo@aeroestructuras-sur.es"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

MODULES = [
    holdout211ev_a, holdout211ev_b, holdout211ev_c, holdout211ev_d, holdout211ev_e,
    holdout211ev_f, holdout211ev_g, holdout211ev_h, holdout211ev_i, holdout211ev_j,
    holdout211ev_k,
]

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Iberia": ["Iberia Mantenimiento", "Iberia Maintenance", "Iberia Líneas Aéreas de España", "IB"],
    "Vueling": ["Vueling Airlines", "Vueling Airlines S.A.", "VY"],
    "Lufthansa Technik": ["LHT", "Lufthansa Technik AG"],
    "Atlantic Aviation Group": ["AAG", "Atlantic Aviation Group Ltd"],
    "Ryanair": ["Ryanair Engineering", "Ryanair DAC", "FR"],
    "Aer Lingus": ["Aer Lingus Group", "EI"],
    "Emerald Airlines": ["Emerald", "Aer Lingus Regional"],
    "Eirtech Aviation Services": ["Eirtech", "Eirtech Aviation"],
    "Bristow Ireland": ["Bristow", "Bristow Ireland Ltd", "Bristow Group"],
    "Dublin Aerospace": ["Dublin Aerospace Ltd"],
    "ASL Airlines Ireland": ["ASL Airlines", "ASL", "ASL Airlines (Ireland) Ltd"],
    "CityJet": ["CityJet DAC", "Cityjet"],
    "AerCap": ["AerCap Holdings", "AerCap Ireland"],
    "Air Europa": ["Air Europa Líneas Aéreas", "UX"],
    "Swiftair": ["Swiftair S.A.", "SWT"],
    "Nayak Aircraft Services": ["Nayak", "Nayak Aircraft Services España"],
    "Iberia Express": ["Iberia Express S.A.", "I2"],
    "Plus Ultra": ["Plus Ultra Líneas Aéreas", "PU"],
    "Wamos Air": ["Wamos", "Wamos Air S.A.U."],
    "Iberojet": ["Evelop", "Evelop Airlines", "Iberojet Airlines"],
    "Level": ["Fly Level", "LEVEL", "Level Airlines"],
    "easyJet": ["easyJet Airline Company", "easyJet Europe", "EZY"],
    "Volotea": ["Volotea S.A.", "V7"],
    "Norwegian": ["Norwegian Air Shuttle", "Norwegian Air Sweden", "DY"],
    "Sabena technics": ["Sabena Technics", "Sabena"],
    "Air France Industries KLM Engineering & Maintenance": [
        "AFI KLM E&M", "Air France Industries", "AFI KLM", "Air France KLM Engineering & Maintenance",
    ],
    "Air Nostrum": ["Air Nostrum L.A.M.", "Air Nostrum Líneas Aéreas del Mediterráneo", "YW"],
    "Condor": ["Condor Flugdienst", "Condor Flugdienst GmbH", "Condor Technik"],
    "Eurowings": ["Eurowings GmbH", "EW"],
    "HanseAero Technik": ["HanseAero", "HanseAero Technik GmbH"],
    "TUIfly": ["TUIfly GmbH", "TUI fly", "TUI fly Deutschland"],
    "Babcock": ["Babcock España", "Babcock MCS España", "Babcock International"],
    "ITP Aero": ["ITP", "Industria de Turbo Propulsores"],
    "Binter": ["Binter Canarias", "Binter Technic"],
    "TAG Aviation": ["TAG", "TAG Aviation España"],
    "Cierzo Aero Services": ["Cierzo Aero", "Cierzo"],
    "Gestair": ["Gestair Aviation", "Grupo Gestair"],
    "Privilege Style": ["Privilege Style Líneas Aéreas", "Privilege"],
    "World2Fly": ["World2fly", "W2F"],
    "Emirates": ["Emirates Engineering", "Emirates Airline"],
}


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout211: {msg}")


def check(ev: dict) -> None:
    where = f"{ev.get('kind')} / {ev.get('uid')}"
    for key in ("kind", "uid", "iv", "trap", "ics"):
        if key not in ev:
            fail(f"{where}: missing {key}")
    if not KEBAB.match(ev["kind"]) or not KEBAB.match(ev["trap"]):
        fail(f"{where}: kind and trap must be kebab-case")
    if ev["iv"] not in (0, 1):
        fail(f"{where}: iv must be 0 or 1")
    cal = icalendar.Calendar.from_ical(ev["ics"])
    uids = {str(c["UID"]) for c in cal.walk("VEVENT") if "UID" in c}
    if ev["uid"] not in uids:
        fail(f"{where}: label UID not found in the parsed calendar (found {sorted(uids)})")
    company, role = ev.get("company", ""), ev.get("role", "")
    stage, who = ev.get("stage", ""), ev.get("who", "")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    if ev["iv"] == 0:
        if company or role or stage or who:
            fail(f"{where}: negatives carry no company, role, stage or interviewers")
    else:
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} lacks a FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{where}: a user-as-interviewer event cannot be an interview")
        text = ev["ics"].replace("\r\n ", "").replace("\n ", "").lower()
        for person in filter(None, who.split(";")):
            if "@" in person:
                if person != person.lower():
                    fail(f"{where}: interviewer address must be lower case")
                if person in USER_ADDRESSES or "noreply" in person or "no-reply" in person:
                    fail(f"{where}: {person} cannot be an interviewer")
                if person not in text:
                    fail(f"{where}: interviewer {person} not in the event")


def to_bytes(ics: str, crlf: bool) -> bytes:
    text = ics.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def keep_others(path: Path, header: str, is_ours) -> list[str]:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if not is_ours(row):
            kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    return kept


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    for ev in events:
        check(ev)
    keys = [(ev["uid"], ev["ics"]) for ev in events]
    if len(set(keys)) != len(keys):
        fail("duplicate event")
    order = list(events)
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    for n, ev in enumerate(order, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        crlf = "PRODID:-//Apple Inc." not in ev["ics"]
        (EVENTS_DIR / name).write_bytes(to_bytes(ev["ics"], crlf))
        rows.append([
            name, ev["uid"], str(ev["iv"]), ev.get("company", ""), ev.get("role", ""),
            ev.get("stage", ""), ev.get("who", ""), SPLIT, ev["trap"],
        ])

    labels = keep_others(LABELS, LABEL_HEADER, lambda r: len(r) >= 8 and r[7] == SPLIT)
    labels += [csv_line(r) for r in rows]
    write_atomic(LABELS, "".join(labels))

    companies = sorted({ev["company"] for ev in events if ev["iv"] == 1})
    forms = keep_others(FORMS_CSV, FORMS_HEADER, lambda r: len(r) >= 1 and r[0] == SPLIT)
    forms += [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in companies]
    write_atomic(FORMS_CSV, "".join(forms))

    interviews = sum(ev["iv"] for ev in events)
    hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
