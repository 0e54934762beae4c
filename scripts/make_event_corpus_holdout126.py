"""Write the holdout126 event split: Karim Benhaddou, technicien CVC in Marseille, job hunting in PACA/Monaco.

Written blind (raw iCalendar text composed by hand in the holdout126ev_* modules). Replaces only its own files
(holdout126-*.ics) and its own rows (split=holdout126) of labels.csv and company_forms.csv; appends otherwise.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout126.py [--out tests/corpus/events]
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

import holdout126ev_neg_life
import holdout126ev_neg_side
import holdout126ev_neg_work
import holdout126ev_pos_ats
import holdout126ev_pos_direct
import holdout126ev_pos_hand
import holdout126ev_pos_sched
from holdout126ev_ics import Ev

SPLIT = "holdout126"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name that Karim would be equally happy to read.
FORMS: dict[str, list[str]] = {
    "Chantiers Navals Phocéens": ["CNP"],
    "Corvalis FM": ["Corvalis", "Corvalis Facility Management"],
    "Énergie Littoral Méditerranée": ["ELM"],
    "Massilia Datacenters": ["Massilia", "Massilia Data Centers"],
    "Thermalis Génie Climatique": ["Thermalis"],
    "Habitat Phocéen": [],
    "Clim'Azur Services": ["Clim'Azur"],
    "Northwind Data Centres": ["Northwind", "Northwind Data Centers"],
    "Voltaïa Hydrogène": ["Voltaïa"],
    "Brenner Kältetechnik": ["Brenner", "Brenner Kältetechnik France"],
    "Nordwerft Yachtservice": ["Nordwerft"],
    "Riviera Palace": ["Riviera Palace Hotels", "Riviera Palace Monte-Carlo"],
    "Meridian Pharma Services": ["Meridian Pharma", "Meridian"],
    "Calanques Yachting Refit": [],
    "Idéalis Maintenance": ["Idéalis"],
    "Centre Hospitalier Sainte-Victoire": ["CH Sainte-Victoire", "CHSV"],
    "Hôpital Privé Les Calanques": ["HP Les Calanques"],
    "Polyclinique des Alpilles": [],
    "Navalis Toulon Maintenance": ["Navalis", "NTM"],
    "Monte-Carlo Facility Services": ["MCFS"],
    "Durance Énergies": [],
    "Frigoport Méditerranée": ["Frigoport"],
    "Fos Raffinage Services": ["FRS"],
    "Marchetti Froid & Clim": ["Marchetti Froid et Clim"],
    "Rousset Microélectronique": ["RME"],
    "Compagnie Phocéenne de Ferries": [],
    "Grupo Levante Mantenimiento": ["GLM", "Levante Mantenimiento"],
    "Résidences Les Oliviers": ["Les Oliviers"],
    "SolarSud Exploitation": ["SolarSud"],
    "Prado Sud Gestion": ["Centre Commercial Prado Sud", "Prado Sud"],
    "Kelvin Cooling": [],
    "Provence Aéro Services": ["PAS"],
    "Régie des Eaux du Garlaban": ["Eaux du Garlaban"],
    "Grand Hôtel de la Corniche": [],
    "Laboratoires Cézanne": [],
    "Centre Hospitalier Toulon-Littoral": ["CH Toulon-Littoral", "CHTL"],
    "Éoliennes Flottantes du Golfe": ["EFG"],
    "Musée des Docks": ["Musée des Docks Marseille"],
    "Ménestrel Services": ["Ménestrel"],
    "Clinique de la Rose": [],
    "Monaco Énergies Urbaines": ["MEU"],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout126ev_pos_ats, holdout126ev_pos_direct, holdout126ev_pos_sched, holdout126ev_pos_hand,
                holdout126ev_neg_side, holdout126ev_neg_work, holdout126ev_neg_life):
        evs += mod.events()
    return evs


def check(evs: list[Ev], texts: dict[str, str]) -> None:
    """Parse every file with icalendar and check the labels against it."""
    import icalendar

    uids: set[str] = set()
    for ev in evs:
        assert ev.uid not in uids, ev.uid
        uids.add(ev.uid)
        cal = icalendar.Calendar.from_ical(texts[ev.uid])
        got = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert got == {ev.uid}, (ev.kind, got, ev.uid)
        for c in cal.walk("VEVENT"):
            c.decoded("DTSTART")
        assert ev.stage in STAGES, ev.stage
        if ev.yes:
            assert ev.company and ev.company in FORMS, ev.company
            assert "user-as-interviewer" not in ev.trap
        else:
            assert not (ev.company or ev.role or ev.stage or ev.who), ev.kind
        for w in filter(None, ev.who.split(";")):
            assert w == w.lower() or "@" not in w, w
            assert "benhaddou@" not in w and "benhaddou13" not in w, w


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            first = next(reader, None)
            if first and first != header:
                kept.append(first)
            kept += [r for r in reader if r and not (len(r) > split_col and r[split_col] == SPLIT)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept)
    w.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    evs = collect()
    random.Random(126).shuffle(evs)
    texts = {ev.uid: ev.text() for ev in evs}
    check(evs, texts)
    companies = {ev.company for ev in evs if ev.yes}
    assert companies == set(FORMS), set(FORMS) ^ companies

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        fname = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        atomic_write(out / fname, texts[ev.uid])
        label_rows.append(ev.row(fname, SPLIT))
    rewrite_csv(out / "labels.csv", LABEL_HEADER, 7, label_rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, 0, forms_rows)
    pos = sum(ev.yes for ev in evs)
    side = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
