"""Write the blind holdout65 event split (issue 4): raw iCalendar invitations of a chef's calendar.

The user is Mathieu Lambert, chef de cuisine at a brasserie in Lyon (mathieu.lambert.chef@gmail.com, work
m.lambert@brasserie-saone.fr), looking for head-chef, executive-chef and F&B-manager roles in France,
Switzerland, Belgium and London. About half of the events are his own interviews; the rest are negatives:
him on the hiring side at the brasserie, mock interviews, webinars, press and user-research "interviews",
personal appointments, internal meetings, coffee chats, job fairs, reference calls, prep blocks and more.

Replaces only its own files (holdout65-*.ics) and rows (split holdout65) of labels.csv and company_forms.csv,
appends otherwise and keeps the headers. All files are written atomically.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout65.py [--out tests/corpus/events]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout65ev_neg_other_a
import holdout65ev_neg_other_b
import holdout65ev_neg_side_a
import holdout65ev_neg_side_b
import holdout65ev_pos_be
import holdout65ev_pos_ch
import holdout65ev_pos_fr_a
import holdout65ev_pos_fr_b
import holdout65ev_pos_fr_c
import holdout65ev_pos_uk
import holdout65ev_pos_uk_es
from holdout65ev_ics import Ev, render

SPLIT = "holdout65"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see company_forms.csv); "" = the label is the only form.
FORMS: dict[str, str] = {
    "Hôtel Le Grand Tilleul": "Le Grand Tilleul|Grand Tilleul|Hôtel Grand Tilleul",
    "Maison Verrier": "Maison Verrier Traiteur|Verrier Traiteur",
    "Le Comptoir des Canuts": "Comptoir des Canuts",
    "Alizé Hotels": "Alizé Hôtels|Alizé|Alizé Hôtel Lyon Part-Dieu",
    "Domaine des Oliviers": "Domaine des Oliviers Hôtel & Spa",
    "Traiteur Bonnard & Fils": "Bonnard & Fils|Bonnard et Fils|Traiteur Bonnard|Traiteur Bonnard et Fils",
    "Hôtel Les Terrasses du Lac": "Les Terrasses du Lac|Terrasses du Lac|Hôtel Terrasses du Lac",
    "Brasserie Rochechouart": "La Brasserie Rochechouart",
    "Hôtel Calanques & Mer": "Calanques & Mer|Calanques et Mer|Hôtel Calanques et Mer",
    "Les Grands Chais": "Les Grands Chais Hôtel & Spa|Les Grands Chais Hôtel|Hôtel Les Grands Chais|Grands Chais",
    "L'Aiguille Blanche": "Aiguille Blanche|Hôtel L'Aiguille Blanche",
    "Saveurs & Réceptions": "Saveurs et Réceptions|S&R",
    "CroisiRhône": "",
    "Popote & Co": "Popote|Popote and Co|Popote et Co",
    "Institut Culinaire de Bellecour": "ICB",
    "Restalia Services": "Restalia",
    "Relais des Dombes": "Le Relais des Dombes",
    "Château de Montrevel": "Château de Montrevel Hôtel & Spa|Hôtel Château de Montrevel",
    "Grand Hôtel des Brotteaux": "Hôtel des Brotteaux",
    "Groupe Hôtelier Marceau": "Groupe Marceau",
    "Bistrot des Pentes": "Le Bistrot des Pentes",
    "Le Cercle Gourmet": "Cercle Gourmet",
    "Villa Arguibel": "Hôtel Villa Arguibel",
    "Résidence du Léman": "La Résidence du Léman",
    "Hôtel Lavaux Panorama": "Lavaux Panorama",
    "Hotel Seeblick Luzern": "Hotel Seeblick|Seeblick Luzern",
    "Zunfthaus zum Kupferhammer": "Kupferhammer|Zunfthaus Kupferhammer",
    "Alpenhof Gstaad": "Hotel Alpenhof Gstaad",
    "Berghaus Alpenrose": "",
    "Les Cuisines de Sainte-Gudule": "Cuisines de Sainte-Gudule",
    "Hôtel Sablon Royal": "Sablon Royal",
    "Van Acker Catering": "",
    "The Marylebone Larder": "Marylebone Larder",
    "Hawthorne & Vine Hotels": "Hawthorne & Vine|Hawthorne and Vine|Hawthorne and Vine Hotels"
    "|Hawthorne & Vine Kensington",
    "Dishwell": "",
    "Lyndhurst Catering": "",
    "St Clement's Club": "Saint Clement's Club|St Clement's",
    "Aldwych Park Hotel": "Aldwych Park",
    "Fennel & Fig Restaurants": "Fennel & Fig|Fennel and Fig|Fennel & Fig Soho",
    "Bistro Lavande": "",
    "Marisma Hoteles": "Marisma Hotels|Marisma",
}


def all_events() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (
        holdout65ev_pos_fr_a,
        holdout65ev_pos_fr_b,
        holdout65ev_pos_fr_c,
        holdout65ev_pos_ch,
        holdout65ev_pos_be,
        holdout65ev_pos_uk,
        holdout65ev_pos_uk_es,
        holdout65ev_neg_side_a,
        holdout65ev_neg_side_b,
        holdout65ev_neg_other_a,
        holdout65ev_neg_other_b,
    ):
        evs.extend(mod.events())
    return evs


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def _merge_csv(path: Path, header: str, split_col: int, new_rows: list[list[str]]) -> None:
    """Keep every other split's line verbatim, drop ours, append ours."""
    kept: list[str] = []
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and lines[0].strip() != header:
            raise SystemExit(f"{path}: unexpected header {lines[0].strip()!r}")
        for line in lines[1:]:
            if not line.strip():
                continue
            row = next(csv.reader([line]))
            if len(row) > split_col and row[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith("\n") else line + "\n")
    text = header + "\n" + "".join(kept) + "".join(_csv_line(r) for r in new_rows)
    _atomic_write(path, text.encode("utf-8"))


