"""Write the holdout13 employer-mail split: q13-NNNN-<label>-<lang>.eml plus its rows in labels.csv / entities.csv.

Given the hand-written messages in scripts/holdout13_*.py, writes the files deterministically and replaces only the
rows of split holdout13 in the CSVs (re-read right before writing; temp file + rename). Raises ValueError on a bad
label or language.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout13_de import MESSAGES as DE
from holdout13_en_a import MESSAGES as EN_A
from holdout13_en_b import MESSAGES as EN_B
from holdout13_en_c import MESSAGES as EN_C
from holdout13_en_d import MESSAGES as EN_D
from holdout13_es import MESSAGES as ES
from holdout13_fr import MESSAGES as FR
from holdout13_mime import Msg, build, resolve

SPLIT = "holdout13"
PREFIX = "q13-"
LABELS = {"rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other"}
LANGS = {"en", "de", "fr", "es"}
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "mail"


def _rewrite(path: Path, header: list[str], mine: list[list[str]], split_col: str | None) -> None:
    """Given a CSV and this split's rows, keeps every other row as it is and replaces ours atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != header:
        raise ValueError(f"unexpected header in {path.name}")

    def ours(row: list[str]) -> bool:
        if split_col is not None:
            return len(row) > 3 and row[3] == SPLIT
        return bool(row) and row[0].startswith(PREFIX)

    kept = [r for r in rows[1:] if not ours(r)]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(kept)
    writer.writerows(mine)
    tmp = path.with_suffix(".csv.tmp13")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)
    print(f"{path.name}: kept {len(kept)} rows, wrote {len(mine)} {SPLIT} rows")


def main() -> None:
    """Given nothing returns nothing; writes the split's files and CSV rows."""
    messages: list[Msg] = [*EN_A, *EN_B, *EN_C, *EN_D, *DE, *FR, *ES]
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for old in CORPUS.glob(f"{PREFIX}*.eml"):
        old.unlink()
    for idx, msg in enumerate(messages, start=1):
        if msg.label not in LABELS or msg.lang not in LANGS:
            raise ValueError(f"bad label/lang in message {idx}: {msg.label}/{msg.lang}")
        data, sent, layout = build(idx, msg)
        name = f"{PREFIX}{idx:04d}-{msg.label}-{msg.lang}.eml"
        (CORPUS / name).write_bytes(data)
        due = resolve(sent, msg.when)
        labels.append([name, msg.label, due.isoformat() if due else "", SPLIT, msg.trap])
        entities.append([name, msg.lang, msg.company, msg.role, layout])
    _rewrite(CORPUS / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels, "split")
    _rewrite(CORPUS / "entities.csv", ["file", "lang", "company", "role", "layout"], entities, None)


if __name__ == "__main__":
    main()
