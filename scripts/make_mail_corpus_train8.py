"""Write the train8 split of the mail corpus: t8-NNNN-<label>-<lang>.eml plus its labels.csv / entities.csv rows.

Usage: .venv/bin/python scripts/make_mail_corpus_train8.py [--list-dates]
Deterministic for the seed; re-reads the CSVs right before writing, replaces only the t8- rows, writes atomically.
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
import unicodedata
from collections import Counter
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train8_bank_de
import train8_bank_en
import train8_bank_es
import train8_bank_fr
import train8_dates as dates
import train8_mime as mime
import train8_world as world

SEED = 80826
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
PREFIX = "t8-"
SPLIT = "train8"
LABELS = {"rejection": 108, "offer": 72, "next_step": 63, "pending": 63, "acknowledgement": 54, "auto_reply": 27,
          "other": 63}
LANGS = {"en": 203, "de": 83, "fr": 82, "es": 82}
# Share of messages (with a {P} slot) that carry a dated promise, then a vague one.
DATED = {"pending": 0.68, "acknowledgement": 0.55, "next_step": 0.35, "rejection": 0.25}
VAGUE_SHARE = 0.2
FEEDBACK = {"en": "I'll send you the panel's written feedback {when}.",
            "de": "Das schriftliche Feedback schicken wir Ihnen {when}.",
            "fr": "Je vous envoie le retour écrit du jury {when}.",
            "es": "Te enviaremos el feedback por escrito {when}."}
TZ = {"de": "Europe/Berlin", "es": "Europe/Madrid", "fr": "Europe/Paris", "en": "Europe/Dublin"}
AGENCIES = [("Northgate Talent", "northgate-talent.com"), ("Rhein-Main Life Science Partners", "rmls-partners.de"),
            ("Côte Hospitality Search", "cote-search.fr"), ("Talento Norte", "talentonorte.es")]
BOARDS = [("JobRadar Alerts", "alerts@jobradar-mail.example"), ("CareerPost Digest", "digest@careerpost.example"),
          ("Stellenwerk Jobmail", "jobmail@stellenwerk.example")]
ALT = re.compile(r"\[\[([^\[\]]*)\]\]")


class Template:
    """One whole-message template parsed from a bank."""

    def __init__(self, lang: str, header: str, body: str) -> None:
        meta, self.subject = (part.strip() for part in header.split("|", 1))
        self.label, self.trap, self.sender = meta.split()
        self.lang = lang
        self.body = body.strip()


def parse_banks() -> dict[tuple[str, str], list[Template]]:
    """Given the four bank modules, returns their templates grouped by (language, label)."""
    out: dict[tuple[str, str], list[Template]] = {}
    for lang, bank in (("en", train8_bank_en.BANK), ("de", train8_bank_de.BANK), ("fr", train8_bank_fr.BANK),
                       ("es", train8_bank_es.BANK)):
        for chunk in bank.split("\n@@ ")[1:]:
            header, body = chunk.split("\n", 1)
            tpl = Template(lang, header, body)
            out.setdefault((lang, tpl.label), []).append(tpl)
    return out


def expand(rng: random.Random, text: str) -> str:
    """Given a generator and template text, returns it with each [[a|b]] replaced by one alternative."""
    return ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def ascii_local(name: str) -> str:
    """Given a person's name, returns an e-mail local part (first.last, accents dropped)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    parts = plain.lower().replace("'", "").split()
    return f"{parts[0]}.{parts[-1]}"


def slip(rng: random.Random, text: str, keep: set[str]) -> str:
    """Given text and words to keep, returns it with two letters swapped in one long word (a typing slip)."""
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{7,}", text) if m.group(0) not in keep]
    if not words:
        return text
    m = rng.choice(words)
    word = m.group(0)
    i = rng.randrange(1, len(word) - 2)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return text[:m.start()] + swapped + text[m.end():]


