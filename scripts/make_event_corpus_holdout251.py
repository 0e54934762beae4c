"""Generate the blind calendar-event test split **holdout251** for afterview.

Split: holdout251 - about 110 raw iCalendar events from one user's calendar, written blind by an independent
author (without reading the classifier, the other generators, other splits' files or labels).

Persona: Marc-Olivier Chen, 35, freelance production coordinator in TV/film in Toronto (currently on a
fictional streaming series for Northlight Pictures), looking for a production-manager job on the next show, an
in-house post at a production company or broadcaster, and one Montréal production (French). Addresses:
mo.chen.prod@gmail.com (private) and marcolivier.chen@northlightpictures.ca (work). He also runs casting
sessions, interviews production assistants and books scouts - those are not his interviews.

The events live in scripts/holdout251ev_*.py (EVENTS lists, raw VCALENDAR text with LF line ends);
this script checks each one, shuffles them with a fixed seed, writes
tests/corpus/events/holdout251-NNN-<kind>.ics with CRLF line endings (after deleting old holdout251-*.ics only),
and replaces only the split=holdout251 rows of tests/corpus/events/labels.csv and company_forms.csv, keeping every
other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout251.py
"""
import csv
import glob
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import holdout251ev_a  # noqa: E402
import holdout251ev_b  # noqa: E402
import holdout251ev_c  # noqa: E402
import holdout251ev_d  # noqa: E402
import holdout251ev_e  # noqa: E402
import icalendar  # noqa: E402

