"""Write the blind holdout11 split: ~200 employer mails to Kwame Mensah plus their labels.csv / entities.csv rows.

Given nothing (seed 111126), writes tests/corpus/mail/n11-*.eml and replaces only the n11- rows of the CSVs;
`--list-dates` prints each dated promise with its resolved day. Deterministic: same seed, same bytes.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout11_core import ATS, COMPANIES, PEOPLE, VAGUE, Company, fmt_day, make_promise, slip
from holdout11_en import BANK as BANK_EN
from holdout11_intl import BANK_DE, BANK_ES, BANK_FR
from holdout11_mime import Mail, build

SEED = 111126
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
PREFIX = "n11-"
SPLIT = "holdout11"
TZ = {"en": "Europe/London", "de": "Europe/Berlin", "fr": "Europe/Paris", "es": "Europe/Madrid"}
QUOTA = {
    "en": {"rejection": 27, "offer": 14, "next_step": 17, "pending": 17, "acknowledgement": 14, "auto_reply": 8,
           "other": 13},
    **{lg: {"rejection": 8, "offer": 4, "next_step": 4, "pending": 4, "acknowledgement": 4, "auto_reply": 2,
            "other": 4} for lg in ("de", "fr", "es")},
}
PERSON_SENDERS = {"manager", "recruiter", "hr", "agency", "founder", "public", "colleague"}
DATED_SHARE = 0.78  # of messages whose template has a promise slot; gives ~35 % of the four labels


@dataclass(frozen=True)
class Template:
    lang: str
    label: str
    trap: str
    sender: str
    quote: str | None
    subject: str
    body: str


def parse(bank: str, lang: str) -> list[Template]:
    """Given a bank text, returns its templates; raises ValueError on a block without a Subject line."""
    out: list[Template] = []
    for block in bank.strip().split("@@ ")[1:]:
        head, rest = block.split("\n", 1)
        parts = head.split()
        quote = next((p[2:] for p in parts[3:] if p.startswith("q=")), None)
        if not rest.startswith("Subject: "):
            raise ValueError(head)
        subj, body = rest.split("\n", 1)
        out.append(Template(lang, parts[0], parts[1], parts[2], quote, subj[9:], body.strip() + "\n"))
    return out


QUOTES = {
    "thanks": {
        "en": ("Thank you - {role} interview", "Hi {me},\n\nThanks for taking the time to meet me today and for the "
               "tour of the plant room. I enjoyed hearing how you plan the PPM schedule around the shutdowns.\n\n"
               "Best regards,\nKwame"),
        "de": ("Danke für das Gespräch", "Hallo {me},\n\nvielen Dank für das Gespräch heute und den Rundgang.\n\n"
               "Viele Grüße\nKwame Mensah"),
        "fr": ("Merci pour l'entretien", "Bonjour {me},\n\nmerci pour l'entretien de ce matin et la visite du site."
               "\n\nBien cordialement,\nKwame Mensah"),
        "es": ("Gracias por la entrevista", "Hola {me}:\n\nmuchas gracias por la entrevista de hoy y por la "
               "visita.\n\nUn saludo,\nKwame Mensah"),
    },
    "follow": {
        "en": ("Following up - {role}", "Hi {me},\n\nI hope you're well. I wanted to follow up on my interview for "
               "the {role} role - unfortunately I haven't heard back yet and I'm still very keen.\n\nKind regards,\n"
               "Kwame Mensah"),
        "de": ("Nachfrage {role}", "Hallo {me},\n\nich wollte freundlich nachfragen, ob es schon Neuigkeiten zu "
               "meiner Bewerbung gibt.\n\nViele Grüße\nKwame Mensah"),
        "fr": ("Relance candidature {role}", "Bonjour {me},\n\nje me permets de vous relancer concernant ma "
               "candidature. Auriez-vous des nouvelles ?\n\nCordialement,\nKwame Mensah"),
        "es": ("Seguimiento candidatura", "Hola {me}:\n\nte escribo para saber si hay novedades sobre mi "
               "candidatura.\n\nGracias,\nKwame Mensah"),
    },
    "another": {
        "en": ("Decision timing", "Hi {me},\n\nI've received another offer and need to give them an answer by "
               "Friday. I'd much rather join {company} - is there any chance of a decision before then?\n\n"
               "Thanks,\nKwame"),
    },
}

SIG_TITLE = {
    "en": ("Talent Partner", "Estates Operations Manager", "Recruitment Consultant", "HR Advisor", "Founder & MD",
           "Maintenance Manager"),
    "de": ("Personalreferentin", "Leiter Technik", "Recruiterin", "Betriebsleiter"),
    "fr": ("Chargée de recrutement", "Responsable maintenance", "Directeur technique", "RH"),
    "es": ("Técnica de Selección", "Jefe de Mantenimiento", "Responsable de RRHH", "Consultora"),
}
DISCLAIMER = {
    "en": ("This email and any attachments are confidential and intended solely for the addressee. Nothing in this "
           "email is a contractual offer unless confirmed in writing by an authorised signatory. If you received it "
           "in error please tell the sender and delete it; we regret any inconvenience. Registered in England and "
           "Wales No. 08841172."),
    "de": ("Diese E-Mail enthält vertrauliche Informationen. Sie stellt kein verbindliches Angebot dar. Wenn Sie "
           "nicht der richtige Adressat sind, informieren Sie bitte den Absender. Sitz der Gesellschaft: Köln, "
           "Amtsgericht Köln HRB 99412."),
    "fr": ("Ce message et ses pièces jointes sont confidentiels et ne constituent pas une offre contractuelle. Si "
           "vous l'avez reçu par erreur, merci d'en avertir l'expéditeur. SAS au capital de 150 000 €, RCS Bordeaux."),
    "es": ("Este mensaje es confidencial y no constituye una oferta vinculante. Si lo ha recibido por error, "
           "comuníquelo al remitente; lamentamos las molestias. Protección de datos: RGPD (UE) 2016/679."),
}
FWD_NOTE = {
    "en": ("Hi {name}, see below from the hiring manager - forwarding so you have it. {me}",
           "FYI - see {hm}'s note below, can you let me know your availability?\n\n{me}"),
}
BOARD = {"en": ("FM Careers North", "alerts@fmcareers-north.example"), "de": ("JobRadar Rheinland",
         "suchauftrag@jobradar-rheinland.example"), "fr": ("EmploiTech Aquitaine", "alertes@emploitech-aq.example"),
         "es": ("TrabajoSur", "alertas@trabajosur.example")}


def pick_company(rng: random.Random, t: Template) -> Company:
    """Given a template, returns a company of its language that plausibly sends it."""
    pool = [c for c in COMPANIES if c.lang == t.lang]
    if t.sender == "agency":
        pool = [c for c in pool if c.kind == "agency"] or pool
    elif t.sender == "public":
        pool = [c for c in pool if c.kind in ("hospital", "university", "public", "utility")] or pool
    else:
        pool = [c for c in pool if c.kind != "agency"] or pool
    return rng.choice(pool)


def weekday_after(start: date, lo: int, hi: int, rng: random.Random) -> date:
    """Given a day and a range of offsets, returns a random Monday-Friday day in it."""
    d = start + timedelta(days=rng.randrange(lo, hi))
    while d.weekday() > 4:
        d += timedelta(days=1)
    return d


def sent_time(rng: random.Random, lang: str) -> datetime:
    """Given the language, returns a Date header time on a weekday in Oct/Nov 2026 in the sender's zone."""
    d = date(2026, 10, 5) + timedelta(days=rng.randrange(0, 46))
    if d.weekday() > 4 and rng.random() < 0.85:
        d -= timedelta(days=d.weekday() - 4)
    return datetime(d.year, d.month, d.day, rng.randrange(7, 20), rng.randrange(60), rng.randrange(60),
                    tzinfo=ZoneInfo(TZ[lang]))


