"""Write the blind holdout57 event split (issue 4): raw .ics files, labels.csv rows and company_forms.csv rows.

Usage: /work/main/.venv/bin/python scripts/make_event_corpus_holdout57.py [--out tests/corpus/events]
Replaces only holdout57-*.ics files and split=holdout57 rows; keeps the headers and every other row. CC0 1.0.
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

import holdout57ev_neg_other
import holdout57ev_neg_side
import holdout57ev_pos_extra
import holdout57ev_pos_fr
import holdout57ev_pos_fr2
import holdout57ev_pos_fr3
import holdout57ev_pos_intl
import holdout57ev_pos_intl2

SPLIT = "holdout57"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS: dict[str, str] = {
    "Ensemble scolaire Saint-Exupéry Fourvière": "Saint-Exupéry Fourvière|ES Saint-Exupéry Fourvière",
    "Académie de Grenoble": "Rectorat de Grenoble|Rectorat de l'académie de Grenoble",
    "Vitalis Éducation": "Groupe Vitalis Éducation|Vitalis",
    "Cours Valmont": "",
    "Fondation Horizons Jeunesse": "Horizons Jeunesse",
    "Enseignement catholique de Savoie": "DDEC de Savoie|DDEC Savoie|Direction diocésaine de l'enseignement catholique "
    "de Savoie",
    "Institut Montcalme": "Montcalme",
    "État de Vaud": "Canton de Vaud",
    "École des Tilleuls": "École des Tilleuls Genève",
    "Lycée Français Cervantes": "Lycée Cervantes|Liceo Francés Cervantes|Lycée Français Cervantes de Valence",
    "Lycée Sainte-Clotilde": "Lycée privé Sainte-Clotilde",
    "École Pascal-Brandon": "",
    "Collège Protestant des Cévennes": "",
    "Groupe Scolaire Ampère Méditerranée": "Ampère Méditerranée|GS Ampère",
    "Institut Supérieur Arago": "Institut Arago|Arago",
    "Campus des Métiers Confluence": "CFA Confluence|Campus Confluence",
    "École Française de Bâle": "EFB",
    "Réseau Éducatif Francophone International": "REFI",
    "Lumio": "Lumio Éducation",
    "Kalys": "",
    "Little Oaks Bilingual School": "Little Oaks",
    "Cap Savoirs": "",
    "Institution Saint-Ambroise": "Saint-Ambroise",
    "Institut Sainte-Blandine": "Sainte-Blandine",
    "Ministère de l'Agriculture": "Ministère de l'Agriculture et de la Souveraineté alimentaire|DRAAF "
    "Auvergne-Rhône-Alpes",
    "Deutsch-Französische Schule Rheinaue": "DFS Rheinaue",
    "International School am Schlosspark": "ISSM|Internationale Schule am Schlosspark",
    "Elbufer International School": "Elbufer",
    "Harbourside International School": "Harbourside International School Barcelona|Harbourside",
    "Colegio Internacional Alameda": "Alameda",
    "Colegio Británico Giralda": "CB Giralda",
    "Meridian International School Málaga": "Meridian Málaga",
    "Internationale Schule Rhein-Main": "ISRM|International School Rhein-Main",
    "Lycée Français de Düsseldorf": "LFD",
    "ScolaMundi": "",
    "Lakeside International School": "Lakeside International School Zürich|Lakeside",
    "Regierungspräsidium Freiburg": "RP Freiburg",
    "Nexa Schools": "Nexa",
    "Privatschule Seeblick": "Seeblick",
    "Liceo Francés de Bilbao": "Lycée Français de Bilbao",
    "Riverside British School Frankfurt": "Riverside British School",
    "Ensemble scolaire Notre-Dame de Vals": "Notre-Dame de Vals",
    "Beacon Academy Berlin": "Beacon Academy",
}


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    os.replace(tmp, path)


def rows_without_split(path: Path, header: list[str]) -> list[list[str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows and rows[0] == header:
        rows = rows[1:]
    col = header.index("split")
    return [r for r in rows if r and not (len(r) > col and r[col] == SPLIT)]


def to_csv(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows(rows)
    return buf.getvalue()


def check_uid(text: str, uid: str) -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        raise SystemExit(f"UID mismatch: {uid!r} vs {uids!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    out = Path(ap.parse_args().out)
    items = (
        holdout57ev_pos_fr.build()
        + holdout57ev_pos_fr2.build()
        + holdout57ev_pos_fr3.build()
        + holdout57ev_pos_intl.build()
        + holdout57ev_pos_intl2.build()
        + holdout57ev_pos_extra.build()
        + holdout57ev_neg_side.build()
        + holdout57ev_neg_other.build()
    )
    if len({it["uid"] for it in items}) != len(items):
        raise SystemExit("duplicate UID")
    random.Random(5757).shuffle(items)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for n, it in enumerate(items, 1):
        name = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
        check_uid(str(it["text"]), str(it["uid"]))
        atomic_write(out / name, str(it["text"]))
        labels.append(
            [
                name,
                str(it["uid"]),
                str(it["is_interview"]),
                str(it["company"]),
                str(it["role"]),
                str(it["stage"]),
                str(it["interviewers"]).lower(),
                SPLIT,
                str(it["trap"]),
            ]
        )
        if it["is_interview"] == 0 and "user-as-interviewer" in str(it["kind"]):
            assert "user-as-interviewer" in str(it["trap"])
    lpath = out / "labels.csv"
    keep = rows_without_split(lpath, LABEL_HEADER)
    atomic_write(lpath, to_csv([LABEL_HEADER, *keep, *labels]))
    companies = sorted({str(it["company"]) for it in items if it["is_interview"] == 1 and it["company"]})
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    fpath = out / "company_forms.csv"
    fkeep = rows_without_split(fpath, FORMS_HEADER)
    atomic_write(fpath, to_csv([FORMS_HEADER, *fkeep, *[[SPLIT, c, FORMS[c]] for c in companies]]))
    pos = sum(1 for it in items if it["is_interview"] == 1)
    side = sum(1 for it in items if "user-as-interviewer" in str(it["trap"]))
    print(
        f"{len(items)} events: {pos} interviews, {len(items) - pos} negatives ({side} user-as-interviewer), "
        f"{len(companies)} companies"
    )


if __name__ == "__main__":
    main()
