"""Generate the blind calendar-event split holdout212 (one user: Wouter Peeters, customs team lead, Antwerp).

Writes tests/corpus/events/holdout212-NNN-<kind>.ics from the raw iCalendar text in scripts/holdout212ev_*.py and
replaces only the split=holdout212 rows of tests/corpus/events/labels.csv and company_forms.csv.

Run from the repository root:  /work/main/.venv/bin/python scripts/make_event_corpus_holdout212.py
"""

from __future__ import annotations

import csv
import importlib.util
import io
import os
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import icalendar

SPLIT = "holdout212"
ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
OUT = ROOT / "tests" / "corpus" / "events"
LABELS = OUT / "labels.csv"
FORMS_CSV = OUT / "company_forms.csv"
SEED = 212_2025
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
USER_ADDRS = {"wouter.peeters.antw@telenet.be", "wouter.peeters@scheldtforwarding.be"}
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
EMAIL = re.compile(r"^[^@\s;]+@[^@\s;]+\.[a-z]{2,}$")

# Other names the user would accept for the same employer in a draft.
FORMS: dict[str, list[str]] = {
    "Noordkaai Chemicals": ["Noordkaai Chemicals NV", "Noordkaai", "NKC"],
    "Meridian Container Lines": ["Meridian", "MCL", "Meridian Container Lines Belgium"],
    "Scaldis Specialty Chemicals": ["Scaldis", "Scaldis Chemicals", "Scaldis Specialty Chemicals Gent"],
    "Ardenne Chimie": ["Ardenne Chimie SA", "Ardenne Chemie"],
    "Van der Hoek Logistics": ["Van der Hoek", "Van der Hoek Logistics B.V.", "VDH Logistics"],
    "Bettembourg Multimodal": ["Bettembourg Multimodal S.A.", "BMM"],
    "Hanseatische Kühlschiff-Reederei": ["HKR", "Hanseatische Kühlschiff-Reederei GmbH", "Hanseatic Reefer"],
    "Grupo Levante Tránsitos": ["Levante Tránsitos", "Grupo Levante", "Levante"],
    "ClearPass": ["ClearPass Customs", "ClearPass BV"],
    "Kallo Polymers": ["Kallo Polymers NV", "Kallo"],
    "FOD Financiën": ["FOD Financiën – AAD&A", "Algemene Administratie van de Douane en Accijnzen", "AAD&A",
                      "Douane en Accijnzen", "SPF Finances"],
    "Scheldt Tank Terminals": ["Scheldt Tank Terminals NV", "STT"],
    "BRU Cargo Handling": ["BRU Cargo", "BRU Cargo Handling NV"],
    "Biocura Pharma Logistics": ["Biocura", "Biocura Pharma Logistics Puurs"],
    "Leiedal Foods": ["Leiedal", "Leiedal Foods NV"],
    "Zeekanaal Staal": ["Zeekanaal Staal NV", "ZKS"],
    "Railport Antwerp": ["Railport", "Railport Antwerp NV"],
    "Moreels & Partners": ["Moreels", "Moreels & Partners Customs & Global Trade", "Moreels and Partners"],
    "Scaldia Ro-Ro Terminal": ["Scaldia", "Scaldia Ro-Ro", "Scaldia Ro-Ro Terminal NV"],
    "Nordzee Feeder Services": ["Nordzee Feeder", "NFS", "Nordzee"],
    "Atlantic Ro-Ro Lines": ["Atlantic Ro-Ro", "ARL", "Atlantic Ro-Ro Lines AB"],
    "De Clercq Customs": ["De Clercq", "De Clercq Customs Services", "De Clercq Zeebrugge"],
    "Kempense Chemie": ["Kempense Chemie NV", "KC Geel"],
    "Trans-Ardenne Logistique": ["Trans-Ardenne", "Trans-Ardenne Logistique SRL"],
    "Vanguard Chemicals": ["Vanguard Chemicals Antwerp", "Vanguard"],
    "Euro-Asia Shipping Agency": ["Euro-Asia Shipping", "EASA", "Euro-Asia"],
    "Kallebeek Logistics": ["Kallebeek", "Kallebeek Logistics NV"],
    "Sloe Chemie": ["Sloe Chemie B.V.", "Sloe"],
    "Kluizendok Bulk Terminal": ["Kluizendok Bulk", "KBT", "Kluizendok Bulk Terminal NV"],
    "Capitol Fashion Group": ["Capitol Fashion", "Capitol"],
    "Deltaport Douane-expediteurs": ["Deltaport", "Deltaport Douane"],
    "Rijnmond Tankopslag": ["Rijnmond Tankopslag B.V.", "Rijnmond"],
    "Rheinische Chemiewerke Antwerpen": ["Rheinische Chemiewerke", "RCW Antwerpen", "RCW"],
    "Verhaert Freight Forwarding": ["Verhaert", "Verhaert Forwarding"],
    "Waasland Distribution Center": ["WDC", "Waasland DC"],
    "Ostara Gas Carriers": ["Ostara", "Ostara Gas Carriers NV"],
    "Solvane": ["Solvane SA", "Solvane Group", "Solvane Brussels"],
    "Antwerp Cold Storage": ["ACS", "Antwerp Cold Storage NV"],
    "Skaldia Automotive Gent": ["Skaldia Automotive", "Skaldia"],
    "Waasland Container Terminal": ["WCT", "Waasland Container Terminal NV"],
    "Bakery Ingredients Europe": ["BIE", "Bakery Ingredients Europe NV"],
    "Deurganck Terminal Operators": ["DTO", "Deurganck Terminal"],
}


