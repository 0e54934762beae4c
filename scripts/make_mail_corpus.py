#!/usr/bin/env python3
"""Given the phrase banks in tests/corpus/mail/gen/{dev,holdout}.txt, writes the labelled mail corpus.

Each split has its own bank (phrasings, companies, people, roles, ATS platforms) so the holdout
measures mail the classifier was never tuned on. This script only assembles: headers, greeting,
body paragraphs, signature, layout (plain, HTML-only, multipart/alternative, quoted replies,
Outlook-style replies, charsets, broken MIME) and computes the expected decision date itself.

Usage: scripts/make_mail_corpus.py [--seed N]   (rewrites tests/corpus/mail/*.eml and labels.csv)
"""

from __future__ import annotations

import argparse
import calendar
import csv
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
LANGS = ("en", "de", "fr", "es")

# How many ordinary (non-trap) messages per label and split; traps come on top.
COUNTS = {
    "dev": {"rejection": 42, "offer": 24, "next_step": 36, "pending": 32, "acknowledgement": 34,
            "auto_reply": 20, "other": 20},
    "holdout": {"rejection": 19, "offer": 11, "next_step": 16, "pending": 14, "acknowledgement": 15,
                "auto_reply": 9, "other": 9},
}
PROMISE_RATE = {"pending": 0.75, "acknowledgement": 0.5, "next_step": 0.3}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
OFFSETS = [0, 60, 120, -300, -240, -480, -420, 330, 60, 60, 120, 0]
FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "gmx.de", "web.de", "orange.fr", "hotmail.es")


# ---------------------------------------------------------------- bank


def load_bank(path: Path) -> dict[str, list[str]]:
    """Given a bank file ([section] lines, one entry per line, '#' comments), returns sections."""
    bank: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = bank.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise SystemExit(f"{path}: entry before any section: {line[:40]}")
        current.append(line.replace("\\n", "\n"))
    return bank


# ---------------------------------------------------------------- dates (the generator's own resolver)


def _business_days(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _friday(day: date, weeks_ahead: int) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=4 + 7 * weeks_ahead)


def _next_weekday(day: date, wd: int) -> date:
    delta = (wd - day.weekday()) % 7
    return day + timedelta(days=delta or 7)


def render_date(lang: str, d: date, rng: random.Random) -> str:
    month = MONTHS[lang][d.month - 1]
    dayname = DAYS[lang][d.weekday()]
    styles: dict[str, list[str]] = {
        "en": [f"{month} {d.day}", f"{d.day} {month}", f"{dayname}, {month} {d.day}",
               f"{month} {d.day}, {d.year}", f"{dayname} {d.day} {month}"],
        "de": [f"{d.day}. {month}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{dayname}, den {d.day}. {month}",
               f"{d.day:02d}.{d.month:02d}."],
        "fr": [f"{d.day} {month}", f"{dayname} {d.day} {month}", f"{d.day} {month} {d.year}"],
        "es": [f"{d.day} de {month}", f"{dayname} {d.day} de {month}", f"{d.day} de {month} de {d.year}"],
    }
    return rng.choice(styles[lang])


