"""Write the blind calendar-event split holdout184 (one job seeker's calendar, raw iCalendar text).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout184.py

Writes tests/corpus/events/holdout184-NNN-<kind>.ics (after deleting only old holdout184-*.ics files)
and replaces only the split=holdout184 rows of tests/corpus/events/labels.csv and company_forms.csv.
The events live in scripts/holdout184ev_*.py, written by an independent author without reading the
classifier, the other generators, other splits' files or labels. CC0 1.0.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout184ev_hiring
import holdout184ev_int_a
import holdout184ev_int_b
import holdout184ev_int_c
import holdout184ev_int_d
import holdout184ev_life
import holdout184ev_work

SPLIT = "holdout184"
SEED = 184_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORM_FIELDS = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"alex.riosm.dev@gmail.com", "alejandro.rios@mercanta.mx"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Proxima Talent": ["Proxima"],
    "Turnwell": ["Turnwell Inc."],
    "Northwind Logistics": ["Northwind"],
    "Harbor Health Analytics": ["Harbor Health"],
    "Ledgerly": ["Ledgerly Inc."],
    "Parcelwise": [],
    "Quillstack": [],
    "Grupo Financiero Valoria": ["GF Valoria", "Valoria", "Banco Valoria"],
    "Kestrel Payments": ["Kestrel", "Kestrel Pay"],
    "Fernhill Software": ["Fernhill"],
    "Sólido Pagos": ["Solido Pagos", "Sólido"],
    "Lieferwerk GmbH": ["Lieferwerk"],
    "Maison Lumen": ["Lumen"],
    "Oakbridge Systems": ["Oakbridge"],
    "Crestline Health": ["Crestline"],
    "Vantablue": [],
    "Lumenfold": [],
    "Kuali Commerce": ["Kuali"],
    "Cobalto Software": ["Cobalto"],
    "Kaxa": ["Kaxa Pagos"],
    "Bluefin Data": ["Bluefin"],
    "Waypoint Freight": ["Waypoint"],
    "Orbitale": [],
    "Trellis Legal": ["Trellis"],
    "Semaphore Health": ["Semaphore"],
    "Cargoly": [],
    "Rutavia": [],
    "Nubenta": [],
    "Hopscale": [],
    "Brightwave Studios": ["Brightwave"],
    "Halcyon Games": ["Halcyon"],
    "Meridian Insurance Group": ["Meridian Insurance", "Meridian"],
    "Pinecrest Financial": ["Pinecrest"],
    "Grupo Ventix": ["Ventix"],
    "Brightfield Insurance": ["Brightfield"],
    "Tramuntana Travel": ["Tramuntana"],
    "Alpenkern AG": ["Alpenkern"],
    "Quantiq": [],
    "Fenwick Labs": ["Fenwick"],
    "Maplewood Analytics": ["Maplewood"],
    "Sparrow Finance": ["Sparrow"],
    "Tessellate": [],
    "Nexum Digital": ["Nexum"],
}

MODULES = [holdout184ev_int_a, holdout184ev_int_b, holdout184ev_int_c, holdout184ev_int_d,
           holdout184ev_hiring, holdout184ev_work, holdout184ev_life]


def fail(msg):
    sys.exit(f"make_event_corpus_holdout184: {msg}")


def fold_line(line):
    """Fold one content line at 75 octets, never inside a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + part for part in out[1:]]


def render(event):
    text = event["ics"].strip("\n")
    lines = text.split("\n")
    if event["fold"]:
        lines = [piece for line in lines for piece in fold_line(line)]
    eol = "\r\n" if event["crlf"] else "\n"
    return eol.join(lines) + eol


def atomic_write(path, data):
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def records(text):
    """Split CSV text into raw records (keeping line ends), joining lines inside quoted fields."""
    out, buf = [], ""
    for line in text.splitlines(keepends=True):
        buf += line
        if buf.count('"') % 2 == 0:
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return out


def replace_rows(path, fields, split_col, rows):
    text = path.read_text(encoding="utf-8")
    recs = records(text)
    if not recs:
        fail(f"{path} is empty")
    header = next(csv.reader([recs[0]]))
    if header != fields:
        fail(f"unexpected header in {path}: {header}")
    idx = fields.index(split_col)
    kept = [recs[0]]
    for rec in recs[1:]:
        parsed = next(csv.reader(io.StringIO(rec)), [])
        if len(parsed) > idx and parsed[idx] == SPLIT:
            continue
        kept.append(rec)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow([row[f] for f in fields])
    atomic_write(path, "".join(kept) + buf.getvalue())


def check(fname, data, source, label):
    cal = icalendar.Calendar.from_ical(data)
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{fname}: no VEVENT")
    if label["uid"] not in uids:
        fail(f"{fname}: label UID {label['uid']!r} not in file ({uids})")
    if label["stage"] not in STAGES:
        fail(f"{fname}: bad stage {label['stage']!r}")
    trap = label["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: trap is not kebab-case: {trap!r}")
    lower = source.lower()
    if label["is_interview"]:
        if not label["company"]:
            fail(f"{fname}: interview without company")
        if label["company"] not in FORMS:
            fail(f"{fname}: company {label['company']!r} lacks a FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
        for who in filter(None, label["interviewers"].split(";")):
            if who != who.strip() or (("@" in who) and who != who.lower()):
                fail(f"{fname}: interviewer not normalised: {who!r}")
            if who.lower() in USER_ADDRESSES:
                fail(f"{fname}: the user listed as interviewer")
            if who.lower() not in lower:
                fail(f"{fname}: interviewer {who!r} not in the event")
    else:
        if any(label[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{fname}: negative with company/role/stage/interviewers filled")


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    kinds = [e["kind"] for e in events]
    if len(set(kinds)) != len(kinds):
        fail("duplicate kinds: " + ", ".join(sorted({k for k in kinds if kinds.count(k) > 1})))
    for e in events:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["kind"]):
            fail(f"bad kind {e['kind']!r}")
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows, companies = [], set()
    for n, e in enumerate(events, 1):
        fname = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        data = render(e)
        check(fname, data, e["ics"], e["label"])
        with open(EVENTS_DIR / fname, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        lab = e["label"]
        label_rows.append({"file": fname, "split": SPLIT, **{k: lab[k] for k in
                                                            ("uid", "company", "role", "stage",
                                                             "interviewers", "trap")},
                           "is_interview": str(lab["is_interview"])})
        if lab["is_interview"]:
            companies.add(lab["company"])

    unused = set(FORMS) - companies
    if unused:
        fail("FORMS entries without an interview: " + ", ".join(sorted(unused)))
    form_rows = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in sorted(companies)]

    replace_rows(LABELS, LABEL_FIELDS, "split", label_rows)
    replace_rows(FORMS_CSV, FORM_FIELDS, "split", form_rows)

    n_int = sum(1 for r in label_rows if r["is_interview"] == "1")
    n_hire = sum(1 for r in label_rows if r["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