def load_events() -> list[tuple[str, str, str, int, str, str, str, str, str]]:
    sys.path.insert(0, str(SCRIPTS))
    tz = importlib.import_module("holdout212ev_tz").TZ_BLOCKS
    events = []
    for path in sorted(SCRIPTS.glob("holdout212ev_*.py")):
        if path.stem == "holdout212ev_tz":
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for ev in mod.EVENTS:
            if len(ev) != 9:
                raise SystemExit(f"{path.name}: event tuple of length {len(ev)}: {ev[:2]}")
            kind, uid, is_int, company, role, stage, interviewers, trap, text = ev
            for name, block in tz.items():
                text = text.replace(f"@@{name}@@", block)
            if "@@" in text:
                raise SystemExit(f"{path.name}: unresolved placeholder in {uid}")
            events.append((path.name, kind, uid, is_int, company, role, stage, interviewers, trap, text))
    return events


def to_bytes(kind: str, text: str) -> bytes:
    lines = text.strip("\n").split("\n")
    eol = "\n" if kind.startswith("typed") else "\r\n"
    return (eol.join(lines) + eol).encode("utf-8")


def check(fname: str, data: bytes, ev: tuple) -> None:
    src, kind, uid, is_int, company, role, stage, interviewers, trap, _ = ev

    def fail(msg: str) -> NoReturn:
        raise SystemExit(f"BAD LABEL {fname} ({src}, uid {uid}): {msg}")

    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"does not parse: {exc}")
    vevents = list(cal.walk("VEVENT"))
    if not vevents:
        fail("no VEVENT")
    uids = {str(c.get("UID")) for c in vevents}
    if uid not in uids:
        fail(f"label uid not in file (file has {sorted(uids)})")
    if not cal.get("PRODID") or not cal.get("VERSION"):
        fail("VCALENDAR without PRODID/VERSION")
    for c in vevents:
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if c.get(prop) is None:
                fail(f"VEVENT without {prop}")
    if not KEBAB.match(kind):
        fail(f"kind {kind!r} is not kebab-case")
    if not KEBAB.match(trap):
        fail(f"trap {trap!r} is not kebab-case")
    if is_int not in (0, 1):
        fail("is_interview must be 0 or 1")
    if stage not in STAGES:
        fail(f"stage {stage!r}")
    if is_int == 0:
        if company or role or stage or interviewers:
            fail("negative with company/role/stage/interviewers")
    else:
        if not company:
            fail("interview without company")
        if company not in FORMS:
            fail(f"company {company!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail("interview with a user-as-interviewer trap")
        unfolded = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8")).lower()
    for who in filter(None, interviewers.split(";")):
            if who != who.strip():
                fail(f"interviewer {who!r} has stray spaces")
            if "@" in who:
                if who != who.lower() or not EMAIL.match(who):
                    fail(f"interviewer {who!r} is not a lower-case address")
                if who in USER_ADDRS:
                    fail("the user listed as interviewer")
                if who not in unfolded:
                    fail(f"interviewer {who!r} not in the event")


def replace_rows(path: Path, split_col: int, new_rows: list[list[str]]) -> None:
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    if not lines:
        raise SystemExit(f"{path} is empty")
    kept = [lines[0]]
    for line in lines[1:]:
        try:
            row = next(csv.reader([line.decode("utf-8")]))
        except (StopIteration, csv.Error):
            kept.append(line)
            continue
        if len(row) > split_col and row[split_col] == SPLIT:
            continue
        kept.append(line)
    body = b"".join(kept)
    if not body.endswith(b"\n"):
        body += b"\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(new_rows)
    body += buf.getvalue().encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(body)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> None:
    events = load_events()
    seen_uid_kind: set[tuple[str, str]] = set()
    for ev in events:
        key = (ev[2], ev[9])
        if key in seen_uid_kind:
            raise SystemExit(f"duplicate event {ev[2]}")
        seen_uid_kind.add(key)
    random.Random(SEED).shuffle(events)

    rendered = []
    for n, ev in enumerate(events, start=1):
        fname = f"{SPLIT}-{n:03d}-{ev[1]}.ics"
        data = to_bytes(ev[1], ev[9])
        check(fname, data, ev)
        rendered.append((fname, data, ev))

    used = {ev[4] for _, _, ev in rendered if ev[3] == 1}
    unused = sorted(set(FORMS) - used)
    if unused:
        raise SystemExit(f"FORMS entries for companies without an interview: {unused}")

    for old in OUT.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    for fname, data, _ in rendered:
        (OUT / fname).write_bytes(data)

    label_rows = [
        [fname, ev[2], str(ev[3]), ev[4], ev[5], ev[6], ev[7], SPLIT, ev[8]] for fname, _, ev in rendered
    ]
    replace_rows(LABELS, 7, label_rows)
    form_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(used)]
    replace_rows(FORMS_CSV, 0, form_rows)

    n_int = sum(1 for *_, ev in rendered if ev[3] == 1)
    n_hiring = sum(1 for *_, ev in rendered if ev[8].startswith("user-as-interviewer-"))
    print(
        f"{SPLIT}: {len(rendered)} events, {n_int} interviews, {len(rendered) - n_int} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(used)} employers"
    )


if __name__ == "__main__":
    main()
