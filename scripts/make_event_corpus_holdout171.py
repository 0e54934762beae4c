"""Write the blind calendar-event split holdout171 (one user's calendar, raw iCalendar text).

Run from the worktree root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout171.py

Writes tests/corpus/events/holdout171-NNN-<kind>.ics (deleting only old holdout171-*.ics first) and
replaces only the split=holdout171 rows of tests/corpus/events/labels.csv and company_forms.csv.
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

import holdout171ev_a
import holdout171ev_b
import holdout171ev_c
import holdout171ev_d
import holdout171ev_e
import holdout171ev_f
import holdout171ev_g
import holdout171ev_h
import holdout171ev_i
import holdout171ev_j
import holdout171ev_k
import icalendar

SPLIT = "holdout171"
SEED = 171_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"rocionavarro.gil@hotmail.com", "rnavarro@us-gestion.es"}
MODULES = [
    holdout171ev_a, holdout171ev_b, holdout171ev_c, holdout171ev_d, holdout171ev_e, holdout171ev_f,
    holdout171ev_g, holdout171ev_h, holdout171ev_i, holdout171ev_j, holdout171ev_k,
]
# Files written with LF endings (desktop/phone exports); everything else is written with CRLF.
LF_KINDS = {"oral-tribunal", "typed-rabanales", "une-typed", "guion-preguntas", "plantillas", "cafe-elena",
            "email-gracias", "plazo-solicitud", "examen-oral-eoi", "dentista", "notaria", "simulacro", "preparar-final"}

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Universidad de Granada": ["UGR", "Univ. de Granada", "University of Granada"],
    "Universidad de Málaga": ["UMA", "Universidad de Malaga", "University of Málaga"],
    "Universidad Pablo de Olavide": ["UPO", "Pablo de Olavide", "Universidad Pablo de Olavide de Sevilla"],
    "Universidad de Cádiz": ["UCA", "Universidad de Cadiz", "University of Cádiz"],
    "Universidad de Córdoba": ["UCO", "Universidad de Cordoba", "University of Córdoba"],
    "Universidad de Huelva": ["UHU", "University of Huelva"],
    "Universidad Internacional de Andalucía": ["UNIA", "Universidad Internacional de Andalucia"],
    "Universidad de Jaén": ["UJA", "UJAEN", "Universidad de Jaen", "University of Jaén"],
    "Universidad de Almería": ["UAL", "Universidad de Almeria", "University of Almería"],
    "Universidad Carlos III de Madrid": ["UC3M", "Carlos III", "Universidad Carlos III"],
    "Universidad Complutense de Madrid": ["UCM", "Complutense", "Universidad Complutense"],
    "Universidad Autónoma de Madrid": ["UAM", "Autónoma de Madrid", "Universidad Autonoma de Madrid"],
    "ANECA": ["Agencia Nacional de Evaluación de la Calidad y Acreditación"],
    "SEPIE": ["Servicio Español para la Internacionalización de la Educación"],
    "Agencia Andaluza del Conocimiento": ["AAC", "DEVA", "Agencia Andaluza del Conocimiento (DEVA)"],
    "Consejería de Universidad, Investigación e Innovación": [
        "Junta de Andalucía", "Secretaría General de Universidades", "Consejería de Universidad"],
    "Ayuntamiento de Sevilla": ["Ayto. de Sevilla", "Ayto Sevilla", "Seville City Council"],
    "Universidad Internacional Menéndez Pelayo": ["UIMP", "Universidad Internacional Menendez Pelayo"],
    "UNED": ["Universidad Nacional de Educación a Distancia", "UNED Sevilla", "Centro Asociado UNED Sevilla"],
    "EUIPO": ["European Union Intellectual Property Office", "Oficina de Propiedad Intelectual de la Unión Europea"],
    "Joint Research Centre": ["JRC", "JRC Seville", "European Commission", "Centro Común de Investigación"],
    "EACEA": ["European Education and Culture Executive Agency",
              "Agence exécutive européenne pour l'éducation et la culture"],
    "EU-OSHA": ["European Agency for Safety and Health at Work", "Agencia Europea para la Seguridad y la Salud"],
    "Universidad Europea": ["Universidad Europea de Madrid", "UE", "UEM"],
    "IE University": ["IE", "IE Business School", "Instituto de Empresa"],
    "ESIC University": ["ESIC", "ESIC Business & Marketing School"],
    "EAE Business School": ["EAE", "Planeta Formación y Universidades"],
    "Universidad Loyola": ["Universidad Loyola Andalucía", "Loyola", "Loyola Andalucía"],
    "Universidad Francisco de Vitoria": ["UFV", "Francisco de Vitoria"],
    "UNIR": ["Universidad Internacional de La Rioja"],
    "Universidad Nebrija": ["Nebrija", "Universidad Antonio de Nebrija"],
    "Universidad Alfonso X el Sabio": ["UAX", "Alfonso X el Sabio"],
    "CEU Andalucía": ["Fundación San Pablo Andalucía CEU", "CEU", "Universidad CEU Fernando III"],
    "Universidad Pontificia Comillas": ["Comillas", "ICAI-ICADE", "Universidad Comillas"],
    "Esade": ["ESADE", "Esade Business School", "Universitat Ramon Llull"],
    "Saint Louis University Madrid": ["SLU Madrid", "Saint Louis University", "SLU"],
    "QS Quacquarelli Symonds": ["QS", "Quacquarelli Symonds", "QS Quacquarelli Symonds Ltd"],
    "Banco Santander": ["Santander", "Santander Universidades", "Grupo Santander"],
    "Fundación \"la Caixa\"": ["Fundación la Caixa", "la Caixa", "Fundació \"la Caixa\""],
    "Opositas Sur": ["Academia Opositas Sur"],
    "British Council": ["British Council Spain", "British Council España"],
    "Goethe-Institut": ["Goethe-Institut Madrid", "Goethe Institut", "Goethe-Institut e.V."],
    "Institut français d'Espagne": ["Institut français de Séville", "Institut français", "Instituto Francés"],
    "EOI": ["EOI Escuela de Organización Industrial", "Escuela de Organización Industrial", "Fundación EOI"],
    "Fundación Carolina": ["Fundacion Carolina"],
    "Fundación Progreso y Salud": ["FPS", "Fundación Pública Andaluza Progreso y Salud"],
}


def fail(msg: str) -> None:
    sys.exit(f"make_event_corpus_holdout171: {msg}")


def collect() -> list[dict[str, object]]:
    events: list[dict[str, object]] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    return events


def check(ev: dict[str, object], name: str, text: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids or len(uids) != 1:
        fail(f"{name}: label uid {ev['uid']!r} does not match file UIDs {sorted(uids)}")
    for vev in cal.walk("VEVENT"):
        for prop in ("DTSTAMP", "DTSTART", "SUMMARY"):
            if vev.get(prop) is None:
                fail(f"{name}: VEVENT lacks {prop}")
    i = ev["i"]
    trap = str(ev["trap"])
    if i not in (0, 1):
        fail(f"{name}: is_interview must be 0 or 1")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{name}: trap {trap!r} is not kebab-case")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(ev["k"])):
        fail(f"{name}: kind {ev['k']!r} is not kebab-case")
    if i == 1:
        if ev["co"] not in FORMS:
            fail(f"{name}: company {ev['co']!r} has no FORMS entry")
        if ev["st"] not in STAGES:
            fail(f"{name}: bad stage {ev['st']!r}")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{name}: an interview cannot have a user-as-interviewer trap")
        low = re.sub(r"\r?\n[ \t]", "", text).lower()
        for person in filter(None, str(ev["iv"]).split(";")):
            if "@" in person:
                if person != person.lower() or person in USER_ADDRESSES:
                    fail(f"{name}: bad interviewer address {person!r}")
                if person not in low:
                    fail(f"{name}: interviewer {person!r} not in the event")
    else:
        for key in ("co", "role", "st", "iv"):
            if ev.get(key, ""):
                fail(f"{name}: negative must leave {key} empty")


def rows_without_split(path: Path, keep) -> tuple[list[str], str]:
    raw = path.read_bytes().decode("utf-8")
    eol = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.split(eol)
    if lines and lines[-1] == "":
        lines.pop()
    return [ln for ln in lines if keep(ln)], eol


def write_atomic(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(fields: list[str], eol: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow(fields)
    return buf.getvalue()


def main() -> None:
    events = collect()
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for n, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{n:03d}-{ev['k']}.ics"
        text = str(ev["ics"])
        eol = "\n" if ev["k"] in LF_KINDS else "\r\n"
        text = text.replace("\r\n", "\n").replace("\n", eol)
        check(ev, name, text)
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        i = int(str(ev["i"]))
        if i == 1 and ev["co"] not in companies:
            companies.append(str(ev["co"]))
        label_rows.append([
            name, str(ev["uid"]), str(i),
            str(ev.get("co", "")), str(ev.get("role", "")), str(ev.get("st", "")),
            str(ev.get("iv", "")), SPLIT, str(ev["trap"]),
        ])

    lines, eol = rows_without_split(LABELS, lambda ln: not re.search(rf",{SPLIT},[^,]*$", ln))
    if next(csv.reader([lines[0]])) != LABEL_HEADER:
        fail("labels.csv header differs")
    write_atomic(LABELS, "".join(ln + eol for ln in lines) + "".join(csv_line(r, eol) for r in label_rows))

    lines, eol = rows_without_split(FORMS_CSV, lambda ln: not ln.startswith(f"{SPLIT},"))
    if next(csv.reader([lines[0]])) != FORMS_HEADER:
        fail("company_forms.csv header differs")
    form_rows = [[SPLIT, co, "|".join(FORMS[co])] for co in sorted(companies)]
    write_atomic(FORMS_CSV, "".join(ln + eol for ln in lines) + "".join(csv_line(r, eol) for r in form_rows))

    interviews = sum(1 for ev in events if ev["i"] == 1)
    hiring = sum(1 for ev in events if str(ev["trap"]).startswith("user-as-interviewer-"))
    print(f"{SPLIT}: {len(events)} events, {interviews} interviews, {len(events) - interviews} negatives, "
          f"{hiring} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
