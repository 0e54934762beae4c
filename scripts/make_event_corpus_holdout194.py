"""Write the blind calendar-event split holdout194 (Margaux Lambert, deputy head in Brussels).

Run from the worktree root: /work/main/.venv/bin/python scripts/make_event_corpus_holdout194.py
It deletes only tests/corpus/events/holdout194-*.ics, writes the new files, and replaces only the
split=holdout194 rows of tests/corpus/events/labels.csv and company_forms.csv. CC0 1.0.
"""

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout194ev_hiring  # noqa: E402
import holdout194ev_intl  # noqa: E402
import holdout194ev_life  # noqa: E402
import holdout194ev_networks  # noqa: E402
import holdout194ev_orgs1  # noqa: E402
import holdout194ev_orgs2  # noqa: E402
import holdout194ev_public1  # noqa: E402
import holdout194ev_public2  # noqa: E402
import holdout194ev_work  # noqa: E402

SPLIT = "holdout194"
SEED = 194_2025
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"margaux.lambert65@skynet.be", "margaux.lambert@arforest.be"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

FORMS = {
    "Ville de Bruxelles": ["Bruxelles-Ville", "City of Brussels", "Stad Brussel",
                           "Instruction publique de la Ville de Bruxelles", "Lycée Émile Jacqmain"],
    "Commune d'Ixelles": ["Ixelles", "Elsene", "Athénée communal Charles Janssens"],
    "Commune de Schaerbeek": ["Schaerbeek", "Schaarbeek", "Athénée Fernand Blum"],
    "Commune de Woluwe-Saint-Lambert": ["Woluwe-Saint-Lambert", "WSL", "Sint-Lambrechts-Woluwe",
                                        "Athénée communal de Woluwe"],
    "Commune d'Uccle": ["Uccle", "Ukkel", "ICES Uccle"],
    "Commune d'Anderlecht": ["Anderlecht", "Athénée Joseph Bracops"],
    "Commune de Saint-Gilles": ["Saint-Gilles", "Sint-Gillis", "Lycée intégral Roger Lallemand"],
    "Commune d'Etterbeek": ["Etterbeek", "Athénée communal d'Etterbeek"],
    "Province du Brabant wallon": ["Brabant wallon", "Province du BW", "IPES Wavre"],
    "SeGEC": ["FESeC", "Secrétariat général de l'enseignement catholique"],
    "CPEONS": ["Conseil des Pouvoirs organisateurs de l'Enseignement officiel neutre subventionné"],
    "Wallonie-Bruxelles Enseignement": ["WBE", "Athénée Royal Victor Horta"],
    "Fédération Wallonie-Bruxelles": ["FWB", "Ministère de la Fédération Wallonie-Bruxelles"],
    "FELSI": ["Fédération des établissements libres subventionnés indépendants"],
    "CECP": ["Conseil de l'Enseignement des Communes et des Provinces"],
    "Institut de la Formation en cours de Carrière": ["IFC"],
    "International School of Brussels": ["ISB"],
    "The British School of Brussels": ["British School of Brussels", "BSB"],
    "St. John's International School": ["St John's", "St. John's", "SJIS"],
    "BEPS International School": ["BEPS"],
    "International School of Luxembourg": ["ISL"],
    "Antwerp International School": ["AIS"],
    "European School Brussels IV": ["EEB IV", "EEB4", "École européenne Bruxelles IV", "Laeken"],
    "Königliches Athenäum Eupen": ["KAE", "Athénée royal d'Eupen", "Athenäum Eupen"],
    "Colegio Internacional Aldebarán": ["Aldebarán", "Colegio Aldebarán"],
    "GO! Koninklijk Atheneum Etterbeek": ["KA Etterbeek", "Koninklijk Atheneum Etterbeek",
                                          "Scholengroep Brussel"],
    "Teach for Belgium": ["TfB", "Teach For Belgium"],
    "Wooclap": [],
    "Cambridge University Press & Assessment": ["Cambridge", "Cambridge University Press"],
    "Éditions Van In": ["Van In", "VAN IN"],
    "Plantyn": [],
    "perspective.brussels": ["perspective", "Service École"],
    "Fondation pour l'Enseignement": ["FpE"],
    "Nord Anglia Education": ["Nord Anglia"],
    "Inspired Education Group": ["Inspired", "Inspired Education"],
    "Cognita": ["Cognita Schools Spain", "Cognita Schools"],
    "École Gaïa": ["Gaïa", "Ecole Gaia"],
    "Fondation Roi Baudouin": ["FRB", "Koning Boudewijnstichting", "King Baudouin Foundation"],
    "BeCode": [],
    "Collège Saint-Michel": ["Saint-Michel", "Collège St-Michel"],
    "Institut Saint-André": ["Saint-André"],
    "École Internationale Le Verseau": ["Le Verseau"],
    "Lycée Vauban": ["Vauban"],
}

