"""Write the holdout134 event split (blind; user Chloé Marchand, boutique manager in Paris luxury retail).

Writes tests/corpus/events/holdout134-NNN-<kind>.ics (one VEVENT per file, or a series and its override),
replaces the split=holdout134 rows of tests/corpus/events/labels.csv and company_forms.csv (appending them),
and checks every labelled UID against the file as icalendar parses it.

Run from the repository root or from scripts/:  python scripts/make_event_corpus_holdout134.py
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

import holdout134ev_neg_career
import holdout134ev_neg_hiring
import holdout134ev_neg_life
import holdout134ev_pos_a
import holdout134ev_pos_b
import holdout134ev_pos_c
import holdout134ev_pos_d
import holdout134ev_pos_e
from holdout134ev_ics import Ev

SPLIT = "holdout134"
ROOT = Path(__file__).resolve().parent.parent
EVDIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVDIR / "labels.csv"
FORMS = EVDIR / "company_forms.csv"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer's name (see forms.md); empty when only the label fits.
COMPANY_FORMS: dict[str, list[str]] = {
    "Delaunay-Orsini": ["Maison Delaunay-Orsini"],
    "Galeries Saint-Honoré": ["GSH", "Les Galeries Saint-Honoré", "Galeries St-Honoré"],
    "Vautrin": ["Horlogerie Vautrin"],
    "Kessler & Roth": ["Kessler and Roth"],
    "Harrowgate & Finch": ["H&F", "Harrowgate and Finch"],
    "Bellacqua": ["Bellacqua France"],
    "Arditi": ["Arditi Joaillier", "Arditi Monte-Carlo"],
    "Lutèce Parfums": ["Lutèce"],
    "Ombelline": [],
    "Sauveterre": ["Sauveterre Paris"],
    "Atelier Mirande": ["Mirande"],
    "Halden & Crewe": ["Halden and Crewe"],
    "Cordelier": ["Cordelier Paris"],
    "Casa Albéniz": ["Albéniz"],
    "Rosalind Pryce": [],
    "Ferrand Cristallerie": ["Ferrand", "Cristallerie Ferrand"],
    "Noor & Sable": ["Noor and Sable"],
    "Maison Sérac": ["Sérac"],
    "Tessaro": ["Tessaro Cashmere"],
    "Hauteville": ["Hauteville Diamonds"],
    "Aurèle Horlogers": ["Aurèle"],
    "Brumaire": [],
    "Opaline": ["Opaline Paris"],
    "Kensington Row": [],
    "Vernier Frères": ["Vernier"],
    "Éclat Beauté": [],
    "Galeries Montaigne": ["Les Galeries Montaigne"],
    "Palais Riviera Boutiques": ["Palais Riviera"],
    "Maison Théodora": ["Théodora"],
    "Bergmann Uhren & Schmuck": ["Bergmann", "Bergmann Uhren"],
    "Joaillerie Peyrac": ["Peyrac"],
    "Maison Clervaux": ["Clervaux"],
    "Marquise & Co": ["Marquise and Co", "Marquise & Company"],
    "Oréade Joaillerie": ["Oréade"],
    "Aldric": ["Aldric Paris"],
    "Monte-Carlo Luxe Boutiques": ["MCL", "MCL Boutiques"],
    "Solenne Verlaine": [],
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout134ev_pos_a, holdout134ev_pos_b, holdout134ev_pos_c, holdout134ev_pos_d,
                holdout134ev_pos_e, holdout134ev_neg_hiring, holdout134ev_neg_career, holdout134ev_neg_life):
        evs.extend(mod.events())
    return evs


def atomic_write(path: Path, data: str, newline: str = "") -> None:
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix=".tmp-" + path.name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def parsed_uids(text: str) -> list[str]:
    from icalendar import Calendar

    cal = Calendar.from_ical(text)
    return [str(c.get("UID")) for c in cal.walk("VEVENT")]


def check(evs: list[Ev]) -> None:
    uids = [e.uid for e in evs]
    assert len(uids) == len(set(uids)), "duplicate UID"
    for e in evs:
        got = parsed_uids(e.text)
        assert got and all(u == e.uid for u in got), (e.kind, got, e.uid)
        assert e.stage in STAGES, (e.kind, e.stage)
        assert e.is_interview in (0, 1)
        if e.is_interview:
            assert e.company in COMPANY_FORMS, (e.kind, e.company)
        else:
            assert not (e.company or e.role or e.stage or e.interviewers), e.kind
        assert e.trap, e.kind
        for who in filter(None, e.interviewers.split(";")):
            assert "@" not in who or who == who.lower(), (e.kind, who)
        for line in e.text.split("\r\n"):
            assert len(line.encode("utf-8")) <= 75, (e.kind, line)
    hiring = [e for e in evs if "user-as-interviewer" in e.trap]
    assert all(e.is_interview == 0 for e in hiring)


def rewrite_csv(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every other split's line byte for byte; drop our old rows; append the new ones."""
    raw = path.read_text(encoding="utf-8") if path.exists() else ""
    nl = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.splitlines()
    if not lines:
        lines = [",".join(header)]
    kept = [lines[0]]
    for ln in lines[1:]:
        if not ln.strip():
            continue
        rec = next(csv.reader([ln]))
        if len(rec) > split_col and rec[split_col] == SPLIT:
            continue
        kept.append(ln)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=nl)
    for r in rows:
        w.writerow(r)
    atomic_write(path, nl.join(kept) + nl + buf.getvalue())


def main() -> int:
    evs = all_events()
    check(evs)
    rng = random.Random(134)
    rng.shuffle(evs)
    for old in EVDIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        atomic_write(EVDIR / name, e.text)
        label_rows.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, e.interviewers,
                           SPLIT, e.trap])
    rewrite_csv(LABELS, LABEL_HEADER, 7, label_rows)
    companies = sorted({e.company for e in evs if e.is_interview and e.company})
    rewrite_csv(FORMS, FORMS_HEADER, 0, [[SPLIT, c, "|".join(COMPANY_FORMS[c])] for c in companies])
    # re-check the written files against the labels as a parser reads them
    for row in label_rows:
        got = parsed_uids((EVDIR / row[0]).read_text(encoding="utf-8"))
        assert row[1] in got, row
    pos = sum(e.is_interview for e in evs)
    hiring = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {pos} interviews, {len(evs) - pos} negatives "
          f"({hiring} user-as-interviewer), {len(companies)} companies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
