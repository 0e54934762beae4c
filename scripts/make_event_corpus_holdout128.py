"""Write the holdout128 event split: tests/corpus/events/holdout128-*.ics, its labels and its company forms.

A blind split (issue 4): raw iCalendar text composed by hand in scripts/holdout128ev_*.py for one user,
Martina Schnyder, dental hygienist in Zürich (martina.schnyder@bluewin.ch, m.schnyder@zahnarzt-seefeld.ch).
Only holdout128 files and rows are replaced; every other file and row is kept as it is.

    cd scripts && ../.venv/bin/python make_event_corpus_holdout128.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout128ev_neg_a  # noqa: E402
import holdout128ev_neg_b  # noqa: E402
import holdout128ev_pos_a  # noqa: E402
import holdout128ev_pos_b  # noqa: E402
import holdout128ev_pos_c  # noqa: E402
import holdout128ev_pos_d  # noqa: E402
import holdout128ev_pos_e  # noqa: E402
import holdout128ev_pos_f  # noqa: E402
import holdout128ev_side_a  # noqa: E402
import holdout128ev_side_b  # noqa: E402
from icalendar import Calendar  # noqa: E402

SPLIT = "holdout128"
CORPUS = HERE.parent / "tests" / "corpus" / "events"
LABELS = CORPUS / "labels.csv"
FORMS_CSV = CORPUS / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
MODULES = [
    holdout128ev_pos_a, holdout128ev_pos_b, holdout128ev_pos_c, holdout128ev_pos_d, holdout128ev_pos_e,
    holdout128ev_pos_f, holdout128ev_side_a, holdout128ev_side_b, holdout128ev_neg_a, holdout128ev_neg_b,
]

# Other forms of each labelled employer's name that the user would accept (see briefs' forms rules).
FORMS: dict[str, list[str]] = {
    "Zahnwerk": [],
    "Dentalys": ["Dentalys Zahnzentren"],
    "Zahnarztpraxis Dr. Bänziger": ["Zahnarztpraxis Dr. Reto Bänziger", "Praxis Dr. Bänziger",
                                    "Zahnarztpraxis Bänziger", "Praxis Bänziger"],
    "Zahnärzte am Rheinsprung": ["Rheinsprung Zahnärzte", "Zahnarztpraxis am Rheinsprung", "Praxis am Rheinsprung"],
    "Zahnzentrum Winterthur Altstadt": ["Zahnzentrum Altstadt", "Zahnzentrum Altstadt Winterthur"],
    "Lumident": ["Lumident Dentalhygiene"],
    "Zahnmedizin Zürichberg": [],
    "Alpendent": ["Alpendent Gruppe"],
    "Zahnarztzentrum Glattpark": [],
    "Zahnmedizinisches Universitätszentrum Basel": ["ZUB", "ZUB Basel"],
    "Höhere Fachschule für Dentalhygiene Limmattal": ["HFDL", "HF Dentalhygiene Limmattal",
                                                      "Höhere Fachschule Dentalhygiene Limmattal"],
    "DentaVita Kliniken": ["DentaVita"],
    "Kinderzahnarztpraxis Sonnenberg": ["Praxis Sonnenberg", "Kinderzahnarzt Sonnenberg"],
    "Zahnklinik Seeblick": [],
    "Amsler & Partner Zahnärzte": ["Amsler & Partner", "Zahnärzte Amsler & Partner", "Praxis Dr. Amsler & Partner",
                                   "Zahnarztpraxis Dr. Amsler & Partner"],
    "Zahnärztezentrum Stadelhofen": ["ZZS", "ZZS Stadelhofen", "ZZS Zahnärztezentrum Stadelhofen"],
    "Mundart Zahnmedizin": ["Mundart"],
    "Implantat- und Prophylaxezentrum Liestal": ["IPZ Liestal", "IPZ"],
    "Stadt Zürich": ["Schulzahnklinik Stadt Zürich", "Stadt Zürich Schul- und Sportdepartement"],
    "Dentalhygiene Bühler": ["DH-Praxis Bühler", "Dentalhygiene-Praxis Bühler"],
    "Zahnarztpraxis am Spalenberg": ["Praxis am Spalenberg"],
    "Zahnklinik Limmatplatz": [],
    "Helvedent": [],
    "Sonaris Medical": ["Sonaris"],
    "Bioclara Oral Health": ["Bioclara"],
    "Osteon Implant Systems": ["Osteon"],
    "ClearFlow Aligners": ["ClearFlow"],
    "Praxidenta": [],
    "Oravis Medical": ["Oravis"],
    "Zahnstudio 1010": [],
    "Dentalzentrum Donaukanal": [],
    "Ordination Dr. Huber-Kainz": ["Zahnarztpraxis Dr. Huber-Kainz", "Praxis Dr. Huber-Kainz",
                                   "Ordination Huber-Kainz"],
    "Zahnwelt Wien": ["Zahnwelt"],
    "Dentelys": [],
    "Odontia": ["Odontia Global"],
}


def collect() -> list[dict[str, str]]:
    events = [make() for mod in MODULES for make in mod.EVENTS]
    rng = random.Random(20128)
    rng.shuffle(events)
    for n, e in enumerate(events, 1):
        e["file"] = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
    return events


def check(events: list[dict[str, str]]) -> None:
    uids: set[str] = set()
    for e in events:
        cal = Calendar.from_ical(e["text"])
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        for c in cal.walk("VEVENT"):
            c.decoded("DTSTART")
        assert found == {e["uid"]}, (e["file"], found, e["uid"])
        assert e["uid"] not in uids, e["uid"]
        uids.add(e["uid"])
        assert e["stage"] in STAGES, e
        assert e["is_interview"] == "1" or not (e["company"] or e["stage"] or e["interviewers"]), e
        if e["is_interview"] == "1":
            assert e["company"] in FORMS, e["company"]
        assert e["interviewers"] == e["interviewers"].strip(), e
        for who in e["interviewers"].split(";"):
            assert "@" not in who or who == who.lower(), e
            assert who not in ("martina.schnyder@bluewin.ch", "m.schnyder@zahnarzt-seefeld.ch"), e
        if e["trap"].startswith("user-as-interviewer"):
            assert e["is_interview"] == "0", e
    labelled = {e["company"] for e in events if e["is_interview"] == "1"}
    assert labelled == set(FORMS), labelled ^ set(FORMS)


def atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def row_text(cells: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(cells)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else row_text(header)
    lines = [line + "\n" for line in text.split("\n") if line]
    head, rest = lines[0], lines[1:]
    assert next(csv.reader([head])) == header, head
    kept = []
    for line in rest:
        cells = next(csv.reader([line]), [])
        if len(cells) > split_col and cells[split_col] == SPLIT:
            continue
        kept.append(line)
    atomic_write(path, head + "".join(kept) + "".join(row_text(r) for r in rows))


def main() -> None:
    events = collect()
    check(events)
    for old in CORPUS.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for e in events:
        atomic_write(CORPUS / e["file"], e["text"])
    replace_rows(LABELS, LABEL_HEADER, 7, [
        [e["file"], e["uid"], e["is_interview"], e["company"], e["role"], e["stage"], e["interviewers"], SPLIT,
         e["trap"]] for e in events
    ])
    replace_rows(FORMS_CSV, FORMS_HEADER, 0, [[SPLIT, c, "|".join(f)] for c, f in FORMS.items()])
    pos = sum(e["is_interview"] == "1" for e in events)
    side = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{SPLIT}: {len(events)} files, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user on the hiring side), {len(FORMS)} companies")


if __name__ == "__main__":
    main()
