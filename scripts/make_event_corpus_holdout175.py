"""Write the blind calendar-event split holdout175 (Daniel Okafor, IB associate looking for PE / corp-dev roles).

Run from the worktree root: /work/main/.venv/bin/python scripts/make_event_corpus_holdout175.py
Replaces only tests/corpus/events/holdout175-*.ics and the split=holdout175 rows of labels.csv and
company_forms.csv. Written blind; CC0 1.0.
"""
import csv
import glob
import io
import os
import random
import re
import sys

import icalendar

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import holdout175ev_hiring_a
import holdout175ev_hiring_b
import holdout175ev_other_a
import holdout175ev_other_b
import holdout175ev_proc_a
import holdout175ev_proc_b
import holdout175ev_single_a
import holdout175ev_single_b
import holdout175ev_single_c
from holdout175ev_tz import TZ

SPLIT = "holdout175"
SEED = 175_2026
EVENTS_DIR = os.path.join("tests", "corpus", "events")
LABELS = os.path.join(EVENTS_DIR, "labels.csv")
FORMS_CSV = os.path.join(EVENTS_DIR, "company_forms.csv")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = {"dan.okafor.ny@gmail.com", "dokafor@harlanreece.com"}

FORMS = {
    "Thornbury Capital Partners": ["Thornbury Capital", "Thornbury", "TCP"],
    "Castleford Equity Partners": ["Castleford Equity", "Castleford"],
    "Meridian Hollis": ["Meridian Hollis LLP", "MH"],
    "Al Noor Investment Authority": ["ANIA", "Al Noor", "هيئة النور للاستثمار"],
    "Halvorsen Industries": ["Halvorsen", "Halvorsen Industries Inc."],
    "Brightlane": ["Brightlane Inc.", "Brightlane Corp Dev"],
    "Vossberg": ["Vossberg AG", "Vossberg Industrietechnik"],
    "Vauban Capital Partenaires": ["Vauban Capital", "Vauban", "Vauban Capital Partners"],
    "Alcántara Capital": ["Alcantara Capital", "Alcántara"],
    "Pinecrest Growth Partners": ["Pinecrest Growth", "Pinecrest"],
    "Greyfield Partners": ["Greyfield"],
    "Northmark Capital": ["Northmark"],
    "Brennan Lowe & Co.": ["Brennan Lowe", "Brennan Lowe & Co", "BL"],
    "Oakline Infrastructure Partners": ["Oakline Infrastructure", "Oakline", "OIP"],
    "Trellis Consumer Partners": ["Trellis Consumer", "Trellis"],
    "Sable Ridge Capital": ["Sable Ridge"],
    "Quarry Hill Partners": ["Quarry Hill", "QHP"],
    "Fenwick Harbour Capital": ["Fenwick Harbour", "Fenwick Harbor Capital", "Fenwick"],
    "Kinsale Partners": ["Kinsale"],
    "Whitestone Equity": ["Whitestone", "Whitestone Equity Partners"],
    "Halden Bridge Capital": ["Halden Bridge", "HBC"],
    "Corvane Technologies": ["Corvane", "Corvane Technologies Inc."],
    "Ashgrove Health": ["Ashgrove"],
    "Redfern Capital": ["Redfern"],
    "Blue Heron Capital": ["Blue Heron"],
    "Cardinal Point Partners": ["Cardinal Point", "CPP"],
    "Ostrander Family Office": ["Ostrander", "Ostrander FO"],
    "Rimal Capital": ["Rimal", "رمال كابيتال"],
    "Ember Lane Capital": ["Ember Lane"],
    "Pierce & Valden": ["Pierce Valden", "P&V", "Pierce and Valden"],
    "Marlowe Street Capital": ["Marlowe Street", "Marlowe"],
    "Tidewater Holdings": ["Tidewater", "Tidewater Holdings, Inc."],
    "Stonebridge Credit Partners": ["Stonebridge Credit", "Stonebridge"],
    "Quintus Partners": ["Quintus"],
    "Carrow Hill Capital": ["Carrow Hill"],
    "Vantage Peak Growth": ["Vantage Peak"],
    "Beaumont Square Capital": ["Beaumont Square"],
    "Serrano Capital": ["Serrano"],
    "Isarwerk Capital": ["Isarwerk", "Isarwerk Capital GmbH"],
    "Maison Delorme": ["Delorme", "Maison Delorme SA"],
    "Hatteras Capital": ["Hatteras"],
    "Evercliff Growth": ["Evercliff", "Evercliff Growth Partners"],
}

