"""Holdout12 helpers: dates, the decision-date resolver, quoting, signatures and MIME assembly (stdlib email)."""

from __future__ import annotations

import calendar
import html
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

USER_NAME = "Aisha Bello"
USER_ADDR = "aisha.bello@proton.me"

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
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
class Mail:
    """One hand-written message: its label, language, trap, people, words and layout."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    layout: str
    frm: tuple[str, str]
    subject: str
    body: str
    promise: tuple[str, int] | None = None
    reply_to: str | None = None
    quote: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def fmt_date(d: date, lang: str, style: int = 0) -> str:
    """Given a day, a language and a style number returns how a person in that language writes it."""
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        return [f"{d.day} {mon}", f"{mon} {d.day}", f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 3]
    if lang == "de":
        return [f"{d.day}. {mon}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {mon} {d.year}"][style % 3]
    if lang == "fr":
        return [f"{d.day} {mon}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {mon} {d.year}"][style % 3]
    return [f"{d.day} de {mon}", f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} de {mon} de {d.year}"][style % 3]


def add_bdays(d: date, n: int) -> date:
    """Given a day and N returns the day N business days (Mon-Fri) later."""
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def month_end(d: date, ahead: int) -> date:
    """Given a day and a month offset returns the last day of that month."""
    y, m = d.year, d.month + ahead
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


def resolve(kind: str, n: int, sent: date) -> date:
    """Given a promise kind, its number and the local sent day returns the promised decision day."""
    if kind == "days":
        return sent + timedelta(days=n)
    if kind == "bdays":
        return add_bdays(sent, n)
    if kind == "weekday":
        ahead = (n - sent.weekday()) % 7
        return sent + timedelta(days=ahead or 7)
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday())
    if kind == "eonw":
        return sent + timedelta(days=11 - sent.weekday())
    if kind == "eom":
        return month_end(sent, n)
    if kind == "explicit":
        return sent + timedelta(days=n)
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    raise ValueError(kind)


def pick_sent(rng: random.Random, promise: tuple[str, int] | None, weekend_ok: bool, lang: str) -> datetime:
    """Given the promise and language returns a local Date header time that makes the promise unambiguous."""
    while True:
        day = date(2026, 9, 7) + timedelta(days=rng.randrange(0, 100))
        if day.weekday() >= 5 and not weekend_ok:
            continue
        if promise and promise[0] in ("eow", "tomorrow") and day.weekday() > 3:
            continue
        if promise and promise[0] in ("weekday", "eonw") and day.weekday() > 4:
            continue
        if promise and promise[0] == "eom" and promise[1] == 0 and day.day > 20:
            continue
        break
    # London/Dublin or continental offsets, summer time until the last Sunday of October
    hours = (0 if lang == "en" else 1) + (1 if day < date(2026, 10, 25) else 0)
    return datetime(day.year, day.month, day.day, rng.randrange(7, 19), rng.randrange(60), rng.randrange(60),
                    tzinfo=timezone(timedelta(hours=hours)))


def fill(text: str, lang: str, promise: tuple[str, int] | None, sent: date, style: int) -> str:
    """Given text with {WD}/{D}/{M}/{DUE}/{SLOT} marks returns it with the days written out for the language."""
    if promise:
        kind, n = promise
        target = resolve(kind, n, sent)
        text = text.replace("{WD}", WEEKDAYS[lang][target.weekday()])
        text = text.replace("{D}", fmt_date(target, lang, style))
        text = text.replace("{M}", MONTHS[lang][target.month - 1])
    # non-promise days (deadlines, interview slots) a week or two out
    due = sent + timedelta(days=6 + style % 5)
    text = text.replace("{DUE}", fmt_date(due, lang, style + 1))
    slot = add_bdays(sent, 3 + style % 3)
    text = text.replace("{SLOT}", f"{WEEKDAYS[lang][slot.weekday()]} {fmt_date(slot, lang, style)}")
    slot2 = add_bdays(slot, 1)
    text = text.replace("{SLOT2}", f"{WEEKDAYS[lang][slot2.weekday()]} {fmt_date(slot2, lang, style)}")
    return text


QUOTE_HEAD = {
    "gmail": {
        "en": "On {wd}, {d} at {t}, Aisha Bello <aisha.bello@proton.me> wrote:",
        "de": "Am {wd}., {d} um {t} schrieb Aisha Bello <aisha.bello@proton.me>:",
        "fr": "Le {wd} {d} à {t}, Aisha Bello <aisha.bello@proton.me> a écrit :",
        "es": "El {wd}, {d}, {t}, Aisha Bello (<aisha.bello@proton.me>) escribió:",
    },
    "apple": {
        "en": "> On {d}, at {t}, Aisha Bello <aisha.bello@proton.me> wrote:",
        "de": "> Am {d} um {t} schrieb Aisha Bello <aisha.bello@proton.me>:",
        "fr": "> Le {d} à {t}, Aisha Bello <aisha.bello@proton.me> a écrit :",
        "es": "> El {d}, a las {t}, Aisha Bello <aisha.bello@proton.me> escribió:",
    },
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def quoted(style: str, lang: str, earlier: datetime, to: str, subject: str, text: str) -> str:
    """Given a reply style and the candidate's earlier text returns the block a mail client puts below a reply."""
    d = fmt_date(earlier.date(), lang, 0)
    t = earlier.strftime("%H:%M")
    wd = WEEKDAYS[lang][earlier.weekday()]
    if style == "outlook":
        f, s, t_, sub = OUTLOOK[lang]
        head = (f"{f}: Aisha Bello <{USER_ADDR}>\n{s}: {wd} {d} {earlier.year} {t}\n{t_}: {to}\n"
                f"{sub}: {subject}\n")
        return "\n\n________________________________\n" + head + "\n" + text
    lines = "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    head = QUOTE_HEAD[style][lang].format(wd=wd[:3] if style == "gmail" and lang != "fr" else wd, d=d, t=t)
    if style == "apple":
        return "\n\n" + head + "\n>\n" + lines
    return "\n\n" + head + "\n\n" + lines


