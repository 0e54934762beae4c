#!/usr/bin/env python3
"""Long-run benchmark: the daemon's RSS after thousands of cycles with new mail trickling in.

Opens the engine once, as `afterview run` does, over a demo workspace (vdir + Maildir) and runs
N cycles (default 2,000) with the clock advancing 15 minutes per cycle (about three weeks);
every few cycles a newsletter or personal mail arrives, now and then an employer's reply.
Runs in a subprocess and prints RSS (VmRSS) along the way and the peak (VmHWM). Target < 80 MB.
Usage: scripts/bench_longrun.py [--cycles 2000] [--every 5]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)
ME = "jordan.lee@example.org"
EMPLOYERS = [("Priya Shah", "priya.shah@globex.example", "Your interview for Product Analyst"),
             ("Morgan Lee", "morgan.lee@initech.example", "Re: Thank you")]


def rss_mb(field: str) -> float:
    """Given VmRSS or VmHWM, returns this process's value in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def deliver(root: Path, n: int, when: datetime, rng: random.Random) -> None:
    msg = EmailMessage()
    if n % 40 == 0:
        name, addr, subject = EMPLOYERS[(n // 40) % len(EMPLOYERS)]
        msg["From"], msg["Subject"] = f"{name} <{addr}>", subject
        body = "Hi Jordan,\n\nThanks for your patience, we are still reviewing candidates.\n\nBest"
    else:
        msg["From"], msg["Subject"] = f"news{n % 9}@letters.example", f"Weekly digest {n}"
        body = " ".join(rng.choice(("data", "team", "weekend", "sale", "launch", "notes")) for _ in range(800))
    msg["To"], msg["Date"], msg["Message-ID"] = ME, format_datetime(when), f"<longrun-{n}@example.org>"
    msg.set_content(body)
    tmp = root / "mail" / "tmp" / f"longrun-{n}"
    tmp.write_bytes(msg.as_bytes())
    os.replace(tmp, root / "mail" / "new" / f"{int(time.time())}.longrun{n}.bench")


def child(cycles: int, every: int) -> None:
    from afterview.daemon.config import load_config
    from afterview.daemon.demo import build_workspace
    from afterview.daemon.engine import Engine

    rng = random.Random(20261117)
    with tempfile.TemporaryDirectory(prefix="afterview-longrun-") as tmp:
        root = Path(tmp)
        build_workspace(root, NOW)
        config = load_config(root / "config.toml")
        clock = [NOW]
        began = time.perf_counter()
        changes = 0
        with Engine.open(config, clock=lambda: clock[0]) as engine:
            for cycle in range(1, cycles + 1):
                if cycle % every == 0:
                    deliver(root, cycle // every, clock[0] - timedelta(minutes=5), rng)
                changes += len(engine.run_cycle().changes)
                clock[0] += timedelta(minutes=15)
                if cycle in (1, 10, 100) or cycle % 500 == 0:
                    print(f"   cycle {cycle:5d}: RSS {rss_mb('VmRSS'):6.1f} MB", flush=True)
            evidence = len(engine.state.evidence())
        seconds = time.perf_counter() - began
    print(f"   {cycles} cycles in {seconds:.1f}s ({seconds / cycles * 1000:.1f} ms/cycle), {changes} changes, "
          f"{cycles // every} messages delivered, {evidence} observations stored")
    print(f"   peak RSS (VmHWM) {rss_mb('VmHWM'):.1f} MB; RSS at the end {rss_mb('VmRSS'):.1f} MB (target < 80 MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="RSS after a long simulated run.")
    parser.add_argument("--cycles", type=int, default=2000)
    parser.add_argument("--every", type=int, default=5, help="a message arrives every N cycles")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.cycles, args.every)
        return 0
    print(f"-- {args.cycles} cycles over the demo workspace (vdir + Maildir), 15 simulated minutes apart", flush=True)
    cmd = [sys.executable, __file__, "--child", "--cycles", str(args.cycles), "--every", str(args.every)]
    return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
