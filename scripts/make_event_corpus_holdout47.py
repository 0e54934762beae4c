"""Write the holdout47 event corpus: tests/corpus/events/holdout47-*.ics and their labels.

A blind split: raw iCalendar text composed by hand (holdout47ev_* modules) for Pierre-Yves Le Gall, a project
manager at a Saint-Nazaire shipyard looking for programme-manager posts in shipbuilding, offshore wind and
defence. Replaces only its own files and rows (split holdout47) of labels.csv and company_forms.csv; every
other row is kept as it is. Run from scripts/: ``python make_event_corpus_holdout47.py``.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout47ev_neg_other
import holdout47ev_neg_other2
import holdout47ev_neg_side
import holdout47ev_neg_side2
import holdout47ev_pos_en
import holdout47ev_pos_fr1
import holdout47ev_pos_fr2
import holdout47ev_pos_fr3
import holdout47ev_pos_intl
from holdout47ev_ics import Ev

SPLIT = "holdout47"
OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = (holdout47ev_pos_fr1, holdout47ev_pos_fr2, holdout47ev_pos_fr3, holdout47ev_pos_en, holdout47ev_pos_intl,
           holdout47ev_neg_side, holdout47ev_neg_side2, holdout47ev_neg_other, holdout47ev_neg_other2)

# The other forms of each labelled employer's name this author accepts (see company_forms.csv).
FORMS: dict[str, tuple[str, ...]] = {
    "Navalis Défense": ("Navalis",),
    "Thalassa Systèmes": ("Thalassa",),
    "Éoliennes Offshore du Ponant": ("EOP",),
    "Armor Câbles Sous-marins": ("Armor Câbles", "ACS"),
    "SBRN": ("Société Bretonne de Réparation Navale",),
    "Vauban Systèmes Navals": ("VSN",),
    "Estuaire Énergies Marines": ("EEM",),
    "Altamer Offshore": ("Altamer",),
    "Océanis Power": ("Océanis",),
    "FloatMoor": (),
    "Kerhervé Offshore": (),
    "Hélios Aéronaval": ("Hélios",),
    "Cap Horn Ingénierie": ("Cap Horn",),
    "Lumen Hydrographie": ("Lumen Hydro",),
    "Eole Atlantique Développement": ("EAD", "Eole Atlantique"),
    "Triskell Naval Services": ("TNS", "Triskell"),
    "Chantier Naval de l'Odet": ("CNO",),
    "Sirocco Wind France": ("Sirocco Wind", "Sirocco"),
    "Compagnie Maritime du Croisic": ("CMC",),
    "Atelier Naval de la Rance": ("ANR",),
    "Agence des Programmes Navals": ("APN",),
    "Mistral Marine Engineering": ("Mistral Marine",),
    "Cotentin Composites Navals": ("CCN",),
    "Brightwater Subsea": ("Brightwater",),
    "Eólica Marina Galega": ("EMG",),
    "Caldera Offshore": ("Caldera",),
    "Keelson Defence Systems": ("Keelson", "Keelson Defence"),
    "Orca Energy Partners": ("Orca Energy", "Orca"),
    "Meridian Naval Systems": ("Meridian Naval",),
    "Northwind Marine Services": ("Northwind Marine", "Northwind"),
    "Saltire Offshore Wind": ("Saltire Wind", "Saltire"),
    "Sealink Robotics": ("Sealink",),
    "Nordwerft Kiel": ("Nordwerft",),
    "Weser Offshore Systems": ("WOS", "Weser Offshore", "WOS Weser Offshore Systems"),
    "Hanseatische Marine-Elektronik": ("HME",),
    "Jade Marinetechnik": ("Jade",),
    "Elbmarsch Windpark Service": (),
    "Astilleros del Cantábrico": (),
    "Vientos del Estrecho Renovables": ("VdE Renovables", "VdE", "Vientos del Estrecho"),
    "Ingeniería Naval Ibérica": ("INISA",),
}


def events() -> list[Ev]:
    out: list[Ev] = []
    for mod in MODULES:
        out += [make() for make in mod.EVENTS]
    return out


def check(evs: list[Ev], names: list[str]) -> None:
    """Every label's UID is a UID icalendar reads from its file; stages, companies and forms are consistent."""
    import icalendar

    uids = set()
    for ev, name in zip(evs, names, strict=True):
        cal = icalendar.Calendar.from_ical(ev.text.encode())
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if found != {ev.uid}:
            sys.exit(f"{name}: label UID {ev.uid!r} but the file holds {sorted(found)!r}")
        if ev.uid in uids:
            sys.exit(f"{name}: UID {ev.uid!r} used twice")
        uids.add(ev.uid)
        if ev.stage not in STAGES:
            sys.exit(f"{name}: stage {ev.stage!r}")
        if ev.pos != bool(ev.company) or (not ev.pos and (ev.role or ev.stage or ev.iv)):
            sys.exit(f"{name}: company/role/stage/interviewers must be empty exactly for the negatives")
        if ev.pos and ev.company not in FORMS:
            sys.exit(f"{name}: no company_forms row for {ev.company!r}")
        if not ev.trap:
            sys.exit(f"{name}: no trap")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep the header and every row of another split verbatim; drop ours; append `rows`."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and next(csv.reader([lines[0]])) != header:
            sys.exit(f"{path.name}: unexpected header {lines[0]!r}")
        for line in lines[1:]:
            if not line.strip():
                continue
            cells = next(csv.reader([line]))
            if len(cells) != len(header):
                sys.exit(f"{path.name}: cannot read row {line[:60]!r}")
            if cells[split_col] != SPLIT:
                kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    text = ",".join(header) + "\n" + "".join(k + "\n" for k in kept) + buf.getvalue()
    write_atomic(path, text.encode("utf-8"))


def main() -> None:
    evs = events()
    random.Random(4747).shuffle(evs)
    names = [f"{SPLIT}-{i:03d}-{ev.kind}.ics" for i, ev in enumerate(evs, 1)]
    check(evs, names)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev, name in zip(evs, names, strict=True):
        write_atomic(OUT / name, ev.text.encode("utf-8"))
    labels = []
    for ev, name in zip(evs, names, strict=True):
        iv = ";".join(x.lower() if "@" in x else x for x in ev.iv)
        labels.append([name, ev.uid, "1" if ev.pos else "0", ev.company, ev.role, ev.stage, iv, SPLIT, ev.trap])
    replace_rows(OUT / "labels.csv", LABEL_HEADER, 7, labels)
    companies = sorted({ev.company for ev in evs if ev.pos})
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    replace_rows(OUT / "company_forms.csv", FORMS_HEADER, 0, forms)
    pos = sum(ev.pos for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
