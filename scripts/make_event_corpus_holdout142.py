"""Write the blind calendar-event split holdout142 (user: Jasmine Okoro, ICU RN, Calgary).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout142.py

Writes tests/corpus/events/holdout142-NNN-<kind>.ics (old holdout142-*.ics files are deleted first) and replaces only
the split=holdout142 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping every other line as is.
The events themselves are hand-written raw iCalendar text in scripts/holdout142ev_*.py.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout142ev_ab
import holdout142ev_ab2
import holdout142ev_bc_on
import holdout142ev_hire_a
import holdout142ev_hire_b
import holdout142ev_life
import holdout142ev_qc_eu
import holdout142ev_search
import holdout142ev_us_misc
import holdout142ev_work

SPLIT = "holdout142"
SEED = 1422025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"jasmine.okoro@shaw.ca", "jasmine.okoro@albertahealthservices.ca"}

# Other names Jasmine would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Alberta Health Services": ["AHS", "Peter Lougheed Centre", "PLC"],
    "Covenant Health": ["Covenant", "Grey Nuns Community Hospital", "Grey Nuns"],
    "STARS Air Ambulance": ["STARS", "Shock Trauma Air Rescue Service"],
    "University of Calgary": ["UCalgary", "U of C", "Faculty of Nursing"],
    "Mount Royal University": ["MRU", "Mount Royal"],
    "Bow Valley College": ["BVC", "Bow Valley"],
    "Carewest": ["Carewest Dr. Vernon Fanning Centre"],
    "Bethany Care Society": ["Bethany", "Bethany Cochrane"],
    "Bow River Surgical Centre": ["Bow River Surgical"],
    "Simwise Health": ["Simwise"],
    "Vancouver Coastal Health": ["VCH", "Vancouver General Hospital", "VGH"],
    "Fraser Health": ["Fraser Health Authority", "Royal Columbian Hospital", "RCH"],
    "Providence Health Care": ["PHC", "Providence", "St. Paul's Hospital"],
    "Interior Health": ["IH", "Kelowna General Hospital", "KGH"],
    "Island Health": ["Vancouver Island Health Authority", "VIHA", "Victoria General Hospital"],
    "University Health Network": ["UHN", "Toronto General Hospital", "Toronto General"],
    "Sunnybrook Health Sciences Centre": ["Sunnybrook", "Sunnybrook Hospital"],
    "The Ottawa Hospital": ["Ottawa Hospital", "TOH", "L'Hôpital d'Ottawa"],
    "Hamilton Health Sciences": ["HHS", "Juravinski Hospital"],
    "William Osler Health System": ["Osler", "William Osler"],
    "Lakeridge Health": ["Lakeridge"],
    "SE Health": ["Saint Elizabeth Health Care", "Saint Elizabeth", "SE"],
    "Bayshore HealthCare": ["Bayshore", "Bayshore Home Health"],
    "CHUM": ["Centre hospitalier de l'Université de Montréal", "Centre hospitalier de l'Universite de Montreal"],
    "McGill University Health Centre": ["MUHC", "CUSM", "Centre universitaire de santé McGill", "Montreal General"],
    "CIUSSS du Centre-Ouest-de-l'Île-de-Montréal": [
        "CIUSSS Centre-Ouest", "CIUSSS COMTL", "Jewish General Hospital", "Hôpital général juif", "HGJ", "JGH",
    ],
    "CHU de Québec-Université Laval": ["CHU de Québec", "CHU de Quebec"],
    "Klinik Hirslanden": ["Hirslanden", "Hirslanden Zürich", "Hirslanden Zurich"],
    "Hospital Universitario Quirónsalud Madrid": ["Quirónsalud", "Quironsalud", "Quirónsalud Madrid"],
    "Stanford Health Care": ["Stanford", "Stanford Hospital"],
    "Mayo Clinic": ["Mayo Clinic Arizona", "Mayo Clinic Hospital", "Mayo"],
    "NewYork-Presbyterian": ["NYP", "NewYork-Presbyterian/Weill Cornell", "NY Presbyterian"],
    "UCSF Health": ["UCSF", "UCSF Medical Center"],
    "Alaska Native Medical Center": ["ANMC"],
    "Houston Methodist": ["Houston Methodist Hospital", "Methodist"],
    "Indigenous Services Canada": ["ISC", "Services aux Autochtones Canada", "SAC", "FNIHB"],
    "Government of Nunavut": ["GN", "Qikiqtani General Hospital", "QGH"],
    "Maple": ["Maple Corporation", "getmaple"],
    "Dialogue": ["Dialogue Health Technologies", "Dialogue Technologies de la santé"],
    "Kinnect Care": ["Kinnect"],
    "Medtronic": ["Medtronic Canada", "Medtronic of Canada Ltd."],
    "Edwards Lifesciences": ["Edwards"],
}

MODULES = [
    holdout142ev_ab, holdout142ev_ab2, holdout142ev_bc_on, holdout142ev_qc_eu, holdout142ev_us_misc,
    holdout142ev_hire_a, holdout142ev_hire_b, holdout142ev_work, holdout142ev_search, holdout142ev_life,
]

KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout142: {msg}")


def check(ev: dict, name: str) -> None:
    kind, uid, trap = ev["kind"], ev["uid"], ev["trap"]
    if not KIND_RE.match(kind):
        fail(f"{name}: bad kind {kind!r}")
    if not TRAP_RE.match(trap):
        fail(f"{name}: bad trap {trap!r}")
    if ev["iv"] not in (0, 1):
        fail(f"{name}: is_interview must be 0/1")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if ev["iv"] == 0 and (ev["company"] or ev["role"] or ev["stage"] or ev["who"]):
        fail(f"{name}: negative with interview fields")
    if ev["iv"] == 1:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
    for who in filter(None, ev["who"].split(";")):
        if who != who.strip() or ("@" in who and who != who.lower()):
            fail(f"{name}: interviewer {who!r} not normalised")
        if who in USER_ADDRESSES:
            fail(f"{name}: the user listed as interviewer")
    try:
        cal = icalendar.Calendar.from_ical(ev["ics"])
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if uids != {uid}:
        fail(f"{name}: label UID {uid!r} != file UIDs {sorted(uids)}")
    raw = ev["ics"]
    unfolded = re.sub(r"\r?\n[ \t]", "", raw).lower()
    for who in filter(None, ev["who"].split(";")):
        if "@" in who and f"mailto:{who}" not in unfolded and who not in unfolded:
            fail(f"{name}: interviewer {who!r} not in the file")


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    tmp = path.with_name(path.name + ".tmp-holdout142")
    tmp.write_text(out, encoding="utf-8", newline="")
    os.replace(tmp, path)


def main() -> None:
    events: list[dict] = []
    for mod in MODULES:
        for i, ev in enumerate(mod.EVENTS):
            ev = dict(ev)
            ev.setdefault("lf", False)
            check(ev, f"{mod.__name__}[{i}]")
            events.append(ev)
    seen_files: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["uid"], ev["ics"])
        if key in seen_files:
            fail(f"duplicate event {ev['uid']}")
        seen_files.add(key)

    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for n, ev in enumerate(events, start=1):
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        body = ev["ics"] if ev["lf"] else ev["ics"].replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / fname).write_bytes(body.encode("utf-8"))
        parsed = icalendar.Calendar.from_ical((EVENTS_DIR / fname).read_bytes())
        if {str(c.get("UID")) for c in parsed.walk("VEVENT")} != {ev["uid"]}:
            fail(f"{fname}: UID mismatch after writing")
        label_rows.append([
            fname, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"], ev["who"], SPLIT, ev["trap"],
        ])
        if ev["iv"]:
            companies.add(ev["company"])

    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]

    replace_rows(LABELS, label_rows, 7)
    replace_rows(FORMS_CSV, forms_rows, 0)

    n_iv = sum(ev["iv"] for ev in events)
    n_hire = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
