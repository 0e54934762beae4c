"""Write the blind `holdout5` split of the employer-mail corpus (files h5-*.eml, rows in labels/entities.csv).

Given tests/corpus/mail/gen/holdout5.txt (phrase banks: whole-message templates, promise sentences, disclaimers,
the candidate's quoted mail), writes ~220 .eml files built with the stdlib email package and replaces only the
`holdout5` rows of labels.csv and entities.csv. Deterministic for a seed. Decision dates come from the resolver
in this script, never from a classifier.
"""

from __future__ import annotations

import argparse
import csv
import html
import os
import random
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout5.txt"
SPLIT = "holdout5"
PREFIX = "h5-"

LABEL_COUNTS = {
    "rejection": 55,
    "offer": 29,
    "next_step": 33,
    "pending": 33,
    "acknowledgement": 29,
    "auto_reply": 15,
    "other": 26,
}
LANG_SHARE = {"en": 0.55, "de": 0.15, "fr": 0.15, "es": 0.15}
# Chance that a message of this label carries a dated promise (a vague one is added on top, see PROMISE_VAGUE).
PROMISE_RATE = {"rejection": 0.55, "next_step": 0.8, "pending": 0.62, "acknowledgement": 0.5}
PROMISE_VAGUE = 0.13

# ---------------------------------------------------------------- bank


@dataclass
class Template:
    label: str
    lang: str
    trap: str
    sender: str
    subjects: list[str] = field(default_factory=list)
    paras: list[str] = field(default_factory=list)


@dataclass
class Bank:
    templates: list[Template] = field(default_factory=list)
    lists: dict[tuple[str, ...], list[str]] = field(default_factory=dict)

    def items(self, *key: str) -> list[str]:
        """Given a section key ("companies", "en"), returns its lines; raises KeyError if the bank lacks it."""
        return self.lists[key]

    def pick(self, rng: random.Random, *key: str) -> str:
        """Given a section key, returns one of its lines at random."""
        return rng.choice(self.lists[key])

    def pair(self, rng: random.Random, *key: str) -> tuple[str, str]:
        """Given a section of 'a | b' (or 'First Last') lines, returns one line split in two."""
        line = self.pick(rng, *key)
        a, b = line.split(" | ") if " | " in line else line.split(" ", 1)
        return a, b


def load_bank(path: Path) -> Bank:
    """Given the bank file, returns its templates and named lists; raises ValueError on a malformed header."""
    bank = Bank()
    current: Template | list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            head = line[4:].split()
            if head[0] in LABEL_COUNTS:
                if len(head) != 4:
                    raise ValueError(f"bad template header: {line}")
                current = Template(head[0], head[1], "" if head[2] == "-" else head[2], head[3])
                bank.templates.append(current)
            else:
                current = bank.lists.setdefault(tuple(head), [])
            continue
        if isinstance(current, Template):
            if line.startswith("S: "):
                current.subjects.extend(s.strip() for s in line[3:].split(" | "))
            else:
                current.paras.append(line)
        elif current is not None:
            current.append(line)
    return bank


# ---------------------------------------------------------------- people, companies, platforms


def msgid(rng: random.Random, domain: str) -> str:
    """Given a domain, returns a Message-ID drawn from rng (make_msgid would break determinism)."""
    return f"<{rng.getrandbits(48):012x}.{rng.getrandbits(32):08x}@{domain}>"


def slug(company: str) -> str:
    """Given a company name, returns a plausible domain label."""
    plain = company.lower().translate(str.maketrans("äöüéèàíóúñç", "aoueeaiounc"))
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w and w not in {"gmbh", "ag", "sas", "group"}]
    return "-".join(words[:2])


def domain_for(company: str, lang: str) -> str:
    """Given a company and its language, returns its mail domain."""
    tld = {"en": "com", "de": "de", "fr": "fr", "es": "es"}[lang]
    return f"{slug(company)}.{tld}"


# ---------------------------------------------------------------- dates: words, formats, the resolver

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}


