"""train8: MIME layouts built with the stdlib email package (plain, HTML, alternative, replies, forwards).

Given a finished body text and headers, each layout returns an EmailMessage and a short layout name.
"""

from __future__ import annotations

import html
import random
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

QUOTED = {
    "en": ["Dear {sender},\n\nThank you for taking the time to speak with me about the {role} role. I enjoyed hearing "
           "about how the legal and operations teams work together, and I'm very keen on the position.\n\nBest "
           "wishes,\n{user}",
           "Hi {sender},\n\nI hope you are well. I wanted to follow up on my application for the {role} position and "
           "ask whether there is any news.\n\nMany thanks,\n{user}"],
    "de": ["Hallo {sender},\n\nvielen Dank für das angenehme Gespräch zur Stelle {role}. Ich bin weiterhin sehr "
           "interessiert.\n\nViele Grüße\n{user}",
           "Guten Tag {sender},\n\nich wollte mich kurz nach dem Stand meiner Bewerbung als {role} erkundigen.\n\n"
           "Freundliche Grüße\n{user}"],
    "fr": ["Bonjour {sender},\n\nMerci encore pour notre échange au sujet du poste de {role}. Je reste très motivée "
           "par ce projet.\n\nBien cordialement,\n{user}",
           "Bonjour {sender},\n\nJe me permets de revenir vers vous au sujet de ma candidature ({role}). "
           "Avez-vous des nouvelles ?\n\nCordialement,\n{user}"],
    "es": ["Hola {sender}:\n\nMuchas gracias por la entrevista para el puesto de {role}. Me quedé con muchas ganas "
           "de formar parte del equipo.\n\nUn saludo,\n{user}",
           "Hola {sender}:\n\nQuería preguntar si hay novedades sobre mi candidatura a {role}.\n\nGracias,\n{user}"],
}
# An older employer message for long threads (no dated promise in it).
EARLIER = {
    "en": "Hi {user},\n\nThanks for coming in on Tuesday. The partners are meeting to compare notes and I'll be "
          "in touch after that. In the meantime could you send me your notice period?\n\nBest,\n{sender}",
    "de": "Hallo {user},\n\ndanke für Ihren Besuch. Wir stimmen uns intern ab und melden uns danach. Wie lang ist "
          "Ihre Kündigungsfrist?\n\nViele Grüße\n{sender}",
    "fr": "Bonjour {user},\n\nmerci pour votre venue. Nous faisons le point en interne et je reviens vers vous "
          "ensuite. Quel est votre préavis ?\n\nBien à vous,\n{sender}",
    "es": "Hola {user}:\n\ngracias por venir. Lo comentamos internamente y te digo algo. ¿Cuál es tu preaviso?"
          "\n\nUn saludo,\n{sender}",
}
WROTE = {
    "en": "On {date}, {who} <{addr}> wrote:", "de": "Am {date} schrieb {who} <{addr}>:",
    "fr": "Le {date}, {who} <{addr}> a écrit :", "es": "El {date}, {who} <{addr}> escribió:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado", "Para", "Asunto"),
}
FWD_NOTE = {
    "en": ["FYI - see below from the hiring manager.", "Passing this on, see the note from {company} below.",
           "Forwarding as discussed."],
    "de": ["Zur Info, siehe unten.", "Ich leite Ihnen die Nachricht von {company} weiter."],
    "fr": ["Pour info, voir ci-dessous.", "Je vous transfère le message de {company}."],
    "es": ["Te reenvío lo que me ha escrito {company}.", "Para tu información, ver abajo."],
}
BUTTON = {"en": "View your application", "de": "Bewerbung ansehen", "fr": "Voir ma candidature",
          "es": "Ver mi candidatura"}


def to_html(text: str) -> str:
    """Given plain text, returns simple HTML paragraphs."""
    paras = [html.escape(p).replace("\n", "<br>\n") for p in text.split("\n\n") if p.strip()]
    return "\n".join(f"<p>{p}</p>" for p in paras)


