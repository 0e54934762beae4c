"""Shared MIME, header, date and CSV helpers for the holdout19 mail corpus (messages live in holdout19_*.py)."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import os
import random
import re
import tempfile
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from html import escape
from pathlib import Path

USER = "Oskar Lindgren <oskar.lindgren@mailbox.org>"
SPLIT = "holdout19"
PREFIX = "y19-"

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
LEGAL = {
    "en": "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
          "received it in error, please notify the sender and delete it. Registered in Ireland, no. 558214.",
    "de": "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
          "Sie bitte sofort den Absender und vernichten Sie diese Mail. Sitz der Gesellschaft: Hamburg, HRB 14402.",
    "fr": "Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leur "
          "destinataire. Toute utilisation non conforme est interdite. SAS au capital de 40 000 EUR, RCS Bordeaux.",
    "es": "Este mensaje es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo "
          "elimine. Sus datos se tratan conforme al RGPD (UE) 2016/679. Inscrita en el Registro Mercantil de Bizkaia.",
}
QUOTED = {
    "en": "Hi,\n\nThank you again for your time on Tuesday. I enjoyed hearing how your kitchens handle the\n"
          "allergen matrix, and I remain very interested in the role.\n\nBest regards,\nOskar",
    "de": "Guten Tag,\n\nvielen Dank noch einmal für das Gespräch. Die Einblicke in Ihre HACCP-Abläufe haben mich\n"
          "sehr interessiert, und ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nOskar Lindgren",
    "fr": "Bonjour,\n\nMerci encore pour notre échange. J'ai beaucoup apprécié la visite de la cuisine centrale\n"
          "et je reste très motivé par le poste.\n\nBien cordialement,\nOskar Lindgren",
    "es": "Hola:\n\nMuchas gracias de nuevo por la entrevista. Me gustó mucho conocer la cocina central y sigo\n"
          "muy interesado en el puesto.\n\nUn saludo,\nOskar Lindgren",
}


@dataclass(frozen=True)
class Msg:
    """One hand-written message: its label, trap, sender, subject, body and how to wrap it."""

    label: str
    trap: str
    company: str
    role: str
    frm: str
    subject: str
    body: str
    layout: str = "plain"  # plain | html | alt | gmail | outlook | apple | fwd
    charset: str = "utf-8"
    cte: str = "8bit"
    promise: tuple[str, int] | None = None
    quoted: str = ""
    reply_to: str = ""
    legal: bool = False
    preheader: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    fwd_from: str = ""


def m(label: str, trap: str, company: str, role: str, frm: str, subject: str, body: str, **kw: object) -> Msg:
    """Given the fields of one message returns a Msg (keyword fields as in Msg)."""
    return Msg(label, trap, company, role, frm, subject, body, **kw)  # type: ignore[arg-type]


def last_day(year: int, month: int) -> dt.date:
    """Given a year and month returns the last day of that month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def resolve(promise: tuple[str, int] | None, day: dt.date) -> dt.date | None:
    """Given a promise kind with its number and the Date header's local day returns the decision date or None."""
    if promise is None:
        return None
    kind, n = promise
    if kind in ("days", "on"):
        return day + dt.timedelta(days=n)
    if kind == "tomorrow":
        return day + dt.timedelta(days=1)
    if kind == "bdays":
        cur = day
        while n > 0:
            cur += dt.timedelta(days=1)
            if cur.weekday() < 5:
                n -= 1
        return cur
    if kind == "weekday":
        ahead = (n - day.weekday()) % 7 or 7
        return day + dt.timedelta(days=ahead)
    if kind == "nwd":  # weekday n of next week
        return day + dt.timedelta(days=7 - day.weekday() + n)
    if kind == "eow":
        return day + dt.timedelta(days=4 - day.weekday() + 7 * n)
    if kind == "eom":
        y, mo = divmod(day.month - 1 + n, 12)
        return last_day(day.year + y, mo + 1)
    if kind == "month_end":
        year = day.year if n >= day.month else day.year + 1
        return last_day(year, n)
    raise ValueError(kind)


def fmt_date(d: dt.date, lang: str) -> str:
    """Given a date and language returns it written as people write it in that language."""
    month = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"{d.day} {month}"
    if lang == "de":
        return f"{d.day}. {month}"
    if lang == "fr":
        return f"{d.day} {month}"
    return f"{d.day} de {month}"


def sent_at(index: int, rng: random.Random, promise: tuple[str, int] | None) -> dt.datetime:
    """Given the message index returns a weekday Date header (aware) spread over autumn 2026."""
    base = dt.datetime(2026, 9, 1, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    offsets = [0, 1, 2, -4, 0, 1]
    while True:
        day = base + dt.timedelta(days=rng.randrange(0, 85), hours=rng.randrange(7, 18), minutes=rng.randrange(60))
        tz = dt.timezone(dt.timedelta(hours=offsets[index % len(offsets)]))
        local = day.astimezone(tz)
        # a promise at the very end of a month stays unambiguous; weekends are rare in employer mail
        if local.weekday() < 5 and not (promise and promise[0] == "month_end" and local.month >= promise[1]):
            return local


def _html(body: str, preheader: str) -> str:
    parts: list[str] = []
    for para in body.strip().split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(("- ", "* ", "• ")) for ln in lines):
            items = "".join(f"<li>{escape(ln[2:])}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append("<p>" + "<br>\n".join(escape(ln) for ln in lines) + "</p>")
    hidden = f'<div style="display:none;max-height:0;overflow:hidden">{escape(preheader)}</div>' if preheader else ""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            f"<body style=\"font-family:Arial,sans-serif;font-size:14px\">{hidden}\n" + "\n".join(parts)
            + "\n</body></html>\n")


