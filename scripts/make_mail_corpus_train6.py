#!/usr/bin/env python3
"""Writes split `train6` of the mail corpus: ~450 synthetic employer messages for training the mail model.

Given nothing, writes tests/corpus/mail/t6-NNNN-<label>-<lang>.eml and replaces only the train6 rows of
labels.csv and entities.csv (re-read just before writing, written atomically); deterministic for SEED.
The engine comes first, the phrase banks (this author's own wording, four languages) after it.
Every person, company and address is invented; the text is CC0 1.0.
"""

from __future__ import annotations

import csv
import html
import io
import os
import random
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

SEED = 62026
SPLIT = "train6"
PREFIX = "t6-"
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"

# (label, language) -> how many messages; ~450 with a bit more rejection/other, offers ~16 %.
PLAN: dict[str, dict[str, int]] = {
    "rejection": {"en": 40, "de": 14, "fr": 13, "es": 13},
    "offer": {"en": 36, "de": 12, "fr": 12, "es": 12},
    "next_step": {"en": 30, "de": 10, "fr": 10, "es": 10},
    "pending": {"en": 33, "de": 11, "fr": 11, "es": 11},
    "acknowledgement": {"en": 28, "de": 10, "fr": 9, "es": 9},
    "auto_reply": {"en": 22, "de": 8, "fr": 8, "es": 7},
    "other": {"en": 38, "de": 13, "fr": 13, "es": 12},
}

ATS = [
    ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
    ("Lever", "no-reply@hire.lever.co"),
    ("Workday", "{slug}@myworkday.com"),
    ("Ashby", "no-reply@ashbyhq.com"),
    ("SmartRecruiters", "noreply@smartrecruiters.com"),
    ("iCIMS", "donotreply@icims.com"),
    ("Workable", "noreply@candidates.workablemail.com"),
    ("Personio", "noreply@personio.de"),
    ("Teamtailor", "no-reply@teamtailor-mail.com"),
    ("Recruitee", "noreply@recruitee.com"),
    ("JOIN", "noreply@join.com"),
    ("softgarden", "noreply@softgarden.io"),
    ("BambooHR", "notifications@app.bamboohr.com"),
    ("Jobvite", "notifications@jobvite.com"),
    ("Factorial", "no-reply@factorialhr.com"),
]