def fill_when(code_phrase: str, lang: str, as_of: date, rng: random.Random) -> tuple[str, date]:
    """Given 'code|phrase' from a [when.*] section, returns the phrase filled in and its date."""
    code, phrase = code_phrase.split("|", 1)
    kind, _, arg = code.partition(":")
    result: date
    if kind == "wd":
        wd = rng.randrange(0, 5)
        result = _next_weekday(as_of, wd)
        phrase = phrase.replace("{day}", DAYS[lang][wd])
    elif kind == "nwd":
        wd = rng.randrange(0, 5)
        result = as_of - timedelta(days=as_of.weekday()) + timedelta(days=7 + wd)
        phrase = phrase.replace("{day}", DAYS[lang][wd])
    elif kind == "eow":
        result = _friday(as_of, 0)
    elif kind == "eonw":
        result = _friday(as_of, 1)
    elif kind == "bd":
        result = _business_days(as_of, int(arg))
    elif kind == "d":
        result = as_of + timedelta(days=int(arg))
    elif kind == "w":
        result = as_of + timedelta(days=7 * int(arg))
    elif kind == "eom":
        result = _end_of_month(as_of)
    elif kind == "eomon":
        first_next = _end_of_month(as_of) + timedelta(days=1)
        target = rng.choice([as_of, first_next]) if as_of.day < 20 else first_next
        result = _end_of_month(target)
        phrase = phrase.replace("{month}", MONTHS[lang][target.month - 1])
    elif kind == "date":
        result = as_of + timedelta(days=rng.randrange(3, 26))
        if result.weekday() >= 5:
            result += timedelta(days=7 - result.weekday())
        phrase = phrase.replace("{date}", render_date(lang, result, rng))
    else:
        raise SystemExit(f"unknown when code {code}")
    return phrase, result


def fill_nondate(text: str, lang: str, as_of: date, rng: random.Random) -> str:
    """Given a sentence with a deadline that is not a decision date, fills {date}/{day}."""
    later = as_of + timedelta(days=rng.randrange(3, 12))
    return text.replace("{date}", render_date(lang, later, rng)).replace(
        "{day}", DAYS[lang][rng.randrange(0, 5)])


# ---------------------------------------------------------------- samples


@dataclass
class Sample:
    split: str
    label: str
    lang: str
    trap: str
    subject: str
    body: str
    sent: datetime
    decision: date | None
    company: str
    role: str
    sender: str
    reply_to: str | None
    candidate: str
    extra_headers: dict[str, str] = field(default_factory=dict)
    quoted: str = ""
    layout: str = "plain"
    charset: str = "utf-8"


@dataclass
class World:
    """Who and what one split's mail talks about, drawn from that split's bank."""

    bank: dict[str, list[str]]
    rng: random.Random

    def pick(self, section: str) -> str:
        return self.rng.choice(self.bank[section])

    def has(self, section: str) -> bool:
        return bool(self.bank.get(section))

    def section(self, base: str, lang: str) -> str:
        """Given 'core.rejection' and a language, returns the existing section name for it."""
        return f"{base}.{lang}"


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower())


