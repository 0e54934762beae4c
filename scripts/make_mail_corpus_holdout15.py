"""Write the blind holdout15 mail split: tests/corpus/mail/s15-*.eml plus its rows in labels.csv / entities.csv.

Given nothing, writes ~200 hand-written messages deterministically and replaces only the `s15-` rows of the
two CSVs (re-read right before writing, written atomically); raises ValueError on a malformed message spec.
Run: .venv/bin/python scripts/make_mail_corpus_holdout15.py
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout15_de
import holdout15_en_a
import holdout15_en_b
import holdout15_en_c
import holdout15_es
import holdout15_fr
from holdout15_core import Msg, build

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"
PREFIX = "s15-"
SPLIT = "holdout15"
LABELS = {"rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other"}


def all_messages() -> list[Msg]:
    """Given the language modules, returns every message in a fixed, shuffled order (seeded, so deterministic)."""
    msgs = [*holdout15_en_a.MESSAGES, *holdout15_en_b.MESSAGES, *holdout15_en_c.MESSAGES,
            *holdout15_de.MESSAGES, *holdout15_fr.MESSAGES, *holdout15_es.MESSAGES]
    for m in msgs:
        if m.label not in LABELS or m.lang not in ("en", "de", "fr", "es"):
            raise ValueError(f"bad spec: {m.subject}")
        if ("{D}" in m.body) != (m.promise is not None and m.promise[0] == "explicit"):
            raise ValueError(f"explicit date placeholder mismatch: {m.subject}")
    random.Random(15).shuffle(msgs)
    return msgs


def replace_rows(path: Path, rows: list[list[str]]) -> None:
    """Given a CSV and our rows, keeps every other line byte for byte, replaces ours, and renames atomically."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if not ln.startswith(PREFIX)]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    tmp = path.with_name(path.name + ".s15.tmp")
    tmp.write_text("".join(kept) + buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)


def main() -> None:
    """Given nothing, writes the split's files and CSV rows and prints the counts."""
    for old in CORPUS.glob(PREFIX + "*.eml"):
        old.unlink()
    label_rows: list[list[str]] = []
    entity_rows: list[list[str]] = []
    for index, m in enumerate(all_messages(), start=1):
        name, data, decision, layout = build(m, index)
        (CORPUS / name).write_bytes(data)
        label_rows.append([name, m.label, decision.isoformat() if decision else "", SPLIT, m.trap])
        entity_rows.append([name, m.lang, m.company, m.role, layout])
    replace_rows(CORPUS / "labels.csv", label_rows)
    replace_rows(CORPUS / "entities.csv", entity_rows)
    print(f"wrote {len(label_rows)} {SPLIT} messages to {CORPUS}")


if __name__ == "__main__":
    main()
