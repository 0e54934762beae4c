"""Turns one filled train7 template into a whole message: sender, greeting, signature, quote, MIME layout."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage

import train7_mime as mime
import train7_people as ppl
from train7_fill import Filled, Template, fill

SENT_FROM = {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet", "fr": "Envoyé de mon iPhone",
             "es": "Enviado desde mi iPhone"}
TEAM = {"en": "The {co} Talent Team", "de": "Ihr Recruiting-Team von {co}", "fr": "L'équipe recrutement {co}",
        "es": "El equipo de selección de {co}"}
RE = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}
FWD = {"en": "Fwd: ", "de": "WG: ", "fr": "TR : ", "es": "RV: "}
RESEND = {
    ("en", "f"): "Dear {hon}, I'm re-sending my message below in case it didn't reach you.",
    ("en", "i"): "Hi {first}, re-sending this in case it got buried!",
    ("de", "f"): "Guten Tag {hon}, ich sende Ihnen meine Nachricht noch einmal, falls sie untergegangen ist.",
    ("de", "i"): "Hallo {first}, schick dir das nochmal, falls es untergegangen ist.",
    ("fr", "f"): "Bonjour {hon}, je vous renvoie mon message au cas où il se serait perdu.",
    ("fr", "i"): "Hello {first}, je te renvoie mon message au cas où.",
    ("es", "f"): "Buenos días, {hon}: le reenvío mi mensaje por si no le llegó.",
    ("es", "i"): "Hola Diego, te reenvío esto por si se te pasó.",
}
PHONE = {"en": "+44 20 7946 0{a:03d}", "de": "+49 89 4471 {a:03d}-0", "fr": "+33 4 72 10 {b:02d} {c:02d}",
         "es": "+34 96 310 {b:02d} {c:02d}"}
HOME = {"Lukas": "de", "Camille": "fr", "Diego": "es", "Priya": "en"}
PDF_TRAPS = {"formal_offer", "paperwork", "contract_sent", "conditional_offer", "verbal_offer"}


@dataclass
class Built:
    """One finished message and what labels.csv / entities.csv record for it."""

    name: str
    data: bytes
    label: str
    lang: str
    trap: str
    decision: date | None
    company: str
    role: str
    layout: str
    sent: str
    promise: str


def ascii_fold(text: str) -> str:
    """Given a name, returns it lowercased without accents or spaces, for an address."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().replace(" ", "")


def person_addr(name: str, domain: str, rng: random.Random) -> str:
    """Given a person's name and a domain, returns an address in one of the usual corporate shapes."""
    first, last = name.split(" ", 1)
    f, la = ascii_fold(first), ascii_fold(last)
    return rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}", f"{f}.{la}"]) + "@" + domain


def choose_layout(rng: random.Random, t: Template) -> str:
    """Given a template, returns the layout family for its message."""
    if "reply" in t.flags or ("quote" in t.flags and rng.random() < 0.8):
        return rng.choices(["reply_gmail/text", "reply_gmail/html", "reply_outlook/text", "reply_apple/text"],
                           [35, 25, 25, 15])[0]
    if t.sender == "ats":
        return rng.choices(["ats_html", "ats_alt", "plain"], [40, 40, 20])[0]
    if t.sender == "board":
        return rng.choices(["board_alt", "plain"], [60, 40])[0]
    if t.sender in {"ooo", "noreply"} or "mobile" in t.flags:
        return "plain"
    return rng.choices(["plain", "alternative", "html_only", "fwd"], [48, 25, 15, 12])[0]