def choose_layout(rng: random.Random, t: Template) -> str:
    """Given a template, returns a layout name fitting its sender."""
    if t.quote:
        return rng.choice(("reply_gmail", "reply_outlook", "reply_apple", "reply_gmail"))
    if t.sender in ("ats", "noreply") and rng.random() < 0.7:
        return rng.choice(("ats_html", "ats_alt"))
    plains = ["plain/utf-8/8bit", "plain/utf-8/quoted-printable", "plain/utf-8/base64",
              "plain/iso-8859-1/quoted-printable", "plain/windows-1252/8bit", "plain/iso-8859-1/8bit"]
    return rng.choice([*plains, "html_only", "alternative", "alternative"])


def make_one(rng: random.Random, t: Template, n: int, dated: bool) -> tuple[str, bytes, list[str], list[str], str]:
    """Given a template and its number, returns (file name, bytes, labels row, entities row, date note)."""
    comp = pick_company(rng, t)
    role = rng.choice(comp.roles)
    first, last = rng.choice(PEOPLE[t.lang])
    sent = sent_time(rng, t.lang)
    day = sent.date()
    slot = weekday_after(day, 3, 11, rng)
    due = weekday_after(day, 2, 7, rng)
    vals = {
        "name": "Kwame", "me": first, "company": comp.name, "role": role, "domain": comp.domain,
        "ref": f"{comp.name[:2].upper()}-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
        "slot": fmt_day(t.lang, slot), "slot_past": fmt_day(t.lang, day - timedelta(days=rng.randrange(2, 7))),
        "due": fmt_day(t.lang, due), "dl": fmt_day(t.lang, weekday_after(day, 5, 11, rng)),
        "back": fmt_day(t.lang, weekday_after(day, 3, 13, rng)),
    }
    body = t.body
    if t.sender in PERSON_SENDERS and rng.random() < 0.3:
        lines = body.split("\n")
        idx = [i for i, ln in enumerate(lines) if "{" not in ln and any(len(w) >= 7 for w in ln.split())]
        if idx:
            i = rng.choice(idx)
            lines[i] = slip(rng, lines[i])
        body = "\n".join(lines)
    decision = ""
    note = ""
    if "{P}" in body:
        phrase = rng.choice(VAGUE[t.lang])
        if dated:
            for _ in range(30):
                p, d, kind = make_promise(rng, t.lang, day)
                if ("{slot}" not in body or d > slot) and ("{due}" not in body or d > due):
                    phrase, decision, note = p, d.isoformat(), f"{kind}: {p!r} from {day} {day:%a} -> {d}"
                    break
        vals["P"] = phrase
    text = body.format(**vals)
    subject = t.subject.format(**vals)
    if t.sender in PERSON_SENDERS and t.sender != "colleague" and rng.random() < 0.6:
        sig = f"\n--\n{first} {last}\n{rng.choice(SIG_TITLE[t.lang])} | {comp.name}\n"
        sig += f"www.{comp.domain}\n"
        if rng.random() < 0.5:
            sig += "\n" + DISCLAIMER[t.lang] + "\n"
        text = text.rstrip("\n") + "\n" + sig
    person_addr = f"{first.split()[0].lower()}.{last.lower()}@{comp.domain}"
    for a, b in (("ü", "u"), ("ö", "o"), ("ä", "a"), ("é", "e"), ("á", "a"), ("í", "i"), ("ı", "i"), ("è", "e"),
                 ("Á", "a"), ("É", "e")):
        person_addr = person_addr.replace(a, b)
    person_addr = person_addr.encode("ascii", "ignore").decode()
    reply_to: str | None = None
    ats_name: str | None = None
    if t.sender in ("ats", "noreply"):
        ats_name, ats_addr = rng.choice(ATS)
        from_name = rng.choice((ats_name, f"{comp.name} via {ats_name}", f"{comp.name} Careers"))
        from_addr = ats_addr
        if rng.random() < 0.6 and t.sender == "ats":
            reply_to = f"{first} {last} <{person_addr}>"
    elif t.sender == "board":
        from_name, from_addr = BOARD[t.lang]
    else:
        from_name, from_addr = f"{first} {last}", person_addr
    quote = qsubj = None
    if t.quote:
        bank = QUOTES[t.quote]
        qsubj, qbody = bank.get(t.lang, bank["en"])
        quote = qbody.format(**vals)
        qsubj = qsubj.format(**vals)
    mail = Mail(t.lang, subject, text, from_name, from_addr, reply_to, sent,
                f"<{rng.getrandbits(64):016x}.n11@{from_addr.split('@')[1]}>", quote, qsubj or "",
                sent - timedelta(days=rng.randrange(1, 6), hours=rng.randrange(5)), ats_name, comp.name)
    layout = choose_layout(rng, t)
    if t.sender == "manager" and not t.quote and not decision and t.lang == "en" and rng.random() < 0.5:
        rec_first, rec_last = rng.choice(PEOPLE["en"])
        mail.fwd_note = rng.choice(FWD_NOTE["en"]).format(name="Kwame", me=rec_first, hm=first)
        mail.fwd_from = f"From: {first} {last} <{person_addr}>\nSubject: {subject}"
        mail.from_name, mail.from_addr = f"{rec_first} {rec_last}", f"{rec_first.lower()}@{comp.domain}"
        mail.subject = "Fwd: " + subject
        layout = "fwd/" + rng.choice(("plain/utf-8/8bit", "alternative"))
    msg = build(mail, layout.removeprefix("fwd/"), rng)
    if msg["X-Layout-Charset"]:  # the charset really used when the planned one could not carry the text
        parts = layout.split("/")
        layout = "/".join([*parts[:-2], str(msg["X-Layout-Charset"]), parts[-1]])
        del msg["X-Layout-Charset"]
    for part in msg.walk():
        if part.is_multipart():  # the stdlib picks random boundaries; fix them so output is byte-identical
            part.set_boundary(f"=_n11_{rng.getrandbits(48):012x}")
    name = f"{PREFIX}{n:04d}-{t.label}-{t.lang}.eml"
    data = msg.as_bytes(policy=policy.SMTP)
    return (name, data, [name, t.label, decision, SPLIT, t.trap],
            [name, t.lang, comp.name, role, layout], note)


