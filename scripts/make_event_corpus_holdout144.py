"""Write the blind calendar-event split holdout144 for afterview.

An independent author wrote these events as raw iCalendar text (scripts/holdout144ev_*.py) for one user,
Theresa Leitner, a librarian and team lead at the Büchereien Wien who is looking for a new post. This script
writes tests/corpus/events/holdout144-NNN-<kind>.ics, and replaces only the split=holdout144 rows of
labels.csv and company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout144.py
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

import holdout144ev_at
import holdout144ev_biz
import holdout144ev_de_ch_it
import holdout144ev_hiring
import holdout144ev_hiring2
import holdout144ev_intl
import holdout144ev_neg_life
import holdout144ev_neg_work
import holdout144ev_tz
import holdout144ev_uni
import icalendar

SPLIT = "holdout144"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 144_2025

MODULES = [
    holdout144ev_uni,
    holdout144ev_de_ch_it,
    holdout144ev_intl,
    holdout144ev_at,
    holdout144ev_biz,
    holdout144ev_hiring,
    holdout144ev_hiring2,
    holdout144ev_neg_work,
    holdout144ev_neg_life,
]

USER_ADDRESSES = {"theresa.leitner@gmx.at", "t.leitner@buechereien-wien.at"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Universität Wien": ["Uni Wien", "Universitätsbibliothek Wien", "UB Wien", "University of Vienna"],
    "Österreichische Nationalbibliothek": ["ÖNB", "Nationalbibliothek", "Austrian National Library"],
    "Wienbibliothek im Rathaus": ["Wienbibliothek", "MA 9"],
    "Universität Graz": ["Uni Graz", "Karl-Franzens-Universität Graz", "Universitätsbibliothek Graz", "UB Graz"],
    "Johannes Kepler Universität Linz": ["JKU", "JKU Linz", "Universität Linz"],
    "Wirtschaftsuniversität Wien": ["WU", "WU Wien", "WU Bibliothek"],
    "Universität für Musik und darstellende Kunst Wien": ["mdw", "mdw Wien", "Musikuni Wien"],
    "FH Technikum Wien": ["Technikum Wien", "Fachhochschule Technikum Wien"],
    "Bayerische Staatsbibliothek": ["BSB", "Staatsbibliothek München"],
    "Ludwig-Maximilians-Universität München": ["LMU", "LMU München", "Universitätsbibliothek der LMU"],
    "Münchner Stadtbibliothek": ["Stadtbibliothek München", "Landeshauptstadt München", "Stadt München"],
    "Deutsches Museum": ["Deutsches Museum München"],
    "Allianz": ["Allianz SE"],
    "ETH Zürich": ["ETH", "ETH-Bibliothek", "ETH Zurich", "Eidgenössische Technische Hochschule Zürich"],
    "Zentralbibliothek Zürich": ["ZB Zürich", "ZB"],
    "Swiss Re": ["Swiss Re Management Ltd", "Swiss Reinsurance Company"],
    "Freie Universität Bozen": ["unibz", "Libera Università di Bolzano", "Free University of Bozen-Bolzano",
                                "Universität Bozen"],
    "Landesbibliothek Dr. Friedrich Teßmann": ["Teßmann", "Tessmann", "Landesbibliothek Teßmann",
                                               "Biblioteca provinciale Tessmann"],
    "IAEA": ["International Atomic Energy Agency", "Internationale Atomenergie-Organisation", "IAEO"],
    "OSCE": ["OSZE", "OSCE Secretariat", "Organization for Security and Co-operation in Europe"],
    "Institut français d'Autriche": [
        "Institut français", "Institut français de Vienne", "Französisches Kulturinstitut"],
    "Instituto Cervantes": ["Instituto Cervantes de Viena", "Cervantes", "Instituto Cervantes Wien"],
    "Celonis": ["Celonis SE"],
    "Parloa": ["Parloa GmbH"],
    "Österreichisches Staatsarchiv": ["Staatsarchiv", "ÖStA"],
    "Oberösterreichisches Landesarchiv": ["OÖ Landesarchiv", "Land Oberösterreich", "Land OÖ"],
    "Steiermärkische Landesbibliothek": ["Landesbibliothek Steiermark", "StLB"],
    "Arbeiterkammer Wien": ["AK Wien", "Kammer für Arbeiter und Angestellte für Wien", "AK"],
    "Parlamentsdirektion": ["Parlament", "Österreichisches Parlament", "Parlamentsbibliothek"],
    "ORF": ["Österreichischer Rundfunk", "ORF Dokumentation und Archive"],
    "Erste Group": ["Erste Group Bank AG", "Erste Group Bank", "Erste"],
    "Verbund": ["VERBUND AG", "Verbund AG"],
    "AVL List": ["AVL", "AVL List GmbH"],
    "voestalpine": ["voestalpine AG", "voestalpine Stahl"],
    "Storyblok": ["Storyblok GmbH"],
    "Dynatrace": ["Dynatrace Austria GmbH"],
    "TourRadar": ["TourRadar GmbH"],
    "Boehringer Ingelheim": ["Boehringer Ingelheim RCV", "Boehringer"],
    "Wiener Städtische Versicherung": ["Wiener Städtische", "Wiener Städtische Versicherung AG"],
    "Findbuch Labs": ["Findbuch"],
    "Stadt Linz": ["Magistrat Linz", "Stadtbibliothek Linz", "Wissensturm"],
    "READ-COOP": ["READ-COOP SCE", "Transkribus"],
    "APA – Austria Presse Agentur": ["APA", "Austria Presse Agentur"],
    "Kunsthistorisches Museum Wien": ["KHM", "KHM-Museumsverband", "Kunsthistorisches Museum"],
}


def load_events() -> list[dict]:
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout144: {msg}")


def check(ev: dict, name: str, data: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # any parse error is fatal
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{name}: label UID {ev['uid']!r} not among the file's VEVENT UIDs {sorted(uids)}")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{name}: bad kind {ev['kind']!r}")
    if not TRAP_RE.match(ev["trap"]):
        fail(f"{name}: bad trap {ev['trap']!r}")
    if ev["iv"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    hiring = ev.get("hiring", False)
    if hiring != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")
    if ev["iv"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{name}: a negative must have empty company, role, stage and interviewers")
        return
    if hiring:
        fail(f"{name}: an interview cannot be on the hiring side")
    if ev["company"] not in FORMS:
        fail(f"{name}: company {ev['company']!r} has no FORMS entry")
    text = data.decode("utf-8")
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    for who in filter(None, ev["who"].split(";")):
        if who != who.strip():
            fail(f"{name}: interviewer {who!r} has stray spaces")
        if "@" in who:
            if who != who.lower():
                fail(f"{name}: interviewer address {who!r} is not lower case")
            if who in USER_ADDRESSES:
                fail(f"{name}: the user is listed as interviewer")
            if who not in unfolded.lower():
                fail(f"{name}: interviewer address {who!r} not in the file")
        elif who not in unfolded.replace("\\,", ","):
            fail(f"{name}: interviewer name {who!r} not in the file")


def render(ev: dict) -> bytes:
    text = holdout144ev_tz.expand(ev["ics"]).strip("\n") + "\n"
    if ev.get("eol", "crlf") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, split_col: int, ncols: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    header = lines[0]
    eol = "\r\n" if header.endswith("\r\n") else "\n"
    kept = [header]
    for line in lines[1:]:
        parsed = next(csv.reader([line]), [])
        if len(parsed) == ncols and parsed[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    writer.writerows(rows)
    atomic_write(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> int:
    events = load_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in sorted(EVENTS_DIR.glob(f"{SPLIT}-*.ics")):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, name, data)
        (EVENTS_DIR / name).write_bytes(data)
        if ev["iv"]:
            companies.add(ev["company"])
        label_rows.append([name, ev["uid"], str(ev["iv"]), ev["company"], ev["role"], ev["stage"], ev["who"],
                           SPLIT, ev["trap"]])

    missing = set(FORMS) - companies
    if missing:
        fail(f"FORMS has companies without an interview: {sorted(missing)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, 9, label_rows)
    replace_rows(FORMS_CSV, 0, 3, forms_rows)

    n = len(events)
    pos = sum(1 for e in events if e["iv"])
    hiring = sum(1 for e in events if e.get("hiring"))
    print(f"holdout144: {n} events, {pos} interviews, {n - pos} negatives, {hiring} with the user on the hiring side, "
          f"{len(companies)} employers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
