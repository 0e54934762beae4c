"""Write the blind holdout120 event split (issue 4): raw iCalendar files, labels and company forms.

The user is Rachel Kowalski, senior paralegal at Hartwell Brandt LLP in Chicago, applying for legal-operations,
e-discovery and contracts-manager roles (free-mail rachel.kowalski.legal@yahoo.com, work
rkowalski@hartwellbrandt.com). Written blind, before the classifier was run on it; CC0 1.0.

Replaces only holdout120-*.ics and the split=holdout120 rows of labels.csv and company_forms.csv.
Run from the repository root or from scripts/: python scripts/make_event_corpus_holdout120.py
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

import holdout120ev_neg_career  # noqa: E402
import holdout120ev_neg_life  # noqa: E402
import holdout120ev_neg_side  # noqa: E402
import holdout120ev_neg_side2  # noqa: E402
import holdout120ev_pos_ats  # noqa: E402
import holdout120ev_pos_direct  # noqa: E402
import holdout120ev_pos_hand  # noqa: E402
import holdout120ev_pos_more  # noqa: E402
import holdout120ev_pos_sched  # noqa: E402
from holdout120ev_ics import Ev  # noqa: E402

SPLIT = "holdout120"
OUT = HERE.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see the corpus README / forms guidance).
FORMS: dict[str, list[str]] = {
    "Larkspur Health": ["Larkspur"],
    "Redline Discovery": ["Redline"],
    "Corvane": [],
    "Brightwater Logistics": ["Brightwater"],
    "Kestrel Pharmaceuticals": ["Kestrel", "Kestrel Pharma"],
    "Meridian Mutual Insurance": ["Meridian Mutual", "Meridian Mutual Insurance Company"],
    "Tallgrass Foods": ["Tallgrass"],
    "Ardent Legal Solutions": ["Ardent", "Ardent Legal"],
    "Quillbase": [],
    "Wabash Mutual": [],
    "Sifter": ["Sifter Legal"],
    "Tessellate Software": ["Tessellate"],
    "Heller Automotive": ["Heller"],
    "Vertragswerk": [],
    "Vérilex": [],
    "Altamira Legal": ["Altamira", "Altamira Legal Tech"],
    "Cobalt Ridge Energy": ["Cobalt Ridge"],
    "Village of Linden Park": ["Linden Park"],
    "Fernhill Robotics": ["Fernhill"],
    "Clausewise": [],
    "Prairie State University": ["PSU"],
    "Vantage Point Analytics": ["Vantage Point"],
    "Lakeshore Children's Hospital": ["Lakeshore Children's"],
    "Everbright Legal": ["Everbright"],
    "Halvorsen & Pike": ["Halvorsen Pike", "Halvorsen and Pike"],
    "Coyle Whitford": ["Coyle Whitford LLP"],
    "Pemberton Hale": ["Pemberton Hale LLP"],
    "Stonebridge Capital Partners": ["Stonebridge", "Stonebridge Capital"],
    "Northgate Bank": ["Northgate", "NGB"],
    "Madison Clarke Insurance": ["Madison Clarke"],
    "Aldridge & Moss": ["Aldridge and Moss", "Aldridge Moss"],
    "Oakbrook Medical Devices": ["Oakbrook Medical", "Oakbrook"],
    "BluePeak Financial": ["BluePeak"],
    "Glassfield Media": ["Glassfield"],
    "Juniper Title & Escrow": ["Juniper Title", "Juniper Title and Escrow"],
    "Grupo Almena": ["Almena"],
    "Delorme & Associés": ["Delorme", "Delorme et Associés", "Cabinet Delorme & Associés"],
    "Ravenswood Health": ["Ravenswood"],
    "Harbor & Vine": ["Harbor & Vine Co.", "Harbor and Vine"],
    "Kinzie Street Partners": ["Kinzie Street"],
    "Brieflane": [],
}


def all_events() -> list[Ev]:
    mods = (holdout120ev_pos_ats, holdout120ev_pos_sched, holdout120ev_pos_direct, holdout120ev_pos_more,
            holdout120ev_pos_hand, holdout120ev_neg_side, holdout120ev_neg_side2, holdout120ev_neg_career,
            holdout120ev_neg_life)
    return [ev for mod in mods for ev in mod.events()]


def slug(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


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


def rewrite_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header is not None and old_header != header:
                raise SystemExit(f"{path}: unexpected header {old_header}")
            split_col = header.index("split")
            kept = [r for r in reader if r and not (len(r) > split_col and r[split_col] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    write_atomic(path, buf.getvalue().encode("utf-8"))


def check(events: list[Ev]) -> None:
    from icalendar import Calendar

    uids = [ev.uid for ev in events]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for ev in events:
        cal = Calendar.from_ical(ev.ics)
        found = {str(v.get("UID")) for v in cal.walk("VEVENT")}
        if ev.uid not in found:
            raise SystemExit(f"{ev.kind}: label UID {ev.uid!r} not in {found}")
        if ev.stage not in STAGES:
            raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
        if ev.is_interview and not ev.company:
            raise SystemExit(f"{ev.kind}: interview without company")
        if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
            raise SystemExit(f"{ev.kind}: negative with interview fields")
        if ev.interviewers != ev.interviewers.lower() and "@" in ev.interviewers:
            raise SystemExit(f"{ev.kind}: interviewer addresses must be lower-case")
        if ev.is_interview and ev.company not in FORMS:
            raise SystemExit(f"{ev.kind}: no forms row for {ev.company}")
    companies = {ev.company for ev in events if ev.is_interview}
    extra = set(FORMS) - companies
    if extra:
        raise SystemExit(f"forms for unlabelled companies: {sorted(extra)}")


def main() -> None:
    events = all_events()
    check(events)
    order = list(range(len(events)))
    random.Random(120).shuffle(order)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{slug(ev.kind)}.ics"
        write_atomic(OUT / name, ev.ics.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, rows)
    companies = sorted({ev.company for ev in events if ev.is_interview})
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    pos = sum(ev.is_interview for ev in events)
    side = sum("user-as-interviewer" in ev.trap for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} employers")


if __name__ == "__main__":
    main()
