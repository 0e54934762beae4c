"""Write the blind calendar-event split holdout225 (one user: Franziska Hofbauer, Kita-Leitung in Munich).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout225.py

Writes tests/corpus/events/holdout225-NNN-<kind>.ics (after deleting old holdout225-*.ics files only) and replaces
only the split=holdout225 rows of tests/corpus/events/labels.csv and company_forms.csv.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout225ev_a
import holdout225ev_b
import holdout225ev_c
import holdout225ev_d
import holdout225ev_e
import holdout225ev_f
import holdout225ev_g
import holdout225ev_h

SPLIT = "holdout225"
SEED = 22525
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Landeshauptstadt München": ["Stadt München", "LHM", "Referat für Bildung und Sport", "RBS"],
    "Stadt Augsburg": ["Augsburg", "Amt für Kindertagesbetreuung Augsburg"],
    "Landratsamt Rosenheim": ["LRA Rosenheim", "Landkreis Rosenheim"],
    "Stadt Salzburg": ["Magistrat Salzburg", "Magistrat der Stadt Salzburg"],
    "KiBe Salzburg": ["KiBe Salzburg gemeinnützige GmbH", "KiBe"],
    "Bezirk Oberbayern": ["Bezirk Obb."],
    "Gemeinde Unterhaching": ["Unterhaching"],
    "Stadt Rosenheim": ["Rosenheim"],
    "Katholisches Kita-Werk St. Korbinian": ["Kita-Werk St. Korbinian", "St. Korbinian",
                                             "Katholisches Kita-Werk St. Korbinian gGmbH"],
    "Evangelisches Kita-Werk Augsburg": ["Evangelisches Kita-Werk Augsburg e.V.", "Ev. Kita-Werk Augsburg"],
    "Kinderhäuser im Inntal": ["Kinderhäuser im Inntal gGmbH"],
    "Diakonisches Kinderwerk Oberbayern": ["Diakonisches Kinderwerk Oberbayern gGmbH", "Diakonisches Kinderwerk"],
    "Kleine Entdecker": ["Kleine Entdecker Bildungs GmbH"],
    "Kinderland Isartal": ["Kinderland Isartal gGmbH"],
    "Kids Campus International": ["Kids Campus", "Kids Campus International GmbH"],
    "Les Petits Loups": ["Les Petits Loups e.V.", "Crèche Les Petits Loups"],
    "Kinderhaus Arcoíris": ["Kinderhaus Arcoíris e.V.", "Arcoíris", "Kinderhaus Arcoiris"],
    "Mundo Bilingüe": ["Mundo Bilingüe gGmbH", "Mundo Bilingue"],
    "Kitalino": ["Kitalino GmbH"],
    "FamilienCampus": ["FamilienCampus GmbH"],
    "Bright Beginnings Childcare": ["Bright Beginnings", "Bright Beginnings Childcare Europe"],
    "Kinderwerkstatt Bayern": ["Kinderwerkstatt Bayern gGmbH", "Kinderwerkstatt"],
    "Pro Kind Oberland": ["Pro Kind Oberland gGmbH", "Pro Kind"],
    "Zwergenland Kitas": ["Zwergenland", "Zwergenland Kita GmbH"],
    "Sonnenschein Kinderbetreuung": ["Sonnenschein Kinderbetreuung gGmbH", "Sonnenschein"],
    "Spielraum Kitas": ["Spielraum", "Spielraum Kitas GmbH"],
    "Little Scholars Munich": ["Little Scholars", "Little Scholars Munich GmbH"],
    "Nido Learning": ["Nido Learning Europe", "Nido Learning Europe GmbH", "Nido"],
    "Waldkindergarten-Verbund Oberland": ["Waldkindergarten-Verbund Oberland e.V.", "Waldkindergarten-Verbund"],
    "KitaKompass": ["KitaKompass GmbH"],
    "Sozialwerk Chiemgau": ["Sozialwerk Chiemgau e.V."],
    "Wurzelwerk Kinderhäuser": ["Wurzelwerk", "Wurzelwerk Kinderhäuser UG"],
    "Stiftung Kinderleben München": ["Stiftung Kinderleben", "Kinderleben"],
    "Montessori-Verein Augsburg": ["Montessori Augsburg", "Montessori-Verein Augsburg e.V."],
    "Kinderkrippen Maxvorstadt": ["Kinderkrippen Maxvorstadt gGmbH"],
    "Zentrum Bayern Familie und Soziales": ["ZBFS", "Bayerisches Landesjugendamt"],
    "Hilfswerk Kinder & Jugend Bayern": ["Hilfswerk Kinder und Jugend Bayern",
                                         "Hilfswerk Kinder & Jugend Bayern gGmbH"],
    "Flachgauer Kinderbetreuung": ["Flachgauer Kinderbetreuung gGmbH"],
    "Landesverband katholischer Kindertageseinrichtungen Bayern": [
        "Landesverband kath. Kitas", "Landesverband katholischer Kindertageseinrichtungen Bayern e.V."],
    "Dachverband Münchner Elterninitiativen": ["Dachverband Münchner Elterninitiativen e.V.", "DMEI"],
    "Evangelische Jugendhilfe Rosenheim": ["Evangelische Jugendhilfe Rosenheim gGmbH", "Ev. Jugendhilfe Rosenheim"],
    "Inklusive Kinderhäuser Augsburg": ["Inklusive Kinderhäuser Augsburg gGmbH"],
    "Gemeinde Ottobrunn": ["Ottobrunn"],
    "Rotkreuz Kinderbetreuung Oberbayern": ["Rotkreuz Kinderbetreuung Oberbayern gGmbH",
                                            "Rotkreuz Kinderbetreuung"],
}

MODULES = [holdout225ev_a, holdout225ev_b, holdout225ev_c, holdout225ev_d,
           holdout225ev_e, holdout225ev_f, holdout225ev_g, holdout225ev_h]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout225: {msg}")


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return "\n".join(out)


def to_bytes(ev: dict) -> bytes:
    text = ev["ics"].strip("\n") + "\n"
    # Google, Microsoft and Apple fold long lines; many ATS and hand exports do not.
    tool_folds = any(t in text for t in ("PRODID:-//Google", "PRODID:Microsoft", "PRODID:-//Microsoft",
                                           "PRODID:-//Apple"))
    if ev.get("fold", tool_folds):
        text = "\n".join(fold(line) for line in text.split("\n"))
    if not ev.get("lf"):
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict, data: bytes, name: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if uids != {ev["uid"]}:
        fail(f"{name}: label uid {ev['uid']!r} != file uids {sorted(uids)!r}")
    if ev["interview"] not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{name}: trap not kebab-case: {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["kind"]):
        fail(f"{name}: kind not kebab-case: {ev['kind']!r}")
    if ev["interview"]:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{name}: bad stage {ev['stage']!r}")
        for who in filter(None, ev["interviewers"].split(";")):
            if "@" in who and who != who.lower():
                fail(f"{name}: interviewer e-mail not lower case: {who}")
            if "hofbauer" in who.lower():
                fail(f"{name}: the user listed as interviewer")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
        if ev.get("hiring") and not ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: hiring-side event needs a user-as-interviewer- trap")
    if ev["trap"].startswith("user-as-interviewer-") and (ev["interview"] or not ev.get("hiring")):
        fail(f"{name}: user-as-interviewer- trap must be a hiring-side negative")


def csv_row(values: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(values)
    return buf.getvalue()


def replace_rows(path: Path, split_col: int, new_rows: list[str]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path}: empty")
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            fields = next(csv.reader([line]))
        except (StopIteration, csv.Error):
            fields = []
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = "".join(kept) + "".join(new_rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[str] = []
    companies: list[str] = []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = to_bytes(ev)
        check(ev, data, name)
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append(csv_row([name, ev["uid"], str(ev["interview"]), ev["company"], ev["role"], ev["stage"],
                                   ev["interviewers"], SPLIT, ev["trap"]]))
        if ev["interview"] and ev["company"] not in companies:
            companies.append(ev["company"])

    form_rows = [csv_row([SPLIT, c, "|".join(FORMS[c])]) for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, form_rows)

    n_int = sum(e["interview"] for e in events)
    n_hire = sum(1 for e in events if e["trap"].startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
