#!/usr/bin/env python3
"""Given the labelled corpus in tests/corpus/mail/, prints how well classify_message does.

Per-label precision/recall/F1, macro-F1 (auto_reply counted with other), the confusion matrix,
decision-date precision/recall/F1 (exact date), company/role accuracy, and every miss with reasons.
Usage: scripts/eval_mail.py [--split holdout|holdout3|…|holdout14|train5|…|train9|dev|all] [--quiet] [--rules-only]
Without --split it reports the held-out splits `holdout`, `holdout3`, `holdout4` and, once their files exist,
`holdout5` to `holdout14` (what `make eval` shows). `--rules-only` leaves the learned model out.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from afterview.connectors.base import MailMessage
from afterview.connectors.mime import parse_message
from afterview.daemon.mailclass import classify_message
from afterview.daemon.verdicts import MAIL_LABELS, MailVerdict

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"
MACRO_LABELS = ("rejection", "offer", "next_step", "pending", "acknowledgement", "other")
TARGETS = {"stop_precision": 0.97, "stop_recall": 0.90, "macro_f1": 0.90, "date_f1": 0.85}


@dataclass
class Report:
    """Counts and scores of one evaluation run."""

    n: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    prf: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)
    macro_f1: float = 0.0
    date_prf: tuple[float, float, float] = (0.0, 0.0, 0.0)
    date_counts: tuple[int, int, int] = (0, 0, 0)
    company_acc: float = 0.0
    role_acc: float = 0.0
    misses: list[str] = field(default_factory=list)

    def failures(self) -> list[str]:
        """Returns which targets this run misses (empty when all are met)."""
        out = []
        for label in ("rejection", "offer"):
            p, r, _, _ = self.prf[label]
            if p < TARGETS["stop_precision"]:
                out.append(f"{label} precision {p:.3f}")
            if r < TARGETS["stop_recall"]:
                out.append(f"{label} recall {r:.3f}")
        if self.macro_f1 < TARGETS["macro_f1"]:
            out.append(f"macro-F1 {self.macro_f1:.3f}")
        if self.date_prf[2] < TARGETS["date_f1"]:
            out.append(f"date F1 {self.date_prf[2]:.3f}")
        return out


def _merge(label: str) -> str:
    return "other" if label == "auto_reply" else label


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


SPLITS = ("holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9", "holdout10",
          "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16", "holdout17", "holdout18",
          "holdout19", "train5", "train6", "train7", "train8", "train9", "dev", "all")
DEFAULT_SPLITS = ("holdout", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout9",
                  "holdout10", "holdout11", "holdout12", "holdout13", "holdout14", "holdout15", "holdout16",
                  "holdout17", "holdout18", "holdout19")
# Given a parsed message and the user's addresses, returns a verdict (the shipped classifier by default).
Classify = Callable[[MailMessage, list[str]], MailVerdict]
# Shown with holdout3 to holdout8 and holdout12 to holdout17: each was measured blind once, then the classifier was
# fixed against its misses.
SEEN_NOTE = {
    "holdout3": "note: holdout3 was measured blind once (see tests/corpus/mail/README.md), then seen",
    "holdout4": "note: holdout4 was measured blind once (see tests/corpus/mail/README.md), then seen",
    "holdout5": "note: holdout5 was measured blind once (see tests/corpus/mail/README.md), then seen",
    "holdout6": "note: holdout6 was measured blind once (see tests/corpus/mail/README.md), then seen",
    "holdout7": "note: holdout7 was measured blind once (see tests/corpus/mail/README.md), then seen",
    "holdout8": "note: holdout8 was measured blind once (see tests/corpus/mail/README.md), then seen",
    **{f"holdout{n}": f"note: holdout{n} was measured blind once (see tests/corpus/mail/README.md), then seen"
       for n in (12, 13, 14, 15, 16, 17)},
}


def load_rows(split: str) -> list[dict[str, str]]:
    """Given a split name of SPLITS, returns the labels.csv rows of that split ('all': every row)."""
    with (CORPUS / "labels.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row for row in rows if split == "all" or row["split"] == split]


def _shipped(msg: MailMessage, me: list[str]) -> MailVerdict:
    return classify_message(msg, me=me)


def classify_file(path: Path, classify: Classify = _shipped) -> tuple[MailVerdict, str]:
    """Given an .eml path, returns its verdict (recipients as the user's own) and subject + text."""
    msg = parse_message(path.read_bytes(), ref=path.name)
    me = [p.email for p in msg.header.to if p.email]
    return classify(msg, me), msg.header.subject + "\n" + msg.text


def evaluate(split: str, classify: Classify = _shipped, rows: list[dict[str, str]] | None = None) -> Report:
    """Given a split name (or its rows) and a classifier, classifies its messages and returns the scores."""
    rows = load_rows(split) if rows is None else rows
    entities: dict[str, dict[str, str]] = {}
    with (CORPUS / "entities.csv").open(encoding="utf-8") as handle:
        entities = {row["file"]: row for row in csv.DictReader(handle)}
    report = Report(n=len(rows))
    d_tp = d_fp = d_fn = 0
    company_ok = role_ok = role_n = company_n = 0
    for row in rows:
        verdict, text = classify_file(CORPUS / row["file"], classify)
        gold, got = row["label"], verdict.label
        report.confusion[(gold, got)] = report.confusion.get((gold, got), 0) + 1
        want = date.fromisoformat(row["decision_date"]) if row["decision_date"] else None
        if verdict.decision_date is not None:
            if verdict.decision_date == want:
                d_tp += 1
            else:
                d_fp += 1
        if want is not None and verdict.decision_date != want:
            d_fn += 1
        if _merge(gold) != _merge(got) or verdict.decision_date != want:
            report.misses.append(
                f"{row['file']} [{row['trap'] or '-'}] gold={gold}/{want} got={got}/{verdict.decision_date}"
                f" ({verdict.confidence}) {'; '.join(verdict.reasons)}"
            )
        ent = entities.get(row["file"])
        if ent:
            company_n += 1
            company_ok += verdict.company == ent["company"]
            # Role is scored only where the message states it.
            if gold not in {"auto_reply", "other"} and ent["role"] in text:
                role_n += 1
                role_ok += verdict.role == ent["role"]
    for label in MAIL_LABELS:
        tp = report.confusion.get((label, label), 0)
        fp = sum(v for (g, p), v in report.confusion.items() if p == label and g != label)
        fn = sum(v for (g, p), v in report.confusion.items() if g == label and p != label)
        report.prf[label] = (*_prf(tp, fp, fn), tp + fn)
    f1s = []
    for label in MACRO_LABELS:
        tp = sum(v for (g, p), v in report.confusion.items() if _merge(g) == label and _merge(p) == label)
        fp = sum(v for (g, p), v in report.confusion.items() if _merge(p) == label and _merge(g) != label)
        fn = sum(v for (g, p), v in report.confusion.items() if _merge(g) == label and _merge(p) != label)
        f1s.append(_prf(tp, fp, fn)[2])
    report.macro_f1 = sum(f1s) / len(f1s)
    report.date_prf = _prf(d_tp, d_fp, d_fn)
    report.date_counts = (d_tp, d_fp, d_fn)
    report.company_acc = company_ok / company_n if company_n else 0.0
    report.role_acc = role_ok / role_n if role_n else 0.0
    return report


def print_report(report: Report, split: str, quiet: bool) -> None:
    """Given a report, prints the tables (and the misses unless quiet)."""
    print(f"split={split} messages={report.n}")
    print(f"{'label':<16}{'prec':>7}{'rec':>7}{'f1':>7}{'n':>5}")
    for label in MAIL_LABELS:
        p, r, f, n = report.prf[label]
        print(f"{label:<16}{p:7.3f}{r:7.3f}{f:7.3f}{n:5d}")
    print(f"macro-F1 (auto_reply with other): {report.macro_f1:.3f}")
    dp, dr, df = report.date_prf
    print(f"decision date: precision {dp:.3f} recall {dr:.3f} F1 {df:.3f} (tp/fp/fn {report.date_counts})")
    print(f"company exact {report.company_acc:.3f}  role exact (where stated) {report.role_acc:.3f}")
    short = {"rejection": "rej", "offer": "off", "next_step": "next", "pending": "pend",
             "acknowledgement": "ack", "auto_reply": "auto", "other": "oth"}
    print("confusion (rows gold, columns predicted)")
    print(" " * 6 + "".join(f"{short[p]:>6}" for p in MAIL_LABELS))
    for g in MAIL_LABELS:
        print(f"{short[g]:<6}" + "".join(f"{report.confusion.get((g, p), 0):6d}" for p in MAIL_LABELS))
    failures = report.failures()
    print("targets: " + ("all met" if not failures else "MISSED " + ", ".join(failures)))
    if not quiet:
        print(f"misclassified or wrong date ({len(report.misses)}):")
        for line in report.misses:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the mail classifier on the labelled corpus.")
    parser.add_argument("--split", choices=SPLITS, default=None,
                        help="one split (default: holdout, holdout3, holdout4, then holdout5 to holdout14 if written)")
    parser.add_argument("--quiet", action="store_true", help="do not list the misclassified files")
    parser.add_argument("--rules-only", action="store_true", help="classify without the learned model")
    args = parser.parse_args(argv)
    always = ("holdout", "holdout3", "holdout4")
    splits = (args.split,) if args.split else tuple(s for s in DEFAULT_SPLITS if s in always or load_rows(s))
    classify: Classify = _shipped
    if args.rules_only:
        def classify(msg: MailMessage, me: list[str]) -> MailVerdict:
            return classify_message(msg, me=me, model="rules")
    for number, split in enumerate(splits):
        if number:
            print()
        print_report(evaluate(split, classify), split, args.quiet)
        if split in SEEN_NOTE:
            print(SEEN_NOTE[split])
    return 0


if __name__ == "__main__":
    sys.exit(main())