def _check(ev: Ev, data: bytes, name: str) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(data)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {ev.uid}:
        raise SystemExit(f"{name}: UIDs {uids} != label {ev.uid!r}")
    if ev.stage not in STAGES:
        raise SystemExit(f"{name}: bad stage {ev.stage!r}")
    if ev.is_interview and not ev.company:
        raise SystemExit(f"{name}: interview without company")
    if not ev.is_interview and (ev.company or ev.stage or ev.interviewers or ev.role):
        raise SystemExit(f"{name}: negative with interview fields")
    if ev.interviewers != ev.interviewers.lower():
        raise SystemExit(f"{name}: interviewers must be lower-case")


def main(argv: list[str] | None = None) -> int:
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=default_out)
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = all_events()
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID across events")
    random.Random(65_2026).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    for n, ev in enumerate(evs, 1):
        name = f"{SPLIT}-{n:03d}-{ev.kind}.ics"
        data = render(ev.ics).encode("utf-8")
        _check(ev, data, name)
        _atomic_write(out / name, data)
        rows.append([name, ev.uid, str(ev.is_interview), ev.company, ev.role, ev.stage, ev.interviewers, SPLIT,
                     ev.trap])
    _merge_csv(out / "labels.csv", LABEL_HEADER, 7, rows)

    companies = sorted({e.company for e in evs if e.is_interview and e.company})
    missing = [c for c in companies if c not in FORMS]
    unused = [c for c in FORMS if c not in companies]
    if missing or unused:
        raise SystemExit(f"forms: missing {missing}, unused {unused}")
    _merge_csv(out / "company_forms.csv", FORMS_HEADER, 0, [[SPLIT, c, FORMS[c]] for c in companies])

    pos = sum(e.is_interview for e in evs)
    side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{len(evs)} events: {pos} interviews, {len(evs) - pos} negatives ({side} user-as-interviewer), "
          f"{len(companies)} employers -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
