"""Given the phrase bank tests/corpus/mail/gen/holdout8.txt, writes the blind holdout8 mail corpus.

Writes ~200 files m8-NNNN-<label>-<lang>.eml into tests/corpus/mail/ and replaces only the `m8-` rows of
labels.csv / entities.csv (atomically). Deterministic for a seed; `--list-dates` prints each promise.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import html
import os
import random
import re
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout8.txt"
SEED = 80826
SPLIT = "holdout8"
PREFIX = "m8-"
USER = ("Noor Haddad", "noor.haddad@fastmail.com")
MIX = {"rejection": 50, "offer": 26, "next_step": 30, "pending": 30, "acknowledgement": 26, "auto_reply": 14,
       "other": 24}
EN_SHARE = {"rejection": 28, "offer": 14, "next_step": 16, "pending": 16, "acknowledgement": 14, "auto_reply": 8,
            "other": 13}
DATED_SHARE = 0.86  # of messages whose template has a {when} slot; the rest get a vague promise
TZ = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid"}

# name, kind, domain; kind "public" serves the formal public-body and university templates
COMPANIES: dict[str, list[tuple[str, str]]] = {
    "en": [("Fernhill Studio", "firm"), ("Northgate Digital", "firm"), ("Kettle & Crane", "firm"),
           ("Brightwater Health", "firm"), ("Lumen Civic", "firm"), ("Orbital Pay", "firm"),
           ("Harbourline", "firm"), ("Quillon Labs", "firm"), ("Atlas Relief", "firm"),
           ("Ashcombe Borough Council", "public"), ("University of Eastmoor", "public"),
           ("Office for Rural Digital Services", "public")],
    "de": [("Studio Kranich", "firm"), ("Feldweg Digital GmbH", "firm"), ("Nordlicht Mobility", "firm"),
           ("Lindenhaus Agentur", "firm"), ("Spreewerk Labs", "firm"), ("Brücken e.V.", "firm"),
           ("Digitalagentur des Landes Nordmark", "public"), ("Hochschule Tiefenbach", "public")],
    "fr": [("Atelier Soyeux", "firm"), ("Maison Vercors Design", "firm"), ("Rhodanie Tech", "firm"),
           ("Canut Studio", "firm"), ("Solidarités Horizon", "firm"), ("Métropole de Vallonne", "public"),
           ("Université de Fourvière-Est", "public")],
    "es": [("Estudio Alcornoque", "firm"), ("Brisa Labs", "firm"), ("Tramontana Digital", "firm"),
           ("Pagos Cierzo", "firm"), ("Fundación Puentes Abiertos", "firm"),
           ("Ayuntamiento de Villanueva del Pinar", "public"), ("Universidad de Castañar", "public")],
}
ROLES = {
    "en": ["UX Researcher", "Senior UX Researcher", "Product Designer", "Service Designer", "Design Researcher",
           "Lead User Researcher", "Content Designer"],
    "de": ["UX Researcher (m/w/d)", "Product Designerin", "Service Designer:in", "UX Designerin (w/m/d)",
           "Nutzerforscherin"],
    "fr": ["Chargée d'études UX", "Product Designer", "UX Researcher", "Designer de services",
           "Designer produit senior"],
    "es": ["Investigadora UX", "Diseñadora de producto", "UX Researcher", "Diseñador/a de servicios",
           "Product Designer senior"],
}
PEOPLE = {
    "en": ["Hannah Okafor", "Tom Reilly", "Priya Desai", "Callum Frost", "Maya Lindqvist", "Dev Patel",
           "Sophie Grant", "Rosa Achterberg"],
    "de": ["Julia Brandt", "Tobias Wendt", "Katrin Oyelaran", "Felix Hartung", "Lena Roth"],
    "fr": ["Claire Dumont", "Julien Marchal", "Inès Benali", "Théo Garnier", "Margaux Leclerc"],
    "es": ["Lucía Ferrer", "Javier Molina", "Carmen Ruiz", "Pablo Echeverría", "Nerea Otxoa"],
}
AGENCIES = {"en": "Halyard Talent", "de": "Kompass Personal", "fr": "Talents Rhône", "es": "Talento Norte"}
ATS = [("Greenhouse", "us.greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
       ("Ashby", "ashbyhq.com"), ("SmartRecruiters", "smartrecruiters.com"), ("iCIMS", "icims.com"),
       ("Workable", "candidates.workablemail.com"), ("Personio", "personio.de"),
       ("Teamtailor", "teamtailor-mail.com"), ("Recruitee", "recruitee.com")]
BOARDS = {"en": [("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
                 ("Design Jobs Weekly", "hello@designjobsweekly.example")],
          "de": [("StepStone Jobagent", "jobagent@stepstone.de")],
          "fr": [("Welcome to the Jungle", "alertes@welcometothejungle.com")],
          "es": [("InfoJobs", "alertas@infojobs.net")]}
EMPLOYER = ("Hollis & Marr", "hollismarr.co.uk")  # Noor's current employer, for the interviewer trap
TITLES = {"en": ["Talent Partner", "Head of Design", "Talent Acquisition & Offers Lead", "Research Director"],
          "de": ["Talent Acquisition", "Head of UX", "People & Culture"],
          "fr": ["Chargée de recrutement", "Directrice du design", "Talent Acquisition"],
          "es": ["Técnica de selección", "Head of Design", "People Partner"]}

WD = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                 "noviembre", "diciembre"]}
VAGUE = {"en": ["in the coming weeks", "soon", "as soon as we can", "shortly", "once we've spoken to everyone"],
         "de": ["in den nächsten Wochen", "zeitnah", "so bald wie möglich", "demnächst"],
         "fr": ["dans les prochaines semaines", "rapidement", "dès que possible", "prochainement"],
         "es": ["en las próximas semanas", "pronto", "lo antes posible", "en breve"]}


@dataclass(frozen=True)
class Template:
    """One whole-message template from the bank."""

    label: str
    lang: str
    trap: str
    sender: str
    subject: str
    body: str


def load_bank(path: Path) -> tuple[list[Template], dict[tuple[str, str], str], dict[str, list[str]]]:
    """Given the bank file, returns its mail templates, quotes keyed by (lang, kind) and legal texts by lang."""
    mails: list[Template] = []
    quotes: dict[tuple[str, str], str] = {}
    legal: dict[str, list[str]] = {}
    blocks = re.split(r"^@@ ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        head, _, rest = block.partition("\n")
        parts = head.split()
        text = rest.strip("\n")
        if parts[0] == "mail":
            subject_line, _, body = text.partition("\n\n")
            mails.append(Template(parts[1], parts[2], "" if parts[3] == "-" else parts[3], parts[4],
                                  subject_line.removeprefix("Subject: "), body.strip("\n")))
        elif parts[0] == "quote":
            quotes[(parts[1], parts[2])] = text
        else:
            legal.setdefault(parts[1], []).append(text)
    return mails, quotes, legal


# --- decision dates: the product's definitions, resolved from the Date header's local day ---

def add_business_days(day: date, n: int) -> date:
    """Given a day and n, returns the n-th Monday-to-Friday day after it."""
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def month_end(year: int, month: int) -> date:
    """Given a year and month, returns that month's last day."""
    first_next = date(year + month // 12, month % 12 + 1, 1)
    return first_next - timedelta(days=1)


def resolve(kind: str, sent: date, arg: int) -> date:
    """Given a promise kind, the sent day and its argument, returns the promised day."""
    if kind == "days":
        return sent + timedelta(days=arg)
    if kind == "bdays":
        return add_business_days(sent, arg)
    if kind == "weekday":
        return sent + timedelta(days=(arg - sent.weekday()) % 7 or 7)
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday())
    if kind == "eonw":
        return sent + timedelta(days=11 - sent.weekday())
    if kind == "eom":
        return month_end(sent.year, sent.month)
    if kind == "month_end":  # arg = months ahead (0 or 1)
        y, m = (sent.year + 1, 1) if sent.month + arg > 12 else (sent.year, sent.month + arg)
        return month_end(y, m)
    if kind == "explicit":
        return sent + timedelta(days=arg)
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    raise ValueError(kind)