ZONES = {"en": ["Europe/London", "America/New_York", "America/Chicago", "Europe/Dublin", "UTC"],
         "de": ["Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
         "fr": ["Europe/Paris", "Europe/Brussels", "America/Montreal"],
         "es": ["Europe/Madrid", "America/Mexico_City", "America/Bogota"]}


@dataclass(frozen=True)
class Template:
    """One whole-message template: label, trap kind, kind of writer, subject and body with {placeholders}."""

    label: str
    trap: str
    writer: str
    subject: str
    body: str


@dataclass
class Built:
    """One written message: its file name, bytes and CSV rows."""

    name: str
    data: bytes
    label: str
    decision: date | None
    trap: str
    lang: str
    company: str
    role: str
    layout: str


# ---------------------------------------------------------------- dates

def add_business_days(start: date, n: int) -> date:
    """Given a day and n >= 1, returns the n-th Monday-to-Friday day after it."""
    day = start
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns the month's last day."""
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def next_weekday(sent: date, weekday: int) -> date:
    """Given a day and a weekday (0 = Monday), returns the next such day after it (+7 on that weekday)."""
    ahead = (weekday - sent.weekday()) % 7
    return sent + timedelta(days=ahead or 7)


def fmt_date(lang: str, day: date, style: int) -> str:
    """Given a language, a day and a style number, returns the day written the way people in that language do."""
    loc = LOCALE[lang]
    wd, mon = loc["weekdays"][day.weekday()], loc["months"][day.month - 1]
    styles = {
        "en": [f"{day.day} {mon}", f"{mon} {day.day}", f"{wd}, {day.day} {mon}", f"{wd} {mon} {day.day}",
               f"{mon} {ordinal(day.day)}"],
        "de": [f"{day.day}. {mon}", f"{day.day:02d}.{day.month:02d}.", f"{wd}, {day.day}. {mon}",
               f"{day.day:02d}.{day.month:02d}.{day.year}", f"{wd}, den {day.day:02d}.{day.month:02d}."],
        "fr": [f"{day.day} {mon}", f"{wd} {day.day} {mon}", f"{day.day:02d}/{day.month:02d}/{day.year}",
               f"{wd} {day.day}", f"{day.day} {mon} {day.year}"],
        "es": [f"{day.day} de {mon}", f"{wd} {day.day}", f"{wd} {day.day} de {mon}",
               f"{day.day}/{day.month}/{day.year}", f"{day.day} de {mon} de {day.year}"],
    }[lang]
    return styles[style % len(styles)]


def make_promise(rng: random.Random, lang: str, bank: str, sent: date, reg: str) -> tuple[str, date | None, str]:
    """Given a language, a bank ('decision' or 'feedback'), the Date header's local day and the message's register,
    returns a promise sentence, the decision date it promises (None when vague) and its kind."""
    entries = [e for e in PROMISES[lang][bank] if (sent.weekday() <= 3 or e[1] not in ("eow", "tomorrow"))
               and e[1] != "vague" and fits(e[0], lang, reg)]
    text, kind = rng.choice(entries)
    loc = LOCALE[lang]
    fill: dict[str, str] = {}
    due: date | None = None
    if kind.startswith("days"):
        n = rng.choice([3, 5, 7, 10, 14])
        fill["n"], due = str(n), sent + timedelta(days=n)
        fill["nw"] = loc["numbers"].get(n, str(n))
    elif kind == "huitaine":
        due = sent + timedelta(days=8)
    elif kind == "fortnight":
        due = sent + timedelta(days=14)
    elif kind == "weeks":
        n = rng.choice([2, 3])
        fill["n"], due = loc["numbers"][n], sent + timedelta(days=7 * n)
    elif kind == "bdays":
        n = rng.choice([2, 3, 5, 7, 10])
        fill["n"], due = str(n), add_business_days(sent, n)
        fill["nw"] = loc["numbers"].get(n, str(n))
    elif kind == "weekday":
        wd = rng.randrange(5)
        fill["wd"], due = loc["weekdays"][wd], next_weekday(sent, wd)
    elif kind == "eow":
        due = sent + timedelta(days=4 - sent.weekday())
    elif kind == "eonw":
        due = sent + timedelta(days=11 - sent.weekday())
    elif kind == "eom":
        due = month_end(sent.year, sent.month)
        if (due - sent).days < 3:
            return make_promise(rng, lang, bank, sent, reg)
    elif kind == "month":
        year, month = (sent.year, sent.month + 1) if sent.month < 12 else (sent.year + 1, 1)
        if rng.random() < 0.4 and sent.day < 15:
            year, month = sent.year, sent.month
        fill["month"], due = loc["months"][month - 1], month_end(year, month)
    elif kind == "date":
        due = sent + timedelta(days=rng.randint(4, 20))
        fill["date"] = fmt_date(lang, due, rng.randrange(5))
    elif kind == "wdnum":
        due = sent + timedelta(days=rng.randint(3, 16))
        fill["wd"], fill["dnum"] = loc["weekdays"][due.weekday()], str(due.day)
    elif kind == "dnum":
        due = sent + timedelta(days=rng.randint(4, 18))
        fill["dnum"] = str(due.day)
        fill["ord"] = ordinal(due.day) if lang == "en" else str(due.day)
    elif kind == "kw":
        monday = sent - timedelta(days=sent.weekday()) + timedelta(days=7 * rng.choice([1, 2, 3]))
        due = monday + timedelta(days=4)
        fill["kw"] = str(monday.isocalendar().week)
    elif kind == "tomorrow":
        due = sent + timedelta(days=1)
    elif kind == "vague":
        due = None
    else:
        raise ValueError(kind)
    return text.format(**fill), due, kind


def ordinal(n: int) -> str:
    """Given a day number, returns it with its English ordinal suffix."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_slot(rng: random.Random, lang: str, day: date) -> str:
    """Given a language and a day, returns an interview slot (day and time) in that language."""
    hour, minute = rng.choice([9, 10, 11, 14, 15, 16]), rng.choice(["00", "30"])
    time = {"en": f"{hour if hour <= 12 else hour - 12}:{minute} {'am' if hour < 12 else 'pm'}",
            "de": f"{hour}:{minute} Uhr", "fr": f"{hour}h{minute}", "es": f"las {hour}:{minute}"}[lang]
    joint = {"en": " at ", "de": " um ", "fr": " à ", "es": " a "}[lang]
    return fmt_date(lang, day, rng.choice([2, 2, 0])) + joint + time


# ---------------------------------------------------------------- text

ALT = re.compile(r"\[([^\[\]]*)\]")


def choose_alts(rng: random.Random, text: str) -> str:
    """Given text with [a|b|c] choices, returns it with one option of each picked."""
    return ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


REGISTER = {
    "en": (re.compile(r"\b(I|I'll|I'm|me)\b"), re.compile(r"^$")),
    "de": (re.compile(r"\b([Dd]u|dich|dir|dein\w*)\b"), re.compile(r"\b(Sie|Ihnen|Ihr\w*)\b")),
    "fr": (re.compile(r"\b(tu|te|toi|ton|ta|tes)\b|\bt'", re.IGNORECASE),
           re.compile(r"\b(vous|vos|votre)\b", re.IGNORECASE)),
    "es": (re.compile(r"\b(tu|tú|te|ti|contigo|tus|tendrás|recibirás|deberás|puedes|quieres)\b", re.IGNORECASE),
           re.compile(r"\b(usted|le|su|sus)\b", re.IGNORECASE)),
}


def register(text: str, lang: str) -> str:
    """Given a text and its language, returns 'c' (informal address, or an English 'I'), 'f' (formal) or 'a'."""
    casual, formal = REGISTER[lang]
    if casual.search(text):
        return "c"
    return "f" if formal.search(text) else "a"


def slug(name: str) -> str:
    """Given a company or person name, returns a lowercase ASCII mail-domain word."""
    table = str.maketrans("äöüßéèêëàâçîïôûùñáíóú", "aousee" "eeaaciiouunaiou")
    return re.sub(r"[^a-z0-9]+", "", name.lower().translate(table)) or "mail"


def to_html_body(text: str) -> str:
    """Given plain text with blank-line paragraphs, returns HTML paragraphs (escaped)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "\n".join("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras)


def html_page(inner: str, lang: str) -> str:
    """Given HTML body content and a language, returns a small HTML document around it."""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">\n{inner}\n</body></html>\n')


def ats_html(text: str, lang: str, company: str, platform: str, preheader: str) -> str:
    """Given the ATS message text, returns table HTML with a hidden preheader, a button and a footer."""
    loc = LOCALE[lang]
    return html_page(
        f'<div style="display:none;max-height:0;overflow:hidden;opacity:0">{html.escape(preheader)}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" style="border:1px solid #e4e4e4"><tr><td style="padding:18px;background:#1f2a44;'
        f'color:#fff;font-size:18px">{html.escape(company)}</td></tr>\n<tr><td style="padding:24px">\n'
        f'{to_html_body(text)}\n<p><a href="https://{slug(company)}.jobs.example/portal" style="background:#2f6fed;'
        f'color:#fff;padding:10px 16px;text-decoration:none">{html.escape(loc["button"])}</a></p>\n</td></tr>\n'
        '<tr><td style="padding:12px;font-size:11px;color:#888">'
        f'{html.escape(loc["ats_footer"].format(platform=platform, company=company))}'
        '</td></tr></table>\n</td></tr></table>', lang)


def alert_html(text: str, lang: str, board: str) -> str:
    """Given a job-alert text whose job lines start with '- ', returns newsletter HTML with a job table."""
    rows, paras = [], []
    for line in text.split("\n"):
        if line.startswith("- "):
            rows.append(f'<tr><td style="padding:8px;border-bottom:1px solid #eee">{html.escape(line[2:])}</td></tr>')
        else:
            paras.append(line)
    table = f'<table width="100%">{"".join(rows)}</table>' if rows else ""
    body = to_html_body("\n".join(paras))
    return html_page(f'<h2 style="color:#0a7d5a">{html.escape(board)}</h2>\n{table}\n{body}\n'
                     f'<p style="font-size:11px;color:#999">{html.escape(LOCALE[lang]["alert_footer"])}</p>', lang)


# ---------------------------------------------------------------- messages

LEGACY = {"en": ["us-ascii", "windows-1252", "iso-8859-1"], "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "fr": ["iso-8859-15", "iso-8859-1", "windows-1252"], "es": ["iso-8859-1", "windows-1252", "iso-8859-15"]}

LAYOUTS = {
    "ats": ["ats-html", "ats-alternative", "ats-alternative", "plain-qp", "alternative"],
    "alert": ["alert-html", "alert-alternative", "alert-alternative"],
    "hr": ["plain-legacy", "alternative", "plain-qp", "html-only", "plain-8bit", "reply-outlook"],
    "rec": ["plain-8bit", "plain-qp", "plain-b64", "reply-gmail", "reply-outlook", "reply-html", "html-only",
            "forward"],
    "hm": ["plain-8bit", "plain-qp", "reply-gmail", "reply-html", "html-only", "alternative", "forward",
           "plain-legacy"],
    "founder": ["plain-8bit", "reply-gmail", "plain-b64", "html-only", "reply-html"],
    "agency": ["plain-8bit", "alternative", "reply-outlook", "plain-legacy", "forward"],
    "ooo": ["plain-8bit", "plain-legacy", "html-only", "plain-qp", "alternative"],
    "noreply": ["plain-8bit", "plain-qp", "html-only", "alternative"],
    "internal": ["plain-8bit", "alternative", "html-only", "plain-qp"],
    "peer": ["plain-8bit", "reply-gmail", "html-only"],
}

QUOTE_KIND = {"rejection": "followup", "offer": "thanks", "next_step": "thanks", "pending": "followup",
              "acknowledgement": "application", "auto_reply": "followup", "other": "followup"}


@dataclass
class Who:
    """A sender or the candidate: display name and address."""

    name: str
    addr: str


def pick_person(rng: random.Random, lang: str, domain: str) -> tuple[str, Who]:
    """Given a language and a mail domain, returns a first name and the person at that domain."""
    first, last = rng.choice(PEOPLE[lang])
    style = rng.choice(["{f}.{l}", "{f}", "{i}{l}", "{f}{l}"])
    local = style.format(f=slug(first), l=slug(last), i=slug(first)[0])
    return first, Who(f"{first} {last}", f"{local}@{domain}")


def sent_time(rng: random.Random, lang: str, weekday_only: bool) -> datetime:
    """Given a language, returns a Date header time between September 2026 and January 2027 in a local zone."""
    zone = ZoneInfo(rng.choice(ZONES[lang]))
    while True:
        day = date(2026, 9, 1) + timedelta(days=rng.randrange(150))
        if not weekday_only or day.weekday() < 5:
            break
    return datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randrange(60), rng.randrange(60),
                    tzinfo=zone)


def candidate(rng: random.Random, lang: str) -> tuple[str, Who]:
    """Given a language, returns the candidate's first name and identity (a personal mailbox)."""
    first, last = rng.choice(CANDIDATES[lang])
    host = rng.choice(["mailbox.example", "posteo.example", "fastmail.example", "gmx.example", "proton.example"])
    return first, Who(f"{first} {last}", f"{slug(first)}.{slug(last)}@{host}")


def jobs_block(rng: random.Random, lang: str, due: str) -> str:
    """Given a language and a deadline text, returns 3-5 job-alert lines ('- ' prefixed)."""
    cities = LOCALE[lang]["cities"]
    lines = []
    for _ in range(rng.randint(3, 5)):
        extra = rng.choice(["", "", f" · {LOCALE[lang]['apply_by']} {due}", " · Remote", " · Hybrid"])
        lines.append(f"- {rng.choice(ROLES[lang])} — {rng.choice(COMPANIES[lang])}, {rng.choice(cities)}{extra}")
    return "\n".join(lines)


def set_text(msg: EmailMessage, text: str, charset: str, cte: str, subtype: str = "plain") -> str:
    """Given a message part, sets text in charset (falling back to utf-8 when it does not fit); returns the charset."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if charset == "us-ascii" and cte == "8bit":
        cte = "7bit"
    msg.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return charset


def reply_text(lang: str, style: str, body: str, quote: str, cand: Who, when: datetime, to: Who,
               subject: str) -> str:
    """Given the reply body and the candidate's earlier mail, returns the reply with that mail quoted below."""
    loc = LOCALE[lang]
    stamp = fmt_date(lang, when.date(), 2) + f" {when:%H:%M}"
    if style == "outlook":
        head = loc["outlook"].format(name=cand.name, addr=cand.addr, date=stamp, to=to.name, subject=subject)
        return f"{body}\n\n________________________________\n{head}\n\n{quote}\n"
    attribution = loc["wrote"].format(name=cand.name, addr=cand.addr, date=stamp)
    quoted = "\n".join("> " + line if line else ">" for line in quote.split("\n"))
    return f"{body}\n\n{attribution}\n{quoted}\n"


def fill_values(rng: random.Random, lang: str, local: date, company: str, role: str,
                anchors: dict[str, date]) -> dict[str, str]:
    """Given a language, the Date header's local day, company and role, returns the non-decision fillers
    (interview slots, deadlines, start and return days, salary, reference) for a template; records the days of
    slots and deadlines in anchors (a promised decision must come after the steps the message asks for)."""
    loc = LOCALE[lang]
    anchors["slot"] = add_business_days(local, rng.randint(2, 8))
    anchors["slot2"] = add_business_days(anchors["slot"], rng.randint(1, 3))
    anchors["due"] = local + timedelta(days=rng.randint(5, 14))
    start = month_end(local.year, local.month) + timedelta(days=rng.choice([1, 32]))
    start = month_end(start.year, start.month) + timedelta(days=1) if start.day > 1 else start
    return {
        "company": company, "role": role,
        "slot": fmt_slot(rng, lang, anchors["slot"]),
        "slot2": fmt_slot(rng, lang, anchors["slot2"]),
        "due": fmt_date(lang, anchors["due"], rng.randrange(5)),
        "start": fmt_date(lang, start, rng.choice([0, 1, 2])),
        "back": fmt_date(lang, local + timedelta(days=rng.randint(3, 16)), rng.choice([0, 2])),
        "salary": rng.choice(loc["salaries"]),
        "ref": f"{rng.choice(['REQ', 'JR', 'R', '#'])}{rng.randint(1000, 99999)}",
        "orig": loc["orig_subject"].format(role=role),
        "cdomain": slug(company) + ".example",
        "months": loc["numbers"][rng.choice([6, 12])],
    }


def signature(rng: random.Random, lang: str, writer: str, me: Who, first: str, company: str, agency: str,
              formal: bool) -> str:
    """Given the writer's kind, identity and register, returns a sign-off and signature block (legal text
    sometimes)."""
    loc = LOCALE[lang]
    signoff = rng.choice(loc["signoff_formal" if formal else "signoff_casual"])
    title = rng.choice(loc["titles"][writer]) if writer in loc["titles"] else ""
    if writer == "ats":
        return f"{signoff}\n{loc['team'].format(company=company)}"
    if writer in ("ooo", "alert", "noreply"):
        return ""
    lines = [signoff, first if writer in ("hm", "founder", "internal", "peer") and rng.random() < 0.6 else me.name]
    if writer == "agency":
        lines += [title, agency, f"+{rng.randint(30, 49)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}"]
    elif writer != "peer" and title:
        lines.append(f"{title} | {company}" if rng.random() < 0.5 else f"{title}\n{company}")
    if writer in ("hr", "agency", "rec") and rng.random() < (0.6 if writer != "rec" else 0.25):
        lines += ["", rng.choice(DISCLAIMERS[lang])]
    if writer in ("rec", "hm", "founder") and rng.random() < 0.15:
        lines += ["", loc["mobile"]]
    return "\n".join(line for line in lines if line is not None)


def fits(text: str, lang: str, reg: str) -> bool:
    """Given a promise sentence and the message's register, says whether the sentence may appear in it."""
    own = register(text, lang)
    return own == "a" or reg == "a" or own == reg


def pick_promise(rng: random.Random, lang: str, label: str, sent: date, reg: str,
                 after: date) -> tuple[str, date | None, str]:
    """Given the language, label, local Date day, register and the last day the message asks something of the
    candidate, returns a promise sentence (maybe empty), its date (after that day) and kind."""
    bank = "feedback" if label == "rejection" else "decision"
    roll = rng.random()
    dated_share, vague_share = (0.55, 0.2) if label == "rejection" else (0.64, 0.24)
    if roll < dated_share:
        for _ in range(60):
            text, due, kind = make_promise(rng, lang, bank, sent, reg)
            if due is not None and due > after:
                return text, due, kind
    if roll < dated_share + vague_share:
        vague = [e for e in PROMISES[lang][bank] if e[1] == "vague" and fits(e[0], lang, reg)]
        return rng.choice(vague)[0], None, "vague"
    return "", None, ""


def sender_for(rng: random.Random, lang: str, tpl: Template, company: str,
               cdomain: str) -> tuple[Who, str, Who | None, str, str, str]:
    """Given the template's writer, returns (From, writer's first name, Reply-To, platform, agency, board)."""
    first, me = pick_person(rng, lang, cdomain)
    platform = agency = board = ""
    reply_to: Who | None = None
    if tpl.writer == "ats":
        platform, addr = rng.choice(ATS)
        display = rng.choice([platform, f"{company} via {platform}", f"{company} Recruiting", company,
                              LOCALE[lang]["team"].format(company=company)])
        if rng.random() < 0.7:
            reply_to = me
        return Who(display, addr.format(slug=slug(company))), first, reply_to, platform, agency, board
    if tpl.writer == "agency":
        agency = rng.choice(LOCALE[lang]["agencies"])
        first, me = pick_person(rng, lang, slug(agency) + ".example")
    elif tpl.writer == "alert":
        board = rng.choice(BOARDS[lang])
        return Who(board, f"alerts@{slug(board)}.example"), first, None, platform, agency, board
    elif tpl.writer == "noreply":
        return Who(company, f"no-reply@{cdomain}"), first, None, platform, agency, board
    elif tpl.writer == "hr" and rng.random() < 0.4:
        box = rng.choice(["hr", "people", "jobs"])
        me = Who(LOCALE[lang]["hr_display"].format(company=company), f"{box}@{cdomain}")
    elif tpl.writer == "peer":
        first, last = rng.choice(CANDIDATES[lang])
        me = Who(f"{first} {last}", f"{slug(first)}{rng.randint(1, 99)}@webmail.example")
    return me, first, reply_to, platform, agency, board


def build_one(rng: random.Random, index: int, lang: str, tpl: Template) -> Built:
    """Given a running index, a language and a template, returns the written message and its CSV rows."""
    loc = LOCALE[lang]
    company, role = rng.choice(COMPANIES[lang]), rng.choice(ROLES[lang])
    cdomain = slug(company) + ".example"
    cand_first, cand = candidate(rng, lang)
    sent = sent_time(rng, lang, tpl.writer not in ("ooo", "alert", "noreply"))
    local = sent.date()
    sender, me_first, reply_to, platform, agency, board = sender_for(rng, lang, tpl, company, cdomain)
    anchors: dict[str, date] = {}
    fill = fill_values(rng, lang, local, company, role, anchors)
    other_first, other_last = rng.choice([c for c in CANDIDATES[lang] if c[0] != cand_first])
    fill.update(first=cand_first, me=me_first, other=f"{other_first} {other_last}", other_first=other_first,
                platform=platform or "the portal", agency=agency, board=board,
                hm=rng.choice(PEOPLE[lang])[0], jobs=jobs_block(rng, lang, fill["due"]))
    reg = register(tpl.body, lang) if lang != "en" else "a"
    if reg == "a" and tpl.writer in ("ats", "hr", "noreply"):
        reg = "f"
    promise, due, kind = ("", None, "")
    if "{P}" in tpl.body:
        after = max([local] + [day for key, day in anchors.items() if "{" + key + "}" in tpl.body])
        promise, due, kind = pick_promise(rng, lang, tpl.label, local, reg, after)
    fill["P"] = promise
    body = choose_alts(rng, tpl.body).format(**fill).replace("  ", " ").strip()
    body = re.sub(r"\n{3,}", "\n\n", re.sub(r" +\n", "\n", body))
    subject = choose_alts(rng, tpl.subject).format(**fill)
    parts = []
    formal = reg == "f" or (reg == "a" and tpl.writer in ("hr", "ats", "agency", "noreply"))
    if tpl.writer not in ("ooo", "alert", "noreply") and not tpl.body.startswith("~"):
        greet_kind = "greet_formal" if formal else "greet_casual"
        parts.append(rng.choice(loc[greet_kind]).format(first=cand_first))
    parts.append(body.lstrip("~ "))
    parts.append(signature(rng, lang, tpl.writer, sender if tpl.writer != "ats" else Who("", ""), me_first,
                           company, agency, formal))
    text = "\n\n".join(p for p in parts if p) + "\n"

    layouts = list(LAYOUTS[tpl.writer])
    if tpl.trap in ("formal_offer", "paperwork", "conditional_offer", "offer_unfortunately", "revised_offer") \
            and tpl.writer in ("hr", "rec", "hm"):
        layouts += ["attachment", "attachment"]
    if due is not None or tpl.trap in ("withdrawal", "out_of_office"):
        layouts = [x for x in layouts if x != "forward"] or ["plain-8bit"]
    layout = rng.choice(layouts)

    msg = EmailMessage()
    msg["From"] = formataddr((sender.name, sender.addr))
    msg["To"] = formataddr((cand.name, cand.addr))
    if reply_to is not None:
        msg["Reply-To"] = formataddr((reply_to.name, reply_to.addr))
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<t6.{index:04d}.{rng.randrange(16 ** 8):08x}@{sender.addr.split('@')[1]}>"
    if tpl.writer == "ooo" and rng.random() < 0.7:
        msg["Auto-Submitted"] = "auto-replied"
        if rng.random() < 0.5:
            msg["X-Autoreply"] = "yes"
    if tpl.writer == "alert":
        msg["List-Unsubscribe"] = f"<https://{slug(board)}.example/unsubscribe?u={rng.randrange(10 ** 6)}>"

    charset, preheader = "utf-8", body.split("\n")[0][:90]
    if layout.startswith("plain"):
        cte = {"plain-8bit": "8bit", "plain-qp": "quoted-printable", "plain-b64": "base64"}.get(layout, "")
        if layout == "plain-legacy":
            charset, cte = rng.choice(LEGACY[lang]), rng.choice(["8bit", "quoted-printable"])
        charset = set_text(msg, text, charset, cte)
    elif layout == "html-only":
        set_text(msg, html_page(to_html_body(text), lang), "utf-8", rng.choice(["quoted-printable", "8bit"]), "html")
    elif layout in ("alternative", "ats-alternative", "alert-alternative"):
        charset = set_text(msg, text, rng.choice(["utf-8", "utf-8", LEGACY[lang][0]]), "quoted-printable")
        page = {"alternative": lambda: html_page(to_html_body(text), lang),
                "ats-alternative": lambda: ats_html(text, lang, company, platform, preheader),
                "alert-alternative": lambda: alert_html(text, lang, board)}[layout]()
        msg.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
    elif layout in ("ats-html", "alert-html"):
        page = ats_html(text, lang, company, platform, preheader) if layout == "ats-html" else alert_html(text, lang,
                                                                                                         board)
        set_text(msg, page, "utf-8", rng.choice(["quoted-printable", "base64"]), "html")
    elif layout.startswith("reply"):
        kind_q = "withdraw" if tpl.trap == "withdrawal" else "user_offer" if tpl.writer == "peer" else \
            QUOTE_KIND[tpl.label]
        quote = rng.choice(QUOTES[lang][kind_q]).format(first=me_first, role=role, company=company,
                                                        name=cand.name.split()[0], other=other_first)
        earlier = sent - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
        original = subject
        if not re.match(r"(re|aw|rv|tr) ?:", subject, re.IGNORECASE):
            subject = loc["re"] + subject
        msg["In-Reply-To"] = f"<cand.{index:04d}@{cand.addr.split('@')[1]}>"
        style = "outlook" if layout == "reply-outlook" else "gmail"
        full = reply_text(lang, style, text.rstrip("\n"), quote, cand, earlier, sender, original)
        if layout == "reply-html":
            qhtml = to_html_body(quote)
            said = loc["wrote"].format(name=cand.name, addr=cand.addr, date=fmt_date(lang, earlier.date(), 2))
            page = html_page(to_html_body(text) + f'\n<div class="gmail_quote"><p>{html.escape(said)}</p>'
                             f'\n<blockquote type="cite" style="margin-left:8px;border-left:2px solid #ccc;'
                             f'padding-left:8px">{qhtml}</blockquote></div>', lang)
            set_text(msg, full, "utf-8", "quoted-printable")
            msg.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            charset = set_text(msg, full, rng.choice(["utf-8", "utf-8", LEGACY[lang][-1]]),
                               rng.choice(["8bit", "quoted-printable"]))
    elif layout == "forward":
        # the writer re-sends their own earlier mail (the inner Date is older, so no dated promise rides along)
        inner_sent = sent - timedelta(days=rng.randint(2, 6), hours=rng.randint(1, 6))
        head = loc["fwd_head"].format(name=sender.name, addr=sender.addr, subject=subject, to=cand.name,
                                      date=fmt_date(lang, inner_sent.date(), 2) + f" {inner_sent:%H:%M}")
        note = rng.choice(loc["fwd_notes"]).format(first=cand_first)
        text = f"{note}\n\n{me_first}\n\n{head}\n\n{text}"
        subject = loc["fwd"] + subject
        charset = set_text(msg, text, "utf-8", rng.choice(["8bit", "quoted-printable"]))
    elif layout == "attachment":
        charset = set_text(msg, text, "utf-8", "quoted-printable")
        name = rng.choice(loc["offer_pdf"]).format(company=slug(company).capitalize())
        pdf = (b"%PDF-1.4\n% synthetic placeholder, no content\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    else:
        raise ValueError(layout)
    msg["Subject"] = subject
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_t6_{index:04d}_{number}")
    trap = tpl.trap
    if trap == "plain":
        trap = "dated_promise" if due else "vague_promise" if kind == "vague" else "plain"
    name = f"{PREFIX}{index:04d}-{tpl.label}-{lang}.eml"
    return Built(name, msg.as_bytes(policy=policy.default), tpl.label, due, trap, lang,
                 board or company, role, f"{layout}/{charset}")


# ---------------------------------------------------------------- writing

def replace_rows(path: Path, fields: list[str], mine: list[dict[str, str]]) -> None:
    """Given a CSV path, its columns and this split's rows, re-reads it, drops only the old t6- rows, appends
    the new ones and replaces the file atomically (another author may write other splits' rows meanwhile)."""
    with path.open(newline="", encoding="utf-8") as handle:
        kept = [row for row in csv.DictReader(handle) if not row["file"].startswith(PREFIX)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(kept + mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
        handle.write(out.getvalue())
    os.replace(tmp, path)


def generate(seed: int = SEED) -> list[Built]:
    """Given a seed, returns every train6 message, numbered in a shuffled order (same seed, same bytes)."""
    rng = random.Random(seed)
    jobs: list[tuple[str, Template]] = []
    for label, per_lang in PLAN.items():
        for lang, count in per_lang.items():
            pool = [t for t in TEMPLATES[lang] if t.label == label]
            if not pool:
                raise ValueError(f"no {label} templates for {lang}")
            order: list[Template] = []
            while len(order) < count:
                batch = pool[:]
                rng.shuffle(batch)
                order += batch
            jobs += [(lang, t) for t in order[:count]]
    rng.shuffle(jobs)
    return [build_one(rng, index, lang, tpl) for index, (lang, tpl) in enumerate(jobs)]


def main() -> None:
    """Writes the train6 files and rows, and prints the counts per label, language, layout and dated promise."""
    built = generate()
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    for item in built:
        (CORPUS / item.name).write_bytes(item.data)
    replace_rows(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"],
                 [{"file": b.name, "label": b.label, "decision_date": b.decision.isoformat() if b.decision else "",
                   "split": SPLIT, "trap": b.trap} for b in built])
    replace_rows(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"],
                 [{"file": b.name, "lang": b.lang, "company": b.company, "role": b.role, "layout": b.layout}
                  for b in built])
    print(f"wrote {len(built)} messages")
    print("labels:", dict(Counter(b.label for b in built)))
    print("langs:", dict(Counter(b.lang for b in built)))
    print("dated:", dict(Counter(b.label for b in built if b.decision)))
    print("layouts:", dict(Counter(b.layout.split("/")[0] for b in built)))


# ================================================================ banks (this author's own wording)

LOCALE: dict[str, dict] = {  # type: ignore[type-arg]
    "en": {
        "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December"],
        "numbers": {1: "one", 2: "two", 3: "three", 5: "five", 6: "six", 7: "seven", 10: "ten", 12: "twelve",
                    14: "fourteen"},
        "cities": ["Leeds", "Bristol", "Boston", "Austin", "Dublin", "Toronto", "Manchester", "Denver"],
        "apply_by": "apply by",
        "button": "View your application",
        "ats_footer": "This message was sent by {company} using {platform}. We offer equal opportunities to all "
                      "applicants. Manage your data preferences in the candidate portal.",
        "alert_footer": "You receive this alert because you subscribed. Unsubscribe or change frequency in settings.",
        "team": "The {company} Talent Team",
        "greet_formal": ["Dear {first},", "Dear {first}", "Hello {first},"],
        "greet_casual": ["Hi {first},", "Hey {first}!", "{first} -", "Hi {first}", "Morning {first},"],
        "signoff_formal": ["Kind regards,", "Best regards,", "Sincerely,", "With best wishes,"],
        "signoff_casual": ["Cheers,", "Best,", "Thanks,", "Talk soon,", "All the best,", "—"],
        "titles": {"hr": ["HR Business Partner", "People Operations Specialist", "Talent Acquisition Manager"],
                   "rec": ["Technical Recruiter", "Senior Talent Partner", "Recruiter", "Talent Lead"],
                   "hm": ["Engineering Manager", "Head of Product", "Director of Operations", "VP Marketing"],
                   "founder": ["Co-founder & CEO", "Founder", "CTO & co-founder"],
                   "agency": ["Senior Consultant", "Principal Recruiter", "Associate Director"],
                   "internal": ["Engineering Manager", "Staff Engineer", "Team Lead"]},
        "mobile": "Sent from my iPhone",
        "outlook": "From: {name} <{addr}>\nSent: {date}\nTo: {to}\nSubject: {subject}",
        "wrote": "On {date}, {name} <{addr}> wrote:",
        "re": "Re: ",
        "fwd": "Fwd: ",
        "fwd_head": "---------- Forwarded message ---------\nFrom: {name} <{addr}>\nDate: {date}\n"
                    "Subject: {subject}\nTo: {to}",
        "fwd_notes": ["{first}, resending this in case it got buried - see below.",
                      "Hi {first}, not sure my mail below reached you (our server had issues), so here it is.",
                      "Bumping this up your inbox :)",
                      "Forwarding my note from the other day in case it went to spam."],
        "offer_pdf": ["Offer_Letter_{company}.pdf", "{company}_offer.pdf", "Employment_terms.pdf"],
        "salaries": ["$128,000", "£72,500", "$96k", "£58,000", "$141,000 base", "€81,000"],
        "orig_subject": "Following up - {role}",
        "hr_display": "{company} People Team",
        "agencies": ["Northbridge Talent", "Kestrel Search", "Bluefin Recruitment", "Harbourline Partners"],
    },
    "de": {
        "weekdays": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                   "Oktober", "November", "Dezember"],
        "numbers": {1: "einer", 2: "zwei", 3: "drei", 5: "fünf", 6: "sechs", 7: "sieben", 10: "zehn", 12: "zwölf",
                    14: "vierzehn"},
        "cities": ["Hamburg", "Leipzig", "München", "Köln", "Wien", "Zürich", "Bremen", "Stuttgart"],
        "apply_by": "Bewerbungsschluss",
        "button": "Zum Bewerberportal",
        "ats_footer": "Diese Nachricht wurde von {company} über {platform} versendet. Wir bieten allen Bewerbenden "
                      "gleiche Chancen. Datenschutzhinweise finden Sie im Portal.",
        "alert_footer": "Sie erhalten diesen Job-Alert, weil Sie ihn abonniert haben. Abmelden in den Einstellungen.",
        "team": "Ihr Recruiting-Team von {company}",
        "greet_formal": ["Hallo {first},", "Guten Tag {first},",
                         "Sehr geehrte/r {first},"],
        "greet_casual": ["Hi {first},", "Hallo {first}!", "Liebe/r {first},", "Moin {first},"],
        "signoff_formal": ["Mit freundlichen Grüßen", "Freundliche Grüße", "Beste Grüße"],
        "signoff_casual": ["Viele Grüße", "LG", "Bis bald", "Herzliche Grüße", "Grüße aus dem Büro"],
        "titles": {"hr": ["HR Business Partnerin", "Personalreferent", "Talent Acquisition Specialist"],
                   "rec": ["Recruiterin", "Senior Recruiter", "Talent Partnerin"],
                   "hm": ["Teamleiter Entwicklung", "Head of Data", "Bereichsleiterin Vertrieb"],
                   "founder": ["Gründer & Geschäftsführer", "Mitgründerin"],
                   "agency": ["Personalberater", "Senior Consultant", "Executive Search Partnerin"],
                   "internal": ["Teamleitung", "Entwicklungsleiter"]},
        "mobile": "Von meinem iPhone gesendet",
        "outlook": "Von: {name} <{addr}>\nGesendet: {date}\nAn: {to}\nBetreff: {subject}",
        "wrote": "Am {date} schrieb {name} <{addr}>:",
        "re": "AW: ",
        "fwd": "WG: ",
        "fwd_head": "---------- Weitergeleitete Nachricht ---------\nVon: {name} <{addr}>\nDatum: {date}\n"
                    "Betreff: {subject}\nAn: {to}",
        "fwd_notes": ["Hallo {first}, ich schicke Ihnen meine Nachricht von neulich noch einmal, falls sie "
                      "untergegangen ist.", "Nochmal nach oben geholt - siehe unten.",
                      "{first}, falls meine Mail im Spam gelandet ist: hier nochmal."],
        "offer_pdf": ["Vertragsangebot_{company}.pdf", "Arbeitsvertrag_Entwurf.pdf", "Angebot_{company}.pdf"],
        "salaries": ["72.000 € brutto", "65.000 EUR p.a.", "84.500 €", "58.000 € plus Bonus"],
        "orig_subject": "Nachfrage zu meiner Bewerbung als {role}",
        "hr_display": "Personalabteilung {company}",
        "agencies": ["Hanse Personalberatung", "Kranich Executive Search", "Talentwerk Rhein-Main"],
    },
    "fr": {
        "weekdays": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                   "octobre", "novembre", "décembre"],
        "numbers": {1: "une", 2: "deux", 3: "trois", 5: "cinq", 6: "six", 7: "sept", 10: "dix", 12: "douze",
                    14: "quatorze"},
        "cities": ["Lyon", "Nantes", "Lille", "Bordeaux", "Montréal", "Bruxelles", "Toulouse", "Genève"],
        "apply_by": "candidater avant le",
        "button": "Voir ma candidature",
        "ats_footer": "Message envoyé par {company} via {platform}. Nous offrons les mêmes chances à toutes les "
                      "candidatures. Gérer vos données personnelles depuis l'espace candidat.",
        "alert_footer": "Vous recevez cette alerte car vous y êtes abonné·e. Se désabonner dans vos paramètres.",
        "team": "L'équipe recrutement {company}",
        "greet_formal": ["Bonjour {first},", "Madame, Monsieur,", "Chère {first},", "Bonjour,"],
        "greet_casual": ["Salut {first} !", "Bonjour {first},", "Hello {first},", "Coucou {first},"],
        "signoff_formal": ["Cordialement,", "Bien cordialement,",
                           "Nous vous prions d'agréer nos salutations distinguées."],
        "signoff_casual": ["Belle journée,", "À bientôt,", "Bien à toi,", "Bonne soirée,", "Merci et à très vite,"],
        "titles": {"hr": ["Chargée RH", "Responsable recrutement", "HR Business Partner"],
                   "rec": ["Chargé de recrutement", "Talent Acquisition", "Recruteuse tech"],
                   "hm": ["Directrice technique", "Responsable produit", "Head of Sales"],
                   "founder": ["Cofondateur & CEO", "Fondatrice"],
                   "agency": ["Consultante senior", "Manager recrutement", "Associé"],
                   "internal": ["Lead dev", "Manager d'équipe"]},
        "mobile": "Envoyé de mon iPhone",
        "outlook": "De : {name} <{addr}>\nEnvoyé : {date}\nÀ : {to}\nObjet : {subject}",
        "wrote": "Le {date}, {name} <{addr}> a écrit :",
        "re": "RE : ",
        "fwd": "TR : ",
        "fwd_head": "---------- Message transféré ---------\nDe : {name} <{addr}>\nDate : {date}\n"
                    "Objet : {subject}\nÀ : {to}",
        "fwd_notes": ["Bonjour {first}, je vous renvoie mon message au cas où il se serait perdu.",
                      "Je remonte ce message dans votre boîte.", "{first}, au cas où mon mail serait parti en spam :"],
        "offer_pdf": ["Promesse_embauche_{company}.pdf", "Proposition_{company}.pdf", "Contrat_CDI.pdf"],
        "salaries": ["52 000 € bruts annuels", "48 k€ fixe + variable", "61 000 € brut", "45 000 € sur 12 mois"],
        "orig_subject": "Suite à notre entretien - {role}",
        "hr_display": "Ressources humaines {company}",
        "agencies": ["Cabinet Vauban Conseil", "Talents & Rivages", "Azur Recrutement"],
    },
    "es": {
        "weekdays": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                   "octubre", "noviembre", "diciembre"],
        "numbers": {1: "una", 2: "dos", 3: "tres", 5: "cinco", 6: "seis", 7: "siete", 10: "diez", 12: "doce",
                    14: "catorce"},
        "cities": ["Madrid", "Valencia", "Sevilla", "Bilbao", "Ciudad de México", "Bogotá", "Málaga", "Zaragoza"],
        "apply_by": "inscripción hasta el",
        "button": "Ver mi candidatura",
        "ats_footer": "Mensaje enviado por {company} a través de {platform}. Ofrecemos igualdad de oportunidades a "
                      "todas las candidaturas. Gestiona tus datos en el portal del candidato.",
        "alert_footer": "Recibes esta alerta porque te suscribiste. Puedes darte de baja en la configuración.",
        "team": "El equipo de Talento de {company}",
        "greet_formal": ["Estimada {first}:", "Estimado/a {first}:", "Hola {first}:", "Buenos días, {first}:"],
        "greet_casual": ["¡Hola {first}!", "Hola {first},", "Buenas, {first}:", "¡Qué tal, {first}!"],
        "signoff_formal": ["Atentamente,", "Un cordial saludo,", "Saludos cordiales,"],
        "signoff_casual": ["Un abrazo,", "Saludos,", "¡Gracias!", "Hablamos,", "Un saludo,"],
        "titles": {"hr": ["Técnica de Selección", "Responsable de RR. HH.", "HR Business Partner"],
                   "rec": ["Recruiter", "Talent Acquisition", "Responsable de selección"],
                   "hm": ["Head of Engineering", "Directora de Producto", "Jefe de Operaciones"],
                   "founder": ["Cofundador y CEO", "Fundadora"],
                   "agency": ["Consultora senior", "Headhunter", "Manager de selección"],
                   "internal": ["Tech Lead", "Responsable de equipo"]},
        "mobile": "Enviado desde mi iPhone",
        "outlook": "De: {name} <{addr}>\nEnviado: {date}\nPara: {to}\nAsunto: {subject}",
        "wrote": "El {date}, {name} (<{addr}>) escribió:",
        "re": "RE: ",
        "fwd": "RV: ",
        "fwd_head": "---------- Mensaje reenviado ---------\nDe: {name} <{addr}>\nFecha: {date}\n"
                    "Asunto: {subject}\nPara: {to}",
        "fwd_notes": ["Hola {first}, te reenvío mi correo por si se perdió.", "Te lo vuelvo a mandar, abajo va.",
                      "{first}, por si acabó en spam, te lo reenvío."],
        "offer_pdf": ["Carta_oferta_{company}.pdf", "Propuesta_{company}.pdf", "Oferta_empleo.pdf"],
        "salaries": ["42.000 € brutos anuales", "38.500 € + variable", "55.000 € brutos", "$780,000 MXN anuales"],
        "orig_subject": "Seguimiento de mi candidatura - {role}",
        "hr_display": "Recursos Humanos {company}",
        "agencies": ["Selección Atlántica", "Talento Íbero Consultores", "Meridiano Headhunting"],
    },
}

PEOPLE: dict[str, list[tuple[str, str]]] = {
    "en": [("Marisol", "Keane"), ("Dev", "Ramaswamy"), ("Tobin", "Hart"), ("Orla", "Fennimore"), ("Kwame", "Addo"),
           ("Greta", "Lindqvist"), ("Rafe", "Collier"), ("Imani", "Brooks"), ("Yusuf", "Okafor"), ("Penny", "Marsh"),
           ("Caleb", "Whitlock"), ("Anouk", "Verhoeven"), ("Shira", "Bernstein"), ("Callum", "Reid")],
    "de": [("Henrike", "Vogt"), ("Jannik", "Albers"), ("Meltem", "Kaya"), ("Ole", "Brandt"), ("Svenja", "Lorenz"),
           ("Matthias", "Ebner"), ("Ronja", "Pfeiffer"), ("Dario", "Kessler"), ("Birte", "Hansen")],
    "fr": [("Solène", "Marchand"), ("Baptiste", "Leroux"), ("Inès", "Benali"), ("Gaspard", "Rivière"),
           ("Maëlle", "Guérin"), ("Karim", "Haddad"), ("Apolline", "Chevalier"), ("Thibault", "Morel")],
    "es": [("Nerea", "Etxeberria"), ("Iván", "Castaño"), ("Rocío", "Palacios"), ("Emilio", "Vidal"),
           ("Ximena", "Orozco"), ("Álvaro", "Quintana"), ("Lucía", "Montero"), ("Joaquín", "Serrano")],
}

CANDIDATES: dict[str, list[tuple[str, str]]] = {
    "en": [("Jordan", "Pike"), ("Alexis", "Moran"), ("Priya", "Nair"), ("Sam", "Okonjo"), ("Eleanor", "Voss"),
           ("Mateo", "Lind"), ("Hannah", "Cho"), ("Felix", "Dunmore"), ("Ruth", "Abernathy"), ("Theo", "Malik")],
    "de": [("Lena", "Schuster"), ("Jonas", "Hartig"), ("Aylin", "Demir"), ("Friederike", "Bauer"),
           ("Malte", "Wiese"), ("Katharina", "Roth"), ("Niklas", "Falk")],
    "fr": [("Camille", "Durand"), ("Hugo", "Lambert"), ("Chloé", "Fabre"), ("Yanis", "Roussel"),
           ("Margaux", "Perrin"), ("Élodie", "Bonnet"), ("Romain", "Garnier")],
    "es": [("Marta", "Ibáñez"), ("Diego", "Ferrer"), ("Paula", "Arriaga"), ("Sergio", "Luna"),
           ("Carmen", "Robles"), ("Andrés", "Cuesta"), ("Valentina", "Rey")],
}

COMPANIES: dict[str, list[str]] = {
    "en": ["Quillmark Analytics", "Harrow & Finch", "Tidewater Labs", "Copperleaf Health", "Brightmoor Logistics",
           "Ostrander Bank", "Pinecrest Games", "Vellum Legal Tech", "Kestrel Aerospace", "Halcyon Foods",
           "Driftwood Media", "Northgate Insurance", "Sparrowhawk Security", "Lanternfish AI"],
    "de": ["Elbwerk Software GmbH", "Tannhaus Versicherung AG", "Kieselgrün Energie", "Brückner Maschinenbau",
           "Falkenried Medien", "Isarlicht Mobility", "Weidenhof Logistik GmbH", "Sternwarte Analytics"],
    "fr": ["Lumière de Seine", "Atelier Corbeau", "Vignes & Données", "Maison Albizia", "Groupe Ténéré",
           "Bastide Santé", "Pont-Neuf Assurances", "Oriel Robotique"],
    "es": ["Almendro Tecnología", "Grupo Marisma", "Olivar Seguros", "Brisa Digital", "Cóndor Logística",
           "Faro Salud", "Tierra Roja Foods", "Nube Azul Software"],
}

ROLES: dict[str, list[str]] = {
    "en": ["Senior Backend Engineer", "Product Designer", "Data Scientist", "Customer Success Manager",
           "Financial Analyst", "DevOps Engineer", "Marketing Lead", "QA Engineer", "Technical Writer",
           "Head of Partnerships"],
    "de": ["Softwareentwickler (m/w/d)", "Data Engineer (w/m/d)", "Projektleiterin Logistik",
           "Controller (m/w/d)", "UX Designerin", "IT-Systemadministrator (m/w/d)", "Key Account Manager"],
    "fr": ["Développeuse backend", "Chef de projet digital", "Data analyst", "Responsable marketing",
           "Ingénieur DevOps", "Product manager", "Contrôleur de gestion"],
    "es": ["Desarrollador/a full stack", "Analista de datos", "Jefe/a de proyecto", "Diseñador/a UX",
           "Ingeniero/a de QA", "Responsable de marketing", "Técnico/a de sistemas"],
}

BOARDS: dict[str, list[str]] = {
    "en": ["JobPulse", "CareerHarbor Weekly", "TalentScout Alerts", "The Hiring Ledger"],
    "de": ["Stellenradar", "Jobkompass", "Karriere-Brief"],
    "fr": ["EmploiBoussole", "Le Mag Carrière", "AlerteJob"],
    "es": ["EmpleoBrújula", "Boletín Talento", "TrabajoRadar"],
}

DISCLAIMERS: dict[str, list[str]] = {
    "en": ["This email and any attachments are confidential. Nothing in this message constitutes an offer of "
           "employment or a contract unless confirmed in writing by an authorised signatory.",
           "If you received this email in error we regret any inconvenience; unfortunately we cannot accept "
           "liability for its contents. Please delete it and notify the sender.",
           "Registered in England No. 0931177. We offer reasonable adjustments at every stage of the process."],
    "de": ["Diese E-Mail ist vertraulich. Sie stellt kein verbindliches Angebot und keine Zusage dar, sofern "
           "nicht schriftlich bestätigt.",
           "Sollten Sie diese Nachricht irrtümlich erhalten haben, bedauern wir dies und bitten um Löschung. "
           "Leider können wir keine Haftung übernehmen. Sitz der Gesellschaft: Hamburg, HRB 55127."],
    "fr": ["Ce message est confidentiel. Il ne constitue en aucun cas une offre d'emploi ou un engagement "
           "contractuel.",
           "Si vous avez reçu ce message par erreur, nous le regrettons : merci de le supprimer. Malheureusement, "
           "nous ne pouvons garantir l'intégrité des messages électroniques."],
    "es": ["Este mensaje es confidencial y no constituye una oferta vinculante ni un compromiso contractual.",
           "Si ha recibido este correo por error, lamentamos las molestias; lamentablemente no podemos responder "
           "de su contenido. Le rogamos que lo elimine. Protección de datos: privacidad@grupo.example"],
}

QUOTES: dict[str, dict[str, list[str]]] = {
    "en": {
        "followup": ["Hi {first},\n\nI hope you're well. I wanted to follow up on my interview for the {role} "
                     "position and ask whether there's any update on the timeline.\n\nBest,\n{name}",
                     "Hello {first}, just checking in on the {role} process - still very interested!\n{name}"],
        "thanks": ["Dear {first},\n\nThank you for taking the time to meet me yesterday. I really enjoyed hearing "
                   "about the team's plans and would love to contribute.\n\nKind regards,\n{name}"],
        "application": ["Hello,\n\nPlease find attached my CV and cover letter for the {role} vacancy.\n\n"
                        "Best regards,\n{name}"],
        "withdraw": ["Hi {first},\n\nThank you for everything so far. I've accepted another offer and would like "
                     "to withdraw my application for {role}.\n\nAll the best,\n{name}",
                     "Dear {first}, I have decided to withdraw from the process for personal reasons. "
                     "Thank you for your time.\n{name}"],
        "user_offer": ["Hi {other},\n\nI'm delighted to offer you the role on my team. The formal letter "
                       "follows from HR; let me know if you have questions.\n\n{name}"],
    },
    "de": {
        "followup": ["Hallo {first},\n\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} "
                     "erkundigen.\n\nViele Grüße\n{name}"],
        "thanks": ["Liebe/r {first},\n\nvielen Dank für das angenehme Gespräch gestern. Die Stelle reizt mich "
                   "sehr.\n\nBeste Grüße\n{name}"],
        "application": ["Sehr geehrte Damen und Herren,\n\nanbei meine Unterlagen für die Position {role}.\n\n"
                        "Mit freundlichen Grüßen\n{name}"],
        "withdraw": ["Hallo {first},\n\nich habe inzwischen ein anderes Angebot angenommen und ziehe meine "
                     "Bewerbung daher zurück. Vielen Dank für alles!\n\n{name}"],
        "user_offer": ["Hallo {other},\n\nich freue mich, dir die Stelle in meinem Team anzubieten. Der Vertrag "
                       "kommt von HR.\n\n{name}"],
    },
    "fr": {
        "followup": ["Bonjour {first},\n\nJe me permets de revenir vers vous concernant ma candidature au poste "
                     "de {role}.\n\nBien cordialement,\n{name}"],
        "thanks": ["Bonjour {first},\n\nMerci encore pour notre échange d'hier, j'ai beaucoup apprécié.\n\n{name}"],
        "application": ["Madame, Monsieur,\n\nVeuillez trouver ci-joint mon CV pour le poste de {role}.\n\n{name}"],
        "withdraw": ["Bonjour {first},\n\nJ'ai accepté une autre offre et je retire donc ma candidature. "
                     "Merci pour votre temps.\n\n{name}"],
        "user_offer": ["Bonjour {other},\n\nJ'ai le plaisir de te proposer le poste dans mon équipe. "
                       "Les RH t'enverront la promesse d'embauche.\n\n{name}"],
    },
    "es": {
        "followup": ["Hola {first}:\n\nTe escribo para preguntar si hay novedades sobre el proceso de {role}.\n\n"
                     "Un saludo,\n{name}"],
        "thanks": ["Hola {first}:\n\nGracias de nuevo por la entrevista de ayer, me quedé con muy buenas "
                   "sensaciones.\n\n{name}"],
        "application": ["Buenos días:\n\nAdjunto mi CV para la vacante de {role}.\n\nAtentamente,\n{name}"],
        "withdraw": ["Hola {first}:\n\nHe aceptado otra oferta, así que retiro mi candidatura. Muchas gracias "
                     "por todo.\n\n{name}"],
        "user_offer": ["Hola {other}:\n\nMe alegra ofrecerte el puesto en mi equipo. RR. HH. te enviará la "
                       "carta.\n\n{name}"],
    },
}

PROMISES: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "decision": [
            ("We expect to make a decision within {n} days.", "days"),
            ("You should hear back from us within {n} business days.", "bdays"),
            ("We'll come back to you within {nw} working days.", "bdays"),
            ("I'll circle back by {wd}.", "weekday"),
            ("I'll have an answer for you by {wd} at the latest.", "weekday"),
            ("The panel is meeting on it and you'll have our decision by the end of this week.", "eow"),
            ("Expect an update from me before the week is out.", "eow"),
            ("We're aiming to wrap up and let everyone know by the end of next week.", "eonw"),
            ("We plan to confirm the outcome by {date}.", "date"),
            ("You'll get a final answer no later than the {ord}.", "dnum"),
            ("Decisions go out by the end of the month.", "eom"),
            ("All candidates will be notified by the end of {month}.", "month"),
            ("I should know tomorrow and will message you straight away.", "tomorrow"),
            ("Give us {n} weeks and you'll have a definite answer.", "weeks"),
            ("You'll hear something from me by {wd} {dnum}, promise.", "wdnum"),
            ("We'll let you know by close of business on {wd}.", "weekday"),
            ("The hiring committee signs off on the {ord}, so expect our answer by then.", "dnum"),
            ("We should be able to give you a definite answer within a fortnight.", "fortnight"),
            ("Hoping to have news for you by the end of next week.", "eonw"),
            ("Our target is to get back to every finalist by {date}.", "date"),
            ("We'll have a decision by COB {wd}.", "weekday"),
            ("You'll have our answer in the next {nw} working days.", "bdays"),
            ("We hope to be in a position to confirm by mid-month.", "vague"),
            ("We'll be in touch early next week.", "vague"),
            ("You'll hear from us in the coming weeks.", "vague"),
            ("I'll get back to you as soon as I know more.", "vague"),
            ("We hope to have news shortly.", "vague"),
            ("We'll update you once the panel has met.", "vague"),
            ("Realistically it'll be a little while yet - thanks for bearing with us.", "vague"),
        ],
        "feedback": [
            ("If it helps, I'll send you the panel's written feedback by {wd}.", "weekday"),
            ("Detailed feedback will follow within {n} business days.", "bdays"),
            ("I'll pull the interviewers' notes together and send them over by the end of the week.", "eow"),
            ("You'll receive written feedback by {date}.", "date"),
            ("Happy to share feedback if you'd find it useful.", "vague"),
            ("I'll try to send a few notes from the panel when I can.", "vague"),
        ],
    },
    "de": {
        "decision": [
            ("Wir melden uns innerhalb von {n} Tagen bei Ihnen.", "days"),
            ("Eine Entscheidung erhalten Sie innerhalb von {n} Arbeitstagen.", "bdays"),
            ("Rechnen Sie mit einer Antwort in den nächsten {nw} Geschäftstagen.", "bdays"),
            ("Sie hören bis {wd} von uns.", "weekday"),
            ("Ich melde mich spätestens am {wd} bei dir.", "weekday"),
            ("Bis Ende dieser Woche wissen wir mehr und geben Ihnen Bescheid.", "eow"),
            ("Wir möchten Ihnen bis Ende nächster Woche eine Rückmeldung geben.", "eonw"),
            ("Eine Rückmeldung bekommen Sie bis spätestens KW {kw}.", "kw"),
            ("Die finale Entscheidung fällt in KW {kw}, bis dahin haben Sie Bescheid.", "kw"),
            ("Wir planen, die Entscheidung bis zum {date} zu treffen.", "date"),
            ("Spätestens zum Monatsende haben Sie unsere Antwort.", "eom"),
            ("Die Rückmeldung an alle Kandidierenden erfolgt bis Ende {month}.", "month"),
            ("Morgen sprechen wir im Team darüber, ich melde mich dann morgen bei dir.", "tomorrow"),
            ("Innerhalb von {n} Wochen sollten wir so weit sein.", "weeks"),
            ("Du hörst bis {wd} von mir.", "weekday"),
            ("Ich gebe dir bis spätestens KW {kw} Bescheid.", "kw"),
            ("Bis Ende nächster Woche weißt du mehr, versprochen.", "eonw"),
            ("Ich melde mich innerhalb von {n} Tagen bei dir.", "days"),
            ("Bis {date} haben wir entschieden.", "date"),
            ("Spätestens Ende KW {kw} melden wir uns bei Ihnen.", "kw"),
            ("Innerhalb der nächsten {n} Tage erhalten Sie eine Rückmeldung.", "days"),
            ("Sie hören im Laufe der nächsten Woche von uns.", "vague"),
            ("Wir melden uns zeitnah.", "vague"),
            ("Sie hören Anfang nächster Woche von uns.", "vague"),
            ("Sobald wir mehr wissen, melden wir uns.", "vague"),
            ("Das dauert leider noch ein paar Tage.", "vague"),
            ("Ich melde mich, sobald ich was höre.", "vague"),
        ],
        "feedback": [
            ("Ein ausführliches Feedback schicke ich Ihnen bis {wd}.", "weekday"),
            ("Das schriftliche Feedback des Panels bekommen Sie innerhalb von {n} Arbeitstagen.", "bdays"),
            ("Gern schicke ich Ihnen bis zum {date} ein kurzes Feedback.", "date"),
            ("Wenn du magst, schicke ich dir bis {wd} ein paar Notizen aus dem Team.", "weekday"),
            ("Gern gebe ich dir Feedback, wenn du magst.", "vague"),
            ("Gerne gebe ich Ihnen bei Interesse ein Feedback.", "vague"),
        ],
    },
    "fr": {
        "decision": [
            ("Nous reviendrons vers vous sous huitaine.", "huitaine"),
            ("Vous aurez une réponse d'ici {wd}.", "weekday"),
            ("Je te fais un retour d'ici la fin de la semaine.", "eow"),
            ("Nous vous communiquerons notre décision d'ici la fin de la semaine prochaine.", "eonw"),
            ("Une réponse vous sera apportée sous {n} jours ouvrés.", "bdays"),
            ("Nous nous engageons à vous répondre dans un délai de {n} jours.", "days"),
            ("La décision sera prise avant le {date}.", "date"),
            ("Nous prévoyons de clôturer le processus d'ici fin {month}.", "month"),
            ("Retour promis d'ici la fin du mois.", "eom"),
            ("Je devrais avoir la réponse demain, je te dis ça.", "tomorrow"),
            ("Comptez {n} semaines pour une réponse définitive.", "weeks"),
            ("Je te redis ça d'ici {wd}, promis.", "weekday"),
            ("On te fait un retour sous huitaine.", "huitaine"),
            ("Tu auras notre réponse avant le {date}.", "date"),
            ("Nous vous répondrons au plus tard le {date}.", "date"),
            ("Vous serez fixé·e d'ici la fin de la semaine.", "eow"),
            ("Nous revenons vers vous au plus tard en fin de semaine prochaine.", "eonw"),
            ("Vous aurez un retour dans les {n} jours.", "days"),
            ("Nous reviendrons vers vous prochainement.", "vague"),
            ("Je reviens vers toi début de semaine prochaine.", "vague"),
            ("Nous vous tiendrons informé·e dans les prochains jours.", "vague"),
            ("Nous ne manquerons pas de revenir vers vous dès que possible.", "vague"),
            ("On revient vers toi très vite.", "vague"),
        ],
        "feedback": [
            ("Je vous envoie un retour détaillé d'ici {wd}.", "weekday"),
            ("Vous recevrez un retour écrit de l'équipe sous {n} jours ouvrés.", "bdays"),
            ("Un retour écrit vous parviendra sous huitaine.", "huitaine"),
            ("Je t'envoie les retours de l'équipe d'ici {wd}.", "weekday"),
            ("Si tu veux, je te fais un retour plus détaillé.", "vague"),
            ("Je peux vous faire un retour si vous le souhaitez.", "vague"),
        ],
    },
    "es": {
        "decision": [
            ("Te daremos una respuesta antes del {wd} {dnum}.", "wdnum"),
            ("Recibirás noticias nuestras en un plazo de {n} días hábiles.", "bdays"),
            ("Te contesto antes del {wd}.", "weekday"),
            ("Tendremos una decisión antes de que acabe la semana.", "eow"),
            ("Esperamos cerrar el proceso a finales de la semana que viene.", "eonw"),
            ("Le comunicaremos la decisión en un plazo de {n} días.", "days"),
            ("La resolución se comunicará antes del {date}.", "date"),
            ("Antes de fin de mes tendrás respuesta.", "eom"),
            ("Informaremos a todas las candidaturas a finales de {month}.", "month"),
            ("Mañana lo hablo con dirección y te digo algo.", "tomorrow"),
            ("Dentro de {n} semanas como máximo te diremos algo.", "weeks"),
            ("Le daremos una respuesta antes del {wd} {dnum}.", "wdnum"),
            ("Recibirá noticias nuestras en un plazo de {n} días hábiles.", "bdays"),
            ("Le responderemos, como muy tarde, el {date}.", "date"),
            ("Tendrá una respuesta antes del {wd}.", "weekday"),
            ("Como muy tarde el {wd} te decimos algo.", "weekday"),
            ("Le contestaremos en los próximos {n} días hábiles.", "bdays"),
            ("Te diremos algo a lo largo de la semana que viene.", "vague"),
            ("Te diremos algo en breve.", "vague"),
            ("Te escribimos a principios de la semana que viene.", "vague"),
            ("Nos pondremos en contacto contigo en los próximos días.", "vague"),
            ("En cuanto sepamos algo, te avisamos.", "vague"),
            ("Nos pondremos en contacto con usted próximamente.", "vague"),
            ("Le informaremos en cuanto tengamos novedades.", "vague"),
        ],
        "feedback": [
            ("Si quieres, te envío el feedback del panel antes del {wd}.", "weekday"),
            ("Recibirás un informe con comentarios en un plazo de {n} días hábiles.", "bdays"),
            ("Si te sirve, puedo darte feedback más adelante.", "vague"),
            ("Le enviaremos un informe con comentarios antes del {date}.", "date"),
            ("Si lo desea, podemos darle feedback más adelante.", "vague"),
        ],
    },
}

