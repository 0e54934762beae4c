"""Write the blind holdout121 event corpus (issue 4): raw iCalendar files, labels and accepted company forms.

User: Henning Brandt, production manager at an industrial bakery near Bremen (henning.brandt@t-online.de, work
h.brandt@weserland-backwaren.de), applying for plant-manager, operations and supply-chain roles at food
manufacturers, dairies and breweries in Lower Saxony, Hamburg and Denmark.

Usage: .venv/bin/python scripts/make_event_corpus_holdout121.py [--out tests/corpus/events]
Replaces only holdout121-*.ics and the split=holdout121 rows of labels.csv and company_forms.csv.
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

import holdout121ev_neg_other
import holdout121ev_neg_side
import holdout121ev_pos_ats
import holdout121ev_pos_direct
import holdout121ev_pos_hand
import holdout121ev_pos_sched
from holdout121ev_ics import SPLIT

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see /work/briefs forms rules: no agencies, tools, parents,
# regions or persons; legal forms, case and accents are forgiven by the scorer).
FORMS = {
    "Hansetal Molkerei": "Hansetal",
    "Friesenkrone Brauerei": "Friesenkrone|Brauerei Friesenkrone",
    "Vestjysk Mejeri": "",
    "Dagmar Foods": "Dagmar",
    "Nordheide Feinkost": "",
    "NordGetreide Mühlenwerke": "NordGetreide|NGM",
    "Kattegat Seafood": "",
    "Haferwerk": "",
    "Fjordmælk": "Fjordmaelk",
    "OKV Osnabrücker Kartoffelveredelung": "OKV|Osnabrücker Kartoffelveredelung",
    "Weserperle Getränke": "Weserperle",
    "Teufelsmoor Fleischwaren": "",
    "Grünlandmilch Emsland": "Grünlandmilch",
    "Skovgaard Bryghus": "Skovgaard",
    "Sanddorn Nord": "",
    "Harzquell Mineralbrunnen": "Harzquell",
    "Wangerland Brauerei": "Brauerei Wangerland",
    "Hamburger Teigwaren Manufaktur": "HTM|Teigwaren Manufaktur",
    "Wendland Bio-Konserven": "",
    "Fyns Chokoladefabrik": "",
    "Ammerländer Käserei": "",
    "Backhaus Schütte": "",
    "Kramer Süßwaren": "Kramer",
    "EMF Elbmarsch Frischdienst": "EMF|Elbmarsch Frischdienst",
    "Brauhaus Stade": "",
    "Heidjer Honig & Sirup": "Heidjer|Heidjer Honig",
    "Jyske Malt": "",
    "Hanseatische Kaffeerösterei Petersen": "Hanseatische Kaffeerösterei Petersen & Co|Kaffeerösterei Petersen|HKP",
    "Laiterie Saint-Aubin": "Saint-Aubin",
    "Aceites del Guadalquivir": "Aceites Guadalquivir",
    "Deichgraf Tiefkühlkost": "Deichgraf",
    "Steenbock Gewürzkontor": "Steenbock|Steenbock Gewürze",
    "Moorland Eier": "Moorland",
    "Cuxland Fisch": "Cuxland",
    "Altländer Fruchtsaft": "Altländer Saft",
}


def collect() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for mod in (holdout121ev_pos_ats, holdout121ev_pos_direct, holdout121ev_pos_sched, holdout121ev_pos_hand,
                holdout121ev_neg_side, holdout121ev_neg_other):
        rows.extend(mod.events())
    random.Random(121_2025).shuffle(rows)
    for n, row in enumerate(rows, 1):
        row["file"] = f"{SPLIT}-{n:03d}-{row['kind']}.ics"
    return rows


def atomic_write(path: Path, data: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def check(rows: list[dict[str, str]]) -> None:
    import icalendar

    uids = Counter(r["uid"] for r in rows)
    dup = [u for u, c in uids.items() if c > 1]
    assert not dup, f"duplicate UIDs: {dup}"
    for r in rows:
        cal = icalendar.Calendar.from_ical(r["text"])
        found = {str(c.get("uid")) for c in cal.walk("VEVENT")}
        assert found == {r["uid"]}, (r["file"], found, r["uid"])
        assert r["stage"] in STAGES, r
        assert r["is_interview"] in ("0", "1")
        if r["is_interview"] == "1":
            assert r["company"] in FORMS, r["company"]
            assert r["interviewers"] == r["interviewers"].lower(), r["interviewers"]
        else:
            assert not (r["company"] or r["role"] or r["stage"] or r["interviewers"]), r
        for line in r["text"].split("\r\n"):
            assert len(line.encode("utf-8")) <= 75, (r["file"], line)
    used = {r["company"] for r in rows if r["is_interview"] == "1"}
    assert used == set(FORMS), set(FORMS) ^ used


def merge_csv(path: Path, header: list[str], split_col: str, new_rows: list[list[str]]) -> None:
    """Keep the header and every other split's line byte for byte; replace this split's rows."""
    newline = "\n"
    kept: list[str] = []
    if path.exists():
        raw = path.read_bytes().decode("utf-8")
        newline = "\r\n" if "\r\n" in raw else "\n"
        lines = raw.splitlines(keepends=True)
        assert lines and next(csv.reader([lines[0]])) == header, f"unexpected header in {path}"
        col = header.index(split_col)
        for line in lines[1:]:
            if not line.strip():
                continue
            fields = next(csv.reader([line]))
            if len(fields) > col and fields[col] == SPLIT:
                continue
            kept.append(line if line.endswith(("\n", "\r")) else line + newline)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator=newline)
    for row in new_rows:
        writer.writerow(row)
    head = ",".join(header) + newline
    atomic_write(path, head + "".join(kept) + buf.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "events"
    parser.add_argument("--out", type=Path, default=default)
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    rows = collect()
    check(rows)
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for r in rows:
        atomic_write(out / r["file"], r["text"])

    labels = [[r["file"], r["uid"], r["is_interview"], r["company"], r["role"], r["stage"], r["interviewers"],
               SPLIT, r["trap"]] for r in rows]
    merge_csv(out / "labels.csv", LABEL_HEADER, "split", labels)
    forms = [[SPLIT, company, FORMS[company]] for company in sorted(FORMS)]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, "split", forms)

    pos = sum(r["is_interview"] == "1" for r in rows)
    side = sum("user-as-interviewer" in r["trap"] for r in rows)
    print(f"{SPLIT}: {len(rows)} events, {pos} interviews, {len(rows) - pos} negatives "
          f"({side} with the user on the hiring side), {len(FORMS)} companies")


if __name__ == "__main__":
    main()
