"""Write the blind calendar-event split holdout167 (one job seeker's calendar, raw iCalendar).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout167.py

Deletes only tests/corpus/events/holdout167-*.ics, writes the new files, and replaces only the
split=holdout167 rows of tests/corpus/events/labels.csv and company_forms.csv.
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "corpus", "events")
SPLIT = "holdout167"
SEED = 167_2025
MODULES = "abcdefghijkl"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

sys.path.insert(0, HERE)
from holdout167ev_tz import TZ  # noqa: E402

# Other names the user would accept for each interview company in a draft.
FORMS = {
    "Voltana": "Voltana B.V.",
    "Zorgmaatje": "Zorgmaatje B.V.|Zorgmaatje.nl",
    "Woonstichting Lekstroom": "Lekstroom",
    "Maasdelta Verzekeringen": "Maasdelta|Maasdelta Verzekeringen N.V.",
    "Spoorwijzer": "Spoorwijzer B.V.",
    "Woningwaard": "Woningwaard.nl",
    "Bakfietsdirect": "Bakfietsdirect.nl|Bakfiets Direct",
    "Datamaat": "Datamaat B.V.",
    "Optiflux": "Optiflux B.V.|Optiflux Systems",
    "Havenlijn Digital": "Havenlijn",
    "PensioenPlus": "Stichting PensioenPlus",
    "Regionet": "Regionet N.V.",
    "Gemeente Utrecht": "gemeente Utrecht|Municipality of Utrecht",
    "Zekerheid Direct": "Zekerheid",
    "Betaalkompas": "Betaalkompas B.V.",
    "Tandplan": "Tandplan.nl",
    "Noordkaap Consulting": "Noordkaap",
    "Fondsnet": "Fondsnet B.V.",
    "Schoolwijzer": "Schoolwijzer B.V.",
    "Kringloop Labs": "Kringloop",
    "Scheldeverzekering": "Scheldeverzekering NV|Schelde Verzekeringen",
    "Payvia": "Payvia NV",
    "Mutualis": "Mutualis SA|Mutualis Assurances",
    "Kontor Finanz": "Kontor Finanz GmbH|Kontor",
    "Schutzengel Digital": "Schutzengel|Schutzengel Digital GmbH",
    "Grünfeld Mobility": "Gruenfeld Mobility|Grünfeld",
    "Modewerk": "Modewerk SE",
    "Berliner Leben": "Berliner Leben Versicherung AG|Berliner Leben Versicherung",
    "Cillian Pay": "Cillian|Cillian Payments",
    "Harbourline Insurance": "Harbourline|Harbourline Insurance DAC",
    "Tallyfox": "Tallyfox Ltd",
    "Quillpoint": "Quillpoint Ltd",
    "Cuentaclara": "Cuentaclara S.L.|CuentaClara",
    "Tweewieler Verzekering": "Tweewieler",
    "Noorderlicht Bank": "Noorderlicht|Noorderlicht Bank N.V.",
    "Brabant Mobility Labs": "BML|Brabant Mobility",
    "Maasmarkt": "Maasmarkt.nl",
    "Reisgenoot": "Reisgenoot B.V.",
    "Leerlab": "Leerlab B.V.",
    "Dekking": "Dekking.nl|Dekking Verzekeringen",
    "Portwise": "Portwise NV",
    "Prisma Vergleich": "Prisma|Prisma Vergleich GmbH",
    "Ouderportaal": "Ouderportaal B.V.",
    "Rentmeester Hypotheken": "Rentmeester",
}


def load_events():
    events = []
    for letter in MODULES:
        name = f"holdout167ev_{letter}"
        if not os.path.exists(os.path.join(HERE, name + ".py")):
            continue
        events.extend(importlib.import_module(name).EVENTS)
    return events


def render(ics: str) -> str:
    def tz(m):
        return TZ[m.group(1)]

    text = re.sub(r"%%TZ:([A-Z]+)%%", tz, ics)
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def check(fname: str, data: str, ev: dict) -> None:
    def fail(msg):
        raise SystemExit(f"{fname}: bad label: {msg}")

    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"uid {ev['uid']!r} not in {sorted(uids)}")
    is_int, company, role, stage, interviewers, trap = ev["label"]
    if is_int not in (0, 1):
        fail("is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"stage {stage!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"trap {trap!r} is not kebab-case")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"kind {ev['kind']!r} is not kebab-case")
    if is_int:
        if not company:
            fail("interview without company")
        if company not in FORMS:
            fail(f"company {company!r} has no FORMS entry")
        for who in filter(None, interviewers.split(";")):
            if "@" in who and who != who.lower():
                fail(f"interviewer address not lower case: {who}")
            if "joost" in who.lower() and ("vdberg" in who or "vandenberg" in who):
                fail("the user is not an interviewer")
            if "@" in who and who.lower() not in data.lower():
                fail(f"interviewer {who} not in the file")
    elif company or role or stage or interviewers:
        fail("negative with company/role/stage/interviewers")


def write_atomic(path: str, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def replace_rows(path: str, split_col: int, new_rows: list[list[str]]) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines(keepends=True)
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    write_atomic(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows, companies = [], set()
    for n, ev in enumerate(events, 1):
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev["ics"])
        check(fname, data, ev)
        with open(os.path.join(OUT, fname), "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        is_int, company, role, stage, interviewers, trap = ev["label"]
        label_rows.append([fname, ev["uid"], str(is_int), company, role, stage, interviewers, SPLIT, trap])
        if is_int:
            companies.add(company)
    unused = set(FORMS) - companies
    if unused:
        raise SystemExit(f"FORMS entries without an interview: {sorted(unused)}")
    replace_rows(os.path.join(OUT, "labels.csv"), 7, label_rows)
    replace_rows(
        os.path.join(OUT, "company_forms.csv"), 0, [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    )
    n_int = sum(1 for e in events if e["label"][0] == 1)
    n_hire = sum(1 for e in events if e["label"][5].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
