"""holdout15 core: the message record, the date resolver, quoted-mail helpers and MIME assembly.

Given a Msg written by hand in holdout15_en / holdout15_intl, build() returns the RFC 5322 bytes
and the CSV rows; the resolver turns the message's own promise into the expected decision date.
"""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

USER = "Tomasz Nowak <tomasz.nowak@proton.me>"
CET = timezone(timedelta(hours=1), "CET")
BASE = datetime(2026, 11, 4, 8, 0, tzinfo=CET)

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
class Msg:
    """One hand-written message: label, language, trap, who, what, and how it is wrapped."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    sender: str
    subject: str
    body: str
    layout: str = "plain"
    charset: str = "utf-8"
    cte: str = "8bit"
    promise: tuple[str, int] | None = None
    reply_to: str = ""
    quote: str = ""
    html_body: str = ""
    extra_headers: dict[str, str] = field(default_factory=dict)


def add_business_days(day: date, n: int) -> date:
    """Given a day and n >= 0, returns the day n business days (Mon-Fri) later."""
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def resolve(promise: tuple[str, int] | None, sent: date) -> date | None:
    """Given a promise (kind, n) and the Date header's local day, returns the decision date or None.

    Kinds: days, bdays, weekday (0=Mon; next such day strictly after), eow (n weeks ahead's Friday),
    eom (end of this month + n), tomorrow, explicit (the date n days after sent, written in the text).
    """
    if promise is None:
        return None
    kind, n = promise
    if kind in ("days", "explicit"):
        return sent + timedelta(days=n)
    if kind == "bdays":
        return add_business_days(sent, n)
    if kind == "weekday":
        ahead = (n - sent.weekday()) % 7
        return sent + timedelta(days=ahead or 7)
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday() + 7 * n)
    if kind == "eom":
        year, month = sent.year, sent.month + n
        while month > 12:
            year, month = year + 1, month - 12
        return date(year, month, calendar.monthrange(year, month)[1])
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    raise ValueError(kind)


def spell(day: date, lang: str) -> str:
    """Given a day and a language, returns it written the way a person in that language would."""
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{day.day} {month}"
    if lang == "de":
        return f"{day.day}. {month}"
    if lang == "fr":
        return f"{day.day} {month}"
    return f"{day.day} de {month}"


def sent_at(index: int) -> datetime:
    """Given the message's index, returns a deterministic weekday send time between 4 and 20 November 2026."""
    when = BASE + timedelta(days=(index * 7) % 17, minutes=(index * 53) % 540)
    while when.weekday() >= 5:
        when += timedelta(days=1)
    return when


QUOTE_HEADS = {
    "gmail": {
        "en": "On {d}, Tomasz Nowak <tomasz.nowak@proton.me> wrote:",
        "de": "Am {d} schrieb Tomasz Nowak <tomasz.nowak@proton.me>:",
        "fr": "Le {d}, Tomasz Nowak <tomasz.nowak@proton.me> a écrit :",
        "es": "El {d}, Tomasz Nowak (<tomasz.nowak@proton.me>) escribió:",
    },
    "apple": {
        "en": "> On {d}, at 18:12, Tomasz Nowak <tomasz.nowak@proton.me> wrote:",
        "de": "> Am {d} um 18:12 schrieb Tomasz Nowak <tomasz.nowak@proton.me>:",
        "fr": "> Le {d} à 18:12, Tomasz Nowak <tomasz.nowak@proton.me> a écrit :",
        "es": "> El {d}, a las 18:12, Tomasz Nowak <tomasz.nowak@proton.me> escribió:",
    },
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def quoted(style: str, lang: str, earlier: date, subject: str, text: str, to: str) -> str:
    """Given a reply style and the candidate's earlier text, returns it as that mail client quotes it."""
    d = spell(earlier, lang) + f" {earlier.year}"
    if style == "outlook":
        f, s, t, subj = OUTLOOK[lang]
        return (f"\n\n________________________________\n{f}: Tomasz Nowak <tomasz.nowak@proton.me>\n"
                f"{s}: {d} 18:12\n{t}: {to}\n{subj}: {subject}\n\n{text}\n")
    head = QUOTE_HEADS[style][lang].format(d=d)
    lines = "\n".join(("> " + ln).rstrip() for ln in text.splitlines())
    if style == "apple":
        return f"\n\n{head}\n> \n{lines}\n"
    return f"\n\n{head}\n\n{lines}\n"


def to_html(text: str) -> str:
    """Given plain text, returns simple paragraph HTML the way webmail composers emit it."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(ln) for ln in p.splitlines()) + "</p>")
    return "\n".join(out)


def ats_html(inner_html: str, brand: str, preheader: str, footer: str) -> str:
    """Given the ATS mail's body HTML, returns it in a table layout with a hidden preheader and a footer."""
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Arial}</style></head><body>"
        f"<div style=\"display:none;max-height:0;overflow:hidden\">{html.escape(preheader)}</div>"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        f"<table width=\"600\"><tr><td style=\"padding:24px\">{inner_html}</td></tr>"
        f"<tr><td style=\"font-size:11px;color:#888;padding:16px\">{footer}<br>Powered by {html.escape(brand)}"
        "</td></tr></table></td></tr></table></body></html>"
    )


