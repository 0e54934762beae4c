"""Generate the blind calendar-event split holdout182 for afterview.

Written blind: an independent author wrote the events in ``scripts/holdout182ev_*.py`` as raw iCalendar text,
without reading the classifier, the other generators or other splits. This script writes
``tests/corpus/events/holdout182-NNN-<kind>.ics`` (shuffled with a fixed seed), checks every label against the
parsed file and replaces only the ``split=holdout182`` rows of ``labels.csv`` and ``company_forms.csv``.

Run from the worktree root: ``/work/main/.venv/bin/python scripts/make_event_corpus_holdout182.py``.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout182"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"gen.tremblay@videotron.ca", "genevieve.tremblay.cisss@ssss.gouv.qc.ca"}
SEED = 182_2025

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "CIUSSS du Centre-Sud-de-l'Île-de-Montréal": ["CIUSSS du Centre-Sud", "CCSMTL", "CIUSSS Centre-Sud"],
    "CIUSSS de l'Est-de-l'Île-de-Montréal": ["CIUSSS de l'Est", "CEMTL", "CIUSSS de l'Est-de-Montréal"],
    "CIUSSS du Nord-de-l'Île-de-Montréal": ["CIUSSS du Nord", "CIUSSS NIM", "Hôpital du Sacré-Cœur-de-Montréal"],
    "CISSS de Laval": ["CISSS Laval", "Hôpital de la Cité-de-la-Santé"],
    "CISSS de la Montérégie-Centre": ["CISSSMC", "CISSS Montérégie-Centre", "Hôpital Charles-LeMoyne"],
    "CISSS des Laurentides": ["CISSS Laurentides", "CISSSLAU"],
    "CIUSSS de la Capitale-Nationale": ["CIUSSS CN", "CIUSSS de la Capitale", "CIUSSSCN"],
    "CHUM": ["Centre hospitalier de l'Université de Montréal"],
    "Centre de recherche du CHUM": ["CRCHUM", "CR-CHUM"],
    "Centre universitaire de santé McGill": ["CUSM", "MUHC", "McGill University Health Centre"],
    "Institut de Cardiologie de Montréal": ["ICM", "Montreal Heart Institute", "MHI"],
    "CHU de Québec-Université Laval": ["CHU de Québec", "CHUQ"],
    "IUCPQ": ["Institut universitaire de cardiologie et de pneumologie de Québec", "IUCPQ-UL",
              "Institut de cardiologie et de pneumologie de Québec"],
    "CHU Sainte-Justine": ["Sainte-Justine", "CHUSJ"],
    "Héma-Québec": ["Hema-Quebec"],
    "Clinique Cardio-Santé Laval": ["Cardio-Santé Laval", "Cardio-Santé"],
    "Medisys": ["Medisys Health Group", "Groupe Santé Medisys"],
    "Syneos Health": ["Syneos"],
    "IQVIA": [],
    "Altasciences": ["Altasciences Clinical Research"],
    "Innovaderm Research": ["Innovaderm", "Innovaderm Recherches"],
    "Dialogue": ["Dialogue Health Technologies", "Dialogue Technologies de la santé"],
    "Nocti Santé": ["Nocti"],
    "University of Ottawa Heart Institute": ["UOHI", "Ottawa Heart Institute", "Heart Institute",
                                             "Institut de cardiologie de l'Université d'Ottawa"],
    "Innomar Strategies": ["Innomar"],
    "Novartis": ["Novartis Pharma Canada", "Novartis Canada"],
    "Medtronic": ["Medtronic Canada"],
    "Abbott": ["Abbott Heart Failure", "Abbott Laboratories"],
    "Edwards Lifesciences": ["Edwards"],
    "Biotronik": ["BIOTRONIK SE & Co. KG", "Biotronik Canada"],
    "Médecins Sans Frontières": ["MSF", "MSF France"],
    "Médicos del Mundo": ["Médecins du Monde", "MdM"],
    "Cégep du Vieux Montréal": ["CVM", "Vieux Montréal", "Cégep du Vieux-Montréal"],
    "Collège de Maisonneuve": ["Maisonneuve", "Cégep de Maisonneuve"],
    "Université de Montréal": ["UdeM", "Faculté des sciences infirmières de l'UdeM", "FSI UdeM"],
    "INESSS": ["Institut national d'excellence en santé et en services sociaux"],
    "OIIQ": ["Ordre des infirmières et infirmiers du Québec"],
    "Centre de santé Inuulitsivik": ["Inuulitsivik"],
    "Services aux Autochtones Canada": ["SAC", "Indigenous Services Canada", "ISC"],
    "TELUS Santé": ["TELUS Health", "TELUS"],
    "Maple": ["Maple Corporation", "getmaple"],
    "Bayshore HealthCare": ["Bayshore", "Bayshore Soins de santé"],
    "AlayaCare": ["Alaya Care"],
    "Diex Recherche": ["Diex Research", "Diex"],
}


def load_events() -> list[dict]:
    sys.path.insert(0, str(SCRIPTS))
    tz = importlib.import_module("holdout182ev_tz").TZ
    events: list[dict] = []
    for path in sorted(SCRIPTS.glob("holdout182ev_*.py")):
        mod = importlib.import_module(path.stem)
        for ev in getattr(mod, "EVENTS", []):
            ev = dict(ev)
            ev["module"] = path.stem
            text = ev["ics"].strip("\n")

            def repl(m: re.Match[str]) -> str:
                return tz[m.group(1)]

            text = re.sub(r"^@@TZ (.+?)@@$", repl, text, flags=re.M)
            if "@@" in text:
                raise SystemExit(f"unresolved placeholder in {ev['uid']}")
            eol = ev.get("eol", "\r\n")
            ev["text"] = eol.join(text.split("\n")) + eol
            events.append(ev)
    return events


def fail(msg: str) -> None:
    raise SystemExit(f"holdout182: bad label: {msg}")


def check(ev: dict, name: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(ev["text"])
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    if not cal.get("PRODID") or str(cal.get("VERSION")) != "2.0":
        fail(f"{name}: PRODID/VERSION missing")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{name}: no VEVENT")
    for comp in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{name}: VEVENT without {prop}")
    if ev["uid"] not in uids:
        fail(f"{name}: label uid {ev['uid']!r} not in file ({uids})")
    if len(set(uids)) != 1:
        fail(f"{name}: several UIDs in one file")
    if ev["is_interview"] not in (0, 1):
        fail(f"{name}: is_interview")
    if ev["stage"] not in STAGES:
        fail(f"{name}: stage {ev['stage']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ev["trap"]):
        fail(f"{name}: trap {ev['trap']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)?", ev["kind"]):
        fail(f"{name}: kind {ev['kind']!r}")
    if ev["is_interview"] == 0:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{name}: negative with company/role/stage/interviewers")
    else:
        if not ev["company"]:
            fail(f"{name}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        if ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: user on the hiring side cannot be an interview")
    unfolded = re.sub(r"\r?\n[ \t]", "", ev["text"])
    low = unfolded.lower()
    for who in filter(None, ev["interviewers"].split(";")):
        if who != who.strip():
            fail(f"{name}: interviewer with spaces {who!r}")
        if "@" in who:
            if who != who.lower() or who not in low:
                fail(f"{name}: interviewer address {who!r} not in file or not lower case")
            if who in USER_ADDRESSES:
                fail(f"{name}: the user as interviewer")
        elif who not in unfolded:
            fail(f"{name}: interviewer name {who!r} not in file")
    if ev["role"] and ev["role"] not in unfolded.replace("\\,", ","):
        fail(f"{name}: role {ev['role']!r} not in file")


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines or next(csv.reader([lines[0]])) != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = load_events()
    seen: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["uid"], ev["text"])
        if key in seen:
            fail(f"duplicate event {ev['uid']}")
        seen.add(key)
    random.Random(SEED).shuffle(events)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    companies: set[str] = set()
    for i, ev in enumerate(events, 1):
        name = f"{SPLIT}-{i:03d}-{ev['kind']}.ics"
        check(ev, name)
        (OUT / name).write_bytes(ev["text"].encode("utf-8"))
        label_rows.append([name, ev["uid"], str(ev["is_interview"]), ev["company"], ev["role"], ev["stage"],
                           ev["interviewers"], SPLIT, ev["trap"]])
        if ev["is_interview"]:
            companies.add(ev["company"])
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries without an interview: {sorted(unused)}")
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, forms_rows)
    n_int = sum(ev["is_interview"] for ev in events)
    n_hire = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
