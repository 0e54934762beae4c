"""Shared pieces of the holdout14 mail generator: the message spec, the date resolver, MIME assembly."""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

USER = "Elena Petrova <elena.petrova@tutanota.com>"
USER_ADDR = "elena.petrova@tutanota.com"

# (kind, n): days, bd (business days), wd (weekday 0=Mon), eow (Friday of this week + n weeks),
# eom (last day of the month + n months), eomn (last day of named month n), abs (the {date} shown), tomorrow.
Promise = tuple[str, int]


@dataclass
class Spec:
    """One hand-written message: what it says, who sends it, how it is wrapped, what its label is."""

    label: str
    trap: str
    company: str
    role: str
    frm: str
    subj: str
    body: str
    layout: str = "plain"
    promise: Promise | None = None
    at: int = 9
    reply_to: str | None = None
    quote: str | None = None
    cs: str = "utf-8"
    cte: str | None = None
    lang: str = "en"
    extra: dict[str, str] = field(default_factory=dict)


def resolve(sent: date, promise: Promise | None, at: int) -> date | None:
    """Given the Date header's day and a promise, returns the promised decision day, or None for no promise."""
    if promise is None:
        return None
    kind, n = promise
    if kind == "days":
        return sent + timedelta(days=n)
    if kind == "tomorrow":
        return sent + timedelta(days=1)
    if kind == "abs":
        return sent + timedelta(days=at)
    if kind == "bd":
        day, left = sent, n
        while left:
            day += timedelta(days=1)
            if day.weekday() < 5:
                left -= 1
        return day
    if kind == "wd":
        ahead = (n - sent.weekday()) % 7 or 7
        return sent + timedelta(days=ahead)
    if kind == "eow":
        return sent + timedelta(days=4 - sent.weekday() + 7 * n)
    if kind == "eom":
        year, month = sent.year + (sent.month - 1 + n) // 12, (sent.month - 1 + n) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if kind == "eomn":
        year = sent.year if n >= sent.month else sent.year + 1
        return date(year, n, calendar.monthrange(year, n)[1])
    raise ValueError(kind)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
}


def month_name(lang: str, month: int) -> str:
    """Given a language and month number returns the month's name."""
    return MONTHS[lang].split()[month - 1]


def long_date(lang: str, d: date) -> str:
    """Given a language and a day returns it written the way people of that language write it in mail."""
    m, wd = month_name(lang, d.month), DAYS[lang].split()[d.weekday()]
    if lang == "de":
        return f"{wd}, {d.day}. {m} {d.year}"
    if lang == "fr":
        return f"{wd} {d.day} {m}"
    if lang == "es":
        return f"{wd} {d.day} de {m}"
    return f"{wd} {d.day} {m}"


def fill(text: str, lang: str, sent: date, at: int) -> str:
    """Given text with {date}/{num}/{mon0}/{mon1}/{wday} placeholders returns it filled for the message's day."""
    shown = sent + timedelta(days=at)
    return (
        text.replace("{date}", long_date(lang, shown))
        .replace("{num}", f"{shown.day:02d}/{shown.month:02d}/{shown.year}")
        .replace("{dotted}", f"{shown.day:02d}.{shown.month:02d}.{shown.year}")
        .replace("{iso}", shown.isoformat())
        .replace("{mon0}", month_name(lang, sent.month))
        .replace("{mon1}", month_name(lang, sent.month % 12 + 1))
    )


