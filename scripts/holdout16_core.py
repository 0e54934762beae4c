"""Shared pieces of the holdout16 mail corpus: the message spec, the decision-date resolver and MIME assembly."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from email import charset as email_charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr

USER_NAME = "Chiara Romano"
USER_ADDR = "chiara.romano@gmx.net"

Promise = tuple[str, int | str | None]


@dataclass
class M:
    """One message written by hand: what it says, who sent it, how it is wrapped and what it promises."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    frm: str
    subj: str
    body: str
    when: str = ""
    promise: Promise | None = None
    layout: str = "plain"
    cs: str = "utf-8"
    cte: str = "8bit"
    quote: str = ""
    quoted: str = ""
    reply_to: str = ""
    ats: str = ""


def _to_date(when: dt.datetime) -> dt.date:
    return when.date()


def resolve(promise: Promise | None, sent: dt.datetime) -> dt.date | None:
    """Given a promise kind and the Date header, returns the promised decision day (local to the header) or None."""
    if promise is None:
        return None
    kind, arg = promise
    day = _to_date(sent)
    if kind == "days":
        assert isinstance(arg, int)
        return day + dt.timedelta(days=arg)
    if kind == "weeks":
        assert isinstance(arg, int)
        return day + dt.timedelta(days=7 * arg)
    if kind == "bdays":
        assert isinstance(arg, int)
        left = arg
        while left:
            day += dt.timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day
    if kind == "tomorrow":
        return day + dt.timedelta(days=1)
    if kind == "weekday":
        assert isinstance(arg, int)
        ahead = (arg - day.weekday()) % 7 or 7
        return day + dt.timedelta(days=ahead)
    if kind == "eow":
        assert isinstance(arg, int)
        monday = day - dt.timedelta(days=day.weekday())
        return monday + dt.timedelta(days=4 + 7 * arg)
    if kind == "eom":
        month = day.month if arg is None else int(arg)
        year = day.year if month >= day.month else day.year + 1
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if kind == "next_month_end":
        first = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if kind == "date":
        assert isinstance(arg, str)
        return dt.date.fromisoformat(arg)
    raise ValueError(kind)


def _offset(day: dt.date, lang: str) -> dt.timezone:
    # Dublin is an hour behind Basel/Munich/Lyon/Madrid; summer time ends on 25 October 2026.
    summer = day < dt.date(2026, 10, 25)
    hours = (1 if summer else 0) + (0 if lang == "en" else 1)
    return dt.timezone(dt.timedelta(hours=hours))


def sent_at(msg: M, index: int) -> dt.datetime:
    """Given a spec and its position, returns the aware Date of the message (explicit or spread over autumn 2026)."""
    if msg.when:
        naive = dt.datetime.strptime(msg.when, "%Y-%m-%d %H:%M")  # noqa: DTZ007 - made aware just below
        return naive.replace(tzinfo=_offset(naive.date(), msg.lang))
    day = dt.date(2026, 9, 7) + dt.timedelta(days=(index * 13) % 75)
    if day.weekday() >= 5 and msg.label != "auto_reply":
        day += dt.timedelta(days=7 - day.weekday())
    hour, minute = 7 + (index * 5) % 11, (index * 17) % 60
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_offset(day, msg.lang))


_ATTRIB = {
    "en": "On {d:%a}, {d.day} {d:%b} {d:%Y} at {d:%H:%M}, Chiara Romano <chiara.romano@gmx.net> wrote:",
    "de": "Am {d:%d.%m.%Y} um {d:%H:%M} schrieb Chiara Romano <chiara.romano@gmx.net>:",
    "fr": "Le {d.day}/{d:%m}/{d:%Y} à {d:%H:%M}, Chiara Romano <chiara.romano@gmx.net> a écrit :",
    "es": "El {d.day}/{d:%m}/{d:%Y}, a las {d:%H:%M}, Chiara Romano (<chiara.romano@gmx.net>) escribió:",
}
_OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def quote_block(msg: M, sent: dt.datetime, to_addr: str) -> str:
    """Given a reply spec, returns the candidate's earlier mail quoted in the spec's client style (plain text)."""
    earlier = sent - dt.timedelta(days=2, hours=3)
    lines = msg.quoted.strip("\n").splitlines()
    if msg.quote == "outlook":
        f, s, t, sub = _OUTLOOK[msg.lang]
        head = [
            "________________________________",
            f"{f}: Chiara Romano <chiara.romano@gmx.net>",
            f"{s}: {earlier:%d/%m/%Y %H:%M}",
            f"{t}: {to_addr}",
            f"{sub}: {msg.subj.removeprefix('Re: ').removeprefix('RE: ').removeprefix('AW: ')}",
            "",
        ]
        return "\n".join(head + lines)
    if msg.quote == "apple":
        attrib = f"On {earlier.day} {earlier:%b} {earlier:%Y}, at {earlier:%H:%M}, Chiara Romano <{USER_ADDR}> wrote:"
        return "\n".join("> " + x if x else ">" for x in [attrib, "", *lines])
    attrib = _ATTRIB[msg.lang].format(d=earlier)
    return attrib + "\n\n" + "\n".join("> " + x if x else ">" for x in lines)


