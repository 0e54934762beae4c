"""Write the holdout18 blind mail corpus (x18-*.eml) and its rows in labels.csv / entities.csv.

Given nothing, writes ~200 messages into tests/corpus/mail/ and replaces only the `holdout18` rows of the CSVs
(re-read right before writing, written atomically); raises ValueError on an inconsistent record.
"""

from __future__ import annotations

import csv
import io
import os
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from holdout18_core import MONTHS, M, build, fmt_day, quoted, resolve, sent_at
from holdout18_de import MESSAGES as DE
from holdout18_en_a import MESSAGES as EN_A
from holdout18_en_b import MESSAGES as EN_B
from holdout18_en_c import MESSAGES as EN_C
from holdout18_en_d import MESSAGES as EN_D
from holdout18_es import MESSAGES as ES
from holdout18_fr import MESSAGES as FR

ROOT = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"
SPLIT = "holdout18"
PREFIX = "x18-"
LABELS = {"rejection", "offer", "next_step", "pending", "acknowledgement", "auto_reply", "other"}


def interleave(*groups: list[M]) -> list[M]:
    """Given lists of messages, returns them interleaved so languages and labels spread over the dates."""
    out: list[M] = []
    longest = max(len(g) for g in groups)
    for k in range(longest):
        out.extend(g[k] for g in groups if k < len(g))
    return out


def render(m: M, i: int) -> tuple[bytes, str]:
    """Given a record and its index, returns the message bytes and the expected decision date (or "")."""
    if m.label not in LABELS or m.lang not in ("en", "de", "fr", "es"):
        raise ValueError(f"bad record {i}: {m.label} {m.lang}")
    when = sent_at(i)
    due = resolve(when.date(), m.promise)
    text = m.body.strip("\n") + "\n"
    if "{D}" in text:
        if due is None or m.promise is None or m.promise[0] != "explicit":
            raise ValueError(f"record {i} writes a date without an explicit promise")
        text = text.replace("{D}", fmt_day(due, m.lang))
    if "{X}" in text:  # a date written in the mail that is not a decision date (start, interview, deadline)
        text = text.replace("{X}", fmt_day(when.date() + timedelta(days=12 + i % 9), m.lang))
    text = text.replace("{M}", MONTHS[m.lang][when.month - 1])
    if m.quote:
        style = m.layout if m.layout == "forward" else m.extra.pop("X-Quote-Style", "gmail")
        q = quoted(style, m.quote, when, m.lang)
        origin = m.extra.pop("X-Fwd-From", m.sender)
        text += q.replace("{to}", origin).replace("{subj}", m.subject.removeprefix("Re: ").removeprefix("AW: "))
    return build(m, i, when, text), (due.isoformat() if due else "")


def write_csv(path: Path, header: list[str], mine: list[list[str]]) -> None:
    """Given a CSV path, its header and this split's rows, rewrites it keeping every other row, atomically."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != header:
        raise ValueError(f"unexpected header in {path.name}")
    kept = [r for r in rows[1:] if not r[0].startswith(PREFIX)]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(kept + mine)
    tmp = path.with_suffix(".csv.tmp18")
    tmp.write_text(buf.getvalue(), encoding="utf-8")
    os.replace(tmp, path)
    print(f"{path.name}: kept {len(kept)} other rows, wrote {len(mine)} {SPLIT} rows")


def main() -> None:
    """Given the message modules, writes the .eml files and the CSV rows; prints counts."""
    msgs = interleave(EN_A, DE, EN_C, FR, EN_D, ES, EN_B)
    for old in ROOT.glob(PREFIX + "*.eml"):
        old.unlink()
    labels: list[list[str]] = []
    ents: list[list[str]] = []
    for i, m in enumerate(msgs, start=1):
        quote = f"+quote-{m.extra.get('X-Quote-Style', 'gmail')}" if m.quote and m.layout != "forward" else ""
        data, due = render(m, i)
        name = f"{PREFIX}{i:04d}-{m.label}-{m.lang}.eml"
        (ROOT / name).write_bytes(data)
        labels.append([name, m.label, due, SPLIT, m.trap])
        layout = f"{m.layout}{quote}/{m.charset}/{m.cte or 'default'}"
        ents.append([name, m.lang, m.company, m.role, layout])
    write_csv(ROOT / "labels.csv", ["file", "label", "decision_date", "split", "trap"], labels)
    write_csv(ROOT / "entities.csv", ["file", "lang", "company", "role", "layout"], ents)
    print(len(msgs), dict(Counter(m.label for m in msgs)), dict(Counter(m.lang for m in msgs)))
    print("dated:", sum(1 for r in labels if r[2]))


if __name__ == "__main__":
    main()
