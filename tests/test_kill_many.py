"""Hundreds of SIGKILLs across seeds: every restart resumes without duplicates or lost evidence.

A tiny driver (this file run as a script) runs a five-step schedule of engine cycles over a demo
workspace (vdir calendar + Maildir, the real connectors on real folders): the user sends a
thank-you, the employer rejects, days pass. Before each step it delivers that step's mail
(atomic, fixed names) and after it records progress, so a restarted driver resumes where the
last one stopped, re-running the interrupted step. Each driver is forked from a process that
has already imported everything (so start-up time is not what gets killed) and is SIGKILLed
at a moment spread over the measured run length, two workers in parallel, until at least 200
kills have hit a running driver. After every
kill: PRAGMA integrity_check is ok, no evidence recorded before is lost, no tickler key is in
two files. At the end of each seed: calendar, drafts and state equal an unbroken run's.

The memory connector is not run here: its calendar and drafts live in the killed process, so
after a SIGKILL there is no surviving world in which to look for duplicates; rebuilding it from
the state file would only replay the ledger and check it against itself.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default
from email.utils import format_datetime
from pathlib import Path

NOW = datetime.fromisoformat("2026-11-17T16:00:00+01:00")
STEP_DAYS = (0, 1, 2, 8, 16)
MIN_KILLS = 200
WORKERS = 2
ME = "jordan.lee@example.org"


# ---------------------------------------------------------------- the driver (runs in the subprocess)


def _step_mail(step: int, when: datetime) -> list[tuple[str, str, bytes]]:
    """Returns (folder, file name, bytes) of the mail that arrives just before `step` runs."""
    msg = EmailMessage()
    if step == 1:  # the user sends the thank-you note to Acme's interviewer
        folder, msg["From"], msg["To"] = ".Sent", f"Jordan Lee <{ME}>", "Dana Smith <dana.smith@acme.example>"
        msg["Subject"] = "Thank you - Senior Data Engineer interview"
        body = "Hi Dana,\n\nThank you for your time yesterday and the conversation about the pipeline.\n\nJordan"
    elif step == 2:  # Acme rejects
        folder, msg["From"], msg["To"] = "", "Dana Smith <dana.smith@acme.example>", ME
        msg["Subject"] = "Your application for Senior Data Engineer"
        body = (
            "Dear Jordan,\n\nThank you for taking the time to interview with us for the Senior Data Engineer role. "
            "After careful consideration we have decided to move forward with other candidates whose experience "
            "more closely matches our needs.\n\nWe wish you all the best in your search.\n\nDana Smith\nAcme"
        )
    else:
        return []
    msg["Date"] = format_datetime(when - timedelta(hours=3))
    msg["Message-ID"] = f"<kill-step-{step}@example.org>"
    msg.set_content(body)
    return [(folder, f"{1700000000 + step}.kill{step}.host:2,S", msg.as_bytes())]


def _atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def drive(root: Path) -> None:
    """Runs the schedule's remaining steps over the workspace at `root`, recording progress."""
    from afterview.daemon.config import load_config
    from afterview.daemon.engine import Engine

    config = load_config(root / "config.toml")
    progress = root / "progress"
    done = int(progress.read_text()) if progress.exists() else 0
    for step in range(done, len(STEP_DAYS)):
        moment = NOW + timedelta(days=STEP_DAYS[step])
        for folder, name, data in _step_mail(step, moment):
            target = root / "mail" / folder / "cur" / name
            if not target.exists():
                _atomic(target, data)
        with Engine.open(config, clock=lambda moment=moment: moment) as engine:  # type: ignore[misc]
            engine.run_cycle()
        _atomic(progress, str(step + 1).encode())


