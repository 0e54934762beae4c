"""Write the blind calendar-event split holdout241 (one job seeker's calendar, hand-written raw iCalendar).

Run from the worktree root:  python scripts/make_event_corpus_holdout241.py
Deletes only tests/corpus/events/holdout241-*.ics, rewrites them, and replaces only the split=holdout241 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv (other lines are kept byte for byte).
"""
import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout241ev_a  # noqa: E402
import holdout241ev_b  # noqa: E402
import holdout241ev_c  # noqa: E402
import holdout241ev_d  # noqa: E402
import holdout241ev_e  # noqa: E402
import holdout241ev_f  # noqa: E402
import holdout241ev_g  # noqa: E402
import holdout241ev_h  # noqa: E402

SPLIT = "holdout241"
ROOT = HERE.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 241_2026
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS = {
    "Arvor Banque": ["Arvor", "Arvor Banque SA"],
    "Assurances du Ponant": ["Ponant", "Assurances Ponant"],
    "Aubrac Conseil": ["Aubrac"],
    "Banque Lémanique": ["Banque Lémanique SA", "Banque Lemanique", "BL"],
    "Banque de France": ["BdF", "ACPR", "Banque de France – ACPR"],
    "Bufete Olmedo Abogados": ["Olmedo Abogados", "Olmedo", "Cabinet Olmedo"],
    "CHU de Rennes": ["CHU Rennes", "CHU Pontchaillou", "CHU"],
    "Cabinet Bréhat Avocats": ["Bréhat Avocats", "cabinet Bréhat", "Bréhat"],
    "Chambre des notaires d'Ille-et-Vilaine": ["Chambre des notaires 35", "Chambre des notaires",
                                                "Chambre interdépartementale des notaires"],
    "Clauze": [],
    "Cour d'appel de Rennes": ["CA de Rennes", "CA Rennes", "cour d'appel"],
    "Dreyer & Partner": ["Dreyer & Partner Rechtsanwälte", "Dreyer und Partner", "Dreyer"],
    "Département d'Ille-et-Vilaine": ["Département 35", "Conseil départemental d'Ille-et-Vilaine", "CD35"],
    "Groupe Avelis": ["Avelis"],
    "Groupe Kerlann": ["Kerlann"],
    "Groupe Rozen": ["Rozen", "Rozen BTP"],
    "Grupo Alcora": ["Alcora", "Groupe Alcora"],
    "Guillou-Marrec Notaires": ["étude Guillou-Marrec", "Guillou-Marrec", "étude de Me Marrec"],
    "Jurilab": [],
    "Kerr Delaunay": ["Kerr Delaunay LLP", "KD"],
    "Kessler Logistik": ["Kessler Logistik GmbH", "Kessler"],
    "LBMS Avocats": ["LBMS"],
    "Lefeuvre Avocats": ["Cabinet Lefeuvre", "Cabinet Lefeuvre Avocats", "Lefeuvre"],
    "Medilink": [],
    "Mutuelle Atlantique Assurances": ["Mutuelle Atlantique"],
    "Mutuelle des Genêts": ["Mutuelle des Genets", "les Genêts"],
    "Nexalis Energy": ["Nexalis", "Nexalis Energy France"],
    "Nordvik Line": ["Nordvik"],
    "Northwall Fund Services": ["Northwall", "Northwall Fund Services S.A."],
    "Notaires d'Armor": ["Notaires d'Armor SELARL"],
    "Office notarial Kerjean & Associés": ["Kerjean & Associés", "étude Kerjean", "Office notarial Kerjean"],
    "Ouest Juris Avocats": ["Ouest Juris"],
    "Préfecture d'Ille-et-Vilaine": ["Préfecture 35", "Préfecture de Rennes", "Préf 35", "préfecture"],
    "Rennes Métropole": ["Ville de Rennes", "Ville de Rennes et Rennes Métropole"],
    "Région Bretagne": ["Conseil régional de Bretagne", "Région", "Rannvro Breizh"],
    "SCP Rouxel & Hamon": ["Rouxel & Hamon", "Rouxel & Hamon Notaires", "étude Rouxel-Hamon"],
    "SELARL Le Floch": ["Le Floch Commissaires de justice", "étude Le Floch"],
    "SPL Eau du Pays de Rance": ["Eau du Pays de Rance"],
    "Tilt Software": ["Tilt"],
    "Tremblay Gagnon": ["Tremblay Gagnon s.e.n.c.r.l.", "Tremblay Gagnon S.E.N.C.R.L."],
    "Tribunal administratif de Rennes": ["TA de Rennes", "TA Rennes"],
}


def fail(msg):
    sys.exit("holdout241: " + msg)


def all_events():
    events = []
    for mod in (holdout241ev_a, holdout241ev_b, holdout241ev_c, holdout241ev_d, holdout241ev_e,
                holdout241ev_f, holdout241ev_g, holdout241ev_h):
        events.extend(mod.EVENTS)
    return events


def check(ev, text, name):
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # pragma: no cover - loud failure
        fail(f"{name} does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name} has no VEVENT")
    if ev["uid"] not in uids:
        fail("{}: label UID {!r} not in file ({})".format(name, ev["uid"], sorted(uids)))
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail("{}: bad kind {!r}".format(name, ev["kind"]))
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail("{}: bad trap {!r}".format(name, ev["trap"]))
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail("{}: bad stage {!r}".format(name, ev["stage"]))
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail("{}: company {!r} has no FORMS entry".format(name, ev["company"]))
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: own interview with a hiring-side trap")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
    for who in filter(None, ev["interviewers"].split(";")):
        if "@" in who and who != who.lower():
            fail(f"{name}: interviewer e-mail not lower case: {who!r}")
        if who.lower() in ("gwen.lebihan@orange.fr", "gwenaelle.le-bihan@justice.fr"):
            fail(f"{name}: the user listed as interviewer")
        if "@" in who and who.lower() not in re.sub(r"\r?\n[ \t]", "", text).lower():
            fail(f"{name}: interviewer {who!r} not in file")


def split_records(text):
    """Split CSV text into raw records (a quoted field may hold a newline), keeping each record's bytes."""
    records, cur = [], ""
    for line in text.splitlines(keepends=True):
        cur += line
        if cur.count('"') % 2 == 0:
            records.append(cur)
            cur = ""
    if cur:
        records.append(cur)
    return records


def replace_rows(path, header, split_col, new_rows):
    text = path.read_bytes().decode("utf-8")
    records = split_records(text)
    if not records or next(csv.reader([records[0].rstrip("\r\n")])) != header:
        fail(f"{path.name}: unexpected header")
    nl = "\r\n" if records[0].endswith("\r\n") else "\n"
    kept = [records[0]]
    for rec in records[1:]:
        row = next(csv.reader(io.StringIO(rec)), [])
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(rec)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += nl
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=nl)
    for row in new_rows:
        writer.writerow(row)
    data = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = all_events()
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    for old in OUT.glob(SPLIT + "-*.ics"):
        old.unlink()
    label_rows = []
    for num, idx in enumerate(order, 1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        if not text.endswith("\n"):
            text += "\n"
        if not ev["lf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        check(ev, text, name)
        (OUT / name).write_bytes(text.encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
    companies = sorted({ev["company"] for ev in events if ev["is_interview"]})
    extra = sorted(set(FORMS) - set(companies))
    if extra:
        fail(f"FORMS lists companies with no interview: {extra}")
    replace_rows(LABELS, LABEL_HEADER, LABEL_HEADER.index("split"), label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in companies])
    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"holdout241: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} with the user on the hiring side), {len(companies)} employers")


if __name__ == "__main__":
    main()
