"""Write the blind holdout6 employer-mail corpus: tests/corpus/mail/h6-*.eml plus its CSV rows.

Given the whole-message templates in tests/corpus/mail/gen/holdout6.txt, returns nothing; writes ~200 .eml files
and replaces only the `holdout6` rows of labels.csv / entities.csv (atomically). Deterministic for the seed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import icalendar

SEED = 60626
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
BANK = CORPUS / "gen" / "holdout6.txt"
SPLIT = "holdout6"
PREFIX = "h6-"
MIX = {
    "rejection": 50,
    "offer": 26,
    "next_step": 30,
    "pending": 30,
    "acknowledgement": 26,
    "auto_reply": 14,
    "other": 24,
}
LANG_SHARE = [("en", 0.55), ("de", 0.15), ("fr", 0.15), ("es", 0.15)]
PLATFORMS = [
    ("Greenhouse", "no-reply@us.greenhouse-mail.io"),
    ("Lever", "no-reply@hire.lever.co"),
    ("Workday", "{slug}@myworkday.com"),
    ("Ashby", "no-reply@ashbyhq.com"),
    ("SmartRecruiters", "mail@smartrecruiters.com"),
    ("iCIMS", "donotreply@icims.com"),
    ("Workable", "noreply@candidates.workablemail.com"),
    ("Personio", "noreply@personio.de"),
    ("Teamtailor", "no-reply@teamtailor-mail.com"),
    ("Recruitee", "notifications@recruitee.com"),
    ("JOIN", "noreply@join.com"),
    ("softgarden", "noreply@softgarden.io"),
]
BOARDS = [
    ("JobRadar Alerts", "alerts@jobradar.example"),
    ("StepStone", "jobagent@stepstone.de"),
    ("Welcome to the Jungle", "hello@welcometothejungle.com"),
    ("InfoJobs", "alertas@infojobs.net"),
    ("Otta", "jobs@otta.com"),
    ("Indeed", "alert@indeed.com"),
]
AGENCIES = ["Brookfield Talent", "Kestrel Search", "Vireo Partners", "Hansen & Pohl Personalberatung"]
MAILHOSTS = ["gmail.com", "posteo.de", "outlook.com", "icloud.com", "proton.me", "gmx.de", "orange.fr"]
HUMAN = {"recruiter", "hm", "founder", "agency", "colleague", "internal"}
FR_MONTH_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
QUOTE_SUBJECTS = {
    "en": {
        "followup": "{role} - following up",
        "applied": "Application: {role}",
        "withdraw": "Withdrawing my application",
        "avail": "Availability",
    },
    "de": {
        "followup": "Nachfrage {role}",
        "applied": "Bewerbung als {role}",
        "withdraw": "Rückzug meiner Bewerbung",
        "avail": "Terminvorschläge",
    },
    "fr": {
        "followup": "Suivi de ma candidature",
        "applied": "Candidature : {role}",
        "withdraw": "Retrait de candidature",
        "avail": "Disponibilités",
    },
    "es": {
        "followup": "Seguimiento candidatura",
        "applied": "Candidatura: {role}",
        "withdraw": "Retiro de candidatura",
        "avail": "Disponibilidad",
    },
}
# the bank's language data (names, greetings, quotes, date phrasings), filled by load_bank
L: dict[str, Any] = {}


@dataclass
class Template:
    label: str
    lang: str
    trap: str
    kind: str
    flags: set[str]
    subject: str
    body: str


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    sent: datetime
    values: dict[str, str] = field(default_factory=dict)


def load_bank(path: Path) -> list[Template]:
    """Given the bank file returns its templates; raises ValueError on a malformed header."""
    out: list[Template] = []
    templates, _, data = path.read_text(encoding="utf-8").partition("\n#### language data")
    L.update(json.loads(data[data.index("\n{") :]))
    for chunk in templates.split("\n=== ")[1:]:
        head, _, rest = chunk.partition("\n")
        parts = head.split()
        if len(parts) < 4:
            raise ValueError(f"bad template header: {head!r}")
        subject_line, _, body = rest.partition("\n")
        if not subject_line.startswith("Subject: "):
            raise ValueError(f"template without subject: {head!r}")
        out.append(
            Template(
                parts[0],
                parts[1],
                parts[2],
                parts[3],
                set(parts[4:]),
                subject_line[len("Subject: ") :],
                body.strip("\n"),
            )
        )
    return out


# --- decision dates -----------------------------------------------------------------------------------------------


def add_business_days(start: date, n: int) -> date:
    """Given a day and n returns the day n working days later (Saturday and Sunday skipped)."""
    d = start
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def end_of_month(d: date) -> date:
    """Given a day returns the last day of its month."""
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def make_promise(rng: random.Random, lang: str, local: date) -> tuple[str, str, date]:
    """Given the Date header's local day returns (kind, time phrase, resolved decision date)."""
    kinds = ["days", "bdays", "weekday", "explicit", "month", "named_month"]
    if local.weekday() < 4:
        kinds += ["this_week", "next_week", "tomorrow"]
    else:
        kinds += ["next_week"]
    if local.day > 22:
        kinds = [k for k in kinds if k not in ("month", "named_month")]
    kind = rng.choice(kinds)
    n = 0
    if kind == "days":
        n = rng.choice([3, 5, 7, 10, 14])
        due = local + timedelta(days=n)
    elif kind == "bdays":
        n = rng.choice([2, 3, 5, 7, 10])
        due = add_business_days(local, n)
    elif kind == "weekday":
        n = rng.randrange(5)
        due = local + timedelta(days=(n - local.weekday() - 1) % 7 + 1)
    elif kind == "this_week":
        due = local + timedelta(days=4 - local.weekday())
    elif kind == "next_week":
        due = local + timedelta(days=11 - local.weekday())
    elif kind == "tomorrow":
        due = local + timedelta(days=1)
    elif kind in ("month", "named_month"):
        due = end_of_month(local)
    else:
        due = local + timedelta(days=rng.randint(4, 21))
    text = rng.choice(L["when"][lang][kind]).format(
        n=n,
        weekday=L["weekday_names"][lang][due.weekday()],
        month=L["month_names"][lang][due.month - 1],
        date=fmt_date(rng, lang, due),
    )
    return kind, text, due