def _moment(rng: random.Random) -> datetime:
    start = datetime(2024, 1, 8, tzinfo=UTC)
    for _ in range(50):
        day = start + timedelta(days=rng.randrange(0, 700))
        if day.weekday() < 5:
            break
    offset = timedelta(minutes=rng.choice(OFFSETS))
    local = day.replace(hour=rng.randrange(7, 19), minute=rng.randrange(0, 60), second=rng.randrange(0, 60))
    return local.replace(tzinfo=timezone(offset))


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def build_sample(world: World, split: str, label: str, lang: str, trap: str, core: str) -> Sample:
    """Given a label, language and core paragraph (optionally 'subject||body'), returns a message."""
    rng = world.rng
    name, domain = world.pick("companies").split("|")
    role = world.pick(f"roles.{lang}") if world.has(f"roles.{lang}") else world.pick("roles.en")
    r_first, r_last = world.pick(f"people.{lang}").split()
    c_first, c_last = world.pick("candidates").split()
    sent = _moment(rng)
    as_of = sent.date()
    values = {"company": name, "role": role, "first": c_first, "recruiter": f"{r_first} {r_last}",
              "rfirst": r_first, "team": name}
    subject_line = ""
    if "||" in core:
        subject_line, core = core.split("||", 1)
    decision: date | None = None
    paragraphs: list[str] = []
    greeting = _fill(world.pick(f"greet.{lang}"), values)
    auto = label == "auto_reply"
    alert = trap in {"job_alert", "newsletter_regret", "newsletter_offer"}
    if not auto and not alert:
        paragraphs.append(greeting)
        opener = f"open.{label}.{lang}"
        if world.has(opener) and rng.random() < 0.7 and trap not in {"interviewer", "withdrawal"}:
            paragraphs.append(world.pick(opener))
    paragraphs.append(core)
    extra = f"extra.{label}.{lang}"
    if world.has(extra) and rng.random() < 0.4 and not trap:
        paragraphs.append(world.pick(extra))
    if label in PROMISE_RATE and rng.random() < PROMISE_RATE[label] and world.has(f"promise.{lang}"):
        when, decision = fill_when(world.pick(f"when.{lang}"), lang, as_of, rng)
        paragraphs.append(world.pick(f"promise.{lang}").replace("{when}", when))
    nondate = f"nondate.{label}.{lang}"
    if world.has(nondate) and rng.random() < 0.6:
        paragraphs.append(fill_nondate(world.pick(nondate), lang, as_of, rng))
    if not auto and not alert:
        paragraphs.append(world.pick(f"close.{lang}"))
    body = fill_nondate(_fill("\n\n".join(paragraphs), values), lang, as_of, rng)

    ats_mode = rng.random() < 0.45 and not auto and trap != "interviewer"
    free_mail = not ats_mode and rng.random() < 0.1 and not alert
    r_addr = f"{_ascii_slug(r_first)}.{_ascii_slug(r_last)}@{domain}"
    reply_to: str | None = None
    ats_footer = ""
    if alert:
        sender = f"{name} Careers <jobs-noreply@{domain}>"
        if rng.random() < 0.5 and world.has("ats"):
            brand, ats_domain = world.pick("ats").split("|")
            sender = f"{brand} Job Alerts <alerts@{ats_domain}>"
    elif ats_mode and world.has("ats"):
        brand, ats_domain = world.pick("ats").split("|")
        style = rng.randrange(3)
        sender = [f"{name} <no-reply@{ats_domain}>", f"{brand} <notifications@{ats_domain}>",
                  f"{r_first} {r_last} at {name} <{_ascii_slug(name)}@{ats_domain}>"][style]
        reply_to = r_addr if rng.random() < 0.7 else None
        ats_footer = _fill(world.pick("ats_footer"), {"brand": brand, "company": name})
    elif free_mail:
        sender = f"{r_first} {r_last} <{_ascii_slug(r_first)}{_ascii_slug(r_last)}{rng.randrange(10, 99)}"
        sender += f"@{rng.choice(FREE_MAIL)}>"
    else:
        sender = f"{r_first} {r_last} <{r_addr}>"
    signature = ""
    if not auto and not alert:
        sig_lines = [world.pick(f"signoff.{lang}"), f"{r_first} {r_last}"]
        title = world.pick(f"titles.{lang}") if world.has(f"titles.{lang}") else ""
        style = rng.randrange(4)
        if style == 0:
            sig_lines += [f"{title} | {name}"]
        elif style == 1:
            phone = f"+{rng.randrange(1, 49)} {rng.randrange(100, 999)} {rng.randrange(1000000, 9999999)}"
            sig_lines += [title, name, phone]
        elif style == 2:
            sig_lines = [*sig_lines[:1], "", "-- ", f"{r_first} {r_last}", title, f"{name} · www.{domain}"]
        else:
            sig_lines += [f"{name} Talent Team"] if lang == "en" else [name]
        signature = "\n".join(line for line in sig_lines if line is not None)
    text = body + ("\n\n" + signature if signature else "")
    if ats_footer:
        text += "\n\n" + ats_footer
    if alert and world.has("alert_footer"):
        text += "\n\n" + _fill(world.pick("alert_footer"), {"company": name})

    subject = _fill(subject_line or world.pick(f"subject.{label}.{lang}"), values)
    headers: dict[str, str] = {}
    if auto:
        orig = _fill(world.pick("orig_subjects"), values)
        subject = subject.replace("{orig}", orig)
        kind = rng.randrange(4)
        if kind == 0:
            headers["Auto-Submitted"] = "auto-replied"
        elif kind == 1:
            headers["X-Autoreply"] = "yes"
            headers["Auto-Submitted"] = "auto-replied"
        elif kind == 2:
            headers["X-Auto-Response-Suppress"] = "All"
        sender = f"{r_first} {r_last} <{r_addr}>" if "noreply" not in trap else f"{name} <no-reply@{domain}>"
    if alert:
        headers["List-Unsubscribe"] = f"<https://{domain}/unsubscribe?u={rng.randrange(10**6)}>"
        headers["Precedence"] = "bulk"
    candidate = f"{_ascii_slug(c_first)}.{_ascii_slug(c_last)}@{rng.choice(FREE_MAIL)}"
    quoted = ""
    if not auto and not alert and rng.random() < 0.22 and world.has(f"quote.{lang}"):
        quoted = _fill(world.pick(f"quote.{lang}"), values)
        if not subject.lower().startswith(("re:", "aw:", "fwd:")):
            subject = ("AW: " if lang == "de" else "RE: " if rng.random() < 0.3 else "Re: ") + subject
    return Sample(split, label, lang, trap, subject, text, sent, decision, name, role, sender, reply_to,
                  f"{c_first} {c_last} <{candidate}>", headers, quoted)


