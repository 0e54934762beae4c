"""Shared plumbing for the holdout17 mail corpus: the message record, dates, MIME and CSV writing."""

from __future__ import annotations

import csv
import datetime as dt
import html
import os
import random
import tempfile
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

USER = "Marcus Lindqvist <m.lindqvist@fastmail.com>"
PREFIX = "w17-"
SPLIT = "holdout17"
ZONES = {"en": "Europe/London", "de": "Europe/Vienna", "fr": "Europe/Paris", "es": "Europe/Madrid"}
DateSpec = tuple[str, int] | tuple[str, int, int] | None


@dataclass
class Msg:
    """One hand-written message: what it says, who sent it, how it is wrapped and what it means."""

    label: str
    lang: str
    trap: str
    company: str
    role: str
    sender: str
    subject: str
    body: str
    dd: DateSpec = None
    lay: str = ""
    quote: str = ""
    reply_to: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def _last_of_month(year: int, month: int) -> dt.date:
    """Given a year and month returns the month's last day."""
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(spec: DateSpec, sent: dt.date) -> dt.date | None:
    """Given a promise spec and the Date header's local day returns the promised decision day, or None."""
    if spec is None:
        return None
    kind, n = spec[0], spec[1]
    if kind == "d":
        return sent + dt.timedelta(days=n)
    if kind == "tom":
        return sent + dt.timedelta(days=1)
    if kind == "bd":
        day = sent
        while n > 0:
            day += dt.timedelta(days=1)
            if day.weekday() < 5:
                n -= 1
        return day
    if kind == "wd":
        ahead = (n - sent.weekday()) % 7 or 7
        return sent + dt.timedelta(days=ahead)
    if kind == "eow":
        return sent + dt.timedelta(days=4 - sent.weekday() + 7 * n)
    if kind == "eom":
        month = sent.month + n
        return _last_of_month(sent.year + (month - 1) // 12, (month - 1) % 12 + 1)
    if kind == "mon":
        year = sent.year if n >= sent.month else sent.year + 1
        return _last_of_month(year, n)
    if kind == "date":
        day_of = dt.date(sent.year, n, spec[2])  # type: ignore[misc]
        return day_of if day_of >= sent else dt.date(sent.year + 1, n, spec[2])  # type: ignore[misc]
    raise ValueError(kind)


QUOTES = {
    "en": [
        "Hi,\n\nThank you again for taking the time to talk with me on Tuesday. I really enjoyed hearing how the "
        "team uses assessment data, and I'm keen to hear about next steps.\n\nBest wishes,\nMarcus",
        "Hello,\n\nI hope you're well. I wanted to check in on my application, as it's been a couple of weeks "
        "since the interview. Happy to provide anything else you need.\n\nKind regards,\nMarcus Lindqvist",
        "Dear hiring team,\n\nPlease find attached my CV and a short portfolio of the dashboards I built for our "
        "maths department.\n\nMany thanks,\nMarcus",
    ],
    "de": [
        "Guten Tag,\n\nvielen Dank für das angenehme Gespräch am Dienstag. Ich würde mich freuen, von Ihnen zu "
        "hören.\n\nMit freundlichen Grüßen\nMarcus Lindqvist",
        "Hallo,\n\nich wollte kurz nachfragen, ob es zu meiner Bewerbung schon Neuigkeiten gibt.\n\nBeste Grüße\n"
        "Marcus",
    ],
    "fr": [
        "Bonjour,\n\nMerci encore pour notre échange de mardi, j'ai beaucoup apprécié la discussion sur vos "
        "tableaux de bord.\n\nBien cordialement,\nMarcus Lindqvist",
        "Bonjour,\n\nJe me permets de revenir vers vous au sujet de ma candidature.\n\nCordialement,\nMarcus",
    ],
    "es": [
        "Hola,\n\nMuchas gracias por la entrevista del martes; me gustó mucho conocer al equipo.\n\nUn saludo,\n"
        "Marcus Lindqvist",
        "Buenos días,\n\nQuería preguntar si hay novedades sobre mi candidatura.\n\nGracias,\nMarcus",
    ],
}
WROTE = {
    "en": ("On {d}, Marcus Lindqvist <m.lindqvist@fastmail.com> wrote:", "On {d}, at {t}, Marcus Lindqvist wrote:"),
    "de": ("Am {d} schrieb Marcus Lindqvist <m.lindqvist@fastmail.com>:", "Am {d} um {t} schrieb Marcus Lindqvist:"),
    "fr": ("Le {d}, Marcus Lindqvist <m.lindqvist@fastmail.com> a écrit :", "Le {d} à {t}, Marcus Lindqvist a écrit :"),
    "es": ("El {d}, Marcus Lindqvist (<m.lindqvist@fastmail.com>) escribió:", "El {d}, a las {t}, Marcus escribió:"),
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}


def _quoted(m: Msg, sent: dt.datetime, style: str, idx: int) -> str:
    """Given a message and a reply style returns the candidate's earlier mail, quoted the way that client does."""
    text = m.quote or QUOTES[m.lang][idx % len(QUOTES[m.lang])]
    earlier = sent - dt.timedelta(days=2 + idx % 5, hours=3)
    if style == "outlook":
        f, s, t, j = OUTLOOK[m.lang]
        head = f"{f}: Marcus Lindqvist <m.lindqvist@fastmail.com>\n{s}: {earlier:%d/%m/%Y %H:%M}\n{t}: {m.sender}\n"
        return f"\n\n-----Original Message-----\n{head}{j}: {m.subject.removeprefix('Re: ')}\n\n{text}\n"
    line = WROTE[m.lang][1 if style == "apple" else 0].format(d=f"{earlier:%d.%m.%Y}", t=f"{earlier:%H:%M}")
    body = "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    return f"\n\n{line}\n\n{body}\n" if style == "apple" else f"\n\n{line}\n{body}\n"


def _html(text: str, preheader: str) -> str:
    """Given plain text returns an ATS-style HTML rendering with a hidden preheader."""
    paras = "".join(
        "<p style=\"margin:0 0 12px\">" + html.escape(p).replace("\n", "<br>") + "</p>" for p in text.split("\n\n")
    )
    hidden = f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
        f"{hidden}<table role=\"presentation\" width=\"100%\"><tr><td style=\"font-family:Arial\">{paras}"
        "</td></tr></table></body></html>"
    )


