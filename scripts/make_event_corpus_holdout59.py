"""Write the holdout59 calendar-event split (issue 4): blind, raw iCalendar text, CC0 1.0.

The user is Jonas Brückner, supply-chain planner in Hamburg (jonas.brueckner@gmx.de / j.brueckner@elbkai-logistik.de).
Writes tests/corpus/events/holdout59-NNN-<kind>.ics, the split=holdout59 rows of labels.csv and company_forms.csv;
replaces only its own files and rows, keeps everything else byte for byte, writes atomically.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout59.py [--out tests/corpus/events]
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

import holdout59ev_neg_other_a  # noqa: E402
import holdout59ev_neg_other_b  # noqa: E402
import holdout59ev_neg_side_a  # noqa: E402
import holdout59ev_neg_side_b  # noqa: E402
import holdout59ev_pos_de_a  # noqa: E402
import holdout59ev_pos_de_b  # noqa: E402
import holdout59ev_pos_de_c  # noqa: E402
import holdout59ev_pos_intl_a  # noqa: E402
import holdout59ev_pos_intl_b  # noqa: E402
from holdout59ev_ics import Ev  # noqa: E402

SPLIT = "holdout59"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [holdout59ev_pos_de_a, holdout59ev_pos_de_b, holdout59ev_pos_de_c, holdout59ev_pos_intl_a,
           holdout59ev_pos_intl_b, holdout59ev_neg_side_a, holdout59ev_neg_side_b, holdout59ev_neg_other_a,
           holdout59ev_neg_other_b]

# Other forms of each labelled employer's name a user would accept (see company_forms.csv).
FORMS: dict[str, list[str]] = {
    "Hanseatische Kühllogistik": ["HKL"],
    "Brandt & Söhne Spedition": ["Brandt & Söhne", "Spedition Brandt & Söhne"],
    "Meridian Pharma Supply": ["Meridian Pharma"],
    "Kaltenbach Automotive Systems": ["Kaltenbach Automotive", "Kaltenbach"],
    "Flinkwerk": [],
    "Ostholm": ["Ostholm Möbel"],
    "Lindqvist Fresh Foods": ["Lindqvist", "Lindqvist Fresh Foods Deutschland"],
    "Fellfreund": ["Fellfreund Tiernahrung"],
    "Grünkern Naturkost": ["Grünkern"],
    "Elbmarsch Agrarhandel": [],
    "Marktkorb Logistik": [],
    "Wiegand Baustoffe": [],
    "Voltara Mobility": ["Voltara"],
    "Zellwerk Batterietechnik": ["Zellwerk"],
    "Lumenfeld Solar": ["Lumenfeld"],
    "Nordhafen Container Terminal": ["NCT"],
    "Brise Getränke": ["Brise"],
    "Alpenfracht Logistik": ["Alpenfracht"],
    "Donauwerk Industriegüter": ["Donauwerk"],
    "Bergquell Mineralwasser": ["Bergquell"],
    "Murtal Papier": [],
    "Tarvos Aviation Services": ["Tarvos Aviation", "Tarvos"],
    "Solveig Cosmetics": ["Solveig"],
    "Baltic Feeder Lines": ["BFL"],
    "Lohmann Stahlhandel": ["Heinrich Lohmann Stahlhandel", "Lohmann Stahl"],
    "Kestrel Parts": ["Kestrel Parts Europe", "Kestrel"],
    "Northwind Forwarding": ["Northwind", "NWF"],
    "PackSmart Solutions": ["PackSmart"],
    "Rijnpoort Logistics": ["Rijnpoort"],
    "Carrow Medical": ["Carrow Medical Devices", "Carrow"],
    "Tessaro Home Appliances": ["Tessaro Home Appliances Europe", "Tessaro"],
    "Flowgrid": ["Flowgrid Planning Software"],
    "Quantara Dresden": ["Quantara"],
    "Helvion Chemicals": ["Helvion Chemicals Europe", "Helvion"],
    "Alder & Finch Beverages": ["Alder & Finch"],
    "Van der Meulen Distributie": ["Van der Meulen", "VDM"],
    "Oosterdok Coffee Roasters": ["Oosterdok Coffee", "Oosterdok"],
    "Valmorel Emballages": ["Valmorel"],
    "Frutas Almenara": ["Almenara"],
}


def collect() -> list[Ev]:
    events = [fn() for mod in MODULES for fn in mod.EVENTS]
    random.Random(5959).shuffle(events)
    return events


def atomic_write(path: Path, data: bytes) -> None:
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


def replace_rows(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    """Keep the header and every other split's line verbatim; drop our old rows; append ours."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        idx = header.index(split_col)
        for i, line in enumerate(lines):
            if i == 0:
                continue
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) > idx and cells[idx] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    text = csv_line(header) + "".join(kept) + "".join(csv_line(r) for r in rows)
    atomic_write(path, text.encode("utf-8"))


def check(ev: Ev, name: str) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(ev.ics)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev.uid not in uids:
        raise SystemExit(f"{name}: label uid {ev.uid!r} not among parsed {uids!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{name}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{name}: negative with interview fields")
    if ev.interviewers != ev.interviewers.lower() and "@" in ev.interviewers:
        raise SystemExit(f"{name}: interviewer addresses must be lower-case")
    if not ev.trap:
        raise SystemExit(f"{name}: missing trap")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE.parent / "tests" / "corpus" / "events"))
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    events = collect()
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    seen_uids: set[str] = set()
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        check(ev, name)
        if ev.uid in seen_uids:
            raise SystemExit(f"duplicate uid {ev.uid}")
        seen_uids.add(ev.uid)
        atomic_write(out / name, ev.ics.encode("utf-8"))
        label_rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage,
                           ev.interviewers, SPLIT, ev.trap])
    companies = sorted({ev.company for ev in events if ev.is_interview and ev.company})
    missing = [c for c in companies if c not in FORMS]
    extra = [c for c in FORMS if c not in companies]
    if missing or extra:
        raise SystemExit(f"forms mismatch: missing {missing}, unused {extra}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(out / "labels.csv", LABEL_HEADER, "split", label_rows)
    replace_rows(out / "company_forms.csv", FORMS_HEADER, "split", forms_rows)
    pos = sum(ev.is_interview for ev in events)
    side = sum("user-as-interviewer" in ev.trap for ev in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")


if __name__ == "__main__":
    main()
