"""Write the holdout124 event split: tests/corpus/events/holdout124-*.ics plus its rows of labels.csv and
company_forms.csv. Written blind (raw iCalendar text, before the classifier was run on it); CC0 1.0.

User: Sabine Krüger, purser at a Frankfurt airline moving to ground roles (sabine.krueger.fra@gmx.de;
at work sabine.krueger@lufthansa-cabin-services.de). Run from the repository root or from scripts/:
    python scripts/make_event_corpus_holdout124.py
Only holdout124 files and rows are replaced; other splits' rows are kept, the headers are kept.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout124ev_neg_other  # noqa: E402
import holdout124ev_neg_side  # noqa: E402
import holdout124ev_pos_de  # noqa: E402
import holdout124ev_pos_en_a  # noqa: E402
import holdout124ev_pos_en_b  # noqa: E402
import holdout124ev_pos_more  # noqa: E402
from holdout124ev_core import SPLIT  # noqa: E402

OUT = HERE.parent / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see forms.md); agencies, tools, parents and cities excluded.
FORMS = {
    "Rhein-Main Airport Services": ["RMAS", "Rhein-Main Airport Services GmbH"],
    "Flughafengesellschaft Isarland": ["FGI", "Flughafengesellschaft Isarland mbH"],
    "Regiolux Bahn": ["Regiolux"],
    "Maingold Hotel Frankfurt": ["Maingold Hotel", "Maingold"],
    "AeroSkills Academy": ["AeroSkills"],
    "SkyGourmet Catering": ["SkyGourmet"],
    "Mittelhessen Express": ["MHX"],
    "Rheinperle Flusskreuzfahrten": ["Rheinperle"],
    "Donau Air": [],
    "Hunsrück Airport": [],
    "Transalpin Express": ["Transalpin Express AG", "Transalpin"],
    "Alpina Nachtzug": ["Alpina"],
    "Hotel Palmengarten Residenz": ["Palmengarten Residenz"],
    "Cabin Safety Institut Frankfurt": ["CSI", "Cabin Safety Institut"],
    "Lindwurm Hospitality Group": ["Lindwurm Hospitality", "Lindwurm Hotels", "Lindwurm"],
    "Skylark Regional": ["Skylark"],
    "Hotel Isartor": ["Hotel Isartor München", "Isartor"],
    "Mainsonne Airlines": ["Mainsonne"],
    "Aurelia Airways": ["Aurelia"],
    "Nordstern Aviation": ["Nordstern"],
    "Skyport Lounges": ["Skyport"],
    "Alpenrhein Airlines": ["Alpenrhein Airlines AG", "Alpenrhein"],
    "Sunvia": [],
    "The Westbourne Frankfurt": ["Westbourne Frankfurt", "Westbourne", "Westbourne Hotels & Resorts",
                                 "Westbourne Hotels"],
    "Jetwing Executive Aviation": ["Jetwing"],
    "Reisewerk Digital": ["Reisewerk"],
    "Cabinly": [],
    "Taunus Air": [],
    "GroundStar Handling": ["GroundStar"],
    "Baltica Airlines": ["Baltica"],
    "Vaya Air": [],
    "MedFlight Assistance": ["MedFlight"],
    "Ostara Cruises": ["Ostara"],
    "Crewnest": [],
    "Amberley Hotels & Resorts": ["Amberley Hotels", "Amberley"],
    "Air Lumière": [],
    "Groupe Hôtelier Valmonde": ["Valmonde", "Hôtels Valmonde", "Groupe Valmonde"],
    "Aerolíneas Solmar": ["Solmar"],
    "Grupo Hotelero Almirante": ["Grupo Almirante", "Almirante"],
}


def collect() -> list[dict]:
    items: list[dict] = []
    for mod in (holdout124ev_pos_de, holdout124ev_pos_en_a, holdout124ev_pos_en_b, holdout124ev_pos_more,
                holdout124ev_neg_side, holdout124ev_neg_other):
        items.extend(mod.events())
    random.Random(124).shuffle(items)
    for n, it in enumerate(items, 1):
        it["file"] = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
    return items


def check(items: list[dict]) -> None:
    from icalendar import Calendar

    uids = Counter(it["uid"] for it in items)
    assert all(c == 1 for c in uids.values()), [u for u, c in uids.items() if c > 1]
    for it in items:
        cal = Calendar.from_ical(it["ics"])
        parsed = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
        assert parsed == {it["uid"]}, (it["file"], parsed, it["uid"])
        assert it["stage"] in STAGES, it
        assert it["is_interview"] in (0, 1)
        if not it["is_interview"]:
            assert not (it["company"] or it["stage"] or it["interviewers"]), it
        else:
            assert it["company"] in FORMS, it["company"]
        if it["kind"].startswith("user-as-interviewer"):
            assert "user-as-interviewer" in it["trap"]
        for line in it["ics"].split("\r\n"):
            assert len(line.encode("utf-8")) <= 75, (it["file"], line)
    used = {it["company"] for it in items if it["is_interview"]}
    assert used == set(FORMS), used ^ set(FORMS)


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def rewrite_csv(path: Path, header: list[str], keep_col: str, rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"unexpected header in {path}: {old_header}")
            idx = header.index(keep_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(rows)
    write_atomic(path, buf.getvalue().encode("utf-8"))


def main() -> None:
    items = collect()
    check(items)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for it in items:
        write_atomic(OUT / it["file"], it["ics"].encode("utf-8"))
    rows = [[it["file"], it["uid"], str(it["is_interview"]), it["company"], it["role"], it["stage"],
             it["interviewers"], SPLIT, it["trap"]] for it in items]
    rewrite_csv(OUT / "labels.csv", LABEL_HEADER, "split", rows)
    forms = [[SPLIT, company, "|".join(alts)] for company, alts in FORMS.items()]
    rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, "split", forms)
    pos = sum(it["is_interview"] for it in items)
    side = sum("user-as-interviewer" in it["trap"] for it in items)
    print(f"{len(items)} events: {pos} interviews, {len(items) - pos} negatives ({side} user-as-interviewer), "
          f"{len(FORMS)} companies")


if __name__ == "__main__":
    main()
