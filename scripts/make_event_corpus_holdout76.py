"""Write the holdout76 blind event split (issue 4): Kenji Watanabe, supply-chain manager near Stuttgart.

Written blind by an independent author, before the classifier was run on it. Every event is raw iCalendar text
composed by hand in the holdout76ev_* modules. The generator replaces only its own files (holdout76-*.ics) and its
own rows (split=holdout76) of labels.csv and company_forms.csv, appends otherwise, writes atomically and keeps
the headers. All people, companies and addresses are invented. CC0 1.0.

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout76.py [--out tests/corpus/events]
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

import holdout76ev_neg_other_a
import holdout76ev_neg_other_b
import holdout76ev_neg_side_a
import holdout76ev_neg_side_b
import holdout76ev_pos_at
import holdout76ev_pos_de_a
import holdout76ev_pos_de_b
import holdout76ev_pos_intl_a
import holdout76ev_pos_intl_b
import holdout76ev_pos_intl_c

SPLIT = "holdout76"
USER = ("kenji.watanabe@gmx.de", "k.watanabe@neckartal-antriebe.de")
LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs/s14/forms.md); empty = only the label.
FORMS = {
    "Hohenlohe Getriebetechnik": [],
    "Albtal Kunststofftechnik": [],
    "Kessler & Vogt Maschinenbau": ["Kessler & Vogt", "Kessler und Vogt", "K&V"],
    "Murgtal Elektronik": [],
    "Nordhafen Spedition": [],
    "Pfalzwerk Bremsen": ["Pfalzwerk"],
    "Ostalb Gießerei": [],
    "Kappel Hausgeräte": ["Kappel"],
    "Schwarzwald Präzision": ["SWP"],
    "Bodensee Sensorik": [],
    "Hanseatische Ersatzteil-Logistik": ["HEL"],
    "Ruhrstahl Komponenten": ["Ruhrstahl"],
    "Auerbach": ["Auerbach Handelsgesellschaft", "Auerbach Markt"],
    "Traunstein Landtechnik": [],
    "Medivo Pharma": ["Medivo"],
    "Weserland Tiefkühlkost": ["Weserland"],
    "Aurelis Medizintechnik": ["Aurelis"],
    "Brauerei Kronenhof": ["Kronenhof"],
    "Mainfranken Automotive Systems": ["MAS"],
    "Donauwerk Fahrzeugkomponenten": ["Donauwerk"],
    "Steirische Antriebssysteme": ["STAS"],
    "Tiroler Bergmilch": ["Tiroler Bergmilch eGen"],
    "Brenner Bahnlogistik": [],
    "Marchfeld Mobility": [],
    "Innviertler Fahrzeugbau": ["IVF", "IVF Innviertler Fahrzeugbau"],
    "Salzach Papier": [],
    "Rheinfels Logistik": ["Rheinfels"],
    "Van der Meulen Distributie": ["Van der Meulen"],
    "Brabant Cold Chain": [],
    "Voltaris Mobility": ["Voltaris"],
    "Lindqvist Automotive": ["Lindqvist Automotive Germany", "Lindqvist"],
    "Tulpenveld Foods": ["Tulpenveld"],
    "Maasvlakte Terminal Services": ["MTS"],
    "Helix Drive Systems": ["Helix Drive"],
    "Lutetia Équipements Automobiles": ["Lutetia", "Lutetia Équipements"],
    "Ebrotec Automoción": ["Ebrotec", "Grupo Ebrotec"],
    "Veluwe Packaging": [],
    "Kuroshio Precision Europe": ["黒潮精密ヨーロッパ"],
    "Elbland Batteriewerk": [],
    "Nexo Freight": ["Nexo"],
    "Schaller Sitzsysteme": ["Schaller Seating", "Schaller"],
    "Zeeland Offshore Components": ["ZOC"],
    "Twente Mechatronics": [],
}

MODULES = (
    holdout76ev_pos_de_a, holdout76ev_pos_de_b, holdout76ev_pos_at, holdout76ev_pos_intl_a, holdout76ev_pos_intl_b,
    holdout76ev_pos_intl_c, holdout76ev_neg_side_a, holdout76ev_neg_side_b, holdout76ev_neg_other_a,
    holdout76ev_neg_other_b,
)


def collect() -> list[dict]:
    events = [dict(e) for m in MODULES for e in m.EVENTS]
    uids = [e["uid"] for e in events]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID in holdout76")
    for e in events:
        if e["stage"] not in STAGES:
            raise SystemExit(f"{e['kind']}: bad stage {e['stage']!r}")
        if e["is_interview"] and e["company"] not in FORMS:
            raise SystemExit(f"{e['kind']}: company {e['company']!r} has no forms row")
        if not e["is_interview"] and (e["company"] or e["role"] or e["stage"] or e["interviewers"]):
            raise SystemExit(f"{e['kind']}: negative with interview fields")
    used = {e["company"] for e in events if e["is_interview"]}
    if used != set(FORMS):
        raise SystemExit(f"forms and labels disagree: {sorted(used ^ set(FORMS))}")
    return events


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


def replace_rows(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every line of `path` except this split's rows, then append `rows` (same line ending as the header)."""
    kept: list[str] = []
    newline = "\n"
    if path.exists():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        if lines:
            newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
        for i, line in enumerate(lines):
            if i == 0:
                if next(csv.reader([line.rstrip("\r\n")])) != header:
                    raise SystemExit(f"{path.name}: unexpected header")
                kept.append(line if line.endswith(("\n", "\r")) else line + newline)
                continue
            cells = next(csv.reader([line.rstrip("\r\n")]), [])
            if len(cells) > split_col and cells[split_col] == SPLIT:
                continue
            kept.append(line if line.endswith(("\n", "\r")) else line + newline)
    if not kept:
        buf = io.StringIO()
        csv.writer(buf, lineterminator=newline).writerow(header)
        kept.append(buf.getvalue())
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    for row in rows:
        writer.writerow(row)
    atomic_write(path, ("".join(kept) + buf.getvalue()).encode("utf-8"))


def verify(out: Path, events: list[dict]) -> None:
    try:
        import icalendar
    except ImportError:  # pragma: no cover - the project venv has it
        print("icalendar not installed: UID check skipped", file=sys.stderr)
        return
    for e in events:
        cal = icalendar.Calendar.from_ical((out / e["file"]).read_bytes())
        uids = {str(v.get("UID")) for v in cal.walk("VEVENT")}
        if uids != {e["uid"]}:
            raise SystemExit(f"{e['file']}: parsed UIDs {uids} != label {e['uid']!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    events = collect()
    random.Random(76).shuffle(events)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for i, e in enumerate(events, 1):
        e["file"] = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        atomic_write(out / e["file"], e["ics"].encode("utf-8"))

    labels = [[e["file"], e["uid"], str(e["is_interview"]), e["company"], e["role"], e["stage"], e["interviewers"],
               SPLIT, e["trap"]] for e in events]
    replace_rows(out / "labels.csv", LABEL_HEADER, LABEL_HEADER.index("split"), labels)
    forms = [[SPLIT, company, "|".join(FORMS[company])] for company in sorted(FORMS)]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, 0, forms)
    verify(out, events)

    pos = sum(e["is_interview"] for e in events)
    side = sum("user-as-interviewer" in e["trap"] for e in events)
    print(f"{SPLIT}: {len(events)} events, {pos} interviews, {len(events) - pos} negatives "
          f"({side} with the user on the hiring side), {len(FORMS)} employers; user {USER[0]} / {USER[1]}")


if __name__ == "__main__":
    main()
