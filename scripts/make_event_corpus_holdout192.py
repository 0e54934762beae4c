"""Write the blind calendar-event split holdout192 (one user: Ngozi Adeyemi, Lagos -> UK / Canada).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout192.py

Writes tests/corpus/events/holdout192-NNN-<kind>.ics (old holdout192-*.ics removed first) and replaces only the
split=holdout192 rows of tests/corpus/events/labels.csv and company_forms.csv; every other line is kept byte for
byte. The events are hand-written raw iCalendar text in scripts/holdout192ev_*.py.
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

import holdout192ev_a  # noqa: E402
import holdout192ev_b  # noqa: E402
import holdout192ev_c  # noqa: E402
import holdout192ev_d  # noqa: E402
import holdout192ev_e  # noqa: E402
import holdout192ev_f  # noqa: E402
import holdout192ev_g  # noqa: E402
import holdout192ev_h  # noqa: E402
import holdout192ev_i  # noqa: E402
import holdout192ev_j  # noqa: E402
import holdout192ev_k  # noqa: E402
from holdout192ev_tz import TZ  # noqa: E402

SPLIT = "holdout192"
SEED = 192_2025
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"ngozi.adeyemi.it@gmail.com", "n.adeyemi@meridiantrustbank.ng"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Halden & Rowe Insurance": ["Halden & Rowe", "Halden and Rowe", "Halden and Rowe Insurance"],
    "Northlake Bank of Canada": ["Northlake Bank", "Northlake", "NLB"],
    "Royal Wessex Hospitals NHS Foundation Trust": [
        "Royal Wessex Hospitals",
        "Royal Wessex Hospitals NHS FT",
        "Royal Wessex NHS Trust",
        "RWH",
    ],
    "Paylode": ["Paylode Ltd"],
    "Corvid Cloud Services": ["Corvid", "Corvid Cloud"],
    "Maple Ridge Credit Union": ["Maple Ridge", "Maple Ridge CU"],
    "Lakeshore Energy": ["Lakeshore"],
    "Pennine University": ["Pennine", "Pennine Uni"],
    "Cheapside Capital Markets": ["Cheapside", "Cheapside CM"],
    "Rheinwerk Logistik": ["Rheinwerk Logistik GmbH", "Rheinwerk"],
    "Hanseatic Re": ["Hanseatic Reinsurance", "Hanseatic Rück"],
    "Groupe Boréal Assurances": ["Groupe Boréal", "Boréal Assurances", "Groupe Boreal Assurances", "Boréal"],
    "Cobalto Payments": ["Cobalto", "Cobalto Payments S.L."],
    "Axiom Telecom UK": ["Axiom Telecom", "Axiom"],
    "Nordvik Data Centres": ["Nordvik", "Nordvik DC"],
    "Brightwater Housing": ["Brightwater", "Brightwater Housing Association"],
    "Provincial Hardware": ["Provincial Hardware Co.", "Provincial Hardware Company"],
    "Quillon Health": ["Quillon"],
    "Fernleaf Software": ["Fernleaf"],
    "Kobo Ledger": ["Kobo"],
    "Stackyard": [],
    "Crown Street Building Society": ["Crown Street", "Crown Street BS"],
    "Tamarind Payments": ["Tamarind", "Tamarind Pay"],
    "Caledonia Mutual": ["Caledonia"],
    "HM Revenue & Customs": ["HMRC", "HM Revenue and Customs"],
    "Shared Services Canada": ["SSC", "Services partagés Canada", "SPC"],
    "Ardent Commerce": ["Ardent"],
    "London Northern Railway": ["LNR"],
    "Severn Water": [],
    "Hollis Grant LLP": ["Hollis Grant"],
    "Prairie Federated Insurance": ["Prairie Federated", "PFI"],
    "Atlantic Gateway Port Authority": ["Atlantic Gateway", "AGPA"],
    "Cedar Grove Financial": ["Cedar Grove"],
    "Lumen Retail Group": ["Lumen Retail", "Lumen"],
    "Moorgate Clearing": ["Moorgate"],
    "Aurora Health Network": ["Aurora Health"],
    "Alhambra Pharma UK": ["Alhambra Pharma", "Alhambra"],
    "Pinnacle Data Centres": ["Pinnacle DC", "Pinnacle"],
    "Zuma Pay UK": ["Zuma Pay", "Zuma"],
    "Kinetic Grid": [],
    "Borealis Air": ["Borealis"],
    "Thameside Bank": ["Thameside"],
    "Ravensbourne Council": ["Ravensbourne", "Ravensbourne Borough Council"],
    "Clearwater Systems": ["Clearwater"],
}

MODULES = [
    holdout192ev_a,
    holdout192ev_b,
    holdout192ev_c,
    holdout192ev_d,
    holdout192ev_e,
    holdout192ev_f,
    holdout192ev_g,
    holdout192ev_h,
    holdout192ev_i,
    holdout192ev_j,
    holdout192ev_k,
]

TZ_LINE = re.compile(r"^@@TZ:(.+)@@$")


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout192: {msg}")


def render(ev: dict) -> str:
    lines = []
    for line in ev["ics"].strip("\n").split("\n"):
        m = TZ_LINE.match(line)
        if m:
            if m.group(1) not in TZ:
                fail(f"{ev['kind']}: unknown time zone block {m.group(1)!r}")
            lines.extend(TZ[m.group(1)].split("\n"))
        else:
            lines.append(line)
    eol = "\n" if ev.get("lf") else "\r\n"
    return eol.join(lines) + eol


def check(ev: dict, text: str, name: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file (file has {uids})")
    if ev["interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    trap = ev["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{name}: kind not kebab-case: {ev['kind']!r}")
    hiring = bool(ev.get("hiring"))
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")
    if hiring and ev["interview"]:
        fail(f"{name}: user on the hiring side cannot be an interview")
    if ev["interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        people = [p for p in ev["interviewers"].split(";") if p]
        unfolded = re.sub(r"\r?\n[ \t]", "", text).lower()
        for p in people:
            if "@" in p and p != p.lower():
                fail(f"{name}: interviewer address not lower case: {p}")
            if p.lower() in USER_ADDRESSES:
                fail(f"{name}: the user is not an interviewer")
            if p.lower() not in unfolded:
                fail(f"{name}: interviewer {p} not in the file")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if ev[field]:
                fail(f"{name}: negative with a {field}")


def replace_rows(path: Path, header: str, new_rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    rng = random.Random(SEED)
    rng.shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    companies: list[str] = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = render(ev)
        check(ev, text, name)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        label_rows.append(
            [
                name,
                ev["uid"],
                str(ev["interview"]),
                ev["company"],
                ev["role"],
                ev["stage"],
                ev["interviewers"],
                SPLIT,
                ev["trap"],
            ]
        )
        if ev["interview"] and ev["company"] not in companies:
            companies.append(ev["company"])

    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries for companies without an interview: {sorted(unused)}")
    traps = [r[8] for r in label_rows]
    dup = {t for t in traps if traps.count(t) > 1}
    if dup:
        fail(f"duplicate traps: {sorted(dup)}")

    replace_rows(LABELS, LABEL_HEADER, label_rows, 7)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, FORMS_HEADER, form_rows, 0)

    n_int = sum(1 for ev in events if ev["interview"])
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(
        f"holdout192: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
        f"({n_hire} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
