"""Write the holdout115 event corpus: blind calendar invitations for Valérie Ngono (auditrice senior, Lille).

Raw iCalendar text composed by hand (see scripts/holdout115ev_*.py), one VEVENT (or one recurring series with
its override) per file. Replaces only tests/corpus/events/holdout115-*.ics and the split=holdout115 rows of
labels.csv and company_forms.csv; every label's UID is checked against the file parsed with icalendar.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout115.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout115ev_neg_other
import holdout115ev_neg_side
import holdout115ev_pos_fr
import holdout115ev_pos_fr2
import holdout115ev_pos_intl
import icalendar
from holdout115ev_core import Ev

SPLIT = "holdout115"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# other accepted forms of each labelled employer (see briefs' forms rules: no agencies, tools, parents)
FORMS: dict[str, list[str]] = {
    "Verlaine Distribution": ["Verlaine"],
    "Ferronor": [],
    "Sucrerie de l'Escaut": ["Sucrerie Escaut"],
    "Opale Emballages": ["Opale"],
    "Atelier Bleu Marine": ["ABM"],
    "Panier Malin": [],
    "Laiterie des Flandres": [],
    "Norvéa Logistique": ["Norvéa"],
    "Railtech Hainaut": ["Railtech"],
    "Batinord Matériaux": ["Batinord"],
    "Transports Dewailly": ["Dewailly", "Dewailly Transports"],
    "Locanord": [],
    "Galeries Montorgueil": ["Les Galeries Montorgueil"],
    "Cimenteries du Hainaut": ["CDH", "CDH Group"],
    "Optique Descamps": ["Descamps"],
    "Maison Wattrelot": ["Wattrelot"],
    "Meubles Vanneste": ["Vanneste"],
    "Minoterie Verhaeghe": ["Verhaeghe"],
    "Agrivert Coopérative": ["Agrivert", "Coopérative Agrivert"],
    "Papeteries Moreau": ["Moreau"],
    "Cristallerie de l'Aa": [],
    "Lemaire Mobilités": ["Lemaire"],
    "Maison Berthaut": ["Berthaut"],
    "Le Petit Fournil": ["Petit Fournil"],
    "Biscuiterie Dumont": ["Dumont"],
    "Groupe Hautbois": ["Hautbois"],
    "Hexaplast": ["Hexaplast Industries"],
    "Cap Littoral": [],
    "Amiénoise de Mécanique": ["L'Amiénoise de Mécanique"],
    "Meuse Chemicals": ["Meuse Chem", "MeuseChem"],
    "Brico Flandres": [],
    "Lainière de Wasquehal": ["La Lainière de Wasquehal", "Lainière"],
    "Textiles Delannoy": ["Delannoy", "Delannoy Textiles"],
    "Jardineries Verdure": ["Verdure"],
    "Verrerie de Saint-Amand": [],
    "Nordika Bois": ["Nordika"],
    "Chocolaterie Delcroix": ["Delcroix"],
    "Helvane": [],
    "Brabant Retail Group": ["BRG"],
    "Krämer Antriebstechnik": ["Krämer"],
    "Hesslinger Verpackung": ["Hesslinger", "Hesslinger Emballages"],
    "Kelvo": [],
    "Dunmore Packaging": ["Dunmore"],
    "Maison Kerbrat": ["Kerbrat"],
    "Northvale Foods": ["Northvale"],
    "Fietsly": [],
    "Lumaya": [],
    "EnerBel": [],
    "Grupo Alcántara Moda": ["Grupo Alcántara", "Alcántara Moda", "Alcántara"],
    "Vandamme Foods": ["Vandamme"],
    "Scheldt Paper": [],
    "Vesalis Pharma": ["Vesalis"],
    "Delcour Pharma": ["Delcour"],
    "Solenne Retail": ["Solenne"],
    "Cerámicas Levante": [],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout115ev_pos_fr, holdout115ev_pos_fr2, holdout115ev_pos_intl, holdout115ev_neg_side,
                holdout115ev_neg_other):
        evs.extend(mod.events())
    return evs


def parsed_uids(text: str) -> list[str]:
    cal = icalendar.Calendar.from_ical(text)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


def raw_uid(text: str) -> str:
    unfolded = text.replace("\r\n ", "").replace("\r\n\t", "")
    for line in unfolded.split("\r\n"):
        if line.startswith("UID:"):
            return line[4:]
    raise ValueError("no UID")


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], split_col: str, rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            kept = [r for r in reader if r.get(split_col) != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue())


def main() -> int:
    evs = collect()
    random.Random(115).shuffle(evs)
    errors: list[str] = []
    seen: set[str] = set()
    files: dict[str, str] = {}
    labels: list[dict[str, str]] = []
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev.kind}.ics"
        uid = raw_uid(ev.text)
        uids = parsed_uids(ev.text)
        if not uids or any(u != uid for u in uids):
            errors.append(f"{name}: label uid {uid!r} vs parsed {uids!r}")
        if uid in seen:
            errors.append(f"{name}: duplicate uid {uid}")
        seen.add(uid)
        if ev.stage not in STAGES:
            errors.append(f"{name}: bad stage {ev.stage}")
        if ev.is_interview and not ev.company:
            errors.append(f"{name}: interview without company")
        if not ev.is_interview and (ev.company or ev.stage or ev.interviewers):
            errors.append(f"{name}: negative with interview fields")
        if ev.trap.startswith("user-as-interviewer") != ev.kind.startswith("user-as-interviewer"):
            errors.append(f"{name}: hiring-side trap mismatch")
        files[name] = ev.text
        labels.append({"file": name, "uid": uid, "is_interview": str(ev.is_interview), "company": ev.company,
                       "role": ev.role, "stage": ev.stage, "interviewers": ev.interviewers.lower(),
                       "split": SPLIT, "trap": ev.trap})
    companies = sorted({ev.company for ev in evs if ev.is_interview})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        errors.append(f"no forms entry for {missing}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, text in files.items():
        atomic_write(OUT / name, text)
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, "split", labels)
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in companies]
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(ev.is_interview for ev in evs)
    side = sum(ev.trap.startswith("user-as-interviewer") for ev in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
