"""Write the blind holdout40 calendar-event corpus (issue 4) and its labels.csv rows.

Deterministic: the same events, file names and rows on every run. Events live in the holdout40ev_* modules next
to this script; files go to ../tests/corpus/events/ relative to this script's folder.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

import holdout40ev_neg_other
import holdout40ev_neg_side
import holdout40ev_pos_en
import holdout40ev_pos_extra
import holdout40ev_pos_intl
from holdout40ev_ics import Ev, unfold_uids

SPLIT = "holdout40"
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "tests" / "corpus" / "events"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
ME = {"tomgallagher@hotmail.co.uk", "t.gallagher@ulster-mutual-bank.co.uk"}


def all_events() -> list[Ev]:
    evs = (
        holdout40ev_pos_en.events()
        + holdout40ev_pos_intl.events()
        + holdout40ev_pos_extra.events()
        + holdout40ev_neg_side.events()
        + holdout40ev_neg_other.events()
    )
    random.Random(4040).shuffle(evs)
    return evs


def check(ev: Ev) -> str:
    """Return the event's UID as a parser reads it; raise on inconsistent labels."""
    uids = unfold_uids(ev.text)
    if not uids or len(set(uids)) != 1:
        raise SystemExit(f"{ev.kind}: expected one UID per file, got {uids}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with extraction labels")
    if ME & set(ev.interviewers):
        raise SystemExit(f"{ev.kind}: the user listed as interviewer")
    for addr in ev.interviewers:
        if f"mailto:{addr}" not in ev.text.replace("\r\n ", ""):
            raise SystemExit(f"{ev.kind}: interviewer {addr} not in the event")
    return uids[0]


def write_labels(rows: list[list[str]]) -> None:
    path = OUT / "labels.csv"
    with path.open(newline="", encoding="utf-8") as fh:  # re-read right before writing
        old = list(csv.reader(fh))
    if not old or old[0] != HEADER:
        raise SystemExit("labels.csv header changed; refusing to write")
    keep = [r for r in old[1:] if not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(keep)
    w.writerows(rows)
    fd, tmp = tempfile.mkstemp(prefix=".labels.", suffix=".tmp", dir=OUT)
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        fh.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> int:
    evs = all_events()
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    seen: set[str] = set()
    for n, ev in enumerate(evs, start=1):
        uid = check(ev)
        if uid in seen:
            raise SystemExit(f"duplicate UID {uid}")
        seen.add(uid)
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        (OUT / name).write_bytes(ev.text.encode("utf-8"))
        if unfold_uids((OUT / name).read_text(encoding="utf-8"))[0] != uid:
            raise SystemExit(f"{name}: UID changed on disk")
        rows.append(
            [
                name,
                uid,
                "1" if ev.is_interview else "0",
                ev.company,
                ev.role,
                ev.stage,
                ";".join(ev.interviewers),
                SPLIT,
                ev.trap,
            ]
        )
    write_labels(rows)
    kinds = Counter(("pos" if ev.is_interview else "neg", ev.lang) for ev in evs)
    uia = sum(ev.trap == "user_as_interviewer" for ev in evs)
    print(f"{len(evs)} events; {dict(sorted(kinds.items()))}; user_as_interviewer={uia}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