def day_words(lang: str, d: date, weekday: bool = True, year: bool = False) -> str:
    """Given a language and a day, returns the day as that language writes it in running text."""
    wd, mo = WD[lang][d.weekday()], MONTHS[lang][d.month - 1]
    yr = f" {d.year}" if year else ""
    if lang == "en":
        return f"{wd + ' ' if weekday else ''}{d.day} {mo}{yr}"
    if lang == "de":
        return f"{wd + ', ' if weekday else ''}{d.day}. {mo}{yr}"
    if lang == "fr":
        return f"{wd + ' ' if weekday else ''}{d.day} {mo}{yr}"
    return f"{wd + ' ' if weekday else ''}{d.day} de {mo}{' de ' + str(d.year) if year else ''}"


def promise_text(lang: str, kind: str, arg: int, sent: date, due: date) -> str:
    """Given a promise kind and its resolution, returns its wording in the language."""
    mo = MONTHS[lang][due.month - 1]
    wd = WD[lang][arg] if kind == "weekday" else ""
    table = {
        "en": {"days": "within two weeks" if arg == 14 else f"within {arg} days",
               "bdays": f"within {arg} {'business' if arg % 2 else 'working'} days", "weekday": f"by {wd}",
               "eow": "by the end of this week", "eonw": "by the end of next week", "eom": "by the end of the month",
               "month_end": f"by the end of {mo}", "explicit": f"by {due.day} {mo}", "tomorrow": "tomorrow"},
        "de": {"days": f"innerhalb von {arg} Tagen", "bdays": f"innerhalb von {arg} Arbeitstagen",
               "weekday": f"bis {wd}",
               "eow": "bis Ende dieser Woche", "eonw": "bis Ende nächster Woche", "eom": "bis Ende des Monats",
               "month_end": f"bis Ende {mo}", "explicit": f"bis zum {due.day}. {mo}", "tomorrow": "morgen"},
        "fr": {"days": f"sous {arg} jours", "bdays": f"sous {arg} jours ouvrés", "weekday": f"d'ici {wd}",
               "eow": "d'ici la fin de la semaine", "eonw": "d'ici la fin de la semaine prochaine",
               "eom": "d'ici la fin du mois", "month_end": f"d'ici fin {mo}", "explicit": f"d'ici le {due.day} {mo}",
               "tomorrow": "demain"},
        "es": {"days": f"en un plazo de {arg} días", "bdays": f"en un plazo de {arg} días hábiles",
               "weekday": f"el {wd}", "eow": "antes de que acabe esta semana",
               "eonw": "a finales de la semana que viene",
               "eom": "antes de final de mes", "month_end": f"antes de que termine {mo}",
               "explicit": f"como muy tarde el {due.day} de {mo}", "tomorrow": "mañana"},
    }
    return table[lang][kind]