LAYOUTS = ["plain", "plain", "alt", "html", "reply-gmail", "reply-outlook", "reply-apple", "plain", "alt"]
CHARSETS = [("utf-8", "8bit"), ("utf-8", "quoted-printable"), ("iso-8859-1", "quoted-printable"),
            ("windows-1252", "8bit"), ("utf-8", "base64"), ("windows-1252", "base64")]


def _set_text(part: EmailMessage, text: str, subtype: str, charset: str, cte: str) -> str:
    """Given a part and its text sets the content in the charset if it fits and returns the charset used."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return charset


def build(m: Msg, idx: int, sent: dt.datetime, rng: random.Random) -> tuple[bytes, str]:
    """Given a message, its index, Date and a seeded rng returns the .eml bytes and the layout description."""
    lay = m.lay or LAYOUTS[rng.randrange(len(LAYOUTS))]
    text = m.body.strip() + "\n"
    if lay.startswith("reply-"):
        text += _quoted(m, sent, lay.removeprefix("reply-"), idx)
    charset, cte = CHARSETS[rng.randrange(len(CHARSETS))]
    msg = EmailMessage()
    msg["From"] = m.sender
    msg["To"] = USER
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<w17.{idx}.{sent:%Y%m%d%H%M}@{m.sender.rsplit('@', 1)[-1].strip('>')}>"
    if m.reply_to:
        msg["Reply-To"] = m.reply_to
    if lay.startswith("reply-") or m.subject.lower().startswith(("re:", "aw:", "ré :", "re :")):
        msg["In-Reply-To"] = f"<cand.{idx}.{sent:%Y%m%d}@fastmail.com>"
    for key, value in m.headers.items():
        msg[key] = value
    if lay == "html":
        charset = _set_text(msg, _html(text, text.split("\n")[0][:90]), "html", charset, cte)
    elif lay == "alt":
        charset = _set_text(msg, text, "plain", charset, cte)
        msg.add_alternative(_html(text, ""), subtype="html", charset="utf-8")
        msg.set_boundary(f"=_w17_{idx:04d}_{rng.randrange(16**8):08x}")  # fixed, so reruns are byte-identical
    else:
        charset = _set_text(msg, text, "plain", charset, cte)
    return bytes(msg), f"{lay}/{charset}/{cte}"


def _rewrite(path: Path, rows: list[dict[str, str]], keep: str) -> None:
    """Given a CSV path and new rows replaces only this split's rows and writes atomically; raises OSError."""
    with path.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        others = [r for r in reader if not r["file"].startswith(keep)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(others + rows)
    os.replace(tmp, path)


def write_corpus(msgs: list[Msg], out: Path, seed: int = 17) -> dict[str, int]:
    """Given the messages and the corpus folder writes the .eml files and CSV rows; returns counts by label."""
    rng = random.Random(seed)
    for old in out.glob(PREFIX + "*.eml"):
        old.unlink()
    labels: list[dict[str, str]] = []
    ents: list[dict[str, str]] = []
    start = dt.datetime(2026, 10, 19, 8, 0, tzinfo=ZoneInfo("UTC"))
    counts: dict[str, int] = {}
    for i, m in enumerate(msgs, 1):
        zone = ZoneInfo(ZONES[m.lang])
        local = (start + dt.timedelta(hours=i * 4 + rng.randrange(0, 300) / 60)).astimezone(zone)
        while local.weekday() >= 5:
            local += dt.timedelta(days=1)
        local = local.replace(hour=8 + rng.randrange(10), minute=rng.randrange(60), second=0)
        data, layout = build(m, i, local, rng)
        name = f"{PREFIX}{i:04d}-{m.label}-{m.lang}.eml"
        (out / name).write_bytes(data)
        day = resolve(m.dd, local.date())
        labels.append({"file": name, "label": m.label, "decision_date": day.isoformat() if day else "",
                       "split": SPLIT, "trap": m.trap})
        ents.append({"file": name, "lang": m.lang, "company": m.company, "role": m.role, "layout": layout})
        counts[m.label] = counts.get(m.label, 0) + 1
    _rewrite(out / "labels.csv", labels, PREFIX)
    _rewrite(out / "entities.csv", ents, PREFIX)
    return counts
