"""Write the blind event split holdout96 (Ciara Doyle, retail store manager in Dublin).

Writes tests/corpus/events/holdout96-*.ics (raw iCalendar composed in scripts/holdout96ev_*.py), replaces the
split=holdout96 rows of labels.csv and company_forms.csv (other rows are kept as they are) and checks every
label's UID against the file as icalendar parses it.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout96.py
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

import holdout96ev_neg_other_a
import holdout96ev_neg_other_b
import holdout96ev_neg_side_a
import holdout96ev_neg_side_b
import holdout96ev_pos_a
import holdout96ev_pos_b
import holdout96ev_pos_c
import holdout96ev_pos_d
import holdout96ev_pos_e
import icalendar
from holdout96ev_ics import Ev

SPLIT = "holdout96"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms rules: no agencies, tools, parents).
FORMS: dict[str, list[str]] = {
    "Harbour & Finch": ["Harbour and Finch"],
    "Quaymart": ["Quaymart Supermarkets"],
    "Corrib Outdoor": [],
    "Pennant Sports": ["Pennant"],
    "Kestrel Footwear": ["Kestrel", "Kestrel Shoes"],
    "Northgate Books": ["Northgate"],
    "Murrow Pets": ["Murrow Pet Supplies", "Murrow's"],
    "Beacon Discount Stores": ["Beacon", "Beacon Stores", "Beacon Discount"],
    "Abbeyfield's": ["Abbeyfield's Department Store", "Abbeyfields Department Stores"],
    "Vanta Mobile": ["Vanta"],
    "Everly": ["Everly Lingerie"],
    "Greenlane Health Stores": ["Greenlane", "Greenlane Health"],
    "Brannigan's Foodstores": ["Brannigan's", "Brannigans Food Stores"],
    "O'Hanlon Electrical": ["O'Hanlon's", "O'Hanlons", "O'Hanlon Electrical Ltd"],
    "Tidewater Kids": ["Tidewater"],
    "Salt & Loaf": ["Salt and Loaf"],
    "QuickPick": ["QuickPick Convenience", "Quick Pick"],
    "Solas Cosmetics": ["Solas"],
    "Marlow Green Grocers": ["Marlow Green", "MGG"],
    "Halcyon Optical": ["Halcyon"],
    "Glenview Garden Centres": ["Glenview", "Glenview Garden Centre"],
    "Brightwell Pharmacy": ["Brightwell"],
    "Mercer & Vale": ["Mercer and Vale"],
    "Patchwork & Co": ["Patchwork and Co", "Patchwork"],
    "Wild Atlantic Wool": [],
    "Toyhaven": [],
    "Ferrier Menswear": ["Ferrier"],
    "Lough Home & Living": ["Lough Home", "Lough Home and Living"],
    "Vintry Wine Merchants": ["Vintry"],
    "Ardmore Value Stores": ["AVS"],
    "Kilbride Co-op": ["Kilbride Co-operative Society", "Kilbride Cooperative"],
    "Fennick": ["Fennick Ireland"],
    "Sportwelt Keller": ["Sportwelt"],
    "Maison Laurent": [],
    "Ribera Moda": ["Ribera"],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout96ev_pos_a, holdout96ev_pos_b, holdout96ev_pos_c, holdout96ev_pos_d, holdout96ev_pos_e,
                holdout96ev_neg_side_a, holdout96ev_neg_side_b, holdout96ev_neg_other_a, holdout96ev_neg_other_b):
        evs.extend(mod.events())
    return evs


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], key: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first is not None and first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            idx = header.index(key)
            kept = [r for r in reader if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def check(ev: Ev, data: bytes) -> None:
    calobj = icalendar.Calendar.from_ical(data)
    uids = {str(c.get("UID")) for c in calobj.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{ev.kind}: parsed UIDs {uids} != label {ev.uid!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{ev.kind}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with interview fields")


def main() -> None:
    evs = collect()
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UIDs")
    kinds = [e.kind for e in evs]
    if len(set(kinds)) != len(kinds):
        raise SystemExit("duplicate kinds")
    random.Random(96_2025).shuffle(evs)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        data = ev.text.encode("utf-8")
        check(ev, data)
        atomic_write(OUT / name, data)
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    replace_rows(OUT / "labels.csv", LABELS_HEADER, "split", rows)
    companies = sorted({e.company for e in evs if e.is_interview and e.company})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"forms mismatch: missing {missing}, extra {extra}")
    replace_rows(OUT / "company_forms.csv", FORMS_HEADER, "split",
                 [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
