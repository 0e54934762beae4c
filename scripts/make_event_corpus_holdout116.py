"""Write the holdout116 event split: tests/corpus/events/holdout116-*.ics plus its labels and company forms.

Written blind (raw iCalendar text composed by hand, before the classifier was read or run on it). The user is
Katrin Vogel, a customer adviser at a Sparkasse branch near Leipzig who applies for private-banking, wealth and
financing-adviser roles. Run from anywhere:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout116.py

Only holdout116-*.ics files and split=holdout116 rows are replaced; other rows are kept in order.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout116ev_neg_career  # noqa: E402
import holdout116ev_neg_life  # noqa: E402
import holdout116ev_neg_side  # noqa: E402
import holdout116ev_pos_a  # noqa: E402
import holdout116ev_pos_b  # noqa: E402
import holdout116ev_pos_c  # noqa: E402
import holdout116ev_pos_d  # noqa: E402

SPLIT = "holdout116"
OUT = HERE.parent / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS = OUT / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix="." + path.name + ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _read_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != header:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        return list(reader)


def _write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in header})
    _atomic_write(path, buf.getvalue().encode("utf-8"))


def collect() -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for mod in (holdout116ev_pos_a, holdout116ev_pos_b, holdout116ev_pos_c, holdout116ev_pos_d,
                holdout116ev_neg_side, holdout116ev_neg_life, holdout116ev_neg_career):
        events.extend(mod.events())
    seen: set[str] = set()
    for ev in events:
        if ev["uid"] in seen:
            raise SystemExit(f"duplicate UID {ev['uid']}")
        seen.add(ev["uid"])
        if ev["stage"] not in STAGES:
            raise SystemExit(f"bad stage {ev['stage']!r} for {ev['kind']}")
        if ev["is_interview"] == "0" and (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]):
            raise SystemExit(f"negative with interview fields: {ev['kind']}")
    return events


def _check_uid(path: Path, uid: str) -> str:
    """Parse the written file and make sure every VEVENT carries the labelled UID."""
    try:
        import icalendar
    except ImportError:  # pragma: no cover - the project venv has it
        return ""
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        return f"{path.name}: UIDs {uids} != label {uid!r}"
    return ""


def main() -> None:
    events = collect()
    rng = random.Random(116_2026)
    rng.shuffle(events)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    errors: list[str] = []
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        path = OUT / name
        _atomic_write(path, ev["text"].encode("utf-8"))
        err = _check_uid(path, ev["uid"])
        if err:
            errors.append(err)
        rows.append({
            "file": name,
            "uid": ev["uid"],
            "is_interview": ev["is_interview"],
            "company": ev["company"],
            "role": ev["role"],
            "stage": ev["stage"],
            "interviewers": ev["interviewers"],
            "split": SPLIT,
            "trap": ev["trap"],
        })
    if errors:
        raise SystemExit("\n".join(errors))
    labels = [r for r in _read_rows(LABELS, LABEL_HEADER) if r["split"] != SPLIT]
    _write_rows(LABELS, LABEL_HEADER, labels + rows)

    forms: dict[str, str] = {}
    for ev in events:
        if ev["is_interview"] == "1" and ev["company"]:
            prev = forms.get(ev["company"])
            if prev is not None and prev != ev["forms"]:
                raise SystemExit(f"inconsistent forms for {ev['company']}: {prev!r} vs {ev['forms']!r}")
            forms[ev["company"]] = ev["forms"]
    form_rows = [r for r in _read_rows(FORMS, FORMS_HEADER) if r["split"] != SPLIT]
    form_rows += [{"split": SPLIT, "company": c, "forms": forms[c]} for c in sorted(forms)]
    _write_rows(FORMS, FORMS_HEADER, form_rows)

    pos = sum(ev["is_interview"] == "1" for ev in events)
    side = sum("user-as-interviewer" in ev["trap"] for ev in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({side} user-as-interviewer), "
          f"{len(forms)} companies")


if __name__ == "__main__":
    main()