def zygote() -> None:
    """Imports once, then per stdin line "ROOT DELAY" forks a driver and SIGKILLs it after DELAY seconds.

    Prints "killed SECONDS" or "exited STATUS SECONDS". The fork keeps interpreter start-up and
    imports out of every run, so kills land in cycles; the zygote kills its own unreaped child,
    so a recycled pid can never be hit.
    """
    import afterview.daemon.engine  # noqa: F401  (the imports every child inherits)

    print("ready", flush=True)
    for line in sys.stdin:
        root, delay = line.rsplit(" ", 1)
        began = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                drive(Path(root))
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            os._exit(code)
        deadline = began + float(delay)
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                print(f"exited {os.waitstatus_to_exitcode(status)} {time.monotonic() - began:.3f}", flush=True)
                break
            if time.monotonic() >= deadline:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                print(f"killed {time.monotonic() - began:.3f}", flush=True)
                break
            time.sleep(0.002)


# ---------------------------------------------------------------- what a user and the ledger see


def snapshot(root: Path) -> dict[str, object]:
    """Returns ticklers and drafts (key -> count, key -> content) and the ledger; checks integrity."""
    from afterview.connectors.mime import stored_draft_from_bytes

    ticklers: Counter[str] = Counter()
    tickler_text: dict[str, bytes] = {}
    for path in (root / "calendar").glob("*.ics"):
        data = path.read_bytes().replace(b"\r\n ", b"")  # unfolded: keys are longer than a line
        if b"X-AFTERVIEW-KEY" in data:
            key = data.split(b"X-AFTERVIEW-KEY:", 1)[1].split(b"\r\n", 1)[0].decode()
            ticklers[key] += 1
            tickler_text[key] = b"\n".join(line for line in data.splitlines() if not line.startswith(b"DTSTAMP"))
    drafts: Counter[str] = Counter()
    draft_print: dict[str, str] = {}
    for path in (root / "mail" / ".Drafts").glob("*/*"):
        data = path.read_bytes()
        key = BytesHeaderParser(policy=default).parsebytes(data)["X-Afterview-Key"]
        stored = stored_draft_from_bytes(data, ref="x")
        if key and stored is not None:
            drafts[str(key)] += 1
            draft_print[str(key)] = stored.fingerprint
    db = sqlite3.connect(root / "state.sqlite3")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        migrated = {"artifacts", "evidence", "applications"} <= tables
        ledger = sorted(db.execute("SELECT key, kind, state, content_hash FROM artifacts")) if migrated else []
        evidence = {r[0] for r in db.execute("SELECT key FROM evidence")} if migrated else set()
        apps = sorted(r[0] for r in db.execute("SELECT id FROM applications")) if migrated else []
    finally:
        db.close()
    return {
        "ticklers": ticklers, "tickler_text": tickler_text, "drafts": drafts, "draft_print": draft_print,
        "ledger": ledger, "evidence": evidence, "apps": apps,
    }


# ---------------------------------------------------------------- the test


