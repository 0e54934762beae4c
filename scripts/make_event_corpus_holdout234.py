"""Write the blind calendar-event split holdout234 (tests/corpus/events/holdout234-*.ics) and its label rows.

Run from the worktree root: /work/main/.venv/bin/python scripts/make_event_corpus_holdout234.py
It deletes only old holdout234-*.ics files and replaces only the split=holdout234 rows of labels.csv and
company_forms.csv (every other line is kept byte for byte). Every label is checked against the parsed file.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout234ev_a  # noqa: E402
import holdout234ev_b  # noqa: E402
import holdout234ev_c  # noqa: E402
import holdout234ev_d  # noqa: E402
import holdout234ev_e  # noqa: E402
import holdout234ev_f  # noqa: E402
import holdout234ev_g  # noqa: E402
import holdout234ev_h  # noqa: E402
import holdout234ev_i  # noqa: E402

SPLIT = "holdout234"
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
USER_ADDRS = {"laia.ferrandis.mestra@gmail.com", "laia.ferrandis@edu.gva.es"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Turia British School": ["TBS", "Turia British", "Turia"],
    "Brookfield International School": ["Brookfield", "Brookfield ISM", "Brookfield International School Madrid"],
    "Kestrel Learning": ["Kestrel", "Kestrel Learning Ltd"],
    "Wexford Language Centers": ["Wexford", "Wexford Language Centres", "Wexford LC"],
    "Hawthorne British School Madrid": ["Hawthorne", "Hawthorne British School", "HBSM"],
    "Valencia American Academy": ["VAA", "American Academy"],
    "Pizarra Labs": ["Pizarra", "Pizarra Labs S.L."],
    "Grupo Editorial Albufera": ["Editorial Albufera", "Albufera", "Grup Editorial Albufera"],
    "Colegio Nuestra Señora del Carmen": ["Carmelitas", "Colegio del Carmen", "Col·legi Mare de Déu del Carme"],
    "Colegio Aitana Internacional": ["Aitana", "Aitana Internacional", "Aitana International School"],
    "Deutsche Schule Valencia": ["DSV", "Colegio Alemán de Valencia", "Colegio Alemán", "Deutsche Schule"],
    "Lycée Français de Valence": ["Lycée Français", "Liceo Francés de Valencia", "LFV"],
    "Escola Cooperativa L'Horta": ["Escola L'Horta", "L'Horta", "Cooperativa L'Horta"],
    "Mates Vivas": ["MatesVivas", "Mates Vivas S.L."],
    "Pequelingo": ["Pequelingo S.L."],
    "Campaments Serra Calderona": ["Serra Calderona", "Campaments Calderona"],
    "Robotix Academy": ["Robotix", "Robotix Academy Valencia"],
    "Meridian Schools": ["Meridian", "Meridian International School Valencia", "Meridian Schools Group"],
    "Tutorea": ["Tutorea S.L."],
    "Brightwell Learning": ["Brightwell", "Brightwell Learning Inc."],
    "Classmint": ["Classmint Inc."],
    "Aula Viva": ["AulaViva"],
    "Rayuela Kids": ["Rayuela"],
    "Colegio Internacional Ausiàs": ["Ausiàs", "Ausias", "Col·legi Internacional Ausiàs"],
    "Casa dels Xiquets Montessori": ["Casa dels Xiquets", "Montessori Casa dels Xiquets"],
    "Educa Lúdic": ["Educa Lúdic SL", "Educa Ludic"],
    "Centre Numeria Russafa": ["Numeria", "Numeria Russafa", "Método Numeria"],
    "Universitat Oberta Llevant": ["UOLL", "Universidad Abierta Llevant", "Oberta Llevant"],
    "Quadern App": ["Quadern"],
    "Fundación Semilla Educa": ["Semilla Educa", "Fundació Semilla Educa"],
    "Museu Valencià de Ciència": ["MVC", "Museo Valenciano de Ciencia", "Museu de Ciència"],
    "Col·legi Sant Ignasi": ["Sant Ignasi", "Colegio San Ignacio", "Sant Ignasi Godella"],
    "Colegio Sorolla Bilingüe": ["Sorolla Bilingüe", "Colegio Sorolla", "Sorolla"],
    "Colegio Escolapias Gandia": ["Escolapias", "Escolàpies Gandia", "Escolapias Gandía"],
    "Abacus English Academy": ["Abacus", "Abacus English"],
    "Colegio Arcángel": ["Arcángel", "Colegio Arcángel Madrid"],
    "Edicions del Xúquer": ["Xúquer", "Ediciones del Júcar", "Edicions Xúquer"],
    "Saberia": ["Saberia S.L."],
    "Fundació Escoles Llevant": ["Escoles Llevant", "Fundación Escuelas Llevant"],
    "Little Oaks English": ["Little Oaks", "Little Oaks Russafa"],
    "Escola Infantil El Jardí": ["El Jardí", "Escuela Infantil El Jardí"],
    "Colegio Los Olivos": ["Los Olivos", "Colegio Los Olivos Torrent"],
    "Escuela Europea de Alicante": ["Escuela Europea", "European School Alicante", "EEA"],
}

MODULES = [holdout234ev_a, holdout234ev_b, holdout234ev_c, holdout234ev_d, holdout234ev_e, holdout234ev_f,
           holdout234ev_g, holdout234ev_h, holdout234ev_i]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout234: {msg}")


def to_bytes(text: str, lf: bool) -> bytes:
    lines = text.lstrip("\n").rstrip("\n").split("\n")
    eol = "\n" if lf else "\r\n"
    return (eol.join(lines) + eol).encode("utf-8")


def unfolded(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")


def check_event(name: str, data: bytes, labels: list[dict[str, object]]) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    seen = set()
    flat = unfolded(data.decode("utf-8")).lower()
    for lab in labels:
        uid = str(lab["uid"])
        if uid not in uids:
            fail(f"{name}: label UID {uid!r} not in file (file has {sorted(uids)})")
        if uid in seen:
            fail(f"{name}: duplicate label for {uid!r}")
        seen.add(uid)
        iv = lab["is_interview"]
        if iv not in (0, 1):
            fail(f"{name}: is_interview must be 0 or 1")
        stage = str(lab["stage"])
        if stage not in STAGES:
            fail(f"{name}: bad stage {stage!r}")
        trap = str(lab["trap"])
        if not KEBAB.match(trap):
            fail(f"{name}: trap not kebab-case: {trap!r}")
        company = str(lab["company"])
        who = str(lab["interviewers"])
        if iv == 0:
            if company or lab["role"] or stage or who:
                fail(f"{name}: a negative must have empty company/role/stage/interviewers")
        else:
            if not company:
                fail(f"{name}: interview without company")
            if company not in FORMS:
                fail(f"{name}: company {company!r} has no FORMS entry")
            if trap.startswith("user-as-interviewer-"):
                fail(f"{name}: interview with a hiring-side trap")
        for person in filter(None, who.split(";")):
            if person != person.strip():
                fail(f"{name}: whitespace around interviewer {person!r}")
            if "@" in person and person != person.lower():
                fail(f"{name}: interviewer e-mail not lower case: {person!r}")
            if person.lower() in USER_ADDRS:
                fail(f"{name}: the user listed as interviewer")
            if person.lower().replace("\\", "") not in flat.replace("\\", ""):
                fail(f"{name}: interviewer {person!r} not in the event text")
    if seen != uids:
        fail(f"{name}: UIDs without a label: {sorted(uids - seen)}")


def replace_rows(path: Path, prefix: str, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path}: empty (header missing)")
    kept = [lines[0]] + [ln for ln in lines[1:] if not ln.startswith(prefix.encode())]
    if not kept[-1].endswith(b"\n"):
        kept[-1] += b"\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    out = b"".join(kept) + buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(out)
    os.replace(tmp, path)


def main() -> None:
    events = [ev for mod in MODULES for ev in mod.EVENTS]
    random.Random(234).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: list[str] = []
    n_iv = n_neg = n_hiring = 0
    for i, ev in enumerate(events, start=1):
        kind = str(ev["kind"])
        if not KEBAB.match(kind):
            fail(f"kind not kebab-case: {kind!r}")
        name = f"{SPLIT}-{i:03d}-{kind}.ics"
        data = to_bytes(str(ev["ics"]), bool(ev.get("lf", False)))
        labels = ev["labels"]
        check_event(name, data, labels)
        (EVENTS_DIR / name).write_bytes(data)
        for lab in labels:
            label_rows.append(
                [
                    name,
                    str(lab["uid"]),
                    str(lab["is_interview"]),
                    str(lab["company"]),
                    str(lab["role"]),
                    str(lab["stage"]),
                    str(lab["interviewers"]),
                    SPLIT,
                    str(lab["trap"]),
                ]
            )
            if lab["is_interview"] == 1:
                n_iv += 1
                if lab["company"] not in companies:
                    companies.append(str(lab["company"]))
            else:
                n_neg += 1
                if str(lab["trap"]).startswith("user-as-interviewer-"):
                    n_hiring += 1
    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries for companies without an interview: {unused}")
    replace_rows(LABELS, f"{SPLIT}-", label_rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, f"{SPLIT},", forms_rows)
    print(
        f"holdout234: {len(events)} events, {n_iv} interviews, {n_neg} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
