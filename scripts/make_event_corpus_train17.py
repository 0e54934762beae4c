"""Write the train17 split of the event corpus (issue 4): ~110 calendar events for Katrin Vogel.

Katrin Vogel is an administrative officer at the Stadtkämmerei München (k.vogel@stadtkaemmerei-muenchen.de,
private katrin.vogel@mailbox.org) moving into GovTech product-owner and public-sector consulting roles. About
half the events are her own job interviews; the rest are not (her on the hiring side at the city, practice,
webinars, press, research, personal, internal, coffee chats, fairs, reference and recruiter calls).

Deterministic: the same files and label rows on every run. Writes ``train17-NNN-<kind>.ics`` into the events
corpus folder and replaces only the ``train17`` rows of ``labels.csv`` (re-read right before writing, written
atomically). Usage: ``python scripts/make_event_corpus_train17.py [--out DIR]``.
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

import train17ev_neg_a
import train17ev_neg_b
import train17ev_neg_c
import train17ev_pos_a
import train17ev_pos_b
import train17ev_pos_c
import train17ev_pos_d
from train17ev_ics import Ev

SPLIT = "train17"
HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (train17ev_pos_a, train17ev_pos_b, train17ev_pos_c, train17ev_pos_d, train17ev_neg_a,
                train17ev_neg_b, train17ev_neg_c):
        evs += mod.events()
    random.Random(1717).shuffle(evs)
    return evs


def check(evs: list[Ev]) -> None:
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in train17")
    for e in evs:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if not e.interview and (e.company or e.role or e.stage or e.interviewers):
            raise SystemExit(f"negative with extraction labels: {e.kind}")
        if e.interview and not e.company:
            raise SystemExit(f"interview without company: {e.kind}")


def write_labels(labels: Path, rows: list[list[str]]) -> None:
    with labels.open(encoding="utf-8", newline="") as fh:
        old = list(csv.reader(fh))
    if not old or old[0] != HEADER:
        raise SystemExit(f"unexpected header in {labels}")
    kept = [r for r in old[1:] if not (len(r) > 7 and r[7] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(kept)
    w.writerows(rows)
    mode = labels.stat().st_mode & 0o777
    fd, tmp = tempfile.mkstemp(prefix=".labels-", suffix=".csv", dir=labels.parent)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(buf.getvalue())
        os.replace(tmp, labels)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    evs = all_events()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, e in enumerate(evs, start=1):
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        (out / name).write_bytes(e.text.encode("utf-8"))
        rows.append([name, e.uid, "1" if e.interview else "0", e.company, e.role, e.stage, e.interviewers, SPLIT,
                     e.trap])
    write_labels(out / "labels.csv", rows)
    pos = sum(1 for e in evs if e.interview)
    print(f"{len(evs)} files ({pos} interviews, {len(evs) - pos} not) written to {out}")


if __name__ == "__main__":
    main()