T = Template

EN: list[Template] = [
    # ---- rejection
    T("rejection", "warm_rejection", "rec", "Your {role} interviews",
      "Thanks again for the time you spent with the team on the {role} interviews. Everyone enjoyed the "
      "conversation[ and your take on the case study was one of the sharpest we saw|].\n\nAfter a lot of back and "
      "forth we've decided to go with a candidate whose background is closer to what the team needs right now. "
      "[I know that's not the news you were hoping for.|I'm sorry to be the bearer of this one.] {P}"),
    T("rejection", "offer_to_other", "rec", "{role} - update",
      "Quick update on {role}: we've extended an offer to another candidate and they've accepted, so we're "
      "closing the search. Thanks for your patience through the process[ - it was a long one|]."),
    T("rejection", "cannot_offer", "hr", "Your application for {role} at {company}",
      "Thank you for your interest in the {role} position at {company} and for attending the interview.\n\nAfter "
      "careful consideration, we regret to inform you that we cannot offer you the position at this time. "
      "[We will keep your details on file for twelve months.|] We wish you every success in your search."),
    T("rejection", "rescinded", "hm", "About the {role} offer",
      "I'm really sorry to be writing this. Because of the hiring freeze announced this morning, {company} has "
      "had to withdraw the offer we made you for the {role} role. This has nothing to do with you or your "
      "interviews[ - you were our first choice|].\n\nI'll call you later today to talk it through."),
    T("rejection", "no_interview", "ats", "Your application to {company}",
      "Thank you for applying for {role}. We received a great many applications and, after reviewing yours, we "
      "are unable to offer you an interview on this occasion.\n\nWe appreciate the time you took and hope you'll "
      "consider {company} again in future."),
    T("rejection", "filled", "ats", "Update: {role}",
      "We're writing to let you know that the {role} position you applied for has now been filled. We appreciate "
      "your interest in {company} and encourage you to keep an eye on our careers page for future openings."),
    T("rejection", "offer_to_other", "agency", "{company} - feedback",
      "I've just heard back from my client {company}. They've made an offer to someone with slightly more "
      "[fintech|regulated-industry|hands-on] experience, so they won't be taking your application further.\n\n"
      "They did say you interviewed really well. I've got a couple of other roles that could suit you - "
      "shall we talk this week?"),
    T("rejection", "warm_rejection", "founder", "thank you",
      "~Hey {first}, wanted to tell you personally rather than through the portal: we're not going to move "
      "forward. It was genuinely close - you were one of the last two - but we went with someone who can start "
      "sooner.\n\n[Would love to stay in touch.|Happy to grab coffee any time, and I'll happily intro you to a "
      "couple of friends who are hiring.]"),
    T("rejection", "talent_pool", "rec", "{role} at {company}",
      "Thanks for your patience while we worked through the shortlist. We won't be moving ahead with your "
      "application for {role}, but we'd like to keep you in our talent pool and may reach out when something "
      "better suited opens up. {P}"),
    T("rejection", "reapply", "hr", "Application outcome - {ref}",
      "Thank you for taking part in our selection process for {role}. On this occasion you have not been "
      "selected to progress further.\n\nYou are welcome to re-apply to {company} after {months} months; "
      "we value the effort you put in."),
    T("rejection", "offer_to_other", "rec", "{role}",
      "Thank you for your flexibility over the last few weeks. The team has decided to offer the role to an "
      "internal candidate[ who has been covering it since the summer|]. I'm sorry it isn't better news. {P}"),
    T("rejection", "warm_rejection", "hm", "Thanks from the team",
      "You clearly have a lot to offer, and it was a genuinely hard call, but we've decided not to proceed with "
      "your application. We needed someone with more [people management|Kubernetes|enterprise sales] depth for "
      "this particular team. {P}\n\nPlease do keep in touch."),
    T("rejection", "status_portal", "ats", "Your application status has changed",
      "Your application status for {role} ({ref}) has changed to: Not selected.\n\nThank you for your interest "
      "in {company}. Log in to the candidate portal to view your applications or set up job alerts."),
    T("rejection", "rescinded", "hr", "Conditional offer - {role}",
      "Following the outcome of the pre-employment checks, we are not able to proceed with the conditional offer "
      "of employment dated last week. The offer is therefore withdrawn with immediate effect.\n\nIf you believe "
      "the check results are inaccurate you may contact us within {months} days."),
    T("rejection", "terse_pass", "rec", "re: {role}",
      "~hi {first} - thanks for coming in on [Tuesday|Thursday|Monday]. we're going to pass on this one, the team "
      "wants someone more senior. best of luck with the search"),
    T("rejection", "offer_unfortunately", "hr", "Your interview with {company}",
      "We were pleased to offer you an interview and appreciated meeting you. Unfortunately, we will not be "
      "offering you the position. The standard of candidates was very high. {P}"),
    # ---- offer
    T("offer", "formal_offer", "hr", "Offer of employment - {role}",
      "We are delighted to offer you the position of {role} at {company}. Your offer letter, setting out your "
      "salary of {salary}, benefits and a proposed start date of {start}, is attached.\n\nPlease sign and return "
      "it by {due} if you wish to accept."),
    T("offer", "casual_offer", "hm", "The team wants you!",
      "I'm thrilled - the panel was unanimous. We'd love to have you join us as our {role}. [{hm}|Someone] from "
      "People will send the paperwork over, but I wanted you to hear it from me first.\n\nAny questions at all, "
      "ring me."),
    T("offer", "verbal_offer", "rec", "Following our call",
      "Great talking to you just now. As discussed on the phone, we're making you a verbal offer for {role} at "
      "{salary}. Written terms will follow once [finance signs off|the approvals are done], usually in a couple of "
      "days.\n\nLet me know if anything in what we discussed needs a second look."),
    T("offer", "offer_references", "rec", "Good news - {role}",
      "I'm pleased to let you know the team would like to offer you the {role} role, subject to two satisfactory "
      "references and a background check. Could you send me your referees' contact details?"),
    T("offer", "offer_next_steps", "ats", "Next steps for your {role} application",
      "Congratulations! {company} has prepared an offer for you.\n\nNext steps:\n1. Review your offer letter in "
      "the portal\n2. Accept or decline by {due}\n3. Complete the new-joiner forms\n\nWe're excited to have you "
      "on board."),
    T("offer", "welcome_aboard", "founder", "welcome aboard (almost)",
      "~Hey {first}! Welcome aboard - well, almost. We'd like you to be our first {role}. I'm thinking {salary} "
      "plus 0.4% equity; happy to talk it through on a call. Can you start {start}?"),
    T("offer", "paperwork", "hr", "Your contract - {role}",
      "Further to your conversation with {hm}, we are pleased to confirm our offer for the role of {role}. "
      "Please find the employment contract enclosed for signature, together with the new starter form.\n\n"
      "Your first day will be {start}."),
    T("offer", "agency_offer", "agency", "{company} want you!",
      "Brilliant news - {company} want to offer you the job! They've come in at {salary} with the hybrid setup "
      "you asked for. Have a think and let's speak tonight; they'd like an answer by {due}."),
    T("offer", "offer_unfortunately", "hm", "{role} - offer",
      "Unfortunately I couldn't get approval for the higher band, but I'm very happy to offer you the {role} "
      "position at {salary}. I think the growth here will make up for it, and we'll review after six months."),
    T("offer", "offer_next_steps", "rec", "Next steps",
      "Next steps: the panel has agreed to extend you an offer for {role}! I'll walk you through the package on a "
      "call - does {slot} work? The written offer will come from {hm} in HR."),
    T("offer", "casual_offer", "hm", "quick one",
      "~{first}, it's a yes from us! We want you on the team. Let's find a start date that works for you - "
      "I'm away the first week of next month, otherwise flexible."),
    T("offer", "welcome_aboard", "ats", "Welcome to {company}!",
      "Welcome to {company}! Your offer for {role} has been approved and is ready for you to sign in "
      "{platform}.\n\nPlease complete your pre-boarding tasks before {start}."),
    T("offer", "conditional_offer", "hr", "Conditional offer of employment",
      "I am pleased to make you a conditional offer of employment as {role}. This offer is conditional upon "
      "receipt of satisfactory references, proof of your right to work and a medical questionnaire.\n\nThe "
      "offer remains open until {due}."),
    T("offer", "verbal_offer", "founder", "as promised",
      "Like I said on the phone - we want you. Consider this the offer in writing-ish: {role}, {salary}, "
      "remote-first. Proper contract next week once our lawyer has had a look."),
    # ---- next_step
    T("next_step", "offer_slot", "rec", "Next stage - {role}",
      "I'd like to offer you a call with {hm}, our head of [engineering|product|operations], as the next stage. "
      "Would {slot} work, or {slot2}? {P}"),
    T("next_step", "scheduling", "ats", "Schedule your technical interview",
      "You're invited to the technical interview for {role}. Please choose a time that suits you using the link "
      "below; the session lasts 60 minutes over video."),
    T("next_step", "reschedule", "hm", "Moving our interview",
      "Unfortunately something has come up and I have to move our interview. Could we do {slot} instead? So "
      "sorry for the shuffle."),
    T("next_step", "assessment", "rec", "{role} - take-home",
      "Next step is a take-home exercise - details attached. It should take about three hours; please send it "
      "back by {due}. After that we'll review it as a panel. {P}"),
    T("next_step", "offer_interview", "hr", "Interview invitation - {role}",
      "We are pleased to offer you an interview for the {role} position. The interview will take place on "
      "{slot} at our office and will last approximately 90 minutes.\n\nPlease confirm your attendance."),
    T("next_step", "final_round", "founder", "last step",
      "The team loved you. Last step is dinner with my co-founder - purely to see if we'd enjoy working "
      "together. Can you do {slot}?"),
    T("next_step", "stage_passed", "hr", "Your application - next round",
      "Congratulations, you have passed the first interview stage. We would like to invite you to a second "
      "interview with the department on {slot}. Once the second round is complete we'll make our decision. {P}"),
    T("next_step", "availability", "rec", "second chat?",
      "{hm} would like a second chat. Could you send me your availability for [next week|the coming days]? "
      "Thirty minutes is enough. {P}"),
    T("next_step", "offer_slot", "agency", "Second interview - {company}",
      "My client would like to meet you for a second interview. They've offered two slots: {slot} or {slot2}. "
      "Let me know which you prefer and I'll confirm."),
    T("next_step", "offer_call", "hm", "happy to chat more",
      "Thanks for the thoughtful questions last time. I'd like to offer you a follow-up call to go through the "
      "system design part in more depth - pick any time on my calendar next week."),
    T("next_step", "case_presentation", "ats", "Invitation: case study presentation",
      "As the next step in the process for {role}, we invite you to present a short case study to the panel on "
      "{slot}. The brief is in your candidate portal. {P}"),
    # ---- pending
    T("pending", "delay", "rec", "{role} - where things stand",
      "Just a quick note so you know we haven't forgotten you. The hiring team is still interviewing for {role}. "
      "{P}"),
    T("pending", "offer_stage", "hr", "Your application - {role}",
      "We are currently at the offer stage with another candidate for {role}. We would like to keep your "
      "application open and will come back to you once this has concluded. {P}"),
    T("pending", "on_hold", "hm", "Update on {role}",
      "I don't want to leave you hanging: the {role} hiring is on hold while we rework next year's budget. "
      "Nothing has changed about how we see you. {P}"),
    T("pending", "waitlist", "rec", "Quick update",
      "Honest update: you're our strong second choice. We've made an offer to another candidate, but it hasn't "
      "been accepted yet - if it falls through, we'd like to come straight back to you. {P}"),
    T("pending", "pending_unfortunately", "rec", "Re: timeline",
      "Unfortunately the decision is taking longer than planned - two of the panel are travelling. {P} Sorry "
      "for the wait."),
    T("pending", "founder_thinking", "founder", "still thinking",
      "~{first} - still thinking! Need to talk it through with my co-founder, who's been off sick. {P}"),
    T("pending", "status_portal", "ats", "Your application is under review",
      "Your application for {role} is under review by the hiring team. {P} You can follow its status in the "
      "candidate portal."),
    T("pending", "agency_pending", "agency", "Update from {company}",
      "Quick update from {company}'s side: they're finishing the last interviews this week and haven't decided "
      "yet. {P} I'll chase them if it goes quiet."),
    T("pending", "plain", "hm", "thanks for your patience",
      "Thanks for your patience, and for the lovely note after the interview. We're not quite there yet. {P}"),
    T("pending", "pending_regret", "hr", "{role} - status",
      "We regret that we have not yet been able to reach a decision regarding the {role} position. Additional "
      "stakeholders have joined the process. {P} We apologise for the delay."),
    T("pending", "offer_stage", "rec", "where we are",
      "We're moving into the offer stage for this role, but we haven't made a final call on who yet - you are "
      "very much still in the mix. {P}"),
    # ---- acknowledgement
    T("acknowledgement", "plain", "ats", "Thank you for applying to {company}",
      "Thank you for applying to {company}! We've received your application for {role} and our team will review "
      "it carefully. {P}"),
    T("acknowledgement", "ack_offer_word", "ats", "Application received - {role}",
      "Thanks for your application for {role}. Please note that we can't offer individual feedback at the "
      "screening stage. {P}\n\nWhat we offer: flexible hours, learning budget, 30 days' holiday."),
    T("acknowledgement", "ack_unfortunately", "noreply", "We received your application",
      "~Hello,\n\nWe confirm receipt of your application for {role}. Unfortunately, due to the high volume of "
      "applications, we are unable to reply to every message personally. {P}\n\n{company} Recruitment"),
    T("acknowledgement", "received_docs", "rec", "Re: documents",
      "Thanks - got your references and the signed consent form. I'll pass them to the team. {P}"),
    T("acknowledgement", "plain", "hr", "Confirmation of receipt ({ref})",
      "This email confirms receipt of your application (reference {ref}) for the {role} vacancy. {P}"),
    T("acknowledgement", "received_portfolio", "rec", "portfolio",
      "Thanks for sending the portfolio through; I've passed it straight to {hm}. {P}"),
    T("acknowledgement", "ack_thanks_note", "hm", "Re: thank you",
      "Thanks for your kind note - it was a pleasure meeting you too. I've shared your follow-up thoughts with "
      "the panel. {P}"),
    T("acknowledgement", "ack_offer_word", "rec", "Got it",
      "Got your CV, thanks! We offer a relocation package for this one, so Lisbon is no problem. I'll take a "
      "proper look this week. {P}"),
    # ---- auto_reply
    T("auto_reply", "out_of_office", "ooo", "Automatic reply: {orig}",
      "~Thank you for your email. I am out of the office until {back} with limited access to email. For urgent "
      "recruitment questions please contact talent@{cdomain}.\n\n{me}"),
    T("auto_reply", "out_of_office", "ooo", "Out of office: {orig}",
      "~Hi, I'm on parental leave until {back}. Unfortunately I won't be able to reply until then. If your "
      "message is about an offer or contract, please write to {hm} instead."),
    T("auto_reply", "left_company", "ooo", "Automatic reply: {orig}",
      "~{me} has left {company}. This mailbox is no longer monitored. Please send recruiting enquiries to "
      "careers@{cdomain}."),
    T("auto_reply", "auto_noreply", "noreply", "Re: {orig}",
      "~This is an automated message. This inbox is not monitored, so we are unable to respond to replies. "
      "To update your application, please use the candidate portal."),
    T("auto_reply", "out_of_office", "ooo", "Away: {orig}",
      "~I'm travelling for our recruiting fair until {back} and checking mail only occasionally. I'll reply when "
      "I'm back - thanks for your patience!"),
    T("auto_reply", "auto_noreply", "noreply", "Auto-reply: we got your email",
      "~Thanks for getting in touch with {company} Careers. This is an automatic reply to confirm your email "
      "reached us. We aim to answer queries within five working days; please don't reply to this message."),
    # ---- other
    T("other", "job_alert", "alert", "{role}: new jobs for you",
      "New jobs matching your alert \"{role}\":\n\n{jobs}\n\nDon't miss out - the best offers go fast."),
    T("other", "newsletter_offer", "alert", "Negotiating your offer - our weekly career letter",
      "This week: how to negotiate a job offer, what to do when an offer is rescinded, and five companies "
      "still hiring in [fintech|health tech|logistics].\n\n{jobs}"),
    T("other", "newsletter_regret", "alert", "Webinar cancelled",
      "We regret to inform you that this Thursday's webinar \"Ace your final interview\" has been cancelled. "
      "Unfortunately our speaker is unwell. Here are some roles you may like instead:\n\n{jobs}"),
    T("other", "withdrawal", "rec", "Re: {role}",
      "Thanks for letting me know, and congratulations on the new role! I've withdrawn your application for "
      "{role} as requested. Best of luck - it was great getting to know you."),
    T("other", "withdrawal", "ats", "Your application has been withdrawn",
      "This is to confirm that your application for {role} at {company} has been withdrawn at your request. "
      "You are welcome to apply for other roles at any time."),
    T("other", "interviewer_offer", "internal", "{other} - decision",
      "Thanks for interviewing {other} yesterday. The panel agreed to extend an offer - could you add your "
      "scorecard by Friday so HR can send the letter? We need to decide the level by the end of the week."),
    T("other", "interviewer_offer", "peer", "Re: your offer",
      "~Hi,\n\nThank you so much for the offer! I'm delighted to accept. I'll sign the contract as soon as HR "
      "sends it[ - and thanks for making the interviews so relaxed|]."),
    T("other", "interviewer", "internal", "Panel for {role} on {slot}",
      "Could you sit on the panel for {other} on {slot}? You'd cover the technical part. Unfortunately the "
      "candidate can only do afternoons."),
    T("other", "survey", "noreply", "How did we do?",
      "~Thank you for interviewing with {company}. We'd love to hear about your candidate experience - the "
      "survey takes two minutes and your answers are anonymous. We regret that we cannot reply to comments "
      "individually."),
    T("other", "cold_outreach", "agency", "Opportunity you might like",
      "I came across your profile and think you'd be a great fit for a {role} role with one of my clients. "
      "They offer a 4-day week and fully remote working. Open to a chat?"),
    T("other", "networking", "hm", "great to meet you",
      "Great meeting you at the meetup on Tuesday. As promised, here's the article on pairing I mentioned. No "
      "openings on my team right now, unfortunately, but let's keep in touch."),
    T("other", "account", "noreply", "Confirm your candidate account",
      "~Welcome to the {company} careers site. Please confirm your email address to finish creating your "
      "candidate profile. This link expires in 24 hours."),
]

