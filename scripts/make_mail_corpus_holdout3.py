#!/usr/bin/env python3
"""Given tests/corpus/mail/gen/holdout3.txt, writes the third, independent holdout (split "holdout3").

Written separately from make_mail_corpus.py and its banks, before the classifier was run on any of it:
whole-message templates modelled on recruiter, hiring-manager and ATS mail (Greenhouse, Lever, Workday,
Ashby, SmartRecruiters, Personio, Teamtailor, Workable…), real quote styles in four languages (Gmail,
Apple Mail, Outlook header blocks, HTML blockquotes), ATS HTML chrome with hidden preheaders, long
signatures with disclaimers, and legacy charsets. The expected decision date is computed here.

Usage: scripts/make_mail_corpus_holdout3.py [--seed N]
  rewrites tests/corpus/mail/h3-*.eml and the holdout3 rows of labels.csv and entities.csv
"""

from __future__ import annotations

import argparse
import calendar
import csv
import html
import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
SPLIT = "holdout3"
REPEAT_RATE = 0.45  # share of templates rendered a second time with other people, company and layout

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
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
SHORT_DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
OFFSETS = {"en": [0, 0, 60, -300, -240, -420, -480, 330], "de": [60, 120], "fr": [60, 120], "es": [60, 120]}
FREE_MAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "gmx.de", "web.de", "orange.fr",
             "hotmail.es", "proton.me")


@dataclass
class Template:
    label: str
    lang: str
    trap: str
    when: str  # date code, "-" for no decision date
    hint: str  # direct | ats | thread | any
    subject: str
    body: str


@dataclass
class Bank:
    lists: dict[str, list[str]]
    templates: list[Template]

    def pick(self, rng: random.Random, name: str) -> str:
        return rng.choice(self.lists[name])