def to_html(text: str, ats: str | None = None, preheader: str | None = None, charset: str = "utf-8") -> str:
    """Given plain text with blank-line paragraphs and '- ' bullets returns a plausible HTML rendering."""
    parts: list[str] = []
    for para in text.split("\n\n"):
        lines = para.splitlines()
        if lines and all(ln.startswith(("- ", "• ", "* ")) for ln in lines):
            items = "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
        elif lines and all(ln.startswith(">") for ln in lines):
            inner = "<br>".join(html.escape(ln.lstrip("> ").rstrip()) for ln in lines)
            parts.append(f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                         f'padding-left:1ex">{inner}</blockquote>')
        else:
            parts.append("<p>" + "<br>".join(html.escape(ln) for ln in lines) + "</p>")
    body = "\n".join(parts)
    if ats:
        hidden = (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
                  if preheader else "")
        body = (f'{hidden}<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr>'
                f'<td style="font-family:Arial,sans-serif;font-size:14px;color:#333">{body}</td></tr>'
                f'<tr><td style="font-size:11px;color:#999;padding-top:24px">Powered by {html.escape(ats)} · '
                f'<a href="https://example.invalid/unsubscribe">Manage email preferences</a></td></tr></table>')
    return f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"></head><body>{body}</body></html>"


def build(m: Mail, sent: datetime, body: str, rng: random.Random, index: int) -> tuple[bytes, str]:
    """Given a filled Mail and its final body returns the RFC 5322 bytes and the layout actually used."""
    kind, _, rest = m.layout.partition("/")
    charset, _, cte = rest.partition("/")
    charset = charset or "utf-8"
    cte = cte or rng.choice(["qp", "8bit", "b64"])
    try:
        body.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    ats = m.extra.get("ats")
    cte_name = {"qp": "quoted-printable", "b64": "base64"}.get(cte, "8bit")
    out = EmailMessage()
    name, addr = m.frm
    out["From"] = f'"{name}" <{addr}>' if any(c in name for c in ",.()") else f"{name} <{addr}>"
    out["To"] = f"{USER_NAME} <{USER_ADDR}>"
    out["Subject"] = m.subject
    out["Date"] = format_datetime(sent)
    out["Message-ID"] = f"<p12.{index:04d}.{rng.randrange(10**10):010d}@{addr.split('@')[1]}>"
    if m.reply_to:
        out["Reply-To"] = m.reply_to
    if m.subject.lower().startswith(("re:", "aw:", "réf", "rv:")) or kind == "reply":
        ref = f"<p12-cand-{index:04d}@mail.proton.me>"
        out["In-Reply-To"] = ref
        out["References"] = ref
    if m.extra.get("auto"):
        out["Auto-Submitted"] = m.extra["auto"]
    if m.extra.get("precedence"):
        out["Precedence"] = m.extra["precedence"]
    if kind in ("plain", "reply", "fwd"):
        out.set_content(body, subtype="plain", charset=charset, cte=cte_name)
    elif kind == "html":
        page = to_html(body, ats, m.extra.get("pre"), charset)
        out.set_content(page, subtype="html", charset=charset, cte=cte_name)
    else:  # alt
        out.set_content(body, subtype="plain", charset=charset, cte=cte_name)
        page = to_html(body, ats, m.extra.get("pre"), charset)
        out.add_alternative(page, subtype="html", charset=charset, cte=cte_name)
        out.set_boundary(f"=_p12_{index:04d}_{rng.randrange(10**8):08d}")
    data = out.as_bytes(policy=out.policy.clone(linesep="\n", max_line_length=998))
    return data, f"{kind}/{charset}/{cte}"