def _attribution(style: str, lang: str, when: dt.datetime) -> str:
    mon = MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if style == "apple":
        return {"en": f"On {when.day} {mon[:3]} {when.year}, at {hm}, {USER} wrote:",
                "de": f"Am {when.day}.{when.month:02d}.{when.year} um {hm} schrieb {USER}:",
                "fr": f"Le {when.day} {mon[:4]}. {when.year} à {hm}, {USER} a écrit :",
                "es": f"El {when.day} {mon[:3]} {when.year}, a las {hm}, {USER} escribió:"}[lang]
    return {"en": f"On {when.strftime('%a')}, {when.day} {mon[:3]} {when.year} at {hm}, {USER} wrote:",
            "de": f"Am {when.day:02d}.{when.month:02d}.{when.year} um {hm} schrieb Oskar Lindgren "
                  "<oskar.lindgren@mailbox.org>:",
            "fr": f"Le {when.day} {mon} {when.year} à {hm}, Oskar Lindgren <oskar.lindgren@mailbox.org> a écrit :",
            "es": f"El {when.day} {mon} {when.year} a las {hm}, Oskar Lindgren (<oskar.lindgren@mailbox.org>) "
                  "escribió:"}[lang]


def compose_text(msg: Msg, lang: str, when: dt.datetime, target: dt.date | None) -> str:
    """Given a message returns its full text: body, legal footer and the quoted or forwarded part."""
    body = msg.body.strip("\n")
    if target is not None:
        body = body.replace("{X}", fmt_date(target, lang))
    # dates that are not promises (interviews, deadlines, returns) stay plausible relative to the Date header
    body = re.sub(r"\{\+(\d+)\}", lambda g: fmt_date(when.date() + dt.timedelta(days=int(g.group(1))), lang), body)
    if msg.legal:
        body += "\n\n" + LEGAL[lang]
    earlier = when - dt.timedelta(days=2, hours=3)
    quoted = msg.quoted or QUOTED[lang]
    if msg.layout in ("gmail", "apple"):
        lines = "\n".join(("> " + ln).rstrip() for ln in quoted.split("\n"))
        return f"{body}\n\n{_attribution(msg.layout, lang, earlier)}\n\n{lines}\n"
    if msg.layout == "outlook":
        head = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
                "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado", "Para", "Asunto")}[lang]
        stamp = format_datetime(earlier)
        block = (f"{head[0]}: {USER}\n{head[1]}: {stamp}\n{head[2]}: {msg.frm}\n{head[3]}: {msg.subject}")
        return f"{body}\n\n________________________________\n{block}\n\n{quoted}\n"
    if msg.layout == "fwd":
        return (f"{body}\n\n---------- Forwarded message ---------\nFrom: {msg.fwd_from}\n"
                f"Date: {format_datetime(earlier)}\nSubject: {msg.subject.removeprefix('Fwd: ')}\n"
                f"To: {msg.frm}\n\n{quoted}\n")
    return body + "\n"


def _safe(text: str, charset: str) -> str:
    if charset != "iso-8859-1":
        return text
    table = {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "€": "EUR", "…": "...", "•": "*"}
    return "".join(table.get(ch, ch) for ch in text)


def build(msg: Msg, index: int, lang: str, when: dt.datetime, target: dt.date | None) -> EmailMessage:
    """Given a message and its Date returns the MIME message built with the stdlib email package."""
    text = _safe(compose_text(msg, lang, when, target), msg.charset)
    cte = {"8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}[msg.cte]
    em = EmailMessage()
    em["From"] = msg.frm
    em["To"] = USER
    em["Subject"] = msg.subject
    em["Date"] = format_datetime(when)
    domain = msg.frm.rsplit("@", 1)[-1].rstrip(">")
    em["Message-ID"] = f"<y19.{index:04d}.{when.strftime('%Y%m%d%H%M')}@{domain}>"
    if msg.reply_to:
        em["Reply-To"] = msg.reply_to
    if msg.layout in ("gmail", "apple", "outlook"):
        em["In-Reply-To"] = f"<oskar.{index:04d}@mailbox.org>"
        em["References"] = f"<oskar.{index:04d}@mailbox.org>"
    for name, value in msg.headers:
        em[name] = value
    if msg.layout == "html":
        em.set_content(_html(text, msg.preheader), subtype="html", charset=msg.charset, cte=cte)
    elif msg.layout == "alt":
        em.set_content(text, charset=msg.charset, cte=cte)
        em.add_alternative(_html(text, msg.preheader), subtype="html", charset=msg.charset, cte=cte)
        # a fixed boundary keeps regeneration byte-identical
        em.set_boundary(f"=_y19_{index:04d}_alt")
    else:
        em.set_content(text, charset=msg.charset, cte=cte)
    return em


def _write_csv(path: Path, header: list[str], keep: list[list[str]], ours: list[list[str]]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(keep + ours)
    os.replace(tmp, path)


def replace_rows(path: Path, ours: list[list[str]]) -> None:
    """Given a CSV and this split's rows re-reads the file, keeps every other row and writes it atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, rest = rows[0], rows[1:]
    keep = [r for r in rest if not r[0].startswith(PREFIX)]
    _write_csv(path, header, keep, ours)


def layout_name(msg: Msg) -> str:
    """Given a message returns its entities.csv layout: kind/charset/transfer-encoding."""
    return f"{msg.layout}/{msg.charset}/{ {'8bit': '8bit', 'qp': 'quoted-printable', 'b64': 'base64'}[msg.cte]}"
