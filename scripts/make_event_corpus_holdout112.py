"""Write the holdout112 calendar-event split (written blind; raw iCalendar text).

User: Diego Fuentes Morillo, maestro interino in Sevilla (diego.fuentes.maestro@hotmail.com,
dfuentes@ceip-triana-sevilla.es). Replaces only holdout112-*.ics and the split=holdout112 rows of
labels.csv and company_forms.csv.

Usage: python scripts/make_event_corpus_holdout112.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout112ev_neg_other
import holdout112ev_neg_side
import holdout112ev_pos_a
import holdout112ev_pos_b
import holdout112ev_pos_c
from holdout112ev_core import Ev

SPLIT = "holdout112"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see forms.md); empty when only the label fits.
FORMS: dict[str, list[str]] = {
    "Mathkin Learning": ["Mathkin", "Mathkin Learning Ltd"],
    "Nubelia Online School": ["Nubelia"],
    "Cuadernia Labs": ["Cuadernia"],
    "St. Clement's British School": ["St. Clement's British School Seville", "St. Clement's",
                                     "St Clement's Seville"],
    "Colegios Albero": ["Colegio Albero", "Albero", "Colegio Albero Sevilla Este"],
    "Lernwerk": ["Lernwerk GmbH"],
    "Pizarra Viva": ["Pizarra Viva S.L."],
    "Tutorízate": [],
    "Deutsche Schule Guadalquivir": ["DS Guadalquivir"],
    "Little Owls English": ["Little Owls"],
    "Sapientia Education": ["Sapientia", "Sapientia Education, Inc."],
    "Ediciones Alcazaba": ["Alcazaba", "Editorial Alcazaba"],
    "Colegio Esperanza de Triana": ["Colegio Ntra. Sra. de la Esperanza", "Colegio Nuestra Señora de la Esperanza",
                                    "Colegio Esperanza", "Colegio Ntra. Sra. de la Esperanza (Triana)"],
    "Colegio Los Naranjos": ["Los Naranjos", "Colegio Los Naranjos S.C.A."],
    "Aljarafe British School": ["ABS"],
    "Montessori Bosque Aljarafe": ["Bosque Aljarafe"],
    "Fundación Aprender Juntos": ["Aprender Juntos"],
    "Academia Kairós": ["Kairós"],
    "Campamentos Sierra Norte": [],
    "The English School of Marbella": ["English School of Marbella", "ESM"],
    "Colegio Internacional Atalaya": ["Colegio Atalaya", "Atalaya", "Colegio Internacional Atalaya Bormujos"],
    "Colegio San Telmo Montequinto": ["Colegio San Telmo", "San Telmo"],
    "École Française Giralda": ["École française Giralda de Séville"],
    "St. Isidore's International School": ["St. Isidore's", "St Isidore's School"],
    "Academia Magister Sur": ["Magister Sur"],
    "RoboKids Academy": ["RoboKids"],
    "Kidsolve": [],
    "Escuelas Infantiles Garabatos": ["Garabatos", "Escuela Infantil Garabatos"],
    "AulaNube": [],
    "Colegio Alminar": ["Alminar"],
    "BrightPath Tutors": ["BrightPath"],
    "Ludoteca Pompas": [],
    "Lecturitas": [],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout112ev_pos_a, holdout112ev_pos_b, holdout112ev_pos_c, holdout112ev_neg_side,
                holdout112ev_neg_other):
        evs.extend(mod.events())
    random.Random(112).shuffle(evs)
    return evs


def _atomic_write(path: Path, data: str | bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    if isinstance(data, str):
        data = data.encode("utf-8")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first is not None and first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and not (len(r) > idx and r[idx] == SPLIT)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    _atomic_write(path, buf.getvalue())


def check(evs: list[Ev], names: list[str], out: Path) -> None:
    from icalendar import Calendar

    for ev, name in zip(evs, names, strict=True):
        if ev.stage not in STAGES:
            raise SystemExit(f"{name}: bad stage {ev.stage}")
        if ev.is_interview == 0 and (ev.company or ev.stage or ev.interviewers):
            raise SystemExit(f"{name}: negative with interview fields")
        if ev.is_interview == 1 and ev.company not in FORMS:
            raise SystemExit(f"{name}: company {ev.company!r} has no forms row")
        cal = Calendar.from_ical((out / name).read_bytes())
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {ev.uid}:
            raise SystemExit(f"{name}: UID mismatch {uids} vs {ev.uid}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    evs = collect()
    names = [f"{SPLIT}-{i:03d}-{ev.kind}.ics" for i, ev in enumerate(evs, 1)]
    uids = [ev.uid for ev in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for old in out.glob(f"{SPLIT}-*.ics"):
        if old.name not in names:
            old.unlink()
    for ev, name in zip(evs, names, strict=True):
        _atomic_write(out / name, ev.ics)
    check(evs, names, out)
    rows = [[name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers.lower()
             if "@" in ev.interviewers else ev.interviewers, SPLIT, ev.trap] for ev, name in zip(evs, names,
                                                                                                 strict=True)]
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, "split", rows)
    used = sorted({ev.company for ev in evs if ev.is_interview == 1 and ev.company})
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in used]
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms_rows)
    pos = sum(ev.is_interview for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(used)} companies")


if __name__ == "__main__":
    main()
