#!/usr/bin/env python3
"""Write the holdout67 event split: ~110 raw iCalendar files for Yusuf Demir (written blind).

The user is Yusuf Demir, junior mechatronics engineer at Neckar Automation near Stuttgart
(free-mail yusuf.demir96@web.de, work y.demir@neckar-automation.de). Interviews in DE/AT/NL, calendar mostly
German with English, some Turkish, a little French and Spanish.

Replaces only its own files (holdout67-*.ics) and rows (split=holdout67) in labels.csv and company_forms.csv;
everything else is kept byte for byte. Usage:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout67.py [--out tests/corpus/events]

All people, companies and addresses are invented. CC0 1.0.
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

import holdout67ev_neg_a
import holdout67ev_neg_b
import holdout67ev_pos_a
import holdout67ev_pos_b
import holdout67ev_pos_c
import holdout67ev_pos_d
import holdout67ev_pos_e
import holdout67ev_side_a
import holdout67ev_side_b
from holdout67ev_core import Ev

SPLIT = "holdout67"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see company_forms.csv); "" = the label is the only form.
FORMS: dict[str, str] = {
    "Kessler Antriebstechnik": "Kessler",
    "Brennwald Fahrzeugtechnik": "Brennwald",
    "Lindqvist Motion Systems": "Lindqvist Motion|Lindqvist",
    "Auerbach Sensorik": "Auerbach",
    "Tauber Automation": "Tauber",
    "Voltavia Mobility": "Voltavia",
    "Steinhart Maschinenbau": "Steinhart",
    "Rheinfels Elektronik": "Rheinfels",
    "Kappler Fördertechnik": "Kappler",
    "Alpenwerk Automotive": "Alpenwerk",
    "Delftron": "Delftron Systems",
    "Mertens & Haag": "Mertens & Haag Sondermaschinenbau|Mertens und Haag",
    "Solvik Batterietechnik": "Solvik",
    "HVT": "HVT Hydraulik-Ventil-Technik|Hydraulik-Ventil-Technik",
    "ZWE": "Zell & Wenger Elektromotoren|Zell & Wenger|Zell und Wenger Elektromotoren",
    "Orvane Drive Systems": "Orvane",
    "Quantis Vision": "Quantis",
    "Ferrox Industrieroboter": "Ferrox",
    "Brandl Steuerungstechnik": "Brandl",
    "Vireo Mobility": "Vireo",
    "Ebrotec Automoción": "Ebrotec",
    "Corvant Technologies": "Corvant",
    "Pardee Controls": "Pardee",
    "ELTRA": "ELTRA Elektrotechnik",
    "Schwarzwald Präzision": "",
    "Ingenieurbüro Falk": "IB Falk",
    "Stellwerk Robotics": "Stellwerk",
    "Mobilis Fahrzeugelektronik": "Mobilis",
    "Vanderlinde Packaging Machines": "Vanderlinde",
    "KARO Kunststofftechnik": "KARO",
    "Eisele Laser": "Eisele",
    "Bergmann Mess- und Regeltechnik": "Bergmann",
    "Hoogland Mechatronics": "Hoogland",
    "Treml Fahrzeugbau": "Treml",
    "Donautal Antriebe": "Donautal",
    "Lorch Systemtechnik": "Lorch",
    "Feinwerk Sauter": "Sauter",
    "Reichert Fördersysteme": "Reichert",
    "Imbery Steuerungen": "Imbery",
    "Feldkamp Engineering": "Feldkamp",
    "Feuerbach Mobility Solutions": "Feuerbach Mobility|Feuerbach",
    "Aerion Drives": "Aerion",
    "Noordkamp Automation": "Noordkamp",
    "Wälder Elektrotechnik": "Wälder",
    "Kinetix Labs": "Kinetix",
    "Gehring Anlagenbau": "Gehring",
    "Kaya Automotive": "",
    "Kaltenbach Robotik": "Kaltenbach",
    "Hartung Sondermaschinen": "Hartung",
    "Pohl Automotive Systems": "Pohl Automotive|Pohl",
    "Merz Kinematik": "Merz",
    "Hollmann Prüfsysteme": "Hollmann",
    "Rosskopf Antriebe": "Rosskopf",
}


def collect() -> tuple[list[Ev], set[str]]:
    evs: list[Ev] = []
    for mod in (holdout67ev_pos_a, holdout67ev_pos_b, holdout67ev_pos_c, holdout67ev_pos_d, holdout67ev_pos_e,
                holdout67ev_neg_a, holdout67ev_neg_b):
        evs += mod.events()
    side: list[Ev] = holdout67ev_side_a.events() + holdout67ev_side_b.events()
    return evs + side, {e.uid for e in side}


def check(evs: list[Ev], side: set[str]) -> None:
    uids = [e.uid for e in evs]
    assert len(uids) == len(set(uids)), "duplicate UID"
    companies = {e.company for e in evs if e.is_interview}
    assert companies == set(FORMS), (companies ^ set(FORMS))
    for e in evs:
        assert e.stage in STAGES, e.kind
        assert e.trap, e.kind
        if e.is_interview:
            assert e.company, e.kind
        else:
            assert not (e.company or e.role or e.stage or e.interviewers), e.kind
        assert ("user-as-interviewer" in e.trap) == (e.uid in side), e.kind
        assert "\r\nBEGIN:VEVENT" in e.text and e.text.startswith("BEGIN:VCALENDAR"), e.kind
    try:
        import icalendar
    except ImportError:
        return
    for e in evs:
        cal = icalendar.Calendar.from_ical(e.text)
        got = {str(v.get("UID")) for v in cal.walk("VEVENT")}
        assert got == {e.uid}, (e.kind, got, e.uid)


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def merge_csv(path: Path, header: str, split_col: int, new_rows: list[list[str]]) -> None:
    """Drop the lines whose split column is ours, keep all others verbatim, append ours."""
    text = path.read_text(encoding="utf-8") if path.exists() else header + "\n"
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = [lines[0] if lines[0].endswith("\n") else lines[0] + "\n"]
    for line in lines[1:]:
        cells = next(csv.reader([line]), [])
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith("\n") else line + "\n")
    kept += [csv_line(r) for r in new_rows]
    write_atomic(path, "".join(kept).encode("utf-8"))


def main() -> None:
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default_out)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs, side = collect()
    check(evs, side)
    random.Random(67).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        write_atomic(out / name, e.text.encode("utf-8"))
        rows.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, e.interviewers, SPLIT, e.trap])
    merge_csv(out / "labels.csv", LABEL_HEADER, 7, rows)

    seen: list[str] = []
    for e in evs:
        if e.is_interview and e.company not in seen:
            seen.append(e.company)
    merge_csv(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in sorted(seen)])

    pos = sum(e.is_interview for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives "
          f"({len(side)} with the user on the hiring side), {len(seen)} employers -> {out}")


if __name__ == "__main__":
    main()
