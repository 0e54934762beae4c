"""Write the blind calendar-event split holdout214 (Sebastian Krüger, train driver, Leipzig).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout214.py

It deletes the old ``tests/corpus/events/holdout214-*.ics`` files, writes the events held
as raw iCalendar text in ``scripts/holdout214ev_*.py``, and replaces only the
``split=holdout214`` rows of ``labels.csv`` and ``company_forms.csv`` (all other lines are
kept byte for byte; both files are written to a temp file and renamed).
"""

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

import holdout214ev_a  # noqa: E402
import holdout214ev_b  # noqa: E402
import holdout214ev_c  # noqa: E402
import holdout214ev_d  # noqa: E402
import holdout214ev_e  # noqa: E402
import holdout214ev_f  # noqa: E402
import holdout214ev_g  # noqa: E402
import holdout214ev_h  # noqa: E402
import holdout214ev_i  # noqa: E402
import holdout214ev_j  # noqa: E402

SPLIT = "holdout214"
SEED = 214
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"sebastian.krueger.tf@gmx.de", "s.krueger@mrb-regio.de"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

MODULES = [
    holdout214ev_a, holdout214ev_b, holdout214ev_c, holdout214ev_d, holdout214ev_e,
    holdout214ev_f, holdout214ev_g, holdout214ev_h, holdout214ev_i, holdout214ev_j,
]

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "DB Regio": ["Deutsche Bahn", "DB", "DB Regio AG", "DB Regio Südost"],
    "DB InfraGO": ["DB InfraGO AG", "Deutsche Bahn", "DB", "DB Netz"],
    "DB Cargo": ["DB Cargo AG", "Deutsche Bahn", "DB"],
    "ÖBB": ["ÖBB-Personenverkehr AG", "ÖBB-Personenverkehr", "OEBB", "Österreichische Bundesbahnen"],
    "Captrain Deutschland": ["Captrain", "Captrain Deutschland GmbH", "ITL"],
    "Transfesa Logistics": ["Transfesa", "Transfesa Logistics S.A."],
    "Metrans": ["Metrans Rail", "Metrans Rail (Deutschland) GmbH"],
    "Hector Rail": ["Hector Rail Germany", "Hector Rail AB"],
    "Abellio Rail Mitteldeutschland": ["Abellio", "Abellio Rail Mitteldeutschland GmbH"],
    "Die Länderbahn": ["Länderbahn", "Die Länderbahn GmbH DLB", "trilex", "Laenderbahn"],
    "TX Logistik": ["TX Logistik AG", "TXL"],
    "SBB Cargo International": ["SBB Cargo International AG", "SBB Cargo"],
    "HVLE": ["Havelländische Eisenbahn", "Havelländische Eisenbahn AG"],
    "Erfurter Bahn": ["Erfurter Bahn GmbH", "EB"],
    "Mitteldeutsche Eisenbahn": ["MEG", "Mitteldeutsche Eisenbahn GmbH"],
    "InfraLeuna": ["InfraLeuna GmbH"],
    "MIBRAG": ["Mitteldeutsche Braunkohlengesellschaft", "Mitteldeutsche Braunkohlengesellschaft mbH"],
    "Hafen Halle": ["Hafen Halle GmbH"],
    "Dow": ["Dow Olefinverbund", "Dow Olefinverbund GmbH", "Dow Chemical"],
    "P-D ChemiePark Bitterfeld Wolfen": ["P-D ChemiePark", "P-D ChemiePark Bitterfeld Wolfen GmbH",
                                         "ChemiePark Bitterfeld-Wolfen"],
    "Regiobahn Bitterfeld Berlin": ["RBB", "Regiobahn Bitterfeld Berlin GmbH"],
    "Pressnitztalbahn": ["PRESS", "Eisenbahn-Bau- und Betriebsgesellschaft Pressnitztalbahn",
                         "Eisenbahn-Bau- und Betriebsgesellschaft Pressnitztalbahn mbH"],
    "SOEG": ["Sächsisch-Oberlausitzer Eisenbahngesellschaft", "Zittauer Schmalspurbahn"],
    "DEKRA Akademie": ["DEKRA", "DEKRA Akademie GmbH"],
    "TÜV Rheinland Akademie": ["TÜV Rheinland", "TÜV Rheinland Akademie GmbH", "TUEV Rheinland"],
    "Bildungswerk der Sächsischen Wirtschaft": ["bsw", "bsw Leipzig",
                                                "Bildungswerk der Sächsischen Wirtschaft gGmbH"],
    "Leipziger Verkehrsbetriebe": ["LVB", "Leipziger Verkehrsbetriebe (LVB) GmbH"],
    "Dresdner Verkehrsbetriebe": ["DVB", "DVB AG", "Dresdner Verkehrsbetriebe AG"],
    "ODEG": ["Ostdeutsche Eisenbahn", "Ostdeutsche Eisenbahn GmbH", "ODEG – Ostdeutsche Eisenbahn GmbH"],
    "RailAdventure": ["RailAdventure GmbH"],
    "Elbtal Rail Logistik": ["Elbtal Rail"],
    "Flix": ["FlixTrain", "Flix SE"],
    "Eisenbahn-Bundesamt": ["EBA"],
    "Wiebe": ["H. F. Wiebe", "Wiebe Gruppe"],
    "Spitzke": ["Spitzke SE"],
    "Raildox": ["Raildox GmbH"],
    "Lokomotion": ["Lokomotion Gesellschaft für Schienentraktion mbH", "Lokomotion GmbH"],
    "PKP Cargo International": ["PKP Cargo", "PKP Cargo International a.s."],
    "LTE Germany": ["LTE", "LTE Germany GmbH"],
    "Eisenbahngesellschaft Potsdam": ["EGP", "EGP Eisenbahngesellschaft Potsdam mbH"],
    "Rurtalbahn Cargo": ["Rurtalbahn Cargo GmbH", "RTB Cargo", "Rurtalbahn"],
    "Railsystems RP": ["Railsystems RP GmbH", "Railsystems"],
}


