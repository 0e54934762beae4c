"""train9 MIME layouts, built with the stdlib email package only."""

from __future__ import annotations

import datetime as dt
import html
import random
from email.message import EmailMessage
from email.utils import format_datetime

QUOTE_INTRO = {
    "en": ("On {d}, {n} <{a}> wrote:", "From: {n} <{a}>\nSent: {d}\nTo: {t}\nSubject: {s}", "Sent from my iPhone",
           "---------- Forwarded message ---------", "Sent from my phone"),
    "de": ("Am {d} schrieb {n} <{a}>:", "Von: {n} <{a}>\nGesendet: {d}\nAn: {t}\nBetreff: {s}",
           "Von meinem iPhone gesendet", "---------- Weitergeleitete Nachricht ---------", "Von unterwegs gesendet"),
    "fr": ("Le {d}, {n} <{a}> a écrit :", "De : {n} <{a}>\nEnvoyé : {d}\nÀ : {t}\nObjet : {s}",
           "Envoyé de mon iPhone", "---------- Message transféré ---------", "Envoyé de mon mobile"),
    "es": ("El {d}, {n} <{a}> escribió:", "De: {n} <{a}>\nEnviado: {d}\nPara: {t}\nAsunto: {s}",
           "Enviado desde mi iPhone", "---------- Mensaje reenviado ---------", "Enviado desde mi móvil"),
}


def _to_html(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in paras)


