"""Write the blind calendar-event split holdout282 for afterview.

Split: holdout282, about 110 raw iCalendar events from one user's calendar, hand-labelled by an independent
author who did not read the classifier, the other generators or other splits' files and labels.

Persona: Joanne Okonkwo-Hughes, 38, a custodial manager at HMP Irwell, a fictional category-B men's prison
near Manchester, applying for probation, police-staff investigator, Border Force, private-prison safer-custody,
youth-justice and related posts; she also assesses prison officer candidates (POST) and interviews new staff.
Her addresses: joanne.okonkwohughes@outlook.com (private) and joanne.okonkwo-hughes@hmp-irwell.example.gov.uk
(work).

The events live in scripts/holdout282ev_*.py (EVENTS lists; shared time zones in holdout282ev_zones.py).
This script checks every event, shuffles them with a fixed seed, writes
tests/corpus/events/holdout282-NNN-<kind>.ics with CRLF line endings (after deleting only old holdout282-*.ics)
and replaces only the split=holdout282 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping
every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout282.py
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

import holdout282ev_a  # noqa: E402
import holdout282ev_b  # noqa: E402
import holdout282ev_c  # noqa: E402
import holdout282ev_d  # noqa: E402
import holdout282ev_e  # noqa: E402
import holdout282ev_f  # noqa: E402

SPLIT = "holdout282"
SEED = 282
ROOT = HERE.parent
OUT_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
USER_ADDRESSES = ("joanne.okonkwohughes@outlook.com", "joanne.okonkwo-hughes@hmp-irwell.example.gov.uk")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

# Other forms the user would accept for each employer (short name, acronym, without legal form).
FORMS = {
    "Border Force": "Home Office|UK Border Force|Border Force (Home Office)",
    "The Probation Service": "Probation Service|HMPPS|HM Prison and Probation Service",
    "Pennine Constabulary": "Pennine Police",
    "Castellan Justice Services": "Castellan|Castellan Justice|HMP Thornfield",
    "Calderbrook Council": "Calderbrook Metropolitan Borough Council|Calderbrook MBC|Calderbrook YJS",
    "HMP Irwell": "Irwell|HMPPS|HM Prison and Probation Service",
    "HMP Kersal Moor": "Kersal Moor|HMPPS",
    "Youth Custody Service": "YCS|HMYOI Brackenfield|HMPPS",
    "Northmoor Health NHS Foundation Trust": "Northmoor Health|Northmoor NHS|Northmoor",
    "Custody Standards Ombudsman": "CSO|the Ombudsman",
    "Tagwell Monitoring": "Tagwell|Tagwell Monitoring Ltd",
    "Sentinel Escort Services": "Sentinel|Sentinel Escorts",
    "Harrowgate Detention Services": "Harrowgate|Pennington House IRC",
    "Horizon Recovery Partnership": "Horizon Recovery|Horizon",
    "New Leaf Mentoring": "New Leaf|New Leaf Mentoring CIC",
    "Lantern Women's Centre": "Lantern|The Lantern",
    "Brightpath Youth Trust": "Brightpath",
    "University of Bramley": "Bramley|Bramley Uni",
    "Thornbury Learning Group": "Thornbury|Thornbury Learning|TLG",
    "North Pennine Combined Authority": "NPCA|North Pennine CA",
    "Meridian Facilities Group": "Meridian|Meridian Facilities",
    "Ringway Gate Airport": "Ringway Gate|RGA",
    "Halden's": "Haldens|Halden's Supermarkets",
    "Cedarwood Hospitals": "Cedarwood|Cedarwood Lodge",
    "Custodia Training Academy": "Custodia|Custodia Training",
    "Veritas Justice": "Veritas|HMP Ashcombe",
    "Albrecht Sicherheitstechnik": "Albrecht|Albrecht UK",
    "Vauclair": "Groupe Vauclair|Vauclair UK",
    "Threshold Housing Trust": "Threshold|Threshold Housing",
    "Oakhurst Care Group": "Oakhurst|Oakhurst Secure Children's Home",
    "Harbourside Homes": "Harbourside",
    "Cheshire Vale Constabulary": "Cheshire Vale Police",
    "Kingsmere Academy Trust": "Kingsmere|Kingsmere Academy",
    "Wyebridge Council": "Wyebridge Borough Council|Wyebridge BC",
    "Inside Out Trust": "Inside Out",
    "Ironstone Security": "Ironstone",
    "Restore North": "Restore North CIC",
    "Brookfield Resettlement": "Brookfield",
    "Fellside Care": "Fellside|Fellside STC|Fellside Secure Training Centre",
}

MODULES = (holdout282ev_a, holdout282ev_b, holdout282ev_c, holdout282ev_d, holdout282ev_e, holdout282ev_f)


def unfolded(text: str) -> str:
    """The event text with RFC 5545 line folding undone, lower-cased, for substring checks."""
    return re.sub(r"\r?\n[ \t]", "", text).lower()


def check(event: dict) -> list[str]:
    """Return the problems found in one event (an empty list when it is fine)."""
    problems = []
    uid = event["uid"]
    ics = event["ics"]
    try:
        cal = icalendar.Calendar.from_ical(ics.replace("\n", "\r\n"))
    except Exception as exc:
        return [f"{uid}: does not parse: {exc}"]
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        problems.append(f"{uid}: no VEVENT")
    uids = {str(vevent.get("UID")) for vevent in vevents}
    if uids != {uid}:
        problems.append(f"{uid}: VEVENT UIDs {sorted(uids)} differ from the label")
    for vevent in vevents:
        if "DTSTART" not in vevent:
            problems.append(f"{uid}: VEVENT without DTSTART")
            continue
        try:
            vevent.decoded("DTSTART")
        except Exception as exc:
            problems.append(f"{uid}: DTSTART does not decode: {exc}")
    for key in ("kind", "trap"):
        if not KEBAB.match(event[key]):
            problems.append(f"{uid}: {key} {event[key]!r} is not kebab-case")
    if event["stage"] not in STAGES:
        problems.append(f"{uid}: bad stage {event['stage']!r}")
    text = unfolded(ics)
    interviewers = [name for name in event["interviewers"].split(";") if name]
    for name in interviewers:
        if name.lower() not in text:
            problems.append(f"{uid}: interviewer {name!r} not in the event text")
        if name.lower() in USER_ADDRESSES or "okonkwo" in name.lower():
            problems.append(f"{uid}: the user is listed as an interviewer")
    if event["is_interview"] == 1:
        if event["company"] not in FORMS:
            problems.append(f"{uid}: company {event['company']!r} has no FORMS entry")
    elif event["is_interview"] == 0:
        if any(event[key] for key in ("company", "role", "stage", "interviewers")):
            problems.append(f"{uid}: a negative with company/role/stage/interviewers")
    else:
        problems.append(f"{uid}: is_interview must be 0 or 1")
    if event["hiring"] is not event["trap"].startswith("user-as-interviewer-"):
        problems.append(f"{uid}: hiring flag and trap prefix disagree")
    if event["hiring"] and event["is_interview"]:
        problems.append(f"{uid}: hiring-side event labelled as an interview")
    if not ics.endswith("END:VCALENDAR\n") or "\r" in ics:
        problems.append(f"{uid}: ics must use LF and end with END:VCALENDAR")
    return problems


def csv_line(fields: list[str], eol: str) -> str:
    """One CSV record as text, with the given line terminator."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=eol).writerow(fields)
    return buffer.getvalue()


