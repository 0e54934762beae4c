"""MIME layouts for the train7 mail split, built with the stdlib email package.

Given the finished text of a message, these helpers wrap it as plain text in a chosen charset and transfer
encoding, HTML-only, multipart/alternative, ATS table HTML with a hidden preheader, a job-board digest, a reply
above the candidate's quoted mail (Gmail, Outlook, Apple styles) or a re-sent forward, optionally with a PDF.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

import train7_dates as dates

SHORT_WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
SHORT_MO = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
OUTLOOK_KEYS = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}
FWD_HEAD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Message transféré ---------",
    "es": "---------- Mensaje reenviado ---------",
}
BUTTON = {"en": "View my application", "de": "Zum Bewerberportal", "fr": "Voir ma candidature",
          "es": "Ver mi candidatura"}
PREHEADER = {"en": "An update on your application", "de": "Neuigkeiten zu Ihrer Bewerbung",
             "fr": "Du nouveau sur votre candidature", "es": "Novedades sobre tu candidatura"}
ATS_FOOTER = {
    "en": "Powered by {platform}. {co} is an equal opportunity employer and offers reasonable adjustments at every "
          "stage. Unfortunately this mailbox cannot receive replies.",
    "de": "Powered by {platform}. {co} bietet Chancengleichheit und macht jedem Bewerbenden ein faires Angebot. "
          "Bitte antworten Sie nicht auf diese E-Mail.",
    "fr": "Propulsé par {platform}. {co} offre les mêmes chances à toutes et à tous. Merci de ne pas répondre à "
          "ce message.",
    "es": "Con la tecnología de {platform}. {co} ofrece igualdad de oportunidades. Lamentamos no poder atender "
          "respuestas a esta dirección.",
}


@dataclass
class Parts:
    """What a layout needs beyond the text: who, when, the quoted mail and the ATS details."""

    lang: str
    text: str
    subject: str
    sent: datetime
    sender: str
    sender_addr: str
    user: str
    user_addr: str
    co: str
    link: str
    platform: str = ""
    quote_text: str = ""
    quote_sent: datetime | None = None
    extra_headers: dict[str, str] = field(default_factory=dict)


def paragraphs_html(text: str) -> str:
    """Given plain text, returns it as HTML paragraphs with escaped content."""
    out = []
    for para in text.split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(line, quote=False) for line in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_page(body: str) -> str:
    """Given an HTML fragment, returns a small client-style HTML document."""
    return ('<html><head><meta charset="utf-8"></head><body><div dir="ltr" style="font-family:Calibri,Arial,'
            f'sans-serif;font-size:11pt">\n{body}\n</div></body></html>\n')


def ats_html(p: Parts, rng: random.Random) -> str:
    """Given the parts of an ATS mail, returns table HTML with a hidden preheader, logo, button and footer."""
    slug = "".join(ch for ch in p.co.lower() if ch.isascii() and ch.isalnum())[:14]
    paras = p.text.split("\n\n")
    pre = PREHEADER[p.lang] if rng.random() < 0.6 or len(paras) < 2 else paras[1].split("\n")[0][:90]
    footer = ATS_FOOTER[p.lang].format(platform=p.platform, co=p.co)
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="margin:0;padding:0;background:#f3f4f6">\n'
        f'<div style="display:none;max-height:0;overflow:hidden;opacity:0">{html.escape(pre)}</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif">\n'
        f'<tr><td style="padding:24px"><img src="https://assets.example.net/logos/{slug}.png" alt="{html.escape(p.co)}"'
        ' height="32"></td></tr>\n'
        '<tr><td style="padding:0 24px;font-size:15px;line-height:22px;color:#222">'
        f"{paragraphs_html(p.text)}</td></tr>\n"
        f'<tr><td style="padding:24px"><a href="{html.escape(p.link)}" style="background:#2f5bea;color:#fff;'
        f'padding:12px 22px;border-radius:4px;text-decoration:none">{BUTTON[p.lang]}</a></td></tr>\n'
        f'<tr><td style="padding:16px 24px;font-size:11px;color:#8a8f98">{html.escape(footer)}</td></tr>\n'
        "</table></td></tr></table></body></html>\n"
    )


def attribution(lang: str, style: str, when: datetime, name: str, addr: str) -> str:
    """Given a language, a client style, the quoted mail's time and author, returns the 'X wrote:' line."""
    wd, mo = SHORT_WD[lang][when.weekday()], SHORT_MO[lang][when.month - 1]
    hm = f"{when:%H:%M}"
    if style == "apple":
        return {"en": f"On {when.day} {mo} {when.year}, at {hm}, {name} <{addr}> wrote:",
                "de": f"Am {when:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:",
                "fr": f"Le {when.day} {mo} {when.year} à {hm}, {name} <{addr}> a écrit :",
                "es": f"El {when.day} {mo} {when.year}, a las {hm}, {name} <{addr}> escribió:"}[lang]
    return {"en": f"On {wd}, {when.day} {mo} {when.year} at {hm}, {name} <{addr}> wrote:",
            "de": f"Am {wd}, {when.day}. {mo} {when.year} um {hm} Uhr schrieb {name} <{addr}>:",
            "fr": f"Le {wd} {when.day} {mo} {when.year} à {hm}, {name} <{addr}> a écrit :",
            "es": f"El {wd}, {when.day} {mo} {when.year} a las {hm}, {name} (<{addr}>) escribió:"}[lang]