# ---------------------------------------------------------------- rendering


def _quote_block(sample: Sample, style: str) -> str:
    sent = sample.sent - timedelta(days=3, hours=2)
    who = sample.candidate
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: {who}\nSent: {format_datetime(sent)}\n"
                f"To: {sample.sender}\nSubject: {sample.subject.split(':', 1)[-1].strip()}\n\n{sample.quoted}")
    intro = {
        "en": f"On {format_datetime(sent)}, {who} wrote:",
        "de": f"Am {sent:%d.%m.%Y} um {sent:%H:%M} schrieb {who}:",
        "fr": f"Le {sent:%d/%m/%Y} à {sent:%H:%M}, {who} a écrit :",
        "es": f"El {sent:%d/%m/%Y} a las {sent:%H:%M}, {who} escribió:",
    }[sample.lang]
    quoted = "\n".join("> " + line if line else ">" for line in sample.quoted.splitlines())
    return f"\n\n{intro}\n{quoted}\n"


def _to_html(text: str, quoted: str = "") -> str:
    import html

    paras = [p for p in text.split("\n\n") if p.strip()]
    parts = ["<html><head><style>p{margin:0 0 12px}</style></head><body>",
             "<div style=\"font-family:Arial,sans-serif;font-size:14px\">"]
    for para in paras:
        parts.append("<p>" + "<br>".join(html.escape(x) for x in para.splitlines()) + "</p>")
    parts.append("</div>")
    if quoted:
        parts.append("<div class=\"gmail_quote\"><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid\">")
        parts.append("<br>".join(html.escape(x) for x in quoted.splitlines()))
        parts.append("</blockquote></div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def render(sample: Sample, rng: random.Random) -> bytes:
    """Given a sample, returns RFC 5322 bytes in one of several layouts, charsets and encodings."""
    msg = EmailMessage()
    msg["From"] = sample.sender
    msg["To"] = sample.candidate
    msg["Subject"] = sample.subject
    msg["Date"] = format_datetime(sample.sent)
    msg["Message-ID"] = f"<{rng.getrandbits(64):016x}@mail.example>"
    if sample.reply_to:
        msg["Reply-To"] = sample.reply_to
    if sample.quoted:
        ref = f"<{rng.getrandbits(64):016x}@candidate.example>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for key, value in sample.extra_headers.items():
        msg[key] = value
    text = sample.body
    roll = rng.random()
    if sample.quoted:
        style = "outlook" if roll < 0.3 else "plain"
        if roll > 0.75:
            sample.layout = "html-quoted"
            msg.set_content(_to_html(text, sample.quoted), subtype="html")
            return msg.as_bytes()
        sample.layout = f"quoted-{style}"
        msg.set_content(text + _quote_block(sample, style), cte="quoted-printable")
        return msg.as_bytes()
    if roll < 0.3:
        sample.layout = "plain-8bit"
        msg.set_content(text, cte="8bit" if any(ord(c) > 127 for c in text) else "7bit")
    elif roll < 0.45:
        sample.layout = "html-only"
        msg.set_content(_to_html(text), subtype="html", cte="quoted-printable")
    elif roll < 0.7:
        sample.layout = "alternative"
        msg.set_content(text)
        msg.add_alternative(_to_html(text), subtype="html")
    elif roll < 0.85 and sample.lang != "en":
        charset = rng.choice(["iso-8859-1", "windows-1252", "iso-8859-15"])
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        sample.layout, sample.charset = "legacy-charset", charset
        msg.set_content(text.encode(charset), maintype="text", subtype="plain",
                        cte=rng.choice(["quoted-printable", "8bit"]), params={"charset": charset})
    else:
        sample.layout = "base64"
        msg.set_content(text, cte="base64")
    return msg.as_bytes()


def broken_messages(rng: random.Random, split: str) -> list[tuple[str, bytes, str]]:
    """Returns (label, bytes, trap) for hostile input: empty, garbage, cut-off multipart, wrong charset."""
    out: list[tuple[str, bytes, str]] = [("other", b"", "broken_empty")]
    garbage = bytes(rng.randrange(0, 256) for _ in range(3000))
    out.append(("other", garbage, "broken_garbage"))
    out.append(("other", b"From: \x00\xff\nSubject: =?utf-8?B?!!!?=\nContent-Type: multipart/mixed; "
                b"boundary=\"zz\"\n\n--zz\nContent-Type: text/plain; charset=unknown-8bit-xx\n\n\xff\xfe\x00\n",
                "broken_mime"))
    if split == "dev":
        out.append(("other", b"Subject: hi\nContent-Transfer-Encoding: base64\n\n%%%%not base64%%%%\n",
                    "broken_base64"))
    return out


# ---------------------------------------------------------------- driver


def generate(split: str, seed: int) -> list[tuple[str, bytes, Sample | None, str, str]]:
    """Given a split and seed, returns (name, bytes, sample, label, trap) for every message."""
    bank = load_bank(CORPUS / "gen" / f"{split}.txt")
    rng = random.Random(f"{split}-{seed}")
    world = World(bank, rng)
    samples: list[Sample] = []
    weights = [0.52, 0.16, 0.16, 0.16]
    for label, count in COUNTS[split].items():
        for _ in range(count):
            lang = rng.choices(LANGS, weights)[0]
            section = f"core.{label}.{lang}"
            if not world.has(section):
                lang, section = "en", f"core.{label}.en"
            samples.append(build_sample(world, split, label, lang, "", world.pick(section)))
    for name, entries in bank.items():
        if not name.startswith("trap "):
            continue
        _, trap, label, lang = name.split()
        for core in entries:
            samples.append(build_sample(world, split, label, lang, trap, core))
    out: list[tuple[str, bytes, Sample | None, str, str]] = []
    for index, sample in enumerate(samples):
        data = render(sample, rng)
        out.append((f"{split}-{index:04d}-{sample.label}-{sample.lang}.eml", data, sample, sample.label,
                    sample.trap))
    for index, (label, data, trap) in enumerate(broken_messages(rng, split)):
        out.append((f"{split}-b{index:03d}-{label}.eml", data, None, label, trap))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for old in CORPUS.glob("*.eml"):
        old.unlink()
    rows: list[dict[str, str]] = []
    entities: list[dict[str, str]] = []
    for split in ("dev", "holdout"):
        for name, data, sample, label, trap in generate(split, args.seed):
            (CORPUS / name).write_bytes(data)
            decision = sample.decision.isoformat() if sample and sample.decision else ""
            rows.append({"file": name, "label": label, "decision_date": decision, "split": split,
                         "trap": trap})
            if sample is not None:
                entities.append({"file": name, "lang": sample.lang, "company": sample.company,
                                 "role": sample.role, "layout": sample.layout})
    write_csv(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], rows)
    write_csv(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)
    print(f"wrote {len(rows)} messages to {CORPUS}")


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