def quote_date(lang: str, style: str, dt: datetime) -> str:
    """Given the quoted mail's time returns it the way each client and language writes it in a reply header."""
    wd, mo = L["weekday_names"][lang][dt.weekday()], L["month_names"][lang][dt.month - 1]
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if lang == "en":
        ampm = f"{(dt.hour - 1) % 12 + 1}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"
        return {
            "gmail": f"{wd[:3]}, {dt.day} {mo[:3]} {dt.year} at {hm}",
            "apple": f"{dt.day} {mo[:3]} {dt.year}, at {hm}",
            "outlook": f"{wd}, {mo} {dt.day}, {dt.year} {ampm}",
        }[style]
    if lang == "de":
        return {
            "gmail": f"{wd[:2]}., {dt.day}. {mo[:3]}. {dt.year} um {hm} Uhr",
            "apple": f"{dt.day:02d}.{dt.month:02d}.{dt.year} um {hm}",
            "outlook": f"{wd}, {dt.day}. {mo} {dt.year} {hm}",
        }[style]
    if lang == "fr":
        return {
            "gmail": f"{wd[:3]}. {dt.day} {FR_MONTH_ABBR[dt.month - 1]} {dt.year} à {hm}",
            "apple": f"{dt.day} {mo} {dt.year} à {hm}",
            "outlook": f"{wd} {dt.day} {mo} {dt.year} {hm}",
        }[style]
    return {
        "gmail": f"{wd[:3]}, {dt.day} {mo[:3]} {dt.year} a las {dt.hour}:{dt.minute:02d}",
        "apple": f"{dt.day} {mo[:3]} {dt.year}, a las {hm}",
        "outlook": f"{wd}, {dt.day} de {mo} de {dt.year} {hm}",
    }[style]


