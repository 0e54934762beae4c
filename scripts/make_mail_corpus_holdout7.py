"""Given the holdout7 phrase bank, writes the blind split `holdout7` (tests/corpus/mail/h7-*.eml) and its CSV rows.

Deterministic for the seed; re-reads labels.csv / entities.csv and replaces only the h7- rows (atomic write).
Run: .venv/bin/python scripts/make_mail_corpus_holdout7.py
"""

from __future__ import annotations

import csv
import html
import io
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import icalendar

SEED = 70726
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout7.txt"
PLAN = {  # label -> messages per language (en, de, fr, es)
    "rejection": (28, 7, 8, 7), "offer": (14, 4, 4, 4), "next_step": (16, 5, 5, 4), "pending": (16, 5, 4, 5),
    "acknowledgement": (14, 4, 4, 4), "auto_reply": (8, 2, 2, 2), "other": (14, 3, 3, 4),
}
LANGS = ("en", "de", "fr", "es")
DATED_P = {"pending": 0.85, "acknowledgement": 0.5, "next_step": 0.55, "rejection": 0.35}
GROUP = {"pending": "wait", "acknowledgement": "wait", "next_step": "ns", "rejection": "rej"}

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni",
           "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin",
           "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio",
           "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NUM = {"en": {2: "two"}, "de": {2: "zwei"}, "fr": {2: "deux"}, "es": {2: "dos"}}
CANDIDATES = {
    "en": ["Jordan Ellis", "Priya Raman", "Sam Okafor", "Mei Lin Zhao", "Noah Whitfield", "Aisha Karimi"],
    "de": ["Lena Hartmann", "Jonas Feldmeier", "Merve Yıldız", "Tobias Brandl"],
    "fr": ["Camille Morel", "Théo Garnier", "Inès Benali", "Lucas Perrin"],
    "es": ["Lucía Herrero", "Diego Salas", "Marta Iglesias", "Andrés Quintana"],
}
MAIL_HOSTS = ["gmail.com", "fastmail.com", "proton.me", "posteo.de", "outlook.com", "icloud.com"]
COMPANIES = {
    "en": [("Halyard Systems", "halyard.io"), ("Brightmoor Health", "brightmoorhealth.com"),
           ("Quillfeather", "quillfeather.co"), ("Tern Robotics", "ternrobotics.com"),
           ("Oakridge Mutual", "oakridgemutual.com"), ("Saltmarsh Games", "saltmarsh.gg"),
           ("Verdant Grid", "verdantgrid.energy"), ("Pinecone Legal", "pineconelegal.com")],
    "de": [("Kranich Software GmbH", "kranich-software.de"), ("Elbwerk Mobility", "elbwerk.de"),
           ("Hafenblick Versicherung", "hafenblick.de"), ("Sonnfeld Analytics", "sonnfeld.io")],
    "fr": [("Galette Labs", "galettelabs.fr"), ("Lumière Assurances", "lumiere-assurances.fr"),
           ("Ostrea Conseil", "ostrea.fr"), ("Trame Studio", "trame.studio")],
    "es": [("Cierzo Tecnología", "cierzo.es"), ("Albufera Digital", "albufera.digital"),
           ("Banco Marisma", "bancomarisma.es"), ("Lince Logística", "lincelogistica.com")],
}
ROLES = {
    "en": ["Senior Backend Engineer", "Product Designer", "Data Analyst", "Engineering Manager",
           "Site Reliability Engineer", "Product Manager, Payments"],
    "de": ["Backend-Entwickler", "Data Engineer", "Produktmanagerin", "IT-Projektleiter"],
    "fr": ["Développeur Full Stack", "Chef de projet data", "UX Designer", "Ingénieur DevOps"],
    "es": ["Desarrolladora Backend", "Analista de Datos", "Product Manager", "Ingeniero de Software"],
}
PEOPLE = {
    "en": ["Rachel Dunmore", "Marcus Bell", "Hannah Ostrowski", "Dev Patel", "Claire Ashworth", "Tom Reyes",
           "Nia Campbell", "Oliver Strand"],
    "de": ["Katrin Vogel", "Stefan Krause", "Julia Brenner", "Markus Albrecht", "Sabine Lorenz"],
    "fr": ["Claire Fontaine", "Julien Masson", "Élodie Marchand", "Nicolas Lefort", "Sophie Royer"],
    "es": ["Laura Castaño", "Javier Ruiz", "Nuria Vidal", "Pablo Serrano", "Carmen Olmedo"],
}
TITLES = {  # sender kind -> title per language (neutral, since the names are drawn at random)
    "rec": {"en": "Talent Partner", "de": "Talent Acquisition", "fr": "Responsable recrutement",
            "es": "Talent Acquisition"},
    "hm": {"en": "Head of Engineering", "de": "Leitung Softwareentwicklung", "fr": "Direction technique",
           "es": "Responsable de Ingeniería"},
    "founder": {"en": "Co-founder & CEO", "de": "CEO", "fr": "CEO", "es": "CEO"},
    "agency": {"en": "Senior Consultant", "de": "Senior Consultant", "fr": "Consultant senior",
               "es": "Consultoría de selección"},
}
AGENCIES = [("Bramble Talent", "brambletalent.co.uk"), ("Kestrel Search", "kestrelsearch.com")]
ATS = [("Greenhouse", "us.greenhouse-mail.io"), ("Lever", "hire.lever.co"), ("Workday", "myworkday.com"),
       ("Ashby", "ashbyhq.com"), ("SmartRecruiters", "smartrecruiters.com"), ("iCIMS", "icims.com"),
       ("Workable", "candidates.workablemail.com"), ("Personio", "personio.de"), ("Teamtailor", "teamtailor-mail.com")]
