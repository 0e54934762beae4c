"""Write the holdout77 split of the event corpus (issue 4).

Blind split by an independent author: raw iCalendar text for a Dublin maths teacher (Siobhán Kelly) applying
for deputy-principal / assistant-principal posts and curriculum roles at education bodies and ed-tech firms.

Replaces only its own files (tests/corpus/events/holdout77-*.ics) and its own rows (split=holdout77) of
labels.csv and company_forms.csv; other rows are kept byte for byte. Every label's UID is checked against the
file as icalendar parses it.

Usage: cd scripts && python make_event_corpus_holdout77.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout77ev_neg_hiring_a
import holdout77ev_neg_hiring_b
import holdout77ev_neg_other_a
import holdout77ev_neg_other_b
import holdout77ev_pos_bodies
import holdout77ev_pos_edtech_a
import holdout77ev_pos_edtech_b
import holdout77ev_pos_edtech_c
import holdout77ev_pos_more
import holdout77ev_pos_private
import holdout77ev_pos_schools
from icalendar import Calendar

SPLIT = "holdout77"
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = (
    holdout77ev_pos_schools,
    holdout77ev_pos_bodies,
    holdout77ev_pos_edtech_a,
    holdout77ev_pos_edtech_b,
    holdout77ev_pos_edtech_c,
    holdout77ev_pos_more,
    holdout77ev_pos_private,
    holdout77ev_neg_hiring_a,
    holdout77ev_neg_hiring_b,
    holdout77ev_neg_other_a,
    holdout77ev_neg_other_b,
)


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every other split's line as is; drop this split's lines; append `rows`."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    if lines:
        kept.append(lines[0] if lines[0].endswith("\n") else lines[0] + "\n")
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    else:
        kept.append(csv_line(header))
    kept.extend(csv_line(r) for r in rows)
    write_atomic(path, "".join(kept).encode("utf-8"))


def check(items: list[dict[str, object]]) -> None:
    uids: set[str] = set()
    for it in items:
        label = it["label"]
        assert isinstance(label, dict)
        cal = Calendar.from_ical(str(it["text"]))
        found = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
        if found != {label["uid"]}:
            sys.exit(f"UID mismatch in {it['kind']}: label {label['uid']!r}, file {sorted(found)!r}")
        if label["uid"] in uids:
            sys.exit(f"duplicate UID {label['uid']}")
        uids.add(label["uid"])
        if label["stage"] not in STAGES:
            sys.exit(f"bad stage {label['stage']!r} in {it['kind']}")
        if label["is_interview"] == "1" and not label["company"]:
            sys.exit(f"interview without company: {it['kind']}")
        if label["is_interview"] == "0" and (label["company"] or label["stage"] or label["interviewers"]):
            sys.exit(f"negative with interview fields: {it['kind']}")
        if it["kind"].startswith("hiring-") and "user-as-interviewer" not in label["trap"]:
            sys.exit(f"hiring-side event without user-as-interviewer trap: {it['kind']}")


def main() -> None:
    items: list[dict[str, object]] = []
    for mod in MODULES:
        items.extend(mod.events())
    check(items)
    random.Random(7717).shuffle(items)

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    forms: dict[str, str] = {}
    companies: list[str] = []
    for n, it in enumerate(items, start=1):
        name = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
        write_atomic(OUT / name, str(it["text"]).encode("utf-8"))
        lab = it["label"]
        assert isinstance(lab, dict)
        label_rows.append([name, lab["uid"], lab["is_interview"], lab["company"], lab["role"], lab["stage"],
                           lab["interviewers"], SPLIT, lab["trap"]])
        if lab["is_interview"] == "1":
            if lab["company"] not in companies:
                companies.append(lab["company"])
            if it["forms"] is not None:
                forms[lab["company"]] = str(it["forms"])
    replace_rows(OUT / "labels.csv", LABEL_HEADER, 7, label_rows)
    form_rows = [[SPLIT, c, forms.get(c, "")] for c in sorted(companies, key=str.casefold)]
    replace_rows(OUT / "company_forms.csv", FORMS_HEADER, 0, form_rows)

    pos = sum(1 for r in label_rows if r[2] == "1")
    side = sum(1 for r in label_rows if "user-as-interviewer" in r[8])
    print(f"{SPLIT}: {len(label_rows)} files, {pos} interviews, {len(label_rows) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")


if __name__ == "__main__":
    main()
