"""Write the holdout90 event split (issue 4): raw iCalendar files, labels.csv rows and company_forms.csv rows.

Written blind (without reading the classifier, the other generators or their files) for a persona: Jana
Petersen, HR business partner at a Hamburg logistics group, applying for Head of HR / senior HRBP roles in
Germany and Denmark. Replaces only holdout90-*.ics and the split=holdout90 rows; everything else is kept.
Released under CC0 1.0.
Run: cd scripts && ../.venv/bin/python make_event_corpus_holdout90.py --out ../tests/corpus/events
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout90ev_neg_other1  # noqa: E402
import holdout90ev_neg_other2  # noqa: E402
import holdout90ev_neg_side1  # noqa: E402
import holdout90ev_neg_side2  # noqa: E402
import holdout90ev_pos_ats1  # noqa: E402
import holdout90ev_pos_ats2  # noqa: E402
import holdout90ev_pos_direct1  # noqa: E402
import holdout90ev_pos_direct2  # noqa: E402
import holdout90ev_pos_intl1  # noqa: E402
import holdout90ev_pos_intl2  # noqa: E402

SPLIT = "holdout90"
OUT = HERE.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
MODULES = (
    holdout90ev_pos_ats1,
    holdout90ev_pos_ats2,
    holdout90ev_pos_direct1,
    holdout90ev_pos_direct2,
    holdout90ev_pos_intl1,
    holdout90ev_pos_intl2,
    holdout90ev_neg_side1,
    holdout90ev_neg_side2,
    holdout90ev_neg_other1,
    holdout90ev_neg_other2,
)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _rewrite_csv(path: Path, header: list[str], ours: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames and list(reader.fieldnames) != header:
                raise SystemExit(f"unexpected header in {path}: {reader.fieldnames}")
            kept = [row for row in reader if row.get("split") != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(ours)
    _atomic_write(path, buf.getvalue().encode("utf-8"))


def collect() -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    for mod in MODULES:
        events += mod.events()
    kinds = [str(e["kind"]) for e in events]
    dup = {k for k in kinds if kinds.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate kinds: {sorted(dup)}")
    uids = [str(e["uid"]) for e in events]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UIDs")
    return events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="corpus directory (default: tests/corpus/events)")
    out_dir: Path = ap.parse_args().out
    events = collect()
    random.Random(9090).shuffle(events)
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    forms: dict[str, tuple[str, ...]] = {}
    for n, e in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        _atomic_write(out_dir / name, str(e["text"]).encode("utf-8"))
        labels.append(
            {
                "file": name,
                "uid": str(e["uid"]),
                "is_interview": str(e["is_interview"]),
                "company": str(e["company"]),
                "role": str(e["role"]),
                "stage": str(e["stage"]),
                "interviewers": str(e["interviewers"]),
                "split": SPLIT,
                "trap": str(e["trap"]),
            }
        )
        company = str(e["company"])
        if e["is_interview"] and company:
            these = tuple(e["forms"])  # type: ignore[call-overload]
            if company in forms and forms[company] and these and forms[company] != these:
                raise SystemExit(f"conflicting forms for {company}")
            forms[company] = forms.get(company) or these
    _rewrite_csv(out_dir / "labels.csv", LABEL_HEADER, labels)
    rows = [{"split": SPLIT, "company": c, "forms": "|".join(f)} for c, f in sorted(forms.items())]
    _rewrite_csv(out_dir / "company_forms.csv", FORMS_HEADER, rows)
    pos = sum(1 for e in events if e["is_interview"])
    side = sum(1 for e in events if "user-as-interviewer" in str(e["trap"]))
    print(
        f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer)"
    )


if __name__ == "__main__":
    main()