MODULES = [
    holdout175ev_proc_a,
    holdout175ev_proc_b,
    holdout175ev_single_a,
    holdout175ev_single_b,
    holdout175ev_single_c,
    holdout175ev_hiring_a,
    holdout175ev_hiring_b,
    holdout175ev_other_a,
    holdout175ev_other_b,
]


def fail(msg):
    raise SystemExit(f"make_event_corpus_holdout175: BAD LABEL: {msg}")


def render(e):
    text = e["ics"]

    def sub(m):
        name = m.group(1)
        if name not in TZ:
            fail(f"{e['uid']}: unknown VTIMEZONE {name!r}")
        return TZ[name]

    text = re.sub(r"@@TZ ([^@]+)@@", sub, text)
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if e["eol"] == "crlf":
        text = text.replace("\n", "\r\n")
    return text


def check(e, fname, text):
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if e["uid"] not in uids:
        fail(f"{fname}: label uid {e['uid']!r} not in file ({sorted(uids)})")
    if e["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview {e['is_interview']!r}")
    if e["stage"] not in STAGES:
        fail(f"{fname}: stage {e['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["trap"]):
        fail(f"{fname}: trap not kebab-case: {e['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+){0,2}", e["kind"]):
        fail(f"{fname}: kind {e['kind']!r}")
    if e["is_interview"] == 1:
        if not e["company"]:
            fail(f"{fname}: interview without company")
        if e["company"] not in FORMS:
            fail(f"{fname}: company {e['company']!r} lacks a FORMS entry")
        if e["trap"].startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with hiring-side trap")
        low = text.lower()
        for who in filter(None, e["interviewers"].split(";")):
            if "@" in who:
                if who != who.lower():
                    fail(f"{fname}: interviewer address not lower case {who!r}")
                if who in USER_ADDRS:
                    fail(f"{fname}: the user listed as interviewer")
                if who not in low.replace("\r\n ", "").replace("\n ", ""):
                    fail(f"{fname}: interviewer {who!r} not in file")
    else:
        for k in ("company", "role", "stage", "interviewers"):
            if e[k]:
                fail(f"{fname}: negative with {k}={e[k]!r}")


def replace_rows(path, col, rows):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) > col and parsed[col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    tmp = path + ".tmp-holdout175"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("".join(kept) + buf.getvalue())
    os.replace(tmp, path)


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    rendered = []
    for n, idx in enumerate(order, 1):
        e = events[idx]
        fname = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        text = render(e)
        check(e, fname, text)
        rendered.append((fname, text, e))
    pairs = [(f, e["uid"]) for f, _, e in rendered]
    if len(set(pairs)) != len(pairs):
        fail("duplicate file/uid")
    for old in glob.glob(os.path.join(EVENTS_DIR, f"{SPLIT}-*.ics")):
        os.remove(old)
    for fname, text, _ in rendered:
        with open(os.path.join(EVENTS_DIR, fname), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    label_rows = [
        [f, e["uid"], e["is_interview"], e["company"], e["role"], e["stage"], e["interviewers"], SPLIT, e["trap"]]
        for f, _, e in rendered
    ]
    replace_rows(LABELS, 7, label_rows)
    companies = sorted({e["company"] for _, _, e in rendered if e["is_interview"] == 1})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    n_int = sum(e["is_interview"] for _, _, e in rendered)
    n_hire = sum(e["trap"].startswith("user-as-interviewer-") for _, _, e in rendered)
    print(
        f"holdout175: {len(rendered)} events, {n_int} interviews, {len(rendered) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
