"""holdout10 MIME: wraps a rendered message in one of the layouts, built with the stdlib email package.

Given the message fields and a layout name, `build` returns the RFC 5322 bytes; boundaries and ids are derived from
the file number so a rerun is byte-identical.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

import icalendar

USER_NAME = "Ines Achterberg"
USER_ADDR = "ines.achterberg@mailbox.org"
POLICY = policy.default.clone(linesep="\n", max_line_length=78)


@dataclass
class Mail:
    """The fields of one message before it gets a layout."""

    num: int
    lang: str
    from_name: str
    from_addr: str
    subject: str
    sent: datetime
    body: str
    company: str
    reply_to: str = ""
    ats: str = ""
    preheader: str = ""
    button: str = ""
    footer: str = ""
    quote_subject: str = ""
    quote_text: str = ""
    quote_sent: datetime | None = None
    reply_hdr: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    slot: datetime | None = None


def to_html(text: str) -> str:
    """Given plain text, returns simple HTML with paragraphs, line breaks and bullet lists."""
    blocks = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = para.split("\n")
        if all(ln.lstrip().startswith(("- ", "* ", "• ")) for ln in lines):
            items = "".join(f"<li>{html.escape(ln.lstrip()[2:])}</li>" for ln in lines)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(blocks)


def page(inner: str, lang: str) -> str:
    """Given an HTML fragment, returns a whole HTML document around it."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n{inner}\n</body></html>\n'
    )


def ats_page(m: Mail) -> str:
    """Given an ATS message, returns table HTML with a hidden preheader, logo, button and platform footer."""
    pre = html.escape(m.preheader)
    btn = (
        f'<tr><td style="padding:16px 0"><a href="https://{slug(m.ats)}.example/c/{m.num:04d}" '
        f'style="background:#1a5fb4;color:#fff;padding:10px 18px;text-decoration:none">{html.escape(m.button)}</a>'
        "</td></tr>"
        if m.button
        else ""
    )
    return page(
        f'<div style="display:none;max-height:0;overflow:hidden">{pre}&#8199;&#847;&#8199;&#847;</div>\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0">\n'
        f'<tr><td><img src="https://assets.example/{m.num:04d}/logo.png" alt="{html.escape(m.company)}" '
        'height="32"></td></tr>\n'
        f"<tr><td>{to_html(m.body)}</td></tr>\n{btn}\n"
        f'<tr><td style="font-size:11px;color:#777">{to_html(m.footer)}</td></tr>\n'
        "</table></td></tr></table>",
        m.lang,
    )


def quoted_plain(m: Mail, style: str) -> str:
    """Given a reply, returns the candidate's earlier mail quoted below it in the given client's style."""
    assert m.quote_sent is not None
    q = m.quote_text.rstrip("\n")
    h = m.reply_hdr
    when = m.quote_sent
    if style == "gmail":
        intro = h["gmail"].format(when=format_when(when, m.lang), name=USER_NAME, addr=USER_ADDR)
        return f"{intro}\n\n" + "\n".join("> " + ln if ln else ">" for ln in q.split("\n"))
    if style == "apple":
        intro = h["apple"].format(when=format_when(when, m.lang), name=USER_NAME, addr=USER_ADDR)
        return f"{h['iphone']}\n\n> {intro}\n>\n" + "\n".join("> " + ln if ln else ">" for ln in q.split("\n"))
    return (
        "________________________________\n"
        f"{h['from']}: {USER_NAME} <{USER_ADDR}>\n{h['sent']}: {format_when(when, m.lang)}\n"
        f"{h['to']}: {m.from_name} <{m.from_addr}>\n{h['subject']}: {m.quote_subject}\n\n{q}"
    )


def format_when(when: datetime, lang: str) -> str:
    """Given a datetime, returns the short date-and-time a mail client prints above a quote."""
    if lang == "en":
        return when.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ")
    return f"{when.day:02d}.{when.month:02d}.{when.year} {when.hour:02d}:{when.minute:02d}"