QUOTES = {
    "en": {
        "wd": "Dear {who},\n\nI'm writing to withdraw my application: I have accepted another offer. Thank you for\n"
        "your time and for a very pleasant process.\n\nBest,\nElena",
        "ty": "Dear {who},\n\nThank you for taking the time to speak with me yesterday. I enjoyed hearing how the\n"
        "press team works on a crisis day, and I left even more keen on the role.\n\nBest wishes,\nElena",
        "fu": "Hello,\n\nI hope you are well. I'm writing to ask whether there is any news on my application;\n"
        "I remain very interested.\n\nKind regards,\nElena Petrova",
        "app": "Dear hiring team,\n\nplease find attached my CV and three clips from my time at the city desk.\n"
        "I would love to bring a reporter's eye to your communications.\n\nElena Petrova",
    },
    "de": {
        "wd": "Guten Tag,\n\nhiermit ziehe ich meine Bewerbung zurück, da ich ein anderes Angebot angenommen habe.\n"
        "Vielen Dank für Ihre Zeit.\n\nViele Grüße\nElena Petrova",
        "ty": "Liebe/r {who},\n\nvielen Dank für das angenehme Gespräch gestern. Besonders spannend fand ich,\n"
        "wie Ihr Team Pressemitteilungen abstimmt. Ich würde sehr gern bei Ihnen anfangen.\n\nViele Grüße\nElena",
        "fu": "Guten Tag,\n\nich wollte mich kurz nach dem Stand meiner Bewerbung erkundigen. Mein Interesse\n"
        "ist weiterhin groß.\n\nBeste Grüße\nElena Petrova",
        "app": "Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Unterlagen und Arbeitsproben.\n\n"
        "Mit freundlichen Grüßen\nElena Petrova",
    },
    "fr": {
        "wd": "Bonjour,\n\nje souhaite retirer ma candidature : j'ai accepté une autre offre. Merci pour votre\n"
        "temps et votre confiance.\n\nBien cordialement,\nElena Petrova",
        "ty": "Bonjour {who},\n\nmerci encore pour notre échange d'hier. J'ai beaucoup apprécié la discussion sur\n"
        "la stratégie presse et je serais ravie de rejoindre votre équipe.\n\nBien à vous,\nElena",
        "fu": "Bonjour,\n\nje me permets de revenir vers vous au sujet de ma candidature. Je reste très\n"
        "motivée par le poste.\n\nCordialement,\nElena Petrova",
        "app": "Madame, Monsieur,\n\nveuillez trouver ci-joint mon CV et quelques articles récents.\n\n"
        "Cordialement,\nElena Petrova",
    },
    "es": {
        "wd": "Hola:\n\nos escribo para retirar mi candidatura, ya que he aceptado otra oferta. Muchas gracias\n"
        "por vuestro tiempo.\n\nUn saludo,\nElena Petrova",
        "ty": "Hola {who}:\n\nmuchas gracias por la conversación de ayer. Me encantó conocer cómo trabaja el\n"
        "gabinete de prensa y me haría mucha ilusión incorporarme.\n\nUn saludo,\nElena",
        "fu": "Buenos días:\n\nles escribo para preguntar si hay novedades sobre mi candidatura. Sigo muy\n"
        "interesada en el puesto.\n\nAtentamente,\nElena Petrova",
        "app": "Estimado equipo:\n\nadjunto mi CV y varios artículos publicados.\n\nSaludos cordiales,\nElena Petrova",
    },
}


def quote_block(style: str, lang: str, kind: str, when: datetime, subj: str, who: str) -> str:
    """Given a reply style and quote kind returns the candidate's earlier mail quoted below a reply."""
    text = QUOTES[lang][kind].replace("{who}", who)
    hm = when.strftime("%H:%M")
    dd = f"{when.day:02d}.{when.month:02d}.{when.year}"
    if style == "outlook":
        lab = {"en": ("From", "Sent", "To", "Subject"), "de": ("Von", "Gesendet", "An", "Betreff"),
               "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"), "es": ("De", "Enviado", "Para", "Asunto")}
        f, s, t, j = lab[lang]
        head = "________________________________\n" if lang != "en" else "-----Original Message-----\n"
        return (f"\n\n{head}{f}: Elena Petrova <{USER_ADDR}>\n{s}: {dd} {hm}\n{t}: {who}\n{j}: {subj}\n\n{text}\n")
    intro = {
        "en": f"On {when.strftime('%a')}, {when.day} {when.strftime('%b')} {when.year} at {hm}, {USER} wrote:",
        "de": f"Am {dd} um {hm} schrieb Elena Petrova <{USER_ADDR}>:",
        "fr": f"Le {dd} à {hm}, Elena Petrova <{USER_ADDR}> a écrit :",
        "es": f"El {dd}, a las {hm}, Elena Petrova (<{USER_ADDR}>) escribió:",
    }[lang]
    if style == "apple" and lang == "en":
        intro = f"On {when.day} {when.strftime('%b')} {when.year}, at {hm}, Elena Petrova <{USER_ADDR}> wrote:"
    quoted = "\n".join("> " + ln if ln else ">" for ln in text.splitlines())
    return f"\n\n{intro}\n\n{quoted}\n"


def to_html(body: str, preheader: str | None = None, footer: str | None = None) -> str:
    """Given plain text (blank-line paragraphs, '- ' bullets, '> ' quotes) returns a simple HTML mail."""
    out: list[str] = []
    for para in body.strip("\n").split("\n\n"):
        lines = para.splitlines()
        if all(ln.startswith("- ") for ln in lines):
            out.append("<ul>" + "".join(f"<li>{html.escape(ln[2:])}</li>" for ln in lines) + "</ul>")
        elif all(ln.startswith(">") for ln in lines):
            inner = "<br>".join(html.escape(ln.lstrip("> ")) for ln in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       f"{inner}</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(ln) for ln in lines) + "</p>")
    pre = (f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>'
           if preheader else "")
    foot = f'<p style="color:#888;font-size:11px">{html.escape(footer)}</p>' if footer else ""
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{pre}"
            f'<table width="600" cellpadding="0" cellspacing="0"><tr><td style="font-family:Arial">'
            f"{''.join(out)}{foot}</td></tr></table></body></html>\n")


LATIN1_FIX = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                            "\u2026": "...", "\u20ac": "EUR", "\u00a0": " "})