ATS = {
    "greenhouse.io": "Greenhouse", "lever.co": "Lever", "myworkday.com": "Workday", "ashbyhq.com": "Ashby",
    "smartrecruiters.com": "SmartRecruiters", "icims.com": "iCIMS", "workablemail.com": "Workable",
    "personio.de": "Personio", "teamtailor.com": "Teamtailor", "softgarden.io": "softgarden",
    "recruitee.com": "Recruitee", "welcomekit.co": "Welcome to the Jungle", "infojobs.net": "InfoJobs",
    "goodtime.io": "GoodTime", "hirevue.com": "HireVue", "calendly.com": "Calendly", "hireright.com": "HireRight",
}
FOOTERS = {
    "en": "You are receiving this email because you applied for a job. Privacy policy | Unsubscribe",
    "de": "Sie erhalten diese E-Mail, weil Sie sich beworben haben. Datenschutz | Abmelden",
    "fr": "Vous recevez cet e-mail suite à votre candidature. Confidentialité | Se désabonner",
    "es": "Recibes este correo porque te has inscrito en una oferta. Privacidad | Darse de baja",
}


def platform(sender: str) -> str:
    """Given a From header, returns the ATS platform's name when the address is one, else ''."""
    domain = sender.rsplit("@", 1)[-1].rstrip(">").lower()
    return next((name for d, name in ATS.items() if domain == d or domain.endswith("." + d)), "")


def html_for(m: Msg, body: str) -> str:
    """Given a message and its final text, returns its HTML part: an ATS table layout or webmail paragraphs."""
    if m.html_body:
        return m.html_body
    brand = platform(m.sender)
    if not brand:
        return to_html(body)
    paras = [p for p in body.split("\n\n") if p.strip()]
    preheader = (paras[1] if len(paras) > 1 else paras[0])[:90]
    return ats_html(to_html(body), brand, preheader, FOOTERS[m.lang])


HTML_QUOTE = {
    "gmail": '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}</div>'
             '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
             '{text}</blockquote></div>',
    "apple": '<div><br><blockquote type="cite"><div>{head}</div>{text}</blockquote></div>',
    "outlook": '<div id="appendonsend"></div><hr style="display:inline-block;width:98%">'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:11pt">{head}</font></div>'
               '<div>{text}</div>',
}
VARIANTS = [("utf-8", "8bit"), ("utf-8", "quoted-printable"), ("utf-8", "8bit"), ("utf-8", "base64"),
            ("iso-8859-1", "8bit"), ("utf-8", "8bit"), ("windows-1252", "quoted-printable")]


def encoding_for(m: Msg, index: int, text: str) -> tuple[str, str]:
    """Given a message left at the default encoding, returns a varied (charset, cte) it can be written in."""
    charset, cte = (m.charset, m.cte) if (m.charset, m.cte) != ("utf-8", "8bit") else VARIANTS[index % 7]
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return charset, cte


def build(m: Msg, index: int) -> tuple[str, bytes, date | None, str]:
    """Given a message and its index, returns (file name, bytes, decision date, layout string)."""
    when = sent_at(index)
    decision = resolve(m.promise, when.date())
    body = m.body
    if m.promise is not None and m.promise[0] == "explicit":
        assert decision is not None
        body = body.replace("{D}", spell(decision, m.lang))
    earlier = when.date() - timedelta(days=6 + index % 5)
    reply_html = html_for(m, body)
    domain = m.sender.rsplit("@", 1)[-1].rstrip(">")
    msg = EmailMessage()
    if m.quote:
        style, text = m.quote.split("|", 1)
        block = quoted(style, m.lang, earlier, m.subject.removeprefix("Re: "), text, m.sender)
        body = body.rstrip("\n") + block
        lines = block.strip("\n").splitlines()
        heads = lines[1:5] if style == "outlook" else [lines[0].lstrip("> ")]
        reply_html += HTML_QUOTE[style].format(head="<br>".join(map(html.escape, heads)), text=to_html(text))
    msg["From"] = m.sender
    msg["To"] = USER
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<s15.{index:04d}.{when:%Y%m%d%H%M}@{domain}>"
    if m.quote:
        msg["In-Reply-To"] = f"<tn.{index:04d}.{earlier.isoformat()}@proton.me>"
        msg["References"] = msg["In-Reply-To"]
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    for k, v in m.extra_headers.items():
        msg[k] = v
    kind = m.layout
    if kind == "html":
        charset, cte = encoding_for(m, index, reply_html)
        msg.set_content(reply_html, subtype="html", charset=charset, cte=cte)
    else:
        charset, cte = encoding_for(m, index, body)
        msg.set_content(body, charset=charset, cte=cte)
        if kind == "alt":
            msg.add_alternative(reply_html, subtype="html", charset="utf-8", cte="quoted-printable")
            msg.set_boundary(f"----=_Part_s15_{index:04d}_{when:%H%M%S}")
    q = m.quote.split("|", 1)[0] if m.quote else ""
    layout = f"{kind}{'-reply-' + q if q else ''}/{charset}/{cte}"
    name = f"s15-{index:04d}-{m.label}-{m.lang}.eml"
    data = msg.as_bytes(policy=msg.policy.clone(linesep="\r\n" if index % 4 == 0 else "\n"))
    return name, data, decision, layout
