"""Write the holdout11 event corpus: ~110 blind .ics files for Rafael Ortega and their labels.csv rows.

Usage: .venv/bin/python scripts/make_event_corpus_holdout11.py --out tests/corpus/events
Deterministic; replaces only holdout11-*.ics files and the holdout11 rows of labels.csv.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout11ev_extra
import holdout11ev_neg_other
import holdout11ev_neg_side
import holdout11ev_pos_es
import holdout11ev_pos_intl
from holdout11ev_ics import Ev, label_row, render

SPLIT = "holdout11"
FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
UID_HOSTS = {"google": "google.com", "gexport": "google.com", "greenhouse": "greenhouse.io", "lever": "lever.co",
             "workday": "myworkday.com", "successfactors": "successfactors.eu", "personio": "personio.de",
             "smartrecruiters": "smartrecruiters.com", "infojobs": "infojobs.net", "calendly": "calendly.com",
             "goodtime": "goodtime.io", "zoom": "zoom.us", "webex": "webex.com"}


def all_events() -> list[Ev]:
    """Returns every holdout11 spec in a fixed shuffled order."""
    evs = (holdout11ev_pos_es.events() + holdout11ev_pos_intl.events() + holdout11ev_neg_side.events()
           + holdout11ev_neg_other.events() + holdout11ev_extra.events())
    random.Random(1111).shuffle(evs)
    return evs


def _uid(ev: Ev, n: int) -> str:
    # Outlook UIDs are long hex blobs; the others look like "<uuid>@host".
    u = uuid.uuid5(uuid.NAMESPACE_URL, f"afterview/holdout11/{ev.kind}")
    if ev.producer in ("outlook", "owa", "exchange", "teams"):
        return "040000008200E00074C5B7101A82E008000000" + u.hex.upper() + f"{n:04d}"
    if ev.producer in ("apple", "ios"):
        return str(u).upper()
    return f"{u}@{UID_HOSTS.get(ev.producer, 'holdout11.invalid')}"


def _write_labels(labels: Path, rows: list[dict[str, str]]) -> None:
    # Other writers share this file right now: re-read just before writing, keep their rows byte-for-byte
    # (as csv round-trips them), swap atomically.
    raw = labels.read_bytes()
    newline = "\r\n" if b"\r\n" in raw else "\n"
    with labels.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        header = list(reader.fieldnames or FIELDS)
        kept = [r for r in reader if r.get("split") != SPLIT]
    fd, tmp = tempfile.mkstemp(dir=labels.parent, prefix=".labels.", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=header, lineterminator=newline)
        writer.writeheader()
        writer.writerows(kept)
        writer.writerows(rows)
    os.chmod(tmp, 0o644)
    os.replace(tmp, labels)


def main() -> int:
    """Given --out DIR, writes the holdout11 .ics files and labels rows; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    out: Path = args.out
    for old in out.glob("holdout11-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for n, ev in enumerate(all_events(), start=1):
        if ev.kind in seen:
            raise SystemExit(f"duplicate kind {ev.kind}")
        seen.add(ev.kind)
        fname = f"holdout11-{n:03d}-{ev.kind}.ics"
        uid = _uid(ev, n)
        (out / fname).write_bytes(render(ev, uid, n).encode("utf-8"))
        rows.append(label_row(ev, fname, uid))
    _write_labels(out / "labels.csv", rows)
    print(f"wrote {len(rows)} holdout11 events to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
