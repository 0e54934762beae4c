#!/usr/bin/env python3
"""Given tests/corpus/mail/gen/holdout4.txt, writes the blind holdout4 split (h4-*.eml) and its rows.

Written before the classifier was read or run on it; the phrase bank and this generator share nothing
with the other splits. Each core phrasing becomes one message, dressed in a random layout (plain,
latin-1, base64, HTML-only ATS mail, multipart/alternative, replies above the candidate's quoted mail,
forwarded notes) with its own expected decision date. Deterministic. Keeps the other splits' rows.
Usage: .venv/bin/python scripts/make_mail_corpus_holdout4.py
"""

from __future__ import annotations

import calendar
import csv
import html
import random
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout4.txt"
SPLIT = "holdout4"
LANGS = ("en", "de", "fr", "es")
LABELS = ("rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other")
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4}
DAY_NAMES = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
TEAM_SIG = {"en": "The {company} Talent Team", "de": "Ihr Recruiting-Team von {company}",
            "fr": "L'équipe recrutement {company}", "es": "El equipo de Talento de {company}"}
FREEMAIL = {"en": "gmail.com", "de": "gmx.de", "fr": "free.fr", "es": "yahoo.es"}
TZ = {"en": [0, -5, -8, 1], "de": [1, 2], "fr": [1, 2], "es": [1, 2]}
JOB_BOARDS = {"en": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
              "de": ("StepStone Jobagent", "jobagent@stepstone.de"),
              "fr": ("Welcome to the Jungle", "alertes@welcometothejungle.com"),
              "es": ("InfoJobs", "alertas@infojobs.net")}
QUOTE_HEAD = {"en": "On {qdate}, {cand} <{me}> wrote:", "de": "Am {qdate} schrieb {cand} <{me}>:",
              "fr": "Le {qdate}, {cand} <{me}> a écrit :", "es": "El {qdate}, {cand} (<{me}>) escribió:"}
OUTLOOK_HEAD = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
                "fr": ("De", "Envoyé", "À", "Objet"), "es": ("De", "Enviado el", "Para", "Asunto")}


def load_bank(path: Path) -> dict[str, list[str]]:
    """Given the bank file, returns its sections (header -> non-empty lines)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections[current].append(line)
    return sections


def add_business_days(start: date, n: int) -> date:
    """Given a date and n, returns the n-th working day (Mon-Fri) after it."""
    day = start
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def month_end(year: int, month: int) -> date:
    """Given a year and month (month may be 13), returns that month's last day."""
    if month > 12:
        year, month = year + 1, month - 12
    return date(year, month, calendar.monthrange(year, month)[1])


def fits(kind: str, today: date) -> bool:
    """Given a promise kind and the message day, returns whether the phrasing is unambiguous that day."""
    wd = today.weekday()
    if kind.startswith("wd:"):
        return wd != WEEKDAYS[kind[3:]]
    if kind.startswith("nwd:"):
        return wd > WEEKDAYS[kind[4:]]
    if kind == "eow:0":
        return wd <= 3
    if kind in ("eom:0", "mon:0"):
        return today.day <= 22
    return True


def resolve(kind: str, today: date, absolute: date) -> date | None:
    """Given a promise kind, the message day and the {D} date, returns the promised decision date."""
    name, _, arg = kind.partition(":")
    if name == "d":
        return today + timedelta(days=int(arg))
    if name == "bd":
        return add_business_days(today, int(arg))
    if name in ("wd", "nwd"):
        ahead = (WEEKDAYS[arg] - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    if name == "eow":
        return today + timedelta(days=4 - today.weekday() + 7 * int(arg))
    if name in ("eom", "mon"):
        return month_end(today.year, today.month + (int(arg) if name == "mon" else 0))
    if name == "abs":
        return absolute
    if name == "tom":
        return today + timedelta(days=1)
    return None


def render_date(lang: str, day: date, rng: random.Random) -> str:
    """Given a language and a date, returns it written the way people of that language write it."""
    dn, mn, d = DAY_NAMES[lang][day.weekday()], MONTHS[lang][day.month - 1], day.day
    forms = {
        "en": [f"{mn} {d}", f"{d} {mn}", f"{dn}, {mn} {d}", f"{dn} {d} {mn}", f"{mn} {d}th" if d in (
            4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28) else f"{mn} {d}"],
        "de": [f"{d}. {mn}", f"{d:02d}.{day.month:02d}.", f"{d:02d}.{day.month:02d}.{day.year}", f"{dn}, {d}. {mn}"],
        "fr": [f"{d} {mn}", f"{dn} {d} {mn}", f"{d} {mn} {day.year}"],
        "es": [f"{d} de {mn}", f"{dn} {d} de {mn}", f"{d} de {mn} de {day.year}"],
    }[lang]
    return rng.choice(forms)


@dataclass
class Core:
    label: str
    lang: str
    trap: str
    subject: str
    text: str


def cores(bank: dict[str, list[str]]) -> list[Core]:
    """Given the bank, returns every core phrasing of every label and language."""
    out = []
    for lang in LANGS:
        for label in LABELS:
            for line in bank.get(f"core {label} {lang}", []):
                trap, subject, text = (part.strip() for part in line.split(" | ", 2))
                out.append(Core(label, lang, "" if trap == "-" else trap, subject, text))
    return out


def pick_day(rng: random.Random, kinds: list[str]) -> date:
    """Given the promise kinds used, returns a Monday-Thursday message day on which they are unambiguous."""
    start = date(2024, 9, 2)
    while True:
        day = start + timedelta(days=rng.randrange(0, 300))
        if day.weekday() <= 3 and all(fits(k, day) for k in kinds):
            return day


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("//") if p.strip()]


