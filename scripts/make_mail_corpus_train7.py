"""Writes the train7 mail split: ~450 synthetic employer mails (t7-NNNN-<label>-<lang>.eml) for training.

Given nothing (or --list-dates), fills the whole-message templates of scripts/train7_bank_*.py with people,
companies, roles, decision-date promises and non-dates, wraps each in a MIME layout, writes the files into
tests/corpus/mail/ and replaces only the train7 rows of labels.csv and entities.csv (atomically).
Deterministic for the seed. CC0 1.0 like the rest of the corpus.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train7_bank_de
import train7_bank_en
import train7_bank_es
import train7_bank_fr
import train7_people as ppl
from train7_fill import Template, parse_bank
from train7_layout import Built, build_message

SEED = 70727
SPLIT = "train7"
PREFIX = "t7-"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"

# Messages per label and language (EN ~45 %, DE/FR/ES ~18 % each; 450 in all).
PLAN = {
    "rejection": {"en": 48, "de": 20, "fr": 20, "es": 20},
    "offer": {"en": 32, "de": 13, "fr": 14, "es": 13},
    "next_step": {"en": 28, "de": 12, "fr": 11, "es": 12},
    "pending": {"en": 28, "de": 12, "fr": 12, "es": 11},
    "acknowledgement": {"en": 24, "de": 10, "fr": 10, "es": 10},
    "auto_reply": {"en": 12, "de": 5, "fr": 5, "es": 5},
    "other": {"en": 29, "de": 11, "fr": 11, "es": 12},
}


# English templates that speak of analytics work go to the data analyst.
ANALYST = re.compile(r"SQL|insurance|dashboard|data model|analytic|analyst|churn|pricing|modelling|forecast|Data jobs")

BANKS = {"en": parse_bank(train7_bank_en.BANK, "en"), "de": parse_bank(train7_bank_de.BANK, "de"),
         "fr": parse_bank(train7_bank_fr.BANK, "fr"), "es": parse_bank(train7_bank_es.BANK, "es")}


def pick_user(rng: random.Random, lang: str) -> str:
    """Given a language, returns the key of the user who receives the mail."""
    if lang == "en":
        return rng.choices(["priya", "lukas", "camille", "diego"], [55, 15, 15, 15])[0]
    return {"de": "lukas", "fr": "camille", "es": "diego"}[lang]


def pick_sent(rng: random.Random, tz: str, any_day: bool) -> datetime:
    """Given a time zone, returns a local send time on a weekday (any day for auto-replies) in autumn 2026."""
    while True:
        day = date(2026, 9, 14) + timedelta(days=rng.randint(0, 88))
        if any_day or day.weekday() < 5:
            break
    hour = rng.choices(range(6, 23), [1, 4, 8, 10, 10, 9, 8, 9, 10, 9, 7, 5, 3, 2, 2, 1, 1])[0]
    return datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=ZoneInfo(tz))


def main() -> None:
    """Given the command line, writes the split's files and CSV rows (or lists the dated promises)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list-dates", action="store_true", help="print each dated promise with its day")
    args = parser.parse_args()
    rng = random.Random(SEED)
    slots = [(label, lang) for label, per in PLAN.items() for lang, n in per.items() for _ in range(n)]
    rng.shuffle(slots)
    cycles: dict[tuple[str, str], list[Template]] = {}
    built: list[Built] = []
    for number, (label, lang) in enumerate(slots, start=1):
        key = (label, lang)
        if not cycles.get(key):
            cycles[key] = [t for t in BANKS[lang] if t.label == label]
            rng.shuffle(cycles[key])
        template = cycles[key].pop()
        built.append(build_message(rng, number, template, fill_context(rng, template)))
    write_all(built, args.list_dates)


def fill_context(rng: random.Random, t: Template) -> dict[str, object]:
    """Given a template, returns the random choices (user, company, role, time, slot date) for one message."""
    user_key = pick_user(rng, t.lang)
    if t.lang == "en" and ANALYST.search(t.body):
        user_key = "priya"
    user = ppl.USERS[user_key]
    co, domain = rng.choice(ppl.COMPANIES[user_key])
    roles = user.roles.get(t.lang, user.roles["en"])
    sent = pick_sent(rng, user.tz, t.label == "auto_reply")
    slot = sent.date() + timedelta(days=rng.randint(3, 12))
    while slot.weekday() >= 5:
        slot += timedelta(days=1)
    return {"user_key": user_key, "co": co, "domain": domain, "role": rng.choice(roles), "sent": sent, "slot": slot}


def write_all(built: list[Built], list_dates: bool) -> None:
    """Given the built messages, writes the .eml files and replaces this split's CSV rows atomically."""
    if list_dates:
        for b in built:
            if b.decision:
                print(f"{b.name}\t{b.sent}\t{b.decision}\t{b.promise}")
        return
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    for b in built:
        (CORPUS / b.name).write_bytes(b.data)
    replace_rows(CORPUS / "labels.csv",
                 [[b.name, b.label, b.decision.isoformat() if b.decision else "", SPLIT, b.trap] for b in built])
    replace_rows(CORPUS / "entities.csv", [[b.name, b.lang, b.company, b.role, b.layout] for b in built])
    print(f"wrote {len(built)} messages")
    print("labels:", dict(Counter(b.label for b in built)))
    print("langs:", dict(Counter(b.lang for b in built)))


def replace_rows(path: Path, rows: list[list[str]]) -> None:
    """Given a CSV path and this split's rows, re-reads the file, swaps in the rows and renames a temp file over it."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [lines[0]] + [line for line in lines[1:] if not line.startswith(PREFIX) and line.strip()]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text("".join(kept) + buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
