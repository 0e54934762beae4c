"""Writes the blind holdout16 employer-mail corpus (v16-*.eml) and its rows in labels.csv / entities.csv."""

from __future__ import annotations

import csv
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout16_core import M, build, layout_name, resolve
from holdout16_de import MESSAGES as DE
from holdout16_en_a import MESSAGES as EN_A
from holdout16_en_b import MESSAGES as EN_B
from holdout16_es import MESSAGES as ES
from holdout16_fr import MESSAGES as FR

SPLIT = "holdout16"
PREFIX = "v16-"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"

# Messages written without a wrapping of their own get one from this rotation, so that transfer encodings and
# HTML parts are spread over every label and language instead of following the author's habits.
_ROTATION: list[tuple[str, str]] = [("plain", "8bit"), ("plain", "qp"), ("alt", "qp"), ("html", "b64"),
                                    ("plain", "b64"), ("alt", "8bit"), ("plain", "8bit")]


def _wrap(msg: M, index: int) -> M:
    """Given a spec and its position, returns it with a rotated layout if the author left the defaults."""
    if msg.layout != "plain" or msg.cte != "8bit" or msg.cs != "utf-8":
        return msg
    layout, cte = _ROTATION[index % len(_ROTATION)]
    quote = "bq" if msg.quote == "gmail" and layout in ("alt", "html") else msg.quote
    return dataclasses.replace(msg, layout=layout, cte=cte, quote=quote)


def _rewrite(path: Path, mine: list[list[str]], col: int, value: str, exact: bool) -> None:
    """Given a CSV and this split's rows, replaces only this split's rows, keeping every other row, atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    kept = [r for r in body if not (len(r) > col and (r[col] == value if exact else r[col].startswith(value)))]
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(kept + mine)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def main() -> None:
    """Given nothing, writes every message file and this split's CSV rows; raises on an inconsistent spec."""
    messages: list[M] = [*EN_A, *EN_B, *DE, *FR, *ES]
    for old in CORPUS.glob(PREFIX + "*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    entities: list[list[str]] = []
    for i, spec in enumerate(messages, start=1):
        msg = _wrap(spec, i)
        name = f"{PREFIX}{i:04d}-{msg.label}-{msg.lang}.eml"
        data, sent = build(msg, i)
        (CORPUS / name).write_bytes(data)
        due = resolve(msg.promise, sent)
        labels.append([name, msg.label, due.isoformat() if due else "", SPLIT, msg.trap])
        entities.append([name, msg.lang, msg.company, msg.role, layout_name(msg)])
    _rewrite(CORPUS / "labels.csv", labels, 3, SPLIT, exact=True)
    _rewrite(CORPUS / "entities.csv", entities, 0, PREFIX, exact=False)
    print(f"wrote {len(messages)} messages")


if __name__ == "__main__":
    main()