def next_weekday(d: date, weekday: int) -> date:
    """Given a date and a weekday (0 = Monday), returns the next such day after it (a week on if d is that day)."""
    return d + timedelta(days=(weekday - d.weekday()) % 7 or 7)


def add_business_days(d: date, n: int) -> date:
    """Given a date and n, returns the n-th Monday-to-Friday day after it."""
    cur = d
    while n:
        cur += timedelta(days=1)
        if cur.weekday() < 5:
            n -= 1
    return cur


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns the last day of that month."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def day_month(d: date, lang: str, weekday: bool = False) -> str:
    """Given a date, returns it as a person writes it in lang (optionally with the weekday)."""
    wd, mo = WEEKDAYS[lang][d.weekday()], MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{wd} {d.day} {mo}" if weekday else f"{d.day} {mo}"
    if lang == "de":
        return f"{wd}, {d.day}. {mo}" if weekday else f"{d.day}. {mo}"
    if lang == "fr":
        return f"{wd} {d.day} {mo}" if weekday else f"{d.day} {mo}"
    return f"{wd} {d.day} de {mo}" if weekday else f"{d.day} de {mo}"


NUMBER_WORDS = {
    "en": {2: "two", 3: "three", 5: "five", 7: "seven", 10: "ten"},
    "de": {2: "zwei", 3: "drei", 5: "fünf", 7: "sieben", 10: "zehn"},
    "fr": {2: "deux", 3: "trois", 5: "cinq", 7: "sept", 10: "dix"},
    "es": {2: "dos", 3: "tres", 5: "cinco", 7: "siete", 10: "diez"},
}


def when_phrase(
    rng: random.Random, bank: Bank, lang: str, sent: date, vague: bool, min_days: int = 0
) -> tuple[str, date | None]:
    """Given the message's local date, returns a promise phrase in lang and the date it resolves to (None if vague).

    With min_days the promise lands at least that far out (after any interview or due date the message names).
    """
    for _ in range(50):
        phrase, when = one_when(rng, bank, lang, sent, vague)
        if when is None or (when - sent).days >= min_days:
            return phrase, when
    raise ValueError(f"no promise {min_days} days after {sent}")


