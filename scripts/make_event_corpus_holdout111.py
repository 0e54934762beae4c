"""Write the holdout111 event split: ~110 raw iCalendar files composed blind, with labels.

The user is Margaux Lefèvre, a quality-assurance engineer at a medtech manufacturer near Lausanne,
applying for QA-manager, regulatory-affairs and validation roles (free-mail margaux.lefevre.qa@bluewin.ch,
work margaux.lefevre@helvamed-devices.ch).

Replaces only tests/corpus/events/holdout111-*.ics and the split=holdout111 rows of labels.csv and
company_forms.csv; every other file and row is kept as it is. Run:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout111.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout111ev_neg_life
import holdout111ev_neg_side
import holdout111ev_neg_work
import holdout111ev_pos_ats
import holdout111ev_pos_direct
import holdout111ev_pos_more
from holdout111ev_ics import Ev

SPLIT = "holdout111"
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms note: full name, short name, acronym).
COMPANY_FORMS = {
    "Nexalis Biologics": ["Nexalis"],
    "Rhodanie Biotech": ["Rhodanie"],
    "Genevance Therapeutics": ["Genevance"],
    "Synthalis AG": ["Synthalis"],
    "Cyteris": [],
    "Sauvabelle Diagnostics": ["Sauvabelle"],
    "Laboratoires Brenaz": ["Brenaz", "Laboratoire Brenaz"],
    "Juralab AG": ["Juralab"],
    "Orthomed Romandie": ["Orthomed"],
    "Kessler Aseptics": ["Kessler"],
    "Helix Sterile Solutions": ["HSS", "Helix"],
    "SwissFill CDMO": ["SwissFill"],
    "Nordtal Pharma": ["Nordtal"],
    "Lemanis Clinical": ["Lemanis"],
    "Rheinfeld Biopharma": ["Rheinfeld"],
    "Cardiorythm": [],
    "Quadrant Medtech": ["Quadrant"],
    "Alpenvial": [],
    "Lysandre Labs": ["Lysandre"],
    "Veltis Medical": ["Veltis"],
    "ProBioTech Valais": ["ProBioTech"],
    "Stérilux": [],
    "Valoria Pharma": ["Valoria"],
    "Pharmadom": [],
    "Ophtalmis": [],
    "Auréa Dermatologie": ["Auréa"],
    "Pelagos Vaccines": ["Pelagos"],
    "Biotope Analytics": ["Biotope"],
    "Dentaris": [],
    "Cortexia Medical": ["Cortexia"],
    "Mediqual Consulting": ["Mediqual"],
    "Laboratorios Vallmar": ["Vallmar"],
    "Centre de Radiopharmacie Romand": ["CRR"],
    "Orvalis Médical": ["Orvalis"],
    "Cellvera": [],
    "Polyvia": [],
    "Vireo Implants": ["Vireo"],
    "Alvessa Bioservices": ["Alvessa"],
    "Dr. Kunz AG": ["Dr. Kunz", "Kunz AG"],
    "Biocéane": [],
}


def collect() -> list[Ev]:
    evs = [*holdout111ev_pos_ats.all_events(), *holdout111ev_pos_direct.events(),
           *holdout111ev_pos_more.events(), *holdout111ev_neg_side.events(),
           *holdout111ev_neg_work.events(), *holdout111ev_neg_life.events()]
    random.Random(111).shuffle(evs)
    return evs


def check(ev: Ev) -> None:
    cal = icalendar.Calendar.from_ical(ev.text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{ev.kind}: parsed UIDs {uids} != label {ev.uid!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if ev.is_interview and ev.company not in COMPANY_FORMS:
        raise SystemExit(f"{ev.kind}: company {ev.company!r} has no forms row")
    if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with interview fields")
    if ev.interviewers != ev.interviewers.lower():
        raise SystemExit(f"{ev.kind}: interviewers must be lower-case")
    for line in ev.text.split("\r\n"):
        if len(line.encode("utf-8")) > 75:
            raise SystemExit(f"{ev.kind}: unfolded line {line[:40]}")


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def row_text(cells: list[str], eol: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow(cells)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every other split's lines verbatim, drop this split's, append ours."""
    raw = path.read_bytes().decode("utf-8") if path.exists() else ""
    eol = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.splitlines(keepends=True)
    if not lines:
        lines = [row_text(header, eol)]
    kept = [lines[0]]
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = next(csv.reader([line]), [])
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(line if line.endswith(("\n", "\r")) else line + eol)
    kept += [row_text(r, eol) for r in rows]
    atomic_write(path, "".join(kept).encode("utf-8"))


def main() -> None:
    evs = collect()
    for ev in evs:
        check(ev)
    uids = [ev.uid for ev in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        atomic_write(EVDIR / name, ev.text.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers,
                           SPLIT, ev.trap])
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    used = sorted({ev.company for ev in evs if ev.is_interview and ev.company})
    unused = set(COMPANY_FORMS) - set(used)
    if unused:
        raise SystemExit(f"forms for unlabelled companies: {unused}")
    replace_rows(FORMS, FORMS_HEADER, 0, [[SPLIT, c, "|".join(COMPANY_FORMS[c])] for c in used])
    pos = sum(ev.is_interview for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} employers")


if __name__ == "__main__":
    main()