def sent_at(rng: random.Random, lang: str) -> datetime:
    """Given a generator and language, returns a timezone-aware weekday send time in 2026 (Feb to mid-Nov)."""
    while True:
        day = date(2026, 2, 2) + timedelta(days=rng.randrange(0, 285))
        if day.weekday() < 5:
            break
    return datetime.combine(day, time(rng.randint(7, 19), rng.randrange(60)), tzinfo=ZoneInfo(TZ[lang]))


def make_one(rng: random.Random, index: int, tpl: Template) -> tuple[bytes, dict[str, str], dict[str, str]]:
    """Given a generator, the message number and a template, returns the .eml bytes, its label row and entity row."""
    lang, label = tpl.lang, tpl.label
    user = world.pick_user(rng, lang)
    company, domain = rng.choice(user.companies)
    role = rng.choice(user.roles)
    when = sent_at(rng, lang)
    local_day = when.date()
    person = rng.choice(world.PEOPLE[lang])
    ats = rng.choice(world.ATS)
    decision: date | None = None
    promise = ""
    if "{P}" in tpl.body:
        roll = rng.random()
        if roll < DATED.get(label, 0.0):
            if label == "rejection":
                phrase, decision = dates.make_when(rng, lang, local_day)
                promise = FEEDBACK[lang].format(when=phrase)
            else:
                promise, decision = dates.make_promise(rng, lang, local_day)
        elif roll < DATED.get(label, 0.0) + VAGUE_SHARE:
            promise = dates.make_vague(rng, lang)
    nd = dates.fmt_explicit(lang, local_day + timedelta(days=rng.randint(5, 30)))
    wd = dates.WEEKDAYS[lang][rng.randrange(5)]
    fill = {"first": user.first, "company": company, "role": role, "nd": nd, "wd": wd, "domain": domain, "P": "\x00"}
    body = expand(rng, tpl.body).format(**fill)
    subject = expand(rng, tpl.subject).format(**fill)
    kind = tpl.sender
    people_mail = kind in ("hr", "recruiter", "manager", "founder", "agency", "colleague")
    if people_mail and rng.random() < 0.25:
        body = slip(rng, body, {company, role, user.first, wd, nd} | set(company.split()) | set(role.split()))
    body = body.replace("\x00", promise).replace("  ", " ").strip()
    reply_to: tuple[str, str] | None = None
    forward_from: tuple[str, str] | None = None
    if kind == "ats":
        sender = (rng.choice([f"{company} via {ats}", ats, f"{company} Careers"]),
                  f"no-reply@{ats.lower().replace(' ', '')}.mail.example")
        if rng.random() < 0.6:
            reply_to = (person, f"{ascii_local(person)}@{domain}")
    elif kind == "noreply":
        sender = (f"{company} Recruiting", f"noreply@{domain}")
    elif kind == "board":
        sender = rng.choice(BOARDS)
    elif kind == "agency":
        agency = rng.choice(AGENCIES)
        sender = (person, f"{ascii_local(person)}@{agency[1]}")
        company = agency[0] if label == "other" else company
    else:
        sender = (person, f"{ascii_local(person)}@{domain}")
    bare = kind in ("ats", "noreply", "board") or tpl.trap == "short_mobile"
    bare = bare or (kind == "founder" and rng.random() < 0.6)
    if not bare:
        greet = rng.choice(world.GREET[lang]).format(first=user.first, full=user.name)
        sign = rng.choice(world.SIGNOFF[lang]) + "\n" + world.signature(rng, lang, person, company, domain)
        body = f"{greet}\n\n{body}\n\n{sign}"
    elif kind == "founder":
        body = f"{body}\n\n{person.split()[0]}"
    layout = choose_layout(rng, tpl, kind, decision)
    if layout == "fwd":
        forward_from = sender
        recruiter = rng.choice(AGENCIES)
        sender = (rng.choice(world.PEOPLE[lang]), f"talent@{recruiter[1]}")
    msg, name = mime.build(rng, lang=lang, body=body, subject=subject, sender=sender, to=(user.name, user.addr),
                           when=when, company=company, role=role, ats=ats, layout=layout, reply_to=reply_to,
                           forward_from=forward_from, long_thread=tpl.trap == "thread_decision")
    fname = f"{PREFIX}{index:04d}-{label}-{lang}.eml"
    lab = {"file": fname, "label": label, "decision_date": decision.isoformat() if decision else "", "split": SPLIT,
           "trap": tpl.trap}
    ent = {"file": fname, "lang": lang, "company": company, "role": role if label != "other" else "", "layout": name}
    return msg.as_bytes(), lab, ent


