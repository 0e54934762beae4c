"""Generate the blind calendar-event split holdout183 (Oliver Kemp, business reporter in London).

Writes tests/corpus/events/holdout183-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout183ev_*.py and replaces only the split=holdout183 rows of labels.csv and
company_forms.csv. Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout183.py
"""

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

import holdout183ev_a  # noqa: E402
import holdout183ev_b  # noqa: E402
import holdout183ev_c  # noqa: E402
import holdout183ev_d  # noqa: E402
import holdout183ev_e  # noqa: E402
import holdout183ev_f  # noqa: E402
import holdout183ev_g  # noqa: E402
import holdout183ev_h  # noqa: E402
import holdout183ev_i  # noqa: E402
import holdout183ev_j  # noqa: E402

SPLIT = "holdout183"
SEED = 18300183
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [holdout183ev_a, holdout183ev_b, holdout183ev_c, holdout183ev_d,
           holdout183ev_e, holdout183ev_f, holdout183ev_g, holdout183ev_h, holdout183ev_i,
           holdout183ev_j]

# Other names Oliver would accept for the same employer in a draft.
FORMS = {
    "Lloyd's List": ["Lloyds List", "Lloyd's List Intelligence", "Informa"],
    "Calloway Strand": ["Calloway", "Calloway Strand Ltd"],
    "Semafor": ["Semafor Inc."],
    "The Grocer": ["Grocer", "William Reed"],
    "Retail Week": ["RW", "Ascential"],
    "HM Treasury": ["Treasury", "HMT", "His Majesty's Treasury"],
    "Department for Business and Trade": ["DBT", "Business and Trade"],
    "Ofcom": ["Office of Communications"],
    "Bank of England": ["BoE", "the Bank"],
    "Cancer Research UK": ["CRUK", "Cancer Research"],
    "Shelter": ["Shelter England"],
    "RNLI": ["Royal National Lifeboat Institution"],
    "Citizens Advice": ["CA", "Citizens Advice Bureau"],
    "Which?": ["Which", "Consumers' Association"],
    "Wellcome": ["Wellcome Trust", "The Wellcome Trust"],
    "Brunswick": ["Brunswick Group", "Brunswick Group LLP"],
    "Agence Europe": ["Agence Europe SA", "Europe Daily Bulletin"],
    "SolarPower Europe": ["SPE", "Solar Power Europe"],
    "Handelsblatt": ["Handelsblatt Media Group", "HMG"],
    "Deutsche Börse": ["Deutsche Boerse", "Deutsche Börse Group", "Deutsche Börse AG"],
    "Santander": ["Banco Santander", "Grupo Santander"],
    "El País": ["El Pais", "EL PAÍS", "PRISA", "El País English"],
    "The Banker": ["Banker", "FT Specialist", "Financial Times"],
    "Euromoney": ["Euromoney Institutional Investor"],
    "PRWeek": ["PR Week", "Haymarket", "Haymarket Media Group"],
    "Tortoise Media": ["Tortoise"],
    "Sifted": ["Sifted.eu"],
    "Octopus Energy": ["Octopus", "Octopus Energy Group"],
    "Monzo": ["Monzo Bank"],
    "Deliveroo": ["Deliveroo plc", "Roofoods"],
    "The Pensions Brief": ["Pensions Brief"],
    "Clifford Chance": ["CC", "Clifford Chance LLP"],
    "Press Gazette": ["PG"],
    "The Lawyer": ["Centaur Media"],
    "National Trust": ["the Trust", "NT"],
    "Macmillan Cancer Support": ["Macmillan"],
    "Joseph Rowntree Foundation": ["JRF", "Rowntree"],
    "Resolution Foundation": ["the Resolution Foundation", "RF"],
    "Association of British Insurers": ["ABI"],
    "UK Finance": ["UKF"],
    "Competition and Markets Authority": ["CMA"],
    "Insurance Times": ["Ins Times"],
    "Full Fact": ["FullFact", "Full Fact charity"],
}

UID_RE = re.compile(r"^UID:(.*(?:\r?\n[ \t].*)*)", re.M)
KIND_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fail(msg):
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def first_uid(text):
    m = UID_RE.search(text)
    if not m:
        fail("event without UID")
    return re.sub(r"\r?\n[ \t]", "", m.group(1)).strip()


def check(ev, text, name):
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("uid")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    for c in cal.walk("VEVENT"):
        for prop in ("dtstamp", "summary"):
            if c.get(prop) is None:
                fail(f"{name}: VEVENT without {prop.upper()}")
    uid = first_uid(text)
    if uid not in uids:
        fail(f"{name}: label UID {uid!r} not in parsed file {sorted(uids)}")
    if len(uids) != 1:
        fail(f"{name}: several UIDs {sorted(uids)}")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{name}: bad kind {ev['kind']!r}")
    trap = ev["trap"]
    if not KIND_RE.match(trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    hiring = ev.get("hiring", False)
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree ({trap})")
    if ev["iv"] == 1:
        if hiring:
            fail(f"{name}: interview on the hiring side")
        if not ev["company"] or ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} missing from FORMS")
        if ev["stage"] not in STAGES:
            fail(f"{name}: bad stage {ev['stage']!r}")
        low = text.lower()
        for who in filter(None, ev["who"].split(";")):
            if "@" in who:
                if who != who.lower() or who not in low:
                    fail(f"{name}: interviewer {who!r} not in file / not lower case")
                if "oliver.kemp" in who or "no-reply" in who or "noreply" in who:
                    fail(f"{name}: bad interviewer {who!r}")
            elif who.split()[0].lower() not in low:
                fail(f"{name}: interviewer name {who!r} not in file")
    elif ev["iv"] == 0:
        for k in ("company", "role", "stage", "who"):
            if ev.get(k):
                fail(f"{name}: negative with {k}")
    else:
        fail(f"{name}: is_interview must be 0 or 1")
    return uid


def replace_rows(path, split_col, new_rows):
    """Keep every line not of this split byte for byte; append ours; write atomically."""
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name}: empty")
    eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
    kept = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8")
        row = next(csv.reader([text.rstrip("\r\n")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol.decode())
    for r in new_rows:
        w.writerow(r)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as f:
        f.write(out)
    os.replace(tmp, path)


def main():
    events = [ev for m in MODULES for ev in m.EVENTS]
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows, companies = [], []
    for n, i in enumerate(order, 1):
        ev = events[i]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        eol = ev.get("eol", "\r\n")
        body = text.replace("\r\n", "\n").replace("\n", eol)
        uid = check(ev, body, name)
        (OUT / name).write_bytes(body.encode("utf-8"))
        label_rows.append([name, uid, ev["iv"], ev.get("company", ""), ev.get("role", ""),
                           ev.get("stage", ""), ev.get("who", ""), SPLIT, ev["trap"]])
        if ev["iv"] == 1 and ev["company"] not in companies:
            companies.append(ev["company"])
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)
    n_iv = sum(ev["iv"] for ev in events)
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