BOARDS = {"en": ("Hireline", "hireline.com"), "de": ("Jobkompass", "jobkompass.de"),
          "fr": ("EmploiPlus", "emploiplus.fr"), "es": ("TrabajoYa", "trabajoya.es")}
OWN_EMPLOYER = ("Marlowe & Finch", "marlowefinch.com")
REPLY_HEAD = {  # localised "X wrote:" lines and Outlook header labels
    "en": ("On {d}, {n} <{a}> wrote:", ("From", "Sent", "To", "Subject"), "Forwarded message"),
    "de": ("Am {d} schrieb {n} <{a}>:", ("Von", "Gesendet", "An", "Betreff"), "Weitergeleitete Nachricht"),
    "fr": ("Le {d}, {n} <{a}> a écrit :", ("De", "Envoyé", "À", "Objet"), "Message transféré"),
    "es": ("El {d}, {n} (<{a}>) escribió:", ("De", "Enviado", "Para", "Asunto"), "Mensaje reenviado"),
}


@dataclass
class Block:
    """One bank block: header words and its lines."""

    kind: str
    lang: str
    trap: str
    sender: str
    lines: list[str] = field(default_factory=list)


def load_bank(path: Path) -> list[Block]:
    """Given the bank file, returns its blocks in order; raises ValueError on a malformed header."""
    blocks: list[Block] = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("@@ "):
            parts = [*raw[3:].split(), "-"]  # phrase sections (prom, vague, quote, disc, note) name no sender
            if len(parts) not in (4, 5):
                raise ValueError(f"bad block header: {raw}")
            blocks.append(Block(parts[0], parts[1], parts[2], parts[3]))
        elif blocks and not (raw.startswith("#") and not blocks[-1].lines):
            blocks[-1].lines.append(raw)
    for b in blocks:
        while b.lines and not b.lines[-1].strip():
            b.lines.pop()
    return blocks


def add_bdays(d: date, n: int) -> date:
    """Given a day and N, returns the Nth Monday-to-Friday day after it."""
    while n:
        d += timedelta(days=1)
        n -= d.weekday() < 5
    return d


def month_end(y: int, m: int) -> date:
    """Given a year and month, returns its last day."""
    return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)


def fmt_day(lang: str, d: date, style: int) -> str:
    """Given a language, a day and a style number, returns the day written as people there write it."""
    mon, wd = MONTHS[lang][d.month - 1], WEEKDAYS[lang][d.weekday()]
    if lang == "en":
        return [f"{mon} {d.day}", f"{d.day} {mon}", f"{wd}, {mon} {d.day}"][style % 3]
    if lang == "de":
        return [f"{d.day}. {mon}", f"{d.day:02d}.{d.month:02d}.", f"{wd}, {d.day}. {mon}"][style % 3]
    if lang == "fr":
        return [f"{d.day} {mon}", f"{wd} {d.day} {mon}", f"{d.day:02d}/{d.month:02d}"][style % 3]
    return [f"{d.day} de {mon}", f"{wd} {d.day} de {mon}", f"{d.day} de {mon}"][style % 3]