def build_message(rng: random.Random, number: int, t: Template, ctx: dict[str, object]) -> Built:
    """Given the running number, a template and its context, returns the finished message and its CSV values."""
    lang = t.lang
    user = ppl.USERS[str(ctx["user_key"])]
    co, domain, role = str(ctx["co"]), str(ctx["domain"]), str(ctx["role"])
    sent = ctx["sent"]
    assert isinstance(sent, datetime)
    company = co
    headers: dict[str, str] = {}
    platform, pdomain = rng.choice(ppl.PLATFORMS)
    person = rng.choice(ppl.PEOPLE[lang])
    title = rng.choice(ppl.TITLES[lang].get(t.sender, ["Recruiting"]))
    org = co
    link = f"https://careers.{domain}/candidate/{rng.randint(10000, 99999)}"
    if t.sender == "ats":
        display = rng.choice([f"{co} via {platform}", platform, f"{co} Recruiting", f"{co} Talent"])
        addr = rng.choice(["no-reply", "notifications", "donotreply"]) + "@" + pdomain
        link = f"https://app.{pdomain}/portal/{ascii_fold(co)[:12]}/{rng.randint(100000, 999999)}"
        if rng.random() < 0.6:
            headers["Reply-To"] = f"{person} <{person_addr(person, domain, rng)}>"
    elif t.sender == "board":
        display, addr = rng.choice(ppl.BOARDS[lang])
        company = org = display
        headers["List-Unsubscribe"] = f"<https://{addr.split('@')[1]}/unsubscribe?u={rng.randint(1000, 9999)}>"
    elif t.sender == "agency":
        org, adomain = rng.choice(ppl.AGENCIES[lang])
        display, addr = person, person_addr(person, adomain, rng)
        if t.trap == "market_update":
            company = org
    elif t.sender == "colleague":
        org, odomain = ppl.OWN_EMPLOYER[str(ctx["user_key"])]
        company = org
        display, addr = person, person_addr(person, odomain, rng)
    elif t.sender == "candidate":
        company, _ = ppl.OWN_EMPLOYER[str(ctx["user_key"])]
        display = person = rng.choice(ppl.CANDIDATES[lang])
        addr = ascii_fold(display.replace(" ", ".")) + rng.choice(["@gmail.com", "@outlook.com", "@icloud.com"])
    elif t.sender == "hr" and rng.random() < 0.35:
        display = {"en": f"{co} HR", "de": f"{co} Personalabteilung", "fr": f"RH {co}", "es": f"RR. HH. {co}"}[lang]
        addr = {"en": "careers", "de": "karriere", "fr": "recrutement", "es": "rrhh"}[lang] + "@" + domain
    else:
        display, addr = person, person_addr(person, domain, rng)
    if t.label == "auto_reply":
        if rng.random() < 0.85:
            headers["Auto-Submitted"] = "auto-replied"
        if rng.random() < 0.35:
            headers["X-Autoreply"] = "yes"
    layout = choose_layout(rng, t)
    allow_dated = layout != "fwd" and "reply" not in t.flags
    cand = rng.choice(ppl.CANDIDATES[lang])
    extra = {"link": link, "ref": f"{rng.choice('RJQ')}-{rng.randint(1000, 9999)}", "cand": cand,
             "board": display, "domain": domain}
    sender_name = person if t.sender == "noreply" else person.split(" ")[0]
    filled = fill(rng, t, ctx, sender_name, allow_dated, extra)
    text = compose(rng, t, filled, user, person, title, org, co)
    subject = filled.subject
    parts = mime.Parts(lang, text, subject, sent, display, addr, f"{user.first} {user.last}", user.email, co, link,
                       platform, extra_headers=headers)
    msgid = f"<{rng.getrandbits(64):016x}.t7{number}@{addr.split('@')[1]}>"
    msg, layout_name = render(rng, t, parts, layout, person, msgid, user, role)
    if t.label == "offer" and t.trap in PDF_TRAPS and rng.random() < 0.4:
        mime.add_pdf(msg, {"en": "Offer_letter.pdf", "de": "Arbeitsvertrag.pdf", "fr": "Promesse_embauche.pdf",
                           "es": "Carta_oferta.pdf"}[lang])
        layout_name += "+pdf"
    mime.fix_boundaries(msg, f"t7{number:04d}")
    name = f"t7-{number:04d}-{t.label}-{lang}.eml"
    return Built(name, msg.as_bytes(), t.label, lang, t.trap, filled.decision, company, role, layout_name,
                 sent.isoformat(), filled.promise if filled.decision else "")


def compose(rng: random.Random, t: Template, f: Filled, user: ppl.User, person: str, title: str, org: str,
            co: str) -> str:
    """Given the filled template and the sender, returns the text with greeting, sign-off and signature."""
    hon = user.honorific.get(t.lang, user.honorific["en"])
    if t.sender in {"ooo", "noreply"}:
        return f.text + ("\n\n" + person if t.sender == "ooo" and rng.random() < 0.5 else "") + "\n"
    if "mobile" in t.flags:
        return f.text + ("\n" + person.split(" ")[0].lower() if rng.random() < 0.4 else "") + \
            "\n\n" + SENT_FROM[t.lang] + "\n"
    if "bare" in t.flags:
        return f.text + ("\n\n" + person.split(" ")[0] if rng.random() < 0.5 else "") + "\n"
    greet = rng.choice(ppl.GREETINGS[(t.lang, t.reg)]).format(first=user.first, hon=hon)
    signoff = rng.choice(ppl.SIGNOFFS[(t.lang, t.reg)])
    if t.sender in {"ats", "board"}:
        sig = TEAM[t.lang].format(co=co) if t.sender == "ats" else org
        return f"{greet}\n\n{f.text}\n\n{signoff}\n{sig}\n"
    a = rng.randint(100, 999)
    phone = PHONE[HOME[user.first]].format(a=a, b=a % 90 + 10, c=a % 73 + 10)
    if t.reg == "i" and rng.random() < 0.5:
        sig = person.split(" ")[0]
    else:
        sig = f"{person}\n{title} | {org}" + (f"\n{phone}" if rng.random() < 0.6 else "")
    text = f"{greet}\n\n{f.text}\n\n{signoff}\n{sig}\n"
    share = {"hr": 0.5, "agency": 0.6, "recruiter": 0.25}.get(t.sender, 0.0)
    if rng.random() < share:
        text += "\n--\n" + rng.choice(ppl.DISCLAIMERS[t.lang]).format(co=org) + "\n"
    return text


