"""Write the blind holdout73 event corpus: tests/corpus/events/holdout73-*.ics plus its rows of labels.csv and
company_forms.csv.

Written blind (without reading the classifier, the other generators or their files) for afterview issue 4.
The user is Ewan MacLeod, a marine-biology postdoc in Edinburgh (ewan.macleod.bio@gmail.com,
e.macleod@ed-marine.ac.uk) applying for lectureships in the UK and Ireland and research-scientist posts in the
UK, Norway and Germany. Every event is raw iCalendar text composed in the holdout73ev_* modules.

Only this split's files and rows are replaced; other rows are kept in order and the header is preserved.
Every label's UID is checked against the parsed file with icalendar before anything is written.

Run:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout73.py

CC0 1.0. All people, companies and addresses are invented.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout73ev_neg_career
import holdout73ev_neg_life
import holdout73ev_neg_side
import holdout73ev_neg_side2
import holdout73ev_pos_acad
import holdout73ev_pos_de
import holdout73ev_pos_nor
import holdout73ev_pos_uk
import holdout73ev_pos_uk2
from holdout73ev_ics import Ev
from icalendar import Calendar

SPLIT = "holdout73"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
POS_MODULES = (holdout73ev_pos_acad, holdout73ev_pos_uk, holdout73ev_pos_uk2, holdout73ev_pos_nor, holdout73ev_pos_de)
NEG_MODULES = (holdout73ev_neg_side, holdout73ev_neg_side2, holdout73ev_neg_career, holdout73ev_neg_life)


def collect() -> tuple[list[Ev], dict[str, str]]:
    events: list[Ev] = []
    forms: dict[str, str] = {}
    for mod in POS_MODULES:
        events += mod.events()
        for company, other in mod.FORMS.items():
            assert company not in forms, company
            forms[company] = other
    for mod in NEG_MODULES:
        events += mod.events()
    return events, forms


def check(events: list[Ev], forms: dict[str, str]) -> None:
    uids = Counter(e.uid for e in events)
    dup = [u for u, n in uids.items() if n > 1]
    assert not dup, f"duplicate UIDs: {dup}"
    labelled = set()
    for e in events:
        assert e.stage in STAGES, (e.kind, e.stage)
        assert e.trap, e.kind
        if e.is_interview:
            assert e.company, e.kind
            assert "user-as-interviewer" not in e.trap, e.kind
            labelled.add(e.company)
        else:
            assert not (e.company or e.role or e.stage or e.interviewers), e.kind
        for who in filter(None, e.interviewers.split(";")):
            assert who == who.strip(), (e.kind, who)
            if "@" in who:
                assert who == who.lower(), (e.kind, who)
                assert who not in ("ewan.macleod.bio@gmail.com", "e.macleod@ed-marine.ac.uk"), e.kind
    missing = labelled - set(forms)
    unused = set(forms) - labelled
    assert not missing, f"no forms row for {missing}"
    assert not unused, f"forms for unlabelled companies {unused}"


def parsed_uids(text: str) -> list[str]:
    cal = Calendar.from_ical(text)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


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


def rewrite_csv(path: Path, header: list[str], split_col: str, new_rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    rows = list(csv.reader(io.StringIO(text)))
    if rows:
        assert rows[0] == header, f"unexpected header in {path}: {rows[0]}"
        rows = rows[1:]
    idx = header.index(split_col)
    kept = [r for r in rows if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(new_rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    events, forms = collect()
    check(events, forms)
    random.Random(7319).shuffle(events)

    label_rows: list[list[str]] = []
    files: list[tuple[Path, str]] = []
    for n, e in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{e.kind}.ics"
        found = parsed_uids(e.ics)
        assert found and all(u == e.uid for u in found), f"{name}: label UID {e.uid!r} vs parsed {found!r}"
        files.append((EVENTS_DIR / name, e.ics))
        label_rows.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, e.interviewers, SPLIT,
                           e.trap])

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for path, text in files:
        atomic_write(path, text)
        again = parsed_uids(path.read_text(encoding="utf-8"))
        assert again and all(u == next(r[1] for r in label_rows if r[0] == path.name) for u in again), path

    rewrite_csv(LABELS, LABEL_HEADER, "split", label_rows)
    form_rows = [[SPLIT, company, forms[company]] for company in sorted(forms)]
    rewrite_csv(FORMS_CSV, FORMS_HEADER, "split", form_rows)

    pos = sum(e.is_interview for e in events)
    side = sum("user-as-interviewer" in e.trap for e in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user as interviewer), {len(forms)} companies with forms rows")


if __name__ == "__main__":
    main()
