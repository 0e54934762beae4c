"""Write the blind calendar-event split ``holdout153`` (issue 4).

Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout153.py

Writes ``tests/corpus/events/holdout153-NNN-<kind>.ics`` from the hand-written
raw iCalendar text in ``scripts/holdout153ev_*.py`` and replaces only the
``split=holdout153`` rows of ``labels.csv`` and ``company_forms.csv``.
"""

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

SPLIT = "holdout153"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 153_2026
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"hannah.weiss.bio@posteo.de", "hannah.weiss@biozentrum-hd.de"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Roche": "F. Hoffmann-La Roche|Hoffmann-La Roche|Roche Basel|Roche pRED",
    "Novartis": "Novartis AG|Novartis Biomedical Research|NIBR",
    "Boehringer Ingelheim": "Boehringer|BI|Boehringer Ingelheim Pharma",
    "Merck": "Merck KGaA|Merck Group|Merck Healthcare|Merck Darmstadt",
    "BioNTech": "BioNTech SE",
    "AstraZeneca": "AZ|AstraZeneca UK",
    "Astex Pharmaceuticals": "Astex",
    "Exscientia": "Exscientia plc",
    "Isomorphic Labs": "Isomorphic",
    "Relay Therapeutics": "Relay",
    "Vertex Pharmaceuticals": "Vertex",
    "Generate Biomedicines": "Generate",
    "Evotec": "Evotec SE",
    "Proteros": "Proteros biostructures|Proteros biostructures GmbH",
    "Bayer": "Bayer AG|Bayer Pharmaceuticals",
    "Nuvisan": "Nuvisan ICB|NUVISAN",
    "Idorsia": "Idorsia Pharmaceuticals|Idorsia Pharmaceuticals Ltd",
    "Lonza": "Lonza Group|Lonza AG",
    "Foldwise Therapeutics": "Foldwise",
    "Thermo Fisher Scientific": "Thermo Fisher|ThermoFisher",
    "Sanofi": "Sanofi R&D",
    "Servier": "Institut de Recherches Servier|Les Laboratoires Servier",
    "Institut Pasteur": "Pasteur|Institut Pasteur Paris",
    "EMBL": "EMBL Hamburg|European Molecular Biology Laboratory",
    "CNIO": "Centro Nacional de Investigaciones Oncológicas",
    "IRB Barcelona": "IRB|Institute for Research in Biomedicine",
    "Universität Basel": "Biozentrum Basel|University of Basel|Uni Basel",
    "ETH Zürich": "ETH|ETH Zurich|ETHZ",
    "EPFL": "École polytechnique fédérale de Lausanne",
    "LMU München": "LMU|Ludwig-Maximilians-Universität München",
    "TUM": "TU München|Technische Universität München|Technical University of Munich",
    "Max Delbrück Center": "MDC|Max-Delbrück-Centrum",
    "Max Planck Institute of Biochemistry": "MPI Biochemistry|MPIB|MPI für Biochemie",
    "Harvard Medical School": "HMS|Harvard",
    "UMass Chan Medical School": "UMass Chan|UMass Medical School",
    "MRC Laboratory of Molecular Biology": "MRC LMB|LMB",
    "Francis Crick Institute": "The Crick|Crick Institute|The Francis Crick Institute",
    "Sartorius": "Sartorius AG|Sartorius Stedim",
    "Coriolis Pharma": "Coriolis",
    "Bruker": "Bruker BioSpin|Bruker BioSpin GmbH",
    "Genmab": "Genmab A/S",
    "Monte Rosa Therapeutics": "Monte Rosa",
    "NanoTemper Technologies": "NanoTemper",
    "Moderna": "ModernaTX",
    "Bicycle Therapeutics": "Bicycle",
}


def load_events():
    sys.path.insert(0, str(SCRIPTS))
    from holdout153ev_base import TZ

    events = []
    for path in sorted(SCRIPTS.glob("holdout153ev_*.py")):
        if path.stem == "holdout153ev_base":
            continue
        mod = importlib.import_module(path.stem)
        for ev in mod.EVENTS:
            ev = dict(ev)
            ev["module"] = path.stem
            events.append(ev)

    def expand(text):
        lines = []
        for line in text.strip("\n").split("\n"):
            m = re.fullmatch(r"@TZ:(\w+)@", line)
            if m:
                lines.extend(TZ[m.group(1)].split("\n"))
            else:
                lines.append(line.rstrip("\r"))
        return lines

    for ev in events:
        eol = "\n" if ev.get("lf") else "\r\n"
        ev["text"] = eol.join(expand(ev["ics"])) + eol
    return events


