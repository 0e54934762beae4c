"""Write the holdout82 calendar-event split (issue 4).

Blind split by an independent author: ~110 raw iCalendar files for Rebecca Thompson, finance director of a
Manchester heart-health charity applying for director-of-finance/CFO posts in the north of England. The events
are composed as raw text in scripts/holdout82ev_*.py; this script shuffles and numbers them, checks every label's
UID against the parsed file, and replaces only its own files (tests/corpus/events/holdout82-*.ics), its own rows
of labels.csv (split=holdout82) and its own rows of company_forms.csv.

Run from the repository root or from scripts/:  python scripts/make_event_corpus_holdout82.py
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout82ev_neg_other_a  # noqa: E402
import holdout82ev_neg_other_b  # noqa: E402
import holdout82ev_neg_side  # noqa: E402
import holdout82ev_pos_a  # noqa: E402
import holdout82ev_pos_b  # noqa: E402
import holdout82ev_pos_c  # noqa: E402
import holdout82ev_pos_d  # noqa: E402

SPLIT = "holdout82"
OUT_DIR = HERE.parent / "tests" / "corpus" / "events"
LABELS = OUT_DIR / "labels.csv"
FORMS_CSV = OUT_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see company_forms.csv / forms.md).
FORMS = {
    "Pennine Children's Trust": [],
    "Northbridge Homes": [],
    "University of Wearside": [],
    "Aire & Wharfe Housing Group": ["Aire and Wharfe Housing Group", "AWHG", "Aire & Wharfe"],
    "Moorland Mind": [],
    "Mersey Vale Housing": ["Mersey Vale"],
    "South Pennines Healthcare NHS Foundation Trust": ["South Pennines Healthcare NHS FT", "South Pennines Healthcare",
                                                       "South Pennines Healthcare NHS Trust"],
    "Wansbeck and Tyne Mental Health NHS Trust": ["Wansbeck & Tyne Mental Health NHS Trust",
                                                  "Wansbeck and Tyne Mental Health"],
    "Kindred Giving": ["Kindred"],
    "Warmer Homes North": [],
    "Fairfund": [],
    "Tees Riverside Homes": ["Tees Riverside"],
    "Hanse Education Trust UK": ["Hanse Education Trust"],
    "Castlefield Arts Trust": ["Castlefield Arts"],
    "Kinderhilfe Weltweit": [],
    "Pantry North": [],
    "Humber Institute of Technology": ["HIT"],
    "Pennine Metropolitan University": ["PMU"],
    "Later Life Tyneside": [],
    "Doorstep": [],
    "Kirkgate Health Charity": ["Kirkgate Health"],
    "Active Fells Foundation": ["Active Fells"],
    "Yorkshire Dales Wildlife Foundation": ["YDWF"],
    "Ribble Living": ["Ribble Valley Housing Association"],
    "Kirkstall College": [],
    "Access North": [],
    "The Calder Foundation": ["Calder Foundation"],
    "Northern Rivers Trust": [],
    "Pendle Learning Partnership": ["PLP"],
    "Aide et Solidarité Internationale": ["ASI"],
    "Fondation Horizons Partagés": ["Horizons Partagés"],
    "Fundación Horizonte Solidario": ["Horizonte Solidario"],
    "Irkside Homes": [],
    "Tyne & Wear Heritage Trust": ["Tyne and Wear Heritage Trust"],
    "Brontë Landscapes Trust": [],
    "Wirral Carers Alliance": [],
    "Irwell Leisure": ["Irwell Community Leisure Trust"],
    "North Cheshire Community NHS Trust": [],
    "Eden Valley Community Trust": [],
}


def collect() -> list[dict]:
    evs: list[dict] = []
    for mod in (holdout82ev_pos_a, holdout82ev_pos_b, holdout82ev_pos_c, holdout82ev_pos_d, holdout82ev_neg_side,
                holdout82ev_neg_other_a, holdout82ev_neg_other_b):
        evs += mod.events()
    return evs


def check(evs: list[dict]) -> None:
    from icalendar import Calendar

    uids = [e["uid"] for e in evs]
    assert len(uids) == len(set(uids)), "duplicate UID"
    companies = set()
    for e in evs:
        cal = Calendar.from_ical(e["text"])
        parsed = {str(v["UID"]) for v in cal.walk("VEVENT")}
        assert parsed == {e["uid"]}, (e["kind"], parsed, e["uid"])
        assert e["is_interview"] in (0, 1), e["kind"]
        assert e["stage"] in STAGES, e["kind"]
        assert e["trap"] and "," not in e["trap"], e["kind"]
        if e["side"]:
            assert e["is_interview"] == 0 and "user-as-interviewer" in e["trap"], e["kind"]
        if e["is_interview"]:
            assert e["company"], e["kind"]
            companies.add(e["company"])
        else:
            assert not (e["company"] or e["role"] or e["stage"] or e["interviewers"]), e["kind"]
        for who in filter(None, e["interviewers"].split(";")):
            assert who == who.strip() and ("@" not in who or who == who.lower()), (e["kind"], who)
    assert companies == set(FORMS), (companies ^ set(FORMS))


def atomic_write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    """Keep the header and every other split's lines byte for byte; drop ours; append the new rows."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        head = next(csv.reader([lines[0]])) if lines else header
        assert head == header, f"unexpected header in {path}"
        idx = head.index(split_col)
        for line in lines[1:]:
            if not line.strip():
                continue
            row = next(csv.reader([line]))
            assert len(row) == len(header), f"{path}: a row spans lines or has the wrong width"
            if row[idx] != SPLIT:
                kept.append(line if line.endswith("\n") else line + "\n")
    text = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in rows)
    atomic_write(path, text)


def main() -> None:
    evs = collect()
    check(evs)
    random.Random(8282).shuffle(evs)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    names = []
    for i, e in enumerate(evs, 1):
        kind = re.sub(r"[^a-z0-9]+", "-", e["kind"].lower()).strip("-")
        names.append(f"{SPLIT}-{i:03d}-{kind}.ics")
    for old in OUT_DIR.glob(f"{SPLIT}-*.ics"):
        if old.name not in names:
            old.unlink()
    rows = []
    for name, e in zip(names, evs, strict=True):
        atomic_write(OUT_DIR / name, e["text"])
        rows.append([name, e["uid"], str(e["is_interview"]), e["company"], e["role"], e["stage"], e["interviewers"],
                     SPLIT, e["trap"]])
    replace_rows(LABELS, LABEL_HEADER, "split", rows)
    forms_rows = [[SPLIT, c, "|".join(f)] for c, f in FORMS.items()]
    replace_rows(FORMS_CSV, FORMS_HEADER, "split", forms_rows)
    n_pos = sum(e["is_interview"] for e in evs)
    n_side = sum(e["side"] for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {n_pos} interviews, {len(evs) - n_pos} negatives "
          f"({n_side} with the user on the hiring side), {len(FORMS)} employers")


if __name__ == "__main__":
    main()
