# ruff: noqa: E501
"""Generate the blind calendar-event test split ``holdout250``.

Split: holdout250 -- about 110 hand-written raw iCalendar events from one user's calendar, written blind (without
reading the classifier, the other generators, other splits' files or labels) by an independent author.

Persona: Theresa Brandl, 33, midwife (Hebamme) in the delivery room of the (fictional) Klinikum Isarauen in Munich,
private address theresa.brandl@web.de, work address theresa.brandl@klinikum-isarauen.de. She applies for senior
midwife and delivery-room lead posts at other hospitals (Bavaria, one in Salzburg, one in Zurich), a birth centre,
a midwifery school (Praxisanleitung), a home-visit service and a few others. Negatives include her work on the
hiring side (selection panels, student placement interviews, trial shifts of applicants, examiner duty) and
everyday events that use interview-like words (Kennenlerngespräche with expectant parents, Mitarbeitergespräch,
press and research interviews, family members' interviews, ...).

The events live in ``scripts/holdout250ev_*.py`` (``EVENTS`` lists of dicts). This script checks every event,
shuffles them with a fixed seed, writes ``tests/corpus/events/holdout250-NNN-<kind>.ics`` (CRLF line endings;
it first deletes only old ``holdout250-*.ics``) and replaces only the split=holdout250 rows of
``tests/corpus/events/labels.csv`` and ``tests/corpus/events/company_forms.csv``; every other line is kept byte
for byte.

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout250.py
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

import holdout250ev_a  # noqa: E402
import holdout250ev_b  # noqa: E402
import holdout250ev_c  # noqa: E402
import holdout250ev_d  # noqa: E402
import holdout250ev_e  # noqa: E402
import holdout250ev_f  # noqa: E402
import icalendar  # noqa: E402

SPLIT = "holdout250"
SEED = 250_2025
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "tests", "corpus", "events")
LABELS = os.path.join(OUT, "labels.csv")
FORMS_CSV = os.path.join(OUT, "company_forms.csv")
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"

ME = ("theresa.brandl@web.de", "theresa.brandl@klinikum-isarauen.de")
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# company -> other forms the user would accept ("|"-separated, may be empty)
FORMS = {
    "Klinikum Isarauen": "Isarauen|Klinikum Isarauen München",
    "Frauenklinik Lindenhain": "Lindenhain|Frauenklinik Lindenhain GmbH|Frauenklinik Lindenhain München",
    "Kreisklinik Loisachtal": "Loisachtal|Kreisklinik Loisachtal gGmbH",
    "Vitalis Klinikum Rosenheim": "Vitalis|Vitalis Kliniken|Vitalis Rosenheim|Klinikum Rosenheim",
    "Geburtshaus Morgenrot": "Morgenrot",
    "Hochschule für Gesundheit Isartal": "HfG Isartal|HfG|Hochschule Isartal",
    "WochenbettMobil": "Wochenbett Mobil|WochenbettMobil München",
    "Salzachklinikum Salzburg": "Salzachklinikum|SKS",
    "Spital Limmatfeld": "Limmatfeld|Spital Limmatfeld Zürich",
    "Klinikum Starnberger See": "Starnberger See|Klinikum Starnberg",
    "Perinatalzentrum Augsburg-West": "Augsburg-West|PNZ Augsburg-West|Perinatalzentrum Augsburg",
    "Kreiskrankenhaus Erding-Nord": "KKH Erding-Nord|Erding-Nord|Kreiskrankenhaus Erding",
    "Nestlotsin": "Nestlotsin App|Nestlotsin GmbH",
    "Landratsamt Mangfalltal": "Landkreis Mangfalltal|LRA Mangfalltal|KoKi Mangfalltal",
    "Lumacor Medical": "Lumacor|Lumacor Medical GmbH",
    "Universitätsfrauenklinik Isartor": "Uni-Frauenklinik Isartor|UFK Isartor|Frauenklinik Isartor",
    "Mamacare Health": "Mamacare",
    "Praxis Dr. Sommerfeld": "Praxis Sommerfeld|Frauenarztpraxis Sommerfeld|Sommerfeld",
    "Geburtshaus Würmtal": "Würmtal|Geburtshaus Wuermtal",
    "Klinikum Freising-Moosach": "Freising-Moosach|Klinikum Freising",
    "Kreisklinik Attelgrund": "Attelgrund|Klinik Attelgrund",
    "Hebammenpraxis Glockenbach": "Glockenbach|Hebammenpraxis am Glockenbach",
    "Klinikum Nürnberg-Pegnitzgrund": "Pegnitzgrund|Klinikum Pegnitzgrund|Klinikum Nürnberg",
    "Mutter-Kind-Zentrum Ingolstadt-Donaumoos": "MKZ Ingolstadt|MKZ Ingolstadt-Donaumoos|Mutter-Kind-Zentrum Ingolstadt",
    "Klinikum Regensburg-Donaupark": "Donaupark|Klinikum Donaupark|Klinikum Regensburg",
    "Privatklinik Maximiliansau": "Maximiliansau|Klinik Maximiliansau",
    "Klinikum Kaufbeuren-Wertachtal": "Wertachtal|Klinikum Wertachtal|Klinikum Kaufbeuren",
    "Kreisklinik Miesbach-Leitzach": "Miesbach-Leitzach|Kreisklinik Miesbach",
    "Klinikum Werdenfelser Land": "Werdenfelser Land|Klinikum Werdenfels",
    "St.-Anna-Klinik Passau": "St. Anna|St.-Anna-Klinik|St. Anna Klinik Passau-Innstadt|St.-Anna-Klinik Passau-Innstadt",
    "Wiegenwissen": "Wiegenwissen Akademie|Wiegenwissen GmbH",
    "Klinikum Obermenzing-Würm": "Obermenzing-Würm|Klinikum Obermenzing",
    "Geburtsklinik am Englischen Garten": "GaEG|Geburtsklinik Englischer Garten",
    "Hebammenverbund Oberland": "Hebammenverbund Oberland eG|Verbund Oberland",
    "Klinikum Chiemgau-Süd": "Chiemgau-Süd|Klinikum Chiemgau",
    "MVZ Frauengesundheit Schwabing": "MVZ Schwabing|MVZ Frauengesundheit",
    "Diakonie-Klinik Isarwinkel": "Isarwinkel|Diakonieklinik Isarwinkel",
    "International Birth Clinic Munich": "IBC Munich|IBC|International Birth Clinic",
}

MODULES = (holdout250ev_a, holdout250ev_b, holdout250ev_c, holdout250ev_d, holdout250ev_e, holdout250ev_f)
KEYS = {"kind", "uid", "ics", "is_interview", "company", "role", "stage", "interviewers", "trap", "hiring"}


def unfold(text):
    return re.sub(r"\r?\n[ \t]", "", text)


def normalise(ics, eol):
    text = ics.replace("\r\n", "\n").lstrip("\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", eol)


def check(ev, where):
    errs = []
    missing = KEYS - set(ev)
    extra = set(ev) - KEYS - {"eol"}
    if missing or extra:
        return [f"{where}: keys missing {sorted(missing)} extra {sorted(extra)}"]
    for key in ("kind", "trap"):
        if not KEBAB.match(ev[key]):
            errs.append(f"{where}: {key} not kebab-case: {ev[key]!r}")
    if ev["stage"] not in STAGES:
        errs.append(f"{where}: bad stage {ev['stage']!r}")
    if ev["is_interview"] not in (0, 1):
        errs.append(f"{where}: is_interview must be 0/1")
    text = normalise(ev["ics"], ev.get("eol", "\r\n"))
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        return [*errs, f"{where}: does not parse: {exc}"]
    vevents = [c for c in cal.walk() if c.name == "VEVENT"]
    if not vevents:
        errs.append(f"{where}: no VEVENT")
    uids = {str(c.get("UID")) for c in vevents}
    if uids != {ev["uid"]}:
        errs.append(f"{where}: VEVENT UIDs {uids} != label uid {ev['uid']!r}")
    for c in vevents:
        if "DTSTART" not in c:
            errs.append(f"{where}: VEVENT without DTSTART")
            continue
        try:
            c.decoded("DTSTART")
        except Exception as exc:
            errs.append(f"{where}: DTSTART not decodable: {exc}")
    flat = unfold(text).lower()
    people = [p for p in ev["interviewers"].split(";") if p]
    for p in people:
        if p != p.strip():
            errs.append(f"{where}: whitespace around interviewer {p!r}")
        if "@" in p and p != p.lower():
            errs.append(f"{where}: interviewer address not lower-case {p!r}")
        if p.lower() not in flat:
            errs.append(f"{where}: interviewer {p!r} not in event text")
        if p.lower() in ME or "brandl" in p.lower():
            errs.append(f"{where}: the user listed as interviewer")
    if ev["is_interview"] == 1:
        if not ev["company"]:
            errs.append(f"{where}: interview without company")
        elif ev["company"] not in FORMS:
            errs.append(f"{where}: company {ev['company']!r} has no FORMS entry")
        if ev["hiring"]:
            errs.append(f"{where}: interview marked hiring")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            errs.append(f"{where}: negative with company/role/stage/interviewers")
    if bool(ev["hiring"]) != ev["trap"].startswith("user-as-interviewer-"):
        errs.append(f"{where}: hiring flag and trap prefix disagree")
    if not isinstance(ev["hiring"], bool):
        errs.append(f"{where}: hiring must be bool")
    return errs


def replace_split_rows(path, header, split_col, new_rows):
    """Keep every line whose split column is not SPLIT byte for byte, append new_rows (already formatted)."""
    if os.path.exists(path):
        with open(path, "rb") as fh:
            data = fh.read().decode("utf-8")
    else:
        data = header + "\n"
    lines = data.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            row = next(csv.reader([line.rstrip("\r\n")]))
        except (csv.Error, StopIteration):
            row = []
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=eol)
    for row in new_rows:
        writer.writerow(row)
    tmp = path + ".tmp-" + SPLIT
    with open(tmp, "wb") as fh:
        fh.write(("".join(kept) + buf.getvalue()).encode("utf-8"))
    os.replace(tmp, path)
    return len(kept) - 1


def main():
    events, errs = [], []
    for mod in MODULES:
        for i, ev in enumerate(mod.EVENTS):
            where = f"{mod.__name__}[{i}] {ev.get('uid', '?')[:40]}"
            errs.extend(check(ev, where))
            events.append(ev)
    seen = {}
    for ev in events:
        if ev["uid"] in seen:
            errs.append(f"duplicate uid {ev['uid']}")
        seen[ev["uid"]] = True
    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s); nothing written")
        return 1

    rng = random.Random(SEED)
    order = list(events)
    rng.shuffle(order)

    os.makedirs(OUT, exist_ok=True)
    for old in glob.glob(os.path.join(OUT, f"{SPLIT}-*.ics")):
        os.remove(old)
    label_rows, used_companies = [], []
    for n, ev in enumerate(order, 1):
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(normalise(ev["ics"], ev.get("eol", "\r\n")))
        label_rows.append([name, ev["uid"], ev["is_interview"], ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
        if ev["is_interview"] and ev["company"] not in used_companies:
            used_companies.append(ev["company"])
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(used_companies)]
    replace_split_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_split_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)

    n_int = sum(e["is_interview"] for e in events)
    n_hire = sum(bool(e["hiring"]) for e in events)
    unused = sorted(set(FORMS) - set(used_companies))
    print(f"split {SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives "
          f"({n_hire} hiring side, {len(events) - n_int - n_hire} others), {len(used_companies)} employers")
    if unused:
        print("FORMS entries without interview:", unused)
    return 0


if __name__ == "__main__":
    sys.exit(main())