DE: list[Template] = [
    # ---- rejection
    T("rejection", "warm_rejection", "rec", "Ihre Bewerbung als {role}",
      "vielen Dank für die offenen Gespräche und Ihr Interesse an {company}. Sie haben das Team mit Ihrer "
      "Fallstudie wirklich beeindruckt.\n\nNach reiflicher Überlegung haben wir uns dennoch für eine Person "
      "entschieden, deren Profil noch genauer zu unseren aktuellen Anforderungen passt. {P}"),
    T("rejection", "offer_to_other", "hr", "Rückmeldung zu Ihrer Bewerbung",
      "wir haben inzwischen einer anderen Kandidatin ein Angebot unterbreitet, das sie angenommen hat. Die "
      "Position {role} ist damit besetzt.\n\nWir danken Ihnen für Ihre Geduld und wünschen Ihnen alles Gute."),
    T("rejection", "cannot_offer", "ats", "Ihre Bewerbung bei {company}",
      "leider können wir Ihnen die Stelle als {role} nicht anbieten. Diese Entscheidung ist uns bei der Vielzahl "
      "sehr guter Bewerbungen nicht leichtgefallen.\n\n[Gerne nehmen wir Sie in unseren Talentpool auf.|Wir "
      "wünschen Ihnen für Ihren weiteren Weg viel Erfolg.]"),
    T("rejection", "rescinded", "hm", "Zusage {role}",
      "es tut mir wirklich leid: Wegen eines kurzfristigen Einstellungsstopps müssen wir unsere Zusage für die "
      "Stelle {role} zurückziehen. Das hat nichts mit Ihnen zu tun. Ich rufe Sie heute Nachmittag an."),
    T("rejection", "no_interview", "ats", "Ihre Bewerbung - {ref}",
      "vielen Dank für Ihre Bewerbung als {role}. Nach sorgfältiger Prüfung müssen wir Ihnen mitteilen, dass wir "
      "Sie nicht zu einem Vorstellungsgespräch einladen können."),
    T("rejection", "agency_offer_other", "agency", "Feedback {company}",
      "ich habe heute Feedback von meinem Kunden {company} bekommen: Sie haben sich für einen Kandidaten mit "
      "mehr Branchenerfahrung entschieden und ihm bereits ein Angebot gemacht. Schade! Ich habe aber noch zwei "
      "andere spannende Mandate - wollen wir telefonieren?"),
    T("rejection", "founder_casual", "founder", "kurz und ehrlich",
      "~Hey {first}, ich wollte es dir selbst sagen: Wir gehen mit jemand anderem weiter. War knapp! Du hast "
      "viel zu bieten, und wenn wir nächstes Jahr wachsen, melde ich mich bei dir. {P}"),
    T("rejection", "reapply", "hr", "Ihre Bewerbung als {role}",
      "leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Eine "
      "erneute Bewerbung ist nach {months} Monaten jederzeit möglich."),
    # ---- offer
    T("offer", "formal_offer", "hr", "Vertragsangebot {role}",
      "wir freuen uns sehr, Ihnen die Position als {role} bei {company} anbieten zu können. Anbei finden Sie "
      "unser Vertragsangebot mit einem Jahresgehalt von {salary} und einem Eintrittsdatum zum {start}.\n\nBitte "
      "senden Sie uns den unterschriebenen Vertrag bis zum {due} zurück."),
    T("offer", "casual_offer", "hm", "Gute Nachrichten!",
      "das Team ist sich einig: Wir möchten dich unbedingt an Bord haben! Die Unterlagen kommen in den nächsten "
      "Tagen von HR, aber ich wollte es dir vorher schon persönlich sagen."),
    T("offer", "verbal_offer", "rec", "Unser Telefonat",
      "wie eben telefonisch besprochen, bestätige ich Ihnen hiermit mündlich unser Angebot für die Position "
      "{role}. Den schriftlichen Vertrag erhalten Sie, sobald die Freigabe der Geschäftsführung vorliegt."),
    T("offer", "conditional_offer", "hr", "Zusage unter Vorbehalt",
      "wir freuen uns, Ihnen eine Zusage für die Stelle {role} geben zu können - vorbehaltlich positiver "
      "Referenzen und eines polizeilichen Führungszeugnisses. Bitte reichen Sie beides bis {due} ein."),
    T("offer", "offer_next_steps", "ats", "Nächste Schritte zu Ihrer Bewerbung",
      "herzlichen Glückwunsch! {company} hat ein Angebot für Sie erstellt.\n\nNächste Schritte:\n1. Angebot im "
      "Portal ansehen\n2. Vertrag digital unterschreiben\n3. Onboarding-Fragebogen ausfüllen\n\nWir freuen uns "
      "auf Sie!"),
    T("offer", "welcome_aboard", "founder", "Willkommen an Bord",
      "~Hi {first}, willkommen an Bord - fast jedenfalls! Wir würden dich gern als {role} holen, {salary} plus "
      "virtuelle Anteile. Passt dir ein Start am {start}?"),
    T("offer", "offer_unfortunately", "hm", "Angebot",
      "leider konnte ich das höhere Gehaltsband nicht durchsetzen, aber ich freue mich sehr, Ihnen die Stelle "
      "als {role} mit {salary} anzubieten. Nach der Probezeit schauen wir uns das Gehalt noch einmal an."),
    # ---- next_step
    T("next_step", "offer_slot", "rec", "Zweites Gespräch",
      "gerne möchten wir Sie zu einem zweiten Gespräch mit {hm} einladen. Wir können Ihnen {slot} oder {slot2} "
      "anbieten. Welcher Termin passt Ihnen besser? {P}"),
    T("next_step", "reschedule", "hm", "Terminverschiebung",
      "leider muss ich unser Gespräch verschieben, mir ist ein Kundentermin dazwischengekommen. Ginge {slot} "
      "stattdessen? Entschuldigen Sie die Umstände."),
    T("next_step", "assessment", "ats", "Ihre Fallstudie",
      "als nächsten Schritt bitten wir Sie, die beigefügte Fallstudie zu bearbeiten und bis {due} im Portal "
      "hochzuladen. Danach entscheidet das Team über die letzte Runde. {P}"),
    T("next_step", "offer_interview", "hr", "Einladung zum Vorstellungsgespräch",
      "wir freuen uns, Ihnen ein persönliches Vorstellungsgespräch anbieten zu können. Es findet am {slot} in "
      "unserem Büro statt. Bitte bestätigen Sie den Termin kurz."),
    T("next_step", "availability", "founder", "nächste Runde",
      "~Hi {first}, das Team war begeistert. Letzter Schritt: ein Abendessen mit meiner Mitgründerin. Schick mir "
      "doch zwei, drei Abende, die dir passen."),
    # ---- pending
    T("pending", "delay", "hr", "Zwischenstand zu Ihrer Bewerbung",
      "wir möchten Ihnen einen kurzen Zwischenstand geben: Das Auswahlverfahren für die Position {role} ist "
      "noch nicht abgeschlossen. {P}"),
    T("pending", "offer_stage", "rec", "Stand {role}",
      "wir befinden uns gerade in der Angebotsphase mit einer anderen Kandidatin. Ihre Bewerbung bleibt aktiv, "
      "und sobald das geklärt ist, kommen wir auf Sie zu. {P}"),
    T("pending", "on_hold", "hm", "Kurzes Update",
      "die Stelle liegt aktuell leider auf Eis, weil das Budget für nächstes Jahr neu verhandelt wird. An "
      "unserem Eindruck von Ihnen ändert das nichts. {P}"),
    T("pending", "pending_unfortunately", "rec", "AW: Nachfrage",
      "danke für die Nachfrage! Leider hat sich die Entscheidung verzögert, weil zwei Kollegen im Urlaub sind. "
      "{P}"),
    T("pending", "plain", "agency", "Update von {company}",
      "kurzes Update: {company} führt diese Woche noch die letzten Gespräche. {P} Ich bleibe dran."),
    T("pending", "waitlist", "rec", "Ehrliches Update",
      "Sie sind unsere klare Nummer zwei. Wir haben einem anderen Kandidaten ein Angebot gemacht, aber noch "
      "keine Antwort - sollte er absagen, kommen wir sofort auf Sie zu. {P}"),
    # ---- acknowledgement
    T("acknowledgement", "plain", "ats", "Eingangsbestätigung Ihrer Bewerbung",
      "vielen Dank für Ihre Bewerbung als {role}. Ihre Unterlagen sind bei uns eingegangen und werden nun "
      "sorgfältig geprüft. {P}"),
    T("acknowledgement", "ack_offer_word", "ats", "Bewerbung eingegangen",
      "danke für Ihr Interesse an {company}! Wir haben Ihre Bewerbung erhalten. {P}\n\nWas wir bieten: 30 Tage "
      "Urlaub, Jobrad und ein Weiterbildungsbudget."),
    T("acknowledgement", "received_docs", "rec", "AW: Unterlagen",
      "danke, Zeugnisse und Referenzen sind angekommen. Ich gebe alles an die Fachabteilung weiter. {P}"),
    T("acknowledgement", "ack_unfortunately", "noreply", "Ihre Bewerbung ist eingegangen",
      "~Guten Tag,\n\nwir bestätigen den Eingang Ihrer Bewerbung. Leider können wir aufgrund der vielen "
      "Zuschriften nicht jede Nachricht persönlich beantworten. {P}\n\nIhre Personalabteilung"),
    # ---- auto_reply
    T("auto_reply", "out_of_office", "ooo", "Abwesenheitsnotiz: {orig}",
      "~Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back} nicht im Büro. In dringenden Fällen "
      "wenden Sie sich bitte an {hm} aus dem Recruiting-Team."),
    T("auto_reply", "out_of_office", "ooo", "Automatische Antwort: {orig}",
      "~Ich bin in Elternzeit und ab {back} wieder erreichbar. Leider werden E-Mails in dieser Zeit nicht "
      "weitergeleitet. Bei Fragen zu Angeboten oder Verträgen schreiben Sie bitte an personal@{cdomain}."),
    T("auto_reply", "auto_noreply", "noreply", "AW: {orig}",
      "~Dies ist eine automatisch generierte Nachricht. Antworten auf diese Adresse werden nicht gelesen. Bitte "
      "nutzen Sie das Bewerberportal."),
    # ---- other
    T("other", "job_alert", "alert", "Neue Jobs: {role}",
      "Neue Stellen passend zu Ihrem Suchauftrag \"{role}\":\n\n{jobs}\n\nTop-Angebote der Woche - jetzt "
      "bewerben!"),
    T("other", "newsletter_offer", "alert", "Karriere-Brief: Gehaltsverhandlung",
      "Diese Woche: So verhandeln Sie Ihr Jobangebot, und was tun, wenn eine Zusage zurückgezogen wird? Dazu "
      "neue Stellen:\n\n{jobs}"),
    T("other", "newsletter_regret", "alert", "Absage: Karriere-Webinar",
      "Leider müssen wir das Webinar am Donnerstag absagen - wir bedauern das sehr. Stattdessen hier aktuelle "
      "Stellen:\n\n{jobs}"),
    T("other", "withdrawal", "rec", "AW: Rückzug meiner Bewerbung",
      "danke für die offene Nachricht und herzlichen Glückwunsch zum neuen Job! Ich habe Ihre Bewerbung wie "
      "gewünscht zurückgezogen. Alles Gute!"),
    T("other", "interviewer_offer", "internal", "Entscheidung {other}",
      "danke fürs Interview mit {other} gestern. Wir wollen {other_first} ein Angebot machen - kannst du bis "
      "Freitag dein Feedback ins System eintragen? Die Gehaltsstufe entscheiden wir bis Ende der Woche."),
    T("other", "interviewer", "internal", "Interviewpanel {role}",
      "kannst du am {slot} beim Gespräch mit {other} dabei sein? Du würdest den fachlichen Teil übernehmen."),
    T("other", "survey", "noreply", "Ihre Meinung zählt",
      "~Vielen Dank, dass Sie sich bei {company} beworben haben. Wie war Ihr Bewerbungserlebnis? Die Umfrage "
      "dauert zwei Minuten. Leider können wir auf Kommentare nicht einzeln antworten."),
]

