"""Write the blind holdout72 calendar-event split (issue 4).

The user is Élodie Martin, 28, avocate collaboratrice in corporate law at Cabinet Vauban Associés in Paris,
looking for associate and in-house roles in Paris, Luxembourg, Brussels and Geneva. Free-mail:
elodie.martin.avocat@orange.fr; work: emartin@cabinet-vauban-associes.fr.

Every event is raw iCalendar text composed by hand in the holdout72ev_* modules. This script shuffles them,
numbers the files holdout72-NNN-<kind>.ics, and replaces only its own files and its own rows of labels.csv and
company_forms.csv (split=holdout72), keeping every other row byte for byte.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout72.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout72ev_neg_life
import holdout72ev_neg_other
import holdout72ev_neg_side
import holdout72ev_pos_firms
import holdout72ev_pos_inhouse
import holdout72ev_pos_intl
import holdout72ev_pos_misc
from holdout72ev_ics import Ev

SPLIT = "holdout72"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs/s13/forms.md); "" = only the label.
FORMS: dict[str, str] = {
    "Delorme Lambert & Associés": "Delorme Lambert|DL&A",
    "Kessler Brandt": "",
    "Wengler & Hoss": "",
    "Van Damme De Wit": "Van Damme De Wit Advocaten|VDDW",
    "Perrenoud Favre Avocats": "Perrenoud Favre|PF Avocats",
    "Fontanel Avocats": "Fontanel",
    "Garnier Avocats": "Cabinet Garnier|Cabinet Garnier Avocats",
    "Moreau Daviet Avocats": "Moreau Daviet",
    "Schaus Kremer Avocats": "Schaus Kremer|SK Avocats",
    "Hartung Vogel Rechtsanwälte": "Hartung Vogel",
    "Lambrecht & Partners": "",
    "Étude Vuilleumier": "",
    "Roux Bellamy Avocats": "Roux Bellamy",
    "Granville Ashcroft LLP": "Granville Ashcroft",
    "Verdane Énergies": "Verdane",
    "Banque Lémanique Privée": "BLP",
    "Groupe Marceau Distribution": "Marceau Distribution|Groupe Marceau",
    "Maison Ravel": "Ravel",
    "Montaigne Capital": "",
    "Meridia Pharma": "Meridia",
    "Lumen Mobility": "Lumen",
    "Quantaly": "",
    "Orbeo": "",
    "Tessaly Assurances": "Tessaly",
    "Opale": "",
    "Kelvin Labs": "Kelvin",
    "Clearvest Fund Services": "Clearvest",
    "Kirchberg Capital Partners": "KCP|Kirchberg Capital",
    "Nordstern Energie": "Nordstern",
    "Grupo Alcázar Infraestructuras": "Grupo Alcázar|Alcázar Infraestructuras|Alcázar",
    "Soluna Biotech": "Soluna",
    "Brightwater Therapeutics": "Brightwater",
    "Datakeel": "",
    "Synthex AI": "Synthex",
    "Helix Payments": "Helix",
    "EuroGrid Transmission": "EuroGrid",
    "Mosel Trust Services": "Mosel Trust",
    "Solvane Chemicals": "Solvane",
    "Rhône Commodities": "Rhône Commo",
    "Cobalt Aéro": "",
    "Ardent Santé": "",
    "Maison Dunant": "Dunant Family Office|Maison Dunant Family Office",
    "Ophira Group": "Ophira",
    "Aldren Logistics": "Aldren",
    "Bazin Mercier Avocats": "Bazin Mercier",
    "Novalis Immobilier": "Novalis",
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout72ev_pos_firms, holdout72ev_pos_inhouse, holdout72ev_pos_intl, holdout72ev_pos_misc,
                holdout72ev_neg_side, holdout72ev_neg_other, holdout72ev_neg_life):
        evs.extend(mod.events())
    uids = Counter(e.uid for e in evs)
    dup = [u for u, n in uids.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate UIDs: {dup}")
    for e in evs:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if e.pos and not e.company:
            raise SystemExit(f"interview without company: {e.kind}")
        if e.side != ("user-as-interviewer" in e.kind):
            raise SystemExit(f"hiring-side trap mismatch: {e.kind}")
        if e.interviewers != e.interviewers.lower() and "@" in e.interviewers:
            raise SystemExit(f"interviewer addresses must be lower-case: {e.kind}")
    return evs


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, header: list[str], split_col: int, new_rows: list[list[str]]) -> None:
    """Keep the header and every other split's lines verbatim; drop ours; append the new rows."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines:
            first = next(csv.reader([lines[0]]))
            if first != header:
                raise SystemExit(f"{path}: unexpected header {first}")
            kept.append(lines[0] if lines[0].endswith("\n") else lines[0] + "\n")
            for line in lines[1:]:
                if not line.strip():
                    continue
                row = next(csv.reader([line]))
                if len(row) > split_col and row[split_col] == SPLIT:
                    continue
                kept.append(line if line.endswith("\n") else line + "\n")
    if not kept:
        kept.append(csv_line(header))
    kept.extend(csv_line(r) for r in new_rows)
    atomic_write(path, "".join(kept).encode("utf-8"))


def verify(out: Path, rows: list[list[str]]) -> None:
    from icalendar import Calendar

    for r in rows:
        cal = Calendar.from_ical((out / r[0]).read_bytes())
        uids = {str(v.get("UID")) for v in cal.walk("VEVENT")}
        if r[1] not in uids:
            raise SystemExit(f"UID mismatch in {r[0]}: {r[1]!r} not in {uids}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap.add_argument("--out", type=Path, default=default_out)
    args = ap.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    random.Random(72).shuffle(evs)
    names = [f"{SPLIT}-{i:03d}-{e.kind}.ics" for i, e in enumerate(evs, 1)]
    for old in out.glob(f"{SPLIT}-*.ics"):
        if old.name not in names:
            old.unlink()
    rows: list[list[str]] = []
    for name, e in zip(names, evs, strict=True):
        atomic_write(out / name, e.text.encode("utf-8"))
        rows.append([name, e.uid, str(e.pos), e.company, e.role, e.stage, e.interviewers, SPLIT, e.kind])
    verify(out, rows)

    companies = sorted({e.company for e in evs if e.pos and e.company})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms entry for {missing}")
    replace_rows(out / "labels.csv", LABEL_HEADER, 7, rows)
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in companies])

    pos = sum(e.pos for e in evs)
    side = sum(e.side for e in evs)
    langs = Counter(e.lang for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers; languages {dict(langs)}")


if __name__ == "__main__":
    main()
