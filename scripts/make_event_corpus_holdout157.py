"""Write the blind calendar-event split ``holdout157`` (one job seeker's calendar).

The user is Priya Raghavan, a QA lead in Bengaluru looking for test-manager / SDET-lead
roles in India and abroad. Every event is hand-written raw iCalendar text in the
``scripts/holdout157ev_*.py`` data modules; this script only folds long lines the way the
sending tool would, shuffles the file order with a fixed seed, writes the ``.ics`` files,
checks every label against the parsed file and replaces the ``split=holdout157`` rows of
``labels.csv`` and ``company_forms.csv``.

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout157.py
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

SPLIT = "holdout157"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 15702025

MODULES = [
    "holdout157ev_india1",
    "holdout157ev_india2",
    "holdout157ev_india3",
    "holdout157ev_india4",
    "holdout157ev_abroad1",
    "holdout157ev_abroad2",
    "holdout157ev_hiring1",
    "holdout157ev_hiring2",
    "holdout157ev_neg1",
    "holdout157ev_neg2",
]

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"priya.raghavan.qa@outlook.com", "priya.r@tesseract-labs.in"}

# Other names Priya would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Razorpay": ["Razorpay Software", "Razorpay Software Pvt Ltd"],
    "Swiggy": ["Bundl Technologies", "Swiggy Ltd"],
    "Freshworks": ["Freshworks Inc", "Freshworks Technologies"],
    "Atlassian": ["Atlassian India", "Atlassian Bengaluru"],
    "Infosys": ["Infosys Ltd", "Infosys Limited"],
    "TCS": ["Tata Consultancy Services", "Tata Consultancy Services Ltd"],
    "LTIMindtree": ["LTIM", "LTI Mindtree", "LTIMindtree Ltd"],
    "Thoughtworks": ["ThoughtWorks", "Thoughtworks India", "TW"],
    "PhonePe": ["PhonePe Pvt Ltd", "Phone Pe"],
    "Groww": ["Nextbillion Technology", "Groww Invest Tech"],
    "Meesho": ["Fashnear Technologies", "Meesho Technologies"],
    "Flipkart": ["Flipkart Internet", "Flipkart India"],
    "Walmart Global Tech India": ["Walmart Global Tech", "Walmart", "WGT India"],
    "SAP Labs India": ["SAP Labs", "SAP"],
    "Amazon": ["Amazon Development Centre India", "ADCI", "Amazon India"],
    "Deloitte USI": ["Deloitte", "Deloitte US-India", "Deloitte Consulting India"],
    "Persistent Systems": ["Persistent", "Persistent Systems Ltd"],
    "Zeta": ["Zeta Suite", "Better World Technology"],
    "BrowserStack": ["Browserstack", "BrowserStack Software"],
    "Postman": ["Postman Inc", "Postdot Technologies"],
    "Kalpa Health": ["Kalpa"],
    "Lowe's India": ["Lowe's", "Lowes India", "Lowes"],
    "Target in India": ["Target", "Target India", "TII"],
    "Capgemini": ["Capgemini India", "Capgemini Technology Services"],
    "Novartis": ["Novartis Healthcare", "Novartis Hyderabad", "NOCC"],
    "Mastercard": ["MasterCard", "Mastercard Pune"],
    "CRED": ["Cred", "Dreamplug Technologies"],
    "Delivery Hero": ["Delivery Hero SE", "DH"],
    "N26": ["N26 Bank", "N26 GmbH"],
    "Klarwerk Software": ["Klarwerk", "Klarwerk Software GmbH"],
    "Trade Republic": ["Trade Republic Bank", "Trade Republic Bank GmbH"],
    "Doctolib": ["Doctolib GmbH", "Doctolib SAS"],
    "Booking.com": ["Booking", "Booking.com B.V."],
    "Adyen": ["Adyen N.V."],
    "Picnic": ["Picnic Technologies", "Picnic B.V."],
    "Intercom": ["Intercom Inc"],
    "Fenergo": ["Fenergo Ltd"],
    "Stripe": ["Stripe Payments", "Stripe Dublin"],
    "Shopify": ["Shopify Inc"],
    "Wealthsimple": ["Wealthsimple Inc"],
    "Ubisoft Toronto": ["Ubisoft", "Ubisoft Toronto Inc"],
    "Wallapop": ["Wallapop S.L."],
    "Mphasis": ["Mphasis Ltd", "Mphasis Limited"],
    "Contentful": ["Contentful GmbH"],
    "Providence India": ["Providence", "Providence Global Center"],
    "Sigmoid": ["Sigmoid Analytics", "Sigmoid Labs"],
}

KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def fold(text: str) -> str:
    """Fold content lines longer than 75 octets (RFC 5545 3.1), keeping UTF-8 intact."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line.encode("utf-8")) <= 75:
            out.append(line)
            continue
        cur, size, first = "", 0, True
        for ch in line:
            n = len(ch.encode("utf-8"))
            limit = 75 if first else 74
            if size + n > limit:
                out.append(cur if first else " " + cur)
                cur, size, first = "", 0, False
            cur += ch
            size += n
        out.append(cur if first else " " + cur)
    return "\n".join(out)


