"""Write the holdout105 blind event split (issue 4).

Author: an independent, blind author (raw iCalendar text). User: Stéphanie Kieffer, compliance officer
(AML/KYC) at a private bank in Luxembourg. Replaces only holdout105-*.ics and the split=holdout105 rows of
labels.csv and company_forms.csv.

Usage: python scripts/make_event_corpus_holdout105.py [--out tests/corpus/events]
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

import holdout105ev_neg_other1
import holdout105ev_neg_other2
import holdout105ev_neg_side1
import holdout105ev_neg_side2
import holdout105ev_pos_be1
import holdout105ev_pos_be2
import holdout105ev_pos_de1
import holdout105ev_pos_de2
import holdout105ev_pos_lu1
import holdout105ev_pos_lu2
import holdout105ev_pos_lu3
from holdout105ev_ics import to_wire

SPLIT = "holdout105"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

FORMS = {
    "Banque Schuman Luxembourg": ["Banque Schuman", "BSL"],
    "Kirchberg Fund Administration": ["KFA"],
    "Pétrusse Assurances": ["Pétrusse"],
    "Lighthouse Fund Services": ["Lighthouse Fund Services (Luxembourg)", "Lighthouse", "Lighthouse Luxembourg"],
    "Sûre Wealth Management": ["Sûre Wealth", "Sûre WM"],
    "Pfaffenthal Trust": [],
    "Banque Dépositaire du Grand-Duché": ["BDGD"],
    "Ardennes Life Luxembourg": ["Ardennes Life"],
    "Bank Éislek": [],
    "Castell & Partners": ["Castell & Partners Luxembourg", "Castell"],
    "Moorfield Lang": ["Moorfield Lang Luxembourg"],
    "Valorem Transfer Agency": ["Valorem TA", "Valorem"],
    "Grund Capital Partners": ["Grund Capital"],
    "Kasso Payments": ["Kasso"],
    "Alzette Digital Bank": ["Alzette Digital"],
    "Atlantis Re Luxembourg": ["Atlantis Re"],
    "Ledgerhaus Europe": ["Ledgerhaus"],
    "Rheinwald Privatbank": ["Rheinwald"],
    "Mainufer Bank": [],
    "Bankhaus Löwenstein & Cie.": ["Bankhaus Löwenstein", "Löwenstein & Cie."],
    "Westend Capital Bank": ["Westend Capital"],
    "Taunus Depotbank": [],
    "Frankfurter Effektenbank": ["FEB"],
    "Römer Versicherung": ["Römer"],
    "Zinsfluss": [],
    "Klarwerk": [],
    "Payvana": [],
    "Banque du Sablon": [],
    "Ardent Insurance": ["Ardent"],
    "Van Aelst & Peeters": ["VAP"],
    "Ixelles Asset Management": ["Ixelles AM"],
    "Cinquantenaire Clearing": [],
    "Dyle Re": [],
    "Meuse & Sambre Assurances": ["Meuse & Sambre", "Meuse et Sambre Assurances"],
    "Banco Ibérico Luxembourg": ["Banco Ibérico"],
    "Nordstern Audit": ["Nordstern"],
    "Northbridge Fund Administration": ["Northbridge", "Northbridge Luxembourg"],
}

MODULES = (
    holdout105ev_pos_lu1, holdout105ev_pos_lu2, holdout105ev_pos_lu3, holdout105ev_pos_de1, holdout105ev_pos_de2,
    holdout105ev_pos_be1, holdout105ev_pos_be2, holdout105ev_neg_side1, holdout105ev_neg_side2,
    holdout105ev_neg_other1, holdout105ev_neg_other2,
)


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _rewrite_csv(path: Path, header: list[str], ours: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames and list(reader.fieldnames) != header:
                raise SystemExit(f"{path}: unexpected header {reader.fieldnames}")
            kept = [r for r in reader if r.get("split") != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for r in kept + ours:
        writer.writerow({k: r.get(k, "") for k in header})
    _atomic_write(path, buf.getvalue().encode("utf-8"))


def _check(path: Path, uid: str) -> None:
    import icalendar

    cal = icalendar.Calendar.from_ical(path.read_bytes())
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uid not in uids:
        raise SystemExit(f"{path.name}: label uid {uid!r} not in {uids}")


def collect() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for mod in MODULES:
        rows.extend(mod.events())
    uids = [r["uid"] for r in rows]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UIDs")
    for r in rows:
        if r["stage"] not in STAGES:
            raise SystemExit(f"bad stage {r['stage']!r}")
        if r["is_interview"] and r["company"] not in FORMS:
            raise SystemExit(f"no forms row for {r['company']!r}")
        if not r["is_interview"] and r["company"]:
            raise SystemExit(f"negative with a company: {r['uid']}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    rows = collect()
    random.Random(105).shuffle(rows)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    for n, r in enumerate(rows, start=1):
        name = f"{SPLIT}-{n:03d}-{r['kind']}.ics"
        path = out / name
        _atomic_write(path, to_wire(str(r["ics"])))
        _check(path, str(r["uid"]))
        labels.append({"file": name, "uid": str(r["uid"]), "is_interview": str(r["is_interview"]),
                       "company": str(r["company"]), "role": str(r["role"]), "stage": str(r["stage"]),
                       "interviewers": str(r["interviewers"]), "split": SPLIT, "trap": str(r["trap"])})
    used = sorted({lab["company"] for lab in labels if lab["is_interview"] == "1" and lab["company"]})
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in used]
    _rewrite_csv(out / "labels.csv", LABEL_HEADER, labels)
    _rewrite_csv(out / "company_forms.csv", FORMS_HEADER, forms)
    pos = sum(1 for lab in labels if lab["is_interview"] == "1")
    side = sum(1 for lab in labels if "user-as-interviewer" in lab["trap"])
    print(f"{SPLIT}: {len(labels)} events, {pos} interviews, {len(labels) - pos} negatives "
          f"({side} user-as-interviewer), {len(forms)} companies")


if __name__ == "__main__":
    main()
