"""Write the blind holdout129 event split (Gauthier Lambotte, dispatcher and fleet planner in Liège).

Usage: python scripts/make_event_corpus_holdout129.py [--out tests/corpus/events]

Replaces only holdout129-*.ics and the split=holdout129 rows of labels.csv and company_forms.csv (other rows are
kept byte for byte), writes every file atomically, and checks each label's UID against the file parsed with
icalendar.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout129ev_neg_career
import holdout129ev_neg_hiring
import holdout129ev_neg_life
import holdout129ev_pos_ats
import holdout129ev_pos_direct
import holdout129ev_pos_more
import holdout129ev_pos_sched
from holdout129ev_ics import Ev

SPLIT = "holdout129"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see the forms brief): short names, acronyms, long names.
FORMS: dict[str, list[str]] = {
    "Scheldt Forwarding": ["Scheldt"],
    "Ardenne Fret": [],
    "Logipôle Hermalle": ["Logipôle"],
    "Eupen Logistik": [],
    "Spedition Hilger & Kohn": ["Hilger & Kohn", "Hilger und Kohn"],
    "Medilog Pharma Distribution": ["Medilog", "Medilog Pharma"],
    "Bierset Air Logistics": [],
    "Eurodouane Services": ["Eurodouane"],
    "BXL Last Mile": ["Brussels Last Mile", "Bruxelles Last Mile"],
    "Kempen Koeltransport": [],
    "Lux Multimodal": [],
    "Freightwise": [],
    "Palletly": [],
    "Tracklane": [],
    "Loadstar Labs": ["Loadstar"],
    "Transalp Logistics Belgium": ["Transalp Logistics", "Transalp"],
    "Nordwave Shipping": ["Nordwave"],
    "Aerocargo Handling Belgium": ["ACHB"],
    "Distrimarché": [],
    "Hannut Agri Transports": ["HAT"],
    "Frigo Hesbaye": [],
    "Antwerp Bulk Stevedoring": ["ABS"],
    "Mosa Customs": [],
    "Van Moerbeke Transport": ["Van Moerbeke", "Transport Van Moerbeke"],
    "Zeebrugge Ro-Ro Terminal": ["ZRT", "Zeebrugge Roro Terminal"],
    "Brabant Customs Brokers": ["BCB"],
    "Euregio Pallet Network": ["Euregio Pallet"],
    "Autocars Lemaire": [],
    "Société wallonne des Voies d'eau": ["SWVE"],
    "Tongeren Tank Transport": [],
    "Charleroi Air Freight Center": ["CAFC"],
    "Contern Logistics": [],
    "Mosel Freight Luxembourg": ["Mosel Freight"],
    "Herstal Pièces Distribution": ["HPD"],
    "Grupo Logístico Almanzora": ["Grupo Almanzora", "Almanzora", "Almanzora Logística"],
    "Flandria Container Lines": ["FCL"],
    "Ghlin Multimodal": [],
    "Quai 4 Logistics": ["Quai 4"],
    "Benelux VAT & Customs": ["BVC"],
    "Airside Cargo Liège": ["Airside Cargo"],
    "Transports Mathot": ["Mathot Transports"],
    "Distri-Nord Wallonie": ["Distri-Nord", "DistriNord"],
    "Sambre Rail Fret": [],
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout129ev_pos_ats, holdout129ev_pos_sched, holdout129ev_pos_direct, holdout129ev_pos_more,
                holdout129ev_neg_hiring, holdout129ev_neg_career, holdout129ev_neg_life):
        evs += mod.events()
    return evs


def check(evs: list[Ev]) -> None:
    uids = [e.uid for e in evs]
    kinds = [e.kind for e in evs]
    assert len(set(uids)) == len(uids), "duplicate UID"
    assert len(set(kinds)) == len(kinds), "duplicate kind"
    for e in evs:
        assert e.stage in STAGES, e.kind
        if e.is_interview:
            assert e.company in FORMS, f"no forms row for {e.company!r}"
            assert e.interviewers == e.interviewers.lower(), e.kind
        else:
            assert not (e.company or e.role or e.stage or e.interviewers), e.kind
        assert e.trap, e.kind
    used = {e.company for e in evs if e.is_interview}
    assert used == set(FORMS), sorted(set(FORMS) ^ used)


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def records(text: str) -> list[str]:
    """Split CSV text into raw records (a quoted cell may span lines), each without its line end."""
    out: list[str] = []
    cur: list[str] = []
    for line in text.splitlines():
        cur.append(line)
        if "\n".join(cur).count('"') % 2 == 0:
            out.append("\n".join(cur))
            cur = []
    if cur:
        out.append("\n".join(cur))
    return out


def replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's record verbatim; drop ours; append the new rows."""
    text = path.read_text(encoding="utf-8") if path.exists() else header + "\n"
    nl = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    recs = records(text)
    assert recs and recs[0].strip() == header, f"unexpected header in {path}"
    kept = [recs[0].rstrip("\r")]
    for rec in recs[1:]:
        if not rec.strip():
            continue
        cells = next(csv.reader(io.StringIO(rec)))
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(rec.rstrip("\r"))
    buf = io.StringIO()
    csv.writer(buf, lineterminator=nl).writerows(rows)
    data = nl.join(kept) + nl + buf.getvalue()
    write_atomic(path, data.encode("utf-8"))


def verify(path: Path, uid: str) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    assert found == {uid}, f"{path.name}: parsed {found}, label {uid}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = all_events()
    check(evs)
    random.Random(129).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        write_atomic(out / name, e.ics.encode("utf-8"))
        verify(out / name, e.uid)
        rows.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, e.interviewers, SPLIT, e.trap])
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, rows)
    forms = [[SPLIT, c, "|".join(f)] for c, f in FORMS.items()]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms)

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer); "
          f"{len(FORMS)} employers")


if __name__ == "__main__":
    main()
