"""Write the blind holdout18 event corpus (user Ravi Menon) and its labels.csv rows (split holdout18).

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout18.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import collections
import csv
import io
import os
import random
import tempfile
from pathlib import Path

import holdout18ev_extra
import holdout18ev_neg_other
import holdout18ev_neg_side
import holdout18ev_pos_en
import holdout18ev_pos_intl
from holdout18ev_ics import Case, calendar

SPLIT = "holdout18"


def all_cases() -> list[Case]:
    """Given nothing returns every case in a fixed shuffled order (so file numbers do not reveal the label)."""
    cases = (holdout18ev_pos_en.cases() + holdout18ev_pos_intl.cases() + holdout18ev_neg_side.cases()
             + holdout18ev_neg_other.cases() + holdout18ev_extra.cases())
    random.Random(1818).shuffle(cases)
    return cases


def render(out: Path) -> list[dict[str, str]]:
    """Given the corpus folder writes the holdout18 .ics files and returns their label rows."""
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    uids: set[str] = set()
    for n, case in enumerate(all_cases(), start=1):
        name = f"{SPLIT}-{n:03d}-{case.kind}.ics"
        (out / name).write_bytes(calendar(case.style, case.evs, case.method, case.xwr, case.calname).encode("utf-8"))
        uid = case.evs[0].uid
        if uid in uids:
            raise SystemExit(f"duplicate UID {uid}")
        uids.add(uid)
        rows.append({
            "file": name, "uid": uid, "is_interview": "1" if case.pos else "0", "company": case.company,
            "role": case.role, "stage": case.stage, "interviewers": ";".join(case.interviewers), "split": SPLIT,
            "trap": case.trap,
        })
    return rows


def write_labels(path: Path, mine: list[dict[str, str]]) -> None:
    """Given labels.csv and this split's rows replaces only this split's rows, atomically (temp file + rename).

    Other splits' lines are kept byte for byte, so other writers' quoting is never rewritten.
    """
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    fields = next(csv.reader([header]))
    keep = [ln for ln in body if ln.strip() and not ln.startswith(f"{SPLIT}-")]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    writer.writerows(mine)
    out = header + "".join(x if x.endswith("\n") else x + "\n" for x in keep) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".labels-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    """Given --out writes the files and labels and prints counts per kind and language."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = render(args.out)
    write_labels(args.out / "labels.csv", rows)
    cases = all_cases()
    langs = collections.Counter((c.lang, c.pos) for c in cases)
    print(f"{len(rows)} files; interviews {sum(c.pos for c in cases)}; "
          f"user as interviewer {sum(c.trap == 'user_as_interviewer' for c in cases)}")
    for (lang, pos), n in sorted(langs.items()):
        print(f"  {lang} {'pos' if pos else 'neg'}: {n}")


if __name__ == "__main__":
    main()
