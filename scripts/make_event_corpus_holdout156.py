"""Generate the blind calendar-event split holdout156 (written blind; see scripts/holdout156_README.md).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout156.py

Writes tests/corpus/events/holdout156-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout156ev_*.py, and replaces only the split=holdout156 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.
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
from pathlib import Path

import icalendar

SPLIT = "holdout156"
SEED = 156
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"alvaro.ruizc@hotmail.es", "aruiz@iberojet-express.es"}

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Vueling": ["Vueling Airlines", "Vueling Airlines S.A.", "VY"],
    "Emirates": ["Emirates Airline", "Emirates Group", "EK"],
    "Qatar Airways": ["Qatar", "Qatar Airways Group", "QR"],
    "Scoot": ["Scoot Tigerair", "Scoot Pte Ltd", "TR"],
    "Condor": ["Condor Flugdienst", "Condor Flugdienst GmbH", "DE"],
    "Air Corsica": ["Air Corsica SA", "XK"],
    "Comlux": ["Comlux Aviation", "Comlux Aviation AG", "Comlux The Luxury Airline"],
    "CAE": ["CAE Madrid", "CAE Inc.", "CAE Centro de Formación Madrid"],
    "Air Arabia": ["Air Arabia PJSC", "G9"],
    "Etihad Airways": ["Etihad", "EY"],
    "IndiGo": ["InterGlobe Aviation", "Indigo Airlines", "6E"],
    "Sichuan Airlines": ["Sichuan Airlines Co.", "3U"],
    "SunExpress": ["Sun Express", "SunExpress Airlines", "XQ"],
    "Iberia Express": ["Iberia Express S.A.", "IBEX", "I2"],
    "Iberia": ["Iberia Líneas Aéreas de España", "Iberia Lineas Aereas", "IB"],
    "Volotea": ["Volotea S.L.", "V7"],
    "Binter": ["Binter Canarias", "NT"],
    "Air Europa": ["Air Europa Líneas Aéreas", "UX"],
    "Avion Express": ["Avion Express UAB", "X9"],
    "SmartLynx Airlines Malta": ["SmartLynx", "SmartLynx Malta", "Smartlynx Airlines"],
    "Heston Airlines": ["Heston", "Heston Airlines UAB"],
    "Discover Airlines": ["Discover", "Discover Airlines GmbH", "Discover (Lufthansa Group)"],
    "Marabu Airlines": ["Marabu", "flymarabu"],
    "Eurowings": ["Eurowings GmbH", "EW"],
    "Edelweiss": ["Edelweiss Air", "Edelweiss Air AG", "WK"],
    "Aerojet Levante": [],
    "Airbus": ["Airbus Flight Training", "Airbus Training", "Airbus SAS"],
    "Lufthansa Aviation Training": ["LAT", "Lufthansa Aviation Training GmbH", "LAT Berlin"],
    "Global Training Aviation": ["GTA", "Global Training Aviation S.L."],
    "BAA Training": ["BAA Training Spain", "Baltic Aviation Academy"],
    "Gulf Air": ["Gulf Air B.S.C.", "GF"],
    "flynas": ["Flynas", "flynas Company", "XY"],
    "Riyadh Air": ["Riyadh Air Company", "RX"],
    "VistaJet": ["Vista Jet", "VistaJet Limited", "Vista"],
    "Wamos Air": ["Wamos", "EB"],
    "Plus Ultra": ["Plus Ultra Líneas Aéreas", "Plus Ultra Lineas Aereas", "PU"],
    "Level": ["LEVEL", "Fly Level", "Level (IAG)"],
    "Sundair": ["Sundair GmbH"],
    "GetJet Airlines": ["GetJet", "Get Jet Airlines"],
    "VietJet Air": ["VietJet", "Vietjet Aviation", "VJ"],
    "Jet Aviation": ["Jet Aviation Geneva", "Jet Aviation AG"],
}

TZ_LINE = re.compile(r"^@@TZ (.+)@@$", re.M)
KIND = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout156: ERROR: {msg}")


def load_events() -> tuple[list[dict], dict]:
    sys.path.insert(0, str(SCRIPTS))
    common = importlib.import_module("holdout156ev_common")
    events = []
    for path in sorted(glob.glob(str(SCRIPTS / "holdout156ev_*.py"))):
        mod = importlib.import_module(Path(path).stem)
        for ev in getattr(mod, "EVENTS", []):
            ev = dict(ev)
            ev["module"] = mod.__name__
            events.append(ev)
    return events, common.TZ


def render(ev: dict, tz: dict) -> bytes:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in tz:
            fail(f"{ev['kind']}: unknown VTIMEZONE {name!r}")
        return tz[name]

    text = TZ_LINE.sub(sub, ev["ics"].replace("\r\n", "\n"))
    if not text.endswith("\n"):
        text += "\n"
    if ev["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(name: str, ev: dict, data: bytes) -> str:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = [str(c.get("UID")) for c in cal.walk() if c.name == "VEVENT" and c.get("UID")]
    if not uids:
        fail(f"{name}: no VEVENT with a UID")
    uid = uids[0]
    if any(u != uid for u in uids):
        fail(f"{name}: several different UIDs in one file")
    raw = unfold(data.decode("utf-8"))
    if f"UID:{uid}" not in raw:
        fail(f"{name}: label UID {uid!r} not found in the file text")
    if not KIND.match(ev["kind"]) or not KIND.match(ev["trap"]):
        fail(f"{name}: kind/trap must be kebab-case: {ev['kind']!r} {ev['trap']!r}")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    if ev["is_interview"] == 1:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["hiring"] or ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview marked as hiring side")
        low = raw.lower()
        for who in filter(None, ev["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{name}: stray space in interviewer {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{name}: interviewer e-mail not lower case: {who}")
                if who in USER_ADDRESSES or "no-reply" in who or "noreply" in who:
                    fail(f"{name}: interviewer {who} is the user or a no-reply address")
                if f"mailto:{who}" not in low:
                    fail(f"{name}: interviewer {who} has no matching mailto: in the file")
            elif who not in raw:
                fail(f"{name}: interviewer name {who!r} not written in the file")
    elif ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
        if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: hiring-side flag and trap prefix disagree ({ev['trap']})")
    else:
        fail(f"{name}: is_interview must be 0 or 1")
    return uid


def csv_line(row: list, eol: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: str, split_col: int, new_rows: list[list]) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        fail(f"{path.name}: unexpected header")
    eol = "\r\n" if lines[0].endswith("\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        row = next(csv.reader([line]), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    out = "".join(kept) + "".join(csv_line(r, eol) for r in new_rows)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events, tz = load_events()
    if not events:
        fail("no events found")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    files: list[tuple[str, bytes, dict, str]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev, tz)
        uid = check(name, ev, data)
        files.append((name, data, ev, uid))

    companies = sorted({ev["company"] for _, _, ev, _ in files if ev["is_interview"]})
    for c in companies:
        if c not in FORMS:
            fail(f"company {c!r} has no FORMS entry")
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")

    for old in glob.glob(str(OUT / f"{SPLIT}-*.ics")):
        os.unlink(old)
    for name, data, _, _ in files:
        with open(OUT / name, "wb") as fh:
            fh.write(data)

    label_rows = [
        [name, uid, str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
         ev["interviewers"], SPLIT, ev["trap"]]
        for name, _, ev, uid in files
    ]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])

    n_iv = sum(1 for f in files if f[2]["is_interview"])
    n_hiring = sum(1 for f in files if f[2]["hiring"])
    print(f"holdout156: {len(files)} events, {n_iv} interviews, {len(files) - n_iv} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
