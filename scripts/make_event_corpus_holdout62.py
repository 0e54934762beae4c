"""Write the holdout62 calendar-event split (issue 4): raw iCalendar text composed blind by an independent author.

User: Matthias Keller, civil engineer at the cantonal road office in Zürich (matthias.keller@bluewin.ch,
matthias.keller@bd.zh.ch), looking for project-director roles in CH/DE/AT and French-speaking Switzerland.

Replaces only its own files (holdout62-*.ics) and its own rows (split=holdout62) of labels.csv and
company_forms.csv; other rows are kept byte for byte. Files are written atomically.

Usage: cd scripts && ../.venv/bin/python make_event_corpus_holdout62.py --out ../tests/corpus/events
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import holdout62ev_neg_other_a
import holdout62ev_neg_other_b
import holdout62ev_neg_side_a
import holdout62ev_neg_side_b
import holdout62ev_pos_a
import holdout62ev_pos_b
import holdout62ev_pos_c
import holdout62ev_pos_d
from holdout62ev_ics import SPLIT, Ev

LABEL_HEADER = ["file", "uid", "is_interview", "company", "role", "stage", "interviewers", "split", "trap"]
FORMS_HEADER = ["split", "company", "forms"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}

# Other accepted forms of each labelled employer (see company_forms.csv); never agencies, tools, parents.
FORMS: dict[str, list[str]] = {
    "Helvetic Infra Consult AG": ["HIC", "HIC Helvetic Infra Consult"],
    "Meridian Engineering Schweiz AG": ["Meridian Engineering", "Meridian Schweiz", "Meridian"],
    "Rüegg Bauingenieure AG": ["Rüegg"],
    "Bundesamt für Strassen ASTRA": ["ASTRA", "Bundesamt für Strassen", "Office fédéral des routes", "OFROU",
                                     "Federal Roads Office", "FEDRO"],
    "Fluri Tiefbau AG": ["Fluri"],
    "Lemania Ingénierie SA": ["Lemania"],
    "Direction générale de la mobilité et des routes": ["DGMR", "DGMR Vaud",
                                                        "Direction générale de la mobilité et des routes du canton "
                                                        "de Vaud"],
    "Dufour & Rochat Ingénieurs SA": ["Dufour & Rochat", "Dufour et Rochat", "Dufour et Rochat Ingénieurs"],
    "Lindenmaier Ingenieure GmbH": ["Lindenmaier"],
    "Die Autobahn GmbH des Bundes": ["Autobahn GmbH des Bundes", "Die Autobahn", "Autobahn GmbH",
                                     "Autobahn des Bundes"],
    "Brenner Bau GmbH & Co. KG": ["Brenner Bau"],
    "Pichler & Strobl Ziviltechniker GmbH": ["Pichler & Strobl", "Pichler und Strobl", "Pichler & Strobl ZT"],
    "Alpenbau Tirol GmbH": ["Alpenbau"],
    "Donau Ingenieure ZT GmbH": ["Donau Ingenieure"],
    "Amt der Vorarlberger Landesregierung": ["Land Vorarlberg", "Vorarlberger Landesregierung"],
    "Steiner Tobler Partner AG": ["STP", "STP Steiner Tobler Partner"],
    "Kessler Bau AG": [],
    "Gotthard Tunnelbau AG": [],
    "Wyss & Lanz Bauingenieure GmbH": ["Wyss & Lanz", "Wyss und Lanz"],
    "Hürlimann Ingenieure AG": ["Hürlimann"],
    "Rheintal Strassenbau AG": ["RSB", "RSB Rheintal Strassenbau"],
    "Zellweger Bau AG": ["Zellweger"],
    "Stadt Winterthur": ["Tiefbauamt Winterthur", "Tiefbauamt Stadt Winterthur", "Tiefbauamt der Stadt Winterthur"],
    "Alpstein Infrastruktur AG": ["Alpstein"],
    "Vogelsang Consult GmbH": ["Vogelsang"],
    "Sarine Génie Civil SA": ["Sarine GC"],
    "Ville de Sion": ["Commune de Sion", "Municipalité de Sion"],
    "Hydroplan Ingenieure AG": ["Hydroplan"],
    "Gadient Brückenbau GmbH": ["Gadient"],
    "Infraplan Consulting GmbH": ["Infraplan"],
    "Halvorsen & Crane Engineers": ["Halvorsen & Crane", "Halvorsen and Crane", "Halvorsen and Crane Engineers"],
    "Tessera Infrastructure Partners": ["Tessera"],
    "Baumeta AG": [],
    "Maurer Strassen- und Tiefbau AG": ["Maurer"],
    "Aeschbach + Partner AG": ["Aeschbach & Partner", "Aeschbach und Partner", "Aeschbach Partner", "Aeschbach"],
    "Norvik Engineering AG": ["Norvik"],
    "Obras Alpinas Helvetia SA": ["Obras Alpinas"],
}


def collect() -> list[Ev]:
    evs: list[Ev] = []
    for mod in (holdout62ev_pos_a, holdout62ev_pos_b, holdout62ev_pos_c, holdout62ev_pos_d,
                holdout62ev_neg_side_a, holdout62ev_neg_side_b, holdout62ev_neg_other_a, holdout62ev_neg_other_b):
        evs.extend(mod.events())
    return evs


def check(evs: list[Ev]) -> None:
    uids = [e.uid for e in evs]
    if len(set(uids)) != len(uids):
        raise SystemExit("duplicate UID")
    for e in evs:
        if e.stage not in STAGES:
            raise SystemExit(f"bad stage {e.stage!r} in {e.kind}")
        if e.is_interview and not e.company:
            raise SystemExit(f"interview without company: {e.kind}")
        if not e.is_interview and (e.company or e.role or e.stage or e.interviewers):
            raise SystemExit(f"negative with interview fields: {e.kind}")
        if not re.fullmatch(r"[a-z0-9-]+", e.kind):
            raise SystemExit(f"bad kind {e.kind!r}")
        if e.interviewers != e.interviewers.lower():
            raise SystemExit(f"interviewers not lower-case: {e.kind}")
        if "user-as-interviewer" in e.trap and e.is_interview:
            raise SystemExit(f"user-as-interviewer marked as interview: {e.kind}")
    companies = {e.company for e in evs if e.is_interview}
    if companies != set(FORMS):
        raise SystemExit(f"forms/companies mismatch: {sorted(companies ^ set(FORMS))}")


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


def csv_line(row: list[str], eol: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerow(row)
    return buf.getvalue()


def merge_csv(path: Path, header: list[str], split_col: int, rows: list[list[str]]) -> None:
    """Keep every foreign line as is, drop our old rows, append ours; create the file with header if missing."""
    raw = path.read_bytes().decode("utf-8") if path.exists() else ",".join(header) + "\n"
    eol = "\r\n" if "\r\n" in raw else "\n"
    lines = re.findall(r"[^\n]*\n|[^\n]+$", raw)
    if not lines or next(csv.reader([lines[0]])) != header:
        raise SystemExit(f"{path}: unexpected header")
    kept: list[str] = []
    for ln in lines:
        fields = next(csv.reader([ln]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(ln)
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    out = "".join(kept) + "".join(csv_line(r, eol) for r in rows)
    atomic_write(path, out.encode("utf-8"))


def verify(out: Path, labels: list[list[str]]) -> None:
    import icalendar

    for row in labels:
        cal = icalendar.Calendar.from_ical((out / row[0]).read_bytes())
        uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
        if uids != {row[1]}:
            raise SystemExit(f"UID mismatch in {row[0]}: {uids} vs {row[1]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "tests/corpus/events")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    evs = collect()
    check(evs)
    random.Random(6202).shuffle(evs)

    for old in out.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    labels: list[list[str]] = []
    for i, e in enumerate(evs, 1):
        name = f"{SPLIT}-{i:03d}-{e.kind}.ics"
        atomic_write(out / name, e.text.encode("utf-8"))
        labels.append([name, e.uid, str(e.is_interview), e.company, e.role, e.stage, e.interviewers, SPLIT, e.trap])
    verify(out, labels)

    merge_csv(out / "labels.csv", LABEL_HEADER, 7, labels)
    forms = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(FORMS)]
    merge_csv(out / "company_forms.csv", FORMS_HEADER, 0, forms)

    n_pos = sum(e.is_interview for e in evs)
    n_side = sum("user-as-interviewer" in e.trap for e in evs)
    print(f"{SPLIT}: {len(evs)} events, {n_pos} interviews, {len(evs) - n_pos} negatives "
          f"({n_side} user-as-interviewer), {len(FORMS)} companies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
