"""Write the blind holdout19 employer-mail corpus (files y19-*.eml, split holdout19) into tests/corpus/mail/.

Run: .venv/bin/python scripts/make_mail_corpus_holdout19.py  (deterministic; replaces only the y19- rows).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout19_core import PREFIX, SPLIT, Msg, build, layout_name, replace_rows, resolve, sent_at
from holdout19_de import MESSAGES as DE
from holdout19_en_a import MESSAGES as EN_A
from holdout19_en_b import MESSAGES as EN_B
from holdout19_es import MESSAGES as ES
from holdout19_fr import MESSAGES as FR

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"


def main() -> None:
    """Given nothing writes the .eml files and this split's CSV rows; raises OSError if the corpus is missing."""
    rng = random.Random(1919)
    tagged: list[tuple[str, Msg]] = [("en", x) for x in EN_A + EN_B]
    tagged += [("de", x) for x in DE] + [("fr", x) for x in FR] + [("es", x) for x in ES]
    rng.shuffle(tagged)
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for index, (lang, msg) in enumerate(tagged, start=1):
        when = sent_at(index, rng, msg.promise)
        target = resolve(msg.promise, when.date())
        name = f"{PREFIX}{index:04d}-{msg.label}-{lang}.eml"
        (CORPUS / name).write_bytes(bytes(build(msg, index, lang, when, target)))
        labels.append([name, msg.label, target.isoformat() if target else "", SPLIT, msg.trap])
        entities.append([name, lang, msg.company, msg.role, layout_name(msg)])
    replace_rows(CORPUS / "labels.csv", labels)
    replace_rows(CORPUS / "entities.csv", entities)
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
