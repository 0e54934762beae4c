"""Write the holdout53 event split (issue 4): ~110 raw iCalendar files, labels and accepted company forms.

Written blind (before reading the classifier or any other generator, and before running the classifier on it).
User: Kofi Mensah-Bauer, supply-chain planner at Brauerei Falkenstein GmbH, Nürnberg.
Replaces only holdout53-*.ics files and split=holdout53 rows; other rows are kept.
Run from the repository root or from scripts/: python scripts/make_event_corpus_holdout53.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout53ev_neg_other
import holdout53ev_neg_side
import holdout53ev_pos_de
import holdout53ev_pos_en
import holdout53ev_pos_intl
from holdout53ev_ics import Ev

SPLIT = "holdout53"
OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Haselberg Süßwaren": "Haselberg",
    "Brandt & Oehler Getränke": "Brandt & Oehler|Brandt und Oehler|Brandt und Oehler Getränke|B&O Getränke",
    "Molkerei Altmühltal": "",
    "Feldkamp Tiefkühlkost": "Feldkamp",
    "Alpquell Mineralwasser": "Alpquell",
    "Sauerland Brunnen": "",
    "Eickhoff Tiernahrung": "Eickhoff",
    "Schaumann Papierwaren": "Schaumann",
    "Teigwaren Reuss": "Reuss|Reuss Teigwaren",
    "Aumann Backwaren": "Aumann",
    "Hollbach Feinkost": "Hollbach",
    "Oda Beauty Care": "Oda Beauty|Oda",
    "Havelland Gurken": "",
    "Brauhaus Sennfeld": "Sennfeld",
    "Nordhafen Snacks": "Nordhafen",
    "Pfalzmühle Kuhn": "Pfalzmühle",
    "Vandermeer Foods": "Vandermeer",
    "Clarendon Household": "Clarendon",
    "Brindle Pet Nutrition": "Brindle",
    "Sanovia Consumer Health": "Sanovia",
    "Thistle & Oak Distillers": "Thistle & Oak|Thistle and Oak|Thistle and Oak Distillers",
    "Van Rossum Koffie": "Van Rossum",
    "Bakkerij Kuipers": "Kuipers",
    "Bergland Hafer": "Bergland",
    "Brouwerij De Zwaluw": "De Zwaluw|Zwaluw",
    "Pennington Cereals": "Pennington",
    "Grünfink Naturkost": "Grünfink",
    "Lindqvist Kaffee": "Lindqvist",
    "Zuiderhaven Zuivel": "ZHZ",
    "Marlow & Tate": "Marlow and Tate",
    "Kaasmakerij Oudeland": "Oudeland",
    "Hoogeveen Frisdranken": "Hoogeveen",
    "Maison Coudray": "Coudray",
    "Laiteries du Vercors": "LDV",
    "Boulangerie Ferrand Industrie": "Ferrand Industrie|Boulangerie Ferrand|Ferrand",
    "Fromageries Marcillac": "Marcillac",
    "Grupo Olivares Alimentación": "Grupo Olivares|Olivares|Olivares Alimentación",
    "Bodegas Valdeoro": "Valdeoro",
    "Quellenhof Limonaden": "Quellenhof",
    "Zillertaler Bergkäse": "",
    "Gebrüder Pichler Fruchtsäfte": "Gebrüder Pichler|Gebr. Pichler|Pichler",
    "Klarwerk Home Care": "Klarwerk",
    "Privatbrauerei Hallerstein": "Hallerstein|Brauerei Hallerstein",
    "Teehaus Brookmann": "Brookmann",
    "Northcliffe Brands": "Northcliffe",
    "Isartaler Konserven": "Isartaler",
    "Kronfeld Getränke": "Kronfeld",
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout53ev_pos_de, holdout53ev_pos_en, holdout53ev_pos_intl, holdout53ev_neg_side,
                holdout53ev_neg_other):
        evs.extend(mod.events())
    return evs


def check(evs: list[Ev]) -> None:
    from icalendar import Calendar

    uids = [e.uid for e in evs]
    assert len(set(uids)) == len(uids), "duplicate UID"
    for e in evs:
        assert e.stage in STAGES, e.kind
        assert e.is_interview or not (e.company or e.stage or e.interviewers), e.kind
        assert not e.is_interview or e.company in FORMS, e.company
        assert e.is_interview or e.trap, e.kind
        cal = Calendar.from_ical(e.ics.encode("utf-8"))
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert found == {e.uid}, (e.kind, found, e.uid)
    used = {e.company for e in evs if e.is_interview}
    assert used == set(FORMS), used ^ set(FORMS)


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], split_col: str, new_rows: list[list[str]]) -> None:
    rows: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            assert old_header in (None, header), old_header
            idx = header.index(split_col)
            rows = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows + new_rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def people(cell: str) -> str:
    return ";".join(p.strip().lower() if "@" in p else p.strip() for p in cell.split(";") if p.strip())


def main() -> None:
    evs = collect()
    check(evs)
    random.Random(5301).shuffle(evs)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        atomic_write(OUT / name, e.ics.encode("utf-8"))
        labels.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, people(e.interviewers), SPLIT,
                       e.trap])
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, "split", labels)
    forms = [[SPLIT, c, f] for c, f in sorted(FORMS.items())]
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer),"
          f" {len(FORMS)} companies")


if __name__ == "__main__":
    main()