FR: list[Template] = [
    # ---- rejection
    T("rejection", "warm_rejection", "rec", "Votre candidature - {role}",
      "Merci pour nos échanges et pour l'énergie que vous avez mise dans ce processus. L'équipe a beaucoup "
      "apprécié votre présentation.\n\nNous avons toutefois choisi de poursuivre avec un profil plus proche de "
      "nos besoins immédiats. {P}"),
    T("rejection", "offer_to_other", "hr", "Suite de votre candidature",
      "Nous avons le regret de vous informer que nous avons fait une proposition à un autre candidat, qui l'a "
      "acceptée. Le poste de {role} est donc pourvu.\n\nNous vous remercions de l'intérêt porté à {company}."),
    T("rejection", "cannot_offer", "ats", "Votre candidature chez {company}",
      "Après étude attentive de votre dossier, nous ne sommes malheureusement pas en mesure de vous proposer un "
      "entretien pour le poste de {role}. [Nous conservons votre CV dans notre vivier.|Nous vous souhaitons "
      "pleine réussite.]"),
    T("rejection", "rescinded", "hm", "Promesse d'embauche",
      "C'est avec beaucoup de regret que je vous écris : suite à un gel des recrutements décidé hier, nous "
      "devons retirer la promesse d'embauche pour le poste de {role}. Cela ne remet absolument pas en cause vos "
      "qualités. Je vous appelle demain pour en parler."),
    T("rejection", "no_offer", "hr", "Votre entretien chez {company}",
      "Nous vous remercions pour votre participation aux entretiens. Malheureusement, nous ne pourrons pas vous "
      "offrir ce poste. {P}"),
    T("rejection", "agency_offer_other", "agency", "Retour de {company}",
      "J'ai eu le retour de mon client {company} : ils ont fait une offre à un candidat avec davantage "
      "d'expérience sectorielle. Dommage ! J'ai d'autres missions qui pourraient vous plaire, on s'appelle ?"),
    T("rejection", "founder_casual", "founder", "merci",
      "~Salut {first}, je préfère te le dire moi-même : on part sur un autre profil. C'était serré ! Tu as "
      "beaucoup à offrir, et je reviendrai vers toi si on recrute à nouveau. {P}"),
    # ---- offer
    T("offer", "formal_offer", "hr", "Proposition d'embauche - {role}",
      "Nous avons le plaisir de vous proposer le poste de {role} au sein de {company}, en CDI, avec une "
      "rémunération de {salary} et une prise de poste le {start}.\n\nVous trouverez ci-joint la promesse "
      "d'embauche, à nous retourner signée avant le {due}."),
    T("offer", "casual_offer", "hm", "Bonne nouvelle !",
      "Toute l'équipe est d'accord : on aimerait vraiment que tu nous rejoignes ! Les RH t'envoient les papiers "
      "cette semaine, mais je voulais te l'annoncer moi-même."),
    T("offer", "verbal_offer", "rec", "Suite à notre appel",
      "Comme évoqué au téléphone, je vous confirme notre accord de principe pour le poste de {role}. La "
      "proposition écrite suivra dès validation par la direction financière."),
    T("offer", "conditional_offer", "hr", "Proposition sous réserve",
      "Nous sommes heureux de vous proposer le poste de {role}, sous réserve de la vérification de vos "
      "références et de la production de votre diplôme avant le {due}."),
    T("offer", "offer_next_steps", "ats", "Prochaines étapes",
      "Félicitations ! {company} vous a adressé une proposition.\n\nProchaines étapes :\n1. Consulter la "
      "proposition dans votre espace\n2. Signer électroniquement\n3. Compléter votre dossier d'arrivée\n\n"
      "Bienvenue parmi nous !"),
    T("offer", "welcome_aboard", "founder", "bienvenue à bord",
      "~Hello {first} ! Bienvenue à bord (ou presque) : on te propose de devenir notre {role}, {salary} plus "
      "BSPCE. Tu pourrais commencer le {start} ?"),
    T("offer", "offer_unfortunately", "hm", "Ta proposition",
      "Malheureusement je n'ai pas pu obtenir la fourchette haute, mais je suis ravie de te proposer le poste de "
      "{role} à {salary}. On refait le point après la période d'essai."),
    # ---- next_step
    T("next_step", "offer_slot", "rec", "Second entretien",
      "Nous souhaitons vous rencontrer pour un second entretien avec {hm}. Nous pouvons vous proposer le {slot} "
      "ou le {slot2}. Quel créneau vous convient ? {P}"),
    T("next_step", "reschedule", "hm", "Report de notre entretien",
      "Malheureusement je dois décaler notre entretien. Serait-il possible de le faire le {slot} ? Toutes mes "
      "excuses."),
    T("next_step", "assessment", "ats", "Votre cas pratique",
      "Prochaine étape : un cas pratique à rendre avant le {due} via votre espace candidat. L'équipe décidera "
      "ensuite du dernier tour. {P}"),
    T("next_step", "offer_interview", "hr", "Convocation à un entretien",
      "Nous avons le plaisir de vous proposer un entretien pour le poste de {role}, le {slot}, dans nos locaux. "
      "Merci de nous confirmer votre présence."),
    T("next_step", "offer_call", "founder", "on s'appelle ?",
      "~{first}, merci pour l'échange ! Je te propose un call avec mon associé pour la dernière étape, tu es "
      "dispo {slot} ?"),
    # ---- pending
    T("pending", "delay", "hr", "Point d'étape sur votre candidature",
      "Nous tenions à vous informer que le processus de recrutement pour le poste de {role} est toujours en "
      "cours. {P}"),
    T("pending", "offer_stage", "rec", "Où en sommes-nous",
      "Nous sommes actuellement en phase de proposition avec une autre personne. Votre candidature reste active "
      "et nous reviendrons vers vous dès que ce sera clarifié. {P}"),
    T("pending", "on_hold", "hm", "Petit point",
      "Le recrutement est malheureusement suspendu le temps de valider le budget de l'an prochain. Cela ne "
      "change rien à notre impression. {P}"),
    T("pending", "pending_unfortunately", "rec", "RE : Relance",
      "Merci pour votre relance ! Malheureusement, la décision prend plus de temps que prévu, deux membres du "
      "jury sont en déplacement. {P}"),
    T("pending", "waitlist", "rec", "Un point honnête",
      "Vous êtes notre deuxième choix. Nous avons fait une proposition à un autre candidat, qui ne nous a pas "
      "encore répondu ; s'il la décline, nous reviendrons immédiatement vers vous. {P}"),
    T("pending", "plain", "agency", "Des nouvelles de {company}",
      "Petit point : {company} termine ses derniers entretiens cette semaine. {P} Je vous tiens au courant."),
    # ---- acknowledgement
    T("acknowledgement", "plain", "ats", "Accusé de réception de votre candidature",
      "Nous vous remercions pour votre candidature au poste de {role}. Elle a bien été reçue et sera étudiée "
      "avec attention. {P}"),
    T("acknowledgement", "ack_offer_word", "ats", "Candidature reçue",
      "Merci pour votre intérêt pour {company} ! Votre candidature est bien enregistrée. {P}\n\nCe que nous "
      "offrons : télétravail, mutuelle prise en charge à 100 %, tickets restaurant."),
    T("acknowledgement", "received_docs", "rec", "RE : Documents",
      "Merci, j'ai bien reçu vos références et votre diplôme. Je transmets au manager. {P}"),
    T("acknowledgement", "ack_unfortunately", "noreply", "Votre candidature a bien été reçue",
      "~Bonjour,\n\nNous accusons réception de votre candidature. Malheureusement, compte tenu du nombre de "
      "candidatures, nous ne pouvons pas répondre personnellement à chaque message. {P}\n\nLe service RH"),
    # ---- auto_reply
    T("auto_reply", "out_of_office", "ooo", "Réponse automatique : {orig}",
      "~Bonjour, je suis absente du bureau jusqu'au {back} inclus. Pour toute urgence concernant un "
      "recrutement, merci de contacter {hm}."),
    T("auto_reply", "out_of_office", "ooo", "Absence : {orig}",
      "~Je suis en congé jusqu'au {back}, avec un accès limité à mes e-mails. Malheureusement, je ne pourrai pas "
      "répondre avant mon retour. Pour les offres et contrats, écrivez à rh@{cdomain}."),
    T("auto_reply", "auto_noreply", "noreply", "RE : {orig}",
      "~Ce message est généré automatiquement, merci de ne pas y répondre. Cette adresse n'est pas consultée. "
      "Utilisez votre espace candidat pour toute demande."),
    # ---- other
    T("other", "job_alert", "alert", "Nouvelles offres : {role}",
      "Nouvelles offres correspondant à votre alerte « {role} » :\n\n{jobs}\n\nPostulez vite, les meilleures "
      "offres partent en quelques jours !"),
    T("other", "newsletter_offer", "alert", "Le Mag Carrière : négocier son offre",
      "Au programme : comment négocier une offre d'emploi, que faire si une promesse d'embauche est retirée, et "
      "les offres de la semaine :\n\n{jobs}"),
    T("other", "newsletter_regret", "alert", "Annulation de notre webinaire",
      "Nous avons le regret d'annuler le webinaire de jeudi. Malheureusement notre intervenante est souffrante. "
      "En attendant, quelques offres :\n\n{jobs}"),
    T("other", "withdrawal", "rec", "RE : Retrait de ma candidature",
      "Merci de m'avoir prévenue, et félicitations pour ce nouveau poste ! J'ai bien retiré votre candidature. "
      "Au plaisir de se recroiser."),
    T("other", "interviewer_offer", "internal", "Décision pour {other}",
      "Merci d'avoir fait l'entretien avec {other}. On part sur une proposition - tu peux remplir ta grille "
      "d'évaluation d'ici vendredi ? On tranche le niveau de salaire d'ici la fin de la semaine."),
    T("other", "interviewer", "internal", "Jury {role}",
      "Tu serais dispo le {slot} pour le jury de {other} ? Tu prendrais la partie technique."),
    T("other", "survey", "noreply", "Votre avis sur notre processus",
      "~Merci d'avoir postulé chez {company}. Donnez-nous votre avis sur votre expérience candidat en deux "
      "minutes. Nous regrettons de ne pas pouvoir répondre individuellement aux commentaires."),
]

