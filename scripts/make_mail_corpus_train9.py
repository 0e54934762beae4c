"""Write the train9 split: ~450 labelled training messages t9-NNNN-<label>-<lang>.eml plus their CSV rows.

Run `.venv/bin/python scripts/make_mail_corpus_train9.py` (deterministic for the seed; `--list-dates` prints each
dated promise with its resolved day). Re-reads labels.csv / entities.csv, replaces only the t9- rows, keeps every
other line byte for byte and writes atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import sys
import tempfile
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train9_core import VAGUE, Template, choose_alternatives, dated_promise, fmt_date, parse_bank, slip
from train9_de import BANK as BANK_DE
from train9_en import BANK as BANK_EN
from train9_en2 import BANK as BANK_EN2
from train9_es import BANK as BANK_ES
from train9_fr import BANK as BANK_FR
from train9_intl2 import BANK_DE as BANK_DE2
from train9_intl2 import BANK_ES as BANK_ES2
from train9_intl2 import BANK_FR as BANK_FR2
from train9_mime import QUOTE_INTRO, build
from train9_world import AGENCIES, ATS, BOARDS, CANDIDATES, DISCLAIMERS, PEOPLE, QUOTES, TITLES, USERS, User

SEED = 90911
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
PREFIX = "t9-"
SPLIT = "train9"
LANG_N = {"en": 202, "de": 83, "fr": 83, "es": 82}
LABEL_SHARE = {"rejection": 0.24, "offer": 0.16, "next_step": 0.14, "pending": 0.14, "acknowledgement": 0.12,
               "auto_reply": 0.06, "other": 0.14}
PROMISE_P = {"pending": 0.75, "acknowledgement": 0.65, "next_step": 0.55, "rejection": 0.8}
PEOPLE_SENDERS = {"hr", "recruiter", "manager", "founder", "agency", "colleague"}


EARLIER = {
    "en": "Hi {first},\n\nThanks for interviewing with us for {role}. We'd like to offer you a second conversation "
          "with the team; unfortunately Monday is full, so please pick another day.\n\n{me}",
    "de": "Hallo {first},\n\ndanke für das Gespräch zur Stelle {role}. Wir möchten Ihnen gern ein zweites Gespräch "
          "anbieten; leider ist Montag schon voll.\n\n{me}",
    "fr": "Bonjour {first},\n\nMerci pour l'entretien pour le poste de {role}. Nous aimerions vous proposer un second "
          "échange ; malheureusement lundi est complet.\n\n{me}",
    "es": "Hola {first},\n\nGracias por la entrevista para {role}. Queremos ofrecerte una segunda conversación; "
          "lamentablemente el lunes está completo.\n\n{me}",
}


def ascii_local(name: str) -> str:
    """Given a person's name returns an address local part without accents ("Inès Benali" -> "ines.benali")."""
    flat = unicodedata.normalize("NFKD", name.replace("ı", "i")).encode("ascii", "ignore").decode().lower()
    return ".".join(flat.split())


def quotas(n: int) -> list[str]:
    """Given a message count returns the label list with the target shares (largest remainder)."""
    raw = {k: v * n for k, v in LABEL_SHARE.items()}
    counts = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[k] += 1
    return [k for k, c in counts.items() for _ in range(c)]


def sent_at(rng: random.Random, zone: str) -> dt.datetime:
    """Given a time zone returns a weekday office-hours send time between mid-September and 20 November 2026."""
    day = dt.date(2026, 9, 14) + dt.timedelta(days=rng.randint(0, 67))
    while day.weekday() > 4:
        day -= dt.timedelta(days=1)
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 18), rng.randint(0, 59), tzinfo=ZoneInfo(zone))


def pick_layout(t: Template, rng: random.Random) -> str:
    """Given a template returns a layout kind that fits its sender and trap."""
    if t.trap in ("thread_rejection", "mobile_short") or (t.sender == "founder" and rng.random() < 0.6):
        return rng.choice(["reply_gmail", "reply_apple", "reply_outlook", "mobile"])
    if t.sender == "ats":
        return rng.choice(["ats_html", "ats_alt", "html_only", "plain"])
    if t.sender in ("ooo", "noreply"):
        return "plain"
    if t.sender == "board":
        return rng.choice(["html_only", "alternative"])
    if t.sender in ("hr", "recruiter", "manager"):
        return rng.choice(["plain", "plain", "alternative", "reply_gmail", "reply_outlook", "reply_apple", "fwd"])
    return rng.choice(["plain", "alternative"])


