"""Write the holdout49 event corpus: raw iCalendar files, labels.csv rows and company_forms.csv rows.

Written blind (without reading the classifier or the other generators) for the user Jonas Brenner
(jonas.brenner@web.de, work: jonas.brenner@rheinland-versicherung.de). Synthetic data, CC0 1.0.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout49.py [--out ../tests/corpus/events]
Replaces only holdout49-*.ics files and split=holdout49 rows; everything else is kept as it is.
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

import holdout49ev_ats
import holdout49ev_direct
import holdout49ev_direct2
import holdout49ev_hiring
import holdout49ev_other
from holdout49ev_core import Ev

SPLIT = "holdout49"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Kiezkasse": "",
    "Lumenhaus Labs": "Lumenhaus",
    "Nordsand Logistics": "Nordsand",
    "Pflanzwerk": "",
    "Quorra Health": "Quorra",
    "Tafelrunde Software": "Tafelrunde",
    "Bergwerk Analytics": "Bergwerk",
    "Clarabyte": "",
    "Hanseatic Payments": "HansePay",
    "Wegweiser Reisen": "Wegweiser",
    "Stapelbar": "",
    "Funkelfeld": "",
    "Kochkiste": "",
    "Voltwerk Energie": "Voltwerk",
    "Fahrwerk Mobility": "Fahrwerk",
    "Cuadrante Labs": "Cuadrante",
    "Mietfuchs": "",
    "Tessera Learning": "Tessera",
    "Rotkehlchen": "Rotkehlchen Health",
    "Sternwarte Media": "Sternwarte",
    "Papierflieger": "",
    "Helix Atlas": "",
    "Olas Digital": "Olas",
    "Pixelune": "",
    "Zugvogel Travel": "Zugvogel",
    "Datenhafen": "",
    "Ostwind Games": "Ostwind",
    "Schwarmfunk": "",
    "Alpenblick Software": "Alpenblick",
    "Glimmer Commerce": "Glimmer",
    "Wellenreiter": "",
    "Brückenbauer Tech": "Brückenbauer",
    "Kaleido": "",
    "Seewerft Digital": "Seewerft",
    "Marlow Maps": "",
    "Hafenkran Software": "Hafenkran",
    "Nimbusnote": "",
    "Grünspan Commerce": "Grünspan",
    "Medicus Cloud": "",
    "Lotsenhaus": "",
    "Norddeutsche Energie-Plattform": "NEP",
    "Kranich Robotics": "Kranich",
    "Loomwise": "",
    "Grachtwerk": "",
    "Stoffwechsel": "",
    "Kartenhaus Games": "Kartenhaus",
    "Wolkenlos": "",
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout49ev_ats, holdout49ev_direct, holdout49ev_direct2, holdout49ev_hiring, holdout49ev_other):
        evs.extend(mod.events())
    random.Random(4949).shuffle(evs)
    return evs


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _row(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def _replace_rows(path: Path, header: str, split_col: int, rows: list[list[str]]) -> None:
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and lines[0].strip() == header:
            lines = lines[1:]
        for line in lines:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    text = header + "\n" + "".join(kept) + "".join(_row(r) for r in rows)
    _atomic_write(path, text.encode("utf-8"))


def check(evs: list[Ev]) -> None:
    uids = [e.uid for e in evs]
    assert len(uids) == len(set(uids)), "duplicate UID"
    for e in evs:
        assert e.stage in STAGES, e.stage
        assert e.yes == bool(e.company), (e.kind, e.company)
        assert not e.yes or e.company in FORMS, e.company
        assert e.iv == e.iv.lower(), e.iv
        assert ("user-as-interviewer" in e.trap) == e.kind.startswith("hiring-"), e.kind
    try:
        import icalendar
    except ImportError:  # the venv has it; without it we skip the parse check
        return
    for e in evs:
        cal = icalendar.Calendar.from_ical(e.ics)
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        for c in cal.walk("VEVENT"):
            assert c.get("DTSTART").dt and (c.get("DTEND") is None or c.get("DTEND").dt), e.kind
        assert found == {e.uid}, (e.kind, found, e.uid)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    evs = all_events()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        _atomic_write(out / name, e.ics.encode("utf-8"))
        labels.append([name, e.uid, "1" if e.yes else "0", e.company, e.role, e.stage, e.iv, SPLIT, e.trap])
    _replace_rows(out / "labels.csv", LABEL_HEADER, 7, labels)
    used = sorted({e.company for e in evs if e.yes})
    assert set(used) == set(FORMS), set(FORMS) ^ set(used)
    _replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in used])
    n_yes = sum(e.yes for e in evs)
    n_hire = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {n_yes} interviews, {len(evs) - n_yes} negatives ({n_hire} user-as-interviewer), "
          f"{len(used)} employers")


if __name__ == "__main__":
    main()
