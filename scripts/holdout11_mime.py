"""holdout11 layouts: given an employer's text, returns an RFC 5322 message built with the stdlib email package."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from holdout11_core import USER_ADDR, USER_NAME


@dataclass
class Mail:
    lang: str
    subject: str
    body: str
    from_name: str
    from_addr: str
    reply_to: str | None
    sent: datetime
    msgid: str
    quote: str | None = None  # the candidate's own earlier text, quoted below a reply
    quote_subject: str = ""
    quote_sent: datetime | None = None
    ats: str | None = None
    company: str = ""
    fwd_note: str | None = None  # a recruiter's neutral note above a forwarded mail
    fwd_from: str = ""


def to_html(text: str) -> str:
    """Given plain text with blank-line paragraphs and '- ' bullets, returns simple HTML."""
    out: list[str] = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(out)


GMAIL_HEAD = {"en": "On {d} at {t}, {n} <{a}> wrote:", "de": "Am {d} um {t} schrieb {n} <{a}>:",
              "fr": "Le {d} à {t}, {n} <{a}> a écrit :", "es": "El {d} a las {t}, {n} (<{a}>) escribió:"}
APPLE_HEAD = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
              "es": "Enviado desde mi iPhone"}
OUTLOOK_HEAD = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
                "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto")}
FWD = {"en": "---------- Forwarded message ---------", "de": "---------- Weitergeleitete Nachricht ---------",
       "fr": "---------- Message transféré ---------", "es": "---------- Mensaje reenviado ---------"}


def _quoted_block(m: Mail, style: str) -> str:
    assert m.quote is not None and m.quote_sent is not None
    q = m.quote_sent
    if style == "outlook":
        f, s, t, subj = OUTLOOK_HEAD[m.lang]
        head = (f"{f}: {USER_NAME} <{USER_ADDR}>\n{s}: {q.strftime('%d/%m/%Y %H:%M')}\n"
                f"{t}: {m.from_name} <{m.from_addr}>\n{subj}: {m.quote_subject}")
        return "\n\n________________________________\n" + head + "\n\n" + m.quote
    line = GMAIL_HEAD[m.lang].format(d=q.strftime("%d.%m.%Y" if m.lang == "de" else "%d/%m/%Y"),
                                                 t=q.strftime("%H:%M"), n=USER_NAME, a=USER_ADDR)
    quoted = "\n".join("> " + ln if ln else ">" for ln in m.quote.split("\n"))
    if style == "apple":
        return "\n\n" + APPLE_HEAD[m.lang] + "\n\n" + line + "\n\n" + quoted
    return "\n\n" + line + "\n\n" + quoted


def _ats_html(m: Mail, rng: random.Random) -> str:
    pre = html.escape(m.body.strip().split("\n")[0][:90])
    foot = {
        "en": f"{m.company} is an equal opportunity employer and will offer reasonable adjustments at any stage. "
              f"Powered by {m.ats}. You are receiving this because you applied for a role.",
        "de": f"{m.company} bietet allen Bewerbenden gleiche Chancen. Powered by {m.ats}. "
              "Datenschutzhinweise finden Sie in Ihrem Bewerberkonto.",
        "fr": f"{m.company} s'engage pour la diversité et offre des aménagements sur demande. Powered by {m.ats}.",
        "es": f"{m.company} ofrece igualdad de oportunidades. Powered by {m.ats}. Política de privacidad.",
    }[m.lang]
    btn = {"en": "View your application", "de": "Zum Bewerberportal", "fr": "Voir ma candidature",
           "es": "Ver mi candidatura"}[m.lang]
    color = rng.choice(("#0b5fff", "#1d7a4d", "#6b2fa3", "#c2410c"))
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f3f4f6\">"
        f"<div style=\"display:none;max-height:0;overflow:hidden\">{pre}</div>"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif;font-size:14px\">"
        f"<tr><td style=\"padding:20px;border-bottom:3px solid {color}\"><strong>{html.escape(m.company)}</strong>"
        "</td></tr>"
        f"<tr><td style=\"padding:24px\">{to_html(m.body)}"
        f"<p><a href=\"https://careers.example.invalid/status\" style=\"background:{color};color:#fff;"
        f"padding:10px 16px;text-decoration:none\">{btn}</a></p></td></tr>"
        f"<tr><td style=\"padding:16px;font-size:11px;color:#6b7280\">{html.escape(foot)}</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def build(m: Mail, layout: str, rng: random.Random) -> EmailMessage:
    """Given a Mail and a layout name, returns the EmailMessage; raises ValueError for an unknown layout."""
    msg = EmailMessage()
    msg["From"] = Address(m.from_name, addr_spec=m.from_addr)
    msg["To"] = Address(USER_NAME, addr_spec=USER_ADDR)
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.sent)
    msg["Message-ID"] = m.msgid
    body = m.body
    if m.fwd_note is not None:
        body = f"{m.fwd_note}\n\n{FWD[m.lang]}\n{m.fwd_from}\n\n{m.body}"
    if layout.startswith("reply_"):
        style = layout.split("_")[1].split("/")[0]
        msg["In-Reply-To"] = f"<kw.{m.msgid[1:9]}@fastmail.com>"
        msg["References"] = msg["In-Reply-To"]
        text = body + _quoted_block(m, style)
        if layout == "reply_gmail":
            assert m.quote is not None
            qhtml = ("<div class=\"gmail_quote\"><div class=\"gmail_attr\">"
                     + html.escape(_quoted_block(m, "gmail").strip().split("\n")[0])
                     + "</div><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;"
                     "padding-left:1ex\">" + to_html(m.quote) + "</blockquote></div>")
            msg.set_content(text, charset="utf-8", cte="quoted-printable")
            msg.add_alternative("<div dir=\"ltr\">" + to_html(body) + "</div><br>" + qhtml, subtype="html")
        else:
            msg.set_content(text, charset="utf-8", cte=rng.choice(("8bit", "quoted-printable")))
        return msg
    if layout.startswith("plain/"):
        _, charset, cte = layout.split("/")
        try:
            body.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        msg.set_content(body, charset=charset, cte=cte)
        msg["X-Layout-Charset"] = charset
        return msg
    if layout == "html_only":
        msg.set_content("<html><body style=\"font-family:Calibri,sans-serif\">" + to_html(body) + "</body></html>",
                        subtype="html", charset="utf-8", cte="quoted-printable")
        return msg
    if layout == "alternative":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative("<html><body>" + to_html(body) + "</body></html>", subtype="html")
        return msg
    if layout == "ats_html":
        msg.set_content(_ats_html(m, rng), subtype="html", charset="utf-8", cte="base64")
        return msg
    if layout == "ats_alt":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(_ats_html(m, rng), subtype="html")
        return msg
    raise ValueError(layout)