ES: list[Template] = [
    # ---- rejection
    T("rejection", "warm_rejection", "rec", "Tu candidatura - {role}",
      "Gracias por tu tiempo y por lo bien que preparaste las entrevistas; al equipo le encantó tu caso "
      "práctico.\n\nAun así, hemos decidido seguir con un perfil que encaja mejor con lo que necesitamos ahora "
      "mismo. {P}"),
    T("rejection", "offer_to_other", "hr", "Proceso de selección {role}",
      "Le informamos de que hemos realizado una oferta a otra persona candidata, que la ha aceptado, por lo que "
      "el puesto de {role} queda cubierto.\n\nAgradecemos sinceramente su interés en {company}."),
    T("rejection", "cannot_offer", "ats", "Tu candidatura en {company}",
      "Tras revisar tu perfil, lamentablemente no podemos ofrecerte una entrevista para el puesto de {role}. "
      "[Guardaremos tu CV para futuras vacantes.|Te deseamos mucha suerte.]"),
    T("rejection", "rescinded", "hm", "Sobre tu oferta",
      "Siento mucho escribirte esto: por una congelación de contrataciones aprobada ayer, tenemos que retirar la "
      "oferta que te hicimos para {role}. No tiene nada que ver contigo. Te llamo esta tarde."),
    T("rejection", "no_offer", "hr", "Resultado del proceso",
      "Gracias por participar en nuestro proceso. Lamentamos comunicarle que no podremos ofrecerle el puesto en "
      "esta ocasión. {P}"),
    T("rejection", "agency_offer_other", "agency", "Feedback de {company}",
      "Me acaba de contestar mi cliente {company}: le han hecho una oferta a otra candidata con más experiencia "
      "en el sector. ¡Una pena! Tengo otros procesos que te pueden encajar, ¿hablamos?"),
    T("rejection", "founder_casual", "founder", "gracias",
      "~Hola {first}, prefiero decírtelo yo: vamos con otra persona. ¡Estuvo muy reñido! Tienes mucho que "
      "aportar y, si volvemos a contratar, te escribo. {P}"),
    # ---- offer
    T("offer", "formal_offer", "hr", "Oferta de empleo - {role}",
      "Nos complace ofrecerle el puesto de {role} en {company}, con contrato indefinido, una retribución de "
      "{salary} y fecha de incorporación el {start}.\n\nAdjuntamos la carta de oferta; le rogamos que nos la "
      "devuelva firmada antes del {due}."),
    T("offer", "casual_offer", "hm", "¡Buenas noticias!",
      "¡El equipo lo tiene claro: queremos que te unas a nosotros! RR. HH. te mandará los papeles esta semana, "
      "pero quería decírtelo yo primero."),
    T("offer", "verbal_offer", "rec", "Tras nuestra llamada",
      "Como te comenté por teléfono, te confirmo de palabra nuestra oferta para el puesto de {role}. La oferta "
      "por escrito llegará en cuanto la apruebe dirección."),
    T("offer", "conditional_offer", "hr", "Oferta condicionada",
      "Nos alegra ofrecerle el puesto de {role}, condicionado a la comprobación de sus referencias y a la "
      "presentación de su titulación antes del {due}."),
    T("offer", "offer_next_steps", "ats", "Próximos pasos",
      "¡Enhorabuena! {company} te ha enviado una oferta.\n\nPróximos pasos:\n1. Revisar la oferta en el portal\n"
      "2. Firmarla electrónicamente\n3. Completar tu ficha de incorporación\n\n¡Bienvenido/a!"),
    T("offer", "welcome_aboard", "founder", "bienvenida a bordo",
      "~¡Hola {first}! Bienvenida a bordo (casi): te proponemos ser nuestra {role}, {salary} más stock options. "
      "¿Podrías empezar el {start}?"),
    T("offer", "offer_unfortunately", "hm", "Tu oferta",
      "Lamentablemente no he conseguido la banda salarial alta, pero estoy encantado de ofrecerte el puesto de "
      "{role} con {salary}. Lo revisamos al acabar el periodo de prueba."),
    # ---- next_step
    T("next_step", "offer_slot", "rec", "Segunda entrevista",
      "Nos gustaría verte en una segunda entrevista con {hm}. Te podemos ofrecer el {slot} o el {slot2}. "
      "¿Cuál te va mejor? {P}"),
    T("next_step", "reschedule", "hm", "Cambio de hora",
      "Lamentablemente tengo que mover nuestra entrevista. ¿Te vendría bien el {slot}? Disculpa las molestias."),
    T("next_step", "assessment", "ats", "Tu prueba técnica",
      "El siguiente paso es una prueba técnica que deberás entregar antes del {due} en el portal. Después el "
      "equipo decidirá la última ronda. {P}"),
    T("next_step", "offer_interview", "hr", "Convocatoria a entrevista",
      "Nos complace ofrecerle una entrevista para el puesto de {role} el {slot} en nuestras oficinas. Le "
      "rogamos que confirme su asistencia."),
    T("next_step", "offer_call", "founder", "¿hablamos?",
      "~{first}, ¡gracias por la charla! Te propongo una llamada con mi socio como último paso, ¿te viene bien "
      "el {slot}?"),
    # ---- pending
    T("pending", "delay", "hr", "Estado de su candidatura",
      "Queremos informarle de que el proceso de selección para el puesto de {role} sigue abierto. {P}"),
    T("pending", "offer_stage", "rec", "En qué punto estamos",
      "Estamos en la fase de oferta con otra persona. Tu candidatura sigue activa y volveremos a escribirte en "
      "cuanto se resuelva. {P}"),
    T("pending", "on_hold", "hm", "Actualización",
      "El proceso está en pausa mientras se aprueba el presupuesto del año que viene. Eso no cambia nuestra "
      "impresión sobre ti. {P}"),
    T("pending", "pending_unfortunately", "rec", "RE: Seguimiento",
      "¡Gracias por escribir! Lamentablemente la decisión se está retrasando porque dos personas del comité "
      "están de viaje. {P}"),
    T("pending", "waitlist", "rec", "Te cuento",
      "Eres nuestra segunda opción. Hemos hecho una oferta a otro candidato que aún no ha respondido; si la "
      "rechaza, volvemos a ti enseguida. {P}"),
    T("pending", "plain", "agency", "Novedades de {company}",
      "Te cuento: {company} termina esta semana las últimas entrevistas. {P} Te mantengo al tanto."),
    # ---- acknowledgement
    T("acknowledgement", "plain", "ats", "Hemos recibido tu candidatura",
      "Gracias por inscribirte en la oferta de {role}. Hemos recibido tu candidatura y la revisaremos con "
      "atención. {P}"),
    T("acknowledgement", "ack_offer_word", "ats", "Candidatura recibida",
      "¡Gracias por tu interés en {company}! Tu candidatura se ha registrado correctamente. {P}\n\nQué "
      "ofrecemos: jornada flexible, seguro médico y formación."),
    T("acknowledgement", "received_docs", "rec", "RE: Documentación",
      "Gracias, he recibido tus referencias y el título. Se lo paso al responsable. {P}"),
    T("acknowledgement", "ack_unfortunately", "noreply", "Confirmación de recepción",
      "~Hola:\n\nConfirmamos la recepción de tu candidatura. Lamentablemente, por el volumen de solicitudes, no "
      "podemos responder a cada mensaje de forma personal. {P}\n\nDepartamento de Personas"),
    # ---- auto_reply
    T("auto_reply", "out_of_office", "ooo", "Respuesta automática: {orig}",
      "~Hola, estoy fuera de la oficina hasta el {back}. Para cualquier tema urgente de selección, escribe a "
      "{hm}."),
    T("auto_reply", "out_of_office", "ooo", "Fuera de la oficina: {orig}",
      "~Estoy de vacaciones hasta el {back} y lamentablemente no podré responder hasta mi vuelta. Para ofertas "
      "y contratos, escribe a rrhh@{cdomain}."),
    T("auto_reply", "auto_noreply", "noreply", "RE: {orig}",
      "~Este es un mensaje automático; por favor, no respondas. Este buzón no se revisa. Usa el portal del "
      "candidato para cualquier consulta."),
    # ---- other
    T("other", "job_alert", "alert", "Nuevas ofertas: {role}",
      "Nuevas ofertas para tu alerta «{role}»:\n\n{jobs}\n\n¡Inscríbete pronto, las mejores ofertas vuelan!"),
    T("other", "newsletter_offer", "alert", "Boletín: cómo negociar tu oferta",
      "Esta semana: cómo negociar una oferta de trabajo, qué hacer si te retiran una oferta, y las vacantes "
      "destacadas:\n\n{jobs}"),
    T("other", "newsletter_regret", "alert", "Webinar cancelado",
      "Lamentamos comunicarte que el webinar del jueves queda cancelado. Lamentablemente la ponente está "
      "enferma. Mientras tanto, algunas ofertas:\n\n{jobs}"),
    T("other", "withdrawal", "rec", "RE: Retiro mi candidatura",
      "¡Gracias por avisar y enhorabuena por el nuevo puesto! He retirado tu candidatura como pediste. "
      "Mucha suerte."),
    T("other", "interviewer_offer", "internal", "Decisión sobre {other}",
      "Gracias por entrevistar a {other}. Vamos a hacerle una oferta: ¿puedes rellenar tu evaluación antes del "
      "viernes? El nivel salarial lo cerramos antes de que acabe la semana."),
    T("other", "interviewer", "internal", "Panel {role}",
      "¿Puedes estar el {slot} en la entrevista de {other}? Te tocaría la parte técnica."),
    T("other", "survey", "noreply", "Tu opinión nos importa",
      "~Gracias por participar en el proceso de {company}. Cuéntanos tu experiencia en dos minutos. Lamentamos "
      "no poder responder a cada comentario."),
]