def build(spec: Spec, num: int, sent: datetime) -> tuple[bytes, str]:
    """Given a spec, its number and its Date returns the RFC 5322 bytes and the layout name for entities.csv."""
    lang = spec.lang
    body = fill(spec.body, lang, sent.date(), spec.at)
    subj = fill(spec.subj, lang, sent.date(), spec.at)
    layout = spec.layout
    if spec.cs == "iso-8859-1":
        # latin-1 senders (old mail servers, council systems) have no dashes or curly quotes
        body, subj = (t.translate(LATIN1_FIX) for t in (body, subj))
    if spec.quote:
        style, kind = spec.quote.split(":")
        who = spec.extra.get("who", "team")
        earlier = sent - timedelta(days=3, hours=2, minutes=num % 50)
        qsubj = subj[4:] if subj.lower().startswith(("re: ", "aw: ")) else subj
        body = body.rstrip("\n") + "\n" + quote_block(style, lang, kind, earlier, qsubj, who)
    msg = EmailMessage()
    msg["From"] = spec.frm
    msg["To"] = USER
    msg["Subject"] = subj
    msg["Date"] = format_datetime(sent)
    domain = spec.frm.rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = f"<r14.{num:04d}.{sent.strftime('%Y%m%d%H%M')}@{domain}>"
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    if spec.quote:
        msg["In-Reply-To"] = f"<cand.{num:04d}@tutanota.com>"
        msg["References"] = f"<cand.{num:04d}@tutanota.com>"
    for k, v in spec.extra.items():
        if k[0].isupper():
            msg[k] = v
    pre = spec.extra.get("pre")
    foot = spec.extra.get("foot")
    if layout == "html":
        msg.set_content(to_html(body, pre, foot), subtype="html", charset=spec.cs, cte=spec.cte)
    elif layout == "alt":
        msg.set_content(body + ("\n" + foot if foot else ""), charset=spec.cs, cte=spec.cte)
        msg.add_alternative(to_html(body, pre, foot), subtype="html", charset=spec.cs)
        msg.set_boundary(f"----=_Part_{num * 7919:08d}_r14")  # fixed, so reruns write identical bytes
    else:
        # many real mailers send plain text as raw 8bit; keep a third of them that way
        plain_cte = spec.cte or ("8bit" if num % 3 == 0 else None)
        msg.set_content(body, charset=spec.cs, cte=plain_cte)
    text_part = msg.get_body(preferencelist=("plain", "html"))
    cte = str((text_part or msg).get("Content-Transfer-Encoding", "7bit"))
    name = f"{layout}{'-' + spec.quote.split(':')[0] if spec.quote else ''}/{spec.cs}/{cte}"
    return msg.as_bytes(), name


def sent_at(num: int, label: str) -> datetime:
    """Given a message number returns its deterministic Date: a weekday (any day for auto-replies) in autumn 2026."""
    zones = [timezone(timedelta(hours=2)), timezone(timedelta(hours=1)), UTC, timezone(timedelta(hours=0))]
    day = date(2026, 9, 1) + timedelta(days=(num * 7) % 97)
    if label != "auto_reply":
        while day.weekday() > 4:
            day += timedelta(days=1)
    tz = zones[num % 4] if day.month < 11 else zones[(num % 2) + 1]
    return datetime(day.year, day.month, day.day, 7 + (num * 5) % 11, (num * 13) % 60, tzinfo=tz)


LEGAL = {
    "en": [
        "CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. "
        "Nothing in this message constitutes an offer of employment or a contract unless confirmed in writing by HR.",
        "If you have received this message in error, please notify the sender and delete it. We regret any "
        "inconvenience. Registered in England and Wales No. 0481122, 12 Tabard Street, London SE1.",
        "Unfortunately we cannot guarantee that e-mail is virus-free. The organisation accepts no liability.",
    ],
    "de": [
        "Diese E-Mail enthält vertrauliche Informationen. Sie stellt kein verbindliches Angebot dar. "
        "Sitz der Gesellschaft: Berlin, Amtsgericht Charlottenburg HRB 55123 B.",
        "Sollten Sie diese Nachricht irrtümlich erhalten haben, bedauern wir dies und bitten um Löschung.",
    ],
    "fr": [
        "Ce message et ses pièces jointes sont confidentiels. Il ne constitue en aucun cas une offre ferme. "
        "Si vous l'avez reçu par erreur, merci de le détruire ; nous regrettons ce désagrément.",
        "Association loi 1901 – SIRET 512 334 901 00027 – 14 rue de la Roquette, 75011 Paris.",
    ],
    "es": [
        "AVISO LEGAL: Este mensaje es confidencial. Lamentamos las molestias si lo ha recibido por error. "
        "De acuerdo con el RGPD, sus datos se tratarán para gestionar procesos de selección. Esta comunicación "
        "no constituye una oferta vinculante.",
        "Fundación inscrita en el Registro de Fundaciones con el n.º 1.204. C/ Almagro 22, 28010 Madrid.",
    ],
}