def one_when(rng: random.Random, bank: Bank, lang: str, sent: date, vague: bool) -> tuple[str, date | None]:
    """Given the message's local date, returns one random promise phrase and its resolved date (None if vague)."""
    if vague:
        return bank.pick(rng, "when", "vague", lang), None
    kinds = ["days", "bdays", "weekday", "weekday", "explicit", "explicit", "weeks", "month"]
    if sent.weekday() < 4:  # "this week" / "next week" read ambiguously from a Friday or a weekend
        kinds += ["eotw", "eotw", "eonw", "tomorrow"]
    if sent.day <= 22:
        kinds.append("eom")
    kind = rng.choice(kinds)
    text = bank.pick(rng, "when", kind, lang)
    if kind == "days":
        n = rng.choice([3, 5, 7, 10, 14])
        return text.format(n=n), sent + timedelta(days=n)
    if kind == "bdays":
        n = rng.choice([2, 3, 5, 10])
        shown = NUMBER_WORDS[lang][n] if rng.random() < 0.4 else str(n)
        return text.format(n=shown), add_business_days(sent, n)
    if kind == "weekday":
        wd = rng.choice([0, 1, 2, 3, 4, 4, 4])
        return text.format(wd=WEEKDAYS[lang][wd]), next_weekday(sent, wd)
    if kind == "eotw":
        return text, sent + timedelta(days=4 - sent.weekday())
    if kind == "eonw":
        return text, sent + timedelta(days=4 - sent.weekday() + 7)
    if kind == "eom":
        return text, month_end(sent.year, sent.month)
    if kind == "month":
        year, month = (sent.year, sent.month) if sent.day <= 20 else (sent.year + sent.month // 12, sent.month % 12 + 1)
        return text.format(month=MONTHS[lang][month - 1]), month_end(year, month)
    if kind == "explicit":
        target = sent + timedelta(days=rng.randint(3, 18))
        if target.weekday() > 4:  # nobody promises an answer for a Sunday
            target = next_weekday(target, 0)
        if lang == "de" and rng.random() < 0.4:
            return text.format(date=target.strftime("%d.%m.%Y")), target
        return text.format(date=day_month(target, lang, weekday=rng.random() < 0.5)), target
    if kind == "tomorrow":
        return text, sent + timedelta(days=1)
    n = 2
    return text.format(n=NUMBER_WORDS[lang][n]), sent + timedelta(days=7 * n)


def fixed_dates(rng: random.Random, lang: str, sent: date) -> dict[str, str]:
    """Given the message's local date, returns non-decision dates (interviews, deadlines, start, return) as written."""
    interview = sent + timedelta(days=rng.randint(2, 9))
    if interview.weekday() > 4:
        interview = next_weekday(interview, 0)
    hour = rng.choice([9, 10, 11, 14, 15, 16])
    en_clock = f"at {hour - 12}pm" if hour > 12 else f"at {hour}:{rng.choice(['00', '30'])}"
    clock = {"en": en_clock, "de": f"um {hour}:00 Uhr", "fr": f"à {hour}h", "es": f"a las {hour}:00"}[lang]
    deadline = sent + timedelta(days=rng.randint(5, 12))
    start = next_weekday(sent + timedelta(days=rng.randint(25, 60)), 0)
    back = sent + timedelta(days=rng.randint(3, 16))
    if back.weekday() > 4:
        back = next_weekday(back, 0)
    old = next_weekday(sent, rng.choice([0, 1, 2, 3, 4]))
    new = next_weekday(old + timedelta(days=rng.randint(1, 5)), rng.choice([0, 1, 2, 3, 4]))
    return {
        "old_day": day_month(old, lang, weekday=True),
        "new_day": day_month(new, lang, weekday=True),
        "date_interview": f"{day_month(interview, lang, weekday=True)} {clock}",
        "deadline": deadline.strftime("%d.%m.%Y") if lang == "de" else day_month(deadline, lang, weekday=lang == "en"),
        "due": day_month(sent + timedelta(days=rng.randint(4, 8)), lang, weekday=True),
        "start": day_month(start, lang, weekday=lang == "en") + ("" if lang == "en" else f" {start.year}"),
        "return": back.strftime("%d.%m.%Y") if lang == "de" else day_month(back, lang, weekday=lang == "en"),
    }


def sent_datetime(rng: random.Random) -> datetime:
    """Returns a random aware Date header between September 2026 and February 2027, mostly on working days."""
    day = date(2026, 9, 1) + timedelta(days=rng.randint(0, 178))
    if day.weekday() > 4 and rng.random() < 0.75:
        day -= timedelta(days=day.weekday() - 4)
    tz = timezone(timedelta(hours=rng.choice([0, 1, 1, 2, -5, -8])))
    return datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


# ---------------------------------------------------------------- text pieces

QUOTE_INTRO: dict[str, dict[str, str]] = {  # how each language's mail clients introduce quoted mail
    "gmail": {
        "en": "On {wd3}, {d} {mo3} {y} at {hm}, {who} wrote:",
        "de": "Am {wd3}., {d}. {mo3}. {y} um {hm} Uhr schrieb {who}:",
        "fr": "Le {wd3}. {d} {mo3}. {y} à {hm}, {who} a écrit :",
        "es": "El {wd3}, {d} {mo3} {y} a las {hm}, {who} escribió:",
    },
    "apple": {
        "en": "On {d} {mo3} {y}, at {hm}, {who} wrote:",
        "de": "Am {dd}.{mm}.{y} um {hm} schrieb {who}:",
        "fr": "Le {d} {mo3}. {y} à {hm}, {who} a écrit :",
        "es": "El {d} {mo3} {y}, a las {hm}, {who} escribió:",
    },
}
OUTLOOK_FIELDS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
    "es": ("De", "Enviado", "Para", "Asunto"),
}
FORWARD_LINE = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
PHONES = {
    "en": "+44 20 7946 0{n:03d}",
    "de": "+49 221 4710 {n:03d}",
    "fr": "+33 4 72 00 {n:03d}",
    "es": "+34 91 123 4{n:03d}",
}