EN += [
    T("rejection", "req_closed", "ats", "Update on requisition {ref}",
      "Thank you for your interest in {company}. The requisition {ref} ({role}) has been closed and we are no "
      "longer recruiting for it. Your candidate profile remains active for other positions."),
    T("rejection", "reply_rejection", "rec", "{orig}",
      "Thanks for following up, and sorry you had to chase. I'm afraid the team decided to move forward with "
      "other candidates whose experience more closely matched the brief. {P}"),
    T("rejection", "rescinded", "founder", "bad news, I'm afraid",
      "~{first}, I hate writing this. Our round fell through on Friday and I have to pull the offer I made you "
      "last week. I'm so sorry - I know you turned down other interviews for us. If things turn around, you're "
      "the first person I'll call."),
    T("rejection", "no_interview", "ats", "Regarding your application",
      "Thank you for your application for {role}. We've decided not to move forward to an interview at this "
      "stage. We know this isn't the outcome you were hoping for and wish you well."),
    T("offer", "offer_via_call", "rec", "Good news - can we talk?",
      "I have an offer for you! The team signed off this morning on {role}. Can we jump on a call at {slot} so "
      "I can take you through the package before the letter goes out?"),
    T("offer", "offer_next_steps", "ats", "Your offer is ready to review",
      "An offer letter for {role} is ready in your candidate home. Please review the terms and accept or "
      "decline by {due}. Questions about the package can go to your recruiter."),
    T("offer", "welcome_aboard", "hm", "so happy!",
      "HR is drawing up the paperwork now - all I need is your preferred start date. Thrilled to have you on "
      "the team, {first}. First week will be mostly onboarding and lunches!"),
    T("offer", "revised_offer", "rec", "Revised offer - {role}",
      "As promised, here's the revised offer: we've moved the base to {salary} and added a signing bonus. "
      "Everything else stays as in the original letter. Let me know your thoughts by {due}."),
    T("next_step", "calendar_invite", "ats", "Interview confirmed: {role}",
      "Your interview for {role} is confirmed for {slot} (video call). A calendar invitation is attached. "
      "Unfortunately we can't reschedule within 24 hours of the start time."),
    T("next_step", "offer_call", "rec", "intro call?",
      "I'd like to offer you a 20-minute intro call with our CTO to talk about the role in more depth. "
      "Could you share a couple of times that suit you?"),
    T("pending", "pending_offer_word", "rec", "Re: update?",
      "Thanks for checking in! We're not in a position to make an offer yet, as we still have two candidates "
      "to see. {P}"),
    T("pending", "delay", "ats", "Update on your application",
      "Thank you for your patience - the hiring team needs a bit more time to review all candidates for "
      "{role}. {P}"),
    T("pending", "pending_unfortunately", "hm", "no news yet",
      "No news yet, sorry! Unfortunately our VP is out until Monday and needs to sign off. {P}"),
    T("acknowledgement", "ack_followup", "rec", "Re: following up",
      "Thanks for the nudge - received, and I've flagged it to the hiring manager. {P}"),
    T("acknowledgement", "ack_unfortunately", "ats", "We've received your application",
      "Thank you for applying for {role}! Your application has been received. Unfortunately we can't accept "
      "documents by email, so please upload any updates in the portal. {P}"),
    T("auto_reply", "out_of_office", "ooo", "Automatic reply: {orig}",
      "~I'm currently off sick and not checking email. I'll respond when I'm back, probably around {back}. "
      "For anything urgent about interviews or offers, contact recruiting@{cdomain}."),
    T("auto_reply", "mailbox_change", "noreply", "Undeliverable mailbox: {orig}",
      "~This address is no longer in use. Your message has not been forwarded. Please resend it to "
      "talent@{cdomain}. This is an automatic notification."),
    T("other", "interviewer_offer", "internal", "Offer for {other} - please review",
      "Before the offer goes out to {other}, could you double-check the level and start date in the draft? "
      "We'd like to send it by the end of the week. Unfortunately legal needs it tomorrow morning."),
    T("other", "interviewer", "internal", "Candidate packet: {other}",
      "Attached is the packet for your interview with {other} on {slot}: CV, take-home and the question bank. "
      "Please submit your scorecard within 24 hours."),
    T("other", "referral", "noreply", "Refer a friend to {company}",
      "~Know someone great? Our referral programme is open: refer a friend for any open role and receive a "
      "bonus if they accept an offer. We regret that self-referrals are not eligible."),
    T("other", "event_invite", "alert", "Career fair this Thursday",
      "Meet 40 employers in person this Thursday. Bring your CV - several companies will make offers on the "
      "spot. Featured roles:\n\n{jobs}"),
]