def choose_layout(rng: random.Random, tpl: Template, kind: str, decision: date | None) -> str:
    """Given a template, sender kind and decision day, returns a layout kind fitting who writes it."""
    if tpl.trap == "thread_decision":
        return rng.choice(["reply_gmail", "reply_outlook"])
    if tpl.trap == "short_mobile" or kind == "founder":
        return rng.choice(["reply_apple", "plain", "reply_apple"])
    if kind == "ats":
        return rng.choice(["ats_html", "ats_html", "alternative", "plain"])
    if kind in ("board", "noreply"):
        return rng.choice(["html_only", "alternative", "plain"])
    if kind in ("ooo", "colleague"):
        return rng.choice(["plain", "alternative"])
    options = ["plain", "plain", "plain", "alternative", "html_only", "reply_gmail", "reply_outlook", "reply_apple"]
    if decision is None and kind in ("hr", "manager") and tpl.label not in ("other", "auto_reply"):
        options.append("fwd")
    return rng.choice(options)


def replace_rows(path: Path, rows: list[dict[str, str]], fields: list[str]) -> None:
    """Given a CSV path, this split's rows and the header, rewrites the file keeping every other line byte for byte."""
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    kept = [line for line in lines if not line.startswith(PREFIX)]
    if kept and not kept[-1].endswith(("\n", "\r")):
        kept[-1] += eol
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator=eol)
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".train8-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write("".join(kept) + buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    """Given the command line, writes the split's files and rows and prints the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--list-dates", action="store_true", help="print each message's decision date")
    args = parser.parse_args()
    rng = random.Random(SEED)
    banks = parse_banks()
    labels = [lab for lab, n in LABELS.items() for _ in range(n)]
    langs = [lang for lang, n in LANGS.items() for _ in range(n)]
    rng.shuffle(labels)
    rng.shuffle(langs)
    cursors: Counter[tuple[str, str]] = Counter()
    pools: dict[tuple[str, str], list[Template]] = {}
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    lab_rows, ent_rows = [], []
    for index, (label, lang) in enumerate(zip(labels, langs, strict=True), start=1):
        key = (lang, label)
        if cursors[key] % len(banks[key]) == 0:
            pools[key] = rng.sample(banks[key], len(banks[key]))
        tpl = pools[key][cursors[key] % len(banks[key])]
        cursors[key] += 1
        data, lab, ent = make_one(rng, index, tpl)
        (CORPUS / lab["file"]).write_bytes(data)
        lab_rows.append(lab)
        ent_rows.append(ent)
        if args.list_dates and lab["decision_date"]:
            print(lab["file"], lab["decision_date"])
    replace_rows(CORPUS / "labels.csv", lab_rows, ["file", "label", "decision_date", "split", "trap"])
    replace_rows(CORPUS / "entities.csv", ent_rows, ["file", "lang", "company", "role", "layout"])
    print(f"{len(lab_rows)} messages;", dict(Counter(r["label"] for r in lab_rows)))
    print(dict(Counter(r["lang"] for r in ent_rows)), "dated:", sum(1 for r in lab_rows if r["decision_date"]))


if __name__ == "__main__":
    main()