def stamp(when: datetime, lang: str, style: str, who: str) -> str:
    """Given the quoted mail's time, returns its attribution line in a client's style and language."""
    fields: dict[str, object] = {
        "wd3": WEEKDAYS[lang][when.weekday()][:3],
        "d": when.day,
        "dd": f"{when.day:02d}",
        "mm": f"{when.month:02d}",
        "mo3": MONTHS[lang][when.month - 1][:3],
        "y": when.year,
        "hm": when.strftime("%H:%M"),
        "who": who,
    }
    return QUOTE_INTRO[style][lang].format(**fields)


DATE_WORDS = {w.lower() for names in (*WEEKDAYS.values(), *MONTHS.values()) for w in names}


def typo(rng: random.Random, text: str) -> str:
    """Given text, returns it with two letters swapped in one longer lowercase word (people make typos).

    Weekday and month names stay intact so that every written date still reads as the date it is labelled.
    """
    words = [m for m in re.finditer(r"\b[a-zäöüéèàíóú]{6,}\b", text) if m.group(0) not in DATE_WORDS]
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randint(1, len(w) - 3)
    return text[: m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + text[m.end() :]


def to_html(paras: list[str]) -> str:
    """Given paragraphs (lines starting '- ' are bullets), returns them as simple HTML blocks."""
    out: list[str] = []
    items: list[str] = []
    for p in [*paras, ""]:
        if p.startswith("- "):
            items.append(f"<li>{html.escape(p[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if p.startswith("[") and p.endswith("]"):
            out.append(
                f'<p><a href="https://example.invalid/s/{zlib.crc32(p.encode()) % 99991}" style="background:#2457d6;'
                f'color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">{html.escape(p[1:-1])}</a></p>'
            )
        elif p:
            out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def plain(paras: list[str]) -> str:
    """Given paragraphs, returns the plain-text body (bullets stay together)."""
    out: list[str] = []
    for p in paras:
        if out and p.startswith("- ") and out[-1].startswith("- "):
            out[-1] += "\n" + p
        else:
            out.append(p)
    return "\n\n".join(out) + "\n"


def ats_page(paras: list[str], company: str, ats: str, preheader: str, footer: list[str]) -> str:
    """Given the mail's paragraphs, returns a table-layout ATS HTML page with a hidden preheader and a footer."""
    foot = "".join(f'<p style="font-size:11px;color:#888">{html.escape(f)}</p>' for f in footer)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(company)}</title></head>'
        f'<body style="margin:0;background:#f4f4f6"><span style="display:none;max-height:0;overflow:hidden">'
        f'{html.escape(preheader)}</span><table role="presentation" width="100%"><tr><td align="center">'
        f'<table width="600" style="background:#fff;font-family:Arial,sans-serif"><tr><td style="padding:24px">'
        f'<img alt="{html.escape(company)}" src="https://example.invalid/logo.png" height="32"></td></tr>'
        f'<tr><td style="padding:0 24px 24px">{to_html(paras)}</td></tr><tr><td style="padding:12px 24px">{foot}'
        f'<p style="font-size:11px;color:#aaa">Powered by {html.escape(ats)}</p></td></tr></table>'
        f"</td></tr></table></body></html>"
    )


def html_page(paras: list[str], quote_html: str = "") -> str:
    """Given paragraphs, returns a mail client's HTML body, optionally with a quoted block below."""
    return (
        f'<html><body><div dir="ltr" style="font-family:Calibri,Helvetica,sans-serif;font-size:11pt">'
        f"{to_html(paras)}</div>{quote_html}</body></html>"
    )


# ---------------------------------------------------------------- one message


@dataclass
class Built:
    file: str
    label: str
    lang: str
    trap: str
    company: str
    role: str
    layout: str
    decision: date | None
    data: bytes


