"""Write the holdout44 calendar-event split (issue 4): ~110 raw iCalendar files plus their labels.

Written blind by an independent author, before reading the classifier or running it on these events.
User: Chloé Favre, senior accountant at Fiduciaire Lémanique SA in Lausanne, looking for a head-of-finance or
controller job (free-mail chloe.favre@protonmail.ch, work c.favre@fiduciaire-lemanique.ch).

Replaces only its own files (holdout44-*.ics) and rows (split=holdout44) in labels.csv and company_forms.csv;
every other row is kept byte for byte.  All files are written atomically.  CC0 1.0.

    cd scripts && ../.venv/bin/python make_event_corpus_holdout44.py --out ../tests/corpus/events
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

import holdout44ev_neg_other_a
import holdout44ev_neg_other_b
import holdout44ev_neg_other_c
import holdout44ev_neg_side_a
import holdout44ev_neg_side_b
import holdout44ev_pos_de_a
import holdout44ev_pos_de_b
import holdout44ev_pos_en_a
import holdout44ev_pos_en_b
import holdout44ev_pos_fr_a
import holdout44ev_pos_fr_b
import holdout44ev_pos_fr_c
import holdout44ev_pos_fr_d
import icalendar
from holdout44ev_ics import Ev

SPLIT = "holdout44"
SEED = 44
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

POS_MODULES = [
    holdout44ev_pos_fr_a, holdout44ev_pos_fr_b, holdout44ev_pos_fr_c, holdout44ev_pos_fr_d,
    holdout44ev_pos_de_a, holdout44ev_pos_de_b, holdout44ev_pos_en_a, holdout44ev_pos_en_b,
]
SIDE_MODULES = [holdout44ev_neg_side_a, holdout44ev_neg_side_b]
OTHER_MODULES = [holdout44ev_neg_other_a, holdout44ev_neg_other_b, holdout44ev_neg_other_c]


def _parsed_uids(text: str) -> list[str]:
    cal = icalendar.Calendar.from_ical(text)
    return [str(ev["UID"]) for ev in cal.walk("VEVENT")]


def collect() -> tuple[list[Ev], dict[str, str]]:
    forms: dict[str, str] = {}
    for mod in POS_MODULES:
        for company, other in mod.FORMS.items():
            if company in forms and forms[company] != other:
                raise SystemExit(f"conflicting forms for {company!r}")
            forms[company] = other
    events: list[Ev] = []
    problems: list[str] = []
    for group, modules in (("pos", POS_MODULES), ("side", SIDE_MODULES), ("other", OTHER_MODULES)):
        for mod in modules:
            for ev in mod.EVENTS:
                events.append(ev)
                where = f"{mod.__name__}:{ev.kind}"
                uids = set(_parsed_uids(ev.text()))
                if uids != {ev.uid}:
                    problems.append(f"{where}: parsed UIDs {sorted(uids)} != label {ev.uid!r}")
                if ev.stage not in STAGES:
                    problems.append(f"{where}: bad stage {ev.stage!r}")
                if group == "pos":
                    if ev.is_interview != 1 or not ev.company or ev.company not in forms:
                        problems.append(f"{where}: interview needs a company listed in FORMS")
                elif ev.is_interview != 0 or ev.company or ev.role or ev.stage or ev.interviewers:
                    problems.append(f"{where}: a negative carries interview fields")
                if (group == "side") != ("user-as-interviewer" in ev.trap):
                    problems.append(f"{where}: trap/user-as-interviewer mismatch")
                if ev.interviewers != ev.interviewers.lower():
                    problems.append(f"{where}: interviewers must be lower case")
    dup = [u for u, n in Counter(ev.uid for ev in events).items() if n > 1]
    if dup:
        problems.append(f"duplicate UIDs: {dup}")
    used = {ev.company for ev in events if ev.is_interview}
    for company in sorted(set(forms) - used):
        problems.append(f"FORMS lists {company!r}, which labels no interview")
    if problems:
        raise SystemExit("holdout44 corpus check failed:\n  " + "\n  ".join(problems))
    return events, {c: forms[c] for c in sorted(used)}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def _replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every line of another split verbatim, drop this split's old rows, append the new ones."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else []
    if not lines:
        lines = [_csv_line(header)]
    elif next(csv.reader([lines[0]])) != header:
        raise SystemExit(f"{path}: unexpected header {lines[0]!r}")
    kept = [lines[0] if lines[0].endswith("\n") else lines[0] + "\n"]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    kept.extend(_csv_line(row) for row in rows)
    _atomic_write(path, "".join(kept).encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default_out, help="event corpus directory")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    events, forms = collect()
    order = list(events)
    random.Random(SEED).shuffle(order)

    names: list[str] = []
    label_rows: list[list[str]] = []
    for n, ev in enumerate(order, start=1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        names.append(name)
        _atomic_write(out / name, ev.text().encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                           SPLIT, ev.trap])
    for stale in out.glob(f"{SPLIT}-*.ics"):
        if stale.name not in names:
            stale.unlink()

    _replace_rows(out / "labels.csv", LABEL_HEADER, 7, label_rows)
    _replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, f] for c, f in forms.items()])

    pos = sum(ev.is_interview for ev in events)
    side = sum("user-as-interviewer" in ev.trap for ev in events)
    langs = Counter(ev.lang for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(forms)} companies; files by language: "
          + ", ".join(f"{n} {lang.upper()}" for lang, n in langs.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
