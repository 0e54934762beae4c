"""Write the holdout10 employer-mail corpus: tests/corpus/mail/n10-NNNN-<label>-<lang>.eml plus its CSV rows.

Given nothing (or --list-dates), writes ~200 messages deterministically (seed 101126) and replaces only the `n10-`
rows of labels.csv / entities.csv, writing each atomically; every other line is kept byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout10_de
import holdout10_en
import holdout10_es
import holdout10_fr
from holdout10_core import PROMISE_RX, LangBank, Template, expand, fill, fmt_date, render_promise, slip, tidy
from holdout10_mime import Mail, build, can_encode
from holdout10_world import ATS, Company, client_for, pick_company

SEED = 101126
SPLIT = "holdout10"
PREFIX = "n10-"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"

# messages per (language, label); 200 in all
MIX = {
    "en": {"rejection": 27, "offer": 14, "next_step": 17, "pending": 17, "acknowledgement": 14, "auto_reply": 8,
           "other": 13},
    **{
        lang: {"rejection": 8, "offer": 4, "next_step": 4, "pending": 4, "acknowledgement": 4, "auto_reply": 2,
               "other": 4}
        for lang in ("de", "fr", "es")
    },
}
# chance that a template's promise segment carries a dated promise / a vague one
DATED = {"pending": 0.8, "acknowledgement": 0.7, "next_step": 0.75, "rejection": 0.8}
VAGUE = 0.15
PEOPLE_SENDERS = {"hr", "recruiter", "manager", "founder", "agency", "colleague", "public"}
AT = {"en": "{d} at {t}", "de": "{d} um {t} Uhr", "fr": "{d} à {t}", "es": "{d} a las {t}"}
RE = {"en": "Re: ", "de": "AW: ", "fr": "RE : ", "es": "RE: "}
FWD_NOTE = {
    "en": "Hi {first},\n\n{hm} asked me to pass this on to you – see below. Give me a shout if you want to talk it "
          "through.\n\n{me}",
    "de": "Hallo Frau Achterberg,\n\n{hm} hat mich gebeten, Ihnen die Nachricht unten weiterzuleiten. Bei Fragen "
          "melden Sie sich gern.\n\n{me}",
    "fr": "Bonjour {first},\n\n{hm} m'a demandé de vous transmettre son message ci-dessous.\n\n{me}",
    "es": "Hola {first}:\n\n{hm} me pidió que te reenviara su mensaje. Cualquier cosa, me dices.\n\n{me}",
}
SALARY = {"en": ["€52,000", "€48,500", "$78,000", "€55,000"], "de": ["58.000 €", "54.500 Euro"],
          "fr": ["42 000 €", "39 500 euros"], "es": ["34.000 €", "31.500 euros"]}


@dataclass
class Row:
    """One message's CSV rows."""

    file: str
    label: str
    decision: str
    trap: str
    lang: str
    company: str
    role: str
    layout: str


def banks() -> dict[str, LangBank]:
    """Given nothing, returns the four language banks."""
    return {b.code: b for b in (holdout10_en.bank(), holdout10_de.bank(), holdout10_fr.bank(), holdout10_es.bank())}


def plan(rng: random.Random, bank: LangBank) -> list[Template]:
    """Given a bank, returns the templates to render for its language, each label's templates used in turn."""
    out: list[Template] = []
    for label, n in MIX[bank.code].items():
        pool = [t for t in bank.templates if t.label == label]
        if not pool:
            raise ValueError(f"no {label} template in {bank.code}")
        order: list[Template] = []
        while len(order) < n:
            batch = pool[:]
            rng.shuffle(batch)
            order += batch
        out += order[:n]
    return out


def sent_at(rng: random.Random, tz: str) -> datetime:
    """Given a time zone, returns a plausible office-hours send time between October and mid-December 2026."""
    day = date(2026, 10, 5) + timedelta(days=rng.randrange(68))
    if day.weekday() >= 5 and rng.random() < 0.8:
        day -= timedelta(days=day.weekday() - 4)
    return datetime(day.year, day.month, day.day, rng.randint(7, 18), rng.randrange(60), tzinfo=ZoneInfo(tz))


