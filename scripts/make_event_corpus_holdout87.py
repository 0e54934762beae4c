"""Write the holdout87 event split: 110 hand-composed VEVENTs for Priya Shah, a UX researcher in London.

Written blind (without reading the classifier, the other generators or their events); CC0 1.0.
Replaces only tests/corpus/events/holdout87-*.ics and the split=holdout87 rows of labels.csv and
company_forms.csv; other rows are kept as they are.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout87.py
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

import holdout87ev_neg_other
import holdout87ev_neg_side
import holdout87ev_pos_a
import holdout87ev_pos_b
import holdout87ev_pos_c
from holdout87ev_ics import Ev

SPLIT = "holdout87"
OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# other accepted forms of each labelled employer (see briefs' forms rules: no agencies, tools, places alone)
FORMS: dict[str, list[str]] = {
    "Thistlepay": [],
    "Brightwell Health": ["Brightwell"],
    "Quillfeather": [],
    "Kestrel Media Group": ["Kestrel Media", "Kestrel"],
    "Halden Mobility": ["Halden"],
    "Pebblestack": [],
    "Ardent Insurance": ["Ardent"],
    "Skylark Telecom": ["Skylark"],
    "Orbitale": [],
    "Fernleaf": [],
    "Lantern Health": ["Lantern"],
    "Paperkite Studio": ["Paperkite"],
    "Ashbury City Council": ["Ashbury Council"],
    "Department for Lifelong Learning": ["DfLL"],
    "Nordhavn Bank": ["Nordhavn"],
    "Oxeye Analytics": ["Oxeye"],
    "Civic Health Records Agency": ["CHRA"],
    "Meridian Broadcasting": ["Meridian Broadcasting Corporation", "MBC", "Meridian"],
    "Greyfriars Building Society": ["Greyfriars", "Greyfriars BS"],
    "Wrenhouse": [],
    "Sundial News": ["Sundial"],
    "Northmoor Water": [],
    "Pennant Games": ["Pennant"],
    "Tidewell Pensions": ["Tidewell"],
    "Tinderbox Labs": ["Tinderbox"],
    "Atlas & Oak": ["Atlas and Oak"],
    "Juniper Travel": ["Juniper"],
    "University of Haverstock": ["Haverstock University"],
    "Lindgrün Energie": ["Lindgrün"],
    "Fahrwerk Mobility": ["Fahrwerk"],
    "Kontor Versicherung": ["Kontor"],
    "Mosaik Health": ["Mosaik"],
    "Maison Lumen": ["Lumen"],
    "Solenne": [],
    "Pivot Santé": [],
    "Kiosque Médias": ["Kiosque"],
    "Cobalto Finanzas": ["Cobalto"],
    "Vela Digital": ["Vela"],
    "Mirador Viajes": ["Mirador"],
    "Vantage Rail": [],
    "Hollis & Bray": ["Hollis and Bray"],
    "Copperline": [],
    "Beacon Learning": [],
}


def all_events() -> list[Ev]:
    events: list[Ev] = []
    for mod in (holdout87ev_pos_a, holdout87ev_pos_b, holdout87ev_pos_c, holdout87ev_neg_side, holdout87ev_neg_other):
        events.extend(mod.EVENTS)
    return events


def check(events: list[Ev]) -> None:
    import icalendar  # only needed for the self-check

    seen: set[str] = set()
    for e in events:
        cal = icalendar.Calendar.from_ical(e.ics)
        uids = {str(v["UID"]) for v in cal.walk("VEVENT")}
        if e.uid not in uids:
            raise SystemExit(f"{e.kind}: label uid {e.uid!r} not in parsed {sorted(uids)}")
        if e.uid in seen:
            raise SystemExit(f"duplicate uid {e.uid}")
        seen.add(e.uid)
        if e.stage not in STAGES:
            raise SystemExit(f"{e.kind}: bad stage {e.stage}")
        if e.interview and e.company not in FORMS:
            raise SystemExit(f"{e.kind}: company {e.company!r} has no forms row")
        if not e.interview and (e.company or e.stage or e.interviewers):
            raise SystemExit(f"{e.kind}: negative with interview fields")
        if e.interviewers != e.interviewers.lower() and "@" in e.interviewers:
            raise SystemExit(f"{e.kind}: interviewer addresses must be lower-case")


def atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def rewrite_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path.name}: unexpected header {old_header}")
            split_col = header.index("split")
            kept = [r for r in reader if r and not (len(r) > split_col and r[split_col] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    global OUT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="corpus directory (default: tests/corpus/events)")
    OUT = ap.parse_args().out
    events = all_events()
    check(events)
    order = list(range(len(events)))
    random.Random(8787).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        e = events[idx]
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        atomic_write(OUT / name, e.ics)
        label_rows.append([name, e.uid, str(e.interview), e.company, e.role, e.stage, e.interviewers, SPLIT,
                           e.trap])
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, label_rows)
    used = sorted({e.company for e in events if e.interview and e.company})
    unused = sorted(set(FORMS) - set(used))
    if unused:
        raise SystemExit(f"forms for unlabelled companies: {unused}")
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, "|".join(FORMS[c])] for c in used])
    pos = sum(e.interview for e in events)
    side = sum("user-as-interviewer" in e.trap for e in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} employers")


if __name__ == "__main__":
    main()
