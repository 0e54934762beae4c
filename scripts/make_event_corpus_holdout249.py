"""Generate the blind calendar-event test split ``holdout249``.

Split: holdout249 - about 110 raw iCalendar events from one user's calendar, hand-labelled by an independent author
who did not read the classifier, the other generators or the other splits' files and labels.

Persona: Siobhan Kelleher, 40, associate director of undergraduate admission at (fictional) Harborview University in
Boston (private siobhan.kelleher@icloud.com, work skelleher@harborview.edu), applying to be dean of admission at
liberal-arts colleges, to international schools' university-counselling offices in Madrid (and Basel), to ed-tech
companies and to Irish universities' international offices; her own calendar is full of admission interviews with
applicants, committee reads, info sessions, tours, school visits and hiring for her own office.

The events live in ``scripts/holdout249ev_*.py`` (``EVENTS`` lists; ``holdout249ev_zones.py`` has shared VTIMEZONE
text). This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout249-NNN-<kind>.ics`` (after deleting only old ``holdout249-*.ics``) and replaces only the
``split=holdout249`` rows of ``tests/corpus/events/labels.csv`` and ``company_forms.csv``, keeping every other line
byte for byte.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout249.py
"""
import csv
import glob
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import holdout249ev_a  # noqa: E402
import holdout249ev_b  # noqa: E402
import holdout249ev_c  # noqa: E402
import holdout249ev_d  # noqa: E402
import icalendar  # noqa: E402

SPLIT = "holdout249"
SEED = 249
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "corpus", "events")
USER_ADDRESSES = ("siobhan.kelleher@icloud.com", "skelleher@harborview.edu")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Wrenfield College": "Wrenfield",
    "Lumenpath": "",
    "Colegio Internacional Montealto": "Montealto|Colegio Montealto",
    "Liffeyside University": "Liffeyside|LU",
    "Alder Hill College": "Alder Hill",
    "Harborview University": "Harborview",
    "Pemberton College": "Pemberton",
    "Brightlane": "",
    "Gradline": "",
    "Studienkompass": "Studienkompass GmbH",
    "Admissia": "Admissia SAS",
    "Colegio Británico de Aravaca": "Colegio Britanico de Aravaca|CBA|British College of Aravaca",
    "Rumbo Universidades": "Rumbo",
    "CounselorOS": "Counselor OS",
    "Kestrel Bay College": "Kestrel Bay|KBC",
    "Saltmarsh College": "Saltmarsh",
    "Orchard Ridge College": "Orchard Ridge",
    "Halvorsen College": "Halvorsen",
    "St. Brendan's College": "St Brendan's College|St Brendans|St. Brendan's",
    "American School of Castilla": "ASC",
    "Rowan International School Madrid": "Rowan International School|Rowan Madrid|Rowan",
    "Quadrant Learning": "Quadrant",
    "ScholarBridge": "Scholar Bridge",
    "Coalition for Open Admission": "COA|Open Admission",
    "Atlantic Technological College": "ATC|ATC Galway",
    "Fenwick Academy": "Fenwick",
    "Atlantic Bridge Commission": "Atlantic Bridge",
    "Marrowby College": "Marrowby",
    "Vantage Admissions Analytics": "Vantage",
    "Escuela Internacional de Pozuelo": "EIP|Escuela Internacional Pozuelo",
    "Maplestone College": "Maplestone",
    "Lighthouse Learning": "Lighthouse",
    "Amity Scholars Network": "Amity Scholars|Amity",
    "Harcastle College": "Harcastle",
    "Brisa Education Group": "Brisa|Brisa Education",
    "Rheinblick International School": "Rheinblick|Rheinblick International School Basel",
}


def all_events():
    return (holdout249ev_a.EVENTS + holdout249ev_b.EVENTS + holdout249ev_c.EVENTS + holdout249ev_d.EVENTS)


