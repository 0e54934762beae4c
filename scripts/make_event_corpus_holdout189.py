"""Generate the blind calendar-event split holdout189 (Bernd Kowalski, Disponent, Hamburg).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout189.py

Writes tests/corpus/events/holdout189-NNN-<kind>.ics (after deleting only old holdout189-*.ics files) and replaces
only the split=holdout189 rows of tests/corpus/events/labels.csv and company_forms.csv.
"""

from __future__ import annotations

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

import holdout189ev_hire1 as ev_hire1
import holdout189ev_hire2 as ev_hire2
import holdout189ev_int1 as ev_int1
import holdout189ev_int2 as ev_int2
import holdout189ev_int3 as ev_int3
import holdout189ev_int4 as ev_int4
import holdout189ev_int5 as ev_int5
import holdout189ev_neg1 as ev_neg1
import holdout189ev_neg2 as ev_neg2

SPLIT = "holdout189"
SEED = 18901
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRS = {"bernd.kowalski@t-online.de", "b.kowalski@elbtrans-spedition.de"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names Bernd would accept for the same employer in a draft.
FORMS: dict[str, str] = {
    "Nordlog Logistik GmbH": "Nordlog|Nordlog Logistik|Fa. Nordlog",
    "Hansa Kühllogistik GmbH": "Hansa Kühllogistik|Hansa Kühl|Hansa Kuehllogistik",
    "Trave Spedition GmbH & Co. KG": "Trave Spedition|Trave|Trave Spedition GmbH",
    "Weserland Logistik AG": "Weserland Logistik|Weserland",
    "Elbbus Verkehrsbetriebe GmbH": "Elbbus|Elbbus Verkehrsbetriebe",
    "Stadtservice Bremen": "Stadtservice|Stadtservice Bremen Eigenbetrieb|SSB",
    "Alster Logistics Solutions GmbH": "Alster Logistics|Alster Logistics Solutions",
    "Freightly": "Freightly GmbH",
    "Loadwise GmbH": "Loadwise",
    "Nordhavn Transport A/S": "Nordhavn Transport|Nordhavn",
    "Transports Delacroix SAS": "Transports Delacroix|Delacroix",
    "Transportes Iberhansa S.L.": "Iberhansa|Transportes Iberhansa",
    "Van der Berg Transport B.V.": "Van der Berg Transport|Van der Berg|VdB Transport",
    "Meyer Entsorgung GmbH": "Meyer Entsorgung|Meyer",
    "Baltic Ro-Ro Terminal Lübeck GmbH": "Baltic Ro-Ro Terminal|BRT Lübeck|Baltic Ro-Ro",
    "Bremer Silo- und Tanktransporte GmbH": "Bremer Silo- und Tanktransporte|BST|Bremer Silo",
    "Alstertaler Umzüge": "Alstertaler Umzüge GmbH|Alstertaler",
    "Nordsee Frische Logistik GmbH": "Nordsee Frische Logistik|Nordsee Frische",
    "Baustoff-Union Nord GmbH": "Baustoff-Union Nord|Baustoff-Union|BUN",
    "Polar Express Kurierdienst": "Polar Express|Polar Express Kurier",
    "Buss Fahrzeugvermietung GmbH": "Buss Fahrzeugvermietung|Buss",
    "Lindemann Schwerlast GmbH": "Lindemann Schwerlast|Lindemann",
    "Nordwest Cargo Rail GmbH": "Nordwest Cargo Rail|NWCR|Nordwest Cargo",
    "Hafenlogistik Waltershof GmbH": "Hafenlogistik Waltershof|HLW",
    "Nordmarkt Zentrallager GmbH": "Nordmarkt Zentrallager|Nordmarkt",
    "Elbquell Getränkevertrieb GmbH": "Elbquell Getränkevertrieb|Elbquell",
    "Holsteiner Busreisen GmbH": "Holsteiner Busreisen|Holsteiner Busreisen Petersen",
    "Parcelink Germany GmbH": "Parcelink|Parcelink Germany",
    "Elbe Container Service GmbH": "Elbe Container Service|ECS",
    "Autotrans Nord GmbH": "Autotrans Nord|Autotrans",
    "Hanse Krankentransport gGmbH": "Hanse Krankentransport|Hanse KT",
    "Frischdienst Lübeck GmbH": "Frischdienst Lübeck|Frischdienst",
    "Nordbeton Transport GmbH": "Nordbeton Transport|Nordbeton",
    "Möbelspedition Harms": "Harms|Harms Umzüge|Möbelspedition Harms GmbH",
    "Stahlhandel Schlüter GmbH": "Stahlhandel Schlüter|Schlüter|Schlueter",
    "Petrolog Tanktransport GmbH": "Petrolog Tanktransport|Petrolog",
    "CTH Containertrucking Hamburg": "CTH|CTH Containertrucking|CTH Containertrucking Hamburg GmbH",
    "AeroCargo Services HAM GmbH": "AeroCargo Services|AeroCargo|AeroCargo HAM",
    "Grotefend Bau GmbH": "Grotefend Bau|Grotefend",
    "Travewerke Lübeck": "Travewerke|Travewerke Lübeck GmbH",
    "Nordversand Logistik GmbH": "Nordversand Logistik|Nordversand",
    "Agrarhandel Ostholstein eG": "Agrarhandel Ostholstein|AHO",
    "Coldline Logistics Germany GmbH": "Coldline Logistics|Coldline|Coldline Germany",
    "Schmidt & Partner Spedition GmbH": "Schmidt & Partner Spedition|Schmidt & Partner|Schmidt und Partner",
}

LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_{SPLIT}: {msg}")


def all_events() -> list[dict]:
    events: list[dict] = []
    for mod in (ev_int1, ev_int2, ev_int3, ev_int4, ev_int5, ev_hire1, ev_hire2, ev_neg1, ev_neg2):
        events.extend(mod.EVENTS)
    return events


def check(ev: dict, name: str, raw: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not in file (has {sorted(uids)})")
    for comp in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{name}: VEVENT without {prop}")
    is_int, company, role, stage, interviewers, trap = ev["lab"]
    if is_int not in (0, 1):
        fail(f"{name}: is_interview {is_int!r}")
    if stage not in STAGES:
        fail(f"{name}: bad stage {stage!r}")
    if not KEBAB.match(trap):
        fail(f"{name}: trap not kebab-case: {trap!r}")
    if not KEBAB.match(ev["kind"]):
        fail(f"{name}: kind not kebab-case")
    hiring = ev.get("side") == "hiring"
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap disagree ({trap})")
    if is_int:
        if company not in FORMS:
            fail(f"{name}: company {company!r} has no FORMS entry")
        if hiring:
            fail(f"{name}: interview marked as hiring side")
    elif company or role or stage or interviewers:
        fail(f"{name}: negative with company/role/stage/interviewers")
    text = raw.decode("utf-8").lower()
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    for who in filter(None, interviewers.split(";")):
        if who != who.strip():
            fail(f"{name}: whitespace in interviewer {who!r}")
        if "@" in who:
            if who != who.lower() or who in USER_ADDRS:
                fail(f"{name}: bad interviewer address {who!r}")
            if who not in unfolded:
                fail(f"{name}: interviewer {who!r} not in the file")
        elif who.lower() not in unfolded:
            fail(f"{name}: interviewer name {who!r} not in the file")


def replace_rows(path: Path, new_rows: list[list[str]], split_col: int) -> None:
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line.decode("utf-8")]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = all_events()
    seen_uid_kind: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["uid"], ev["ics"])
        if key in seen_uid_kind:
            fail(f"duplicate event {ev['uid']}")
        seen_uid_kind.add(key)
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"].replace("\r\n", "\n")
        if ev.get("eol", "crlf") == "crlf":
            text = text.replace("\n", "\r\n")
        raw = text.encode("utf-8")
        check(ev, name, raw)
        (EVENTS_DIR / name).write_bytes(raw)
        is_int, company, role, stage, interviewers, trap = ev["lab"]
        if is_int:
            companies.add(company)
        label_rows.append([name, ev["uid"], str(is_int), company, role, stage, interviewers, SPLIT, trap])

    missing = [c for c in FORMS if c not in companies]
    if missing:
        fail(f"FORMS has companies without an interview: {missing}")
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]

    header = LABELS.read_bytes().splitlines()[0].decode("utf-8")
    if header.split(",") != LABEL_FIELDS:
        fail(f"unexpected labels.csv header {header!r}")
    replace_rows(LABELS, label_rows, split_col=7)
    replace_rows(FORMS_CSV, forms_rows, split_col=0)

    n_int = sum(1 for e in events if e["lab"][0] == 1)
    n_hire = sum(1 for e in events if e.get("side") == "hiring")
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
