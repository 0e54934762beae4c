"""Generate the blind calendar-event split holdout188 for afterview.

Writes tests/corpus/events/holdout188-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout188ev_*.py and replaces only the split=holdout188 rows of labels.csv and
company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout188.py
"""

from __future__ import annotations

import csv
import glob
import importlib
import io
import os
import random
import re
import sys
import tempfile

import icalendar

SPLIT = "holdout188"
SEED = 188_2025
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Kelp Forest Interactive": ["Kelp Forest", "KFI"],
    "Studio Lumière Nord": ["Lumière Nord", "Studio Lumiere Nord", "Lumiere Nord"],
    "Mont-Royal Interactif": ["Mont-Royal Interactive", "Mont-Royal", "MRI"],
    "Pixel Boréal": ["Pixel Boreal", "Pixel Boréal inc.", "Pixel Boreal Inc."],
    "Sunset Meridian Publishing": ["Sunset Meridian", "SMP", "Sunset Meridian Publishing, LLC"],
    "Rainier Forge Games": ["Rainier Forge", "RFG"],
    "Cascadia Ridge Studios": ["Cascadia Ridge", "CRS"],
    "Puget Sound Interactive": ["Puget Sound", "PSI"],
    "Emerald Arcade": ["Emerald Arcade Inc.", "Emerald Arcade, Inc."],
    "Lake Union Games": ["Lake Union"],
    "Mossback Games": ["Mossback"],
    "Ferry Terminal Games": ["Ferry Terminal", "FTG"],
    "Larkspur Games": ["Larkspur"],
    "Nimbus Quarry": ["Nimbus Quarry Games", "Nimbus Quarry LLC"],
    "Fjord Light Studios": ["Fjord Light"],
    "Northshore Pixel Works": ["Northshore Pixel", "Northshore", "NPW"],
    "Granville Bridge Games": ["Granville Bridge", "GBG"],
    "Blackcomb Studios": ["Blackcomb", "Blackcomb Studios Inc."],
    "Salt Spring Interactive": ["Salt Spring", "SSI"],
    "Cedar & Ember Games": ["Cedar and Ember Games", "Cedar & Ember", "Cedar and Ember"],
    "Ironwood Entertainment": ["Ironwood", "Ironwood Entertainment Ltd."],
    "Mistral Mobile": ["Mistral"],
    "Pacific Spire Games": ["Pacific Spire"],
    "Starboard Games": ["Starboard"],
    "Hollow Pine Studio": ["Hollow Pine", "Hollow Pine Studios"],
    "Orca Bay Entertainment": ["Orca Bay"],
    "Deep Cove Games": ["Deep Cove"],
    "Beacon Hill Interactive": ["Beacon Hill", "BHI"],
    "Harbourlight Games": ["Harbourlight", "Harborlight Games"],
    "Nordlicht Spiele": ["Nordlicht Spiele GmbH", "Nordlicht", "Nordlicht Games"],
    "Estudio Colibrí": ["Estudio Colibri", "Colibrí", "Colibri Studio"],
    "Dalbit Entertainment": ["Dalbit", "달빛 엔터테인먼트", "달빛엔터테인먼트"],
    "Studio Érable Rouge": ["Érable Rouge", "Erable Rouge", "Studio Erable Rouge", "Red Maple Studio"],
    "Gravité Jeux": ["Gravite Jeux", "Gravité", "Gravité Games"],
    "Saint-Laurent Digital": ["St-Laurent Digital", "Saint Laurent Digital", "SLD"],
    "Havre Studios": ["Havre", "Studios Havre"],
    "Quarterstaff Entertainment": ["Quarterstaff", "Quarterstaff Montréal", "Quarterstaff Montreal"],
    "Kiln & Kettle Games": ["Kiln and Kettle", "Kiln & Kettle", "K&K"],
    "Sprocket Owl Studios": ["Sprocket Owl"],
    "Glacier Nine Studios": ["Glacier Nine", "Glacier 9", "G9"],
    "Polar Lantern": ["Polar Lantern Games", "Polar Lantern AB"],
    "Rivet Rabbit": ["Rivet Rabbit Games"],
    "Quill & Anchor Games": ["Quill and Anchor Games", "Quill & Anchor", "Q&A Games"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_{SPLIT}: {msg}")


def load_events() -> list[dict]:
    sys.path.insert(0, HERE)
    events: list[dict] = []
    for path in sorted(glob.glob(os.path.join(HERE, f"{SPLIT}ev_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        mod = importlib.import_module(name)
        events.extend(getattr(mod, "EVENTS", []))
    return events


def to_crlf(text: str) -> str:
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n")


def check(ev: dict, fname: str, raw: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{fname}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    if ev["is_interview"] not in (0, 1):
        fail(f"{fname}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{fname}: bad stage {ev['stage']!r}")
    if not KEBAB.match(ev["trap"]):
        fail(f"{fname}: trap not kebab-case: {ev['trap']!r}")
    if not KEBAB.match(ev["kind"]):
        fail(f"{fname}: kind not kebab-case: {ev['kind']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{fname}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{fname}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
        for person in filter(None, ev["interviewers"].split(";")):
            if "@" in person and person != person.lower():
                fail(f"{fname}: interviewer e-mail not lower case: {person}")
            if person.lower() in {"seoyeon.park.dev@gmail.com", "spark@tidewatergames.ca"}:
                fail(f"{fname}: the user listed as interviewer")
    else:
        for col in ("company", "role", "stage", "interviewers"):
            if ev[col]:
                fail(f"{fname}: negative with non-empty {col}")


def atomic_write(path: str, data: str) -> None:
    mode = os.stat(path).st_mode & 0o777 if os.path.exists(path) else 0o644
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def replace_rows(path: str, split_col: int, rows: list[list[str]]) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines(keepends=True)
    if not lines:
        fail(f"{path}: missing header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    if not events:
        fail("no events found")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)

    label_rows: list[list[str]] = []
    seen_files: set[str] = set()
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        if fname in seen_files:
            fail(f"duplicate file name {fname}")
        seen_files.add(fname)
        raw = to_crlf(ev["ics"])
        check(ev, fname, raw)
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
            fh.write(raw)
        label_rows.append([
            fname, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
            ev["interviewers"], SPLIT, ev["trap"],
        ])

    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)

    n_int = sum(1 for ev in events if ev["is_interview"])
    n_hire = sum(1 for ev in events if ev["trap"].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
