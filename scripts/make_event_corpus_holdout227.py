"""Write the blind calendar-event split holdout227 (one user: Kenji Watanabe, Tokyo).

Run from the worktree root:

    /work/main/.venv/bin/python scripts/make_event_corpus_holdout227.py

It deletes only old ``tests/corpus/events/holdout227-*.ics`` files, writes the events held in
``scripts/holdout227ev_*.py`` and replaces only the ``split=holdout227`` rows of ``labels.csv`` and
``company_forms.csv`` (every other line is kept byte for byte).
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

SPLIT = "holdout227"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [
    "holdout227ev_a",
    "holdout227ev_b",
    "holdout227ev_c",
    "holdout227ev_d",
    "holdout227ev_e",
    "holdout227ev_f",
    "holdout227ev_g",
    "holdout227ev_h",
    "holdout227ev_i",
    "holdout227ev_j",
    "holdout227ev_k",
]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
SEED = 22717

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Halvorsen Pharma": ["Halvorsen", "Halvorsen Pharma K.K.", "ハルヴォルセン製薬", "ハルヴォルセン"],
    "Kessler & Moor": ["Kessler & Moor Consumer Health", "Kessler and Moor", "K&M", "ケスラー・アンド・ムーア"],
    "Lindqvist Logistics": ["Lindqvist", "Lindqvist Logistics Asia", "Lindqvist Logistics Asia Pte. Ltd."],
    "Marchetti Foods": ["Marchetti", "Marchetti Foods Japan", "マルケッティ・フーズ"],
    "Brenner Hausgeräte": ["Brenner", "Brenner Hausgeraete", "Brenner Japan", "ブレンナー"],
    "Aurelia Nutrition": ["Aurelia", "Aurelia Nutrition Japan", "Aurelia Nutrition Japan G.K."],
    "Dalmont Animal Health": ["Dalmont", "Dalmont Japan", "ダルモン・アニマルヘルス", "ダルモン"],
    "Ferrow Beauty": ["Ferrow", "Ferrow Beauty Japan"],
    "Corvina Beverages": ["Corvina", "Corvina Beverages Japan", "コルヴィナ・ビバレッジズ"],
    "Nordhavn Shipping": ["Nordhavn", "Nordhavn Shipping Japan", "ノルドハウン"],
    "Kinsale Spirits": ["Kinsale", "Kinsale Spirits Japan", "キンセール"],
    "Quorra Diagnostics": ["Quorra", "Quorra Diagnostics K.K."],
    "Fieldstone Robotics": ["Fieldstone", "Fieldstone Robotics Japan"],
    "Ostbahn Chemie": ["Ostbahn", "Ostbahn Chemie Japan", "Ostbahn Chemie AG", "オストバーン・ケミー"],
    "Maison Verlaine": ["Verlaine", "Maison Verlaine Japon", "メゾン・ヴェルレーヌ"],
    "Grupo Alvarado": ["Alvarado", "Grupo Alvarado Alimentación", "Alvarado Foods"],
    "Pembrook Medical": ["Pembrook", "Pembrook Medical Japan"],
    "Vantor Health": ["Vantor", "Vantor Health Japan"],
    "Halcyon Pet Nutrition": ["Halcyon", "Halcyon Pet", "Halcyon Pet Nutrition Japan"],
    "Elmstead Foods": ["Elmstead", "Elmstead Foods Japan"],
    "Loopwise": ["Loopwise Inc.", "Loopwise Japan"],
    "Castellan Paints": ["Castellan", "Castellan Paints Japan", "キャステラン"],
    "Mercato Japan": ["Mercato", "Mercato Japan G.K.", "メルカート・ジャパン"],
    "Bellweather Apparel": ["Bellweather", "Bellweather Apparel Japan"],
    "Rheinfeld Pharma": ["Rheinfeld", "Rheinfeld Pharma Japan", "ラインフェルド製薬"],
    "Ostrander Instruments": ["Ostrander", "Ostrander Instruments Japan"],
    "Calloway Medical": ["Calloway", "Calloway Medical Japan"],
    "Westmere Dairy": ["Westmere", "Westmere Dairy Japan"],
    "Tidewater Foods": ["Tidewater", "Tidewater Foods Japan"],
    "Brightwater Pharma": ["Brightwater", "Brightwater Pharma Japan"],
    "Vandel Pharma": ["Vandel", "ヴァンデル製薬", "ヴァンデル"],
    "Ravensworth Consumer": ["Ravensworth", "Ravensworth Consumer Japan", "Ravensworth Consumer Japan K.K."],
    "Hakobu Labs": ["Hakobu", "ハコブラボ"],
    "Solberg Nutrition": ["Solberg", "Solberg Nutrition Japan"],
    "Pinecrest": ["Pinecrest Brands", "Pinecrest Japan", "パインクレスト"],
    "Eberhardt Foods": ["Eberhardt", "Eberhardt Foods Japan", "エーベルハルト"],
    "Thorsby Medical": ["Thorsby", "Thorsby Medical Japan", "ソーズビー・メディカル"],
    "Brightline Retail": ["Brightline", "Brightline Retail Asia"],
    "Ashgrove Beverages": ["Ashgrove", "Ashgrove Beverages Japan"],
    "Greyfield Consumer": ["Greyfield", "Greyfield Consumer Products", "Greyfield Japan"],
    "Norrbacka Packaging": ["Norrbacka", "Norrbacka Packaging AB", "Norrbacka Japan"],
    "Tavira Medical": ["Tavira", "Tavira Medical Japan"],
    "Montclair Biologics": ["Montclair", "Montclair Biologics Japan", "モントクレア"],
    "Kestrel Home Care": ["Kestrel", "Kestrel Home Care Japan"],
}

KIND_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)?$")
TRAP_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[^@\s;]+@[^@\s;]+$")
USER_ADDRS = {"kenji.watanabe.scm@gmail.com", "kenji.watanabe@alpenmilch.co.jp"}


def fail(msg: str) -> None:
    print(f"make_event_corpus_{SPLIT}: ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        mod = importlib.import_module(name)
        events.extend(mod.EVENTS)
    return events


def to_wire(ev: dict[str, object]) -> bytes:
    text = str(ev["ics"]).strip("\n") + "\n"
    if ev.get("eol", "crlf") == "crlf":
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")


def check(ev: dict[str, object], data: bytes, n: int) -> None:
    where = f"event #{n} ({ev.get('kind')}, {ev.get('uid')})"
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:  # pragma: no cover - loud failure
        fail(f"{where}: does not parse: {exc}")
    uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
    if not uids:
        fail(f"{where}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{where}: label UID not in file (file has {uids})")
    for c in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTART", "SUMMARY", "DTSTAMP"):
            if c.get(prop) is None:
                fail(f"{where}: VEVENT without {prop}")
    if not KIND_RE.match(str(ev["kind"])):
        fail(f"{where}: bad kind")
    if ev["interview"] not in (0, 1):
        fail(f"{where}: is_interview must be 0 or 1")
    stage = str(ev.get("stage", ""))
    if stage not in STAGES:
        fail(f"{where}: bad stage {stage!r}")
    trap = str(ev["trap"])
    if not TRAP_RE.match(trap):
        fail(f"{where}: trap not kebab-case: {trap!r}")
    company = str(ev.get("company", ""))
    interviewers = str(ev.get("interviewers", ""))
    if ev["interview"] == 1:
        if not company:
            fail(f"{where}: interview without company")
        if company not in FORMS:
            fail(f"{where}: company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{where}: an interview cannot be user-as-interviewer")
        for person in filter(None, interviewers.split(";")):
            if person.strip() != person or not person:
                fail(f"{where}: bad interviewer entry {person!r}")
            if "@" in person:
                if not EMAIL_RE.match(person) or person != person.lower():
                    fail(f"{where}: interviewer address must be lower case: {person!r}")
                if person in USER_ADDRS or "noreply" in person or "no-reply" in person:
                    fail(f"{where}: interviewer is the user or a no-reply address: {person!r}")
                if person.encode() not in data.lower().replace(b"\r\n ", b"").replace(b"\n ", b""):
                    fail(f"{where}: interviewer address not in the file: {person!r}")
    else:
        if company or stage or interviewers or ev.get("role"):
            fail(f"{where}: negative with company/role/stage/interviewers")
        if ev.get("hiring_side") and not trap.startswith("user-as-interviewer-"):
            fail(f"{where}: hiring-side event needs a user-as-interviewer- trap")
        if trap.startswith("user-as-interviewer-") and not ev.get("hiring_side"):
            fail(f"{where}: user-as-interviewer- trap without hiring_side flag")


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    if not lines:
        fail(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    out = "".join(kept) + "".join(csv_line(r) for r in new_rows)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", dir=str(path.parent))
    with os.fdopen(fd, "wb") as fh:
        fh.write(out.encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    seen_kinds: set[tuple[str, str]] = set()
    for ev in events:
        key = (str(ev["uid"]), str(ev["kind"]))
        if key in seen_kinds:
            fail(f"duplicate event {key}")
        seen_kinds.add(key)
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    # Check everything before touching any file.
    wire = {idx: to_wire(events[idx]) for idx in order}
    for n, idx in enumerate(order, start=1):
        check(events[idx], wire[idx], n)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows: list[list[str]] = []
    companies: list[str] = []
    for n, idx in enumerate(order, start=1):
        ev = events[idx]
        fname = f"{SPLIT}-{n:03d}-{ev['kind']}.ics"
        (EVENTS_DIR / fname).write_bytes(wire[idx])
        label_rows.append(
            [
                fname,
                str(ev["uid"]),
                str(ev["interview"]),
                str(ev.get("company", "")),
                str(ev.get("role", "")),
                str(ev.get("stage", "")),
                str(ev.get("interviewers", "")),
                SPLIT,
                str(ev["trap"]),
            ]
        )
        if ev["interview"] == 1 and ev["company"] not in companies:
            companies.append(str(ev["company"]))

    unused = sorted(set(FORMS) - set(companies))
    if unused:
        fail(f"FORMS entries without an interview: {unused}")
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)])

    n_int = sum(1 for e in events if e["interview"] == 1)
    n_hire = sum(1 for e in events if str(e["trap"]).startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(events)} events, {n_int} interviews, {len(events) - n_int} negatives, "
        f"{n_hire} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