def replace_split_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Drop this split's rows of a CSV file, append the new ones, keep every other line byte for byte."""
    raw = path.read_bytes().decode("utf-8") if path.exists() else csv_line(header, "\n")
    eol = "\r\n" if "\r\n" in raw else "\n"
    lines = re.findall(r"[^\n]*\n|[^\n]+$", raw)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += eol
    split_col = next(csv.reader([lines[0]])).index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    kept.extend(csv_line(row, eol) for row in rows)
    handle, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as tmp:
        tmp.write("".join(kept))
    if path.exists():
        os.chmod(tmp_name, path.stat().st_mode & 0o777)
    os.replace(tmp_name, path)


def main() -> int:
    events = [event for module in MODULES for event in module.EVENTS]
    problems = [problem for event in events for problem in check(event)]
    seen = set()
    for event in events:
        if event["uid"] in seen:
            problems.append(f"{event['uid']}: duplicate UID")
        seen.add(event["uid"])
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s); nothing written")
        return 1

    random.Random(SEED).shuffle(events)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for number, event in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{event['kind']}.ics"
        eol = event.get("eol", "\r\n")
        (OUT_DIR / name).write_bytes(event["ics"].replace("\n", eol).encode("utf-8"))
        label_rows.append(
            [
                name,
                event["uid"],
                str(event["is_interview"]),
                event["company"],
                event["role"],
                event["stage"],
                event["interviewers"],
                SPLIT,
                event["trap"],
            ]
        )
    companies = sorted({event["company"] for event in events if event["is_interview"] == 1})
    form_rows = [[SPLIT, company, FORMS[company]] for company in companies]
    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, form_rows)

    interviews = sum(event["is_interview"] for event in events)
    hiring = sum(1 for event in events if event["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
        f"({hiring} hiring side, {len(events) - interviews - hiring} other), {len(companies)} employers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
