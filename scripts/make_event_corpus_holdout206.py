"""Generate the blind calendar-event split holdout206 (afterview, issue 4).

Writes tests/corpus/events/holdout206-NNN-<kind>.ics from the hand-written raw
iCalendar text in scripts/holdout206ev_*.py and replaces only the
split=holdout206 rows of labels.csv and company_forms.csv.
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

SPLIT = "holdout206"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 20620611
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    "holdout206ev_a",
    "holdout206ev_b",
    "holdout206ev_c",
    "holdout206ev_d",
    "holdout206ev_e",
    "holdout206ev_f",
    "holdout206ev_g",
    "holdout206ev_h",
    "holdout206ev_i",
    "holdout206ev_j",
]

FORMS = {
    "Wilo France": ["Wilo", "Wilo SE", "Wilo Salmson"],
    "KSB": ["KSB SAS", "KSB France"],
    "Hilti": ["Hilti France", "Hilti AG"],
    "Groupe Atlantic": ["Atlantic"],
    "Würth France": ["Würth", "Wurth", "Wurth France"],
    "Bretagne Hydraulique Industrie": ["BHI"],
    "Aliaxis": ["Aliaxis SA", "Aliaxis Group"],
    "Manitou": ["Manitou Group", "Groupe Manitou"],
    "Desotec": ["DESOTEC NV"],
    "Xylem": ["Xylem Water Solutions France", "Xylem France"],
    "Sulzer": ["Sulzer Pompes France", "Sulzer Pumps"],
    "Alfa Laval": ["Alfa Laval France"],
    "Atlas Copco": ["Atlas Copco Compresseurs", "Atlas Copco France"],
    "Endress+Hauser": ["Endress Hauser", "Endress+Hauser France", "E+H"],
    "Schneider Electric": ["Schneider"],
    "Saint-Gobain PAM": ["PAM", "Saint-Gobain PAM Canalisation"],
    "Fives": ["Groupe Fives"],
    "SPIE Industrie": ["SPIE", "SPIE Industrie & Tertiaire"],
    "Grundfos": ["Grundfos France", "Grundfos A/S"],
    "NETZSCH": ["Netzsch", "NETZSCH Pumpen & Systeme", "Netzsch Pompes France"],
    "Fluidra": ["Fluidra France"],
    "Saur": ["Groupe Saur", "SAUR"],
    "Armor": ["Armor Group", "ARMOR"],
    "Lacroix Environment": ["Lacroix", "LACROIX", "Sofrel"],
    "Haulotte": ["Haulotte Group"],
    "Legrand": ["Legrand France"],
    "Leroy-Somer": ["Nidec Leroy-Somer", "Leroy Somer"],
    "Flowserve": ["Flowserve France"],
    "Exotec": [],
    "Samsara": [],
    "Watts": ["Watts Water Technologies", "Watts Industries France"],
    "Sermeta": ["SERMETA"],
    "Ouest Pompes Services": ["OPS"],
    "Capteo": [],
    "Optiflux": [],
    "ENGIE Solutions": ["ENGIE", "Engie Solutions"],
    "Lhyfe": [],
    "Sepro Robotique": ["Sepro", "Sepro Group"],
    "Energy Pool": ["EnergyPool"],
    "Mersen": ["Mersen France"],
    "Idex": ["IDEX", "Groupe Idex"],
    "Eiffage Énergie Systèmes": ["Eiffage", "Eiffage Energie Systemes"],
    "DAB Pumps": ["DAB", "DAB Pumps France"],
    "Bosch Rexroth": ["Bosch Rexroth France", "Rexroth"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(ev: dict, cal_bytes: bytes) -> None:
    kind = ev["kind"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", kind):
        fail(f"bad kind {kind!r}")
    try:
        cal = icalendar.Calendar.from_ical(cal_bytes)
    except Exception as exc:
        fail(f"{kind}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{kind}: label uid {ev['uid']!r} not in file (has {sorted(uids)})")
    for c in cal.walk("VEVENT"):
        for key in ("DTSTART", "SUMMARY", "DTSTAMP"):
            if c.get(key) is None:
                fail(f"{kind}: VEVENT without {key}")
    trap = ev["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{kind}: bad trap {trap!r}")
    hiring = bool(ev.get("hiring"))
    if hiring != trap.startswith("user-as-interviewer-"):
        fail(f"{kind}: hiring flag and trap prefix disagree")
    if ev["is_interview"] == 1:
        if hiring:
            fail(f"{kind}: interview with user on hiring side")
        if ev["company"] not in FORMS:
            fail(f"{kind}: company {ev['company']!r} has no FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{kind}: bad stage {ev['stage']!r}")
        ivs = [x for x in ev["interviewers"].split(";") if x]
        for x in ivs:
            if "@" in x and x != x.lower():
                fail(f"{kind}: interviewer e-mail not lower case: {x}")
            if "legoff" in x.lower().replace(" ", "").replace("-", ""):
                fail(f"{kind}: the user listed as interviewer")
    elif ev["is_interview"] == 0:
        for key in ("company", "role", "stage", "interviewers"):
            if ev.get(key):
                fail(f"{kind}: negative with {key}")
    else:
        fail(f"{kind}: is_interview must be 0 or 1")


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def to_bytes(ev: dict) -> bytes:
    text = ev["ics"].strip("\n") + "\n"
    if not ev.get("lf"):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("utf-8")


def main() -> None:
    events = load_events()
    rng = random.Random(SEED)
    order = list(range(len(events)))
    rng.shuffle(order)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    companies: list[str] = []
    seen_files = set()
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        data = to_bytes(ev)
        check(ev, data)
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        if fname in seen_files:
            fail(f"duplicate file {fname}")
        seen_files.add(fname)
        (OUT / fname).write_bytes(data)
        label_rows.append([
            fname, ev["uid"], str(ev["is_interview"]), ev.get("company", ""),
            ev.get("role", ""), ev.get("stage", ""), ev.get("interviewers", ""),
            SPLIT, ev["trap"],
        ])
        if ev["is_interview"] == 1 and ev["company"] not in companies:
            companies.append(ev["company"])
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    replace_rows(LABELS, 7, label_rows)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, 0, form_rows)
    n_int = sum(1 for e in events if e["is_interview"] == 1)
    n_hire = sum(1 for e in events if e.get("hiring"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, "
        f"{len(events) - n_int} negatives ({n_hire} with the user on the hiring side), "
        f"{len(companies)} employers"
    )


if __name__ == "__main__":
    main()
