"""Write the holdout117 event corpus (blind split, issue 4).

The user is Tomás Aguirre Quispe, exploration geologist in Lima (tomas.aguirre.geo@gmail.com,
taguirre@andesmin-exploracion.com.pe). Each event is raw iCalendar text composed by hand in the helper modules
scripts/holdout117ev_*.py. This script replaces only its own files (holdout117-*.ics) and its own rows of
labels.csv and company_forms.csv (split=holdout117), keeps the headers, and writes every file atomically.

Usage: python scripts/make_event_corpus_holdout117.py [--out tests/corpus/events]
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

import holdout117ev_neg_career
import holdout117ev_neg_life
import holdout117ev_neg_side
import holdout117ev_pos_ats
import holdout117ev_pos_direct
import holdout117ev_pos_hand
import holdout117ev_pos_mail
import holdout117ev_pos_sched

SPLIT = "holdout117"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see forms.md): full names, short names, acronyms.
FORMS = {
    "Kestrel Peak Mining": ["Kestrel Peak Mining Corp.", "Kestrel Peak"],
    "Karri Resources": ["Karri Resources Limited", "Karri"],
    "Northern Lode Resources": ["Northern Lode Resources Ltd.", "Northern Lode"],
    "Condor Copper": ["Condor Copper Corporation"],
    "Compañía Minera Altos de Atacama": ["Altos de Atacama", "Minera Altos de Atacama", "CMAA"],
    "Minera Cordillera Blanca": ["Minera Cordillera Blanca S.A.A.", "Cordillera Blanca", "MCB"],
    "Geovalle": ["Geovalle Chile", "Geovalle Chile SpA"],
    "Erzberg Rohstoff-Consult": ["Erzberg Rohstoff-Consult GmbH", "Erzberg"],
    "Red Spinifex Mining": ["Red Spinifex Mining Ltd", "Red Spinifex"],
    "Harrow & Keel Mining": ["Harrow & Keel Mining plc", "Harrow & Keel", "Harrow and Keel", "H&K"],
    "Terra Nova Engineering": ["Terra Nova"],
    "Bramwell Geoconsulting": ["Bramwell Geoconsulting Inc.", "Bramwell"],
    "Tamarack Ridge Gold": ["Tamarack Ridge", "Tamarack Ridge Gold Corp."],
    "Altiplano Silver": ["Altiplano Silver Corp."],
    "Geoandina Consultores": ["Geoandina Consultores S.A.C.", "Geoandina"],
    "Minera Pampa Roja": ["Pampa Roja"],
    "Mines Boréal": ["Mines Boréal inc."],
    "Compañía Minera Huaytará": ["Compañía Minera Huaytará S.A.", "Minera Huaytará", "Huaytará"],
    "Minera Los Cóndores": ["Los Cóndores"],
    "GeoRes Modelling": ["GeoRes Modelling Pty Ltd", "GeoRes"],
    "Nevado Metals": ["Nevado Metals Corp."],
    "Litio Altiplano": [],
    "Exploration Nordique": ["Exploration Nordique ltée"],
    "Orebody Consulting Group": ["Orebody Consulting", "OCG"],
    "Minera Quebrada Seca": ["Minera Quebrada Seca SpA", "Quebrada Seca"],
    "Géomines International": ["Géomines International SAS", "Géomines"],
    "Perforaciones del Sur": ["Perforaciones del Sur S.A.C.", "PDS"],
    "Ferrum Andino": [],
    "Minera Chavín": ["Minera Chavín S.A."],
    "Compañía de Minas Pucará": ["Compañía de Minas Pucará S.A.A.", "Minas Pucará", "Pucará"],
    "Yukon Crest Metals": ["Yukon Crest"],
    "Minera Aurífera Rinconada": ["Aurífera Rinconada"],
    "Lithica Minerals": ["Lithica Minerals AB", "Lithica"],
    "Halloran Mining Advisors": ["Halloran"],
    "Silverfir Resources": ["Silverfir"],
    "Minera Qori Orcco": ["Minera Qori Orcco S.A.C.", "Qori Orcco"],
    "Cobre Pacífico": ["Cobre Pacífico S.A."],
    "Minera Tacaza Gold": ["Tacaza Gold", "Tacaza"],
    "Bullara Gold": ["Bullara Gold Ltd", "Bullara"],
    "Antakena Resources": ["Antakena"],
    "Sierra Antigua Resources": ["Sierra Antigua"],
}


def collect() -> list[dict[str, object]]:
    mods = [
        holdout117ev_pos_ats, holdout117ev_pos_sched, holdout117ev_pos_direct, holdout117ev_pos_mail,
        holdout117ev_pos_hand, holdout117ev_neg_side, holdout117ev_neg_career, holdout117ev_neg_life,
    ]
    evs: list[dict[str, object]] = []
    for mod in mods:
        evs.extend(mod.events())
    random.Random(117_2025).shuffle(evs)
    return evs


def check(evs: list[dict[str, object]]) -> None:
    """Parse every file with icalendar; the label's UID must be the file's (only) VEVENT UID."""
    import icalendar

    seen: set[str] = set()
    for ev in evs:
        label = ev["label"]
        assert isinstance(label, dict)
        cal = icalendar.Calendar.from_ical(str(ev["text"]))
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {label["uid"]}:
            raise SystemExit(f"{ev['kind']}: UID mismatch {uids} vs {label['uid']!r}")
        if label["uid"] in seen:
            raise SystemExit(f"duplicate UID {label['uid']}")
        seen.add(str(label["uid"]))
        if label["stage"] not in STAGES:
            raise SystemExit(f"{ev['kind']}: bad stage {label['stage']}")
        if label["is_interview"]:
            if not label["company"] or label["company"] not in FORMS:
                raise SystemExit(f"{ev['kind']}: company {label['company']!r} has no forms row")
        elif label["company"] or label["stage"] or label["interviewers"]:
            raise SystemExit(f"{ev['kind']}: negative with interview fields")


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


def rewrite_csv(path: Path, header: list[str], new_rows: list[list[str]], split_col: str) -> None:
    """Keep the header and every other split's lines byte for byte; replace this split's rows."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines:
            if next(csv.reader([lines[0]])) != header:
                raise SystemExit(f"{path}: unexpected header {lines[0]!r}")
            idx = header.index(split_col)
            for line in lines[1:]:
                row = next(csv.reader([line]), [])
                if row and len(row) > idx and row[idx] == SPLIT:
                    continue
                kept.append(line if line.endswith("\n") else line + "\n")
    writer.writerow(header)
    text = buf.getvalue() + "".join(kept)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    atomic_write(path, (text + buf.getvalue()).encode("utf-8"))


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=root / "tests" / "corpus" / "events")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    evs = collect()
    check(evs)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    companies: list[str] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        atomic_write(out / name, str(ev["text"]).encode("utf-8"))
        lab = ev["label"]
        assert isinstance(lab, dict)
        labels.append([
            name, str(lab["uid"]), str(lab["is_interview"]), str(lab["company"]), str(lab["role"]),
            str(lab["stage"]), str(lab["interviewers"]), SPLIT, str(lab["trap"]),
        ])
        if lab["is_interview"] and lab["company"] not in companies:
            companies.append(str(lab["company"]))
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    rewrite_csv(out / "labels.csv", LABEL_HEADER, labels, "split")
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, forms, "split")
    pos = sum(1 for r in labels if r[2] == "1")
    side = sum(1 for r in labels if "user-as-interviewer" in r[8])
    print(f"{len(labels)} events: {pos} interviews, {len(labels) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
