"""Generate the blind calendar-event split holdout203 (CC0 1.0).

One user: Julien Weber, senior fund accountant at Moselle Fund Services S.A. in
Luxembourg, a French cross-border worker from Thionville looking for fund-accounting
supervisor, NAV oversight and ManCo roles. Events are hand-written raw iCalendar text
in scripts/holdout203ev_*.py. This script writes tests/corpus/events/holdout203-NNN-<kind>.ics
(shuffled with a fixed seed), and replaces only the split=holdout203 rows of
tests/corpus/events/labels.csv and tests/corpus/events/company_forms.csv.

Run from the worktree root:
    /work/main/.venv/bin/python scripts/make_event_corpus_holdout203.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import re
import sys
from pathlib import Path

import icalendar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import holdout203ev_hire1  # noqa: E402
import holdout203ev_hire2  # noqa: E402
import holdout203ev_iv1  # noqa: E402
import holdout203ev_iv2  # noqa: E402
import holdout203ev_iv3  # noqa: E402
import holdout203ev_iv4  # noqa: E402
import holdout203ev_iv5  # noqa: E402
import holdout203ev_neg1  # noqa: E402
import holdout203ev_neg2  # noqa: E402
import holdout203ev_neg3  # noqa: E402

SPLIT = "holdout203"
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
SEED = 20325203
USER_ADDRS = {"julien.weber.lux@pt.lu", "julien.weber@mosellefs.lu"}
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

MODULES = [
    holdout203ev_iv1,
    holdout203ev_iv2,
    holdout203ev_iv3,
    holdout203ev_iv4,
    holdout203ev_iv5,
    holdout203ev_hire1,
    holdout203ev_hire2,
    holdout203ev_neg1,
    holdout203ev_neg2,
    holdout203ev_neg3,
]

# Other names the user would accept for each interview company in a draft.
FORMS = {
    "State Street": ["State Street Bank International", "State Street Luxembourg", "SSBI"],
    "KPMG Luxembourg": ["KPMG", "KPMG Luxembourg S.A."],
    "CACEIS": ["CACEIS Bank", "CACEIS Bank, Luxembourg Branch", "CACEIS Luxembourg"],
    "DekaBank": ["Deka", "DekaBank Deutsche Girozentrale", "DekaBank Niederlassung Luxemburg",
                 "Deka Luxembourg"],
    "Carne Group": ["Carne", "Carne Global Financial Services", "Carne Global Fund Managers (Ireland)"],
    "FundRock": ["FundRock Management Company", "FundRock Management Company S.A.", "FundRock ManCo"],
    "Alter Domus": ["Alter Domus Luxembourg", "AD"],
    "Apex Group": ["Apex", "Apex Fund Services"],
    "BNP Paribas": ["BNP Paribas Securities Services", "BNP Paribas Luxembourg", "BNP"],
    "Northern Trust": ["Northern Trust Luxembourg", "Northern Trust Global Services SE", "NT"],
    "Deloitte Luxembourg": ["Deloitte", "Deloitte Tax & Consulting"],
    "EY Luxembourg": ["EY", "Ernst & Young", "Ernst & Young Luxembourg"],
    "PwC Luxembourg": ["PwC", "PricewaterhouseCoopers"],
    "J.P. Morgan": ["JPMorgan", "JP Morgan", "J.P. Morgan SE", "JPMorgan Chase"],
    "BNY": ["BNY Mellon", "The Bank of New York Mellon", "BNY Mellon Luxembourg"],
    "BlackRock": ["BlackRock Luxembourg", "BlackRock (Luxembourg) S.A."],
    "HSBC": ["HSBC Continental Europe", "HSBC Luxembourg"],
    "Société Générale Luxembourg": ["Société Générale", "SG Luxembourg", "SGBT", "Societe Generale"],
    "Banque de Luxembourg": ["BdL", "Banque de Luxembourg S.A."],
    "Spuerkeess": ["BCEE", "Banque et Caisse d'Epargne de l'Etat"],
    "BIL": ["Banque Internationale à Luxembourg", "Banque Internationale a Luxembourg"],
    "Quintet Private Bank": ["Quintet", "Quintet Private Bank (Europe) S.A."],
    "Edmond de Rothschild": ["Edmond de Rothschild Asset Management (Luxembourg)", "EdR"],
    "FundPartner Solutions": ["FundPartner Solutions (Europe) S.A.", "Pictet", "FPS"],
    "UBS Fund Management (Luxembourg)": ["UBS", "UBS Fund Management", "UBS Luxembourg"],
    "Amundi Luxembourg": ["Amundi", "Amundi Luxembourg S.A."],
    "Universal-Investment": ["Universal-Investment-Luxembourg S.A.", "Universal Investment", "UI"],
    "DZ PRIVATBANK": ["DZ Privatbank", "DZ PRIVATBANK S.A."],
    "Union Investment Luxembourg": ["Union Investment", "Union Investment Luxembourg S.A."],
    "IQ-EQ": ["IQEQ", "IQ-EQ Luxembourg"],
    "Aztec Group": ["Aztec", "Aztec Financial Services (Luxembourg) S.A."],
    "Vistra": ["Vistra Luxembourg", "Vistra Fund Services"],
    "Citco": ["Citco Fund Services", "Citco Fund Services (Luxembourg) S.A."],
    "CSC": ["CSC Luxembourg", "CSC Global Financial Markets", "Intertrust"],
    "Waystone": ["Waystone Management Company (Lux) S.A.", "Waystone ManCo"],
    "Lemanik": ["Lemanik Asset Management", "Lemanik Asset Management S.A."],
    "Arendt": ["Arendt Services", "Arendt Services S.A."],
    "Fidelity International": ["Fidelity", "FIL", "FIL (Luxembourg) S.A."],
    "Allfunds": ["Allfunds Bank", "Allfunds Bank S.A.U."],
    "Nordea Investment Funds": ["Nordea", "Nordea Investment Funds S.A."],
    "Schroders": ["Schroder Investment Management (Europe) S.A.", "Schroder Investment Management"],
    "Oberon Fund Services": ["Oberon", "Oberon FS"],
    "Ardian": ["Ardian Luxembourg", "Ardian Investment Luxembourg"],
    "Degroof Petercam": ["Banque Degroof Petercam Luxembourg", "Degroof Petercam Luxembourg",
                         "Banque Degroof Petercam"],
}


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out) if len(out) > 1 else out[0]


def render(ev: dict) -> bytes:
    lines = ev["ics"].strip("\n").split("\n")
    if ev.get("fold", True):
        lines = [fold(ln) for ln in lines]
        text = "\r\n".join(lines)
    else:
        text = "\r\n".join(lines)
    if not ev.get("crlf", True):
        text = text.replace("\r\n", "\n")
    nl = "\r\n" if ev.get("crlf", True) else "\n"
    return (text + nl).encode("utf-8")


def fail(msg: str) -> None:
    raise SystemExit(f"make_event_corpus_holdout203: BAD LABEL: {msg}")


def check(ev: dict, name: str, data: bytes) -> None:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as exc:
        fail(f"{name}: does not parse: {exc}")
    uids = {str(c.get("UID")) for c in cal.walk("VEVENT")}
    if not uids:
        fail(f"{name}: no VEVENT")
    if ev["uid"] not in uids:
        fail(f"{name}: uid {ev['uid']!r} not in file ({sorted(uids)})")
    if not KEBAB.match(ev["kind"]) or ev["kind"].count("-") > 2:
        fail(f"{name}: kind {ev['kind']!r}")
    if not KEBAB.match(ev["trap"]):
        fail(f"{name}: trap {ev['trap']!r} not kebab-case")
    if ev["iv"] not in (0, 1):
        fail(f"{name}: iv {ev['iv']!r}")
    if ev.get("hiring"):
        if ev["iv"] or not ev["trap"].startswith("user-as-interviewer-"):
            fail(f"{name}: hiring-side event needs iv=0 and trap user-as-interviewer-*")
    elif ev["trap"].startswith("user-as-interviewer-"):
        fail(f"{name}: trap says hiring side but hiring flag not set")
    if ev["iv"] == 1:
        if not ev["company"] or ev["company"] not in FORMS:
            fail(f"{name}: company {ev['company']!r} missing or lacks a FORMS entry")
        if ev["stage"] not in STAGES:
            fail(f"{name}: stage {ev['stage']!r}")
        low = data.decode("utf-8").lower().replace("\r\n ", "").replace("\n ", "")
        for who in filter(None, ev["who"].split(";")):
            if who != who.strip():
                fail(f"{name}: interviewer {who!r} has spaces around it")
            if "@" in who:
                if who != who.lower() or who in USER_ADDRS or "noreply" in who or "no-reply" in who:
                    fail(f"{name}: interviewer {who!r}")
                if who not in low:
                    fail(f"{name}: interviewer {who!r} not in the file")
            elif who.lower() not in low:
                fail(f"{name}: interviewer name {who!r} not in the file")
    else:
        if ev["company"] or ev["role"] or ev["stage"] or ev["who"]:
            fail(f"{name}: negative with company/role/stage/interviewers")


def replace_rows(path: Path, col: int, rows: list[list[str]]) -> None:
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    header, body = lines[0], lines[1:]
    kept = []
    for ln in body:
        fields = next(csv.reader([ln]), [])
        if len(fields) > col and fields[col] == SPLIT:
            continue
        kept.append(ln)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    new = header + "".join(kept) + buf.getvalue()
    tmp = path.with_name(path.name + ".tmp-holdout203")
    tmp.write_bytes(new.encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    events = [ev for m in MODULES for ev in m.EVENTS]
    uids = [ev["uid"] for ev in events]
    dup = {u for u in uids if uids.count(u) > 1}
    if dup:
        fail(f"duplicate label uids: {sorted(dup)}")
    order = list(range(len(events)))
    random.Random(SEED).shuffle(order)

    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()

    label_rows, companies = [], []
    for num, idx in enumerate(order, start=1):
        ev = events[idx]
        name = f"{SPLIT}-{num:03d}-{ev['kind']}.ics"
        data = render(ev)
        check(ev, name, data)
        (EVENTS_DIR / name).write_bytes(data)
        label_rows.append([name, ev["uid"], str(ev["iv"]), ev["company"], ev["role"],
                           ev["stage"], ev["who"], SPLIT, ev["trap"]])
        if ev["iv"] and ev["company"] not in companies:
            companies.append(ev["company"])

    forms_rows = [[SPLIT, c, "|".join(FORMS[c])] for c in sorted(companies)]
    replace_rows(LABELS, 7, label_rows)
    replace_rows(FORMS_CSV, 0, forms_rows)

    n_iv = sum(ev["iv"] for ev in events)
    n_hire = sum(1 for ev in events if ev.get("hiring"))
    print(f"{SPLIT}: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
          f"{n_hire} with the user on the hiring side, {len(companies)} employers")


if __name__ == "__main__":
    main()
