"""Write the blind holdout132 event split (issue 4): tests/corpus/events/holdout132-*.ics plus its rows
of labels.csv and company_forms.csv.

User: Dennis Kowalczyk, Systemadministrator at the Stadtverwaltung Dortmund (dennis.kowalczyk@gmx.net,
work dennis.kowalczyk@stadtdo.de). Written blind, from the author's own knowledge of real invitations.
Replaces only its own files and rows; other splits' rows are kept as they are.

Run: /work/main/.venv/bin/python scripts/make_event_corpus_holdout132.py
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

import holdout132ev_neg_career
import holdout132ev_neg_life
import holdout132ev_neg_side
import holdout132ev_pos_ats
import holdout132ev_pos_direct
import holdout132ev_pos_hand
import holdout132ev_pos_outlook

SPLIT = "holdout132"
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "corpus" / "events"
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see the forms brief): short names people use, acronyms.
FORMS: dict[str, list[str]] = {
    "Orbiscale": [],
    "Tallbridge Infrastructure": ["Tallbridge"],
    "Nubaria Cloud": ["Nubaria"],
    "Rheinruhr Versicherung": ["Rheinruhr"],
    "Meridian Re Services": [],
    "Datenwerk Rhein-Ruhr": ["Datenwerk"],
    "Zechenturm Systems": ["Zechenturm"],
    "Klinikum Lindenhorst": [],
    "Benrath Systemhaus": [],
    "Keystone Datacenter Services": ["Keystone", "Keystone DCS"],
    "Ruhrstahl Digital Services": [],
    "Helio Ops": [],
    "Ruhrwerk Energie": ["Ruhrwerk"],
    "St. Vinzenz Kliniken Ruhr": ["St. Vinzenz Kliniken", "Sankt Vinzenz Kliniken Ruhr"],
    "Schmitz IT-Service": ["Schmitz IT"],
    "Kachel Cloud": [],
    "Sparkasse Lennetal": [],
    "Stadtwerke Haarstrang": ["SW Haarstrang"],
    "Kommunales Rechenzentrum Emscher-Ruhr": ["KRZ-ER", "KRZ Emscher-Ruhr"],
    "Universität Emscher": ["Uni Emscher"],
    "Rhein-Ruhr Wohnbau": [],
    "Rheinbogen Datacenter": ["Rheinbogen"],
    "Klinikverbund Sauerland-Mitte": ["KVSM"],
    "Emschertal Wasser": [],
    "Lippe Assekuranz": ["Lippe Assekuranz VVaG"],
    "Quellwerk Hosting": ["Quellwerk"],
    "Brinkmann Netzwerktechnik": [],
    "Hochschule Emscher-Lippe": ["HS Emscher-Lippe"],
    "Vallorin Infogérance": ["Vallorin"],
    "Verkehrsbetriebe Emschertal": ["VBE"],
    "Kohlenpott IT Solutions": ["Kohlenpott IT"],
    "Medicum Rechenzentrum": ["Medicum"],
    "Hellweg Glasfaser": [],
}


def collect() -> list[dict[str, str]]:
    items: list[dict[str, str]] = []
    for mod in (holdout132ev_pos_ats, holdout132ev_pos_outlook, holdout132ev_pos_direct, holdout132ev_pos_hand,
                holdout132ev_neg_side, holdout132ev_neg_career, holdout132ev_neg_life):
        items.extend(mod.events())
    random.Random(132).shuffle(items)
    for n, it in enumerate(items, 1):
        it["file"] = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
    return items


def check(items: list[dict[str, str]]) -> None:
    import icalendar

    uids = set()
    for it in items:
        cal = icalendar.Calendar.from_ical(it["text"])
        found = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if found != {it["uid"]}:
            raise SystemExit(f"{it['file']}: UID mismatch {found} vs {it['uid']!r}")
        if it["uid"] in uids:
            raise SystemExit(f"duplicate UID {it['uid']}")
        uids.add(it["uid"])
        if it["stage"] not in STAGES:
            raise SystemExit(f"{it['file']}: bad stage {it['stage']}")
        if it["is_interview"] == "1":
            if it["company"] not in FORMS:
                raise SystemExit(f"{it['file']}: company {it['company']!r} has no forms row")
        elif it["company"] or it["interviewers"] or it["stage"]:
            raise SystemExit(f"{it['file']}: negative with interview fields")


def _atomic_write(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def _rewrite_csv(path: Path, header: list[str], keep_other: bool, rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists() and keep_other:
        with path.open(encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r.get("split") != SPLIT]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    for r in kept + rows:
        w.writerow({k: r.get(k, "") for k in header})
    _atomic_write(path, buf.getvalue())


def main() -> None:
    items = collect()
    check(items)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for it in items:
        _atomic_write(OUT / it["file"], it["text"])
    labels = [{**it, "split": SPLIT} for it in items]
    _rewrite_csv(OUT / "labels.csv", LABEL_HEADER, True, labels)
    used = sorted({it["company"] for it in items if it["is_interview"] == "1" and it["company"]})
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(FORMS[c])} for c in used]
    _rewrite_csv(OUT / "company_forms.csv", FORMS_HEADER, True, forms)
    pos = sum(it["is_interview"] == "1" for it in items)
    side = sum("user-as-interviewer" in it["trap"] for it in items)
    print(f"{len(items)} events: {pos} interviews, {len(items) - pos} negatives ({side} user on the hiring side), "
          f"{len(used)} employers")


if __name__ == "__main__":
    main()