def earlier(rng: random.Random, when: datetime, low: int, high: int) -> datetime:
    """Given a time and a range of days, returns an earlier weekday time within working hours."""
    day = when - timedelta(days=rng.randint(low, high))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.replace(hour=rng.randint(8, 19), minute=rng.randint(0, 59))


def candidate_quote(rng: random.Random, t: Template, user: ppl.User, person: str, role: str) -> str:
    """Given the template and the people, returns the candidate's own earlier mail that a reply quotes."""
    kinds = {"pending": ["followup", "followup", "thanks", "another"], "next_step": ["thanks", "another"],
             "rejection": ["followup", "thanks"], "offer": ["thanks", "another"]}.get(t.label, ["thanks"])
    sfirst = person.split(" ")[0]
    greet = {"en": f"Hi {sfirst},", "de": f"Hallo {sfirst}," if t.reg == "i" else f"Guten Tag {person},",
             "fr": f"Bonjour {sfirst},", "es": f"Hola {sfirst}:"}[t.lang]
    return greet + "\n\n" + ppl.QUOTES[rng.choice(kinds)][t.lang].format(role=role, me=user.first)


def render(rng: random.Random, t: Template, p: mime.Parts, layout: str, person: str, msgid: str, user: ppl.User,
           role: str) -> tuple[EmailMessage, str]:
    """Given the parts and a layout family, returns the MIME message and the layout name for entities.csv."""
    if layout.startswith("reply_"):
        p.quote_sent = earlier(rng, p.sent, 1, 6)
        p.quote_text = candidate_quote(rng, t, user, person, role)
        if "reply" in t.flags:
            first = earlier(rng, p.quote_sent, 5, 12)
            p.quote_text += "\n\n" + mime.attribution(t.lang, "gmail", first, p.sender, p.sender_addr) + "\n" + \
                mime.quote_lines(ppl.EARLIER[t.lang] + "\n\n" + person.split(" ")[0])
        if not p.subject.lower().startswith(("re", "aw")):
            p.subject = RE[t.lang] + p.subject
        quoted_id = f"<{rng.getrandbits(48):012x}@{user.email.split('@')[1]}>"
        p.extra_headers = {**p.extra_headers, "In-Reply-To": quoted_id, "References": quoted_id}
        msg = mime.new_message(p, msgid)
        style = layout.split("_")[1].split("/")[0]
        if layout == "reply_gmail/html":
            enc = mime.set_alternative(msg, rng, mime.reply_text(p, "gmail"), mime.reply_html(p))
            return msg, f"{layout}/{enc}"
        return msg, f"{layout}/{mime.set_text(msg, rng, mime.reply_text(p, style))}"
    if layout == "fwd":
        inner_sent = earlier(rng, p.sent, 2, 5)
        inner_subject = p.subject
        hon = user.honorific.get(t.lang, user.honorific["en"])
        note = RESEND[(t.lang, t.reg)].format(first=user.first, hon=hon) + "\n\n" + person.split(" ")[0]
        p.subject = FWD[t.lang] + p.subject
        msg = mime.new_message(p, msgid)
        return msg, f"fwd/{mime.set_text(msg, rng, mime.forward_text(p, note, inner_sent, inner_subject))}"
    msg = mime.new_message(p, msgid)
    if layout == "ats_html":
        msg.set_content(mime.ats_html(p, rng), subtype="html", charset="utf-8",
                        cte=rng.choice(["quoted-printable", "base64"]))
        return msg, layout
    if layout == "ats_alt":
        return msg, f"{layout}/{mime.set_alternative(msg, rng, p.text, mime.ats_html(p, rng))}"
    if layout in {"alternative", "board_alt"}:
        return msg, f"{layout}/{mime.set_alternative(msg, rng, p.text, mime.html_page(mime.paragraphs_html(p.text)))}"
    if layout == "html_only":
        msg.set_content(mime.html_page(mime.paragraphs_html(p.text)), subtype="html", charset="utf-8",
                        cte=rng.choice(["8bit", "quoted-printable", "base64"]))
        return msg, layout
    return msg, f"plain/{mime.set_text(msg, rng, p.text)}"