def cap(text: str, lang: str) -> str:
    if lang == "de" or not text:
        return text
    return text[0].upper() + text[1:]


class Builder:
    """Assembles messages from the bank with one seeded random source."""

    def __init__(self, bank: dict[str, list[str]], seed: int = 4404) -> None:
        self.bank = bank
        self.rng = random.Random(seed)

    def choice(self, section: str) -> str:
        return self.rng.choice(self.bank[section])

    def build(self, index: int, core: Core) -> tuple[str, bytes, dict[str, str], dict[str, str] | None]:
        """Given a running index and a core, returns file name, message bytes, label row, entities row."""
        rng, lang = self.rng, core.lang
        company, domain, city = (p.strip() for p in self.choice(f"company {lang}").split(" | "))
        slug = re.sub(r"[^a-z]", "", domain.split(".")[0])
        role = self.choice(f"role {lang}")
        people = list(self.bank[f"person {lang}"])
        rng.shuffle(people)
        sender, hm, alt_person = people[0], people[1], people[2]
        cand = self.choice(f"candidate {lang}")
        first, last = cand.split(" ", 1)
        me = f"{_ascii(first)}.{_ascii(last)}@{FREEMAIL[lang]}".lower()
        # Promise and date choices.
        kinds: list[str] = []
        fills: dict[str, str] = {}
        promise_kind = None
        for slot, section in (("{promise}", f"promise {lang}"), ("{when}", f"when {lang}")):
            if slot in core.text:
                kind, phrase = (p.strip() for p in self.choice(section).split(" | ", 1))
                promise_kind = kind
                kinds.append(kind)
                fills[slot] = phrase
        today = pick_day(rng, kinds)
        tz = timezone(timedelta(hours=rng.choice(TZ[lang])))
        sent = datetime(today.year, today.month, today.day, rng.randint(7, 18), rng.randint(0, 59),
                        rng.randint(0, 59), tzinfo=tz)
        absolute = today + timedelta(days=rng.randint(6, 20))
        gold = resolve(promise_kind, today, absolute) if promise_kind else None
        values = {
            "{first}": first, "{last}": last, "{company}": company, "{role}": role,
            "{sender}": sender, "{sender_first}": sender.split()[0], "{hm}": hm,
            "{D}": render_date(lang, absolute, rng),
            "{date}": render_date(lang, today + timedelta(days=rng.randint(3, 40)), rng),
            "{pdate}": render_date(lang, today - timedelta(days=rng.randint(4, 20)), rng),
            "{weekday}": DAY_NAMES[lang][rng.randint(0, 4)],
            "{M0}": MONTHS[lang][today.month - 1], "{M1}": MONTHS[lang][today.month % 12],
            "{link}": f"https://careers.{domain}/apply/{rng.randint(10000, 99999)}",
            "{req}": str(rng.randint(10000, 999999)), "{city}": city, "{domain}": domain,
            "{alt}": f"{alt_person} ({_ascii(alt_person.split()[0]).lower()}@{domain})",
            "{n3}": str(rng.randint(100, 999)),
        }

        def fill(text: str) -> str:
            for key, val in fills.items():
                text = text.replace(key, val)
            for key, val in values.items():
                text = text.replace(key, val)
            return text

        body = [cap(fill(p), lang) if i else fill(p) for i, p in enumerate(paragraphs(core.text))]
        subject = fill(core.subject) if core.subject else fill(self.choice(f"subject any {lang}"))
        # Who writes.
        headers: dict[str, str] = {}
        use_ats = core.label in ("rejection", "acknowledgement", "next_step") and rng.random() < 0.4
        sender_addr = f"{_ascii(sender.split()[0]).lower()}.{_ascii(sender.split()[-1]).lower()}@{domain}"
        from_ = formataddr((sender, sender_addr))
        sig_lines = [fill(p) for p in paragraphs(self.choice(f"sig {lang}"))]
        to = formataddr((cand, me))
        entity = True
        if use_ats or (core.trap in ("withdrawal",) or subject.startswith(("Verify", "Complete", "Bitte", "Activez",
                                                                          "Confirma", "How was"))):
            display, addr = (p.strip() for p in self.choice("ats").split(" | "))
            from_ = formataddr((display.replace("{company}", company), addr.replace("{slug}", slug)))
            headers["Reply-To"] = rng.choice([f"careers@{domain}", sender_addr, f"recruiting@{domain}"])
            sig_lines = [TEAM_SIG[lang].replace("{company}", company)]
        if core.trap == "job_alert":
            from_ = formataddr(JOB_BOARDS[lang])
            headers["List-Unsubscribe"] = f"<https://{JOB_BOARDS[lang][1].split('@')[1]}/unsubscribe>"
            headers["Precedence"] = "bulk"
            sig_lines, entity = [], False
        elif core.trap.startswith("newsletter"):
            from_ = formataddr((company, f"news@{domain}"))
            headers["List-Unsubscribe"] = f"<mailto:unsubscribe@{domain}>"
            sig_lines = [TEAM_SIG[lang].replace("{company}", company)]
        elif core.trap == "interviewer":
            # The user works here; a colleague writes to the work address.
            me = f"{_ascii(first).lower()}.{_ascii(last).lower()}@{domain}"
            to = formataddr((cand, me))
            entity = False
        if core.label == "auto_reply":
            subject = fill(self.choice(f"autosubj {lang}")).replace(
                "{subject}", fill(self.choice(f"subject any {lang}")))
            if core.trap == "auto_noreply":
                from_ = formataddr((company, f"no-reply@{domain}"))
                sig_lines = []
            roll = rng.random()
            if roll < 0.45:
                headers["Auto-Submitted"] = "auto-replied"
            elif roll < 0.65:
                headers["X-Autoreply"] = "yes"
            elif roll < 0.8:
                headers["X-Auto-Response-Suppress"] = "All"
        greet = "" if core.label == "auto_reply" or core.trap == "job_alert" else fill(
            self.choice(f"greet {lang}"))
        signoff = "" if not sig_lines or (core.label == "auto_reply" and rng.random() < 0.5) else self.choice(
            f"signoff {lang}")
        closing = ([signoff] if signoff else []) + sig_lines
        if rng.random() < 0.2 and core.label != "auto_reply":
            closing = [*closing, "", fill(self.choice(f"disclaimer {lang}"))]
        # Layout.
        can_quote = core.label in ("rejection", "offer", "next_step", "pending", "acknowledgement")
        options = ["plain", "plain", "alternative", "alternative", "html", "base64"]
        if lang != "en":
            options.append("latin1")
        if can_quote:
            options += ["quoted", "quoted", "outlook", "blockquote"]
            if not use_ats:
                options.append("forwarded")
        layout = rng.choice(options)
        main = ([greet, ""] if greet else []) + [line for p in body for line in (p, "")] + closing
        quote_lines: list[str] = []
        if layout in ("quoted", "outlook", "blockquote"):
            subject = subject if subject.lower().startswith(("re:", "aw:")) else (
                "AW: " if lang == "de" else "RE: " if lang in ("fr", "es") and rng.random() < 0.5 else "Re: ") + subject
            qday = sent - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
            qtext = paragraphs(fill(self.choice(f"quote {lang}")).replace("{cand}", cand))
            headers["In-Reply-To"] = f"<cand.{index}.{rng.randint(1000, 9999)}@{FREEMAIL[lang]}>"
            headers["References"] = headers["In-Reply-To"]
            if layout == "outlook":
                names = OUTLOOK_HEAD[lang]
                quote_lines = ["", "-----Original Message-----" if lang == "en" else "_" * 32,
                               f"{names[0]}: {cand} <{me}>", f"{names[1]}: {format_datetime(qday)}",
                               f"{names[2]}: {sender} <{sender_addr}>", f"{names[3]}: {subject[4:]}", "", *qtext]
            else:
                head = QUOTE_HEAD[lang].format(qdate=format_datetime(qday), cand=cand, me=me)
                quote_lines = ["", head, *("> " + q for q in qtext)]
        if layout == "forwarded":
            note = fill(self.choice(f"fwdnote {lang}"))
            fwd_sub = subject
            prefix = {"de": "WG: ", "fr": "TR: ", "es": "RV: "}.get(lang, "Fwd: ")
            subject = prefix + subject
            hm_addr = f"{_ascii(hm.split()[0]).lower()}.{_ascii(hm.split()[-1]).lower()}@{domain}"
            main = [note, "", f"{sender.split()[0]}", "", "---------- Forwarded message ---------",
                    f"From: {hm} <{hm_addr}>", f"Date: {format_datetime(sent - timedelta(hours=3))}",
                    f"Subject: {fwd_sub}", f"To: {sender} <{sender_addr}>", "",
                    *main[:-len(closing) or None], rng.choice(self.bank[f"signoff {lang}"]), hm]
        text = "\n".join([*main, *quote_lines]).strip() + "\n"
        msg = EmailMessage()
        msg["From"] = from_
        msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = format_datetime(sent)
        msg["Message-ID"] = f"<h4.{index}.{rng.randint(10**6, 10**7)}@{domain}>"
        for key, val in headers.items():
            msg[key] = val
        if layout == "html":
            msg.set_content(_html(main, quote_lines, self.choice(f"preheader {lang}").replace("{company}", company),
                                  blockquote=False), subtype="html", charset="utf-8", cte="quoted-printable")
        elif layout in ("alternative", "blockquote"):
            msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "8bit"]))
            msg.add_alternative(_html(main, quote_lines, "", blockquote=layout == "blockquote"), subtype="html",
                                charset="utf-8", cte="quoted-printable")
        elif layout == "base64":
            msg.set_content(text, charset="utf-8", cte="base64")
        elif layout == "latin1" and _encodes(text, "iso-8859-1"):
            msg.set_content(text, charset=rng.choice(["iso-8859-1", "windows-1252"]),
                            cte=rng.choice(["quoted-printable", "8bit"]))
        else:
            msg.set_content(text, charset="utf-8", cte=rng.choice(["quoted-printable", "8bit"]))
        name = f"h4-{index:04d}-{lang}.eml"
        row = {"file": name, "label": core.label, "decision_date": gold.isoformat() if gold else "",
               "split": SPLIT, "trap": core.trap}
        ent = {"file": name, "lang": lang, "company": company, "role": role, "layout": layout} if entity else None
        return name, msg.as_bytes(), row, ent