def fmt_date(rng: random.Random, lang: str, d: date, weekday: bool = True) -> str:
    """Given a day returns it written the way people of that language write dates."""
    m = L["month_names"][lang][d.month - 1]
    if not weekday:
        return {"en": f"{m} {d.day}", "de": f"{d.day}.{d.month}.", "fr": f"{d.day} {m}", "es": f"{d.day} de {m}"}[lang]
    if lang == "en":
        return rng.choice([f"{m} {d.day}", f"{d.day} {m}", f"{L['weekday_names']['en'][d.weekday()]}, {m} {d.day}"])
    if lang == "de":
        return rng.choice([f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day}. {m}", f"{d.day:02d}.{d.month:02d}."])
    if lang == "fr":
        return rng.choice(
            [
                f"{d.day} {m}",
                f"{L['weekday_names']['fr'][d.weekday()]} {d.day} {m}",
                f"{d.day:02d}/{d.month:02d}/{d.year}",
            ]
        )
    return rng.choice(
        [f"{d.day} de {m}", f"{L['weekday_names']['es'][d.weekday()]} {d.day} de {m}", f"{d.day}/{d.month}/{d.year}"]
    )


# --- text assembly ------------------------------------------------------------------------------------------------


def slug(name: str) -> str:
    """Given a company name returns a plausible mail domain label."""
    s = re.sub(r"\b(gmbh|ag|sa|sl)\b", "", name.lower())
    s = s.replace("&", "").replace("ß", "ss").translate(str.maketrans("äöüéèàçñíóáıú", "aoueeacnioaiu"))
    return re.sub(r"[^a-z0-9]+", "", s)


def typo(rng: random.Random, text: str, keep: str) -> str:
    """Given person-written text returns it with one or two slips (swapped letters, lowercase start)."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower() and w not in keep]
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
        w = words[i]
        j = rng.randrange(1, len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    out = " ".join(words)
    if rng.random() < 0.4:
        out = "\n".join(line[:1].lower() + line[1:] for line in out.split("\n"))
    return out


def fill(template: str, values: dict[str, str]) -> str:
    """Given a template with {name} slots returns it filled; unknown names are left visible for review."""
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def tidy(text: str) -> str:
    """Given assembled text returns it without empty promise slots' leftovers (double blanks, stray spaces)."""
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"  +", " ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def to_html(text: str, rng: random.Random) -> str:
    """Given plain text returns client-style HTML (paragraphs, lists, line breaks)."""
    parts = []
    for para in text.strip().split("\n\n"):
        lines = para.split("\n")
        if all(ln.startswith(("- ", "• ", "* ")) for ln in lines):
            items = "".join(f"<li>{esc(ln[2:])}</li>" for ln in lines)
            parts.append(f"<ul>{items}</ul>")
        elif any(ln.startswith(">") for ln in lines):
            head = [ln for ln in lines if not ln.startswith(">")]
            inner = "<br>".join(esc(ln[2:]) for ln in lines if ln.startswith(">"))
            parts.append(
                "<div>" + "<br>".join(esc(ln) for ln in head) + "</div>"
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                f"{inner}</blockquote>"
            )
        else:
            parts.append("<div>" + "<br>".join(esc(ln) for ln in lines) + "</div>")
    font = rng.choice(["Arial, sans-serif", "Calibri, sans-serif", "-apple-system, Helvetica", "Georgia, serif"])
    return (
        f'<html><head><meta charset="utf-8"></head><body><div style="font-family:{font};font-size:14px">'
        + "<div><br></div>".join(parts)
        + "</div></body></html>\n"
    )


def esc(s: str) -> str:
    """Given text returns it escaped for HTML."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ats_html(text: str, company: str, platform: str, lang: str, rng: random.Random, board: bool = False) -> str:
    """Given an ATS mail's text returns table HTML with a hidden preheader, a button and a legal footer."""
    btn = {
        "en": "View your application",
        "de": "Zur Bewerbung",
        "fr": "Voir ma candidature",
        "es": "Ver mi candidatura",
    }[lang]
    foot = {
        "en": f"You are receiving this email because you applied for a position at {company}. "
        f"Powered by {platform}. Privacy policy · Unsubscribe",
        "de": f"Sie erhalten diese E-Mail, weil Sie sich bei {company} beworben haben. Powered by {platform}. "
        "Datenschutz · Abmelden",
        "fr": f"Vous recevez cet e-mail suite à votre candidature chez {company}. Propulsé par {platform}. "
        "Confidentialité · Se désabonner",
        "es": f"Recibes este correo porque te has inscrito en una oferta de {company}. Con la tecnología de "
        f"{platform}. Privacidad · Darse de baja",
    }[lang]
    if board:
        foot = f"{company} · Manage alerts · Unsubscribe · Privacy"
    pre = esc(text.strip().split("\n")[0])[:90]
    body = "".join(
        f'<p style="margin:0 0 14px">{"<br>".join(esc(x) for x in p.split(chr(10)))}</p>'
        for p in text.strip().split("\n\n")
    )
    color = rng.choice(["#1a73e8", "#0b6e4f", "#6b3fa0", "#d9480f", "#222"])
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>@media only screen and (max-width:600px){.c{width:100%!important}}</style></head>"
        '<body style="margin:0;background:#f4f4f4">'
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{pre}&#8199;&#65279;&#847;</div>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table class="c" width="600" cellpadding="0" cellspacing="0" style="background:#fff">'
        f'<tr><td style="padding:24px;font:bold 20px Arial;color:{color}">{esc(company)}</td></tr>'
        f'<tr><td style="padding:0 24px;font:15px/1.5 Arial;color:#333">{body}</td></tr>'
        f'<tr><td style="padding:8px 24px 24px"><a href="https://jobs.example/{slug(company)}/portal" '
        f'style="background:{color};color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">'
        f"{btn}</a></td></tr>"
        f'<tr><td style="padding:16px 24px;font:11px Arial;color:#999;border-top:1px solid #eee">{esc(foot)}</td>'
        "</tr></table></td></tr></table></body></html>\n"
    )


