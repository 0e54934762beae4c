"""Write the blind holdout91 event split (issue 4): ~110 raw iCalendar files, their labels and company forms.

Written blind (without reading the classifier, the other generators or their events). The user is Olivier
Tremblay, a reporter at a Montréal daily (Le Courrier de Montréal) applying for communications-director and
public-affairs roles; free-mail olivier.tremblay.journaliste@videotron.ca, work otremblay@lecourrier-montreal.ca.
All people, companies and addresses are invented. CC0 1.0.

Usage: python scripts/make_event_corpus_holdout91.py [--out tests/corpus/events]
Replaces only holdout91-*.ics and the split=holdout91 rows of labels.csv and company_forms.csv.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout91ev_neg_career  # noqa: E402
import holdout91ev_neg_side  # noqa: E402
import holdout91ev_neg_work  # noqa: E402
import holdout91ev_pos_en  # noqa: E402
import holdout91ev_pos_fr1  # noqa: E402
import holdout91ev_pos_fr2  # noqa: E402
import holdout91ev_pos_fr3  # noqa: E402

SPLIT = "holdout91"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs/s15/forms.md conventions).
FORMS = {
    "Boréalis Énergie": ["Boréalis"],
    "Université du Littoral-Laurentien": ["ULL"],
    "Ville de Sainte-Marthe-des-Monts": [],
    "Centre de services scolaire du Val-des-Cèdres": ["CSS du Val-des-Cèdres", "CSSVDC"],
    "Cégep de Bois-Francs-Nord": ["Cégep Bois-Francs-Nord"],
    "Bureau du commissaire à l'éthique municipale": ["BCEM"],
    "Conseil des arts de la Rive-Sud": [],
    "Fondation Mains Tendues": ["Mains Tendues"],
    "Vélo-Cité": [],
    "Groupe financier Rivenord": ["Rivenord"],
    "Musée des Civilisations du Fleuve": ["MCF"],
    "Papiers Saguenay": [],
    "OTSQ": ["Ordre des technologues en santé du Québec"],
    "Alliance québécoise pour le logement abordable": ["AQLA"],
    "Aéroport international de Gatineau-Pontiac": ["AIGP", "Aéroport de Gatineau-Pontiac"],
    "Administration portuaire de Bécancour-Nord": ["Port de Bécancour-Nord"],
    "Société québécoise des parcs riverains": ["SQPR"],
    "Festival international des lumières de Québec": ["FILQ", "Festival des lumières de Québec"],
    "Union des acériculteurs de l'Estrie": [],
    "Brasserie Archipel": ["Archipel"],
    "Cirque Azimut": ["Azimut"],
    "Mutuelle Laurentienne d'assurances": ["Mutuelle Laurentienne"],
    "Solidarité Sahel Québec": ["Solidarité Sahel"],
    "Réseau de transport de la Capitale-Nord": ["RTCN"],
    "CISSS de Lanaudière-Sud": ["Centre intégré de santé et de services sociaux de Lanaudière-Sud"],
    "Lumen Pharma": ["Lumen Pharma Canada"],
    "Canadian Agri-Food Standards Office": ["CASO", "Office canadien des normes agroalimentaires", "OCNA"],
    "Canadian Radiation Safety Agency": ["CRSA", "Agence canadienne de radioprotection", "ACRP"],
    "Rideau Hospital Foundation": ["Fondation de l'Hôpital Rideau"],
    "Polar Grid Analytics": ["Polar Grid"],
    "Canadian Institute for Sustainable Mobility": ["CISM", "Institut canadien de la mobilité durable", "ICMD"],
    "Fibre Boréale": [],
    "Laurentide Rail": [],
    "Bytown University": [],
    "Aéro Laurentides": [],
    "Destination Outaouais": [],
    "CooperAcción Américas": ["CooperAcción"],
    "Hartmann Verkehrstechnik": ["Hartmann"],
}


def all_events() -> list[dict]:
    evs: list[dict] = []
    for mod in (holdout91ev_pos_fr1, holdout91ev_pos_fr2, holdout91ev_pos_fr3, holdout91ev_pos_en,
                holdout91ev_neg_side, holdout91ev_neg_work, holdout91ev_neg_career):
        evs.extend(mod.events())
    random.Random(9191).shuffle(evs)
    for i, ev in enumerate(evs, 1):
        ev["file"] = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
    return evs


def check(evs: list[dict]) -> None:
    """Parse each file with icalendar and make sure the labelled UID is what a parser reads."""
    import icalendar

    uids = Counter(ev["uid"] for ev in evs)
    dup = [u for u, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    for ev in evs:
        cal = icalendar.Calendar.from_ical(ev["ics"].encode("utf-8"))
        vevents = [c for c in cal.walk("VEVENT")]
        if not vevents:
            raise SystemExit(f"{ev['file']}: no VEVENT")
        for v in vevents:
            if str(v.get("UID")) != ev["uid"]:
                raise SystemExit(f"{ev['file']}: UID {v.get('UID')!r} != label {ev['uid']!r}")
            v.decoded("DTSTART")
        if ev["stage"] not in STAGES:
            raise SystemExit(f"{ev['file']}: bad stage {ev['stage']!r}")
        if ev["is_interview"]:
            if ev["company"] not in FORMS:
                raise SystemExit(f"{ev['file']}: company {ev['company']!r} has no forms row")
            if "user-as-interviewer" in ev["trap"]:
                raise SystemExit(f"{ev['file']}: interview with a hiring-side trap")
        elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            raise SystemExit(f"{ev['file']}: negative with interview fields")
        for addr in filter(None, ev["interviewers"].split(";")):
            if ("@" in addr and addr != addr.lower()) or addr.strip() != addr:
                raise SystemExit(f"{ev['file']}: interviewer {addr!r} not lower-case")
    for ev in evs:
        line_too_long = [ln for ln in ev["ics"].split("\r\n") if len(ln.encode("utf-8")) > 75]
        if line_too_long:
            raise SystemExit(f"{ev['file']}: unfolded line {line_too_long[0][:40]!r}")


def atomic_write(path: Path, data: str, newline: str = "") -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, header: list[str], new_rows: list[list[str]], split_col: str) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"{path}: unexpected header {old_header}")
            idx = header.index(split_col)
            kept = [row for row in reader if row and row[idx] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(new_rows)
    atomic_write(path, buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(HERE.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    evs = all_events()
    check(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for ev in evs:
        atomic_write(out / ev["file"], ev["ics"])

    rows = [[ev["file"], ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
             ev["interviewers"], SPLIT, ev["trap"]] for ev in evs]
    rewrite_csv(out / "labels.csv", LABEL_HEADER, rows, "split")

    companies = sorted({ev["company"] for ev in evs if ev["is_interview"] and ev["company"]})
    unused = set(FORMS) - set(companies)
    if unused:
        raise SystemExit(f"forms for unlabelled companies: {sorted(unused)}")
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, [[SPLIT, c, "|".join(FORMS[c])] for c in companies],
                "split")

    pos = sum(ev["is_interview"] for ev in evs)
    side = sum("user-as-interviewer" in ev["trap"] for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")


if __name__ == "__main__":
    main()
