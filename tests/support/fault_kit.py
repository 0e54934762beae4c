"""Helpers for the fault tests: two-account configs (one faulty backend + a healthy memory account),
cycles at a test clock, what each backend holds (owned keys, counted), and `afterview status` output.

The healthy account "local" is a memory calendar + mailbox holding an interview at Globex; the
faulty account holds an interview at Acme. Both interviews end before `AFTER`, so one cycle at
`AFTER` wants thank-you drafts and reminders on both accounts.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from email import message_from_bytes
from email import policy as email_policy
from pathlib import Path
from typing import Any

from afterview.daemon.cli import main
from afterview.daemon.config import Config, parse_config
from afterview.daemon.engine import CycleReport, Engine
from afterview.daemon.state import SourceHealth
from click.testing import CliRunner
from engine_kit import ME, TZ, Clock, interview, stores

START = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)  # a Tuesday; Acme's interview ends at 15:00
AFTER = START + timedelta(minutes=65)  # thank-you drafts are due, the 17:00 reminder still ahead
LOCAL = "local"
HEADER = [f'me = ["{ME}"]', 'name = "Jordan Lee"', 'timezone = "Europe/Berlin"', "[state]", 'path = "state.sqlite3"',
          "[service]", "max_backoff_minutes = 60"]
LOCAL_TABLES = [f"[accounts.{LOCAL}]", 'calendar = { type = "memory", name = "local-cal" }',
                'mail = { type = "memory", name = "local-mail" }']


def write_config(tmp_path: Path, account_lines: list[str]) -> Config:
    """Given the faulty account's TOML lines, writes config.toml (with the healthy local account); returns it."""
    text = "\n".join([*HEADER, *account_lines, *LOCAL_TABLES]) + "\n"
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return parse_config(text, base_dir=tmp_path, path=path)


def inline(options: dict[str, Any]) -> str:
    """Given connector options, returns them as a TOML inline table."""
    def value(v: Any) -> str:
        if isinstance(v, bool):
            return "true" if v else "false"
        return str(v) if isinstance(v, (int, float)) else f'"{v}"'

    return "{ " + ", ".join(f"{k} = {value(v)}" for k, v in options.items()) + " }"


def acme_interview() -> Any:
    return interview("iv-1@acme.com", START)


def seed_local(config: Config) -> None:
    """Puts Globex's interview (ended 12:00) into the healthy account's calendar."""
    cal, _ = stores(config, LOCAL)
    cal.put_event(interview("iv-2@globex.com", START - timedelta(hours=3), company="Globex", domain="globex.com",
                            people=(("Ann Bee", "ann.bee"),)))


def cycle(config: Config, clock: Clock) -> CycleReport:
    with Engine.open(config, clock=clock) as engine:
        return engine.run_cycle()


def health(config: Config) -> dict[str, SourceHealth]:
    with Engine.open(config, connect=False) as engine:
        return {h.source: h for h in engine.state.health()}


def ledger(config: Config) -> dict[str, tuple[str, str]]:
    """Returns the artifact ledger: key -> (account, state)."""
    with Engine.open(config, connect=False) as engine:
        return {r.key: (r.account, r.state) for r in engine.state.artifacts()}


def evidence_keys(config: Config) -> list[str]:
    with Engine.open(config, connect=False) as engine:
        return sorted(e.key for e in engine.state.evidence())


def held(config: Config, account: str) -> Counter[str]:
    """Returns the owned artifact keys `account`'s backends hold, counted, read through the contract."""
    with Engine.open(config) as engine:
        assert not engine.broken, engine.broken
        found: Counter[str] = Counter()
        calendar, mailbox = engine.calendars.get(account), engine.mailboxes.get(account)
        if calendar is not None:
            found.update(t.key for t in calendar.list_ticklers())
        if mailbox is not None:
            found.update(d.key for d in mailbox.list_drafts())
        return found


def live_keys(config: Config, account: str) -> set[str]:
    return {k for k, (acc, state) in ledger(config).items() if acc == account and state == "live"}


def status(config: Config, now: datetime) -> tuple[int, str, str]:
    """Runs `afterview --config … --now … status`; returns (exit code, stdout, stderr)."""
    result = CliRunner().invoke(main, ["--config", str(config.path), "--now", now.isoformat(), "status"])
    return result.exit_code, result.stdout, result.stderr


def google_held(fake: Any) -> Counter[str]:
    """Returns the owned keys the Google fake holds itself (events by afterview_key, drafts by header)."""
    found: Counter[str] = Counter()
    for event in fake.calendar.live():
        private = (event.get("extendedProperties") or {}).get("private", {})
        if private.get("afterview_owner") == "afterview":
            found[private["afterview_key"]] += 1
    for draft_id in list(fake.gmail.drafts):
        msg = message_from_bytes(fake.gmail.draft_message(draft_id).raw, policy=email_policy.default)
        if msg.get("X-Afterview-Owner") == "afterview":
            found[str(msg["X-Afterview-Key"]).strip()] += 1
    return found
