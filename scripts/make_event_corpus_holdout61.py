"""Write the holdout61 blind event corpus (issue 4).

The user: Camille Dubois-Nkemelu, hospital pharmacist at CHU de Bordeaux, looking for hospital-pharmacy and
pharmaceutical-industry roles in France, Belgium, Switzerland and Québec. Every VEVENT is raw iCalendar text
composed by hand in the holdout61ev_* modules.

Writes tests/corpus/events/holdout61-*.ics, replaces the split=holdout61 rows of labels.csv and
company_forms.csv (other rows are kept as they are) and checks every labelled UID against the parsed file.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout61.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout61ev_neg_life
import holdout61ev_neg_other
import holdout61ev_neg_side
import holdout61ev_pos_ats
import holdout61ev_pos_fr
import holdout61ev_pos_intl

SPLIT = "holdout61"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see the forms brief): short names, acronyms, full names.
FORMS = {
    "Kestrel Biologics": ["Kestrel"],
    "Thyrsa Therapeutics": ["Thyrsa"],
    "Halvora Pharma": ["Halvora"],
    "Nordlys Pharma": ["Nordlys", "Nordlys Pharma France"],
    "Genvara Biosciences": ["Genvara"],
    "Biocéane": [],
    "Alpenmed": [],
    "Orvalis Santé": ["Orvalis"],
    "Pharmaboréal": [],
    "Laboratoires Vernadet": ["Vernadet"],
    "Cellanova Therapeutics": ["Cellanova"],
    "Théralis Oncologie": ["Théralis"],
    "Isopharm": ["Isopharm Radiopharmacie"],
    "Lumaris Biotech": ["Lumaris"],
    "Qualipharm Conseil": ["Qualipharm"],
    "Veridian Biotherapeutics": ["Veridian"],
    "CIUSSS du Cœur-de-l'Île-de-Montréal": [
        "CIUSSS du Cœur-de-l'Île",
        "Centre intégré universitaire de santé et de services sociaux du Cœur-de-l'Île-de-Montréal",
    ],
    "Centre Hospitalier Intercommunal Garonne-Dordogne": ["CHIGD", "CHI Garonne-Dordogne", "CH Garonne-Dordogne"],
    "Clinique Saint-Aurèle": ["Saint-Aurèle"],
    "Sérélia": [],
    "Centre Hospitalier Côte d'Argent": ["CH Côte d'Argent", "CH de la Côte d'Argent"],
    "Laboratoires Ferrandière": ["Ferrandière"],
    "Laboratoires Clairval": ["Clairval"],
    "Hexapharm Distribution": ["Hexapharm"],
    "Institut de cancérologie Atlantique-Sud": ["ICAS"],
    "Rhône Biologics": [],
    "Médipôle Rive Droite": [],
    "Santé Atlantique Mutualiste": ["Groupe Santé Atlantique Mutualiste"],
    "Dosalis": [],
    "Polyclinique des Graves": [],
    "Laboratorios Almenara": ["Almenara"],
    "Kantonsspital Thurwald": ["KSTH", "KS Thurwald"],
    "Ensemble Hospitalier de la Broye-Lavaux": ["EHBL"],
    "Cliniques universitaires Saint-Lambert": ["Saint-Lambert", "Cliniques Saint-Lambert"],
    "Centre Hospitalier Régional de la Haute-Meuse": ["CHR de la Haute-Meuse", "CHR Haute-Meuse", "CHRHM"],
    "Mosane Biopharma": ["Mosane"],
    "Centre hospitalier de Rivière-aux-Saules": ["CH de Rivière-aux-Saules", "Hôpital de Rivière-aux-Saules"],
    "CHU de l'Estuaire": ["Centre hospitalier universitaire de l'Estuaire"],
    "Altimed Recherche": ["Altimed"],
    "Hôpital intercantonal de la Sarine": ["HIS"],
    "Lysandre Pharma": ["Lysandre"],
}


def collect() -> list[dict]:
    events = []
    for mod in (holdout61ev_pos_ats, holdout61ev_pos_fr, holdout61ev_pos_intl, holdout61ev_neg_side,
                holdout61ev_neg_other, holdout61ev_neg_life):
        events += mod.build()
    return events


def atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def check(events: list[dict]) -> None:
    for ev in events:
        assert ev["stage"] in STAGES, ev
        assert ev["is_interview"] in (0, 1), ev
        if ev["is_interview"]:
            assert ev["company"] in FORMS, ev["company"]
        else:
            assert not ev["company"] and not ev["stage"] and not ev["interviewers"], ev
        cal = icalendar.Calendar.from_ical(ev["ics"].encode("utf-8"))
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        assert uids == {ev["uid"]}, (ev["kind"], uids, ev["uid"])
    companies = {ev["company"] for ev in events if ev["is_interview"]}
    assert companies == set(FORMS), set(FORMS) ^ companies
    side = [ev for ev in events if not ev["is_interview"] and "user-as-interviewer" in ev["trap"]]
    assert len(side) >= 20, len(side)


def merge_csv(path: Path, header: list[str], split_col: str, rows: list[dict]) -> None:
    raw = path.read_bytes() if path.exists() else b""
    newline = "\r\n" if b"\r\n" in raw else "\n"
    kept: list[dict] = []
    if raw:
        reader = csv.DictReader(io.StringIO(raw.decode("utf-8"), newline=""))
        assert reader.fieldnames == header, reader.fieldnames
        kept = [r for r in reader if r[split_col] != SPLIT]
    buf = io.StringIO(newline="")
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator=newline)
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    events = collect()
    check(events)
    random.Random(61061).shuffle(events)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        atomic_write(OUT / name, ev["ics"].encode("utf-8"))
        parsed = icalendar.Calendar.from_ical((OUT / name).read_bytes())
        assert ev["uid"] in {str(c.get("UID")) for c in parsed.walk("VEVENT")}, name
        labels.append({
            "file": name, "uid": ev["uid"], "is_interview": str(ev["is_interview"]), "company": ev["company"],
            "role": ev["role"], "stage": ev["stage"], "interviewers": ev["interviewers"], "split": SPLIT,
            "trap": ev["trap"],
        })
    merge_csv(OUT / "labels.csv", LABEL_HEADER, "split", labels)
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(f)} for c, f in FORMS.items()]
    merge_csv(OUT / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(ev["is_interview"] for ev in events)
    side = sum(1 for ev in events if "user-as-interviewer" in ev["trap"])
    print(f"{SPLIT}: {len(events)} files, {pos} interviews, {len(events) - pos} negatives "
          f"({side} user-as-interviewer), {len(FORMS)} companies")


if __name__ == "__main__":
    main()
