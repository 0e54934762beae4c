"""Write the holdout64 event split (issue 4): ~110 raw iCalendar files, their labels and company forms.

Written blind by an independent author (see tests/corpus/events/README.md). The user is Dragana Petrović,
HR business partner at a dairy group in Vienna (free-mail dragana.petrovic@gmx.at, work
d.petrovic@alpenmilch-gruppe.at), looking for Head of HR / people-director roles in Austria, Germany and
Switzerland.

Usage (from the repository root):  python scripts/make_event_corpus_holdout64.py

Replaces only tests/corpus/events/holdout64-*.ics and the split=holdout64 rows of labels.csv and
company_forms.csv; other files and rows are kept as they are. Every file is parsed with icalendar and its
UIDs checked against the label before anything is written.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout64ev_neg_other
import holdout64ev_neg_other2
import holdout64ev_neg_side
import holdout64ev_neg_side2
import holdout64ev_pos_de
import holdout64ev_pos_de2
import holdout64ev_pos_de3
import holdout64ev_pos_en
import holdout64ev_pos_en2
import holdout64ev_pos_intl
import icalendar
from holdout64ev_ics import Ev

SPLIT = "holdout64"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name the user would equally accept (company_forms.csv).
COMPANY_FORMS: dict[str, list[str]] = {
    "Donauwerk Logistik": ["Donauwerk"],
    "Tauernland Versicherung": ["Tauernland"],
    "NordWerk Energie": ["NordWerk"],
    "Rheinperle Chemie": ["Rheinperle"],
    "Hafervoll": [],
    "Energie Innviertel": [],
    "Holzbau Sturm": [],
    "Semmering Medical": [],
    "Wolkenlos Reisen": ["Wolkenlos"],
    "Stadtwerke Lechfeld": [],
    "Backhaus Gruber": [],
    "Marktfrisch": ["Marktfrisch Handels"],
    "Confiserie Aebi": ["Aebi"],
    "Brennerwerk Automotive": ["Brennerwerk"],
    "Bergbank Tirol": ["Bergbank"],
    "Privatklinik Sankt Veit": ["Privatklinik St. Veit"],
    "Hotelgruppe Wendelstein": ["Wendelstein Hotels"],
    "Murtal Glas": [],
    "Voralpen Papier": [],
    "Fahrwerk Mobility": [],
    "Gemeinnützige Wohnbaugesellschaft Wienerwald": ["GWW", "GWW Wienerwald", "Wohnbaugesellschaft Wienerwald"],
    "Rieger Industrietechnik": ["Rieger"],
    "Spital Thurtal": [],
    "Kaiserwald Holz": ["Kaiserwald"],
    "Sonnkogel Bergbahnen": [],
    "Mayrhofer & Partner Rechtsanwälte": ["Mayrhofer & Partner", "Mayrhofer Rechtsanwälte"],
    "Brightwell Foods": ["Brightwell"],
    "Seeland Pharma": [],
    "Quellwerk": [],
    "Kestrel Analytics": ["Kestrel"],
    "Oakridge Nutrition": ["Oakridge"],
    "Pixelwald Studios": ["Pixelwald"],
    "Harlow Medical Devices": ["Harlow Medical"],
    "Veridian Payments": ["Veridian"],
    "Tidewell": [],
    "Loopwerk": [],
    "Mosaiq Health": ["Mosaiq"],
    "Alpinex Outdoor": ["Alpinex"],
    "Zellweger Maschinen": ["Zellweger"],
    "Lumen Retail Group": ["Lumen Retail", "Lumen"],
    "Montres Valbrise": ["Valbrise"],
    "Laiterie du Jorat": [],
    "Kvarner Food Group": ["Kvarner Food"],
    "Lácteos del Cantábrico": [],
}


def all_events() -> list[Ev]:
    mods = (
        holdout64ev_pos_de, holdout64ev_pos_de2, holdout64ev_pos_de3, holdout64ev_pos_en, holdout64ev_pos_en2,
        holdout64ev_pos_intl, holdout64ev_neg_side, holdout64ev_neg_side2, holdout64ev_neg_other,
        holdout64ev_neg_other2,
    )
    return [ev for mod in mods for ev in mod.EVENTS]


def check(ev: Ev) -> None:
    """Parse the file and check its UIDs and label cells; raise on any mismatch."""
    cal = icalendar.Calendar.from_ical(ev.text)
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{ev.kind}: UIDs in file {uids} != label {ev.uid!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage!r}")
    if ev.interview:
        if not ev.company or ev.company not in COMPANY_FORMS:
            raise SystemExit(f"{ev.kind}: company {ev.company!r} missing from COMPANY_FORMS")
    elif ev.company or ev.role or ev.stage or ev.interviewers:
        raise SystemExit(f"{ev.kind}: negative with interview cells")
    if not ev.trap:
        raise SystemExit(f"{ev.kind}: no trap")
    for who in filter(None, ev.interviewers.split(";")):
        if "@" in who and who != who.lower():
            raise SystemExit(f"{ev.kind}: interviewer address not lower-case: {who}")


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


def merge_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    """Keep the header and every line of other splits as it is; replace this split's rows."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    eol = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    kept: list[str] = []
    if lines:
        kept.append(lines[0] if lines[0].endswith(("\n", "\r")) else lines[0] + eol)
        idx = next(csv.reader([lines[0]])).index(split_col)
        records = list(csv.reader(io.StringIO("".join(lines[1:]))))
        simple = len(records) == len([ln for ln in lines[1:] if ln.strip()])
        if simple:
            for ln in lines[1:]:
                if not ln.strip():
                    continue
                rec = next(csv.reader([ln]))
                if len(rec) > idx and rec[idx] == SPLIT:
                    continue
                kept.append(ln if ln.endswith(("\n", "\r")) else ln + eol)
        else:  # a quoted cell spans lines: fall back to rewriting the other rows with the csv module
            buf = io.StringIO()
            wr = csv.writer(buf, lineterminator=eol)
            wr.writerows(rec for rec in records if rec and not (len(rec) > idx and rec[idx] == SPLIT))
            kept.append(buf.getvalue())
    else:
        kept.append(",".join(header) + eol)
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    write_atomic(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main() -> int:
    events = all_events()
    for ev in events:
        check(ev)
    kinds = [ev.kind for ev in events]
    if len(set(kinds)) != len(kinds):
        raise SystemExit("duplicate kinds")
    used = {ev.company for ev in events if ev.interview}
    if used != set(COMPANY_FORMS):
        raise SystemExit(f"COMPANY_FORMS out of sync: {sorted(used ^ set(COMPANY_FORMS))}")

    order = list(range(len(events)))
    random.Random(6464).shuffle(order)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for num, i in enumerate(order, start=1):
        ev = events[i]
        name = f"{SPLIT}-{num:03d}-{ev.kind}.ics"
        write_atomic(EVENTS_DIR / name, ev.text.encode("utf-8"))
        rows.append([name, ev.uid, str(ev.interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    merge_csv(LABELS, LABEL_HEADER, "split", rows)
    form_rows = [[SPLIT, company, "|".join(forms)] for company, forms in sorted(COMPANY_FORMS.items())]
    merge_csv(FORMS, FORMS_HEADER, "split", form_rows)

    pos = sum(ev.interview for ev in events)
    side = sum("user-as-interviewer" in ev.trap for ev in events)
    print(f"{SPLIT}: {len(events)} files, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(COMPANY_FORMS)} companies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
