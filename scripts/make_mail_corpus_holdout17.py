"""Write the holdout17 blind mail corpus (files w17-*.eml, split holdout17) into tests/corpus/mail/.

Every message is written on its own in scripts/holdout17_{en_a,en_b,de,fr,es}.py; holdout17_core.py wraps it in
MIME, dates it, resolves its decision date and replaces only this split's rows in labels.csv / entities.csv.
Run: .venv/bin/python scripts/make_mail_corpus_holdout17.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout17_de
import holdout17_en_a
import holdout17_en_b
import holdout17_es
import holdout17_fr
from holdout17_core import Msg, write_corpus

OUT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"


def messages() -> list[Msg]:
    """Given nothing returns every holdout17 message in a fixed, shuffled order (so dates don't follow language)."""
    msgs = holdout17_en_a.MSGS + holdout17_en_b.MSGS + holdout17_de.MSGS + holdout17_fr.MSGS + holdout17_es.MSGS
    random.Random(1717).shuffle(msgs)
    return msgs


def main() -> None:
    """Given nothing writes the corpus and prints counts per label."""
    counts = write_corpus(messages(), OUT)
    print(sum(counts.values()), "messages:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
