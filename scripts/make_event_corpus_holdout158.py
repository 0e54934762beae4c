"""Generate the blind calendar-event split holdout158 (written blind; CC0 1.0).

Writes tests/corpus/events/holdout158-NNN-<kind>.ics from the raw iCalendar text in
scripts/holdout158ev_*.py and replaces only the split=holdout158 rows of labels.csv and
company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout158.py
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout158ev_a  # noqa: E402
import holdout158ev_b  # noqa: E402
import holdout158ev_c  # noqa: E402
import holdout158ev_d  # noqa: E402
import holdout158ev_e  # noqa: E402
import holdout158ev_f  # noqa: E402
import holdout158ev_g  # noqa: E402
import holdout158ev_h  # noqa: E402
import holdout158ev_i  # noqa: E402

SPLIT = "holdout158"
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 158_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]+$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Elbkai Logistik AG": ["Elbkai Logistik", "Elbkai"],
    "Claussen-Hartwig-Stiftung": ["Claussen Hartwig Stiftung", "CHS"],
    "Universität Wilhelmsburg": ["Uni Wilhelmsburg", "University of Wilhelmsburg"],
    "Bundesministerium für Ernährung und Landwirtschaft": ["BMEL", "Bundeslandwirtschaftsministerium"],
    "European Consumer Voice": ["ECV"],
    "Alliance européenne des médias locaux": ["AEML", "European Alliance of Local Media"],
    "Almenara Energía Deutschland GmbH": ["Almenara Energía", "Almenara Deutschland", "Almenara"],
    "Lumenfeld GmbH": ["Lumenfeld"],
    "Fintory": ["Fintory GmbH"],
    "Nordwind Energie GmbH": ["Nordwind Energie", "Nordwind"],
    "Reederei Hollmann & Co. KG": ["Reederei Hollmann", "Hollmann"],
    "Alsterbank AG": ["Alsterbank"],
    "Kaffeerösterei Brandt": ["Rösterei Brandt", "Brandt Kaffee"],
    "Kuhlmann Kommunikation": ["Kuhlmann Kommunikation GmbH", "Kuhlmann"],
    "Brinkmann Versand": ["Brinkmann Versand GmbH & Co. KG", "Brinkmann"],
    "Elbversicherung AG": ["Elbversicherung"],
    "Klinikverbund Nord": ["Klinikverbund Nord gGmbH", "KVN"],
    "Museum am Strom": [],
    "Stiftung Offene Wirtschaft": ["SOW"],
    "Deutsche Umwelt-Allianz": ["Deutsche Umwelt-Allianz e.V.", "DUA"],
    "Vellinger Pharma": ["Vellinger Pharma GmbH", "Vellinger"],
    "Meridian Partners": ["Meridian"],
    "Quantel Systems": ["Quantel", "Quantel Systems GmbH"],
    "Nordluft Regional": ["Nordluft"],
    "Verband der Norddeutschen Ernährungswirtschaft": ["VNE", "Verband der Norddeutschen Ernährungswirtschaft e.V."],
    "Harwell & Finch": ["Harwell and Finch", "Harwell & Finch Ltd"],
    "Thalberg Holding SE": ["Thalberg Holding", "Thalberg"],
    "Nordlicht BKK": ["Nordlicht"],
    "Frischeland Markt GmbH": ["Frischeland"],
    "Elektra Mobility": ["Elektra Mobility GmbH", "Elektra"],
    "Hansa Fachverlag": ["Hansa Fachverlag GmbH"],
    "Deutsche Stiftung Meeresschutz": ["DSM", "Stiftung Meeresschutz"],
    "Metropolregion Nord Marketing GmbH": ["Metropolregion Nord Marketing", "MNM"],
    "Institut für Küstenökonomie": ["IKÖ", "Leibniz-Institut für Küstenökonomie"],
    "Greenbridge Europe": ["Greenbridge"],
    "Hollis Foundation": ["The Hollis Foundation"],
    "Stadtwerke Nordheide GmbH": ["Stadtwerke Nordheide"],
    "Tourismusverband Nordseeküste": ["TV Nordseeküste"],
    "Elbwerk Brauerei": ["Elbwerk", "Elbwerk Brauerei GmbH"],
    "Nordnetz AG": ["Nordnetz"],
    "Diakonie Nord": ["Diakonie Nord e.V.", "Diakonie"],
    "Tidewater Analytics": ["Tidewater"],
    "Hauke Maschinenbau GmbH": ["Hauke Maschinenbau", "Hauke"],
    "Verkehrsverbund Nordstadt": ["VVN"],
    "Stiftung Digitale Bildung": ["SDB"],
}

MODULES = [holdout158ev_a, holdout158ev_b, holdout158ev_c, holdout158ev_d,
           holdout158ev_e, holdout158ev_f, holdout158ev_g, holdout158ev_h, holdout158ev_i]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout158: {msg}")


def fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 sequence."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def render(ics: str, opts: str) -> bytes:
    lines = ics.strip("\n").split("\n")
    if "nofold" not in opts:
        lines = [fold(x) for x in lines]
    eol = "\n" if "lf" in opts.split(",") else "\r\n"
    text = eol.join(x.replace("\r\n", eol) for x in lines) + eol
    return text.encode("utf-8")


def check(ev: tuple, data: bytes, name: str) -> None:
    kind, uid, _ics, is_int, company, role, stage, interviewers, trap = ev[:9]
    where = f"{name} ({kind})"
    if not KEBAB.match(kind) or not KEBAB.match(trap):
        fail(f"{where}: kind/trap not kebab-case")
    if is_int not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{where}: no VEVENT")
    if uid not in uids:
        fail(f"{where}: label UID {uid!r} not in file (has {sorted(uids)})")
    text = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
    if is_int:
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: interview labelled as hiring side")
        for person in filter(None, interviewers.split(";")):
            if "@" in person:
                if person != person.lower() or not EMAIL.match(person):
                    fail(f"{where}: interviewer {person!r} not a lower-case address")
                if f"mailto:{person}" not in text:
                    fail(f"{where}: interviewer {person!r} not an address in the event")
                if person in ("f.janssen.hh@web.de", "friederike.janssen@hanse-rundschau.de"):
                    fail(f"{where}: the user listed as interviewer")
            elif person.lower() not in text:
                fail(f"{where}: interviewer name {person!r} not written in the event")
    elif company or role or stage or interviewers:
        fail(f"{where}: negative with company/role/stage/interviewers")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if not lines:
        fail(f"{path} has no header")
    kept = [lines[0]]
    for line in lines[1:]:
        parsed = next(csv.reader([line.decode("utf-8").rstrip("\r")]), [])
        if len(parsed) > split_col and parsed[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    out = b"\n".join(kept) + b"\n" + buf.getvalue().encode("utf-8")
    atomic_write(path, out)


def main() -> None:
    events: list[tuple] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        opts = ev[9] if len(ev) > 9 else ""
        name = f"{SPLIT}-{num:03d}-{ev[0]}.ics"
        data = render(ev[2], opts)
        check(ev, data, name)
        atomic_write(EVENTS_DIR / name, data)
        _kind, uid, _ics, is_int, company, role, stage, interviewers, trap = ev[:9]
        if is_int:
            companies.add(company)
        label_rows.append([name, uid, str(is_int), company, role, stage, interviewers, SPLIT, trap])

    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])

    n_int = sum(1 for r in label_rows if r[2] == "1")
    n_hire = sum(1 for r in label_rows if r[8].startswith("user-as-interviewer-"))
    print(f"holdout158: {len(label_rows)} events, {n_int} interviews, {len(label_rows) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