def later_weekday(d: date, rng: random.Random, lo: int, hi: int) -> date:
    """Given a day, returns a weekday lo..hi days later."""
    out = d + timedelta(days=rng.randint(lo, hi))
    while out.weekday() >= 5:
        out += timedelta(days=1)
    return out


def start_day(d: date) -> date:
    """Given the message day, returns the first of the month after next (a typical contract start)."""
    y, m = divmod(d.month + 1, 12)
    return date(d.year + y, m + 1, 1)


def person(rng: random.Random, bank: LangBank, company: Company) -> tuple[str, str, str]:
    """Given a bank and a company, returns (first name, full name, address) of someone who works there."""
    full = rng.choice(bank.people)
    first, last = full.split(" ", 1)
    local = f"{first}.{last}".lower().replace(" ", "").replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
    local = unicodedata.normalize("NFKD", local).encode("ascii", "ignore").decode("ascii")
    return first, full, f"{local}@{company.domain}"


def signature(rng: random.Random, bank: LangBank, t: Template, full: str, org: Company) -> str:
    """Given the writer, returns a sign-off and signature, some with a legal disclaimer."""
    title = rng.choice(bank.lists.get(t.sender, bank.lists["hr"]))
    # formal public-sector letters close with their own formula in the template
    lines = ([] if t.sender == "public" else [rng.choice(bank.signoffs)]) + [full, title, org.name]
    if rng.random() < 0.4:
        code = {"en": 353, "de": 49, "fr": 33, "es": 34}[bank.code] if org.tz.startswith("Europe") else 1
        lines.append(f"+{code} {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
    if t.sender in ("hr", "public", "recruiter", "agency") and rng.random() < 0.45:
        lines += ["", rng.choice(bank.disclaimers)]
    return "\n".join(lines)


def choose_layout(rng: random.Random, t: Template, text: str) -> str:
    """Given a template and its text, returns a layout name fitting its sender and hints."""
    if t.quote:
        return rng.choice(["reply_gmail", "reply_outlook/text", "reply_outlook/html", "reply_apple"])
    if "pdf" in t.extra and rng.random() < 0.7:
        return "pdf/offer_letter.pdf"
    if "invite" in t.extra and rng.random() < 0.7:
        return "invite"
    if t.sender == "ats":
        return rng.choice(["ats_html", "ats_alt"])
    if t.sender == "board":
        return "board_html"
    kinds = ["plain/utf-8/8bit", "plain/utf-8/quoted-printable", "plain/utf-8/base64", "plain/iso-8859-1/8bit",
             "plain/windows-1252/quoted-printable", "html_only", "alternative"]
    weights = [20, 15, 10, 10, 10, 15, 20] if t.sender not in ("ooo", "noreply") else [30, 20, 10, 20, 20, 0, 0]
    return fit_charset(rng.choices(kinds, weights)[0], text)


def fit_charset(layout: str, text: str) -> str:
    """Given a layout and the text it carries, returns it with utf-8 where the legacy charset can't carry the text."""
    for cs, codec in (("iso-8859-1", "latin-1"), ("windows-1252", "cp1252")):
        if cs in layout and not can_encode(text, codec):
            layout = layout.replace(cs, "utf-8")
    return layout


def render(num: int, t: Template, bank: LangBank, rng: random.Random) -> tuple[bytes, Row, str]:
    """Given a template and its number, returns the message bytes, its CSV row and a line for --list-dates."""
    org = pick_company(rng, bank.code, t.sender)
    company = client_for(rng, bank.code) if t.sender == "agency" else org
    sent = sent_at(rng, company.tz)
    day = sent.date()
    me, me_full, me_addr = person(rng, bank, org)
    hm = person(rng, bank, company)[0]
    while hm == me:
        hm = person(rng, bank, company)[0]
    role = rng.choice(bank.roles)
    slot_day = later_weekday(day, rng, 3, 9)
    slot_dt = datetime(slot_day.year, slot_day.month, slot_day.day, rng.choice([9, 10, 11, 14, 15, 16]),
                       rng.choice([0, 0, 30]), tzinfo=sent.tzinfo)
    slots = {
        "first": "Ines", "company": company.name, "role": role, "me": me, "me_full": me_full, "hm": hm,
        "city": company.city, "domain": company.domain,
        "ref": f"{rng.choice(['R', 'JR', 'W', 'K'])}-{rng.randint(1000, 9999)}",
        "slot": AT[bank.code].format(d=fmt_date(bank, slot_day, rng), t=slot_dt.strftime("%H:%M")),
        "due": fmt_date(bank, later_weekday(day, rng, 4, 10), rng),
        "accept_by": fmt_date(bank, later_weekday(day, rng, 5, 10), rng),
        "start": fmt_date(bank, start_day(day), rng),
        "ret": fmt_date(bank, later_weekday(day, rng, 3, 14), rng),
        "salary": rng.choice(SALARY[bank.code]),
    }
    body_t = expand(t.body, rng)
    if t.sender in PEOPLE_SENDERS and rng.random() < 0.3:
        body_t = slip(body_t, rng)
    decision: date | None = None
    promise = ""
    if t.has_promise:
        roll = rng.random()
        if roll < DATED.get(t.label, 0.5):
            promise, decision = render_promise(bank, day, rng)
        elif roll < DATED.get(t.label, 0.5) + VAGUE:
            promise = rng.choice(bank.vague)
    body_t = PROMISE_RX.sub(lambda m: m.group(1).replace("{when}", promise) if promise else "", body_t)
    slots["sig"] = signature(rng, bank, t, me_full, org)
    body = tidy(fill(body_t, slots))
    subject = fill(expand(t.subject, rng), slots)
    mail = Mail(num=num, lang=bank.code, from_name=me_full, from_addr=me_addr, subject=subject, sent=sent,
                body=body, company=company.name, slot=slot_dt)
    quote = t.quote
    if not quote and t.sender in ("hr", "recruiter", "manager", "agency") and t.label in (
            "rejection", "pending", "next_step", "offer") and rng.random() < 0.2:
        quote = "followup" if t.label in ("pending", "rejection") and rng.random() < 0.5 else "thanks"
        q_subject = fill(bank.quotes[quote][0], slots)
        mail.subject = RE[bank.code] + q_subject
    if quote:
        q_subject, q_text = (fill(s, slots) for s in bank.quotes[quote])
        mail.quote_subject, mail.quote_text = q_subject, q_text
        mail.quote_sent = sent - timedelta(days=rng.randint(1, 6), minutes=rng.randrange(600))
        mail.reply_hdr = bank.words
    layout = choose_layout(rng, Template(t.label, t.lang, t.trap, t.sender, "", "", quote, t.extra), body)
    words = {k: v.format(company=company.name, ats="{ats}") for k, v in bank.words.items() if k in ("button", "footer")}
    if t.sender == "ats":
        ats, ats_domain = rng.choice(ATS[bank.code])
        mail.ats = ats
        mail.from_name = rng.choice([f"{company.name} via {ats}", ats, f"{company.name} {bank.words['team']}",
                                     company.name])
        mail.from_addr = f"no-reply@{ats_domain}"
        if rng.random() < 0.6:
            mail.reply_to = f"{me_full} <{me_addr}>"
        mail.preheader = body.split("\n\n")[1].split(". ")[0] if "\n\n" in body else body[:80]
        mail.button = words["button"]
        mail.footer = words["footer"].format(ats=ats)
    elif t.sender == "board":
        mail.from_name, mail.from_addr = org.name, f"news@{org.domain}"
        mail.ats = org.name
        mail.preheader = body.split("\n")[2] if body.count("\n") > 2 else ""
        mail.footer = f"{org.name} · {org.city}"
        mail.headers["List-Unsubscribe"] = f"<https://{org.domain}/u/{num:04d}>"
        mail.headers["Precedence"] = "bulk"
    elif t.sender == "noreply":
        mail.from_name, mail.from_addr = company.name, f"no-reply@{company.domain}"
        if rng.random() < 0.5:
            mail.headers["Auto-Submitted"] = "auto-generated"
    elif t.sender == "ooo":
        if rng.random() < 0.7:
            mail.headers["Auto-Submitted"] = "auto-replied"
        if rng.random() < 0.5:
            mail.headers["X-Auto-Response-Suppress"] = "All"
    elif t.sender == "agency":
        mail.company = company.name
    if ("fwd" in t.extra and not quote and decision is None and layout.startswith(("plain", "alternative"))
            and rng.random() < 0.5):
        # a recruiter forwards the hiring manager's own words with a neutral note above them
        r_first, r_full, r_addr = person(rng, bank, company)
        inner_sent = sent - timedelta(hours=rng.randint(2, 30))
        note = fill(FWD_NOTE[bank.code], {"first": "Ines", "hm": me, "me": r_first})
        mail.body = (f"{note}\n\n{bank.words['fwd']}\nFrom: {me_full} <{me_addr}>\n"
                     f"Date: {inner_sent.strftime('%a, %d %b %Y %H:%M')}\nSubject: {subject}\nTo: {r_full} <{r_addr}>"
                     f"\n\n{body}")
        mail.subject = f"Fwd: {subject}"
        mail.from_name, mail.from_addr = r_full, r_addr
        layout = "fwd/" + fit_charset(layout, mail.body)
    data = build(mail, layout.removeprefix("fwd/"))
    name = f"{PREFIX}{num:04d}-{t.label}-{bank.code}.eml"
    uses_role = "{role}" in t.body or "{role}" in t.subject
    row = Row(name, t.label, decision.isoformat() if decision else "", t.trap, bank.code,
              company.name if t.sender not in ("board", "colleague") else org.name, role if uses_role else "", layout)
    listing = f"{name}\t{sent.isoformat()}\t{sent.strftime('%a')}\t{promise!r}\t{row.decision or '-'}"
    return data, row, listing


def replace_rows(path: Path, header: str, rows: list[list[str]]) -> None:
    """Given a CSV and this split's rows, re-reads it, swaps in the rows and renames a temp file over it."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    if not lines or lines[0].strip() != header:
        raise SystemExit(f"{path}: unexpected header")
    kept = [ln for ln in lines if not ln.startswith(PREFIX)]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text("".join(kept) + buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


def main() -> None:
    """Given the command line, writes the split (or only lists the promises with --list-dates)."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--list-dates", action="store_true", help="print each message's promise and its resolved day")
    args = ap.parse_args()
    rng = random.Random(SEED)
    all_banks = banks()
    jobs: list[tuple[Template, LangBank]] = []
    for code in ("en", "de", "fr", "es"):
        jobs += [(t, all_banks[code]) for t in plan(rng, all_banks[code])]
    rng.shuffle(jobs)
    rows: list[Row] = []
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        if not args.list_dates:
            old.unlink()
    for num, (t, bank) in enumerate(jobs, start=1):
        data, row, listing = render(num, t, bank, rng)
        rows.append(row)
        if args.list_dates:
            print(listing)
        else:
            (CORPUS / row.file).write_bytes(data)
    if args.list_dates:
        return
    replace_rows(CORPUS / "labels.csv", "file,label,decision_date,split,trap",
                 [[r.file, r.label, r.decision, SPLIT, r.trap] for r in rows])
    replace_rows(CORPUS / "entities.csv", "file,lang,company,role,layout",
                 [[r.file, r.lang, r.company, r.role, r.layout] for r in rows])
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
