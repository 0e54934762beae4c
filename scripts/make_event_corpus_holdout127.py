"""Write the holdout127 event split: blind calendar events of Rhys Llewellyn, surgical trainee in Cardiff.

Usage: python scripts/make_event_corpus_holdout127.py [--out tests/corpus/events]

Replaces only holdout127-*.ics and the split=holdout127 rows of labels.csv and company_forms.csv (appending
them otherwise, header kept); files are written atomically, and every label's UID is read back from its file
with icalendar before the CSVs are written.
"""

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

import holdout127ev_neg_career
import holdout127ev_neg_life
import holdout127ev_neg_side
import holdout127ev_pos_hand
import holdout127ev_pos_industry
import holdout127ev_pos_intl
import holdout127ev_pos_nhs
import holdout127ev_pos_small
from holdout127ev_ics import render

SPLIT = "holdout127"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
POS = [holdout127ev_pos_nhs, holdout127ev_pos_industry, holdout127ev_pos_small, holdout127ev_pos_intl,
       holdout127ev_pos_hand]
NEG = [holdout127ev_neg_side, holdout127ev_neg_life, holdout127ev_neg_career]


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


def read_rows(path: Path, header: list[str]) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames and list(reader.fieldnames) != header:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        return [r for r in reader if r.get("split") != SPLIT]


def csv_text(header: list[str], rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def parsed_uid(text: str, name: str) -> str:
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if len(uids) != 1:
        raise SystemExit(f"{name}: expected one UID, found {uids}")
    return uids.pop()


def collect() -> tuple[list[dict], dict[str, str]]:
    events: list[dict] = []
    forms: dict[str, str] = {}
    for mod in POS:
        events += mod.EVENTS
        for k, v in mod.FORMS.items():
            if k in forms and forms[k] != v:
                raise SystemExit(f"conflicting forms for {k}")
            forms[k] = v
    for mod in NEG:
        events += mod.EVENTS
    return events, forms


def check(events: list[dict], forms: dict[str, str]) -> None:
    companies = set()
    for e in events:
        is_iv, company, _role, stage, interviewers, trap = e["label"]
        assert stage in STAGES, (e["kind"], stage)
        assert trap, e["kind"]
        if is_iv:
            assert company, e["kind"]
            companies.add(company)
            assert "user-as-interviewer" not in trap, e["kind"]
        else:
            assert not (company or stage or interviewers), e["kind"]
        for person in filter(None, interviewers.split(";")):
            if "@" in person:
                assert person == person.lower(), (e["kind"], person)
                assert "rhys.llewellyn" not in person, e["kind"]
    missing = companies - set(forms)
    extra = set(forms) - companies
    if missing or extra:
        raise SystemExit(f"forms mismatch: missing {missing}, extra {extra}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default_out)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    events, forms = collect()
    check(events, forms)
    order = list(range(len(events)))
    random.Random(127).shuffle(order)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows = []
    seen_uids: set[str] = set()
    for n, idx in enumerate(order, start=1):
        e = events[idx]
        name = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        text = render(e)
        atomic_write(out / name, text)
        uid = parsed_uid((out / name).read_text(encoding="utf-8"), name)
        if uid in seen_uids:
            raise SystemExit(f"duplicate UID {uid}")
        seen_uids.add(uid)
        is_iv, company, role, stage, interviewers, trap = e["label"]
        rows.append({"file": name, "uid": uid, "is_interview": str(is_iv), "company": company, "role": role,
                     "stage": stage, "interviewers": interviewers, "split": SPLIT, "trap": trap})

    labels = out / "labels.csv"
    atomic_write(labels, csv_text(LABEL_HEADER, read_rows(labels, LABEL_HEADER) + rows))
    cf = out / "company_forms.csv"
    form_rows = [{"split": SPLIT, "company": c, "forms": forms[c]} for c in sorted(forms)]
    atomic_write(cf, csv_text(FORMS_HEADER, read_rows(cf, FORMS_HEADER) + form_rows))

    pos = sum(1 for e in events if e["label"][0])
    side = sum(1 for e in events if "user-as-interviewer" in e["label"][5])
    print(f"{SPLIT}: {len(events)} files, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(forms)} companies")


if __name__ == "__main__":
    main()
