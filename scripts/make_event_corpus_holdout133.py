"""Write the holdout133 calendar-event split (blind author; CC0 1.0).

The user: Ainhoa Etxeberria Lasa, civil engineer (jefa de obra) at a Bilbao contractor, looking for
project-manager, site-manager and infrastructure-consultant roles. Free-mail ainhoa.etxeberria.ing@gmail.com,
work aetxeberria@construcciones-nervion.es.

Usage (from the repository root or from scripts/):
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout133.py [--out tests/corpus/events]

Replaces only holdout133-*.ics and the split=holdout133 rows of labels.csv and company_forms.csv, keeps the
headers and every other row, writes each file atomically, and checks every label's UID against the parsed file.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout133ev_neg_career  # noqa: E402
import holdout133ev_neg_life  # noqa: E402
import holdout133ev_neg_side  # noqa: E402
import holdout133ev_pos_a  # noqa: E402
import holdout133ev_pos_b  # noqa: E402
import holdout133ev_pos_c  # noqa: E402
import holdout133ev_pos_d  # noqa: E402
from holdout133ev_ics import Ev  # noqa: E402

SPLIT = "holdout133"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout133ev_pos_a, holdout133ev_pos_b, holdout133ev_pos_c, holdout133ev_pos_d,
                holdout133ev_neg_side, holdout133ev_neg_career, holdout133ev_neg_life):
        evs.extend(mod.events())
    kinds = Counter(e.kind for e in evs)
    uids = Counter(e.uid for e in evs)
    dup = [k for k, n in kinds.items() if n > 1] + [u for u, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate kinds/uids: {dup}")
    for e in evs:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if e.is_interview == 0 and (e.company or e.role or e.stage or e.interviewers):
            raise SystemExit(f"negative with interview fields: {e.kind}")
        if e.is_interview == 1 and not e.company:
            raise SystemExit(f"interview without company: {e.kind}")
    return evs


def atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def vevent_uids(text: str) -> set[str]:
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    return {str(c.get("UID")) for c in cal.walk("VEVENT")}


def rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"unexpected header in {path}: {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(HERE.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    random.Random(133).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    forms: dict[str, list[str]] = {}
    for n, e in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        found = vevent_uids(e.text)
        if e.uid not in found:
            raise SystemExit(f"{name}: label UID {e.uid!r} not among parsed UIDs {sorted(found)}")
        atomic_write(out / name, e.text)
        label_rows.append([
            name, e.uid, str(e.is_interview), e.company, e.role, e.stage,
            ";".join(i.lower() for i in e.interviewers), SPLIT, e.trap,
        ])
        if e.is_interview and e.company:
            acc = forms.setdefault(e.company, [])
            for f in e.forms:
                if f not in acc:
                    acc.append(f)

    rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", label_rows)
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split",
                [[SPLIT, c, "|".join(f)] for c, f in sorted(forms.items())])

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives "
          f"({side} with the user on the hiring side), {len(forms)} companies")


if __name__ == "__main__":
    main()
