"""Write the holdout45 calendar-event split (issue 4): tests/corpus/events/holdout45-*.ics plus its rows of
labels.csv and company_forms.csv.

Written blind by an independent author (raw iCalendar text composed by hand in scripts/holdout45ev_*.py, before
reading or running the classifier). The user is Santiago Herrera, hospital pharmacist in Barcelona
(santi.herrera.farma@gmail.com, work sherrera@hullobregat.cat). CC0 1.0.

Usage: python scripts/make_event_corpus_holdout45.py [--out tests/corpus/events]
Replaces only holdout45-*.ics and the split=holdout45 rows; other files and rows are kept as they are.
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

import holdout45ev_neg_other_a  # noqa: E402
import holdout45ev_neg_other_b  # noqa: E402
import holdout45ev_neg_side_a  # noqa: E402
import holdout45ev_neg_side_b  # noqa: E402
import holdout45ev_pos_a  # noqa: E402
import holdout45ev_pos_b  # noqa: E402
import holdout45ev_pos_c  # noqa: E402
import holdout45ev_pos_d  # noqa: E402
import holdout45ev_pos_e  # noqa: E402
import holdout45ev_pos_f  # noqa: E402
import holdout45ev_pos_g  # noqa: E402
import holdout45ev_pos_h  # noqa: E402
from holdout45ev_forms import FORMS  # noqa: E402
from holdout45ev_ics import SPLIT  # noqa: E402

MODULES = (holdout45ev_pos_a, holdout45ev_pos_b, holdout45ev_pos_c, holdout45ev_pos_d, holdout45ev_pos_e,
           holdout45ev_pos_f, holdout45ev_pos_g, holdout45ev_pos_h, holdout45ev_neg_side_a, holdout45ev_neg_side_b,
           holdout45ev_neg_other_a, holdout45ev_neg_other_b)
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
SEED = 4545


def collect() -> list[dict[str, str]]:
    events = [e for m in MODULES for e in m.events()]
    kinds = [e["kind"] for e in events]
    dupes = {k for k in kinds if kinds.count(k) > 1}
    assert not dupes, f"duplicate kinds: {dupes}"
    uids = [e["uid"] for e in events]
    assert len(set(uids)) == len(uids), "duplicate UIDs"
    random.Random(SEED).shuffle(events)
    for i, e in enumerate(events, 1):
        e["file"] = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
    return events


def verify(events: list[dict[str, str]]) -> None:
    """Parse every file with icalendar and check its UID against the label; check the forms table."""
    import icalendar

    for e in events:
        cal = icalendar.Calendar.from_ical(e["ics"])
        vevents = list(cal.walk("VEVENT"))
        assert vevents, e["file"]
        found = {str(v.get("UID")) for v in vevents}
        assert found == {e["uid"]}, (e["file"], found, e["uid"])
        for v in vevents:
            v.decoded("DTSTART")
        if "user-as-interviewer" in e["trap"]:
            assert e["is_interview"] == "0", e["file"]
        for line in e["ics"].split("\r\n"):
            assert len(line.encode()) <= 75, (e["file"], line)
    labelled = {e["company"] for e in events if e["is_interview"] == "1" and e["company"]}
    assert labelled == set(FORMS), (labelled ^ set(FORMS))


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's rows byte for byte; replace this split's rows."""
    kept: list[str] = []
    if path.exists():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        records = list(csv.reader(io.StringIO(text)))
        if records:
            assert records[0] == header, f"unexpected header in {path}"
        body = [ln for ln in lines[1:] if ln.strip()]
        if len(body) == len(records) - 1:
            for ln, rec in zip(body, records[1:], strict=True):
                if rec[split_col] != SPLIT:
                    kept.append(ln if ln.endswith("\n") else ln + "\n")
        else:  # a quoted cell spans lines: fall back to re-serialising the other rows
            kept = [csv_line(rec) for rec in records[1:] if rec and rec[split_col] != SPLIT]
    out = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in rows)
    write_atomic(path, out.encode("utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parent / "tests" / "corpus" / "events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    events = collect()
    verify(events)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for e in events:
        write_atomic(out / e["file"], e["ics"].encode("utf-8"))
    labels = [[e["file"], e["uid"], e["is_interview"], e["company"], e["role"], e["stage"], e["interviewers"], SPLIT,
               e["trap"]] for e in events]
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, labels)
    forms = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(FORMS)]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms)
    pos = sum(e["is_interview"] == "1" for e in events)
    side = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user on the hiring side), {len(forms)} companies -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
