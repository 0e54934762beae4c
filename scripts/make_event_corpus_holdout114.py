"""Write the holdout114 event split: Tobias Gruber, ski-school director in Innsbruck, looking for tourism jobs.

Written blind (raw iCalendar text composed by hand, before any classifier was run on it). Replaces only its own
files (holdout114-*.ics) and its own rows (split=holdout114) of labels.csv and company_forms.csv; writes
atomically and keeps the headers. Every label's UID is checked against the file as icalendar parses it.

Usage: /work/main/.venv/bin/python scripts/make_event_corpus_holdout114.py [--out tests/corpus/events]
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

import holdout114ev_neg1
import holdout114ev_neg2
import holdout114ev_neg3
import holdout114ev_pos1
import holdout114ev_pos2
import holdout114ev_pos3
import holdout114ev_pos4
from holdout114ev_common import SPLIT

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms rules: no agencies, tools, parents).
FORMS: dict[str, list[str]] = {
    "Alpenrose Hotels & Resorts": ["Alpenrose Hotels", "Alpenrose"],
    "Snowcation": [],
    "Pistenwerk Analytics": ["Pistenwerk"],
    "Sonnwend Resort Obergurgl": ["Sonnwend Resort"],
    "Hoteles Montaña Blanca": ["Montaña Blanca"],
    "Tourismusverband Wipptal-Brenner": ["TVB Wipptal-Brenner"],
    "Gipfelwerk Events": ["Gipfelwerk"],
    "Werdenfelser Ferienland": [],
    "Montagne & Neige Resorts": ["Montagne & Neige", "Montagne et Neige Resorts"],
    "Summit Crest Resorts": ["Summit Crest", "Summit Crest Sölden"],
    "Tegernseer Hofhotels": [],
    "Peakline Mountain Holidays": ["Peakline"],
    "Alpstay": [],
    "Hotel Tannhof Seefeld": ["Hotel Tannhof", "Tannhof", "Tannhof Seefeld"],
    "Kaisergebirge Bergbahnen": ["Bergbahnen Kaisergebirge"],
    "Alpine Sportschulen Österreich": ["ASÖ", "Alpine Sportschulen"],
    "Bergbahnen Hochstein-Wildkar": ["Hochstein-Wildkar Bergbahnen", "Hochstein-Wildkar"],
    "Arlberger Seilbahnen": [],
    "Oberinntaler Gletscherbahnen": ["OIGB"],
    "Glockner Erlebniswelt": [],
    "Brightwater Hospitality": ["Brightwater"],
    "Zugspitzland Bergbahnen": [],
    "Pistenpass": [],
    "Tirol Destination Management": ["TDM"],
    "Hotel Gamsburg": ["Gamsburg", "Hotel Gamsburg Kitzbühel"],
    "Bayerische Alpen Marketing": ["BAM"],
    "Tourismusgenossenschaft Obervinschgau": ["Tourismus Obervinschgau"],
    "Dolomiten Aktiv Resorts": ["Dolomiten Aktiv", "Dolomiti Active Resorts"],
    "Steinbock Hotels": ["Hotel Steinbock Sölden", "Steinbock Sölden"],
    "Pongauer Bergwelt Tourismus": ["Pongauer Bergwelt"],
    "Haller Altstadt Marketing": [],
    "Oberallgäu Bergerlebnis": [],
    "Vinschger Bergbahnen": ["Vinschger Bergbahnen Genossenschaft"],
    "Hotel Edelweißhof": ["Edelweißhof", "Hotel Edelweißhof Meran", "Edelweißhof Meran"],
    "Seehotel Achenblick": ["Achenblick"],
    "Ferienregion Lechauer Land": ["Tourismusverband Lechauer Land", "TVB Lechauer Land"],
    "Kur- und Tourismusbetrieb Bergried": ["Tourismusbetrieb Bergried", "Kurverwaltung Bergried"],
    "Sonnjoch Bahnen": ["Sonnjoch", "Sonnjochbahnen"],
    "AlpenTravel Reisen": ["AlpenTravel"],
    "Weißkugel Gletscherbahnen": [],
    "Hörnle-Isarwinkel Bergbahnen": [],
}


def collect() -> list[dict[str, str]]:
    events: list[dict[str, str]] = []
    for mod in (holdout114ev_pos1, holdout114ev_pos2, holdout114ev_pos3, holdout114ev_pos4,
                holdout114ev_neg1, holdout114ev_neg2, holdout114ev_neg3):
        events.extend(mod.events())
    random.Random(114_2025).shuffle(events)
    return events


def check(events: list[dict[str, str]]) -> None:
    import icalendar

    seen: set[str] = set()
    for e in events:
        parsed = icalendar.Calendar.from_ical(e["text"])
        uids = {str(c.get("UID")) for c in parsed.walk("VEVENT")}
        if uids != {e["uid"]}:
            raise SystemExit(f"UID mismatch in {e['kind']}: {uids} vs {e['uid']}")
        if e["uid"] in seen:
            raise SystemExit(f"duplicate UID {e['uid']}")
        seen.add(e["uid"])
        if e["stage"] not in STAGES:
            raise SystemExit(f"bad stage {e['stage']}")
        if e["is_interview"] == "1" and e["company"] not in FORMS:
            raise SystemExit(f"no forms row for {e['company']}")
        if e["is_interview"] == "0" and (e["company"] or e["stage"] or e["interviewers"]):
            raise SystemExit(f"negative with interview cells: {e['kind']}")
    used = {e["company"] for e in events if e["is_interview"] == "1"}
    if used != set(FORMS):
        raise SystemExit(f"forms rows without events: {set(FORMS) - used}")


def write_atomic(path: Path, data: str | bytes) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
    os.replace(tmp, path)


def rewrite_csv(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            kept = [r for r in reader if r.get("split") != SPLIT]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept)
    writer.writerows(rows)
    write_atomic(path, buf.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    parser.add_argument("--out", type=Path, default=default_out)
    out = parser.parse_args().out
    events = collect()
    check(events)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[dict[str, str]] = []
    for n, e in enumerate(events, 1):
        name = f"{SPLIT}-{n:03d}-{e['kind']}.ics"
        write_atomic(out / name, e["text"])
        labels.append({
            "file": name, "uid": e["uid"], "is_interview": e["is_interview"], "company": e["company"],
            "role": e["role"], "stage": e["stage"], "interviewers": e["interviewers"], "split": SPLIT,
            "trap": e["trap"],
        })
    rewrite_csv(out / "labels.csv", LABEL_HEADER, labels)
    forms = [{"split": SPLIT, "company": c, "forms": "|".join(f)} for c, f in FORMS.items()]
    rewrite_csv(out / "company_forms.csv", FORMS_HEADER, forms)
    pos = sum(e["is_interview"] == "1" for e in events)
    hiring = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{len(events)} events: {pos} interviews, {len(events) - pos} negatives ({hiring} user-as-interviewer)")


if __name__ == "__main__":
    main()
