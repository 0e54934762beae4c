"""Write the blind holdout9 event corpus (user Noa Bergmann) and its rows in labels.csv.

Given --out DIR, writes holdout9-NNN-<kind>.ics files there (raw iCalendar text, numbered in a fixed shuffled
order) and replaces only the holdout9 rows of DIR/labels.csv, atomically. Deterministic: same input, same bytes.
Written by an author who did not read the classifier, its tests, the other generators or any existing .ics file.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout9_neg_other
import holdout9_neg_side
import holdout9_pos_de
import holdout9_pos_en
import holdout9_pos_intl
from holdout9_ics import Ev, render

SPLIT = "holdout9"
PREFIX = "holdout9-"


def all_events() -> list[Ev]:
    """Returns every holdout9 event spec in a fixed shuffled order (so positives and negatives interleave)."""
    events = [
        *holdout9_pos_de.EVENTS,
        *holdout9_pos_en.EVENTS,
        *holdout9_pos_intl.EVENTS,
        *holdout9_neg_side.EVENTS,
        *holdout9_neg_other.EVENTS,
    ]
    kinds = [e.kind for e in events]
    dupes = [k for k, n in Counter(kinds).items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate kinds: {dupes}")
    random.Random(20260309).shuffle(events)
    return events


def make_uid(ev: Ev) -> str:
    """Given an event spec, returns a stable UID in the shape its producer uses."""
    h = hashlib.sha256(f"holdout9/{ev.kind}".encode()).hexdigest()
    if ev.producer in ("google", "google-export"):
        return f"{h[:26]}@google.com"
    if ev.producer in ("outlook", "owa"):
        return "040000008200E00074C5B7101A82E00800000000" + h[:48].upper()
    if ev.producer in ("apple", "ios"):
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}".upper()
    domains = {
        "personio": "personio.de", "successfactors": "successfactors.eu", "workday": "myworkday.com",
        "softgarden": "softgarden.io", "rexx": "rexx-recruitment.com", "dvinci": "dvinci-hr.com",
        "stepstone": "stepstone.de", "indeed": "indeed.com", "greenhouse": "greenhouse.io",
        "lever": "hire.lever.co", "calendly": "calendly.com", "calcom": "cal.com", "goodtime": "goodtime.io",
        "zoom": "zoom.us", "webex": "webex.com", "gotomeeting": "goto.com", "thunderbird": "thunderbird",
    }
    if ev.producer == "thunderbird":
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    return f"{h[:12]}-{h[12:20]}@{domains[ev.producer]}"


def label_row(name: str, uid: str, ev: Ev) -> list[str]:
    """Given a file name, UID and spec, returns its labels.csv row."""
    if not ev.is_interview:
        return [name, uid, "0", "", "", "", "", SPLIT, ev.trap]
    return [name, uid, "1", ev.company, ev.role_label, ev.stage, ";".join(ev.interviewers), SPLIT, ev.trap]


def rewrite_labels(path: Path, rows: list[list[str]]) -> tuple[int, int]:
    """Given labels.csv and the new holdout9 rows, keeps every other line byte for byte, replaces the holdout9
    rows, writes atomically; returns (other rows kept, holdout9 rows written)."""
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    kept = [ln for ln in lines if not ln.startswith(PREFIX)]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    out = "\r\n".join(kept) + "\r\n" + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.encode("utf-8"))
    os.replace(tmp, path)
    return len(kept) - 1, len(rows)


def main(argv: list[str] | None = None) -> int:
    """Given command-line arguments (--out DIR), writes the corpus and labels; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    out: Path = args.out
    for old in out.glob(f"{PREFIX}*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, ev in enumerate(all_events(), start=1):
        name = f"{PREFIX}{i:03d}-{ev.kind}.ics"
        uid = make_uid(ev)
        (out / name).write_bytes(render(ev, uid).encode("utf-8"))
        rows.append(label_row(name, uid, ev))
    kept, written = rewrite_labels(out / "labels.csv", rows)
    print(f"wrote {written} holdout9 files; kept {kept} other label rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
