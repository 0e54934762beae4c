"""Generate the blind calendar-event split holdout218 (a med student's residency-Match calendar).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout218.py

Writes tests/corpus/events/holdout218-NNN-<kind>.ics (after deleting old holdout218-*.ics files) and replaces
only the split=holdout218 rows of tests/corpus/events/labels.csv and company_forms.csv; every other line is kept
byte for byte. The events themselves are hand-written raw iCalendar text in scripts/holdout218ev_*.py.
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

SPLIT = "holdout218"
SEED = 218_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [f"holdout218ev_{x}" for x in "abcdefghi"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"hannah.lindqvist.md@gmail.com", "hannah.lindqvist@osumc.edu"}

# Other names Hannah would accept for the same employer in a draft (short form, acronym, other language).
FORMS: dict[str, list[str]] = {
    "Cleveland Clinic": ["CCF", "Cleveland Clinic Foundation", "CC"],
    "Michigan Medicine": ["University of Michigan", "UMich", "U of M", "Michigan"],
    "Northwestern McGaw": ["Northwestern", "McGaw", "Northwestern Medicine", "NM McGaw", "NM"],
    "UChicago Medicine": ["University of Chicago", "UChicago", "U Chicago", "Pritzker"],
    "Rush University Medical Center": ["Rush", "Rush University", "RUMC"],
    "Washington University in St. Louis / Barnes-Jewish Hospital": [
        "WashU", "Barnes-Jewish", "Barnes-Jewish Hospital", "WUSTL", "Washington University", "BJH"],
    "Beth Israel Deaconess Medical Center": ["BIDMC", "Beth Israel", "Beth Israel Deaconess"],
    "Boston Medical Center": ["BMC"],
    "Johns Hopkins": ["Johns Hopkins Hospital", "Hopkins", "JHH", "Osler", "Johns Hopkins Medicine"],
    "Penn Medicine": ["Hospital of the University of Pennsylvania", "HUP", "Penn", "UPenn",
                      "University of Pennsylvania"],
    "Yale New Haven Hospital": ["Yale", "YNHH", "Yale School of Medicine", "Yale Traditional"],
    "Mount Sinai": ["Icahn Mount Sinai", "Icahn School of Medicine at Mount Sinai", "Sinai",
                    "The Mount Sinai Hospital"],
    "NYU Langone": ["NYU", "NYU Grossman", "NYU Grossman School of Medicine", "NYU Langone Health"],
    "Columbia University Irving Medical Center": ["Columbia", "CUIMC", "NewYork-Presbyterian/Columbia",
                                                  "NYP/Columbia"],
    "UPMC": ["University of Pittsburgh Medical Center", "Pitt", "University of Pittsburgh"],
    "The Ohio State University Wexner Medical Center": ["Ohio State", "OSU", "OSUWMC", "Wexner",
                                                        "Ohio State Wexner", "OSU Wexner Medical Center"],
    "University of Cincinnati": ["UC", "UC Health", "University of Cincinnati Medical Center", "UCMC", "Cincinnati"],
    "University Hospitals Cleveland Medical Center": ["University Hospitals", "UH", "UHCMC", "UH/CWRU",
                                                      "Case Western"],
    "MetroHealth": ["MetroHealth Medical Center", "The MetroHealth System"],
    "Indiana University School of Medicine": ["IU", "IU School of Medicine", "IUSM", "Indiana University"],
    "Vanderbilt University Medical Center": ["Vanderbilt", "VUMC"],
    "Duke University Hospital": ["Duke", "Duke Health", "Duke University"],
    "UNC Health": ["UNC", "UNC Chapel Hill", "University of North Carolina", "UNC School of Medicine"],
    "Emory University": ["Emory", "Emory School of Medicine", "Emory University School of Medicine"],
    "UCSF": ["University of California San Francisco", "UC San Francisco"],
    "Stanford Health Care": ["Stanford", "Stanford Medicine", "Stanford University"],
    "UCLA Health": ["UCLA", "David Geffen School of Medicine at UCLA"],
    "UW Medicine": ["University of Washington", "UW Seattle"],
    "OHSU": ["Oregon Health & Science University", "Oregon Health and Science University"],
    "UT Southwestern": ["UTSW", "UT Southwestern Medical Center"],
    "UT Health San Antonio": ["UT Health SA", "UTHSCSA", "UT Health Science Center San Antonio"],
    "University of Colorado": ["CU Anschutz", "Colorado", "University of Colorado School of Medicine", "CU"],
    "University of Minnesota": ["UMN", "U of M Minnesota", "Minnesota"],
    "UW Health": ["University of Wisconsin", "UW-Madison", "UW Madison", "Wisconsin"],
    "UVA Health": ["UVA", "University of Virginia"],
    "University of Toronto": ["U of T", "UofT", "Toronto"],
    "Universidad de Puerto Rico - Recinto de Ciencias Médicas": [
        "UPR", "Recinto de Ciencias Médicas", "RCM", "University of Puerto Rico",
        "University of Puerto Rico Medical Sciences Campus"],
    "OhioHealth Riverside Methodist Hospital": ["Riverside", "OhioHealth", "Riverside Methodist"],
    "ChristianaCare": ["Christiana Care", "Christiana"],
    "Maine Medical Center": ["MMC", "MaineHealth", "Maine Med"],
    "Dartmouth Health": ["Dartmouth", "Dartmouth-Hitchcock", "DHMC", "Dartmouth Hitchcock Medical Center"],
    "AMBOSS": ["AMBOSS GmbH", "Amboss"],
    "TriageLoop": ["Triage Loop"],
    "Cardinal Health": ["Cardinal"],
    "Universitätsklinikum Heidelberg": ["Heidelberg University Hospital", "UKHD", "Uniklinik Heidelberg",
                                        "Universitaetsklinikum Heidelberg"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def crlf(text: str) -> bytes:
    body = text.lstrip("\n").replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    return body.replace("\n", "\r\n").encode("utf-8")


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict[str, object], raw: bytes) -> None:
    uid = str(ev["uid"])
    where = f"{ev['kind']} {uid}"
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if uid not in uids:
        fail(f"{where}: label UID not in file (file has {sorted(uids)})")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(ev["kind"])):
        fail(f"{where}: kind is not kebab-case")
    trap = str(ev["trap"])
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    unfolded = raw.decode("utf-8").replace("\r\n ", "").replace("\r\n\t", "")
    if ev["is_interview"] == 1:
        company = str(ev["company"])
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{where}: bad stage {ev['stage']!r}")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: interview with a hiring-side trap")
        for who in filter(None, str(ev["interviewers"]).split(";")):
            if "@" in who:
                if who != who.lower() or who in USER_ADDRESSES:
                    fail(f"{where}: bad interviewer address {who!r}")
                if who not in unfolded.lower():
                    fail(f"{where}: interviewer {who!r} not in the event")
            elif who not in unfolded:
                fail(f"{where}: interviewer name {who!r} not in the event")
    elif ev["is_interview"] == 0:
        if any(ev[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{where}: negative with company/role/stage/interviewers")
    else:
        fail(f"{where}: is_interview must be 0 or 1")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's line byte for byte; put this split's rows at the end."""
    data = path.read_bytes()
    lines = re.findall(r"[^\n]*\n|[^\n]+$", data.decode("utf-8"))
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) > split_col and parsed[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    write_atomic(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    files: list[tuple[str, bytes]] = []
    label_rows: list[list[str]] = []
    for n, ev in enumerate(events, 1):
        raw = crlf(str(ev["ics"]))
        check(ev, raw)
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        files.append((name, raw))
        label_rows.append([name, str(ev["uid"]), str(ev["is_interview"]), str(ev["company"]), str(ev["role"]),
                           str(ev["stage"]), str(ev["interviewers"]), SPLIT, str(ev["trap"])])
    companies = sorted({str(ev["company"]) for ev in events if ev["is_interview"] == 1})
    for company in companies:
        if company not in FORMS:
            fail(f"company {company!r} lacks a FORMS entry")
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, raw in files:
        write_atomic(EVENTS_DIR / name, raw)
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    interviews = sum(1 for ev in events if ev["is_interview"] == 1)
    hiring = sum(1 for ev in events if str(ev["trap"]).startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
          f"({hiring} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
