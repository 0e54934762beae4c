"""Write the blind calendar-event split holdout248 for afterview.

Split: holdout248, about 110 raw iCalendar events from one user's calendar, hand-labelled by an independent author
who did not read the classifier, the other generators or the other splits' files or labels.

Persona: Álvaro Benítez Ruiz, 37, air traffic controller (tower/approach, OJTI) at SkyControl Sur, a private
air-navigation provider's unit in Seville (private alvaro.benitez.ruiz@hotmail.es, work abenitez@skycontrolsur.es),
applying to a national provider's area control centres, EUROCONTROL Maastricht UAC, a Gulf ANSP, an airport
operator's apron control, simulator/training academies and more. Negatives include his own hiring-side work
(cadet interviews, OJT assessments, unit endorsement boards) and the trade's interview-like meetings.

Events live in scripts/holdout248ev_*.py (EVENTS lists); VTIMEZONE text and helpers in holdout248ev_zones.py and
holdout248ev_kit.py.

Run from the repository root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout248.py
It checks every event, shuffles with a fixed seed, deletes only old tests/corpus/events/holdout248-*.ics, writes
holdout248-NNN-<kind>.ics (CRLF) and replaces only the split=holdout248 rows of tests/corpus/events/labels.csv and
tests/corpus/events/company_forms.csv, keeping every other line byte for byte.
"""
import csv
import glob
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import holdout248ev_a  # noqa: E402
import holdout248ev_b  # noqa: E402
import holdout248ev_c  # noqa: E402
import holdout248ev_d  # noqa: E402
import icalendar  # noqa: E402
from holdout248ev_zones import ME_PRIV, ME_WORK  # noqa: E402

SPLIT = "holdout248"
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "corpus", "events")
SEED = 248_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ME = {ME_PRIV, ME_WORK}

# company -> other forms the user would accept ("|"-separated, may be empty)
FORMS = {
    "ENNA": "Entidad Nacional de Navegación Aérea|ENNA Navegación Aérea",
    "EUROCONTROL Maastricht UAC": "MUAC|Maastricht UAC|EUROCONTROL|Eurocontrol MUAC",
    "Khaleej Air Navigation Services": "Khaleej ANS|KANS",
    "Plataforma Aeroportuaria de Levante": "PAL|Plataforma Aeroportuaria de Levante S.A.",
    "Atlántica ATC Academy": "Atlántica|Atlantica ATC Academy|Atlantica",
    "SkyControl Sur": "SkyControl|Skycontrol Sur S.L.",
    "Austronav": "Austronav Flugsicherung|Austronav Flugsicherung GmbH",
    "Holland Approach Services": "HAS|Holland Approach Services B.V.",
    "Remotower Nordic": "Remotower Nordic AB|Remotower",
    "Simaero Systems": "Simaero|Simaero Systems SAS",
    "EuroATC Training Institute": "EuroATC|EuroATC Institute",
    "TorreControl Ibérica": "TCI|TorreControl|TorreControl Iberica",
    "NavLusa": "NavLusa Navegação Aérea",
    "Alpennav": "Alpennav AG",
    "Aéro Contrôle Provence": "ACP|Aero Controle Provence",
    "Uspace Iberia": "Uspace|U-space Iberia",
    "Atlantic Air Navigation Ireland": "AANI|Atlantic Air Navigation",
    "NorthSky ATS": "NorthSky|NorthSky ATS Ltd",
    "Najd Air Navigation Company": "Najd ANC|Najd Air Navigation|NANC",
    "Melita ANS": "Melita Air Navigation Services|Melita",
    "Rock Approach Services": "Rock Approach|RAS",
    "Atlas Navigation Aérienne": "Atlas Navigation|ANA Maroc",
    "LuxNav": "LuxNav S.A.|Luxnav",
    "Aeropuertos Canarios Gestión": "Aeropuertos Canarios|ACG",
    "Navtech Systems Ibérica": "Navtech|Navtech Systems|Navtech Iberica",
    "Aerovía Consulting": "Aerovía|Aerovia Consulting",
    "Airsafe Tower": "Airsafe Tower GmbH|Airsafe",
    "Offshore Heli Radar Services": "OHRS|Offshore Heli Radar",
    "CUAS": "Centro Universitario de Aviación de Sevilla",
    "Vuelaria": "Vuelaria Airlines",
    "Belnav": "Belnav ANSP",
    "Servicios Aeroportuarios Baleares": "SAB|Servicios Aeroportuarios Baleares S.L.",
    "Al Bidda Airspace Management": "Al Bidda|ABAM",
    "Arctic Oceanic Control": "Arctic Oceanic Control ehf.|AOC",
    "AeroSim Dynamics": "AeroSim|AeroSim Dynamics S.L.",
    "Voxcom ATM Solutions": "Voxcom|Voxcom ATM",
}


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def check(ev):
    uid = ev["uid"]
    where = f"{ev.get('kind')} {uid}"
    for k in ("kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"):
        assert k in ev, f"{where}: missing {k}"
    assert KEBAB.match(ev["kind"]), f"{where}: kind not kebab-case"
    assert KEBAB.match(ev["trap"]), f"{where}: trap not kebab-case"
    assert ev["stage"] in STAGES, f"{where}: bad stage {ev['stage']}"
    assert ev["is_interview"] in (0, 1), where
    cal = icalendar.Calendar.from_ical(ev["ics"])
    vevents = cal.walk("VEVENT")
    assert vevents, f"{where}: no VEVENT"
    uids = {str(v.get("UID")) for v in vevents}
    assert uids == {uid}, f"{where}: UIDs {uids}"
    for v in vevents:
        assert v.get("DTSTART") is not None, f"{where}: no DTSTART"
        v.decoded("DTSTART")
    text = unfold(ev["ics"]).lower()
    ivs = [x for x in ev["interviewers"].split(";") if x]
    for x in ivs:
        assert x == x.strip(), where
        assert x.lower() in text, f"{where}: interviewer {x} not in text"
        assert x.lower() not in ME, f"{where}: the user as interviewer"
        assert "benítez" not in x.lower() and "benitez" not in x.lower(), f"{where}: the user as interviewer"
        if "@" in x:
            assert x == x.lower(), f"{where}: interviewer e-mail not lower-case"
    if ev["is_interview"]:
        assert ev["company"] in FORMS, f"{where}: company {ev['company']} has no FORMS entry"
        assert not ev["hiring"], where
    else:
        assert not (ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]), f"{where}: negative labelled"
    assert bool(ev["hiring"]) == ev["trap"].startswith("user-as-interviewer-"), f"{where}: hiring/trap mismatch"
    assert "\r" not in ev["ics"], f"{where}: CR in source"


