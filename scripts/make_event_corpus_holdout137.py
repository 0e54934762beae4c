"""Write the holdout137 event split (issue 4): ~110 raw iCalendar files composed blind by hand.

The user: Mathieu Gagnon, high-school history teacher at the CSS des Capitales (Québec City), applying for
conseiller pédagogique, direction adjointe and museum-education roles. Free-mail:
mathieu.gagnon.histoire@videotron.ca; work: mathieu.gagnon@cssdescapitales.qc.ca.

Usage: .venv/bin/python scripts/make_event_corpus_holdout137.py [--out tests/corpus/events]
Replaces only holdout137-*.ics and the split=holdout137 rows of labels.csv and company_forms.csv.
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

import holdout137ev_neg_life
import holdout137ev_neg_side
import holdout137ev_neg_work
import holdout137ev_pos_ats
import holdout137ev_pos_direct
import holdout137ev_pos_google
import holdout137ev_pos_hand
from holdout137ev_ics import Ev

SPLIT = "holdout137"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
POS = (holdout137ev_pos_ats, holdout137ev_pos_direct, holdout137ev_pos_google, holdout137ev_pos_hand)
NEG = (holdout137ev_neg_side, holdout137ev_neg_work, holdout137ev_neg_life)


def _atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _collect() -> tuple[list[Ev], dict[str, str]]:
    evs: list[Ev] = []
    forms: dict[str, str] = {}
    for mod in (*POS, *NEG):
        evs.extend(mod.events())
        for company, alt in getattr(mod, "FORMS", {}).items():
            if company in forms and forms[company] != alt:
                raise SystemExit(f"conflicting forms for {company!r}")
            forms[company] = alt
    return evs, forms


def _check(evs: list[Ev], forms: dict[str, str]) -> None:
    import icalendar

    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for e in evs:
        cal = icalendar.Calendar.from_ical(e.ics)
        parsed = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if parsed != {e.uid}:
            raise SystemExit(f"{e.kind}: UID mismatch {parsed} != {e.uid}")
        if e.stage not in STAGES:
            raise SystemExit(f"{e.kind}: bad stage {e.stage}")
        if e.is_iv:
            if not e.company or e.company not in forms:
                raise SystemExit(f"{e.kind}: company {e.company!r} lacks a forms row")
        else:
            if e.company or e.role or e.stage or e.interviewers:
                raise SystemExit(f"{e.kind}: negative with interview fields")
        if "user-as-interviewer" in e.trap and e.is_iv:
            raise SystemExit(f"{e.kind}: user-as-interviewer marked as interview")
        for line in e.ics.split("\r\n"):
            if len(line.encode("utf-8")) > 75:
                raise SystemExit(f"{e.kind}: unfolded line")
    labelled = {e.company for e in evs if e.is_iv}
    extra = set(forms) - labelled
    if extra:
        raise SystemExit(f"forms for unlabelled companies: {sorted(extra)}")


def _rewrite_csv(path: Path, header: list[str], rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path.name}: unexpected header {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    _atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs, forms = _collect()
    _check(evs, forms)
    random.Random(137).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, e in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        _atomic_write(out / name, e.ics)
        people = ";".join(p.lower() if "@" in p else p for p in e.interviewers.split(";") if p)
        rows.append([name, e.uid, str(e.is_iv), e.company, e.role, e.stage, people, SPLIT, e.trap])
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, rows, "split")
    form_rows = [[SPLIT, c, forms[c]] for c in sorted({e.company for e in evs if e.is_iv})]
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, form_rows, "split")

    pos = sum(e.is_iv for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(form_rows)} companies")


if __name__ == "__main__":
    main()
