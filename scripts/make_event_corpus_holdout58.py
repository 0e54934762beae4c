"""Write the holdout58 calendar-event split (issue 4): raw iCalendar files plus their label rows.

Written blind by an independent author, before the classifier was run on it. The user is Priya Raman, a
senior data analyst at a supermarket chain in Manchester (free-mail priya.raman88@gmail.com, work
priya.raman@northgatefoods.co.uk). The events are composed by hand in the holdout58ev_* modules.

The script replaces only its own files (tests/corpus/events/holdout58-*.ics) and its own rows
(split=holdout58) of labels.csv and company_forms.csv; every other file and row is kept as it is.

Usage: python scripts/make_event_corpus_holdout58.py [--out DIR]
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

import holdout58ev_neg_intl
import holdout58ev_neg_other
import holdout58ev_neg_other2
import holdout58ev_neg_side
import holdout58ev_neg_side2
import holdout58ev_pos_ats
import holdout58ev_pos_ats2
import holdout58ev_pos_direct
import holdout58ev_pos_google
import holdout58ev_pos_google2
import holdout58ev_pos_intl
import holdout58ev_pos_sched
import holdout58ev_pos_sched2
from holdout58ev_ics import SPLIT

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that a user would be equally happy to read.
FORMS: dict[str, list[str]] = {
    "Ledgerline": [],
    "Brassbound Payments": ["Brassbound"],
    "Quayside Credit": ["Quayside"],
    "Fennwick Building Society": ["Fennwick"],
    "Harbour & Pike Insurance": ["Harbour & Pike", "Harbour and Pike", "Harbour and Pike Insurance"],
    "Tallyroot": [],
    "Corrib Financial Services": ["CFS"],
    "Mintbridge": [],
    "Kestrel Pay": [],
    "Sableford Analytics": ["Sableford"],
    "Greyhawk Insights": ["Greyhawk"],
    "Bramblewood Home": ["Bramblewood"],
    "Oakhurst & Lyle": ["Oakhurst and Lyle"],
    "Halden's Supermarkets": ["Halden's"],
    "Thistle & Thread": ["Thistle and Thread"],
    "Peak Outdoor Co.": ["Peak Outdoor", "Peak Outdoor Company"],
    "Noordkade": ["Noordkade Retail Analytics"],
    "Zahlfix": [],
    "Elbwerk Analytics": ["Elbwerk"],
    "Dunlir Stores": ["Dunlir"],
    "Castlegate Mutual": ["Castlegate"],
    "Scorewell": [],
    "Wellmore Pharmacy": ["Wellmore"],
    "Irwell Valley NHS Foundation Trust": [
        "Irwell Valley NHS FT",
        "Irwell Valley NHS Trust",
        "Irwell Valley Foundation Trust",
    ],
    "NHS Mersey and Dee ICB": [
        "Mersey and Dee ICB",
        "NHS Mersey and Dee Integrated Care Board",
        "Mersey and Dee Integrated Care Board",
    ],
    "Pennine Health Informatics Service": ["PHIS"],
    "Pointwise Loyalty": ["Pointwise"],
    "Gobble": [],
    "Mosswood Capital": ["Mosswood"],
    "Cobalt Lane": [],
    "Tillsight": [],
    "Vondelpay": [],
    "Mereside Bank": ["Mereside"],
    "Orsay Paiements": [],
    "Pagaluz": [],
    "Coppergate Data": ["Coppergate"],
    "Hatchmere": [],
}


def collect() -> list[dict[str, str]]:
    recs: list[dict[str, str]] = []
    for mod in (
        holdout58ev_pos_ats,
        holdout58ev_pos_ats2,
        holdout58ev_pos_sched,
        holdout58ev_pos_sched2,
        holdout58ev_pos_direct,
        holdout58ev_pos_google,
        holdout58ev_pos_google2,
        holdout58ev_pos_intl,
        holdout58ev_neg_side,
        holdout58ev_neg_side2,
        holdout58ev_neg_other,
        holdout58ev_neg_other2,
        holdout58ev_neg_intl,
    ):
        recs += mod.events()
    return recs


def check(recs: list[dict[str, str]]) -> None:
    """Sanity checks; the UID check parses every file with icalendar when it is installed."""
    uids = [r["uid"] for r in recs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for r in recs:
        if r["stage"] not in STAGES:
            raise SystemExit(f"bad stage {r['stage']!r}")
        if r["is_interview"] == "1" and r["company"] not in FORMS:
            raise SystemExit(f"no forms row for {r['company']!r}")
        if r["is_interview"] == "0" and (r["company"] or r["role"] or r["stage"] or r["interviewers"]):
            raise SystemExit(f"negative with fields: {r['uid']}")
    try:
        import icalendar
    except ImportError:  # pragma: no cover - the project venv has it
        print("icalendar not installed: UID check skipped", file=sys.stderr)
        return
    for r in recs:
        cal = icalendar.Calendar.from_ical(r["ics"])
        found = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
        if found != {r["uid"]}:
            raise SystemExit(f"UID mismatch: {found} != {r['uid']}")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """Drop this split's rows from a CSV (keeping every other row byte for byte) and append `rows`."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    nl = "\r\n" if "\r\n" in text.split("\n", 1)[0] + "\n" else "\n"
    col = header.index("split")
    kept: list[str] = []
    if text:
        lines = text.splitlines(keepends=True)
        reader = csv.reader(io.StringIO(text))
        start = 0
        first = True
        for row in reader:
            end = reader.line_num
            raw = "".join(lines[start:end])
            start = end
            if first:
                first = False
                if row != header:
                    raise SystemExit(f"{path}: unexpected header {row}")
                kept.append(raw)
                continue
            if len(row) > col and row[col] == SPLIT:
                continue
            kept.append(raw)
    else:
        kept.append(",".join(header) + nl)
    body = "".join(kept)
    if body and not body.endswith(("\n", "\r")):
        body += nl
    buf = io.StringIO()
    csv.writer(buf, lineterminator=nl).writerows(rows)
    atomic_write(path, (body + buf.getvalue()).encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    recs = collect()
    check(recs)
    random.Random(58).shuffle(recs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for i, r in enumerate(recs, 1):
        name = f"{SPLIT}-{i:03d}-{r['kind']}.ics"
        atomic_write(out / name, r["ics"].encode("utf-8"))
        label_rows.append(
            [
                name,
                r["uid"],
                r["is_interview"],
                r["company"],
                r["role"],
                r["stage"],
                r["interviewers"],
                SPLIT,
                r["trap"],
            ]
        )
    replace_rows(out / "labels.csv", LABEL_HEADER, label_rows)

    used = sorted({r["company"] for r in recs if r["is_interview"] == "1" and r["company"]})
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in used]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, forms_rows)

    pos = sum(r["is_interview"] == "1" for r in recs)
    side = sum("user-as-interviewer" in r["trap"] for r in recs)
    print(
        f"{SPLIT}: {len(recs)} files, {pos} interviews, {len(recs) - pos} negatives "
        f"({side} with the user on the hiring side), {len(used)} employers"
    )


if __name__ == "__main__":
    main()
