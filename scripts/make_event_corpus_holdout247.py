"""Generate the blind calendar-event split "holdout247" for afterview's interview classifier.

Split: holdout247 – about 110 hand-labelled raw iCalendar events from one user's calendar, written blind
(without reading the classifier, the other generators, other splits' files or labels).

Persona: Jana Novak, 31, Czech-born café manager and head barista at the fictional Berlin specialty-coffee
chain Kiezrösterei (private jana.novak.coffee@posteo.de, work jana.novak@kiezroesterei.de), applying for
green-coffee buyer, wholesale and training roles at roasteries, importers, espresso-machine and grinder
makers, hotel F&B and cafés in Vienna and Copenhagen; she also hires baristas herself.

The events live in scripts/holdout247ev_*.py (EVENTS lists, FORMS dicts; shared VTIMEZONE text in
holdout247ev_zones.py). This script checks every event, shuffles them with a fixed seed, writes
tests/corpus/events/holdout247-NNN-<kind>.ics (CRLF unless an event asks otherwise; old holdout247-*.ics are
deleted first) and replaces only the split=holdout247 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout247.py
"""
import csv
import glob
import io
import os
import random
import re
import sys
import tempfile

import icalendar

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import holdout247ev_a  # noqa: E402
import holdout247ev_b  # noqa: E402
import holdout247ev_c  # noqa: E402
import holdout247ev_d  # noqa: E402

SPLIT = "holdout247"
SEED = 247_2025
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER = ("jana.novak.coffee@posteo.de", "jana.novak@kiezroesterei.de")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MODULES = (holdout247ev_a, holdout247ev_b, holdout247ev_c, holdout247ev_d)


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev, forms):
    where = "{} ({})".format(ev.get("uid"), ev.get("kind"))
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        assert key in ev, f"{where}: missing {key}"
    assert KEBAB.match(ev["kind"]), f"{where}: kind not kebab-case"
    assert KEBAB.match(ev["trap"]), f"{where}: trap not kebab-case"
    assert ev["is_interview"] in (0, 1), where
    assert ev["stage"] in STAGES, "{}: bad stage {!r}".format(where, ev["stage"])
    assert ev["hiring"] is (ev["trap"].startswith("user-as-interviewer-")), f"{where}: hiring/trap mismatch"
    cal = icalendar.Calendar.from_ical(ev["ics"])
    vevents = cal.walk("VEVENT")
    assert vevents, f"{where}: no VEVENT"
    uids = {str(v.get("UID")) for v in vevents}
    assert uids == {ev["uid"]}, f"{where}: VEVENT UIDs {uids!r}"
    for v in vevents:
        assert v.get("DTSTART") is not None, f"{where}: no DTSTART"
        v.decoded("DTSTART")
    text = unfold(ev["ics"]).lower()
    people = [p for p in ev["interviewers"].split(";") if p] if ev["interviewers"] else []
    for p in people:
        assert p.strip() == p and p, f"{where}: interviewer spacing"
        if "@" in p:
            assert p == p.lower(), f"{where}: interviewer address not lower-case"
        assert p.lower() in text, f"{where}: interviewer {p!r} not in the text"
        assert p.lower() not in USER and "jana" not in p.lower(), f"{where}: user as interviewer"
    if ev["is_interview"]:
        assert ev["company"], f"{where}: interview without company"
        assert ev["company"] in forms, "{}: no FORMS entry for {!r}".format(where, ev["company"])
        assert not ev["hiring"], where
    else:
        assert not (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]), \
            f"{where}: negative with labels"


def split_of(line, column):
    try:
        row = next(csv.reader(io.StringIO(line.decode("utf-8"))))
    except (StopIteration, csv.Error, UnicodeDecodeError):
        return None
    return row[column] if len(row) > column else None


def replace_rows(path, header, column, rows):
    """Keep every line whose split column is not ours byte for byte; append our rows."""
    if os.path.exists(path):
        with open(path, "rb") as fh:
            data = fh.read()
    else:
        data = (",".join(header) + "\r\n").encode()
    lines = data.splitlines(keepends=True)
    eol = b"\r\n" if lines and lines[0].endswith(b"\r\n") else b"\n"
    assert lines and lines[0].rstrip(b"\r\n").decode("utf-8").lstrip("\ufeff") == ",".join(header), \
        f"unexpected header in {path}"
    kept = [lines[0]] + [ln for ln in lines[1:] if split_of(ln, column) != SPLIT]
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol.decode())
    for row in rows:
        w.writerow(row)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", dir=os.path.dirname(path))
    with os.fdopen(fd, "wb") as fh:
        fh.write(b"".join(kept) + buf.getvalue().encode("utf-8"))
    os.replace(tmp, path)


def main():
    forms, events = {}, []
    for mod in MODULES:
        for k, v in mod.FORMS.items():
            assert k not in forms, f"duplicate FORMS entry {k}"
            forms[k] = v
        events.extend(mod.EVENTS)
    uids = [e["uid"] for e in events]
    assert len(uids) == len(set(uids)), "duplicate uids"
    for ev in events:
        check(ev, forms)
    used = {e["company"] for e in events if e["is_interview"]}
    assert used == set(forms), "FORMS without interviews: %r" % (set(forms) - used)

    random.Random(SEED).shuffle(events)
    for old in glob.glob(os.path.join(OUT, SPLIT + "-*.ics")):
        os.remove(old)
    label_rows = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        eol = ev.get("eol", "\r\n")
        body = ev["ics"].replace("\r\n", "\n").replace("\n", eol)
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(body)
        label_rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, forms[c]] for c in sorted(forms)])

    n_int = sum(e["is_interview"] for e in events)
    n_hire = sum(1 for e in events if e["hiring"])
    print(f"split {SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} hiring side, {len(events) - n_int - n_hire} other), {len(used)} employers")


if __name__ == "__main__":
    main()