GREETING_STARTS = ("hi ", "hey ", "dear ", "hello", "coucou", "hola", "{first}", "bonjour", "hallo")
PERSON_LAYOUTS = [
    "plain",
    "plain",
    "qp",
    "latin1",
    "cp1252",
    "base64",
    "alternative",
    "alternative",
    "html",
    "reply-gmail",
    "reply-gmail",
    "reply-outlook",
    "reply-apple",
    "reply-html",
]
ATS_LAYOUTS = ["ats-html", "ats-html", "ats-alternative", "alternative", "plain", "base64", "qp"]


def choose_layout(rng: random.Random, tpl: Template) -> str:
    """Given a template, returns a layout that its kind of sender really uses."""
    if tpl.sender == "board":
        return rng.choice(["html", "alternative"])
    if tpl.sender == "ats":
        return "forward" if tpl.label in ("rejection", "offer") and rng.random() < 0.08 else rng.choice(ATS_LAYOUTS)
    if tpl.label == "auto_reply":
        return rng.choice(["plain", "alternative", "html", "latin1"])
    if tpl.trap == "withdrawal":
        return rng.choice(["reply-gmail", "reply-outlook", "reply-apple", "reply-html"])
    if tpl.sender == "recruiter" and rng.random() < 0.07:
        return "forward"
    return rng.choice(PERSON_LAYOUTS)


def quote_kind(tpl: Template) -> str:
    """Given a template, returns which of the candidate's earlier mails a reply to it quotes."""
    if tpl.trap == "withdrawal":
        return "withdraw"
    if tpl.trap == "reschedule":
        return "reschedule"
    if tpl.label in ("pending", "acknowledgement") or tpl.trap == "no_interview":
        return "followup"
    return "thanks" if tpl.label in ("offer", "rejection", "next_step", "auto_reply") else "followup"