def _ascii(text: str) -> str:
    table = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçÁÉÍÓÚÑÇ", "aaaaaeeeeiiiiooooouuuuncAEIOUNC")
    return text.translate(table).replace("ß", "ss").replace(" ", "")


def _encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _html(main: list[str], quote: list[str], preheader: str, *, blockquote: bool) -> str:
    """Given the plain lines, returns an HTML rendering (ATS-style table when a preheader is given)."""
    blocks: list[list[str]] = [[]]
    for line in main:
        if line:
            blocks[-1].append(html.escape(line))
        elif blocks[-1]:
            blocks.append([])
    inner = "".join(f"<p>{'<br>'.join(b)}</p>" for b in blocks if b)
    if quote:
        q = "<br>".join(html.escape(line.removeprefix("> ")) for line in quote if line)
        inner += f"<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc\">{q}</blockquote>" if (
            blockquote) else f"<div class=\"quote\">{q}</div>"
    if preheader:
        hidden = f"<div style=\"display:none;max-height:0;overflow:hidden\">{html.escape(preheader)}</div>"
        return (f"<html><body>{hidden}<table width=\"600\" cellpadding=\"0\"><tr><td>{inner}</td></tr>"
                "<tr><td style=\"font-size:11px;color:#999\">Powered by the hiring platform</td></tr></table>"
                "</body></html>")
    return f"<html><head><meta charset=\"utf-8\"></head><body>{inner}</body></html>"


def rewrite_csv(path: Path, fields: list[str], rows: list[dict[str, str]], keep: set[str] | None) -> None:
    """Given a CSV path, replaces this split's rows (h4-* files) with `rows`, keeping all others."""
    with path.open(encoding="utf-8", newline="") as handle:
        old = [r for r in csv.DictReader(handle) if not r["file"].startswith("h4-")]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(old + rows)


def main() -> int:
    bank = load_bank(BANK)
    builder = Builder(bank)
    for old in CORPUS.glob("h4-*.eml"):
        old.unlink()
    labels, entities = [], []
    all_cores = cores(bank)
    builder.rng.shuffle(all_cores)
    for index, core in enumerate(all_cores):
        name, data, row, ent = builder.build(index, core)
        (CORPUS / name).write_bytes(data)
        labels.append(row)
        if ent:
            entities.append(ent)
    rewrite_csv(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels, None)
    rewrite_csv(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities, None)
    dated = sum(1 for r in labels if r["decision_date"])
    print(f"wrote {len(labels)} holdout4 messages ({dated} with a decision date)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