DE += [
    T("rejection", "status_portal", "ats", "Statusänderung Ihrer Bewerbung",
      "der Status Ihrer Bewerbung als {role} ({ref}) hat sich geändert: Absage.\n\nWir danken Ihnen für Ihr "
      "Interesse an {company}."),
    T("rejection", "terse_pass", "rec", "kurze Rückmeldung",
      "~Hi {first}, danke fürs Gespräch am Dienstag. Wir gehen in eine andere Richtung, das Team sucht jemanden "
      "mit mehr Führungserfahrung. Alles Gute!"),
    T("rejection", "talent_pool", "hr", "Ihre Bewerbung bei {company}",
      "nach sorgfältiger Prüfung haben wir uns gegen eine Fortsetzung des Verfahrens entschieden. Wir würden Sie "
      "aber gern in unseren Talentpool aufnehmen und bei passenden Stellen auf Sie zukommen. {P}"),
    T("offer", "welcome_aboard", "ats", "Willkommen bei {company}!",
      "willkommen bei {company}! Ihr Vertrag als {role} ist in {platform} zur digitalen Unterschrift bereit. "
      "Bitte erledigen Sie Ihre Preboarding-Aufgaben bis zum {start}."),
    T("offer", "agency_offer", "agency", "Angebot von {company}",
      "super Neuigkeiten: {company} möchte Ihnen die Stelle anbieten! Das Angebot liegt bei {salary}, Homeoffice "
      "wie gewünscht. Sie hätten gern bis {due} eine Rückmeldung - wollen wir heute Abend telefonieren?"),
    T("next_step", "calendar_invite", "ats", "Terminbestätigung: Interview {role}",
      "Ihr Interview für die Position {role} ist bestätigt: {slot}, per Videocall. Eine Kalendereinladung finden "
      "Sie im Anhang. Leider können wir kurzfristige Absagen nicht berücksichtigen."),
    T("next_step", "offer_call", "rec", "Kurzes Telefonat?",
      "ich würde Ihnen gern ein kurzes Telefonat mit unserem CTO anbieten, um die Rolle zu vertiefen. Passt "
      "Ihnen {slot}? {P}"),
    T("pending", "pending_offer_word", "hm", "Zwischenstand",
      "wir sind noch nicht so weit, ein Angebot zu machen - zwei Gespräche stehen noch aus. {P}"),
    T("pending", "delay", "ats", "Ihre Bewerbung - Zwischenstand",
      "vielen Dank für Ihre Geduld. Das Fachteam benötigt noch etwas Zeit, um alle Bewerbungen zu sichten. {P}"),
    T("acknowledgement", "plain", "hr", "Ihre Bewerbung: Eingangsbestätigung",
      "hiermit bestätigen wir den Eingang Ihrer Bewerbungsunterlagen für die Position {role}. {P}"),
    T("auto_reply", "left_company", "ooo", "Automatische Antwort: {orig}",
      "~{me} ist nicht mehr bei {company} tätig. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich "
      "an karriere@{cdomain}."),
    T("other", "withdrawal", "ats", "Ihre Bewerbung wurde zurückgezogen",
      "hiermit bestätigen wir, dass Ihre Bewerbung als {role} auf Ihren Wunsch zurückgezogen wurde. Sie können "
      "sich jederzeit auf andere Stellen bewerben."),
    T("other", "cold_outreach", "agency", "Spannende Position",
      "ich bin auf Ihr Profil aufmerksam geworden. Mein Kunde bietet eine Stelle als {role} mit 4-Tage-Woche. "
      "Hätten Sie Interesse an einem kurzen Austausch?"),
]

FR += [
    T("rejection", "status_portal", "ats", "Mise à jour de votre candidature",
      "Le statut de votre candidature au poste de {role} ({ref}) a changé : non retenue.\n\nNous vous remercions "
      "de l'intérêt que vous portez à {company}."),
    T("rejection", "terse_pass", "rec", "Retour rapide",
      "~Bonjour {first}, merci pour l'échange de mardi. Nous ne donnerons pas suite, l'équipe cherche un profil "
      "plus senior. Bonne continuation !"),
    T("rejection", "talent_pool", "hr", "Votre candidature chez {company}",
      "Après étude de votre candidature, nous ne pouvons y donner une suite favorable. Nous souhaitons "
      "toutefois conserver votre profil dans notre vivier de talents. {P}"),
    T("offer", "welcome_aboard", "ats", "Bienvenue chez {company} !",
      "Bienvenue chez {company} ! Votre contrat de {role} est prêt à être signé sur {platform}. Merci de "
      "compléter vos démarches d'arrivée avant le {start}."),
    T("offer", "agency_offer", "agency", "Proposition de {company}",
      "Excellente nouvelle : {company} souhaite vous faire une proposition ! Ils sont à {salary}, avec deux "
      "jours de télétravail. Ils attendent votre réponse avant le {due}, on s'appelle ce soir ?"),
    T("next_step", "calendar_invite", "ats", "Confirmation d'entretien",
      "Votre entretien pour le poste de {role} est confirmé : {slot}, en visio. Vous trouverez l'invitation en "
      "pièce jointe. Malheureusement, aucun report n'est possible moins de 24 h avant."),
    T("next_step", "availability", "rec", "Vos disponibilités ?",
      "{hm} aimerait vous revoir pour un dernier échange. Pouvez-vous m'indiquer vos disponibilités la semaine "
      "prochaine ? {P}"),
    T("pending", "pending_offer_word", "hm", "Point d'étape",
      "Nous ne sommes pas encore en mesure de faire une proposition : deux entretiens restent à mener. {P}"),
    T("pending", "delay", "ats", "Votre candidature : point d'étape",
      "Merci pour votre patience. L'équipe a besoin d'un peu plus de temps pour étudier toutes les "
      "candidatures au poste de {role}. {P}"),
    T("acknowledgement", "plain", "hr", "Accusé de réception",
      "Nous accusons bonne réception de votre dossier de candidature pour le poste de {role}. {P}"),
    T("auto_reply", "left_company", "ooo", "Réponse automatique : {orig}",
      "~{me} a quitté {company}. Ce message n'a pas été transféré. Merci d'écrire à recrutement@{cdomain}."),
    T("other", "withdrawal", "ats", "Retrait de votre candidature",
      "Nous vous confirmons que votre candidature au poste de {role} a bien été retirée à votre demande. Vous "
      "pouvez postuler à d'autres offres à tout moment."),
    T("other", "cold_outreach", "agency", "Une opportunité pour vous",
      "J'ai découvert votre profil et je pense à vous pour un poste de {role} chez l'un de mes clients, qui "
      "offre la semaine de quatre jours. Seriez-vous ouvert·e à un échange ?"),
]

ES += [
    T("rejection", "status_portal", "ats", "Actualización de tu candidatura",
      "El estado de tu candidatura para {role} ({ref}) ha cambiado a: descartada.\n\nGracias por tu interés en "
      "{company}."),
    T("rejection", "terse_pass", "rec", "respuesta rápida",
      "~Hola {first}, gracias por la charla del martes. No vamos a seguir adelante, el equipo busca un perfil "
      "más sénior. ¡Mucha suerte!"),
    T("rejection", "talent_pool", "hr", "Su candidatura en {company}",
      "Tras estudiar su candidatura, lamentamos comunicarle que no continuará en el proceso. Nos gustaría "
      "conservar su perfil en nuestra bolsa de talento. {P}"),
    T("offer", "welcome_aboard", "ats", "¡Bienvenido/a a {company}!",
      "¡Bienvenido/a a {company}! Tu contrato de {role} ya está listo para firmar en {platform}. Completa tus "
      "tareas de incorporación antes del {start}."),
    T("offer", "agency_offer", "agency", "Oferta de {company}",
      "¡Buenísimas noticias: {company} quiere ofrecerte el puesto! Proponen {salary} y teletrabajo dos días. "
      "Necesitan respuesta antes del {due}, ¿hablamos esta tarde?"),
    T("next_step", "calendar_invite", "ats", "Entrevista confirmada",
      "Tu entrevista para {role} está confirmada: {slot}, por videollamada. Te adjuntamos la invitación. "
      "Lamentablemente no podemos cambiarla con menos de 24 horas de antelación."),
    T("next_step", "availability", "rec", "¿Tu disponibilidad?",
      "{hm} quiere volver a hablar contigo. ¿Me pasas tu disponibilidad para la semana que viene? {P}"),
    T("pending", "pending_offer_word", "hm", "Seguimos",
      "Todavía no estamos en condiciones de hacer una oferta: nos quedan dos entrevistas. {P}"),
    T("pending", "delay", "ats", "Tu candidatura sigue en revisión",
      "Gracias por tu paciencia. El equipo necesita un poco más de tiempo para revisar todas las candidaturas "
      "de {role}. {P}"),
    T("acknowledgement", "plain", "hr", "Acuse de recibo",
      "Le confirmamos la recepción de su candidatura para el puesto de {role}. {P}"),
    T("auto_reply", "left_company", "ooo", "Respuesta automática: {orig}",
      "~{me} ya no trabaja en {company}. Su mensaje no se ha reenviado. Escriba a seleccion@{cdomain}."),
    T("other", "withdrawal", "ats", "Candidatura retirada",
      "Te confirmamos que tu candidatura para {role} se ha retirado a petición tuya. Puedes inscribirte en "
      "otras ofertas cuando quieras."),
    T("other", "cold_outreach", "agency", "Una oportunidad",
      "He visto tu perfil y creo que encajas en un puesto de {role} para un cliente que ofrece jornada de cuatro "
      "días. ¿Te apetece que hablemos?"),
]

DE += [
    T("offer", "paperwork", "hr", "Ihr Arbeitsvertrag - {role}",
      "im Anschluss an Ihr Gespräch mit {hm} bestätigen wir Ihnen gern unser Angebot für die Position {role}. "
      "Anbei erhalten Sie den Arbeitsvertrag in zweifacher Ausfertigung sowie den Personalfragebogen. Ihr erster "
      "Arbeitstag wäre der {start}."),
    T("offer", "offer_via_call", "rec", "Gute Nachrichten - kurz telefonieren?",
      "ich habe ein Angebot für Sie! Die Geschäftsführung hat heute Morgen zugestimmt. Können wir am {slot} "
      "telefonieren, damit ich Ihnen das Paket erläutere, bevor der Vertrag rausgeht?"),
    T("other", "interviewer_offer", "peer", "AW: Dein Angebot",
      "~Hallo,\n\nvielen Dank für das Angebot! Ich nehme sehr gerne an und unterschreibe, sobald der Vertrag "
      "von HR kommt[ - und danke für die entspannten Gespräche|]."),
    T("rejection", "reply_rejection", "rec", "{orig}",
      "danke für Ihre Nachfrage, und entschuldigen Sie die lange Wartezeit. Leider hat sich das Team für andere "
      "Kandidierende entschieden, deren Erfahrung noch besser zum Profil passt. {P}"),
    T("acknowledgement", "ack_followup", "rec", "AW: Nachfrage",
      "danke für die Erinnerung - ist angekommen, ich habe es an die Fachabteilung weitergegeben. {P}"),
    T("auto_reply", "out_of_office", "ooo", "Abwesend: {orig}",
      "~Ich bin derzeit krankgeschrieben und lese keine E-Mails. Voraussichtlich bin ich ab {back} wieder da. "
      "Bei dringenden Fragen zu Interviews oder Angeboten: recruiting@{cdomain}."),
]

FR += [
    T("offer", "paperwork", "hr", "Votre contrat - {role}",
      "Suite à votre échange avec {hm}, nous avons le plaisir de vous confirmer notre proposition pour le poste "
      "de {role}. Vous trouverez ci-joint votre contrat de travail en deux exemplaires ainsi que la fiche "
      "d'embauche. Votre arrivée est prévue le {start}."),
    T("offer", "offer_via_call", "rec", "Bonne nouvelle - on s'appelle ?",
      "J'ai une proposition pour vous ! La direction a validé ce matin. Pouvons-nous nous appeler le {slot} pour "
      "que je vous présente le package avant l'envoi de la promesse d'embauche ?"),
    T("other", "interviewer_offer", "peer", "RE : Ta proposition",
      "~Bonjour,\n\nMerci beaucoup pour la proposition ! J'accepte avec grand plaisir et je signerai dès que "
      "les RH m'enverront le contrat[ - et merci pour la bienveillance pendant les entretiens|]."),
    T("rejection", "reply_rejection", "rec", "{orig}",
      "Merci pour votre relance, et désolée pour l'attente. L'équipe a malheureusement choisi de poursuivre avec "
      "d'autres profils dont l'expérience correspond davantage au poste. {P}"),
    T("acknowledgement", "ack_followup", "rec", "RE : Relance",
      "Merci pour la relance, bien reçue : j'ai transmis à la manager. {P}"),
    T("auto_reply", "out_of_office", "ooo", "Réponse automatique : {orig}",
      "~Je suis actuellement en arrêt maladie et ne consulte pas mes e-mails. Retour prévu vers le {back}. "
      "Pour toute urgence liée à un entretien ou une proposition : recrutement@{cdomain}."),
]

ES += [
    T("offer", "paperwork", "hr", "Su contrato - {role}",
      "Tras su conversación con {hm}, nos complace confirmarle nuestra oferta para el puesto de {role}. Le "
      "adjuntamos el contrato por duplicado y la ficha de alta. Su incorporación está prevista para el {start}."),
    T("offer", "offer_via_call", "rec", "Buenas noticias, ¿hablamos?",
      "¡Tengo una oferta para ti! Dirección lo aprobó esta mañana. ¿Podemos hablar el {slot} para contarte el "
      "paquete antes de enviarte la carta?"),
    T("other", "interviewer_offer", "peer", "RE: Tu oferta",
      "~Hola:\n\n¡Muchísimas gracias por la oferta! La acepto encantado y firmaré en cuanto RR. HH. me mande "
      "el contrato[, y gracias por lo cómodas que fueron las entrevistas|]."),
    T("rejection", "reply_rejection", "rec", "{orig}",
      "Gracias por escribir y perdona la espera. Lamentablemente el equipo ha decidido seguir con otras "
      "candidaturas cuya experiencia encaja mejor con el puesto. {P}"),
    T("acknowledgement", "ack_followup", "rec", "RE: Seguimiento",
      "¡Gracias por el recordatorio! Recibido, se lo he pasado al responsable. {P}"),
    T("auto_reply", "out_of_office", "ooo", "Respuesta automática: {orig}",
      "~Estoy de baja médica y no reviso el correo. Calculo volver hacia el {back}. Para temas urgentes de "
      "entrevistas u ofertas: seleccion@{cdomain}."),
]

EN += [
    T("offer", "formal_offer", "ats", "Offer letter: {role}",
      "Congratulations! {company} is pleased to extend you an offer of employment for the position of {role}. "
      "Your offer letter is attached and available in {platform}; it remains valid until {due}."),
    T("rejection", "cannot_offer", "agency", "{company} - update",
      "I'm sorry to say {company} can't offer you the role this time - the budget was cut to a more junior "
      "level. They were genuinely impressed and asked me to stay in touch with you. {P}"),
    T("pending", "offer_stage", "ats", "Your application: status update",
      "Your application for {role} is at the final stage. The team is finalising offers for this round; we "
      "will update everyone once decisions are made. {P}"),
    T("next_step", "offer_slot", "ats", "Pick a slot for your final interview",
      "Great news - you've been selected for the final interview for {role}! We can offer the following slots: "
      "{slot} or {slot2}. Please book one in {platform}. {P}"),
]

TEMPLATES: dict[str, list[Template]] = {"en": EN, "de": DE, "fr": FR, "es": ES}


if __name__ == "__main__":
    main()
