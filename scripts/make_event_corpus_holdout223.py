"""Generate the blind event split holdout223 (Thibault Garnier, site manager in Rennes).

Writes tests/corpus/events/holdout223-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout223ev_*.py and replaces only the split=holdout223 rows of labels.csv and company_forms.csv.

Run from the worktree root: /work/main/.venv/bin/python scripts/make_event_corpus_holdout223.py
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
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import holdout223ev_int1  # noqa: E402
import holdout223ev_int2  # noqa: E402
import holdout223ev_int3  # noqa: E402
import holdout223ev_int4  # noqa: E402
import holdout223ev_neg1  # noqa: E402
import holdout223ev_neg2  # noqa: E402
import holdout223ev_neg3  # noqa: E402

SPLIT = "holdout223"
SEED = 223_2025
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+){0,3}$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Groupe Giboire": ["Giboire"],
    "VINCI Construction": ["Vinci Construction", "VINCI Construction France", "Vinci Construction France"],
    "Bouygues Bâtiment Grand Ouest": ["BBGO", "Bouygues Bâtiment", "Bouygues Batiment Grand Ouest"],
    "Eiffage Construction Bretagne": ["Eiffage Construction", "Eiffage"],
    "Marc SA": ["MARC", "Marc", "Groupe Marc"],
    "Spie batignolles grand ouest": ["Spie batignolles", "SPIE batignolles", "Spie bat GO"],
    "Léon Grosse": ["Leon Grosse", "Groupe Léon Grosse"],
    "Demathieu Bard": ["Demathieu Bard Construction", "DB"],
    "Rabot Dutilleul": ["Rabot Dutilleul Construction", "Groupe Rabot Dutilleul"],
    "Archipel Habitat": ["Archipel"],
    "Rennes Métropole": ["Rennes Metropole", "Ville de Rennes et Rennes Métropole"],
    "Nantes Métropole Habitat": ["NMH", "Nantes Metropole Habitat"],
    "Brest métropole habitat": ["BMH", "Brest Métropole Habitat"],
    "Aiguillon Construction": ["Aiguillon", "Groupe Aiguillon"],
    "CHU de Rennes": ["CHU Rennes", "Centre hospitalier universitaire de Rennes"],
    "Paris Habitat": ["Paris Habitat OPH"],
    "Espacil Habitat": ["Espacil"],
    "Néotoa": ["Neotoa"],
    "Finistère Habitat": ["Finistere Habitat"],
    "SNCF Immobilier": ["SNCF"],
    "Kaufman & Broad": ["Kaufman and Broad", "K&B", "KB"],
    "Bouygues Immobilier": ["BI"],
    "Icade": ["Icade Promotion"],
    "Cogedim": ["Cogedim Grand Ouest", "Altarea Cogedim", "Altarea"],
    "Lamotte": ["Groupe Lamotte", "Lamotte Promoteur"],
    "Réalités": ["Groupe Réalités", "Realites"],
    "Pichet": ["Groupe Pichet"],
    "VINCI Immobilier": ["Vinci Immobilier"],
    "Groupe Launay": ["Launay"],
    "Quartus": ["Quartus Résidentiel"],
    "Sogeprom": ["Sogeprom Ouest"],
    "Groupe Duval": ["Duval"],
    "Boréal Modules": ["Boreal Modules", "Boréal"],
    "Turner & Townsend": ["Turner and Townsend", "T&T"],
    "GOLDBECK": ["Goldbeck", "GOLDBECK France", "Goldbeck France"],
    "Lindner": ["Lindner France", "Lindner Group"],
    "ACCIONA": ["Acciona", "Acciona Construcción", "Acciona Construction"],
    "Arcadis": ["Arcadis France"],
    "Pomerleau": [],
    "Brézillon": ["Brezillon"],
    "GCC": ["Groupe GCC"],
    "Ramery": ["Ramery Bâtiment", "Groupe Ramery"],
    "Cardinal Edifice": ["Cardinal"],
    "Legendre Construction": ["Legendre", "Groupe Legendre"],
}

MODULES = [
    holdout223ev_int1,
    holdout223ev_int2,
    holdout223ev_int3,
    holdout223ev_int4,
    holdout223ev_neg1,
    holdout223ev_neg2,
    holdout223ev_neg3,
]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout223: {msg}")


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def render(ev: dict) -> bytes:
    text = ev["ics"].lstrip("\n")
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    if ev.get("crlf", True):
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict, data: bytes, name: str) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # pragma: no cover - loud failure is the point
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: label uid {ev['uid']!r} not in file (has {sorted(uids)})")
    if not KIND_RE.match(ev["kind"]):
        fail(f"{name}: bad kind {ev['kind']!r}")
    if not TRAP_RE.match(ev["trap"]):
        fail(f"{name}: bad trap {ev['trap']!r}")
    if ev["hiring"] != ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: hiring flag and trap prefix disagree ({ev['trap']})")
    if ev["stage"] not in STAGES:
        fail(f"{name}: bad stage {ev['stage']!r}")
    flat = unfold(data.decode("utf-8")).replace("\\,", ",").replace("\\;", ";")
    if ev["company"]:
        if ev["hiring"]:
            fail(f"{name}: hiring-side event labelled as interview")
        if ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} has no FORMS entry")
        for who in ev["who"]:
            if "@" in who:
                if who != who.lower() or who not in flat.lower():
                    fail(f"{name}: interviewer {who!r} not in file or not lower case")
                if who.startswith("thibault.garnier") or who.startswith("t.garnier"):
                    fail(f"{name}: the user listed as interviewer")
            elif who not in flat:
                fail(f"{name}: interviewer name {who!r} not in file")
    elif ev["role"] or ev["stage"] or ev["who"]:
        fail(f"{name}: negative with role/stage/interviewers")


def collect() -> list[dict]:
    events: list[dict] = []
    for mod in MODULES:
        events.extend(mod.EVENTS)
    return events


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} is empty")
    head_rec = next(csv.reader([lines[0]]))
    if head_rec != header:
        fail(f"{path.name}: unexpected header {head_rec}")
    kept: list[str] = [lines[0]]
    i = 1
    while i < len(lines):
        chunk = [lines[i]]
        i += 1
        # a record may span lines when a quoted field holds a newline
        while True:
            try:
                rec = next(csv.reader(io.StringIO("".join(chunk), newline=""), strict=True))
                break
            except (csv.Error, StopIteration):
                if i >= len(lines):
                    fail(f"{path.name}: unterminated record")
                chunk.append(lines[i])
                i += 1
        text = "".join(chunk)
        if len(rec) > split_col and rec[split_col] == SPLIT:
            continue
        kept.append(text)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(new_rows)
    out = "".join(kept) + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = collect()
    seen_kinds: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev["uid"], ev["ics"])
        if key in seen_kinds:
            fail(f"duplicate event {ev['uid']}")
        seen_kinds.add(key)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    rendered: list[tuple[str, dict, bytes]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, data, name)
        rendered.append((name, ev, data))

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for name, _ev, data in rendered:
        (EVENTS_DIR / name).write_bytes(data)

    label_rows = []
    companies: list[str] = []
    for name, ev, _data in rendered:
        label_rows.append(
            [
                name,
                ev["uid"],
                "1" if ev["company"] else "0",
                ev["company"],
                ev["role"],
                ev["stage"],
                ";".join(ev["who"]),
                SPLIT,
                ev["trap"],
            ]
        )
        if ev["company"] and ev["company"] not in companies:
            companies.append(ev["company"])
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, LABEL_HEADER, 7, label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, form_rows)

    n_int = sum(1 for ev in events if ev["company"])
    n_hire = sum(1 for ev in events if ev["hiring"])
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
