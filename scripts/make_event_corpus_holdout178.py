"""Generate the blind calendar-event split holdout178 (Élodie Vasseur, veterinarian in Lille).

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout178.py

Writes tests/corpus/events/holdout178-NNN-<kind>.ics (deleting old holdout178-*.ics first)
and replaces only the split=holdout178 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout178ev_hire1
import holdout178ev_hire2
import holdout178ev_int1
import holdout178ev_int2
import holdout178ev_int3
import holdout178ev_int4
import holdout178ev_int5
import holdout178ev_int6
import holdout178ev_neg1
import holdout178ev_neg2
from holdout178ev_common import TZ

SPLIT = "holdout178"
SEED = 178178
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_FIELDS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers",
                "split", "trap"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

MODULES = [
    holdout178ev_int1,
    holdout178ev_int2,
    holdout178ev_int3,
    holdout178ev_int4,
    holdout178ev_int5,
    holdout178ev_int6,
    holdout178ev_hire1,
    holdout178ev_hire2,
    holdout178ev_neg1,
    holdout178ev_neg2,
]

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "Clinique Vétérinaire des Flandres": ["Clinique des Flandres", "Flandres"],
    "Royal Canin": ["Royal Canin France", "Royal Canin SAS", "Mars Petcare", "Mars"],
    "AniCura": ["AniCura Belgique", "AniCura Belgium", "AniCura Uccle"],
    "IVC Evidensia": ["Evidensia", "Evidensia Dierenziekenhuis Gent", "IVC Evidensia België"],
    "Hospital Veterinari Diagonal": ["Hospital Veterinario Diagonal", "HV Diagonal",
                                     "Diagonal Urgències 24h"],
    "CHV Languedoc": ["Centre Hospitalier Vétérinaire Languedoc", "CHV du Languedoc"],
    "Vetalys Laboratoires": ["Vetalys", "Laboratoire Vetalys"],
    "Vetvita": ["Vetvita GmbH", "Vetvita Kleintierkliniken", "Vetvita Bruxelles"],
    "Clinique Vétérinaire du Vieux-Lille": ["Clinique du Vieux-Lille", "Vieux-Lille"],
    "Vet'Alliance Hauts-de-France": ["Vet'Alliance", "Vet Alliance"],
    "CHV Métropole": ["Centre Hospitalier Vétérinaire Métropole", "CHV Métropole Lille"],
    "Clinique Vétérinaire de la Citadelle": ["Clinique de la Citadelle", "Citadelle"],
    "Clinique Vétérinaire du Parc Barbieux": ["Clinique du Parc Barbieux", "Parc Barbieux"],
    "Clinique Vétérinaire de la Cambre": ["Clinique de la Cambre", "La Cambre"],
    "Clinique Vétérinaire de Jette": ["Clinique de Jette", "Cabinet vétérinaire de Jette"],
    "Centre Vétérinaire de Woluwe": ["Centre Vétérinaire Woluwe", "CV Woluwe"],
    "Dierenartsenpraktijk Gent-Zuid": ["Gent-Zuid", "Dierenartsenpraktijk Gent Zuid"],
    "Dierenkliniek Merelbeke": ["Clinique vétérinaire de Merelbeke", "Merelbeke"],
    "Dierenkliniek De Pauw": ["De Pauw", "Dierenkliniek De Pauw Gent"],
    "Clinique Vétérinaire des Batignolles": ["Clinique des Batignolles", "Batignolles"],
    "CHV Seine-Ouest": ["Centre Hospitalier Vétérinaire Seine-Ouest", "CHVSO"],
    "Clinique Vétérinaire Oberkampf": ["Clinique Oberkampf", "Oberkampf"],
    "Vetaligo": ["Vetaligo SAS"],
    "Clinique Vétérinaire Occitanie": ["Clinique Occitanie", "Clinique Vétérinaire Occitanie "
                                       "Montpellier"],
    "Clinique Vétérinaire des Arceaux": ["Clinique des Arceaux", "Arceaux"],
    "Vétérinaires du Pic Saint-Loup": ["Pic Saint-Loup", "Pic St Loup",
                                       "Clinique vétérinaire du Pic Saint-Loup"],
    "Centre Vétérinaire Montpellier Sud": ["CV Montpellier Sud", "Montpellier Sud"],
    "Centre Vétérinaire de l'Écusson": ["Centre Vétérinaire de l'Ecusson", "L'Écusson",
                                        "Écusson"],
    "Clinique Vétérinaire du Val de Marque": ["Clinique du Val de Marque", "Val de Marque"],
    "Veterinae": ["Veterinae Groupe", "Groupe Veterinae"],
    "Univet Santé": ["Univet", "Univet Sante"],
    "Argos Vétérinaire": ["Argos", "Argos Dierenartsen", "Argos Vet"],
    "Cap Vétérinaire": ["Cap Véto", "Cap Veterinaire"],
    "Hill's Pet Nutrition": ["Hill's", "Hills Pet Nutrition", "Hill's France"],
    "Laboratoire Départemental d'Analyses du Nord": ["LDA 59", "LDA du Nord",
                                                     "Département du Nord"],
    "Antelia Diagnostics": ["Antelia"],
    "Clinique Vétérinaire Saint-Maur": ["Clinique Saint-Maur", "Saint-Maur"],
    "Clinique Vétérinaire de Marcq-en-Barœul": ["Clinique de Marcq", "Clinique Vétérinaire "
                                                "de Marcq-en-Baroeul", "Marcq-en-Barœul"],
    "Clinique Vétérinaire Saint-Gilles": ["Clinique Saint-Gilles", "Saint-Gilles"],
    "Hôpital Vétérinaire Bruxelles-Sud": ["HVBS", "Hôpital Vétérinaire de Bruxelles-Sud",
                                          "Bruxelles-Sud"],
    "Clinique Vétérinaire Ixelles-Flagey": ["Clinique Flagey", "Ixelles-Flagey"],
    "Dierenartsenpraktijk Sint-Amandsberg": ["Sint-Amandsberg",
                                             "Dierenartsenpraktijk Sint Amandsberg"],
    "Clinique Vétérinaire des Capucins": ["Clinique des Capucins", "Capucins"],
    "Croquettes Origine": ["Origine", "Croquettes Origine SAS"],
    "Ceva Santé Animale": ["Ceva", "Ceva Sante Animale"],
}


def fail(msg):
    raise SystemExit(f"make_event_corpus_holdout178: {msg}")


def render(ics):
    for marker, block in TZ.items():
        ics = ics.replace(marker, block)
    if "@TZ_" in ics:
        fail("unknown time-zone marker")
    text = ics.lstrip("\n")
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def check_label(fname, data, lab):
    cal = icalendar.Calendar.from_ical(data)
    uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
    if lab["uid"] not in uids:
        fail(f"{fname}: label UID {lab['uid']!r} not in file (has {sorted(uids)})")
    if lab["is_interview"] not in (0, 1):
        fail(f"{fname}: bad is_interview")
    if lab["stage"] not in STAGES:
        fail(f"{fname}: bad stage {lab['stage']!r}")
    if not KEBAB.match(lab["trap"]):
        fail(f"{fname}: trap not kebab-case: {lab['trap']!r}")
    if lab["is_interview"] == 1:
        if not lab["company"]:
            fail(f"{fname}: interview without company")
        if lab["company"] not in FORMS:
            fail(f"{fname}: company {lab['company']!r} has no FORMS entry")
        if lab["trap"].startswith("user-as-interviewer-"):
            fail(f"{fname}: interview with a hiring-side trap")
        for who in lab["interviewers"].split(";"):
            if "@" in who and who != who.lower():
                fail(f"{fname}: interviewer e-mail not lower case: {who}")
            if "vasseur" in who.lower():
                fail(f"{fname}: the user listed as interviewer")
    else:
        if lab["company"] or lab["role"] or lab["stage"] or lab["interviewers"]:
            fail(f"{fname}: negative with company/role/stage/interviewers")


def replace_rows(path, new_rows):
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    header = lines[0]
    eol = b"\r\n" if header.endswith(b"\r\n") else b"\n"
    cols = next(csv.reader([header.decode("utf-8").rstrip("\r\n")]))
    split_idx = cols.index("split")
    kept = [header]
    for line in lines[1:]:
        text = line.decode("utf-8").rstrip("\r\n")
        row = next(csv.reader([text]), [])
        if len(row) > split_idx and row[split_idx] == SPLIT:
            continue
        if not line.endswith(b"\n"):
            line += eol
        kept.append(line)
    for row in new_rows:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(row)
        kept.append(buf.getvalue().rstrip("\n").encode("utf-8") + eol)
    tmp = path.with_name(path.name + ".tmp-holdout178")
    tmp.write_bytes(b"".join(kept))
    os.replace(tmp, path)


def main():
    events = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    companies = []
    n_int = n_neg = n_hire = 0
    for i, (kind, ics, labels) in enumerate(events, start=1):
        if not KEBAB.match(kind):
            fail(f"bad kind {kind!r}")
        fname = f"{SPLIT}-{i:03d}-{kind}.ics"
        data = render(ics)
        (EVENTS_DIR / fname).write_bytes(data)
        if not labels:
            fail(f"{fname}: no label")
        for lab in labels:
            check_label(fname, data, lab)
            if lab["is_interview"]:
                n_int += 1
                if lab["company"] not in companies:
                    companies.append(lab["company"])
            else:
                n_neg += 1
                if lab["trap"].startswith("user-as-interviewer-"):
                    n_hire += 1
            label_rows.append([fname, lab["uid"], str(lab["is_interview"]), lab["company"],
                               lab["role"], lab["stage"], lab["interviewers"], SPLIT,
                               lab["trap"]])

    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, label_rows)
    replace_rows(FORMS_CSV, forms_rows)
    print(f"holdout178: {len(events)} events, {n_int} interviews, {n_neg} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