def plan(rng: random.Random) -> list[tuple[Template, bool]]:
    """Given the rng, returns the templates to render (filling each language's label quota) with a dated flag."""
    banks = {"en": parse(BANK_EN, "en"), "de": parse(BANK_DE, "de"), "fr": parse(BANK_FR, "fr"),
             "es": parse(BANK_ES, "es")}
    out: list[tuple[Template, bool]] = []
    for lang, quota in QUOTA.items():
        for label, count in quota.items():
            pool = [t for t in banks[lang] if t.label == label]
            rng.shuffle(pool)
            for i in range(count):
                t = pool[i % len(pool)]
                out.append((t, "{P}" in t.body and rng.random() < DATED_SHARE))
    rng.shuffle(out)
    return out


def replace_rows(path: Path, rows: list[list[str]]) -> None:
    """Given a CSV path and this split's rows, rewrites it atomically keeping every other line byte for byte."""
    raw = path.read_bytes()
    lines = raw.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith(b"\r\n") else "\n"
    if lines and not lines[-1].endswith((b"\n", b"\r")):
        lines[-1] += eol.encode()
    kept = [ln for ln in lines if not ln.startswith(PREFIX.encode())]
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-" + path.name)
    with os.fdopen(fd, "wb") as fh:
        fh.write(b"".join(kept) + buf.getvalue().encode("utf-8"))
    os.replace(tmp, path)


def main() -> None:
    """Given argv, writes the split (or with --list-dates only prints the dated promises)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--list-dates", action="store_true")
    args = ap.parse_args()
    rng = random.Random(SEED)
    results = [make_one(rng, t, i + 1, dated) for i, (t, dated) in enumerate(plan(rng))]
    if args.list_dates:
        for name, _, _, _, note in results:
            if note:
                print(name, note)
        return
    for old in CORPUS.glob(PREFIX + "*.eml"):
        old.unlink()
    for name, data, _, _, _ in results:
        (CORPUS / name).write_bytes(data)
    replace_rows(CORPUS / "labels.csv", [r[2] for r in results])
    replace_rows(CORPUS / "entities.csv", [r[3] for r in results])
    print(f"wrote {len(results)} messages")


if __name__ == "__main__":
    main()
