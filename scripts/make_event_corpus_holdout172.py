#!/usr/bin/env python3
"""Write the blind calendar-event split holdout172 (Katrin Vogt, engineering manager in Berlin).

Writes tests/corpus/events/holdout172-NNN-<kind>.ics from the hand-written raw iCalendar text in
scripts/holdout172ev_*.py, and replaces only the split=holdout172 rows of labels.csv and company_forms.csv.
"""

from __future__ import annotations

import csv
import importlib
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path

import icalendar

SPLIT = "holdout172"
SEED = 172_2026
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout172ev_a",
    "holdout172ev_b",
    "holdout172ev_c",
    "holdout172ev_d",
    "holdout172ev_e",
    "holdout172ev_f",
    "holdout172ev_g",
    "holdout172ev_h",
    "holdout172ev_i",
    "holdout172ev_j",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
USER_ADDRESSES = {"katrin.vogt@posteo.de", "katrin.vogt@zahlwerk.io"}

# Other names Katrin would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Kontora": ["Kontora GmbH"],
    "Vantora": ["Vantora Inc.", "Vantora EU"],
    "Brenner Antriebstechnik": ["Brenner", "Brenner Antriebstechnik GmbH & Co. KG", "Brenner Antriebe"],
    "Tandem Ridge": ["Tandem Ridge Inc.", "TandemRidge"],
    "Fluxbank": ["Fluxbank N.V.", "Flux"],
    "Nordlicht Versicherung": ["Nordlicht", "Nordlicht Versicherung AG", "Nordlicht Insurance"],
    "Pflegeleicht": ["Pflegeleicht GmbH"],
    "Mercato Labs": ["Mercato", "Mercato Labs B.V."],
    "Brightwell": ["Brightwell Ltd"],
    "Tulpio": ["Tulpio B.V."],
    "Hafenlogik": ["Hafenlogik GmbH"],
    "Ledgerline": ["Ledgerline B.V."],
    "Quellwerk Energy": ["Quellwerk", "Quellwerk Energy GmbH"],
    "Sonnenfeld Mobility": ["Sonnenfeld", "Sonnenfeld Mobility GmbH"],
    "Kiezkasse": [],
    "Wunderwerk Robotics": ["Wunderwerk", "Wunderwerk Robotics GmbH"],
    "Alvéole": ["Alveole", "Alvéole SAS"],
    "Cobalt Finance": ["Cobalt"],
    "Rumbo Viajes": ["Rumbo", "Rumbo Viajes S.L."],
    "Nubera": ["Nubera S.L."],
    "Grundriss": ["Grundriss GmbH"],
    "Kessler Digital": ["Kessler Digital GmbH", "Kessler"],
    "Elbwerk Medien": ["Elbwerk", "Elbwerk Medien GmbH"],
    "Aurelis Diagnostics": ["Aurelis", "Aurelis Diagnostics GmbH"],
    "Isarbank": ["Isarbank AG"],
    "Parcelo": ["Parcelo B.V."],
    "Heyday Analytics": ["Heyday"],
    "Hansewerk Digital": ["Hansewerk", "Hansewerk Digital GmbH"],
    "Openframe": [],
    "Riva Bikes": ["Riva"],
    "Mobilio": ["Mobilio GmbH"],
    "Solaro Energy": ["Solaro"],
    "Fintura": ["Fintura GmbH"],
    "Sparrow Health": ["Sparrow"],
    "Voltaris": ["Voltaris AG"],
    "Mediform": ["Mediform GmbH"],
    "Stapelwerk": [],
    "Mimo Learning": ["Mimo"],
    "Kanal Payments": ["Kanal"],
    "Bergmann Logistik": ["Bergmann", "Bergmann Logistik SE"],
    "Pocketwise": ["Pocketwise Ltd"],
    "Lumen Grid": ["LumenGrid", "Lumen Grid B.V."],
    "Fahrwerk Software": ["Fahrwerk", "Fahrwerk Software GmbH"],
    "Polarstern Games": ["Polarstern", "Polarstern Games GmbH"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def unfold(text: str) -> str:
    return re.sub(r"\r?\n[ \t]", "", text)


def check_event(ev: dict, text: str) -> None:
    kind = ev["kind"]
    if not KEBAB.match(kind) or not KEBAB.match(ev["trap"]):
        fail(f"{kind}: kind and trap must be kebab-case ({ev['trap']!r})")
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception as exc:  # report any parse failure loudly
        fail(f"{kind}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{kind}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{kind}: label UID {ev['uid']!r} not in file UIDs {sorted(uids)}")
    for comp in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if comp.get(prop) is None:
                fail(f"{kind}: VEVENT without {prop}")
    flat = unfold(text)
    if ev["is_interview"] not in (0, 1):
        fail(f"{kind}: is_interview must be 0 or 1")
    if ev["stage"] not in STAGES:
        fail(f"{kind}: bad stage {ev['stage']!r}")
    if ev["is_interview"]:
        if not ev["company"]:
            fail(f"{kind}: interview without company")
        if ev["company"] not in FORMS:
            fail(f"{kind}: company {ev['company']!r} has no FORMS entry")
        for who in ev["interviewers"]:
            if "@" in who:
                if who != who.lower() or who in USER_ADDRESSES or who not in flat.lower():
                    fail(f"{kind}: interviewer address {who!r} bad or not in the file")
            elif who not in flat:
                fail(f"{kind}: interviewer name {who!r} not in the file")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["interviewers"]:
            fail(f"{kind}: negative with company/role/stage/interviewers")
    if ev.get("hiring_side") and not ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{kind}: hiring-side negative needs a user-as-interviewer- trap")
    if ev["trap"].startswith("user-as-interviewer-") and ev["is_interview"]:
        fail(f"{kind}: user-as-interviewer trap on an interview")


def normalise(ev: dict) -> dict:
    out = {"company": "", "role": "", "stage": "", "interviewers": []}
    out.update(ev)
    out["hiring_side"] = out["trap"].startswith("user-as-interviewer-")
    return out


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


def replace_rows(path: Path, split_col: int, rows: list[list[str]]) -> None:
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path.name} has no header")
    if not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    atomic_write(path, "".join(kept) + buf.getvalue())


def main() -> None:
    events = [normalise(ev) for ev in load_events()]
    for ev in events:
        text = ev["ics"].lstrip("\n")
        check_event(ev, text)
    used = {ev["company"] for ev in events if ev["is_interview"]}
    extra = set(FORMS) - used
    if extra:
        fail(f"FORMS entries without an interview: {sorted(extra)}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_rows: list[list[str]] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        text = ev["ics"].lstrip("\n")
        if not text.endswith("\n"):
            text += "\n"
        if ev.get("eol", "crlf") == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        parsed = icalendar.Calendar.from_ical((EVENTS_DIR / fname).read_bytes())
        if ev["uid"] not in {str(c.get("UID")) for c in parsed.walk("VEVENT")}:
            fail(f"{fname}: label UID not found after writing")
        label_rows.append(
            [
                fname,
                ev["uid"],
                str(ev["is_interview"]),
                ev["company"],
                ev["role"],
                ev["stage"],
                ";".join(ev["interviewers"]),
                SPLIT,
                ev["trap"],
            ]
        )
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(FORMS)])

    n_int = sum(1 for ev in events if ev["is_interview"])
    n_hire = sum(1 for ev in events if ev["hiring_side"])
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(used)} employers"
    )


if __name__ == "__main__":
    main()