def build(rng: random.Random, bank: Bank, tpl: Template, file: str) -> Built:
    """Given a template and a file name, returns the finished message and its labels."""
    lang, label = tpl.lang, tpl.label
    company = bank.pick(rng, "companies", lang)
    role = bank.pick(rng, "roles", lang)
    domain = domain_for(company, lang)
    first, last = bank.pair(rng, "candidates", lang)
    me_first, me_last = bank.pair(rng, "senders", lang)
    sent = sent_datetime(rng)
    local = sent.date()
    values = {
        "first": first,
        "last": last,
        "company": company,
        "role": role,
        "me": me_first,
        "domain": domain,
        "salary": bank.pick(rng, "salaries", lang),
        "reqid": str(rng.randint(10000, 99999)),
        "promise": "",
    }
    values |= fixed_dates(rng, lang, local)
    values["subject"] = bank.pick(rng, "candidate_subjects", lang).format(role=role)

    decision: date | None = None
    if label in PROMISE_RATE and any("{promise}" in p for p in tpl.paras):
        r = rng.random()
        if r < PROMISE_RATE[label] + PROMISE_VAGUE:
            phrase, decision = when_phrase(
                rng, bank, lang, local, vague=r >= PROMISE_RATE[label], min_days=12 if label == "next_step" else 0
            )
            values["promise"] = " " + rng.choice(bank.lists[("promise", label, lang)]).format(when=phrase)
    paras = [p.format_map(values) for p in tpl.paras]
    subject = rng.choice(tpl.subjects).format_map(values) if tpl.subjects else values["subject"]

    person = tpl.sender not in ("ats", "board")
    plain_paras = [i for i, p in enumerate(paras) if not values["promise"] or values["promise"].strip() not in p]
    if person and plain_paras and rng.random() < 0.3:
        i = rng.choice(plain_paras)
        paras[i] = typo(rng, paras[i])
    body = list(paras)
    greeted = tpl.paras[0].lower().startswith(GREETING_STARTS)
    if tpl.sender != "board" and tpl.label != "auto_reply" and not greeted and (person or rng.random() < 0.7):
        body.insert(0, bank.pick(rng, "greetings", lang).format(first=first, last=last))
    footer: list[str] = []
    if tpl.sender == "ats":
        if not body[-1].endswith(","):
            body.append(rng.choice(bank.items("signoffs", lang)[:3]).rstrip(","))
        body.append(bank.items("ats_team", lang)[0].format(company=company))
        footer = [s.format(company=company, domain=domain) for s in bank.lists[("blurb", lang)]]
        if rng.random() < 0.4:
            footer.append(rng.choice(bank.lists[("disclaimer", lang)]).format(company=company, domain=domain))
    elif person:
        title = bank.pick(rng, "title", tpl.sender if tpl.sender != "ats" else "recruiter", lang)
        agency, _domain = bank.pair(rng, "agency", lang)
        org = agency if tpl.sender == "agency" else company
        if not body[-1].rstrip().endswith(","):
            body.append(bank.pick(rng, "signoffs", lang))
        sig = [f"{me_first} {me_last}" if rng.random() < 0.7 else me_first]
        if rng.random() < 0.75:
            sig.append(f"{title} | {org}" if rng.random() < 0.5 else f"{title}\n{org}")
            if rng.random() < 0.5:
                sig.append(PHONES[lang].format(n=rng.randint(0, 999)))
        body[-1] = body[-1] + "\n" + "\n".join(sig)
        if rng.random() < 0.35:
            footer = [rng.choice(bank.lists[("disclaimer", lang)]).format(company=company, domain=domain)]
    if footer and tpl.sender != "ats":
        body.append("--\n" + "\n".join(footer))

    layout = choose_layout(rng, tpl)
    if layout == "forward" and decision is not None:
        layout = "plain"  # a forwarded promise would count from the inner Date, not the Date header
    msg = EmailMessage()
    cand_addr = f"{slug(first)}.{slug(last)}@{bank.pick(rng, 'providers')}"
    if tpl.trap == "interviewer":
        cand_addr = f"{slug(first)}.{slug(last)}@{domain}"
    sender_addr = f"{slug(me_first)}.{slug(me_last)}@{domain}"
    msg["Date"] = format_datetime(sent)
    if tpl.sender == "ats":
        ats, ats_addr = bank.pair(rng, "ats")
        shown = rng.choice([ats, f"{company} Recruiting", company, f"{company} via {ats}", f"{me_first} {me_last}"])
        msg["From"] = formataddr((shown, ats_addr.format(slug=slug(company).replace("-", ""))))
        if rng.random() < 0.6:
            msg["Reply-To"] = formataddr((f"{me_first} {me_last}", sender_addr))
    elif tpl.sender == "board":
        ats = ""
        board = bank.pair(rng, "board", lang)
        msg["From"] = formataddr(board)
        msg["List-Unsubscribe"] = f"<mailto:unsubscribe@{board[1].split('@')[1]}>"
        msg["Precedence"] = "bulk"
    else:
        ats = ""
        if tpl.sender == "agency":
            sender_addr = f"{slug(me_first)}.{slug(me_last)}@{bank.pair(rng, 'agency', lang)[1]}"
        msg["From"] = formataddr((f"{me_first} {me_last}", sender_addr))
    if label == "auto_reply" and tpl.sender == "person" and rng.random() < 0.6:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Auto-Response-Suppress"] = "All"
    msg["To"] = formataddr((f"{first} {last}", cand_addr))
    msg["Message-ID"] = msgid(rng, domain)

    earlier = sent - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 20))
    cand_who = f"{first} {last} <{cand_addr}>"
    quoted_lines: list[str] = []
    if layout.startswith("reply") or label == "auto_reply":
        prior = msgid(rng, cand_addr.split("@")[1])
        msg["In-Reply-To"] = prior
        msg["References"] = prior
        options = bank.lists[("quote", quote_kind(tpl), lang)]
        quoted_lines = rng.choice(options).format(me=me_first, cand=first, role=role, company=company).split(" // ")
        if layout.startswith("reply") and rng.random() < 0.5:
            subject = values["subject"]
        if layout.startswith("reply") and not subject.lower().startswith(("re", "aw")):
            outlook = {"de": "AW: ", "fr": "RE : "}.get(lang, "RE: ")
            subject = (outlook if layout == "reply-outlook" else "Re: ") + subject
    msg["Subject"] = subject

    text = plain(body)
    if tpl.sender == "ats" and footer:
        text += "\n" + "\n".join(footer) + "\n"
    if layout == "forward":
        fwd_first, fwd_last = rng.choice(
            [n.split(" ", 1) for n in bank.items("senders", lang) if not n.startswith(me_first)]
        )
        inner_from = str(msg["From"])
        msg.replace_header(
            "From", formataddr((f"{fwd_first} {fwd_last}", f"{slug(fwd_first)}.{slug(fwd_last)}@{domain}"))
        )
        if "Reply-To" in msg:
            del msg["Reply-To"]
        msg.replace_header("Subject", ("WG: " if lang == "de" else "Fwd: ") + subject)
        note = bank.pick(rng, "forward_notes", lang).format(who=me_first)
        first_sent = sent - timedelta(days=rng.randint(1, 4))
        inner = (
            f"{FORWARD_LINE[lang]}\nFrom: {inner_from}\nDate: {format_datetime(first_sent)}\n"
            f"Subject: {subject}\nTo: {first} {last} <{cand_addr}>\n\n"
        )
        hello = bank.pick(rng, "greetings", lang).format(first=first, last=last)
        text = f"{hello}\n\n{note}\n\n{fwd_first}\n\n{inner}{text}"
        msg.set_content(text, charset="utf-8", cte=rng.choice(["8bit", "quoted-printable"]))
    elif layout.startswith("reply"):
        style = {"reply-gmail": "gmail", "reply-apple": "apple"}.get(layout, "gmail")
        if layout == "reply-outlook":
            f_, s_, t_, j_ = OUTLOOK_FIELDS[lang]
            head = (
                f"\n________________________________\n{f_}: {cand_who}\n{s_}: {format_datetime(earlier)}\n"
                f"{t_}: {me_first} {me_last} <{sender_addr}>\n{j_}: {values['subject']}\n\n"
            )
            full = text + head + "\n\n".join(quoted_lines) + "\n"
        else:
            said = stamp(earlier, lang, style, cand_who)
            qbody = "\n>\n".join("> " + q for q in quoted_lines)
            full = text + "\n" + (f"> {said}\n>\n{qbody}\n" if style == "apple" else f"{said}\n\n{qbody}\n")
        if layout == "reply-html":
            said = stamp(earlier, lang, "gmail", cand_who)
            qhtml = (
                f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(said)}</div><blockquote '
                f'class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                f"{to_html(quoted_lines)}</blockquote></div>"
            )
            msg.set_content(full, charset="utf-8", cte="quoted-printable")
            msg.add_alternative(html_page(body, qhtml), subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            msg.set_content(full, charset="utf-8", cte=rng.choice(["8bit", "quoted-printable"]))
    else:
        layout = set_body(rng, msg, layout, text, body, footer, company, ats, subject)
    if label == "offer" and layout != "forward" and rng.random() < 0.3:
        name = {"en": "Offer_Letter", "de": "Vertragsangebot", "fr": "Proposition", "es": "Carta_oferta"}[lang]
        msg.add_attachment(
            b"%PDF-1.4\n% synthetic placeholder\n%%EOF\n",
            maintype="application",
            subtype="pdf",
            filename=f"{name}_{slug(company)}.pdf",
        )
        layout += "+pdf"
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"==h5_{rng.getrandbits(64):016x}==")
    return Built(
        file, label, lang, tpl.trap, "" if tpl.sender == "board" else company, role, layout, decision, msg.as_bytes()
    )