def load_bank(path: Path) -> Bank:
    """Given the bank file, returns its lists ([name] one entry a line) and @-templates (multi-line)."""
    lists: dict[str, list[str]] = {}
    templates: list[Template] = []
    current: list[str] | None = None
    head: list[str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if head is None:
            return
        while lines and not lines[-1].strip():
            lines.pop()
        subject, body = lines[0], "\n".join(lines[1:]).strip("\n")
        label, lang, trap, when, hint = head
        templates.append(Template(label, lang, "" if trap == "-" else trap, when, hint,
                                  subject.removeprefix("Subject:").strip(), body))

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("@ "):
            flush()
            head, lines, current = raw[2:].split(), [], None
            if len(head) != 5:
                raise SystemExit(f"bad template head: {raw}")
            continue
        if raw.startswith("[") and raw.rstrip().endswith("]"):
            flush()
            head, lines = None, []
            current = lists.setdefault(raw.strip()[1:-1], [])
            continue
        if head is not None:
            lines.append(raw)
        elif current is not None and raw.strip() and not raw.startswith("#"):
            current.append(raw.strip().replace("\\n", "\n"))
    flush()
    return Bank(lists, templates)


# ---------------------------------------------------------------- dates (this generator's own resolver)


def _business_days(start: date, n: int) -> date:
    day = start
    while n > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _friday(day: date, weeks: int) -> date:
    return day - timedelta(days=day.weekday()) + timedelta(days=4 + 7 * weeks)


def _eom(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def render_date(lang: str, d: date, rng: random.Random) -> str:
    m, wd = MONTHS[lang][d.month - 1], DAYS[lang][d.weekday()]
    styles = {
        "en": [f"{wd}, {m} {d.day}", f"{m} {d.day}", f"{wd} {d.day} {m}", f"{d.day} {m}"],
        "de": [f"{wd}, den {d.day}. {m}", f"{d.day}. {m}", f"{d.day:02d}.{d.month:02d}.{d.year}"],
        "fr": [f"{wd} {d.day} {m}", f"{d.day} {m}", f"{d.day}/{d.month:02d}"],
        "es": [f"{wd} {d.day} de {m}", f"{d.day} de {m}", f"el {wd}, {d.day} de {m}"],
    }[lang]
    return rng.choice(styles)


def fill_dates(text: str, when: str, lang: str, sent: date, rng: random.Random) -> tuple[str, date | None]:
    """Given a template text and its date code, fills the date slots and returns the gold date."""
    gold: date | None = None
    kind, _, arg = when.partition(":")
    if kind == "bd":
        gold = _business_days(sent, int(arg))
    elif kind == "d":
        gold = sent + timedelta(days=int(arg))
    elif kind == "w":
        gold = sent + timedelta(days=7 * int(arg))
    elif kind == "eow":
        gold = _friday(sent, 0)
    elif kind == "eonw":
        gold = _friday(sent, 1)
    elif kind == "eom":
        gold = _eom(sent)
    elif kind == "eonm":
        gold = _eom(_eom(sent) + timedelta(days=1))
    elif kind == "day":  # a weekday later this week (sent Mon-Wed, the day is Thu or Fri)
        gold = sent + timedelta(days=rng.choice([3, 4]) - sent.weekday())
        text = text.replace("{day}", DAYS[lang][gold.weekday()])
    elif kind == "nextday":  # a weekday of next week, named with "next" / "nächste" / "prochain"
        gold = sent - timedelta(days=sent.weekday()) + timedelta(days=7 + rng.randrange(0, 5))
        text = text.replace("{day}", DAYS[lang][gold.weekday()])
    elif kind == "date":
        gold = sent + timedelta(days=rng.randrange(4, 22))
        if gold.weekday() >= 5:
            gold += timedelta(days=7 - gold.weekday())
        text = text.replace("{date}", render_date(lang, gold, rng))
    elif kind == "mid":  # the 15th of next month
        gold = (_eom(sent) + timedelta(days=1)).replace(day=15)
        text = text.replace("{month}", MONTHS[lang][gold.month - 1])
    elif kind == "monthend":  # end of a named month: this one when early in it, else next
        target = sent if sent.day <= 12 else _eom(sent) + timedelta(days=1)
        gold = _eom(target)
        text = text.replace("{month}", MONTHS[lang][gold.month - 1])
    elif kind == "kw":  # Friday of next ISO week, named by its number
        gold = _friday(sent, 1)
        text = text.replace("{kw}", str(gold.isocalendar().week))
    elif kind == "tomorrow":
        gold = sent + timedelta(days=1)
    elif kind != "-":
        raise SystemExit(f"unknown date code {when}")
    # Dates that are not decision dates (deadlines, interview slots, start dates).
    later = sent + timedelta(days=rng.randrange(3, 12))
    if later.weekday() >= 5:
        later += timedelta(days=2)
    text = text.replace("{nd_date}", render_date(lang, later, rng))
    text = text.replace("{nd_day}", DAYS[lang][later.weekday()])
    start = _eom(sent + timedelta(days=40)) + timedelta(days=1)
    text = text.replace("{start_date}", render_date(lang, start, rng))
    text = text.replace("{time}", rng.choice(["10:00", "11:30", "14:00", "15:30", "9:30"]))
    return text, gold


# ---------------------------------------------------------------- one message


def _slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", plain.lower())


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _sent(rng: random.Random, lang: str) -> datetime:
    start = date(2024, 1, 8)
    while True:
        day = start + timedelta(days=rng.randrange(0, 680))
        if day.weekday() <= 2:  # Mon-Wed, so "by Friday" and "end of this week" are unambiguous
            break
    tz = timezone(timedelta(minutes=rng.choice(OFFSETS[lang])))
    return datetime(day.year, day.month, day.day, rng.randrange(8, 18), rng.randrange(60), rng.randrange(60),
                    tzinfo=tz)


def _quote_intro(lang: str, when: datetime, who: str, addr: str, style: str) -> str:
    m = MONTHS[lang][when.month - 1]
    sd = SHORT_DAYS[lang][when.weekday()]
    if style == "apple":
        return {"en": f"> On {when.day} {m[:3]} {when.year}, at {when:%H:%M}, {who} <{addr}> wrote:",
                "de": f"> Am {when.day:02d}.{when.month:02d}.{when.year} um {when:%H:%M} schrieb {who} <{addr}>:",
                "fr": f"> Le {when.day} {m} {when.year} à {when:%H:%M}, {who} <{addr}> a écrit :",
                "es": f"> El {when.day} {m} {when.year}, a las {when:%H:%M}, {who} <{addr}> escribió:"}[lang]
    hour = when.strftime("%I:%M %p").lstrip("0")
    return {"en": f"On {sd}, {m[:3]} {when.day}, {when.year} at {hour} {who} <{addr}> wrote:",
            "de": f"Am {sd}, {when.day}. {m} {when.year} um {when:%H:%M} Uhr schrieb {who} <{addr}>:",
            "fr": f"Le {sd} {when.day} {m} {when.year} à {when:%H:%M}, {who} <{addr}> a écrit :",
            "es": f"El {sd}, {when.day} {m} {when.year} a las {when:%H:%M}, {who} (<{addr}>) escribió:"}[lang]


def _outlook_header(lang: str, when: datetime, who: str, addr: str, to: str, subject: str) -> str:
    m, wd = MONTHS[lang][when.month - 1], DAYS[lang][when.weekday()]
    rows = {
        "en": [("From", f"{who} <{addr}>"), ("Sent", f"{wd}, {m} {when.day}, {when.year} {when:%H:%M}"),
               ("To", to), ("Subject", subject)],
        "de": [("Von", f"{who} <{addr}>"), ("Gesendet", f"{wd}, {when.day}. {m} {when.year} {when:%H:%M}"),
               ("An", to), ("Betreff", subject)],
        "fr": [("De\u00a0", f" {who} <{addr}>"), ("Envoyé\u00a0", f" {wd} {when.day} {m} {when.year} {when:%H:%M}"),
               ("À\u00a0", f" {to}"), ("Objet\u00a0", f" {subject}")],
        "es": [("De", f"{who} <{addr}>"), ("Enviado el", f"{wd}, {when.day} de {m} de {when.year} {when:%H:%M}"),
               ("Para", to), ("Asunto", subject)],
    }[lang]
    return "\n".join(f"{k}: {v.strip()}" for k, v in rows)


@dataclass
class Rendered:
    name: str
    data: bytes
    label: str
    gold: date | None
    trap: str
    lang: str
    company: str
    role: str
    layout: str


def build(bank: Bank, tpl: Template, index: int, rng: random.Random) -> Rendered:
    """Given a template, returns one rendered message with fresh people, company, layout and date."""
    lang = tpl.lang
    company, domain = bank.pick(rng, f"companies.{lang}").split("|")
    role = bank.pick(rng, f"roles.{lang}")
    rfirst, rlast = bank.pick(rng, f"recruiters.{lang}").split(" ", 1)
    cfirst, clast = bank.pick(rng, "candidates").split(" ", 1)
    hm_first, hm_last = bank.pick(rng, f"recruiters.{lang}").split(" ", 1)
    sent = _sent(rng, lang)
    cand_addr = f"{_slug(cfirst)}.{_slug(clast)}@{rng.choice(FREE_MAIL)}"
    r_addr = f"{_slug(rfirst)}.{_slug(rlast)}@{domain}"
    values = {"first": cfirst, "last": clast, "cand": f"{cfirst} {clast}", "role": role, "company": company,
              "rfirst": rfirst, "rname": f"{rfirst} {rlast}", "hm": f"{hm_first} {hm_last}",
              "hmfirst": hm_first, "domain": domain, "cand_addr": cand_addr}
    subject = _fill(tpl.subject, values)
    body, gold = fill_dates(_fill(tpl.body, values), tpl.when, lang, sent.date(), rng)
    subject, _ = fill_dates(subject, "-", lang, sent.date(), rng)
    hint = tpl.hint
    if hint == "any":
        hint = rng.choice(["direct", "direct", "ats", "thread"])
        if hint == "thread" and not subject.lower().startswith(("re", "aw")):
            subject = "Re: " + subject
    is_auto = tpl.label == "auto_reply"
    bulk = tpl.trap in {"job_alert", "newsletter", "newsletter_offer", "newsletter_regret"}
    # Signature: direct mail and threads carry a person's signature; ATS mail a team sign-off.
    if "{sig}" in body:
        title = bank.pick(rng, f"titles.{lang}")
        phone = f"+{rng.choice([1, 44, 49, 33, 34])} {rng.randrange(100, 999)} {rng.randrange(10**6, 10**7)}"
        sig = _fill(bank.pick(rng, f"sig.{lang}"), values | {"title": title, "phone": phone})
        body = body.replace("{sig}", sig)
    if "{disclaimer}" in body:
        body = body.replace("{disclaimer}", _fill(bank.pick(rng, f"disclaimer.{lang}"), values)
                            if rng.random() < 0.5 else "")
    body = re.sub(r"\n{3,}", "\n\n", body).strip()

    msg = EmailMessage()
    reply_to = None
    layout = hint
    ats_brand = ""
    if hint == "ats" and not is_auto:
        ats_brand, ats_domain, style = bank.pick(rng, "ats").split("|")
        sender = _fill(style, values | {"ats_domain": ats_domain})
        if rng.random() < 0.5:
            reply_to = r_addr
    elif bulk:
        sender = _fill(bank.pick(rng, "bulk_senders"), values)
    elif is_auto and rng.random() < 0.25:
        sender = f"{company} Recruiting <no-reply@{domain}>"
    elif rng.random() < 0.08 and not is_auto:
        sender = f"{rfirst} {rlast} <{_slug(rfirst)}{_slug(rlast)}{rng.randrange(10, 99)}@{rng.choice(FREE_MAIL)}>"
    else:
        sender = f"{rfirst} {rlast} <{r_addr}>"
    msg["From"] = sender
    msg["To"] = f"{cfirst} {clast} <{cand_addr}>"
    if reply_to:
        msg["Reply-To"] = f"{rfirst} {rlast} <{reply_to}>"
    msg["Date"] = format_datetime(sent)
    id_host = f"mail.{_slug(ats_brand)}.example" if ats_brand else domain
    msg["Message-ID"] = f"<{rng.getrandbits(72):018x}@{id_host}>"
    headers = bank.lists.get(f"headers.{tpl.trap}", []) if tpl.trap else []
    for header in headers:
        key, _, value = header.partition(":")
        msg[key.strip()] = _fill(value.strip(), values)
    if is_auto and rng.random() < 0.6 and "Auto-Submitted" not in msg:
        msg["Auto-Submitted"] = "auto-replied"
        if rng.random() < 0.5:
            msg["X-Auto-Response-Suppress"] = "All"

    html_body: str | None = None
    text_body = body
    if hint == "thread":
        thanks_subject = _fill(bank.pick(rng, f"thanks_subject.{lang}"), values)
        if not subject:
            subject = {"de": "AW: ", "fr": "RE : ", "es": "RE: "}.get(lang, "Re: ") + thanks_subject
        quoted, _ = fill_dates(_fill(bank.pick(rng, f"thanks.{lang}"), values), "-", lang, sent.date(), rng)
        qwhen = sent - timedelta(days=rng.randrange(1, 9), hours=rng.randrange(0, 6))
        style = rng.choice(["gmail", "gmail", "outlook", "apple", "html"])
        layout = f"thread-{style}"
        ref = f"<{rng.getrandbits(64):016x}@mail.gmail.com>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
        if style == "outlook":
            sep = "\n\n________________________________\n" if rng.random() < 0.5 else "\n\n-----Original Message-----\n"
            text_body = body + sep + _outlook_header(lang, qwhen, f"{cfirst} {clast}", cand_addr,
                                                     f"{rfirst} {rlast} <{r_addr}>", thanks_subject) + "\n\n" + quoted
        elif style in {"gmail", "apple"}:
            intro = _quote_intro(lang, qwhen, f"{cfirst} {clast}", cand_addr, style)
            qlines = "\n".join("> " + ln if ln else ">" for ln in quoted.splitlines())
            text_body = body + "\n\n" + intro + "\n" + qlines
        else:
            intro = _quote_intro(lang, qwhen, f"{cfirst} {clast}", cand_addr, "gmail")
            html_body = _html(body, None) .replace(
                "</body>", f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(intro)}<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                f'rgb(204,204,204);padding-left:1ex">{_paras_html(quoted)}</blockquote></div></body>')
            text_body = ""
    elif hint == "ats" and not is_auto:
        html_body = _html(body, (ats_brand, company, _preheader(body)), rng)
        text_body = "" if rng.random() < 0.7 else body + f"\n\nPowered by {ats_brand}"
        layout = "ats-html" if not text_body else "ats-alternative"
    elif bulk:
        html_body = _html(body, ("", company, _preheader(body)), rng)
        text_body = "" if rng.random() < 0.5 else body
        layout = "bulk-html" if not text_body else "bulk-alternative"
    msg["Subject"] = subject
    charset = "utf-8"
    if html_body is not None and text_body:
        msg.set_content(text_body, cte="quoted-printable")
        msg.add_alternative(html_body, subtype="html", cte="quoted-printable")
    elif html_body is not None:
        msg.set_content(html_body, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    else:
        roll = rng.random()
        if lang != "en" and roll < 0.35:
            charset = rng.choice(["iso-8859-1", "windows-1252", "iso-8859-15"])
            try:
                encoded = text_body.encode(charset)
            except UnicodeEncodeError:
                charset, encoded = "utf-8", text_body.encode()
            msg.set_content(encoded, maintype="text", subtype="plain", params={"charset": charset},
                            cte=rng.choice(["quoted-printable", "8bit"]))
        elif roll < 0.55:
            msg.set_content(text_body, cte="quoted-printable")
        elif roll < 0.7:
            msg.set_content(text_body, cte="base64")
        elif roll < 0.85 and layout == "direct":
            msg.set_content(text_body)
            msg.add_alternative(_html(text_body, None), subtype="html")
            layout = "direct-alternative"
        else:
            msg.set_content(text_body)
    name = f"h3-{index:04d}-{tpl.label}-{lang}.eml"
    return Rendered(name, msg.as_bytes(), tpl.label, gold, tpl.trap, lang, company, role, f"{layout}/{charset}")


def _preheader(body: str) -> str:
    first = next((p for p in body.split("\n\n")[1:] if len(p) > 40), body)
    return first.replace("\n", " ")[:90]


def _paras_html(text: str) -> str:
    return "".join("<p>" + "<br>".join(html.escape(x) for x in p.splitlines()) + "</p>"
                   for p in text.split("\n\n") if p.strip())


def _html(body: str, chrome: tuple[str, str, str] | None, rng: random.Random | None = None) -> str:
    """Given plain paragraphs, returns HTML; with chrome (brand, company, preheader) an ATS-style layout."""
    if chrome is None:
        return ('<html><body><div dir="ltr" style="font-family:Calibri,Arial,sans-serif">'
                f"{_paras_html(body)}</div></body></html>")
    brand, company, preheader = chrome
    button = ""
    if rng is not None and rng.random() < 0.4:
        button = ('<table role="presentation"><tr><td style="background:#1f6feb;border-radius:4px">'
                  '<a href="https://example.invalid/portal" style="color:#fff;padding:10px 18px">View in portal</a>'
                  "</td></tr></table>")
    footer = (f'<p style="color:#888;font-size:11px">Powered by {html.escape(brand)} · '
              '<a href="https://example.invalid/privacy">Privacy</a></p>') if brand else (
        '<p style="color:#888;font-size:11px"><a href="https://example.invalid/unsub">Unsubscribe</a> · '
        '<a href="https://example.invalid/prefs">Manage preferences</a></p>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>td{font-family:Helvetica,Arial}"
            ".hide{display:none}</style></head><body style=\"margin:0;background:#f4f4f7\">"
            f'<div class="hide" style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="600" style="background:#ffffff"><tr><td style="padding:24px">'
            f'<img src="https://example.invalid/logo.png" alt="{html.escape(company)}" width="120"><br>'
            f"{_paras_html(body)}{button}</td></tr></table>{footer}</td></tr></table></body></html>")


# ---------------------------------------------------------------- driver


def generate(seed: int) -> list[Rendered]:
    """Given a seed, returns every holdout3 message."""
    bank = load_bank(CORPUS / "gen" / "holdout3.txt")
    rng = random.Random(f"{SPLIT}-{seed}")
    chosen = list(bank.templates)
    chosen += [t for t in bank.templates if rng.random() < REPEAT_RATE]
    rng.shuffle(chosen)
    return [build(bank, tpl, i, rng) for i, tpl in enumerate(chosen)]


def _rewrite_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    kept: list[dict[str, str]] = []
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            kept = [r for r in csv.DictReader(handle) if not r["file"].startswith("h3-")]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(kept + rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the holdout3 split of the mail corpus.")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    for old in CORPUS.glob("h3-*.eml"):
        old.unlink()
    labels, entities = [], []
    for item in generate(args.seed):
        (CORPUS / item.name).write_bytes(item.data)
        labels.append({"file": item.name, "label": item.label, "split": SPLIT, "trap": item.trap,
                       "decision_date": item.gold.isoformat() if item.gold else ""})
        entities.append({"file": item.name, "lang": item.lang, "company": item.company, "role": item.role,
                         "layout": item.layout})
    _rewrite_csv(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    _rewrite_csv(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)
    print(f"wrote {len(labels)} holdout3 messages to {CORPUS}")


if __name__ == "__main__":
    main()