def render(ev: dict[str, object]) -> bytes:
    text = str(ev["ics"]).strip("\n")
    if not ev.get("nofold"):
        text = fold(text)
    eol = "\n" if ev.get("lf") else "\r\n"
    return (text.replace("\n", eol) + eol).encode("utf-8")


def check(name: str, data: bytes, ev: dict[str, object]) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    if not vevents:
        fail(f"{name}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if uids != {ev["uid"]}:
        fail(f"{name}: label uid {ev['uid']!r} does not match file UIDs {sorted(uids)}")
    for v in vevents:
        if v.get("DTSTART") is None:
            fail(f"{name}: VEVENT without DTSTART")
    is_int = ev["is_interview"]
    if is_int not in (0, 1):
        fail(f"{name}: is_interview must be 0/1")
    company, role, stage = str(ev["company"]), str(ev["role"]), str(ev["stage"])
    interviewers, trap = str(ev["interviewers"]), str(ev["trap"])
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if not KIND_RE.match(trap) or not KIND_RE.match(str(ev["kind"])):
        fail(f"{name}: trap/kind must be kebab-case")
    if is_int:
        if not company:
            fail(f"{name}: interview without company")
        if company not in FORMS:
            fail(f"{name}: company {company!r} has no FORMS entry")
        raw = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
        for person in filter(None, interviewers.split(";")):
            if person != person.strip():
                fail(f"{name}: whitespace around interviewer {person!r}")
            if "@" in person:
                if person != person.lower():
                    fail(f"{name}: interviewer e-mail must be lower case")
                if person in USER_ADDRESSES or "noreply" in person or "no-reply" in person:
                    fail(f"{name}: interviewer {person!r} is the user or a no-reply address")
                if person not in raw:
                    fail(f"{name}: interviewer {person!r} not in the file")
            elif person.lower() not in raw:
                fail(f"{name}: interviewer name {person!r} not in the file")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: an own interview cannot be user-as-interviewer")
    elif company or role or stage or interviewers:
        fail(f"{name}: negative must have empty company/role/stage/interviewers")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name}: empty (header missing)")
    eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol.decode())
    for row in new_rows:
        writer.writerow(row)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main() -> None:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict[str, object]] = []
    for mod_name in MODULES:
        mod = importlib.import_module(mod_name)
        events.extend(mod.EVENTS)
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    n_int = n_hiring = 0
    for i, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(name, data, ev)
        atomic_write(EVENTS_DIR / name, data)
        if ev["is_interview"]:
            n_int += 1
            companies.add(str(ev["company"]))
        if str(ev["trap"]).startswith("user-as-interviewer-"):
            n_hiring += 1
        label_rows.append(
            [
                name,
                str(ev["uid"]),
                str(ev["is_interview"]),
                str(ev["company"]),
                str(ev["role"]),
                str(ev["stage"]),
                str(ev["interviewers"]),
                SPLIT,
                str(ev["trap"]),
            ]
        )
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries for companies without an interview: {sorted(unused)}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