def pick_promise(rng: random.Random, lang: str, sent: date) -> tuple[str, date, str]:
    """Given the sent day, returns a dated promise's wording, its day and its kind."""
    kinds = ["days", "bdays", "weekday", "eonw", "explicit", "month_end"]
    if sent.weekday() < 4:
        kinds += ["eow", "tomorrow"]
    if sent.day <= 24:
        kinds.append("eom")
    kind = rng.choice(kinds)
    arg = {"days": rng.choice([3, 5, 7, 10, 14]), "bdays": rng.choice([2, 3, 5, 7, 10]),
           "weekday": rng.choice([0, 2, 3, 4, 4]), "month_end": 0 if sent.day <= 18 else 1,
           "explicit": rng.randint(4, 20)}.get(kind, 0)
    if kind == "explicit":
        while (sent + timedelta(days=arg)).weekday() > 4:
            arg += 1
    due = resolve(kind, sent, arg)
    return promise_text(lang, kind, arg, sent, due), due, kind


# --- people and places ---

def slug(name: str) -> str:
    """Given a name, returns a plausible ASCII domain label for it."""
    table = str.maketrans("àâäéèêëíîïóôöúùûüñçß", "aaaeeeeiiiooouuuuncs")
    return re.sub(r"[^a-z0-9]+", "", name.lower().translate(table).replace("gmbh", "").replace("e.v.", ""))


def person_addr(full: str, domain: str) -> str:
    """Given a full name and a domain, returns first.last@domain in ASCII."""
    first, last = full.split(" ", 1)
    return f"{slug(first)}.{slug(last)}@{domain}"