def signature(t: Template, lang: str, me: str, company: str, rng: random.Random) -> str:
    """Given the sender returns a signature block, sometimes with a legal disclaimer."""
    if t.sender not in ("hr", "recruiter", "manager", "agency") or rng.random() < 0.3:
        return ""
    sig = f"\n\n--\n{me}\n{rng.choice(TITLES[lang])} | {company}\n+{rng.randint(30, 52)} {rng.randint(100, 999)} " \
          f"{rng.randint(100000, 999999)}"
    if rng.random() < 0.45:
        sig += "\n\n" + rng.choice(DISCLAIMERS[lang])
    return sig


def make_one(i: int, t: Template, user: User, rng: random.Random) -> tuple[bytes, list[str], list[str], str]:
    """Given an index, a template and a user returns (message bytes, labels row, entities row, promise note)."""
    lang = t.lang
    zone = rng.choice(user.zones)
    when = sent_at(rng, zone)
    local = when.date()
    company, domain = rng.choice(user.companies)
    role = rng.choice(user.roles[lang])
    me = rng.choice(PEOPLE[lang])
    first = user.first
    slot_day = local + dt.timedelta(days=rng.randint(2, 6))
    while slot_day.weekday() > 4:
        slot_day += dt.timedelta(days=1)
    due_day = local + dt.timedelta(days=rng.randint(3, 7))
    start_day = local + dt.timedelta(days=rng.randint(21, 60))
    deadline_day = local + dt.timedelta(days=rng.randint(5, 12))
    hour = {"en": f" at {rng.choice(['10:00', '2pm', '11:30am'])}", "de": f" um {rng.choice(['10', '14:30'])} Uhr",
            "fr": f" à {rng.choice(['10h', '14h30'])}", "es": f" a las {rng.choice(['10:00', '16:30'])}"}[lang]
    body = choose_alternatives(t.body, rng)
    subject = choose_alternatives(t.subject, rng)
    if t.sender in PEOPLE_SENDERS and not t.trap.startswith("typo") and rng.random() < 0.3:
        body = slip(body, lang, rng)
    decision = ""
    note = ""
    if "<<" in body:
        head, _, rest = body.partition("<<")
        seg, _, tail = rest.partition(">>")
        roll = rng.random()
        if roll < PROMISE_P.get(t.label, 0.4):
            after = max(d for d, key in ((slot_day, "{slot}"), (due_day, "{due}"), (local, "")) if key in body)
            phrase, day = dated_promise(lang, local, rng, after)
            decision = day.isoformat()
            note = f"{phrase!r} from {local.isoformat()} ({local.strftime('%a')}) -> {decision}"
        elif roll < PROMISE_P.get(t.label, 0.4) + 0.2:
            phrase = rng.choice(VAGUE[lang])
        else:
            phrase = ""
        seg = seg.replace("{P}", phrase) if phrase else ""
        body = (head + seg + tail).replace("  ", " ").replace(" \n", "\n")
    fields = {
        "first": first, "company": company, "role": role, "me": me.split()[0], "cand": rng.choice(CANDIDATES),
        "slot": fmt_date(slot_day, lang, rng) + hour, "due": fmt_date(due_day, lang, rng),
        "start": fmt_date(start_day, lang, rng), "deadline": fmt_date(deadline_day, lang, rng),
        "req": f"R{rng.randint(10000, 99999)}", "dept": rng.choice(user.depts), "domain": domain,
    }
    body = body.format(**fields)
    subject = subject.format(**fields)
    ats = rng.choice(ATS)
    sender_addr = f"{ascii_local(me)}@{domain}"
    sender = (me, sender_addr)
    reply_to = None
    rec_company = company
    if t.sender == "ats":
        display = rng.choice([ats, f"{company} via {ats}", f"{company} Careers"])
        sender = (display, f"no-reply@{ats.lower().replace(' ', '')}.example")
        if rng.random() < 0.6:
            reply_to = sender_addr
    elif t.sender in ("ooo", "noreply"):
        sender = (me if t.sender == "ooo" else f"{company} Recruiting", sender_addr if t.sender == "ooo" else
                  f"noreply@{domain}")
    elif t.sender == "board":
        board = rng.choice(BOARDS[lang])
        sender = (board, f"alerts@{board.lower().replace(' ', '')}.example")
        rec_company = board
    elif t.sender == "agency":
        agency = rng.choice(AGENCIES)
        sender = (f"{me} - {agency}", f"{ascii_local(me.split()[0])}@{agency.split()[0].lower()}.example")
        rec_company = agency
    body += signature(t, lang, me, company, rng)
    layout = pick_layout(t, rng)
    quote = None
    if layout.startswith("reply") or layout == "mobile":
        qsubj, qtext = rng.choice(QUOTES[lang])
        qwhen = when - dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5))
        qbody = qtext.format(role=role, user=user.name)
        if t.trap == "thread_rejection" or rng.random() < 0.3:
            # a longer thread: the employer's earlier mail sits quoted inside the candidate's
            earlier = EARLIER[lang].format(first=first, role=role, me=me.split()[0])
            ehead = QUOTE_INTRO[lang][0].format(d=(qwhen - dt.timedelta(days=8)).strftime("%a, %d %b %Y %H:%M"),
                                                n=me, a=sender_addr)
            qbody += "\n\n" + ehead + "\n" + "\n".join("> " + ln if ln else ">" for ln in earlier.split("\n"))
        quote = (qbody, qsubj.format(role=role), qwhen)
        if not subject.lower().startswith(("re:", "aw:")):
            subject = {"de": "AW: "}.get(lang, "RE: " if lang in ("fr", "es") else "Re: ") + qsubj.format(role=role)
    fwd_from = None
    if layout == "fwd":
        if decision:
            layout = "plain"  # forwards carry no dated promise of their own
        else:
            fwd_from = (rng.choice(PEOPLE[lang]), f"hiring@{domain}")
    data, layout_name = build(lang=lang, layout=layout, rng=rng, sender=sender, to=(user.name, user.addr),
                              subject=subject, body=body, date=when, msg_id=f"<t9.{i:04d}.{SEED}@{domain}>",
                              reply_to=reply_to, company=company, ats=ats, quote=quote, fwd_from=fwd_from,
                              auto=t.sender in ("ooo", "noreply"))
    name = f"{PREFIX}{i:04d}-{t.label}-{lang}.eml"
    return data, [name, t.label, decision, SPLIT, t.trap], [name, lang, rec_company, role, layout_name], note


