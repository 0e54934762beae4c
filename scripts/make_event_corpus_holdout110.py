"""Write the holdout110 calendar-event split (blind, raw iCalendar text).

User: Aoife Brennan, in-house technical recruiter in Dublin (aoife.brennan.ta@gmail.com,
aoife.brennan@ferrylane-software.ie). Writes tests/corpus/events/holdout110-*.ics and the split=holdout110
rows of labels.csv and company_forms.csv, replacing only its own files and rows.

    .venv/bin/python scripts/make_event_corpus_holdout110.py [--out tests/corpus/events]
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

import holdout110ev_neg_other
import holdout110ev_neg_side
import holdout110ev_pos_ats
import holdout110ev_pos_direct
import holdout110ev_pos_hand
import holdout110ev_pos_intl

SPLIT = "holdout110"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# other accepted forms of each labelled employer's name
FORMS: dict[str, list[str]] = {
    "Harbourline Payments": ["Harbourline"],
    "Quayside Analytics": ["Quayside"],
    "Brightwake": [],
    "Corrib Bank": [],
    "Nordwerk Systems": ["Nordwerk"],
    "Lumera Health": ["Lumera"],
    "Skelligs Games": ["Skelligs"],
    "Hafenwerk Logistik": ["Hafenwerk"],
    "Cobblestone Learning": ["Cobblestone"],
    "Meridian Trust Bank": ["Meridian Trust"],
    "Ardent Pharma Services": ["Ardent Pharma", "Ardent"],
    "Vantory": [],
    "Pinecrest Security": ["Pinecrest"],
    "Tollgate Robotics": ["Tollgate"],
    "Fernhill AI": ["Fernhill"],
    "Fenwick Lyle Bank": ["Fenwick Lyle"],
    "Kestrel Capital Partners": ["Kestrel Capital", "Kestrel"],
    "Alderbrook Bank": ["Alderbrook"],
    "Clearwater Medtech": ["Clearwater", "Clearwater Med"],
    "Northgate Energy": ["Northgate"],
    "Rheinland Privatbank": ["Rheinland Privatbank AG"],
    "Banque Rivemont": ["Rivemont"],
    "Pollen Health": ["Pollen"],
    "Lantern Bio": ["Lantern"],
    "Harrow & Finch": ["Harrow & Finch LLP", "Harrow and Finch"],
    "Tessellate Data": ["Tessellate"],
    "Orbitline": [],
    "Kleeblatt Software": ["Kleeblatt"],
    "Glenmore Systems": ["Glenmore"],
    "Bramblehill": [],
    "Copperleaf Technologies": ["Copperleaf"],
    "Ostara": [],
    "Fintrail": [],
    "Halcyon Insurance": ["Halcyon"],
    "Quillon": [],
    "Wrenfield": [],
    "Cairn RPO": ["Cairn"],
    "Mossgrove": [],
    "Dunmore Insurance": ["Dunmore"],
    "Thamesgate Bank": ["Thamesgate"],
    "Stackwise": [],
    "Brückner Digital": ["Brückner", "Brückner Digital GmbH"],
    "Lumio": [],
    "Rumbo Tech": ["Rumbo"],
    "Atelier Nuage": [],
    "Cap Horizon Conseil": ["Cap Horizon"],
    "Kiteline": [],
    "Cinnabar Financial": ["Cinnabar"],
    "Tidewater Games": ["Tidewater"],
    "Anchorstone Ventures": ["Anchorstone"],
    "Parcelhub": [],
    "Halden Health": ["Halden"],
}


def collect() -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for mod in (holdout110ev_pos_ats, holdout110ev_pos_direct, holdout110ev_pos_hand, holdout110ev_pos_intl,
                holdout110ev_neg_side, holdout110ev_neg_other):
        items.extend(mod.events())
    random.Random(110_2025).shuffle(items)
    for n, it in enumerate(items, 1):
        it["file"] = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
    return items


def check(items: list[dict[str, str]]) -> None:
    import icalendar

    uids: set[str] = set()
    for it in items:
        cal = icalendar.Calendar.from_ical(it["text"])
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if found != {it["uid"]}:
            raise SystemExit(f"{it['file']}: UID mismatch {found} != {it['uid']}")
        if it["uid"] in uids:
            raise SystemExit(f"duplicate UID {it['uid']}")
        uids.add(it["uid"])
        if it["stage"] not in STAGES:
            raise SystemExit(f"{it['file']}: bad stage {it['stage']}")
        if it["is_interview"] == "1" and it["company"] not in FORMS:
            raise SystemExit(f"{it['file']}: company {it['company']!r} has no forms row")
        if it["is_interview"] == "0" and (it["company"] or it["stage"] or it["interviewers"]):
            raise SystemExit(f"{it['file']}: negative with interview fields")
    used = {it["company"] for it in items if it["is_interview"] == "1"}
    if used != set(FORMS):
        raise SystemExit(f"forms without interviews: {set(FORMS) - used}")


def _atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _rewrite_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            split_col = header.index("split")
            kept = [r for r in reader if r and r[split_col] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    _atomic(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    items = collect()
    check(items)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for it in items:
        _atomic(out / it["file"], it["text"])
    rows = [[it["file"], it["uid"], it["is_interview"], it["company"], it["role"], it["stage"],
             it["interviewers"].lower(), SPLIT, it["trap"]] for it in items]
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, rows)
    forms = [[SPLIT, company, "|".join(alts)] for company, alts in FORMS.items()]
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, forms)
    pos = sum(it["is_interview"] == "1" for it in items)
    side = sum("user-as-interviewer" in it["trap"] for it in items)
    print(f"{len(items)} events: {pos} interviews, {len(items) - pos} negatives ({side} user-as-interviewer)")


if __name__ == "__main__":
    main()
