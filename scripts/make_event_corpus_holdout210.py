"""Generate the blind calendar-event split holdout210 (one user: Aïssata Diallo, humanitarian programme officer).

Writes tests/corpus/events/holdout210-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout210ev_*.py and replaces only the split=holdout210 rows of labels.csv and company_forms.csv.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout210.py
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

import holdout210ev_hire
import holdout210ev_hire2
import holdout210ev_neg1
import holdout210ev_neg2
import holdout210ev_ngo1
import holdout210ev_ngo2
import holdout210ev_ngo3
import holdout210ev_un1
import holdout210ev_un2

SPLIT = "holdout210"
SEED = 210_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"aissata.diallo.geneve@protonmail.com", "a.diallo@ssf-suisse.org"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for each interview employer in a draft.
FORMS: dict[str, list[str]] = {
    "OCHA": ["UN OCHA", "Office for the Coordination of Humanitarian Affairs", "BCAH", "UNOCHA"],
    "UNEP": ["UN Environment Programme", "United Nations Environment Programme", "PNUE"],
    "UNHCR": ["HCR", "UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees"],
    "WHO": ["OMS", "World Health Organization", "Organisation mondiale de la Santé"],
    "UNICEF": ["United Nations Children's Fund", "UNICEF ESARO"],
    "WFP": ["PAM", "World Food Programme", "Programme alimentaire mondial", "UN WFP"],
    "IOM": ["OIM", "International Organization for Migration", "UN Migration"],
    "UNAIDS": ["ONUSIDA", "Joint United Nations Programme on HIV/AIDS"],
    "UNFPA": ["United Nations Population Fund", "FNUAP", "UNFPA WCARO"],
    "UNDP": ["PNUD", "United Nations Development Programme"],
    "UN Women": ["ONU Femmes", "UN-Women"],
    "Unitaid": ["UNITAID"],
    "Gavi": ["Gavi, the Vaccine Alliance", "GAVI", "Gavi Alliance"],
    "The Global Fund": ["Global Fund", "Fonds mondial", "GFATM",
                        "The Global Fund to Fight AIDS, Tuberculosis and Malaria"],
    "FIND": ["FIND, the global alliance for diagnostics", "Foundation for Innovative New Diagnostics"],
    "DNDi": ["Drugs for Neglected Diseases initiative", "DNDI"],
    "ICRC": ["CICR", "International Committee of the Red Cross", "Comité international de la Croix-Rouge"],
    "IFRC": ["FICR", "International Federation of Red Cross and Red Crescent Societies"],
    "MSF Suisse": ["MSF", "Médecins Sans Frontières Suisse", "MSF Switzerland", "MSF OCG", "Médecins Sans Frontières"],
    "Terre des hommes": ["Tdh", "Fondation Terre des hommes", "Terre des hommes Lausanne"],
    "Helvetas": ["HELVETAS Swiss Intercooperation", "Helvetas Swiss Intercooperation"],
    "Swiss TPH": ["Swiss Tropical and Public Health Institute", "Schweizerisches Tropen- und Public Health-Institut"],
    "GIZ": ["Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ GmbH",
            "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH"],
    "Médicos del Mundo": ["Médicos del Mundo España", "MdM España", "MdM"],
    "Save the Children": ["Save the Children International", "SCI"],
    "IRC": ["International Rescue Committee", "The IRC"],
    "NORCAP": ["NRC", "Norwegian Refugee Council", "NORCAP (NRC)"],
    "DRC": ["Danish Refugee Council", "Dansk Flygtningehjælp"],
    "CARE International": ["CARE", "CARE International Secretariat"],
    "PATH": [],
    "IntraHealth International": ["IntraHealth"],
    "Amref Health Africa": ["Amref", "AMREF"],
    "Plan International": ["Plan", "Plan International WACA"],
    "Expertise France": ["EF"],
    "ALIMA": ["The Alliance for International Medical Action", "Alliance for International Medical Action"],
    "Humanity & Inclusion": ["HI", "Handicap International", "Humanité & Inclusion"],
    "Action contre la Faim": ["ACF", "Action Against Hunger", "ACF France"],
    "Solidarités International": ["SOLIDARITES INTERNATIONAL", "Solidarités"],
    "Aga Khan Foundation": ["AKF", "Fondation Aga Khan"],
    "Kora Santé": ["Kora Sante", "Kora"],
    "Wazi Health": ["Wazi"],
    "Living Goods": [],
    "Geneva Call": ["Appel de Genève"],
    "Enabel": ["Agence belge de développement", "Belgian development agency"],
}

MODULES = [
    holdout210ev_un1,
    holdout210ev_un2,
    holdout210ev_ngo1,
    holdout210ev_ngo2,
    holdout210ev_ngo3,
    holdout210ev_hire,
    holdout210ev_hire2,
    holdout210ev_neg1,
    holdout210ev_neg2,
]

FIELDS = ("kind", "uid", "is_interview", "company", "role", "stage", "interviewers", "trap", "ics")


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout210: {msg}")


def check(ev: dict[str, object], where: str) -> None:
    for field in FIELDS:
        if field not in ev:
            fail(f"{where}: missing field {field}")
    kind, uid, trap = str(ev["kind"]), str(ev["uid"]), str(ev["trap"])
    if not KEBAB.match(kind) or not KEBAB.match(trap):
        fail(f"{where}: kind/trap not kebab-case: {kind!r} {trap!r}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{where}: bad stage {ev['stage']!r}")
    try:
        cal = icalendar.Calendar.from_ical(str(ev["ics"]))
    except Exception as exc:  # pragma: no cover - loud failure is the point
        fail(f"{where}: iCalendar does not parse: {exc}")
    if cal.get("PRODID") is None or str(cal.get("VERSION")) != "2.0":
        fail(f"{where}: VCALENDAR lacks PRODID/VERSION")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{where}: no VEVENT")
    if uid not in uids:
        fail(f"{where}: label UID {uid!r} not in file (file has {uids})")
    for comp in cal.walk("VEVENT"):
        if comp.get("DTSTART") is None or comp.get("SUMMARY") is None:
            fail(f"{where}: VEVENT without DTSTART or SUMMARY")
    if ev["is_interview"] == 1:
        if not ev["company"]:
            fail(f"{where}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{where}: company {ev['company']!r} lacks a FORMS entry")
        people = [p for p in str(ev["interviewers"]).split(";") if p]
        for person in people:
            if "@" in person and person != person.lower():
                fail(f"{where}: interviewer address not lower case: {person}")
            if person.lower() in USER_ADDRESSES:
                fail(f"{where}: the user listed as interviewer")
            if "@" in person and person.lower() not in str(ev["ics"]).lower():
                fail(f"{where}: interviewer {person} not found in the event text")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: interview labelled with a hiring-side trap")
    else:
        if any(ev[f] for f in ("company", "role", "stage", "interviewers")):
            fail(f"{where}: negative with company/role/stage/interviewers")


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: str, split_col: int, new_lines: list[str]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].decode("utf-8").rstrip("\r\n") != header:
        fail(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8")
        row = next(csv.reader([text]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept[-1] and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    out = b"".join(kept) + "".join(new_lines).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def to_crlf(text: str) -> str:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n")


def main() -> None:
    events: list[dict[str, object]] = []
    for mod in MODULES:
        for i, ev in enumerate(mod.EVENTS):
            check(ev, f"{mod.__name__}[{i}] {ev.get('kind')}")
            events.append(ev)
    used = {str(ev["company"]) for ev in events if ev["is_interview"] == 1}
    unused = set(FORMS) - used
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_lines: list[str] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = to_crlf(str(ev["ics"])).encode("utf-8")
        (EVENTS_DIR / name).write_bytes(data)
        parsed = icalendar.Calendar.from_ical((EVENTS_DIR / name).read_bytes())
        if str(ev["uid"]) not in [str(c.get("UID")) for c in parsed.walk("VEVENT")]:
            fail(f"{name}: written file lacks UID {ev['uid']}")
        label_lines.append(csv_line([
            name, str(ev["uid"]), str(ev["is_interview"]), str(ev["company"]), str(ev["role"]),
            str(ev["stage"]), str(ev["interviewers"]), SPLIT, str(ev["trap"]),
        ]))

    form_lines = [csv_line([SPLIT, company, "|".join(FORMS[company])]) for company in sorted(used)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_lines)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_lines)

    n_int = sum(1 for ev in events if ev["is_interview"] == 1)
    n_hire = sum(1 for ev in events if str(ev["trap"]).startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