SPLIT = "holdout251"
OUT = os.path.join(ROOT, "tests", "corpus", "events")
SEED = 251
USER = {"mo.chen.prod@gmail.com", "marcolivier.chen@northlightpictures.ca"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# company -> other forms the user would accept ("|"-separated in company_forms.csv)
FORMS = {
    "Northlight Pictures": "Northlight",
    "Maplewood Studios": "Maplewood|Maplewood Studios Toronto",
    "Trillium Broadcasting Network": "Trillium|TBN|Trillium Broadcasting",
    "Lakeshore Line Productions": "Lakeshore Line|Lakeshore|Ice Road North",
    "Cinéma Boréal": "Cinema Boreal|Cinéma Boréal inc.|Boréal",
    "Red Pine Entertainment": "Red Pine|Harrow Bay",
    "Fathom Post": "Fathom",
    "Harbourfront Media Group": "Harbourfront Media|Harbourfront|HMG",
    "Nordlicht Film": "Nordlicht Film GmbH|Nordlicht",
    "Montaña Roja Films": "Montana Roja Films|Montaña Roja",
    "Inkwell North Animation": "Inkwell North|Inkwell",
    "Tallgrass Commercials": "Tallgrass",
    "Blue Heron Pictures": "Blue Heron",
    "Brightwork Content": "Brightwork",
    "Whitfield & Ko Productions": "Whitfield & Ko|Whitfield and Ko|Whitfield",
    "Currentwave": "Currentwave Streaming|Currentwave TV",
    "Fogline Documentary": "Fogline|Fogline Docs",
    "Signal Hill Studios": "Signal Hill",
    "Kestrel Films": "Kestrel",
    "Ashgrove Post": "Ashgrove",
    "Laurentian Public Media": "Laurentian|LPM",
    "Eastcoast Sports Network": "ESN|Eastcoast Sports",
    "Quarry Lane Productions": "Quarry Lane|Quarry Ln",
    "Pinecone Pictures": "Pinecone",
    "Bellwether Content": "Bellwether",
    "Tandem North Productions": "Tandem North",
    "Vireo Pictures": "Vireo",
    "Driftwood Media": "Driftwood",
    "Hollow Reed Entertainment": "Hollow Reed",
    "Ironbridge Studios": "Ironbridge",
    "Larkspur Films": "Larkspur",
    "Cobalt Sky Productions": "Cobalt Sky",
    "Thornbury Pictures": "Thornbury",
    "Kitestring Media": "Kitestring",
    "Halcyon Broadcast Services": "Halcyon|Halcyon Broadcast",
    "Wildrye Productions": "Wildrye|Copper Coast",
    "Saltmarsh Studios": "Saltmarsh",
    "Glasshouse Unscripted": "Glasshouse",
    "Moonrise Features": "Moonrise",
}

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def check(e):
    where = "{} ({})".format(e["kind"], e["uid"])
    assert KEBAB.match(e["kind"]), "kind not kebab-case: " + where
    assert KEBAB.match(e["trap"]), "trap not kebab-case: " + where
    assert e["stage"] in STAGES, "bad stage: " + where
    assert e["is_interview"] in (0, 1), where
    assert isinstance(e["hiring"], bool), where
    assert e["hiring"] == e["trap"].startswith("user-as-interviewer-"), "hiring/trap mismatch: " + where
    text = e["ics"].replace("\n", e.get("eol", "\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    vevents = cal.walk("VEVENT")
    assert vevents, "no VEVENT: " + where
    for v in vevents:
        assert str(v.get("UID")) == e["uid"], "UID mismatch: " + where
        assert v.get("DTSTART") is not None, "no DTSTART: " + where
        v.decoded("DTSTART")
    unfolded = re.sub(r"\n[ \t]", "", e["ics"]).lower()
    ivs = [x for x in e["interviewers"].split(";") if x]
    for iv in ivs:
        assert iv.strip() == iv and iv, where
        assert iv.lower() not in USER, "user as interviewer: " + where
        assert iv.lower() in unfolded, f"interviewer {iv!r} not in text: {where}"
        if "@" in iv:
            assert iv == iv.lower(), "address not lower-case: " + where
    if e["is_interview"]:
        assert e["company"] in FORMS, "interview company without FORMS entry: " + where
        assert not e["hiring"], where
    else:
        assert not (e["company"] or e["role"] or e["stage"] or e["interviewers"]), "negative with labels: " + where


def split_records(text):
    """Split CSV text into raw records (keeping line ends), joining lines inside quoted fields."""
    records, cur = [], ""
    for line in text.splitlines(keepends=True):
        cur += line
        if cur.count('"') % 2 == 0:
            records.append(cur)
            cur = ""
    if cur:
        records.append(cur)
    return records


def replace_split_rows(path, split_col_name, new_rows, default_header):
    if os.path.exists(path):
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    else:
        text = ""
    records = split_records(text)
    if not records:
        header_line = ",".join(default_header) + "\r\n"
        records = [header_line]
    header = next(csv.reader([records[0].rstrip("\r\n")]))
    idx = header.index(split_col_name)
    eol = "\r\n" if records[0].endswith("\r\n") else "\n"
    kept = [records[0]]
    for rec in records[1:]:
        fields = next(csv.reader(io.StringIO(rec)), [])
        if len(fields) > idx and fields[idx] == SPLIT:
            continue
        kept.append(rec)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        w.writerow([row[h] for h in header])
    tmp = path + ".tmp-" + SPLIT
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("".join(kept) + buf.getvalue())
    os.replace(tmp, path)


def main():
    events = (holdout251ev_a.EVENTS + holdout251ev_b.EVENTS + holdout251ev_c.EVENTS
              + holdout251ev_d.EVENTS + holdout251ev_e.EVENTS)
    uids = [e["uid"] for e in events]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    for e in events:
        check(e)
    random.Random(SEED).shuffle(events)

    for old in glob.glob(os.path.join(OUT, SPLIT + "-*.ics")):
        os.remove(old)
    label_rows = []
    for i, e in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        data = e["ics"].replace("\n", e.get("eol", "\r\n"))
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            f.write(data)
        label_rows.append(dict(file=name, uid=e["uid"], is_interview=str(e["is_interview"]),
                               company=e["company"], role=e["role"], stage=e["stage"],
                               interviewers=e["interviewers"], split=SPLIT, trap=e["trap"]))

    used = sorted({e["company"] for e in events if e["is_interview"]})
    form_rows = [dict(split=SPLIT, company=c, forms=FORMS[c]) for c in used]
    replace_split_rows(os.path.join(OUT, "labels.csv"), "split", label_rows, LABEL_HEADER)
    replace_split_rows(os.path.join(OUT, "company_forms.csv"), "split", form_rows, ["split", "company", "forms"])

    n_int = sum(e["is_interview"] for e in events)
    n_hire = sum(e["hiring"] for e in events)
    print(f"split {SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} hiring side, {len(events) - n_int - n_hire} other), {len(used)} employers")


if __name__ == "__main__":
    main()
