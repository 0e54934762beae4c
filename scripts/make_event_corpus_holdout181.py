"""Write the blind calendar-event split holdout181 (Tobias Hartl, powertrain electronics, Munich).

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout181.py

Writes tests/corpus/events/holdout181-NNN-<kind>.ics (deleting only old holdout181-*.ics first) and replaces only
the split=holdout181 rows of tests/corpus/events/labels.csv and company_forms.csv. The events are hand-written raw
iCalendar text in scripts/holdout181ev_*.py.
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import holdout181ev_hire1  # noqa: E402
import holdout181ev_hire2  # noqa: E402
import holdout181ev_int1  # noqa: E402
import holdout181ev_int2  # noqa: E402
import holdout181ev_int3  # noqa: E402
import holdout181ev_int4  # noqa: E402
import holdout181ev_int5  # noqa: E402
import holdout181ev_neg1  # noqa: E402
import holdout181ev_neg2  # noqa: E402

SPLIT = "holdout181"
SEED = 181_2026
ROOT = HERE.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
LABEL_HEADER = "file,uid,is_interview,company,role,stage,interviewers,split,trap"
FORMS_HEADER = "split,company,forms"
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRESSES = {"tobias.hartl@web.de", "tobias.hartl@voltric-systems.de"}

FORMS: dict[str, list[str]] = {
    "Isarwerk Automotive AG": ["Isarwerk", "Isarwerk Automotive", "Isarwerk AG"],
    "Donaumobil GmbH": ["Donaumobil"],
    "Neckartal Antriebstechnik AG": ["Neckartal", "Neckartal Antriebstechnik", "NTA"],
    "Voltaro GmbH": ["Voltaro"],
    "Lumera Charging GmbH": ["Lumera", "Lumera Charging"],
    "Nordvik Electric AB": ["Nordvik", "Nordvik Electric"],
    "Murtal Powertrain Engineering GmbH": ["Murtal", "Murtal PE", "Murtal Powertrain Engineering"],
    "Regentec Elektronik GmbH": ["Regentec", "Regentec Elektronik"],
    "Ampero Power Electronics GmbH": ["Ampero", "Ampero Power Electronics"],
    "Hochfeld Mobility SE": ["Hochfeld", "Hochfeld Mobility"],
    "Alpenstrom Drive GmbH": ["Alpenstrom", "Alpenstrom Drive"],
    "Krios Battery Systems GmbH": ["Krios", "Krios Battery Systems"],
    "Ammersee Mobility Labs GmbH": ["Ammersee Mobility Labs", "Ammersee Labs"],
    "Velox Drive Systems GmbH": ["Velox", "Velox Drive", "Velox Drive Systems"],
    "Forvance Automotive SAS": ["Forvance", "Forvance Automotive"],
    "Iberdrive Componentes S.A.": ["Iberdrive", "Iberdrive Componentes"],
    "Brightline Mobility": ["Brightline", "Brightline Mobility, Inc."],
    "Corvex Technologies": ["Corvex", "Corvex Technologies GmbH"],
    "Zephyr Motors GmbH": ["Zephyr", "Zephyr Motors"],
    "Stromkind GmbH": ["Stromkind"],
    "Hallertau Elektronik GmbH": ["Hallertau Elektronik", "Hallertau"],
    "Qubo Mobility GmbH": ["Qubo", "Qubo Mobility"],
    "Wendelstein Automotive GmbH": ["Wendelstein", "Wendelstein Automotive"],
    "Oberland Systemtechnik GmbH": ["Oberland Systemtechnik", "Oberland"],
    "Lechwerk Komponenten GmbH": ["Lechwerk", "Lechwerk Komponenten"],
    "Zollern Antriebe GmbH": ["Zollern", "Zollern Antriebe"],
    "Ecodrive Systems GmbH": ["Ecodrive", "Ecodrive Systems"],
    "Innviertel Motion GmbH": ["Innviertel Motion"],
    "Chiemgau Power Systems GmbH": ["Chiemgau Power", "Chiemgau Power Systems"],
    "Traunstein Elektroantriebe GmbH": ["Traunstein Elektroantriebe", "TEA"],
    "Würmtal Embedded GmbH": ["Würmtal Embedded", "Wuermtal Embedded", "Würmtal"],
    "Loisach Motion GmbH": ["Loisach Motion", "Loisach"],
    "Filder Elektromobilität GmbH": ["Filder Elektromobilität", "Filder E-Mobil", "Filder"],
    "Rottal Sensorik GmbH": ["Rottal Sensorik", "Rottal"],
    "Kronach Automotive Electronics GmbH": ["Kronach Automotive Electronics", "Kronach AE", "Kronach"],
    "Elektra Fahrzeugsysteme GmbH": ["Elektra", "Elektra Fahrzeugsysteme", "Elektra FS"],
    "Isental Fahrzeugtechnik GmbH": ["Isental", "Isental Fahrzeugtechnik"],
    "Pfaffenwinkel Power GmbH": ["Pfaffenwinkel Power", "Pfaffenwinkel"],
    "Ostbayern Mobility AG": ["Ostbayern Mobility"],
    "Styria e-Drive GmbH": ["Styria e-Drive", "Styria eDrive", "Styria"],
    "Mangfall Drive Technologies GmbH": ["Mangfall Drive", "Mangfall Drive Technologies", "Mangfall"],
    "Amper Motion GmbH": ["Amper Motion"],
    "Vilstal Elektronik GmbH": ["Vilstal Elektronik", "Vilstal"],
    "Altmühl Automotive GmbH": ["Altmühl Automotive", "Altmuehl Automotive", "Altmühl"],
}

MODULES = [
    holdout181ev_int1,
    holdout181ev_int2,
    holdout181ev_int3,
    holdout181ev_int4,
    holdout181ev_int5,
    holdout181ev_hire1,
    holdout181ev_hire2,
    holdout181ev_neg1,
    holdout181ev_neg2,
]


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout181: {msg}")


def to_crlf(text: str) -> bytes:
    lines = text.strip("\n").split("\n")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def event_record(ev: dict) -> dict:
    rec = {
        "kind": ev["kind"],
        "uid": ev["uid"],
        "ics": ev["ics"],
        "is_interview": ev.get("is_interview", 0),
        "company": ev.get("company", ""),
        "role": ev.get("role", ""),
        "stage": ev.get("stage", ""),
        "interviewers": ev.get("interviewers", ""),
        "trap": ev["trap"],
    }
    return rec


def check(rec: dict, name: str, data: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # pragma: no cover - loud failure
        fail(f"{name}: does not parse: {exc}")
    uids = {str(comp.get("UID")) for comp in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if rec["uid"] not in uids:
        fail(f"{name}: label UID {rec['uid']!r} not in file UIDs {sorted(uids)}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rec["kind"]):
        fail(f"{name}: bad kind {rec['kind']!r}")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rec["trap"]):
        fail(f"{name}: bad trap {rec['trap']!r}")
    if rec["stage"] not in STAGES:
        fail(f"{name}: bad stage {rec['stage']!r}")
    text = data.decode("utf-8")
    for line in text.split("\r\n"):
        if line and line[0] not in " \t" and not re.match(r"[A-Z][A-Z0-9-]*[;:]", line):
            fail(f"{name}: not a content line: {line!r}")
    unfolded = re.sub(r"\r\n[ \t]", "", text).lower()
    if rec["is_interview"] == 1:
        if not rec["company"]:
            fail(f"{name}: interview without company")
        if rec["company"] not in FORMS:
            fail(f"{name}: company {rec['company']!r} has no FORMS entry")
        if rec["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: interview with a hiring-side trap")
        for who in filter(None, rec["interviewers"].split(";")):
            if who != who.strip():
                fail(f"{name}: interviewer with spaces {who!r}")
            if "@" in who:
                if who != who.lower():
                    fail(f"{name}: interviewer address not lower case {who!r}")
                if who in USER_ADDRESSES or "noreply" in who or "no-reply" in who:
                    fail(f"{name}: interviewer is the user or a no-reply address {who!r}")
                if who not in unfolded:
                    fail(f"{name}: interviewer address {who!r} not in the file")
    elif rec["is_interview"] == 0:
        if rec["company"] or rec["role"] or rec["stage"] or rec["interviewers"]:
            fail(f"{name}: negative with interview fields")
    else:
        fail(f"{name}: is_interview must be 0 or 1")


def replace_rows(path: Path, header: str, prefix: str, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].rstrip("\r") != header:
        fail(f"{path.name}: unexpected header")
    kept = [ln for ln in lines if not ln.startswith(prefix)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in new_rows:
        writer.writerow(row)
    out = "\n".join(kept) + "\n" + buf.getvalue()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(out.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    records = [event_record(ev) for mod in MODULES for ev in mod.EVENTS]
    random.Random(SEED).shuffle(records)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for i, rec in enumerate(records, start=1):
        name = f"{SPLIT}-{i:03d}-{rec['kind']}.ics"
        data = to_crlf(rec["ics"])
        check(rec, name, data)
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append(
            [
                name,
                rec["uid"],
                str(rec["is_interview"]),
                rec["company"],
                rec["role"],
                rec["stage"],
                rec["interviewers"],
                SPLIT,
                rec["trap"],
            ]
        )
        if rec["is_interview"] and rec["company"] not in companies:
            companies.append(rec["company"])

    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]

    replace_rows(LABELS, LABEL_HEADER, f"{SPLIT}-", label_rows)
    replace_rows(FORMS_CSV, FORMS_HEADER, f"{SPLIT},", form_rows)

    n = len(records)
    pos = sum(1 for r in records if r["is_interview"] == 1)
    hiring = sum(1 for r in records if r["trap"].startswith("user-as-interviewer-"))
    print(
        f"holdout181: {n} events, {pos} interviews, {n - pos} negatives, "
        f"{hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
