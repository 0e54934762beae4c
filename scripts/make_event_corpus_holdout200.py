"""Generate the blind holdout200 calendar-event corpus (CC0 1.0).

Writes tests/corpus/events/holdout200-NNN-<kind>.ics from the hand-written iCalendar text in
scripts/holdout200ev_*.py and replaces only the split=holdout200 rows of labels.csv and company_forms.csv.
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

SPLIT = "holdout200"
ROOT = Path(__file__).resolve().parent.parent
EVENTS_DIR = ROOT / "tests" / "corpus" / "events"
LABELS = EVENTS_DIR / "labels.csv"
FORMS_CSV = EVENTS_DIR / "company_forms.csv"
MODULES = [f"holdout200ev_{c}" for c in "abcdefghij"]
STAGES = {"", "recruiter_screen", "technical", "onsite", "final", "hiring_manager"}
SEED = 200_2029

FORMS: dict[str, list[str]] = {
    "Bank Julius Bär": ["Julius Bär", "Julius Baer", "Bank Julius Baer", "Bank Julius Bär & Co. AG", "JB"],
    "Pictet": ["Banque Pictet & Cie SA", "Banque Pictet", "Pictet & Cie", "Pictet Wealth Management"],
    "Bank of Singapore": ["Bank of Singapore Limited", "BoS"],
    "Quintet Private Bank": ["Quintet Private Bank (Europe) S.A.", "Quintet", "Quintet Luxembourg"],
    "Vontobel": ["Bank Vontobel AG", "Bank Vontobel", "Vontobel Wealth Management"],
    "UBS": ["UBS Switzerland AG", "UBS AG", "UBS Global Wealth Management"],
    "Reichmuth & Co": ["Reichmuth & Co Privatbankiers", "Reichmuth", "Reichmuth & Co."],
    "Union Bancaire Privée": ["UBP", "Union Bancaire Privée, UBP SA", "Union Bancaire Privee"],
    "Lombard Odier": ["Banque Lombard Odier & Cie SA", "Lombard Odier & Co", "LO"],
    "EFG": ["EFG Bank AG", "EFG Bank", "EFG International"],
    "Santander Private Banking": ["Santander", "Banco Santander International SA", "Santander International"],
    "Banca March": ["Banca March Luxembourg", "Banca March S.A."],
    "Edmond de Rothschild": ["Edmond de Rothschild (Suisse) S.A.", "EdR", "Banque Edmond de Rothschild"],
    "Rothschild & Co Bank": ["Rothschild & Co Bank AG", "Rothschild & Co", "Rothschild"],
    "Maerki Baumann": ["Maerki Baumann & Co. AG", "Maerki Baumann & Co."],
    "Rahn+Bodmer": ["Rahn+Bodmer Co.", "Rahn & Bodmer", "Rahn + Bodmer", "R+B"],
    "Bergos": ["Bergos AG", "Bergos Privatbank"],
    "Banca del Ceresio": ["Banca del Ceresio SA", "Ceresio"],
    "Cornèr Banca": ["Cornèr Banca SA", "Corner Banca", "Cornèr"],
    "Banque de Luxembourg": ["Banque de Luxembourg S.A.", "BdL"],
    "BIL": ["Banque Internationale à Luxembourg", "Banque Internationale a Luxembourg", "BIL Suisse"],
    "DBS Private Bank": ["DBS", "DBS Bank Ltd", "DBS Bank"],
    "Indosuez Wealth Management": ["Indosuez", "CA Indosuez", "CA Indosuez (Switzerland) SA"],
    "Zürcher Kantonalbank": ["ZKB", "Zuercher Kantonalbank", "Zürcher Kantonalbank Private Banking"],
    "Bordier & Cie": ["Bordier", "Banque Bordier", "Bordier & Cie SCmA"],
    "VP Bank": ["VP Bank (Schweiz) AG", "VP Bank AG"],
    "LLB": ["Liechtensteinische Landesbank", "Liechtensteinische Landesbank AG", "LLB AG"],
    "PKB Privatbank": ["PKB Privatbank SA", "PKB", "PKB Private Bank"],
    "Deutsche Bank (Suisse)": ["Deutsche Bank (Suisse) SA", "Deutsche Bank", "DB Suisse"],
    "HSBC Private Bank": ["HSBC Private Bank (Suisse) SA", "HSBC", "HSBC Private Banking"],
    "BCV": ["Banque Cantonale Vaudoise", "BCV Private Banking"],
    "Banque Syz": ["Syz", "Banque Syz SA", "Syz Private Banking"],
    "Mirabaud": ["Mirabaud & Cie SA", "Mirabaud & Cie", "Mirabaud Private Banking"],
    "Sihlquai Family Office": ["Sihlquai Family Office AG", "Sihlquai"],
    "Wolfsberg Vermögensverwaltung": ["Wolfsberg Vermögensverwaltung AG", "Wolfsberg", "Wolfsberg VV"],
    "Finmira": ["Finmira AG"],
    "Banque Heritage": ["Banque Heritage SA", "Heritage"],
    "Privatbank IHAG": ["Privatbank IHAG Zürich AG", "IHAG", "IHAG Privatbank"],
    "LGT Bank (Singapore)": ["LGT", "LGT Bank (Singapore) Ltd", "LGT Private Banking", "LGT Singapore"],
    "J. Safra Sarasin": ["Bank J. Safra Sarasin AG", "Bank J. Safra Sarasin", "Safra Sarasin"],
    "Aargauische Kantonalbank": ["AKB", "Aargauische Kantonalbank Private Banking"],
    "Dreyfus Söhne & Cie": ["Dreyfus Söhne & Cie AG, Banquiers", "Dreyfus Söhne", "Dreyfus"],
    "BCGE": ["Banque Cantonale de Genève", "Banque Cantonale de Geneve"],
    "Globalance Bank": ["Globalance Bank AG", "Globalance"],
}


def fail(msg: str) -> None:
    print(f"make_event_corpus_holdout200: {msg}", file=sys.stderr)
    raise SystemExit(1)


def load_events() -> list[dict[str, object]]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    events: list[dict[str, object]] = []
    for name in MODULES:
        events.extend(importlib.import_module(name).EVENTS)
    return events


def check(event: dict[str, object], text: str, fname: str) -> None:
    cal = icalendar.Calendar.from_ical(text)
    uids = {str(c.get("UID")) for c in cal.walk() if c.name in ("VEVENT", "VTODO")}
    uid = str(event["uid"])
    if uid not in uids:
        fail(f"{fname}: label UID {uid!r} not in file (has {sorted(uids)})")
    for comp in cal.walk("VEVENT"):
        if comp.get("DTSTART") is None:
            fail(f"{fname}: VEVENT without DTSTART")
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", str(event["kind"])):
        fail(f"{fname}: bad kind")
    trap = str(event["trap"])
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", trap):
        fail(f"{fname}: bad trap {trap!r}")
    if event["stage"] not in STAGES:
        fail(f"{fname}: bad stage {event['stage']!r}")
    if event["is_interview"] == 1:
        if not event["company"]:
            fail(f"{fname}: interview without company")
        if event["company"] not in FORMS:
            fail(f"{fname}: company {event['company']!r} has no FORMS entry")
        if trap.startswith("user-as-interviewer-"):
            fail(f"{fname}: interview labelled with a hiring-side trap")
        who = str(event["interviewers"])
        if "reto.baumgartner" in who or who != who.strip(";"):
            fail(f"{fname}: bad interviewers {who!r}")
    elif event["is_interview"] == 0:
        if any(event[k] for k in ("company", "role", "stage", "interviewers")):
            fail(f"{fname}: negative with company/role/stage/interviewers")
    else:
        fail(f"{fname}: is_interview must be 0 or 1")


def csv_line(row: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(row)
    return buf.getvalue()


def replace_rows(path: Path, split_col: int, new_lines: list[str]) -> None:
    old = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not old:
        fail(f"{path.name} is empty")
    kept = [old[0]]
    for line in old[1:]:
        fields = next(csv.reader([line]), [])
        if len(fields) > split_col and fields[split_col] == SPLIT:
            continue
        kept.append(line)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.writelines(kept + new_lines)
    os.replace(tmp, path)


def main() -> None:
    events = load_events()
    random.Random(SEED).shuffle(events)
    for old in EVENTS_DIR.glob(f"{SPLIT}-*.ics"):
        old.unlink()
    label_lines: list[str] = []
    companies: set[str] = set()
    n_iv = n_hiring = 0
    for i, event in enumerate(events, 1):
        fname = f"{SPLIT}-{i:03d}-{event['kind']}.ics"
        raw = str(event["ics"]).replace("\r\n", "\n").strip("\n") + "\n"
        text = raw.replace("\n", "\r\n")
        check(event, text, fname)
        (EVENTS_DIR / fname).write_bytes(text.encode("utf-8"))
        if event["is_interview"] == 1:
            n_iv += 1
            companies.add(str(event["company"]))
        if str(event["trap"]).startswith("user-as-interviewer-"):
            n_hiring += 1
        label_lines.append(
            csv_line(
                [
                    fname,
                    str(event["uid"]),
                    str(event["is_interview"]),
                    str(event["company"]),
                    str(event["role"]),
                    str(event["stage"]),
                    str(event["interviewers"]),
                    SPLIT,
                    str(event["trap"]),
                ]
            )
        )
    unused = set(FORMS) - companies
    if unused:
        fail(f"FORMS entries for companies without an interview: {sorted(unused)}")
    form_lines = [csv_line([SPLIT, c, "|".join(FORMS[c])]) for c in sorted(companies)]
    replace_rows(LABELS, 7, label_lines)
    replace_rows(FORMS_CSV, 0, form_lines)
    print(
        f"holdout200: {len(events)} events, {n_iv} interviews, {len(events) - n_iv} negatives, "
        f"{n_hiring} with the user on the hiring side, {len(companies)} employers"
    )


if __name__ == "__main__":
    main()