class Zygote:
    """A forking driver process (see `zygote`); one per worker thread."""

    def __init__(self) -> None:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--zygote"]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.readline() == "ready"

    def readline(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def run(self, root: Path, delay: float = 120.0) -> tuple[bool, float]:
        """Runs the driver over `root`, killing it after `delay` s; returns (killed, seconds)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{root} {delay}\n")
        self.proc.stdin.flush()
        words = self.readline().split()
        assert words and words[0] in ("killed", "exited"), words
        if words[0] == "exited":
            assert words[1] == "0", f"the driver failed over {root}"
        return words[0] == "killed", float(words[-1])

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


class Tally:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.kills = 0
        self.mid_step = 0
        self.seeds = 0
        self.draft_pairs = 0


def check_after_kill(root: Path, seed: int, seen_evidence: set[str]) -> dict[str, object]:
    """Given a workspace just killed, checks integrity, evidence kept and no duplicates; returns it."""
    now = snapshot(root)
    evidence = now["evidence"]
    ticklers = now["ticklers"]
    drafts = now["drafts"]
    assert isinstance(evidence, set) and isinstance(ticklers, Counter) and isinstance(drafts, Counter)
    assert seen_evidence <= evidence, f"seed {seed}: evidence lost after a kill"
    assert max(ticklers.values(), default=0) <= 1, f"seed {seed}: a tickler key in two files"
    # A kill between writing a draft's new file and removing the old one leaves both; the next
    # cycle removes the old one (checked at the end), so only pairs are tolerated here.
    assert max(drafts.values(), default=0) <= 2, f"seed {seed}: a draft key in three files"
    return now


def one_seed(seed: int, zygote: Zygote, template: Path, work: Path, span: float, expected: dict[str, object],
             tally: Tally) -> None:
    """Copies the template, kills drivers at random moments until the schedule completes, then compares."""
    rng = random.Random(seed)
    root = work / f"seed-{seed}"
    shutil.copytree(template, root)
    seen: set[str] = set()
    progress = root / "progress"
    while not (progress.exists() and int(progress.read_text()) == len(STEP_DAYS)):
        killed, _ = zygote.run(root, rng.uniform(0.0, 0.5 * span))
        now = check_after_kill(root, seed, seen)
        seen = now["evidence"]  # type: ignore[assignment]
        with tally.lock:
            tally.kills += killed
            step = progress.read_text() if progress.exists() else "0"
            tally.mid_step += killed and len(now["ledger"]) > 0 and step != str(len(STEP_DAYS))  # type: ignore[arg-type]
            tally.draft_pairs += sum(1 for n in now["drafts"].values() if n == 2)  # type: ignore[attr-defined]
    zygote.run(root)
    got = snapshot(root)
    ours, theirs = set(got["ledger"]), set(expected["ledger"])  # type: ignore[call-overload]
    assert ours == theirs, f"seed {seed}: ledger differs: here {ours - theirs}, unbroken {theirs - ours}"
    for key in ("ticklers", "tickler_text", "drafts", "draft_print", "evidence", "apps"):
        assert got[key] == expected[key], f"seed {seed}: {key} differs from the unbroken run"
    with tally.lock:
        tally.seeds += 1


def test_two_hundred_kills_across_seeds_duplicate_nothing_and_lose_nothing(tmp_path: Path) -> None:
    from afterview.daemon.demo import build_workspace

    template = tmp_path / "template"
    build_workspace(template, NOW)
    reference = tmp_path / "reference"
    shutil.copytree(template, reference)
    first = Zygote()
    try:
        _, span = first.run(reference)
        expected = snapshot(reference)
        (reference / "progress").write_text(str(len(STEP_DAYS) - 1))
        first.run(reference)  # the last step once more, as after a kill just before recording progress
        assert snapshot(reference) == expected, "a cycle run twice at the same moment changes nothing"
    finally:
        first.close()
    assert max(expected["drafts"].values()) == 1  # type: ignore[attr-defined]
    assert len(expected["ledger"]) >= 5  # type: ignore[arg-type]
    assert any(row[2] == "removed" for row in expected["ledger"]), "the schedule removes reminders"  # type: ignore[attr-defined]

    tally = Tally()
    zygotes = [Zygote() for _ in range(WORKERS)]
    seed = 0
    began = time.monotonic()
    try:
        with ThreadPoolExecutor(WORKERS) as pool:
            while tally.kills < MIN_KILLS:
                batch = [
                    pool.submit(one_seed, seed + i, z, template, tmp_path, span, expected, tally)
                    for i, z in enumerate(zygotes)
                ]
                seed += WORKERS
                for future in batch:
                    future.result()
                assert seed < 400, "kills keep missing the running driver"
    finally:
        for z in zygotes:
            z.close()
    print(
        f"\n{tally.kills} kills over {tally.seeds} seeds in {time.monotonic() - began:.0f}s "
        f"({tally.mid_step} after some artifacts existed, {tally.draft_pairs} transient draft pairs); "
        f"unbroken schedule {span:.2f}s"
    )
    assert tally.mid_step >= MIN_KILLS // 4, "kills must land inside cycles, not only before them"


if __name__ == "__main__":
    zygote()
