"""Write the holdout122 event split (issue 4): ~110 raw VEVENT files written blind, plus their label rows.

The user is Inés Navarro Ruiz, a localisation project manager in Málaga (ines.navarro.loc@gmail.com at home,
inavarro@babeltrans-malaga.es at work). Replaces only holdout122-*.ics and split=holdout122 rows of labels.csv
and company_forms.csv; everything else is kept as it is.

Usage: python scripts/make_event_corpus_holdout122.py [--out tests/corpus/events]
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

import holdout122ev_neg_hiring
import holdout122ev_neg_other
import holdout122ev_pos_ats1
import holdout122ev_pos_ats2
import holdout122ev_pos_direct
import holdout122ev_pos_misc
from holdout122ev_ics import SPLIT, Ev

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that the user would be equally happy to read.
FORMS: dict[str, list[str]] = {
    "Pixelfjord Studios": ["Pixelfjord"],
    "Sonder Travel": ["Sonder"],
    "Cortado Labs": ["Cortado"],
    "Heliograf AG": [],
    "Lingoloop GmbH": [],
    "Runa Games": ["Runa"],
    "Fernweh Reisen GmbH": ["Fernweh"],
    "Papagayo Learning": ["Papagayo"],
    "Brightmoor Publishing": ["Brightmoor"],
    "Nordmark Medizintechnik AG": ["Nordmark", "NMT", "NMT Medical"],
    "Zephyr Mobility": ["Zephyr"],
    "Tintagel Games": ["Tintagel"],
    "Voxterra": [],
    "Marelia Software": ["Marelia"],
    "EuroVerbum": [],
    "Atelier Brisant": ["Brisant"],
    "Kinetica Health": ["Kinetica"],
    "Openwick": [],
    "Caravel AI": ["Caravel"],
    "Mirabel Cosmétiques": ["Mirabel"],
    "Studio Noctua": ["Noctua"],
    "Kestrel Interactive": ["Kestrel"],
    "Quillon Language Solutions": ["Quillon"],
    "Traduvia": [],
    "Ondina": [],
    "Lumenwave": [],
    "Banca Levante": [],
    "Finch & Barrow": ["Finch and Barrow", "F&B"],
    "Orbis Lingua": [],
    "Altamar Hoteles": ["Altamar"],
    "Meridia Cruises": ["Meridia"],
    "Lokara": ["Lokara OÜ"],
    "Glossa AI": ["Glossa"],
    "Mosaico Translations": ["Mosaico"],
    "Halcón Verde Estudios": ["HVE", "Halcón Verde", "HVE Estudios"],
    "Polarstern Software": ["Polarstern"],
    "Selvaggio Studios": ["Selvaggio"],
    "Trailhead Outdoor GmbH": ["Trailhead"],
    "Duna Games": ["Duna"],
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout122ev_pos_ats1, holdout122ev_pos_ats2, holdout122ev_pos_direct, holdout122ev_pos_misc,
                holdout122ev_neg_hiring, holdout122ev_neg_other):
        evs.extend(mod.events())
    return evs


def check(evs: list[Ev]) -> None:
    from icalendar import Calendar

    seen: set[str] = set()
    for ev in evs:
        cal = Calendar.from_ical(ev.text)
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert uids == {ev.uid}, (ev.kind, ev.uid, uids)
        assert ev.uid not in seen, ev.uid
        seen.add(ev.uid)
        assert ev.stage in STAGES, ev.stage
        if ev.is_interview:
            assert ev.company in FORMS, ev.company
        else:
            assert not (ev.company or ev.role or ev.stage or ev.interviewers), ev.uid
        assert ev.interviewers == ev.interviewers.lower(), ev.interviewers
        for line in ev.text.split("\r\n"):
            assert len(line.encode("utf-8")) <= 75, line
    hiring = [e for e in evs if "user-as-interviewer" in e.trap]
    assert all(not e.is_interview for e in hiring)
    used = {e.company for e in evs if e.is_interview}
    assert used == set(FORMS), set(FORMS) ^ used


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def merge_csv(path: Path, header: list[str], rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"unexpected header in {path}: {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    write_atomic(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    check(evs)
    random.Random(122).shuffle(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        write_atomic(out / name, ev.text)
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    merge_csv(out / "labels.csv", LABEL_HEADER, rows, "split")
    forms = [[SPLIT, c, "|".join(f)] for c, f in sorted(FORMS.items())]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, forms, "split")
    pos = sum(e.is_interview for e in evs)
    hiring = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({hiring} user-as-interviewer); "
          f"{len(FORMS)} companies")


if __name__ == "__main__":
    main()
