"""Generate the blind calendar-event split holdout237 (written without reading the classifier).

Run from the repository root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout237.py

Writes tests/corpus/events/holdout237-NNN-<kind>.ics (after deleting old holdout237-*.ics files) and replaces
only the split=holdout237 rows of tests/corpus/events/labels.csv and company_forms.csv.
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
from holdout237ev_de1 import EVENTS as DE1
from holdout237ev_de2 import EVENTS as DE2
from holdout237ev_es1 import EVENTS as ES1
from holdout237ev_es2 import EVENTS as ES2
from holdout237ev_es3 import EVENTS as ES3
from holdout237ev_hire1 import EVENTS as HIRE1
from holdout237ev_hire2 import EVENTS as HIRE2
from holdout237ev_life import EVENTS as LIFE
from holdout237ev_teach import EVENTS as TEACH
from holdout237ev_work import EVENTS as WORK

SPLIT = "holdout237"
SEED = 237_2025
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"irene.castellanos.viola@gmail.com", "icastellanos@osvmadrid.es"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

# Other names Irene would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Orquesta Nacional de España": ["ONE", "Orquesta Nacional", "OCNE", "Orquesta y Coro Nacionales de España"],
    "Orquesta Sinfónica de Galicia": ["OSG", "Sinfónica de Galicia"],
    "Bilbao Orkestra Sinfonikoa": ["BOS", "Orquesta Sinfónica de Bilbao", "Sinfónica de Bilbao"],
    "Euskadiko Orkestra": ["Orquesta Sinfónica de Euskadi", "Euskadiko Orkestra Sinfonikoa", "OSE"],
    "Orquesta Sinfónica del Principado de Asturias": ["OSPA", "Sinfónica del Principado de Asturias"],
    "Real Orquesta Sinfónica de Sevilla": ["ROSS", "Sinfónica de Sevilla"],
    "Orquesta de València": ["Orquesta de Valencia", "Orquestra de València", "OV"],
    "Orquestra Simfònica de Barcelona i Nacional de Catalunya": [
        "OBC",
        "Orquesta Sinfónica de Barcelona y Nacional de Cataluña",
        "Orquestra Simfònica de Barcelona",
    ],
    "Orquesta Sinfónica de Castilla y León": ["OSCyL", "Sinfónica de Castilla y León"],
    "Orquesta Ciudad de Granada": ["OCG"],
    "Orquesta Filarmónica de Gran Canaria": ["OFGC", "Filarmónica de Gran Canaria"],
    "Orquesta Sinfónica de Tenerife": ["OST", "Sinfónica de Tenerife"],
    "Orquestra Simfònica del Gran Teatre del Liceu": [
        "Orquesta Sinfónica del Gran Teatro del Liceo",
        "Orquestra del Liceu",
        "Orquesta del Liceo",
    ],
    "Orquesta Titular del Teatro Real": ["Teatro Real", "Fundación del Teatro Real", "Orquesta Sinfónica de Madrid"],
    "Orquesta y Coro de la Comunidad de Madrid": ["ORCAM", "Fundación ORCAM", "Orquesta de la Comunidad de Madrid"],
    "Orquesta Filarmónica de Málaga": ["OFM", "Filarmónica de Málaga"],
    "Orquesta Sinfónica de Navarra": ["OSN", "Sinfónica de Navarra", "Nafarroako Orkestra Sinfonikoa"],
    "Orquesta de Extremadura": ["OEX"],
    "Camerata Ibérica": [],
    "Cuarteto Almagro": ["Almagro Quartet"],
    "Beethoven Orchester Bonn": ["BOB", "Beethoven Orchestra Bonn"],
    "Duisburger Philharmoniker": ["Duisburg Philharmonic"],
    "Bremer Philharmoniker": ["Bremer Philharmoniker GmbH", "Bremen Philharmonic"],
    "Staatsorchester Braunschweig": ["Staatstheater Braunschweig"],
    "Staatskapelle Weimar": ["Deutsches Nationaltheater Weimar", "DNT Weimar"],
    "Nürnberger Symphoniker": ["Nuremberg Symphony"],
    "Münchner Symphoniker": ["Munich Symphony Orchestra"],
    "Badische Staatskapelle": ["Badisches Staatstheater Karlsruhe", "Staatstheater Karlsruhe"],
    "Philharmonisches Staatsorchester Hamburg": ["Philharmoniker Hamburg", "Staatsoper Hamburg"],
    "Deutsche Radio Philharmonie": ["DRP", "Deutsche Radio Philharmonie Saarbrücken Kaiserslautern"],
    "Robert-Schumann-Philharmonie": ["Robert Schumann Philharmonie", "Theater Chemnitz"],
    "Orchestre philharmonique de Strasbourg": ["OPS", "Philharmonique de Strasbourg"],
    "Orchestre de Chambre de Lausanne": ["OCL"],
    "Musikene": ["Centro Superior de Música del País Vasco", "Euskal Herriko Goi-mailako Musika Ikastegia"],
    "Centro Superior Katarina Gurska": ["Katarina Gurska", "CSKG"],
    "Conservatori del Liceu": ["Conservatorio del Liceo", "Conservatori Superior de Música del Liceu"],
    "Escuela Superior de Música Reina Sofía": ["Escuela Reina Sofía", "Reina Sofía School of Music"],
    "King's College, The British School of Madrid": ["King's College", "King's College Madrid"],
    "Hochschule für Musik Detmold": ["HfM Detmold", "Musikhochschule Detmold"],
    "Fundación Crescendo": ["Crescendo", "Crescendo Foundation"],
    "European Union Youth Orchestra": ["EUYO"],
    "Joven Orquesta Nacional de España": ["JONDE"],
    "Escuela Municipal de Música y Danza de Pozuelo": ["EMMD Pozuelo", "Escuela de Música de Pozuelo"],
}

ALL_EVENTS = ES1 + ES2 + ES3 + DE1 + DE2 + TEACH + HIRE1 + HIRE2 + WORK + LIFE


class LabelError(Exception):
    pass


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check(event: dict, name: str) -> None:
    def fail(msg: str) -> None:
        raise LabelError(f"{name}: {msg}")

    raw = event["ics"]
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except ValueError as exc:
        fail(f"does not parse: {exc}")
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if not uids:
        fail("no VEVENT")
    if event["uid"] not in uids:
        fail(f"label UID {event['uid']!r} not in file UIDs {sorted(uids)}")
    if len(uids) != 1:
        fail(f"several UIDs in one file: {sorted(uids)}")
    if not KEBAB.match(event["kind"]) or len(event["kind"].split("-")) > 2:
        fail(f"bad kind {event['kind']!r}")
    if not KEBAB.match(event["trap"]):
        fail(f"bad trap {event['trap']!r}")
    if event["stage"] not in STAGES:
        fail(f"bad stage {event['stage']!r}")
    if event["interview"] not in (0, 1):
        fail("is_interview must be 0 or 1")
    flat = unfold(raw).lower()
    if event["interview"]:
        if not event["company"]:
            fail("interview without company")
        if event["company"] not in FORMS:
            fail(f"company {event['company']!r} has no FORMS entry")
        if event["trap"].startswith("user-as-interviewer-"):
            fail("an interview cannot have the user on the hiring side")
        for person in filter(None, event["interviewers"].split(";")):
            if "@" in person and person != person.lower():
                fail(f"interviewer address not lower case: {person}")
            if person in USER_ADDRESSES:
                fail("the user cannot be her own interviewer")
            if person.lower() not in flat:
                fail(f"interviewer {person!r} not found in the event text")
    elif any(event[k] for k in ("company", "role", "stage", "interviewers")):
        fail("negative with company/role/stage/interviewers")


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: str, is_ours, new_lines: list[str]) -> None:
    data = path.read_bytes().decode("utf-8")
    lines = data.splitlines(keepends=True)
    if not lines or lines[0].rstrip("\r\n") != header:
        raise LabelError(f"{path.name}: unexpected header")
    kept = [lines[0]] + [line for line in lines[1:] if not is_ours(line)]
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = "".join(kept) + "".join(new_lines)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(out)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> int:
    events = list(ALL_EVENTS)
    for ev in events:
        check(ev, ev["kind"])
    kinds = [ev["kind"] for ev in events]
    if len(set(kinds)) != len(kinds):
        raise LabelError("duplicate kind")
    random.Random(SEED).shuffle(events)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_lines = []
    for number, ev in enumerate(events, start=1):
        name = f"{SPLIT}-{number:03d}-{ev['kind']}.ics"
        text = ev["ics"]
        if not text.endswith("\n"):
            text += "\n"
        if ev.get("crlf", True):
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / name).write_bytes(text.encode("utf-8"))
        cal = icalendar.Calendar.from_ical((EVENTS_DIR / name).read_bytes())
        if ev["uid"] not in {str(c.get("UID")) for c in cal.walk("VEVENT")}:
            raise LabelError(f"{name}: UID lost on write")
        label_lines.append(
            csv_line(
                [
                    name,
                    ev["uid"],
                    str(ev["interview"]),
                    ev["company"],
                    ev["role"],
                    ev["stage"],
                    ev["interviewers"],
                    SPLIT,
                    ev["trap"],
                ]
            )
        )

    companies = sorted({ev["company"] for ev in events if ev["interview"]})
    unused = set(FORMS) - set(companies)
    if unused:
        raise LabelError(f"FORMS entries without an interview: {sorted(unused)}")
    forms_lines = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in companies]

    replace_rows(LABELS, LABEL_HEADER, lambda line: line.startswith(f"{SPLIT}-"), label_lines)
    replace_rows(FORMS_CSV, FORMS_HEADER, lambda line: line.startswith(f"{SPLIT},"), forms_lines)

    n_int = sum(ev["interview"] for ev in events)
    n_hiring = sum(ev["trap"].startswith("user-as-interviewer-") for ev in events)
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
