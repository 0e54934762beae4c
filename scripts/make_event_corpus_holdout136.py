"""Write the holdout136 event split (issue 4): ~110 hand-composed VEVENTs for a blind measurement.

The user is Verena Hofbauer, front-office manager at Hotel Mirabellgarten in Salzburg (free-mail
verena.hofbauer@aon.at, work v.hofbauer@hotel-mirabellgarten.at), looking for hotel-operations, revenue and
guest-relations roles in Salzburg, Vienna, Tyrol, Munich and Zürich. Written blind: without reading the
classifier, the other generators or any other split's events.

Usage: python scripts/make_event_corpus_holdout136.py [--out tests/corpus/events]

Replaces only holdout136-*.ics and the split=holdout136 rows of labels.csv and company_forms.csv; other
files and rows are kept byte for byte. Files are written atomically. Every label's UID is checked against the
file parsed with icalendar.
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

import holdout136ev_neg_life
import holdout136ev_neg_side
import holdout136ev_neg_work
import holdout136ev_pos_ats
import holdout136ev_pos_direct
import holdout136ev_pos_hand
from holdout136ev_ics import SPLIT

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
SEED = 136_2026

# Other accepted forms of each labelled employer (see /work/briefs/s21/forms.md for the rules).
FORMS: dict[str, list[str]] = {
    "Alpenglanz Hotels & Resorts": ["Alpenglanz", "Alpenglanz Hotels", "Alpenglanz Hotels and Resorts"],
    "Gipfelwerk Hospitality": ["Gipfelwerk"],
    "Nachtquartier Hotels": ["Nachtquartier"],
    "Tuxer Gipfelhof": ["Hotel Tuxer Gipfelhof"],
    "Ringpalais Hotel Wien": ["Ringpalais", "Ringpalais Hotel", "Hotel Ringpalais", "Hotel Ringpalais Wien"],
    "Donaustern Hotels": ["Donaustern"],
    "Utoquai Lakeside Hotel": ["Utoquai Lakeside", "Utoquai Lakeside Hotel Zürich"],
    "Hotel Leopoldpark München": ["Hotel Leopoldpark", "Leopoldpark", "Leopoldpark Hotel"],
    "Hoteles Brisamar": ["Brisamar", "Brisamar Hotels"],
    "Hôtels Léman & Alpes": ["Léman & Alpes", "Léman et Alpes", "Hôtels Léman et Alpes", "Hôtel Léman & Alpes",
                             "Hôtel Léman & Alpes Zurich"],
    "Yieldwerk": [],
    "Hotel Nordkette Innsbruck": ["Hotel Nordkette"],
    "Meridian Crown": ["Meridian Crown Munich", "Meridian Crown München", "Meridian Crown Hotels"],
    "Hotel Sonnblick": ["Sonnblick", "Hotel Sonnblick Bad Hofgastein"],
    "Achensee Alpin Resort": ["Achensee Alpin"],
    "Grand Hotel Mönchsberg": ["Hotel Mönchsberg", "Grand Hotel Mönchsberg Salzburg"],
    "Salzachklang Festival": ["Salzachklang"],
    "Maximilianshof Hotel München": ["Maximilianshof", "Hotel Maximilianshof", "Maximilianshof München",
                                     "Maximilianshof Hotel"],
    "Hotel Kaiserblick": ["Kaiserblick", "Hotel Kaiserblick Kitzbühel", "Kaiserblick Kitzbühel"],
    "Strobler Seevilla": ["Seevilla", "Seevilla Strobl"],
    "Hotel am Viktualienmarkt": ["Hotel am Viktualienmarkt München"],
    "Hotel Prater Residenz": ["Prater Residenz"],
    "Ötztaler Naturhotel": ["Ötztaler Naturhotel Längenfeld"],
    "Donaukai Apartments & Hotel": ["Donaukai", "Donaukai Vienna", "Donaukai Wien", "Donaukai Apartments and Hotel"],
    "Hotel Nymphenburg Garten": ["Nymphenburg Garten"],
    "Sihlpark Hotel Zürich": ["Sihlpark Hotel", "Sihlpark", "Hotel Sihlpark"],
    "Schlosshotel Aigen": [],
    "Hotel Englischer Garten": ["Hotel Englischer Garten München"],
    "Hotel Limmatblick": ["Limmatblick", "Hotel Limmatblick Zürich"],
    "Valluga Resort": ["Valluga Resort St. Anton", "Valluga Resort St. Anton am Arlberg"],
    "Chaletdorf Wildschönau": [],
    "Gasteiner Alpentherme Resort": ["Gasteiner Alpentherme", "Alpentherme Gastein", "Alpentherme Gastein Resort"],
    "Hotel Hofgarten Residenz": ["Hofgarten Residenz", "Hofgarten Residenz Innsbruck"],
    "Seehotel Thumersbach": [],
    "Altstadthotel Kaigasse": [],
    "Stadthotel Josefstadt": [],
    "Isarperle Boutique Hotel": ["Isarperle", "Hotel Isarperle"],
    "Seefelder Hof Wellnessresort": ["Seefelder Hof", "Hotel Seefelder Hof"],
}


def collect() -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for mod in (holdout136ev_pos_ats, holdout136ev_pos_direct, holdout136ev_pos_hand, holdout136ev_neg_side,
                holdout136ev_neg_work, holdout136ev_neg_life):
        items.extend(mod.events())
    return items


def check(items: list[dict[str, object]]) -> None:
    import icalendar

    seen: set[str] = set()
    for it in items:
        uid = str(it["uid"])
        assert uid not in seen, f"duplicate UID {uid}"
        seen.add(uid)
        cal = icalendar.Calendar.from_ical(str(it["ics"]))
        uids = {str(ev.get("UID")) for ev in cal.walk("VEVENT")}
        assert uids == {uid}, f"{it['kind']}: parsed {uids} != label {uid}"
        assert it["stage"] in STAGES, it
        if it["is_interview"]:
            assert it["company"] in FORMS, f"no forms row for {it['company']}"
        else:
            assert not it["company"] and not it["stage"] and not it["interviewers"], it
        if str(it["trap"]).startswith("user-as-interviewer"):
            assert not it["is_interview"]
        for addr in str(it["interviewers"]).split(";"):
            assert "@" not in addr or addr == addr.lower(), addr


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _kept_records(path: Path, header: list[str], split_col: int) -> tuple[str, str]:
    """Return (header line, raw text of every record not of this split), keeping other rows byte for byte."""
    if not path.exists():
        return ",".join(header) + "\n", ""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    reader = csv.reader(iter(lines))
    head = next(reader)
    assert head == header, f"unexpected header in {path}: {head}"
    kept: list[str] = []
    start = reader.line_num
    for row in reader:
        end = reader.line_num
        raw = "".join(lines[start:end])
        start = end
        if row and len(row) > split_col and row[split_col] == SPLIT:
            continue
        if raw and not raw.endswith("\n"):
            raw += "\n"
        kept.append(raw)
    return lines[0] if lines[0].endswith("\n") else lines[0] + "\n", "".join(kept)


def _rows(rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    items = collect()
    check(items)
    random.Random(SEED).shuffle(items)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, it in enumerate(items, 1):
        name = f"{SPLIT}-{n:03d}-{it['kind']}.ics"
        atomic_write(out / name, str(it["ics"]).encode("utf-8"))
        label_rows.append([name, str(it["uid"]), str(it["is_interview"]), str(it["company"]), str(it["role"]),
                           str(it["stage"]), str(it["interviewers"]), SPLIT, str(it["trap"])])

    labels = out / "labels.csv"
    head, kept = _kept_records(labels, LABEL_HEADER, LABEL_HEADER.index("split"))
    atomic_write(labels, (head + kept + _rows(label_rows)).encode("utf-8"))

    companies = sorted({str(it["company"]) for it in items if it["is_interview"]})
    forms = out / "company_forms.csv"
    head, kept = _kept_records(forms, FORMS_HEADER, 0)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in companies]
    atomic_write(forms, (head + kept + _rows(form_rows)).encode("utf-8"))

    pos = sum(1 for it in items if it["is_interview"])
    side = sum(1 for it in items if str(it["trap"]).startswith("user-as-interviewer"))
    print(f"{SPLIT}: {len(items)} events, {pos} interviews, {len(items) - pos} negatives "
          f"({side} user-as-interviewer), {len(companies)} companies")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
