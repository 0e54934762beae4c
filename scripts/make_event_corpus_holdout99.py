"""Write the holdout99 split of the event corpus (issue 4): 110 raw iCalendar files and their labels.

Author: a blind external author (session 16, h99). User: Sébastien Moreau, police brigadier-chef in Toulouse
moving to security-manager roles. Replaces only holdout99-*.ics and the split=holdout99 rows of labels.csv and
company_forms.csv; appends otherwise and keeps the headers. Run from scripts/:
    python make_event_corpus_holdout99.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

import holdout99ev_neg1
import holdout99ev_neg2
import holdout99ev_pos1
import holdout99ev_pos2
import holdout99ev_pos3
import holdout99ev_pos4
import holdout99ev_pos5
import icalendar
from holdout99ev_common import Ev

SPLIT = "holdout99"
OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Aéroports Sud-Garonne": "ASG|Aéroports Sud-Garonne SA",
    "Halvéa Distribution": "Halvéa",
    "Crédit Occitan": "Caisse Régionale du Crédit Occitan",
    "Aérostructures du Lauragais": "AEL|Aérostructures Lauragais",
    "Chimie du Comminges": "CDC|CDC Chimie du Comminges",
    "Kessler Sicherheitstechnik": "Kessler",
    "Vigilis Sécurité": "Vigilis",
    "Banque Garonne & Tarn": "BGT|Banque Garonne et Tarn",
    "Mobilités Tolosanes": "MT",
    "Héliance Aerospace": "Héliance",
    "Orbitane Space": "Orbitane",
    "Nuvexa Data Centers": "Nuvexa",
    "DataGaronne": "",
    "Énergie Garonne Production": "EGP|Énergie Garonne",
    "Garde & Convoi Occitanie": "Garde et Convoi Occitanie|Garde & Convoi",
    "Casino des Capitouls": "Casino Capitouls",
    "Laboratoires Salvetat": "Salvetat|Salvetat Pharma",
    "Centre commercial Portes de l'Hers": "Portes de l'Hers",
    "Banque Cassou-Lafitte": "Cassou-Lafitte",
    "Hôtels Riquet": "",
    "SkyGround Services": "SkyGround",
    "Sportéa": "",
    "Réseau Ferré Occitan": "RFO",
    "Ardent Risk Consulting": "Ardent Risk|Ardent",
    "Mutuelle d'Oc Assurances": "Mutuelle d'Oc",
    "Grupo Transportes Pirineos": "Transportes Pirineos|GTP",
    "Logistique Lauragais": "LOGLAU",
    "Arena Garonne": "",
    "Aéroport de Rodez-Causses": "Aéroport Rodez-Causses|Aéroport de Rodez",
    "Brico-Sud": "",
    "Groupe hospitalier Pasteur-Lardenne": "GH Pasteur-Lardenne|Hôpital Pasteur-Lardenne|Pasteur-Lardenne",
    "Ports de la Côte Vermeille": "PCV",
    "Maison Cassagne": "Cassagne",
    "Cimentis Occitanie": "Cimentis",
    "Banque Pyrénées Crédit": "BPC",
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout99ev_pos1, holdout99ev_pos2, holdout99ev_pos3, holdout99ev_pos4, holdout99ev_pos5,
                holdout99ev_neg1, holdout99ev_neg2):
        evs.extend(mod.events())
    return evs


def check(ev: Ev) -> None:
    """Parse the text back and insist the label matches what a parser reads."""
    parsed = icalendar.Calendar.from_ical(ev.text)
    uids = {str(v["UID"]) for v in parsed.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{ev.kind}: UID mismatch {uids} != {ev.uid}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{ev.kind}: bad stage {ev.stage}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{ev.kind}: interview without company")
    if not ev.is_interview and (ev.company or ev.role or ev.stage or ev.interviewers):
        raise SystemExit(f"{ev.kind}: negative with interview fields")
    if ev.interviewers != ev.interviewers.lower():
        raise SystemExit(f"{ev.kind}: interviewers not lower-case")


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, header: list[str], new_rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get("split") != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(new_rows)
    write_atomic(path, buf.getvalue().encode("utf-8"))


def main() -> int:
    evs = collect()
    for ev in evs:
        check(ev)
    if len({ev.uid for ev in evs}) != len(evs):
        raise SystemExit("duplicate UID")
    companies = {ev.company for ev in evs if ev.is_interview}
    if companies != set(FORMS):
        raise SystemExit(f"forms mismatch: {sorted(companies ^ set(FORMS))}")
    random.Random(99).shuffle(evs)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[dict[str, str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        write_atomic(OUT / name, ev.text.encode("utf-8"))
        rows.append({"file": name, "uid": ev.uid, "is_interview": str(ev.is_interview), "company": ev.company,
                     "role": ev.role, "stage": ev.stage, "interviewers": ev.interviewers, "split": SPLIT,
                     "trap": ev.trap})
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, rows)
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER,
                [{"split": SPLIT, "company": c, "forms": FORMS[c]} for c in sorted(FORMS)])
    pos = sum(ev.is_interview for ev in evs)
    hiring = sum("user-as-interviewer" in ev.trap for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({hiring} user-as-interviewer)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