def replace_rows(path: Path, rows: list[list[str]]) -> None:
    """Given a CSV and this split's rows rewrites it atomically, every other line kept byte for byte."""
    raw = path.read_bytes().decode("utf-8")
    lines = raw.splitlines(keepends=True)
    eol = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += eol
    kept = [ln for ln in lines if not ln.startswith(PREFIX)]
    buf = io.StringIO()
    csv.writer(buf, lineterminator=eol).writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".train9-", suffix=".csv")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write("".join(kept) + buf.getvalue())
    os.replace(tmp, path)


def main() -> None:
    """Writes the split's .eml files and CSV rows; with --list-dates prints each promise and its resolved day."""
    rng = random.Random(SEED)
    random.seed(SEED)  # the email package draws multipart boundaries from the global generator
    banks: dict[str, list[Template]] = {
        "en": parse_bank(BANK_EN, "en") + parse_bank(BANK_EN2, "en"), "de": parse_bank(BANK_DE + BANK_DE2, "de"),
        "fr": parse_bank(BANK_FR + BANK_FR2, "fr"), "es": parse_bank(BANK_ES + BANK_ES2, "es")}
    jobs: list[tuple[str, str]] = []
    for lang, n in LANG_N.items():
        jobs += [(lang, label) for label in quotas(n)]
    rng.shuffle(jobs)
    decks: dict[tuple[str, str], list[Template]] = {}
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for i, (lang, label) in enumerate(jobs, start=1):
        deck = decks.get((lang, label))
        if not deck:
            deck = [t for t in banks[lang] if t.label == label]
            if not deck:
                raise SystemExit(f"no {label} template in {lang}")
            rng.shuffle(deck)
            decks[(lang, label)] = deck
        t = deck.pop()
        user = rng.choice([u for u in USERS if lang in u.langs])
        data, lab, ent, note = make_one(i, t, user, rng)
        (CORPUS / lab[0]).write_bytes(data)
        labels.append(lab)
        entities.append(ent)
        if note and "--list-dates" in sys.argv:
            print(lab[0], note)
    replace_rows(CORPUS / "labels.csv", labels)
    replace_rows(CORPUS / "entities.csv", entities)
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
