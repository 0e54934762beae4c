#!/usr/bin/env python3
"""Prints the Google connectors' request counts against the loopback fake (tests/support/fakes).

A first sync of a mailbox with N messages and a calendar with M events, then an idle
incremental cycle: the idle cycle must cost one Calendar request per calendar and one Gmail
request (exit code 1 otherwise). Usage: scripts/bench_google.py [--messages 300] [--events 50]
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "support"))

from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.google.calendar import GoogleCalendar
from afterview.connectors.google.gmail import GmailMailbox
from afterview.connectors.secrets import set_secret
from contract_data import a_message, an_interview
from fakes.google_fake import running_fake
from google_kit import google_event, options
from memory_keyring import memory_keyring

WINDOW = (datetime(2030, 1, 1, tzinfo=UTC), datetime(2031, 1, 1, tzinfo=UTC))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Google connector request counts against the fake.")
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--events", type=int, default=50)
    args = parser.parse_args(argv)
    ctx = ConnectorContext(account="bench", timezone=ZoneInfo("Europe/Berlin"))
    with running_fake() as fake, memory_keyring():
        set_secret("bench", "google_refresh_token", fake.issue_refresh_token())
        fake.calendar.add_calendar("work")
        start = datetime(2030, 3, 4, 9, tzinfo=UTC)
        for n in range(args.events):
            when = start + timedelta(hours=n)
            fake.calendar.put_event(google_event(an_interview(uid=f"ev{n}@acme.example", start=when)),
                                    calendar="primary" if n % 2 else "work")
        for n in range(args.messages):
            fake.gmail.deliver(a_message(message_id=f"m{n}@acme.example", subject=f"Interview {n}"))
        calendar = GoogleCalendar.from_options(options(fake, calendars=["primary", "work"]), ctx)
        mailbox = GmailMailbox.from_options(options(fake), ctx)
        query = MailQuery(since=WINDOW[0], domains=frozenset({"acme.example"}), terms=("interview",))
        cursor_c = calendar.list_events(None, WINDOW).cursor
        cursor_m = mailbox.list_messages(None, query).cursor
        first = dict(fake.http_requests)
        print(f"first sync ({args.events} events in 2 calendars, {args.messages} messages): "
              f"calendar {first.get('calendar', 0)} HTTP requests, gmail {first.get('gmail', 0)} HTTP requests "
              f"({fake.calls['gmail.users.messages.get']} metadata gets in batches), "
              f"token {first.get('token', 0)}")
        fake.reset_counts()
        calendar.list_events(cursor_c, WINDOW)
        mailbox.list_messages(cursor_m, query)
        idle = dict(fake.http_requests)
        print(f"idle cycle: calendar {idle.get('calendar', 0)} requests (2 calendars), "
              f"gmail {idle.get('gmail', 0)} request")
        calendar.close()
        mailbox.close()
        ok = idle.get("calendar") == 2 and idle.get("gmail") == 1 and not fake.violations
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
