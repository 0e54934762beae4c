"""Write the holdout79 calendar-event split (issue 4): tests/corpus/events/holdout79-*.ics plus its rows of
labels.csv and company_forms.csv.

Written blind by an independent author (raw iCalendar text composed by hand, before the classifier was read or
run on it). The user is Amélie Fontaine, hospital pharmacist in Brussels looking for regulatory-affairs,
medical-affairs and quality roles in Belgium, the Netherlands and Switzerland. CC0 1.0.

Only this split's files and rows are replaced; other rows are kept verbatim and the headers stay as they are.
Run with the project's Python (icalendar is needed for the self-check):
    cd scripts && ../.venv/bin/python make_event_corpus_holdout79.py --out ../tests/corpus/events
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

import holdout79ev_neg_other as neg_other
import holdout79ev_neg_other_b as neg_other_b
import holdout79ev_neg_side as neg_side
import holdout79ev_neg_side_b as neg_side_b
import holdout79ev_pos_en_a as pos_en_a
import holdout79ev_pos_en_b as pos_en_b
import holdout79ev_pos_fr_a as pos_fr_a
import holdout79ev_pos_fr_b as pos_fr_b
import holdout79ev_pos_nl_de as pos_nl_de
from holdout79ev_forms import FORMS
from holdout79ev_ics import ME, SPLIT, WORK

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def collect() -> list[dict[str, object]]:
    evs: list[dict[str, object]] = []
    for mod in (pos_fr_a, pos_fr_b, pos_en_a, pos_en_b, pos_nl_de, neg_side, neg_side_b, neg_other, neg_other_b):
        evs += mod.events()
    random.Random(79).shuffle(evs)
    return evs


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def check(evs: list[dict[str, object]]) -> None:
    """Parse every file back with icalendar and check the labels against it."""
    import icalendar

    seen: set[str] = set()
    for e in evs:
        cal = icalendar.Calendar.from_ical(str(e["ics"]))
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert uids == {e["uid"]}, (e["kind"], uids, e["uid"])
        assert e["uid"] not in seen, e["uid"]
        seen.add(str(e["uid"]))
        assert e["stage"] in STAGES, e
        inter = str(e["interviewers"])
        assert ME not in inter and WORK not in inter, e["kind"]
        if e["is_interview"]:
            assert e["company"], e["kind"]
        else:
            assert not (e["company"] or e["role"] or e["stage"] or inter), e["kind"]
        if e["side"]:
            assert "user-as-interviewer" in str(e["trap"]), e["kind"]
        else:
            assert "user-as-interviewer" not in str(e["trap"]), e["kind"]
    companies = {str(e["company"]) for e in evs if e["is_interview"]}
    assert companies == set(FORMS), (companies ^ set(FORMS))


def replace_rows(path: Path, col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's line verbatim; drop ours; append the new rows."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    kept = [lines[0]]
    for ln in lines[1:]:
        if not ln.strip():
            continue
        cells = next(csv.reader([ln]))
        if len(cells) > col and cells[col] == SPLIT:
            continue
        kept.append(ln if ln.endswith(("\n", "\r")) else ln + eol)
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT, help="corpus directory (default: tests/corpus/events)")
    out: Path = ap.parse_args().out
    evs = collect()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, e in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        atomic_write(out / name, str(e["ics"]))
        label_rows.append([name, str(e["uid"]), str(e["is_interview"]), str(e["company"]), str(e["role"]),
                           str(e["stage"]), str(e["interviewers"]), SPLIT, str(e["trap"])])
    replace_rows(out / "labels.csv", 7, label_rows)
    forms_rows = [[SPLIT, company, "|".join(forms)] for company, forms in FORMS.items()]
    replace_rows(out / "company_forms.csv", 0, forms_rows)
    pos = sum(1 for e in evs if e["is_interview"])
    side = sum(1 for e in evs if e["side"])
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(FORMS)} companies")


if __name__ == "__main__":
    main()
