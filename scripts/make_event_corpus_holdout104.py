"""Write the blind holdout104 event split (issue 4): hand-written VEVENTs for Julien Bouchard, a video-game
producer in Montréal, to tests/corpus/events/holdout104-*.ics, with rows in labels.csv and company_forms.csv.

Replaces only its own files and rows (holdout104-*.ics, split=holdout104), appends otherwise, writes
atomically and keeps the CSV headers. Each label's UID is read back from the written file with icalendar.
Synthetic data, CC0 1.0. Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout104.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout104ev_neg_life
import holdout104ev_neg_other
import holdout104ev_neg_side
import holdout104ev_pos_ats
import holdout104ev_pos_direct
import holdout104ev_pos_hand
import holdout104ev_pos_sched
import icalendar

SPLIT = "holdout104"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS = OUT / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other forms of each labelled employer's name a user would be equally happy to see (see forms.md).
COMPANY_FORMS = {
    "Studio Boréal Interactif": "Studio Boréal|Boréal Interactif|Boréal",
    "Ironbark Studios": "Ironbark",
    "Luminaria Learning": "Luminaria",
    "Maplewood Learning": "Maplewood",
    "Kitsune Forge": "Kitsune",
    "Cinder & Steel Interactive": "Cinder & Steel|Cinder and Steel|C&S",
    "Fenrir Entertainment": "Fenrir",
    "Wunderkammer Spiele": "Wunderkammer",
    "Nuit Blanche Games": "Nuit Blanche",
    "Tablée Apprentissage": "Tablée",
    "Écluse Games": "Écluse",
    "Parcours Savoir": "",
    "Studio Pâquerette": "Pâquerette",
    "Sillage VFX": "Sillage|SLG|SLG VFX",
    "Polaris Motion Pictures": "PMP|Polaris",
    "Glacis VFX": "Glacis",
    "Quatre Vents Éducation": "Quatre Vents|4 Vents|4 Vents Éducation",
    "Gobelin Interactive": "Gobelin",
    "Atelier Mirage": "Mirage",
    "Fauve Studio": "Fauve",
    "Carcajou Games": "Carcajou",
    "Velvet Kraken": "",
    "Northstar Immersive": "Northstar",
    "Hexacorde Divertissement": "Hexacorde|HXD",
    "Rivière Noire Studios": "Rivière Noire",
    "Tundra Pixel Works": "Tundra Pixel",
    "Mosaïk Éducation": "Mosaïk",
    "Saison Froide Studio": "Saison Froide",
    "Corbeau Studio": "Corbeau",
    "Lanterne Rouge Jeux": "Lanterne Rouge",
    "Meute Games": "Meute",
    "Estudio Tramontana": "Tramontana",
    "Pixelfjord Games": "Pixelfjord",
    "Brume Numérique": "Brume",
}


def all_events() -> list[dict[str, object]]:
    evs: list[dict[str, object]] = []
    for mod in (holdout104ev_pos_ats, holdout104ev_pos_sched, holdout104ev_pos_direct, holdout104ev_pos_hand,
                holdout104ev_neg_side, holdout104ev_neg_other, holdout104ev_neg_life):
        evs.extend(mod.events())
    return evs


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def read_rows(path: Path, header: list[str]) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != header:
            raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
        return [row for row in reader if row["split"] != SPLIT]


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    atomic_write(path, buf.getvalue().encode("utf-8"))


def parsed_uid(ics: str) -> str:
    cal = icalendar.Calendar.from_ical(ics)
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if len(uids) != 1:
        raise SystemExit(f"expected one UID per file, got {uids}")
    return uids.pop()


def main() -> None:
    evs = all_events()
    random.Random(104).shuffle(evs)
    for ev in evs:
        if ev["stage"] not in STAGES:
            raise SystemExit(f"bad stage {ev['stage']!r}")
        if ev["is"] == 1 and ev["company"] not in COMPANY_FORMS:
            raise SystemExit(f"no forms row for {ev['company']!r}")
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    new_rows = []
    seen_uids: set[str] = set()
    for i, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{ev['trap']}.ics"
        ics = str(ev["ics"])
        atomic_write(OUT / name, ics.encode("utf-8"))
        uid = parsed_uid((OUT / name).read_text(encoding="utf-8"))
        if uid in seen_uids:
            raise SystemExit(f"duplicate UID {uid}")
        seen_uids.add(uid)
        new_rows.append({
            "file": name, "uid": uid, "is_interview": str(ev["is"]), "company": str(ev["company"]),
            "role": str(ev["role"]), "stage": str(ev["stage"]), "interviewers": str(ev["iv"]).lower()
            if "@" in str(ev["iv"]) else str(ev["iv"]), "split": SPLIT, "trap": str(ev["trap"]),
        })
    write_rows(LABELS, LABEL_HEADER, read_rows(LABELS, LABEL_HEADER) + new_rows)
    used = sorted({r["company"] for r in new_rows if r["is_interview"] == "1" and r["company"]})
    forms = [{"split": SPLIT, "company": c, "forms": COMPANY_FORMS[c]} for c in used]
    write_rows(FORMS, FORMS_HEADER, read_rows(FORMS, FORMS_HEADER) + forms)
    pos = sum(1 for r in new_rows if r["is_interview"] == "1")
    side = sum(1 for r in new_rows if "user-as-interviewer" in r["trap"])
    print(f"{len(new_rows)} events: {pos} interviews, {len(new_rows) - pos} negatives "
          f"({side} user-as-interviewer), {len(used)} employers")


if __name__ == "__main__":
    main()
