"""Shared helpers for the holdout18 mail corpus: dates, the decision-date resolver and MIME building.

Given a message record, `build` returns the RFC 5322 bytes and `resolve` returns the expected decision date.
"""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import charset as ecs
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime

USER = "Fatima Zahra Benali <fz.benali@posteo.net>"
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}


@dataclass
class M:
    """One hand-written message: label, language, trap, who sent it and what it says."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    sender: str
    subject: str
    body: str
    promise: tuple[str, int] | None = None
    layout: str = "plain"
    quote: str = ""
    charset: str = "utf-8"
    cte: str = ""
    reply_to: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def add_bdays(d: date, n: int) -> date:
    """Given a day and n, returns the day n business days later (Sat/Sun skipped)."""
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def resolve(sent: date, promise: tuple[str, int] | None) -> date | None:
    """Given the Date header's day and a promise spec, returns the promised decision day or None."""
    if promise is None:
        return None
    kind, n = promise
    if kind == "days":
        return sent + timedelta(days=n)
    if kind == "bdays":
        return add_bdays(sent, n)
    if kind == "weekday":  # next such weekday after the Date, a week later when the Date is that day
        ahead = (n - sent.weekday()) % 7
        return sent + timedelta(days=ahead or 7)
    if kind == "eow":  # Friday of this week (n=0) or next week (n=1)
        return sent + timedelta(days=4 - sent.weekday() + 7 * n)
    if kind == "eom":  # last day of this month (n=0) or the next (n=1)
        y, m = sent.year, sent.month + n
        if m > 12:
            y, m = y + 1, m - 12
        return date(y, m, calendar.monthrange(y, m)[1])
    if kind in ("explicit", "tomorrow"):
        return sent + timedelta(days=n if kind == "explicit" else 1)
    raise ValueError(kind)


def sent_at(i: int) -> datetime:
    """Given a message index, returns a deterministic, varied, aware send time (Europe offset +01/+02)."""
    base = datetime(2026, 9, 1, 7, 12, tzinfo=timezone(timedelta(hours=2)))
    t = base + timedelta(days=(i * 7) % 83, hours=(i * 5) % 11, minutes=(i * 13) % 60)
    if t.month >= 11 or (t.month == 10 and t.day > 25):
        t = t.astimezone(timezone(timedelta(hours=1)))
    return t


def fmt_day(d: date, lang: str) -> str:
    """Given a day and a language, returns it written the way a person of that language would."""
    mo = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {mo}"
    if lang == "de":
        return f"{d.day}. {mo}"
    return f"{d.day} {'de ' if lang == 'es' else ''}{mo}"


def quoted(style: str, q: str, when: datetime, lang: str) -> str:
    """Given a quote style and the candidate's text, returns it quoted below a reply."""
    lines = "\n".join("> " + ln if ln else ">" for ln in q.splitlines())
    day = when - timedelta(days=2, hours=3)
    if style == "gmail":
        head = {
            "en": f"On {day.strftime('%a, %d %b %Y at %H:%M')} Fatima Zahra Benali <fz.benali@posteo.net> wrote:",
            "de": f"Am {day.strftime('%d.%m.%Y um %H:%M')} schrieb Fatima Zahra Benali <fz.benali@posteo.net>:",
            "fr": f"Le {day.strftime('%d/%m/%Y à %H:%M')}, Fatima Zahra Benali <fz.benali@posteo.net> a écrit :",
            "es": f"El {day.strftime('%d/%m/%Y a las %H:%M')}, Fatima Zahra Benali <fz.benali@posteo.net> escribió:",
        }[lang]
        return f"\n\n{head}\n{lines}\n"
    if style == "apple":
        head = f"> On {day.strftime('%d %b %Y, at %H:%M')}, Fatima Zahra Benali <fz.benali@posteo.net> wrote:"
        return f"\n\n{head}\n>\n{lines}\n"
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: Fatima Zahra Benali <fz.benali@posteo.net>\n"
                f"Sent: {day.strftime('%A, %B %d, %Y %I:%M %p')}\nTo: {{to}}\nSubject: {{subj}}\n\n{q}\n")
    if style == "forward":
        return (f"\n\n---------- Forwarded message ---------\nFrom: {{to}}\nDate: {day.strftime('%a, %d %b %Y')}\n"
                f"Subject: {{subj}}\nTo: Fatima Zahra Benali <fz.benali@posteo.net>\n\n{q}\n")
    raise ValueError(style)


def to_html(text: str) -> str:
    """Given plain text, returns simple HTML with paragraphs and a hidden preheader for ATS-style mail."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    pre = html.escape(paras[0].replace("\n", " ")[:90]) if paras else ""
    body = "".join(
        f"<p style=\"margin:0 0 12px 0;font-family:Arial,sans-serif\">{html.escape(p).replace(chr(10), '<br>')}</p>"
        for p in paras)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
            f"<div style=\"display:none;max-height:0;overflow:hidden\">{pre}</div>"
            f"<table role=\"presentation\" width=\"100%\"><tr><td>{body}</td></tr></table></body></html>")


def _part(text: str, subtype: str, cs: str, cte: str) -> MIMEText:
    """Given text, subtype, charset and transfer encoding (qp, b64, 8bit or default), returns a MIME text part."""
    c = ecs.Charset(cs)
    if cte == "qp":
        c.body_encoding = ecs.QP
    elif cte == "b64":
        c.body_encoding = ecs.BASE64
    elif cte == "8bit" or (not cte and cs == "utf-8"):
        c.body_encoding = None  # type: ignore[assignment]  # most mail clients send utf-8 text as 8bit rather than base64
    return MIMEText(text, subtype, c)  # type: ignore[arg-type]


def build(m: M, i: int, when: datetime, text: str) -> bytes:
    """Given a message record, its index, send time and final text, returns the message as bytes."""
    kind = m.layout
    if kind == "html":
        msg: MIMEMultipart | MIMEText = _part(to_html(text), "html", m.charset, m.cte)
    elif kind == "alt":
        msg = MIMEMultipart("alternative", boundary=f"==x18_{i:04d}_alt==")  # fixed so reruns are byte-identical
        msg.attach(_part(text, "plain", m.charset, m.cte))
        msg.attach(_part(to_html(text), "html", m.charset, m.cte))
    else:
        msg = _part(text, "plain", m.charset, m.cte)
    msg["From"] = m.sender
    msg["To"] = USER
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<x18.{i:04d}.{when.strftime('%Y%m%d%H%M')}@{m.sender.split('@')[-1].rstrip('>')}>"
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    if m.quote and kind != "forward":
        msg["In-Reply-To"] = f"<fzb.{i:04d}@posteo.net>"
        msg["References"] = f"<fzb.{i:04d}@posteo.net>"
    for k, v in m.extra.items():
        msg[k] = v
    return msg.as_bytes()
