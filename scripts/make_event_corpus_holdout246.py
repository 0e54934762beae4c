"""Generate the blind calendar-event split ``holdout246``.

Split: holdout246 -- about 110 raw iCalendar events from one user's calendar, written blind (without reading the
classifier, the other generators or other splits' files and labels) and hand-labelled.

Persona: Karim Haddad, 42, conseiller principal d'éducation (CPE) at the fictional Lycée Jean-Baptiste-Delmas in
Montpellier (Éducation nationale); private address karim.haddad34@laposte.net, work address
karim.haddad@ac-montpellier.fr. He applies for postes à profil and mutations, to catholic private schools under
contract, to French lycées abroad (AEFE, Madrid / Barcelona / Valencia) and to a youth-services director post at a
city council; at school he sits on AED / service-civique recruitment panels and concours juries (not his interviews).

The events live in ``scripts/holdout246ev_a.py`` .. ``_d.py`` (shared VTIMEZONE text in ``holdout246ev_zones.py``).
This script checks every event, shuffles them with a fixed seed, writes
``tests/corpus/events/holdout246-NNN-<kind>.ics`` (CRLF) after deleting only old ``holdout246-*.ics`` files, and
replaces only the ``split=holdout246`` rows of ``tests/corpus/events/labels.csv`` and
``tests/corpus/events/company_forms.csv`` (every other line is kept byte for byte).

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout246.py
"""
import csv
import glob
import io
import os
import random
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import holdout246ev_a  # noqa: E402
import holdout246ev_b  # noqa: E402
import holdout246ev_c  # noqa: E402
import holdout246ev_d  # noqa: E402
import icalendar  # noqa: E402

SPLIT = "holdout246"
SEED = 246_3505
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
USER = {"karim.haddad34@laposte.net", "karim.haddad@ac-montpellier.fr"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MODULES = [holdout246ev_a, holdout246ev_b, holdout246ev_c, holdout246ev_d]


def fail(msg):
    raise SystemExit(f"holdout246: {msg}")


def unfolded(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev, forms):
    uid = ev["uid"]
    for key in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        if key not in ev:
            fail(f"{uid}: missing key {key}")
    if not KEBAB.match(ev["kind"]):
        fail(f"{uid}: kind not kebab-case: {ev['kind']!r}")
    if not KEBAB.match(ev["trap"]):
        fail(f"{uid}: trap not kebab-case: {ev['trap']!r}")
    if ev["stage"] not in STAGES:
        fail(f"{uid}: bad stage {ev['stage']!r}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{uid}: is_interview must be 0/1")
    if bool(ev["hiring"]) != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{uid}: hiring flag and trap prefix disagree")
    if ev["hiring"] and ev["is_interview"]:
        fail(f"{uid}: hiring-side event labelled as interview")
    raw = ev["ics"].replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:  # pragma: no cover - reported to the author
        fail(f"{uid}: does not parse: {exc}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        fail(f"{uid}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if uids != {uid}:
        fail(f"{uid}: VEVENT UIDs {uids} differ from label uid")
    for v in vevents:
        if v.get("DTSTART") is None:
            fail(f"{uid}: VEVENT without DTSTART")
        try:
            v.decoded("DTSTART")
        except Exception as exc:
            fail(f"{uid}: DTSTART not decodable: {exc}")
    text = unfolded(raw).replace("\\,", ",").replace("\\;", ";").lower()
    people = [p for p in ev["interviewers"].split(";") if p] if ev["interviewers"] else []
    for p in people:
        if p != p.strip():
            fail(f"{uid}: interviewer with spaces around: {p!r}")
        if "@" in p and p != p.lower():
            fail(f"{uid}: interviewer address not lower-case: {p!r}")
        if p.lower() in USER:
            fail(f"{uid}: the user is listed as interviewer")
        if p.lower() not in text:
            fail(f"{uid}: interviewer {p!r} not in event text")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{uid}: interview without company")
        if ev["company"] not in forms:
            fail(f"{uid}: company {ev['company']!r} has no FORMS entry")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{uid}: negative with company/role/stage/interviewers")
    return raw


def line_ending(path):
    with open(path, "rb") as fh:
        first = fh.readline()
    return "\r\n" if first.endswith(b"\r\n") else "\n"


def replace_rows(path, split_col, new_rows):
    """Keep every line whose split column is not SPLIT byte for byte; append new_rows."""
    with open(path, "rb") as fh:
        data = fh.read()
    eol = line_ending(path)
    lines = data.splitlines(keepends=True)
    kept = []
    for i, line in enumerate(lines):
        if i == 0:
            kept.append(line)
            continue
        try:
            row = next(csv.reader([line.decode("utf-8")]))
        except StopIteration:
            row = []
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] = kept[-1] + eol.encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".tmp-holdout246-", dir=os.path.dirname(path))
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main():
    forms, events = {}, []
    for mod in MODULES:
        for company, f in mod.FORMS.items():
            if company in forms and forms[company] != f:
                fail(f"conflicting FORMS for {company}")
            forms[company] = f
        events.extend(mod.EVENTS)
    seen = set()
    raws = {}
    for ev in events:
        if ev["uid"] in seen:
            fail(f"duplicate uid {ev['uid']}")
        seen.add(ev["uid"])
        raws[ev["uid"]] = check(ev, forms)
    used = {ev["company"] for ev in events if ev["is_interview"]}
    if used != set(forms):
        fail(f"FORMS entries without interviews or missing: {sorted(set(forms) ^ used)}")

    rng = random.Random(SEED)
    order = list(events)
    rng.shuffle(order)

    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows = []
    for n, ev in enumerate(order, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        eol = ev.get("eol", "\r\n")
        body = raws[ev["uid"]].replace("\r\n", "\n")
        if not body.endswith("\n"):
            body += "\n"
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(body.replace("\n", eol))
        label_rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, forms[c]] for c in sorted(forms)])

    n_int = sum(1 for ev in events if ev["is_interview"])
    n_hire = sum(1 for ev in events if ev["hiring"])
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} hiring side, {len(events) - n_int - n_hire} others), {len(used)} employers")


if __name__ == "__main__":
    main()
