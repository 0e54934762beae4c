#!/usr/bin/env python3
"""Prints messages/second of classify_message on one core over the seen and training splits of the corpus
(no blind holdout), repeated to >= 20,000 messages.

Three numbers: classification alone (messages parsed beforehand), the same without the learned model,
and parse + classify from raw bytes.
Times are process CPU time (time.process_time), so other load on the machine does not count.
Usage: scripts/bench_mail.py [--count 20000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from afterview.connectors.mime import parse_message
from afterview.daemon.mailclass import classify_bytes, classify_message

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "mail"
TARGET = 5000.0
SEEN_PREFIXES = ("dev-", "holdout-", "h3-", "h4-", "t5-")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the mail classifier on one core.")
    parser.add_argument("--count", type=int, default=20_000, help="messages to classify (at least)")
    args = parser.parse_args(argv)
    # Blind holdouts (h5-, h6- …) stay unread until the lead's one run: time the seen and training splits only.
    raw = [path.read_bytes() for path in sorted(CORPUS.glob("*.eml")) if path.name.startswith(SEEN_PREFIXES)]
    repeat = -(-args.count // len(raw))
    messages = [parse_message(data) for data in raw]
    for msg in messages[:50]:  # warm the regex and import caches before timing
        classify_message(msg)
    batch = messages * repeat
    start = time.process_time()
    for msg in batch:
        classify_message(msg)
    pure = len(batch) / (time.process_time() - start)
    start = time.process_time()
    for msg in batch:
        classify_message(msg, model="rules")
    rules = len(batch) / (time.process_time() - start)
    raw_batch = raw * repeat
    start = time.process_time()
    for data in raw_batch:
        classify_bytes(data)
    parsed = len(raw_batch) / (time.process_time() - start)
    print(f"corpus {len(raw)} messages x {repeat} = {len(batch)}")
    print(f"classify_message (parsing excluded): {pure:,.0f} msg/s  (target >= {TARGET:,.0f})")
    print(f"classify_message, rules only (no learned model): {rules:,.0f} msg/s")
    print(f"classify_bytes   (parsing included): {parsed:,.0f} msg/s")
    return 0 if pure >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
