"""Shared helpers for the holdout13 mail corpus: message record, Date headers, decision-date resolver, quoting, MIME.

Given a list of hand-written Msg records, build() returns the RFC 5322 bytes and the resolved decision date.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

USER = "Hannah Okafor <hannah.okafor@gmx.net>"
USER_ADDR = "hannah.okafor@gmx.net"

Promise = tuple[str, int] | tuple[str, str] | None


@dataclass
class Msg:
    """One hand-written message: label, language, trap, who and what, and how it is laid out."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    sender: str
    subject: str
    body: str
    when: Promise = None
    layout: str = "plain"  # plain | html | alt | reply | fwd
    charset: str = "utf-8"
    cte: str | None = None  # quoted-printable | base64 | 8bit | None (email package picks)
    reply_to: str | None = None
    ats: str | None = None  # wraps the HTML part in that platform's chrome
    quote: str | None = None  # text quoted below (reply) or forwarded (fwd)
    quote_from: str = USER
    quote_style: str = "gmail"  # gmail | outlook | apple | html
    html_body: str | None = None  # hand-written HTML instead of the converted text
    sent: str | None = None  # "YYYY-MM-DD HH:MM" overrides the generated Date
    tz: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def sent_at(idx: int, msg: Msg) -> datetime:
    """Given the message index (and an optional override) returns its aware Date header value."""
    # continental senders write in CET; UK mail in November is GMT
    hours = msg.tz if msg.tz or msg.lang == "en" else 1
    tzinfo = timezone(timedelta(hours=hours))
    if msg.sent:
        return datetime.strptime(msg.sent, "%Y-%m-%d %H:%M").replace(tzinfo=tzinfo)
    days = [date(2026, 11, 2) + timedelta(days=d) for d in range(26)]
    weekdays = [d for d in days if d.weekday() < 5]
    day = weekdays[(idx * 7) % len(weekdays)]
    hour = 7 + (idx * 5) % 12
    minute = (idx * 13) % 60
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tzinfo)


def add_business_days(start: date, n: int) -> date:
    """Given a date and a count returns the date n working days later (Sat/Sun skipped)."""
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def resolve(sent: date, when: Promise) -> date | None:
    """Given the Date header's day and a promise kind returns the promised decision date, or None."""
    if when is None:
        return None
    kind, arg = when
    if kind == "days":
        return sent + timedelta(days=int(arg))
    if kind == "bdays":
        return add_business_days(sent, int(arg))
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    if kind == "weekday":
        d = sent + timedelta(days=1)
        while d.weekday() != int(arg):
            d += timedelta(days=1)
        return d
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday() + 7 * int(arg))
    if kind == "eom":
        y, m = sent.year, sent.month
        if isinstance(arg, str) and arg:
            y, m = int(arg[:4]), int(arg[5:7])
        return date(y, m, calendar.monthrange(y, m)[1])
    if kind == "date":
        return date.fromisoformat(str(arg))
    raise ValueError(kind)


def _addr(value: str) -> str:
    return value.split("<")[-1].rstrip(">") if "<" in value else value


def _base_subject(subject: str) -> str:
    """Given a reply or forward subject returns it without its Re:/AW:/RV:/Fwd: prefixes."""
    return re.sub(r"^((re|aw|rv|fw|fwd|tr)\s*:\s*)+", "", subject, flags=re.IGNORECASE)


def quote_text(msg: Msg, when: datetime) -> str:
    """Given a reply and its Date returns the earlier mail quoted below it in the chosen client's style."""
    earlier = when - timedelta(days=2, hours=3)
    body = msg.quote or ""
    if msg.quote_style == "outlook":
        head = (
            "\n\n________________________________\n"
            f"From: {msg.quote_from}\nSent: {earlier.strftime('%A, %d %B %Y %H:%M')}\n"
            f"To: {msg.sender if msg.quote_from == USER else USER}\nSubject: {_base_subject(msg.subject)}\n\n"
        )
        return head + body
    if msg.quote_style == "apple":
        lead = f"\n\n> On {earlier.strftime('%d %b %Y')}, at {earlier.strftime('%H:%M')}, {msg.quote_from} wrote:\n> \n"
    else:
        lead = f"\n\nOn {earlier.strftime('%a, %d %b %Y at %H:%M')}, {msg.quote_from} wrote:\n"
    return lead + "\n".join("> " + line if line else ">" for line in body.splitlines())


def fwd_text(msg: Msg, when: datetime) -> str:
    """Given a forward returns the forwarded block (Gmail style) appended below the note."""
    earlier = when - timedelta(hours=20)
    return (
        "\n\n---------- Forwarded message ---------\n"
        f"From: {msg.quote_from}\nDate: {earlier.strftime('%a, %d %b %Y at %H:%M')}\n"
        f"Subject: {_base_subject(msg.subject)}\n\n{msg.quote}"
    )