def promise_when(lang: str, sent: date, rng: random.Random) -> tuple[str, date]:
    """Given a language and the Date header's local day, returns a dated promise phrase and the day it means."""
    kinds = ["days", "bdays", "bdays", "weeks", "weekday", "weekday", "weekday", "eow_next", "explicit", "explicit",
             "explicit", "named_month"]
    if sent.weekday() < 4:
        kinds += ["eow_this", "tomorrow"]
    if sent.day <= 22:
        kinds.append("month_end")
    kind, style = rng.choice(kinds), rng.randrange(3)
    wd = rng.randrange(5)
    if kind == "days":
        n = rng.choice([3, 5, 7, 10])
        phrase = {"en": [f"within {n} days", f"in the next {n} days"], "de": [f"innerhalb von {n} Tagen",
                  f"in den nächsten {n} Tagen"], "fr": [f"sous {n} jours", f"dans les {n} jours"],
                  "es": [f"en un plazo de {n} días", f"en los próximos {n} días"]}[lang][style % 2]
        return phrase, sent + timedelta(days=n)
    if kind == "bdays":
        n = rng.choice([2, 3, 5, 10])
        table = {"en": [f"within {n} business days", f"in {n} working days"], "de": [
            f"innerhalb von {n} Arbeitstagen", f"in {n} Arbeitstagen"], "fr": [f"sous {n} jours ouvrés",
            f"dans les {n} jours ouvrés"], "es": [f"en {n} días hábiles", f"en un plazo de {n} días hábiles"]}
        return table[lang][style % 2], add_bdays(sent, n)
    if kind == "weeks":
        two = NUM[lang][2]
        phrase = {"en": f"within {two} weeks", "de": f"innerhalb von {two} Wochen", "fr": f"d'ici {two} semaines",
                  "es": f"en un plazo de {two} semanas"}[lang]
        return phrase, sent + timedelta(days=14)
    if kind == "weekday":
        name = WEEKDAYS[lang][wd]
        phrase = {"en": [f"by {name}", f"by {name}", f"on {name}"], "de": [f"bis {name}", f"bis spätestens {name}",
                  f"am {name}"], "fr": [f"d'ici {name}", f"{name} au plus tard", f"d'ici {name}"],
                  "es": [f"a más tardar el {name}", f"el {name}", f"como muy tarde el {name}"]}[lang][style]
        ahead = (wd - sent.weekday()) % 7 or 7
        return phrase, sent + timedelta(days=ahead)
    if kind in ("eow_this", "eow_next"):
        fri = sent + timedelta(days=4 - sent.weekday() + (7 if kind == "eow_next" else 0))
        nxt = kind == "eow_next"
        phrase = {"en": "by the end of next week" if nxt else "by the end of this week",
                  "de": "bis Ende nächster Woche" if nxt else "bis Ende dieser Woche",
                  "fr": "d'ici la fin de la semaine prochaine" if nxt else "d'ici la fin de la semaine",
                  "es": "antes de que acabe la semana que viene" if nxt else "antes de que acabe esta semana"}[lang]
        return phrase, fri
    if kind == "tomorrow":
        return {"en": "tomorrow", "de": "morgen", "fr": "demain", "es": "mañana"}[lang], sent + timedelta(days=1)
    if kind == "month_end":
        phrase = {"en": ["by the end of the month", "before the month is out"], "de": ["bis Ende des Monats",
                  "bis Monatsende"], "fr": ["d'ici la fin du mois", "d'ici la fin du mois"],
                  "es": ["antes de fin de mes", "a finales de mes"]}[lang][style % 2]
        return phrase, month_end(sent.year, sent.month)
    if kind == "named_month":
        y, m = (sent.year, sent.month) if sent.day <= 18 else (sent.year + sent.month // 12, sent.month % 12 + 1)
        mon = MONTHS[lang][m - 1]
        phrase = {"en": f"by the end of {mon}", "de": f"bis Ende {mon}", "fr": f"d'ici fin {mon}",
                  "es": f"antes de finales de {mon}"}[lang]
        return phrase, month_end(y, m)
    target = add_bdays(sent, rng.randint(3, 12))  # nobody promises an answer for a Saturday
    if lang == "es" and style == 2 and target.month == sent.month:
        return f"antes del día {target.day}", target
    written = fmt_day(lang, target, style)
    phrase = {"en": f"by {written}", "de": f"bis zum {written}", "fr": f"d'ici le {written}" if style != 2
              else f"au plus tard le {written}", "es": f"antes del {written}"}[lang]
    return phrase, target


def ascii_slug(name: str) -> str:
    """Given a person's name, returns it as an ASCII mailbox local part."""
    plain = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode("ascii")
    return ".".join(plain.lower().split())


def quote_when(lang: str, dt: datetime) -> str:
    """Given a language and a time, returns it as a mail client's attribution line writes it."""
    wd, mon = WEEKDAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    hm = f"{dt.hour}:{dt.minute:02d}"
    return {"en": f"{wd[:3]}, {mon[:3]} {dt.day}, {dt.year} at {hm}", "de": f"{wd[:2]}., {dt.day}. {mon[:3]}. {dt.year}"
            f" um {hm}", "fr": f"{wd[:3]}. {dt.day} {FR_ABBR[dt.month - 1]} {dt.year} à {hm}",
            "es": f"{wd[:3]}, {dt.day} {mon[:3]} {dt.year} a las {hm}"}[lang]


def outlook_when(lang: str, dt: datetime) -> str:
    """Given a language and a time, returns it as Outlook's "Sent:" line writes it."""
    wd, mon, y = WEEKDAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1], dt.year
    if lang == "en":
        return f"{wd}, {mon} {dt.day}, {y} {(dt.hour - 1) % 12 + 1}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    return {"de": f"{wd}, {dt.day}. {mon} {y} {hm}", "fr": f"{wd} {dt.day} {mon} {y} {hm}",
            "es": f"{wd}, {dt.day} de {mon} de {y} {hm}"}[lang]