def fail(msg):
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def check(ev, name):
    lab = ev["label"]
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:  # report any parse failure loudly
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if lab["uid"] not in uids:
        fail(f"{name}: label UID {lab['uid']!r} not in file UIDs {sorted(uids)}")
    if len(uids) != 1:
        fail(f"{name}: more than one UID in file: {sorted(uids)}")
    for comp in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{name}: VEVENT without {prop}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", lab["trap"]):
        fail(f"{name}: trap not kebab-case: {lab['trap']!r}")
    if lab["stage"] not in STAGES:
        fail(f"{name}: bad stage {lab['stage']!r}")
    if lab["is_interview"] == 1:
        if not lab["company"]:
            fail(f"{name}: interview without company")
        if lab["company"] not in FORMS:
            fail(f"{name}: company {lab['company']!r} has no FORMS entry")
        if lab["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview labelled with a hiring-side trap")
        low = ev["text"].lower().replace("\r\n ", "").replace("\n ", "")
        for person in filter(None, lab["interviewers"].split(";")):
            if person in USER_ADDRESSES:
                fail(f"{name}: the user listed as interviewer")
            if "@" in person:
                if person != person.lower() or person not in low:
                    fail(f"{name}: interviewer {person!r} not a lower-case address in the file")
            elif person.lower() not in low:
                fail(f"{name}: interviewer {person!r} not written in the file")
        if lab["role"] and lab["role"].lower() not in low.replace("\\,", ","):
            fail(f"{name}: role {lab['role']!r} not in the file")
    elif lab["is_interview"] == 0:
        if any(lab[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{name}: negative with company/role/stage/interviewers")
    else:
        fail(f"{name}: is_interview must be 0 or 1")


def split_records(text):
    """Yield (raw_text, fields) per CSV record, raw text kept byte for byte."""
    lines = text.splitlines(keepends=True)
    buf = ""
    for line in lines:
        buf += line
        if buf.count('"') % 2:
            continue
        yield buf, next(csv.reader(io.StringIO(buf)))
        buf = ""
    if buf:
        fail("unterminated quoted field in CSV")


def replace_rows(path, header, split_col, rows):
    text = path.read_text(encoding="utf-8")
    records = list(split_records(text))
    if not records or records[0][1] != header:
        fail(f"{path.name}: unexpected header {records[0][1] if records else None}")
    kept = [raw for raw, fields in records if not (len(fields) > split_col and fields[split_col] == SPLIT)]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    write_atomic(path, "".join(kept) + out.getvalue())


def write_atomic(path, data, newline=""):
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main():
    events = load_events()
    kinds_ok = re.compile(r"[a-z0-9]+(-[a-z0-9]+){0,2}")
    for ev in events:
        if not kinds_ok.fullmatch(ev["kind"]):
            fail(f"bad kind {ev['kind']!r} in {ev['module']}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    named = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        check(ev, name)
        named.append((name, ev))

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, ev in named:
        write_atomic(OUT / name, ev["text"])

    label_rows = []
    companies = []
    for name, ev in named:
        lab = ev["label"]
        label_rows.append([name, lab["uid"], lab["is_interview"], lab["company"], lab["role"],
                           lab["stage"], lab["interviewers"], SPLIT, lab["trap"]])
        if lab["is_interview"] and lab["company"] not in companies:
            companies.append(lab["company"])
    replace_rows(LABELS, ["file", "uid", "is_interview", "company", "role", "stage",
                          "interviewers", "split", "trap"], 7, label_rows)
    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    replace_rows(FORMS_CSV, ["split", "company", "forms"], 0, forms_rows)

    n_int = sum(1 for _, ev in named if ev["label"]["is_interview"])
    n_hire = sum(1 for _, ev in named if ev["label"]["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(named)} events, {n_int} interviews, {len(named) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