def check(ev):
    """Raise AssertionError with a readable message when an event or its label is inconsistent."""
    where = f"{ev.get('kind')} {ev.get('uid')}"
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        assert key in ev, f"{where}: missing key {key}"
    assert KEBAB.match(ev["kind"]), f"{where}: kind not kebab-case"
    assert KEBAB.match(ev["trap"]), f"{where}: trap not kebab-case"
    assert ev["is_interview"] in (0, 1), f"{where}: is_interview"
    assert ev["stage"] in STAGES, f"{where}: bad stage {ev['stage']}"
    cal = icalendar.Calendar.from_ical(ev["ics"])
    vevents = list(cal.walk("VEVENT"))
    assert vevents, f"{where}: no VEVENT"
    uids = {str(v.get("UID")) for v in vevents}
    assert uids == {ev["uid"]}, f"{where}: VEVENT UIDs {uids}"
    for v in vevents:
        assert v.get("DTSTART") is not None, f"{where}: no DTSTART"
        v.decoded("DTSTART")
    text = ev["ics"].replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "").lower()
    people = [p for p in ev["interviewers"].split(";") if p]
    for p in people:
        assert p == p.strip(), f"{where}: whitespace in interviewer {p!r}"
        if "@" in p:
            assert p == p.lower(), f"{where}: interviewer address not lower-case {p}"
        assert p.lower() in text, f"{where}: interviewer {p!r} not in event text"
        assert p.lower() not in USER_ADDRESSES and "kelleher" not in p.lower() and "siobhan" not in p.lower(), \
            f"{where}: the user listed as interviewer"
    if ev["is_interview"]:
        assert ev["company"] and ev["company"] in FORMS, f"{where}: company {ev['company']!r} has no FORMS entry"
    else:
        assert not (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]), f"{where}: negative has labels"
    assert ev["hiring"] is (ev["trap"].startswith("user-as-interviewer-")), f"{where}: hiring flag vs trap"
    assert ev.get("eol", "\r\n") in ("\r\n", "\n"), f"{where}: eol"
    assert "\r" not in ev["ics"], f"{where}: CR in source text"


def split_of_line(raw, col):
    """Return the split column of one raw CSV record (without printing it)."""
    row = next(csv.reader(io.StringIO(raw)))
    return row[col] if len(row) > col else None


def replace_rows(path, header, split_col, new_rows):
    """Keep every record whose split column is not SPLIT byte for byte; append new_rows; write atomically."""
    with open(path, "rb") as f:
        data = f.read().decode("utf-8")
    records, buf, lines = [], "", data.splitlines(keepends=True)
    for line in lines:  # group physical lines into CSV records (quoted newlines stay inside one record)
        buf += line
        if buf.count('"') % 2 == 0:
            records.append(buf)
            buf = ""
    if buf:
        records.append(buf)
    assert records, f"{path}: empty"
    head = next(csv.reader(io.StringIO(records[0])))
    assert head == header, f"{path}: unexpected header"
    eol = "\r\n" if records[0].endswith("\r\n") else "\n"
    kept = [records[0]] + [r for r in records[1:] if split_of_line(r, split_col) != SPLIT]
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    sio = io.StringIO()
    w = csv.writer(sio, lineterminator=eol)
    for row in new_rows:
        w.writerow(row)
    tmp = path + ".tmp-" + SPLIT
    with open(tmp, "wb") as f:
        f.write(("".join(kept) + sio.getvalue()).encode("utf-8"))
    os.replace(tmp, path)
    return len(records) - len(kept)


def main():
    events = all_events()
    for ev in events:
        check(ev)
    uids = [e["uid"] for e in events]
    assert len(uids) == len(set(uids)), "duplicate UIDs across events"
    random.Random(SEED).shuffle(events)

    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        eol = ev.get("eol", "\r\n")
        body = ev["ics"] if ev["ics"].endswith("\n") else ev["ics"] + "\n"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(body.replace("\n", eol).encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])

    used = sorted({e["company"] for e in events if e["is_interview"]})
    forms_rows = [[SPLIT, c, FORMS[c]] for c in used]
    removed_l = replace_rows(os.path.join(OUT, "labels.csv"), LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    removed_f = replace_rows(os.path.join(OUT, "company_forms.csv"), FORMS_HEADER, 0, forms_rows)

    n_int = sum(e["is_interview"] for e in events)
    n_hire = sum(bool(e["hiring"]) for e in events)
    print(f"{SPLIT}: {len(events)} events written to {os.path.relpath(OUT, ROOT)}")
    print(f"  interviews: {n_int} at {len(used)} employers")
    print(f"  negatives: {len(events) - n_int} (hiring side {n_hire}, other {len(events) - n_int - n_hire})")
    print(f"  labels.csv: replaced {removed_l} old {SPLIT} rows with {len(label_rows)}")
    print(f"  company_forms.csv: replaced {removed_f} old {SPLIT} rows with {len(forms_rows)}")


if __name__ == "__main__":
    main()