def replace_rows(path, split_col, new_rows, header):
    """Keep every line whose split column is not SPLIT byte for byte; append new rows."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.splitlines(keepends=True)
    eol = b"\r\n" if lines and lines[0].endswith(b"\r\n") else b"\n"
    assert lines and lines[0].rstrip(b"\r\n").decode("utf-8") == header, f"{path}: unexpected header"
    kept = []
    for i, line in enumerate(lines):
        if i > 0:
            row = next(csv.reader([line.decode("utf-8").rstrip("\r\n")]), [])
            if len(row) > split_col and row[split_col] == SPLIT:
                continue
        kept.append(line)
    if kept and not kept[-1].endswith(b"\n"):
        kept[-1] += eol
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=eol.decode())
    for r in new_rows:
        w.writerow(r)
    tmp = path + ".tmp-" + SPLIT
    with open(tmp, "wb") as f:
        f.write(b"".join(kept) + buf.getvalue().encode("utf-8"))
    os.replace(tmp, path)
    return len(kept) - 1


def main():
    events = []
    for mod in (holdout248ev_a, holdout248ev_b, holdout248ev_c, holdout248ev_d):
        events.extend(mod.EVENTS)
    seen = set()
    for ev in events:
        check(ev)
        assert ev["uid"] not in seen, f"duplicate uid {ev['uid']}"
        seen.add(ev["uid"])
    random.Random(SEED).shuffle(events)

    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    rows = []
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        eol = ev.get("eol", "\r\n")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(ev["ics"].replace("\n", eol).encode("utf-8"))
        rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                     ev["interviewers"], SPLIT, ev["trap"]])
    replace_rows(os.path.join(OUT, "labels.csv"), 7, rows,
                 "file,uid,is_interview,company,role,stage,interviewers,split,trap")
    used = sorted({ev["company"] for ev in events if ev["is_interview"]})
    replace_rows(os.path.join(OUT, "company_forms.csv"), 0, [[SPLIT, c, FORMS[c]] for c in used],
                 "split,company,forms")

    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(bool(ev["hiring"]) for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} hiring side, {len(events) - n_int - n_hire} others), {len(used)} employers")
    unused = sorted(set(FORMS) - set(used))
    if unused:
        print("FORMS entries without an interview:", unused)


if __name__ == "__main__":
    main()
