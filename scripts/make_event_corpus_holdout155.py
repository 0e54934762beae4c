"""Write the blind calendar-event split holdout155 (tests/corpus/events/holdout155-*.ics).

The events live as raw iCalendar text in scripts/holdout155ev_*.py. This script writes one .ics file
per event in a shuffled order (fixed seed), checks every label against the parsed file, and replaces
only the split=holdout155 rows of labels.csv and company_forms.csv.
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

import holdout155ev_a  # noqa: E402
import holdout155ev_b  # noqa: E402
import holdout155ev_c  # noqa: E402
import holdout155ev_d  # noqa: E402
import holdout155ev_e  # noqa: E402
import holdout155ev_f  # noqa: E402
import holdout155ev_g  # noqa: E402
import holdout155ev_h  # noqa: E402
from holdout155ev_tz import vtimezone  # noqa: E402

SPLIT = "holdout155"
SEED = 155_2025
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
USER_ADDRESSES = {"emilie.dubois.rh@skynet.be", "e.dubois@brabant-logistique.be"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS = {
    "Verhaeghe Foods": "Verhaeghe|Verhaeghe Foods NV",
    "Caldera Assurances": "Caldera|Caldera Assurances S.A.|Caldera Luxembourg",
    "Norelis": "Groupe Norelis|Norelis SAS",
    "Van Houten Logistics": "Van Houten|Van Houten Logistics B.V.",
    "Grupo Alcántara": "Alcántara|Grupo Alcantara|Alcantara|Groupe Alcántara",
    "Rheinfeld Chemie": "Rheinfeld|Rheinfeld Chemie GmbH",
    "Maison Delcroix": "Delcroix|Maison Delcroix SAS",
    "Stellaris Pharma": "Stellaris|Stellaris Pharma SA",
    "Paynest": "Paynest SRL",
    "Kinetik Care": "Kinetik",
    "Mobilia": "Mobilia B.V.",
    "Brückner & Söhne": "Brückner|Brueckner & Soehne|Brückner & Söhne GmbH & Co. KG",
    "Ardenne Énergie": "Ardenne Energie|Ardenne Énergie SA",
    "Halvorsen Medical": "Halvorsen|Halvorsen Medical Devices|Halvorsen Medical Devices Inc.",
    "Orbitale Software": "Orbitale",
    "Quantly": "Quantly B.V.",
    "Calcaires Mosans": "Calcaires Mosans SA|Les Calcaires Mosans",
    "Fjord Analytics": "Fjord",
    "SPF Mobilité et Transports": "SPF Mobilité|FOD Mobiliteit en Vervoer|FOD Mobiliteit",
    "Port de Bruxelles": "Haven van Brussel|Port of Brussels",
    "Transport Declerck": "Declerck|Transport Declerck NV",
    "Bloemhof Groep": "Bloemhof",
    "Groupe Sérac": "Sérac|Serac|Groupe Serac",
    "Lumen Études": "Lumen|Lumen Etudes",
    "Transalliance Nord": "Transalliance",
    "Eurodis Distribution": "Eurodis",
    "Banque Ardent Luxembourg": "Banque Ardent|Ardent|Banque Ardent Luxembourg S.A.",
    "Domstadt Versicherung": "Domstadt|Domstadt Versicherung AG",
    "Sportica": "Sportica France",
    "European Freight Agency": "EFA",
    "Lemaire & Associés": "Lemaire|Cabinet Lemaire|Lemaire & Associés Avocats",
    "Kroon Verzekeringen": "Kroon|Kroon Verzekeringen N.V.",
    "Aérolis Technics": "Aérolis|Aerolis|Aerolis Technics",
    "Groupe Imbert": "Imbert",
    "Delvaux Retail": "Delvaux",
    "Supermarchés Moselle": "Moselle|Supermarches Moselle",
    "Tulipa Payments": "Tulipa",
    "Noordwind Energie": "Noordwind|Noordwind Energie B.V.",
    "Hôpital Sainte-Gudule": "Sainte-Gudule|Hopital Sainte-Gudule|HSG",
    "Agora Hotels Group": "Agora Hotels|Agora",
    "Kranich Medien": "Kranich|Kranich Medien GmbH",
    "Mutualité Horizon": "Horizon|Mutualité Horizon|Mutualiteit Horizon",
}

MODULES = [holdout155ev_a, holdout155ev_b, holdout155ev_c, holdout155ev_d,
           holdout155ev_e, holdout155ev_f, holdout155ev_g, holdout155ev_h]


def fail(msg):
    raise SystemExit(f"make_event_corpus_holdout155: {msg}")


def render(event):
    text = event["ics"]
    text = re.sub(r"@@VTZ ([^@]+)@@", lambda m: vtimezone(m.group(1)), text)
    if "@@" in text:
        fail(f"unreplaced marker in {event['uid']}")
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if event["crlf"]:
        text = text.replace("\n", "\r\n")
    return text


def check(event, text, name):
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if event["uid"] not in uids:
        fail(f"{name}: label UID {event['uid']!r} not in file (has {sorted(uids)})")
    if event["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if event["stage"] not in STAGES:
        fail(f"{name}: bad stage {event['stage']!r}")
    if not KIND_RE.match(event["kind"]):
        fail(f"{name}: bad kind {event['kind']!r}")
    if not TRAP_RE.match(event["trap"]):
        fail(f"{name}: trap must be kebab-case: {event['trap']!r}")
    if event["is_interview"]:
        if not event["company"]:
            fail(f"{name}: interview without company")
        if event["company"] not in FORMS:
            fail(f"{name}: company {event['company']!r} lacks a FORMS entry")
        if event["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: hiring-side trap on an interview")
        lowered = text.lower()
        for person in filter(None, event["interviewers"].split(";")):
            if person.lower() in USER_ADDRESSES:
                fail(f"{name}: the user listed as interviewer")
            if "@" in person:
                if person != person.lower():
                    fail(f"{name}: interviewer address not lower case: {person}")
                if person not in lowered.replace("\r\n ", "").replace("\n ", ""):
                    fail(f"{name}: interviewer {person} not in the file")
    else:
        for field in ("company", "role", "stage", "interviewers"):
            if event[field]:
                fail(f"{name}: negative with non-empty {field}")


def replace_split_rows(path, new_rows, split_col):
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    eol = "\r\n" if lines[0].endswith("\r\n") else "\n"
    kept = []
    for i, line in enumerate(lines):
        if i > 0:
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
    writer.writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    tmp = path.with_name(path.name + ".tmp-holdout155")
    tmp.write_bytes(out.encode("utf-8"))
    os.replace(tmp, path)


def main():
    events = [e for m in MODULES for e in m.EVENTS]
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows = []
    companies = []
    for num, idx in enumerate(order, start=1):
        event = events[idx]
        name = f"{SPLIT}-{num:03d}-{event['kind']}.ics"
        text = render(event)
        check(event, text, name)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        label_rows.append([name, event["uid"], str(event["is_interview"]), event["company"],
                           event["role"], event["stage"], event["interviewers"], SPLIT,
                           event["trap"]])
        if event["is_interview"] and event["company"] not in companies:
            companies.append(event["company"])

    unused = set(FORMS) - set(companies)
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    replace_split_rows(LABELS, label_rows, 7)
    forms_rows = [[SPLIT, c, FORMS[c]] for c in sorted(companies)]
    replace_split_rows(FORMS_CSV, forms_rows, 0)

    n = len(events)
    pos = sum(e["is_interview"] for e in events)
    hiring = sum(e["trap"].startswith("user-as-interviewer-") for e in events)
    print(f"{SPLIT}: {n} events, {pos} interviews, {n - pos} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