def fail(msg):
    raise SystemExit(f"make_event_corpus_holdout214: {msg}")


def unfold(text):
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")


def check_event(event):
    """Fail loudly on a bad label; return the set of VEVENT UIDs in the parsed file."""
    kind, lab, raw = event["kind"], event["label"], event["ics"]
    where = f"event {kind!r}"
    if not KEBAB.match(kind):
        fail(f"{where}: kind is not kebab-case")
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:
        fail(f"{where}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT") if c.get("UID") is not None}
    if not uids:
        fail(f"{where}: no VEVENT with a UID")
    if lab["uid"] not in uids:
        fail(f"{where}: label UID {lab['uid']!r} not in file (has {sorted(uids)})")
    if lab["is_interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    if lab["stage"] not in STAGES:
        fail(f"{where}: bad stage {lab['stage']!r}")
    trap = lab["trap"]
    if not trap or not KEBAB.match(trap):
        fail(f"{where}: trap {trap!r} is not kebab-case")
    hiring_trap = trap.startswith("user-as-interviewer-")
    if event["hiring"] != hiring_trap:
        fail(f"{where}: hiring-side flag and trap prefix disagree")
    if lab["is_interview"] == 0:
        for key in ("company", "role", "stage", "interviewers"):
            if lab[key]:
                fail(f"{where}: negative with non-empty {key}")
    else:
        if hiring_trap:
            fail(f"{where}: interview with a user-as-interviewer trap")
        if not lab["company"]:
            fail(f"{where}: interview without company")
        if lab["company"] not in FORMS:
            fail(f"{where}: company {lab['company']!r} has no FORMS entry")
        flat = unfold(raw).lower()
        for person in filter(None, lab["interviewers"].split(";")):
            if person != person.strip():
                fail(f"{where}: interviewer {person!r} has spaces around it")
            if "@" in person:
                if person != person.lower():
                    fail(f"{where}: interviewer e-mail {person!r} not lower case")
                if person in USER_ADDRESSES:
                    fail(f"{where}: the user listed as interviewer")
                if "noreply" in person or "no-reply" in person:
                    fail(f"{where}: no-reply address listed as interviewer")
            if person.lower() not in flat:
                fail(f"{where}: interviewer {person!r} does not occur in the event text")
        if lab["role"] and lab["role"].lower() not in flat:
            fail(f"{where}: role {lab['role']!r} does not occur in the event text")
    return uids


def atomic_write(path, data):
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_split_rows(path, header, new_rows):
    """Keep every line that is not a split=holdout214 row byte for byte; append ours."""
    data = path.read_bytes()
    lines = data.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    head = next(csv.reader([lines[0].decode("utf-8").rstrip("\r\n")]))
    if head != header:
        fail(f"{path}: unexpected header {head}")
    split_col = header.index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        text = line.decode("utf-8").rstrip("\r\n")
        try:
            fields = next(csv.reader([text]))
        except (csv.Error, StopIteration):
            fields = []
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    eol = b"\r\n" if lines[0].endswith(b"\r\n") else b"\n"
    if not kept[-1].endswith((b"\n", b"\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol.decode())
    for row in new_rows:
        writer.writerow(row)
    atomic_write(path, b"".join(kept) + buf.getvalue().encode("utf-8"))


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    for event in events:
        check_event(event)

    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    for n, idx in enumerate(order, start=1):
        event = events[idx]
        name = f"{SPLIT}-{n:03d}-{event['kind']}.ics"
        text = event["ics"]
        if not text.endswith("\n"):
            text += "\n"
        if event["crlf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        path = EVENTS_DIR / name
        path.write_bytes(text.encode("utf-8"))
        parsed = icalendar.Calendar.from_ical(path.read_bytes())
        uids = {str(c.get("UID")) for c in parsed.walk("VEVENT")}
        lab = event["label"]
        if lab["uid"] not in uids:
            fail(f"{name}: label UID not found in the written file")
        label_rows.append([name, lab["uid"], str(lab["is_interview"]), lab["company"], lab["role"],
                           lab["stage"], lab["interviewers"], SPLIT, lab["trap"]])

    companies = sorted({e["label"]["company"] for e in events if e["label"]["is_interview"] == 1})
    for company in companies:
        if company not in FORMS:
            fail(f"company {company!r} lacks a FORMS entry")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]

    replace_split_rows(LABELS, LABEL_HEADER, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, forms_rows)

    n_int = sum(1 for e in events if e["label"]["is_interview"] == 1)
    n_hiring = sum(1 for e in events if e["hiring"])
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