def long_date(lang: str, when: datetime) -> str:
    """Given a language and a time, returns it as Outlook writes it in a quoted header."""
    wd, mo = dates.WEEKDAYS[lang][when.weekday()], dates.MONTHS[lang][when.month - 1]
    return {"en": f"{wd}, {when.day} {mo} {when.year} {when:%H:%M}",
            "de": f"{wd}, {when.day}. {mo} {when.year} {when:%H:%M}",
            "fr": f"{wd} {when.day} {mo} {when.year} {when:%H:%M}",
            "es": f"{wd}, {when.day} de {mo} de {when.year} {when:%H:%M}"}[lang]


def quote_lines(text: str) -> str:
    """Given text, returns it with '> ' before every line (nested quotes get '>>')."""
    lines = text.split("\n")
    return "\n".join(">" + line if line.startswith(">") else ("> " + line if line else ">") for line in lines)


def reply_text(p: Parts, style: str) -> str:
    """Given the parts and a style (gmail, apple, outlook), returns the text of a reply above the quoted mail."""
    assert p.quote_sent is not None
    if style == "outlook":
        k = OUTLOOK_KEYS[p.lang]
        sent = long_date(p.lang, p.quote_sent)
        head = (f"{k[0]}: {p.user} <{p.user_addr}>\n{k[1]}: {sent}\n{k[2]}: {p.sender} <{p.sender_addr}>\n"
                f"{k[3]}: {p.subject.split(': ', 1)[-1]}")
        return f"{p.text}\n\n________________________________\n{head}\n\n{p.quote_text}\n"
    attr = attribution(p.lang, style, p.quote_sent, p.user, p.user_addr)
    return f"{p.text}\n\n{attr}\n\n{quote_lines(p.quote_text)}\n"


def reply_html(p: Parts) -> str:
    """Given the parts, returns Gmail-style HTML with the candidate's mail in a gmail_quote blockquote."""
    assert p.quote_sent is not None
    attr = html.escape(attribution(p.lang, "gmail", p.quote_sent, p.user, p.user_addr))
    quoted = paragraphs_html(p.quote_text.replace("\n> ", "\n").replace("\n>", "\n"))
    return html_page(f'{paragraphs_html(p.text)}\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                     f'{attr}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{quoted}</blockquote></div>')


def forward_text(p: Parts, note: str, inner_sent: datetime, inner_subject: str) -> str:
    """Given the parts, a covering note and the re-sent mail's time and subject, returns a forward's text."""
    k = {"en": ("From", "Date", "Subject", "To"), "de": ("Von", "Datum", "Betreff", "An"),
         "fr": ("De", "Date", "Objet", "À"), "es": ("De", "Fecha", "Asunto", "Para")}[p.lang]
    head = (f"{FWD_HEAD[p.lang]}\n{k[0]}: {p.sender} <{p.sender_addr}>\n{k[1]}: {format_datetime(inner_sent)}\n"
            f"{k[2]}: {inner_subject}\n{k[3]}: {p.user} <{p.user_addr}>")
    return f"{note}\n\n{head}\n\n{p.text}\n"


def fits(text: str, charset: str) -> bool:
    """Given text and a charset, returns whether the charset can carry it."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def pick_text_encoding(rng: random.Random, text: str) -> tuple[str, str]:
    """Given the text, returns a (charset, transfer encoding) pair that can carry it."""
    charset = rng.choices(["utf-8", "iso-8859-1", "windows-1252", "iso-8859-15"], [55, 18, 20, 7])[0]
    if not fits(text, charset):
        charset = "utf-8"
    cte = rng.choices(["8bit", "quoted-printable", "base64"], [45, 35, 20])[0]
    return charset, cte


def new_message(p: Parts, msgid: str) -> EmailMessage:
    """Given the parts and a Message-ID, returns an EmailMessage with the envelope headers set."""
    msg = EmailMessage()
    msg["From"] = f'"{p.sender}" <{p.sender_addr}>' if any(c in p.sender for c in ",.()") else \
        f"{p.sender} <{p.sender_addr}>"
    msg["To"] = f"{p.user} <{p.user_addr}>"
    msg["Subject"] = p.subject
    msg["Date"] = format_datetime(p.sent)
    msg["Message-ID"] = msgid
    for key, value in p.extra_headers.items():
        msg[key] = value
    return msg


def set_text(msg: EmailMessage, rng: random.Random, text: str) -> str:
    """Given a message and text, sets a text/plain body in a random charset/encoding; returns 'charset/cte'."""
    charset, cte = pick_text_encoding(rng, text)
    msg.set_content(text, charset=charset, cte=cte)
    return f"{charset}/{cte}"


def set_alternative(msg: EmailMessage, rng: random.Random, text: str, page: str) -> str:
    """Given a message, text and its HTML, sets multipart/alternative; returns the text part's 'charset/cte'."""
    enc = set_text(msg, rng, text)
    msg.add_alternative(page, subtype="html", charset="utf-8", cte=rng.choice(["quoted-printable", "base64"]))
    return enc


def add_pdf(msg: EmailMessage, name: str) -> None:
    """Given a message, attaches a tiny placeholder PDF under the given file name."""
    data = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)


def fix_boundaries(msg: EmailMessage, stem: str) -> None:
    """Given a message, gives every multipart a deterministic boundary derived from stem."""
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_{stem}_{index}_b")
