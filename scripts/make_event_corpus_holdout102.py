"""Write the holdout102 event split: blind calendar events of Camille Roux, nurse in Bordeaux.

Written blind (without reading the classifier, the other generators or other splits' events) for
afterview's issue 4. Replaces only holdout102-*.ics and the split=holdout102 rows of labels.csv and
company_forms.csv; every other file and row is kept. CC0 1.0.

    cd scripts && ../.venv/bin/python make_event_corpus_holdout102.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import tempfile
from pathlib import Path

import holdout102ev_neg_other
import holdout102ev_neg_side
import holdout102ev_pos_fr1
import holdout102ev_pos_fr2
import holdout102ev_pos_fr3
import holdout102ev_pos_fr4
import holdout102ev_pos_intl
from holdout102ev_ics import Ev

SPLIT = "holdout102"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER = {"camille.roux.ide@laposte.net", "camille.roux@chu-bx-pellegrin-sante.fr"}


def collect() -> list[Ev]:
    out: list[Ev] = []
    for mod in (holdout102ev_pos_fr1, holdout102ev_pos_fr2, holdout102ev_pos_fr3, holdout102ev_pos_fr4,
                holdout102ev_pos_intl, holdout102ev_neg_side, holdout102ev_neg_other):
        out += mod.events()
    return out


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def uid_of(ev: Ev) -> str:
    """The single UID of the event's VEVENTs, checked against icalendar's parse."""
    from icalendar import Calendar

    raw = {m.strip() for m in re.findall(r"^UID:(.*)$", unfold(ev.ics), re.M)}
    cal = Calendar.from_ical(ev.ics)
    parsed = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if len(parsed) != 1 or raw != parsed:
        raise SystemExit(f"{ev.kind}: UID mismatch {raw} vs {parsed}")
    return parsed.pop()


def check(ev: Ev) -> None:
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{ev.kind}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with interview fields")
    for who in ev.interviewers.split(";"):
        if who in USER or (("@" in who) and who != who.lower()):
            raise SystemExit(f"{ev.kind}: bad interviewer {who}")
        if "@" in who and who not in unfold(ev.ics).lower():
            raise SystemExit(f"{ev.kind}: interviewer {who} not in the event")
    if not ev.trap:
        raise SystemExit(f"{ev.kind}: no trap")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, header: list[str], new_rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        if rows:
            if rows[0] != header:
                raise SystemExit(f"{path}: unexpected header {rows[0]}")
            split_col = header.index("split")
            kept = [r for r in rows[1:] if r and r[split_col] != SPLIT]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(new_rows)
    write_atomic(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    random.Random(102).shuffle(evs)
    labels: list[list[str]] = []
    forms: dict[str, list[str]] = {}
    uids: set[str] = set()
    files: dict[str, str] = {}
    for n, ev in enumerate(evs, 1):
        check(ev)
        uid = uid_of(ev)
        if uid in uids:
            raise SystemExit(f"duplicate UID {uid}")
        uids.add(uid)
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        files[name] = ev.ics
        labels.append([name, uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                       ev.trap])
        if ev.is_interview:
            forms.setdefault(ev.company, [])
            forms[ev.company] += [f for f in ev.forms if f not in forms[ev.company]]

    for old in out.glob(f"{SPLIT}-*.ics"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        write_atomic(out / name, text.encode("utf-8"))
    rewrite_csv(out / "labels.csv", LABEL_HEADER, labels)
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER,
                [[SPLIT, company, "|".join(f)] for company, f in sorted(forms.items())])
    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(forms)} companies -> {out}")


if __name__ == "__main__":
    main()
