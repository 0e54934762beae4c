"""Write the holdout108 calendar-event split (blind author; CC0 1.0).

User: Leonie Hartmann, speech therapist (Logopädin) in Cologne; free-mail leonie.hartmann.logo@gmx.de,
work l.hartmann@logopaedie-suedstadt-koeln.de. Every event is raw iCalendar text composed in the
holdout108ev_* modules. Replaces only holdout108-*.ics and split=holdout108 rows of labels.csv and
company_forms.csv; everything else is kept.

    .venv/bin/python scripts/make_event_corpus_holdout108.py [--out tests/corpus/events]
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

import holdout108ev_neg_other
import holdout108ev_neg_side
import holdout108ev_pos_ats
import holdout108ev_pos_direct
import holdout108ev_pos_more
from holdout108ev_ics import SPLIT

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]

FORMS: dict[str, list[str]] = {
    "Rehaklinik Bergisches Land": ["Reha-Klinik Bergisches Land", "RK Bergisches Land"],
    "Sprachheilzentrum Ruhr": ["SHZ Ruhr", "Sprachheilzentrum Ruhr gGmbH"],
    "Medivita Klinik Bad Honnef": ["Medivita Bad Honnef"],
    "Curanova Rehaklinik Münsterland": ["Curanova Münsterland", "Curanova Reha-Klinik Münsterland"],
    "Kreisklinikum Eifelland": ["Kreiskrankenhaus Eifelland", "KKH Eifelland"],
    "Marienhospital Rheinbach": [],
    "St. Hildegard-Hospital Opladen": ["St. Hildegard-Hospital", "Hildegard-Hospital Opladen"],
    "Therapiewerk Essen": ["Therapiewerk", "Therapiewerk Essen GmbH"],
    "Rhine Valley International School": ["RVIS"],
    "Sprachbrücke": ["Sprachbrücke GmbH"],
    "Cogniva Health": ["Cogniva"],
    "Wortwerk Health": ["Wortwerk"],
    "Sonavia Hearing": ["Sonavia"],
    "Audivo Medical": ["Audivo"],
    "Revalidatiecentrum Heuvelland": ["RC Heuvelland"],
    "Therapiepunkt Neuss": ["Therapiepunkt"],
    "Frühförderzentrum Lindenthal": ["FFZ Lindenthal"],
    "Evangelisches Krankenhaus Siegtal": ["Ev. Krankenhaus Siegtal", "EvK Siegtal",
                                          "Evangelisches Krankenhaus Siegtal gGmbH"],
    "Klinikum Lennetal": ["Klinikum Lennetal Hagen"],
    "Praxis für Logopädie Kessler & Brandt": ["Logopädie Kessler & Brandt", "Kessler & Brandt",
                                              "Praxis Kessler & Brandt"],
    "Klinik Weserblick": ["Klinik Weserblick Vlotho"],
    "Neurologisches Therapiecentrum Rheinaue": ["NTC Rheinaue"],
    "Geriatrisches Zentrum Mülheim": ["Geriatrisches Zentrum Mülheim an der Ruhr"],
    "Stimmwerk": ["Stimmwerk – Praxis für Logopädie", "Praxis Stimmwerk"],
    "Hörzentrum Münsterland": [],
    "Praxis Sonnenschein": ["Ergo- & Logopraxis Sonnenschein", "Logopraxis Sonnenschein", "Sonnenschein"],
    "SPZ Dortmund-Nord": ["Sozialpädiatrisches Zentrum Dortmund-Nord"],
    "Therapiezentrum am Aachener Weiher": ["TZ am Aachener Weiher", "TZ Aachener Weiher"],
    "Centre Logopédique du Sud": ["CLS"],
    "Clínica Alemana de Rehabilitación Mallorca": ["Clínica Alemana Mallorca", "Clínica Alemana de Rehabilitación"],
    "Reha-Zentrum Ostbelgien": ["RZO", "RZO Eupen"],
    "NeuroRehaZentrum Bochum": ["NRZ Bochum", "Neuro-Reha-Zentrum Bochum"],
    "Kinderneurologisches Zentrum Siebengebirge": ["KNZ Siebengebirge"],
    "Klinik Sonnenhang": ["Klinik Sonnenhang Gummersbach"],
    "Rheinblick Neuro-Reha": ["Rheinblick Neuro-Reha Düsseldorf", "Rheinblick"],
    "Logopädie am Dom": ["Logopädie am Dom Aachen"],
    "Sprechzeit Digital": ["Sprechzeit", "Sprechzeit Digital GmbH"],
    "Logopädie Brückner": ["Praxis Brückner"],
    "Helena-Klinikum Krefeld": ["Helena-Klinikum"],
    "Rheinkinder": ["Integrativer Kita-Verbund Rheinkinder", "Kita-Verbund Rheinkinder",
                    "Integrativer Kita-Verbund Rheinkinder gGmbH"],
    "St. Pius-Klinik Bensberg": ["St. Pius-Klinik", "Pius-Klinik Bensberg"],
    "MVZ Phoniatrie Köln-Ehrenfeld": ["MVZ Phoniatrie Ehrenfeld", "MVZ Phoniatrie Köln"],
    "Rehaklinik Wiehltal": ["Reha-Klinik Wiehltal"],
    "Little Talkers": [],
}


def all_events() -> list[dict[str, str]]:
    evs: list[dict[str, str]] = []
    for mod in (holdout108ev_pos_ats, holdout108ev_pos_direct, holdout108ev_pos_more,
                holdout108ev_neg_side, holdout108ev_neg_other):
        evs.extend(mod.events())
    random.Random(108_2026).shuffle(evs)
    return evs


def write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def check_uid(text: str, uid: str) -> None:
    import icalendar  # only for the check; the files are composed as text

    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if uids != {uid}:
        raise SystemExit(f"UID mismatch: {uids} != {uid}")


def csv_text(header: list[str], rows: list[list[str]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def replace_rows(path: Path, header: list[str], split_col: str, new_rows: list[list[str]]) -> None:
    kept: list[list[str]] = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            old_header = next(reader, None)
            if old_header and old_header != header:
                raise SystemExit(f"unexpected header in {path}: {old_header}")
            idx = header.index(split_col)
            kept = [r for r in reader if r and r[idx] != SPLIT]
    write_atomic(path, csv_text(header, kept + new_rows))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "tests/corpus/events"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    evs = all_events()
    uids = [e["uid"] for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    rows: list[list[str]] = []
    companies: list[str] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e['kind']}.ics"
        check_uid(e["ics"], e["uid"])
        write_atomic(out / name, e["ics"].encode("utf-8"))
        rows.append([name, e["uid"], e["is_interview"], e["company"], e["role"], e["stage"],
                     e["interviewers"], SPLIT, e["trap"]])
        if e["is_interview"] == "1" and e["company"] and e["company"] not in companies:
            companies.append(e["company"])
        if e["is_interview"] == "0" and (e["company"] or e["stage"] or e["interviewers"]):
            raise SystemExit(f"negative with interview fields: {name}")
    missing = [c for c in companies if c not in FORMS]
    if missing:
        raise SystemExit(f"no forms for {missing}")
    replace_rows(out / "labels.csv", LABEL_HEADER, "split", rows)
    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(out / "company_forms.csv", FORMS_HEADER, "split", forms_rows)
    n_pos = sum(e["is_interview"] == "1" for e in evs)
    n_side = sum("user-as-interviewer" in e["trap"] for e in evs)
    print(f"{len(evs)} events: {n_pos} interviews, {len(evs) - n_pos} negatives ({n_side} user-as-interviewer), "
          f"{len(companies)} companies")


if __name__ == "__main__":
    main()