def typo(rng: random.Random, text: str, keep: str) -> str:
    """Given text, returns it with two letters of one longer word swapped (a slip), sparing the promise."""
    words = [m for m in re.finditer(r"[A-Za-zÀ-ÿ]{6,}", text) if m.group() not in keep]
    if not words:
        return text
    m = rng.choice(words)
    w, i = m.group(), rng.randint(1, len(m.group()) - 3)
    return text[: m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + text[m.end() :]



# --- the message around the words ---

@dataclass
class Ctx:
    """Everything one message needs: who writes, when, to whom, and the filled-in words."""

    tpl: Template
    rng: random.Random
    sent: datetime
    values: dict[str, str]
    company: str
    domain: str
    sender: tuple[str, str]
    reply_to: str | None
    platform: tuple[str, str] | None
    slot_dt: datetime
    due: date | None = None
    promise: str = ""


ATTR_GMAIL = {"en": "On {wd3}, {d} {mo3} {y} at {t}, Noor Haddad <{a}> wrote:",
              "de": "Am {wd2}., {d}. {mo3}. {y} um {t} Uhr schrieb Noor Haddad <{a}>:",
              "fr": "Le {wd3}. {d} {mo3}. {y} à {t}, Noor Haddad <{a}> a écrit :",
              "es": "El {wd3}, {d} {mo3} {y} a las {t}, Noor Haddad (<{a}>) escribió:"}
ATTR_APPLE = {"en": "On {d} {mo3} {y}, at {t}, Noor Haddad <{a}> wrote:",
              "de": "Am {d}.{m:02}.{y} um {t} schrieb Noor Haddad <{a}>:",
              "fr": "Le {d} {mo} {y} à {t}, Noor Haddad <{a}> a écrit :",
              "es": "El {d} {mo} {y}, a las {t}, Noor Haddad <{a}> escribió:"}
OUTLOOK = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
           "fr": ("De ", "Envoyé ", "À ", "Objet "), "es": ("De", "Enviado", "Para", "Asunto")}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
          "es": "Enviado desde mi iPhone"}
FWD_NOTE = {"en": "Hi Noor - forwarding this so you have it in writing. Shout if you have any questions.",
            "de": "Hallo Noor, zur Info nochmal schriftlich, s. unten. Bei Fragen melde dich gern!",
            "fr": "Bonjour Noor, je vous transfère le message ci-dessous pour information.",
            "es": "Hola Noor, te reenvío el correo de abajo para que lo tengas por escrito."}
FWD_PREFIX = {"en": "Fwd: ", "de": "WG: ", "fr": "TR: ", "es": "RV: "}
RE_PREFIX = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}
PHONE = {"en": "44 20", "de": "49 30", "fr": "33 4", "es": "34 91"}
BULLET = re.compile(r"^([-•*]|\d\.) ")
PEOPLE_SENDERS = {"recruiter", "hm", "founder", "agency", "colleague"}


def to_html(text: str) -> str:
    """Given plain text, returns simple client HTML: paragraphs, line breaks and bullet lists."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(BULLET.match(ln) for ln in lines):
            items = "".join("<li>" + html.escape(BULLET.sub("", ln)) + "</li>" for ln in lines)
            out.append(f"<ul>{items}</ul>")
        else:
            out.append("<p>" + "<br>".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(out)


def ats_html(ctx: Ctx, body: str, footer: str) -> str:
    """Given the body text and footer, returns ATS table HTML with a hidden preheader and a logo."""
    plat = ctx.platform[1] if ctx.platform else ctx.domain
    pre = html.escape(re.sub(r"\s+", " ", body)[:90])
    button = ""
    if "http" in body:
        button = ('<tr><td style="padding:8px 24px"><a href="{}" style="background:#1b3a4b;color:#fff;'
                  'padding:10px 18px;border-radius:4px;text-decoration:none">Open candidate portal</a></td></tr>'
                  ).format(html.escape(ctx.values["portal"]))
    return (f'<!DOCTYPE html><html><body style="margin:0;background:#f3f4f6">\n'
            f'<span style="display:none;max-height:0;overflow:hidden;opacity:0">{pre}</span>\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
            f'<tr><td style="padding:24px"><img src="https://cdn.{plat}/logo/{slug(ctx.company)}.png" '
            f'alt="{html.escape(ctx.company)}" width="120"></td></tr>\n'
            f'<tr><td style="padding:0 24px">{to_html(body)}</td></tr>\n{button}\n'
            f'<tr><td style="padding:24px;font-size:11px;color:#8a8f98">{to_html(footer)}</td></tr>\n'
            f"</table></td></tr></table></body></html>\n")


def quote_block(ctx: Ctx, quotes: dict[tuple[str, str], str], kind: str) -> tuple[str, datetime]:
    """Given the quote kind, returns the candidate's own earlier mail (filled in) and when she sent it."""
    lang = ctx.tpl.lang
    text = quotes.get((lang, kind)) or quotes[(lang, "thankyou")]
    when = ctx.sent - timedelta(days=ctx.rng.randint(1, 9), hours=ctx.rng.randint(0, 5))
    return text.format_map(ctx.values), when