def _set_text(msg: EmailMessage, text: str, rng: random.Random) -> str:
    charset = rng.choice(["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    cte = rng.choice(["8bit", "quoted-printable", "base64"])
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    if charset != "utf-8" and cte == "8bit":
        cte = "quoted-printable" if rng.random() < 0.5 else "8bit"
    msg.set_content(text, charset=charset, cte=cte)
    return f"plain/{charset}/{cte}"


def _set_alt(msg: EmailMessage, text: str, html_body: str, rng: random.Random) -> None:
    msg.set_content(text, cte=rng.choice(["quoted-printable", "8bit"]))
    msg.add_alternative(f"<html><body>{html_body}</body></html>", subtype="html",
                        cte=rng.choice(["quoted-printable", "base64"]))


def ats_html(body: str, company: str, ats: str, preheader: str, button: str, lang: str) -> str:
    """Given the body and branding returns table HTML as ATS platforms send it (hidden preheader, button, footer)."""
    foot = {"en": f"{company} is an equal opportunity employer and offers reasonable accommodation on request. "
                  f"Powered by {ats}.",
            "de": f"{company} bietet auf Wunsch barrierefreie Unterstützung im Bewerbungsprozess an. Powered by {ats}.",
            "fr": f"{company} offre des aménagements raisonnables sur demande. Propulsé par {ats}.",
            "es": f"{company} ofrece adaptaciones razonables bajo petición. Con la tecnología de {ats}."}[lang]
    return (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="600"><tr><td><img src="https://cdn.example.invalid/logo.png" alt="{html.escape(company)}">'
            f"</td></tr><tr><td>{_to_html(body)}"
            f'<a href="https://careers.example.invalid/portal" style="background:#1a56db;color:#fff;padding:10px 18px">'
            f"{html.escape(button)}</a></td></tr>"
            f'<tr><td style="font-size:11px;color:#888">{html.escape(foot)}</td></tr></table></td></tr></table>')


def build(*, lang: str, layout: str, rng: random.Random, sender: tuple[str, str], to: tuple[str, str],
          subject: str, body: str, date: dt.datetime, msg_id: str, reply_to: str | None, company: str, ats: str,
          quote: tuple[str, str, dt.datetime] | None, fwd_from: tuple[str, str] | None,
          auto: bool) -> tuple[bytes, str]:
    """Given the parts of one message and a layout kind returns (RFC 5322 bytes, layout name as recorded)."""
    msg = EmailMessage()
    msg["From"] = f'"{sender[0]}" <{sender[1]}>'
    msg["To"] = f'"{to[0]}" <{to[1]}>'
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = msg_id
    if reply_to:
        msg["Reply-To"] = reply_to
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    intro = QUOTE_INTRO[lang]
    name = layout
    if layout in ("reply_gmail", "reply_outlook", "reply_apple", "mobile") and quote is not None:
        qtext, qsubj, qdate = quote
        msg["In-Reply-To"] = f"<cand-{msg_id.strip('<>')}>"
        msg["References"] = msg["In-Reply-To"]
        qd = qdate.strftime("%a, %d %b %Y %H:%M")
        if layout == "reply_outlook":
            head = intro[1].format(n=to[0], a=to[1], d=qd, t=sender[0], s=qsubj)
            full = f"{body}\n\n________________________________\n{head}\n\n{qtext}"
            if rng.random() < 0.5:
                name = "reply_outlook/text"
                _set_text(msg, full, rng)
            else:
                name = "reply_outlook/html"
                hq = (f'{_to_html(body)}<div id="divRplyFwdMsg"><hr>{_to_html(head)}</div>'
                      f"<div>{_to_html(qtext)}</div>")
                _set_alt(msg, full, hq, rng)
        else:
            tail = f"\n\n{intro[2] if layout in ('reply_apple', 'mobile') else ''}".rstrip()
            head = intro[0].format(d=qd, n=to[0], a=to[1])
            quoted = "\n".join("> " + ln if ln else ">" for ln in qtext.split("\n"))
            full = f"{body}{tail}\n\n{head}\n{quoted}\n"
            if layout == "reply_gmail" and rng.random() < 0.6:
                hq = (f'<div dir="ltr">{_to_html(body)}</div><div class="gmail_quote"><div class="gmail_attr">'
                      f'{html.escape(head)}</div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                      f'border-left:1px #ccc solid;padding-left:1ex">{_to_html(qtext)}</blockquote></div>')
                _set_alt(msg, full, hq, rng)
                name = "reply_gmail/html"
            else:
                name = f"{layout}/" + _set_text(msg, full, rng)
        return bytes(msg), name
    if layout == "fwd" and fwd_from is not None:
        note = {"en": ["FYI, see below from the hiring manager.", "Passing this on from the team.",
                       "Forwarding the note below."],
                "de": ["Zur Info, siehe unten.", "Leite dir das weiter.", "Anbei die Nachricht vom Fachbereich."],
                "fr": ["Je vous transfère le message ci-dessous.", "Pour info, voir plus bas."],
                "es": ["Te reenvío el mensaje de abajo.", "Para tu información, ver abajo."]}[lang]
        fdate = format_datetime(date - dt.timedelta(hours=3))
        head = f"{intro[3]}\nFrom: {fwd_from[0]} <{fwd_from[1]}>\nDate: {fdate}\n" \
               f"Subject: {subject}\nTo: {sender[0]} <{sender[1]}>"
        del msg["Subject"]
        msg["Subject"] = {"en": "Fwd: ", "de": "WG: ", "fr": "TR: ", "es": "RV: "}[lang] + subject
        full = f"{rng.choice(note)}\n\n{sender[0]}\n\n{head}\n\n{body}\n"
        name = "fwd/" + _set_text(msg, full, rng)
        return bytes(msg), name
    if layout == "html_only":
        msg.set_content(f"<html><body>{_to_html(body)}</body></html>", subtype="html",
                        cte=rng.choice(["quoted-printable", "base64", "8bit"]))
        return bytes(msg), "html_only"
    if layout == "alternative":
        _set_alt(msg, body, _to_html(body), rng)
        return bytes(msg), "alternative"
    if layout in ("ats_html", "ats_alt"):
        button = {"en": "View application", "de": "Zum Bewerberportal", "fr": "Voir ma candidature",
                  "es": "Ver mi candidatura"}[lang]
        pre = body.split("\n")[0][:90]
        page = f"<html><body>{ats_html(body, company, ats, pre, button, lang)}</body></html>"
        if layout == "ats_html":
            msg.set_content(page, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
        else:
            msg.set_content(body, cte="quoted-printable")
            msg.add_alternative(page, subtype="html", cte="quoted-printable")
        return bytes(msg), layout
    if layout == "mobile":
        body = f"{body}\n\n{intro[4] if rng.random() < 0.5 else intro[2]}"
    name = ("mobile/" if layout == "mobile" else "") + _set_text(msg, body, rng)
    return bytes(msg), name