def to_html(text: str) -> str:
    """Given plain text returns simple HTML: paragraphs, bullet lists kept as lists."""
    out: list[str] = []
    for para in text.strip().split("\n\n"):
        lines = para.splitlines()
        if lines and all(ln.lstrip().startswith(("- ", "• ", "* ")) for ln in lines):
            items = "".join(f"<li>{html.escape(ln.lstrip()[2:])}</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(out)


def ats_wrap(inner: str, ats: str, preheader: str) -> str:
    """Given body HTML and a platform name returns it in that platform's table chrome with a hidden preheader."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Arial}</style></head><body>"
        f"<span style=\"display:none;max-height:0;overflow:hidden\">{html.escape(preheader)}</span>"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\" style=\"border:1px solid #e3e3e3\"><tr><td style=\"padding:24px\">"
        f"{inner}</td></tr><tr><td style=\"font-size:11px;color:#999;padding:12px\">"
        f"Powered by {html.escape(ats)} &middot; <a href=\"https://example.invalid/unsub\">Manage preferences</a>"
        "</td></tr></table></td></tr></table></body></html>"
    )


def build(idx: int, msg: Msg) -> tuple[bytes, date, str]:
    """Given the index and a record returns the .eml bytes, the Date header's day and the layout string written."""
    when = sent_at(idx, msg)
    em = EmailMessage()
    em["From"] = msg.sender
    em["To"] = USER if "hannah" not in msg.sender.lower() else "Hannah Okafor <hannah.okafor@gmx.net>"
    em["Subject"] = msg.subject
    em["Date"] = format_datetime(when)
    domain = _addr(msg.sender).split("@")[-1]
    digest = hashlib.sha1(f"q13-{idx}-{msg.subject}".encode()).hexdigest()[:12]
    em["Message-ID"] = f"<q13.{idx}.{digest}@{domain}>"
    if msg.reply_to:
        em["Reply-To"] = msg.reply_to
    if msg.layout == "reply":
        parent = hashlib.sha1(f"parent-{idx}".encode()).hexdigest()[:10]
        em["In-Reply-To"] = f"<{parent}@gmx.net>"
        em["References"] = f"<{parent}@gmx.net>"
    for key, value in msg.extra.items():
        em[key] = value
    text = msg.body.strip("\n") + "\n"
    if msg.layout == "reply" and msg.quote and msg.quote_style != "html":
        text += quote_text(msg, when)
    if msg.layout == "fwd" and msg.quote:
        text += fwd_text(msg, when)
    charset = msg.charset
    if msg.cte is None and idx % 6 == 0:
        # some senders' MTAs pass 8-bit text through unencoded
        msg.cte = "8bit"
    try:
        text.encode(charset)
        if msg.html_body:
            msg.html_body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    kind = msg.layout
    if msg.layout == "html" or msg.html_body is not None or msg.quote_style == "html":
        inner = msg.html_body or to_html(msg.body)
        if msg.layout == "reply" and msg.quote:
            inner += f"<br><div>On {when.strftime('%d/%m/%Y')}, {html.escape(msg.quote_from)} wrote:</div>"
            style = "margin:0 0 0 .8ex;border-left:1px #ccc solid"
            inner += f"<blockquote style=\"{style}\">{to_html(msg.quote)}</blockquote>"
        preheader = msg.body.strip().splitlines()[0][:80]
        page = ats_wrap(inner, msg.ats, preheader) if msg.ats else f"<html><body>{inner}</body></html>"
        if msg.layout == "alt":
            em.set_content(text, charset=charset, cte=msg.cte)
            em.add_alternative(page, subtype="html", charset=charset, cte=msg.cte)
        else:
            em.set_content(page, subtype="html", charset=charset, cte=msg.cte)
            kind = "html" if msg.layout == "html" else msg.layout + "-html"
    elif msg.layout == "alt":
        em.set_content(text, charset=charset, cte=msg.cte)
        page = to_html(text)
        if msg.ats:
            page = ats_wrap(page, msg.ats, msg.body.strip().splitlines()[0][:80])
        em.add_alternative(page, subtype="html", charset=charset, cte=msg.cte)
    else:
        em.set_content(text, charset=charset, cte=msg.cte)
    if em.is_multipart():
        # a fixed boundary keeps the corpus byte-for-byte reproducible
        em.set_boundary(f"=_q13_{digest}")
    part = em.get_body(preferencelist=("plain", "html")) or em
    written_cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
    layout = f"{kind}/{charset}/{written_cte}"
    return em.as_bytes(), when.date(), layout


THANKS_EN = """Hi {name},

Thank you for taking the time to meet me yesterday. I really enjoyed hearing about how the people team
supports the store network, and the example about rota fairness stuck with me.

Best wishes,
Hannah"""

FOLLOWUP_EN = """Dear {name},

I hope you are well. I wanted to follow up on my interview for the {role} position. I'm still very keen
and would be glad to hear whether there is any news on a decision.

Kind regards,
Hannah Okafor"""

APPLY_EN = """Hello,

Please find attached my CV and cover letter for the {role} role. I have run a 40-person store for six
years and I am completing my CIPD Level 5.

Thanks,
Hannah Okafor"""

THANKS_DE = """Hallo {name},

vielen Dank für das angenehme Gespräch gestern. Besonders spannend fand ich die Frage, wie Sie die
Filialleitungen bei Personalthemen entlasten wollen.

Viele Grüße
Hannah Okafor"""

FOLLOWUP_FR = """Bonjour {name},

Je me permets de revenir vers vous concernant mon entretien pour le poste de {role}. Je reste très
motivée et serais ravie d'avoir des nouvelles.

Bien cordialement,
Hannah Okafor"""

FOLLOWUP_ES = """Hola {name}:

Le escribo para saber si hay novedades sobre el proceso de {role}. Sigo muy interesada en el puesto.

Un saludo,
Hannah Okafor"""

LEGAL_UK = """--
This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it. Nothing in this email constitutes an offer
or acceptance of any contract unless expressly stated. Registered in England and Wales No. 04417729."""

LEGAL_DE = """--
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren
Sie bitte sofort den Absender und löschen Sie diese E-Mail. Sitz der Gesellschaft: Berlin, HRB 188231 B."""
