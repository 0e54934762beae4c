"""Generate the blind calendar-event split holdout204 (user: Verena Pichler, DGKP, Graz).

Writes tests/corpus/events/holdout204-NNN-<kind>.ics from the hand-written iCalendar text in
scripts/holdout204ev_*.py and replaces only the split=holdout204 rows of labels.csv and
company_forms.csv. Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout204.py
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

import holdout204ev_alltag1  # noqa: E402
import holdout204ev_graz  # noqa: E402
import holdout204ev_graz2  # noqa: E402
import holdout204ev_privat  # noqa: E402
import holdout204ev_privat2  # noqa: E402
import holdout204ev_salzburg  # noqa: E402
import holdout204ev_schweiz  # noqa: E402
import holdout204ev_schweiz2  # noqa: E402
import holdout204ev_station1  # noqa: E402
import holdout204ev_station2  # noqa: E402
import holdout204ev_wien  # noqa: E402
import holdout204ev_wien2  # noqa: E402
import holdout204ev_wien3  # noqa: E402

SPLIT = "holdout204"
SEED = 20460204
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_COLUMNS = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_COLUMNS = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"verena.pichler86@aon.at", "verena.pichler@kages-sued.at"}

MODULES = [
    holdout204ev_graz,
    holdout204ev_graz2,
    holdout204ev_wien,
    holdout204ev_wien2,
    holdout204ev_wien3,
    holdout204ev_salzburg,
    holdout204ev_schweiz,
    holdout204ev_schweiz2,
    holdout204ev_station1,
    holdout204ev_station2,
    holdout204ev_alltag1,
    holdout204ev_privat,
    holdout204ev_privat2,
]

# Other names the user would accept for each interview employer in a draft.
FORMS = {
    "Krankenhaus der Elisabethinen Graz": ["Elisabethinen", "Elisabethinen Graz", "KH der Elisabethinen",
                                           "Krankenhaus der Elisabethinen GmbH"],
    "Krankenhaus der Barmherzigen Brüder Graz": ["Barmherzige Brüder Graz", "Barmherzige Brüder", "BBr Graz",
                                                 "Barmherzige Brüder Österreich"],
    "Geriatrische Gesundheitszentren der Stadt Graz": ["GGZ", "GGZ Graz", "Albert Schweitzer Klinik"],
    "FH JOANNEUM": ["FH Joanneum", "FH JOANNEUM Graz", "Fachhochschule Joanneum"],
    "Privatklinik Graz Ragnitz": ["Privatklinik Ragnitz", "Ragnitz"],
    "Hansa Privatklinikum": ["Hansa", "Hansa Privatklinikum Graz", "Privatklinikum Hansa"],
    "Caritas Steiermark": ["Caritas", "Caritas der Diözese Graz-Seckau"],
    "Volkshilfe Steiermark": ["Volkshilfe"],
    "AUVA UKH Steiermark": ["AUVA", "UKH Steiermark", "UKH Graz", "Unfallkrankenhaus Steiermark"],
    "BFI Steiermark": ["BFI", "bfi Steiermark", "Berufsförderungsinstitut Steiermark"],
    "Wiener Gesundheitsverbund - Klinik Floridsdorf": ["Klinik Floridsdorf", "Wiener Gesundheitsverbund", "WIGEV",
                                                       "KFL"],
    "Krankenhaus Göttlicher Heiland": ["Göttlicher Heiland", "Vinzenz Gruppe", "KH Göttlicher Heiland"],
    "Evangelisches Krankenhaus Wien": ["Evangelisches Krankenhaus", "EKH Wien", "EKH"],
    "Franziskus Spital": ["Franziskus Spital Wien", "Franziskusspital", "Franziskus Spital Landstraße"],
    "Rudolfinerhaus": ["Rudolfinerhaus Privatklinik", "Privatklinik Rudolfinerhaus"],
    "Confraternität Privatklinik Josefstadt": ["Confraternität", "Privatklinik Josefstadt",
                                               "Confraternität-Privatklinik Josefstadt"],
    "FH Campus Wien": ["FH Campus", "Fachhochschule Campus Wien"],
    "Haus der Barmherzigkeit": ["HB", "Haus der Barmherzigkeit Seeböckgasse"],
    "Wiener Rotes Kreuz": ["Rotes Kreuz", "WRK", "Rotes Kreuz Wien", "Bildungszentrum Wiener Rotes Kreuz"],
    "Herz-Jesu Krankenhaus": ["Herz-Jesu KH", "Herz-Jesu Krankenhaus Wien"],
    "B. Braun Austria": ["B. Braun", "B.Braun", "B. Braun Austria GmbH"],
    "Medtronic": ["Medtronic Österreich", "Medtronic Austria"],
    "Sanatorium Hera": ["Hera", "Sanatorium Hera Wien"],
    "SeneCura": ["SeneCura Gruppe", "SeneCura Sozialzentrum Liesing"],
    "Ärzte ohne Grenzen": ["MSF", "Médecins Sans Frontières", "Doctors Without Borders", "MSF Austria",
                           "Aerzte ohne Grenzen"],
    "Nurseflow": [],
    "Uniklinikum Salzburg": ["SALK", "Salzburger Landeskliniken", "Uniklinikum Salzburg (SALK)",
                             "Landeskrankenhaus Salzburg"],
    "Kardinal Schwarzenberg Klinikum": ["Klinikum Schwarzach", "Kardinal Schwarzenberg Klinikum Schwarzach",
                                        "KSK"],
    "Krankenhaus der Barmherzigen Brüder Salzburg": ["Barmherzige Brüder Salzburg", "BB Salzburg"],
    "Paracelsus Medizinische Privatuniversität": ["PMU", "Paracelsus Medizinische Universität",
                                                  "Paracelsus Universität"],
    "Tauernklinikum": ["Tauernklinikum Zell am See"],
    "Diakoniewerk Salzburg": ["Diakoniewerk"],
    "Kliniken Südostbayern": ["Kliniken Südostbayern AG", "Klinikum Traunstein"],
    "Hospital Quirónsalud Marbella": ["Quirónsalud", "Quirónsalud Marbella", "Quironsalud"],
    "Privatklinik Wehrle-Diakonissen": ["Wehrle-Diakonissen", "Wehrle", "Privatklinik Wehrle-Diakonissen Salzburg"],
    "Kantonsspital St.Gallen": ["KSSG", "Kantonsspital St. Gallen", "HOCH Health Ostschweiz"],
    "Universitätsspital Zürich": ["USZ", "UniversitätsSpital Zürich", "Unispital Zürich"],
    "Stadtspital Zürich": ["Stadtspital Zürich Triemli", "Triemli", "Stadtspital Triemli"],
    "Klinik Hirslanden": ["Hirslanden", "Klinik Hirslanden Zürich", "Hirslanden Zürich"],
    "Careum Bildungszentrum": ["Careum", "Careum Bildungszentrum Zürich"],
    "HFR Hôpital fribourgeois": ["HFR", "Hôpital fribourgeois", "freiburger spital", "HFR Fribourg"],
    "Spital Männedorf": ["Männedorf"],
    "Geriatrische Klinik St.Gallen": ["Geriatrische Klinik St. Gallen", "Geriatrische Klinik SG"],
}


def fail(msg):
    sys.exit(f"make_event_corpus_holdout204: {msg}")


def write_atomic(path, data):
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def render(event):
    text = event["text"].replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if not event["lf"]:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(event, name, data):
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    if not vevents:
        fail(f"{name}: no VEVENT")
    uids = {str(v.get("UID")) for v in vevents}
    if uids != {event["uid"]}:
        fail(f"{name}: label uid {event['uid']!r} does not match file UIDs {sorted(uids)}")
    for v in vevents:
        if v.get("DTSTART") is None or v.get("DTSTAMP") is None:
            fail(f"{name}: VEVENT without DTSTART or DTSTAMP")
        v.decoded("DTSTART")
    iv = event["is_interview"]
    if iv not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if event["stage"] not in STAGES:
        fail(f"{name}: bad stage {event['stage']!r}")
    trap = event["trap"]
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: trap {trap!r} is not kebab-case")
    if event["hiring"] != trap.startswith("user-as-interviewer-"):
        fail(f"{name}: hiring-side flag and trap prefix disagree")
    if event["hiring"] and iv:
        fail(f"{name}: hiring-side event labelled as interview")
    if iv:
        if not event["company"]:
            fail(f"{name}: interview without company")
        if event["company"] not in FORMS:
            fail(f"{name}: company {event['company']!r} has no FORMS entry")
        flat = data.decode("utf-8").replace("\r\n ", "").replace("\n ", "").lower()
        for who in filter(None, event["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{name}: interviewer {who!r} has stray spaces")
            if "@" in who:
                if who != who.lower():
                    fail(f"{name}: interviewer address {who!r} not lower case")
                if who in USER_ADDRESSES:
                    fail(f"{name}: the user listed as interviewer")
                if who not in flat:
                    fail(f"{name}: interviewer {who!r} not in the file")
            elif who.lower() not in flat:
                fail(f"{name}: interviewer name {who!r} not in the file")
    else:
        for key in ("company", "role", "stage", "interviewers"):
            if event[key]:
                fail(f"{name}: negative with non-empty {key}")


def replace_rows(path, columns, new_rows):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name}: empty, header missing")
    header = next(csv.reader([lines[0]]))
    if header != columns:
        fail(f"{path.name}: unexpected header {header}")
    split_idx = columns.index("split")
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            fields = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            fields = []
        if len(fields) == len(columns) and fields[split_idx] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        writer.writerow(row)
    write_atomic(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    used = {e["company"] for e in events if e["is_interview"]}
    missing = sorted(used - set(FORMS))
    if missing:
        fail(f"companies without FORMS entry: {missing}")
    unused = sorted(set(FORMS) - used)
    if unused:
        fail(f"FORMS entries for no interview: {unused}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)
    EVENTS_DIR.mkdir(parents=True, exist_ok=True)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows = []
    for num, idx in enumerate(order, start=1):
        event = events[idx]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", event["kind"]):
            fail(f"kind {event['kind']!r} is not kebab-case")
        name = f"{SPLIT}-{num:03d}-{event['kind']}.ics"
        data = render(event)
        check(event, name, data)
        write_atomic(EVENTS_DIR / name, data)
        label_rows.append([name, event["uid"], str(event["is_interview"]), event["company"], event["role"],
                           event["stage"], event["interviewers"], SPLIT, event["trap"]])
    replace_rows(LABELS, LABEL_COLUMNS, label_rows)
    forms_rows = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(used)]
    replace_rows(FORMS_CSV, FORMS_COLUMNS, forms_rows)
    n_iv = sum(e["is_interview"] for e in events)
    n_hire = sum(e["hiring"] for e in events)
    print(f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hire} with the user on the hiring side, {len(used)} employers")


if __name__ == "__main__":
    main()
