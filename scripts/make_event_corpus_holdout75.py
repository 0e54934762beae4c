"""Write the holdout75 event corpus: blind calendar events for a Toulouse aerospace graduate.

Written blind (without reading the classifier, the other generators or their corpora). Replaces only its own
files (holdout75-*.ics) and rows (split=holdout75) in labels.csv and company_forms.csv; keeps everything else.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout75.py --out ../tests/corpus/events
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

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout75ev_neg_other1 as neg_other1
import holdout75ev_neg_other2 as neg_other2
import holdout75ev_neg_side as neg_side
import holdout75ev_pos_de as pos_de
import holdout75ev_pos_en as pos_en
import holdout75ev_pos_es as pos_es
import holdout75ev_pos_fr1 as pos_fr1
import holdout75ev_pos_fr2 as pos_fr2

SPLIT = "holdout75"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def collect() -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for mod in (pos_fr1, pos_fr2, pos_de, pos_es, pos_en, neg_side, neg_other1, neg_other2):
        events.extend(mod.EVENTS)
    return events


def uid_of(ics: str) -> str:
    parsed = icalendar.Calendar.from_ical(ics)
    uids = {str(ev.get("UID")) for ev in parsed.walk("VEVENT")}
    if len(uids) != 1:
        raise SystemExit(f"expected one UID per file, got {uids}")
    return uids.pop()


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != header:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        return [row for row in reader if row.get("split") != SPLIT]


def csv_bytes(header: list[str], rows: list[dict[str, str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8")


def check(events: list[dict[str, str]]) -> None:
    for ev in events:
        assert ev["stage"] in STAGES, ev
        assert ev["is_interview"] in {"0", "1"}, ev
        if ev["is_interview"] == "0":
            assert not ev["company"] and not ev["stage"] and not ev["interviewers"], ev
        else:
            assert ev["company"], ev
        assert ev["interviewers"] == ev["interviewers"].lower(), ev
        assert "user-as-interviewer" not in ev["trap"] or ev["is_interview"] == "0", ev


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    parser.add_argument("--out", type=Path, default=default_out)
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)

    events = collect()
    check(events)
    random.Random(7511).shuffle(events)

    for old in out.glob(SPLIT + "-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    forms: dict[str, str] = {}
    uids: set[str] = set()
    for num, ev in enumerate(events, 1):
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = ev["ics"].encode("utf-8")
        write_atomic(out / name, data)
        uid = uid_of((out / name).read_bytes().decode("utf-8"))
        if uid in uids:
            raise SystemExit(f"duplicate UID {uid}")
        uids.add(uid)
        labels.append({"file": name, "uid": uid, "is_interview": ev["is_interview"], "company": ev["company"],
                       "role": ev["role"], "stage": ev["stage"], "interviewers": ev["interviewers"],
                       "split": SPLIT, "trap": ev["trap"]})
        if ev["is_interview"] == "1":
            if ev["company"] in forms and forms[ev["company"]] != ev["forms"]:
                raise SystemExit(f"conflicting forms for {ev['company']}")
            forms[ev["company"]] = ev["forms"]

    label_path = out / "labels.csv"
    rows = read_rows(label_path, LABEL_HEADER) + labels
    write_atomic(label_path, csv_bytes(LABEL_HEADER, rows))

    forms_path = out / "company_forms.csv"
    frows = read_rows(forms_path, FORMS_HEADER)
    frows += [{"split": SPLIT, "company": c, "forms": f} for c, f in sorted(forms.items())]
    write_atomic(forms_path, csv_bytes(FORMS_HEADER, frows))

    n_pos = sum(ev["is_interview"] == "1" for ev in events)
    n_side = sum("user-as-interviewer" in ev["trap"] for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_pos} interviews, {len(events) - n_pos} negatives "
          f"({n_side} user-as-interviewer), {len(forms)} companies -> {out}")


if __name__ == "__main__":
    main()