def to_html(text: str) -> str:
    """Given plain text with blank-line paragraphs and '- ' bullets, returns simple HTML paragraphs and lists."""
    out: list[str] = []
    for para in text.strip().split("\n\n"):
        rows = para.splitlines()
        if all(r.lstrip().startswith(("- ", "* ", "• ")) for r in rows):
            items = "".join(f"<li>{html.escape(r.lstrip()[2:])}</li>" for r in rows)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(r) for r in rows) + "</p>")
    return "\n".join(out)


def _ats_wrap(inner: str, preheader: str, platform: str, company: str) -> str:
    hidden = f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
    foot = (
        f'<p style="color:#888;font-size:11px">Sent on behalf of {html.escape(company)} via {html.escape(platform)}. '
        "Please do not reply to this automated address; manage your e-mail preferences in your candidate profile.</p>"
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + hidden
        + '<table width="600" cellpadding="0" cellspacing="0" role="presentation"><tr><td style="font-family:Arial">'
        + inner + "</td></tr><tr><td>" + foot + "</td></tr></table></body></html>"
    )


_LATIN1_FIX = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "€": "EUR",
                             "•": "-", "œ": "oe", "Œ": "OE"})


def _part(text: str, subtype: str, cs: str, cte: str) -> MIMEText:
    if cs == "iso-8859-1":
        text = text.translate(_LATIN1_FIX)
    charset = email_charset.Charset(cs)
    charset.body_encoding = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}[cte]  # type: ignore[assignment]  # None = no transfer encoding (8bit)
    return MIMEText(text, subtype, charset)  # type: ignore[arg-type]


def _header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _addr(value: str) -> str:
    name, addr = parseaddr(value)
    return formataddr((name, addr), charset="utf-8")


def build(msg: M, index: int) -> tuple[bytes, dt.datetime]:
    """Given a spec and its position, returns the RFC 5322 bytes and the Date it carries."""
    sent = sent_at(msg, index)
    sender = parseaddr(msg.frm)[1]
    text = msg.body.strip("\n") + "\n"
    quoted = quote_block(msg, sent, msg.frm) if msg.quote and msg.quoted else ""
    plain = text + ("\n" + quoted + "\n" if quoted else "")
    inner = to_html(text)
    if quoted and msg.quote == "bq":
        earlier = sent - dt.timedelta(days=2, hours=3)
        inner += (f'<div class="gmail_quote">{html.escape(_ATTRIB[msg.lang].format(d=earlier))}'
                  f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                  f"{to_html(msg.quoted)}</blockquote></div>")
    elif quoted:
        inner += "<pre>" + html.escape(quoted) + "</pre>"
    if msg.layout in ("ats", "ats_alt"):
        page = _ats_wrap(inner, text.splitlines()[0], msg.ats or "the careers site", msg.company)
    else:
        page = "<html><body>" + inner + "</body></html>"
    root: MIMEText | MIMEMultipart
    if msg.layout == "plain":
        root = _part(plain, "plain", msg.cs, msg.cte)
    elif msg.layout in ("html", "ats"):
        root = _part(page, "html", msg.cs, msg.cte)
    else:
        root = MIMEMultipart("alternative", boundary=f"=_v16_{index:04d}_alt")
        root.attach(_part(plain, "plain", msg.cs, msg.cte))
        root.attach(_part(page, "html", msg.cs, msg.cte))
    root["From"] = _addr(msg.frm)
    root["To"] = formataddr((USER_NAME, USER_ADDR))
    root["Subject"] = _header(msg.subj)
    root["Date"] = format_datetime(sent)
    domain = sender.split("@")[-1] or "example.org"
    root["Message-ID"] = f"<v16.{index:04d}.{sent:%Y%m%d%H%M}@{domain}>"
    if msg.reply_to:
        root["Reply-To"] = _addr(msg.reply_to)
    if msg.quote:
        root["In-Reply-To"] = f"<cr16.{index:04d}@gmx.net>"
        root["References"] = f"<cr16.{index:04d}@gmx.net>"
    if msg.label == "auto_reply" and index % 2:
        root["Auto-Submitted"] = "auto-replied"
    return root.as_bytes(), sent