def slot_text(lang: str, dt: datetime) -> str:
    """Given a language and an interview start, returns how a scheduler writes the slot."""
    day = fmt_day(lang, dt.date(), 2 if lang in ("en", "de") else 1)
    t = f"{dt.hour}:{dt.minute:02d}"
    return {"en": f"{day} at {t}", "de": f"{day} um {t} Uhr", "fr": f"{day} à {dt.hour}h{dt.minute:02d}",
            "es": f"{day} a las {t}"}[lang]


def text_to_html(text: str) -> str:
    """Given plain text with blank-line paragraphs and '- ' bullets, returns simple HTML for it."""
    out = []
    for para in re.split(r"\n\s*\n", text.strip()):
        lines = para.split("\n")
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    return "\n".join(out)


def slip(text: str, rng: random.Random) -> str:
    """Given a person's text, returns it with one human slip: swapped letters or a lowercase sentence start."""
    words = [m for m in re.finditer(r"\b[a-zäöüéèàñ]{6,}\b", text) if "{" not in text[m.start() - 1:m.end() + 1]]
    if words and rng.random() < 0.6:
        m = rng.choice(words)
        i = rng.randrange(1, len(m.group()) - 2)
        w = m.group()
        return text[:m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2:] + text[m.end():]
    starts = [m.start(1) for m in re.finditer(r"(?:^|[.!?] )([A-ZÄÖÜ])[a-z]", text, re.M)]
    if not starts:
        return text
    i = rng.choice(starts)
    return text[:i] + text[i].lower() + text[i + 1:]


def fill(lines: list[str] | str, ctx: dict[str, str]) -> str:
    """Given template text and the values, returns it filled; raises KeyError on an unknown placeholder."""
    text = lines if isinstance(lines, str) else "\n".join(lines)
    return re.sub(r"\{(\w+)\}", lambda m: ctx[m.group(1)], text)


