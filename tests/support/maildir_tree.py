"""Real Maildir trees for paging tests: folders, messages delivered as mail tools do, a fresh connector."""

from __future__ import annotations

import itertools
import os
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from afterview.connectors.base import ConnectorContext, MailQuery
from afterview.connectors.maildir import MaildirMailbox

QUERY = MailQuery(since=datetime.now(UTC) - timedelta(days=60))
CTX = ConnectorContext(account="mail", timezone=ZoneInfo("Europe/Berlin"), me=("me@example.org",))
_counter = itertools.count()


def make_tree(root: Path) -> dict[str, Path]:
    for folder in (root, root / ".Sent", root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    return {"root": root, "inbox": root, "sent": root / ".Sent"}


def deliver(folder: Path, message_id: str, *, age_hours: float = 1.0, sent: bool = False) -> Path:
    """Writes a message dated and stamped `age_hours` ago into new/ (inbox) or cur/ (sent), as mail tools do."""
    when = datetime.now(UTC) - timedelta(hours=age_hours)
    msg = EmailMessage()
    msg["From"] = "me@example.org" if sent else "Sam Lee <sam@acme.example>"
    msg["To"] = "sam@acme.example" if sent else "me@example.org"
    msg["Subject"] = f"About {message_id}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{message_id}>"
    msg.set_content("Hello.\n")
    name = f"{int(when.timestamp())}.{os.getpid()}_{next(_counter)}.testhost"
    path = folder / ("cur" if sent else "new") / (name + (":2,S" if sent else ""))
    path.write_bytes(msg.as_bytes())
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def fill(tree: dict[str, Path], count: int, *, start: int = 0, age_hours: float = 100.0) -> set[str]:
    """Delivers `count` messages, one an hour older than the next, a quarter of them sent; returns their ids."""
    wanted = set()
    for i in range(start, start + count):
        sent = i % 4 == 3
        deliver(tree["sent" if sent else "inbox"], f"m{i}@x.example", age_hours=age_hours - i, sent=sent)
        wanted.add(f"m{i}@x.example")
    return wanted


def box(tree: dict[str, Path], page_size: int = 0) -> MaildirMailbox:
    """Returns a new connector (as after a restart) reading `page_size` files a page (0: the default)."""
    mailbox = MaildirMailbox.from_options({"path": str(tree["root"])}, CTX)
    mailbox.page_size = page_size or mailbox.page_size
    return mailbox
