"""Write the holdout139 blind calendar-event split (issue 4).

Written blind (before reading the classifier or running it): ~110 raw iCalendar invitations from the calendar of
Thandiwe Nkosi, a DC / warehouse operations manager near Johannesburg looking for DC-manager, supply-chain and
logistics-director roles. The events live as hand-written iCalendar text in scripts/holdout139ev_*.py.

Replaces only tests/corpus/events/holdout139-*.ics and the split=holdout139 rows of labels.csv and
company_forms.csv; other rows are kept byte for byte. Every label's UID is checked against the parsed file.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout139.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout139ev_neg1
import holdout139ev_neg2
import holdout139ev_neg3
import holdout139ev_neg4
import holdout139ev_pos1
import holdout139ev_pos2
import holdout139ev_pos3
import holdout139ev_pos4
from holdout139ev_common import SPLIT, Ev

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would accept (see the forms brief).
FORMS = {
    "Zuri Commerce": "Zuri",
    "Tugela Beverages": "Tugela",
    "Highveld Mining Supplies": "HMS",
    "Savanna Express Logistics": "Savanna Express",
    "Amani Supermarkets": "Amani",
    "Karoo Fresh Produce": "Karoo Fresh",
    "Jacaranda Pharma Distributors": "Jacaranda Pharma",
    "Msinsi Cold Chain": "Msinsi",
    "Protea Home Stores": "Protea",
    "Baobab Brands": "Baobab",
    "Mzansi Parcel": "Mzansi Parcel Co",
    "Drakensberg Dairy": "",
    "Indlovu Mining Equipment": "Indlovu",
    "Umoya Fashion": "Umoya",
    "Goldreef Hardware": "Goldreef",
    "Elbstrom Logistik": "Elbstrom",
    "Kranich Fördertechnik": "Kranich",
    "Transports Mercier Afrique": "Mercier Afrique",
    "Groupe Lagrange": "Lagrange",
    "Conservas Almadraba": "Almadraba",
    "Grupo Transportes Ortega": "Transportes Ortega|GTO",
    "Cape Fynbos Foods": "Cape Fynbos",
    "Blue Crane Cash & Carry": "Blue Crane|Blue Crane Cash and Carry",
    "Thorn Tree Wines": "Thorn Tree",
    "Marula Beauty": "Marula",
    "Kwena Medical Wholesale": "Kwena Medical|Kwena",
    "Vaal Bulk Handling": "Vaal Bulk",
    "Nyati Industrial Supplies": "Nyati",
    "Bay Ports Logistics": "BPL",
    "Sable Auto Parts": "Sable Auto|Sable",
    "Kudu Packaging": "Kudu",
    "Mopane Office Supply": "Mopane",
    "Maluti Mountain Water": "Maluti Water|Maluti",
    "Ngwenya Tyre Centres": "Ngwenya Tyres|Ngwenya",
    "Tausi Distributors": "Tausi",
    "Kericho Leaf Packers": "Kericho Leaf",
    "Rietspruit Engineering Supplies": "Rietspruit Engineering|Rietspruit",
    "Bontebok Container Depot": "Bontebok",
    "Khanyisa Pharmacies": "Khanyisa",
    "Imvelo Fresh Markets": "Imvelo Fresh|Imvelo",
    "Boland Vrugte Koöperasie": "Boland Vrugte",
    "Lekker Snacks": "",
    "Amatola Logistics": "Amatola",
    "Ubuntu Freight Solutions": "Ubuntu Freight",
    "Inyoni Engineering Consumables": "Inyoni",
    "Sizwe Logistics": "Sizwe",
    "Sedibeng Steel Distributors": "Sedibeng Steel",
}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def _merge(path: Path, header: str, split_col: int, new_lines: list[str]) -> None:
    """Keep the header and other splits' lines untouched; drop this split's rows; append ours."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and lines[0].strip() != header:
            raise SystemExit(f"unexpected header in {path}: {lines[0]!r}")
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    _atomic_write(path, (header + "\n" + "".join(kept) + "".join(new_lines)).encode("utf-8"))


def _uid_of(text: str, name: str) -> tuple[str, int]:
    cal = icalendar.Calendar.from_ical(text)
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids or len(set(uids)) != 1:
        raise SystemExit(f"{name}: expected one UID, got {uids}")
    return uids[0], len(uids)


def _check(ev: Ev) -> None:
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{ev.kind}: interview without company")
    if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with interview fields")
    if any("@" in x and x != x.lower() for x in ev.interviewers.split(";")):
        raise SystemExit(f"{ev.kind}: interviewer addresses must be lower-case")
    for addr in ("thandiwe.nkosi.ops@webmail.co.za", "tnkosi@kwezi-retail.co.za"):
        if addr in ev.interviewers:
            raise SystemExit(f"{ev.kind}: the user listed as interviewer")


def main() -> None:
    events: list[Ev] = []
    for mod in (holdout139ev_pos1, holdout139ev_pos2, holdout139ev_pos3, holdout139ev_pos4,
                holdout139ev_neg1, holdout139ev_neg2, holdout139ev_neg3, holdout139ev_neg4):
        events.extend(mod.EVENTS)
    random.Random(139).shuffle(events)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_lines: list[str] = []
    seen_uids: set[str] = set()
    for i, ev in enumerate(events, 1):
        _check(ev)
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        uid, _n = _uid_of(ev.ics, name)
        if uid in seen_uids:
            raise SystemExit(f"{name}: duplicate UID {uid}")
        seen_uids.add(uid)
        path = OUT / name
        _atomic_write(path, ev.ics.encode("utf-8"))
        if _uid_of(path.read_text(encoding="utf-8"), name)[0] != uid:
            raise SystemExit(f"{name}: UID changed on disk")
        label_lines.append(_csv_line([name, uid, str(ev.is_interview), ev.company, ev.role, ev.stage,
                                      ev.interviewers, SPLIT, ev.trap]))

    companies = sorted({ev.company for ev in events if ev.is_interview and ev.company})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms entry for {missing}")
    form_lines = [_csv_line([SPLIT, c, FORMS[c]]) for c in companies]

    _merge(OUT / "labels.csv", LABELS_HEADER, 7, label_lines)
    _merge(OUT / "company_forms.csv", FORMS_HEADER, 0, form_lines)

    pos = sum(ev.is_interview for ev in events)
    ui = sum("user-as-interviewer" in ev.trap for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({ui} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