MODULES = [holdout194ev_public1, holdout194ev_public2, holdout194ev_networks, holdout194ev_intl,
           holdout194ev_orgs1, holdout194ev_orgs2, holdout194ev_hiring, holdout194ev_work, holdout194ev_life]


def fail(msg):
    raise SystemExit(f"make_event_corpus_holdout194: {msg}")


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev):
    kind = ev["kind"]
    if not KEBAB.match(kind):
        fail(f"bad kind {kind!r}")
    if not ev["trap"] or not KEBAB.match(ev["trap"]):
        fail(f"{kind}: bad trap {ev['trap']!r}")
    cal = icalendar.Calendar.from_ical(ev["ics"])
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if ev["uid"] not in uids:
        fail(f"{kind}: label uid {ev['uid']!r} not among {sorted(uids)}")
    if ev["is_interview"] not in (0, 1):
        fail(f"{kind}: is_interview must be 0/1")
    flat = unfold(ev["ics"])
    plain = flat.replace("\\,", ",").replace("\\;", ";")
    if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{kind}: hiring-side flag and trap prefix disagree")
    if ev["is_interview"]:
        if ev["hiring"]:
            fail(f"{kind}: an interview cannot be hiring-side")
        if ev["company"] not in FORMS:
            fail(f"{kind}: company {ev['company']!r} lacks a FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{kind}: bad stage {ev['stage']!r}")
        if ev["role"] and ev["role"] not in plain:
            fail(f"{kind}: role {ev['role']!r} not written in the event")
        for who in ev["interviewers"]:
            if "@" in who:
                if who != who.lower() or who in USER_ADDRESSES:
                    fail(f"{kind}: bad interviewer address {who!r}")
                if who not in plain.lower():
                    fail(f"{kind}: interviewer {who!r} not in event")
            elif who not in plain:
                fail(f"{kind}: interviewer name {who!r} not in event")
    elif ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
        fail(f"{kind}: a negative must have empty company/role/stage/interviewers")


def csv_line(row):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path, split_col, new_lines):
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.readlines()
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept[-1] and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(kept + new_lines)
    os.replace(tmp, path)


def main():
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    kinds = [ev["kind"] for ev in events]
    if len(set(kinds)) != len(kinds):
        fail("duplicate kinds")
    uids = [ev["uid"] for ev in events]
    if len(set(uids)) != len(uids):
        fail("duplicate uids across files")
    for ev in events:
        check(ev)
    used = {ev["company"] for ev in events if ev["is_interview"]}
    if set(FORMS) - used:
        fail(f"FORMS entries without interviews: {sorted(set(FORMS) - used)}")

    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_lines = []
    for n, ev in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"].replace("\n", "\r\n") if ev["crlf"] else ev["ics"]
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        icalendar.Calendar.from_ical((EVENTS_DIR / name).read_bytes())
        label_lines.append(csv_line([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                                     ";".join(ev["interviewers"]), SPLIT, ev["trap"]]))
    forms_lines = [csv_line([SPLIT, company, "|".join(FORMS[company])]) for company in sorted(used)]
    replace_rows(LABELS, 7, label_lines)
    replace_rows(FORMS_CSV, 0, forms_lines)

    interviews = sum(ev["is_interview"] for ev in events)
    hiring = sum(ev["hiring"] for ev in events)
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives "
          f"({hiring} with the user on the hiring side), {len(used)} employers")


if __name__ == "__main__":
    main()
