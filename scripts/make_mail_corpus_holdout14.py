"""Write the blind holdout14 mail split: r14-NNNN-<label>-<lang>.eml plus its rows in labels.csv / entities.csv.

Run: .venv/bin/python scripts/make_mail_corpus_holdout14.py  (deterministic; keeps every other split's rows).
"""

from __future__ import annotations

import csv
import io
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout14_de
import holdout14_en_a
import holdout14_en_b
import holdout14_en_c
import holdout14_en_d
import holdout14_es
import holdout14_fr
from holdout14_core import Spec, build, resolve, sent_at

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"
SPLIT = "holdout14"
PREFIX = "r14-"


def all_specs() -> list[Spec]:
    """Given nothing returns every holdout14 spec with its language set, in a fixed shuffled order."""
    out: list[Spec] = []
    for lang, mod in (("en", holdout14_en_a), ("en", holdout14_en_b), ("en", holdout14_en_c), ("en", holdout14_en_d),
                      ("de", holdout14_de), ("fr", holdout14_fr), ("es", holdout14_es)):
        for spec in mod.specs():
            spec.lang = lang
            out.append(spec)
    random.Random(1414).shuffle(out)
    return out


def rewrite(path: Path, header: list[str], mine: list[list[str]]) -> None:
    """Given a CSV, its header and this split's rows, replaces only this split's rows, atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != header:
        raise SystemExit(f"unexpected header in {path.name}: {rows[0]}")
    kept = [row for row in rows[1:] if not (row and row[0].startswith(PREFIX))]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept + mine)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(buf.getvalue())
    os.replace(tmp, path)
    print(f"{path.name}: kept {len(kept)} other rows, wrote {len(mine)} {SPLIT} rows")


def main() -> None:
    """Given nothing writes the .eml files and the CSV rows of the holdout14 split."""
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for num, spec in enumerate(all_specs(), start=1):
        sent = sent_at(num, spec.label)
        data, layout = build(spec, num, sent)
        name = f"{PREFIX}{num:04d}-{spec.label}-{spec.lang}.eml"
        (CORPUS / name).write_bytes(data)
        due = resolve(sent.date(), spec.promise, spec.at)
        labels.append([name, spec.label, due.isoformat() if due else "", SPLIT, spec.trap])
        entities.append([name, spec.lang, spec.company, spec.role, layout])
    rewrite(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    rewrite(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities)


if __name__ == "__main__":
    main()