def layout_name(msg: M) -> str:
    """Given a spec, returns the layout column: kind[-reply style]/charset/transfer encoding."""
    kind = msg.layout + (f"-{msg.quote}" if msg.quote else "")
    return f"{kind}/{msg.cs}/{ {'qp': 'quoted-printable', 'b64': 'base64', '8bit': '8bit'}[msg.cte]}"


# The candidate's own earlier mail, quoted below replies (her words, not the employer's).
Q: dict[str, dict[str, str]] = {
    "en": {
        "thanks": "Dear {n},\n\nThank you for taking the time to speak with me yesterday. I enjoyed hearing how\n"
                  "your team handles safety signals and I remain very interested in the role.\n\n"
                  "Kind regards,\nChiara Romano",
        "follow": "Hello {n},\n\nI hope you are well. I wanted to follow up on my interview and ask whether there is\n"
                  "any news on the timeline. I am still very keen on the position.\n\nBest wishes,\nChiara",
        "apply": "Dear hiring team,\n\nplease find attached my CV and cover letter for the advertised role. After\n"
                 "nine years in community pharmacy I would love to move into regulatory work.\n\nChiara Romano",
        "withdraw": "Dear {n},\n\nI have accepted another offer and would like to withdraw my application.\n"
                    "Thank you for your time and consideration.\n\nChiara",
    },
    "de": {
        "thanks": "Liebe/r {n},\n\nvielen Dank für das freundliche Gespräch gestern. Die Einblicke in Ihre\n"
                  "Zulassungsabteilung haben mein Interesse noch verstärkt.\n\nViele Grüße\nChiara Romano",
        "follow": "Guten Tag {n},\n\nich wollte freundlich nachfragen, ob es zum Stand meiner Bewerbung schon\n"
                  "Neuigkeiten gibt.\n\nBeste Grüße\nChiara Romano",
        "apply": "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie meine Bewerbungsunterlagen.\n\n"
                 "Mit freundlichen Grüßen\nChiara Romano",
        "withdraw": "Guten Tag {n},\n\nich habe mich für ein anderes Angebot entschieden und ziehe meine Bewerbung\n"
                    "zurück. Herzlichen Dank für Ihre Zeit.\n\nChiara Romano",
    },
    "fr": {
        "thanks": "Bonjour {n},\n\nmerci encore pour notre échange d'hier, très enrichissant sur la\n"
                  "pharmacovigilance. Je reste très motivée par le poste.\n\nBien cordialement,\nChiara Romano",
        "follow": "Bonjour {n},\n\nje me permets de revenir vers vous concernant ma candidature. Avez-vous\n"
                  "des nouvelles ?\n\nCordialement,\nChiara Romano",
        "apply": "Madame, Monsieur,\n\nveuillez trouver ci-joint mon CV et ma lettre de motivation.\n\n"
                 "Cordialement,\nChiara Romano",
        "withdraw": "Bonjour {n},\n\nj'ai accepté une autre proposition et je retire ma candidature.\n"
                    "Merci pour votre temps.\n\nChiara Romano",
    },
    "es": {
        "thanks": "Hola {n}:\n\nmuchas gracias por la entrevista de ayer. Me quedo con muchas ganas de formar\n"
                  "parte del equipo de asuntos regulatorios.\n\nUn saludo,\nChiara Romano",
        "follow": "Buenos días {n}:\n\nquería preguntar si hay novedades sobre el proceso.\n\n"
                  "Muchas gracias,\nChiara Romano",
        "apply": "Estimado equipo:\n\nadjunto mi CV para la vacante publicada.\n\nSaludos,\nChiara Romano",
        "withdraw": "Hola {n}:\n\nhe aceptado otra oferta y retiro mi candidatura. Gracias por todo.\n\n"
                    "Chiara Romano",
    },
}


def q(lang: str, kind: str, name: str = "") -> str:
    """Given a language, a kind of candidate mail and the addressee's name, returns her earlier mail's text."""
    return Q[lang][kind].format(n=name or {"en": "all", "de": "Frau Wagner", "fr": "Madame", "es": "equipo"}[lang])
