"""Generate the blind calendar-event split holdout195 (Ethan Caldwell, new-grad SWE, Austin).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout195.py

Writes tests/corpus/events/holdout195-NNN-<kind>.ics from the raw iCalendar text held in
scripts/holdout195ev_*.py and replaces only the split=holdout195 rows of labels.csv and
company_forms.csv (every other line is kept byte for byte).
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

SPLIT = "holdout195"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 19501

STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Ethan would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Datadog": ["DataDog", "DDOG"],
    "Figma": [],
    "Optiver": ["Optiver US"],
    "Citadel": ["Citadel LLC"],
    "Google": ["Google LLC", "Alphabet"],
    "Capital One": ["CapOne", "Capital One Financial", "C1"],
    "USAA": [],
    "Visa": ["Visa Inc."],
    "SAP": ["SAP SE", "SAP America"],
    "Tonwerk": ["Tonwerk GmbH"],
    "Epidemic Sound": ["Epidemic"],
    "Fathom Health": ["Fathom"],
    "Charles Schwab": ["Schwab"],
    "Cloudflare": ["Cloudflare, Inc."],
    "Robinhood": ["Robinhood Markets"],
    "Tessellate": ["Tessellate Labs"],
    "Quillstack": [],
    "H-E-B": ["HEB", "H-E-B Digital", "HEB Digital"],
    "Microsoft": ["MSFT"],
    "Texas Instruments": ["TI"],
    "American Airlines": ["AA"],
    "Palantir": ["Palantir Technologies"],
    "Ramp": [],
    "Notion": ["Notion Labs"],
    "IMC Trading": ["IMC"],
    "Goldman Sachs": ["Goldman", "GS"],
    "Uber": [],
    "Bloomberg": ["Bloomberg LP"],
    "Oracle": ["OCI"],
    "Apple": ["Apple Inc."],
    "Tesla": [],
    "Roblox": [],
    "Cognizant": ["CTS"],
    "Dell Technologies": ["Dell"],
    "Bazaarvoice": [],
    "Bumble": ["Bumble Inc."],
    "Mercado Libre": ["MercadoLibre", "Meli"],
    "Globant": [],
    "Algolia": [],
    "Jane Street": [],
    "Amazon": ["AWS"],
    "Salesforce": [],
    "NVIDIA": ["Nvidia"],
    "Epic": ["Epic Systems"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob(f"{SPLIT}ev_*.py")):
        mod = importlib.import_module(path.stem)
        events.extend(mod.EVENTS)
    if not events:
        fail("no data modules found")
    return events


def render(ev: dict) -> bytes:
    text = ev["ics"].lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    if ev.get("crlf", True):
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(fname: str, data: bytes, labels: list[tuple]) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{fname}: does not parse: {exc}")
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if not uids:
        fail(f"{fname}: no VEVENT")
    labelled = {lab[0] for lab in labels}
    if uids != labelled:
        fail(f"{fname}: VEVENT UIDs {sorted(uids)} != labelled UIDs {sorted(labelled)}")
    lower = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).lower()
    for lab in labels:
        if len(lab) != 7:
            fail(f"{fname}: label needs 7 fields: {lab}")
        _uid, is_int, company, role, stage, interviewers, trap = lab
        if is_int not in (0, 1):
            fail(f"{fname}: is_interview must be 0/1")
        if not KEBAB.match(trap):
            fail(f"{fname}: trap not kebab-case: {trap!r}")
        if stage not in STAGES:
            fail(f"{fname}: bad stage {stage!r}")
        if is_int:
            if company not in FORMS:
                fail(f"{fname}: company {company!r} has no FORMS entry")
            if trap.startswith("user-as-interviewer-"):
                fail(f"{fname}: interview with a hiring-side trap")
            for who in filter(None, interviewers.split(";")):
                if "@" in who and (who != who.lower() or who not in lower):
                    fail(f"{fname}: interviewer {who!r} not lower case or not in the file")
                if "ethan.caldwell" in who:
                    fail(f"{fname}: the user is not an interviewer")
        elif company or role or stage or interviewers:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, rows: list[list[str]], split_col: int) -> None:
    raw = path.read_bytes()
    kept: list[bytes] = []
    for i, line in enumerate(raw.splitlines(keepends=True)):
        if i > 0:
            fields = next(csv.reader([line.decode("utf-8")]), [])
            if len(fields) > split_col and fields[split_col] == SPLIT:
                continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    new = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(new)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    for ev in events:
        if not KEBAB.match(ev["kind"]):
            fail(f"kind not kebab-case: {ev['kind']!r}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    files: list[tuple[str, bytes, list[tuple]]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(fname, data, ev["labels"])
        files.append((fname, data, ev["labels"]))

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    n_int = n_neg = n_hiring = 0
    for fname, _data, labels in files:
        for uid, is_int, company, role, stage, interviewers, trap in labels:
            label_rows.append([fname, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])
            if is_int:
                n_int += 1
                companies.add(company)
            else:
                n_neg += 1
                if trap.startswith("user-as-interviewer-"):
                    n_hiring += 1
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data, _labels in files:
        (OUT / fname).write_bytes(data)
    replace_rows(LABELS, label_rows, 7)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, form_rows, 0)

    print(
        f"{SPLIT}: {len(files)} events, {n_int} interviews, {n_neg} negatives "
        f"({n_hiring} with the user on the hiring side), {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