def attribution(style: dict[str, str], lang: str, when: datetime) -> str:
    """Given an attribution pattern and a time, returns the localised 'On … wrote:' line."""
    wd, mo = WD[lang][when.weekday()], MONTHS[lang][when.month - 1]
    return style[lang].format(wd3=wd[:3], wd2=wd[:2], d=when.day, mo3=mo[:3], mo=mo, m=when.month, y=when.year,
                              t=when.strftime("%H:%M"), a=USER[1])


def set_text(msg: EmailMessage, text: str, charset: str, cte: str) -> str:
    """Given a message and text, sets it as text/plain in the charset (utf-8 if it can't carry it); returns it."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    msg.set_content(text, charset=charset, cte=cte)
    return charset


def build(ctx: Ctx, layout: str, body: str, footer: str, quotes: dict[tuple[str, str], str],
          subject: str) -> tuple[EmailMessage, str]:
    """Given a layout name and the rendered words, returns the MIME message and its layout description."""
    lang, rng, msg = ctx.tpl.lang, ctx.rng, EmailMessage()
    desc = layout
    if layout.startswith("plain"):
        charset, cte = {"plain": ("utf-8", "8bit"), "plain_qp": ("utf-8", "quoted-printable"),
                        "plain_b64": ("utf-8", "base64"), "plain_latin1": ("iso-8859-1", "quoted-printable"),
                        "plain_cp1252": ("windows-1252", "8bit")}[layout]
        charset = set_text(msg, body + footer, charset, cte)
        desc = f"plain/{charset}/{cte}"
    elif layout == "html_only":
        msg.set_content('<div dir="ltr">' + to_html(body + footer) + "</div>\n", subtype="html")
        desc = "html_only/utf-8"
    elif layout == "alt":
        msg.set_content(body + footer)
        msg.add_alternative("<html><body>" + to_html(body + footer) + "</body></html>\n", subtype="html")
        desc = "alternative/utf-8"
    elif layout in ("ats_html", "ats_alt", "board_html"):
        page = ats_html(ctx, body, footer)
        if layout == "ats_html":
            msg.set_content(page, subtype="html", cte="quoted-printable")
        else:
            msg.set_content(body + "\n\n" + footer)
            msg.add_alternative(page, subtype="html", cte="quoted-printable")
        desc = f"{layout}/utf-8"
    elif layout == "fwd":
        me = ctx.values["me2_full"]
        fwd = (f"{FWD_NOTE[lang]}\n\n{me.split()[0]}\n\n---------- Forwarded message ---------\n"
               f"From: {ctx.sender[0]} <{ctx.sender[1]}>\nDate: {format_datetime(ctx.sent - timedelta(hours=3))}\n"
               f"Subject: {subject}\nTo: {USER[0]} <{USER[1]}>\n\n{body}{footer}")
        msg.set_content(fwd)
        ctx.sender = (me, person_addr(me, ctx.domain))
        ctx.reply_to = None
        desc = "fwd/utf-8"
    elif layout == "invite":
        cal = icalendar.Calendar()
        cal.add("prodid", "-//afterview holdout8//EN")
        cal.add("version", "2.0")
        cal.add("method", "REQUEST")
        ev = icalendar.Event()
        ev.add("uid", f"m8-{hashlib.sha1(body.encode()).hexdigest()[:12]}@{ctx.domain}")
        ev.add("dtstamp", ctx.sent)
        ev.add("dtstart", ctx.slot_dt)
        ev.add("dtend", ctx.slot_dt + timedelta(minutes=45))
        ev.add("summary", subject.removeprefix("Invitation: "))
        ev.add("organizer", f"mailto:{ctx.sender[1]}")
        ev.add("attendee", f"mailto:{USER[1]}", parameters={"CN": USER[0], "ROLE": "REQ-PARTICIPANT",
                                                              "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE"})
        cal.add_component(ev)
        cal.add_missing_timezones()
        msg.set_content(body + footer)
        msg.add_alternative("<html><body>" + to_html(body + footer) + "</body></html>\n", subtype="html")
        msg.add_alternative(cal.to_ical().decode(), subtype="calendar", params={"method": "REQUEST"})
        desc = "invite/utf-8"
    else:  # replies above the candidate's quoted mail
        kind = "withdrawal" if ctx.tpl.trap == "withdrawal" else rng.choice(
            ["thankyou", "followup", "other_offer"] if lang == "en" else ["thankyou", "followup"])
        quoted, qwhen = quote_block(ctx, quotes, kind)
        desc = f"{layout}/{kind}"
        if layout == "reply_gmail":
            attr = attribution(ATTR_GMAIL, lang, qwhen)
            msg.set_content(body + footer + "\n\n" + attr + "\n\n" + "\n".join("> " + ln for ln in quoted.split("\n")))
            msg.add_alternative(
                f'<div dir="ltr">{to_html(body + footer)}</div><br><div class="gmail_quote"><div dir="ltr" '
                f'class="gmail_attr">{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px '
                f'0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{to_html(quoted)}'
                "</blockquote></div>\n", subtype="html")
        elif layout == "reply_apple":
            phone = f"\n\n{IPHONE[lang]}" if rng.random() < 0.5 else ""
            attr = attribution(ATTR_APPLE, lang, qwhen)
            set_text(msg, body + footer + phone + "\n\n" + attr + "\n\n" +
                     "\n".join("> " + ln if ln else ">" for ln in quoted.split("\n")), "utf-8", "quoted-printable")
        else:
            f, s, t, j = OUTLOOK[lang]
            bare = re.sub(r"^(re|aw|rv) ?: ", "", subject, flags=re.I)
            head = (f"{f}: Noor Haddad <{USER[1]}>\n{s}: {day_words(lang, qwhen.date(), year=True)} "
                    f"{qwhen.strftime('%H:%M')}\n{t}: {ctx.sender[0]} <{ctx.sender[1]}>\n{j}: {bare}")
            text = body + footer + "\n\n________________________________\n" + head + "\n\n" + quoted
            if rng.random() < 0.5:
                set_text(msg, text, "windows-1252", "quoted-printable")
            else:
                msg.set_content(text)
                msg.add_alternative('<div class="WordSection1">' + to_html(body + footer) + '<div id="divRplyFwdMsg">'
                                    '<hr style="display:inline-block;width:98%">' + to_html(head) + "</div>"
                                    + to_html(quoted) + "</div>\n", subtype="html")
    return msg, desc


def tld(lang: str, kind: str) -> str:
    """Given a language and company kind, returns a plausible top-level domain."""
    return {"en": "org.uk" if kind == "public" else "com", "de": "de", "fr": "fr", "es": "es"}[lang]


def make_ctx(rng: random.Random, tpl: Template, quotes_needed: bool) -> Ctx:
    """Given a template, returns a filled-in context: company, people, Date header, promise, other dates."""
    lang = tpl.lang
    kind = "public" if tpl.sender == "public" else "firm"
    pool = [c for c in COMPANIES[lang] if c[1] == kind]
    company, ckind = rng.choice(pool)
    client = rng.choice([c for c in COMPANIES[lang] if c[1] == "firm" and c[0] != company])[0]
    domain = f"{slug(company)}.{tld(lang, ckind)}"
    people = rng.sample(PEOPLE[lang], 2)
    me_full, me2_full = people
    day = date(2026, 9, 1) + timedelta(days=rng.randint(0, 80))
    if day.weekday() > 4 and (tpl.sender not in PEOPLE_SENDERS or rng.random() < 0.6):
        day += timedelta(days=7 - day.weekday())
    sent = datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), tzinfo=ZoneInfo(TZ[lang]))
    slot_day = add_business_days(day, rng.randint(2, 7))
    slot_dt = datetime(slot_day.year, slot_day.month, slot_day.day, rng.choice([9, 10, 11, 14, 15, 16]),
                       rng.choice([0, 30]), tzinfo=ZoneInfo(TZ[lang]))
    deadline = add_business_days(day, rng.randint(3, 8))
    start = day + timedelta(days=rng.randint(30, 75))
    slot_words = {"en": f"{day_words('en', slot_day)} at {slot_dt:%H:%M}",
                  "de": f"{day_words('de', slot_day)}, um {slot_dt:%H:%M} Uhr",
                  "fr": f"{day_words('fr', slot_day)} à {slot_dt.hour}h{slot_dt:%M}",
                  "es": f"{day_words('es', slot_day)} a las {slot_dt:%H:%M}"}[lang]
    platform = rng.choice(ATS) if tpl.sender == "ats" else None
    portal = (f"https://{slug(company)}.{platform[1].split('.', 1)[-1]}/candidate/{rng.randint(10**5, 10**6)}"
              if platform else f"https://careers.{domain}/jobs")
    agency = AGENCIES[lang]
    if tpl.sender == "agency":
        company, domain = client, f"{slug(agency)}.{tld(lang, 'firm')}"
        client = company
    if tpl.sender == "colleague":
        company, domain = EMPLOYER
    values = {"cand": "Noor", "me": me_full.split()[0], "me_full": me_full, "me2": me2_full.split()[0],
              "me2_full": me2_full, "company": company, "client": client, "role": rng.choice(ROLES[lang]),
              "deadline": day_words(lang, deadline), "start": day_words(lang, start, weekday=False, year=True),
              "slot": slot_words, "portal": portal, "ref": str(rng.randint(1000, 9999)), "domain": domain}
    if tpl.sender == "ats":
        name = rng.choice([f"{company} via {platform[0] if platform else ''}", f"{me_full} at {company}",
                           f"{company} Recruiting", platform[0] if platform else company])
        addr = (f"{slug(company)}@{platform[1]}" if platform and platform[0] == "Workday"
                else f"no-reply@{platform[1] if platform else domain}")
        sender, reply_to = (name, addr), (person_addr(me_full, domain) if rng.random() < 0.6 else None)
    elif tpl.sender == "board":
        sender, reply_to = rng.choice(BOARDS[lang]), None
    elif tpl.sender == "noreply":
        sender, reply_to = (company, f"no-reply@{domain}"), None
    elif tpl.sender == "agency":
        sender, reply_to = (f"{me_full} | {agency}", person_addr(me_full, domain)), None
    else:
        sender, reply_to = (me_full, person_addr(me_full, domain)), None
    ctx = Ctx(tpl, rng, sent, values, company, domain, sender, reply_to, platform, slot_dt)
    if "{when}" in tpl.body:
        if rng.random() < DATED_SHARE:
            ctx.promise, due, _ = pick_promise(rng, lang, day)
            ctx.due = due
        else:
            ctx.promise = rng.choice(VAGUE[lang])
    values["when"] = ctx.promise
    return ctx


def choose_layout(rng: random.Random, tpl: Template) -> str:
    """Given a template, returns a layout a sender of its kind would really produce."""
    if tpl.trap == "calendar_invite":
        return "invite"
    if tpl.sender == "board":
        return "board_html"
    if tpl.sender == "ats":
        return rng.choice(["ats_html", "ats_alt", "ats_alt", "plain", "plain_qp", "fwd"])
    if tpl.sender in ("noreply", "ooo"):
        return rng.choice(["plain", "plain_qp", "plain_latin1"])
    if tpl.trap in ("withdrawal", "mixed_quote") or tpl.subject.startswith(("Re:", "RE:", "AW:")):
        return rng.choice(["reply_gmail", "reply_apple", "reply_outlook"])
    if tpl.sender == "public":
        return rng.choice(["plain", "plain_latin1", "alt", "plain_qp", "html_only"])
    return rng.choice(["plain", "plain_qp", "plain_b64", "plain_latin1", "plain_cp1252", "html_only", "alt",
                       "reply_gmail", "reply_gmail", "reply_apple", "reply_outlook"])


def compose(rng: random.Random, idx: int, tpl: Template, quotes: dict[tuple[str, str], str],
            legal: dict[str, list[str]]) -> tuple[bytes, dict[str, str], Ctx]:
    """Given a template and its number, returns the .eml bytes, its CSV fields and the context."""
    ctx = make_ctx(rng, tpl, True)
    lang = tpl.lang
    body = tpl.body.format_map(ctx.values)
    subject = tpl.subject.format_map(ctx.values)
    if tpl.sender in PEOPLE_SENDERS and rng.random() < 0.3:
        body = typo(rng, body, " ".join([ctx.promise, ctx.values["me_full"], ctx.values["role"], ctx.company]))
    footer = ""
    if tpl.sender in PEOPLE_SENDERS | {"public"} and rng.random() < 0.45:
        footer = (f"\n\n--\n{ctx.values['me_full']}\n{rng.choice(TITLES[lang])} | {ctx.company}\n"
                  f"+{PHONE[lang]} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}")
    if tpl.sender not in ("board", "noreply", "ooo") and rng.random() < 0.4:
        footer += "\n\n" + rng.choice(legal.get(lang, legal["en"])).format_map(ctx.values)
    if tpl.sender in ("ats", "board"):
        plat = ctx.platform[0] if ctx.platform else ctx.sender[0]
        footer = (footer.strip("\n") + "\n\n" if footer else "") + (
            f"Powered by {plat} · Privacy · Unsubscribe" if tpl.sender == "ats" else "Unsubscribe · Privacy · Help")
        footer = "\n\n" + footer.strip("\n")
    layout = choose_layout(rng, tpl)
    if layout.startswith("reply") and not subject.lower().startswith(("re", "aw")):
        subject = RE_PREFIX[lang] + subject
    msg, desc = build(ctx, layout, body, footer, quotes, subject)
    content = [(k, str(v)) for k, v in msg.items()]  # MIME headers go below the envelope ones, as clients write
    for key in {k for k, _ in content}:
        del msg[key]
    if layout == "fwd":
        subject = FWD_PREFIX[lang] + subject
    msg["From"] = f'"{ctx.sender[0]}" <{ctx.sender[1]}>'
    msg["To"] = f"{USER[0]} <{USER[1] if tpl.sender != 'colleague' else 'noor.haddad@hollismarr.co.uk'}>"
    if ctx.reply_to:
        msg["Reply-To"] = f"{ctx.values['me_full']} <{ctx.reply_to}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(ctx.sent)
    digest = hashlib.sha1(f"{SEED}-{idx}".encode()).hexdigest()
    msg["Message-ID"] = f"<{digest[:20]}@{ctx.sender[1].split('@')[1]}>"
    if layout.startswith("reply"):
        msg["In-Reply-To"] = f"<{digest[20:36]}@fastmail.com>"
        msg["References"] = msg["In-Reply-To"]
    for key, value in content:
        msg[key] = value
    for n, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():  # the stdlib picks random boundaries; the corpus must be byte-identical
            part.set_boundary(f"----=_m8_{digest[:12]}_{n}")
    text = subject + "\n" + body
    fields = {"company": "" if tpl.sender == "board" else ctx.company,
              "role": ctx.values["role"] if ctx.values["role"] in text and tpl.sender != "board" else "",
              "layout": desc}
    return msg.as_bytes(policy=default_policy), fields, ctx


def plan(rng: random.Random, mails: list[Template]) -> list[Template]:
    """Given the templates, returns one template per message in the holdout's label/language mix, shuffled."""
    jobs: list[Template] = []
    for n, (label, total) in enumerate(MIX.items()):
        rest = total - EN_SHARE[label]
        others = ["de", "fr", "es"][n % 3 :] + ["de", "fr", "es"][: n % 3]  # the remainder goes round
        counts = {"en": EN_SHARE[label]} | {lang: rest // 3 + (i < rest % 3) for i, lang in enumerate(others)}
        for lang, n in counts.items():
            cell = [t for t in mails if t.label == label and t.lang == lang]
            rng.shuffle(cell)
            jobs += [cell[i % len(cell)] for i in range(n)]
    rng.shuffle(jobs)
    return jobs


def rewrite_csv(path: Path, header: list[str], mine: list[dict[str, str]]) -> None:
    """Given a CSV path and this split's rows, re-reads it, replaces only m8- rows and writes it atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        keep = [r for r in csv.DictReader(fh) if not r["file"].startswith(PREFIX)]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(keep + mine)
    os.replace(tmp, path)


def main() -> None:
    """Given the command line, writes the holdout8 files and CSV rows (or lists the promises)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--list-dates", action="store_true", help="print each promise and its resolved day")
    args = ap.parse_args()
    rng = random.Random(SEED)
    mails, quotes, legal = load_bank(BANK)
    labels: list[dict[str, str]] = []
    entities: list[dict[str, str]] = []
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    for idx, tpl in enumerate(plan(rng, mails)):
        name = f"{PREFIX}{idx:04d}-{tpl.label}-{tpl.lang}.eml"
        data, fields, ctx = compose(rng, idx, tpl, quotes, legal)
        (CORPUS / name).write_bytes(data)
        due = ctx.due.isoformat() if ctx.due else ""
        labels.append({"file": name, "label": tpl.label, "decision_date": due, "split": SPLIT, "trap": tpl.trap})
        entities.append({"file": name, "lang": tpl.lang, **fields})
        if args.list_dates and ctx.promise:
            print(f"{name}\t{ctx.sent:%a %Y-%m-%d}\t{ctx.promise!r}\t{due or 'null'}")
    rewrite_csv(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    rewrite_csv(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)


if __name__ == "__main__":
    main()