def invite(m: Mail) -> bytes:
    """Given a message with an interview slot, returns a METHOD:REQUEST calendar for it made with icalendar."""
    assert m.slot is not None
    cal = icalendar.Calendar()
    cal.add("prodid", "-//holdout10 corpus//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = icalendar.Event()
    ev.add("uid", f"h10-{m.num:04d}@{m.from_addr.split('@')[1]}")
    ev.add("dtstamp", m.sent)
    ev.add("dtstart", m.slot)
    ev.add("dtend", m.slot + timedelta(minutes=45))
    ev.add("summary", m.subject)
    ev.add("organizer", f"mailto:{m.reply_to or m.from_addr}")
    att = icalendar.vCalAddress(f"mailto:{USER_ADDR}")
    att.params["cn"] = icalendar.vText(USER_NAME)
    att.params["partstat"] = icalendar.vText("NEEDS-ACTION")
    ev.add("attendee", att)
    cal.add_component(ev)
    return bytes(cal.to_ical())


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n" \
    b"trailer<</Root 1 0 R>>\n%%EOF\n"


def build(m: Mail, layout: str) -> bytes:
    """Given a message and a layout name, returns the message bytes; raises ValueError for an unknown layout."""
    msg = EmailMessage(policy=POLICY)
    msg["From"] = formataddr((m.from_name, m.from_addr))
    msg["To"] = formataddr((USER_NAME, USER_ADDR))
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(m.sent)
    domain = m.from_addr.split("@")[1]
    msg["Message-ID"] = f"<h10.{m.num:04d}.{m.sent.strftime('%Y%m%d%H%M')}@{domain}>"
    if m.quote_sent is not None:
        ref = f"<{m.quote_sent.strftime('%Y%m%d%H%M%S')}.{m.num:04d}@mailbox.org>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in m.headers.items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    kind, _, rest = layout.partition("/")
    if kind == "plain":
        charset, _, cte = rest.partition("/")
        msg.set_content(m.body, charset=charset, cte=cte)
    elif kind == "html_only":
        msg.set_content(page(to_html(m.body), m.lang), subtype="html", cte="quoted-printable")
    elif kind in ("alternative", "pdf"):
        msg.set_content(m.body, cte="quoted-printable")
        msg.add_alternative(page(to_html(m.body), m.lang), subtype="html", cte="quoted-printable")
        if kind == "pdf":
            msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=rest or "offer.pdf")
    elif kind == "ats_html":
        msg.set_content(ats_page(m), subtype="html", cte="quoted-printable")
    elif kind in ("ats_alt", "board_html"):
        msg.set_content(m.body + ("\n" + m.footer if m.footer else ""), cte="quoted-printable")
        msg.add_alternative(ats_page(m), subtype="html", cte="base64" if kind == "board_html" else "quoted-printable")
    elif kind == "invite":
        msg.set_content(m.body, cte="quoted-printable")
        msg.add_alternative(page(to_html(m.body), m.lang), subtype="html", cte="quoted-printable")
        msg.add_alternative(invite(m), maintype="text", subtype="calendar",
                            params={"method": "REQUEST", "charset": "utf-8"})
    elif kind == "reply_gmail":
        text = m.body.rstrip("\n") + "\n\n" + quoted_plain(m, "gmail") + "\n"
        msg.set_content(text, cte="quoted-printable")
        assert m.quote_sent is not None
        intro = m.reply_hdr["gmail"].format(when=format_when(m.quote_sent, m.lang), name=USER_NAME, addr=USER_ADDR)
        quoted = (
            f'<div dir="ltr">{to_html(m.body)}</div><br>\n<div class="gmail_quote"><div dir="ltr" '
            f'class="gmail_attr">{html.escape(intro)}<br></div>\n<blockquote class="gmail_quote" style="margin:0 0 '
            f'0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{to_html(m.quote_text)}</blockquote></div>'
        )
        msg.add_alternative(page(quoted, m.lang), subtype="html", cte="quoted-printable")
    elif kind == "reply_apple":
        msg.set_content(m.body.rstrip("\n") + "\n\n" + quoted_plain(m, "apple") + "\n", cte="8bit")
    elif kind == "reply_outlook":
        text = m.body.rstrip("\n") + "\n\n" + quoted_plain(m, "outlook") + "\n"
        if rest == "html":
            msg.set_content(page(to_html(text), m.lang), subtype="html", cte="quoted-printable")
        else:
            msg.set_content(text, charset="windows-1252" if can_encode(text, "cp1252") else "utf-8",
                            cte="quoted-printable")
    else:
        raise ValueError(f"unknown layout {layout}")
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_h10_{m.num:04d}_{i}")
    return msg.as_bytes(policy=POLICY)


def can_encode(text: str, codec: str) -> bool:
    """Given text and a codec, returns whether the codec can carry the text."""
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def slug(name: str) -> str:
    """Given a display name, returns it as a lowercase host label."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