def signature(ctx: Ctx, kind: str, flags: set[str]) -> str:
    """Given the sender kind returns a sign-off and signature in the message's language."""
    rng, lang, v = ctx.rng, ctx.lang, ctx.values
    if "short" in flags:
        return f"{v['rfirst']}\n\n" + (rng.choice(L["mobile"][lang]) if rng.random() < 0.6 else "")
    bye = rng.choice(L["bye"][lang])
    if kind in ("ats", "board"):
        return f"{bye}\n{v['team']}" if kind == "ats" else ""
    lines = [bye, v["rname"], v["title"], v["company"] if kind != "agency" else v["agency"]]
    if rng.random() < 0.5:
        lines.append(f"+{rng.choice([44, 49, 33, 34, 1])} {rng.randint(100, 999)} {rng.randint(1000000, 9999999)}")
    if rng.random() < 0.4:
        lines += ["", rng.choice(L["disclaimers"][lang]).format(company=v["company"])]
    return "\n".join(lines)


# --- MIME ---------------------------------------------------------------------------------------------------------


def build_message(
    ctx: Ctx,
    tpl: Template,
    text: str,
    layout: str,
    sender: tuple[str, str],
    reply_to: str | None,
    subject: str,
    thread: bool,
) -> tuple[EmailMessage, str]:
    """Given the finished text and a layout returns the MIME message and its `layout/charset` tag."""
    rng, v = ctx.rng, ctx.values
    msg = EmailMessage()
    msg["From"] = f'"{sender[0]}" <{sender[1]}>'
    msg["To"] = f"{v['cand']} <{v['cand_addr']}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(ctx.sent)
    # make_msgid would stamp the clock and pid; the corpus must come out byte-identical for the seed
    msg["Message-ID"] = f"<{rng.randrange(16**16):016x}.{rng.randrange(10**6)}@{sender[1].split('@')[1]}>"
    if thread:
        ref = f"<{rng.randrange(10**12)}.cand@{v['cand_addr'].split('@')[1]}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if tpl.label == "auto_reply" and "noheader" not in tpl.flags and rng.random() < 0.7:
        msg["Auto-Submitted"] = "auto-replied"
        msg["X-Autoreply"] = "yes"
    if tpl.kind == "board":
        msg["List-Unsubscribe"] = f"<https://{sender[1].split('@')[1]}/unsubscribe?u={rng.randrange(10**8)}>"
    charset = "utf-8"
    if layout == "plain":
        cte = rng.choice(["8bit", "8bit", "quoted-printable", "base64"])
        charset = "utf-8"
        legacy = rng.random() < 0.35
        if legacy:
            for cs in rng.sample(["iso-8859-1", "windows-1252", "iso-8859-15"], 3):
                try:
                    text.encode(cs)
                except UnicodeEncodeError:
                    continue
                charset = cs
                break
        if charset == "utf-8":
            msg.set_content(text, subtype="plain", charset="utf-8", cte=cte)
        else:
            msg.set_content(
                text.encode(charset), maintype="text", subtype="plain", cte="quoted-printable" if cte == "8bit" else cte
            )
            msg.set_param("charset", charset)
        return msg, f"plain-{cte}/{charset}"
    html = (
        ats_html(text, v.get("brand", v["company"]), v["platform"], ctx.lang, rng, "brand" in v)
        if layout.startswith("ats")
        else to_html(text, rng)
    )
    if layout in ("html", "ats_html"):
        msg.set_content(html, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    else:
        msg.set_content(text, cte=rng.choice(["8bit", "quoted-printable"]))
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
        # the stdlib draws boundaries from the global random state; a seeded one keeps the output byte-identical
        msg.set_boundary(f"----=_Part_{rng.randrange(10**6)}_{rng.randrange(16**10):010x}")
    return msg, f"{layout}/{charset}"


# --- one message --------------------------------------------------------------------------------------------------


def invite_ics(rng: random.Random, start: datetime, summary: str, organizer: str, v: dict[str, str]) -> bytes:
    """Given the interview's start returns an iTIP REQUEST made with icalendar (the invite a scheduler attaches)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//holdout6//scheduler//EN")
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    ev = icalendar.Event()
    ev.add("uid", f"{rng.randrange(16**16):016x}@{organizer.split('@')[1]}")
    ev.add("dtstamp", start.astimezone(UTC) - timedelta(days=3))
    ev.add("dtstart", start.astimezone(UTC))
    ev.add("dtend", start.astimezone(UTC) + timedelta(minutes=rng.choice([30, 45, 60, 90])))
    ev.add("summary", summary)
    ev.add("organizer", f"mailto:{organizer}")
    ev.add("attendee", f"mailto:{v['cand_addr']}", parameters={"CN": v["cand"], "PARTSTAT": "NEEDS-ACTION"})
    cal.add_component(ev)
    return bytes(cal.to_ical())


def pick_sent(rng: random.Random, label: str) -> datetime:
    """Given the label returns a Date header instant in 2026 (weekends only for machines)."""
    while True:
        day = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
        if day.weekday() < 5 or (label in ("auto_reply", "other") and rng.random() < 0.5):
            break
    tz = timezone(timedelta(hours=rng.choice([0, 1, 1, 2, -5, -8])))
    return datetime(day.year, day.month, day.day, rng.randint(7, 21), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def compose(rng: random.Random, tpl: Template) -> tuple[EmailMessage, dict[str, str]]:
    """Given a template returns the message and its CSV fields (decision date, company, role, layout)."""
    lang = tpl.lang
    sent = pick_sent(rng, tpl.label)
    ctx = Ctx(rng, lang, sent)
    cand = rng.choice(L["candidates"][lang])
    company = rng.choice(L["companies"][lang])
    rname = rng.choice(L["people"][lang])
    kind = tpl.kind
    platform, paddr = rng.choice(PLATFORMS)
    v = ctx.values
    v.update(
        cand=cand,
        first=cand.split()[0],
        company=company,
        role=rng.choice(L["roles"][lang]),
        rname=rname,
        rfirst=rname.split()[0],
        platform=platform,
        agency=rng.choice(AGENCIES),
        title=rng.choice(L["titles"][lang][kind if kind in L["titles"][lang] else "recruiter"]),
        cand_addr=f"{slug(cand.split()[0])}.{slug(cand.split()[1])}@{rng.choice(MAILHOSTS)}",
        other=rng.choice(L["candidates"][rng.choice(["en", "de", "fr", "es"])]),
    )
    v["team"] = rng.choice(
        {
            "en": ["The {company} Talent Team", "{company} Recruiting", "The People Team at {company}"],
            "de": ["Ihr Recruiting-Team von {company}", "Das {company} Talent-Team"],
            "fr": ["L'équipe Talent de {company}", "Le service RH {company}"],
            "es": ["El equipo de Selección de {company}", "Talento {company}"],
        }[lang]
    ).format(company=company)
    v["dom"] = slug(company) + "." + {"en": "com", "de": "de", "fr": "fr", "es": "es"}[lang]
    # a board that actually serves the language: StepStone writes German, InfoJobs Spanish
    local_boards = {"en": (0, 4, 5), "de": (1, 0, 5), "fr": (2, 5), "es": (3, 5)}[lang]
    board_sender = BOARDS[rng.choice(local_boards)]
    if kind == "board":
        v["brand"] = board_sender[0]
    local = sent.date()
    future = local + timedelta(days=rng.randint(2, 9))
    while future.weekday() > 4:
        future += timedelta(days=1)
    v["day"] = L["weekday_names"][lang][future.weekday()]
    v["idate"] = fmt_date(rng, lang, future, weekday=False)
    v["time"] = rng.choice(["9:30", "10:00", "11:15", "14:00", "15:30", "16:45"])
    v["deadline"] = fmt_date(rng, lang, local + timedelta(days=rng.randint(5, 12)))
    v["start"] = fmt_date(rng, lang, end_of_month(local + timedelta(days=20)) + timedelta(days=rng.choice([1, 32])))
    v["salary"] = rng.choice(["68,000", "74.500", "52 000", "85,000", "61.000", "47 500"])
    v["hi"] = rng.choice(L["hi"][lang]).format(first=v["first"], cand=cand)
    # a promise in a forward would be relative to the inner Date, so forwards carry none
    layouts = (
        ["plain", "plain", "html", "alt"] if kind not in ("ats", "board") else ["ats_html", "ats_alt", "plain", "alt"]
    )
    if kind in HUMAN and "noquote" not in tpl.flags:
        layouts += ["reply", "reply"]
        if "{promise}" not in tpl.body and "nofwd" not in tpl.flags and kind in ("recruiter", "hm"):
            layouts.append("fwd")
    layout = rng.choice(layouts)
    if "reply" in tpl.flags:
        layout = "reply"
    decision = ""
    promise = ""
    if "{promise}" in tpl.body:
        roll = rng.random()
        share = 0.62 if tpl.label != "rejection" else 0.6
        if roll < share:
            _, when, due = make_promise(rng, lang, local)
            decision = due.isoformat()
            promise = when
        elif roll < share + 0.25:
            promise = rng.choice(L["vague"][lang])
    body = tpl.body
    # without a promise the whole sentence that carried it goes, so no dangling "we'll decide ." remains
    body = body.replace("{promise}", promise) if promise else re.sub(r"[^\n.!?]*\{promise\}[^\n.!?]*[.!?]?", "", body)
    text = fill(body, v)
    subject = fill(tpl.subject, v)
    if kind in HUMAN and "notypo" not in tpl.flags and rng.random() < 0.3:
        text = typo(rng, text, promise)
    sig = signature(ctx, kind, tpl.flags)
    text = text.rstrip() + ("\n\n" + sig if sig else "") + "\n"
    thread = False
    if layout == "reply":
        default = "applied" if tpl.label == "acknowledgement" or tpl.trap == "no_interview" else "followup"
        qkind = next((f[2:] for f in tpl.flags if f.startswith("q=")), default)
        quoted = fill(rng.choice(L["quotes"][lang][qkind]), v)
        style = rng.choice(["gmail", "outlook", "apple"])
        qdate = (sent - timedelta(days=rng.randint(1, 9))).replace(hour=rng.randint(8, 20), minute=rng.randrange(60))
        # the quoted mail is the candidate's, so the thread's subject is the candidate's too
        qsubj = re.sub(r"^(Re|AW|RE ?): ", "", subject)
        if qsubj == subject:
            qsubj = fill(QUOTE_SUBJECTS[lang][qkind], v)
            subject = {"de": "AW: ", "fr": "RE : ", "es": "RE: "}.get(lang, "Re: ") + qsubj
        head = fill(L["quote_headers"][lang][style], {**v, "qdate": quote_date(lang, style, qdate), "qsubj": qsubj})
        if style == "outlook":
            text += "\n________________________________\n" + head + "\n\n" + quoted + "\n"
        else:
            text += "\n" + head + "\n" + "\n".join("> " + ln if ln else ">" for ln in quoted.split("\n")) + "\n"
        thread = True
        layout = f"reply_{style}"
    elif layout == "fwd":
        # the sender resurfaces her own earlier mail to the candidate ("in case it got buried")
        inner_date = format_datetime(sent - timedelta(days=rng.randint(3, 8), hours=2))
        note = fill(rng.choice(L["fwd_notes"][lang]), v)
        head = {
            "en": "---------- Forwarded message ---------",
            "de": "---------- Weitergeleitete Nachricht ---------",
            "fr": "---------- Message transféré ---------",
            "es": "---------- Mensaje reenviado ---------",
        }[lang]
        me = f"{v['rname']} <{slug(v['rfirst'])}.{slug(v['rname'].split()[-1])}@{v['dom']}>"
        text = (
            f"{note}\n\n{v['rfirst']}\n\n{head}\nFrom: {me}\nDate: {inner_date}\nSubject: {subject}\n"
            f"To: {v['cand']} <{v['cand_addr']}>\n\n" + text
        )
        subject = "Fwd: " + subject
    text = tidy(text)
    reply_to: str | None = None
    if kind == "ats":
        sender = (
            rng.choice([platform, f"{company} via {platform}", company, f"{company} Careers"]),
            paddr.format(slug=slug(company)),
        )
        reply_to = f"{v['rname']} <{slug(v['rfirst'])}@{v['dom']}>" if rng.random() < 0.7 else None
    elif kind == "board":
        sender, reply_to = board_sender, None
    elif kind == "agency":
        sender, reply_to = (rname, f"{slug(v['rfirst'])}@{slug(v['agency'])}.com"), None
    else:
        sender, reply_to = (rname, f"{slug(v['rfirst'])}.{slug(rname.split()[-1])}@{v['dom']}"), None
    msg, tag = build_message(
        ctx,
        tpl,
        text,
        "plain"
        if layout.startswith(("reply", "fwd")) and rng.random() < 0.5
        else ("alt" if layout.startswith(("reply", "fwd")) else layout),
        sender,
        reply_to,
        subject,
        thread,
    )
    if layout.startswith(("reply", "fwd")):
        tag = layout + "+" + tag
    if tpl.trap == "calendar_invite":
        hh, mm = (int(x) for x in v["time"].split(":"))
        start = datetime(future.year, future.month, future.day, hh, mm, tzinfo=sent.tzinfo)
        msg.add_attachment(
            invite_ics(rng, start, subject, sender[1], v),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
        msg.set_boundary(f"----=_Mixed_{rng.randrange(16**12):012x}")
        tag += "+ics"
    company_field = "" if kind == "board" else company
    role_field = "" if kind in ("board", "colleague") else v["role"]
    return msg, {"decision_date": decision, "company": company_field, "role": role_field, "layout": tag}


def plan(rng: random.Random, bank: list[Template]) -> list[Template]:
    """Given the bank returns one template per message, following MIX and LANG_SHARE, cycling per cell."""
    chosen: list[Template] = []
    for label, n in MIX.items():
        counts = {lang: round(n * share) for lang, share in LANG_SHARE}
        counts["en"] += n - sum(counts.values())
        for lang, k in counts.items():
            pool = [t for t in bank if t.label == label and t.lang == lang]
            if not pool:
                raise ValueError(f"no template for {label}/{lang}")
            rng.shuffle(pool)
            chosen += [pool[i % len(pool)] for i in range(k)]
    rng.shuffle(chosen)
    return chosen


def write_csv_rows(path: Path, header: list[str], mine: list[dict[str, str]]) -> None:
    """Given a CSV and this split's rows, returns nothing; keeps every other row and writes atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["file"].startswith(PREFIX)]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    w.writeheader()
    w.writerows(rows + mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    """Given nothing returns nothing; writes the holdout6 files and CSV rows."""
    rng = random.Random(SEED)
    bank = load_bank(BANK)
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    labels: list[dict[str, str]] = []
    entities: list[dict[str, str]] = []
    for i, tpl in enumerate(plan(rng, bank), start=1):
        name = f"{PREFIX}{i:04d}-{tpl.label}-{tpl.lang}.eml"
        msg, fields = compose(rng, tpl)
        (CORPUS / name).write_bytes(msg.as_bytes())
        labels.append(
            {
                "file": name,
                "label": tpl.label,
                "decision_date": fields["decision_date"],
                "split": SPLIT,
                "trap": tpl.trap if tpl.trap != "-" else "",
            }
        )
        entities.append(
            {
                "file": name,
                "lang": tpl.lang,
                "company": fields["company"],
                "role": fields["role"],
                "layout": fields["layout"],
            }
        )
    write_csv_rows(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    write_csv_rows(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