def tidy(text: str) -> str:
    """Given filled text, returns it without trailing spaces and doubled blank lines."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def wrap_html(ctx: dict[str, str], inner: str, preheader: str, button: str, footer: str) -> str:
    """Given the body HTML and its chrome, returns a table-layout platform mail with a hidden preheader."""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f3f4f6">'
            f'<span style="display:none;max-height:0;overflow:hidden;opacity:0">{html.escape(preheader)}</span>\n'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            f'<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">\n'
            f'<tr><td style="padding:24px"><img src="https://{ctx["domain"]}/assets/logo.png" alt="'
            f'{html.escape(ctx["company"])}" width="120"></td></tr>\n<tr><td style="padding:0 24px">{inner}</td></tr>\n'
            f'<tr><td style="padding:24px"><a href="{ctx["portal"]}" style="background:#2b59c3;color:#fff;'
            f'padding:12px 22px;border-radius:6px;text-decoration:none">{html.escape(button)}</a></td></tr>\n'
            f'<tr><td style="padding:24px;font-size:11px;color:#8a8f98">{html.escape(footer)}</td></tr>\n'
            f"</table></td></tr></table></body></html>\n")


BUTTON = {"en": "View application", "de": "Bewerbung ansehen", "fr": "Voir ma candidature", "es": "Ver mi candidatura"}
FOOTER = {"en": "You are receiving this email because you applied for a job at {company}. Powered by {ats}. "
          "Privacy policy · Unsubscribe", "de": "Sie erhalten diese E-Mail, weil Sie sich bei {company} beworben "
          "haben. Powered by {ats}. Datenschutz", "fr": "Vous recevez cet e-mail suite à votre candidature chez "
          "{company}. Propulsé par {ats}. Confidentialité", "es": "Recibes este correo porque te has inscrito en "
          "una oferta de {company}. Con la tecnología de {ats}. Privacidad"}
CAND_SUBJ = {"en": "Following up on my application", "de": "Nachfrage zu meiner Bewerbung",
             "fr": "Suivi de ma candidature", "es": "Seguimiento de mi candidatura"}
IPHONE = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
              "es": "Enviado desde mi iPhone"}
REPLY_PREFIX = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}
FWD_PREFIX = {"en": "Fwd: ", "de": "WG: ", "fr": "TR : ", "es": "RV: "}
PEOPLE_KINDS = ("rec", "hm", "founder", "agency", "system")


@dataclass
class Made:
    """One written message and its CSV facts."""

    file: str
    label: str
    decision: str
    trap: str
    lang: str
    company: str
    role: str
    layout: str
    promise: str = ""


class Writer:
    """Given the bank and a seeded generator, writes the h7 messages one by one."""

    def __init__(self, bank: list[Block], rng: random.Random) -> None:
        self.rng = rng
        self.extra: dict[tuple[str, str, str], list[Block]] = {}
        for b in bank:
            self.extra.setdefault((b.kind, b.lang, b.trap), []).append(b)

    def lines_of(self, kind: str, lang: str, group: str) -> list[str]:
        """Given a bank section, returns its non-empty lines (one phrase each)."""
        return [ln for b in self.extra.get((kind, lang, group), []) for ln in b.lines if ln.strip()]

    def pick_block(self, kind: str, lang: str, group: str) -> Block:
        """Given a bank section of whole-text blocks, returns one at random."""
        return self.rng.choice(self.extra[(kind, lang, group)])

    def context(self, block: Block, sent: datetime) -> dict[str, str]:
        """Given a template and its Date, returns invented people, company, role and dates to fill it."""
        rng, lang = self.rng, block.lang
        cand = rng.choice(CANDIDATES[lang])
        me_full, hm_full, rec_full, other = rng.sample(PEOPLE[lang], 4)
        company, domain = OWN_EMPLOYER if block.sender == "colleague" else rng.choice(COMPANIES[lang])
        ats, ats_domain = rng.choice(ATS)
        nd = sent.date() + timedelta(days=rng.randint(6, 14))
        slot_day = add_bdays(sent.date(), rng.randint(2, 6))
        slot = datetime.combine(slot_day, datetime.min.time(), sent.tzinfo).replace(
            hour=rng.randint(9, 16), minute=rng.choice([0, 0, 30, 15]))
        token = f"{rng.getrandbits(32):08x}"
        ctx = {"first": cand.split()[0], "last": cand.split()[-1], "cand": cand, "company": company, "domain": domain,
               "role": rng.choice(ROLES[lang]), "me": me_full.split()[0], "me_full": me_full, "hm": hm_full,
               "rec": rec_full.split()[0], "rec_full": rec_full, "rec_email": f"{ascii_slug(rec_full)}@{domain}",
               "other": other,
               "nd": fmt_day(lang, nd, rng.randrange(3)), "slot": slot_text(lang, slot), "ats": ats,
               "ats_domain": ats_domain, "portal": f"https://{ats_domain}/candidate/{token}",
               "cemail": f"{ascii_slug(cand)}@{rng.choice(MAIL_HOSTS)}", "subj": CAND_SUBJ[lang],
               "slot_iso": slot.isoformat(), "req": str(rng.randint(10000, 99999)), "promise": "\x00"}
        if block.sender == "colleague":
            ctx["cemail"] = f"{ascii_slug(cand)}@{domain}"
        if block.sender == "agency":
            ctx["agency"], ctx["agency_domain"] = rng.choice(AGENCIES)
        if block.sender == "board":
            ctx["board"], ctx["board_domain"] = BOARDS[lang]
        ctx["sig"] = self.signature(block, ctx)
        return ctx

    def signature(self, block: Block, ctx: dict[str, str]) -> str:
        """Given a template and its values, returns the sender's sign-off block, sometimes with legal text."""
        kind = "rec" if block.sender == "system" else block.sender
        if kind not in TITLES:
            return ctx["me_full"]
        org = ctx.get("agency", ctx["company"])
        lines = [ctx["me_full"], f"{TITLES[kind][block.lang]} | {org}" if self.rng.random() < 0.5
                 else f"{TITLES[kind][block.lang]}\n{org}"]
        if self.rng.random() < 0.3:
            digits = (self.rng.randint(30, 49), self.rng.randint(100, 999), self.rng.randint(1000000, 9999999))
            lines.append("+{} {} {}".format(*digits))
        discs = self.extra.get(("disc", block.lang, "-"), [])
        if discs and kind != "founder" and self.rng.random() < 0.4:
            lines.append("\n" + fill(self.rng.choice(discs).lines, ctx))
        return "\n".join(lines)

    def promise(self, label: str, lang: str, sent: date) -> tuple[str, date | None]:
        """Given a label, language and the local day sent, returns a promise sentence (maybe empty) and its day."""
        group, r = GROUP[label], self.rng.random()
        if r < DATED_P[label]:
            when, day = promise_when(lang, sent, self.rng)
            return self.rng.choice(self.lines_of("prom", lang, group)).replace("{when}", when), day
        if r < DATED_P[label] + 0.22:
            return self.rng.choice(self.lines_of("vague", lang, group)), None
        return "", None

    def layout(self, block: Block, subject: str, dated: bool) -> str:
        """Given a template, its subject and whether it carries a dated promise, returns a layout name."""
        s, pick = block.sender, self.rng.choice
        if block.trap == "calendar_invite":
            return "ics"
        if s == "board":
            return pick(["board_alt", "board_html"])
        if s == "ooo":
            return pick(["plain", "plain_qp", "legacy", "html"])
        if s == "ats":
            if block.kind == "auto_reply":
                return pick(["plain", "plain_qp", "legacy"])
            return pick(["ats_html", "ats_alt", "ats_alt", "plain", "plain_b64"] + ([] if dated else ["fwd"]))
        if s == "colleague":
            return pick(["plain", "alt", "html"])
        if block.trap in ("withdrawal", "mixed_quote") or re.match(r"(re|aw|rv|tr)\s*:", subject, re.I):
            return pick(["reply_gmail", "reply_outlook", "reply_apple", "reply_gmail", "plain_qp"])
        return pick(["plain", "plain_qp", "plain_b64", "legacy", "html", "alt", "alt", "reply_gmail", "reply_outlook"])

    def sender(self, block: Block, ctx: dict[str, str], layout: str) -> tuple[str, str, str | None]:
        """Given a template, its values and layout, returns the From name, From address and Reply-To (or None)."""
        rng, s, me = self.rng, block.sender, ascii_slug(ctx["me_full"])
        if layout == "fwd":
            return ctx["rec_full"], ctx["rec_email"], None
        if s == "ats":
            name = rng.choice([ctx["company"], f"{ctx['company']} via {ctx['ats']}", ctx["ats"],
                               f"{ctx['company']} Recruiting"])
            addr = (f"{ascii_slug(ctx['company']).split('.')[0]}@myworkday.com" if ctx["ats"] == "Workday"
                    else f"no-reply@{ctx['ats_domain']}")
            return name, addr, ctx["rec_email"] if rng.random() < 0.5 else None
        if s == "board":
            return ctx["board"], f"alerts@{ctx['board_domain']}", None
        if s == "agency":
            return ctx["me_full"], f"{me}@{ctx['agency_domain']}", None
        if s == "rec" and rng.random() < 0.25:
            return ctx["me_full"], f"{me}@{ctx['ats_domain']}", f"{me}@{ctx['domain']}"
        return ctx["me_full"], f"{me}@{ctx['domain']}", None

    def subject_for(self, layout: str, lang: str, subject: str) -> str:
        """Given the layout, returns the subject as the sending client would write it."""
        if layout.startswith("reply_") and not re.match(r"(re|aw|rv|tr)\s*:", subject, re.I):
            return REPLY_PREFIX[lang] + CAND_SUBJ[lang]  # the reply keeps the subject of the candidate's follow-up
        return FWD_PREFIX[lang] + subject if layout == "fwd" else subject

    def quote_kind(self, block: Block, subject: str) -> str:
        """Given a template and its subject, returns which of the candidate's mails it answers."""
        if block.trap in ("withdrawal", "reschedule"):
            return "withdraw" if block.trap == "withdrawal" else "confirm"
        if re.search(r"thank|dank|merci|gracias", subject, re.I):
            return "thanks"
        if block.lang == "en" and block.kind in ("pending", "rejection") and self.rng.random() < 0.4:
            return "anotheroffer"
        return "followup"

    def render(self, msg: EmailMessage, layout: str, block: Block, ctx: dict[str, str], text: str,
               sent: datetime) -> str:
        """Given headers in msg, adds the body in the layout and returns the layout tag for entities.csv."""
        rng, lang, subject = self.rng, block.lang, str(msg["Subject"])
        if layout.startswith("reply_"):
            quoted = tidy(fill(self.pick_block("quote", lang, self.quote_kind(block, subject)).lines, ctx)).rstrip("\n")
            qdt = sent - timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
            head, labels, _ = REPLY_HEAD[lang]
            attribution = head.format(d=quote_when(lang, qdt), n=ctx["cand"], a=ctx["cemail"])
            if layout == "reply_outlook":
                fields = [f"{ctx['cand']} <{ctx['cemail']}>", outlook_when(lang, qdt), ctx["me_full"],
                          re.sub(r"^\w+\s*:\s*", "", subject)]
                if rng.random() < 0.5:
                    hdr = "\n".join(f"{k}: {v}" for k, v in zip(labels, fields, strict=True))
                    msg.set_content(f"{text}\n________________________________\n{hdr}\n\n{quoted}\n")
                    return "reply_outlook_text/utf-8"
                hh = "<br>".join(f"<b>{k}:</b> {html.escape(v)}" for k, v in zip(labels, fields, strict=True))
                msg.set_content(f'<html><body><div dir="ltr">{text_to_html(text)}</div><hr style="display:inline-block;'
                                f'width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" style="font-size:'
                                f'11pt">{hh}</font></div><div>{text_to_html(quoted)}</div></body></html>\n',
                                subtype="html", cte="quoted-printable")
                return "reply_outlook_html/utf-8"
            q = "\n".join("> " + ln if ln else ">" for ln in quoted.split("\n"))
            if layout == "reply_apple":
                msg.set_content(f"{text}\n> {attribution}\n>\n{q}\n")
                return "reply_apple/utf-8"
            msg.set_content(f"{text}\n{attribution}\n\n{q}\n")
            msg.add_alternative(f'<div dir="ltr">{text_to_html(text)}</div><br><div class="gmail_quote"><div dir="ltr" '
                                f'class="gmail_attr">{html.escape(attribution)}<br></div>'
                                '<blockquote class="gmail_quote" '
                                'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                                f"{text_to_html(quoted)}</blockquote></div>\n", subtype="html")
            return "reply_gmail/utf-8"
        if layout == "fwd":
            _, labels, fwd = REPLY_HEAD[lang]
            note = fill(rng.choice(self.lines_of("note", lang, "-")), ctx)
            inner = (f"---------- {fwd} ---------\n{labels[0]}: {ctx['company']} <no-reply@{ctx['ats_domain']}>\n"
                     f"Date: {format_datetime(sent - timedelta(days=rng.randint(1, 3)))}\n"
                     f"{labels[3]}: {subject[len(FWD_PREFIX[lang]):]}\n{labels[2]}: {ctx['cand']} <{ctx['cemail']}>")
            fwd_cte = rng.choice(["8bit", "quoted-printable"])
            msg.set_content(f"{note}\n\n{ctx['rec']}\n\n{inner}\n\n{text}", cte=fwd_cte)
            return "fwd/utf-8"
        if layout.startswith(("ats_", "board_")):
            board = layout.startswith("board_")
            paras = [p for p in text.split("\n\n") if p.strip()]
            pre = re.split(r"(?<=[.!?:])\s", paras[1 if len(paras) > 1 else 0])[0][:110]
            hctx = dict(ctx, company=ctx["board"], domain=ctx["board_domain"],
                        portal=f"https://{ctx['board_domain']}/jobs/alert") if board else ctx
            button = BOARD_BUTTON[lang] if board else BUTTON[lang]
            footer = (BOARD_FOOTER if board else FOOTER)[lang].format(company=ctx["company"], ats=ctx["ats"])
            doc = wrap_html(hctx, text_to_html(text), pre, button, footer)
            if layout.endswith("_alt"):
                msg.set_content(text)
                msg.add_alternative(doc, subtype="html")
                return f"{layout}/utf-8"
            html_cte = rng.choice(["quoted-printable", "base64"])
            msg.set_content(doc, subtype="html", cte=html_cte)
            return f"{layout}/utf-8/{html_cte}"
        if layout == "ics":
            msg.set_content(text)
            msg.add_alternative(f'<div dir="ltr">{text_to_html(text)}</div>\n', subtype="html")
            msg.add_alternative(invite(ctx, sent, subject), subtype="calendar", params={"method": "REQUEST"})
            return "invite+ics/utf-8"
        if layout in ("html", "alt"):
            body = f'<div dir="ltr" style="font-family:Arial,sans-serif">{text_to_html(text)}</div>\n'
            if layout == "alt":
                msg.set_content(text)
                msg.add_alternative(body, subtype="html")
            else:
                msg.set_content(body, subtype="html")
            return f"{layout}/utf-8"
        charset = "utf-8"
        cte: str | None = {"plain": "8bit", "plain_qp": "quoted-printable", "plain_b64": "base64"}.get(layout)
        if layout == "legacy":
            charset, cte = rng.choice(["iso-8859-1", "windows-1252"]), rng.choice(["8bit", "quoted-printable"])
            try:
                text.encode(charset)
            except UnicodeEncodeError:
                charset = "utf-8"
        msg.set_content(text, charset=charset, cte=cte)
        return f"{layout}/{charset}"

    def make(self, idx: int, label: str, block: Block) -> tuple[bytes, Made]:
        """Given a running number, a label and a template, returns the message bytes and its CSV facts."""
        rng, lang = self.rng, block.lang
        day = date(2026, 10, 5) + timedelta(days=rng.randrange(47))
        if day.weekday() >= 5 and rng.random() < 0.8:  # people write on weekdays; move to Friday or Monday
            day += timedelta(days=7 - day.weekday()) if rng.random() < 0.5 else -timedelta(days=day.weekday() - 4)
        hours = rng.choice([-8, -5, -4, 0, 1]) if lang == "en" else (2 if day < date(2026, 10, 25) else 1)
        sent = datetime(day.year, day.month, day.day, rng.randint(7, 19), rng.randrange(60), rng.randrange(60),
                        tzinfo=timezone(timedelta(hours=hours)))
        ctx = self.context(block, sent)
        subject = fill(block.lines[0].removeprefix("S: "), ctx)
        text = fill(block.lines[1:], ctx)
        if block.sender in ("rec", "hm", "founder", "agency") and rng.random() < 0.3:
            text = slip(text, rng)
        sentence, decision = ("", None) if "\x00" not in text else self.promise(label, lang, sent.date())
        text = tidy(text.replace("\x00", sentence))
        layout = self.layout(block, subject, decision is not None)
        name, addr, reply_to = self.sender(block, ctx, layout)
        msg = EmailMessage()
        msg["From"] = Address(name, addr_spec=addr)
        msg["To"] = Address(ctx["cand"], addr_spec=ctx["cemail"])
        msg["Subject"] = self.subject_for(layout, lang, subject)
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = f"<h7.{idx}.{rng.getrandbits(40):010x}@{addr.split('@')[1]}>"
        if reply_to:
            msg["Reply-To"] = reply_to
        if layout.startswith("reply_") or block.kind == "auto_reply":
            ref = f"<{rng.getrandbits(48):012x}@{ctx['cemail'].split('@')[1]}>"
            msg["In-Reply-To"], msg["References"] = ref, ref
        if block.kind == "auto_reply" and rng.random() < 0.65:
            msg["Auto-Submitted"] = "auto-replied" if block.sender == "ooo" else "auto-generated"
        if block.sender == "board":
            msg["List-Unsubscribe"] = f"<https://{ctx['board_domain']}/unsubscribe?u={rng.getrandbits(32):08x}>"
        tag = self.render(msg, layout, block, ctx, text, sent)
        company = ctx.get("board", ctx["company"])
        name_out = f"h7-{idx:04d}-{label}-{lang}.eml"
        made = Made(name_out, label, decision.isoformat() if decision else "", block.trap, lang, company,
                    ctx["role"], tag, sentence)
        return bytes(msg), made


def invite(ctx: dict[str, str], sent: datetime, subject: str) -> str:
    """Given the values of a calendar-invitation mail, returns its iCalendar REQUEST made with icalendar."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Google Inc//Google Calendar 70.9054//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = icalendar.Event()
    start = datetime.fromisoformat(ctx["slot_iso"]).astimezone(UTC)
    ev.add("uid", f"{ctx['portal'].rsplit('/', 1)[1]}h7@google.com")
    ev.add("dtstamp", sent.astimezone(UTC))
    ev.add("dtstart", start)
    ev.add("dtend", start + timedelta(hours=1))
    ev.add("summary", subject.removeprefix("Invitation: ").split(" @ ")[0])
    ev.add("organizer", f"mailto:{ascii_slug(ctx['me_full'])}@{ctx['domain']}")
    ev.add("attendee", f"mailto:{ctx['cemail']}")
    cal.add_component(ev)
    return str(cal.to_ical().decode("utf-8"))


BOARD_BUTTON = {"en": "See all jobs", "de": "Alle Jobs ansehen", "fr": "Voir toutes les offres",
                "es": "Ver todas las ofertas"}
BOARD_FOOTER = {"en": "You get this email because you created a job alert. Manage alerts · Unsubscribe",
                "de": "Sie erhalten diese E-Mail, weil Sie einen Suchauftrag angelegt haben. Abmelden",
                "fr": "Vous recevez cet e-mail car vous avez créé une alerte. Se désabonner",
                "es": "Recibes este correo porque creaste una alerta de empleo. Darse de baja"}


def replace_rows(path: Path, header: list[str], mine: list[list[str]]) -> None:
    """Given a corpus CSV, replaces its h7- rows by mine and keeps every other row; writes atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != header:
        raise SystemExit(f"{path.name}: unexpected header {rows[0]}")
    kept = [r for r in rows[1:] if not (r and r[0].startswith("h7-"))]
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\n")
    out.writerows([header, *kept, *mine])
    tmp = path.with_name(path.name + ".h7tmp")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


def main() -> None:
    """Writes the holdout7 messages and rows, then prints the counts."""
    rng = random.Random(SEED)
    bank = load_bank(BANK)
    writer = Writer(bank, rng)
    jobs: list[tuple[str, Block]] = []
    for label, counts in PLAN.items():
        for lang, n in zip(LANGS, counts, strict=True):
            group = [b for b in bank if b.kind == label and b.lang == lang]
            rng.shuffle(group)
            jobs += [(label, group[i % len(group)]) for i in range(n)]
    rng.shuffle(jobs)
    for old in CORPUS.glob("h7-*.eml"):
        old.unlink()
    made: list[Made] = []
    for idx, (label, block) in enumerate(jobs, 1):
        random.seed(SEED * 1000 + idx)  # the email package draws MIME boundaries from the global generator
        data, m = writer.make(idx, label, block)
        (CORPUS / m.file).write_bytes(data)
        made.append(m)
    replace_rows(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"],
                 [[m.file, m.label, m.decision, "holdout7", m.trap] for m in made])
    replace_rows(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"],
                 [[m.file, m.lang, m.company, m.role, m.layout] for m in made])
    print(len(made), "messages;", sum(bool(m.decision) for m in made), "with a decision date")
    for key in ("label", "lang", "trap"):
        print(key, dict(sorted(Counter(getattr(m, key) for m in made).items())))
    print("layout", dict(sorted(Counter(m.layout.split("/")[0] for m in made).items())))
    if "--list-dates" in sys.argv:  # for reviewing each promise against its resolved day
        for m in made:
            if m.promise:
                print(m.file, m.decision or "null", "|", m.promise)


if __name__ == "__main__":
    main()