def set_body(
    rng: random.Random,
    msg: EmailMessage,
    layout: str,
    text: str,
    body: list[str],
    footer: list[str],
    company: str,
    ats: str,
    subject: str,
) -> str:
    """Given a non-reply layout, puts the body into msg and returns the layout name actually used."""
    if layout in ("latin1", "cp1252"):
        codec = "iso-8859-1" if layout == "latin1" else "windows-1252"
        if layout == "cp1252":
            text = text.replace("'", "\u2019").replace(" - ", " \u2013 ")
        try:
            text.encode(codec)
        except UnicodeEncodeError:
            msg.set_content(text, charset="utf-8", cte="quoted-printable")
            return "qp"
        msg.set_content(text, charset=codec, cte=rng.choice(["8bit", "quoted-printable"]))
    elif layout in ("plain", "qp", "base64"):
        cte = {"plain": "8bit", "qp": "quoted-printable", "base64": "base64"}[layout]
        msg.set_content(text, charset="utf-8", cte=cte)
    elif layout == "html":
        msg.set_content(
            html_page(body + (footer if ats else [])),
            subtype="html",
            charset="utf-8",
            cte=rng.choice(["quoted-printable", "base64"]),
        )
    elif layout == "ats-html":
        msg.set_content(
            ats_page(body, company, ats, subject, footer), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    elif layout == "ats-alternative":
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(
            ats_page(body, company, ats, subject, footer), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    else:
        msg.set_content(text, charset="utf-8", cte=rng.choice(["8bit", "quoted-printable", "base64"]))
        msg.add_alternative(
            html_page(body + (footer if ats else [])), subtype="html", charset="utf-8", cte="quoted-printable"
        )
    return layout


# ---------------------------------------------------------------- the split


def allocate(total: int) -> dict[str, int]:
    """Given a label's count, returns how many messages each language gets (largest remainder)."""
    raw = {lang: total * share for lang, share in LANG_SHARE.items()}
    out = {lang: int(v) for lang, v in raw.items()}
    for lang in sorted(raw, key=lambda k: raw[k] - out[k], reverse=True)[: total - sum(out.values())]:
        out[lang] += 1
    return out


def plan(rng: random.Random, bank: Bank) -> list[Template]:
    """Given the bank, returns one template per message to write, every template used before any repeats."""
    chosen: list[Template] = []
    for label, total in LABEL_COUNTS.items():
        for lang, n in allocate(total).items():
            pool = [t for t in bank.templates if t.label == label and t.lang == lang]
            if not pool:
                raise ValueError(f"no templates for {label}/{lang}")
            picks: list[Template] = []
            while len(picks) < n:
                batch = list(pool)
                rng.shuffle(batch)
                picks.extend(batch)
            chosen.extend(picks[:n])
    rng.shuffle(chosen)
    return chosen


def write_rows(path: Path, header: list[str], mine: list[list[str]]) -> None:
    """Given a CSV and this split's rows, rewrites it atomically keeping every row that is not ours."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if rows and rows[0] != header:
        raise ValueError(f"{path.name}: unexpected header {rows[0]}")
    kept = [r for r in rows[1:] if r and not r[0].startswith(PREFIX)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept + mine)
    os.replace(tmp, path)


def main() -> None:
    """Writes the holdout5 .eml files and replaces the holdout5 rows of labels.csv and entities.csv."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=5_2026)
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    bank = load_bank(BANK)
    out: Path = args.out
    for old in out.glob(f"{PREFIX}*.eml"):
        old.unlink()
    built = [
        build(rng, bank, tpl, f"{PREFIX}{i:04d}-{tpl.label}-{tpl.lang}.eml") for i, tpl in enumerate(plan(rng, bank))
    ]
    for b in built:
        (out / b.file).write_bytes(b.data)
    labels = [[b.file, b.label, b.decision.isoformat() if b.decision else "", SPLIT, b.trap] for b in built]
    entities = [[b.file, b.lang, b.company, b.role, b.layout] for b in built]
    write_rows(out / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    write_rows(out / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)
    print(f"wrote {len(built)} messages to {out}")


if __name__ == "__main__":
    main()
