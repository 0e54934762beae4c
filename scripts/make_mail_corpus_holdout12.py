"""Write the blind holdout12 mail corpus (p12-*.eml) and its rows in labels.csv / entities.csv.

Given nothing returns nothing; writes tests/corpus/mail/p12-NNNN-<label>-<lang>.eml deterministically, replaces
only the holdout12 rows of the two CSVs (atomically) and prints counts. Run: .venv/bin/python <this file>.
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout12_de import MAILS as DE
from holdout12_en_a import MAILS as EN_A
from holdout12_en_b import MAILS as EN_B
from holdout12_en_c import MAILS as EN_C
from holdout12_es import MAILS as ES
from holdout12_fr import MAILS as FR
from holdout12_mime import Mail, build, fill, pick_sent, quoted, resolve

SEED = 120512
SPLIT = "holdout12"
ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"

CAND = {
    "ty": {
        "en": "Dear {n},\n\nThank you for taking the time to meet me today. I enjoyed hearing about how the team\n"
              "handles periodic reviews, and I'm even more keen on the role.\n\nBest wishes,\nAisha",
        "de": "Guten Tag {n},\n\nvielen Dank für das freundliche Gespräch heute. Die Einblicke in Ihr KYC-Team\n"
              "haben mich sehr überzeugt.\n\nBeste Grüße\nAisha Bello",
        "fr": "Bonjour {n},\n\nMerci encore pour notre échange d'aujourd'hui. Le poste me motive beaucoup."
              "\n\n"
              "Bien cordialement,\nAisha Bello",
        "es": "Hola {n}:\n\nMuchas gracias por la entrevista de hoy. Me encantó conocer al equipo de cumplimiento.\n\n"
              "Un saludo,\nAisha Bello",
    },
    "fu": {
        "en": "Hi {n},\n\nI hope you're well. I wanted to follow up on my interview and ask whether there is any\n"
              "update. I understand if you've decided to go with another candidate, but I remain very interested.\n\n"
              "Kind regards,\nAisha",
        "de": "Hallo {n},\n\nich wollte kurz nachfragen, ob es zu meiner Bewerbung schon Neuigkeiten gibt.\n\n"
              "Viele Grüße\nAisha Bello",
        "fr": "Bonjour {n},\n\nJe me permets de revenir vers vous concernant ma candidature. Avez-vous des nouvelles ?"
              "\n\n"
              "Cordialement,\nAisha Bello",
        "es": "Hola {n}:\n\nQuería preguntar si hay novedades sobre mi candidatura.\n\nGracias,\nAisha Bello",
    },
    "app": {
        "en": "Hi {n},\n\nThanks for the chat earlier. As promised, my CV is attached - I'm a senior paralegal\n"
              "moving into KYC and financial-crime work.\n\nBest,\nAisha",
        "de": "Guten Tag {n},\n\nanbei meine Unterlagen für die Bewerbung.\n\nMit freundlichen Grüßen\nAisha Bello",
        "fr": "Bonjour {n},\n\nVous trouverez ci-joint mon CV et ma lettre de motivation.\n\n"
              "Cordialement,\nAisha Bello",
        "es": "Buenos días {n}:\n\nAdjunto mi CV para la posición.\n\nSaludos,\nAisha Bello",
    },
    "acc": {
        "en": "Dear {n},\n\nPlease find attached my signed acceptance and the screening forms. I have told my\n"
              "current firm I'll be handing in my notice next week.\n\nBest,\nAisha",
        "de": "Hallo {n},\n\nanbei der unterschriebene Vertrag. Ich freue mich sehr auf den Start!\n\n"
              "Viele Grüße\nAisha Bello",
        "fr": "Bonjour {n},\n\nJe vous retourne la promesse d'embauche signée. J'ai hâte de vous rejoindre.\n\n"
              "Bien à vous,\nAisha Bello",
        "es": "Hola {n}:\n\nTe envío la carta oferta firmada. ¡Muchas ganas de empezar!\n\nUn saludo,\nAisha Bello",
    },
}


def compose(m: Mail, index: int, rng: random.Random) -> tuple[bytes, str, str]:
    """Given a Mail and its index returns the .eml bytes, the decision date (ISO) or '' and the layout used."""
    weekend_ok = m.label in ("auto_reply", "other")
    sent = pick_sent(rng, m.promise, weekend_ok, m.lang)
    style = index % 7
    body = fill(m.body, m.lang, m.promise, sent.date(), style)
    if "{" in body:
        raise ValueError(f"unfilled mark in {m.subject!r}")
    if m.quote:
        first = m.frm[0].split()[0].capitalize()
        text = CAND[m.quote][m.lang].format(n=first) if m.quote in CAND else m.quote
        earlier = sent - timedelta(days=rng.randrange(1, 9), hours=rng.randrange(1, 6))
        subj = m.subject.split(":", 1)[-1].strip()
        body += quoted(m.extra.get("qs", "gmail"), m.lang, earlier, f"{m.frm[0]} <{m.frm[1]}>", subj, text)
    data, layout = build(m, sent, body, rng, index)
    due = resolve(m.promise[0], m.promise[1], sent.date()).isoformat() if m.promise else ""
    return data, due, layout


def replace_rows(path: Path, header: str, rows: list[list[str]]) -> None:
    """Given a CSV path, its header and our rows rewrites it keeping every non-holdout12 line byte for byte."""
    old = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in old[1:] if not ln.startswith("p12-")]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerows(rows)
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    tmp = path.with_suffix(".csv.p12tmp")
    tmp.write_text(old[0] + "".join(kept) + buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)
    assert old[0].strip() == header


def main() -> None:
    """Given nothing writes the corpus and CSV rows and prints the counts per label, language and trap."""
    rng = random.Random(SEED)
    mails = EN_A + EN_B + EN_C + DE + FR + ES
    order = list(range(len(mails)))
    rng.shuffle(order)
    for old in ROOT.glob("p12-*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for n, i in enumerate(order, start=1):
        m = mails[i]
        data, due, layout = compose(m, n, rng)
        name = f"p12-{n:04d}-{m.label}-{m.lang}.eml"
        (ROOT / name).write_bytes(data)
        labels.append([name, m.label, due, SPLIT, m.trap])
        entities.append([name, m.lang, m.company, m.role, layout])
    replace_rows(ROOT / "labels.csv", "file,label,decision_date,split,trap", labels)
    replace_rows(ROOT / "entities.csv", "file,lang,company,role,layout", entities)
    print(len(mails), "messages;", sum(1 for r in labels if r[2]), "with a decision date")
    print("labels", dict(Counter(m.label for m in mails)))
    print("langs", dict(Counter(m.lang for m in mails)))
    print("traps", dict(sorted(Counter(f"{m.label}:{m.trap}" for m in mails).items())))


if __name__ == "__main__":
    main()
