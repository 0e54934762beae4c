"""Write the holdout107 event split: ~110 raw iCalendar files for Eilidh Campbell, careers adviser in Glasgow.

Usage (from the repository root):
    .venv/bin/python scripts/make_event_corpus_holdout107.py [--out tests/corpus/events]

Replaces only holdout107-*.ics files and the split=holdout107 rows of labels.csv and company_forms.csv;
every other row and file is kept as it is. Written blind (see tests/corpus/events/README.md).
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

from holdout107ev_ics import SPLIT, Ev
from holdout107ev_neg_life import all_life
from holdout107ev_neg_side import all_side
from holdout107ev_neg_work import all_work
from holdout107ev_pos_grad import all_grad
from holdout107ev_pos_intl import all_intl
from holdout107ev_pos_misc import all_misc
from holdout107ev_pos_misc2 import all_misc2
from holdout107ev_pos_uni import all_uni
from holdout107ev_pos_uni2 import all_uni2

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would be equally happy to see.
FORMS: dict[str, list[str]] = {
    "University of the Forth Valley": ["Forth Valley University", "UFV"],
    "Northmoor University": [],
    "Caledon College": [],
    "Tayside University of Technology": ["Tayside Tech"],
    "University of Wessex": ["Wessex University"],
    "Marlowe Institute of Art": ["Marlowe Institute", "Marlowe"],
    "Kingsbridge Business School": ["KBS"],
    "Lakeland University": ["Lakeland Uni"],
    "Royal Northern Academy of Music": ["RNAM", "Royal Northern Academy"],
    "Beacon Sixth Form College": ["Beacon 6th Form College", "Beacon Sixth Form", "Beacon 6th Form"],
    "Edenvale University": ["Edenvale"],
    "Tweed Valley College": [],
    "Kelvin Bridge College": [],
    "Skills Pathway Scotland": ["SPS"],
    "Oakridge Academies Trust": ["Oakridge Academies"],
    "Kelvinside University": [],
    "Clyde University": ["Clyde Uni", "University of the Clyde"],
    "Angus Glens College": [],
    "St Aidan's University College": ["St Aidan's College", "St Aidan's"],
    "Strathmore Engineering": ["Strathmore"],
    "Harrowgate Bank": ["Harrowgate"],
    "Pennine Water": [],
    "Thistledown Foods": ["Thistledown"],
    "Brightwell Consulting": ["Brightwell"],
    "Lumo Analytics": ["Lumo"],
    "Aldgate & Finch LLP": ["Aldgate & Finch", "Aldgate and Finch", "Aldgate Finch"],
    "Haldane Energy": ["Haldane"],
    "Corrie Macrae": [],
    "Greyfriars Housing Association": ["Greyfriars Housing", "Greyfriars HA", "Greyfriars"],
    "Merrion Retail Group": ["Merrion Retail", "Merrion Group", "Merrion"],
    "Pictish Games": ["Pictish"],
    "Arrowsmith Rail": ["Arrowsmith"],
    "Hartfield Pharmaceuticals": ["Hartfield Pharma", "Hartfield"],
    "Mercat Capital": ["Mercat"],
    "Ochil Distillers": [],
    "Solway Telecom": [],
    "Future Routes Trust": ["Future Routes"],
    "Quarry & Vine": ["Quarry and Vine"],
    "Meridian Insurance Group": ["Meridian Insurance", "Meridian"],
    "Caldwell Homes": [],
    "Quayside Media Group": ["Quayside Media", "Quayside"],
    "Galloway Renewables": [],
    "Buchanan Legal": [],
    "Nordwind Logistik": ["Nordwind"],
    "Kaskade Labs": ["Kaskade"],
    "Sélène Ingénierie": ["Sélène"],
    "Banco Atlántico": ["Banco Atlántico UK"],
}


def events() -> list[Ev]:
    evs = all_uni() + all_uni2() + all_grad() + all_misc() + all_misc2() + all_intl()
    evs += all_side() + all_work() + all_life()
    return evs


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


def _rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path}: unexpected header {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    _atomic_write(path, buf.getvalue().encode("utf-8"))


def _check(evs: list[Ev]) -> None:
    import icalendar

    seen: set[str] = set()
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev.ics)
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {ev.uid}:
            raise SystemExit(f"{ev.kind}: parsed UIDs {uids} != label {ev.uid!r}")
        if ev.uid in seen:
            raise SystemExit(f"duplicate UID {ev.uid}")
        seen.add(ev.uid)
        if ev.stage not in STAGES:
            raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
        if ev.yes and ev.company not in FORMS:
            raise SystemExit(f"{ev.kind}: no forms row for {ev.company!r}")
        if not ev.yes and (ev.company or ev.role or ev.stage or ev.ivs):
            raise SystemExit(f"{ev.kind}: negative with interview fields")
        if "user-as-interviewer" in ev.trap and ev.yes:
            raise SystemExit(f"{ev.kind}: user-as-interviewer marked as interview")
        for line in ev.ics.split("\r\n"):
            if len(line.encode("utf-8")) > 75:
                raise SystemExit(f"{ev.kind}: unfolded line {line[:40]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = events()
    _check(evs)
    random.Random(107).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        _atomic_write(out / name, ev.ics.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.yes), ev.company, ev.role, ev.stage, ev.ivs, SPLIT, ev.trap])
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", rows)

    companies = sorted({ev.company for ev in evs if ev.yes and ev.company})
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms)

    pos = sum(ev.yes for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