def ats_html(text: str, lang: str, company: str, ats: str, preheader: str) -> str:
    """Given the body, language, employer, ATS and a preheader, returns table-layout ATS HTML."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        f"<span style=\"display:none;max-height:0;overflow:hidden\">{html.escape(preheader)}</span>"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\"><tr><td align=\"center\">"
        f"<table width=\"600\"><tr><td style=\"padding:24px\"><img alt=\"{html.escape(company)}\" "
        "src=\"https://cdn.example.invalid/logo.png\" width=\"120\"></td></tr>"
        f"<tr><td style=\"font-family:Arial;font-size:14px\">{to_html(text)}</td></tr>"
        "<tr><td><a href=\"https://careers.example.invalid/portal\" style=\"background:#1a73e8;color:#fff;"
        f"padding:10px 18px\">{BUTTON[lang]}</a></td></tr>"
        f"<tr><td style=\"font-size:11px;color:#888\">Powered by {html.escape(ats)}</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def _fits(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _plain(msg: EmailMessage, rng: random.Random, text: str) -> str:
    charset = rng.choice(["utf-8", "utf-8", "iso-8859-1", "windows-1252"])
    if not _fits(text, charset):
        charset = "utf-8"
    cte = rng.choice(["8bit", "quoted-printable", "base64"])
    msg.set_content(text, charset=charset, cte=cte)
    return f"plain/{charset}/{cte}"


def _reply_text(rng: random.Random, lang: str, style: str, quoted: str, when: datetime, who: str, addr: str,
                to: str, subject: str) -> str:
    if style == "outlook":
        f, s, t, sub = OUTLOOK[lang]
        head = f"{f}: {who} <{addr}>\n{s}: {format_datetime(when)}\n{t}: {to}\n{sub}: {subject}"
        return "\n\n" + "_" * 32 + "\n" + head + "\n\n" + quoted
    wrote = WROTE[lang].format(date=when.strftime("%d/%m/%Y %H:%M"), who=who, addr=addr)
    return "\n\n" + wrote + "\n" + "\n".join("> " + line if line else ">" for line in quoted.split("\n"))


def build(rng: random.Random, *, lang: str, body: str, subject: str, sender: tuple[str, str],
          to: tuple[str, str], when: datetime, company: str, role: str, ats: str | None, layout: str,
          reply_to: tuple[str, str] | None, forward_from: tuple[str, str] | None,
          long_thread: bool = False) -> tuple[EmailMessage, str]:
    """Given the message parts and a layout kind, returns the EmailMessage and its layout name."""
    msg = EmailMessage()
    msg["From"] = Address(sender[0], addr_spec=sender[1])
    msg["To"] = Address(to[0], addr_spec=to[1])
    if reply_to:
        msg["Reply-To"] = Address(reply_to[0], addr_spec=reply_to[1])
    msg["Date"] = format_datetime(when)
    # A seeded id keeps the output byte-identical across runs (make_msgid uses the clock).
    msg["Message-ID"] = f"<{rng.getrandbits(64):016x}.t8@{sender[1].split('@')[1]}>"
    name = layout
    if layout.startswith("reply_"):
        style = layout.split("_")[1]
        quoted = rng.choice(QUOTED[lang]).format(sender=sender[0].split()[0], role=role, user=to[0])
        if long_thread:
            older = EARLIER[lang].format(user=to[0].split()[0], sender=sender[0])
            older_day = (when - timedelta(days=8)).strftime("%d/%m/%Y")
            quoted += "\n\n" + WROTE[lang].format(date=older_day, who=sender[0], addr=sender[1])
            quoted += "\n" + "\n".join("> " + line for line in older.split("\n"))
        earlier = when - timedelta(days=3)
        tail = _reply_text(rng, lang, style, quoted, earlier, to[0], to[1], sender[1], subject)
        if style == "apple":
            body = body + "\n\n" + MOBILE_SIG.get(lang, "")
        text = body + tail
        if not subject.lower().startswith(("re:", "aw:")):
            subject = ("AW: " if lang == "de" and style == "outlook" else "Re: ") + subject
        if style == "outlook" and rng.random() < 0.5:
            msg.set_content(text)
            msg.add_alternative(to_html(body) + "<div style=\"border-top:1px solid #e1e1e1\">"
                                + to_html(tail) + "</div>", subtype="html")
            name = "reply_outlook/html"
        elif style == "gmail" and rng.random() < 0.5:
            msg.set_content(text)
            msg.add_alternative(to_html(body) + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">"
                                + to_html(tail) + "</blockquote></div>", subtype="html")
            name = "reply_gmail/html"
        else:
            name = layout + "/" + _plain(msg, rng, text).split("/", 1)[1]
    elif layout == "fwd" and forward_from:
        note = rng.choice(FWD_NOTE[lang]).format(company=company)
        head = f"---------- Forwarded message ---------\nFrom: {forward_from[0]} <{forward_from[1]}>\n" \
               f"Date: {format_datetime(when)}\nSubject: {subject}\n\n"
        subject = "Fwd: " + subject
        name = "fwd/" + _plain(msg, rng, note + "\n\n" + head + body).split("/", 1)[1]
    elif layout == "html_only":
        msg.set_content("<html><body>" + to_html(body) + "</body></html>", subtype="html",
                        cte=rng.choice(["quoted-printable", "base64"]))
    elif layout == "alternative":
        msg.set_content(body)
        msg.add_alternative("<html><body>" + to_html(body) + "</body></html>", subtype="html")
    elif layout == "ats_html":
        pre = body.split("\n\n")[1][:90] if "\n\n" in body else body[:90]
        msg.set_content(body)
        msg.add_alternative(ats_html(body, lang, company, ats or "Workable", pre), subtype="html")
        name = "ats_alt"
        if rng.random() < 0.5:
            msg.clear_content()
            msg.set_content(ats_html(body, lang, company, ats or "Workable", pre), subtype="html")
            name = "ats_html"
    else:
        name = _plain(msg, rng, body)
    msg["Subject"] = subject
    if msg.is_multipart():
        # The generator's own boundary is random; a seeded one keeps the files byte-identical.
        msg.set_boundary(f"=_t8_{rng.getrandbits(48):012x}")
    return msg, name


MOBILE_SIG = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
              "es": "Enviado desde mi iPhone"}
